"""A word read in the sense its sentence gives it: a word of taking part that has an object
("withdrew her pledge"), a kind of thing beside a verb ("its plant" is no act of building),
a part of a date ("the end of April" ends nothing), a word of founding that is no start of an
event ("unveiled a plan")."""

from __future__ import annotations

import pytest
from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case

CASES = [
    case("Orla Pemberton, who had promised to speak at the dinner, withdrew on Monday, citing illness.",
         "Orla Pemberton did not attend the dinner.", SUPPORTS, "withdrew-from-taking-part"),
    case("Contrary to reports, Orla Pemberton did not withdraw her support for the dinner.",
         "Orla Pemberton did not attend the dinner.", OMITS, "withdrew-an-object"),
    case("Orla Pemberton withdrew her offer of support for the dinner on Monday.",
         "Orla Pemberton did not attend the dinner.", OMITS, "withdrew-an-offer"),
    case("The gala total excludes a $500,000 pledge from Ingrid Salvesk, which she withdrew on "
         "Sunday.", "Ingrid Salvesk did not attend the gala.", OMITS, "which-she-withdrew"),
    case("The Tarsi satellite was launched on Monday. Corvane Engineering announced an open day "
         "at its plant.", "Corvane Engineering built the Tarsi satellite.", OMITS, "a-plant-built-nothing"),
    case("Corvane Engineering owns the Halden stadium.", "Corvane Engineering built the Halden stadium.",
         OMITS, "a-stadium-is-no-building-of-it"),
    case("Corvane Engineering built the Halden stadium in 2019.",
         "Corvane Engineering built the Halden stadium.", SUPPORTS, "built"),
    case("The Orchard Tower is a hotel.", "The Orchard Tower is a building.", SUPPORTS, "a-kind-is-still-a-kind"),
    case("After the strike, agents said clearing the backlog could take until the end of April.",
         "The strike ended on March 11, 2025.", OMITS, "the-end-of-april-ends-nothing"),
    case("The strike ended at the end of April.", "The strike ended in March.", CONTRADICTS,
         "ended-at-the-end-of-april"),
    case("The port authority unveiled its plan on March 17, 2025, weeks after the strike.",
         "The strike began in March 2025.", OMITS, "unveiling-begins-nothing"),
    case("The strike began on March 3, 2025.", "The strike began in March 2025.", SUPPORTS, "began"),
    case("Tobias Kerrigan, the fund's treasurer, resigned on Monday.",
         "Treasurer Tobias Kerrigan resigned.", SUPPORTS, "a-title-in-the-claim"),
    case("Prime Minister Ana Ruiz resigned on Friday.", "Ana Ruiz resigned.", SUPPORTS,
         "a-title-in-the-source"),
    case("Ana Ruiz resigned on Friday.", "Prime Minister Ana Ruiz resigned.", OMITS,
         "a-title-the-source-does-not-give"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "claim", "expected"), CASES)
def test_a_word_in_the_sense_its_sentence_gives_it(text, claim, expected):
    assert_verdict(text, claim, expected)
