"""`claims init`: a claims file drafted from a folder, for the user to review. One claim per
value of each disagreement `conflicts` finds, then one per figure and per dated or filled
event the sources state that no disagreement covers; each with the verdicts the engine gives
today as `expect` and a note quoting the evidence. Audited at once, it has no mismatch: a
regression baseline, as snapshot tests are."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .conflicts import Conflicts
from .engine.claim import read_claim
from .engine.lexicon import default_lexicon
from .events import Said
from .model import ClaimCheck, Sentence, Source
from .report import UNSAFE, visible
from .report.layout import plural
from .statements import Event, Figure, Stated

HEADER = """\
# Claims drafted by `alliance claims init` from {sources} in {folders}.
# A draft for you to review, not a judgement: each claim states one value the sources give
# (the disagreements `alliance conflicts` finds first, then the figures, dates and
# participants the sources state); `expect` holds the verdict the engine gives today for each
# source, and `note` quotes the evidence. Correct any verdict you disagree with, delete the
# claims you do not care about, then run `alliance audit --sources DIR --claims FILE`: it
# reports every verdict that differs from `expect`, as a regression test does.
"""
_WORDS = re.compile(r"[a-z0-9]+")
_MOST = 200  # claims drafted at most, disagreements first
_NOTE = 160  # characters of evidence quoted


class Draft(NamedTuple):
    """A claim to draft: its text, a tag for what it is about, and the words it quotes."""

    text: str
    tag: str
    source: str
    quote: str


def drafts(found: Conflicts, stated: Stated) -> list[Draft]:
    """The claims to draft, each text once: each value of each disagreement, then each
    figure, date and filled event the sources state."""
    out: list[Draft] = []
    for conflict in found.counts:
        out += [_figure(figure, conflict.kind) for figure in conflict.figures]
    for membership in found.memberships:
        out.append(Draft(membership.result.claim.text, "membership", "", ""))
    for other in found.others:
        out += [_said(said, other.kind) for said in other.values]
    out += [_figure(figure, figure.quantity.kind) for figure in stated.figures]
    out += [_event(event) for event in stated.events if _participants(event)]
    seen: set[str] = set()
    unique = []
    for draft in out:
        key = " ".join(_WORDS.findall(draft.text.lower()))
        if key and key not in seen:
            seen.add(key)
            unique.append(draft)
    return unique[:_MOST]


def _figure(figure: Figure, kind: str) -> Draft:
    return Draft(
        _clause(figure.sentence, figure.quantity.span), kind, figure.source, figure.sentence.text
    )


def _said(said: Said, kind: str) -> Draft:
    return Draft(_clause(said.sentence, said.span), kind, said.source, said.sentence.text)


def _event(event: Event) -> Draft:
    tag = "date" if event.date is not None else "participant"
    return Draft(_clause(event.sentence, event.span), tag, event.source, event.sentence.text)


def _participants(event: Event) -> bool:
    """Whether an event names who took part in it, or gives a date."""
    return event.date is not None or any(f.named for _, found in event.roles for f in found)


_CUTS = re.compile(r"(?<!\d), |, (?!\d{4}\b)|; | \u2014 | - ")  # "May 17, 2025" is one date


def _clause(sentence: Sentence, span: tuple[int, int]) -> str:
    """The statement of the sentence that holds `span`: from a cut (comma, semicolon or dash)
    before it where a clause starts with a capital (past a dateline) to the first cut after
    it that ends a whole clause with its subject and verb ("More than 90,000 supporters
    packed the Marlow Stadium", not "A crowd of 38,500") and stands outside any aside the
    clause goes on after (`_inside`); else to the sentence's end."""
    text, start = sentence.text, sentence.start
    a, b = span[0] - start, span[1] - start
    cuts = list(_CUTS.finditer(text))
    begin = 0
    for cut in reversed([cut for cut in cuts if cut.end() <= a]):
        if text[cut.end() : cut.end() + 1].isupper() or text[cut.end() : cut.end() + 1].isdigit():
            begin = cut.end()
            break
    ends = (
        cut.start() for i, cut in enumerate(cuts) if cut.start() >= b and not _inside(text, cuts, i)
    )
    end = next((end for end in ends if _complete(text[begin:end])), len(text))
    clause = text[begin:end].strip(" \u2014-").rstrip(".")
    return " ".join(clause.split())


def _inside(text: str, cuts: list[re.Match[str]], i: int) -> bool:
    """Whether cut i stands inside a clause that goes on after an aside between two commas
    ("after Piet Halvorsen, introduced from the bench, fired in ..."): it opens or closes
    the aside."""
    opens = i + 1 < len(cuts) and _resumes(text, cuts[i], cuts[i + 1])
    return opens or (i > 0 and _resumes(text, cuts[i - 1], cuts[i]))


def _resumes(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two commas enclose an aside after which the clause goes on: the word after the
    second is in lower case and opens no clause of its own (no conjunction or relative)."""
    if first.group() != ", " or second.group() != ", ":
        return False
    lexicon = default_lexicon()
    word = text[second.end() :].split(maxsplit=1)[:1]
    opens = lexicon.conjunctions | lexicon.clause_breaks | lexicon.relatives
    return bool(word) and word[0].islower() and word[0] not in opens


def _complete(text: str) -> bool:
    """Whether a stretch of a sentence is a whole clause: a subject and its verb."""
    frame = read_claim(text, default_lexicon())
    return frame.predicate is not None and frame.subject is not None


def render(
    drafted: Sequence[Draft],
    results: Iterable[ClaimCheck],
    sources: Sequence[Source],
    folders: str,
) -> str:
    """The claims file: a header saying it is a draft to review, then each claim with its
    verdicts as `expect` and a note quoting the evidence."""
    named = visible(folders, layout=False)  # a line break in a name would end the comment
    lines = [HEADER.format(sources=plural(len(sources), "source"), folders=named)]
    lines.append("claims:\n" if drafted else "claims: []\n")
    ids: set[str] = set()
    for draft, result in zip(drafted, results, strict=True):
        claim_id = _id(draft, ids)
        lines.append(f"  - id: {claim_id}\n    text: {_q(draft.text)}\n")
        lines.append(f"    tags: [{draft.tag}]\n")
        lines.append(f"    note: {_q(_note(draft, result))}\n    expect:\n")
        lines += [f"      {_q(v.source)}: {v.stance.value}\n" for v in result.verdicts]
        lines.append("\n")
    return "".join(lines).rstrip("\n") + "\n"


def _note(draft: Draft, result: ClaimCheck) -> str:
    """The evidence: the sentence the claim was drafted from, and the verdicts in short."""
    quote = draft.quote if len(draft.quote) <= _NOTE else draft.quote[: _NOTE - 1] + "\u2026"
    counts = ", ".join(f"{n} {stance}" for stance, n in result.summary().items() if n)
    said = f"{draft.source} says: \u201c{quote}\u201d" if draft.source else "checked"
    return f"{said} ({counts})"


def _id(draft: Draft, taken: set[str]) -> str:
    words = _WORDS.findall(draft.text.lower())[:6]
    base = "-".join([draft.tag, *words])[:60].rstrip("-") or draft.tag
    claim_id, n = base, 2
    while claim_id in taken:
        claim_id, n = f"{base}-{n}", n + 1
    taken.add(claim_id)
    return claim_id


def _q(text: str) -> str:
    """A YAML scalar in double quotes (JSON's escapes are YAML's), every character of
    `report.UNSAFE` escaped: YAML reads a raw U+2028 as a line break and refuses a raw C1
    control."""
    return UNSAFE.sub(_escape, json.dumps(text, ensure_ascii=False))


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
