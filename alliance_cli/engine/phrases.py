"""Noun phrases read without a parser: where a phrase starts and ends, its head, the names in
it, the items of a list it holds ("Acme, Brightline and others"), examples after "such as" or
"including", and whether a word reads as a verb."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .names import Mention
from .numbers import NUMBER_WORDS

if TYPE_CHECKING:
    from .reading import Reading


PARTICLES = frozenset({"up", "out", "off", "back", "down", "away", "over"})
_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})


_BOUNDARY = frozenset({",", ";", ":", "(", ")", "-", '"', "?", "!", ".", "\u2014"})


@dataclass(frozen=True)
class Phrase:
    """A noun phrase: tokens [start, end), its head token, the names in it, and the heads of
    the items of a list it holds ("companies such as Dell, Sony and universities": company,
    Dell, Sony, university)."""

    start: int
    end: int
    head: int
    names: tuple[Mention, ...]
    items: tuple[int, ...] = ()


def nominal(reading: Reading, i: int) -> bool:
    """Whether token i may stand in a noun phrase."""
    token, lexicon = reading.words.tokens[i], reading.lexicon
    if i in reading.name_at:
        return True
    norm = token.norm
    figure = reading.quantity_at.get(i)
    if figure is not None:
        return figure.kind == "count"
    if norm[:1].isdigit() or norm in NUMBER_WORDS:
        # "the 2019 Nordic Energy Summit", "an 88th-minute goal"
        return i in reading.date_at or _ordinal(reading, i)

    if norm in ("'s", "'", "&"):
        return True
    if norm == "-":
        tokens = reading.words.tokens
        inside = 0 < i < len(tokens) - 1
        return inside and tokens[i - 1].end == token.start and token.end == tokens[i + 1].start
    if not token.is_word:
        return False
    return not (
        norm in lexicon.prepositions
        or norm in lexicon.be
        or norm in lexicon.auxiliaries
        or norm in lexicon.relatives
        or norm in lexicon.conjunctions
        or norm in lexicon.clause_breaks
        or (norm in lexicon.negation_words and not _idiom(reading, i))
        or norm in lexicon.adverbs
        or norm in lexicon.companions  # "together (with)"
    )


def _idiom(reading: Reading, i: int) -> bool:
    """Whether a word of negation at token i denies nothing: "a no-confidence vote", "a vote
    of no confidence" (but "a no-show")."""
    lexicon, lemmas = reading.lexicon, reading.lemmas
    if lexicon.negation_cues.match_at(lemmas, i):
        return False  # "a no-show" denies
    return hyphened(reading, i) or lexicon.negation_idioms.match_at(lemmas, i) is not None


def _ordinal(reading: Reading, i: int) -> bool:
    """Whether token i is the number of an ordinal written in figures ("88" of "88th")."""
    tokens = reading.words.tokens
    after = i + 1
    return (
        after < len(tokens)
        and tokens[after].norm in _ORDINAL_ENDINGS
        and tokens[i].end == tokens[after].start
    )


def verb_like(reading: Reading, i: int) -> bool:
    """Whether token i, after a word of a noun phrase, reads as a verb: an irregular past form
    ("won"), a word in -ed or -ing, or a frame's verb after a name ("Sterne coaches")."""
    norm = reading.words.norms[i]
    if i in reading.name_at or not reading.words.tokens[i].is_word:
        return False
    lexicon, norms = reading.lexicon, reading.words.norms
    before = norms[i - 1] if i else ""
    inflected = norm.endswith(("ed", "s")) and not norm.endswith("ss")
    relative = before in lexicon.relatives and (before != "that" or _noun_before(reading, i - 1))
    if relative and (inflected or norm in lexicon.verb_forms):
        return True  # "a company that makes cookers", not "said that workers rejected"
    if norm in lexicon.ing_nouns:
        return False  # "the east wing"
    if norm in lexicon.verb_forms or norm.endswith(("ed", "ing")):
        named = i - 1 in reading.name_at  # "Team A won"
        measured = before in lexicon.dimension_words and i - 2 in reading.quantity_at
        return named or measured or before not in lexicon.determiners | lexicon.prepositions
    after = i + 1
    if norm.endswith("s") and not norm.endswith("ss") and i > 0 and after < len(norms):
        noun_before = reading.words.tokens[i - 1].is_word and before not in lexicon.stopwords
        object_after = (
            norms[after] in lexicon.determiners
            or norms[after] in lexicon.negation_words  # "the firm sees no reason"
            or norms[after] in lexicon.pronouns
            or after in reading.name_at
        )

        particle = norms[after] in PARTICLES  # "any new project kicks off"
        if before in lexicon.singular_pronouns:
            return True  # "it sees"
        return noun_before and (object_after or particle)  # "the alliance boasts an ..."

    return False


