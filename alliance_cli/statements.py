"""What each sentence of a source states, read once with the judge's reading, in the form
`conflicts` groups: figures with what they count, whose they are and which occasion; events
(a frame word of the lexicon with who fills its roles, whether it is denied, its date and its
score);
the holder of a role one person holds ("Harrowgate coach Mira Olsen"). Nothing here names a
story: the frames, roles, counted nouns and occasion words are the lexicon's."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from .engine.anchors import Anchor, denied
from .engine.claim import ClaimFrame
from .engine.counting import counted_group
from .engine.fillers import UNSAID, sentence_fillers, verbal
from .engine.lexicon import FrameWord
from .engine.moods import unasserted
from .engine.numbers import NUMBER_WORDS
from .engine.occasions import other_occasion, segment, stretch
from .engine.owners import owner
from .engine.phrases import Phrase, verb_like
from .engine.reading import Reading
from .engine.when import in_dateline, names_occasion
from .model import Date, Quantity, Relation, Sentence

_REACH = 12  # words between a date and the frame word it dates


class Figure(NamedTuple):
    """A figure one source gives, the sentence that gives it, what it counts or measures
    (`what`: a counted group of the lexicon, or a noun, with the words that narrow it), and
    the name it is said of, if any (as written, and its key)."""

    source: str
    quantity: Quantity
    sentence: Sentence
    what: str = ""
    owner: str | None = None
    owner_key: str | None = None


class Filler(NamedTuple):
    """Who or what fills a role: a name's key and its words, or an unnamed phrase ("~" and
    its head's lemma), with its span in the source."""

    key: str
    text: str
    span: tuple[int, int]

    @property
    def named(self) -> bool:
        return not self.key.startswith("~")


class Event(NamedTuple):
    """A frame word in a sentence: the frame (or a role noun's group, as "role:coach"), its
    fillers by role, whether the sentence denies it, the date its stretch of text gives, the
    frame word's span, and the score its stretch of text gives ("beating B 2-1")."""

    source: str
    sentence: Sentence
    frame: str
    roles: tuple[tuple[str, tuple[Filler, ...]], ...]
    denied: bool
    date: Date | None
    span: tuple[int, int]
    score: Quantity | None = None
    year: int | None = None  # the year its sentence gives, if not the article's: another occasion

    def fillers(self, role: str) -> tuple[Filler, ...]:
        return next((found for at, found in self.roles if at == role), ())


class Stated(NamedTuple):
    """What the sources state: their figures and their events, in the order read."""

    figures: list[Figure]
    events: list[Event]


def read_statements(
    source_id: str, sentences: Iterable[tuple[Sentence, Reading]], stated: Stated
) -> None:
    """Add to `stated` what each sentence of a source states."""
    for sentence, reading in sentences:
        if reading.lexicon.numberish.search(sentence.norm):
            stated.figures.extend(_figures(source_id, sentence, reading))
        words = reading.lexicon.frame_words.find(reading.lemmas)
        roles = reading.lexicon.roles.find(reading.lemmas)
        # a sentence that names no one has no event to disagree on
        if (words or roles) and any(not name.short for name in reading.names):
            stated.events.extend(_events(source_id, sentence, reading, words, roles))


# ---------------------------------------------------------------- figures


def _figures(source: str, sentence: Sentence, reading: Reading) -> Iterator[Figure]:
    """The figures of what happened, each with what it counts and whose it is; not a figure
    planned or expected, nor one of another occasion ("last year's final drew 61,200")."""
    norms = reading.words.norms
    for quantity in reading.quantities:
        start = quantity.tokens[0]
        if (
            quantity.mood is not None
            or quantity.kind == "score"
            or norms[start - 1 : start] == ("by",)
        ):
            continue  # planned, expected; an event's score (`_event`); a margin ("won by 14,000 votes")
        what = _what(reading, quantity)
        if what is None:
            continue
        said_of = owner(reading, quantity)
        phrases = [said_of] if said_of is not None else []
        if not _whole(reading, said_of) or _another_time(reading, quantity, phrases):
            continue  # a part's figure; another occasion's ("the 2023 final drew 61,200")
        whose = said_of.names[0] if said_of is not None and said_of.names else None
        yield Figure(source, quantity, sentence, what, whose and whose.text, whose and whose.key)


