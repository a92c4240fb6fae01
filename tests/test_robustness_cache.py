"""The parse cache never changes what validation sees: a file read through the cache gives the
same claims, or the same error, as the file parsed afresh."""

from __future__ import annotations

import pytest

from alliance_cli import yamlfile
from alliance_cli.claims import load_claims
from alliance_cli.errors import InputError

NORMAL = "claims:\n  - id: a\n    text: The AI Alliance has 47 members\n    tags: [count, 2023]\n"
DATE = "claims:\n  - id: a\n    text: 2023-12-05\n"
BINARY = "claims:\n  - id: a\n    text: !!binary aGVsbG8=\n"


def _outcome(path):
    """The claims a file gives, or the error it raises."""
    try:
        return load_claims(path)
    except InputError as error:
        return str(error)


@pytest.mark.parametrize("text", [NORMAL, DATE, BINARY], ids=["normal", "date", "binary"])
def test_a_cached_parse_validates_as_a_fresh_one(tmp_path, monkeypatch, write_claims, text):
    path = write_claims(text)
    monkeypatch.setenv("ALLIANCE_CACHE_DIR", "")
    fresh, fresh_tree = _outcome(path), yamlfile.load(path)
    cache = tmp_path / "cache"
    monkeypatch.setenv("ALLIANCE_CACHE_DIR", str(cache))
    for _ in range(2):  # the first run fills the cache, the second reads it
        assert _outcome(path) == fresh
        assert yamlfile.load(path) == fresh_tree


def test_a_normal_file_is_cached(tmp_path, monkeypatch, write_claims):
    cache = tmp_path / "cache"
    monkeypatch.setenv("ALLIANCE_CACHE_DIR", str(cache))
    yamlfile.load(write_claims(NORMAL))
    assert len(list(cache.glob("*.json"))) == 1


@pytest.mark.parametrize("text", [DATE, BINARY], ids=["date", "binary"])
def test_a_file_with_a_date_or_binary_value_is_not_cached(
    tmp_path, monkeypatch, write_claims, text
):
    cache = tmp_path / "cache"
    monkeypatch.setenv("ALLIANCE_CACHE_DIR", str(cache))
    yamlfile.load(write_claims(text))
    assert not list(cache.glob("*.json"))
