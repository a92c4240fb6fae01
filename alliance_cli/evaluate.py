"""Scoring the verdict engine on labelled claim/evidence pairs (JSON Lines)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from .corpus import SOURCE_SUFFIXES, SourceFile, find_source, read_source, source_from_text
from .errors import InputError
from .model import Source, Stance, Verdict
from .resources import file_name, regular_file

TWO_WAY_CONFIDENCE = 0.3  # an undecided proof read as supports in a two-way set
LABELS = {
    "supports": Stance.SUPPORTS,
    "refutes": Stance.CONTRADICTS,
    "contradicts": Stance.CONTRADICTS,
    "not enough info": Stance.OMITS,
    "omits": Stance.OMITS,
}


class Pair(NamedTuple):
    """One labelled example: a claim, the text to check it against, the expected verdict."""

    line: int
    claim: str
    source: Source
    label: Stance


class Judged(NamedTuple):
    pair: Pair
    verdict: Verdict

    @property
    def right(self) -> bool:
        return self.verdict.stance is self.pair.label


# Penn Treebank escapes, as in FEVER and other tokenised data sets.
_PTB = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
    "``": '"',
    "''": '"',
}


# Clitics split off by Penn Treebank tokenisation: "Perry 's", "did n't".
_CLITIC = re.compile(r"(?<=\w) (?='(?:s|re|ve|ll|d|m)\b|n't\b)", re.IGNORECASE)


def _plain(text: str) -> str:
    """Text with Penn Treebank escapes turned back into the marks they stand for, and split
    clitics joined again."""
    for escape, mark in _PTB.items():
        text = text.replace(escape, mark)
    return _CLITIC.sub("", text)


def _text_source(text: str, name: str) -> Source:
    return source_from_text(_plain(text), name, dateline=False)


def load_pairs(path: Path, sources: Sequence[SourceFile] = ()) -> list[Pair]:
    """Read a JSON Lines file of {"claim", "evidence" | "source", "label"} objects, lines ended
    by a line feed alone (a UTF-8 BOM allowed). A `source` is a path when it has a `/` or ends
    in .txt or .md (see `_source_file`), else the id of one of `sources` (or a prefix of
    exactly one). Claims and evidence are read with Penn Treebank escapes undone."""
    name = file_name(path)
    try:
        regular_file(path)
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
    text = raw.decode("utf-8-sig", errors="replace")
    files: dict[Path, Source] = {}  # a file named by several lines is read once
    pairs: list[Pair] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            pairs.append(_pair(_json_object(line, name, number), path, sources, files, number))
    if not pairs:
        raise InputError("no pairs in the file", name)
    return pairs


def _json_object(line: str, name: str, number: int) -> dict:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", name, number) from None
    except ValueError:  # an integer too long to convert
        raise InputError("not valid JSON: a number too long to read", name, number) from None
    except RecursionError:
        raise InputError("not valid JSON: nested too deeply", name, number) from None
    if not isinstance(item, dict):
        raise InputError("each line must be a JSON object", name, number)
    return item


def _pair(
    item: dict, path: Path, sources: Sequence[SourceFile], files: dict[Path, Source], number: int
) -> Pair:
    name = file_name(path)
    claim, label = item.get("claim"), item.get("label")
    if not isinstance(claim, str) or not claim.strip():
        raise InputError("'claim' must be non-empty text", name, number)
    if label is None:
        raise InputError("missing 'label'", name, number)
    stance = LABELS.get(label.strip().lower()) if isinstance(label, str) else None
    if stance is None:
        raise InputError(
            f"unknown label {label!r} (use SUPPORTS, REFUTES or NOT ENOUGH INFO)", name, number
        )
    evidence, reference = item.get("evidence"), item.get("source")
    if isinstance(evidence, str):
        return Pair(number, _plain(claim), _text_source(evidence, f"line-{number}"), stance)
    if not isinstance(reference, str):
        raise InputError(
            "each line needs 'evidence' (text) or 'source' (an id or a path)", name, number
        )
    source = _named_source(reference, path, sources, files, number)
    return Pair(number, _plain(claim), source, stance)


def _named_source(
    reference: str,
    path: Path,
    sources: Sequence[SourceFile],
    files: dict[Path, Source],
    number: int,
) -> Source:
    """The source a `source` names: a file beside the pairs file, or the id of one of
    `sources`; each read once, kept in `files`."""
    name = file_name(path)
    if not _names_a_file(reference):
        try:
            found = find_source(sources, reference).path
        except InputError as error:
            raise InputError(f"'source': {error.message}", name, number) from None
    else:
        found = _source_file(path, reference, number)
    if found not in files:
        try:
            files[found] = read_source(found)
        except InputError as error:  # binary, too big, unreadable: said with the line
            raise InputError(f"'source' {error}", name, number) from None
    return files[found]


def _names_a_file(reference: str) -> bool:
    return "/" in reference or reference.lower().endswith(SOURCE_SUFFIXES)


def _source_file(pairs_file: Path, reference: str, number: int) -> Path:
    """The file a `source` path names: a .txt or .md file inside the pairs file's folder,
    links resolved, so that a downloaded pairs file cannot make the tool read and print any
    other file of the user's (an absolute path, `../`, a link out of the folder)."""
    name = file_name(pairs_file)
    if not reference.lower().endswith(SOURCE_SUFFIXES):
        raise InputError("'source' must name a .txt or .md file", name, number)
    if os.path.isabs(reference):
        raise InputError("'source' must be a path inside the pairs file's folder", name, number)
    try:
        folder = pairs_file.parent.resolve(strict=True)
        found = (folder / reference).resolve(strict=True)
    except (OSError, ValueError, RuntimeError) as exc:
        why = getattr(exc, "strerror", None) or "not a usable path"
        raise InputError(f"'source' {file_name(reference)!r}: {why}", name, number) from None
    if not found.is_relative_to(folder) or not found.name.lower().endswith(SOURCE_SUFFIXES):
        raise InputError("'source' must be a path inside the pairs file's folder", name, number)
    return found


