"""Steps for a claim's figures and dates. A figure is compared only with a figure of the same
quantity: the same kind and unit, a noun of the same count ("spectators" for "fans", "units" of
a thing for the thing), the same mood (a planned crowd is no crowd), of the same owner (another
name's count is not the subject's) and of the same occasion (last year's final is another
final). Their ranges then give the relation: the source's inside the claim's (⊑), disjoint (|),
wider (⊒), or merely overlapping (#). A date is compared only with a date of the same event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Date, Relation
from ..text import stem
from .names import same_name
from .phrases import Phrase
from .quantities import Quantity
from .relations import word_relation
from .when import relation as date_relation

if TYPE_CHECKING:
    from .align import Context, Found
    from .anchors import Anchor
    from .claim import ClaimFrame, Piece
    from .reading import Reading

R = Relation
_REACH = 8  # words between a date and the word of the event it dates
_LINKING = frozenset(stem(word) for word in ("reach", "stand", "hit", "total", "be"))


def align_figure(
    claim: ClaimFrame, piece: Piece, sentence: Reading, anchor: Anchor | None, context: Context
) -> Found:

    from .align import Found, claim_step

    mine = claim.reading.quantity_at[piece.start]
    named = {i for i in range(piece.start, piece.end) if i in claim.reading.name_at}
    covers = (set(range(piece.start, piece.end)) - named) | _counting_words(claim, mine)

    candidates = [
        q for q in sentence.quantities if _same_quantity(claim, mine, sentence, q, context)
    ]
    if not candidates:
        step = claim_step(
            claim,
            piece.start,
            piece.end,
            None,
            R.INDEPENDENT,
            f"source gives no figure for {mine.text}",
        )
        return Found(step, 0.0, frozenset(covers))
    theirs = max(
        candidates,
        key=lambda q: (_shared(claim, mine, sentence, q), -_distance(sentence, q, anchor)),
    )

    relation = range_relation(theirs, mine)
    step = claim_step(
        claim, piece.start, piece.end, (sentence, *theirs.tokens), relation,
        f"source says {theirs.text}; claim says {mine.text}",
    )  # fmt: skip
    return Found(step, 0.95, frozenset(covers))


def range_relation(source: Quantity, claim: Quantity) -> Relation:
    """The relation of a source's figure to a claim's, from their ranges."""
    if source.kind == "score":
        same = (source.low, source.high) == (claim.low, claim.high)
        return R.EQUIVALENT if same else R.ALTERNATION
    if source.inside(claim):
        return R.EQUIVALENT if claim.inside(source) else R.FORWARD
    if source.disjoint(claim):
        return R.ALTERNATION
    if claim.inside(source):
        return R.REVERSE
    return R.INDEPENDENT


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


def _shared(claim: ClaimFrame, mine: Quantity, sentence: Reading, theirs: Quantity) -> int:
    """How many of the claim's other words a source figure's stretch of text says."""
    words = {
        claim.reading.lemmas[i]
        for i in range(len(claim.reading))
        if claim.reading.content(i) and not mine.tokens[0] <= i < mine.tokens[1]
    }
    return len(words & {sentence.lemmas[k] for k in segment(sentence, *theirs.tokens)})


def _measured(reading: Reading, figure: Quantity) -> str | None:
    """What money or a share measures: its noun ("54.6 percent of the ballots"), or the head
    of the phrase its clause says it of ("Turnout was 55.1 percent")."""
    if figure.noun:
        return figure.noun
    from .phrases import phrase_before

    k = figure.tokens[0] - 1
    norms = reading.words.norms
    while k >= 0 and not (norms[k] in reading.lexicon.be or reading.lemmas[k] in _LINKING):
        if norms[k] in (",", ";") or reading.clauses[k] != reading.clauses[figure.tokens[0]]:
            return None
        k -= 1
    phrase = phrase_before(reading, k - 1) if k > 0 else None
    return reading.lemmas[phrase.head] if phrase and not phrase.names else None


def _counting_words(claim: ClaimFrame, figure: Quantity) -> set[int]:
    """The claim's words that only say how the figure is counted: its noun, and a verb that
    goes with counting that noun ("41,000 fans attended"), or any noun if the lexicon counts
    it in no group ("86,000 cookers are covered")."""
    lexicon, lemmas = claim.reading.lexicon, claim.reading.lemmas
    out = set()
    group = _group(lexicon, figure.noun)
    groups = [group] if group is not None else []
    if group is None and figure.kind == "count":
        groups = lexicon.counted  # "86,000 cookers are covered"
    if claim.predicate:
        start, end = claim.predicate
        verb = " ".join(lemmas[start:end])
        if any(verb in each.verbs for each in groups) or verb in ("be", "have"):
            out.update(range(start, end))
    return out


def _group(lexicon, noun: str | None):
    if noun is None:
        return None
    hit = lexicon.counted_by_noun.match_at(tuple(noun.split()), 0)
    return hit[1] if hit else None


def _same_quantity(
    claim: ClaimFrame, mine: Quantity, sentence: Reading, theirs: Quantity, context: Context
) -> bool:
    if theirs.kind != mine.kind or theirs.unit != mine.unit or theirs.mood != mine.mood:
        return False
    if _time_point(claim.reading, mine) != _time_point(sentence, theirs):
        return False  # "500 million years ago" is when, not how long

    if mine.kind == "count" and not _same_noun(claim, mine.noun, theirs.noun):
        return False
    if mine.kind in ("money", "percent"):
        a, b = _measured(claim.reading, mine), _measured(sentence, theirs)
        if a and b and word_relation(b, a, claim.reading.lexicon) is R.INDEPENDENT:
            return False
    if not _same_things(claim.reading, mine, sentence, theirs):
        return False
    return _same_owner(claim, mine, sentence, theirs, context) and not other_occasion(
        claim, sentence, *theirs.tokens
    )


def _same_things(claim: Reading, mine: Quantity, sentence: Reading, theirs: Quantity) -> bool:
    """Whether two figures that each name what they count ("300,000 Caldra P-60 units") name
    the same thing."""
    a = [claim.name_at[i] for i in range(*mine.tokens) if i in claim.name_at]
    b = [sentence.name_at[i] for i in range(*theirs.tokens) if i in sentence.name_at]
    return not (a and b) or any(same_name(x, y) for x in a for y in b)


def _same_noun(claim: ClaimFrame, mine: str | None, theirs: str | None) -> bool:
    lexicon = claim.reading.lexicon
    if mine is None or theirs is None:
        return False
    group, other = _group(lexicon, mine), _group(lexicon, theirs)
    if group is not None and group is other:
        return True
    counter = mine in lexicon.counters or theirs in lexicon.counters
    if counter and (group is None or other is None):
        return True  # "312,400 units" of a cooker are cookers
    return word_relation(theirs, mine, lexicon) in (R.EQUIVALENT, R.FORWARD, R.REVERSE)


def _same_owner(
    claim: ClaimFrame, mine: Quantity, sentence: Reading, theirs: Quantity, context: Context
) -> bool:
    """Whether a source figure may be said of what the claim's figure is said of. Not when
    the source gives it to another name ("its rival, the Gadget Guild, has 20 members",
    "Renwick's 72,688") or to a part ("its governing board has 9 members"); for a claim that
    names no subject ("48 members"), only when it is the source's own topic's."""
    subject = claim.subject
    inside = subject is not None and subject.start <= mine.tokens[0] < subject.end
    said_of = owner(sentence, theirs)
    if said_of is None or inside:
        return True
    if subject is None or not subject.names:
        topic = [name for name, _ in context.names]

        return not said_of.names or any(same_name(a, b) for a in said_of.names for b in topic)
    if said_of.names:
        return any(same_name(name, other) for name in subject.names for other in said_of.names)
    from .coref import stands_for

    return stands_for(sentence, said_of, subject, context)


def owner(sentence: Reading, figure: Quantity) -> Phrase | None:
    """What a figure is said of: the name it stands before ("the 47-strong AI Alliance"), a
    possessive just before it ("Renwick's 72,688"), or the subject of the verb it is the object
    of ("Marsk received 87,412 votes", "its governing board has 9 members"); None when the
    sentence does not say."""
    from .frames import arguments
    from .phrases import phrase_after, verb_like

    start, end = figure.tokens
    norms = sentence.words.norms
    if end in sentence.name_at:
        mention = sentence.name_at[end]
        return Phrase(mention.start, mention.end, mention.end - 1, (mention,))
    if start >= 2 and norms[start - 1] == "'s" and start - 2 in sentence.name_at:
        mention = sentence.name_at[start - 2]
        return Phrase(mention.start, mention.end, mention.end - 1, (mention,))
    k = start - 1
    skipped = sentence.lexicon.negation_words | sentence.lexicon.prepositions | {"also", "now"}
    while k >= 0 and norms[k] in skipped:
        k -= 1  # "consisting of 50 organizations": the verb before the preposition
    verb = k >= 0 and (
        norms[k] in sentence.lexicon.be
        or norms[k] in sentence.lexicon.auxiliaries
        or verb_like(sentence, k)
        or any(sentence.lemmas[k] in group.verbs for group in sentence.lexicon.counted)
    )
    subject = arguments(sentence, k, k + 1).subject if verb else None
    if subject is not None and norms[subject.head] in sentence.lexicon.existentials:
        after = end + 1 if end < len(sentence) and sentence.content(end) else end
        of = after < len(sentence) and norms[after] == "of"
        return phrase_after(sentence, after + 1) if of else None  # "there are 47 members of X"
    return subject


def other_occasion(
    claim: ClaimFrame, sentence: Reading, start: int, end: int, figure: bool = True
) -> bool:
    """Whether what tokens [start, end) of a source say (a figure, a contest's verb) belongs to
    another occasion than the claim's: a word such as "last year's", "previous", "earlier" or
    "neighbouring", or (for a figure) a year other than the claim's (the article's, from its
    dateline, when the claim gives none; the dateline itself is no such year), in its
    stretch of text or in the phrase a relative clause holding it hangs on ("last year's
    final, which drew 44,150"); a year also in the clause whose time a stretch opening with
    "after" tells ("ruled in 2024 after a nine-day trial"). A figure's stretch that says two or more of the claim's own words ("in the
    first round two weeks earlier" for a claim about the first round) is the claim's occasion
    all the same (a verb's stretch holds the claim's words as its roles)."""
    lexicon = sentence.lexicon
    window = [k for k in stretch(sentence, start, end) if not start <= k < end]
    claim_words = {
        claim.reading.lemmas[i] for i in range(len(claim.reading)) if claim.reading.content(i)
    }
    if figure and len(claim_words & {sentence.lemmas[k] for k in window}) >= 2:
        return False
    for k in window:
        hit = lexicon.other_occasion.match_at(sentence.lemmas, k)
        mine = hit and set(sentence.lemmas[k : hit[0]]) <= claim_words
        past = not figure and lexicon.past_markers.match_at(sentence.lemmas, k)
        if hit and not mine and not past and not _recent(sentence, hit[0]):
            return True  # ("former coach": a role no longer held, which negation reads)
    window += _governing(sentence, min(window, default=start))  # its years only
    years = {
        d.year
        for d in sentence.dates
        if d.year
        and _within(sentence, d.span, window)
        and not in_dateline(sentence, sentence.token_range(d.span)[0])
    }
    claimed = {d.year for d in claim.reading.dates if d.year}
    if not claimed and sentence.reference is not None:
        claimed = {sentence.reference.year}  # "on Saturday": the story's own year
    return figure and bool(years) and not years & claimed


def stretch(sentence: Reading, start: int, end: int) -> list[int]:
    """The stretch of text tokens [start, end) stand in, and, when it is a relative or
    participial clause, the phrase it hangs on ("last year's final, which drew 44,150", "the
    runoff, held on Oct. 19")."""
    from .phrases import phrase_before, verb_like

    span = segment(sentence, start, end)
    out = list(span)
    first, norms = span.start, sentence.words.norms
    aside = norms[first] in sentence.lexicon.relatives or verb_like(sentence, first)
    if first > 0 and norms[first - 1] == "," and aside:
        phrase = phrase_before(sentence, first - 2)
        if phrase is not None:
            out += list(range(phrase.start, phrase.end))
    return out


def _governing(sentence: Reading, first: int) -> list[int]:
    """The clause a stretch opening with "after", "before" or "when" tells the time of ("In
    June 2024 a jury ruled for X after a nine-day trial": the trial is the 2024 one)."""
    norms = sentence.words.norms
    if first < 1 or norms[first] not in sentence.lexicon.time_openers:
        return []
    return list(segment(sentence, first - 1, first))


def _recent(sentence: Reading, k: int) -> bool:
    """Whether token k makes the word before it the story's own time ("last week", "earlier
    this month"), not another occasion ("last week's final")."""
    lemmas = sentence.lemmas
    after = lemmas[k + 1] if k + 1 < len(lemmas) else ""
    return k < len(lemmas) and lemmas[k] in sentence.lexicon.recent_times and after != "'s"


def _within(sentence: Reading, span: tuple[int, int], window: list[int]) -> bool:
    i, _ = sentence.token_range(span)
    return i in window


def _distance(sentence: Reading, figure: Quantity, anchor: Anchor | None) -> int:
    if anchor is None:
        return figure.tokens[0]
    return abs(figure.tokens[0] - anchor.start)


def align_date(claim: ClaimFrame, piece: Piece, sentence: Reading, anchor: Anchor | None) -> Found:
    from .align import Found, claim_step

    mine = next(
        d for d in claim.reading.dates if claim.reading.token_range(d.span)[0] == piece.start
    )
    covers = frozenset(range(piece.start, piece.end))
    candidates = []
    if names_occasion(claim.reading, piece.start, piece.end):
        candidates = _same_occasion_noun(claim.reading, piece, sentence)  # "the 1998 cup final"
    if not candidates:  # "the 2025 final" is also the final's date: "on Saturday"
        events = _event_words(claim)
        candidates = [d for d in sentence.dates if _dates_event(sentence, d, events, anchor)]

    if not candidates and _this_years(claim, piece, mine, sentence):
        why = f"the source, dated {sentence.reference.iso()}, speaks of {mine.text}'s"
        step = claim_step(claim, piece.start, piece.end, None, R.EQUIVALENT, why)
        return Found(step, 0.8, covers)
    if not candidates:
        step = claim_step(
            claim,
            piece.start,
            piece.end,
            None,
            R.INDEPENDENT,
            f"source gives no date for it ({mine.text})",
        )
        return Found(step, 0.0, covers)
    theirs = candidates[0]
    kind = date_relation(theirs, mine)
    relation = {"same": R.EQUIVALENT, "narrower": R.FORWARD, "broader": R.REVERSE}.get(
        kind, R.ALTERNATION
    )
    i, j = sentence.token_range(theirs.span)
    shown = (
        theirs.text if theirs.text.lower() == theirs.iso() else f"{theirs.text} ({theirs.iso()})"
    )
    if relation is R.ALTERNATION and _occasion(claim, piece):
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


def _occasion(claim: ClaimFrame, piece: Piece) -> bool:
    """Whether a claim's date picks out which occasion it speaks of ("won the 2025 cup"), not
    what a copula says a thing is ("is a 1940 comedy": the year of the comedy)."""
    obj = claim.object
    described = claim.copula and obj is not None and obj.start <= piece.start < obj.end
    return not described and names_occasion(claim.reading, piece.start, piece.end)


def _this_years(claim: ClaimFrame, piece: Piece, mine, sentence: Reading) -> bool:
    """Whether a claim's year only names which occasion it means ("the 2025 final") and the
    source, dated that year and naming no other year's, speaks of that year's."""
    reference = sentence.reference
    return (
        _occasion(claim, piece)
        and mine.month is None
        and reference is not None
        and reference.year == mine.year
        and not any(d.year != mine.year for d in sentence.dates)
    )


def _same_occasion_noun(claim: Reading, piece: Piece, sentence: Reading) -> list[Date]:
    """The sentence's dates that name the occasion of the same noun as the claim's date does:
    "the 1998 cup final" against "the 2002 cup final"."""
    noun = claim.lemmas[piece.end] if piece.end < len(claim) else None
    out = []
    for date in sentence.dates:
        i, j = sentence.token_range(date.span)
        if names_occasion(sentence, i, j) and j < len(sentence) and sentence.lemmas[j] == noun:
            out.append(date)
    return out


def _event_words(claim: ClaimFrame) -> set[str]:
    """The claim's words for the event its date dates: its predicate (unless it only places
    an event: "took place", "was held") and its subject's and object's heads."""
    from .anchors import light

    lemmas = claim.reading.lemmas
    out = set()
    if claim.predicate and not light(claim):
        out.add(lemmas[claim.predicate[0]])
    for phrase in (claim.subject, claim.object):
        if phrase is not None and phrase.head not in claim.reading.name_at:
            out.add(_word_at(claim.reading, phrase.start, phrase.head))
    if claim.predicate and light(claim) and claim.subject is not None:
        out.update(name.key for name in claim.subject.names)  # "the Calloway Shield final"
    return out


def _word_at(reading: Reading, start: int, k: int) -> str:
    """The word token k ends, as the lexicon knows it: a phrase of synonyms from `start` on
    that ends there ("second round" for "round"), else its lemma."""
    for i in range(start, k + 1):
        hit = reading.lexicon.synonym_phrases.match_at(reading.lemmas, i)
        if hit and hit[0] == k + 1:
            return hit[1]
    return reading.lemmas[k]


def _dates_event(sentence: Reading, date, events: set[str], anchor: Anchor | None) -> bool:
    """Whether a source date is the date of the claim's event: the anchor of the claim's
    predicate, or a word for the event, stands in its stretch of text ("The coalition,
    launched in 2021, announced a summit": 2021 dates the launch, not the summit)."""
    i, j = sentence.token_range(date.span)
    if in_dateline(sentence, i) or names_occasion(sentence, i, j):
        return False
    near = [k for k in stretch(sentence, i, j) if not i <= k < j and abs(k - i) <= _REACH]
    if anchor is not None and any(anchor.start <= k < anchor.end for k in near):
        return True
    if anchor is not None and _same_event(sentence, anchor, max([j - 1, *near])):
        return True  # "won the cup on Saturday, beating Team A": Saturday dates the beating
    lexicon = sentence.lexicon
    named = {sentence.name_at[k].key for k in near if k in sentence.name_at}
    return bool(named & events) or any(
        word_relation(sentence.lemmas[k], event, lexicon) is R.EQUIVALENT
        for k in near
        for event in events
    )


def names_occasion(sentence: Reading, i: int, j: int) -> bool:
    """Whether a date only says which occasion a noun is ("the 2023 final", "last year's
    final"), rather than dating the event: such a date picks out another occasion, it never
    contradicts the claim's."""
    date = next(d for d in sentence.dates if sentence.token_range(d.span)[0] == i)
    if date.month:
        return False  # "Sunday's runoff", "the May 17 final": this occasion's date
    norms = sentence.words.norms
    possessive = j < len(norms) and norms[j] == "'s"

    before = norms[i - 1] if i else ""
    return possessive or (
        before in ("the", "a", "an", "its", "their", "his", "her")
        and j < len(norms)
        and sentence.content(j)
    )


def in_dateline(sentence: Reading, i: int) -> bool:
    """Whether token i stands in the sentence's dateline ("TOWN, March 12, 2025 -"), which
    dates the article, not an event."""
    norms = sentence.words.norms
    dash = next(
        (k for k in range(min(len(norms), 16)) if norms[k] == "-"),
        None,
    )
    return (
        dash is not None
        and i < dash
        and all(
            not sentence.content(k)
            or k in sentence.name_at
            or norms[k][:1].isdigit()
            or sentence.words.tokens[k].text[:1].isupper()
            for k in range(dash)
        )
    )


def _time_point(reading: Reading, figure: Quantity) -> bool:
    """Whether a span of time names a point in time: "five years ago", "two weeks earlier"."""
    end = figure.tokens[1]
    return end < len(reading) and reading.words.norms[end] in reading.lexicon.time_points


def _same_event(sentence: Reading, anchor: Anchor, last: int) -> bool:
    """Whether an anchor is a participle that goes on from the stretch of text a date stands
    in, whose last token is `last` (", beating Team A" after "won the cup on Saturday"): one
    event, one date."""
    norms, start = sentence.words.norms, anchor.start
    participle = norms[start].endswith("ing") and start > 0 and norms[start - 1] == ","
    return participle and last == start - 2
