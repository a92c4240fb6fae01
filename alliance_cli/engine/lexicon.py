"""The words the engine reads English with, loaded from `data/lexicon.yaml` and the entity aliases
from `data/aliases.yaml`.

Every word and phrase is kept as a tuple of lemmas (irregular forms brought back to their base,
then lightly stemmed), so "won", "wins" and "win" meet one entry, and a phrase is found in a
sentence by `Phrases.find`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from .. import yamlfile
from ..errors import InputError
from ..resources import data_file
from ..text import normalise, stem, tokenize

CUES = (
    "exact",
    "approximate",
    "more_than",
    "at_least",
    "fewer_than",
    "at_most",
    "nearly",
    "just_over",
)


class Phrases:
    """A set of phrases, each mapped to a value, found in lemmas by longest match."""

    def __init__(self, entries: Iterable[tuple[tuple[str, ...], Any]] = ()) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for key, value in entries:
            if key:
                self._by_first.setdefault(key[0], []).append((key, value))
        for options in self._by_first.values():
            options.sort(key=lambda option: -len(option[0]))

    def match_at(self, lemmas: Sequence[str], i: int) -> tuple[int, Any] | None:
        """The longest phrase starting at token `i`: (its end index, its value)."""
        if i >= len(lemmas):
            return None
        for key, value in self._by_first.get(lemmas[i], ()):
            end = i + len(key)
            if tuple(lemmas[i:end]) == key:
                return end, value
        return None

    def senses_at(self, lemmas: Sequence[str], i: int) -> tuple[int, list[Any]] | None:
        """The longest phrase starting at token `i`: its end index and every value it has
        (a word of two frames: "join" a group, "join" a strike)."""
        found = self.match_at(lemmas, i)
        if found is None:
            return None
        end = found[0]
        key = tuple(lemmas[i:end])
        return end, [value for k, value in self._by_first[lemmas[i]] if k == key]

    def find(self, lemmas: Sequence[str]) -> list[tuple[int, int, Any]]:
        """Every non-overlapping match, left to right: (start, end, value)."""
        out, i = [], 0
        while i < len(lemmas):
            hit = self.match_at(lemmas, i)
            if hit:
                out.append((i, hit[0], hit[1]))
                i = hit[0]
            else:
                i += 1
        return out

    def entries(self) -> Iterable[tuple[tuple[str, ...], Any]]:
        """Every (phrase, value)."""
        for options in self._by_first.values():
            yield from options

    def __contains__(self, key: tuple[str, ...]) -> bool:
        return any(k == key for k, _ in self._by_first.get(key[0] if key else "", ()))


@dataclass(frozen=True)
class FrameWord:
    """How one word fills a frame: which role its subject, object and prepositions take, and
    whether it says the frame's event did not happen for its subject ("missed")."""

    frame: str
    roles: tuple[tuple[str, str], ...]  # (slot, role): slot is subject, object or a preposition
    negative: bool = False

    def role(self, slot: str) -> str | None:
        return next((role for at, role in self.roles if at == slot), None)


@dataclass(frozen=True)
class Counted:
    """A group of nouns that count one thing, and the verbs that go with counting it."""

    name: str
    nouns: frozenset[str]
    verbs: frozenset[str]
    cues: frozenset[str] = frozenset()  # words that make a count of people one of these


