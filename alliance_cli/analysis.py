"""Reading what a text says: the entities it names, its content words, negations, counts and
dates; and, for a claim, what it asserts (a count, a membership, or a plain statement)."""

from __future__ import annotations

from functools import cached_property
from typing import NamedTuple

from .dates import read_dates
from .lexicon import Lexicon
from .model import Date, Quantity
from .quantities import read_quantities
from .text import CLOSING, OPENING, Tokens


class Mention(NamedTuple):
    """A named entity: tokens [start, end), its canonical key, and its head word."""

    start: int
    end: int
    key: str
    head: str
    text: str


class Unit(NamedTuple):
    """One thing a claim asserts that a sentence must also say: a name or a content word."""

    start: int
    end: int
    keys: frozenset[str]
    weight: float
    entity: Mention | None
    text: str


class Reading:
    """A sentence or claim as the engine reads it. Each view is worked out when first asked
    for, so a count claim never pays for reading dates, and so on."""

    def __init__(self, text: str, lexicon: Lexicon, offset: int = 0) -> None:
        self.words = Tokens.of(text, offset)
        self.lexicon = lexicon

    @cached_property
    def entities(self) -> tuple[Mention, ...]:
        """Names, cut short where a date begins: "October" in "October 30, 1987" is no name,
        and "the Nordic Coalition on March 3" names the Nordic Coalition."""
        out = []
        for mention in _entities(self.words, self.lexicon):
            end = next(
                (i for i in range(mention.start, mention.end) if self.covered(i, i + 1)),
                mention.end,
            )
            while (
                end > mention.start
                and self.words.tokens[end - 1].norm in self.lexicon.name_connectors
            ):
                end -= 1
            if end == mention.end:
                out.append(mention)
            elif end > mention.start:
                stems = self.words.stems[mention.start : end]
                out.append(
                    Mention(
                        mention.start,
                        end,
                        " ".join(stems),
                        stems[-1],
                        self.words.surface(mention.start, end),
                    )
                )
        return tuple(out)

    @cached_property
    def quantities(self) -> tuple[Quantity, ...]:
        return tuple(read_quantities(self.words, self.lexicon))

    @cached_property
    def dates(self) -> tuple[Date, ...]:
        taken = [q.span for q in self.quantities]
        return tuple(
            d
            for d in read_dates(self.words)
            if not any(a < d.span[1] and d.span[0] < b for a, b in taken)
        )

    @cached_property
    def negations(self) -> tuple[tuple[int, int, str], ...]:
        """(start, end, cue) of each negation; cue is "" for a plain not, no, never ..."""
        return tuple(_negations(self.words, self.lexicon))

    @cached_property
    def clauses(self) -> tuple[int, ...]:
        """The clause number of each token."""
        return _clauses(self.words, self.lexicon)

    @cached_property
    def keys(self) -> frozenset[str]:
        """Every stem, synonym group and entity key, for matching claim units."""
        return _keys(self.words, list(self.entities), self.lexicon)

    def covered(self, start: int, end: int) -> bool:
        """Whether tokens [start, end) hold a count or a date."""
        spans = [q.span for q in self.quantities] + [d.span for d in self.dates]
        a, b = self.words.span(start, end)
        return any(a < stop and begin < b for begin, stop in spans)


def _entities(words: Tokens, lexicon: Lexicon) -> list[Mention]:
    tokens, stems = words.tokens, words.stems
    found: list[Mention] = []
    taken = [False] * len(tokens)
    for start, end, name in lexicon.aliases.find(stems):
        found.append(Mention(start, end, name.lower(), stems[end - 1], words.surface(start, end)))
        taken[start:end] = [True] * (end - start)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if taken[i] or not token.is_word or not token.text[:1].isupper():
            i += 1
            continue
        end = i + 1
        while end < len(tokens) and not taken[end]:
            nxt = tokens[end]
            if nxt.is_word and nxt.text[:1].isupper():
                end += 1
            elif (
                nxt.norm in lexicon.name_connectors
                and end + 1 < len(tokens)
                and tokens[end + 1].text[:1].isupper()
                and not taken[end + 1]
                and (
                    nxt.norm != "-" or tokens[end - 1].end == nxt.start == tokens[end + 1].start - 1
                )
            ):
                end += 2  # "University of Tokyo", "Urbana-Champaign"; not "Berg — Voltra"
            else:
                break
        start = i
        while start < end and tokens[start].norm in lexicon.stopwords | lexicon.clause_breaks:
            start += (
                1  # "The Widget Coalition" is "Widget Coalition"; a capitalised "While" is no name
            )
        word = tokens[start].norm if start < end else ""
        opener = end == start + 1 and (word.endswith("ly") or word in lexicon.openers)
        if start < end and not opener:  # "Notably, ...", "Together, ..." name nobody
            key = " ".join(stems[start:end])
            found.append(Mention(start, end, key, stems[end - 1], words.surface(start, end)))
        i = end
    found.sort(key=lambda mention: mention.start)
    return found


