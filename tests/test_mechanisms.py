"""One small case per mechanism of the verdict engine, each on a one- or two-sentence text
written for the test (no seed, no curated claim): negation and its scope, substitution in the
same frame, antonyms, quantities, dates at their precision, lists, aliases, names, pronouns,
"only" claims, real-world layout, and evidence that spans two sentences."""

from __future__ import annotations

import pytest
from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, judge

WIDGET = "The Widget Coalition was launched on Monday by a group of firms. "

# ---------------------------------------------------------------- negation and its scope

NEGATION = [
    case(
        "Acme is not a member of the Widget Coalition.",
        "Acme is a member of the Widget Coalition",
        CONTRADICTS,
        "not",
    ),
    case(
        "Brightline has never been a member of the Widget Coalition.",
        "Brightline is a member of the Widget Coalition",
        CONTRADICTS,
        "never",
    ),
    case(
        "The Tarnow council has no budget for the new bridge.",
        "The Tarnow council has a budget for the new bridge",
        CONTRADICTS,
        "no",
    ),
    case(
        "Acme is not part of the alliance, nor is Brightline.",
        "Brightline is part of the alliance",
        CONTRADICTS,
        "nor-second-name",
    ),
    case(
        "Acme is not part of the alliance, nor is Brightline.",
        "Acme is part of the alliance",
        CONTRADICTS,
        "nor-first-name",
    ),
    case(
        "Acme failed to join the Widget Coalition.",
        "Acme joined the Widget Coalition",
        CONTRADICTS,
        "failed-to",
    ),
    case(
        "Brightline refused to sign the Oslo treaty.",
        "Brightline signed the Oslo treaty",
        CONTRADICTS,
        "refused-to",
    ),
    case(
        "Corvid Bank declined to join the Widget Coalition.",
        "Corvid Bank joined the Widget Coalition",
        CONTRADICTS,
        "declined",
    ),
    case(
        "Tomas Brenner, who leads the opposition, stopped short of calling for the mayor's "
        "resignation.",
        "Tomas Brenner called on the mayor to resign.",
        CONTRADICTS,
        "stopped-short-of",
    ),
    case(
        "The minister refrained from criticising the union on Monday.",
        "The minister did not criticise the union.",
        SUPPORTS,
        "refrained-from",
    ),
    case(
        "Acme was absent from the list of Widget Coalition members published on Monday.",
        "Acme is a member of the Widget Coalition",
        CONTRADICTS,
        "absent",
    ),
    case(
        "The Widget Coalition was launched on Monday, and analysts noted the absence of Acme.",
        "Acme is a member of the Widget Coalition",
        CONTRADICTS,
        "absence-of",
    ),
    case(
        "Acme is missing from the Widget Coalition's list of members.",
        "Acme is a member of the Widget Coalition",
        CONTRADICTS,
        "missing-from",
    ),
    case(
        "The Widget Coalition was launched on Monday, and Acme's no-show surprised analysts.",
        "Acme is a member of the Widget Coalition",
        CONTRADICTS,
        "no-show",
    ),
    case(
        "Acme is not among the members of the Widget Coalition.",
        "Acme is a member of the Widget Coalition",
        CONTRADICTS,
        "not-among",
    ),
    case(
        WIDGET + "Acme, Brightline and Corvid are not part of this.",
        "Corvid is a member of the Widget Coalition",
        CONTRADICTS,
        "are-not-part-of-this-after-a-list",
    ),
    case(
        "The Widget Coalition's list of members omits Acme.",
        "Acme is a member of the Widget Coalition",
        CONTRADICTS,
        "omits",
    ),
    case(
        "Acme's no-show at the launch of the Widget Coalition was noted.",
        "Acme is not a member of the Widget Coalition",
        SUPPORTS,
        "no-show-supports-the-negated-claim",
    ),
    case(
        "The members of the Widget Coalition include Acme, Brightline and Corvid.",
        "Brightline is not a member of the Widget Coalition",
        CONTRADICTS,
        "a-list-contradicts-the-negated-claim",
    ),
    case(
        "Acme joined the Widget Coalition, but Brightline did not.",
        "Acme joined the Widget Coalition",
        SUPPORTS,
        "scope-ends-at-but-first-clause",
    ),
    case(
        "Acme joined the Widget Coalition, but Brightline did not.",
        "Brightline joined the Widget Coalition",
        CONTRADICTS,
        "scope-ends-at-but-second-clause",
    ),
    case(
        WIDGET + "Acme, Brightline and Corvid are not part of this.",
        "Dorset Bank is a member of the Widget Coalition",
        OMITS,
        "a-name-outside-the-negated-list-omits",
    ),
]

# A negation that bears on another word does not flip the claim.
OTHER_WORD_NEGATED = [
    case(
        "Tomas Varga had two daughters and no sons.",
        "Tomas Varga had daughters",
        SUPPORTS,
        "two-daughters-and-no-sons-supports-daughters",
    ),
    case(
        "Tomas Varga had two daughters and no sons.",
        "Tomas Varga had sons",
        CONTRADICTS,
        "two-daughters-and-no-sons-contradicts-sons",
    ),
    case(
        "The Orvella Bridge was not cheap, but it opened on time.",
        "The Orvella Bridge opened on time",
        SUPPORTS,
        "not-cheap-but-opened-on-time",
    ),
    case(
        "The Widget Coalition, which does not charge a fee, includes Acme.",
        "Acme is a member of the Widget Coalition",
        SUPPORTS,
        "negated-relative-clause",
    ),
]

# ---------------------------------------------------------------- substitution in the same frame

SUBSTITUTION = [
    case(
        "Gin is a spirit which derives its predominant flavour from juniper berries.",
        "Gin derives its main flavour from juniper berries",
        SUPPORTS,
        "a-synonym-of-main",
    ),
    case(
        "The Salt Road was written by Clara Hendricks.",
        "The Salt Road was written by Ian Moss",
        CONTRADICTS,
        "another-person",
    ),
    case(
        "Yann LeCun is Meta's chief AI scientist.",
        "Yann LeCun is IBM's chief AI scientist",
        CONTRADICTS,
        "another-organisation-in-a-role",
    ),
    case(
        "Yann LeCun is Meta's chief AI scientist.",
        "Yann LeCun is Meta's chief AI scientist",
        SUPPORTS,
        "the-same-organisation-in-a-role",
    ),
    case(
        "The 2019 Nordic Energy Summit was held in Oslo.",
        "The 2019 Nordic Energy Summit was held in Bergen",
        CONTRADICTS,
        "another-place",
    ),
    case(
        "The Tarnow Philharmonic has 80 musicians.",
        "The Tarnow Philharmonic has 95 musicians",
        CONTRADICTS,
        "another-number",
    ),
    case(
        "The Orvella Museum opened in 1998.",
        "The Orvella Museum opened in 2004",
        CONTRADICTS,
        "another-year",
    ),
    case(
        "Harbour Lights is an American television series.",
        "Harbour Lights is a political party",
        CONTRADICTS,
        "another-category",
    ),
    case(
        "Blue Hour is a song recorded by Nina Sol.",
        "Blue Hour is a song recorded by Marco Vell",
        CONTRADICTS,
        "recorded-by-another",
    ),
    case(
        "Blue Hour is a song recorded by Nina Sol.",
        "Blue Hour was recorded by Nina Sol",
        SUPPORTS,
        "recorded-by-the-same",
    ),
    # A non-exclusive role or a list does not exclude another filler.
    case(
        "IBM co-founded the AI Alliance.",
        "Google co-founded the AI Alliance",
        OMITS,
        "a-co-founder-does-not-exclude-another",
    ),
    case(
        "The Widget Coalition includes members like Acme and Brightline.",
        "The Widget Coalition includes Corvid",
        OMITS,
        "includes-members-like-does-not-exclude-another",
    ),
    case(
        "The Widget Coalition's members include Acme, Brightline and Corvid.",
        "Dorset Bank is a member of the Widget Coalition",
        OMITS,
        "a-member-list-does-not-make-a-non-member",
    ),
    case(
        "Polaris Cells, a rival of Acme, criticised the Widget Coalition.",
        "Polaris Cells is a member of the Widget Coalition",
        OMITS,
        "a-critic-is-not-a-non-member",
    ),
]

