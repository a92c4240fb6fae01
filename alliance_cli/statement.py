"""Judging a plain statement ("X is a political party", "X was formed in 1991", "X refused to
model for Y"): is the sentence about the claim's subject, does it say the rest of the claim,
and does it say something that cannot hold with it?

A contradiction needs an explicit clash in the same frame: the opposite polarity, an antonym,
another date for the same event, more than an "only" allows, or another word in the slot the
claim fills, next to words both share. Anything less is no contradiction.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import align
from .align import name_match
from .analysis import Assertion, Reading, Unit
from .findings import Context, Finding
from .lexicon import Lexicon, Phrases
from .model import Date, Stance
from .quantities import NUMBER_WORDS, ORDINALS
from .text import CLOSING, OPENING, Token, stem

SUPPORT_COVERAGE = 0.75  # the share of a claim's predicate a sentence must say to support it
GIVEN_COVERAGE = 0.6  # the share that evidence given for the claim must say for a clash
LEAN_COVERAGE = 0.5  # with the subject named, this share supports, less surely
IMPLIED_SUBJECT = 0.75  # how surely a sentence opening "She ..." or "The film ..." is about it
SLOT_REACH = 3  # tokens of glue ("a", "the", "'s", ",") allowed between a word and its slot
NEGATION_SCOPE = 4  # how many tokens after a plain negation (not, no, never) it bears on
ABSENCE_SCOPE = 10  # how many after a cue of absence ("the absence of ...") it bears on
DATE_REACH = 8  # how far after its event word a date may stand, in tokens
SLOT_SPAN = 14  # how far after its event word a slot phrase ("at the X Summit") may stand
_GLUE = frozenset({"'s", ",", "-", "(", ")", '"', "'"})


def _subject(claim: Assertion, lexicon: Lexicon) -> int | None:
    """The index of the unit that names the claim's subject: a name that opens the claim."""
    units = claim.units
    if not units or units[0].entity is None:
        return None
    reading = claim.reading
    before = range(units[0].start)
    if all(
        reading.words.tokens[i].norm in lexicon.stopwords or reading.covered(i, i + 1)
        for i in before
    ):
        return 0
    return None


def _opening_names(claim: Assertion, scored: Sequence[float], copulas: Phrases) -> list[int]:
    """For a claim that opens with a phrase of words and then names ("The series finale of
    Hold Fast aired in 2013"), the units of those names, when every word before them is said;
    else none."""
    units = claim.units
    if not units or units[0].entity:
        return []
    first = next((k for k, unit in enumerate(units) if unit.entity), None)
    if first is None or any(scored[k] < align.SYNONYM_SCORE for k in range(first)):
        return []
    names, stems = [first], claim.reading.words.stems
    for k in range(first + 1, len(units)):
        gap = range(units[k - 1].end, units[k].start)
        if not units[k].entity or len(gap) > 1 or any(copulas.match_at(stems, i) for i in gap):
            break
        names.append(k)  # "Bread and Roses", not "Norland is Oslo"
    return names


def _opens_with_reference(claim: Assertion, reading: Reading, lexicon: Lexicon) -> bool:
    """Whether the sentence opens with a word that refers back: "She ...", "It ...", "The film
    ..."; not "The members ...", whose head is a word of the claim itself."""
    words = [(i, token) for i, token in enumerate(reading.words.tokens) if token.is_word]
    if not words or words[0][1].norm not in lexicon.references:
        return False
    if words[0][1].norm != "the":
        return True
    if len(words) < 2 or not words[1][1].text.islower():
        return False
    claim_keys = set().union(*(unit.keys for unit in claim.units))
    return reading.words.stems[words[1][0]] not in claim_keys


def _glue(reading_or_claim: Reading, i: int, lexicon: Lexicon) -> bool:
    token = reading_or_claim.words.tokens[i]
    return token.norm in _GLUE or token.norm in lexicon.stopwords or not token.is_word


def _filler(reading: Reading, start: int, step: int, reach: int, lexicon: Lexicon) -> int | None:
    """The first content word from token `start` on, walking by `step`, past at most `reach`
    glue tokens, within the clause."""
    i, skipped = start, 0
    while 0 <= i < len(reading.words) and skipped <= reach:
        if not _glue(reading, i, lexicon):
            return i
        if reading.words.tokens[i].norm in lexicon.clause_breaks:
            return None
        i, skipped = i + step, skipped + 1
    return None


def _numeric(token: Token) -> bool:
    return token.norm[:1].isdigit() or token.norm in ORDINALS or token.norm in NUMBER_WORDS


def _same_kind(claim: Assertion, unit: Unit, reading: Reading, i: int) -> bool:
    """A number or an ordinal stands for a number or an ordinal, a name for a name, a word for
    a word ("a man" is no rival to "Luc Besson": he may be one)."""
    said, token = claim.reading.words.tokens[unit.start], reading.words.tokens[i]
    if _numeric(said) or _numeric(token):
        return _numeric(said) and _numeric(token)
    return said.text[:1].isupper() == token.text[:1].isupper()


