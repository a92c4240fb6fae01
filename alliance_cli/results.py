"""What each command hands its printer: the results of one view, whatever the format. Every
printer of a format takes the same object (`report.formats`), which names its view (`view`,
a class attribute); nothing here prints. Named tuples, which cost a command's start-up a fifth
of what frozen dataclasses do."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from .model import ClaimCheck, CuratedClaim, Source, SourceInfo

if TYPE_CHECKING:
    from .api import Conflicts, Mismatch
    from .evaluate import Judged


class Checks(NamedTuple):
    """`check`: each claim's verdicts (a sequence; for JSON Lines, an iterator that yields
    each claim as it is judged), the sources in order, and whether to show the proofs."""

    view = "check"
    results: Iterable[ClaimCheck]
    sources: Sequence[SourceInfo]
    explain: bool = False


class Matrix(NamedTuple):
    """`matrix`: every claim against every source, in the order to show them."""

    view = "matrix"
    results: Sequence[ClaimCheck]
    sources: Sequence[SourceInfo]


class Disputes(NamedTuple):
    """`conflicts`: what the sources disagree on, and the sources (held: the number lines
    name each, with or without a figure)."""

    view = "conflicts"
    found: Conflicts
    sources: Sequence[Source]


class Audit(NamedTuple):
    """`audit`: the verdicts that differ from the curator's, of how many claims and sources."""

    view = "audit"
    mismatches: Sequence[Mismatch]
    claims: int
    sources: int


class Run(NamedTuple):
    """One pairs file's scores (`evaluate.metrics`, with its `file` and `two_way`) and the
    misjudged pairs to list."""

    scores: dict[str, Any]
    wrong: Sequence[Judged]


class Scores(NamedTuple):
    """`evaluate`: a run per pairs file; `errors` when misjudged pairs were asked for."""

    view = "evaluate"
    runs: Sequence[Run]
    errors: bool = False


class SourceList(NamedTuple):
    """`sources`: each source's outline."""

    view = "sources"
    sources: Sequence[SourceInfo]


class ClaimList(NamedTuple):
    """`claims`: the curated claims."""

    view = "claims"
    claims: Sequence[CuratedClaim]


class SourceText(NamedTuple):
    """`show`: one source, sentence by sentence, and each claim's verdict on it."""

    view = "show"
    source: Source
    results: Sequence[ClaimCheck]


Results = Checks | Matrix | Disputes | Audit | Scores | SourceList | ClaimList | SourceText
