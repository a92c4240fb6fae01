"""Where the sources disagree, found without being given a claim: figures for the same counted
thing that cannot all be true, and names one source counts as a member while another says they
are absent."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from .engine.figures import owner
from .engine.lexicon import Lexicon, default_lexicon
from .engine.quantities import NUMBERISH
from .engine.reading import Reading
from .model import Claim, ClaimCheck, Quantity, Sentence, Source, Stance


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


class Scan(NamedTuple):
    """What one source gives `find_conflicts`: its figures for counted groups (group, figure)
    and the names it may count in or out (key, wording), in its order."""

    figures: tuple[tuple[str, Figure], ...]
    names: tuple[tuple[str, str], ...]


def find_conflicts(
    sources: Sequence[Source],
    run: Callable[[list[Claim], Sequence[Source]], Iterable[ClaimCheck]],
    lexicon: Lexicon | None = None,
    names: int = 40,
    scans: Iterable[Scan] | None = None,
) -> Conflicts:
    """Where the sources disagree, found without a claim: the figures they give for a counted
    group of the lexicon ("members", "spectators", ...) when two sources' ranges are disjoint,
    and the names some sources count as members and others say are absent. Names are those
    found in sentences with a word of the membership frame or a negation, in at least two
    sources; at most `names` of them, the most widely named first, are checked by `run`
    (`alliance_cli.api.check`, or a wrapper of it that shows progress). `scans` are the
    sources' `scan_source`, when already made (by an index, or on other processes)."""
    lexicon = lexicon or default_lexicon()
    figures: dict[str, list[Figure]] = {}
    named: dict[str, tuple[str, set[str]]] = {}  # name key -> (first wording, source ids)
    if scans is None:
        scans = (scan_source(source, lexicon) for source in sources)
    for source, scan in zip(sources, scans, strict=True):
        for group, figure in scan.figures:
            figures.setdefault(group, []).append(figure)
        for key, wording in scan.names:
            named.setdefault(key, (wording, set()))[1].add(source.id)
    counts = tuple(
        CountConflict(counted, tuple(found))
        for counted, found in figures.items()
        if any(
            a.source != b.source and a.quantity.disjoint(b.quantity) for a in found for b in found
        )
    )
    widely = sorted(
        (entry for entry in named.values() if len(entry[1]) > 1), key=lambda e: -len(e[1])
    )
    wordings = [wording for wording, _ in widely[:names]]
    results = run([Claim(f"{wording} is a member") for wording in wordings], sources)
    memberships = [
        MembershipConflict(wording, result)
        for wording, result in zip(wordings, results, strict=True)
        if {Stance.SUPPORTS, Stance.CONTRADICTS} <= {verdict.stance for verdict in result.verdicts}
    ]
    return Conflicts(counts, tuple(memberships))


def scan_source(source: Source, lexicon: Lexicon) -> Scan:
    """A source's figures for counted groups and the names it may count in or out."""
    figures: list[tuple[str, Figure]] = []
    names: list[tuple[str, str]] = []
    for sentence in source.sentences:
        reading = Reading(sentence.text, lexicon, sentence.start)
        if NUMBERISH.search(sentence.norm):
            for quantity in reading.quantities:
                group = _group(quantity, lexicon)
                if group is not None and _whole(reading, quantity):
                    figures.append((group, Figure(source.id, quantity, sentence)))
        if _membership(reading):
            names.extend((m.key, m.text) for m in reading.names if not m.short)
    return Scan(tuple(figures), tuple(names))


def _group(quantity: Quantity, lexicon: Lexicon) -> str | None:
    """The counted group a figure counts, for a count of what happened (not one planned)."""
    if quantity.kind != "count" or quantity.noun is None or quantity.mood is not None:
        return None
    hit = lexicon.counted_by_noun.match_at(tuple(quantity.noun.split()), 0)
    return hit[1].name if hit else None


def _whole(reading: Reading, quantity: Quantity) -> bool:
    """Whether a figure counts a whole (a name, or a group the lexicon knows as one), not a
    part of it ("its governing board has 9 members")."""
    said_of = owner(reading, quantity)
    if said_of is None or said_of.names:
        return True
    head = reading.lemmas[said_of.head]
    group = reading.lexicon.lemma("group")
    return head == group or group in reading.lexicon.broader.get(head, ())


def _membership(reading: Reading) -> bool:
    """Whether a sentence has a word of the membership frame (or one that entails it) or a
    negation: its names may be counted in or out."""
    if reading.negations:
        return True
    lexicon = reading.lexicon
    return any(
        word.frame == "member" or "member" in lexicon.frame_entails.get(word.frame, {})
        for _, _, word in lexicon.frame_words.find(reading.lemmas)
    )