def _substitution(
    claim: Assertion,
    reading: Reading,
    lexicon: Lexicon,
    scored: Sequence[float],
    k: int,
    subject: int | None,
) -> int | None:
    """The sentence token standing where the claim has unit k, which the sentence does not say.
    The slot is fixed by a neighbouring content word both say: after it across a slot word
    ("recorded by X" / "recorded by Y"); the claim's last word right after it ("a comedy
    drama book" / "a comedy drama film"); or, for a name or a number, right before it ("IBM's
    chief scientist", "the first woman" / "the second woman"). Words that open a list
    ("includes", "such as") fix no slot: a list never excludes what it does not name."""
    units, missing = claim.units, claim.units[k]
    claim_keys = set().union(*(unit.keys for unit in units), claim.reading.words.stems)
    norms = claim.reading.words.norms
    said = claim.reading.words.tokens[missing.start]
    name = said.text[:1].isupper() or _numeric(said)
    for j, anchor in enumerate(units):
        if j == k or scored[j] < align.SYNONYM_SCORE or anchor.entity:
            continue
        if _opens_list(claim.reading, anchor, lexicon):
            continue
        where = align.locations(anchor, reading, lexicon)
        if anchor.end <= missing.start:
            gap = range(anchor.end, missing.start)
            head = (
                not gap and k == len(units) - 1 and k in _copula_predicate(claim, subject, lexicon)
            )
            slot = any(norms[i] in lexicon.slot_words for i in gap) and len(gap) <= SLOT_REACH
            if not (head or slot) or not all(_glue(claim.reading, i, lexicon) for i in gap):
                continue
            reach = len(gap) + 2 if slot else 0
            slots = {lexicon.slot_words[norms[i]] for i in gap if norms[i] in lexicon.slot_words}
            fillers = [
                i
                for _, end in where
                if (i := _filler(reading, end, 1, reach, lexicon)) is not None
                and slots
                <= {lexicon.slot_words.get(reading.words.tokens[j].norm) for j in range(end, i)}
            ]  # "launched in X" against "launched in Y", not against "launched by Y"
        elif name and k != subject and missing.end <= anchor.start:
            if not all(norms[i] == "'s" for i in range(missing.end, anchor.start)):
                continue
            fillers = [_name_before(reading, start, lexicon, _numeric(said)) for start, _ in where]
        else:
            continue
        for i in fillers:
            if i is None or reading.words.stems[i] in claim_keys:
                continue
            if any(
                f"syn:{g}" in claim_keys for g in lexicon.synonyms.get(reading.words.stems[i], ())
            ):
                continue
            if _of_a_kind(missing, reading, [i], lexicon):
                continue  # "a recording facility" for "a recording space"
            if _same_kind(claim, missing, reading, i):
                return i
    return None


def _share(units: Sequence[Unit], scored: Sequence[float], ks: Sequence[int]) -> float:
    """The weighted share of the units `ks` that a sentence says."""
    return align.coverage([units[k] for k in ks], [scored[k] for k in ks])


def _shares(
    units: Sequence[Unit], scored: Sequence[float], rest: list[int], plain: list[int]
) -> tuple[float, float]:
    """How much of the claim's predicate a sentence says: of all its units (`rest`), and of its
    own words (`plain`: the units that are no names)."""
    said = _share(units, scored, rest) if rest else 1.0
    return said, _share(units, scored, plain) if plain else said


def _with(finding: Finding, sure: float, spans: tuple[tuple[int, int], ...]) -> Finding:
    """A finding held as surely as the sentence is about the subject, with the words it says."""
    return finding._replace(
        confidence=round(finding.confidence * sure, 2), highlights=(*spans, *finding.highlights)
    )


def _swapped(
    claim: Assertion,
    reading: Reading,
    lexicon: Lexicon,
    scored: list[float],
    rest: list[int],
    subject: int | None,
    said: float,
) -> Finding | None:
    """A claim word the sentence does not say, with another word in its place (see
    `_substitution`), when the sentence says at least half of the claim."""
    if said < 0.5 or claim.negated:
        return None
    for k in rest:
        if scored[k] == 0:
            i = _substitution(claim, reading, lexicon, scored, k, subject)
            if i is not None:
                word = reading.words.surface(i, i + 1)
                reason = f"source says {word!r} where the claim says {claim.units[k].text!r}"
                return Finding(Stance.CONTRADICTS, 0.6, reason, (reading.words.span(i, i + 1),))
    return None


def _name_before(
    reading: Reading, start: int, lexicon: Lexicon, number: bool = False
) -> int | None:
    """The nearest capitalised word (or, for a `number`, number word) among the three before
    token `start`, in the same phrase: "French" in "a French animated television series"."""
    for i in range(start - 1, max(-1, start - 4), -1):
        token = reading.words.tokens[i]
        if not token.is_word and token.norm != "'s":
            return None
        if token.is_word and (_numeric(token) if number else token.text[:1].isupper()):
            return None if token.norm in lexicon.stopwords else i
    return None


def _opens_list(reading: Reading, unit: Unit, lexicon: Lexicon) -> bool:
    stems = reading.words.stems
    return any(
        phrases.match_at(stems, unit.start)
        for phrases in (lexicon.list_cues, lexicon.membership_frame)
    )


def _negated(
    reading: Reading, positions: Sequence[int], lexicon: Lexicon, said: set[int]
) -> tuple[int, int] | None:
    """The negation whose scope holds one of `positions`: the few tokens after the cue, in
    its clause ("declined to model", "never appeared on the cover"; not "no sons" for
    "daughters"). A cue ending in "to" ("failed to") denies the verb after it, which must be
    said. `said` holds the tokens that say the claim's words."""
    words = reading.words
    tokens = words.tokens
    for start, end, cue in reading.negations:
        reach = NEGATION_SCOPE if cue == "" else ABSENCE_SCOPE
        scope = range(end, min(end + reach, len(reading.words)))
        for p in positions:
            if p not in scope or reading.clauses[p] != reading.clauses[start]:
                continue
            # a word between narrows what is negated ("not a founding member" does not deny
            # "member"), save a verb that only links ("never appeared on the cover")
            narrowed = any(
                not _glue(reading, i, lexicon)
                and i not in said
                and words.stems[i] not in lexicon.linking_verbs
                for i in range(end, p)
            )
            verb = next((j for j in range(end, p + 1) if not _glue(reading, j, lexicon)), p)
            if cue and tokens[end - 1].norm == "to" and verb not in said:
                continue  # "failed to achieve success, ... selling" denies the achieving
            if cue or not narrowed:
                return start, end
    return None


