"""The `alliance` command through Typer's CliRunner: each command, JSON, options, env vars,
errors and printing."""

from __future__ import annotations

import json
import re

import pytest
from conftest import SEED_IDS, VERDICTS_47_MEMBERS

from alliance_cli import api
from alliance_cli.cli import app

SGR = re.compile(r"\x1b\[([0-9;]*)m")
COLOUR_PARAMS = {*range(30, 39), *range(40, 49), *range(90, 98), *range(100, 108)}


def has_colour(text: str) -> bool:
    """Whether `text` holds an escape sequence that sets a foreground or background colour."""
    for params in SGR.findall(text):
        if any(p and int(p) in COLOUR_PARAMS for p in params.split(";")):
            return True
    return False


SMALL = {
    "a.txt": "Widget News\n\nThe Widget Coalition has 47 members.\n",
    "b.md": "# Gadget Guild\n\nAcme's no-show was noted.\n",
}


def invoke(runner, *args, env=None):
    return runner.invoke(app, list(args), env=env)


def stdout_json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def assert_one_line_error(result, *needles):
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("alliance: error: ")
    for needle in needles:
        assert needle in lines[0]


# ---------------------------------------------------------------- check


def test_check_prints_a_table_with_every_seed(runner):
    result = invoke(runner, "check", "47 members")
    assert result.exit_code == 0, result.output
    for seed_id in SEED_IDS:
        assert seed_id in result.stdout
    assert "supports" in result.stdout and "contradicts" in result.stdout
    assert "members-47" in result.stdout


def test_check_prints_the_summary(runner):
    result = invoke(runner, "check", "47 members")
    assert "1 supports" in result.stdout
    assert "3 contradict" in result.stdout
    assert "1 omits" in result.stdout


def test_check_says_when_a_claim_is_checked_as_written(runner):
    result = invoke(runner, "check", "48 members")
    assert result.exit_code == 0
    assert "checked as written" in result.stdout


def test_check_json_has_one_element_per_claim_in_order(runner):
    doc = stdout_json(invoke(runner, "check", "47 members", "48 members", "--json"))
    assert [element["claim"] for element in doc] == ["47 members", "48 members"]
    assert [element["id"] for element in doc] == ["members-47", None]


def test_check_json_verdicts_follow_sources_order(runner):
    check = stdout_json(invoke(runner, "check", "47 members", "--json"))
    listed = stdout_json(invoke(runner, "sources", "--json"))
    assert [v["source"] for v in check[0]["verdicts"]] == [s["id"] for s in listed]


def test_check_json_holds_the_required_verdicts(runner):
    (element,) = stdout_json(invoke(runner, "check", "47 members", "--json"))
    got = {v["source"][:3]: v["verdict"] for v in element["verdicts"]}
    assert got == VERDICTS_47_MEMBERS
    assert element["summary"] == {"supports": 1, "contradicts": 3, "omits": 1}


def test_check_json_omits_have_no_evidence(runner):
    (element,) = stdout_json(invoke(runner, "check", "47 members", "--json"))
    (omitted,) = [v for v in element["verdicts"] if v["verdict"] == "omits"]
    assert omitted["evidence"] is None and omitted["span"] is None


def test_check_all_checks_every_curated_claim(runner, curated):
    doc = stdout_json(invoke(runner, "check", "--all", "--json"))
    assert [element["id"] for element in doc] == [claim.id for claim in curated]


def test_check_all_with_a_claim_checks_both(runner, curated):
    doc = stdout_json(invoke(runner, "check", "48 members", "--all", "--json"))
    assert len(doc) == len(curated) + 1
    assert doc[0]["claim"] == "48 members"


def test_check_without_a_claim_is_a_usage_error(runner):
    result = invoke(runner, "check")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_check_empty_claim_is_an_error(runner):
    assert_one_line_error(invoke(runner, "check", "   "), "empty")


def test_unknown_option_is_a_usage_error(runner):
    result = invoke(runner, "check", "47 members", "--bogus")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_unknown_command_is_a_usage_error(runner):
    result = invoke(runner, "bogus")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


# ---------------------------------------------------------------- sources and claims


def test_sources_lists_ids_titles_and_dates(runner):
    result = invoke(runner, "sources")
    assert result.exit_code == 0, result.output
    for seed_id in SEED_IDS:
        assert seed_id in result.stdout
    assert "Launch of AI Alliance" in result.stdout
    assert "2023-12-07" in result.stdout


def test_sources_json(runner, seeds):
    doc = stdout_json(invoke(runner, "sources", "--json"))
    assert [item["id"] for item in doc] == list(SEED_IDS)
    for item, source in zip(doc, seeds, strict=True):
        assert set(item) == {"id", "path", "title", "date", "words", "sentences"}
        assert item["title"] == source.title
        assert item["date"] == source.date
        assert item["words"] == source.words > 0
        assert item["sentences"] == len(source.sentences) > 0
    assert doc[0]["date"] == "2023-12-07"
    assert doc[2]["date"] == "2023-12-05"
    assert doc[3]["title"] == "Launch of AI Alliance"


