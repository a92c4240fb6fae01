"""The bad-input battery (issue 5): the tool never crashes, never lies about its input, and
cannot be turned against its user.

Every error is one line on stderr that names the file (and line), exit 2, no traceback, and
nothing half-printed on stdout; where that format matters the installed console entry point is
run (in a subprocess, or in-process through `alliance_cli.cli.main`). Output that reaches a
terminal is checked byte by byte on a pseudo-terminal, and the text stages are fed 100,000
characters of repeated separators and must give the right result. No test here passes or fails
on elapsed time: waits are hang guards (`HANG_GUARD`), and how fast the stages are is measured by
scripts/bench_adversarial.py.
"""

from __future__ import annotations

import ast
import itertools
import json
import multiprocessing
import os
import re
import shutil
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cli_run import (
    ALLIANCE,
    HANG_GUARD,
    Run,
    assert_one_line_error,
    cli_environment,
    in_process,
    in_terminal,
    run,
    run_measured,
)
from typer.testing import CliRunner

from alliance_cli import api
from alliance_cli.cli import app
from alliance_cli.corpus import source_from_text
from alliance_cli.dates import read_dates
from alliance_cli.engine.claim import read_claim
from alliance_cli.engine.lexicon import default_lexicon
from alliance_cli.engine.reading import Reading
from alliance_cli.sentences import split_sentences
from alliance_cli.text import Tokens, tokenize

PACKAGE = Path(api.__file__).resolve().parent
SEEDS = api.default_sources_path()
CLAIM = "The AI Alliance has 47 members"
GOOD_TEXT = "Widget News\n\nThe Widget Coalition met in Oslo.\nThe AI Alliance has 47 members.\n"
VALID_CLAIMS = "claims:\n  - id: members-47\n    text: The AI Alliance has 47 members\n"
STANCES = {"supports", "contradicts", "omits"}
SGR = re.compile(r"\x1b\[[0-9;]*m")
COLOUR_PARAMS = {*range(30, 39), *range(40, 49), *range(90, 98), *range(100, 108)}
# Control characters a terminal may act on; tab, line feed and carriage return are layout.
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
MB = 1024 * 1024


# ---------------------------------------------------------------- helpers


def check_json(tmp_path: Path, *sources: Path | str, claim: str = CLAIM, **env: str):
    """`alliance check CLAIM --json --sources ...`: (the run, the one claim's document)."""
    args = ["check", claim, "--json"]
    for source in sources:
        args += ["--sources", str(source)]
    result = run(tmp_path, *args, **env)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    (document,) = json.loads(result.stdout)
    return result, document


def assert_evidence_in(text: str, verdict: dict[str, Any]) -> None:
    """The verdict is one of three, and its span points at its evidence in `text`."""
    assert verdict["verdict"] in STANCES
    assert 0.0 <= verdict["confidence"] <= 1.0
    if verdict["verdict"] == "omits":
        assert verdict["evidence"] is None and verdict["span"] is None
        return
    start, end = verdict["span"]
    assert 0 <= start < end <= len(text)
    assert text[start:end] == verdict["evidence"]


def invoke(runner: CliRunner, *args: str, **env: str):
    result = runner.invoke(app, list(args), env={"COLUMNS": "200", **env})
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    return result


# ---------------------------------------------------------------- sources: paths and folders


@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_missing_source_path_is_one_line_naming_it(tmp_path, how):
    missing = tmp_path / "no-such-folder"
    if how == "option":
        result = run(tmp_path, "check", CLAIM, "--sources", str(missing))
    else:
        result = run(tmp_path, "check", CLAIM, ALLIANCE_SOURCES=str(missing))
    assert_one_line_error(result, str(missing))


@pytest.mark.parametrize(
    "contents",
    [{}, {"notes.pdf": b"%PDF-1.4", "table.csv": "a,b\n1,2\n"}, {"sub/inner.txt": "Text."}],
    ids=["empty", "other-suffixes", "texts-only-in-a-subfolder"],
)
def test_a_folder_with_no_texts_is_one_line_naming_it(tmp_path, contents):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, content in contents.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    message = assert_one_line_error(run(tmp_path, "check", CLAIM, "--sources", str(folder)))
    assert str(folder) in message


@pytest.mark.parametrize("content", ["", "   \n\n\t \n"], ids=["zero-bytes", "blank"])
def test_an_empty_file_omits_and_says_no_more(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    result, document = check_json(tmp_path, path)
    (verdict,) = document["verdicts"]
    assert verdict["source"] == "empty"
    assert verdict["verdict"] == "omits" and verdict["span"] is None
    # At most a warning that names the file; never an error or a traceback.
    for line in result.stderr.splitlines():
        assert line.startswith("alliance: warning: ") and str(path) in line, line


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
        b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 4096,
        b"The AI Alliance has 47 members.\n" + b"\x00\x01\x02\x03" * 64,
    ],
    ids=["png", "elf", "text-then-nul-bytes"],
)
def test_a_binary_file_is_one_line_naming_it(tmp_path, raw):
    path = tmp_path / "picture.txt"
    path.write_bytes(raw)
    assert_one_line_error(run(tmp_path, "check", CLAIM, "--sources", str(path)), str(path))