def _dated(
    claim: Assertion, reading: Reading, lexicon: Lexicon, scored: Sequence[float]
) -> tuple[list[Date], list[Date], list[tuple[int, Date]]]:
    """The sentence's dates that belong to the claim's event: its life dates when the claim
    asks for a birth or death (`_life_dates`), and, with them, those right after a shared
    event word ("launched in 2021", "born June 26, 1980") or opening the sentence ("In 1986,
    ..."), when no other name stands right before that event word. Returned with the life
    dates asked for, and those not asked for."""
    events, named = [], []
    for unit, score in zip(claim.units, scored, strict=True):
        if score:
            where = align.locations(unit, reading, lexicon)
            (named if unit.entity else events).extend(where)
    bound_events = [
        (start, end) for start, end in events if _attached(reading, start, named, lexicon)
    ]
    asked = {
        lexicon.life_events[key]
        for unit in claim.units
        if not unit.entity
        for key in unit.keys
        if key in lexicon.life_events
    }
    lived = _life_dates(reading, lexicon, named)
    life = [date for event, date in lived if event in asked]
    unasked = [(event, date) for event, date in lived if event not in asked]
    if not bound_events:
        return life, life, unasked
    starts, ends = [start for start, _ in bound_events], [end for _, end in bound_events]
    first_name = min((start for start, _ in named), default=len(reading.words))
    found = []
    places = [_token_at(reading, date.span[0]) for date in reading.dates]
    for date, at in zip(reading.dates, places, strict=True):
        opening = at < first_name and at <= DATE_REACH  # "In 1986, O'Neal married ..."
        # the first date after the word is its own: "launched in 2021 and held a summit in 2023"
        after = any(
            end <= at <= end + DATE_REACH
            and reading.clauses[end - 1] == reading.clauses[at]
            and not any(end <= other < at for other in places)
            for end in ends
        )
        # "a 2017 British film": a date just before the word, in the same phrase
        before = any(
            at < start <= at + 4 and _plain_run(reading, at + 1, start) for start in starts
        )
        if (opening or after or before) and date not in life:
            found.append(date)
    return life, life + found, unasked


_DASHES = frozenset({"-", "--"})  # as normalised: en and em dashes are "-"
LIFE_BRACKET_REACH = 20  # how far into a sentence the bracket of a name's life dates may open


def _life_dates(
    reading: Reading, lexicon: Lexicon, named: list[tuple[int, int]]
) -> list[tuple[int, Date]]:
    """The birth and death dates (0 for birth, 1 for death) in the bracket after the claim's
    name near the start of the sentence: "Jane Doe (born 4 October 1941)", "John Doe (10
    February 1894 - 29 December 1986)", "Sam Roe ([pronunciation]; - 23 March 1931)"."""
    tokens = reading.words.tokens
    opened = next((i for i, t in enumerate(tokens[:LIFE_BRACKET_REACH]) if t.norm == "("), None)
    if opened is None or not any(end <= opened for _, end in named):
        return []
    closed = next((i for i in range(opened, len(tokens)) if tokens[i].norm == ")"), len(tokens))
    inside = [
        (date, at)
        for date in reading.dates
        if opened < (at := _token_at(reading, date.span[0])) < closed
    ]
    if not inside or len(inside) > 2:
        return []
    life: list[Date | None]
    if len(inside) == 2:  # first date, a dash, last date
        (first, _), (_, at) = inside
        between = range(_token_at(reading, first.span[1] - 1) + 1, at)
        if not between or any(tokens[i].norm not in _DASHES for i in between):
            return []
        life = [first, inside[1][0]]
    else:
        date, at = inside[0]
        words = {tokens[i].norm for i in range(opened + 1, at)}
        if tokens[at - 1].norm in _DASHES:
            life = [None, date]  # the birth date unknown
        elif {lexicon.life_events.get(stem(w)) for w in words} & {0}:
            life = [date, None]
        else:
            return []
    return [(event, date) for event, date in enumerate(life) if date is not None]


def _qualifies(reading: Reading, i: int, lexicon: Lexicon) -> bool:
    """Whether token i stands before a noun it qualifies: "closed" in "closed AI systems"."""
    tokens = reading.words.tokens

    def content(j: int) -> bool:
        return (
            j < len(tokens)
            and tokens[j].norm[:1].isalpha()
            and tokens[j].norm not in lexicon.stopwords
        )

    # "closed AI systems", "open-source models", a list: "a closed, proprietary vision"
    if i + 2 < len(tokens) and tokens[i + 1].norm == "-" and tokens[i + 1].start == tokens[i].end:
        return content(i + 3)  # a compound: "open-source models"
    return content(i + 1) or (
        i + 3 < len(tokens) and tokens[i + 1].norm == "," and content(i + 2) and content(i + 3)
    )


def _in_slot(
    reading: Reading, i: int, anchors: list[tuple[int, int]], bound: set[int] | None
) -> bool:
    """Whether token i stands where a claim word could: in what the sentence says its subject
    is (`bound`, for a claim "X is ..."), else within two tokens of a word both say."""
    if bound is not None:
        return i in bound
    return any(
        start - 2 <= i < end + 2 and reading.clauses[start] == reading.clauses[i]
        for start, end in anchors
    )


def _plain_run(reading: Reading, start: int, end: int) -> bool:
    """Whether tokens [start, end) are all words: no punctuation between a date and its word."""
    return all(reading.words.tokens[i].is_word for i in range(start, end))


