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
    if derived(source, claim) or derived(claim, source):
        return Relation.EQUIVALENT  # "the formation of" for "form", "mayoral" for "mayor"

    if claim in lexicon.broader.get(source, ()):
        return Relation.FORWARD
    if source in lexicon.broader.get(claim, ()):
        return Relation.REVERSE
    if claim in lexicon.antonyms.get(source, ()) or claim in lexicon.exclusive_kinds.get(
        source, ()
    ):
        return Relation.ALTERNATION
    return Relation.INDEPENDENT


def kin(lexicon: Lexicon, key: str) -> set[str]:
    """The words that say `key` or more: its synonyms and its narrower kinds."""
    groups = lexicon.synonyms.get(key, frozenset())
    found = {word for word, others in lexicon.synonyms.items() if others & groups}
    found.update(word for word, kinds in lexicon.broader.items() if key in kinds)
    return found


def relatives(lexicon: Lexicon, key: str) -> set[str]:
    """Every word `word_relation` may relate to `key` (see `Lexicon.related`, which holds
    them): each test of `word_relation`, turned round."""
    found = {key, *lexicon.broader.get(key, ()), *kin(lexicon, key)}
    for table in (lexicon.antonyms, lexicon.exclusive_kinds):
        found.update(word for word, others in table.items() if key in others)
    if " " not in key:  # a phrase derives nothing
        found.update(key + suffix for suffix, _ in _DERIVATIONS)
        found.update(key[: -len(suffix)] for suffix, _ in _DERIVATIONS if key.endswith(suffix))
    return found


# Endings that make a noun or adjective of a word, with the shortest base each needs: "ion"
# only after a "t" ("election"), so "mission" is no "miss" and "billion" no "bill".
_DERIVATIONS = (
    ("ation", 3),
    ("ition", 3),
    ("ement", 4),
    ("ment", 3),
    ("ance", 4),
    ("ence", 4),
    ("anc", 4),  # as stemming leaves "attendance" and "departure": "attendanc", "departur"
    ("enc", 4),
    ("ur", 4),
    ("ial", 5),
    ("al", 5),
    ("ion", 5),
)


def derived(word: str, base: str) -> bool:
    """Whether `word` is `base` with an ending that derives a noun or adjective from it."""
    if not word.startswith(base) or " " in word:
        return False
    ending = word[len(base) :]
    for suffix, shortest in _DERIVATIONS:
        if ending == suffix and len(base) >= shortest:
            return suffix != "ion" or base.endswith("t")
    return False


def related(relation: Relation) -> bool:
    """Whether a relation says the two words are about the same thing (not #)."""
    return relation is not Relation.INDEPENDENT
