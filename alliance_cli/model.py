"""The domain objects every stage passes on: small, frozen, named after what they are."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .sentences import Sentences

_WORD = re.compile(r"\S+")


class Stance(StrEnum):
    """What a source does with a claim."""

    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    OMITS = "omits"


class Relation(StrEnum):
    """How a source's piece stands to the claim's piece it is aligned with (natural logic)."""

    EQUIVALENT = "≡"  # the same thing
    FORWARD = "⊑"  # the source's is narrower: it entails the claim's
    REVERSE = "⊒"  # the source's is broader: the claim's entails it, not back
    NEGATION = "^"  # one denies the other
    ALTERNATION = "|"  # they cannot both hold
    INDEPENDENT = "#"  # nothing follows


@dataclass(frozen=True)
class Step:
    """One step of a proof: a piece of the claim, the piece of the source aligned with it (none
    when the source says nothing of it), their relation, and why."""

    claim: str
    claim_span: tuple[int, int]  # in the claim
    source: str | None
    source_span: tuple[int, int] | None  # in the source text
    relation: Relation
    why: str


class Sentence(NamedTuple):
    """One sentence of a source: its span in the source text and its normalised form. A
    tuple, made cheaply each time a source's sentences are read (see `sentences.Sentences`)."""

    index: int
    start: int
    end: int
    text: str
    norm: str


@dataclass(frozen=True)
class Source:
    """One text the claims are checked against. `id` is the file name without its extension."""

    id: str
    path: str
    text: str
    sentences: Sentences  # offsets into the text as read (Markdown's markup blanked)
    title: str | None = None  # a headline (front matter's, or a short first line), as shown
    date: str | None = None  # the date its metadata states, or its dateline, as ISO text
    warnings: tuple[str, ...] = ()
    heading: tuple[str, int] | None = None  # the title as the engine reads it, and its start

    @property
    def words(self) -> int:
        """The words of the text as read (Markdown's markup and metadata left out)."""
        return sum(map(bool, _WORD.finditer(self.sentences.text)))  # one match at a time, no list

    @property
    def label(self) -> str:
        """The title, or the opening words when the text has no headline."""
        if self.title:
            return self.title
        opening = " ".join(self.sentences[0].text.split()) if self.sentences else ""
        return opening if len(opening) <= 60 else opening[:59].rstrip() + "\u2026"

    @property
    def info(self) -> SourceInfo:
        return SourceInfo(
            self.id, self.path, self.title, self.date, self.words, len(self.sentences), self.label
        )


class SourceInfo(NamedTuple):
    """What the views show of a source, kept once its text is let go."""

    id: str
    path: str
    title: str | None
    date: str | None
    words: int
    sentence_count: int
    label: str


@dataclass(frozen=True)
class Quantity:
    """A figure as a range [low, high] (each end open or closed) of its kind and unit."""

    kind: str  # count, money, percent, score, or a measure's dimension (time, length, ...)
    unit: str | None  # the currency of money
    low: float
    high: float
    low_open: bool
    high_open: bool
    cue: str  # exact, approximate, more_than, at_least, fewer_than, at_most, nearly, just_over, range
    noun: str | None  # the lemma of what it counts, or of what money or a share is of
    text: str  # as written
    span: tuple[int, int]  # in the source text
    tokens: tuple[int, int]  # [start, end) in its reading
    mood: str | None = None  # expected, planned, demanded or offered: not what happened
    value: float = 0.0  # the figure as written (a score's first number)

    @property
    def exact(self) -> bool:
        """Whether the figure is given bare, at its own precision ("47", "41,382")."""
        return self.cue == "bare"

    @property
    def bounds(self) -> tuple[float, float]:
        """The range as shown: a count's whole numbers ("over 50": 51 with no upper bound,
        "47-strong": 47 to 47), a bare figure at its value, any other range at its ends."""
        if self.kind != "count":
            return (self.value, self.value) if self.exact else (self.low, self.high)
        low = math.floor(self.low) + 1 if self.low_open or self.low % 1 else self.low
        high = self.high
        if not math.isinf(high):
            high = math.ceil(high) - 1 if self.high_open or high % 1 else high
        return (float(low), float(high))

    def inside(self, other: Quantity) -> bool:
        """Whether every value of this range is one of `other`'s."""
        low = self.low > other.low or (
            self.low == other.low and (self.low_open or not other.low_open)
        )
        high = self.high < other.high or (
            self.high == other.high and (self.high_open or not other.high_open)
        )
        return low and high

    def disjoint(self, other: Quantity) -> bool:
        """Whether no value is in both ranges."""
        if self.kind == "score":
            return (self.low, self.high) != (other.low, other.high)

        first, second = sorted((self, other), key=lambda q: (q.low, q.low_open))
        if first.high < second.low:
            return True
        return first.high == second.low and (first.high_open or second.low_open)


@dataclass(frozen=True)
class Date:
    """A calendar date at the precision the text gives: a century, a decade, a year, a month or
    a day;
    year 0 for a month named without one ("born in December")."""

    year: int
    month: int | None = None
    day: int | None = None
    text: str = ""
    span: tuple[int, int] = (0, 0)
    years: int = 1  # 10 for a decade ("the 1950s"), 100 for a century ("the 1800s")

    def iso(self) -> str:
        if self.years > 1:
            return f"{self.year}s"
        if not self.year:
            return f"--{self.month:02d}"
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def agrees(self, other: Date) -> bool:
        """Equal at the precision both give: "December 2023" agrees with "2023-12-05", "1947"
        with "the forties" and "the 1900s"."""
        if self.year and other.year and max(self.years, other.years) > 1:
            years = max(self.years, other.years)
            return self.year // years == other.year // years
        if self.year and other.year and self.year != other.year:
            return False
        if self.month and other.month and self.month != other.month:
            return False
        return not (self.day and other.day and self.day != other.day)


@dataclass(frozen=True)
class CuratedClaim:
    """A claim from the curated claims file, with the curator's expected verdict per source."""

    id: str
    text: str
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    expect: tuple[tuple[str, Stance, int], ...] = ()  # (source id or prefix, stance, line)
    note: str | None = None
    line: int = 0
    path: str = ""  # the claims file it comes from, for error messages


@dataclass(frozen=True)
class Claim:
    """A claim to check: the text as asserted, and the curated claim it came from, if any."""

    text: str
    curated: CuratedClaim | None = None


@dataclass(frozen=True)
class Evidence:
    """The sentence that decides a verdict, where it stands, and the words that decide it."""

    sentence: str  # the source's text at `span`, as written
    span: tuple[int, int]
    highlights: tuple[tuple[int, int], ...] = ()  # spans in the source, inside `span`
    read: str = ""  # the sentence as read, where it differs: Markdown's markup blanked


@dataclass(frozen=True)
class Verdict:
    """One source's verdict on one claim."""

    source: str
    stance: Stance
    confidence: float
    reason: str
    evidence: Evidence | None = None
    proof: tuple[Step, ...] = ()


@dataclass(frozen=True)
class ClaimCheck:
    """A claim and every source's verdict on it, in source order."""

    claim: Claim
    verdicts: tuple[Verdict, ...] = field(default_factory=tuple)

    def summary(self) -> dict[str, int]:
        counts = {stance.value: 0 for stance in Stance}
        for verdict in self.verdicts:
            counts[verdict.stance.value] += 1
        return counts
