"""What a phrase of a sentence stands for: the same names (a list may name more), a pronoun for
the name it follows, a description of the name's kind ("the coalition" for the Nordic Battery
Coalition), a description a copula gives the name ("Blue Hour is a song")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Relation
from ..text import stem
from .frames import arguments
from .names import Mention, abbreviates, initials_of, near_name, same_name
from .phrases import Phrase, phrase_after, phrase_before
from .places import unplaced
from .relations import word_relation
from .told_kinds import told_kind
from .when import in_dateline

if TYPE_CHECKING:
    from .claim import ClaimFrame
    from .reading import Reading
    from .steps import Context

R = Relation
LINKS = frozenset(stem(word) for word in ("be", "have", "become", "remain"))


def _predicated(sentence: Reading, theirs: Phrase, phrase: Phrase) -> bool:
    """Whether a description is what a copula says the claim's name is: "Blue Hour is a song
    ..." makes "a song" Blue Hour."""
    k = theirs.start - 1
    if k < 0 or sentence.lemmas[k] not in LINKS - {stem("have")}:
        return False
    subject = arguments(sentence, k, k + 1).subject
    return subject is not None and any(same_name(a, b) for a in phrase.names for b in subject.names)


def filler(
    claim: ClaimFrame, phrase: Phrase, sentence: Reading, theirs: Phrase, context: Context
) -> Relation | None:
    """How the sentence's filler of a role stands to the claim's: the same names (≡; a list
    may name more), another name (|, read as a rival only where the role has one filler),
    a phrase that stands for the claim's name ("it", "the alliance" for the AI Alliance named
    before), the same or a related word; None for a possessive description that may
    be the claim's filler or not ("the company's")."""
    phrase = unplaced(claim.reading, phrase, sentence)  # "the sinkhole on Pellidor Street"
    if _narrower_description(claim, phrase, sentence, theirs):
        return R.REVERSE  # "the Calloway Shield final" says more than "the Calloway Shield"
    if not phrase.names or not named(claim.reading, phrase):
        if _other_modifiers(phrase, sentence, theirs):
            return R.INDEPENDENT  # "the Line 4 tram" is no "Line 7 tram"
        kind = _pronoun_of_kind(claim, phrase, sentence, theirs, context)
        return kind or _described(claim, phrase, sentence, theirs)  # "an open AI group"
    if _initial(phrase, theirs):
        relation = _described(claim, phrase, sentence, theirs)
        if relation in (R.EQUIVALENT, R.FORWARD):
            return relation

    described = bool(theirs.names) and not named(sentence, theirs)  # "a 2010 Indian film"
    if described and _owned(sentence, theirs):
        return R.INDEPENDENT  # "Okalu's title defence", "Acme's rival" are not Okalu, Acme
    if described and stands_for(sentence, theirs, phrase, context):
        return R.EQUIVALENT
    if phrase.names and theirs.names:
        whole, theirs = theirs, head_name(sentence, theirs)  # "Tessary Foods' rival Brisco"
        known = (*sentence.names, *(name for name, _ in context.names))
        found = [
            any(same_name(a, b) or abbreviates(b, a, known) for b in theirs.names)
            or _opening_word(claim, a, sentence)
            for a in phrase.names
        ]
        if all(found) or _titled(claim, phrase, found, context):
            return R.EQUIVALENT
        near = any(near_name(a, b) or initials_of(b, a) for a in phrase.names for b in theirs.names)
        if any(found) or near or _no_rival(sentence, phrase, whole):
            return R.INDEPENDENT
        return R.ALTERNATION

    if phrase.names:
        if stands_for(sentence, theirs, phrase, context):
            return R.EQUIVALENT
        possessive = sentence.words.norms[theirs.end : theirs.end + 1] in (("'s",), ("'",))
        if possessive and not _another_of_kind(claim, sentence, theirs, context):
            return None  # "the company's chief executive": whose the story may not say
        return R.INDEPENDENT
    if theirs.names:
        return R.INDEPENDENT
    return word_relation(
        sentence.lemmas[theirs.head], claim.reading.lemmas[phrase.head], claim.reading.lexicon
    )


