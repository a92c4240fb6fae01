"""Readings mended on news no one wrote the engine for: shares said as ratios, ranges whose ends
each carry their scale, subjects that run through several phrases, reports made passive,
descriptions of a kind the source tells, what a change of a share is of, and two denials of one
thing that cancel."""

from __future__ import annotations

import math

import pytest
from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

from alliance_cli.engine.reading import Reading
from alliance_cli.text import stem


@pytest.mark.parametrize(("word", "expected"), [("added", "add"), ("adding", "add"),
                                                ("planned", "plan"), ("ebbed", "ebb")])  # fmt: skip
def test_a_doubled_consonant_is_undone_only_past_three_letters(word, expected):
    assert stem(word) == stem(expected) == expected


def test_a_ratio_is_a_share_between_its_whole_give_or_take_a_half(lexicon):
    (share,) = Reading("four in ten of the homes were damaged", lexicon).quantities
    assert share.kind == "percent"
    assert (round(share.low, 1), round(share.high, 1)) == (38.1, 42.1)


def test_a_cue_before_a_ratio_bounds_its_share(lexicon):
    (share,) = Reading("more than one in five residents are over 65", lexicon).quantities
    assert (share.kind, share.low, share.high, share.low_open) == ("percent", 20.0, math.inf, True)


@pytest.mark.parametrize("text", ["it will cost between $15 million and $20 million",
                                  "it will cost $15 million to $20 million"])  # fmt: skip
def test_a_range_whose_ends_each_carry_a_scale_is_one_figure(text, lexicon):
    (money,) = Reading(text, lexicon).quantities
    assert (money.kind, money.low, money.high) == ("money", 15_000_000, 20_000_000)


def test_a_verb_of_saying_before_that_gives_a_figure_no_mood(lexicon):
    text = "She added that the company's £1.3bn programme would be accelerated."
    (money,) = Reading(text, lexicon).quantities
    assert money.mood is None


CASES = [
    case(
        "Traffic on the detour through Belcaro has risen by roughly 30 percent, police said.",
        "Traffic on the detour through Belcaro rose by about 30 percent.",
        SUPPORTS,
        "a-subject-through-two-phrases",
    ),
    case(
        "At least seven people died and 3,912 homes were reported flooded, officials said.",
        "Nearly 4,000 homes were flooded.",
        SUPPORTS,
        "a-report-made-passive-before-its-verb",
    ),
    case(
        "Storm\nBrannock Coastal Lines, the ferry's operator, faces claims. On Monday the "
        "company said it had set aside $12 million for compensation.",
        "Brannock Coastal Lines set aside $12 million for compensation.",
        SUPPORTS,
        "a-description-of-the-kind-an-aside-tells",
    ),
    case(
        "Drought\nHelena Strand, chief executive of Corrimere Water, added that the company's "
        "£1.3bn programme to fix leaking mains would be accelerated.",
        "Corrimere Water has a £1.3bn programme to fix leaks.",
        SUPPORTS,
        "a-company-told-by-its-name",
    ),
    case(
        "Heat\nDRESMOOR, July 18, 2025 — Dresmoor sweltered through 44.1 degrees on Thursday, "
        "beating the provincial record, and 31 deaths have been linked to a heatwave that has "
        "gripped Varnholt since the Level 4 warning was issued on Monday.",
        "The heat warning was lifted in July 2025.",
        OMITS,
        "lifting-a-warning-is-no-win",
    ),
    case(
        "Gala\nThe Lanternwell Children's Fund has cut its gala total. Dmitri Ralston, the "
        "fund's former chief executive, who left in 2023 after a dispute, said the figures "
        "were too good to be true.",
        "Dmitri Ralston is the founder of the Lanternwell Children's Fund.",
        OMITS,
        "leaving-denies-nothing-of-a-founding",
    ),
    case(
        "Heat\nThe emergency fund that Governor Ilse Markova announced on Friday is too small, "
        "opposition leader Tomas Brevik said on Monday.",
        "Tomas Brevik announced the emergency fund.",
        OMITS,
        "what-is-said-of-a-thing-is-no-announcing-it",
    ),
    case(
        "Robbery\nWRENFORD, Oct. 20, 2025 — Independent jewellers in Wrenford say their "
        "insurers are demanding panic rooms after this month's raid, with several reporting "
        "premium increases of 25 percent or more at renewal.",
        "Armed robberies in Wrenford have risen by about 14 percent.",
        OMITS,
        "a-rise-of-premiums-is-no-rise-of-robberies",
    ),
    case(
        "Census\nMore than one in five Estravians are now 65 or over, while children under 15 "
        "account for 16 percent.",
        "Over 20 percent of Estravians are 65 or over.",
        SUPPORTS,
        "a-share-as-a-ratio-and-a-share-of-others",
    ),
    case(
        "Census\nChildren under 15 account for 16 percent of Estravians.",
        "Over 20 percent of Estravians are 65 or older.",
        OMITS,
        "a-share-of-children-is-no-share-of-the-old",
    ),
    case(
        "Storm\nRoughly four in ten of the flooded homes had no flood cover at all.",
        "About 40 percent of the flooded homes had no flood insurance.",
        SUPPORTS,
        "two-denials-of-one-thing-cancel",
    ),
    case(
        "Storm\nRoughly four in ten of the flooded homes had flood cover.",
        "About 40 percent of the flooded homes had no flood insurance.",
        CONTRADICTS,
        "a-denial-against-an-assertion",
    ),
]


@verdict_cases(CASES)
def test_verdict(text, claim, expected):
    assert_verdict(text, claim, expected)
