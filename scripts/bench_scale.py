"""Measure `alliance` on deterministic news-like corpora of 1,000 and 10,000 articles (and
100,000 with --large): cold index time and peak memory (one process and every core), warm
`check` of one claim, `check --all`, `conflicts`, and the same without the index where that
finishes in reasonable time; print a table and draw time against corpus size, log-log, in
docs/scaling.png (matplotlib: the benchmark's own dependency, never the tool's).

Articles are news-like and mostly about other things, as in an archive: each has a headline, a
dateline and 18 to 34 sentences on one of eight everyday topics (weather, sport, markets,
local councils, farming, transport, arts, science), made from templates with people, places
and figures drawn at random (a few hundred thousand distinct sentences). One article in ten
also carries three sentences of the repository's test fixtures and, when the folder exists
beside the repository, of ../shared/eval/*.jsonl (other stories' memberships, counts and
dates), and one in twenty three sentences of the bundled seeds about the AI Alliance.

    python scripts/bench_scale.py               # 1k and 10k
    python scripts/bench_scale.py --large       # and 100k
    python scripts/bench_scale.py --sizes 1000 --scan-up-to 0 --eval ../shared/eval
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"  # ../shared/eval, as the issue names it (--eval DIR)
CITIES = ["LONDON", "NEW YORK", "PARIS", "TOKYO", "NAIROBI", "LIMA", "OSLO", "DELHI"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct."]


def _sentences(text: str) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from alliance_cli.sentences import Sentences

    return [s.text for s in Sentences(text) if 40 <= len(s.text) <= 400 and "\n" not in s.text]


def pools(evaluation: Path) -> tuple[list[str], list[str]]:
    """The sentences about the Alliance (the seeds), and the rest."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    alliance = sorted({s for path in seeds for s in _sentences(path.read_text())})
    other: set[str] = set()
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.txt")):
        other.update(_sentences(path.read_text(errors="replace")))
    for path in sorted(evaluation.glob("*.jsonl")) if evaluation.is_dir() else ():
        for line in path.read_text().splitlines():
            other.update(_sentences(json.loads(line).get("evidence") or ""))
    return alliance, sorted(other)


