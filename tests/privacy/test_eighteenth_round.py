"""Rule changes made on held-out sets 44-46 after their blind score: short dates after more
cues, a phone before a date, relatives' ages, court and account numbers, street corners, ZIP
codes after their label, chain pharmacies and Welsh and Glasgow address forms."""

from __future__ import annotations

import pytest

from slava_lightning.privacy import Deidentifier


def _covered(d: Deidentifier, text: str, value: str) -> bool:
    """Whether every character of ``value`` is masked, as the scorer asks."""
    return any(value in text[s.start : s.end] for s in d.find(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Screening list: missed 4/11 and 4/18, letter sent.", "4/18"),
        ("Released 6/2 from county custody; needs his film read.", "6/2"),
        ("Emergency coverage applied 5/9, case pending.", "5/9"),
        ("Added to the 6/14 thoracic tumor board list.", "6/14"),
        ("Video visit link for 7/21 sent by text.", "7/21"),
        ("LDCT moved from 5/6 to 5/27 at the patient's request.", "5/27"),
        ("Addendum 21/5: outside films reviewed.", "21/5"),
        ("Portable chest, 6/3 05:10: lines unchanged.", "6/3 05:10"),
        ("Box 24A DOS 05 14 25 to 05 15 25; 24J rendering NPI on file", "05 15 25"),
        ("Attachment 'cxr_report_05092025.pdf' uploaded.", "05092025"),
        ("Can we do the 22nd instead?", "22nd"),
        ("eFax received from (415) 555-0199 05/28/2025 14:33, routed.", "(415) 555-0199"),
        ("Radiology office, Ffôn 01745 448 700 est. 4210", "01745 448 700 est. 4210"),
        ("Household: brother 94, sister 87, both at home.", "94"),
        ("Ward list - Nan Pryce - 95 - Llandough - 19/03/25", "95"),
        ("At ninety-three she still walks to the shop.", "ninety-three"),
        ("Autopay from the checking account ending 5521.", "5521"),
        ("Subpoena served in 2:24-cv-00917-JLR on the records custodian.", "2:24-cv-00917-JLR"),
        ("Sleeps near Alum Rock Ave and King Rd most nights.", "Alum Rock Ave and King Rd"),
        ("Registration ZIP field set to 95116 (shelter ZIP).", "95116"),
        ("Pharmacist from Walgreens #5521 called about the INH.", "Walgreens #5521"),
        ("Previous address: 2/L, 14 Dennistoun Road, Glasgow G31 2AB", "2/L, 14 Dennistoun Road"),
        ("Home: Heol y Dderwen 4, Carmarthen", "Heol y Dderwen 4"),
    ],
)
def test_values_found_on_the_seventeenth_rounds_sets(
    full: Deidentifier, text: str, value: str
) -> None:
    assert _covered(full, text, value), full.scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Give 1/2 tab at night and 3/4 tab in the morning.",
        "Power 4/5 in the left leg, murmur 2/6.",
        "Age at ninety degrees of flexion is not measured.",
        "The patient's mother had TB in the 1990s.",
        "Brother 2 of 3 siblings.",
    ],
)
def test_fractions_grades_and_angles_stay(full: Deidentifier, text: str) -> None:
    assert full.scrub(text) == text
