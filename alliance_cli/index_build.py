"""What the index stores of one source, worked out from its file: the source as the scanner
reads it (text, the text as read with Markdown's markup blanked, sentence offsets, normal
forms, title, dates, warnings), the words of its normal forms for the full-text index, what
`conflicts` reads of it, and a content hash. Plain data only (text, numbers, bytes and JSON),
so a worker process or a Dask worker can make it and the index can validate it when read
back; nothing is pickled into the index."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .conflicts import statements
from .corpus import BinaryFile, read_source
from .engine.lexicon import default_lexicon
from .errors import InputError
from .opening import article_date
from .plain import dumps
from .resources import bundled, file_name
from .scans import encode

if TYPE_CHECKING:
    from .shards import Workers

FORMAT = 3  # the layout of the index's tables
_WORD = re.compile(r"\w+")


class Job(NamedTuple):
    """A file to analyse: its id, its path as listed, and the content hash the index holds
    for it (None: none)."""

    id: str
    path: str
    known: str | None = None


class Outline(NamedTuple):
    """What the views show of a source and what its stand-in answers without its text: its
    title, its date with and without its dateline, its heading as the engine reads it, its
    counts and warnings; or only `skipped`, a binary file's message."""

    title: str | None = None
    date: str | None = None
    stated: str | None = None  # the date its metadata states (read without datelines)
    heading: tuple[str, int] | None = None
    words: int = 0
    label: str = ""
    count: int = 0
    warnings: tuple[str, ...] = ()
    skipped: str | None = None


class Row(NamedTuple):
    """One source as the index stores it. `outline` is an `Outline` as JSON; `read` is the
    text as read when it differs from `text` (Markdown's markup blanked). `same` marks a file
    whose content hash is unchanged: only its signature is new."""

    id: str
    name: str
    signature: tuple[int, int, int, int]
    hash: str
    outline: str
    text: str = ""
    read: str = ""
    starts: bytes = b""
    ends: bytes = b""
    code: str = "I"
    norms: str = ""
    terms: str = ""
    scan: str = ""
    same: bool = False


class Failure(NamedTuple):
    """An input error met reading a file, to raise where the scan would (as plain data)."""

    message: str
    path: str | None


def signature(status: os.stat_result) -> tuple[int, int, int, int]:
    """Size, mtime, ctime and inode, as git compares them."""
    return status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino


def term(word: str) -> str:
    """A word as the full-text index holds it: its UTF-8 in hex, one token that no tokenizer
    splits or folds, whose prefixes are the hex of the word's prefixes."""
    return word.encode("utf-8").hex()


def analyse(job: Job) -> Row | Failure:
    """Read one file as the scanner does and return what the index stores of it."""
    path, name = Path(job.path), file_name(job.path)
    try:
        status = path.stat()
        source = read_source(path, job.id, dateline=False)  # its date: the one stated
    except BinaryFile as error:
        return Row(job.id, name, signature(status), "", dumps(Outline(skipped=error.message)))
    except InputError as error:
        return Failure(error.message, error.path)
    except OSError as error:  # gone between listing and reading: as read_source words it
        return Failure(f"cannot read: {error.strerror or error}", name)
    starts, ends, norms = source.sentences.parts()
    digest = hashlib.sha256(source.text.encode("utf-8", "surrogatepass"))
    digest.update("\0".join(("", *source.warnings)).encode("utf-8", "surrogatepass"))
    if digest.hexdigest() == job.known:
        return Row(job.id, name, signature(status), job.known, "", same=True)
    outline = Outline(
        source.title,
        article_date(source.date, source.sentences.text),
        source.date,
        source.heading,
        source.words,
        source.label,
        len(source.sentences),
        source.warnings,
    )
    terms = " ".join(term(word) for word in sorted(set(_WORD.findall(norms))))
    scan = encode(statements(source, default_lexicon()))
    read = source.sentences.text
    return Row(
        job.id,
        name,
        signature(status),
        digest.hexdigest(),
        dumps(outline),
        source.text,
        "" if read == source.text else read,
        starts.tobytes(),
        ends.tobytes(),
        starts.typecode,
        norms,
        terms,
        scan,
    )


def analysed(jobs: list[Job], workers: Workers | None) -> Iterator[Row | Failure]:
    """Each job's row, in order: on `workers` in shards when there are any, else here."""
    if workers is None:
        return map(analyse, jobs)
    from .shards import batches, ordered, shard_size

    size = shard_size(len(jobs), workers)
    return ordered(workers, analyse_shard, ((batch,) for batch in batches(jobs, size)))


def analyse_shard(jobs: list[Job]) -> tuple[str, list[Row | Failure]]:
    """On a worker: the rows of a shard's files, with this program's version."""
    return code_version(), [analyse(job) for job in jobs]


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the program that made an index: its modules and its data files (the
    lexicon, the aliases) but the curated claims. Any change rebuilds every index."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    files: Iterable[Path] = sorted(Path(__file__).parent.rglob("*.py"))
    data = sorted(p for p in bundled("data").glob("*.yaml") if p.name != "claims.yaml")
    for path in [*files, *data]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