@pytest.mark.parametrize(
    ("raw", "bad_line"),
    [
        (b"Widget News\n\nThe AI Alliance has 47 members.\nCaf\xe9 \xff\xfe au lait.\n", 4),
        (b"Widget News\n\nThe AI Alliance has 47 members \xff\xfe today.\n", 3),
        ("Caf\u00e9 News\n\nThe AI Alliance has 47 members.\n".encode("latin-1"), 1),
    ],
    ids=["bad-bytes-elsewhere", "bad-bytes-in-the-evidence", "latin-1"],
)
def test_invalid_utf8_is_replaced_with_a_warning_and_still_judged(tmp_path, raw, bad_line):
    path = tmp_path / "mangled.txt"
    path.write_bytes(raw)
    result, document = check_json(tmp_path, path)
    warnings = result.stderr.splitlines()
    assert len(warnings) == 1, warnings
    assert warnings[0].startswith("alliance: warning: ")
    assert f"{path}:{bad_line}" in warnings[0] and "UTF-8" in warnings[0]
    (verdict,) = document["verdicts"]
    assert verdict["verdict"] == "supports", verdict
    assert_evidence_in(raw.decode("utf-8", "replace"), verdict)


def test_a_file_with_invalid_utf8_in_a_folder_is_not_dropped(tmp_path, write_corpus):
    folder = write_corpus(
        {"a_good.txt": GOOD_TEXT, "b_bad.txt": b"Report\n\nThe AI Alliance has 47 members \xff.\n"},
    )
    result, document = check_json(tmp_path, folder)
    assert [v["source"] for v in document["verdicts"]] == ["a_good", "b_bad"]
    assert [v["verdict"] for v in document["verdicts"]] == ["supports", "supports"]
    assert "b_bad.txt" in result.stderr and "a_good" not in result.stderr


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_bom_is_decoded(tmp_path, encoding):
    text = "Caf\u00e9 News \u2014 \u201cquoted\u201d\n\nThe AI Alliance has 47 members.\n"
    path = tmp_path / "wide.txt"
    path.write_bytes("\ufeff".encode(encoding) + text.encode(encoding))
    result, document = check_json(tmp_path, path)
    assert result.stderr == ""
    (verdict,) = document["verdicts"]
    assert verdict["verdict"] == "supports"
    assert_evidence_in(path.read_bytes().decode("utf-16"), verdict)


def test_utf8_with_a_bom_is_decoded_and_spans_skip_the_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfWidget News\n\nThe AI Alliance has 47 members.\n")
    result, document = check_json(tmp_path, path)
    assert result.stderr == ""
    (verdict,) = document["verdicts"]
    assert verdict["verdict"] == "supports"
    assert_evidence_in(path.read_bytes().decode("utf-8-sig"), verdict)


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_crlf_and_cr_line_ends_read_like_lf(tmp_path, newline):
    lf = "Widget News\n\nThe Widget Coalition met in Oslo.\nThe AI Alliance has 47 members.\n"
    (tmp_path / "lf").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "lf" / "same.txt").write_bytes(lf.encode())
    path = tmp_path / "other" / "same.txt"
    path.write_bytes(lf.replace("\n", newline).encode())
    _, with_lf = check_json(tmp_path, tmp_path / "lf")
    _, document = check_json(tmp_path, path)
    (verdict,) = document["verdicts"]
    assert verdict["verdict"] == "supports"
    assert "\r" not in verdict["evidence"]
    assert verdict == with_lf["verdicts"][0]
    # The span points into the text as Python reads it (universal newlines).
    assert_evidence_in(path.read_text(encoding="utf-8"), verdict)
    listed = json.loads(run(tmp_path, "sources", "--json", "--sources", str(path)).stdout)
    expected = json.loads(
        run(tmp_path, "sources", "--json", "--sources", str(tmp_path / "lf")).stdout
    )
    assert listed[0]["sentences"] == expected[0]["sentences"] == 3
    assert listed[0]["title"] == "Widget News"


# ---------------------------------------------------------------- sources: size


