"""A figure that is a margin ("some 2,600 votes clear of Vayle") is no count of votes won;
"two years ago", a "rearranged" concert's date with its weekday ("set for Saturday, June
28"), are other occasions; and a description stands for a name one of whose words is its
head ("the office" for the Office of Health Data Oversight); a margin is what a claim's
subject says it is ("the winning margin was fewer than 20 votes"); "expected to be sworn in"
is to come, "had to be taken to hospital" happened; and "was absent from the ceremony" says
no kind of thing its subject is."""

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
        "Recount\nTessaly finished with more than 6,400 votes and a margin of 17, a result "
        "certified by the county board.",
        "Tessaly's winning margin after the recount was fewer than 20 votes.",
        OMITS,
        "a-winning-margin-is-no-count-of-votes",
    ),
    case(
        "Recount\nARDEN, March 20, 2025 — Tessaly is expected to be sworn in on April 1, "
        "succeeding Mayor Harlan Fesk.",
        "Tessaly was sworn in as mayor on April 1, 2025.",
        OMITS,
        "expected-to-be-sworn-in-is-not-sworn-in",
    ),
    case(
        "Marathon\nOnly one runner had to be taken to hospital, a spokesman said.",
        "Only one runner was taken to hospital.",
        SUPPORTS,
        "had-to-be-taken-was-taken",
    ),
    case(
        "Recount\nNeither Tessaly nor Gregor Vantelle, the candidate she defeated, was among "
        "the residents who spoke during the hearing.",
        "Gregor Vantelle was absent from Tessaly's swearing-in ceremony.",
        OMITS,
        "absent-from-a-ceremony-is-no-kind-of-thing-he-is",
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