# ---------------------------------------------------------------- antonyms

ANTONYMS = [
    case(
        "Critics called Harbour Lights the worst series of 2010.",
        "Critics called Harbour Lights the best series of 2010",
        CONTRADICTS,
        "best-worst",
    ),
    case(
        "The Tarnow Rovers lost the 1998 cup final.",
        "The Tarnow Rovers won the 1998 cup final",
        CONTRADICTS,
        "won-lost",
    ),
    case(
        "The Orvella Bridge opened before the election.",
        "The Orvella Bridge opened after the election",
        CONTRADICTS,
        "before-after",
    ),
    case(
        "Ticket sales at the Orvella Museum decreased in 2019.",
        "Ticket sales at the Orvella Museum increased in 2019",
        CONTRADICTS,
        "increase-decrease",
    ),
    case(
        "Nina Sol was the last singer to perform at the Tarnow festival.",
        "Nina Sol was the first singer to perform at the Tarnow festival",
        CONTRADICTS,
        "first-last",
    ),
    case(
        "The Orvella Museum is closed on Mondays.",
        "The Orvella Museum is open on Mondays",
        CONTRADICTS,
        "open-closed",
    ),
    case(
        "The Tarnow Rovers won the 1998 cup final.",
        "The Tarnow Rovers won the 1998 cup final",
        SUPPORTS,
        "same-word-supports",
    ),
]

# ---------------------------------------------------------------- quantities

QUANTITIES = [
    case(
        "The Widget Coalition has over fifty members.",
        "The Widget Coalition has more than 50 members",
        SUPPORTS,
        "over-fifty-supports-more-than-50",
    ),
    case(
        "The Widget Coalition has over fifty members.",
        "The Widget Coalition has 47 members",
        CONTRADICTS,
        "over-fifty-contradicts-47",
    ),
    case(
        "The Widget Coalition has forty-seven members.",
        "The Widget Coalition has 47 members",
        SUPPORTS,
        "forty-seven-supports-47",
    ),
    case(
        "The Widget Coalition has forty-seven members.",
        "The Widget Coalition has about 45 members",
        CONTRADICTS,
        "forty-seven-is-outside-about-45",
    ),
    case(
        "The Widget Coalition has a dozen members.",
        "The Widget Coalition has 12 members",
        SUPPORTS,
        "a-dozen-is-12",
    ),
    case(
        "The Widget Coalition has a dozen members.",
        "The Widget Coalition has 20 members",
        CONTRADICTS,
        "a-dozen-is-not-20",
    ),
    case(
        "The Widget Coalition brings together 47 organisations.",
        "The Widget Coalition has 47 members",
        SUPPORTS,
        "organisations-count-members",
    ),
    case(
        "The Widget Coalition counts 47 companies.",
        "The Widget Coalition has 47 participants",
        SUPPORTS,
        "companies-count-participants",
    ),
    case(
        "The Widget Coalition has more than 40 members.",
        "The Widget Coalition has 47 members",
        OMITS,
        "less-precise-compatible-decides-nothing",
    ),
    case(
        "The Widget Coalition has 47 members and 300 employees.",
        "The Widget Coalition has 300 members",
        CONTRADICTS,
        "a-count-of-another-noun-is-not-the-count",
    ),
]

# ---------------------------------------------------------------- dates at their precision

DATES = [
    case(
        "The Widget Coalition was launched in December 2023.",
        "The Widget Coalition was launched on December 5, 2023",
        OMITS,
        "a-month-does-not-say-the-day",
    ),
    case(
        "The Widget Coalition was launched on December 5, 2023.",
        "The Widget Coalition was launched in December 2023",
        SUPPORTS,
        "day-supports-its-month",
    ),
    case(
        "The Widget Coalition was launched in 2022.",
        "The Widget Coalition was launched on December 5, 2023",
        CONTRADICTS,
        "another-year-contradicts-a-day",
    ),
    case(
        "The Widget Coalition was launched on December 5, 2023.",
        "The Widget Coalition was launched in 2022",
        CONTRADICTS,
        "a-day-contradicts-another-year",
    ),
    case(
        "Nina Sol was born in December.",
        "Nina Sol was born on 26 May 1970",
        CONTRADICTS,
        "born-in-december-vs-26-may-1970",
    ),
    case(
        "Nina Sol (born 26 May 1970) is a Danish singer.",
        "Nina Sol was born in December",
        CONTRADICTS,
        "born-26-may-1970-vs-december",
    ),
    case(
        "Nina Sol (born 26 May 1970) is a Danish singer.",
        "Nina Sol was born in May",
        SUPPORTS,
        "born-26-may-1970-supports-may",
    ),
]

# ---------------------------------------------------------------- lists

LISTS = [
    case(
        "The Widget Coalition has 30 members, including Acme, Brightline and Corvid.",
        "Brightline is a member of the Widget Coalition",
        SUPPORTS,
        "including",
    ),
    case(
        "The Widget Coalition brings together firms such as Acme and Brightline.",
        "Brightline is a member of the Widget Coalition",
        SUPPORTS,
        "such-as",
    ),
    case(
        "The Widget Coalition counts firms like Acme and Brightline among its members.",
        "Acme is a member of the Widget Coalition",
        SUPPORTS,
        "like",
    ),
    case(
        "The Widget Coalition's cohort includes names like Acme, Brightline and Corvid.",
        "Corvid is a member of the Widget Coalition",
        SUPPORTS,
        "names-like",
    ),
    case(
        "The Widget Coalition unveiled a lineup of Acme, Brightline and Corvid.",
        "Brightline is a member of the Widget Coalition",
        SUPPORTS,
        "lineup-of",
    ),
    case(
        "Acme, Brightline, Corvid and others formed the Widget Coalition.",
        "Corvid is a member of the Widget Coalition",
        SUPPORTS,
        "and-others",
    ),
    case(
        "Acme, Brightline, Corvid and others formed the Widget Coalition.",
        "Dorset Bank is a member of the Widget Coalition",
        OMITS,
        "and-others-says-nothing-of-an-unnamed-firm",
    ),
]

# ---------------------------------------------------------------- aliases and names

ALIASES = [
    case(
        "NVIDIA Corporation joined the Widget Coalition.",
        "Nvidia is a member of the Widget Coalition",
        SUPPORTS,
        "nvidia-corporation",
    ),
    case(
        "Facebook is a founding member of the Widget Coalition.",
        "Meta is a member of the Widget Coalition",
        SUPPORTS,
        "meta-facebook",
    ),
    case(
        "Dell Technologies is not part of the Widget Coalition.",
        "Dell is a member of the Widget Coalition",
        CONTRADICTS,
        "dell-technologies",
    ),
    case(
        "Yale University joined the Widget Coalition.",
        "Yale is a member of the Widget Coalition",
        SUPPORTS,
        "yale-university",
    ),
    case(
        "AWS declined to join the Widget Coalition.",
        "Amazon Web Services is a member of the Widget Coalition",
        CONTRADICTS,
        "aws-amazon-web-services",
    ),
]

