"""What the printers of the views share: verdict symbols, consensus wording, short column heads
and the scale of a number line. Plain functions of the results; nothing here prints."""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from ..model import ClaimCheck, Quantity, Sentence, Source, SourceInfo, Stance

if TYPE_CHECKING:
    from ..conflicts import Conflicts, CountConflict
    from ..events import Said

# A symbol for each verdict, so that a grid reads without colour.
SYMBOLS = {Stance.SUPPORTS: "\u2714", Stance.CONTRADICTS: "\u2718", Stance.OMITS: "\u00b7"}
LEGEND = "  ".join(f"{SYMBOLS[stance]} {stance.value}" for stance in Stance)

_VERBS = {  # (singular, plural)
    Stance.SUPPORTS: ("supports", "support"),
    Stance.CONTRADICTS: ("contradicts", "contradict"),
}


def _verb(stance: Stance, n: int) -> str:
    return _VERBS[stance][0 if n == 1 else 1]


def summary_parts(result: ClaimCheck) -> list[tuple[Stance, int, str]]:
    """The count of each verdict, in words: (stance, count, "3 contradict")."""
    counts = result.summary()
    plural = {Stance.SUPPORTS: "supports", Stance.CONTRADICTS: "contradict", Stance.OMITS: "omit"}
    return [
        (stance, n, f"{n} {stance.value if n == 1 else plural[stance]}")
        for stance, n in ((stance, counts[stance]) for stance in Stance)
    ]


def summary(result: ClaimCheck) -> str:
    """ "1 supports \u00b7 3 contradict \u00b7 1 omits" """
    return " \u00b7 ".join(words for _, _, words in summary_parts(result))


def consensus(result: ClaimCheck) -> str:
    """What the sources say together: "3 of 5 contradict, 1 supports", "4 of 5 support",
    "all 5 omit"; the larger side first, contradictions first on a tie."""
    counts = result.summary()
    total = len(result.verdicts)
    sides = sorted(
        (stance for stance in (Stance.CONTRADICTS, Stance.SUPPORTS) if counts[stance]),
        key=lambda stance: -counts[stance],
    )
    if not sides:
        return f"all {total} omit" if total != 1 else "omits"
    first, *rest = sides
    text = f"{counts[first]} of {total} {_verb(first, counts[first])}"
    return text + "".join(f", {counts[s]} {_verb(s, counts[s])}" for s in rest)


def leaning(result: ClaimCheck) -> str:
    """ "disputed" when some sources support the claim and others contradict it; otherwise the
    verdict of those that take a side, or "omits" when none does."""
    counts = result.summary()
    if counts[Stance.SUPPORTS] and counts[Stance.CONTRADICTS]:
        return "disputed"
    if counts[Stance.CONTRADICTS]:
        return Stance.CONTRADICTS.value
    return Stance.SUPPORTS.value if counts[Stance.SUPPORTS] else Stance.OMITS.value


def sides(result: ClaimCheck) -> str:
    """How the sources split on a membership: "1 source counts it as a member, 2 say it is
    absent"."""
    counts = result.summary()
    members, absent = counts[Stance.SUPPORTS], counts[Stance.CONTRADICTS]
    counts_it = "source counts" if members == 1 else "sources count"
    return f"{members} {counts_it} it as a member, {absent} {'says' if absent == 1 else 'say'} it is absent"


def column_heads(sources: Sequence[Source] | Sequence[SourceInfo]) -> dict[str, str]:
    """A short head for each source's column: the shortest prefix of its id, three characters
    or more, that starts no other id ("000" for "000_edfda986d3e20c37")."""
    ids = [source.id for source in sources]
    heads = {}
    for own in ids:
        others = [other for other in ids if other != own]
        size = min(3, len(own))
        while size < len(own) and any(other.startswith(own[:size]) for other in others):
            size += 1
        heads[own] = own[:size]
    return heads


def plural(n: int, word: str) -> str:
    """ "1 count", "2 counts" """
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def differ(said: Iterable[Said]) -> str:
    """How many sources say something of one event and how many of them differ from the
    value most of them give (a name the same as its longer form): "2 sources that differ",
    "5 sources: 1 differs from the other 4"."""
    from ..events import canonical

    said = list(said)
    same = canonical({one.value.lower() for one in said})
    values: dict[str, set[str]] = {}
    for one in said:
        values.setdefault(one.source, set()).add(same[one.value.lower()])
    most = max(Counter(frozenset(found) for found in values.values()).values(), default=0)
    sources, others = plural(len(values), "source"), len(values) - most
    if most < 2 or others == 0:
        return f"{sources} that differ"
    verb = "differs" if others == 1 else "differ"
    return f"{sources}: {others} {verb} from the other {most}"


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def number(value: float) -> str:
    """A count as text: 47, 2.5, 1200; a million or more with its scale word, to six
    significant figures: "1.4 billion", "12 million"."""
    for size, word in _SCALES:
        if abs(value) >= size:
            return f"{value / size:.6g} {word}"
    return str(int(value)) if value == int(value) else f"{value:g}"


