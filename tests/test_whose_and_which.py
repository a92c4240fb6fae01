"""Whose a role or a figure is, when the sentence does not name it outright: a name written as
its initials ("the OLRB" for the Ostvale Land Registry Board) where the text around it gives
the name, and no other of those initials; a role owned by a description
("the union's chair") of a kind the source names something else of (a union, where
the claim is about a company) is no rival for the company's; and a figure in
an aside that restates another occasion's figure ("the 2018 spill, when 900 homes, about a
tenth of the town, lost water") belongs to that occasion. An audience at home is not the crowd
in the hall: "a television audience of 3.1 million" counts viewers, as "3.1 million viewers"
does, as do people said to watch "on television" or "online" (the words beside their figure, up
to the next figure or conjunction), and none is a count of the people who watched in the
arena."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

BOARD = (
    "Registry fine\nKESTLE, May 2, 2025 — The Ostvale Land Registry Board fined Harlow Homes "
    "on Thursday. Orla Menzies, the OLRB's chair, said the penalty was fair."
)
TWO_BOARDS = (
    "Registry fine\nKESTLE, May 2, 2025 — The Ostvale Land Registry Board fined the Ostvale "
    "Lodging Rights Bureau on Thursday. Orla Menzies, the OLRB's chair, said the penalty was "
    "unfair."
)
UNION = (
    "Strike talks\nBRAVEN, June 4, 2025 — Talks between Harrowgate Freight and the drivers' "
    "union stalled on Tuesday. Pieter Vance, the union's chair, said members would "
    "walk out on Friday. It is the third dispute this year for the Allied Road Workers Union."
)
COMPANY = (
    "Strike talks\nBRAVEN, June 4, 2025 — Harrowgate Freight said on Tuesday it would not "
    "raise its pay offer. Pieter Vance, the company's chair, said talks would "
    "resume next week."
)
APPOSED = (
    "Pay cut\nBRAVEN, June 4, 2025 — Harrowgate Freight, the region's largest haulier, cut "
    "its rates on Tuesday, a week after rival Dunmore Hauliers did the same. The haulier's "
    "chair, Pieter Vance, said customers would save millions."
)
ASIDE = (
    "Water\nMELLBY, April 3, 2025 — The inspectors will also revisit the 2018 spill, when 900 "
    "homes, about 10 percent of the town at the time, lost their water for a week."
)

FINAL = (
    "Quiz final\nDUNMERE, March 3, 2025 — The Owls beat the Scholars in the final at Dunmere's "
    "Guild Hall in front of 1,200 people and a television audience of 3.1 million."
)

CASES = [
    case(
        FINAL,
        "About 2 million people watched the final in the hall.",
        OMITS,
        "a-television-audience-is-no-crowd-in-the-hall",
    ),
    case(FINAL, "More than 3 million viewers watched the final.", SUPPORTS, "viewers-watch"),
    case(FINAL, "3.1 million people watched the final on television.", SUPPORTS, "on-television"),
    case(
        "Premiere\nRASKO, March 9, 2025 — The premiere was attended by 1,800 people and streamed "
        "to an online audience of 250,000.",
        "The premiere was watched online by 250,000 people.",
        SUPPORTS,
        "online-beside-another-count",
    ),
    case(
        BOARD,
        "Orla Menzies is the chair of the Ostvale Land Registry Board.",
        SUPPORTS,
        "initials-name-the-board",
    ),
    case(
        "Registry fine\nKESTLE, May 2, 2025 — Orla Menzies, the OLRB's chair, said the penalty "
        "was fair.",
        "Orla Menzies is the chair of the Ostvale Land Registry Board.",
        OMITS,
        "initials-of-a-name-the-source-never-gives",
    ),
    case(
        TWO_BOARDS,
        "Orla Menzies is the chair of the Ostvale Land Registry Board.",
        OMITS,
        "initials-of-two-names",
    ),
    case(
        BOARD,
        "Orla Menzies is the chair of the Ostvale Water Company.",
        OMITS,
        "initials-of-another-name",
    ),
    case(
        UNION,
        "Lena Hart is the chair of Harrowgate Freight.",
        OMITS,
        "a-role-of-another-kind-of-body",
    ),
    case(
        COMPANY,
        "Lena Hart is the chair of Harrowgate Freight.",
        CONTRADICTS,
        "a-role-of-the-claims-kind",
    ),
    case(
        APPOSED,
        "Lena Hart is the chair of Harrowgate Freight.",
        CONTRADICTS,
        "a-role-of-a-kind-the-source-gives-the-claims-body",
    ),
    case(
        ASIDE,
        "About 40 percent of Mellby's homes lost their water.",
        OMITS,
        "an-aside-of-another-occasion",
    ),
]


@verdict_cases(CASES)
def test_whose_and_which(text, claim, expected):
    assert_verdict(text, claim, expected)
