"""Which verdicts a view shows (`--only`, `--min-confidence`) and whether a run fails on them
(`--fail-on`): pure functions of the results, applied before any printer sees them, so every
format shows the same records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from .model import ClaimCheck, Stance, Verdict

if TYPE_CHECKING:
    from .conflicts import Conflicts


def stances(text: str) -> frozenset[Stance]:
    """A comma list of verdicts ("contradicts,supports") as a set; ValueError for a word that
    is no verdict, or for none."""
    words = [word.strip() for word in text.split(",") if word.strip()]
    known = {stance.value for stance in Stance}
    unknown = [word for word in words if word not in known]
    if unknown or not words:
        shown = repr(unknown[0]) if unknown else "no verdict"
        raise ValueError(f"{shown}: use supports, contradicts or omits, separated by commas")
    return frozenset(Stance(word) for word in words)


class Filter(NamedTuple):
    """The verdicts to show: of these stances (all when None), at least this sure."""

    only: frozenset[Stance] | None = None
    min_confidence: float = 0.0

    def passes(self, verdict: Verdict) -> bool:
        return (self.only is None or verdict.stance in self.only) and (
            verdict.confidence >= self.min_confidence
        )


def checks(results: Iterable[ClaimCheck], keep: Filter) -> Iterator[ClaimCheck]:
    """`check`'s records: each claim with the verdicts that pass (its summary counts those);
    a claim none of whose verdicts pass is left out. Lazy, so JSON Lines still streams."""
    for result in results:
        verdicts = tuple(verdict for verdict in result.verdicts if keep.passes(verdict))
        if verdicts:
            yield replace(result, verdicts=verdicts)


def rows(results: Iterable[ClaimCheck], keep: Filter) -> list[ClaimCheck]:
    """`matrix`'s records: the claims, whole, that have a verdict that passes."""
    return [result for result in results if any(map(keep.passes, result.verdicts))]


def conflicts(found: Conflicts, keep: Filter) -> Conflicts:
    """`conflicts`' records: each disputed membership with the verdicts that pass, kept while
    they still take both sides. A disputed figure, or a disagreement about an event, has
    values, not verdicts: it stays."""
    memberships = []
    for conflict in found.memberships:
        verdicts = tuple(v for v in conflict.result.verdicts if keep.passes(v))
        if {Stance.SUPPORTS, Stance.CONTRADICTS} <= {verdict.stance for verdict in verdicts}:
            memberships.append(
                conflict._replace(result=replace(conflict.result, verdicts=verdicts))
            )
    return found._replace(memberships=tuple(memberships))


def fails(results: Iterable[ClaimCheck], on: frozenset[Stance]) -> bool:
    """Whether any source's verdict is one of `on` (`check --fail-on`)."""
    return any(verdict.stance in on for result in results for verdict in result.verdicts)
