"""Aligning a claim with one sentence: each piece of the claim (its predicate with the roles it
gives, its figures, dates, names and words) with the piece of the sentence that says the same
thing, or a rival, or nothing; each pair with its relation and why. The proof is the list of
these steps in the claim's order; `policy.verdict` reads the verdict off it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..model import Relation, Stance, Step
from . import anchors, figures, roles
from .claim import ClaimFrame, Piece
from .frames import arguments
from .names import Mention, same_name
from .negation import Negation
from .phrases import Phrase, next_content, nominal, phrase_after, verb_like
from .policy import verdict
from .reading import Reading
from .relations import word_relation

R = Relation
SURE = {R.EQUIVALENT: 1.0, R.FORWARD: 0.95, R.REVERSE: 0.9, R.NEGATION: 0.9, R.ALTERNATION: 0.9}


@dataclass(frozen=True)
class Found:
    """A step, how sure its reader is of it, and the claim's tokens it accounts for."""

    step: Step
    sure: float
    covers: frozenset[int]
    # claim descriptions a role filled with a name ("an open AI group" by "the AI Alliance"):
    # their other words may be said of that name anywhere in the source
    described: tuple[tuple[range, Mention], ...] = ()
    denied: bool = False  # found only where the source denies it ("no sons")
    roles: tuple[Step, ...] = ()  # the fillers of the predicate's roles, each aligned


@dataclass(frozen=True)
class Context:
    """What the source around a sentence says: the names a sentence may speak of without
    naming them (the headline's, the opening sentence's and the sentence before's), each with
    its span in the source, and the sentences just before and after it."""

    names: tuple[tuple[Mention, tuple[int, int]], ...] = ()
    nearby: tuple[Reading, ...] = ()  # the sentences just before and after
    previous: Reading | None = None  # the sentence just before

    profile: Callable[[], Iterable[Reading]] = tuple  # every sentence of the source


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
            step = figures.align_date(claim, piece, sentence, anchor)
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
            step = _restricted(claim, piece, sentence) or _free(
                claim, piece, sentence, context, granted
            )
            if step.step.source is None and piece.kind == "word":
                step = _profiled(claim, piece, context, described) or step
            if step.step.source is None and piece.kind == "word" and anchors.light(claim):
                step = _denied(claim, piece, sentence) or step
            if step.step.source is None and _modifier(claim, piece):
                step = _inserted(claim, piece)
            found.append(step)
            covered |= step.covers

    found.sort(key=lambda item: (_edit_order(item.step.relation), item.step.claim_span))

    denial = next((item.step for item in found if item.denied), None)
    steps = polarity_steps(claim, sentence, anchor, tuple(item.step for item in found), denial)

    stance = verdict(steps)
    sure = min((item.sure for item in found if item.step.source is not None), default=0.0)
    return Proof(steps, stance, round(sure, 2))


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
    lexicon = claim.reading.lexicon
    first, last = (), ()
    if anchor is not None and anchors.denied(sentence, anchor):
        negation = sentence.negation_of(anchor.start)
        i, j = negation.cue if negation else (anchor.start, anchor.end)
        source = (sentence, i, j)
        start, end = claim.predicate
        why = f"source denies it: '{sentence.words.surface(i, j)}'"
        first = (claim_step(claim, start, end, source, R.NEGATION, why),)
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
    mine = (
        lexicon.frame_words.match_at(claim.reading.lemmas, claim.predicate[0])
        if claim.predicate
        else None
    )
    if claim.negated != bool(mine and mine[1].negative and not claim.copula):
        cue = next((n.cue for n in claim.reading.negations), claim.predicate or (0, 1))
        source = (sentence, anchor.start, anchor.end) if anchor else None
        why = f"the claim denies what the source says ('{claim.reading.words.surface(*cue)}')"
        last = (claim_step(claim, *cue, source, R.NEGATION, why),)
    if first and anchor is not None:
        first += _denied_more(sentence, anchor, first[0], steps)
    return first + steps + last


