"""The progress bar: on stderr, only when stderr is a terminal, only once a run has taken over
a second; pipes and tests never see it."""

from __future__ import annotations

import io

from alliance_cli.cli import app
from alliance_cli.report.progress import track


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self, *times: float) -> None:
        self.times = list(times)

    def __call__(self) -> float:
        return self.times.pop(0) if len(self.times) > 1 else self.times[0]


def test_nothing_on_a_pipe():
    stream = io.StringIO()
    items = list(track(range(3), 3, "Checking", stream, clock=Clock(0, 5, 10, 15)))
    assert items == [0, 1, 2]
    assert stream.getvalue() == ""


def test_nothing_on_a_terminal_for_a_short_run():
    stream = Terminal()
    assert list(track(range(3), 3, "Checking", stream, clock=Clock(0, 0.2, 0.4, 0.9))) == [0, 1, 2]
    assert stream.getvalue() == ""


def test_a_bar_on_a_terminal_after_a_second():
    stream = Terminal()
    items = list(track(range(4), 4, "Checking claims", stream, clock=Clock(0, 0.5, 1.5, 2, 3)))
    assert items == [0, 1, 2, 3]
    assert "Checking claims" in stream.getvalue()


def test_the_cli_writes_nothing_to_a_non_terminal_stderr(runner):
    result = runner.invoke(app, ["check", "47 members", "Nvidia is a member", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
