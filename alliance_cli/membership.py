"""Judging a claim that names belong to a group: "X is a member", "X is not part of it",
"X and Y launched the alliance"."""

from __future__ import annotations

from .analysis import Assertion, Mention, Reading
from .findings import Finding
from .lexicon import Lexicon
from .model import Stance

_AFTER_FOUNDER = frozenset({",", "by", "with", "of", "the", "this", "its", "in", "on"})
LIST_REACH = 25  # how many tokens a list cue reaches forward
NEGATION_REACH = 12  # how far a negation cue reaches, in tokens, within its clause


def _in_list_after(reading: Reading, cue_end: int, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether `mention` stands in the list that a cue ending at token `cue_end` opens."""
    if not 0 <= mention.start - cue_end <= LIST_REACH:
        return False
    return all(
        reading.clauses[i] == reading.clauses[mention.start] for i in range(cue_end, mention.start)
    )


def _membership_status(
    reading: Reading, subject: Mention, lexicon: Lexicon, group_known: bool
) -> tuple[int, bool, tuple[int, int], Mention] | None:
    """(+1 member / -1 not a member, as founder?, the cue's tokens, the mention) for one name."""
    stems = reading.words.stems
    mentions = [m for m in reading.entities if m.key == subject.key]
    if not mentions:
        return None
    frame = lexicon.membership_frame.find(stems) or lexicon.claim_predicates.find(stems)
    groups = group_known or bool(lexicon.group_words.find(stems))
    founders = lexicon.founder_verbs.find(stems)
    for mention in mentions:
        for start, end, cue in reading.negations:
            if reading.clauses[start] != reading.clauses[mention.start]:
                continue
            distance = mention.start - end if mention.start >= end else start - mention.end
            if distance > NEGATION_REACH:
                continue
            plain = cue == ""
            if plain and not any(reading.clauses[a] == reading.clauses[start] for a, _, _ in frame):
                continue
            return -1, False, (start, end), mention
    for mention in mentions:
        for start, end, _ in founders:
            if reading.clauses[start] != reading.clauses[mention.start] or not groups:
                continue
            before = _skip_apposition(reading, mention.end, start)
            if (
                start >= mention.end
                and start - mention.end <= 16
                and all(_listy(reading, i, lexicon) for i in before)
            ):
                return 1, True, (start, end), mention
            after = range(end, mention.start)
            if (
                mention.start >= end
                and mention.start - end <= 12
                and all(
                    reading.words.tokens[i].norm in _AFTER_FOUNDER
                    or _listy(reading, i, lexicon)
                    or reading.covered(i, i + 1)
                    for i in after
                )
            ):
                return 1, True, (start, end), mention
    for mention in mentions:
        for start, end, _ in lexicon.claim_predicates.find(stems):
            between = range(mention.end, start)
            if 0 <= start - mention.end <= 10 and all(_listy(reading, i, lexicon) for i in between):
                return 1, False, (start, end), mention  # "Acme and Globex are members of ..."
    for mention in mentions:
        clause = reading.clauses[mention.start]
        if not any(reading.clauses[a] == clause for a, _, _ in frame):
            continue
        for start, end, _ in lexicon.list_cues.find(stems):
            if _in_list_after(reading, end, mention, lexicon):
                return 1, False, (start, end), mention
    return None


def _skip_apposition(reading: Reading, start: int, end: int) -> range:
    """Tokens [start, end) less a leading ", known for ...," aside."""
    norms = [token.norm for token in reading.words.tokens[start:end]]
    if norms[:1] == [","] and "," in norms[1:]:
        return range(start + 1 + norms[1:].index(",") + 1, end)
    return range(start, end)


def _listy(reading: Reading, i: int, lexicon: Lexicon) -> bool:
    """Whether token i can stand inside a list of names: a name, a comma, and, or a stopword."""
    token = reading.words.tokens[i]
    if token.norm in (",", "and", "&", "others", "other") or token.norm in lexicon.stopwords:
        return True
    return any(m.start <= i < m.end for m in reading.entities)


def assess_membership(
    claim: Assertion, reading: Reading, lexicon: Lexicon, topics: frozenset[str]
) -> Finding | None:
    membership = claim.membership
    assert membership is not None
    group_known = membership.group is not None and membership.group.key in topics
    statuses = [
        _membership_status(reading, subject, lexicon, group_known)
        for subject in membership.subjects
    ]
    known = [s for s in statuses if s]
    if not known:
        return None
    words = reading.words
    highlights = tuple(
        span for s in known for span in (words.span(*s[2]), words.span(s[3].start, s[3].end))
    )
    against = [s for s in known if s[0] < 0]
    if against:
        _, _, cue, mention = against[0]
        said = words.surface(*cue)
        stance = Stance.SUPPORTS if claim.negated else Stance.CONTRADICTS
        reason = f"source says {mention.text} is not in it ({said!r})"
        return Finding(stance, 0.85, reason, highlights)
    if len(known) < len(statuses):
        return None
    if membership.founder and not all(s[1] for s in known):
        return None
    _, _, cue, mention = known[0]
    said = words.surface(*cue)
    role = "a founder or leader" if all(s[1] for s in known) else "a member"
    names = " and ".join(s[3].text for s in known)
    reason = f"source names {names} as {role} ({said!r})"
    if claim.negated:
        return Finding(Stance.CONTRADICTS, 0.8, reason + "; claim says not", highlights)
    return Finding(Stance.SUPPORTS, 0.85, reason, highlights)
