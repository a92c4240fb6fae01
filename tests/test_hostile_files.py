"""Files the tool writes and reads on a user's behalf (issue 11, sections 1 and 2).

Writes, the HTML report and the parse cache, follow one rule (`resources.write_file`): a link
is refused, so its target is never modified and a dangling one never creates the file it
names; a path that is the process's own standard output or error is written through that
descriptor, never reopened or truncated; `--html -` is standard output; a file the user could
not overwrite with the shell's `>` is not replaced by a rename either; the new file has the
mode a new file gets, never the mode of the file it replaces.

Reads: a pairs file's `source` path must name a .txt or .md file inside the pairs file's
folder, so a downloaded pairs file cannot make `evaluate` print the user's other files.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest
from cli_run import HANG_GUARD, NOBODY, assert_one_line_error, run, run_as_nobody, run_raw

from alliance_cli.evaluate import load_pairs

CLAIM = "47 members"
PAGE_START = "<!DOCTYPE html>"
SECRET = "root:x:0:0:secret-line\n"


def report(tmp_path: Path, target: Path | str, **streams) -> subprocess.CompletedProcess[bytes]:
    """`alliance report CLAIM --html TARGET`, with the standard streams given in `streams`."""
    return run_raw(tmp_path, "report", CLAIM, "--html", str(target), **streams)


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# ---------------------------------------------------------------- links


def test_a_link_is_refused_and_its_target_never_touched(tmp_path):
    target = tmp_path / "shared" / "victim.html"
    target.parent.mkdir()
    target.write_text("the victim's file", encoding="utf-8")
    os.chmod(target, 0o4755)
    link = tmp_path / "report.html"
    link.symlink_to(target)
    result = run(tmp_path, "report", CLAIM, "--html", str(link))
    assert_one_line_error(result, str(link), "symbolic link")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8") == "the victim's file"
    assert stat.S_IMODE(target.stat().st_mode) == 0o4755
    assert sorted(os.listdir(tmp_path)) == ["cache", "report.html", "shared"]


def test_a_dangling_link_never_creates_the_file_it_names(tmp_path):
    named = tmp_path / "elsewhere" / "created.html"
    named.parent.mkdir()
    link = tmp_path / "report.html"
    link.symlink_to(named)
    assert_one_line_error(run(tmp_path, "report", CLAIM, "--html", str(link)), str(link))
    assert not named.exists() and os.listdir(named.parent) == []
    assert link.is_symlink()


# ---------------------------------------------------------------- standard output and error


@pytest.mark.parametrize("spelling", ["/dev/stdout", "/proc/self/fd/1", "build.log"])
def test_a_path_that_is_standard_output_is_appended_to_never_replaced(tmp_path, spelling):
    """`alliance report --html /dev/stdout >> build.log` once replaced the log with the page."""
    log = tmp_path / "build.log"
    log.write_text("earlier build output\n", encoding="utf-8")
    inode = log.stat().st_ino
    with log.open("ab") as appended:
        done = report(tmp_path, spelling, stdout=appended)
    assert done.returncode == 0, done.stderr
    written = log.read_text(encoding="utf-8")
    assert written.startswith("earlier build output\n" + PAGE_START)
    assert written.rstrip().endswith("</html>")
    assert log.stat().st_ino == inode and not log.is_symlink()
    assert done.stderr.decode().startswith("Wrote standard output: 1 claim \u00d7 5 sources")


@pytest.mark.parametrize("spelling", ["/dev/stderr", "/proc/self/fd/2"])
def test_a_path_that_is_standard_error_is_written_through_it(tmp_path, spelling):
    log = tmp_path / "errors.log"
    log.write_text("earlier errors\n", encoding="utf-8")
    with log.open("ab") as appended:
        done = report(tmp_path, spelling, stderr=appended)
    assert done.returncode == 0
    assert log.read_text(encoding="utf-8").startswith("earlier errors\n" + PAGE_START)
    assert done.stdout.decode().startswith("Wrote standard error: 1 claim \u00d7 5 sources")


@pytest.mark.parametrize("target", ["-", "/dev/stdout"])
def test_dash_and_dev_stdout_write_the_page_to_a_pipe(tmp_path, target):
    done = report(tmp_path, target)
    assert done.returncode == 0, done.stderr
    page = done.stdout.decode("utf-8")
    assert page.startswith(PAGE_START) and page.rstrip().endswith("</html>")
    assert "Wrote" not in page  # the summary goes beside the page, never into it
    assert done.stderr.decode().startswith("Wrote standard output: ")
    assert sorted(os.listdir(tmp_path)) == ["cache"]


# ---------------------------------------------------------------- permissions and modes


def test_the_new_file_never_takes_the_mode_of_the_file_it_replaces(tmp_path):
    path = tmp_path / "report.html"
    path.write_text("old", encoding="utf-8")
    os.chmod(path, 0o6777)  # setuid, setgid, writable by all
    assert report(tmp_path, path).returncode == 0
    assert path.read_text(encoding="utf-8").startswith(PAGE_START)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask()


def shell_can_overwrite(folder: Path, path: Path) -> bool:
    """Whether NOBODY's shell may `>` the file."""
    done = subprocess.run(
        ["/bin/sh", "-c", f"echo x > '{path}'"],
        user=NOBODY,
        group=NOBODY,
        extra_groups=[],
        cwd=folder,
        capture_output=True,
        timeout=HANG_GUARD,
        check=False,
    )
    return done.returncode == 0


