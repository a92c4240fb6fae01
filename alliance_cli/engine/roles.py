"""The predicate step: the sentence's word for the claim's predicate (its anchor), and the roles
both give it. "Team B won the cup, beating Team A" gives winner B and loser A, so "Team A won"
meets another filler of a role one holds (|); "Kim, who has never conceded" denies "Kim
conceded" (^); "Globex agreed to buy Acme" fills the buyer's role with Globex, so "Acme bought
Globex" is not supported."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Relation
from .frames import Phrase, arguments, phrase_after, phrase_before
from .lexicon import FrameWord
from .names import same_name
from .relations import negated, word_relation

if TYPE_CHECKING:
    from .align import Context, Found
    from .claim import ClaimFrame
    from .reading import Reading

R = Relation
_LINKS = frozenset({"be", "have", "becom", "remain"})


@dataclass(frozen=True)
class Anchor:
    """The sentence's tokens [start, end) for the claim's predicate, their relation to it, and
    their frame, if the lexicon knows one."""

    start: int
    end: int
    relation: Relation
    frame: FrameWord | None


def predicate_key(claim: ClaimFrame) -> str:
    start, end = claim.predicate
    return " ".join(claim.reading.lemmas[start:end])


def light(claim: ClaimFrame) -> bool:
    """Whether the claim's predicate only links or places an event ("has", "took place", "was
    held"): the figure, date or complement carries what it says."""
    if claim.predicate is None:
        return True
    key = predicate_key(claim)
    lexicon = claim.reading.lexicon
    if key in _LINKS:
        return True
    event = claim.subject is None or not claim.subject.names
    return event and tuple(key.split()) in lexicon.light_verbs


def anchors(claim: ClaimFrame, sentence: Reading) -> list[Anchor]:
    """Every place in the sentence that says the claim's predicate, a rival of it, or a word
    of its frame."""
    if claim.predicate is None or light(claim):
        return []
    lexicon, key = claim.reading.lexicon, predicate_key(claim)
    mine = lexicon.frame_words.match_at(claim.reading.lemmas, claim.predicate[0])
    own = mine[1] if mine and not claim.copula else None
    out = []
    for k in range(len(sentence)):
        theirs = lexicon.frame_words.match_at(sentence.lemmas, k)
        if own and theirs and theirs[1].frame == own.frame:
            out.append(Anchor(k, theirs[0], R.EQUIVALENT, theirs[1]))
            continue
        phrase = lexicon.synonym_phrases.match_at(sentence.lemmas, k)
        end = phrase[0] if phrase else k + 1
        word = phrase[1] if phrase else sentence.lemmas[k]
        relation = word_relation(word, key, lexicon)
        if relation is not R.INDEPENDENT and sentence.words.tokens[k].is_word:
            frame = (
                theirs[1] if theirs and theirs[1].frame == (own.frame if own else None) else None
            )
            out.append(Anchor(k, end, relation, frame))
    return out


def frame_step(
    claim: ClaimFrame,
    sentence: Reading,
    context: Context,
    anchor: Anchor | None,
    covered: frozenset[int],
) -> Found | None:
    """The step for the claim's predicate and the roles it gives; None when the predicate
    only links (a figure or date says what the claim says)."""
    from .align import Found, claim_step

    start, end = claim.predicate
    if anchor is None:
        if light(claim) or covered.intersection(range(start, end)):
            return None
        text = claim.reading.words.surface(start, end)
        step = claim_step(claim, start, end, None, R.INDEPENDENT, f"source does not say '{text}'")
        return Found(step, 0.0, frozenset(range(start, end)))
    compared = _roles(claim, sentence, context, anchor)
    relation, why = _compose(claim, sentence, anchor, compared)
    covers = set(range(start, end))
    for _, claim_phrase, _, role_relation in compared:
        if role_relation in (R.EQUIVALENT, R.ALTERNATION):
            covers.update(_core(claim_phrase))
    step = claim_step(claim, start, end, (sentence, anchor.start, anchor.end), relation, why)
    sure = 0.9 if anchor.relation is R.EQUIVALENT else 0.8
    return Found(step, sure, frozenset(covers))


