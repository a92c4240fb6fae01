"""Where the sources disagree, found without being given a claim. Each source is read once
into what it states (`statements`): figures are grouped by what they count or measure, whose
they are and their kind and unit, and a group is disputed when two sources' ranges cannot both
be true at their precision; events are grouped by frame and by who or what they share
(`events`), and disputed on a date, a role's one filler, an outcome or a participation; names
one source counts as a member while another says they are absent are checked with the judge."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from .engine.lexicon import Lexicon, default_lexicon
from .engine.reading import Reading
from .engine.when import parse_iso
from .events import Disagreement, canonical, clash, disagreements
from .model import Claim, ClaimCheck, Quantity, Source, Stance
from .opening import source_date
from .statements import Event, Figure, Stated, read_statements

__all__ = [
    "Conflicts",
    "CountConflict",
    "Disagreement",
    "Figure",
    "MembershipConflict",
    "find_conflicts",
]


class CountConflict(NamedTuple):
    """Sources whose figures for the same quantity cannot all be true: every figure the
    sources give for it, in source order."""

    counted: str  # what is counted or measured: a counted group such as "member", or a noun
    figures: tuple[Figure, ...]
    kind: str = "count"  # count, money, percent, or a measure's dimension (time, length, ...)
    unit: str | None = None  # money's currency
    owner: str | None = None  # whose figures they are, when the sources name it


class MembershipConflict(NamedTuple):
    """A name that some sources count as a member and others say is absent."""

    name: str
    result: ClaimCheck  # "<name> is a member" against every source


class Conflicts(NamedTuple):
    """Every disagreement `conflicts` finds in a corpus."""

    counts: tuple[CountConflict, ...]
    memberships: tuple[MembershipConflict, ...]
    others: tuple[Disagreement, ...] = ()  # dates, roles' fillers, outcomes, participation


def find_conflicts(
    sources: Sequence[Source],
    run: Callable[[list[Claim], Sequence[Source]], Iterable[ClaimCheck]],
    lexicon: Lexicon | None = None,
    names: int = 40,
    stated: Stated | None = None,
    each: Iterable[Stated] | None = None,
) -> Conflicts:
    """Where the sources disagree, found without a claim: the figures they give for the same
    quantity when two sources' ranges are disjoint; the dates, one-filler roles, outcomes and
    participation of the same event when two sources differ; and the names some sources count
    as members and others say are absent. Names are those that fill the member's role of a
    word of the membership frame (`_members`) in at least two sources; at most `names` of
    them, the most widely named first, are checked by `run` (`alliance_cli.api.check`, or a
    wrapper of it that shows progress). `stated`, when given, is filled with what the sources
    state; `each` is what each source states, when already read (by an index, or on workers)."""
    lexicon = lexicon or default_lexicon()
    stated = stated if stated is not None else Stated([], [])
    for read in each if each is not None else (statements(s, lexicon) for s in sources):
        stated.figures.extend(read.figures)
        stated.events.extend(read.events)
    named = _members(stated.events, lexicon)
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
    counts = _figure_conflicts(stated.figures)
    return Conflicts(counts, tuple(memberships), disagreements(stated.events, lexicon))


def statements(source: Source, lexicon: Lexicon) -> Stated:
    """What one source states: each sentence read against the source's date."""
    reference = parse_iso(source_date(source))
    readings = (
        (sentence, Reading(sentence.text, lexicon, sentence.start, reference))
        for sentence in source.sentences
    )
    stated = Stated([], [])
    read_statements(source.id, readings, stated)
    return stated


def _figure_conflicts(figures: list[Figure]) -> tuple[CountConflict, ...]:
    """The groups of figures of one quantity (kind, unit, what and whose) in which two
    sources' ranges are disjoint."""
    canon = canonical({figure.owner_key for figure in figures if figure.owner_key})
    groups: dict[tuple, list[Figure]] = {}
    for figure in figures:
        q, whose = figure.quantity, figure.owner_key
        key = (q.kind, q.unit, figure.what, canon[whose] if whose else None)
        groups.setdefault(key, []).append(figure)
    order = {figure: i for i, figure in enumerate(figures)}
    return tuple(
        CountConflict(
            what, tuple(found), kind, unit, next(filter(None, (f.owner for f in found)), None)
        )
        for (kind, unit, what, _), found in _topic(groups, order).items()
        if clash(((f.source, _range(f.quantity)) for f in found), Quantity.disjoint)
    )


def _range(quantity: Quantity) -> Quantity:
    """A figure as a value: its kind and range, without its words or where they stand."""
    return Quantity(
        quantity.kind, quantity.unit, quantity.low, quantity.high, quantity.low_open,
        quantity.high_open, "", None, "", (0, 0), (0, 0),
    )  # fmt: skip


def _topic(
    groups: dict[tuple, list[Figure]], order: dict[Figure, int]
) -> dict[tuple, list[Figure]]:
    """The groups, each figure said of no one in particular ("88,966 spectators") joined to
    the figures of the same quantity said of a name when one name only has them: the
    sources' topic. With two names it is left on its own."""
    owners: dict[tuple, list[tuple]] = {}
    for key in groups:
        if key[3] is not None:
            owners.setdefault(key[:3], []).append(key)
    out = dict(groups)
    for key in groups:
        named = owners.get(key[:3], [])
        if key[3] is None and len(named) == 1:
            out[named[0]] = sorted([*out[named[0]], *out.pop(key)], key=order.__getitem__)
    return out


def _members(events: list[Event], lexicon: Lexicon) -> dict[str, tuple[str, set[str]]]:
    """The names a source says are or are not members: the fillers of the member's role of a
    word of the membership frame ("joined", "is absent from") or of one that entails it
    ("founded"), by canonical key, with their first wording and the sources that say so.
    A name merely near such a word ("X's costs, a sum members are paying") is none."""
    roles = {"member": "member"} | {
        frame: next(role for role, to in entailed["member"].items() if to == "member")
        for frame, entailed in lexicon.frame_entails.items()
        if "member" in entailed
    }
    canon = canonical({f.key for e in events for _, found in e.roles for f in found if f.named})
    named: dict[str, tuple[str, set[str]]] = {}
    for event in events:
        for filler in event.fillers(roles.get(event.frame, "")):
            if filler.named:
                entry = named.setdefault(canon[filler.key], (filler.text, set()))
                entry[1].add(event.source)
    return named
