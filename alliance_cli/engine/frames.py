"""Who did what to whom: the subject, object and prepositional phrases of a predicate, read
without a parser from the words around it. Actives and passives ("was beaten by X"), "by"
agents, relative clauses ("Kim, who has never conceded"), asides between commas, participial
clauses (", beating Team A": the subject is the main clause's), verbs after "to" ("declined to
concede": the subject is the one who declined), and coordinated verbs ("won and lifted")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..text import CLOSING, OPENING
from .names import Mention
from .quantities import NUMBER_WORDS

if TYPE_CHECKING:
    from .reading import Reading

PARTICLES = frozenset({"up", "out", "off", "back", "down", "away", "over"})
_BOUNDARY = frozenset({",", ";", ":", "(", ")", "-", '"', "?", "!", ".", "\u2014"})


@dataclass(frozen=True)
class Phrase:
    """A noun phrase: tokens [start, end), its head token, the names in it, and the heads of
    the items of a list it holds ("companies such as Dell, Sony and universities": company,
    Dell, Sony, university)."""

    start: int
    end: int
    head: int
    names: tuple[Mention, ...]
    items: tuple[int, ...] = ()


@dataclass(frozen=True)
class Args:
    """What a predicate at tokens [start, end) is said of."""

    subject: Phrase | None
    object: Phrase | None
    preps: tuple[tuple[str, Phrase], ...]
    passive: bool

    def prep(self, word: str) -> Phrase | None:
        return next((phrase for at, phrase in self.preps if at == word), None)


def nominal(reading: Reading, i: int) -> bool:
    """Whether token i may stand in a noun phrase."""
    token, lexicon = reading.words.tokens[i], reading.lexicon
    if i in reading.name_at:
        return True
    norm = token.norm
    figure = reading.quantity_at.get(i)
    if figure is not None:
        return figure.kind == "count"
    if norm[:1].isdigit() or norm in NUMBER_WORDS:
        return i in reading.date_at  # "the 2019 Nordic Energy Summit"

    if norm in ("'s", "'", "&"):
        return True
    if norm == "-":
        tokens = reading.words.tokens
        inside = 0 < i < len(tokens) - 1
        return inside and tokens[i - 1].end == token.start and token.end == tokens[i + 1].start
    if not token.is_word:
        return False
    return not (
        norm in lexicon.prepositions
        or norm in lexicon.be
        or norm in lexicon.auxiliaries
        or norm in lexicon.relatives
        or norm in lexicon.conjunctions
        or norm in lexicon.clause_breaks
        or norm in lexicon.negation_words
        or norm in lexicon.adverbs
    )


def verb_like(reading: Reading, i: int) -> bool:
    """Whether token i, after a word of a noun phrase, reads as a verb: an irregular past form
    ("won"), a word in -ed or -ing, or a frame's verb after a name ("Sterne coaches")."""
    norm = reading.words.norms[i]
    if i in reading.name_at or not reading.words.tokens[i].is_word:
        return False
    lexicon, norms = reading.lexicon, reading.words.norms
    before = norms[i - 1] if i else ""
    if norm in lexicon.verb_forms or norm.endswith(("ed", "ing")):
        return before not in lexicon.determiners and before not in lexicon.prepositions
    after = i + 1
    if norm.endswith("s") and not norm.endswith("ss") and i > 0 and after < len(norms):
        noun_before = reading.words.tokens[i - 1].is_word and before not in lexicon.stopwords
        object_after = (
            norms[after] in lexicon.determiners
            or norms[after] in lexicon.pronouns
            or after in reading.name_at
        )

        particle = norms[after] in PARTICLES  # "any new project kicks off"
        if before in lexicon.singular_pronouns:
            return True  # "it sees"
        return noun_before and (object_after or particle)  # "the alliance boasts an ..."

    return False


def _participle(reading: Reading, i: int) -> bool:
    norm = reading.words.norms[i]
    return (
        norm.endswith(("ed", "en"))
        or (norm in reading.lexicon.irregular and reading.lemmas[i] != norm)
        or norm in reading.lexicon.same_participles
    )


def _phrase(
    reading: Reading, start: int, end: int, head: int | None = None, items: tuple[int, ...] = ()
) -> Phrase:
    names = tuple(
        mention for mention in reading.names if start <= mention.start and mention.end <= end
    )
    head = _head(reading, start, end) if head is None else head
    return Phrase(start, end, head, names, items or (head,))


