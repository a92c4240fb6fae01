"""What a figure is said of: the name it stands before, a possessive, the phrase a relative
clause holding it hangs on, a description that restates a name, or the subject of its verb;
and whether that may be what a claim's figure is said of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frames import arguments
from .names import same_name
from .occasions import hung_on, segment
from .phrases import Phrase, phrase_after, phrase_before, verb_like
from .senses import reports

if TYPE_CHECKING:
    from .claim import ClaimFrame
    from .quantities import Quantity
    from .reading import Reading
    from .steps import Context


def same_owner(
    claim: ClaimFrame, mine: Quantity, sentence: Reading, theirs: Quantity, context: Context
) -> bool:
    """Whether a source figure may be said of what the claim's figure is said of. Not when
    the source gives it to another name ("its rival, the Gadget Guild, has 20 members",
    "Renwick's 72,688") or to a part ("its governing board has 9 members"); for a claim that
    names no subject ("48 members"), or whose subject is the figure ("61 people died"), only
    when it is the source's own topic's or one the claim names."""
    subject = claim.subject
    inside = subject is not None and subject.start <= mine.tokens[0] < subject.end
    said_of = hung_owner(sentence, theirs) if inside else owner(sentence, theirs)
    if said_of is None:
        return True
    topic = [name for name, _ in context.names]
    if inside:  # "61 people died": of the claim's names or the story's, not another's
        known = [*claim.reading.names, *topic]
        return not said_of.names or any(same_name(a, b) for a in said_of.names for b in known)
    if subject is None or not subject.names:  # of the story's names, or one the claim gives
        known = [*topic, *claim.reading.names]
        return not said_of.names or any(same_name(a, b) for a in said_of.names for b in known)
    if said_of.names:
        return any(same_name(name, other) for name in subject.names for other in said_of.names)
    from .coref import stands_for

    return stands_for(sentence, said_of, subject, context)


def hung_owner(sentence: Reading, figure: Quantity) -> Phrase | None:
    """The phrase a relative clause that holds a figure, and reports no one's words, hangs
    on: "the sinking of the Tarrow, in which 61 people died"."""
    start = figure.tokens[0]
    opening = segment(sentence, *figure.tokens).start
    if any(reports(sentence, k) for k in range(opening, start)):
        return None
    return hung_on(sentence, opening, relative_only=True)


def owner(sentence: Reading, figure: Quantity) -> Phrase | None:
    """What a figure is said of: the name it stands before ("the 47-strong AI Alliance"), a
    possessive just before it ("Renwick's 72,688"), the name a sum comes from ("€14 million
    from Oberline Capital"), the phrase a relative clause holding it
    hangs on ("the Tarrow, in which 61 people died"), the name a description opening on it
    restates ("Kessmarrosaurus, a seven-metre plant-eater"), or the subject of the verb it is the object
    of ("Marsk received 87,412 votes", "its governing board has 9 members"); None when the
    sentence does not say."""

    start, end = figure.tokens
    norms = sentence.words.norms
    if end in sentence.name_at:
        mention = sentence.name_at[end]
        return Phrase(mention.start, mention.end, mention.end - 1, (mention,))
    if start >= 2 and norms[start - 1] == "'s" and start - 2 in sentence.name_at:
        mention = sentence.name_at[start - 2]
        return Phrase(mention.start, mention.end, mention.end - 1, (mention,))
    giver = end + 1 < len(sentence) and norms[end] == "from" and end + 1 in sentence.name_at
    if giver and figure.kind == "money":  # "a rival proposal of €14 million from Oberline"
        mention = sentence.name_at[end + 1]
        return Phrase(mention.start, mention.end, mention.end - 1, (mention,))
    hung = hung_owner(sentence, figure) or _apposed(sentence, start)
    if hung is not None:
        return hung  # "the sinking of the Tarrow, in which 61 people died"
    k = start - 1
    skipped = sentence.lexicon.negation_words | sentence.lexicon.prepositions | {"also", "now"}
    while k >= 0 and norms[k] in skipped:
        k -= 1  # "consisting of 50 organizations": the verb before the preposition
    if k >= 0 and reports(sentence, k):
        return None  # "said 1,150 of its staff had been laid off": what is said has its own
    verb = k >= 0 and (
        norms[k] in sentence.lexicon.be
        or norms[k] in sentence.lexicon.auxiliaries
        or verb_like(sentence, k)
        or sentence.lexicon.counting_verb(sentence.lemmas[k]) is not None
    )
    subject = arguments(sentence, k, k + 1).subject if verb else None
    if subject is not None and norms[subject.head] in sentence.lexicon.existentials:
        after = end + 1 if end < len(sentence) and sentence.content(end) else end
        of = after < len(sentence) and norms[after] == "of"
        return phrase_after(sentence, after + 1) if of else None  # "there are 47 members of X"
    return subject


def _apposed(sentence: Reading, start: int) -> Phrase | None:
    """The name a description that opens on a figure restates after a comma: "Kessmarrosaurus
    brenni, a seven-metre plant-eater"."""
    norms, k = sentence.words.norms, start - 2
    if k < 1 or norms[k + 1] not in ("a", "an", "the") or norms[k] != ",":
        return None

    before = phrase_before(sentence, k - 1)
    if before is None or not before.names:
        return None
    at = before.start - 1  # "In Harlow, 34 people": a place the sentence opens on
    placed = (
        at >= 0 and norms[at] in sentence.lexicon.prepositions and (at == 0 or norms[at - 1] == ",")
    )
    return None if placed else before
