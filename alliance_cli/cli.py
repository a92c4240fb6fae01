"""The `alliance` command: a thin layer over the library in `alliance_cli.api`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .errors import InputError
from .report import visible


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
        envvar="ALLIANCE_SOURCES",
        help="A folder of .txt/.md files, or a single file; repeat for more. [default: the bundled seeds]",
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


def _say(kind: str, message: str) -> None:
    """One line on stderr; control characters in file names and values shown as escapes."""
    typer.echo(f"alliance: {kind}: " + visible(message).replace("\n", "\\n"), err=True)


def _fail(error: InputError) -> typer.Exit:
    _say("error", str(error))
    return typer.Exit(2)


def _load_sources(paths: list[Path] | None, datelines: bool = False):
    """The sources to check; their datelines only where they are shown (`alliance sources`)."""
    from .api import default_sources_path, load_sources

    return load_sources(paths or [default_sources_path()], datelines)


def _load_claims(path: Path | None):
    from .api import default_claims_path, load_claims

    return load_claims(path or default_claims_path())


def _warn(sources) -> None:
    for source in sources:
        for warning in source.warnings:
            _say("warning", warning)


@app.command(
    epilog=_examples(
        'alliance check "47 members"',
        'alliance check "Nvidia is a member" "over 50 members"',
        "alliance check --all --json",
        'alliance check "IBM launched it" --sources ~/articles',
    )
)
def check(
    claims: Annotated[
        list[str] | None,
        typer.Argument(help="The claims to check, each in quotes.", show_default=False),
    ] = None,
    all_claims: Annotated[bool, typer.Option("--all", help="Check every curated claim.")] = False,
    json: Json = False,
    sources: Sources = None,
    claims_file: Claims = None,
) -> None:
    """Check claims against every source: supports, contradicts or omits, with the evidence."""
    if not claims and not all_claims:
        raise typer.BadParameter("give a claim to check, or --all", param_hint="CLAIMS")
    try:
        loaded = _load_sources(sources)
        curated = _load_claims(claims_file)
        from .api import check as run_check
        from .api import query_claim
        from .model import Claim

        wanted = [query_claim(text, curated) for text in claims or []]
        if all_claims:
            wanted += [Claim(claim.text, claim) for claim in curated]
        results = list(run_check(wanted, loaded))
    except InputError as error:
        raise _fail(error) from None
    _warn(loaded)
    if json:
        from .report import jsonout

        typer.echo(jsonout.checks(results))
        return
    from .report import table

    table.print_checks(table.console(), results, loaded)


@app.command(epilog=_examples("alliance sources", "alliance sources --sources ~/articles --json"))
def sources(json: Json = False, sources: Sources = None) -> None:
    """List the sources: id, title, date, words and sentences."""
    try:
        loaded = _load_sources(sources, datelines=True)
    except InputError as error:
        raise _fail(error) from None
    _warn(loaded)
    if json:
        from .report import jsonout

        typer.echo(jsonout.sources(loaded))
        return
    from .report import table

    table.print_sources(table.console(), loaded)


@app.command(epilog=_examples("alliance claims", "alliance claims --json | jq '.[].id'"))
def claims(json: Json = False, claims_file: Claims = None) -> None:
    """List the curated claims with their ids, aliases and tags."""
    try:
        curated = _load_claims(claims_file)
    except InputError as error:
        raise _fail(error) from None
    if json:
        from .report import jsonout

        typer.echo(jsonout.claims(curated))
        return
    from .report import table

    table.print_claims(table.console(), curated)


@app.command(
    epilog=_examples(
        "alliance audit", "alliance audit --claims my-claims.yaml --sources my-articles/"
    )
)
def audit(json: Json = False, sources: Sources = None, claims_file: Claims = None) -> None:
    """Check every curated claim and compare with the curator's expected verdicts (exit 1 on any mismatch)."""
    try:
        loaded = _load_sources(sources)
        curated = _load_claims(claims_file)
        from .api import audit as run_audit

        mismatches = run_audit(curated, loaded)
    except InputError as error:
        raise _fail(error) from None
    _warn(loaded)
    if json:
        from .report import jsonout

        typer.echo(jsonout.dumps([jsonout.mismatch_doc(miss) for miss in mismatches]))
    else:
        from .report import table

        table.print_audit(table.console(), mismatches, len(curated), len(loaded))
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
    pairs_file: Annotated[
        Path,
        typer.Argument(
            help='JSON Lines of {"claim", "evidence" (text) or "source" (a source id or path), '
            '"label"}; labels SUPPORTS / REFUTES / NOT ENOUGH INFO or supports / contradicts / omits.',
            show_default=False,
        ),
    ],
    errors: Annotated[
        int, typer.Option("--errors", min=0, help="List this many misjudged pairs with the reason.")
    ] = 0,
    json: Json = False,
    sources: Sources = None,
) -> None:
    """Score the verdict engine on labelled pairs: accuracy, precision, recall and F1 per verdict."""
    from .evaluate import judge_pairs, load_pairs, metrics

    try:
        known = _load_sources(sources) if sources else []
        judged = judge_pairs(load_pairs(pairs_file, known))
    except InputError as error:
        raise _fail(error) from None
    scores = metrics(judged)
    wrong = [item for item in judged if not item.right][:errors]
    if json:
        from .report import jsonout

        if errors:
            scores = {**scores, "errors": [jsonout.judged_doc(item) for item in wrong]}
        typer.echo(jsonout.dumps(scores))
        return
    from .report import table

    out = table.console()
    table.print_evaluation(out, scores)
    if wrong:
        table.print_errors(out, wrong)


def main() -> None:
    """The console entry point: one-line errors, exit 2 for usage and input errors, 130 on Ctrl-C."""
    try:
        code = app(standalone_mode=False)
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
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    sys.exit(code if isinstance(code, int) else 0)