def _slots_before(reading: Reading, start: int, floor: int, lexicon: Lexicon) -> set[str]:
    """The slots opened before token `start` (back to `floor`) by a slot word whose phrase
    runs on to it: "in the Maghreb region of North Africa", "in the films A, B, C and D"."""
    tokens, found, loose = reading.words.tokens, set(), 0
    names = {i for m in reading.entities for i in range(m.start, m.end)}
    for i in range(start - 1, floor - 1, -1):
        slot = lexicon.slot_words.get(tokens[i].norm)
        if slot:
            found.add(slot)
        elif i not in names and tokens[i].is_word and tokens[i].norm not in lexicon.stopwords:
            loose += 1
            if loose > 3:
                break
    return found


def _slot_bound(
    claim: Assertion, reading: Reading, lexicon: Lexicon, scored: Sequence[float]
) -> list[int]:
    """The claim's names that fill a slot of a word both say ("founded by X", "born in X")
    but that the sentence does not put in that slot: after the same word and slot word, or,
    for "by", as the one who acts ("X founded")."""
    units, norms = claim.units, [token.norm for token in claim.reading.words.tokens]
    unbound = []
    for k, unit in enumerate(units):
        if not unit.entity or not scored[k]:
            continue
        for j, anchor in enumerate(units):
            gap = range(anchor.end, unit.start)
            slots = {lexicon.slot_words[norms[i]] for i in gap if norms[i] in lexicon.slot_words}
            if j == k or anchor.entity or not scored[j] or not slots or len(gap) > SLOT_REACH:
                continue
            said = align.locations(unit, reading, lexicon)
            events = align.locations(anchor, reading, lexicon)
            # "launched the Coalition on March 3 at the Kestrelhavn Summit"; "Google founded"
            after = any(
                end <= start <= end + SLOT_SPAN
                and reading.clauses[end - 1] == reading.clauses[start]
                and slots <= _slots_before(reading, start, end, lexicon)
                for _, end in events
                for start, _ in said
            )
            acting = "agent" in slots and any(
                0 <= e_start - n_end <= 3 for _, n_end in said for e_start, _ in events
            )
            filled = after or acting
            if not filled:
                unbound.append(k)
            break
    return unbound


def _comparable(found: Date, wanted: Date) -> bool:
    """Whether two dates can disagree: both give the part the claim names (a year, a month)."""
    return bool((wanted.year and found.year) or (wanted.month and found.month))


def _attached(reading: Reading, event: int, named: list[tuple[int, int]], lexicon: Lexicon) -> bool:
    """Whether the event word at token `event` may be said of the claim's names: not when
    another name stands right before it ("the Widget Coalition draws parallels to the Gadget
    Alliance formed in 1991" says nothing of when the Widget Coalition was formed)."""
    if any(event < start <= event + 3 for start, _ in named):
        return True  # "Voltra founded the Coalition in 2024": the claim's name is its object
    tokens = reading.words.tokens
    relative = next(
        (
            i
            for i in range(event - 1, max(-1, event - 8), -1)
            if tokens[i].norm in lexicon.relatives
        ),
        None,
    )
    if relative is not None:
        # "the Coalition, which Voltra launched on 3 March": it is what was launched; "by
        # Meta, which was itself founded in 2004": that date is Meta's, not the claim's
        return any(end in (relative, relative - 1) for _, end in named)
    return not any(m.end == event and (m.start, m.end) not in named for m in reading.entities)


def _token_at(reading: Reading, offset: int) -> int:
    return next(i for i, token in enumerate(reading.words.tokens) if token.end > offset)


def _beyond_only(
    claim: Assertion, reading: Reading, lexicon: Lexicon, located: list[tuple[int, int]]
) -> int | None:
    """For a claim that says "only", a word the sentence joins to the claim's with "and" or a
    comma: "TV and film" is more than "only film"."""
    claim_keys = set().union(*(unit.keys for unit in claim.units))
    norms = reading.words.norms
    for start, end in located:
        for joint, other in ((start - 1, start - 2), (end, end + 1)):
            if 0 <= other < len(norms) and joint >= 0 and norms[joint] in ("and", "or", ","):
                token = reading.words.tokens[other]
                if (
                    token.is_word
                    and token.norm not in lexicon.stopwords
                    and token.norm not in lexicon.negation_words  # "daughters and no sons"
                    and reading.words.stems[other] not in claim_keys
                ):
                    return other
    return None


