"""What happened and when: a claim whose verb only says its event happened ("the concert went
ahead", "the Corran Bay Cup took place") says nothing more than its verb when nothing follows
it, so a mention of the event is no evidence, and a cancellation none either; a named event
that took place is dated by the dates said of it ("won the Corran Bay Cup on Saturday"), not
a name that did something ("Mossley played in the final"); a date dates the event a "when"
clause right after it tells ("killed early on Tuesday when a gas explosion tore away the
wing"), and a noun in -ing ("the east wing") is no verb a lead's date goes with. A length of
time in parts ("4 hours, 12 minutes and 40 seconds") is one figure, hedged as its first part
is."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

REGATTA = (
    "Regatta\nHALVERMOUTH, May 19, 2025 — Saltwren took the Corran Bay Cup on Saturday after "
    "a little over four hours of racing."
)

CASES = [
    case(
        "Concert\nThe concert at Kestrel Park Stadium was scrapped on Saturday.",
        "The concert at Kestrel Park Stadium went ahead.",
        OMITS,
        "a-mention-of-a-scrapped-concert-is-no-going-ahead",
    ),
    case(
        "Concert\nThe concert at Kestrel Park Stadium went ahead on Saturday despite the wind.",
        "The concert at Kestrel Park Stadium went ahead.",
        SUPPORTS,
        "went-ahead-said",
    ),
    case(
        "Concert\nThe concert was held on Saturday.",
        "The concert took place.",
        SUPPORTS,
        "held-is-took-place",
    ),
    case(REGATTA, "The Corran Bay Cup took place in May 2025.", SUPPORTS, "named-event-dated"),
    case(REGATTA, "The Corran Bay Cup took place on May 10, 2025.", CONTRADICTS, "named-misdated"),
    case(
        "Regatta\nHALVERMOUTH, May 19, 2025 — Entries for the Corran Bay Cup were published on "
        "Saturday; the race itself was postponed.",
        "The Corran Bay Cup took place in May 2025.",
        OMITS,
        "postponed-event-is-not-dated-by-its-entries",
    ),
    case(
        "Final\nAnder Mossley played in the final on Saturday.",
        "Ander Mossley did not play in the final.",
        CONTRADICTS,
        "a-name-that-played-is-no-event",
    ),
    case(
        "Blast\nVELDMARK, March 11, 2025 — A gas explosion tore away the east wing of Linden "
        "Court on Tuesday.",
        "The gas explosion happened on March 11, 2025.",
        SUPPORTS,
        "a-noun-in-ing-is-no-verb-of-the-lead",
    ),
    case(
        "Blast\nVELDMARK, March 11, 2025 — Three people were killed early on Tuesday when a gas "
        "explosion tore away the east wing of Linden Court.",
        "The gas explosion happened on March 11, 2025.",
        SUPPORTS,
        "a-when-clause-after-the-date",
    ),
    case(
        "Blast\nVELDMARK, March 11, 2025 — Three people were killed early on Tuesday when a gas "
        "explosion tore away the east wing of Linden Court.",
        "The gas explosion happened on March 10, 2025.",
        CONTRADICTS,
        "a-when-clause-after-another-date",
    ),
    case(
        "Blast\nVELDMARK, March 11, 2025 — Residents were evacuated on Tuesday when police "
        "feared a gas explosion.",
        "The gas explosion happened on March 11, 2025.",
        OMITS,
        "a-when-clause-of-someone-else",
    ),
    case(
        "Regatta\nSaltwren's time was 4 hours, 12 minutes and 40 seconds.",
        "Saltwren's time was about 4 hours 12 minutes.",
        SUPPORTS,
        "time-in-parts-inside-about",
    ),
    case(
        "Regatta\nSaltwren's time was 4 hours, 15 minutes and 40 seconds.",
        "Saltwren's time was about 4 hours 12 minutes.",
        CONTRADICTS,
        "time-in-parts-outside-about",
    ),
    case(
        "Regatta\nSaltwren took the Cup on Saturday after a little over four hours of racing.",
        "Saltwren's time was about 4 hours 12 minutes.",
        OMITS,
        "minutes-of-a-time-are-no-figure-alone",
    ),
    case(
        "Race\nThe race lasted two hours and 48 minutes.",
        "The race lasted two hours and 47 minutes.",
        CONTRADICTS,
        "time-in-parts-with-and",
    ),
]


@verdict_cases(CASES)
def test_happening(text: str, claim: str, expected) -> None:
    assert_verdict(text, claim, expected)
