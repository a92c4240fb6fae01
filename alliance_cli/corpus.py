"""Loading sources: read and decode files, split them into sentences with offsets, find the
title and date. Sentence spans always point into the text as decoded."""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from stat import S_ISDIR

from .dates import read_dates
from .errors import InputError
from .model import Sentence, Source
from .resources import file_name, regular_file
from .text import Tokens, normalise

SOURCE_SUFFIXES = (".txt", ".md")
MAX_SOURCE_BYTES = 20 * 1024 * 1024  # one source may be at most this big
MAX_SENTENCE = 2000  # a longer run without a sentence end is cut at a space near this length
DATELINE_REACH = 160  # how far into a text its dateline may stand, in characters
_YEAR = re.compile(r"\b(?:1[0-9]|20)[0-9]{2}\b")

# A sentence ends at . ! ? or an ellipsis, then any closing quotes or brackets, then space.
# Atomic and anchored at the run's first mark, so a long run of dots is read in linear time.
_END = re.compile(r"(?<![.!?\u2026])[.!?\u2026]++[\"'\u201d\u2019)\]]*+(?=\s)")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# A line break with the characters either side of it (spaces and tabs skipped).
_LINE_BREAK = re.compile(r"(\S?)[ \t]*\n[ \t]*(?=(\S?))")
_NEXT_CHAR = re.compile(r"\s*(\S?)")
_LAST_WORD = re.compile(r"[\w.]{1,40}$")
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


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every sentence, whitespace trimmed.

    Paragraph breaks always end a sentence; a single line break does too unless it falls
    inside running text (a lower-case word or comma before it and a lower-case word after).
    """
    cuts = {match.end() for match in _BLANK_LINE.finditer(text)}
    for match in _LINE_BREAK.finditer(text):
        before, after = match.group(1), match.group(2)
        if not ((before.islower() or before in ",;-") and after.islower()):
            cuts.add(match.end(1) + 1 if before else match.start() + 1)
    for match in _END.finditer(text):
        if _is_boundary(text, match.start(), match.end()):
            cuts.add(match.end())
    spans, start = [], 0
    for cut in [*sorted(cuts), len(text)]:
        piece = text[start:cut]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.extend(_bounded(text, start + lead, start + lead + len(stripped)))
        start = cut
    return spans


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span cut, at spaces, into pieces of at most about MAX_SENTENCE characters: a text
    with no sentence ends is still read in bounded time per piece."""
    while end - start > MAX_SENTENCE:
        space = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = space if space > start else start + MAX_SENTENCE
        piece = text[start:cut].rstrip()
        if piece:
            yield start, start + len(piece)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    yield start, end


def _is_boundary(text: str, stop: int, end: int) -> bool:
    after = _NEXT_CHAR.match(text, end)
    following = after.group(1) if after else ""
    if following and following.islower():
        return False  # "e.g. the", "approx. forty"
    if text[stop] != ".":
        return True
    word = _LAST_WORD.search(text, max(0, stop - 40), stop)
    if not word:
        return True
    token = word.group().lower()
    if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return False  # "Dr. Smith", "J. Smith"
    return not (following.isdigit() and token in ("no", "vol"))  # "No. 5", "vol. 3"


# Byte-order marks and what they name, UTF-32 before UTF-16 (whose BOM starts UTF-32-LE's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
BINARY_PROBE = 8192  # a NUL in this many first bytes (after the BOM is honoured): binary


class BinaryFile(InputError):
    """A file that holds a NUL near its start: not text."""


def _decode(raw: bytes, path: str) -> tuple[str, tuple[str, ...]]:
    """Text by its BOM (UTF-32, UTF-16, else UTF-8), refusing a binary file: one with a NUL in
    its first 8 KiB once the BOM is honoured."""
    encoding = next((name for bom, name in _BOMS if raw.startswith(bom)), None)
    if encoding is None:
        if b"\x00" in raw[:BINARY_PROBE]:
            raise BinaryFile("looks like a binary file, not text (a NUL byte)", path)
        try:
            return raw.decode("utf-8-sig"), ()
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            warning = f"{path}:{line}: not valid UTF-8; undecodable bytes shown as \ufffd"
            return raw.decode("utf-8-sig", errors="replace"), (warning,)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"not valid {encoding.upper()}", path) from None
    if "\x00" in raw[:BINARY_PROBE].decode(encoding, errors="ignore"):
        raise BinaryFile("looks like a binary file, not text (a NUL character)", path)
    return text, ()


