"""A claim's description ("the tunnel") filled by a named thing ("the Gorsk tunnel") in a source
that names another thing of that kind (the Kessarine Base Tunnel): what the sentence says holds
of a tunnel, so it may support the claim, but the named one may not be the claim's, so a rival
date or figure for it contradicts nothing."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

TUNNELS = (
    "Old line faces cuts\nGORSK, March 21, 2025 — Passenger trains began using the new "
    "Kessarine Base Tunnel on Sunday. The Gorsk tunnel, which opened in 1998 at a cost of "
    "€2.1bn, was a landmark in its day."
)
ONE_TUNNEL = (
    "Old line faces cuts\nGORSK, March 21, 2025 — Passenger numbers fell this week. The Gorsk "
    "tunnel, which opened in 1998 at a cost of €2.1bn, was a landmark in its day."
)
COURTS = (
    "Land ruling\nLONDRIM, March 6, 2025 — The Harrow Valley District Court sided with the "
    "Sollen Ridge Farmers' Cooperative on Friday. The company said it would take the case to "
    "the High Court."
)

CASES = [
    case(TUNNELS, "The tunnel opened on March 14, 2025.", OMITS, "one-of-two-tunnels"),
    case(ONE_TUNNEL, "The tunnel opened on March 14, 2025.", CONTRADICTS, "the-only-tunnel"),
    case(TUNNELS, "The tunnel opened in 1998.", SUPPORTS, "a-tunnel-that-opened-then"),
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
