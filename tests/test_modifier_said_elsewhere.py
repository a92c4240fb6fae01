"""A modifier the claim adds ("the warehouse fire") that another sentence of the source says
with the same noun ("a fire ... tore through the warehouse") is said: the source speaks of
that one. Not a word that picks a role ("was the defending champion"), not even from the
sentence beside it, nor an act ("the engineer who inspected Orlen Court"), which the sentence
itself must say."""

from __future__ import annotations

from verdicts import OMITS, SUPPORTS, assert_verdict, case, verdict_cases

CASES = [
    case(
        "Warehouse fire\nA fire that broke out on Sunday tore through the Tarvenne warehouse. "
        "The 140 workers on the night shift were evacuated, and three of them were injured.",
        "Three workers were injured in the warehouse fire.",
        SUPPORTS,
        "the-warehouse-fire",
    ),
    case(
        "Fire\nA fire broke out on Sunday at the Tarvenne depot. Three workers were injured in "
        "the fire.",
        "Three workers were injured in the warehouse fire.",
        OMITS,
        "no-warehouse-named",
    ),
    case(
        "Chess\nThe defending champion, Mirela Sostak, lost in the semi-finals. Lukas Dremmel "
        "was champion in 2019.",
        "Lukas Dremmel was the defending champion.",
        OMITS,
        "a-modifier-that-picks-a-role",
    ),
    case(
        "Chess\nThe reigning champion, Mirela Sostak, lost in the semi-finals. Lukas Dremmel is "
        "a national champion.",
        "Lukas Dremmel is the reigning champion.",
        OMITS,
        "a-role-picked-beside-it-is-another's",
    ),
    case(
        "Inspection\nOrlen Court was inspected last year. Lenna Sorvik, a structural engineer "
        "who was not involved in that inspection, told the Herald that such blocks deserve "
        "scrutiny.",
        "Lenna Sorvik is the engineer who inspected Orlen Court.",
        OMITS,
        "an-act-is-said-where-it-is-told",
    ),
]


@verdict_cases(CASES)
def test_a_modifier_said_elsewhere_in_the_source(text, claim, expected):
    assert_verdict(text, claim, expected)
