"""`alliance show SOURCE [--claim TEXT]`: a source with numbered sentences, and with a claim the
evidence marked in its verdict's symbol and colour. SOURCE is only ever a loaded source's id."""

from __future__ import annotations

import json
import re

import pytest

from alliance_cli import api
from alliance_cli.cli import app

SGR = re.compile(r"\x1b\[([0-9;]*)m([^\x1b]*)")


def invoke(runner, *args, env=None):
    return runner.invoke(app, ["show", *args], env=env)


def numbered(stdout: str) -> dict[int, str]:
    """Sentence number -> its mark (or a space) and the first line of its text."""
    rows = {}
    for line in stdout.splitlines():
        match = re.match(r"\s*(\d+) (. .*)", line)
        if match:
            rows[int(match.group(1))] = match.group(2)
    return rows


def test_numbered_sentences(runner, seeds):
    result = invoke(runner, "004")
    assert result.exit_code == 0, result.output
    source = seeds[4]
    assert result.stdout.splitlines()[0].startswith(
        f"{source.id}  {len(source.sentences)} sentences"
    )
    rows = numbered(result.stdout)
    assert sorted(rows) == list(range(1, len(source.sentences) + 1))
    assert rows[6].strip() == "There are a total of 47 members of the AI Alliance."


def test_paragraphs_stay_apart(runner):
    lines = invoke(runner, "004").stdout.splitlines()
    first = next(i for i, line in enumerate(lines) if line.lstrip().startswith("1 "))
    assert lines[first + 1].strip() == ""  # the headline is a paragraph of its own


def test_a_claim_marks_its_evidence(runner):
    result = invoke(runner, "004", "--claim", "47 members", "--claim", "Nvidia is a member")
    assert result.exit_code == 0, result.output
    rows = numbered(result.stdout)
    assert rows[2].startswith("\u2714 Meta, IBM, Intel lead the 47-strong AI Alliance")
    assert rows[4].startswith("\u2718 Notably, Microsoft, OpenAI, Nvidia, and Google")
    assert rows[6].startswith(" ")  # unmarked
    assert "\u2714 supports 0.95  \u201c47 members\u201d  sentence 2" in result.stdout
    assert "\u2718 contradicts" in result.stdout and "sentence 4" in result.stdout


def test_an_omitting_source_says_so(runner):
    result = invoke(runner, "003", "--claim", "47 members")
    assert result.exit_code == 0, result.output
    assert "\u00b7 omits" in result.stdout
    assert "no sentence says all of it (source gives no figure for 47 members)" in result.stdout
    assert all(not row.startswith(("\u2714", "\u2718")) for row in numbered(result.stdout).values())


def test_the_evidence_is_in_its_verdicts_colour(runner):
    result = invoke(runner, "004", "--claim", "47 members", env={"FORCE_COLOR": "1"})
    assert result.exit_code == 0, result.output
    green = "".join(text for codes, text in SGR.findall(result.stdout) if "32" in codes.split(";"))
    assert "Meta, IBM, Intel lead the" in green
    assert "There are a total of 47" not in green


def test_a_unique_prefix_or_the_whole_id(runner):
    whole = invoke(runner, "004_5ad65826bffd8c98")
    assert whole.exit_code == 0 and whole.stdout == invoke(runner, "004").stdout


@pytest.mark.parametrize("key", ["", "005", "nvidia"])
def test_anything_else_is_an_unknown_source_id(runner, key):
    result = invoke(runner, key)
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line == f"alliance: error: unknown source id {key!r} (see 'alliance sources')"


@pytest.mark.parametrize("key", ["../../etc/passwd", "/etc/passwd", "notes/article.md"])
def test_a_path_is_told_that_show_takes_an_id_and_how_to_add_a_folder(runner, key):
    result = invoke(runner, key)
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"alliance: error: show takes a source id, not a path: {key!r}; ")
    assert "add the folder with --sources DIR" in line


def test_the_path_of_a_loaded_source_is_told_its_id(runner):
    key = f"{api.default_sources_path()}/004_5ad65826bffd8c98.txt"
    result = invoke(runner, key)
    assert result.exit_code == 2
    assert "(its id is 004_5ad65826bffd8c98)" in result.stderr


def test_an_ambiguous_prefix_names_the_candidates(runner):
    result = invoke(runner, "00")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert "ambiguous" in line and "000_edfda986d3e20c37" in line


def test_claim_text_is_printed_literally(runner):
    result = invoke(runner, "004", "--claim", "[bold red]x[/] \x1b[2J")
    assert result.exit_code == 0, result.output
    assert "\u201c[bold red]x[/] \\x1b[2J\u201d" in result.stdout


def test_json(runner, seeds):
    result = invoke(runner, "004", "--claim", "47 members", "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    source = seeds[4]
    assert document["source"]["id"] == source.id
    assert [s["number"] for s in document["sentences"]] == list(range(1, len(source.sentences) + 1))
    for sentence in document["sentences"]:
        assert source.text[slice(*sentence["span"])] == sentence["text"]
    (claim,) = document["claims"]
    (verdict,) = claim["verdicts"]
    assert verdict["verdict"] == "supports"
    assert verdict["span"] == document["sentences"][1]["span"]
