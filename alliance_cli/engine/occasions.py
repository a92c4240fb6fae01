"""Whether what a source says belongs to the claim's occasion: a figure or verb marked as of
another one ("last year's final", "in October 2019"), read within its stretch of text."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .phrases import Phrase
from .when import in_dateline

if TYPE_CHECKING:
    from ..model import Date
    from .claim import ClaimFrame
    from .reading import Reading


def segment(reading: Reading, start: int, end: int) -> range:
    """The stretch of its clause a figure or date stands in, between commas: "Turnout was
    55.1 percent," and "down from 58.4 percent in the first round" are two."""
    clause, norms = reading.clauses[start], reading.words.norms
    first = start
    while first > 0 and reading.clauses[first - 1] == clause and norms[first - 1] != ",":
        first -= 1
    last = end
    while last < len(reading) and reading.clauses[last] == clause and norms[last] != ",":
        last += 1
    return range(first, last)


def other_occasion(
    claim: ClaimFrame,
    sentence: Reading,
    start: int,
    end: int,
    figure: bool = True,
    previous: Reading | None = None,
) -> bool:
    """Whether what tokens [start, end) of a source say (a figure, a contest's verb) belongs to
    another occasion than the claim's: a word such as "last year's", "previous", "earlier" or
    "neighbouring", or (for a figure) a year other than the claim's (the article's, from its
    dateline, when the claim gives none; the dateline itself is no such year), in its
    stretch of text or in the phrase a relative clause holding it hangs on ("last year's
    final, which drew 44,150"); a year also in the clause whose time a stretch opening with
    "after" tells ("ruled in 2024 after a nine-day trial"), or in the sentence before, for
    a sentence that opens on it ("... pulled in 2022. That recall cost ..."). A figure's stretch that says two
    or more of the claim's own words ("in the first round two weeks earlier" for a claim about
    the first round) is the claim's occasion all the same (a verb's stretch holds the claim's
    words as its roles), but for a year other than the claim's or the article's ("in October
    2019 a derailment killed four"); with neither, any year but for the claim's own words."""
    lexicon = sentence.lexicon
    window = [k for k in stretch(sentence, start, end) if not start <= k < end]
    claim_words = {
        claim.reading.lemmas[i] for i in range(len(claim.reading)) if claim.reading.content(i)
    }
    own = figure and len(claim_words & {sentence.lemmas[k] for k in window}) >= 2
    mine = elsewhen(claim)  # "Last year's final drew 21,000": the claim's own occasion
    window += _subject_before(sentence, start) if figure and not mine else []
    window += _restated(sentence, start) if figure else []
    window += _opening_phrase(sentence, start)
    for k in window if not own or _another_of_its(claim, sentence, window) else ():
        hit = marker_at(sentence, k)
        said = (
            {sentence.lemmas[i] for i in range(k, hit[0]) if sentence.content(i)} if hit else set()
        )
        mine = hit and said and said <= claim_words  # "a year earlier" in both ("once": no)
        past = not figure and lexicon.past_markers.match_at(sentence.lemmas, k)
        if hit and not mine and not past and not _recent(sentence, hit[0]):
            return True  # ("former coach": a role no longer held, which negation reads)
    opening = {min(window, default=start), segment(sentence, start, end).start}
    window += [k for first in opening for k in _governing(sentence, first)]  # its years only
    window += _opening_time(sentence, start)
    years = _years(sentence, window)
    back = _years(previous, range(len(previous))) if previous and _looks_back(sentence) else set()
    claimed = {d.year for d in claim.reading.dates if d.year}
    if not claimed and sentence.reference is not None:
        claimed = _years_told(claim, sentence.reference)  # "last year": the story's year before
    if not figure or not years | back:
        return False
    if back - claimed and not back & claimed:
        return True  # "... pulled in 2022. That recall cost ...": the one before, of its year
    return not years & claimed if claimed else not own


def _years_told(claim: ClaimFrame, reference: Date) -> set[int]:
    """The years a claim that gives none speaks of, read against a source's dateline: the one
    before for "last year", else the story's own ("on Saturday")."""
    return _dated_years(claim.reading, reference) or {reference.year}


