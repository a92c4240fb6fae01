"""The console tables are drawn on: at a sane width, and in ASCII where the output cannot show
Unicode (PYTHONIOENCODING=ascii), never failing on a character."""

from __future__ import annotations

import sys
import unicodedata
from typing import TextIO

from rich.cells import cell_len
from rich.console import Console

from ..resources import terminal_size
from . import shows_unicode


def console(file: TextIO | None = None, color: bool | None = None) -> Console:
    """A console on `file` (standard output by default) at a sane width (`terminal_size`); on a
    stream that cannot show Unicode, drawn in ASCII of the same width. `color` True or False
    colours it or not whatever the stream and the environment say (`--color always|never`);
    None leaves it to them: colour on a terminal, none with NO_COLOR, some with FORCE_COLOR."""
    stream = file or sys.stdout
    if not shows_unicode(stream):
        stream = _Ascii(stream)
    width, height = terminal_size()
    chosen = {} if color is None else {"force_terminal": color, "no_color": not color}
    if color:  # even where TERM says the terminal is dumb
        chosen["color_system"] = "standard"
    return Console(
        file=stream,
        width=width,
        height=height,
        highlight=False,
        markup=False,
        emoji=False,
        **chosen,
    )


# What the tables draw with, as ASCII of the same width ("\u2265" is wider: there is no
# one-character ASCII "at least").
_LOOKALIKES = {
    "\u2714": "+", "\u2718": "x", "\u00b7": ".", "\u2192": ">", "\u00d7": "x", "\u2026": "~",
    "\u2014": "-", "\u2013": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u2501": "=", "\u2523": "[", "\u252b": "]", "\u25cf": "o", "\u25b6": ">", "\u2500": "-",
    "\u251c": "+", "\u253c": "+", "\u2524": "+", "\u2265": ">=", "\u2264": "<=",
}  # fmt: skip


class _AsciiCells(dict):
    """Each character (by code) as ASCII: itself, a lookalike, its letter without accents, or
    "?", as many cells wide as it is on screen, so a table keeps its lines."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        plain = char if char.isascii() else _LOOKALIKES.get(char)
        if plain is None:
            plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
            if len(plain) != cell_len(char):
                plain = "?" * cell_len(char)
        self[code] = plain
        return plain


class _Ascii:
    """A stream that takes text and writes it as ASCII (`_AsciiCells`); rich, told the
    encoding is ASCII, draws its boxes and bars in ASCII too."""

    encoding = "ascii"
    _cells = _AsciiCells()

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(text.translate(self._cells))

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()