@dataclass(frozen=True)
class Lexicon:
    irregular: dict[str, str]
    verb_forms: frozenset[str]  # irregular past forms: "won", "beaten", "bought"
    stopwords: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    place_prepositions: frozenset[str]  # "on" in "the sinkhole on Pellidor Street"
    auxiliaries: frozenset[str]
    be: frozenset[str]
    copulas: frozenset[str]
    relatives: frozenset[str]
    restrictive: frozenset[str]  # "only": the claim excludes all else
    universal: frozenset[str]  # "all": the claim holds of every one
    telling_apart: frozenset[str]  # "new": one thing of its kind, not another
    adverbs: frozenset[str]  # that may stand between a subject and its verb

    existentials: frozenset[str]  # "there (are)"
    time_points: frozenset[str]  # "ago": a span of time that names a point
    degree_words: frozenset[str]  # "most (impacted)"

    singular_pronouns: frozenset[str]  # "its": one name
    neuter_pronouns: frozenset[str]  # "its": a thing, not a person

    inchoatives: frozenset[str]  # "became": a copula that says a change
    companions: frozenset[str]  # "together (with)"
    same_participles: frozenset[str]  # "set": its own past participle
    ing_nouns: frozenset[str]  # "wing": no verb's form

    clause_breaks: frozenset[str]
    conjunctions: frozenset[str]
    control_verbs: frozenset[str]  # lemmas
    tentative_verbs: frozenset[str]  # lemmas: "proposals to close" only ask for it
    object_control: frozenset[str]  # lemmas: "forced the agency to suspend": it suspended
    planning_verbs: frozenset[str]  # lemmas: "earmarked for closure"
    plan_past: frozenset[str]  # "had planned to", "once earmarked"
    implicative_verbs: frozenset[str]  # lemmas: "managed to win" won
    role_verbs: frozenset[str]  # lemmas: "served as mayor" says what its subject is
    naming_verbs: frozenset[str]  # lemmas: "named X as chief" says what its object is
    leaving_verbs: frozenset[str]  # lemmas: "stepped down as chief" says what it no longer is
    company_names: frozenset[str]  # lemmas: "Calderwyn Mining" names a company
    modals: frozenset[str]  # "will": what follows has not happened
    conditionals: frozenset[str]  # "if": its clause says what would be, not what was
    adjective_kinds: frozenset[str]  # "nationality": its words are adjectives
    reporting_verbs: frozenset[str]  # lemmas
    addressees: frozenset[str]  # "told reporters that": whom a report is said to
    joint_verbs: frozenset[str]  # lemmas (first word of a phrase)
    ergative_verbs: frozenset[str]  # lemmas: "the bridge opened" is what someone opened
    transparent: frozenset[str]  # lemmas
    event_heads: frozenset[str]  # lemmas: "the rescue operation" is the rescue

    openers: frozenset[str]
    titles: Phrases  # "Councillor", "Judge": a title before a person's name is not the name
    name_connectors: frozenset[str]
    pronouns: frozenset[str]
    possessives: frozenset[str]
    negation_words: frozenset[str]
    negation_determiners: frozenset[str]  # "no" in "no budget": denies the thing
    negation_cues: Phrases
    negation_idioms: Phrases  # "a vote of no confidence": no denial
    negation_carry: frozenset[str]
    negation_splittable: frozenset[tuple[str, ...]]  # "be at": "was not at" denies it
    negation_intransitive: frozenset[tuple[str, ...]]  # cues that deny only with no object
    past_markers: Phrases
    at_the_time: frozenset[str]  # "then" in "then-police chief": of that time, not of now
    other_role: frozenset[str]  # "deputy" chief executive: another role
    quantity_cues: Phrases  # value: cue kind
    trailing_cues: Phrases
    approximate_units: float
    approximate_share: float
    bare_share: float

    nearly_units: float
    number_words: Phrases  # value: int
    scales: dict[str, float]
    fractions: dict[str, float]  # "quarter": 4, the parts a whole is cut in
    numberish: re.Pattern[str]  # a digit, a number word or a fraction: text that may hold a figure
    currencies: Phrases  # value: currency code
    percent: Phrases
    units: Phrases  # value: (dimension, size)
    dimension_words: dict[str, str]  # "1,240 metres long"; "across" is "wide"
    strength_suffix: frozenset[str]
    rank_words: frozenset[str]
    change_before: frozenset[str]  # "by" in "rose by 5%"
    margin_words: frozenset[str]  # "2,600 votes clear of": a margin
    margin_nouns: frozenset[str]  # lemmas: "a margin of 17"
    standing_measures: frozenset[str]  # lemmas: "revenue", which a claim must name
    change_after_noun: frozenset[str]  # "up" in "210,000 visitors, up 12 percent"
    change_cues: frozenset[str]  # lemmas: "higher" in "a 50% higher risk"
    year_prepositions: frozenset[str]
    plus_suffix: frozenset[str]
    irrealis: Phrases  # value: the mood (future, plan, capacity, demand, offer, ...)
    counted: tuple[Counted, ...]
    fates: frozenset[str]  # the groups whose verbs say what befell the counted
    counted_by_noun: Phrases  # value: Counted
    counted_words: frozenset[str]  # the nouns as written: "wounded" is one, "voted" no
    meaning_prefixes: frozenset[str]  # "non-": "non-members" are no members
    counters: frozenset[str]
    tally_verbs: frozenset[str]  # lemmas: "rose to 34"
    vote_words: frozenset[str]  # lemmas: "by 31 votes to 17" is a vote's tally
    vote_for: frozenset[str]  # lemmas: "approved by 19 votes to 8" counts 19 for
    vote_against: frozenset[str]  # lemmas: "rejected by 16 votes to 11" counts 16 against
    generic_counted: frozenset[str]  # lemmas: "people" counts what its verb says
    weekdays: tuple[str, ...]
    relative_dates: Phrases  # value: (unit, offset)
    light_verbs: Phrases
    not_happening: Phrases  # "receded", "was postponed", "forced": no date of the event's
    other_occasion: Phrases
    recent_times: frozenset[str]
    occasion_times: frozenset[str]  # "year" in "last year": a time, not a noun's part
    time_openers: frozenset[str]
    date_parts: frozenset[str]  # "the end of April": part of a date
    not_at_its_time: Phrases  # "fined in 2021 over a breach": the breach is not of 2021
    frame_words: Phrases  # value: FrameWord
    unique_roles: dict[str, frozenset[str]]  # frame -> its roles with one filler
    frame_entails: dict[str, dict[str, dict[str, str]]]  # frame -> frame it entails -> roles
    frame_counted_as: dict[str, dict[str, str]]  # frame -> role -> counted group it is not
    frame_kinds: dict[str, dict[str, str]]  # frame -> role -> the kind (lemma) of its filler

    roles: Phrases  # value: role group name
    synonyms: dict[str, frozenset[int]]  # lemma key -> synonym groups
    synonym_phrases: Phrases  # multi-word synonyms -> their joined key
    broader: dict[str, frozenset[str]]  # lemma key -> every broader kind
    exclusive_kinds: dict[str, frozenset[str]]  # lemma key -> kinds that exclude it
    antonyms: dict[str, frozenset[str]]
    aliases: Phrases  # value: canonical name
    alias_names: dict[str, tuple[str, ...]]  # canonical key -> every name, normalised

    @cached_property
    def _related(self) -> dict[str, frozenset[str]]:
        return {}

    def related(self, key: str) -> frozenset[str]:
        """Every word (lemma key) `relations.word_relation` relates to `key`: itself, its
        synonyms, narrower and broader kinds, rivals and antonyms, the words it derives from
        and those derived from it. Any other word is independent of it."""
        found = self._related.get(key)
        if found is None:
            from .relations import relatives

            found = self._related[key] = frozenset(relatives(self, key))
        return found

    def counting_verb(self, lemma: str) -> Counted | None:
        """The first counted group whose verbs hold `lemma` ("kill": the dead), or None."""
        return next((group for group in self.counted if lemma in group.verbs), None)

    def words_at(
        self, lemmas: Sequence[str], k: int, among: frozenset[str]
    ) -> list[tuple[int, str]]:
        """The words at token k that are among `among` (a word, or a phrase the lexicon
        knows as one: "chief executive"), each as (its end index, its key)."""
        phrase = self.synonym_phrases.match_at(lemmas, k)
        options = [(k + 1, lemmas[k])] + ([phrase] if phrase else [])
        return [(end, word) for end, word in options if word in among]

    def of_kind(self, lemma: str, kind: str) -> bool:
        """Whether a word is the kind, or a word of it ("alliance" of "group")."""
        return lemma == kind or kind in self.broader.get(lemma, ())

    def adjective(self, lemma: str) -> bool:
        """Whether a word is of a kind whose words are adjectives ("American")."""
        return not self.broader.get(lemma, frozenset()).isdisjoint(self.adjective_kinds)

    def lemma(self, norm: str) -> str:
        """A word's matching form: irregular forms to their base ("won" to "win"), then stemmed."""
        return lemma(norm, self.irregular)

    def key(self, phrase: str) -> tuple[str, ...]:
        """The lemmas of a phrase's tokens: how it is looked up in a sentence."""
        return phrase_key(phrase, self.irregular)


