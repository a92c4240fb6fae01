"""The cue words and aliases the engine reads text with, loaded from the data files.

Every phrase is kept as a tuple of stems, so "includes", "included" and "including" all meet
the one entry "include", and a phrase is found in a sentence by `Phrases.find`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from . import yamlfile
from .errors import InputError
from .resources import data_file
from .text import normalise, stem, tokenize

QUANTITY_CUES = ("exact", "approximate", "more_than", "at_least", "fewer_than", "at_most", "nearly")


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The stems of a phrase's tokens: how it is looked up in a sentence."""
    if phrase.isascii() and phrase.isalpha():
        return (stem(phrase.lower()),)
    return tuple(stem(token.norm) for token in tokenize(phrase))


class Phrases:
    """A set of phrases, each mapped to a value, found in token stems by longest match."""

    def __init__(self, entries: Iterable[tuple[str, Any]] = ()) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, value in entries:
            key = phrase_key(phrase)
            if key:
                self._by_first.setdefault(key[0], []).append((key, value))
        for options in self._by_first.values():
            options.sort(key=lambda option: -len(option[0]))

    def match_at(self, stems: Sequence[str], i: int) -> tuple[int, Any] | None:
        """The longest phrase starting at token `i`: (its end index, its value)."""
        if i >= len(stems):
            return None
        for key, value in self._by_first.get(stems[i], ()):
            end = i + len(key)
            if tuple(stems[i:end]) == key:
                return end, value
        return None

    def find(self, stems: Sequence[str]) -> list[tuple[int, int, Any]]:
        """Every non-overlapping match, left to right: (start, end, value)."""
        out, i = [], 0
        while i < len(stems):
            hit = self.match_at(stems, i)
            if hit:
                out.append((i, hit[0], hit[1]))
                i = hit[0]
            else:
                i += 1
        return out


class Lexicon(NamedTuple):
    approximate_band: float
    quantity_cues: Phrases  # value: cue kind
    trailing_cues: Phrases  # cues after the number ("45 or so"); value: cue kind
    strength_suffix: frozenset[str]
    rank_words: frozenset[str]
    year_prepositions: frozenset[str]
    plus_suffix: frozenset[str]
    number_words: Phrases  # value: int
    counted_nouns: Phrases  # value: group name
    negation_words: frozenset[str]
    negation_cues: Phrases
    negation_carry: frozenset[str]
    auxiliaries: frozenset[str]
    claim_predicates: Phrases
    membership_frame: Phrases
    list_cues: Phrases
    founder_verbs: Phrases
    group_words: Phrases
    clause_breaks: frozenset[str]
    name_connectors: frozenset[str]
    passive: frozenset[str]
    founder_followers: frozenset[str]
    relatives: frozenset[str]
    exclusive: Phrases
    life_events: dict[str, int]  # stem of a birth or death word -> 0 (birth) or 1 (death)
    references: frozenset[str]
    pronouns: frozenset[str]
    possessives: frozenset[str]
    unique_roles: frozenset[str]
    openers: frozenset[str]
    copulas: Phrases
    naming_words: Phrases
    linking_verbs: frozenset[str]  # stems
    participles: frozenset[str]
    slot_words: dict[str, str]  # slot word -> the slot it opens
    synonyms: dict[str, frozenset[int]]  # stem (or joined phrase stems) -> synonym groups
    synonym_phrases: Phrases  # multi-word synonyms -> joined key
    antonyms: dict[str, frozenset[str]]
    kinds: dict[str, frozenset[str]]  # stem -> the stems of its broader and narrower kinds
    stopwords: frozenset[str]
    aliases: Phrases  # value: canonical name
    alias_names: dict[str, tuple[str, ...]]  # canonical key -> every name, normalised
    counted_words: dict[str, tuple[str, ...]]  # counted-noun group -> its words


class _Section:
    """A mapping in a data file, read with errors that name the file, line and key."""

    def __init__(self, located: yamlfile.Located, path: str, name: str) -> None:
        if not isinstance(located.value, dict):
            raise InputError(f"{name} must be a mapping", path, located.line)
        self.entries: dict[str, yamlfile.Located] = located.value
        self.path, self.name, self.line = path, name, located.line

    def get(self, key: str) -> yamlfile.Located:
        if key not in self.entries:
            raise InputError(f"{self.name}: missing {key!r}", self.path, self.line)
        return self.entries[key]

    def section(self, key: str) -> _Section:
        return _Section(self.get(key), self.path, f"{self.name}.{key}")

    def words(self, key: str) -> list[str]:
        return _words(self.get(key), self.path, f"{self.name}.{key}")

    def groups(self, key: str) -> list[list[str]]:
        located = self.get(key)
        if not isinstance(located.value, list):
            raise InputError(f"{self.name}.{key} must be a list of lists", self.path, located.line)
        return [_words(group, self.path, f"{self.name}.{key}") for group in located.value]


def _words(located: yamlfile.Located, path: str, what: str) -> list[str]:
    if not isinstance(located.value, list):
        raise InputError(f"{what} must be a list of words", path, located.line)
    out = []
    for item in located.value:
        if not isinstance(item.value, str | int | float) or isinstance(item.value, bool):
            raise InputError(f"{what}: each entry must be a word or phrase", path, item.line)
        out.append(str(item.value))
    return out


