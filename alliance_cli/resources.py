"""Where the bundled seeds and data files live: inside the wheel, or beside the package in a checkout."""

from __future__ import annotations

import os
from pathlib import Path

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
