"""Coloured terminal tables (rich). Every text from a source or a claim goes in as a plain
`Text`, never as markup, so "[bold]" in a claim prints as those characters."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import ClaimCheck, CuratedClaim, Quantity, Source, SourceInfo, Stance, Verdict
from . import layout, visible
from .layout import SYMBOLS

if TYPE_CHECKING:
    from ..api import Conflicts, CountConflict, Figure, MembershipConflict, Mismatch
    from ..evaluate import Judged

STYLES = {Stance.SUPPORTS: "bold green", Stance.CONTRADICTS: "bold red", Stance.OMITS: "dim"}
HIGHLIGHT = {**STYLES, Stance.OMITS: ""}


def plain(text: str | None, style: str = "") -> Text:
    return Text(visible(text or ""), style=style)


def _marked(sentence: str, start: int, verdict: Verdict, style: str = "") -> Text:
    """A sentence that starts at `start` in its source, with the words that decide `verdict`
    highlighted."""
    text = Text(visible(sentence), style=style)
    for a, b in verdict.evidence.highlights if verdict.evidence else ():
        # [a, b) in the shown text, which is longer wherever a control character is escaped
        a, b = len(visible(sentence[: a - start])), len(visible(sentence[: b - start]))
        text.stylize(f"{HIGHLIGHT[verdict.stance]} underline", a, b)
    return text


def _evidence(verdict: Verdict) -> Text:
    evidence = verdict.evidence
    if evidence is None:
        return Text("\u2014", style="dim")
    return _marked(evidence.sentence, evidence.span[0], verdict)


def summary_line(result: ClaimCheck) -> Text:
    return Text(" \u00b7 ").join(
        Text(words, style=STYLES[stance] if n else "dim")
        for stance, n, words in layout.summary_parts(result)
    )


def short(text: str | None, width: int = 40) -> str:
    text = " ".join(visible(text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"


def check_table(result: ClaimCheck, sources: Sequence[SourceInfo]) -> Table:
    """One row per source: who, the verdict and its confidence, the evidence with the deciding
    words highlighted, and the reason under it."""
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
    table.add_column("Source", ratio=2)
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Evidence and reason", ratio=5)
    for verdict in result.verdicts:
        source = Text(visible(verdict.source), style="bold", overflow="fold")
        source += Text("\n") + plain(short(labels.get(verdict.source)), "italic dim")
        stance = Text(verdict.stance.value, style=STYLES[verdict.stance])
        stance += Text(f"\n{verdict.confidence:.2f}", style="dim")
        cell = _evidence(verdict) + Text("\n") + plain(f"\u2192 {verdict.reason}", "cyan")
        table.add_row(source, stance, cell)
    return table


def print_checks(
    out: Console,
    results: Sequence[ClaimCheck],
    sources: Sequence[SourceInfo],
    explain: bool = False,
) -> None:
    """Each claim's table and summary, with every source's proof under it when `explain`."""
    for number, result in enumerate(results):
        if number:
            out.print()
        out.print(check_table(result, sources))
        out.print(summary_line(result))
        if explain:
            from .explain import print_proofs

            print_proofs(out, result)


def print_sources(out: Console, sources: Sequence[SourceInfo]) -> None:
    table = Table(title=Text(f"{len(sources)} sources", style="bold"), title_justify="left")
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


def print_claims(out: Console, claims: Sequence[CuratedClaim]) -> None:
    table = Table(title=Text(f"{len(claims)} curated claims", style="bold"), title_justify="left")
    table.add_column("Id", style="bold", no_wrap=True)
    table.add_column("Claim")
    table.add_column("Tags")
    for claim in claims:
        text = plain(claim.text)
        for alias in claim.aliases:
            text += Text("\n") + plain(f"also: {alias}", "dim")
        table.add_row(plain(claim.id), text, plain(", ".join(claim.tags)))
    out.print(table)


def print_audit(out: Console, mismatches: Sequence[Mismatch], claims: int, sources: int) -> None:
    checked = Text(f"{claims} curated claims \u00d7 {sources} sources")
    if not mismatches:
        out.print(checked + Text(": every verdict as expected", style="bold green"))
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
    out.print(table)
    out.print(
        checked + Text(f": {len(mismatches)} verdicts differ from the curator's", style="bold red")
    )


def print_evaluation_rows(out: Console, runs: list[dict]) -> None:
    """A row per file: pairs, accuracy, and precision / recall per verdict."""
    table = Table(title=Text("Files", style="bold"), title_justify="left")
    table.add_column("File")
    for name in ("Pairs", "Accuracy", *(f"{s.value} P / R" for s in Stance)):
        table.add_column(name, justify="right")
    for scores in runs:
        per = scores["per_label"]
        cells = [f"{per[s.value]['precision']:.2f} / {per[s.value]['recall']:.2f}" for s in Stance]
        table.add_row(
            visible(scores["file"]), str(scores["pairs"]), f"{scores['accuracy']:.3f}", *cells
        )
    out.print(table)


def print_evaluation(out: Console, scores: dict) -> None:
    """Accuracy, the scores per verdict, and the confusion matrix (rows: the label)."""
    stances = [stance.value for stance in Stance]
    heading = (
        f"{visible(scores['file'])}: {scores['pairs']} pairs, accuracy {scores['accuracy']:.3f}"
    )
    out.print(Text(heading, style="bold"))
    if scores.get("two_way"):
        out.print(Text("two-way reading: an undecided verdict is read as supports"))
    table = Table(title=Text("Per verdict", style="bold"), title_justify="left")
    for name in ("Verdict", "Precision", "Recall", "F1", "Labelled", "Predicted"):
        table.add_column(name, justify="left" if name == "Verdict" else "right")
    for stance in Stance:
        row = scores["per_label"][stance.value]
        table.add_row(
            Text(stance.value, style=STYLES[stance]),
            f"{row['precision']:.3f}",
            f"{row['recall']:.3f}",
            f"{row['f1']:.3f}",
            str(row["support"]),
            str(row["predicted"]),
        )
    out.print(table)
    matrix = Table(
        title=Text("Confusion (rows: label, columns: verdict)", style="bold"), title_justify="left"
    )
    matrix.add_column("Label")
    for stance in Stance:
        matrix.add_column(stance.value, justify="right")
    for gold in Stance:
        matrix.add_row(
            Text(gold.value, style=STYLES[gold]),
            *(str(scores["confusion"][gold.value][predicted]) for predicted in stances),
        )
    out.print(matrix)


def print_errors(out: Console, wrong: Sequence[Judged]) -> None:
    table = Table(
        title=Text(f"{len(wrong)} misjudged pairs", style="bold"),
        title_justify="left",
        show_lines=True,
    )
    for name, ratio in (
        ("Line", 0),
        ("Claim", 3),
        ("Evidence", 5),
        ("Label", 0),
        ("Verdict", 0),
        ("Reason", 3),
    ):
        table.add_column(name, ratio=ratio or None, no_wrap=not ratio)
    for item in wrong:
        table.add_row(
            str(item.pair.line),
            plain(item.pair.claim),
            plain(short(item.pair.source.text, 200)),
            Text(item.pair.label.value, style=STYLES[item.pair.label]),
            Text(item.verdict.stance.value, style=STYLES[item.verdict.stance]),
            plain(item.verdict.reason),
        )
    out.print(table)


# ---------------------------------------------------------------- views


def mark(stance: Stance) -> Text:
    return Text(SYMBOLS[stance], style=STYLES[stance])


def legend() -> Text:
    return Text("  ").join(mark(s) + Text(f" {s.value}", style=STYLES[s]) for s in Stance)


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


def _figures_row(figures: Sequence[Figure]) -> Text:
    quotes = ", ".join(f"\u201c{figure.quantity.text}\u201d" for figure in figures)
    return plain(quotes, "dim")


def number_line(conflict: CountConflict, sources: Sequence[Source], width: int) -> Table:
    """Each source's figures on one number line, one row per distinct range, labelled with the
    source, the range and the words that state it; a source with no figure says so."""
    scale = layout.axis(figure.quantity for figure in conflict.figures)
    steps = len(scale.ticks) - 1
    track = max(20, min(50, width - 70)) // steps * steps + 1  # ticks evenly apart
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, max_width=24, overflow="ellipsis")
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
                _figures_row(figures),
            )
    grid.add_row("", _axis(scale, track), "", "")
    return grid


def _membership(conflict: MembershipConflict) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True, max_width=24, overflow="ellipsis")
    grid.add_column()
    for verdict in conflict.result.verdicts:
        if verdict.stance is not Stance.OMITS:
            cell = _evidence(verdict) + Text("\n") + plain(f"\u2192 {verdict.reason}", "cyan")
            grid.add_row(mark(verdict.stance), plain(verdict.source, "bold"), cell)
    return grid


def print_conflicts(out: Console, found: Conflicts, sources: Sequence[Source]) -> None:
    """Each disputed count as a number line, then each disputed membership with the sentences
    on either side."""
    counts = layout.plural(len(found.counts), "disputed count")
    memberships = layout.plural(len(found.memberships), "disputed membership")
    out.print(Text(f"{len(sources)} sources: {counts}, {memberships}", style="bold"))
    for conflict in found.counts:
        out.print()
        named = len({figure.source for figure in conflict.figures})
        title = Text(f"{conflict.counted.capitalize()} count", style="bold underline")
        title += Text(f": figures from {named} sources that cannot all be true", style="bold")
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


def print_source(out: Console, source: Source, results: Sequence[ClaimCheck]) -> None:
    """A source's sentences, numbered, paragraphs kept apart; each claim's evidence marked with
    its verdict's symbol and colour, and each claim's verdict under the text."""
    marks: dict[int, list[Verdict]] = {}
    for result in results:
        (verdict,) = result.verdicts
        number = layout.sentence_number(source, verdict.evidence.span) if verdict.evidence else None
        if number:
            marks.setdefault(number, []).append(verdict)
    heading = plain(source.id, "bold") + Text(f"  {len(source.sentences)} sentences")
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
            evidence = first.evidence
            text = _marked(evidence.sentence, evidence.span[0], first, STYLES[first.stance])
            symbols = Text("").join(mark(verdict.stance) for verdict in verdicts)
        else:
            text, symbols = plain(sentence.text), Text(" ")
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
