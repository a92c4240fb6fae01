"""The predicate step: the sentence's word for the claim's predicate (its anchor), and the roles
both give it. "Team B won the cup, beating Team A" gives winner B and loser A, so "Team A won"
meets another filler of a role one holds (|); "Kim, who has never conceded" denies "Kim
conceded" (^); "Globex agreed to buy Acme" fills the buyer's role with Globex, so "Acme bought
Globex" is not supported."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..model import Relation, Step
from ..text import stem
from .frames import (
    Phrase,
    arguments,
    examples_after,
    nominal,
    phrase_after,
    phrase_before,
    verb_like,
)
from .lexicon import FrameWord, Lexicon
from .names import Mention, near_name, same_name
from .relations import word_relation

if TYPE_CHECKING:
    from .align import Context, Found
    from .claim import ClaimFrame
    from .reading import Reading

R = Relation
_LINKS = frozenset(stem(word) for word in ("be", "have", "become", "remain"))


@dataclass(frozen=True)
class Anchor:
    """The sentence's tokens [start, end) for the claim's predicate, their relation to it, and
    their frame, if the lexicon knows one."""

    start: int
    end: int
    relation: Relation
    frame: FrameWord | None
    # a clause that leaves the anchor's verb out: its subject, and whether it is denied
    # ("Acme joined, but Brightline did not": Brightline, denied)
    elided: tuple[Phrase, bool] | None = None


def predicate_key(claim: ClaimFrame) -> str:
    start, end = claim.predicate
    return " ".join(claim.reading.lemmas[start:end])


def light(claim: ClaimFrame) -> bool:
    """Whether the claim's predicate only links or places an event ("has", "took place", "was
    held"): the figure, date or complement carries what it says."""
    if claim.predicate is None:
        return True
    if claim.copula:
        return False  # "is closed": the complement is what the claim says
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
    own = mine[1] if mine else None
    out = []
    for k in range(len(sentence)):
        theirs = lexicon.frame_words.match_at(sentence.lemmas, k)
        if theirs and _modifier(sentence, k):
            theirs = None  # "leading universities": an adjective, not the verb "lead"

        if own and theirs and theirs[1].frame == own.frame:
            out.append(Anchor(k, theirs[0], R.EQUIVALENT, theirs[1]))
            continue
        mapped = _entailed(theirs[1], own, lexicon) if own and theirs else None
        if mapped is not None:
            anchor = Anchor(k, theirs[0], R.FORWARD, mapped)
            if _fits(claim, sentence, anchor):
                out.append(anchor)
            continue
        mapped = _entailing(theirs[1], own, lexicon) if own and theirs else None
        if mapped is not None:
            anchor = Anchor(k, theirs[0], R.REVERSE, mapped)
            if _fits(claim, sentence, anchor):
                out.append(anchor)
            continue
        phrase = lexicon.synonym_phrases.match_at(sentence.lemmas, k)
        end = phrase[0] if phrase else k + 1
        word = phrase[1] if phrase else sentence.lemmas[k]
        relation = word_relation(word, key, lexicon)
        if relation is R.ALTERNATION and not _rival_kind(claim, sentence, word, key, end):
            continue
        if relation is not R.INDEPENDENT and sentence.words.tokens[k].is_word:
            frame = (
                theirs[1] if theirs and theirs[1].frame == (own.frame if own else None) else None
            )
            out.append(Anchor(k, end, relation, frame))
    return out


def _rival_kind(claim: ClaimFrame, sentence: Reading, word: str, key: str, end: int) -> bool:
    """Whether a word of a rival kind ("a film" for "a song") may stand for what the claim
    says a thing is: only against a claim that says what something is (a copula), and only
    as the head of its phrase ("video-sharing website" is no video). Antonyms always may."""
    if key in sentence.lexicon.antonyms.get(word, ()):
        return True
    if not claim.copula:
        return False
    norms = sentence.words.norms
    return end >= len(sentence) or not (
        norms[end] == "-" or (sentence.content(end) and nominal(sentence, end))
    )


