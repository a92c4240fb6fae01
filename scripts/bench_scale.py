"""Measure `alliance` on deterministic news-like corpora of 1,000 and 10,000 articles (and
100,000 with --large): cold index time and peak memory (one process and every core), warm
`check` of one claim, `check --all`, `conflicts`, and the same without the index where that
finishes in reasonable time; print a table and draw time against corpus size, log-log, in
docs/scaling.png (matplotlib: the benchmark's own dependency, never the tool's).

Articles are made from the sentences of the repository's fixtures (the bundled seeds, the
test fixtures) and, when the folder exists beside the repository, of ../shared/eval/*.jsonl
(evaluation sets, never shipped): each a headline, a dateline and 18 to 34 sentences, one
article in twenty carrying a few sentences about the AI Alliance.

    python scripts/bench_scale.py               # 1k and 10k
    python scripts/bench_scale.py --large       # and 100k
    python scripts/bench_scale.py --sizes 1000 --skip-scan
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"  # ../shared/eval, as the issue names it (--eval DIR)
CITIES = ["LONDON", "NEW YORK", "PARIS", "TOKYO", "NAIROBI", "LIMA", "OSLO", "DELHI"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct."]


def _sentences(text: str) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from alliance_cli.sentences import Sentences

    return [s.text for s in Sentences(text) if 40 <= len(s.text) <= 400 and "\n" not in s.text]


def pools() -> tuple[list[str], list[str]]:
    """The sentences about the Alliance (the seeds), and the rest."""
    alliance = sorted(
        {s for p in sorted((ROOT / "seeds").glob("*.txt")) for s in _sentences(p.read_text())}
    )
    other: set[str] = set()
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.txt")):
        other.update(_sentences(path.read_text(errors="replace")))
    if EVAL.is_dir():
        for path in sorted(EVAL.glob("*.jsonl")):
            for line in path.read_text().splitlines():
                with_evidence = json.loads(line).get("evidence") or ""
                other.update(_sentences(with_evidence))
    return alliance, sorted(other)


def make_corpus(folder: Path, count: int, alliance: list[str], other: list[str]) -> None:
    """`count` articles in `folder`, the same every time."""
    if folder.is_dir() and len(list(folder.iterdir())) == count:
        return
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rng = random.Random(count)
    for n in range(count):
        body = rng.sample(other, rng.randint(18, 34))
        if n % 20 == 0:
            for sentence in rng.sample(alliance, 3):
                body.insert(rng.randrange(len(body)), sentence)
        headline = " ".join(rng.choice(other).rstrip(".").split()[:9])
        date = f"{rng.choice(CITIES)}, {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2025)} \u2014 "
        text = f"{headline}\n\n{date}" + "\n\n".join(
            " ".join(body[i : i + 4]) for i in range(0, len(body), 4)
        )
        (folder / f"a{n:06d}.txt").write_text(text + "\n")
