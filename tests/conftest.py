"""Shared fixtures: the bundled seeds and curated claims (loaded once), the lexicon, a CLI
runner, and helpers that write small corpora and claims files into tmp_path."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import jsonschema
import pytest
from cli_run import NOBODY
from hypothesis.configuration import set_hypothesis_home_dir
from typer.testing import CliRunner

from alliance_cli import api
from alliance_cli.engine.lexicon import Lexicon, default_lexicon
from alliance_cli.model import Claim, Source, Verdict

# Hypothesis keeps its caches out of the checkout.
set_hypothesis_home_dir(str(Path(tempfile.gettempdir()) / "alliance-hypothesis"))

REPO = Path(__file__).resolve().parent.parent
SCHEMA_PATH = REPO / "schema" / "check.schema.json"
SEED_IDS = (
    "000_edfda986d3e20c37",
    "001_a91a8ec235935e54",
    "002_b2bbe1bfc28f855d",
    "003_e69170ffa08d617a",
    "004_5ad65826bffd8c98",
)

# What the seeds say of "47 members", by source-id prefix (required by the v1 issue).
VERDICTS_47_MEMBERS = {
    "000": "contradicts",
    "001": "contradicts",
    "002": "contradicts",
    "003": "omits",
    "004": "supports",
}

# Environment variables that would change what the tool reads or how it prints.
_ENV_TO_CLEAR = (
    "ALLIANCE_SOURCES",
    "ALLIANCE_CLAIMS",
    "NO_COLOR",
    "FORCE_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "CLICOLOR_FORCE",
)


def write_text_or_bytes(path: Path, content: str | bytes) -> Path:
    """Text is written as UTF-8; bytes as they are (to test odd encodings)."""
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def pytest_configure(config: pytest.Config) -> None:
    """No parse cache while tests are collected (some read the claims files to parametrize):
    the user's cache folder is never written."""
    os.environ["ALLIANCE_CACHE_DIR"] = ""


@pytest.fixture(scope="session", autouse=True)
def _session_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The parse cache in a temporary folder from the start of the session, so that fixtures
    shared by a module (which run before `_hermetic_environment`) never write the user's."""
    patch = pytest.MonkeyPatch()
    patch.setenv("ALLIANCE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def _hermetic_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Every test starts without the tool's env vars or colour overrides, with its parse cache
    in a temporary folder (never the user's), and with a wide terminal so that table cells do
    not wrap the words a test looks for."""
    for name in _ENV_TO_CLEAR:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ALLIANCE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def nobody_dir() -> Iterator[Path]:
    """A folder the unprivileged user (uid 65534) owns, outside pytest's private tmp folder,
    which only root may enter."""
    folder = Path(tempfile.mkdtemp(prefix="alliance-nobody-"))
    os.chown(folder, NOBODY, NOBODY)
    os.chmod(folder, 0o755)
    yield folder
    shutil.rmtree(folder)


@pytest.fixture(scope="session")
def seeds() -> tuple[Source, ...]:
    """The bundled seed sources, loaded once."""
    return tuple(api.load_sources([api.default_sources_path()]))


@pytest.fixture(scope="session")
def curated():
    """The bundled curated claims, loaded once."""
    return tuple(api.load_claims(api.default_claims_path()))


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return default_lexicon()


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def validate() -> Callable[[object, str], None]:
    """validate(document, "audit"): check a JSON document against schema/audit.schema.json,
    whose references to the other schema files (by their `$id`) are resolved."""
    from referencing import Registry, Resource

    schemas = {
        path.name.removesuffix(".schema.json"): json.loads(path.read_text(encoding="utf-8"))
        for path in SCHEMA_PATH.parent.glob("*.schema.json")
    }
    registry = Registry().with_resources(
        (document["$id"], Resource.from_contents(document)) for document in schemas.values()
    )

    def run(document: object, name: str) -> None:
        jsonschema.Draft202012Validator.check_schema(schemas[name])
        validator = jsonschema.Draft202012Validator(schemas[name], registry=registry)
        validator.validate(document)

    return run


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def write_corpus(tmp_path: Path) -> Callable[..., Path]:
    """write_corpus({"a.txt": "text", "b.txt": b"bytes"}, folder="corpus") -> the folder."""

    def write(files: Mapping[str, str | bytes], folder: str = "corpus") -> Path:
        root = tmp_path / folder
        root.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            write_text_or_bytes(root / name, content)
        return root

    return write


@pytest.fixture
def write_claims(tmp_path: Path) -> Callable[..., Path]:
    """write_claims("claims:\\n  - id: ...", name="claims.yaml") -> the file."""

    def write(text: str | bytes, name: str = "claims.yaml") -> Path:
        return write_text_or_bytes(tmp_path / name, text)

    return write


@pytest.fixture
def make_unreadable(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """make_unreadable(path): what chmod 000 does for a user other than root (tests run as root)."""
    real_access, real_read = os.access, Path.read_bytes

    def make(path: Path) -> None:
        def access(target, mode, *args, **kwargs):
            return False if Path(target) == path else real_access(target, mode, *args, **kwargs)

        def read_bytes(self: Path) -> bytes:
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_read(self)

        monkeypatch.setattr(os, "access", access)
        monkeypatch.setattr(Path, "read_bytes", read_bytes)

    return make


@pytest.fixture
def verdicts() -> Callable[[str, Sequence[Source]], dict[str, Verdict]]:
    """verdicts(claim_text, sources) -> {source id: Verdict}, the claim checked as written."""

    def run(text: str, sources: Sequence[Source]) -> dict[str, Verdict]:
        result = api.check_claim(Claim(text), sources)
        return {verdict.source: verdict for verdict in result.verdicts}

    return run


@pytest.fixture
def one_verdict(write_corpus) -> Callable[[str, str], Verdict]:
    """one_verdict(source_text, claim_text): the verdict of a one-file corpus on a claim."""
    counter = iter(range(10_000))

    def run(text: str, claim: str) -> Verdict:
        folder = write_corpus({"source.txt": text}, folder=f"one-{next(counter)}")
        sources = api.load_sources([folder])
        (verdict,) = api.check_claim(Claim(claim), sources).verdicts
        return verdict

    return run