def _modifier(sentence: Reading, k: int) -> bool:
    """Whether a participle stands before a noun as an adjective ("the leading universities",
    "of leading firms")."""
    norms, lexicon = sentence.words.norms, sentence.lexicon
    if not norms[k].endswith(("ing", "ed")) or k == 0 or k + 1 >= len(sentence):
        return False
    before = norms[k - 1] in lexicon.determiners or norms[k - 1] in lexicon.prepositions
    return before and sentence.content(k + 1) and not verb_like(sentence, k + 1)


def _fits(claim: ClaimFrame, sentence: Reading, anchor: Anchor) -> bool:
    """Whether a word of another frame, read in the claim's, has fillers of the kinds the
    claim's frame asks ("founded a company" is a membership, "created software" is not)."""
    lexicon = sentence.lexicon
    kinds = lexicon.frame_kinds.get(anchor.frame.frame, {})
    fillers = _sentence_roles(sentence, anchor, claim) if kinds else {}
    for role, kind in kinds.items():
        theirs = fillers.get(role)
        if theirs is None or theirs is UNSAID or theirs.names:
            continue
        lemma = sentence.lemmas[theirs.head]
        if lemma != kind and kind not in lexicon.broader.get(lemma, ()):
            return False
    return True


def _entailed(theirs: FrameWord, own: FrameWord, lexicon: Lexicon) -> FrameWord | None:
    """A sentence's frame word read in the claim's frame, when its frame entails that one
    ("founded" read as a membership: its founder is a member)."""
    mapping = lexicon.frame_entails.get(theirs.frame, {}).get(own.frame)
    if mapping is None:
        return None
    roles = tuple((slot, mapping[role]) for slot, role in theirs.roles if role in mapping)
    return FrameWord(own.frame, roles, theirs.negative)


def _entailing(theirs: FrameWord, own: FrameWord, lexicon: Lexicon) -> FrameWord | None:
    """A sentence's frame word read in the claim's frame, when the claim's frame entails the
    sentence's ("not part of" against "co-founded": a founder would be a member)."""
    mapping = lexicon.frame_entails.get(own.frame, {}).get(theirs.frame)
    if mapping is None:
        return None
    back = {theirs_role: own_role for own_role, theirs_role in mapping.items()}
    roles = tuple((slot, back[role]) for slot, role in theirs.roles if role in back)
    return FrameWord(own.frame, roles, theirs.negative)


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
        if role_relation in (R.EQUIVALENT, R.FORWARD, R.ALTERNATION):
            covers.update(_core(claim.reading, claim_phrase))
        if role_relation in (R.EQUIVALENT, R.FORWARD) and theirs and relation is not R.INDEPENDENT:
            aligned.append(
                _role_step(claim, role, claim_phrase, sentence, anchor, theirs, role_relation)
            )
        description = not claim_phrase.names or not _named(claim.reading, claim_phrase)
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
    from .align import claim_step

    core = _core(claim.reading, phrase)
    start, end = theirs.start, theirs.end
    mine = claim.reading.name_at.get(core.start)
    same = next((name for name in theirs.names if mine and same_name(mine, name)), None)
    if same is not None:
        start, end = same.start, same.end
    said = sentence.words.surface(anchor.start, anchor.end)
    why = f"the {role.replace('_', ' ')} of '{said}'"
    return claim_step(claim, core.start, core.stop, (sentence, start, end), relation, why)


def _rivalled(compared: list[tuple[str, Phrase, Phrase | None, Relation | None]]) -> bool:
    return any(relation is R.ALTERNATION for _, _, _, relation in compared)


