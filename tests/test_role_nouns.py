"""Who holds a role, read from the nouns news uses for it: a name and its role set off by
commas with no article ("X, chief executive of Y,"), and a leader as the doer of "leads".
Each case is a short text written for the test."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

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
    case("The investigation is led by Commander Ilse Varga, police said.",
         "Commander Ilse Varga is leading the police investigation.", SUPPORTS,
         "'is leading' is no passive"),
    case("The inquiry is being led by Commander Tomas Berg, police said.",
         "Commander Ilse Varga is leading the police investigation.", CONTRADICTS,
         "another leads the inquiry, which is the investigation"),
]  # fmt: skip


UNNAMED_HOLDERS = [
    case("Tobias Wrenfield, the chairman of Carrow & Lisle, spoke. The sale went well.",
         "Edmund Halloway is the chairman of Carrow & Lisle.", CONTRADICTS,
         "another chairman, in a source that never names the claim's"),
    case("Tobias Wrenfield, the chairman of Harrow Group, spoke. The sale went well.",
         "Edmund Halloway is the chairman of Carrow & Lisle.", OMITS, "of another company"),
    case("Civic Renewal's leader, Tomas Grell, spoke first. The rally went well.",
         "Ilsa Marovec leads Civic Renewal.", CONTRADICTS, "another leader"),
    case("Tomas Grell spoke first. The rally went well.", "Ilsa Marovec leads Civic Renewal.",
         OMITS, "no one in the role"),
]  # fmt: skip


TITLES = [
    case("Skelbridge Air collapses\nChief executive Annika Roel, who was absent, apologised.",
         "Skelbridge chief executive Annika Roel apologised.", SUPPORTS,
         "the company of a title, named by the story"),
    case("Harlow Mills thrives\nChief executive Annika Roel, who was absent, apologised.",
         "Skelbridge chief executive Annika Roel apologised.", OMITS,
         "a story of another company"),
]  # fmt: skip


FORMER = [
    case("Anselm Fitch, the Verrand's former director, said museums had cut staff.",
         "Anselm Fitch is the director of the Verrand Museum.", CONTRADICTS,
         "a former director of a named museum is no longer its director"),
    case("Anselm Fitch, the former director of the Verrand Museum, said so.",
         "Anselm Fitch is the director of the Verrand Museum.", CONTRADICTS, "former, of"),
    case("Anselm Fitch is a former American football player.",
         "Anselm Fitch is an American football player.", SUPPORTS,
         "'former' of no organisation's role is said of the player"),
]  # fmt: skip

OWN_WORDS = [
    case("Tovrell's chief, Marit Olsby, was absent.", "Marit Olsby was absent.", SUPPORTS,
         "a word that denies by itself, in the claim and the source"),
    case("Marit Olsby was absent.", "Marit Olsby attended.", CONTRADICTS, "absent"),
    case("Marit Olsby attended.", "Marit Olsby was absent.", CONTRADICTS, "attended"),
    case("Marit Olsby was absent.", "Marit Olsby did not attend.", SUPPORTS, "absent"),
]  # fmt: skip


@verdict_cases(FORMER)
def test_a_former_holder_of_a_named_organisation_s_role_no_longer_holds_it(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(OWN_WORDS)
def test_a_word_that_denies_by_itself_denies_once(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(TITLES)
def test_a_title_before_a_name_may_name_what_the_story_names(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(UNNAMED_HOLDERS)
def test_another_holder_of_a_role_with_one_holder_needs_no_mention_of_the_claims(
    text, claim, expected
):
    assert_verdict(text, claim, expected)


@verdict_cases(APPOSITIONS)
def test_a_role_beside_a_name_is_its_names(text, claim, expected):
    assert_verdict(text, claim, expected)


@verdict_cases(LEADERS)
def test_a_leader_is_who_leads(text, claim, expected):
    assert_verdict(text, claim, expected)


def test_a_thing_a_name_owns_is_not_the_name():
    assert_verdict("Acme's parent company, Zeta Holdings, is led by Ana Ruiz.",
                   "Ana Ruiz leads Acme.", OMITS)  # fmt: skip
    assert_verdict("Okalu's title defence ends in the medical tent.",
                   "Dessin Okalu did not finish the race.", OMITS)  # fmt: skip
    assert_verdict("The Widget Coalition's members include Acme.",
                   "Acme is a member of the Widget Coalition.", SUPPORTS)  # fmt: skip


def test_a_name_after_a_possessive_is_the_phrase_s_name():
    text = "Mara Quill, chief executive of Tessary Foods' rival Brisco, said sales fell."
    assert_verdict(text, "Mara Quill is the chief executive of Brisco.", SUPPORTS)
    text = "Ivo Lund, chief executive of Tessary Foods' parent company, spoke."
    assert_verdict(text, "Ivo Lund is the chief executive of Tessary Foods.", OMITS)


def test_claiming_victory_is_not_winning():
    assert_verdict("Both candidates claimed victory in the race on Sunday.",
                   "Tomas Ekwendo won the race.", OMITS)  # fmt: skip


def test_a_place_in_an_order_fills_no_role():
    assert_verdict("Okalu finished ninth in the race.", "Dessin Okalu finished the race.",
                   SUPPORTS)  # fmt: skip
    assert_verdict("Okalu finished ninth in the race.", "Dessin Okalu did not finish the race.",
                   CONTRADICTS)  # fmt: skip


def test_rescuers_who_saved_people_rescued_them():
    assert_verdict("Rescuers have saved 260 people, the coastguard said.",
                   "More than 250 people were saved.", SUPPORTS)  # fmt: skip
    assert_verdict("Rescuers have saved 260 people, the coastguard said.",
                   "More than 250 people were rescued.", SUPPORTS)  # fmt: skip
