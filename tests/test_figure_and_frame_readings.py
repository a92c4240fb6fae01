"""Figures and frames mended on news no one wrote the engine for: a part of a whole counts what
its own verb says, counts are whole numbers, "nearly N" stands a little below N, "was worth"
measures its subject, a claim about "the previous" one needs a figure the source marks so,
an old date with no dateline is another occasion, and so is a round a sentence opens on
other than the claim's; a window ("within three years") is no length; speaking at or
chairing a meeting is being there, and winning said as "claimed victory", "was crowned",
"went to", with a rival only where the source names one."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

from alliance_cli.engine.quantities import read_quantities, whole_numbers
from alliance_cli.engine.reading import Reading


def test_a_count_holds_whole_numbers_only(lexicon):
    (fewer,) = read_quantities(Reading("fewer than three members", lexicon))
    (bare,) = read_quantities(Reading("three members", lexicon))
    assert (whole_numbers(fewer).low, whole_numbers(fewer).high) == (0, 2)
    assert (whole_numbers(bare).low, whole_numbers(bare).high) == (3, 3)


def test_nearly_is_below_by_less_than_a_unit_and_a_tenth(lexicon):
    (jackpot,) = read_quantities(Reading("a jackpot of nearly $613 million", lexicon))
    assert (jackpot.low, jackpot.high, jackpot.low_open, jackpot.high_open) == (
        612_000_000, 613_000_000, True, True
    )  # fmt: skip
    (weeks,) = read_quantities(Reading("a strike of nearly two weeks", lexicon))
    assert (round(weeks.low, 6), weeks.high) == (12.6, 14.0)  # in days: 1.8 to 2 weeks


CASES = [
    case(
        "Crash\nThe coach crossed the hard shoulder, according to Chief Inspector Maren Tolle, "
        "who said that nine of the injured were in a serious condition.",
        "More than 30 people were injured in the crash.",
        OMITS,
        "a-part-of-the-injured-is-no-count-of-them",
    ),
    case(
        "Vote\nNine of the 13 board members voted for the appointment, three voted against "
        "and one abstained.",
        "Fewer than three board members voted against the appointment.",
        CONTRADICTS,
        "three-people-are-not-fewer-than-three",
    ),
    case(
        "Draw\nPenhallow's numbers came up in the record draw, a jackpot of nearly $613 million.",
        "The jackpot was worth $612.4 million.",
        OMITS,
        "nearly-613-million-holds-612-4-million",
    ),
    case(
        "Tests\nNearly 5 percent of the federation's samples this season came back positive.",
        "About 3 percent of the federation's samples this season came back positive.",
        CONTRADICTS,
        "nearly-5-percent-is-not-about-3",
    ),
    case(
        "Draw\nThe $50,000 bonus the commission pays to the retailer that sells a winning "
        "ticket would go toward a new roof, he said.",
        "The jackpot was worth $612.4 million.",
        OMITS,
        "a-bonus-is-no-jackpot",
    ),
    case(
        "Draw\nA single ticket won a jackpot of $612.4 million that officials said was the "
        "largest in the game's history and comfortably beat the previous record, a $488 "
        "million prize collected in October 2023.",
        "The previous record jackpot was $488 million.",
        OMITS,
        "this-jackpot-is-no-previous-record",
    ),
    case(
        "Crash\nThe stretch between junctions 14 and 15 was also the scene of a crash in "
        "August 2023, when a lorry jack-knifed across three lanes.",
        "The crash happened on March 11, 2025.",
        OMITS,
        "an-older-crash-with-no-dateline-is-another",
    ),
    case(
        "Speaker\nIn the first round Varrow took 108 votes to Pelk's 95, with Maren Quist "
        "third on 29 and eight delegates abstaining, which left no one with a majority.",
        "About 20 delegates abstained in the final round.",
        OMITS,
        "a-sentence-opening-on-the-first-round-is-not-the-final",
    ),
    case(
        "Visit\nPORT HALVEY, April 8, 2025 - President Adaora Venn and her Morland hosts signed "
        "trade deals on Tuesday, the centrepiece of a four-day state visit that officials say "
        "should lift two-way trade by 12 percent within three years.",
        "Adaora Venn's state visit to Morland lasted four days.",
        SUPPORTS,
        "a-window-of-three-years-is-no-visit's-length",
    ),
    case(
        "Grounding\nCaptain Oskar Brenn, the ship's master, spoke briefly at Wednesday's press "
        "briefing to apologise.",
        "Captain Oskar Brenn did not attend Wednesday's press briefing.",
        CONTRADICTS,
        "speaking-at-a-briefing-is-attending-it",
    ),
    case(
        "Heat\nGovernor Ilse Markova, who chaired an emergency briefing on Wednesday, urged "
        "residents to stay indoors.",
        "Governor Ilse Markova did not attend Wednesday's emergency briefing.",
        CONTRADICTS,
        "chairing-a-briefing-is-attending-it",
    ),
    case(
        "Grounding\nCaptain Oskar Brenn attended the press briefing.",
        "Captain Oskar Brenn spoke at the press briefing.",
        OMITS,
        "attending-is-no-speaking",
    ),
    case(
        "Marathon\nTomas Ekwendo claimed victory in the men's race at the Marenhal City "
        "Marathon on Sunday.",
        "Tomas Ekwendo won the men's race of the Marenhal City Marathon.",
        SUPPORTS,
        "claiming-victory-is-winning",
    ),
    case(
        "Prize\nThe jury handed the Halvard Prize to Ilse Varnbrook on Wednesday night.",
        "Ilse Varnbrook won the Halvard Prize.",
        SUPPORTS,
        "a-prize-handed-to-someone-is-won-by-them",
    ),
    case(
        "Festival\nThe Golden Heron went to Night Ferries on Friday.",
        "Night Ferries won the Golden Heron.",
        SUPPORTS,
        "a-prize-that-went-to-someone-is-won-by-them",
    ),
    case(
        "Museum\nMinister Renata Hollis stayed away from the reopening.",
        "Minister Renata Hollis did not attend the reopening.",
        SUPPORTS,
        "staying-away-is-not-attending",
    ),
    case(
        "Museum\nMinister Renata Hollis turned up at the reopening with her family.",
        "Minister Renata Hollis did not attend the reopening.",
        CONTRADICTS,
        "turning-up-is-attending",
    ),
    case(
        "Chess\nTeodor Brennic was crowned national chess champion after the twelfth game of "
        "his final against Mirela Sostak.",
        "Mirela Sostak won the national chess championship final.",
        CONTRADICTS,
        "the-crowned-one-won",
    ),
    case(
        "Festival\nThe Grand Jury Prize, in effect second place, went to Odile Brune's \"Night "
        'Ferries," a story of two sisters.',
        "Night Ferries won the Grand Jury Prize.",
        OMITS,
        "a-possessor-alone-is-no-rival",
    ),
    case(
        "Quiz\nTeam member Tamsin Oakhurst, whose answer about the source of the River Tolvane "
        "clinched the title, said it was luck.",
        "The Ashby Lane Owls were crowned national quiz champions.",
        OMITS,
        "a-name-after-a-description-is-no-rival",
    ),
]


@verdict_cases(CASES)
def test_verdict(text, claim, expected):
    assert_verdict(text, claim, expected)