LIST_CUES = (("including",), ("like",), ("such", "as"), ("among", "them"), ("e.g",), ("notably",))
_JOINS = (",", "and", "or", "&")


def _unit_after(reading: Reading, i: int, reach: int) -> int:
    """The end of the simple noun phrase starting at token i: no list, no examples."""
    n, norms, end, words = len(reading), reading.words.norms, i, 0
    limit = i + 4 * reach  # hyphens joined words, but a run of them is no phrase
    while (
        end < min(n, limit) and words < reach and (nominal(reading, end) or _joined(reading, end))
    ):
        joined = _joined(reading, end) or norms[end] == "-"
        if not joined:
            noun = norms[end].endswith("ing")  # "the press briefing"
            if end > i and verb_like(reading, end) and not noun:
                break  # "Dunmarrow Athletic won the Shield": the phrase ends at its verb
            if end > i and (cue_at(reading, end) or norms[end] in _JOINS):
                break
        words += not joined  # "software-as-a-service" is one word
        end += 1
    return end


def _joined(reading: Reading, k: int) -> bool:
    """Whether token k is joined by a hyphen to the word before it ("software-as-a-service")."""
    tokens = reading.words.tokens
    return (
        k > 1
        and tokens[k - 1].norm == "-"
        and tokens[k - 2].end == tokens[k - 1].start == tokens[k].start - 1
    )


def cue_at(reading: Reading, k: int) -> int:
    """The length of a list cue ("such as", "including") at token k, or 0."""
    norms = reading.words.norms
    return next((len(c) for c in LIST_CUES if tuple(norms[k : k + len(c)]) == c), 0)


def phrase_after(reading: Reading, i: int, reach: int = 8) -> Phrase | None:
    """The noun phrase starting at token i: determiners, modifiers, names and figures up to a
    preposition, verb group or punctuation ("the Calloway Shield final", "Port Verrin's
    captain"), with the list it goes on into ("AMD, Intel and NASA", "benchmarking and
    platform groups") and the examples a list cue gives of it ("names like Sony and Dell",
    "members, including companies such as Dell, Sony, universities")."""
    if i >= len(reading) or not nominal(reading, i):
        return None
    end = _unit_after(reading, i, reach)
    if end == i:
        return None
    head = _head(reading, i, end)
    inner = _gathered(reading, head, end)
    if inner is not None:  # "a lineup of Acme and Brightline" names Acme and Brightline
        return _phrase(reading, i, inner.end, inner.head, inner.items)
    end, more = _items(reading, end, reach)
    items = [head, *more]
    if more and head in reading.name_at:
        head = more[-1]  # a list of names: "AMD, Intel and NASA"
    end, examples = _examples(reading, end)
    return _phrase(reading, i, end, head, tuple(items + examples))


def _gathered(reading: Reading, head: int, end: int) -> Phrase | None:
    """What a noun that only gathers ("list", "lineup", "group") gathers: its "of" phrase."""
    if reading.lemmas[head] not in reading.lexicon.transparent:
        return None
    if end + 1 >= len(reading) or reading.words.norms[end] != "of":
        return None
    return phrase_after(reading, end + 1)


def _examples(reading: Reading, end: int) -> tuple[int, list[int]]:
    """The examples a list cue gives after a phrase ending at `end`: (their end, their heads).
    "including companies such as Dell, Sony": a class noun, then its names; "groups like
    Hugging Face, universities such as UC Berkeley": another class and its names after a
    comma."""
    norms, items = reading.words.norms, []
    start = end + (end < len(reading) and norms[end] == ",")
    cue = cue_at(reading, start)
    for _ in range(6):
        if not cue:
            break
        start += cue
        first = _unit_after(reading, start, 4)
        if first == start:
            break
        end, more = _items(reading, first, 4)
        items += [_head(reading, start, first), *more]
        cue, start = cue_at(reading, end), end
        if not cue and end + 1 < len(reading) and norms[end] == ",":
            after = _unit_after(reading, end + 1, 3)  # ", universities such as ..."
            if after > end + 1 and cue_at(reading, after):
                items.append(_head(reading, end + 1, after))
                cue, start = cue_at(reading, after), after
    return end, items


def examples_after(reading: Reading, at: int) -> Phrase | None:
    """The examples a list cue gives after token `at` as a phrase of their own: in "members,
    including companies such as Dell, Sony", the members' examples."""
    end, items = _examples(reading, at)
    if not items:
        return None
    return _phrase(reading, at, end, items[-1], tuple(items))


