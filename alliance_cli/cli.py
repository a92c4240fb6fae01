"""The `alliance` command: a thin layer over the library in `alliance_cli.api`."""

# No `from __future__ import annotations` here: Typer would then evaluate every parameter's
# annotation from its text on each start-up, which costs about 2 ms.

import sys
from collections import deque
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .errors import InputError
from .report import escape_unencodable, visible
from .resources import discard, file_name, open_standard_streams


def _examples(*commands: str) -> str:
    """An epilog listing example commands, one per line."""
    return "Examples:\n\n" + "\n\n".join(f"  $ {command}" for command in commands)


app = typer.Typer(
    name="alliance",
    help="Check claims about the AI Alliance against a folder of source texts: for every source, "
    "whether it supports, contradicts or omits the claim, with the sentence that decides it.",
    epilog=_examples(
        'alliance check "47 members"',
        "alliance sources",
        "alliance check --all --json | jq .",
        "alliance matrix",
        "alliance conflicts",
        "alliance show 004 --claim '47 members'",
        "alliance report --html report.html",
        "alliance audit",
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)

Sources = Annotated[
    list[Path] | None,
    typer.Option(
        "--sources",
        "-s",
        help="A folder of .txt/.md files, or a single file; repeat for more. Also from "
        "ALLIANCE_SOURCES: paths separated by ':', empty entries ignored. "
        "[default: the bundled seeds]",
        show_default=False,
    ),
]
Claims = Annotated[
    Path | None,
    typer.Option(
        "--claims",
        "-c",
        envvar="ALLIANCE_CLAIMS",
        help="The curated claims file (YAML). [default: the bundled data/claims.yaml]",
        show_default=False,
    ),
]
Json = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


class CheckFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


class MatrixFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


def _version(value: bool) -> None:
    if value:
        from . import __version__

        _echo(f"alliance {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """`--version`, before any command."""


def _echo(text: str) -> None:
    """A document on standard output (through its encoding's error handler: see `main`)."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _say(kind: str, message: str) -> None:
    """One line on stderr; control characters (line breaks and tabs too) in file names and
    values shown as escapes. A standard error that cannot be written to (a full disk) is
    given up quietly."""
    try:
        sys.stderr.write(f"alliance: {kind}: " + visible(message, layout=False) + "\n")
    except OSError:
        discard(2)


def _console():
    """Where tables are drawn: standard output, at a sane width, in ASCII if it must be."""
    from .report.terminal import console

    return console()


def _fail(error: InputError) -> typer.Exit:
    _say("error", str(error))
    return typer.Exit(2)


def _load_sources(paths: list[Path] | None, datelines: bool = False):
    """The sources to check, all held; their datelines only where they are shown (`alliance
    sources`)."""
    from .api import load_sources

    return load_sources(_source_paths(paths), datelines, warn=lambda m: _say("warning", m))


def _source_paths(paths: list[Path] | None) -> list[Path]:
    """`--sources`, else ALLIANCE_SOURCES, else the bundled seeds."""
    import os

    from .api import default_sources_path

    if paths:
        return paths
    listed = os.environ.get("ALLIANCE_SOURCES", "").split(os.pathsep)
    # an empty entry (":/path", "a::b") names nothing, not the current folder
    return [Path(entry) for entry in listed if entry] or [default_sources_path()]


def _each_source(paths: list[Path] | None, datelines: bool = False):
    """The sources, read one at a time as a command goes through them (`api.EachSource`)."""
    from .api import EachSource

    return EachSource(_source_paths(paths), datelines)


def _tracked(each):
    """The sources, with a progress bar on stderr for a long run."""
    from .report.progress import track

    return track(each, len(each.files), "Reading sources", sys.stderr)


def _load_claims(path: Path | None):
    from .api import default_claims_path, load_claims

    return load_claims(path or default_claims_path())


def _warn(warnings) -> None:
    for warning in warnings:
        _say("warning", warning)


def _warnings(sources) -> list[str]:
    return [warning for source in sources for warning in source.warnings]


def _format(chosen: StrEnum | None, **flags: bool) -> str:
    """The output format: `--format`, or a flag that names one (`--json`); they must agree."""
    asked = [(f"--{name}", name) for name, on in flags.items() if on]
    if chosen:
        asked.append((f"--format {chosen.value}", chosen.value))
    if len({name for _, name in asked}) > 1:
        options = " and ".join(option for option, _ in asked)
        raise typer.BadParameter(f"{options} ask for different formats", param_hint="--format")
    return asked[0][1] if asked else "table"


def _wanted(texts: list[str] | None, all_claims: bool, curated):
    """The claims asked for: each query, then every curated claim with --all."""
    from .api import query_claim
    from .model import Claim

    wanted = [query_claim(text, curated) for text in texts or []]
    if all_claims:
        wanted += [Claim(claim.text, claim) for claim in curated]
    return wanted


def _checking(wanted, loaded, streamed: bool = False):
    """Each claim's result as it is judged, with a progress bar on stderr for long runs; none
    when the results stream to a terminal, where each line shows the progress."""
    from .api import check as run_check
    from .report.progress import track

    results = run_check(wanted, loaded)
    if streamed and sys.stdout.isatty():
        return results
    return track(results, len(wanted), "Checking claims", sys.stderr)


@app.command(
    epilog=_examples(
        'alliance check "47 members"',
        'alliance check "Nvidia is a member" "over 50 members"',
        "alliance check --all --json",
        "alliance check --all --format jsonl | head -3",
        "alliance check --all --format csv > verdicts.csv",
        'alliance check "IBM launched it" --sources ~/articles',
    )
)
def check(
    claims: Annotated[
        list[str] | None,
        typer.Argument(help="The claims to check, each in quotes.", show_default=False),
    ] = None,
    all_claims: Annotated[bool, typer.Option("--all", help="Check every curated claim.")] = False,
    output: Annotated[
        CheckFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table, json (an array), jsonl (one claim per line, as each is judged), csv "
            "(a row per claim and source) or markdown. [default: table]",
            show_default=False,
        ),
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="Short for --format json.")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Short for --format jsonl.")] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Under each table, every source's proof: each piece of the claim, the piece "
            "of the source aligned with it, their relation and the verdict it leads to. "
            "(JSON always holds the proofs.)",
        ),
    ] = False,
    sources: Sources = None,
    claims_file: Claims = None,
) -> None:
    """Check claims against every source: supports, contradicts or omits, with the evidence."""
    chosen = _format(output, json=json, jsonl=jsonl)
    if not claims and not all_claims:
        raise typer.BadParameter("give a claim to check, or --all", param_hint="CLAIMS")
    if explain and chosen != "table":
        raise typer.BadParameter(
            "proofs are shown in the table; JSON and JSON Lines always hold them",
            param_hint="--explain",
        )
    try:
        wanted = _wanted(claims, all_claims, _load_claims(claims_file))
        if chosen == "jsonl":  # each claim as soon as it is judged: every source held
            from .report import jsonout

            loaded = _load_sources(sources)
            _warn(_warnings(loaded))
            for result in _checking(wanted, loaded, streamed=True):
                sys.stdout.write(jsonout.check_line(result) + "\n")
                sys.stdout.flush()  # each line as soon as its claim is judged
            return
        from .api import check_each_source

        each = _each_source(sources)
        results = check_each_source(wanted, _tracked(each))
    except InputError as error:
        raise _fail(error) from None
    _warn(each.warnings)
    if chosen == "table":
        from .report import table

        table.print_checks(_console(), results, each.infos, explain)
        return

    if chosen == "json":
        from .report import jsonout

        _echo(jsonout.checks(results))
    elif chosen == "csv":
        from .report import csvout

        _echo(csvout.checks(results))
    else:
        from .report import markdown

        _echo(markdown.checks(results))


