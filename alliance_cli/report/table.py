"""Coloured terminal tables (rich). Every text from a source or a claim goes in as a plain
`Text`, never as markup, so "[bold]" in a claim prints as those characters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import ClaimCheck, CuratedClaim, Source, Stance, Verdict
from . import visible

if TYPE_CHECKING:
    from ..api import Mismatch
    from ..evaluate import Judged

STYLES = {Stance.SUPPORTS: "bold green", Stance.CONTRADICTS: "bold red", Stance.OMITS: "dim"}
HIGHLIGHT = {Stance.SUPPORTS: "bold green", Stance.CONTRADICTS: "bold red", Stance.OMITS: ""}


def console(file=None) -> Console:
    return Console(file=file, highlight=False, markup=False, emoji=False)


def _plain(text: str | None, style: str = "") -> Text:
    return Text(visible(text or ""), style=style)


def _evidence(verdict: Verdict) -> Text:
    evidence = verdict.evidence
    if evidence is None:
        return Text("\u2014", style="dim")
    sentence, start = evidence.sentence, evidence.span[0]
    text = Text(visible(sentence))
    for a, b in evidence.highlights:
        # [a, b) in the shown text, which is longer wherever a control character is escaped
        a, b = len(visible(sentence[: a - start])), len(visible(sentence[: b - start]))
        text.stylize(f"{HIGHLIGHT[verdict.stance]} underline", a, b)
    return text


def summary_line(result: ClaimCheck) -> Text:
    counts = result.summary()
    words = {"supports": "supports", "contradicts": "contradict", "omits": "omit"}
    parts = []
    for stance in Stance:
        n = counts[stance.value]
        word = stance.value if n == 1 else words[stance.value]
        parts.append(Text(f"{n} {word}", style=STYLES[stance] if n else "dim"))
    return Text(" \u00b7 ").join(parts)


def _short(text: str | None, width: int = 40) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"


def check_table(result: ClaimCheck, sources: Sequence[Source]) -> Table:
    """One row per source: who, the verdict and its confidence, the evidence with the deciding
    words highlighted, and the reason under it."""
    labels = {source.id: source.label for source in sources}
    title = Text("Claim: ", style="bold") + _plain(f"\u201c{result.claim.text}\u201d")
    curated = result.claim.curated
    if curated:
        title += _plain(f"  curated claim {curated.id}", "dim")
        if curated.text != result.claim.text:
            title += Text(": ", style="dim") + _plain(curated.text, "dim")
    else:
        title += Text("  (not a curated claim: checked as written)", style="dim")
    table = Table(title=title, title_justify="left", show_lines=True, expand=True)
    table.add_column("Source", ratio=2)
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Evidence and reason", ratio=5)
    for verdict in result.verdicts:
        source = Text(visible(verdict.source), style="bold", overflow="fold")
        source += Text("\n") + _plain(_short(labels.get(verdict.source)), "italic dim")
        stance = Text(verdict.stance.value, style=STYLES[verdict.stance])
        stance += Text(f"\n{verdict.confidence:.2f}", style="dim")
        cell = _evidence(verdict) + Text("\n") + _plain(f"\u2192 {verdict.reason}", "cyan")
        table.add_row(source, stance, cell)
    return table


def print_checks(out: Console, results: Sequence[ClaimCheck], sources: Sequence[Source]) -> None:
    for number, result in enumerate(results):
        if number:
            out.print()
        out.print(check_table(result, sources))
        out.print(summary_line(result))


def print_sources(out: Console, sources: Sequence[Source]) -> None:
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
            _plain(source.id, "bold"),
            _plain(source.title) if source.title else _plain(source.label, "dim italic"),
            _plain(source.date or "\u2014"),
            str(source.words),
            str(len(source.sentences)),
        )
    out.print(table)


def print_claims(out: Console, claims: Sequence[CuratedClaim]) -> None:
    table = Table(title=Text(f"{len(claims)} curated claims", style="bold"), title_justify="left")
    table.add_column("Id", style="bold", no_wrap=True)
    table.add_column("Claim")
    table.add_column("Tags")
    for claim in claims:
        text = _plain(claim.text)
        for alias in claim.aliases:
            text += Text("\n") + _plain(f"also: {alias}", "dim")
        table.add_row(_plain(claim.id), text, _plain(", ".join(claim.tags)))
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
            _plain(miss.claim.id),
            _plain(miss.source),
            Text(miss.expected.value, style=STYLES[miss.expected]),
            Text(miss.verdict.stance.value, style=STYLES[miss.verdict.stance]),
            _plain(miss.verdict.reason),
        )
    out.print(table)
    out.print(
        checked + Text(f": {len(mismatches)} verdicts differ from the curator's", style="bold red")
    )


def print_evaluation(out: Console, scores: dict) -> None:
    """Accuracy, the scores per verdict, and the confusion matrix (rows: the label)."""
    stances = [stance.value for stance in Stance]
    out.print(Text(f"{scores['pairs']} pairs: accuracy {scores['accuracy']:.3f}", style="bold"))
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
            _plain(item.pair.claim),
            _plain(_short(item.pair.source.text, 200)),
            Text(item.pair.label.value, style=STYLES[item.pair.label]),
            Text(item.verdict.stance.value, style=STYLES[item.verdict.stance]),
            _plain(item.verdict.reason),
        )
    out.print(table)
