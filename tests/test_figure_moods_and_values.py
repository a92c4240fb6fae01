"""Figures read on news no one wrote the engine for: "just over N" stands a little above N; a
figure whose verb group says it is expected ("1,200 jobs are expected to be cut") is a
forecast; "for nine hours after the crash" is how long, not when; a currency code is no name
("EUR 780 million"); a sum the claim's own verb values ("the deal is valued at") measures its
subject; a count a linking verb gives its noun ("the population is 8.4 million") counts that
noun; a newspaper's name ("the Pellmore Courier") is what "the paper" stands for; a word that
names the claim's occasion ("First-round turnout") must be said of the figure itself; a
relative clause after an aside tells of what the aside describes ("the 2018 fire at Oskholm,
a port to the east, which killed two"); and where a date names the claim's event ("Tuesday's
fire"), the lead's date of another act is not its date; "taken to hospital" counts the
injured like "admitted to hospital"; a count said with the claim's whole verb ("took part")
is of what the claim counts; "this week" ends the phrase before it; a description between
commas after a name says what the name is ("Kestrel Hall, the city's largest art museum,");
a title ("Dr.") and a word capitalised only because it opens the claim ("Co-defendant") are
no names; a date that names the event ("Saturday's crush") is its date beside another
clause's; a participle after a comma (", voting 19 to 8") shares its clause's date; a vote's tally ("by
31 votes to 17") is one figure; and a word of mood that is its verb's subject ("the spending
plan passed") gives no mood; an owner owns what it is the owner of; an organisation has one
director at a time; telling a meeting something is being at it; and "the rescue operation" is
the rescue, "the reopening ceremony" the reopening; demonstrators are protesters and people moved out are
evacuated; a relative clause right after a count says what befell what it counts; a fraction of a whole
("two-fifths of the servers") is a share; a claim's "last year" is the year before the
source's dateline; a word the claim denies is found where the source denies it too; and a vote's tally that says
its sides ("approved ... voting 19 to 8", "rejected by 16 votes to 11") gives the count for
and against of a vote on what the claim's vote is on; a claim of an earlier fire is dated only
by a date the source marks as another occasion; and who holds a role now is no rival of the
claim's outgoing or former holder; "managed to preserve" preserves, it manages nothing; and a word of another occasion is read
across a hyphen ("first-round votes"). A sentence whose only figure is a fraction is found, and
a fraction or scale in the lexicon that is no number is refused."""

from __future__ import annotations

import pytest
from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

from alliance_cli.engine.lexicon import load_lexicon
from alliance_cli.engine.quantities import read_quantities
from alliance_cli.engine.reading import Reading
from alliance_cli.errors import InputError
from alliance_cli.resources import data_file


def test_just_over_is_above_by_less_than_a_unit_and_a_tenth(lexicon):
    (turnout,) = read_quantities(Reading("turnout of just over 58 percent", lexicon))
    assert (turnout.low, turnout.high, turnout.low_open, turnout.high_open) == (58, 59, True, True)
    (under,) = read_quantities(Reading("just under 400 jobs", lexicon))
    assert (under.low, under.high) == (360, 400)  # a tenth of 400, less than a unit of 100


def test_a_figure_before_an_expecting_verb_group_is_a_forecast(lexicon):
    (jobs,) = read_quantities(Reading("About 1,200 jobs are expected to be cut.", lexicon))
    (seats,) = read_quantities(Reading("30,000 seats will be built.", lexicon))
    (hired,) = read_quantities(Reading("About 1,000 staff have been recruited.", lexicon))
    assert (jobs.mood, seats.mood, hired.mood) == ("future", "future", None)


def test_a_span_after_for_or_a_share_names_no_point_in_time(lexicon):
    from alliance_cli.engine.figures import _time_point

    def point(text: str) -> bool:
        reading = Reading(text, lexicon)
        return _time_point(reading, reading.quantities[0])

    assert point("The bridge reopened two weeks after the crash.")
    assert not point("The motorway was closed for nine hours after the crash.")
    assert not point("Traffic rose by 30 percent after the closure.")


