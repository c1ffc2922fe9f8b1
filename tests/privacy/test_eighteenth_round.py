"""Rule changes made on held-out sets 44-46 after their blind score: short dates after more
cues, a phone before a date, relatives' ages, court and account numbers, street corners, ZIP
codes after their label, chain pharmacies and Welsh and Glasgow address forms; then, in a second
pass, log-ins after more roles and in web server logs, delimited exports' columns, surnames with
bare initials, people after a role, sites after a site label or before a list, HL7 telecom
components, and what is no PHI (versions, citations, form numbers, dates of every year)."""

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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Claim edit flagged by coder hwinterbottom: modifier missing.", "hwinterbottom"),
        ("Fax job 5512 sent OK, operator gstrandquist.", "gstrandquist"),
        ("Auth request entered by mvaldespino_np at 09:12.", "mvaldespino_np"),
        (
            '198.51.100.7 - ktorvald [02/May/2025:08:01:44 +0000] "GET /portal HTTP/1.1" 200 512',
            "ktorvald",
        ),
        ("Chat — dholloway: who has the 3pm?; akimura: me", "dholloway"),
        ("mrn;surname;forename;age;site | 4471002;PRYCE;NANCY;93;WITHYBUSH", "93"),
        ("mrn;surname;forename;age;site | 4471002;PRYCE;NANCY;93;WITHYBUSH", "WITHYBUSH"),
        ("mrn,patient,age\n5512009,Oduya K,96", "Oduya K"),
        ("Lung MDT list: Gillanders R, Maciver D, McAlister J discussed.", "Gillanders R"),
        ("Breach report: Strachan M (2201561234), pathology delay.", "Strachan M"),
        ("Form 12 | Site: Glangwili | Priority: urgent", "Glangwili"),
        ("She is on the Morriston list tomorrow.", "Morriston"),
        ("PID-13: ^PRN^PH^^1^415^5550147", "415^5550147"),
        ("Pharmacist Ayantu from the corner store called back.", "Ayantu"),
        ("Had the film done at Eastbrook clinic last week.", "Eastbrook clinic"),
        ("Is the patient from Ysbyty Gwynedd still waiting?", "Ysbyty Gwynedd"),
    ],
)
def test_values_found_in_the_second_pass(full: Deidentifier, text: str, value: str) -> None:
    assert _covered(full, text, value), full.scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Viewer updated to build 9.1.0.233 on every reading station.",
        "Firmware 4.2.7.1 installed on the detectors.",
        "Requests are decided within 72 hours under 29 CFR 2560.503-1.",
        "Copy charges follow 735 ILCS 5/8-2001.",
        "Form CMS-20031 and the ABN, form CMS-R-131, are filed.",
        "The FY2027 budget adds a coder.",
        "GS08 must read 005010X222A1.",
        "OBX|2|NM|24627-2^CT DLP^LN||310|mGy.cm|||||F",
        "SOP Class UID 1.2.840.10008.5.1.4.1.1.2 means CT Image Storage.",
        "The plan renews each January 1.",
        "Open enrollment runs October 15 through December 7 every year.",
        "Statements go out on the 15th of each month.",
        "Payer ID 60054 routes to Aetna.",
        "During Ramadan, book contrast studies after sunset.",
        "A Marie Curie nurse will visit at home.",
        "NHS Lothian and NHS Fife share the regional MDT.",
        "The caller hung up before the date of birth was checked.",
        "Jail says transport is at 1330.",
        "Site: Nairobi. Modality: CT.",
        "Candidates follow the FOMEMA list.",
        "Pabellón 4, sala de Rayos X.",
        "The Agent Orange Registry exam is free.",
        "Refer to the Fracture clinic.",
        "Patients from Pembrokeshire and Ceredigion travel to Carmarthen.",
    ],
)
def test_no_phi_of_the_second_pass_stays(full: Deidentifier, text: str) -> None:
    assert full.scrub(text) == text
