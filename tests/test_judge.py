"""Verdicts: counts, membership, people's roles and dates, on the seeds and on small texts."""

from __future__ import annotations

import pytest
from conftest import SEED_IDS

from alliance_cli import api
from alliance_cli.model import Claim, Stance

SUPPORTS, CONTRADICTS, OMITS = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.OMITS
COALITION = "The Widget Coalition was launched this week by a group of firms. "


def seed(prefix: str) -> str:
    (found,) = [seed_id for seed_id in SEED_IDS if seed_id.startswith(prefix)]
    return found


# ---------------------------------------------------------------- the required count verdicts

REQUIRED = [
    ("47 members", "004", SUPPORTS),
    ("47 members", "000", CONTRADICTS),
    ("47 members", "001", CONTRADICTS),
    ("47 members", "002", CONTRADICTS),
    ("47 members", "003", OMITS),
    ("more than 50 members", "002", SUPPORTS),
    ("more than 50 members", "000", CONTRADICTS),
    ("more than 50 members", "001", CONTRADICTS),
    ("more than 50 members", "004", CONTRADICTS),
    ("over 40 organizations", "000", SUPPORTS),
    ("over 40 organizations", "001", SUPPORTS),
    ("over 40 organizations", "002", SUPPORTS),
    ("over 40 organizations", "004", SUPPORTS),
    ("about 45 members", "000", SUPPORTS),
    ("about 45 members", "001", SUPPORTS),
    ("about 45 members", "002", CONTRADICTS),
]


@pytest.mark.parametrize(("claim", "prefix", "stance"), REQUIRED)
def test_required_count_verdict_through_the_curated_claim(claim, prefix, stance, seeds, curated):
    result = api.check_claim(api.query_claim(claim, curated), seeds)
    by_source = {verdict.source: verdict for verdict in result.verdicts}
    assert by_source[seed(prefix)].stance is stance


@pytest.mark.parametrize(("claim", "prefix", "stance"), REQUIRED)
def test_required_count_verdict_checked_as_written(claim, prefix, stance, seeds, verdicts):
    assert verdicts(claim, seeds)[seed(prefix)].stance is stance


def test_count_evidence_is_the_deciding_sentence(seeds, verdicts):
    verdict = verdicts("47 members", seeds)[seed("004")]
    assert "47-strong" in verdict.evidence.sentence


# ---------------------------------------------------------------- counts on small texts


@pytest.mark.parametrize(
    "noun",
    ["members", "organizations", "organisations", "companies", "institutions", "participants"],
)
def test_counted_nouns_are_synonyms(noun, one_verdict):
    verdict = one_verdict(
        "The Widget Coalition has 47 members.", f"The Widget Coalition has 47 {noun}"
    )
    assert verdict.stance is SUPPORTS


@pytest.mark.parametrize(
    "said",
    ["47 organisations", "a total of 47 members", "forty-seven participants", "47-strong"],
)
def test_exact_count_in_other_words_supports(said, one_verdict):
    verdict = one_verdict(f"The Widget Coalition is {said}.", "The Widget Coalition has 47 members")
    assert verdict.stance is SUPPORTS


@pytest.mark.parametrize(
    "said",
    [
        "48 members",
        "over 50 members",
        "fewer than 30 members",
        "about 45 members",
        "a dozen members",
    ],
)
def test_disjoint_count_contradicts(said, one_verdict):
    verdict = one_verdict(
        f"The Widget Coalition has {said}.", "The Widget Coalition has 47 members"
    )
    assert verdict.stance is CONTRADICTS


@pytest.mark.parametrize(
    "said", ["more than 40 members", "at least 40 members", "under 50 members", "40 to 50 members"]
)
def test_a_less_precise_count_decides_nothing(said, one_verdict):
    """Only entailment supports: "more than 40" allows 47 but does not say it."""
    vague = one_verdict(f"The Widget Coalition has {said}.", "The Widget Coalition has 47 members")
    assert vague.stance is OMITS


def test_a_hedged_seed_figure_decides_nothing_about_a_bare_one(seeds, verdicts):
    """000's "about 45" (44 to 46) allows 45 but does not say it."""
    assert verdicts("45 members", seeds)[seed("000")].stance is OMITS


def test_count_inside_a_bound_supports(one_verdict):
    verdict = one_verdict(
        "The Widget Coalition has 47 members.", "The Widget Coalition has over 40 members"
    )
    assert verdict.stance is SUPPORTS


