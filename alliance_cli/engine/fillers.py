"""Who fills which role of an anchor in a sentence: a verb's subject, object and prepositional
phrases (a passive's "by" agent), a noun's holder ("X, the company's chief executive"), its
possessor ("Meta's", "its", "whose"), its "of" phrase; fillers the frame says name another group
("50 organizations including AMD") left to the context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Relation
from ..text import stem
from .frames import Args, arguments, clause_after
from .holders import described_possessor, holder_of, possessor_of
from .lexicon import FrameWord
from .moods import unasserted
from .phrases import PARTICLES, Phrase, phrase_after, verb_like

if TYPE_CHECKING:
    from .anchors import Anchor
    from .claim import ClaimFrame
    from .reading import Reading

R = Relation


def timeless(reading: Reading, slots: dict[str, Phrase | None]) -> dict[str, Phrase | None]:
    """Slots without the phrases that open with a date ("in 1991"): a date is a step of its
    own, never a role's filler."""
    return {
        slot: phrase
        for slot, phrase in slots.items()
        if phrase is None or phrase is UNSAID or phrase.start not in reading.date_at
    }


def by_role(slots: dict[str, Phrase | None], frame: FrameWord | None) -> dict[str, Phrase]:
    """Fillers by role: the frame word's roles, or the generic ones, where an "of" phrase is
    an organisation only when it names one ("chief executive of Tovrell", not "president of
    global affairs"), after a possessor ("Meta's president")."""
    if frame is None:
        of = slots.pop("of", None)
        slots = {**slots, "of": of if of is not None and of.names else None}
    out: dict[str, Phrase] = {}
    for slot, phrase in slots.items():
        role = frame.role(slot) if frame else _generic(slot)
        if phrase is not None and role and role not in out:
            out[role] = phrase
    return out


def _generic(slot: str) -> str | None:
    return {
        "subject": "agent", "object": "patient", "holder": "holder",
        "possessor": "organisation", "of": "organisation",
    }.get(slot)  # fmt: skip


def sentence_fillers(sentence: Reading, anchor: Anchor, claim: ClaimFrame) -> dict[str, Phrase]:
    """The sentence's fillers by role: a noun or adjective (a role, "chief executive",
    "members", "closed") has a holder and an organisation; a noun for what a claim's verb says
    ("the formation of working groups", "a crusade for open science") has the doer as its
    holder or possessor and what is done to after "of" or "for"; a verb has a subject, an
    object and prepositional phrases, a passive's subject being what was done to and its "by"
    phrase the doer."""
    if (claim.copula and anchor.frame is None) or not verbal(sentence, anchor):
        roles = _noun_roles(sentence, anchor, claim)  # "is closed" against "X is closed"
        return _elided_roles(anchor, roles, "holder")

    args = arguments(sentence, anchor.start, anchor.end)
    slots: dict[str, Phrase | None] = dict(args.preps)
    slots.update(_prep_ending(sentence, anchor))
    if args.passive:
        slots["object"] = args.subject
        slots["subject"] = args.prep("by")
        slots.pop("by", None)
    else:
        placed = args.object is not None and _position(sentence, args.object)
        slots["subject"], slots["object"] = args.subject, None if placed else args.object
        if args.object is None and claim.passive and not clause_after(sentence, anchor.end):
            slots["object"] = args.subject  # "the coalition launched in 2023": it was launched
    if _acted_on(sentence, anchor, claim, args):
        acted_on = args.subject if args.passive else args.object  # "opened the bridge"
        if acted_on is not None:
            slots["subject"], slots["object"] = acted_on, None
    if anchor.elided is not None:
        slots["subject"] = anchor.elided[0]
    return _not_counted(sentence, anchor, by_role(timeless(sentence, slots), anchor.frame))


