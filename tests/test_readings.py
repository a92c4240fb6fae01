"""One reading at a time (`engine.reading.Reading`): the names in a sentence, negation cues and
the words they deny, clause numbers, the arguments `engine.frames.arguments` finds for a
predicate (actives, passives with "by", reduced relatives, relative clauses, "to" clauses,
companions), and how `engine.claim.read_claim` reads a claim (copula, passive, negated)."""

from __future__ import annotations

import pytest

from alliance_cli.engine.claim import read_claim
from alliance_cli.engine.frames import Phrase, arguments
from alliance_cli.engine.lexicon import default_lexicon
from alliance_cli.engine.reading import Reading

LEXICON = default_lexicon()


def read(text: str) -> Reading:
    return Reading(text, LEXICON)


def at(reading: Reading, word: str) -> int:
    """The first token written `word` (case-insensitive)."""
    return reading.words.norms.index(word.lower())


def surface(reading: Reading, phrase: Phrase | None) -> str | None:
    return None if phrase is None else reading.words.surface(phrase.start, phrase.end)


def names_of(phrase: Phrase | None) -> list[str]:
    return [] if phrase is None else [mention.text for mention in phrase.names]


# ---------------------------------------------------------------- names

NAMES = [
    ("Port Verrin Rovers beat Dunmarrow Athletic.", ["Port Verrin Rovers", "Dunmarrow Athletic"]),
    ("The University of Tokyo joined the AI Alliance.", ["University of Tokyo", "AI Alliance"]),
    ("The Widget Coalition met.", ["Widget Coalition"]),
    ("Hollin & Marsh signed.", ["Hollin & Marsh"]),
    ("Thirty-six participants attended the summit.", []),
    ("Twenty people died.", []),
    ("One Direction played in Dublin.", ["One Direction", "Dublin"]),
    ("Seven Seas Ltd signed the deal.", ["Seven Seas Ltd"]),
    ("Officers had planned a raid.", []),
    ("Notably, Acme left.", ["Acme"]),
    ("Over an earlier breach, Acme was fined.", ["Acme"]),  # a preposition opens it
    ("Beyond Foods cut 200 jobs.", ["Beyond Foods"]),  # a name that opens on a preposition
    ("Less than a third of Acme's losses are insured.", ["Acme"]),
    ("The Tessaly Bridge opened.", ["Tessaly Bridge"]),  # a name in -ly is no adverb
    ("The race was won by Emily Clarke.", ["Emily Clarke"]),
    ("On May 17, 2025, Acme left.", ["Acme"]),
    ("On Monday Acme left.", ["Acme"]),
    ("SpaceX launched a Falcon-9 rocket.", ["SpaceX", "Falcon-9"]),
    ("Route 9 was closed.", ["Route 9"]),
    ("He rode to Monte Sarvello 14 seconds ahead.", ["Monte Sarvello"]),  # a measure is no part
    ("Dunmarrow Athletic beat Port Verrin Rovers 2-1.", ["Dunmarrow Athletic", "Port Verrin Rovers"]),
    ("Harvard University and NASA joined.", ["Harvard University", "NASA"]),
    ("the ai alliance has 47 members", []),
    ("Treasurer Tobias Kerrigan resigned.", ["Tobias Kerrigan"]),  # a role as a title
    ("It was said by Prime Minister Ana Ruiz.", ["Ana Ruiz"]),
    ("It was signed by President Hotels.", ["President Hotels"]),  # no title: one word
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), NAMES, ids=[text for text, _ in NAMES])
def test_names(text, names):
    assert [mention.text for mention in read(text).names] == names


ALIASES = [
    ("International Business Machines joined the group.", "ibm"),
    ("Harvard University joined.", "harvard"),
    ("The University of Tokyo joined.", "university of tokyo"),
]


@pytest.mark.parametrize(("text", "key"), ALIASES, ids=[a[0] for a in ALIASES])
def test_an_alias_is_keyed_by_its_canonical_name(text, key):
    assert read(text).names[0].key == key


