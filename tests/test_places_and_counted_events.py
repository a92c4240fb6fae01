"""Where a thing is, how big it is, and which of several it is: "the sinkhole on Pellidor
Street" is the sinkhole a sentence places beneath Pellidor Street; a measure between a subject
and its verb ("A sinkhole roughly 18 metres across opened") leaves the subject its verb;
"across" measures width; two descriptions told apart by names ("the Line 4 tram", "the Line 7
tram") are two things; a date of counted events ("14 minor collisions in 2024") is no date
of the claim's one; and a headline word that only describes the noun after it ("standoff
suspect pleads") does not make the lead's date the date of that word's event."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

CASES = [
    case(
        "Sinkhole\nHARROWFORD, March 11, 2025 — A sinkhole opened beneath Pellidor Street early "
        "on Tuesday, city officials said.",
        "The sinkhole on Pellidor Street opened on March 11, 2025.",
        SUPPORTS,
        "a-place-after-the-subject-may-be-said-after-the-verb",
    ),
    case(
        "Sinkhole\nHARROWFORD, March 11, 2025 — A sinkhole roughly 18 metres across opened "
        "beneath Pellidor Street early on Tuesday, city officials said.",
        "The sinkhole on Pellidor Street opened on March 11, 2025.",
        SUPPORTS,
        "a-measure-between-subject-and-verb",
    ),
    case(
        "Avalanche\nThe snow slab, which measured roughly 200 metres across and ran some 800 "
        "metres down the slope, was released on Saturday.",
        "The avalanche was more than 250 metres wide.",
        CONTRADICTS,
        "across-is-wide-and-down-the-slope-is-not",
    ),
    case(
        "Avalanche\nThe snow slab measured roughly 200 metres across.",
        "The avalanche was more than 150 metres long.",
        OMITS,
        "a-width-is-no-length",
    ),
    case(
        "Trams\nThe driver of the Line 4 tram, Oskar Brenvik, 54, was in serious condition, "
        "while the Line 7 driver, Lina Marsetti, escaped without a scratch.",
        "Oskar Brenvik was the driver of the Line 7 tram.",
        OMITS,
        "the-line-4-tram-is-no-line-7-tram",
    ),
    case(
        "Baroreflex gain in pregnant women. Muscle sympathetic nerve activity is increased "
        "during normotensive pregnancy.",
        "Sympathetic nerve activity is reduced throughout normal pregnancy.",
        CONTRADICTS,
        "a-word-capitalised-by-where-it-stands-tells-nothing-apart",
    ),
    case(
        "Trams\nKESTHOLM, March 12, 2025 — The network recorded 14 minor collisions in 2024, "
        "none of which caused injuries.",
        "The tram collision occurred on March 11, 2025.",
        OMITS,
        "a-date-of-counted-collisions-is-no-date-of-one",
    ),
    case(
        "Pellridge standoff suspect pleads not guilty\nVALLIN COUNTY, March 14, 2025 — The man "
        "accused of holding hostages at the Pellridge post office earlier this week pleaded not "
        "guilty on Thursday to four counts of kidnapping.",
        "The armed standoff at the Pellridge post office happened on March 11, 2025.",
        OMITS,
        "the-plea-date-is-no-date-of-the-standoff",
    ),
]


@verdict_cases(CASES)
def test_verdict(text, claim, expected):
    assert_verdict(text, claim, expected)
