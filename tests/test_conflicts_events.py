"""`alliance conflicts` on folders that are not the seeds: disagreements of every kind the
engine reads (a figure of the same quantity, the score, the date of the same event, the one
filler of a role, an outcome, a participation), grouped without naming a story, and never a
comparison of figures compatible at their precision, of different things, owners or
occasions."""

from __future__ import annotations

import json

import pytest
from cli_run import run
from conftest import REPO

from alliance_cli import api
from alliance_cli.events import canonical

FINAL = REPO / "tests" / "fixtures" / "disputes" / "cup_final"
TAKEOVER = REPO / "tests" / "fixtures" / "disputes" / "takeover"


def conflicts_of(write_corpus, files: dict[str, str]) -> api.Conflicts:
    return api.conflicts(api.load_sources([write_corpus(files)]))


def rows(block: str) -> dict[str, str]:
    """The lines of a printed table by the source id that starts them."""
    return {line.split()[0]: line for line in block.splitlines() if line and line[0] != " "}


def section(out: str, title: str) -> str:
    """The block of the output that starts with `title`, up to the next blank line."""
    start = out.index(title)
    end = out.find("\n\n", start)
    return out[start : end if end >= 0 else len(out)]


# ---------------------------------------------------------------- a cup final, as a user sees it


def test_the_attendance_on_a_number_line(tmp_path):
    done = run(tmp_path, "conflicts", "--sources", str(FINAL), COLUMNS="100")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith(
        "5 sources: 1 disputed count, 0 disputed memberships, 6 disagreements about events"
    )
    block = section(out, "Spectator count: figures from 4 sources that cannot all be true")
    lines = rows(block.split("\n", 1)[1])
    assert "88000\u201390000 \u201cAbout 89,000 fans\u201d" in lines["city_sport"]
    assert "\u2265 90001 \u201cMore than 90,000 supporters\u201d" in lines["evening_courier"]
    assert "88966 \u201c88,966 spectators\u201d" in lines["harbour_herald"]
    assert "no figure" in lines["fan_blog"]
    assert "61,200" not in out  # last year's final is another occasion


def test_score_date_winner_coach_and_participation_as_tables(tmp_path):
    out = run(tmp_path, "conflicts", "--sources", str(FINAL), COLUMNS="120").stdout
    score = rows(
        section(out, "Ardent Cup (win), the score: 3 sources: 1 differs from the other 2").split(
            "\n", 1
        )[1]
    )
    assert score["city_sport"].split()[1] == "3-1"
    assert score["harbour_herald"].split()[1] == score["evening_courier"].split()[1] == "2-1"

    date = rows(section(out, "Ardent Cup (win), the date: 4 sources").split("\n", 1)[1])
    assert date["city_sport"].split()[1] == "2025-05-18"  # "on Sunday", dated May 19
    assert {date[s].split()[1] for s in ("evening_courier", "harbour_herald", "wire_service")} == {
        "2025-05-17"  # "on Saturday", dated May 18
    }
    assert "fan_blog" not in date  # no dateline: its "Saturday" is no date

    title = "Ardent Cup (win), the winner: 5 sources: 1 differs from the other 4"
    winner = rows(section(out, title).split("\n", 1)[1])  # "Harrowgate" is Harrowgate United
    assert "Bellmoor City won the Ardent Cup" in winner["fan_blog"]
    assert winner["wire_service"].split()[1:3] == ["Harrowgate", "United"]

    outcome = rows(
        section(out, "Ardent Cup (win), Bellmoor as loser or winner: 4").split("\n", 1)[1]
    )
    assert outcome["fan_blog"].split()[1] == "winner"
    assert outcome["harbour_herald"].split()[1] == "loser"

    coach = rows(section(out, "Harrowgate, the coach: 3 sources").split("\n", 1)[1])
    assert coach["city_sport"].split()[1:3] == ["Tomas", "Lind"]
    assert coach["evening_courier"].split()[1:3] == ["Mira", "Olsen"]

    played = section(out, "Final (take part), Jon Reyes as participant: 3")
    played = rows(played.split("\n", 1)[1])
    assert played["city_sport"].split()[1] == "yes"  # "played in the final"
    assert played["wire_service"].split()[1] == "no"  # "missed the final"


