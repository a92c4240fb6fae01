"""JSON documents for scripts: stable field names, documented in schema/ and the README."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..model import ClaimCheck, CuratedClaim, Source, Verdict

if TYPE_CHECKING:
    from ..api import Mismatch
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
    }


def check_doc(result: ClaimCheck) -> dict[str, Any]:
    curated = result.claim.curated
    return {
        "claim": result.claim.text,
        "id": curated.id if curated else None,
        "verdicts": [verdict_doc(verdict) for verdict in result.verdicts],
        "summary": result.summary(),
    }


def source_doc(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "path": source.path,
        "title": source.title,
        "date": source.date,
        "words": source.words,
        "sentences": len(source.sentences),
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


# Characters json.dumps leaves raw with ensure_ascii=False that a terminal or a JavaScript
# reader may act on: DEL, the C1 controls (U+009B starts an escape sequence), U+2028, U+2029.
_UNSAFE = re.compile("[\u007f-\u009f\u2028\u2029]")


def dumps(document: Any) -> str:
    """Indented JSON, non-ASCII text kept readable; every control character is escaped."""
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def checks(results: Iterable[ClaimCheck]) -> str:
    return dumps([check_doc(result) for result in results])


def sources(items: Sequence[Source]) -> str:
    return dumps([source_doc(source) for source in items])


def claims(items: Sequence[CuratedClaim]) -> str:
    return dumps([claim_doc(claim) for claim in items])
