"""A progress bar on stderr for long runs. It appears only on a terminal and only once a run has
taken over a second, so short runs, pipes and tests never see it, and rich is imported only
then."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")


def track(
    items: Iterable[T],
    total: int,
    description: str,
    stream: TextIO,
    delay: float = 1.0,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[T]:
    """Yield `items`, drawing a transient bar on `stream` from `delay` seconds after the start.
    Nothing else may write to the same terminal while the bar shows."""
    if not stream.isatty():
        yield from items
        return
    start, bar = clock(), None
    try:
        for done, item in enumerate(items, 1):
            if bar is None and clock() - start > delay:
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

                from .terminal import console

                bar = Progress(
                    TextColumn("{task.description}", markup=False),
                    BarColumn(),
                    MofNCompleteColumn(),
                    console=console(stream),
                    transient=True,
                    redirect_stdout=False,
                    redirect_stderr=False,
                )
                bar.add_task(description, total=total)
                bar.start()
            if bar is not None:
                bar.update(bar.task_ids[0], completed=done)
            yield item
            del item  # held no longer than the caller holds it
    finally:
        if bar is not None:
            bar.stop()
