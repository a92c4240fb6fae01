"""Fuzz the text readers and printers for a given time (or number of inputs), checking their invariants on every input.

Inputs come from a seeded random generator biased towards what the readers look at: digits and
number words, month names and dates, count cues ("about", "over", "-strong"), commas, dots,
abbreviations and initials, quotes, odd Unicode (NFKC changes, other scripts' digits,
combining marks), control characters, and very long runs of separators. Each input goes to

- the sentence splitter `sentences.split_sentences`: spans inside the text, increasing, not
  overlapping, stripped, and every non-space character inside a sentence;
- the tokenizer `text.tokenize`: spans inside the text, in order, each the token's text;
- the figure reader (`Reading.quantities`): low <= high, no negative figure, spans in
  order and each the quantity's text;
- the date reader `dates.read_dates`: a real calendar month and day, spans in order and each
  the date's text;
- the claim reader `engine.claim.read_claim` and the frame reader: pieces in order over the
  claim's tokens, every phrase inside them.
- the printers: `report.visible`, Markdown's escape, a CSV cell and JSON show nothing of
  `report.UNSAFE`, JSON reads back as the text, and no CSV cell starts a formula;
- the Markdown reader `markup.blank_markdown` and a Markdown source (the input, and the input
  set in front matter, a heading, a list item, a link, emphasis, code, a quote and a comment):
  the text read as long as the text, only markup blanked, line breaks kept, sentences inside
  it, an ISO date.

The splitter's check also reads each sentence back from `sentences.Sentences`, whose normal
forms are gathered for many sentences at once: each must be `normalise` of its text alone.

Any exception is a failure too. Failures are grouped by stage and kind; for each the shortest
input found is kept, shrunk, and printed.

    python scripts/fuzz.py --seconds 60
    python scripts/fuzz.py --seconds 600 --seed 7
    python scripts/fuzz.py --inputs 1000 --seed 0     # a fixed run, as the test suite does
"""

from __future__ import annotations

import argparse
import calendar
import json
import math
import random
import re
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from alliance_cli.corpus import source_from_text
from alliance_cli.engine.claim import read_claim
from alliance_cli.engine.frames import arguments
from alliance_cli.engine.lexicon import Lexicon, default_lexicon
from alliance_cli.engine.reading import Reading
from alliance_cli.markup import blank_markdown
from alliance_cli.model import Date
from alliance_cli.report import UNSAFE, UNSAFE_OR_LAYOUT, csvout, jsonout, markdown, visible
from alliance_cli.report.layout import shown as shown_markdown
from alliance_cli.sentences import Sentences, split_sentences
from alliance_cli.text import Tokens, normalise, tokenize

REFERENCE = Date(2025, 3, 12)  # a dateline that relative dates are read against
ISO_DATE = re.compile(r"[0-9]{4}-[01][0-9](?:-[0-3][0-9])?")

# ---------------------------------------------------------------- the generator