def participle(reading: Reading, i: int) -> bool:
    norm = reading.words.norms[i]
    return (
        norm.endswith(("ed", "en"))
        or (norm in reading.lexicon.irregular and reading.lemmas[i] != norm)
        or norm in reading.lexicon.same_participles
    )


def _phrase(
    reading: Reading, start: int, end: int, head: int | None = None, items: tuple[int, ...] = ()
) -> Phrase:
    names = tuple(
        mention for mention in reading.names if start <= mention.start and mention.end <= end
    )
    head = _head(reading, start, end) if head is None else head
    return Phrase(start, end, head, names, items or (head,))


LIST_CUES = (("including",), ("like",), ("such", "as"), ("among", "them"), ("e.g",), ("notably",))


_JOINS = (",", "and", "or", "&")


def _unit_after(reading: Reading, i: int, reach: int) -> int:
    """The end of the simple noun phrase starting at token i: no list, no examples."""
    n, norms, end, words = len(reading), reading.words.norms, i, 0
    limit = i + 4 * reach  # hyphens joined words, but a run of them is no phrase
    while (
        end < min(n, limit) and words < reach and (nominal(reading, end) or _joined(reading, end))
    ):
        joined = _joined(reading, end) or norms[end] == "-"
        if not joined:
            noun = norms[end].endswith("ing")  # "the press briefing"
            if end > i and verb_like(reading, end) and not noun and not _modifying(reading, end):
                break  # "Dunmarrow Athletic won the Shield": the phrase ends at its verb
            if end > i and (
                cue_at(reading, end) or norms[end] in _JOINS or _occasion_time(reading, end)
            ):
                break
        words += not joined  # "software-as-a-service" is one word
        end += 1
    return end


def _occasion_time(reading: Reading, k: int) -> bool:
    """Whether a time of another occasion or the story's own opens at token k ("won the
    prize last year", "a year earlier", "this week"), not a possessive that picks a noun ("last year's
    final")."""
    lexicon = reading.lexicon
    times = lexicon.occasion_times | lexicon.recent_times
    following = reading.lemmas[k + 1] if k + 1 < len(reading) else ""
    if reading.words.norms[k] == "this" and following in times:
        return True  # "took part in searches this week"
    hit = lexicon.other_occasion.match_at(reading.lemmas, k)
    if not hit or reading.words.norms[hit[0] : hit[0] + 1] == ("'s",):
        return False
    after = reading.lemmas[hit[0]] if hit[0] < len(reading) else ""
    if hit[0] - k == 1 and after in times:
        return True  # "approved the increase last week"
    return hit[0] - k >= 2 and reading.lemmas[hit[0] - 1] in times


def _modifying(reading: Reading, k: int) -> bool:
    """Whether a participle modifies the noun after it: after an adverb in -ly, a figure or
    date, or an adjective of a kind the lexicon marks ("a French animated series", "a
    critically acclaimed film", "the 2005 animated film")."""
    after, lexicon = k + 1, reading.lexicon
    if after >= len(reading) or not reading.content(after) or after in reading.name_at:
        return False
    before = k - 1
    return nominal(reading, after) and (
        reading.words.norms[before].endswith("ly")
        or before in reading.date_at
        or before in reading.quantity_at
        or lexicon.adjective(reading.lemmas[before])
    )


def hyphened(reading: Reading, i: int) -> bool:
    """Whether token i is joined by a hyphen to the word after it ("no-confidence")."""
    return i + 2 < len(reading.words.tokens) and _joined(reading, i + 2)


