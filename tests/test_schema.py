"""`check --json` against schema/check.schema.json, and spans that point into the sources."""

from __future__ import annotations

import codecs
import copy
import json
from pathlib import Path

import jsonschema
import pytest

from alliance_cli import api
from alliance_cli.cli import app

CLAIMS = [
    "47 members",
    "more than 50 members",
    "over 40 organizations",
    "about 45 members",
    "48 members",
    "Nvidia is a member of the AI Alliance",
    "Yann LeCun is IBM's chief AI scientist",
    "[bold red]x[/]",
]


@pytest.fixture(scope="module")
def all_checks() -> list[dict]:
    """`check --all` plus several claims, run once for the module."""
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["check", *CLAIMS, "--all", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_check_json_validates(all_checks, schema):
    jsonschema.validate(all_checks, schema)


def test_schema_itself_is_valid(schema):
    jsonschema.Draft202012Validator.check_schema(schema)


def test_check_json_covers_claims_and_all(all_checks, curated):
    assert len(all_checks) == len(CLAIMS) + len(curated)
    assert [element["claim"] for element in all_checks[: len(CLAIMS)]] == CLAIMS


def test_every_span_is_the_evidence_in_the_source_text(all_checks, seeds):
    texts = {source.id: source.text for source in seeds}
    checked = 0
    for element in all_checks:
        for verdict in element["verdicts"]:
            if verdict["span"] is None:
                continue
            start, end = verdict["span"]
            assert texts[verdict["source"]][start:end] == verdict["evidence"]
            checked += 1
    assert checked > 100


def test_every_span_is_the_evidence_in_the_file_as_read(all_checks, seeds):
    files = {source.id: Path(source.path).read_text(encoding="utf-8") for source in seeds}
    for element in all_checks:
        for verdict in element["verdicts"]:
            if verdict["span"] is not None:
                start, end = verdict["span"]
                assert files[verdict["source"]][start:end] == verdict["evidence"]


def test_every_proof_step_points_into_the_claim_and_the_source(all_checks, seeds):
    texts = {source.id: source.text for source in seeds}
    steps = sourced = 0
    for element in all_checks:
        for verdict in element["verdicts"]:
            for step in verdict["proof"]:
                start, end = step["claim_span"]
                assert element["checked"][start:end] == step["claim"]
                steps += 1
                if step["source_span"] is not None:
                    start, end = step["source_span"]
                    assert texts[verdict["source"]][start:end] == step["source"]
                    sourced += 1
    assert steps > 200 and sourced > 100


def test_every_decided_verdict_has_a_proof_that_leads_to_it(all_checks):
    from alliance_cli.engine.policy import verdict as follow
    from alliance_cli.model import Relation, Stance, Step

    decided = 0
    for element in all_checks:
        for verdict in element["verdicts"]:
            if verdict["verdict"] == "omits":
                continue
            steps = [
                Step(s["claim"], (0, 0), s["source"], None, Relation(s["symbol"]), s["why"])
                for s in verdict["proof"]
            ]
            assert follow(steps) is Stance(verdict["verdict"]), (element["claim"], verdict)
            decided += 1
    assert decided > 50


def test_summary_counts_the_verdicts(all_checks):

    for element in all_checks:
        counted = {"supports": 0, "contradicts": 0, "omits": 0}
        for verdict in element["verdicts"]:
            counted[verdict["verdict"]] += 1
        assert element["summary"] == counted


def test_one_verdict_per_source_in_order(all_checks, seeds):
    order = [source.id for source in seeds]
    for element in all_checks:
        assert [verdict["source"] for verdict in element["verdicts"]] == order


def test_curated_ids_are_set_for_curated_claims(all_checks, curated):
    tail = all_checks[len(CLAIMS) :]
    assert [element["id"] for element in tail] == [claim.id for claim in curated]
    head = {element["claim"]: element["id"] for element in all_checks[: len(CLAIMS)]}
    assert head["47 members"] == "members-47"
    assert head["48 members"] is None
    assert head["[bold red]x[/]"] is None


# ---------------------------------------------------------------- the schema's teeth


def test_schema_refuses_evidence_on_omits(all_checks, schema):
    broken = copy.deepcopy(all_checks[:1])
    (omitted,) = [v for v in broken[0]["verdicts"] if v["verdict"] == "omits"]
    omitted["evidence"] = "some text"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_schema_refuses_an_unknown_verdict(all_checks, schema):
    broken = copy.deepcopy(all_checks[:1])
    broken[0]["verdicts"][0]["verdict"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_schema_refuses_extra_fields(all_checks, schema):
    broken = copy.deepcopy(all_checks[:1])
    broken[0]["extra"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


# ---------------------------------------------------------------- awkward sources


def test_spans_hold_for_awkward_encodings(runner, write_corpus, schema):
    body = (
        "Widget \u201cNews\u201d \u2014 caf\u00e9\n\n"
        "The Widget Coalition has 47\u00a0members.\n"
        "Its members include Acme\u2019s rival Globex and Initech.\n"
    )
    folder = write_corpus(
        {
            "a_crlf.txt": body.replace("\n", "\r\n").encode("utf-8"),
            "b_utf16.txt": codecs.BOM_UTF16_LE + body.encode("utf-16-le"),
            "c_bom.md": codecs.BOM_UTF8 + body.encode("utf-8"),
            "d_full_width.txt": body.replace("47", "\uff14\uff17"),
            "e_bad_byte.txt": body.encode("utf-8").replace(b"caf\xc3\xa9", b"caf\xe9"),
        }
    )
    result = runner.invoke(
        app,
        [
            "check",
            "The Widget Coalition has 47 members",
            "Globex is a member of the Widget Coalition",
            "--sources",
            str(folder),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, schema)
    texts = {source.id: source.text for source in api.load_sources([folder])}
    for element in doc:
        for verdict in element["verdicts"]:
            assert verdict["verdict"] == "supports", (element["claim"], verdict)
            start, end = verdict["span"]
            assert texts[verdict["source"]][start:end] == verdict["evidence"]
