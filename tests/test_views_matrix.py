"""`alliance matrix`: every claim against every source as a grid, the most disputed first, in
the terminal, Markdown, CSV and JSON."""

from __future__ import annotations

import csv
import io
import json

from conftest import SEED_IDS

from alliance_cli import api
from alliance_cli.cli import app
from alliance_cli.model import Claim, ClaimCheck, Stance, Verdict
from alliance_cli.report import layout

TWO = ("Nvidia is a member", "47 members")  # the second is disputed, so it comes first


def invoke(runner, *args):
    return runner.invoke(app, ["matrix", *args])


def result_of(*stances: Stance, text: str = "c") -> ClaimCheck:
    verdicts = tuple(Verdict(f"s{i}", stance, 0.9, "r") for i, stance in enumerate(stances))
    return ClaimCheck(Claim(text), verdicts)


S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.OMITS  # N: no verdict either way


def test_disputed_claims_come_first_then_by_contradictions():
    plain = result_of(S, S, N, text="supported")
    refuted = result_of(C, C, C, text="refuted")
    split = result_of(S, C, N, text="split")
    silent = result_of(N, N, N, text="silent")
    order = api.disputed_first([silent, plain, refuted, split])
    assert [result.claim.text for result in order] == ["split", "refuted", "supported", "silent"]


def test_ties_keep_their_order():
    first, second = result_of(C, text="first"), result_of(C, text="second")
    assert api.disputed_first([first, second]) == [first, second]


def test_consensus_wording():
    assert layout.consensus(result_of(C, C, C, S, N)) == "3 of 5 contradict, 1 supports"
    assert layout.consensus(result_of(S, S, N)) == "2 of 3 support"
    assert layout.consensus(result_of(S, N)) == "1 of 2 supports"
    assert layout.consensus(result_of(C, S)) == "1 of 2 contradicts, 1 supports"
    assert layout.consensus(result_of(N, N)) == "all 2 omit"


def test_column_heads_are_short_unique_prefixes(seeds):
    heads = layout.column_heads(seeds)
    assert list(heads.values()) == ["000", "001", "002", "003", "004"]


def test_terminal_grid_has_symbols_consensus_and_legend(runner):
    result = invoke(runner, *TWO)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    header = next(line for line in lines if "Claim" in line)
    for head in ("000", "001", "002", "003", "004", "Consensus"):
        assert head in header
    row = next(line for line in lines if "members-47" in line)
    assert row.count("\u2718") == 3 and row.count("\u2714") == 1 and row.count("\u00b7") == 1
    assert "3 of 5 contradict, 1 supports" in row
    assert "\u2714 supports  \u2718 contradicts  \u00b7 omits" in result.stdout
    for seed_id in SEED_IDS:  # the key to the column heads
        assert seed_id in result.stdout
    # the disputed claim first, though given second
    assert result.stdout.index("members-47") < result.stdout.index("Nvidia is a member")


def test_json_rows_in_disputed_order(runner):
    result = invoke(runner, *TWO, "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [row["claim"] for row in rows] == ["47 members", "Nvidia is a member"]
    first = rows[0]
    assert first["id"] == "members-47"
    assert list(first["verdicts"]) == list(SEED_IDS)
    assert first["verdicts"]["004_5ad65826bffd8c98"] == "supports"
    assert first["summary"] == {"supports": 1, "contradicts": 3, "omits": 1}
    assert first["consensus"] == "3 of 5 contradict, 1 supports"
    assert rows[1]["id"] is None
    assert invoke(runner, *TWO, "--format", "json").stdout == result.stdout


def test_every_curated_claim_by_default(runner, curated):
    result = invoke(runner, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    header, body = rows[0], rows[1:]
    assert header == [
        "claim",
        "id",
        *SEED_IDS,
        "supports",
        "contradicts",
        "omits",
        "consensus",
    ]
    assert sorted(row[1] for row in body) == sorted(claim.id for claim in curated)
    for row in body:
        assert set(row[2:7]) <= {"supports", "contradicts", "omits"}
        assert sum(int(n) for n in row[7:10]) == 5
    disputed = [("supports" in row[2:7]) and ("contradicts" in row[2:7]) for row in body]
    assert disputed == sorted(disputed, reverse=True)  # every disputed claim before the rest


def test_markdown_table(runner):
    result = invoke(runner, *TWO, "--format", "markdown")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "| Claim | 000 | 001 | 002 | 003 | 004 | Consensus |"
    assert lines[1] == "| --- | :-: | :-: | :-: | :-: | :-: | --- |"
    assert lines[2] == (
        "| **members-47** 47 members | \u2718 | \u2718 | \u2718 | \u00b7 | \u2714 "
        "| 3 of 5 contradict, 1 supports |"
    )
    assert "- `000` 000_edfda986d3e20c37: The AI Alliance: A Bold Leap" in result.stdout


def test_markdown_escapes_what_markdown_would_act_on(runner):
    result = invoke(runner, "a | b *c* <i>d</i> [e](f)", "--format", "markdown")
    assert result.exit_code == 0, result.output
    row = result.stdout.splitlines()[2]
    assert row.startswith("| a \\| b \\*c\\* \\<i\\>d\\</i\\> \\[e\\](f) |")
    assert row.count(" | ") == 6  # seven cells: the pipe in the claim splits none


def test_json_and_another_format_disagree(runner):
    result = invoke(runner, "47 members", "--json", "--format", "csv")
    assert result.exit_code == 2
    assert "ask for different formats" in result.stderr
