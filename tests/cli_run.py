"""Run the `alliance` command as a user does, in a subprocess or in this process, and check
that an error is the one line the tool promises."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from alliance_cli.cli import main

ALLIANCE = Path(sys.executable).parent / "alliance"
# A hang guard, not a speed test: no healthy run comes near it on a slow, busy machine. No test
# passes or fails on how long a run takes; scripts/ measures speed.
HANG_GUARD = 600.0


class Run(NamedTuple):
    returncode: int
    stdout: str
    stderr: str
    peak_kb: int = 0


def cli_environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("ALLIANCE_")
        and key not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")
    }
    environment["ALLIANCE_CACHE_DIR"] = str(tmp_path / "cache")
    environment["COLUMNS"] = "200"
    environment.update(extra)
    return environment


def run(tmp_path: Path, *args: str, **env: str) -> Run:
    """The installed `alliance` in a subprocess, stdout and stderr on pipes."""
    try:
        done = subprocess.run(
            [str(ALLIANCE), *args],
            capture_output=True,
            cwd=tmp_path,
            env=cli_environment(tmp_path, **env),
            timeout=HANG_GUARD,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired:
        hung(args)
    return Run(
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


# Linux counts a forked child's peak memory from its parent's (a pytest worker's hundreds of
# MB), so the measured run is the grandchild of a small launcher, which reports its peak.
_LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
with open(sys.argv[1], "w") as report:
    report.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}")
"""


def run_measured(tmp_path: Path, *args: str, **env: str) -> Run:
    """Like `run`, with the run's peak resident memory as the OS measured it."""
    out_path, err_path = tmp_path / "measured.out", tmp_path / "measured.err"
    report = tmp_path / "measured.peak"
    command = [sys.executable, "-c", _LAUNCHER, str(report), str(ALLIANCE), *args]
    with out_path.open("wb") as out, err_path.open("wb") as err:
        launcher = subprocess.Popen(
            command,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            cwd=tmp_path,
            env=cli_environment(tmp_path, **env),
            start_new_session=True,
        )
        try:
            launcher.wait(timeout=HANG_GUARD)
        except subprocess.TimeoutExpired:
            os.killpg(launcher.pid, signal.SIGKILL)
            launcher.wait()
            hung(args)
    returncode, peak_kb = map(int, report.read_text().split())
    return Run(
        returncode,
        out_path.read_bytes().decode("utf-8", "replace"),
        err_path.read_bytes().decode("utf-8", "replace"),
        peak_kb,
    )


def hung(args: tuple[str, ...]) -> None:
    pytest.fail(f"hang guard: alliance {shown_args(args)} still running after {HANG_GUARD:g} s")


def shown_args(args: tuple[str, ...]) -> str:
    shown = " ".join(shlex.quote(arg) for arg in args)
    return shown if len(shown) <= 120 else shown[:117] + "..."


def in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> Run:
    """The console entry point `alliance_cli.cli.main` run in this process."""
    monkeypatch.setattr(sys, "argv", ["alliance", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    captured = capsys.readouterr()
    code = stop.value.code
    return Run(code if isinstance(code, int) else (0 if code is None else 1), *captured)


def assert_one_line_error(result: Run, *needles: str) -> str:
    """Exit 2, nothing on stdout, exactly one line on stderr: `alliance: error: ...` holding
    every needle (the file, the line, the value at fault)."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, (result.returncode, result.stderr[:500])
    assert result.stdout == "", result.stdout[:500]
    assert result.stderr.endswith("\n") and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("alliance: error: "), result.stderr
    for needle in needles:
        assert needle in result.stderr, (needle, result.stderr)
    return result.stderr
