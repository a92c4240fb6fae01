"""The tool in scripts: `check --fail-on` and `-q` as grep's exit status, the `--only` and
`--min-confidence` filters in every format of `check`, `matrix` and `conflicts`, claim ids
as claims, errors that say which environment variable named a path, and shell completion."""

from __future__ import annotations

import csv
import io
import json

import pytest
from cli_run import assert_one_line_error, run
from conftest import REPO, SEED_IDS

from alliance_cli.cli import app

SUMMIT = str(REPO / "tests" / "fixtures" / "summit")
# Of the seeds: "47 members" 3 contradict (0.95), 1 omits (0.70), 1 supports (0.95); "Nvidia
# is a member" 2 contradict (0.90), 3 omit; "Sony is a member" 3 support, 2 omit.
CLAIMS = ("47 members", "Nvidia is a member", "Sony is a member")


def invoke(runner, *args, code=0):
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, (args, result.output)
    return result.stdout


# ---------------------------------------------------------------- exit status


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [("contradicts", 1), ("supports", 1), ("omits", 1), ("contradicts,supports", 1)],
)
def test_fail_on_exits_1_when_a_verdict_is_in_the_list(runner, fail_on, code):
    out = invoke(runner, "check", "47 members", "--fail-on", fail_on, code=code)
    assert "members-47" in out  # the table is still printed


def test_fail_on_exits_0_when_no_verdict_is_in_the_list(runner):
    invoke(runner, "check", "Sony is a member", "--fail-on", "contradicts")


def test_fail_on_counts_only_the_verdicts_the_filters_keep(runner):
    """Only sure contradictions fail the run: the seeds' Nvidia contradictions are 0.90."""
    invoke(runner, "check", "Nvidia is a member", "--fail-on", "contradicts", code=1)
    invoke(
        runner,
        "check",
        "Nvidia is a member",
        "--fail-on",
        "contradicts",
        "--min-confidence",
        "0.95",
    )


@pytest.mark.parametrize("output", ["table", "json", "jsonl", "csv", "markdown"])
def test_quiet_prints_nothing_and_the_status_tells(runner, output):
    args = ("check", *CLAIMS, "--format", output, "-q")
    assert invoke(runner, *args, "--fail-on", "contradicts", code=1) == ""
    assert invoke(runner, *args, "--fail-on", "contradicts", "--only", "supports") == ""
    assert invoke(runner, *args, "--quiet") == ""


def test_a_shell_script_branches_on_the_status(tmp_path):
    disputed = run(tmp_path, "check", "--all", "-q", "--fail-on", "contradicts")
    assert (disputed.returncode, disputed.stdout, disputed.stderr) == (1, "", "")
    agreed = run(tmp_path, "check", "Sony is a member", "-q", "--fail-on", "contradicts")
    assert (agreed.returncode, agreed.stdout) == (0, "")


@pytest.mark.parametrize("option", ["--fail-on", "--only"])
@pytest.mark.parametrize("value", ["contradict", "supports,maybe", ","])
def test_a_word_that_is_no_verdict_is_a_usage_error(tmp_path, option, value):
    result = run(tmp_path, "check", "47 members", option, value)
    assert_one_line_error(result, option, "use supports, contradicts or omits")


# ---------------------------------------------------------------- filters: check


def _check_records(out: str, output: str) -> list[tuple[str, str, str]]:
    """(claim, source, verdict) of every verdict a `check` output shows."""
    if output in ("json", "jsonl"):
        documents = (
            json.loads(out) if output == "json" else list(map(json.loads, out.split("\n")[:-1]))
        )
        return [(d["claim"], v["source"], v["verdict"]) for d in documents for v in d["verdicts"]]
    if output == "csv":
        return [(row[0], row[2], row[3]) for row in list(csv.reader(io.StringIO(out)))[1:]]
    records, claim = [], None
    for line in out.splitlines():
        if output == "markdown" and line.startswith("### "):
            claim = line[5 : line.index("\u201d")]
        elif output == "markdown" and line.startswith("| 00"):
            cells = line.split(" | ")
            records.append((claim, cells[0][2:], cells[1].split()[1]))
        elif output == "table" and line.startswith("Claim: "):
            claim = line[8 : line.index("\u201d")]
        elif output == "table" and line.startswith("\u2502 00"):
            cells = line.split("\u2502")
            records.append((claim, cells[1].strip(), cells[2].strip()))
    return records