def _acted_on(sentence: Reading, anchor: Anchor, claim: ClaimFrame, args: Args) -> bool:
    """Whether an ergative claim ("the bridge opened") is compared by what the sentence's
    verb acts on: only where the sentence says that verb happened ("the minister opened the
    bridge"; "the bridge opened a new era" opened something else), not where it is denied, or
    only tried or refused where the claim says it happened ("did not open it", "tried to
    sink it")."""
    lexicon = sentence.lexicon
    if not claim.ergative or sentence.lemmas[anchor.start] not in lexicon.ergative_verbs:
        return False
    asserted = unasserted(claim.reading, claim.predicate[0]) is None
    if sentence.negation_of(anchor.start) or (asserted and unasserted(sentence, anchor.start)):
        return False
    if args.passive:
        return True  # "the bridge was opened on Saturday by the minister"
    after = sentence.words.norms[anchor.end : anchor.end + 1]  # "sank off Kell Point"
    return not (after and (after[0] in PARTICLES or after[0] in lexicon.prepositions))


def _position(sentence: Reading, phrase: Phrase) -> bool:
    """Whether an object only says a place in an order ("finished ninth"): what was
    finished is unsaid."""
    return not phrase.names and "ordinal" in sentence.lexicon.broader.get(
        sentence.lemmas[phrase.head], ()
    )


def _elided_roles(anchor: Anchor, roles: dict[str, Phrase], slot: str) -> dict[str, Phrase]:
    """A noun's roles with its holder replaced by the subject of a clause that leaves it out."""
    if anchor.elided is None:
        return roles
    role = anchor.frame.role(slot) if anchor.frame else _generic(slot)
    return {**roles, role: anchor.elided[0]} if role else roles


def _noun_roles(sentence: Reading, anchor: Anchor, claim: ClaimFrame) -> dict[str, Phrase]:
    holder, possessor = holder_of(sentence, anchor), possessor_of(sentence, anchor.start)
    of = _of_after(sentence, anchor.end)
    if claim.copula or anchor.frame is not None:
        if of is None:  # "the regulator's chief executive", not "the council's head of IT"
            possessor = possessor or described_possessor(sentence, anchor.start)
        compound = _name_before(sentence, anchor)  # "Quillon chief executive Felix Ondry"
        if compound is not None and holder is not None and holder.start <= compound.start:
            compound = None  # the holder itself
        slots = {"holder": holder, "possessor": possessor or compound, "of": of}
        if _doer_noun(sentence, anchor):  # "Dunmarrow coach Brenna Voss": Voss coaches it
            slots = {"subject": holder, "object": possessor or of or _name_before(sentence, anchor)}
        slots.update(_prep_ending(sentence, anchor))
        at = anchor.end
        if at + 1 < len(sentence) and sentence.words.norms[at] in sentence.lexicon.prepositions:
            slots.setdefault(sentence.words.norms[at], phrase_after(sentence, at + 1))
        return _not_counted(sentence, anchor, by_role(slots, anchor.frame))
    after = anchor.end + 1 < len(sentence) and sentence.words.norms[anchor.end] == "for"
    patient = of or (phrase_after(sentence, anchor.end + 1) if after else None)
    roles = {"agent": possessor or holder, "patient": patient}
    return {role: phrase for role, phrase in roles.items() if phrase is not None}


def _doer_noun(sentence: Reading, anchor: Anchor) -> bool:
    """Whether the anchor is a role noun ("coach", "captain") of a frame that names its doer
    as a verb's subject: its holder is that subject, whom it serves the object."""
    roles = anchor.frame.roles if anchor.frame else ()
    slots = {slot for slot, _ in roles}
    noun = sentence.lexicon.roles.match_at(sentence.lemmas, anchor.start)
    return "holder" not in slots and "subject" in slots and noun is not None


def _name_before(sentence: Reading, anchor: Anchor) -> Phrase | None:
    """The name just before a noun, which it is said of ("Dunmarrow coach")."""
    mention = sentence.name_at.get(anchor.start - 1)
    if mention is None or mention.end != anchor.start:
        return None
    return Phrase(mention.start, mention.end, mention.end - 1, (mention,))


def _prep_ending(sentence: Reading, anchor: Anchor) -> dict[str, Phrase | None]:
    """The phrase after an anchor that ends in a preposition: "consisting of X", "lost to X",
    "missing from X"."""
    last = sentence.words.norms[anchor.end - 1]
    if anchor.end - anchor.start > 1 and last in sentence.lexicon.prepositions:
        return {last: phrase_after(sentence, anchor.end)}
    return {}


# A role a sentence leaves to its context ("50 organizations including AMD" names members, not
# the group they are members of): no filler to compare, and none missing either.
UNSAID = Phrase(-1, -1, -1, ())


