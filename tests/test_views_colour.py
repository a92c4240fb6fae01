"""Every view reads the same without colour: its output with NO_COLOR is its coloured output
with the colour codes taken out."""

from __future__ import annotations

import re

import pytest
from conftest import REPO

from alliance_cli.cli import app

SUMMIT = str(REPO / "tests" / "fixtures" / "summit")
ANSI = re.compile(r"\x1b\[[0-9;]*m")

VIEWS = [
    ["check", "47 members", "Nvidia is a member"],
    ["matrix"],
    ["matrix", "--sources", SUMMIT, "--claims", f"{SUMMIT}/claims.yaml"],
    ["conflicts"],
    ["conflicts", "--sources", SUMMIT],
    ["show", "004", "--claim", "47 members", "--claim", "Nvidia is a member"],
    ["sources"],
]


@pytest.mark.parametrize("args", VIEWS, ids=lambda args: " ".join(args[:2]))
def test_no_color_is_the_coloured_output_without_its_codes(runner, args):
    coloured = runner.invoke(app, args, env={"FORCE_COLOR": "1", "COLUMNS": "100"})
    plain = runner.invoke(app, args, env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert coloured.exit_code == plain.exit_code == 0, coloured.output + plain.output
    assert ANSI.search(coloured.stdout), "the coloured run should hold style codes"
    assert "\x1b" not in plain.stdout
    assert ANSI.sub("", coloured.stdout) == plain.stdout