def test_a_word_of_mood_that_is_its_verbs_subject_gives_no_mood(lexicon):
    (votes,) = read_quantities(Reading("The spending plan passed by 31 votes.", lexicon))
    (homes,) = read_quantities(Reading("The council plans to build 300 homes.", lexicon))
    (meant,) = read_quantities(Reading("The plan was to build 300 homes.", lexicon))
    assert (votes.mood, homes.mood, meant.mood) == (None, "plan", "plan")


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("The budget passed by 31 votes to 17.", (17, 31)),
        ("The council approved it, voting 19 to 8 in favour.", (8, 19)),
        ("The board's vote was 11 to 3.", (3, 11)),
    ],
)
def test_two_counts_of_a_vote_joined_by_to_are_its_tally(text, tally, lexicon):
    (figure,) = read_quantities(Reading(text, lexicon))
    assert (figure.kind, figure.low, figure.high) == ("score", *tally)


def test_two_figures_joined_by_to_without_a_vote_are_a_range(lexicon):
    (figure,) = read_quantities(Reading("Prices rose from 19 to 28 percent.", lexicon))
    assert (figure.kind, figure.low, figure.high) == ("percent", 19, 28)


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("two-fifths of the council's servers", (38, 42)),
        ("a quarter of the market", (23.75, 26.25)),
        ("more than three-quarters of the floor", (75, float("inf"))),
        ("nearly half of the votes", (49, 50)),
    ],
)
def test_a_fraction_of_a_whole_is_a_share(text, bounds, lexicon):
    (share,) = read_quantities(Reading(text, lexicon))
    assert (share.kind, share.low, share.high) == ("percent", *bounds)


def test_a_half_of_a_match_is_no_share(lexicon):
    assert read_quantities(Reading("He scored in the first half of the match.", lexicon)) == ()


@pytest.mark.parametrize(
    ("written", "broken", "named"),
    [("    quarter: 4\n", "    quarter: four\n", "fraction 'quarter'"),
     ("    bn: 1000000000\n", "    bn: many\n", "scale 'bn'")],
)  # fmt: skip
def test_a_fraction_or_scale_that_is_no_number_is_refused(tmp_path, written, broken, named):
    text = data_file("lexicon.yaml").read_text(encoding="utf-8")
    assert written in text
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text(text.replace(written, broken, 1), "utf-8")
    with pytest.raises(InputError) as raised:
        load_lexicon(lexicon, data_file("aliases.yaml"))
    assert f"{named} needs a number" in str(raised.value)


def test_a_currency_code_before_a_figure_is_no_name(lexicon):
    (deal,) = read_quantities(Reading("a EUR 780 million agreement", lexicon))
    assert (deal.kind, deal.unit, deal.value) == ("money", "eur", 780_000_000)


def test_a_count_a_linking_verb_gives_a_noun_counts_it(lexicon):
    for text in (
        "Estravia's population is 8.41 million.",
        "Estravia's population has reached 8.41 million.",
        "The population of Estravia now stands at roughly 8.4 million.",
    ):
        (count,) = read_quantities(Reading(text, lexicon))
        assert (count.kind, count.noun) == ("count", "population"), text


