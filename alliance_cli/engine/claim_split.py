"""A claim that says two things, split into claims that say one each: "A beat B and became
mayor of C" is "A beat B" and "A became mayor of C"."""

from __future__ import annotations

from .claim import read_claim
from .lexicon import Lexicon
from .phrases import verb_like
from .reading import Reading


def split_claim(text: str, lexicon: Lexicon) -> list[str]:
    """A claim that says two things, as two claims: "A beat B and became mayor of C" is "A
    beat B" and "A became mayor of C"; "X is a song recorded by Y" is "X is a song" and "X was
    recorded by Y". Any other claim is itself."""
    frame = read_claim(text, lexicon)
    reading = frame.reading
    if frame.subject is None or frame.predicate is None:
        return [text]
    subject = reading.words.surface(frame.subject.start, frame.subject.end)
    norms = reading.words.norms
    for k in range(frame.predicate[1], len(reading) - 1):
        if norms[k] == "and" and verb_like(reading, k + 1):
            if k == frame.predicate[1] and frame.passive:  # "was written and directed by X"
                verb_group = _text(reading, frame.subject.end, frame.predicate[0])
                rest = _text(reading, k + 2, len(reading))
                first = f"{_text(reading, 0, k)} {rest}"
                return [first, f"{subject} {verb_group} {_text(reading, k + 1, len(reading))}"]
            return [_text(reading, 0, k), f"{subject} {_text(reading, k + 1, len(reading))}"]

        after_head = frame.copula and frame.object is not None and k == frame.object.end
        after_head = after_head and norms[frame.object.head] not in lexicon.degree_words

        if after_head and verb_like(reading, k) and norms[k + 1] in lexicon.prepositions:
            was = "were" if norms[frame.predicate[0] - 1] in ("are", "were") else "was"
            return [_text(reading, 0, k), f"{subject} {was} {_text(reading, k, len(reading))}"]
    return [text]


def _text(reading: Reading, start: int, end: int) -> str:
    return reading.words.surface(start, end) if end > start else ""
