"""Judging a claim about a count: the claim's range against each range the sentence gives."""

from __future__ import annotations

import math

from .align import match, name_match
from .analysis import Assertion, Mention, Reading, Unit
from .findings import Finding
from .lexicon import Lexicon
from .model import Quantity, Stance


def _owner(reading: Reading, count: Quantity) -> Mention | None:
    """The name a count is said of: the one right after it ("47-strong AI Alliance", "47
    members of the AI Alliance"), else the nearest before it in its clause."""
    tokens = reading.words.tokens
    first = next(i for i, token in enumerate(tokens) if token.end > count.span[0])
    last = max(i for i, token in enumerate(tokens) if token.start < count.span[1])
    after = [m for m in reading.entities if last < m.start <= last + 3]
    if after and all(tokens[i].norm in ("of", "the", "-") for i in range(last + 1, after[0].start)):
        return after[0]
    before = [
        m
        for m in reading.entities
        if m.end <= first and reading.clauses[m.start] == reading.clauses[first]
    ]
    return before[-1] if before else None


def _owned(reading: Reading, count: Quantity, subject: list[Unit], lexicon: Lexicon) -> bool:
    """Whether a count is said of the claim's subject: its owner is that name (or no name at
    all); for a claim that names no subject, an owner that is a group ("the Alliance boasts
    45 members", not "Acme has 12 partners")."""
    owner = _owner(reading, count)
    if owner is None:
        return True
    if subject:
        return any(
            name_match(unit.entity, owner)
            or (" " not in owner.key and owner.head == unit.entity.head)
            for unit in subject
            if unit.entity
        )  # the claim's name, or its head alone ("the Alliance")
    return bool(lexicon.group_words.match_at((owner.head,), 0))


def assess_count(claim: Assertion, reading: Reading, lexicon: Lexicon) -> Finding | None:
    """Supports when the sentence's figure lies inside the claim's range, contradicts when the
    ranges are disjoint (more surely the further apart), supports less surely when they only
    overlap ("more than 40" for "47")."""
    wanted = claim.quantity
    assert wanted is not None
    subject = [unit for unit in claim.units if unit.entity]
    strength = [match(unit, reading) for unit in subject]
    if subject and not any(strength):
        return None  # a count of something else
    counts = [
        q
        for q in reading.quantities
        if q.counted == wanted.counted and _owned(reading, q, subject, lexicon)
    ]
    if not counts:
        return None
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