def _core(reading: Reading, phrase: Phrase) -> range:
    """The tokens of a role's filler that its comparison accounts for: its names, or the head
    of a description (whose other words are still to be found)."""
    if phrase.names and _named(reading, phrase):
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
    sentence_roles = _sentence_roles(sentence, anchor, claim)
    unique = lexicon.unique_roles.get(anchor.frame.frame, frozenset()) if anchor.frame else ()
    out = []
    for role, phrase in claim_roles.items():
        theirs = sentence_roles.get(role)
        unknown = theirs is None or theirs is UNSAID
        relation = None if unknown else _filler(claim, phrase, sentence, theirs, context)
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
        slots = {
            **dict(claim.preps),  # "was born in Paris"
            "holder": claim.subject,
            "possessor": _possessor(claim.reading, obj.start) if obj else None,
            "of": dict(claim.preps).get("of"),
        }

    elif claim.passive:  # "The Widget Coalition was launched by Acme"
        slots = {**dict(claim.preps), "object": claim.subject}
        slots["subject"] = slots.pop("by", None)
    else:
        slots = {"subject": claim.subject, "object": claim.object, **dict(claim.preps)}
    return _by_role(_timeless(claim.reading, slots), frame)


def _timeless(reading: Reading, slots: dict[str, Phrase | None]) -> dict[str, Phrase | None]:
    """Slots without the phrases that open with a date ("in 1991"): a date is a step of its
    own, never a role's filler."""
    return {
        slot: phrase
        for slot, phrase in slots.items()
        if phrase is None or phrase is UNSAID or phrase.start not in reading.date_at
    }


def _by_role(slots: dict[str, Phrase | None], frame: FrameWord | None) -> dict[str, Phrase]:
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


def _sentence_roles(sentence: Reading, anchor: Anchor, claim: ClaimFrame) -> dict[str, Phrase]:
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
        slots["subject"], slots["object"] = args.subject, args.object
        if args.object is None and claim.passive:
            slots["object"] = args.subject  # "the coalition launched in 2023": it was launched
    if anchor.elided is not None:
        slots["subject"] = anchor.elided[0]
    return _not_counted(sentence, anchor, _by_role(_timeless(sentence, slots), anchor.frame))


def _elided_roles(anchor: Anchor, roles: dict[str, Phrase], slot: str) -> dict[str, Phrase]:
    """A noun's roles with its holder replaced by the subject of a clause that leaves it out."""
    if anchor.elided is None:
        return roles
    role = anchor.frame.role(slot) if anchor.frame else _generic(slot)
    return {**roles, role: anchor.elided[0]} if role else roles


def _noun_roles(sentence: Reading, anchor: Anchor, claim: ClaimFrame) -> dict[str, Phrase]:
    holder, possessor = _holder(sentence, anchor), _possessor(sentence, anchor.start)
    of = _of_after(sentence, anchor.end)
    if claim.copula or anchor.frame is not None:
        slots = {"holder": holder, "possessor": possessor, "of": of}
        slots.update(_prep_ending(sentence, anchor))
        at = anchor.end
        if at + 1 < len(sentence) and sentence.words.norms[at] in sentence.lexicon.prepositions:
            slots.setdefault(sentence.words.norms[at], phrase_after(sentence, at + 1))
        return _not_counted(sentence, anchor, _by_role(slots, anchor.frame))
    after = anchor.end + 1 < len(sentence) and sentence.words.norms[anchor.end] == "for"
    patient = of or (phrase_after(sentence, anchor.end + 1) if after else None)
    roles = {"agent": possessor or holder, "patient": patient}
    return {role: phrase for role, phrase in roles.items() if phrase is not None}


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
    return _possessor(sentence, phrase.head) or _of_after(sentence, phrase.end)


def verbal(sentence: Reading, anchor: Anchor) -> bool:
    """Whether the anchor is a verb: a word the frame lexicon lists only as a verb (or only as
    a noun), an inflected form ("won", "coached"), a word after "to", an auxiliary or a name
    ("IBM leads"), not after a determiner or preposition ("the launch", "of members")."""
    if anchor.frame is not None:
        slots = {slot for slot, _ in anchor.frame.roles}
        if slots and ("holder" in slots) != bool(slots & {"subject", "object"}):
            return "holder" not in slots
    norms, lexicon = sentence.words.norms, sentence.lexicon
    norm = norms[anchor.start]
    before = norms[anchor.start - 1] if anchor.start else ""
    if verb_like(sentence, anchor.start) or before == "to":
        return True  # "won", "aims to educate"
    if before in lexicon.determiners or before in lexicon.prepositions or before == "'s":
        return False
    if before in lexicon.auxiliaries or before in lexicon.be:
        return before not in lexicon.be or norm.endswith(("ed", "en"))
    return anchor.start - 1 in sentence.name_at and norm.endswith("s")


