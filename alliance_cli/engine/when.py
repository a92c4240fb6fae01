"""Dates a sentence gives, at the precision it gives them, with the relative ones ("on
Saturday", "yesterday", "last month", "Oct. 19" with no year) resolved against the dateline
that dates the article. A dateline dates the article, never an event by itself."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..dates import read_dates
from ..model import Date
from .counted_nouns import hyphen_joined
from .quantities import mood_at

if TYPE_CHECKING:
    from .reading import Reading


def read_when(reading: Reading) -> tuple[Date, ...]:
    """Every date of `reading` outside its figures and names, relative ones resolved against
    `reading.reference` when there is one."""
    taken = [q.tokens for q in reading.quantities] + [(m.start, m.end) for m in reading.names]
    out = []
    for date in read_dates(reading.words):
        i, j = reading.token_range(date.span)
        if any(a < j and i < b for a, b in taken):
            continue
        ahead = mood_at(reading, i) in ("future", "plan")
        out.append(_with_year(date, reading.reference, ahead))
    out += _relative(reading, [reading.token_range(d.span) for d in out], taken)
    return tuple(sorted(out, key=lambda date: date.span))


def _with_year(date: Date, reference: Date | None, ahead: bool) -> Date:
    """ "Oct. 19" in an article dated October 20, 2025 is October 19, 2025; "December 28" in
    one dated January 3, 2025 is December 28, 2024: the year that puts it nearest the
    dateline. Six months either way, it is the one ahead for what is to come ("is expected
    to report in September" in March), else no year at all."""
    if date.year or reference is None or not reference.year:
        return date
    here = (reference.month or 1) + (reference.year * 12)
    gaps = {
        y: y * 12 + (date.month or 1) - here for y in range(reference.year - 1, reference.year + 2)
    }
    nearest = sorted(gaps, key=lambda y: abs(gaps[y]))
    year = nearest[0]
    if abs(gaps[nearest[0]]) == abs(gaps[nearest[1]]):
        year = max(nearest[:2]) if ahead else 0
    return Date(year, date.month, date.day, date.text, date.span)


def _relative(
    reading: Reading, dated: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[Date]:
    """Weekdays ("on Saturday", "Saturday's final") and words such as "yesterday" or "last
    month", resolved against the reference date; nothing without one."""
    reference = reading.reference
    if reference is None or not (reference.year and reference.month and reference.day):
        return []
    lexicon, lemmas, words = reading.lexicon, reading.lemmas, reading.words
    day = dt.date(reference.year, reference.month, reference.day)
    out = []
    busy = dated + taken
    for i, norm in enumerate(words.norms):
        if any(a <= i < b for a, b in busy):
            continue
        hit = lexicon.relative_dates.match_at(lemmas, i)
        if hit:
            end, (unit, offset) = hit
            out.append(_shifted(day, unit, offset, words.surface(i, end), words.span(i, end)))
            busy.append((i, end))
        elif norm in lexicon.weekdays and not _names_day_of(words.norms, i, dated):
            back = (day.weekday() - lexicon.weekdays.index(norm)) % 7
            when = day - dt.timedelta(days=back)
            out.append(
                Date(when.year, when.month, when.day, words.tokens[i].text, words.span(i, i + 1))
            )
    return out


def _names_day_of(norms: tuple[str, ...], i: int, dated: list[tuple[int, int]]) -> bool:
    """Whether the weekday at token i names the day of the date written after it ("on
    Sunday, August 10"): that date is the one meant."""
    after = i + 2 if i + 1 < len(norms) and norms[i + 1] == "," else i + 1
    return any(start == after for start, _ in dated)


def _shifted(day: dt.date, unit: str, offset: int, text: str, span: tuple[int, int]) -> Date:
    if unit == "day":
        when = day + dt.timedelta(days=offset)
        return Date(when.year, when.month, when.day, text, span)
    if unit == "month":
        month = day.month + offset
        year = day.year + (month - 1) // 12
        return Date(year, (month - 1) % 12 + 1, None, text, span)
    return Date(day.year + offset, None, None, text, span)


def parse_iso(text: str | None) -> Date | None:
    """A date written as ISO text ("2025-05-17", "2025-05", "2025"), or None."""
    if not text:
        return None
    parts = text.split("-")
    try:
        numbers = [int(part) for part in parts]
    except ValueError:
        return None
    year, month, day = [*numbers, 0, 0][:3]

    return Date(year, month or None, day or None)


def relation(source: Date, claim: Date) -> str:
    """How a source's date stands to a claim's date: "same" (equal at the precision both
    give), "narrower" (the source's is more precise and inside the claim's: 17 May 2025 for
    May 2025), "broader", or "other" (they cannot both hold)."""
    if not source.agrees(claim):
        return "other"
    if claim.year and not source.year:
        return "broader"  # "August 10" of no known year says nothing of August 10, 2019
    precision = (_precision(source), _precision(claim))
    if precision[0] == precision[1]:
        return "same"
    return "narrower" if precision[0] > precision[1] else "broader"


def _precision(date: Date) -> int:
    if date.years > 1:
        return 0
    return 1 + bool(date.month) + bool(date.day)


def names_occasion(sentence: Reading, i: int, j: int) -> bool:
    """Whether a date only says which occasion a noun is ("the 2023 final", "last year's
    final"), rather than dating the event: such a date picks out another occasion, it never
    contradicts the claim's."""
    date = next(d for d in sentence.dates if sentence.token_range(d.span)[0] == i)
    if date.month:
        return False  # "Sunday's runoff", "the May 17 final": this occasion's date
    norms = sentence.words.norms
    possessive = j < len(norms) and norms[j] == "'s"

    before = norms[i - 1] if i else ""
    return possessive or (
        before in ("the", "a", "an", "its", "their", "his", "her")
        and j < len(norms)
        and sentence.content(j)
    )


def in_dateline(sentence: Reading, i: int) -> bool:
    """Whether token i stands in the sentence's dateline ("TOWN, March 12, 2025 -"), which
    dates the article, not an event."""
    norms, tokens = sentence.words.norms, sentence.words.tokens  # "Ostreva-based": no dash
    dash = next(
        (
            k
            for k in range(min(len(norms), 16))
            if norms[k] == "-" and not (k and hyphen_joined(tokens, k - 1))
        ),
        None,
    )
    return (
        dash is not None
        and i < dash
        and all(
            not sentence.content(k)
            or k in sentence.name_at
            or norms[k][:1].isdigit()
            or sentence.words.tokens[k].text[:1].isupper()
            for k in range(dash)
        )
    )
