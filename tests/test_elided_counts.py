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
]


@verdict_cases(CASES)
def test_elided_counts_in_verdicts(text, claim, expected):
    assert_verdict(text, claim, expected)
