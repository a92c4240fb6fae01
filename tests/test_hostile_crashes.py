"""Input and surroundings that once ended in a traceback (issue 11, section 5): each is now one
line on stderr and exit 2, or, where the run can go on, a run that works.

Cases that need an ordinary user (permissions are no obstacle to root, as which this machine
and CI run) run the tool as uid 65534 (`run_as_nobody`).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import yaml
from cli_run import assert_one_line_error, run, run_as_nobody, run_raw

from alliance_cli.claims import load_claims
from alliance_cli.errors import InputError

CLAIM = "47 members"
TEXT = "Widget News\n\nThe AI Alliance has 47 members.\n"
LONG_NAME = "a" * 300  # NAME_MAX is 255 on the usual Linux file systems


def alliance(tmp_path: Path, *args: str, **streams) -> subprocess.CompletedProcess[bytes]:
    """The installed command with the standard streams given (`stdout=`, `stderr=`)."""
    return run_raw(tmp_path, *args, env={"LC_ALL": "C.UTF-8"}, **streams)


def without_stderr(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """`alliance ARGS 2>&-`."""
    return run_raw(tmp_path, *args, preexec_fn=lambda: os.close(2))


def one_line(stderr: bytes, *needles: str) -> None:
    text = stderr.decode("utf-8")
    assert "Traceback" not in text, text
    assert text.count("\n") == 1 and text.startswith("alliance: error: "), text
    for needle in needles:
        assert needle in text, (needle, text)


# ---------------------------------------------------------------- standard streams


@pytest.mark.parametrize(
    "args",
    [
        ("check", CLAIM, "--json"),
        ("check", "--all", "--jsonl"),
        ("check", CLAIM, "--format", "csv"),
        ("sources",),
        ("matrix", CLAIM),
        ("report", CLAIM, "--html", "-"),
        ("report", CLAIM, "--html", "/dev/stdout"),
    ],
    ids=["json", "jsonl", "csv", "table", "matrix", "report-dash", "report-dev-stdout"],
)
def test_standard_output_on_a_full_disk_is_one_line_and_exit_2(tmp_path, args):
    """`> /dev/full`: JSON Lines are never left half-written without an error."""
    with open("/dev/full", "wb") as full:
        done = alliance(tmp_path, *args, stdout=full)
    assert done.returncode == 2
    one_line(done.stderr, "No space left on device")


@pytest.mark.parametrize(
    "args",
    [("check", CLAIM, "--json"), ("check", CLAIM, "--jsonl"), ("matrix", CLAIM)],
    ids=["json", "jsonl", "matrix"],
)
def test_a_closed_standard_error_does_not_stop_the_command(tmp_path, args):
    """`2>&-`: the progress bar and the warnings have nowhere to go; the output is whole."""
    done = without_stderr(tmp_path, *args)
    assert done.returncode == 0
    text = done.stdout.decode("utf-8")
    if "--json" in args:
        assert json.loads(text)[0]["id"] == "members-47"
    elif "--jsonl" in args:
        assert [json.loads(line)["id"] for line in text.splitlines()] == ["members-47"]
    else:
        assert "1 claim \u00d7" in text


def test_with_standard_error_closed_no_file_takes_its_place(tmp_path, write_corpus):
    """A file opened while descriptor 2 is closed would get number 2, and the warnings would be
    written into it (here: the report)."""
    folder = write_corpus({"a.txt": b"The AI Alliance has 47 members \xff.\n"})
    page = tmp_path / "report.html"
    done = without_stderr(tmp_path, "report", CLAIM, "--html", str(page), "--sources", str(folder))
    assert done.returncode == 0
    assert "alliance: warning" not in page.read_text(encoding="utf-8")


# ---------------------------------------------------------------- file names and paths


ESCAPED = "caf\\xff"  # how the name caf<0xff>.txt shows: the byte as an escape
DOUBLED = "caf\\\\xff"  # the same inside JSON or Markdown, which escape the backslash


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (("sources", "--json"), DOUBLED),
        (("check", CLAIM, "--json"), DOUBLED),
        (("check", CLAIM, "--jsonl"), DOUBLED),
        (("matrix", CLAIM, "--json"), DOUBLED),
        (("check", CLAIM, "--format", "markdown"), DOUBLED),
        (("check", CLAIM, "--format", "csv"), ESCAPED),
        (("sources",), ESCAPED),
    ],
    ids=["sources-json", "check-json", "jsonl", "matrix-json", "markdown", "csv", "table"],
)
@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_a_file_name_that_is_not_utf8_is_printed_as_an_escape(tmp_path, args, shown, locale):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xff.txt")).write_text(TEXT)
    done = run_raw(tmp_path, *args, "--sources", str(folder), env={"LC_ALL": locale})
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode("utf-8")  # strict: every byte is UTF-8
    assert shown in text
    if "--jsonl" in args:
        assert all(json.loads(line) for line in text.splitlines())
    elif "--json" in args:
        assert json.loads(text)


def test_a_file_name_that_is_not_utf8_reaches_the_html_report_as_an_escape(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xff.txt")).write_text(TEXT)
    page = tmp_path / "report.html"
    done = alliance(tmp_path, "report", CLAIM, "--html", str(page), "--sources", str(folder))
    assert done.returncode == 0, done.stderr
    assert ESCAPED in page.read_bytes().decode("utf-8")


@pytest.mark.parametrize(
    "args",
    [
        ("check", CLAIM, "--sources", LONG_NAME),
        ("check", CLAIM, "--sources", f"{LONG_NAME}.txt"),
        ("check", CLAIM, "--sources", f"corpus/{LONG_NAME}/x.txt"),
        ("claims", "--claims", f"{LONG_NAME}.yaml"),
        ("report", CLAIM, "--html", f"{LONG_NAME}.html"),
        ("report", CLAIM, "--html", f"{LONG_NAME}/report.html"),
        ("evaluate", f"{LONG_NAME}.jsonl"),
    ],
    ids=["folder", "file", "inside", "claims", "report", "report-folder", "pairs"],
)
def test_a_path_longer_than_the_file_system_allows_is_one_line(tmp_path, args):
    (tmp_path / "corpus").mkdir()
    result = run(tmp_path, *args)
    assert_one_line_error(result, LONG_NAME, "too long")


def test_a_source_longer_than_the_file_system_allows_is_one_line(tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    line = {"claim": CLAIM, "source": f"{LONG_NAME}.txt", "label": "SUPPORTS"}
    pairs.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert_one_line_error(run(tmp_path, "evaluate", str(pairs)), f"{pairs}:1:", "too long")


@pytest.mark.parametrize("mode", [0o644, 0o311, 0o000], ids=["no-x", "no-r", "nothing"])
def test_a_folder_the_user_may_not_search_is_one_line(nobody_dir, mode):
    folder = nobody_dir / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    os.chmod(folder, mode)
    try:
        result = run_as_nobody(nobody_dir, "check", CLAIM, "--sources", str(folder))
    finally:
        os.chmod(folder, 0o755)
    assert_one_line_error(result, str(folder))


# ---------------------------------------------------------------- JSON Lines and YAML values


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ('{"claim": "x", "label": "SUPPORTS", "n": ' + "1" * 5000 + "}", "number"),
        ("[" * 100_000 + "]" * 100_000, "nested"),
        ('{"claim": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested"),
    ],
    ids=["5000-digits", "100000-brackets", "100000-brackets-in-a-value"],
)
def test_a_pathological_jsonl_line_is_one_line_naming_it(tmp_path, line, needle):
    pairs = tmp_path / "pairs.jsonl"
    good = json.dumps({"claim": CLAIM, "evidence": TEXT, "label": "SUPPORTS"})
    pairs.write_text(f"{good}\n{line}\n", encoding="utf-8")
    assert_one_line_error(run(tmp_path, "evaluate", str(pairs)), f"{pairs}:2:", needle)


def test_a_claim_of_5000_digits_in_a_pairs_file_is_judged(tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    claim = f"The AI Alliance has {'1' * 5000} members"
    line = {"claim": claim, "evidence": TEXT, "label": "REFUTES"}
    pairs.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = run(tmp_path, "evaluate", str(pairs), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["pairs"] == 1


@pytest.mark.parametrize(
    "value", ["2023-02-30", "1" * 5000, "2023-13-01 10:00:00"], ids=["feb-30", "5000", "month-13"]
)
def test_a_yaml_value_python_cannot_convert_is_read_as_written(tmp_path, write_claims, value):
    path = write_claims(f"claims:\n  - id: a\n    text: {value}\n    tags: [{value}]\n")
    result = run(tmp_path, "claims", "--json", "--claims", str(path))
    assert result.returncode == 0, result.stderr
    (claim,) = json.loads(result.stdout)
    assert claim["text"] == value and claim["tags"] == [value]


@pytest.mark.parametrize("value", ["!!int '" + "1" * 5000 + "'", "!!timestamp '2023-02-30'"])
def test_a_tagged_yaml_value_python_cannot_convert_is_one_line(tmp_path, write_claims, value):
    path = write_claims(f"claims:\n  - id: a\n    text: {value}\n")
    assert_one_line_error(run(tmp_path, "claims", "--claims", str(path)), f"{path}:3:")


def test_yaml_nested_past_the_limit_is_one_line(tmp_path, write_claims):
    for depth in (500, 100_000):
        path = write_claims("claims: " + "[" * depth + "]" * depth + "\n", name=f"d{depth}.yaml")
        assert_one_line_error(run(tmp_path, "claims", "--claims", str(path)), f"{path}:1:")


def test_yaml_nested_past_the_limit_without_libyaml_is_an_input_error(monkeypatch, write_claims):
    """PyYAML's pure-Python composer, used where libyaml is missing, recurses per level."""
    monkeypatch.delattr(yaml, "CSafeLoader")
    path = write_claims("claims: " + "[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(InputError, match="nested more than 64 levels"):
        load_claims(path)


# ---------------------------------------------------------------- shell completion


def test_install_completion_with_a_read_only_home_is_one_line(nobody_dir):
    home = nobody_dir / "home"
    home.mkdir(mode=0o555)
    for args in (["--install-completion", "bash"], ["--install-completion"]):
        result = run_as_nobody(nobody_dir, *args, HOME=str(home), SHELL="/bin/bash")
        assert_one_line_error(result, str(home), "Permission denied")
    assert os.listdir(home) == []


@pytest.mark.parametrize(
    "variables",
    [
        {"_ALLIANCE_COMPLETE": "complete_bash", "COMP_WORDS": "alliance ch", "COMP_CWORD": "x"},
        {"_ALLIANCE_COMPLETE": "complete_bash", "COMP_WORDS": "alliance ch", "COMP_CWORD": ""},
        {"_ALLIANCE_COMPLETE": "complete_bash", "COMP_WORDS": "alliance ch"},
        {"_ALLIANCE_COMPLETE": "complete_bash"},
    ],
    ids=["cword-not-a-number", "cword-empty", "no-cword", "no-words"],
)
def test_bad_completion_variables_are_one_line(tmp_path, variables):
    assert_one_line_error(run(tmp_path, **variables), "shell completion")


def test_good_completion_variables_complete(tmp_path):
    variables = {"_ALLIANCE_COMPLETE": "complete_bash", "COMP_WORDS": "alliance ch"}
    result = run(tmp_path, COMP_CWORD="1", **variables)
    assert result.returncode == 0 and "check" in result.stdout.split()


def _no_shell_found():
    import shellingham

    raise shellingham.ShellDetectionFailure()


@pytest.mark.parametrize(("shell", "named"), [("/usr/bin/zsh", "zsh"), ("/bin/bash", "bash")])
def test_install_completion_outside_a_shell_uses_the_login_shell(monkeypatch, shell, named):
    import shellingham

    from alliance_cli import cli

    monkeypatch.setattr(shellingham, "detect_shell", _no_shell_found)
    monkeypatch.setenv("SHELL", shell)
    assert cli._shell() == named


def test_install_completion_with_no_shell_to_name_is_one_line(monkeypatch, capsys):
    import shellingham

    from alliance_cli import cli

    monkeypatch.setattr(shellingham, "detect_shell", _no_shell_found)
    monkeypatch.delenv("SHELL", raising=False)
    with pytest.raises(SystemExit) as stopped:
        cli._install_completion(["--install-completion"])
    assert stopped.value.code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "--install-completion" in line and "bash" in line


def test_install_completion_installs_for_the_shell_named(tmp_path):
    result = run(tmp_path, "--install-completion", "zsh", HOME=str(tmp_path), SHELL="/bin/bash")
    assert result.returncode == 0, result.stderr
    assert "zsh completion installed" in result.stdout
    assert "alliance" in (tmp_path / ".zfunc" / "_alliance").read_text()


def test_a_shell_named_is_matched_in_any_case(tmp_path):
    result = run(tmp_path, "--install-completion", "BASH", HOME=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "bash completion installed" in result.stdout


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["tcsh"], ["cannot complete for tcsh; name one of: bash, zsh"]),
        (["powershell"], ["powershell: PowerShell is not installed"]),
        (["PWSH"], ["pwsh: PowerShell is not installed"]),
        (["zsh", "extra"], ["takes one shell name, not 'extra'"]),
        (["zsh", "--force"], ["takes one shell name, not '--force'"]),
    ],
    ids=["unknown", "powershell", "pwsh", "extra", "extra-option"],
)
def test_install_completion_refuses_what_it_cannot_install_in_one_line(tmp_path, args, needles):
    home = tmp_path / "home"
    home.mkdir()
    path = str(tmp_path / "no-commands")  # no PowerShell here
    result = run(tmp_path, "--install-completion", *args, HOME=str(home), PATH=path)
    assert_one_line_error(result, "--install-completion", *needles)
    assert os.listdir(home) == []


@pytest.mark.parametrize("home", [None, "", "relative"], ids=["unset", "empty", "relative"])
def test_install_completion_writes_nowhere_without_a_home(tmp_path, home):
    """Python would fall back to the password file's home (or the current folder): nothing
    is written outside HOME, so without one nothing is written."""
    result = run(tmp_path, "--install-completion", "fish", HOME=home, XDG_CONFIG_HOME=None)
    assert_one_line_error(result, "--install-completion: HOME is not set to a folder")
    assert not list(tmp_path.rglob("alliance.fish"))