def test_json_of_a_takeover_follows_the_schema(tmp_path, validate):
    done = run(tmp_path, "conflicts", "--json", "--sources", str(TAKEOVER))
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    validate(found, "conflicts")
    texts = {path.stem: path.read_text(encoding="utf-8") for path in TAKEOVER.glob("*.txt")}
    for conflict in found:
        for value in conflict["values"]:
            text = texts[value["source"]]
            assert text[slice(*value["span"])] == value["text"]
            assert text[slice(*value["evidence_span"])] == value["evidence"]
    kinds = {(c["kind"], c["about"]) for c in found}
    assert kinds == {
        ("figure", "acquire"),
        ("count", "employee"),
        ("role", "Tallis Dairy (acquire), the buyer"),
        ("date", "Tallis Dairy (acquire), the date"),
        ("role", "Tallis, the chief executive"),
    }
    price = next(c for c in found if c["kind"] == "figure")
    assert (price["measure"], price["unit"]) == ("money", "usd")
    assert {v["source"]: v["text"] for v in price["values"]} == {
        "business_daily": "$1.4 billion",
        "city_desk": "about $1.2 billion",
        "market_wire": "$1.2 billion",
    }
    staff = next(c for c in found if c["kind"] == "count")
    assert staff["of"] == "Tallis"  # "the dairy has 2,400 employees" joins the only owner's
    assert len(staff["values"]) == 4
    buyer = next(c for c in found if c["about"].endswith("the buyer"))
    assert {v["source"]: v["value"] for v in buyer["values"]}["farm_gazette"] == "Crestway Group"


# ---------------------------------------------------------------- precision first


@pytest.mark.parametrize(
    "files",
    [
        pytest.param(
            {
                "a.txt": "The final drew 88,966 spectators to the Marlow Stadium.\n",
                "b.txt": "About 89,000 fans watched the final.\n",
                "c.txt": "Nearly 89,000 supporters were at the final.\n",
            },
            id="figures-compatible-at-their-precision",
        ),
        pytest.param(
            {
                "a.txt": "Acme employs 300 people. The final drew 88,966 spectators. "
                "Acme will pay a fee of $3 million.\n",
                "b.txt": "Brightline employs 2,000 people. Last year's final drew 61,200 "
                "spectators. Acme paid a fee of $2 million. The final was won by 14,000 votes.\n",
                "c.txt": "The 2019 final drew 40,000 spectators. Some 9,000 ballots were cast.\n",
            },
            id="figures-of-other-things-owners-occasions-or-plans",
        ),
    ],
)
def test_figures_that_do_not_disagree_are_no_conflict(write_corpus, files):
    assert conflicts_of(write_corpus, files) == api.Conflicts((), ())


def test_dates_roles_and_scores_of_different_events_are_not_compared(write_corpus):
    found = conflicts_of(
        write_corpus,
        {
            "a.txt": "Harrowgate United won the Ardent Cup on May 17, 2025. "
            "Harrowgate coach Mira Olsen was pleased.\n",
            "b.txt": "Harrowgate United won the Keld Trophy on March 2, 2025. "
            "Bellmoor coach Tomas Lind was not, and nor was the former Harrowgate coach Ivo "
            "Sterne.\n",
            "c.txt": "Harrowgate United beat Kelso Town 3-0 on April 3, 2025.\n",
            "d.txt": "Harrowgate United beat Bellmoor City 2-1 on May 17, 2025.\n",
        },
    )
    assert found.others == ()


def test_the_same_event_however_the_sources_name_it(write_corpus):
    found = conflicts_of(
        write_corpus,
        {
            "a.txt": "Harrowgate United beat Bellmoor City 2-1 on May 17, 2025.\n",
            "b.txt": "Bellmoor edged Harrowgate 3-2 on May 18, 2025.\n",
        },
    )
    kinds = {(d.kind, d.about) for d in found.others}
    assert ("score", "win, the score") in kinds
    assert ("date", "win, the date") in kinds
    assert ("role", "win, the winner") in kinds
    outcome = {d.about for d in found.others if d.kind == "outcome"}
    assert outcome == {
        "win, Harrowgate United as loser or winner",
        "win, Bellmoor City as loser or winner",
    }


