"""Reading YAML data files safely, keeping the line of every value for error messages.

Values are built from PyYAML's composed node tree (safe loader only), each with its line; a
YAML alias (the usual way to build an "alias bomb") is refused instead of expanded, and so is
nesting deeper than `MAX_DEPTH`. A plain value is read as a number, true/false, null or a date
only when it is written as that value is (47, 0.04, true, 2023-12-05); what YAML 1.1 would
rewrite (`1:30` as 90, `047` as 39, `0x2F` as 47, `yes` as true, a date that does not exist, a
number too long to convert) is read as the text written. A key is always read as written.

The parse tree of a good file is cached as JSON with the text it was parsed from, and used only
for that same text, so a warm run does not import PyYAML; validation still runs on every load.
A cache file is never trusted: anything but a regular file of the user's own holding a
well-formed tree for the same text is ignored, the file parsed afresh and the cache rebuilt. A file holding a
value JSON cannot keep as it is (a date, binary data) is not cached.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from .cachefile import cache_path, read_document, write_document
from .errors import InputError
from .resources import file_name, regular_file

MAX_DEPTH = 64  # mappings and lists nested deeper are refused (data files need a few levels)


class Located(NamedTuple):
    """A YAML value with the 1-based line it starts on."""

    value: Any
    line: int


_CACHE_FORMAT = 4  # 2 was keyed by path, size and modification time; 3 by text, as "text"


def load(path: Path) -> Located:
    """Parse `path` into `Located` values (mappings map str keys to `Located`, lists hold `Located`)."""
    name = file_name(path)
    try:
        regular_file(path)
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", name) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError("not valid UTF-8", name, line) from None
    cache = _cache_file(path)
    located = _cached(cache, text) if cache else None
    if located is None:
        located = _parse(text, name)
        if cache:
            _store(cache, text, located)
    return located


def _cache_file(path: Path) -> Path | None:
    return cache_path(f"v{_CACHE_FORMAT}-{path.resolve()}")


def _cached(cache: Path, text: str) -> Located | None:
    """The tree cached for exactly `text`, or None (see `cachefile`)."""
    tree = read_document(cache, text, 32 * len(text) + 65536)  # no tree of the text is bigger
    if tree is None:
        return None
    try:
        return _decode(tree, 0)
    except (ValueError, RecursionError):
        return None


def _store(cache: Path, text: str, located: Located) -> None:
    write_document(cache, text, _encode(located))


def _encode(located: Located) -> list[Any]:
    value = located.value
    if isinstance(value, dict):
        return ["m", located.line, [[key, _encode(item)] for key, item in value.items()]]
    if isinstance(value, list):
        return ["l", located.line, [_encode(item) for item in value]]
    return ["s", located.line, value]


def _decode(data: Any, depth: int) -> Located:
    """A cached tree, checked shape by shape: ValueError for anything `_encode` never writes."""
    if depth > MAX_DEPTH or not isinstance(data, list) or len(data) != 3:
        raise ValueError("not a cached tree")
    kind, line, payload = data
    if type(line) is not int or line < 1:
        raise ValueError("not a line number")
    if kind == "m" and isinstance(payload, list):
        out: dict[str, Located] = {}
        for pair in payload:
            if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)):
                raise ValueError("not a key and value")
            if pair[0] in out:
                raise ValueError("a key twice")
            out[pair[0]] = _decode(pair[1], depth + 1)
        return Located(out, line)
    if kind == "l" and isinstance(payload, list):
        return Located([_decode(item, depth + 1) for item in payload], line)
    if kind == "s" and (payload is None or isinstance(payload, str | int | float)):
        return Located(payload, line)
    raise ValueError("not a cached value")


def is_mapping(text: str) -> bool:
    """Whether `text` parses as one YAML mapping (`title: x`), composed only: no value is built
    and no alias expanded. Text that is no YAML, or no mapping, is not."""
    import yaml

    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    except UnicodeEncodeError:
        return False  # a lone surrogate, which no file decodes to: no YAML
    try:
        return isinstance(loader.get_single_node(), yaml.MappingNode)
    except (yaml.YAMLError, RecursionError):
        return False
    finally:
        loader.dispose()


def _parse(text: str, name: str) -> Located:
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise InputError("the file is empty", name, 1)
        return _build(node, name, loader, set(), 0)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise InputError(f"invalid YAML: {problem}", name, line) from None
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}", name) from None
    except RecursionError:  # the pure-Python composer, where libyaml is missing
        raise InputError(f"nested more than {MAX_DEPTH} levels deep", name) from None
    finally:
        loader.dispose()


def _build(node: Any, path: str, loader: Any, seen: set[int], depth: int) -> Located:
    import yaml

    line = node.start_mark.line + 1
    if id(node) in seen:
        raise InputError("YAML aliases (*name) are not supported", path, line)
    seen.add(id(node))
    if depth > MAX_DEPTH:
        raise InputError(f"nested more than {MAX_DEPTH} levels deep", path, line)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Located] = {}
        for key_node, value_node in node.value:
            key = _build(key_node, path, loader, seen, depth + 1)
            if isinstance(key_node, yaml.ScalarNode) and not key_node.style:
                key = Located(key_node.value, key.line)  # a name, as written
            if not isinstance(key.value, str):
                raise InputError(f"keys must be text, not {plain(key)!r}", path, key.line)
            if key.value in out:
                raise InputError(f"duplicate key {key.value!r}", path, key.line)
            out[key.value] = _build(value_node, path, loader, seen, depth + 1)
        return Located(out, line)
    if isinstance(node, yaml.SequenceNode):
        return Located([_build(item, path, loader, seen, depth + 1) for item in node.value], line)
    return Located(_scalar(node, path, loader, line), line)


def _scalar(node: Any, path: str, loader: Any, line: int) -> Any:
    """A scalar's value; a plain one that YAML 1.1 would rewrite is the text written."""
    try:
        value = loader.construct_object(node, deep=True)
    except (ValueError, OverflowError) as exc:
        if not node.style:
            return node.value
        raise InputError(f"cannot read {node.value[:40]!r}: {exc}", path, line) from None
    if not node.style and not _as_written(value, node.value):  # plain: '' in the C loader
        return node.value
    return value


def _as_written(value: Any, written: str) -> bool:
    """Whether `value` reads back as `written`: 47, 0.04, true, null, 2023-12-05, not 047."""
    if isinstance(value, bool):
        return written.lower() == str(value).lower()
    if isinstance(value, int | float):
        return str(value) == written
    isoformat = getattr(value, "isoformat", None)  # a date or a time
    return isoformat is None or written in (str(value), isoformat())


def plain(located: Located) -> Any:
    """The value without line numbers."""
    value = located.value
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value
