"""The pieces of text the terminal tables are made of: every text from a source or a claim goes
in as a plain `Text`, never as markup, so "[bold]" in a claim prints as those characters."""

from __future__ import annotations

from rich.text import Text

from ..model import ClaimCheck, Stance, Verdict
from . import layout, visible
from .layout import SYMBOLS, shown

STYLES = {Stance.SUPPORTS: "bold green", Stance.CONTRADICTS: "bold red", Stance.OMITS: "dim"}
HIGHLIGHT = {**STYLES, Stance.OMITS: ""}


def plain(text: str | None, style: str = "") -> Text:
    return Text(visible(text or ""), style=style)


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