@app.command(
    epilog=_examples(
        "alliance matrix",
        'alliance matrix "47 members" "Nvidia is a member"',
        "alliance matrix --format markdown > matrix.md",
        "alliance matrix --format csv > matrix.csv",
    )
)
def matrix(
    claims: Annotated[
        list[str] | None,
        typer.Argument(
            help="The claims to show, each in quotes. [default: every curated claim]",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        MatrixFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table, json, csv or markdown. [default: table]",
            show_default=False,
        ),
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="Short for --format json.")] = False,
    sources: Sources = None,
    claims_file: Claims = None,
) -> None:
    """Every claim against every source as a grid (\u2714 supports, \u2718 contradicts, \u00b7 omits) with the consensus, the most disputed claims first."""
    chosen = _format(output, json=json)
    try:
        wanted = _wanted(claims, not claims, _load_claims(claims_file))
        from .api import check_each_source, disputed_first

        each = _each_source(sources)
        results = disputed_first(check_each_source(wanted, _tracked(each)))
    except InputError as error:
        raise _fail(error) from None
    _warn(each.warnings)
    if chosen == "table":
        from .report import grid

        grid.print_matrix(_console(), results, each.infos)
        return
    if chosen == "json":
        from .report import jsonout

        _echo(jsonout.matrix(results))
    elif chosen == "csv":
        from .report import csvout

        _echo(csvout.matrix(results, each.infos))
    else:
        from .report import markdown

        _echo(markdown.matrix(results, each.infos))


