"""Aligning a claim with one sentence: each piece of the claim (its predicate with the roles it
gives, its figures, dates, names and words) with the piece of the sentence that says the same
thing, or a rival, or nothing; each pair with its relation and why. The proof is the list of
these steps in the claim's order; `policy.verdict` reads the verdict off it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Quantity, Relation, Stance, Step
from . import anchors, dating, figures, pieces, roles
from .claim import ClaimFrame
from .coref import one_of_several
from .frames import arguments
from .names import Mention
from .negation import Negation, plain
from .policy import verdict
from .reading import Reading
from .steps import Context, Found, claim_step

R = Relation


@dataclass(frozen=True)
class Proof:
    steps: tuple[Step, ...]
    stance: Stance
    confidence: float


def prove(claim: ClaimFrame, sentence: Reading, context: Context) -> Proof:
    """The best proof of the claim from this sentence: tried with each word of the sentence
    that may be the claim's predicate, the one that decides most surely kept."""
    found = anchors.with_elided(sentence, anchors.anchors(claim, sentence)) or [None]
    proofs = [_proof(claim, sentence, context, anchor) for anchor in found]
    return max(proofs, key=lambda proof: (proof.stance is not Stance.OMITS, proof.confidence))


def _proof(
    claim: ClaimFrame, sentence: Reading, context: Context, anchor: anchors.Anchor | None
) -> Proof:
    found: list[Found] = []
    covered: set[int] = set()
    for piece in claim.pieces:
        if piece.kind == "figure":
            step = figures.align_figure(claim, piece, sentence, anchor, context)
        elif piece.kind == "date":
            step = dating.align_date(claim, piece, sentence, anchor, context)
        else:
            continue
        found.append(step)
        covered |= step.covers
    frame = None
    if claim.predicate and not covered.intersection(range(*claim.predicate)):
        frame = roles.frame_step(claim, sentence, context, anchor, frozenset(covered))
    if frame is not None:
        found.append(frame)
        found.extend(Found(step, frame.sure, frozenset()) for step in frame.roles)
        covered |= frame.covers

    described = frame.described if frame is not None else ()

    for piece in claim.pieces:
        if piece.kind in ("name", "word") and not covered.intersection(
            range(piece.start, piece.end)
        ):
            granted = _granted(sentence, anchor)
            step = pieces.piece_step(claim, piece, sentence, context, granted, described)
            found.append(step)
            covered |= step.covers

    found.sort(key=lambda item: (_edit_order(item.step.relation), item.step.claim_span))

    denial = next((item.step for item in found if item.denied), None)
    steps = polarity_steps(claim, sentence, anchor, tuple(item.step for item in found), denial)

    stance = verdict(steps)
    if stance is Stance.CONTRADICTS and frame is not None:
        steps = _which_of_several(claim, steps, frame.described, sentence, context)
        stance = verdict(steps)
    sure = min((item.sure for item in found if item.step.source is not None), default=0.0)
    return Proof(steps, stance, round(sure, 2))


def _which_of_several(
    claim: ClaimFrame,
    steps: tuple[Step, ...],
    described: tuple[tuple[range, Mention], ...],
    sentence: Reading,
    context: Context,
) -> tuple[Step, ...]:
    """A claim's description a role filled with a name ("the tunnel": "the Gorsk tunnel"),
    where the source names another thing of that kind (the Kessarine Base Tunnel): what the
    sentence says of it holds of a tunnel (it may support), but it may not be the claim's, so
    it contradicts nothing (#)."""
    several = [
        claim.reading.words.span(span.start, span.stop)
        for span, name in described
        if not any(k in claim.reading.name_at for k in span)  # "the Gorsk tunnel" says which
        and one_of_several(sentence, name, context)
    ]
    return tuple(
        replace(
            step,
            relation=R.INDEPENDENT,
            why=f"the source names more than one of its kind: {step.source} may not be the claim's",
        )
        if step.relation is R.EQUIVALENT
        and any(start <= step.claim_span[0] < end for start, end in several)
        else step
        for step in steps
    )


