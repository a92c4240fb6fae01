"""The curated claims file: loading, every validation error with its line, and query_claim."""

from __future__ import annotations

import pytest
from conftest import SEED_IDS

from alliance_cli import api
from alliance_cli.claims import resolve_source
from alliance_cli.errors import InputError
from alliance_cli.model import Stance

VALID = """\
# a comment
claims:
  - id: widget-47
    text: The Widget Coalition has 47 members
    aliases:
      - 47 widget members
    tags: [count, widget]
    note: the count
    expect:
      "000": supports
      "001": contradicts
      "002": omits
  - id: acme-member
    text: Acme is a member of the Widget Coalition
"""


# ---------------------------------------------------------------- loading


def test_loads_every_field(write_claims):
    first, second = api.load_claims(write_claims(VALID))
    assert first.id == "widget-47"
    assert first.text == "The Widget Coalition has 47 members"
    assert first.aliases == ("47 widget members",)
    assert first.tags == ("count", "widget")
    assert first.note == "the count"
    assert [(key, stance) for key, stance, _ in first.expect] == [
        ("000", Stance.SUPPORTS),
        ("001", Stance.CONTRADICTS),
        ("002", Stance.OMITS),
    ]
    assert second.aliases == () and second.tags == () and second.expect == ()
    assert second.note is None


def test_records_the_line_of_each_claim_and_expectation(write_claims):
    first, second = api.load_claims(write_claims(VALID))
    assert first.line == 3
    assert second.line == 13
    assert [line for _, _, line in first.expect] == [10, 11, 12]


def test_empty_claims_list_is_valid(write_claims):
    assert api.load_claims(write_claims("claims: []\n")) == []


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode())
    assert len(api.load_claims(path)) == 2


def test_bundled_claims_load(curated):
    assert len(curated) >= 30


def test_bundled_claim_ids_are_unique(curated):
    ids = [claim.id for claim in curated]
    assert len(ids) == len(set(ids))


def test_bundled_claims_include_the_count_claims(curated):
    ids = {claim.id for claim in curated}
    assert {"members-47", "members-more-than-50", "members-over-40", "members-about-45"} <= ids


def test_bundled_expectations_name_real_seeds(curated, seeds):
    for claim in curated:
        for key, _, line in claim.expect:
            assert resolve_source(key, seeds, "claims.yaml", line).id in SEED_IDS


# ---------------------------------------------------------------- validation errors


def error_for(write_claims, text: str) -> InputError:
    path = write_claims(text)
    with pytest.raises(InputError) as caught:
        api.load_claims(path)
    error = caught.value
    assert error.path == str(path)
    assert str(error).startswith(f"{path}:")
    assert "\n" not in str(error)
    return error


def test_unknown_key_names_its_line(write_claims):
    error = error_for(write_claims, "claims:\n  - id: a\n    text: A claim\n    colour: red\n")
    assert error.line == 4
    assert "colour" in error.message
    assert str(error).startswith(f"{error.path}:4: ")


def test_unknown_top_level_key_names_its_line(write_claims):
    error = error_for(write_claims, "claims: []\nextra: 1\n")
    assert error.line == 2
    assert "extra" in error.message


def test_duplicate_id_names_both_lines(write_claims):
    text = "claims:\n  - id: a\n    text: One\n  - id: a\n    text: Two\n"
    error = error_for(write_claims, text)
    assert error.line == 4
    assert "'a'" in error.message
    assert "line 2" in error.message


def test_unknown_verdict_names_its_line(write_claims):
    text = 'claims:\n  - id: a\n    text: A claim\n    expect:\n      "000": maybe\n'
    error = error_for(write_claims, text)
    assert error.line == 5
    assert "maybe" in error.message


def test_non_text_verdict_is_refused(write_claims):
    text = 'claims:\n  - id: a\n    text: A claim\n    expect:\n      "000": true\n'
    assert error_for(write_claims, text).line == 5


def test_expect_that_is_not_a_mapping_is_refused(write_claims):
    text = "claims:\n  - id: a\n    text: A claim\n    expect: supports\n"
    assert error_for(write_claims, text).line == 4


def test_empty_text_names_its_line(write_claims):
    error = error_for(write_claims, 'claims:\n  - id: a\n    text: ""\n')
    assert error.line == 3
    assert "empty" in error.message


