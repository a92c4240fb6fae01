"""Properties of the engine over generated claims and sources (hypothesis): whatever the text,
no exception (but `InputError` for an empty claim), one of three verdicts, a span that points
at its evidence, the same answer every time, and each source judged on its own: neither the
order of the sources nor another source changes its verdict."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from alliance_cli import api
from alliance_cli.corpus import source_from_text
from alliance_cli.errors import InputError
from alliance_cli.model import ClaimCheck, Source, Stance, Verdict

# Words the engine reads with: counts and their cues, counted nouns, names, dates, negations,
# membership and founding words, abbreviations and quotes.
_PHRASES = (
    "The AI Alliance has 47 members about 45 organizations over 50 more than at least",
    "fewer than under nearly between 40 and 50 to forty-seven 47-strong a dozen",
    "companies institutions participants total of or so more + 1,000 2.5 0",
    "IBM Meta Nvidia NVIDIA Corporation Intel AMD Sony Dell Google OpenAI Harvard",
    "is a member not part of this no-show absence joined launched founded formed",
    "by with in on December Dec. 2023 2022 5, 7th May March 1999 2023-12-05",
    "Yann LeCun chief scientist Meta's IBM's the open source only never no",
    "Dr. U.S. e.g. Inc. No. J. Smith said \u201c \u201d \" ' ( ) \u2014 \u2013 - , ; : ! ? \u2026",
)
VOCABULARY = [word for phrase in _PHRASES for word in phrase.split()]
word = st.sampled_from(VOCABULARY)
odd = st.text(max_size=6)  # any unicode, control characters among them
sentence = st.lists(st.one_of(word, word, word, odd), min_size=1, max_size=14).map(" ".join)
ending = st.sampled_from([". ", ".\n", ".\n\n", "! ", "? ", "\n", "\n\n", "", " ", ".\r\n"])
vocabulary_text = st.lists(st.tuples(sentence, ending), max_size=6).map(
    lambda parts: "".join(text + end for text, end in parts)
)
source_texts = st.one_of(vocabulary_text, vocabulary_text, st.text(max_size=300))
claim_texts = st.one_of(sentence, sentence, st.text(max_size=60))

FAST = settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FEWER = settings(FAST, max_examples=60)


def check(claim: str, sources: list[Source]) -> ClaimCheck | None:
    """The claim checked as written; None for an empty claim, the one input error allowed."""
    try:
        query = api.query_claim(claim, [])
    except InputError:
        assert not claim.split(), f"InputError for a claim that is not empty: {claim!r}"
        return None
    return api.check_claim(query, sources)


def by_source(result: ClaimCheck | None) -> dict[str, Verdict]:
    return {verdict.source: verdict for verdict in result.verdicts} if result else {}


def assert_sound(verdict: Verdict, source: Source) -> None:
    assert verdict.stance in Stance
    assert 0.0 <= verdict.confidence <= 1.0
    assert verdict.reason and "\n" not in verdict.reason
    if verdict.evidence is None:
        assert verdict.stance is Stance.OMITS
        return
    start, end = verdict.evidence.span
    assert 0 <= start < end <= len(source.text)
    assert source.text[start:end] == verdict.evidence.sentence
    for a, b in verdict.evidence.highlights:
        assert start <= a < b <= end, (verdict.evidence.highlights, verdict.evidence.span)


@FAST
@given(claim=claim_texts, text=source_texts)
@example(claim="December", text="December. ")  # found by this test: IndexError in match_at
@example(claim="Meta", text="Meta")
@example(claim="about 45 members", text="The AI Alliance has 1" + "0" * 400 + " members.")
@example(claim="dozen c", text="dozen \nc. ")  # a figure across a line break: a one-line reason
def test_any_claim_on_any_source_is_one_of_three_verdicts_with_its_evidence(claim, text):
    source = source_from_text(text, "s")
    result = check(claim, [source])
    if result is None:
        return
    (verdict,) = result.verdicts
    assert verdict.source == "s"
    assert_sound(verdict, source)
    if verdict.evidence is not None and "\r" not in text:
        start, end = verdict.evidence.span
        assert text[start:end] == verdict.evidence.sentence  # the text exactly as given


@FAST
@given(claim=claim_texts, text=source_texts, other_claim=claim_texts, other_text=source_texts)
def test_the_same_input_gives_the_same_output(claim, text, other_claim, other_text):
    first = check(claim, [source_from_text(text, "s")])
    check(other_claim, [source_from_text(other_text, "s")])  # nothing carries over
    again = check(claim, [source_from_text(text, "s")])
    assert by_source(first) == by_source(again)


@FEWER
@given(
    claim=claim_texts,
    texts=st.lists(source_texts, min_size=2, max_size=4),
    data=st.data(),
)
def test_the_order_of_the_sources_changes_no_verdict(claim, texts, data):
    sources = [source_from_text(text, f"s{i}") for i, text in enumerate(texts)]
    shuffled = data.draw(st.permutations(sources))
    in_order, reordered = check(claim, sources), check(claim, list(shuffled))
    assert by_source(in_order) == by_source(reordered)
    if in_order:
        assert [v.source for v in in_order.verdicts] == [s.id for s in sources]
        assert [v.source for v in reordered.verdicts] == [s.id for s in shuffled]
        for verdict, source in zip(in_order.verdicts, sources, strict=True):
            assert_sound(verdict, source)


@FEWER
@given(
    claim=claim_texts,
    texts=st.lists(source_texts, min_size=1, max_size=3),
    unrelated=source_texts,
    data=st.data(),
)
def test_another_source_changes_no_other_verdict(claim, texts, unrelated, data):
    sources = [source_from_text(text, f"s{i}") for i, text in enumerate(texts)]
    extra = source_from_text(unrelated, "extra")
    at = data.draw(st.integers(0, len(sources)))
    before = by_source(check(claim, sources))
    after = by_source(check(claim, [*sources[:at], extra, *sources[at:]]))
    after.pop("extra", None)
    assert before == after
