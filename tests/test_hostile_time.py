"""Time and memory on hostile input (issue 11, section 4). No test here passes or fails on time:
inputs a quadratic reader would take days on are read to the right result before the hang
guard; memory is the child's peak as the OS measured it; work is counted where it shows.
scripts/bench_hostile.py prints the times."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import assert_one_line_error, run, run_measured
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_cli import corpus, evaluate
from alliance_cli.evaluate import load_pairs
from alliance_cli.sentences import Sentences
from alliance_cli.text import normalise, normalise_lines

CLAIM = "The AI Alliance has 47 members"
MIB = 2**20
LINES = 19 * MIB // 2  # "A\n" lines in 19 MiB
PEAK_MB = 600


def _mb(run_result) -> int:
    return run_result.peak_kb // 1024


@pytest.fixture(scope="module")
def short_lines(tmp_path_factory) -> Path:
    """19 MiB of one-letter lines: the most sentences a source of that size can hold."""
    path = tmp_path_factory.mktemp("short") / "lines.txt"
    path.write_bytes(b"A\n" * LINES)
    return path


def test_19_mib_of_short_lines_are_all_read_in_bounded_memory(tmp_path, short_lines):
    result = run_measured(tmp_path, "sources", "--json", "--sources", str(short_lines))
    assert result.returncode == 0, result.stderr[-500:]
    (source,) = json.loads(result.stdout)
    assert source["sentences"] == source["words"] == LINES
    assert _mb(result) < PEAK_MB, f"peak {_mb(result)} MB"


def test_a_claim_is_checked_against_19_mib_of_short_lines_in_bounded_memory(tmp_path, short_lines):
    result = run_measured(tmp_path, "check", CLAIM, "--json", "--sources", str(short_lines))
    assert result.returncode == 0, result.stderr[-500:]
    (document,) = json.loads(result.stdout)
    assert [v["verdict"] for v in document["verdicts"]] == ["omits"]
    assert _mb(result) < PEAK_MB, f"peak {_mb(result)} MB"


@pytest.mark.parametrize("command", [["sources", "--json"], ["check", CLAIM, "--json"]])
def test_sources_are_held_one_at_a_time(tmp_path, command):
    """Two sources cost no more memory than one: holding both would add one source's worth."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    for path in (first, second):
        path.write_bytes(b"A\n" * (3 * MIB))
    tiny = tmp_path / "tiny.txt"
    tiny.write_text("The AI Alliance has 47 members.\n")
    base = run_measured(tmp_path, *command, "--sources", str(tiny))
    one = run_measured(tmp_path, *command, "--sources", str(first))
    both = run_measured(tmp_path, *command, "--sources", str(first), "--sources", str(second))
    assert base.returncode == one.returncode == both.returncode == 0, both.stderr
    source = one.peak_kb - base.peak_kb
    assert source > 20 * 1024, "a source big enough to see"
    assert both.peak_kb < one.peak_kb + source // 2, (base.peak_kb, one.peak_kb, both.peak_kb)


@pytest.mark.parametrize("unit", [" ", "\t", " \t"])
def test_19_mib_of_spaces_or_tabs_without_a_line_break_are_read(tmp_path, unit):
    """A quadratic splitter took 35 s on 200 KB: on 18 MiB it would take days."""
    run_of = unit * (9 * MIB // len(unit))
    path = tmp_path / "run.txt"
    path.write_text(f"Widget News{run_of}The AI Alliance has 47 members.{run_of}Acme left.")
    result = run(tmp_path, "check", CLAIM, "--json", "--sources", str(path))
    assert result.returncode == 0, result.stderr[-500:]
    (verdict,) = json.loads(result.stdout)[0]["verdicts"]
    assert verdict["verdict"] == "supports"
    assert verdict["evidence"] == "The AI Alliance has 47 members."


def test_evidence_and_claims_with_long_runs_of_spaces_are_read(tmp_path):
    spaces = " " * (5 * MIB)
    pairs = tmp_path / "pairs.jsonl"
    pair = {
        "claim": f"The AI Alliance has{spaces}47 members",
        "evidence": f"The AI Alliance has 47 members.{spaces}\t{spaces}Acme left.",
        "label": "SUPPORTS",
    }
    pairs.write_text(json.dumps(pair) + "\n")
    result = run(tmp_path, "evaluate", str(pairs), "--json")
    assert result.returncode == 0, result.stderr[-500:]
    assert json.loads(result.stdout)["accuracy"] == 1.0


def test_a_file_named_by_many_lines_is_read_once(tmp_path, monkeypatch):
    (tmp_path / "source.txt").write_text("The AI Alliance has 47 members.\n")
    pairs = tmp_path / "pairs.jsonl"
    line = json.dumps({"claim": CLAIM, "source": "source.txt", "label": "SUPPORTS"})
    pairs.write_text((line + "\n") * 200)
    reads = []
    real = evaluate.read_source
    monkeypatch.setattr(evaluate, "read_source", lambda *a, **k: reads.append(a) or real(*a, **k))
    loaded = load_pairs(pairs)
    assert len(loaded) == 200 and len(reads) == 1
    assert len({id(pair.source) for pair in loaded}) == 1


def test_a_source_past_the_size_limit_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(corpus.MAX_SOURCE_BYTES + 1)
    assert_one_line_error(run(tmp_path, "sources", "--sources", str(path)), str(path), "MiB")


# ---------------------------------------------------------------- the splitter's two forms

_PIECES = [*"aAzZ.!?,;- \t\n\r\f\u00a0\u2028\x85\u00e9\u00c9\u03a3\u00a8\u00aa\u2026\u201d"]
texts = st.lists(
    st.sampled_from([*_PIECES, "Dr.", "e.g.", "No.", " 5", "\n\n", "U.S."]), max_size=40
).map("".join)


@settings(max_examples=300, deadline=None, database=None)
@given(texts)
def test_each_sentence_read_in_bulk_is_the_sentence_read_alone(text):
    """Sentences' spans and normal forms, gathered for many sentences at once, are those of
    each sentence on its own, read by index or in order."""
    sentences = Sentences(text)
    for index, sentence in enumerate(sentences):
        assert sentence == sentences[index] and sentence.index == index
        assert sentence.text == text[sentence.start : sentence.end]
        assert sentence.norm == normalise(sentence.text)
    assert len(list(sentences)) == len(sentences)


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(max_size=60))
def test_normal_forms_of_lines_in_one_pass_are_each_lines_normal_form(text):
    lines = "".join(normalise(line) + "\n" for line in text.split("\n") if line.strip())
    assert normalise_lines(text) == lines


def test_candidates_hold_no_more_sentences_than_they_keep(write_corpus):
    """Retrieval over a source of many matching sentences keeps LIMIT, in source order."""
    from alliance_cli import api
    from alliance_cli.engine.claim import read_claim
    from alliance_cli.engine.lexicon import default_lexicon
    from alliance_cli.engine.retrieve import LIMIT, candidates, claim_pattern

    text = "".join(f"The AI Alliance has {n} members.\n" for n in range(1000))
    (source,) = api.load_sources([write_corpus({"many.txt": text})])
    claim = read_claim("The AI Alliance has 47 members", default_lexicon())
    found = candidates(claim, source, claim_pattern(claim))
    assert len(found) == LIMIT
    assert [s.index for s in found] == sorted(s.index for s in found)
    assert "The AI Alliance has 47 members." in [s.text for s in found]
