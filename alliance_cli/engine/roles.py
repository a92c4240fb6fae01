"""The predicate step: the sentence's word for the claim's predicate (its anchor), and the roles
both give it. "Team B won the cup, beating Team A" gives winner B and loser A, so "Team A won"
meets another filler of a role one holds (|); "Kim, who has never conceded" denies "Kim
conceded" (^); "Globex agreed to buy Acme" fills the buyer's role with Globex, so "Acme bought
Globex" is not supported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Relation, Step
from .anchors import Anchor, light
from .coref import filler, head_name, named
from .fillers import UNSAID, by_role, sentence_fillers, timeless, verbal
from .holders import possessor_of
from .lexicon import FrameWord
from .names import same_name
from .occasions import segment
from .phrases import Phrase
from .places import unplaced
from .relations import word_relation
from .senses import reports
from .steps import Context, Found, claim_step
from .tenure import FILLED, changed, how_it_holds

if TYPE_CHECKING:
    from ..model import Quantity
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
    compared = _roles(claim, sentence, context, anchor, covered)
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
        claim_phrase = unplaced(claim.reading, claim_phrase, sentence)  # its place: a step
        if role_relation in (*FILLED, R.ALTERNATION):
            covers.update(_core(claim.reading, claim_phrase))
        if role_relation in FILLED and theirs and relation is not R.INDEPENDENT:
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


def _counted(claim: ClaimFrame, phrase: Phrase, sentence: Reading, theirs: Phrase | None) -> bool:
    """Whether a sentence's filler is a count of what the claim's filler counts: one of the
    same noun, of people or others ("five others"), or one that leaves its noun out ("four of
    whom"), not "four firefighters"."""
    from .counting import same_noun

    if theirs is None or theirs is UNSAID:
        return False
    mine, found = _figures_in(claim.reading, phrase), _figures_in(sentence, theirs)
    generic = sentence.lexicon.generic_counted  # "five others were rescued"
    return any(
        q.noun not in sentence.lemmas[slice(*q.tokens)]
        or q.noun in generic
        or same_noun(claim, m.noun, q.noun)
        for q in found
        for m in mine
    )


def _figures_in(reading: Reading, phrase: Phrase) -> set[Quantity]:
    """The figures that stand in a phrase."""
    return {
        reading.quantity_at[k] for k in range(phrase.start, phrase.end) if k in reading.quantity_at
    }


def _rivalled(compared: list[tuple[str, Phrase, Phrase | None, Relation | None]]) -> bool:
    return any(relation is R.ALTERNATION for _, _, _, relation in compared)


def _core(reading: Reading, phrase: Phrase) -> range:
    """The tokens of a role's filler that its comparison accounts for: its names, or the head
    of a description (whose other words are still to be found)."""
    if phrase.names and named(reading, phrase):
        return range(phrase.names[0].start, phrase.names[-1].end)
    return range(phrase.head, phrase.head + 1)


def _roles(
    claim: ClaimFrame,
    sentence: Reading,
    context: Context,
    anchor: Anchor,
    covered: frozenset[int] = frozenset(),
) -> list[tuple[str, Phrase, Phrase | None, Relation | None]]:
    """Each role the claim fills: (role, the claim's filler, the sentence's, their relation);
    not a count the figure step compares with the sentence's filler, itself a count ("three
    workers were injured" against "four of whom were hurt")."""
    lexicon = claim.reading.lexicon
    mine = claim.frame_word
    frame = mine[1] if mine and anchor.frame else None
    claim_roles = _claim_roles(claim, frame)
    sentence_roles = sentence_fillers(sentence, anchor, claim)
    unique = lexicon.unique_roles.get(anchor.frame.frame, frozenset()) if anchor.frame else ()
    out = []
    for role, phrase in claim_roles.items():
        theirs = sentence_roles.get(role)
        if phrase.head in covered and _counted(claim, phrase, sentence, theirs):
            continue
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
        names = head_name(sentence, theirs).names  # not "Acme's rival Brisco" for Acme
        if all(any(same_name(a, b) for b in names) for a in phrase.names):
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
        if frame is not None and frame.role("holder") is None and frame.role("subject"):
            # "X is the captain of the ship": a doer's noun, said as its verb ("X captains it")
            slots = {"subject": claim.subject, "object": slots["possessor"] or of}

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
        slots = slots if _doer_elsewhere(claim, sentence, anchor) else set()
    held = how_it_holds(claim, sentence, anchor, compared, bool(unique))
    if held is not None:
        return held

    reported = reports(sentence, anchor.start)
    rivals, vague = [], False
    for role, phrase, theirs, role_relation in compared:
        mine = claim.reading.words.surface(phrase.start, phrase.end)
        # what a report is of must be in what it says ("the deal was announced" is not "X
        # said it would vote", though the sentence before speaks of the deal)
        unsaid = phrase.names or (reported and not _reported(claim, phrase, sentence, anchor))
        if role_relation is None and unsaid and role in slots and theirs is not UNSAID:
            return R.INDEPENDENT, f"source says {said} without saying it of {mine}"
        if reported and phrase is claim.object and _fronted(claim, phrase, sentence, anchor):
            return R.INDEPENDENT, f"source says {said} of what it tells of {mine}, not that"
        vague = vague or (role_relation is None and not phrase.names)  # "the visitors' coach"
        if role_relation is None or role_relation in FILLED:
            continue
        if role_relation is R.ALTERNATION and role in unique and theirs is not None:
            rivals.append((role, phrase, theirs))
            continue
        shown = words.surface(theirs.start, theirs.end) if theirs else "someone else"
        return R.INDEPENDENT, f"source says {said} of {shown}, not of {mine}"
    relation = _narrowed(claim, sentence, anchor)
    if not rivals:
        return relation, _wording(relation, said)
    twice = sentence.lemmas.count(sentence.lemmas[anchor.start]) > 1  # two coaches: which?
    if relation not in (R.EQUIVALENT, R.FORWARD) or not _one_rival(rivals) or (vague and twice):
        return R.INDEPENDENT, f"source says '{said}' of someone else"
    if changed(claim.reading) and not changed(sentence):
        return R.INDEPENDENT, f"source says '{said}' of someone else, not who became it"

    return _rival(claim, sentence, said, rivals[0], compared)


def _rival(
    claim: ClaimFrame,
    sentence: Reading,
    said: str,
    rival: tuple[str, Phrase, Phrase],
    compared: list[tuple[str, Phrase, Phrase | None, Relation | None]],
) -> tuple[Relation, str]:
    """The relation of a sentence that gives a role of one holder to another filler than the
    claim's (|), or the claim's own filler to another role of the event (|, when every other
    named party of the claim is in the sentence too)."""
    role, phrase, theirs = rival
    mine = claim.reading.words.surface(phrase.start, phrase.end)
    shown = sentence.words.surface(theirs.start, theirs.end)
    role = role.replace("_", " ")
    if phrase.names and all(any(same_name(a, b) for b in theirs.names) for a in phrase.names):
        others = [rel for _, mine_, _, rel in compared if mine_ is not phrase and mine_.names]
        if any(relation not in FILLED for relation in others):  # "Dunmore, beaten,"
            return R.INDEPENDENT, f"source says '{said}' of {shown}, not of all the claim says"
        return R.ALTERNATION, f"source says '{said}' of {shown}, as another role than {role}"
    return R.ALTERNATION, f"source names {shown} as {role} where the claim has {mine}"


def _event_noun(sentence: Reading, anchor: Anchor) -> bool:
    """Whether the anchor is a noun for an event, the head of its phrase ("the formation of
    working groups", "the recall"), not a verb nor a word before a noun ("a closed vision")."""
    norms = sentence.words.norms
    if verbal(sentence, anchor) or norms[anchor.start].endswith("ed"):
        return False  # "a closed, proprietary vision": an adjective
    after = anchor.end

    return after >= len(sentence) or not sentence.content(after) or norms[after] == "of"


def _doer_elsewhere(claim: ClaimFrame, sentence: Reading, anchor: Anchor) -> bool:
    """Whether the sentence names the claim's doer only outside the stretch of text of its
    noun for the act: "Carrow signed, as Oakes was abroad; Ambery joined Carrow at the
    signing" does not tell that Oakes signed, nor "The order was issued by Relling, and a
    spokesperson for Varnow said" that Varnow ordered it. The doer of an act done to
    something: an active claim with an object."""
    doer = claim.subject
    if claim.passive or claim.object is None or doer is None or not doer.names:
        return False
    stretch = segment(sentence, anchor.start, anchor.end)
    found = [m for m in sentence.names if any(same_name(n, m) for n in doer.names)]
    return bool(found) and all(m.start not in stretch for m in found)


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


def one_holder_names(claim: ClaimFrame) -> frozenset[int]:
    """Where the claim's names that fill a role with one holder start ("X is the chief
    executive of Y": X), when another name says whose role it is (Y): a source that names
    another in that role of Y speaks of X, though it never names X."""
    if claim.predicate is None:
        return frozenset()
    lexicon = claim.reading.lexicon
    mine = claim.frame_word
    frame = mine[1] if mine else None
    unique = lexicon.unique_roles.get(frame.frame, frozenset()) if frame else frozenset()
    if claim.copula and _unique_role(claim):
        unique = unique | {"holder"}
    fillers = _claim_roles(claim, frame)
    held = frozenset(
        name.start for role, phrase in fillers.items() if role in unique for name in phrase.names
    )
    others = [name for name in claim.reading.names if name.start not in held]
    return held if others else frozenset()  # "Acme won the cup": which cup, no name says


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


def _fronted(claim: ClaimFrame, phrase: Phrase, sentence: Reading, anchor: Anchor) -> bool:
    """Whether the claim's word for what is reported stands only before a verb of saying, in
    what it reports: "The fund that X announced is too small, Y said" tells of the fund, and
    Y did not announce it."""
    lexicon = claim.reading.lexicon
    related = lexicon.related(claim.reading.lemmas[phrase.head])
    before = any(lexicon.words_at(sentence.lemmas, k, related) for k in range(anchor.start))
    return before and not _reported(claim, phrase, sentence, anchor)


def _reported(claim: ClaimFrame, phrase: Phrase, sentence: Reading, anchor: Anchor) -> bool:
    """Whether what a reporting verb says holds the claim's word for what is reported (its
    head, or a word the lexicon relates to it): "said it was calling back" for "the recall
    was announced"."""
    lexicon = claim.reading.lexicon
    related = lexicon.related(claim.reading.lemmas[phrase.head])
    return any(
        lexicon.words_at(sentence.lemmas, k, related) for k in range(anchor.end, len(sentence))
    )
