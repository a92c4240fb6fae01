"""Judging a claim that names belong to a group: "X is a member", "X is not part of it",
"X and Y launched the alliance"."""

from __future__ import annotations

from .analysis import Assertion, Mention, Reading
from .findings import Finding
from .lexicon import Lexicon
from .model import Stance

LIST_REACH = 25  # how many tokens a list cue reaches forward
NEGATION_REACH = 20  # how far a negation cue reaches, in tokens, within its clause
LOOSE_WORDS = 3  # words other than names and commas a negated list may hold ("startups like")


def _same_group(
    reading: Reading, group: Mention | None, lexicon: Lexicon, known: frozenset[str]
) -> bool:
    """Whether the sentence's membership can be the claim's group's (the source's own group
    when the claim names none). Not when it is about another named group and the claim's is
    not named: "Acme is not a member of the Gadget Guild", "the Gadget Alliance formed in
    1991 by Acme" say nothing of the Widget Coalition; nor, when the sentence names no group,
    for a group the source never names (`known`). A group named in a list of members is one of the
    members, not the group they belong to."""
    stems = reading.words.stems
    marks = [*lexicon.claim_predicates.find(stems), *lexicon.founder_verbs.find(stems)]
    marks += lexicon.membership_frame.find(stems)
    rivals, ours = [], False
    for mention in reading.entities:
        if not lexicon.group_words.match_at((mention.head,), 0):
            continue
        if group and (
            f" {group.key} " in f" {mention.key} " or f" {mention.key} " in f" {group.key} "
        ):
            ours = True
        elif any(_next_to(reading, mention, start, end, lexicon) for start, end, _ in marks):
            rivals.append(mention)
    if ours:
        return True
    if group is None:
        return not rivals or any(rival.key in known for rival in rivals)
    return not rivals and group.key in known


def _next_to(reading: Reading, mention: Mention, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether tokens [start, end) stand next to `mention`, with only small words between:
    "a member of the Gadget Guild", "the Gadget Alliance formed"."""
    between = range(end, mention.start) if end <= mention.start else range(mention.end, start)
    if end > mention.start and start < mention.end:
        return False
    return all(reading.words.tokens[i].norm in lexicon.stopwords for i in between)


def _in_list_after(reading: Reading, cue_end: int, mention: Mention) -> bool:
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
        cue = _negative(reading, mention, lexicon, frame)
        if cue:
            return -1, False, cue, mention
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
                    reading.words.tokens[i].norm in lexicon.founder_followers
                    or _listy(reading, i, lexicon)
                    or reading.covered(i, i + 1)
                    for i in after
                )
            ):
                return 1, True, (start, end), mention
    for mention in mentions:
        for start, end, _ in lexicon.claim_predicates.find(stems):
            between = _skip_apposition(reading, mention.end, start)
            if 0 <= start - mention.end <= 16 and all(_listy(reading, i, lexicon) for i in between):
                return 1, False, (start, end), mention  # "Acme, a utility, signed on ..."
    for mention in mentions:
        clause = reading.clauses[mention.start]
        if not any(reading.clauses[a] == clause for a, _, _ in frame):
            continue
        for start, end, _ in lexicon.list_cues.find(stems):
            if _in_list_after(reading, end, mention):
                return 1, False, (start, end), mention
    return None


def _negative(
    reading: Reading, mention: Mention, lexicon: Lexicon, frame: list[tuple[int, int, str]]
) -> tuple[int, int] | None:
    """The negation that puts `mention` outside the group: a cue of absence ("no-show",
    "absence of", "not part of") whose list holds the name, or a plain not / never / no that
    governs a membership word ("not a member", "never joined"); "nor is X" carries an earlier
    one. A negation inside a compound ("not-for-profit") or about something else ("not yet
    clear how many will join") does not count, nor does a name that only owns the thing the
    cue is about ("the absence of Stanford's lab")."""
    tokens = reading.words.tokens
    governed = []  # negations that govern a membership word, in order
    for start, end, cue in reading.negations:
        if _in_compound(reading, start, end):
            continue
        if cue == "":
            word = tokens[start].norm
            # "not a member" governs membership; "not a founding member" only founding
            founding = {a for a, _, _ in lexicon.founder_verbs.find(reading.words.stems)}
            follows = any(start < a <= end + 3 and a not in founding for a, _, _ in frame)
            carried = word in lexicon.negation_carry and governed
            # "Acme joined, but Brightline did not.": the cue ends its clause after an
            # auxiliary and takes the membership word said before it
            elided = (
                start > 0
                and tokens[start - 1].norm in lexicon.auxiliaries
                and (end == len(tokens) or not tokens[end].is_word)
                and any(a < start for a, _, _ in frame)
            )
            if not (follows or carried or elided):
                continue
        governed.append((start, end))
        if reading.clauses[start] != reading.clauses[mention.start]:
            continue
        if mention.end <= start:
            between = _skip_apposition(reading, mention.end, start)
        elif mention.start >= end:
            if mention.end < len(tokens) and tokens[mention.end].norm == "'s":
                continue
            between = range(end, mention.start)
        else:
            continue
        if len(between) > NEGATION_REACH:
            continue
        loose = [i for i in between if not _listy(reading, i, lexicon)]
        if len(loose) <= LOOSE_WORDS:
            return start, end
    return None


def _in_compound(reading: Reading, start: int, end: int) -> bool:
    """Whether tokens [start, end) are joined to a neighbour by a hyphen: "not-for-profit"."""
    tokens = reading.words.tokens
    before = (
        start > 0 and tokens[start - 1].norm == "-" and tokens[start - 1].end == tokens[start].start
    )
    after = (
        end < len(tokens) and tokens[end].norm == "-" and tokens[end].start == tokens[end - 1].end
    )
    inner = any(tokens[i].norm == "-" for i in range(start, end))
    return (before or after) and not inner


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
    claim: Assertion,
    reading: Reading,
    lexicon: Lexicon,
    topics: frozenset[str],
    named: frozenset[str] = frozenset(),
) -> Finding | None:
    """A membership claim's verdict from one sentence; `topics` are the claim's names the
    source is about, `named` those it names anywhere."""
    membership = claim.membership
    assert membership is not None
    # a claim of founding names its group by the act ("teamed up to start a battery group")
    if not membership.founder and not _same_group(
        reading, membership.group, lexicon, topics | named
    ):
        return None
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