NAMES = [
    case(
        "Neil Leslie Diamond is an American singer.",
        "Neil Diamond is an American singer",
        SUPPORTS,
        "longer-name-in-the-source",
    ),
    case(
        "Neil Diamond is an American singer.",
        "Neil Leslie Diamond is an American singer",
        SUPPORTS,
        "longer-name-in-the-claim",
    ),
    case(
        "Diamond is an American singer and songwriter.",
        "Neil Diamond is an American singer",
        SUPPORTS,
        "surname-only-in-the-source",
    ),
    case(
        "Neil Leslie Diamond was born in Brooklyn.",
        "Diamond was born in Paris",
        CONTRADICTS,
        "surname-only-in-the-claim",
    ),
    case(
        "Timothy Simon Roth is an American actor.",
        "Tim Roth is a Canadian actor",
        CONTRADICTS,
        "short-form-of-a-given-name",
    ),
    case(
        "Jo Roth is an American actor.",
        "Jonathan Roth is a Canadian actor",
        OMITS,
        "a-two-letter-given-name-is-no-short-form",
    ),
]

# a participle after a noun closes its phrase; between a modifier and a noun it is an adjective
PARTICIPLES = [
    case(
        "The Mod Squad is an American film released in 1973.",
        "The Mod Squad is an American series",
        CONTRADICTS,
        "a-rival-kind-followed-by-a-participle",
    ),
    case(
        "Bright Lane is a French animated television series created by Ana Lotte.",
        "Bright Lane is an American series",
        CONTRADICTS,
        "a-participle-after-a-nationality-modifies",
    ),
    case(
        "Bright Lane is a French animated television series created by Ana Lotte.",
        "Bright Lane is a French series",
        SUPPORTS,
        "the-same-nationality-across-a-participle",
    ),
    case(
        "Nova is a critically acclaimed film directed by Ana Lotte.",
        "Nova is a film",
        SUPPORTS,
        "a-participle-after-an-adverb-modifies",
    ),
    case(
        "Ana Lotte fired in an 88th-minute goal to settle the match.",
        "Ana Lotte scored a goal",
        SUPPORTS,
        "an-ordinal-in-figures-stands-in-a-noun-phrase",
    ),
]

# rivals in one slot: an antonym before a noun of the same kind, a rival place in an order
RIVAL_WORDS = [
    case(
        "Varden Vale is the fictional setting of a novel by Ana Lotte.",
        "Varden Vale is a real place",
        CONTRADICTS,
        "an-antonym-before-a-noun-of-the-same-kind",
    ),
    case(
        "Blue Hour is a song by Ana Lotte from her second studio album.",
        "Blue Hour is a song from Ana Lotte's first studio album",
        CONTRADICTS,
        "another-ordinal-in-what-a-copula-says",
    ),
    case(
        "Tomas Vell (born 1987) is an American poker player.",
        "Tomas Vell is a football player",
        CONTRADICTS,
        "another-game-before-the-same-noun",
    ),
    case(
        "Tomas Vell scored twice in the football final.",
        "Tomas Vell plays poker",
        OMITS,
        "a-game-that-is-no-rival-outside-a-copula",
    ),
    case(
        "Turnout reached 58.4 percent; the second round is on 26 October.",
        "First-round turnout was 58.4%",
        OMITS,
        "an-ordinal-that-picks-an-occasion-is-no-rival",
    ),
    case(
        "Fantastic Voyage was released in the United States on July 8, 2005.",
        "Fantastic Voyage (2005 film) was released in August",
        CONTRADICTS,
        "a-bracketed-description-of-a-name-only-narrows-the-claim",
    ),
    case(
        "Fantastic Voyage was released in the United States on August 8, 2005.",
        "Fantastic Voyage (2005 film) was released in August",
        OMITS,
        "a-bracketed-description-the-source-does-not-give-stops-support",
    ),
    case(
        "Dreamer is a 2005 American sports drama film directed by Ana Lotte.",
        "Dreamer (2005 film) is a Canadian sports film",
        CONTRADICTS,
        "a-year-in-brackets-describes-the-name",
    ),
]

# a role's filler the claim describes more narrowly than the source names it (⊒)
NARROWER_FILLERS = [
    case(
        "Harlow United won the Brenner Cup on Sunday, beating Kessel Town 2-1.",
        "Kessel Town won the Brenner Cup final",
        CONTRADICTS,
        "a-rival-winner-of-the-competition-the-final-belongs-to",
    ),
    case(
        "Harlow United won the Brenner Cup on Sunday, beating Kessel Town 2-1.",
        "Harlow United won the Brenner Cup final",
        OMITS,
        "winning-the-competition-says-less-than-winning-its-final",
    ),
    case(
        "The Aster Alliance was formed in 1991 by three firms.",
        "The Aster alliance was formed in 1991",
        SUPPORTS,
        "a-description-by-the-names-own-last-word-is-the-name",
    ),
]

# a rate is no length, a change no share; a claim's capitalised first word may be a word
FIGURE_KINDS = [
    case(
        "Sea level rose about 1.7 mm/yr during the 20th century.",
        "Sea level rose about 8 inches during the 20th century",
        OMITS,
        "a-rate-is-no-length",
    ),
    case(
        "The river carried 40 litres a second in May; a year later it carried 90 litres a second.",
        "The river carried 40 litres per second in May",
        SUPPORTS,
        "a-rate-against-the-same-rate",
    ),
    case(
        "Lineage K raised the risk of heart disease, accounting for 90% of cases in men.",
        "Lineage K raised the risk of heart disease by 50%",
        OMITS,
        "a-share-is-no-change",
    ),
    case(
        "Carriers of lineage K had about a 50% higher risk of heart disease than other men.",
        "Carriers of lineage K had a 70% higher risk of heart disease",
        CONTRADICTS,
        "a-change-against-a-change",
    ),
    case(
        "In the trial, amitriptyline reduced headaches in most patients.",
        "Amitriptyline reduced headaches",
        SUPPORTS,
        "a-claims-first-word-found-as-a-word",
    ),
]

# what a claim reports ("They tell us that X") is X; a pronoun there stands for the reporter
# only in the third person
REPORTED = [
    case(
        "The Orvella dam cost $5 million to build.",
        "Officials tell us that the Orvella dam cost $9 million",
        CONTRADICTS,
        "told-us-that",
    ),
    case(
        "Acme will appeal the ruling, its lawyers said.",
        "Acme said it would appeal the ruling",
        SUPPORTS,
        "it-stands-for-the-reporter",
    ),
]

# a role written as a phrase ("chief executive") or in capitals ("CEO") is one role, no name
ROLE_PHRASES = [
    case(
        "In a written statement, Ada Roe, the company's CEO, apologised to Halden Cells buyers.",
        "Ben Cole is the chief executive of Halden Cells",
        CONTRADICTS,
        "another-holder-of-the-role-in-capitals",
    ),
    case(
        "In a written statement, Ada Roe, the company's CEO, apologised to Halden Cells buyers.",
        "Ada Roe is the chief executive of Halden Cells",
        SUPPORTS,
        "the-holder-of-the-role-in-capitals",
    ),
]

