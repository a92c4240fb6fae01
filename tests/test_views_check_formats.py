"""`alliance check --format table|json|jsonl|csv|markdown`: the same results through each
printer; JSON Lines streamed one claim per line as each is judged."""

from __future__ import annotations

import csv
import io
import json

from conftest import SEED_IDS

from alliance_cli import api
from alliance_cli.cli import app

CLAIMS = ("47 members", "Nvidia is a member", "a | b *c*")


def invoke(runner, *args):
    return runner.invoke(app, ["check", *CLAIMS, *args])


def test_format_json_is_json(runner):
    result = invoke(runner, "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stdout == invoke(runner, "--json").stdout
    assert [element["claim"] for element in json.loads(result.stdout)] == list(CLAIMS)


def test_format_table_is_the_default(runner):
    assert invoke(runner, "--format", "table").stdout == invoke(runner).stdout


def test_jsonl_is_one_claim_per_line(runner):
    result = invoke(runner, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [json.loads(line) for line in lines] == json.loads(invoke(runner, "--json").stdout)
    assert invoke(runner, "--jsonl").stdout == result.stdout


def test_jsonl_writes_each_line_as_its_claim_is_judged(monkeypatch):
    """Before each claim is judged, every earlier claim's line is already written and flushed."""

    class Recorder(io.StringIO):
        flushed = 0

        def flush(self) -> None:
            self.flushed += 1

    out = Recorder()
    seen = []
    judge = api.check_claim

    def recording(claim, sources, lexicon=None):
        seen.append((len(out.getvalue().splitlines()), out.flushed))
        return judge(claim, sources, lexicon)

    monkeypatch.setattr(api, "check_claim", recording)
    monkeypatch.setattr("sys.stdout", out)
    app(["check", *CLAIMS, "--format", "jsonl"], standalone_mode=False)
    assert [lines for lines, _ in seen] == [0, 1, 2]
    assert all(flushed >= lines for lines, flushed in seen)
    assert len(out.getvalue().splitlines()) == 3


def test_csv_has_a_row_per_claim_and_source(runner, seeds):
    result = invoke(runner, "--format", "csv")
    assert result.exit_code == 0, result.output
    header, *rows = list(csv.reader(io.StringIO(result.stdout)))
    assert header == [
        "claim",
        "id",
        "source",
        "verdict",
        "confidence",
        "evidence",
        "start",
        "end",
        "reason",
    ]
    assert [(row[0], row[2]) for row in rows] == [(c, s) for c in CLAIMS for s in SEED_IDS]
    texts = {source.id: source.text for source in seeds}
    for row in rows:
        if row[3] == "omits":
            assert row[5:8] == ["", "", ""]
        else:
            assert texts[row[2]][int(row[6]) : int(row[7])] == row[5]
    assert rows[0][1] == "members-47" and rows[5][1] == ""


def test_markdown_has_a_section_per_claim(runner):
    result = invoke(runner, "--format", "markdown")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "### \u201c47 members\u201d (curated claim members-47)" in out
    assert "### \u201ca \\| b \\*c\\*\u201d (checked as written)" in out
    assert "| Source | Verdict | Evidence | Reason |" in out
    assert "| 004_5ad65826bffd8c98 | \u2714 supports 0.95 | Meta, IBM, Intel lead" in out
    assert "1 supports \u00b7 3 contradict \u00b7 1 omits" in out
    assert out.count("| 000_edfda986d3e20c37 |") == len(CLAIMS)


def test_conflicting_or_unknown_formats_are_usage_errors(runner):
    for args in (("--json", "--format", "csv"), ("--json", "--jsonl"), ("--format", "yaml")):
        result = invoke(runner, *args)
        assert result.exit_code == 2, args
        assert result.stdout == ""
