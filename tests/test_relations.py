"""`engine.relations.word_relation(source, claim)`: how a source's word stands to a claim's, from
`data/lexicon.yaml`. Synonyms and derivations are ≡; a narrower kind is ⊑ and a broader one ⊒,
through any number of steps; rival kinds of an exclusive list and antonyms are |; anything else
is #. Words are compared as lemmas (`Lexicon.lemma`, or `Lexicon.key` for a phrase)."""

from __future__ import annotations

import pytest

from alliance_cli.engine.lexicon import default_lexicon
from alliance_cli.engine.relations import derived, related, word_relation
from alliance_cli.model import Relation

LEXICON = default_lexicon()
EQ, FWD, REV, ALT, IND = (
    Relation.EQUIVALENT,
    Relation.FORWARD,
    Relation.REVERSE,
    Relation.ALTERNATION,
    Relation.INDEPENDENT,
)


def lemma(word: str) -> str:
    """A word's lemma, or a phrase's lemmas joined by spaces (how the lexicon keys them):
    "semi-final" is three tokens, "semi - final"."""
    return " ".join(LEXICON.key(word))


def relation(source: str, claim: str) -> Relation:
    return word_relation(lemma(source), lemma(claim), LEXICON)


def cases(expected: Relation, pairs: list[tuple[str, str]]):
    return [pytest.param(s, c, expected, id=f"{s}/{c}") for s, c in pairs]


@pytest.mark.parametrize("word", ["won", "Launched", "children", "closed", "Founded"])
def test_a_word_s_key_is_its_lemma(word):
    assert lemma(word) == LEXICON.lemma(word.lower())


def test_lemmas_bring_forms_together():
    assert LEXICON.lemma("won") == LEXICON.lemma("wins") == LEXICON.lemma("win")
    assert LEXICON.lemma("launched") == LEXICON.lemma("launch")
    assert LEXICON.lemma("children") == LEXICON.lemma("child")


SAME = cases(
    EQ,
    [
        ("film", "film"),
        ("won", "wins"),
        ("film", "movie"),
        ("movie", "film"),
        ("coalition", "alliance"),
        ("launched", "founded"),
        ("set up", "launch"),
        ("bought", "acquired"),
        ("companies", "firm"),
        ("member", "participants"),
        ("tv", "television"),
        ("song", "single"),
    ],
)
DERIVED = cases(
    EQ,
    [
        ("formation", "form"),
        ("form", "formation"),
        ("mayoral", "mayor"),
        ("establishment", "establish"),
        ("appointment", "appoint"),
    ],
)
NARROWER = cases(
    FWD,
    [
        ("drummer", "musician"),
        ("drummer", "performer"),
        ("drummer", "person"),
        ("striker", "person"),
        ("documentary", "film"),
        ("dog", "animal"),
        ("coalition", "group"),
        ("firm", "organization"),
        ("village", "settlement"),
        ("English", "British"),
        ("Scottish", "British"),
        ("movie", "work"),
        ("hit", "song"),
    ],
)
BROADER = cases(
    REV,
    [
        ("musician", "drummer"),
        ("person", "drummer"),
        ("film", "documentary"),
        ("animal", "dog"),
        ("British", "English"),
        ("court", "supreme court"),
    ],
)
EXCLUSIVE = cases(
    ALT,
    [
        ("film", "book"),
        ("movie", "novel"),
        ("novel", "movie"),
        ("track", "album"),
        ("film", "car"),
        ("bus", "truck"),
        ("car", "dog"),
        ("person", "organization"),
        ("singer", "company"),
        ("French", "German"),
        ("American", "British"),
        ("English", "French"),
        ("French", "Scottish"),
        ("final", "semi-final"),
        ("supreme court", "high court"),
    ],
)
ANTONYMS = cases(
    ALT,
    [
        ("won", "lost"),
        ("lost", "won"),
        ("wins", "lose"),
        ("winner", "loser"),
        ("victory", "defeat"),
        ("open", "closed"),
        ("rise", "fall"),
        ("large", "small"),
        ("founded", "dissolved"),
        ("formed", "dissolved"),
    ],
)
UNKNOWN = cases(
    IND,
    [
        ("banana", "Acme"),
        ("drummer", "guitarist"),
        ("senator", "mayor"),
        ("city", "village"),
        ("won", "beat"),
        ("mission", "miss"),
        ("billion", "bill"),
    ],
)


@pytest.mark.parametrize(
    ("source", "claim", "expected"),
    SAME + DERIVED + NARROWER + BROADER + EXCLUSIVE + ANTONYMS + UNKNOWN,
)
def test_word_relation(source, claim, expected):
    assert relation(source, claim) is expected


@pytest.mark.parametrize(("narrow", "broad", "_"), NARROWER)
def test_narrower_and_broader_are_converse(narrow, broad, _):
    assert relation(narrow, broad) is FWD
    assert relation(broad, narrow) is REV


@pytest.mark.parametrize(
    ("a", "b"),
    [("film", "book"), ("French", "German"), ("won", "lost"), ("open", "closed"), ("car", "dog")],
)
def test_exclusion_holds_both_ways(a, b):
    assert relation(a, b) is ALT
    assert relation(b, a) is ALT


def test_kinds_reach_through_several_steps():
    """drummer -> musician -> performer -> person: each a broader kind of the last."""
    chain = ["drummer", "musician", "performer", "person"]
    for i, narrow in enumerate(chain):
        for broad in chain[i + 1 :]:
            assert relation(narrow, broad) is FWD, (narrow, broad)
            assert relation(broad, narrow) is REV, (broad, narrow)


def test_rival_kinds_exclude_each_others_narrower_kinds():
    """A person is no organisation, so neither is a drummer a company."""
    assert relation("drummer", "company") is ALT
    assert relation("company", "drummer") is ALT


@pytest.mark.parametrize(
    ("word", "base", "expected"),
    [
        ("formation", "form", True),
        ("election", "elect", True),
        ("mayoral", "mayor", True),
        ("mission", "miss", False),  # "ion" only after a "t"
        ("billion", "bill", False),
        ("form", "formation", False),  # the base is the shorter word
        ("formal", "form", False),  # "al" needs a base of five letters
        ("set up", "set", False),  # a phrase is derived from nothing
        ("payment", "pay", True),  # "ment" after a base of three letters
        ("attendanc", "attend", True),  # "attendance" as stemming leaves it
        ("closur", "clos", True),  # "closure" against "close"
        ("natur", "nat", False),  # "ur" needs a base of four letters
    ],
)
def test_derived(word, base, expected):
    assert derived(word, base) is expected


@pytest.mark.parametrize("known", [EQ, FWD, REV, Relation.NEGATION, ALT])
def test_every_relation_but_independence_relates(known):
    assert related(known)


def test_independence_relates_nothing():
    assert not related(IND)
