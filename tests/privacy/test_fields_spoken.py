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


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("History: turned 101 last month, new confusion.", "101"),
        ("M/96 from the ward, ?pneumonia.", "96"),
        ("Пациентка, 94 года, одышка.", "94"),
        ("Wskazania: pacjent lat 91, duszność.", "91"),
        ("Stable since the mammogram (11/2019).", "11/2019"),
        ("Vergleich: CT vom Di, 16.01.2024.", "Di, 16.01.2024"),
        ("前回2023/12/05のCTと比較。", "2023/12/05"),
        ("Stream at rtsp://10.1.2.3:554/live/bay2 started.", "rtsp://10.1.2.3:554/live/bay2"),
        ("Saved to file://ris-share/out/Okafor_F.dcm today.", "file://ris-share/out/Okafor_F.dcm"),
        ("Patient: Ade Bello  Hosp No: UCH/RAD/23/00912  Ibadan", "UCH/RAD/23/00912"),
        ("OBR|1|PLC44120|FIL77031|CTCHEST^CT Chest|||", "FIL77031"),
        ("Result phoned to the ward nurse, Thandeka, at 02:10.", "Thandeka"),
        ("HL7 ADT^A08 from 10.0.0.7: patient MBEKI^ZANELE^N address updated.", "MBEKI^ZANELE^N"),
        ("Filter: PatientName=CHAN^SIU MING AND StudyDate>=20240101", "CHAN^SIU MING"),
        ("Mailing: RR 4, Site 2, Box 9, Olds AB T4H 1P3", "RR 4, Site 2, Box 9, Olds AB T4H 1P3"),
        ("record number 4 4 1 9 0 2 7 period", "4 4 1 9 0 2 7"),
        ("last name spelled O-K-A-F-O-R first name", "O-K-A-F-O-R"),
        ("she came from meadowlark rest home yesterday", "meadowlark rest home"),
        ("Band: MOKOENA T.K. RAD 4410 FALL RISK", "MOKOENA T.K."),
        ("Referral SK/2024/05/22811 received.", "SK/2024/05/22811"),
        ("ACC0091883,K0048812,MENSAH, KWAME O,1934-02-19,M,CR", "K0048812"),
        ("Naam en van: Pieter Johannes Steyn  Ouderdom: 93", "Pieter Johannes Steyn"),
        ("Naam en van: Pieter Johannes Steyn  Ouderdom: 93", "93"),
        ("Member VHI 22 881 004 5 at the desk", "VHI 22 881 004 5"),
        ("Comparison with the CT at the Tolworth in March 2022.", "Tolworth"),
        ("Films on disc from QMH (CT brain 28/07/2023) reviewed.", "QMH"),
        ("Outside MRI from Radiologix was imported for fusion.", "Radiologix"),
        ("Review of the Ramathibodi CT confirms the mass.", "Ramathibodi"),
        ("Marisol, could you find the old films for bed 12?", "Marisol"),
        ("Dwayne says the injector is jamming again.", "Dwayne"),
        ("Ask Priyanka to check the coil before the next knee.", "Priyanka"),
        ("Per Oksana in IR, the sheath is 6 Fr.", "Oksana"),
        ("PID|1||X1^^^^MR||TE RANGI^HINE^ANA||19300101|F", "TE RANGI^HINE^ANA"),
        ("PID|1||X2^^^^MR||ÖZKAN^ELIF^NUR||19300101|F", "ÖZKAN^ELIF^NUR"),
        ('{"name": "TAN AH KOW", "age": 96}', "TAN AH KOW"),
        ("WRISTBAND: TE RANGI, Hine  NHI ZKM4471", "TE RANGI, Hine"),
        ("Order ORD-7784412 for PATEL, Nikhil R scheduled Thu 27/06/2024", "PATEL, Nikhil R"),
        ("Brought in by her grandson Kaiden, who found her on the floor.", "Kaiden"),
        ("WhatsApp from Tavita (radiographer): the patient has arrived.", "Tavita"),
        ("@Oyelaran the AE title changed, please re-add it", "Oyelaran"),
        ("Chat 14:03 Rahim: is the patient going to CT first?", "Rahim"),
        ("F 97, bed-bound resident, with a sacral sore.", "97"),
        ("A retired teacher of ninety-two who still walks daily.", "ninety-two"),
        ("ED triage note: pt 91 female, dizziness.", "91"),
        ("Signed 2023-08-17 16:44 BST by the consultant.", "2023-08-17 16:44 BST"),
        ("[14/Mar/2019:08:40:11 +0000] GET /wado", "14/Mar/2019:08:40:11 +0000"),
        ("OBR|1||A1|73721^MR KNEE^CPT|||20190314T083000||", "20190314T083000"),
        ("HKID K482917(3) shown at check-in.", "K482917(3)"),
        ("National Insurance number QQ 12 34 56 C given.", "QQ 12 34 56 C"),
        (
            "Adresse: Vesterbrogade 88, 3. tv., 1620 København V",
            "Vesterbrogade 88, 3. tv., 1620 København V",
        ),
        (
            "Lives with carer at Ivy Cottage, Church Lane, Great Ayton, Middlesbrough TS9 6HN",
            "Ivy Cottage, Church Lane",
        ),
    ],
)
def test_more_forms_are_masked_whole(deid: Deidentifier, text: str, masked: str) -> None:
    found = deid.find(text)
    start = text.index(masked)
    covered = [False] * len(text)
    for s in found:
        covered[s.start : s.end] = [True] * (s.end - s.start)
    assert all(covered[start : start + len(masked)]), [text[s.start : s.end] for s in found]


