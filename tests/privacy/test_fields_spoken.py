"""The structured-field, dictation and span-widening layers of the de-identifier."""

from __future__ import annotations

import pytest

from slava_lightning.privacy import Deidentifier
from slava_lightning.privacy.fields import FieldDetector
from slava_lightning.privacy.spoken import SpokenDetector


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier.default()


def _texts(text: str, spans) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PID|1||A1^^^^MR||OYELARAN^TEMITOPE^ADE||19400101|F", ("name", "OYELARAN^TEMITOPE^ADE")),
        ("PV1|1|I|W2^B4||||^KARIMI^NASRIN^^^DR|", ("name", "KARIMI^NASRIN")),
        ("(0010,0010) PatientName: DLAMINI^THANDO^^^", ("name", "DLAMINI^THANDO")),
        (
            "(0008,1060) NameOfPhysiciansReadingStudy: ODUYA^K\\VORSTER^ANRI",
            ("name", "VORSTER^ANRI"),
        ),
        ("(0010,0010) PN [HALVORSEN^INGRID]", ("name", "HALVORSEN^INGRID")),
        ("export ok user=ws3 patient=TAKAHASHI^REN src=pacs", ("name", "TAKAHASHI^REN")),
        ('{"surname": "ABERNETHY", "mrn": "Q1"}', ("name", "ABERNETHY")),
        ("(0010,1010) PatientAge: 093Y", ("age", "093")),
        ("row 4: name=Vakaloloma, Mere, age=96", ("age", "96")),
        ('"NWOSU, CHIDINMA","RAD-3","1931-02-02","93"', ("name", "NWOSU, CHIDINMA")),
    ],
)
def test_structured_fields(text: str, expected: tuple[str, str]) -> None:
    assert expected in _texts(text, FieldDetector().find(text))


@pytest.mark.parametrize(
    "text",
    [
        "OBR|1||RA1|71250^CT CHEST WO CONTRAST^CPT|||",
        "NK1|1||DAU^Daughter|",
        "(0008,1090) ManufacturerModelName: SOMATOM Force",
        "(0010,0010) PatientName: ANONYMOUS^^^^",
        "Name: [redacted]. MRN: [redacted]. Exam: CT chest.",
        "(0010,1010) PatientAge: 067Y",
        "The patient has a history of cardiac bypass.",
    ],
)
def test_structured_fields_leave_codes_devices_and_placeholders(text: str) -> None:
    assert FieldDetector().find(text) == []
    assert SpokenDetector().find(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "m r n is three three one nine eight zero four thank you",
            ("id", "three three one nine eight zero four"),
        ),
        (
            "please ring me on oh two zero seven nine four six one two three",
            ("phone", "oh two zero seven nine four six one two three"),
        ),
        (
            "date of birth june fifth nineteen thirty one",
            ("date", "june fifth nineteen thirty one"),
        ),
        (
            "seen on the twenty second of august two thousand and nineteen",
            ("date", "twenty second of august two thousand and nineteen"),
        ),
        ("surname spelled k o w a l s k i exam pelvis", ("name", "k o w a l s k i")),
        (
            "this is doctor lee dictating on tariq mahmood chest two views",
            ("name", "tariq mahmood"),
        ),
        ("missus pearl says the pain started yesterday", ("name", "pearl")),
    ],
)
def test_dictated_identifiers(text: str, expected: tuple[str, str]) -> None:
    assert expected in _texts(text, SpokenDetector().find(text))


def test_dictation_words_that_are_not_phi_stay() -> None:
    for text in (
        "findings the lungs are clear comma no effusion period",
        "two views of the chest were obtained new paragraph impression normal",
        "the patient states that she fell",
    ):
        assert SpokenDetector().find(text) == []


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Outside ID HKL-R0558812 on the disc.", "HKL-R0558812"),
        ("CNIC 35202-8841376-5 checked.", "35202-8841376-5"),
        ("MSH|^~\\&|RIS|RAD|PACS|RAD|20240517083012+0300||ORM^O01", "20240517083012+0300"),
        (
            "Lives at Flat 7, Harbour Court, 2 Quay Street, Whitby YO21 3PU.",
            "Flat 7, Harbour Court",
        ),
    ],
)
def test_spans_widen_to_the_whole_value(deid: Deidentifier, text: str, masked: str) -> None:
    assert masked not in deid.scrub(text)
    assert deid.scrub(text).count("[") == 1


def test_widening_stops_at_a_record_number_label() -> None:
    from slava_lightning.privacy.grow import grow
    from slava_lightning.privacy.spans import Span

    for text in ("MRN 5520913 reviewed.", "NHS 4857773456 given"):
        start = text.index(" ") + 1
        span = Span("id", start, text.index(" ", start))
        assert grow(text, [span]) == [span]
    text = "Card KNH 0091552 shown"
    (grown,) = grow(text, [Span("id", 9, 16)])
    assert text[grown.start : grown.end] == "KNH 0091552"
