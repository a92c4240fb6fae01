"""`alliance check --explain` on the bundled seeds: a "Proofs" section under each claim's table,
with a table per source whose rows are the JSON proof's steps and whose last State letter is the
source's verdict; `--explain` with a machine-readable format is a one-line usage error; and the
JSON proof of every verdict leads to that verdict through `engine.policy.verdict`."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from cli_run import assert_one_line_error, in_process
from conftest import _ENV_TO_CLEAR, SEED_IDS
from typer.testing import CliRunner

from alliance_cli import api
from alliance_cli.cli import app
from alliance_cli.engine.policy import verdict
from alliance_cli.model import Relation, Stance, Step
from alliance_cli.report.explain import states

# Curated (by alias and by text) and as written: counts, membership, a denied membership, a
# launch, and a claim no source bears on.
CLAIMS = (
    "47 members",
    "more than 50 members",
    "Nvidia is a member",
    "Google is not a member of the AI Alliance",
    "IBM and Meta launched the AI Alliance",
    "bananas are yellow",
)
LETTER = {"S": Stance.SUPPORTS, "C": Stance.CONTRADICTS, "O": Stance.OMITS}
HEADER = re.compile(r"^(\S+): (supports|contradicts|omits)( \(no sentence to prove it from\))?\s*$")
ROW = re.compile(r"^([≡⊑⊒^|#]) │ .* │ ([SCO])\s*$")
NO_PROOF = " (no sentence to prove it from)"


def invoke(runner, *args):
    return runner.invoke(app, ["check", *args])


def json_checks(runner, *args) -> list[dict]:
    result = invoke(runner, *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def proofs_sections(stdout: str) -> list[dict[str, dict]]:
    """Each claim's "Proofs" section: {source: {"stance", "bare", "rows": [(symbol, letter)]}}."""
    sections: list[dict[str, dict]] = []
    current: dict | None = None
    inside = False
    for line in stdout.splitlines():
        if line.startswith("Proofs  ("):
            sections.append({})
            inside = True
            continue
        if line.startswith("Claim:"):
            inside = False
            continue
        if not inside:
            continue
        header = HEADER.match(line)
        if header:
            source, stance, bare = header.groups()
            assert source not in sections[-1], source
            current = {"stance": Stance(stance), "bare": bool(bare), "rows": []}
            sections[-1][source] = current
            continue
        row = ROW.match(line)
        if row:
            assert current is not None, line
            current["rows"].append(row.groups())
    return sections


def steps_of(doc: dict) -> list[Step]:
    """A JSON proof as the engine's steps."""
    return [
        Step(
            step["claim"],
            tuple(step["claim_span"]),
            step["source"],
            tuple(step["source_span"]) if step["source_span"] is not None else None,
            Relation(step["symbol"]),
            step["why"],
        )
        for step in doc["proof"]
    ]


