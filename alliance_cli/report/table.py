"""The table format: coloured terminal tables (rich), one printer per view. Every text from a
source or a claim goes in as a plain `Text`, never as markup (`cells`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import ClaimCheck, Source, SourceInfo, Verdict
from . import layout, visible
from .cells import STYLES, evidence, mark, marked, plain, short, summary_line
from .terminal import console

if TYPE_CHECKING:
    from ..results import Audit, Checks, ClaimList, Disputes, Matrix, Scores, SourceList, SourceText
    from .formats import Out


def check_table(result: ClaimCheck, sources: Sequence[SourceInfo], width: int) -> Table:
    """One row per source: who, the verdict and its confidence, the evidence with the deciding
    words highlighted, and the reason under it. A source id is never broken while the table,
    `width` columns wide, leaves the evidence 20 columns or more."""
    labels = {source.id: source.label for source in sources}
    title = Text("Claim: ", style="bold") + plain(f"\u201c{result.claim.text}\u201d")
    curated = result.claim.curated
    if curated:
        title += plain(f"  curated claim {curated.id}", "dim")
        if curated.text != result.claim.text:
            title += Text(": ", style="dim") + plain(curated.text, "dim")
    else:
        title += Text("  (not a curated claim: checked as written)", style="dim")
    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    longest = max((len(visible(verdict.source)) for verdict in result.verdicts), default=0)
    needed = min(longest, max(12, width - 41))
    if (width - 21) * 2 // 7 >= needed:  # its share of what the borders and verdicts leave
        table.add_column("Source", ratio=2)
    else:
        table.add_column("Source", width=needed)
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Evidence and reason", ratio=5)
    for verdict in result.verdicts:
        source = Text(visible(verdict.source), style="bold", overflow="fold")
        source += Text("\n") + plain(short(labels.get(verdict.source)), "italic dim")
        stance = Text(verdict.stance.value, style=STYLES[verdict.stance])
        stance += Text(f"\n{verdict.confidence:.2f}", style="dim")
        cell = evidence(verdict) + Text("\n") + plain(f"\u2192 {verdict.reason}", "cyan")
        table.add_row(source, stance, cell)
    return table


def check(view: Checks, out: Out) -> None:
    """Each claim's table and summary, with every source's proof under it when asked for."""
    screen = console(out.stream, out.color)
    for number, result in enumerate(view.results):
        if number:
            screen.print()
        screen.print(check_table(result, view.sources, screen.width))
        screen.print(summary_line(result))
        if view.explain:
            from .explain import print_proofs

            print_proofs(screen, result)


def matrix(view: Matrix, out: Out) -> None:
    from .grid import print_matrix

    print_matrix(console(out.stream, out.color), view.results, view.sources)


def conflicts(view: Disputes, out: Out) -> None:
    from .disputes import print_conflicts

    print_conflicts(console(out.stream, out.color), view.found, view.sources)


def evaluate(view: Scores, out: Out) -> None:
    """A row per file when there are several; then each file's scores and misjudged pairs."""
    from .scores import print_errors, print_evaluation, print_evaluation_rows

    screen = console(out.stream, out.color)
    if len(view.runs) > 1:
        print_evaluation_rows(screen, [run.scores for run in view.runs])
    for scores, wrong in view.runs:
        print_evaluation(screen, scores)
        if wrong:
            print_errors(screen, wrong)


def sources(view: SourceList, out: Out) -> None:
    print_sources(console(out.stream, out.color), view.sources)


def print_sources(out: Console, sources: Sequence[SourceInfo]) -> None:
    table = Table(
        title=Text(layout.plural(len(sources), "source"), style="bold"), title_justify="left"
    )
    for name, justify in (
        ("Id", "left"),
        ("Title", "left"),
        ("Date", "left"),
        ("Words", "right"),
        ("Sentences", "right"),
    ):
        table.add_column(name, justify=justify)
    for source in sources:
        table.add_row(
            plain(source.id, "bold"),
            plain(source.title) if source.title else plain(source.label, "dim italic"),
            plain(source.date or "\u2014"),
            str(source.words),
            str(source.sentence_count),
        )
    out.print(table)