@app.command(epilog=_examples("alliance conflicts", "alliance conflicts --json | jq '.[].about'"))
def conflicts(json: Json = False, sources: Sources = None) -> None:
    """Where the sources disagree, without a claim: the figures they give for the same count, on a number line, and the names one counts as members while another says they are absent."""
    try:
        loaded = _load_sources(sources)
        from .api import conflicts as find_conflicts

        found = find_conflicts(loaded, run=_checking)
    except InputError as error:
        raise _fail(error) from None
    _warn(_warnings(loaded))
    if json:
        from .report import jsonout

        _echo(jsonout.conflicts(found))
        return
    from .report import table

    table.print_conflicts(_console(), found, loaded)


@app.command(
    epilog=_examples(
        "alliance show 004",
        "alliance show 004 --claim '47 members'",
        "alliance show 000_edfda986d3e20c37 --claim 'Nvidia is a member' --claim '47 members'",
    )
)
def show(
    source: Annotated[
        str,
        typer.Argument(
            help="A source id, or the start of one (see 'alliance sources').", show_default=False
        ),
    ],
    claim: Annotated[
        list[str] | None,
        typer.Option(
            "--claim",
            help="Mark the sentence that decides this claim, in its verdict's colour; repeat for more.",
            show_default=False,
        ),
    ] = None,
    json: Json = False,
    sources: Sources = None,
    claims_file: Claims = None,
) -> None:
    """A source's text with numbered sentences; with --claim, the evidence marked."""
    try:
        from .api import check as run_check
        from .api import find_source, read_sources

        named = find_source(_each_source(sources).files, source)  # only this file is read
        wanted = _wanted(claim, False, _load_claims(claims_file)) if claim else []
        (found,) = read_sources([named])
        results = list(run_check(wanted, [found]))
    except InputError as error:
        raise _fail(error) from None
    _warn(found.warnings)
    if json:
        from .report import jsonout

        _echo(jsonout.show(found, results))
        return
    from .report import table

    table.print_source(_console(), found, results)


@app.command(
    epilog=_examples(
        "alliance report --html report.html",
        'alliance report "47 members" "Nvidia is a member" --html two-claims.html',
    )
)
def report(
    claims: Annotated[
        list[str] | None,
        typer.Argument(
            help="The claims to report on, each in quotes. [default: every curated claim]",
            show_default=False,
        ),
    ] = None,
    html_file: Annotated[
        Path,
        typer.Option(
            "--html",
            help="The HTML file to write (replaced whole, never left half-written; never "
            "through a link); - for standard output.",
            show_default=False,
        ),
    ] = ...,
    sources: Sources = None,
    claims_file: Claims = None,
) -> None:
    """One self-contained HTML page: the matrix, the conflicts and every claim's evidence; readable on a phone."""
    try:
        loaded = _load_sources(sources, datelines=True)
        wanted = _wanted(claims, not claims, _load_claims(claims_file))
        from .api import conflicts as find_conflicts
        from .api import disputed_first
        from .report import html

        results = disputed_first(_checking(wanted, loaded))
        found = find_conflicts(loaded, run=_checking)
        from .resources import write_file

        descriptor = write_file(html_file, html.report(results, found, loaded))
    except InputError as error:
        raise _fail(error) from None
    _warn(_warnings(loaded))
    from .report.layout import plural

    counts = plural(len(found.counts), "disputed count")
    memberships = plural(len(found.memberships), "disputed membership")
    where = {1: "standard output", 2: "standard error"}.get(descriptor, file_name(html_file))
    typer.echo(  # beside the report, never into it
        visible(f"Wrote {where}")
        + f": {len(results)} claims \u00d7 {len(loaded)} sources, {counts}, {memberships}",
        err=descriptor == 1,
    )


@app.command(epilog=_examples("alliance sources", "alliance sources --sources ~/articles --json"))
def sources(json: Json = False, sources: Sources = None) -> None:
    """List the sources: id, title, date, words and sentences."""
    try:
        each = _each_source(sources, datelines=True)
        deque(each, maxlen=0)  # read, one source held at a time; its outline kept
    except InputError as error:
        raise _fail(error) from None
    _warn(each.warnings)
    if json:
        from .report import jsonout

        _echo(jsonout.sources(each.infos))
        return
    from .report import table

    table.print_sources(_console(), each.infos)


@app.command(epilog=_examples("alliance claims", "alliance claims --json | jq '.[].id'"))
def claims(json: Json = False, claims_file: Claims = None) -> None:
    """List the curated claims with their ids, aliases and tags."""
    try:
        curated = _load_claims(claims_file)
    except InputError as error:
        raise _fail(error) from None
    if json:
        from .report import jsonout

        _echo(jsonout.claims(curated))
        return
    from .report import table

    table.print_claims(_console(), curated)


