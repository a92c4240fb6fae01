"""The library: check claims against sources, and audit the curated claims. The CLI is a thin
layer over these functions."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from .claims import expected_verdicts, load_claims
from .conflicts import Conflicts, CountConflict, Figure, MembershipConflict, find_conflicts
from .corpus import find_source, load_sources
from .engine.judge import check_claim
from .engine.lexicon import Lexicon
from .match import query_claim
from .model import Claim, ClaimCheck, CuratedClaim, Source, Stance, Verdict
from .resources import bundled, data_file

__all__ = [
    "Conflicts",
    "CountConflict",
    "Figure",
    "MembershipConflict",
    "Mismatch",
    "audit",
    "check",
    "check_claim",
    "conflicts",
    "default_claims_path",
    "default_sources_path",
    "disputed_first",
    "find_source",
    "load_claims",
    "load_sources",
    "query_claim",
]


def default_sources_path() -> Path:
    return bundled("seeds")


def default_claims_path() -> Path:
    return data_file("claims.yaml")


def check(
    claims: Iterable[Claim], sources: Sequence[Source], lexicon: Lexicon | None = None
) -> Iterator[ClaimCheck]:
    """Check each claim in turn; results come as they are judged."""
    for claim in claims:
        yield check_claim(claim, sources, lexicon)


class Mismatch(NamedTuple):
    """A curated claim whose verdict on a source is not the one the curator expects."""

    claim: CuratedClaim
    source: str
    expected: Stance
    verdict: Verdict


def audit(curated: Sequence[CuratedClaim], sources: Sequence[Source]) -> list[Mismatch]:
    """Check every curated claim and compare each verdict with the curator's expectation."""
    mismatches = []
    for claim in curated:
        expected = expected_verdicts(claim, sources)
        result = check_claim(Claim(claim.text, claim), sources)
        for verdict in result.verdicts:
            want = expected.get(verdict.source)
            if want is not None and want is not verdict.stance:
                mismatches.append(Mismatch(claim, verdict.source, want, verdict))
    return mismatches


def disputed_first(results: Iterable[ClaimCheck]) -> list[ClaimCheck]:
    """The most disputed claims first: those that some sources support and others contradict,
    then by how many contradict, then by how many support; ties keep their order."""

    def dispute(result: ClaimCheck) -> tuple[bool, int, int]:
        counts = result.summary()
        supports, contradicts = counts[Stance.SUPPORTS], counts[Stance.CONTRADICTS]
        return (not (supports and contradicts), -contradicts, -supports)

    return sorted(results, key=dispute)


def conflicts(
    sources: Sequence[Source],
    lexicon: Lexicon | None = None,
    names: int = 40,
    run: Callable[[list[Claim], Sequence[Source]], Iterable[ClaimCheck]] | None = None,
) -> Conflicts:
    """Where the sources disagree without being given a claim (see `conflicts.find_conflicts`);
    `run` checks the generated membership claims, `check` by default."""
    return find_conflicts(
        sources, run or (lambda claims, found: check(claims, found, lexicon)), lexicon, names
    )
