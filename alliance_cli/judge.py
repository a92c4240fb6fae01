"""The verdict: what one sentence says about a claim (`assess`), and what a source says (`judge`)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

from .analysis import Assertion, Mention, Reading, Unit, read
from .lexicon import Lexicon
from .model import Evidence, Quantity, Sentence, Source, Stance, Verdict
from .text import normalise

_AFTER_FOUNDER = frozenset({",", "by", "with", "of", "the", "this", "its", "in", "on"})
SUPPORT_COVERAGE = 0.75  # the share of a claim a sentence must say to support it
LIST_REACH = 25  # how many tokens a list cue reaches forward
NEGATION_REACH = 12  # how far a negation cue reaches, in tokens, within its clause


class Finding(NamedTuple):
    """What one sentence does with a claim."""

    stance: Stance
    confidence: float
    reason: str
    highlights: tuple[tuple[int, int], ...] = ()


def _range_text(q: Quantity) -> str:
    return q.text


def _assess_quantity(claim: Assertion, reading: Reading) -> Finding | None:
    wanted = claim.quantity
    assert wanted is not None
    counts = [q for q in reading.quantities if q.counted == wanted.counted]
    if not counts:
        return None
    subject = [unit for unit in claim.units if unit.entity]
    strength = [_match(unit, reading) for unit in subject]
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


def _locations(unit: Unit, reading: Reading, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Where in the sentence a claim unit is said (token ranges)."""
    names = [unit.entity.key] if unit.entity else []
    out = [
        (m.start, m.end)
        for m in reading.entities
        if f"ent:{m.key}" in unit.keys or any(f" {name} " in f" {m.key} " for name in names)
    ]
    stems = reading.words.stems
    for i, stem in enumerate(stems):
        if stem in unit.keys or any(
            f"syn:{g}" in unit.keys for g in lexicon.synonyms.get(stem, ())
        ):
            out.append((i, i + 1))
    for start, end, phrase in lexicon.synonym_phrases.find(stems):
        if phrase in unit.keys or any(
            f"syn:{g}" in unit.keys for g in lexicon.synonyms.get(phrase, ())
        ):
            out.append((start, end))
    return sorted(set(out))


def _match(unit: Unit, reading: Reading) -> float:
    """1 when the sentence says the unit, 0.85 when it says a synonym, 0.5 when it names only
    the head of a multi-word name ("the Alliance" for "the AI Alliance"), else 0."""
    shared = unit.keys & reading.keys
    if shared:
        return 1.0 if any(not key.startswith("syn:") for key in shared) else 0.85
    entity = unit.entity
    if entity and any(f" {entity.key} " in f" {m.key} " for m in reading.entities):
        return 1.0  # "AIM" in "AIM Alliance", "Yale" in "Yale School of Medicine"
    if entity and " " in entity.key and entity.head in reading.words.stems:
        rivals = [m for m in reading.entities if m.head == entity.head and " " in m.key]
        if not rivals:
            return 0.5
    return 0.0


def _negated_near(reading: Reading, positions: Sequence[int]) -> tuple[int, int, str] | None:
    for start, end, cue in reading.negations:
        for p in positions:
            if reading.clauses[p] == reading.clauses[start] and abs(p - start) <= 6:
                return start, end, cue
    return None


def _substitute(
    claim: Assertion, missing: Unit, reading: Reading, lexicon: Lexicon, named: set[str]
) -> Mention | None:
    """A name in the sentence standing where the claim has `missing`: next to the same words."""
    claim_stems = claim.reading.words.stems
    for unit in claim.units:
        if unit is missing or unit.entity or _match(unit, reading) < 1.0:
            continue
        gap = unit.start - missing.end if unit.start >= missing.end else missing.start - unit.end
        if (
            gap < 0
            or gap > 2
            or any(claim_stems[i] not in ("'s", "the", ",", "of") for i in _between(unit, missing))
        ):
            continue
        after = unit.start >= missing.end  # the anchor word comes after the missing name
        for start, end in _locations(unit, reading, lexicon):
            for mention in reading.entities:
                if f"ent:{mention.key}" in named or mention.key in named:
                    continue
                distance = start - mention.end if after else mention.start - end
                if 0 <= distance <= 2 and not (mention.start < end and start < mention.end):
                    return mention
    return None