def lemma(norm: str, irregular: dict[str, str]) -> str:
    return stem(irregular.get(norm, norm))


def phrase_key(phrase: str, irregular: dict[str, str]) -> tuple[str, ...]:
    return tuple(lemma(token.norm, irregular) for token in tokenize(phrase))


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

    def number(self, key: str) -> float:
        located = self.get(key)
        if not isinstance(located.value, int | float) or isinstance(located.value, bool):
            raise InputError(f"{self.name}.{key} must be a number", self.path, located.line)
        return float(located.value)

    def groups(self, key: str) -> list[list[str]]:
        located = self.get(key)
        if not isinstance(located.value, list):
            raise InputError(f"{self.name}.{key} must be a list of lists", self.path, located.line)
        return [_words(group, self.path, f"{self.name}.{key}") for group in located.value]

    def pairs(self, key: str) -> list[tuple[str, list[Any]]]:
        """A mapping of words to short lists: "day: [time, 1]"."""
        out = []
        for word, located in self.section(key).entries.items():
            if not isinstance(located.value, list):
                raise InputError(
                    f"{self.name}.{key}.{word} must be a list", self.path, located.line
                )
            out.append((word, [item.value for item in located.value]))
        return out


def _words(located: yamlfile.Located, path: str, what: str) -> list[str]:
    if not isinstance(located.value, list):
        raise InputError(f"{what} must be a list of words", path, located.line)
    out = []
    for item in located.value:
        if not isinstance(item.value, str | int | float) or isinstance(item.value, bool):
            raise InputError(f"{what}: each entry must be a word or phrase", path, item.line)
        out.append(str(item.value))
    return out


