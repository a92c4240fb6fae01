"""The conflicts as terminal tables: each disputed figure on a number line, each disputed
membership with the sentences on either side, each disagreement about an event as a table of
which source says what."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import Quantity, Source, Stance
from . import layout
from .cells import evidence, mark, plain

if TYPE_CHECKING:
    from ..api import Conflicts, CountConflict, Disagreement, Figure, MembershipConflict


def _track(scale: layout.Axis, quantity: Quantity, width: int) -> Text:
    """One range drawn on a line `width` characters wide: \u25cf for one number, \u2523\u2501\u252b
    for a range, an arrow for a range with no upper bound."""
    cells = [" "] * width

    def column(value: float) -> int:
        return round(scale.fraction(value) * (width - 1))

    low, high = quantity.bounds
    start = column(low)
    end = width - 1 if math.isinf(high) else column(high)
    cells[start : end + 1] = "\u2501" * (end - start + 1)
    cells[start] = "\u25cf" if start == end else "\u2523"
    if start < end:
        cells[end] = "\u25b6" if math.isinf(quantity.high) else "\u252b"
    return Text("".join(cells), style="bold cyan")


def _axis(scale: layout.Axis, width: int) -> Text:
    """The line with a tick at each round number, and the numbers under it."""
    line, labels = ["\u2500"] * width, [" "] * width
    free = 0  # the first column a label may use
    for tick in scale.ticks:
        at = round(scale.fraction(tick) * (width - 1))
        line[at] = "\u251c" if at == 0 else "\u2524" if at == width - 1 else "\u253c"
        label = layout.number(tick)
        begin = min(max(at - len(label) // 2, 0), width - len(label))
        if begin >= free:
            labels[begin : begin + len(label)] = label
            free = begin + len(label) + 1
    return Text("".join(line) + "\n" + "".join(labels).rstrip(), style="dim")


def _figures_row(figures: Sequence[Figure], written: str) -> Text:
    """The words that state the figures, as written without their markup."""
    quotes = (
        layout.shown(written[slice(*figure.quantity.span)], figure.quantity.text)[0]
        for figure in figures
    )
    return plain(", ".join(f"\u201c{quote}\u201d" for quote in quotes), "dim")


def number_line(conflict: CountConflict, sources: Sequence[Source], width: int) -> Table:
    """Each source's figures on one number line, one row per distinct range, labelled with the
    source, the range and the words that state it; a source with no figure says so."""
    scale = layout.axis(figure.quantity for figure in conflict.figures)
    steps = len(scale.ticks) - 1
    track = max(20, min(50, width - 70)) // steps * steps + 1  # ticks evenly apart
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)  # a source id, whole
    grid.add_column(no_wrap=True, width=track)
    grid.add_column(no_wrap=True, justify="right")
    grid.add_column()
    for source in sources:
        ranges: dict[tuple[float, float], list[Figure]] = {}
        for figure in conflict.figures:
            if figure.source == source.id:
                ranges.setdefault(figure.quantity.bounds, []).append(figure)
        name = plain(source.id, "bold")
        if not ranges:
            grid.add_row(name, Text("no figure", style="dim"), "", "")
        for figures in ranges.values():
            quantity = figures[0].quantity
            grid.add_row(
                name,
                _track(scale, quantity, track),
                Text(layout.figure(quantity), style="bold"),
                _figures_row(figures, source.text),
            )
    grid.add_row("", _axis(scale, track), "", "")
    return grid


def _membership(conflict: MembershipConflict) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)  # a source id, whole
    grid.add_column()
    for verdict in conflict.result.verdicts:
        if verdict.stance is not Stance.OMITS:
            cell = evidence(verdict) + Text("\n") + plain(f"\u2192 {verdict.reason}", "cyan")
            grid.add_row(mark(verdict.stance), plain(verdict.source, "bold"), cell)
    return grid


def _statements(conflict: Disagreement, texts: dict[str, str]) -> Table:
    """Which source says what of one event: the value, and the sentence (as written, without
    its markup: `texts` are the sources' by id) with the words that say it underlined."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)  # a source id, whole
    grid.add_column(no_wrap=True)
    grid.add_column()
    for said in conflict.values:
        text, a, b = layout.shown_span(texts[said.source], said.sentence, said.span)
        words = plain(text[:a]) + plain(text[a:b], "bold underline") + plain(text[b:])
        grid.add_row(plain(said.source, "bold"), plain(said.value, "bold cyan"), words)
    return grid


def print_conflicts(out: Console, found: Conflicts, sources: Sequence[Source]) -> None:
    """Each disputed figure as a number line, each disputed membership with the sentences on
    either side, then each disagreement about an event with which source says what."""
    out.print(
        Text(f"{layout.plural(len(sources), 'source')}: {layout.headline(found)}", style="bold")
    )
    for conflict in found.counts:
        out.print()
        named = len({figure.source for figure in conflict.figures})
        title = plain(layout.figure_title(conflict), "bold underline")
        title += Text(
            f": figures from {layout.plural(named, 'source')} that cannot all be true", style="bold"
        )
        out.print(title)
        out.print(number_line(conflict, sources, out.width))
    for conflict in found.memberships:
        out.print()
        title = plain(conflict.name, "bold underline")
        title += Text(f": {layout.sides(conflict.result)}", style="bold")
        out.print(title)
        out.print(_membership(conflict))
    if not found.memberships:
        out.print()
        out.print(
            Text(
                "No name is counted as a member by one source and said to be absent by another.",
                style="dim",
            )
        )
    for conflict in found.others:
        out.print()
        about = conflict.about[:1].upper() + conflict.about[1:]
        title = plain(about, "bold underline")
        title += Text(f": {layout.differ(conflict.values)}", style="bold")
        out.print(title)
        out.print(_statements(conflict, {source.id: source.text for source in sources}))