def _compound_scores(claim: Assertion, scores: list[float]) -> list[float]:
    """A word met only through a synonym does not count when the word before it in the claim
    is missing: "working groups" is not said by "coalition"."""
    out = list(scores)
    units = claim.units
    for k in range(1, len(units)):
        before, unit = units[k - 1], units[k]
        if (
            before.end == unit.start
            and not before.entity
            and scores[k - 1] == 0
            and 0 < scores[k] < 1
        ):
            out[k] = 0.0
    return out


def _attached(reading: Reading, event: int, named: list[tuple[int, int]]) -> bool:
    """Whether the event word at token `event` is said of one of the claim's names: no other
    name stands between them ("the Widget Coalition draws parallels to the Gadget Alliance
    formed in 1991" says nothing of when the Widget Coalition was formed)."""
    if not named:
        return True
    for start, end in named:
        low, high = (end, event) if end <= event else (event + 1, start)
        if not any(
            low <= m.start and m.end <= high
            for m in reading.entities
            if (m.start, m.end) not in named
        ):
            return True
    return False


def _token_at(reading: Reading, offset: int) -> int:
    return next(i for i, token in enumerate(reading.words.tokens) if token.end > offset)


def _between(a: Unit, b: Unit) -> range:
    return range(b.end, a.start) if a.start >= b.end else range(a.end, b.start)


def _assess_plain(
    claim: Assertion, reading: Reading, lexicon: Lexicon, topics: frozenset[str]
) -> Finding | None:
    units = claim.units
    if not units and not claim.dates:
        return None
    scores = _compound_scores(claim, [_match(unit, reading) for unit in units])
    lead = units[0] if units[0].entity and units[0].start <= 1 else None
    implied = bool(lead and not scores[0] and lead.entity.key in topics)
    if implied:
        # The source's own subject, unnamed in this sentence ("the plan ..."), may be taken as
        # said, but then the sentence can only support.
        scores[0] = 0.75
    total = sum(unit.weight for unit in units) or 1.0
    coverage = sum(unit.weight * score for unit, score in zip(units, scores, strict=True)) / total
    located = [
        loc
        for unit, s in zip(units, scores, strict=True)
        if s
        for loc in _locations(unit, reading, lexicon)
    ]
    positions = [start for start, _ in located]
    spans = tuple(reading.words.span(start, end) for start, end in located)
    missing_names = [unit for unit, s in zip(units, scores, strict=True) if unit.entity and s == 0]

    date_agrees = date_clash = None

    may_contradict = not implied
    if implied and _substitute(
        claim, lead, reading, lexicon, {u.entity.key for u in units if u.entity}
    ):
        return None  # another name stands where the claim's subject would be
    if claim.dates:
        events = [
            p
            for unit, score in zip(units, scores, strict=True)
            if score and not unit.entity
            for p, _ in _locations(unit, reading, lexicon)
        ]
        named_at = [
            loc
            for unit, score in zip(units, scores, strict=True)
            if score and unit.entity
            for loc in _locations(unit, reading, lexicon)
        ]
        clauses = {reading.clauses[p] for p in events if _attached(reading, p, named_at)}
        dated = [
            d for d in reading.dates if reading.clauses[_token_at(reading, d.span[0])] in clauses
        ]
        date_agrees = next(((f, w) for w in claim.dates for f in dated if f.agrees(w)), None)
        date_clash = (
            None if date_agrees else next(((f, w) for w in claim.dates for f in dated), None)
        )

    if coverage >= SUPPORT_COVERAGE and not missing_names:
        negation = _negated_near(reading, positions)
        if claim.dates and date_agrees is None:
            if date_clash and may_contradict:
                found, wanted = date_clash
                reason = f"source says {found.text}; claim says {wanted.text}"
                return Finding(Stance.CONTRADICTS, 0.75, reason, (*spans, found.span))
            return None
        if bool(negation) != claim.negated and may_contradict:
            if negation:
                start, end, _ = negation
                cue = reading.words.surface(start, end)
                return Finding(
                    Stance.CONTRADICTS,
                    0.7,
                    f"source negates it ({cue!r})",
                    (*spans, reading.words.span(start, end)),
                )
            return Finding(
                Stance.CONTRADICTS, 0.6, "source states it without the claim's negation", spans
            )
        if bool(negation) != claim.negated:
            return None
        confidence = round(0.45 + 0.5 * coverage, 2)
        extra = (date_agrees[0].span,) if date_agrees else ()
        reason = f"source says it ({round(coverage * 100)}% of the claim's words or their synonyms)"
        return Finding(Stance.SUPPORTS, confidence, reason, (*spans, *extra))

    if not may_contradict:
        return None
    named = {unit.entity.key for unit in units if unit.entity}
    rest = [
        (unit, s) for unit, s in zip(units, scores, strict=True) if not (unit.entity and s == 0)
    ]
    rest_total = sum(unit.weight for unit, _ in rest) or 1.0
    rest_coverage = sum(unit.weight * s for unit, s in rest) / rest_total
    dates_hold = not claim.dates or date_agrees is not None
    if len(missing_names) == 1 and rest_coverage >= 0.8 and len(rest) >= 2 and dates_hold:
        substitute = _substitute(claim, missing_names[0], reading, lexicon, named)
        if substitute:
            reason = f"source names {substitute.text} where the claim has {missing_names[0].text}"
            span = reading.words.span(substitute.start, substitute.end)
            return Finding(Stance.CONTRADICTS, 0.7, reason, (*spans, span))
    for unit, score in zip(units, scores, strict=True):
        if score:
            continue
        opposite = {stem for key in unit.keys for stem in lexicon.antonyms.get(key, ())}
        hits = [i for i, stem in enumerate(reading.words.stems) if stem in opposite]
        others = [(u, s) for u, s in zip(units, scores, strict=True) if u is not unit]
        other_total = sum(u.weight for u, _ in others) or 1.0
        if (
            hits
            and sum(u.weight * s for u, s in others) / other_total >= SUPPORT_COVERAGE
            and not missing_names
        ):
            word = reading.words.surface(hits[0], hits[0] + 1)
            reason = f"source says {word!r} where the claim says {unit.text!r}"
            return Finding(
                Stance.CONTRADICTS, 0.65, reason, (*spans, reading.words.span(hits[0], hits[0] + 1))
            )
    return None


