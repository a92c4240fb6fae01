"""Whether a sentence says a verb's event happened: not when it is only supposed ("if X had
won"), meant or planned ("agreed to buy", "earmarked for closure"), or to come ("will buy")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frames import clause_start

if TYPE_CHECKING:
    from .reading import Reading


def _opener(reading: Reading, k: int) -> str:
    """The word that opens the clause holding token k ("if" in "if X had won, Y"), or ""."""
    norms = reading.words.norms
    first = clause_start(reading, k)
    for i in (first, first - 1):
        if 0 <= i < k and norms[i] in reading.lexicon.clause_breaks:
            return norms[i]
    return ""


def unasserted(reading: Reading, start: int) -> str | None:
    """What keeps the verb at token `start` from having happened: a conditional opening its
    clause ("if X had won": if), the verb it follows after "to" ("agreed to buy": agree),
    unless that verb implies it ("managed to win") or denies it (a negation: "refused to
    buy"), a verb of planning before its "for" ("earmarked for closure": earmark), or a modal
    before it ("will buy": will). None when the verb is said to have happened."""
    norms, lemmas, lexicon = reading.words.norms, reading.lemmas, reading.lexicon
    opener = _opener(reading, start)
    if opener in lexicon.conditionals:
        return opener  # "if X had won": what would be
    k = start - 1
    while k >= 0 and (
        norms[k] in lexicon.adverbs
        or norms[k] in lexicon.auxiliaries - lexicon.modals
        or (norms[k] == "be" and k > 0 and norms[k - 1] == "to")  # "expected to be sworn in"
    ):
        k -= 1
    if k >= 0 and norms[k] in lexicon.modals:
        return norms[k]
    if k >= 1 and norms[k] == "for" and lemmas[k - 1] in lexicon.planning_verbs:
        return lemmas[k - 1]  # "earmarked for closure"
    if k < 1 or norms[k] != "to":
        return None
    verb = _controller(reading, k)
    if verb is None:
        return None
    negation = reading.negation_of(start)
    if lemmas[verb] in lexicon.implicative_verbs or (negation and negation.cue[1] > verb):
        return None
    if norms[verb] == "had":
        return None  # "had to be taken to hospital": it was
    return lemmas[verb]


def _controller(reading: Reading, to: int) -> int | None:
    """The verb of the lexicon's `control_verbs` that a "to" at token `to` follows: right
    before it ("agreed to"), or before its object ("urged members to", "called on members
    to")."""
    from .phrases import phrase_before

    lemmas, control = reading.lemmas, reading.lexicon.control_verbs
    if lemmas[to - 1] in control:
        return to - 1
    obj = phrase_before(reading, to - 1)
    k = obj.start - 1 if obj is not None else -1
    if k > 0 and reading.words.norms[k] in ("on", "upon"):
        k -= 1  # "called on members to end"
    return k if k >= 0 and lemmas[k] in control else None