def _core(phrase: Phrase) -> range:
    """The tokens of a role's filler that its comparison accounts for: its names, or its head."""
    if phrase.names:
        return range(phrase.names[0].start, phrase.names[-1].end)
    return range(phrase.head, phrase.head + 1)


def _roles(
    claim: ClaimFrame, sentence: Reading, context: Context, anchor: Anchor
) -> list[tuple[str, Phrase, Phrase | None, Relation | None]]:
    """Each role the claim fills: (role, the claim's filler, the sentence's, their relation)."""
    lexicon = claim.reading.lexicon
    mine = lexicon.frame_words.match_at(claim.reading.lemmas, claim.predicate[0])
    claim_roles = _claim_roles(claim, mine[1] if mine and anchor.frame else None)
    sentence_roles = _sentence_roles(sentence, anchor, claim.copula)
    out = []
    for role, phrase in claim_roles.items():
        theirs = sentence_roles.get(role)
        relation = None if theirs is None else _filler(claim, phrase, sentence, theirs, context)
        out.append((role, phrase, theirs, relation))
    return out


def _claim_roles(claim: ClaimFrame, frame: FrameWord | None) -> dict[str, Phrase]:
    if claim.copula:
        return {"holder": claim.subject} if claim.subject else {}
    slots = {"subject": claim.subject, "object": claim.object, **dict(claim.preps)}
    out = {}
    for slot, phrase in slots.items():
        role = frame.role(slot) if frame else _generic(slot)
        if phrase is not None and role:
            out[role] = phrase
    return out


def _generic(slot: str) -> str | None:
    return {"subject": "agent", "object": "patient"}.get(slot)


def _sentence_roles(sentence: Reading, anchor: Anchor, copula: bool) -> dict[str, Phrase]:
    if copula:
        holder = _holder(sentence, anchor)
        return {"holder": holder} if holder else {}
    args = arguments(sentence, anchor.start, anchor.end)
    frame = anchor.frame
    slots: dict[str, Phrase | None] = dict(args.preps)
    if args.passive:
        slots["object"] = args.subject
        slots["subject"] = args.prep("by")
        slots.pop("by", None)
    else:
        slots["subject"], slots["object"] = args.subject, args.object
    out = {}
    for slot, phrase in slots.items():
        role = frame.role(slot) if frame else _generic(slot)
        if phrase is not None and role and role not in out:
            out[role] = phrase
    return out


def _holder(sentence: Reading, anchor: Anchor) -> Phrase | None:
    """Whom a sentence says is what the anchor names: "X is a Y" (the copula's subject),
    "Coach Y X" or "the company's chief executive, X" (the name beside it), "X, a Y,"."""
    norms = sentence.words.norms
    after = anchor.end
    while after < len(sentence) and norms[after] in ("of", "'s") and after + 1 < len(sentence):
        phrase = phrase_after(sentence, after + 1)
        after = phrase.end if phrase else after + 1
    if after < len(sentence) and after in sentence.name_at:
        return phrase_after(sentence, after)  # "Dunmarrow coach Brenna Voss"
    if after + 1 < len(sentence) and norms[after] == "," and after + 1 in sentence.name_at:
        return phrase_after(sentence, after + 1)  # "Tovrell's chief, Marit Olsby"
    start = anchor.start
    while start > 0 and norms[start - 1] in sentence.lexicon.determiners | {"'s"}:
        start -= 1
        if start > 0 and start - 1 in sentence.name_at and norms[start] == "'s":
            start = sentence.name_at[start - 1].start
    if start > 1 and norms[start - 1] == ",":
        return phrase_before(sentence, start - 2)  # "Marit Olsby, the company's CEO"
    k = start - 1
    while k >= 0 and norms[k] in sentence.lexicon.negation_words:
        k -= 1
    if k >= 0 and sentence.lemmas[k] in ("be", "becom", "remain"):
        return arguments(sentence, k, k + 1).subject  # "X is a Y"
    return None