def test_count_of_something_else_omits(one_verdict):
    verdict = one_verdict(
        "The Widget Coalition has 47 members.", "The Widget Coalition has 47 employees"
    )
    assert verdict.stance is OMITS


def test_count_of_another_group_omits(one_verdict):
    verdict = one_verdict("The Gadget Guild has 12 members.", "The Widget Coalition has 47 members")
    assert verdict.stance is OMITS


def test_count_after_a_year_is_read(one_verdict):
    """'launched in December 2023 with 47 members' says 47 members."""
    verdict = one_verdict(
        "The Widget Coalition launched in December 2023 with 47 members.",
        "The Widget Coalition has 47 members",
    )
    assert verdict.stance is SUPPORTS


def test_negated_count_claim_is_contradicted_by_the_count(one_verdict):
    verdict = one_verdict(
        "The Widget Coalition has 47 members.", "The Widget Coalition does not have 47 members"
    )
    assert verdict.stance is CONTRADICTS


def test_negated_count_claim_is_supported_by_a_disjoint_count(one_verdict):
    verdict = one_verdict(
        "The Widget Coalition has a dozen members.", "The Widget Coalition does not have 47 members"
    )
    assert verdict.stance is SUPPORTS


def test_negated_count_claim_is_not_contradicted_by_a_compatible_bound(one_verdict):
    """'more than 40' allows 48 as well as 47, so it cannot contradict 'not 47'."""
    verdict = one_verdict(
        "The Widget Coalition has more than 40 members.",
        "The Widget Coalition does not have 47 members",
    )
    assert verdict.stance is not CONTRADICTS


def test_all_capitals_claim_reads_like_the_same_claim(seeds, verdicts):
    """Case is normalised: 'THE AI ALLIANCE HAS 47 MEMBERS' gets the verdicts of '47 members'."""
    shouted = verdicts("THE AI ALLIANCE HAS 47 MEMBERS", seeds)
    assert shouted[seed("004")].stance is SUPPORTS
    assert shouted[seed("002")].stance is CONTRADICTS


# ---------------------------------------------------------------- membership on small texts

MEMBER = "Acme is a member of the Widget Coalition"
NOT_MEMBER = "Acme is not a member of the Widget Coalition"


@pytest.mark.parametrize(
    "sentence",
    [
        "Its members include Acme, Globex and Initech.",
        "The Widget Coalition counts members such as Globex and Acme.",
        "The cohort includes names like Initech, Acme, and Hooli.",
    ],
)
def test_member_list_naming_it_supports(sentence, one_verdict):
    assert one_verdict(COALITION + sentence, MEMBER).stance is SUPPORTS


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme's no-show was noted by many observers.",
        "Acme\u2019s no-show was noted by many observers.",
        "Globex, Acme and Initech are not part of this.",
        "The absence of Hooli and Acme raised eyebrows.",
        "Acme declined to join the Widget Coalition.",
    ],
)
def test_saying_it_is_missing_contradicts(sentence, one_verdict):
    assert one_verdict(COALITION + sentence, MEMBER).stance is CONTRADICTS


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme criticised the Widget Coalition for its secrecy.",
        "The Widget Coalition has been criticized by the likes of Acme and Globex.",
        "In contrast to Acme, the Widget Coalition favours openness.",
        "Unlike Acme, the Widget Coalition shares its research.",
        "The Widget Coalition will compete with Acme.",
    ],
)
def test_name_in_another_role_omits(sentence, one_verdict):
    assert one_verdict(COALITION + sentence, MEMBER).stance is OMITS


def test_text_without_the_name_omits(one_verdict):
    assert one_verdict(COALITION + "Nothing else is known.", MEMBER).stance is OMITS


def test_member_list_contradicts_the_negated_claim(one_verdict):
    verdict = one_verdict(COALITION + "Its members include Acme, Globex and Initech.", NOT_MEMBER)
    assert verdict.stance is CONTRADICTS


def test_no_show_supports_the_negated_claim(one_verdict):
    verdict = one_verdict(COALITION + "Acme's no-show was noted by many observers.", NOT_MEMBER)
    assert verdict.stance is SUPPORTS


def test_another_role_omits_the_negated_claim(one_verdict):
    verdict = one_verdict(COALITION + "Acme criticised the Widget Coalition.", NOT_MEMBER)
    assert verdict.stance is OMITS


def test_only_the_names_in_a_negated_list_are_contradicted(one_verdict):
    text = COALITION + "Globex and Initech are not part of this. Its members include Acme."
    assert one_verdict(text, MEMBER).stance is SUPPORTS
    assert one_verdict(text, "Globex is a member of the Widget Coalition").stance is CONTRADICTS