def _head(reading: Reading, start: int, end: int) -> int:

    head = end - 1
    while head > start and not reading.words.tokens[head].is_word:
        head -= 1
    return head


def _items(reading: Reading, end: int, reach: int) -> tuple[int, list[int]]:
    """The items of a list that goes on after a phrase ending at `end` (", Intel, NASA and
    Harvard University"): the list's end, and each item's head. Commas alone join names
    ("Meta, IBM, Intel lead ..."); a list with a common noun needs its "and" or "or", so that
    "Meta's president of global affairs, Nick Clegg" is no list."""
    norms, items, first, coordinated = reading.words.norms, [], end, False
    while end < len(reading) and norms[end] in _JOINS:
        k = end
        while k < len(reading) and norms[k] in _JOINS:
            coordinated = coordinated or norms[k] in ("and", "or", "&")
            k += 1
        if k - end > 2 or k >= len(reading) or not nominal(reading, k) or verb_like(reading, k):
            break
        stop = _unit_after(reading, k, reach)
        if stop == k:
            break
        items.append(_head(reading, k, stop))
        end = stop
        if coordinated:
            break  # "X, Y and Z": the item after "and" ends the list
    names = first - 1 in reading.name_at and all(item in reading.name_at for item in items)
    return (end, items) if coordinated or names else (first, [])


def phrase_before(reading: Reading, i: int, reach: int = 8) -> Phrase | None:
    """The noun phrase ending at token i."""
    if i < 0 or not nominal(reading, i):
        return None
    start = i
    while start > 0 and i - start < reach and nominal(reading, start - 1):
        if verb_like(reading, start - 1):
            break  # "the farmers sued X": "sued" is no part of the subject
        start -= 1
    if start in reading.name_at:
        start = reading.name_at[start].start
    whole_name = start in reading.name_at and reading.name_at[start].end == i + 1
    whole_name = whole_name or start == i  # "Acme, Brightline, Corvid and others"
    whole_name = whole_name or i in reading.name_at  # "Voltra and the power company Lumen"

    return _phrase(reading, _listed_before(reading, start) if whole_name else start, i + 1)


def _listed_before(reading: Reading, start: int) -> int:
    """The start of a list of names that ends with the phrase at `start`: "IBM and Meta",
    "Acme, Brightline, Corvid and others"."""
    norms = reading.words.norms
    first = True
    while start in reading.name_at or first:
        first = False

        k = start - 1
        while k >= 0 and norms[k] in (",", "and", "or", "&"):
            k -= 1
        if k == start - 1 or k not in reading.name_at or start - 1 - k > 2:
            break
        start = reading.name_at[k].start
    return start


def arguments(reading: Reading, start: int, end: int) -> Args:
    """The subject, object and prepositional phrases of the predicate at tokens [start, end)."""
    subject, passive = _subject(reading, start, end)
    preps = tuple(_preps(reading, end))
    if not passive and _participle(reading, start) and preps and preps[0][0] == "by":
        passive = preps[0][1].start <= end + 3  # "a trial presided over by Judge X"
    elif not passive and subject is not None and _reduced_relative(reading, start, end, subject):
        passive = True  # "the AIM Alliance formed in 1991": the alliance was formed

    obj = None if passive else object_after(reading, end) or _relative_object(reading, subject)
    if not passive and subject is not None:
        subject = _with_companions(reading, subject, preps)
    return Args(subject, obj, preps, passive)


def _with_companions(reading: Reading, subject: Phrase, preps: tuple) -> Phrase:
    """The subject with those who act with it: "Voltra founded it together with Lumen" is
    said of Voltra and Lumen."""
    norms = reading.words.norms
    for word, phrase in preps:
        at = phrase.start - 1
        if word == "with" and at > 0 and norms[at - 1] in reading.lexicon.companions:
            return replace(subject, names=subject.names + phrase.names)
    return subject


def _relative_object(reading: Reading, subject: Phrase | None) -> Phrase | None:
    """The object a relative clause leaves out: in "the coalition, which Voltra unveiled", the
    coalition."""
    if subject is None or subject.start < 2:
        return None
    norms, relative = reading.words.norms, subject.start - 1
    if norms[relative] not in reading.lexicon.relatives or norms[relative] in ("who", "whose"):
        return None
    if norms[relative] == "that" and not nominal(reading, relative - 1):
        return None  # "said that Voltra launched it"
    return _before_aside(reading, relative - 1)


