"""Judge a short text written for a test against a claim, as the library does for a user, and
check the verdict and its evidence."""

from __future__ import annotations

import pytest

from alliance_cli import api
from alliance_cli.corpus import source_from_text
from alliance_cli.model import Stance, Verdict

SUPPORTS, CONTRADICTS, OMITS = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.OMITS


def judge(text: str, claim: str) -> tuple[Verdict, str]:
    """The verdict of a one-source corpus on a claim checked as written, and the source text."""
    source = source_from_text(text, "s")
    (verdict,) = api.check_claim(api.query_claim(claim, []), [source]).verdicts
    return verdict, source.text


def assert_verdict(text: str, claim: str, expected: Stance) -> Verdict:
    verdict, source_text = judge(text, claim)
    assert verdict.stance is expected, (verdict.stance.value, verdict.reason, verdict.evidence)
    if expected is not OMITS:
        assert verdict.evidence is not None
        start, end = verdict.evidence.span
        assert source_text[start:end] == verdict.evidence.sentence
        for low, high in verdict.evidence.highlights:
            assert start <= low <= high <= end
    return verdict


def case(text: str, claim: str, expected: Stance, id: str):
    return pytest.param(text, claim, expected, id=id)


def verdict_cases(cases: list):
    """Run a test once for each (text, claim, expected) of `cases` (made by `case`)."""
    return pytest.mark.parametrize(("text", "claim", "expected"), cases)
