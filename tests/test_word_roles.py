"""What a word does in its sentence decides what it says: "claimed victory" wins and
"claimed the vote was rigged" reports; "the ship's captain, Rasmus Kell" names the captain as
a noun does, though "captain" is also a verb; a title before a name ("not by chief executive
Ilse Varnhold but by ...") is not what a negation denies; "then-police chief" is a former
one; "the building" is a thing, not an act of building; a claim's
relative clause ("the engineer who inspected it") is said in the sentence that speaks of its
subject; "the bridge opened" is what someone opened (an ergative verb); "proposals to close"
only ask for what "will close" says."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

from alliance_cli.engine.lexicon import default_lexicon
from alliance_cli.engine.reading import Reading
from alliance_cli.engine.senses import reports

BRIDGE = "Bridge opens\nVARNHOLM, April 12, 2025 — "

CASES = [
    case(
        BRIDGE + "The 1,240-metre Tessaly Bridge across the river Selke was opened on Saturday "
        "by Transport Minister Halvard Oskenby.",
        "The Tessaly Bridge opened on April 12, 2025.",
        SUPPORTS,
        "opened-is-was-opened",
    ),
    case(
        BRIDGE + "Minister Oskenby opened the Tessaly Bridge on Saturday.",
        "The Tessaly Bridge opened on April 13, 2025.",
        CONTRADICTS,
        "what-was-opened",
    ),
    case(
        BRIDGE + "The Tessaly Bridge opened a new era for the town on Saturday.",
        "The Tessaly Bridge opened on April 13, 2025.",
        OMITS,
        "what-opened-something-else",
    ),
    case(
        "Carrow & Lisle sold the painting for $45 million.",
        "The painting sold for $48 million.",
        CONTRADICTS,
        "sold-is-was-sold",
    ),
    case(
        "Youth centre protest\nBRENNOCK, February 24, 2025 — Several hundred young people, "
        "parents and youth workers marched through the centre of Brennock on Monday to protest "
        "against proposals to close the Hollins Road youth centre, ahead of Thursday's full "
        "council vote on the city's budget.",
        "The Hollins Road youth centre will close.",
        OMITS,
        "a-proposal-is-no-will",
    ),
    case(
        "The council decided to close the Hollins Road youth centre.",
        "The Hollins Road youth centre will close.",
        SUPPORTS,
        "a-decision-is-a-will",
    ),
    case(
        "The jury awarded the prize on October 18, 2025.",
        "The prize was awarded in October 2025.",
        SUPPORTS,
        "the-awarding",
    ),
    case(
        "The ship's captain, Rasmus Kell, was on the bridge with the first officer, Anselm Drury.",
        "Anselm Drury is the captain of the ship.",
        CONTRADICTS,
        "a-verb-as-a-noun",
    ),
    case(
        "The club's coach, Anselm Drury, was on the bench.",
        "Anselm Drury is the coach of the club.",
        SUPPORTS,
        "the-coach-named",
    ),
    case(
        "Anselm Drury coaches the club.",
        "Anselm Drury is the coach of the club.",
        SUPPORTS,
        "the-verb-still-tells",
    ),
    case(
        "The results were presented not by chief executive Ilse Varnhold, who was abroad, but "
        "by finance chief Rolf Demmink.",
        "Ilse Varnhold is the chief executive.",
        SUPPORTS,
        "a-title-is-not-denied",
    ),
    case(
        "Ilse Varnhold is not the chief executive of Kessmar.",
        "Ilse Varnhold is the chief executive of Kessmar.",
        CONTRADICTS,
        "a-role-denied",
    ),
    case(
        "In 2019 the search was led by then-police chief Harriet Ocksley.",
        "Marcus Dellow is the police chief.",
        OMITS,
        "a-then-chief",
    ),
    case(
        "Orlen Court death toll rises\nBREVAINE, March 5, 2025 — The number of people killed in "
        "Monday's partial collapse of Orlen Court rose to three on Tuesday. Nearly 70 residents "
        "were forced out of the building in the early hours of Monday, March 3, when the "
        "structure came down.",
        "Orlen Court was built in 1968.",
        OMITS,
        "the-building-is-a-thing",
    ),
    case(
        "The two ministers held a meeting on Tuesday.",
        "The ministers met on Tuesday.",
        SUPPORTS,
        "a-meeting-is-an-act",
    ),
    case(
        "Orlen Court was inspected last year. Lenna Sorvik, a structural engineer who was not "
        "involved in that inspection, told the Herald that such blocks deserve scrutiny.",
        "Lenna Sorvik is the engineer who inspected Orlen Court.",
        OMITS,
        "a-relative-clause-said-elsewhere",
    ),
]


@verdict_cases(CASES)
def test_what_a_word_does(text, claim, expected):
    assert_verdict(text, claim, expected)


def _reports(text: str, word: str) -> bool:
    reading = Reading(text, default_lexicon())
    return reports(reading, reading.words.norms.index(word))


def test_a_claimed_thing_is_taken_not_said():
    assert not _reports("Tomas Ekwendo claimed victory in the men's race on Sunday.", "claimed")
    assert not _reports("Dunmarrow claimed the title on Saturday.", "claimed")
    assert _reports("Marsk claimed the vote was rigged.", "claimed")
    assert _reports("Marsk claimed that she had won.", "claimed")
    assert _reports("Officials said on Monday that 40 had died.", "said")


def test_a_claimed_victory_dates_the_race():
    text = (
        "Ekwendo wins\nMARENHAL, March 3, 2025 — Tomas Ekwendo claimed victory in the men's race "
        "at the Marenhal City Marathon on Sunday, crossing the line in 2:08:41."
    )
    assert_verdict(text, "The marathon was held on March 2, 2025.", SUPPORTS)
    assert_verdict(text, "The marathon was held in February 2025.", CONTRADICTS)
