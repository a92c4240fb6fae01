"""Conflicts benchmark: the time `conflicts` takes on a corpus of N articles (the fixtures'
news folders, seeds and summit, copied round until there are N), in two parts: reading every
source once into what it states and grouping it (`names=0`: no membership claim checked),
then the whole run, whose membership claims the judge checks against every source.

    python scripts/bench_conflicts.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from alliance_cli import api

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [*sorted((ROOT / "tests" / "fixtures" / "news").glob("*/")), ROOT / "seeds"]
FOLDERS.append(ROOT / "tests" / "fixtures" / "summit")


def corpus(folder: Path, articles: int) -> None:
    files = [path for where in FOLDERS for path in sorted(where.glob("*.txt"))]
    for i in range(articles):
        shutil.copy(files[i % len(files)], folder / f"a{i:05d}_{files[i % len(files)].name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus(Path(folder), args.articles)
        sources = api.load_sources([Path(folder)])
        start = time.perf_counter()
        stated = api.conflicts(sources, names=0)
        read = time.perf_counter() - start
        start = time.perf_counter()
        found = api.conflicts(sources)
        whole = time.perf_counter() - start
    print(f"{len(sources)} articles")
    print(f"read once and grouped (no membership claims): {read:.1f} s")
    print(f"the whole of conflicts: {whole:.1f} s")
    print(
        f"found: {len(found.counts)} disputed figures, {len(found.memberships)} memberships, "
        f"{len(stated.others)} disagreements about events"
    )


if __name__ == "__main__":
    main()
