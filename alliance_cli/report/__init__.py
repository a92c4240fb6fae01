"""Printers: one per output format, over the same results. Nothing here decides a verdict.

Every printer shows text from sources, claims and file names through `visible` (or, in JSON,
`UNSAFE` as JSON escapes): no character a terminal, a browser or an editor would act on
instead of showing reaches the output raw."""

from __future__ import annotations

import codecs
import re
from typing import TextIO

# Unicode categories Cc (controls: escape sequences), Cf (format characters: bidirectional
# marks and overrides, zero-width characters, tags), Zl and Zp (line and paragraph separators),
# and Cs (a lone surrogate: an undecodable byte in a file name), through Unicode 15.1.
# tests/test_hostile_output.py checks this list against the running Python's database.
_FORMAT = (
    "\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
UNSAFE_OR_LAYOUT = re.compile(f"[\x00-\x1f{_FORMAT}]")
# The same but tab and line feed, which a table cell or an indented document lays out.
UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f{_FORMAT}]")


def _escape(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape", "backslashreplace").decode("ascii")


def visible(text: str, layout: bool = True) -> str:
    """Text safe to print: every character of `UNSAFE` shown as a visible escape (`\\x1b`,
    `\\u202e`, `\\U000e0041`), never sent raw. Tab and line feed are kept where `layout`
    (a table cell), escaped where not (a one-line message)."""
    return (UNSAFE if layout else UNSAFE_OR_LAYOUT).sub(_escape, text)


def shows_unicode(stream: TextIO) -> bool:
    """Whether `stream`'s encoding has the characters the tables draw with (UTF-8 does; ASCII,
    as with PYTHONIOENCODING=ascii, does not)."""
    try:
        "\u2714\u2501\u201c\u00b7".encode(getattr(stream, "encoding", None) or "utf-8")
    except (UnicodeError, LookupError):
        return False
    return True


def json_escaped(text: str) -> str:
    """`text` as JSON escapes, one `\\uXXXX` per UTF-16 unit (a tag character is a pair)."""
    units = text.encode("utf-16-be", "surrogatepass")
    return "".join(f"\\u{units[i]:02x}{units[i + 1]:02x}" for i in range(0, len(units), 2))


def _json_escapes(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return json_escaped(error.object[error.start : error.end]), error.end


codecs.register_error("alliance.escape", _json_escapes)


def escape_unencodable(stream: TextIO) -> None:
    """Make `stream` write a character its encoding lacks as `\\uXXXX` (UTF-16 units, as JSON
    writes them, so JSON stays valid) instead of failing. Tables draw in ASCII instead."""
    if not shows_unicode(stream) and hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="alliance.escape")