DIGITS = [
    "0", "1", "7", "12", "45", "47", "50", "100", "1,000", "12,500", "2.5", "0.5", "007",
    "1e3", "12,5", "1,00", "2023", "1999", "2100", "999999", "3rd", "26th", "1" + "0" * 40,
    "1" + "0" * 400, "\u0664\u0667", "\uff14\uff17", "\u2460", "\u00b2", "\u00bd", "\U0001d7d2\U0001d7d5", "47.", "-5", "+3", "1/2",
]  # fmt: skip
NUMBER_WORDS = [
    "zero", "one", "two", "forty-seven", "forty seven", "one hundred and five", "a dozen",
    "dozens", "a couple", "a handful", "hundreds", "thousand", "million", "billion", "fifty",
    "ninety-nine", "first", "twentieth", "and", "-",
]  # fmt: skip
CUES = [
    "about", "around", "roughly", "approximately", "over", "more than", "at least", "fewer than",
    "under", "at most", "nearly", "almost", "up to", "between", "to", "or so", "or more", "+",
    "-strong", "strong", "a total of", "some", "top", "the top", "in", "since", "no",
]  # fmt: skip
NOUNS = [
    "members", "member", "organizations", "organisations", "companies", "institutions",
    "participants", "firms", "startups", "albums", "partners", "countries", "people",
]  # fmt: skip
MONTHS = [
    "December", "Dec", "Dec.", "dec", "DECEMBER", "Sept.", "Sept", "May", "may", "March",
    "mar", "June", "Jun", "February", "April", "January", "Nov", "octobre",
]  # fmt: skip
DATES = [
    "December 5, 2023", "5 December 2023", "December 5th, 2023", "2023-12-05", "2023/12/5",
    "2023-13-45", "2023-00-10", "February 30, 2023", "February 29, 2023", "February 29, 2024",
    "31st of April 2023", "Dec 0 2023", "Dec 00, 2023", "39 May 2023", "in early December",
    "since March", "December of 2023", "12/05/2023", "Q4 2023", "mid-2023", "1900s",
]  # fmt: skip
NAMES = [
    "IBM", "Meta", "Meta's", "Nvidia", "NVIDIA Corporation", "AI Alliance", "The AI Alliance",
    "Yann LeCun", "U.S.", "U.K.", "e.g.", "i.e.", "Dr.", "Mr.", "J.", "A.", "No.", "no.",
    "vol.", "Inc.", "Corp.", "etc.", "approx.", "St.", "O'Brien", "Acme's", "İstanbul", "ﬁrm",
]  # fmt: skip
WORDS = [
    "the", "The", "has", "have", "is", "a", "an", "not", "never", "no", "isn't", "member",
    "part", "of", "joined", "launched", "founded", "formed", "led", "by", "with", "said",
    "only", "absence", "no-show", "chief", "scientist", "open", "alliance", "group",
]  # fmt: skip
PUNCTUATION = [
    ",", ".", "...", "…", "!", "?", ";", ":", '"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "(",
    ")", "[", "]", "-", "\u2013", "\u2014", "/", "&", "%", "$", "#", "*", "\u00b7", "\u00a8", "\u00b4",
]  # fmt: skip
UNICODE = [
    "\u00e9", "\u00df", "\u01c5", "\u0130", "\u0131", "\ufb01", "Ⅻ", "ⅷ", "㍻", "ﷺ", "№", "℡", "\u0301", "e\u0301",
    "\u200b", "\u200d", "\u200e", "\u202e", "\ufeff", "\u00ad", "\u00a0", "\u2028", "\u2029",
    "\u3000", "😀", "👩‍👩‍👧", "中文", "العربية", "עברית", "Ελληνικά", "\ud7ff", "\U0010ffff",
]  # fmt: skip
CONTROL = [
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1b[2J", "\x1b]0;x\x07", "\x1c",
    "\x1d", "\x1e", "\x1f", "\x7f", "\x85", "\x9b", "\r", "\t",
]  # fmt: skip
SEPARATORS = [
    " ", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "  ", ", ", ". ", ".\n", "\u00a0", "-", "",
]  # fmt: skip
RUN_UNITS = [
    ".", ",", "- ", "\n", "(", "'", "1,", "a. ", " ", ". ", "\r\n", "!", "?", "…", "47 ", "-",
    "--", "'s", "Dr. ", "A.", "1.", "no. ", "\x00", "\u00a0", "e.g. ", "December ", "2023 ",
]  # fmt: skip
FRAGMENT_KINDS: list[tuple[int, list[str]]] = [
    (8, DIGITS),
    (4, NUMBER_WORDS),
    (6, CUES),
    (5, NOUNS),
    (4, MONTHS),
    (3, DATES),
    (5, NAMES),
    (6, WORDS),
    (6, PUNCTUATION),
    (2, UNICODE),
    (1, CONTROL),
]