@lru_cache(maxsize=64)
def _dated_years(claim: Reading, reference: Date) -> frozenset[int]:
    """The years of a claim's dates read against a dateline, read once per claim and dateline
    (every figure of every sentence of a source asks)."""
    from .reading import Reading

    told = Reading(claim.text, claim.lexicon, reference=reference).dates
    return frozenset(d.year for d in told if d.year)


def _opening_phrase(sentence: Reading, start: int) -> list[int]:
    """The phrase a sentence opens on after a preposition ("In the first round Varrow took
    108 votes ..."), when token `start` is in the clause it opens: it tells of every figure
    there."""
    from .phrases import phrase_after

    norms = sentence.words.norms
    if not norms or norms[0] not in sentence.lexicon.prepositions:
        return []
    phrase = phrase_after(sentence, 1)
    if phrase is None or phrase.end > start or sentence.clauses[start] != sentence.clauses[0]:
        return []
    return list(range(1, phrase.end))


def marker_at(reading: Reading, k: int) -> tuple[int, str] | None:
    """The word of another occasion at token k (its end, its key), read across a hyphen
    ("first-round votes" as "first round")."""
    markers, lemmas = reading.lexicon.other_occasion, reading.lemmas
    hit = markers.match_at(lemmas, k)
    if hit or k + 2 >= len(lemmas) or lemmas[k + 1] != "-":
        return hit
    hit = markers.match_at(lemmas[: k + 1] + lemmas[k + 2 :], k)
    return (hit[0] + 1, hit[1]) if hit and hit[0] > k + 1 else None


def _another_of_its(claim: ClaimFrame, sentence: Reading, window: list[int]) -> bool:
    """Whether the window marks another one of a thing the claim names its own of: "in the
    first round" against a claim about "the final round" (the claim's own words, but not its
    round)."""
    mine = set(claim.reading.lemmas)
    for k in window:
        hit = marker_at(sentence, k)
        if hit and sentence.lemmas[hit[0] - 1] in mine:
            marker = sentence.lemmas[k : hit[0] - 1]
            if not set(marker) <= mine:
                return True
    return False


def _years(sentence: Reading, window) -> set[int]:
    """The years of a sentence's dates within a window of its tokens, but for its dateline."""
    return {
        d.year
        for d in sentence.dates
        if d.year
        and _within(sentence, d.span, window)
        and not in_dateline(sentence, sentence.token_range(d.span)[0])
    }


def _looks_back(sentence: Reading) -> bool:
    """Whether a sentence opens on what the one before it spoke of: "That recall cost ...",
    "Those fans ..."."""
    norms = sentence.words.norms
    return len(norms) > 2 and norms[0] in ("that", "those") and sentence.content(1)


def stretch(sentence: Reading, start: int, end: int) -> list[int]:
    """The stretch of text tokens [start, end) stand in, and, when it is a relative or
    participial clause, the phrase it hangs on ("last year's final, which drew 44,150", "the
    2019 sinking of the Tarrow, in which 61 died", "the runoff, held on Oct. 19")."""
    span = segment(sentence, start, end)
    phrase = hung_on(sentence, span.start)
    return list(span) + (list(range(phrase.start, phrase.end)) if phrase else [])


_JOINING = ("of", "in", "at")  # "the 2019 sinking of the Tarrow", "the 2019 explosion in Brennick"


