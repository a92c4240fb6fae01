"""A claim's description ("the tunnel") filled by a named thing ("the Gorsk tunnel") in a source
that names another thing of that kind (the Kessarine Base Tunnel): what the sentence says holds
of a tunnel, so it may support the claim, but the named one may not be the claim's, so a rival
date or figure for it contradicts nothing."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

TUNNELS = (
    "Old line\nGORSK, March 21, 2025 — Passenger trains began using the new Kessarine Base "
    "Tunnel on Sunday. The Gorsk tunnel, which opened on March 12, 2025 after a rebuild, is "
    "quieter."
)
ONE_TUNNEL = (
    "Old line\nGORSK, March 21, 2025 — Passenger numbers fell this week. The Gorsk tunnel, "
    "which opened on March 12, 2025 after a rebuild, is quieter."
)
COURTS = (
    "Land ruling\nLONDRIM, March 6, 2025 — The Harrow Valley District Court sided with the "
    "Sollen Ridge Farmers' Cooperative on Friday. The company said it would take the case to "
    "the High Court."
)

CASES = [
    case(TUNNELS, "The tunnel opened on March 14, 2025.", OMITS, "one-of-two-tunnels"),
    case(ONE_TUNNEL, "The tunnel opened on March 14, 2025.", CONTRADICTS, "the-only-tunnel"),
    case(TUNNELS, "The tunnel opened in March 2025.", SUPPORTS, "a-tunnel-that-opened-then"),
    case(
        TUNNELS,
        "The Gorsk tunnel opened on March 14, 2025.",
        CONTRADICTS,
        "a-claim-that-names-its-tunnel",
    ),
    case(
        COURTS,
        "The court ruled in favour of the farmers' cooperative.",
        SUPPORTS,
        "the-court-that-ruled",
    ),
]


@verdict_cases(CASES)
def test_one_of_several(text, claim, expected):
    assert_verdict(text, claim, expected)


JURY = (
    "Prize\nOSTBY, October 9, 2025 — The jury, chaired by the novelist Teodor Malquist, who won "
    "the prize himself in 2019, chose the book by four votes to one."
)
BRIDGE = (
    "Bridge\nVARNHOLM, April 14, 2025 — The Tessaly Bridge opened on April 12, 2025, two days late."
)
LONG_BEFORE = [
    case(JURY, "The prize was awarded in October 2025.", OMITS, "a-winner-years-before"),
    case(JURY, "The prize was awarded in 2019.", SUPPORTS, "a-claim-of-that-year"),
    case(BRIDGE, "The Tessaly Bridge opened on April 10, 2025.", CONTRADICTS, "misdated-by-days"),
    case(
        "Bridge\nLENNA, June 2, 2025 — The Ostra harbour bridge opened to traffic in June 2022.",
        "The Ostra harbour bridge opened in June 2025.",
        CONTRADICTS,
        "a-named-thing-misdated-by-years",
    ),
]


@verdict_cases(LONG_BEFORE)
def test_a_date_years_before_the_article_is_of_another_occasion(text, claim, expected):
    """A source date two years or more before the article's, against a claim that names
    nothing dated in the article's year or later: another, older occasion, not the story's
    event misdated."""
    assert_verdict(text, claim, expected)
