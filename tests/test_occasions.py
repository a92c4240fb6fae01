"""What a source says of another occasion, or of another role, decides nothing about the
claim's: a claim of "the previous tour" is not contradicted by the figures of this one; a
date tied to an act by cause or order ("fined in 2021 over a breach") does not date the
breach; a music director is no managing director."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

CASES = [
    case("Storm\nDUNMARROW, January 3, 2026 — In December 2025 a storm, the worst in a decade, "
         "cut power to 40,000 homes.", "The storm cut power to 60,000 homes.", CONTRADICTS,
         "last-month-is-the-story's-time"),
    case("Varnbrook wins\nCASTRELLE, Oct. 17 — Ilse Varnbrook was named winner of the Halvard "
         "Prize on October 16, 2025. She succeeds Corinna Plaht, who took last year's prize.",
         "Corinna Plaht won the Halvard Prize last year.", OMITS,
         "last-year-is-said-in-the-sentence-itself"),
    case("Kolb wins\nMELDORF, March 9, 2025 — Hadrien Kolb, a critic of the event, said the "
         "finalists were tired, recalling that last year's final, played on March 10, 2024, had "
         "been held up by rain for almost two hours.",
         "The final lasted 2 hours and 47 minutes.", OMITS, "the-subject-past-an-aside"),
    case("Kolb wins\nMELDORF, March 9, 2025 — The final, played on Sunday, lasted almost two "
         "hours.", "The final lasted 2 hours and 47 minutes.", CONTRADICTS,
         "this-final-past-an-aside"),
    case("Reef warnings\nPORT ELLISMERE, March 8, 2025 — The Corvanne Trader ran aground on "
         "Monday. In 2011 a small tanker, the Ormsby Lark, tore its hull there and spilled about "
         "60 tonnes of diesel, oiling some 400 birds.",
         "About 340 tonnes of fuel oil were spilled from the Corvanne Trader.", OMITS,
         "a-year-the-sentence-opens-on"),
    case("Reef warnings\nPORT ELLISMERE, March 8, 2025 — The Corvanne Trader ran aground on "
         "Monday. In 2025 alone, the spill has oiled some 400 birds.",
         "About 900 birds were oiled.", CONTRADICTS, "the-story's-own-year-it-opens-on"),
    case("The tour had been planned as a sixteen-date journey; it was halted after half a dozen "
         "concerts when an outbreak laid low 23 players of the orchestra.",
         "The orchestra's previous tour comprised eleven concerts.", OMITS, "this-tour-for-the-previous"),
    case("Tobias Kerrigan was fined £5,000 by Harlow magistrates on Monday for dangerous driving.",
         "Former minister Tobias Kerrigan was fined £8,000 for dangerous driving.", CONTRADICTS,
         "former-says-who-not-when"),
    case("The storm flooded 200 homes in Corrow County on Sunday.",
         "The storm flooded 350 homes in neighbouring Corrow County.", CONTRADICTS,
         "neighbouring-says-where-not-when"),
    case("ORLEGNA, July 17, 2025 — Emil Varnholt beat Tomas Belqueri by 11 seconds on Tuesday's "
         "stage, a narrower gap than a year ago.", "Aurel Kostandin won the stage last year.", OMITS,
         "a-claim-of-last-year"),
    case("The orchestra's previous tour comprised nine concerts.",
         "The orchestra's previous tour comprised eleven concerts.", CONTRADICTS, "the-previous-tour"),
    case("The orchestra's previous tour comprised eleven concerts, all sold out.",
         "The orchestra's previous tour comprised eleven concerts.", SUPPORTS, "the-previous-tour-agrees"),
    case("Meridane Health Group faces an inquiry. Regulators said the group was fined $3.2 million "
         "in 2021 over a breach that exposed 240,000 records.",
         "The breach at Meridane took place on February 11, 2025.", OMITS, "fined-in-2021-over-a-breach"),
    case("HARLOW, May 6, 2025 — Police arrested 12 people on Monday over the protest.",
         "The protest took place on May 4, 2025.", OMITS, "arrested-on-monday-over-the-protest"),
    case("HARLOW, May 6, 2025 — The council was fined on Monday over a breach of its rules.",
         "The breach took place on May 4, 2025.", OMITS, "fined-on-monday-over-a-breach"),
    case("Meridane was fined $3.2 million in 2021 for a breach.",
         "The breach at Meridane took place in 2021.", SUPPORTS, "fined-in-2021-for-a-breach"),
    case("HARLOW, May 6, 2025 — Police arrested 12 people on Monday during the vote.",
         "The vote took place on May 4, 2025.", CONTRADICTS, "during-the-vote"),
    case("The tour opened with music director Teodor Halvik on the podium, the orchestra said.",
         "Annika Roelstra is the managing director of the orchestra.", OMITS, "a-music-director"),
    case("Corland's foreign minister, Delia Franz, met her Veldorian counterpart on Tuesday.",
         "Delia Franz is the leader of the Corland Liberal Party.", OMITS, "met-is-no-meeting"),
    case("The orchestra's managing director, Teodor Halvik, spoke.",
         "Annika Roelstra is the managing director of the orchestra.", CONTRADICTS,
         "another-managing-director"),
]  # fmt: skip


@verdict_cases(CASES)
def test_what_is_said_of_another_occasion_or_role(text, claim, expected):
    assert_verdict(text, claim, expected)