def _possessor(reading: Reading, start: int) -> Phrase | None:
    """The name that owns the noun at token `start` or the phrase starting there: "Meta's
    chief AI scientist" (back over the noun's modifiers), "IBM's chief" (forward)."""
    norms = reading.words.norms
    k = start
    while (
        k > 0
        and start - k < 4
        and norms[k - 1] != "'s"
        and (reading.content(k - 1) or k - 1 in reading.name_at)
        and norms[k - 1] != ","
    ):
        k -= 1
    if k > 1 and norms[k - 1] == "whose":
        return _antecedent(reading, k - 2)
    if k > 0 and norms[k - 1] in reading.lexicon.possessives and norms[k - 1] not in ("'s", "'"):
        return Phrase(k - 1, k, k - 1, ())  # "its chief executive": whose "its" stands for

    candidates = [k - 1] + [i for i in range(start, min(len(reading), start + 3))]
    for i in candidates:
        if 0 < i < len(reading) and norms[i] == "'s" and i - 1 in reading.name_at:
            mention = reading.name_at[i - 1]
            return Phrase(mention.start, mention.end, mention.end - 1, (mention,))
    return None


def _antecedent(reading: Reading, i: int) -> Phrase | None:
    """What a relative clause whose comma is at token i hangs on: the phrase before it, or
    the name an aside restates ("Polaris Cells, Voltra's fiercest rival, whose chief")."""
    norms = reading.words.norms
    while i >= 0 and norms[i] == ",":
        i -= 1
    phrase = phrase_before(reading, i)
    if phrase is None or phrase.start < 2 or norms[phrase.start - 1] != ",":
        return phrase
    named = phrase_before(reading, phrase.start - 2)
    return named if named is not None and named.names and _named(reading, named) else phrase


def _of_after(reading: Reading, end: int) -> Phrase | None:
    """The "of" phrase after a noun ("a member of the alliance"), or after a phrase that ends
    in "of" ("part of this")."""
    norms = reading.words.norms
    if norms[end - 1] == "of":
        return phrase_after(reading, end)
    if end + 1 < len(reading) and norms[end] == "of":
        return phrase_after(reading, end + 1)
    return None


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
    examples = examples_after(sentence, after)
    if examples is not None:
        return examples  # "members, including companies such as Dell and Sony"

    role = phrase_before(sentence, anchor.start)  # "Meta's chief AI scientist"
    start = role.start if role else anchor.start
    if start > 1 and (norms[start - 1] == "," or _dash(sentence, start - 1)):
        return phrase_before(sentence, start - 2)  # "Marit Olsby, the company's CEO"

    if start > 1 and norms[start - 1] == "(" and norms[start - 2] != ",":
        return phrase_before(sentence, start - 2)  # "Nina Sol (born 26 May 1970)"
    k = start - 1
    while k >= 0 and (
        norms[k] in sentence.lexicon.negation_words or norms[k] in ("among", "of", "one")
    ):
        k -= 1  # "is not among the members", "is one of the founders"
    if k >= 0 and sentence.lemmas[k] in _LINKS - {stem("have")}:
        return arguments(sentence, k, k + 1).subject  # "X is a Y"
    return None


def _dash(sentence: Reading, i: int) -> bool:
    """Whether token i is a dash that opens an aside ("Anna Berg \u2014 Voltra's chief"), not a
    hyphen inside a word."""
    tokens = sentence.words.tokens
    return tokens[i].norm == "-" and i > 0 and tokens[i - 1].end < tokens[i].start


def _predicated(sentence: Reading, theirs: Phrase, phrase: Phrase) -> bool:
    """Whether a description is what a copula says the claim's name is: "Blue Hour is a song
    ..." makes "a song" Blue Hour."""
    k = theirs.start - 1
    if k < 0 or sentence.lemmas[k] not in _LINKS - {stem("have")}:
        return False
    subject = arguments(sentence, k, k + 1).subject
    return subject is not None and any(same_name(a, b) for a in phrase.names for b in subject.names)


