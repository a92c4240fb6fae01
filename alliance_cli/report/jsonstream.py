"""JSON written a piece at a time, byte for byte as `jsonout.dumps` writes the whole: each
element of an array, and each element of a list that a document marks with `Each`, is made
into JSON when it is written. So the document of every verdict of every claim on every source
is never built in memory, however large the corpus."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterable
from typing import Any, TextIO

_MARK = secrets.token_hex(8)  # no text of a source or a claim can make a hole's string
_HOLE = re.compile(rf'"\\u0000{_MARK}(\d+)"')


class Each:
    """A list inside a document, written an element at a time: each of `items` as `doc` makes
    it."""

    def __init__(self, items: Iterable[Any], doc: Callable[[Any], Any]) -> None:
        self.items, self.doc = items, doc


class Written(str):
    """A document already made into JSON by `jsonout.dumps`: written as it is."""


def write_array(stream: TextIO, documents: Iterable[Any], indent: str = "") -> None:
    """`documents` as a JSON array whose closing bracket stands after `indent`."""
    opened = False
    for document in documents:
        stream.write(f",\n{indent}  " if opened else f"[\n{indent}  ")
        write_document(stream, document, indent + "  ")
        opened = True
    stream.write(f"\n{indent}]" if opened else "[]")


def write_document(stream: TextIO, document: Any, indent: str = "") -> None:
    """`document` as `dumps` writes it, each line after its first after `indent`; each `Each`
    in it written as an array, an element at a time."""
    from .jsonout import dumps

    lists: list[Each] = []

    def hole(value: object) -> str:
        if not isinstance(value, Each):
            raise TypeError(f"not JSON: {type(value).__name__}")
        lists.append(value)
        return f"\x00{_MARK}{len(lists) - 1}"

    text = document if isinstance(document, Written) else dumps(document, default=hole)
    pieces = _HOLE.split(text) if lists else [text]
    for number, piece in enumerate(pieces):
        if number % 2 == 0:
            stream.write(piece.replace("\n", "\n" + indent))
            continue
        line = pieces[number - 1].rpartition("\n")[2]
        each = lists[int(piece)]
        own = indent + line[: len(line) - len(line.lstrip(" "))]
        write_array(stream, (each.doc(item) for item in each.items), own)
