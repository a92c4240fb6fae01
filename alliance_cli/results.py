"""What each command hands its printer: the results of one view, whatever the format. Every
printer of a format takes the same object (`report.formats`); nothing here prints."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from .model import ClaimCheck, CuratedClaim, Source, SourceInfo

if TYPE_CHECKING:
    from .api import Conflicts, Mismatch
    from .evaluate import Judged


@dataclass(frozen=True)
class Checks:
    """`check`: each claim's verdicts (a sequence; for JSON Lines, an iterator that yields
    each claim as it is judged), the sources in order, and whether to show the proofs."""

    view: ClassVar[str] = "check"
    results: Iterable[ClaimCheck]
    sources: Sequence[SourceInfo]
    explain: bool = False


@dataclass(frozen=True)
class Matrix:
    """`matrix`: every claim against every source, in the order to show them."""

    view: ClassVar[str] = "matrix"
    results: Sequence[ClaimCheck]
    sources: Sequence[SourceInfo]


@dataclass(frozen=True)
class Disputes:
    """`conflicts`: what the sources disagree on, and the sources (held: the number lines
    name each, with or without a figure)."""

    view: ClassVar[str] = "conflicts"
    found: Conflicts
    sources: Sequence[Source]


@dataclass(frozen=True)
class Audit:
    """`audit`: the verdicts that differ from the curator's, of how many claims and sources."""

    view: ClassVar[str] = "audit"
    mismatches: Sequence[Mismatch]
    claims: int
    sources: int


class Run(NamedTuple):
    """One pairs file's scores (`evaluate.metrics`, with its `file` and `two_way`) and the
    misjudged pairs to list."""

    scores: dict[str, Any]
    wrong: Sequence[Judged]


@dataclass(frozen=True)
class Scores:
    """`evaluate`: a run per pairs file; `errors` when misjudged pairs were asked for."""

    view: ClassVar[str] = "evaluate"
    runs: Sequence[Run]
    errors: bool = False


@dataclass(frozen=True)
class SourceList:
    """`sources`: each source's outline."""

    view: ClassVar[str] = "sources"
    sources: Sequence[SourceInfo]


@dataclass(frozen=True)
class ClaimList:
    """`claims`: the curated claims."""

    view: ClassVar[str] = "claims"
    claims: Sequence[CuratedClaim]


@dataclass(frozen=True)
class SourceText:
    """`show`: one source, sentence by sentence, and each claim's verdict on it."""

    view: ClassVar[str] = "show"
    source: Source
    results: Sequence[ClaimCheck]


Results = Checks | Matrix | Disputes | Audit | Scores | SourceList | ClaimList | SourceText
