"""A count that leaves out its noun counts what the sentence's count before it counts ("eight
skiers were buried, and six of them were dug out alive, while two died"), or what the clause
a tally verb ends says ("pre-orders for the Aster 7 had climbed to 1.4 million"); a hyphened
word's last part is what a count counts ("one million pre-orders"); a count that
writes its noun is preferred to one that leaves it out; and a claim's count is compared with
a sentence's count that fills the same role by the figure alone, not again as a role filler
("four of whom were hurt" for "three workers were injured")."""

from __future__ import annotations

import pytest
from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

from alliance_cli.engine.lexicon import default_lexicon
from alliance_cli.engine.reading import Reading


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Eight skiers were buried, and six of them were dug out alive, while two died.",
            [("Eight skiers", "skier"), ("six of them", "skier"), ("two", "skier")],
        ),
        (
            "The slab buried seven skiers, two of whom later died in hospital.",
            [("seven skiers", "skier"), ("two of whom", "skier")],
        ),
        ("Of the 40 passengers, two died.", [("40 passengers", "passenger"), ("two", "passenger")]),
        ("Rescuers say 24 died.", []),  # no count before it: what 24 counts is not said
        ("12 wounded were taken to hospital.", [("12 wounded", "wound")]),
        (
            "The firm said pre-orders for the Aster 7 had climbed to 1.4 million.",
            [("1.4 million", "order")],
        ),
        (
            "It took more than one million pre-orders.",
            [("more than one million pre-orders", "order")],
        ),
        (
            "About 300 anti-war protesters marched.",
            [("About 300 anti-war protesters", "protester")],
        ),
    ],
)
def test_a_count_that_leaves_out_its_noun(text, counts):
    reading = Reading(text, default_lexicon())
    assert [(q.text, q.noun) for q in reading.quantities] == counts


CASES = [
    case(
        "Avalanche\nThe slab broke away on Sunday, burying seven skiers, two of whom later died.",
        "Two skiers were killed in the avalanche.",
        SUPPORTS,
        "two-of-whom-died",
    ),
    case(
        "Avalanche\nEight skiers were buried, and six of them were dug out alive, while two died.",
        "Three skiers were killed in the avalanche.",
        CONTRADICTS,
        "two-died-not-three",
    ),
    case(
        "Fire\nAll 96 workers on the night shift were evacuated, four of whom were hurt.",
        "Three workers were injured in the fire.",
        CONTRADICTS,
        "four-of-whom-were-hurt",
    ),
    case(
        "Marathon\nResults showed that 11,790 runners crossed the starting line and 10,914 "
        "completed the course.",
        "About 11,800 runners started the marathon.",
        SUPPORTS,
        "the-count-that-writes-its-noun",
    ),
    case(
        "Stage\nThe final ascent split a field of more than 160 riders, and Jonas Hallevik, who "
        "finished fourth, kept the jersey.",
        "164 riders started the stage.",
        OMITS,
        "a-rival-verb-of-someone-else",
    ),
    case(
        "Council\nThe council has 21 members, and 12 voted for the plan.",
        "12 council members voted for the plan.",
        SUPPORTS,
        "the-count-said-with-the-claim's-verb",
    ),
    case(
        "Council\nThe council has 21 members, and 12 voted for the plan.",
        "21 council members voted for the plan.",
        CONTRADICTS,
        "not-the-count-the-council-has",
    ),
    case(
        "School trip\nTwelve pupils fell ill after the trip, and a boy aged 9 was admitted.",
        "Nine pupils were admitted to hospital.",
        OMITS,
        "an-age-is-no-count",
    ),
    case(
        "Avalanche\nEight skiers were buried on Saturday, and the rescuers, two of whom were "
        "hurt, worked through the night.",
        "Two skiers were injured.",
        OMITS,
        "whom-is-the-rescuers",
    ),
    case(
        "Fire\nAll 96 workers on the night shift were evacuated, and four firefighters were hurt.",
        "Four workers were injured.",
        OMITS,
        "a-count-of-another-noun-fills-the-role",
    ),
    case(
        "Crash\nOf the 40 passengers, two may have died.",
        "Two passengers died.",
        OMITS,
        "two-may-have-died",
    ),
    case(
        "Derby\nPolice arrested 30 fans after the derby, and 12 officers were hurt; two were "
        "taken to hospital.",
        "Two fans were taken to hospital.",
        OMITS,
        "the-arrested-are-no-count-of-those-taken-to-hospital",
    ),
    case(
        "Avalanche\nEight skiers were buried, but two were not hurt.",
        "Two skiers were injured.",
        OMITS,
        "two-were-not-hurt-says-nothing-of-how-many-were",
    ),
    case(
        "Mine\nRescuers reached the 12 trapped miners on Friday.",
        "Twelve miners were trapped.",
        SUPPORTS,
        "a-participle-before-its-noun",
    ),
    case(
        "Fire\nBRELL, March 9, 2025 — The fire claimed the lives of three firefighters on "
        "Saturday.",
        "Three firefighters died in the fire.",
        SUPPORTS,
        "the-verb-before-what-it-befell",
    ),
    case(
        "Club\nTwelve non-members attended the meeting.",
        "Twelve members attended the meeting.",
        OMITS,
        "non-members-are-no-members",
    ),
    case(
        "Brenn rents\nRents for flats in Brenn rose to 1,400 a month.",
        "There are 1,400 flats in Brenn.",
        OMITS,
        "a-tally-of-rents-for-flats",
    ),
    case(
        "Avalanche\nEight skiers were buried, and the rescue team, two of whom were hurt, dug "
        "all night.",
        "Two skiers were injured.",
        OMITS,
        "whom-is-the-team",
    ),
    case(
        "Avalanche\nEight skiers were buried on Saturday, and, last winter, two died there.",
        "Two skiers died in Saturday's avalanche.",
        OMITS,
        "a-count-after-a-time-of-its-own",
    ),
]


@verdict_cases(CASES)
def test_elided_counts_in_verdicts(text, claim, expected):
    assert_verdict(text, claim, expected)
