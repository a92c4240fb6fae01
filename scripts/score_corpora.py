"""Score the verdict engine on fresh-news corpora: accuracy and precision/recall per verdict.

A corpus is a folder of sources (`s1.txt` ... `s5.txt`) and a `claims.yaml` whose claims give
the adjudicated label per source: `expect: {s1: supports, s2: "contradicts|omits", ...}`, where
"a|b" means either label is right. Every claim is checked as written against the corpus's own
sources; the labels are read only to score the verdicts.

    python scripts/score_corpora.py tests/fixtures/news            # a folder of corpora
    python scripts/score_corpora.py tests/fixtures/news/final --errors   # one, with its misses
    python scripts/score_corpora.py tests/fixtures/news --json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

from alliance_cli import api
from alliance_cli.model import Claim

VERDICTS = ("supports", "contradicts", "omits")


def corpora(root: Path) -> list[Path]:
    """`root` if it is a corpus, else the corpora in it, by name."""
    if (root / "claims.yaml").is_file():
        return [root]
    return sorted(p for p in root.iterdir() if (p / "claims.yaml").is_file())


def score_corpus(folder: Path) -> list[dict[str, object]]:
    """One row per claim and source: the claim, the source, the acceptable labels, the verdict."""
    sources = api.load_sources(sorted(folder.glob("*.txt")))
    claims = yaml.safe_load((folder / "claims.yaml").read_text(encoding="utf-8"))["claims"]
    rows = []
    for claim in claims:
        result = api.check_claim(Claim(claim["text"]), sources)
        for verdict in result.verdicts:
            gold = str(claim["expect"][verdict.source]).split("|")
            rows.append(
                {
                    "corpus": folder.name,
                    "claim": claim["id"],
                    "text": claim["text"],
                    "source": verdict.source,
                    "gold": gold,
                    "verdict": verdict.stance.value,
                    "reason": verdict.reason,
                    "evidence": verdict.evidence.sentence if verdict.evidence else None,
                }
            )
    return rows


def figures(rows: list[dict[str, object]]) -> dict[str, object]:
    """Accuracy (a verdict among the acceptable labels is right) and, per verdict, precision
    (of the times it was said, how often it was acceptable) and recall (of the pairs whose
    only label it is, how often it was said)."""
    said = Counter(row["verdict"] for row in rows)
    right = Counter(row["verdict"] for row in rows if row["verdict"] in row["gold"])
    only = Counter(row["gold"][0] for row in rows if len(row["gold"]) == 1)
    found = Counter(
        row["verdict"] for row in rows if len(row["gold"]) == 1 and row["verdict"] == row["gold"][0]
    )
    per = {
        verdict: {
            "precision": round(right[verdict] / said[verdict], 3) if said[verdict] else None,
            "recall": round(found[verdict] / only[verdict], 3) if only[verdict] else None,
            "predicted": said[verdict],
            "right": right[verdict],
            "labelled": only[verdict],
        }
        for verdict in VERDICTS
    }
    accuracy = sum(right.values()) / len(rows) if rows else 0.0
    return {"pairs": len(rows), "accuracy": round(accuracy, 3), "per_verdict": per}


def _line(name: str, scores: dict[str, object]) -> str:
    per = scores["per_verdict"]

    def cell(verdict: str) -> str:
        p, r = per[verdict]["precision"], per[verdict]["recall"]
        shown = "  -  " if p is None else f"{p:.2f}"
        return f"{shown} / {r:.2f} ({per[verdict]['predicted']:3d})"

    return f"{name:<14} {scores['pairs']:5d}  {scores['accuracy']:.3f}   " + "   ".join(
        cell(v) for v in VERDICTS
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="corpora, or folders of corpora")
    parser.add_argument("--errors", action="store_true", help="list every misjudged pair")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    found = [corpus for folder in args.folders for corpus in corpora(folder)]
    if not found:
        print("score_corpora: no corpus (a folder with claims.yaml) found", file=sys.stderr)
        return 2
    table = {corpus.name: score_corpus(corpus) for corpus in found}
    every = [row for rows in table.values() for row in rows]
    if args.json:
        scores = {name: figures(rows) for name, rows in table.items()}
        print(json.dumps({"corpora": scores, "all": figures(every)}, indent=2))
        return 0
    print(
        f"{'corpus':<14} {'pairs':>5}  accuracy  "
        + "   ".join(
            f"{v:<20}" for v in ("supports P / R (n)", "contradicts P / R (n)", "omits P / R (n)")
        )
    )
    for name, rows in table.items():
        print(_line(name, figures(rows)))
    if len(table) > 1:
        print(_line("all", figures(every)))
    if args.errors:
        for row in every:
            if row["verdict"] not in row["gold"]:
                print(
                    f"\n{row['corpus']}/{row['claim']} {row['source']}: said {row['verdict']}, "
                    f"labelled {'|'.join(row['gold'])}\n  claim: {row['text']}\n"
                    f"  evidence: {row['evidence']}\n  reason: {row['reason']}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