def _write_100_mb(path: Path, kind: str) -> None:
    head = b"Widget News\n\nThe AI Alliance has 47 members.\n"
    if kind == "sparse":  # text, then a hole: 100 MB on the file system in no time
        with path.open("wb") as out:
            out.write(head * 200)
            out.truncate(100 * MB)
        return
    line = b"The Widget Coalition met again in Oslo and talked about batteries.\n"
    block = line * (MB // len(line) + 1)
    with path.open("wb") as out:
        out.write(head)
        for _ in range(100):
            out.write(block)


@pytest.mark.parametrize("kind", ["text", "sparse"])
def test_a_100_mb_file_is_refused_with_the_limit_or_read_in_bounded_memory(tmp_path, kind):
    """A clear one-line refusal that names the file (and, for plain text, the limit), or the
    right verdict in bounded memory."""
    path = tmp_path / "huge.txt"
    _write_100_mb(path, kind)
    assert path.stat().st_size >= 100 * MB
    result = run_measured(tmp_path, "check", CLAIM, "--json", "--sources", str(path))
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    if result.returncode == 2:
        message = assert_one_line_error(result, str(path))
        if kind == "text":
            assert re.search(r"\d+ ?[KMG]i?B|limit|too (?:large|big)", message), message
        return
    assert result.returncode == 0, result.stderr
    (document,) = json.loads(result.stdout)
    assert document["verdicts"][0]["verdict"] == "supports"
    assert result.peak_kb < 400 * 1024, f"peak memory {result.peak_kb // 1024} MB"


@pytest.mark.parametrize("kind", ["many-sentences", "one-sentence"])
def test_a_single_line_of_10_mb(tmp_path, kind):
    """No line break in 10 MB: the right verdict (or a one-line refusal naming the file),
    whether the line holds many sentences or one."""
    path = tmp_path / "line.txt"
    if kind == "many-sentences":
        filler = "IBM and Meta met again. Nothing else was said that day. "
        text = filler * (10 * MB // len(filler)) + "The AI Alliance has 47 members."
    else:
        text = "The AI Alliance has 47 members " + "and more words here " * (10 * MB // 20) + "."
    path.write_text(text, encoding="utf-8")
    result = run_measured(tmp_path, "check", CLAIM, "--json", "--sources", str(path))
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    if result.returncode == 2:
        assert_one_line_error(result, str(path))
        return
    assert result.returncode == 0, result.stderr
    (document,) = json.loads(result.stdout)
    (verdict,) = document["verdicts"]
    assert verdict["verdict"] == "supports"
    assert_evidence_in(text, verdict)


def test_a_number_of_400_digits_in_a_source_is_no_crash(tmp_path):
    path = tmp_path / "big-number.txt"
    path.write_text(f"Widget News\n\nThe AI Alliance has 1{'0' * 400} members.\n")
    result = run(tmp_path, "check", CLAIM, "--json", "--sources", str(path))
    assert "Traceback" not in result.stderr, result.stderr[-600:]
    assert result.returncode == 0, result.stderr[-600:]
    (verdict,) = json.loads(result.stdout)[0]["verdicts"]
    assert verdict["verdict"] in ("contradicts", "omits")


def test_a_claim_with_a_number_of_400_digits_is_no_crash(tmp_path):
    result = run(tmp_path, "check", f"1{'0' * 400} members", "--json")
    assert "Traceback" not in result.stderr, result.stderr[-600:]
    assert result.returncode in (0, 2), result.stderr[-600:]
    if result.returncode == 2:
        assert_one_line_error(result)
    else:
        assert len(json.loads(result.stdout)[0]["verdicts"]) == 5


# ---------------------------------------------------------------- sources: links, access, ids


def test_a_symlink_loop_given_as_the_source_is_one_line_naming_it(tmp_path):
    first, second = tmp_path / "loop-a.txt", tmp_path / "loop-b.txt"
    first.symlink_to(second)
    second.symlink_to(first)
    assert_one_line_error(run(tmp_path, "check", CLAIM, "--sources", str(first)), str(first))


@pytest.mark.parametrize("kind", ["symlink-loop", "dangling-link", "fifo"])
def test_an_unusable_entry_in_a_folder_is_named_not_silently_dropped(tmp_path, kind, write_corpus):
    """A .txt entry the tool cannot read is reported (an error or a warning that names it);
    the user must not believe the folder was checked in full."""
    folder = write_corpus({"a_good.txt": GOOD_TEXT})
    entry = folder / "b_entry.txt"
    if kind == "symlink-loop":
        other = folder / "c_other.txt"
        entry.symlink_to(other)
        other.symlink_to(entry)
    elif kind == "dangling-link":
        entry.symlink_to(tmp_path / "gone.txt")
    else:
        os.mkfifo(entry)
    result = run(tmp_path, "check", CLAIM, "--json", "--sources", str(folder))
    assert "Traceback" not in result.stderr
    assert "b_entry" in result.stderr, (result.returncode, result.stderr, result.stdout[:300])
    if result.returncode == 2:
        assert_one_line_error(result, "b_entry.txt")


@pytest.mark.parametrize("given", ["the-file", "its-folder"])
def test_an_unreadable_source_is_one_line_naming_it(
    tmp_path, monkeypatch, capsys, given, write_corpus, make_unreadable
):
    folder = write_corpus({"a_good.txt": GOOD_TEXT, "b_secret.txt": GOOD_TEXT})
    path = folder / "b_secret.txt"
    make_unreadable(path)
    target = path if given == "the-file" else folder
    result = in_process(monkeypatch, capsys, "check", CLAIM, "--sources", str(target))
    message = assert_one_line_error(result, str(path))
    assert "ermission" in message or "readable" in message


def test_two_sources_with_the_same_id_from_two_folders_are_one_line_naming_both(
    tmp_path, write_corpus
):
    first = write_corpus({"report.txt": GOOD_TEXT}, folder="first")
    second = write_corpus({"report.txt": "Over 50 members joined."}, folder="second")
    result = run(tmp_path, "check", CLAIM, "--sources", str(first), "--sources", str(second))
    message = assert_one_line_error(result, "report")
    assert str(first / "report.txt") in message and str(second / "report.txt") in message


def test_a_txt_and_an_md_with_the_same_stem_are_one_line_naming_both(tmp_path, write_corpus):
    folder = write_corpus({"report.txt": GOOD_TEXT, "report.md": "# Report\n\nOther text.\n"})
    message = assert_one_line_error(run(tmp_path, "check", CLAIM, "--sources", str(folder)))
    assert "report.txt" in message and "report.md" in message


# ---------------------------------------------------------------- the claims file


@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_missing_claims_file_is_one_line_naming_it(tmp_path, how):
    missing = tmp_path / "no-claims.yaml"
    if how == "option":
        result = run(tmp_path, "claims", "--claims", str(missing))
    else:
        result = run(tmp_path, "claims", ALLIANCE_CLAIMS=str(missing))
    assert_one_line_error(result, str(missing))


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("claims:\n  - id: a\n    text: [unclosed\n  - id: b\n", 4),
        ("claims:\n  - id: a\n\ttext: tabbed\n", 3),
        ("claims:\n  - id: a\n    text: x\n   - id: b\n", 4),
        ('claims:\n  - id: a\n    text: "unterminated\n', 4),
    ],
    ids=["unclosed-bracket", "tab-indent", "bad-indent", "unterminated-quote"],
)
def test_a_malformed_claims_file_is_one_line_naming_file_and_line(
    tmp_path, text, line, write_claims
):
    path = write_claims(text)
    message = assert_one_line_error(run(tmp_path, "claims", "--claims", str(path)), str(path))
    assert re.search(rf"{re.escape(str(path))}:\d+: ", message), message
    found = int(re.search(rf"{re.escape(str(path))}:(\d+): ", message).group(1))
    assert abs(found - line) <= 1, message


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        ("- id: a\n  text: x\n", 1, "claims"),
        ("claims: hello\n", 1, "list"),
        ("claims:\n  - just a string\n", 2, "mapping"),
        ("claims:\n  - id: a\n    text: {nested: map}\n", 3, "text"),
        ("claims:\n  - id: a\n    text: x\n    tags: count\n", 4, "tags"),
        ("claims:\n  - id: a\n    text: x\n    aliases: [[1, 2]]\n", 4, "aliases"),
        ("claims:\n  - id: a\n    text: x\n    expect: [supports]\n", 4, "expect"),
        ("claims:\n  - id: true\n    text: x\n", 2, "id"),
        ("claims:\n  - id: a\n    text: x\n    note: 2023-12-05\n", 4, "note"),
    ],
    ids=[
        "top-level-list",
        "claims-not-a-list",
        "claim-a-string",
        "text-a-mapping",
        "tags-a-string",
        "alias-a-list",
        "expect-a-list",
        "id-a-boolean",
        "note-a-date",
    ],
)
def test_wrong_types_in_the_claims_file_are_one_line_naming_file_and_line(
    tmp_path, text, line, needle, write_claims
):
    path = write_claims(text)
    result = run(tmp_path, "claims", "--claims", str(path))
    assert_one_line_error(result, f"{path}:{line}: ", needle)


