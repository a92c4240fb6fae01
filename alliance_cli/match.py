"""The curated claim a query names: its text, an alias, or a near-duplicate (rapidfuzz) that
asserts the same thing."""

from __future__ import annotations

from collections.abc import Sequence

from .engine.lexicon import Lexicon, default_lexicon
from .engine.reading import Reading
from .errors import InputError
from .model import Claim, CuratedClaim
from .text import normalise

# A curated wording stands in for a query only when this close (token_sort_ratio, 0-100).
WORDING_CUTOFF = 90.0
MAX_CLAIM = 2000  # characters: a claim is a sentence or two, not an article


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


def same_assertion(a: str, b: str, lexicon: Lexicon) -> bool:
    """Whether two wordings assert the same thing: the same figures, dates and polarity, and
    every content word of each (a name, or a word or a synonym of it) in the other, in any
    case: "lost 47 members" is not "has 47 members", "48 members" not "47 members"."""
    first, second = Reading(a.lower(), lexicon), Reading(b.lower(), lexicon)
    if bool(first.negations) != bool(second.negations):
        return False
    if _figures(first) != _figures(second):
        return False
    if sorted(d.iso() for d in first.dates) != sorted(d.iso() for d in second.dates):
        return False
    words = [_content(first), _content(second)]
    pool = [set().union(*side) if side else set() for side in words]
    return all(keys & pool[1 - side] for side in (0, 1) for keys in words[side])


def _figures(reading: Reading) -> list[tuple[str, float, float]]:
    return sorted((q.kind, q.low, q.high) for q in reading.quantities)


def _content(reading: Reading) -> list[set[str]]:
    """For each content word outside a figure or date, the keys that match it: its lemma and
    its synonym groups."""
    lexicon = reading.lexicon
    covered = {i for q in reading.quantities for i in range(*q.tokens)}
    covered |= {i for d in reading.dates for i in range(*reading.token_range(d.span))}
    out = []
    for i in range(len(reading)):
        if reading.content(i) and i not in covered:
            lemma = reading.lemmas[i]
            out.append({lemma, *(f"syn:{g}" for g in lexicon.synonyms.get(lemma, ()))})
    return out


def query_claim(
    query: str, curated: Sequence[CuratedClaim], lexicon: Lexicon | None = None
) -> Claim:
    """The claim a query asks about: a curated claim when the query is its id, its text, an
    alias or a near-duplicate that asserts the same thing; otherwise the query itself, checked
    as written."""
    text = " ".join(query.split())
    if not text:
        raise InputError("the claim is empty")
    if len(text) > MAX_CLAIM:
        raise InputError(
            f"the claim is {len(text)} characters long; a claim may be at most {MAX_CLAIM}"
        )
    named = next((claim for claim in curated if claim.id == text), None)
    if named is not None:
        return Claim(text, named)
    wordings = [(wording, claim) for claim in curated for wording in (claim.text, *claim.aliases)]
    hit = closest_wording(text, [wording for wording, _ in wordings])
    if hit is not None:
        wording, claim = wordings[hit]
        if same_assertion(text, wording, lexicon or default_lexicon()):
            return Claim(text, claim)
    return Claim(text)
