"""The predicate step: the sentence's word for the claim's predicate (its anchor), and the roles
both give it. "Team B won the cup, beating Team A" gives winner B and loser A, so "Team A won"
meets another filler of a role one holds (|); "Kim, who has never conceded" denies "Kim
conceded" (^); "Globex agreed to buy Acme" fills the buyer's role with Globex, so "Acme bought
Globex" is not supported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Relation, Step
from .anchors import Anchor, light
from .coref import filler, named
from .fillers import UNSAID, as_verb, by_role, possessor_of, sentence_fillers, timeless, verbal
from .frames import unasserted
from .lexicon import FrameWord
from .names import same_name
from .occasions import other_occasion
from .phrases import Phrase
from .relations import word_relation
from .steps import Context, Found, claim_step

if TYPE_CHECKING:
    from .claim import ClaimFrame
    from .reading import Reading

R = Relation


def frame_step(
    claim: ClaimFrame,
    sentence: Reading,
    context: Context,
    anchor: Anchor | None,
    covered: frozenset[int],
) -> Found | None:
    """The step for the claim's predicate and the roles it gives; None when the predicate
    only links (a figure or date says what the claim says)."""
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
    if (
        claim.copula
        and claim.object is not None
        and relation is R.ALTERNATION
        and not _rivalled(compared)
    ):
        covers.update(
            range(claim.object.start, claim.object.end)
        )  # "a TV series" is no political party
    described, aligned = [], []

    for role, claim_phrase, theirs, role_relation in compared:
        if role_relation in (*_FILLED, R.ALTERNATION):
            covers.update(_core(claim.reading, claim_phrase))
        if role_relation in _FILLED and theirs and relation is not R.INDEPENDENT:
            aligned.append(
                _role_step(claim, role, claim_phrase, sentence, anchor, theirs, role_relation)
            )
        description = not claim_phrase.names or not named(claim.reading, claim_phrase)
        if role_relation in (R.EQUIVALENT, R.FORWARD) and theirs and theirs.names and description:
            span = range(claim_phrase.start, claim_phrase.end)
            described += [(span, name) for name in theirs.names]

    step = claim_step(claim, start, end, (sentence, anchor.start, anchor.end), relation, why)
    sure = 0.9 if anchor.relation is R.EQUIVALENT else 0.8
    return Found(step, sure, frozenset(covers), tuple(described), roles=tuple(aligned))


def _role_step(
    claim: ClaimFrame,
    role: str,
    phrase: Phrase,
    sentence: Reading,
    anchor: Anchor,
    theirs: Phrase,
    relation: Relation,
) -> Step:
    """A filler of one of the predicate's roles, aligned with the sentence's: the name in a
    list that is the claim's ("Norrvik Grid" of "Halden Cells and Norrvik Grid")."""
    core = _core(claim.reading, phrase)
    start, end = theirs.start, theirs.end
    mine = claim.reading.name_at.get(core.start)
    same = next((name for name in theirs.names if mine and same_name(mine, name)), None)
    if same is not None:
        start, end = same.start, same.end
    said = sentence.words.surface(anchor.start, anchor.end)
    why = f"the {role.replace('_', ' ')} of '{said}'"
    return claim_step(claim, core.start, core.stop, (sentence, start, end), relation, why)


# a sentence's filler that is the claim's, or says more (⊑) or less (⊒) of it: a step of its own
_FILLED = (R.EQUIVALENT, R.FORWARD, R.REVERSE)


def _rivalled(compared: list[tuple[str, Phrase, Phrase | None, Relation | None]]) -> bool:
    return any(relation is R.ALTERNATION for _, _, _, relation in compared)


def _core(reading: Reading, phrase: Phrase) -> range:
    """The tokens of a role's filler that its comparison accounts for: its names, or the head
    of a description (whose other words are still to be found)."""
    if phrase.names and named(reading, phrase):
        return range(phrase.names[0].start, phrase.names[-1].end)
    return range(phrase.head, phrase.head + 1)


def _roles(
    claim: ClaimFrame, sentence: Reading, context: Context, anchor: Anchor
) -> list[tuple[str, Phrase, Phrase | None, Relation | None]]:
    """Each role the claim fills: (role, the claim's filler, the sentence's, their relation)."""
    lexicon = claim.reading.lexicon
    mine = lexicon.frame_words.match_at(claim.reading.lemmas, claim.predicate[0])
    frame = mine[1] if mine and anchor.frame else None
    claim_roles = _claim_roles(claim, frame)
    sentence_roles = sentence_fillers(sentence, anchor, claim)
    unique = lexicon.unique_roles.get(anchor.frame.frame, frozenset()) if anchor.frame else ()
    out = []
    for role, phrase in claim_roles.items():
        theirs = sentence_roles.get(role)
        unknown = theirs is None or theirs is UNSAID
        relation = None if unknown else filler(claim, phrase, sentence, theirs, context)
        if unknown and role in unique:
            theirs, relation = _in_another_role(
                claim, phrase, sentence, sentence_roles, role, unique
            )
        out.append((role, phrase, theirs, relation))
    return out