def test_claims_lists_the_curated_claims(runner):
    result = invoke(runner, "claims")
    assert result.exit_code == 0, result.output
    assert "members-47" in result.stdout
    assert "The AI Alliance has 47 members" in result.stdout


def test_claims_json(runner, curated):
    doc = stdout_json(invoke(runner, "claims", "--json"))
    assert [item["id"] for item in doc] == [claim.id for claim in curated]
    first = doc[0]
    assert set(first) >= {"id", "text", "aliases", "tags", "expect"}
    assert first["id"] == "members-47"
    assert "47 members" in first["aliases"]
    assert first["expect"]["004"] == "supports"


# ---------------------------------------------------------------- --sources and --claims


def test_sources_option_reads_a_folder(runner, write_corpus):
    folder = write_corpus(SMALL)
    doc = stdout_json(invoke(runner, "sources", "--sources", str(folder), "--json"))
    assert [item["id"] for item in doc] == ["a", "b"]


def test_sources_option_reads_a_single_file(runner, write_corpus):
    folder = write_corpus(SMALL)
    doc = stdout_json(invoke(runner, "sources", "--sources", str(folder / "b.md"), "--json"))
    assert [item["id"] for item in doc] == ["b"]


def test_sources_option_repeats_in_the_order_given(runner, write_corpus):
    first = write_corpus({"z.txt": "Z."}, folder="first")
    second = write_corpus({"a.txt": "A."}, folder="second")
    doc = stdout_json(
        invoke(runner, "sources", "--sources", str(first), "-s", str(second), "--json")
    )
    assert [item["id"] for item in doc] == ["z", "a"]


def test_check_uses_the_sources_given(runner, write_corpus):
    folder = write_corpus(SMALL)
    doc = stdout_json(
        invoke(
            runner,
            "check",
            "The Widget Coalition has 47 members",
            "--sources",
            str(folder),
            "--json",
        )
    )
    assert [(v["source"], v["verdict"]) for v in doc[0]["verdicts"]] == [
        ("a", "supports"),
        ("b", "omits"),
    ]


def test_sources_env_var(runner, write_corpus):
    folder = write_corpus(SMALL)
    doc = stdout_json(invoke(runner, "sources", "--json", env={"ALLIANCE_SOURCES": str(folder)}))
    assert [item["id"] for item in doc] == ["a", "b"]


def test_sources_option_wins_over_the_env_var(runner, write_corpus):
    folder = write_corpus(SMALL)
    result = invoke(
        runner,
        "sources",
        "--json",
        "--sources",
        str(api.default_sources_path()),
        env={"ALLIANCE_SOURCES": str(folder)},
    )
    assert [item["id"] for item in stdout_json(result)] == list(SEED_IDS)


CUSTOM_CLAIMS = """\
claims:
  - id: widget-47
    text: The Widget Coalition has 47 members
    aliases: [the widget coalition is 47-strong]
    tags: [count]
"""


def test_claims_option(runner, write_claims):
    path = write_claims(CUSTOM_CLAIMS)
    doc = stdout_json(invoke(runner, "claims", "--claims", str(path), "--json"))
    assert [item["id"] for item in doc] == ["widget-47"]


def test_claims_env_var(runner, write_claims):
    path = write_claims(CUSTOM_CLAIMS)
    doc = stdout_json(invoke(runner, "claims", "--json", env={"ALLIANCE_CLAIMS": str(path)}))
    assert [item["id"] for item in doc] == ["widget-47"]


def test_check_resolves_claims_from_the_claims_file(runner, write_claims, write_corpus):
    path = write_claims(CUSTOM_CLAIMS)
    folder = write_corpus(SMALL)
    doc = stdout_json(
        invoke(
            runner,
            "check",
            "the widget coalition is 47-strong",
            "47 members",
            "--claims",
            str(path),
            "--sources",
            str(folder),
            "--json",
        )
    )
    assert [element["id"] for element in doc] == ["widget-47", None]
    assert doc[0]["verdicts"][0]["verdict"] == "supports"


def test_check_all_uses_the_claims_file(runner, write_claims, write_corpus):
    path = write_claims(CUSTOM_CLAIMS)
    folder = write_corpus(SMALL)
    result = invoke(runner, "check", "--all", "--json", "-c", str(path), "-s", str(folder))
    assert [element["id"] for element in stdout_json(result)] == ["widget-47"]


# ---------------------------------------------------------------- input errors


def test_missing_sources_path(runner, tmp_path):
    missing = tmp_path / "nowhere"
    assert_one_line_error(
        invoke(runner, "check", "47 members", "--sources", str(missing)), str(missing)
    )


def test_missing_sources_path_from_the_env_var(runner, tmp_path):
    missing = tmp_path / "nowhere"
    result = invoke(runner, "sources", env={"ALLIANCE_SOURCES": str(missing)})
    assert_one_line_error(result, str(missing))


def test_folder_without_texts(runner, write_corpus):
    folder = write_corpus({"notes.csv": "x"})
    assert_one_line_error(invoke(runner, "sources", "--sources", str(folder)), str(folder))