def polarity_steps(
    claim: ClaimFrame,
    sentence: Reading,
    anchor: anchors.Anchor | None,
    steps: tuple[Step, ...],
    denial: Step | None = None,
) -> tuple[Step, ...]:
    """The proof with its negations as steps of their own, as natural logic edits a premise
    into a hypothesis: the source's negation removed first, then the content steps in the
    claim's order, then the claim's negation put in. "Lost" for "did not win": | then ^,
    supports; "did not win" for "lost": ^ then |, omits."""
    first, last = (), ()
    if anchor is not None and anchors.denied(sentence, anchor):
        negation = anchors.negation_over(sentence, anchor)
        i, j = negation.cue if negation else (anchor.start, anchor.end)
        source = (sentence, i, j)
        start, end = claim.predicate
        why = f"source denies it: '{sentence.words.surface(i, j)}'"
        relation = R.NEGATION
        counted = _counted_denial(claim, sentence, anchor)
        if counted is not None:  # "two were not hurt" says nothing of how many were
            relation, why = R.INDEPENDENT, f"source denies it only of {counted.text}"
        first = (claim_step(claim, start, end, source, relation, why),)
    elif denial is not None:  # "has no budget" against "has a budget"
        negation = next(
            n
            for n in sentence.negations
            if n.scope[0] <= sentence.token_range(denial.source_span)[0] < n.scope[1]
        )
        i, j = negation.cue
        why = f"source denies it: '{sentence.words.surface(i, j)}'"
        first = (
            Step(
                denial.claim,
                denial.claim_span,
                sentence.words.surface(i, j),
                sentence.words.span(i, j),
                R.NEGATION,
                why,
            ),
        )
    mine = claim.frame_word
    negative = bool(mine and mine[1].negative and not claim.copula)
    both = _both_deny(claim, denial, first[0]) if first and denial is not None else None
    if both is not None:  # "had no cover" for "had no insurance": the two denials cancel
        first, last = (), (both,)
    elif _negated(claim, mine[0] if negative else None) != negative:
        cue = next((n.cue for n in claim.reading.negations), claim.predicate or (0, 1))
        source = (sentence, anchor.start, anchor.end) if anchor else None
        why = f"the claim denies what the source says ('{claim.reading.words.surface(*cue)}')"
        relation = R.NEGATION
        if anchor is None and not any(p.kind in ("figure", "date") for p in claim.pieces):
            # "was not in court" against "was acquitted by the same jury": with no predicate
            # and no figure or date said, the words found assert nothing to deny
            relation, why = R.INDEPENDENT, "source says nothing the claim denies"
        last = (claim_step(claim, *cue, source, relation, why),)
    if first and anchor is not None:
        first += _denied_more(sentence, anchor, first[0], steps)
    return first + steps + last


def _counted_denial(
    claim: ClaimFrame, sentence: Reading, anchor: anchors.Anchor
) -> Quantity | None:
    """The count a sentence denies its anchor of, in the anchor's clause before it, when the
    claim counts its subject: "two were not hurt" is no denial that two skiers were."""
    if not any(piece.kind == "figure" and piece.role == "subject" for piece in claim.pieces):
        return None
    clause = sentence.clauses[anchor.start]
    return next(
        (
            q
            for q in sentence.quantities
            if q.kind == "count"
            and q.tokens[1] <= anchor.start
            and sentence.clauses[q.tokens[1] - 1] == clause
        ),
        None,
    )


def _both_deny(claim: ClaimFrame, denial: Step, theirs: Step) -> Step | None:
    """A step that pairs the claim's negation with the source's (`theirs`), where both deny
    the same word of the claim ("no insurance" against "no cover"): ≡, as the two cancel."""
    span = denial.claim_span
    reading = claim.reading
    for negation in reading.negations:
        if negation.scope[0] >= negation.scope[1]:
            continue  # "no-show" at the claim's end denies no word of it
        start, end = reading.words.span(*negation.scope)
        if start <= span[0] and span[1] <= end:
            cue = reading.words.surface(*negation.cue)
            why = f"both deny it: '{cue}' and '{theirs.source}'"
            return claim_step(claim, *negation.cue, (theirs.source, theirs.source_span),
                              R.EQUIVALENT, why)  # fmt: skip
    return None