def test_a_name_is_one_with_its_longer_form_unless_two_claim_it():
    assert canonical({"harrowgat", "harrowgat unit"}) == {
        "harrowgat": "harrowgat unit",
        "harrowgat unit": "harrowgat unit",
    }
    ambiguous = canonical({"marsh", "lena marsh", "tom marsh"})
    assert ambiguous["marsh"] == "marsh"  # two people called Marsh: neither


def test_the_seeds_keep_their_member_count_and_nothing_else(seeds):
    found = api.conflicts(seeds)
    assert [(c.kind, c.counted, c.owner) for c in found.counts] == [
        ("count", "member", "AI Alliance")
    ]
    assert found.memberships == () and found.others == ()


def test_the_html_report_has_the_tables_too(tmp_path):
    claims = tmp_path / "claims.yaml"
    drafted = run(tmp_path, "claims", "init", "--sources", str(FINAL), "-o", str(claims))
    assert drafted.returncode == 0, drafted.stderr
    page = tmp_path / "report.html"
    done = run(
        tmp_path, "report", "--sources", str(FINAL), "--claims", str(claims), "--html", str(page)
    )
    assert done.returncode == 0, done.stderr
    assert "1 disputed count, 0 disputed memberships, 6 disagreements about events" in done.stdout
    html = page.read_text(encoding="utf-8")
    assert "<h3>Spectator count</h3>" in html
    assert "<h3>Ardent Cup (win), the winner (role)</h3>" in html
    assert "Bellmoor City</b><blockquote><mark>Bellmoor City</mark> won the Ardent Cup" in html


# ---------------------------------------------------------------- other occasions, suppositions


def test_other_years_suppositions_and_other_meetings_are_not_one_event(tmp_path):
    pairs = [
        (
            "Harrowgate United won the Ardent Cup in 2024.",
            "Bellmoor City won the Ardent Cup in 2025.",
        ),
        (
            "Harrowgate United won the Ardent Cup.",
            "If Bellmoor City had won the Ardent Cup, the mayor would have resigned.",
        ),
        (
            "Harrowgate United beat Bellmoor City 2-1 in the final.",
            "Harrowgate United beat Bellmoor City 3-0 in the league in March.",
        ),
        (
            "Harrowgate United won the Ardent Cup.",
            "Harrowgate United did not win the Ardent Cup in 2024.",
        ),
    ]
    for i, (a, b) in enumerate(pairs):
        folder = tmp_path / f"p{i}"
        folder.mkdir()
        (folder / "a.txt").write_text(a + "\n")
        (folder / "b.txt").write_text(b + "\n")
        done = run(tmp_path, "conflicts", "--sources", str(folder), "--format", "json")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == [], (a, b)


def test_two_winners_of_one_year_still_disagree_and_a_denial_only_on_the_doer(write_corpus):
    def others(a: str, b: str) -> list[str]:
        found = conflicts_of(write_corpus, {"a.txt": a + "\n", "b.txt": b + "\n"})
        return [d.about for d in found.others]

    assert others(
        "Harrowgate United won the Ardent Cup in 2024.", "Bellmoor City won the Ardent Cup in 2024."
    ) == ["Ardent Cup (win), the winner"]
    assert others(  # and no "Ardent Cup as contest"
        "Harrowgate United won the Ardent Cup.", "Harrowgate United did not win the Ardent Cup."
    ) == ["Ardent Cup (win), Harrowgate United as winner"]


# ---------------------------------------------------------------- figures that are no total


def test_a_part_a_change_or_another_time_is_no_total(write_corpus):
    whole = "The Acme Group has 47 members.\n"
    for other in (
        "The Acme Group has 20 founding members.\n",
        "The Acme Group added 12 members this year.\n",
        "The Acme Group had 30 members when it launched in 2019.\n",
    ):
        found = conflicts_of(write_corpus, {"a.txt": whole, "b.txt": other})
        assert found.counts == (), other
    found = conflicts_of(
        write_corpus, {"a.txt": whole, "b.txt": "The Acme Group has 45 members.\n"}
    )
    assert [c.counted for c in found.counts] == ["member"]