def test_founder_is_a_member(one_verdict):
    verdict = one_verdict("Acme and Globex launched the Widget Coalition.", MEMBER)
    assert verdict.stance is SUPPORTS


def test_passive_founder_is_a_member(one_verdict):
    verdict = one_verdict("The Widget Coalition was launched by Acme and Globex.", MEMBER)
    assert verdict.stance is SUPPORTS


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme is a member of the Widget Coalition.",
        "Acme and Globex are members of the Widget Coalition.",
        "Acme joined the Widget Coalition on Monday.",
    ],
)
def test_plain_statement_of_membership_supports(sentence, one_verdict):
    """A source that states the claim outright supports it."""
    assert one_verdict(COALITION + sentence, MEMBER).stance is SUPPORTS


def test_alias_of_a_name_counts(one_verdict):
    verdict = one_verdict(
        COALITION + "NVIDIA Corporation's no-show was noted.",
        "Nvidia is a member of the Widget Coalition",
    )
    assert verdict.stance is CONTRADICTS


# ---------------------------------------------------------------- membership on the seeds


@pytest.mark.parametrize(
    ("claim", "prefix", "stance"),
    [
        ("Sony is a member of the AI Alliance", "000", SUPPORTS),
        ("Sony is a member of the AI Alliance", "003", SUPPORTS),
        ("Nvidia is a member of the AI Alliance", "000", CONTRADICTS),
        ("Nvidia is a member of the AI Alliance", "004", CONTRADICTS),
        ("Anthropic is a member of the AI Alliance", "000", CONTRADICTS),
        ("OpenAI is a member of the AI Alliance", "002", CONTRADICTS),
        ("Google is a member of the AI Alliance", "000", OMITS),
        ("Google is a member of the AI Alliance", "001", OMITS),
        ("Google is a member of the AI Alliance", "003", OMITS),
        ("Google is not a member of the AI Alliance", "002", SUPPORTS),
        ("Microsoft is a member of the AI Alliance", "002", OMITS),
        ("The Partnership on AI is a member of the AI Alliance", "001", SUPPORTS),
        ("The Partnership on AI is a member of the AI Alliance", "000", OMITS),
    ],
)
def test_seed_membership(claim, prefix, stance, seeds, verdicts):
    assert verdicts(claim, seeds)[seed(prefix)].stance is stance


# ---------------------------------------------------------------- people and roles


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_another_employer_contradicts_a_role(prefix, seeds, verdicts):
    verdict = verdicts("Yann LeCun is IBM's chief AI scientist", seeds)[seed(prefix)]
    assert verdict.stance is CONTRADICTS
    assert "Meta" in verdict.reason


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_the_right_employer_supports_a_role(prefix, seeds, verdicts):
    verdict = verdicts("Yann LeCun is Meta's chief AI scientist", seeds)[seed(prefix)]
    assert verdict.stance is SUPPORTS


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe, Globex's chief technology officer, spoke at the launch.",
        "Globex's chief technology officer, Jane Roe, spoke.",
    ],
)
def test_role_substitution_on_a_small_text(sentence, one_verdict):
    assert (
        one_verdict(sentence, "Jane Roe is Initech's chief technology officer").stance
        is CONTRADICTS
    )
    assert one_verdict(sentence, "Jane Roe is Globex's chief technology officer").stance is SUPPORTS


def test_role_of_someone_else_omits(one_verdict):
    verdict = one_verdict(
        "John Doe, Globex's chief technology officer, spoke.",
        "Jane Roe is Initech's chief technology officer",
    )
    assert verdict.stance is OMITS


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("source_date", ["on December 5, 2021", "on 5 December 2021"])
def test_the_same_day_in_other_words_supports(source_date, one_verdict):
    verdict = one_verdict(
        f"The Widget Coalition was launched {source_date}.",
        "The Widget Coalition was launched on December 5, 2021",
    )
    assert verdict.stance is SUPPORTS


@pytest.mark.parametrize("source_date", ["in December 2021", "in 2021"])
def test_a_less_precise_date_decides_nothing(source_date, one_verdict):
    verdict = one_verdict(
        f"The Widget Coalition was launched {source_date}.",
        "The Widget Coalition was launched on December 5, 2021",
    )
    assert verdict.stance is OMITS


def test_month_claim_is_supported_by_a_day_in_it(one_verdict):
    verdict = one_verdict(
        "The Widget Coalition was launched on December 5, 2021.",
        "The Widget Coalition was launched in December 2021",
    )
    assert verdict.stance is SUPPORTS


