"""Loading sources: read and decode files, split them into sentences with offsets, find the
title and date. Sentence spans always point into the text as decoded."""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple, TypeVar

from .dates import read_dates
from .errors import InputError
from .model import Source, SourceInfo
from .resources import regular_file
from .sentences import Sentences
from .text import Tokens

SOURCE_SUFFIXES = (".txt", ".md")
MAX_SOURCE_BYTES = 20 * 1024 * 1024  # one source may be at most this big
DATELINE_REACH = 160  # how far into a text its dateline may stand, in characters
_YEAR = re.compile(r"\b(?:1[0-9]|20)[0-9]{2}\b")


def _decode(raw: bytes, path: str) -> tuple[str, tuple[str, ...]]:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), ()
        except UnicodeDecodeError:
            raise InputError("not valid UTF-16", path) from None
    if b"\x00" in raw[:8192]:
        raise InputError("looks like a binary file, not text", path)
    try:
        return raw.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        warning = f"{path}:{line}: not valid UTF-8; undecodable bytes shown as \ufffd"
        return raw.decode("utf-8-sig", errors="replace"), (warning,)


def read_source(path: Path, source_id: str | None = None, dateline: bool = True) -> Source:
    """Load one text file as a `Source`; its dateline is read unless `dateline` is False."""
    name = str(path)
    try:
        stat = regular_file(path)
        if stat.st_size > MAX_SOURCE_BYTES:
            size, limit = stat.st_size / 2**20, MAX_SOURCE_BYTES // 2**20
            raise InputError(f"is {size:.0f} MiB; a source may be at most {limit} MiB", name)
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
    text, warnings = _decode(raw, name)
    return source_from_text(text, source_id or path.stem, name, warnings, dateline)


def source_from_text(
    text: str,
    source_id: str,
    path: str = "",
    warnings: tuple[str, ...] = (),
    dateline: bool = True,
) -> Source:
    """A `Source` from text already in memory: line ends made plain, split into sentences."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    date = _dateline(text) if dateline else None
    return Source(source_id, path, text, Sentences(text), _title(text), date, warnings)


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


def _dateline(text: str) -> str | None:
    """The first full date in the opening lines (a dateline), as ISO text."""
    head = text[:DATELINE_REACH]
    if not _YEAR.search(head):
        return None
    dates = read_dates(Tokens.of(head))
    return dates[0].iso() if dates and dates[0].month and dates[0].year else None


class SourceFile(NamedTuple):
    """A text file to read as a source, and the id it will have: its name without the
    extension. Known before the file is read, so a command can read one source at a time."""

    id: str
    path: Path


def source_files(paths: Iterable[Path]) -> list[SourceFile]:
    """The text files named by `paths`: files as given, folders' .txt and .md files in name
    order. Two files with the same id are an error, found before any file is read."""
    files: list[SourceFile] = []
    seen: dict[str, Path] = {}
    for path in _text_files(paths):
        if path.stem in seen:
            raise InputError(
                f"source id {path.stem!r} is also used by {seen[path.stem]}", str(path)
            )
        seen[path.stem] = path
        files.append(SourceFile(path.stem, path))
    return files


def _text_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            found = sorted(
                entry
                for entry in path.iterdir()
                if entry.suffix.lower() in SOURCE_SUFFIXES and not entry.is_dir()
            )  # a link that leads nowhere or a FIFO is named by read_source, not skipped
            if not found:
                raise InputError("no .txt or .md files in this folder", str(path))
            yield from found
        elif path.exists():
            yield path
        elif os.path.lexists(path):
            raise InputError("broken link", str(path))
        else:
            raise InputError("no such file or folder", str(path))


def read_sources(files: Iterable[SourceFile], datelines: bool = True) -> Iterator[Source]:
    """Each file read as a source when it is asked for: a caller that lets each go before
    asking for the next holds one source at a time."""
    for file in files:
        yield read_source(file.path, file.id, datelines)


class EachSource:
    """The sources under `paths`, read one at a time, each as it is asked for: iterating
    reads each file in turn and keeps only its outline (`infos`, what the views print) and
    its warnings, so a caller that lets each source go holds one at a time."""

    def __init__(self, paths: Iterable[Path], datelines: bool = True) -> None:
        self.files = source_files(paths)
        self.datelines = datelines
        self.infos: list[SourceInfo] = []
        self.warnings: list[str] = []

    def __iter__(self) -> Iterator[Source]:
        for source in read_sources(self.files, self.datelines):
            self.infos.append(source.info)
            self.warnings.extend(source.warnings)
            yield source
            del source  # let it go before the next is read


def load_sources(paths: Iterable[Path], datelines: bool = True) -> list[Source]:
    """Every source under `paths`, all held at once. Reading datelines costs a little start-up
    time; a caller that never shows them may skip it."""
    return list(read_sources(source_files(paths), datelines))


Named = TypeVar("Named", Source, SourceFile)


def find_source(sources: Sequence[Named], key: str) -> Named:
    """The source with id `key`, or the one source whose id starts with it ("004")."""
    exact = [source for source in sources if source.id == key]
    matches = exact or [source for source in sources if key and source.id.startswith(key)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        names = ", ".join(source.id for source in matches)
        raise InputError(f"source id {key!r} is ambiguous: {names}")
    raise InputError(f"unknown source id {key!r} (see 'alliance sources')")
