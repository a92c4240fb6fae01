"""Steps for a claim's figures and dates. A figure is compared only with a figure of the same
quantity: the same kind and unit, a noun of the same count ("spectators" for "fans", "units" of
a thing for the thing), the same mood (a planned crowd is no crowd), of the same owner (another
name's count is not the subject's) and of the same occasion (last year's final is another
final). Their ranges then give the relation: the source's inside the claim's (⊑), disjoint (|),
wider (⊒), or merely overlapping (#). Dates have their own steps (see `dating`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Relation
from .counted_nouns import part_of, past_whole
from .counting import (
    counted_group,
    one_count,
    own_verb,
    part_counts,
    same_noun,
    same_verb,
    ungrouped_act,
    verb_phrases,
)
from .measures import LINKING, SUMMING, changed_figure, from_level, margin, measured
from .names import same_name
from .numbers import number_at
from .occasions import (
    elsewhen,
    marked_elsewhen,
    marker_at,
    other_occasion,
    segment,
    told_elsewhen,
)
from .owners import same_owner
from .phrases import verb_like
from .quantities import NOT_MEASURES, Quantity, whole_numbers
from .relations import word_relation
from .steps import Context, Found, claim_step, unaligned
from .tallies import claim_side, tally_sides, vote_lemmas

if TYPE_CHECKING:
    from .anchors import Anchor
    from .claim import ClaimFrame, Piece
    from .reading import Reading

R = Relation
REACH = 8  # words between a date and the word of the event it dates


def align_figure(
    claim: ClaimFrame, piece: Piece, sentence: Reading, anchor: Anchor | None, context: Context
) -> Found:

    mine = claim.reading.quantity_at[piece.start]
    named = {i for i in range(piece.start, piece.end) if i in claim.reading.name_at}
    covers = (set(range(piece.start, piece.end)) - named) | _counting_words(claim, mine)

    candidates = [
        q for q in sentence.quantities if _same_quantity(claim, mine, sentence, q, context)
    ]
    if not candidates and (tallied := _tally_counts(claim, mine, sentence, context)):
        candidates, covers = tallied, covers | _vote_words(claim, mine)  # "voted in favour"
    if not candidates:
        why = f"source gives no figure for {mine.text}"
        return unaligned(claim, piece.start, piece.end, why, frozenset(covers))

    def rank(q: Quantity) -> tuple:
        return (
            _shared(claim, mine, sentence, q),
            # the count said with the claim's verb ("12 voted", not "has 21 members"), then
            # one that writes its noun ("11,790 runners", not "10,914" that leaves it out)
            claim.predicate is not None and own_verb(claim, mine, sentence, q, strict=True),
            _written(sentence, q),
            -_distance(sentence, q, anchor),
        )

    ranked = [(rank(q), q) for q in candidates]
    best, theirs = max(ranked, key=lambda pair: pair[0])
    rivals = [q for fit, q in ranked if fit[1] == best[1]]  # said alike: with a verb or not

    relation, why = (
        range_relation(theirs, mine),
        f"source says {theirs.text}; claim says {mine.text}",
    )
    unsaid = _unsaid_modifier(claim, mine, sentence, context)
    if unsaid:  # "the hammer price was $42.5m" against "the final price came to $48.9m"
        relation, why = R.INDEPENDENT, f"source says {theirs.text}, but not of the {unsaid}"
    elif relation is R.ALTERNATION and not one_count(claim, mine, sentence, theirs):
        relation, why = R.INDEPENDENT, f"source says {theirs.text}, of what it may not be"
    elif relation is R.ALTERNATION and (agrees := _agreeing(rivals, mine)) is not None:
        relation, why = R.INDEPENDENT, f"source says {theirs.text}, but also {agrees.text}"
    step = claim_step(
        claim, piece.start, piece.end, (sentence, *theirs.tokens), relation, why
    )  # fmt: skip
    return Found(step, 0.95, frozenset(covers))


def _agreeing(candidates: list[Quantity], mine: Quantity) -> Quantity | None:
    """A figure of the sentence for the claim's quantity, as fit as the one chosen (said with
    a verb of the claim's, or neither with one), that the claim's range holds: where a
    sentence gives two for one quantity ("police said twelve were injured, hospital staff
    14"), the one that differs contradicts nothing."""
    same = (R.EQUIVALENT, R.FORWARD)
    return next((q for q in candidates if range_relation(q, mine) in same), None)


def _tally_counts(
    claim: ClaimFrame, mine: Quantity, sentence: Reading, context: Context
) -> list[Quantity]:
    """For a claim that counts a side of a vote ("Nineteen councillors voted in favour of the
    wind farm"), that side of the sentence's tallies that say their sides ("approved the wind
    farm, voting 19 to 8"), of a vote on what the claim's vote is on, not of another occasion."""
    side = claim_side(claim.reading, mine) if mine.kind == "count" else None
    if side is None or not _voted_on(claim, mine, sentence):
        return []
    out = []
    for tally in sentence.quantities:
        sides = tally_sides(sentence, tally)
        if sides is None or other_occasion(
            claim, sentence, *tally.tokens, previous=context.previous
        ):
            continue
        count = sides[0] if side == "for" else sides[1]
        out.append(replace(tally, kind="count", low=count - 0.5, high=count + 0.5,
                           low_open=False, high_open=True, noun=mine.noun, value=count))  # fmt: skip
    return out


def _vote_words(claim: ClaimFrame, mine: Quantity) -> set[int]:
    """The claim's words that say its count is a side of a vote: its verb, and the words of a
    vote or a side after the count ("voted in favour", "voted against")."""
    reading, sides = claim.reading, vote_lemmas(claim.reading.lexicon)
    said = {k for k in range(mine.tokens[1], len(reading)) if reading.lemmas[k] in sides}
    verb = set(range(*claim.predicate)) if claim.predicate else set()
    return said | verb


def _voted_on(claim: ClaimFrame, mine: Quantity, sentence: Reading) -> bool:
    """Whether the sentence says a word of what the claim's vote is on (its words after the
    count that are no word of a vote or a side: "wind farm", "budget")."""
    reading, sides = claim.reading, vote_lemmas(claim.reading.lexicon)
    words = {
        reading.lemmas[k]
        for k in range(mine.tokens[1], len(reading))
        if reading.content(k) and reading.lemmas[k] not in sides and not verb_like(reading, k)
    }
    return bool(words & set(sentence.lemmas))


def _written(sentence: Reading, figure: Quantity) -> bool:
    """Whether a count writes its noun, not leaving it to the count before it."""
    return figure.noun is None or figure.noun in sentence.lemmas[slice(*figure.tokens)]


def range_relation(source: Quantity, claim: Quantity) -> Relation:
    """The relation of a source's figure to a claim's, from their ranges."""
    if source.kind == "score":
        same = (source.low, source.high) == (claim.low, claim.high)
        return R.EQUIVALENT if same else R.ALTERNATION
    if source.kind == claim.kind == "count":
        source, claim = whole_numbers(source), whole_numbers(claim)
    if source.inside(claim):
        return R.EQUIVALENT if claim.inside(source) else R.FORWARD
    if source.disjoint(claim):
        return R.ALTERNATION
    if claim.inside(source):
        return R.REVERSE
    return R.INDEPENDENT


def _unsaid_modifier(claim: ClaimFrame, mine: Quantity, sentence: Reading, context: Context) -> str:
    """For a sum or share the claim says its subject is ("the hammer price for X was $42.5m"),
    the subject's words ahead of its head noun that neither the source sentence nor the ones
    beside it say: without them the source's figure may be of another sum (the price with
    fees, the estimate); "" when they say them all."""
    subject, reading = claim.subject, claim.reading
    linking = claim.copula or (
        claim.predicate is not None and reading.lemmas[claim.predicate[0]] in LINKING
    )
    if mine.kind not in ("money", "percent") or subject is None or not linking:
        return ""
    norms, prepositions = reading.words.norms, reading.lexicon.prepositions
    head = (
        next(
            (k for k in range(subject.start, subject.end) if norms[k] in prepositions), subject.end
        )
        - 1
    )
    said = {lemma for near in (sentence, *context.nearby) for lemma in near.lemmas}
    occasion = _occasion_words(reading)  # "First-round turnout": said of this figure, not beside
    unsaid = [
        k
        for k in range(subject.start, head)
        if reading.content(k)
        and k not in reading.name_at
        and reading.lemmas[k] not in (set(sentence.lemmas) if k in occasion else said)
    ]
    return reading.words.surface(unsaid[0], head + 1) if unsaid and reading.content(head) else ""


def _shared(claim: ClaimFrame, mine: Quantity, sentence: Reading, theirs: Quantity) -> int:
    """How many of the claim's other words a source figure's stretch of text says."""
    words = {
        claim.reading.lemmas[i]
        for i in range(len(claim.reading))
        if claim.reading.content(i) and not mine.tokens[0] <= i < mine.tokens[1]
    }
    return len(words & {sentence.lemmas[k] for k in segment(sentence, *theirs.tokens)})


def _counting_words(claim: ClaimFrame, figure: Quantity) -> set[int]:
    """The claim's words that only say how the figure is counted: its noun, and a verb that
    goes with counting that noun ("41,000 fans attended"), or any noun if the lexicon counts
    it in no group ("86,000 cookers are covered"); for a sum, a word that only says it is
    what it measures ("is worth", "totalled"); for a measure, a word that says which way it
    measures ("1,240 metres long")."""
    lexicon, lemmas = claim.reading.lexicon, claim.reading.lemmas
    end = figure.tokens[1]
    out = {end} if _dimension(claim.reading, figure) else set()  # "1,240 metres long"
    group = counted_group(claim.reading, figure)
    groups = [group] if group is not None else []
    if group is None and figure.kind == "count":
        groups = lexicon.counted  # "86,000 cookers are covered"
    if claim.predicate:
        start, end = claim.predicate
        verb = " ".join(lemmas[start:end])
        longer = (p for p in verb_phrases(claim.reading, start) if p.count(" ") >= end - start)
        verbs = {verb, *longer}  # "taken to hospital"
        sum_of = figure.kind in ("money", "percent") and verb in SUMMING  # "is worth £380m"
        if any(verbs & each.verbs for each in groups) or verb in ("be", "have") or sum_of:
            out.update(range(start, end))
    return out


def _same_quantity(
    claim: ClaimFrame, mine: Quantity, sentence: Reading, theirs: Quantity, context: Context
) -> bool:
    if theirs.kind != mine.kind or theirs.unit != mine.unit or not _same_mood(mine, theirs):
        return False
    ways = {_dimension(claim.reading, mine), _dimension(sentence, theirs)}
    if len(ways) > 1 and ways != {None, _bare_way(claim.reading)}:
        return False  # "40 metres high" is no length, "travelled 900 metres" no width
    if _time_point(claim.reading, mine) != _time_point(sentence, theirs):
        return False  # "500 million years ago" is when, not how long
    if margin(claim.reading, mine, _what_subject_is(claim, mine)) != margin(sentence, theirs):
        return False  # "2,600 votes clear of Vayle" is no count of votes won
    if _window(claim.reading, mine) != _window(sentence, theirs):
        return False  # "lift trade by 12 percent within three years" is no visit's length

    generic = claim.reading.lexicon.generic_counted
    if mine.kind == "count" and (mine.noun in generic or theirs.noun in generic):
        group = counted_group(claim.reading, mine)
        if group is None and not same_verb(claim, mine, sentence, theirs):
            return False  # "40 passengers were rescued" is no count of the injured
        if group is not None and group is not counted_group(sentence, theirs):
            return False  # "four people were killed" is no count of the injured
    elif mine.kind == "count" and not same_noun(claim, mine.noun, theirs.noun):
        return False
    elif (
        mine.kind == "count"
        and ungrouped_act(claim, mine)
        and not own_verb(claim, mine, sentence, theirs)
    ):
        return False  # "four miners died" is no count of the miners rescued
    if mine.kind in ("money", "percent") and not _same_measure(claim, mine, sentence, theirs):
        return False
    if not _same_things(claim.reading, mine, sentence, theirs):
        return False
    if _whole(sentence, theirs):
        return False  # "Of the carrier's 1,400 employees, 1,150 were laid off": 1,400 is all
    apart = part_of(sentence, theirs) and not part_of(claim.reading, mine)
    if apart and not part_counts(claim, mine, sentence, theirs):
        return False  # "nine of the injured were in a serious condition": no count of them
    if (told_elsewhen(claim) or _thing_elsewhen(claim)) and not marked_elsewhen(
        sentence, *theirs.tokens
    ):
        return False  # "A year earlier, inflation had been 7 percent": not this month's 4.7
    return same_owner(claim, mine, sentence, theirs, context) and not other_occasion(
        claim, sentence, *theirs.tokens, previous=context.previous
    )


def _same_measure(claim: ClaimFrame, mine: Quantity, sentence: Reading, theirs: Quantity) -> bool:
    """Whether a sum or share may measure what the claim's does: no level a change started
    from, no change for a level, the same thing measured, or none said where the sentence
    speaks of the claim's."""
    earlier = from_level(sentence, theirs) and not marked_elsewhen(sentence, *theirs.tokens)
    if earlier and not (from_level(claim.reading, mine) or _of_an_occasion(claim)):
        return False  # "rose to 87.4 percent, up from 85.9 percent": 85.9 was before
    if changed_figure(claim.reading, mine) != changed_figure(sentence, theirs):
        return False  # "by 50%" is a change, "90% of the variants" a share
    a = measured(claim.reading, mine) or _what_subject_is(claim, mine)
    b = measured(sentence, theirs)
    unrelated = (R.INDEPENDENT, R.ALTERNATION)  # a share of voters is no share of a vote
    lexicon = claim.reading.lexicon
    if a and b and all(word_relation(b, x, lexicon) in unrelated for x in _valued(claim, a)):
        return False
    if b in lexicon.standing_measures and not a and not _says(claim.reading, b):
        return False  # "annual revenue is roughly $4.2bn" is no cost of a strike
    return not (a and not b and not _says(sentence, a))  # "took $187.4 million": no budget


def _what_subject_is(claim: ClaimFrame, figure: Quantity) -> str | None:
    """What a claim's figure measures where it follows the "be" after the subject ("The
    regulatory fine paid by Kessmar Bank was more than 40 million euros", "Tessaly's winning
    margin was fewer than 20 votes"): the subject's head, when no name; not "were estimated
    to total", which "put at" may say."""
    subject, reading = claim.subject, claim.reading
    if subject is None or subject.head in reading.name_at or figure.tokens[0] != subject.end + 1:
        return None
    return (
        reading.lemmas[subject.head]
        if reading.words.norms[subject.end] in reading.lexicon.be
        else None
    )


def _valued(claim: ClaimFrame, measure: str) -> tuple[str, ...]:
    """What a claim's sum measures: the word `measured` gives, and, where that is the claim's
    own verb ("The deal is valued at 780 million euros"), the subject it values too."""
    reading, subject = claim.reading, claim.subject
    verb = claim.predicate is not None and reading.lemmas[claim.predicate[0]] == measure
    return (measure, reading.lemmas[subject.head]) if verb and subject else (measure,)


def _thing_elsewhen(claim: ClaimFrame) -> bool:
    """Whether the claim's subject is a thing of another occasion ("the previous record
    jackpot"), not a person who held a role before ("Former minister Tobias Kerrigan")."""
    subject = claim.subject
    return elsewhen(claim) and subject.head not in claim.reading.name_at


def _of_an_occasion(claim: ClaimFrame) -> bool:
    """Whether the claim dates itself or names an occasion ("First-round turnout", "in 2024",
    "last year"): a level a source says a change started from may be its figure."""
    return bool(claim.reading.dates or _occasion_words(claim.reading))


def _occasion_words(reading: Reading) -> set[int]:
    """The tokens of the words that name an occasion ("First-round", "last year")."""
    hits = ((k, marker_at(reading, k)) for k in range(len(reading)))
    return {j for k, hit in hits if hit for j in range(k, hit[0])}


def _says(sentence: Reading, word: str) -> bool:
    """Whether the sentence has the word, or one the lexicon holds for the same thing."""
    lexicon = sentence.lexicon
    return any(word_relation(lemma, word, lexicon) is R.EQUIVALENT for lemma in sentence.lemmas)


def _same_mood(mine: Quantity, theirs: Quantity) -> bool:
    """Whether a source figure is of the claim figure's mood: the same ("will rise by 4.99%"
    is no evidence on a plan someone may have dropped, nor a plan on what will be)."""
    return theirs.mood == mine.mood


def _whole(reading: Reading, figure: Quantity) -> bool:
    """Whether a figure is the whole that another figure counts a part of: "Of the carrier's
    1,400 employees, 1,150 were laid off", "Four of the seven inmates were recaptured"."""
    norms, start, end = reading.words.norms, *figure.tokens
    of = next((k for k in range(max(0, start - 4), start) if norms[k] == "of"), None)
    if of is None or past_whole(reading, of) <= start:  # "of the carrier's 1,400": its whole
        return False
    after = end + (end < len(norms) and norms[end] == ",")
    if after < len(norms) and norms[after][:1].isdigit():
        return True
    return any((part := number_at(reading, k)) and part[0] == of for k in range(max(0, of - 3), of))


def _same_things(claim: Reading, mine: Quantity, sentence: Reading, theirs: Quantity) -> bool:
    """Whether two figures that each name what they count ("300,000 Caldra P-60 units") name
    the same thing."""
    a = [claim.name_at[i] for i in range(*mine.tokens) if i in claim.name_at]
    b = [sentence.name_at[i] for i in range(*theirs.tokens) if i in sentence.name_at]
    return not (a and b) or any(same_name(x, y) for x in a for y in b)


def _distance(sentence: Reading, figure: Quantity, anchor: Anchor | None) -> int:
    if anchor is None:
        return figure.tokens[0]
    return abs(figure.tokens[0] - anchor.start)


def _dimension(reading: Reading, figure: Quantity) -> str | None:
    """The word after a measure that says which way it measures ("long", "high"), or None."""
    end = figure.tokens[1]
    norms = reading.words.norms
    end += end + 1 < len(norms) and norms[end] == "-"  # "a 300-metre-wide slab"
    known = end < len(norms) and norms[end] in reading.lexicon.dimension_words
    measure = known and figure.kind not in NOT_MEASURES
    return reading.lexicon.dimension_words[norms[end]] if measure else None  # "across" is wide


def _bare_way(reading: Reading) -> str:
    """The way a measure with no word after it measures: the lexicon's first
    `dimension_words` ("a 187-kilometre stage" is long)."""
    return next(iter(reading.lexicon.dimension_words.values()))


def _window(reading: Reading, figure: Quantity) -> bool:
    """Whether a span of time is a window something happens in ("within three years", "212
    millimetres in 24 hours"), not how long something lasts."""
    first = figure.tokens[0]
    return (
        figure.kind == "time" and first > 0 and reading.words.norms[first - 1] in ("within", "in")
    )


def _time_point(reading: Reading, figure: Quantity) -> bool:
    """Whether a span of time names a point in time: "five years ago", "two weeks earlier"
    (not a count: "two of whom later died"; not how long, after "for": "closed for nine
    hours after the crash")."""
    start, end = figure.tokens
    norms = reading.words.norms
    lasting = start > 0 and norms[start - 1] == "for"
    point = end < len(norms) and norms[end] in reading.lexicon.time_points
    return figure.kind == "time" and point and not lasting