def test_another_year_contradicts(one_verdict):
    verdict = one_verdict(
        "The Widget Coalition was launched in 2019.", "The Widget Coalition was launched in 2021"
    )
    assert verdict.stance is CONTRADICTS


def test_another_month_contradicts(one_verdict):
    verdict = one_verdict(
        "The Widget Coalition was launched in November 2021.",
        "The Widget Coalition was launched in December 2021",
    )
    assert verdict.stance is CONTRADICTS


def test_another_day_contradicts(one_verdict):
    verdict = one_verdict(
        "The Widget Coalition was launched on December 9, 2021.",
        "The Widget Coalition was launched on December 5, 2021",
    )
    assert verdict.stance is CONTRADICTS


def test_date_of_another_group_does_not_support(one_verdict):
    """The year belongs to the Gadget Alliance, not to the Widget Coalition."""
    verdict = one_verdict(
        "The Widget Coalition draws parallels to the Gadget Alliance formed in 1991.",
        "The Widget Coalition was formed in 1991",
    )
    assert verdict.stance is not SUPPORTS


def test_date_claim_reads_a_date_before_a_count(one_verdict):
    verdict = one_verdict(
        "The Widget Coalition launched in December 2023 with 47 members.",
        "The Widget Coalition was launched in December 2023",
    )
    assert verdict.stance is SUPPORTS


@pytest.mark.parametrize(
    ("claim", "stance"),
    [
        ("The AI Alliance was launched in December 2023", OMITS),  # its date is a dateline
        ("The AI Alliance was launched in 2022", OMITS),
        ("The AI Alliance was founded in 1991", OMITS),  # 1991 is the AIM alliance's year
        ("The AIM alliance was formed in 1991", SUPPORTS),
        ("The AIM alliance was formed in 1985", CONTRADICTS),
    ],
)
def test_seed_002_dates(claim, stance, seeds, verdicts):
    assert verdicts(claim, seeds)[seed("002")].stance is stance


def test_dateline_alone_is_no_evidence(seeds, verdicts):
    assert verdicts("The AI Alliance was launched in 2022", seeds)[seed("000")].stance is OMITS


# ---------------------------------------------------------------- the shape of a verdict


@pytest.mark.parametrize(
    "claim",
    [
        "47 members",
        "Sony is a member of the AI Alliance",
        "Nvidia is a member of the AI Alliance",
        "Yann LeCun is IBM's chief AI scientist",
        "The AI Alliance was founded in 1991",
        "The AI Alliance will form working groups",
    ],
)
def test_verdict_evidence_and_highlights_point_into_the_source(claim, seeds):
    result = api.check_claim(Claim(claim), seeds)
    texts = {source.id: source.text for source in seeds}
    for verdict in result.verdicts:
        assert 0 <= verdict.confidence <= 1
        assert verdict.reason
        if verdict.stance is OMITS:
            assert verdict.evidence is None
            continue
        start, end = verdict.evidence.span
        assert texts[verdict.source][start:end] == verdict.evidence.sentence
        for a, b in verdict.evidence.highlights:
            assert start <= a < b <= end


def test_verdicts_come_in_source_order(seeds):
    result = api.check_claim(Claim("47 members"), seeds)
    assert tuple(verdict.source for verdict in result.verdicts) == SEED_IDS


def test_summary_counts_the_verdicts(seeds):
    result = api.check_claim(Claim("47 members"), seeds)
    assert result.summary() == {"supports": 1, "contradicts": 3, "omits": 1}


def test_check_yields_one_result_per_claim_in_order(seeds):
    claims = [Claim("47 members"), Claim("Sony is a member of the AI Alliance")]
    results = list(api.check(claims, seeds))
    assert [result.claim for result in results] == claims


def test_curated_claim_is_judged_by_its_curated_text(seeds, curated):
    claim = api.query_claim("the AI Alliance is 47-strong", curated)
    result = api.check_claim(claim, seeds)
    assert result.claim.text == "the AI Alliance is 47-strong"
    by_source = {verdict.source: verdict.stance for verdict in result.verdicts}
    assert by_source[seed("004")] is SUPPORTS
    assert by_source[seed("002")] is CONTRADICTS


def test_source_without_candidates_omits_with_a_reason(one_verdict):
    verdict = one_verdict("Nothing to see here.", "The Widget Coalition has 47 members")
    assert verdict.stance is OMITS
    assert verdict.evidence is None
    assert verdict.reason
