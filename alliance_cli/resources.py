"""Files and environment at the edge: where the bundled seeds and data files live (inside the
wheel, or beside the package in a checkout), the cache folder, the terminal's size, file names
as text, checked reads, the one way the tool writes a file, and the standard descriptors."""

from __future__ import annotations

import contextlib
import os
import re
import sys
from pathlib import Path
from stat import S_ISDIR, S_ISLNK, S_ISREG

from .errors import InputError
from .report import visible

_PACKAGE = Path(os.path.abspath(__file__)).parent  # not resolved: it may be reached by a link


def bundled(name: str) -> Path:
    """The bundled folder `name` ("seeds" or "data")."""
    installed = _PACKAGE / "_bundled" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def data_file(name: str) -> Path:
    return bundled("data") / name


_SURROGATE = re.compile("[\ud800-\udfff]")


def file_name(path: str | os.PathLike[str]) -> str:
    """A file name as text that any output can hold, on one line: a byte that is not UTF-8
    (which Python keeps as a lone surrogate, U+DC80 to U+DCFF) is written as an escape,
    `caf\\xff.txt`; any other lone surrogate, and every control or format character (a line
    feed and a tab too: a name is never layout), as `visible` escapes it (`a\\nb.txt`). A
    source id is made of it, so no id fakes a row or a line in any output."""
    return visible(_SURROGATE.sub(_escape, os.fspath(path)), layout=False)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def cache_dir() -> Path | None:
    """Where parsed data files are cached: $ALLIANCE_CACHE_DIR, else the user cache folder.
    ALLIANCE_CACHE_DIR set to an empty value turns the cache off. A folder another user owns,
    or that others may write to, is not used: a cache is trusted by its owner only."""
    configured = os.environ.get("ALLIANCE_CACHE_DIR")
    if configured is not None:
        folder = Path(configured) if configured else None
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = Path(base) / "alliance"
    if folder is None:
        return None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = folder.stat()
    except OSError:
        return None
    private = status.st_uid == os.geteuid() and not status.st_mode & 0o022
    return folder if S_ISDIR(status.st_mode) and private else None


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


def regular_file(path: Path) -> os.stat_result:
    """`path`'s status, refusing a folder, FIFO or device where a file is wanted (reading a FIFO
    could block forever). An OSError from stat is left to the caller to word."""
    status = path.stat()
    if not S_ISREG(status.st_mode):
        kind = "is a folder, not a file" if S_ISDIR(status.st_mode) else "not a regular file"
        raise InputError(kind, file_name(path))
    return status


def write_file(target: Path, text: str) -> int | None:
    """Write `text` to `target` by the one rule for files the tool writes, and return the
    standard descriptor it went through (1 or 2), or None for a file.

    `-`, or a path that is this process's standard output or error however it is spelled
    (`/dev/stdout`, `/proc/self/fd/1`, the log that `>>` appends to: the same device and
    inode), is written through that descriptor, never reopened or truncated. Anything else is
    written to a new file in the same folder, with the mode a new file gets (0666 less the
    umask), and renamed over `target` at the end, so a failure never leaves half a file. The
    rename replaces only a regular file the user may write to (as the shell's `>` would):
    a symbolic link (whose target a rename would never reach), a dangling one, a device, a
    FIFO or a write-protected file is refused."""
    name = file_name(target)
    descriptor = 1 if str(target) == "-" else _standard_stream(target)
    try:
        if descriptor is not None:
            _write_through(descriptor, text)
            return descriptor
        _check_replaceable(target, name)
        _replace(target, text)
    except OSError as error:
        raise InputError(error.strerror or "cannot write", name) from None
    return None


def _standard_stream(target: Path) -> int | None:
    """1 or 2 when `target` is the file behind this process's standard output or error."""
    try:
        status = os.stat(target)
    except (OSError, ValueError):
        return None
    for descriptor in (1, 2):
        with contextlib.suppress(OSError):
            stream = os.fstat(descriptor)
            if (stream.st_dev, stream.st_ino) == (status.st_dev, status.st_ino):
                return descriptor
    return None


def _write_through(descriptor: int, text: str) -> None:
    stream = sys.stdout if descriptor == 1 else sys.stderr
    stream.flush()
    stream.buffer.write(text.encode("utf-8", "backslashreplace"))
    stream.buffer.flush()


def _check_replaceable(target: Path, name: str) -> None:
    try:
        status = os.lstat(target)
    except FileNotFoundError:
        return
    if S_ISLNK(status.st_mode):
        raise InputError("is a symbolic link: not written through it (name its target)", name)
    if not S_ISREG(status.st_mode):
        raise InputError("not a regular file", name)
    effective = os.access in os.supports_effective_ids
    if not os.access(target, os.W_OK, effective_ids=effective):
        raise InputError("Permission denied", name)


def _replace(target: Path, text: str) -> None:
    """A new file beside `target`, renamed over it; the temporary file never outlives a failure
    (Ctrl-C too)."""
    import tempfile

    umask = os.umask(0)
    os.umask(umask)
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
        os.fchmod(handle, 0o666 & ~umask)
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace") as out:
            out.write(text)
        os.replace(temporary, target)
    except BaseException:
        if temporary:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        raise


def open_standard_streams() -> None:
    """Bind a closed standard descriptor (`2>&-`) to /dev/null, so that no file the tool opens
    takes its number and what is written there is lost, never a crash."""
    for descriptor, name in enumerate(("stdin", "stdout", "stderr")):
        try:
            os.fstat(descriptor)
        except OSError:
            opened = os.open(os.devnull, os.O_RDONLY if descriptor == 0 else os.O_WRONLY)
            if opened != descriptor:
                os.dup2(opened, descriptor)
                os.close(opened)
        if getattr(sys, name) is None:  # Python found it closed at start-up
            stream = os.fdopen(descriptor, "r" if descriptor == 0 else "w", closefd=False)
            setattr(sys, name, stream)


def discard(descriptor: int) -> None:
    """Send what is still to be written on `descriptor` to /dev/null, so that the final flush
    at exit cannot fail again."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), descriptor)
