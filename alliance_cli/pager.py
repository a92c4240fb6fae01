"""Long output on a terminal through a pager, as git does: `$ALLIANCE_PAGER`, else `$PAGER`,
else `less -FRX` (which quits at once when the output fits the screen, passes colours through
and leaves the screen as it was). Never when the output is not a terminal; an empty value or
`cat` means no pager, and a pager that is not installed is passed over."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from typing import IO, TextIO

DEFAULT_PAGER = "less -FRX"


def pager_command(environ: Mapping[str, str]) -> list[str] | None:
    """The pager to run, as arguments, or None for none."""
    import shlex

    chosen = environ.get("ALLIANCE_PAGER", environ.get("PAGER", DEFAULT_PAGER))
    try:
        words = shlex.split(chosen)
    except ValueError:  # an unclosed quote: no pager rather than a wrong one
        return None
    return words if words and words != ["cat"] else None


@contextlib.contextmanager
def paged(stream: TextIO, enabled: bool = True) -> Iterator[TextIO]:
    """`stream`, or, when it is a terminal and `enabled`, a stream into a pager that starts
    with the first write (so nothing but the output ever reaches it, and a run that prints
    nothing starts none) and is waited for at the end."""
    command = pager_command(os.environ) if enabled and stream.isatty() else None
    if command is None:
        yield stream
        return
    pager = _Pager(command, stream)
    try:
        yield pager
    finally:
        pager.close()


class _Pager:
    """A text stream into a pager on the terminal `terminal` stands for; it reports itself as
    that terminal, so colour is decided as it would be there."""

    def __init__(self, command: list[str], terminal: TextIO) -> None:
        self._command, self._terminal = command, terminal
        self._process = None
        self._pipe: IO[str] | TextIO | None = None
        self.encoding = terminal.encoding
        self.errors = terminal.errors

    def _open(self) -> IO[str] | TextIO:
        import shutil
        import subprocess

        if shutil.which(self._command[0]) is None:
            self._pipe = self._terminal  # not installed: print as if there were no pager
            return self._pipe
        self._terminal.flush()
        environment = {"LESS": "FRX", "LV": "-c", **os.environ}  # as git sets them
        self._process = subprocess.Popen(
            self._command,
            stdin=subprocess.PIPE,
            env=environment,
            text=True,
            encoding=self.encoding,
            errors=self.errors,
        )
        self._pipe = self._process.stdin
        return self._pipe

    def write(self, text: str) -> int:
        return (self._pipe or self._open()).write(text)

    def flush(self) -> None:
        if self._pipe is not None:
            self._pipe.flush()

    def isatty(self) -> bool:
        return True

    def close(self) -> None:
        """End the pager's input and wait until the user quits it (Ctrl-C while waiting is
        the pager's to handle, as in git)."""
        if self._process is None:
            return
        with contextlib.suppress(BrokenPipeError):  # the user quit before the end
            self._process.stdin.close()
        while True:
            try:
                self._process.wait()
                return
            except KeyboardInterrupt:
                continue
