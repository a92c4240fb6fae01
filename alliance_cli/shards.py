"""Work in shards on other processes: the sources split into shards, each analysed (`index`)
or judged on every claim (the other commands) by a worker, and the results merged in source
order, so the output is what one process prints. The workers are a Dask cluster's
(`--scheduler`) or this machine's cores. A shard carries the texts of its sources; a source
that the index shows holds no word of any claim is judged here, without being read."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import PurePath
from typing import Any, NamedTuple, Protocol

from .engine.judge import judge_parts, read_parts
from .engine.lexicon import default_lexicon
from .errors import InputError
from .model import Claim, ClaimCheck, Source, Verdict

SHARD = 64  # sources in a shard, at most
INSTALL = "pip install 'alliance-cli[dask]'"


class Pool(Protocol):
    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Any: ...


class Workers(NamedTuple):
    """Where shards run, and how many workers share them."""

    pool: Pool
    count: int


@contextmanager
def connected(scheduler: str | None, processes: int = 1) -> Iterator[Workers | None]:
    """The Dask cluster at `scheduler`; else, for more than one process, a pool of this
    machine's; else None (everything in this process)."""
    if scheduler:
        with _cluster(scheduler) as workers:
            yield workers
        return
    if processes <= 1:
        yield None
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(processes, mp_context=context) as pool:
        yield Workers(pool, processes)


@contextmanager
def _cluster(address: str) -> Iterator[Workers]:
    try:
        from distributed import Client
    except ImportError:
        raise InputError(f"--scheduler needs Dask: {INSTALL}") from None
    try:
        client = Client(address, timeout="20s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise InputError(f"cannot reach the Dask scheduler {address}: {error}") from None
    try:
        count = len(client.scheduler_info(n_workers=-1).get("workers", {})) or 1
        yield Workers(_Submitting(client), count)
    finally:
        client.close()


class _Submitting:
    """A Dask client as a pool: each call its own task (not cached by its arguments)."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)


def ordered(workers: Workers, fn: Callable[..., list], shards: Iterable[tuple]) -> Iterator:
    """Each result of `fn(*shard)` (a list), item by item, in shard order: at most two shards
    per worker in flight, so memory holds a few shards, not the corpus."""
    window: deque = deque()
    for shard in shards:
        window.append(workers.pool.submit(fn, *shard))
        if len(window) > 2 * workers.count:
            yield from _result(window.popleft())
    while window:
        yield from _result(window.popleft())


def _result(future: Any) -> list:
    version, items = future.result()
    from .index_build import code_version

    if version != code_version():
        raise InputError("a worker runs another version of alliance: install this one there")
    return items


def batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def shard_size(total: int, workers: Workers) -> int:
    """Shards small enough that every worker gets some, at most SHARD sources."""
    return max(1, min(SHARD, -(-total // (2 * workers.count))))


# On a worker


_PARTS: dict[tuple[str, ...], list] = {}


def judge_shard(claims: list[Claim], shard: list[tuple]) -> tuple[str, list[list[Verdict]]]:
    """Every claim's verdict on each source of a shard (`shipped`), with this program's
    version."""
    from .index_build import code_version

    key = tuple(claim.curated.text if claim.curated else claim.text for claim in claims)
    if key not in _PARTS:
        _PARTS.clear()
        _PARTS[key] = [read_parts(claim, default_lexicon()) for claim in claims]
    readings = _PARTS[key]
    verdicts = [
        [judge_parts(parts, source) for parts in readings] for source in map(rebuilt, shard)
    ]
    return code_version(), verdicts


def rebuilt(item: tuple) -> Source:
    """A source from what `shipped` sent of it, as the scanner builds it."""
    from .corpus import source_from_text

    source_id, path, text, warnings, date, markdown = item
    source = source_from_text(text, source_id, path, tuple(warnings), False, markdown)
    return replace(source, date=date)


# Here


def check_sharded(
    claims: Sequence[Claim], sources: Iterable[Source], workers: Workers
) -> list[ClaimCheck]:
    """What `api.check_each_source` gives, judged in shards on `workers`."""
    readings = [read_parts(claim, default_lexicon()) for claim in claims]
    patterns = [part.pattern for parts in readings for part in parts if part.pattern]
    rows: list[list[Verdict] | None] = []

    def unread() -> Iterator[Source]:
        for source in sources:
            if _unread(source, patterns):  # decided here: holds no word of any claim
                rows.append([judge_parts(parts, source) for parts in readings])
                continue
            rows.append(None)
            yield source

    shards = ((list(claims), shard) for shard in batches(shipped(unread()), SHARD))
    judged = iter(list(ordered(workers, judge_shard, shards)))
    merged = [row if row is not None else next(judged) for row in rows]
    return [ClaimCheck(claim, tuple(row[k] for row in merged)) for k, claim in enumerate(claims)]


def shipped(sources: Iterable[Source]) -> Iterator[tuple]:
    """What a shard carries of each source: its id, name, text, warnings, date and whether it
    is read as Markdown (`rebuilt` makes the source again on the worker)."""
    for source in sources:
        markdown = PurePath(source.path).suffix.lower() == ".md"
        yield (source.id, source.path, source.text, source.warnings, source.date, markdown)


def _unread(source: Source, patterns: list) -> bool:
    from .indexed import IndexedSource

    if not isinstance(source, IndexedSource):
        return False
    return not any(source.reader.may_match(pattern, source.n) for pattern in patterns)
