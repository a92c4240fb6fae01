"""Steps for a claim's names and words outside its predicate's roles, found anywhere in the
sentence: the same name or word, a synonym, a narrower or broader kind, a rival in the same
slot; a modifier the source does not give only narrows the claim (⊒); nowhere, an unaligned
step (#)."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Relation, Step
from . import anchors
from .claim import ClaimFrame, Piece
from .name_pieces import name_step, opening_name, too_short
from .names import Mention, same_name
from .negation import Negation
from .phrases import Phrase, in_name_brackets, next_content, nominal, phrase_after, verb_like
from .reading import Reading
from .relations import word_relation
from .steps import SURE, Context, Found, claim_step, unaligned

R = Relation


def _free(
    claim: ClaimFrame,
    piece: Piece,
    sentence: Reading,
    context: Context,
    granted: Negation | None = None,
) -> Found:
    """A name or word of the claim found anywhere in the sentence (a name also in the headline
    or the sentences before, a word also in the sentence just before or after): the same name,
    the same word, a synonym, a narrower or broader kind. Nowhere: an unaligned step (#)."""
    covers = frozenset(range(piece.start, piece.end))
    found = name_step(claim, piece, sentence, context) if piece.kind == "name" else None
    if (found is None and (piece.kind == "word" or opening_name(claim, piece))) or too_short(
        claim, piece
    ):
        acts = _relative_act(claim, piece) or _occasion_word(claim, piece)  # said here
        acts = acts or _picks_role(claim, piece)
        found = _word(claim, piece, sentence, 1.0, "", granted=granted) or next(
            (
                hit
                for near in (() if acts else context.nearby)
                if (hit := _word(claim, piece, near, 0.8, " nearby", rivals=False))
            ),
            None,
        )
    if found is None:
        text = claim.reading.words.surface(piece.start, piece.end)
        what = f"name {text}" if piece.kind == "name" else f"say '{text}'"
        return unaligned(claim, piece.start, piece.end, f"source does not {what}", covers)
    step, sure = found
    return Found(step, sure, covers)


def _picks_role(claim: ClaimFrame, piece: Piece) -> bool:
    """Whether a word of the claim narrows what it says its subject is ("the reigning
    champion"): which role, said in the sentence that says who holds it, not beside it."""
    return piece.role == "complement" and _modifier(claim, piece)


def _relative_act(claim: ClaimFrame, piece: Piece) -> bool:
    """Whether a word of the claim is the verb of a relative clause ("the engineer who
    inspected Orlen Court"): what it says of whom the clause is about is said in the
    sentence that speaks of them, not in the one before or after."""
    reading, k = claim.reading, piece.start
    relative = k > 0 and reading.words.norms[k - 1] in reading.lexicon.relatives
    return relative and verb_like(reading, k)


def _occasion_word(claim: ClaimFrame, piece: Piece) -> bool:
    """Whether a word of the claim is part of what puts it on another occasion ("last year"
    in "won the prize last year"): the sentence that says the rest must say it too."""
    reading = claim.reading
    for k in range(max(0, piece.start - 3), piece.start + 1):
        hit = reading.lexicon.other_occasion.match_at(reading.lemmas, k)
        if hit and piece.start < hit[0]:
            return _of_an_event(reading, hit[0]) or _a_time(reading, k, hit[0])
    return False


def _profiled(
    claim: ClaimFrame, piece: Piece, context: Context, described: tuple[tuple[range, Mention], ...]
) -> Found | None:
    """A word of a claim's description ("open" in "an open AI group") said of the name that
    fills it in any sentence of the source that names it ("the AI Alliance ... rooted in open
    innovation")."""
    for span, name in described:
        if piece.start not in span:
            continue
        for other in context.profile():
            if any(same_name(name, mention) for mention in other.names):
                where = f" where the source speaks of {name.text}"
                hit = _word(claim, piece, other, 0.8, where, rivals=False)
                if hit:
                    return Found(hit[0], hit[1], frozenset(range(piece.start, piece.end)))
    return None


def _modifier(claim: ClaimFrame, piece: Piece) -> bool:
    """Whether a word of the claim only narrows another: a word before the noun it modifies
    ("football" in "a football player"), an adverb ("professionally"), a restricting "only"."""
    reading, k = claim.reading, piece.end - 1
    norm = reading.words.norms[k]
    if piece.kind != "word" or (claim.predicate and claim.predicate[0] <= k < claim.predicate[1]):
        return False
    lexicon = reading.lexicon
    if norm in lexicon.restrictive | lexicon.universal | lexicon.adverbs or norm.endswith("ly"):
        return True
    if in_name_brackets(reading, piece.start):
        return True
    after = k + 1
    return (
        after < len(reading)
        and reading.content(after)
        and nominal(reading, after)
        and not (verb_like(reading, after))
    )


def _a_time(reading: Reading, start: int, end: int) -> bool:
    """Whether a marker of another occasion at tokens [start, end) is itself a time ("won the
    stage last year", "a year earlier"), not the story's own ("last week") nor a possessive
    ("last year's gala", which `_of_an_event` reads)."""
    norms = reading.words.norms
    if end - start < 2 or norms[end : end + 1] == ("'s",):
        return False
    return reading.lemmas[end - 1] not in reading.lexicon.recent_times


def _of_an_event(reading: Reading, k: int) -> bool:
    """Whether the noun a marker ending at token k goes with (past a possessive: "last year's
    gala") is a kind of event."""
    norms = reading.words.norms
    if k < len(norms) and norms[k] == "'s":
        k += 1
    while k < len(norms) and reading.content(k) and nominal(reading, k):
        if "event" in reading.lexicon.broader.get(reading.lemmas[k], ()):
            return True
        k += 1
    return False


def inserted(claim: ClaimFrame, piece: Piece) -> Found:
    """A modifier the claim adds to what the source says: the claim is narrower (⊒), which
    keeps a contradiction and stops a support."""
    text = claim.reading.words.surface(piece.start, piece.end)
    why = f"the claim adds '{text}', which the source does not say"
    step = claim_step(claim, piece.start, piece.end, None, R.REVERSE, why)
    return Found(step, 0.0, frozenset(range(piece.start, piece.end)))


def _restricted(claim: ClaimFrame, piece: Piece, sentence: Reading) -> Found | None:
    """A claim's "only" against a sentence that lists the word it restricts with another:
    "TV and film" for "only in film" (|). The claim's last content word is the one
    restricted."""
    reading = claim.reading
    if piece.kind != "word" or reading.words.norms[piece.start] not in reading.lexicon.restrictive:
        return None
    focus = next(
        (k for k in range(len(reading) - 1, piece.end - 1, -1) if reading.content(k)), None
    )
    if focus is None:
        return None
    for k in range(len(sentence)):
        if sentence.lemmas[k] != reading.lemmas[focus] or sentence.negation_of(k) is not None:
            continue
        phrase = next((p for p in sentence_phrases(sentence, k) if len(p.items) > 1), None)
        own = phrase and min((i for i in phrase.items if i >= k), default=None)
        other = phrase and next((i for i in phrase.items if i != own), None)
        if other is not None:
            said = sentence.words.surface(other, other + 1)
            why = f"source names {said} alongside {sentence.words.surface(k, k + 1)}"
            step = claim_step(
                claim, piece.start, piece.end, (sentence, other, other + 1), R.ALTERNATION, why
            )
            return Found(step, 0.8, frozenset(range(piece.start, piece.end)))
    return None


def sentence_phrases(sentence: Reading, k: int) -> Iterable[Phrase]:
    """The noun phrases of a sentence that hold token k, the widest first."""
    for start in range(max(0, k - 6), k + 1):
        phrase = phrase_after(sentence, start)
        if phrase is not None and phrase.start <= k < phrase.end:
            yield phrase


def _said_here(found: Found, sentence: Reading) -> bool:
    """Whether a step found its word in the sentence itself, not in one beside it."""
    span = found.step.source_span
    start, end = sentence.words.span(0, len(sentence))
    return span is not None and start <= span[0] and span[1] <= end


def _denied(claim: ClaimFrame, piece: Piece, sentence: Reading) -> Found | None:
    """A word of a claim whose predicate only links ("has a budget"), found where the source
    denies it ("has no budget", "no sons"): the same word, with the source's negation (which
    a claim's own negation takes back: "had no cover" for "had no insurance")."""
    hit = _word(claim, piece, sentence, 1.0, "", denied=True, rivals=False)
    if hit is None:
        return None
    return Found(hit[0], hit[1], frozenset(range(piece.start, piece.end)), denied=True)


def _negated_noun(sentence: Reading, negation: Negation, k: int) -> bool:
    """Whether a negation denies the thing the word at token k names: one that denies a
    noun by itself ("no budget for the festival"), or the head of the noun phrase right after
    it ("not a member"); not a noun deeper in a denied act ("did not attend the premiere"),
    nor one "not all" speaks of."""
    norms, lexicon = sentence.words.norms, sentence.lexicon
    if norms[negation.cue[0]] in lexicon.negation_determiners:
        return True
    before = norms[max(0, negation.cue[0] - 1) : negation.cue[1]]
    verbal = (lexicon.auxiliaries - lexicon.be) | lexicon.modals
    if any(word in verbal for word in before):
        return False  # "did not attend ...": a verb is what it denies
    if negation.cue[1] < len(norms) and norms[negation.cue[1]] in lexicon.universal:
        return False  # "Not all prices are easing": some are, so none is denied
    phrase = phrase_after(sentence, negation.cue[1])
    return phrase is not None and k == phrase.head


def _word(
    claim: ClaimFrame,
    piece: Piece,
    sentence: Reading,
    sure: float,
    where: str,
    denied: bool = False,
    rivals: bool = True,
    granted: Negation | None = None,
) -> tuple[Step, float] | None:
    """A word of the claim (or a phrase the lexicon knows) said in `sentence`: the same word,
    a synonym, a narrower or broader one, or an antonym in the same slot ("the worst series"
    for "the best series"). Outside any negation ("no decision on an appeal" says no
    decision), unless `denied` asks for the words a negation denies ("no sons"), or it is the
    negation `granted` to the proof."""
    reading, lexicon = claim.reading, claim.reading.lexicon
    key = " ".join(reading.lemmas[piece.start : piece.end])
    related = lexicon.related(key)
    best: tuple[Relation, int, int] | None = None
    for k in range(len(sentence)):
        options = lexicon.words_at(sentence.lemmas, k, related)
        if not options or not sentence.words.tokens[k].is_word:
            continue
        negation = sentence.negation_of(k)
        plain = negation is None or (negation is granted and not denied)
        if plain == denied:
            continue
        if denied and not _negated_noun(sentence, negation, k):
            continue  # "did not attend the premiere" denies the attending, not the premiere
        for end, other in options:  # "chief", and "chief executive" as one
            relation = word_relation(other, key, lexicon)
            if relation is R.ALTERNATION and not (
                rivals
                and _same_slot(reading, piece, sentence, k, end)
                and (claim.copula or key in lexicon.antonyms.get(other, ()))
            ):
                continue  # a rival kind only for what a copula says a thing is

            if _rank(relation) and (best is None or _rank(relation) > _rank(best[0])):
                best = (relation, k, end)
    if best is None:
        return None
    relation, k, end = best
    why = {
        R.EQUIVALENT: "same word",
        R.FORWARD: "narrower",
        R.REVERSE: "broader",
        R.ALTERNATION: "instead",
    }[relation]
    said = sentence.words.surface(k, end)
    step = claim_step(
        claim, piece.start, piece.end, (sentence, k, end), relation, f"{why}{where}: {said}"
    )
    exact = sentence.lemmas[k] == key
    return step, SURE[relation] * sure * (1.0 if exact else 0.95)


def _same_slot(claim: Reading, piece: Piece, sentence: Reading, k: int, end: int) -> bool:
    """Whether a sentence's word stands where the claim's does: before the same word or one
    of its kind ("best series" / "worst series", "a real place" / "a fictional setting")."""
    mine, theirs = next_content(claim, piece.end), next_content(sentence, end)
    if mine is None or theirs is None:
        return False
    return word_relation(theirs, mine, claim.lexicon) in (R.EQUIVALENT, R.FORWARD, R.REVERSE)


def _rank(relation: Relation) -> int:
    return {R.EQUIVALENT: 4, R.FORWARD: 3, R.REVERSE: 2, R.ALTERNATION: 1}.get(relation, 0)


def piece_step(
    claim: ClaimFrame,
    piece: Piece,
    sentence: Reading,
    context: Context,
    granted: Negation | None,
    described: tuple[tuple[range, Mention], ...],
) -> Found:
    """The step for a name or word of the claim: a rival of what its "only" restricts, else
    found in the sentence or around it, else said of the name that fills its description,
    else denied by the source, else a modifier the claim adds (⊒), else unaligned (#)."""
    step = _restricted(claim, piece, sentence) or _free(claim, piece, sentence, context, granted)
    if step.step.source is None and piece.kind == "word":
        step = _profiled(claim, piece, context, described) or step
    denied = claim.reading.negation_of(piece.start) is not None  # "had no insurance"
    if piece.kind == "word" and anchors.light(claim) and (denied or not _said_here(step, sentence)):
        step = _denied(claim, piece, sentence) or step  # "no cover", not "an insurance pool"
    if step.step.source is None and _modifier(claim, piece):
        occasion = _another_occasion(claim, piece)
        said = _said_of_its_noun(claim, piece, context)
        step = occasion or said or _which_of_two(claim, piece) or inserted(claim, piece)
    return step


def _said_of_its_noun(claim: ClaimFrame, piece: Piece, context: Context) -> Found | None:
    """A modifier the claim adds ("the faulty cookers", "the warehouse fire") that another
    sentence of the source says with the same noun ("recalled the faulty cookers", "a fire
    ... tore through the warehouse"): the source speaks of that one wherever it names the
    noun. Not in what the claim says its subject is ("was the defending champion"), which
    picks a role."""
    reading = claim.reading
    noun = next_content(reading, piece.end)
    if noun is None or piece.end - piece.start != 1 or _picks_role(claim, piece):
        return None  # "was the defending champion": which role, said of whom the sentence says
    if verb_like(reading, piece.start):
        return None  # "the engineer who inspected Orlen Court": an act, said where it is told
    for other in context.profile():
        said = noun in other.lemmas  # "a fire ... tore through the warehouse"
        hit = said and _word(claim, piece, other, 0.8, " where the source names it", rivals=False)
        if hit:
            return Found(hit[0], hit[1], frozenset(range(piece.start, piece.end)))
    return None


def _which_of_two(claim: ClaimFrame, piece: Piece) -> Found | None:
    """A modifier the claim adds that tells one thing from another of its kind ("the new
    stadium"): a source that does not say it may speak of the other one, so it decides
    nothing (#), not even a contradiction ("the ground that opened in 1911" is the old one)."""
    reading = claim.reading
    if reading.words.norms[piece.start] not in reading.lexicon.telling_apart:
        return None
    text = reading.words.surface(piece.start, piece.end)
    why = f"the claim says '{text}', which the source does not say: it may speak of another"
    step = claim_step(claim, piece.start, piece.end, None, R.INDEPENDENT, why)
    return Found(step, 0.0, frozenset(range(piece.start, piece.end)))


def _another_occasion(claim: ClaimFrame, piece: Piece) -> Found | None:
    """A word that puts the claim on another occasion ("the previous tour", "last year's
    gala"), which the source does not say: what the source says is of its own occasion, and
    decides nothing about the other (#), neither a figure nor a date nor a holder. Only of an
    event or as a time ("won the stage last year"): "former minister", "its last factory" say
    which person or thing, not when."""
    reading = claim.reading
    hit = reading.lexicon.other_occasion.match_at(reading.lemmas, piece.start)
    if not hit or not (_of_an_event(reading, hit[0]) or _a_time(reading, piece.start, hit[0])):
        return None
    text = reading.words.surface(piece.start, piece.end)
    why = f"the claim speaks of another occasion ('{text}'), which the source does not"
    step = claim_step(claim, piece.start, piece.end, None, R.INDEPENDENT, why)
    return Found(step, 0.0, frozenset(range(piece.start, piece.end)))