def _filler(
    claim: ClaimFrame, phrase: Phrase, sentence: Reading, theirs: Phrase, context: Context
) -> Relation:
    """How the sentence's filler of a role stands to the claim's: the same name (≡), another
    name (|, read as a rival only where the role has one filler), the same or a related word."""
    if phrase.names and theirs.names:
        if any(same_name(a, b) for a in phrase.names for b in theirs.names):
            return R.EQUIVALENT
        return R.ALTERNATION
    if phrase.names:
        head = sentence.words.norms[theirs.head]
        if head in sentence.lexicon.pronouns and any(
            same_name(name, other) for name in phrase.names for other, _ in context.names
        ):
            return R.EQUIVALENT
        return R.INDEPENDENT
    if theirs.names:
        return R.INDEPENDENT
    return word_relation(
        sentence.lemmas[theirs.head], claim.reading.lemmas[phrase.head], claim.reading.lexicon
    )


def _compose(
    claim: ClaimFrame,
    sentence: Reading,
    anchor: Anchor,
    compared: list[tuple[str, Phrase, Phrase | None, Relation | None]],
) -> tuple[Relation, str]:
    """The predicate step's relation: the anchor's relation to the claim's predicate, turned
    by the roles (another filler of a role with one holder: |; of another role: #) and by
    polarity (one side denied: ^)."""
    lexicon = claim.reading.lexicon
    words = sentence.words
    said = words.surface(anchor.start, anchor.end)
    unique = (
        lexicon.unique_roles.get(anchor.frame.frame, frozenset()) if anchor.frame else frozenset()
    )
    if claim.copula:
        unique = unique | frozenset({"holder"}) if _unique_role(claim) else unique
    relation = anchor.relation
    rival = None
    for role, phrase, theirs, role_relation in compared:
        if role_relation is None and phrase.names:
            named = claim.reading.words.surface(phrase.start, phrase.end)
            return R.INDEPENDENT, f"source says {said} without saying it of {named}"
        if role_relation is None or role_relation in (R.EQUIVALENT, R.FORWARD):
            continue
        if role_relation is R.ALTERNATION and role in unique and theirs is not None:
            rival = (role, phrase, theirs)
            continue
        shown = words.surface(theirs.start, theirs.end) if theirs else "someone else"
        return (
            R.INDEPENDENT,
            f"source says {said} of {shown}, not of {claim.reading.words.surface(phrase.start, phrase.end)}",
        )
    if rival is not None:
        relation = R.ALTERNATION if relation in (R.EQUIVALENT, R.FORWARD) else R.INDEPENDENT
    source_denied = sentence.negation_of(anchor.start) is not None
    source_denied ^= bool(anchor.frame and anchor.frame.negative)
    mine = lexicon.frame_words.match_at(claim.reading.lemmas, claim.predicate[0])
    claim_denied = claim.negated ^ bool(mine and mine[1].negative and not claim.copula)
    if source_denied != claim_denied:
        relation = negated(relation)
    if rival is not None and relation is R.ALTERNATION:
        role, phrase, theirs = rival
        return relation, (
            f"source names {words.surface(theirs.start, theirs.end)} as {role.replace('_', ' ')} "
            f"where the claim has {claim.reading.words.surface(phrase.start, phrase.end)}"
        )
    return relation, _wording(relation, said, source_denied)


def _unique_role(claim: ClaimFrame) -> bool:
    """Whether the claim's complement is a role one person holds ("the chief executive")."""
    obj = claim.object
    lexicon = claim.reading.lexicon
    return obj is not None and any(
        lexicon.roles.match_at(claim.reading.lemmas, k) for k in range(obj.start, obj.end)
    )


def _wording(relation: Relation, said: str, denied: bool) -> str:
    if relation is R.NEGATION:
        return (
            f"source denies it: '{said}'"
            if denied
            else f"source says '{said}', the claim denies it"
        )
    if relation is R.ALTERNATION:
        return f"source says '{said}', which excludes the claim"
    if relation is R.INDEPENDENT:
        return f"source says '{said}', which decides nothing here"
    return f"source says '{said}'"
