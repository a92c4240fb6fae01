"""The commands over whole corpora and files: `report`, `sources`, `claims` (and `claims init`),
`audit` and `evaluate`."""

# No `from __future__ import annotations` here: Typer reads these annotations at start-up.

import os
from collections import deque
from pathlib import Path
from typing import Annotated

import typer

from . import options, scaling
from .app import PlainFormat, app, examples
from .errors import InputError
from .options import Claims as ClaimsFile
from .options import (
    ClaimTexts,
    Color,
    Colors,
    Json,
    NoPager,
    Sources,
    emit,
    fail,
    warn,
)
from .report import visible
from .resources import file_name
from .scaling import IndexFile, NoIndex, Scheduler


@app.command(
    epilog=examples(
        "alliance report --html report.html",
        'alliance report "47 members" "Nvidia is a member" --html two-claims.html',
    )
)
def report(
    claims: Annotated[list[str] | None, ClaimTexts] = None,
    html_file: Annotated[
        Path,
        typer.Option(
            "--html",
            parser=options.given_path,
            help="The HTML file to write (replaced whole, never left half-written; never "
            "through a link); - for standard output.",
            show_default=False,
        ),
    ] = ...,
    sources: Sources = None,
    claims_file: ClaimsFile = None,
    index: IndexFile = None,
    no_index: NoIndex = False,
    scheduler: Scheduler = None,
    color: Colors = Color.auto,
) -> None:
    """One self-contained HTML page: the matrix, the conflicts and every claim's evidence; readable on a phone."""
    located, named = options.source_paths(sources), options.claims_path(claims_file)
    try:
        curated = options.curated(named, located, every=not claims)
        wanted = options.wanted_claims(claims, not claims, curated)
        from .api import conflicts as find_conflicts
        from .api import disputed_first
        from .report import html
        from .scans import scans

        with scaling.workers(scheduler) as workers:
            loaded = options.load_sources(located, True, scaling.indexing(index, no_index), workers)
            results = disputed_first(options.checking(wanted, loaded, False, workers))
            found = find_conflicts(
                loaded,
                run=lambda claims, found: options.checking(claims, found, False, workers),
                each=scans(loaded, workers),
            )
        from .resources import write_file

        descriptor = write_file(html_file, html.report(results, found, loaded))
    except InputError as error:
        raise fail(error, located, named) from None
    warn(warning for source in loaded for warning in source.warnings)
    from .report.layout import headline, plural

    where = {1: "standard output", 2: "standard error"}.get(descriptor, file_name(html_file))
    typer.echo(  # beside the report, never into it
        visible(f"Wrote {where}")
        + f": {plural(len(results), 'claim')} \u00d7 {plural(len(loaded), 'source')}, {headline(found)}",
        err=descriptor == 1,
    )


@app.command(epilog=examples("alliance sources", "alliance sources --sources ~/articles --json"))
def sources(
    output: PlainFormat = None,
    json: Json = False,
    sources: Sources = None,
    index: IndexFile = None,
    no_index: NoIndex = False,
    color: Colors = Color.auto,
    no_pager: NoPager = False,
) -> None:
    """List the sources: id, title, date, words and sentences."""
    from .results import SourceList

    chosen = options.chosen_format(output, json=json)
    located = options.source_paths(sources)
    try:
        each = options.each_source(located, True, scaling.indexing(index, no_index))
        deque(each, maxlen=0)  # read, one source held at a time; its outline kept
    except InputError as error:
        raise fail(error, located) from None
    warn(each.warnings)
    emit(SourceList(each.infos), chosen, color, not no_pager)


claims_app = typer.Typer(
    name="claims",
    help="List the curated claims with their ids, aliases and tags; 'claims init' drafts a "
    "claims file for your own sources.",
    epilog=examples(
        "alliance claims",
        "alliance claims --json | jq '.[].id'",
        "alliance claims init --sources ~/articles -o claims.yaml",
    ),
    no_args_is_help=False,
)
app.add_typer(claims_app)


@claims_app.callback(invoke_without_command=True)
def claims(
    context: typer.Context,
    output: PlainFormat = None,
    json: Json = False,
    claims_file: ClaimsFile = None,
    color: Colors = Color.auto,
    no_pager: NoPager = False,
) -> None:
    """List the curated claims with their ids, aliases and tags."""
    if context.invoked_subcommand is not None:
        return
    from .results import ClaimList

    chosen = options.chosen_format(output, json=json)
    named = options.claims_path(claims_file)
    try:
        curated = options.curated(named)
    except InputError as error:
        raise fail(error, named) from None
    emit(ClaimList(curated), chosen, color, not no_pager)