def _other_modifiers(phrase: Phrase, sentence: Reading, theirs: Phrase) -> bool:
    """Whether two descriptions are told apart by names before their heads that differ:
    "the Line 4 tram" and "the Line 7 tram" are two trams."""
    mine = [name for name in phrase.names if not name.opening]  # not "Muscle activity"
    ours = [name for name in theirs.names if not name.opening]
    described = ours and not named(sentence, theirs)
    return bool(mine and described and not any(same_name(a, b) for a in mine for b in ours))


def _opening_word(claim: ClaimFrame, name: Mention, sentence: Reading) -> bool:
    """Whether a one-word name that opens the claim is a common word the sentence writes in
    lower case ("Culture minister Renata Hollis" for "culture minister Renata Hollis",
    "Co-defendant Lorna Beck" for "his co-defendant, Lorna Beck"): capitalised only because
    it opens the claim."""
    if name.start != 0 or name.end != 1:
        return False
    words = sentence.words.tokens
    lowered = (sentence.lemmas[k] for k in range(len(sentence)) if words[k].text.islower())
    return claim.reading.lemmas[0] in lowered


def _no_rival(sentence: Reading, phrase: Phrase, theirs: Phrase) -> bool:
    """Whether a filler that names another name than the claim's is still no rival of it: a
    description that only mentions a name after its head ("whose answer about the River
    Tolvane"), a possessor whose noun was not read ("Odile Brune's"), or a thing of the
    claim's own name ("Ilse Varnbrook's The Salt Cartographer")."""
    norms = sentence.words.norms
    if norms[theirs.end - 1] in ("'s", "'"):
        return True
    if theirs.head not in sentence.name_at and all(n.start > theirs.head for n in theirs.names):
        return True
    owners = [n for n in theirs.names if norms[n.end : n.end + 1] in (("'s",), ("'",))]
    return any(same_name(a, b) for a in phrase.names for b in owners)


def _another_of_kind(
    claim: ClaimFrame, sentence: Reading, theirs: Phrase, context: Context
) -> bool:
    """Whether a description is of no kind the claim names, but of one the source names
    something of ("the regulator" where the National Financial Conduct Authority is named,
    against a claim about a bank)."""
    lexicon, lemma = sentence.lexicon, sentence.lemmas[theirs.head]
    kin = (R.EQUIVALENT, R.FORWARD, R.REVERSE)
    mine = claim.reading.names
    if any(word_relation(lemma, name.parts[-1], lexicon) in kin for name in mine):
        return False  # "the council" may be Carrowmere City Council
    others = False
    for reading in context.profile():
        for name in reading.names:
            if any(same_name(name, other) for other in mine):
                if _apposed_kind(reading, name, lemma):
                    return False  # "Tarnell Foods, the country's largest supermarket,"
            else:
                others = others or word_relation(lemma, name.parts[-1], lexicon) in kin
    return others


def _apposed_kind(reading: Reading, name: Mention, lemma: str) -> bool:
    """Whether an aside after a name says it is of a kind ("Tarnell Foods, the country's
    second-largest supermarket,")."""
    norms, k = reading.words.norms, name.end
    if k >= len(reading) or norms[k] != ",":
        return False
    end = next((i for i in range(k + 1, len(reading)) if norms[i] in (",", ";")), len(reading))
    return lemma in reading.lemmas[k + 1 : min(end, k + 9)]