def _in_another_role(
    claim: ClaimFrame,
    phrase: Phrase,
    sentence: Reading,
    roles: dict[str, Phrase],
    role: str,
    unique: frozenset[str],
) -> tuple[Phrase | None, Relation | None]:
    """A claim's filler of a role with one holder, found in another such role of the sentence:
    "the Rovers won" against "the Rovers lost" (the winner is the loser): a rival, |."""
    for other, theirs in roles.items():
        if other == role or other not in unique or theirs is UNSAID or not phrase.names:
            continue
        if all(any(same_name(a, b) for b in theirs.names) for a in phrase.names):
            return theirs, R.ALTERNATION
    return None, None


def _claim_roles(claim: ClaimFrame, frame: FrameWord | None) -> dict[str, Phrase]:
    """The claim's fillers by role. A copula claim says its subject holds the role its
    complement names ("X is Meta's chief AI scientist", "X is a member of G"): the subject is
    the holder, the complement's possessor or "of" phrase the organisation."""
    if claim.copula:
        obj = claim.object
        of = dict(claim.preps).get("of")
        unique = frame is None and _unique_role(claim)  # "chief executive of the new group"
        slots = {
            **dict(claim.preps),  # "was born in Paris"
            "holder": claim.subject,
            "possessor": (possessor_of(claim.reading, obj.start) if obj else None)
            or (of if unique else None),
            "of": of,
        }

    elif claim.passive:  # "The Widget Coalition was launched by Acme"
        slots = {**dict(claim.preps), "object": claim.subject}
        slots["subject"] = slots.pop("by", None)
    else:
        slots = {"subject": claim.subject, "object": claim.object, **dict(claim.preps)}
    return by_role(timeless(claim.reading, slots), frame)


