"""Rule changes of the tenth round: a year alone kept (HIPAA Safe Harbor), employers and mines,
site initials before a unit, log-ins after "user=" and "logged in", people on ward boards and in
table columns, ages told after "pt" or "was", days and months with a leading zero or after an
event, French months, pagers; and the clinical text these must leave alone."""

from __future__ import annotations

import pytest

from slava_lightning.privacy import Deidentifier
from slava_lightning.privacy.spans import Span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # log-ins: after "user=", before "logged in", after "session for", a later chat speaker
        (
            "2023-05-02 10:14:09 EXPORT ok user=bkowalski src=10.8.1.20",
            "[DATE] EXPORT ok user=[NAME] src=[IP]",
        ),
        ("vpn: pmartinez logged in from 203.0.113.9", "vpn: [NAME] logged in from [IP]"),
        ("Film re-sent, uploaded by dholloway.", "Film re-sent, uploaded by [NAME]."),
        (
            "tkowal: room 3 ready? jmercier: coming now",
            "[NAME]: room 3 ready? [NAME]: coming now",
        ),
        # a surname after a bed, and the people of a table's columns
        ("Bed 12 Okonkwo to step-down at 1400.", "Bed 12 [NAME] to step-down at 1400."),
        (
            "BED|PATIENT|MRN|RESIDENT ; 04|HALVORSEN, INGRID|Q0045521|MBEKI",
            "BED|PATIENT|MRN|RESIDENT ; 04|[NAME]|[ID]|[NAME]",
        ),
        # a first name that wrote or texted
        (
            "Thandiwe wrote: the miner's film is attached.",
            "[NAME] wrote: the miner's film is attached.",
        ),
        # someone addressed, someone who says, a sign-off
        ("Harpreet please re-send the disc.", "[NAME] please re-send the disc."),
        ("Tomasz, can you vet the CT?", "[NAME], can you vet the CT?"),
        ("Imogen from bookings says 3 pm is free.", "[NAME] from bookings says 3 pm is free."),
        ("Films are on PACS. Thanks, Oluwaseun", "Films are on PACS. Thanks, [NAME]"),
        # roles before a surname
        (
            "ETT checked by RT Okafor, tip 4 cm above carina.",
            "ETT checked by [NAME], tip 4 cm above carina.",
        ),
        (
            "Reviewed with R3 Lindqvist: no pneumothorax.",
            "Reviewed with R3 [NAME]: no pneumothorax.",
        ),
        # employers, law firms and mines by their legal form or their pit
        (
            "Employer: Tallow Creek Coal Company, 1961-1979.",
            "Employer: [FACILITY], 1961-1979.",
        ),
        ("Instructed by Harrow Penhale & Dunn Solicitors.", "Instructed by [FACILITY]."),
        (
            "He drilled at Carrow No. 3 Mine for twenty years.",
            "He drilled at [FACILITY] for twenty years.",
        ),
        (
            "DEFENDANT: GRANITE RIDGE QUARRIES PTY LTD",
            "DEFENDANT: [FACILITY]",
        ),
        # a site's initials before a unit, and HL7's assigned location
        (
            "Portable film, location QEH ICU-2 bed 5.",
            "Portable film, location [FACILITY] ICU-2 bed 5.",
        ),
        ("Seen on ward RJH 6N overnight.", "Seen on ward [FACILITY] 6N overnight."),
        ("PV1|1|I|CCU^08^B^SMHC||||", "PV1|1|I|CCU^08^B^[FACILITY]||||"),
        # ages over 89 after "pt" or "patient", after "was", "herself", a cue word, or a person
        ("Pt 93, DNR, lives with daughter.", "Pt [AGE], DNR, lives with daughter."),
        ("She was 91 when the film was taken.", "She was [AGE] when the film was taken."),
        ("Mr Abara is himself 94 and frail.", "[NAME] is himself [AGE] and frail."),
        ("Age at referral: 96.", "Age at referral: [AGE]."),
        (
            "Roster: Agnes Whitlow 97, Harold Pim 92 - both screened.",
            "Roster: [NAME] [AGE], [NAME] [AGE] - both screened.",
        ),
        # days and months: a leading zero, after an event word, after "for" past the 12th, a
        # French month without its year
        ("Art line ins 04/12, CVC ins 07/03.", "Art line ins [DATE], CVC ins [DATE]."),
        ("Tribunal hearing 22/4 confirmed.", "Tribunal hearing [DATE] confirmed."),
        ("Invoice for 5/27 attached.", "Invoice for [DATE] attached."),
        ("Given a 6/9 appointment.", "Given a [DATE] appointment."),
        ("Extubée le 14 avril, stable.", "Extubée le [DATE], stable."),
        (
            "Year-month history: 1968-04 to 1991-10 underground.",
            "Year-month history: [DATE] to [DATE] underground.",
        ),
        # pagers and licences
        ("Pager: CALL 4418 RE BED 9", "Pager: [PHONE] BED 9"),
        (
            "Rappeler le poste 31245 (téléavertisseur 5512).",
            "Rappeler le poste [PHONE] (téléavertisseur [PHONE]).",
        ),
        ("Requérant: Dre Sylvie Caron (permis 12456)", "Requérant: [NAME] ([ID])"),
        # a labelled postcode with no street
        ("Postal code T0E 0M0 on file.", "Postal code [ADDRESS] on file."),
    ],
)
def test_the_tenth_round_rules_find(rules: Deidentifier, text: str, expected: str) -> None:
    assert rules.scrub(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a doctor's title before a census surname is a person whatever the tagger says
        ("Intubée par Dre Lachapelle à 03 h 10.", "Intubée par [NAME] à 03 h 10."),
        ("cc Dr Okonjo, Dr Spence.", "cc [NAME]."),
        # an employer by its legal form is not vetoed
        ("Worked for Bramble Fork Coal LLC as a loader.", "Worked for [FACILITY] as a loader."),
    ],
)
def test_the_tagger_does_not_veto_titled_names_or_companies(
    full: Deidentifier, text: str, expected: str
) -> None:
    assert full.scrub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a year alone, a span of years, a law's year (HIPAA Safe Harbor keeps years)
        "He came to the US in 1994 and was treated for TB in 2011.",
        "Fiscal year 2022-23 volumes rose.",
        "Under the Limitation Act 1980 the claim is in time.",
        # laboratory values, ventilator settings and an acidity are no address or phone
        "Na 131, K 3.2, Cr 188, urea 14.",
        "Vent: PRVC, Vt 420, RR 22, PEEP 12, FiO2 0.5.",
        "Temp 38.4, HR 118, BP 92/54, RR 28, SpO2 91%.",
        "pH 7.21, pCO2 58, pO2 64, HCO3 22.",
        # readings, grades and fractions are no dates
        "Power 4/5 in the left arm, murmur 3/6, for 3/7 then review, GCS 14/15, ILO 1/0.",
        "HR was 95 when seen; SpO2 was 94 and stable.",
        # languages, weekdays and prose of other languages and scripts
        "Written materials are available in Somali, Karen, Hmong, Nepali and Spanish.",
        "Cree, Ojibwe, Oji-Cree, Dene and Inuktitut are spoken by patients.",
        "Le patient parle inuktitut; interprète demandé.",
        "Unité coronarienne pleine; patient gardé aux soins intensifs.",
        "Lundi : tournée multidisciplinaire à 9 h.",
        "Доброго дня! Результат аналізу негативний.",
        "你好，明天早上九点护士会来。",
        "양측 폐야에 특이 소견 없음.",
        # places listed, counties, public bodies, log levels, test patients, blanked numbers
        "Johannesburg, Cardiff, Sydney and Charleston are all mentioned in the bundle.",
        "Many of the miners came from Harlan County and Letcher County.",
        "RVCT data are sent to CDC; readers are certified by NIOSH.",
        "Log level set to INFO; debug logging disabled.",
        "Test patient ZZTEST, do not use for clinical care.",
        "Sample label: LAST, FIRST  DOB YYYY-MM-DD  MRN 00000000",
        # eponyms of the laboratory and the ICU, a subnet mask, a hash, a protocol
        "Smear confirmed by Ziehl-Neelsen; culture on Lowenstein-Jensen and Middlebrook 7H10.",
        "Murray lung injury score 3.0; Child-Pugh B; Babinski upgoing.",
        "Subnet mask 255.255.255.0, default lease 8 hours.",
        "SHA-256 checksum verified; GET /health HTTP/1.1 200 2ms.",
        "STAT ED film requested; CT ICU follow-up.",
        "The claim was transferred to the Black Lung Disability Trust Fund.",
        "Session for patients is limited; the patient logged in to the portal.",
        "Read-back confirmed. Radiology, please call back. Nurse, please check.",
        "After-hours reports are provided by the on-call radiologist.",
        "Reports in Arabic and English; thanks, team.",
    ],
)
def test_the_tenth_round_leaves_clinical_text(full: Deidentifier, text: str) -> None:
    assert full.scrub(text) == text


def test_a_year_alone_is_masked_on_request_and_a_year_of_birth_always() -> None:
    text = "Treated in 2011; born 1929."
    assert Deidentifier.default(tagger=False).scrub(text) == "Treated in 2011; born [DATE]."
    assert Deidentifier.default(tagger=False, years=True).scrub(text) == (
        "Treated in [DATE]; born [DATE]."
    )
    # a span of years read as a number follows the same rule: kept, or masked with ``years``
    text = "Employer: Tallow Creek Coal Company, 1961-1979."
    assert Deidentifier.default(tagger=False).scrub(text) == "Employer: [FACILITY], 1961-1979."
    assert Deidentifier.default(tagger=False, years=True).scrub(text) == (
        "Employer: [FACILITY], [PHONE]."
    )
    # a year-month is a date element, not a year: it stays masked
    assert Deidentifier.default(tagger=False).find("since 1974-03") == [Span("date", 6, 13)]


def test_radex_still_masks_a_year_alone_and_every_age() -> None:
    """What RADEX sends to a model server and writes is scrubbed as before the round."""
    from slava_lightning.synthesis.radex.phi import scrub

    assert scrub("A 45-year-old treated in 2015.") == "A [AGE] treated in [DATE]."
