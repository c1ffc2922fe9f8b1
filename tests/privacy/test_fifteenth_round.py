"""Rule changes made on held-out sets 35-37 after their blind score: people who name themselves
or are named by their role in messages, patients by a surname after their study, a capitalised
everyday word of another language, Nepal's calendar, a table's age cells with spaces, registration
numbers of South Asian councils, the sender of a text message to a patient, and possessives of
Urdu, Hindi and Bengali."""

from __future__ import annotations

import pytest

from slava_lightning.privacy import Deidentifier


def _values(d: Deidentifier, text: str, kind: str) -> list[str]:
    return [text[s.start : s.end] for s in d.find(text) if s.kind == kind]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rusty here: 2nd portable coming, he pulled his NG lol", "Rusty"),
        ("hey doc its Crystal at Webster Memorial, sent u a portable", "Crystal"),
        ("Storm the night tech at Jacobson Memorial Hospital, pls call", "Storm"),
        # a patient by a census surname after the study of them
        ("2nd portable on Vogel coming, he pulled his NG", "Vogel"),
        ("dr okafor the lateral on yoder is up now", "yoder"),
        # possessives of Urdu, Hindi and Bengali before the study
        ("Aaj Amna ki CT shift hai, koi masla ho to call karo.", "Amna"),
        ("Sir ye Zahoor wala film check kar lein", "Zahoor"),
    ],
)
def test_people_in_messages(rules: Deidentifier, text: str, name: str) -> None:
    start = text.index(name)
    assert any(
        s.kind == "name" and s.start <= start and start + len(name) <= s.end
        for s in rules.find(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Click here to open the viewer.",
        "It is May already, this is Radiology from the main site.",
        "CXR on arrival showed the ETT; report for Monday; film on admission; scan for PE.",
        "Chest CT ke baad, Radiology ki report.",
        # a capitalised everyday word of Spanish opens no name
        "Procede de Valparaíso.",
    ],
)
def test_no_one_is_named(rules: Deidentifier, text: str) -> None:
    assert _values(rules, text, "name") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Sagar Shrestha | M | 33 | UHID GIH1046632 | 12 Chaitra 2080", "date", "12 Chaitra 2080"),
        ("Regimen change on Falgun 22: moved to BPaLM.", "date", "Falgun 22"),
        ("Row 57: Nasreen Akhter; 95; F; House 112, Block D", "age", "95"),
        ("Prem dai, tyo 91 barsa ko buwa ko CXR ma effusion cha", "age", "91 barsa"),
        ("Report dictated by Dr Ruwan Senanayake (SLMC 21457).", "id", "SLMC 21457"),
        ("Patient Mohamed Haris, BHT 9931, left upper lobe collapse.", "id", "BHT 9931"),
    ],
)
def test_local_forms(rules: Deidentifier, text: str, kind: str, value: str) -> None:
    assert value in _values(rules, text, kind)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Asiri: Hi Chamari, your chest X-ray is confirmed for 15/03/2024.", "Asiri"),
        ("Popular Diagnostic: Dear Nasima Akter, your HRCT report is ready.", "Popular Diagnostic"),
        ("KPJ Damansara: Dear Aminah, CT scan booking confirmed.", "KPJ Damansara"),
    ],
)
def test_the_sender_of_a_text_to_a_patient_is_a_site(
    rules: Deidentifier, text: str, site: str
) -> None:
    assert _values(rules, text, "facility") == [site]


@pytest.mark.parametrize(
    "text",
    [
        "Reminder: your appointment is tomorrow at 9.",
        "Linda: your results are in, call me.",  # a first name writes, no site
    ],
)
def test_a_heading_or_a_person_sends_no_site(rules: Deidentifier, text: str) -> None:
    assert _values(rules, text, "facility") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nacho: oye, ¿has visto el angioTC de la 512?", "Nacho"),
        ("Juanma: ¿quién le dijo a la familia que era cáncer?", "Juanma"),
        ("Luchito: el señor de la cama 14 se quitó la vía otra vez", "Luchito"),
    ],
)
def test_a_chats_speaker_whose_line_goes_on_in_lower_case(
    rules: Deidentifier, text: str, speaker: str
) -> None:
    assert _values(rules, text, "name") == [speaker]


@pytest.mark.parametrize(
    "text",
    ["Indicación: dolor torácico.", "Técnica: sin contraste.", "Impression: no acute disease."],
)
def test_a_heading_in_any_language_is_no_speaker(rules: Deidentifier, text: str) -> None:
    assert rules.scrub(text) == text


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Orden médica de la UMF 28 del IMSS: Rx tórax PA.", "UMF 28"),
        ("Su cita de Rayos X es en el HGZ 32. Preséntese 30 min antes.", "HGZ 32"),
    ],
)
def test_mexican_social_security_units(full: Deidentifier, text: str, site: str) -> None:
    assert _values(full, text, "facility") == [site]
