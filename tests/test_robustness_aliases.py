"""data/aliases.yaml: every name belongs to one entry, so no alias ties two organisations."""

from __future__ import annotations

import yaml
from conftest import REPO

ALIASES = REPO / "data" / "aliases.yaml"


def _entries() -> list[list[str]]:
    return yaml.safe_load(ALIASES.read_text(encoding="utf-8"))["aliases"]


def test_every_name_is_text():
    assert all(isinstance(name, str) for entry in _entries() for name in entry)


def test_no_name_is_in_two_entries():
    owner: dict[str, int] = {}
    for number, entry in enumerate(_entries()):
        for name in {name.casefold() for name in entry}:
            assert name not in owner, f"{name!r} is in entries {owner[name]} and {number}"
            owner[name] = number


def test_university_of_california_alone_is_no_alias():
    # "University of California" is the whole system (UCLA too), not UC Berkeley
    names = {name.casefold() for entry in _entries() for name in entry}
    assert "university of california" not in names
    assert "university of california, berkeley" in names