@pytest.mark.parametrize(
    "text",
    [
        "OBX|1|NM|DLP^Dose length product||412.6|mGy.cm|||||F",
        "OBX|2|NM|CTDIvol^CT dose index||8.9|mGy|||||F",
        "Report sent to the clinic.",
        "Comparison made with the study from the outside hospital.",
        "The patient turned to the left for the lateral view.",
        "Mild degenerative change at C5/6, stable on the prior study.",
        "PID|1||XXXX^^^^MR||[redacted]^[redacted]||00000000|U",
        "Scanned on the Siemens SOMATOM Force; Philips Ingenia 3T for the MRI.",
        "Implant: MR Conditional pacemaker (Medtronic Azure), SureScan on.",
        "(0008,0016) SOPClassUID: 1.2.840.10008.5.1.4.1.1.2 (CT Image Storage)",
        "(0008,0030) StudyTime: 083000  (0008,0031) SeriesTime: 083412",
        "Right PICC tip is at the SVC.",
        "Grade 2 spondylolisthesis at L4-L5.",
        "Withdrawal from Xanax.",
        "The patient recently returned from a trip to Kenya with a cough.",
        "Transferred by air ambulance from Darwin for neurosurgical review.",
        "Transferred from ICU to the ward on day 3.",
        "Repeat CT in 3 months per Fleischner; no further imaging if stable.",
        "Will repeat the lateral view if the patient can stand.",
        "Hope this helps with the planning.",
        "However, please correlate clinically.",
        "Heart rate of 95 and blood pressure 120/80.",
        "Mass of 92 mm in the right lobe.",
    ],
)
def test_more_clean_text_stays(deid: Deidentifier, text: str) -> None:
    assert deid.scrub(text) == text


def test_a_denied_term_is_masked_even_where_it_looks_like_no_phi() -> None:
    from slava_lightning.privacy import TermLists

    text = "She returned from a trip to Darwin last week."
    assert Deidentifier.default().scrub(text) == text  # a city after travel is no PHI
    lists = TermLists.from_mapping({"deny": {"facility": ["Darwin"]}})
    assert Deidentifier.default(lists).scrub(text) == (
        "She returned from a trip to [FACILITY] last week."
    )
