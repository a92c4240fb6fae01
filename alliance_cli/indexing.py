"""Whether a command reads its sources from an index or scans them: `--index PATH`, else
ALLIANCE_INDEX, else the index of exactly these sources in the user's cache folder, when one
exists; `--no-index` always scans. Light: SQLite is imported only when an index is used."""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from .corpus import Reader, SourceFile, read_sources
from .errors import InputError
from .model import Source
from .resources import cache_dir

HINT_FILES = 1000  # a scan of more files than this says what an index would save


class Indexing(NamedTuple):
    """How a command reads its sources: the index file it was given (None: the default one),
    the environment variable that named it, and whether to scan regardless."""

    path: Path | None = None
    variable: str | None = None
    off: bool = False


def chosen(path: Path | None, off: bool) -> Indexing:
    """`--index`, else ALLIANCE_INDEX, else the default; `--no-index` wins."""
    if path is not None or off:
        return Indexing(path, None, off)
    named = os.environ.get("ALLIANCE_INDEX", "")
    return Indexing(Path(named), "ALLIANCE_INDEX") if named else Indexing()


def resolved(paths: Iterable[Path]) -> list[str]:
    """The set of sources an index belongs to: their resolved paths, sorted."""
    return sorted({os.path.realpath(path) for path in paths})


def index_path(indexing: Indexing, paths: Iterable[Path]) -> Path | None:
    """The index file for these sources: the one given, else one named after their resolved
    paths in the cache folder's `index` (None when the cache is off)."""
    if indexing.path is not None:
        return indexing.path
    folder = cache_dir()
    if folder is None:
        return None
    key = "\0".join(resolved(paths)).encode("utf-8", "surrogateescape")
    name = f"{zlib.crc32(key):08x}{zlib.crc32(key, 0x5BD1E995):08x}.sqlite"
    return folder / "index" / name


def reader(
    indexing: Indexing,
    paths: list[Path],
    say: Callable[[str], None],
    workers=None,
) -> Reader:
    """How to read the sources under `paths`: from their index when one exists (brought up to
    date first), else by scanning every file."""
    path = None if indexing.off else index_path(indexing, paths)
    if path is None or not os.path.lexists(path):
        return _scanning(say)
    from .index import open_index
    from .indexed import IndexedSources

    index = open_index(path, resolved(paths))
    return IndexedSources(index, workers, say)


def _scanning(say: Callable[[str], None]) -> Reader:
    def scan(
        files: list[SourceFile], datelines: bool = True, skipped: list[InputError] | None = None
    ) -> Iterator[Source]:
        if len(files) > HINT_FILES:
            size = sum(_size(file.path) for file in files) / 1e6
            say(
                f"{len(files):,} files ({size:,.0f} MB) read and split on every run; "
                "'alliance index' reads them once, and later runs read only the sources "
                "that hold a word of the claim"
            )
        return read_sources(files, datelines, skipped)

    return scan


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
