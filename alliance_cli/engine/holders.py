"""Whom a noun in a sentence is said of: its holder ("X, the company's chief executive",
"the club's coach, Anselm Drury", "X is a Y", "X was named the club's coach", "served as"),
and its possessor ("Meta's", "its", "whose")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..text import stem
from .coref import LINKS, named
from .frames import arguments, bracket_opened
from .moods import unasserted
from .phrases import Phrase, examples_after, phrase_after, phrase_before

if TYPE_CHECKING:
    from .anchors import Anchor
    from .reading import Reading


def _names_from(sentence: Reading, start: int) -> Phrase:
    """The names listed from token `start` on ("Voltra and Lumen"), and nothing after them
    ("Rasmus Kell, and Dunmore's captain, ..." is Rasmus Kell)."""
    norms, names = sentence.words.norms, [sentence.name_at[start]]
    k = names[-1].end
    while k < len(sentence) and norms[k] in (",", "and"):
        k += 1 + (norms[k] == "," and k + 1 < len(sentence) and norms[k + 1] == "and")
        if k not in sentence.name_at or (k + 1 < len(sentence) and norms[k + 1] == "'s"):
            break
        names.append(sentence.name_at[k])
        k = names[-1].end
    return Phrase(start, names[-1].end, names[-1].end - 1, tuple(names))


def possessor_of(reading: Reading, start: int) -> Phrase | None:
    """The name that owns the noun at token `start` or the phrase starting there: "Meta's
    chief AI scientist" (back over the noun's modifiers), "IBM's chief" (forward)."""
    norms = reading.words.norms
    k = start
    while (
        k > 0
        and start - k < 4
        and norms[k - 1] not in ("'s", "'")
        and (reading.content(k - 1) or k - 1 in reading.name_at)
        and norms[k - 1] != ","
    ):
        k -= 1
    if k > 1 and norms[k - 1] == "whose":
        return _antecedent(reading, k - 2)
    if k > 0 and norms[k - 1] in reading.lexicon.possessives and norms[k - 1] not in ("'s", "'"):
        return Phrase(k - 1, k, k - 1, ())  # "its chief executive": whose "its" stands for

    candidates = [k - 1] + [i for i in range(start, min(len(reading), start + 3))]
    for i in candidates:
        if 0 < i < len(reading) and norms[i] in ("'s", "'") and i - 1 in reading.name_at:
            mention = reading.name_at[i - 1]
            return Phrase(mention.start, mention.end, mention.end - 1, (mention,))
    return None


def described_possessor(reading: Reading, start: int) -> Phrase | None:
    """The description that owns the noun at token `start` when no name does: "the
    regulator's chief executive" is the regulator's, whoever the story is about."""
    norms = reading.words.norms
    k = start
    while k > 0 and start - k < 4 and norms[k - 1] not in ("'s", "'") and reading.content(k - 1):
        k -= 1
    if k < 2 or norms[k - 1] not in ("'s", "'") or k - 2 in reading.name_at:
        return None
    phrase = phrase_before(reading, k - 2)
    return phrase if phrase is not None and not phrase.names else None


def _antecedent(reading: Reading, i: int) -> Phrase | None:
    """What a relative clause whose comma is at token i hangs on: the phrase before it, or
    the name an aside restates ("Polaris Cells, Voltra's fiercest rival, whose chief")."""
    norms = reading.words.norms
    while i >= 0 and norms[i] == ",":
        i -= 1
    phrase = phrase_before(reading, i)
    if phrase is None or phrase.start < 2 or norms[phrase.start - 1] != ",":
        return phrase
    restated = phrase_before(reading, phrase.start - 2)
    if restated is not None and restated.names and named(reading, restated):
        return restated
    return phrase


