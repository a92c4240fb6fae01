"""What a count underwent, a claim about all of something, roles that lead without being one
another, and being at an event: each reading with the cases that fail without it.

- A count that is the subject of a verb saying what befell it ("47 whales died") is matched
  only by a count said with that verb or one of its sense, not by one refloated or found.
- "all" and "every" in a claim are words the source must say: "did not open all of its beds"
  is neither supported nor contradicted by "opened".
- A captain, a coach and a chair each lead, but are roles of their own: a coach is no
  captain, and leading a team to a win makes no one its captain.
- Being at an event is attending it, and "was not at" (or "was not among those at") denies it:
  a plain negation within a frame word of several words that the lexicon lets it split denies
  that word; "was not among the speakers at" denies speaking, not being there.
- A participle after a comma is said of its clause's subject, past an "as" after a verb ("the
  Hexers emerged as champions, edging the Corsairs": the Hexers edged them).
"""

from __future__ import annotations

import pytest
from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

from alliance_cli.engine.lexicon import load_lexicon
from alliance_cli.errors import InputError
from alliance_cli.resources import data_file

CASES = [
    case(
        "Rescue\nAbout 30 of the whales had been refloated by Wednesday, rescuers said.",
        "More than 20 of the whales died.",
        OMITS,
        "refloated-are-no-dead",
    ),
    case(
        "Rescue\nVolunteers worked on Thursday to save forty-seven whales found beached on the shore.",
        "More than 20 of the whales died.",
        OMITS,
        "found-are-no-dead",
    ),
    case(
        "Rescue\nForty-seven whales died on the beach.",
        "More than 20 of the whales died.",
        SUPPORTS,
        "died-are-dead",
    ),
    case(
        "Rescue\nOnly 12 of the whales died.",
        "More than 20 of the whales died.",
        CONTRADICTS,
        "fewer-dead",
    ),
    case(
        "Storm\nBy Thursday, insurers had logged 9,300 claims.",
        "Insurers received about 9,300 claims.",
        SUPPORTS,
        "what-was-received-however-said",
    ),
    case(
        "Hospital\nThe hospital opened on Tuesday with 280 beds.",
        "The hospital did not open all of its beds on its first day.",
        OMITS,
        "not-all-is-no-denial",
    ),
    case(
        "Hospital\nThe hospital opened its beds on Tuesday.",
        "The hospital opened all of its beds.",
        OMITS,
        "all-unsaid",
    ),
    case(
        "Charter\nEvery member signed the charter.",
        "All members signed the charter.",
        SUPPORTS,
        "every-is-all",
    ),
    case(
        "Hospital\nThe hospital did not open its beds on Tuesday.",
        "The hospital opened all of its beds.",
        CONTRADICTS,
        "none-opened",
    ),
    case(
        'Final\n"I am proud of every one of them," said Corsairs coach Ilse Marchetti.',
        "The Brightwater Corsairs are captained by Oskian Pell.",
        OMITS,
        "a-coach-is-no-captain",
    ),
    case(
        "Final\nMirek Tannheuser, the most valuable player, led the Valdor Hexers to a 3-1 victory.",
        "Mirek Tannheuser is the captain of the Valdor Hexers.",
        OMITS,
        "leading-to-a-win-is-no-captaincy",
    ),
    case(
        "Final\nOskian Pell captained the Hexers to the title.",
        "Mirek Tannheuser is the captain of the Hexers.",
        CONTRADICTS,
        "another-captain",
    ),
    case(
        "Referendum\nOrla Penhallow, who chairs Citizens for Sensible Transit, conceded.",
        "Orla Penhallow leads Citizens for Sensible Transit.",
        SUPPORTS,
        "a-chair-leads",
    ),
    case(
        "Final\nGrandmaster Lukas Dremmel was not at the deciding game of the final last weekend.",
        "Lukas Dremmel did not attend the deciding game.",
        SUPPORTS,
        "was-not-at",
    ),
    case(
        "Final\nLukas Dremmel was at the deciding game.",
        "Lukas Dremmel did not attend the deciding game.",
        CONTRADICTS,
        "was-at-denied",
    ),
    case(
        "Final\nLukas Dremmel was at home during the deciding game.",
        "Lukas Dremmel attended the deciding game.",
        OMITS,
        "at-home-is-no-game",
    ),
    case(
        "Gala\nIngrid Salvesk was not among those at the gala on Friday.",
        "Ingrid Salvesk attended the gala.",
        CONTRADICTS,
        "not-among-those-at",
    ),
    case(
        "Summit\nLena Hart was not among the speakers at the Tessby summit on Monday.",
        "Lena Hart attended the Tessby summit.",
        OMITS,
        "not-among-the-speakers",
    ),
    case(
        "Summit\nLena Hart was not among those invited, but she was at the Tessby summit.",
        "Lena Hart attended the Tessby summit.",
        SUPPORTS,
        "not-among-those-invited-but-there",
    ),
    case(
        "Volunteers refloat 31 pilot whales after mass stranding\nRescuers worked all night.",
        "More than 20 of the whales died.",
        OMITS,
        "a-count-with-no-verb-says-nothing-of-what-befell-it",
    ),
    case(
        "Summit\nLena Hart was not among those at the Tessby summit who signed the pledge.",
        "Lena Hart attended the Tessby summit.",
        OMITS,
        "not-among-those-who-signed",
    ),
    case(
        "Final\nThe Valdor Hexers emerged as Ardent Crown champions on Saturday, edging the "
        "Brightwater Corsairs by three maps to two.",
        "The Brightwater Corsairs won the Ardent Crown final.",
        CONTRADICTS,
        "a-participle-after-emerged-as-is-the-subject's",
    ),
]


@verdict_cases(CASES)
def test_fates_universals_and_roles(text, claim, expected):
    assert_verdict(text, claim, expected)


def test_a_fate_must_name_a_counted_group(tmp_path):
    text = data_file("lexicon.yaml").read_text(encoding="utf-8")
    assert "  fates: [death," in text
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text(text.replace("  fates: [death,", "  fates: [unicorn, death,"), "utf-8")
    with pytest.raises(InputError) as raised:
        load_lexicon(lexicon, data_file("aliases.yaml"))
    assert "unicorn" in str(raised.value) and "lexicon.yaml" in str(raised.value)
