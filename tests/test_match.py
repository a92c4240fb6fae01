"""Retrieval: the sentences worth judging for a claim, and the curated wording nearest a query."""

from __future__ import annotations

import pytest

from alliance_cli import api
from alliance_cli.engine import retrieve as retrieval
from alliance_cli.engine.claim import read_claim
from alliance_cli.engine.retrieve import candidates, claim_pattern
from alliance_cli.match import closest_wording, same_assertion


def retrieve(claim_text: str, source, lexicon) -> list[str]:
    claim = read_claim(claim_text, lexicon)
    return [s.text for s in candidates(claim, source, claim_pattern(claim))]


def load_one(write_corpus, text: str, folder: str = "corpus"):
    (source,) = api.load_sources([write_corpus({"source.txt": text}, folder=folder)])
    return source


# ---------------------------------------------------------------- candidates


def test_candidates_hold_a_word_of_the_claim(write_corpus, lexicon):
    source = load_one(
        write_corpus,
        "The weather was fine. Acme joined the Widget Coalition. Lunch was served.",
    )
    assert retrieve("Acme is a member of the Widget Coalition", source, lexicon) == [
        "Acme joined the Widget Coalition."
    ]


def test_candidates_find_an_alias_of_a_name(write_corpus, lexicon):
    source = load_one(
        write_corpus,
        "NVIDIA Corporation stayed away. Nothing else happened.",
    )
    assert retrieve("Nvidia is a member of the AI Alliance", source, lexicon) == [
        "NVIDIA Corporation stayed away."
    ]


def test_candidates_for_a_count_find_synonym_nouns(write_corpus, lexicon):
    source = load_one(
        write_corpus,
        "It rained. The group counts 47 organisations. The group is 47-strong. It ended.",
    )
    assert retrieve("The alliance has 47 members", source, lexicon) == [
        "The group counts 47 organisations.",
        "The group is 47-strong.",
    ]


def test_a_strength_suffix_is_a_candidate_only_joined_to_a_figure(write_corpus, lexicon):
    source = load_one(
        write_corpus,
        "Shares rose 19 percent after a strong quarter. The 47-strong group met. Forty-strong, "
        "they left.",
    )
    assert retrieve("The alliance has 47 members", source, lexicon) == [
        "The 47-strong group met.",
        "Forty-strong, they left.",
    ]


def test_candidates_find_a_word_of_the_claim_predicate_s_frame(write_corpus, lexicon):
    source = load_one(write_corpus, "It rained. Globex beat Acme 2-1 in the final. It ended.")
    assert retrieve("Acme won the final", source, lexicon) == ["Globex beat Acme 2-1 in the final."]


def test_a_candidate_holds_a_whole_word_not_a_longer_one(write_corpus, lexicon):
    source = load_one(
        write_corpus,
        "The coach met Lindqvist. Rain fell on the coast. Acme co-founded the group with Lin.",
    )
    found = retrieve("Acme co-founded the group with Lin", source, lexicon)
    assert found == ["Acme co-founded the group with Lin."]


@pytest.mark.parametrize(
    ("claim", "said"),
    [
        ("Acme launched the coalition", "Acme was launching a coalition."),
        ("Acme recalled its cookers", "Acme is recalling its cookers."),
    ],
)
def test_a_candidate_may_inflect_the_claims_word(write_corpus, lexicon, claim, said):
    source = load_one(write_corpus, f"The weather was fine. {said}")
    assert retrieve(claim, source, lexicon) == [said]


def test_candidates_come_in_text_order(seeds, lexicon):
    claim = read_claim("Sony is a member", lexicon)
    found = candidates(claim, seeds[0], claim_pattern(claim))
    assert [s.index for s in found] == sorted(s.index for s in found)


def test_candidates_are_capped_at_the_limit_and_keep_text_order(write_corpus, lexicon, monkeypatch):
    monkeypatch.setattr(retrieval, "LIMIT", 10)
    text = " ".join(f"Acme met partner number {n}." for n in range(60))
    text += " Acme is a member of the Widget Coalition."
    source = load_one(write_corpus, text)
    claim = read_claim("Acme is a member of the Widget Coalition", lexicon)
    found = candidates(claim, source, claim_pattern(claim))
    assert len(found) == 10
    assert [s.index for s in found] == sorted(s.index for s in found)
    assert found[-1].text == "Acme is a member of the Widget Coalition."


def test_claim_without_content_words_has_no_candidates(seeds, lexicon):
    claim = read_claim("it is", lexicon)
    assert claim_pattern(claim) is None
    assert candidates(claim, seeds[0], None) == []


def test_claim_pattern_matches_whole_words_only(lexicon):
    pattern = claim_pattern(read_claim("Acme is a member", lexicon))
    assert pattern.search("acme joined")
    assert not pattern.search("placme arrived")


# ---------------------------------------------------------------- closest_wording


def test_closest_wording_exact_after_normalising():
    wordings = ["Sony is a member", "The AI Alliance has 47 members"]
    assert closest_wording("  the AI alliance HAS 47\u00a0members ", wordings) == 1


def test_closest_wording_near_duplicate():
    assert (
        closest_wording("The AI Alliance has got 47 members", ["The AI Alliance has 47 members"])
        == 0
    )


def test_closest_wording_unrelated_is_none():
    assert closest_wording("The moon is made of cheese", ["The AI Alliance has 47 members"]) is None


def test_closest_wording_without_wordings_is_none():
    assert closest_wording("47 members", []) is None


def test_closest_wording_picks_the_nearest():
    wordings = ["Sony is a member of the AI Alliance", "Dell is a member of the AI Alliance"]
    assert closest_wording("Dell is a member of the AI Alliance", wordings) == 1


# ---------------------------------------------------------------- same_assertion


def test_same_assertion_keeps_figures_polarity_and_words(lexicon):
    assert same_assertion(
        "The AI Alliance has 47 members", "the ai alliance has 47 members", lexicon
    )
    assert not same_assertion(
        "The AI Alliance has 48 members", "The AI Alliance has 47 members", lexicon
    )
    assert not same_assertion(
        "The AI Alliance lost 47 members", "The AI Alliance has 47 members", lexicon
    )
    assert not same_assertion("Acme is not a member", "Acme is a member", lexicon)