# (headline, names in it, common words that are part of no name)
HEADLINES = [
    ("IBM And Meta Launch AI Alliance With 50 Founding Members", ["IBM", "Meta", "AI Alliance"], ["And", "Launch", "With", "Founding"]),
    ("Meta, IBM and Others Create AI Alliance", ["Meta", "IBM", "AI Alliance"], ["Create"]),
    ("Launch Of AI Alliance Draws Global Attention", ["AI Alliance"], ["Launch", "Draws"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "common"), HEADLINES, ids=[h[0] for h in HEADLINES])
def test_title_case_headline_names_only_its_names(text, names, common):
    found = [mention.text for mention in read(text).names]
    for name in names:
        assert name in found
    for word in common:
        assert not any(word in mention.split() for mention in found), (word, found)


# ---------------------------------------------------------------- negation

# (text, cue as written, words the cue denies, words it does not)
NEGATIONS = [
    ("Kim, who has never conceded, said the count was flawed.", "never", "conceded", "Kim said count flawed"),
    ("Judge Ames has yet to rule on a motion asking her to cut the award.", "has yet to", "rule motion", "Ames cut award"),
    ("Acme never joined the coalition that Brightline founded.", "never", "joined coalition", "Acme Brightline founded"),
    ("Acme did not join the group that won.", "did not", "join group", "Acme won"),
    ("Acme failed to join the coalition.", "failed to", "join coalition", "Acme"),
    ("The judge declined to rule on the motion.", "declined to", "rule motion", "judge"),
    ("Acme left without paying the fee.", "without", "paying fee", "Acme left"),
    ("Acme was absent from the summit.", "absent", "summit", "Acme"),
    ("Acme didn't sign the deal.", "didn't", "sign deal", "Acme"),
    ("Acme said it would not join, citing costs.", "would not", "join", "Acme said citing costs"),
    ("Brightline has never been a member of the Widget Coalition.", "never", "member coalition", "Brightline"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "cue", "denied", "kept"), NEGATIONS, ids=[n[0] for n in NEGATIONS]
)
def test_negation_scope(text, cue, denied, kept):
    reading = read(text)
    (negation,) = reading.negations
    assert negation.text == cue
    assert not negation.elided
    for word in denied.split():
        assert reading.negation_of(at(reading, word)) == negation, word
    for word in kept.split():
        assert reading.negation_of(at(reading, word)) is None, word


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        ("Kim withdrew from the race on Monday.", True),
        ("Kim withdrew on Monday, citing injury.", True),
        ("Kim withdrew Monday, citing injury.", True),
        ("Kim withdrew quietly.", True),
        ("Kim is withdrawing from the race.", True),
        ("Kim withdrew her name from the race.", True),
        ("Kim withdrew her pledge on Monday.", False),
        ("The pledge that was withdrawn was worth $500,000.", False),
        ("The fund lists a pledge from Kim, which she withdrew on Sunday.", False),
        ("Rovers pulled out of the final.", True),
        ("He pulled out a gun.", False),
    ],
)
def test_a_cue_that_denies_only_with_no_object(text, denies):
    """ "Withdrew" denies taking part only when nothing is its object (the lexicon's
    `negation.intransitive`); what is withdrawn is taken back, not denied."""
    assert bool(read(text).negations) is denies


def test_a_sentence_without_a_cue_denies_nothing():
    reading = read("Acme joined the Widget Coalition on Monday.")
    assert reading.negations == ()
    assert all(reading.negation_of(i) is None for i in range(len(reading)))


def test_a_bare_did_not_ending_a_clause_is_elided():
    """The bare "did not" of "... but Brightline did not" has no scope of its own: it denies
    the verb of the clause before."""
    reading = read("Acme joined, but Brightline did not")
    (negation,) = reading.negations
    assert negation.elided
    assert negation.scope[0] == negation.scope[1]
    assert reading.negation_of(at(reading, "joined")) is None


def test_a_clause_after_but_is_not_denied_by_the_next_one():
    reading = read("Acme joined the Widget Coalition, but Brightline did not.")
    for word in ("Acme", "joined", "Widget", "Coalition"):
        assert reading.negation_of(at(reading, word)) is None, word