def holder_of(sentence: Reading, anchor: Anchor) -> Phrase | None:
    """Whom a sentence says is what the anchor names: "X is a Y" (the copula's subject),
    "Coach Y X" or "the company's chief executive, X" (the name beside it), "X, a Y,"; an
    adjective says it of whom its noun is said ("X is an American writer")."""
    anchor = _at_noun(sentence, anchor)
    norms = sentence.words.norms
    after = anchor.end
    if norms[after : after + 1] in (("'s",), ("'",)):
        return None  # "X, the studio's head of distribution": X is its head, not the studio
    while after < len(sentence) and norms[after] in ("of", "'s") and after + 1 < len(sentence):
        phrase = phrase_after(sentence, after + 1)
        after = phrase.end if phrase else after + 1
    if after < len(sentence) and after in sentence.name_at:
        return phrase_after(sentence, after)  # "Dunmarrow coach Brenna Voss"
    if after + 1 < len(sentence) and norms[after] == "," and after + 1 in sentence.name_at:
        return _names_from(sentence, after + 1)  # "Tovrell's chief, Marit Olsby"
    examples = examples_after(sentence, after)
    if examples is not None:
        return examples  # "members, including companies such as Dell and Sony"
    if (
        after + 1 < len(sentence)
        and norms[after] in sentence.lexicon.be
        and after + 1 in sentence.name_at
    ):
        name = sentence.name_at[after + 1]  # "The club's new coach is Anselm Drury"
        return Phrase(name.start, name.end, name.end - 1, (name,))

    role = phrase_before(sentence, anchor.start)  # "Meta's chief AI scientist"
    start = role.start if role else anchor.start
    naming = sentence.lexicon.naming_verbs
    while start < anchor.start and sentence.lemmas[start] in (LINKS - {stem("have")}) | naming:
        start += 1  # "will remain the club's coach": the phrase starts after the verb
    while start > 1 and norms[start - 1] in ("and", "or") and sentence.content(start - 2):
        joined = phrase_before(sentence, start - 2)  # "a Mexican and American musician"
        start = joined.start if joined else start - 2
    if start > 1 and (norms[start - 1] == "," or _dash(sentence, start - 1)):
        return phrase_before(sentence, start - 2)  # "Marit Olsby, the company's CEO"

    if start > 1 and norms[start - 1] in (";", ","):
        opened = bracket_opened(sentence, start - 1)  # "X ( [ ... ] ; born 1968 )"
        start = opened + 1 if opened is not None else start
    if start > 1 and norms[start - 1] == "(" and norms[start - 2] != ",":
        return phrase_before(sentence, start - 2)  # "Nina Sol (born 26 May 1970)"
    k = start - 1
    while k >= 0 and (
        norms[k] in sentence.lexicon.negation_words
        or norms[k] in sentence.lexicon.determiners
        or norms[k] in ("among", "of", "one")
    ):
        k -= 1  # "is not among the members", "is one of the founders"
    if k >= 0 and sentence.lemmas[k] in LINKS - {stem("have")}:
        return arguments(sentence, k, k + 1).subject  # "X is a Y"
    if k >= 0 and norms[k] == "as":
        return _as_holder(sentence, k)
    if k > 0 and sentence.lemmas[k] in naming and norms[k - 1] in sentence.lexicon.be:
        return arguments(sentence, k, k + 1).subject  # "X was named the club's coach"
    return None


def as_verb(sentence: Reading, at: int) -> tuple[int, int, Phrase | None] | None:
    """The verb of the lexicon's `role_verbs`, `leaving_verbs` or `naming_verbs` that an "as"
    at token `at` follows, right after it or after its object ("named Olsby as"): its tokens
    and that object."""
    lexicon = sentence.lexicon
    known = lexicon.role_verbs | lexicon.leaving_verbs | lexicon.naming_verbs
    between = phrase_before(sentence, at - 1)
    for end, obj in ((at, None), (between.start if between else at, between)):
        for size in (2, 1):
            if end - size >= 0 and " ".join(sentence.lemmas[end - size : end]) in known:
                return end - size, end, obj
    return None


def _as_holder(sentence: Reading, at: int) -> Phrase | None:
    """Whom an "as" phrase says is (or was) what it names: the subject of a verb of the
    lexicon's `role_verbs` or `leaving_verbs` ("served as mayor", "joined Tovrell as an
    engineer", "stepped down as chief"); the named object of a verb of its `naming_verbs`
    ("named Olsby as chief executive"), or a passive's subject. None after a denied verb or
    one of what is to come ("was not named as", "will serve as")."""
    found = as_verb(sentence, at)
    if found is None:
        return None
    start, end, obj = found
    if sentence.negation_of(start) is not None or unasserted(sentence, start) is not None:
        return None  # "was not named as", "will serve as": no one is it yet
    if " ".join(sentence.lemmas[start:end]) not in sentence.lexicon.naming_verbs:
        return arguments(sentence, start, end).subject
    if obj is not None and obj.names:
        return obj
    args = arguments(sentence, start, end)
    return args.subject if args.passive else None


def _at_noun(sentence: Reading, anchor: Anchor) -> Anchor:
    """The anchor moved from an adjective of a kind the lexicon marks to the noun it
    modifies: "American" in "an American BAFTA-nominated screenwriter"."""
    if not sentence.lexicon.adjective(sentence.lemmas[anchor.start]):
        return anchor
    phrase = phrase_after(sentence, anchor.start)
    if phrase is None or phrase.head < anchor.end:
        return anchor
    return replace(anchor, start=phrase.head, end=phrase.head + 1)


def _dash(sentence: Reading, i: int) -> bool:
    """Whether token i is a dash that opens an aside ("Anna Berg \u2014 Voltra's chief"), not a
    hyphen inside a word."""
    tokens = sentence.words.tokens
    return tokens[i].norm == "-" and i > 0 and tokens[i - 1].end < tokens[i].start
