"""Markdown (GitHub tables) for pasting into issues and documents. Text from sources and claims
is escaped so that it prints as written: no emphasis, links, HTML or broken table cells."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import ClaimCheck, Verdict
from . import layout, visible
from .layout import SYMBOLS

if TYPE_CHECKING:
    from ..results import Checks, Matrix
    from .formats import Out

# Characters Markdown would act on: "_" only where it can start or end emphasis, "&" only
# where it starts an entity.
_SPECIAL = re.compile(r"[\\`*\[\]<>|~]|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])|&(?=#?\w+;)")


def escape(text: str | None) -> str:
    """Text as a literal inside a table cell, on one line."""
    return _SPECIAL.sub(lambda match: "\\" + match.group(), _flat(text))


def _flat(text: str | None) -> str:
    """On one line: escapes shown, white space made single spaces."""
    return " ".join(visible(text or "").split())


def _code(text: str) -> str:
    """Text as a code span, a fence longer than any run of backticks in it."""
    flat = _flat(text)
    fence = "`" * (max(map(len, re.findall("`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _claim(result: ClaimCheck) -> str:
    curated = result.claim.curated
    text = escape(result.claim.text)
    return f"**{escape(curated.id)}** {text}" if curated else text


def _verdict(verdict: Verdict) -> str:
    return f"{SYMBOLS[verdict.stance]} {verdict.stance.value} {verdict.confidence:.2f}"


def check(view: Checks, out: Out) -> None:
    """For each claim: a heading, a table with a row per source, and the count of each verdict."""
    parts = []
    for result in view.results:
        curated = result.claim.curated
        title = f"### \u201c{escape(result.claim.text)}\u201d"
        title += f" (curated claim {escape(curated.id)})" if curated else " (checked as written)"
        rows = [_row(("Source", "Verdict", "Evidence", "Reason")), _row(("---",) * 4)]
        for verdict in result.verdicts:
            evidence = verdict.evidence.sentence if verdict.evidence else "\u2014"
            rows.append(
                _row(
                    (
                        escape(verdict.source),
                        _verdict(verdict),
                        escape(evidence),
                        escape(verdict.reason),
                    )
                )
            )
        parts.append("\n".join([title, "", *rows, "", layout.summary(result)]))
    out.document("\n\n".join(parts))


def matrix(view: Matrix, out: Out) -> None:
    """The grid: a row per claim, a column per source, the consensus last; then a key."""
    results, sources = view.results, view.sources
    heads = layout.column_heads(sources)
    rows = [
        _row(("Claim", *(escape(heads[source.id]) for source in sources), "Consensus")),
        _row(("---", *(":-:" for _ in sources), "---")),
    ]
    for result in results:
        marks = (SYMBOLS[verdict.stance] for verdict in result.verdicts)
        rows.append(_row((_claim(result), *marks, layout.consensus(result))))
    key = [
        f"- {_code(heads[source.id])} {escape(source.id)}: {escape(source.label)}"
        for source in sources
        if heads[source.id] != source.id
    ]
    out.document("\n".join([*rows, "", layout.LEGEND, *(["", *key] if key else [])]))
