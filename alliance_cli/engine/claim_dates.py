"""What a claim's date picks out: which occasion it names ("the 2025 final"), and the words
for the event it dates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .when import names_occasion

if TYPE_CHECKING:
    from ..model import Date
    from .claim import ClaimFrame, Piece
    from .reading import Reading


def occasion_date(claim: ClaimFrame, piece: Piece) -> bool:
    """Whether a claim's date picks out which occasion it speaks of ("won the 2025 cup"), not
    what a copula says a thing is ("is a 1940 comedy": the year of the comedy)."""
    obj = claim.object
    described = claim.copula and obj is not None and obj.start <= piece.start < obj.end
    return not described and names_occasion(claim.reading, piece.start, piece.end)


def this_years(claim: ClaimFrame, piece: Piece, mine, sentence: Reading) -> bool:
    """Whether a claim's year only names which occasion it means ("the 2025 final") and the
    source, dated that year and naming no other year's, speaks of that year's."""
    reference = sentence.reference
    return (
        occasion_date(claim, piece)
        and mine.month is None
        and reference is not None
        and reference.year == mine.year
        and not any(d.year != mine.year for d in sentence.dates)
    )


def same_occasion_noun(claim: Reading, piece: Piece, sentence: Reading) -> list[Date]:
    """The sentence's dates that name the occasion of the same noun as the claim's date does:
    "the 1998 cup final" against "the 2002 cup final"."""
    noun = claim.lemmas[piece.end] if piece.end < len(claim) else None
    out = []
    for date in sentence.dates:
        i, j = sentence.token_range(date.span)
        if names_occasion(sentence, i, j) and j < len(sentence) and sentence.lemmas[j] == noun:
            out.append(date)
    return out


def event_words(claim: ClaimFrame) -> set[str]:
    """The claim's words for the event its date dates: its predicate, or, when that only
    places an event ("took place", "was held"), its subject's and object's heads ("the final
    was held": the final; "the fire started": the starting, not whatever is said of the fire),
    never a name the subject holds (a date of "Orlen Court" is none of "the Orlen Court
    collapse"), but the name a subject is with no object ("the Corran Bay Cup took place")."""
    from .anchors import light

    lemmas = claim.reading.lemmas
    out = set()
    if claim.predicate and not light(claim):
        out.add(lemmas[claim.predicate[0]])
    names = claim.reading.name_at
    for phrase in (claim.subject, claim.object) if not out else ():  # "the final was held"
        event = phrase is not None and phrase.head not in names
        if event and claim.reading.content(phrase.head):
            out.add(_word_at(claim.reading, phrase.start, phrase.head))
    subject = claim.subject
    if not out and subject is not None and subject.head in names and light(claim):
        out.add(names[subject.head].key)  # "the Corran Bay Cup took place": the name's event
    return out


def _word_at(reading: Reading, start: int, k: int) -> str:
    """The word token k ends, as the lexicon knows it: a phrase of synonyms from `start` on
    that ends there ("second round" for "round"), else its lemma."""
    for i in range(start, k + 1):
        hit = reading.lexicon.synonym_phrases.match_at(reading.lemmas, i)
        if hit and hit[0] == k + 1:
            return hit[1]
    return reading.lemmas[k]
