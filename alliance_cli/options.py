"""What the commands share at the edge: their options, where paths come from (an option or the
environment), shell completion of ids, one-line messages, and printing through the format
registry and the pager."""

# No `from __future__ import annotations`: Typer reads these annotations at start-up.

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NamedTuple

import typer

from .errors import InputError
from .report import visible
from .resources import discard, file_name


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


COLORS = {Color.auto: None, Color.always: True, Color.never: False}


def stances(value: str | None):
    """A comma list of verdicts as a set (`--only`, `--fail-on`); a usage error for a word
    that is no verdict."""
    from .filters import stances

    if value is None:
        return None
    try:
        return stances(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def complete_source_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """The ids of the sources the command would read (`--sources`, ALLIANCE_SOURCES or the
    seeds) that start with what is typed."""
    from .corpus import source_files

    given = [Path(path) for path in ctx.params.get("sources") or ()]  # as typed: text
    try:
        files = source_files(source_paths(given).paths)
    except (InputError, OSError, ValueError):
        return []
    return [file.id for file in files if file.id.startswith(incomplete)]


def complete_claim_ids(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """The curated claims' ids that start with what is typed, each with its text."""
    from .claims import load_claims

    given = ctx.params.get("claims_file")
    try:
        curated = load_claims(claims_path(Path(given) if given else None).paths[0])
    except (InputError, OSError, ValueError):
        return []
    return [(claim.id, claim.text) for claim in curated if claim.id.startswith(incomplete)]


def given_path(value: str) -> Path:
    """A path option's value. An empty one names nothing: a usage error, never the current
    folder (which `Path("")` would be)."""
    if not value:
        raise typer.BadParameter("an empty path names no file or folder")
    return Path(value)


Sources = Annotated[
    list[Path] | None,
    typer.Option(
        "--sources",
        "-s",
        parser=given_path,
        help="A folder of .txt/.md files, or a single file; repeat for more. Also from "
        "ALLIANCE_SOURCES: paths separated by ':', empty entries ignored. "
        "\\[default: the bundled seeds]",
        show_default=False,
    ),
]
Claims = Annotated[
    Path | None,
    typer.Option(
        "--claims",
        "-c",
        parser=given_path,
        help="The curated claims file (YAML). Also from ALLIANCE_CLAIMS. "
        "\\[default: the bundled data/claims.yaml, about the bundled seeds]",
        show_default=False,
    ),
]
Json = Annotated[bool, typer.Option("--json", help="Short for --format json.")]
Colors = Annotated[
    Color,
    typer.Option(
        "--color",
        help="When to colour: auto (on a terminal; NO_COLOR turns it off, FORCE_COLOR on), "
        "always or never (either wins over NO_COLOR and FORCE_COLOR).",
        metavar="WHEN",
    ),
]
NoPager = Annotated[
    bool,
    typer.Option(
        "--no-pager",
        help="Print straight to the terminal. (Else a terminal's output goes through "
        "ALLIANCE_PAGER, or PAGER, or 'less -FRX'.)",
    ),
]
Only = Annotated[
    frozenset | None,
    typer.Option(
        "--only",
        parser=stances,
        metavar="VERDICTS",
        help="Show only these verdicts: a comma list of supports, contradicts, omits.",
        show_default=False,
    ),
]
MinConfidence = Annotated[
    float,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        metavar="X",
        help="Show only verdicts at least this sure (0 to 1).",
        show_default=False,
    ),
]
ClaimTexts = typer.Argument(
    help="The claims, each in quotes, or a curated claim's id.",
    show_default=False,
    autocompletion=complete_claim_ids,
)


def formats(view: str) -> type[StrEnum]:
    """The formats the registry offers for `view`, as the choices of its `--format`."""
    from .report.formats import OFFERED

    return StrEnum(f"{view.capitalize()}Format", {name: name for name in OFFERED[view]})


def format_option(help: str):
    """`--format`/`-f`, its choices shown in `help` (a metavar too long for a narrow help
    column would be split inside a word); table by default."""
    return typer.Option(
        "--format", "-f", help=f"{help} \\[default: table]", show_default=False, metavar="FORMAT"
    )


class Located(NamedTuple):
    """Paths to read, and the environment variable they came from (None: an option, or the
    bundled files)."""

    paths: list[Path]
    variable: str | None = None
    given: bool = True  # False for the bundled files


def source_paths(paths: list[Path] | None) -> Located:
    """`--sources`, else ALLIANCE_SOURCES, else the bundled seeds."""
    from .api import default_sources_path

    if paths:
        return Located(paths)
    listed = os.environ.get("ALLIANCE_SOURCES", "").split(os.pathsep)
    # an empty entry (":/path", "a::b") names nothing, not the current folder
    named = [Path(entry) for entry in listed if entry]
    if named:
        return Located(named, "ALLIANCE_SOURCES")
    return Located([default_sources_path()], given=False)


def claims_path(path: Path | None) -> Located:
    """`--claims`, else ALLIANCE_CLAIMS, else the bundled claims."""
    from .api import default_claims_path

    if path:
        return Located([path])
    named = os.environ.get("ALLIANCE_CLAIMS", "")
    if named:
        return Located([Path(named)], "ALLIANCE_CLAIMS")
    return Located([default_claims_path()], given=False)


def blamed(error: InputError, *where: Located) -> InputError:
    """The error, said to come from the environment variable that named its file."""
    for located in where:
        names = [file_name(path) for path in located.paths]
        if (
            located.variable
            and error.path
            and any(
                error.path == name or error.path.startswith(name.rstrip(os.sep) + os.sep)
                for name in names
            )
        ):
            return InputError(f"{located.variable}: {error}")
    return error


def say(kind: str, message: str) -> None:
    """One line on stderr; control characters (line breaks and tabs too) in file names and
    values shown as escapes. A standard error that cannot be written to (a full disk) is
    given up quietly."""
    try:
        sys.stderr.write(f"alliance: {kind}: " + visible(message, layout=False) + "\n")
    except OSError:
        discard(2)


def fail(error: InputError, *where: Located) -> typer.Exit:
    say("error", str(blamed(error, *where)))
    return typer.Exit(2)


def warn(warnings) -> None:
    for warning in warnings:
        say("warning", warning)


def chosen_format(chosen: StrEnum | None, **flags: bool) -> str:
    """The output format: `--format`, or a flag that names one (`--json`); they must agree."""
    asked = [(f"--{name}", name) for name, on in flags.items() if on]
    if chosen:
        asked.append((f"--format {chosen.value}", chosen.value))
    if len({name for _, name in asked}) > 1:
        options = " and ".join(option for option, _ in asked)
        raise typer.BadParameter(f"{options} ask for different formats", param_hint="--format")
    return asked[0][1] if asked else "table"


def emit(results, chosen: str, color: Color, pager: bool = True) -> None:
    """Print `results` in the format `chosen` on standard output: through a pager when that
    is a terminal and `pager`, coloured as `color` says."""
    from .pager import paged
    from .report.formats import Out, write

    with paged(sys.stdout, pager) as stream:
        write(chosen, results, Out(stream, COLORS[color]))


def load_sources(located: Located, datelines: bool = False, indexing=None, workers=None):
    """The sources to check, all held; their datelines only where they are shown; from their
    index when one exists (`indexing`, refreshed on `workers`)."""
    from .api import load_sources

    def warned(message: str) -> None:
        say("warning", message)

    return load_sources(located.paths, datelines, warned, reader(located, indexing, workers))


def each_source(located: Located, datelines: bool = False, indexing=None, workers=None):
    """The sources, read one at a time as a command goes through them (`api.EachSource`);
    from their index when one exists (`indexing`, refreshed on `workers`)."""
    from .api import EachSource

    return EachSource(located.paths, datelines, reader(located, indexing, workers))


def reader(located: Located, indexing, workers=None):
    """How to read the sources: from their index, or by scanning (`indexing.reader`)."""
    if indexing is None:
        return None
    from . import indexing as chosen

    try:
        return chosen.reader(indexing, located.paths, lambda message: say("note", message), workers)
    except InputError as error:
        raise blamed(error, Located([indexing.path or Path()], indexing.variable)) from None


def tracked(each):
    """The sources, with a progress bar on stderr for a long run."""
    from .report.progress import track

    return track(each, len(each.files), "Reading sources", sys.stderr)


def curated(located: Located, sources: Located | None = None, every: bool = False):
    """The curated claims. Every bundled claim (`every`) against sources that are not the
    bundled seeds is refused: the bundled claims are about the seeds. A source path that
    does not exist is said first."""
    from .api import load_claims, source_files

    if every and sources is not None and not located.given:
        source_files(sources.paths)  # raises for a path that does not exist
    if every and sources is not None and not located.given and own_sources(sources):
        from shlex import quote

        folders = " ".join(f"--sources {quote(file_name(path))}" for path in sources.paths)
        raise InputError(
            "the bundled claims are about the bundled seeds, not the sources from "
            f"{sources.variable or '--sources'}: draft a claims file for them with 'alliance "
            f"claims init {folders} -o claims.yaml', then give it with --claims claims.yaml"
        )
    return load_claims(located.paths[0])


def expectable(claims: Located, files):
    """The sources a claims file's expectations may name: for the bundled claims, every
    bundled seed (so a few seeds audit them, expectations for the others skipped); for a
    claims file given, the sources given."""
    if claims.given:
        return files
    from .api import default_sources_path, source_files

    return source_files([default_sources_path()])


def own_sources(sources: Located) -> bool:
    """Whether any of the sources lies outside the bundled seeds."""
    from .api import default_sources_path

    seeds = default_sources_path().resolve()
    for path in sources.paths:
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError, ValueError):
            return True
        if resolved != seeds and seeds not in resolved.parents:
            return True
    return False


