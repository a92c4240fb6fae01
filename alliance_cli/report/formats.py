"""The output formats, one printer module each, and the one way every command prints: the same
results in (`alliance_cli.results`), whatever the format. A printer module has a function per
view it prints, named after the view, each `(results, out) -> None`; it is imported only when
its format is asked for, so JSON never imports rich."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, NamedTuple, TextIO

if TYPE_CHECKING:
    from ..results import Results


class Format(NamedTuple):
    name: str
    module: str  # the printer module in alliance_cli.report
    help: str


FORMATS = {
    format.name: format
    for format in (
        Format("table", "table", "a table"),
        Format("json", "jsonout", "JSON (one document)"),
        Format("jsonl", "jsonl", "JSON Lines (one claim per line, as each is judged)"),
        Format("csv", "csvout", "CSV (a row per record)"),
        Format("markdown", "markdown", "Markdown tables"),
    )
}

# The formats each view is printed in, the default first.
OFFERED = {
    "check": ("table", "json", "jsonl", "csv", "markdown"),
    "matrix": ("table", "json", "csv", "markdown"),
    "conflicts": ("table", "json"),
    "audit": ("table", "json"),
    "evaluate": ("table", "json"),
    "sources": ("table", "json"),
    "claims": ("table", "json"),
    "show": ("table", "json"),
}


class Out(NamedTuple):
    """Where a printer writes: a text stream, and whether tables there are coloured (None: as
    the stream and the environment say, NO_COLOR and FORCE_COLOR among them)."""

    stream: TextIO
    color: bool | None = None

    def document(self, text: str) -> None:
        """A whole document, ended by a line break and flushed at once."""
        self.stream.write(text + "\n")
        self.stream.flush()


def write(format: str, results: Results, out: Out) -> None:
    """Print `results` in `format` (one of `OFFERED[results.view]`) on `out`."""
    if format not in OFFERED[results.view]:
        raise ValueError(f"{results.view} is not printed as {format}")
    printer = import_module(f"{__package__}.{FORMATS[format].module}")
    getattr(printer, results.view)(results, out)
