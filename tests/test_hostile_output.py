"""Output that becomes control (issue 11, section 3): characters a terminal, a browser, a
spreadsheet or a Markdown reader would act on, from file names, source texts and claims, are
shown as escapes (or neutralised) by every printer, through one mechanism."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from cli_run import run
from markdown_it import MarkdownIt

from alliance_cli.cli import app
from alliance_cli.report import UNSAFE, UNSAFE_OR_LAYOUT, visible

CLAIM = "The AI Alliance has 47 members"
# Each kind the issue names: a right-to-left override and an isolate, a zero-width space and no-
# break space, a tag character, line and paragraph separators, a C1 control, an escape sequence,
# the Arabic letter mark and a soft hyphen.
HOSTILE = "\u202e\u2066\u200b\ufeff\U000e0041\u2028\u2029\x85\x1b[2J\u061c\u00ad"
# The same in a YAML double-quoted string, which refuses raw control characters.
YAML_HOSTILE = '"\\u202e\\u2066\\u200b\\ufeff\\U000e0041\\u2028\\u2029\\x85\\e[2J\\u061c\\xad"'
SHOWN = "\\u202e\\u2066\\u200b\\ufeff\\U000e0041\\u2028\\u2029\\x85\\x1b[2J\\u061c\\xad"
CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Cs"}


def test_the_escaped_class_is_every_control_format_and_separator_character():
    """Cc, Cf, Zl and Zp (and lone surrogates), as this Python's Unicode database has them;
    the list may reach ahead only to characters not yet assigned here."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        category = unicodedata.category(char)
        if category in CATEGORIES:
            assert UNSAFE_OR_LAYOUT.match(char), hex(code)
        elif UNSAFE_OR_LAYOUT.match(char):
            assert category == "Cn", (hex(code), category)


def test_tab_and_line_feed_are_kept_as_layout_or_escaped_on_one_line():
    assert visible(f"a\tb\nc{HOSTILE}") == f"a\tb\nc{SHOWN}"
    assert visible(f"a\tb\nc{HOSTILE}", layout=False) == f"a\\tb\\nc{SHOWN}"


@pytest.fixture
def hostile(write_corpus, write_claims, tmp_path):
    """A corpus whose file name and text hold every hostile kind, a second source that
    disputes its count, a claims file and a pairs file that hold them too."""
    folder = write_corpus(
        {
            f"evil{HOSTILE}.txt": f"Widget News{HOSTILE}\n\nThe AI Alliance has 47 members, "
            f"said {HOSTILE} Acme.\n",
            "other.txt": f"The AI Alliance has 20 members, said {HOSTILE} Globex.\n",
        }
    )
    claims = write_claims(
        "claims:\n  - id: members-47\n    text: The AI Alliance has 47 members\n"
        f"    aliases: [{YAML_HOSTILE}]\n    note: {YAML_HOSTILE}\n    expect:\n"
        "      evil: contradicts\n"
    )
    pairs = tmp_path / "pairs.jsonl"
    pair = {"claim": f"Acme {HOSTILE} left", "evidence": f"Acme joined {HOSTILE}."}
    labels = ("SUPPORTS", "REFUTES")  # one of them misjudged, so listed with --errors
    pairs.write_text("".join(json.dumps({**pair, "label": label}) + "\n" for label in labels))
    return {"folder": str(folder), "claims": str(claims), "pairs": str(pairs)}


PRINTERS = {
    "check table": ["check", f"{CLAIM} {HOSTILE}"],
    "check csv": ["check", f"{CLAIM} {HOSTILE}", "--format", "csv"],
    "check markdown": ["check", f"{CLAIM} {HOSTILE}", "--format", "markdown"],
    "check json": ["check", f"{CLAIM} {HOSTILE}", "--json"],
    "check jsonl": ["check", f"{CLAIM} {HOSTILE}", "--format", "jsonl"],
    "matrix table": ["matrix", f"{CLAIM} {HOSTILE}"],
    "matrix csv": ["matrix", f"{CLAIM} {HOSTILE}", "--format", "csv"],
    "matrix markdown": ["matrix", f"{CLAIM} {HOSTILE}", "--format", "markdown"],
    "matrix json": ["matrix", f"{CLAIM} {HOSTILE}", "--json"],
    "sources": ["sources"],
    "sources json": ["sources", "--json"],
    "conflicts": ["conflicts"],
    "conflicts json": ["conflicts", "--json"],
    "show": ["show", "evil", "--claim", CLAIM],
    "show json": ["show", "evil", "--claim", CLAIM, "--json"],
}


