"""What marks a date in a sentence as no date of the claim's event: a saying's date, another
occasion's, a noun's own ("Sunday's opening round"), a plan's; and how far it stands from the
claim's verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Date, Relation
from ..text import stem
from .event_dates import weekday_start
from .moods import unasserted
from .occasions import segment, stretch
from .phrases import nominal, participle, verb_like
from .relations import word_relation
from .senses import reports
from .when import names_occasion

if TYPE_CHECKING:
    from .anchors import Anchor
    from .claim import ClaimFrame
    from .reading import Reading

R = Relation

_ANNOUNCE = stem("announce")


def reported_when(claim: ClaimFrame, sentence: Reading, date: Date) -> bool:
    """Whether a date, in its stretch of text, dates a saying or a publishing ("Organisers on
    Wednesday published results for the race"), not the claim's event (but for a claim of
    that saying: "declared a state of emergency on March 3")."""
    i, j = sentence.token_range(date.span)
    lexicon = sentence.lexicon
    mine = [claim.reading.lemmas[k] for k in range(*claim.predicate)] if claim.predicate else []
    phrase = claim.predicate and lexicon.synonym_phrases.match_at(
        claim.reading.lemmas, claim.predicate[0]
    )
    mine += [phrase[1]] if phrase else []  # "made public"
    announcing = (word_relation(word, _ANNOUNCE, lexicon) is R.EQUIVALENT for word in mine)
    if any(word in lexicon.reporting_verbs for word in mine) or any(announcing):
        return False  # "the recall was announced on March 4": a saying's date is its own
    return any(reports(sentence, k) and verb_like(sentence, k) for k in segment(sentence, i, j))


def marked_other(sentence: Reading, date: Date) -> bool:
    """Whether a date's stretch of text marks another occasion ("the previous flood, in
    February 2011")."""
    lexicon, lemmas = sentence.lexicon, sentence.lemmas
    i, j = sentence.token_range(date.span)
    return any(
        lexicon.other_occasion.match_at(lemmas, k)
        for k in stretch(sentence, weekday_start(sentence, i), j)
        if not i <= k < j and not (i <= k + 1 < j)  # not "last Wednesday" itself
    )


def of_another(sentence: Reading, date: Date) -> bool:
    """Whether a date is of the noun it is said of ("Sunday's opening round", "the 2019
    final"), not of what its clause tells."""
    i, j = sentence.token_range(date.span)
    owned = j < len(sentence) and sentence.words.norms[j] in ("'s", "'")
    return owned or names_occasion(sentence, i, j)


def remoteness(sentence: Reading, date: Date, anchor: Anchor) -> tuple[bool, int]:
    """How far a date stands from the anchor: outside its clause, then by words between."""
    i = sentence.token_range(date.span)[0]
    return sentence.clauses[i] != sentence.clauses[anchor.start], abs(i - anchor.start)


def planned(sentence: Reading, date: Date) -> bool:
    """Whether the verb before a date, in its stretch of text, tells of what is to come or
    is only meant ("will meet again on March 19"): no date of what the claim says happened
    ("said on Tuesday it would" dates the saying); not a participle that only describes the
    noun before it ("whether the skiers caught in Sunday's avalanche had entered")."""
    i, j = sentence.token_range(date.span)
    modals = sentence.lexicon.modals
    return any(
        sentence.words.norms[k] in modals
        or (verb_like(sentence, k) and not describing(sentence, k) and unasserted(sentence, k))
        for k in stretch(sentence, i, j)
        if k < i
    )


def describing(sentence: Reading, k: int) -> bool:
    """Whether token k is a past participle right after a noun, which it describes."""
    return participle(sentence, k) and k > 0 and nominal(sentence, k - 1)
