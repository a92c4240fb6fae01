"""Figures read as typed ranges that carry their own precision (the reader), and how two figures
stand to each other (their relation)."""

from __future__ import annotations

import itertools
import math

import pytest

from alliance_cli.engine.figures import range_relation
from alliance_cli.engine.reading import Reading
from alliance_cli.model import Quantity, Relation

R = Relation


def figures(text: str, lexicon) -> tuple[Quantity, ...]:
    return Reading(text, lexicon).quantities


def one(text: str, lexicon) -> Quantity:
    found = figures(text, lexicon)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def bounds(quantity: Quantity) -> tuple[float, float]:
    return round(quantity.low, 6), round(quantity.high, 6)


# ---------------------------------------------------------------- precision of a bare figure


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("47 members", 46.5, 47.5),
        ("41,382 spectators", 41381.5, 41382.5),
        ("41,000 spectators", 40500, 41500),  # trailing zeros are not significant
        ("300 people", 285, 315),  # but no looser than a twentieth of it
        ("100 members", 95, 105),
        ("45.1 million users", 45.05e6, 45.15e6),
        ("6.96 million users", 6.955e6, 6.965e6),
        ("forty-seven members", 46.5, 47.5),
        ("twelve jurors", 11.5, 12.5),
        ("a dozen members", 11.5, 12.5),
    ],
)
def test_a_bare_figure_stands_for_its_value_at_its_precision(text, low, high, lexicon):
    quantity = one(text, lexicon)
    assert bounds(quantity) == (round(low, 6), round(high, 6))
    assert quantity.exact


def test_exactly_makes_every_digit_count(lexicon):
    assert bounds(one("exactly 300 people", lexicon)) == (299.5, 300.5)


# ---------------------------------------------------------------- hedges


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("about 45 members", 44, 46),
        ("around 45 members", 44, 46),
        ("some 240 farms", 230, 250),
        ("about 89,000 fans", 88000, 90000),
        ("approximately 7 million users", 6.3e6, 7.7e6),
        ("roughly 400 farms", 360, 440),
        ("about 30 members", 27, 33),
        ("about 5 members", 4, 6),
    ],
)
def test_about_is_one_unit_of_the_last_significant_digit_but_at_most_a_tenth(
    text, low, high, lexicon
):
    assert bounds(one(text, lexicon)) == (low, high)


def test_more_than_is_above_the_figure(lexicon):
    quantity = one("more than 90,000 fans", lexicon)
    assert (quantity.low, quantity.high, quantity.low_open) == (90000, math.inf, True)


def test_at_least_is_from_the_figure(lexicon):
    quantity = one("at least 40 members", lexicon)
    assert (quantity.low, quantity.high, quantity.low_open) == (40, math.inf, False)


def test_nearly_is_just_below_the_figure(lexicon):
    quantity = one("nearly 42,000 fans", lexicon)  # less than a unit (1,000) below
    assert (quantity.low, quantity.high, quantity.low_open, quantity.high_open) == (
        41000, 42000, True, True
    )  # fmt: skip


def test_fewer_than_and_ranges(lexicon):
    assert bounds(one("fewer than 30 members", lexicon)) == (0, 30)
    assert bounds(one("between 40 and 50 members", lexicon)) == (40, 50)
    assert bounds(one("40-50 members", lexicon)) == (40, 50)


def test_hedges_after_the_figure(lexicon):
    assert bounds(one("45 or so members", lexicon)) == (44, 46)
    assert one("50 or more companies", lexicon).cue == "at_least"


# ---------------------------------------------------------------- kinds and units


@pytest.mark.parametrize(
    ("text", "kind", "unit", "low", "high"),
    [
        ("damages of $18.6 million", "money", "usd", 18.55e6, 18.65e6),
        ("a $4.2bn deal", "money", "usd", 4.15e9, 4.25e9),
        ("it cost €310m", "money", "eur", 305e6, 315e6),
        ("54.6 percent of the vote", "percent", None, 54.55, 54.65),
        ("12% of the ball", "percent", None, 11.5, 12.5),
        ("58 per cent of possession", "percent", None, 57.5, 58.5),
    ],
)
def test_money_and_percentages_have_their_kind_and_unit(text, kind, unit, low, high, lexicon):
    quantity = one(text, lexicon)
    assert (quantity.kind, quantity.unit) == (kind, unit)
    assert bounds(quantity) == (round(low, 6), round(high, 6))


