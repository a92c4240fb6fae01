"""A source's verdict on a claim: the best proof among its candidate sentences, with the
sentence that decides it, its span, a one-line reason and the proof's steps."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property
from typing import NamedTuple

from ..model import Claim, ClaimCheck, Evidence, Relation, Source, Stance, Step, Verdict
from ..opening import source_date
from ..text import normalise
from .align import Proof, prove
from .claim import ClaimFrame, read_claim
from .claim_split import split_claim
from .lexicon import Lexicon, default_lexicon
from .reading import Reading
from .retrieve import candidates, claim_pattern, name_pattern
from .roles import one_holder_names
from .steps import Context, claim_step
from .when import parse_iso


def check_claim(
    claim: Claim, sources: Sequence[Source], lexicon: Lexicon | None = None
) -> ClaimCheck:
    """Every source's verdict on one claim, in source order. A claim that says two things
    ("A beat B and became mayor", "X is a song recorded by Y") is checked as each, and the
    verdicts joined: it holds when both do, and fails when either does."""
    read = read_parts(claim, lexicon or default_lexicon())
    return ClaimCheck(claim, tuple(judge_parts(read, source) for source in sources))


class Part(NamedTuple):
    """One thing a claim says, read once for every source: its frame, its retrieval pattern
    and the pattern of its names (`retrieve.name_pattern`)."""

    frame: ClaimFrame
    pattern: re.Pattern[str] | None
    names: re.Pattern[str] | None


def read_parts(claim: Claim, lexicon: Lexicon) -> list[Part]:
    """The claim (its curated wording, if it has one) read as the things it says."""
    text = claim.curated.text if claim.curated else claim.text
    frames = [read_claim(part, lexicon) for part in split_claim(text, lexicon)]
    return [
        Part(frame, claim_pattern(frame), name_pattern(frame, one_holder_names(frame)))
        for frame in frames
    ]


def judge_parts(parts: Sequence[Part], source: Source) -> Verdict:
    """One source's verdict on a claim read by `read_parts`: omits, unread, when the source
    names none of the claim's names; it is about something else."""
    verdicts = [
        judge(part.frame, source, candidates(part.frame, source, part.pattern))
        if _names_any(part, source)
        else _unnamed(part.frame, source)
        for part in parts
    ]
    return verdicts[0] if len(verdicts) == 1 else _joined(verdicts)


def _names_any(part: Part, source: Source) -> bool:
    """Whether the source may name a name of the claim (in a sentence or its heading). A lone
    sentence may speak of it by a pronoun alone ("He was born in 1961"); a longer text names
    what it speaks of."""
    if part.names is None or len(source.sentences) < 2:
        return True
    heading = source.heading
    if heading and part.names.search(normalise(heading[0])):
        return True
    return next(iter(source.sentences.matching(part.names)), None) is not None


def _unnamed(claim: ClaimFrame, source: Source) -> Verdict:
    """Omits, with a step (#) for each of the claim's names."""
    names = claim.reading.names
    steps = tuple(
        claim_step(
            claim, name.start, name.end, None, Relation.INDEPENDENT, "source does not mention it"
        )
        for name in names
    )
    reason = f"source does not mention {' or '.join(name.text for name in names)}"
    return Verdict(source.id, Stance.OMITS, 0.8, reason, proof=steps)


def _joined(parts: list[Verdict]) -> Verdict:
    """The verdict on a claim of several parts: the first part a source contradicts (with its
    own proof); else, when the source supports every part, the least sure of them (with every
    part's proof); else omits."""
    proof = tuple(step for part in parts for step in part.proof)
    failing = next((part for part in parts if part.stance is Stance.CONTRADICTS), None)
    if failing is not None:
        return failing

    if all(part.stance is Stance.SUPPORTS for part in parts):
        weakest = min(parts, key=lambda part: part.confidence)
        reason = "; ".join(part.reason for part in parts)
        return replace(weakest, reason=reason, proof=proof)
    missing = next(part for part in parts if part.stance is Stance.OMITS)
    return replace(missing, proof=proof)


