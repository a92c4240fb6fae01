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
    """Where a sentence stands in its source: the names the source is about (`topics`), and
    the names of the sentence before it (`previous`; None for the first sentence)."""

    topics: frozenset[str] = frozenset()
    previous: frozenset[str] | None = None

    def carries(self, key: str) -> bool:
        """Whether a sentence that does not name `key` may still be about it: the source is
        about it, or the sentence before names it, or nothing comes before."""
        return key in self.topics or self.previous is None or key in self.previous
