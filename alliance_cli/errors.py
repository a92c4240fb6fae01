"""The one error the library raises for bad input: it names the file and, when known, the line."""

from __future__ import annotations


class InputError(Exception):
    """Input the tool cannot use: a missing file, bad YAML, an empty claim, ..."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message
