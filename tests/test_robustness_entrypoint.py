"""The installed `alliance` given a folder, a FIFO or an unreadable file where a claims file or a
source should be: one line on stderr naming the path, exit 2, never a traceback or a hang."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from alliance_cli.claims import load_claims
from alliance_cli.cli import main
from alliance_cli.errors import InputError

ALLIANCE = Path(sys.executable).parent / "alliance"
VALID_CLAIMS = "claims:\n  - id: a\n    text: The AI Alliance has 47 members\n"


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("ALLIANCE_")
    }
    environment["ALLIANCE_CACHE_DIR"] = str(tmp_path / "cache")
    return subprocess.run(
        [str(ALLIANCE), *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        timeout=30,
        check=False,
    )


def _assert_one_line_error(result: subprocess.CompletedProcess[str], path: Path) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("alliance: error: ")
    assert str(path) in result.stderr
    assert result.stderr.count("\n") == 1


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
    _assert_one_line_error(_run(tmp_path, command, option, str(path)), path)


def _unreadable(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make `path` unreadable to the tool, as chmod 000 would for a user other than root."""
    real_access, real_read = os.access, Path.read_bytes

    def access(target, mode, *args, **kwargs):
        return False if Path(target) == path else real_access(target, mode, *args, **kwargs)

    def read_bytes(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)


def _main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str):
    """Run the console entry point in this process: (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["alliance", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    captured = capsys.readouterr()
    return stop.value.code, captured.out, captured.err


@pytest.mark.parametrize(
    ("command", "option", "suffix"),
    [
        ("claims", "--claims", ".yaml"),
        ("audit", "--claims", ".yaml"),
        ("sources", "--sources", ".txt"),
    ],
)
def test_an_unreadable_file_is_one_line_and_exit_2(
    tmp_path, monkeypatch, capsys, command, option, suffix
):
    path = tmp_path / f"input{suffix}"
    path.write_text(VALID_CLAIMS if suffix == ".yaml" else "The text.\n", encoding="utf-8")
    _unreadable(monkeypatch, path)
    code, out, err = _main(monkeypatch, capsys, command, option, str(path))
    assert (code, out) == (2, "")
    assert err.startswith("alliance: error: ") and str(path) in err and "readable" in err
    assert err.count("\n") == 1


def test_a_claims_file_made_unreadable_after_a_cached_run_is_an_error(tmp_path, monkeypatch):
    """The library refuses it too, though its parse is cached (the CLI checks before)."""
    monkeypatch.setenv("ALLIANCE_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "claims.yaml"
    path.write_text(VALID_CLAIMS, encoding="utf-8")
    load_claims(path)
    assert list((tmp_path / "cache").glob("*.json"))  # the parse was cached
    _unreadable(monkeypatch, path)
    with pytest.raises(InputError, match="cannot read file"):
        load_claims(path)
