"""The parse cache can neither hide an edit nor be turned against its user (issue 11, sections
5 and 6): it is used only for the very text it was parsed from, only from a folder and a file
the user owns, and a cache file that is corrupt, too deeply nested, of the wrong shape or a
FIFO is rebuilt, never trusted and never waited on."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cli_run import NOBODY, run

CLAIMS = "claims:\n  - id: a\n    text: The AI Alliance has 47 members\n"
EDITED = "claims:\n  - id: a\n    text: The AI Alliance has 48 members\n"  # same size


def texts(tmp_path: Path, claims: Path, **env: str) -> list[str]:
    """The claim texts `alliance claims --json` reads from `claims`."""
    result = run(tmp_path, "claims", "--json", "--claims", str(claims), **env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return [claim["text"] for claim in json.loads(result.stdout)]


def cache_file(tmp_path: Path, claims: Path) -> Path:
    """The cache file a run leaves for `claims`, in tmp_path/cache."""
    assert texts(tmp_path, claims)
    (cached,) = (tmp_path / "cache").glob("*.json")
    return cached


# ---------------------------------------------------------------- an edit is never missed


@pytest.mark.parametrize("how", ["times-kept", "copy-keeping-times", "same-instant"])
def test_an_edit_of_the_same_size_with_the_times_kept_is_read(tmp_path, write_claims, how):
    """`cp -p`, `rsync -a` and `tar` keep the modification time: the old key (path, size,
    mtime) then served the stale claims, and audit passed on a file it never read."""
    claims = write_claims(CLAIMS)
    assert texts(tmp_path, claims) == ["The AI Alliance has 47 members"]
    before = claims.stat()
    if how == "copy-keeping-times":
        copy = write_claims(EDITED, name="other.yaml")
        os.utime(copy, ns=(before.st_atime_ns, before.st_mtime_ns))
        copy.replace(claims)
    else:
        claims.write_text(EDITED, encoding="utf-8")
        if how == "times-kept":
            os.utime(claims, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert claims.stat().st_size == before.st_size
    assert texts(tmp_path, claims) == ["The AI Alliance has 48 members"]


def saying(cached: Path, members: int) -> str:
    """The cache file's document with its tree, not its text, saying `members` members."""
    document = json.loads(cached.read_text(encoding="utf-8"))
    tree = json.dumps(document["data"]).replace("47 members", f"{members} members")
    return json.dumps({"key": document["key"], "data": json.loads(tree)})


def test_a_warm_run_reads_the_cache(tmp_path, write_claims):
    claims = write_claims(CLAIMS)
    cached = cache_file(tmp_path, claims)
    assert json.loads(cached.read_text(encoding="utf-8"))["key"] == CLAIMS
    cached.write_text(saying(cached, 46), encoding="utf-8")
    assert texts(tmp_path, claims) == ["The AI Alliance has 46 members"]  # the cache was used


# ---------------------------------------------------------------- a bad cache file is rebuilt


def nested(depth: int) -> str:
    return json.dumps({"key": CLAIMS, "data": "@"}).replace('"@"', "[" * depth + "]" * depth)


BAD_CACHES = {
    "garbage": b"\x00\xff not json",
    "truncated": json.dumps({"key": CLAIMS, "data": ["m", 1, []]})[:-5].encode(),
    "nested-100000": nested(100_000).encode(),
    "nested-900": nested(900).encode(),
    "not-a-mapping": b"[1, 2, 3]",
    "tree-a-string": json.dumps({"key": CLAIMS, "data": "claims"}).encode(),
    "line-a-string": json.dumps({"key": CLAIMS, "data": ["m", "1", []]}).encode(),
    "line-a-bool": json.dumps({"key": CLAIMS, "data": ["m", True, []]}).encode(),
    "map-of-numbers": json.dumps({"key": CLAIMS, "data": ["m", 1, [[1, 2]]]}).encode(),
    "value-a-raw-mapping": json.dumps(
        {"key": CLAIMS, "data": ["m", 1, [["claims", ["s", 2, {"id": "x"}]]]]}
    ).encode(),
    "kind-unknown": json.dumps({"key": CLAIMS, "data": ["x", 1, []]}).encode(),
    "key-twice": json.dumps(
        {"key": CLAIMS, "data": ["m", 1, [["a", ["s", 1, 1]], ["a", ["s", 1, 2]]]]}
    ).encode(),
}


