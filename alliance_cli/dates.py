"""Reading dates in their common written forms, at the precision the text gives."""

from __future__ import annotations

import calendar
import re
from functools import cache

from .model import Date
from .text import Tokens

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?: \.)?"
)
_YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2})"
_A_MONTH = re.compile(_MONTH + "$")


def day_of_month(norms: tuple[str, ...], i: int) -> bool:
    """Whether token i is a day after a month's name ("March 8"), not a count."""
    norm = norms[i]
    day = len(norm) <= 2 and norm.isascii() and norm.isdigit() and 0 < int(norm) <= 31
    month = i - 1 - (i > 1 and norms[i - 1] == ".")  # "Oct. 8"
    return i > 0 and day and bool(_A_MONTH.match(norms[month]))


_DAY = r"(?P<day>[0-3]?[0-9])(?: ?(?:st|nd|rd|th))?"
_TENS = (
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
)
# "the 1950s", "the 1970 's", "the '50s", "the fifties" (a decade of the twentieth century);
# "the 1800s" is a century
_DECADE = (
    rf"(?:(?P<decade>1[0-9]{{2}}0|20[0-9]0) (?:' )?s"
    rf"|\bthe (?:early |mid |late )?(?:' (?P<short>[1-9]0) s|(?P<tens>{'|'.join(_TENS)})))\b"
)
# A text with none of these holds no date worth the patterns' time.
_YEARISH = re.compile(
    r"\b(?:1[0-9]{3}|20[0-9]{2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|[1-9]0 s)|ties\b"
)


@cache
def _patterns() -> list[re.Pattern[str]]:
    """Patterns over token norms joined by single spaces ("december 7 , 2023"), most precise
    first; compiled on first use."""
    return [
        re.compile(rf"\b{_YEAR} [-/] (?P<m>[01]?[0-9]) [-/] (?P<d>[0-3]?[0-9])\b"),
        re.compile(rf"\b{_MONTH} {_DAY}(?: ,)? {_YEAR}\b"),
        re.compile(rf"\b{_DAY} (?:of )?{_MONTH}(?: ,)? {_YEAR}\b"),
        re.compile(rf"\b{_MONTH}(?: ,| of)? {_YEAR}\b"),
        re.compile(rf"\b{_MONTH} {_DAY}\b(?! ?[,.]? ?[0-9])"),  # "August 10": its year the text's
        re.compile(rf"\b{_DAY} (?:of )?{_MONTH}\b"),
        re.compile(_DECADE),
        re.compile(rf"\b{_YEAR}\b"),
        re.compile(rf"\b(?:in|on|of|since|during|until|by) (?:early |late |mid )?{_MONTH}\b"),
    ]


def _real_day(fields: dict, month: int | None, day: int) -> bool:
    """Whether the day exists in its month (and year, when given): no "February 30", no "Dec 0"."""
    if not month or day < 1:
        return False
    year = int(fields["year"]) if fields.get("year") else 2024  # a leap year admits February 29
    return day <= calendar.monthrange(year, month)[1]


def read_dates(words: Tokens) -> list[Date]:
    """Every date in `words`, left to right; a year alone is a date of year precision."""
    found: list[Date] = []
    if not _YEARISH.search(words.joined):
        return found
    taken: list[tuple[int, int]] = []
    tokens_taken: list[tuple[int, int]] = []
    for pattern in _patterns():
        for match in pattern.finditer(words.joined):
            a, b = match.span()
            if any(a < end and start < b for start, end in taken):
                continue
            fields = match.groupdict()
            month_text = fields.get("month")
            month = _MONTHS[month_text[:3]] if month_text else int(fields.get("m") or 0) or None
            day_text = fields.get("day") or fields.get("d")
            day = int(re.sub(r"\D", "", day_text)) if day_text and month else None
            if (month and not 1 <= month <= 12) or (
                day is not None and not _real_day(fields, month, day)
            ):
                continue
            i, j = words.token_range(a, b)
            if any(i < end and start < j for start, end in tokens_taken):
                continue  # "2023.2023" is one token: one date at most
            decade, years = _decade(fields)
            if decade:
                i = next(k for k in range(i, j) if words.norms[k] != "the")
            elif not fields.get("year"):  # "in December", "August 10": a month written as a name
                month_at = next(k for k in range(i, j) if words.tokens[k].norm[:3] in _MONTHS)
                if not words.tokens[month_at].text[:1].isupper():
                    continue
                i = i if day else month_at
            taken.append((a, b))
            tokens_taken.append((i, j))
            year = decade or (int(fields["year"]) if fields.get("year") else 0)
            surface, span = words.surface(i, j), words.span(i, j)
            found.append(Date(year, month, day, surface, span, years=years))
    found.sort(key=lambda date: date.span)
    return found


def _decade(fields: dict) -> tuple[int, int]:
    """The first year of the decade or century a match names, and its length in years; (0, 1)
    for no decade."""
    if fields.get("decade"):
        first = int(fields["decade"])
        return first, 100 if first % 100 == 0 else 10
    if fields.get("short"):
        return 1900 + int(fields["short"]), 10
    if fields.get("tens"):
        return 1920 + 10 * _TENS.index(fields["tens"]), 10
    return 0, 1