def _negated(claim: ClaimFrame, word_end: int | None) -> bool:
    """Whether the claim denies, but by the negative frame word of its predicate ending at
    `word_end`, which says so itself: "was absent" says one thing, "was not absent" denies it."""
    if word_end is None:
        return claim.negated
    start, norms = claim.predicate[0], claim.reading.words.norms
    plain = claim.reading.lexicon.negation_words

    def lexical(cue: tuple[int, int]) -> bool:  # "absent", not "not" nor "did not"
        words = norms[cue[0] : cue[1]]
        return not any(word in plain or word.endswith("n't") for word in words)

    others = [
        n for n in claim.reading.negations if not (start <= n.cue[0] < word_end and lexical(n.cue))
    ]
    return claim.negated and (bool(others) or claim.subject is None)


def _denied_more(
    sentence: Reading, anchor: anchors.Anchor, denial: Step, steps: tuple[Step, ...]
) -> tuple[Step, ...]:
    """What a plain negation ("not", "never") denies of its verb beyond the claim's pieces, in
    the verb's object and prepositional phrases ("was not associated with bladder cancer"
    against "associated with pancreatic cancer"): dropping it is a deletion under the
    negation, so the proof no longer contradicts (^ then ⊑)."""
    if not plain(sentence, *sentence.token_range(denial.source_span)):
        return ()  # "no-show", "missing from": a word that denies, with no verb to narrow
    said = set(range(anchor.start, anchor.end))
    for step in steps:
        if step.source_span is not None and step.source is not None:
            said.update(range(*sentence.token_range(step.source_span)))
    args = arguments(sentence, anchor.start, anchor.end)
    phrases = [args.object] * (args.object is not None) + [phrase for _, phrase in args.preps]
    more = sorted(
        k
        for phrase in phrases
        for k in range(phrase.start, phrase.end)
        if k not in said
        and k not in sentence.date_at  # when is a step of its own
        and sentence.content(k)
        and _narrows_said(sentence, k, phrase.end, said)
    )
    if not more:
        return ()
    words = " ".join(sentence.words.norms[k] for k in more[:4])
    why = f"the source denies more than the claim says: '{words}'"
    span = sentence.words.span(more[0], more[-1] + 1)
    text = sentence.words.surface(more[0], more[-1] + 1)
    return (Step(denial.claim, denial.claim_span, text, span, R.FORWARD, why),)


def _narrows_said(sentence: Reading, k: int, end: int, said: set[int]) -> bool:
    """Whether token k modifies a word the proof aligned: the noun it stands before, past other
    modifiers, is one of `said` ("bladder" in "risk of bladder cancer" when "cancer" is said;
    not "finalist" in "either finalist", whose phrase the claim fills otherwise)."""
    j = k + 1
    while j < end and j not in said and sentence.content(j):
        j += 1
    return j < end and j in said and sentence.lemmas[k] not in sentence.lexicon.transparent


def _granted(sentence: Reading, anchor: anchors.Anchor | None) -> Negation | None:
    """The negation that denies the anchor: its proof has a step for it (see
    `polarity_steps`), so the words it covers are said, though denied ("did not concede the
    race" says the race)."""
    if anchor is None or not anchors.denied(sentence, anchor):
        return None
    return anchors.negation_over(sentence, anchor)


def _edit_order(relation: Relation) -> int:
    """NatLog's order of edits, which composes to the strongest sound verdict: what the source
    says more narrowly first (⊑), then the other substitutions in the claim's order, then what
    the claim adds or says more broadly (⊒)."""
    return {R.FORWARD: 0, R.REVERSE: 2}.get(relation, 1)
