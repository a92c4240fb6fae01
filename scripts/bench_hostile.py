"""Time and peak memory of `alliance` on hostile input, each run in a child process whose peak
resident memory the OS reports (`wait4`'s ru_maxrss).

- a 19 MiB source of short lines ("A\\n" repeated): `check`, `sources`, and `check` and `sources`
  over two such files (one source is held at a time);
- 20 KB and 200 KB of spaces (and of tabs) without a line break: `check`, and `evaluate` with
  the same run as a pair's evidence; and the sentence splitter alone, in this process (the
  best of several runs), where the time of the run itself shows.

The goal: the 19 MiB file under 20 s and 600 MB; 200 KB of spaces at most 15 times the time of
20 KB. Figures depend on the machine and its load; the tests check results, never time.

    python scripts/bench_hostile.py
    python scripts/bench_hostile.py --mib 5          # a smaller file, for a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ALLIANCE = Path(sys.executable).parent / "alliance"
CLAIM = "The AI Alliance has 47 members"


def measured(folder: Path, *args: str) -> tuple[float, int, int]:
    """(seconds, peak resident memory in MB, exit code) of one `alliance` run. Linux counts a
    child's peak from its parent's at the fork, so this process stays small while it runs."""
    environment = {**os.environ, "ALLIANCE_CACHE_DIR": str(folder / "cache")}
    start = time.monotonic()
    with open(os.devnull, "wb") as sink:
        child = subprocess.Popen(
            [str(ALLIANCE), *args], stdout=sink, stderr=subprocess.PIPE, cwd=folder, env=environment
        )
        _, status, usage = os.wait4(child.pid, 0)
    seconds = time.monotonic() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        print(f"  alliance {args[0]} exit {child.returncode}: {child.stderr.read().decode()[:300]}")
    child.stderr.close()
    return seconds, usage.ru_maxrss // 1024, child.returncode


def show(label: str, figures: tuple[float, int, int]) -> None:
    seconds, peak, _ = figures
    print(f"{label:<58}{seconds:8.2f} s{peak:8d} MB", flush=True)


def split_time(text: str, repeat: int = 30) -> float:
    """The best of `repeat` runs of the sentence splitter on `text`, in seconds."""
    from alliance_cli.sentences import split_sentences

    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        split_sentences(text)
        best = min(best, time.perf_counter() - start)
    return best


def short_lines(folder: Path, mib: float) -> None:
    size = int(mib * 2**20)
    first, second = folder / "lines_a.txt", folder / "lines_b.txt"
    for path in (first, second):  # a MiB at a time: this process stays small (see `measured`)
        with path.open("wb") as out:
            for _ in range(size // 2**20):
                out.write(b"A\n" * 2**19)
    lines = f"{mib:g} MiB of 'A\\n'"
    show(f"check, {lines}", measured(folder, "check", CLAIM, "--json", "--sources", str(first)))
    show(f"sources, {lines}", measured(folder, "sources", "--sources", str(first)))
    both = ("--sources", str(first), "--sources", str(second))
    show(f"check, two files of {lines}", measured(folder, "check", CLAIM, "--json", *both))
    show(f"sources, two files of {lines}", measured(folder, "sources", *both))


def long_runs(folder: Path) -> dict[str, str]:
    """The runs through `alliance`; the runs themselves, by name, for `split_times`."""
    runs = {}
    for name, unit in (("spaces", " "), ("tabs", "\t")):
        for size in (20_000, 200_000):
            run = "x" + unit * size + "y"
            source = folder / f"{name}_{size}.txt"
            source.write_text(run)
            pairs = folder / f"{name}_{size}.jsonl"
            pairs.write_text(json.dumps({"claim": run, "evidence": run, "label": "SUPPORTS"}))
            kb = f"{size // 1000} KB of {name}"
            show(f"check, {kb}", measured(folder, "check", CLAIM, "--sources", str(source)))
            show(f"evaluate, {kb} as claim and evidence", measured(folder, "evaluate", str(pairs)))
            runs[kb] = run
    return runs


def split_times(runs: dict[str, str]) -> None:
    """The sentence splitter alone on each run, and the ratio of 200 KB to 20 KB."""
    times = {kb: split_time(run) for kb, run in runs.items()}
    for kb, seconds in times.items():
        print(f"{'split_sentences, ' + kb:<58}{seconds * 1000:8.2f} ms", flush=True)
    for name in ("spaces", "tabs"):
        ratio = times[f"200 KB of {name}"] / times[f"20 KB of {name}"]
        print(f"split_sentences, 200 KB / 20 KB of {name}: {ratio:.1f} times (goal: at most 15)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mib", type=int, default=19, help="size of the short-lines file")
    args = parser.parse_args(argv)
    print(f"{'run':<58}{'time':>10}{'peak':>10}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        short_lines(folder, args.mib)
        runs = long_runs(folder)
    split_times(runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
