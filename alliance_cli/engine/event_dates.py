"""Whether a date of a sentence dates the claim's event: a word for the event, or the anchor
of the claim's predicate, in the date's stretch of text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Date, Relation
from .figures import REACH
from .occasions import segment, stretch
from .phrases import PARTICLES, nominal, phrase_after, verb_like
from .relations import word_relation
from .when import in_dateline, names_occasion

if TYPE_CHECKING:
    from .anchors import Anchor
    from .reading import Reading

R = Relation


def dates_event(sentence: Reading, date: Date, events: set[str], anchor: Anchor | None) -> bool:
    """Whether a source date is the date of the claim's event: the anchor of the claim's
    predicate, or a word for the event, stands in its stretch of text ("The coalition,
    launched in 2021, announced a summit": 2021 dates the launch, not the summit)."""
    i, j = sentence.token_range(date.span)
    if in_dateline(sentence, i) or names_occasion(sentence, i, j):
        return False
    i = weekday_start(sentence, i)
    near = [k for k in stretch(sentence, i, j) if not i <= k < j and abs(k - i) <= REACH]
    near = [k for k in near if k < i or not _not_at_its_time(sentence, j, k)]
    if anchor is not None and any(anchor.start <= k < anchor.end for k in near):
        return True
    if anchor is not None and _verb_of_stretch(sentence, anchor, i, j):
        return True  # "who signed the agreement alongside Vireo at the ministry on Friday"
    if anchor is not None and _same_event(sentence, anchor, max([j - 1, *near])):
        return True  # "won the cup on Saturday, beating Team A": Saturday dates the beating
    if _when_clause_of(sentence, j, events):
        return True  # "were killed early on Tuesday when a gas explosion tore away the wing"
    going_on = max([j - 1, *near]) + 2  # ", voting 19 to 8" after "approved it on Tuesday"
    if _participle_at(sentence, going_on) and _is_event_word(sentence, going_on, events):
        return True
    owned = after_date(sentence, date)  # "March 1 gala": the date names it
    near = [k for k in near if not describes(sentence, k) and k != owned]
    near = [k for k in near if not _undergoes(sentence, k, i)]
    named = {sentence.name_at[k].key for k in near if k in sentence.name_at}
    return bool(named & events) or any(_is_event_word(sentence, k, events) for k in near)


def _when_clause_of(sentence: Reading, j: int, events: set[str]) -> bool:
    """Whether a "when" right after a date ending at token j opens a clause whose subject is
    the claim's event: the two happened at that time."""
    if sentence.words.norms[j : j + 1] != ("when",):
        return False
    subject = phrase_after(sentence, j + 1)
    return subject is not None and _is_event_word(sentence, subject.head, events)


def weekday_start(sentence: Reading, i: int) -> int:
    """Where a date at token i starts with the weekday before it ("on Sunday, August 10"):
    its stretch of text is the weekday's."""
    norms = sentence.words.norms
    weekday = i > 1 and norms[i - 1] == "," and norms[i - 2] in sentence.lexicon.weekdays
    return i - 2 if weekday else i


def _verb_of_stretch(sentence: Reading, anchor: Anchor, i: int, j: int) -> bool:
    """Whether the anchor is the verb of the stretch of text a date at tokens [i, j) ends,
    however far before it: no other verb ("to save $150 million by 2028"), conjunction nor
    tie of cause between them."""
    if not (anchor.end <= i and anchor.start in segment(sentence, i, j)):
        return False
    norms, joins = sentence.words.norms, sentence.lexicon.conjunctions | {"to"}
    between = range(anchor.end, i)
    if any(norms[k] in joins or verb_like(sentence, k) for k in between):
        return False
    return not _not_at_its_time(sentence, anchor.end, i)


def _undergoes(sentence: Reading, k: int, i: int) -> bool:
    """Whether between the event's word at token k and a date after it at token i a verb
    tells what was done to the event, a phase of it or what it led to, not its happening:
    "the fire was put out on Monday", "the flood receded on Monday" (not "the final was won
    by Dunmarrow on Saturday")."""
    if sentence.words.norms[i - 1] in ("to", "until"):
        return False  # "was moved to March 2", "postponed until May 9": its new date
    not_happening = sentence.lexicon.not_happening
    return any(not_happening.match_at(sentence.lemmas, m) is not None for m in range(k + 1, i))


def after_date(sentence: Reading, date: Date) -> int:
    """The token after a date, past a possessive ("Tuesday's stage": stage)."""
    j = sentence.token_range(date.span)[1]
    return j + (j < len(sentence) and sentence.words.norms[j] in ("'s", "'"))


def describes(sentence: Reading, k: int) -> bool:
    """Whether the word at token k only describes the noun after it ("gala" in "the gala
    deadline"), not a name's word."""
    after = k + 1
    return (
        k not in sentence.name_at
        and after < len(sentence)
        and after not in sentence.name_at
        and sentence.words.norms[after] not in PARTICLES
        and sentence.content(after)
        and nominal(sentence, after)
        and not verb_like(sentence, after)
    )


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
    return _participle_at(sentence, anchor.start) and last == anchor.start - 2


def _participle_at(sentence: Reading, k: int) -> bool:
    """Whether a participle after a comma stands at token k (", beating Team A")."""
    norms = sentence.words.norms
    return 0 < k < len(norms) and norms[k].endswith("ing") and norms[k - 1] == ","


def _is_event_word(sentence: Reading, k: int, events: set[str]) -> bool:
    """Whether token k is a word for the claim's event."""
    lexicon = sentence.lexicon
    return any(word_relation(sentence.lemmas[k], e, lexicon) is R.EQUIVALENT for e in events)
