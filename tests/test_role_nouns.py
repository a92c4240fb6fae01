"""Who holds a role, read from the nouns news uses for it: a name and its role set off by
commas with no article ("X, chief executive of Y,"), and a leader as the doer of "leads".
Each case is a short text written for the test."""

from __future__ import annotations

import pytest
from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case

APPOSITIONS = [
    case("Idris Volkmar, chief executive of Brannock Lines, did not attend the briefing.",
         "Idris Volkmar is the chief executive of Brannock Lines.", SUPPORTS,
         "a role set off by commas is its name's"),
    case("Idris Volkmar, chief executive of Brannock Lines, which runs the ferry, was absent.",
         "Idris Volkmar is the chief executive of Brannock Lines.", SUPPORTS,
         "past a relative clause"),
    case("Acme, Brightline, Corvid and others joined the group.", "Corvid joined the group.",
         SUPPORTS, "a list of names still ends in 'and others'"),
]  # fmt: skip

LEADERS = [
    case("Civic Renewal's leader, Ilsa Marovec, spoke first.",
         "The Civic Renewal Party is led by Ilsa Marovec.", SUPPORTS, "the leader leads"),
    case("Ilsa Marovec, leader of Civic Renewal, spoke first.",
         "Ilsa Marovec leads the Civic Renewal Party.", SUPPORTS, "leader of"),
    case("Civic Renewal's leader, Tomas Grell, spoke first.",
         "The Civic Renewal Party is led by Ilsa Marovec.", CONTRADICTS, "one leader at a time"),
    case("Ilsa Marovec, the deputy leader of Civic Renewal, spoke first.",
         "Ilsa Marovec leads the Civic Renewal Party.", OMITS, "a deputy does not lead"),
    case("Tomas Grell, the former leader of Civic Renewal, spoke first.",
         "Ilsa Marovec leads the Civic Renewal Party.", OMITS,
         "a former leader is no rival of the present one"),
    case("Ilsa Marovec, the former leader of Civic Renewal, spoke first.",
         "Ilsa Marovec leads the Civic Renewal Party.", CONTRADICTS, "she no longer leads it"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "claim", "expected"), APPOSITIONS)
def test_a_role_beside_a_name_is_its_names(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), LEADERS)
def test_a_leader_is_who_leads(text, claim, expected):
    assert_verdict(text, claim, expected)


def test_rescuers_who_saved_people_rescued_them():
    assert_verdict("Rescuers have saved 260 people, the coastguard said.",
                   "More than 250 people were saved.", SUPPORTS)  # fmt: skip
    assert_verdict("Rescuers have saved 260 people, the coastguard said.",
                   "More than 250 people were rescued.", SUPPORTS)  # fmt: skip
