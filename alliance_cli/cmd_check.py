"""The commands that check claims and show what the sources say: `check`, `matrix`,
`conflicts` and `show`."""

# No `from __future__ import annotations` here: Typer reads these annotations at start-up.

from collections import deque
from pathlib import Path
from typing import Annotated

import typer

from . import options, scaling
from .app import CheckFormat, MatrixFormat, PlainFormat, app, examples
from .errors import InputError
from .options import Claims as ClaimsFile
from .options import (
    ClaimTexts,
    Color,
    Colors,
    Json,
    MinConfidence,
    NoPager,
    Only,
    Sources,
    emit,
    fail,
    warn,
)
from .scaling import IndexFile, NoIndex, Scheduler


@app.command(
    epilog=examples(
        'alliance check "47 members"',
        'alliance check "Nvidia is a member" "over 50 members"',
        "alliance check members-47",
        "alliance check --all --json",
        "alliance check --all --only contradicts --min-confidence 0.9",
        "alliance check --all -q --fail-on contradicts || echo disputed",
        "alliance check --all --format jsonl | head -3",
        "alliance check --all --format csv > verdicts.csv",
        'alliance check "IBM launched it" --sources ~/articles',
    )
)
def check(
    claims: Annotated[list[str] | None, ClaimTexts] = None,
    all_claims: Annotated[bool, typer.Option("--all", help="Check every curated claim.")] = False,
    output: Annotated[
        CheckFormat | None,
        options.format_option(
            "table, json (an array), jsonl (one claim per line, as each is judged), csv "
            "(a row per claim and source) or markdown."
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
    only: Only = None,
    min_confidence: MinConfidence = 0.0,
    fail_on: Annotated[
        frozenset | None,
        typer.Option(
            "--fail-on",
            parser=options.stances,
            metavar="VERDICTS",
            help="Exit 1 when any source's verdict shown is one of these (a comma list), as "
            "grep does on a match.",
            show_default=False,
        ),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print nothing; the exit status tells.")
    ] = False,
    sources: Sources = None,
    claims_file: ClaimsFile = None,
    index: IndexFile = None,
    no_index: NoIndex = False,
    scheduler: Scheduler = None,
    color: Colors = Color.auto,
    no_pager: NoPager = False,
) -> None:
    """Check claims against every source: supports, contradicts or omits, with the evidence."""
    from .filters import Filter
    from .filters import checks as shown
    from .results import Checks

    chosen = options.chosen_format(output, json=json, jsonl=jsonl)
    if not claims and not all_claims:
        raise typer.BadParameter("give a claim to check, or --all", param_hint="CLAIMS")
    if explain and chosen != "table":
        raise typer.BadParameter(
            "proofs are shown in the table; JSON and JSON Lines always hold them",
            param_hint="--explain",
        )
    keep = Filter(only, min_confidence)
    located, named = options.source_paths(sources), options.claims_path(claims_file)
    reading = scaling.indexing(index, no_index)
    try:
        wanted = options.wanted_claims(
            claims, all_claims, options.curated(named, located, every=all_claims)
        )
        from .api import check_each_source

        with scaling.workers(scheduler) as workers:
            if chosen == "jsonl":  # each claim as soon as it is judged: every source held
                loaded = options.load_sources(located, False, reading, workers)
                warn(warning for source in loaded for warning in source.warnings)
                judged = options.checking(wanted, loaded, True, workers)
                infos = [source.info for source in loaded]
            else:
                each = options.each_source(located, False, reading, workers)
                judged = check_each_source(wanted, options.tracked(each), workers=workers)
                warn(each.warnings)
                infos = each.infos
        watched = options.Watched(shown(judged, keep), fail_on)
        if quiet:
            deque(watched, maxlen=0)
        else:
            results = watched if chosen == "jsonl" else list(watched)
            emit(Checks(results, infos, explain), chosen, color, not no_pager)
    except InputError as error:
        raise fail(error, located, named) from None
    if watched.seen:
        raise typer.Exit(1)


@app.command(
    epilog=examples(
        "alliance matrix",
        'alliance matrix "47 members" "Nvidia is a member"',
        "alliance matrix --only contradicts",
        "alliance matrix --format markdown > matrix.md",
        "alliance matrix --format csv > matrix.csv",
    )
)
def matrix(
    claims: Annotated[list[str] | None, ClaimTexts] = None,
    output: Annotated[
        MatrixFormat | None,
        options.format_option("table, json, csv or markdown."),
    ] = None,
    json: Json = False,
    only: Only = None,
    min_confidence: MinConfidence = 0.0,
    sources: Sources = None,
    claims_file: ClaimsFile = None,
    index: IndexFile = None,
    no_index: NoIndex = False,
    scheduler: Scheduler = None,
    color: Colors = Color.auto,
    no_pager: NoPager = False,
) -> None:
    """Every claim against every source as a grid (\u2714 supports, \u2718 contradicts, \u00b7 omits) with the consensus, the most disputed claims first."""
    from .filters import Filter, rows
    from .results import Matrix

    chosen = options.chosen_format(output, json=json)
    located, named = options.source_paths(sources), options.claims_path(claims_file)
    try:
        wanted = options.wanted_claims(
            claims, not claims, options.curated(named, located, every=not claims)
        )
        from .api import check_each_source, disputed_first

        with scaling.workers(scheduler) as workers:
            each = options.each_source(located, False, scaling.indexing(index, no_index), workers)
            results = disputed_first(
                check_each_source(wanted, options.tracked(each), workers=workers)
            )
    except InputError as error:
        raise fail(error, located, named) from None
    warn(each.warnings)
    shown = rows(results, Filter(only, min_confidence))
    emit(Matrix(shown, each.infos), chosen, color, not no_pager)


@app.command(
    epilog=examples(
        "alliance conflicts",
        "alliance conflicts --json | jq '.[].about'",
        "alliance conflicts --min-confidence 0.9 --sources ~/articles",
    )
)
def conflicts(
    output: PlainFormat = None,
    json: Json = False,
    only: Only = None,
    min_confidence: MinConfidence = 0.0,
    sources: Sources = None,
    index: IndexFile = None,
    no_index: NoIndex = False,
    scheduler: Scheduler = None,
    color: Colors = Color.auto,
    no_pager: NoPager = False,
) -> None:
    """Where the sources disagree, without a claim: the figures they give for the same quantity, on a number line; the score, date, winner or other one-filler role, outcome and participation of the same event, as a table of which source says what; and the names one counts as members while another says they are absent."""
    from .filters import Filter
    from .filters import conflicts as shown
    from .results import Disputes

    chosen = options.chosen_format(output, json=json)
    located = options.source_paths(sources)
    try:
        from .api import conflicts as find_conflicts
        from .scans import scans

        with scaling.workers(scheduler) as workers:
            loaded = options.load_sources(
                located, False, scaling.indexing(index, no_index), workers
            )
            found = find_conflicts(
                loaded,
                run=lambda wanted, found: options.checking(wanted, found, False, workers),
                each=scans(loaded, workers),
            )
    except InputError as error:
        raise fail(error, located) from None
    warn(warning for source in loaded for warning in source.warnings)
    kept = shown(found, Filter(only, min_confidence))
    emit(Disputes(kept, loaded), chosen, color, not no_pager)


@app.command(
    epilog=examples(
        "alliance show 004",
        "alliance show 004 --claim '47 members'",
        "alliance show 000_edfda986d3e20c37 --claim 'Nvidia is a member' --claim members-47",
        "alliance show my-article --sources ~/articles",
    )
)
def show(
    source: Annotated[
        str,
        typer.Argument(
            help="A source id, or the start of one (see 'alliance sources'); not a path: "
            "add a folder with --sources.",
            show_default=False,
            autocompletion=options.complete_source_ids,
        ),
    ],
    claim: Annotated[
        list[str] | None,
        typer.Option(
            "--claim",
            help="Mark the sentence that decides this claim (or curated claim's id), in its "
            "verdict's colour; repeat for more.",
            show_default=False,
            autocompletion=options.complete_claim_ids,
        ),
    ] = None,
    output: PlainFormat = None,
    json: Json = False,
    sources: Sources = None,
    claims_file: ClaimsFile = None,
    color: Colors = Color.auto,
    no_pager: NoPager = False,
) -> None:
    """A source's text with numbered sentences; with --claim, the evidence marked."""
    from .results import SourceText

    chosen = options.chosen_format(output, json=json)
    located, named = options.source_paths(sources), options.claims_path(claims_file)
    try:
        from .api import check as run_check
        from .api import read_sources

        files = options.each_source(located).files
        named_file = _find_by_id(files, source)  # only this file is read
        wanted = options.wanted_claims(claim, False, options.curated(named)) if claim else []
        (found,) = read_sources([named_file])
        results = list(run_check(wanted, [found]))
    except InputError as error:
        raise fail(error, located, named) from None
    warn(found.warnings)
    emit(SourceText(found, results), chosen, color, not no_pager)


def _find_by_id(files, key: str):
    """The source file `key` names by its id; a path given instead is told what `show` takes
    (and the id, when it is the path of a loaded source)."""
    from .api import find_source
    from .corpus import SOURCE_SUFFIXES

    try:
        return find_source(files, key)
    except InputError:
        if "/" not in key and not key.lower().endswith(SOURCE_SUFFIXES):
            raise
    same = [file for file in files if _same_file(file.path, key)]
    known = f" (its id is {same[0].id})" if same else ""
    raise InputError(
        f"show takes a source id, not a path: {key!r}{known}; for a file of another folder, "
        "add the folder with --sources DIR and give the file's id (see 'alliance sources "
        "--sources DIR')"
    )


def _same_file(path: Path, key: str) -> bool:
    try:
        return path.resolve() == Path(key).resolve()
    except (OSError, RuntimeError, ValueError):
        return False
