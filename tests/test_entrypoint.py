"""The installed `alliance` console script, run as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import HANG_GUARD
from conftest import REPO, VERDICTS_47_MEMBERS

ALLIANCE = Path(sys.executable).parent / "alliance"


def run(
    *args: str, command: tuple[str, ...] = (str(ALLIANCE),)
) -> subprocess.CompletedProcess[str]:
    environment = {  # the test's own parse cache (see conftest), never the user's
        key: value
        for key, value in os.environ.items()
        if key == "ALLIANCE_CACHE_DIR"
        or (not key.startswith("ALLIANCE_") and key not in ("FORCE_COLOR", "NO_COLOR"))
    }

    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env=environment,
        timeout=HANG_GUARD,
        check=False,
    )


def test_console_script_is_installed():
    assert ALLIANCE.is_file()
    assert os.access(ALLIANCE, os.X_OK)


def test_check_json_holds_the_required_verdicts():
    result = run("check", "47 members", "--json")
    assert result.returncode == 0, result.stderr
    (element,) = json.loads(result.stdout)
    assert element["id"] == "members-47"
    got = {v["source"][:3]: v["verdict"] for v in element["verdicts"]}
    assert got == VERDICTS_47_MEMBERS
    assert result.stderr == ""


@pytest.mark.parametrize(
    "args",
    [("check", "47 members", "--bogus"), ("check",), ("bogus",), ("sources", "--json", "extra")],
    ids=["unknown-option", "no-claim", "unknown-command", "extra-argument"],
)
def test_usage_error_is_one_line_and_exit_2(args):
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("alliance: error: ")
    assert "Traceback" not in result.stderr + result.stdout


def test_missing_sources_path_is_one_line_naming_it(tmp_path):
    missing = tmp_path / "no-such-folder"
    result = run("check", "47 members", "--sources", str(missing))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("alliance: error: ")
    assert str(missing) in lines[0]
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout == ""


def test_bad_claims_file_is_one_line_naming_file_and_line(tmp_path):
    path = tmp_path / "claims.yaml"
    path.write_text("claims:\n  - id: a\n    text: A claim\n    colour: red\n", encoding="utf-8")
    result = run("audit", "--claims", str(path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [result.stderr.strip()]
    assert f"{path}:4:" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_arguments_gives_no_empty_error_message():
    """Run bare, the tool shows its usage; any error line it prints must say something."""
    result = run()
    assert "Usage" in result.stdout + result.stderr
    for line in result.stderr.splitlines():
        if line.startswith("alliance: error:"):
            message = line.removeprefix("alliance: error:").split("(see")[0]
            assert message.strip(), line


def test_output_piped_has_no_escape_codes():
    result = run("check", "47 members")
    assert result.returncode == 0
    assert "\x1b[" not in result.stdout


def test_audit_exits_0_on_the_bundled_claims():
    result = run("audit")
    assert result.returncode == 0, result.stdout + result.stderr


def test_python_dash_m_runs_the_tool():
    result = run("sources", "--json", command=(sys.executable, "-m", "alliance_cli"))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5
