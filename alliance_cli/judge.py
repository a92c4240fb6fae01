"""The verdict: what one sentence says about a claim (`assess`), and what a source says (`judge`)."""

from __future__ import annotations

from collections.abc import Sequence

from . import align
from .analysis import Assertion, Reading, read
from .counts import assess_count
from .findings import Context, Finding
from .lexicon import Lexicon
from .membership import assess_membership
from .model import Evidence, Sentence, Source, Stance, Verdict
from .statement import assess_statement
from .text import normalise


def assess(
    claim: Assertion, reading: Reading, lexicon: Lexicon, context: Context | None = None
) -> Finding | None:
    """What one sentence says about a claim: supports, contradicts, or nothing (None)."""
    context = context or Context()
    if claim.quantity:
        counted = assess_count(claim, reading, lexicon, context)
        if claim.dates and (counted is None or counted.stance is Stance.SUPPORTS):
            # "a 1940 comedy in three acts": the count may hold and the year not
            # its year beside its own words, not any year of evidence given for it
            dated = assess_statement(claim, reading, lexicon, context._replace(given=False))
            if dated and dated.stance is Stance.CONTRADICTS:
                return dated
        return counted
    if claim.membership and claim.dates:  # "X launched it in 2024": the year decides
        return assess_statement(claim, reading, lexicon, context, role=True)
    if claim.membership:
        found = assess_membership(claim, reading, lexicon, context.topics, context.named)
        # "X is in Spain", "X is part of the album": read as a plain statement of a role
        # when the sentence says nothing of membership; of the subject, in evidence given
        # for the claim.
        role = not context.given
        return found or assess_statement(claim, reading, lexicon, context, role=role)
    return assess_statement(claim, reading, lexicon, context)


def topics(
    claim: Assertion, source: Source, lexicon: Lexicon
) -> tuple[frozenset[str], frozenset[str]]:
    """The names in the claim that the source is about (in its title, or in three sentences),
    and those it names at all."""
    import re

    about, named = set(), set()
    for entity in {unit.entity for unit in claim.units if unit.entity}:
        names = {normalise(entity.text), *lexicon.alias_names.get(entity.key, ())}
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names if n) + r")\b")
        title = normalise(source.title or "")
        count = sum(1 for s in source.sentences if pattern.search(s.norm))
        if pattern.search(title) or count >= 3:
            about.add(entity.key)
        if count:
            named.add(entity.key)
    return frozenset(about), frozenset(named)


def judge(
    claim: Assertion,
    source: Source,
    sentences: Sequence[Sentence],
    lexicon: Lexicon,
    given: bool = False,
) -> Verdict:
    """A source's verdict on a claim from its candidate sentences: the finding held with the
    most confidence, a support winning a tie. With `given`, the source is known to bear on the
    claim, so where no sentence decides, the verdict leans to supports (see `_lean`)."""
    subjects, named = topics(claim, source, lexicon)
    best: tuple[Finding, Sentence] | None = None
    for sentence in sentences:
        previous = None
        if sentence.index:
            before = source.sentences[sentence.index - 1]
            previous = frozenset(m.key for m in read(before.text, lexicon, before.start).entities)
        context = Context(subjects, previous, len(source.sentences) == 1, named, given)
        finding = assess(claim, read(sentence.text, lexicon, sentence.start), lexicon, context)
        if finding and (best is None or _rank(finding) > _rank(best[0])):
            best = (finding, sentence)
    if best is None and given and sentences:
        return _lean(claim, sentences, lexicon, source.id)
    if best is None:
        return Verdict(
            source.id, Stance.OMITS, 0.8 if not sentences else 0.7, "no sentence bears on the claim"
        )
    finding, sentence = best
    evidence = Evidence(
        sentence.text, (sentence.start, sentence.end), tuple(sorted(set(finding.highlights)))
    )
    return Verdict(source.id, finding.stance, finding.confidence, finding.reason, evidence)


def _lean(
    claim: Assertion, sentences: Sequence[Sentence], lexicon: Lexicon, source: str
) -> Verdict:
    """The verdict on evidence known to bear on the claim when no sentence decides: nothing in
    it contradicts the claim, so it supports, as unsurely as little of the claim it says."""
    said, sentence = max(
        (
            (align.coverage(claim.units, align.scores(claim, read(s.text, lexicon, s.start))), s)
            for s in sentences
        ),
        key=lambda scored: scored[0],
    )
    reason = (
        f"nothing in the given evidence contradicts it ({round(said * 100)}% of the claim's words"
        " or their synonyms said)"
    )
    evidence = Evidence(sentence.text, (sentence.start, sentence.end))
    return Verdict(source, Stance.SUPPORTS, round(0.2 + 0.2 * said, 2), reason, evidence)


def _rank(finding: Finding) -> tuple[float, bool]:
    return finding.confidence, finding.stance is Stance.SUPPORTS
