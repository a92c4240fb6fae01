"""Who does what follows "to", and which verb a lead's date goes with: the object of "force",
"urge" or "order" does the verb after "to" ("forced the agency to suspend its operations":
the agency suspended them, and it did, "force" saying it happened); a participle describing
an object ("arrested two men suspected of helping abduct aid workers in February") is no verb
that dates the story's event, though the headline says "suspects"."""

from __future__ import annotations

from verdicts import CONTRADICTS, OMITS, SUPPORTS, assert_verdict, case, verdict_cases

HOSTAGES = (
    "Opposition demands inquiry into hostage deal as two suspects are detained\n\n"
    "CORVATH, April 14, 2025 — Police have arrested two men suspected of helping the Sable "
    "Front abduct a team of aid workers in February, the ministry said on Monday, nearly four "
    "weeks after the captives were freed."
)

CASES = [
    case(
        "Aid\nThe kidnapping forced the agency to suspend its operations in the province.",
        "The agency suspended its operations in the province.",
        SUPPORTS,
        "forced-to-suspend-suspended",
    ),
    case(
        "Aid\nThe kidnapping forced the agency to suspend its operations in the province.",
        "The kidnapping suspended the agency's operations in the province.",
        OMITS,
        "the-forcer-did-not-suspend",
    ),
    case(
        "Aid\nThe governor urged the agency to suspend its operations in the province.",
        "The agency suspended its operations in the province.",
        OMITS,
        "urged-to-is-not-done",
    ),
    case(
        HOSTAGES,
        "The release of the workers took place in March 2025.",
        OMITS,
        "a-describing-participle-dates-nothing",
    ),
    case(
        "Freed\nCORVATH, March 20, 2025 — The militia freed all nine aid workers on Tuesday.",
        "The aid workers were released on March 18, 2025.",
        SUPPORTS,
        "freed-is-released",
    ),
    case(
        "Freed\nCORVATH, March 20, 2025 — The militia freed all nine aid workers on Tuesday.",
        "The aid workers were released on March 12, 2025.",
        CONTRADICTS,
        "freed-on-another-day",
    ),
    case(
        "Aid\nCORVATH, March 20, 2025 — The workers, abducted in early February while "
        "delivering supplies, were flown home.",
        "The workers were kidnapped in February 2025.",
        SUPPORTS,
        "abducted-is-kidnapped",
    ),
    case(
        "Aid\nStepping off the plane, the workers were greeted on the tarmac by Deputy Foreign "
        "Minister Ilse Marrovan.",
        "Ilse Marrovan welcomed the workers.",
        SUPPORTS,
        "greeted-is-welcomed",
    ),
]


@verdict_cases(CASES)
def test_control_and_leads(text: str, claim: str, expected) -> None:
    assert_verdict(text, claim, expected)