def _filler(
    claim: ClaimFrame, phrase: Phrase, sentence: Reading, theirs: Phrase, context: Context
) -> Relation:
    """How the sentence's filler of a role stands to the claim's: the same names (≡; a list
    may name more), another name (|, read as a rival only where the role has one filler),
    a phrase that stands for the claim's name ("it", "the alliance" for the AI Alliance named
    before), the same or a related word."""
    if not phrase.names or not _named(claim.reading, phrase):
        return _described(claim, phrase, sentence, theirs)  # "an open AI group", "members"

    if phrase.names and theirs.names:
        found = [any(same_name(a, b) for b in theirs.names) for a in phrase.names]
        if all(found):
            return R.EQUIVALENT
        near = any(near_name(a, b) for a in phrase.names for b in theirs.names)
        return R.INDEPENDENT if any(found) or near else R.ALTERNATION

    if phrase.names:
        return R.EQUIVALENT if stands_for(sentence, theirs, phrase, context) else R.INDEPENDENT
    if theirs.names:
        return R.INDEPENDENT
    return word_relation(
        sentence.lemmas[theirs.head], claim.reading.lemmas[phrase.head], claim.reading.lexicon
    )


def _named(reading: Reading, phrase: Phrase) -> bool:
    """Whether a phrase is a name ("the AI Alliance"), not a description that holds one ("an
    open AI group", whose head is a common noun)."""
    return (
        phrase.head in reading.name_at
        or reading.words.norms[phrase.head] == "'s"
        or (phrase.names[-1].end == phrase.end)
    )


def _described(claim: ClaimFrame, phrase: Phrase, sentence: Reading, theirs: Phrase) -> Relation:
    """How the sentence's filler stands to a claim's description: by its head, or by its
    name's last word ("the AI Alliance" is a group, so it fills "an open AI group")."""
    lexicon, mine = claim.reading.lexicon, claim.reading.lemmas[phrase.head]
    best = R.INDEPENDENT
    for item in theirs.items or (theirs.head,):  # any item of a list: "companies and universities"
        if item in sentence.name_at:
            head = sentence.name_at[item].parts[-1]
        else:
            head = sentence.lemmas[item]
        relation = word_relation(head, mine, lexicon)
        if relation in (R.EQUIVALENT, R.FORWARD):
            return relation
        best = relation if best is R.INDEPENDENT else best
    return best


def stands_for(sentence: Reading, theirs: Phrase, phrase: Phrase, context: Context) -> bool:
    """Whether a phrase with no name stands for the claim's name: a pronoun, or a description
    whose head is the name's own last word or a word of its kind ("the alliance", "the
    coalition" for "the AI Alliance"), when the name is in the sentence or just before it."""
    lexicon = sentence.lexicon
    head = sentence.words.norms[theirs.head].split("'")[0]  # "they're"
    opening = not context.names and not any(m.start < theirs.start for m in sentence.names)
    if head in lexicon.pronouns and opening:
        return True  # a text that opens "She was born in 1961" is about someone named elsewhere
    if _predicated(sentence, theirs, phrase):
        return True  # "Blue Hour is a song recorded by X": the song is Blue Hour
    known = [other for other, _ in context.names] + list(sentence.names)
    named = [name for name in phrase.names if any(same_name(name, other) for other in known)]
    if len(named) < len(phrase.names):
        return False  # "they" stands for Apple and IBM only when both were named before

    if head in lexicon.singular_pronouns:
        first = _first_named(sentence, theirs, context)
        return len(phrase.names) == 1 and first is not None and same_name(phrase.names[0], first)
    if head in lexicon.pronouns or head in ("this", "that", "these", "those"):
        return True
    plural = head.endswith("s") and sentence.lemmas[theirs.head] != head
    counted = any(  # "about 45 firms" counts its head; "the 36-strong group" does not
        theirs.start <= q.tokens[0] < theirs.end and q.tokens[1] > theirs.head
        for q in sentence.quantities
    )

    if (plural and len(named) == 1) or counted:
        return False  # "certain organizations", "about 45 firms" stand for no one name
    if sentence.words.norms[theirs.start] in ("this", "these"):
        return True  # "this move"

    lemma = sentence.lemmas[theirs.head]
    group = stem("group")
    for name in named:
        kind = name.parts[-1]
        if word_relation(lemma, kind, lexicon) in (R.EQUIVALENT, R.FORWARD, R.REVERSE):
            return True
        if group in lexicon.broader.get(lemma, ()) and group in lexicon.broader.get(kind, ()):
            return True  # "the cohort" for "the AI Alliance": a group named before
    return False