# a work "by" its maker: one maker, so another name there is a rival
WORKS_BY = [
    case(
        "Low Tide is the final studio album by the English rock band Grey Harbour.",
        "Low Tide is an album by Nina Sol",
        CONTRADICTS,
        "another-maker-of-the-album",
    ),
    case(
        "Low Tide is the final studio album by the English rock band Grey Harbour.",
        "Low Tide is an album by Grey Harbour",
        SUPPORTS,
        "the-same-maker-described",
    ),
    case(
        "Low Tide is a novel by Nina Sol, reviewed by Grey Harbour in May.",
        "Low Tide is a novel by Grey Harbour",
        CONTRADICTS,
        "a-reviewer-is-no-maker",
    ),
]

# a nationality said as a predicate ("is Chinese") against one before the noun a copula gives
NATIONALITIES = [
    case(
        "Lena Ward (born 1964) is an American BAFTA-nominated screenwriter.",
        "Lena Ward is only Chinese",
        CONTRADICTS,
        "only-another-nationality",
    ),
    case(
        "Lena Ward (born 1964) is an American BAFTA-nominated screenwriter.",
        "Lena Ward is American",
        SUPPORTS,
        "the-same-nationality-before-a-hyphenated-modifier",
    ),
    case(
        "Lena Ward met an American screenwriter in Oslo.",
        "Lena Ward is Chinese",
        OMITS,
        "a-nationality-said-of-someone-else",
    ),
]

# a verb and a preposition a date follows are no phrasal verb: "came on March 3"
DATED_VERBS = [
    case(
        "The jury returned its ruling on March 3, 2025, after a two-week trial.",
        "The ruling came on March 4, 2025",
        CONTRADICTS,
        "came-on-another-date",
    ),
    case(
        "The jury returned its ruling on March 3, 2025, after a two-week trial.",
        "The ruling came on March 3, 2025",
        SUPPORTS,
        "came-on-the-same-date",
    ),
]

# the winner in the source is the claim's loser: one swap, however many roles show it
SWAPS = [
    case(
        "Harlow United are Brenner Cup winners after a 2-1 victory over Kessel Town.",
        "Kessel Town beat Harlow United",
        CONTRADICTS,
        "the-claims-loser-is-the-sources-winner",
    ),
    case(
        "Jane Roe is Initech's chief technology officer.",
        "John Doe is Globex's chief technology officer",
        OMITS,
        "two-strangers-are-no-swap",
    ),
]

# a year that names the occasion ("the 2025 cup") is the year of a source dated then
THIS_YEARS = [
    case(
        "BERGEN, June 2, 2025 — Harlow United won the Brenner Cup on Sunday.",
        "Harlow United won the 2025 Brenner Cup",
        SUPPORTS,
        "a-source-dated-that-year",
    ),
    case(
        "BERGEN, June 2, 2024 — Harlow United won the Brenner Cup on Sunday.",
        "Harlow United won the 2025 Brenner Cup",
        OMITS,
        "a-source-dated-another-year",
    ),
    case(
        "BERGEN, June 2, 2025 — Harlow United, who won the 2023 Brenner Cup, lost on Sunday.",
        "Harlow United won the 2025 Brenner Cup",
        OMITS,
        "a-source-that-names-another-years",
    ),
    case(
        "Quiet Rooms is a 1930 comedy in three acts by Ana Lotte.",
        "Quiet Rooms is a 1940 comedy by Ana Lotte",
        CONTRADICTS,
        "the-year-a-copula-gives-a-thing-is-no-occasion",
    ),
]

# a narrower kind makes a sentence a candidate
OPENINGS = [
    case(
        "He is the lead vocalist and drummer of the band.",
        "Tomas Vell is not a musician",
        CONTRADICTS,
        "a-narrower-kind-makes-a-sentence-a-candidate",
    ),
]

PRONOUNS = [
    case(
        "She is an American television producer.",
        "Kara Lind is an American television producer",
        SUPPORTS,
        "she-is-the-claims-subject",
    ),
    case(
        "She was born in Oslo.",
        "Kara Lind was born in Bergen",
        CONTRADICTS,
        "she-was-born-elsewhere",
    ),
]

ONLY = [
    case(
        "Dana Whitfield worked in TV and film.",
        "Dana Whitfield only worked in film",
        CONTRADICTS,
        "only-film-vs-tv-and-film",
    ),
    case(
        "Acme sells phones and laptops.",
        "Acme sells only phones",
        CONTRADICTS,
        "only-the-restricted-word-of-a-list",
    ),
    case(
        "Dana Whitfield worked in film.",
        "Dana Whitfield only worked in film",
        OMITS,
        "only-unsaid-by-a-plain-source",
    ),
    case(
        "Dana Whitfield worked only in film.",
        "Dana Whitfield worked in film",
        SUPPORTS,
        "only-in-the-source-supports-the-plain-claim",
    ),
]

# ---------------------------------------------------------------- real-world text

ARTICLE = (
    "Widget makers form a coalition\n"
    "March 4, 2025\n"
    "\n"
    "LEIPZIG - Acme and Brightline launched the Widget Coalition on Monday, a group of 47 "
    "companies that, according to its founders, will set common standards for widgets, share "
    "testing laboratories and, eventually, lobby regulators in Brussels and Washington. "
    '"We could not do this alone," said Maria Kovac, Acme\'s chief executive.\n'
)

LONG_SENTENCE = (
    "Although the Widget Coalition, which was launched in Leipzig on Monday by Acme and "
    "Brightline after months of talks, says it is open to all, Corvid, the largest widget maker "
    "in Europe, has not joined, and its chief executive said on Tuesday that she saw no reason to."
)

REAL_WORLD = [
    case(ARTICLE, "The Widget Coalition has 47 members", SUPPORTS, "article-count"),
    case(
        ARTICLE, "The Widget Coalition has more than 50 members", CONTRADICTS, "article-count-off"
    ),
    case(ARTICLE, "Acme and Brightline launched the Widget Coalition", SUPPORTS, "article-launch"),
    case(ARTICLE, "Maria Kovac is Acme's chief executive", SUPPORTS, "article-quote-role"),
    case(
        ARTICLE,
        "Maria Kovac is Brightline's chief executive",
        CONTRADICTS,
        "article-quote-role-off",
    ),
    case(ARTICLE, "Corvid is a member of the Widget Coalition", OMITS, "article-unnamed"),
    case(
        LONG_SENTENCE, "Corvid is a member of the Widget Coalition", CONTRADICTS, "long-not-joined"
    ),
    case(LONG_SENTENCE, "Acme launched the Widget Coalition", SUPPORTS, "long-launcher"),
    case(LONG_SENTENCE, "The Widget Coalition was launched in Leipzig", SUPPORTS, "long-place"),
    case(
        LONG_SENTENCE, "The Widget Coalition was launched in Dresden", CONTRADICTS, "long-place-off"
    ),
    case(
        '"Brightline is not part of the Widget Coalition," a spokesman for the group said.',
        "Brightline is a member of the Widget Coalition",
        CONTRADICTS,
        "quoted-denial",
    ),
    case(
        "The \u201cWidget Coalition\u201d has forty-seven members, Acme\u2019s founder said.",
        "The Widget Coalition has 47 members",
        SUPPORTS,
        "curly-quotes",
    ),
    case(
        "The \u201cWidget Coalition\u201d \u2014 launched by Acme \u2014 has forty-seven members.",
        "The Widget Coalition has 47 members",
        SUPPORTS,
        "curly-quotes-and-a-clause-between-dashes",
    ),
]