@pytest.mark.parametrize("owner", ["nobody-read-only", "root"], ids=["own-0444", "root-0644"])
def test_a_file_the_user_could_not_overwrite_with_the_shell_is_not_replaced(nobody_dir, owner):
    """The folder is the user's own, so a rename would succeed: the tool must not use it to
    replace a file that `echo > file` may not overwrite."""
    path = nobody_dir / "report.html"
    path.write_text("keep me", encoding="utf-8")
    if owner == "root":
        os.chmod(path, 0o644)
    else:
        os.chown(path, NOBODY, NOBODY)
        os.chmod(path, 0o444)
    assert not shell_can_overwrite(nobody_dir, path)
    result = run_as_nobody(nobody_dir, "report", CLAIM, "--html", str(path))
    assert_one_line_error(result, str(path), "Permission denied")
    assert path.read_text(encoding="utf-8") == "keep me"
    assert sorted(os.listdir(nobody_dir)) == ["cache", "report.html"]


def test_a_file_the_user_may_overwrite_is_replaced_as_that_user(nobody_dir):
    path = nobody_dir / "report.html"
    path.write_text("old", encoding="utf-8")
    os.chown(path, NOBODY, NOBODY)
    result = run_as_nobody(nobody_dir, "report", CLAIM, "--html", str(path))
    assert result.returncode == 0, result.stderr
    assert path.read_text(encoding="utf-8").startswith(PAGE_START)
    assert path.stat().st_uid == NOBODY


# ---------------------------------------------------------------- the parse cache, same rule


def test_a_link_planted_as_a_cache_file_is_never_written_through(tmp_path, write_claims):
    cache = tmp_path / "cache"
    claims = write_claims("claims:\n  - id: a\n    text: The AI Alliance has 47 members\n")
    assert run(tmp_path, "claims", "--json", "--claims", str(claims)).returncode == 0
    (cached,) = cache.glob("*.json")
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    cached.unlink()
    cached.symlink_to(victim)
    claims.write_text("claims:\n  - id: b\n    text: The AI Alliance has 48 members\n")
    result = run(tmp_path, "claims", "--json", "--claims", str(claims))
    assert result.returncode == 0, result.stderr
    assert [claim["id"] for claim in json.loads(result.stdout)] == ["b"]
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not cached.is_symlink() and json.loads(cached.read_text())["key"].endswith(
        "48 members\n"
    )


# ---------------------------------------------------------------- evaluate: what a pairs file may read


def pairs_file(folder: Path, *sources: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "pairs.jsonl"
    lines = [
        json.dumps({"claim": "The AI Alliance has 47 members", "source": s, "label": "SUPPORTS"})
        for s in sources
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "source",
    [
        "/etc/passwd",
        "{secret}",
        "../secret.txt",
        "sub/../../secret.txt",
        "./../secret.txt",
        "link-out.txt",
        "sub/credentials.json",
        "sub/notes.pdf",
    ],
    ids=[
        "absolute",
        "absolute-txt",
        "dot-dot",
        "dot-dot-deeper",
        "dot-slash-dot-dot",
        "link-out-of-the-folder",
        "not-txt-or-md",
        "pdf",
    ],
)
def test_a_source_outside_the_pairs_folder_is_refused(tmp_path, source):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "downloaded"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "credentials.json").write_text(SECRET, encoding="utf-8")
    (folder / "sub" / "notes.pdf").write_text(SECRET, encoding="utf-8")
    (folder / "link-out.txt").symlink_to(secret)
    pairs = pairs_file(folder, source.format(secret=secret))
    for extra in (["--errors", "5"], ["--json", "--errors", "5"]):
        result = run(tmp_path, "evaluate", str(pairs), *extra)
        assert_one_line_error(result, f"{pairs}:1:", "'source'")
        assert "secret-line" not in result.stdout + result.stderr


def test_a_source_inside_the_pairs_folder_is_read_once_however_named(tmp_path):
    folder = tmp_path / "set"
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / "a.txt").write_text("The AI Alliance has 47 members.\n")
    (folder / "alias.md").symlink_to(folder / "texts" / "a.txt")
    path = pairs_file(folder, "texts/a.txt", "./texts/a.txt", "texts/../texts/a.txt", "alias.md")
    pairs = load_pairs(path)
    assert len(pairs) == 4 and all(pair.source is pairs[0].source for pair in pairs)
    result = run(tmp_path, "evaluate", str(path), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["accuracy"] == 1.0


def test_a_source_id_still_names_a_loaded_source(tmp_path):
    result = run(tmp_path, "evaluate", str(pairs_file(tmp_path / "set", "004")), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["accuracy"] == 1.0


@pytest.mark.parametrize("source", ["picture.txt", "folder.txt", "missing.txt"])
def test_a_source_file_that_cannot_be_read_is_one_line_naming_the_pairs_line(tmp_path, source):
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "picture.txt").write_bytes(b"\x00\x01binary")
    (folder / "folder.txt").mkdir()
    pairs = pairs_file(folder, source)
    assert_one_line_error(run(tmp_path, "evaluate", str(pairs)), f"{pairs}:1:", "'source'")
