"""Names in a text: runs of capitalised words ("Port Verrin Rovers", "University of Tokyo"),
aliases from `data/aliases.yaml`, and names that hold digits ("Falcon-9", "COVID-19", "Route 9",
"Windows 11"), which are names, not figures."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..text import Tokens

if TYPE_CHECKING:
    from .lexicon import Lexicon

_DIGITS = re.compile(r"^\d+$")
_MONTHS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


@dataclass(frozen=True)
class Mention:
    """A name: tokens [start, end), its key (the alias's canonical name, or its lemmas), and
    its text as written."""

    start: int
    end: int
    key: str
    text: str

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(self.key.split())

    @property
    def opening(self) -> bool:
        """Whether the name is one word that opens its text, capitalised perhaps only by where
        it stands ("Amitriptyline reduced ...", "Activation of ...")."""
        return self.start == 0 and self.end == 1

    @property
    def short(self) -> bool:
        """Whether the name is too short to name anything by itself ("AI", "US")."""
        return len(self.text) <= 2


def same_name(a: Mention, b: Mention) -> bool:
    """Whether two names name one thing: the same key, or one is the start or the end of the
    other ("Marsk" for "Elena Marsk", "Dunmarrow" for "Dunmarrow Athletic")."""
    if a.key == b.key:
        return True
    short, long = sorted((a.parts, b.parts), key=len)
    if not short or len(short) == len(long) or len(" ".join(short)) <= 2:
        return False  # "AI" is no name for "AI Alliance"
    if len(short) >= 2 and short[-1] == long[-1] and _short_form(short[0], long[0]):
        return True  # "Neil Diamond" for "Neil Leslie Diamond", "Tim Roth" for "Timothy Roth"
    return long[: len(short)] == short or long[-len(short) :] == short


def abbreviates(short: Mention, long: Mention, known: Iterable[Mention]) -> bool:
    """Whether a name in capitals is the initials of a longer one ("the NFCA" for the National
    Financial Conduct Authority) that the text around it names, where it names no other name
    of those initials ("the Ardale Football Association (AFA)")."""
    if not initials_of(short, long):
        return False
    letters = short.text.replace(".", "").lower()
    bearers = [name for name in known if letters in initials(name)]
    return any(same_name(long, name) for name in bearers) and all(
        same_name(long, name) for name in bearers
    )


def initials_of(short: Mention, long: Mention) -> bool:
    """Whether a name in capitals is written as the initials of a longer one, which it may
    then stand for ("AFA" for the Ardale Farmers Alliance, or for another of those initials)."""
    letters = short.text.replace(".", "")
    written = len(letters) >= 3 and letters.isalpha() and letters.isupper()
    return written and letters.lower() in initials(long)


def initials(name: Mention) -> frozenset[str]:
    """The initials a name of three words or more may be written as, in small letters, with
    its small words ("of", "and") or without them."""
    words = name.text.replace("-", " ").split()
    if len(words) < 3:
        return frozenset()
    every = "".join(word[0] for word in words if word[0].isalpha())
    capitals = "".join(word[0] for word in words if word[0].isupper())
    return frozenset({every.lower(), capitals.lower()})


def near_name(a: Mention, b: Mention) -> bool:
    """Whether two names differ only as a misspelling would ("Hickman", "Hickam"): too close
    to be told apart as rivals."""
    from rapidfuzz import fuzz

    if not a.parts or not b.parts:
        return False
    return fuzz.ratio(a.parts[-1], b.parts[-1]) >= NEAR  # the last names: "Team A", "Team B" differ


NEAR = 75  # rapidfuzz ratio from which two names may be one misspelt


def read_names(words: Tokens, lemmas: tuple[str, ...], lexicon: Lexicon) -> tuple[Mention, ...]:
    """Every name, left to right: aliases first, then runs of capitalised words."""
    tokens = words.tokens
    found: list[Mention] = []
    title = _title_case(words)
    taken = [title and _common_word(words, lemmas, i, lexicon) for i in range(len(tokens))]

    for start, end, name in lexicon.aliases.find(lemmas):
        found.append(Mention(start, end, name.lower(), words.surface(start, end)))
        taken[start:end] = [True] * (end - start)
    i = 0
    while i < len(tokens):
        if (
            taken[i]
            or not _capitalised(tokens[i].text)
            or _calendar(tokens[i].norm, lexicon)
            or _number(words, i)
        ):
            i += 1
            continue
        end = _run_end(words, i, taken, lexicon)
        start = i
        while start < end and (
            tokens[start].norm in lexicon.openers | lexicon.clause_breaks
            or _common(words, lemmas, start, start + 1, lexicon)
        ):
            if start + 2 == end and _letter(tokens[end - 1].text):
                break  # "Team A", "Plan B": the word is the name's
            start += 1  # "The Widget Coalition" is "Widget Coalition"; "Former X" is "X"
        start = _past_title(lemmas, start, end, lexicon)
        if start < end:
            end = _with_digits(words, end, lemmas, lexicon)
            key = " ".join(lemmas[start:end])
            found.append(Mention(start, end, key, words.surface(start, end)))
        i = max(end, i + 1)
    found.sort(key=lambda mention: mention.start)
    return tuple(found)


def _past_title(lemmas: tuple[str, ...], start: int, end: int, lexicon: Lexicon) -> int:
    """Where a name starts after a role or title written before a person's first and last
    names, with up to two words before it ("Treasurer Tobias Kerrigan", "Prime Minister Ana
    Ruiz", "Deputy Mayor Lorna Vesk"): the title is said of the name, not part of it. Before
    one word it may be the name's ("President Hotels")."""
    after = start
    for k in range(start, min(start + 3, end)):
        title = lexicon.roles.match_at(lemmas, k) or lexicon.titles.match_at(lemmas, k)
        if title is not None and title[0] + 2 <= end:
            after = title[0]
    return after


def _title_case(words: Tokens) -> bool:
    """Whether a text is a headline in title case ("Meta, IBM and Others Create AI Alliance"),
    where every word is capitalised."""
    capitals = [t.text[:1].isupper() for t in words.tokens if t.is_word and t.text[:1].isalpha()]
    return len(capitals) >= 4 and sum(capitals) >= 0.75 * len(capitals)


def _common_word(words: Tokens, lemmas: tuple[str, ...], i: int, lexicon: Lexicon) -> bool:
    """Whether token i is a word the lexicon knows as a common word: in a title-case headline
    it names nobody."""
    norm = words.tokens[i].norm

    return (
        norm in lexicon.stopwords
        or norm in lexicon.prepositions
        or lexicon.frame_words.match_at(lemmas, i) is not None
        or lexicon.light_verbs.match_at(lemmas, i) is not None
    )


def _letter(text: str) -> bool:
    """A capital letter or two standing as a name's last word ("Team A", "Group BC")."""
    return len(text) <= 2 and text.isalpha() and text.isupper()


def _calendar(norm: str, lexicon: Lexicon) -> bool:

    return norm in _MONTHS or norm in lexicon.weekdays


def _number(words: Tokens, i: int) -> bool:
    """Whether a capitalised word is a number that opens a sentence ("Thirty-six
    participants", "Twenty people"), not the start of a name ("Seven Seas Ltd")."""
    from .numbers import NUMBER_WORDS

    tokens = words.tokens
    if tokens[i].norm not in NUMBER_WORDS:
        return False
    return i + 1 >= len(tokens) or tokens[i + 1].norm == "-" or not _capitalised(tokens[i + 1].text)


def _capitalised(text: str) -> bool:
    return text[:1].isupper() or (len(text) > 1 and text[0].isdigit() and text[-1].isupper())


def _run_end(words: Tokens, i: int, taken: list[bool], lexicon: Lexicon) -> int:
    tokens = words.tokens
    end = i + 1
    while end < len(tokens) and not taken[end]:
        token = tokens[end]
        if token.is_word and _capitalised(token.text) and not _calendar(token.norm, lexicon):
            end += 1
        elif (
            token.norm in lexicon.name_connectors
            and end + 1 < len(tokens)
            and _capitalised(tokens[end + 1].text)
            and not taken[end + 1]
            and not _calendar(tokens[end + 1].norm, lexicon)
            and (
                token.norm != "-" or tokens[end - 1].end == token.start == tokens[end + 1].start - 1
            )
        ):
            end += 2  # "University of Tokyo", "Urbana-Champaign", "Hollin & Marsh"
        else:
            break
    return end


def _common(words: Tokens, lemmas: tuple[str, ...], start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether a run is a common word capitalised only because it opens the sentence ("Officers
    had planned ..."), or a lone word in -ly that opens it ("Notably, ...")."""
    norm, lemma = words.tokens[start].norm, lemmas[start]
    first = start == 0 or words.tokens[start - 1].norm in ('"', "'", "(", "-", ":")
    adverb = norm.endswith("ly") and first and end - start == 1  # not "Emily Clarke", "Tessaly"
    if adverb or norm in lexicon.openers:
        return True
    text = words.tokens[start].text
    after = words.tokens[start + 1].text if start + 1 < len(words.tokens) else ""
    alone = not _capitalised(after)
    if len(text) > 1 and text.isupper() and lexicon.roles.match_at(lemmas, start) is not None:
        return True  # "the company's CEO": a role, written in capitals
    known = (
        lemma in lexicon.broader
        or lemma in lexicon.synonyms
        or norm in lexicon.stopwords
        or (alone and norm in lexicon.prepositions)  # "Over an earlier breach", not "Via Norte"
        or (alone and lexicon.quantity_cues.match_at(lemmas, start) is not None)  # "Less than"
        or norm in lexicon.negation_words
        or lexicon.past_markers.match_at((lemma,), 0) is not None
        or lexicon.counted_by_noun.match_at((lemma,), 0) is not None
    )
    return first and known


def _with_digits(words: Tokens, end: int, lemmas: tuple[str, ...], lexicon: Lexicon) -> int:
    """A name's end, past a figure that belongs to it: "Falcon-9", "VX-9", "COVID-19",
    "Route 9", "Windows 11"; not a score ("Rovers 2-1"), a date ("May 17") or a measure
    ("Monte Sarvello 14 seconds ahead") or a sum ("EUR 780")."""
    tokens = words.tokens
    last = tokens[end - 1]
    currency = lexicon.currencies.match_at(lemmas, end - 1)
    if last.norm in _MONTHS or not last.is_word or (currency and currency[0] == end):
        return end  # "May 17" is a date, "EUR 780" a sum
    if (
        end + 1 < len(tokens)
        and tokens[end].norm == "-"
        and last.end == tokens[end].start == tokens[end + 1].start - 1
        and _DIGITS.match(tokens[end + 1].norm)
    ):
        return _with_digits(words, end + 2, lemmas, lexicon) if end + 2 < len(tokens) else end + 2
    if end < len(tokens) and _DIGITS.match(tokens[end].norm) and len(tokens[end].norm) <= 3:
        after = tokens[end + 1] if end + 1 < len(tokens) else None
        score = after is not None and after.norm == "-" and after.start == tokens[end].end
        comma = (  # "Dunmarrow 2, Rovers 1": a score; "the Aster 6, which sold": a name
            after is not None
            and after.norm == ","
            and any(_DIGITS.match(t.norm) for t in tokens[end + 2 : end + 6])
        )
        measure = lexicon.units.match_at(lemmas, end + 1) is not None
        if not score and not comma and not measure and tokens[end].start > last.end:
            return end + 1
    return end


def _short_form(given: str, full: str) -> bool:
    """Whether a given name is another's or its short form: "Tim" for "Timothy"."""
    return given == full or (len(given) >= 3 and full.startswith(given))
