"""Whose a sum is and what a figure can hold: a sum "from" a name is that name's ("a rival
proposal of 14 million euros from Oberline Capital"); what something can hold ("can carry
32 riders", "designed to hold 32 passengers") is compared only with what it can hold, never
with what it carried one day ("was carrying 29 passengers"); and a plural noun before a verb
in -ed is the subject, not the verb ("union members supported"); and a company's revenue,
profit or budget is a sum a claim must name to be about ("annual revenue is roughly $4.2bn" is
no cost of a strike)."""

from __future__ import annotations

from verdicts import OMITS, assert_verdict, case, verdict_cases

CASES = [
    case(
        "Resort\nKestrel Peak Leisure has won the race for the Mount Orvel resort. Tomas "
        "Brennick, the administrator overseeing the insolvency, said Kestrel's €17.5 million "
        "offer had beaten a rival proposal of €14 million from Oberline Capital, an investment "
        "fund.",
        "Kestrel Peak Leisure bid €17.5 million for the Mount Orvel resort.",
        OMITS,
        "a-rival-proposal-from-another-bidder-is-theirs",
    ),
    case(
        "Ride\nThe Starfall, which was built in 1998, was carrying 29 passengers when it failed.",
        "The Starfall can carry 32 riders at once.",
        OMITS,
        "carrying-29-one-day-is-no-capacity",
    ),
    case(
        "Ride\nThe failure injured twenty-three riders, four of them with serious injuries, on "
        "a ride designed to hold 32 passengers at a time.",
        "The Starfall can carry 32 riders at once.",
        OMITS,
        "four-of-the-injured-is-no-capacity",
    ),
    case(
        "Pilots\nPORT TESSALY, April 9, 2025 — Pilots at Halvenair have voted to accept the "
        "contract that ended last month's strike. The agreement will add about $310 million to "
        "the airline's wage bill, according to analysts, who noted that the carrier's annual "
        "revenue is roughly $4.2bn.",
        "The strike cost Halvenair about $41 million.",
        OMITS,
        "a-revenue-is-no-cost-of-a-strike",
    ),
    case(
        "Pilots\nMore than 85 percent of the association's members had voted for industrial "
        'action, a result Marrow said left the airline "with no illusions about our resolve".',
        "More than 90% of voting union members supported strike action.",
        OMITS,
        "union-members-supported-is-no-membership-claim",
    ),
]


@verdict_cases(CASES)
def test_verdict(text, claim, expected):
    assert_verdict(text, claim, expected)
