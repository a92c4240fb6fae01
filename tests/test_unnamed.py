"""A text of several sentences that mentions none of a claim's names is about something
else: it omits the claim without a sentence being read or proved. A lone sentence may still
speak of the claim's subject by a pronoun alone, and a name that a word may stand for (a
nationality, a word capitalised by where it stands) keeps every text that holds such a
word."""

from __future__ import annotations

from dataclasses import replace

import pytest

from alliance_cli import api
from alliance_cli.corpus import source_from_text
from alliance_cli.engine import judge
from alliance_cli.model import Claim, Relation, Stance

CONTRADICTS, OMITS = Stance.CONTRADICTS, Stance.OMITS


def test_a_text_that_names_none_of_the_claim_s_names_omits_it(one_verdict):
    verdict = one_verdict(
        "Initech won the cup on Sunday. Fans cheered.", "Acme Athletic won the cup"
    )
    assert verdict.stance is OMITS
    assert verdict.reason == "source does not mention Acme Athletic"
    assert [(step.claim, step.relation) for step in verdict.proof] == [
        ("Acme Athletic", Relation.INDEPENDENT)
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [  # one that names one of them; a lone sentence that speaks of it by a pronoun
        ("Fans cheered. Initech beat Acme Athletic to win the cup.", "Acme Athletic won the cup"),
        ("He was born in 1961 in London.", "Tim Roth was born in 1970"),
        # a name in -y said in -ies, one stem: "Rockies", "embassies"
        ("The Rockies won the title on Sunday. Fans cheered.", "Rocky lost the title"),
        (
            "Staff at two embassies were evacuated on Monday. The city was calm.",
            "Embassy staff were not evacuated on Monday",
        ),
    ],
)
def test_a_text_that_may_speak_of_the_claim_s_names_is_judged(one_verdict, text, claim):
    assert one_verdict(text, claim).stance is CONTRADICTS


def test_a_name_in_the_heading_of_front_matter_counts():
    text = (
        "---\ntitle: Acme Athletic win the cup\n---\n\nIt rained. The club won the cup on Sunday.\n"
    )
    source = source_from_text(text, "story", markdown=True)
    parts = judge.read_parts(Claim("Acme Athletic won the cup"), api.default_lexicon())
    assert judge._names_any(parts[0], source)


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        ("An American won the race", "A French runner won the race. It rained."),
        ("Google is a member of the alliance", "It rained. The google of results grew."),
        ("The report is about AI", "It rained. The ai model was shown."),
    ],
)
def test_a_name_a_word_may_stand_for_keeps_a_text_with_that_word(claim, text):
    source = source_from_text(text, "story")
    parts = judge.read_parts(Claim(claim), api.default_lexicon())
    assert all(judge._names_any(part, source) for part in parts)


def test_a_text_without_the_name_is_never_read_for_it():
    asked = []

    class Unread(list):
        def matching(self, pattern):
            asked.append(pattern)
            return iter(())

        def __getitem__(self, index):
            raise AssertionError("a sentence was read")

    source = source_from_text("Initech won the cup. Fans cheered.", "story")
    unread = replace(source, sentences=Unread([None, None]))
    parts = judge.read_parts(Claim("Acme Athletic won the cup"), api.default_lexicon())
    verdict = judge.judge_parts(parts, unread)
    assert verdict.stance is OMITS
    assert asked == [part.names for part in parts]  # retrieval's pattern is never searched


@pytest.mark.parametrize(
    ("claim", "reason"),
    [
        ("Bananas are yellow", "source does not mention Bananas"),  # capitalised by its place
        ("bananas are yellow", "no sentence bears on the claim"),  # no name: judged as before
        ("An American won the race", "no sentence bears on the claim"),  # a word may stand for it
    ],
)
def test_what_a_text_that_mentions_no_name_omits_with(one_verdict, claim, reason):
    assert one_verdict("It rained. The market fell.", claim).reason == reason
