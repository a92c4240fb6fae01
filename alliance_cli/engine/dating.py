"""Steps for a claim's dates. A date is compared only with a date of the same event: one that
names the same occasion ("the 1998 cup final"), or one whose stretch of text holds the claim's
predicate or a word for its event. A year that only picks out an occasion ("won the 2025 cup")
is no rival of another year's: another occasion decides nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Date, Relation
from .claim_dates import event_words, occasion_date, same_occasion_noun, this_years
from .date_marks import marked_other, of_another, planned, remoteness, reported_when
from .event_dates import after_date, dates_event, describes, is_event
from .moods import unasserted
from .occasions import event_elsewhen, own_stretch, stretch
from .participles import reduced_relative
from .phrases import in_name_brackets, phrase_before, verb_like
from .pieces import inserted
from .quantities import mood_at
from .relations import word_relation
from .steps import Context, Found, claim_step, unaligned
from .when import in_dateline, names_occasion
from .when import relation as date_relation

if TYPE_CHECKING:
    from .anchors import Anchor
    from .claim import ClaimFrame, Piece
    from .reading import Reading

R = Relation


def align_date(
    claim: ClaimFrame, piece: Piece, sentence: Reading, anchor: Anchor | None, context: Context
) -> Found:
    mine = next(
        d for d in claim.reading.dates if claim.reading.token_range(d.span)[0] == piece.start
    )
    covers = frozenset(range(piece.start, piece.end))
    candidates = []
    if names_occasion(claim.reading, piece.start, piece.end):
        candidates = same_occasion_noun(claim.reading, piece, sentence)  # "the 1998 cup final"
    if not candidates:  # "the 2025 final" is also the final's date: "on Saturday"
        candidates = _event_dates(claim, piece, sentence, anchor, context)

    if not candidates and this_years(claim, piece, mine, sentence):
        why = f"the source, dated {sentence.reference.iso()}, speaks of {mine.text}'s"
        step = claim_step(claim, piece.start, piece.end, None, R.EQUIVALENT, why)
        return Found(step, 0.8, covers)
    if not candidates and in_name_brackets(claim.reading, piece.start):
        return inserted(claim, piece)  # "Dreamer (2005 film)": the year only describes the name
    if not candidates:
        why = f"source gives no date for it ({mine.text})"
        return unaligned(claim, piece.start, piece.end, why, covers)
    theirs = candidates[0]
    kind = date_relation(theirs, mine)
    relation = {"same": R.EQUIVALENT, "narrower": R.FORWARD, "broader": R.REVERSE}.get(
        kind, R.ALTERNATION
    )
    i, j = sentence.token_range(theirs.span)
    shown = (
        theirs.text if theirs.text.lower() == theirs.iso() else f"{theirs.text} ({theirs.iso()})"
    )
    if relation is R.ALTERNATION and (
        occasion_date(claim, piece) or _long_before(claim, sentence, theirs, mine)
    ):
        why = f"source speaks of another occasion ({shown}) than the claim's {mine.text}"
        step = claim_step(claim, piece.start, piece.end, (sentence, i, j), R.INDEPENDENT, why)
        return Found(step, 0.0, covers)  # "the 2023 cup" is no evidence on "the 2025 cup"
    step = claim_step(
        claim,
        piece.start,
        piece.end,
        (sentence, i, j),
        relation,
        f"source dates it {shown}; claim says {mine.text}",
    )
    return Found(step, 0.9, covers)


def _long_before(claim: ClaimFrame, sentence: Reading, theirs: Date, mine: Date) -> bool:
    """Whether a source date is years before the article while the claim's, which names
    nothing, is of the article's year or later: "the prize" or "the new stadium" misdated by
    years is rarer than another, older one ("who won the prize himself in 2019", "the ground
    opened in 1908"); a claim that names its thing ("the Ostra bridge") says which. With no
    dateline the claim's own year stands for the article's."""
    if not (theirs.year and mine.year) or claim.reading.names:
        return False
    year = sentence.reference.year if sentence.reference else mine.year
    return theirs.year < year - 1 and mine.year >= year


def _event_dates(
    claim: ClaimFrame, piece: Piece, sentence: Reading, anchor: Anchor | None, context: Context
) -> list[Date]:
    """The sentence's dates of the claim's event, nearest the anchor first: those a word for
    the event, or the anchor, stands beside in their stretch of text; else the one that names
    it ("its March 8 gala"), else, where no date names it, the lead's; none where a date naming
    it and another one disagree."""
    events = event_words(claim)
    figured = [d for d in sentence.dates if _of_the_figure(claim, sentence, d)]
    candidates = [
        d
        for d in sentence.dates
        if (dates_event(sentence, d, events, anchor) or d in figured)
        and not reported_when(claim, sentence, d)
        and event_elsewhen(claim) == marked_other(sentence, d)  # "last year's final, played on"
        and not _counted_events(claim, sentence, d, events)
    ]
    if claim.predicate and unasserted(claim.reading, claim.predicate[0]) is None:
        candidates = [d for d in candidates if not planned(sentence, d)]
        if anchor is None and mood_at(claim.reading, piece.start) is None:  # "was held"
            candidates = [d for d in candidates if not _later(sentence, d)]
    if anchor is not None:  # the date in the event word's clause, and nearest it, first
        candidates.sort(key=lambda d: remoteness(sentence, d, anchor))
    candidates.sort(key=lambda d: d not in figured)  # "up from 85.9 percent in 2024"
    naming = [d for d in sentence.dates if _names_event(sentence, d, events)]
    if any(date_relation(d, n) == "other" for d in candidates for n in naming):
        return []  # "its Oct. 8 gala" and "on Friday": which is the gala's?
    if candidates or naming:  # "Tuesday's explosion": not the lead's "apologised on Wednesday"
        return candidates or _named_for(claim, sentence, events)
    return _lead_date(claim, sentence, context)


def _of_the_figure(claim: ClaimFrame, sentence: Reading, date: Date) -> bool:
    """Whether a date stands in the stretch of text of a figure that may be the claim's (of
    its kind, within its range): "rose to 87.4 percent this year, up from 85.9 percent in
    2024" dates 85.9 by 2024."""
    i = sentence.token_range(date.span)[0]
    return any(
        q.kind == mine.kind
        and q.low <= mine.value <= q.high
        and i in own_stretch(sentence, *q.tokens)
        for q in sentence.quantities
        for mine in claim.reading.quantities
    )


