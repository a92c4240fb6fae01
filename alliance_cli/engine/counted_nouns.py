"""What a figure counts, read from the words around it: the noun after it ("412 member
farms"), after its whole ("1,150 of the airline's 1,400 employees"), before its "of" ("a crowd
of 38,500"), the count a bare figure is the value of ("the death toll rose to 34"), or what a
sum or share is of ("54.6 percent of the ballots"); a figure that leaves its noun to the count
before it ("six of them", "while two died")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Quantity
    from .lexicon import Lexicon
    from .reading import Reading

_PLACING = frozenset({"on", "in", "at", "by", "for", "from", "since", "during"})


def noun_at(reading: Reading, at: int, reach: int = 3) -> tuple[int, str] | None:
    """The noun a figure counts, within `reach` words after it: the first plural ("412 member
    farms", "300 VX-9 robots"), else the last word before a break ("one person"); past "of
    the" ("346 of the machines"). (end index, its lemma)."""
    lexicon, tokens, lemmas = reading.lexicon, reading.words.tokens, reading.lemmas
    if at + 2 < len(tokens) and tokens[at].norm == "of":
        at = past_whole(reading, at)
    last, k, seen = None, at, 0
    while k < len(tokens) and seen < reach:
        token = tokens[k]
        if k in reading.name_at:
            k += 1
            continue
        if not _content(token.norm, lexicon) or token.text[:1].isupper():
            break
        if token.norm.endswith(("ed", "ing")) and (seen or _verb_after_figure(reading, k)):
            break  # "4,200 staff walked out", "6.9 percent recorded": a verb, not the noun
        if hyphen_joined(tokens, k):
            after = k + 3  # "one million pre-orders": the compound's last word is its noun
            if token.norm not in lexicon.meaning_prefixes:
                k += 2
            elif after < len(tokens) and _content(tokens[after].norm, lexicon):
                k = after  # "300 anti-war protesters": the noun after it
            else:
                return after, f"{lemmas[k]}-{lemmas[k + 2]}"  # "non-members" are no members
            continue
        last, seen = (k + 1, lemmas[k]), seen + 1
        if _plural(token.norm) or (lemmas[k] != token.norm and token.norm in lexicon.irregular):
            return last
        k += 1
    return last


def hyphen_joined(tokens, k: int) -> bool:
    """Whether token k and a word after it are one word joined by a hyphen ("pre-orders")."""
    if k + 2 >= len(tokens) or tokens[k + 1].norm != "-":
        return False
    return tokens[k].end == tokens[k + 1].start and tokens[k + 1].end == tokens[k + 2].start


def past_whole(reading: Reading, of: int) -> int:
    """Where the noun a part counts starts after its "of": past a determiner, a possessor
    and the whole's figure ("1,150 of the airline's 1,400 employees", "346 of the
    machines", "312,400 of its 500,000 cookers", "four of the seven inmates"); `of` itself
    when none of these follows."""
    from .numbers import number_at  # which reads its figures' nouns here

    tokens, k = reading.words.tokens, of + 1
    if k < len(tokens) and tokens[k].norm in reading.lexicon.determiners:
        k += 1
    if k + 1 < len(tokens) and tokens[k + 1].norm == "'s":
        k += 2
    if k < len(tokens) and (whole := number_at(reading, k)) is not None:
        k = whole[0]  # "of the seven inmates" too
    return k if k > of + 1 else of


def part_of(reading: Reading, figure: Quantity) -> range:
    """The whole a count counts a part of, from its "of" to the whole's noun ("nine of the
    injured", "four of the seven inmates"); empty for a figure that is no part, and for a
    share, which is always of a whole ("41 percent of those given the drug")."""
    from .numbers import number_at  # which reads its figures' nouns here

    number = number_at(reading, figure.tokens[0])
    if figure.kind != "count" or number is None:
        return range(0)
    of = number[0]
    if of + 1 >= len(reading) or reading.words.norms[of] != "of" or past_whole(reading, of) == of:
        return range(0)
    if of < figure.tokens[1]:
        return range(of, figure.tokens[1])  # the figure's own text runs to the whole's noun
    found = noun_at(reading, of)
    return range(of, found[0]) if found else range(0)


def _content(norm: str, lexicon: Lexicon) -> bool:
    from .numbers import NUMBER_WORDS  # which reads its figures' nouns here

    return (
        norm[:1].isalpha()
        and norm not in NUMBER_WORDS
        and norm not in lexicon.stopwords
        and norm not in lexicon.prepositions
        and norm not in lexicon.auxiliaries
        and norm not in lexicon.be
    )


def _verb_after_figure(reading: Reading, k: int) -> bool:
    """Whether a word in -ed or -ing right after a figure is its verb ("the 6.9 percent
    recorded a year earlier"), not a word of its noun ("13,850 paying spectators") nor a noun
    that counts ("12 wounded")."""
    lexicon, tokens = reading.lexicon, reading.words.tokens
    if lexicon.counted_by_noun.match_at((reading.lemmas[k],), 0):
        return False
    after = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    return not (_content(after, lexicon) and _plural(after))


def noun_before_of(reading: Reading, end: int) -> str | None:
    """The noun a figure after "of" counts: "a crowd of 38,500", "a jury of eight"."""
    tokens = reading.words.tokens
    first = end - 1
    while first > 0 and tokens[first - 1].norm not in ("of",) and first > end - 4:
        first -= 1
    if first < 2 or tokens[first - 1].norm != "of":
        return None
    between = tokens[first : end - 1]
    if any(t.norm in _PLACING or t.text[:1].isupper() for t in between):
        return None  # "the state of emergency on March 3": no count of states
    noun = tokens[first - 2]
    if not noun.is_word or noun.norm in reading.lexicon.stopwords:
        return None
    lemmas = reading.lemmas
    compound = lemmas[first - 3 : first - 1] if first > 2 else ()
    hit = reading.lexicon.counted_by_noun.match_at(compound, 0) if len(compound) == 2 else None
    if hit and hit[0] == 2:
        return " ".join(compound)  # "a television audience of 3.1 million": viewers
    return lemmas[first - 2]


def value_of(reading: Reading, end: int) -> str | None:
    """The counted noun a bare figure is the value of, brought or said to rise or stand to it,
    or said to be it: "the death toll rose to 34", "bringing the toll to 38", "the number of
    confirmed dead has risen to 34" (dead), "the population is 8.4 million"."""
    from .numbers import NUMBER_WORDS

    norms, lemmas, lexicon = reading.words.norms, reading.lemmas, reading.lexicon
    first = end - 1
    first -= first > 0 and norms[first] in lexicon.scales  # "to 1.4 million"
    while first > 0 and (norms[first - 1] in NUMBER_WORDS or norms[first - 1] == "-"):
        first -= 1  # "thirty-eight"
    k = cue_before(reading, first)[0] - 1  # "rose to about 34"
    if k < 1:
        return None
    if norms[k] not in ("to", "at"):
        return _linked_noun(reading, k)
    k -= 1
    tallied = lemmas[k] in lexicon.tally_verbs
    if tallied:  # "the toll has risen to 34"
        k = _subject_end(reading, k - 1)
    if k >= 0 and counted(reading, k):
        return lemmas[k]
    clause = reading.clauses[first]
    numbered = (
        n
        for j in range(k - 1, -1, -1)
        if reading.clauses[j] == clause and norms[j] in ("number", "total") and norms[j + 1] == "of"
        for n in range(j + 2, min(j + 5, k + 1))  # "the number of confirmed cases"
        if lemmas[n] in lexicon.generic_counted or counted(reading, n)
    )  # "the number of people killed in the derailment has risen to eight"
    noun = next(numbered, None) if tallied else None
    noun = noun if noun is not None or not tallied else _tallied_subject(reading, k)
    return lemmas[noun] if noun is not None else None


def _linked_noun(reading: Reading, k: int) -> str | None:
    """The counted noun, said in the singular, that a linking or tally verb at token k says
    a figure is: "the population is 8.4 million", "attendance has reached 38,500" (not "residents
    are over 65": an age)."""
    lexicon, norms = reading.lexicon, reading.words.norms
    if norms[k] not in lexicon.be and reading.lemmas[k] not in lexicon.tally_verbs:
        return None
    k = _subject_end(reading, k - 1)
    singular = k >= 0 and counted(reading, k) and not _plural(norms[k])
    return reading.lemmas[k] if singular else None


def _subject_end(reading: Reading, k: int) -> int:
    """The last word of the subject of a verb whose helpers end at token k: "the population
    of Estravia has now", "the toll has"."""
    helpers = reading.lexicon.auxiliaries | reading.lexicon.be | reading.lexicon.adverbs
    while k >= 0 and reading.words.norms[k] in helpers:
        k -= 1  # "has now reached"
    return _past_owner(reading, k)  # "the population of Estravia stands at"


def _past_owner(reading: Reading, k: int) -> int:
    """The token before a name that "of" gives its noun ("the population of Estravia"), or k."""
    mention = reading.name_at.get(k)
    if mention is None or mention.start < 2 or reading.words.norms[mention.start - 1] != "of":
        return k
    return mention.start - 2


def cue_before(reading: Reading, first: int, floor: int = 0) -> tuple[int, str]:
    """The hedge a figure at token `first` opens with, not before token `floor` ("about 34",
    "more than 40"): where it starts and its kind; (`first`, "bare") for none."""
    for start in range(max(floor, first - 4), first):
        hit = reading.lexicon.quantity_cues.match_at(reading.lemmas, start)
        if hit and hit[0] == first:
            return start, hit[1]
    return first, "bare"


def _tallied_subject(reading: Reading, k: int) -> int | None:
    """The first plural noun of a tally verb's clause, before a phrase on what it is of:
    "pre-orders for the Aster 7 had climbed to 1.4 million" (pre-orders)."""
    from .phrases import verb_like

    norms, clause = reading.words.norms, reading.clauses[max(k, 0)]
    found = None  # the first one: "rents for flats ... rose to 1,400" counts no flats
    for j in range(k, -1, -1):
        if reading.clauses[j] != clause or norms[j] in (",", ";") or verb_like(reading, j):
            break
        lower = reading.words.tokens[j].text.islower() or j == 0  # "Temperatures rose to 40"
        governed = j > 0 and norms[j - 1] in reading.lexicon.prepositions  # "for flats"
        if _plural_noun(reading, j) and lower and not governed:
            found = j
    return found


def counted(reading: Reading, k: int) -> bool:
    """Whether token k is a noun some group of the lexicon counts, written in lower case."""
    group = reading.lexicon.counted_by_noun.match_at((reading.lemmas[k],), 0)
    return bool(group) and reading.words.tokens[k].text.islower()


def of_what(reading: Reading, end: int) -> str | None:
    """What money or a share is of: "$2.1 million in punitive damages", "54.6 percent of the
    ballots", "€2.5 million winner's prize"."""
    tokens = reading.words.tokens
    at = end

    if at < len(tokens) and tokens[at].norm in ("in", "of", "for"):
        at += 1
    found = noun_at(reading, at)
    return found[1] if found else None


_OF_THEM = frozenset(("of", word) for word in ("them", "those", "these"))


def acts(reading: Reading, k: int) -> bool:
    """Whether the word right after a figure is its verb ("two died", "three voted"), not its
    noun: a past form no group of the lexicon lists as a noun ("12 wounded" counts)."""
    from .phrases import verb_like

    norm, lexicon = reading.words.norms[k], reading.lexicon
    past = norm.endswith("ed") or norm in lexicon.verb_forms
    return past and verb_like(reading, k) and norm not in lexicon.counted_words


def elided(
    reading: Reading, first: int, end: int, last: Quantity
) -> tuple[str | None, int, str | None]:
    """A count that leaves out its noun, which the sentence's count before it says, in the
    same stretch up to a semicolon: "eight skiers were buried, and six of them were dug out
    alive, while two died"; "seven skiers, two of whom died" (whom: no other noun just before
    the comma). A bare figure counts so only after a comma or a conjunction and before its
    verb, not after a word it is the number of ("aged 9 was", "flat 14 was", "at 11 was"), nor
    after a time of its own (", and, in 2019, three died").
    (kind, new end, noun), or no kind."""
    from .phrases import verb_like

    norms, lexicon = reading.words.norms, reading.lexicon
    between = norms[last.tokens[1] : first]
    if ";" in between:
        return None, end, None
    if norms[end : end + 2] == ("of", "whom") and _whom_is(reading, last, first):
        return "count", end + 2, last.noun
    if norms[end : end + 2] in _OF_THEM:
        return "count", end + 2, last.noun
    openers = lexicon.conjunctions | lexicon.clause_breaks | {","}  # "while two died"
    opened = first > 0 and norms[first - 1] in openers and not _after_a_time(reading, first)
    helpers = lexicon.be | lexicon.auxiliaries
    verb = end < len(norms) and (norms[end] in helpers or verb_like(reading, end))
    verb = verb and norms[end] not in lexicon.modals  # "two may have died": not said they did
    return ("count", end, last.noun) if opened and verb else (None, end, None)


def _whom_is(reading: Reading, last: Quantity, first: int) -> bool:
    """Whether "N of whom" after a comma at token first - 1 counts the count before it: no
    other noun stands just before the comma ("the rescue team, two of whom"), and no other
    plural between ("and the rescuers, two of whom")."""
    from .phrases import verb_like

    k = first - 2  # a word, no verb, of its own: its noun (figures are still being read)
    if k >= last.tokens[1] and reading.content(k) and not verb_like(reading, k):
        return False
    lower = (j for j in range(last.tokens[1], first) if reading.words.tokens[j].text.islower())
    return not any(_plural_noun(reading, j) for j in lower)


def _plural(norm: str) -> bool:
    """Whether a word reads as a plural: "flats", not "press"."""
    return norm.endswith("s") and not norm.endswith("ss")


def _plural_noun(reading: Reading, k: int) -> bool:
    """Whether token k is a plural content word, no name."""
    return _plural(reading.words.norms[k]) and reading.content(k) and k not in reading.name_at


def _after_a_time(reading: Reading, first: int) -> bool:
    """Whether the comma before a figure closes a time of its own (", in 2019, three died",
    ", last winter, two died")."""
    norms, lexicon = reading.words.norms, reading.lexicon
    if first < 2 or norms[first - 1] != ",":
        return False
    start = next((k + 1 for k in range(first - 2, -1, -1) if norms[k] == ","), 0)
    for k in range(start, first - 1):
        year = norms[k].isdigit() and len(norms[k]) == 4
        other = lexicon.other_occasion.match_at(reading.lemmas, k) is not None
        if year or other or norms[k] in lexicon.weekdays:
            return True
    return False