# ---------------------------------------------------------------- evidence across two sentences

TWO_SENTENCES = [
    case(
        "The Widget Coalition launched on Monday. Notably, A, B and C are not part of this.",
        "B is a member of the Widget Coalition",
        CONTRADICTS,
        "letters-not-part-of-this",
    ),
    case(
        "The Widget Coalition launched on Monday. Notably, Acme, Brightline and Corvid are not "
        "part of this.",
        "Brightline is a member of the Widget Coalition",
        CONTRADICTS,
        "names-not-part-of-this",
    ),
    case(
        "The Widget Coalition launched on Monday. Its members include Acme and Brightline.",
        "Brightline is a member of the Widget Coalition",
        SUPPORTS,
        "its-members-include",
    ),
]


@pytest.mark.parametrize(("text", "claim", "expected"), NEGATION)
def test_negation_and_its_scope(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), OTHER_WORD_NEGATED)
def test_negation_on_another_word_does_not_flip_the_claim(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), SUBSTITUTION)
def test_substitution_in_the_same_frame(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), ANTONYMS)
def test_antonyms(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), QUANTITIES)
def test_quantities(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), DATES)
def test_dates_at_the_precision_given(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), LISTS)
def test_lists(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), ALIASES)
def test_entity_aliases(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), NAMES)
def test_names_written_longer_or_shorter(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), PARTICIPLES)
def test_participles_in_noun_phrases(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), RIVAL_WORDS)
def test_rival_words_in_one_slot(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), NARROWER_FILLERS)
def test_a_filler_the_claim_describes_more_narrowly(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), OPENINGS)
def test_a_narrower_kind_is_retrieved(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), DATED_VERBS)
def test_a_date_after_a_verb_and_preposition(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), SWAPS)
def test_swapped_roles(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), THIS_YEARS)
def test_the_year_of_a_dated_source(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), FIGURE_KINDS)
def test_kinds_of_figures(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), REPORTED)
def test_what_a_claim_reports(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), ROLE_PHRASES)
def test_roles_written_as_phrases_or_capitals(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), WORKS_BY)
def test_a_work_by_its_maker(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), NATIONALITIES)
def test_nationalities_said_as_predicates(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), PRONOUNS)
def test_a_sentence_opening_with_a_pronoun(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), ONLY)
def test_only_claims(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), REAL_WORLD)
def test_real_world_text(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), TWO_SENTENCES)
def test_evidence_that_spans_two_sentences(text, claim, expected):
    verdict = assert_verdict(text, claim, expected)
    assert "not part of this" in verdict.evidence.sentence or expected is SUPPORTS


def test_crlf_text_keeps_spans_in_the_decoded_text():
    text = "Widget news\r\nMarch 4, 2025\r\n\r\nAcme is not part of the Widget Coalition.\r\n"
    verdict, source_text = judge(text, "Acme is a member of the Widget Coalition")
    assert verdict.stance is CONTRADICTS
    start, end = verdict.evidence.span
    assert source_text[start:end] == verdict.evidence.sentence
    assert verdict.evidence.sentence == "Acme is not part of the Widget Coalition."


# A contradiction must survive every step of its proof: what a negation denies beyond the
# claim, a rival kind not said of the subject, a degree word, a point in time, or a rival word
# in another slot leave the proof undecided.
SOUNDNESS = [
    case(
        "Pioglitazone use was not associated with risk of bladder cancer.",
        "Pioglitazone use is associated with risk of pancreatic cancer",
        OMITS,
        "negation-denies-a-narrower-thing",
    ),
    case(
        "Pioglitazone use was not associated with risk of bladder cancer.",
        "Pioglitazone use is associated with risk of bladder cancer",
        CONTRADICTS,
        "negation-denies-the-same-thing",
    ),
    case(
        "Carlos Santana is a Mexican and American musician who became famous with his band, Santana.",
        "Carlos Santana is a musician",
        SUPPORTS,
        "a-band-named-in-passing-is-no-rival-kind",
    ),
    case(
        "Lithuanians are a Baltic ethnic group, where they number around 2,561,300 people.",
        "Lithuanians are an ethnic group",
        SUPPORTS,
        "people-counted-in-passing-is-no-rival-kind",
    ),
    case(
        "Five hundred million years ago the carbon dioxide concentration was 20 times higher.",
        "The residence time of carbon dioxide is five years",
        OMITS,
        "years-ago-is-no-duration",
    ),
    case(
        "Countries that contributed least to emissions are among the most vulnerable to climate change.",
        "Those who contribute the least will be most impacted by climate change",
        OMITS,
        "most-and-least-in-other-slots",
    ),
    case(
        "Vedam is a 2010 Indian drama film written and directed by Radhakrishna Jagarlamudi.",
        "Vedam was written and directed by Radhakrishna Jagarlamudi",
        SUPPORTS,
        "two-participles-share-their-agent",
    ),
    case(
        "Vedam is a 2010 Indian drama film written and directed by Radhakrishna Jagarlamudi.",
        "Vedam was written and directed by Christopher Nolan",
        CONTRADICTS,
        "another-agent-of-both-participles",
    ),
]


# What a sentence says only as planned, promised or to come is no evidence that it happened.
MOOD = [
    case("Globex agreed to buy Acme.", "Globex bought Acme", OMITS, "agreed-to-buy-is-no-purchase"),
    case("Globex managed to buy Acme.", "Globex bought Acme", SUPPORTS, "managed-to-buy-bought"),
    case("Globex refused to buy Acme.", "Globex bought Acme", CONTRADICTS, "refused-to-buy"),
    case("Acme will join the coalition.", "Acme joined the coalition", OMITS, "will-join"),
    case(
        "Acme joined the coalition.", "Acme will join the coalition", SUPPORTS, "joined-was-meant"
    ),
    case(
        "If Bellmoor City had won the Ardent Cup, the mayor would have resigned.",
        "Bellmoor City won the Ardent Cup",
        OMITS,
        "a-condition-is-no-event",
    ),
    case(
        "Bellmoor City won the Ardent Cup, and if it had lost, the mayor would have resigned.",
        "Bellmoor City won the Ardent Cup",
        SUPPORTS,
        "a-condition-after-the-event",
    ),
]

# Names that share a word are still two names; names a misspelling apart are not rivals.
RIVAL_NAMES = [
    case("Team B won the cup, beating Team A.", "Team A won the cup", CONTRADICTS, "team-a-team-b"),
    case("Team B won the cup, beating Team A.", "Team B won the cup", SUPPORTS, "team-b-won"),
    case("Hickam wrote the novel.", "Homer Hickman wrote the novel", OMITS, "a-misspelt-name"),
]


@pytest.mark.parametrize(("text", "claim", "expected"), MOOD)
def test_a_plan_is_not_an_event(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), RIVAL_NAMES)
def test_rival_names(text, claim, expected):
    assert_verdict(text, claim, expected)


@pytest.mark.parametrize(("text", "claim", "expected"), SOUNDNESS)
def test_a_contradiction_survives_every_step(text, claim, expected):
    assert_verdict(text, claim, expected)


# ---------------------------------------------------------------- another occasion, another place