@pytest.mark.parametrize("output", ["table", "json", "jsonl", "csv", "markdown"])
def test_only_shows_the_verdicts_asked_for_in_every_format(runner, output):
    shown = _check_records(
        invoke(runner, "check", *CLAIMS, "--format", output, "--only", "contradicts"), output
    )
    assert shown == [
        ("47 members", SEED_IDS[0], "contradicts"),
        ("47 members", SEED_IDS[1], "contradicts"),
        ("47 members", SEED_IDS[2], "contradicts"),
        ("Nvidia is a member", SEED_IDS[0], "contradicts"),
        ("Nvidia is a member", SEED_IDS[4], "contradicts"),
    ]  # and "Sony is a member", which no source contradicts, is left out


@pytest.mark.parametrize("output", ["table", "json", "jsonl", "csv", "markdown"])
def test_min_confidence_shows_the_verdicts_at_least_that_sure_in_every_format(runner, output):
    args = ("check", *CLAIMS, "--format", output, "--min-confidence", "0.9")
    shown = _check_records(invoke(runner, *args), output)
    assert {(claim, source[:3]) for claim, source, _ in shown} == {
        ("47 members", "000"),
        ("47 members", "001"),
        ("47 members", "002"),
        ("47 members", "004"),
        ("Nvidia is a member", "000"),
        ("Nvidia is a member", "004"),
        ("Sony is a member", "000"),
        ("Sony is a member", "003"),
    }  # every omits is 0.70, Sony's support by 004 0.80


def test_the_summary_counts_what_is_shown(runner):
    (document,) = json.loads(invoke(runner, "check", "47 members", "--json", "--only", "supports"))
    assert document["summary"] == {"supports": 1, "contradicts": 0, "omits": 0}
    out = invoke(runner, "check", "47 members", "--only", "supports,omits")
    assert "1 supports \u00b7 0 contradict \u00b7 1 omits" in out


def test_the_filters_join(runner):
    args = ("check", *CLAIMS, "--json", "--only", "supports", "--min-confidence", "0.85")
    shown = _check_records(invoke(runner, *args), "json")
    assert [(claim, source[:3]) for claim, source, _ in shown] == [
        ("47 members", "004"),
        ("Sony is a member", "000"),
        ("Sony is a member", "003"),
    ]


@pytest.mark.parametrize("value", ["-0.1", "1.5", "high"])
def test_a_confidence_outside_0_to_1_is_a_usage_error(tmp_path, value):
    assert_one_line_error(
        run(tmp_path, "check", "x", "--min-confidence", value), "--min-confidence"
    )


# ---------------------------------------------------------------- filters: matrix, conflicts


def _matrix_claims(out: str, output: str) -> list[str]:
    if output == "json":
        return [row["claim"] for row in json.loads(out)]
    if output == "csv":
        return [row[0] for row in list(csv.reader(io.StringIO(out)))[1:]]
    rows = [line for line in out.splitlines() if line.startswith(("| ", "\u2502 "))]
    return [claim for claim in CLAIMS if any(claim in row for row in rows)]


@pytest.mark.parametrize("output", ["table", "json", "csv", "markdown"])
@pytest.mark.parametrize(
    ("option", "value", "kept"),
    [
        ("--only", "supports", ["47 members", "Sony is a member"]),
        ("--only", "contradicts", ["47 members", "Nvidia is a member"]),
        ("--min-confidence", "0.95", ["47 members"]),
    ],
)
def test_matrix_keeps_the_rows_with_a_verdict_that_passes(runner, output, option, value, kept):
    out = invoke(runner, "matrix", *CLAIMS, "--format", output, option, value)
    assert sorted(_matrix_claims(out, output)) == kept
    if output == "json":  # whole rows: every source's verdict
        assert all(len(row["verdicts"]) == 5 for row in json.loads(out))


