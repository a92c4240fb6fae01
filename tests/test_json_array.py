"""The JSON of `check` and `matrix` is written a piece at a time, byte for byte as the whole
document would be dumped: each claim of the array, and each verdict of a claim, is made into
JSON as it is written, so that the document of every claim on every source is never built."""

from __future__ import annotations

import io
import json

import pytest

from alliance_cli.report import jsonout
from alliance_cli.report.jsonstream import Each, write_array

DOCUMENTS = [
    [],
    [{}],
    [{"claim": "47 members", "verdicts": [], "summary": {"supports": 0}}],
    [{"a": [1, {"b": "line\nbreak"}], "c": {}}, [1, 2], "caf\u00e9 \u202e \x9b31m", None],
    [{"claim": "x", "verdicts": [{"proof": [{"why": "\x00"}, []]}, {}], "summary": {"n": 2}}],
]


def _streamed(value):
    """`value` with every list of dictionaries in a dictionary written as an `Each`."""
    if isinstance(value, dict):
        return {
            key: Each(item, _streamed)
            if isinstance(item, list) and all(isinstance(x, dict) for x in item)
            else _streamed(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_streamed(item) for item in value]
    return value


@pytest.mark.parametrize("documents", DOCUMENTS)
def test_an_array_is_written_as_the_whole_is_dumped(documents):
    out = io.StringIO()
    write_array(out, iter(documents))
    assert out.getvalue() == jsonout.dumps(documents)
    assert json.loads(out.getvalue()) == documents


@pytest.mark.parametrize("documents", DOCUMENTS)
def test_lists_inside_a_document_are_written_as_the_whole_is_dumped(documents):
    out = io.StringIO()
    write_array(out, (_streamed(document) for document in documents))
    assert out.getvalue() == jsonout.dumps(documents)


def test_a_string_like_a_hole_is_written_as_itself():
    documents = [{"claim": "\x000", "verdicts": Each([{"a": "\x001"}], dict)}]
    out = io.StringIO()
    write_array(out, documents)
    assert json.loads(out.getvalue()) == [{"claim": "\x000", "verdicts": [{"a": "\x001"}]}]


def test_each_element_is_made_only_when_it_is_written():
    out = io.StringIO()
    written: list[str] = []

    def doc(number):
        written.append(out.getvalue())
        return {"n": number}

    write_array(out, [{"verdicts": Each(range(3), doc)}])
    assert '"n": 0' not in written[0]
    assert '"n": 0' in written[1] and '"n": 1' not in written[1]
    assert '"n": 1' in written[2]