OCCASION = [
    case(
        "In June 2024 a jury in neighbouring Corrow County ruled in favour of Halden Tools.",
        "The court ruled in favour of Halden Tools",
        OMITS,
        "another-place's-ruling",
    ),
    case(
        "Last year's final was won by the Blue Herons.",
        "The Red Kites won the final",
        OMITS,
        "last-year's-winner",
    ),
    case(
        "Halden Tools lost a lawsuit last week brought by the Tarnow Dairy Cooperative. The jury"
        " took two days.",
        "The court ruled in favour of Halden Tools",
        CONTRADICTS,
        "last-week-is-the-story's-time",
    ),
    case(
        "A jury in Tarnow sided with the Tarnow Dairy Cooperative against Halden Tools.",
        "The court ruled in favour of Halden Tools",
        CONTRADICTS,
        "a-jury-is-the-court",
    ),
    case(
        "Piet Arnesen drove in the decisive goal for the Red Kites.",
        "Arnesen scored the winning goal for the Red Kites",
        SUPPORTS,
        "drove-in-the-decisive-goal",
    ),
    case(
        "The Red Kites are Calloway Shield winners after a 2-1 victory.",
        "The Red Kites won the Calloway Shield",
        SUPPORTS,
        "winners-said-of-the-subject",
    ),
    case(
        "HARWICK, March 4, 2025 — Acme said on Tuesday it was calling back 3,000 kettles.",
        "The recall was announced on March 4, 2025",
        SUPPORTS,
        "said-with-a-clause-is-active",
    ),
    case(
        "HARWICK, March 5, 2025 — Owners are told to unplug their kettles, after the maker said"
        " on Tuesday it would take back 3,000 of them.",
        "The recall was announced on March 4, 2025",
        SUPPORTS,
        "no-reduced-relative-before-a-clause",
    ),
    case(
        "HESTWICK, May 17, 2025 — The Kites won the final on Saturday in front of 41,382"
        " spectators.",
        "More than 41,000 fans attended the final",
        SUPPORTS,
        "a-weekday-is-the-story's-year",
    ),
    case(
        "HESTWICK, May 17, 2025 — The Kites won the final, which in 2019 drew 30,000 spectators.",
        "More than 41,000 fans attended the final",
        OMITS,
        "another-year's-figure",
    ),
    case(
        "The verdict came at the end of a 17-day trial.",
        "The trial lasted more than two weeks",
        SUPPORTS,
        "a-verb-that-only-links-a-figure",
    ),
    case(
        "The Kites won the final in front of 41,382 spectators.",
        "The final drew a crowd of 41,382",
        SUPPORTS,
        "a-crowd-of-is-the-figure's-noun",
    ),
    case(
        "Halden said it was calling back 312,400 of its Kettle-9 kettles.",
        "About 86,000 kettles are covered by the Kettle-9 recall",
        CONTRADICTS,
        "a-verb-that-counts-a-noun-no-group-holds",
    ),
    case(
        "HARWICK, October 14, 2025 — In June 2024 a jury in Corrow ruled for Halden Tools after a"
        " nine-day trial.",
        "The trial went on for more than two weeks",
        OMITS,
        "the-time-an-after-clause-tells",
    ),
]


@pytest.mark.parametrize(("text", "claim", "expected"), OCCASION)
def test_another_occasion_decides_nothing(text, claim, expected):
    assert_verdict(text, claim, expected)


# ---------------------------------------------------------------- words that share only a role

APART = [
    case(
        "The chief was absent from the briefing at the company's headquarters.",
        "Nobody has died",
        OMITS,
        "a-seat-is-no-death",
    ),
    case("Jo Arden was born in Oslo.", "Jo Arden died in Oslo", OMITS, "born-is-not-died"),
    case(
        "A crowd saw Port Verrin take the lead through Kemi Oduya, with the Blue Herons"
        " enjoying 61% of possession.",
        "Ivo Sterne coaches the Blue Herons",
        OMITS,
        "the-lead-is-a-noun",
    ),
    case(
        "Blue Herons coach Brenna Voss dedicated the trophy to the fans.",
        "Ivo Sterne coaches the Blue Herons",
        CONTRADICTS,
        "a-title-before-a-name-is-a-role",
    ),
    case(
        "Former Blue Herons coach Ivo Sterne praised the team.",
        "Ivo Sterne coaches the Blue Herons",
        CONTRADICTS,
        "a-former-coach-coaches-no-more",
    ),
    case(
        "Former Blue Herons coach Ivo Sterne praised the team.",
        "Ivo Sterne coached the Blue Herons",
        SUPPORTS,
        "a-former-coach-coached",
    ),
    case(
        "Jo Arden is a former American football player.",
        "Jo Arden is an American",
        SUPPORTS,
        "former-is-said-of-the-player",
    ),
    case(
        "Jo Arden will be mayor after securing 54 percent of the ballots in Sunday's runoff,"
        " beating Kim Sato.",
        "Jo Arden won the runoff",
        SUPPORTS,
        "a-participle-after-a-subordinate-clause-shares-the-main-subject",
    ),
    case(
        "TARNOW, Oct. 27, 2025 — Jo Arden won Sunday's runoff by 900 votes.",
        "The second round of voting was held in October 2025",
        SUPPORTS,
        "a-phrase-the-lexicon-knows-is-one-word",
    ),
]


@pytest.mark.parametrize(("text", "claim", "expected"), APART)
def test_words_that_share_only_a_place_are_not_one_predicate(text, claim, expected):
    assert_verdict(text, claim, expected)


# who does what in a clause that hangs on a noun: a relative clause after "that" says its verb
# of the noun, which a copula makes the subject; participles joined by "and" share their noun
CLAUSES = [
    case(
        "Tovrell is a company that makes pressure cookers.",
        "Tovrell makes pressure cookers",
        SUPPORTS,
        "a-relative-clause-on-what-a-copula-says-the-subject-is",
    ),
    case(
        "Acme bought a factory that makes cookers.",
        "Acme makes cookers",
        OMITS,
        "a-relative-clause-on-another-thing",
    ),
    case(
        "Tovrell is a company that does not make pressure cookers.",
        "Tovrell makes pressure cookers",
        CONTRADICTS,
        "a-negated-relative-clause",
    ),
    case(
        "Tovrell doesn't make pressure cookers.",
        "Tovrell makes pressure cookers",
        CONTRADICTS,
        "a-contracted-negation-before-a-verb-with-no-frame",
    ),
    case(
        "Colombiana is a 2011 French action film co-written and produced by Kathleen Kennedy.",
        "Colombiana was produced by Kathleen Kennedy",
        SUPPORTS,
        "participles-joined-by-and-share-their-noun",
    ),
    case(
        "Colombiana is a 2011 French action film co-written and produced by Kathleen Kennedy.",
        "Colombiana was produced by Luc Besson",
        OMITS,
        "participles-joined-by-and-keep-their-agent",
    ),
]


@pytest.mark.parametrize(("text", "claim", "expected"), CLAUSES)
def test_clauses_that_hang_on_a_noun(text, claim, expected):
    assert_verdict(text, claim, expected)


