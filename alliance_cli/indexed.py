"""Sources read from an index, with `corpus.read_sources`' contract: each source is given as a
stand-in that holds its outline (id, title, date, counts, warnings) and reads its text and
sentences from the index only when something asks for them. Retrieval asks its sentences for
the ones a claim's pattern matches (`Sentences.matching`); the stand-in first asks the
full-text index which sources hold a word of the pattern, and a source that holds none answers
"none" without being read. Everything else is the engine's own code on the source as the
scanner reads it, so verdicts are the same with and without an index."""

from __future__ import annotations

import re
import sqlite3
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property
from itertools import islice

from .corpus import BinaryFile, SourceFile, read_source, read_sources
from .engine.retrieve import Sought, pattern_words
from .errors import InputError
from .index import Index
from .index_build import Outline, term
from .model import Sentence, Source, SourceInfo
from .plain import loads
from .resources import file_name
from .sentences import Sentences

_WORD = re.compile(r"\w+")
_CHUNK = 500  # outlines fetched at once


def fts_query(words: Iterable[Sought]) -> str | None:
    """A full-text query that matches every source in which some word of `words` could start
    at a word boundary: for each word, each run of word characters must be a word of the
    source; a run that ends the word may also be the start of one, or for a word sought with
    few endings, that run with one of them. None when a word has no word character (nothing
    to look up)."""
    clauses = []
    for word, endings in words:
        runs = list(_WORD.finditer(word))
        if not runs:
            return None
        terms = [f'"{term(run.group())}"' for run in runs]
        if runs[-1].end() == len(word):  # the word may go on
            last = runs[-1].group()
            forms = (f'"{term(last + ending)}"' for ending in ("", *(endings or ())))
            terms[-1] = f'"{term(last)}"*' if endings is None else f"({' OR '.join(forms)})"
        clauses.append("(" + " AND ".join(terms) + ")")
    return " OR ".join(clauses) if clauses else None


class IndexedSources:
    """`read_sources` over an index brought up to date with the files being read."""

    def __init__(self, index: Index, workers, say: Callable[[str], None]) -> None:
        self.index, self.workers, self.say = index, workers, say
        self.hits: dict[str, frozenset[int] | None] = {}

    def __call__(
        self,
        files: Iterable[SourceFile],
        datelines: bool = True,
        skipped: list[InputError] | None = None,
    ) -> Iterator[Source]:
        files = list(files)
        try:
            self.index.refresh(files, self.workers, _progress)
        except sqlite3.Error as error:  # a read-only or broken index: scan
            self.say(f"{file_name(self.index.path)}: index not used: {error}")
            yield from read_sources(files, datelines, skipped)
            return
        files = iter(files)
        while chunk := list(islice(files, _CHUNK)):
            outlines = self._outlines([file.id for file in chunk])
            for file in chunk:
                held = outlines.get(file.id)
                outline = _outline(held[2]) if held else None
                if outline is None:  # not indexed, or not valid: read as the scan does
                    yield from read_sources([file], datelines, skipped)
                    continue
                if outline.skipped is not None:
                    error = BinaryFile(outline.skipped, file_name(file.path))
                    if file.named or skipped is None:
                        raise error
                    skipped.append(error)
                    continue
                yield IndexedSource(self, held[0], file, outline, datelines)  # type: ignore[misc]

    def _outlines(self, ids: list[str]) -> dict[str, tuple]:
        marks = ",".join("?" * len(ids))
        try:
            found = self.index.db.execute(
                f"SELECT id, n, name, outline FROM sources WHERE id IN ({marks})", ids
            )
            return {row[0]: row[1:] for row in found}
        except sqlite3.Error:
            return {}

    def may_match(self, pattern: re.Pattern[str], n: int) -> bool:
        """Whether source row `n` may hold a word of `pattern` (False only when it cannot)."""
        key = pattern.pattern
        if key not in self.hits:
            words = pattern_words(pattern)
            query = fts_query(words) if words is not None else None
            try:
                self.hits[key] = self.index.matching(query) if query else None
            except sqlite3.Error:
                self.hits[key] = None
        found = self.hits[key]
        return found is None or n in found