def _counted_events(claim: ClaimFrame, sentence: Reading, date: Date, events: set[str]) -> bool:
    """Whether the words for the claim's event beside a date only count such events
    ("recorded 14 minor collisions in 2024"): a date of many is no date of the claim's one,
    unless the claim counts them too."""
    if any(q.kind == "count" and q.noun in events for q in claim.reading.quantities):
        return False
    counted = {k for q in sentence.quantities if q.kind == "count" for k in range(*q.tokens)}
    i, j = sentence.token_range(date.span)
    words = [k for k in stretch(sentence, i, j) if sentence.lemmas[k] in events]
    return bool(words) and all(k in counted for k in words)


def _named_for(claim: ClaimFrame, sentence: Reading, events: set[str]) -> list[Date]:
    """The date that names the claim's event by when it was, in the article's own year
    ("its March 8 gala", "Tuesday's stage"), when one date of the sentence does so: not
    another year's ("the 2019 flood"), nor one of what is to come ("will start Saturday's
    stage"), nor of a noun the event word describes ("the March 1 gala deadline"), nor for a
    claim of another occasion ("the previous flood")."""
    if event_elsewhen(claim) or sentence.reference is None:
        return []
    out = []
    for date in sentence.dates:
        if not _names_event(sentence, date, events):
            continue
        if (
            date.year == sentence.reference.year
            and not describes(sentence, after_date(sentence, date))
            and not in_dateline(sentence, sentence.token_range(date.span)[0])
        ):
            out.append(date)
        else:
            return []  # another year's gala, or a gala's deadline: which is the claim's?
    if len(out) != 1:
        return []
    others = [
        d
        for d in sentence.dates
        if not _apart(sentence, out[0], d)  # "Saturday's crush, and ... on Monday"
        and not in_dateline(sentence, sentence.token_range(d.span)[0])
        and not reported_when(claim, sentence, d)  # "figures released on Monday"
        and not (marked_other(sentence, d) and d is not out[0])  # "the 2021 runoff"
    ]
    if len(others) > 1 or marked_other(sentence, out[0]):
        return []  # "its March 1 gala, delayed, took place on Friday": which date?
    if _to_come(sentence, out[0]):
        return []
    return [] if _later(sentence, out[0]) else out