def _denied_more(
    sentence: Reading, anchor: anchors.Anchor, denial: Step, steps: tuple[Step, ...]
) -> tuple[Step, ...]:
    """What a plain negation ("not", "never") denies of its verb beyond the claim's pieces, in
    the verb's object and prepositional phrases ("was not associated with bladder cancer"
    against "associated with pancreatic cancer"): dropping it is a deletion under the
    negation, so the proof no longer contradicts (^ then ⊑)."""
    lexicon = sentence.lexicon
    i, j = sentence.token_range(denial.source_span)
    cue = sentence.words.norms[i:j]
    plain = lexicon.negation_words | lexicon.auxiliaries | lexicon.be
    if not cue or not all(w in plain or w.endswith("n't") for w in cue):
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


def claim_step(
    claim: ClaimFrame,
    start: int,
    end: int,
    source: tuple[Reading, int, int] | tuple[str, tuple[int, int]] | None,
    relation: Relation,
    why: str,
) -> Step:
    """A step from claim tokens [start, end) to a piece of the source: tokens of a reading,
    or text with its span (a name from the context), or nothing."""
    reading = claim.reading
    words = reading.words
    claim_text, claim_span = words.surface(start, end), words.span(start, end)
    if source is None:
        return Step(claim_text, claim_span, None, None, relation, why)
    if isinstance(source[0], Reading):
        sentence, i, j = source
        return Step(
            claim_text, claim_span, sentence.words.surface(i, j), sentence.words.span(i, j),
            relation, why,
        )  # fmt: skip
    text, span = source
    return Step(claim_text, claim_span, text, span, relation, why)


def _granted(sentence: Reading, anchor: anchors.Anchor | None) -> Negation | None:
    """The negation that denies the anchor: its proof has a step for it (see
    `polarity_steps`), so the words it covers are said, though denied ("did not concede the
    race" says the race)."""
    if anchor is None or not anchors.denied(sentence, anchor):
        return None
    return sentence.negation_of(anchor.start)


def _free(
    claim: ClaimFrame,
    piece: Piece,
    sentence: Reading,
    context: Context,
    granted: Negation | None = None,
) -> Found:
    """A name or word of the claim found anywhere in the sentence (a name also in the headline
    or the sentences before, a word also in the sentence just before or after): the same name,
    the same word, a synonym, a narrower or broader kind. Nowhere: an unaligned step (#)."""
    covers = frozenset(range(piece.start, piece.end))
    found = _name(claim, piece, sentence, context) if piece.kind == "name" else None
    if (found is None and piece.kind == "word") or _short(claim, piece):
        found = _word(claim, piece, sentence, 1.0, "", granted=granted) or next(
            (
                hit
                for near in context.nearby
                if (hit := _word(claim, piece, near, 0.8, " nearby", rivals=False))
            ),
            None,
        )
    if found is None:
        text = claim.reading.words.surface(piece.start, piece.end)
        what = f"name {text}" if piece.kind == "name" else f"say '{text}'"
        step = claim_step(
            claim, piece.start, piece.end, None, R.INDEPENDENT, f"source does not {what}"
        )
        return Found(step, 0.0, covers)
    step, sure = found
    return Found(step, sure, covers)


def _profiled(
    claim: ClaimFrame, piece: Piece, context: Context, described: tuple[tuple[range, Mention], ...]
) -> Found | None:
    """A word of a claim's description ("open" in "an open AI group") said of the name that
    fills it in any sentence of the source that names it ("the AI Alliance ... rooted in open
    innovation")."""
    for span, name in described:
        if piece.start not in span:
            continue
        for other in context.profile():
            if any(same_name(name, mention) for mention in other.names):
                where = f" where the source speaks of {name.text}"
                hit = _word(claim, piece, other, 0.8, where, rivals=False)
                if hit:
                    return Found(hit[0], hit[1], frozenset(range(piece.start, piece.end)))
    return None


def _edit_order(relation: Relation) -> int:
    """NatLog's order of edits, which composes to the strongest sound verdict: what the source
    says more narrowly first (⊑), then the other substitutions in the claim's order, then what
    the claim adds or says more broadly (⊒)."""
    return {R.FORWARD: 0, R.REVERSE: 2}.get(relation, 1)


def _modifier(claim: ClaimFrame, piece: Piece) -> bool:
    """Whether a word of the claim only narrows another: a word before the noun it modifies
    ("football" in "a football player"), an adverb ("professionally"), a restricting "only"."""
    reading, k = claim.reading, piece.end - 1
    norm = reading.words.norms[k]
    if piece.kind != "word" or (claim.predicate and claim.predicate[0] <= k < claim.predicate[1]):
        return False
    lexicon = reading.lexicon
    if norm in lexicon.restrictive or norm in lexicon.adverbs or norm.endswith("ly"):
        return True
    if _described_name(reading, piece.start):
        return True
    after = k + 1
    return (
        after < len(reading)
        and reading.content(after)
        and nominal(reading, after)
        and not (verb_like(reading, after))
    )


