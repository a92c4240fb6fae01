"""A second corpus the engine was not written for: six invented news texts about the founding of
the Nordic Battery Coalition (tests/fixtures/summit), which disagree on figures, members, dates
and roles, and the curator's verdicts for them (tests/fixtures/summit/claims.yaml)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alliance_cli import api
from alliance_cli.cli import app
from alliance_cli.model import Claim, Source, Stance

SUPPORTS, CONTRADICTS, OMITS = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.OMITS

SUMMIT = Path(__file__).resolve().parent / "fixtures" / "summit"
CLAIMS = SUMMIT / "claims.yaml"
SOURCE_IDS = (
    "battery_blog",
    "business_daily",
    "kestrelhavn_post",
    "nordic_wire",
    "opinion",
    "trade_journal",
)


@pytest.fixture(scope="module")
def summit() -> tuple[Source, ...]:
    return tuple(api.load_sources([SUMMIT]))


@pytest.fixture(scope="module")
def summit_claims():
    return tuple(api.load_claims(CLAIMS))


def by_id(sources, source_id: str) -> Source:
    (found,) = [source for source in sources if source.id == source_id]
    return found


def verdicts_for(text: str, sources) -> dict[str, object]:
    result = api.check_claim(Claim(text), sources)
    return {verdict.source: verdict for verdict in result.verdicts}


def curated_claim_ids() -> list[str]:
    return [claim.id for claim in api.load_claims(CLAIMS)]


# ---------------------------------------------------------------- the corpus itself


def test_the_corpus_has_six_sources_of_news_length(summit):
    assert tuple(source.id for source in summit) == SOURCE_IDS
    for source in summit:
        assert 120 <= source.words <= 300, (source.id, source.words)
        assert not source.warnings, source.id


def test_the_corpus_has_windows_line_endings_and_curly_quotes_as_bytes():
    assert b"\r\n" in (SUMMIT / "kestrelhavn_post.txt").read_bytes()
    daily = (SUMMIT / "business_daily.txt").read_text(encoding="utf-8")
    assert "\u201c" in daily and "\u2019" in daily and "\u2014" in daily and "\u2013" in daily


def test_headlines_and_datelines_are_read(summit):
    post = by_id(summit, "kestrelhavn_post")
    assert post.title == "Summit ends with a new battery group"
    assert post.date == "2025-03-03"
    assert by_id(summit, "nordic_wire").date == "2025-03-04"
    assert by_id(summit, "battery_blog").date is None


def test_every_curated_claim_has_an_expectation_for_every_source(summit_claims):
    assert len(summit_claims) >= 15
    for claim in summit_claims:
        assert {key for key, _, _ in claim.expect} == set(SOURCE_IDS), claim.id


# ---------------------------------------------------------------- the audit

# Verdicts of the curator that the engine does not reach yet. In each it says omits, never the
# opposite verdict; each needs a mechanism it lacks. A change that reaches one must remove it.
KNOWN_GAPS = {
    ("skarn-cofounded", "trade_journal"),  # "the two founders, Voltra and Lumen": a closed count
    ("launched-in-kestrelhavn", "battery_blog"),  # "at an industry meeting in Tromsdal"
    ("cheaper-cells", "business_daily"),  # "cut the cost of a battery cell by a fifth"
    ("cheaper-cells", "opinion"),  # "promises cheaper cells": a paraphrase of the aim
}


def test_audit_on_the_summit_corpus_lists_only_the_known_gaps(runner):
    result = runner.invoke(
        app, ["audit", "--sources", str(SUMMIT), "--claims", str(CLAIMS), "--json"]
    )
    mismatches = json.loads(result.stdout)
    assert {(m["id"], m["source"]) for m in mismatches} == KNOWN_GAPS
    assert {m["verdict"] for m in mismatches} == {"omits"}  # never a wrong verdict
    assert result.exit_code == 1


@pytest.mark.parametrize("claim_id", curated_claim_ids())
def test_curated_claim_verdicts(claim_id, summit, summit_claims):
    """One test per curated claim, so that a failure names the claim and every wrong source."""
    (claim,) = [claim for claim in summit_claims if claim.id == claim_id]
    mismatches = api.audit([claim], summit)
    gaps = sorted(source for gap_id, source in KNOWN_GAPS if gap_id == claim_id)
    assert sorted(m.source for m in mismatches) == gaps, [
        (m.source, m.expected.value, m.verdict.stance.value, m.verdict.reason) for m in mismatches
    ]


# ---------------------------------------------------------------- targeted checks


def test_a_spelled_out_count_supports_and_other_figures_contradict(summit):
    got = verdicts_for("The Nordic Battery Coalition has 36 members", summit)
    assert got["trade_journal"].stance is SUPPORTS  # "Thirty-six participants"
    assert got["nordic_wire"].stance is SUPPORTS  # "The 36-strong group"
    assert got["business_daily"].stance is CONTRADICTS  # "More than 40 companies"
    assert got["kestrelhavn_post"].stance is CONTRADICTS  # "About 30 members"
    assert got["battery_blog"].stance is CONTRADICTS  # "38 member companies"
    assert got["opinion"].stance is OMITS  # no figure at all


def test_a_count_of_visitors_is_not_a_count_of_members(summit):
    got = verdicts_for("The Nordic Battery Coalition has about 1,200 members", summit)
    assert got["kestrelhavn_post"].stance is CONTRADICTS
    assert "1,200" not in (got["kestrelhavn_post"].evidence.sentence or "")


def test_evidence_in_the_crlf_source_points_into_its_text(summit):
    post = by_id(summit, "kestrelhavn_post")
    verdict = verdicts_for("about 30 members", [post])["kestrelhavn_post"]
    assert verdict.stance is SUPPORTS
    start, end = verdict.evidence.span
    assert post.text[start:end] == verdict.evidence.sentence
    assert "\r" not in verdict.evidence.sentence
    raw = (SUMMIT / "kestrelhavn_post.txt").read_bytes().decode("utf-8")
    assert verdict.evidence.sentence in raw.replace("\r\n", "\n")


def test_curly_apostrophes_and_dashes_in_the_source_match_a_plain_claim(summit):
    daily = by_id(summit, "business_daily")
    verdict = verdicts_for("Anna Berg is Voltra's chief executive", [daily])["business_daily"]
    assert verdict.stance is SUPPORTS
    start, end = verdict.evidence.span
    assert daily.text[start:end] == verdict.evidence.sentence
    assert "Voltra\u2019s" in verdict.evidence.sentence


def test_a_list_followed_by_are_not_part_of_this_contradicts_membership(summit):
    daily = by_id(summit, "business_daily")
    for name in ("Polaris Cells", "Ekstrom Industries", "Brannhof Energy"):
        verdict = verdicts_for(f"{name} is a member of the Nordic Battery Coalition", [daily])
        assert verdict["business_daily"].stance is CONTRADICTS, name
    listed = verdicts_for("Tindra Motors is a member of the Nordic Battery Coalition", [daily])
    assert listed["business_daily"].stance is SUPPORTS


def test_a_critic_is_not_a_non_member(summit):
    opinion = by_id(summit, "opinion")
    for claim in (
        "Polaris Cells is a member of the Nordic Battery Coalition",
        "Polaris Cells is not a member of the Nordic Battery Coalition",
    ):
        assert verdicts_for(claim, [opinion])["opinion"].stance is OMITS, claim


def test_the_absence_of_and_a_no_show_contradict_membership(summit):
    got = verdicts_for("Polaris Cells joined the Nordic Battery Coalition", summit)
    assert got["kestrelhavn_post"].stance is CONTRADICTS  # "the absence of Polaris Cells"
    got = verdicts_for("Norrvik Grid is a member of the Nordic Battery Coalition", summit)
    assert got["trade_journal"].stance is CONTRADICTS  # "Norrvik Grid's no-show"


def test_a_role_at_another_company_contradicts(summit):
    got = verdicts_for("Anna Berg is Lumen's chief executive", summit)
    assert got["kestrelhavn_post"].stance is SUPPORTS
    for source_id in ("nordic_wire", "business_daily", "battery_blog"):
        assert got[source_id].stance is CONTRADICTS, source_id
    assert got["trade_journal"].stance is CONTRADICTS  # "Jonas Lind, Lumen's chief executive"


def test_a_name_unknown_to_every_source_is_omitted_everywhere(summit):
    got = verdicts_for("Ekstrom Industries is part of the Nordic Battery Coalition", summit)
    assert got["business_daily"].stance is CONTRADICTS
    for source_id in set(SOURCE_IDS) - {"business_daily"}:
        assert got[source_id].stance is OMITS, (source_id, got[source_id].reason)


def test_a_launch_year_is_read_in_the_passive(summit):
    got = verdicts_for("The Nordic Battery Coalition was launched in 2024", summit)
    assert got["battery_blog"].stance is SUPPORTS
    assert got["nordic_wire"].stance is CONTRADICTS
    assert got["kestrelhavn_post"].stance is CONTRADICTS  # "on 3 March 2025"
    assert got["business_daily"].stance is CONTRADICTS  # "in March 2025"
    assert got["opinion"].stance is OMITS