def _reduced_relative(reading: Reading, start: int, end: int, subject: Phrase) -> bool:
    """Whether a past participle right after a noun, with no object after it, is a passive
    without its "be": "the Alliance formed in 1991", "a trial presided over by X". What
    comes before the whole subject decides: "sales at the museum increased" is active."""
    norms = reading.words.norms
    if not _participle(reading, start) or start == 0 or not nominal(reading, start - 1):
        return False
    if norms[start - 1] in reading.lexicon.pronouns:
        return False  # "they formed in 1991" is active
    noun = subject if subject.start < start else phrase_before(reading, start - 1)
    before = norms[noun.start - 1] if noun and noun.start else ""

    if before not in reading.lexicon.prepositions and not (
        noun and noun.start and verb_like(reading, noun.start - 1)
    ):
        return False  # a clause's own subject: "Tovrell said on Tuesday" is active
    after = end

    while after < len(reading) and norms[after] in PARTICLES:
        after += 1
    return (
        after >= len(reading)
        or norms[after] in reading.lexicon.prepositions
        or not reading.words.tokens[after].is_word
    )


def object_after(reading: Reading, end: int) -> Phrase | None:

    i = end
    while i < len(reading) and (
        reading.words.norms[i] in PARTICLES or reading.words.norms[i] in ('"', "'")
    ):
        i += 1

    if i < len(reading) and reading.words.norms[i] in ("'s",):
        return None
    return phrase_after(reading, i)


def _preps(reading: Reading, end: int, reach: int = 14) -> list[tuple[str, Phrase]]:
    out = []
    clause = reading.clauses[end - 1] if end else 0
    for k in range(end, min(len(reading), end + reach)):
        if reading.clauses[k] != clause and reading.words.norms[k] not in ("by",):
            break
        norm = reading.words.norms[k]
        if norm in reading.lexicon.prepositions:
            phrase = phrase_after(reading, k + 1)
            if phrase is not None:
                out.append((norm, phrase))
    return out


def _subject(reading: Reading, start: int, end: int) -> tuple[Phrase | None, bool]:
    """The predicate's subject, and whether it is passive (then its subject is what was done
    to, and a "by" phrase names the doer)."""
    norms, lexicon = reading.words.norms, reading.lexicon
    i, passive = start - 1, False
    while i >= 0:
        norm = norms[i]
        if norm in lexicon.be or norm in ("get", "got"):
            passive = passive or _participle(reading, start)
        elif norm == "to" and i > 0 and _controls(reading, i - 1):
            i -= 1  # "declined to concede": the subject is the one who declined
        elif not (
            norm in lexicon.auxiliaries
            or norm in lexicon.negation_words
            or norm in lexicon.adverbs
            or norm.endswith("n't")
            or (norm.endswith("ly") and i not in reading.name_at)
        ):
            break
        i -= 1
    if passive and start >= 1 and reading.words.norms[start - 1] not in lexicon.be:
        passive = any(norms[k] in lexicon.be for k in range(max(0, start - 3), start))
    return _subject_at(reading, i, start), passive


def _controls(reading: Reading, i: int) -> bool:
    """Whether token i is a verb that takes another verb after "to" ("declined to", "plans
    to", "voted to")."""
    norm = reading.words.norms[i]
    if i in reading.name_at or not reading.words.tokens[i].is_word:
        return False
    negation = reading.negation_of(i + 1)
    cue = negation is not None and negation.cue[0] <= i < negation.cue[1]
    return cue or norm.endswith("ed") or reading.lemmas[i] in reading.lexicon.control_verbs


def _subject_at(reading: Reading, i: int, predicate: int) -> Phrase | None:
    norms, lexicon = reading.words.norms, reading.lexicon
    if i >= 0 and norms[i] in CLOSING:  # "Acme (the maker) was founded": past the aside
        depth = 0
        while i >= 0:
            depth += (norms[i] in CLOSING) - (norms[i] in OPENING)
            i -= 1
            if depth == 0:
                break
    if i < 0:
        return None

    norm = norms[i]
    if norm == "to":
        return _purpose_subject(reading, i)

    if norm in lexicon.relatives:
        return _before_aside(reading, i - 1)
    gerund = norms[predicate].endswith("ing")
    opens = norm == "," or norm in lexicon.prepositions or norm in lexicon.clause_breaks
    if norm in lexicon.conjunctions or (gerund and opens):
        at = i - 1 if norm in lexicon.clause_breaks and norm not in lexicon.conjunctions else i
        return _clause_subject(reading, at)  # "won and lifted", ", beating A", "after securing"

    if norm == ",":
        return _across_aside(reading, i, predicate)
    if norm in lexicon.pronouns:
        return Phrase(i, i + 1, i, ())  # "says it sees": it
    return _of_chain(reading, phrase_before(reading, i))