def _apart(sentence: Reading, one: Date, other: Date) -> bool:
    """Whether two dates stand in clauses of their own: another clause, or one a comma and a
    conjunction join on ("in Saturday's crush, and seven were in hospital on Monday")."""
    i, j = sorted((sentence.token_range(one.span)[0], sentence.token_range(other.span)[0]))
    norms = sentence.words.norms
    joined = any(norms[k] == "," and norms[k + 1] in _JOINS for k in range(i, j))
    return joined or sentence.clauses[i] != sentence.clauses[j]


_JOINS = frozenset({"and", "but", "while", "whereas"})


def _names_event(sentence: Reading, date: Date, events: set[str]) -> bool:
    """Whether a date stands right before a word for the claim's event ("its March 8 gala",
    "Tuesday's stage")."""
    j = after_date(sentence, date)
    return j < len(sentence) and is_event(sentence, j, events)


def _later(sentence: Reading, date: Date) -> bool:
    """Whether a date falls after the article's own ("the May 24 concert is sold out" in a
    story of May 19): what it dates has not happened yet."""
    reference = sentence.reference
    return reference is not None and bool(date.year) and date.iso() > reference.iso()


def _to_come(sentence: Reading, date: Date) -> bool:
    """Whether a modal or a plan stands anywhere in a date's stretch of text ("said
    Saturday's stage would go ahead"): what it names is still to come."""
    i, j = sentence.token_range(date.span)
    modals = sentence.lexicon.modals
    return planned(sentence, date) or any(
        sentence.words.norms[k] in modals for k in stretch(sentence, i, j)
    )


def _lead_date(claim: ClaimFrame, sentence: Reading, context: Context) -> list[Date]:
    """The date of a story's own event, for a claim that only places an event the headline or
    the lead names ("the final was played on May 17"): the date of the main clause of the
    lead, the sentence that opens on the dateline ("HESTWICK, May 18 - Dunmarrow won the
    Calloway Shield on Saturday"), as news tells its event first; none when a date of the lead
    names an occasion ("results for the March 2 race"), or the claim speaks of another
    occasion ("the previous flood")."""
    from .anchors import light

    dash = next((k for k in range(len(sentence)) if in_dateline(sentence, k)), None)
    if dash is None or claim.predicate is None or not light(claim):
        return []
    events = event_words(claim)
    told = {*_heads_told(sentence), *(_heads_told(context.previous) if context.previous else ())}
    lexicon = sentence.lexicon
    if not any(
        word_relation(w, e, lexicon) in (R.EQUIVALENT, R.FORWARD) for w in told for e in events
    ):
        return []
    opening = next(k for k in range(dash, len(sentence)) if not in_dateline(sentence, k))
    asserted = unasserted(claim.reading, claim.predicate[0]) is None
    dates = [
        d for d in sentence.dates if not in_dateline(sentence, sentence.token_range(d.span)[0])
    ]
    main = [
        d
        for d in dates
        if sentence.clauses[sentence.token_range(d.span)[0]] == sentence.clauses[opening]
        and not of_another(sentence, d)
        and not reported_when(claim, sentence, d)
        and not (asserted and planned(sentence, d))
    ]
    occasions = any(names_occasion(sentence, *sentence.token_range(d.span)) for d in dates)
    if occasions or event_elsewhen(claim) or not main:
        return []  # "results for the March 2 race"
    verb = _verb_before(sentence, main[0])
    if verb is not None and _describes_object(sentence, verb):
        return []  # "arrested two men suspected of helping abduct aid workers in February"
    acted = verb is not None and _event_acts(sentence, verb, events)
    return main[:1] if acted or _headline_act(sentence, verb, context) else []


