"""Numbers as written: digits ("41,382", "90 000", "45.1"), number words ("thirty-eight
thousand", "a dozen"), each with the unit of its last significant digit; and the terms of a
ratio ("one in five"), a share."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_ORDINALS = frozenset({"first", "second", "third", "fourth", "last", "final", "other", "opening"})


def number_at(reading: Reading, i: int) -> tuple[int, float, float] | None:
    """A number starting at token i: (end index, value, unit of its last significant digit)."""
    norms, lexicon = reading.words.norms, reading.lexicon
    norm = norms[i]
    if _DIGITS.match(norm) and len(norm) <= 18:
        if i + 1 < len(norms) and norms[i + 1] in _ORDINAL_SUFFIXES:
            return None  # "26th" is a position, not a count
        end = _spaced_groups(reading, i)
        digits = "".join(norms[i:end])
        return end, float(digits.replace(",", "")), precision(digits)
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
    return None if value is None else (end, value, precision(str(int(value))))


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


def precision(digits: str) -> float:
    """The unit of a written number's last significant digit: 0.1 for "45.1", 1000 for
    "41,000", 1 for "47"."""
    digits = digits.replace(",", "")
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1])
    stripped = digits.rstrip("0")
    return 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0


def ratio_term(reading: Reading, i: int) -> bool:
    """Whether the number at token i is the whole of a ratio: the "five" of "one in five"."""
    return i > 1 and reading.words.norms[i - 1] == "in" and ratio_share(reading, i - 2) is not None


def ratio_share(reading: Reading, i: int) -> tuple[int, float, float, float] | None:
    """A ratio that opens at token i ("one in five", "four in ten") read as a share in
    percent: its end, its value, and the share between its whole give or take a half
    (four in 9.5 to four in 10.5: 38.1 to 42.1 percent)."""
    norms = reading.words.norms
    part = (i + 1, 1.0, 1.0) if norms[i] == "one" else number_at(reading, i)
    if part is None or part[0] + 1 >= len(norms) or norms[part[0]] != "in":
        return None
    whole = number_at(reading, part[0] + 1)
    if whole is None or not part[1] < whole[1] <= 1000:
        return None
    share = 100 * part[1]
    return whole[0], share / whole[1], share / (whole[1] + 0.5), share / (whole[1] - 0.5)


def fraction_share(reading: Reading, i: int) -> tuple[int, float, float, float] | None:
    """A fraction that opens at token i and goes on with "of" ("two-fifths of the mains",
    "a quarter of the market", "half of the votes") read as a share in percent: its end, its
    value, and the share give or take `bare_share` of it."""
    norms, lexicon = reading.words.norms, reading.lexicon
    parts, k = 1.0, i
    if norms[i] in ("a", "one"):
        k = i + 1
    elif (number := number_at(reading, i)) is not None:
        parts, k = number[1], number[0]
    elif i and (norms[i - 1] in lexicon.determiners or norms[i - 1] in _ORDINALS):
        return None  # "the first half of the match" is no share
    k += k < len(norms) and norms[k] == "-"  # "two-fifths"
    whole = lexicon.fractions.get(norms[k]) if k < len(norms) else None
    if whole is None or k + 1 >= len(norms) or norms[k + 1] != "of" or parts >= whole:
        return None
    share = 100 * parts / whole
    width = lexicon.bare_share * share
    return k + 1, share, share - width, share + width
