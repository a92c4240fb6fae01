"""What a text opens with: the date its metadata states or its dateline gives (never another
event's date), its title, and metadata kept out of the title and of every sentence."""

from __future__ import annotations

import pytest

from alliance_cli import api
from alliance_cli.corpus import source_from_text
from alliance_cli.model import Claim
from alliance_cli.opening import article_date, dateline, read_opening, stated_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Widget News\n\nMarch 3, 2021\n\nThe coalition met.", "2021-03-03"),
        ("Widget News\nMarch 3, 2021\nThe coalition met.", "2021-03-03"),
        ("HESTWICK, May 17, 2025 \u2014 The final was won.", "2025-05-17"),
        ("Title line\nSAN FRANCISCO, Calif., 12 March 2025 - Talks began.", "2025-03-12"),
        (
            "Title\n\nOSLO (Nordic Wire), March 4, 2025 /PRNewswire/ -- A group formed.",
            "2025-03-04",
        ),
        ("December 2023\n\nThe alliance was formed.", "2023-12"),
        ("2023-12-05: the alliance was formed.", "2023-12-05"),
    ],
)
def test_a_dateline_dates_the_text(text, date):
    assert dateline(text) == date


@pytest.mark.parametrize(
    "text",
    [
        "Widget News\n\nIn 2019, long before March 3, 2021, the coalition met.",
        "The coalition met on March 3, 2021.",  # a date in a sentence dates an event
        "Widget News\n\nThe group formed.\n\nMarch 3, 2021",  # not where a dateline stands
        "Widget News\n\nLater on, March 3, 2021 \u2014 it met.",  # no place before the date
        "KESTRELHAVN (Nordic Wire) - The group met in 2025.",
        "",
    ],
)
def test_without_a_dateline_there_is_no_date_rather_than_a_guess(text):
    assert dateline(text) is None


@pytest.mark.parametrize(
    ("text", "date", "first"),
    [
        (" date 2023-12-05 In a groundbreaking move, IBM acted.", "2023-12-05", "In a"),
        ("Date: 2024-02-01\nAlliance memo\n\nIt met.", "2024-02-01", "Alliance memo"),
        ("Published: December 5, 2023\n\nIt met.", "2023-12-05", "It met."),
        ("Dated 5 December 2023\nIt met.", "2023-12-05", "It met."),
    ],
)
def test_a_metadata_line_at_the_start_dates_the_text_and_is_no_sentence(text, date, first):
    source = source_from_text(text, "memo")
    assert source.date == date
    assert source.sentences[0].text.startswith(first)
    assert all("date" not in s.text.lower() for s in source.sentences)
    assert source.label.startswith(first)


def test_a_metadata_line_is_no_title():
    opening = read_opening("Date: 2024-02-01\nAlliance memo\n\nIt met.")
    assert opening.title == "Alliance memo"
    assert opening.stated == "2024-02-01"


def test_a_date_label_later_in_the_text_is_text():
    source = source_from_text("Alliance memo\n\nDate: 2024-02-01 was chosen.", "memo")
    assert source.date is None
    assert source.sentences[1].text == "Date: 2024-02-01 was chosen."


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2024-03-14", "2024-03-14"),
        ("2024-03-14T10:00:00Z", "2024-03-14"),
        ("March 14, 2024", "2024-03-14"),
        ("2024", None),
        ("soon", None),
    ],
)
def test_a_front_matter_date(value, date):
    assert stated_date(value) == date


def test_front_matter_gives_the_title_and_the_date_and_is_no_sentence():
    text = '---\ntitle: "Notes"\ndate: 2024-03-14\n---\nHESTWICK, May 17, 2025 \u2014 It met.'
    source = source_from_text(text, "notes", markdown=True)
    assert (source.title, source.date) == ("Notes", "2024-03-14")  # the stated date wins
    assert source.heading == ("Notes", text.index("Notes"))
    assert [s.text for s in source.sentences] == ["HESTWICK, May 17, 2025 \u2014 It met."]


def test_front_matter_is_read_only_in_markdown():
    text = "---\ntitle: Notes\n---\nIt met."
    assert source_from_text(text, "plain").title == "---"


def test_one_rule_dates_a_source_for_sources_and_for_the_engine():
    """The engine resolves "on Tuesday" against the same date `sources` shows: a front
    matter's date serves it, read or not read up front."""
    text = "---\ndate: 2024-03-14\n---\nThe AI Alliance held its first summit on Tuesday."
    claim = Claim("The AI Alliance held its first summit on March 12, 2024")
    for datelines in (True, False):
        source = source_from_text(text, "notes", dateline=datelines, markdown=True)
        assert article_date(source.date, source.sentences.text) == "2024-03-14"
        (verdict,) = api.check_claim(claim, [source]).verdicts
        assert verdict.stance == "supports", verdict.reason
    undated = source_from_text(text.split("---\n", 2)[2], "undated", markdown=True)
    (verdict,) = api.check_claim(claim, [undated]).verdicts
    assert verdict.stance == "omits"
