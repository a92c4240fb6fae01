"""Judging a claim about a count: the claim's range against each range the sentence gives."""

from __future__ import annotations

import math

from .align import match, name_match
from .analysis import Assertion, Mention, Reading, Unit
from .findings import Context, Finding
from .lexicon import Lexicon
from .model import Quantity, Stance

GROUP = "group"  # the owner of a count is a group named by a common noun: "the group counts 38"
PART = "part"  # the owner is a part of something: "its board has 9 members"


def _owner(reading: Reading, count: Quantity, lexicon: Lexicon) -> Mention | str | None:
    """What a count is said of: the name right after it ("the 47-strong Widget Coalition", "47
    members of the Widget Coalition"); else, walking back through its clause past asides between commas or
    dashes ("The Coalition, launched by Acme, has 47 members"; not an apposition: "its rival,
    the Gadget Guild, has 20"), the first name, or GROUP for a group's common noun ("the
    group now counts 38")."""
    tokens = reading.words.tokens
    first = _first_token(reading, count)
    last = max(i for i, token in enumerate(tokens) if token.start < count.span[1])
    after = [m for m in reading.entities if last < m.start <= last + 3]
    if after and all(tokens[i].norm in ("of", "the", "-") for i in range(last + 1, after[0].start)):
        return after[0]
    names = {i: m for m in reading.entities for i in range(m.start, m.end)}
    i = first - 1
    while i >= 0 and reading.clauses[i] == reading.clauses[first]:
        if tokens[i].norm in (",", "-") and i > 0:
            opening = next(
                (j for j in range(i - 1, max(-1, i - 14), -1) if tokens[j].norm == tokens[i].norm),
                None,
            )
            inner = tokens[opening + 1] if opening is not None else None
            if (
                inner is not None
                and inner.text[:1].islower()
                and inner.norm not in ("the", "a", "an")
            ):
                i = opening - 1  # an aside: ", launched by Acme,"; an apposition names the owner
                continue
        if i in names:
            return names[i]
        if lexicon.group_words.match_at(reading.words.stems, i):
            return GROUP
        if tokens[i].norm in lexicon.possessives:
            return PART  # "its governing board has 9 members": a part's count, not the whole's
        i -= 1
    return None


def _first_token(reading: Reading, count: Quantity) -> int:
    """The index of the token a count's words start at."""
    return next(i for i, token in enumerate(reading.words.tokens) if token.end > count.span[0])


def _is_group(mention: Mention, lexicon: Lexicon) -> bool:
    return bool(lexicon.group_words.match_at((mention.head,), 0))


def whole_count(reading: Reading, count: Quantity, lexicon: Lexicon) -> bool:
    """Whether a count is of a whole (a group, or what the sentence is about), not of a part
    of it ("its board has 9 members") or of a company ("Acme has 12 partners")."""
    owner = _owner(reading, count, lexicon)
    return owner is None or owner == GROUP or (owner != PART and _is_group(owner, lexicon))


def _owned(
    reading: Reading, count: Quantity, subject: list[Unit], lexicon: Lexicon, carried: bool
) -> bool:
    """Whether a count is said of the claim's subject: its owner is that name, or its head
    alone ("the Alliance"), or a group's common noun or no name at all when the subject is
    named in the sentence or carried from the one before. A claim that names no subject takes
    a group's count, not a company's ("Acme has 12 partners")."""
    owner = _owner(reading, count, lexicon)
    if owner == PART:
        return False
    if not subject:
        return owner is None or owner == GROUP or _is_group(owner, lexicon)
    if owner is None or owner == GROUP:
        # a common noun or no name: the claim's subject, if it is a group the sentence names
        group = any(_is_group(unit.entity, lexicon) for unit in subject if unit.entity)
        return (owner is None or group) and (
            carried or any(match(unit, reading) for unit in subject)
        )
    return any(
        name_match(unit.entity, owner) or (" " not in owner.key and owner.head == unit.entity.head)
        for unit in subject
        if unit.entity
    )


def _counted_by_another(
    reading: Reading, count: Quantity, subject: list[Unit], lexicon: Lexicon
) -> bool:
    """Whether a count is said of a name other than the subject's, as the subject of its verb:
    "Globex has 12 partners"."""
    owner = _owner(reading, count, lexicon)
    if not isinstance(owner, Mention) or any(
        unit.entity and name_match(unit.entity, owner) for unit in subject
    ):
        return False
    between = reading.words.norms[owner.end : _first_token(reading, count)]
    return len(between) <= 2 and not {"and", ",", "with"} & set(between)


def assess_count(
    claim: Assertion, reading: Reading, lexicon: Lexicon, context: Context
) -> Finding | None:
    """Supports when the sentence's figure lies inside the claim's range, contradicts when the
    ranges are disjoint (more surely the further apart), supports less surely when they only
    overlap ("more than 40" for "47")."""
    wanted = claim.quantity
    assert wanted is not None
    subject = [unit for unit in claim.units if unit.entity]
    strength = [match(unit, reading) for unit in subject]
    carried = bool(subject) and context.carries(subject[0].entity.key)
    if subject and not any(strength) and not carried:
        return None  # a count of something else
    same = [q for q in reading.quantities if q.counted == wanted.counted]
    counts = [q for q in same if _owned(reading, q, subject, lexicon, carried)]
    if not counts and context.given:
        # evidence given for the claim counts its noun, whoever it names nearby ("in the
        # United States and selling 757,000 copies"), but not another name's own count
        # ("its rival Globex has 12 partners")
        counts = [q for q in same if not _counted_by_another(reading, q, subject, lexicon)]
    if not counts:
        return None
    sure = 1.0 if strength and all(s == 1.0 for s in strength) else 0.9
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