def test_two_cues_each_deny_their_own_words():
    reading = read("Acme is not a member, nor is Brightline.")
    first, second = reading.negations
    assert (first.text, second.text) == ("is not", "nor")
    assert reading.negation_of(at(reading, "member")) == first
    assert reading.negation_of(at(reading, "Brightline")) == second


# ---------------------------------------------------------------- clauses


# (text, pairs of words in one clause, pairs of words in two)
CLAUSES = [
    ("Kim, who has never conceded, says it is over.", [("Kim", "says"), ("says", "over")], [("Kim", "conceded"), ("conceded", "says")]),
    ("Acme joined the coalition, but Brightline did not.", [("Acme", "coalition")], [("Acme", "Brightline")]),
    ("Acme joined; Brightline left.", [("Brightline", "left")], [("joined", "left")]),
    ("Acme (the maker) was founded in 1990.", [("the", "maker"), ("was", "1990")], [("Acme", "maker"), ("maker", "was")]),
    ("Meta and IBM launched the AI Alliance in December.", [("Meta", "December"), ("IBM", "launched")], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "same", "apart"), CLAUSES, ids=[c[0] for c in CLAUSES])
def test_clauses(text, same, apart):
    reading = read(text)
    assert len(reading.clauses) == len(reading)
    for a, b in same:
        assert reading.clauses[at(reading, a)] == reading.clauses[at(reading, b)], (a, b)
    for a, b in apart:
        assert reading.clauses[at(reading, a)] != reading.clauses[at(reading, b)], (a, b)


# ---------------------------------------------------------------- arguments

# (text, predicate, its length in tokens, subject, object, passive)
ARGUMENTS = [
    ("Dunmarrow Athletic won the Calloway Shield.", "won", 1, "Dunmarrow Athletic", "the Calloway Shield", False),
    ("Acme acquired Brightline in 2021.", "acquired", 1, "Acme", "Brightline", False),
    ("Meta and IBM launched the AI Alliance.", "launched", 1, "Meta and IBM", "the AI Alliance", False),
    ("Kim conceded the race on Sunday.", "conceded", 1, "Kim", "the race", False),
    ("Voltra set up the coalition with Lumen.", "set", 2, "Voltra", "the coalition", False),
    ("Port Verrin Rovers were beaten by Dunmarrow Athletic.", "beaten", 1, "Port Verrin Rovers", None, True),
    ("Brightline was acquired by Acme in 2021.", "acquired", 1, "Brightline", None, True),
    ("The Widget Coalition was launched on Monday by a group of firms.", "launched", 1, "The Widget Coalition", None, True),
    ("The coalition was not founded by Voltra.", "founded", 1, "The coalition", None, True),
    ("The trial was presided over by Judge Ames.", "presided", 1, "The trial", None, True),
    ("Acme (the maker) was founded in 1990.", "founded", 1, "Acme", None, True),
    ("The Widget Coalition, a group of firms, was launched on Monday.", "launched", 1, "The Widget Coalition", None, True),
    ("Critics attacked the coalition, set up by Voltra and Lumen, on Friday.", "set", 2, "the coalition", None, True),
    ("The coalition, set up by Voltra and Lumen, has 12 members.", "set", 2, "The coalition", None, True),
    ("The coalition, set up by Voltra and Lumen, has 12 members.", "has", 1, "The coalition", "12 members", False),
    ("Ames praised the Nordic Battery Coalition, which Voltra and Lumen unveiled in May.", "unveiled", 1, "Voltra and Lumen", "the Nordic Battery Coalition", False),
    ("The Nordic Battery Coalition, which Voltra and Lumen unveiled in May, has 12 members.", "unveiled", 1, "Voltra and Lumen", "The Nordic Battery Coalition", False),
    ("The coalition that Voltra unveiled has 12 members.", "unveiled", 1, "Voltra", "The coalition", False),
    ("Voltra unveiled the coalition, which Lumen later joined.", "joined", 1, "Lumen", "the coalition", False),
    ("Voltra said that Lumen launched the coalition.", "launched", 1, "Lumen", "the coalition", False),
    ("Corvid said it sees no reason to join the coalition.", "join", 1, "it", "the coalition", False),
    ("Brightline declined to join the coalition.", "join", 1, "Brightline", "the coalition", False),
    ("Kim, who has never conceded, said the count was flawed.", "said", 1, "Kim", "the count", False),
    ("Kim, who has never conceded, said the count was flawed.", "conceded", 1, "Kim", None, False),
    ("Marsk, who led the first round, promised reform.", "promised", 1, "Marsk", "reform", False),
    ("Team B won the cup, beating Team A.", "beating", 1, "Team B", "Team A", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "verb", "length", "subject", "obj", "passive"),
    ARGUMENTS,
    ids=[f"{a[1]}: {a[0]}" for a in ARGUMENTS],
)
def test_arguments(text, verb, length, subject, obj, passive):
    reading = read(text)
    start = at(reading, verb)
    args = arguments(reading, start, start + length)
    assert surface(reading, args.subject) == subject
    assert surface(reading, args.object) == obj
    assert args.passive is passive


