"""The verdict, a fixed function of a proof's relations (the ProoFVer automaton).

Start in SUPPORTS and take the steps in the claim's order; each moves the state:

    state \\ relation   ≡            ⊑            ⊒            ^            |            #
    SUPPORTS           SUPPORTS     SUPPORTS     OMITS        CONTRADICTS  CONTRADICTS  OMITS
    CONTRADICTS        CONTRADICTS  OMITS        CONTRADICTS  SUPPORTS     OMITS        OMITS
    OMITS              OMITS        OMITS        OMITS        OMITS        OMITS        OMITS

SUPPORTS means the source entails the claim so far; CONTRADICTS that it entails its negation.
A proof with no aligned content step is OMITS. Nothing else decides a verdict.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Relation, Stance, Step

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.OMITS
R = Relation
TABLE: dict[Stance, dict[Relation, Stance]] = {
    S: {R.EQUIVALENT: S, R.FORWARD: S, R.REVERSE: N, R.NEGATION: C, R.ALTERNATION: C, R.INDEPENDENT: N},
    C: {R.EQUIVALENT: C, R.FORWARD: N, R.REVERSE: C, R.NEGATION: S, R.ALTERNATION: N, R.INDEPENDENT: N},
    N: dict.fromkeys(Relation, N),
}  # fmt: skip


def verdict(steps: Sequence[Step]) -> Stance:
    """The verdict the steps, in the claim's order, lead to."""
    if not any(step.source is not None for step in steps):
        return N

    state = S
    for step in steps:
        state = TABLE[state][step.relation]
    return state