def _described_name(reading: Reading, k: int) -> bool:
    """Whether token k stands in brackets that describe the name before them: "Fantastic
    Four (2005 film)"."""
    norms = reading.words.norms
    start = next((i for i in range(k, -1, -1) if norms[i] in ("(", ")")), None)
    return (
        start is not None
        and norms[start] == "("
        and start - 1 in reading.name_at
        and ")" in norms[k + 1 :]
    )


def _inserted(claim: ClaimFrame, piece: Piece) -> Found:
    """A modifier the claim adds to what the source says: the claim is narrower (⊒), which
    keeps a contradiction and stops a support."""
    text = claim.reading.words.surface(piece.start, piece.end)
    why = f"the claim adds '{text}', which the source does not say"
    step = claim_step(claim, piece.start, piece.end, None, R.REVERSE, why)
    return Found(step, 0.0, frozenset(range(piece.start, piece.end)))


def _restricted(claim: ClaimFrame, piece: Piece, sentence: Reading) -> Found | None:
    """A claim's "only" against a sentence that lists the word it restricts with another:
    "TV and film" for "only in film" (|). The claim's last content word is the one
    restricted."""
    reading = claim.reading
    if piece.kind != "word" or reading.words.norms[piece.start] not in reading.lexicon.restrictive:
        return None
    focus = next(
        (k for k in range(len(reading) - 1, piece.end - 1, -1) if reading.content(k)), None
    )
    if focus is None:
        return None
    for k in range(len(sentence)):
        if sentence.lemmas[k] != reading.lemmas[focus] or sentence.negation_of(k) is not None:
            continue
        phrase = next((p for p in sentence_phrases(sentence, k) if len(p.items) > 1), None)
        own = phrase and min((i for i in phrase.items if i >= k), default=None)
        other = phrase and next((i for i in phrase.items if i != own), None)
        if other is not None:
            said = sentence.words.surface(other, other + 1)
            why = f"source names {said} alongside {sentence.words.surface(k, k + 1)}"
            step = claim_step(
                claim, piece.start, piece.end, (sentence, other, other + 1), R.ALTERNATION, why
            )
            return Found(step, 0.8, frozenset(range(piece.start, piece.end)))
    return None


def sentence_phrases(sentence: Reading, k: int) -> Iterable[Phrase]:
    """The noun phrases of a sentence that hold token k, the widest first."""
    for start in range(max(0, k - 6), k + 1):
        phrase = phrase_after(sentence, start)
        if phrase is not None and phrase.start <= k < phrase.end:
            yield phrase


def _denied(claim: ClaimFrame, piece: Piece, sentence: Reading) -> Found | None:
    """A word of a claim whose predicate only links ("has a budget"), found where the source
    denies it ("has no budget", "no sons"): the same word, with the source's negation."""
    if claim.negated:
        return None
    hit = _word(claim, piece, sentence, 1.0, "", denied=True, rivals=False)
    if hit is None:
        return None
    return Found(hit[0], hit[1], frozenset(range(piece.start, piece.end)), denied=True)


def _short(claim: ClaimFrame, piece: Piece) -> bool:
    """Whether a name is too short to name anything by itself ("AI"): it is read as a word."""
    return piece.kind == "name" and claim.reading.name_at[piece.start].short


def _name(
    claim: ClaimFrame, piece: Piece, sentence: Reading, context: Context
) -> tuple[Step, float] | None:
    mention = claim.reading.name_at[piece.start]
    for other in sentence.names:
        if same_name(mention, other):
            source = (sentence, other.start, other.end)
            return claim_step(
                claim, piece.start, piece.end, source, R.EQUIVALENT, f"source names {other.text}"
            ), 1.0
    for other, span in context.names:
        if same_name(mention, other):
            why = f"the source is about {other.text} (named before)"
            return claim_step(
                claim, piece.start, piece.end, (other.text, span), R.EQUIVALENT, why
            ), 0.85
    return _kind_name(claim, piece, mention, sentence)


