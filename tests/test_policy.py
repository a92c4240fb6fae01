"""The verdict automaton (`engine.policy`, the ProoFVer table): every cell of its table, the rule
that a proof with no aligned step omits, OMITS absorbing every later step, double negation, a few
whole proofs (in order: the automaton is not commutative), and `report.explain.states`, the
state after each step that `alliance check --explain` prints."""

from __future__ import annotations

import itertools

import pytest

from alliance_cli.engine.policy import TABLE, verdict
from alliance_cli.model import Relation, Stance, Step
from alliance_cli.report.explain import states

S, C, N = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.OMITS
EQ, FWD, REV, NEG, ALT, IND = (
    Relation.EQUIVALENT,
    Relation.FORWARD,
    Relation.REVERSE,
    Relation.NEGATION,
    Relation.ALTERNATION,
    Relation.INDEPENDENT,
)


def step(relation: Relation, aligned: bool = True) -> Step:
    """A step whose claim piece is aligned with a source piece (or with nothing)."""
    if aligned:
        return Step("claim piece", (0, 5), "source piece", (10, 22), relation, "test")
    return Step("claim piece", (0, 5), None, None, relation, "test")


def proof(*relations: Relation) -> list[Step]:
    return [step(relation) for relation in relations]


# ---------------------------------------------------------------- the table, cell by cell

# (state, relation, next state), written out from the docstring and the design note, not
# copied from TABLE.
CELLS = [
    (S, EQ, S),
    (S, FWD, S),
    (S, REV, N),
    (S, NEG, C),
    (S, ALT, C),
    (S, IND, N),
    (C, EQ, C),
    (C, FWD, N),
    (C, REV, C),
    (C, NEG, S),
    (C, ALT, N),
    (C, IND, N),
    (N, EQ, N),
    (N, FWD, N),
    (N, REV, N),
    (N, NEG, N),
    (N, ALT, N),
    (N, IND, N),
]
# A proof that leaves the automaton in each state.
REACH = {S: [EQ], C: [NEG], N: [IND]}


def cell_id(cell) -> str:
    state, relation, after = cell
    return f"{state.name[0]}-{relation.name.lower()}-{after.name[0]}"


@pytest.mark.parametrize(("state", "relation", "after"), CELLS, ids=map(cell_id, CELLS))
def test_table_cell(state, relation, after):
    assert TABLE[state][relation] is after


@pytest.mark.parametrize(("state", "relation", "after"), CELLS, ids=map(cell_id, CELLS))
def test_verdict_takes_the_cell_after_reaching_its_state(state, relation, after):
    assert verdict(proof(*REACH[state], relation)) is after


def test_the_table_covers_every_state_and_relation():
    assert set(TABLE) == set(Stance)
    for state in Stance:
        assert set(TABLE[state]) == set(Relation)
    assert len(CELLS) == len(Stance) * len(Relation)


@pytest.mark.parametrize("relation", list(Relation), ids=lambda r: r.name.lower())
def test_one_step_proof_is_the_first_row(relation):
    assert verdict(proof(relation)) is TABLE[S][relation]


# ---------------------------------------------------------------- no aligned step


def test_an_empty_proof_omits():
    assert verdict([]) is N


@pytest.mark.parametrize("relation", list(Relation), ids=lambda r: r.name.lower())
def test_a_proof_with_no_aligned_step_omits(relation):
    """Even steps that would support or contradict decide nothing when nothing is aligned."""
    assert verdict([step(relation, aligned=False)]) is N
    assert verdict([step(relation, aligned=False), step(EQ, aligned=False)]) is N


def test_one_aligned_step_is_enough_to_decide():
    assert verdict([step(EQ, aligned=False), step(NEG)]) is C
    assert verdict([step(NEG, aligned=False), step(EQ)]) is C


# ---------------------------------------------------------------- omits absorbs


@pytest.mark.parametrize("into", [IND, REV], ids=["from-S-by-independent", "from-S-by-reverse"])
def test_omits_absorbs_every_later_step(into):
    for after in itertools.product(Relation, repeat=2):
        assert verdict(proof(into, *after)) is N, after


# ---------------------------------------------------------------- negation


def test_double_negation_returns_to_supports():
    assert verdict(proof(NEG, NEG)) is S


def test_triple_negation_contradicts():
    assert verdict(proof(NEG, NEG, NEG)) is C


def test_negation_after_alternation_supports():
    """S -| C -^ S: denying a claim the source excludes."""
    assert verdict(proof(ALT, NEG)) is S


# ---------------------------------------------------------------- whole proofs

SEQUENCES = [
    pytest.param((EQ, EQ, EQ), S, id="all-equivalent-supports"),
    pytest.param((EQ, FWD, EQ), S, id="narrower-source-supports"),
    pytest.param((FWD, ALT), C, id="narrower-then-excludes-contradicts"),
    pytest.param((ALT, FWD), N, id="excludes-then-narrower-omits"),
    pytest.param((NEG, REV), C, id="denies-then-broader-contradicts"),
    pytest.param((REV, NEG), N, id="broader-then-denies-omits"),
    pytest.param((EQ, ALT, EQ), C, id="excludes-among-equivalents-contradicts"),
    pytest.param((EQ, NEG, EQ, REV), C, id="denies-then-equivalent-then-broader-contradicts"),
    pytest.param((NEG, ALT), N, id="denies-then-excludes-omits"),
    pytest.param((ALT, ALT), N, id="excludes-twice-omits"),
    pytest.param((NEG, FWD), N, id="denies-then-narrower-omits"),
    pytest.param((EQ, EQ, IND), N, id="one-independent-step-omits"),
]


@pytest.mark.parametrize(("relations", "expected"), SEQUENCES)
def test_whole_proof(relations, expected):
    assert verdict(proof(*relations)) is expected


def test_order_matters():
    assert verdict(proof(FWD, ALT)) is not verdict(proof(ALT, FWD))
    assert verdict(proof(NEG, REV)) is not verdict(proof(REV, NEG))


def test_unaligned_steps_still_move_the_state_once_one_step_is_aligned():
    assert verdict([step(EQ), step(IND, aligned=False)]) is N
    assert verdict([step(NEG), step(NEG, aligned=False)]) is S


# ---------------------------------------------------------------- explain.states


def test_states_of_an_empty_proof():
    assert states([]) == []


@pytest.mark.parametrize(
    ("relations", "expected"),
    [
        pytest.param((EQ,), [S], id="equivalent"),
        pytest.param((NEG, REV, FWD), [C, C, N], id="denies-broader-narrower"),
        pytest.param((FWD, ALT, NEG), [S, C, S], id="narrower-excludes-denies"),
        pytest.param((IND, EQ, NEG), [N, N, N], id="independent-first"),
        pytest.param((NEG, NEG, ALT), [C, S, C], id="double-negation-then-excludes"),
    ],
)
def test_states_after_each_step(relations, expected):
    assert states(proof(*relations)) == expected


def test_each_state_is_the_verdict_of_the_steps_so_far():
    """For every aligned proof of up to three steps."""
    for length in (1, 2, 3):
        for relations in itertools.product(Relation, repeat=length):
            steps = proof(*relations)
            shown = states(steps)
            assert len(shown) == len(steps)
            for k in range(1, length + 1):
                assert shown[k - 1] is verdict(steps[:k]), relations