def _fragment(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.03:  # a short run of one separator
        unit = rng.choice(RUN_UNITS)
        return unit * rng.randrange(2, 40)
    if roll < 0.06:  # raw code points, any plane
        return "".join(chr(rng.choice([rng.randrange(32, 0x250), rng.randrange(0x110000)]))
                       for _ in range(rng.randrange(1, 6)))  # fmt: skip
    weights = [weight for weight, _ in FRAGMENT_KINDS]
    (choices,) = rng.choices([kind for _, kind in FRAGMENT_KINDS], weights=weights)
    return rng.choice(choices)


def generate(rng: random.Random) -> str:
    """One input: fragments joined by separators, sometimes mutated."""
    count = rng.choice([1, 2, 3, 5, 8, 12, 20, 40])
    parts = []
    for _ in range(count):
        parts.append(_fragment(rng))
        parts.append(rng.choice(SEPARATORS) if rng.random() < 0.85 else "")
    if rng.random() < 0.08:  # a very long run of one separator, somewhere
        unit = rng.choice(RUN_UNITS)
        at = rng.randrange(len(parts) + 1)
        parts.insert(at, unit * (rng.choice([200, 1000, 3000]) // len(unit) + 1))
    text = "".join(parts)
    if rng.random() < 0.2:
        text = _mutate(rng, text)
    if rng.random() < 0.05:
        text = text.upper()
    return text


def _mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randrange(1, 4)):
        at = rng.randrange(len(chars) + 1)
        action = rng.random()
        if action < 0.4 or not chars:
            chars[at:at] = rng.choice(PUNCTUATION + CONTROL + SEPARATORS + DIGITS)
        elif action < 0.7:
            del chars[min(at, len(chars) - 1)]
        else:
            chars[at:at] = chars[max(0, at - 5) : at]  # repeat what came before
    return "".join(chars)


# ---------------------------------------------------------------- the invariants


class Broken(Exception):
    """An invariant does not hold; `kind` groups failures of the same cause."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind


def require(condition: bool, kind: str, detail: object = "") -> None:
    if not condition:
        raise Broken(kind, str(detail))


def _spans(text: str, spans: list[tuple[int, int]], what: str, touching: bool = True) -> None:
    previous = 0
    for start, end in spans:
        require(0 <= start < end <= len(text), f"{what} span outside the text", (start, end))
        require(start >= previous, f"{what} spans overlap or go back", (previous, start, end))
        previous = end if touching else start


def check_split(text: str, lexicon: Lexicon) -> None:
    sentences = Sentences(text)
    spans = sentences.spans()
    require(spans == split_sentences(text), "split_sentences is not Sentences' spans")
    _spans(text, spans, "sentence")
    for index, sentence in enumerate(sentences):
        start, end = spans[index]
        require(sentence == sentences[index], "a sentence read two ways differs", index)
        require(sentence.index == index and sentence.text == text[start:end], "sentence", index)
        require(sentence.norm == normalise(sentence.text), "norm is not the normal form", index)
    covered = bytearray(len(text))
    for start, end in spans:
        piece = text[start:end]
        require(piece == piece.strip(), "sentence not stripped", repr(piece[:40]))
        covered[start:end] = b"\x01" * (end - start)
    for at, char in enumerate(text):
        if not covered[at] and not char.isspace():
            raise Broken("text dropped by the splitter", f"{char!r} at {at}")


def check_tokens(text: str, lexicon: Lexicon) -> None:
    tokens = tokenize(text)
    _spans(text, [(token.start, token.end) for token in tokens], "token")
    for token in tokens:
        require(text[token.start : token.end] == token.text, "token text is not its span")
        require(token.norm != "", "token with an empty norm", repr(token.text))
    words = Tokens.of(text)
    require(len(words.stems) == len(words.tokens), "a stem per token")


def check_quantities(text: str, lexicon: Lexicon) -> None:
    quantities = Reading(text, lexicon).quantities
    _spans(text, [q.span for q in quantities], "quantity")
    for q in quantities:
        require(not (math.isnan(q.low) or math.isnan(q.high)), "quantity is NaN", q)
        require(q.low <= q.high, "quantity low > high", (q.low, q.high, q.cue, q.text))
        require(q.low >= 0, "negative count", (q.low, q.high, q.cue, q.text))
        require(text[q.span[0] : q.span[1]] == q.text, "quantity text is not its span", q)


def check_dates(text: str, lexicon: Lexicon) -> None:
    dates = Reading(text, lexicon, 0, REFERENCE).dates
    _spans(text, [d.span for d in dates], "date")
    for d in dates:
        require(text[d.span[0] : d.span[1]] == d.text, "date text is not its span", d)
        require(d.year == 0 or 1000 <= d.year <= 2100, "year out of range", d)
        require(d.month is None or 1 <= d.month <= 12, "month out of range", d)
        require(d.day is None or d.month is not None, "a day without a month", d)
        if d.day is not None and d.month is not None:
            require(d.day >= 1, "day 0 read as a date", (d.text, d.day, d.iso()))
            last = calendar.monthrange(d.year or 2000, d.month)[1]  # year 0: any leap year
            require(d.day <= last, "no such day in that month", (d.text, d.iso()))
        d.iso()


def check_claim(text: str, lexicon: Lexicon) -> None:
    claim = read_claim(text, lexicon)
    reading = claim.reading
    count = len(reading)
    previous = 0
    for piece in claim.pieces:
        require(0 <= piece.start < piece.end <= count, "piece outside the claim's tokens", piece)
        require(piece.start >= previous, "pieces out of order", piece)
        previous = piece.start
    for mention in reading.names:
        require(0 <= mention.start < mention.end <= count, "name outside the tokens", mention)
    for q in reading.quantities:
        require(q.low <= q.high, "claim figure low > high", (q.low, q.high, q.text))
        require(reading.text[q.span[0] : q.span[1]] == q.text, "claim figure is not its span", q)
    for i in range(count):
        args = arguments(reading, i, i + 1)
        phrases = [args.subject, args.object, *(phrase for _, phrase in args.preps)]
        for phrase in phrases:
            if phrase is not None:
                inside = 0 <= phrase.start <= phrase.head < phrase.end <= count
                require(inside, "phrase outside the tokens", phrase)


def check_printers(text: str, lexicon: Lexicon) -> None:
    """Text as each printer shows it: nothing a terminal or a reader would act on, and JSON
    that reads back as the text."""
    for shown in (visible(text), visible(text, layout=False), markdown.escape(text)):
        require(not UNSAFE.search(shown), "a control reaches the output", repr(shown[:40]))
    require(not UNSAFE_OR_LAYOUT.search(visible(text, layout=False)), "a line break in one line")
    document = jsonout.dumps({"text": text})
    require(not UNSAFE.search(document), "a control reaches JSON", repr(document[:40]))
    require(json.loads(document) == {"text": text}, "JSON does not read back")
    cell = str(csvout.cell(text))
    require(not UNSAFE.search(cell), "a control reaches CSV", repr(cell[:40]))
    require(not cell.startswith(("=", "+", "-", "@", "\t", "\r")), "a CSV cell is a formula")


def check_markdown(text: str, lexicon: Lexicon) -> None:
    """The input, and the input set in Markdown, read as a Markdown source: the text read is as
    long as the text, every change a blank (or an entity's character), every line break kept;
    sentences inside it, a date in ISO form, each sentence shown with offsets that keep order."""
    piece = text[:300]
    dressed = (
        f"---\ntitle: {piece}\ndate: {piece}\n---\n# {piece}\n\n- [{piece}]({piece}) *{piece}*"
    )
    for written in (text, dressed + f" `{piece}`\n> <!-- {piece} -->\n\n{text}"):
        written = written.replace("\r\n", "\n").replace("\r", "\n")  # as a source is read
        read = blank_markdown(written)
        require(len(read) == len(written), "Markdown read at another length")
        for at, (was, now) in enumerate(zip(written, read, strict=True)):
            require(was == now or now.isspace() or was == "&", "markup read as text", (at, was))
            require((was == "\n") == (now == "\n") or now == "\n", "a line break moved", at)
        source = source_from_text(written, "fuzzed", markdown=True)
        require(source.date is None or ISO_DATE.fullmatch(source.date), "a date not ISO")
        _spans(written, source.sentences.spans(), "Markdown sentence")
        for sentence in source.sentences:
            require(sentence.text == read[sentence.start : sentence.end], "sentence not read")
            _, moved = shown_markdown(written[sentence.start : sentence.end], sentence.text)
            require(moved is None or moved == sorted(moved), "shown offsets out of order")


STAGES: dict[str, Callable[[str, Lexicon], None]] = {
    "split_sentences": check_split,
    "tokenize": check_tokens,
    "figures": check_quantities,
    "dates": check_dates,
    "claim": check_claim,
    "printers": check_printers,
    "markdown": check_markdown,
}


def failure_kind(stage: str, text: str, lexicon: Lexicon) -> str | None:
    """None when every invariant holds, else what broke (an exception names its place)."""
    try:
        STAGES[stage](text, lexicon)
    except Broken as broken:
        return broken.kind
    except Exception as error:
        frame = traceback.extract_tb(error.__traceback__)[-1]
        place = f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}"
        return f"{type(error).__name__} at {place}: {str(error)[:80]}"
    return None


# ---------------------------------------------------------------- the run


@dataclass
class Failure:
    stage: str
    kind: str
    text: str
    detail: str = ""
    count: int = 1


@dataclass
class Report:
    tried: int = 0
    seconds: float = 0.0
    failures: dict[tuple[str, str], Failure] = field(default_factory=dict)
    slowest: tuple[float, str, int] = (0.0, "", 0)


def shrink(stage: str, kind: str, text: str, lexicon: Lexicon, budget: float = 1.0) -> str:
    """A shorter input with the same failure: chunks removed while it still fails alike."""
    deadline = time.monotonic() + budget
    size = max(1, len(text) // 2)
    while size >= 1 and time.monotonic() < deadline:
        at, shrunk = 0, False
        while at < len(text) and time.monotonic() < deadline:
            candidate = text[:at] + text[at + size :]
            if candidate and failure_kind(stage, candidate, lexicon) == kind:
                text, shrunk = candidate, True
            else:
                at += size
        if not shrunk:
            size //= 2
    return text


def detail_of(stage: str, text: str, lexicon: Lexicon) -> str:
    try:
        STAGES[stage](text, lexicon)
    except Exception as error:
        return str(error)[:200]
    return ""


def fuzz(
    seconds: float | None, seed: int | None = None, progress: bool = False, inputs: int = 0
) -> Report:
    """Fuzz until `seconds` have passed or, when `inputs` is given, that many were tried."""
    lexicon = default_lexicon()
    rng = random.Random(seed)
    report = Report()
    start = time.monotonic()
    next_note = start + 60
    while (report.tried < inputs) if inputs else (time.monotonic() - start < seconds):
        text = generate(rng)
        report.tried += 1
        for stage in STAGES:
            began = time.perf_counter()
            kind = failure_kind(stage, text, lexicon)
            took = time.perf_counter() - began
            if took > report.slowest[0]:
                report.slowest = (took, stage, len(text))
            if kind is None:
                continue
            key = (stage, kind)
            known = report.failures.get(key)
            if known is None:
                small = shrink(stage, kind, text, lexicon)
                detail = detail_of(stage, small, lexicon)
                report.failures[key] = Failure(stage, kind, small, detail)
            else:
                known.count += 1
        if progress and time.monotonic() > next_note:
            next_note += 60
            print(
                f"  {time.monotonic() - start:5.0f} s: {report.tried} inputs, "
                f"{len(report.failures)} distinct failures",
                flush=True,
            )
    report.seconds = time.monotonic() - start
    return report


def _shown(text: str, limit: int = 300) -> str:
    shown = repr(text)
    if len(shown) > limit:
        shown = shown[: limit - 20] + f"... ({len(text)} characters)"
    return shown


def print_report(report: Report) -> None:
    took, stage, size = report.slowest
    print(
        f"tried {report.tried} inputs in {report.seconds:.1f} s "
        f"({report.tried / max(report.seconds, 1e-9):.0f}/s) through {len(STAGES)} stages; "
        f"{len(report.failures)} distinct failures "
        f"({sum(f.count for f in report.failures.values())} failing runs)"
    )
    print(f"slowest single call: {took * 1000:.1f} ms ({stage}, {size} characters)")
    for failure in sorted(report.failures.values(), key=lambda f: (f.stage, f.kind)):
        print(f"FAIL {failure.stage}: {failure.kind} (x{failure.count})")
        print(f"  input: {_shown(failure.text)}")
        if failure.detail and failure.detail != failure.kind:
            print(f"  detail: {failure.detail}")


def main(argv: list[str] | None = None) -> int:
    """Fuzz for --seconds (or --inputs), print the figures and each failure; return the number
    of distinct failures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz")
    parser.add_argument("--inputs", type=int, default=0, help="how many inputs (not --seconds)")
    parser.add_argument("--seed", type=int, default=None, help="seed for a repeatable run")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    length = f"{args.inputs} inputs" if args.inputs else f"{args.seconds:g} s"
    print(f"fuzzing for {length}, seed {seed}", flush=True)
    report = fuzz(
        args.seconds, seed, progress=not args.inputs and args.seconds >= 120, inputs=args.inputs
    )
    print_report(report)
    return len(report.failures)


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
