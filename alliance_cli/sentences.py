"""Sentence splitting, and the compact sequence a source keeps its sentences in.

A text is split in a few passes of the regular-expression engine over the whole text, never
one Python step per character, and its sentences are kept as offsets in arrays: a `Sentence`
is made only when it is asked for. A text of ten million one-letter lines costs a few arrays,
not ten million objects.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import chain, count, islice, repeat
from typing import overload

from .model import Sentence
from .text import normalise, normalise_lines

MAX_SENTENCE = 2000  # a longer run without a sentence end is cut at a space near this length
_CHUNK = 65536  # sentences (or positions) handled in one pass

# A sentence ends at . ! ? or an ellipsis, then any closing quotes or brackets, then space.
# Atomic and anchored at the run's first mark, so a long run of dots is read in linear time.
# The group is the next character that is not white space.
_END = re.compile(r"(?<![.!?\u2026])[.!?\u2026]++[\"'\u201d\u2019)\]]*+(?=\s++(\S?))")
# The word before a full stop, as far as an abbreviation reaches: a longer word is none.
_LAST_WORD = re.compile(r"[\w.]{1,8}$")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "inc",
        "corp",
        "co",
        "ltd",
        "llc",
        "plc",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "gen",
        "gov",
        "sen",
        "rep",
        "rev",
        "mt",
        "ft",
        "approx",
        "dept",
        "est",
    ]
)

# A line break ends a sentence unless it falls inside running text: a lower-case letter, a
# comma, a semicolon, a hyphen or nothing but white space before it (spaces and tabs
# skipped), a lower-case letter after it. Those line breaks become a vertical tab: white
# space, but neither a line break nor a space. Every decision is made on the text as given,
# by patterns that start at a line break, so the engine finds them as fast as it finds a
# character; only a break after spaces or tabs is left to `_runs_on` to look back.
_JOINED = "\x0b"
_AFTER_SPACES = re.compile(r"\n(?<=[ \t]\n)(?=[ \t]*+(\S))")
# A sentence: from a character that is not white space to the last one before a line break.
_PIECE = re.compile(r"\S(?:[^\n]*\S)?")
# A line longer than a sentence may be, from its start: cut into pieces by `_bounded`.
_LONG_LINE = re.compile(rf"(?<![^\n])[^\n]{{{MAX_SENTENCE + 1},}}")
_LINE_BREAK = re.compile(r"\n")
_VISIBLE = re.compile(r"\S")


@lru_cache(maxsize=64)
def _running(lower: str) -> re.Pattern[str]:
    """The line breaks inside running text with no space or tab before them, where `lower`
    (a character class) holds every lower-case letter of the text."""
    return re.compile(rf"\n(?<=(?:[{lower},;\-]|[^\S \t])\n)(?=[ \t]*+[{lower}])")


def _lower_case(text: str) -> str:
    """A character class of the lower-case letters `text` holds: a-z, and those beyond ASCII
    (`str.islower`, which no pattern can ask)."""
    if text.isascii():
        return "a-z"
    beyond = sorted(char for char in set(text) if not char.isascii() and char.islower())
    return "a-z" + "".join(map(re.escape, beyond))


def _runs_on(text: str, match: re.Match[str]) -> bool:
    """Whether the line break at `match`, after spaces or tabs, falls inside running text."""
    at = match.start() - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    before = text[at] if at >= 0 else ""
    return (before.islower() or before in ",;-" or before.isspace()) and match[1].islower()


def _typecode(text: str) -> str:
    """The array type that holds any offset into `text`: four bytes when they do."""
    return "I" if len(text) < 2**32 else "Q"


def _put(text: str, char: str, positions: array) -> str:
    """`text` with `char` at each of `positions` (in order) instead of what stands there, put
    together a chunk of positions at a time."""
    if not positions:
        return text
    parts = []
    for first in range(0, len(positions), _CHUNK):
        chunk = positions[first : first + _CHUNK]
        starts = chain([positions[first - 1] + 1 if first else 0], map((1).__add__, chunk))
        parts.append(char.join(map(text.__getitem__, map(slice, starts, chunk))))
    parts.append(text[positions[-1] + 1 :])
    return char.join(parts)


def _marked(text: str) -> str:
    """The text with a line break wherever a sentence ends and nowhere else, the same
    length: line breaks inside running text become `_JOINED`, and the white space that
    follows a sentence end becomes a line break."""
    code = _typecode(text)
    running = map(re.Match.start, _running(_lower_case(text)).finditer(text))
    marked = _put(text, _JOINED, array(code, running))
    spaced = (m.start() for m in _AFTER_SPACES.finditer(text) if _runs_on(text, m))
    marked = _put(marked, _JOINED, array(code, spaced))
    ends = (match.end() for match in _END.finditer(text) if _is_boundary(text, match))
    return _put(marked, "\n", array(code, ends))


def _is_boundary(text: str, end: re.Match[str]) -> bool:
    following, stop = end.group(1), end.start()
    if following.islower():
        return False  # "e.g. the", "approx. forty"
    if text[stop] != ".":
        return True
    word = _LAST_WORD.search(text, max(0, stop - 8), stop)
    if not word:
        return True
    token = word.group().lower()
    if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return False  # "Dr. Smith", "J. Smith"
    return not (following.isdigit() and token in ("no", "vol"))  # "No. 5", "vol. 3"


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span cut, at spaces, into pieces of at most about MAX_SENTENCE characters: a text
    with no sentence ends is still read in bounded time per piece."""
    while end - start > MAX_SENTENCE:
        space = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = space if space > start else start + MAX_SENTENCE
        piece = text[start:cut].rstrip()
        if piece:
            yield start, start + len(piece)
        following = _VISIBLE.search(text, cut, end)
        start = following.start() if following else end
    yield start, end