def _compose(
    claim: ClaimFrame,
    sentence: Reading,
    anchor: Anchor,
    compared: list[tuple[str, Phrase, Phrase | None, Relation | None]],
) -> tuple[Relation, str]:
    """The predicate step's relation: the anchor's relation to the claim's predicate, turned
    by the roles (another filler of a role with one holder: |; of another role: #). Polarity
    is a step of its own (see `align.polarity_steps`)."""
    lexicon = claim.reading.lexicon
    words = sentence.words
    said = words.surface(anchor.start, anchor.end)
    unique = (
        lexicon.unique_roles.get(anchor.frame.frame, frozenset()) if anchor.frame else frozenset()
    )
    if claim.copula and _unique_role(claim):
        unique = unique | frozenset({"holder", "organisation"})
    # the role of what the claim is about (its subject): a sentence that gives the predicate
    # must say it of that (a role the verb leaves empty, as "has not joined" leaves its
    # object, may be said elsewhere); a noun may leave its doer unsaid ("the formation of")
    slots = {role for role, phrase, _, _ in compared if phrase is claim.subject}
    if anchor.frame is None and not claim.copula and _event_noun(sentence, anchor):
        slots = set()
    planned = unasserted(sentence, anchor.start)
    if planned and "had" in sentence.words.norms[max(0, anchor.start - 6) : anchor.start]:
        return R.INDEPENDENT, f"source says '{said}' only as what had been meant"  # it may not be
    if planned and unasserted(claim.reading, claim.predicate[0]) is None:
        mood = "only as planned, promised or to come"  # what happened was also meant
        if planned in lexicon.conditionals:
            mood = f"only as a condition ('{planned}')"
        return R.INDEPENDENT, f"source says '{said}' {mood}; the claim says it happened"
    if unique and other_occasion(claim, sentence, anchor.start, anchor.end, figure=False):
        return R.INDEPENDENT, f"source says '{said}' of another occasion than the claim's"
    ended = _ended(sentence, anchor)
    if ended and not _past(claim.reading, claim.predicate[0]):
        return R.INDEPENDENT, f"source says '{said}' {ended}: it may no longer hold"
    other = _other_role(sentence, anchor.start)
    if other and other != _other_role(claim.reading, claim.predicate[0]):
        return R.INDEPENDENT, f"source says '{other} {said}', another role"
    former = _no_longer(sentence, anchor)
    if former and not _past(claim.reading, claim.predicate[0]):
        # only of the claim's holder, in every role the claim gives: a former holder is no
        # rival of the present one, and "quit as chief of Tovrell" is no word on Quillon
        if not all(relation in _FILLED for _, _, _, relation in compared):
            return R.INDEPENDENT, f"source says '{former} {said}', not of all the claim says"
        return R.NEGATION, f"source says '{former} {said}': it no longer holds"

    reported = sentence.lemmas[anchor.start] in lexicon.reporting_verbs
    rivals = []
    for role, phrase, theirs, role_relation in compared:
        mine = claim.reading.words.surface(phrase.start, phrase.end)
        # what a report is of must be in what it says ("the deal was announced" is not "X
        # said it would vote", though the sentence before speaks of the deal)
        unsaid = phrase.names or (reported and not _reported(claim, phrase, sentence, anchor))
        if role_relation is None and unsaid and role in slots and theirs is not UNSAID:
            return R.INDEPENDENT, f"source says {said} without saying it of {mine}"
        if role_relation is None or role_relation in _FILLED:
            continue
        if role_relation is R.ALTERNATION and role in unique and theirs is not None:
            rivals.append((role, phrase, theirs))
            continue
        shown = words.surface(theirs.start, theirs.end) if theirs else "someone else"
        return R.INDEPENDENT, f"source says {said} of {shown}, not of {mine}"
    relation = _narrowed(claim, sentence, anchor)
    if not rivals:
        return relation, _wording(relation, said)
    if relation not in (R.EQUIVALENT, R.FORWARD) or not _one_rival(rivals):
        return R.INDEPENDENT, f"source says '{said}' of someone else"
    if _changed(claim.reading) and not _changed(sentence):
        return R.INDEPENDENT, f"source says '{said}' of someone else, not who became it"

    role, phrase, theirs = rivals[0]
    mine = claim.reading.words.surface(phrase.start, phrase.end)
    shown = words.surface(theirs.start, theirs.end)
    role = role.replace("_", " ")
    if phrase.names and all(any(same_name(a, b) for b in theirs.names) for a in phrase.names):
        return R.ALTERNATION, f"source says '{said}' of {shown}, as another role than {role}"
    return R.ALTERNATION, f"source names {shown} as {role} where the claim has {mine}"


def _event_noun(sentence: Reading, anchor: Anchor) -> bool:
    """Whether the anchor is a noun for an event, the head of its phrase ("the formation of
    working groups", "the recall"), not a verb nor a word before a noun ("a closed vision")."""
    if verbal(sentence, anchor) or sentence.words.norms[anchor.start].endswith("ed"):
        return False  # "a closed, proprietary vision": an adjective
    after = anchor.end

    return (
        after >= len(sentence) or not sentence.content(after) or sentence.words.norms[after] == "of"
    )


def _narrowed(claim: ClaimFrame, sentence: Reading, anchor: Anchor) -> Relation:
    """The anchor's relation, narrowed by its own modifiers that the claim does not give: "a
    founding member" is narrower than "a member" (so "not a founding member" does not deny
    "a member")."""
    if anchor.relation is not R.EQUIVALENT or verbal(sentence, anchor):
        return anchor.relation
    lexicon = sentence.lexicon
    claim_words = set(claim.reading.lemmas)
    k = anchor.start - 1
    while k >= 0 and sentence.content(k) and k not in sentence.name_at:
        said = any(
            word_relation(sentence.lemmas[k], w, lexicon) is not R.INDEPENDENT for w in claim_words
        )
        if not said and not sentence.words.norms[k].endswith("'s"):
            return R.FORWARD  # a modifier the claim has nothing for ("founding")
        k -= 1
    return anchor.relation


def _one_rival(rivals: list[tuple[str, Phrase, Phrase]]) -> bool:
    """Whether the rivals are one change of the claim: one role with another filler, or its
    fillers swapped, all or in part ("B beat A" against "A beat B" or "A are the winners");
    two roles each with a stranger ("John Doe, Globex's CTO" against "Jane Roe is Initech's
    CTO") are about someone else."""
    if len(rivals) == 1:
        return True
    fillers = {tuple(sorted(name.key for name in phrase.names)) for _, phrase, _ in rivals}
    theirs = {tuple(sorted(name.key for name in phrase.names)) for _, _, phrase in rivals}
    return theirs <= fillers


