"""Start-up benchmark: the median wall time of `alliance check "47 members" --json` against the
import floor of the tool's own dependencies (`python -c "import typer, rapidfuzz"`).

Runs alternate, one of each per round, so both see the same machine load. Measure on a regular
install (`pip install .`): an editable install without compiled bytecode is slower to import.

    python scripts/bench_startup.py [--rounds 31]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=31)
    args = parser.parse_args()
    beside = Path(sys.executable).parent / "alliance"
    alliance = str(beside) if beside.exists() else shutil.which("alliance")
    if alliance is None:
        sys.exit("bench_startup: no `alliance` command found; pip install . first")
    tool = [alliance, "check", "47 members", "--json"]
    floor = [sys.executable, "-c", "import typer, rapidfuzz"]
    _time(tool), _time(floor)  # warm the file cache and the claims cache
    tool_times, floor_times = [], []
    for _ in range(args.rounds):
        tool_times.append(_time(tool))
        floor_times.append(_time(floor))
    tool_median, floor_median = statistics.median(tool_times), statistics.median(floor_times)
    print(
        f'alliance check "47 members" --json : median {tool_median * 1000:.1f} ms over {args.rounds} runs'
    )
    print(
        f'python -c "import typer, rapidfuzz" : median {floor_median * 1000:.1f} ms over {args.rounds} runs'
    )
    print(f"ratio {tool_median / floor_median:.2f} (goal: at most 1.30)")


if __name__ == "__main__":
    main()