def _norms(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalise(word) for word in words)


def load_lexicon(lexicon_path: Path, aliases_path: Path) -> Lexicon:
    """Read the lexicon (lexicon.yaml) and the entity aliases (aliases.yaml)."""
    from . import lexicon_build as build

    path = str(lexicon_path)
    root = _Section(yamlfile.load(lexicon_path), path, "lexicon")
    grammar = root.section("grammar")
    verb_forms = {
        normalise(word): normalise(str(base.value))
        for word, base in grammar.section("irregular_verbs").entries.items()
    }
    irregular = verb_forms | {
        normalise(word): normalise(str(base.value))
        for word, base in grammar.section("irregular_nouns").entries.items()
    }

    keys: dict[str, tuple[str, ...]] = {}

    def key(phrase: str) -> tuple[str, ...]:  # many words recur: each is read once
        found = keys.get(phrase)
        if found is None:
            simple = phrase.isalpha() and phrase.isascii()
            found = (lemma(phrase.lower(), irregular),) if simple else phrase_key(phrase, irregular)
            keys[phrase] = found
        return found

    aliases = _Section(yamlfile.load(aliases_path), str(aliases_path), "aliases file").groups(
        "aliases"
    )
    fields: dict[str, Any] = {
        "irregular": irregular,
        "verb_forms": frozenset(verb_forms),
        **build.grammar(grammar, key),
        **build.negation(root.section("negation"), key),
        **build.quantity(root.section("quantity"), key),
        **build.dates(root.section("dates"), key),
        **build.frames(root.section("frames"), key),
        **build.words(root.section("words"), key),
        "roles": Phrases((key(word), group[0]) for group in root.groups("roles") for word in group),
        "aliases": Phrases((key(name), group[0]) for group in aliases for name in group),
        "alias_names": {
            group[0].lower(): tuple(normalise(name) for name in group) for group in aliases
        },
    }
    return Lexicon(**fields)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The bundled lexicon and aliases."""
    return load_lexicon(data_file("lexicon.yaml"), data_file("aliases.yaml"))
