"""The cue words and aliases the engine reads text with, loaded from the data files.

Every phrase is kept as a tuple of stems, so "includes", "included" and "including" all meet
the one entry "include", and a phrase is found in a sentence by `Phrases.find`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import yamlfile
from .errors import InputError
from .resources import data_file
from .text import normalise, stem, tokenize

QUANTITY_CUES = ("exact", "approximate", "more_than", "at_least", "fewer_than", "at_most", "nearly")


def phrase_key(phrase: str) -> tuple[str, ...]:
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

    def __contains__(self, stems: tuple[str, ...]) -> bool:
        return bool(stems) and any(key == stems for key, _ in self._by_first.get(stems[0], ()))


@dataclass(frozen=True)
class Lexicon:
    approximate_band: float
    quantity_cues: Phrases  # value: cue kind
    strength_suffix: frozenset[str]
    plus_suffix: frozenset[str]
    number_words: Phrases  # value: int
    counted_nouns: Phrases  # value: group name
    negation_words: frozenset[str]
    negation_cues: Phrases
    claim_predicates: Phrases
    membership_frame: Phrases
    list_cues: Phrases
    founder_verbs: Phrases
    group_words: Phrases
    clause_breaks: frozenset[str]
    synonyms: dict[str, frozenset[int]]  # stem (or joined phrase stems) -> synonym groups
    synonym_phrases: Phrases  # multi-word synonyms -> joined key
    antonyms: dict[str, frozenset[str]]
    stopwords: frozenset[str]
    aliases: Phrases  # value: canonical name
    alias_names: dict[str, tuple[str, ...]]  # canonical key -> every name, normalised
    counted_words: dict[str, tuple[str, ...]]  # counted-noun group -> its words

    def canonical(self, name: str) -> str:
        """The canonical form of an entity name: its alias entry's first name, else itself."""
        stems = phrase_key(name)
        hit = self.aliases.match_at(stems, 0) if stems else None
        return hit[1] if hit and hit[0] == len(stems) else " ".join(stems)


def _words(located: yamlfile.Located, path: str, what: str) -> list[str]:
    value = located.value
    if not isinstance(value, list):
        raise InputError(f"{what} must be a list of words", path, located.line)
    out = []
    for item in value:
        if not isinstance(item.value, str | int | float) or isinstance(item.value, bool):
            raise InputError(f"{what}: each entry must be a word or phrase", path, item.line)
        out.append(str(item.value))
    return out


def _section(root: dict[str, yamlfile.Located], key: str, path: str, line: int) -> Any:
    if key not in root:
        raise InputError(f"missing section {key!r}", path, line)
    return root[key]


def _mapping(located: yamlfile.Located, path: str, what: str) -> dict[str, yamlfile.Located]:
    if not isinstance(located.value, dict):
        raise InputError(f"{what} must be a mapping", path, located.line)
    return located.value


def _groups(located: yamlfile.Located, path: str, what: str) -> list[list[str]]:
    if not isinstance(located.value, list):
        raise InputError(f"{what} must be a list of lists", path, located.line)
    return [_words(group, path, what) for group in located.value]


def load_lexicon(lexicon_path: Path, aliases_path: Path) -> Lexicon:
    """Read the cue words (lexicon.yaml) and the entity aliases (aliases.yaml)."""
    path = str(lexicon_path)
    top = yamlfile.load(lexicon_path)
    root = _mapping(top, path, "the lexicon")
    section = lambda key: _section(root, key, path, top.line)  # noqa: E731

    quantity = _mapping(section("quantity"), path, "quantity")
    qsection = lambda key: _section(quantity, key, path, section("quantity").line)  # noqa: E731
    cues = _mapping(qsection("cues"), path, "quantity.cues")
    cue_entries = []
    for kind, words in cues.items():
        if kind not in QUANTITY_CUES:
            raise InputError(f"unknown quantity cue kind {kind!r}", path, words.line)
        cue_entries += [(word, kind) for word in _words(words, path, f"quantity.cues.{kind}")]
    numbers = _mapping(qsection("number_words"), path, "quantity.number_words")
    number_entries = []
    for phrase, value in numbers.items():
        if not isinstance(value.value, int) or isinstance(value.value, bool):
            raise InputError(f"number word {phrase!r} needs a whole number", path, value.line)
        number_entries.append((phrase, value.value))
    band = qsection("approximate_band")
    if not isinstance(band.value, int | float) or not 0 <= band.value < 1:
        raise InputError("approximate_band must be a fraction between 0 and 1", path, band.line)

    counted_entries = []
    counted_words = {}
    for group in _groups(section("counted_nouns"), path, "counted_nouns"):
        counted_entries += [(word, group[0]) for word in group]
        counted_words[group[0]] = tuple(word.lower() for word in group)

    negation = _mapping(section("negation"), path, "negation")
    membership = _mapping(section("membership"), path, "membership")
    member = lambda key: _words(_section(membership, key, path, section("membership").line), path, key)  # noqa: E731

    synonyms: dict[str, set[int]] = {}
    synonym_phrases = []
    for number, group in enumerate(_groups(section("synonyms"), path, "synonyms")):
        for word in group:
            key = " ".join(phrase_key(word))
            synonyms.setdefault(key, set()).add(number)
            if " " in key:
                synonym_phrases.append((word, key))
    antonyms: dict[str, set[str]] = {}
    for pair in _groups(section("antonyms"), path, "antonyms"):
        stems = [" ".join(phrase_key(word)) for word in pair]
        for word in stems:
            antonyms.setdefault(word, set()).update(other for other in stems if other != word)

    aliases = _load_aliases(aliases_path)
    return Lexicon(
        approximate_band=float(band.value),
        quantity_cues=Phrases(cue_entries),
        strength_suffix=frozenset(_words(qsection("strength_suffix"), path, "strength_suffix")),
        plus_suffix=frozenset(_words(qsection("plus_suffix"), path, "plus_suffix")),
        number_words=Phrases(number_entries),
        counted_nouns=Phrases(counted_entries),
        negation_words=frozenset(_words(_section(negation, "words", path, top.line), path, "negation.words")),
        negation_cues=Phrases((w, w) for w in _words(_section(negation, "cues", path, top.line), path, "negation.cues")),
        claim_predicates=Phrases((w, w) for w in member("claim_predicates")),
        membership_frame=Phrases((w, w) for w in member("frame")),
        list_cues=Phrases((w, w) for w in member("list_cues")),
        founder_verbs=Phrases((w, w) for w in member("founder_verbs")),
        group_words=Phrases((w, w) for w in member("group_words")),
        clause_breaks=frozenset(_words(section("clause_breaks"), path, "clause_breaks")),
        synonyms={key: frozenset(groups) for key, groups in synonyms.items()},
        synonym_phrases=Phrases(synonym_phrases),
        antonyms={key: frozenset(values) for key, values in antonyms.items()},
        stopwords=frozenset(_words(section("stopwords"), path, "stopwords")),
        aliases=Phrases((name, group[0]) for group in aliases for name in group),
        alias_names={group[0].lower(): tuple(normalise(name) for name in group) for group in aliases},
        counted_words=counted_words,
    )


def _load_aliases(aliases_path: Path) -> list[list[str]]:
    path = str(aliases_path)
    top = yamlfile.load(aliases_path)
    root = _mapping(top, path, "the aliases file")
    return _groups(_section(root, "aliases", path, top.line), path, "aliases")


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The bundled lexicon and aliases."""
    return load_lexicon(data_file("lexicon.yaml"), data_file("aliases.yaml"))