# an "as" phrase says what someone is: the subject of "served as", the named object of "named
# X as"; after "stepped down as" the role no longer holds, unless that is denied or planned
AS_ROLES = [
    case(
        "Kaepernick worked as a backup to Alex Smith.",
        "Colin Kaepernick was backup to Alex Smith",
        SUPPORTS,
        "the-subject-of-a-role-verb-before-as",
    ),
    case(
        "Vedder took over as coach of Dunmarrow in May.",
        "Vedder is the coach of Dunmarrow",
        SUPPORTS,
        "the-subject-of-a-phrase-verb-before-as",
    ),
    case(
        "The board named Jonas Vedder as chief executive on Monday.",
        "Jonas Vedder is chief executive",
        SUPPORTS,
        "the-named-object-of-a-naming-verb",
    ),
    case(
        "The board named Jonas Vedder as chief executive on Monday.",
        "The board is chief executive",
        OMITS,
        "not-the-subject-of-a-naming-verb",
    ),
    case(
        "Tovrell rejected Vedder as a candidate.",
        "Vedder is a candidate",
        OMITS,
        "as-after-a-verb-the-lexicon-does-not-list",
    ),
    case(
        "Ana Brix was not named as chief executive.",
        "Ana Brix is the chief executive",
        OMITS,
        "as-after-a-denied-verb",
    ),
    case(
        "Ana Brix will serve as interim chief executive.",
        "Ana Brix is the chief executive",
        OMITS,
        "as-after-a-verb-to-come",
    ),
    case(
        "Ana Brix began her career as a striker.",
        "Ana Brix is a striker",
        OMITS,
        "a-career-begun-as-is-no-role-held",
    ),
    case(
        "Marit Olsby stepped down as chief executive of Tovrell in 2024.",
        "Marit Olsby is chief executive of Tovrell",
        CONTRADICTS,
        "a-role-left-no-longer-holds",
    ),
    case(
        "Marit Olsby stepped down as chief executive of Tovrell in 2024.",
        "Marit Olsby was chief executive of Tovrell",
        SUPPORTS,
        "a-role-left-was-held",
    ),
    case(
        "Marit Olsby did not resign as chief executive of Tovrell.",
        "Marit Olsby is chief executive of Tovrell",
        OMITS,
        "a-denied-leaving-decides-nothing",
    ),
    case(
        "Marit Olsby will step down as chief executive of Tovrell next year.",
        "Marit Olsby is chief executive of Tovrell",
        OMITS,
        "a-leaving-to-come-decides-nothing-yet",
    ),
]


@pytest.mark.parametrize(("text", "claim", "expected"), AS_ROLES)
def test_what_an_as_phrase_says_someone_is(text, claim, expected):
    assert_verdict(text, claim, expected)


# an aside in brackets after a name says its facts of the name: "X ( [ ... ] ; born 1968 )"
BRACKETS = [
    case(
        "Sidse Knudsen ( [ \u02c8sis\u0259 ] ; born 22 November 1968 ) is a Danish actress.",
        "Sidse Knudsen was born on November 22nd, 1968",
        SUPPORTS,
        "born-after-a-bracketed-aside",
    ),
    case(
        "Sidse Knudsen ( [ \u02c8sis\u0259 ] ; born 22 November 1968 ) is a Danish actress.",
        "Sidse Knudsen was born on November 23rd, 1968",
        CONTRADICTS,
        "another-birth-date-after-a-bracketed-aside",
    ),
    case(
        "Ana Brix ( [ ana ] ; founded Tovrell in 2001 ) is a Danish engineer.",
        "Ana Brix founded Tovrell in 2001",
        SUPPORTS,
        "a-verb-after-a-bracketed-aside-is-said-of-the-name",
    ),
]


@pytest.mark.parametrize(("text", "claim", "expected"), BRACKETS)
def test_an_aside_in_brackets_after_a_name(text, claim, expected):
    assert_verdict(text, claim, expected)


# which event a date dates: "started" needs a word for starting, not the thing that started;
# a weekday before a written date names its day; "August 10" takes the article's year
EVENT_DATES = [
    case(
        "BRACKWELL, August 20, 2025 — Firefighters declared the Tallow Ridge fire contained on "
        "Tuesday, nine days after the fire broke out north of Brackwell on Sunday, August 10.",
        "The Tallow Ridge fire started on August 10, 2025",
        SUPPORTS,
        "a-weekday-names-the-day-of-the-date-after-it",
    ),
    case(
        "BRACKWELL, August 20, 2025 — Firefighters declared the Tallow Ridge fire contained on "
        "Tuesday, nine days after the fire broke out north of Brackwell on Sunday, August 10.",
        "The Tallow Ridge fire started on August 12, 2025",
        CONTRADICTS,
        "the-date-nearest-the-event-word",
    ),
    case(
        "OSTRAND, August 22, 2025 — Premier Idris Kallan on Friday ordered an inquiry into the "
        "Tallow Ridge fire, which killed three people.",
        "The Tallow Ridge fire started on August 10, 2025",
        OMITS,
        "a-date-of-something-done-about-the-thing-that-started",
    ),
    case(
        "BRACKWELL, August 21, 2025 — More than 6,000 people who fled the Tallow Ridge fire "
        "began returning on Wednesday.",
        "The Tallow Ridge fire started on August 10, 2025",
        OMITS,
        "the-subject-past-a-relative-clause",
    ),
    case(
        "The company that bought Globex fired its chief executive.",
        "Globex fired its chief executive",
        OMITS,
        "the-object-of-a-relative-clause-is-no-subject",
    ),
    case(
        "LINDFIELD, December 9, 2025 — Tarrow agreed the deal last month. The Orsolya Fund said "
        "on Tuesday it would vote against the takeover.",
        "The deal was announced on November 3, 2025",
        OMITS,
        "a-report-that-does-not-say-what-the-claim-reports",
    ),
    case(
        "BRENNICK, March 4, 2025 — Tovrell said on Tuesday it was calling back 312,400 cookers.",
        "The recall was announced on March 4, 2025",
        SUPPORTS,
        "a-report-that-says-it-in-other-words",
    ),
]


@pytest.mark.parametrize(("text", "claim", "expected"), EVENT_DATES)
def test_which_event_a_date_dates(text, claim, expected):
    assert_verdict(text, claim, expected)


# a role held in one organisation, and a former holder, are no rivals of the claim's holder
ROLE_HOLDERS = [
    case(
        "Quillon chief executive Felix Ondry urged shareholders to back the deal.",
        "Ada Morrow will be chief executive of the combined company",
        OMITS,
        "a-name-before-a-role-is-its-organisation",
    ),
    case(
        "Quillon chief executive Felix Ondry urged shareholders to back the deal.",
        "Ada Morrow is chief executive of Quillon",
        CONTRADICTS,
        "another-holder-in-the-same-organisation",
    ),
    case(
        "Quillon's founder and former chief executive, Renata Voss, said she would vote in favour.",
        "Ada Morrow is chief executive of Quillon",
        OMITS,
        "a-former-holder-is-no-rival",
    ),
    case(
        "Renata Voss, Quillon's former chief executive, said she would vote in favour.",
        "Renata Voss is chief executive of Quillon",
        CONTRADICTS,
        "a-former-holder-no-longer-holds-it",
    ),
    case(
        "Former Tovrell chief executive Ana Brix joined the board of Quillon.",
        "Ana Brix is the chief executive of Quillon",
        OMITS,
        "former-in-another-organisation-says-nothing-of-this-one",
    ),
    case(
        "Former Tovrell chief executive Ana Brix was named chief executive of Quillon.",
        "Ana Brix is the chief executive of Quillon",
        SUPPORTS,
        "named-chief-of-this-one-after-another",
    ),
    case(
        "Ana Brix quit as chief executive of Tovrell in 2019. She is now chief executive of "
        "Quillon.",
        "Ana Brix is the chief executive of Quillon",
        OMITS,
        "leaving-another-organisation-says-nothing-of-this-one",
    ),
    case(
        "About two dozen filmmakers have signed an open letter backing Joran Feld.",
        "More than twenty filmmakers signed a letter backing Feld",
        SUPPORTS,
        "a-dozen-is-twelve",
    ),
]


