"""The proof behind each verdict, for `alliance check --explain`: every step (the claim's piece,
the source's piece, their natural-logic relation and why) and the states the verdict automaton
passes through on them (`engine.policy`)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..engine.policy import TABLE
from ..model import ClaimCheck, Relation, Stance, Step, Verdict
from .cells import plain

_STATE = {Stance.SUPPORTS: "S", Stance.CONTRADICTS: "C", Stance.OMITS: "O"}
_MEANING = {
    Relation.EQUIVALENT: "the same",
    Relation.FORWARD: "narrower",
    Relation.REVERSE: "broader",
    Relation.NEGATION: "denies",
    Relation.ALTERNATION: "excludes",
    Relation.INDEPENDENT: "nothing follows",
}
_STYLE = {Stance.SUPPORTS: "green", Stance.CONTRADICTS: "red", Stance.OMITS: "dim"}


def print_proofs(out: Console, result: ClaimCheck) -> None:
    """Each source's proof for one claim, under the claim's table."""
    legend = " \u00b7 ".join(
        f"{relation.value} {meaning}" for relation, meaning in _MEANING.items()
    )
    out.print(
        Text("Proofs", style="bold")
        + plain(f"  ({legend}; state: S supports, C contradicts, O omits)", "dim")
    )
    for verdict in result.verdicts:
        out.print(proof_table(verdict))


def proof_table(verdict: Verdict) -> Table | Text:
    """A verdict's proof as a table: a row per step, with the automaton's state after it."""
    stance = verdict.stance
    title = plain(f"{verdict.source}: {stance.value}", _STYLE[stance])
    if not verdict.proof:
        return title + plain(" (no sentence to prove it from)", "dim")
    table = Table(title=title, title_justify="left", show_edge=False, pad_edge=False)
    for name in ("", "Claim", "Source", "Why", "State"):
        table.add_column(name, overflow="fold")
    for step, state in zip(verdict.proof, states(verdict.proof), strict=True):
        table.add_row(
            Text(step.relation.value, style="bold"),
            plain(step.claim),
            plain(step.source) if step.source is not None else plain("\u2014", "dim"),
            plain(step.why),
            Text(_STATE[state], style=_STYLE[state]),
        )
    return table


def states(steps: Sequence[Step]) -> list[Stance]:
    """The automaton's state after each step, from SUPPORTS; omits throughout when no step
    aligns anything (as `engine.policy.verdict` rules)."""
    if not any(step.source is not None for step in steps):
        return [Stance.OMITS] * len(steps)
    state, out = Stance.SUPPORTS, []
    for step in steps:
        state = TABLE[state][step.relation]
        out.append(state)
    return out