@pytest.mark.parametrize("name", list(PRINTERS))
def test_every_printer_shows_hostile_characters_as_escapes(runner, hostile, name):
    args = [*PRINTERS[name], "--sources", hostile["folder"]]
    result = runner.invoke(app, args, env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert not UNSAFE.search(result.stdout), sorted(set(UNSAFE.findall(result.stdout)))
    if name.endswith("jsonl"):
        documents = [json.loads(line) for line in result.stdout.splitlines()]
    elif name.endswith("json"):
        documents = [json.loads(result.stdout)]
    else:
        shown = _text_of(result.stdout) if "markdown" in name else result.stdout
        assert "\\u202e\\u2066\\u200b" in shown
        return
    # the data reads back whole
    assert "\u202e\u2066\u200b\ufeff\U000e0041" in json.dumps(documents, ensure_ascii=False)


@pytest.mark.parametrize("args", [["claims"], ["claims", "--json"], ["audit"], ["audit", "--json"]])
def test_the_claims_printers_show_hostile_characters_as_escapes(runner, hostile, args):
    if args[0] == "audit":
        args = [*args, "--sources", hostile["folder"]]
    result = runner.invoke(app, [*args, "--claims", hostile["claims"]])
    assert result.exit_code == (1 if args[0] == "audit" else 0), result.output
    assert not UNSAFE.search(result.stdout)
    assert "\\u202e" in result.stdout


@pytest.mark.parametrize("args", [["--errors", "5"], ["--errors", "5", "--json"]])
def test_evaluate_shows_hostile_characters_as_escapes(runner, hostile, args):
    result = runner.invoke(app, ["evaluate", hostile["pairs"], *args])
    assert result.exit_code == 0, result.output
    assert not UNSAFE.search(result.stdout)
    assert "\\u202e" in result.stdout


def test_the_html_report_shows_hostile_characters_as_escapes(runner, hostile, tmp_path):
    page = tmp_path / "report.html"
    result = runner.invoke(
        app, ["report", CLAIM, "--html", str(page), "--sources", hostile["folder"]]
    )
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert not UNSAFE.search(text)
    assert "\\u202e\\u2066\\u200b" in text
    assert not UNSAFE.search(result.stdout)


def test_a_file_named_with_a_right_to_left_override_reads_as_written(runner, write_corpus):
    """The issue's example: "evil\u202etxt.exe" must not display as "evilexe.txt"."""
    folder = write_corpus({"evil\u202etxt.exe.txt": "The AI Alliance has 47 members.\n"})
    result = runner.invoke(app, ["sources", "--sources", str(folder)])
    assert result.exit_code == 0
    assert "evil\\u202etxt.exe" in result.stdout and "\u202e" not in result.stdout


def test_errors_and_warnings_are_one_line_with_every_hostile_character_escaped(
    runner, write_corpus, tmp_path
):
    missing = tmp_path / f"gone{HOSTILE}\tand\nmore"
    result = runner.invoke(app, ["check", CLAIM, "--sources", str(missing)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert not UNSAFE_OR_LAYOUT.search(result.stderr.rstrip("\n"))
    assert f"gone{SHOWN}\\tand\\nmore" in result.stderr
    folder = write_corpus({f"bad{HOSTILE}.txt": b"The AI Alliance has 47 members \xff.\n"})
    result = runner.invoke(app, ["check", CLAIM, "--sources", str(folder), "--json"])
    assert result.exit_code == 0
    assert result.stderr.startswith("alliance: warning: ") and result.stderr.count("\n") == 1
    assert not UNSAFE_OR_LAYOUT.search(result.stderr.rstrip("\n"))
    assert f"bad{SHOWN}.txt" in result.stderr


# ---------------------------------------------------------------- CSV: formulas

FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+1+2", "-1+2", "@SUM(A1)"]


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_csv_cell_that_a_spreadsheet_would_run_starts_with_an_apostrophe(
    runner, write_corpus, formula
):
    """From a claim, a file name (also a matrix column head) and a source's text."""
    name = formula.replace("/", "_")
    folder = write_corpus(
        {f"{name}.txt": f"{formula} The AI Alliance has 47 members.\n\n{formula} Acme joined.\n"}
    )
    for command in ("check", "matrix"):
        args = [command, "--format", "csv", "--sources", str(folder), "--", formula, CLAIM]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        cells = _cells(result.stdout)
        assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
        assert f"'{formula}" in cells and f"'{name}" in cells


@pytest.mark.parametrize("first", ["\t", "\r"])
def test_a_csv_cell_never_starts_with_a_tab_or_a_carriage_return(runner, write_corpus, first):
    folder = write_corpus({f"{first}=1+2.txt": "The AI Alliance has 47 members.\n"})
    result = runner.invoke(app, ["check", CLAIM, "--format", "csv", "--sources", str(folder)])
    assert result.exit_code == 0, result.output
    cells = _cells(result.stdout)
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert visible(first, layout=False) + "=1+2" in cells  # a name is never layout


# ---------------------------------------------------------------- Markdown

MARKDOWN_HOSTILE = [
    "a`b``c",
    "<img src=x onerror=alert(1)>",
    "![pixel](http://evil.example/p.png)",
    "a|b|c",
    "[link](http://evil.example)",
    "*em* _u_ ~~s~~",
    "&amp; &#60;",
]


def _rendered(text: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(text)


def _text_of(markdown: str) -> str:
    """What a reader sees of a Markdown document: its rendering, tags removed."""
    return html.unescape(re.sub(r"<[^>]+>", "", _rendered(markdown)))


@pytest.mark.parametrize("name", MARKDOWN_HOSTILE)
def test_markdown_shows_names_and_texts_as_written(runner, write_corpus, name):
    """Rendered, no image, link, tag or emphasis comes from the text, every table row keeps
    its cells, and the text reads as written."""
    file_name = name.replace("/", "_")
    folder = write_corpus(
        {
            f"{file_name}.txt": f"{name} News\n\nThe AI Alliance has 47 members, says {name}.\n",
            "other.txt": "The AI Alliance has 20 members.\n",
        }
    )
    for command in ("check", "matrix"):
        claim = f"{CLAIM} {name}"
        result = runner.invoke(
            app, [command, claim, "--format", "markdown", "--sources", str(folder)]
        )
        assert result.exit_code == 0, result.output
        page = _rendered(result.stdout)
        for tag in ("<img", "<a ", "<em>", "<s>", "<del>"):
            assert tag not in page, (command, tag, page)
        assert set(re.findall("<strong>(.*?)</strong>", page)) <= {"members-47"}, page
        heads = {file_name[:3], "oth"}
        assert set(map(html.unescape, re.findall("<code>(.*?)</code>", page))) <= heads, page
        rows = re.findall(r"<tr>(.*?)</tr>", page, re.S)
        assert len({row.count("<t") for row in rows}) == 1, rows  # every row as many cells
        shown = _text_of(result.stdout)
        assert claim in shown and file_name in shown


def test_markdown_column_keys_are_code_spans_whatever_their_backticks(runner, write_corpus):
    folder = write_corpus(
        {
            "a`b_one.txt": "The AI Alliance has 47 members.\n",
            "a`b_two.txt": "The AI Alliance has 20 members.\n",
        }
    )
    result = runner.invoke(app, ["matrix", CLAIM, "--format", "markdown", "--sources", str(folder)])
    page = _rendered(result.stdout)
    assert "<code>a`b_o</code>" in page and "<code>a`b_t</code>" in page


def test_the_csv_and_markdown_guarantees_are_in_the_readme():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "OWASP" in readme and "apostrophe" in readme


@pytest.mark.parametrize("command", ["sources", "conflicts"])
def test_a_line_feed_in_a_file_name_fakes_no_row(tmp_path, command):
    """A source id is a file name, and a name is never layout: its line feed, tab and every
    control character are escapes, so no file name adds a line to a table."""
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "x\n\u2502 fake \u2502 row\tand\r.txt").write_text(
        "The AI Alliance has 47 members.\n"
    )
    (folder / "other.txt").write_text("The AI Alliance has 20 members.\n")
    result = run(tmp_path, command, "--sources", str(folder))
    assert result.returncode == 0, result.stderr
    assert "x\\n\u2502 fake \u2502 row\\tand\\r" in result.stdout
    assert not [
        line for line in result.stdout.splitlines() if "fake" in line and "x\\n" not in line
    ]
    shown = run(tmp_path, "show", "x\\n\u2502 fake \u2502 row\\tand\\r", "--sources", str(folder))
    assert "47 members" in shown.stdout, shown.stderr
