"""A vote's tally: two counts joined by "to" after or beside a word of a vote ("by 31 votes
to 17", "voting 19 to 8", "the board's vote was 11 to 3"), read as one figure whose two
sides a claim's tally must give both (in either order), as a score's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Quantity
from .numbers import number_at

if TYPE_CHECKING:
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