def _pronoun_of_kind(
    claim: ClaimFrame, phrase: Phrase, sentence: Reading, theirs: Phrase, context: Context
) -> Relation | None:
    """A pronoun for a thing ("its") that stands for a name of the kind the claim's
    description says, the name its sentence opens with and the only one before it: "its
    managing director" after "The Orvenian National Symphony Orchestra has ..." for "the
    orchestra" (≡); None otherwise."""
    lexicon, norms = sentence.lexicon, sentence.words.norms
    if phrase.names or theirs.names or norms[theirs.head] not in lexicon.neuter_pronouns:
        return None  # "the Brek mine" is told by its name, not by a kind; "his" is a person's
    first = _first_named(sentence, theirs, context)
    if first is None or norms[theirs.start - 1] == "and":
        return None  # "said a branch and its manager": the branch's
    opens = all(  # past the dateline: "TOWN, May 2, 2025 - The ..."
        norms[k] in lexicon.determiners
        or not sentence.words.tokens[k].is_word
        or in_dateline(sentence, k)
        for k in range(first.start)
    )
    between = any(first.end <= m.start < theirs.start for m in sentence.names)
    if not opens or between:
        return None  # "The festival has booked the Orvenian Orchestra for its closing night",
        # "the Brek Mining Company sued the Varn Rail Company, and its chief executive"
    kind = word_relation(first.parts[-1], claim.reading.lemmas[phrase.head], lexicon)
    return R.EQUIVALENT if kind in (R.EQUIVALENT, R.FORWARD) else None


def head_name(sentence: Reading, phrase: Phrase) -> Phrase:
    """A named phrase as its head name alone, when a possessive name before it only says
    whose it is ("Tessary Foods' rival Brisco")."""
    head = sentence.name_at.get(phrase.head)
    norms = sentence.words.norms
    owners = [
        n for n in phrase.names if n is not head and norms[n.end : n.end + 1] in (("'s",), ("'",))
    ]
    if head is None or not owners or len(phrase.items) > 1:
        return phrase  # a list names every item: "Acme's rival Globex and Initech"
    return Phrase(phrase.start, phrase.end, phrase.head, (head,), phrase.items)


def _owned(sentence: Reading, phrase: Phrase) -> bool:
    """Whether a phrase is a thing its possessive or modifying name owns ("Okalu's title
    defence", "Acme's parent company", "the Acme union"), not the name itself, nor a list or
    count of its members ("the coalition's members", "its list of members")."""
    norms, lemmas, lexicon = sentence.words.norms, sentence.lemmas, sentence.lexicon
    head = phrase.head
    possessive = any(
        name.end < phrase.end and (norms[name.end] in ("'s", "'") or name.end == head)
        for name in phrase.names
    )  # "Acme's parent company", "the Acme union"
    counted = lexicon.counted_by_noun.match_at((lemmas[head],), 0) and norms[head] != lemmas[head]
    gathering = lemmas[head] in lexicon.transparent or counted  # "members", not "company"
    return possessive and head not in sentence.name_at and not gathering


def _titled(claim: ClaimFrame, phrase: Phrase, found: list[bool], context: Context) -> bool:
    """Whether the sentence names the name a claim's filler ends on, and the story the
    names before it that only tell who that is ("Skelbridge chief executive Annika Roel"
    against "Chief executive Annika Roel" in a story about Skelbridge)."""
    head = phrase.names[-1]
    if not found[-1] or head.end != phrase.end or phrase.head not in claim.reading.name_at:
        return False
    story = [name for name, _ in context.names]
    return all(
        hit or any(same_name(name, other) for other in story)
        for name, hit in zip(phrase.names[:-1], found, strict=False)
    )


def _initial(phrase: Phrase, theirs: Phrase) -> bool:
    """Whether the claim's filler is one name that opens the claim (`Mention.opening`),
    against a filler with no name: it is compared as a word."""
    return not theirs.names and len(phrase.names) == 1 and phrase.names[0].opening


