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
from .counted_nouns import acts, elided, noun_at, noun_before_of, of_what, value_of

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .reading import Reading

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
# fmt: off
NUMBER_WORDS = frozenset([
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million", "billion",
])
# fmt: on
NUMBERISH = re.compile(r"\d|\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r"|dozen|couple|handful)")
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
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
    """A measure with the smaller one "and" adds to it: "two hours and 47 minutes" is one
    length of time, at the precision of its last part."""
    end = first.tokens[1]
    norms = reading.words.norms
    if first.kind in NOT_MEASURES or end + 1 >= len(norms):
        return first
    if norms[end] != "and":
        return first
    rest = _figure_at(reading, end + 1, end + 1, lexicon)
    if rest is None or rest.kind != first.kind or rest.high >= first.low or rest.cue != "bare":
        return first
    start = first.tokens[0]
    return replace(
        first,
        low=first.value + rest.low,
        high=first.value + rest.high,
        text=reading.words.surface(start, rest.tokens[1]),
        span=reading.words.span(start, rest.tokens[1]),
        tokens=(start, rest.tokens[1]),
        value=first.value + rest.value,
    )


def _number_at(reading: Reading, i: int) -> tuple[int, float, float] | None:
    """A number starting at token i: (end index, value, unit of its last significant digit)."""
    norms, lexicon = reading.words.norms, reading.lexicon
    norm = norms[i]
    if _DIGITS.match(norm) and len(norm) <= 18:
        if i + 1 < len(norms) and norms[i + 1] in _ORDINAL_SUFFIXES:
            return None  # "26th" is a position, not a count
        end = _spaced_groups(reading, i)
        digits = "".join(norms[i:end])
        return end, float(digits.replace(",", "")), _precision(digits)
    extra = lexicon.number_words.match_at(reading.lemmas, i)
    if extra and norms[extra[0] - 1] == reading.lemmas[extra[0] - 1]:  # "dozens" is no dozen
        return extra[0], float(extra[1]), 1.0
    if norm not in NUMBER_WORDS or norm in ("hundred", "thousand", "million", "billion"):
        return None
    end = i + 1
    while end < len(norms):
        if norms[end] in NUMBER_WORDS:
            end += 1
        elif norms[end] in ("-", "and") and end + 1 < len(norms) and norms[end + 1] in NUMBER_WORDS:
            end += 2
        else:
            break
    if norm == "one" and end == i + 1:
        return None  # "one of the founders" is not a count
    value = _number_words(" ".join(norms[i:end]).replace(" - ", "-"))
    return None if value is None else (end, value, _precision(str(int(value))))


def _spaced_groups(reading: Reading, i: int) -> int:
    """Where a number written with spaces between its thousands ends ("90 000", "1 250 000":
    groups of three digits, one space apart); i + 1 for any other number."""
    tokens, end = reading.words.tokens, i + 1
    if not (tokens[i].norm.isdigit() and len(tokens[i].norm) <= 3):
        return end
    while (
        end < len(tokens)
        and len(tokens[end].norm) == 3
        and tokens[end].norm.isdigit()
        and tokens[end].start - tokens[end - 1].end == 1
    ):
        end += 1
    return end


def _number_words(text: str) -> float | None:
    from text_to_num import text2num

    try:
        return float(text2num(text, "en"))
    except ValueError:
        return None


def _precision(digits: str) -> float:
    """The unit of a written number's last significant digit: 0.1 for "45.1", 1000 for
    "41,000", 1 for "47"."""
    digits = digits.replace(",", "")
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1])
    stripped = digits.rstrip("0")
    return 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0


def _cue_before(reading: Reading, i: int, floor: int) -> tuple[int, str]:
    for start in range(max(floor, i - 4), i):
        hit = reading.lexicon.quantity_cues.match_at(reading.lemmas, start)
        if hit and hit[0] == i:
            return start, hit[1]
    return i, "bare"


def _figure_at(
    reading: Reading, i: int, floor: int, lexicon: Lexicon, last: Quantity | None = None
) -> Quantity | None:
    """The figure at token i; `last` is the sentence's count before it (see `elided`)."""
    number = _number_at(reading, i)
    if number is None:
        return None
    end, value, unit = number
    norms = reading.words.norms
    if i and norms[i - 1] in lexicon.rank_words:
        return None  # "the top 10 firms" ranks, "Route 9" names
    if _ratio(reading, i, end):
        return None  # "four in ten of the homes" is a share, not a count
    score = _score(reading, i, end)

    if score:
        return score
    currency, first = _currency_before(reading, i, i)
    first, cue = _cue_before(reading, first, floor)
    low = high = None
    between = cue == "bare" and first > 0 and norms[first - 1] == "between"
    if end + 1 < len(norms) and (norms[end] in ("-", "to") or (between and norms[end] == "and")):
        second = _number_at(reading, end + 1)
        if second and second[1] > value:
            low, high, end, cue = value, second[1], second[0], "range"
            first -= between
    if end < len(norms) and norms[end] in lexicon.scales:
        scale = lexicon.scales[norms[end]]
        value, unit, end = value * scale, unit * scale, end + 1
        low, high = (low * scale, high * scale) if low is not None else (None, None)
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
        mood_at(reading, first),
        value,
    )


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
    if cue == "nearly":
        return max(0.0, value - lexicon.nearly_units * unit), value, False, True
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


def _ratio(reading: Reading, i: int, end: int) -> bool:
    """Whether the number at tokens [i, end) is a term of a ratio: "four in ten", "one in
    five"."""
    norms = reading.words.norms
    first = _number_at(reading, i - 2) if i > 1 and norms[i - 1] == "in" else None
    second = _number_at(reading, end + 1) if end + 1 < len(norms) and norms[end] == "in" else None
    this = _number_at(reading, i)
    whole = second[1] if second else this[1] if this and first else None  # "ten" of "four in ten"
    part = this[1] if second and this else first[1] if first else None
    return whole is not None and part is not None and part < whole <= 1000


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
    in its clause, before it."""
    clauses = reading.clauses
    start = first
    while start > 0 and clauses[start - 1] == clauses[first]:
        start -= 1
    moods = [
        reading.lexicon.irrealis.match_at(reading.words.norms, k)
        for k in range(start, first)
        if reading.words.tokens[k].text.islower()
    ]
    return next((hit[1] for hit in reversed(moods) if hit), None)