def figure(quantity: Quantity) -> str:
    """A figure's range in numbers: "47", "44\u201346", "\u2265 51", "\u2264 29"."""
    low, high = quantity.bounds
    if low == high:
        return number(low)
    if math.isinf(high):
        return f"\u2265 {number(low)}"
    if not low and quantity.cue in ("fewer_than", "at_most"):
        return f"\u2264 {number(high)}"
    return f"{number(low)}\u2013{number(high)}"


class Axis(NamedTuple):
    """A number line from `low` to `high`, with a tick at each multiple of a round step."""

    low: float
    high: float
    ticks: tuple[float, ...]

    def fraction(self, value: float) -> float:
        """Where `value` stands on the line, from 0 to 1; beyond the line, at its end."""
        return (min(max(value, self.low), self.high) - self.low) / (self.high - self.low)


def axis(quantities: Iterable[Quantity], most_ticks: int = 7) -> Axis:
    """A line that shows every range, with room to spare and room after an open range's start
    for its arrow."""
    quantities = list(quantities)
    ends = [q.bounds for q in quantities]
    values = [low for low, _ in ends] + [high for _, high in ends if not math.isinf(high)]

    low, high = min(values), max(values)
    if any(math.isinf(q.high) for q in quantities):
        high += max(2.0, (high - low) / 4)
    spare = max(high - low, 4.0) / 10
    low, high = max(low - spare, 0.0), high + spare
    steps = (m * 10**e for e in itertools.count() for m in (1, 2, 5))  # 1, 2, 5, 10, 20, ...
    step = next(s for s in steps if math.ceil(high / s) - math.floor(low / s) < most_ticks)
    first, last = math.floor(low / step), math.ceil(high / step)
    return Axis(first * step, last * step, tuple(k * step for k in range(first, last + 1)))


def sentence_number(source: Source, span: tuple[int, int]) -> int | None:
    """The number (from 1) of the sentence of `source` where `span` starts."""
    for sentence in source.sentences:
        if sentence.start <= span[0] < sentence.end:
            return sentence.index + 1
    return None


def shown(written: str, read: str = "") -> tuple[str, list[int] | None]:
    """A sentence as shown: as `written`, or, where it was read otherwise (`read`: Markdown
    with its markup blanked), without the markup; and where each offset of `written` lands in
    it (None: where it was). Markup goes with the white space around it, which becomes one
    space between words and none before a closing mark: "[47 members](url)." shows as "47
    members."."""
    if not read or read == written:
        return written, None
    # d: markup (blanked when read), s: white space, k: kept
    pairs = zip(written, read, strict=True)
    kinds = "".join("d" if a != b else "s" if a.isspace() else "k" for a, b in pairs)
    pieces: list[str] = []
    moved: list[int] = []  # where each offset of `written` lands
    done = size = 0
    for run in _GAP.finditer(kinds):
        start, end = run.span()
        if "d" not in run.group():
            continue
        edge = start == 0 or end == len(written) or written[end] in _CLOSING
        space = "" if edge or "s" not in run.group() else " "
        moved += range(size, size + start - done)
        size += start - done
        moved += [size] * (end - start)
        pieces += (written[done:start], space)
        size, done = size + len(space), end
    moved += range(size, size + len(written) - done + 1)
    pieces.append(written[done:])
    return "".join(pieces), moved


def shown_span(written: str, read: Sentence, span: tuple[int, int]) -> tuple[str, int, int]:
    """A sentence of a source (`written`: the source's text; `read`: the sentence as read) as
    shown, and where `span` of the source lands in it."""
    text, moved = shown(written[read.start : read.end], read.text)
    a, b = span[0] - read.start, span[1] - read.start
    return (text, moved[a], moved[b]) if moved is not None else (text, a, b)


_GAP = re.compile(r"[ds]++")
_CLOSING = frozenset(".,;:!?)]}\u201d\u2019'\"")


def headline(found: Conflicts) -> str:
    """How many conflicts of each kind: "1 disputed count, 0 disputed memberships", with the
    other figures and the disagreements about events when there are any."""
    counts = sum(conflict.kind == "count" for conflict in found.counts)
    parts = [
        plural(counts, "disputed count"),
        plural(len(found.memberships), "disputed membership"),
    ]
    if len(found.counts) > counts:
        parts.append(plural(len(found.counts) - counts, "disputed figure"))
    if found.others:
        parts.append(plural(len(found.others), "disagreement") + " about events")
    return ", ".join(parts)


def figure_title(conflict: CountConflict) -> str:
    """ "Spectator count", "Money (acquire) of Tallis"."""
    what = conflict.counted
    title = f"{what} count" if conflict.kind == "count" else f"{conflict.kind} ({what})"
    title = title[:1].upper() + title[1:]
    return f"{title} of {conflict.owner}" if conflict.owner else title
