"""JSON documents for scripts: stable field names, documented in schema/ and the README."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..model import ClaimCheck, CuratedClaim, Source, SourceInfo, Stance, Step, Verdict
from . import UNSAFE, json_escaped, layout

if TYPE_CHECKING:
    from ..api import Conflicts, Figure, Mismatch
    from ..evaluate import Judged


def verdict_doc(verdict: Verdict) -> dict[str, Any]:
    evidence = verdict.evidence
    return {
        "source": verdict.source,
        "verdict": verdict.stance.value,
        "confidence": verdict.confidence,
        "evidence": evidence.sentence if evidence else None,
        "span": list(evidence.span) if evidence else None,
        "reason": verdict.reason,
        "proof": [step_doc(step) for step in verdict.proof],
    }


def step_doc(step: Step) -> dict[str, Any]:
    """One step of a proof: the claim's piece and its span in the claim, the source's piece and
    its span in the source text (null where the source says nothing of it), the natural-logic
    relation and why."""
    return {
        "claim": step.claim,
        "claim_span": list(step.claim_span),
        "source": step.source,
        "source_span": list(step.source_span) if step.source_span else None,
        "relation": step.relation.name.lower(),
        "symbol": step.relation.value,
        "why": step.why,
    }


def check_doc(result: ClaimCheck) -> dict[str, Any]:
    curated = result.claim.curated
    return {
        "claim": result.claim.text,
        "id": curated.id if curated else None,
        "checked": curated.text if curated else result.claim.text,
        "verdicts": [verdict_doc(verdict) for verdict in result.verdicts],
        "summary": result.summary(),
    }


def source_doc(source: SourceInfo) -> dict[str, Any]:
    return {
        "id": source.id,
        "path": source.path,
        "title": source.title,
        "date": source.date,
        "words": source.words,
        "sentences": source.sentence_count,
    }


def claim_doc(claim: CuratedClaim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "text": claim.text,
        "aliases": list(claim.aliases),
        "tags": list(claim.tags),
        "expect": {source: stance.value for source, stance, _ in claim.expect},
        "note": claim.note,
    }


def mismatch_doc(miss: Mismatch) -> dict[str, Any]:
    return {"id": miss.claim.id, "expected": miss.expected.value, **verdict_doc(miss.verdict)}


def judged_doc(item: Judged) -> dict[str, Any]:
    pair = item.pair
    return {
        "line": pair.line,
        "claim": pair.claim,
        "evidence": pair.source.text,
        "label": pair.label.value,
        **verdict_doc(item.verdict),
    }


def dumps(document: Any, indent: int | None = 2) -> str:
    """Indented JSON (or one line, with `indent=None`), non-ASCII text kept readable; every
    character a terminal or a reader may act on (`report.UNSAFE`: controls, bidirectional and
    zero-width characters, line separators) is escaped, so the data reads back the same."""
    text = json.dumps(document, ensure_ascii=False, indent=indent)
    return UNSAFE.sub(lambda match: json_escaped(match.group()), text)


def check_line(result: ClaimCheck) -> str:
    """One claim's document on one line, for JSON Lines."""
    return dumps(check_doc(result), indent=None)


def checks(results: Iterable[ClaimCheck]) -> str:
    return dumps([check_doc(result) for result in results])


def sources(items: Sequence[SourceInfo]) -> str:
    return dumps([source_doc(source) for source in items])


def claims(items: Sequence[CuratedClaim]) -> str:
    return dumps([claim_doc(claim) for claim in items])


def matrix(results: Iterable[ClaimCheck]) -> str:
    """Each claim's verdict per source (source id -> verdict), its counts and its consensus."""
    return dumps(
        [
            {
                "claim": result.claim.text,
                "id": result.claim.curated.id if result.claim.curated else None,
                "verdicts": {verdict.source: verdict.stance.value for verdict in result.verdicts},
                "summary": result.summary(),
                "consensus": layout.consensus(result),
            }
            for result in results
        ]
    )


def _bound(value: float) -> float | None:
    """A range's end as JSON: a whole number as an integer; no bound as null."""
    if value == float("inf"):
        return None
    return int(value) if value == int(value) else value


def figure_doc(figure: Figure) -> dict[str, Any]:
    quantity, sentence = figure.quantity, figure.sentence
    low, high = quantity.bounds
    return {
        "source": figure.source,
        "low": _bound(low),
        "high": _bound(high),
        "text": quantity.text,
        "span": list(quantity.span),
        "evidence": sentence.text,
        "evidence_span": [sentence.start, sentence.end],
    }


def conflicts(found: Conflicts) -> str:
    """Each disputed count with every figure the sources give for it, then each disputed
    membership with the verdicts of the sources that take a side."""
    documents: list[dict[str, Any]] = [
        {
            "kind": "count",
            "about": conflict.counted,
            "values": [figure_doc(figure) for figure in conflict.figures],
        }
        for conflict in found.counts
    ]
    documents += [
        {
            "kind": "membership",
            "about": conflict.name,
            "claim": conflict.result.claim.text,
            "verdicts": [
                verdict_doc(verdict)
                for verdict in conflict.result.verdicts
                if verdict.stance is not Stance.OMITS
            ],
        }
        for conflict in found.memberships
    ]
    return dumps(documents)


def show(source: Source, results: Iterable[ClaimCheck]) -> str:
    """A source's numbered sentences with their spans, and each claim's verdict on it."""
    return dumps(
        {
            "source": source_doc(source.info),
            "sentences": [
                {"number": s.index + 1, "span": [s.start, s.end], "text": s.text}
                for s in source.sentences
            ],
            "claims": [check_doc(result) for result in results],
        }
    )
