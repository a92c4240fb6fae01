"""What `conflicts` reads of each source (`conflicts.scan_source`), as the index stores it:
plain JSON, validated when read back (a row that is not exactly what the index writes is
scanned again from the source), and made for many sources at once on workers."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import astuple, fields

from .conflicts import Figure, Scan, scan_source
from .engine.lexicon import Lexicon, default_lexicon
from .model import Quantity, Sentence, Source

_NUMBER = (int, float)
_TEXT = (str, type(None))
_KINDS = {
    "kind": str, "unit": _TEXT, "low": _NUMBER, "high": _NUMBER, "low_open": bool,
    "high_open": bool, "cue": str, "noun": _TEXT, "text": str, "span": list, "tokens": list,
    "mood": _TEXT, "value": _NUMBER,
}  # fmt: skip
_FIELDS = [field.name for field in fields(Quantity)]


def encode(scan: Scan) -> str:
    """A scan as JSON: each figure as its group, its quantity's fields and its sentence."""
    figures = [
        [group, list(astuple(figure.quantity)), list(figure.sentence)]
        for group, figure in scan.figures
    ]
    return json.dumps({"figures": figures, "names": scan.names}, ensure_ascii=False)


def decode(data: str, source_id: str) -> Scan | None:
    """A stored scan, or None for anything but what `encode` writes."""
    try:
        stored = json.loads(data)
        figures = tuple(_figure(item, source_id) for item in stored["figures"])
        names = tuple(_name(item) for item in stored["names"])
    except (ValueError, TypeError, KeyError, RecursionError):
        return None
    return Scan(figures, names)


def _figure(item: list, source_id: str) -> tuple[str, Figure]:
    group, values, sentence = item
    if not isinstance(group, str) or len(values) != len(_FIELDS) or _KINDS.keys() != set(_FIELDS):
        raise ValueError("not a figure")
    for name, value in zip(_FIELDS, values, strict=True):
        if not isinstance(value, _KINDS[name]) or (isinstance(value, float) and math.isnan(value)):
            raise ValueError(name)
    quantity = dict(zip(_FIELDS, values, strict=True))
    for name in ("span", "tokens"):
        pair = quantity[name]
        if len(pair) != 2 or not all(type(end) is int for end in pair):
            raise ValueError(name)
        quantity[name] = tuple(pair)
    index, start, end, text, norm = sentence
    if not all(type(n) is int for n in (index, start, end)) or not (
        isinstance(text, str) and isinstance(norm, str)
    ):
        raise ValueError("not a sentence")
    return group, Figure(source_id, Quantity(**quantity), Sentence(index, start, end, text, norm))


def _name(item: list) -> tuple[str, str]:
    key, wording = item
    if not (isinstance(key, str) and isinstance(wording, str)):
        raise ValueError("not a name")
    return key, wording


def scans(
    sources: Sequence[Source], workers=None, lexicon: Lexicon | None = None
) -> Iterator[Scan]:
    """Each source's scan, in order: the index's when it holds a valid one, else made here,
    or on `workers` in shards."""
    from .indexed import IndexedSource

    lexicon = lexicon or default_lexicon()
    stored = [source.scan if isinstance(source, IndexedSource) else None for source in sources]
    if workers is None:
        for source, scan in zip(sources, stored, strict=True):
            yield scan or scan_source(source, lexicon)
        return
    from .shards import SHARD, batches, ordered

    missing = [source for source, scan in zip(sources, stored, strict=True) if scan is None]
    shipped = ((source.id, source.path, source.text, source.warnings) for source in missing)
    made = ordered(workers, scan_shard, ((batch,) for batch in batches(shipped, SHARD)))
    for scan in stored:
        yield scan or next(made)


def scan_shard(shard: Iterable[tuple]) -> tuple[str, list[Scan]]:
    """On a worker: the scans of a shard's sources, rebuilt from their texts."""
    from .corpus import source_from_text
    from .index_build import code_version

    lexicon = default_lexicon()
    return code_version(), [
        scan_source(source_from_text(text, source_id, path, tuple(warnings), False), lexicon)
        for source_id, path, text, warnings in shard
    ]