def test_measures_are_read_in_their_dimension_s_base_unit(lexicon):
    days = one("a 17-day trial", lexicon)
    weeks = one("more than two weeks", lexicon)
    assert days.kind == weeks.kind == "time"
    assert bounds(days) == (16.5, 17.5)
    assert (weeks.low, weeks.low_open) == (14, True)


def test_a_score_is_a_pair(lexicon):
    quantity = one("they won 2-1 on Saturday", lexicon)
    assert (quantity.kind, quantity.low, quantity.high, quantity.value) == ("score", 1, 2, 2)


def test_what_a_figure_counts(lexicon):
    assert one("412 member farms had installed them", lexicon).noun == "farm"
    assert one("346 of the machines", lexicon).noun == "machin"
    assert one("a 47-strong alliance", lexicon).noun == "member"
    assert one("a crowd of 38,500", lexicon).noun == "crowd"


# ---------------------------------------------------------------- what is no figure


@pytest.mark.parametrize(
    "text",
    [
        "the Falcon-9 rocket",
        "a COVID-19 outbreak",
        "the SARS-CoV-2 virus",
        "users of Windows 11 said",
        "the Route 9 tram",
        "roadworks on the A12",
        "shuttle buses on route X-90",
        "the Caldra P-60 cooker",
    ],
)
def test_names_with_digits_are_no_figures(text, lexicon):
    assert figures(text, lexicon) == ()


@pytest.mark.parametrize("text", ["in 2023 companies joined", "the 2016 film", "the 26th member"])
def test_years_and_ranks_are_no_counts(text, lexicon):
    assert all(q.kind != "count" for q in figures(text, lexicon))


# ---------------------------------------------------------------- moods


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("officers had planned for a crowd of up to 45,000", "plan"),
        ("the recall would cost €45 million", "future"),
        ("the union demanded a 9% rise", "demand"),
        ("the company offered 4%", "offer"),
        ("a crowd of 41,382 watched", None),
    ],
)
def test_a_figure_s_mood(text, mood, lexicon):
    assert figures(text, lexicon)[0].mood == mood


# ---------------------------------------------------------------- relations between figures


@pytest.mark.parametrize(
    ("source", "claim", "relation"),
    [
        ("45.1 million users", "45 million users", R.FORWARD),
        ("6.96 million users", "approximately 7 million users", R.FORWARD),
        ("about 89,000 fans", "more than 90,000 fans", R.ALTERNATION),
        ("over 50 members", "more than 100 members", R.REVERSE),
        ("47 members", "more than 40 members", R.FORWARD),
        ("more than 40 members", "47 members", R.REVERSE),
        ("more than 40 members", "more than 50 members", R.REVERSE),
        ("more than 40 members", "300 members", R.REVERSE),
        ("about 45 members", "47 members", R.ALTERNATION),
        ("47 members", "47 members", R.EQUIVALENT),
        ("$18.6 million in damages", "more than $17 million in damages", R.FORWARD),
        ("€2.4 million", "€2.5 million", R.ALTERNATION),
        ("2-1", "3-1", R.ALTERNATION),
        ("2-1", "1-2", R.EQUIVALENT),
    ],
)
def test_range_relation(source, claim, relation, lexicon):
    assert range_relation(one(source, lexicon), one(claim, lexicon)) is relation


# ---------------------------------------------------------------- inputs the fuzzer found


def test_a_count_of_nothing_is_no_negative_range(lexicon):
    assert bounds(one("a total of 0 members", lexicon)) == (0.0, 0.5)


def test_a_sign_between_two_numbers_belongs_to_one_figure_only(lexicon):
    found = figures("3$9", lexicon)
    ends = [q.tokens for q in found]
    assert ends == sorted(ends) and all(a[1] <= b[0] for a, b in itertools.pairwise(ends))
    assert found  # the first figure is still read


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("90 000 spectators", 85500, 94500), ("1 250 000 euros", 1245000, 1255000)],
)
def test_thousands_apart_by_spaces_are_one_number(text, low, high, lexicon):
    assert bounds(one(text, lexicon)) == (low, high)


def test_a_count_with_decimals_is_no_figure(lexicon):
    from alliance_cli.engine.reading import Reading

    assert Reading("88.966 spectators came.", lexicon).quantities == ()
