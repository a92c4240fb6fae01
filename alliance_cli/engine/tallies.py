"""A vote's tally: two counts joined by "to" after or beside a word of a vote ("by 31 votes
to 17", "voting 19 to 8", "the board's vote was 11 to 3"), read as one figure whose two
sides a claim's tally must give both (in either order), as a score's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Quantity
from .numbers import number_at

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .reading import Reading

REACH = 6  # words between a word of a vote and the tally it gives


def tally_at(reading: Reading, i: int) -> Quantity | None:
    """The tally whose first count starts at token i, or None."""
    first = number_at(reading, i)
    if first is None:
        return None
    votes, norms = reading.lexicon.vote_words, reading.words.norms
    end, a, _ = first
    counted = end < len(norms) and reading.lemmas[end] in votes  # "31 votes"
    joint = end + counted
    second = number_at(reading, joint + 1) if joint + 1 < len(norms) else None
    if norms[joint : joint + 1] != ("to",) or second is None:
        return None
    last, b, _ = second
    last += last < len(norms) and reading.lemmas[last] in votes  # "to 17 votes"
    voted = any(reading.lemmas[k] in votes for k in range(max(0, i - REACH), i))
    if not (counted or voted) or not (a == int(a) and b == int(b)) or max(a, b) >= 10_000:
        return None
    words = reading.words
    return Quantity(
        "score", None, min(a, b), max(a, b), False, False, "bare", None,
        words.surface(i, last), words.span(i, last), (i, last), None, a,
    )  # fmt: skip


def tally_sides(reading: Reading, figure: Quantity) -> tuple[float, float] | None:
    """A tally's counts for and against, where its words say which side its first count is:
    a word of a side right after it ("voting 19 to 8 in favour", "18 to 9 against") or before
    it in its clause ("approved ... by 19 votes to 8", "rejected by 16 votes to 11"); None for
    a tally that does not say, or a figure that is no tally."""
    start, end = figure.tokens
    if figure.kind != "score" or "to" not in reading.words.norms[start:end]:
        return None
    first = _side(reading, range(end, min(end + 3, len(reading))))
    clause = reading.clauses[start]
    before = (k for k in range(start - 1, max(-1, start - 3 * REACH), -1))
    first = first or _side(reading, [k for k in before if reading.clauses[k] == clause])
    if first is None:
        return None
    a = figure.value
    b = figure.low if a == figure.high else figure.high
    return (a, b) if first == "for" else (b, a)


def claim_side(reading: Reading, figure: Quantity) -> str | None:
    """Which side of a vote a claim's count is ("Nineteen councillors voted in favour", "181
    deputies voted against"): the first word of a side after it; None for no side."""
    return _side(reading, range(figure.tokens[1], len(reading)))


def vote_lemmas(lexicon: Lexicon) -> frozenset[str]:
    """The words of a vote and of its sides ("vote", "favour", "against")."""
    return lexicon.vote_words | lexicon.vote_for | lexicon.vote_against


def _side(reading: Reading, tokens) -> str | None:
    """The side the first word of a side among `tokens` says: "for" or "against"."""
    lexicon = reading.lexicon
    for k in tokens:
        if reading.lemmas[k] in lexicon.vote_for:
            return "for"
        if reading.lemmas[k] in lexicon.vote_against:
            return "against"
    return None
