"""A pronoun for a thing ("its", not "his") stands for a claim's description when the name its
sentence opens with is of the description's kind: "its managing director" after "The Orvenian
National Symphony Orchestra has ..." is the orchestra's."""

from __future__ import annotations

from verdicts import OMITS, SUPPORTS, assert_verdict, case, verdict_cases

CASES = [
    case(
        "Orchestra\nThe Orvenian National Symphony Orchestra has abandoned its tour, its "
        "managing director, Annika Roelstra, said on Sunday.",
        "Annika Roelstra is the managing director of the orchestra.",
        SUPPORTS,
        "its-after-an-orchestra",
    ),
    case(
        "Festival\nThe Varn Jazz Festival has cancelled its last night, its managing director, "
        "Annika Roelstra, said on Sunday.",
        "Annika Roelstra is the managing director of the orchestra.",
        OMITS,
        "its-after-a-festival",
    ),
    case(
        "Orchestra\nPiet Halvorsen has left the stage, his managing director, Annika Roelstra, "
        "said on Sunday.",
        "Annika Roelstra is the managing director of the orchestra.",
        OMITS,
        "his-after-a-person",
    ),
    case(
        "Festival\nThe festival has booked the Orvenian Symphony Orchestra for its closing "
        "night, its managing director, Annika Roelstra, said on Sunday.",
        "Annika Roelstra is the managing director of the orchestra.",
        OMITS,
        "its-after-a-sentence-that-opens-on-another",
    ),
    case(
        "Rail\nThe Brek Mining Company sued the Varn Rail Company, and its chief executive, Lena "
        "Vost, said the case was baseless.",
        "Lena Vost is the chief executive of the mining company.",
        OMITS,
        "its-after-another-name",
    ),
    case(
        "Bank\nThe Varn Savings Bank said a branch and its manager, Ines Kalb, were robbed.",
        "Ines Kalb is the manager of the bank.",
        OMITS,
        "a-branch-and-its-manager",
    ),
]


@verdict_cases(CASES)
def test_a_pronoun_stands_for_a_name_of_the_described_kind(text, claim, expected):
    assert_verdict(text, claim, expected)
