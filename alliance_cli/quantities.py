"""Reading counts as ranges: "47", "47-strong", "forty-seven", "about 45", "over 50", "a dozen".

A count is a `Quantity` [low, high] over whole numbers: "about 45" is [44, 46] (the band is
set in the lexicon), "over 50" is [51, inf], "fewer than 30" is [0, 29].
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from .lexicon import Lexicon
from .model import Quantity
from .text import Tokens

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
# The grammar of English number words, which text2num turns into a value.
NUMBER_WORDS = frozenset(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
    ]
)
# A sentence without a digit or one of these words states no count.
NUMBERISH = re.compile(r"\d|\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r"|dozen|couple|handful)")
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
ORDINALS = frozenset(
    [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ]
)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_RANGE_JOINERS = frozenset({"-", "to"})


def _number_words(text: str) -> float | None:
    from text_to_num import text2num

    try:
        return float(text2num(text, "en"))
    except ValueError:
        return None


def _number_at(words: Tokens, lexicon: Lexicon, i: int) -> tuple[int, float] | None:
    """A number starting at token i: (end index, value)."""
    norms = words.norms
    if _DIGITS.match(norms[i]) and len(norms[i]) <= 18:  # longer is an identifier, not a count
        if i + 1 < len(norms) and norms[i + 1] in _ORDINAL_SUFFIXES:
            return None  # "26th" is a position, not a count
        value, end = float(norms[i].replace(",", "")), i + 1
        if end < len(norms) and norms[end] in _SCALES:
            value, end = value * _SCALES[norms[end]], end + 1
        return end, value
    extra = lexicon.number_words.match_at(words.stems, i)
    if extra and norms[extra[0] - 1] == words.stems[extra[0] - 1]:  # "dozens" is no dozen
        return extra[0], float(extra[1])
    if norms[i] not in NUMBER_WORDS or norms[i] in _SCALES:
        return None
    end = i + 1
    while end < len(norms):
        if norms[end] in NUMBER_WORDS:
            end += 1
        elif norms[end] in ("-", "and") and end + 1 < len(norms) and norms[end + 1] in NUMBER_WORDS:
            end += 2
        else:
            break
    if norms[i] == "one" and end == i + 1:
        return None  # "one of the founders" is not a count
    value = _number_words(" ".join(norms[i:end]).replace(" - ", "-"))
    return (end, value) if value is not None else None


def _cue_before(words: Tokens, lexicon: Lexicon, i: int, floor: int) -> tuple[int, str]:
    """The quantity cue ending just before token i, starting at `floor` or after: (its first
    token, its kind)."""
    for start in range(max(floor, i - 4), i):
        hit = lexicon.quantity_cues.match_at(words.stems, start)
        if hit and hit[0] == i:
            return start, hit[1]
    return i, "exact"


def _counted_after(
    words: Tokens, lexicon: Lexicon, j: int, year: bool = False
) -> tuple[int, str | None]:
    """The counted noun within three tokens after a number: (end index, its group). Any
    noun right after the number counts ("5 albums"), unless the number reads as a year
    ("the 2016 film")."""
    for k in range(j, min(j + 3, len(words))):
        token = words.tokens[k]
        if not token.is_word or token.norm[0].isdigit() or token.norm in NUMBER_WORDS:
            break  # "2023 with 47 members": the noun belongs to the next number
        hit = lexicon.counted_nouns.match_at(words.stems, k)
        if hit:
            return hit[0], hit[1]
    # past capitalised words: "15 US senators" counts senators; "five U.S. Presidents" and
    # "three Grammy Awards" count the plural noun that ends the name
    run = j
    while run < min(j + 3, len(words)) and words.tokens[run].text[:1].isupper():
        run += 1
    if run > j and not year:
        after = words.tokens[run] if run < len(words) else None
        last = words.tokens[run - 1]
        noun = (
            after is not None
            and after.is_word
            and after.text.islower()
            and after.norm not in lexicon.stopwords
        )
        plural = len(last.norm) > 3 and last.norm.endswith("s") and not last.text.isupper()
        if noun and (after.norm.endswith("s") or not plural):  # "3 Williams sisters"
            return run + 1, words.stems[run]
        if plural:
            return run, words.stems[run - 1]
    token = words.tokens[j] if j < len(words) else None
    if (
        token
        and not year
        and token.is_word
        and token.text.islower()
        and token.norm not in lexicon.stopwords
        and token.norm not in NUMBER_WORDS
    ):
        return j + 1, words.stems[j]  # "5 albums": counts whatever noun follows
    return j, None


def _range(value: float, cue: str, band: float) -> tuple[float, float]:
    whole = value == int(value)
    if cue == "approximate":
        width = max(1.0, band * value) if whole else band * value
        low, high = value - width, value + width
        return (math.ceil(low), math.floor(high)) if whole else (low, high)
    step = 1.0 if whole else 0.0
    if cue == "more_than":
        return value + step, math.inf
    if cue == "at_least":
        return value, math.inf
    if cue == "fewer_than":
        return 0.0, value - step
    if cue == "at_most":
        return 0.0, value
    if cue == "nearly":
        width = max(1.0, 2 * band * value) if whole else 2 * band * value
        return (
            max(0.0, math.ceil(value - width)) if whole else max(0.0, value - width),
            value - step,
        )
    return value, value


def read_quantities(words: Tokens, lexicon: Lexicon) -> list[Quantity]:
    """Every count of something in `words`, left to right."""
    return list(_read(words, lexicon))


def _read(words: Tokens, lexicon: Lexicon) -> Iterator[Quantity]:
    norms = words.norms
    member_group = lexicon.counted_nouns.match_at(("member",), 0)
    i = done = 0  # done: where the last count read ended
    while i < len(norms):
        number = _number_at(words, lexicon, i)
        if not number:
            i += 1
            continue
        end, value = number
        before = norms[i - 1] if i else ""
        yearish = 1000 <= value <= 2100 and value == int(value)
        if before in lexicon.rank_words or (yearish and before in lexicon.year_prepositions):
            i = end  # "the top 10 firms" ranks; "in 2023 companies ..." dates
            continue
        first, cue = _cue_before(words, lexicon, i, done)
        low = high = None
        # "between 40 and 50", "40-50 members", "40 to 50 members"
        between = cue == "exact" and first > 0 and norms[first - 1] == "between"
        if end + 1 < len(norms) and (
            norms[end] in _RANGE_JOINERS or (between and norms[end] == "and")
        ):
            second = _number_at(words, lexicon, end + 1)
            if second and second[1] > value:
                low, high, end = value, second[1], second[0]
                first -= between
        trailing = lexicon.trailing_cues.match_at(words.stems, end) if end < len(norms) else None
        if trailing and cue == "exact":
            end, cue = trailing  # "45 or so members", "50 or more companies"
        counted: str | None
        if end + 1 < len(norms) and norms[end] == "-" and norms[end + 1] in lexicon.strength_suffix:
            end, counted = end + 2, member_group[1] if member_group else "member"
        elif end < len(norms) and norms[end] in lexicon.plus_suffix:
            cue, end = "at_least", end + 1
            end, counted = _counted_after(words, lexicon, end)
        else:
            year = cue == "exact" and low is None and 1000 <= value <= 2100 and value == int(value)
            end, counted = _counted_after(words, lexicon, end, year)
        if counted is None:
            i = end  # a bare number (or a year, which the date reader reads) counts nothing
            continue
        if low is None:
            low, high = _range(value, cue, lexicon.approximate_band)
        if 0 <= low <= high:  # "fewer than zero" counts nothing
            yield Quantity(
                low, high, cue, counted, words.surface(first, end), words.span(first, end)
            )
        i = done = end
