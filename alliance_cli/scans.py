"""What `conflicts` reads of each source (`conflicts.statements`: its figures and events), as
the index stores it: plain JSON (`plain`), validated when read back (a row that is not
exactly what the index writes is read again from the source), and made for many sources at
once on workers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from .conflicts import statements
from .engine.lexicon import Lexicon, default_lexicon
from .model import Source
from .plain import dumps, loads
from .statements import Stated


def encode(stated: Stated) -> str:
    """What a source states, as JSON."""
    return dumps(stated)


def decode(data: str, source_id: str) -> Stated | None:
    """What a source states, as stored; None for anything but what `encode` wrote for it."""
    try:
        stated = loads(Stated, data)
    except ValueError:
        return None
    said = [*stated.figures, *stated.events]
    return stated if all(item.source == source_id for item in said) else None


def scans(
    sources: Sequence[Source], workers=None, lexicon: Lexicon | None = None
) -> Iterator[Stated]:
    """What each source states, in order: the index's when it holds a valid record, else
    read here, or on `workers` in shards."""
    from .indexed import IndexedSource

    lexicon = lexicon or default_lexicon()
    stored = [source.stated if isinstance(source, IndexedSource) else None for source in sources]
    if workers is None:
        for source, stated in zip(sources, stored, strict=True):
            yield stated if stated is not None else statements(source, lexicon)
        return
    from .shards import SHARD, batches, ordered, shipped

    missing = (source for source, stated in zip(sources, stored, strict=True) if stated is None)
    made = ordered(workers, scan_shard, ((batch,) for batch in batches(shipped(missing), SHARD)))
    for stated in stored:
        yield stated if stated is not None else next(made)


def scan_shard(shard: Iterable[tuple]) -> tuple[str, list[Stated]]:
    """On a worker: what each source of a shard states, read from its text."""
    from .index_build import code_version
    from .shards import rebuilt

    lexicon = default_lexicon()
    return code_version(), [statements(rebuilt(item), lexicon) for item in shard]
