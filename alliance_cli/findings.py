"""What one sentence does with a claim, and what the judge knows about the sentence's place."""

from __future__ import annotations

from typing import NamedTuple

from .model import Stance


class Finding(NamedTuple):
    """One sentence's stance on a claim, how sure, why, and the deciding words' spans."""

    stance: Stance
    confidence: float
    reason: str
    highlights: tuple[tuple[int, int], ...] = ()


class Context(NamedTuple):
    """Where a sentence stands in its source: the names the source is about (`topics`), the
    names of the sentence before it (`previous`; None for the first sentence), and whether the
    source is a one-sentence snippet."""

    topics: frozenset[str] = frozenset()
    previous: frozenset[str] | None = None
    snippet: bool = False  # the source is one sentence of evidence, its subject named elsewhere
    named: frozenset[str] = frozenset()  # the claim's names the source names anywhere
    given: bool = False  # the source is evidence known to bear on the claim

    def carries(self, key: str, pronoun: bool = False) -> bool:
        """Whether a sentence that does not name `key` may still be about it: the source is
        about it (its headline or three sentences name it), or the sentence before names it,
        or the source is a one-sentence snippet that opens with a pronoun ("She ..."), or is
        evidence given for the claim."""
        before = self.previous is not None and key in self.previous
        return key in self.topics or before or (self.snippet and pronoun) or self.given