@claims_app.command(
    "init",
    epilog=examples(
        "alliance claims init --sources ~/articles -o claims.yaml",
        "alliance audit --sources ~/articles --claims claims.yaml",
    ),
)
def claims_init(
    sources: Sources = None,
    output_file: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            parser=options.given_path,
            help="The claims file to write (written whole, never over an existing file "
            "without --force; never through a link); standard output without it.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace an existing claims file.")
    ] = False,
) -> None:
    """Draft a claims file for your sources, to review: one claim per disagreement 'conflicts' finds and per figure, date and participant they state, with today's verdicts as 'expect' and a note quoting the evidence; 'audit' then reports any verdict that changes."""
    located = options.source_paths(sources)
    target = output_file or Path("-")
    try:
        if output_file is not None and not force and os.path.lexists(output_file):
            raise InputError("exists: give --force to replace it", file_name(output_file))
        loaded = options.load_sources(located, datelines=True)
        from .api import draft_claims

        folders = ", ".join(file_name(path) for path in located.paths)
        text = draft_claims(loaded, folders, run=options.checking)
        from .resources import write_file

        descriptor = write_file(target, text)
    except InputError as error:
        raise fail(error, located) from None
    warn(warning for source in loaded for warning in source.warnings)
    if descriptor is None:
        from .report.layout import plural

        claims = plural(text.count("\n  - id: "), "claim")
        typer.echo(visible(f"Wrote {file_name(target)}") + f": {claims} to review")


@app.command(
    epilog=examples(
        "alliance audit", "alliance audit --claims my-claims.yaml --sources my-articles/"
    )
)
def audit(
    output: PlainFormat = None,
    json: Json = False,
    sources: Sources = None,
    claims_file: ClaimsFile = None,
    index: IndexFile = None,
    no_index: NoIndex = False,
    color: Colors = Color.auto,
    no_pager: NoPager = False,
) -> None:
    """Check every curated claim and compare with the curator's expected verdicts (exit 1 on any mismatch)."""
    from .results import Audit

    chosen = options.chosen_format(output, json=json)
    located, named = options.source_paths(sources), options.claims_path(claims_file)
    try:
        curated = options.curated(named, located, every=True)
        each = options.each_source(located, indexing=scaling.indexing(index, no_index))
        from .api import audit as run_audit

        known = options.expectable(named, each.files)
        mismatches = run_audit(curated, options.tracked(each), known=known)
    except InputError as error:
        raise fail(error, located, named) from None
    warn(each.warnings)
    emit(Audit(mismatches, len(curated), len(each.files)), chosen, color, not no_pager)
    if mismatches:
        raise typer.Exit(1)


@app.command(
    epilog=examples(
        "alliance evaluate pairs.jsonl",
        "alliance evaluate pairs.jsonl --errors 10",
        "alliance evaluate pairs.jsonl --json",
    )
)
def evaluate(
    pairs_files: Annotated[
        list[Path],
        typer.Argument(
            parser=options.given_path,
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
    output: PlainFormat = None,
    json: Json = False,
    sources: Sources = None,
    color: Colors = Color.auto,
    no_pager: NoPager = False,
) -> None:
    """Score the verdict engine on labelled pairs: accuracy, precision, recall and F1 per verdict, a row per file."""
    from .evaluate import judge_pairs, load_pairs, metrics
    from .results import Run, Scores

    chosen = options.chosen_format(output, json=json)
    located = options.source_paths(sources)
    try:
        known = options.each_source(located).files  # ids name these: the bundled seeds by default
        loaded = [(path, load_pairs(path, known)) for path in pairs_files]
    except InputError as error:
        raise fail(error, located) from None
    runs = []
    for path, pairs in loaded:
        judged = judge_pairs(pairs, two_way)
        scores = {"file": str(path), **metrics(judged), "two_way": two_way}
        runs.append(Run(scores, [item for item in judged if not item.right][:errors]))
    emit(Scores(runs, errors=bool(errors)), chosen, color, not no_pager)