def claims(view: ClaimList, out: Out) -> None:
    claims = view.claims
    table = Table(
        title=Text(layout.plural(len(claims), "curated claim"), style="bold"), title_justify="left"
    )
    table.add_column("Id", style="bold", no_wrap=True)
    table.add_column("Claim")
    table.add_column("Tags", no_wrap=True)  # one a line: the claim gets the room
    for claim in claims:
        text = plain(claim.text)
        for alias in claim.aliases:
            text += Text("\n") + plain(f"also: {alias}", "dim")
        table.add_row(plain(claim.id), text, plain("\n".join(claim.tags)))
    console(out.stream, out.color).print(table)


def audit(view: Audit, out: Out) -> None:
    """The verdicts that differ from the curator's, or a line saying none does."""
    screen, mismatches = console(out.stream, out.color), view.mismatches
    checked = Text(
        f"{layout.plural(view.claims, 'curated claim')} \u00d7 {layout.plural(view.sources, 'source')}"
    )
    if not mismatches:
        screen.print(checked + Text(": every verdict as expected", style="bold green"))
        return
    table = Table(
        title=Text(f"{len(mismatches)} mismatches", style="bold red"),
        title_justify="left",
        show_lines=True,
    )
    for name in ("Claim", "Source", "Expected", "Verdict", "Reason"):
        table.add_column(name)
    for miss in mismatches:
        table.add_row(
            plain(miss.claim.id),
            plain(miss.source),
            Text(miss.expected.value, style=STYLES[miss.expected]),
            Text(miss.verdict.stance.value, style=STYLES[miss.verdict.stance]),
            plain(miss.verdict.reason),
        )
    screen.print(table)
    screen.print(
        checked + Text(f": {len(mismatches)} verdicts differ from the curator's", style="bold red")
    )


def show(view: SourceText, out: Out) -> None:
    print_source(console(out.stream, out.color), view.source, view.results)


def print_source(out: Console, source: Source, results: Sequence[ClaimCheck]) -> None:
    """A source's sentences, numbered, paragraphs kept apart; each claim's evidence marked with
    its verdict's symbol and colour, and each claim's verdict under the text."""
    marks: dict[int, list[Verdict]] = {}
    for result in results:
        (verdict,) = result.verdicts
        number = layout.sentence_number(source, verdict.evidence.span) if verdict.evidence else None
        if number:
            marks.setdefault(number, []).append(verdict)
    heading = plain(source.id, "bold") + Text(
        f"  {layout.plural(len(source.sentences), 'sentence')}"
    )
    if source.date:
        heading += Text(f"  {source.date}", style="dim")
    out.print(heading)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", style="dim", no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column()
    previous = None
    for sentence in source.sentences:
        if previous is not None and source.text.count("\n", previous, sentence.start) > 1:
            grid.add_row()
        previous = sentence.end
        number = sentence.index + 1
        verdicts = marks.get(number, [])
        if verdicts:
            first = verdicts[0]
            found = first.evidence
            text = marked(found.sentence, found.span[0], first, STYLES[first.stance], found.read)
            symbols = Text("").join(mark(verdict.stance) for verdict in verdicts)
        else:
            written = source.text[sentence.start : sentence.end]
            text, symbols = plain(layout.shown(written, sentence.text)[0]), Text(" ")
        grid.add_row(str(number), symbols, text)
    out.print(grid)
    for result in results:
        (verdict,) = result.verdicts
        out.print()
        line = mark(verdict.stance) + Text(f" {verdict.stance.value}", style=STYLES[verdict.stance])
        line += Text(f" {verdict.confidence:.2f}  ", style="dim")
        line += plain(f"\u201c{result.claim.text}\u201d")
        if verdict.evidence:
            line += Text(f"  sentence {layout.sentence_number(source, verdict.evidence.span)}")
        line += Text("\n") + plain(f"\u2192 {verdict.reason}", "cyan")
        out.print(line)
