"""The scores of `alliance evaluate` as terminal tables: a row per file, then each file's
scores per verdict, its confusion matrix and the misjudged pairs asked for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import Stance
from . import visible
from .cells import STYLES, plain, short
from .layout import plural

if TYPE_CHECKING:
    from ..evaluate import Judged


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
        title=Text(plural(len(wrong), "misjudged pair"), style="bold"),
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