def wanted_claims(texts: list[str] | None, all_claims: bool, curated):
    """The claims asked for: each query, then every curated claim with --all."""
    from .api import query_claim
    from .model import Claim

    wanted = [query_claim(text, curated) for text in texts or []]
    if all_claims:
        wanted += [Claim(claim.text, claim) for claim in curated]
    return wanted


def checking(wanted, loaded, streamed: bool = False, workers=None):
    """Each claim's result, with a progress bar on stderr for long runs. Streamed, each as it
    is judged (none when the results go to a terminal, where each line shows the progress);
    else source by source, so that the claims share each source's readings, or on
    `workers`."""
    from .report.progress import track

    if not streamed or workers is not None:
        from .api import check_each_source

        return check_each_source(
            wanted, track(loaded, len(loaded), "Judging sources", sys.stderr), workers=workers
        )
    from .api import check as run_check

    results = run_check(wanted, loaded)
    if sys.stdout.isatty():
        return results
    return track(results, len(wanted), "Checking claims", sys.stderr)


class Watched:
    """Results passed on as they come, noting whether any verdict is one of `on`."""

    def __init__(self, results, on) -> None:
        self.results, self.on, self.seen = results, on or frozenset(), False

    def __iter__(self):
        from .filters import fails

        for result in self.results:
            self.seen = self.seen or fails([result], self.on)
            yield result
