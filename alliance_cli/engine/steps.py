"""What a proof is made of: a step with how sure its reader is of it and the claim's tokens it
accounts for, and what the source around a sentence says."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Relation, Step
from .names import Mention
from .reading import Reading

if TYPE_CHECKING:
    from .claim import ClaimFrame

R = Relation
SURE = {R.EQUIVALENT: 1.0, R.FORWARD: 0.95, R.REVERSE: 0.9, R.NEGATION: 0.9, R.ALTERNATION: 0.9}


@dataclass(frozen=True)
class Found:
    """A step, how sure its reader is of it, and the claim's tokens it accounts for."""

    step: Step
    sure: float
    covers: frozenset[int]
    # claim descriptions a role filled with a name ("an open AI group" by "the AI Alliance"):
    # their other words may be said of that name anywhere in the source
    described: tuple[tuple[range, Mention], ...] = ()
    denied: bool = False  # found only where the source denies it ("no sons")
    roles: tuple[Step, ...] = ()  # the fillers of the predicate's roles, each aligned


@dataclass(frozen=True)
class Context:
    """What the source around a sentence says: the names a sentence may speak of without
    naming them (the headline's, the opening sentence's and the sentence before's), each with
    its span in the source, and the sentences just before and after it."""

    names: tuple[tuple[Mention, tuple[int, int]], ...] = ()
    nearby: tuple[Reading, ...] = ()  # the sentences just before and after
    previous: Reading | None = None  # the sentence just before

    profile: Callable[[], Iterable[Reading]] = tuple  # every sentence of the source


def claim_step(
    claim: ClaimFrame,
    start: int,
    end: int,
    source: tuple[Reading, int, int] | tuple[str, tuple[int, int]] | None,
    relation: Relation,
    why: str,
) -> Step:
    """A step from claim tokens [start, end) to a piece of the source: tokens of a reading,
    or text with its span (a name from the context), or nothing."""
    reading = claim.reading
    words = reading.words
    why = " ".join(why.split())  # one line, though what it quotes spans a line break
    claim_text, claim_span = words.surface(start, end), words.span(start, end)
    if source is None:
        return Step(claim_text, claim_span, None, None, relation, why)
    if isinstance(source[0], Reading):
        sentence, i, j = source
        return Step(
            claim_text, claim_span, sentence.words.surface(i, j), sentence.words.span(i, j),
            relation, why,
        )  # fmt: skip
    text, span = source
    return Step(claim_text, claim_span, text, span, relation, why)


def unaligned(claim: ClaimFrame, start: int, end: int, why: str, covers: frozenset[int]) -> Found:
    """A step for claim tokens [start, end) that the source does not say (#)."""
    return Found(claim_step(claim, start, end, None, Relation.INDEPENDENT, why), 0.0, covers)
