"""Reading YAML data files safely, keeping the line of every value for error messages.

Values come back as `Node`-free plain Python built from PyYAML's composed node tree, so a
caller can ask `line_of(value)` and a YAML alias (the usual way to build an "alias bomb") is
refused outright instead of being expanded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError


@dataclass(frozen=True)
class Located:
    """A YAML value with the 1-based line it starts on."""

    value: Any
    line: int


def load(path: Path) -> Located:
    """Parse `path` into `Located` values (mappings map str keys to `Located`, lists hold `Located`)."""
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
                raise InputError(f"keys must be text, not {key.value!r}", path, key.line)
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