FIRST = [
    "Ana",
    "Ben",
    "Chloe",
    "Dev",
    "Elena",
    "Farid",
    "Grace",
    "Hugo",
    "Ines",
    "Jonas",
    "Kemi",
    "Liam",
    "Mei",
    "Nora",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sami",
    "Tomas",
]
LAST = [
    "Abara",
    "Brandt",
    "Castillo",
    "Dunmore",
    "Eklund",
    "Farrow",
    "Gallo",
    "Haddad",
    "Ibsen",
    "Jovanovic",
    "Kowal",
    "Lindqvist",
    "Moreau",
    "Nakata",
    "Okafor",
    "Pereira",
]
PLACES = [
    "Ashford",
    "Bramwell",
    "Carrick",
    "Dunmere",
    "Eastleigh",
    "Fenwick",
    "Glenrow",
    "Harlow Cross",
    "Inverby",
    "Kelso Bay",
    "Larkhill",
    "Marston",
    "Northby",
    "Oakridge",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = {
    "weather": [
        "Heavy rain fell across {place} on {day}, and {n} roads near the river were closed.",
        "Forecasters expect a {mood} weekend, with temperatures near {n} degrees in {place}.",
        "The wind brought down {n} trees along the coast road north of {place}.",
        "{person}, who runs the weather station in {place}, said it was the wettest {month} in years.",
    ],
    "sport": [
        "{place} beat {other} {n}-{m} on {day} in front of a crowd of {big}.",
        "{person} scored twice in the second half as {place} moved up to {n}th in the table.",
        "The coach of {place}, {person}, said the squad had trained hard since {month}.",
        "Tickets for the final against {other} sold out within {n} hours.",
    ],
    "markets": [
        "Shares in {place} Foods rose {n} percent on {day} after a strong quarter.",
        "The price of wheat fell for a {nth} week as the harvest came in early.",
        "{person}, an analyst in {place}, expects interest rates to stay at {n} percent until {month}.",
        "Retail sales in {place} were {n} percent higher than a year earlier.",
    ],
    "council": [
        "The {place} council voted {n} to {m} on {day} to rebuild the old library.",
        "Its members agreed to spend {big} pounds on repairs to the town hall.",
        "{person}, the council leader, said the new bus lane would open in {month}.",
        "Residents of {place} complained about the noise from the building site.",
    ],
    "farming": [
        "Farmers around {place} began the barley harvest {n} days earlier than usual.",
        "{person} keeps {big} sheep on the hills above {place}.",
        "The dry spell in {month} cut the yield of potatoes by a {fraction}.",
        "A new cooperative in {place} will sell milk directly to schools.",
    ],
    "transport": [
        "Trains between {place} and {other} were delayed by up to {n} minutes on {day}.",
        "The new bridge at {place} will carry {big} cars a day when it opens in {month}.",
        "{person}, who drives the night bus, said the route had never been busier.",
        "Roadworks on the ring road around {place} will last another {n} weeks.",
    ],
    "arts": [
        "The {place} theatre opens its season on {day} with a new play by {person}.",
        "An exhibition of {n} paintings from the harbour opened in {place} in {month}.",
        "{person} won the poetry prize for a collection about growing up in {place}.",
        "The choir from {other} sang to a full hall of {big} people.",
    ],
    "science": [
        "Researchers in {place} found {n} new species of beetle in the wetlands.",
        "{person} and colleagues measured the glacier's retreat over {n} years.",
        "The observatory above {place} recorded a meteor shower on {day} night.",
        "A study of {big} gardens found that bees prefer native flowers.",
    ],
}  # fmt: skip
MOODS = ["dry", "mild", "windy", "cold", "bright", "wet"]


def _sentence(rng: random.Random, template: str) -> str:
    place, other = rng.sample(PLACES, 2)
    return template.format(
        place=place,
        other=other,
        person=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        day=rng.choice(DAYS),
        month=rng.choice(["January", "March", "May", "July", "September", "November"]),
        mood=rng.choice(MOODS),
        n=rng.randint(2, 19),
        m=rng.randint(0, 9),
        nth=rng.choice(["second", "third", "fourth"]),
        big=f"{rng.randint(2, 90) * 100:,}",
        fraction=rng.choice(["third", "quarter", "fifth"]),
    )


def make_corpus(folder: Path, count: int, alliance: list[str], other: list[str]) -> None:
    """`count` articles in `folder`, the same every time."""
    if folder.is_dir() and len(list(folder.iterdir())) == count:
        return
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    rng = random.Random(count)
    topics = list(TOPICS.values())
    for n in range(count):
        templates = rng.choice(topics)
        body = [_sentence(rng, rng.choice(templates)) for _ in range(rng.randint(18, 34))]
        # one article in ten with other stories' sentences, one in twenty with the Alliance's
        for pool in [
            pool for pool, every, at in ((other, 10, 5), (alliance, 20, 0)) if n % every == at
        ]:
            for sentence in rng.sample(pool, 3):
                body.insert(rng.randrange(len(body)), sentence)
        headline = " ".join(body[0].rstrip(".").split()[:9])
        day = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2025)}"
        paragraphs = "\n\n".join(" ".join(body[i : i + 4]) for i in range(0, len(body), 4))
        text = f"{headline}\n\n{rng.choice(CITIES)}, {day} \u2014 {paragraphs}\n"
        (folder / f"a{n:06d}.txt").write_text(text)


class Measured(NamedTuple):
    seconds: float
    largest_mb: float  # the largest process's peak
    total_mb: float  # the peak of the sum over the process and its children


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        with contextlib.suppress(OSError):
            for task in os.listdir(f"/proc/{current}/task"):
                text = Path(f"/proc/{current}/task/{task}/children").read_text()
                todo.extend(int(child) for child in text.split())
    return found


def _memory(pid: int) -> tuple[int, int]:
    """A process's resident and peak resident memory, in kB."""
    fields = {}
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            fields[key] = value
    rss = int(fields.get("VmRSS", "0 kB").split()[0])
    return rss, int(fields.get("VmHWM", "0 kB").split()[0])


def measure(command: list[str], environment: dict[str, str]) -> Measured:
    """Wall time and peak memory of a command (its output thrown away)."""
    start = time.monotonic()
    child = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL)
    largest = total = 0
    while child.poll() is None:
        sizes = [_memory(pid) for pid in _tree(child.pid)]
        largest = max([largest, *(peak for _, peak in sizes)])
        total = max(total, sum(rss for rss, _ in sizes))
        time.sleep(0.05)
    seconds = time.monotonic() - start
    if child.returncode:
        raise SystemExit(f"failed ({child.returncode}): {' '.join(command)}")
    return Measured(seconds, largest / 1024, max(total, largest) / 1024)


