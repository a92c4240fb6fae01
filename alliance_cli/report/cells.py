"""The pieces of text the terminal tables are made of: every text from a source or a claim goes
in as a plain `Text`, never as markup, so "[bold]" in a claim prints as those characters."""

from __future__ import annotations

import re

from rich.text import Text

from ..model import ClaimCheck, Stance, Verdict
from . import layout, visible
from .layout import SYMBOLS

STYLES = {Stance.SUPPORTS: "bold green", Stance.CONTRADICTS: "bold red", Stance.OMITS: "dim"}
HIGHLIGHT = {**STYLES, Stance.OMITS: ""}


def plain(text: str | None, style: str = "") -> Text:
    return Text(visible(text or ""), style=style)


def shown(written: str, read: str = "") -> tuple[str, list[int] | None]:
    """A sentence as shown: as `written`, or, where it was read otherwise (`read`: Markdown
    with its markup blanked), without the markup; and where each offset of `written` lands in
    it (None: where it was). Markup goes with the white space around it, which becomes one
    space between words and none before a closing mark: "[47 members](url)." shows as "47
    members."."""
    if not read or read == written:
        return written, None
    # d: markup (blanked when read), s: white space, k: kept
    pairs = zip(written, read, strict=True)
    kinds = "".join("d" if a != b else "s" if a.isspace() else "k" for a, b in pairs)
    pieces: list[str] = []
    moved: list[int] = []  # where each offset of `written` lands
    done = size = 0
    for run in _GAP.finditer(kinds):
        start, end = run.span()
        if "d" not in run.group():
            continue
        edge = start == 0 or end == len(written) or written[end] in _CLOSING
        space = "" if edge or "s" not in run.group() else " "
        moved += range(size, size + start - done)
        size += start - done
        moved += [size] * (end - start)
        pieces += (written[done:start], space)
        size, done = size + len(space), end
    moved += range(size, size + len(written) - done + 1)
    pieces.append(written[done:])
    return "".join(pieces), moved


_GAP = re.compile(r"[ds]++")
_CLOSING = frozenset(".,;:!?)]}\u201d\u2019'\"")


def marked(sentence: str, start: int, verdict: Verdict, style: str = "", read: str = "") -> Text:
    """A sentence that starts at `start` in its source, with the words that decide `verdict`
    highlighted; shown without its Markdown where `read` says what was read."""
    sentence, moved = shown(sentence, read)
    text = Text(visible(sentence), style=style)
    for a, b in verdict.evidence.highlights if verdict.evidence else ():
        a, b = a - start, b - start
        if moved is not None:
            a, b = moved[a], moved[b]
        # [a, b) in the shown text, which is longer wherever a control character is escaped
        a, b = len(visible(sentence[:a])), len(visible(sentence[:b]))
        text.stylize(f"{HIGHLIGHT[verdict.stance]} underline", a, b)
    return text


def evidence(verdict: Verdict) -> Text:
    """The deciding sentence with its deciding words highlighted, or a dash for none."""
    found = verdict.evidence
    if found is None:
        return Text("\u2014", style="dim")
    return marked(found.sentence, found.span[0], verdict, read=found.read)


def summary_line(result: ClaimCheck) -> Text:
    return Text(" \u00b7 ").join(
        Text(words, style=STYLES[stance] if n else "dim")
        for stance, n, words in layout.summary_parts(result)
    )


def short(text: str | None, width: int = 40) -> str:
    text = " ".join(visible(text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"


def mark(stance: Stance) -> Text:
    return Text(SYMBOLS[stance], style=STYLES[stance])


def legend() -> Text:
    return Text("  ").join(mark(s) + Text(f" {s.value}", style=STYLES[s]) for s in Stance)
