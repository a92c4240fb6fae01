"""Input that was silently misread (issue 11, section 6): YAML 1.1's rewrites of plain values,
UTF-32 read as UTF-16, an empty ALLIANCE_SOURCES entry read as the current folder, an
expectation that names one source twice, a binary file that stopped a whole folder, and
evaluate's line splitting and byte-order mark."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from cli_run import assert_one_line_error, run

from alliance_cli import api
from alliance_cli.corpus import BINARY_PROBE

TEXT = "Widget News\n\nThe AI Alliance has 47 members.\n"
CLAIM = "The AI Alliance has 47 members"


def claims_json(tmp_path: Path, claims: Path) -> list[dict]:
    result = run(tmp_path, "claims", "--json", "--claims", str(claims))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# ---------------------------------------------------------------- YAML 1.1 rewrites


REWRITTEN = ["1:30", "047", "0x2F", "0o17", "0b101", "yes", "No", "on", "OFF", "1_000", "+5"]
REWRITTEN += ["1e3", ".5", "1.50", ".inf", ".NaN", "-0", "2023-12-05T10:00:00Z"]


@pytest.mark.parametrize("value", REWRITTEN)
def test_a_plain_value_yaml_11_would_rewrite_is_read_as_written(tmp_path, write_claims, value):
    """`text: 1:30` was the claim "90"; `047` was 39, `0x2F` 47, `yes` refused as true."""
    path = write_claims(
        f"claims:\n  - id: a\n    text: {value}\n    aliases: [{value}]\n    tags: [{value}]\n"
    )
    for _ in range(2):  # parsed, then read from the cache
        (claim,) = claims_json(tmp_path, path)
        assert (claim["text"], claim["aliases"], claim["tags"]) == (value, [value], [value])


@pytest.mark.parametrize("value", ["047", "0x2f", "1_0", "1e3"])
def test_an_id_is_read_as_written(tmp_path, write_claims, value):
    path = write_claims(f"claims:\n  - id: {value}\n    text: {CLAIM}\n")
    assert [claim["id"] for claim in claims_json(tmp_path, path)] == [value]


def test_a_source_key_is_read_as_written(tmp_path, write_claims):
    path = write_claims(
        f"claims:\n  - id: a\n    text: {CLAIM}\n    expect:\n      004: supports\n"
    )
    assert claims_json(tmp_path, path)[0]["expect"] == {"004": "supports"}
    assert run(tmp_path, "audit", "--claims", str(path)).returncode == 0


@pytest.mark.parametrize("value", ["47", "2023", "0.04", "-3"])
def test_a_number_written_as_it_reads_is_its_text(tmp_path, write_claims, value):
    path = write_claims(f"claims:\n  - id: a\n    text: {value}\n")
    assert claims_json(tmp_path, path)[0]["text"] == value


@pytest.mark.parametrize(
    ("value", "key"),
    [("true", "text"), ("False", "text"), ("2023-12-05", "note"), ("~", "text")],
)
def test_a_value_that_is_not_text_is_refused_with_a_hint_to_quote(
    tmp_path, write_claims, value, key
):
    path = write_claims(f"claims:\n  - id: a\n    text: x\n    {key}: {value}\n")
    if key == "text":
        path = write_claims(f"claims:\n  - id: a\n    text: {value}\n")
    result = run(tmp_path, "claims", "--claims", str(path))
    assert_one_line_error(result, f"{path}:", f"{key} must be text: write it in quotes")


# ---------------------------------------------------------------- UTF-32 with a BOM


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"])
def test_utf32_and_utf16_with_a_bom_are_decoded_by_their_bom(tmp_path, encoding):
    """UTF-32-LE's BOM starts with UTF-16-LE's: it was read as UTF-16, a NUL every other
    character, silently."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    path = folder / "wide.txt"
    path.write_bytes(("\ufeff" + TEXT).encode(encoding))
    result = run(tmp_path, "check", CLAIM, "--json", "--sources", str(folder))
    assert result.returncode == 0 and result.stderr == "", result.stderr
    (verdict,) = json.loads(result.stdout)[0]["verdicts"]
    assert verdict["verdict"] == "supports"
    assert verdict["evidence"] == "The AI Alliance has 47 members."
    start, end = verdict["span"]
    assert TEXT[start:end] == verdict["evidence"]


def test_utf32_that_is_not_valid_is_one_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(codecs.BOM_UTF32_LE + b"\x41\x00\x00\x00\xff\xff\xff\xff")
    assert_one_line_error(run(tmp_path, "sources", "--sources", str(path)), str(path), "UTF-32")


# ---------------------------------------------------------------- ALLIANCE_SOURCES


@pytest.mark.parametrize("shape", [":{a}", "{a}:", "{a}::{b}", "::{a}:"])
def test_an_empty_entry_in_alliance_sources_is_ignored(tmp_path, shape):
    (tmp_path / "stray.txt").write_text("Not meant to be read.\n", encoding="utf-8")
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"wanted-{name}.txt").write_text(TEXT, encoding="utf-8")
    listed = shape.format(a=tmp_path / "a", b=tmp_path / "b")
    result = run(tmp_path, "sources", "--json", ALLIANCE_SOURCES=listed)
    assert result.returncode == 0, result.stderr
    expected = {"wanted-a", "wanted-b"} if "{b}" in shape else {"wanted-a"}
    assert {source["id"] for source in json.loads(result.stdout)} == expected


