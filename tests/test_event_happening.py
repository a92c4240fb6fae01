"""When a lead tells its event happening: the event's own word as the active subject of the
lead's main verb dates it ("An avalanche tore down the flank on Saturday"); a date after the
event's word does not date it when a verb between tells what was done to it ("the fire was
put out on Monday") or a phase of it ("the flood receded on Monday", "the strike ended"),
but "the final was held on Saturday" does."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

CASES = [
    case(
        "Avalanche buries skiers\nVELMIRA, February 8, 2025 — An avalanche tore down the eastern flank of Mount Ardelis at around 11:40 a.m. on Saturday, burying at least six skiers.",
        "The avalanche occurred on February 8, 2025.",
        SUPPORTS,
        "the-avalanche-tore-down-on-saturday",
    ),
    case(
        "Avalanche buries skiers\nVELMIRA, February 8, 2025 — An avalanche tore down the eastern flank of Mount Ardelis at around 11:40 a.m. on Saturday, burying at least six skiers.",
        "The avalanche occurred on February 7, 2025.",
        CONTRADICTS,
        "another-day",
    ),
    case(
        "Storm\nDUNMERE, March 3, 2025 — The storm hit the coast on Sunday, flooding hundreds of homes.",
        "The storm took place on March 2, 2025.",
        SUPPORTS,
        "the-storm-hit",
    ),
    case(
        "Flood\nDUNMERE, March 3, 2025 — The flood receded on Monday, leaving a trail of mud.",
        "The flood took place on March 3, 2025.",
        OMITS,
        "the-flood-receded",
    ),
    case(
        "Fire\nDUNMERE, March 3, 2025 — The fire was finally put out on Monday after burning for a week.",
        "The fire took place on March 3, 2025.",
        OMITS,
        "the-fire-was-put-out",
    ),
    case(
        "Inquiry\nDUNMERE, March 3, 2025 — The avalanche inquiry opened on Monday.",
        "The avalanche occurred on March 3, 2025.",
        OMITS,
        "the-inquiry-opened",
    ),
    case(
        "Strike\nDUNMERE, March 3, 2025 — The strike ended on Monday after nine days.",
        "The strike took place on March 3, 2025.",
        OMITS,
        "the-strike-ended",
    ),
    case(
        "Cup\nKELLOW, March 3, 2025 — The final was held on Saturday in heavy rain.",
        "The final was held on March 1, 2025.",
        SUPPORTS,
        "the-final-was-held",
    ),
    case(
        "Cup\nKELLOW, March 3, 2025 — The final was played on Saturday in heavy rain.",
        "The final took place on March 1, 2025.",
        SUPPORTS,
        "the-final-was-played",
    ),
    case(
        "Bridge\nKELLOW, March 3, 2025 — The bridge was opened on Saturday by the mayor.",
        "The bridge opened on March 1, 2025.",
        SUPPORTS,
        "the-bridge-was-opened",
    ),
    case(
        "Gala\nKELLOW, March 3, 2025 — The gala was postponed on Saturday.",
        "The gala took place on March 1, 2025.",
        OMITS,
        "the-gala-was-postponed",
    ),
]


@verdict_cases(CASES)
def test_when_a_lead_tells_its_event_happening(text, claim, expected):
    assert_verdict(text, claim, expected)