def _what(reading: Reading, quantity: Quantity) -> str | None:
    """What a figure counts or measures, with the words that narrow it ("punitive damages"):
    a count's counted group of the lexicon (or the group of the verb it goes with: "52 people
    had been injured"); for money or a share, its noun, the noun before "of" ("a prize of €3
    million") or the frame of the verb it goes with ("bought it for $1.2 billion"); a
    measure's noun. None when the sentence does not say."""
    lexicon = reading.lexicon
    start, end = quantity.tokens
    if quantity.kind == "count":
        group = counted_group(reading, quantity)
        verb = next(
            (
                found
                for k in segment(reading, start, end)
                if k >= end
                and reading.words.norms[k] not in lexicon.auxiliaries
                and (found := lexicon.counting_verb(reading.lemmas[k])) is not None
            ),
            None,
        )
        if group is not None and verb is not None and group.name not in _groups(lexicon, verb):
            group = verb
        return _narrowed(reading, quantity, group.name) if group else None
    if quantity.noun is not None:
        return _narrowed(reading, quantity, quantity.noun)
    norms = reading.words.norms
    if quantity.kind not in ("money", "percent"):
        return None
    if start >= 2 and norms[start - 1] == "of" and reading.content(start - 2):
        return reading.words.norms[start - 2]  # as written: "prize", not its stem
    for k in segment(reading, start, end):
        hit = lexicon.frame_words.match_at(reading.lemmas, k)
        if hit and not hit[1].negative:
            return hit[1].frame
    return None


def _groups(lexicon, verb) -> set[str]:
    """The counted groups that share a counting verb with `verb`'s group."""
    return {other.name for other in lexicon.counted if other.verbs & verb.verbs}


def _narrowed(reading: Reading, quantity: Quantity, what: str) -> str:
    """What a figure counts with the words between the number and its noun ("6,000 postal
    ballots", "$2.1 million in punitive damages")."""
    noun = quantity.noun.split()[-1] if quantity.noun else None
    start, end = quantity.tokens
    words = []
    for k in range(start, min(len(reading), end + 4)):
        if reading.lemmas[k] == noun:
            break
        token = reading.words.tokens[k]
        if k < end and _numeral(reading, k):
            words.clear()
        elif reading.content(k) and token.is_word and (k < end or k not in reading.quantity_at):
            words.append(reading.lemmas[k])
    else:
        return what
    return " ".join([*words, what])


def _numeral(reading: Reading, k: int) -> bool:
    """Whether token k says a number ("20", "forty-seven", "million")."""
    norm, lexicon = reading.words.norms[k], reading.lexicon
    return (
        any(ch.isdigit() for ch in norm)
        or norm in NUMBER_WORDS
        or norm in lexicon.scales
        or lexicon.number_words.match_at(reading.lemmas, k) is not None
    )


def _whole(reading: Reading, said_of: Phrase | None) -> bool:
    """Whether a figure is said of a whole (a name, the sentence's own topic), not of a part
    of something named elsewhere ("its governing board has 9 members")."""
    if said_of is None or said_of.names:
        return True
    norms = reading.words.norms
    return not any(
        norms[k] in reading.lexicon.possessives for k in range(said_of.start, said_of.head)
    )


def _before(reading: Reading, start: int, end: int, phrases: Iterable[Phrase]) -> set[int]:
    """The tokens that may say which occasion tokens [start, end) are of: their stretch of
    text before them (with the phrase a relative clause holding them hangs on), and the
    phrases they are said of. Words after them ("in the last ten minutes") say other things."""
    tokens = {k for k in stretch(reading, start, end) if k < start}
    for phrase in phrases:
        tokens.update(range(phrase.start, phrase.end))
    return tokens - set(range(start, end))


def _another_time(reading: Reading, quantity: Quantity, phrases: list[Phrase]) -> bool:
    """Whether a figure is of another occasion or time than the article's: by a word or year
    in it, before it or in the phrase it is said of ("86,000 of the older models"), by the
    judge's reading of its stretch of text ("pulled in 2022 after ... 86,000 units"), or by a
    year in the clause after it that tells its time ("had 30 members when it launched in
    2019")."""
    start, end = quantity.tokens
    if _occasion_in(reading, _before(reading, start, end, phrases) | set(range(start, end))):
        return True  # with its own words: "86,000 of the older models"
    if other_occasion(_no_claim(reading), reading, start, end, figure=True):
        return True
    after = segment(reading, start, end).stop
    while after < len(reading) and reading.words.norms[after] == ",":
        after += 1
    if after >= len(reading) or reading.words.norms[after] not in reading.lexicon.time_openers:
        return False
    return _occasion_in(reading, set(segment(reading, after, after + 1)))


def _no_claim(reading: Reading) -> ClaimFrame:
    """No claim: the occasion is the article's own."""
    return ClaimFrame(Reading("", reading.lexicon), None, None, False, False, None, ())


def _occasion_in(reading: Reading, tokens: set[int]) -> bool:
    lexicon = reading.lexicon
    if any(lexicon.other_occasion.match_at(reading.lemmas, k) for k in tokens):
        return True
    this_year = reading.reference.year if reading.reference else None
    return any(
        date.year and date.year != this_year and reading.token_range(date.span)[0] in tokens
        for date in reading.dates
        if not date.month
    )