def _describes_object(sentence: Reading, verb: int) -> bool:
    """Whether a lead's verb is a participle that only describes the noun before it, itself
    after a verb or preposition ("arrested two men suspected of"): no clause's own verb."""
    noun = phrase_before(sentence, verb - 1)
    return noun is not None and reduced_relative(sentence, verb, verb + 1, noun)


def _heads_told(reading: Reading) -> set[str]:
    """The words of a headline or lead but those that only describe the noun after them: in
    "Pellridge standoff suspect pleads not guilty" the story is the suspect's plea."""
    return {
        reading.lemmas[k]
        for k in range(len(reading))
        if not (k + 1 < len(reading) and _describes_next(reading, k))
    }


def _describes_next(reading: Reading, k: int) -> bool:
    """Whether a word stands before a noun only to describe it ("standoff suspect")."""
    after, lexicon = k + 1, reading.lexicon
    return (
        not verb_like(reading, k)
        and reading.content(after)
        and after not in reading.name_at
        and after not in reading.quantity_at
        and reading.words.norms[after] not in lexicon.be | lexicon.auxiliaries
        and not verb_like(reading, after)
    )


def _verb_before(sentence: Reading, date: Date) -> int | None:
    """The verb a lead's date goes with: the nearest before it, past the dateline."""
    i = sentence.token_range(date.span)[0]
    return next(
        (
            k
            for k in range(i - 1, -1, -1)
            if verb_like(sentence, k) and not in_dateline(sentence, k)
        ),
        None,
    )


def _event_acts(sentence: Reading, verb: int, events: set[str]) -> bool:
    """Whether the lead's verb tells the event happening: the event's own word is its subject
    and it is no passive ("An avalanche tore down the flank on Saturday"; not "the fire was
    put out on Tuesday", which is done to it) nor a phase of it ("the flood receded")."""
    lexicon, norms = sentence.lexicon, sentence.words.norms
    if lexicon.not_happening.match_at(sentence.lemmas, verb) is not None:
        return False
    k = verb - 1
    while k >= 0 and norms[k] in lexicon.adverbs:
        k -= 1
    if k < 0 or norms[k] in lexicon.be | lexicon.auxiliaries:
        return False
    subject = phrase_before(sentence, k)
    return subject is not None and any(
        word_relation(sentence.lemmas[subject.head], event, lexicon) in (R.EQUIVALENT, R.FORWARD)
        for event in events
    )


def _headline_act(sentence: Reading, verb: int | None, context: Context) -> bool:
    """Whether the verb a lead's date goes with tells what the headline tells ("Dunmarrow lift
    the Shield" over "Dunmarrow won the Shield on Saturday"), not another act ("Protests after
    vote" over "Police arrested 12 on Monday")."""
    headline, lexicon = context.previous, sentence.lexicon
    if headline is None or verb is None:
        return False
    act = lexicon.frame_words.match_at(sentence.lemmas, verb)
    for k in range(len(headline)):
        if word_relation(headline.lemmas[k], sentence.lemmas[verb], lexicon) in _SAID:
            return True
        theirs = lexicon.frame_words.match_at(headline.lemmas, k)
        if act and theirs and theirs[1].frame == act[1].frame:
            return True  # "lift" and "won": one frame
    return False


_SAID = (R.EQUIVALENT, R.FORWARD, R.REVERSE)
