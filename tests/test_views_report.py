"""`alliance report --html FILE`: one self-contained page, every text escaped, written
atomically, and rendered by headless Chromium into a screenshot that is not blank."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import stat
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from cli_run import HANG_GUARD
from conftest import REPO, SEED_IDS

from alliance_cli.cli import app

SUMMIT = str(REPO / "tests" / "fixtures" / "summit")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def write(runner, path: Path, *args):
    return runner.invoke(app, ["report", *args, "--html", str(path)])


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory) -> str:
    """The seeds' report with every curated claim, written once."""
    from typer.testing import CliRunner

    path = tmp_path_factory.mktemp("report") / "report.html"
    result = write(CliRunner(), path)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Wrote {path}: 44 claims \u00d7 5 sources, 1 disputed count")
    return path.read_text(encoding="utf-8")


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(page)
    return parser.tags


def test_self_contained_and_readable_on_a_phone(seeds_report):
    found = tags(seeds_report)
    names = {tag for tag, _ in found}
    assert not names & {"script", "link", "img", "iframe", "object", "embed"}
    assert not any(
        key in {"src", "srcset"} or (key == "href" and not (value or "").startswith("#"))
        for _, attrs in found
        for key, value in attrs.items()
    )
    assert "url(" not in seeds_report and "@import" not in seeds_report
    assert ("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}) in found
    assert "@media (max-width:" in seeds_report
    assert "default-src 'none'" in seeds_report  # and the page may not load anything else


def test_matrix_conflicts_and_evidence(seeds_report):
    for seed_id in SEED_IDS:
        assert seed_id in seeds_report
    assert "3 of 5 contradict, 1 supports" in seeds_report
    assert "Member count" in seeds_report
    assert "\u201cabout 45 organizations\u201d" in seeds_report
    assert "\u2265 51" in seeds_report
    assert seeds_report.count("<details") == 44
    ids = [attrs["id"] for _, attrs in tags(seeds_report) if "id" in attrs]
    assert len(ids) == len(set(ids))
    links = {attrs["href"][1:] for tag, attrs in tags(seeds_report) if tag == "a"}
    assert links <= set(ids)
    assert "<mark>47-strong</mark>" in seeds_report  # the deciding words


def test_membership_conflicts_are_reported(runner, tmp_path):
    path = tmp_path / "summit.html"
    result = write(runner, path, "--sources", SUMMIT, "--claims", f"{SUMMIT}/claims.yaml")
    assert result.exit_code == 0, result.output
    page = path.read_text(encoding="utf-8")
    assert "Norrvik Grid: 1 source counts it as a member, 1 says it is absent" in page


def test_every_text_is_escaped(runner, write_corpus, tmp_path):
    folder = write_corpus(
        {
            "evil<b>.txt": 'Headline <script>alert(1)</script>\n\nThe "Widget" Coalition & co. has 47 members.\n'
        }
    )
    path = tmp_path / "escaped.html"
    claims = ["<img src=x onerror=alert(1)> has 47 members", "The Widget Coalition has 47 members"]
    result = write(runner, path, *claims, "--sources", str(folder))

    assert result.exit_code == 0, result.output
    page = path.read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "evil&lt;b&gt;" in page
    assert "&quot;<mark>Widget</mark>&quot; Coalition &amp; co." in page


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(runner, tmp_path, monkeypatch):
    path = tmp_path / "report.html"
    path.write_text("old", encoding="utf-8")

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    result = write(runner, path, "47 members")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line == f"alliance: error: {path}: No space left on device"
    assert path.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["report.html"]


def test_an_interrupted_write_leaves_no_temporary_file(runner, tmp_path, monkeypatch):
    def interrupt(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupt)
    result = write(runner, tmp_path / "report.html", "47 members")
    assert result.exit_code == 130  # Ctrl-C
    assert os.listdir(tmp_path) == []


def test_a_new_file_follows_the_umask(runner, tmp_path):
    path = tmp_path / "report.html"
    assert write(runner, path, "47 members").exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask


def test_a_link_is_refused_and_its_target_kept(runner, tmp_path):
    target = tmp_path / "real.html"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(target)
    result = write(runner, link, "47 members")
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"alliance: error: {link}: is a symbolic link: not written through it (name its target)\n"
    )
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize("target", ["/dev/null", "missing-folder/report.html", "."])
def test_only_a_regular_file_in_an_existing_folder_is_written(runner, tmp_path, target):
    path = Path(target) if target.startswith("/") else tmp_path / target
    result = write(runner, path, "47 members")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("alliance: error: ")
    assert Path("/dev/null").is_char_device()


