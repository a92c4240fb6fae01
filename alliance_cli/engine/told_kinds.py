"""What a source tells a name is: its last word or the kind that word names ("Calderwyn
Mining" is a company), an aside after it ("X, the ferry's operator,"), a noun before it ("the
dealer X"); and whether a description ("the company") is of a kind told of one name nearby."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Relation
from ..text import stem
from .names import Mention, same_name
from .phrases import Phrase, phrase_after
from .relations import word_relation

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .reading import Reading
    from .steps import Context

R = Relation


def told_kind(sentence: Reading, theirs: Phrase, name: Mention, context: Context) -> bool:
    """Whether a description is of a kind the source tells its name is, or broader ("the
    company" after "Brannock Coastal Lines, the ferry's operator,"), where the name was given
    in its sentence ahead of it or in the one before, and no other name there is of it."""
    lexicon, lemma = sentence.lexicon, sentence.lemmas[theirs.head]
    before = [m for m in sentence.names if m.end <= theirs.start]
    nearby = before + list(context.previous.names if context.previous else ())
    if not any(same_name(other, name) for other in nearby):
        return False  # named only in the headline or the opening: too far back

    def fits(other: Mention) -> bool:
        kinds = told_kinds(other, context, lexicon)
        return any(
            word_relation(lemma, kind, lexicon) in (R.EQUIVALENT, R.REVERSE) for kind in kinds
        )

    return fits(name) and not any(not same_name(other, name) and fits(other) for other in nearby)


def told_kinds(name: Mention, context: Context, lexicon: Lexicon) -> frozenset[str]:
    """What the source says a name is: its last word, or the kind that word names (the
    lexicon's `company_names`: "Calderwyn Mining" is a company), an aside after it ("X, the
    ferry's operator,", "X, chief executive of Y,"), or a noun before it ("the dealer X")."""
    kinds = {name.parts[-1]}
    if name.parts[-1] in lexicon.company_names:
        kinds.add(stem("company"))
    for reading in context.profile():
        for other in reading.names:
            if same_name(other, name):
                kinds.update(_kinds_beside(reading, other))
    return frozenset(kinds)


def _kinds_beside(reading: Reading, name: Mention) -> list[str]:
    norms, lemmas, lexicon = reading.words.norms, reading.lemmas, reading.lexicon
    out = []
    opened = name.end + 1 < len(reading) and norms[name.end] == ","
    role = opened and lexicon.roles.match_at(lemmas, name.end + 1) is not None
    if opened and (norms[name.end + 1] in lexicon.determiners or role):  # "X, the operator,"
        aside = phrase_after(reading, name.end + 1)
        if aside is not None and aside.head not in reading.name_at | reading.quantity_at:
            out.append(lemmas[aside.head])
    start = name.start
    noun_before = start >= 2 and norms[start - 2] in lexicon.determiners  # "the dealer X"
    if noun_before and reading.content(start - 1) and start - 1 not in reading.quantity_at:
        out.append(lemmas[start - 1])
    return out
