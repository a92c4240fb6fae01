"""One negation-scope model for the whole engine. A negation cue ("not", "never", "no",
"without", "failed to", "declined", "was absent from", ...) denies what follows it up to the end
of its clause (a clause break or a comma): in "Kim, who has never conceded, said ..." it denies
"conceded", not "said"; in "Acme joined, but Brightline did not" the bare "did not" at a
clause's end denies the verb of the clause before."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reading import Reading


@dataclass(frozen=True)
class Negation:
    """A negation cue (tokens [cue)), the tokens it denies ([scope)), and the cue as written.
    `elided` marks a bare "did not" whose verb is the one of the clause before."""

    cue: tuple[int, int]
    scope: tuple[int, int]
    text: str
    elided: bool = False


def plain(reading: Reading, i: int, j: int) -> bool:
    """Whether tokens [i, j) are a plain negation ("not", "was not", "didn't"), not a word
    that denies by its sense ("absent", "no-show")."""
    lexicon, norms = reading.lexicon, reading.words.norms[i:j]
    helpers = lexicon.negation_words | lexicon.auxiliaries | lexicon.be
    return bool(norms) and all(w in helpers or w.endswith("n't") for w in norms)


def read_negations(reading: Reading) -> tuple[Negation, ...]:
    from .phrases import hyphened
    from .senses import other_sense

    lexicon, lemmas, norms = reading.lexicon, reading.lemmas, reading.words.norms
    found = lexicon.negation_cues.find(lemmas)
    # a cue such as "withdrew" denies nothing when it has an object: "withdrew her pledge"
    cues = [cue for cue in found if not other_sense(reading, cue[0], cue[1])]
    idioms = lexicon.negation_idioms.find(lemmas)
    inside = {i for start, end, _ in [*cues, *idioms] for i in range(start, end)}
    for i, norm in enumerate(norms):
        word = norm in lexicon.negation_words or norm.endswith("n't")
        if word and i not in inside and not hyphened(reading, i):  # not "a no-fly zone"
            cues.append((i, i + 1, norm))
    out = []
    for start, end, _ in sorted(cues):
        stop = _scope_end(reading, end)
        if stop == end and start > 0:
            out.append(_elided(reading, start, end))
        else:
            out.append(Negation((start, end), (end, stop), reading.words.surface(start, end)))
    return tuple(out)


def _scope_end(reading: Reading, end: int) -> int:
    """Where a negation's scope ends: at its clause's end or a comma, or where a clause that
    says more of a noun in the scope begins ("has yet to rule on a motion asking her to cut
    the award" does not deny the award; nor does "did not join the group that won")."""
    from .phrases import verb_like

    clauses, norms, relatives = reading.clauses, reading.words.norms, reading.lexicon.relatives
    stop, noun = end, False
    while (
        stop < len(norms) and norms[stop] != "," and (stop == end or clauses[stop] == clauses[end])
    ):
        nested = norms[stop] in relatives or (
            norms[stop].endswith("ing") and verb_like(reading, stop)
        )
        if noun and nested:
            break
        noun = noun or (reading.content(stop) and not verb_like(reading, stop))
        stop += 1
    return stop


def _elided(reading: Reading, start: int, end: int) -> Negation:
    """A bare "did not" ending its clause denies the verb of the clause before, said of this
    clause's subject: it has no scope of its own; the frame reader finds its verb."""
    return Negation((start, end), (end, end), reading.words.surface(start, end), True)
