"""The options of the index and of Dask that commands which read sources share: `--index`,
`--no-index`, `--scheduler`, and what they choose. Light: nothing of SQLite or Dask is
imported until a command uses them."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

IndexFile = Annotated[
    Path | None,
    typer.Option(
        "--index",
        help="The index of the sources to use (see 'alliance index'). Also from "
        "ALLIANCE_INDEX. \\[default: the index of these sources in the cache folder, if any]",
        show_default=False,
        metavar="PATH",
    ),
]
Scheduler = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="Read and judge the sources on this Dask cluster (tcp://HOST:PORT, one you "
        "trust; needs the dask extra of alliance-cli): the same output as one process. "
        "Also from ALLIANCE_SCHEDULER.",
        show_default=False,
        metavar="ADDRESS",
    ),
]
NoIndex = Annotated[
    bool, typer.Option("--no-index", help="Read every source, even when an index of them exists.")
]


def indexing(path: Path | None, off: bool):
    """How a command reads its sources (`indexing.Indexing`)."""
    from .indexing import chosen

    return chosen(path, off)


def workers(scheduler: str | None, processes: int = 1):
    """The workers to judge on (`shards.connected`): the Dask cluster `--scheduler` or
    ALLIANCE_SCHEDULER names, else none."""
    scheduler = scheduler or os.environ.get("ALLIANCE_SCHEDULER") or None
    if scheduler is None and processes <= 1:  # nothing to start: shards not even imported
        from contextlib import nullcontext

        return nullcontext()
    from .shards import connected

    return connected(scheduler, processes)
