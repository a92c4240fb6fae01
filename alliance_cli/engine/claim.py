"""A claim read into the parts a proof aligns: its subject, its predicate (a verb, or what a
copula says the subject is), its object and prepositional phrases, its figures and dates, its
polarity; and the pieces of content, in the claim's order, that each need a step."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..text import stem
from .lexicon import FrameWord, Lexicon
from .participles import relative_before_verb
from .phrases import PARTICLES, Phrase, nominal, object_after, phrase_after, verb_like
from .reading import Reading
from .senses import other_sense

_NOBODY = frozenset({"nobody", "no one", "none", "noone", "nothing"})


@dataclass(frozen=True)
class Piece:
    """One piece of a claim's content: a name, a word, a figure or a date (`kind`), where it
    stands (`role`: subject, predicate, object, complement, or a preposition), and its tokens."""

    kind: str
    role: str
    start: int
    end: int


@dataclass(frozen=True)
class ClaimFrame:
    reading: Reading
    subject: Phrase | None
    predicate: tuple[int, int] | None  # the main verb's tokens, or a copula's complement head
    copula: bool
    negated: bool
    object: Phrase | None
    preps: tuple[tuple[str, Phrase], ...]
    passive: bool = False  # "was launched by X": the subject is what was done to

    @cached_property
    def pieces(self) -> tuple[Piece, ...]:
        return tuple(_pieces(self))

    @cached_property
    def ergative(self) -> bool:
        """Whether the claim's verb, with no object, says its subject is what the verb with
        an object acts on ("the bridge opened": someone opened it)."""
        if self.predicate is None or self.copula or self.passive or self.object is not None:
            return False
        return self.reading.lemmas[self.predicate[0]] in self.reading.lexicon.ergative_verbs

    @cached_property
    def frame_word(self) -> tuple[int, FrameWord] | None:
        """The frame word of the predicate (its end and how it fills its frame), in the sense
        its sentence gives it: "withdrew its bid" says no one stayed out (`other_sense`); of a
        word of two frames, the one its object fits ("joined the strike": taking part)."""
        if self.predicate is None:
            return None
        lemmas, start = self.reading.lemmas, self.predicate[0]
        found = self.reading.lexicon.frame_words.senses_at(lemmas, start)
        if found is None or other_sense(self.reading, start, found[0]):
            return None
        end, senses = found
        senses = [sense for sense in senses if self._of_its_kinds(sense)]
        if not senses:
            return None  # "the warning was lifted" is no win: a warning is no contest
        return end, next((sense for sense in senses if self._fits(sense)), senses[0])

    def _of_its_kinds(self, sense: FrameWord) -> bool:
        """Whether the claim's fillers that are common nouns are of the kinds the sense's
        frame asks of its roles (the lexicon's frame `kinds`)."""
        lexicon = self.reading.lexicon
        kinds = lexicon.frame_kinds.get(sense.frame, {})
        slots = {"subject": self.subject, "object": self.object, **dict(self.preps)}
        if self.passive:
            slots = {**slots, "object": self.subject, "subject": slots.get("by")}
        for slot, role in sense.roles:
            phrase, kind = slots.get(slot), kinds.get(role)
            if kind is None or phrase is None or phrase.names:
                continue
            if not lexicon.of_kind(self.reading.lemmas[phrase.head], kind):
                return False
        return True

    def _fits(self, sense: FrameWord) -> bool:
        """Whether the claim's object is of the kind its role in a frame is named after ("the
        strike" an event, for taking part; "the alliance" a group, for membership)."""
        role = sense.role("object")
        if role is None or self.object is None:
            return False
        return self.reading.lexicon.of_kind(self.reading.lemmas[self.object.head], role)

    def role_of(self, i: int) -> str:
        """Where token i stands in the claim."""
        if self.subject and self.subject.start <= i < self.subject.end:
            return "subject"
        if self.predicate and self.predicate[0] <= i < self.predicate[1]:
            return "predicate"
        if self.object and self.object.start <= i < self.object.end:
            return "complement" if self.copula else "object"
        for prep, phrase in self.preps:
            if phrase.start <= i < phrase.end:
                return prep
        return "other"


def read_claim(text: str, lexicon: Lexicon) -> ClaimFrame:
    """Read a claim. A claim in capitals throughout is read in lower case: its capitals say
    nothing about which words are names."""
    if not any(ch.islower() for ch in text):
        text = text.lower()
    reading = Reading(text, lexicon)
    verb = _first_verb(reading)
    if verb is None:
        return ClaimFrame(reading, None, None, False, bool(reading.negations), None, ())
    main, end = _main_verb(reading, verb)
    reported = _reported(reading, main, end)
    if reported is not None:
        return read_claim(reported, lexicon)
    subject = _subject(reading, verb)

    nobody = reading.words.surface(0, verb).lower() in _NOBODY if verb else False
    negated = nobody or any(not n.elided for n in reading.negations)  # "awarded no damages"

    norms = reading.words.norms
    known = end > main + 1 and norms[main + 1] not in lexicon.prepositions  # not "was among"
    copula = (
        norms[main] in lexicon.copulas
        and not known  # a phrase the lexicon knows: "was absent from the gala"
        and not _participle_after(reading, end)
    )
    after = end
    skipped = lexicon.negation_words | lexicon.restrictive
    while after < len(reading) and reading.words.norms[after] in skipped:
        after += 1  # "was not a candidate", "is only Chinese"
    obj = object_after(reading, after)
    if copula and obj is not None:
        predicate = _complement_head(reading, obj)
    else:
        predicate = (main, end)
        copula = copula and obj is not None
    preps = _preps(reading, obj.end if obj else end)
    last = reading.words.norms[end - 1]
    if end - main > 1 and last in lexicon.prepositions and end < len(reading):
        ending = phrase_after(reading, end)  # "ruled in favour of Vantrell"
        preps = ((last, ending), *preps) if ending is not None else preps

    passive = not copula and main > verb and any(norms[k] in lexicon.be for k in range(verb, main))
    passive = (
        passive and verb_like(reading, main) and not norms[main].endswith("ing")
    )  # "is leading"
    subject = None if nobody else subject
    return ClaimFrame(reading, subject, predicate, copula, negated, obj, preps, passive)


def _subject(reading: Reading, verb: int) -> Phrase | None:
    """The claim's subject: every word before its verb, its head the first phrase's ("Ticket
    sales at the Orvella Museum" is said of the sales)."""
    first = phrase_after(reading, 0, reach=12) if verb > 0 else None
    if first is None:
        return None
    names = tuple(name for name in reading.names if name.end <= verb)
    head = min(first.head, verb - 1)
    return Phrase(first.start, verb, head, names, tuple(i for i in first.items if i < verb))


def _reported(reading: Reading, main: int, end: int) -> str | None:
    """In "X announced that it would appeal", what is claimed is "X would appeal": the clause
    after a reporting verb, its opening pronoun standing for the reporter."""
    lexicon, norms = reading.lexicon, reading.words.norms
    if reading.lemmas[main] not in lexicon.reporting_verbs or main == 0:
        return None
    told = end + 1 < len(norms) and norms[end] in lexicon.addressees and norms[end + 1] == "that"
    end += told  # "They tell us that ...", "told reporters that ..."
    at = end + (end < len(norms) and norms[end] == "that")
    if at >= len(norms) or (at == end and norms[at] not in lexicon.pronouns):
        return None
    reporter = reading.words.surface(0, _first_verb(reading) or main)
    rest = reading.text[reading.words.tokens[at].start - reading.words.offset :]
    if norms[at] in _REPORTERS:
        rest = reporter + rest[len(reading.words.tokens[at].text) :]
    return rest


# pronouns that may stand for the reporter: "Acme said it would appeal" (not "we", "you")
_REPORTERS = frozenset({"it", "he", "she", "they"})


def _first_verb(reading: Reading) -> int | None:
    """The first token of the claim's verb group."""
    lexicon = reading.lexicon
    for i, token in enumerate(reading.words.tokens):
        norm = token.norm
        if not token.is_word or i in reading.name_at:
            continue
        if norm in lexicon.be or norm in lexicon.auxiliaries or norm in lexicon.copulas:
            return i
        if norm in lexicon.negation_words and i > 0 and norm not in ("no", "none", "nobody"):
            return i
        if i > 0 and (verb_like(reading, i) or _known_verb(reading, i)):
            if relative_before_verb(reading, i):
                continue  # "The budget originally set for the line was $3bn"
            compound = (
                i > 1 and reading.words.norms[i - 1] == "-" and reading.words.tokens[i - 2].is_word
            )
            return i - 2 if compound else i  # "co-founded"

    return None


def _known_verb(reading: Reading, i: int) -> bool:
    """A verb the lexicon knows, after a subject ("Sterne coaches X", "Acme owns Y")."""
    lexicon, lemmas = reading.lexicon, reading.lemmas
    before = reading.words.tokens[i - 1]
    if (
        not (before.is_word or before.norm in ("'s",))
        or reading.words.norms[i - 1] in lexicon.determiners
        or i - 1 in reading.quantity_at  # "47 members" is a figure, not "47" doing something
    ):
        return False

    if lemmas[i] in lexicon.reporting_verbs and "that" in reading.words.norms[i + 1 : i + 3]:
        return True  # "Officials tell us that ...", "Experts say that ..."
    inflected = reading.words.norms[i].endswith("s") or " and " in reading.words.surface(0, i)
    if i + 1 < len(reading) and reading.words.norms[i + 1].endswith("ed"):
        return False  # "union members supported": a noun before its verb
    return inflected and (
        lexicon.frame_words.match_at(lemmas, i) is not None
        or lemmas[i] in lexicon.control_verbs
        or lexicon.counting_verb(lemmas[i]) is not None
    )


def _main_verb(reading: Reading, verb: int) -> tuple[int, int]:
    """The main verb of the group starting at `verb`, past auxiliaries, negations, adverbs and
    verbs that take another after "to" ("declined to speak"); with its particle or the rest of
    a phrase the lexicon knows ("took part", "called back"): (its first token, its end)."""
    lexicon, norms = reading.lexicon, reading.words.norms
    while verb + 1 < len(norms) and (
        norms[verb] in lexicon.negation_words or norms[verb] in lexicon.adverbs
    ):
        verb += 1  # "Kim never conceded": the verb is "conceded"
    main, j, verbal_next = verb, verb + 1, _helps(reading, verb)

    while j < len(norms):
        norm = norms[j]
        if norm in lexicon.negation_words or norm.endswith("n't") or norm in lexicon.adverbs:
            j += 1
        elif norm == "to" and j + 1 < len(norms) and _controls(reading, main):
            if _known_phrase(reading, main) > j:
                break  # "were taken to hospital": a phrase the lexicon knows
            verbal_next, j = True, j + 1
        elif (
            (
                verbal_next
                and nominal(reading, j)
                and norm not in lexicon.determiners
                and (j not in reading.name_at)
            )
            or norm in lexicon.be
            or norm in lexicon.auxiliaries
            or (verb_like(reading, j) and _helps_or_links(reading, main))
        ):
            main, verbal_next, j = j, _helps(reading, j), j + 1
        else:
            break
    end = max(main + 1, _known_phrase(reading, main))
    while end < len(norms) and norms[end] in PARTICLES and not _starts_phrase(reading, end + 1):
        end += 1
    return main, end


def _known_phrase(reading: Reading, main: int) -> int:
    """The end of the longest phrase the lexicon knows that opens at token `main` ("took part",
    "taken to hospital"), not one that runs into a date; `main` for none."""
    lexicon, end = reading.lexicon, main
    for phrases in (lexicon.frame_words, lexicon.synonym_phrases, lexicon.light_verbs):
        phrase = phrases.match_at(reading.lemmas, main)
        if phrase and not _dated(reading, phrase[0]):
            end = max(end, phrase[0])
    return end


def _complement_head(reading: Reading, obj: Phrase) -> tuple[int, int]:
    """The tokens of a complement's head: its last word, or a phrase the lexicon knows that
    ends there ("chief executive", whose synonym is "CEO")."""
    lexicon, head = reading.lexicon, obj.head
    for start in range(max(obj.start, head - 3), head):
        hit = lexicon.synonym_phrases.match_at(reading.lemmas, start)
        if hit and hit[0] == head + 1:
            return start, head + 1
    return head, head + 1


def _dated(reading: Reading, end: int) -> bool:
    """Whether a phrase ending at `end` ends in a preposition that a date follows: "came on
    October 10" is no "came on" as a substitute comes on."""
    last = reading.words.norms[end - 1]
    return last in reading.lexicon.prepositions and end in reading.date_at


def _helps_or_links(reading: Reading, i: int) -> bool:
    """Whether token i is an auxiliary or a form of "be" or "have", after which a participle
    is the main verb ("is recalling", "has died"); after another verb it is an adjective
    ("will form working groups")."""
    norm = reading.words.norms[i]
    return norm in reading.lexicon.auxiliaries or norm in reading.lexicon.be


def _helps(reading: Reading, i: int) -> bool:
    """Whether token i is an auxiliary that a bare verb follows ("did", "will", "could"); after
    "has" or "is" only a participle is a verb ("has 47 members", "is a member")."""
    norm = reading.words.norms[i]
    lexicon = reading.lexicon
    return norm in lexicon.auxiliaries and reading.lemmas[i] not in (stem("have"), stem("get"))


def _controls(reading: Reading, i: int) -> bool:
    lexicon = reading.lexicon
    negation = reading.negation_of(i + 1)
    cue = negation is not None and negation.cue[0] <= i < negation.cue[1]
    return cue or reading.lemmas[i] in lexicon.control_verbs or verb_like(reading, i)


def _starts_phrase(reading: Reading, i: int) -> bool:
    return i < len(reading) and nominal(reading, i)


def _participle_after(reading: Reading, end: int) -> bool:
    """Whether a copula is an auxiliary of a passive: "was held", "were recalled"."""
    return end < len(reading) and verb_like(reading, end)


def _preps(reading: Reading, start: int) -> tuple[tuple[str, Phrase], ...]:
    out = []
    for k in range(start, len(reading)):
        norm = reading.words.norms[k]
        if norm in reading.lexicon.prepositions:
            phrase = phrase_after(reading, k + 1)
            if phrase is not None:
                out.append((norm, phrase))
    return tuple(out)


def _pieces(frame: ClaimFrame) -> list[Piece]:
    """The claim's pieces of content, in its order: each figure, date and name, the predicate,
    and every other content word."""
    reading = frame.reading
    out: list[Piece] = []
    taken: set[int] = set()
    for figure in reading.quantities:
        out.append(Piece("figure", frame.role_of(figure.tokens[0]), *figure.tokens))
        inside = {i for i in range(*figure.tokens) if i in reading.name_at}
        taken.update(set(range(*figure.tokens)) - inside)
        first = figure.tokens[0]
        of = first > 1 and reading.words.norms[first - 1] == "of"
        if of and reading.lemmas[first - 2] == figure.noun:
            taken.update((first - 2, first - 1))  # "a crowd of 41,382": the figure's noun
    for date in reading.dates:
        i, j = reading.token_range(date.span)
        out.append(Piece("date", frame.role_of(i), i, j))
        taken.update(range(i, j))
    for mention in reading.names:
        if not taken.intersection(range(mention.start, mention.end)):
            out.append(Piece("name", frame.role_of(mention.start), mention.start, mention.end))
            taken.update(range(mention.start, mention.end))
    if frame.predicate:
        start, end = frame.predicate
        if not taken.intersection(range(start, end)):
            out.append(Piece("predicate", "predicate", start, end))
            taken.update(range(start, end))
    for negation in reading.negations:
        taken.update(range(*negation.cue))
    for i in range(len(reading)):
        opposed = reading.lemmas[i] in reading.lexicon.antonyms  # "after the election"
        opposed = opposed or reading.words.norms[i] in reading.lexicon.universal  # "all its beds"
        if i not in taken and (reading.content(i) or opposed) and not _helper(reading, i):
            end = _phrase_end(reading, i, taken)
            out.append(Piece("word", frame.role_of(i), i, end))
            taken.update(range(i, end))
    return sorted(out, key=lambda piece: piece.start)


def _phrase_end(reading: Reading, i: int, taken: set[int]) -> int:
    """Where the word at token i ends: after a phrase the lexicon knows as one word ("second
    round", which a runoff is), else after the token."""
    hit = reading.lexicon.synonym_phrases.match_at(reading.lemmas, i)
    if hit and hit[0] > i + 1 and not taken.intersection(range(i, hit[0])):
        return hit[0]
    return i + 1


def _helper(reading: Reading, i: int) -> bool:
    norm, lexicon = reading.words.norms[i], reading.lexicon
    return (
        norm in lexicon.auxiliaries
        or norm in lexicon.be
        or norm in lexicon.copulas
        or (
            reading.lemmas[i] in lexicon.control_verbs
            and i + 1 < len(reading)
            and reading.words.norms[i + 1] == "to"
        )
    )