def _joined(reading: Reading, k: int) -> bool:
    """Whether token k is joined by a hyphen to the word before it ("software-as-a-service")."""
    tokens = reading.words.tokens
    return (
        k > 1
        and tokens[k - 1].norm == "-"
        and tokens[k - 2].end == tokens[k - 1].start == tokens[k].start - 1
    )


def cue_at(reading: Reading, k: int) -> int:
    """The length of a list cue ("such as", "including") at token k, or 0."""
    norms = reading.words.norms
    return next((len(c) for c in LIST_CUES if tuple(norms[k : k + len(c)]) == c), 0)


def phrase_after(reading: Reading, i: int, reach: int = 8) -> Phrase | None:
    """The noun phrase starting at token i: determiners, modifiers, names and figures up to a
    preposition, verb group or punctuation ("the Calloway Shield final", "Port Verrin's
    captain"), with the list it goes on into ("AMD, Intel and NASA", "benchmarking and
    platform groups") and the examples a list cue gives of it ("names like Sony and Dell",
    "members, including companies such as Dell, Sony, universities")."""
    if i >= len(reading) or not nominal(reading, i):
        return None
    end = _unit_after(reading, i, reach)
    if end == i:
        return None
    head = _head(reading, i, end)
    inner = _gathered(reading, head, end)
    if inner is not None:  # "a lineup of Acme and Brightline" names Acme and Brightline
        return _phrase(reading, i, inner.end, inner.head, inner.items)
    end, more = _items(reading, end, reach)
    items = [head, *more]
    if more and head in reading.name_at:
        head = more[-1]  # a list of names: "AMD, Intel and NASA"
    end, examples = _examples(reading, end)
    return _phrase(reading, i, end, head, tuple(items + examples))


def _gathered(reading: Reading, head: int, end: int) -> Phrase | None:
    """What a noun that only gathers ("list", "lineup", "group") gathers: its "of" phrase."""
    if reading.lemmas[head] not in reading.lexicon.transparent:
        return None
    if end + 1 >= len(reading) or reading.words.norms[end] != "of":
        return None
    return phrase_after(reading, end + 1)


def _examples(reading: Reading, end: int) -> tuple[int, list[int]]:
    """The examples a list cue gives after a phrase ending at `end`: (their end, their heads).
    "including companies such as Dell, Sony": a class noun, then its names; "groups like
    Hugging Face, universities such as UC Berkeley": another class and its names after a
    comma."""
    norms, items = reading.words.norms, []
    start = end + (end < len(reading) and norms[end] == ",")
    cue = cue_at(reading, start)
    for _ in range(6):
        if not cue:
            break
        start += cue
        first = _unit_after(reading, start, 4)
        if first == start:
            break
        end, more = _items(reading, first, 4)
        items += [_head(reading, start, first), *more]
        cue, start = cue_at(reading, end), end
        if not cue and end + 1 < len(reading) and norms[end] == ",":
            after = _unit_after(reading, end + 1, 3)  # ", universities such as ..."
            if after > end + 1 and cue_at(reading, after):
                items.append(_head(reading, end + 1, after))
                cue, start = cue_at(reading, after), after
    return end, items


def examples_after(reading: Reading, at: int) -> Phrase | None:
    """The examples a list cue gives after token `at` as a phrase of their own: in "members,
    including companies such as Dell, Sony", the members' examples."""
    end, items = _examples(reading, at)
    if not items:
        return None
    return _phrase(reading, at, end, items[-1], tuple(items))


def _head(reading: Reading, start: int, end: int) -> int:

    head = end - 1
    while head > start and not reading.words.tokens[head].is_word:
        head -= 1
    return head


