"""The `alliance` application: its help, examples and environment, and `--version`. The
commands are added by `cmd_check` and `cmd_files`; `cli.main` runs it."""

# No `from __future__ import annotations` here: Typer would then evaluate every parameter's
# annotation from its text on each start-up, which costs about 2 ms.

import sys
from typing import Annotated

import typer

from . import options

ENVIRONMENT = """Environment:
  ALLIANCE_SOURCES    source paths, separated by ':' (as --sources)
  ALLIANCE_CLAIMS     the claims file (as --claims)
  ALLIANCE_PAGER      the pager, before PAGER (default: less -FRX)
  PAGER               the pager (empty or cat: none)
  ALLIANCE_CACHE_DIR  the cache folder, indexes' too (empty: no cache)
  ALLIANCE_INDEX      the index file (as --index)
  ALLIANCE_SCHEDULER  the Dask scheduler (as --scheduler)
  NO_COLOR            no colour (unless --color always)
  FORCE_COLOR         colour (unless --color never)
  COLUMNS, LINES      the terminal's size"""


def examples(*commands: str, more: str = "") -> str:
    """An epilog listing example commands, one per line (and `more` after them)."""
    lines = "\n".join(f"  $ {command}" for command in commands)
    return f"Examples:\n{lines}" + (f"\n\n{more}" if more else "")


app = typer.Typer(
    name="alliance",
    help="Check claims about the AI Alliance against a folder of source texts: for every source, "
    "whether it supports, contradicts or omits the claim, with the sentence that decides it.",
    epilog=examples(
        'alliance check "47 members"',
        "alliance sources",
        "alliance check --all --json | jq .",
        "alliance matrix",
        "alliance conflicts",
        "alliance show 004 --claim '47 members'",
        "alliance report --html report.html",
        "alliance audit",
        "alliance claims init --sources ~/articles -o claims.yaml",
        more=ENVIRONMENT,
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)

CheckFormat = options.formats("check")
MatrixFormat = options.formats("matrix")
# table or json: conflicts, show, sources, claims, audit, evaluate
PlainFormat = Annotated[options.formats("audit") | None, options.format_option("table or json.")]


def _version(value: bool) -> None:
    if value:
        from . import __version__

        sys.stdout.write(f"alliance {__version__}\n")
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
