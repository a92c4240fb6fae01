"""Scoring the verdict engine on labelled claim/evidence pairs (JSON Lines)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from .errors import InputError
from .model import Source, Stance, Verdict
from .resources import regular_file

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
    from .corpus import source_from_text

    return source_from_text(_plain(text), name, dateline=False)


def load_pairs(path: Path, sources: Sequence[Source] = ()) -> list[Pair]:
    """Read a JSON Lines file of {"claim", "evidence" | "source", "label"} objects. A `source`
    is the id of one of `sources` (or a prefix of exactly one) or a file path (relative to the
    JSONL file). Claims and evidence are read with Penn Treebank escapes undone."""
    from .corpus import find_source, read_source

    name = str(path)
    try:
        regular_file(path)
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", name) from None
    pairs: list[Pair] = []
    for number, line in enumerate(raw.decode("utf-8", errors="replace").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise InputError(f"not valid JSON: {exc.msg}", name, number) from None
        if not isinstance(item, dict):
            raise InputError("each line must be a JSON object", name, number)
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
            source = _text_source(evidence, f"line-{number}")
        elif isinstance(reference, str) and (path.parent / reference).is_file():
            source = read_source(path.parent / reference)
        elif isinstance(reference, str):
            try:
                source = find_source(sources, reference)
            except InputError as error:
                raise InputError(
                    f"'source' is no file, and {error.message}", name, number
                ) from None
        else:
            raise InputError(
                "each line needs 'evidence' (text) or 'source' (an id or a path)", name, number
            )
        pairs.append(Pair(number, _plain(claim), source, stance))
    if not pairs:
        raise InputError("no pairs in the file", name)
    return pairs


def judge_pairs(pairs: Sequence[Pair], two_way: bool = False) -> list[Judged]:
    """The engine's verdict on every pair, each claim checked as written against its text.
    With `two_way` (a set whose every evidence text bears on its claim, as FEVER's), the one
    difference: a verdict the proof leaves undecided (omits) is read as supports, unsurely."""
    from .api import check_claim
    from .model import Claim

    judged = []
    for pair in pairs:
        verdict = check_claim(Claim(pair.claim), [pair.source]).verdicts[0]
        if two_way and verdict.stance is Stance.OMITS:
            verdict = replace(
                verdict, stance=Stance.SUPPORTS, confidence=TWO_WAY_CONFIDENCE,
                reason=f"two-way reading: nothing contradicts it ({verdict.reason})",
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
