"""`alliance claims init --sources DIR [-o FILE] [--force]`: a claims file drafted for a
folder, to review: one claim per value of each disagreement, then per figure, date and
participant; today's verdicts as `expect`, a note quoting the evidence. The existing loader
reads it and `audit` reports no mismatch on it at once; it is written by the one safe writer,
never over an existing file without --force."""

from __future__ import annotations

import os

import pytest
from cli_run import assert_one_line_error, run
from conftest import REPO

from alliance_cli import api

FINAL = REPO / "tests" / "fixtures" / "disputes" / "cup_final"
TAKEOVER = REPO / "tests" / "fixtures" / "disputes" / "takeover"


@pytest.mark.parametrize("folder", [FINAL, TAKEOVER, REPO / "seeds"], ids=lambda p: p.name)
def test_audit_passes_at_once_on_the_draft(tmp_path, folder):
    target = tmp_path / "claims.yaml"
    done = run(tmp_path, "claims", "init", "--sources", str(folder), "-o", str(target))
    assert done.returncode == 0, done.stderr
    claims = api.load_claims(target)  # the existing loader reads it
    assert done.stdout == f"Wrote {target}: {len(claims)} claims to review\n"
    assert len(claims) >= 5
    audit = run(tmp_path, "audit", "--sources", str(folder), "--claims", str(target))
    assert audit.returncode == 0, audit.stdout + audit.stderr
    n = len(api.load_sources([folder]))
    expected = f"{len(claims)} curated claims \u00d7 {n} sources: every verdict as expected\n"
    assert audit.stdout == expected


def test_the_draft_on_standard_output_says_it_is_to_review(tmp_path):
    done = run(tmp_path, "claims", "init", "--sources", str(FINAL))
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert text.startswith("# Claims drafted by `alliance claims init` from 5 sources in ")
    assert "A draft for you to review" in text.split("claims:", 1)[0]
    (tmp_path / "c.yaml").write_text(text, encoding="utf-8")
    claims = {claim.text: claim for claim in api.load_claims(tmp_path / "c.yaml")}
    crowd = claims["More than 90,000 supporters packed the Marlow Stadium"]
    assert crowd.tags == ("count",)
    expect = {source: stance.value for source, stance, _ in crowd.expect}
    assert expect["evening_courier"] == "supports"
    assert expect["harbour_herald"] == "contradicts"  # 88,966
    assert expect["fan_blog"] == "omits"
    assert crowd.note.startswith("evening_courier says: \u201cMore than 90,000 supporters")
    winner = claims["Bellmoor City won the Ardent Cup on Saturday"]
    assert winner.tags == ("role",)
    assert {s: v.value for s, v, _ in winner.expect}["fan_blog"] == "supports"
    kinds = {tag for claim in claims.values() for tag in claim.tags}
    assert {"count", "score", "role", "date", "participation"} <= kinds  # each text once


def test_never_over_an_existing_file_without_force(tmp_path):
    target = tmp_path / "claims.yaml"
    target.write_text("mine\n", encoding="utf-8")
    done = run(tmp_path, "claims", "init", "--sources", str(TAKEOVER), "-o", str(target))
    assert_one_line_error(done, f"{target}: exists: give --force to replace it")
    assert target.read_text(encoding="utf-8") == "mine\n"
    forced = run(
        tmp_path, "claims", "init", "--sources", str(TAKEOVER), "-o", str(target), "--force"
    )
    assert forced.returncode == 0, forced.stderr
    assert target.read_text(encoding="utf-8").startswith("# Claims drafted")


def test_a_link_is_refused_even_with_force(tmp_path):
    real = tmp_path / "real.yaml"
    real.write_text("mine\n", encoding="utf-8")
    link = tmp_path / "link.yaml"
    os.symlink(real, link)
    done = run(tmp_path, "claims", "init", "--sources", str(TAKEOVER), "-o", str(link), "--force")
    assert done.returncode == 2 and done.stdout == ""
    assert "link" in done.stderr
    assert real.read_text(encoding="utf-8") == "mine\n"


def test_dash_is_standard_output(tmp_path):
    done = run(tmp_path, "claims", "init", "--sources", str(TAKEOVER), "-o", "-")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# Claims drafted by `alliance claims init` from 4 sources")
    assert "Wrote" not in done.stdout + done.stderr


def test_names_and_text_no_yaml_reader_would_choke_on(tmp_path, write_corpus):
    folder = write_corpus(
        {
            "a\x1bb\u2028c.txt": "Harrowgate United won the Ardent Cup on May 17, 2025.\u2028 "
            "Harrowgate coach Mira Olsen\x85 said 88,966 spectators came.\n",
            "b.txt": "Bellmoor City won the Ardent Cup on May 17, 2025. Harrowgate coach "
            "Tomas Lind said more than 90,000 spectators came.\n",
        },
        folder="we\nird",
    )
    target = tmp_path / "claims.yaml"
    done = run(tmp_path, "claims", "init", "--sources", str(folder), "-o", str(target))
    assert done.returncode == 0, done.stderr
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Claims drafted") and "we\\nird" in text.split("\n")[0]
    assert "\u2028" not in text and "\x85" not in text and "\x1b" not in text
    claims = api.load_claims(target)
    assert "Harrowgate United won the Ardent Cup on May 17, 2025" in {c.text for c in claims}
    audit = run(tmp_path, "audit", "--sources", str(folder), "--claims", str(target))
    assert audit.returncode == 0, audit.stdout + audit.stderr


def test_a_folder_with_nothing_to_claim_gives_an_empty_list_audit_accepts(tmp_path, write_corpus):
    folder = write_corpus({"a.txt": "It rained.\n"})
    target = tmp_path / "claims.yaml"
    done = run(tmp_path, "claims", "init", "--sources", str(folder), "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert target.read_text(encoding="utf-8").endswith("\nclaims: []\n")
    audit = run(tmp_path, "audit", "--sources", str(folder), "--claims", str(target))
    assert audit.returncode == 0, audit.stdout + audit.stderr


def test_only_whole_statements_are_drafted(tmp_path):
    final = REPO / "tests" / "fixtures" / "news" / "final"
    target = tmp_path / "claims.yaml"
    done = run(tmp_path, "claims", "init", "--sources", str(final), "-o", str(target))
    assert done.returncode == 0, done.stderr
    texts = {claim.text for claim in api.load_claims(target)}
    for fragment in (
        "Rovers captain Ander Mossley",
        "A crowd of 38,500",
        "Dunmarrow Athletic are Calloway Shield winners after Piet Halvorsen",
        "Dunmarrow Athletic are Calloway Shield winners after Piet Halvorsen, introduced from "
        "the bench midway through the second half",
    ):
        assert fragment not in texts
    assert "More than 41,000 supporters filled Hestwick Park" in texts  # a whole clause
    assert any(t.startswith("Dunmarrow Athletic are Calloway Shield winners after") for t in texts)
