"""Who holds a role a doer's noun names ("coach", "captain", "founder"): the name after its
comma ("Kessel Rovers' coach, Anselm Drury,"), the names listed there and no more; the name a
copula gives it ("the club's new coach is X", "X will remain the club's coach", "X was named
the club's coach"); and the one a claim's "X is the coach of Y" speaks of, its verb's subject.
A noun that owns another ("the studio's head") is not what an aside says its name is.
A participle in an aside with a "by" phrase past a date is a passive ("Dunmore, beaten on
Saturday, March 8, by Kessel Rovers,")."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

PAIR = (
    "Derby\nKessel Rovers' coach, Anselm Drury, was sent off, while Dunmore's coach, Rasmus "
    "Kell, stayed calm."
)
CAPTAINS = (
    "Derby\nKessel Rovers' captain, Rasmus Kell, and Dunmore's captain, Anselm Drury, shook "
    "hands before kick-off."
)
BEATEN = (
    "Coach sacked\nDUNMORE, March 11, 2025 — Dunmore, beaten on Saturday, March 8, by Kessel "
    "Rovers, sacked their coach on Monday."
)

CASES = [
    case(PAIR, "Rasmus Kell is the coach of Dunmore.", SUPPORTS, "the-second-of-a-pair"),
    case(PAIR, "Anselm Drury is the coach of Kessel Rovers.", SUPPORTS, "the-first-of-a-pair"),
    case(PAIR, "Anselm Drury is the coach of Dunmore.", CONTRADICTS, "a-pair-swapped"),
    case(CAPTAINS, "Rasmus Kell is the captain of Kessel Rovers.", SUPPORTS, "names-and-no-more"),
    case(
        "Club\nThe club's new coach is Anselm Drury.",
        "Anselm Drury is the coach of the club.",
        SUPPORTS,
        "the-coach-is-x",
    ),
    case(
        "Club\nAnselm Drury will remain the club's coach, the board said.",
        "Anselm Drury is the coach of the club.",
        SUPPORTS,
        "x-remains-the-coach",
    ),
    case(
        "Club\nAnselm Drury was named the club's coach on Monday.",
        "Anselm Drury is the coach of the club.",
        SUPPORTS,
        "x-was-named-the-coach",
    ),
    case(
        "Vedder took over as coach of Dunmarrow in May.",
        "Vedder is the coach of Dunmarrow",
        SUPPORTS,
        "as-coach",
    ),
    case(BEATEN, "Kessel Rovers beat Dunmore.", SUPPORTS, "beaten-by-past-a-date"),
    case(BEATEN, "Dunmore beat Kessel Rovers.", CONTRADICTS, "beaten-by-past-a-date-swapped"),
    case(
        "Deal\nKESSEL, March 5, 2025 — Brightline, bought on Monday by Kessmar for 40 million "
        "euros, will keep its name.",
        "Kessmar bought Brightline.",
        SUPPORTS,
        "bought-by-past-a-day",
    ),
    case(
        "Box office\nVALDANE, March 10, 2025 — Harrowgate Tide took $191.2 million over the "
        "weekend. Overseas audiences pushed the global haul to more than $420 million, "
        "according to Corvin Ashdale, the studio's head of distribution, who said bookings had "
        "been strong.",
        "Corvin Ashdale is the director of Harrowgate Tide.",
        OMITS,
        "the-head-of-the-studio-is-no-studio",
    ),
    case(
        "Result\nKessmar defeated Tovrell on Sunday by 300 votes.",
        "Kessmar defeated Tovrell.",
        SUPPORTS,
        "by-a-margin-is-no-agent",
    ),
]


@verdict_cases(CASES)
def test_who_holds_the_role(text, claim, expected):
    assert_verdict(text, claim, expected)