def judge_pairs(pairs: Sequence[Pair], two_way: bool = False) -> list[Judged]:
    """The engine's verdict on every pair, each claim checked as written against its text.
    With `two_way` (a set whose every evidence text bears on its claim, as FEVER's), the one
    difference: a verdict the proof leaves undecided (omits) is read as supports, unsurely:
    evidence that bears on a claim and that the engine cannot prove says otherwise is not
    accused of saying otherwise; only a proved contradiction refutes."""
    from .api import check_claim
    from .model import Claim

    judged = []
    for pair in pairs:
        verdict = check_claim(Claim(pair.claim), [pair.source]).verdicts[0]
        if two_way and verdict.stance is Stance.OMITS:
            verdict = replace(
                verdict, stance=Stance.SUPPORTS, confidence=TWO_WAY_CONFIDENCE,
                reason=f"two-way reading: nothing proves it ({verdict.reason})",
            )  # fmt: skip
        judged.append(Judged(pair, verdict))
    return judged


def metrics(judged: Sequence[Judged]) -> dict[str, object]:
    """Accuracy; precision, recall and F1 per verdict; the confusion matrix (gold -> predicted)."""
    stances = [stance.value for stance in Stance]
    confusion = {gold: dict.fromkeys(stances, 0) for gold in stances}
    for item in judged:
        confusion[item.pair.label.value][item.verdict.stance.value] += 1
    per_label = {}
    for stance in stances:
        hits = confusion[stance][stance]
        predicted = sum(confusion[gold][stance] for gold in stances)
        actual = sum(confusion[stance].values())
        precision = hits / predicted if predicted else 0.0
        recall = hits / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[stance] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": actual,
            "predicted": predicted,
        }
    right = sum(item.right for item in judged)
    return {
        "accuracy": round(right / len(judged), 4) if judged else 0.0,
        "per_label": per_label,
        "confusion": confusion,
        "pairs": len(judged),
    }