def judge(claim: ClaimFrame, source: Source, sentences: Sequence) -> Verdict:
    """The source's verdict from its candidate sentences: the decided proof held most surely
    (the earliest sentence on a tie); omits when none decides."""
    if not sentences:
        return Verdict(source.id, Stance.OMITS, 0.8, "no sentence bears on the claim")
    lexicon = claim.reading.lexicon
    reference = parse_iso(source_date(source))
    headline = _headline(source, lexicon)
    readings = _shared(source, lexicon, reference)
    best: tuple[Proof, object] | None = None
    nearest: Proof | None = None
    for sentence in sentences:
        proof = prove(claim, readings[sentence.index], _context(readings, sentence, headline))
        if proof.stance is Stance.OMITS:
            if nearest is None or _said(proof) > _said(nearest):
                nearest = proof
            continue
        if best is None or proof.confidence > best[0].confidence:
            best = (proof, sentence)
    if best is None:
        return Verdict(
            source.id, Stance.OMITS, 0.7, _omitted(nearest), proof=nearest.steps if nearest else ()
        )
    proof, sentence = best
    highlights = tuple(
        sorted(
            {
                step.source_span
                for step in proof.steps
                if step.source_span and sentence.start <= step.source_span[0] < sentence.end
            }
        )
    )
    written = source.text[sentence.start : sentence.end]
    read = sentence.text if sentence.text != written else ""
    evidence = Evidence(written, (sentence.start, sentence.end), highlights, read)
    return Verdict(source.id, proof.stance, proof.confidence, _reason(proof), evidence, proof.steps)


def _headline(source: Source, lexicon: Lexicon) -> Reading | None:
    if not source.heading:
        return None
    text, start = source.heading
    return Reading(text, lexicon, start)


class _Readings(dict):
    """Each sentence of a source read once, when first asked for, against its dateline."""

    def __init__(self, source: Source, lexicon: Lexicon, reference) -> None:
        super().__init__()
        self.source, self.lexicon, self.reference = source, lexicon, reference

    def __missing__(self, index: int) -> Reading:
        sentence = self.source.sentences[index]
        self[index] = Reading(sentence.text, self.lexicon, sentence.start, self.reference)
        return self[index]

    def every(self) -> list[Reading]:
        return [self[index] for index in range(len(self.source.sentences))]

    @cached_property
    def opening(self) -> int:
        """The index of the story's first sentence: past its headline and dateline."""
        sentences = self.source.sentences
        for index in range(min(len(sentences), 4)):
            if self.source.heading and sentences[index].text == self.source.heading[0]:
                continue
            reading = self[index]
            words = sum(token.is_word for token in reading.words.tokens)
            if 2 * sum(k in reading.date_at for k in range(len(reading))) < words:
                return index
        return 0


_LAST: list = [(None, None)]  # the source last judged and its readings, as one pair


def _shared(source: Source, lexicon: Lexicon, reference) -> _Readings:
    """The source's readings, shared by the claims judged on it one after another."""
    held, readings = _LAST[0]
    if held is source and readings.lexicon is lexicon and readings.reference == reference:
        return readings
    readings = _Readings(source, lexicon, reference)
    _LAST[0] = (source, readings)
    return readings


def _context(readings: _Readings, sentence, headline: Reading | None) -> Context:
    """The names a sentence may rely on without saying them (the headline's, the opening
    sentence's and the sentence before's), the sentences just before and after it, and every
    sentence of the source."""
    before = {readings.opening, sentence.index - 1} - {-1, sentence.index}
    around = [readings[i] for i in sorted(before)]

    if headline is not None and sentence.text != readings.source.heading[0]:  # not itself
        around.insert(0, headline)
    names = tuple((m, r.words.span(m.start, m.end)) for r in around for m in r.names)
    count = len(readings.source.sentences)
    nearby = tuple(readings[i] for i in (sentence.index - 1, sentence.index + 1) if 0 <= i < count)
    previous = readings[sentence.index - 1] if sentence.index > 0 else None

    return Context(names, nearby, previous=previous, profile=readings.every)


def _reason(proof: Proof) -> str:
    """One line: for a contradiction the step that turned the proof; for support the figure,
    date or predicate step that carries it."""
    steps = proof.steps
    if proof.stance is Stance.CONTRADICTS:
        turning = next(s for s in steps if s.relation in (Relation.ALTERNATION, Relation.NEGATION))
        return turning.why
    carrying = [s for s in steps if s.source is not None]
    key = next((s for s in carrying if "source says" in s.why or "dates it" in s.why), carrying[0])
    return key.why


def _said(proof: Proof) -> int:
    """How many of a proof's steps the source says (not #)."""
    return sum(step.relation is not Relation.INDEPENDENT for step in proof.steps)


def _omitted(nearest: Proof | None) -> str:

    if nearest is None:
        return "no sentence bears on the claim"
    missing = next((s for s in nearest.steps if s.relation is Relation.INDEPENDENT), None)
    missing = missing or next((s for s in nearest.steps if s.source is None), None)

    return f"no sentence says all of it ({missing.why})" if missing else "no sentence decides it"


__all__ = ["ClaimFrame", "Part", "Step", "check_claim", "judge", "judge_parts", "read_parts"]