# ---------------------------------------------------------------- events


def _events(
    source: str,
    sentence: Sentence,
    reading: Reading,
    words: list[tuple[int, int, FrameWord]],
    role_words: list[tuple[int, int, str]],
) -> Iterator[Event]:
    """Each frame word of the sentence that says what happened (not only what was planned),
    with its fillers, and each role noun with its holder and organisation."""
    bare = ClaimFrame(reading, None, None, False, False, None, ())
    for start, end, word in words:
        if unasserted(reading, start) is not None or _conditional(reading, start):
            continue  # planned, modal; supposed ("if B had won the cup")
        anchor = Anchor(start, end, Relation.EQUIVALENT, word)
        roles = sentence_fillers(reading, anchor, bare)
        event = _event(source, sentence, reading, anchor, word.frame, roles)
        if event is not None:
            yield event
    named = ClaimFrame(reading, None, None, True, False, None, ())
    for start, end, group in role_words:
        if verb_like(reading, start):
            continue  # "headed the ball"
        anchor = Anchor(start, end, Relation.EQUIVALENT, None)
        roles = dict(sentence_fillers(reading, anchor, named))
        if "organisation" not in roles and start - 1 in reading.name_at:
            mention = reading.name_at[start - 1]  # "Harrowgate coach Mira Olsen"
            roles["organisation"] = Phrase(mention.start, mention.end, start - 1, (mention,))
        event = _event(source, sentence, reading, anchor, f"role:{group}", roles)
        if event is not None and event.fillers("holder") and event.fillers("organisation"):
            yield event


def _event(
    source: str,
    sentence: Sentence,
    reading: Reading,
    anchor: Anchor,
    frame: str,
    roles: dict[str, Phrase],
) -> Event | None:
    """The event at an anchor, or None when nothing fills its roles or its stretch of text
    names another occasion."""
    found = tuple(
        (role, fillers)
        for role, phrase in roles.items()
        if phrase is not UNSAID and (fillers := _fillers(reading, phrase))
    )
    if not found:
        return None
    phrases = [phrase for phrase in roles.values() if phrase is not UNSAID]
    if _occasion_in(reading, _before(reading, anchor.start, anchor.end, phrases)):
        return None
    words = reading.words.tokens
    span = (words[anchor.start].start, words[anchor.end - 1].end)
    word = anchor.frame
    is_denied = word is not None and (
        denied(reading, anchor) if verbal(reading, anchor) else word.negative
    )  # "without their captain X" does not deny the captaincy
    near = segment(reading, anchor.start, anchor.end)
    score = next((q for q in reading.quantities if q.kind == "score" and q.tokens[0] in near), None)
    date = _date(reading, anchor, near)
    this_year = reading.reference.year if reading.reference else None
    year = date.year if date is not None and date.year != this_year else None  # 0: no year
    return Event(source, sentence, frame, found, is_denied, date, span, score, year)


def _conditional(reading: Reading, start: int) -> bool:
    """Whether token `start` is in a clause that opens with a word of condition ("if",
    "unless": the lexicon's irrealis mood "condition"): supposed, not said to have happened."""
    clauses, norms = reading.clauses, reading.words.norms
    first = start
    while first > 0 and clauses[first - 1] == clauses[start]:
        first -= 1
    hits = (reading.lexicon.irrealis.match_at(norms, k) for k in range(first, start))
    return any(hit is not None and hit[1] == "condition" for hit in hits)


def _fillers(reading: Reading, phrase: Phrase) -> tuple[Filler, ...]:
    """A phrase's names, or, for a phrase with none, its head ("the final")."""
    words = reading.words.tokens
    names = tuple(mention for mention in phrase.names if not mention.short)
    if len(phrase.items) < 2 and len(names) > 1 and names[-1].end == phrase.end:
        names = names[-1:]  # "Bellmoor captain Jon Reyes": Jon Reyes
    if names:
        return tuple(
            Filler(m.key, m.text, (words[m.start].start, words[m.end - 1].end)) for m in names
        )
    head = phrase.head
    if not reading.content(head) or head in reading.date_at or head in reading.quantity_at:
        return ()
    return (
        Filler(f"~{reading.lemmas[head]}", words[head].text, (words[head].start, words[head].end)),
    )


def _date(reading: Reading, anchor: Anchor, near: range) -> Date | None:
    """The date the anchor's stretch of text (`near`) gives it: a full or partial date near
    it, not the dateline, nor one that only says which occasion a noun is ("the 2023
    final")."""
    for date in reading.dates:
        i, j = reading.token_range(date.span)
        if i not in near or abs(i - anchor.start) > _REACH or in_dateline(reading, i):
            continue
        if not names_occasion(reading, i, j):  # "the 2023 final", "last year's final"
            return date
    return None
