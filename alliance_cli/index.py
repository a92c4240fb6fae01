"""The index: one SQLite file per set of sources holding each source as the scanner reads it and
a full-text index (FTS5) of the words of its normal forms. It is a cache: a file that is not
an SQLite database, is shorter than its header says (half-written), or was made by another
version of the program or for other sources is emptied and rebuilt, never trusted; a FIFO or
anything else that is not a regular file at its path is refused. Writers take SQLite's lock
(write-ahead log), so two processes building at once do not corrupt it."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from stat import S_ISLNK, S_ISREG
from typing import TYPE_CHECKING, NamedTuple

from .corpus import SourceFile
from .errors import InputError
from .index_build import FORMAT, Failure, Job, Row, analysed, code_version, signature
from .resources import cache_dir, file_name

if TYPE_CHECKING:
    from .shards import Workers

RACY_NS = 2_000_000_000  # a file changed this close to when it was indexed is hashed again
BATCH = 64  # rows written in one transaction
WAIT_MS = 600_000  # how long a writer waits for another's lock: a hang guard, not a timeout
LOCKED_PAUSE = 0.05  # seconds between tries when SQLite reports a lock without waiting

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (
  n INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, name TEXT NOT NULL,
  size INTEGER, mtime INTEGER, ctime INTEGER, inode INTEGER, checked INTEGER,
  hash TEXT NOT NULL, outline TEXT NOT NULL, text TEXT NOT NULL, read TEXT NOT NULL,
  starts BLOB NOT NULL, ends BLOB NOT NULL, code TEXT NOT NULL, norms TEXT NOT NULL, scan TEXT NOT NULL);
CREATE VIRTUAL TABLE words USING fts5(terms, detail=none)
"""


class Summary(NamedTuple):
    """What a refresh did."""

    added: int
    changed: int
    removed: int
    unchanged: int