def test_a_numeric_looking_id_is_kept_as_written_or_refused(tmp_path, write_claims):
    """YAML reads 007 as the integer 7; the tool must not quietly call the claim '7'."""
    path = write_claims("claims:\n  - id: 007\n    text: The AI Alliance has 47 members\n")
    result = run(tmp_path, "claims", "--json", "--claims", str(path))
    assert "Traceback" not in result.stderr
    if result.returncode == 2:
        assert_one_line_error(result, f"{path}:2")
        return
    assert result.returncode == 0, result.stderr
    assert [claim["id"] for claim in json.loads(result.stdout)] == ["007"]


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        (VALID_CLAIMS + "version: 2\n", 4, "'version'"),
        (VALID_CLAIMS + "    expects: {'000': supports}\n", 4, "'expects'"),
    ],
    ids=["top-level", "in-a-claim"],
)
def test_an_unknown_key_is_one_line_naming_file_line_and_key(
    tmp_path, text, line, needle, write_claims
):
    path = write_claims(text)
    assert_one_line_error(run(tmp_path, "claims", "--claims", str(path)), f"{path}:{line}:", needle)


def test_a_duplicate_id_is_one_line_naming_both_lines(tmp_path, write_claims):
    path = write_claims(VALID_CLAIMS + "  - id: members-47\n    text: Over 50 members\n")
    message = assert_one_line_error(
        run(tmp_path, "claims", "--claims", str(path)), f"{path}:4:", "members-47"
    )
    assert "line 2" in message


def test_a_duplicate_key_in_a_claim_is_one_line(tmp_path, write_claims):
    path = write_claims(VALID_CLAIMS + "    text: Another text\n")
    assert_one_line_error(run(tmp_path, "claims", "--claims", str(path)), f"{path}:4:", "text")


