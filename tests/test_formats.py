"""One way to print: every command that prints takes the formats the registry offers for it
(`report.formats.OFFERED`), through one printer per format; `--json` is `--format json`; the
JSON of `audit`, `evaluate` and `conflicts` follows its schema file."""

from __future__ import annotations

import copy
import csv
import io
import json

import jsonschema
import pytest
from conftest import REPO

from alliance_cli.cli import app
from alliance_cli.report.formats import FORMATS, OFFERED

SUMMIT = str(REPO / "tests" / "fixtures" / "summit")
PAIRS = "\n".join(
    json.dumps(pair)
    for pair in (
        {"claim": "The AI Alliance has 47 members", "source": "004", "label": "SUPPORTS"},
        {"claim": "The AI Alliance has 48 members", "source": "004", "label": "REFUTES"},
        {"claim": "Nvidia is a member", "evidence": "Nvidia is not part of it.", "label": "omits"},
    )
)

# How each view is asked for, and the exit status it ends with.
COMMANDS = {
    "check": (["check", "47 members", "Nvidia is a member"], 0),
    "matrix": (["matrix", "47 members", "Nvidia is a member"], 0),
    "conflicts": (["conflicts", "--sources", SUMMIT], 0),
    "audit": (["audit", "--sources", SUMMIT, "--claims", f"{SUMMIT}/claims.yaml"], 1),
    "evaluate": (["evaluate", "{pairs}", "--errors", "5"], 0),
    "sources": (["sources"], 0),
    "claims": (["claims"], 0),
    "show": (["show", "004", "--claim", "47 members"], 0),
}


@pytest.fixture
def pairs(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text(PAIRS + "\n", encoding="utf-8")
    return str(path)


def invoke(runner, view, pairs, *more):
    args, code = COMMANDS[view]
    result = runner.invoke(app, [arg.format(pairs=pairs) for arg in args] + list(more))
    assert result.exit_code == code, (view, more, result.output)
    return result.stdout


def test_every_view_that_prints_is_in_the_registry():
    assert set(OFFERED) == set(COMMANDS)
    assert {name for formats in OFFERED.values() for name in formats} == set(FORMATS)
    assert all(formats[0] == "table" for formats in OFFERED.values())


@pytest.mark.parametrize(
    ("view", "format"), [(view, name) for view, names in OFFERED.items() for name in names]
)
def test_each_view_prints_in_each_format_it_offers(runner, pairs, view, format):
    out = invoke(runner, view, pairs, "--format", format)
    if format == "json":
        assert out == invoke(runner, view, pairs, "--json")
        json.loads(out)
    elif format == "jsonl":
        assert [json.loads(line) for line in out.splitlines()]
    elif format == "csv":
        header, *rows = csv.reader(io.StringIO(out))
        assert rows and all(len(row) == len(header) for row in rows)
    elif format == "markdown":
        assert "| --- |" in out
    else:
        assert out == invoke(runner, view, pairs)  # the default
        assert out.strip() and "{" not in out


@pytest.mark.parametrize(
    ("view", "format"),
    [(view, name) for view in OFFERED for name in FORMATS if name not in OFFERED[view]],
)
def test_a_format_a_view_does_not_offer_is_a_usage_error(runner, pairs, view, format):
    args, _ = COMMANDS[view]
    result = runner.invoke(app, [arg.format(pairs=pairs) for arg in args] + ["--format", format])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--format" in result.stderr


# ---------------------------------------------------------------- schemas


def test_audit_json_follows_its_schema(runner, pairs, validate):
    mismatches = json.loads(invoke(runner, "audit", pairs, "--json"))
    assert mismatches
    validate(mismatches, "audit")
    clean = runner.invoke(app, ["audit", "--json"])
    assert clean.exit_code == 0 and json.loads(clean.stdout) == []
    validate([], "audit")
    broken = copy.deepcopy(mismatches)
    broken[0]["expected"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        validate(broken, "audit")
    del broken[0]["expected"]
    with pytest.raises(jsonschema.ValidationError):
        validate(broken, "audit")


def test_evaluate_json_follows_its_schema(runner, pairs, validate):
    one = json.loads(invoke(runner, "evaluate", pairs, "--json"))
    assert one["errors"]
    validate(one, "evaluate")
    result = runner.invoke(app, ["evaluate", pairs, pairs, "--json"])
    assert result.exit_code == 0, result.output
    several = json.loads(result.stdout)
    assert len(several["files"]) == 2 and "errors" not in several["files"][0]
    validate(several, "evaluate")
    broken = copy.deepcopy(one)
    broken["accuracy"] = 1.5
    with pytest.raises(jsonschema.ValidationError):
        validate(broken, "evaluate")
    broken = copy.deepcopy(one)
    broken["errors"][0]["extra"] = 1
    with pytest.raises(jsonschema.ValidationError):
        validate(broken, "evaluate")


DISPUTES = REPO / "tests" / "fixtures" / "disputes"


@pytest.mark.parametrize(
    "sources",
    [[], ["--sources", SUMMIT], ["--sources", DISPUTES / "cup_final"]],
    ids=["seeds", "summit", "cup_final"],
)
def test_conflicts_json_follows_its_schema(runner, validate, sources):
    result = runner.invoke(app, ["conflicts", "--json", *map(str, sources)])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found
    validate(found, "conflicts")
    broken = copy.deepcopy(found)
    broken[0]["kind"] = "date"
    with pytest.raises(jsonschema.ValidationError):
        validate(broken, "conflicts")
    for conflict in found:
        broken = copy.deepcopy(conflict)
        broken["kind"] = "rumour"
        with pytest.raises(jsonschema.ValidationError):
            validate([broken], "conflicts")
        broken = copy.deepcopy(conflict)
        del broken["values" if "values" in broken else "verdicts"][0]["source"]
        with pytest.raises(jsonschema.ValidationError):
            validate([broken], "conflicts")


def test_check_json_still_follows_its_schema_through_the_references(runner, validate):
    result = runner.invoke(app, ["check", "47 members", "--json"])
    validate(json.loads(result.stdout), "check")
