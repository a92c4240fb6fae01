"""Which occasion and which way a figure is of: "which once held 350 beds" and "the
corresponding stage" a year before are other occasions; a measure with no word after it is
a length, no width ("travelled some 900 metres"), and "a 300-metre-wide slab" is wide; a
date in a figure's own stretch of text dates that figure ("up from 85.9 percent in 2024");
orders are no units sold; not setting foot in a place is not visiting it; and a participle
right after a claim's subject opens what the subject is ("The budget originally set for the
line was $3bn"), whose sum measures that subject."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

CASES = [
    case(
        "Hospital\nThe new Kellmoor hospital opened on Monday. The old infirmary, which once "
        "held 350 beds, was completed in 1962.",
        "The new hospital has 412 beds.",
        OMITS,
        "once-held-is-another-occasion",
    ),
    case(
        "Cycling\nVarnholt covered the ninth stage in just under five hours, a year after Aurel "
        "Kostandin had won the corresponding stage.",
        "Emil Varnholt won the ninth stage.",
        OMITS,
        "the-corresponding-stage-is-another-occasion",
    ),
    case(
        "Avalanche\nThe avalanche came down at about 2:15 p.m. and travelled some 900 metres.",
        "The avalanche was more than 250 metres wide.",
        OMITS,
        "a-distance-travelled-is-no-width",
    ),
    case(
        "Avalanche\nThe avalanche's 300-metre-wide slab broke away on Sunday.",
        "The avalanche was more than 250 metres wide.",
        SUPPORTS,
        "a-hyphened-width",
    ),
    case(
        "Avalanche\nThe avalanche's 300-metre-wide slab broke away on Sunday.",
        "The avalanche was more than 250 metres long.",
        OMITS,
        "a-hyphened-width-is-no-length",
    ),
    case(
        "Exams\nDRENMOUTH, August 14, 2025 - The national pass rate rose to 87.4 percent this "
        "year, up from 85.9 percent in 2024, according to results published on Thursday.",
        "The pass rate in 2024 was 85.9 percent.",
        SUPPORTS,
        "a-date-beside-a-figure-dates-it",
    ),
    case(
        "Phones\nPre-orders reached 1.2 million, a fifth more than the one million orders its "
        "predecessor, the Aster 6, attracted over the same period.",
        "The Aster 6 sold about 4 million units.",
        OMITS,
        "orders-are-no-units-sold",
    ),
    case(
        "Metro\nThe Amber Line opened on Monday. Its price tag, put at some $4bn, left the "
        "project more than a quarter over budget.",
        "The budget originally set for the Amber Line was $3bn.",
        OMITS,
        "a-participle-after-the-subject-is-no-main-verb",
    ),
    case(
        "Leak\nTwelve tonnes of chlorine gas escaped from a storage tank at the Brightwater "
        "works, a chemical plant.",
        "The chemical that escaped from the plant was chlorine.",
        SUPPORTS,
        "what-the-subject-was",
    ),
    case(
        "Bank\nRevenue grew 6.2 percent to 9.6 billion euros, and Kessmar Bank paid a "
        "regulatory fine.",
        "The regulatory fine paid by Kessmar Bank was more than 40 million euros.",
        OMITS,
        "revenue-is-no-fine",
    ),
    case(
        "Visit\nAdaora Venn did not set foot in Caskell during her trip.",
        "Venn visited Caskell during her trip.",
        CONTRADICTS,
        "not-setting-foot-in-is-not-visiting",
    ),
]


@verdict_cases(CASES)
def test_verdict(text, claim, expected):
    assert_verdict(text, claim, expected)
