"""Where a phrase places what it names: "the sinkhole on Pellidor Street" is a sinkhole, placed
on a named street. A sentence that places something at the same name ("A sinkhole opened
beneath Pellidor Street") may say it of the same thing, wherever in its clause the place is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .names import Mention, same_name
from .phrases import Phrase

if TYPE_CHECKING:
    from .reading import Reading


def unplaced(claim: Reading, phrase: Phrase, sentence: Reading) -> Phrase:
    """The claim's phrase without the tail after its head that places it by names ("on
    Pellidor Street"), where the sentence names each of those places after a preposition of
    place too; else the phrase as it is."""
    norms, places = claim.words.norms, claim.lexicon.place_prepositions
    at = next((k for k in range(phrase.head + 1, phrase.end) if norms[k] in places), None)
    if at is None:
        return phrase
    tail = [name for name in phrase.names if name.start > at]
    if not tail or not all(_placed(sentence, name) for name in tail):
        return phrase
    names = tuple(name for name in phrase.names if name.end <= at)
    return Phrase(phrase.start, at, phrase.head, names, tuple(i for i in phrase.items if i < at))


def _placed(sentence: Reading, name: Mention) -> bool:
    """Whether the sentence names a place after a preposition of place ("beneath Pellidor
    Street", "in the Quillon Quarter")."""
    norms, lexicon = sentence.words.norms, sentence.lexicon
    for other in sentence.names:
        if not same_name(other, name):
            continue
        k = other.start - 1
        while k >= 0 and norms[k] in lexicon.determiners:
            k -= 1
        if k >= 0 and norms[k] in lexicon.place_prepositions:
            return True
    return False
