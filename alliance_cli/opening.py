"""What a text opens with: the metadata that dates it (YAML front matter's `date:`, a
`date 2023-12-05` line at the very start), its title, and its dateline. Metadata is blanked
out of the text the sentences are read from, one character for one, so it is never part of
the title or of a sentence, and every offset still points into the file as written.

`article_date` is the one rule for the date of a text: `sources` shows it, and the engine
resolves "on Saturday" and "Oct. 19" against it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from .dates import read_dates
from .model import Date
from .text import Tokens

if TYPE_CHECKING:
    from .model import Source

_DATE_REACH = 60  # how far a date that opens a line may run, in characters
_OPENING_REACH = 2000  # how far into a text its title and dateline are looked for
_LABEL = re.compile(r"\s*+(?:published|dated|date)\b[ \t]*+:?[ \t]*+", re.IGNORECASE)
_NOT_BREAK = re.compile(r"[^\n]")
_YEAR = re.compile(r"[0-9]{4}")  # every date a line may open with gives its year
_LINE = re.compile(r"^[^\S\n]*+(\S[^\n]*+)", re.M)
# A dateline's place: capitalised words ("SAN FRANCISCO", "OSLO (Nordic Wire)"), then a comma.
_PLACE = re.compile(
    r"(?:\(?[A-Z][\w.'\u2019&/-]*+\)?,?[ \t]++){0,5}\(?[A-Z][\w.'\u2019&/-]*+\)?,[ \t]*+"
)
# What follows a dateline's date: the end of the line or a dash, colon, bar or slash.
_AFTER = re.compile(r"[ \t]*+(?:$|[-\u2013\u2014:|/(])", re.M)


class Opening(NamedTuple):
    """A text's opening: the text as read (metadata blanked), the title as shown and as read
    with where it starts, and the date its metadata states (ISO), if any."""

    read: str
    title: str | None
    heading: tuple[str, int] | None
    stated: str | None


def read_opening(text: str, markdown: bool = False) -> Opening:
    """The opening of `text`; a Markdown text is read with its markup blanked
    (`markup.blank_markdown`), its front matter giving a title and a date."""
    read, start, heading, stated = text, 0, None, None
    if markdown:
        from .markup import blank_markdown, front_matter

        read, matter = blank_markdown(text), front_matter(text)
        if matter is not None:
            start, heading = matter.end, matter.title
            stated = stated_date(matter.date[0]) if matter.date else None
    label = _LABEL.match(read, start)
    dated = _leading_date(read, label.end()) if label else None
    if dated is not None:
        end = label.end() + dated.span[1]
        read = read[:start] + _NOT_BREAK.sub(" ", read[start:end]) + read[end:]
        stated = stated or dated.iso()
    heading = heading or _headline(read, start)
    shown = " ".join(heading[0].split()) if heading else None
    return Opening(read, shown, heading, stated)


def stated_date(value: str) -> str | None:
    """A front-matter date (`2023-12-05`, `2023-12-05T10:00:00Z`, `December 5, 2023`) as ISO
    text; None unless it gives a month and a year."""
    found = _leading_date(value, 0)
    return found.iso() if found else None


def article_date(stated: str | None, read: str) -> str | None:
    """The date of a text: the date its metadata states, else its dateline (`read` is the
    text as read, metadata blanked). None rather than a guess: a date elsewhere in the text
    may be another event's."""
    return stated or dateline(read)


def source_date(source: Source) -> str | None:
    """A source's date as every reader takes it (the dateline that relative dates resolve
    against): `article_date` of its metadata and its text as read."""
    return article_date(source.date, source.sentences.text)


def dateline(read: str) -> str | None:
    """The date that opens the text, or its first line after the title: a line that is a
    date ("December 7, 2023"), or a news dateline ("HESTWICK, May 17, 2025 \u2014 ...")."""
    lines = _LINE.finditer(read, 0, min(len(read), _OPENING_REACH))
    first = next(lines, None)
    found = _dated_line(read, first.start(1)) if first else None
    if found is None and first is not None and _is_title(first.group(1)):
        second = next(lines, None)
        found = _dated_line(read, second.start(1)) if second else None
    return found


def _dated_line(read: str, start: int) -> str | None:
    """The date of a line that starts at `start` with a date, after a place or not, followed
    by the line's end or a dash."""
    place = _PLACE.match(read, start)
    start = place.end() if place else start
    found = _leading_date(read, start)
    if found is None or not _AFTER.match(read, start + found.span[1]):
        return None
    return found.iso()


def _leading_date(text: str, start: int) -> Date | None:
    """The date of month and year precision at least that `text` holds at `start`."""
    head = text[start : start + _DATE_REACH]
    if not head or head[0].isspace() or not _YEAR.search(head):
        return None
    dates = read_dates(Tokens.of(head))
    found = dates[0] if dates else None
    if found is None or found.span[0] != 0 or not (found.month and found.year):
        return None
    return found


def _headline(read: str, start: int) -> tuple[str, int] | None:
    """The first line as read, if it is a title, and where it starts."""
    first = _LINE.search(read, start, min(len(read), start + _OPENING_REACH))
    if first is None or not _is_title(first.group(1)):
        return None
    return first.group(1).rstrip(), first.start(1)


def _is_title(line: str) -> bool:
    """A headline: a short line that does not end like a sentence."""
    line = line.strip()
    return 0 < len(line) <= 150 and len(line.split()) <= 20 and not line.endswith(".")
