"""The JSON array of `check` and `matrix` is written one element at a time, byte for byte as
the whole list would be dumped, so that the document of every claim on every source is never
built at once."""

from __future__ import annotations

import io
import json

import pytest

from alliance_cli.report import jsonout
from alliance_cli.report.formats import Out


@pytest.mark.parametrize(
    "documents",
    [
        [],
        [{}],
        [{"claim": "47 members", "verdicts": [], "summary": {"supports": 0}}],
        [{"a": [1, {"b": "line\nbreak"}], "c": {}}, [1, 2], "caf\u00e9 \u202e \x9b31m", None],
    ],
)
def test_array_is_written_as_the_whole_list_is_dumped(documents):
    out = io.StringIO()
    jsonout.array(iter(documents), Out(out))
    assert out.getvalue() == jsonout.dumps(documents) + "\n"
    assert json.loads(out.getvalue()) == documents


def test_array_writes_each_element_before_the_next_is_made():
    out = io.StringIO()
    written: list[str] = []

    def documents():
        for number in range(3):
            written.append(out.getvalue())
            yield {"n": number}

    jsonout.array(documents(), Out(out))
    assert written[0] == ""
    assert '"n": 0' in written[1] and '"n": 1' not in written[1]
    assert '"n": 1' in written[2]
