"""JSON Lines: one claim's document per line, each written as soon as its claim is judged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .jsonout import check_doc, dumps

if TYPE_CHECKING:
    from ..results import Checks
    from .formats import Out


def check(view: Checks, out: Out) -> None:
    for result in view.results:
        out.stream.write(dumps(check_doc(result), indent=None) + "\n")
        out.stream.flush()  # each line as soon as its claim is judged
