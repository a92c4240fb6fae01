"""Run the `alliance` command as a user does, in a subprocess or in this process, and check
that an error is the one line the tool promises."""

from __future__ import annotations

import os
import select
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path
from subprocess import PIPE
from typing import Any, NamedTuple, NoReturn

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


def cli_environment(tmp_path: Path, **extra: str | None) -> dict[str, str]:
    """The environment a run gets: the tool's own variables and colour overrides cleared, a
    parse cache in `tmp_path`, 200 columns, and `extra` (a value of None unsets a variable)."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("ALLIANCE_")
        and key not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")
    }
    environment["ALLIANCE_CACHE_DIR"] = str(tmp_path / "cache")
    environment["COLUMNS"] = "200"
    environment.update(extra)
    return {name: value for name, value in environment.items() if value is not None}


def completed(
    cwd: Path, command: list[str], environment: dict[str, str], **streams: Any
) -> subprocess.CompletedProcess[bytes]:
    """`command` run to its end under the hang guard: stdin empty, stdout and stderr on pipes
    unless `streams` says otherwise (`stdout=`, `stderr=`, `preexec_fn=`)."""
    streams = {"stdin": subprocess.DEVNULL, "stdout": PIPE, "stderr": PIPE, **streams}
    try:
        return subprocess.run(
            command, cwd=cwd, env=environment, timeout=HANG_GUARD, check=False, **streams
        )
    except subprocess.TimeoutExpired:
        hung(tuple(command[1:]))


def run_raw(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None, **streams: Any
) -> subprocess.CompletedProcess[bytes]:
    """The installed `alliance` in a subprocess, its output as bytes; see `completed`."""
    environment = cli_environment(tmp_path, **(env or {}))
    return completed(tmp_path, [str(ALLIANCE), *args], environment, **streams)


def decoded(done: subprocess.CompletedProcess[bytes]) -> Run:
    return Run(
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def run(tmp_path: Path, *args: str, **env: str) -> Run:
    """The installed `alliance` in a subprocess, stdout and stderr on pipes."""
    return decoded(completed(tmp_path, [str(ALLIANCE), *args], cli_environment(tmp_path, **env)))


NOBODY = 65534  # the unprivileged user: this machine and CI run as root, which no permission stops

# Run as a child of root, this drops to NOBODY and runs the CLI. The interpreter's files, the
# virtual environment and the checkout may lie in folders NOBODY cannot search (/root, a private
# temporary folder): the child keeps a descriptor on each of those roots, opened while still
# root, and its imports go through /proc/self/fd, which it may read once it is marked dumpable.
_AS_NOBODY = f"""
import ctypes, os, sys
import alliance_cli
checkout = os.path.dirname(os.path.dirname(os.path.realpath(alliance_cli.__file__)))
roots = {{
    root: "/proc/self/fd/%d" % os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    for root in {{os.path.realpath(p) for p in (sys.base_prefix, sys.prefix, checkout)}}
}}
def moved(entry):
    real = os.path.realpath(entry) if entry else entry
    for root in sorted(roots, key=len, reverse=True):
        if real and (real == root or real.startswith(root + os.sep)):
            return roots[root] + real[len(root):]
    return entry
os.setgroups([])
os.setgid({NOBODY})
os.setuid({NOBODY})
ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)  # PR_SET_DUMPABLE
sys.path[:] = [moved(entry) for entry in sys.path]
for module in list(sys.modules.values()):
    if isinstance(getattr(module, "__path__", None), list):
        module.__path__[:] = [moved(entry) for entry in module.__path__]
sys.path_importer_cache.clear()
sys.argv = ["alliance", *sys.argv[1:]]
from alliance_cli.cli import main
main()
"""


def run_as_nobody(folder: Path, *args: str, **env: str) -> Run:
    """`alliance ARGS` as the unprivileged user NOBODY, in `folder` (which NOBODY must be able
    to enter), with HOME and the parse cache there."""
    environment = cli_environment(folder, **{"HOME": str(folder), **env})
    return decoded(completed(folder, [sys.executable, "-c", _AS_NOBODY, *args], environment))


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


def in_terminal(tmp_path: Path, *args: str, **env: str | None) -> tuple[int, str, str]:
    """Run `alliance` with stdout on a pseudo-terminal, and no pager unless `env` names one
    (PAGER=cat): (exit code, what the terminal received, stderr)."""
    leader, follower = os.openpty()
    with subprocess.Popen(
        [str(ALLIANCE), *args],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=cli_environment(tmp_path, **{"TERM": "xterm-256color", "PAGER": "cat", **env}),
    ) as child:
        os.close(follower)
        received = bytearray()
        deadline = time.monotonic() + HANG_GUARD
        while time.monotonic() < deadline:
            if not select.select([leader], [], [], 1)[0]:
                continue
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the child has closed the terminal
                break
            if not chunk:
                break
            received += chunk
        os.close(leader)
        stderr = child.stderr.read()
        returncode = child.wait(timeout=HANG_GUARD)
    return returncode, received.decode("utf-8", "replace"), stderr.decode("utf-8", "replace")


def hung(args: tuple[str, ...]) -> NoReturn:
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
