"""Rule changes that came with the CRF layer: staff and site initials, lone years and day/month
dates after events, ages written in other languages, clinical terms that hold a name or a place,
names and sites that are only places, and the forms the tagger's spans must have."""

from __future__ import annotations

import pytest

from slava_lightning.privacy import Deidentifier
from slava_lightning.privacy.spans import Span
from slava_lightning.privacy.tagger import _plausible
from slava_lightning.privacy.terms import clinical_terms


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Second read: reviewer QT, no discrepancy.", "QT"),
        ("Typed by: pjr / checked by: ALW", "pjr"),
        ("Typed by: pjr / checked by: ALW", "ALW"),
        ("Prelim read by RMcD (ST4) at 02:10.", "RMcD"),
        ("No change since the last film; HBK", "HBK"),
        ("Reported by the registrar on behalf of UHCW.", "UHCW"),
        ("Known to the renal team (nephrology, QMC).", "QMC"),
        ("Fall 21/11, pain since; ?scaphoid.", "21/11"),
        ("The 4/9 CXR showed a small effusion.", "4/9"),
        ("Last DEXA 11.2021 showed osteopenia.", "11.2021"),
        ("Frau Keller (93 J.) nach Sturz.", "93"),
        ("Pasien wanita, usia 91 tahun.", "91"),
        ("96-jährige Patientin mit Dyspnoe.", "96"),
        ("Hasta 94 yaşında, nefes darlığı.", "94"),
    ],
)
def test_sixth_round_forms_are_masked(rules: Deidentifier, text: str, masked: str) -> None:
    spans = rules.find(text)
    start = text.index(masked)
    assert any(s.start <= start and start + len(masked) <= s.end for s in spans), (
        text,
        rules.scrub(text),
    )


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Appendicectomy 1979 and hysterectomy 2004, both uneventful.", "1979"),
        ("Appendicectomy 1979 and hysterectomy 2004, both uneventful.", "2004"),
        ("Old fracture (fall, 2015) of the left clavicle.", "2015"),
    ],
)
def test_years_of_a_history_are_masked_when_asked(text: str, masked: str) -> None:
    """A year alone is kept by default (HIPAA Safe Harbor) and found with ``years=True``."""
    start = text.index(masked)
    spans = Deidentifier.default(tagger=False, years=True).find(text)
    assert any(s.start <= start and start + len(masked) <= s.end for s in spans)
    assert masked in Deidentifier.default(tagger=False).scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reviewed against the Fleischner 2017 guidelines and the WHO 2021 classification.",
        "LI-RADS v2018 category 4; 2000 mL drained; JPEG 2000 lossless.",
        "GCS 14/15 after the fall 3/4 hours ago; grade 2/4 systolic murmur.",
        "Checked by: CT; vetted by: ED consultant.",
        "A Sister Mary Joseph nodule at the umbilicus.",
        "Glasgow Coma Scale 14 on arrival.",
        "Los Angeles grade B oesophagitis; updated Sydney system biopsies.",
        "San Francisco syncope rule negative; Ottawa ankle rules applied.",
        "Fluid in the pouch of Douglas is physiological.",
        "The Royal College of Radiologists guidance was followed.",
        "A Port-a-Cath is seen in the right chest wall.",
        "Cases from Jakarta, Surabaya and Medan go to the same queue.",
        "CT from Istanbul and Ankara is read overnight.",
        "Transfer syntax 1.2.840.10008.1.2.4.70 accepted.",
        "Patientin 45 Jahre alt; pasien 60 tahun.",
    ],
)
def test_sixth_round_clinical_text_stays(rules: Deidentifier, text: str) -> None:
    assert rules.scrub(text) == text


def test_a_person_named_by_places_keeps_their_name(rules: Deidentifier) -> None:
    # every word a city, but census names: a person, not a list of places
    assert rules.scrub("Seen by Victoria Jackson today.") == "Seen by [NAME] today."


def test_clinical_terms_cover_the_whole_phrase_in_any_case_and_spacing() -> None:
    text = "GLASGOW  COMA SCALE 9; port a cath in situ; Glasgow alone."
    spans = clinical_terms(text)
    assert [text[a:b] for a, b in spans] == ["GLASGOW  COMA SCALE", "port a cath"]


@pytest.mark.parametrize(
    ("text", "kind", "value", "ok"),
    [
        ("Seen on 14 March 2023.", "date", "14 March 2023", True),
        ("Repeat on 3/4/2021 please.", "date", "3/4/2021", True),
        ("Review in March with results.", "date", "March", False),
        ("Grade 2/4 murmur.", "date", "2/4", False),
        ("Home on day 3 post-op.", "date", "day 3", False),
        ("Per the 2019 update.", "date", "2019", False),
        ("Scanned 20240314 at night.", "date", "20240314", True),
        ("Prior 2021-03-14 CT.", "date", "2021-03-14", True),
        ("Transferred to the Stroke Unit.", "facility", "Stroke Unit", False),
        ("CT from XXXX Lab today.", "facility", "XXXX Lab", False),
        ("Seen at Kestrel Imaging yesterday.", "facility", "Kestrel Imaging", True),
        ("Transferred from Westmead overnight.", "facility", "Westmead", True),
        ("The adductor canal (Hunter's canal) is normal.", "name", "Hunter", False),
        ("Kikuchi-Fujimoto disease is likely.", "name", "Kikuchi-Fujimoto", False),
        ("Osaka and Nagoya studies overnight.", "name", "Nagoya", False),
        ("Signed on Sunday.", "name", "Sunday", False),
        ("Asthma is the most common cause.", "name", "Asthma", False),
        ("Seen by Grace Hill.", "name", "Grace Hill", True),
        ("Lungs clear.\nPneumomediastinum.", "name", "Pneumomediastinum", False),
        ("Rashid -- pt refused contrast.", "name", "Rashid", True),
        ("Seen by Ngozi Eze.", "name", "Ngozi Eze", True),
        ("Lives at 12 Elm Road.", "address", "12 Elm Road", True),
        ("Sunday list: no cases.", "address", "Sunday list", False),
        ("Ref 12 only.", "id", "12", False),
        ("Ref KF0093317 only.", "id", "KF0093317", True),
        ("Aged 95.", "age", "95", False),
    ],
)
def test_a_tagged_span_must_have_the_form_of_its_kind(
    text: str, kind: str, value: str, ok: bool
) -> None:
    start = text.index(value)
    assert _plausible(text, Span(kind, start, start + len(value))) is ok


def test_a_masked_person_or_site_is_masked_again_where_it_recurs(rules: Deidentifier) -> None:
    text = "Mr John Moss was seen today. Moss agreed to the biopsy; the Moss report follows."
    scrubbed = rules.scrub(text)
    assert "Moss" not in scrubbed and scrubbed.count("[NAME]") == 3
    # the same word in another case is another word
    assert "price of" in rules.scrub("Dr Will Price reviewed it; the price of the scan is high.")