def _narrower_description(
    claim: ClaimFrame, phrase: Phrase, sentence: Reading, theirs: Phrase
) -> bool:
    """Whether the claim describes by a word of its own what the sentence only names: "the
    Calloway Shield final" against "the Calloway Shield" (not "the AIM alliance" against "the
    AIM Alliance", whose name holds the word)."""
    if not (phrase.names and theirs.names) or named(claim.reading, phrase):
        return False
    same = all(any(same_name(a, b) for b in theirs.names) for a in phrase.names)
    return (
        same
        and named(sentence, theirs)
        and _described(claim, phrase, sentence, theirs) in (R.INDEPENDENT, R.REVERSE)
    )


def named(reading: Reading, phrase: Phrase) -> bool:
    """Whether a phrase is a name ("the AI Alliance"), not a description that holds one ("an
    open AI group", whose head is a common noun)."""
    return (
        phrase.head in reading.name_at
        or reading.words.norms[phrase.head] == "'s"
        or (phrase.names[-1].end == phrase.end)
    )


def one_of_several(sentence: Reading, name: Mention, context: Context) -> bool:
    """Whether the source names another thing of a name's kind ("the Gorsk tunnel" where the
    Kessarine Base Tunnel is named too): by the name's last word, or the noun after it."""
    kinds = {name.parts[-1]}
    if name.end < len(sentence) and sentence.content(name.end):
        kinds.add(sentence.lemmas[name.end])  # "the Gorsk tunnel"
    return any(
        other.parts[-1] in kinds and not same_name(other, name)
        for reading in context.profile()
        for other in reading.names
    )


def _described(claim: ClaimFrame, phrase: Phrase, sentence: Reading, theirs: Phrase) -> Relation:
    """How the sentence's filler stands to a claim's description: by its head, or by its
    name's last word ("the AI Alliance" is a group, so it fills "an open AI group")."""
    lexicon, mine = claim.reading.lexicon, _heads(claim.reading, phrase.start, phrase.head)
    best = R.INDEPENDENT
    for item in theirs.items or (theirs.head,):  # any item of a list: "companies and universities"
        heads = _heads(sentence, theirs.start, item)
        if item in sentence.name_at:
            heads = [sentence.name_at[item].parts[-1], *_apposed_head(sentence, item)]
        for relation in (word_relation(head, word, lexicon) for head in heads for word in mine):
            if relation in (R.EQUIVALENT, R.FORWARD):
                return relation
            best = relation if best is R.INDEPENDENT else best
    return best


def _heads(reading: Reading, start: int, head: int) -> list[str]:
    """A phrase's head word, and, for a noun that only makes an event of the one before it,
    that one too ("the rescue operation": rescue; "the reopening ceremony": reopening)."""
    before = head - 1
    light = reading.lemmas[head] in reading.lexicon.event_heads and before >= start
    if light and reading.content(before) and before not in reading.name_at:
        return [reading.lemmas[head], reading.lemmas[before]]
    return [reading.lemmas[head]]


def _apposed_head(sentence: Reading, item: int) -> list[str]:
    """The head of a description set after a name between commas ("Kestrel Hall, the city's
    largest art museum,"), or before it, the name between commas ("The gallery's director,
    Marcus Fenwold, resigned"), which says what the name is."""
    name, norms = sentence.name_at[item], sentence.words.norms
    end = name.end
    if end + 1 >= len(sentence) or norms[end] != ",":
        return []
    before = phrase_before(sentence, name.start - 2) if name.start >= 2 else None
    if before is not None and norms[name.start - 1] == "," and _description(sentence, before):
        return [sentence.lemmas[before.head]]
    aside = phrase_after(sentence, end + 1)
    closed = aside is not None and norms[aside.end : aside.end + 1] in ((",",), (".",))
    described = aside is not None and norms[end + 1] in sentence.lexicon.determiners
    return [sentence.lemmas[aside.head]] if closed and described and not aside.names else []


def _description(sentence: Reading, phrase: Phrase) -> bool:
    """Whether a phrase is a description: a common noun after a determiner or possessive, no
    name, figure or date."""
    norms, lexicon, head = sentence.words.norms, sentence.lexicon, phrase.head
    owned = norms[phrase.start] in lexicon.determiners | lexicon.possessives
    taken = head in sentence.name_at or head in sentence.quantity_at or head in sentence.date_at
    return owned and not taken and not phrase.names


