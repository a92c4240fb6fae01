"""`evaluate --two-way`: every evidence bears on its claim, so a verdict the proof leaves
undecided is read as supports, unsurely (only a proved contradiction refutes); proved verdicts
stay as they are, and without the flag omits stays omits."""

from __future__ import annotations

import json

from cli_run import run

CLAIM = "Acme Athletic won the cup."
PAIRS = [
    {"claim": CLAIM, "evidence": "Acme Athletic won the cup.", "label": "SUPPORTS"},
    {"claim": CLAIM, "evidence": "Acme Athletic did not win the cup.", "label": "REFUTES"},
    {"claim": CLAIM, "evidence": "Acme Athletic sold its stadium.", "label": "REFUTES"},
    {"claim": CLAIM, "evidence": "Acme Athletic signed a new coach.", "label": "SUPPORTS"},
]


def _evaluate(tmp_path, *flags):
    path = tmp_path / "pairs.jsonl"
    path.write_text("".join(json.dumps(pair) + "\n" for pair in PAIRS), encoding="utf-8")
    result = run(tmp_path, "evaluate", str(path), "--json", "--errors", "5", *flags)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_two_way_reads_an_undecided_verdict_as_supports(tmp_path):
    scores = _evaluate(tmp_path, "--two-way")
    assert scores["two_way"] is True
    assert scores["confusion"]["supports"] == {"supports": 2, "contradicts": 0, "omits": 0}
    assert scores["confusion"]["contradicts"] == {"supports": 1, "contradicts": 1, "omits": 0}
    [error] = scores["errors"]
    assert error["line"] == 3
    assert error["verdict"] == "supports"
    assert error["confidence"] == 0.3
    assert error["reason"].startswith("two-way reading: nothing proves it (")


def test_without_two_way_omits_stays_omits(tmp_path):
    scores = _evaluate(tmp_path)
    assert scores["two_way"] is False
    assert scores["confusion"]["supports"] == {"supports": 1, "contradicts": 0, "omits": 1}
    assert scores["confusion"]["contradicts"] == {"supports": 0, "contradicts": 1, "omits": 1}
    assert all(not error["reason"].startswith("two-way") for error in scores["errors"])
