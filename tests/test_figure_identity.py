"""Which source figure is the claim's figure: its mood, what it measures, whose it is and
which occasion it belongs to; and which year a date without one has. Each case is a short
text written for the test."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

from alliance_cli.engine.lexicon import default_lexicon
from alliance_cli.engine.reading import Reading
from alliance_cli.model import Date

MOODS = [
    case("The town has budgeted a 3.5% increase in parking fees.",
         "Parking fees will rise by 3.5%.", OMITS, "a plan may be dropped"),
    case("The town plans a 3.5% increase in parking fees.",
         "The town plans a 3.5% rise in parking fees.", SUPPORTS, "a plan says a plan"),
    case("The town plans a 2.5% increase in parking fees.",
         "The town plans a 3.5% rise in parking fees.", CONTRADICTS, "another plan"),
    case("Councillors rejected a 3.5% increase in parking fees.",
         "Parking fees will rise by 3.5%.", OMITS, "a rejected rise is no plan"),
    case("Parking fees rose by 3.5% in January.", "Parking fees will rise by 3.5%.", OMITS,
         "what was is not what will be"),
    case("The union demanded a 6% increase in pay.", "Pay will rise by 6%.", OMITS,
         "a demand is not what will be"),
    case("Officials said the storm was expected to cost £40 million.",
         "The storm cost £40 million.", OMITS, "what is expected is not what was"),
    case("The council's budget of £384 million includes a 4% rise in rents.",
         "The budget includes a 5% rise in rents.", CONTRADICTS, "a budget is no plan word"),
]  # fmt: skip

MEASURES = [
    case("Aster 7 launch\nThe Aster 6, which sold 2.6 million units, struggled against cheaper "
         "models.", "The Aster 7 has a 5,200 mAh battery.", OMITS, "units-sold-are-no-battery"),
    case("Aster 7 launch\nThe Aster 6, which sold 2.6 million units, struggled against cheaper "
         "models.", "The Aster 6 sold 3 million units.", CONTRADICTS, "a-name-with-its-number"),
    case("Aster 7 launch\nThe Aster 7 packs a larger battery than the Aster 6's 4,800mAh cell.",
         "The Aster 7 has a 5,200 mAh battery.", OMITS, "the-older-model's-battery"),
    case("Aster 7 launch\nThe Aster 7 has a 4,800 mAh battery.",
         "The Aster 7 has a 5,200 mAh battery.", CONTRADICTS, "a-battery-in-mah"),
    case("Derby\nDunmarrow 2, Rovers 1: a late goal settled the derby.", "Rovers scored 2 goals.",
         OMITS, "a-score-is-no-name's-number"),
    case("Record opening\nBELLCASTER, March 9, 2025 — Harrowgate Tide took an estimated $187.4 "
         "million at domestic cinemas over its first three days. Its production budget was not "
         "disclosed.", "The production budget of Harrowgate Tide was $230 million.", OMITS,
         "takings-are-no-budget"),
    case("Workforce\nKESSEL, May 5, 2025 — Women made up 40 percent of Kessmar's workforce.",
         "Women make up 30 percent of Kessmar's workforce.", CONTRADICTS,
         "made-up-is-a-verb-not-a-change"),
    case("Chess federation signs sponsor\nOSKARTH, March 19, 2025 — The Valdrenian Chess "
         "Federation on Wednesday announced a three-year sponsorship of its junior circuit by "
         "Oderlin Lines, a deal worth 1.2 million euros. The national junior championship will be "
         "held in July, with a prize fund of 40,000 euros.",
         "The championship's prize fund was about 400,000 euros.", OMITS,
         "a-deal-worth-is-no-prize-fund"),
    case("Wallabies escape from Ashcombe zoo\nMayor Renata Quill said the zoo drew 210,000 "
         "visitors last year, up 12 percent, and that cutting its budget after the recent escape "
         "of its wallabies would be wrong.", "About 15 percent of the zoo's wallabies escaped.",
         OMITS, "up-12-percent-is-a-change-not-a-share"),
    case("Wallabies escape from Ashcombe zoo\nAbout 12 percent of the zoo's wallabies escaped on "
         "Monday.", "About 15 percent of the zoo's wallabies escaped.", CONTRADICTS,
         "a-share-against-a-share"),
    case("With fees, the final price for the painting came to $48.9 million.",
         "The hammer price for the painting was $42.5 million.", OMITS,
         "a price with fees is not the hammer price"),
    case("The hammer price for the painting was $42.5 million.",
         "The hammer price for the painting was $42.5 million.", SUPPORTS, "the same price"),
    case("The hammer price for the painting was $44 million.",
         "The hammer price for the painting was $42.5 million.", CONTRADICTS,
         "another hammer price"),
    case("The price for the painting surpassed an estimate of $25 million.",
         "The price for the painting was $42.5 million.", OMITS,
         "an estimate is not the price"),
    case("The council approved a £384.5 million budget on Wednesday.",
         "The approved budget is worth about £380 million.", SUPPORTS,
         "'is worth' only says the sum is the budget's"),
    case("The council approved a £384.5 million budget on Wednesday.",
         "The approved budget is worth about £300 million.", CONTRADICTS, "another sum"),
    case("Turnout was 55 percent, down from 58.4 percent in the first round.",
         "Marsk came first in the first round with about 41% of the vote.", OMITS,
         "coming first is more than a share"),
    case("Roughly four in ten of the flooded homes had no insurance.",
         "Nearly 4,000 homes were flooded.", OMITS, "four in ten is a share"),
    case("Fares will rise by almost 5% from April.",
         "The fare increase will be below 5%.", SUPPORTS, "an increase is a change"),
]  # fmt: skip

OWNERS = [
    case("The administrator said 640 of the mill's 900 workers had been laid off.",
         "Harlow Mills laid off 640 workers.", OMITS, "no Harlow Mills"),
    case("Harlow Mills collapsed on Friday. Its administrator said 640 of the mill's 900 "
         "workers had been laid off.", "Harlow Mills laid off 640 workers.", SUPPORTS,
         "what is said has its own subject, not the one who says it"),
    case("Harlow Mills collapsed on Friday. Its administrator said 520 of the mill's 900 "
         "workers had been laid off.", "Harlow Mills laid off 640 workers.", CONTRADICTS,
         "another count, said by someone else"),
    case("Rescuers said 42 passengers had been rescued.", "42 passengers were rescued.",
         SUPPORTS, "people counted by the claim's own verb"),
    case("Rescuers said 37 passengers had been rescued.", "42 passengers were rescued.",
         CONTRADICTS, "another count of the rescued"),
    case("Rescuers said 37 passengers had been injured.", "42 passengers were rescued.",
         OMITS, "the injured are not the rescued"),
    case("Rescuers said 37 crew members had been rescued.", "42 passengers were rescued.",
         OMITS, "crew are not passengers"),
    case("The Selka Dawn, which carried 312 cars, capsized on Tuesday.",
         "More than 300 cars were on the Selka Dawn.", SUPPORTS,
         "a relative clause says it of what it hangs on"),
    case("The Selka Dawn capsized near the Marlo, which carried 290 cars.",
         "More than 300 cars were on the Selka Dawn.", OMITS, "another ship's cars"),
    case("The accident is the worst since the sinking of the Tarrow, in which 61 people died.",
         "Thirty-four people were killed in the accident.", OMITS,
         "the dead of another named sinking"),
    case("Tarvanosaurus oressi dinosaur unveiled\nThe dinosaur Tarvanosaurus oressi was unveiled "
         "on Monday. In 1998, workers uncovered the bones of Kessmarrosaurus brenni, a seven-metre "
         "plant-eater, near the site.", "The dinosaur was more than 10 metres long.", OMITS,
         "a description after a comma is of the name before it: another dinosaur"),
    case("Tarvanosaurus oressi dinosaur unveiled\nThe dinosaur Tarvanosaurus oressi, a seven-metre "
         "plant-eater, was unveiled on Monday.", "The dinosaur was more than 10 metres long.",
         CONTRADICTS, "a description of the story's own dinosaur"),
    case("In Harlow, 34 people were injured in the crash.", "The crash injured 40 people.",
         CONTRADICTS, "a place the sentence opens on is described by nothing after its comma"),
]  # fmt: skip

_TRAM_2016 = (
    "HARLOW, May 6, 2025 — The overhaul echoes one drafted by former mayor Tomas Brecken, whose "
    "own tram plan collapsed in the June 2016 referendum, when 47 percent of voters backed it on "
    "a turnout of 44 percent."
)

_RATES = (
    "DORRANCE, March 6, 2025 — Figures released earlier this week showed that inflation had "
    "eased to 4.7 percent in February, well below the 6.9 percent recorded a year earlier."
)
OCCASIONS = [
    case(_TRAM_2016, "Turnout in the tram referendum was about 58 percent.", OMITS,
         "a share of voters is no share of a referendum (rival kinds measure different things)"),
    case(_TRAM_2016, "The turnout was 44 percent.", OMITS,
         "'when' after a comma tells the time of the 2016 referendum before it"),
    case("HARLOW, May 6, 2025 — The tram plan passed on Sunday, when 58 percent of voters backed "
         "it on a turnout of 44 percent.", "The turnout was 44 percent.", SUPPORTS,
         "'when' after this year's vote"),
    case("The accident is the worst since the 2019 sinking, in which 61 people died.",
         "Thirty-four people were killed in the accident.", OMITS,
         "'in which' hangs on another year's sinking"),
    case("The ferry Marla sank in 2019. That sinking cost the operator about £9 million.",
         "The sinking will cost the operator about £30 million.", OMITS,
         "'That sinking' is the one of the sentence before, of another year"),
    case("The ferry Marla sank in March. That sinking cost the operator about £9 million.",
         "The sinking cost the operator about £30 million.", CONTRADICTS,
         "'That sinking' of no other year"),
    case(_RATES, "A year earlier, inflation had been about 7 percent.", SUPPORTS,
         "a claim of a year earlier: the figure recorded then, not this month's"),
    case(_RATES, "Inflation was about 5 percent a year earlier.", CONTRADICTS,
         "a claim of a year earlier against the figure recorded then"),
    case("DORRANCE, March 6, 2025 — Inflation eased to 4.7 percent in February.",
         "A year earlier, inflation had been about 7 percent.", OMITS,
         "a claim of a year earlier: this month's figure is no evidence"),
    case("ESSENFORD, March 13, 2025 — Organisers revised the attendance for the final to 13,850 "
         "paying spectators.", "More than 14,000 spectators attended the final.", CONTRADICTS,
         "a word in -ing before a plural is part of the noun"),
]  # fmt: skip

FERRY = "The ferry accident happened on Sunday. "
TALLIES = [
    case(FERRY + "The number of confirmed dead rose to 34 on Wednesday.",
         "Thirty-four people were killed in the accident.", SUPPORTS,
         "the number of dead is a count of the killed"),
    case(FERRY + "Divers found four more bodies, bringing the death toll to thirty-eight.",
         "Thirty-four people were killed in the accident.", CONTRADICTS,
         "a toll brought to another figure"),
    case(FERRY + "The death toll has risen to 31, officials said.",
         "Thirty-four people were killed in the accident.", CONTRADICTS,
         "a toll risen to another figure"),
    case(FERRY + "The number of injured rose to 31, officials said.",
         "Thirty-four people were killed in the accident.", OMITS, "the injured are not the dead"),
    case("The temperature rose to 31 on Tuesday.", "Thirty-one people were killed.", OMITS,
         "a temperature counts no one"),
    case("The death toll from the 2019 sinking rose to 61.",
         "Thirty-four people were killed in the accident.", OMITS, "another year's toll"),
    case(FERRY + "The number of people killed in the accident near the harbour on Sunday "
         "night has risen to 37, officials said.", "Thirty-four people were killed in the "
         "accident.", CONTRADICTS, "the number of people killed, far from its figure"),
    case(FERRY + "The number of people injured in the accident has risen to 34.",
         "Thirty-four people were killed in the accident.", OMITS, "the injured are not the dead"),
    case("The number of confirmed cases in the outbreak rose to 118 on Monday.",
         "More than 115 people have been sickened in the outbreak.", SUPPORTS,
         "cases are people sickened"),
    case("The outbreak passes 100 cases.", "More than 115 people have been sickened in the "
         "outbreak.", OMITS, "passing 100 is more than 100"),
    case("Thirty-four people died in the capsizing of the ferry.",
         "Thirty-four people were killed in the accident.", SUPPORTS,
         "a capsizing is an accident"),
]  # fmt: skip

VERBS = [
    case("Two skiers were killed and five others were rescued alive after an avalanche buried "
         "seven skiers.", "Two skiers were killed in the avalanche.", SUPPORTS,
         "a count of others goes with its own verb: the rescued, not the killed"),
    case("DUNMERE, March 3, 2025 — Officials said 12 people were rescued and 30 others were "
         "evacuated from the valley.", "12 people were rescued.", SUPPORTS,
         "the evacuated others are no count of the rescued"),
    case("Four miners lost their lives after the collapse.",
         "At least 40 miners were rescued alive.", OMITS,
         "the dead are no count of the rescued"),
    case("Four miners lost their lives and 41 were rescued alive after the collapse.",
         "At least 40 miners were rescued alive.", SUPPORTS,
         "41 who were rescued are miners, the count before them"),
    case("Rescue teams worked to reach 47 miners who were cut off when the roof fell.",
         "Six miners were killed in the collapse.", OMITS, "the reached are not the dead"),
    case("Rescue teams said seven miners were killed in the collapse.",
         "Six miners were killed in the collapse.", CONTRADICTS, "another count of the dead"),
    case("The firm recalled 86,000 cookers on Monday.",
         "About 86,000 cookers are covered by the recall.", SUPPORTS,
         "recalled and covered count the same units"),
    case("By Thursday, insurers had logged 9,300 claims.", "Insurers received about 9,300 "
         "claims.", SUPPORTS, "a verb no group counts by decides nothing"),
    case("Forty-seven miners trapped after roof gives way at Kellamoor pit",
         "Six miners were killed in the Kellamoor collapse.", OMITS,
         "a count that differs must be shown to be the claim's: trapped is not killed"),
    case("Rescuers said 47 miners had been killed in the Kellamoor collapse.",
         "Six miners were killed in the Kellamoor collapse.", CONTRADICTS,
         "one that is, by its own verb"),
    case("By Thursday, insurers had logged 9,900 claims.", "Insurers received about 9,300 "
         "claims.", OMITS, "logged is not shown to be received"),
    case("In the recall, the firm takes back some 312,000 cookers across Europe.",
         "About 86,000 cookers are covered by the recall.", OMITS,
         "taking back is not shown to be covering"),
    case("The recall covers some 312,000 cookers across Europe.",
         "About 86,000 cookers are covered by the recall.", CONTRADICTS, "covering"),
]  # fmt: skip

DIMENSIONS = [
    case("The Tessaly Bridge, which spans 1,240 metres, opened on Saturday.",
         "The Tessaly Bridge is 1,240 metres long.", SUPPORTS, "'long' says which way"),
    case("The Tessaly Bridge is 40 metres high.", "The Tessaly Bridge is 1,240 metres long.",
         OMITS, "a height is no length"),
    case("The Tessaly Bridge is 1,100 metres long.", "The Tessaly Bridge is 1,240 metres long.",
         CONTRADICTS, "another length"),
]  # fmt: skip

DURATIONS = [
    case("The final lasted two hours and 47 minutes.", "The final lasted 2 hours and 47 "
         "minutes.", SUPPORTS, "one length of time in two parts"),
    case("The final lasted two hours and 41 minutes.", "The final lasted 2 hours and 47 "
         "minutes.", CONTRADICTS, "another length, at the minute"),
    case("The final lasted nearly three hours.", "The final lasted 2 hours and 47 minutes.",
         OMITS, "nearly three hours may be 2 hours 47"),
]  # fmt: skip

IRREGULAR = [
    case("Harlow Mills laid off 300 workers on Friday.", "Harlow Mills laid off 300 workers.",
         SUPPORTS, "laid is lay"),
    case("Harlow Mills laid off 200 workers on Friday.", "Harlow Mills laid off 300 workers.",
         CONTRADICTS, "laid off another count"),
]  # fmt: skip


@verdict_cases(MOODS)
def test_a_figure_is_compared_only_with_one_of_its_mood(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(MEASURES)
def test_a_sum_is_compared_only_with_a_sum_of_what_it_measures(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(OWNERS)
def test_a_figure_is_compared_only_with_one_of_its_owner(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(OCCASIONS)
def test_a_figure_of_another_occasion_is_no_evidence(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(TALLIES)
def test_a_bare_figure_a_count_is_brought_to_counts_what_the_count_counts(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(VERBS)
def test_a_count_is_of_what_its_own_verb_says(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(DIMENSIONS)
def test_a_measure_is_compared_only_with_one_that_measures_the_same_way(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(DURATIONS)
def test_a_length_of_time_in_parts_is_one_figure(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(IRREGULAR)
def test_irregular_past_forms_are_their_verb(text, claim, expected):
    assert_verdict(text, claim, expected)


def _years(text: str) -> list[int]:
    reading = Reading(text, default_lexicon(), 0, Date(2025, 3, 5))
    return [date.year for date in reading.dates if date.month in (8, 9, 10)]


def test_a_month_six_months_from_the_dateline_is_ahead_only_for_what_is_to_come():
    assert _years("The panel is expected to report in September.") == [2025]
    assert _years("The panel reported in September.") == [0]  # no year
    assert _years("The panel will report in August.") == [2025]
    assert _years("The panel reported in October.") == [2024]