def stands_for(sentence: Reading, theirs: Phrase, phrase: Phrase, context: Context) -> bool:
    """Whether a phrase with no name stands for the claim's name: a pronoun, or a description
    whose head is the name's own last word or a word of its kind ("the alliance", "the
    coalition" for "the AI Alliance"), when the name is in the sentence or just before it."""
    lexicon = sentence.lexicon
    head = sentence.words.norms[theirs.head].split("'")[0]  # "they're"
    opening = not context.names and not any(m.start < theirs.start for m in sentence.names)
    if head in lexicon.pronouns and opening:
        return True  # a text that opens "She was born in 1961" is about someone named elsewhere
    if _predicated(sentence, theirs, phrase):
        return True  # "Blue Hour is a song recorded by X": the song is Blue Hour
    known = [other for other, _ in context.names] + list(sentence.names)
    named = [name for name in phrase.names if any(same_name(name, other) for other in known)]
    if len(named) < len(phrase.names):
        return False  # "they" stands for Apple and IBM only when both were named before

    if head in lexicon.singular_pronouns:
        first = _first_named(sentence, theirs, context)
        return len(phrase.names) == 1 and first is not None and same_name(phrase.names[0], first)
    if head in lexicon.pronouns or head in ("this", "that", "these", "those"):
        return not (head in lexicon.possessives and _other_before(sentence, theirs, phrase))
    plural = head.endswith("s") and sentence.lemmas[theirs.head] != head
    counted = any(  # "about 45 firms" counts its head; "the 36-strong group" does not
        theirs.start <= q.tokens[0] < theirs.end and q.tokens[1] > theirs.head
        for q in sentence.quantities
    )

    if (plural and len(named) == 1) or counted:
        return False  # "certain organizations", "about 45 firms" stand for no one name
    if sentence.words.norms[theirs.start] in ("this", "these"):
        return True  # "this move"

    lemma = sentence.lemmas[theirs.head]
    group = stem("group")
    for name in named:
        kind = name.parts[-1]
        if any(  # "the alliance" for the AI Alliance, "the storm" for Storm Bellamy
            word_relation(lemma, part, lexicon) in (R.EQUIVALENT, R.FORWARD, R.REVERSE)
            for part in name.parts
        ):
            return True
        if group in lexicon.broader.get(lemma, ()) and group in lexicon.broader.get(kind, ()):
            return True  # "the cohort" for "the AI Alliance": a group named before
    return len(named) == 1 and told_kind(sentence, theirs, named[0], context)


def _other_before(sentence: Reading, theirs: Phrase, phrase: Phrase) -> bool:
    """Whether a name the claim does not give stands just before a possessive in its sentence,
    which the possessive may stand for ("the runners-up, the Brightwater Corsairs, ...; their
    captain")."""
    before = [m for m in _single_names(sentence) if m.end <= theirs.start]
    return bool(before) and not any(same_name(before[-1], mine) for mine in phrase.names)


def _first_named(sentence: Reading, theirs: Phrase, context: Context) -> Mention | None:
    """The name a singular pronoun stands for: the first one name (not one of a list) before
    it in its sentence, or else in the sentence before, or else in the headline or opening."""
    before = [
        m
        for m in _single_names(sentence)
        if m.end <= theirs.start and not in_dateline(sentence, m.start)
    ]
    previous = _single_names(context.previous) if context.previous else []
    return next(iter(before or previous or [m for m, _ in context.names]), None)


def _single_names(reading: Reading) -> list[Mention]:
    """The names of a reading that are not one of a list ("Globex and Initech")."""
    norms, joins = reading.words.norms, ("and", "or", "&")
    return [
        m
        for m in reading.names
        if not (m.end < len(reading) and norms[m.end] in joins)
        and not (m.start > 0 and norms[m.start - 1] in joins)
    ]
