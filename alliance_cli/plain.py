"""Plain data, as the index stores it: named tuples and dataclasses of text, numbers and truth
values written as JSON lists, and read back against their fields' types, so that a stored
value of any other shape is refused (ValueError), never trusted. Nothing is pickled."""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

_OPTIONAL = (typing.Union, types.UnionType)


def dumps(value: object) -> str:
    """`value` as JSON: each named tuple or dataclass as the list of its fields."""
    return json.dumps(_plain(value), ensure_ascii=False)


def loads(kind: Any, data: str) -> Any:
    """The value of type `kind` that `dumps` wrote as `data`; ValueError for anything else."""
    try:
        return _reader(kind)(json.loads(data))
    except (TypeError, KeyError, RecursionError) as error:
        raise ValueError(f"not plain data: {error}") from None


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [_plain(getattr(value, field.name)) for field in dataclasses.fields(value)]
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    return value


Reader = Callable[[object], Any]


@cache
def _reader(kind: Any) -> Reader:
    """A function that reads a value of type `kind` from its JSON, made once per type."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in _OPTIONAL:
        return _either(kind, [_reader(option) for option in args])
    if origin in (tuple, list):
        if origin is list or args[-1:] == (Ellipsis,):
            return _sequence(kind, origin, _reader(args[0]))
        return _record(kind, tuple, [_reader(arg) for arg in args])
    fields = _fields(kind)
    if fields is not None:
        return _record(kind, lambda items: kind(*items), [_reader(field) for field in fields])
    return _scalar(kind)


def _either(kind: Any, options: list[Reader]) -> Reader:
    def read(value: object) -> Any:
        for option in options:
            try:
                return option(value)
            except ValueError:
                continue
        raise ValueError(f"none of {kind}")

    return read


def _sequence(kind: Any, made: Callable, item: Reader) -> Reader:
    def read(value: object) -> Any:
        if not isinstance(value, list):
            raise ValueError(f"not a list: {kind}")
        return made(item(each) for each in value)

    return read


def _record(kind: Any, made: Callable, fields: list[Reader]) -> Reader:
    """A fixed tuple, a named tuple or a dataclass, read from the list of its fields."""

    def read(value: object) -> Any:
        if not isinstance(value, list) or len(value) != len(fields):
            raise ValueError(f"not {len(fields)} items of {getattr(kind, '__name__', kind)}")
        return made([field(item) for field, item in zip(fields, value, strict=True)])

    return read


def _scalar(kind: Any) -> Reader:
    name = getattr(kind, "__name__", kind)

    def read(value: object) -> Any:
        if kind is type(None) and value is None:
            return value
        if kind in (str, bool, int) and type(value) is kind:
            return value
        if kind is float and type(value) in (int, float) and not math.isnan(value):  # type: ignore[arg-type]
            return value
        raise ValueError(f"not a {name}")

    return read


@cache
def _fields(kind: Any) -> tuple | None:
    """The types of a named tuple's or a dataclass's fields, in order; None for other types."""
    if not isinstance(kind, type):
        return None
    if dataclasses.is_dataclass(kind):
        names = [field.name for field in dataclasses.fields(kind)]
    elif issubclass(kind, tuple) and hasattr(kind, "_fields"):
        names = list(kind._fields)
    else:
        return None
    hints = typing.get_type_hints(kind)
    return tuple(hints[name] for name in names)
