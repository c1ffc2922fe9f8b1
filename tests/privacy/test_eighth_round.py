"""Rule changes of the eighth round: ages written beside a person, family members named by
their relation, newborns' interim names, first names of the world's locales, HL7 person fields
by position, a site's town, and the clinical words, places and clauses these must leave alone."""

from __future__ import annotations

import pytest

from slava_lightning.privacy import Deidentifier
from slava_lightning.privacy.gazetteer import english_words, first_names, world_first_names
from slava_lightning.privacy.patterns import ages_after_names
from slava_lightning.privacy.spans import Span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age over 89 beside a name: after a comma, in brackets, in the same table row
        (
            "A self-expanding valve for Mrs Elisabeth Frei, 98.",
            "A self-expanding valve for [NAME], [AGE].",
        ),
        (
            "Mr Hugo Verstraete (BSN 284619037), 90, referred.",
            "[NAME] ([ID]), [AGE], referred.",
        ),
        (
            "Her grandfather Mr Albert Dunmore (92 and well)",
            "Her grandfather [NAME] ([AGE] and well)",
        ),
        (
            "2. Van Damme, Luc | CUSL-448019 | 90 | severe AS",
            "2. [NAME] | [ID] | [AGE] | severe AS",
        ),
        # ... but a measurement beside a name is no age
        ("Mr Jones, 95 kg, and Ms Lee 92% on air", "[NAME], 95 kg, and [NAME] 92% on air"),
        # ages in prose: how long a relative lived, the eldest of a group
        (
            "A great-aunt lived to 93 and died at 98.",
            "A great-aunt lived to [AGE] and died at [AGE].",
        ),
        ("Four generations, the eldest 97.", "Four generations, the eldest [AGE]."),
        ("The eldest is 91 mm from the carina.", "The eldest is 91 mm from the carina."),
        ("Mr Kotsis, 101 ετών, Evangelismos.", "[NAME], [AGE] ετών, Evangelismos."),
        # relatives and carers named by their relation
        (
            "Brought on CD by the patient's daughter Els.",
            "Brought on CD by the patient's daughter [NAME].",
        ),
        (
            "Her partner Mads can be called on the ward.",
            "Her partner [NAME] can be called on the ward.",
        ),
        ("Ms Robyn Castellano (mother of Gianluca) rang.", "[NAME] (mother of [NAME]) rang."),
        ("Missed call (Winther's wife) at 04:02.", "Missed call ([NAME]'s wife) at 04:02."),
        (
            "Patient's wife and Pt's carer both attended.",
            "Patient's wife and Pt's carer both attended.",
        ),
        # a first name joined to a full name shares it
        ("The family (Brad and Kirra Schultz) moved.", "The family ([NAME] and [NAME]) moved."),
        ("In the twins Aoife and Orla Brennan-Walsh.", "In the twins [NAME] and [NAME]."),
        # newborns' interim names, in prose, banners and HL7
        ("BABYGRAM | TAUMALOLO, BABY BOY | tube coiled", "BABYGRAM | [NAME] | tube coiled"),
        ("PID|1||70044183^^^BCH^MR||OKAFOR^BABY GIRL^A||", "PID|1||[ID]^^^[FACILITY]^MR||[NAME]||"),
        ("Film of Baby Girl Ortiz at 02:00.", "Film of [NAME] at 02:00."),
        ("The baby boy was fed at 02:00.", "The baby boy was fed at 02:00."),
        # a gene is no record number written against its prefix; a record number is
        ("Noonan syndrome (PTPN11) confirmed.", "Noonan syndrome (PTPN11) confirmed."),
        ("MRN12345 and MRN: A12345.", "[ID] and [ID]."),
        # ages after a record number, against a sex, zero-padded as DICOM writes them
        (
            "Norman Tulloch, DVA file NX204517, 98, ex-RAAF.",
            "[NAME], DVA file [ID], [AGE], ex-RAAF.",
        ),
        ("Mr Smith, left lower lobe, segment 4, 95.", "[NAME], left lower lobe, segment 4, 95."),
        ("Tan Ah Seng, 91/M, UIP pattern.", "[NAME], [AGE]/M, UIP pattern."),
        ("PatientAge 094Y, PatientSex F", "PatientAge [AGE]Y, PatientSex F"),
        ("He said he's ninety-four, portable film.", "He said he's [AGE], portable film."),
        ("She would have been 103 on the day.", "She would have been [AGE] on the day."),
        # HL7 person fields by position, whatever words they hold
        (
            "PID|1||UHID4418273^^^AIIMS||DEVI^KAMLA||19310105|F",
            "PID|1||[ID]^^^AIIMS||[NAME]||[DATE]|F",
        ),
        ("NK1|1|DEVI^RAJ^^^^|SON|", "NK1|1|[NAME]^^^^|SON|"),
        # people named by their role, their relatives, their own things, their nicknames
        ("Call claim officer Ruwan +94 77 348 2291.", "Call claim officer [NAME] [PHONE]."),
        ("Seen with her aunt Seelawathie (94) today.", "Seen with her aunt [NAME] [AGE] today."),
        (
            "Shazia's chest X-ray shows miliary nodules.",
            "[NAME]'s chest X-ray shows miliary nodules.",
        ),
        ("Monday's film shows interval improvement.", "Monday's film shows interval improvement."),
        ('Rodrigo Santos ("Digoy") was traced.', '[NAME] ("[NAME]") was traced.'),
        ('We welcome Edith "Edie" Marsh to the home.', "We welcome [NAME] to the home."),
        # openers and joins of South Asian and Malay names
        ("Candidate Md. Rafiqul Islam was referred.", "Candidate [NAME] was referred."),
        ("Finalised by Dr Ravi Chandran a/l Muniandy.", "Finalised by [NAME]."),
        # first names typed in lower case in messages, and the same name capitalised elsewhere
        ("text from daughter seini: can he come?", "text from daughter [NAME]: can he come?"),
        ("Message from Nomsa: hi doc it's nomsa", "Message from [NAME]: hi doc it's [NAME]"),
        (
            "hi team, hi pls, its fine, it's ok, hi doc",
            "hi team, hi pls, its fine, it's ok, hi doc",
        ),
    ],
)
def test_eighth_round_forms(rules: Deidentifier, text: str, expected: str) -> None:
    assert rules.scrub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zenker diverticulum arising from Killian's dehiscence.",
        "Steinmann pin through the calcaneus.",
        "Westley croup score 4; dexamethasone given.",
        "Heart rate 95 and SpO2 94% on air.",
        # clauses and fields that follow the cues of people and sites
        "Each radiographer wears a personal dosimeter badge.",
        "Family were upset that they were not told first.",
        "Resident wishes to remain at the care home and not be transferred.",
        "Patient name field shows ******** in the test environment.",
        "The radiologist must sign every report.",
        "QTc above 500 ms needs review of bedaquiline.",
        "The patient desaturated to 84% on room air.",
        # places, regions, languages and programmes
        "Candidates from Kerala, Tamil Nadu and Andhra Pradesh are examined in Kochi.",
        "Workers from Nepal, Myanmar, Bangladesh and Indonesia.",
        "India's programme was renamed.",
        "Mobile service area: Brisbane North, Moreton Bay and the Sunshine Coast hinterland.",
        "Arabic, French, Swahili and Bengali interpreters are available.",
        "Pain assessed with the Abbey Pain Scale: score 9, moderate.",
        "Braden scale 12; two-hourly repositioning chart started.",
        # times and a document's year are no dates; a port is no age
        "Daughter phoned at 1930 for an update.",
        "The certificate template was revised in 2023.",
        "The default port is 104.",
    ],
)
def test_eighth_round_clinical_text_is_untouched(rules: Deidentifier, text: str) -> None:
    assert rules.scrub(text) == text


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("ECMO referral from Royal Hospital for Children, Glasgow, accepted.",
         "Royal Hospital for Children, Glasgow"),
        ("Seen at the Hospital for Sick Children in Toronto.", "Hospital for Sick Children"),
        ("Outside CT from Nemours Children's Hospital, Delaware.",
         "Nemours Children's Hospital, Delaware"),
        ("Transferred from Concord Repatriation General Hospital ward 7B.",
         "Concord Repatriation General Hospital"),
    ],
)  # fmt: skip
def test_a_site_takes_whom_it_is_for_and_its_town(
    rules: Deidentifier, text: str, site: str
) -> None:
    found = [s for s in rules.find(text) if s.kind == "facility"]
    assert [text[s.start : s.end] for s in found] == [site]


def test_ages_after_names_reads_only_names() -> None:
    text = "Seen: Bertil Engström, 93; Room 4, 95."
    name = Span("name", 6, 21)
    room = Span("facility", 24, 30)
    assert ages_after_names(text, [name, room]) == [Span("age", 23, 25)]


def test_world_first_names_widen_the_census_without_english_words() -> None:
    world = world_first_names()
    assert {"els", "mads", "aoife", "gianluca", "ngozi", "aroha", "thandiwe"} <= world
    first = first_names()
    # the world's names that are no English word are first names; "els" and "mads" are words,
    # so they count only after a cue ("daughter Els")
    assert {"aoife", "gianluca", "thandiwe"} <= first
    assert "els" not in first and "els" in english_words()