def test_an_expectation_for_an_unknown_source_is_one_line_naming_it(tmp_path, write_claims):
    path = write_claims(VALID_CLAIMS + "    expect:\n      nosuchsource: supports\n")
    result = run(tmp_path, "audit", "--claims", str(path))
    assert_one_line_error(result, f"{path}:5:", "nosuchsource")


def test_an_unknown_verdict_is_one_line_naming_it(tmp_path, write_claims):
    path = write_claims(VALID_CLAIMS + "    expect:\n      '004': agrees\n")
    assert_one_line_error(run(tmp_path, "claims", "--claims", str(path)), f"{path}:5:", "agrees")


def test_a_yaml_alias_bomb_is_refused_fast_not_expanded(tmp_path, write_claims):
    """Billion laughs: nine levels of nine aliases would expand to 9**9 strings."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        lines.append(f"a{level}: &a{level} [{', '.join([f'*a{level - 1}'] * 9)}]")
    lines.append("claims:\n  - id: bomb\n    text: *a9")
    path = write_claims("\n".join(lines) + "\n")
    for command in ("claims", "audit"):
        result = run_measured(tmp_path, command, "--claims", str(path))
        assert result.peak_kb < 300 * 1024, f"peak memory {result.peak_kb // 1024} MB"
        assert_one_line_error(result, f"{path}:")


def test_a_python_tag_is_refused_and_never_run(tmp_path, write_claims):
    marker = tmp_path / "PWNED"
    path = write_claims(
        f"claims:\n  - id: a\n    text: !!python/object/apply:os.system\n      - touch {marker}\n",
    )
    assert_one_line_error(run(tmp_path, "claims", "--claims", str(path)), f"{path}:")
    assert not marker.exists()


@pytest.mark.parametrize("text", ["", "# only a comment\n\n"], ids=["empty", "comments-only"])
def test_an_empty_claims_file_is_one_line_naming_it(tmp_path, text, write_claims):
    path = write_claims(text)
    assert_one_line_error(run(tmp_path, "claims", "--claims", str(path)), str(path))


def test_a_claims_file_with_invalid_utf8_is_one_line_naming_file_and_line(tmp_path, write_claims):
    path = write_claims(VALID_CLAIMS.encode() + b"  - id: b\n    text: caf\xe9\n")
    assert_one_line_error(run(tmp_path, "claims", "--claims", str(path)), f"{path}:5:", "UTF-8")


# ---------------------------------------------------------------- the claim


@pytest.mark.parametrize("claim", ["", "    ", "\t\n  \n"], ids=["empty", "spaces", "blank"])
def test_an_empty_claim_is_one_line(tmp_path, claim):
    message = assert_one_line_error(run(tmp_path, "check", claim))
    assert "empty" in message


@pytest.mark.parametrize("kind", ["words", "one-token"])
def test_a_claim_of_100000_characters(tmp_path, kind):
    """Checked and echoed in full, or refused in one line."""
    if kind == "words":
        claim = ("The AI Alliance has 47 members and " * 3000)[:100_000]
    else:
        claim = "x" * 100_000
    result = run_measured(tmp_path, "check", claim, "--json")
    assert "Traceback" not in result.stderr
    if result.returncode == 2:
        assert_one_line_error(result)
        return
    assert result.returncode == 0, result.stderr
    (document,) = json.loads(result.stdout)
    assert document["claim"] == " ".join(claim.split())
    assert len(document["verdicts"]) == 5
    for verdict in document["verdicts"]:
        assert verdict["verdict"] in STANCES


@pytest.mark.parametrize("claim", ["Meta", "IBM", "December", "Nvidia"])
def test_a_one_word_claim_is_judged_without_a_crash(tmp_path, claim):
    result = run(tmp_path, "check", claim, "--json")
    assert "Traceback" not in result.stderr, result.stderr[-800:]
    assert result.returncode == 0, result.stderr[-800:]
    (document,) = json.loads(result.stdout)
    assert len(document["verdicts"]) == 5
    for verdict in document["verdicts"]:
        assert verdict["verdict"] in STANCES


def test_control_characters_in_a_claim_round_trip_through_json(tmp_path):
    claim = "47 \x01members\x7f with \x1b[2J and \x9b31m red"
    result = run(tmp_path, "check", claim, "--json")
    assert result.returncode == 0, result.stderr
    assert not RAW_CONTROL.search(result.stdout)
    assert json.loads(result.stdout)[0]["claim"] == claim


def test_control_characters_in_a_claim_are_shown_as_escapes_in_a_table(runner):
    result = invoke(runner, "check", "47 \x01members\x07")
    assert result.exit_code == 0, result.output
    assert "47 \\x01members\\x07" in result.stdout
    assert not RAW_CONTROL.search(result.stdout)


def test_ansi_escape_sequences_in_a_claim_are_shown_as_escapes(runner):
    claim = "\x1b[31mred\x1b[0m 47 members \x1b]0;title\x07"
    result = invoke(runner, "check", claim)
    assert result.exit_code == 0, result.output
    assert "\\x1b[31mred\\x1b[0m 47 members \\x1b]0;title\\x07" in result.stdout
    assert "\x1b" not in result.stdout


def test_rich_markup_in_a_claim_prints_literally(runner):
    result = invoke(runner, "check", "[bold red]x[/]")
    assert result.exit_code == 0, result.output
    assert "\u201c[bold red]x[/]\u201d" in result.stdout


def test_rich_markup_in_a_source_name_and_text_prints_literally(runner, write_corpus):
    folder = write_corpus(
        {"[red]src.txt": "[blink]News[/blink]\n\n[bold]The AI Alliance has 47 members.[/]\n"},
    )
    result = invoke(runner, "check", CLAIM, "--sources", str(folder))
    assert result.exit_code == 0, result.output
    assert "[red]src" in result.stdout
    assert "[bold]The AI Alliance has 47 members.[/]" in result.stdout
    listed = invoke(runner, "sources", "--sources", str(folder))
    assert "[red]src" in listed.stdout and "[blink]News[/blink]" in listed.stdout


# ---------------------------------------------------------------- alliance show


@pytest.mark.parametrize("source_id", ["../../etc/passwd", "/etc/passwd", "../secret"])
def test_show_with_a_path_for_a_source_id_is_one_line_naming_it(tmp_path, source_id, write_corpus):
    folder = write_corpus({"a_good.txt": GOOD_TEXT})
    (tmp_path / "secret.txt").write_text("TOPSECRET root:x:0:0\n", encoding="utf-8")
    result = run(tmp_path, "show", source_id, "--sources", str(folder))
    assert "TOPSECRET" not in result.stdout + result.stderr
    assert "root:x:0:0" not in result.stdout
    assert_one_line_error(result, source_id)


# ---------------------------------------------------------------- colour, pipes, signals


def _colours(written: str) -> set[int]:
    found = set()
    for sequence in SGR.findall(written):
        for param in sequence[2:-1].split(";"):
            if param and int(param) in COLOUR_PARAMS:
                found.add(int(param))
    return found


def test_a_terminal_gets_colour_by_default(tmp_path):
    """The control case for the two below: colours do reach a plain terminal."""
    code, written, _ = in_terminal(tmp_path, "check", "47 members")
    assert code == 0
    assert _colours(written)


def test_no_color_turns_colours_off_in_a_terminal(tmp_path):
    code, written, _ = in_terminal(tmp_path, "check", "47 members", NO_COLOR="1")
    assert code == 0
    assert "supports" in written and "contradicts" in written
    assert not _colours(written)


def test_term_dumb_gets_no_escape_sequences(tmp_path):
    code, written, _ = in_terminal(tmp_path, "check", "47 members", TERM="dumb")
    assert code == 0
    assert "supports" in written
    assert "\x1b" not in written


@pytest.mark.parametrize("command", [["check", "47 members"], ["sources"], ["claims"]])
def test_output_to_a_pipe_has_no_escape_sequences(tmp_path, command):
    result = run(tmp_path, *command)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert "\x1b" not in result.stdout and result.stderr == ""


def _closed_pipe(tmp_path: Path, *args: str) -> Run:
    script = '"$ALLIANCE" "$@" | head -1; exit "${PIPESTATUS[0]}"'
    done = subprocess.run(
        ["bash", "-c", script, "bash", *args],
        capture_output=True,
        text=True,
        env=cli_environment(tmp_path, ALLIANCE=str(ALLIANCE)),
        timeout=HANG_GUARD,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.mark.parametrize("args", [["check", "--all"], ["check", "--all", "--json"]])
def test_a_closed_pipe_ends_quietly(tmp_path, args):
    result = _closed_pipe(tmp_path, *args)
    assert "Traceback" not in result.stderr
    assert result.stderr == ""
    assert result.stdout.count("\n") == 1


def test_a_closed_pipe_is_not_reported_as_an_audit_mismatch(tmp_path):
    """Exit 1 means 'audit found a mismatch'; a reader that stops early is not one."""
    result = _closed_pipe(tmp_path, "check", "--all")
    assert result.returncode in (0, 141), result.returncode


def test_ctrl_c_exits_130_without_a_traceback(tmp_path):
    """Ctrl-C in the middle of a run: exit 130, no traceback. The run is long by what it is
    given, not by the machine's speed: its output is far more than a pipe holds and the test
    stops reading after the first line, so the tool is still at work (or waiting on the full
    pipe) when the signal comes, however fast it is."""
    folder = tmp_path / "many"
    folder.mkdir()
    for copy in range(20):
        for seed in sorted(SEEDS.glob("*.txt")):
            shutil.copy(seed, folder / f"{seed.stem}_{copy:02d}.txt")
    child = subprocess.Popen(
        # the bundled claims named: against an own folder they are not run unless given
        [
            str(ALLIANCE),
            "check",
            "--all",
            "--format",
            "jsonl",
            "--sources",
            str(folder),
            "--claims",
            str(api.default_claims_path()),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=cli_environment(tmp_path),
        # A background shell may start us with SIGINT ignored; the child gets the default.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    first = child.stdout.readline()
    assert len(first) * 40 > 1024 * 1024, "the rest of the output must overfill a pipe"
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=HANG_GUARD)
    assert "Traceback" not in err.decode(), err.decode()[-1000:]
    assert child.returncode == 130
    assert out.count(b"\n") < 43, "the run was interrupted, not finished"


# ---------------------------------------------------------------- what reaches a terminal

INJECTED = "\x1b[2J\x1b[H\x1b]0;owned\x07\x9b31m\x1b[5A"
INJECTED_SHOWN = "\\x1b[2J\\x1b[H\\x1b]0;owned\\x07\\x9b31m\\x1b[5A"


def _assert_terminal_safe(written: str) -> None:
    """Only colour and style codes (SGR) reach the terminal: no cursor movement, no screen
    clearing, no title change, no C1 controls."""
    leftover = SGR.sub("", written)
    assert not RAW_CONTROL.search(leftover), sorted(set(RAW_CONTROL.findall(leftover)))


def test_escape_sequences_in_a_claim_reach_a_terminal_as_visible_escapes(tmp_path):
    code, written, stderr = in_terminal(tmp_path, "check", f"47 members {INJECTED}")
    assert code == 0, stderr
    _assert_terminal_safe(written)
    assert INJECTED_SHOWN in SGR.sub("", written)


def test_escape_sequences_in_a_source_file_name_reach_a_terminal_as_visible_escapes(
    tmp_path, write_corpus
):
    folder = write_corpus({f"evil{INJECTED}.txt": GOOD_TEXT})
    for command in (["sources"], ["check", CLAIM]):
        code, written, stderr = in_terminal(tmp_path, *command, "--sources", str(folder))
        assert code == 0, stderr
        _assert_terminal_safe(written)
        assert "evil\\x1b[2J" in SGR.sub("", written), command  # the cell may fold after it
    code, written, _ = in_terminal(tmp_path, "sources", "--sources", str(folder))
    assert f"evil{INJECTED_SHOWN}" in SGR.sub("", written)


def test_escape_sequences_in_a_source_text_reach_a_terminal_as_visible_escapes(
    tmp_path, write_corpus
):
    text = f"News {INJECTED}\n\nThe AI Alliance has 47 members {INJECTED}.\n"
    folder = write_corpus({"evil.txt": text})
    for command in (["sources"], ["check", CLAIM], ["show", "evil"]):
        code, written, stderr = in_terminal(tmp_path, *command, "--sources", str(folder))
        assert code == 0, (command, stderr)
        _assert_terminal_safe(written)
        assert INJECTED_SHOWN in SGR.sub("", written).replace("\r\n", ""), command


def test_escape_sequences_in_error_and_warning_messages_are_visible_escapes(tmp_path, write_corpus):
    missing = tmp_path / f"gone{INJECTED}"
    code, written, stderr = in_terminal(tmp_path, "check", CLAIM, "--sources", str(missing))
    assert code == 2 and written == ""
    assert not RAW_CONTROL.search(stderr) and INJECTED_SHOWN in stderr
    folder = write_corpus({f"bad{INJECTED}.txt": b"The AI Alliance has 47 members \xff.\n"})
    code, written, stderr = in_terminal(tmp_path, "check", CLAIM, "--sources", str(folder))
    assert code == 0
    _assert_terminal_safe(written)
    assert stderr.startswith("alliance: warning: ") and INJECTED_SHOWN in stderr
    assert not RAW_CONTROL.search(stderr)


# ---------------------------------------------------------------- 100,000 characters of separators

ADVERSARIAL_SIZE = 100_000
# pattern -> (repeated unit, expected token count). A run with no sentence end is one
# sentence, or, where the splitter caps a sentence's length, pieces that tile it exactly.
ADVERSARIAL: dict[str, tuple[str, int]] = {
    "....": (".", 100_000),
    ",,,,": (",", 100_000),
    "- - - ": ("- ", 50_000),
    "\\n\\n\\n": ("\n", 0),
    "((((": ("(", 100_000),
    "''''": ("'", 100_000),
    "1,1,1,": ("1,", 100_000),
    "a. a. a.": ("a. ", 66_667),
}


def tiling(text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """(first start, last end) when the sentence spans are in order, do not overlap, are
    stripped, and hold every non-space character of `text`; None when there are none."""
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text), (previous, start, end)
        piece = text[start:end]
        assert piece == piece.strip(), (start, end)
        assert not text[previous:start].strip(), f"text dropped between {previous} and {start}"
        previous = end
    assert not text[previous:].strip(), f"text dropped after {previous}"
    return (spans[0][0], spans[-1][1]) if spans else None


def expected_tiling(text: str) -> tuple[int, int] | None:
    stripped = text.strip()
    if not stripped:
        return None
    start = len(text) - len(text.lstrip())
    return start, start + len(stripped)


def adversarial_text(unit: str, size: int = ADVERSARIAL_SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _child(work: Callable[[], Any], connection: Any) -> None:
    try:
        connection.send(("ok", work()))
    except BaseException as error:
        connection.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        connection.close()


def in_child(work: Callable[[], Any]) -> Any:
    """`work()` run in a forked child, so that a stage that never ends fails its test at the
    hang guard instead of hanging the suite; the test fails if it raises."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(work, sender), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(HANG_GUARD):
            pytest.fail(f"hang guard: no result after {HANG_GUARD:g} s")
        status, value = receiver.recv()
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    assert status == "ok", value
    return value


