"""Whether a past participle with no "be" before it is a passive: one right after a noun
("the Alliance formed in 1991", "a trial presided over by X"), or one opening an aside right
after its subject ("Dunmore, beaten on Saturday by Kessel Rovers,")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import PARTICLES, Phrase, nominal, object_after, participle, phrase_before, verb_like

if TYPE_CHECKING:
    from .reading import Reading


def aside_participle(reading: Reading, start: int, end: int, subject: Phrase | None) -> bool:
    """Whether a past participle opens an aside right after its subject and a comma, with no
    object after it: a passive ("Dunmore, beaten on Saturday by two goals,", "X, owned since
    2019 by Y,"), whose "by" phrase, if any, names the doer; not a verb after an aside that
    ends there ("Mossley, doubtful all week, came on")."""
    norms = reading.words.norms
    if not (participle(reading, start) and start > 1 and norms[start - 1] == ","):
        return False
    if subject is None or subject.end != start - 1 or norms[start] in reading.lexicon.be:
        return False
    if subject.start > 0 and norms[subject.start - 1] == ",":
        return False  # "Tovrell's chief, Marit Olsby, was absent": the aside ends there
    if not nominal(reading, start - 2) or norms[start - 2] in reading.lexicon.pronouns:
        return False
    preposition = end < len(reading) and norms[end] in reading.lexicon.prepositions
    return preposition or object_after(reading, end) is None


def reduced_relative(reading: Reading, start: int, end: int, subject: Phrase) -> bool:
    """Whether a past participle right after a noun, with no object after it, is a passive
    without its "be": "the Alliance formed in 1991", "a trial presided over by X". What
    comes before the whole subject decides: "sales at the museum increased" is active."""
    norms = reading.words.norms
    if not participle(reading, start) or start == 0 or not nominal(reading, start - 1):
        return False
    if norms[start - 1] in reading.lexicon.pronouns:
        return False  # "they formed in 1991" is active
    noun = subject if subject.start < start else phrase_before(reading, start - 1)
    before = norms[noun.start - 1] if noun and noun.start else ""

    if before not in reading.lexicon.prepositions and not (
        noun and noun.start and verb_like(reading, noun.start - 1)
    ):
        return False  # a clause's own subject: "Tovrell said on Tuesday" is active
    after = end

    while after < len(reading) and norms[after] in PARTICLES:
        after += 1
    return (
        after >= len(reading)
        or norms[after] in reading.lexicon.prepositions
        or not reading.words.tokens[after].is_word
    )


def relative_before_verb(reading: Reading, i: int) -> bool:
    """Whether a claim's first past participle, before a preposition, opens a relative clause
    on its subject whose own verb ("be") comes later: "The budget originally set for the
    Amber Line was $3bn" says what the budget was. Not a verb of saying ("said on Monday the
    deal was"), nor past a comma or a relative word."""
    norms, lexicon = reading.words.norms, reading.lexicon
    if not participle(reading, i) or reading.lemmas[i] in lexicon.reporting_verbs:
        return False
    k = i + 1
    while k < len(reading) and norms[k] in lexicon.adverbs:
        k += 1
    if k >= len(reading) or norms[k] not in lexicon.prepositions:
        return False
    for j in range(k, len(reading)):
        if norms[j] in (",", ";") or norms[j] in lexicon.relatives:
            return False
        if norms[j] in lexicon.be:
            return True
    return False
