"""Where a sentence says a claim's predicate: its anchors (the sentence's word for the claim's
predicate, a rival of it, or a word of a frame that entails or is entailed by the claim's), and
whether the sentence denies them (a negation, a frame word that says the event did not happen,
a clause that leaves the verb out: "Acme joined, but Brightline did not")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..model import Relation
from .coref import LINKS
from .fillers import UNSAID, sentence_fillers
from .lexicon import FrameWord, Lexicon
from .negation import plain
from .phrases import Phrase, next_content, nominal, phrase_after, phrase_before, verb_like
from .relations import word_relation
from .senses import other_sense

if TYPE_CHECKING:
    from .claim import ClaimFrame, Piece
    from .negation import Negation
    from .reading import Reading

R = Relation


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
    if key in LINKS:
        return True
    after = [piece for piece in claim.pieces if piece.start >= claim.predicate[1]]
    if not after:
        return False  # "The concert went ahead": the verb is all it says of its subject
    subject = claim.subject
    unnamed = subject is None or subject.head not in claim.reading.name_at  # "the X final"
    event = unnamed or _named_event(claim, after)
    if key in lexicon.change_cues and not any(piece.kind == "figure" for piece in claim.pieces):
        return False  # "Energy prices fell": a change no figure carries is what it says
    return event and tuple(key.split()) in lexicon.light_verbs


def _named_event(claim: ClaimFrame, after: list[Piece]) -> bool:
    """Whether the claim's verb says only when its named subject, an event, happened ("the
    Corran Bay Cup took place in May"): the frame's event, with only dates or figures `after`
    the verb, not where ("was held in Bergen"), nor what a name did ("Mossley played")."""
    found = claim.frame_word
    slot = "object" if claim.passive else "subject"
    if found is None or found[1].role(slot) != "event":
        return False
    return all(piece.kind in ("date", "figure") for piece in after)


def anchors(claim: ClaimFrame, sentence: Reading) -> list[Anchor]:
    """Every place in the sentence that says the claim's predicate, a rival of it, or a word
    of its frame."""
    if claim.predicate is None or light(claim):
        return []
    lexicon, key = claim.reading.lexicon, predicate_key(claim)
    mine = claim.frame_word
    own = mine[1] if mine else None
    out = []
    for k in range(len(sentence)):
        if _date_part(sentence, k):
            continue
        theirs = _frame_word_at(sentence, k)
        if theirs and (_modifier(sentence, k) or other_sense(sentence, k, theirs[0])):
            theirs = None  # "leading universities": an adjective, not the verb "lead"
        if theirs and _implicative(sentence, k, theirs[0]):
            theirs = None  # "managed to preserve": it preserved, it managed nothing

        if own and theirs:
            theirs = _in_frame(sentence, k, theirs, own.frame)
        if own and theirs and theirs[1].frame == own.frame:
            if not _other_noun(claim, sentence, k):
                out.append(Anchor(k, theirs[0], R.EQUIVALENT, theirs[1]))
            continue
        entailment = _entailment(k, theirs, own, lexicon) if own and theirs else None
        if entailment is not None:  # a frame this one entails, or one entailing it
            if _fits(claim, sentence, entailment) and not _departure(sentence, entailment):
                out.append(entailment)
            continue
        phrase = lexicon.synonym_phrases.match_at(sentence.lemmas, k)
        end = phrase[0] if phrase else k + 1
        word = phrase[1] if phrase else sentence.lemmas[k]
        relation = word_relation(word, key, lexicon)
        if relation is R.ALTERNATION and not _rival_kind(claim, sentence, word, key, k, end):
            continue
        if relation in (R.FORWARD, R.REVERSE) and not claim.copula:
            continue  # kinds are of things: a plant is a building, but no act of building
        if not claim.copula and _a_thing(sentence, k):
            continue  # "forced out of the building": a thing, not the act of building
        if relation is not R.INDEPENDENT and sentence.words.tokens[k].is_word:
            frame = (
                theirs[1] if theirs and theirs[1].frame == (own.frame if own else None) else None
            )
            out.append(Anchor(k, end, relation, frame))
    return out


def _implicative(sentence: Reading, k: int, end: int) -> bool:
    """Whether a frame's verb at token k is one that only says its "to" verb happened
    ("managed to preserve the cores", "began to fall"), not its own sense."""
    implicative = sentence.lemmas[k] in sentence.lexicon.implicative_verbs
    return implicative and sentence.words.norms[end : end + 1] == ("to",)


def _frame_word_at(sentence: Reading, k: int) -> tuple[int, FrameWord] | None:
    """The frame word at token k (its end and sense), read past a negation after its first
    word where the lexicon lets one stand within it: "was not at the game"."""
    lexicon, lemmas = sentence.lexicon, sentence.lemmas
    found = lexicon.frame_words.match_at(lemmas, k)
    if found is not None or sentence.words.norms[k + 1 : k + 2] == ():
        return found
    if sentence.words.norms[k + 1] not in lexicon.negation_words:
        return None
    joined = lemmas[: k + 1] + lemmas[k + 2 :]
    hit = lexicon.frame_words.match_at(joined, k)
    if hit is None or tuple(joined[k : hit[0]]) not in lexicon.negation_splittable:
        return None
    relatives = lexicon.relatives - lexicon.determiners  # "who", not "at that game"
    narrowed = any(  # "was not among those at the summit who signed": only the signing
        norm in relatives for norm in sentence.words.norms[hit[0] + 1 :]
    )
    return None if narrowed else (hit[0] + 1, hit[1])


def _other_noun(claim: ClaimFrame, sentence: Reading, k: int) -> bool:
    """Whether a claim's role noun and the sentence's noun at token k are two words of one
    frame that name different roles ("the coach" for "is the captain"): not one role."""
    role = sentence.lexicon.roles.match_at(sentence.lemmas, k) is not None
    if not claim.copula or not role or verb_like(sentence, k):
        return False
    mine, theirs = claim.reading.lemmas[claim.predicate[0]], sentence.lemmas[k]
    return word_relation(theirs, mine, claim.reading.lexicon) is not R.EQUIVALENT


def _a_thing(sentence: Reading, k: int) -> bool:
    """Whether token k is a noun in "-ing" after a determiner, no "of" after it, that the
    lexicon knows as a kind of thing ("the building"), not an act ("the building of the
    bridge", "the meeting")."""
    norms, lexicon = sentence.words.norms, sentence.lexicon
    noun = norms[k].endswith("ing") and k > 0 and norms[k - 1] in lexicon.determiners
    if not noun or norms[k + 1 : k + 2] == ("of",):
        return False
    lemma = sentence.lemmas[k]
    return lemma in lexicon.broader or any(lemma in kinds for kinds in lexicon.broader.values())


def _in_frame(
    sentence: Reading, k: int, found: tuple[int, FrameWord], frame: str
) -> tuple[int, FrameWord]:
    """The sense of a frame word at token k in the claim's frame, when it has one ("joined the
    strike" takes part, as the claim's "took part in the stoppage" does), else its first."""
    senses = sentence.lexicon.frame_words.senses_at(sentence.lemmas, k)
    same = next((sense for sense in senses[1] if sense.frame == frame), None) if senses else None
    return (found[0], same) if same is not None else found


def _date_part(sentence: Reading, k: int) -> bool:
    """Whether token k names a part of the date that is all its "of" holds ("the end of
    April", "the start of 2025"; not "the end of May's strike" nor "of the 2024 strike")."""
    norms = sentence.words.norms
    if norms[k] not in sentence.lexicon.date_parts or norms[k + 1 : k + 2] != ("of",):
        return False
    date = next((d for d in sentence.dates if sentence.token_range(d.span)[0] == k + 2), None)
    if date is None:
        return False
    after = sentence.token_range(date.span)[1]
    return after >= len(sentence) or not (norms[after] == "'s" or sentence.content(after))


def _entailment(k: int, theirs: tuple, own: FrameWord, lexicon: Lexicon) -> Anchor | None:
    """The anchor at token k when its frame word entails the claim's frame (⊑) or the claim's
    entails it (⊒)."""
    for find, relation in ((_entailed, R.FORWARD), (_entailing, R.REVERSE)):
        mapped = find(theirs[1], own, lexicon)
        if mapped is not None:
            return Anchor(k, theirs[0], relation, mapped)
    return None


def _departure(sentence: Reading, anchor: Anchor) -> bool:
    """Whether a word that denies what the claim's frame entails only says its subject left
    (the lexicon's `leaving_verbs`): a founder was a member, and leaving later denies
    nothing of the founding."""
    said = " ".join(sentence.lemmas[anchor.start : anchor.end])
    negative = anchor.frame is not None and anchor.frame.negative
    return anchor.relation is R.REVERSE and negative and said in sentence.lexicon.leaving_verbs


def _rival_kind(
    claim: ClaimFrame, sentence: Reading, word: str, key: str, start: int, end: int
) -> bool:
    """Whether a word of a rival kind ("a film" for "a song") may stand for what the claim
    says a thing is: only against a claim that says what something is (a copula), and only
    as the head of its phrase ("video-sharing website" is no video). An antonym may where
    the claim says a verb (its roles decide), but not as an adjective ("crossed the starting
    line" is no rival of "finished"), or before the same word as the claim's ("the most
    vulnerable" is no rival of "most impacted"). A verb's past is no kind of thing, nor a
    word of a name but its last ("the Ostra Bridge" is a bridge) or an adjective."""
    if key in sentence.lexicon.antonyms.get(word, ()):
        if _modifier(sentence, start):
            return False
        mine = next_content(claim.reading, claim.predicate[1])
        return not claim.copula or mine is None or mine == next_content(sentence, end)
    norms = sentence.words.norms
    if (
        not claim.copula
        or norms[start] in sentence.lexicon.verb_forms
        or norms[start].endswith("ed")
    ):
        return False  # a verb's past ("met", "protested") is no kind of thing ("a meeting")
    inner = start in sentence.name_at and end != sentence.name_at[start].end
    if inner and not sentence.lexicon.adjective(word):
        return False  # "the Union of Upland Growers' vice-chair": no kind, but a name's last
    head = end >= len(sentence) or not (
        norms[end] == "-"
        or (sentence.content(end) and nominal(sentence, end) and not verb_like(sentence, end))
    )  # "a film released in 1973" is a film
    adjective = sentence.lexicon.adjective(word)  # "an American writer"
    return (head or adjective) and _predicated_of(sentence, end - 1)


def _predicated_of(sentence: Reading, k: int) -> bool:
    """Whether the noun at token k is said of something, as a copula's complement ("X is a
    county") or an aside beside a name ("X, a county in Arizona,"), not only named in passing
    ("they number 2.5 million people", "with his band, Santana")."""
    phrase = phrase_before(sentence, k)
    i = (phrase.start if phrase else k) - 1
    norms, lexicon = sentence.words.norms, sentence.lexicon
    while i >= 0 and (norms[i] in lexicon.negation_words or norms[i] in lexicon.adverbs):
        i -= 1
    return i >= 0 and (norms[i] in lexicon.copulas or norms[i] in (",", "(", "-"))


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
    fillers = sentence_fillers(sentence, anchor, claim) if kinds else {}
    for role, kind in kinds.items():
        theirs = fillers.get(role)
        if theirs is None or theirs is UNSAID or theirs.names:
            continue
        lemma = sentence.lemmas[theirs.head]
        if not lexicon.of_kind(lemma, kind):
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


def negation_over(sentence: Reading, anchor: Anchor) -> Negation | None:
    """The negation over an anchor: one whose scope holds its first word, or a plain one
    ("not", "never") within it ("was not at the game"; "absent" in "was absent from" is the
    frame word's own, which says so itself)."""
    inside = (
        n
        for n in sentence.negations
        if anchor.start <= n.cue[0] < anchor.end and plain(sentence, *n.cue)
    )
    return sentence.negation_of(anchor.start) or next(inside, None)


def denied(sentence: Reading, anchor: Anchor) -> bool:
    """Whether the sentence denies its anchor: a negation over it (or over the clause that
    leaves it out), or a frame word that says the event did not happen ("missed")."""
    if anchor.elided is not None:
        negation = anchor.elided[1]
    else:
        negation = negation_over(sentence, anchor) is not None and not _title(sentence, anchor)
    return negation != bool(anchor.frame and anchor.frame.negative)


def _title(sentence: Reading, anchor: Anchor) -> bool:
    """Whether the anchor is a title written before a name ("presented not by chief
    executive Ilse Varnhold but by ..."): a negation before it denies what the name did, not
    the title."""
    role = sentence.lexicon.roles.match_at(sentence.lemmas, anchor.start) is not None
    return role and anchor.end in sentence.name_at and not verb_like(sentence, anchor.start)


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