@pytest.mark.parametrize("value", ["", ":", "::"])
def test_alliance_sources_with_no_path_is_the_default(tmp_path, value):
    (tmp_path / "stray.txt").write_text("Not meant to be read.\n", encoding="utf-8")
    result = run(tmp_path, "sources", "--json", ALLIANCE_SOURCES=value)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5  # the bundled seeds


# ---------------------------------------------------------------- one source expected twice


@pytest.mark.parametrize(
    ("first", "second"),
    [("'004'", "004_5ad65826bffd8c98"), ("004_5ad65826bffd8c98", "'004'"), ("'004_5ad'", "'004'")],
    ids=["prefix-then-id", "id-then-prefix", "two-prefixes"],
)
def test_an_expectation_naming_one_source_twice_is_one_line(tmp_path, write_claims, first, second):
    path = write_claims(
        f"claims:\n  - id: a\n    text: {CLAIM}\n    expect:\n"
        f"      {first}: supports\n      {second}: contradicts\n"
    )
    result = run(tmp_path, "audit", "--claims", str(path))
    assert_one_line_error(result, f"{path}:6:", "004_5ad65826bffd8c98", "line 5")


def test_an_expectation_naming_one_source_twice_with_one_verdict_is_refused_too(
    tmp_path, write_claims
):
    path = write_claims(
        f"claims:\n  - id: a\n    text: {CLAIM}\n    expect:\n"
        "      '004': supports\n      004_5ad65826bffd8c98: supports\n"
    )
    assert_one_line_error(run(tmp_path, "audit", "--claims", str(path)), f"{path}:6:")


# ---------------------------------------------------------------- binary files


BINARY = {
    "nul-at-start": b"\x00\x01\x02 PNG-ish",
    "nul-before-8-kib": b"A" * (BINARY_PROBE - 1) + b"\x00",
    "utf8-bom-then-nul": codecs.BOM_UTF8 + b"text\x00more",
    "utf16-bom-then-nul": ("\ufefftext\x00more").encode("utf-16-le"),
}


@pytest.mark.parametrize("raw", BINARY.values(), ids=BINARY.keys())
def test_a_binary_file_in_a_folder_is_skipped_with_a_warning_naming_it(tmp_path, raw):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a-picture.txt").write_bytes(raw)
    (folder / "b-article.txt").write_text(TEXT, encoding="utf-8")
    result = run(tmp_path, "check", CLAIM, "--json", "--sources", str(folder))
    assert result.returncode == 0, result.stderr
    (verdict,) = json.loads(result.stdout)[0]["verdicts"]
    assert verdict["source"] == "b-article" and verdict["verdict"] == "supports"
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"alliance: warning: {folder / 'a-picture.txt'}: ")
    assert "binary" in line and "skipped" in line


def test_the_library_warns_of_a_skipped_binary_file(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a-picture.txt").write_bytes(b"\x00\x01")
    (folder / "b-article.txt").write_text(TEXT, encoding="utf-8")
    with pytest.warns(UserWarning, match="a-picture.txt: looks like a binary file"):
        sources = api.load_sources([folder])
    assert [source.id for source in sources] == ["b-article"]


@pytest.mark.parametrize("raw", BINARY.values(), ids=BINARY.keys())
def test_a_binary_file_named_itself_is_one_line(tmp_path, raw):
    path = tmp_path / "picture.txt"
    path.write_bytes(raw)
    result = run(tmp_path, "check", CLAIM, "--sources", str(path))
    assert_one_line_error(result, str(path), "binary")


def test_a_folder_of_binary_files_only_is_one_line_naming_one(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("a.txt", "b.md"):
        (folder / name).write_bytes(b"\x00\x01")
    result = run(tmp_path, "sources", "--sources", str(folder))
    assert_one_line_error(result, str(folder / "a.txt"), "binary")


@pytest.mark.parametrize(
    "raw",
    [
        b"A" * BINARY_PROBE + b"\x00" + TEXT.encode(),
        ("\ufeff" + TEXT).encode("utf-16-le"),
        ("\ufeff" + TEXT).encode("utf-32-be"),
    ],
    ids=["nul-past-8-kib", "utf16-bom", "utf32-bom"],
)
def test_text_is_not_taken_for_binary(tmp_path, raw):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "text.txt").write_bytes(raw)
    result = run(tmp_path, "sources", "--json", "--sources", str(folder))
    assert result.returncode == 0 and "binary" not in result.stderr, result.stderr
    assert [source["id"] for source in json.loads(result.stdout)] == ["text"]


# ---------------------------------------------------------------- evaluate: lines and BOM


def pair(claim: str = CLAIM, evidence: str = "The AI Alliance has 47 members.") -> str:
    return json.dumps({"claim": claim, "evidence": evidence, "label": "SUPPORTS"})


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_evaluate_splits_lines_only_on_line_feeds(tmp_path, separator):
    """Python's str.splitlines() also splits on these, which JSON allows raw inside a string:
    the line broke in two."""
    pairs = tmp_path / "pairs.jsonl"
    line = json.dumps(
        json.loads(pair(f"The AI Alliance{separator} has 47 members")), ensure_ascii=False
    )
    assert separator in line
    pairs.write_text(line + "\n" + pair() + "\r\n", encoding="utf-8")
    result = run(tmp_path, "evaluate", str(pairs), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["pairs"] == 2


def test_evaluate_accepts_a_utf8_bom(tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_bytes(codecs.BOM_UTF8 + (pair() + "\n").encode())
    result = run(tmp_path, "evaluate", str(pairs), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["accuracy"] == 1.0