def _first_named(sentence: Reading, theirs: Phrase, context: Context) -> Mention | None:
    """The name a singular pronoun stands for: the first one name (not one of a list) before
    it in its sentence, or else in the sentence before, or else in the headline or opening."""
    before = [m for m in _single_names(sentence) if m.end <= theirs.start]
    previous = _single_names(context.previous) if context.previous else []
    return next(iter(before or previous or [m for m, _ in context.names]), None)


def _single_names(reading: Reading) -> list[Mention]:
    """The names of a reading that are not one of a list ("Globex and Initech")."""
    norms, joins = reading.words.norms, ("and", "or", "&")
    return [
        m
        for m in reading.names
        if not (m.end < len(reading) and norms[m.end] in joins)
        and not (m.start > 0 and norms[m.start - 1] in joins)
    ]


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

    rivals = []
    for role, phrase, theirs, role_relation in compared:
        mine = claim.reading.words.surface(phrase.start, phrase.end)
        if role_relation is None and phrase.names and role in slots and theirs is not UNSAID:
            return R.INDEPENDENT, f"source says {said} without saying it of {mine}"
        if role_relation is None or role_relation in (R.EQUIVALENT, R.FORWARD):
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
    return (
        R.ALTERNATION,
        f"source names {shown} as {role.replace('_', ' ')} where the claim has {mine}",
    )


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
    fillers swapped ("B beat A" against "A beat B"); two roles each with a stranger ("John
    Doe, Globex's CTO" against "Jane Roe is Initech's CTO") are about someone else."""
    if len(rivals) == 1:
        return True
    fillers = sorted(sorted(name.key for name in phrase.names) for _, phrase, _ in rivals)
    theirs = sorted(sorted(name.key for name in phrase.names) for _, _, phrase in rivals)
    return fillers == theirs


def denied(sentence: Reading, anchor: Anchor) -> bool:
    """Whether the sentence denies its anchor: a negation over it (or over the clause that
    leaves it out), or a frame word that says the event did not happen ("missed")."""
    if anchor.elided is not None:
        negation = anchor.elided[1]
    else:
        negation = sentence.negation_of(anchor.start) is not None
    return negation != bool(anchor.frame and anchor.frame.negative)


def with_elided(sentence: Reading, anchors: list[Anchor]) -> list[Anchor]:
    """The anchors, and for each the clauses after it that leave its verb out, with their own
    subject: "Acme is not part of it, nor is Brightline" (Brightline, denied); "Acme joined,
    but Brightline did not" (Brightline, denied); "Acme did not join, but Brightline did"."""
    out = list(anchors)
    norms = sentence.words.norms
    for anchor in anchors:
        k = anchor.end
        while k < len(sentence) and norms[k] not in ("nor", "neither", "but"):
            k += 1
        if k >= len(sentence) - 1 or norms[k - 1] != ",":
            continue
        cue, k = norms[k], k + 1
        if norms[k] in sentence.lexicon.be or norms[k] in sentence.lexicon.auxiliaries:
            k += 1  # "nor is Brightline"
        subject = phrase_after(sentence, k, reach=4)
        if subject is None or not subject.names:
            continue
        rest = norms[subject.end : subject.end + 3]
        if cue == "but" and not (
            rest and (rest[0] in sentence.lexicon.auxiliaries or rest[0] in sentence.lexicon.be)
        ):
            continue
        negated = cue in ("nor", "neither") or "not" in rest or any(w.endswith("n't") for w in rest)
        out.append(replace(anchor, elided=(subject, negated)))
    return out


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