@pytest.fixture(scope="module")
def module_runner(tmp_path_factory) -> Iterator[CliRunner]:
    """A runner for results shared by a module's tests, in the environment every test gets
    (conftest's `_hermetic_environment`, which is per test)."""
    with pytest.MonkeyPatch.context() as patch:
        for name in _ENV_TO_CLEAR:
            patch.delenv(name, raising=False)
        patch.setenv("ALLIANCE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
        patch.setenv("COLUMNS", "200")
        yield CliRunner()


@pytest.fixture(scope="module")
def explained(module_runner):
    """The --explain output and the JSON of the same claims, run once."""
    runner = module_runner
    result = invoke(runner, *CLAIMS, "--explain")
    assert result.exit_code == 0, result.output
    return result.stdout, json_checks(runner, *CLAIMS)


# ---------------------------------------------------------------- the Proofs section


def test_every_claim_gets_a_proofs_section_with_a_legend(explained):
    stdout, _ = explained
    assert stdout.count("\nProofs  (") == len(CLAIMS)
    for meaning in ("≡ the same", "⊑ narrower", "⊒ broader", "^ denies", "| excludes"):
        assert meaning in stdout
    assert "S supports, C contradicts, O omits" in stdout


def test_each_section_has_every_source_in_order(explained):
    stdout, _ = explained
    for section in proofs_sections(stdout):
        assert list(section) == list(SEED_IDS)


def test_the_last_state_is_the_source_s_verdict(explained):
    stdout, docs = explained
    sections = proofs_sections(stdout)
    assert len(sections) == len(docs)
    decided = 0
    for section, doc in zip(sections, docs, strict=True):
        for verdict_doc in doc["verdicts"]:
            shown = section[verdict_doc["source"]]
            assert shown["stance"] is Stance(verdict_doc["verdict"])
            if shown["bare"]:
                assert shown["stance"] is Stance.OMITS
                assert shown["rows"] == []
                continue
            assert shown["rows"], (doc["claim"], verdict_doc["source"])
            assert LETTER[shown["rows"][-1][1]] is shown["stance"]
            decided += shown["stance"] is not Stance.OMITS
    assert decided >= 5  # the claims above do decide: supports and contradicts are shown


def test_the_rows_are_the_json_proof_and_its_states(explained):
    stdout, docs = explained
    for section, doc in zip(proofs_sections(stdout), docs, strict=True):
        for verdict_doc in doc["verdicts"]:
            rows = section[verdict_doc["source"]]["rows"]
            steps = steps_of(verdict_doc)
            assert [symbol for symbol, _ in rows] == [step.relation.value for step in steps]
            assert [LETTER[letter] for _, letter in rows] == states(steps)


def test_a_claim_no_source_bears_on_says_so(explained):
    stdout, _ = explained
    section = proofs_sections(stdout)[CLAIMS.index("bananas are yellow")]
    for source in SEED_IDS:
        assert section[source]["bare"]
    assert f"{SEED_IDS[0]}: omits{NO_PROOF}" in stdout


def test_without_explain_there_is_no_proofs_section(runner):
    result = invoke(runner, "47 members")
    assert result.exit_code == 0, result.output
    assert "Proofs" not in result.stdout
    assert "State" not in result.stdout


def test_explain_keeps_the_claim_table(runner, explained):
    stdout, _ = explained
    plain = invoke(runner, *CLAIMS).stdout
    for block in plain.split("Claim:")[1:]:
        assert block.strip() and block.strip() in stdout


# ---------------------------------------------------------------- with a machine format


@pytest.mark.parametrize(
    "args",
    [("--json",), ("--jsonl",), ("--format", "json"), ("--format", "jsonl"), ("--format", "csv")],
    ids=lambda args: " ".join(args),
)
def test_explain_with_a_machine_format_is_a_one_line_error(monkeypatch, capsys, args):
    """Through the console entry point, which turns usage errors into one line."""
    result = in_process(monkeypatch, capsys, "check", "47 members", "--explain", *args)
    assert_one_line_error(result, "--explain")


# ---------------------------------------------------------------- the JSON proofs


@pytest.fixture(scope="module")
def every_check(module_runner):
    """Every curated claim and the claims above, as JSON, with the seeds' texts."""
    runner = module_runner
    docs = json_checks(runner, "--all") + json_checks(runner, *CLAIMS)
    sources = {source.id: source for source in api.load_sources([api.default_sources_path()])}
    return docs, sources


def test_every_decided_verdict_follows_from_its_proof(every_check):
    docs, _ = every_check
    decided = 0
    for doc in docs:
        for verdict_doc in doc["verdicts"]:
            stance = Stance(verdict_doc["verdict"])
            if stance is Stance.OMITS:
                continue
            decided += 1
            assert verdict(steps_of(verdict_doc)) is stance, (doc["claim"], verdict_doc)
    assert decided >= 50


def test_an_omits_verdict_s_proof_decides_nothing(every_check):
    """Nothing but the proof decides a verdict, so an omits proof leads to omits too."""
    docs, _ = every_check
    for doc in docs:
        for verdict_doc in doc["verdicts"]:
            if verdict_doc["verdict"] == "omits":
                assert verdict(steps_of(verdict_doc)) is Stance.OMITS, (doc["claim"], verdict_doc)


def test_each_step_points_at_its_words(every_check):
    """claim_span into `checked`, source_span into the source's text; no span, no source."""
    docs, sources = every_check
    for doc in docs:
        for verdict_doc in doc["verdicts"]:
            text = sources[verdict_doc["source"]].text
            for step in verdict_doc["proof"]:
                start, end = step["claim_span"]
                assert doc["checked"][start:end] == step["claim"]
                assert step["relation"] == Relation(step["symbol"]).name.lower()
                if step["source_span"] is None:
                    assert step["source"] is None
                else:
                    start, end = step["source_span"]
                    assert text[start:end] == step["source"]


def test_checked_is_the_curated_text_or_the_claim(every_check):
    docs, _ = every_check
    curated = {claim.id: claim.text for claim in api.load_claims(api.default_claims_path())}
    for doc in docs:
        expected = curated[doc["id"]] if doc["id"] is not None else doc["claim"]
        assert doc["checked"] == expected
