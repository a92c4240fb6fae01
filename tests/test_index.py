"""The index (issue 14): `alliance index` reads every source once; every command that reads
sources uses the index of exactly those sources, refreshed first, and prints what a full scan
prints; a source with no candidate sentence is decided without being read; the index is a
cache that a corrupt, half-written or foreign file never fools."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import ALLIANCE, HANG_GUARD, assert_one_line_error, cli_environment, run
from conftest import REPO

from alliance_cli import api
from alliance_cli.corpus import source_files
from alliance_cli.engine.claim import read_claim
from alliance_cli.engine.retrieve import (
    SHORT_ENDINGS,
    Sought,
    claim_pattern,
    name_pattern,
    pattern_words,
)
from alliance_cli.errors import InputError
from alliance_cli.index import Index, open_index
from alliance_cli.indexed import IndexedSources, fts_query
from alliance_cli.indexing import resolved

SEEDS = REPO / "seeds"
UNRELATED = REPO / "tests" / "fixtures" / "indexed"
CLAIM_IDS = [claim.id for claim in api.load_claims(api.default_claims_path())]
CLAIMS = ("--claims", str(api.default_claims_path()))  # the bundled claims, given by name


def sources(*folders: Path) -> list[str]:
    return [arg for folder in folders for arg in ("--sources", str(folder))]


def both(tmp_path: Path, *args: str) -> tuple[str, str]:
    """The output of a command with the index of its sources and with --no-index."""
    indexed = run(tmp_path, *args, "--index", str(tmp_path / "i.sqlite"))
    scanned = run(tmp_path, *args, "--no-index")
    assert indexed.returncode == scanned.returncode == 0, indexed.stderr + scanned.stderr
    assert indexed.stderr == scanned.stderr
    return indexed.stdout, scanned.stdout


@pytest.fixture
def indexed_folders(tmp_path: Path) -> list[str]:
    given = sources(SEEDS, UNRELATED)
    made = run(tmp_path, "index", *given, "--index", str(tmp_path / "i.sqlite"))
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Indexed 9 sources in "), made.stdout
    assert "9 added, 0 changed, 0 removed, 0 unchanged" in made.stdout
    return given


def test_every_curated_claim_the_same_with_and_without_the_index(tmp_path, indexed_folders):
    indexed, scanned = both(tmp_path, "check", "--all", "--json", *CLAIMS, *indexed_folders)
    assert indexed == scanned
    assert [claim["id"] for claim in json.loads(indexed)] == CLAIM_IDS
    verdicts = [verdict for claim in json.loads(indexed) for verdict in claim["verdicts"]]
    assert "no sentence bears on the claim" in {v["reason"] for v in verdicts}  # no candidate
    markdown = [v["evidence"] for v in verdicts if v["source"] == "briefing" and v["evidence"]]
    assert any("**" in evidence or "[" in evidence for evidence in markdown)  # markup as written


@pytest.mark.parametrize(
    "command",
    [
        ("matrix", "--json", "--claims", str(REPO / "data" / "claims.yaml")),
        ("conflicts", "--json"),
        ("check", "--all", "--format", "jsonl", *CLAIMS),
        ("sources", "--json"),
    ],
)
def test_other_views_the_same_with_and_without_the_index(tmp_path, indexed_folders, command):
    indexed, scanned = both(tmp_path, *command, *indexed_folders)
    assert indexed == scanned


def test_a_source_with_no_candidate_is_decided_without_being_read(tmp_path, monkeypatch):
    files = source_files([SEEDS, UNRELATED])
    index = open_index(tmp_path / "i.sqlite", resolved([SEEDS, UNRELATED]))
    read: list[int] = []
    stored = Index.stored
    monkeypatch.setattr(Index, "stored", lambda self, n: read.append(n) or stored(self, n))
    claims = [api.query_claim(text, []) for text in ("47 members", "IBM launched it")]
    reader = IndexedSources(index, None, print)
    checked = api.check_each_source(claims, reader(files, False, []))
    scanned = api.check_each_source(claims, api.read_sources(files, False))
    assert checked == scanned
    assert 0 < len(set(read)) < len(files)  # garden and weather are never read
    names = dict(index.db.execute("SELECT n, id FROM sources"))
    assert {"garden", "weather"}.isdisjoint(names[n] for n in read)


def test_the_full_text_query_stands_for_the_retrieval_pattern(lexicon):
    import re

    pattern = claim_pattern(read_claim("The AI Alliance has 47 members", lexicon))
    words = pattern_words(pattern)
    assert {"ai alliance", "47", "member", "-strong"} <= {word.text for word in words}
    query = fts_query([Sought(word) for word in ("ai alliance", "47", "member", "-strong")])
    assert query.count(" OR ") == 3 and '"6169" AND "616c6c69616e6365"*' in query
    assert pattern_words(re.compile(r"(?<![\w])(?:a\d)(?=s?(?!\w))")) is None  # a class
    assert pattern_words(re.compile(r"member|x")) is None  # not retrieval's form


def test_a_short_word_is_sought_with_its_inflections_only(lexicon):
    """ "AI" finds "AI" and "AIs" but not "aim" or "air": a source that only says those is
    decided without being read."""
    pattern = name_pattern(read_claim("The AI Alliance has 47 members", lexicon))
    short = [word for word in pattern_words(pattern) if word.text == "ai"]
    assert short == [Sought("ai", SHORT_ENDINGS)]
    query = fts_query(short)
    assert "*" not in query and query.count(" OR ") == len(SHORT_ENDINGS)
    assert '"6169"' in query and f'"{b"ais".hex()}"' in query


def test_changed_added_and_removed_files_are_read_again(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(f"Source {name}. The AI Alliance has 47 members.\n")
    made = run(tmp_path, "index", "--sources", str(folder), "--index", str(tmp_path / "i.sqlite"))
    assert made.returncode == 0, made.stderr
    before = (folder / "a.txt").stat()
    (folder / "a.txt").write_text("Source a. The AI Alliance has 48 members.\n")  # same size
    os.utime(folder / "a.txt", ns=(before.st_atime_ns, before.st_mtime_ns))  # and time
    (folder / "b.txt").unlink()
    (folder / "d.txt").write_text("Source d. The AI Alliance has over 50 members.\n")
    indexed, scanned = both(tmp_path, "check", "47 members", "--json", "--sources", str(folder))
    assert indexed == scanned
    verdicts = {v["source"]: v for v in json.loads(indexed)[0]["verdicts"]}
    assert list(verdicts) == ["a", "c", "d"] and "48 members" in verdicts["a"]["evidence"]
    again = run(tmp_path, "index", "--sources", str(folder), "--index", str(tmp_path / "i.sqlite"))
    assert "0 added, 0 changed, 0 removed" in again.stdout  # the check refreshed it


@pytest.mark.parametrize("damage", ["garbage", "truncated", "foreign", "bad row"])
def test_a_damaged_index_is_rebuilt_never_trusted(tmp_path, indexed_folders, damage):
    path = tmp_path / "i.sqlite"
    if damage == "garbage":
        path.write_bytes(b"not a database at all" * 100)
    elif damage == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    else:
        with sqlite3.connect(path) as db:
            if damage == "foreign":
                db.execute("UPDATE meta SET value = 'other' WHERE key = 'code'")
            else:
                db.execute("UPDATE sources SET starts = x'ffff', text = 'x'")
        db.close()
    indexed, scanned = both(tmp_path, "check", "--all", "--json", *CLAIMS, *indexed_folders)
    assert indexed == scanned
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == 9
    db.close()


def test_a_fifo_at_the_index_path_is_refused_in_one_line(tmp_path):
    fifo = tmp_path / "i.sqlite"
    os.mkfifo(fifo)
    for command in (["index"], ["check", "47 members"]):
        result = run(tmp_path, *command, "--index", str(fifo))
        assert_one_line_error(result, str(fifo), "not a regular file")
    result = run(tmp_path, "check", "47 members", env_index := "--no-index")
    assert result.returncode == 0 and env_index
    result = run(tmp_path, "check", "47 members", ALLIANCE_INDEX=str(fifo))
    assert_one_line_error(result, "ALLIANCE_INDEX", "not a regular file")


def test_two_builders_at_once_leave_one_sound_index(tmp_path):
    args = [
        str(ALLIANCE),
        "index",
        *sources(SEEDS, UNRELATED),
        "--index",
        str(tmp_path / "i.sqlite"),
    ]
    environment = cli_environment(tmp_path)
    builders = [
        subprocess.Popen(args, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(3)
    ]
    for builder in builders:
        _, err = builder.communicate(timeout=HANG_GUARD)
        assert builder.returncode == 0, err
    given = sources(SEEDS, UNRELATED)
    indexed, scanned = both(tmp_path, "check", "--all", "--json", *CLAIMS, *given)
    assert indexed == scanned


def _rows(index: Index) -> int:
    return index.db.execute("SELECT count(*) FROM sources").fetchone()[0]


def _built(path: Path) -> tuple[Index, list[str], int]:
    """An index of the seeds and the unrelated texts at `path`, its sources and its rows."""
    sources = resolved([SEEDS, UNRELATED])
    index = open_index(path, sources)
    index.refresh(source_files([SEEDS, UNRELATED]))
    return index, sources, _rows(index)


def test_an_index_another_process_has_open_is_never_removed(tmp_path, monkeypatch):
    path = tmp_path / "i.sqlite"
    index, sources, rows = _built(path)
    inode = path.stat().st_ino
    # another process copying its log into the file: for a moment the file may look shorter
    # than its header says; with the log beside it, the index is left to SQLite
    monkeypatch.setattr("alliance_cli.index._whole", lambda path: False)
    again = open_index(path, sources)
    assert Path(f"{path}-wal").exists() and path.stat().st_ino == inode
    assert _rows(again) == rows > 0
    again.close()
    index.close()


def test_a_locked_index_is_never_taken_for_a_damaged_one(tmp_path, monkeypatch):
    path = tmp_path / "i.sqlite"
    index, sources, rows = _built(path)
    index.close()
    inode = path.stat().st_ino
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process, mid-write
    monkeypatch.setattr("alliance_cli.index.WAIT_MS", 100)
    with pytest.raises(InputError) as raised:
        open_index(path, sources)
    assert "locked" in str(raised.value)
    writer.execute("ROLLBACK")
    writer.close()
    assert path.stat().st_ino == inode  # never removed and made anew
    again = open_index(path, sources)
    assert _rows(again) == rows > 0
    again.close()


def test_the_default_index_lives_in_the_cache_and_belongs_to_its_sources(tmp_path):
    made = run(tmp_path, "index")  # the bundled seeds
    assert made.returncode == 0 and str(tmp_path / "cache" / "index") in made.stdout
    used = run(tmp_path, "check", "47 members", "--json")
    scanned = run(tmp_path, "check", "47 members", "--json", "--no-index")
    assert used.stdout == scanned.stdout
    other = run(tmp_path, "check", "47 members", "--json", *sources(UNRELATED))
    assert other.returncode == 0 and len(list((tmp_path / "cache" / "index").iterdir())) == 1


def test_a_large_scan_says_what_an_index_would_save(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(1001):
        (folder / f"{n:04d}.txt").write_text("A line.\n")
    result = run(tmp_path, "sources", "--json", "--sources", str(folder))
    assert result.returncode == 0
    assert result.stderr.count("\n") == 1 and "'alliance index'" in result.stderr


def test_check_without_an_index_imports_no_sqlite_or_multiprocessing(tmp_path):
    code = (
        "import sys\nfrom alliance_cli.cli import main\n"
        "sys.argv = ['alliance', 'check', '47 members', '--json']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(' '.join(m for m in ('sqlite3', 'multiprocessing', 'dask', 'alliance_cli.shards') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=cli_environment(tmp_path), capture_output=True,
        text=True, timeout=HANG_GUARD, check=False,
    )  # fmt: skip
    assert done.returncode == 0 and done.stderr == "", done.stderr


@pytest.mark.parametrize(
    "stored",
    ['[[["briefing", 1]], []]', '[[], [["briefing", [0, 0, 1, "x", "x"], "f", [], "yes"]]]', "{}"],
)
def test_what_conflicts_reads_is_validated_when_read_back(tmp_path, indexed_folders, stored):
    """A stored record of what a source states that is not exactly what the index writes
    (a field of the wrong type, a missing one, another shape) is read again from the source."""
    with sqlite3.connect(tmp_path / "i.sqlite") as db:
        db.execute("UPDATE sources SET scan = ?", (stored,))
    db.close()
    indexed, scanned = both(tmp_path, "conflicts", "--json", *indexed_folders)
    assert indexed == scanned and '"source": "briefing"' in indexed  # its figures too


def test_plain_data_reads_back_only_its_own_types():
    from alliance_cli.model import Date, Quantity
    from alliance_cli.plain import dumps, loads

    figure = Quantity(
        "count", None, 47.0, 47.0, False, False, "bare", "member", "47", (4, 6), (1, 2)
    )
    assert loads(Quantity, dumps(figure)) == figure
    assert loads(Date | None, dumps(Date(2023, 12, 5, "5 December 2023"))).iso() == "2023-12-05"
    for bad in ('["count"]', dumps(figure).replace("47.0", '"47"', 1), "NaN", "[1, 2"):
        with pytest.raises(ValueError):
            loads(Quantity, bad)