def _negations(words: Tokens, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    cues = [(start, end, cue) for start, end, cue in lexicon.negation_cues.find(words.stems)]
    inside = {i for start, end, _ in cues for i in range(start, end)}
    for i, token in enumerate(words.tokens):
        if i not in inside and (token.norm in lexicon.negation_words or token.norm.endswith("n't")):
            cues.append((i, i + 1, ""))
    return sorted(cues)


def _clauses(words: Tokens, lexicon: Lexicon) -> tuple[int, ...]:
    """Clause numbers: a clause break starts a new clause, except inside brackets, where
    "(born Anne O'Brien; October 4, 1941)" stays one aside; and a relative clause between
    commas is an aside after which its sentence goes on: in "Polaris, which builds its own
    plant, says it will not join", Polaris and "will not join" share a clause."""
    out, number, depth, fresh = [], 0, 0, 0
    resume = None  # the clause a ", which ...," aside returns to
    tokens = words.tokens
    for i, token in enumerate(tokens):
        norm = token.norm
        if norm in OPENING:
            depth += 1
            fresh += 1
            number = fresh
        elif norm in CLOSING:
            depth = max(0, depth - 1)
            fresh += 1
            number = fresh
        elif not depth and resume is not None and norm == ",":
            number, resume = resume, None
        elif not depth and norm in lexicon.relatives and i and tokens[i - 1].norm == ",":
            resume = number
            fresh += 1
            number = fresh
        elif norm in lexicon.clause_breaks and not depth:
            fresh += 1
            number, resume = fresh, None
        out.append(number)
    return tuple(out)


def _keys(words: Tokens, entities: list[Mention], lexicon: Lexicon) -> frozenset[str]:
    keys = set(words.stems)
    for stem in words.stems:
        keys.update(f"syn:{group}" for group in lexicon.synonyms.get(stem, ()))
    for _, _, phrase in lexicon.synonym_phrases.find(words.stems):
        keys.add(phrase)
        keys.update(f"syn:{group}" for group in lexicon.synonyms.get(phrase, ()))
    for mention in entities:
        keys.add(f"ent:{mention.key}")
        keys.update(mention.key.split())
    return frozenset(keys)


def read(text: str, lexicon: Lexicon, offset: int = 0) -> Reading:
    """Read a sentence (or a claim) that starts at `offset` in its source."""
    return Reading(text, lexicon, offset)


class Membership(NamedTuple):
    """A claim that names belong to a group: "X is a member", "X and Y launched the alliance"."""

    subjects: tuple[Mention, ...]
    founder: bool  # founding or leading it, not only belonging
    group: Mention | None
    predicate: tuple[int, int]


class Assertion(NamedTuple):
    """What a claim asserts, in the parts the judge compares."""

    text: str
    reading: Reading
    units: tuple[Unit, ...]
    quantity: Quantity | None
    negated: bool
    membership: Membership | None

    @property
    def dates(self) -> tuple[Date, ...]:
        return self.reading.dates


def _content_keys(claim: Assertion, lexicon: Lexicon) -> list[set[str]]:
    """For each content word of a claim (in any case, names too), the keys that match it: its
    stem and its synonym groups."""
    reading, out = claim.reading, []
    for i, token in enumerate(reading.words.tokens):
        if token.is_word and token.norm not in lexicon.stopwords and not reading.covered(i, i + 1):
            stem = reading.words.stems[i]
            out.append({stem, *(f"syn:{g}" for g in lexicon.synonyms.get(stem, ()))})
    return out


def same_assertion(a: Assertion, b: Assertion, lexicon: Lexicon) -> bool:
    """Whether two wordings assert the same thing: the same counts, dates and polarity, and
    every content word of each (a name, or a word or its synonym) in the other, in any case:
    "lost 47 members" is not "has 47 members"."""
    if a.negated != b.negated:
        return False
    if sorted((q.low, q.high) for q in a.reading.quantities) != sorted(
        (q.low, q.high) for q in b.reading.quantities
    ):
        return False
    if sorted(d.iso() for d in a.dates) != sorted(d.iso() for d in b.dates):
        return False
    words = [_content_keys(a, lexicon), _content_keys(b, lexicon)]
    pool = [set().union(*side) for side in words]
    return all(keys & pool[1 - side] for side in (0, 1) for keys in words[side])


PLACE = "place:"  # the key of a name that follows a word of place ("in", "from")


def after_place_word(reading: Reading, i: int, lexicon: Lexicon) -> bool:
    """Whether token i follows a word that opens a place ("in", "at", "from"), past an
    article: "in Europe", "in the European continent"."""
    norms = reading.words.norms
    j = i - 1
    while j >= 0 and i - j <= 2 and norms[j] in ("the", "a", "an"):
        j -= 1
    return j >= 0 and lexicon.slot_words.get(norms[j]) in ("where", "origin")


def _units(reading: Reading, lexicon: Lexicon) -> list[Unit]:
    """The names and content words of a claim; cue words (negations, "only") are not content."""
    words = reading.words
    units: list[Unit] = []
    cues = [(start, end) for start, end, _ in reading.negations]
    cues += [(start, end) for start, end, _ in lexicon.exclusive.find(words.stems)]
    taken: set[int] = {i for start, end in cues for i in range(start, end)}
    for mention in reading.entities:
        taken.update(range(mention.start, mention.end))
        if not reading.covered(mention.start, mention.end):
            keys = {f"ent:{mention.key}"}
            if after_place_word(reading, mention.start, lexicon):
                keys.add(PLACE)  # "in Europe": a place, which "European" may name
            units.append(
                Unit(
                    mention.start,
                    mention.end,
                    frozenset(keys),
                    2.0,
                    mention,
                    mention.text,
                )
            )
    phrases = {start: (end, key) for start, end, key in lexicon.synonym_phrases.find(words.stems)}
    i = 0
    while i < len(words):
        if i in phrases and i not in taken:
            end, key = phrases[i]
            groups = {f"syn:{group}" for group in lexicon.synonyms.get(key, ())}
            units.append(Unit(i, end, frozenset({key, *groups}), 1.0, None, words.surface(i, end)))
            i = end
            continue
        token, stem = words.tokens[i], words.stems[i]
        if (
            i not in taken
            and token.is_word
            and token.norm not in lexicon.stopwords
            and token.norm not in lexicon.negation_words
            and not reading.covered(i, i + 1)
        ):
            groups = {f"syn:{group}" for group in lexicon.synonyms.get(stem, ())}
            units.append(Unit(i, i + 1, frozenset({stem, *groups}), 1.0, None, token.text))
        i += 1
    units.sort(key=lambda unit: unit.start)
    return units


def _membership(reading: Reading, lexicon: Lexicon) -> Membership | None:
    stems = reading.words.stems
    hits = lexicon.claim_predicates.find(stems)
    founder = False
    if not hits:
        hits, founder = lexicon.founder_verbs.find(stems), True
    if not hits:
        return None
    start, end, _ = hits[0]
    words = reading.words
    if founder and start and words.tokens[start - 1].norm in lexicon.passive:
        return None  # "the alliance was formed in 1991" says when, not who
    group = next((m for m in reading.entities if m.start >= end), None)
    if founder and group is None and not lexicon.group_words.find(stems[end:]):
        return None  # founding needs something founded
    subjects = tuple(m for m in reading.entities if m.end <= start)
    if founder and any(lexicon.group_words.match_at((m.head,), 0) for m in subjects):
        return None  # "the alliance will form working groups": a group acting, not joining
    if not subjects:
        named = [
            i
            for i in range(start)
            if words.tokens[i].is_word and words.tokens[i].norm not in lexicon.stopwords
        ]
        if not named:
            return None
        first, last = named[0], named[-1] + 1
        key = " ".join(stems[first:last])
        subjects = (Mention(first, last, key, stems[last - 1], words.surface(first, last)),)
    return Membership(subjects, founder, group, (start, end))


def assertion(text: str, lexicon: Lexicon) -> Assertion:
    """Parse a claim into what it asserts. A claim in capitals throughout is read in lower
    case: its capitals say nothing about which words are names."""
    if not any(ch.islower() for ch in text):
        text = text.lower()
    reading = read(text, lexicon)
    named = _existential(reading, lexicon)
    if named is not None:
        text = named
        reading = read(text, lexicon)
    counted = [q for q in reading.quantities if q.counted]
    quantity = counted[0] if counted else None
    membership = None if quantity else _membership(reading, lexicon)
    units = _units(reading, lexicon)
    negated = bool(reading.negations)
    return Assertion(text, reading, tuple(units), quantity, negated, membership)


def _existential(reading: Reading, lexicon: Lexicon) -> str | None:
    """ "There is an Indian actor named Marcus Bentley" as "Marcus Bentley is an Indian actor":
    the claim reworded so that the name is its subject."""
    words = reading.words
    norms = words.norms
    if len(norms) < 5 or norms[0] != "there" or norms[2] not in ("a", "an"):
        return None
    copula = lexicon.copulas.match_at(words.stems, 1)
    if not copula or copula[0] != 2:
        return None
    for i in range(3, len(norms)):
        hit = lexicon.naming_words.match_at(words.stems, i)
        if hit and hit[0] < len(norms) and norms[i - 1] not in lexicon.stopwords:
            end = len(norms) - (norms[-1] in (".", "!"))
            name, what = words.surface(hit[0], end), words.surface(1, i)
            return f"{name} {what}" if name[:1].isupper() else None
    return None