def _spans(matches: Iterator[re.Match[str]]) -> Iterator[int]:
    """Each match's start and end, one after the other."""
    return chain.from_iterable(map(re.Match.span, matches))


class _Builder:
    """Spans and normal forms, added a chunk at a time."""

    def __init__(self, text: str) -> None:
        code = _typecode(text)
        self.starts, self.ends = array(code), array(code)
        self.norms: list[str] = []

    def add_lines(self, marked: str, start: int, stop: int) -> None:
        """Every sentence of `marked[start:stop]`, whose lines are sentences, a chunk at a
        time: spans gathered and normalised without a Python step per sentence."""
        pieces = _PIECE.finditer(marked, start, stop)
        while spans := array(self.starts.typecode, _spans(islice(pieces, _CHUNK))):
            self.starts.extend(spans[0::2])
            self.ends.extend(spans[1::2])
            self.norms.append(normalise_lines(marked[spans[0] : spans[-1]]))

    def add(self, text: str, start: int, end: int) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.norms.append(normalise(text[start:end]) + "\n")


class Sentences(Sequence[Sentence]):
    """A text's sentences, kept as offsets into it and into one string of their normal forms
    (one per line); each `Sentence` is made when it is read."""

    __slots__ = ("_ends", "_norms", "_starts", "_stops", "_text")

    def __init__(self, text: str) -> None:
        marked = _marked(text)
        built = _Builder(text)
        at = 0
        for line in chain(_LONG_LINE.finditer(marked), [None]):
            stop = line.start() if line else len(marked)
            built.add_lines(marked, at, stop)
            if line:
                piece = _PIECE.search(marked, line.start(), line.end())
                for start, end in _bounded(text, *piece.span()) if piece else ():
                    built.add(text, start, end)
                at = line.end()
        self._text, self._starts, self._ends = text, built.starts, built.ends
        self._norms = "".join(built.norms)
        self._stops = array(
            built.starts.typecode, map(re.Match.start, _LINE_BREAK.finditer(self._norms))
        )

    @property
    def text(self) -> str:
        """The text the sentences were split from (a Markdown file's with its markup blanked)."""
        return self._text

    @classmethod
    def restored(cls, text: str, starts: array, ends: array, norms: str) -> Sentences:
        """The sentences `Sentences(text)` made, from their `parts` (stored by the index)."""
        made = cls.__new__(cls)
        made._text, made._starts, made._ends, made._norms = text, starts, ends, norms
        made._stops = array(starts.typecode, map(re.Match.start, _LINE_BREAK.finditer(norms)))
        return made

    def parts(self) -> tuple[array, array, str]:
        """The starts, ends and normal forms (one a line) that `restored` takes."""
        return self._starts, self._ends, self._norms

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> Sentence: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Sentence, ...]: ...
    def __getitem__(self, index: int | slice) -> Sentence | tuple[Sentence, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("sentence index out of range")
        start, end, stop = self._starts[index], self._ends[index], self._stops[index]
        begin = self._stops[index - 1] + 1 if index else 0
        return Sentence(index, start, end, self._text[start:end], self._norms[begin:stop])

    def __iter__(self) -> Iterator[Sentence]:
        starts, ends, stops = self._starts, self._ends, self._stops
        begins = chain((0,), map((1).__add__, stops))
        texts = map(self._text.__getitem__, map(slice, starts, ends))
        norms = map(self._norms.__getitem__, map(slice, begins, stops))
        # tuple.__new__ makes each NamedTuple without a Python call
        return map(tuple.__new__, repeat(Sentence), zip(count(), starts, ends, texts, norms))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sentences):
            return NotImplemented
        return (self._text, self._starts, self._ends) == (other._text, other._starts, other._ends)

    def __hash__(self) -> int:
        return hash((self._text, len(self)))

    def __repr__(self) -> str:
        return f"<{len(self)} sentences>"

    def spans(self) -> list[tuple[int, int]]:
        return list(zip(self._starts, self._ends, strict=True))

    def matching(self, pattern: re.Pattern[str]) -> Iterator[tuple[int, set[str]]]:
        """Each sentence whose normal form `pattern` matches, in order, with the distinct
        matches found in it: one search of every normal form at once. The pattern must never
        match a line break (normal forms hold none)."""
        index, found = -1, set()
        for match in pattern.finditer(self._norms):
            at = bisect_right(self._stops, match.start())
            if at != index and found:
                yield index, found
                found = set()
            index = at
            found.add(match.group())
        if found:
            yield index, found


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every sentence, whitespace trimmed.

    Paragraph breaks always end a sentence; a single line break does too unless it falls
    inside running text (a lower-case word or comma before it and a lower-case word after).
    """
    return Sentences(text).spans()
