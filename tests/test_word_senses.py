"""A word read in the sense its sentence gives it: a word of taking part that has an object
("withdrew her pledge"), a kind of thing beside a verb ("its plant" is no act of building),
a part of a date ("the end of April" ends nothing), a word of two frames by its object
("joined the strike" takes part, "joined the alliance" becomes a member)."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

CASES = [
    case("Orla Pemberton, who had promised to speak at the dinner, withdrew on Monday, citing illness.",
         "Orla Pemberton did not attend the dinner.", SUPPORTS, "withdrew-from-taking-part"),
    case("Contrary to reports, Orla Pemberton did not withdraw her support for the dinner.",
         "Orla Pemberton did not attend the dinner.", OMITS, "withdrew-an-object"),
    case("Dana Holt withdrew Monday, citing a back injury, and the Orlen Open went ahead without "
         "her.", "Dana Holt played in the Orlen Open.", CONTRADICTS, "withdrew-monday"),
    case("Dana Holt withdrew quietly from the Orlen Open.", "Dana Holt played in the Orlen Open.",
         CONTRADICTS, "withdrew-quietly"),
    case("Dana Holt is withdrawing from the Orlen Open with a back injury.",
         "Dana Holt will play in the Orlen Open.", CONTRADICTS, "is-withdrawing"),
    case("Senator Ana Ruiz withdrew her name from the Verland leadership race on Friday.",
         "Ana Ruiz took part in the Verland leadership race.", CONTRADICTS, "withdrew-her-name-from"),
    case("Acme withdrew its bid for Lumen on Monday and attended the Verrin summit.",
         "Acme attended the Verrin summit.", SUPPORTS, "withdrew-a-bid-and-attended"),
    case("Acme withdrew its bid for Lumen on Monday.", "Acme withdrew its bid for Lumen.", SUPPORTS,
         "a-claim-that-withdrew-a-bid"),
    case("Acme did not withdraw its bid for Lumen, its chief executive said.",
         "Acme withdrew its bid for Lumen.", CONTRADICTS, "a-claim-that-withdrew-a-bid-denied"),
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
    case("Workers celebrated the end of May's strike at the Orlen plant.",
         "The strike at the Orlen plant ended.", SUPPORTS, "the-end-of-mays-strike"),
    case("Orlen celebrated the end of the 2024 strike with a parade.", "The 2024 strike ended.",
         SUPPORTS, "the-end-of-the-2024-strike"),
    case("The port authority unveiled its plan on March 17, 2025, weeks after the strike.",
         "The strike began in March 2025.", OMITS, "unveiling-begins-nothing"),
    case("The strike began on March 3, 2025.", "The strike began in March 2025.", SUPPORTS, "began"),
    case("The Port Clerks' Union, led by Jonas Freiberg, did not take part in the strike.",
         "The Port Clerks' Union did not join the strike.", SUPPORTS, "join-a-strike-takes-part"),
    case("The Port Clerks' Union joined the strike on Monday.",
         "The Port Clerks' Union took part in the strike.", SUPPORTS, "joined-a-strike"),
    case("The Port Clerks' Union took part in the launch of the Harbour Alliance.",
         "The Port Clerks' Union joined the Harbour Alliance.", OMITS, "join-a-group-is-membership"),
    case("Acme joined the Widget Coalition on Monday.", "Acme is a member of the Widget Coalition.",
         SUPPORTS, "joined-a-group"),
    case("Tobias Kerrigan, the fund's treasurer, resigned on Monday.",
         "Treasurer Tobias Kerrigan resigned.", SUPPORTS, "a-title-in-the-claim"),
    case("Prime Minister Ana Ruiz resigned on Friday.", "Ana Ruiz resigned.", SUPPORTS,
         "a-title-in-the-source"),
    case("Ana Ruiz resigned on Friday.", "Prime Minister Ana Ruiz resigned.", OMITS,
         "a-title-the-source-does-not-give"),
]  # fmt: skip


@verdict_cases(CASES)
def test_a_word_in_the_sense_its_sentence_gives_it(text, claim, expected):
    assert_verdict(text, claim, expected)