_CHAINED = frozenset({"of", "at", "in", "for", "from", "on"})


def _of_chain(reading: Reading, phrase: Phrase | None) -> Phrase | None:
    """A subject that is "N of X" or "N at X": "The members of the AI Alliance include ..." is
    said of the members (its head), of the AI Alliance; "Ticket sales at the museum fell" of
    the sales."""
    for _ in range(2):
        if (
            phrase is None
            or phrase.start < 2
            or reading.words.norms[phrase.start - 1] not in _CHAINED
        ):
            return phrase
        before = phrase_before(reading, phrase.start - 2)
        if before is None:
            return phrase
        phrase = Phrase(before.start, phrase.end, before.head, before.names + phrase.names)
    return phrase


def _purpose_subject(reading: Reading, to: int) -> Phrase | None:
    """The subject of a verb after "to": its clause's subject ("Meta plans to launch"), with
    the partner of a verb of joint action ("Meta is collaborating with IBM to launch": Meta
    and IBM)."""
    subject = _governor_subject(reading, to) or _clause_subject(reading, to - 1)
    if subject is None:
        return None

    joint = reading.lexicon.joint_verbs
    for k in range(subject.end, to):
        if reading.lemmas[k] in joint and k + 1 < to and reading.words.norms[k + 1] == "with":
            partner = phrase_after(reading, k + 2)
            if partner is not None and partner.names:
                return Phrase(
                    subject.start, partner.end, subject.head, subject.names + partner.names
                )
    return subject


def _governor_subject(reading: Reading, to: int) -> Phrase | None:
    """The subject of the verb a "to" clause hangs on, a few words before it ("it sees no
    reason to join": it)."""
    clause = reading.clauses[to]
    for k in range(to - 1, max(-1, to - 5), -1):
        if reading.clauses[k] != clause:
            return None
        if verb_like(reading, k) or reading.lemmas[k] in reading.lexicon.control_verbs:
            return _subject(reading, k, k + 1)[0]
    return None


def _before_aside(reading: Reading, i: int) -> Phrase | None:
    """The noun phrase a relative clause hangs on: "Kim, who ..." is about Kim."""
    while i >= 0 and reading.words.norms[i] == ",":
        i -= 1
    return phrase_before(reading, i)


def _across_aside(reading: Reading, comma: int, predicate: int) -> Phrase | None:
    """The subject before an aside between commas: "Marsk, who led the first round,
    promised ..." and "Sterne, working as a pundit, said ..." are said by the name before the
    aside; in "Tovrell's chief, Marit Olsby, was absent" the name between the commas restates
    the phrase before it."""
    norms, clauses = reading.words.norms, reading.clauses
    clause = clauses[predicate]
    j = comma - 1
    while j >= 0 and clauses[j] != clause:
        j -= 1  # a relative clause is a clause of its own: back to the sentence's own
    if 0 <= j < comma - 1:
        while j >= 0 and norms[j] == ",":
            j -= 1
        return phrase_before(reading, j)
    inner = phrase_before(reading, comma - 1)
    opening = next((k for k in range(comma - 1, max(-1, comma - 20), -1) if norms[k] == ","), None)
    if opening is None:
        return inner
    if inner is not None and inner.start == opening + 1 and inner.names:
        return inner
    return phrase_before(reading, opening - 1)


def _clause_subject(reading: Reading, i: int) -> Phrase | None:
    """The subject of the clause that token i ends: the first noun phrase of that clause,
    past a dateline ("TOWN, May 17, 2025 -")."""
    clauses, norms = reading.clauses, reading.words.norms
    start = i
    while start > 0 and clauses[start - 1] == clauses[i]:
        start -= 1
    dash = next((k for k in range(start, min(i, start + 14)) if norms[k] in ("-", "\u2014")), None)
    if (
        dash is not None
        and reading.dates
        and reading.dates[0].span[0] < reading.words.tokens[dash].start
    ):
        start = dash + 1
    while start < i and not nominal(reading, start):
        start += 1
    return phrase_after(reading, start) if start < i else None
