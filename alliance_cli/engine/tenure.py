"""How long a role or state holds, as a sentence tells it: a change of state ("became
mayor"), a role no longer held ("former coach", "stepped down as"), a role held until a date
("until 2018"), another role of the same name ("deputy chief executive"), whether a claim
speaks of what was or of what is, and all that keeps a sentence's anchor from holding as
the claim's does (`how_it_holds`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Relation
from .fillers import verbal
from .holders import as_verb, possessor_of
from .moods import unasserted
from .occasions import other_occasion
from .phrases import Phrase, phrase_after

if TYPE_CHECKING:
    from .anchors import Anchor
    from .claim import ClaimFrame
    from .reading import Reading

R = Relation
# a filler that is the claim's, or says more (⊑) or less (⊒) of it
FILLED = (R.EQUIVALENT, R.FORWARD, R.REVERSE)


def changed(reading: Reading) -> bool:
    """Whether a text says a change of state ("became mayor"), whose holder before the
    change may be another."""
    return any(norm in reading.lexicon.inchoatives for norm in reading.words.norms)


def no_longer(sentence: Reading, anchor: Anchor) -> str | None:
    """The word before a role noun, or a noun of a named organisation ("the Verrand's former
    director"), that says the role no longer holds ("former" in "Former Dunmarrow coach X",
    "Dunmarrow's former coach"), or None."""
    lexicon, k = sentence.lexicon, anchor.start - 1
    held = possessor_of(sentence, anchor.start) or _of_names(sentence, anchor.end)
    titled = anchor.end in sentence.name_at  # "Former agriculture minister Mira Tollen"
    if lexicon.roles.match_at(sentence.lemmas, anchor.start) is None and not (held or titled):
        return None  # "a former American football player": "former" is said of the player
    left = _left_as(sentence, anchor.start)
    if left is not None:
        return left
    while k >= 0 and anchor.start - k <= 4 and not verbal(sentence, anchor):
        hit = lexicon.past_markers.match_at(sentence.lemmas, k)
        if hit and hit[0] <= anchor.start:
            return sentence.words.surface(k, hit[0])
        norm = sentence.words.norms[k]
        marked = norm == "-" and k > 0 and lexicon.past_markers.match_at(sentence.lemmas, k - 1)
        if not (sentence.content(k) or k in sentence.name_at or norm == "'s" or marked):
            return None  # "the museum's former director", "then-police chief X"
        k -= 1
    return None


def _of_names(sentence: Reading, end: int) -> Phrase | None:
    """The named phrase after a noun's "of" ("director of the Verrand Museum"), or None."""
    if end + 1 >= len(sentence) or sentence.words.norms[end] != "of":
        return None
    phrase = phrase_after(sentence, end + 1)
    return phrase if phrase is not None and phrase.names else None


def past(claim: Reading, predicate: int) -> bool:
    """Whether a claim says what was ("X coached Y", "X was the coach", "X is the former
    coach"), not what is."""
    norms, lexicon = claim.words.norms, claim.lexicon
    said = norms[predicate]
    before = set(norms[max(0, predicate - 3) : predicate])
    former = any(lexicon.past_markers.match_at(claim.lemmas, i) for i in range(len(claim)))
    was = bool(before & {"was", "were", "had"})
    return former or was or said.endswith("ed") or said in lexicon.verb_forms


def ended(sentence: Reading, anchor: Anchor) -> str:
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


def other_role(reading: Reading, start: int) -> str:
    """The word before a role noun at `start` that makes it another role ("deputy", "vice-"),
    or ""."""
    norms, k = reading.words.norms, start - 1
    if k > 0 and norms[k] == "-":
        k -= 1
    return norms[k] if k >= 0 and norms[k] in reading.lexicon.other_role else ""


def role_modifier(reading: Reading, start: int) -> str:
    """The word (not a name) that narrows a role noun at `start`, as "managing" or "music"
    do "director", or ""."""
    k = start - 1
    if k < 0 or not reading.content(k) or k in reading.name_at:
        return ""
    return reading.lemmas[k]


def _left_as(sentence: Reading, start: int) -> str | None:
    """A verb of the lexicon's `leaving_verbs` before "as" and the role noun at `start`
    ("stepped down as chief executive", "as the company's chief executive"): its words and
    the "as", or None."""
    k = _before_owner(sentence, start - 1)
    found = as_verb(sentence, k) if k > 0 and sentence.words.norms[k] == "as" else None
    if found is None:
        return None
    verb = " ".join(sentence.lemmas[found[0] : found[1]])
    if verb not in sentence.lexicon.leaving_verbs:
        return None
    if sentence.negation_of(found[0]) is not None or unasserted(sentence, found[0]):
        return None  # "did not resign as", "plans to step down as"
    return sentence.words.surface(found[0], k + 1)


def _before_owner(sentence: Reading, k: int) -> int:
    """The token before the determiners and owner that end at token k ("the company's",
    "Brennock Valley Water's", "its")."""
    norms, lexicon = sentence.words.norms, sentence.lexicon
    while k >= 0:
        if norms[k] in lexicon.determiners or norms[k] in lexicon.possessives:
            k -= 1
        elif norms[k + 1] in ("'s", "'"):  # the owner itself, a name by its first word
            k = (sentence.name_at[k].start if k in sentence.name_at else k) - 1
        else:
            return k
    return k


