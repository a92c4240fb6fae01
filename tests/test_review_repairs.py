"""Second review's repairs: a verb that acts on the claim's subject ("opened the bridge") is
compared by what it acts on only where it happened, not denied, tried or refused; a role noun is
no other role noun of its frame (a coach is no captain); a participle right after its subject
and a comma is a passive with or without a "by"; a claim's named other party must be in the
sentence before one role is read as another; "then-" says nothing of now; a date that names the
event ("its Oct. 8 gala") dates it when it is the sentence's one date of the event, not one
after the article's or of a noun the event word describes; "tried", "died" are "try", "die";
a third review: "closed its doors", "sank off Kell Point", "down 2 percent" for "fell 2
percent", "Talks to end the strike began"."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

from alliance_cli.text import stem

CASES = [
    case(
        "Regional news roundup\nThe Penrow bakery closed its doors for good on Saturday after 80 years.",
        "The Penrow bakery closed.",
        SUPPORTS,
        "closed-its-doors",
    ),
    case(
        "Regional news roundup\nHARLOW, March 8, 2025 — Organisers are still selling tables for the trust's April 12 gala at the Harlow town hall.",
        "The trust's gala was held on April 12, 2025.",
        OMITS,
        "a-gala-still-to-come",
    ),
    case(
        "Regional news roundup\nHARLOW, March 8, 2025 — The Ashgrove Trust's March 1 gala, delayed by the flood, finally took place on Friday.",
        "The Ashgrove Trust's gala was held on March 1, 2025.",
        OMITS,
        "delayed-and-held-later",
    ),
    case(
        "Ship\nTARROW, May 4, 2025 — The trawler sank off Kell Point on Friday.",
        "The trawler sank on Friday.",
        SUPPORTS,
        "sank-off-a-point",
    ),
    case(
        "Markets\nShares in Kessmar closed at 12 euros, down 2 percent.",
        "Shares in Kessmar fell 2 percent.",
        SUPPORTS,
        "down-2-percent-fell",
    ),
    case(
        "Markets\nShares in Kessmar closed at 12 euros, down 2 percent.",
        "Shares in Kessmar fell 5 percent.",
        CONTRADICTS,
        "down-2-percent-not-5",
    ),
    case(
        "Talks\nTARROW, May 4, 2025 — Talks to end the strike began on Monday.",
        "The strike ended on Monday.",
        OMITS,
        "talks-to-end-it-began",
    ),
    case(
        "Premiere\nCASTLEWARD, March 9, 2025 — Achterberg did not attend the Castleward premiere "
        "in late February, citing a filming commitment.",
        "The film's premiere took place in February 2025.",
        SUPPORTS,
        "not-attending-is-no-denial",
    ),
    case(
        "The council has no budget for the festival this year.",
        "The council has a budget for the festival.",
        CONTRADICTS,
        "no-budget-for-it",
    ),
    case(
        "Bridge\nTARROW, May 4, 2025 — The minister did not open the Tarrow bridge on Saturday, officials said.",
        "The Tarrow bridge opened on Saturday.",
        OMITS,
        "not-opened-by-the-minister",
    ),
    case(
        "Ship\nTARROW, May 4, 2025 — The navy tried to sink the drifting trawler on Friday.",
        "The trawler sank on Friday.",
        OMITS,
        "only-tried-to-sink",
    ),
    case(
        "Bridge\nTARROW, May 4, 2025 — Police refused to close the Tarrow bridge during the storm.",
        "The Tarrow bridge closed during the storm.",
        OMITS,
        "refused-to-close",
    ),
    case(
        "Season\nTARROW, May 4, 2025 — Kessel Rovers began the season with a 2-0 win.",
        "Kessel Rovers began with a 1-0 win.",
        OMITS,
        "began-the-season-with",
    ),
    case(
        "Bridge\nTARROW, May 4, 2025 — The council plans to reopen the Tarrow bridge in June.",
        "The Tarrow bridge will reopen in June.",
        SUPPORTS,
        "plans-to-reopen-will-reopen",
    ),
    case(
        "Talks\nTARROW, May 4, 2025 — The union called on members to end the strike on Friday.",
        "The strike ended on Friday.",
        OMITS,
        "called-on-to-end",
    ),
    case(
        "Rovers win derby\nKESSEL, March 9, 2025 — Kessel Rovers' coach, Anselm Drury, praised his players after Saturday's 2-0 win over Dunmore.",
        "Rasmus Kell is the captain of Kessel Rovers.",
        OMITS,
        "a-coach-is-no-captain",
    ),
    case(
        "Rovers\nKESSEL, March 9, 2025 — Dunmore, beaten on Saturday by two goals, sacked their coach on Sunday.",
        "Dunmore beat Kessel Rovers.",
        OMITS,
        "beaten-by-a-margin",
    ),
    case(
        "Derby\nKESSEL, March 9, 2025 — Dunmore, beaten on Saturday, travelled home on Sunday.",
        "Dunmore beat Halven.",
        OMITS,
        "beaten-by-whom",
    ),
    case(
        "Final\nRovers captain Ander Mossley, doubtful all week with a hamstring problem, came on for the final ten minutes.",
        "Ander Mossley did not play in the final.",
        CONTRADICTS,
        "came-on-after-an-aside",
    ),
    case(
        "Police\nBRELL, May 4, 2025 — The inquiry was ordered in 2019 by then-police chief Anton Brell, who still leads the force.",
        "Anton Brell is the police chief.",
        OMITS,
        "then-chief-still-leads",
    ),
    case(
        "Police\nBRELL, May 4, 2025 — The inquiry was ordered by the co-chair of the board, Anton Brell.",
        "Anton Brell is the co-chair of the board.",
        SUPPORTS,
        "the-co-chair",
    ),
    case(
        "Stage\nBRELL, May 9, 2025 — Organisers said Saturday's stage would go ahead despite the snow.",
        "The stage was held on May 3, 2025.",
        OMITS,
        "would-go-ahead",
    ),
    case(
        "Gala\nORSTAD, March 12, 2025 — Guests must reply by the March 1 gala deadline, the trust said.",
        "The gala was held on March 8, 2025.",
        OMITS,
        "a-gala-deadline",
    ),
    case(
        "Gala\nORSTAD, Oct. 12, 2025 — The trust counted the takings from its Oct. 8 gala on Friday.",
        "The gala was held on October 8, 2025.",
        OMITS,
        "its-oct-8-gala-and-a-friday",
    ),
    case(
        "Final\nKELLOW, March 16, 2025 — Last year's final, played in heavy rain, drew 21,000 spectators.",
        "Last year's final drew 25,000 spectators.",
        CONTRADICTS,
        "last-year's-final-claimed",
    ),
]


@verdict_cases(CASES)
def test_what_the_second_review_found(text, claim, expected):
    assert_verdict(text, claim, expected)


def test_a_short_ied_verb_stems_as_its_base():
    assert [stem(w) for w in ("tried", "tries", "died", "dies", "denied")] == [
        "try", "try", "die", "die", "deny",
    ]  # fmt: skip
