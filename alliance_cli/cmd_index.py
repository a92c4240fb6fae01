"""The command that builds an index of the sources: `index`."""

# No `from __future__ import annotations` here: Typer reads these annotations at start-up.

import os
import sys
import time
from typing import Annotated

import typer

from . import options, scaling
from .app import app, examples
from .errors import InputError
from .options import Sources, fail
from .report import visible
from .resources import file_name
from .scaling import IndexFile, Scheduler

SMALL = 32  # fewer files than this are read in this process


@app.command(
    name="index",
    epilog=examples(
        "alliance index --sources ~/articles",
        "alliance index --sources ~/articles --index articles.sqlite --jobs 2",
        "alliance check --all --sources ~/articles   # reads the index",
    ),
)
def index_sources(
    sources: Sources = None,
    index: IndexFile = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, help="Processes to read with (0: one per core).", metavar="N"
        ),
    ] = 0,
    scheduler: Scheduler = None,
) -> None:
    """Read and index every source once (sentences, normal forms, a full-text index of their words), so that later commands read only the sources that hold a word of a claim."""
    import sqlite3

    from .corpus import source_files
    from .index import open_index
    from .indexing import index_path, resolved
    from .report.progress import track

    located = options.source_paths(sources)
    chosen = scaling.indexing(index, False)
    path = index_path(chosen, located.paths)
    started = time.monotonic()
    try:
        if path is None:
            raise InputError(
                "no cache folder for the index (ALLIANCE_CACHE_DIR is empty): give --index PATH"
            )
        files = source_files(located.paths)
        opened = open_index(path, resolved(located.paths))
        processes = (jobs or os.cpu_count() or 1) if len(files) >= SMALL else 1
        try:
            with scaling.workers(scheduler, processes) as workers:
                done = opened.refresh(
                    files,
                    workers,
                    lambda rows, total: track(rows, total, "Indexing sources", sys.stderr),
                )
        finally:
            opened.close()
    except sqlite3.Error as error:  # a full disk, a read-only file
        raise fail(InputError(f"cannot write the index: {error}", file_name(path))) from None
    except InputError as error:
        raise fail(
            error, located, options.Located([path or chosen.path], chosen.variable)
        ) from None
    seconds = time.monotonic() - started
    typer.echo(
        f"Indexed {len(files):,} sources in {seconds:.1f} s: {done.added:,} added, "
        f"{done.changed:,} changed, {done.removed:,} removed, {done.unchanged:,} unchanged; "
        + visible(file_name(path))
    )