def hung_on(sentence: Reading, first: int, relative_only: bool = False) -> Phrase | None:
    """The phrase a relative clause (or, but with `relative_only`, a participial one) opening
    at token `first` after a comma hangs on, over its "of", "in" or "at" ("the 2019 sinking of
    the Tarrow, in which ...") and past an aside that describes it ("the 2019 explosion in
    Brennick, a town to the north, which killed two"); None for any other stretch."""
    from .phrases import phrase_before, verb_like

    norms, lexicon = sentence.words.norms, sentence.lexicon
    relative = norms[first] in lexicon.relatives
    if not relative and (relative_only or not verb_like(sentence, first)):
        return None
    if first > 1 and norms[first - 1] in lexicon.prepositions:
        first -= 1  # "in which 61 people died"
    if first < 2 or norms[first - 1] != ",":
        return None
    if norms[segment(sentence, first - 2, first - 1).start] in lexicon.relatives:
        return None  # ", which ..., told": the end of an aside, not its start
    aside = segment(sentence, first - 2, first - 1).start  # ", a town to the north, which"
    described = not any(
        verb_like(sentence, k) or norms[k] in lexicon.relatives for k in range(aside, first - 1)
    )  # not ", a result that left Tamsin Oduya, who had six"
    if norms[aside] in ("a", "an") and aside > 1 and norms[aside - 1] == "," and described:
        first = aside  # the relative clause goes on from what the aside describes
    phrase = phrase_before(sentence, first - 2)
    if phrase is not None and phrase.start > 1 and norms[phrase.start - 1] in _JOINING:
        head = phrase_before(sentence, phrase.start - 2)
        if head is not None:
            phrase = Phrase(head.start, phrase.end, head.head, head.names + phrase.names)
    return phrase


def _governing(sentence: Reading, first: int) -> list[int]:
    """The clause a stretch opening with "after", "before" or "when" tells the time of ("In
    June 2024 a jury ruled for X after a nine-day trial": the trial is the 2024 one), or that
    a stretch opening with a participle after a comma goes on from ("In October 2019 a train
    came off the rails, killing four passengers": the 2019 deaths)."""
    norms = sentence.words.norms
    going_on = first > 1 and norms[first - 1] == "," and norms[first].endswith("ing")
    if going_on:
        return list(segment(sentence, first - 2, first - 1))
    if first < 1 or norms[first] not in sentence.lexicon.time_openers:
        return []
    told = first - 2 if first > 1 and norms[first - 1] == "," else first - 1
    return list(segment(sentence, told, told + 1))  # "the 2016 referendum, when 47 percent"


def elsewhen(claim: ClaimFrame) -> bool:
    """Whether the claim's subject speaks of another occasion than the story's ("the region's
    previous major flood")."""
    return _marks_another(claim, claim.subject)


def _marks_another(claim: ClaimFrame, phrase: Phrase | None) -> bool:
    """Whether a word of another occasion stands in a phrase of the claim, up to its head
    ("the previous flood"; not "the second round" itself)."""
    if phrase is None:
        return False
    hits = (
        claim.reading.lexicon.other_occasion.match_at(claim.reading.lemmas, k)
        for k in range(phrase.start, phrase.end)
    )
    return any(hit and hit[0] <= phrase.head for hit in hits)


def event_elsewhen(claim: ClaimFrame) -> bool:
    """Whether the claim's subject, or its object, speaks of another occasion than the
    story's ("the previous flood happened in 2011", "the tunnel had an earlier fire in 2017"):
    its date is that occasion's."""
    return elsewhen(claim) or _marks_another(claim, claim.object)


def told_elsewhen(claim: ClaimFrame) -> bool:
    """Whether the claim puts itself at a time of another occasion than the story's, anywhere
    in it ("A year earlier, inflation had been about 7 percent"; not "last week", nor "last
    year's final", which `elsewhen` reads)."""
    reading, lexicon = claim.reading, claim.reading.lexicon
    norms = reading.words.norms
    hits = ((k, lexicon.other_occasion.match_at(reading.lemmas, k)) for k in range(len(reading)))
    return any(
        hit
        and hit[0] - k >= 2
        and norms[hit[0] - 1] in lexicon.occasion_times
        and norms[hit[0] : hit[0] + 1] != ("'s",)
        for k, hit in hits
    )  # "a year earlier", "last year"; not "the second round", nor "last year's final"


def own_stretch(sentence: Reading, start: int, end: int) -> list[int]:
    """The stretch of text a figure at tokens [start, end) stands in, between the figures
    and the conjunctions beside it ("in front of 1,200 people | and a television audience of
    3.1 million")."""
    others = [q.tokens for q in sentence.quantities if q.tokens != (start, end)]
    joins = [k for k, norm in enumerate(sentence.words.norms) if norm in ("and", "or", "but")]
    first = max((j for _, j in others if j <= start), default=0)
    first = max([first, *(k + 1 for k in joins if k < start)])
    last = min((i for i, _ in others if i >= end), default=len(sentence))
    last = min([last, *(k for k in joins if k >= end)])
    return [k for k in stretch(sentence, start, end) if first <= k < last]