def _in_list_after(reading: Reading, cue_end: int, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether `mention` stands in the list that a cue ending at token `cue_end` opens."""
    if not 0 <= mention.start - cue_end <= LIST_REACH:
        return False
    return all(
        reading.clauses[i] == reading.clauses[mention.start] for i in range(cue_end, mention.start)
    )


def _membership_status(
    reading: Reading, subject: Mention, lexicon: Lexicon, group_known: bool
) -> tuple[int, bool, tuple[int, int], Mention] | None:
    """(+1 member / -1 not a member, as founder?, the cue's tokens, the mention) for one name."""
    stems = reading.words.stems
    mentions = [m for m in reading.entities if m.key == subject.key]
    if not mentions:
        return None
    frame = lexicon.membership_frame.find(stems) or lexicon.claim_predicates.find(stems)
    groups = group_known or bool(lexicon.group_words.find(stems))
    founders = lexicon.founder_verbs.find(stems)
    for mention in mentions:
        for start, end, cue in reading.negations:
            if reading.clauses[start] != reading.clauses[mention.start]:
                continue
            distance = mention.start - end if mention.start >= end else start - mention.end
            if distance > NEGATION_REACH:
                continue
            plain = cue == ""
            if plain and not any(reading.clauses[a] == reading.clauses[start] for a, _, _ in frame):
                continue
            return -1, False, (start, end), mention
    for mention in mentions:
        for start, end, _ in founders:
            if reading.clauses[start] != reading.clauses[mention.start] or not groups:
                continue
            before = _skip_apposition(reading, mention.end, start)
            if (
                start >= mention.end
                and start - mention.end <= 16
                and all(_listy(reading, i, lexicon) for i in before)
            ):
                return 1, True, (start, end), mention
            after = range(end, mention.start)
            if (
                mention.start >= end
                and mention.start - end <= 12
                and all(
                    reading.words.tokens[i].norm in _AFTER_FOUNDER
                    or _listy(reading, i, lexicon)
                    or reading.covered(i, i + 1)
                    for i in after
                )
            ):
                return 1, True, (start, end), mention
    for mention in mentions:
        for start, end, _ in lexicon.claim_predicates.find(stems):
            between = range(mention.end, start)
            if 0 <= start - mention.end <= 10 and all(_listy(reading, i, lexicon) for i in between):
                return 1, False, (start, end), mention  # "Acme and Globex are members of ..."
    for mention in mentions:
        clause = reading.clauses[mention.start]
        if not any(reading.clauses[a] == clause for a, _, _ in frame):
            continue
        for start, end, _ in lexicon.list_cues.find(stems):
            if _in_list_after(reading, end, mention, lexicon):
                return 1, False, (start, end), mention
    return None


def _skip_apposition(reading: Reading, start: int, end: int) -> range:
    """Tokens [start, end) less a leading ", known for ...," aside."""
    norms = [token.norm for token in reading.words.tokens[start:end]]
    if norms[:1] == [","] and "," in norms[1:]:
        return range(start + 1 + norms[1:].index(",") + 1, end)
    return range(start, end)


def _listy(reading: Reading, i: int, lexicon: Lexicon) -> bool:
    """Whether token i can stand inside a list of names: a name, a comma, and, or a stopword."""
    token = reading.words.tokens[i]
    if token.norm in (",", "and", "&", "others", "other") or token.norm in lexicon.stopwords:
        return True
    return any(m.start <= i < m.end for m in reading.entities)


def _assess_membership(
    claim: Assertion, reading: Reading, lexicon: Lexicon, topics: frozenset[str]
) -> Finding | None:
    membership = claim.membership
    assert membership is not None
    group_known = membership.group is not None and membership.group.key in topics
    statuses = [
        _membership_status(reading, subject, lexicon, group_known)
        for subject in membership.subjects
    ]
    known = [s for s in statuses if s]
    if not known:
        return None
    words = reading.words
    highlights = tuple(
        span for s in known for span in (words.span(*s[2]), words.span(s[3].start, s[3].end))
    )
    against = [s for s in known if s[0] < 0]
    if against:
        _, _, cue, mention = against[0]
        said = words.surface(*cue)
        stance = Stance.SUPPORTS if claim.negated else Stance.CONTRADICTS
        reason = f"source says {mention.text} is not in it ({said!r})"
        return Finding(stance, 0.85, reason, highlights)
    if len(known) < len(statuses):
        return None
    if membership.founder and not all(s[1] for s in known):
        return None
    _, _, cue, mention = known[0]
    said = words.surface(*cue)
    role = "a founder or leader" if all(s[1] for s in known) else "a member"
    names = " and ".join(s[3].text for s in known)
    reason = f"source names {names} as {role} ({said!r})"
    if claim.negated:
        return Finding(Stance.CONTRADICTS, 0.8, reason + "; claim says not", highlights)
    return Finding(Stance.SUPPORTS, 0.85, reason, highlights)


def assess(
    claim: Assertion, reading: Reading, lexicon: Lexicon, topics: frozenset[str] = frozenset()
) -> Finding | None:
    """What one sentence says about a claim: supports, contradicts, or nothing (None)."""
    if claim.quantity:
        return _assess_quantity(claim, reading)
    if claim.membership:
        return _assess_membership(claim, reading, lexicon, topics)
    return _assess_plain(claim, reading, lexicon, topics)


def topics(claim: Assertion, source: Source, lexicon: Lexicon) -> frozenset[str]:
    """The names in the claim that the source is about: in its title, or in three sentences."""
    import re

    out = set()
    for entity in {unit.entity for unit in claim.units if unit.entity}:
        names = {normalise(entity.text), *lexicon.alias_names.get(entity.key, ())}
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names if n) + r")\b")
        title = normalise(source.title or "")
        if pattern.search(title) or sum(1 for s in source.sentences if pattern.search(s.norm)) >= 3:
            out.add(entity.key)
    return frozenset(out)


def judge(
    claim: Assertion, source: Source, sentences: Sequence[Sentence], lexicon: Lexicon
) -> Verdict:
    """A source's verdict on a claim from its candidate sentences: the finding held with the
    most confidence, a support winning a tie."""
    subjects = topics(claim, source, lexicon)
    best: tuple[Finding, Sentence] | None = None
    for sentence in sentences:
        finding = assess(claim, read(sentence.text, lexicon, sentence.start), lexicon, subjects)
        if finding and (best is None or _rank(finding) > _rank(best[0])):
            best = (finding, sentence)
    if best is None:
        return Verdict(
            source.id, Stance.OMITS, 0.8 if not sentences else 0.7, "no sentence bears on the claim"
        )
    finding, sentence = best
    evidence = Evidence(
        sentence.text, (sentence.start, sentence.end), tuple(sorted(set(finding.highlights)))
    )
    return Verdict(source.id, finding.stance, finding.confidence, finding.reason, evidence)


def _rank(finding: Finding) -> tuple[float, bool]:
    return finding.confidence, finding.stance is Stance.SUPPORTS
