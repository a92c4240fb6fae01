"""CSV for spreadsheets: a header row, then one row per record; verdicts as words."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..model import ClaimCheck, Stance
from . import layout, visible

if TYPE_CHECKING:
    from ..results import Checks, Matrix
    from .formats import Out

# A cell a spreadsheet reads as a formula (=HYPERLINK(...), +, -, @, or after a tab or a
# carriage return): OWASP's advice is to put an apostrophe before it, which a spreadsheet takes
# as "this is text". The writer quotes any cell with a comma, a quote or a line break, so no
# text can start a cell of its own.
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """A value as a CSV cell: text with escapes shown, a formula made text."""
    if not isinstance(value, str):
        return value
    text = visible(value)
    return "'" + text if text.startswith(_FORMULA) else text


def _csv(rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows([cell(value) for value in row] for row in rows)
    return out.getvalue().rstrip("\n")


def _id(result: ClaimCheck) -> str:
    return result.claim.curated.id if result.claim.curated else ""


def check(view: Checks, out: Out) -> None:
    """One row per claim and source: the verdict, its confidence, evidence, span and reason."""
    header = (
        "claim",
        "id",
        "source",
        "verdict",
        "confidence",
        "evidence",
        "start",
        "end",
        "reason",
    )
    rows = [header]
    for result in view.results:
        for verdict in result.verdicts:
            evidence = verdict.evidence
            rows.append(
                (
                    result.claim.text,
                    _id(result),
                    verdict.source,
                    verdict.stance.value,
                    f"{verdict.confidence:.2f}",
                    evidence.sentence if evidence else "",
                    evidence.span[0] if evidence else "",
                    evidence.span[1] if evidence else "",
                    verdict.reason,
                )
            )
    out.document(_csv(rows))


def matrix(view: Matrix, out: Out) -> None:
    """One row per claim: its verdict from each source, the counts and the consensus."""
    header = ["claim", "id", *(source.id for source in view.sources)]
    rows = [[*header, *(stance.value for stance in Stance), "consensus"]]
    for result in view.results:
        counts = result.summary()
        rows.append(
            [
                result.claim.text,
                _id(result),
                *(verdict.stance.value for verdict in result.verdicts),
                *(counts[stance] for stance in Stance),
                layout.consensus(result),
            ]
        )
    out.document(_csv(rows))