@pytest.mark.parametrize(
    ("args", "memberships"),
    [
        ((), ["Norrvik Grid"]),
        (("--min-confidence", "0.9"), ["Norrvik Grid"]),
        (("--min-confidence", "0.95"), []),
        (("--only", "contradicts"), []),  # a dispute needs a source on each side
        (("--only", "supports,contradicts"), ["Norrvik Grid"]),
    ],
)
def test_conflicts_keep_a_disputed_membership_while_both_sides_pass(runner, args, memberships):
    found = json.loads(invoke(runner, "conflicts", "--sources", SUMMIT, "--json", *args))
    assert [c["about"] for c in found if c["kind"] == "membership"] == memberships
    assert [c["about"] for c in found if c["kind"] == "count"] == ["member"]  # figures stay
    table = invoke(runner, "conflicts", "--sources", SUMMIT, *args)
    assert ("Norrvik Grid:" in table) == bool(memberships)
    assert f"1 disputed count, {len(memberships)} disputed membership" in table


# ---------------------------------------------------------------- claim ids


def test_a_curated_claims_id_is_that_claim(runner):
    (by_id,) = json.loads(invoke(runner, "check", "members-47", "--json"))
    (by_text,) = json.loads(invoke(runner, "check", "The AI Alliance has 47 members", "--json"))
    assert by_id["id"] == "members-47" and by_id["claim"] == "members-47"
    assert by_id["verdicts"] == by_text["verdicts"]
    shown = invoke(runner, "show", "004", "--claim", "nvidia-member")
    assert "\u201cnvidia-member\u201d" in shown and "contradicts" in shown


# ---------------------------------------------------------------- where a path came from


def test_a_claims_file_from_alliance_claims_is_blamed_on_it(tmp_path):
    missing = tmp_path / "x.yaml"
    for command in (["check", "47 members"], ["claims"], ["audit"]):
        result = run(tmp_path, *command, ALLIANCE_CLAIMS=str(missing))
        assert_one_line_error(result, f"ALLIANCE_CLAIMS: {missing}: cannot read")
    given = run(tmp_path, "claims", "--claims", str(missing))
    assert_one_line_error(given, f"error: {missing}: cannot read")


def test_a_source_from_alliance_sources_is_blamed_on_it(tmp_path):
    missing = tmp_path / "gone"
    result = run(tmp_path, "sources", ALLIANCE_SOURCES=f"{REPO / 'seeds'}:{missing}")
    assert_one_line_error(result, f"ALLIANCE_SOURCES: {missing}: no such file or folder")
    given = run(tmp_path, "sources", "--sources", str(missing))
    assert_one_line_error(given, f"error: {missing}: no such file or folder")


def test_a_bad_file_inside_a_folder_from_alliance_sources_is_blamed_on_it(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    result = run(tmp_path, "sources", ALLIANCE_SOURCES=str(folder / "bad.txt"))
    assert_one_line_error(result, f"ALLIANCE_SOURCES: {folder / 'bad.txt'}: looks like a binary")


# ---------------------------------------------------------------- completion


def _complete(tmp_path, *words: str, **env: str) -> list[str]:
    variables = {
        "_ALLIANCE_COMPLETE": "complete_bash",
        "COMP_WORDS": " ".join(["alliance", *words]),
        "COMP_CWORD": str(len(words)),
    }
    result = run(tmp_path, **variables, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_show_completes_source_ids(tmp_path):
    assert _complete(tmp_path, "show", "00") == list(SEED_IDS)
    assert _complete(tmp_path, "show", "004") == [SEED_IDS[4]]
    summit = _complete(tmp_path, "show", "--sources", SUMMIT, "k")
    assert summit == ["kestrelhavn_post"]
    assert _complete(tmp_path, "show", "k", ALLIANCE_SOURCES=SUMMIT) == ["kestrelhavn_post"]


@pytest.mark.parametrize(
    "words",
    [
        ("check", "members-4"),
        ("matrix", "members-4"),
        ("report", "members-4"),
        ("show", "004", "--claim", "members-4"),
    ],
)
def test_claim_ids_are_completed_where_a_claim_is_taken(tmp_path, words):
    assert _complete(tmp_path, *words) == ["members-47"]


def test_claim_ids_come_from_the_claims_file_named(tmp_path):
    claims = f"{SUMMIT}/claims.yaml"
    assert "members-38" in _complete(tmp_path, "check", "--claims", claims, "members-3")
    assert "members-38" in _complete(tmp_path, "check", "members-3", ALLIANCE_CLAIMS=claims)
    assert _complete(tmp_path, "check", "--claims", "missing.yaml", "m") == []
