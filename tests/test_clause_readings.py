"""Readings of clauses mended on news no one wrote the engine for: the whole a part is counted
of, what a verb that puts a value on a sum measures, who did an act told by its noun, a
subject before an aside, a hyphen that is no dateline's dash, the date of a relative clause's
verb, a relative clause on a person "of" a body, "not all", a verb that is the whole claim,
a time after an object, "once" opening a clause, and the level a change started from."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

CASES = [
    case(
        "Escape\nFour of the seven inmates who broke out of Ravensholt had been recaptured by "
        "Tuesday evening, police said.",
        "Four of the escaped inmates had been recaptured by Tuesday evening.",
        SUPPORTS,
        "the-whole-of-a-part-is-another-count",
    ),
    case(
        "Listing\nQuillon Dynamics made its debut on Friday, and its shares gained 27% to "
        "$33.02, a solid start for a company that had priced its offering at $26 on Thursday.",
        "At the offer price, Quillon Dynamics was valued at $31.5 billion.",
        OMITS,
        "a-price-is-no-valuation",
    ),
    case(
        "Deal\nDeputy Minister Ines Carrow signed on behalf of the government, as Minister "
        "Delphine Oakes was abroad; Finance Minister Rolf Ambery joined Carrow at the signing "
        "of the agreement.",
        "Delphine Oakes signed the agreement.",
        OMITS,
        "a-doer-named-in-another-clause-did-not-do-the-act",
    ),
    case(
        "Listing\nShares of Quillon Dynamics, the Ostreva-based maker of robotics software, "
        "rose 30% on their first day of trading.",
        "Quillon's shares rose 30% on their first day of trading.",
        SUPPORTS,
        "a-subject-before-an-aside-and-a-hyphen-that-is-no-dash",
    ),
    case(
        "Deal\nHALVERN, March 14, 2025 - Health Minister Delphine Oakes, who signed the "
        "agreement alongside Vireo at the ministry on Friday afternoon, said it was fair.",
        "The agreement was signed on March 14, 2025.",
        SUPPORTS,
        "a-date-of-its-own-clause-far-from-the-verb",
    ),
    case(
        "Merger\nThe companies expect to cut 1,800 jobs across both businesses and to save "
        "$150 million a year by 2028.",
        "Completion of the deal is expected by March 2026.",
        OMITS,
        "a-date-of-another-verb-of-the-clause",
    ),
    case(
        "Dam\nThe evacuation order was issued by Tomas Relling, emergency director at the "
        "operator, and a spokesperson for Governor Iselde Varnow said she was told later.",
        "Governor Iselde Varnow ordered the evacuation.",
        OMITS,
        "a-doer-named-beyond-the-act's-stretch-did-not-do-it",
    ),
    case(
        "Fares\nTransport Minister Ottilie Marsh, who approved the increase last week, said "
        "the settlement was fair.",
        "Transport Minister Ottilie Marsh approved the increase.",
        SUPPORTS,
        "a-time-after-an-object-is-not-part-of-it",
    ),
    case(
        "Blackout\nTennvik told reporters that each affected household would receive €75 in "
        "compensation once billing records had been checked.",
        "Each affected household will receive 75 euros in compensation.",
        SUPPORTS,
        "once-opens-a-clause-and-counts-nothing",
    ),
    case(
        "Exams\nDRENMOUTH, August 14, 2025 - The national pass rate rose to 87.4 percent this "
        "year, up from 85.9 percent in 2024, according to results published on Thursday.",
        "The national pass rate was 87.4 percent.",
        SUPPORTS,
        "the-level-a-rise-started-from-is-no-rival",
    ),
    case(
        "Escape\nThe prisoners squeezed through a duct, according to Chief Inspector Colm "
        "Ferris of the Dunmarrow Constabulary, who is leading the manhunt.",
        "Chief Inspector Colm Ferris led the manhunt.",
        SUPPORTS,
        "who-speaks-of-the-person-not-the-body",
    ),
    case(
        "Prices\nNot all prices are easing.",
        "Energy prices fell over the past year.",
        OMITS,
        "not-all-denies-no-one-thing",
    ),
    case(
        "Prices\nEnergy prices rose over the past year, the bureau said.",
        "Energy prices fell over the past year.",
        CONTRADICTS,
        "a-verb-that-is-the-whole-claim-is-no-light-verb",
    ),
    case(
        "Chess\nThe final was held at Halvard Hall in Corvenna on Sunday.",
        "The final was held at Halvard Hall in Corvenna.",
        SUPPORTS,
        "a-light-verb-whose-place-carries-the-claim",
    ),
]


@verdict_cases(CASES)
def test_verdict(text, claim, expected):
    assert_verdict(text, claim, expected)