@app.command(
    epilog=_examples(
        "alliance audit", "alliance audit --claims my-claims.yaml --sources my-articles/"
    )
)
def audit(json: Json = False, sources: Sources = None, claims_file: Claims = None) -> None:
    """Check every curated claim and compare with the curator's expected verdicts (exit 1 on any mismatch)."""
    try:
        each = _each_source(sources)
        curated = _load_claims(claims_file)
        from .api import audit as run_audit

        mismatches = run_audit(curated, _tracked(each), known=each.files)
    except InputError as error:
        raise _fail(error) from None
    _warn(each.warnings)
    if json:
        from .report import jsonout

        _echo(jsonout.dumps([jsonout.mismatch_doc(miss) for miss in mismatches]))
    else:
        from .report import table

        table.print_audit(_console(), mismatches, len(curated), len(each.files))
    if mismatches:
        raise typer.Exit(1)


@app.command(
    epilog=_examples(
        "alliance evaluate pairs.jsonl",
        "alliance evaluate pairs.jsonl --errors 10",
        "alliance evaluate pairs.jsonl --json",
    )
)
def evaluate(
    pairs_files: Annotated[
        list[Path],
        typer.Argument(
            help='JSON Lines files of {"claim", "evidence" (text) or "source" (a source id or '
            'path), "label"}; labels SUPPORTS / REFUTES / NOT ENOUGH INFO or supports / '
            "contradicts / omits.",
            show_default=False,
        ),
    ],
    two_way: Annotated[
        bool,
        typer.Option(
            "--two-way",
            help="Every evidence bears on its claim (FEVER-style sets): read an undecided "
            "verdict as supports, at low confidence.",
        ),
    ] = False,
    errors: Annotated[
        int, typer.Option("--errors", min=0, help="List this many misjudged pairs with the reason.")
    ] = 0,
    json: Json = False,
    sources: Sources = None,
) -> None:
    """Score the verdict engine on labelled pairs: accuracy, precision, recall and F1 per
    verdict, a row per file."""
    from .evaluate import judge_pairs, load_pairs, metrics

    try:
        known = _each_source(sources).files  # ids name these: the bundled seeds by default
        loaded = [(path, load_pairs(path, known)) for path in pairs_files]
    except InputError as error:
        raise _fail(error) from None
    runs = []
    for path, pairs in loaded:
        judged = judge_pairs(pairs, two_way)
        scores = {"file": str(path), **metrics(judged), "two_way": two_way}
        runs.append((scores, [item for item in judged if not item.right][:errors]))
    if json:
        from .report import jsonout

        documents = [
            {**scores, "errors": [jsonout.judged_doc(item) for item in wrong]} if errors else scores
            for scores, wrong in runs
        ]
        _echo(jsonout.dumps(documents[0] if len(documents) == 1 else {"files": documents}))
        return
    from .report import table

    out = _console()
    if len(runs) > 1:
        table.print_evaluation_rows(out, [scores for scores, _ in runs])
    for scores, wrong in runs:
        table.print_evaluation(out, scores)
        if wrong:
            table.print_errors(out, wrong)


def main() -> None:
    """The console entry point: one-line errors, exit 2 for usage and input errors and for
    output that cannot be written, 130 on Ctrl-C."""
    import signal

    open_standard_streams()
    if hasattr(signal, "SIGPIPE"):  # "alliance ... | head -1": end quietly when the reader stops
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    for stream in (sys.stdout, sys.stderr):  # PYTHONIOENCODING=ascii: escapes, never a crash
        escape_unencodable(stream)
    try:
        code = app(standalone_mode=False)
        sys.stdout.flush()  # a full disk shows here, while an error can still be said
    except typer.TyperException as error:  # usage errors and the like
        message = error.format_message()
        if message:  # no message: the help was printed instead ("alliance" alone)
            context = getattr(error, "ctx", None)
            hint = f" (see '{context.command_path} --help')" if context else ""
            _say("error", f"{message}{hint}")
        code = getattr(error, "exit_code", 2)
    except (KeyboardInterrupt, typer.Abort):
        code = 130
    except BrokenPipeError:
        discard(1)
        code = 0
    except OSError as error:  # the output (a full disk), or shell completion's files
        discard(1)
        where = error.filename and file_name(error.filename)
        _say("error", f"{where or 'cannot write the output'}: {error.strerror or error}")
        code = 2
    except Exception as error:
        if not _completing():
            raise
        _say("error", f"shell completion: bad or missing variables: {error}")
        code = 2
    sys.exit(code if isinstance(code, int) else 0)


def _completing() -> bool:
    """Whether the shell asked for completions (`_ALLIANCE_COMPLETE=...`): the variables it
    sets are read by Typer, which lets a bad one escape as any exception."""
    import os

    return any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ)
