"""`alliance conflicts`: where the sources disagree without being given a claim: figures for
the same count on a number line, and names counted as members by one source and absent in
another."""

from __future__ import annotations

import json
import math

from conftest import REPO, SEED_IDS

from alliance_cli import api
from alliance_cli.cli import app
from alliance_cli.model import Quantity, Stance
from alliance_cli.report import layout

SUMMIT = REPO / "tests" / "fixtures" / "summit"


def invoke(runner, *args):
    return runner.invoke(app, ["conflicts", *args])


def test_the_seeds_disagree_on_the_member_count(seeds):
    found = api.conflicts(seeds)
    (count,) = found.counts
    assert count.counted == "member"
    figures = {(f.source[:3], *f.quantity.bounds) for f in count.figures}
    assert figures == {
        ("000", 44, 46),
        ("001", 44, 46),
        ("002", 51, math.inf),
        ("004", 47, 47),
    }
    assert found.memberships == ()  # no name is both listed and said to be absent


def test_a_name_listed_by_one_source_and_absent_in_another():
    sources = api.load_sources([SUMMIT])
    found = api.conflicts(sources)
    assert [conflict.name for conflict in found.memberships] == ["Norrvik Grid"]
    verdicts = {v.source: v.stance for v in found.memberships[0].result.verdicts}
    assert verdicts["kestrelhavn_post"] is Stance.SUPPORTS
    assert verdicts["trade_journal"] is Stance.CONTRADICTS
    assert api.conflicts(sources, names=0).memberships == ()  # the bound on names checked


def test_agreeing_sources_have_no_conflicts(write_corpus):
    folder = write_corpus(
        {
            "a.txt": "The Widget Coalition has 47 members, including Acme.\n",
            "b.txt": "Acme is among the 47 members of the Widget Coalition.\n",
        }
    )
    assert api.conflicts(api.load_sources([folder])) == api.Conflicts((), ())


def test_json_gives_each_conflict_with_values_and_spans(runner, seeds):
    result = invoke(runner, "--json")
    assert result.exit_code == 0, result.output
    (conflict,) = json.loads(result.stdout)
    assert conflict["kind"] == "count" and conflict["about"] == "member"
    texts = {source.id: source.text for source in seeds}
    by_source = {}
    for value in conflict["values"]:
        text = texts[value["source"]]
        assert text[slice(*value["span"])] == value["text"]
        assert text[slice(*value["evidence_span"])] == value["evidence"]
        by_source.setdefault(value["source"][:3], []).append((value["low"], value["high"]))
    assert by_source == {
        "000": [(44, 46)],
        "001": [(44, 46)],
        "002": [(51, None)],  # no upper bound
        "004": [(47, 47), (47, 47)],  # "47-strong" and "a total of 47 members"
    }


def test_membership_json_names_the_sources_on_each_side(runner):
    result = invoke(runner, "--json", "--sources", str(SUMMIT))
    assert result.exit_code == 0, result.output
    membership = next(c for c in json.loads(result.stdout) if c["kind"] == "membership")
    assert membership["about"] == "Norrvik Grid"
    assert membership["claim"] == "Norrvik Grid is a member"
    sides = {v["source"]: v["verdict"] for v in membership["verdicts"]}
    assert sides == {"kestrelhavn_post": "supports", "trade_journal": "contradicts"}
    assert all(v["evidence"] and v["span"] for v in membership["verdicts"])


def test_number_line_in_the_terminal(runner):
    result = invoke(runner)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "1 disputed count, 0 disputed memberships" in out
    assert "Member count of AI Alliance: figures from 4 sources that cannot all be true" in out
    rows = {
        line.split()[0][:3]: line
        for line in out.splitlines()
        if line[:3] in {"000", "001", "002", "003", "004"}
    }
    assert set(rows) == {seed[:3] for seed in SEED_IDS}
    assert "44\u201346 \u201cabout 45 organizations\u201d" in rows["000"]
    assert "\u2265 51 \u201cover 50 organizations\u201d" in rows["002"]
    assert "47 \u201c47-strong\u201d, \u201ca total of 47 members\u201d" in rows["004"]
    assert "no figure" in rows["003"]
    # 47 stands between the end of "about 45" and the start of "over 50"
    assert rows["000"].index("\u252b") < rows["004"].index("\u25cf") < rows["002"].index("\u2523")
    assert rows["002"].index("\u25b6") > rows["002"].index("\u2523")  # no upper bound: an arrow
    ticks = next(line for line in out.splitlines() if "\u253c" in line)
    labels = out.splitlines()[out.splitlines().index(ticks) + 1].split()
    assert [int(label) for label in labels] == sorted(int(label) for label in labels)
    assert int(labels[0]) <= 44 and int(labels[-1]) >= 51
    assert "No name is counted as a member by one source" in out


def test_membership_conflict_in_the_terminal(runner):
    result = invoke(runner, "--sources", str(SUMMIT))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Norrvik Grid: 1 source counts it as a member, 1 says it is absent" in out
    assert "\u2714 kestrelhavn_post" in out and "\u2718 trade_journal" in out
    assert "Norrvik Grid's no-show" in out


def count(low: float, high: float, cue: str, low_open: bool = False) -> Quantity:
    return Quantity("count", None, low, high, low_open, False, cue, "member", "", (0, 0), (0, 0))


def test_axis_spans_every_figure_with_round_ticks():
    figures = [
        count(44, 46, "approximate"),
        count(50, math.inf, "more_than", low_open=True),
    ]
    scale = layout.axis(figures)
    assert scale.low <= 44 and scale.high > 51
    assert scale.ticks[0] == scale.low and scale.ticks[-1] == scale.high
    steps = {b - a for a, b in zip(scale.ticks, scale.ticks[1:], strict=False)}
    assert len(steps) == 1 and steps.pop() in (1, 2, 5, 10)
    assert scale.fraction(math.inf) == 1.0 and scale.fraction(0) == 0.0
    assert layout.figure(figures[0]) == "44\u201346" and layout.figure(figures[1]) == "\u2265 51"
