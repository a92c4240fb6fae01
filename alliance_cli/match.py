"""Retrieval: the sentences of a source worth judging for a claim, ranked with rapidfuzz; and the
curated wording closest to a query."""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence
from itertools import chain, islice

from .analysis import Assertion, assertion, same_assertion
from .errors import InputError
from .lexicon import Lexicon, default_lexicon
from .model import Claim, CuratedClaim, Sentence, Source
from .quantities import NUMBERISH
from .text import normalise

# A curated wording stands in for a query only when this close (token_sort_ratio, 0-100).
WORDING_CUTOFF = 90.0
MAX_CLAIM = 2000  # characters: a claim is a sentence or two, not an article


def anchor_pattern(claim: Assertion, lexicon: Lexicon) -> re.Pattern[str] | None:
    """A pattern that finds, in a normalised sentence, any word a deciding sentence must hold:
    a name the claim gives (or one of its aliases), a content word, or a counted noun."""
    words: set[str] = set()
    for unit in claim.units:
        if unit.entity:
            name = normalise(unit.entity.text)
            words.add(name)
            words.update(lexicon.alias_names.get(unit.entity.key, ()))
            parts = name.split()
            if len(parts) > 1:  # "Roe" or "Jane" alone, or "Jane Anne Roe"
                words.update(
                    part for part in (parts[0], parts[-1]) if len(part) > 2 and part.isalpha()
                )
        else:
            words.update(
                stem for stem in unit.keys if not stem.startswith("syn:") and len(stem) > 2
            )
    if claim.membership:
        for subject in claim.membership.subjects:
            words.add(normalise(subject.text))
            words.update(lexicon.alias_names.get(subject.key, ()))
    if claim.quantity:
        words.update(lexicon.counted_words.get(claim.quantity.counted or "", ()))
        words.update(lexicon.strength_suffix)
    words.discard("")
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})")


def candidates(
    claim: Assertion, source: Source, pattern: re.Pattern[str] | None, limit: int = 30
) -> list[Sentence]:
    """The sentences of `source` that hold an anchor word, at most `limit`: those with the
    most distinct anchors first, then the closest by rapidfuzz's token_set_ratio. The anchors
    are found in one search of the whole source, and only `limit` sentences are held at once,
    so a source of millions of sentences costs no step for a sentence without an anchor."""
    if pattern is None:
        return []
    sentences = source.sentences
    hits = ((len(anchors), sentences[index]) for index, anchors in sentences.matching(pattern))
    if claim.quantity:
        hits = (hit for hit in hits if NUMBERISH.search(hit[1].norm))
    first = list(islice(hits, limit + 1))
    if len(first) > limit:
        from rapidfuzz import fuzz

        query = normalise(claim.text)
        best = heapq.nlargest(  # as sorted(..., reverse=True)[:limit]: ties keep their order
            limit,
            chain(first, hits),
            key=lambda hit: (hit[0], fuzz.token_set_ratio(query, hit[1].norm)),
        )
        first = sorted(best, key=lambda hit: hit[1].index)
    return [sentence for _, sentence in first]


def closest_wording(query: str, wordings: Sequence[str]) -> int | None:
    """The index of the wording nearest to `query`, if any is near enough to be the same claim."""
    if not wordings:
        return None
    norm = normalise(query)
    norms = [normalise(wording) for wording in wordings]
    if norm in norms:
        return norms.index(norm)
    from rapidfuzz import fuzz, process

    best = process.extractOne(
        norm, norms, scorer=fuzz.token_sort_ratio, score_cutoff=WORDING_CUTOFF
    )
    return best[2] if best else None


def query_claim(
    query: str, curated: Sequence[CuratedClaim], lexicon: Lexicon | None = None
) -> Claim:
    """The claim a query asks about: a curated claim when the query is its text, an alias or a
    near-duplicate that asserts the same thing; otherwise the query itself, checked as written."""
    text = " ".join(query.split())
    if not text:
        raise InputError("the claim is empty")
    if len(text) > MAX_CLAIM:
        raise InputError(
            f"the claim is {len(text)} characters long; a claim may be at most {MAX_CLAIM}"
        )
    wordings = [(wording, claim) for claim in curated for wording in (claim.text, *claim.aliases)]
    hit = closest_wording(text, [wording for wording, _ in wordings])
    if hit is not None:
        wording, claim = wordings[hit]
        lexicon = lexicon or default_lexicon()
        if same_assertion(assertion(text, lexicon), assertion(wording, lexicon), lexicon):
            return Claim(text, claim)
    return Claim(text)