def usable(path: Path) -> bool:
    """Whether an index file stands at `path`; anything else there than a regular file (a
    FIFO, a folder, a link) is refused, never opened."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError as error:
        raise InputError(f"cannot use the index: {error.strerror}", file_name(path)) from None
    if S_ISLNK(status.st_mode):
        raise InputError("the index is a symbolic link: not followed", file_name(path))
    if not S_ISREG(status.st_mode):
        raise InputError(
            "the index is not a regular file; remove it or give --index", file_name(path)
        )
    return True


def _whole(path: Path) -> bool:
    """Whether the file is an SQLite database as long as its header says (not half-written)."""
    try:
        with open(path, "rb") as stream:
            header = stream.read(100)
            size = os.fstat(stream.fileno()).st_size
    except OSError:
        return False
    if size == 0:
        return True  # a new file: SQLite makes it a database
    if len(header) < 100 or not header.startswith(b"SQLite format 3\0"):
        return False
    page = int.from_bytes(header[16:18], "big")
    page = 65536 if page == 1 else page
    return size >= page * int.from_bytes(header[28:32], "big")


class Index:
    """An open index for one set of sources."""

    def __init__(self, path: Path, sources: list[str]) -> None:
        self.path, self.sources = path, sources
        if path.parent == (cache_dir() or Path()) / "index":
            path.parent.mkdir(mode=0o700, exist_ok=True)
        usable(path)
        if not _whole(path) and not _in_use(path):
            _remove(path)
        deadline = time.monotonic() + WAIT_MS / 1000
        while True:
            try:
                self.db = self._connect()
                return
            except sqlite3.OperationalError:  # locked: another builder's turn, never removed
                if time.monotonic() >= deadline:
                    raise
                time.sleep(LOCKED_PAUSE)
            except sqlite3.DatabaseError:  # not a database, or malformed
                _remove(path)
                self.db = self._connect()
                return

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=WAIT_MS / 1000, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("BEGIN IMMEDIATE")
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
            meta = dict(db.execute("SELECT key, value FROM meta")) if "meta" in tables else {}
            wanted = {
                "format": str(FORMAT),
                "code": code_version(),
                "sources": json.dumps(self.sources, ensure_ascii=False),
            }
            if meta != wanted:  # new, another version's, or another set's: made anew
                for table in ("words", "sources", "meta"):
                    db.execute(f"DROP TABLE IF EXISTS {table}")
                for statement in _SCHEMA.split(";"):
                    db.execute(statement)
                db.executemany("INSERT INTO meta VALUES (?, ?)", wanted.items())
            db.execute("COMMIT")
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        self.db.close()

    def refresh(
        self,
        files: list[SourceFile],
        workers: Workers | None = None,
        progress: Callable[[Iterator[Row | Failure], int], Iterator[Row | Failure]] | None = None,
    ) -> Summary:
        """Bring the index up to date with `files`: rows for files gone removed, files whose
        signature changed (or was taken too close to a change to tell) read again, and kept
        when their content hash is unchanged. An input error is raised as the scan raises it."""
        stored = {
            row[0]: row[1:]
            for row in self.db.execute(
                "SELECT id, name, size, mtime, ctime, inode, checked, hash FROM sources"
            )
        }
        wanted, jobs = {file.id for file in files}, []
        for file in files:
            held = stored.get(file.id)
            if held is None or not _fresh(file, held):
                jobs.append(Job(file.id, os.fspath(file.path), held[-1] if held else None))
        gone = [source_id for source_id in stored if source_id not in wanted]
        rows = analysed(jobs, workers)
        if progress is not None:
            rows = progress(rows, len(jobs))
        added = changed = 0
        batch: list[Row] = []
        for row in rows:
            if isinstance(row, Failure):
                self._write(batch)
                raise InputError(row.message, row.path)
            added += row.id not in stored
            changed += row.id in stored and not row.same
            batch.append(row)
            if len(batch) >= BATCH:
                self._write(batch)
                batch = []
        self._write(batch, gone)
        return Summary(added, changed, len(gone), len(files) - len(jobs))

    def _write(self, rows: list[Row], gone: Iterable[str] = ()) -> None:
        now = time.time_ns()
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            for source_id in [*gone, *(row.id for row in rows if not row.same)]:
                for (n,) in db.execute("SELECT n FROM sources WHERE id = ?", (source_id,)):
                    db.execute("DELETE FROM words WHERE rowid = ?", (n,))
                db.execute("DELETE FROM sources WHERE id = ?", (source_id,))
            for row in rows:
                if row.same:
                    db.execute(
                        "UPDATE sources SET name = ?, size = ?, mtime = ?, ctime = ?, inode = ?, "
                        "checked = ? WHERE id = ?",
                        (row.name, *row.signature, now, row.id),
                    )
                    continue
                cursor = db.execute(
                    "INSERT INTO sources (id, name, size, mtime, ctime, inode, checked, hash, "
                    "outline, text, read, starts, ends, code, norms, scan) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        row.id,
                        row.name,
                        *row.signature,
                        now,
                        row.hash,
                        row.outline,
                        row.text,
                        row.read,
                        row.starts,
                        row.ends,
                        row.code,
                        row.norms,
                        row.scan,
                    ),
                )
                db.execute(
                    "INSERT INTO words (rowid, terms) VALUES (?, ?)", (cursor.lastrowid, row.terms)
                )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def outlines(self) -> dict[str, tuple[int, str, str]]:
        """Each source's row number, name as indexed and outline (JSON), by id."""
        return {
            row[0]: row[1:] for row in self.db.execute("SELECT id, n, name, outline FROM sources")
        }

    def stored(self, n: int) -> tuple | None:
        """A source's text, text as read (empty: the same), offsets and normal forms, as
        stored."""
        return self.db.execute(
            "SELECT text, read, starts, ends, code, norms FROM sources WHERE n = ?", (n,)
        ).fetchone()

    def scan(self, n: int) -> str | None:
        """What `conflicts` reads of a source (JSON), as stored."""
        found = self.db.execute("SELECT scan FROM sources WHERE n = ?", (n,)).fetchone()
        return found[0] if found and isinstance(found[0], str) else None

    def forget(self, n: int) -> None:
        """Mark a row to be read again at the next refresh (it failed validation)."""
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("UPDATE sources SET size = -1 WHERE n = ?", (n,))

    def matching(self, query: str) -> frozenset[int]:
        """The rows whose words the full-text query matches."""
        return frozenset(
            n for (n,) in self.db.execute("SELECT rowid FROM words WHERE words MATCH ?", (query,))
        )


def open_index(path: Path, sources: list[str]) -> Index:
    """The index at `path` for the sources at these resolved paths, made or emptied as
    needed; an error in one line when it cannot be."""
    try:
        return Index(path, sources)
    except (sqlite3.Error, OSError) as error:
        reason = getattr(error, "strerror", None) or error
        raise InputError(f"cannot use the index: {reason}", file_name(path)) from None


def _fresh(file: SourceFile, held: tuple) -> bool:
    """Whether a stored row still stands for `file`: the same name and signature, taken long
    enough after the file's last change (git's "racily clean" rule)."""
    name, size, mtime, ctime, inode, checked, _ = held
    try:
        status = file.path.stat()
    except OSError:
        return False
    return (
        name == file_name(file.path)
        and signature(status) == (size, mtime, ctime, inode)
        and S_ISREG(status.st_mode)
        and max(mtime, ctime) < checked - RACY_NS
    )


def _in_use(path: Path) -> bool:
    """Whether an index may be open in another process, its log beside it: while that one
    copies the log into the file, the file may be shorter than its header says for a moment.
    SQLite itself recovers an index left with a log by a process that died."""
    return os.path.lexists(f"{path}-wal")


def _remove(path: Path) -> None:
    """Remove an index file that cannot be trusted, with its log."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")
