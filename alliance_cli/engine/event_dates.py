"""Whether a date of a sentence dates the claim's event: a word for the event, or the anchor
of the claim's predicate, in the date's stretch of text; or the event itself doing what the
date's clause tells ("An avalanche tore down the slope on Saturday"), when it is the story's
event (named, or told with "the", or in the lead) in the article's year, and the one date so
said of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Date, Relation
from .figures import REACH
from .frames import arguments
from .occasions import segment, stretch
from .phrases import Phrase, participle, phrase_before, verb_like
from .relations import word_relation
from .when import in_dateline, names_occasion

if TYPE_CHECKING:
    from .anchors import Anchor
    from .reading import Reading

R = Relation


def dates_event(sentence: Reading, date, events: set[str], anchor: Anchor | None) -> bool:
    """Whether a source date is the date of the claim's event: the anchor of the claim's
    predicate, or a word for the event, stands in its stretch of text ("The coalition,
    launched in 2021, announced a summit": 2021 dates the launch, not the summit)."""
    i, j = sentence.token_range(date.span)
    if in_dateline(sentence, i) or names_occasion(sentence, i, j):
        return False
    norms = sentence.words.norms
    if i > 1 and norms[i - 1] == "," and norms[i - 2] in sentence.lexicon.weekdays:
        i -= 2  # "on Sunday, August 10": the weekday's stretch of text
    near = [k for k in stretch(sentence, i, j) if not i <= k < j and abs(k - i) <= REACH]
    near = [k for k in near if k < i or not _not_at_its_time(sentence, j, k)]
    if anchor is not None and any(anchor.start <= k < anchor.end for k in near):
        return True
    if anchor is not None and _same_event(sentence, anchor, max([j - 1, *near])):
        return True  # "won the cup on Saturday, beating Team A": Saturday dates the beating
    lexicon = sentence.lexicon
    named = {sentence.name_at[k].key for k in near if k in sentence.name_at}
    return (
        bool(named & events)
        or any(
            word_relation(sentence.lemmas[k], event, lexicon) is R.EQUIVALENT
            for k in near
            for event in events
        )
        or _event_did(sentence, date, events)
    )


def _event_did(sentence: Reading, date: Date, events: set[str]) -> bool:
    """Whether the verb a date goes with (the nearest before it in its clause) is said of the
    claim's event ("An avalanche tore down the slope on Saturday", "The gala, staged on March
    8,"): what the event did then, it did when it happened. Only for the story's event (not
    "An earthquake of similar strength flattened the town in 1931") and the one date so said
    of it: with another ("The marathon, first run in 1980, was won on Sunday") it is not
    clear which is the event's."""
    i = sentence.token_range(date.span)[0]
    event = _of_event(sentence, i, events)
    if event is None or not _the_story(sentence, event, date):
        return False
    told = [sentence.token_range(d.span)[0] for d in sentence.dates]
    said = [k for k in told if not in_dateline(sentence, k) and _of_event(sentence, k, events)]
    return len(said) == 1


def _the_story(sentence: Reading, event: Phrase, date: Date) -> bool:
    """Whether an event phrase tells the story's own event at a date: in the article's year
    (when both are known), and named, told with "the", "this" or a possessive, or in the lead
    (the sentence of the dateline)."""
    reference = sentence.reference
    if reference is not None and reference.year and date.year and date.year != reference.year:
        return False
    norms = sentence.words.norms
    definite = norms[event.start] in ("the", "this", "its", "their") or bool(event.names)
    return definite or any(in_dateline(sentence, k) for k in range(min(16, len(sentence))))


def _of_event(sentence: Reading, i: int, events: set[str]) -> Phrase | None:
    """The claim's event as the subject of the verb a date at token i goes with, or as the
    phrase an aside holding the date follows ("The marathon, first run in 1980,"); else None."""
    span = segment(sentence, i, i + 1)
    first, norms = span.start, sentence.words.norms
    opening = first + (norms[first] in sentence.lexicon.adverbs or norms[first] == "first")
    closed = span.stop < len(sentence) and norms[span.stop] == ","
    aside = closed and opening < i and participle(sentence, opening)  # ", first run in 1980,"
    if aside and first > 1 and norms[first - 1] == ",":
        before = phrase_before(sentence, first - 2)
        if before is not None and is_event(sentence, before.head, events):
            return before
    clause = sentence.clauses[i]
    verb = next(
        (
            k
            for k in range(i - 1, -1, -1)
            if sentence.clauses[k] == clause and verb_like(sentence, k)
        ),
        None,
    )
    if verb is None or in_dateline(sentence, verb):
        return None
    subject = arguments(sentence, verb, verb + 1).subject
    return subject if subject is not None and is_event(sentence, subject.head, events) else None


def is_event(sentence: Reading, head: int, events: set[str]) -> bool:
    """Whether the word at token `head` (a name by its last word) is the claim's event."""
    word = sentence.name_at[head].parts[-1] if head in sentence.name_at else sentence.lemmas[head]
    return any(word_relation(word, event, sentence.lexicon) is R.EQUIVALENT for event in events)


def _not_at_its_time(sentence: Reading, j: int, k: int) -> bool:
    """Whether a word between a date ending at token j and token k ties what k says to the
    date's act by cause or order ("fined in 2021 over a breach"), not by time."""
    found = sentence.lexicon.not_at_its_time
    return any(found.match_at(sentence.lemmas, m) for m in range(j, k))


def _same_event(sentence: Reading, anchor: Anchor, last: int) -> bool:
    """Whether an anchor is a participle that goes on from the stretch of text a date stands
    in, whose last token is `last` (", beating Team A" after "won the cup on Saturday"): one
    event, one date."""
    norms, start = sentence.words.norms, anchor.start
    participle = norms[start].endswith("ing") and start > 0 and norms[start - 1] == ","
    return participle and last == start - 2