def _items(reading: Reading, end: int, reach: int) -> tuple[int, list[int]]:
    """The items of a list that goes on after a phrase ending at `end` (", Intel, NASA and
    Harvard University"): the list's end, and each item's head. Commas alone join names
    ("Meta, IBM, Intel lead ..."); a list with a common noun needs its "and" or "or", so that
    "Meta's president of global affairs, Nick Clegg" is no list."""
    norms, items, first, coordinated = reading.words.norms, [], end, False
    while end < len(reading) and norms[end] in _JOINS:
        k = end
        while k < len(reading) and norms[k] in _JOINS:
            coordinated = coordinated or norms[k] in ("and", "or", "&")
            k += 1
        if k - end > 2 or k >= len(reading) or not nominal(reading, k) or verb_like(reading, k):
            break
        stop = _unit_after(reading, k, reach)
        if stop == k:
            break
        items.append(_head(reading, k, stop))
        end = stop
        if coordinated:
            break  # "X, Y and Z": the item after "and" ends the list
    names = first - 1 in reading.name_at and all(item in reading.name_at for item in items)
    return (end, items) if coordinated or names else (first, [])


def phrase_before(reading: Reading, i: int, reach: int = 8) -> Phrase | None:
    """The noun phrase ending at token i."""
    if i < 0 or not nominal(reading, i):
        return None
    start = i
    while start > 0 and i - start < reach and nominal(reading, start - 1):
        joined = _joined(reading, start - 1)  # "a BAFTA-nominated screenwriter"
        if verb_like(reading, start - 1) and not joined and not _modifying(reading, start - 1):
            break  # "the farmers sued X": "sued" is no part of the subject
        start -= 1
    if start in reading.name_at:
        start = reading.name_at[start].start
    whole_name = start in reading.name_at and reading.name_at[start].end == i + 1
    whole_name = whole_name or start == i  # "Acme, Brightline, Corvid and others"
    whole_name = whole_name or i in reading.name_at  # "Voltra and the power company Lumen"

    return _phrase(reading, _listed_before(reading, start) if whole_name else start, i + 1)


def _listed_before(reading: Reading, start: int) -> int:
    """The start of a list of names that ends with the phrase at `start`: "IBM and Meta",
    "Acme, Brightline, Corvid and others"."""
    norms = reading.words.norms
    first = True
    while start in reading.name_at or first:
        first = False

        k = start - 1
        while k >= 0 and norms[k] in (",", "and", "or", "&"):
            k -= 1
        if k == start - 1 or k not in reading.name_at or start - 1 - k > 2:
            break
        if start not in reading.name_at and not {"and", "or", "&"} & set(norms[k + 1 : start]):
            break  # "Idris Volkmar, chief executive of X": a name and what he is
        start = reading.name_at[k].start
    return start


def object_after(reading: Reading, end: int) -> Phrase | None:

    i = end
    while i < len(reading) and (
        reading.words.norms[i] in PARTICLES or reading.words.norms[i] in ('"', "'")
    ):
        i += 1

    if i < len(reading) and reading.words.norms[i] in ("'s",):
        return None
    if i < len(reading) and _occasion_time(reading, i):
        return None  # "which Pellow commissioned last October": a time, no object
    return phrase_after(reading, i)


def next_content(reading: Reading, i: int) -> str | None:
    """The lemma of the first content word at or after token i, within three tokens."""
    nxt = next((j for j in range(i, min(len(reading), i + 3)) if reading.content(j)), None)
    return reading.lemmas[nxt] if nxt is not None else None


def in_name_brackets(reading: Reading, k: int) -> bool:
    """Whether token k stands in brackets that describe the name before them: "Fantastic
    Four (2005 film)"."""
    norms = reading.words.norms
    start = next((i for i in range(k, -1, -1) if norms[i] in ("(", ")")), None)
    return (
        start is not None
        and norms[start] == "("
        and start - 1 in reading.name_at
        and ")" in norms[k + 1 :]
    )


def _noun_before(reading: Reading, k: int) -> bool:
    """Whether the word before token k is a noun or name that a relative "that" at k may hang
    on ("a company that"), not a verb whose clause it opens ("said that")."""
    if k < 1:
        return False
    if k - 1 in reading.name_at:
        return True
    norm = reading.words.norms[k - 1]
    verb = norm in reading.lexicon.verb_forms or norm.endswith("ed")
    return (
        reading.content(k - 1)
        and not verb
        and reading.lemmas[k - 1] not in (reading.lexicon.reporting_verbs)
    )