def _kinds(groups: list[list[str]]) -> dict[str, frozenset[str]]:
    """Each word's broader and narrower kinds, through any number of steps: "drummer" is a
    "musician", so a "performer" and a "person"."""
    narrower: dict[str, set[str]] = {}
    for general, *words in groups:
        narrower.setdefault(" ".join(phrase_key(general)), set()).update(
            " ".join(phrase_key(word)) for word in words
        )

    def below(word: str, seen: set[str]) -> set[str]:
        for child in narrower.get(word, ()):
            if child not in seen:
                seen.add(child)
                below(child, seen)
        return seen

    related: dict[str, set[str]] = {}
    for general in narrower:
        for word in below(general, set()) - {general}:
            related.setdefault(general, set()).add(word)
            related.setdefault(word, set()).add(general)
    return {word: frozenset(kinds) for word, kinds in related.items()}


def _same(words: list[str]) -> Phrases:
    return Phrases((word, word) for word in words)


def load_lexicon(lexicon_path: Path, aliases_path: Path) -> Lexicon:
    """Read the cue words (lexicon.yaml) and the entity aliases (aliases.yaml)."""
    path = str(lexicon_path)
    root = _Section(yamlfile.load(lexicon_path), path, "lexicon")
    quantity = root.section("quantity")
    cues = quantity.section("cues")
    cue_entries = []
    for kind in cues.entries:
        if kind not in QUANTITY_CUES:
            raise InputError(f"unknown quantity cue kind {kind!r}", path, cues.entries[kind].line)
        cue_entries += [(word, kind) for word in cues.words(kind)]
    number_entries = []
    for phrase, value in quantity.section("number_words").entries.items():
        if not isinstance(value.value, int) or isinstance(value.value, bool):
            raise InputError(f"number word {phrase!r} needs a whole number", path, value.line)
        number_entries.append((phrase, value.value))
    trailing = quantity.section("cues_after")
    trailing_entries = []
    for kind in trailing.entries:
        if kind not in QUANTITY_CUES:
            raise InputError(
                f"unknown quantity cue kind {kind!r}", path, trailing.entries[kind].line
            )
        trailing_entries += [(word, kind) for word in trailing.words(kind)]
    band = quantity.get("approximate_band")
    if not isinstance(band.value, int | float) or not 0 <= band.value < 1:
        raise InputError("approximate_band must be a fraction between 0 and 1", path, band.line)

    counted_groups = root.groups("counted_nouns")
    synonyms: dict[str, set[int]] = {}
    synonym_phrases = []
    for number, group in enumerate(root.groups("synonyms")):
        for word in group:
            key = " ".join(phrase_key(word))
            synonyms.setdefault(key, set()).add(number)
            if " " in key:
                synonym_phrases.append((word, key))
    antonyms: dict[str, set[str]] = {}
    for pair in root.groups("antonyms"):
        stems = [" ".join(phrase_key(word)) for word in pair]
        for word in stems:
            antonyms.setdefault(word, set()).update(other for other in stems if other != word)

    negation, membership = root.section("negation"), root.section("membership")
    aliases = _Section(yamlfile.load(aliases_path), str(aliases_path), "aliases file").groups(
        "aliases"
    )
    return Lexicon(
        approximate_band=float(band.value),
        quantity_cues=Phrases(cue_entries),
        trailing_cues=Phrases(trailing_entries),
        strength_suffix=frozenset(quantity.words("strength_suffix")),
        rank_words=frozenset(quantity.words("rank_words")),
        year_prepositions=frozenset(quantity.words("year_prepositions")),
        plus_suffix=frozenset(quantity.words("plus_suffix")),
        number_words=Phrases(number_entries),
        counted_nouns=Phrases((word, group[0]) for group in counted_groups for word in group),
        negation_words=frozenset(negation.words("words")),
        negation_cues=_same(negation.words("cues")),
        negation_carry=frozenset(negation.words("carry")),
        auxiliaries=frozenset(negation.words("auxiliaries")),
        claim_predicates=_same(membership.words("claim_predicates")),
        membership_frame=_same(membership.words("frame")),
        list_cues=_same(membership.words("list_cues")),
        founder_verbs=_same(membership.words("founder_verbs")),
        group_words=_same(membership.words("group_words")),
        clause_breaks=frozenset(root.words("clause_breaks")),
        name_connectors=frozenset(root.words("name_connectors")),
        passive=frozenset(root.words("passive")),
        founder_followers=frozenset(membership.words("founder_followers")),
        relatives=frozenset(root.words("relatives")),
        exclusive=_same(root.words("exclusive")),
        life_events={
            stem(word): at
            for at, key in enumerate(("birth", "death"))
            for word in root.section("life_events").words(key)
        },
        references=frozenset(root.words("references")),
        pronouns=frozenset(root.words("pronouns")),
        possessives=frozenset(root.words("possessives")),
        unique_roles=frozenset(root.words("unique_roles")),
        openers=frozenset(root.words("openers")),
        copulas=_same(root.words("copulas")),
        naming_words=_same(root.words("naming_words")),
        linking_verbs=frozenset(stem(word) for word in root.words("linking_verbs")),
        participles=frozenset(root.words("participles")),
        slot_words={
            word: str(slot.value) for word, slot in root.section("slot_words").entries.items()
        },
        synonyms={key: frozenset(groups) for key, groups in synonyms.items()},
        synonym_phrases=Phrases(synonym_phrases),
        antonyms={key: frozenset(values) for key, values in antonyms.items()},
        kinds=_kinds(root.groups("kinds")),
        stopwords=frozenset(root.words("stopwords")),
        aliases=Phrases((name, group[0]) for group in aliases for name in group),
        alias_names={
            group[0].lower(): tuple(normalise(name) for name in group) for group in aliases
        },
        counted_words={group[0]: tuple(word.lower() for word in group) for group in counted_groups},
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The bundled lexicon and aliases."""
    return load_lexicon(data_file("lexicon.yaml"), data_file("aliases.yaml"))
