"""One self-contained HTML page: the conflicts drawn with CSS, the matrix, every claim's evidence
per source, and the sources. No scripts, fonts or external files; a content security policy
forbids loading any. Every text goes through `html.escape`."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import __version__
from ..model import ClaimCheck, Quantity, Source, Stance, Verdict
from . import layout, visible
from .layout import SYMBOLS

if TYPE_CHECKING:
    from ..api import Conflicts, CountConflict, Disagreement, MembershipConflict

_CSS = """
:root { --supports: #1a7f37; --contradicts: #cf222e; --omits: #6e7781; --disputed: #9a6700;
  --line: #d0d7de; --soft: #f6f8fa; --ink: #1f2328; --bar: #0969da; }
* { box-sizing: border-box; }
body { margin: 0 auto; padding: 1rem; max-width: 64rem; color: var(--ink); line-height: 1.45;
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
nav a { margin-right: 1rem; }
.muted { color: var(--omits); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .4rem; text-align: left;
  vertical-align: top; }
.matrix td.mark, .matrix th.mark { text-align: center; font-weight: bold; width: 2.5rem; }
.matrix td.consensus { white-space: nowrap; }
.matrix a { color: inherit; text-decoration: none; }
.matrix a .id { color: #0969da; }
.matrix .inline { display: none; }
.supports { color: var(--supports); }
.contradicts { color: var(--contradicts); }
.omits { color: var(--omits); }
.disputed { color: var(--disputed); font-weight: bold; }
.id { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .9em;
  overflow-wrap: anywhere; }
.line { margin: 0 0 1rem; }
.row { display: grid; grid-template-columns: 13rem 1fr 15rem; gap: .5rem; align-items: center;
  padding: .2rem 0; }
.track, .axis { margin: 0 .8rem; }
.track { position: relative; height: 1rem; background: var(--soft); border-radius: .5rem; }
.bar { position: absolute; top: .25rem; height: .5rem; background: var(--bar);
  border-radius: .25rem; min-width: .5rem; }
.bar.open { border-radius: .25rem 0 0 .25rem; }
.bar.open::after { content: "\\25B6"; position: absolute; right: -.6rem; top: -.45rem;
  color: var(--bar); font-size: .8rem; }
.dot { position: absolute; top: .125rem; width: .75rem; height: .75rem; margin-left: -.375rem;
  background: var(--bar); border-radius: 50%; }
.axis { position: relative; height: 1.2rem; font-size: .8rem; color: var(--omits);
  border-top: 1px solid var(--omits); }
.axis span { position: absolute; transform: translateX(-50%); }
.axis-row .who, .axis-row .value { visibility: hidden; }
details { border: 1px solid var(--line); border-radius: .4rem; margin: .5rem 0; padding: .4rem .6rem; }
summary { cursor: pointer; }
ol.verdicts { list-style: none; padding: 0; margin: .5rem 0 0; }
ol.verdicts li { padding: .4rem 0; border-top: 1px solid var(--line); color: var(--ink); }
.badge { font-weight: bold; white-space: nowrap; }
blockquote { margin: .25rem 0; padding-left: .6rem; border-left: 3px solid var(--line); }
mark { background: none; text-decoration: underline; font-weight: bold; color: inherit; }
li.supports blockquote { border-color: var(--supports); }
li.contradicts blockquote { border-color: var(--contradicts); }
li.supports mark { color: var(--supports); }
li.contradicts mark { color: var(--contradicts); }
.reason { color: #0550ae; }
@media (max-width: 40rem) {
  body { padding: .75rem; font-size: 15px; }
  .row { grid-template-columns: 1fr; gap: .1rem; padding: .4rem 0; }
  .axis-row .who, .axis-row .value { display: none; }
  .matrix th.consensus, .matrix td.consensus { display: none; }
  .matrix .inline { display: block; font-size: .85em; }
  .matrix .id { display: block; font-size: .75em; }
  .matrix td.mark, .matrix th.mark { width: 1.7rem; padding: .3rem .1rem; }
  .matrix th.mark { font-size: .75rem; padding: .3rem .3rem; }
}
"""


def _e(text: str | None) -> str:
    """Text from a source or a claim, escaped for HTML; control characters shown as escapes."""
    return html.escape(visible(text or ""))


def _marked(verdict: Verdict) -> str:
    """The evidence sentence, with the words that decide the verdict in <mark>."""
    evidence = verdict.evidence
    if evidence is None:
        return ""
    sentence, moved = layout.shown(evidence.sentence, evidence.read)
    start = evidence.span[0]
    parts, at = [], 0
    for a, b in sorted(evidence.highlights):
        a, b = a - start, b - start
        if moved is not None:
            a, b = moved[a], moved[b]
        a = max(a, at)
        if a < b:
            parts += [_e(sentence[at:a]), f"<mark>{_e(sentence[a:b])}</mark>"]
            at = b
    return "".join([*parts, _e(sentence[at:])])


def _stance(verdict: Verdict) -> str:
    stance = verdict.stance
    return (
        f'<span class="badge {stance.value}">{SYMBOLS[stance]} {stance.value}</span> '
        f'<span class="muted">{verdict.confidence:.2f}</span>'
    )


def _claim(result: ClaimCheck) -> str:
    curated = result.claim.curated
    text = _e(result.claim.text)
    return f'<span class="id">{_e(curated.id)}</span> {text}' if curated else text


def _matrix(results: Sequence[ClaimCheck], sources: Sequence[Source]) -> str:
    heads = layout.column_heads(sources)
    head = "".join(
        f'<th class="mark" title="{_e(source.id)}">{_e(heads[source.id])}</th>'
        for source in sources
    )
    rows = []
    for number, result in enumerate(results, 1):
        marks = "".join(
            f'<td class="mark {v.stance.value}" title="{_e(v.source)}: {v.stance.value}">'
            f"{SYMBOLS[v.stance]}</td>"
            for v in result.verdicts
        )
        consensus = _e(layout.consensus(result))
        kind = layout.leaning(result)
        rows.append(
            f'<tr><td class="claim"><a href="#claim-{number}">{_claim(result)}</a>'
            f'<div class="inline {kind}">{consensus}</div></td>{marks}'
            f'<td class="consensus {kind}">{consensus}</td></tr>'
        )
    legend = " &nbsp; ".join(
        f'<span class="{stance.value}">{SYMBOLS[stance]}</span> {stance.value}' for stance in Stance
    )
    return (
        f'<div class="scroll"><table class="matrix"><thead><tr><th>Claim</th>{head}'
        f'<th class="consensus">Consensus</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
        f'<p class="muted">{legend}</p>'
    )


def _range(scale: layout.Axis, quantity: Quantity) -> str:
    """A range as a bar (an arrow for no upper bound), or a dot for one number."""
    low, high = quantity.bounds
    left = scale.fraction(low) * 100
    if quantity.exact:
        return f'<span class="dot" style="left:{left:.1f}%"></span>'
    right = 100.0 if math.isinf(high) else scale.fraction(high) * 100
    kind = "bar open" if math.isinf(high) else "bar"
    return f'<span class="{kind}" style="left:{left:.1f}%;width:{right - left:.1f}%"></span>'


def _number_line(conflict: CountConflict, sources: Sequence[Source]) -> str:
    scale = layout.axis(figure.quantity for figure in conflict.figures)
    rows = []
    for source in sources:
        ranges: dict[tuple[float, float], list[Quantity]] = {}
        for figure in conflict.figures:
            if figure.source == source.id:
                quantity = figure.quantity
                ranges.setdefault(quantity.bounds, []).append(quantity)

        for quantities in ranges.values():
            quotes = ", ".join(
                f"\u201c{_e(layout.shown(source.text[slice(*q.span)], q.text)[0])}\u201d"
                for q in quantities
            )
            rows.append(
                f'<div class="row"><span class="id who">{_e(source.id)}</span>'
                f'<span class="track">{_range(scale, quantities[0])}</span>'
                f'<span class="value"><b>{html.escape(layout.figure(quantities[0]))}</b> '
                f"{quotes}</span></div>"
            )
        if not ranges:
            rows.append(
                f'<div class="row"><span class="id who">{_e(source.id)}</span>'
                '<span class="muted">no figure</span><span></span></div>'
            )
    ticks = "".join(
        f'<span style="left:{scale.fraction(tick) * 100:.1f}%">{layout.number(tick)}</span>'
        for tick in scale.ticks
    )
    rows.append(
        '<div class="row axis-row"><span class="who"></span>'
        f'<span class="axis">{ticks}</span><span class="value"></span></div>'
    )
    title = _e(layout.figure_title(conflict))
    return f'<figure class="line"><h3>{title}</h3>{"".join(rows)}</figure>'


def _verdicts(verdicts: Sequence[Verdict]) -> str:
    items = []
    for verdict in verdicts:
        quote = f"<blockquote>{_marked(verdict)}</blockquote>" if verdict.evidence else ""
        items.append(
            f'<li class="{verdict.stance.value}">{_stance(verdict)} '
            f'<span class="id">{_e(verdict.source)}</span>{quote}'
            f'<div class="reason">\u2192 {_e(verdict.reason)}</div></li>'
        )
    return f'<ol class="verdicts">{"".join(items)}</ol>'


def _membership(conflict: MembershipConflict) -> str:
    sides = [v for v in conflict.result.verdicts if v.stance is not Stance.OMITS]
    title = f"{_e(conflict.name)}: {layout.sides(conflict.result)}"
    return f"<h3>{title}</h3>{_verdicts(sides)}"


def _conflicts(found: Conflicts, sources: Sequence[Source]) -> str:
    parts = [_number_line(conflict, sources) for conflict in found.counts]
    if not found.counts:
        parts.append('<p class="muted">No figures for the same count disagree.</p>')
    parts += [_membership(conflict) for conflict in found.memberships]
    if not found.memberships:
        parts.append(
            '<p class="muted">No name is counted as a member by one source and said to be '
            "absent by another.</p>"
        )
    texts = {source.id: source.text for source in sources}
    parts += [_statements(conflict, texts) for conflict in found.others]
    return "".join(parts)


def _statements(conflict: Disagreement, texts: dict[str, str]) -> str:
    """Which source says what of one event, each with its sentence, the words in <mark>."""
    items = []
    for said in conflict.values:
        sentence, a, b = layout.shown_span(texts[said.source], said.sentence, said.span)
        quote = f"{_e(sentence[:a])}<mark>{_e(sentence[a:b])}</mark>{_e(sentence[b:])}"
        items.append(
            f'<li><span class="id">{_e(said.source)}</span> <b>{_e(said.value)}</b>'
            f"<blockquote>{quote}</blockquote></li>"
        )
    about = conflict.about[:1].upper() + conflict.about[1:]
    title = f"{_e(about)} ({_e(conflict.kind)})"
    return f'<h3>{title}</h3><ol class="verdicts">{"".join(items)}</ol>'


def _evidence(results: Sequence[ClaimCheck]) -> str:
    parts = []
    for number, result in enumerate(results, 1):
        leaning = layout.leaning(result)
        opened = " open" if leaning == "disputed" else ""  # the disputed claims shown open
        parts.append(
            f'<details id="claim-{number}"{opened}><summary>{_claim(result)} \u2014 '
            f'<span class="{leaning}">{_e(layout.consensus(result))}</span>'
            f"</summary>{_verdicts(result.verdicts)}</details>"
        )
    return "".join(parts)


def _sources(sources: Sequence[Source]) -> str:
    rows = "".join(
        f'<tr><td class="id">{_e(source.id)}</td><td>{_e(source.label)}</td>'
        f"<td>{_e(source.date or chr(0x2014))}</td><td>{source.words}</td></tr>"
        for source in sources
    )
    return (
        '<div class="scroll"><table><thead><tr><th>Id</th><th>Title</th><th>Date</th>'
        f"<th>Words</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )


def report(results: Sequence[ClaimCheck], found: Conflicts, sources: Sequence[Source]) -> str:
    """The whole page. `results` in the order to show them (the most disputed first)."""
    counts = (
        f"{layout.plural(len(results), 'claim')} \u00d7 {layout.plural(len(sources), 'source')}"
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>alliance report: {counts}</title>
<style>{_CSS}</style>
</head>
<body>
<header><h1>Claims against sources</h1>
<p class="muted">{counts}, checked by alliance {html.escape(__version__)}</p>
<nav><a href="#conflicts">Conflicts</a><a href="#matrix">Matrix</a><a href="#evidence">Evidence</a><a href="#sources">Sources</a></nav></header>
<main>
<section id="conflicts"><h2>Conflicts</h2>{_conflicts(found, sources)}</section>
<section id="matrix"><h2>Matrix</h2>{_matrix(results, sources)}</section>
<section id="evidence"><h2>Evidence</h2>{_evidence(results)}</section>
<section id="sources"><h2>Sources</h2>{_sources(sources)}</section>
</main>
</body>
</html>
"""
