"""The terminal as the user set it up (issue 11, sections 5 and 6): a width that is zero,
negative or absurd is treated as unset; an output that cannot show Unicode gets ASCII tables,
never a traceback; the matrix fits 80 columns whatever the number of sources."""

from __future__ import annotations

import json
import shutil

import pytest
from cli_run import run

from alliance_cli import api
from alliance_cli.report.grid import CLAIM_WIDTH, layout_for

SEEDS = sorted(api.default_sources_path().glob("*.txt"))
TABLES = {
    "check": ["check", "47 members", "Nvidia is a member"],
    "sources": ["sources"],
    "claims": ["claims"],
    "audit": ["audit"],
    "matrix": ["matrix"],
    "conflicts": ["conflicts"],
    "show": ["show", "004", "--claim", "47 members"],
}


def _widest(text: str) -> int:
    return max(map(len, text.splitlines()), default=0)


@pytest.mark.parametrize("columns", ["0", "-80", "99999999999999999999", "10001", "abc", "\u00b2"])
def test_a_zero_negative_or_absurd_width_is_treated_as_unset(tmp_path, columns):
    """Run in pipes, with no terminal to measure, unset means rich's 80 columns."""
    unset = run(tmp_path, "check", "47 members", COLUMNS="")
    assert unset.returncode == 0 and _widest(unset.stdout) == 80
    result = run(tmp_path, "check", "47 members", COLUMNS=columns)
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert result.stdout == unset.stdout


def test_a_sane_width_is_used(tmp_path):
    result = run(tmp_path, "check", "47 members", COLUMNS="120")
    assert result.returncode == 0 and _widest(result.stdout) == 120


@pytest.mark.parametrize("command", list(TABLES))
@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_an_output_that_cannot_show_unicode_gets_ascii_tables(tmp_path, command, encoding):
    result = run(tmp_path, *TABLES[command], COLUMNS="100", PYTHONIOENCODING=encoding)
    assert "Traceback" not in result.stderr, result.stderr[-500:]
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() and result.stdout.isascii()
    assert "\\u" not in result.stdout  # drawn, not escaped


def test_ascii_tables_keep_their_lines_and_symbols(tmp_path):
    result = run(tmp_path, "matrix", COLUMNS="100", PYTHONIOENCODING="ascii")
    lines = result.stdout.splitlines()
    table = [line for line in lines if line.startswith(("|", "+-", "+="))]
    assert len({len(line) for line in table}) == 1, "every row as wide as the border"
    assert "+ supports  x contradicts  . omits" in result.stdout


@pytest.mark.parametrize("output", ["--json", "--jsonl"])
def test_json_on_an_ascii_output_is_the_same_data(tmp_path, output):
    claim = "47 members \u201cquoted\u201d \u00e9 \u4e2d \U0001f600"
    wide = run(tmp_path, "check", claim, output)
    narrow = run(tmp_path, "check", claim, output, PYTHONIOENCODING="ascii")
    assert narrow.returncode == 0, narrow.stderr
    assert narrow.stdout.isascii()
    read = [json.loads(line) for line in narrow.stdout.splitlines()] if output == "--jsonl" else []
    if output == "--json":
        read = json.loads(narrow.stdout)
        assert read == json.loads(wide.stdout)
    else:
        assert read == [json.loads(line) for line in wide.stdout.splitlines()]


@pytest.mark.parametrize("output", ["csv", "markdown"])
def test_csv_and_markdown_on_an_ascii_output_never_fail(tmp_path, output):
    result = run(
        tmp_path, "check", "47 members \u4e2d", "--format", output, PYTHONIOENCODING="ascii"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.isascii() and "\\u4e2d" in result.stdout


def test_an_error_on_an_ascii_stderr_is_one_line(tmp_path):
    result = run(tmp_path, "check", "x", "--sources", "missing-\u4e2d", PYTHONIOENCODING="ascii")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert result.stderr.isascii() and "missing-\\u4e2d" in result.stderr


@pytest.mark.parametrize("command", list(TABLES))
def test_the_c_locale_draws_every_table(tmp_path, command):
    result = run(tmp_path, *TABLES[command], LC_ALL="C", LANG="C")
    assert "Traceback" not in result.stderr, result.stderr[-500:]
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


# ---------------------------------------------------------------- the matrix at 80 columns


def _corpus(tmp_path, count: int):
    folder = tmp_path / f"many{count}"
    folder.mkdir()
    for n in range(count):
        shutil.copy(SEEDS[n % len(SEEDS)], folder / f"source{n:02d}.txt")
    return folder


@pytest.mark.parametrize("count", [15, 30])
def test_the_matrix_at_80_columns_shows_every_source_and_claim(tmp_path, count):
    folder = _corpus(tmp_path, count)
    claims = ["47 members", "Nvidia is a member", "IBM launched it"]
    result = run(tmp_path, "matrix", *claims, "--sources", str(folder), COLUMNS="80")
    assert result.returncode == 0, result.stderr
    assert _widest(result.stdout) <= 80
    for n in range(count):
        assert f"source{n:02d}" in result.stdout  # each column's head
    marks = sum(result.stdout.count(symbol) for symbol in "\u2714\u2718\u00b7")
    assert marks == len(claims) * count + 3  # every verdict, and the legend's three
    assert result.stdout.count("47 members") >= 2 and " tables to fit 80 columns" in result.stdout
    assert result.stdout.count(" of ") >= len(claims)  # each claim's consensus


def test_the_matrix_layout_is_one_table_when_it_fits():
    results = api.disputed_first(api.check([api.query_claim("47 members", [])], []))
    assert layout_for(results, ["000", "001"], 100) == (False, [range(2)])
    under, groups = layout_for(results, [f"s{n:02d}" for n in range(30)], 80)
    assert under and [len(group) for group in groups] == [8, 8, 8, 6]
    assert layout_for(results, ["x" * 200], 80)[1] == [range(1)]  # one column still shown
    assert CLAIM_WIDTH >= 20
