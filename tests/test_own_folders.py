"""A user's own folder, driven through the CLI: the bundled claims are not run against it,
Markdown is read as the text it shows (evidence and spans stay the file's own), and a
source's date is the one its metadata or dateline gives."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cli_run import assert_one_line_error, run

from alliance_cli.api import default_sources_path

NOTES = Path(__file__).parent / "fixtures" / "notes"
CLAIMS = NOTES / "claims.yaml"
INIT = f"alliance claims init --sources {NOTES} -o claims.yaml"


@pytest.mark.parametrize(
    "command",
    [["audit"], ["matrix"], ["report", "--html", "out.html"], ["check", "--all"]],
    ids=["audit", "matrix", "report", "check-all"],
)
def test_the_bundled_claims_are_refused_for_an_own_folder(tmp_path, command):
    result = run(tmp_path, *command, "--sources", str(NOTES))
    assert_one_line_error(result, "bundled claims are about the bundled seeds", INIT)
    assert "--sources" in result.stderr
    assert not (tmp_path / "out.html").exists()


def test_the_refusal_names_the_variable_the_folder_came_from(tmp_path):
    result = run(tmp_path, "matrix", ALLIANCE_SOURCES=str(NOTES))
    assert_one_line_error(result, "sources from ALLIANCE_SOURCES", INIT)


@pytest.mark.parametrize(
    "command",
    [
        ["conflicts"],
        ["check", "The AI Alliance has 47 members"],
        ["matrix", "The AI Alliance has 47 members"],
        ["sources"],
    ],
    ids=["conflicts", "check-a-claim", "matrix-a-claim", "sources"],
)
def test_what_needs_no_curated_claims_works_on_an_own_folder(tmp_path, command):
    result = run(tmp_path, *command, "--sources", str(NOTES))
    assert result.returncode == 0, result.stderr
    assert result.stdout and not result.stderr


def test_a_claims_file_for_the_folder_is_audited(tmp_path):
    result = run(tmp_path, "audit", "--sources", str(NOTES), "--claims", str(CLAIMS))
    assert result.returncode == 0, result.stderr
    assert "4 sources: every verdict as expected" in result.stdout
    result = run(
        tmp_path, "check", "--all", "--json", "--sources", str(NOTES), ALLIANCE_CLAIMS=str(CLAIMS)
    )
    assert [doc["id"] for doc in json.loads(result.stdout)] == ["members-47", "first-summit"]


def test_the_bundled_seeds_named_by_another_path_are_the_seeds(tmp_path):
    """The rule compares resolved paths: the seeds folder through a link, or one seed file,
    is still the bundled seeds."""
    link = tmp_path / "my-seeds"
    link.symlink_to(default_sources_path().resolve(), target_is_directory=True)
    one_seed = next(default_sources_path().glob("004_*.txt"))
    for sources in (str(link), str(default_sources_path()) + "/", str(one_seed)):
        result = run(tmp_path, "matrix", "--json", "--sources", sources)
        assert result.returncode == 0, (sources, result.stderr)
    assert run(tmp_path, "audit", "--sources", str(link)).returncode == 0


def test_markdown_titles_and_dates_from_front_matter_metadata_and_datelines(tmp_path):
    result = run(tmp_path, "sources", "--json", "--sources", str(NOTES))
    listed = {doc["id"]: (doc["title"], doc["date"]) for doc in json.loads(result.stdout)}
    assert listed == {
        "alliance-notes": ("Notes on the AI Alliance", "2024-03-14"),  # front matter
        "essay": ("Why open AI matters", None),  # 2019 and 2023 in its text date events
        "memo": ("Alliance memo", "2024-02-01"),  # a 'Date:' line, not the title
        "wire": ("Alliance passes 100 members", "2024-03-12"),  # setext title, dateline
    }
    table = run(tmp_path, "sources", "--sources", str(NOTES)).stdout
    assert "│ essay          │ Why open AI matters         │ —          │" in table


def _verdicts(tmp_path: Path, claim: str) -> dict[str, dict]:
    result = run(tmp_path, "check", claim, "--json", "--sources", str(NOTES))
    assert result.returncode == 0, result.stderr
    return {verdict["source"]: verdict for verdict in json.loads(result.stdout)[0]["verdicts"]}


def test_markdown_evidence_is_the_file_text_at_its_span(tmp_path):
    verdicts = _verdicts(tmp_path, "The AI Alliance has 47 members")
    found = verdicts["alliance-notes"]
    assert found["verdict"] == "supports"
    start, end = found["span"]
    text = (NOTES / "alliance-notes.md").read_text(encoding="utf-8")
    assert text[start:end] == found["evidence"]
    assert found["evidence"].startswith("The alliance counts [47 members](https://example.org/")
    for step in found["proof"]:
        if step["source_span"]:
            assert text[slice(*step["source_span"])] == step["source"]


@pytest.mark.parametrize(
    "claim", ["The AI Alliance has 99 members", "The AI Alliance has 80 members"]
)
def test_a_link_url_and_an_html_comment_are_not_read(tmp_path, claim):
    assert _verdicts(tmp_path, claim)["alliance-notes"]["verdict"] == "contradicts"


def test_an_image_alt_text_is_read(tmp_path):
    found = _verdicts(tmp_path, "12 founders")["alliance-notes"]
    assert (found["verdict"], found["evidence"]) == ("supports", "A photo of 12 founders")


def test_the_table_and_show_print_markdown_as_it_reads(tmp_path):
    table = run(tmp_path, "check", "The AI Alliance has 47 members", "--sources", str(NOTES))
    assert "The alliance counts 47 members." in table.stdout
    assert "](" not in table.stdout and "**" not in table.stdout
    shown = run(
        tmp_path, "show", "alliance-notes", "--claim", "47 members", "--sources", str(NOTES)
    )
    assert shown.returncode == 0, shown.stderr
    for line in ("1   Notes on the AI Alliance", "2 ✔ The alliance counts 47 members.",
                 "4   IBM and Meta founded the AI Alliance.", "7   A photo of 12 founders"):  # fmt: skip
        assert line in shown.stdout
    for markup in ("**", "](", "`", "<!--", "---", "title:", "> "):
        assert markup not in shown.stdout


def test_metadata_is_in_no_evidence(tmp_path):
    found = _verdicts(tmp_path, "The AI Alliance has 60 members")["memo"]
    assert found["evidence"] == "The AI Alliance has 60 members, the memo says."


def test_a_front_matter_date_dates_relative_dates(tmp_path):
    verdicts = _verdicts(tmp_path, "The AI Alliance held its first summit on March 12, 2024")
    assert verdicts["alliance-notes"]["verdict"] == "supports"
    verdicts = _verdicts(tmp_path, "The AI Alliance held its first summit on March 11, 2024")
    assert verdicts["alliance-notes"]["verdict"] == "contradicts"


def test_the_html_report_quotes_markdown_as_it_reads(tmp_path):
    result = run(
        tmp_path, "report", "--html", "out.html", "--sources", str(NOTES), "--claims", str(CLAIMS)
    )
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "<blockquote>The alliance counts <mark>47 members</mark>.</blockquote>" in page
    assert "example.org" not in page


@pytest.mark.parametrize(
    "command",
    [["audit"], ["matrix"], ["report", "--html", "out.html"], ["check", "--all"]],
    ids=["audit", "matrix", "report", "check-all"],
)
def test_a_missing_source_path_is_said_before_any_refusal(tmp_path, command):
    result = run(tmp_path, *command, "--sources", str(tmp_path / "gone"))
    assert_one_line_error(result, f"{tmp_path / 'gone'}: no such file or folder")


def test_a_folder_or_file_named_twice_is_read_once(tmp_path):
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "h1.txt").write_text("The Acme Group has 47 members.\n")
    (notes / "h2.md").write_text("The Acme Group has 45 members.\n")
    twice = ["--sources", str(notes), "--sources", f"{notes}/", "--sources", str(notes / "h1.txt")]
    result = run(tmp_path, "sources", "--json", *twice)
    assert result.returncode == 0, result.stderr
    assert [source["id"] for source in json.loads(result.stdout)] == ["h1", "h2"]


def test_a_file_reached_through_links_is_read_once(tmp_path):
    """A folder named by a link, and a link in a folder to a file also named, are the files
    they lead to."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "h1.txt").write_text("The Acme Group has 47 members.\n")
    (tmp_path / "h2.txt").write_text("The Acme Group has 45 members.\n")
    (notes / "h2.txt").symlink_to(tmp_path / "h2.txt")
    (tmp_path / "alias").symlink_to(notes)
    named = ["--sources", str(tmp_path / "alias"), "--sources", str(notes / "h1.txt")]
    result = run(tmp_path, "sources", "--json", *named, "--sources", str(tmp_path / "h2.txt"))
    assert result.returncode == 0, result.stderr
    assert [source["id"] for source in json.loads(result.stdout)] == ["h1", "h2"]


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["claims", "init", "-o", ""], "'--output' / '-o'"),
        (["sources", "--sources", ""], "'--sources' / '-s'"),
        (["claims", "--claims", ""], "'--claims' / '-c'"),
        (["report", "--html", ""], "'--html'"),
    ],
    ids=["output", "sources", "claims", "html"],
)
def test_an_empty_path_is_a_usage_error_naming_its_option(tmp_path, args, option):
    result = run(tmp_path, *args)
    assert_one_line_error(result, option, "an empty path names no file or folder")
    assert os.listdir(tmp_path) == []
