"""A figure that is a margin ("some 2,600 votes clear of Vayle") is no count of votes won;
"two years ago", a "rearranged" concert's date with its weekday ("set for Saturday, June
28"), are other occasions; and a description stands for a name one of whose words is its
head ("the office" for the Office of Health Data Oversight)."""

from __future__ import annotations

from verdicts import OMITS, SUPPORTS, assert_verdict, case, verdict_cases

OSTRAND = (
    "By-election\nOstrand, 44, took about 38 percent of the ballots cast and finished some "
    "2,600 votes clear of Dominic Vayle, in a constituency where the Civic Union's Alaric "
    "Penhallow had won 52.3 percent of the vote two years ago."
)

CASES = [
    case(OSTRAND, "Mirela Ostrand received 14,862 votes.", OMITS, "a-margin-is-no-count-won"),
    case(
        OSTRAND,
        "Mirela Ostrand won 38.4 percent of the vote.",
        OMITS,
        "two-years-ago-is-another-occasion",
    ),
    case(
        "Concert\nThe rearranged concert has been set for Saturday, June 28, with Brisa "
        "Calloway returning as support.\nThe show at Kestrel Park was called off on May 17.",
        "The concert was scheduled for May 17, 2025.",
        OMITS,
        "a-rearranged-concert-is-another-occasion",
    ),
    case(
        "Breach\nTHORNE, March 9, 2025 — The Office of Health Data Oversight set new rules on "
        "Monday. Hospitals have six months to comply. Rosalind Achterberg, the regulator's chief "
        "commissioner, said the rules had been planned for months but acquired fresh urgency "
        "this week, when the office opened an investigation into the breach.",
        "The Office of Health Data Oversight opened an investigation into the breach.",
        SUPPORTS,
        "the-office-for-the-office-of-health-data-oversight",
    ),
]


@verdict_cases(CASES)
def test_verdict(text, claim, expected):
    assert_verdict(text, claim, expected)