def _kind_name(
    claim: ClaimFrame, piece: Piece, mention: Mention, sentence: Reading
) -> tuple[Step, float] | None:
    """A name that is a word of a kind ("American"), against another of its kind before the
    same noun: "an American film" / "a German crime film" (|), "a British actor" / "an English
    actor" (⊑)."""
    lexicon = claim.reading.lexicon
    for other in sentence.names:
        relation = word_relation(other.key, mention.key, lexicon)
        if relation is R.INDEPENDENT or not _same_head(
            claim.reading, piece.start, sentence, other.start
        ):
            continue
        why = {R.EQUIVALENT: "same kind", R.FORWARD: "narrower", R.REVERSE: "broader"}.get(
            relation, "instead"
        )
        source = (sentence, other.start, other.end)
        return claim_step(
            claim, piece.start, piece.end, source, relation, f"{why}: {other.text}"
        ), 0.9
    return None


def _same_head(claim: Reading, i: int, sentence: Reading, k: int) -> bool:
    """Whether two words modify nouns of one kind: "American film" and "German crime
    thriller film"."""
    mine, theirs = phrase_after(claim, i), phrase_after(sentence, k)
    if mine is None or theirs is None or mine.head == i or theirs.head == k:
        return False
    a, b = claim.lemmas[mine.head], sentence.lemmas[theirs.head]
    return word_relation(b, a, claim.lexicon) in (R.EQUIVALENT, R.FORWARD, R.REVERSE)


def _word(
    claim: ClaimFrame,
    piece: Piece,
    sentence: Reading,
    sure: float,
    where: str,
    denied: bool = False,
    rivals: bool = True,
    granted: Negation | None = None,
) -> tuple[Step, float] | None:
    """A word of the claim (or a phrase the lexicon knows) said in `sentence`: the same word,
    a synonym, a narrower or broader one, or an antonym in the same slot ("the worst series"
    for "the best series"). Outside any negation ("no decision on an appeal" says no
    decision), unless `denied` asks for the words a negation denies ("no sons"), or it is the
    negation `granted` to the proof."""
    reading, lexicon = claim.reading, claim.reading.lexicon
    key = " ".join(reading.lemmas[piece.start : piece.end])
    best: tuple[Relation, int, int] | None = None
    for k in range(len(sentence)):
        negation = sentence.negation_of(k)
        plain = negation is None or (negation is granted and not denied)
        if plain == denied or not sentence.words.tokens[k].is_word:
            continue
        phrase = lexicon.synonym_phrases.match_at(sentence.lemmas, k)
        options = [(k + 1, sentence.lemmas[k])] + ([phrase] if phrase else [])
        for end, other in options:  # "chief", and "chief executive" as one
            relation = word_relation(other, key, lexicon)
            if relation is R.ALTERNATION and not (
                rivals
                and _same_slot(reading, piece, sentence, k, end)
                and (claim.copula or key in lexicon.antonyms.get(other, ()))
            ):
                continue  # a rival kind only for what a copula says a thing is

            if _rank(relation) and (best is None or _rank(relation) > _rank(best[0])):
                best = (relation, k, end)
    if best is None:
        return None
    relation, k, end = best
    why = {
        R.EQUIVALENT: "same word",
        R.FORWARD: "narrower",
        R.REVERSE: "broader",
        R.ALTERNATION: "instead",
    }[relation]
    said = sentence.words.surface(k, end)
    step = claim_step(
        claim, piece.start, piece.end, (sentence, k, end), relation, f"{why}{where}: {said}"
    )
    exact = sentence.lemmas[k] == key
    return step, SURE[relation] * sure * (1.0 if exact else 0.95)


def _same_slot(claim: Reading, piece: Piece, sentence: Reading, k: int, end: int) -> bool:
    """Whether a sentence's word stands where the claim's does: before the same word or one
    of its kind ("best series" / "worst series", "a real place" / "a fictional setting")."""
    mine, theirs = next_content(claim, piece.end), next_content(sentence, end)
    if mine is None or theirs is None:
        return False
    return word_relation(theirs, mine, claim.lexicon) in (R.EQUIVALENT, R.FORWARD, R.REVERSE)


def _rank(relation: Relation) -> int:
    return {R.EQUIVALENT: 4, R.FORWARD: 3, R.REVERSE: 2, R.ALTERNATION: 1}.get(relation, 0)
