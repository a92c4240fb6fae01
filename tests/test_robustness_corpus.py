"""The sentence splitter on "no.", and the one normal form shared by text and tokens."""

from __future__ import annotations

import pytest

from alliance_cli.sentences import split_sentences
from alliance_cli.text import normalise, tokenize


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_a_sentence_ending_in_no_ends_there():
    assert _sentences("Acme said no. Globex joined the group.") == [
        "Acme said no.",
        "Globex joined the group.",
    ]


@pytest.mark.parametrize(
    "text", ["It ranked No. 5 on the list.", "It was no. 12 on the list.", "See vol. 3 there."]
)
def test_no_before_a_number_is_an_abbreviation(text):
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    "word", ["Meta", "\uff2d\uff45\uff54\uff41", "Caf\u00e9", "\u201c47\u201d"]
)
def test_a_token_norm_is_the_normal_form_of_its_text(word):
    for token in tokenize(word):
        assert token.norm == normalise(token.text)
