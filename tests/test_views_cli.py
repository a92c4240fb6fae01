"""`--version`, shell completion, and start-up: the machine-readable outputs of every view
never import rich."""

from __future__ import annotations

import subprocess
import sys
import tomllib

from cli_run import HANG_GUARD
from conftest import REPO

from alliance_cli import __version__
from alliance_cli.cli import app


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"alliance {__version__}\n"
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__


def test_shell_completion_is_offered(runner):
    result = runner.invoke(app, ["--help"])
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout


def test_the_views_are_listed_in_the_help(runner):
    result = runner.invoke(app, ["--help"])
    for command in ("matrix", "conflicts", "show", "report"):
        assert command in result.stdout


def test_machine_readable_outputs_do_not_import_rich():
    runs = [
        ["check", "47 members", "--json"],
        ["check", "47 members", "--format", "jsonl"],
        ["check", "47 members", "--format", "csv"],
        ["check", "47 members", "--format", "markdown"],
        ["matrix", "47 members", "--format", "json"],
        ["matrix", "47 members", "--format", "csv"],
        ["matrix", "47 members", "--format", "markdown"],
        ["conflicts", "--json"],
        ["show", "004", "--json"],
    ]
    script = (
        "import sys\n"
        "from alliance_cli.cli import app\n"
        f"for args in {runs!r}:\n"
        "    app(args, standalone_mode=False)\n"
        "    assert 'rich' not in sys.modules, args\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
        check=False,
    )
    assert result.returncode == 0, result.stderr
