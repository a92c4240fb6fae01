"""The `alliance` command: a thin layer over the library in `alliance_cli.api`. Every command
hands its results to one printer per format (`report.formats`); the options they share are in
`options`, the commands in `cmd_check` and `cmd_files`."""

import sys

import typer

from . import cmd_check, cmd_files, cmd_index, options  # noqa: F401 (the modules add their commands)
from .app import app
from .report import escape_unencodable
from .resources import discard, file_name, open_standard_streams

__all__ = ["app", "main"]


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
            options.say("error", f"{message}{hint}")
        code = getattr(error, "exit_code", 2)
    except (KeyboardInterrupt, typer.Abort):
        code = 130
    except BrokenPipeError:
        discard(1)
        code = 0
    except OSError as error:  # the output (a full disk), or shell completion's files
        discard(1)
        where = error.filename and file_name(error.filename)
        options.say("error", f"{where or 'cannot write the output'}: {error.strerror or error}")
        code = 2
    except Exception as error:
        if not _completing():
            raise
        options.say("error", f"shell completion: bad or missing variables: {error}")
        code = 2
    sys.exit(code if isinstance(code, int) else 0)


def _completing() -> bool:
    """Whether the shell asked for completions (`_ALLIANCE_COMPLETE=...`): the variables it
    sets are read by Typer, which lets a bad one escape as any exception."""
    import os

    return any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ)