def marked_elsewhen(sentence: Reading, start: int, end: int) -> bool:
    """Whether the stretch of text a figure at tokens [start, end) stands in marks another
    occasion, between the figures beside it ("eased to 4.7 percent, below the 6.9 percent
    recorded a year earlier": the 6.9), or the subject of its verb across an aside ("Last
    year's final, played in heavy rain, drew 21,000")."""
    lexicon = sentence.lexicon
    window = own_stretch(sentence, start, end) + _subject_before(sentence, start)
    hits = (
        lexicon.other_occasion.match_at(sentence.lemmas, k)
        for k in window
        if not start <= k < end  # not another figure's "a year earlier"
    )
    return any(hit and not _recent(sentence, hit[0]) for hit in hits)  # not "earlier this week"


def _opening_time(sentence: Reading, start: int) -> list[int]:
    """The date a sentence opens on, when token `start` is in the clause it opens ("In 2011 a
    tanker, the Ormsby Lark, ran aground and spilled 60 tonnes": 2011 dates the spill). Not a
    month of the year before the article's ("In December 2025" in a January 2026 story), which
    may be the story's own time."""
    norms, lexicon = sentence.words.norms, sentence.lexicon
    first = 1 if norms and norms[0] in lexicon.prepositions else 0
    date = next((d for d in sentence.dates if sentence.token_range(d.span)[0] == first), None)
    if date is None or sentence.clauses[start] != sentence.clauses[first]:
        return []
    reference = sentence.reference
    if date.month and reference is not None and reference.year - 1 <= date.year:
        return []
    return list(range(*sentence.token_range(date.span)))


def _subject_before(sentence: Reading, start: int) -> list[int]:
    """The subject of the verb a figure at token `start` goes with, when an aside stands
    between them ("last year's final, played on March 10, 2024, had been held up for almost
    two hours": the final's occasion is the delay's)."""
    from .frames import arguments
    from .phrases import verb_like

    first = segment(sentence, start, start + 1).start
    verb = next((k for k in range(first, start) if verb_like(sentence, k)), None)
    if verb is None or first < 1 or sentence.words.norms[first - 1] != ",":
        return []
    subject = arguments(sentence, verb, verb + 1).subject
    if subject is None or subject.end >= first:
        return []
    start = subject.start
    while start < subject.end and start in sentence.date_at:
        start += 1  # "In December 2025 a storm": the sentence's time, which it opens on
    owned = start < subject.end and sentence.words.norms[start] in ("'s", "'")
    return list(range(subject.start if owned else start, subject.end))  # "last year's final"


def _restated(sentence: Reading, start: int) -> list[int]:
    """For a figure in an aside with no verb of its own, between commas, the stretch it
    restates and what that hangs on ("the 2019 incident, when 6,200 households, about 15
    percent of the city, were told to boil their water": the 2019 share)."""
    from .phrases import verb_like

    span, norms = segment(sentence, start, start + 1), sentence.words.norms
    closed = span.stop < len(sentence) and norms[span.stop] == ","
    if span.start < 2 or norms[span.start - 1] != "," or not closed:
        return []
    if any(verb_like(sentence, k) for k in span):
        return []
    return stretch(sentence, span.start - 2, span.start - 1)


def _recent(sentence: Reading, k: int) -> bool:
    """Whether token k makes the word before it the story's own time ("last week", "earlier
    this month"), not another occasion ("last week's final")."""
    lemmas = sentence.lemmas
    after = lemmas[k + 1] if k + 1 < len(lemmas) else ""
    if k < len(lemmas) and sentence.words.norms[k] == "on":
        return k + 1 in sentence.date_at  # "earlier on Tuesday", not "last year on revenue"
    return k < len(lemmas) and lemmas[k] in sentence.lexicon.recent_times and after != "'s"


def _within(sentence: Reading, span: tuple[int, int], window: list[int]) -> bool:
    i, _ = sentence.token_range(span)
    return i in window