def test_blank_text_is_empty(write_claims):
    assert error_for(write_claims, 'claims:\n  - id: a\n    text: "   "\n').line == 3


def test_empty_alias_is_refused(write_claims):
    text = 'claims:\n  - id: a\n    text: A claim\n    aliases: ["", b]\n'
    assert error_for(write_claims, text).line == 4


def test_missing_text_names_the_claim_line(write_claims):
    error = error_for(write_claims, "claims:\n  - id: a\n  - id: b\n    text: B\n")
    assert error.line == 2
    assert "text" in error.message


def test_missing_id_is_refused(write_claims):
    error = error_for(write_claims, "claims:\n  - text: no id\n")
    assert error.line == 2
    assert "id" in error.message


def test_bad_id_is_refused(write_claims):
    assert error_for(write_claims, "claims:\n  - id: Bad Id\n    text: x\n").line == 2


def test_claim_that_is_not_a_mapping_is_refused(write_claims):
    assert error_for(write_claims, "claims:\n  - just a string\n").line == 2


def test_claims_that_is_not_a_list_is_refused(write_claims):
    assert error_for(write_claims, "claims: nothing\n").line == 1


def test_top_level_list_is_refused(write_claims):
    assert error_for(write_claims, "- id: a\n  text: b\n").line == 1


def test_bad_yaml_names_its_line(write_claims):
    error = error_for(write_claims, "claims:\n  - id: a\n    text: [unclosed\n")
    assert error.line in (3, 4)
    assert "YAML" in error.message


def test_tab_indentation_is_bad_yaml(write_claims):
    error = error_for(write_claims, "claims:\n\t- id: a\n")
    assert error.line == 2


def test_duplicate_key_names_its_line(write_claims):
    text = (
        'claims:\n  - id: a\n    text: A\n    expect:\n      "000": supports\n      "000": omits\n'
    )
    assert error_for(write_claims, text).line == 6


def test_empty_file_is_refused(write_claims):
    assert error_for(write_claims, "").line == 1


def test_yaml_alias_is_refused(write_claims):
    error = error_for(write_claims, "claims:\n  - &x {id: a, text: b}\n  - *x\n")
    assert "alias" in error.message.lower()


def test_invalid_utf8_names_its_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"claims:\n  - id: a\n    text: caf\xe9\n")
    with pytest.raises(InputError) as caught:
        api.load_claims(path)
    assert caught.value.line == 3
    assert caught.value.path == str(path)


def test_missing_file_is_refused_naming_it(tmp_path):
    path = tmp_path / "none.yaml"
    with pytest.raises(InputError) as caught:
        api.load_claims(path)
    assert caught.value.path == str(path)


def test_folder_is_refused_naming_it(tmp_path):
    with pytest.raises(InputError) as caught:
        api.load_claims(tmp_path)
    assert caught.value.path == str(tmp_path)


def test_input_error_str_gives_path_line_and_message():
    assert str(InputError("bad", "claims.yaml", 7)) == "claims.yaml:7: bad"
    assert str(InputError("bad", "claims.yaml")) == "claims.yaml: bad"
    assert str(InputError("bad")) == "bad"


# ---------------------------------------------------------------- resolve_source


def test_resolve_source_by_exact_id(seeds):
    assert resolve_source(SEED_IDS[4], seeds, "c.yaml", 1).id == SEED_IDS[4]


def test_resolve_source_by_unique_prefix(seeds):
    assert resolve_source("004", seeds, "c.yaml", 1).id == SEED_IDS[4]


def test_resolve_source_unknown_names_file_and_line(seeds):
    with pytest.raises(InputError) as caught:
        resolve_source("999", seeds, "c.yaml", 5)
    assert (caught.value.path, caught.value.line) == ("c.yaml", 5)
    assert "999" in caught.value.message


def test_resolve_source_ambiguous_prefix_is_refused(seeds):
    with pytest.raises(InputError) as caught:
        resolve_source("00", seeds, "c.yaml", 5)
    assert caught.value.line == 5


# ---------------------------------------------------------------- query_claim


def curated_id(query: str, curated) -> str | None:
    claim = api.query_claim(query, curated)
    return claim.curated.id if claim.curated else None


