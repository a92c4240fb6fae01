"""The curated claims file: loading and validating it, and finding the curated claim a query names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import yamlfile
from .errors import InputError
from .model import CuratedClaim, Source, Stance

if TYPE_CHECKING:
    from .corpus import Named

_CLAIM_KEYS = frozenset({"id", "text", "aliases", "tags", "expect", "note"})
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_STANCES = frozenset(stance.value for stance in Stance)


def _text(located: yamlfile.Located, path: str, what: str) -> str:
    value = located.value
    if isinstance(value, list | dict):
        raise InputError(f"{what} must be text", path, located.line)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(f"{what} must be text: write it in quotes", path, located.line)
    text = str(value).strip()
    if not text:
        raise InputError(f"{what} is empty", path, located.line)
    return text


def _texts(located: yamlfile.Located, path: str, what: str) -> tuple[str, ...]:
    if not isinstance(located.value, list):
        raise InputError(f"{what} must be a list", path, located.line)
    return tuple(_text(item, path, what) for item in located.value)


def _claim(entry: yamlfile.Located, path: str) -> CuratedClaim:
    if not isinstance(entry.value, dict):
        raise InputError("each claim must be a mapping with id and text", path, entry.line)
    fields = entry.value
    for key, value in fields.items():
        if key not in _CLAIM_KEYS:
            known = ", ".join(sorted(_CLAIM_KEYS))
            raise InputError(f"unknown key {key!r} (known: {known})", path, value.line)
    for key in ("id", "text"):
        if key not in fields:
            raise InputError(f"claim has no {key!r}", path, entry.line)
    if not isinstance(fields["id"].value, str):  # YAML reads 007 as 7: the id must be quoted
        raise InputError("id must be text: write it in quotes", path, fields["id"].line)
    claim_id = _text(fields["id"], path, "id")
    if not _ID.match(claim_id):
        raise InputError(
            f"id {claim_id!r}: use lower-case letters, digits, '-', '.', '_'",
            path,
            fields["id"].line,
        )
    expect: list[tuple[str, Stance, int]] = []
    if "expect" in fields:
        located = fields["expect"]
        if not isinstance(located.value, dict):
            raise InputError("expect must map source ids to verdicts", path, located.line)
        for source, verdict in located.value.items():
            word = verdict.value
            if not isinstance(word, str) or word not in _STANCES:
                raise InputError(
                    f"unknown verdict {yamlfile.plain(verdict)!r} for {source!r} "
                    "(use supports, contradicts or omits)",
                    path,
                    verdict.line,
                )
            expect.append((source, Stance(word), verdict.line))
    return CuratedClaim(
        id=claim_id,
        text=_text(fields["text"], path, "text"),
        aliases=_texts(fields["aliases"], path, "aliases") if "aliases" in fields else (),
        tags=_texts(fields["tags"], path, "tags") if "tags" in fields else (),
        expect=tuple(expect),
        note=_text(fields["note"], path, "note") if "note" in fields else None,
        line=entry.line,
        path=path,
    )


def load_claims(path: Path) -> list[CuratedClaim]:
    """Read and validate a curated claims file."""
    name = str(path)
    top = yamlfile.load(path)
    if not isinstance(top.value, dict) or "claims" not in top.value:
        raise InputError("expected a mapping with a 'claims' list", name, top.line)
    unknown = [key for key in top.value if key != "claims"]
    if unknown:
        raise InputError(
            f"unknown key {unknown[0]!r} (expected only 'claims')", name, top.value[unknown[0]].line
        )
    entries = top.value["claims"]
    if not isinstance(entries.value, list):
        raise InputError("'claims' must be a list", name, entries.line)
    claims: list[CuratedClaim] = []
    seen: dict[str, int] = {}
    for entry in entries.value:
        claim = _claim(entry, name)
        if claim.id in seen:
            raise InputError(
                f"duplicate id {claim.id!r} (first on line {seen[claim.id]})", name, claim.line
            )
        seen[claim.id] = claim.line
        claims.append(claim)
    return claims


def resolve_source(key: str, sources: Sequence[Named], path: str, line: int) -> Named:
    """The source an expectation names: its id, or a prefix of exactly one id ("004")."""
    from .corpus import find_source

    try:
        return find_source(sources, key)
    except InputError as error:
        raise InputError(f"expectation: {error.message}", path, line) from None


def expected_verdicts(claim: CuratedClaim, sources: Sequence[Source]) -> dict[str, Stance]:
    """The curator's verdict per source id. Naming one source twice (by its id and by a prefix)
    is an error on the second line, whether or not the verdicts agree."""
    expected: dict[str, Stance] = {}
    lines: dict[str, int] = {}
    for key, stance, line in claim.expect:
        source = resolve_source(key, sources, claim.path, line)
        if source.id in lines:
            raise InputError(
                f"expectation: {key!r} names {source.id} again (first on line {lines[source.id]})",
                claim.path,
                line,
            )
        expected[source.id], lines[source.id] = stance, line
    return expected