# (text, predicate, its length, the names of its subject, of its object, of its "by" phrase)
NAMED = [
    ("Meta and IBM launched the AI Alliance.", "launched", 1, ["Meta", "IBM"], ["AI Alliance"], []),
    ("Acme, Brightline and Corvid joined the Widget Coalition.", "joined", 1, ["Acme", "Brightline", "Corvid"], ["Widget Coalition"], []),
    ("Ames praised the Nordic Battery Coalition, which Voltra and Lumen unveiled.", "unveiled", 1, ["Voltra", "Lumen"], ["Nordic Battery Coalition"], []),
    ("Port Verrin Rovers were beaten by Dunmarrow Athletic.", "beaten", 1, ["Port Verrin Rovers"], [], ["Dunmarrow Athletic"]),
    ("Brightline was acquired by Acme in 2021.", "acquired", 1, ["Brightline"], [], ["Acme"]),
    ("The coalition was founded by Voltra and Lumen in 2020.", "founded", 1, [], [], ["Voltra", "Lumen"]),
    ("The trial was presided over by Judge Ames.", "presided", 1, [], [], ["Judge Ames"]),
    ("Critics attacked the coalition, set up by Voltra and Lumen, on Friday.", "set", 2, [], [], ["Voltra", "Lumen"]),
    ("The coalition, set up by Voltra and Lumen, has 12 members.", "set", 2, [], [], ["Voltra", "Lumen"]),
    # those who act "together with" or "along with" the subject are among its names
    ("Voltra founded the Nordic Battery Coalition together with Lumen.", "founded", 1, ["Voltra", "Lumen"], ["Nordic Battery Coalition"], []),
    ("Voltra founded the coalition together with Lumen in 2020.", "founded", 1, ["Voltra", "Lumen"], [], []),
    ("Voltra founded the coalition along with Lumen.", "founded", 1, ["Voltra", "Lumen"], [], []),
    ("Voltra set up the coalition with Lumen.", "set", 2, ["Voltra"], [], []),  # "with" alone: no
    # a date between the subject and its verb is passed over
    ("Tomas Dervaux, chief executive of Acme, on Monday unveiled a plan.", "unveiled", 1, ["Tomas Dervaux"], [], []),
    ("Voltra in March 2024 founded the coalition.", "founded", 1, ["Voltra"], [], []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "verb", "length", "subject", "obj", "by"), NAMED, ids=[n[0] for n in NAMED]
)
def test_the_names_of_the_arguments(text, verb, length, subject, obj, by):
    reading = read(text)
    start = at(reading, verb)
    args = arguments(reading, start, start + length)
    assert names_of(args.subject) == subject
    assert names_of(args.object) == obj
    assert names_of(args.prep("by")) == by


@pytest.mark.parametrize(
    ("text", "verb", "length", "preps"),
    [
        ("Acme acquired Brightline in 2021.", "acquired", 1, [("in", "2021")]),
        ("Voltra set up the coalition with Lumen.", "set", 2, [("with", "Lumen")]),
        ("Kim conceded the race on Sunday.", "conceded", 1, [("on", "Sunday")]),
    ],
)
def test_prepositional_phrases_of_an_active_verb(text, verb, length, preps):
    reading = read(text)
    start = at(reading, verb)
    args = arguments(reading, start, start + length)
    assert [(word, surface(reading, phrase)) for word, phrase in args.preps] == preps


