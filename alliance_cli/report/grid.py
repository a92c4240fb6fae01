"""The matrix as a terminal table: claims down, sources across. A table that would not fit the
terminal is laid out to fit, never cut: the consensus goes under each claim, and the sources are
split across as many tables as it takes, each with every claim."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import ClaimCheck, SourceInfo, Stance
from . import layout
from .cells import STYLES, legend, mark, plain, short

CLAIM_WIDTH = 24  # the narrowest the claim column may be
_CELL = 3  # a column's padding and border: "| x "


def _claim_cell(result: ClaimCheck, under: bool) -> Text:
    """The claim, with its curated id; with `under`, its consensus on the next line."""
    curated = result.claim.curated
    text = plain(result.claim.text)
    cell = plain(curated.id, "bold") + Text(" ") + text if curated else text
    return cell + Text("\n") + _consensus(result) if under else cell


def _consensus(result: ClaimCheck) -> Text:
    leaning = layout.leaning(result)
    style = "bold yellow" if leaning == "disputed" else STYLES[Stance(leaning)]
    return Text(layout.consensus(result), style=style)


def _groups(widths: Sequence[int], room: int) -> list[range]:
    """The source columns split into runs, in order, each as wide as `room` allows (at least
    one column each)."""
    groups, start, used = [], 0, 0
    for i, width in enumerate(widths):
        if i > start and used + width > room:
            groups.append(range(start, i))
            start, used = i, 0
        used += width
    return [*groups, range(start, len(widths))] if widths else [range(0)]


def layout_for(
    results: Sequence[ClaimCheck], heads: Sequence[str], width: int
) -> tuple[bool, list[range]]:
    """(whether the consensus goes under each claim, the source columns of each table) for a
    terminal `width` columns wide."""
    columns = [max(len(head), 1) + _CELL for head in heads]
    consensus = max((len(layout.consensus(result)) for result in results), default=0) + _CELL
    if 1 + CLAIM_WIDTH + _CELL + sum(columns) + consensus <= width:
        return False, [range(len(heads))]
    claim = 1 + claim_width(results, width, heads) + _CELL
    return True, _groups(columns, width - claim)


def claim_width(results: Sequence[ClaimCheck], width: int, heads: Sequence[str]) -> int:
    """The narrowest the claim column may be with the consensus under the claim: wide enough
    for the longest consensus, so that it is never broken, while a source column still fits
    beside it; never narrower than CLAIM_WIDTH."""
    longest = max((len(layout.consensus(result)) for result in results), default=0)
    beside = max((len(head) for head in heads), default=0) + 2 * _CELL + 1
    return max(CLAIM_WIDTH, min(longest, width - beside))


def print_matrix(
    out: Console, results: Sequence[ClaimCheck], sources: Sequence[SourceInfo]
) -> None:
    """Claims down, sources across, a symbol in each cell and the consensus at the end (or
    under the claim, where the terminal is too narrow for it, and in several tables, each
    with some of the sources, where it is too narrow for them); then what the symbols and the
    column heads stand for."""
    heads = layout.column_heads(sources)
    shown = [heads[source.id] for source in sources]
    under, groups = layout_for(results, shown, out.width)
    narrowest = claim_width(results, out.width, shown) if under else CLAIM_WIDTH
    title = Text(
        f"{layout.plural(len(results), 'claim')} \u00d7 {layout.plural(len(sources), 'source')}",
        style="bold",
    )
    title += Text(", the most disputed first", style="dim")
    if len(groups) > 1:
        title += Text(f", in {len(groups)} tables to fit {out.width} columns", style="dim")
    out.print(title)
    for group in groups:
        caption = f"sources {group.start + 1}\u2013{group.stop} of {len(sources)}"
        table = Table(title=caption if len(groups) > 1 else None, title_justify="left", expand=True)
        table.add_column("Claim", ratio=1, min_width=narrowest)
        for i in group:
            table.add_column(plain(heads[sources[i].id]), justify="center", no_wrap=True)
        if not under:
            table.add_column("Consensus", no_wrap=True)
        for result in results:
            marks = [mark(result.verdicts[i].stance) for i in group]
            table.add_row(
                _claim_cell(result, under), *marks, *([] if under else [_consensus(result)])
            )
        out.print(table)
    out.print(legend())
    key = Table.grid(padding=(0, 2))
    for source in sources:
        if heads[source.id] != source.id:
            key.add_row(
                plain(heads[source.id], "bold"),
                plain(source.id),
                plain(short(source.label), "italic dim"),
            )
    if key.row_count:
        out.print(key)
