"""Counts read as ranges: cues, number words, "47-strong", "a dozen", ranges and counted nouns."""

from __future__ import annotations

import math

import pytest

from alliance_cli.model import Quantity
from alliance_cli.quantities import read_quantities
from alliance_cli.text import Tokens


def read(text: str, lexicon) -> list[Quantity]:
    return read_quantities(Tokens.of(text), lexicon)


def one(text: str, lexicon) -> Quantity:
    found = read(text, lexicon)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- exact counts


@pytest.mark.parametrize(
    "text",
    [
        "47 members",
        "47-strong",
        "a total of 47 members",
        "exactly 47 members",
        "forty-seven members",
        "forty seven members",
        "47 Members",
    ],
)
def test_exact_47(text, lexicon):
    quantity = one(text, lexicon)
    assert (quantity.low, quantity.high) == (47, 47)
    assert quantity.exact
    assert quantity.counted == "member"


def test_strong_suffix_with_a_curly_dash(lexicon):
    quantity = one("the 47\u2013strong alliance", lexicon)
    assert (quantity.low, quantity.high) == (47, 47)
    assert quantity.counted == "member"


def test_full_width_digits_are_read(lexicon):
    quantity = one("\uff14\uff17 members", lexicon)
    assert (quantity.low, quantity.high) == (47, 47)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a dozen members", 12),
        ("half a dozen members", 6),
        ("twenty-one members", 21),
        ("one hundred and twenty members", 120),
        ("1,000 members", 1000),
        ("a handful of members", 5),
    ],
)
def test_number_words_and_figures(text, value, lexicon):
    quantity = one(text, lexicon)
    assert (quantity.low, quantity.high) == (value, value)


def test_scale_word_multiplies(lexicon):
    quantity = one("2 million users", lexicon)
    assert quantity.low == quantity.high == 2_000_000
    assert quantity.counted == "user"


def test_dozens_is_not_exactly_a_dozen(lexicon):
    """'dozens of members' means many dozens: it must not read as exactly 12."""
    found = read("The alliance has dozens of members.", lexicon)
    assert all((q.low, q.high) != (12, 12) for q in found), found


# ---------------------------------------------------------------- cues


@pytest.mark.parametrize("cue", ["about", "around", "roughly", "approximately", "some", "circa"])
def test_approximate_cues_give_a_narrow_band_round_the_number(cue, lexicon):
    quantity = one(f"{cue} 45 members", lexicon)
    assert quantity.cue == "approximate"
    assert quantity.low < 45 < quantity.high
    assert quantity.low > 40 and quantity.high < 47  # narrow: 47 is outside "about 45"


def test_approximate_band_scales_with_the_number(lexicon):
    quantity = one("about 1000 members", lexicon)
    assert quantity.low < 1000 < quantity.high
    assert quantity.high - quantity.low >= 20


def test_trailing_or_so_is_approximate(lexicon):
    """The lexicon lists "or so" as an approximate cue: "45 or so members" is a band round 45."""
    quantity = one("45 or so members", lexicon)
    assert quantity.low < 45 < quantity.high


@pytest.mark.parametrize("cue", ["over", "more than", "above", "in excess of", "upwards of"])
def test_more_than_cues_give_a_lower_bound_above_the_number(cue, lexicon):
    quantity = one(f"{cue} 50 members", lexicon)
    assert 50 < quantity.low <= 51
    assert quantity.high == math.inf


@pytest.mark.parametrize("cue", ["at least", "no fewer than", "a minimum of"])
def test_at_least_cues_give_a_lower_bound_at_the_number(cue, lexicon):
    quantity = one(f"{cue} 40 members", lexicon)
    assert quantity.low == 40
    assert quantity.high == math.inf


def test_plus_suffix_is_at_least(lexicon):
    quantity = one("50+ members", lexicon)
    assert quantity.low == 50
    assert quantity.high == math.inf


@pytest.mark.parametrize("cue", ["fewer than", "less than", "under", "below"])
def test_fewer_than_cues_give_an_upper_bound_below_the_number(cue, lexicon):
    quantity = one(f"{cue} 30 members", lexicon)
    assert quantity.low == 0
    assert 29 <= quantity.high < 30


@pytest.mark.parametrize("cue", ["at most", "up to", "no more than", "a maximum of"])
def test_at_most_cues_give_an_upper_bound_at_the_number(cue, lexicon):
    quantity = one(f"{cue} 60 members", lexicon)
    assert quantity.low == 0
    assert quantity.high == 60


