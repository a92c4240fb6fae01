"""A claims file with a value of the wrong type is one error naming the file and line, never a
traceback: verdicts, source keys, aliases, tags and the other fields are checked by type."""

from __future__ import annotations

import pytest

from alliance_cli.claims import load_claims
from alliance_cli.cli import app
from alliance_cli.errors import InputError

HEAD = "claims:\n  - id: a\n    text: x\n"


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ('    expect:\n      "000": [supports]\n', 5, "unknown verdict ['supports'] for '000'"),
        ('    expect:\n      "000": {a: b}\n', 5, "unknown verdict {'a': 'b'} for '000'"),
        ('    expect:\n      "000": 1\n', 5, "unknown verdict 1 for '000'"),
        ('    expect:\n      "000": true\n', 5, "unknown verdict True for '000'"),
        ('    expect:\n      "000": null\n', 5, "unknown verdict None for '000'"),
        ('    expect:\n      "000": 2023-12-05\n', 5, "unknown verdict datetime.date("),
        ("    expect:\n      ? [a]\n      : supports\n", 5, "keys must be text, not ['a']"),
        ("    expect: [supports]\n", 4, "expect must map source ids to verdicts"),
        ("    aliases: x\n", 4, "aliases must be a list"),
        ("    aliases: {x: y}\n", 4, "aliases must be a list"),
        ("    aliases: [[x]]\n", 4, "aliases must be text"),
        ("    tags: count\n", 4, "tags must be a list"),
        ("    tags: [{a: 1}]\n", 4, "tags must be text"),
        ("    note: [x]\n", 4, "note must be text"),
    ],
)
def test_a_value_of_the_wrong_type_is_an_input_error(write_claims, body, line, message):
    path = write_claims(HEAD + body)
    with pytest.raises(InputError) as error:
        load_claims(path)
    assert (error.value.path, error.value.line) == (str(path), line)
    assert message in error.value.message


@pytest.mark.parametrize(
    "text",
    [
        "claims:\n  - id: [a]\n    text: x\n",
        "claims:\n  - id: a\n    text: {x: y}\n",
        "claims:\n  - [a]\n",
        "claims: {a: 1}\n",
        "[claims]\n",
    ],
)
def test_a_misshapen_claims_file_is_an_input_error(write_claims, text):
    with pytest.raises(InputError):
        load_claims(write_claims(text))


def test_audit_with_a_list_as_verdict_prints_one_line_and_exits_2(runner, write_claims):
    path = write_claims(HEAD + '    expect:\n      "000": [supports]\n')
    result = runner.invoke(app, ["audit", "--claims", str(path)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"alliance: error: {path}:5: unknown verdict ['supports'] for '000' "
        "(use supports, contradicts or omits)\n"
    )
