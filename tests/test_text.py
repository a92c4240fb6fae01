"""Normalisation, tokens with offsets, and stems."""

from __future__ import annotations

import pytest

from alliance_cli.text import Tokens, normalise, stem, tokenize

# ---------------------------------------------------------------- normalise


def test_normalise_lower_cases():
    assert normalise("The AI Alliance") == "the ai alliance"


def test_normalise_collapses_and_trims_whitespace():
    assert normalise("  47 \t members\n\n of  it ") == "47 members of it"


def test_normalise_folds_no_break_and_thin_spaces():
    assert normalise("47\u00a0members\u202fof\u2009it") == "47 members of it"


def test_normalise_folds_curly_quotes():
    assert normalise("\u201cOpen\u201d Meta\u2019s \u2018plan\u2019") == "\"open\" meta's 'plan'"


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"])
def test_normalise_folds_dashes_to_hyphen(dash):
    assert normalise(f"47{dash}strong") == "47-strong"


def test_normalise_applies_nfkc_to_full_width_letters_and_digits():
    assert normalise("\uff21\uff29 \uff14\uff17") == "ai 47"


def test_normalise_applies_nfkc_to_ligatures():
    assert normalise("\ufb01rst") == "first"


def test_normalise_composes_combining_accents():
    assert normalise("Cafe\u0301") == normalise("Caf\u00e9") == "caf\u00e9"


def test_normalise_is_idempotent():
    text = "  \u201cThe AI\u00a0Alliance\u201d \u2014 \uff14\uff17\u2011strong  "
    once = normalise(text)
    assert normalise(once) == once


def test_normalise_of_blank_text_is_empty():
    assert normalise(" \n\t ") == ""


# ---------------------------------------------------------------- tokenize


def test_tokens_point_into_the_original_text():
    text = "Meta\u2019s \u201cAI Alliance\u201d \u2014 47-strong, U.S.-based."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_tokens_point_into_the_containing_text_with_an_offset():
    whole = "Headline\n\nThe AI Alliance has 47 members."
    start = whole.index("The")
    for token in tokenize(whole[start:], start):
        assert whole[token.start : token.end] == token.text


def test_possessive_is_split_from_its_name():
    assert [token.norm for token in tokenize("Meta's plan")] == ["meta", "'s", "plan"]


def test_curly_possessive_is_split_and_folded():
    tokens = tokenize("Meta\u2019s plan")
    assert [token.norm for token in tokens] == ["meta", "'s", "plan"]
    assert tokens[1].text == "\u2019s"


def test_contraction_stays_one_token():
    assert [token.norm for token in tokenize("don't")] == ["don't"]


def test_initialism_is_one_token():
    assert [token.text for token in tokenize("the U.S. government")] == [
        "the",
        "U.S.",
        "government",
    ]


def test_number_with_thousands_separator_is_one_token():
    assert [token.text for token in tokenize("1,000 members")] == ["1,000", "members"]


def test_decimal_number_is_one_token():
    assert [token.text for token in tokenize("2.5 million")] == ["2.5", "million"]


def test_punctuation_marks_are_tokens_of_their_own():
    assert [token.text for token in tokenize("47-strong.")] == ["47", "-", "strong", "."]


def test_token_norm_is_lower_case_and_folded():
    (token,) = tokenize("\uff2d\uff45\uff54\uff41")
    assert token.norm == "meta"


def test_is_word():
    word, comma, number = tokenize("Meta , 47")
    assert word.is_word
    assert not comma.is_word
    assert number.is_word


# ---------------------------------------------------------------- stem


@pytest.mark.parametrize("word", ["launch", "launched", "launching", "launches"])
def test_stem_merges_verb_forms(word):
    assert stem(word) == "launch"


@pytest.mark.parametrize("word", ["include", "included", "includes", "including"])
def test_stem_merges_include_forms(word):
    assert stem(word) == stem("include")


@pytest.mark.parametrize(
    "forms",
    [
        ("recall", "recalls", "recalled", "recalling"),
        ("install", "installed", "installing"),
        ("model", "modelled", "modelling"),
        ("call", "called", "calling"),
    ],
)
def test_stem_merges_forms_of_a_word_in_l(forms):
    assert len({stem(form) for form in forms}) == 1


def test_stem_merges_plural_ies():
    assert stem("companies") == stem("company")


def test_stem_merges_plural_s():
    assert stem("members") == stem("member")


def test_stem_undoubles_final_consonant():
    assert stem("planned") == stem("plan")


@pytest.mark.parametrize("word", ["process", "status", "bus", "is", "ai", "47"])
def test_stem_leaves_short_and_ss_us_is_words(word):
    assert stem(word) == word


# ---------------------------------------------------------------- Tokens


def test_tokens_joined_is_norms_with_single_spaces():
    words = Tokens.of("The AI\u00a0Alliance, 47-strong")
    assert words.joined == "the ai alliance , 47 - strong"


def test_tokens_starts_index_joined():
    words = Tokens.of("The AI Alliance")
    for token, start in zip(words.tokens, words.starts, strict=True):
        assert words.joined[start : start + len(token.norm)] == token.norm


def test_tokens_stems_follow_tokens():
    words = Tokens.of("IBM launched groups")
    assert words.stems == ("ibm", "launch", "group")


def test_tokens_surface_and_span_use_the_original_text():
    text = "Prefix. Meta\u2019s \u201cAI Alliance\u201d"
    offset = text.index("Meta")
    words = Tokens.of(text[offset:], offset)
    start, end = words.span(0, len(words))
    assert text[start:end] == "Meta\u2019s \u201cAI Alliance\u201d"
    assert words.surface(3, 5) == "AI Alliance"


def test_token_range_maps_a_match_in_joined_to_tokens():
    words = Tokens.of("It has 47 members now")
    a = words.joined.index("47 members")
    i, j = words.token_range(a, a + len("47 members"))
    assert words.surface(i, j) == "47 members"


def test_tokens_len_counts_tokens():
    assert len(Tokens.of("a, b")) == 3


def test_a_possessive_after_a_model_number_is_one_but_not_after_a_decade():
    from alliance_cli.text import tokenize

    assert [t.norm for t in tokenize("the Aster 6's cell")] == ["the", "aster", "6", "'s", "cell"]
    assert "'s" not in [t.norm for t in tokenize("the 1950's")]
