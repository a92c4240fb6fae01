"""Loading sources: read and decode files, split them into sentences with offsets, find the
title and date. Sentence spans always point into the text as decoded."""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from stat import S_ISDIR
from typing import NamedTuple, TypeVar

from .errors import InputError
from .model import Source, SourceInfo
from .opening import article_date, read_opening
from .resources import file_name, regular_file
from .sentences import Sentences

SOURCE_SUFFIXES = (".txt", ".md")
MAX_SOURCE_BYTES = 20 * 1024 * 1024  # one source may be at most this big


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
    markdown = path.suffix.lower() == ".md"
    source_id = source_id or file_name(path.stem)
    return source_from_text(text, source_id, name, warnings, dateline, markdown)


def source_from_text(
    text: str,
    source_id: str,
    path: str = "",
    warnings: tuple[str, ...] = (),
    dateline: bool = True,
    markdown: bool = False,
) -> Source:
    """A `Source` from text already in memory: line ends made plain, its opening read (see
    `opening`: metadata, title, date; a Markdown text read with its markup blanked), split
    into sentences. Its dateline is read unless `dateline` is False (a date its metadata
    states is always read)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    opening = read_opening(text, markdown)
    date = article_date(opening.stated, opening.read) if dateline else opening.stated
    sentences = Sentences(opening.read)
    return Source(source_id, path, text, sentences, opening.title, date, warnings, opening.heading)


class SourceFile(NamedTuple):
    """A text file to read as a source, the id it will have (its name without the extension),
    and whether it was named itself (not found in a folder). Known before the file is read,
    so a command can read one source at a time."""

    id: str
    path: Path
    named: bool = True


def source_files(paths: Iterable[Path]) -> list[SourceFile]:
    """The text files named by `paths`: files as given, folders' .txt and .md files in name
    order, each file once however often it is named (paths compared resolved: `--sources D
    --sources D/a.txt`). Two files with the same id are an error, found before any file is
    read."""
    files: list[SourceFile] = []
    seen: dict[str, str] = {}
    read: set[Path] = set()
    for path, named, same in _text_files(paths):
        if same in read:
            continue
        read.add(same)
        source_id, shown = file_name(path.stem), file_name(path)
        if source_id in seen:
            raise InputError(f"source id {source_id!r} is also used by {seen[source_id]}", shown)
        seen[source_id] = shown
        files.append(SourceFile(source_id, path, named))
    return files


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):  # a link loop: then the path as given
        return path


def _text_files(paths: Iterable[Path]) -> Iterator[tuple[Path, bool, Path]]:
    """Each text file named or found, whether named itself, and its resolved path."""
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
            yield path, True, _resolved(path)
            continue
        found = _folder_texts(path, name)
        if not found:
            raise InputError("no .txt or .md files in this folder", name)
        for entry, same in found:
            yield entry, False, same


def _folder_texts(folder: Path, name: str) -> list[tuple[Path, Path]]:
    """A folder's .txt and .md entries but its subfolders, in name order, each with its
    resolved path (the resolved folder's, but for a link); a link that leads nowhere or a
    FIFO is kept, for read_source to name."""
    base = _resolved(folder)
    try:
        with os.scandir(folder) as entries:
            found = sorted(
                ((entry.name, entry) for entry in entries if _is_text_entry(entry)),
                key=lambda pair: pair[0],  # names are unique: never compares entries
            )
    except OSError as exc:
        raise InputError(f"cannot read folder: {exc.strerror or exc}", name) from None
    return [(Path(entry.path), _entry_resolved(entry, base)) for _, entry in found]


def _entry_resolved(entry: os.DirEntry[str], base: Path) -> Path:
    try:
        link = entry.is_symlink()
    except OSError:
        link = True
    return _resolved(Path(entry.path)) if link else base / entry.name


def _is_text_entry(entry: os.DirEntry[str]) -> bool:
    if os.path.splitext(entry.name)[1].lower() not in SOURCE_SUFFIXES:
        return False
    try:
        return not entry.is_dir()
    except OSError:  # a folder that cannot be searched: read_source names the entry
        return True


def read_sources(
    files: Iterable[SourceFile], datelines: bool = True, skipped: list[InputError] | None = None
) -> Iterator[Source]:
    """Each file read as a source when it is asked for: a caller that lets each go before
    asking for the next holds one source at a time. A binary file found in a folder is
    skipped and said in `skipped`; a binary file named itself is an error."""
    for file in files:
        try:
            yield read_source(file.path, file.id, datelines)
        except BinaryFile as error:
            if file.named or skipped is None:
                raise
            skipped.append(error)


# read_sources, or a reader with its contract (an index's: `indexed.IndexedSources`)
Reader = Callable[[list[SourceFile], bool, list[InputError] | None], Iterable[Source]]


class EachSource:
    """The sources under `paths`, read one at a time, each as it is asked for: iterating
    reads each file in turn and keeps only its outline (`infos`, what the views print) and
    its warnings, so a caller that lets each source go holds one at a time."""

    def __init__(
        self, paths: Iterable[Path], datelines: bool = True, read: Reader | None = None
    ) -> None:
        self.files = source_files(paths)
        self.datelines = datelines
        self.read = read or read_sources
        self.infos: list[SourceInfo] = []
        self.warnings: list[str] = []

    def __iter__(self) -> Iterator[Source]:
        skipped: list[InputError] = []
        for source in self.read(self.files, self.datelines, skipped):
            self.warnings.extend(f"{error}; skipped" for error in skipped)
            skipped.clear()
            self.infos.append(source.info)
            self.warnings.extend(source.warnings)
            yield source
            del source  # let it go before the next is read
        if skipped and not self.infos:
            raise skipped[0]  # a folder of nothing but binary files
        self.warnings.extend(f"{error}; skipped" for error in skipped)


def load_sources(
    paths: Iterable[Path],
    datelines: bool = True,
    warn: Callable[[str], None] | None = None,
    read: Reader | None = None,
) -> list[Source]:
    """Every source under `paths`, all held at once. A binary file in a folder is skipped, and
    `warn` (by default `warnings.warn`) told so once the rest is read; a folder of nothing
    else is an error. Reading datelines costs a little start-up time; a caller that never
    shows them may skip it."""
    skipped: list[InputError] = []
    sources = list((read or read_sources)(source_files(paths), datelines, skipped))
    if skipped and not sources:
        raise skipped[0]
    for error in skipped:
        (warn or _warn)(f"{error}; skipped")
    return sources


def _warn(message: str) -> None:
    import warnings

    warnings.warn(message, stacklevel=3)


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
