"""Who did what to whom: the subject, object and prepositional phrases of a predicate, read
without a parser from the words around it. Actives and passives ("was beaten by X"), "by"
agents, relative clauses ("Kim, who has never conceded"), asides between commas, participial
clauses (", beating Team A": the subject is the main clause's), verbs after "to" ("declined to
concede": the subject is the one who declined), and coordinated verbs ("won and lifted")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..text import CLOSING, OPENING
from .participles import aside_participle, reduced_relative
from .phrases import (
    Phrase,
    nominal,
    object_after,
    participle,
    phrase_after,
    phrase_before,
    verb_like,
)
from .when import in_dateline

if TYPE_CHECKING:
    from .reading import Reading


@dataclass(frozen=True)
class Args:
    """What a predicate at tokens [start, end) is said of."""

    subject: Phrase | None
    object: Phrase | None
    preps: tuple[tuple[str, Phrase], ...]
    passive: bool

    def prep(self, word: str) -> Phrase | None:
        return next((phrase for at, phrase in self.preps if at == word), None)


def arguments(reading: Reading, start: int, end: int) -> Args:
    """The subject, object and prepositional phrases of the predicate at tokens [start, end)."""
    subject, passive = _subject(reading, start, end)
    preps = tuple(_preps(reading, end))
    if not passive and participle(reading, start) and preps and preps[0][0] == "by":
        passive = preps[0][1].start <= end + 3  # "a trial presided over by Judge X"
    elif not passive and aside_participle(reading, start, end, subject):
        passive = True  # "Dunmore, beaten on Saturday, March 8, by Kessel Rovers,"
    elif (
        not passive
        and subject is not None
        and reduced_relative(reading, start, end, subject)
        and not clause_after(reading, end)
    ):
        passive = True  # "the AIM Alliance formed in 1991": the alliance was formed

    obj = None if passive else object_after(reading, end) or _relative_object(reading, subject)
    if not passive and subject is not None:
        subject = _with_companions(reading, subject, preps)
    return Args(subject, obj, preps, passive)


def clause_after(sentence: Reading, end: int) -> bool:
    """Whether a clause follows a verb as what it says ("said on Tuesday it was recalling",
    "announced that"): the verb is active, its subject the one who said it."""
    norms, lexicon = sentence.words.norms, sentence.lexicon
    for k in range(end, min(end + 6, len(sentence) - 1)):
        if norms[k] in (",", ".", ";"):
            return False
        if norms[k] == "that" or (norms[k] in lexicon.pronouns and verb_like(sentence, k + 1)):
            return True
        if norms[k] in lexicon.pronouns and norms[k + 1] in lexicon.be | lexicon.auxiliaries:
            return True
    return False


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


def _preps(reading: Reading, end: int, reach: int = 14) -> list[tuple[str, Phrase]]:
    out = []
    clause = reading.clauses[end - 1] if end else 0
    for k in range(end, min(len(reading), end + reach)):
        norm = reading.words.norms[k]
        timed = norm in reading.lexicon.prepositions and k + 1 in reading.date_at
        if reading.clauses[k] != clause and timed:
            clause = reading.clauses[k]  # "owned since 2019 by X": a time, no new clause
        if reading.clauses[k] != clause and norm not in ("by",):
            break
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
            passive = passive or participle(reading, start)
        elif norm == "to" and i > 0 and _controls(reading, i - 1):
            i -= 1  # "declined to concede": the subject is the one who declined
        elif _when(reading, i):  # "X, its chief, on Monday unveiled": past the date
            while i >= 0 and _when(reading, i):
                i -= 1
            if i >= 0 and norms[i] in lexicon.prepositions:
                i -= 1  # "on Monday"
            continue
        elif norm in lexicon.dimension_words and i - 1 in reading.quantity_at:
            i = reading.quantity_at[i - 1].tokens[0]  # "A sinkhole 18 metres across opened"
        elif not (
            norm in lexicon.auxiliaries
            or _reported_passive(reading, i)
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


def _reported_passive(reading: Reading, i: int) -> bool:
    """Whether token i is a verb of saying made passive before another verb, which it only
    reports: "3,912 homes were reported flooded", "two were said to be missing"."""
    norms = reading.words.norms
    said = reading.lemmas[i] in reading.lexicon.reporting_verbs and norms[i] != reading.lemmas[i]
    return said and i > 0 and norms[i - 1] in reading.lexicon.be


def _when(reading: Reading, i: int) -> bool:
    """Whether token i is part of a date or a weekday ("on Monday" with no dateline)."""
    return i in reading.date_at or reading.words.norms[i] in reading.lexicon.weekdays


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
    opened = bracket_opened(reading, i) if norm in (";", ",") else None
    if opened is not None and opened > 0:  # "X ( [ ... ] ; born 1968 )": the name before it
        return _of_chain(reading, phrase_before(reading, opened - 1))
    if norm == "to":
        return _purpose_subject(reading, i)

    if norm in lexicon.relatives:
        return _before_aside(reading, i - 1)
    if norm in ("and", "or") and i > 0 and participle(reading, predicate):
        shared = _participle_before(reading, i)
        if shared is not None:  # "a film co-written and produced by X": the film
            return _subject(reading, shared, i)[0]
    gerund = norms[predicate].endswith("ing")
    opens = norm == "," or norm in lexicon.prepositions or norm in lexicon.clause_breaks
    if norm in lexicon.conjunctions or (gerund and opens):
        at = i - 1 if norm in lexicon.clause_breaks and norm not in lexicon.conjunctions else i
        return _clause_subject(reading, at)  # "won and lifted", ", beating A", "after securing"

    if norm == ",":
        return _across_aside(reading, i, predicate)
    if norm in lexicon.pronouns:
        return Phrase(i, i + 1, i, ())  # "says it sees": it
    return _past_relative(reading, _of_chain(reading, phrase_before(reading, i)))


def _past_relative(reading: Reading, phrase: Phrase | None) -> Phrase | None:
    """The subject before a relative clause, or a "to" clause, that ends with the phrase
    before a verb: in "6,000 people who fled the fire began returning", the people began, not
    the fire; in "Talks to end the strike began", the talks."""
    if phrase is None or phrase.start < 2:
        return phrase
    norms = reading.words.norms
    for verb in (phrase.start, phrase.start - 1):  # the phrase may have taken in the verb
        if norms[verb - 1] in ("who", "which", "that") and verb_like(reading, verb):
            antecedent = _before_aside(reading, verb - 2) if verb >= 2 else None
            return antecedent if antecedent is not None else phrase
        infinitive = reading.content(verb) and verb not in reading.name_at  # not "to the X"
        if infinitive and verb >= 3 and norms[verb - 1] == "to" and nominal(reading, verb - 2):
            return phrase_before(reading, verb - 2) or phrase  # "Talks to end the strike"
    return phrase


_CHAINED = frozenset(
    {
        "of", "at", "in", "for", "from", "on", "across", "near", "outside", "along", "through",
        "into", "over", "about", "between", "against", "under", "within",
    }
)  # fmt: skip


def _of_chain(reading: Reading, phrase: Phrase | None) -> Phrase | None:
    """A subject that is "N of X" or "N at X": "The members of the AI Alliance include ..." is
    said of the members (its head), of the AI Alliance; "Ticket sales at the museum fell" of
    the sales."""
    for _ in range(2):
        if (
            phrase is None
            or phrase.start < 2
            or reading.words.norms[phrase.start - 1] not in _CHAINED
            or verb_like(reading, phrase.start - 2)  # "were checked in a review ordered by"
        ):
            return phrase
        before = phrase_before(reading, phrase.start - 2)
        if before is None:
            return phrase
        phrase = Phrase(before.start, phrase.end, before.head, before.names + phrase.names)
    return phrase


def _purpose_subject(reading: Reading, to: int) -> Phrase | None:
    """The subject of a verb after "to": the object of a verb such as "force" or "urge" before
    it ("forced the agency to suspend"), else its clause's subject ("Meta plans to launch"), with
    the partner of a verb of joint action ("Meta is collaborating with IBM to launch": Meta
    and IBM)."""
    done_by = phrase_before(reading, to - 1)  # "forced the agency to suspend": the agency
    if (
        done_by
        and done_by.start
        and reading.lemmas[done_by.start - 1] in reading.lexicon.object_control
    ):
        return done_by
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
    """The noun phrase a relative clause hangs on: "Kim, who ..." is about Kim; "Chief
    Inspector Colm Ferris of the Dunmarrow Constabulary, who ..." about the person, not the
    body they belong to."""
    norms = reading.words.norms
    who = i + 1 < len(norms) and norms[i + 1] in ("who", "whom")
    while i >= 0 and norms[i] == ",":
        i -= 1
    phrase = phrase_before(reading, i)
    if who and phrase is not None and phrase.start >= 2 and norms[phrase.start - 1] == "of":
        person = phrase_before(reading, phrase.start - 2)
        if person is not None and person.names and person.head in reading.name_at:
            return person
    return phrase


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
        return _named_before(reading, _of_chain(reading, phrase_before(reading, j)))
    inner = phrase_before(reading, comma - 1)
    opening = None
    for k in range(comma - 1, max(-1, comma - 40), -1):
        if in_dateline(reading, k):
            break  # "TOWN, May 3, 2025 - The gala, staged on ...,": no aside opens before
        if norms[k] == "," and not _in_date(reading, k):
            opening = k
            break
    if opening is None:
        return inner
    if inner is not None and inner.start == opening + 1 and inner.names:
        return inner
    return _of_chain(reading, phrase_before(reading, opening - 1))  # "Shares of X, its maker,"


def _in_date(reading: Reading, k: int) -> bool:
    """Whether the comma at token k is part of a date ("March 8, 2025", "Saturday, March 8")."""
    after = 0 < k < len(reading) - 1 and k + 1 in reading.date_at
    return k in reading.date_at or (
        after and reading.words.norms[k - 1] in reading.lexicon.weekdays
    )


def _named_before(reading: Reading, phrase: Phrase | None) -> Phrase | None:
    """The name a description restates after a comma ("Idris Volkmar, chief executive of
    Brannock Lines, which runs the ferry, did not attend": Volkmar), else the phrase."""
    if phrase is None or phrase.start < 2 or reading.words.norms[phrase.start - 1] != ",":
        return phrase
    if phrase.head in reading.name_at:
        return phrase
    before = phrase_before(reading, phrase.start - 2)
    return before if before is not None and before.head in reading.name_at else phrase


def _clause_subject(reading: Reading, i: int) -> Phrase | None:
    """The subject of the clause that token i ends: the first noun phrase of that clause,
    past a dateline ("TOWN, May 17, 2025 -"), or, for a relative clause, what it hangs on."""
    norms = reading.words.norms
    start = clause_start(reading, i)
    dash = next((k for k in range(start, min(i, start + 14)) if norms[k] in ("-", "\u2014")), None)
    if (
        dash is not None
        and reading.dates
        and reading.dates[0].span[0] < reading.words.tokens[dash].start
    ):
        start = dash + 1
    if norms[start] in reading.lexicon.relatives and start > 0:
        return _before_aside(reading, start - 1)  # "Marsk, who led ... and was endorsed": Marsk
    if norms[start] == "as" and start > 0 and verb_like(reading, start - 1):
        return _clause_subject(reading, start - 1)  # "X emerged as champions, edging Y": X
    opener = start + 1 < i and norms[start] in reading.lexicon.clause_breaks
    if opener and norms[start + 1].endswith("ing") and start > 0:
        return _clause_subject(reading, start - 1)  # "X won, after securing Y, beating Z": X
    while start < i and not nominal(reading, start):
        start += 1
    return phrase_after(reading, start) if start < i else None


def clause_start(reading: Reading, k: int) -> int:
    """The first token of the clause holding token k."""
    clauses, first = reading.clauses, k
    while first > 0 and clauses[first - 1] == clauses[k]:
        first -= 1
    return first


def _participle_before(reading: Reading, conjunction: int) -> int | None:
    """Where the participle just before a conjunction starts ("co-written and"), or None."""
    k = conjunction - 1
    if not participle(reading, k):
        return None
    norms = reading.words.norms
    while k >= 2 and norms[k - 1] == "-" and reading.words.tokens[k - 2].is_word:
        k -= 2
    return k


def bracket_opened(reading: Reading, i: int) -> int | None:
    """The "(" left open at token i ("; " in "X ( [ ... ] ; born 1968 )") with nothing but a
    bracketed aside between them: its index, or None."""
    norms, depth = reading.words.norms, 0
    for k in range(i - 1, -1, -1):
        if norms[k] in CLOSING:
            depth += 1
        elif norms[k] in OPENING:
            if depth == 0:
                return k if norms[k] == "(" else None
            depth -= 1
        elif depth == 0 and reading.words.tokens[k].is_word:
            return None
    return None
