"""Markdown read as the text it shows: its markup blanked out, one character for one.

`blank_markdown` returns a text of the same length in which every markup character (YAML
front matter, a heading's `#`, emphasis, a link's brackets and destination, an image's `![`,
a list marker, a block quote's `>`, an HTML comment or tag, a bare URL, a code span's
backticks, a code fence, a link definition) is a space, so an offset into it is an offset into
the file as written: a span the engine finds in it is a span of the original, and the
original's text at that span is the evidence. A list marker, a heading's `#` and a code fence
become a line break instead, so that each list item, heading and code block starts a paragraph
of its own. Line breaks stay where they are. Every pattern reads each character a bounded
number of times, so any file is read in linear time.

Only this subset of CommonMark is read: a table's pipes, a shortcut link's brackets,
emphasis inside a word (`AI-**powered**` is read, `foo**bar**` and `4**7**` are not) and an
emphasis run with no partner in its paragraph stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from .yamlfile import is_mapping

# YAML front matter: a `---` line at the very start, up to a `---` or `...` line.
_FRONT_MATTER = re.compile(r"---[ \t]*\n(?:.*?\n)??(---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD = re.compile(r"^(title|date)[ \t]*+:[ \t]*+([^\n]*)", re.M)
_FENCE = re.compile(
    r"^ {0,3}(`{3,}|~{3,})[^\n]*+\n(?:.*?\n)??(?: {0,3}\1[`~]*+[ \t]*+(?:\n|\Z)|\Z)", re.M | re.S
)
_LINE = re.compile(r"[^\n]*+")
_CODE_SPAN = re.compile(r"(?<!`)(`{1,3})(?!`)((?:[^`\n]|\n(?![ \t]*+\n))++)\1(?!`)")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]{1,999}\]:[ \t]*+\S[^\n]*+", re.M)
_RULE = re.compile(
    r"^ {0,3}(?:(?:-[ \t]*+){3,}|(?:\*[ \t]*+){3,}|(?:_[ \t]*+){3,}|=++[ \t]*+)$", re.M
)
# Block markers at a line's start: block quotes (any depth), then a list marker or a heading.
_QUOTE = re.compile(r"^[ \t]*+>(?:[ \t]*+>)*+[ \t]?", re.M)
_MARKER = r"^[ \t]*+(?:>[ \t]*+)*+"
_BULLET = re.compile(_MARKER + r"([-*+])(?=[ \t]|$)", re.M)
_NUMBER = re.compile(_MARKER + r"([0-9]{1,9}[.)])(?=[ \t]|$)", re.M)
_HEADING = re.compile(_MARKER + r"(#{1,6})(?=[ \t]|$)([^\n]*+)", re.M)
_CLOSING = re.compile(r"(?<=[ \t])#++[ \t]*+$")
# A link or image: `[text](destination "title")` or `[text][label]`; the text is kept.
_LINK = re.compile(
    r"(!?\[)[^\[\]\n]{0,999}(?:\[[^\[\]\n]{0,999}\][^\[\]\n]{0,999})?"
    r"(\]\((?:<[^<>\n]{0,2000}>|[^()\s]{0,2000}(?:\([^()\s]{0,999}\)[^()\s]{0,999})?)"
    r"(?:[ \t]++(?:\"[^\"\n]{0,999}\"|'[^'\n]{0,999}'))?[ \t]*+\)|\]\[[^\[\]\n]{0,999}\])"
)
_TAG = re.compile(
    r"</?[A-Za-z][A-Za-z0-9-]{0,99}(?:[ \t\n][^<>]{0,999})?/?>|<[A-Za-z]{2,32}:[^<>\s]{1,2000}>"
)
_URL = re.compile(r"\bhttps?://[^\s<>()\[\]]++")
# A backslash escape, taking the character it escapes: `\\*` is a literal `\`, then `*`.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_HARD_BREAK = re.compile(r"\\$", re.M)
# A run of emphasis characters, and a paragraph (no blank line inside): emphasis pairs in one.
_RUN = re.compile(r"\*++|_++|~++")
_PARAGRAPH = re.compile(r"(?:[^\n]++|\n(?![ \t]*+\n))++")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " "}
_ENTITY = re.compile("|".join(_ENTITIES))
_NOT_BREAK = re.compile(r"[^\n]")


class FrontMatter(NamedTuple):
    """A Markdown file's YAML front matter: where it ends, and its `title:` and `date:`
    values (quotes taken off), each with where it starts in the text."""

    end: int
    title: tuple[str, int] | None = None
    date: tuple[str, int] | None = None


def front_matter(text: str) -> FrontMatter | None:
    """The front matter at the very start of `text`, if any: a block that is a YAML mapping
    (or empty) between `---` lines. Only top-level `title:` and
    `date:` lines are read, the first of each; the rest is metadata that no sentence holds."""
    found = _FRONT_MATTER.match(text)
    if found is None:
        return None
    block = text[text.index("\n") + 1 : found.start(1)]
    if block.strip() and not is_mapping(block):
        return None  # a `---` line, text, `---`: a rule around text, not metadata
    fields: dict[str, tuple[str, int]] = {}
    for line in _FIELD.finditer(text, 0, found.end()):
        value, at = line.group(2).rstrip(), line.start(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value, at = value[1:-1], at + 1
        if value and line.group(1) not in fields:
            fields[line.group(1)] = (value, at)
    return FrontMatter(found.end(), fields.get("title"), fields.get("date"))


_FILLS = (" ", "\n", *sorted(set(_ENTITIES.values()) - {" "}))  # what a blanked character becomes
_CODES = {fill: bytes([code]) for code, fill in enumerate(_FILLS, 1)}
_BLANKED = re.compile(rb"[^\x00]++")


class _Marks:
    """What to blank in a text, and what no later pattern may touch (code), one byte a
    character each: memory in proportion to the text, however many marks it holds."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.start = text, start
        self.fills = bytearray(len(text))  # 0: as written, else 1 + the index in _FILLS
        self.kept = bytearray(len(text))  # 1: inside code

    def each(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The matches of `pattern` past the front matter that touch nothing kept."""
        for match in pattern.finditer(self.text, self.start):
            if self.kept.find(1, *match.span()) < 0:
                yield match

    def keep(self, start: int, end: int) -> None:
        self.kept[start:end] = b"\x01" * (end - start)

    def blank(self, start: int, end: int, first: str = " ") -> None:
        """Blank [start, end), its first character `first` unless already blanked."""
        if start >= end:
            return
        fresh = not self.fills[start]
        self.fills[start:end] = _CODES[" "] * (end - start)
        if fresh and first != " ":
            self.fills[start] = _CODES[first][0]

    def applied(self) -> str:
        """The text with every mark applied; a line break stays a line break."""
        text, pieces, done = self.text, [], 0
        for run in _BLANKED.finditer(self.fills):
            start, end = run.span()
            blank = _NOT_BREAK.sub(" ", text[start:end])
            if run.group().strip(b"\x01"):
                fills = (_FILLS[code - 1] for code in run.group())
                blank = "".join(b if f == " " else f for b, f in zip(blank, fills, strict=True))
            pieces += (text[done:start], blank)
            done = end
        pieces.append(text[done:])
        return "".join(pieces)


def blank_markdown(text: str) -> str:
    """`text` with its Markdown markup blanked (see the module's note): the same length, every
    line break where it was."""
    matter = front_matter(text)
    marks = _Marks(text, matter.end if matter else 0)
    marks.blank(0, marks.start)
    for match in list(marks.each(_FENCE)):
        marks.keep(*match.span())
        opening = _LINE.match(text, match.start())
        marks.blank(*opening.span(), first="\n")
        closing = text.rfind("\n", match.start(), match.end() - 1) + 1
        if closing > opening.end() and text[closing : match.end()].strip()[:3] in ("```", "~~~"):
            marks.blank(closing, match.end(), first="\n")
    for match in list(marks.each(_CODE_SPAN)):
        marks.blank(*match.span(1))
        marks.blank(match.end(2), match.end())
        marks.keep(*match.span())
    for match in list(marks.each(_COMMENT)):
        marks.blank(*match.span())
        marks.keep(*match.span())
    _blocks(marks)
    _inline(marks)
    return marks.applied()


def _blocks(marks: _Marks) -> None:
    for pattern in (_DEFINITION, _RULE, _QUOTE):
        for match in marks.each(pattern):
            marks.blank(*match.span())
    for match in marks.each(_BULLET):
        marks.blank(*match.span(1), first="\n")
    for match in marks.each(_NUMBER):
        if _starts_block(marks.text, match.start()) or match.group(1)[:-1] == "1":
            marks.blank(*match.span(1), first="\n")
    for match in marks.each(_HEADING):
        marks.blank(*match.span(1), first="\n")
        closing = _CLOSING.search(marks.text, match.start(2), match.end(2))
        if closing:
            marks.blank(*closing.span())


def _starts_block(text: str, at: int) -> bool:
    """Whether the line at `at` starts the text, follows a blank line or a list item: where
    a numbered list may start ("2023. The year..." inside a paragraph is no list)."""
    if at == 0:
        return True
    previous = text[text.rfind("\n", 0, at - 1) + 1 : at - 1]
    return not previous.strip() or bool(_BULLET.match(previous) or _NUMBER.match(previous))


def _inline(marks: _Marks) -> None:
    for match in list(marks.each(_ESCAPE)):
        marks.blank(match.start(), match.start(1))
        marks.keep(*match.span(1))
    for match in marks.each(_LINK):
        marks.blank(*match.span(1))
        marks.blank(*match.span(2))
    for match in marks.each(_URL):
        url = match.group()
        marks.blank(match.start(), match.start() + len(url.rstrip(".,;:!?'\"")))
    for pattern in (_TAG, _HARD_BREAK):
        for match in marks.each(pattern):
            marks.blank(*match.span())
    for paragraph in _PARAGRAPH.finditer(marks.text, marks.start):
        _emphasis(marks, *paragraph.span())
    for match in marks.each(_ENTITY):
        marks.blank(*match.span(), first=_ENTITIES[match.group()])


def _emphasis(marks: _Marks, start: int, end: int) -> None:
    """Blank the emphasis runs in text[start:end] that pair up, an opener with the next closer
    of the same character (the inner characters of the longer run, as CommonMark does); a run
    without a partner, one inside a word (`4**7**`) or an escaped `\\*` stays as written."""
    text, openers = marks.text, {"*": [], "_": [], "~": []}
    for run in _RUN.finditer(text, start, end):
        first, last = run.span()
        while first < last and marks.kept[first]:  # an escaped character is no markup
            first += 1
        if first == last or marks.kept.find(1, first, last) >= 0:
            continue
        size, stack = last - first, openers[text[first]]
        before, after = text[first - 1 : first], text[last : last + 1]
        if size > 3 or (text[first] == "~" and size != 2):
            continue
        if stack and before.strip() and not after.isalnum() and after != "_":
            while stack and size:
                opener, length = stack.pop()
                used = min(size, length)
                marks.blank(opener + length - used, opener + length)
                marks.blank(first, first + used)
                first, size = first + used, size - used
                if length > used:
                    stack.append((opener, length - used))
        elif after.strip() and not before.isalnum() and before != "_":
            stack.append((first, size))
