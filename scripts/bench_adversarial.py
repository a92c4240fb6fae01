"""Time the text stages on adversarial input: long runs of separators.

Each stage (the sentence splitter, the tokenizer, the quantity and date readers, a Markdown
source read, the claim parser and a full check) is run on 100,000 and 200,000 characters of
each repeated pattern ("....", ",,,,", "- - - ", "\\n\\n\\n", "((((", "''''", "1,1,1,",
"a. a. a.", and for Markdown "[[[[", "*a*a", "`a`a", "](](", "<a <a", "\\\\"). Linear code
takes about twice as long on twice the input; the ratio column shows it (about 4 is quadratic).
Each run happens in a forked child that is stopped after --cap seconds, so a super-linear stage
shows as "> cap" instead of hanging the benchmark.

    python scripts/bench_adversarial.py                  # every stage, every pattern
    python scripts/bench_adversarial.py --cap 5 --stage split --stage tokenize
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections.abc import Callable
from typing import Any

# The repeated unit of each adversarial pattern.
PATTERNS: dict[str, str] = {
    "....": ".",
    ",,,,": ",",
    "- - - ": "- ",
    "\\n\\n\\n": "\n",
    "((((": "(",
    "''''": "'",
    "1,1,1,": "1,",
    "a. a. a.": "a. ",
    "[[[[": "[",
    "*a*a": "*a",
    "`a`a": "`a",
    "](](": "](",
    "<a <a": "<a ",
    "\\\\": "\\",
}
SIZES = (100_000, 200_000)


def adversarial(unit: str, size: int) -> str:
    """`size` characters of `unit` repeated."""
    return (unit * (size // len(unit) + 1))[:size]


def _prepare(stage: str, text: str) -> Callable[[], Any]:
    """The timed call for `stage` on `text`; the work it depends on (tokens, the lexicon) is
    done before the clock starts."""
    from alliance_cli import api
    from alliance_cli.corpus import source_from_text
    from alliance_cli.engine.claim import read_claim
    from alliance_cli.engine.lexicon import default_lexicon
    from alliance_cli.engine.reading import Reading
    from alliance_cli.sentences import split_sentences
    from alliance_cli.text import tokenize

    lexicon = default_lexicon()
    if stage == "split":
        return lambda: len(split_sentences(text))
    if stage == "tokenize":
        return lambda: len(tokenize(text))
    if stage == "quantities":
        return lambda: len(Reading(text, lexicon).quantities)
    if stage == "dates":
        return lambda: len(Reading(text, lexicon).dates)
    if stage == "markdown":
        return lambda: len(source_from_text(text, "adversarial", markdown=True).sentences)
    if stage == "claim":
        return lambda: len(read_claim(text, lexicon).pieces)
    if stage == "check":
        claim = api.query_claim("The AI Alliance has 47 members", [])
        api.check_claim(claim, [source_from_text("The AI Alliance has 47 members.", "warm")])

        def run() -> str:
            source = source_from_text(text, "adversarial")
            return api.check_claim(claim, [source]).verdicts[0].stance.value

        return run
    raise ValueError(f"unknown stage {stage!r}")


STAGES = ("split", "tokenize", "quantities", "dates", "markdown", "claim", "check")


def _child(stage: str, text: str, connection: Any) -> None:
    try:
        call = _prepare(stage, text)
        start = time.perf_counter()
        result = call()
        connection.send(("ok", time.perf_counter() - start, result))
    except BaseException as error:  # report anything, including RecursionError
        connection.send(("error", 0.0, f"{type(error).__name__}: {error}"))
    finally:
        connection.close()


def timed(stage: str, text: str, cap: float) -> tuple[str, float, Any]:
    """("ok", seconds, result), ("error", 0, message) or ("timeout", cap, None), run in a
    forked child that is killed after `cap` seconds."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(stage, text, sender), daemon=True)
    child.start()
    sender.close()
    try:
        if receiver.poll(cap + 5.0):  # the child's own set-up is not timed
            outcome = receiver.recv()
            if outcome[0] == "ok" and outcome[1] > cap:
                return ("timeout", outcome[1], outcome[2])
            return outcome
        return ("timeout", cap, None)
    except EOFError:
        return ("error", 0.0, f"child died (exit code {child.exitcode})")
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()


def _shown(outcome: tuple[str, float, Any], cap: float) -> str:
    status, seconds, _ = outcome
    if status == "timeout":
        return f"> {cap:.0f} s"
    if status == "error":
        return "error"
    return f"{seconds * 1000:9.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cap", type=float, default=10.0, help="seconds allowed per run")
    parser.add_argument("--stage", action="append", choices=STAGES, help="stages to time")
    parser.add_argument("--pattern", action="append", choices=list(PATTERNS), help="patterns")
    args = parser.parse_args(argv)
    stages = args.stage or list(STAGES)
    patterns = args.pattern or list(PATTERNS)
    small, large = SIZES
    print(f"{'stage':<11}{'pattern':<11}{small:>14,}{large:>14,}   ratio  result")
    slow = 0
    for stage in stages:
        for name in patterns:
            unit = PATTERNS[name]
            first = timed(stage, adversarial(unit, small), args.cap)
            second = (
                timed(stage, adversarial(unit, large), args.cap)
                if first[0] == "ok"
                else ("timeout", args.cap, None)
                if first[0] == "timeout"
                else first
            )
            ratio = (
                f"{second[1] / first[1]:6.1f}"
                if first[0] == second[0] == "ok" and first[1] > 0
                else "     -"
            )
            result = first[2] if first[0] != "timeout" else ""
            if "timeout" in (first[0], second[0]) or "error" in (first[0], second[0]):
                slow += 1
            print(
                f"{stage:<11}{name:<11}{_shown(first, args.cap):>14}"
                f"{_shown(second, args.cap):>14}  {ratio}  {result}",
                flush=True,
            )
    print(f"{slow} stage/pattern pairs over the cap or failing")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
