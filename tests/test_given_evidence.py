"""Evidence given as bearing on a claim (a fact-checking data set's evidence passage): the lean
to supports where no sentence decides, the subject presumed, `alliance evaluate` giving evidence
only when its file is a forced choice; and the readings that such passages call for: life dates
in the bracket after a name, a rival modifier before the claim's category word, and a negation
that must bear on a word the source says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import run

from alliance_cli import api
from alliance_cli.corpus import source_from_text
from alliance_cli.evaluate import forced, load_pairs
from alliance_cli.lexicon import default_lexicon
from alliance_cli.model import Claim, Stance, Verdict
from alliance_cli.text import stem

SUPPORTS, CONTRADICTS, OMITS = Stance.SUPPORTS, Stance.CONTRADICTS, Stance.OMITS


def check(claim: str, evidence: str, given: bool = False) -> Verdict:
    """The verdict of one evidence text (read as `alliance evaluate` reads it) on a claim."""
    source = source_from_text(evidence, "evidence", dateline=False)
    (verdict,) = api.check_claim(Claim(claim), [source], given=given).verdicts
    return verdict


def shown(verdict: Verdict) -> tuple[str, str]:
    return verdict.stance.value, verdict.reason


# ---------------------------------------------------------------- the lean to supports

REIGN = "Distributed by Columbia Pictures, the film was released on March 23, 2007."
BOX_OFFICE = "Reign Over Me was a box office success."


def test_given_evidence_that_decides_nothing_leans_to_supports():
    verdict = check(BOX_OFFICE, REIGN, given=True)
    assert verdict.stance is SUPPORTS, shown(verdict)
    assert verdict.confidence <= 0.4
    assert verdict.reason.startswith("nothing in the given evidence contradicts it")


def test_the_same_evidence_not_given_omits():
    verdict = check(BOX_OFFICE, REIGN)
    assert verdict.stance is OMITS, shown(verdict)


# ---------------------------------------------------------------- the subject presumed


def test_given_evidence_presumes_the_subject_and_contradicts_a_wrong_year():
    verdict = check("Reign Over Me was released in 2017.", REIGN, given=True)
    assert verdict.stance is CONTRADICTS, shown(verdict)
    assert "2007" in verdict.reason


def test_evidence_not_given_does_not_presume_the_subject():
    verdict = check("Reign Over Me was released in 2017.", REIGN)
    assert verdict.stance is not CONTRADICTS, shown(verdict)


def test_given_evidence_supports_the_right_year():
    verdict = check("Reign Over Me was released in 2007.", REIGN, given=True)
    assert verdict.stance is SUPPORTS, shown(verdict)


# ---------------------------------------------------------------- alliance evaluate

FORCED_PAIRS = [
    {
        "claim": "The Harbour Bridge in Tarnow opened to traffic in 1998.",
        "evidence": "Built by a Danish firm, the bridge carries four lanes over the river.",
        "label": "SUPPORTS",
    },
    {
        "claim": "The Tarnow ferry was retired in 2004.",
        "evidence": "The Tarnow ferry made its last crossing in 2011, when it was retired.",
        "label": "REFUTES",
    },
    {
        "claim": "Corvid Bank is based in Oslo.",
        "evidence": "Corvid Bank has its head office in Oslo.",
        "label": "SUPPORTS",
    },
]

OFF_TOPIC = {
    "claim": "The Tarnow ferry was retired in 2004.",
    "evidence": "Corvid Bank sells farm insurance across northern Norway.",
    "label": "NOT ENOUGH INFO",
}


def write_pairs(tmp_path: Path, pairs: list[dict[str, str]]) -> Path:
    path = tmp_path / "pairs.jsonl"
    path.write_text("".join(json.dumps(pair) + "\n" for pair in pairs), encoding="utf-8")
    return path


def evaluate_json(tmp_path: Path, pairs: list[dict[str, str]]) -> dict:
    done = run(tmp_path, "evaluate", str(write_pairs(tmp_path, pairs)), "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_evaluate_without_a_not_enough_info_label_judges_no_evidence_omits(tmp_path):
    first = FORCED_PAIRS[0]
    assert check(first["claim"], first["evidence"]).stance is OMITS  # were it not given
    scores = evaluate_json(tmp_path, FORCED_PAIRS)
    confusion = scores["confusion"]
    assert sum(row["omits"] for row in confusion.values()) == 0, confusion
    assert scores["given_evidence"] is True


def test_evaluate_says_when_it_gives_the_evidence(tmp_path):
    done = run(tmp_path, "evaluate", str(write_pairs(tmp_path, FORCED_PAIRS)))
    assert done.returncode == 0, done.stderr
    assert "each evidence text is given as bearing on its claim" in done.stdout


def test_evaluate_with_a_not_enough_info_label_judges_an_off_topic_pair_omits(tmp_path):
    scores = evaluate_json(tmp_path, [*FORCED_PAIRS, OFF_TOPIC])
    confusion = scores["confusion"]
    assert confusion["omits"] == {"supports": 0, "contradicts": 0, "omits": 1}, confusion
    assert scores["given_evidence"] is False


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        pytest.param(FORCED_PAIRS, True, id="only-supports-and-refutes"),
        pytest.param([*FORCED_PAIRS, OFF_TOPIC], False, id="one-not-enough-info"),
    ],
)
def test_a_file_is_a_forced_choice_only_without_not_enough_info(tmp_path, pairs, expected):
    assert forced(load_pairs(write_pairs(tmp_path, pairs))) is expected


# ---------------------------------------------------------------- readings of evidence

MACMILLAN = (
    "Maurice Harold Macmillan, 1st Earl of Stockton, (10 February 1894 \u2013 29 December 1986)"
    " was a British politician."
)


def case(claim: str, evidence: str, expected: Stance, id: str, given: bool = False):
    return pytest.param(claim, evidence, given, expected, id=id)


# Life dates from the bracket after a name: the name is in the sentence, so given or not.
LIFE_DATES = [
    case(
        "Anne Rice was born in 1997.",
        "Anne Rice (born Howard Allen Frances O'Brien; October 4, 1941) is an American author.",
        CONTRADICTS,
        "born-after-a-birth-name",
    ),
    case(
        "Harold Macmillan was born on February 20, 1894.",
        MACMILLAN,
        CONTRADICTS,
        "born-on-another-day",
    ),
    case("Harold Macmillan was born in 1894.", MACMILLAN, SUPPORTS, "born-in-the-year"),
    case("Harold Macmillan died in 1986.", MACMILLAN, SUPPORTS, "died-in-the-year"),
    case("Harold Macmillan died in 1990.", MACMILLAN, CONTRADICTS, "died-in-another-year"),
    case(
        "Bhagat Singh died in 1932.",
        "Bhagat Singh ([pronunciation] \u2013 23 March 1931) was an Indian revolutionary.",
        CONTRADICTS,
        "died-with-no-birth-date",
    ),
]

# A rival modifier before the claim's category word contradicts; a clipped form is no rival.
MODIFIERS = [
    case(
        "Smriti Mandhana is an Indian cricketer.",
        "Smriti Mandhana (born 18 July 1996) is a Pakistani cricketer who plays for the national"
        " team.",
        CONTRADICTS,
        "rival-nationality",
    ),
    case(
        "Smriti Mandhana is an Indian cricketer.",
        "Smriti Mandhana (born 18 July 1996) is an Indian cricketer who plays for the national"
        " team.",
        SUPPORTS,
        "same-nationality",
    ),
]

# A negation must bear on a word the source says, and a source's own negation is no statement
# of the claim without it.
NEGATIONS = [
    case(
        "Margaret Thatcher was not the first woman to lead a major political party in the"
        " United Kingdom.",
        "In 1975, Thatcher defeated Heath in the Conservative Party leadership election and became"
        " the first woman to lead a major political party in the United Kingdom.",
        CONTRADICTS,
        "an-opening-date-is-no-aside",
    ),
    case(
        "Marjorie Gross has yet to write for a television show.",
        "Marjorie Gross (April 18, 1956 \u2013 June 7, 1996) was a television writer and producer.",
        CONTRADICTS,
        "given-evidence-clashes-on-polarity-saying-less",
        given=True,
    ),
]

# A word in the place of a claim word that given evidence otherwise says; a claim worded as
# belonging ("one of the ...") is read as a plain statement of given evidence's subject.
SWAPS = [
    case(
        "Bad Romance was one of the worst-selling singles of all time.",
        "It sold 12 million copies, becoming one of the best-selling singles of all time.",
        CONTRADICTS,
        "one-of-the-read-as-a-statement",
        given=True,
    ),
    case(
        "Bad Romance was one of the worst-selling singles of all time.",
        "It sold 12 million copies, becoming one of the best-selling singles of all time.",
        OMITS,
        "one-of-the-not-given-names-no-subject",
    ),
    case(
        "The Closer's final season was its eighth season.",
        "In July 2011 the series began its seventh and final season.",
        CONTRADICTS,
        "another-ordinal-in-the-place",
        given=True,
    ),
]

# Counts: given evidence counts the claim's noun wherever it stands, though the subject's own
# count comes first; a plural name's last word is a counted noun ("five U.S. Presidents").
NIGHTFALL = "The album debuted at number one in the United States and went on to sell {} copies."
COUNTS = [
    case(
        "Nightfall sold more than 100,000 copies.",
        NIGHTFALL.format("740,000"),
        SUPPORTS,
        "given-count-beside-another-name",
        given=True,
    ),
    case(
        "Nightfall sold more than 100,000 copies.",
        NIGHTFALL.format("90,000"),
        CONTRADICTS,
        "given-count-too-low",
        given=True,
    ),
    case(
        "Nightfall sold more than 100,000 copies.",
        NIGHTFALL.format("90,000"),
        OMITS,
        "count-not-given-names-no-subject",
    ),
    case(
        "Acme has 20 partners.",
        "Acme has 12 partners, while Globex has 20 partners.",
        CONTRADICTS,
        "the-subjects-own-count-first",
        given=True,
    ),
    case(
        "Yardley's alumni include zero U.S. Presidents.",
        "Yardley has graduated many notable alumni, including five U.S. Presidents and 19 judges.",
        CONTRADICTS,
        "a-plural-name-counted",
        given=True,
    ),
    case(
        "Yardley's alumni include 15 US senators.",
        "Yardley's alumni include 15 US Senators.",
        SUPPORTS,
        "a-noun-after-an-acronym-counted",
        given=True,
    ),
    case(
        "Quiet Hours is a 1940 comedy in three acts by Noel Hart.",
        "Quiet Hours is a 1930 comedy of manners in three acts by Noel Hart.",
        CONTRADICTS,
        "the-count-holds-the-year-does-not",
    ),
]

# Dates: a decade; a claim's day that the source gives as a birth date; a claim whose subject
# is no name ("The series finale of X"), read against given evidence.
RIVERA = "Rosa Rivera (born July 20, 1947) is a Mexican and American musician."
QUIST = "Mara Quist (born 22 November 1968) is a Danish actress."
FINALE = "The series finale aired on May 14, 2012."
DATES = [
    case("Rosa Rivera was born in the fifties.", RIVERA, CONTRADICTS, "another-decade"),
    case("Rosa Rivera was born in the 1940s.", RIVERA, SUPPORTS, "the-decade"),
    case("Mara Quist graduated on November 22, 1968.", QUIST, CONTRADICTS, "the-birth-day"),
    case("Mara Quist was born on November 22, 1968.", QUIST, SUPPORTS, "born-on-the-day"),
    case(
        "The series finale of Hold Fast aired in 2013.",
        FINALE,
        CONTRADICTS,
        "given-finale-another-year",
        given=True,
    ),
    case(
        "The series finale of Hold Fast aired in 2012.",
        FINALE,
        SUPPORTS,
        "given-finale-the-year",
        given=True,
    ),
    case("The series finale of Hold Fast aired in 2013.", FINALE, OMITS, "finale-not-given"),
]

# Who did it: given evidence that names others as the doers of the claim's verb ("produced by
# A and B"); a claim that something exists under a name ("There is an actor named X").
LOW_TIDE = "Low Tide is a 2004 drama film produced by Ana Ruiz{} and Tom Hale."
MENON = "Ravi Menon (born 4 October 1967) is a British actor and broadcaster."
NAMES = [
    case(
        "Peter Vance produced Low Tide.",
        LOW_TIDE.format(""),
        CONTRADICTS,
        "others-produced-it",
        given=True,
    ),
    case(
        "Peter Vance produced Low Tide.",
        LOW_TIDE.format(", Peter Vance"),
        SUPPORTS,
        "one-of-the-producers",
        given=True,
    ),
    case("There is an Indian actor named Ravi Menon.", MENON, CONTRADICTS, "exists-as-another"),
    case("There is a British actor called Ravi Menon.", MENON, SUPPORTS, "exists-as-said"),
]

# Negations: a verb between the negation and the claim's word does not narrow it; "failed to"
# denies the verb after it; "something other than" negates.
NARROW = [
    case(
        "Dana Wells was on a magazine cover.",
        "She has never appeared on the cover of a fashion magazine.",
        CONTRADICTS,
        "never-appeared-on-the-cover",
        given=True,
    ),
    case(
        "Veera is something other than a Tamil film.",
        "Veera is a 2014 Tamil action film directed by Siva.",
        CONTRADICTS,
        "something-other-than",
        given=True,
    ),
    case("Julia won the award.", "Julian won the award.", OMITS, "a-persons-name-is-no-place"),
    case(
        "Norland is a country in Europe.",
        "Norland is a country on the European continent.",
        SUPPORTS,
        "a-place-names-adjective",
        given=True,
    ),
]

# Kinds: a narrower or broader word for the claim's category is no rival ("kinds" in the
# lexicon), unless the claim's own modifier is left unsaid; two kinds side by side still clash.
KINDS = [
    case(
        "Tom Ash is a poker player.",
        "Tom Ash is an American football quarterback.",
        CONTRADICTS,
        "a-narrower-kind-with-another-modifier",
        given=True,
    ),
    case(
        "Lena Park is a writer.",
        "Lena Park is an American actress, singer and dancer.",
        CONTRADICTS,
        "kinds-side-by-side-clash",
        given=True,
    ),
]


@pytest.mark.parametrize(
    ("claim", "evidence", "given", "expected"),
    LIFE_DATES + MODIFIERS + NEGATIONS + SWAPS + COUNTS + DATES + NAMES + NARROW + KINDS,
)
def test_evidence_reading(claim, evidence, given, expected):
    verdict = check(claim, evidence, given=given)
    assert verdict.stance is expected, shown(verdict)


def rival(claim: str, evidence: str, id: str, given: bool = False):
    return pytest.param(claim, evidence, given, id=id)


NOT_CONTRADICTED = [
    rival(
        "A & E is a porn website.",
        "A & E is an American pornographic website.",
        "a-clipped-form-is-no-rival",
    ),
    rival(
        "Mary of Teck's son never abdicated the throne.",
        "After George's death, her eldest son, Edward, ascended the throne, and remained king"
        " until his death in 1968.",
        "negation-of-a-word-the-source-does-not-say",
    ),
    rival(
        "Dana Reyes is a musician.",
        "Dana Reyes is the lead vocalist and drummer of the band Tin Roof.",
        "a-narrower-kind",
        given=True,
    ),
    rival(
        "Kell Harbour is a place.",
        "Kell Harbour is the largest town in the district of Mere.",
        "a-narrower-kind-of-place",
        given=True,
    ),
    rival(
        "Ardent Studios is a recording space.",
        "Ardent Studios is a recording facility in Memphis.",
        "a-broader-kind-in-the-place",
        given=True,
    ),
    rival(
        "Lumen was one of the worst-selling singles of the year.",
        "It failed to chart in Europe, selling only 900 copies and becoming one of the"
        " worst-selling singles of the year.",
        "failed-to-denies-another-verb",
        given=True,
    ),
    rival(
        "Mara Quist graduated in 1968.",
        QUIST,
        "a-birth-year-is-no-day",
    ),
    rival(
        "Dana Wells was on a magazine cover.",
        "Dana Wells was not paid for the magazine cover.",
        "a-verb-after-the-negation-narrows-it",
    ),
    rival(
        "John Doe retired on 4 May 1986.", "John Doe (1894 - 1986) was an actor.", "a-death-year"
    ),
    rival(
        "Acme has 20 partners.",
        "Acme's rival Globex has 12 partners.",
        "another-names-own-count",
        given=True,
    ),
    rival("Acme holds 12 US patents.", "Acme holds 30 US trademarks.", "an-acronym-counts-nothing"),
    rival(
        "Quiet Hours is a 1940 comedy in three acts by Noel Hart.",
        "Quiet Hours, revived in 1962, is a comedy in three acts by Noel Hart.",
        "a-year-beside-a-count-is-its-own",
        given=True,
    ),
    rival(
        "Peter Vance produced Low Tide.",
        "Low Tide was co-produced by Ana Ruiz.",
        "co-produced-with-others",
        given=True,
    ),
    rival(
        "Peter Vance produced Low Tide.",
        "Low Tide was produced by Ana Ruiz and Tom Hale. Peter Vance was also a producer.",
        "the-subject-named-elsewhere",
        given=True,
    ),
    rival(
        "There is a city with the name Paris.",
        "Paris is the capital of France.",
        "name-the-noun",
    ),
    rival(
        "The sequel to Low Tide was not directed by Peter Vance.",
        "The sequel was directed by Ana Ruiz.",
        "an-unsaid-name-outside-the-subject",
        given=True,
    ),
    rival(
        "The series finale of Hold Fast aired in 2013.",
        "The pilot aired in 2012.",
        "the-subjects-words-unsaid",
        given=True,
    ),
    rival(
        "The capital of Norland is Oslo.",
        "The capital of Sweden is Stockholm.",
        "names-across-a-copula",
        given=True,
    ),
    rival(
        "Ashley Graham was never on a magazine cover.",
        "She has never appeared on the cover of a fashion magazine.",
        "the-source-negates-too",
        given=True,
    ),
]


@pytest.mark.parametrize(("claim", "evidence", "given"), NOT_CONTRADICTED)
def test_evidence_reading_does_not_contradict(claim, evidence, given):
    verdict = check(claim, evidence, given=given)
    assert verdict.stance is not CONTRADICTS, shown(verdict)


def test_kinds_reach_through_steps_and_not_across():
    kinds = default_lexicon().kinds
    assert {"musician", "performer", "person"} <= kinds[stem("drummer")]
    assert stem("singer") not in kinds[stem("actress")]


def test_evaluation_pairs_join_clitics_split_by_treebank_tokenisation(tmp_path):
    path = write_pairs(
        tmp_path,
        [{"claim": "Perry 's album did n't sell", "evidence": "It sold.", "label": "REFUTES"}],
    )
    (pair,) = load_pairs(path)
    assert pair.claim == "Perry's album didn't sell"
