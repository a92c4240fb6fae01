"""What a sum or a share measures, read from the words around it: its noun, the noun before
its "of", the subject of the verb that changes it, the head of the phrase its clause says it
of, or the verb that puts a value on it ("valued at"); and whether it is a change ("rose by
5%") rather than a level."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..text import stem
from .frames import arguments
from .phrases import phrase_before, verb_like

if TYPE_CHECKING:
    from .quantities import Quantity
    from .reading import Reading

LINKING = frozenset(stem(word) for word in ("reach", "stand", "hit", "total", "be"))
# words that only say a sum is what it measures: "the budget is worth £380m", "totalled"
# ("children account for 16 percent": the share is the children's)
SUMMING = LINKING | frozenset(
    stem(word) for word in ("worth", "amount", "value", "account", "represent", "constitute")
)


def measured(reading: Reading, figure: Quantity) -> str | None:
    """What money or a share measures: its noun ("54.6 percent of the ballots"), the noun
    before its "of" ("an estimate of $25 million"), or the head of the phrase its clause says
    it of ("Turnout was 55.1 percent")."""
    if figure.noun:
        return figure.noun

    k = figure.tokens[0] - 1
    norms, changes = reading.words.norms, reading.lexicon.change_cues
    if k > 0 and norms[k] == "of" and reading.content(k - 1) and k - 1 not in reading.name_at:
        if reading.lemmas[k - 1] in changes and _plain_noun(reading, k - 2):
            return reading.lemmas[k - 2]  # "premium increases of 25 percent": the premiums
        return reading.lemmas[k - 1]  # "an estimate of $25 million"
    if k > 0 and norms[k] == "at":
        return _valued_by(reading, k)  # "valued at $31.5 billion", "priced its shares at $26"
    while k >= 0 and not (norms[k] in reading.lexicon.be or reading.lemmas[k] in SUMMING):
        if norms[k] in (",", ";") or reading.clauses[k] != reading.clauses[figure.tokens[0]]:
            return None
        if reading.lemmas[k] in changes and verb_like(reading, k):  # "robberies have risen by"
            subject = arguments(reading, k, k + 1).subject
            return reading.lemmas[subject.head] if subject is not None else None
        k -= 1
    k -= 1
    while k >= 0 and norms[k] in reading.lexicon.auxiliaries | reading.lexicon.be:
        k -= 1  # "the increase will be 5%", "the jackpot was worth $612.4 million"
    phrase = phrase_before(reading, k) if k >= 0 else None
    if phrase is not None and phrase.start >= 2 and norms[phrase.start - 1] == "of":
        phrase = phrase_before(reading, phrase.start - 2) or phrase  # "the budget of X"
    named = phrase is not None and phrase.head in reading.name_at
    return reading.lemmas[phrase.head] if phrase and not named else None  # "X's budget"


def _valued_by(reading: Reading, at: int) -> str | None:
    """The verb that puts a value at a sum ("valued at", "priced its offering at"): within a
    few words before the "at", in its clause; the verb says what the sum measures."""
    clause = reading.clauses[at]
    for k in range(at - 1, max(-1, at - 5), -1):
        if reading.words.norms[k] in (",", ";") or reading.clauses[k] != clause:
            return None
        if verb_like(reading, k):
            return reading.lemmas[k]
    return None


def _plain_noun(reading: Reading, k: int) -> bool:
    """Whether token k is a common noun's word: content, no name, no figure."""
    return k >= 0 and reading.content(k) and k not in reading.name_at | reading.quantity_at


def changed_figure(reading: Reading, figure: Quantity) -> bool:
    """Whether a share or sum is a change: after "by" or "up" ("rose by 5%", "up 12
    percent") or before a word of change ("a 50% higher risk", "a 5% increase")."""
    first, end = figure.tokens
    before = reading.words.norms[first - 1] if first else ""
    lexicon = reading.lexicon
    after = next((k for k in range(end, min(end + 2, len(reading))) if reading.content(k)), None)
    cued = after is not None and reading.lemmas[after] in lexicon.change_cues  # "a 5% increase"
    beside = (
        before in lexicon.change_after_noun and first > 1 and reading.words.norms[first - 2] == ","
    )
    verb = first > 0 and reading.lemmas[first - 1] in lexicon.change_cues  # "fell 2 percent"
    changed = before in lexicon.change_before or beside or cued or verb
    return changed or measured(reading, figure) in lexicon.change_cues


def margin(reading: Reading, figure: Quantity, measure: str | None = None) -> bool:
    """Whether a figure is a margin between two others: right before a word of the lexicon's
    `margin_words` ("some 2,600 votes clear of Vayle", "14 seconds ahead"), or a measure of
    one of its `margin_nouns` ("a margin of 17"; `measure`, where the caller knows better)."""
    end, lexicon = figure.tokens[1], reading.lexicon
    if end < len(reading) and reading.words.norms[end] in lexicon.margin_words:
        return True
    return (measure or measured(reading, figure)) in lexicon.margin_nouns


def from_level(reading: Reading, figure: Quantity) -> bool:
    """Whether a figure is the level a change started from ("rose to 87.4 percent, up from
    85.9 percent", "fell from $12 million"): an earlier value, not the one the change reached."""
    first = figure.tokens[0]
    if first < 2 or reading.words.norms[first - 1] != "from":
        return False
    lexicon = reading.lexicon
    cues = lexicon.change_cues | lexicon.change_before | lexicon.change_after_noun
    return any(reading.lemmas[k] in cues for k in range(max(0, first - 4), first - 1))
