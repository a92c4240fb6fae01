"""A claim's names found in a sentence: the same name, one the source is about, or a name
that is a word of a kind ("American") against another of its kind before the same noun."""

from __future__ import annotations

from ..model import Relation, Step
from .claim import ClaimFrame, Piece
from .names import Mention, abbreviates, same_name
from .phrases import phrase_after
from .reading import Reading
from .relations import word_relation
from .steps import Context, claim_step

R = Relation


def opening_name(claim: ClaimFrame, piece: Piece) -> bool:
    """Whether a name opens the claim as one word (`Mention.opening`): not found as a name,
    it is sought as a word."""
    return piece.kind == "name" and claim.reading.name_at[piece.start].opening


def too_short(claim: ClaimFrame, piece: Piece) -> bool:
    """Whether a name is too short to name anything by itself ("AI"): it is read as a word."""
    return piece.kind == "name" and claim.reading.name_at[piece.start].short


def name_step(
    claim: ClaimFrame, piece: Piece, sentence: Reading, context: Context
) -> tuple[Step, float] | None:
    """A name of the claim found in the sentence, or among the names the source is about
    (the headline's, the opening's), or a word of its kind before the same noun."""
    mention = claim.reading.name_at[piece.start]
    known = (*sentence.names, *(name for name, _ in context.names))
    for other in sentence.names:
        if same_name(mention, other) or abbreviates(other, mention, known):
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