PATTERN_IDS = list(ADVERSARIAL)


@pytest.mark.parametrize("pattern", PATTERN_IDS)
def test_adversarial_splitter(pattern):
    text = adversarial_text(ADVERSARIAL[pattern][0])
    spans = in_child(lambda: split_sentences(text))
    assert tiling(text, spans) == expected_tiling(text)
    if pattern == "\\n\\n\\n":
        assert spans == []


@pytest.mark.parametrize("pattern", PATTERN_IDS)
def test_adversarial_tokenizer(pattern):
    unit, count = ADVERSARIAL[pattern]
    text = adversarial_text(unit)

    def work():
        tokens = tokenize(text)
        spans_ok = all(text[t.start : t.end] == t.text for t in tokens)
        ordered = all(a.end <= b.start for a, b in itertools.pairwise(tokens))
        return len(tokens), spans_ok, ordered

    assert in_child(work) == (count, True, True)


@pytest.mark.parametrize("pattern", PATTERN_IDS)
def test_adversarial_quantity_reader(pattern):
    text = adversarial_text(ADVERSARIAL[pattern][0])
    lexicon = default_lexicon()
    assert in_child(lambda: Reading(text, lexicon).quantities) == ()


@pytest.mark.parametrize("pattern", PATTERN_IDS)
def test_adversarial_date_reader(pattern):
    text = adversarial_text(ADVERSARIAL[pattern][0])
    assert in_child(lambda: read_dates(Tokens.of(text))) == []