@pytest.mark.parametrize("content", BAD_CACHES.values(), ids=BAD_CACHES.keys())
def test_a_corrupt_or_misshapen_cache_file_is_rebuilt(tmp_path, write_claims, content):
    claims = write_claims(CLAIMS)
    cached = cache_file(tmp_path, claims)
    cached.write_bytes(content)
    assert texts(tmp_path, claims) == ["The AI Alliance has 47 members"]
    assert json.loads(cached.read_text(encoding="utf-8"))["key"] == CLAIMS  # rebuilt


@pytest.mark.parametrize("kind", ["fifo", "folder", "dangling-link"])
def test_a_cache_file_that_is_no_regular_file_is_never_waited_on_and_replaced(
    tmp_path, write_claims, kind
):
    """Reading a FIFO would wait for a writer forever (the run's hang guard would fail it)."""
    claims = write_claims(CLAIMS)
    cached = cache_file(tmp_path, claims)
    cached.unlink()
    if kind == "fifo":
        os.mkfifo(cached)
    elif kind == "folder":
        cached.mkdir()
    else:
        cached.symlink_to(tmp_path / "nowhere.json")
    assert texts(tmp_path, claims) == ["The AI Alliance has 47 members"]
    assert not (tmp_path / "nowhere.json").exists()
    if kind != "folder":  # a folder is not removed; the cache is simply not kept
        assert json.loads(cached.read_text(encoding="utf-8"))["key"] == CLAIMS


# ---------------------------------------------------------------- caches per user


def forged(tmp_path: Path, claims: Path) -> tuple[str, str]:
    """The name of `claims`'s cache file, and a cache for its text that says 99 members."""
    cached = cache_file(tmp_path, claims)
    text = saying(cached, 99)
    cached.unlink()
    return cached.name, text


@pytest.mark.parametrize("folder_owner", ["another-user", "writable-by-all"])
def test_a_cache_folder_that_is_not_the_users_own_is_not_used(tmp_path, write_claims, folder_owner):
    claims = write_claims(CLAIMS)
    name, text = forged(tmp_path, claims)
    shared = tmp_path / "shared-cache"
    shared.mkdir()
    (shared / name).write_text(text, encoding="utf-8")
    if folder_owner == "another-user":
        os.chown(shared, NOBODY, NOBODY)
        os.chown(shared / name, NOBODY, NOBODY)
    else:
        os.chmod(shared, 0o777)
    assert texts(tmp_path, claims, ALLIANCE_CACHE_DIR=str(shared)) == [
        "The AI Alliance has 47 members"
    ]
    assert os.listdir(shared) == [name]  # nothing written there either


def test_a_cache_file_another_user_owns_is_not_trusted(tmp_path, write_claims):
    claims = write_claims(CLAIMS)
    name, text = forged(tmp_path, claims)
    planted = tmp_path / "cache" / name
    planted.write_text(text, encoding="utf-8")
    os.chown(planted, NOBODY, NOBODY)
    assert texts(tmp_path, claims) == ["The AI Alliance has 47 members"]
    assert planted.stat().st_uid == os.geteuid()  # rebuilt as the user's own


def test_a_new_cache_folder_is_private(tmp_path, write_claims):
    folder = tmp_path / "fresh" / "alliance"
    texts(tmp_path, write_claims(CLAIMS), ALLIANCE_CACHE_DIR=str(folder))
    assert folder.stat().st_mode & 0o777 == 0o700 and list(folder.glob("*.json"))
