"""A story's lead, the sentence that opens on its dateline, dates the story's own event: the
first date of its main clause is the date of the event its headline or lead names, for a claim
that only places that event ("the final was played on May 17"). Plans say what will be, not
what was; a word of negation in an idiom denies nothing. Each case is a short text written for
the test."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

HEADLINE = "Dunmarrow lift the Shield after late goal in final\n"
LEADS = [
    case(HEADLINE + "HESTWICK, May 18, 2025 - Dunmarrow Athletic won the Calloway Shield on "
         "Saturday, beating Port Verrin 2-1.", "The final was played on 17 May 2025.", SUPPORTS,
         "the lead's date is the headline event's"),
    case(HEADLINE + "HESTWICK, May 19, 2025 - Dunmarrow Athletic won the Calloway Shield on "
         "Sunday, beating Port Verrin 2-1.", "The final was played on 17 May 2025.",
         CONTRADICTS, "another day for it"),
    case(HEADLINE + "HESTWICK, May 19, 2025 - Police said on Monday that four fans were "
         "arrested.", "The final was played on 19 May 2025.", OMITS,
         "the day of a saying dates no event"),
    case("Marsk leads after the vote\nVARNHOLT, Oct. 13, 2025 - Elena Marsk finished first "
         "in Sunday's opening round of the mayoral race.", "The runoff took place on 12 October "
         "2025.", OMITS, "a date said of another occasion"),
    case("Mayor calls early vote\nORVANNE, March 5, 2025 - The mayor will hold an early "
         "election on October 12, she said on Wednesday.", "The early election took place on "
         "5 March 2025.", OMITS, "a planned date and a saying's"),
    case("Council approves budget\nBRENNOCK, Feb. 27, 2025 - The mayor praised staff on "
         "Thursday.", "The budget vote took place on 27 February 2025.", OMITS,
         "the lead does not name the vote"),
    case("Race\nFENWICK, Aug 11, 2025 - The Fenwick marathon, first run in 1980, was won on "
         "Sunday by Ola Brand.", "The marathon took place in 1980.", OMITS,
         "the lead's act (winning) is not the headline's, which tells none"),
    case("Vote delayed\nHOLME, April 14, 2025 - The vote on the stadium, due on Monday, has "
         "been delayed until May.", "The vote took place on April 14, 2025.", OMITS,
         "a vote due on a day did not take place on it"),
]  # fmt: skip

SAYINGS = [
    case("Organisers of the City Marathon on Wednesday published results for the race.",
         "The marathon was held on March 5, 2025.", OMITS,
         "the day results were published is not the race's"),
    case("The company said on Tuesday that it was recalling the cookers.",
         "The recall was announced on Tuesday.", SUPPORTS, "a saying's day, for a saying"),
    case("The governor, who declared a state of emergency on March 3 and chaired Tuesday's "
         "meeting, spoke on Thursday.", "A state of emergency was declared on March 3.",
         SUPPORTS, "'a state of emergency on March 3' holds no count of states"),
    case("The storm struck on March 2. The region's previous major flood hit in February "
         "2011.", "The region's previous major flood happened in February 2011.", SUPPORTS,
         "another occasion, dated where it is marked"),
    case("Kolb recalled that last year's final, played on March 10, 2024, was held up by "
         "rain.", "The final was played on March 9, 2025.", OMITS,
         "a date marked as another occasion's"),
    case("ORVANNE, March 4, 2025 - Finance Minister Teodor Vasky resigned last Wednesday amid "
         "questions over a contract.", "Teodor Vasky stepped down on February 26, 2025.",
         SUPPORTS, "'last Wednesday' is a day of the story, not another occasion"),
    case("Thousands were evacuated after the storm struck on March 2.",
         "The region's previous major flood happened in February 2011.", OMITS,
         "the story's own storm is not the previous flood"),
]  # fmt: skip

PLANS = [
    case("The youth centre, which had been earmarked for closure, was saved by a vote.",
         "The youth centre will close.", OMITS, "what had been meant may not be"),
    case("The youth centre is earmarked for closure.", "The youth centre will close.",
         SUPPORTS, "what is planned says what will be"),
    case("The youth centre was earmarked for closure.", "The youth centre closed.", OMITS,
         "a plan is not what happened"),
    case("Acme had planned to buy Globex.", "Acme will buy Globex.", OMITS,
         "a plan of the past"),
    case("The centre, once earmarked for closure, will stay open.",
         "The centre will close.", CONTRADICTS, "a plan it once was, and what it will do"),
]  # fmt: skip

IDIOMS = [
    case("The government survived a vote of no confidence on Tuesday.",
         "The no-confidence vote took place on Tuesday.", SUPPORTS,
         "'no confidence' denies nothing"),
    case("The airline was a no-show at the meeting, and the union stayed away.",
         "The airline was at the meeting.", CONTRADICTS, "a no-show still denies"),
    case("No company joined the group.", "Acme joined the group.", OMITS,
         "'no' before a noun still denies"),
]  # fmt: skip


@verdict_cases(LEADS)
def test_the_lead_dates_the_story_event(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(SAYINGS)
def test_a_saying_s_date_dates_the_saying_and_another_occasion_its_own(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(PLANS)
def test_a_plan_says_what_will_be_and_not_what_was(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(IDIOMS)
def test_a_negation_word_in_an_idiom_or_a_hyphened_word_denies_nothing(text, claim, expected):
    assert_verdict(text, claim, expected)
