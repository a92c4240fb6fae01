"""Retrieval: the sentences of a source worth proving a claim against. A sentence is a candidate
when it holds a word a proof could align: a name of the claim (or a part or alias of one), a
content word, a synonym or a narrower kind ("drummer" for "musician"), a word of the claim
predicate's frame, a noun that counts what its figure counts."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from itertools import chain, islice
from typing import NamedTuple

from ..model import Sentence, Source
from ..text import normalise
from .claim import ClaimFrame
from .counting import counted_group
from .names import initials
from .relations import kin

LIMIT = 40  # sentences proved per source, at most
# letters a word of the source may have beyond a claim's word ("releas" finds "released",
# "plan" "planning"); a word of at most _SHORT letters only its inflections ("win" finds
# "wins", but "co" does not find "coach", nor "lin" "Lindqvist")
_ENDING = 4
_SHORT = 3
SHORT_ENDINGS = ("s", "es", "d", "ed", "ing")
_SHORT_END = f"(?:{'|'.join(SHORT_ENDINGS)})?"


def claim_pattern(claim: ClaimFrame) -> re.Pattern[str] | None:
    """A pattern that finds, in a normalised sentence, any word a proof could align."""
    reading, lexicon = claim.reading, claim.reading.lexicon
    words: set[str] = set()
    joined: set[str] = set()  # said only joined by a hyphen to a figure ("47-strong")
    for mention in reading.names:
        name = normalise(mention.text)
        words.add(name)
        words.update(lexicon.alias_names.get(mention.key, ()))
        words.update(initials(mention))  # "NFCA"
        words.update(part for part in name.split() if len(part) > 2 and part.isalpha())
    lemmas = {reading.lemmas[i] for i in range(len(reading)) if reading.content(i)}
    for lemma in lemmas:
        words.add(lemma)
        words.update(kin(lexicon, lemma))
        words.update(_forms(lexicon, lemma))

    for figure in reading.quantities:
        for group in lexicon.counted:
            if figure.noun in group.nouns:
                words.update(group.nouns)
                if "member" in group.nouns:
                    joined.update(lexicon.strength_suffix)  # "36-strong" counts members
        by_verb = counted_group(reading, figure)  # "34 people were killed": the dead, the toll
        words.update(by_verb.nouns if by_verb is not None else ())

    frame = claim.frame_word
    if frame:
        words.update(_frame_words(claim, frame[1].frame))
    return _compiled(words, joined - words)


def name_pattern(claim: ClaimFrame, held: frozenset[int] = frozenset()) -> re.Pattern[str] | None:
    """A pattern that finds, in a normalised sentence, any word that may stand for one of the
    claim's names: the name, a part or an alias of it, every word the lexicon relates to it
    (for a name that is also sought as a word: a word of a kind such as "American", a word
    capitalised by where it stands, a name too short to name anything such as "AI"). None
    when the claim has no name but those a word of a kind or a short name may stand for (as
    in "An American won", "the AI era"), or but those that start at a place in `held` (the
    holders of a role with one holder, whom naming another holder speaks of). A source in
    which it finds nothing mentions none of them."""
    reading, lexicon = claim.reading, claim.reading.lexicon
    words: set[str] = set()
    named = False
    for mention in reading.names:
        if mention.start in held:
            continue
        words.add(normalise(mention.text))
        words.update(lexicon.alias_names.get(mention.key, ()))
        words.update(mention.parts)
        words.update(reading.words.norms[mention.start : mention.end])
        words.update(_related(lexicon, mention.key))
        named |= not (mention.short or _kind(lexicon, mention.key))
    return _compiled(words, set()) if named else None


def _kind(lexicon, key: str) -> bool:
    """Whether a lexicon relates the word `key` to another word (see `word_relation`)."""
    related = (lexicon.synonyms, lexicon.broader, lexicon.exclusive_kinds, lexicon.antonyms)
    return any(key in each for each in related) or any(
        key in kinds for kinds in lexicon.broader.values()
    )


def _related(lexicon, key: str) -> set[str]:
    """The words the lexicon relates to `key` and their irregular forms."""
    words = lexicon.related(key)
    return words | {form for word in words for form in _forms(lexicon, word)}


def _compiled(words: set[str], joined: set[str]) -> re.Pattern[str] | None:
    """One search for every word of `words` at the start of a word (a longer word only as
    `_ENDING` says; a word in -y also as its form in -i, "rocki" for "Rockies" whose stem is
    "rocky") and of `joined` after a hyphen."""
    words = {word for word in words if len(word) > 1}
    words |= {word[:-1] + "i" for word in words if len(word) > 3 and word.endswith("y")}
    joined = {f"-{word}" for word in joined}
    groups = (
        (_OPEN, {w for w in words if len(w) > _SHORT}, rf"\w{{0,{_ENDING}}}"),
        (_OPEN, {w for w in words if len(w) <= _SHORT}, _SHORT_END),
        (_JOINED, joined, ""),
    )
    found = [
        f"{opening}{_alternatives(group)}{_CLOSE}{ending}(?!\\w))"
        for opening, group, ending in groups
        if group
    ]
    return re.compile("|".join(found)) if found else None


def _alternatives(words: set[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# How each group of `claim_pattern` opens (at the start of a word, or joined by a hyphen to
# the word before) and where its words end.
_OPEN, _JOINED, _CLOSE = "(?<![\\w])(?:", "(?<=\\w)(?:", ")(?="
_GROUP = re.compile("(?:^|\\|)(?:" + re.escape(_OPEN) + "|" + re.escape(_JOINED) + ")")
_SPECIAL = frozenset(".^$*+?{}[]()|\\")


class Sought(NamedTuple):
    """A word a pattern seeks at the start of a word (or after a hyphen): with any ending, or
    (`endings` not None) bare or with one of `endings`."""

    text: str
    endings: tuple[str, ...] | None = None


def pattern_words(pattern: re.Pattern[str]) -> list[Sought] | None:
    """The words of a pattern `claim_pattern` made, or None for any other pattern: what an
    index of words may stand in for."""
    text = pattern.pattern
    if pattern.flags != re.UNICODE or not _GROUP.match(text):
        return None
    words: list[Sought] = []
    for group in _GROUP.split(text)[1:]:
        if _CLOSE not in group:
            return None
        close = group.index(_CLOSE)
        found = _literals(group[:close])
        if found is None:
            return None
        short = group[close + len(_CLOSE) :].startswith(_SHORT_END)
        words += [Sought(word, SHORT_ENDINGS if short else None) for word in found]
    return words


def _literals(alternation: str) -> list[str] | None:
    """The words of an alternation of escaped literals ("ai\\ alliance|47"), or None."""
    words, current, escaped = [], [], False
    for char in alternation:
        if escaped:
            if re.match(r"\w", char):
                return None  # \d, \w and the like: a class, not a literal
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "|":
            words.append("".join(current))
            current = []
        elif char in _SPECIAL:
            return None
        else:
            current.append(char)
    words.append("".join(current))
    return None if escaped else words


def _frame_words(claim: ClaimFrame, frame: str) -> set[str]:
    """A telling word of every word of a frame ("part" of "be part of", "join"), and its
    irregular forms ("won", "beaten")."""
    lexicon = claim.reading.lexicon
    common = {lexicon.lemma(word) for word in lexicon.stopwords | lexicon.be | lexicon.auxiliaries}
    common |= {key[0] for key, _ in lexicon.light_verbs.entries()}
    out = set()
    for key, word in lexicon.frame_words.entries():
        if word.frame == frame:
            telling = [lemma for lemma in key if lemma not in common and lemma.isalpha()]
            if telling:
                lemma = max(telling, key=len)
                out.add(lemma)
                out.update(_forms(lexicon, lemma))
    return out


def _forms(lexicon, lemma: str) -> set[str]:
    """The irregular forms of a word's lemma ("won" of "win")."""
    return {form for form, base in lexicon.irregular.items() if lexicon.lemma(base) == lemma}


def candidates(
    claim: ClaimFrame, source: Source, pattern: re.Pattern[str] | None
) -> list[Sentence]:
    """The sentences of `source` that hold a word of the claim, at most LIMIT: those with the
    most distinct words first, then the closest by rapidfuzz's token_set_ratio. The words are
    found in one search of the whole source and only LIMIT sentences are held at once, so a
    sentence without one costs no step."""
    if pattern is None:
        return []
    sentences = source.sentences
    hits: Iterator[tuple[int, Sentence]] = (
        (len(words), sentences[index]) for index, words in sentences.matching(pattern)
    )
    if claim.reading.quantities:
        numberish = claim.reading.lexicon.numberish
        hits = (hit for hit in hits if numberish.search(hit[1].norm))
    first = list(islice(hits, LIMIT + 1))
    if len(first) > LIMIT:
        from rapidfuzz import fuzz

        query = normalise(claim.reading.text)
        best = heapq.nlargest(  # as sorted(..., reverse=True)[:LIMIT]: ties keep their order
            LIMIT,
            chain(first, hits),
            key=lambda hit: (hit[0], fuzz.token_set_ratio(query, hit[1].norm)),
        )
        first = sorted(best, key=lambda hit: hit[1].index)
    return [sentence for _, sentence in first]
