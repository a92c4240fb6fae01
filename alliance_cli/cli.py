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
        code = 0 if _install_completion(sys.argv[1:]) else app(standalone_mode=False)
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


SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def _install_completion(args: list[str]) -> bool:
    """`--install-completion [SHELL]`: completion for the shell named (any case), else the one
    that started the command, else the login shell (`SHELL`: a process no shell started, as
    under cron); never Typer's "Shell None is not supported" with status 1. A shell it cannot
    complete, an argument after the shell, PowerShell not installed or no HOME to install
    under is a one-line error, exit 2. False when the option is not given."""
    option = "--install-completion"
    if option not in args:
        return False
    rest = args[args.index(option) + 1 :]
    extra = rest[1:] or [arg for arg in rest if arg.startswith("-")]
    if extra:
        _refuse(f"{option} takes one shell name, not {extra[0]!r} (see 'alliance --help')")
    shell = (rest[0] if rest else _shell()).lower()
    choices = ", ".join(SHELLS)
    if shell not in SHELLS:
        found = shell if rest else f"the shell found ({f'{shell!r}' if shell else 'none'})"
        _refuse(f"{option}: cannot complete for {found}; name one of: {choices}")
    _refuse_where_it_cannot_install(option, shell)
    from typer._completion_shared import install

    _, path = install(shell=shell, prog_name="alliance", complete_var="_ALLIANCE_COMPLETE")
    print(f"{shell} completion installed in {path}\nCompletion takes effect in a new terminal")
    return True


def _refuse_where_it_cannot_install(option: str, shell: str) -> None:
    """Completion is written under HOME only, and PowerShell's by PowerShell itself."""
    import os
    import shutil

    if not os.path.isabs(os.environ.get("HOME", "")):
        _refuse(f"{option}: HOME is not set to a folder; completion is installed only under it")
    if shell in ("powershell", "pwsh") and shutil.which(shell) is None:
        _refuse(f"{option}: cannot complete for {shell}: PowerShell is not installed here")


def _refuse(message: str) -> None:
    options.say("error", message)
    sys.exit(2)


def _shell() -> str:
    """The shell that started the command, else the login shell."""
    import os

    import shellingham

    try:
        return shellingham.detect_shell()[0]
    except shellingham.ShellDetectionFailure:
        return os.path.basename(os.environ.get("SHELL", ""))
