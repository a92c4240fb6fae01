"""JSON documents for scripts: stable field names, documented in schema/ and the README."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..model import ClaimCheck, CuratedClaim, SourceInfo, Stance, Step, Verdict
from . import UNSAFE, json_escaped, layout
from .jsonstream import Each, Written, write_array

if TYPE_CHECKING:
    from ..api import CountConflict, Figure, Mismatch
    from ..evaluate import Judged
    from ..results import Audit, Checks, ClaimList, Disputes, Matrix, Scores, SourceList, SourceText
    from .formats import Out


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


def verdict_json(verdict: Verdict) -> Written:
    """`verdict_doc` made into JSON. Over a corpus most verdicts differ only in their source
    (omits, unread), so each is made once with an empty source, which is then filled in."""
    text = _sourceless(replace(verdict, source=""))
    return Written(text.replace('"source": ""', f'"source": {dumps(verdict.source)}', 1))


@lru_cache(maxsize=64)
def _sourceless(verdict: Verdict) -> str:
    return dumps(verdict_doc(verdict))


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


def check_doc(result: ClaimCheck, streamed: bool = False) -> dict[str, Any]:
    """A claim's document; with `streamed`, its verdicts as a list `jsonstream` writes an
    element at a time."""
    curated = result.claim.curated
    verdicts = (
        Each(result.verdicts, verdict_json)
        if streamed
        else [verdict_doc(verdict) for verdict in result.verdicts]
    )
    return {
        "claim": result.claim.text,
        "id": curated.id if curated else None,
        "checked": curated.text if curated else result.claim.text,
        "verdicts": verdicts,
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


def dumps(document: Any, indent: int | None = 2, default: Callable | None = None) -> str:
    """Indented JSON (or one line, with `indent=None`), non-ASCII text kept readable; every
    character a terminal or a reader may act on (`report.UNSAFE`: controls, bidirectional and
    zero-width characters, line separators) is escaped, so the data reads back the same."""
    text = json.dumps(document, ensure_ascii=False, indent=indent, default=default)
    return UNSAFE.sub(lambda match: json_escaped(match.group()), text)


def check(view: Checks, out: Out) -> None:
    """An array with one element per claim, each verdict made into JSON as it is written."""
    _array((check_doc(result, streamed=True) for result in view.results), out)


def _array(documents: Iterable[Any], out: Out) -> None:
    write_array(out.stream, documents)
    out.stream.write("\n")
    out.stream.flush()


def sources(view: SourceList, out: Out) -> None:
    out.document(dumps([source_doc(source) for source in view.sources]))


def claims(view: ClaimList, out: Out) -> None:
    out.document(dumps([claim_doc(claim) for claim in view.claims]))


def audit(view: Audit, out: Out) -> None:
    """An array of the mismatches: each a verdict with the claim's id and the expected one."""
    out.document(dumps([mismatch_doc(miss) for miss in view.mismatches]))


def evaluate(view: Scores, out: Out) -> None:
    """One file's scores (with its misjudged pairs, when asked for), or `{"files": [...]}`."""
    documents = [
        {**scores, "errors": [judged_doc(item) for item in wrong]} if view.errors else scores
        for scores, wrong in view.runs
    ]
    out.document(dumps(documents[0] if len(documents) == 1 else {"files": documents}))


def matrix(view: Matrix, out: Out) -> None:
    """Each claim's verdict per source (source id -> verdict), its counts and its consensus."""
    _array(
        (
            {
                "claim": result.claim.text,
                "id": result.claim.curated.id if result.claim.curated else None,
                "verdicts": {v.source: v.stance.value for v in result.verdicts},
                "summary": result.summary(),
                "consensus": layout.consensus(result),
            }
            for result in view.results
        ),
        out,
    )


def _bound(value: float) -> float | None:
    """A range's end as JSON: a whole number as an integer; no bound as null."""
    if value == float("inf"):
        return None
    return int(value) if value == int(value) else value


def figure_doc(figure: Figure, written: str) -> dict[str, Any]:
    """A figure, its words and its sentence as `written` in its source (the text at each span)."""
    quantity, sentence = figure.quantity, figure.sentence
    low, high = quantity.bounds
    return {
        "source": figure.source,
        "low": _bound(low),
        "high": _bound(high),
        "text": written[slice(*quantity.span)],
        "span": list(quantity.span),
        "evidence": written[sentence.start : sentence.end],
        "evidence_span": [sentence.start, sentence.end],
    }


def conflicts(view: Disputes, out: Out) -> None:
    """Each disputed count with every figure the sources give for it, then each disputed
    membership with the verdicts of the sources that take a side."""
    found, texts = view.found, {source.id: source.text for source in view.sources}
    documents: list[dict[str, Any]] = [_count_doc(conflict, texts) for conflict in found.counts]
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
    documents += [
        {
            "kind": other.kind,
            "about": other.about,
            "values": [
                {
                    "source": said.source,
                    "value": said.value,
                    "text": texts[said.source][slice(*said.span)],
                    "span": list(said.span),
                    "evidence": texts[said.source][said.sentence.start : said.sentence.end],
                    "evidence_span": [said.sentence.start, said.sentence.end],
                }
                for said in other.values
            ],
        }
        for other in found.others
    ]
    out.document(dumps(documents))


def _count_doc(conflict: CountConflict, texts: dict[str, str]) -> dict[str, Any]:
    """A disputed count (`kind` count), or another disputed figure (`kind` figure: money, a
    share, a measure), with whose figures they are when the sources name it."""
    document: dict[str, Any] = {"kind": "count", "about": conflict.counted}
    if conflict.kind != "count":
        document.update(kind="figure", measure=conflict.kind, unit=conflict.unit)
    if conflict.owner:
        document["of"] = conflict.owner
    document["values"] = [figure_doc(figure, texts[figure.source]) for figure in conflict.figures]
    return document


def show(view: SourceText, out: Out) -> None:
    """A source's numbered sentences with their spans, and each claim's verdict on it."""
    source = view.source
    out.document(
        dumps(
            {
                "source": source_doc(source.info),
                "sentences": [
                    {"number": s.index + 1, "span": [s.start, s.end], "text": s.text}
                    for s in source.sentences
                ],
                "claims": [check_doc(result) for result in view.results],
            }
        )
    )
