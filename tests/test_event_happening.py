"""When a lead tells its event happening: the event's own word as the active subject of the
lead's main verb dates it ("An avalanche tore down the flank on Saturday"); a date after the
event's word does not date it when a verb between tells what was done to it ("the fire was
put out on Monday"), a phase of it ("the flood receded on Monday", "the strike spread") or
what it led to ("the flood forced the postponement of the derby on Saturday"), but "the final
was held on Saturday" and "the final was won by Dunmarrow on Saturday" do."""

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
        "Strike\nDUNMERE, March 3, 2025 — The strike spread to the docks on Monday.",
        "The strike took place on March 3, 2025.",
        OMITS,
        "the-strike-spread",
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
    case(
        "Derby\nKELLOW, March 3, 2025 — The derby drew a record crowd on Saturday.",
        "The derby took place on March 1, 2025.",
        SUPPORTS,
        "the-derby-drew-a-crowd",
    ),
    case(
        "Quake\nBRENN, March 3, 2025 — The earthquake prompted the government to declare an "
        "emergency on Monday.",
        "The earthquake occurred on March 3, 2025.",
        OMITS,
        "what-the-earthquake-prompted",
    ),
    case(
        "Match\nThe match, which was moved to March 2, ended 1-1.",
        "The match was played on March 2.",
        SUPPORTS,
        "moved-to-its-date",
    ),
    case(
        "Final\nThe final was won by Dunmarrow on March 1.",
        "The final was played on March 2.",
        CONTRADICTS,
        "won-on-its-date",
    ),
]


@verdict_cases(CASES)
def test_when_a_lead_tells_its_event_happening(text, claim, expected):
    assert_verdict(text, claim, expected)