def read_source(path: Path, source_id: str | None = None, dateline: bool = True) -> Source:
    """Load one text file as a `Source`; its dateline is read unless `dateline` is False."""
    name = file_name(path)
    try:
        stat = regular_file(path)
        if stat.st_size > MAX_SOURCE_BYTES:
            size, limit = stat.st_size / 2**20, MAX_SOURCE_BYTES // 2**20
            raise InputError(f"is {size:.0f} MiB; a source may be at most {limit} MiB", name)
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
    text, warnings = _decode(raw, name)
    return source_from_text(text, source_id or file_name(path.stem), name, warnings, dateline)


def source_from_text(
    text: str,
    source_id: str,
    path: str = "",
    warnings: tuple[str, ...] = (),
    dateline: bool = True,
) -> Source:
    """A `Source` from text already in memory: line ends made plain, split into sentences."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sentences = tuple(
        Sentence(index, start, end, text[start:end], normalise(text[start:end]))
        for index, (start, end) in enumerate(split_sentences(text))
    )
    date = read_dateline(text) if dateline else None
    return Source(source_id, path, text, sentences, _title(text), date, warnings)


def _title(text: str) -> str | None:
    """The headline: a short first line that does not end like a sentence."""
    first_line = text.lstrip().split("\n", 1)[0].strip()
    if (
        0 < len(first_line) <= 150
        and len(first_line.split()) <= 20
        and not first_line.endswith(".")
    ):
        return first_line
    return None


def read_dateline(text: str) -> str | None:
    """The first full date in the opening lines (a dateline), as ISO text."""
    head = text[:DATELINE_REACH]
    if not _YEAR.search(head):
        return None
    dates = read_dates(Tokens.of(head))
    return dates[0].iso() if dates and dates[0].month and dates[0].year else None


def source_files(paths: Iterable[Path]) -> Iterator[tuple[Path, bool]]:
    """The text files named by `paths`, each with whether it was named itself: files as given,
    folders' .txt and .md files in name order."""
    for path in paths:
        name = file_name(path)
        try:
            status = path.stat()
        except FileNotFoundError:
            gone = "broken link" if os.path.lexists(path) else "no such file or folder"
            raise InputError(gone, name) from None
        except (OSError, ValueError) as exc:
            raise InputError(
                f"cannot read: {getattr(exc, 'strerror', None) or exc}", name
            ) from None
        if not S_ISDIR(status.st_mode):
            yield path, True
            continue
        found = _folder_texts(path, name)
        if not found:
            raise InputError("no .txt or .md files in this folder", name)
        for entry in found:
            yield entry, False


def _folder_texts(folder: Path, name: str) -> list[Path]:
    """A folder's .txt and .md entries but its subfolders, in name order; a link that leads
    nowhere or a FIFO is kept, for read_source to name."""
    try:
        with os.scandir(folder) as entries:
            found = [Path(entry.path) for entry in entries if _is_text_entry(entry)]
    except OSError as exc:
        raise InputError(f"cannot read folder: {exc.strerror or exc}", name) from None
    return sorted(found)


def _is_text_entry(entry: os.DirEntry[str]) -> bool:
    if os.path.splitext(entry.name)[1].lower() not in SOURCE_SUFFIXES:
        return False
    try:
        return not entry.is_dir()
    except OSError:  # a folder that cannot be searched: read_source names the entry
        return True


def load_sources(
    paths: Iterable[Path], datelines: bool = True, warn: Callable[[str], None] | None = None
) -> list[Source]:
    """Every source under `paths`. Two files with the same id are an error. A binary file in a
    folder is skipped, and `warn` (by default `warnings.warn`) told so once the rest is read; a
    binary file named itself is an error. Reading datelines costs a little start-up time; a
    caller that never shows them may skip it."""
    sources: list[Source] = []
    skipped: list[BinaryFile] = []
    seen: dict[str, str] = {}
    for path, named in source_files(paths):
        try:
            source = read_source(path, dateline=datelines)
        except BinaryFile as error:
            if named:
                raise
            skipped.append(error)
            continue
        if source.id in seen:
            raise InputError(
                f"source id {source.id!r} is also used by {seen[source.id]}", source.path
            )
        seen[source.id] = source.path
        sources.append(source)
    if skipped and not sources:
        raise skipped[0]
    for error in skipped:
        (warn or _warn)(f"{error}; skipped")
    return sources


def _warn(message: str) -> None:
    import warnings

    warnings.warn(message, stacklevel=3)


def find_source(sources: Sequence[Source], key: str) -> Source:
    """The source with id `key`, or the one source whose id starts with it ("004")."""
    exact = [source for source in sources if source.id == key]
    matches = exact or [source for source in sources if key and source.id.startswith(key)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        names = ", ".join(source.id for source in matches)
        raise InputError(f"source id {key!r} is ambiguous: {names}")
    raise InputError(f"unknown source id {key!r} (see 'alliance sources')")
