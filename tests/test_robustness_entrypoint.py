"""The installed `alliance` given a folder, a FIFO or an unreadable file where a claims file or a
source should be: one line on stderr naming the path, exit 2, never a traceback or a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli_run import assert_one_line_error, in_process, run

from alliance_cli.claims import load_claims
from alliance_cli.errors import InputError

VALID_CLAIMS = "claims:\n  - id: a\n    text: The AI Alliance has 47 members\n"


def _make(tmp_path: Path, kind: str, suffix: str) -> Path:
    path = tmp_path / f"input{suffix}"
    if kind == "folder":
        path.mkdir()
    else:
        os.mkfifo(path)
    return path


@pytest.mark.parametrize("kind", ["folder", "fifo"])
@pytest.mark.parametrize(
    ("command", "option", "suffix"),
    [
        ("claims", "--claims", ".yaml"),
        ("audit", "--claims", ".yaml"),
        ("sources", "--sources", ".txt"),
    ],
)
def test_unusable_input_is_one_line_and_exit_2(tmp_path, kind, command, option, suffix):
    path = _make(tmp_path, kind, suffix)
    assert_one_line_error(run(tmp_path, command, option, str(path)), str(path))


@pytest.mark.parametrize(
    ("command", "option", "suffix"),
    [
        ("claims", "--claims", ".yaml"),
        ("audit", "--claims", ".yaml"),
        ("sources", "--sources", ".txt"),
    ],
)
def test_an_unreadable_file_is_one_line_and_exit_2(
    tmp_path, monkeypatch, capsys, make_unreadable, command, option, suffix
):
    path = tmp_path / f"input{suffix}"
    path.write_text(VALID_CLAIMS if suffix == ".yaml" else "The text.\n", encoding="utf-8")
    make_unreadable(path)
    result = in_process(monkeypatch, capsys, command, option, str(path))
    assert "readable" in assert_one_line_error(result, str(path))


def test_a_claims_file_made_unreadable_after_a_cached_run_is_an_error(
    tmp_path, monkeypatch, make_unreadable
):
    """The library refuses it too, though its parse is cached (the CLI checks before)."""
    monkeypatch.setenv("ALLIANCE_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "claims.yaml"
    path.write_text(VALID_CLAIMS, encoding="utf-8")
    load_claims(path)
    assert list((tmp_path / "cache").glob("*.json"))  # the parse was cached
    make_unreadable(path)
    with pytest.raises(InputError, match="cannot read file"):
        load_claims(path)