def assess_statement(
    claim: Assertion, reading: Reading, lexicon: Lexicon, context: Context, role: bool = False
) -> Finding | None:
    """A plain statement's verdict from one sentence. With `role`, the claim gives a role ("X
    is part of Y", "X co-founded Y") that others may share: the sentence must name the subject
    and say the claim outright, and no other word or category in the slot contradicts."""
    units = claim.units
    if not units:
        return None
    scored = align.scores(claim, reading)
    words = reading.words
    subject = _subject(claim, lexicon)
    implied = False
    if subject is not None and (scored[subject] == 0 or (role and scored[subject] < 0.8)):
        # a role is said of a name the sentence gives, not of one sharing its last word
        opener = next((t.norm for t in reading.words.tokens if t.is_word), "")
        carried = context.carries(units[subject].entity.key, opener in lexicon.pronouns)
        opens = context.given or _opens_with_reference(claim, reading, lexicon)
        if role or not (opens and carried):
            if role:
                return None
            return _role_holder(claim, reading, lexicon, scored, subject) or _other_name(
                claim, reading, lexicon, scored, list(range(len(units)))
            )
        if context.given:  # evidence given for the claim may still give its role to another
            rival = _role_holder(claim, reading, lexicon, scored, subject)
            if units[subject].entity.key not in context.named:  # named elsewhere, it may share it
                rival = rival or _agent(claim, reading, lexicon, scored, subject)
            if rival:
                return rival
        implied, scored[subject] = True, IMPLIED_SUBJECT
    sure = 0.9 if implied else 1.0
    rest = [k for k in range(len(units)) if k != subject]
    link = _copula_link(claim, subject, lexicon)
    bound = None
    if link is not None and subject is not None:
        # "X is Y": where the sentence says what X is (after X's own copula, or beside X
        # between commas), Y must be said there; and a word that only qualifies another
        # noun ("closed" in "closed AI systems") is not said of X
        at, what = link
        bound = _said_of(reading, claim, subject, implied, lexicon) if what else set()
        head = rest[-1] if rest else None
        for k in rest:
            where = align.locations(units[k], reading, lexicon)
            if bound:
                where = [(i, j) for i, j in where if i in bound]
            elif k == head and (what or len(rest) == 1):
                where = [(i, j) for i, j in where if not _qualifies(reading, j - 1, lexicon)]
            if units[k].start >= at and not where:
                scored[k] = 0.0
        bound = bound or None
    for k in _slot_bound(claim, reading, lexicon, scored):
        scored[k] = 0.0  # "founded by Google" is not said by "co-founder IBM ... Google"
    clash = None if role else _category_clash(claim, reading, lexicon, scored, subject, implied)
    if any(units[k].entity and scored[k] == 0 for k in rest):
        # "X is Y's chief": only where the sentence says what X is may another name stand in
        # the claim's slot ("Jane met Globex's CTO" says nothing of Jane's own role)
        unbound = link is not None and link[1] and not bound
        found = (
            None if role or unbound else clash or _other_name(claim, reading, lexicon, scored, rest)
        )
        opening = (
            _opening_names(claim, scored, lexicon.copulas)
            if context.given and subject is None
            else []
        )
        if (
            found
            or not opening
            or any(units[k].entity and scored[k] == 0 and k not in opening for k in rest)
        ):
            return found and found._replace(confidence=round(found.confidence * sure, 2))
        # evidence given for a claim whose subject is no name ("The series finale of X aired
        # in 2013") may leave unsaid the names of the subject's phrase, if it says its words
        for k in opening:
            scored[k] = IMPLIED_SUBJECT
        sure = 0.9
    plain = [k for k in rest if not units[k].entity]  # the predicate's own words
    said, said_words = _shares(units, scored, rest, plain)
    located = [
        loc
        for k, unit in enumerate(units)
        if scored[k]
        for loc in align.locations(unit, reading, lexicon)
    ]
    spans = tuple(words.span(*loc) for loc in located)
    predicate = [
        start for k in rest if scored[k] for start, _ in align.locations(units[k], reading, lexicon)
    ]

    if claim.dates:
        life, dated, unasked = _dated(claim, reading, lexicon, scored)
        for wanted in claim.dates:
            if any(d.agrees(wanted) for d in dated):
                continue
            other = next(
                (e for e in unasked if wanted.day and e[1].day and e[1].agrees(wanted)), None
            )
            if other is not None:  # "graduated on 4 May 1961" against "(born 4 May 1961)"
                event, date = other
                reason = f"source gives {date.text} as the date of {('birth', 'death')[event]}"
                return Finding(
                    Stance.CONTRADICTS, round(0.6 * sure, 2), reason, (*spans, date.span)
                )
            rival = next((d for d in dated if _comparable(d, wanted)), None)
            sure_date = 0.75
            if rival is None and context.given:
                # evidence given for the claim dates its event, though not beside its words
                if any(d.agrees(wanted) for d in reading.dates):
                    continue
                rival = next((d for d in reading.dates if _comparable(d, wanted)), None)
                sure_date = 0.6
            elif rival is not None and said < 0.5 and rival not in life:
                rival = None
            if rival is None:
                return None  # the source does not date the claim's event
            reason = f"source says {rival.text}; claim says {wanted.text}"
            return Finding(
                Stance.CONTRADICTS, round(sure_date * sure, 2), reason, (*spans, rival.span)
            )
        spans = (*spans, *(d.span for d in dated if any(d.agrees(w) for w in claim.dates)))
        if any(d.agrees(w) for d in life for w in claim.dates):
            # "(born 4 October 1941)" says "born in 1941" though it leaves the word out
            for k in rest:
                if units[k].keys & lexicon.life_events.keys():
                    scored[k] = 1.0
            said, said_words = _shares(units, scored, rest, plain)

    said_at = {i for start, end in located for i in range(start, end)}
    negation = _negated(reading, predicate, lexicon, said_at)
    # the word a claim's own negation bears on, the first after it ("never abdicated"), must
    # be said for its polarity to clash
    borne = [
        min((k for k in rest if units[k].start >= b), key=lambda k: units[k].start, default=None)
        for _, b, _ in claim.reading.negations
    ]
    scoped = [
        k
        for (_, b, _), k in zip(claim.reading.negations, borne, strict=True)
        if k is not None
        and units[k].start < b + NEGATION_SCOPE
        and scored[k] >= align.SYNONYM_SCORE
    ]
    polar = not claim.negated or bool(scoped)
    # evidence given for the claim needs to say less of it for its polarity to clash
    enough = GIVEN_COVERAGE if context.given else SUPPORT_COVERAGE
    if polar and said >= 0.6 and said_words >= enough and bool(negation) != claim.negated:
        if negation:
            cue = words.surface(*negation)
            reason = f"source negates it ({cue!r})"
            return Finding(
                Stance.CONTRADICTS, round(0.7 * sure, 2), reason, (*spans, words.span(*negation))
            )
        if not reading.negations:  # a negation elsewhere may still be the claim's
            cue = " ".join(claim.reading.words.surface(a, b) for a, b, _ in claim.reading.negations)
            reason = f"source states it without the claim's {cue!r}"
            return Finding(Stance.CONTRADICTS, round(0.65 * sure, 2), reason, spans)

    only = bool(lexicon.exclusive.find(claim.reading.words.stems))
    extra = _beyond_only(claim, reading, lexicon, located) if only else None
    if extra is not None and said >= 0.5:
        reason = f"source also names {words.surface(extra, extra + 1)!r}, more than the claim's 'only' allows"
        return Finding(
            Stance.CONTRADICTS,
            round(0.65 * sure, 2),
            reason,
            (*spans, words.span(extra, extra + 1)),
        )

    # an antonym counts in the claim word's slot: beside a word both say, or where the
    # sentence says what the subject is
    anchors = [
        loc
        for k, unit in enumerate(units)
        if scored[k]
        for loc in align.locations(unit, reading, lexicon)
    ]
    for k in plain:
        if scored[k]:
            continue
        opposite = {stem for key in units[k].keys for stem in lexicon.antonyms.get(key, ())}
        hits = [
            i
            for i, stem in enumerate(words.stems)
            if stem in opposite and _in_slot(reading, i, anchors, bound)
        ]
        others = [j for j in rest if j != k]
        if hits and (not others or _share(units, scored, others) >= 0.5):
            word = words.surface(hits[0], hits[0] + 1)
            reason = f"source says {word!r} where the claim says {units[k].text!r}"
            return Finding(
                Stance.CONTRADICTS,
                round(0.7 * sure, 2),
                reason,
                (*spans, words.span(hits[0], hits[0] + 1)),
            )

    if link is not None and not bound and subject is not None and not implied:
        held = _role_holder(claim, reading, lexicon, scored, subject)
        if held:  # the sentence says nothing of what X is, and gives X's role to another
            return held

    if clash:  # what the source says the subject is holds nothing of the claim's predicate
        return _with(clash, sure, spans)

    # evidence given for the claim is checked for a word in the place of one of the claim's
    # even where it says enough of the claim to support it
    swap = _swapped(claim, reading, lexicon, scored, rest, subject, said) if context.given else None
    if swap is not None:
        return _with(swap, sure, spans)
    if said >= SUPPORT_COVERAGE and said_words >= SUPPORT_COVERAGE:
        if bool(negation) != claim.negated:
            return None
        if role and subject is not None and not implied:
            # a role is said of its holder in the holder's own clause: not "Acme joined the
            # coalition, but Brightline did not" for Brightline
            held = {
                reading.clauses[a] for a, _ in align.locations(units[subject], reading, lexicon)
            }
            plain_at = [
                p
                for k in plain
                if scored[k]
                for p, _ in align.locations(units[k], reading, lexicon)
            ]
            if not any(reading.clauses[p] in held for p in plain_at):
                return None
        confidence = round((0.45 + 0.5 * said) * sure, 2)
        reason = f"source says it ({round(said * 100)}% of the claim's words or their synonyms)"
        return Finding(Stance.SUPPORTS, confidence, reason, spans)
    if role:
        return None

    swap = _swapped(claim, reading, lexicon, scored, rest, subject, said)
    if swap is not None:
        return _with(swap, sure, spans)

    lean = said >= LEAN_COVERAGE and said_words >= LEAN_COVERAGE
    named = subject is not None and scored[subject] >= 0.8 and not implied
    if lean and named and not only and bool(negation) == claim.negated:
        reason = (
            f"source says most of it ({round(said * 100)}% of the claim's words or their synonyms)"
        )
        return Finding(Stance.SUPPORTS, round(0.35 + 0.4 * said, 2), reason, spans)
    return None


