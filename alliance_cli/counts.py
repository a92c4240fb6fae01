"""Judging a claim about a count: the claim's range against each range the sentence gives."""

from __future__ import annotations

import math

from .align import match
from .analysis import Assertion, Reading
from .findings import Finding
from .model import Stance


def assess_count(claim: Assertion, reading: Reading) -> Finding | None:
    """Supports when the sentence's figure lies inside the claim's range, contradicts when the
    ranges are disjoint (more surely the further apart), supports less surely when they only
    overlap ("more than 40" for "47")."""
    wanted = claim.quantity
    assert wanted is not None
    counts = [q for q in reading.quantities if q.counted == wanted.counted]
    if not counts:
        return None
    subject = [unit for unit in claim.units if unit.entity]
    strength = [match(unit, reading) for unit in subject]
    if subject and not any(strength):
        return None  # a count of something else
    sure = 1.0 if all(s == 1.0 for s in strength) else 0.9
    findings = []
    for found in counts:
        said = f"source says {found.text}; claim says {wanted.text}"
        if found.inside(wanted):
            confidence = 0.95 if found.exact and wanted.exact else 0.9
            stance = Stance.SUPPORTS
        elif found.gap(wanted) > 0:
            scale = wanted.high if math.isfinite(wanted.high) else wanted.low
            relative = found.gap(wanted) / max(scale, 1.0)
            confidence = 0.6 + min(0.3, 3 * relative)
            stance = Stance.CONTRADICTS
        else:
            if claim.negated:
                continue  # "not 47" and "more than 40" can both hold
            confidence, stance = 0.6, Stance.SUPPORTS
            said += " (compatible, less precise)"
        if claim.negated:
            stance = Stance.CONTRADICTS if stance is Stance.SUPPORTS else Stance.SUPPORTS
        findings.append(Finding(stance, round(confidence * sure, 2), said, (found.span,)))
    if not findings:
        return None
    return max(findings, key=lambda f: (f.confidence, f.stance is Stance.SUPPORTS))
