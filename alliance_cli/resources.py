"""Files and environment at the edge: where the bundled seeds and data files live (inside the
wheel, or beside the package in a checkout), the cache folder, the terminal's size, and checked
reads and atomic writes."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from stat import S_ISDIR, S_ISREG

from .errors import InputError

_PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """The bundled folder `name` ("seeds" or "data")."""
    installed = _PACKAGE / "_bundled" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def data_file(name: str) -> Path:
    return bundled("data") / name


def cache_dir() -> Path | None:
    """Where parsed data files are cached: $ALLIANCE_CACHE_DIR, else the user cache folder.
    ALLIANCE_CACHE_DIR set to an empty value turns the cache off."""
    configured = os.environ.get("ALLIANCE_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "alliance"


MAX_COLUMNS = 10_000  # no terminal is wider: a larger COLUMNS or LINES is a mistake


def terminal_size() -> tuple[int, int]:
    """The columns and lines to draw in: $COLUMNS and $LINES when each is a whole number from 1
    to MAX_COLUMNS; else, as when unset, the size of the terminal on standard input, output or
    error (as rich measures it), else 80 by 25. A zero, negative or absurd value is unset."""
    measured = None
    for descriptor in (0, 1, 2):
        with contextlib.suppress(OSError, ValueError):
            measured = os.get_terminal_size(descriptor)
            break
    columns, lines = measured or (0, 0)
    return _size("COLUMNS") or columns or 80, _size("LINES") or lines or 25


def _size(name: str) -> int | None:
    value = os.environ.get(name, "")
    if value.isascii() and value.isdigit() and len(value) <= 5 and 0 < int(value) <= MAX_COLUMNS:
        return int(value)
    return None


def write_atomically(target: Path, text: str, mode: int | None = None) -> None:
    """Write `text` to `target` through a temporary file in the same folder, renamed over it at
    the end: a failure (Ctrl-C too) never leaves a half-written file or the temporary one."""
    import tempfile

    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise


def regular_file(path: Path) -> os.stat_result:
    """`path`'s status, refusing a folder, FIFO or device where a file is wanted (reading a FIFO
    could block forever). An OSError from stat is left to the caller to word."""
    status = path.stat()
    if not S_ISREG(status.st_mode):
        kind = "is a folder, not a file" if S_ISDIR(status.st_mode) else "not a regular file"
        raise InputError(kind, str(path))
    return status
