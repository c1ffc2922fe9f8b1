"""Rule changes of the eighth round: ages written beside a person, family members named by
their relation, newborns' interim names, first names of the world's locales, a site's town, and
the clinical words these must leave alone."""

from __future__ import annotations

import pytest

from slava_lightning.privacy import Deidentifier
from slava_lightning.privacy.gazetteer import english_words, first_names, world_first_names
from slava_lightning.privacy.patterns import ages_after_names
from slava_lightning.privacy.spans import Span


@pytest.fixture(scope="module")
def rules() -> Deidentifier:
    return Deidentifier.default(tagger=False)


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
        ("PID|1||70044183^^^BCH^MR||OKAFOR^BABY GIRL^A||", "PID|1||[ID]^^^BCH^MR||[NAME]||"),
        ("Film of Baby Girl Ortiz at 02:00.", "Film of [NAME] at 02:00."),
        ("The baby boy was fed at 02:00.", "The baby boy was fed at 02:00."),
        # a gene is no record number written against its prefix; a record number is
        ("Noonan syndrome (PTPN11) confirmed.", "Noonan syndrome (PTPN11) confirmed."),
        ("MRN12345 and MRN: A12345.", "[ID] and [ID]."),
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
