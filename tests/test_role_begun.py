"""A role someone became holder of at another time still holds ("who became Halvermoor's chief
executive last year"), where one only hoped for ("hopes to become its coach next season") does
not yet."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

BECAME = (
    "Recall\nHalvermoor Nutrition recalled the formula. Dagny Ruskell, who became Halvermoor's "
    "chief executive last year, declined to say on Thursday whether she would step down."
)

CASES = [
    case(
        BECAME,
        "Dagny Ruskell is the chief executive of Halvermoor Nutrition.",
        SUPPORTS,
        "became-last-year-still-is",
    ),
    case(
        BECAME,
        "Osric Pellander is the chief executive of Halvermoor Nutrition.",
        CONTRADICTS,
        "became-last-year-another-holder",
    ),
    case(
        "Rovers\nKESSEL, March 9, 2025 — Anselm Drury hopes to become Kessel Rovers' coach next "
        "season.",
        "Anselm Drury is the coach of Kessel Rovers.",
        OMITS,
        "hopes-to-become-next-season",
    ),
]


@verdict_cases(CASES)
def test_a_role_begun_at_another_time(text, claim, expected):
    assert_verdict(text, claim, expected)
