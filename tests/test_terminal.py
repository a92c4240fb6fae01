"""The tool on a terminal: `--color` on every command, winning over NO_COLOR and FORCE_COLOR;
long output through a pager as git does (ALLIANCE_PAGER, PAGER, `less -FRX`; `--no-pager`;
never in a pipe); tables at 80 columns that never break a source id and give their columns
the width they need; help that never splits a word."""

from __future__ import annotations

import json
import re
import shutil
import stat

import pytest
from cli_run import in_terminal, run
from conftest import REPO, SEED_IDS

from alliance_cli.cli import app

SUMMIT = str(REPO / "tests" / "fixtures" / "summit")
SGR = re.compile(r"\x1b\[[0-9;]*m")
COLOUR = re.compile(r"\x1b\[[0-9;]*(?:3[0-7]|9[0-7])[0-9;]*m")  # a foreground colour

# A table of each command that prints one.
TABLES = {
    "check": ["check", "47 members"],
    "matrix": ["matrix", "47 members", "Nvidia is a member"],
    "conflicts": ["conflicts", "--sources", SUMMIT],
    "show": ["show", "004", "--claim", "47 members"],
    "sources": ["sources"],
    "claims": ["claims"],
    "audit": ["audit", "--sources", SUMMIT, "--claims", f"{SUMMIT}/claims.yaml"],
    "evaluate": ["evaluate", "{pairs}"],
}
PAIR = {"claim": "The AI Alliance has 47 members", "source": "004", "label": "SUPPORTS"}


@pytest.fixture
def tables(tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps(PAIR) + "\n", encoding="utf-8")
    return {name: [arg.format(pairs=pairs) for arg in args] for name, args in TABLES.items()}


# ---------------------------------------------------------------- --color


@pytest.mark.parametrize("command", list(TABLES))
def test_color_always_colours_even_with_no_color_and_in_a_pipe(runner, tables, command):
    result = runner.invoke(app, [*tables[command], "--color", "always"], env={"NO_COLOR": "1"})
    assert result.exit_code in (0, 1), result.output
    assert SGR.search(result.stdout)
    plain = runner.invoke(app, [*tables[command], "--color", "never"])
    assert SGR.sub("", result.stdout) == plain.stdout  # the same output, without colour


@pytest.mark.parametrize("command", list(TABLES))
def test_color_never_wins_over_force_color(runner, tables, command):
    result = runner.invoke(app, [*tables[command], "--color", "never"], env={"FORCE_COLOR": "1"})
    assert result.exit_code in (0, 1), result.output
    assert "\x1b" not in result.stdout
    forced = runner.invoke(app, tables[command], env={"FORCE_COLOR": "1"})
    assert SGR.search(forced.stdout)  # the control: FORCE_COLOR alone styles it


def test_color_auto_is_the_default(runner):
    args = ["check", "47 members"]
    for env in ({}, {"NO_COLOR": "1"}, {"FORCE_COLOR": "1"}):
        auto = runner.invoke(app, [*args, "--color", "auto"], env=env).stdout
        assert auto == runner.invoke(app, args, env=env).stdout


def test_color_never_on_a_terminal_and_always_on_a_dumb_one(tmp_path):
    code, written, _ = in_terminal(tmp_path, "check", "47 members", "--color", "never")
    assert code == 0 and "contradicts" in written and "\x1b" not in written
    code, written, _ = in_terminal(
        tmp_path, "check", "47 members", "--color", "always", TERM="dumb"
    )
    assert code == 0 and COLOUR.search(written)


def test_every_command_takes_color(runner, tmp_path):
    result = runner.invoke(app, ["report", "--html", str(tmp_path / "r.html"), "--color", "never"])
    assert result.exit_code == 0, result.output
    bad = runner.invoke(app, ["sources", "--color", "sometimes"])
    assert bad.exit_code == 2 and "--color" in bad.stderr


# ---------------------------------------------------------------- the pager


@pytest.fixture
def pager(tmp_path):
    """A stand-in pager: writes what it reads, and its arguments and LESS, to files."""
    script = tmp_path / "bin" / "pager"
    script.parent.mkdir()
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$*" > {tmp_path}/pager.args\n'
        f'printf "%s" "$LESS" > {tmp_path}/pager.less\n'
        f"cat > {tmp_path}/paged.txt\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def test_a_terminal_gets_long_output_through_the_pager(tmp_path, pager):
    code, written, _ = in_terminal(tmp_path, "check", "47 members", PAGER=f"{pager} -x")
    assert code == 0
    paged = (tmp_path / "paged.txt").read_text(encoding="utf-8")
    assert "members-47" in paged and "1 supports" in paged
    assert "members-47" not in written  # the pager shows it, not the tool
    assert COLOUR.search(paged)  # coloured as for the terminal itself
    assert (tmp_path / "pager.args").read_text() == "-x\n"
    assert (tmp_path / "pager.less").read_text() == "FRX"  # as git sets it


def test_alliance_pager_wins_over_pager(tmp_path, pager):
    code, _, _ = in_terminal(tmp_path, "sources", PAGER="false", ALLIANCE_PAGER=str(pager))
    assert code == 0 and SEED_IDS[0] in (tmp_path / "paged.txt").read_text(encoding="utf-8")


def test_no_pager_prints_to_the_terminal(tmp_path, pager):
    code, written, _ = in_terminal(tmp_path, "sources", "--no-pager", PAGER=str(pager))
    assert code == 0 and SEED_IDS[0] in written
    assert not (tmp_path / "paged.txt").exists()


