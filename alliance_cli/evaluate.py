"""Scoring the verdict engine on labelled claim/evidence pairs (JSON Lines)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from .corpus import SourceFile
from .errors import InputError
from .model import Source, Stance, Verdict
from .resources import regular_file

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
    given: bool = False  # the source is the pair's own evidence text, not a document


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


def load_pairs(path: Path, sources: Sequence[SourceFile] = ()) -> list[Pair]:
    """Read a JSON Lines file of {"claim", "evidence" | "source", "label"} objects. A `source`
    is the id of one of `sources` (or a prefix of exactly one) or a file path (relative to the
    JSONL file), read once however many lines name it. Claims and evidence are read with Penn
    Treebank escapes undone."""
    from .corpus import find_source, read_source

    read: dict[Path, Source] = {}

    def once(file: Path) -> Source:
        if file not in read:
            read[file] = read_source(file)
        return read[file]

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
        given = isinstance(evidence, str)
        if given:
            source = _text_source(evidence, f"line-{number}")
        elif isinstance(reference, str) and (path.parent / reference).is_file():
            source = once(path.parent / reference)
        elif isinstance(reference, str):
            try:
                source = once(find_source(sources, reference).path)
            except InputError as error:
                raise InputError(
                    f"'source' is no file, and {error.message}", name, number
                ) from None
        else:
            raise InputError(
                "each line needs 'evidence' (text) or 'source' (an id or a path)", name, number
            )
        pairs.append(Pair(number, _plain(claim), source, stance, given))
    if not pairs:
        raise InputError("no pairs in the file", name)
    return pairs


def forced(pairs: Sequence[Pair]) -> bool:
    """Whether the pairs ask for a choice between supports and contradicts: a file with no
    not-enough-info pair says that every evidence text bears on its claim."""
    return not any(pair.label is Stance.OMITS for pair in pairs)


def judge_pairs(pairs: Sequence[Pair]) -> list[Judged]:
    """The engine's verdict on every pair, each claim checked as written. When the file is a
    forced choice, evidence texts are given to the engine as bearing on their claims."""
    from .api import check_claim
    from .model import Claim

    choose = forced(pairs)
    return [
        Judged(
            pair,
            check_claim(Claim(pair.claim), [pair.source], given=choose and pair.given).verdicts[0],
        )
        for pair in pairs
    ]


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
