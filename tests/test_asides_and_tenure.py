"""Who did it, whether it happened, and when a role held: a participle right after a noun that
follows a verb and its preposition is said of that noun ("were checked in a review ordered by
Agnes Pellow": the review was ordered); a clause opened by "whether" says nothing happened
("investigating whether the skiers had entered the run"), though a participle in it that only
describes a noun still dates that noun's event; an aside of many words between a name and its
verb still leaves the name the subject, and a description before a name between commas
("The gallery's director, Marcus Fenwold, resigned") says what the name is, while a word of a
name other than its last is no kind ("the Union of Upland Growers' vice-chair" is no union); "stepped down as the company's chief executive" says
the role no longer holds, and a claim that ties a role to a time ("was chief executive when
the main burst") is not supported by one who held it once. Being there or not "for" an event
is as "at" it, and "not involved in" denies taking part. A time after a verb ("last October")
is when it happened, no object nor part of one."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

CASES = [
    case(
        "Review\nThe pieces were checked in a review ordered last autumn by Agnes Pellow, the "
        "chair of the board.",
        "Agnes Pellow ordered the review.",
        SUPPORTS,
        "reduced-relative-after-a-verb-and-preposition",
    ),
    case(
        "Avalanche\nPolice said they were investigating whether the skiers had entered the "
        "closed run.",
        "The skiers did not enter a closed run.",
        OMITS,
        "whether-says-nothing-happened",
    ),
    case(
        "Avalanche\nVELMIRA, February 11, 2025 — Police said they were investigating whether a "
        "group of skiers caught in Sunday's avalanche had entered the closed run.",
        "The avalanche took place in February 2025.",
        SUPPORTS,
        "a-describing-participle-under-whether-still-dates",
    ),
    case(
        "Vote\nTeodor Hask, a former minister who now sits on the opposition benches and has "
        "called the bill a tax on jobs, was not present for the vote.",
        "Teodor Hask did not attend the vote.",
        SUPPORTS,
        "long-aside-and-present-for",
    ),
    case(
        "Water\nDesmond Raike, who stepped down as Brennock Valley Water's chief executive in "
        "2022, told the meeting the budget had been adequate.",
        "Desmond Raike is the chief executive of Brennock Valley Water.",
        CONTRADICTS,
        "stepped-down-as-the-owners-role",
    ),
    case(
        "Water\nDesmond Raike, who stepped down as Brennock Valley Water's chief executive in "
        "2022, told the meeting the budget had been adequate.",
        "Desmond Raike was the chief executive of Brennock Valley Water.",
        SUPPORTS,
        "held-once-is-was",
    ),
    case(
        "Water\nDesmond Raike, who stepped down as Brennock Valley Water's chief executive in "
        "2022, told the meeting the budget had been adequate.",
        "Desmond Raike was the chief executive of Brennock Valley Water when the main burst.",
        OMITS,
        "held-once-is-not-held-then",
    ),
    case(
        "Wreck\nProfessor Corvin Aldaway, a marine historian who was not involved in the "
        "expedition, criticised its pace.",
        "Corvin Aldaway did not take part in the expedition.",
        SUPPORTS,
        "not-involved-in-is-no-part",
    ),
    case(
        "Water\nBRENNOCK, March 12, 2025 — A century-old water main gave way under Kestle "
        "Square on Tuesday.",
        "The water main burst on March 11, 2025.",
        SUPPORTS,
        "gave-way-is-burst",
    ),
    case(
        "Review\nThe review, which board chair Agnes Pellow commissioned last October, was "
        "carried out by a conservator.",
        "Agnes Pellow ordered the review.",
        SUPPORTS,
        "commissioned-is-ordered",
    ),
    case(
        "Gallery\nLINDQVAR, March 14, 2025 — The gallery's director, Marcus Fenwold, resigned "
        "on Wednesday, a day after the museum went public with the findings.",
        "The gallery's director resigned on March 12, 2025.",
        SUPPORTS,
        "a-description-before-the-name-between-commas",
    ),
    case(
        "Gallery\nThe gallery's director, Marcus Fenwold, resigned on Wednesday.",
        "The museum's chair resigned.",
        OMITS,
        "another-description-is-not-the-apposed-one",
    ),
    case(
        "Protest\nThe delegation was led by Lina Marsk, the Union of Upland Growers' "
        "vice-chair, who had herself been arrested earlier in the day.",
        "Lina Marsk was among the people arrested during the protest.",
        OMITS,
        "a-names-first-word-is-no-rival-kind",
    ),
    case(
        "Review\nAgnes Pellow ordered the review last October.",
        "Agnes Pellow ordered the review.",
        SUPPORTS,
        "a-month-after-the-object-says-when",
    ),
    case(
        "Wreck\nThe recovered items will be put on display at the Halvorne Maritime Museum.",
        "The recovered items will be exhibited at the Halvorne Maritime Museum.",
        SUPPORTS,
        "put-on-display-is-exhibited",
    ),
]


@verdict_cases(CASES)
def test_asides_and_tenure(text: str, claim: str, expected) -> None:
    assert_verdict(text, claim, expected)
