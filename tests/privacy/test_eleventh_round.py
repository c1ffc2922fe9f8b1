"""Rule changes of the eleventh round, made on held-out sets 23-25 after their blind score: staff
initials in lists and chats, log-ins before what they did, nicknames in quotes, subject lines,
relatives after an Indian relation marker, ships, bases and health-centre initials, a site's
branch after a comma, addresses listed down to a lettered postcode, military mail, masked Social
Security numbers, HL7 person numbers and hosts, ages told by a birthday; and what these must leave
alone."""

from __future__ import annotations

import pytest

from slava_lightning.privacy import Deidentifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staff by their initials: an attendance list, a chat after a time stamp, an operator
        (
            "Attendance 02/05/2024: RKM, JOB, TDS (chair).",
            "Attendance [DATE]: [NAME], [NAME], [NAME] (chair).",
        ),
        ("[10:41] AMcK: list is final", "[10:41] [NAME]: list is final"),
        (
            "Bronchoscopy audit: operator PDL 12 of 30.",
            "Bronchoscopy audit: operator [NAME] 12 of 30.",
        ),
        # log-ins before what they did, after user=, not mistaken for a cue word
        ("Audit: mbrennan printed the clinic list", "Audit: [NAME] printed the clinic list"),
        (
            "09:02:11 INFO login user=aonuallain src=10.2.3.4",
            "09:02:11 INFO login user=[NAME] src=[IP]",
        ),
        # a nickname in quotes, a person naming themselves, a surname in a subject line
        ("His crew called him 'Moose' for years.", "His crew called him '[NAME]' for years."),
        (
            "Hi, this is Marguerite writing for my father.",
            "Hi, this is [NAME] writing for my father.",
        ),
        ("Subject: Re: Considine EBUS booking", "Subject: Re: [NAME] EBUS booking"),
        # a relative after a relation marker
        (
            "Smt. Kamala Devi W/o Ramesh Kumar, 61/F",
            "Smt. [NAME] W/o [NAME], 61/F",
        ),
        # ages: a veteran's, a birthday, the oldest, a list after "ages ...:"
        ("Exam done; Veteran 93, uses a walker.", "Exam done; Veteran [AGE], uses a walker."),
        ("Family marked her 102nd birthday.", "Family marked her [AGE]nd birthday."),
        ("The oldest resident at 104 was screened.", "The oldest resident at [AGE] was screened."),
        (
            "Ages of the residents screened today: 91, 95 and 98.",
            "Ages of the residents screened today: [AGE], [AGE] and [AGE].",
        ),
        # a day: an ordinal after "to"/"for", confirmed in a chat; a day and month after an event
        ("Can we move her to the 19th?", "Can we move her to [DATE]?"),
        ("Joan: 23rd confirmed", "[NAME]: [DATE] confirmed"),
        (
            "Drain removed 14/6; fraction 2 moved to 18/6.",
            "Drain removed [DATE]; fraction 2 moved to [DATE].",
        ),
        # ids: a masked SSN, its last four, a person's number in HL7
        ("SSN: xxx-xx-4471 on file.", "SSN: [ID] on file."),
        ("Identity confirmed, last four 9031.", "Identity confirmed, last four [ID]."),
        ("ORC|NW|||||||||55120^OKAFOR^GRACE", "ORC|NW|||||||||[ID]^[NAME]"),
        # a Windows share and an HL7 host are addresses of a network
        (
            "Saved to \\\\fileserv02\\radiology\\Okafor in error.",
            "Saved to [URL] in error.",
        ),
        ("MSH|^~\\&|RIS|500^LAKESIDE.MED.EXAMPLE.ORG^DNS|PACS", "MSH|^~\\&|RIS|500^[URL]^DNS|PACS"),
        # sites: a district hospital and its town, a branch after a comma, health-centre and
        # university-hospital initials, a ship, a base, a VA health care system, a scan centre
        ("Referred from District Hospital Karad.", "Referred from [FACILITY]."),
        ("Seen at Lotus Diagnostics, Kothrud on Monday.", "Seen at [FACILITY] on Monday."),
        ("CHC Wadgaon | CXR PA | 12-08-23", "[FACILITY] | CXR PA | [DATE]"),
        ("Discussed at the UHK MDT.", "Discussed at the [FACILITY] MDT."),
        ("He served aboard USS Kearsarge in 1968.", "He served aboard [FACILITY] in 1968."),
        ("Deployed to Bagram Air Base twice.", "Deployed to [FACILITY] twice."),
        ("Results to VA Lakeside HCS pulmonary.", "Results to [FACILITY] pulmonary."),
        ("She is now in Our Lady's Hospice.", "She is now in [FACILITY]."),
        # addresses listed to a lettered postcode; military mail
        (
            "Home: Church Road, Ballymore, Co. Westmeath, N91 X2Y4.",
            "Home: [ADDRESS].",
        ),
        ("Mail to PSC 1005, Box 12, APO AE 09012.", "Mail to [ADDRESS]."),
        # a phone's extension after a comma
        ("Nurse line 555-201-0104, ext. 4471.", "Nurse line [PHONE]."),
    ],
)
def test_the_eleventh_round_rules_find(rules: Deidentifier, text: str, expected: str) -> None:
    assert rules.scrub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Carina is splayed by subcarinal lymphadenopathy.",
        "The radiologist felt the hilar node was reactive.",
        "Karnofsky 60, ECOG 2.",
        "Mr X, a 72-year-old man, was referred with haemoptysis.",
        "The template shows <UHID> and <DATE> as fields.",
        "MSH|^~\\&|iPM|SENDER|RIS|RECEIVER|||ORM^O01||P|2.4",
        "Present: CT, MRI and US teams.",
        "The oldest film at 95 kV was rejected.",
        "For the 2nd time; after the 3rd dose; to the 4th rib.",
        "Re: Chest CT booking for next week.",
        "UHF radio in the ambulance; the camp was cancelled.",
    ],
)
def test_the_eleventh_round_leaves_clinical_text(rules: Deidentifier, text: str) -> None:
    assert rules.scrub(text) == text


def test_a_laboratory_word_needs_its_figure() -> None:
    """ "na" is sodium only before a figure: an Irish address keeps its "na" words masked."""
    text = "Teach na Mara, An Spidéal, Co. na Gaillimhe, H91 X4C8"
    assert Deidentifier.default(tagger=False).scrub(text) == "[ADDRESS]"
