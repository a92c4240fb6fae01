"""The user's cache folder: JSON documents, each kept with the key it was made for (a data file's
whole text, or a digest of everything it was built from) and used only for that same key.

A cache file is never trusted: anything but a regular file of the user's own, no bigger than
its caller allows, holding well-formed JSON for the same key is ignored (and its caller builds
afresh). A FIFO is opened without waiting; a link is never followed; a file is written only by
`resources.write_file`, in place of whatever held the name (removed, never written through)."""

from __future__ import annotations

import contextlib
import json
import os
import re
from pathlib import Path
from stat import S_ISREG
from typing import Any

from .errors import InputError
from .resources import cache_dir, write_file


def cache_path(name: str) -> Path | None:
    """Where the document for `name` (a path, or any label) is kept; None when caching is off."""
    folder = cache_dir()
    if folder is None:
        return None
    return folder / (re.sub(r"[^\w.-]+", "_", name)[-120:] + ".json")


def read_document(cache: Path, key: str, limit: int) -> Any | None:
    """The data kept in `cache` for exactly `key`, or None."""
    try:
        handle = os.open(cache, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        status = os.fstat(handle)
        if not S_ISREG(status.st_mode) or status.st_uid != os.geteuid() or status.st_size > limit:
            return None
        with os.fdopen(handle, "rb", closefd=False) as stream:
            data = stream.read()
    except OSError:
        return None
    finally:
        os.close(handle)
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict) or document.get("key") != key:
        return None
    return document.get("data")


def write_document(cache: Path, key: str, data: Any) -> None:
    """Keep `data` for `key`. Data JSON would bring back as something else (a date, binary
    data: json.dumps refuses them), or a cache that cannot be written, is simply not kept."""
    with contextlib.suppress(InputError, TypeError, ValueError, OSError):
        document = json.dumps({"key": key, "data": data}, separators=(",", ":"))
        with contextlib.suppress(FileNotFoundError):
            os.unlink(cache)
        write_file(cache, document)
