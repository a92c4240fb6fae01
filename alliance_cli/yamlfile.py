"""Reading YAML data files safely, keeping the line of every value for error messages.

Values are built from PyYAML's composed node tree (safe loader only), each with its line; a
YAML alias (the usual way to build an "alias bomb") is refused instead of expanded. The parse
tree of a good file is cached as JSON, keyed by path, size and modification time, so a warm
run does not import PyYAML at all; validation still runs on every load. A file holding a value
JSON cannot keep as it is (a date, binary data) is not cached, so the cache never changes what
validation sees.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, NamedTuple

from .errors import InputError
from .resources import cache_dir, regular_file, write_atomically


class Located(NamedTuple):
    """A YAML value with the 1-based line it starts on."""

    value: Any
    line: int


_CACHE_FORMAT = 2  # 1 stored dates and binary data as text


def load(path: Path) -> Located:
    """Parse `path` into `Located` values (mappings map str keys to `Located`, lists hold `Located`)."""
    try:
        stat = regular_file(path)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", str(path)) from None
    if not os.access(path, os.R_OK):  # a cached parse must not hide an unreadable file
        raise InputError("cannot read file: Permission denied", str(path))
    cached = _cache_file(path, stat.st_mtime_ns, stat.st_size)
    if cached is not None:
        try:
            return _decode(json.loads(cached.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, KeyError, IndexError):
            pass
    located = _parse(path)
    if cached is not None:
        _store(cached, located)
    return located


def _cache_file(path: Path, mtime: int, size: int) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    name = re.sub(r"[^\w.-]+", "_", str(path.resolve()))[-120:]
    return folder / f"v{_CACHE_FORMAT}-{name}-{mtime}-{size}.json"


def _store(target: Path, located: Located) -> None:
    """Write the cache atomically. A tree with a value JSON would bring back as something else
    (a date, binary data: json.dumps refuses them), or a cache that cannot be written, is simply
    not kept."""
    try:
        text = json.dumps(_encode(located))
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, text)
    except (OSError, TypeError):
        pass


def _encode(located: Located) -> list[Any]:
    value = located.value
    if isinstance(value, dict):
        return ["m", located.line, [[key, _encode(item)] for key, item in value.items()]]
    if isinstance(value, list):
        return ["l", located.line, [_encode(item) for item in value]]
    return ["s", located.line, value]


def _decode(data: list[Any]) -> Located:
    kind, line, payload = data
    if kind == "m":
        return Located({key: _decode(item) for key, item in payload}, line)
    if kind == "l":
        return Located([_decode(item) for item in payload], line)
    return Located(payload, line)


def _parse(path: Path) -> Located:
    import yaml

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError("not valid UTF-8", str(path), line) from None
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise InputError("the file is empty", str(path), 1)
        return _build(node, str(path), loader, set())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise InputError(f"invalid YAML: {problem}", str(path), line) from None
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}", str(path)) from None
    finally:
        loader.dispose()


def _build(node: Any, path: str, loader: Any, seen: set[int]) -> Located:
    import yaml

    line = node.start_mark.line + 1
    if id(node) in seen:
        raise InputError("YAML aliases (*name) are not supported", path, line)
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Located] = {}
        for key_node, value_node in node.value:
            key = _build(key_node, path, loader, seen)
            if not isinstance(key.value, str):
                raise InputError(f"keys must be text, not {plain(key)!r}", path, key.line)
            if key.value in out:
                raise InputError(f"duplicate key {key.value!r}", path, key.line)
            out[key.value] = _build(value_node, path, loader, seen)
        return Located(out, line)
    if isinstance(node, yaml.SequenceNode):
        return Located([_build(item, path, loader, seen) for item in node.value], line)
    return Located(loader.construct_object(node, deep=True), line)


def plain(located: Located) -> Any:
    """The value without line numbers."""
    value = located.value
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value
