"""Where the sources disagree, found without being given a claim: figures for the same count
that cannot all be true, and names one source counts as a member while another says they are
absent."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from .analysis import read
from .counts import whole_count
from .lexicon import Lexicon, default_lexicon
from .model import Claim, ClaimCheck, Quantity, Sentence, Source, Stance
from .quantities import NUMBERISH


class Figure(NamedTuple):
    """A count one source gives, and the sentence that gives it."""

    source: str
    quantity: Quantity
    sentence: Sentence


class CountConflict(NamedTuple):
    """Sources whose figures for the same counted thing cannot all be true: every figure the
    sources give for it, in source order."""

    counted: str  # the counted-noun group, such as "member"
    figures: tuple[Figure, ...]


class MembershipConflict(NamedTuple):
    """A name that some sources count as a member and others say is absent."""

    name: str
    result: ClaimCheck  # "<name> is a member" against every source


class Conflicts(NamedTuple):
    """Every disagreement `conflicts` finds in a corpus."""

    counts: tuple[CountConflict, ...]
    memberships: tuple[MembershipConflict, ...]


def find_conflicts(
    sources: Sequence[Source],
    run: Callable[[list[Claim], Sequence[Source]], Iterable[ClaimCheck]],
    lexicon: Lexicon | None = None,
    names: int = 40,
) -> Conflicts:
    """Where the sources disagree, found without a claim: the figures they give for a counted
    group of the lexicon ("members", "employees", ...) when two sources' ranges are disjoint,
    and the names some sources count as members and others say are absent. Names are those
    found in membership sentences (a membership word, a founding verb or an absence cue) of at
    least two sources; at most `names` of them, the most widely named first, are checked by
    `run` (`alliance_cli.api.check`, or a wrapper of it that shows progress)."""
    lexicon = lexicon or default_lexicon()
    figures: dict[str, list[Figure]] = {}
    named: dict[str, tuple[str, set[str]]] = {}  # entity key -> (first wording, source ids)
    for source in sources:
        for sentence in source.sentences:
            reading = read(sentence.text, lexicon, sentence.start)
            if NUMBERISH.search(sentence.norm):
                for quantity in reading.quantities:
                    if quantity.counted in lexicon.counted_words and whole_count(
                        reading, quantity, lexicon
                    ):
                        figures.setdefault(quantity.counted, []).append(
                            Figure(source.id, quantity, sentence)
                        )
            stems = reading.words.stems
            if (
                lexicon.membership_frame.find(stems)
                or lexicon.founder_verbs.find(stems)
                or lexicon.negation_cues.find(stems)
            ):
                for mention in reading.entities:
                    named.setdefault(mention.key, (mention.text, set()))[1].add(source.id)
    counts = tuple(
        CountConflict(counted, tuple(found))
        for counted, found in figures.items()
        if any(
            a.source != b.source and a.quantity.high < b.quantity.low for a in found for b in found
        )
    )
    widely = sorted(
        (entry for entry in named.values() if len(entry[1]) > 1), key=lambda e: -len(e[1])
    )
    wordings = [wording for wording, _ in widely[:names]]
    claims = [Claim(f"{wording} is a member") for wording in wordings]
    results = run(claims, sources)
    memberships = [
        MembershipConflict(wording, result)
        for wording, result in zip(wordings, results, strict=True)
        if {Stance.SUPPORTS, Stance.CONTRADICTS} <= {verdict.stance for verdict in result.verdicts}
    ]
    return Conflicts(counts, tuple(memberships))
