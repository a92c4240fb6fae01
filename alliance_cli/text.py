"""Text normalisation and tokens with character offsets into the original text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Quotes, dashes and spaces folded to their ASCII forms; one character for one, so offsets hold.
_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\u00ad": "-",
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    }
)  # fmt: skip

_SPACES = re.compile(r"\s+")

# Brackets as tokens: what opens an aside and what closes it.
OPENING = frozenset("([{")
CLOSING = frozenset(")]}")


def _folded(text: str) -> str:
    """NFKC, ASCII quotes, dashes and spaces, lower case."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return text.lower()


def normalise(text: str) -> str:
    """NFKC, ASCII quotes and dashes, single spaces, lower case: the form text is matched in."""
    return _SPACES.sub(" ", _folded(text)).strip()


_LINE_SPACES = re.compile(r"[^\S\n]+")
_LINE_GAPS = re.compile(r" ?(?:\n ?)+")


def normalise_lines(text: str) -> str:
    """The normal form of each line of `text` that holds more than white space, each ended by
    a line break: `normalise` line by line, in a few passes over the whole text. Folding never
    reaches across a line break (NFKC composes nothing with it, a final sigma is final before
    it), and no character folds to white space alone, so no line is lost or merged."""
    lines = _LINE_GAPS.sub("\n", _LINE_SPACES.sub(" ", _folded(text))).strip(" \n")
    return lines + "\n" if lines else ""


class Token(NamedTuple):
    """A word, number or punctuation mark: `norm` is its matching form, `start`/`end` its span."""

    text: str
    norm: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalnum()


_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # 1,000 and 12,500.5
    r"|\d{1,2}(?::\d\d)+"  # a time of day or a race time: 11:40, 2:08:41
    r"|\d+(?:\.\d+)?"  # 47 and 2.5
    r"|[^\W\d_](?:\.[^\W\d_])+\.?"  # initialisms: U.S., e.g.
    r"|[^\W_]+(?:['\u2019][^\W\d_]+)*"  # words, with inner apostrophes: don't, O'Brien, Acme's
    r"|(?<!\d\d\d)(?<=\d)['\u2019]s\b"  # "the Aster 6's battery"; not "the 1950's"
    r"|[^\w\s]",  # one punctuation mark
)
_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s$", re.IGNORECASE)


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    """Split `text` into tokens whose spans are offsets into the text `text` was cut from.

    A possessive "'s" becomes a token of its own, so "Acme's" reads as "acme" + "'s".
    """
    out: list[Token] = []
    for match in _TOKEN.finditer(text):
        raw, start = match.group(), match.start() + offset
        possessive = _POSSESSIVE.search(raw)
        if possessive and possessive.start() > 0:
            cut = possessive.start()
            out.append(Token(raw[:cut], _folded(raw[:cut]), start, start + cut))
            out.append(Token(raw[cut:], "'s", start + cut, start + len(raw)))
        else:
            out.append(Token(raw, _folded(raw), start, start + len(raw)))
    return tuple(out)


_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", ""))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light, consistent stem: "launched", "launching", "launches" all give "launch"."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith(("ss", "us", "is")):
        return word
    if word.endswith(("ies", "ied")) and len(word) < 6:  # "tried" as "try", "died" as "die"
        return word[:-1] if len(word) == 4 else word[:-3] + "y"
    base = word
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)] + repl
            doubled = suffix in ("ing", "ed") and base[-1] == base[-2] and base[-1] not in "aeiou"
            doubled = doubled and len(base) > 3  # "added" -> "add", as "add" gives
            if doubled and (base[-1] not in "lsz" or (base[-1] == "l" and len(base) > 4)):
                base = base[:-1]  # "planned" -> "plan", "modelled" -> "model"
            if suffix == "ed" and word.endswith("eed"):
                return base  # "agreed" -> "agre", as "agree" gives
            break
    if len(base) > 3 and base.endswith("e"):
        base = base[:-1]  # "include", "included", "includes" -> "includ"
    if len(base) > 4 and base.endswith("ll"):
        base = base[:-1]  # "recall" -> "recal", as "recalling" and "recalled" give
    return base


class Tokens(NamedTuple):
    """A tokenised stretch of text with the views the readers need: stems, and the norms
    joined by single spaces (`joined`) for regular expressions, with each token's offset there."""

    text: str
    offset: int
    tokens: tuple[Token, ...]
    norms: tuple[str, ...]
    stems: tuple[str, ...]
    joined: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str, offset: int = 0) -> Tokens:
        tokens = tokenize(text, offset)
        norms = tuple(token.norm for token in tokens)
        starts, position = [], 0
        for norm in norms:
            starts.append(position)
            position += len(norm) + 1
        return cls(
            text,
            offset,
            tokens,
            norms,
            tuple(stem(n) for n in norms),
            " ".join(norms),
            tuple(starts),
        )

    def __len__(self) -> int:
        return len(self.tokens)

    def token_range(self, a: int, b: int) -> tuple[int, int]:
        """The tokens [i, j) that a match at [a, b) of `joined` covers."""
        import bisect

        return bisect.bisect_right(self.starts, a) - 1, bisect.bisect_right(self.starts, b - 1)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Offsets of tokens [i, j) in the text this text was cut from."""
        return self.tokens[i].start, self.tokens[j - 1].end

    def surface(self, i: int, j: int) -> str:
        """Tokens [i, j) as written."""
        start, end = self.span(i, j)
        return self.text[start - self.offset : end - self.offset]
