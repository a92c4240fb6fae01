"""Being there, and ordinary news verbs: a negation may stand inside "was present at", "was
among those present at" and "was among the guests at" and deny taking part, as it may in "was
not at"; and the common paraphrases of news verbs are the same act ("called off" or "scrapped"
is cancelled, "went into administration" entered it, "clinched" the title won it, bones
"unearthed" were discovered, "detained" is arrested, "struck a reef" ran aground, "pocketed" took
home, "came down" collapsed, "brought to safety" rescued, "inaugurated" opened, tickets "snapped
up" were bought). A paraphrase still needs the claim's other parts: another subject or
another object decides nothing."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

CASES = [
    case(
        "Count\nVayle, who was not present at the count, conceded in a short statement.",
        "Dominic Vayle did not attend the count.",
        SUPPORTS,
        "not-present-at-is-did-not-attend",
    ),
    case(
        "Count\nVayle, who was not present at the count, conceded in a short statement.",
        "Dominic Vayle attended the count.",
        CONTRADICTS,
        "not-present-at-denies-attending",
    ),
    case(
        "Meeting\nPellbrook was not among those present at the emergency audit committee "
        "meeting on March 5.",
        "Mayor Pellbrook did not attend the emergency audit committee meeting.",
        SUPPORTS,
        "not-among-those-present-at",
    ),
    case(
        "Launch\nRenske Wollamar, the former chief executive, was not among the guests at the "
        "launch.",
        "Renske Wollamar did not attend the launch.",
        SUPPORTS,
        "not-among-the-guests-at",
    ),
    case(
        "Launch\nRenske Wollamar was present at the launch.",
        "Renske Wollamar attended the launch.",
        SUPPORTS,
        "present-at-is-attended",
    ),
    case(
        "Launch\nRenske Wollamar was not present at the dinner after the launch.",
        "Renske Wollamar did not attend the launch.",
        OMITS,
        "not-present-at-another-event",
    ),
    case(
        "Airline\nPORT ELSWICK, September 24, 2025 — More than 21,000 passengers were left "
        "stranded after Skelbridge Air went into administration on Tuesday.",
        "Skelbridge Air entered administration on September 23, 2025.",
        SUPPORTS,
        "went-into-is-entered",
    ),
    case(
        "Concert\nMARROWBY, May 17, 2025 — Saskia Dunmore's concert at Kestrel Park Stadium "
        "was called off on Saturday afternoon.",
        "The concert was cancelled in May 2025.",
        SUPPORTS,
        "called-off-is-cancelled",
    ),
    case(
        "Concert\nThe concert at Kestrel Park Stadium was scrapped on Saturday.",
        "The concert at Kestrel Park Stadium went ahead.",
        OMITS,
        "scrapped-is-no-word-of-going-ahead",
    ),
    case(
        "Final\nDunmarrow Athletic clinched the Calloway Shield on Sunday.",
        "Dunmarrow Athletic won the Calloway Shield.",
        SUPPORTS,
        "clinched-is-won",
    ),
    case(
        "Final\nDunmarrow Athletic clinched a place in the Calloway Shield final on Sunday.",
        "Dunmarrow Athletic won the Calloway Shield.",
        OMITS,
        "clinched-a-place-is-no-title",
    ),
    case(
        "Ferry\nThe ferry's captain, Ilse Marrowby, who was detained by island police on "
        "Tuesday, was released on bail late that night.",
        "Ilse Marrowby was arrested.",
        SUPPORTS,
        "detained-is-arrested",
    ),
    case(
        "Search goes on\nPORT EDRIN, March 12, 2025 — Divers searched on Wednesday for the people missing "
        "from the Sorrel Wren, the ferry that struck a reef off the island on Saturday.",
        "The Sorrel Wren ran aground on March 8, 2025.",
        SUPPORTS,
        "struck-a-reef-is-ran-aground",
    ),
    case(
        "Esports\nThe Hexers pocketed $720,000, or 40 per cent of the prize pool.",
        "The Hexers took home $720,000.",
        SUPPORTS,
        "pocketed-is-took-home",
    ),
    case(
        "Collapse\nAbout 40 percent of the structure on Tamsick Street came down at about 4:40 "
        "a.m. on March 3.",
        "About 40 percent of the structure collapsed.",
        SUPPORTS,
        "came-down-is-collapsed",
    ),
    case(
        "Hikers\nEleven hikers were brought to safety on Monday by the mountain rescue team.",
        "Eleven hikers were rescued.",
        SUPPORTS,
        "brought-to-safety-is-rescued",
    ),
    case(
        "Hospital\nDeputy Health Minister Pieter Valcourt inaugurated the hospital on Friday.",
        "Pieter Valcourt opened the hospital.",
        SUPPORTS,
        "inaugurated-is-opened",
    ),
    case(
        "Concert\nFor the show, 52,000 tickets had been snapped up.",
        "52,000 tickets had been bought for the show.",
        SUPPORTS,
        "snapped-up-is-bought",
    ),
    case(
        "Prize\nThe Hexers scooped the Ardent Crown on Saturday.",
        "The Hexers won the Ardent Crown.",
        SUPPORTS,
        "scooped-is-won",
    ),
    case(
        "Wreck\nThe Olvenmark Coastal Trust financed the expedition.",
        "The Olvenmark Coastal Trust funded the expedition.",
        SUPPORTS,
        "financed-is-funded",
    ),
    case(
        "Tax\nThe tax rise is forecast to yield more than 3.5 billion euros a year.",
        "The tax rise is forecast to bring in more than 3 billion euros a year.",
        SUPPORTS,
        "yield-is-bring-in",
    ),
    case(
        "Aid\nThe captors demanded $3.5 million for the group's release.",
        "The kidnappers demanded $3.5 million.",
        SUPPORTS,
        "captors-are-kidnappers",
    ),
    case(
        "Smelter\nThe Kelverby smelter is capable of producing 185,000 tonnes of aluminium.",
        "The Kelverby smelter produced 185,000 tonnes of aluminium.",
        OMITS,
        "capable-of-is-no-output",
    ),
    case(
        "Fossil\nThe first bones were unearthed in August 2022 by a sheep farmer.",
        "The first bones were discovered in August 2022.",
        SUPPORTS,
        "unearthed-is-discovered",
    ),
]


@verdict_cases(CASES)
def test_presence_and_news_verbs(text: str, claim: str, expected) -> None:
    assert_verdict(text, claim, expected)
