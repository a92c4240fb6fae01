"""Building the lexicon's lookup structures from the sections of `data/lexicon.yaml`, each with
errors that name the file and line. `key` turns a word or phrase into its tuple of lemmas."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..text import normalise

if TYPE_CHECKING:
    from .lexicon import _Section

Key = Callable[[str], tuple[str, ...]]


def _norms(words: list[str]) -> frozenset[str]:
    return frozenset(normalise(word) for word in words)


def grammar(section: _Section, key: Key) -> dict[str, Any]:
    return {
        "control_verbs": frozenset(" ".join(key(word)) for word in section.words("control_verbs")),
        "tentative_verbs": frozenset(key(word)[0] for word in section.words("tentative_verbs")),
        "object_control": frozenset(key(word)[0] for word in section.words("object_control")),
        "planning_verbs": frozenset(" ".join(key(w)) for w in section.words("planning_verbs")),
        "plan_past": _norms(section.words("plan_past")),
        "implicative_verbs": frozenset(
            " ".join(key(word)) for word in section.words("implicative_verbs")
        ),
        "role_verbs": frozenset(" ".join(key(word)) for word in section.words("role_verbs")),
        "naming_verbs": frozenset(" ".join(key(word)) for word in section.words("naming_verbs")),
        "leaving_verbs": frozenset(" ".join(key(word)) for word in section.words("leaving_verbs")),
        "joint_verbs": frozenset(key(word)[0] for word in section.words("joint_verbs")),
        "company_names": frozenset(key(word)[0] for word in section.words("company_names")),
        "ergative_verbs": frozenset(key(word)[0] for word in section.words("ergative_verbs")),
        "transparent": frozenset(key(word)[0] for word in section.words("transparent")),
        "event_heads": frozenset(key(word)[0] for word in section.words("event_heads")),
        "titles": _phrases(section.words("titles"), key),
        "reporting_verbs": frozenset(
            " ".join(key(word)) for word in section.words("reporting_verbs")
        ),
        **{
            name: _norms(section.words(name))
            for name in (
                "stopwords",
                "determiners",
                "prepositions",
                "place_prepositions",
                "auxiliaries",
                "be",
                "copulas",
                "relatives",
                "restrictive",
                "universal",
                "telling_apart",
                "adverbs",
                "existentials",
                "time_points",
                "degree_words",
                "modals",
                "conditionals",
                "addressees",
                "adjective_kinds",
                "inchoatives",
                "companions",
                "same_participles",
                "ing_nouns",
                "clause_breaks",
                "conjunctions",
                "openers",
                "name_connectors",
                "pronouns",
                "singular_pronouns",
                "neuter_pronouns",
                "possessives",
            )
        },
    }


def _phrases(words: list[str], key: Key, value: Any = None) -> Any:
    from .lexicon import Phrases

    return Phrases((key(word), word if value is None else value) for word in words)


def negation(section: _Section, key: Key) -> dict[str, Any]:
    return {
        "negation_words": _norms(section.words("words")),
        "negation_determiners": _norms(section.words("determiners")),
        "negation_cues": _phrases(section.words("cues"), key),
        "negation_idioms": _phrases(section.words("idioms"), key),
        "negation_carry": _norms(section.words("carry")),
        "negation_intransitive": frozenset(key(word) for word in section.words("intransitive")),
        "negation_splittable": frozenset(key(word) for word in section.words("splittable")),
        "past_markers": _phrases(section.words("past"), key),
        "at_the_time": _norms(section.words("at_the_time")),
        "other_role": _norms(section.words("other_role")),
    }


def _cues(section: _Section, name: str, key: Key) -> Any:
    from .lexicon import CUES, Phrases

    cues = section.section(name)
    entries = []
    for kind, located in cues.entries.items():
        if kind not in CUES:
            raise InputError(f"unknown quantity cue kind {kind!r}", section.path, located.line)
        entries += [(key(word), kind) for word in cues.words(kind)]
    return Phrases(entries)


def _numbers(section: _Section, name: str, what: str) -> dict[str, float]:
    """A section that maps words to numbers ("million: 1000000", "quarter: 4")."""
    out = {}
    for word, value in section.section(name).entries.items():
        if not isinstance(value.value, int | float) or isinstance(value.value, bool):
            raise InputError(f"{what} {word!r} needs a number", section.path, value.line)
        out[normalise(word)] = float(value.value)
    return out


def _numberish(numbers: list[tuple[tuple[str, ...], int]], fractions: dict[str, float]):
    """A pattern that finds what may hold a figure in normalised text: a digit, a number word
    ("thirty", "dozen", "handful") or a fraction ("quarter")."""
    import re

    from .numbers import NUMBER_WORDS

    said = {word for phrase, _ in numbers for word in phrase} - {"a", "an", "of", "the"}
    words = set(NUMBER_WORDS) | set(fractions) | said  # "dozen", "coupl", "handful"
    return re.compile(r"\d|\b(?:" + "|".join(sorted(map(re.escape, words))) + ")")


def quantity(section: _Section, key: Key) -> dict[str, Any]:
    from .lexicon import Phrases

    numbers = []
    for phrase, value in section.section("number_words").entries.items():
        if not isinstance(value.value, int) or isinstance(value.value, bool):
            raise InputError(
                f"number word {phrase!r} needs a whole number", section.path, value.line
            )
        numbers.append((key(phrase), value.value))
    scales, fractions = (
        _numbers(section, "scales", "scale"),
        _numbers(section, "fractions", "fraction"),
    )
    currencies = [
        (key(word), str(code.value)) for word, code in section.section("currencies").entries.items()
    ]
    units = []
    for word, (dimension, size) in section.pairs("units"):
        units.append((key(word), (str(dimension), float(size))))
    counted, written, fates = _counted(section, key)
    return {
        "fates": fates,
        "quantity_cues": _cues(section, "cues", key),
        "trailing_cues": _cues(section, "cues_after", key),
        "approximate_units": section.number("approximate_units"),
        "approximate_share": section.number("approximate_share"),
        "bare_share": section.number("bare_share"),
        "nearly_units": section.number("nearly_units"),
        "number_words": Phrases(numbers),
        "scales": scales,
        "fractions": fractions,
        "numberish": _numberish(numbers, fractions),
        "currencies": Phrases(currencies),
        "percent": _phrases(section.words("percent"), key),
        "units": Phrases(units),
        "dimension_words": {
            word.lower(): group[0].lower()
            for group in section.groups("dimension_words")
            for word in group
        },
        "strength_suffix": _norms(section.words("strength_suffix")),
        "meaning_prefixes": _norms(section.words("meaning_prefixes")),
        "rank_words": _norms(section.words("rank_words")),
        "change_before": _norms(section.words("change_before")),
        "margin_words": _norms(section.words("margin_words")),
        "margin_nouns": frozenset(key(word)[0] for word in section.words("margin_nouns")),
        "standing_measures": frozenset(
            " ".join(key(word)) for word in section.words("standing_measures")
        ),
        "change_after_noun": _norms(section.words("change_after_noun")),
        "change_cues": frozenset(" ".join(key(word)) for word in section.words("change_cues")),
        "year_prepositions": _norms(section.words("year_prepositions")),
        "plus_suffix": _norms(section.words("plus_suffix")),
        "irrealis": Phrases(  # by form: "budgeted" says a plan, "budget" does not
            (tuple(normalise(part) for part in word.split()), mood)
            for mood in section.section("irrealis").entries
            for word in section.section("irrealis").words(mood)
        ),
        "counted": tuple(counted),
        "counted_words": _norms(written),
        "counted_by_noun": Phrases(
            (tuple(noun.split()), group) for group in counted for noun in group.nouns
        ),
        "counters": frozenset(" ".join(key(word)) for word in section.words("counters")),
        "tally_verbs": frozenset(" ".join(key(word)) for word in section.words("tally_verbs")),
        "vote_words": frozenset(" ".join(key(word)) for word in section.words("vote_words")),
        "vote_for": frozenset(" ".join(key(word)) for word in section.words("vote_for")),
        "vote_against": frozenset(" ".join(key(word)) for word in section.words("vote_against")),
        "generic_counted": frozenset(
            " ".join(key(word)) for word in section.words("generic_counted")
        ),
    }


def _optional(section: _Section, name: str) -> list[str]:
    """The words under a key a section may leave out."""
    return section.words(name) if name in section.entries else []


def _counted(section: _Section, key: Key) -> tuple[list, list[str], frozenset[str]]:
    """The counted groups, every noun of them as written, and the groups `fates` names."""
    from .lexicon import Counted

    counted, written = [], []
    located = section.get("counted")
    for item in located.value if isinstance(located.value, list) else []:
        group = section.__class__(item, section.path, f"{section.name}.counted")
        nouns = group.words("nouns")
        written += nouns
        counted.append(
            Counted(
                nouns[0],
                frozenset(" ".join(key(word)) for word in nouns),
                frozenset(" ".join(key(word)) for word in group.words("verbs")),
                frozenset(key(word)[0] for word in _optional(group, "cues")),
            )
        )
    fates = frozenset(section.words("fates"))
    unknown = sorted(fates - {group.name for group in counted})
    if unknown:
        line = section.get("fates").line
        raise InputError(f"fates: no counted group {unknown[0]!r}", section.path, line)
    return counted, written, fates


def dates(section: _Section, key: Key) -> dict[str, Any]:
    from .lexicon import Phrases

    relative = []
    for word, (unit, offset) in section.pairs("relative"):
        relative.append((key(word), (str(unit), int(offset))))
    return {
        "weekdays": tuple(normalise(day) for day in section.words("weekdays")),
        "relative_dates": Phrases(relative),
        "light_verbs": _phrases(section.words("light_verbs"), key),
        "not_happening": _phrases(
            [*section.words("phases"), *section.words("done_to_events"), *section.words("effects")],
            key,
        ),
        "other_occasion": _phrases(section.words("other_occasion"), key),
        "recent_times": frozenset(key(word)[0] for word in section.words("recent_times")),
        "occasion_times": frozenset(key(word)[0] for word in section.words("occasion_times")),
        "time_openers": frozenset(normalise(word) for word in section.words("time_openers")),
        "date_parts": frozenset(normalise(word) for word in section.words("date_parts")),
        "not_at_its_time": _phrases(section.words("not_at_its_time"), key),
    }


def frames(section: _Section, key: Key) -> dict[str, Any]:
    from .lexicon import FrameWord, Phrases

    entries, unique, entails, counted_as, kinds = [], {}, {}, {}, {}
    for name in section.entries:
        frame = section.section(name)
        unique[name] = frozenset(frame.words("unique"))
        if "kinds" in frame.entries:
            kinds[name] = {
                role: key(str(kind.value))[0]
                for role, kind in frame.section("kinds").entries.items()
            }
        if "counted_as" in frame.entries:
            counted_as[name] = {
                role: str(group.value)
                for role, group in frame.section("counted_as").entries.items()
            }
        if "entails" in frame.entries:
            entails[name] = {
                other: {
                    role: str(to.value)
                    for role, to in frame.section("entails").section(other).entries.items()
                }
                for other in frame.section("entails").entries
            }
        for word, located in frame.section("words").entries.items():
            slots = located.value
            if not isinstance(slots, dict):
                raise InputError(f"frame word {word!r} needs its slots", section.path, located.line)
            negative = word.startswith("-")
            roles = tuple((slot, str(role.value)) for slot, role in slots.items())
            entries.append((key(word.lstrip("-")), FrameWord(name, roles, negative)))
    return {
        "frame_words": Phrases(entries),
        "unique_roles": unique,
        "frame_entails": entails,
        "frame_counted_as": counted_as,
        "frame_kinds": kinds,
    }


def words(section: _Section, key: Key) -> dict[str, Any]:
    from .lexicon import Phrases

    synonyms: dict[str, set[int]] = {}
    phrases = []
    for number, group in enumerate(section.groups("synonyms")):
        for word in group:
            joined = " ".join(key(word))
            synonyms.setdefault(joined, set()).add(number)
            if " " in joined:
                phrases.append((key(word), joined))
    antonyms: dict[str, set[str]] = {}
    for pair in section.groups("antonyms"):
        joined = [" ".join(key(word)) for word in pair]
        for word in joined:
            antonyms.setdefault(word, set()).update(other for other in joined if other != word)
            if " " in word:
                phrases.append((tuple(word.split()), word))
    broader, exclusive = _kinds(section, key)
    for word in {*broader, *exclusive}:
        if " " in word:
            phrases.append((tuple(word.split()), word))
    return {
        "synonyms": {word: frozenset(groups) for word, groups in synonyms.items()},
        "synonym_phrases": Phrases(phrases),
        "broader": broader,
        "exclusive_kinds": exclusive,
        "antonyms": {word: frozenset(others) for word, others in antonyms.items()},
    }


def _kinds(
    section: _Section, key: Key
) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Every kind's broader kinds (through any number of steps: a drummer is a musician, so a
    performer and a person), and for a kind in an exclusive list, the kinds that exclude it (a
    film is no book, nor a novel)."""
    from .lexicon import _words

    located = section.get("kinds")
    groups: list[tuple[list[str], bool]] = []
    for item in located.value if isinstance(located.value, list) else []:
        if isinstance(item.value, dict):
            entry = section.__class__(item, section.path, f"{section.name}.kinds")
            groups.append((entry.words("words"), bool(entry.get("exclusive").value)))
        else:
            groups.append((_words(item, section.path, f"{section.name}.kinds"), False))
    narrower: dict[str, set[str]] = {}
    for words, _ in groups:
        joined = [" ".join(key(word)) for word in words]
        narrower.setdefault(joined[0], set()).update(joined[1:])

    found: dict[str, set[str]] = {}

    def below(word: str) -> set[str]:
        if word not in found:
            seen, todo = {word}, [word]
            while todo:
                for child in narrower.get(todo.pop(), ()):
                    if child not in seen:
                        seen.add(child)
                        todo.append(child)
            found[word] = seen
        return found[word]

    broader: dict[str, set[str]] = {}
    for general in narrower:
        for word in below(general) - {general}:
            broader.setdefault(word, set()).add(general)
    exclusive: dict[str, set[str]] = {}
    for words, is_exclusive in groups:
        if not is_exclusive:
            continue
        families = [below(" ".join(key(word))) for word in words[1:]]
        for i, family in enumerate(families):
            rivals = set().union(*(other for j, other in enumerate(families) if j != i)) - family
            for word in family:
                exclusive.setdefault(word, set()).update(rivals)
    return (
        {word: frozenset(kinds) for word, kinds in broader.items()},
        {word: frozenset(rivals) for word, rivals in exclusive.items()},
    )
