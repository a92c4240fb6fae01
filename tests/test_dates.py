"""Dates in their written forms, at the precision the text gives."""

from __future__ import annotations

import pytest

from alliance_cli.dates import read_dates
from alliance_cli.model import Date
from alliance_cli.text import Tokens


def dates(text: str) -> list[Date]:
    return read_dates(Tokens.of(text))


def isos(text: str) -> list[str]:
    return [date.iso() for date in dates(text)]


@pytest.mark.parametrize(
    "text",
    [
        "December 5, 2023",
        "December 5 2023",
        "Dec. 5, 2023",
        "Dec 5, 2023",
        "December 5th, 2023",
        "5 December 2023",
        "5th of December 2023",
        "2023-12-05",
        "2023/12/05",
    ],
)
def test_day_precision_forms(text):
    assert isos(f"It began on {text} in New York.") == ["2023-12-05"]


@pytest.mark.parametrize(
    "text", ["December 2023", "Dec 2023", "December, 2023", "December of 2023"]
)
def test_month_precision_forms(text):
    assert isos(f"It began in {text}.") == ["2023-12"]


def test_year_alone_is_year_precision():
    (date,) = dates("It was formed in 1991.")
    assert (date.year, date.month, date.day) == (1991, None, None)
    assert date.iso() == "1991"


@pytest.mark.parametrize(
    ("month", "number"),
    [("January", 1), ("Feb", 2), ("March", 3), ("Sept", 9), ("Sep", 9), ("May", 5), ("June", 6)],
)
def test_month_names_and_abbreviations(month, number):
    (date,) = dates(f"{month} 2020")
    assert date.month == number


def test_month_name_is_case_insensitive():
    assert isos("DECEMBER 7, 2023") == ["2023-12-07"]


def test_several_dates_come_left_to_right():
    assert isos("Formed in 1991, relaunched on March 3, 2021.") == ["1991", "2021-03-03"]


def test_number_with_a_thousands_separator_is_no_year():
    assert dates("It cost 1,991 dollars.") == []


def test_plain_number_outside_the_year_range_is_no_year():
    assert dates("It has 47 members and 300 staff.") == []


def test_month_above_twelve_is_not_read_as_a_month():
    assert all(date.month is None for date in dates("Filed 2023-13-05."))


def test_date_text_and_span_are_as_written():
    text = "Dateline: Dec.\u00a07, 2023 \u2014 news."
    (date,) = dates(text)
    assert date.text == "Dec.\u00a07, 2023"
    assert text[date.span[0] : date.span[1]] == date.text


def test_date_span_is_relative_to_the_containing_text():
    whole = "Headline\n\nIt began on December 5, 2023."
    offset = whole.index("It")
    (date,) = read_dates(Tokens.of(whole[offset:], offset))
    assert whole[date.span[0] : date.span[1]] == "December 5, 2023"


# ---------------------------------------------------------------- Date.iso and Date.agrees


def test_iso_at_each_precision():
    assert Date(2023).iso() == "2023"
    assert Date(2023, 12).iso() == "2023-12"
    assert Date(2023, 12, 5).iso() == "2023-12-05"


def test_month_agrees_with_a_day_in_it():
    assert Date(2023, 12).agrees(Date(2023, 12, 5))
    assert Date(2023, 12, 5).agrees(Date(2023, 12))


def test_year_agrees_with_a_day_in_it():
    assert Date(2023).agrees(Date(2023, 12, 5))
    assert Date(2023, 12, 5).agrees(Date(2023))


def test_same_day_agrees():
    assert Date(2023, 12, 5).agrees(Date(2023, 12, 5))


def test_another_year_disagrees():
    assert not Date(1991).agrees(Date(2023))
    assert not Date(2022, 12).agrees(Date(2023, 12, 5))


def test_another_month_disagrees():
    assert not Date(2023, 11).agrees(Date(2023, 12, 5))


def test_another_day_disagrees():
    assert not Date(2023, 12, 7).agrees(Date(2023, 12, 5))


@pytest.mark.parametrize(
    "text", ["the 1950s", "the 1950's", "the '50s", "the fifties", "the late fifties"]
)
def test_decade_forms(text):
    assert isos(f"She was born in {text}.") == ["1950s"]


def test_an_age_is_no_decade():
    assert dates("She was in her fifties.") == []


def test_a_decade_agrees_with_a_year_in_it_only():
    fifties = Date(1950, years=10)
    assert fifties.agrees(Date(1957, 7, 20))
    assert Date(1957).agrees(fifties)
    assert not fifties.agrees(Date(1947))
    assert not Date(1960, years=10).agrees(fifties)


def test_a_round_hundred_is_a_century():
    (date,) = dates("It was built in the 1800s.")
    assert date.years == 100
    assert date.agrees(Date(1850)) and not date.agrees(Date(1905))