def test_query_by_text(curated):
    assert curated_id("The AI Alliance has 47 members", curated) == "members-47"


@pytest.mark.parametrize(
    "alias",
    ["47 members", "the AI Alliance is 47-strong", "a total of 47 members"],
)
def test_query_by_alias(alias, curated):
    got = curated_id(alias, curated)
    assert got == "members-47"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("The AI Alliance has 47 members.", "members-47"),
        ("The AI Alliance has got 47 members", "members-47"),
        ("AI Alliance has 47 members", "members-47"),
        ("Meta and IBM launched the AI Alliance", "ibm-meta-launched"),
        ("Sony is a member of AI Alliance", "sony-member"),
        ("Yann LeCun is the chief AI scientist at Meta", "lecun-meta-chief-ai-scientist"),
    ],
)
def test_query_by_near_duplicate(query, expected, curated):
    got = curated_id(query, curated)
    assert got == expected


@pytest.mark.parametrize(
    "query",
    [
        "  47   members ",
        "47\u00a0members",
        "\uff14\uff17 members",
        "Yann LeCun is Meta\u2019s chief AI scientist",
    ],
)
def test_query_matches_after_normalising_spaces_and_characters(query, curated):
    got = curated_id(query, curated)
    assert got is not None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("47 Members", "members-47"),
        ("the ai alliance has 47 members", "members-47"),
        ("THE AI ALLIANCE HAS 47 MEMBERS", "members-47"),
        ("Sony is a member of the AI alliance", "sony-member"),
    ],
)
def test_query_matching_ignores_case(query, expected, curated):
    """Normalisation folds case: a curated text or alias in other capitals is the same claim."""
    got = curated_id(query, curated)
    assert got == expected


def test_query_keeps_its_own_text(curated):
    claim = api.query_claim("  47   members ", curated)
    assert claim.text == "47 members"
    assert claim.curated is not None and claim.curated.text == "The AI Alliance has 47 members"


@pytest.mark.parametrize(
    "query",
    [
        "48 members",
        "The AI Alliance has 48 members",
        "The AI Alliance has forty-eight members",
        "the AI Alliance is 48-strong",
        "The AI Alliance has more than 60 members",
        "The AI Alliance has about 46 members",
    ],
)
def test_query_with_other_numbers_is_checked_as_written(query, curated):
    claim = api.query_claim(query, curated)
    assert claim.curated is None
    assert claim.text == query


@pytest.mark.parametrize(
    "query",
    [
        "Sony is not a member of the AI Alliance",
        "The AI Alliance does not have 47 members",
        "The AI Alliance includes no universities",
    ],
)
def test_query_with_other_negation_is_checked_as_written(query, curated):
    got = curated_id(query, curated)
    assert got is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("OpenAI is not a member of the AI Alliance", "openai-not-member"),
        ("OpenAI is a member of the AI Alliance", "openai-member"),
    ],
)
def test_negation_picks_the_claim_with_the_same_polarity(query, expected, curated):
    got = curated_id(query, curated)
    assert got == expected


@pytest.mark.parametrize(
    "query",
    [
        "Acme is a member of the AI Alliance",
        "Oracel is a member of the AI Alliance",
        "Yann LeCun is Google's chief AI scientist",
        "IBM and Google launched the AI Alliance",
        "Microsoft co-founded the AI Alliance",
    ],
)
def test_query_with_other_entities_is_checked_as_written(query, curated):
    got = curated_id(query, curated)
    assert got is None


@pytest.mark.parametrize(
    "query",
    ["The AI Alliance was launched in November 2023", "The AI Alliance was launched in 2021"],
)
def test_query_with_other_dates_is_checked_as_written(query, curated):
    got = curated_id(query, curated)
    assert got is None


def test_query_unlike_any_curated_claim_is_checked_as_written(curated):
    assert curated_id("The moon is made of cheese", curated) is None


def test_query_without_curated_claims_is_checked_as_written():
    assert api.query_claim("47 members", []).curated is None


@pytest.mark.parametrize("query", ["", "   ", "\n\t"])
def test_empty_query_is_an_input_error(query, curated):
    with pytest.raises(InputError):
        api.query_claim(query, curated)