# ---------------------------------------------------------------- headless Chromium


def distinct_colours(png: bytes) -> int:
    """The number of distinct pixel colours in an 8-bit RGB or RGBA PNG."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    at, data = 8, b""
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at : at + 8])
        body = png[at + 8 : at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            data += body
        at += 12 + length
    assert depth == 8 and colour_type in (2, 6)
    size = 3 if colour_type == 2 else 4
    raw, stride = zlib.decompress(data), width * size
    previous, colours = bytearray(stride), set()
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - size] if i >= size else 0
            up, corner = previous[i], previous[i - size] if i >= size else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                guess = left + up - corner
                pa, pb, pc = abs(guess - left), abs(guess - up), abs(guess - corner)
                line[i] = (
                    line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)
                ) & 255
        colours.update(bytes(line[i : i + 3]) for i in range(0, stride, size))
        previous = line
    return len(colours)


def chromium(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on `page`. CI (.ci/run installs it) must have it; elsewhere a
    machine without it skips this one test rather than fail the suite for a browser."""
    if not Path(CHROMIUM).exists():
        assert not os.environ.get("CI"), "CI must render the report: apt-get install chromium"
        pytest.skip("no chromium on this machine (apt-get install chromium)")
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=412,900",
        *args,
        page.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=HANG_GUARD, check=False)


def test_chromium_renders_the_report_on_a_phone(tmp_path, seeds_report):
    page = tmp_path / "report.html"
    page.write_text(seeds_report, encoding="utf-8")
    shot = tmp_path / "shot.png"
    rendered = chromium(page, tmp_path / "profile", f"--screenshot={shot}")
    assert rendered.returncode == 0, rendered.stderr
    assert distinct_colours(shot.read_bytes()) > 50  # text, bars and marks; a blank page has 1
    dom = chromium(page, tmp_path / "profile", "--enable-logging=stderr", "--v=0", "--dump-dom")
    assert dom.returncode == 0, dom.stderr
    assert "Member count" in dom.stdout and "3 of 5 contradict, 1 supports" in dom.stdout
    console = [
        line for line in dom.stderr.splitlines() if re.search(r"CONSOLE|Uncaught|Refused to", line)
    ]
    assert console == []


# A copy of the page (its content security policy taken out, for this script alone) that
# writes where each matrix column head's text stands into the DOM Chromium dumps.
_MEASURE = """<script>
const heads = [...document.querySelectorAll('.matrix th.mark')].map(th => {
  const text = document.createRange(); text.selectNodeContents(th);
  const box = text.getBoundingClientRect(); return [box.left, box.right];
});
const out = document.createElement('pre'); out.id = 'measured';
out.textContent = JSON.stringify(heads); document.body.appendChild(out);
</script></body>"""


def test_the_matrix_heads_stand_apart_on_a_phone(tmp_path, seeds_report):
    page = tmp_path / "measured.html"
    unguarded = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", seeds_report)
    page.write_text(unguarded.replace("</body>", _MEASURE), encoding="utf-8")
    dom = chromium(page, tmp_path / "profile", "--dump-dom")
    assert dom.returncode == 0, dom.stderr
    heads = json.loads(re.search(r'<pre id="measured">([^<]*)</pre>', dom.stdout).group(1))
    assert len(heads) == len(SEED_IDS)
    gaps = [after[0] - before[1] for before, after in itertools.pairwise(heads)]
    assert min(gaps) >= 6, gaps  # "000 001 002", not "000001002"