@pytest.mark.parametrize("cue", ["nearly", "almost", "just under"])
def test_nearly_cues_fall_just_short(cue, lexicon):
    quantity = one(f"{cue} 50 members", lexicon)
    assert quantity.high < 50
    assert 40 < quantity.low < 50


# ---------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    "text", ["between 40 and 50 members", "40-50 members", "40 to 50 members", "40\u201350 members"]
)
def test_ranges(text, lexicon):
    quantity = one(text, lexicon)
    assert (quantity.low, quantity.high) == (40, 50)
    assert quantity.counted == "member"


# ---------------------------------------------------------------- counted nouns


@pytest.mark.parametrize(
    "noun",
    ["members", "organizations", "organisations", "companies", "institutions", "participants"],
)
def test_counted_noun_synonyms_share_one_group(noun, lexicon):
    assert one(f"47 {noun}", lexicon).counted == "member"


def test_other_nouns_count_something_else(lexicon):
    assert one("47 employees", lexicon).counted != "member"


def test_member_companies_is_one_count(lexicon):
    quantity = one("the 47 member companies", lexicon)
    assert quantity.low == 47
    assert quantity.counted == "member"


def test_two_counts_in_one_sentence(lexicon):
    found = read("It has 47 members in 3 countries.", lexicon)
    assert [(q.low, q.counted) for q in found] == [(47, "member"), (3, "country")]


def test_one_of_is_no_count(lexicon):
    assert read("IBM is one of the founders.", lexicon) == []


def test_bare_year_is_no_count(lexicon):
    assert read("It was formed in 2023.", lexicon) == []


def test_year_before_a_count_is_not_the_count(lexicon):
    """'in December 2023 with 47 members' counts 47 members, not 2023."""
    found = read("The alliance launched in December 2023 with 47 members.", lexicon)
    assert [(q.low, q.high) for q in found] == [(47, 47)]


def test_year_before_number_words_is_not_the_count(lexicon):
    found = read("In 1991 three companies formed AIM.", lexicon)
    assert [(q.low, q.high) for q in found] == [(3, 3)]


# ---------------------------------------------------------------- text and span


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The AI Alliance has about 45 organizations today.", "about 45 organizations"),
        ("Meta, IBM, Intel lead the 47-strong AI Alliance.", "47-strong"),
        ("There are a total of 47 members of the AI Alliance.", "a total of 47 members"),
        ("It is \u201cover 50\u00a0organizations\u201d strong.", "over 50\u00a0organizations"),
    ],
)
def test_text_and_span_are_the_words_as_written(text, said, lexicon):
    quantity = one(text, lexicon)
    assert quantity.text == said
    assert text[quantity.span[0] : quantity.span[1]] == said


def test_span_is_relative_to_the_containing_text(lexicon):
    whole = "Headline\n\nThe alliance has 47 members."
    offset = whole.index("The")
    (quantity,) = read_quantities(Tokens.of(whole[offset:], offset), lexicon)
    assert whole[quantity.span[0] : quantity.span[1]] == "47 members"


# ---------------------------------------------------------------- Quantity


def q(low: float, high: float) -> Quantity:
    return Quantity(low, high, "exact", "member", "")


def test_inside():
    assert q(47, 47).inside(q(41, math.inf))
    assert q(44, 46).inside(q(44, 46))
    assert not q(51, math.inf).inside(q(44, 46))


def test_gap_of_disjoint_ranges():
    assert q(47, 47).gap(q(51, math.inf)) == 4
    assert q(51, math.inf).gap(q(47, 47)) == 4


def test_gap_of_overlapping_ranges_is_zero():
    assert q(41, math.inf).gap(q(47, 47)) == 0


def test_exact():
    assert q(47, 47).exact
    assert not q(44, 46).exact


@pytest.mark.parametrize(
    ("text", "counted"),
    [("five U.S. Presidents", "U.S. Presidents"), ("3 Grammy Awards", "Awards")],
)
def test_a_plural_name_after_a_number_is_counted(text, counted, lexicon):
    quantity = one(f"It counts {text} among them.", lexicon)
    assert quantity.text == text
    assert quantity.counted == one(f"It has 9 {counted.split()[-1].lower()}.", lexicon).counted


def test_a_year_before_a_name_counts_nothing(lexicon):
    assert read("In 2016 Acme Systems moved.", lexicon) == []


def test_a_plural_noun_after_a_name_is_counted(lexicon):
    assert (
        one("The 3 Williams sisters played.", lexicon).counted
        == one("It has 3 sisters.", lexicon).counted
    )