@pytest.mark.parametrize("pattern", PATTERN_IDS)
def test_adversarial_claim(pattern):
    text = adversarial_text(ADVERSARIAL[pattern][0])
    lexicon = default_lexicon()

    def work():
        claim = read_claim(text, lexicon)
        return claim.reading.quantities, claim.negated, claim.predicate

    assert in_child(work) == ((), False, None)


@pytest.mark.parametrize("pattern", PATTERN_IDS)
def test_adversarial_full_check(pattern):
    text = adversarial_text(ADVERSARIAL[pattern][0])
    claim = api.query_claim(CLAIM, [])

    def work():
        source = source_from_text(text, "adversarial")
        (verdict,) = api.check_claim(claim, [source]).verdicts
        spans = [(sentence.start, sentence.end) for sentence in source.sentences]
        return spans, verdict.stance.value, verdict.evidence

    spans, stance, evidence = in_child(work)
    assert tiling(text, spans) == expected_tiling(text)
    assert (stance, evidence) == ("omits", None)


# ---------------------------------------------------------------- code that must not be there


def _package_trees() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        for path in sorted(PACKAGE.rglob("*.py"))
    ]


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def test_yaml_is_only_read_through_a_safe_loader():
    unsafe = []
    for path, tree in _package_trees():
        for node in ast.walk(tree):
            name = _dotted(node) if isinstance(node, ast.Attribute | ast.Name) else ""
            risky = re.search(r"(?:^|\.)(?:Unsafe|Full)?Loader$|unsafe_load|full_load", name)
            if risky and not re.search(r"(?:^|\.)C?SafeLoader$", name):
                unsafe.append(f"{path.name}:{node.lineno}: {name}")
            if isinstance(node, ast.Call) and _dotted(node.func).endswith(
                ("yaml.load", "yaml.load_all")
            ):
                loaders = [_dotted(k.value) for k in node.keywords if k.arg == "Loader"]
                loaders += [_dotted(arg) for arg in node.args[1:]]
                if not any(re.search(r"C?SafeLoader$", loader) for loader in loaders):
                    unsafe.append(f"{path.name}:{node.lineno}: {_dotted(node.func)}")
    assert not unsafe, unsafe
    assert any("SafeLoader" in path.read_text(encoding="utf-8") for path, _ in _package_trees()), (
        "no safe loader in use: has YAML reading moved?"
    )


def test_no_pickle_eval_or_exec_in_the_package():
    found = []
    for path, tree in _package_trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [alias.name for alias in node.names]
                module = getattr(node, "module", None) or ""
                if any(n.split(".")[0] in ("pickle", "marshal", "shelve") for n in names) or (
                    module.split(".")[0] in ("pickle", "marshal", "shelve")
                ):
                    found.append(f"{path.name}:{node.lineno}: import {module or names}")
            if isinstance(node, ast.Call) and _dotted(node.func) in ("eval", "exec", "compile"):
                found.append(f"{path.name}:{node.lineno}: {_dotted(node.func)}(")
    assert not found, found
    for path, _ in _package_trees():  # and not by a name the syntax tree would miss
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\bpickle\b|(?<![\w.])eval\(", text), path.name