CASES = [
    case(
        "Vote\nTurnout in the tram referendum reached just over 58 percent, officials said.",
        "Turnout in the tram referendum was about 58 percent.",
        SUPPORTS,
        "just-over-58-is-about-58",
    ),
    case(
        "Vote\nTurnout in the tram referendum reached just over 55 percent, officials said.",
        "Turnout in the tram referendum was about 58 percent.",
        CONTRADICTS,
        "just-over-55-is-not-about-58",
    ),
    case(
        "Merger\nTarrow expects to cut about 1,200 jobs, mostly in sales.",
        "About 1,200 jobs are expected to be cut.",
        SUPPORTS,
        "an-expected-cut-is-what-a-company-expects",
    ),
    case(
        "Merger\nTarrow cut about 1,200 jobs last year, mostly in sales.",
        "About 1,200 jobs are expected to be cut.",
        OMITS,
        "a-cut-made-is-no-forecast",
    ),
    case(
        "Visit\nThe biggest item, a EUR 780 million agreement for Halvorn to expand Caskell's "
        "container terminal, was signed on Tuesday.",
        "The Caskell terminal agreement is valued at 780 million euros.",
        SUPPORTS,
        "valued-at-measures-the-subject",
    ),
    case(
        "Census\nThe office said Estravia's population has reached 8.41 million.",
        "Estravia has a population of about 8.4 million.",
        SUPPORTS,
        "the-population-reached-is-the-population",
    ),
    case(
        "Census\nThe office said Estravia's population has reached more than 8.5 million.",
        "Estravia has a population of about 8.4 million.",
        CONTRADICTS,
        "more-than-8-5-million-is-not-about-8-4",
    ),
    case(
        "Libel\nFormer mayor Desmond Varrick won his case against the Pellmore Courier on "
        "Thursday. Varrick, who sued the paper in November 2023, complained about its reporting.",
        "Desmond Varrick sued the Pellmore Courier.",
        SUPPORTS,
        "the-paper-is-the-courier",
    ),
    case(
        "Blast\nThe inquiry recalls the 2018 fire at Oskholm, a port some 40 kilometres to "
        "the east, which killed two people and injured 19.",
        "Three people died in the fire.",
        OMITS,
        "a-relative-clause-past-an-aside-tells-of-another-years-fire",
    ),
    case(
        "Owner apologises\nHARLOW, May 8, 2025 — The landlord of Birch House apologised to "
        "tenants on Thursday, promising a fund for families displaced by Tuesday's fire.",
        "The fire at Birch House happened on May 8, 2025.",
        OMITS,
        "a-date-that-names-the-event-outranks-the-leads-other-act",
    ),
    case(
        "Raids\nForty officers from the anti-fraud office took part in searches this week.",
        "About 35 officers took part in the searches.",
        CONTRADICTS,
        "a-count-said-with-the-claims-whole-verb-and-a-time-after-its-object",
    ),
    case(
        "Heat\nSome 950 people were admitted to hospital with heat stroke over the week.",
        "More than 1,000 people were taken to hospital with heat stroke.",
        CONTRADICTS,
        "admitted-and-taken-to-hospital-count-the-same-people",
    ),
    case(
        "Heat\nThe regional electoral office said some 950 people took part in the ballot.",
        "More than 1,000 people were taken to hospital.",
        OMITS,
        "taken-to-hospital-is-no-count-of-votes-taken",
    ),
    case(
        "Museum\nBRENNMARK, May 11, 2025 — Kestrel Hall, the city's largest art museum, "
        "reopened to the public on Saturday, a day after a preview gala.",
        "The museum reopened in May 2025.",
        SUPPORTS,
        "a-name-a-description-between-commas-says-is-a-museum-fills-the-museum",
    ),
    case(
        "Health\nObed Lanning, director of the Vantry Public Health Authority, told reporters "
        "the earliest patient fell ill in February.",
        "Dr. Obed Lanning is the director of the Vantry Public Health Authority.",
        SUPPORTS,
        "a-title-before-a-name-is-no-name",
    ),
    case(
        "Trial\nWrenfield's co-defendant, Lorna Beck, who was convicted alongside him, is due "
        "to be sentenced next month.",
        "Co-defendant Lorna Beck was acquitted.",
        CONTRADICTS,
        "a-word-capitalised-only-as-the-claims-first-is-no-name",
    ),
    case(
        "Crush\nKESTONBURY, May 19, 2025 — Nearly fifty people were hurt in Saturday's crush "
        "at the Harbour Festival, and seven of them were still in hospital on Monday.",
        "The crush at the Harbour Festival happened on May 17, 2025.",
        SUPPORTS,
        "a-date-naming-the-event-is-its-date-beside-another-clauses-date",
    ),
    case(
        "Gala\nPELL, March 9, 2025 — Its March 1 gala, delayed by snow, took place on Friday.",
        "The gala took place on March 1, 2025.",
        OMITS,
        "a-date-naming-the-event-and-another-of-its-own-clause-leave-it-open",
    ),
    case(
        "Council\nPORT KELLAN, March 12, 2025 — The council approved the wind farm on Tuesday, "
        "voting 19 to 8 in favour of the scheme.",
        "The council's vote on the wind farm took place in March 2025.",
        SUPPORTS,
        "a-participle-after-a-comma-goes-on-from-the-dated-clause",
    ),
    case(
        "Budget\nThe budget was carried by 30 votes to 18 after a long debate.",
        "The budget passed by 31 votes to 17.",
        CONTRADICTS,
        "another-tally-of-the-vote-contradicts",
    ),
    case(
        "Budget\nThe budget was carried by 31 votes to 17 after a long debate.",
        "The budget passed by 31 votes to 17.",
        SUPPORTS,
        "the-same-tally-said-as-carried-supports",
    ),
    case(
        "Housing\nThe union singled out Quillan Estates, which owns Orlen Court and eleven "
        "other blocks in the city.",
        "Quillan Estates is the owner of Orlen Court.",
        SUPPORTS,
        "the-owner-of-a-thing-owns-it",
    ),
    case(
        "Ship\nThe Corvanne Trader's owner, Halvorsen Bulk Carriers, declined to comment.",
        "The Corvanne Trader is owned by Velstrand Shipping Lines.",
        CONTRADICTS,
        "owned-by-names-the-owner-once-swapped",
    ),
    case(
        "Ship\nThe Corvanne Trader, owned by Velstrand Shipping Lines, ran aground on Monday.",
        "The Corvanne Trader is owned by Velstrand Shipping Lines.",
        SUPPORTS,
        "a-participle-owned-by-names-the-owner",
    ),
    case(
        "Museum\nPaul Ressing, director of the Merrow Literary Foundation, said 163 books "
        "had been submitted.",
        "Harriet Gunnel is the director of the Merrow Literary Foundation.",
        CONTRADICTS,
        "an-organisation-has-one-director",
    ),
    case(
        "Tennis\nAgathe Volmer, the former tournament director who now commentates for local "
        "radio, praised the champion.",
        "Paulo Rensdahl is the tournament director of the Valcresta Open.",
        OMITS,
        "a-former-director-is-no-rival-of-todays",
    ),
    case(
        "No. members.",
        "members no-show",
        OMITS,
        "a-denying-word-that-ends-the-claim-denies-nothing-and-breaks-nothing",
    ),
    case(
        "Drought\nHelena Strand, the company's chief executive, told a packed public meeting "
        "in Ashcombe on Monday that the ban was a last resort.",
        "Helena Strand did not attend the public meeting in Ashcombe.",
        CONTRADICTS,
        "telling-a-meeting-is-being-there",
    ),
    case(
        "Drought\nIrena Solvik told reporters that the meeting had been called off.",
        "Irena Solvik attended the meeting.",
        OMITS,
        "telling-reporters-of-a-meeting-is-not-being-there",
    ),
    case(
        "Collapse\nThe rescue was led by Fire Chief Marta Holvenek, whose crews worked for "
        "nineteen hours. Her deputy, Ansel Moray, kept the street clear.",
        "Ansel Moray led the rescue operation.",
        CONTRADICTS,
        "the-rescue-operation-is-the-rescue",
    ),
    case(
        "Museum\nCulture minister Renata Hollis spoke at the reopening ceremony on Saturday.",
        "Culture minister Renata Hollis did not attend the reopening.",
        CONTRADICTS,
        "the-reopening-ceremony-is-the-reopening",
    ),
    case(
        "Vote\nRoughly 200 demonstrators massed outside the council offices as councillors "
        "deliberated.",
        "About 200 protesters gathered outside the council offices.",
        SUPPORTS,
        "demonstrators-are-protesters",
    ),
    case(
        "Blast\nRoughly 140 people were moved out of the block on the orders of the fire chief.",
        "About 140 people were evacuated from the block.",
        SUPPORTS,
        "moved-out-on-orders-is-evacuated",
    ),
    case(
        "Court\nThree demonstrators who were arrested outside the council building during the "
        "vote appeared in court.",
        "About 200 protesters gathered outside the council building during the vote.",
        OMITS,
        "a-count-a-relative-clause-says-was-arrested-is-no-count-of-the-gathered",
    ),
    case(
        "Cyberattack\nArradine said roughly two-fifths of the council's 140 servers had been "
        "encrypted.",
        "Roughly 70 percent of the council's servers were encrypted.",
        CONTRADICTS,
        "two-fifths-is-not-roughly-70-percent",
    ),
    case(
        "Airline\nTRELLICK, September 26, 2025 — Creditors of Skelbridge Air will recover little. "
        "Skelbridge, which held a share of the market, lost $46 million last year on revenue "
        "of $390 million.",
        "Skelbridge lost $46 million last year.",
        SUPPORTS,
        "last-year-in-a-claim-is-last-year-of-the-dateline",
    ),
    case(
        "Storm\nBy Thursday, insurers had logged 9,300 claims, although nearly a quarter of the "
        "flooded homes carried no flood cover at all, a share that has prompted calls for a "
        "state-backed insurance pool.",
        "About 40 percent of the flooded homes had no flood insurance.",
        CONTRADICTS,
        "a-denied-word-is-found-where-the-source-denies-it-too",
    ),
    case(
        "Council\nThe council approved the wind farm on Tuesday, voting 19 to 8 in favour of "
        "the scheme.",
        "Nineteen councillors voted in favour of the wind farm.",
        SUPPORTS,
        "a-tallys-side-for-is-the-count-in-favour",
    ),
    case(
        "Council\nThe board backed the appointment by nine votes to four.",
        "Fewer than three board members voted against the appointment.",
        CONTRADICTS,
        "a-tallys-side-against-is-the-count-against",
    ),
    case(
        "Council\nA year ago the council rejected the smaller Saltmoor Array, a 310-megawatt "
        "proposal, by 16 votes to 11.",
        "Nineteen councillors voted in favour of the wind farm.",
        OMITS,
        "a-tally-of-a-vote-on-something-else-counts-no-side-of-the-claims",
    ),
    case(
        "Council\nThe budget was debated for nine hours and finally went to a vote, 30 to 18.",
        "More than 30 councillors voted in favour of the budget.",
        OMITS,
        "a-tally-that-does-not-say-its-sides-counts-neither",
    ),
    case(
        "Tunnel\nTESKAMOR, March 12, 2025 — A fire that broke out aboard a freight train early "
        "on Tuesday deep inside the Halvren Tunnel raged for 19 hours.",
        "The tunnel had an earlier fire in October 2017.",
        OMITS,
        "the-storys-own-fire-is-no-date-of-an-earlier-one",
    ),
    case(
        "Reef\nPORT ELLISMERE, March 4, 2025 — The only previous spill at the reef occurred in "
        "2008.",
        "An earlier oil spill occurred at the reef in 2011.",
        CONTRADICTS,
        "a-previous-spill-is-the-earlier-one",
    ),
    case(
        "Party\nRosa Wrenfield was elected leader of the party on Saturday.",
        "Helen Drabble was the party's outgoing leader.",
        OMITS,
        "a-new-leader-is-no-rival-of-the-outgoing-one",
    ),
    case(
        "Party\nHelen Drabble withdrew from the contest in January. Wrenfield's predecessor, "
        "Edwina Farrant, who led the party for nine years, did not attend.",
        "Helen Drabble was the party's outgoing leader.",
        CONTRADICTS,
        "who-led-before-is-a-rival-of-the-outgoing-leader",
    ),
    case(
        "Ice\nScientists aboard the ship managed to preserve about three-fifths of the ice "
        "cores, the expedition's leader, Tobias Lindqvar, said in a statement.",
        "Tobias Lindqvar was the leader of the expedition.",
        SUPPORTS,
        "managed-to-preserve-manages-nothing",
    ),
    case(
        "Party\nWrenfield, who captured 45 percent of first-round votes, had needed a "
        "majority, and the redistribution of Marr's ballots delivered it.",
        "In the final round, Wrenfield won about 55 percent of the vote.",
        OMITS,
        "a-first-round-share-is-no-final-round-share",
    ),
    case(
        "Storm\nNearly a quarter of the flooded homes carried no flood cover.",
        "About 40 percent of the flooded homes had no flood insurance.",
        CONTRADICTS,
        "a-sentence-whose-only-figure-is-a-fraction-is-found",
    ),
    case(
        "Runoff\nMarsk, who had trailed Renwick after the first round, collected nearly 88,000 "
        "votes. Turnout was just over 55 percent, officials said.",
        "First-round turnout was 58.4%.",
        OMITS,
        "the-runoff-turnout-is-no-first-round-turnout",
    ),
]


@verdict_cases(CASES)
def test_verdict(text, claim, expected):
    assert_verdict(text, claim, expected)