def how_it_holds(
    claim: ClaimFrame,
    sentence: Reading,
    anchor: Anchor,
    compared: list[tuple[str, Phrase, Phrase | None, Relation | None]],
    unique: bool,
) -> tuple[Relation, str] | None:
    """What keeps the sentence from saying the anchor holds as the claim does: only as meant,
    planned, proposed or to come, of another occasion, no longer, of a time, of another role
    or kind; None when nothing does."""
    lexicon = claim.reading.lexicon
    said = sentence.words.surface(anchor.start, anchor.end)
    planned = unasserted(sentence, anchor.start)
    before = set(sentence.words.norms[max(0, anchor.start - 6) : anchor.start])
    if planned and before & lexicon.plan_past:  # "had planned to buy": it may not be
        return R.INDEPENDENT, f"source says '{said}' only as what had been meant"
    if planned and unasserted(claim.reading, claim.predicate[0]) is None:
        mood = "only as planned, promised or to come"  # what happened was also meant
        if planned in lexicon.conditionals:
            mood = f"only as a condition ('{planned}')"
        return R.INDEPENDENT, f"source says '{said}' {mood}; the claim says it happened"
    if planned in lexicon.tentative_verbs:  # "proposals to close" is no "will close"
        return R.INDEPENDENT, f"source says '{said}' only as proposed or sought ('{planned}')"
    # "who became its chief executive last year" still is; "hopes to become it" is not yet
    began = before & lexicon.inchoatives & lexicon.verb_forms
    if unique and not began and other_occasion(claim, sentence, anchor.start, anchor.end, False):
        return R.INDEPENDENT, f"source says '{said}' of another occasion than the claim's"
    until = ended(sentence, anchor)
    if until and not past(claim.reading, claim.predicate[0]):
        return R.INDEPENDENT, f"source says '{said}' {until}: it may no longer hold"
    other = other_role(sentence, anchor.start)
    if other and other != other_role(claim.reading, claim.predicate[0]):
        return R.INDEPENDENT, f"source says '{other} {said}', another role"
    if _another_kind(claim, sentence, anchor):
        return R.INDEPENDENT, f"source says '{said}' of another kind than the claim's"
    former = no_longer(sentence, anchor)
    if unique and not former and _held_before(claim) and _holds_now(sentence, anchor):
        return R.INDEPENDENT, f"source says who is '{said}' now; the claim, who was before"
    if former and former.lower() in lexicon.at_the_time:
        return R.INDEPENDENT, f"source says '{former} {said}', of a time, not of now"
    if former and past(claim.reading, claim.predicate[0]) and _timed(claim):
        return R.INDEPENDENT, f"source says '{former} {said}', not when the claim says"
    if former and not past(claim.reading, claim.predicate[0]):
        # only of the claim's holder, in every role the claim gives: a former holder is no
        # rival of the present one, and "quit as chief of Tovrell" is no word on Quillon
        if not all(relation in FILLED for _, _, _, relation in compared):
            return R.INDEPENDENT, f"source says '{former} {said}', not of all the claim says"
        return R.NEGATION, f"source says '{former} {said}': it no longer holds"
    return None


def _timed(claim: ClaimFrame) -> bool:
    """Whether a claim ties what it says to a time ("was chief executive when the main
    burst"), which one who held it once need not have held then."""
    norms = claim.reading.words.norms[claim.predicate[1] :]
    return any(norm in claim.reading.lexicon.time_openers for norm in norms)


def _holds_now(sentence: Reading, anchor: Anchor) -> bool:
    """Whether the source says who holds a role now, or has just come to it ("becomes
    leader", "was elected leader"), not who held it ("who led the party for nine years")."""
    lexicon, start = sentence.lexicon, anchor.start
    named = any(sentence.lemmas[k] in lexicon.naming_verbs for k in range(max(0, start - 3), start))
    return named or not past(sentence, start)


def _held_before(claim: ClaimFrame) -> bool:
    """Whether the claim says its role was held before, by a word of the past just before
    the role's word ("the party's outgoing leader", "the former coach")."""
    reading, start = claim.reading, claim.predicate[0]
    return any(
        (hit := reading.lexicon.past_markers.match_at(reading.lemmas, k)) and hit[0] == start
        for k in range(max(0, start - 2), start)
    )


def _another_kind(claim: ClaimFrame, sentence: Reading, anchor: Anchor) -> bool:
    """Whether the claim says someone holds a role the lexicon knows by two words ("X is the
    managing director") and the source narrows its head by another word: a music director
    is no managing director."""
    start = claim.predicate[0] - 1
    known = start >= 0 and claim.reading.lexicon.roles.match_at(claim.reading.lemmas, start)
    if not (claim.copula and known and known[0] > claim.predicate[0]):
        return False
    theirs = role_modifier(sentence, anchor.start)
    return bool(theirs) and theirs != role_modifier(claim.reading, claim.predicate[0])