# ---------------------------------------------------------------- claims

# (claim, subject, predicate, copula, passive, negated)
CLAIMS = [
    ("Acme is a member of the Widget Coalition", "Acme", "member", True, False, False),
    ("Acme is not a member of the Widget Coalition", "Acme", "member", True, False, True),
    ("Acme remains a member of the coalition", "Acme", "member", True, False, False),
    ("Marsk became mayor of Tarnow", "Marsk", "mayor", True, False, False),
    ("The recall was voluntary", "The recall", "voluntary", True, False, False),
    ("The Widget Coalition was launched by a group of firms", "The Widget Coalition", "launched", False, True, False),
    ("Port Verrin Rovers were beaten by Dunmarrow Athletic", "Port Verrin Rovers", "beaten", False, True, False),
    ("Acme was not acquired by Brightline", "Acme", "acquired", False, True, True),
    ("Dunmarrow Athletic won the Calloway Shield", "Dunmarrow Athletic", "won", False, False, False),
    ("The Widget Coalition has 47 members", "The Widget Coalition", "has", False, False, False),
    ("Kim did not concede the race", "Kim", "concede", False, False, True),
    ("Brightline declined to join the Widget Coalition", "Brightline", "join", False, False, True),
    ("The jury awarded no damages", "The jury", "awarded", False, False, True),
    ("Nobody conceded", None, "conceded", False, False, True),
    ("Voltra co-founded the Nordic Battery Coalition", "Voltra", "co-founded", False, False, False),
    ("The court ruled in favour of Vantrell", "The court", "ruled in favour of", False, False, False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "copula", "passive", "negated"),
    CLAIMS,
    ids=[c[0] for c in CLAIMS],
)
def test_read_claim(text, subject, predicate, copula, passive, negated):
    frame = read_claim(text, LEXICON)
    reading = frame.reading
    assert surface(reading, frame.subject) == subject
    assert frame.predicate is not None
    assert reading.words.surface(*frame.predicate) == predicate
    assert (frame.copula, frame.passive, frame.negated) == (copula, passive, negated)


def test_a_passive_claim_keeps_its_by_phrase():
    frame = read_claim("Port Verrin Rovers were beaten by Dunmarrow Athletic", LEXICON)
    assert frame.object is None
    by = dict(frame.preps)["by"]
    assert names_of(by) == ["Dunmarrow Athletic"]


def test_a_reported_clause_is_what_is_claimed():
    frame = read_claim("Tovrell announced that it would appeal", LEXICON)
    assert frame.reading.text == "Tovrell would appeal"
    assert surface(frame.reading, frame.subject) == "Tovrell"
    assert frame.reading.words.surface(*frame.predicate) == "appeal"


def test_a_claim_in_capitals_is_read_in_lower_case():
    frame = read_claim("THE WIDGET COALITION HAS 47 MEMBERS", LEXICON)
    assert frame.reading.text == "the widget coalition has 47 members"
    assert frame.reading.names == ()
    assert [piece.kind for piece in frame.pieces if piece.kind == "figure"] == ["figure"]


PIECES = [
    ("The Widget Coalition has 47 members", [("name", "subject", "Widget Coalition"), ("predicate", "predicate", "has"), ("figure", "object", "47 members")]),
    ("Acme is a member of the Widget Coalition", [("name", "subject", "Acme"), ("predicate", "predicate", "member"), ("name", "of", "Widget Coalition")]),
    ("Kim did not concede the race", [("name", "subject", "Kim"), ("predicate", "predicate", "concede"), ("word", "object", "race")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pieces"), PIECES, ids=[p[0] for p in PIECES])
def test_claim_pieces_in_order(text, pieces):
    frame = read_claim(text, LEXICON)
    reading = frame.reading
    got = [(p.kind, p.role, reading.words.surface(p.start, p.end)) for p in frame.pieces]
    assert got == pieces
