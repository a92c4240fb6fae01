"""The library: check claims against sources, and audit the curated claims. The CLI is a thin
layer over these functions."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .claims import expected_verdicts, load_claims
from .conflicts import (
    Conflicts,
    CountConflict,
    Disagreement,
    Figure,
    MembershipConflict,
    find_conflicts,
)
from .corpus import EachSource, SourceFile, find_source, load_sources, read_sources, source_files
from .engine.judge import check_claim, judge_parts, read_parts
from .engine.lexicon import Lexicon, default_lexicon
from .match import query_claim
from .model import Claim, ClaimCheck, CuratedClaim, Source, Stance, Verdict
from .resources import bundled, data_file
from .statements import Stated

if TYPE_CHECKING:
    from .shards import Workers

__all__ = [
    "Conflicts",
    "CountConflict",
    "Disagreement",
    "EachSource",
    "Figure",
    "MembershipConflict",
    "Mismatch",
    "audit",
    "check",
    "check_claim",
    "check_each_source",
    "conflicts",
    "default_claims_path",
    "default_sources_path",
    "disputed_first",
    "find_source",
    "load_claims",
    "load_sources",
    "query_claim",
    "read_sources",
    "source_files",
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


def check_each_source(
    claims: Sequence[Claim],
    sources: Iterable[Source],
    lexicon: Lexicon | None = None,
    workers: Workers | None = None,
) -> list[ClaimCheck]:
    """Every claim against every source, as `check` gives them, but source by source: each
    source is judged on every claim before the next is asked for, so a caller that reads
    sources one at a time (`corpus.read_sources`) holds one at a time. On `workers`
    (`shards.connected`), in shards, with the same results."""
    if workers is not None:
        from .shards import check_sharded

        return check_sharded(claims, sources, workers)
    lexicon = lexicon or default_lexicon()
    readings = [read_parts(claim, lexicon) for claim in claims]
    verdicts: list[list[Verdict]] = [[] for _ in claims]
    for source in sources:
        for parts, found in zip(readings, verdicts, strict=True):
            found.append(judge_parts(parts, source))
        del source  # let it go before the next is read
    return [ClaimCheck(claim, tuple(found)) for claim, found in zip(claims, verdicts, strict=True)]


class Mismatch(NamedTuple):
    """A curated claim whose verdict on a source is not the one the curator expects."""

    claim: CuratedClaim
    source: str
    expected: Stance
    verdict: Verdict


def audit(
    curated: Sequence[CuratedClaim],
    sources: Iterable[Source],
    known: Sequence[Source] | Sequence[SourceFile] | None = None,
) -> list[Mismatch]:
    """Check every curated claim and compare each verdict with the curator's expectation.
    Expectations name sources among `known` (the files about to be read, when `sources` are
    read one at a time), by default `sources` themselves."""
    if known is None:
        sources = known = list(sources)
    expected = [expected_verdicts(claim, known) for claim in curated]
    checked = check_each_source([Claim(claim.text, claim) for claim in curated], sources)
    return [
        Mismatch(claim, verdict.source, want, verdict)
        for claim, result, wanted in zip(curated, checked, expected, strict=True)
        for verdict in result.verdicts
        if (want := wanted.get(verdict.source)) is not None and want is not verdict.stance
    ]


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
    stated: Stated | None = None,
    each: Iterable[Stated] | None = None,
) -> Conflicts:
    """Where the sources disagree without being given a claim (see `conflicts.find_conflicts`);
    `run` checks the generated membership claims, `check` by default; `stated`, when given,
    is filled with what the sources state; `each` is what each source states, when already
    read (`scans.scans`)."""
    run = run or (lambda claims, found: check(claims, found, lexicon))
    return find_conflicts(sources, run, lexicon, names, stated, each)


def draft_claims(
    sources: Sequence[Source],
    folders: str,
    run: Callable[[list[Claim], Sequence[Source]], Iterable[ClaimCheck]] | None = None,
    lexicon: Lexicon | None = None,
) -> str:
    """A claims file drafted from the sources (`claims init`; see `draft`): the text of a YAML
    file the claims loader reads, whose `expect` are today's verdicts."""
    from .draft import drafts, render

    run = run or (lambda claims, found: check(claims, found, lexicon))
    stated = Stated([], [])
    found = conflicts(sources, lexicon, run=run, stated=stated)
    drafted = drafts(found, stated)
    results = run([Claim(draft.text) for draft in drafted], sources)
    return render(drafted, results, sources, folders)
