"""Precision first: a wrong "contradicts" (or "supports") accuses a source of saying what it did
not. Each case is a reading that once went wrong; the verdict must be the one a careful reader
gives, most often omits."""

from __future__ import annotations

import json

import pytest

from alliance_cli import api
from alliance_cli.corpus import source_from_text
from alliance_cli.model import Stance

SUPPORTS, CONTRADICTS, OMITS = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.OMITS


def verdict(text: str, claim: str) -> Stance:
    """The stance of a one-text corpus on a claim checked as written."""
    (found,) = api.check_claim(api.query_claim(claim, []), [source_from_text(text, "s")]).verdicts
    return found.stance


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        # a plain negation must govern the membership word, never a compound or another clause
        (
            "Its members include Quansight, and the plan is truly not-for-profit.",
            "Quansight is a member",
            SUPPORTS,
        ),
        (
            "The Widget Coalition's members include Acme, and it is not yet clear how many more "
            "will join.",
            "Acme is a member of the Widget Coalition",
            SUPPORTS,
        ),
        (
            "Intel is not a founding member, but it is a member of the alliance.",
            "Intel is a member",
            SUPPORTS,
        ),
        # another group's membership says nothing of the claim's group
        (
            "Acme is not a member of the Gadget Guild.",
            "Acme is a member of the Widget Coalition",
            OMITS,
        ),
        # a count belongs to what it is said of
        (
            "The Widget Coalition's rival, the Gadget Guild, has about 20 members.",
            "The Widget Coalition has 48 members",
            OMITS,
        ),
        ("Acme, one of them, has 12 partners in Europe.", "48 members", OMITS),
        (
            "The Widget Coalition was launched in December. Its governing board has 9 members.",
            "The Widget Coalition has 47 members",
            OMITS,
        ),
        (
            "In 2023 companies flocked to the Widget Coalition.",
            "The Widget Coalition has 47 members",
            OMITS,
        ),
        (
            "Acme, one of the top 10 firms in the Widget Coalition, spoke first.",
            "The Widget Coalition has 47 members",
            OMITS,
        ),
        (
            "The Widget Coalition is a 47-member group.",
            "The Widget Coalition has 47 members",
            SUPPORTS,
        ),
        # a role is said of its holder, and only some roles have one holder
        (
            "Jane Roe met Globex's chief technology officer on Monday.",
            "Jane Roe is Initech's chief technology officer",
            OMITS,
        ),
        (
            "Jane Roe, Globex's chief technology officer, spoke with John Doe, Initech's chief "
            "technology officer.",
            "John Doe is Globex's chief technology officer",
            CONTRADICTS,
        ),
        (
            "Erik Dahl met Anna Berg, Voltra's chief executive.",
            "Erik Dahl is Voltra's chief executive",
            CONTRADICTS,
        ),
        (
            "Anna Berg, Voltra's spokesperson, said the plan would work.",
            "Erik Dahl is Voltra's spokesperson",
            OMITS,
        ),
        # a word that qualifies another noun is not said of the subject
        (
            "The Widget Coalition takes aim at rivals with a closed, proprietary vision.",
            "The Widget Coalition is closed",
            OMITS,
        ),
        # a negation or a date bears on its own words and event
        (
            "The Widget Coalition will establish working groups, not a single committee.",
            "The Widget Coalition will establish working groups",
            SUPPORTS,
        ),
        (
            "The Widget Coalition, launched in 2021, announced a summit for its members.",
            "The Widget Coalition announced a summit in 2023",
            OMITS,
        ),
        (
            "The Widget Coalition was launched in 2021 and held its first summit in 2023.",
            "The Widget Coalition was launched in 2023",
            CONTRADICTS,
        ),
        (
            "The alliance was founded in 2023 by Meta, which was itself founded in 2004.",
            "The alliance was founded in 2004",
            CONTRADICTS,
        ),
        # a sentence about someone else, or about no one named, decides nothing
        ("The club was founded in 2023. Zeta makes batteries.", "Acme was founded in 2023", OMITS),
        ("The club was founded in 2023.", "Acme was founded in 2023", OMITS),
        ("She was born in 1961 in London.", "Jane Roe was born in 1961", SUPPORTS),
        (
            "The Widget Coalition was founded in 2020 by IBM and Acme.",
            "The Widget Coalition was founded by Google",
            OMITS,
        ),
    ],
)
def test_a_careful_reading(text, claim, expected):
    assert verdict(text, claim) is expected


def test_another_group_in_the_seeds_is_not_the_alliance(seeds):
    for claim in ("Apple is a member", "Intel is a member of the AIM Alliance"):
        result = api.check_claim(api.query_claim(claim, []), seeds)
        assert {v.stance for v in result.verdicts} == {OMITS}, claim


def test_a_company_count_is_not_the_alliance_count(seeds):
    for claim in ("Meta has 47 members", "The Partnership on AI has 47 members"):
        result = api.check_claim(api.query_claim(claim, []), seeds)
        assert {v.stance for v in result.verdicts} == {OMITS}, claim


def test_conflicts_leave_out_the_count_of_a_part(write_corpus):
    folder = write_corpus(
        {"a.txt": "The alliance has 47 members.", "b.txt": "Its governing board has 9 members."}
    )
    assert api.conflicts(api.load_sources([folder]), names=0).counts == ()


def test_a_curated_match_keeps_every_content_word(curated):
    assert api.query_claim("The AI Alliance lost 47 members", curated).curated is None
    assert api.query_claim("the ai alliance has 47 members", curated).curated.id == "members-47"


def test_evaluate_reads_source_ids_by_prefix_and_undoes_escapes_in_claims(runner, tmp_path):
    from alliance_cli.cli import app

    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(
        json.dumps(
            {"claim": "The AI Alliance has 47 members", "source": "004", "label": "SUPPORTS"}
        )
        + "\n"
        + json.dumps(
            {
                "claim": "Acme -LRB-the maker-RRB- was founded in 2020",
                "evidence": "Acme -LRB-the maker-RRB- was founded in 2021.",
                "label": "REFUTES",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["evaluate", str(pairs), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["accuracy"] == 1.0