_ARTICLES = frozenset({"a", "an", "the"})


def _copula_after(reading: Reading, start: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The copula ("is", "was", ...) whose subject ends at token `start`: past bracketed asides
    and one ", known as ...," aside."""
    norms = reading.words.norms
    depth, i, asides = 0, start, 0
    while i < len(norms) and i - start <= 40:
        if norms[i] in OPENING:
            depth += 1
        elif norms[i] in CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0:
            hit = lexicon.copulas.match_at(reading.words.stems, i)
            if hit:
                return i, hit[0]
            if norms[i] == ",":
                asides += 1
                if asides > 2:
                    return None
            elif (
                asides % 2 == 0
                and reading.words.tokens[i].is_word
                and norms[i] not in lexicon.stopwords
            ):
                return None  # another verb or noun: the name is not this copula's subject
        i += 1
    return None


def _copula_link(
    claim: Assertion, subject: int | None, lexicon: Lexicon
) -> tuple[int, bool] | None:
    """For a claim "X is ...", where its copula ends, and whether what follows tells what X
    is ("a party", "open") rather than an event ("launched in 2023", "born in 1961")."""
    if subject is None:
        return None
    words = claim.reading.words
    hit = lexicon.copulas.match_at(words.stems, claim.units[subject].end)
    if not hit or hit[0] >= len(words):
        return None
    nxt = words.tokens[hit[0]].norm
    return hit[0], not (nxt in lexicon.participles or nxt.endswith("ed"))


def _said_of(
    reading: Reading, claim: Assertion, subject: int, implied: bool, lexicon: Lexicon
) -> set[int]:
    """The tokens that say something of the claim's subject: what follows its copula, to the
    end of the clause ("X (born 1961) is an English actor and director"), and an aside
    between commas beside it ("Acme's chief scientist, Jane Roe, said", "X, a member of
    Y, did not comment")."""
    tokens = reading.words.tokens
    found: set[int] = set()
    places = [(0, 0)] if implied else align.locations(claim.units[subject], reading, lexicon)
    for start, end in places:
        apposed = end < len(tokens) and tokens[end].norm in (",", "-")
        copula = _copula_after(reading, end, lexicon)
        if copula is not None:
            stop = copula[1]
            while stop < len(tokens) and tokens[stop].norm not in lexicon.clause_breaks:
                if tokens[stop].norm in ("who", "that", "whose"):
                    break
                stop += 1
            found.update(range(copula[1], stop))
        if apposed:  # ", X's chief," or "— ... —"
            limit = min(len(tokens), end + 14)
            close = next(
                (i for i in range(end + 1, limit) if tokens[i].norm in (",", "-", ".", ";")), limit
            )
            found.update(range(end + 1, close))
        if start > 0 and tokens[start - 1].norm in (",", "-") and apposed:
            open_ = next(
                (
                    i
                    for i in range(start - 2, max(-1, start - 14), -1)
                    if tokens[i].norm in (",", ";")
                ),
                -1,
            )
            found.update(range(open_ + 1, start - 1))
    return found


def _in_slot_phrase(reading: Reading, i: int, lexicon: Lexicon) -> bool:
    """Whether token i stands in a phrase a slot word opens: "County" in "in Yavapai County"."""
    return any(reading.words.tokens[j].norm in lexicon.slot_words for j in range(max(0, i - 3), i))


def _copula_predicate(claim: Assertion, subject: int | None, lexicon: Lexicon) -> list[int]:
    """For a claim "X is a Y ...", the units of "Y": after the copula and an article, up to
    the first slot word ("a country in Europe" gives "country")."""
    if subject is None:
        return []
    words = claim.reading.words
    link = lexicon.copulas.match_at(words.stems, claim.units[subject].end)
    if not link or link[0] >= len(words) or words.tokens[link[0]].norm not in _ARTICLES:
        return []
    stop = next(
        (i for i in range(link[0], len(words)) if words.tokens[i].norm in lexicon.slot_words),
        len(words),
    )
    return [k for k, unit in enumerate(claim.units) if link[0] <= unit.start < stop]


def _category_clash(
    claim: Assertion,
    reading: Reading,
    lexicon: Lexicon,
    scored: list[float],
    subject: int | None,
    implied: bool,
) -> Finding | None:
    """ "X is a political party" against "X is an American television series": the same subject
    and copula, and nothing of the claim's predicate up to the end of what the source says X is
    (the words after its copula, up to a clause break or a slot word: "a city in Yavapai
    County" says X is a city, not a county)."""
    predicate = _copula_predicate(claim, subject, lexicon)
    if not predicate or claim.negated:
        return None
    words, claim_words = reading.words, claim.reading.words
    said_at = {
        i
        for k in predicate
        if scored[k]
        for start, end in align.locations(claim.units[k], reading, lexicon)
        for i in range(start, end)
    }
    subject_at = align.locations(claim.units[subject], reading, lexicon)
    for start in [0] if implied else [end for _, end in subject_at]:
        copula = _copula_after(reading, start, lexicon)
        if (
            copula is None
            or copula[1] >= len(words)
            or words.tokens[copula[1]].norm not in _ARTICLES
        ):
            continue  # "X is poised to ..." says no category
        phrase = []
        for j in range(copula[1], min(len(words), copula[1] + 12)):
            token = words.tokens[j]
            if token.norm in lexicon.clause_breaks or token.norm in lexicon.slot_words:
                break
            if token.norm in ("that", "who", "whose"):
                break
            if token.is_word and token.norm not in lexicon.stopwords:
                phrase.append(j)
        if phrase and said_at:
            rival = _rival_modifier(claim, reading, predicate, scored, phrase, lexicon)
            if rival is not None:
                return rival
        if not phrase or any(
            i <= phrase[-1] or not _in_slot_phrase(reading, i, lexicon) for i in said_at
        ):
            return (
                None  # said in the phrase, in an aside before it, or later ("made him a folk hero")
            )
        said_in_phrase = all(
            any(
                phrase[0] <= i <= phrase[-1]
                for i, _ in align.locations(claim.units[k], reading, lexicon)
            )
            for k in predicate[:-1]
        )
        if said_in_phrase and _of_a_kind(claim.units[predicate[-1]], reading, phrase, lexicon):
            return None  # "a drummer" is a "musician", "a town" a "place"; not "a poker player"
        theirs = words.surface(phrase[0], phrase[-1] + 1)
        ours = claim_words.surface(claim.units[predicate[0]].start, claim.units[predicate[-1]].end)
        reason = f"source says {theirs!r} where the claim says {ours!r}"
        return Finding(Stance.CONTRADICTS, 0.6, reason, (words.span(phrase[0], phrase[-1] + 1),))
    return None


def _of_a_kind(head: Unit, reading: Reading, phrase: list[int], lexicon: Lexicon) -> bool:
    """Whether a word (or two) of the phrase is a broader or narrower kind of the claim's
    category word (`kinds` in the lexicon)."""
    kin = set().union(*(lexicon.kinds.get(key, ()) for key in head.keys))
    stems = reading.words.stems
    return any(
        stems[j] in kin or (j + 1 < len(stems) and f"{stems[j]} {stems[j + 1]}" in kin)
        for j in phrase
    )


def _rival_modifier(
    claim: Assertion,
    reading: Reading,
    predicate: list[int],
    scored: list[float],
    phrase: list[int],
    lexicon: Lexicon,
) -> Finding | None:
    """ "X is an Indian cricketer" against "X is a Pakistani cricketer": the source says the
    claim's category word where it says what X is, with another word of the same kind (a name
    for a name, a plain word for a plain word) right before it in the claim's word's place."""
    units, tokens = claim.units, reading.words.tokens
    head = predicate[-1]
    if len(predicate) < 2 or not scored[head] or units[head].entity:
        return None
    modifier = predicate[-2]
    if scored[modifier] or units[modifier].end != units[head].start:
        return None
    claim_keys = set().union(*(unit.keys for unit in units))
    for start, _ in align.locations(units[head], reading, lexicon):
        before = start - 1
        if start not in phrase or before not in phrase:
            continue
        token, word = tokens[before], claim.reading.words.tokens[units[modifier].start].norm
        short, long = sorted((word, token.norm), key=len)
        if (
            token.norm in lexicon.stopwords
            or reading.words.stems[before] in claim_keys
            or (len(short) >= 4 and long.startswith(short))  # "porn" for "pornographic"
            or not _same_kind(claim, units[modifier], reading, before)
        ):
            continue
        ours = f"{units[modifier].text} {units[head].text}"
        theirs = reading.words.surface(before, start + 1)
        reason = f"source says {theirs!r} where the claim says {ours!r}"
        return Finding(Stance.CONTRADICTS, 0.6, reason, (reading.words.span(before, start + 1),))
    return None


def _role_holder(
    claim: Assertion, reading: Reading, lexicon: Lexicon, scored: list[float], subject: int
) -> Finding | None:
    """ "X is Voltra's chief executive" against "Anna Berg, Voltra's chief executive": a role
    that one person holds (named with "the" or a possessive, and headed by a word of
    `unique_roles`: chief, president, chair, ...) held by someone else, named beside it between
    commas or dashes. A spokesperson or a director may be one of several."""
    link = _copula_link(claim, subject, lexicon)
    if link is None or not link[1] or claim.negated:
        return None
    words = claim.reading.words
    at = link[0]
    definite = words.tokens[at].norm == "the" or (
        at + 1 < len(words)
        and words.tokens[at + 1].norm == "'s"
        and words.tokens[at].text[:1].isupper()
    )
    role = [k for k, unit in enumerate(claim.units) if unit.start >= at]
    if not definite or not role or any(scored[k] < align.SYNONYM_SCORE for k in role):
        return None
    if not any(words.norms[claim.units[k].start] in lexicon.unique_roles for k in role):
        return None
    tokens = reading.words.tokens
    for places in zip(
        *(align.locations(claim.units[k], reading, lexicon) for k in role), strict=False
    ):
        first, last = min(a for a, _ in places), max(b for _, b in places)
        inside = {i for a, b in places for i in range(a, b)}
        if any(i not in inside and tokens[i].norm != "'s" for i in range(first, last)):
            continue  # the role's words must make one phrase: "Voltra's chief executive"
        for mention in reading.entities:
            beside = (mention.end == first - 1 and tokens[first - 1].norm in (",", "-")) or (
                mention.start == last + 1 and tokens[last].norm in (",", "-")
            )
            if beside and not name_match(claim.units[subject].entity, mention):
                said = reading.words.surface(first, last)
                reason = f"source says {mention.text} is {said}"
                spans = (
                    reading.words.span(mention.start, mention.end),
                    reading.words.span(first, last),
                )
                return Finding(Stance.CONTRADICTS, 0.7, reason, spans)
    return None


def _other_name(
    claim: Assertion, reading: Reading, lexicon: Lexicon, scored: list[float], rest: list[int]
) -> Finding | None:
    """The claim names someone the sentence does not: a contradiction only when another name
    stands in the same slot and the rest of the claim is said."""
    missing = [k for k in rest if claim.units[k].entity and scored[k] == 0]
    others = [k for k in range(len(claim.units)) if k not in missing]
    if len(missing) != 1 or len(others) < 2 or claim.negated:
        return None
    if _share(claim.units, scored, others) < 0.8:
        return None
    if claim.dates and not any(d.agrees(w) for d in reading.dates for w in claim.dates):
        return None
    i = _substitution(claim, reading, lexicon, scored, missing[0], _subject(claim, lexicon))
    if i is None:
        return None
    mention = next((m for m in reading.entities if m.start <= i < m.end), None)
    name = mention.text if mention else reading.words.surface(i, i + 1)
    reason = f"source names {name} where the claim has {claim.units[missing[0]].text}"
    span = (
        reading.words.span(mention.start, mention.end) if mention else reading.words.span(i, i + 1)
    )
    return Finding(Stance.CONTRADICTS, 0.7, reason, (span,))


def _agent(
    claim: Assertion, reading: Reading, lexicon: Lexicon, scored: list[float], subject: int
) -> Finding | None:
    """ "Peter Vance produced Low Tide" against "Low Tide ... produced by Ana Ruiz and Tom
    Hale": the claim's verb said with "by" and the names of others as its doers, and the rest
    of the claim said."""
    units = claim.units
    verb = subject + 1
    if (
        claim.negated
        or verb >= len(units)
        or units[verb].entity
        or units[verb].start != units[subject].end
        or scored[verb] < align.SYNONYM_SCORE
    ):
        return None
    rest = [k for k in range(len(units)) if k != subject]
    if _share(units, scored, rest) < 0.8:
        return None
    tokens = reading.words.tokens
    for start, end in align.locations(units[verb], reading, lexicon):
        if end >= len(tokens) or lexicon.slot_words.get(tokens[end].norm) != "agent":
            continue
        shared = reading.words.norms[max(0, start - 2) : start] == ("co", "-")
        if shared or tokens[start].norm.startswith("co-"):
            return None  # "co-produced by A": with others, who may include the subject
        doers = [
            m
            for m in reading.entities
            if m.start > end and reading.clauses[m.start] == reading.clauses[end]
        ]
        first = doers[0] if doers else None
        if first is None or first.start > end + 2:
            continue
        if any(name_match(units[subject].entity, m) for m in doers):
            return None
        said = reading.words.surface(end - 1, first.end)
        reason = f"source says {said!r}, not {units[subject].text}"
        return Finding(Stance.CONTRADICTS, 0.6, reason, (reading.words.span(end - 1, first.end),))
    return None
