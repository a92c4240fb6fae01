"""`--scheduler` (issue 14): on a real Dask cluster on loopback (a scheduler and two worker
processes, no dashboard), `index`, `check`, `matrix`, `conflicts` and `report` print what one
process prints, byte for byte, and the shards go to both workers. Without Dask the option
says how to install it."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_run import HANG_GUARD, assert_one_line_error, run
from conftest import REPO

SEEDS = REPO / "seeds"
UNRELATED = REPO / "tests" / "fixtures" / "indexed"
SOURCES = ("--sources", str(SEEDS), "--sources", str(UNRELATED))
DASK = Path(sys.executable).parent / "dask"


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    """A scheduler and two single-threaded worker processes on 127.0.0.1, and a client."""
    from distributed import Client

    folder = tmp_path_factory.mktemp("cluster")
    file = folder / "scheduler.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "cwd": folder}
    processes = [
        subprocess.Popen(
            [DASK, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
             "--scheduler-file", file], **quiet)
    ]  # fmt: skip
    try:
        processes += [
            subprocess.Popen(
                [DASK, "worker", "--scheduler-file", file, "--nthreads", "1", "--nworkers", "1",
                 "--no-dashboard", "--host", "127.0.0.1"], **quiet)
            for _ in range(2)
        ]  # fmt: skip
        client = Client(scheduler_file=str(file), timeout=HANG_GUARD)
        client.wait_for_workers(2, timeout=HANG_GUARD)
        yield json.loads(file.read_text())["address"], client
        client.close()
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            process.wait(timeout=HANG_GUARD)


def _shards_run(client) -> dict[str, int]:
    """How many tasks of this program each worker has run so far."""

    def count(dask_worker) -> int:
        return sum("_shard-" in str(entry[0]) for entry in dask_worker.state.log)

    return client.run(count)


CLAIMS = ("--claims", str(REPO / "data" / "claims.yaml"))  # the bundled claims, by name
COMMANDS = [
    ("check", "--all", "--json", *CLAIMS),
    ("check", "--all", "--format", "jsonl", *CLAIMS),
    ("matrix", "--format", "csv", *CLAIMS),
    ("conflicts", "--json"),
    ("report", *CLAIMS, "--html", "-"),
]


def test_the_cluster_prints_what_one_process_prints(tmp_path, cluster):
    """Every command, with and without an index (itself built on the cluster); one test, so
    that one cluster serves them all."""
    address, client = cluster
    made = run(
        tmp_path, "index", *SOURCES, "--index", str(tmp_path / "i.sqlite"), "--scheduler", address
    )
    assert made.returncode == 0 and "9 added" in made.stdout, made.stderr
    for command in COMMANDS:
        for where in (["--no-index"], ["--index", str(tmp_path / "i.sqlite")]):
            before = sum(_shards_run(client).values())
            one = run(tmp_path, *command, *SOURCES, *where)
            many = run(tmp_path, *command, *SOURCES, *where, "--scheduler", address)
            assert many.returncode == one.returncode == 0, many.stderr
            assert many.stdout == one.stdout and many.stderr == one.stderr, command
            assert sum(_shards_run(client).values()) > before  # it ran there
    assert all(_shards_run(client).values()), _shards_run(client)  # on both workers
    before = sum(_shards_run(client).values())
    result = run(tmp_path, "check", "47 members", "--json", ALLIANCE_SCHEDULER=address)
    assert result.returncode == 0 and sum(_shards_run(client).values()) > before


def test_without_dask_the_option_says_how_to_install_it(tmp_path):
    shim = tmp_path / "shim" / "distributed"
    shim.mkdir(parents=True)
    (shim / "__init__.py").write_text("raise ImportError('no Dask here')\n")
    result = run(
        tmp_path,
        "check",
        "47 members",
        "--scheduler",
        "tcp://127.0.0.1:1",
        PYTHONPATH=str(shim.parent),
    )
    assert_one_line_error(result, "--scheduler needs Dask", "pip install 'alliance-cli[dask]'")


def test_a_scheduler_that_does_not_answer_is_one_line(tmp_path):
    result = run(tmp_path, "check", "47 members", "--scheduler", "tcp://127.0.0.1:9")
    assert_one_line_error(result, "cannot reach the Dask scheduler tcp://127.0.0.1:9")
