"""Who a count counts and whose title a word of the past takes: a count of people is no count
of things the lexicon knows are no people ("412 people were treated" counts no scooters),
while it may still count people the claim names by their kind; "Former agriculture minister
X" says X no longer holds the title, though the lexicon knows no one-holder role
"minister"; a title and up to two words before it ("Regional Governor", "Deputy Mayor",
"Councillor") are no part of the name they precede; and "their" right after another name
than the claim's may stand for that one ("the Brightwater Corsairs ...; their captain")."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

CASES = [
    case(
        "Scooters\nVELLMORA, March 12, 2025 — Figures presented to the council showed that 412 "
        "people were treated in city emergency rooms for scooter-related injuries. The scooters "
        "were in service until the vote.",
        "More than 3,000 rental e-scooters were in service in Vellmora when the council voted.",
        OMITS,
        "a-count-of-people-counts-no-scooters",
    ),
    case(
        "Crash\nIn all, 42 people were rescued from the ferry.",
        "More than 40 passengers were rescued.",
        SUPPORTS,
        "a-count-of-people-may-count-passengers",
    ),
    case(
        "Farms\nFormer agriculture minister Dariusz Pell called the fund a sticking plaster.",
        "Dariusz Pell is the agriculture minister.",
        CONTRADICTS,
        "a-former-title-before-a-name-no-longer-holds",
    ),
    case(
        "Farms\nFormer agriculture minister Dariusz Pell called the fund a sticking plaster.",
        "Dariusz Pell was the agriculture minister.",
        SUPPORTS,
        "a-former-title-held-before",
    ),
    case(
        "Floods in the Tarrow Region: Regional Governor Anselm Ruud put the damage at more than "
        "900 million euros.",
        "Helga Marrindt is the governor of the Tarrow Region.",
        CONTRADICTS,
        "a-title-after-a-word-is-no-part-of-the-name",
    ),
    case(
        "Harrowmere\nActing Mayor Lorna Vesk signed new rules on expenses on Monday.",
        "Lorna Vesk signed new rules on expenses.",
        SUPPORTS,
        "an-acting-mayor-is-named-by-her-name",
    ),
    case(
        "Valdor Hexers win the final\nThe revisions leave the runners-up, the Brightwater "
        "Corsairs, with a larger cheque; their captain, Oskian Pell, said the team was proud.",
        "Mirek Tannheuser is the captain of the Valdor Hexers.",
        OMITS,
        "their-after-another-name-may-be-that-names",
    ),
]


@verdict_cases(CASES)
def test_verdict(text, claim, expected):
    assert_verdict(text, claim, expected)