@contextlib.contextmanager
def cluster(workers: int, folder: Path):
    """A Dask scheduler and `workers` single-threaded worker processes on loopback."""
    dask = str(Path(sys.executable).parent / "dask")
    file = folder / f"scheduler-{workers}.json"
    file.unlink(missing_ok=True)
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = [dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard"]
    processes = [subprocess.Popen([*scheduler, "--scheduler-file", file], **quiet)]
    worker = [dask, "worker", "--scheduler-file", file, "--nthreads", "1", "--no-dashboard"]
    processes += [subprocess.Popen(worker, **quiet) for _ in range(workers)]
    try:
        from distributed import Client

        with Client(scheduler_file=str(file), timeout=600) as client:
            client.wait_for_workers(workers, timeout=600)
            address = client.scheduler.address
        yield address
    finally:
        for process in processes:
            process.terminate()
            process.wait()


def bench(size: int, folder: Path, args: argparse.Namespace) -> dict:
    """Every figure for one corpus."""
    alliance = str(Path(sys.executable).parent / "alliance")
    index = folder.parent / f"{folder.name}.sqlite"
    environment = {**os.environ, "ALLIANCE_CACHE_DIR": str(folder.parent / "cache")}
    row: dict = {"articles": size, "MB": sum(p.stat().st_size for p in folder.iterdir()) / 1e6}

    def run(name: str, *command: str, use_index: bool = True) -> None:
        where = ["--index", str(index)] if use_index else ["--no-index"]
        found = measure([alliance, *command, "--sources", str(folder), *where], environment)
        row[name] = found
        print(f"  {size:>7,} {name:<24} {found.seconds:9.1f} s {found.largest_mb:7.0f} MB "
              f"(sum {found.total_mb:.0f} MB)", flush=True)  # fmt: skip

    for jobs in ("1", "0"):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{index}{suffix}").unlink(missing_ok=True)
        run(f"index --jobs {jobs}", "index", "--jobs", jobs)
    run("check one", "check", "47 members", "--json")
    run("check one --no-index", "check", "47 members", "--json", use_index=False)
    every = ("check", "--all", "--json", "--claims", str(ROOT / "data" / "claims.yaml"))
    if size <= args.all_up_to:
        run("check --all", *every)
        run("conflicts", "conflicts", "--json")
    if size <= args.scan_up_to:
        run("check --all --no-index", *every, use_index=False)
        run("conflicts --no-index", "conflicts", "--json", use_index=False)
    if size <= args.dask_up_to:
        for workers in (1, 2):
            with cluster(workers, folder.parent) as address:
                run(f"check --all dask {workers}", *every, "--scheduler", address)
    return row


def plot(rows: list[dict], target: Path) -> None:
    """Time against corpus size, log-log, one line per measurement."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("no matplotlib here: pip install matplotlib to draw the plot", file=sys.stderr)
        return
    names = [key for key in rows[0] if isinstance(rows[0][key], Measured)]
    figure, axes = plt.subplots(figsize=(7, 4.5))
    for name in names:
        points = [(row["articles"], row[name].seconds) for row in rows if name in row]
        axes.plot(*zip(*points, strict=True), marker="o", label=name)
    axes.set(xscale="log", yscale="log", xlabel="articles", ylabel="seconds (wall)")
    axes.set_title("alliance on news-like corpora (2 shared cores)")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend(fontsize=7)
    figure.tight_layout()
    figure.savefig(target, dpi=110)
    print(f"wrote {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--large", action="store_true", help="add 100,000 articles")
    parser.add_argument("--work", type=Path, default=Path("/tmp/alliance-bench"))
    parser.add_argument("--eval", type=Path, default=EVAL, help="the evaluation sets' folder")
    parser.add_argument("--all-up-to", type=int, default=10000, help="check --all, conflicts")
    parser.add_argument("--scan-up-to", type=int, default=1000, help="the same with --no-index")
    parser.add_argument("--dask-up-to", type=int, default=1000, help="on 1 and 2 Dask workers")
    parser.add_argument("--plot", type=Path, default=ROOT / "docs" / "scaling.png")
    args = parser.parse_args()
    sizes = [*args.sizes, *([100_000] if args.large else [])]
    alliance, other = pools(args.eval)
    print(f"{len(alliance)} sentences about the Alliance, {len(other)} others; "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
    rows = []
    for size in sizes:
        folder = args.work / f"{size}"
        make_corpus(folder, size, alliance, other)
        rows.append(bench(size, folder, args))
    print(f"\nload average at the end {os.getloadavg()[0]:.1f}")
    table(rows)
    plot(rows, args.plot)


def table(rows: list[dict]) -> None:
    names = list(dict.fromkeys(key for row in rows for key in row if key not in ("articles", "MB")))
    print(
        "| measurement | "
        + " | ".join(f"{row['articles']:,} articles ({row['MB']:.0f} MB)" for row in rows)
        + " |"
    )
    print("|---|" + "---|" * len(rows))
    for name in names:
        cells = [
            f"{row[name].seconds:.1f} s, {row[name].largest_mb:.0f} MB (sum {row[name].total_mb:.0f})"
            if name in row else "not run"
            for row in rows
        ]  # fmt: skip
        print(f"| `{name}` | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