def _unique_role(claim: ClaimFrame) -> bool:
    """Whether the claim's complement is a role one person holds ("the chief executive")."""
    obj = claim.object
    lexicon = claim.reading.lexicon
    return obj is not None and any(
        lexicon.roles.match_at(claim.reading.lemmas, k) for k in range(obj.start, obj.end)
    )


def _wording(relation: Relation, said: str) -> str:
    if relation is R.ALTERNATION:
        return f"source says '{said}', which excludes the claim"
    if relation is R.INDEPENDENT:
        return f"source says '{said}', which decides nothing here"
    return f"source says '{said}'"


def _changed(reading: Reading) -> bool:
    """Whether a text says a change of state ("became mayor"), whose holder before the
    change may be another."""
    return any(norm in reading.lexicon.inchoatives for norm in reading.words.norms)


def _no_longer(sentence: Reading, anchor: Anchor) -> str | None:
    """The word before a role noun that says the role no longer holds ("former" in "Former
    Dunmarrow coach X", "Dunmarrow's former coach"), or None."""
    lexicon, k = sentence.lexicon, anchor.start - 1
    if lexicon.roles.match_at(sentence.lemmas, anchor.start) is None:
        return None  # "a former American football player": "former" is said of the player
    left = _left_as(sentence, anchor.start)
    if left is not None:
        return left
    while k >= 0 and anchor.start - k <= 4 and not verbal(sentence, anchor):
        hit = lexicon.past_markers.match_at(sentence.lemmas, k)
        if hit and hit[0] <= anchor.start:
            return sentence.words.surface(k, hit[0])
        if not (sentence.content(k) or k in sentence.name_at or sentence.words.norms[k] == "'s"):
            return None
        k -= 1
    return None


def _past(claim: Reading, predicate: int) -> bool:
    """Whether a claim says what was ("X coached Y", "X was the coach", "X is the former
    coach"), not what is."""
    norms, lexicon = claim.words.norms, claim.lexicon
    said = norms[predicate]
    before = set(norms[max(0, predicate - 3) : predicate])
    former = any(lexicon.past_markers.match_at(claim.lemmas, i) for i in range(len(claim)))
    was = bool(before & {"was", "were", "had"})
    return former or was or said.endswith("ed") or said in lexicon.verb_forms


def _ended(sentence: Reading, anchor: Anchor) -> str:
    """The words that end a role or state the anchor says, among the few after it before a
    comma ("until 2018", "to 2018" after "from 2010"), or ""."""
    norms = sentence.words.norms
    dates = dict(sentence.token_range(date.span) for date in sentence.dates)  # start -> end
    for k in range(anchor.end, min(anchor.end + 8, len(sentence) - 1)):
        if norms[k] in (",", ";", "."):
            break
        if norms[k] in ("until", "till", "to") and k + 1 in dates:
            return sentence.words.surface(k, dates[k + 1])
    return ""


def _other_role(reading: Reading, start: int) -> str:
    """The word before a role noun at `start` that makes it another role ("deputy", "vice-"),
    or ""."""
    norms, k = reading.words.norms, start - 1
    if k > 0 and norms[k] == "-":
        k -= 1
    return norms[k] if k >= 0 and norms[k] in reading.lexicon.other_role else ""


def _left_as(sentence: Reading, start: int) -> str | None:
    """A verb of the lexicon's `leaving_verbs` before "as" and the role noun at `start`
    ("stepped down as chief executive"): its words and the "as", or None."""
    k = start - 1
    while k >= 0 and sentence.words.norms[k] in sentence.lexicon.determiners:
        k -= 1
    found = as_verb(sentence, k) if k > 0 and sentence.words.norms[k] == "as" else None
    if found is None:
        return None
    verb = " ".join(sentence.lemmas[found[0] : found[1]])
    if verb not in sentence.lexicon.leaving_verbs:
        return None
    if sentence.negation_of(found[0]) is not None or unasserted(sentence, found[0]):
        return None  # "did not resign as", "plans to step down as"
    return sentence.words.surface(found[0], k + 1)


def _reported(claim: ClaimFrame, phrase: Phrase, sentence: Reading, anchor: Anchor) -> bool:
    """Whether what a reporting verb says holds the claim's word for what is reported (its
    head, or a word the lexicon relates to it): "said it was calling back" for "the recall
    was announced"."""
    lexicon = claim.reading.lexicon
    related = lexicon.related(claim.reading.lemmas[phrase.head])
    return any(
        lexicon.words_at(sentence.lemmas, k, related) for k in range(anchor.end, len(sentence))
    )