def _not_counted(sentence: Reading, anchor: Anchor, roles: dict[str, Phrase]) -> dict[str, Phrase]:
    """A filler that the frame says names something else when it is counted as a given group
    gives way to its owner: in "its members include AMD" the group is "its"; in "50
    organizations including AMD" (no owner) the group is left to the context."""
    lexicon = sentence.lexicon
    rules = lexicon.frame_counted_as.get(anchor.frame.frame, {}) if anchor.frame else {}
    for role, group in rules.items():
        phrase = roles.get(role)
        hit = phrase and lexicon.counted_by_noun.match_at((sentence.lemmas[phrase.head],), 0)
        if hit and hit[1].name == group and not phrase.names:
            roles[role] = _owner(sentence, phrase) or UNSAID
    return roles


def _owner(sentence: Reading, phrase: Phrase) -> Phrase | None:
    """Whose a phrase is: "its members" (its), "the alliance's members", "members of X"."""
    first = sentence.words.norms[phrase.start]
    if first in sentence.lexicon.possessives and first != "'s":
        return Phrase(phrase.start, phrase.start + 1, phrase.start, ())
    return possessor_of(sentence, phrase.head) or _of_after(sentence, phrase.end)


def verbal(sentence: Reading, anchor: Anchor) -> bool:
    """Whether the anchor is a verb: a word the frame lexicon lists only as a verb (or only as
    a noun), an inflected form ("won", "coached"), a word after "to", an auxiliary or a name
    ("IBM leads"), not after a determiner or preposition ("the launch", "of members")."""
    norms, lexicon = sentence.words.norms, sentence.lexicon
    norm = norms[anchor.start]
    before = norms[anchor.start - 1] if anchor.start else ""
    if before in lexicon.relatives and verb_like(sentence, anchor.start):
        return True  # "a company that makes cookers": "that" opens a clause, not a noun
    if before in lexicon.determiners and before not in lexicon.possessives:
        return False  # "take the lead": a noun, whatever the frame lists it as
    if _doer_noun(sentence, anchor) and anchor.end in sentence.name_at and norm == stem(norm):
        return False  # "Dunmarrow coach Brenna Voss": a title before the name
    if _doer_noun(sentence, anchor) and _determined(sentence, anchor.start):
        return False  # "the club's coach, Anselm Drury", "its new captain": a noun
    if anchor.frame is not None:
        slots = {slot for slot, _ in anchor.frame.roles}
        if slots and ("holder" in slots) != bool(slots & {"subject", "object"}):
            return "holder" not in slots
    if verb_like(sentence, anchor.start) or before == "to":
        return True  # "won", "aims to educate"
    if before in lexicon.determiners or before in lexicon.prepositions or before == "'s":
        return False
    k = anchor.start - 1
    while k > 0 and norms[k] in lexicon.negation_words and not norms[k].endswith("n't"):
        k -= 1  # "does not make", "has never joined"
    helper = norms[k] if k >= 0 else ""
    if helper in lexicon.auxiliaries or helper in lexicon.be or helper.endswith("n't"):
        return helper not in lexicon.be or norm.endswith(("ed", "en"))
    return anchor.start - 1 in sentence.name_at and norm.endswith("s")


def _determined(sentence: Reading, start: int) -> bool:
    """Whether the noun at token `start` opens with a determiner, a possessive or "as", past
    its modifiers ("the club's new coach", "as coach")."""
    k, norms = start - 1, sentence.words.norms
    while k >= 0 and (norms[k] == "-" or (sentence.content(k) and not verb_like(sentence, k))):
        if k in sentence.name_at:
            break
        k -= 1  # past "new", and "co-" in "the co-chair"
    if k < 0:
        return False
    return norms[k] in ("'s", "'", "as") or norms[k] in sentence.lexicon.determiners


def _of_after(reading: Reading, end: int) -> Phrase | None:
    """The "of" phrase after a noun ("a member of the alliance"), or after a phrase that ends
    in "of" ("part of this")."""
    norms = reading.words.norms
    if norms[end - 1] == "of":
        return phrase_after(reading, end)
    if end + 1 < len(reading) and norms[end] == "of":
        return phrase_after(reading, end + 1)
    return None
