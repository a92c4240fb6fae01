"""A sentence that gives two figures for one quantity ("police said twelve were injured,
hospital staff 14") contradicts nothing with the one that differs from the claim's while the
other agrees; with one figure, a different one contradicts."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

CASES = [
    case(
        "Crash\nPolice said twelve people were injured.",
        "Fourteen people were injured.",
        CONTRADICTS,
        "one-figure-that-differs",
    ),
    case(
        "Crash\nPolice said twelve people were injured, while hospital staff said 14 people "
        "were hurt and two people died.",
        "Fourteen people were injured.",
        OMITS,
        "two-figures-one-agrees",
    ),
    case(
        "Crash\nPolice said twelve people were injured, while hospital staff said 14 people "
        "were hurt and two people died.",
        "Twenty people were injured.",
        CONTRADICTS,
        "two-figures-neither-agrees",
    ),
    case(
        "Crash\nPolice said twelve people were injured, while hospital staff said 14 people "
        "were injured.",
        "Fourteen people were injured.",
        SUPPORTS,
        "the-agreeing-figure-said-with-the-claims-words",
    ),
]


@verdict_cases(CASES)
def test_figures_said_twice(text: str, claim: str, expected) -> None:
    assert_verdict(text, claim, expected)
