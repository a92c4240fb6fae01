"""What a count counts: the group of the lexicon its noun, or the verb it goes with, counts
("four people were killed" is a death toll), and whether two counts are of one thing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Relation
from ..text import stem
from .counted_nouns import part_of
from .occasions import own_stretch, segment
from .phrases import PARTICLES
from .relations import word_relation
from .senses import reports

if TYPE_CHECKING:
    from .claim import ClaimFrame
    from .lexicon import Counted, Lexicon
    from .quantities import Quantity
    from .reading import Reading

R = Relation
PERSON = stem("person")


def group_of(lexicon: Lexicon, noun: str | None) -> Counted | None:
    """The group of the lexicon a noun (a lemma, or lemmas joined by spaces) counts in."""
    if noun is None:
        return None
    hit = lexicon.counted_by_noun.match_at(tuple(noun.split()), 0)
    return hit[1] if hit else None


def counted_group(reading: Reading, figure: Quantity):
    """The group a figure counts: its noun's, or for a noun that counts whatever its verb says
    ("four people were killed"), the group a cue beside it names ("on television"), else the
    group of its verb that goes with counting one: the verb just before it ("killing four
    passengers"), else the nearest after it in its stretch of text, else before (None when
    there is none)."""
    lexicon = reading.lexicon
    generic = figure.noun is None or figure.noun in lexicon.generic_counted  # or bare: "27 were"
    if figure.kind != "count" or not generic:
        return group_of(lexicon, figure.noun)
    start, end = figure.tokens
    own = own_stretch(reading, start, end)
    cued = {reading.lemmas[k] for k in own}
    group = next((group for group in lexicon.counted if group.cues & cued), None)
    if group is not None:
        return group  # "8.4 million people watched on television": viewers
    right_before = start - 1
    around = sorted(
        own,
        key=lambda k: (k != right_before, k < end, abs(k - end)),
    )
    helpers = lexicon.auxiliaries | lexicon.be
    for k in around:
        if start <= k < end or reading.words.norms[k] in helpers:
            continue
        groups = (lexicon.counting_verb(phrase) for phrase in verb_phrases(reading, k))
        group = next((group for group in groups if group is not None), None)
        if group is not None:  # "taken to hospital": the injured, not votes taken
            return group
    return None


def ungrouped_act(claim: ClaimFrame, mine: Quantity) -> bool:
    """Whether a claim counts what no group of the lexicon counts ("miners") by what it says
    they underwent ("were rescued"), not by what links it ("there were 47 miners")."""
    from .anchors import light

    lexicon = claim.reading.lexicon
    return (
        group_of(lexicon, mine.noun) is None
        and mine.noun not in lexicon.counters
        and not light(claim)
    )


def one_count(claim: ClaimFrame, mine: Quantity, sentence: Reading, theirs: Quantity) -> bool:
    """Whether two counts that disagree are of one thing: a figure that agrees with the
    claim's is itself a sign it counts the same, one that differs is not, so it must be
    shown to: by a group both count ("killed" and "the death toll"), unless the source's
    verb counts another ("arrested 30 fans" is no count of the fans taken to hospital), or by
    the verb it goes with (see `own_verb`); a claim that only links its count ("has 47
    members") counts by its noun, which the source's shares."""
    from .anchors import light

    if mine.kind != "count":
        return True
    group, other = counted_group(claim.reading, mine), counted_group(sentence, theirs)
    said = verb_of(sentence, theirs)
    acts = (sentence.lexicon.counting_verb(w) for w in said)
    acted = next((act for act in acts if act is not None), None)  # "arrested 30 fans"
    if group is not None and group is other and acted in (None, group):
        return True
    if claim.predicate is None or light(claim):
        return True  # "has about 400 member farms": its noun says what it counts
    verb = " ".join(claim.reading.lemmas[slice(*claim.predicate)])
    if (other and verb in other.verbs) or (group and any(w in group.verbs for w in said)):
        return True  # "312,000 units" for "cookers are covered"; "recall" for "called back"
    return own_verb(claim, mine, sentence, theirs, strict=True)


def own_verb(
    claim: ClaimFrame, mine: Quantity, sentence: Reading, theirs: Quantity, strict: bool = False
) -> bool:
    """Whether the verb a source's count goes with may say the claim's: not when it is a verb
    the lexicon counts another group by ("four miners lost their lives" is no count of the
    rescued); "recalled 86,000 cookers" for "are covered" (both count units). A verb no
    group counts by ("logged 9,300 claims" for "received") decides nothing, but, `strict`,
    only the claim's own verb, or one of its sense, says it; no verb decides nothing, but for
    a claim that says what befell its count ("47 whales died"), which a source must say."""
    lexicon = sentence.lexicon
    told = _told(claim, mine)  # "30 whales were refloated" is no count of the dead
    said = verb_of(sentence, theirs) or (_clause_verb(sentence, theirs) if told else [])
    if claim.predicate and " ".join(claim.reading.lemmas[slice(*claim.predicate)]) in said:
        return True  # "took part": the claim's own verb, said whole
    word = next((w for w in said if lexicon.counting_verb(w) is not None), None)
    word = word or (said[-1] if (strict or told) and said else None)  # "lost their lives"
    if word is None:
        return not told  # no verb: "the recall of 300,000 cookers"; or one no group counts by
    same = (R.EQUIVALENT, R.FORWARD)
    return all(
        word_relation(word, verb, lexicon) in same
        or any(verb in g.verbs and word in g.verbs for g in lexicon.counted)
        for verb in claim.reading.lemmas[slice(*claim.predicate)]
    )


def _told(claim: ClaimFrame, figure: Quantity) -> bool:
    """Whether the claim's count is the subject of a verb that says what befell it ("47
    whales died"), which a source's count must say too (but "received 9,300 claims" counts
    what was received, however a source says it)."""
    lexicon, subject = claim.reading.lexicon, claim.subject
    within = subject is not None and subject.start <= figure.tokens[0] < subject.end
    groups = (lexicon.counting_verb(w) for w in claim.reading.lemmas[slice(*claim.predicate)])
    return within and any(group and group.name in lexicon.fates for group in groups)


def _clause_verb(sentence: Reading, figure: Quantity) -> list[str]:
    """The nearest verb before a figure in its stretch of text, as `verb_of` gives it: "the
    fire claimed the lives of three firefighters" (claim)."""
    from .phrases import verb_like

    start = figure.tokens[0]
    stretch = segment(sentence, start, figure.tokens[1])
    verb = next(
        (k for k in range(start - 1, stretch.start - 1, -1) if verb_like(sentence, k)), None
    )
    return [] if verb is None else verb_phrases(sentence, verb)


def verb_of(sentence: Reading, figure: Quantity) -> list[str]:
    """The verb a figure goes with (the one just before it, else the first after it in its
    stretch of text), as the phrases of three, two and one words it opens; [] for none."""
    from .phrases import verb_like

    lexicon, start, end = sentence.lexicon, *figure.tokens
    helpers = lexicon.auxiliaries | lexicon.be
    k = start - 1
    while k > 0 and sentence.words.norms[k] in PARTICLES:
        k -= 1  # "takes back some 312,000 units"
    counting = k >= 0 and lexicon.counting_verb(sentence.lemmas[k]) is not None
    reported = k >= 0 and reports(sentence, k)  # "said 40 had been"
    before = [k] if k >= 0 and not reported and (verb_like(sentence, k) or counting) else []
    after = [
        k
        for k in segment(sentence, end - 1, end)  # "two of whom later died": whom's clause
        if k >= end and sentence.words.norms[k] not in helpers and verb_like(sentence, k)
    ]
    verb = next(iter(before + after + _relative_verb(sentence, end)), None)
    return [] if verb is None else verb_phrases(sentence, verb)


def _relative_verb(sentence: Reading, end: int) -> list[int]:
    """The verb of a relative clause that opens right after a figure ("Three demonstrators
    who were arrested"): what befell what it counts."""
    from .phrases import verb_like

    norms, lexicon = sentence.words.norms, sentence.lexicon
    if end >= len(norms) or norms[end] not in lexicon.relatives:
        return []
    helpers = lexicon.auxiliaries | lexicon.be | lexicon.adverbs
    k = end + 1
    while k < len(norms) and norms[k] in helpers:
        k += 1
    return [k] if k < len(norms) and verb_like(sentence, k) else []


def verb_phrases(sentence: Reading, verb: int) -> list[str]:
    """The phrases of three, two and one words a verb at token `verb` opens."""
    return [" ".join(sentence.lemmas[verb : verb + n]) for n in (3, 2, 1)]


def same_verb(claim: ClaimFrame, mine: Quantity, sentence: Reading, theirs: Quantity) -> bool:
    """For a count of people that no group of the lexicon counts, whether the source's count
    is of people of the same kind ("passengers", "people") said to undergo the claim's own
    verb, or one of its sense, in its stretch of text ("42 passengers were rescued", "said 40
    had been saved"), but for the verbs another count there goes with ("two were killed and
    five others were rescued": the five are no dead)."""
    lexicon = claim.reading.lexicon
    generic = lexicon.generic_counted
    thing = PERSON not in lexicon.broader.get(mine.noun, {PERSON})  # a kind of no person
    kin = (theirs.noun in generic and not thing) or same_noun(claim, mine.noun, theirs.noun)
    if not kin or claim.predicate is None:
        return False  # "412 people were treated" counts no scooters
    whole = part_of(sentence, theirs)  # "nine of the injured": the injured are the whole
    said = {
        sentence.lemmas[k] for k in segment(sentence, *theirs.tokens) if k not in whole
    } - _others_verbs(sentence, theirs)
    same = (R.EQUIVALENT, R.FORWARD)
    return all(
        any(word_relation(word, verb, lexicon) in same for word in said)
        for verb in claim.reading.lemmas[slice(*claim.predicate)]
    )


def part_counts(claim: ClaimFrame, mine: Quantity, sentence: Reading, theirs: Quantity) -> bool:
    """Whether a part of a whole counts what the claim's figure counts: its own verb is the
    claim's, or one the claim's group is counted by ("calling back 312,400 of its kettles" for
    a recall); not "nine of the injured were in a serious condition"."""
    if same_verb(claim, mine, sentence, theirs):
        return True
    group = counted_group(claim.reading, mine)
    if group is not None and any(w in group.verbs for w in verb_of(sentence, theirs)):
        return True
    return own_verb(claim, mine, sentence, theirs, strict=True)


def _others_verbs(sentence: Reading, figure: Quantity) -> set[str]:
    """The verbs the other counts of a sentence go with, where not this one's."""
    own = set(verb_of(sentence, figure)[-1:])
    found = (verb_of(sentence, other)[-1:] for other in sentence.quantities if other != figure)
    return {verb for verbs in found for verb in verbs} - own


def same_noun(claim: ClaimFrame, mine: str | None, theirs: str | None) -> bool:
    lexicon = claim.reading.lexicon
    if mine is None or theirs is None:
        return False
    group, other = group_of(lexicon, mine), group_of(lexicon, theirs)
    if group is not None and group is other:
        return True
    counter = mine in lexicon.counters or theirs in lexicon.counters
    if counter and (group is None or other is None):
        return True  # "312,400 units" of a cooker are cookers
    return word_relation(theirs, mine, lexicon) in (R.EQUIVALENT, R.FORWARD, R.REVERSE)
