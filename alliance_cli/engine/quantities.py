"""Figures in a text, typed and read as ranges that carry their own precision.

A figure is a count ("41,382 spectators", "a jury of eight", "47-strong"), money ("$4.2bn",
"€310 million"), a percentage ("54.6 percent"), a measure ("a 17-day trial", "magnitude 6.8"),
or a score ("2-1"). A bare figure stands for its value plus or minus half a unit of its last
significant digit, the trailing zeros of a whole number not being significant ("41,000" is
40,500 to 41,500; "45.1 million" 45.05 to 45.15 million), but no more than a twentieth of
it ("100" is 95 to 105, not 50 to 150); "about N" is N plus or minus one such unit, but no
more than a tenth of N ("about 30" is 27 to 33); "more than N" is above N, "at least N"
from N, "nearly N" just below N. Names with digits ("Falcon-9", "Route 9") and years are no
figures.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..dates import day_of_month
from ..model import Quantity
from .counted_nouns import (
    acts,
    cue_before,
    elided,
    noun_at,
    noun_before_of,
    of_what,
    value_of,
)
from .numbers import fraction_share, number_at, ratio_share, ratio_term
from .tallies import tally_at

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .reading import Reading

_SCORE = re.compile(r"^\d{1,2}$")


NOT_MEASURES = ("count", "money", "percent", "score")  # the other kinds measure a dimension


def read_quantities(reading: Reading) -> tuple[Quantity, ...]:
    """Every figure of `reading`, left to right, outside its names."""
    words, lexicon = reading.words, reading.lexicon
    out: list[Quantity] = []
    i = done = 0
    last = None  # the last count read, whose noun a count that leaves it out counts
    while i < len(words):
        if i in reading.name_at or day_of_month(words.norms, i):
            i += 1  # "its March 8 gala": a day, no count of galas
            continue
        found = _figure_at(reading, i, done, lexicon, last)
        if found is None or found.tokens[0] < done:  # "3$9": "$" is the first figure's
            i += 1
            continue
        found = _with_rest(reading, found, lexicon)
        out.append(found)
        last = found if found.kind == "count" else last
        i = done = found.tokens[1]
    return tuple(out)


def _with_rest(reading: Reading, first: Quantity, lexicon: Lexicon) -> Quantity:
    """A measure with the smaller ones after it ("and", a comma or nothing between) added to
    it: "two hours and 47 minutes", "4 hours, 12 minutes and 40 seconds" is one length of
    time, at the precision of its last part, hedged as its first is ("about 4 hours 12
    minutes")."""
    end = first.tokens[1]
    norms = reading.words.norms
    if first.kind in NOT_MEASURES or first.cue == "range" or end + 1 >= len(norms):
        return first
    start_rest = end + 1 if norms[end] in ("and", ",") else end
    rest = _figure_at(reading, start_rest, start_rest, lexicon)
    if rest is None or rest.kind != first.kind or rest.high >= first.low or rest.cue != "bare":
        return first
    start, value = first.tokens[0], first.value + rest.value
    low, high, low_open, high_open = _bounds(value, rest.high - rest.low, first.cue, lexicon)
    whole = replace(
        first,
        low=low,
        high=high,
        low_open=low_open,
        high_open=high_open,
        text=reading.words.surface(start, rest.tokens[1]),
        span=reading.words.span(start, rest.tokens[1]),
        tokens=(start, rest.tokens[1]),
        value=value,
    )
    return _with_rest(reading, whole, lexicon)  # "4 hours, 12 minutes and 40 seconds"


def _figure_at(
    reading: Reading, i: int, floor: int, lexicon: Lexicon, last: Quantity | None = None
) -> Quantity | None:
    """The figure at token i; `last` is the sentence's count before it (see `elided`)."""
    share = ratio_share(reading, i) or fraction_share(reading, i)
    if share is not None:  # "one in five residents": a share
        return _share_at(reading, i, floor, share)
    number = number_at(reading, i)
    if number is None:
        return None
    end, value, unit = number
    norms = reading.words.norms
    if i and norms[i - 1] in lexicon.rank_words:
        return None  # "the top 10 firms" ranks, "Route 9" names
    if ratio_term(reading, i):
        return None  # the "five" of "one in five" counts nothing
    score = _score(reading, i, end) or tally_at(reading, i)
    if score:
        return score
    currency, first = _currency_before(reading, i, i)
    first, cue = cue_before(reading, first, floor)
    low = high = None
    between = cue == "bare" and first > 0 and norms[first - 1] == "between"
    if _range_joint(reading, end, between):
        second = number_at(reading, end + 1)
        if second and second[1] > value:
            low, high, end, cue = value, second[1], second[0], "range"
            first -= between
    if end < len(norms) and norms[end] in lexicon.scales:
        scale = lexicon.scales[norms[end]]
        value, unit, end = value * scale, unit * scale, end + 1
        low, high = (low * scale, high * scale) if low is not None else (None, None)
        upper = _upper_end(reading, end, currency, between) if low is None else None
        if upper is not None and upper[1] > value:  # "between $15 million and $20 million"
            low, (end, high), cue = value, upper, "range"
            first -= between
    trailing = lexicon.trailing_cues.match_at(reading.lemmas, end)
    if trailing and cue == "bare":
        end, cue = trailing
    kind, what, end, noun = _kind_after(reading, end, currency)
    if kind is None and currency is None and last is not None:
        kind, end, noun = elided(reading, first, end, last)
    if kind is None:
        return None
    if kind == "count" and _yearish(reading, i, value, cue, first):
        return None
    if kind == "count" and value != int(value):
        return None  # "88.966 spectators": thousands written the European way, or a slip
    if kind != "money" and kind != "count" and kind != "percent":
        size = what[1]
        value, unit = value * size, unit * size
        low, high = (low * size, high * size) if low is not None else (None, None)
        what = None
    bounds = _bounds(value, unit, cue, lexicon) if low is None else (low, high, False, False)
    if bounds[0] > bounds[1]:
        return None
    span = reading.words.span(first, end)
    return Quantity(
        kind,
        what if kind == "money" else None,
        *bounds,
        cue,
        noun,
        reading.words.surface(first, end),
        span,
        (first, end),
        mood_at(reading, first) or _mood_after(reading, end),
        value,
    )


def _range_joint(reading: Reading, end: int, between: bool) -> bool:
    """Whether the word at `end` joins a range's ends, with a word after it: "-", "to", or
    the "and" of a "between"."""
    norms = reading.words.norms
    joint = end < len(norms) and (norms[end] in ("-", "to") or (between and norms[end] == "and"))
    return joint and end + 1 < len(norms)


def _upper_end(
    reading: Reading, end: int, currency: str | None, between: bool
) -> tuple[int, float] | None:
    """The top of a range whose ends each carry their scale, after "to", "-" or a
    "between"'s "and": "$15 million to $20 million" (its end index and value)."""
    norms = reading.words.norms
    if not _range_joint(reading, end, between):
        return None
    j = end + 1
    sign = reading.lexicon.currencies.match_at(reading.lemmas, j)
    if sign is not None:
        if sign[1] != currency:
            return None
        j = sign[0]
    number = number_at(reading, j) if j < len(norms) else None
    if number is None or number[0] >= len(norms) or norms[number[0]] not in reading.lexicon.scales:
        return None
    return number[0] + 1, number[1] * reading.lexicon.scales[norms[number[0]]]


def _share_at(
    reading: Reading, i: int, floor: int, share: tuple[int, float, float, float]
) -> Quantity:
    """The share a ratio at token i says, with a cue before it ("more than one in five")."""
    end, value, low, high = share
    first, cue = cue_before(reading, i, floor)
    bounds = (low, high, False, False)
    if cue not in ("bare", "exact", "approximate"):
        bounds = _bounds(value, 1.0, cue, reading.lexicon)
    noun = of_what(reading, end) or (noun_at(reading, end) or (None, None))[1]
    return Quantity(
        "percent", None, *bounds, cue, noun, reading.words.surface(first, end),
        reading.words.span(first, end), (first, end),
        mood_at(reading, first) or _mood_after(reading, end), value,
    )  # fmt: skip


def _bounds(
    value: float, unit: float, cue: str, lexicon: Lexicon
) -> tuple[float, float, bool, bool]:
    if cue == "exact":
        unit = min(unit, 1.0) if value == int(value) else unit
        return max(0.0, value - unit / 2), value + unit / 2, False, True

    if cue == "approximate":
        share = max(lexicon.approximate_share * value, 1.0)
        width = min(lexicon.approximate_units * unit, share)
        return max(0.0, value - width), value + width, False, False
    if cue == "more_than":
        return value, math.inf, True, False
    if cue == "at_least":
        return value, math.inf, False, False
    if cue == "fewer_than":
        return 0.0, value, False, True
    if cue == "at_most":
        return 0.0, value, False, False
    near = min(lexicon.nearly_units * unit, lexicon.approximate_share * value)
    if cue == "nearly":
        below = value - near
        return max(0.0, below), value, below > 0, True  # "nearly 5 percent" is more than 4.5
    if cue == "just_over":
        return value, value + near, True, True  # "just over 58 percent" is less than 59
    width = min(unit / 2, max(lexicon.bare_share * value, 0.5))  # "100": 95 to 105
    return max(0.0, value - width), value + width, False, True


def _score(reading: Reading, i: int, end: int) -> Quantity | None:
    """A score, "2-1": two small figures joined by a hyphen with no space."""
    tokens = reading.words.tokens
    if end != i + 1 or end + 1 >= len(tokens) or tokens[end].norm != "-":
        return None
    other = tokens[end + 1]
    adjacent = tokens[i].end == tokens[end].start and tokens[end].end == other.start
    if not (adjacent and _SCORE.match(tokens[i].norm) and _SCORE.match(other.norm)):
        return None
    a, b = float(tokens[i].norm), float(other.norm)
    return Quantity(
        "score", None, min(a, b), max(a, b), False, False, "bare", None,

        reading.words.surface(i, end + 2), reading.words.span(i, end + 2), (i, end + 2),
        None, a,
    )  # fmt: skip


def _currency_before(reading: Reading, first: int, i: int) -> tuple[str | None, int]:
    """A currency sign or word just before the figure ("$4.2bn", "US$ 12", "EUR 310")."""
    currencies = reading.lexicon.currencies
    for start in range(max(0, first - 2), i):
        hit = currencies.match_at(reading.lemmas, start)
        if hit and hit[0] == i:
            return hit[1], min(first, start)
        if hit and hit[0] == first and first < i:
            return hit[1], start
    return None, first


def _kind_after(
    reading: Reading, end: int, currency: str | None
) -> tuple[str | None, object, int, str | None]:
    """What a figure ending at token `end` measures: (kind, unit or currency, new end, noun)."""
    lexicon, lemmas, norms = reading.lexicon, reading.lemmas, reading.words.norms
    tokens = reading.words.tokens
    joined = end < len(norms) and norms[end] == "-" and tokens[end].start == tokens[end - 1].end
    at = end + 1 if joined else end  # "17-day", "47-strong"
    if currency is None:
        hit = lexicon.currencies.match_at(lemmas, at)
        if hit:
            currency, at = hit[1], hit[0]
            end = at
    if currency is not None:
        return "money", currency, end, of_what(reading, end)
    percent = lexicon.percent.match_at(lemmas, at)
    if percent:
        return "percent", None, percent[0], of_what(reading, percent[0])
    measure = lexicon.units.match_at(lemmas, at)
    if measure and not reading.words.tokens[at].text[:1].isupper():
        return _per_time(reading, *measure)
    if at < len(norms) and norms[at] in lexicon.strength_suffix and at > end:
        owner = noun_at(reading, at + 1)
        noun = owner[1] if owner and lexicon.counted_by_noun.match_at((owner[1],), 0) else "member"
        return "count", None, at + 1, noun
    if at < len(norms) and norms[at] in lexicon.plus_suffix:
        at += 1
    found = noun_at(reading, at)
    if found and not (found[0] == at + 1 and acts(reading, at)):  # "two died", not "died"
        return "count", None, found[0], found[1]
    before = noun_before_of(reading, end) or value_of(reading, end)
    if before:
        return "count", None, end, before
    return None, None, end, None


def _per_time(
    reading: Reading, end: int, unit: tuple[str, float]
) -> tuple[str, tuple[str, float], int, None]:
    """A measure, or a rate of it when "/" or "per" and a unit of time follow ("1.7 mm/yr",
    "40 litres per day"): a rate is compared only with a rate of the same dimensions."""
    kind, size = unit
    norms = reading.words.norms
    if end + 1 < len(norms) and norms[end] in ("/", "per", "a") and kind != "time":
        per = reading.lexicon.units.match_at(reading.lemmas, end + 1)
        if per and per[1][0] == "time":
            return f"{kind} per time", (f"{kind} per time", size / per[1][1]), per[0], None
    return kind, unit, end, None


def _yearish(reading: Reading, i: int, value: float, cue: str, first: int) -> bool:
    """Whether a bare four-digit whole number reads as a year ("the 2016 film", "in 2023
    companies ...") rather than a count."""
    if cue != "bare" or not (1000 <= value <= 2100) or value != int(value):
        return False
    norms, tokens = reading.words.norms, reading.words.tokens
    if "," in norms[i]:
        return False
    before = norms[i - 1] if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    counted = after is not None and after.text.islower() and after.norm.endswith("s")
    return not counted or before in reading.lexicon.year_prepositions or before in ("the", "'s")


def mood_at(reading: Reading, first: int) -> str | None:
    """Whether a figure or date is expected, planned, asked for or offered: the last cue of that kind
    in its clause, before it; not a verb of saying before "that" ("added that" reports)."""
    clauses, norms = reading.clauses, reading.words.norms
    start = first
    while start > 0 and clauses[start - 1] == clauses[first]:
        start -= 1
    reports = reading.lexicon.reporting_verbs
    moods = [
        (k, reading.lexicon.irrealis.match_at(norms, k))
        for k in range(start, first)
        if reading.words.tokens[k].text.islower()
        and not (reading.lemmas[k] in reports and norms[k + 1] == "that")
    ]
    return next(
        (hit[1] for k, hit in reversed(moods) if hit and not _named(reading, k, hit[0])), None
    )


def _named(reading: Reading, k: int, end: int) -> bool:
    """Whether a word of mood at tokens [k, end) is a noun its verb is said of ("the spending
    plan passed", "demand rose"), not a verb or a modal ("plans to", "will rise")."""
    from .phrases import verb_like

    lexicon, norms = reading.lexicon, reading.words.norms
    if norms[k] in lexicon.auxiliaries or end + 1 >= len(norms) or norms[end + 1] == "to":
        return False  # "the plan was to build 300 homes" plans them
    return verb_like(reading, end) or norms[end] in lexicon.be | lexicon.auxiliaries


_MOODS_AFTER = ("future", "plan", "demand", "offer")  # not a change: "were recruited" counts them


def _mood_after(reading: Reading, end: int) -> str | None:
    """The mood the verb group right after a figure gives it, where the figure is what the
    verb is said of: "1,200 jobs are expected to be cut", "30,000 seats will be built"."""
    lexicon, norms = reading.lexicon, reading.words.norms
    k = end
    while k < len(norms) and reading.clauses[k] == reading.clauses[end - 1]:
        hit = lexicon.irrealis.match_at(norms, k)
        if hit and hit[1] in _MOODS_AFTER:
            return hit[1]
        if norms[k] not in lexicon.be | lexicon.auxiliaries:
            return None
        k += 1
    return None


def whole_numbers(count: Quantity) -> Quantity:
    """A count's range narrowed to the whole numbers it holds: things are counted whole, so
    "three" (2.5 to 3.5) is 3 and "fewer than three" is at most 2."""
    low, high = count.low, count.high
    if not math.isinf(low):
        low = math.floor(low) + 1 if count.low_open else math.ceil(low)
    if not math.isinf(high):
        high = math.ceil(high) - 1 if count.high_open else math.floor(high)
    return replace(count, low=low, high=high, low_open=False, high_open=False)
