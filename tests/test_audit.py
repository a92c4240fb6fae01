"""`alliance audit`: the curated claims as a regression suite."""

from __future__ import annotations

import json

from alliance_cli import api
from alliance_cli.claims import resolve_source
from alliance_cli.cli import app
from alliance_cli.model import Stance

WRONG = """\
claims:
  - id: wrong-count
    text: The AI Alliance has 47 members
    expect:
      "004": contradicts
      "003": omits
  - id: right-count
    text: The AI Alliance has more than 50 members
    expect:
      "002": supports
"""


def test_bundled_claims_are_at_least_thirty(curated):
    assert len(curated) >= 30


def test_every_bundled_claim_has_an_expectation_for_every_seed(curated, seeds):
    every_seed = {source.id for source in seeds}
    for claim in curated:
        named = {
            resolve_source(key, seeds, "claims.yaml", line).id for key, _, line in claim.expect
        }
        assert named == every_seed, claim.id


def test_library_audit_of_the_bundled_claims_finds_no_mismatch(curated, seeds):
    mismatches = api.audit(curated, seeds)
    assert [
        (m.claim.id, m.source, m.expected.value, m.verdict.stance.value) for m in mismatches
    ] == []


def test_audit_command_exits_0_on_the_bundled_claims(runner, curated):
    result = runner.invoke(app, ["audit"])
    assert result.exit_code == 0, result.output
    assert f"{len(curated)} curated claims" in result.stdout
    assert "every verdict as expected" in result.stdout


def test_audit_json_is_an_empty_list_on_the_bundled_claims(runner):
    result = runner.invoke(app, ["audit", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_library_audit_reports_a_wrong_expectation(write_claims, seeds):
    path = write_claims(WRONG)
    (mismatch,) = api.audit(api.load_claims(path), seeds)
    assert mismatch.claim.id == "wrong-count"
    assert mismatch.source == "004_5ad65826bffd8c98"
    assert mismatch.expected is Stance.CONTRADICTS
    assert mismatch.verdict.stance is Stance.SUPPORTS


def test_audit_command_exits_1_and_lists_the_mismatch(runner, write_claims):
    path = write_claims(WRONG)
    result = runner.invoke(app, ["audit", "--claims", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "wrong-count" in result.stdout
    assert "004_5ad65826bffd8c98" in result.stdout
    assert "contradicts" in result.stdout and "supports" in result.stdout
    assert "right-count" not in result.stdout


def test_audit_json_lists_the_mismatch(runner, write_claims):
    path = write_claims(WRONG)
    result = runner.invoke(app, ["audit", "--claims", str(path), "--json"])
    assert result.exit_code == 1
    (mismatch,) = json.loads(result.stdout)
    assert mismatch["id"] == "wrong-count"
    assert mismatch["source"] == "004_5ad65826bffd8c98"
    assert mismatch["expected"] == "contradicts"
    assert mismatch["verdict"] == "supports"
    assert mismatch["evidence"]


def test_audit_on_custom_sources_and_claims(runner, write_claims, write_corpus):
    folder = write_corpus({"w.txt": "The Widget Coalition has 47 members.\n"})
    good = write_claims(
        "claims:\n  - id: w\n    text: The Widget Coalition has 47 members\n"
        '    expect:\n      "w": supports\n',
        name="good.yaml",
    )
    bad = write_claims(
        "claims:\n  - id: w\n    text: The Widget Coalition has 48 members\n"
        '    expect:\n      "w": supports\n',
        name="bad.yaml",
    )
    assert runner.invoke(app, ["audit", "-c", str(good), "-s", str(folder)]).exit_code == 0
    assert runner.invoke(app, ["audit", "-c", str(bad), "-s", str(folder)]).exit_code == 1


def test_claims_without_expectations_pass_the_audit(runner, write_claims):
    path = write_claims("claims:\n  - id: a\n    text: The AI Alliance has 48 members\n")
    assert runner.invoke(app, ["audit", "--claims", str(path)]).exit_code == 0


def test_audit_names_an_unknown_source_with_its_line(runner, write_claims):
    path = write_claims(
        'claims:\n  - id: a\n    text: A claim\n    expect:\n      "999": supports\n'
    )
    result = runner.invoke(app, ["audit", "--claims", str(path)])
    assert result.exit_code == 2
    assert f"{path}:5:" in result.stderr
    assert "Traceback" not in result.output


def test_a_few_bundled_seeds_audit_the_bundled_claims_on_those_seeds(runner):
    """Expectations for the seeds not given are skipped; those for the seeds given are checked."""
    seeds = sorted(api.default_sources_path().glob("00[14]_*.txt"))
    result = runner.invoke(app, ["audit", *(f"--sources={seed}" for seed in seeds)])
    assert result.exit_code == 0, result.output
    assert "\u00d7 2 sources: every verdict as expected" in result.stdout


def test_an_own_claims_file_still_names_a_source_not_given(runner, write_claims):
    path = write_claims(WRONG)
    (seed,) = api.default_sources_path().glob("004_*.txt")
    result = runner.invoke(app, ["audit", "--claims", str(path), "--sources", str(seed)])
    assert result.exit_code == 2
    assert f"{path}:6: expectation: unknown source id '003'" in result.stderr
