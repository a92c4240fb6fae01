"""A modifier that tells one thing from another of its kind ("the new stadium") and that the
source does not say decides nothing: the source may speak of the other one ("the ground that
opened in 1911" is the old ground), so no contradiction follows from it."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

CASES = [
    case(
        "Stadium\nCouncillors backed a move away from Quarry Lane, the ground that opened in 1911.",
        "The new stadium is expected to open in 2028.",
        OMITS,
        "the-old-ground's-opening",
    ),
    case(
        "Stadium\nThe new stadium is expected to open in 2027.",
        "The new stadium is expected to open in 2028.",
        CONTRADICTS,
        "the-new-stadium-another-year",
    ),
    case(
        "Stadium\nThe new stadium is expected to open in 2028.",
        "The new stadium is expected to open in 2028.",
        SUPPORTS,
        "the-new-stadium-said",
    ),
]


@verdict_cases(CASES)
def test_a_modifier_that_tells_things_apart(text, claim, expected):
    assert_verdict(text, claim, expected)
