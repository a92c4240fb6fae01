"""Whose a sum is and what a figure can hold: a sum "from" a name is that name's ("a rival
proposal of 14 million euros from Oberline Capital"); what something can hold ("can carry
32 riders", "designed to hold 32 passengers") is compared only with what it can hold, never
with what it carried one day ("was carrying 29 passengers"); and a plural noun before a verb
in -ed is the subject, not the verb ("union members supported")."""

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