def _progress(rows: Iterator, total: int) -> Iterator:
    import sys

    from .report.progress import track

    return track(rows, total, "Indexing sources", sys.stderr)


def _outline(data: str) -> Outline | None:
    """A stored outline, validated: None for anything but what the index writes."""
    try:
        return loads(Outline, data)
    except ValueError:
        return None


class IndexedSource:
    """A source as the index holds it: its outline now, its text and sentences when asked."""

    def __init__(
        self, reader: IndexedSources, n: int, file: SourceFile, outline: Outline, datelines: bool
    ) -> None:
        self.reader, self.n, self.file, self.datelines = reader, n, file, datelines
        self.id, self.path = file.id, file_name(file.path)
        self.title, self.heading = outline.title, outline.heading
        self.date = outline.date if datelines else outline.stated
        self.warnings = outline.warnings
        self.words, self.label, self.count = outline.words, outline.label, outline.count
        self.sentences = _Deferred(self)

    @property
    def info(self) -> SourceInfo:
        return SourceInfo(
            self.id, self.path, self.title, self.date, self.words, self.count, self.label
        )

    @property
    def text(self) -> str:
        return self.loaded.text

    @property
    def stated(self):
        """What `conflicts` reads of the source, as the index holds it (None: not valid)."""
        from .scans import decode

        try:
            data = self.reader.index.scan(self.n)
        except sqlite3.Error:
            return None
        return decode(data, self.id) if data else None

    @cached_property
    def loaded(self) -> Source:
        """The source itself, from the index; from its file if the row is not valid."""
        try:
            stored = self.reader.index.stored(self.n)
        except sqlite3.Error:
            stored = None
        sentences = _sentences(stored) if stored else None
        if sentences is None or len(sentences) != self.count:
            self.reader.index.forget(self.n)
            return read_source(self.file.path, self.id, self.datelines)
        return Source(
            self.id,
            self.path,
            stored[0],
            sentences,
            self.title,
            self.date,
            self.warnings,
            self.heading,
        )


def _sentences(stored: tuple) -> Sentences | None:
    """Sentences from their stored offsets and normal forms, if they are valid for the text
    as read (the source's text itself when none is stored)."""
    raw, read, starts, ends, code, norms = stored
    text = read or raw
    if not (isinstance(text, str) and isinstance(norms, str) and code in ("I", "Q")):
        return None
    if not isinstance(raw, str) or len(text) != len(raw):
        return None
    if not (isinstance(starts, bytes) and isinstance(ends, bytes)):
        return None
    first, last = array(code), array(code)
    try:
        first.frombytes(starts)
        last.frombytes(ends)
    except ValueError:
        return None
    if len(first) != len(last) or norms.count("\n") != len(first):
        return None
    if any(a > b for a, b in zip(first, last, strict=True)) or max(last, default=0) > len(text):
        return None
    return Sentences.restored(text, first, last, norms)


class _Deferred(Sequence[Sentence]):
    """A source's sentences, read from the index when first needed; asked for the matches of
    a pattern, none without reading when the full-text index says the source holds no word
    of it."""

    def __init__(self, owner: IndexedSource) -> None:
        self.owner = owner

    def __len__(self) -> int:
        return self.owner.count

    @property
    def text(self) -> str:
        """The text the sentences were split from (`Sentences.text`)."""
        return self.owner.loaded.sentences.text

    def __getitem__(self, index):  # type: ignore[override]
        return self.owner.loaded.sentences[index]

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self.owner.loaded.sentences)

    def matching(self, pattern: re.Pattern[str]) -> Iterator[tuple[int, set[str]]]:
        owner = self.owner
        if not owner.reader.may_match(pattern, owner.n):
            return iter(())
        return owner.loaded.sentences.matching(pattern)  # type: ignore[attr-defined]
