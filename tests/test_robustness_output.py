"""Control characters from file names, sources and claims never reach the terminal: tables and
messages show them as visible escapes, and JSON escapes every control character."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

from cli_run import HANG_GUARD

from alliance_cli.cli import app
from alliance_cli.corpus import source_from_text
from alliance_cli.model import Claim, ClaimCheck, Evidence, Stance, Verdict
from alliance_cli.report import jsonout, table
from alliance_cli.report.formats import Out
from alliance_cli.results import Checks, SourceList

ALLIANCE = Path(sys.executable).parent / "alliance"
CLEAR = "\x1b[2J"  # clears the screen
CSI = "\x9b31m"  # C1 control sequence introducer: red
# Rich's own colour codes, which a terminal is meant to get.
_RICH_STYLE = re.compile(r"\x1b\[[0-9;]*m")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _terminal() -> tuple[Out, io.StringIO]:
    """The table printer's output: coloured, 200 columns wide (conftest sets COLUMNS)."""
    out = io.StringIO()
    return Out(out, color=True), out


def _raw_controls(written: str) -> list[str]:
    """Control characters written besides rich's colour codes and line ends."""
    return _CONTROL.findall(_RICH_STYLE.sub("", written))


def test_source_table_shows_control_characters_as_escapes():
    name = f"a{CLEAR}b{CSI}"
    source = source_from_text(f"Title {CLEAR}here\n\nThe text.\n", name)
    terminal, out = _terminal()
    table.sources(SourceList([source.info]), terminal)
    written = out.getvalue()
    assert not _raw_controls(written)
    assert "a\\x1b[2Jb\\x9b31m" in written
    assert "Title \\x1b[2Jhere" in written


def test_check_table_shows_control_characters_as_escapes():
    sentence = f"The {CLEAR}Widget Coalition has 47 members."
    source = source_from_text(sentence + "\n", f"id{CLEAR}")
    start = sentence.index("47")
    evidence = Evidence(sentence, (0, len(sentence)), ((start, start + len("47 members")),))
    verdict = Verdict(source.id, Stance.SUPPORTS, 0.9, f"says {CSI}47", evidence)
    terminal, out = _terminal()
    table.check(
        Checks([ClaimCheck(Claim(f"47 {CSI}members"), (verdict,))], [source.info]), terminal
    )
    written = out.getvalue()
    assert not _raw_controls(written)
    for shown in ("id\\x1b[2J", "The \\x1b[2JWidget", "says \\x9b31m47", "47 \\x9b31mmembers"):
        assert shown in written


def test_check_table_highlights_the_deciding_words_after_an_escaped_character():
    sentence = f"The {CLEAR}Widget Coalition has 47 members."
    start = sentence.index("47")
    evidence = Evidence(sentence, (100, 100 + len(sentence)), ((100 + start, 100 + start + 10),))
    verdict = Verdict("s", Stance.SUPPORTS, 0.9, "says 47", evidence)
    terminal, out = _terminal()
    table.check(Checks([ClaimCheck(Claim("47 members"), (verdict,))], []), terminal)
    underlined = re.findall(r"\x1b\[([0-9;]*)m([^\x1b]+)", out.getvalue())
    assert "".join(text for codes, text in underlined if "4" in codes.split(";")) == "47 members"


def test_json_escapes_c1_controls_and_line_separators():
    value = f"x {CSI} \x85 \x7f \u2028 \u2029 {CLEAR} caf\u00e9"
    text = jsonout.dumps({"claim": value})
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", text.replace("\n", ""))
    assert "\\u009b31m" in text and "\\u2028" in text
    assert "caf\u00e9" in text  # other text stays readable
    assert json.loads(text) == {"claim": value}


def test_check_json_writes_no_raw_c1_control(runner):
    result = runner.invoke(app, ["check", f"x {CSI}", "--json"])
    assert result.exit_code == 0, result.output
    assert "\x9b" not in result.stdout
    assert json.loads(result.stdout)[0]["claim"] == f"x {CSI}"


def test_error_message_shows_control_characters_in_the_file_name(runner, tmp_path):
    path = tmp_path / f"a{CLEAR}\nb{CSI}.yaml"
    result = runner.invoke(app, ["claims", "--claims", str(path)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert not _CONTROL.findall(result.stderr.rstrip("\n"))
    assert "a\\x1b[2J\\nb\\x9b31m.yaml: cannot read file" in result.stderr


def test_warning_shows_control_characters_in_the_file_name(runner, write_corpus):
    folder = write_corpus({f"bad{CLEAR}{CSI}.txt": b"The \xff text.\n"})
    result = runner.invoke(app, ["sources", "--sources", str(folder), "--json"])
    assert result.exit_code == 0
    assert not _CONTROL.findall(result.stderr.replace("\n", ""))
    assert "bad\\x1b[2J\\x9b31m.txt:1: not valid UTF-8" in result.stderr


def test_usage_error_shows_control_characters_in_the_program_name(tmp_path):
    # click escapes the values it quotes; the program name in the hint is ours to escape
    program = tmp_path / f"all{CLEAR}iance{CSI}"
    program.symlink_to(ALLIANCE)
    result = subprocess.run(
        [str(program), "check", "--bogus"], capture_output=True, timeout=HANG_GUARD, check=False
    )
    assert result.returncode == 2
    assert b"\x1b" not in result.stderr and b"\xc2\x9b" not in result.stderr
    assert b"(see 'all\\x1b[2Jiance\\x9b31m check --help')" in result.stderr
