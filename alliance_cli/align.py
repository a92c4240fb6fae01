"""Alignment: which of a claim's units (names and content words) a sentence says, and where."""

from __future__ import annotations

from collections.abc import Sequence

from .analysis import PLACE, Assertion, Mention, Reading, Unit, after_place_word
from .lexicon import Lexicon

SYNONYM_SCORE = 0.85  # a synonym says a word a little less surely than the word itself
# Endings that make another word of the same family: "dark"/"darker", "politics"/"politician".
_FAMILY_ENDINGS = frozenset(
    {"er", "est", "ly", "ness", "ment", "ic", "al", "ity", "ive", "ion", "ian", "ist", "an", "ean"}
)


def _same_person(claimed: Mention, mention: Mention) -> bool:
    """Whether a sentence's name is the claim's name written longer or shorter: "Neil Leslie
    Diamond" or "Diamond" for "Neil Diamond"."""
    wanted, found = claimed.key.split(), mention.key.split()
    if len(wanted) < 2 or not all(word.isalpha() for word in wanted):
        return False
    if any(word.isupper() for word in (*claimed.text.split(), *mention.text.split())):
        return False  # acronyms ("AB Group", "ABC Group") are no person's names
    if len(found) == 1:
        return found[0] == wanted[-1] and len(found[0]) > 2
    first, given = wanted[0], found[0]
    nickname = min(len(first), len(given)) >= 3 and (
        given.startswith(first) or first.startswith(given)
    )
    if found[-1] != wanted[-1] or not (given == first or nickname):
        return False  # "Tim Roth" is "Timothy Simon Roth"
    short, long = sorted((wanted[1:-1], found[1:-1]), key=len)
    rest = iter(long)
    return all(word in rest for word in short)  # middle names in order, gaps allowed


def _related(word: str, other: str) -> bool:
    """Whether two stems are of one word family: one is the other plus a common ending, or a
    compound ending in it ("screenwriter" for "writer")."""
    if len(word) < 4 or len(other) < 4 or word == other:
        return False
    short, long = sorted((word, other), key=len)
    return (long.startswith(short) and long[len(short) :] in _FAMILY_ENDINGS) or (
        len(short) >= 5 and long.endswith(short)
    )


def _family(unit: Unit, reading: Reading) -> list[int]:
    """Tokens of the sentence in the family of a claim word."""
    words = [key for key in unit.keys if not key.startswith("syn:") and " " not in key]
    return [
        i for i, stem in enumerate(reading.words.stems) if any(_related(w, stem) for w in words)
    ]


def _demonyms(unit: Unit, reading: Reading) -> list[int]:
    """Tokens of the sentence that name a claim's place by its adjective, in a place of their
    own: "in the European continent" for "in Europe", "from Australian shores" for "from
    Australia"."""
    if PLACE not in unit.keys or unit.entity is None:
        return []
    name = unit.entity.text.lower()
    if " " in name or len(name) < 4:
        return []
    forms = {name + "n", name + "an", name + "ian"}
    if name[-1] in "aoy":
        forms |= {name[:-1] + "ian", name[:-1] + "an"}
    if name[-1] == "y":
        forms.add(name[:-1])
    return [
        i
        for i, token in enumerate(reading.words.tokens)
        if token.norm in forms
        and token.text[:1].isupper()
        and after_place_word(reading, i, reading.lexicon)
    ]


def name_match(entity: Mention, mention: Mention) -> float:
    """How surely a name in a sentence is the claim's name: 1 when it holds it ("Acme" in "Acme
    Corporation", "Yale" in "Yale School of Medicine"), 0.8 when it is the same person's name
    written longer or shorter, else 0."""
    if f" {entity.key} " in f" {mention.key} ":
        return 1.0
    return 0.8 if _same_person(entity, mention) else 0.0


def match(unit: Unit, reading: Reading) -> float:
    """1 when the sentence says the unit; 0.85 when it says a synonym; 0.8 for a name written
    longer or shorter; 0.5 when it names only the head of a multi-word name ("the Alliance"
    for "the Widget Coalition") and no rival with that head; else 0."""
    shared = unit.keys & reading.keys
    if shared:
        return 1.0 if any(not key.startswith("syn:") for key in shared) else SYNONYM_SCORE
    entity = unit.entity
    if entity is None:
        return SYNONYM_SCORE if _family(unit, reading) else 0.0
    best = max((name_match(entity, m) for m in reading.entities), default=0.0)
    if best:
        return best
    if _demonyms(unit, reading):
        return SYNONYM_SCORE
    last = entity.text.split()[-1]
    plain_head = (
        len(last) > 3
        and not last.isupper()
        and not set(entity.key.split()) & reading.lexicon.name_connectors
    )
    if plain_head and " " in entity.key and entity.head in reading.words.stems:
        rivals = [m for m in reading.entities if m.head == entity.head and " " in m.key]
        if not rivals:
            return 0.5
    return 0.0


def locations(unit: Unit, reading: Reading, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Where in the sentence a claim unit is said (token ranges)."""
    out = []
    if unit.entity:
        key = unit.entity.key
        out = [
            (m.start, m.end)
            for m in reading.entities
            if f"ent:{m.key}" in unit.keys
            or f" {key} " in f" {m.key} "
            or _same_person(unit.entity, m)
        ]
    stems = reading.words.stems
    if unit.entity is None:
        out += [(i, i + 1) for i in _family(unit, reading)]
    else:
        out += [(i, i + 1) for i in _demonyms(unit, reading)]
    for i, stem in enumerate(stems):
        if stem in unit.keys or any(
            f"syn:{g}" in unit.keys for g in lexicon.synonyms.get(stem, ())
        ):
            out.append((i, i + 1))
    for start, end, phrase in lexicon.synonym_phrases.find(stems):
        if phrase in unit.keys or any(
            f"syn:{g}" in unit.keys for g in lexicon.synonyms.get(phrase, ())
        ):
            out.append((start, end))
    return sorted(set(out))


def scores(claim: Assertion, reading: Reading) -> list[float]:
    """`match` for every unit of the claim, where a word met only through a synonym does not
    count when the word before it in the claim is missing: "working groups" is not said by
    "coalition"."""
    raw = [match(unit, reading) for unit in claim.units]
    out = list(raw)
    units = claim.units
    for k in range(1, len(units)):
        before, unit = units[k - 1], units[k]
        if before.end == unit.start and not before.entity and raw[k - 1] == 0 and 0 < raw[k] < 1:
            out[k] = 0.0
    return out


def coverage(units: Sequence[Unit], scored: Sequence[float]) -> float:
    """The weighted share of `units` said."""
    total = sum(unit.weight for unit in units)
    return (
        sum(unit.weight * s for unit, s in zip(units, scored, strict=True)) / total
        if total
        else 0.0
    )