@pytest.mark.parametrize("value", ["", "cat", "no-such-pager-here"])
def test_no_pager_when_it_is_empty_cat_or_not_installed(tmp_path, value):
    code, written, _ = in_terminal(tmp_path, "sources", PAGER="x", ALLIANCE_PAGER=value)
    assert code == 0 and SEED_IDS[0] in written


def test_never_a_pager_in_a_pipe(tmp_path, pager):
    result = run(tmp_path, "sources", PAGER=str(pager), ALLIANCE_PAGER=str(pager))
    assert result.returncode == 0 and SEED_IDS[0] in result.stdout
    assert not (tmp_path / "paged.txt").exists()


def test_the_pager_is_less_frx_when_none_is_set(tmp_path, pager):
    shutil.copy(pager, pager.parent / "less")
    path = f"{pager.parent}:/usr/bin:/bin"
    code, _, _ = in_terminal(tmp_path, "sources", PAGER=None, PATH=path)
    assert code == 0
    assert (tmp_path / "pager.args").read_text() == "-FRX\n"
    assert SEED_IDS[0] in (tmp_path / "paged.txt").read_text(encoding="utf-8")


def test_a_run_that_prints_nothing_starts_no_pager(tmp_path, pager):
    code, _, _ = in_terminal(tmp_path, "check", "47 members", "-q", PAGER=str(pager))
    assert code == 0 and not (tmp_path / "paged.txt").exists()


# ---------------------------------------------------------------- 80 columns


def _long_ids(tmp_path, count: int = 3):
    folder = tmp_path / "outlets"
    folder.mkdir()
    ids = [f"outlet_{n:02d}_with_a_long_file_name" for n in range(count)]
    for n, name in enumerate(ids):
        (folder / f"{name}.txt").write_text(
            f"Widget News\n\nThe Widget Coalition has {45 + n} members.\n", encoding="utf-8"
        )
    return folder, ids


def test_source_ids_are_never_broken_at_80_columns(runner, tmp_path):
    folder, ids = _long_ids(tmp_path, 15)
    claim = "The Widget Coalition has 46 members"
    for args in (
        ["check", "47 members"],
        ["check", claim, "--sources", str(folder)],
        ["check", claim, "--sources", str(folder), "--explain"],
        ["matrix", claim, "--sources", str(folder)],
        ["sources", "--sources", str(folder)],
        ["conflicts", "--sources", str(folder)],
    ):
        out = runner.invoke(app, args, env={"COLUMNS": "80"}).stdout
        assert max(map(len, out.splitlines())) <= 80
        for name in SEED_IDS if "--sources" not in args else ids:
            assert name in out, (args, name)


def test_the_matrix_gives_the_consensus_its_width_at_80_columns(runner, tmp_path):
    folder, _ = _long_ids(tmp_path, 15)
    out = runner.invoke(
        app, ["matrix", "The Widget Coalition has 46 members", "--sources", str(folder)],
        env={"COLUMNS": "80"},
    ).stdout  # fmt: skip
    tables = out.count("\nsources ")
    assert tables > 1 and out.count("14 of 15 contradict, 1 supports\n") == 0
    assert out.count("14 of 15 contradict, 1 supports ") == tables  # whole, in every table


def test_the_claims_table_gives_the_claim_the_room_at_80_columns(runner):
    out = runner.invoke(app, ["claims"], env={"COLUMNS": "80"}).stdout
    header = next(line for line in out.splitlines() if "Claim" in line and "Tags" in line)
    cells = header.split("\u2503")
    assert len(cells[2]) >= 30 and len(cells[3]) <= 12  # the claim wide, the tags one a line
    assert "lecun-ibm-chief-ai-scientist" in out and "paraphrase" in out


HELPS = [
    [],
    ["check"],
    ["matrix"],
    ["conflicts"],
    ["show"],
    ["report"],
    ["sources"],
    ["claims"],
    ["audit"],
    ["evaluate"],
]


@pytest.mark.parametrize("command", HELPS, ids=lambda c: " ".join(c) or "alliance")
@pytest.mark.parametrize("columns", ["80", "120"])
def test_help_never_splits_a_word(runner, command, columns):
    """Every word of every option's help and metavar is shown whole."""
    import typer.main

    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": columns})
    assert result.exit_code == 0
    shown = set(re.sub(r"[\u2500-\u257f]", " ", result.stdout).split())
    group = typer.main.get_command(app)
    command_object = group.commands[command[0]] if command else group
    for param in command_object.params:
        words = (getattr(param, "help", None) or "").replace("\\[", "[").split()
        words += (param.metavar or "").split()
        for word in words:
            assert word in shown, (command, param.name, word)


def test_help_examples_are_one_a_line(runner):
    out = runner.invoke(app, ["check", "--help"]).stdout
    lines = out.splitlines()
    first = next(i for i, line in enumerate(lines) if "$ alliance check" in line)
    assert "$ alliance check" in lines[first + 1]


def test_the_top_level_help_lists_the_environment(runner):
    out = runner.invoke(app, ["--help"]).stdout
    for name in ("ALLIANCE_SOURCES", "ALLIANCE_CLAIMS", "ALLIANCE_PAGER", "PAGER", "NO_COLOR"):
        assert name in out
    assert "FORCE_COLOR" in out and "ALLIANCE_CACHE_DIR" in out


def test_one_misjudged_pair_is_said_in_the_singular(runner, tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({**PAIR, "label": "REFUTES"}) + "\n", encoding="utf-8")
    out = runner.invoke(app, ["evaluate", str(pairs), "--errors", "5"]).stdout
    assert "1 misjudged pair\n" in out.replace(" \n", "\n") or "1 misjudged pair " in out
    assert "1 misjudged pairs" not in out
