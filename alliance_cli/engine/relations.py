"""How two words stand to each other, from the lexicon: the same word or a synonym (≡), a
narrower or broader kind (⊑, ⊒: "a drummer" is "a musician"), an antonym or a rival kind of an
exclusive list (|: "won" / "lost", "a film" / "a book"), or nothing known (#)."""

from __future__ import annotations

from ..model import Relation
from .lexicon import Lexicon


def word_relation(source: str, claim: str, lexicon: Lexicon) -> Relation:
    """The relation of a source's word (or phrase: lemmas joined by spaces) to a claim's."""
    if source == claim:
        return Relation.EQUIVALENT
    if lexicon.synonyms.get(source, frozenset()) & lexicon.synonyms.get(claim, frozenset()):
        return Relation.EQUIVALENT
    if claim in lexicon.broader.get(source, ()):
        return Relation.FORWARD
    if source in lexicon.broader.get(claim, ()):
        return Relation.REVERSE
    if claim in lexicon.antonyms.get(source, ()) or claim in lexicon.exclusive_kinds.get(
        source, ()
    ):
        return Relation.ALTERNATION
    return Relation.INDEPENDENT


def related(relation: Relation) -> bool:
    """Whether a relation says the two words are about the same thing (not #)."""
    return relation is not Relation.INDEPENDENT


def negated(relation: Relation) -> Relation:
    """The relation when one side is denied and the other not: "did not win" against "won" is
    ^, against "lost" it follows (⊑); anything else is #."""
    if relation is Relation.EQUIVALENT:
        return Relation.NEGATION
    if relation in (Relation.ALTERNATION, Relation.NEGATION):
        return Relation.FORWARD if relation is Relation.ALTERNATION else Relation.EQUIVALENT
    return Relation.INDEPENDENT
