"""Printers: one per output format, over the same results. Nothing here decides a verdict."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Text safe to print on a terminal: control characters (escape sequences among them) are
    shown as visible escapes, never sent to the terminal."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