def test_figures_of_an_older_recall_or_another_trial_are_not_charted(tmp_path):
    news = REPO / "tests" / "fixtures" / "news"
    out = run(tmp_path, "conflicts", "--json", "--sources", str(news / "recall")).stdout
    texts = {value["text"] for row in json.loads(out) for value in row["values"]}
    assert texts and not any("86,000" in t or "19 injuries" in t for t in texts)
    out = run(tmp_path, "conflicts", "--json", "--sources", str(news / "trial")).stdout
    assert "a jury of eight in neighbouring" not in out


def test_a_member_is_one_a_membership_word_says_is_or_is_not(tmp_path):
    trial = REPO / "tests" / "fixtures" / "news" / "trial"
    out = run(tmp_path, "conflicts", "--json", "--sources", str(trial)).stdout
    assert not [row for row in json.loads(out) if row["kind"] == "membership"]


# ---------------------------------------------------------------- Markdown sources


def test_markdown_quotes_are_the_file_text_at_their_span(tmp_path):
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / "a.md").write_text(
        "Report\n\nAround **90,000** spectators saw *Harrowgate United* win the Ardent Cup.\n"
    )
    (folder / "b.txt").write_text("About 70,000 spectators saw Bellmoor City win the Ardent Cup.\n")
    texts = {"a": (folder / "a.md").read_text(), "b": (folder / "b.txt").read_text()}
    done = run(tmp_path, "conflicts", "--json", "--sources", str(folder))
    found = json.loads(done.stdout)
    values = [value for row in found for value in row["values"]]
    assert {row["kind"] for row in found} == {"count", "role"}
    for value in values:
        text = texts[value["source"]]
        assert value["text"] == text[slice(*value["span"])]
        assert value["evidence"] == text[slice(*value["evidence_span"])]
    assert "Around **90,000** spectators" in {value["text"] for value in values}
    table = run(tmp_path, "conflicts", "--sources", str(folder), COLUMNS="200").stdout
    assert "\u201cAround 90,000 spectators\u201d" in table
    assert "saw Harrowgate United win" in table and "*" not in table and "Around  " not in table


def test_counts_labels_and_money_as_a_user_reads_them(tmp_path):
    folder = tmp_path / "prize"
    folder.mkdir()
    (folder / "a.txt").write_text("The club received a prize of €3 million.\n")
    (folder / "b.txt").write_text("The club received a prize of €2 billion.\n")
    out = run(tmp_path, "conflicts", "--sources", str(folder), COLUMNS="120").stdout
    assert out.startswith("2 sources: 0 disputed counts")
    assert "Money (prize): figures from 2 sources" in out
    assert "3 million \u201c\u20ac3 million\u201d" in out and "2 billion" in out
    assert "000000" not in out
    one = tmp_path / "one"
    one.mkdir()
    (one / "a.txt").write_text("The club received a prize of €3 million.\n")
    claims = tmp_path / "claims.yaml"
    drafted = run(tmp_path, "claims", "init", "--sources", str(one), "-o", str(claims))
    assert drafted.stdout.endswith(": 1 claim to review\n")
    page = tmp_path / "r.html"
    done = run(
        tmp_path, "report", "--sources", str(one), "--claims", str(claims), "--html", str(page)
    )
    assert ": 1 claim \u00d7 1 source, " in done.stdout
    shown = run(tmp_path, "show", "--sources", str(one), "a").stdout
    assert "1 sentence" in shown and "1 sentences" not in shown


def test_the_same_disagreements_in_the_same_order_on_every_run(tmp_path, write_corpus):
    """Nothing in what `conflicts` finds or prints hangs on the order of a set, which Python
    changes from run to run (PYTHONHASHSEED): here, which name of two each said to have won
    is shown first."""
    folder = write_corpus(
        {
            "a.txt": "Cup final\n\nOakridge beat Glenrow 7-5 on Saturday in the cup final.\n",
            "b.txt": "Cup final\n\nGlenrow beat Oakridge 10-7 on Saturday in the cup final.\n",
        }
    )
    outputs = {
        run(tmp_path, "conflicts", "--json", "--sources", str(folder), PYTHONHASHSEED=str(seed))
        for seed in range(8)
    }
    assert len(outputs) == 1
    (done,) = outputs
    assert done.returncode == 0 and "Oakridge as loser or winner" in done.stdout
