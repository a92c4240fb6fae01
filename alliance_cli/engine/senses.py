"""Which sense a word has in its sentence: "withdrew from the race" says its subject stayed
out, "withdrew her pledge" and "the pledge was withdrawn" say what was taken back (the
lexicon's `negation.intransitive`); "claimed that it won" reports, "claimed victory" wins."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .phrases import object_after, verb_like

if TYPE_CHECKING:
    from .reading import Reading


def other_sense(reading: Reading, start: int, end: int) -> bool:
    """Whether a word that says its subject did not take part only when nothing is its
    object (the lexicon's `negation.intransitive`: "withdrew from the race") has one: it then
    says what was taken back ("withdrew her pledge", "the pledge was withdrawn")."""
    intransitive = tuple(reading.lemmas[start:end]) in reading.lexicon.negation_intransitive
    return intransitive and takes_object(reading, start, end)


def takes_object(reading: Reading, start: int, end: int) -> bool:
    """Whether the verb at tokens [start, end) is said of a thing taken back, not of its
    subject staying out: an object a determiner or a name opens with no "from" after it
    ("withdrew her pledge", but not "withdrew Monday", "withdrew quietly" or "withdrew her
    name from the race"), one a relative clause leaves out ("which she withdrew"), or the
    subject of its passive ("the pledge was withdrawn", but not "is withdrawing")."""
    norms = reading.words.norms
    before = norms[max(0, start - 2) : start]
    participle = not norms[start].endswith("ing")
    passive = bool(before) and before[-1] in reading.lexicon.be and participle
    relative = len(before) == 2 and before[0] in ("which", "whom")
    return passive or relative or _thing_after(reading, end)


def _thing_after(reading: Reading, end: int) -> bool:
    """Whether an object a determiner or a name opens, and no date, follows token `end`, with
    no "from" after it."""
    phrase = object_after(reading, end)
    if phrase is None or phrase.head in reading.date_at:
        return False
    opened = reading.words.norms[phrase.start] in reading.lexicon.determiners
    named = phrase.start in reading.name_at
    return (opened or named) and reading.words.norms[phrase.end : phrase.end + 1] != ("from",)


def reports(reading: Reading, k: int) -> bool:
    """Whether token k is a verb of saying in that sense: a reporting verb that is also a
    word of a frame ("claim" a victory) reports only what a clause after it says ("claimed
    the vote was rigged"), not a thing it takes ("claimed victory", "claimed the title")."""
    lexicon = reading.lexicon
    if reading.lemmas[k] not in lexicon.reporting_verbs:
        return False
    if lexicon.frame_words.match_at(reading.lemmas, k) is None:
        return True
    thing = object_after(reading, k + 1)
    return thing is None or (thing.end < len(reading) and verb_like(reading, thing.end))
