"""Which date dates a story's event: not a date of a thing the event's name holds ("Orlen
Court was completed in 1968" is no date of "the Orlen Court collapse"), nor of another event
of its kind ("an earthquake of similar strength ... in 1931"), nor the one of what the event
later did or had done to it; a date that names it ("its March 8 gala") does. A clock time
is one token: no clause break, no figure."""

from __future__ import annotations

from verdicts import OMITS, SUPPORTS, assert_verdict, case, verdict_cases

from alliance_cli.dates import day_of_month
from alliance_cli.engine.frames import arguments
from alliance_cli.engine.lexicon import default_lexicon
from alliance_cli.engine.reading import Reading
from alliance_cli.text import tokenize

CASES = [
    case(
        "Quake\nVARNHOLT, June 4, 2025 — Residents spent a second night outdoors after the "
        "earthquake. An earthquake of similar strength flattened much of the old town in 1931.",
        "The earthquake occurred in June 2025.",
        OMITS,
        "an-earlier-one-of-the-kind",
    ),
    case(
        "Gala\nHARROWMERE, March 10, 2025 — Organisers said the total was below target. The gala "
        "raised a record sum for the hospice in 2019.",
        "The gala was held in March 2025.",
        OMITS,
        "the-event's-kind-in-another-year",
    ),
    case(
        "Breach inquiry\nHARLOW, March 7, 2025 — Meridane, which paid a $2.3 million penalty in "
        "2021 over an earlier data breach, did not attend Thursday's briefing.",
        "The breach at Meridane took place on February 11, 2025.",
        OMITS,
        "no-aside-of-the-event",
    ),
    case(
        "Hallvik wins\nPORT ALDER, March 11, 2025 — Teodora Hallvik needed two hours on Saturday, "
        "March 8, to dispatch Yvette Strand in the Valcresta Open final, adding a second title at "
        "the event to the one she won in 2021.",
        "The Valcresta Open final took place in March 2025.",
        OMITS,
        "a-later-clause-no-aside",
    ),
    case(
        "Tenants demand audit of ageing blocks\nThe partial collapse of Orlen Court on Monday "
        "left 70 people homeless. Orlen Court itself was completed in 1968, and its 2022 "
        "inspection report had warned that its columns were corroding.",
        "The Orlen Court collapse happened in March 2025.",
        OMITS,
        "the-name's-own-date",
    ),
    case(
        "Brevaine collapse: engineer silent\nBREVAINE, March 6, 2025 — Lenna Sorvik, the "
        "engineer who inspected Orlen Court in 2022, declined on Thursday to discuss her report, "
        "citing the investigation into Monday's partial collapse of the building.",
        "The Orlen Court collapse happened in March 2025.",
        SUPPORTS,
        "not-the-name's-date-but-the-event's",
    ),
    case(
        "RACE\nFENWICK, Aug 11, 2025 - The Fenwick marathon, first run in 1980, was won on "
        "Sunday by Ola Brand.",
        "The marathon took place in 1980.",
        OMITS,
        "two-dates-no-choice",
    ),
]


@verdict_cases(CASES)
def test_the_date_of_the_event(text, claim, expected):
    assert_verdict(text, claim, expected)


def test_a_clock_time_is_one_token():
    assert [t.norm for t in tokenize("at 11:40 a.m. in 2:08:41, a 3:1 win")] == [
        "at", "11:40", "a.m.", "in", "2:08:41", ",", "a", "3", ":", "1", "win",
    ]  # fmt: skip


def test_a_clock_time_neither_breaks_a_clause_nor_counts():
    reading = Reading("The slide came down at 11:40 a.m. on Saturday, burying six skiers.",
                      default_lexicon())  # fmt: skip
    assert len(set(reading.clauses[:-1])) == 1
    assert [q.value for q in reading.quantities] == [6]


def _subject_of(text: str, verb: str) -> str:
    reading = Reading(text, default_lexicon())
    k = reading.words.norms.index(verb)
    subject = arguments(reading, k, k + 1).subject
    return reading.words.surface(subject.start, subject.end)


def test_a_date_in_an_aside_is_no_subject():
    text = "HARROWMERE, March 10, 2025 — The Gala, staged on Saturday, March 8, brought in $1m."
    assert _subject_of(text, "brought") == "The Gala"
    assert _subject_of(text, "staged") == "The Gala"


def test_a_digit_of_another_script_is_no_day_of_the_month():
    # "𐹠" is a digit to str.isdigit but no number to int(): read as no day, and no crash
    assert not day_of_month(("march", "𐹠"), 1)
    assert day_of_month(("march", "8"), 1)
    assert Reading("March 𐹠", default_lexicon()).quantities == ()