@pytest.mark.parametrize(("text", "claim", "expected"), ROLE_HOLDERS)
def test_who_else_holds_a_role(text, claim, expected):
    assert_verdict(text, claim, expected)


# another occasion: a date of what is only to come, a year other than the story's beside a
# figure (though it says the claim's words), and an aside that a verb does not hang on
OCCASIONS = [
    case(
        "CALDER, February 27, 2025 — Councillors will meet again on March 19 to vote on the "
        "capital programme.",
        "The budget vote took place on February 26, 2025",
        OMITS,
        "a-date-of-what-is-to-come",
    ),
    case(
        "BRENNICK, March 5, 2025 — The manufacturer said on Tuesday it would take back 312,000 "
        "cookers.",
        "The recall was announced on March 4, 2025",
        SUPPORTS,
        "a-date-of-a-report-of-what-is-to-come",
    ),
    case(
        "HALVER, March 10, 2025 — It is not the first tragedy on the line: in October 2019 a "
        "derailment near the same bend killed four people.",
        "Seven people were killed in the derailment",
        OMITS,
        "another-year-beside-a-figure-that-says-the-claims-words",
    ),
    case(
        "BRENNICK, March 5, 2025 — Tovrell, which was acquired by Marrholt in 2019, told "
        "analysts the recall would cost it €45 million.",
        "The recall is expected to cost Tovrell about €38 million",
        CONTRADICTS,
        "a-verb-after-a-relative-aside-does-not-hang-on-it",
    ),
]


@pytest.mark.parametrize(("text", "claim", "expected"), OCCASIONS)
def test_another_occasion(text, claim, expected):
    assert_verdict(text, claim, expected)


# a count of people is a count of what its verb says: the dead, the injured, the employed
PEOPLE = [
    case(
        "The agency said four people had died and that about 180 homes had been destroyed.",
        "Four people were killed",
        SUPPORTS,
        "people-who-died-are-people-killed",
    ),
    case(
        "About 6,000 people were injured and 12 people died.",
        "Four people were killed",
        CONTRADICTS,
        "the-count-whose-verb-counts-the-dead",
    ),
    case(
        "About 6,000 people were injured in the blast.",
        "Four people were killed in the blast",
        OMITS,
        "the-injured-are-no-count-of-the-dead",
    ),
    case(
        "The company said forty-seven people had suffered burns.",
        "More than 40 people were hurt",
        SUPPORTS,
        "an-auxiliary-is-no-verb-of-counting",
    ),
    case(
        "The plant employs 5,000 people.",
        "The plant employs 4,000 workers",
        CONTRADICTS,
        "people-employed-are-workers",
    ),
    case(
        "About 60 passengers were hurt when the train left the track.",
        "More than 40 people were injured",
        SUPPORTS,
        "passengers-hurt-are-people-injured",
    ),
    case(
        "A train came off the rails near Halver, killing four passengers and injuring 19.",
        "Four people were killed",
        SUPPORTS,
        "the-verb-just-before-a-count-is-its-own",
    ),
    case(
        "HALVER, March 10, 2025 — In October 2019 a train came off the rails there, killing four"
        " passengers and injuring 19.",
        "Four people were killed",
        OMITS,
        "a-participle-goes-on-from-its-clause-and-its-year",
    ),
]


@pytest.mark.parametrize(("text", "claim", "expected"), PEOPLE)
def test_a_count_of_people_counts_what_its_verb_says(text, claim, expected):
    assert_verdict(text, claim, expected)


# found by review: "that" after a verb opens its clause; a date with no year takes the year
# nearest the dateline; "denied that" denies
REVIEWED = [
    case(
        "Ana Brix is the deputy chief executive of Tovrell.",
        "Ana Brix is the chief executive of Tovrell",
        OMITS,
        "a-deputy-is-another-role",
    ),
    case(
        "Ana Brix is the deputy chief executive of Tovrell.",
        "Jonas Vedder is the chief executive of Tovrell",
        OMITS,
        "a-deputy-is-no-rival-of-the-holder",
    ),
    case(
        "Ana Brix, the assistant coach, spoke after the match.",
        "Ana Brix is the coach",
        OMITS,
        "an-assistant-is-another-role",
    ),
    case(
        "Ana Brix is the deputy chief executive of Tovrell.",
        "Ana Brix is the deputy chief executive of Tovrell",
        SUPPORTS,
        "the-same-deputy-role",
    ),
    case(
        "Ana Brix, who served as chief executive of Tovrell from 2010 to 2018, died on Monday.",
        "Ana Brix is the chief executive of Tovrell",
        OMITS,
        "a-role-held-to-a-date-may-no-longer-hold",
    ),
    case(
        "Ana Brix was chief executive of Tovrell until 2018.",
        "Ana Brix was the chief executive of Tovrell",
        SUPPORTS,
        "a-role-held-until-a-date-was-held",
    ),
    case(
        "Tovrell said that workers rejected the pay offer.",
        "Tovrell rejected the pay offer",
        OMITS,
        "that-after-a-verb-is-no-relative",
    ),
    case(
        "KELDBY, January 3, 2025 — The fire broke out on December 28.",
        "The fire started on December 28, 2024",
        SUPPORTS,
        "a-date-with-no-year-in-the-year-nearest-the-dateline",
    ),
    case(
        "The fire broke out on August 10.",
        "The fire started on August 10, 2019",
        OMITS,
        "a-date-of-no-known-year-says-nothing-of-a-year",
    ),
    case(
        "His co-defendant, former finance chief Lorna Beck, was acquitted by the same jury.",
        "Lorna Beck was not in court for the sentencing",
        OMITS,
        "words-found-with-no-predicate-assert-nothing-to-deny",
    ),
    case(
        "The final was held on 17 May 2025.",
        "The final was not held on 17 May 2025",
        CONTRADICTS,
        "a-date-said-is-something-to-deny",
    ),
    case(
        "Tovrell denied that it recalled 300 cookers.",
        "Tovrell recalled 300 cookers",
        CONTRADICTS,
        "denied-that-denies",
    ),
    case(
        "The administrator said 1,150 of the airline's 1,400 employees had been laid off.",
        "The airline laid off 1,150 staff",
        SUPPORTS,
        "a-part-counts-the-noun-after-its-whole",
    ),
    case(
        "Of the carrier's 1,400 employees, 1,150 have been laid off.",
        "The carrier laid off 1,400 employees",
        CONTRADICTS,
        "a-whole-before-its-part-is-no-count-of-the-part",
    ),
    case(
        "Of the 200 people on board, 12 died.",
        "200 people died",
        CONTRADICTS,
        "a-whole-is-no-count-of-the-dead",
    ),
    case(
        "Tovrell recalled 312,400 of its 500,000 cookers.",
        "Tovrell recalled 400,000 cookers",
        CONTRADICTS,
        "a-part-after-a-possessive-whole",
    ),
    case(
        "The flood displaced 6,000 residents and killed 12.",
        "The flood killed 6,000 people",
        OMITS,
        "residents-displaced-are-no-death-toll",
    ),
]


@pytest.mark.parametrize(("text", "claim", "expected"), REVIEWED)
def test_found_by_review(text, claim, expected):
    assert_verdict(text, claim, expected)