def test_binary_source(runner, write_corpus):
    folder = write_corpus({"a.txt": b"\x00\x01\x02binary"})
    assert_one_line_error(invoke(runner, "sources", "--sources", str(folder)), "a.txt")


def test_missing_claims_file(runner, tmp_path):
    missing = tmp_path / "none.yaml"
    assert_one_line_error(invoke(runner, "claims", "--claims", str(missing)), str(missing))


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("claims:\n  - id: a\n    text: [unclosed\n", None),
        ("claims:\n  - id: a\n    text: A claim\n    colour: red\n", 4),
        ("claims:\n  - id: a\n    text: One\n  - id: a\n    text: Two\n", 4),
        ('claims:\n  - id: a\n    text: A claim\n    expect:\n      "000": maybe\n', 5),
        ('claims:\n  - id: a\n    text: ""\n', 3),
    ],
    ids=["bad-yaml", "unknown-key", "duplicate-id", "unknown-verdict", "empty-text"],
)
@pytest.mark.parametrize("command", ["check", "claims", "audit"])
def test_bad_claims_file(runner, write_claims, command, text, line):
    path = write_claims(text)
    args = [command, "--claims", str(path)] + (["47 members"] if command == "check" else [])
    result = invoke(runner, *args)
    assert_one_line_error(result, f"{path}:")
    if line is not None:
        assert f"{path}:{line}:" in result.stderr


def test_expectation_naming_an_unknown_source(runner, write_claims):
    path = write_claims(
        'claims:\n  - id: a\n    text: A claim\n    expect:\n      "999": supports\n'
    )
    result = invoke(runner, "audit", "--claims", str(path))
    assert_one_line_error(result, f"{path}:5:", "999")


def test_invalid_utf8_source_warns_on_stderr_naming_the_file(runner, write_corpus):
    folder = write_corpus({"bad.txt": b"The Widget Coalition has 47 members.\nBad \xff byte.\n"})
    result = invoke(
        runner, "check", "The Widget Coalition has 47 members", "-s", str(folder), "--json"
    )
    assert result.exit_code == 0
    assert "alliance: warning:" in result.stderr
    assert str(folder / "bad.txt") in result.stderr
    assert json.loads(result.stdout)[0]["verdicts"][0]["verdict"] == "supports"


# ---------------------------------------------------------------- printing


def test_claim_markup_is_printed_literally(runner):
    result = invoke(runner, "check", "[bold red]x[/]")
    assert result.exit_code == 0, result.output
    assert "[bold red]x[/]" in result.stdout


def test_claim_markup_is_kept_in_json(runner):
    (element,) = stdout_json(invoke(runner, "check", "[bold red]x[/]", "--json"))
    assert element["claim"] == "[bold red]x[/]"


def test_source_markup_is_printed_literally(runner, write_corpus):
    folder = write_corpus(
        {"m.txt": "[b]Widget[/b] News\n\nThe [red]Widget Coalition[/] has 47 members.\n"}
    )
    listed = invoke(runner, "sources", "-s", str(folder))
    assert "[b]Widget[/b] News" in listed.stdout
    checked = invoke(runner, "check", "The Widget Coalition has 47 members", "-s", str(folder))
    assert "[red]Widget Coalition[/]" in checked.stdout


def test_curated_claim_markup_is_printed_literally(runner, write_claims):
    path = write_claims("claims:\n  - id: m\n    text: '[italic]Acme[/] is a member'\n")
    assert "[italic]Acme[/] is a member" in invoke(runner, "claims", "-c", str(path)).stdout


def test_control_characters_in_a_claim_are_not_sent_to_the_terminal(runner):
    result = invoke(runner, "check", "\x1b[31mred\x1b[0m claim")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["check", "47 members"],
        ["check", "Nvidia is a member of the AI Alliance"],
        ["sources"],
        ["claims"],
        ["audit"],
        ["--help"],
    ],
)
def test_no_escape_codes_when_output_is_not_a_terminal(runner, args):
    result = invoke(runner, *args)
    assert result.exit_code == 0
    assert "\x1b[" not in result.output


def test_no_colour_with_no_color_even_when_forced(runner):
    result = invoke(runner, "check", "47 members", env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert result.exit_code == 0
    assert not has_colour(result.output)


def test_forced_colour_does_colour(runner):
    """The control for the test above: with FORCE_COLOR alone the verdicts are coloured."""
    result = invoke(runner, "check", "47 members", env={"FORCE_COLOR": "1"})
    assert has_colour(result.output)


# ---------------------------------------------------------------- help


def test_help_shows_examples(runner):
    result = invoke(runner, "--help")
    assert result.exit_code == 0
    assert "Examples" in result.stdout
    assert 'alliance check "47 members"' in result.stdout


@pytest.mark.parametrize("command", ["check", "sources", "claims", "audit"])
def test_command_help_shows_examples(runner, command):
    result = invoke(runner, command, "--help")
    assert result.exit_code == 0
    assert "Examples" in result.stdout
    assert f"alliance {command}" in result.stdout


def test_help_lists_every_command(runner):
    result = invoke(runner, "--help")
    for command in ("check", "sources", "claims", "audit"):
        assert command in result.stdout
