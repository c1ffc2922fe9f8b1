"""Rule changes of the ninth round: log-ins and handles made of names, speakers typed in lower
case, aliases of unidentified patients, host names, the site fields of HL7 and DICOM, places of
custody, romanised Korean and Cantonese given names, and the text these must leave alone."""

from __future__ import annotations

import pytest

from slava_lightning.privacy import Deidentifier
from slava_lightning.privacy.logs import LogDetector, is_alias


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # handles made of a name, with and without a cue
        ("teams msg from kristen.faulk: see QA queue", "teams msg from [NAME]: see QA queue"),
        ("[#de-id-qa] minsu.cho: confirmed by email", "[#de-id-qa] [NAME]: confirmed by email"),
        ("Labeller note (dr_seoyeon.lim): the film", "Labeller note (dr_[NAME]): the film"),
        ("assignee l.schmidt, created today", "assignee [NAME], created today"),
        # log-ins after the words that introduce a user
        ("RIS order created by amoreno at 10.44.11.62", "RIS order created by [NAME] at [IP]"),
        (
            "disc imported by rgarza; opened by klindqvist",
            "disc imported by [NAME]; opened by [NAME]",
        ),
        # speakers typed in lower case, and who sends to whom
        ("[02:24] whitney: on my way to CT", "[02:24] [NAME]: on my way to CT"),
        ("[22:46] tomas: no cardiac injury", "[22:46] [NAME]: no cardiac injury"),
        (
            "resident chat: raghunathan -> faulk: pls sign",
            "resident chat: [NAME] -> [NAME]: pls sign",
        ),
        ("who read hollis's CT?", "who read [NAME]'s CT?"),
        # capitalised speakers at the start of a line or a comment
        ("Levent Koç: the lateral and PA differ", "[NAME]: the lateral and PA differ"),
        ('Thread — Sang-woo: "name visible?"', 'Thread — [NAME]: "name visible?"'),
        # romanised Korean and Cantonese given names, with the family name before them
        (
            "Reader contact: Yip Man-kit; Oh Dong-hyun and Ji-ho.",
            "Reader contact: [NAME]; [NAME] and [NAME].",
        ),
        # aliases of unidentified patients
        ("Alias list: Trauma, Whiskey; Trauma, Yankee", "Alias list: [NAME]; [NAME]"),
        ("Bay 3 UNKNOWN TRAUMA 23 | pt TRAUMA^ZULU", "Bay 3 [NAME] | pt [NAME]"),
        (
            "DOE, JANE 7702 identified through fingerprints",
            "[NAME] identified through fingerprints",
        ),
        # host names and more URL schemes
        (
            "rotate the key for sftp-tw02.cxr-consortium.org tonight",
            "rotate the key for [URL] tonight",
        ),
        ("rsync from rsync://10.50.1.4/cxr-tw02 failed", "rsync from [URL] failed"),
        # the site fields of HL7 and DICOM
        ("PID|1||0004417731^^^KUHP^MR||SATO^MIKI", "PID|1||[ID]^^^[FACILITY]^MR||[NAME]"),
        (
            "(0008,0080) LO [KEIO UNIV HOSP] InstitutionName",
            "(0008,0080) LO [[FACILITY]] InstitutionName",
        ),
        # places of custody
        (
            "Arrived from Pima County Adult Detention Complex in restraints.",
            "Arrived from [FACILITY] in restraints.",
        ),
        (
            "Sent from Penitentiary of New Mexico after a fight.",
            "Sent from [FACILITY] after a fight.",
        ),
        # ages as JSON numbers and in prose lists
        ('{"family": "Tanaka", "age_at_study": 91}', '{"family": "[NAME]", "age_at_study": [AGE]}'),
        ("ages like 93 and 90 came through", "ages like [AGE] and [AGE] came through"),
        # dates: a year of birth, a day in Spanish, East Asian month and day, in a file name
        ("my mother (born 1929, now 94)", "my mother (born [DATE], now [AGE])"),
        ("the 27 de abril session and 4月10日", "the [DATE] session and [DATE]"),
        (
            "path /incoming/jp04/NAKAJIMA_KENTA_20230119_CT.zip",
            "path /incoming/jp04/[NAME]_[DATE]_CT.zip",
        ),
        # ids: an alien registration number, Canadian health cards
        ("A-number A 212 448 907, escorted", "A-number [ID], escorted"),
        ("card TREM 5803 1412; health no. 1234-567-890-AB", "card [ID]; health no. [ID]"),
        # addresses of Turkey, Japan and Mexico
        (
            "Kavaklıdere Mah., Bestekar Sok. No: 41/6, 06680 Çankaya/Ankara, attn.",
            "[ADDRESS], attn.",
        ),
        ("label: 12 Tanaka Monzen-cho, Sakyo-ku, Kyoto 606-8225.", "label: [ADDRESS]."),
        (
            "Domicilio: Calle Niños Héroes 215, Col. Centro, 32000 Ciudad Juárez, Chih.",
            "Domicilio: [ADDRESS]",
        ),
        # nicknames in quotes inside and after a name
        (
            'Site MX01: Guadalupe "Lupita" Sánchez Robles, ext. 1345',
            "Site MX01: [NAME], ext. [PHONE]",
        ),
        ('Report for Archuleta, Dolores "Lola" (MRN 00554120)', "Report for [NAME] ([ID])"),
        # the name a person goes by, and a nickname in brackets
        (
            'She prefers to be called "Jazz" at the clinic.',
            'She prefers to be called "[NAME]" at the clinic.',
        ),
        (
            "Reporting radiologist: Rebecca (Becky) Thornton, Barts.",
            "Reporting radiologist: [NAME].",
        ),
        # a year after "since" in other languages; a Russian date
        ("nódulo estável desde 03/2021.", "nódulo estável desde [DATE]."),
        ("Exam of 12 марта 2024 г. compared.", "Exam of [DATE] compared."),
        # a pager number after "page to"; a patient by a lower-cased surname in a message
        ("Page to 4471 from the ward", "Page to [PHONE] from the ward"),
        ("rads pls call re bay 2 pt quinones ?PTX", "rads pls call re bay 2 pt [NAME] ?PTX"),
        # the comma of "Last, First" is the name's
        ("Subscriber Pettigrew, Brandi S | DOB 02/29/1992", "[NAME] | DOB [DATE]"),
        # a site's branch after a dash, courts, northern and Quebec sites
        (
            "Booked at Northlake Imaging - Eden Prairie on Monday.",
            "Booked at [FACILITY] on Monday.",
        ),
        (
            "Heard at Cardiff County Court; the Employment Tribunal agreed.",
            "Heard at [FACILITY]; the Employment Tribunal agreed.",
        ),
        (
            "From Winnipeg Health Sciences Centre to the Garden Hill Nursing Station.",
            "From [FACILITY] to the [FACILITY].",
        ),
        # a case number after a hash; an extension in French
        ("Transfer via CritiCall #2023-118822 tonight.", "Transfer via CritiCall [ID] tonight."),
        ("Transmis au 506 862-4000 poste 7120.", "Transmis au [PHONE]."),
        # Japanese and Chinese addresses
        ("住所：〒150-0001 東京都渋谷区神宮前 4-11-7-302", "住所：[ADDRESS]"),
        ("Home: 上海市徐汇区漕溪北路1200号803室", "Home: [ADDRESS]"),
    ],
)
def test_logs_messages_and_fields(rules: Deidentifier, text: str, expected: str) -> None:
    assert rules.scrub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Impression: no acute disease.",
        "Clinical History: cough for two weeks.",
        "note: the lateral is rotated",
        "The study was confirmed by email and by phone.",
        "Pre-op and post-op films were compared; the X-ray was repeated.",
        "The trauma team was activated at the highest tier.",
        "The model was saved as model.pt and the config in config.yaml.",
        "The field view_position and the key age_bin stay in the export.",
        "The prison infirmary can do the follow-up film.",
        "Ages are given in five-year bands, from 60 to 89.",
        "A pleural effusion aged 3 days on the prior film.",
        "Logged in as admin to restart the service.",
        "MSH|^~\\&|RIS|RAD|PACS|RAD|||ORM^O01||P|2.3",
        # years that name a law, a guideline or an edition; times; readings; a lower-case "via"
        "A retired collier who claims under the 1965 Act.",
        "Grade III splenic laceration by AAST 2018 criteria.",
        "Rapid response called 0210; code over at 0224.",
        "Heart rate of 95 and blood pressure 120/80.",
        "Images sent via IEP to the tertiary centre.",
        "The tube, known as a Salem sump, was advanced.",
        "The patient has a history of cardiac bypass; pt has no telephone.",
        # prose in Japanese and Chinese is no name
        "両肺に明らかな異常陰影なし。",
        "兩側肺野未見明顯異常。",
    ],
)
def test_clean_log_and_message_text_is_left_alone(full: Deidentifier, text: str) -> None:
    assert full.scrub(text) == text


def test_an_alias_is_recognised_whole_and_kept_from_the_tagger_veto() -> None:
    assert is_alias("Trauma, Zulu") and is_alias("UNKNOWN TRAUMA 23") and is_alias("DOE^JOHN 4417")
    assert not is_alias("Trauma Alpha") and not is_alias("trauma, zulu")
    text = "registered on arrival as Trauma, Yankee."
    assert "Yankee" not in Deidentifier.default().scrub(text)


def test_a_handle_needs_a_name_in_it() -> None:
    logs = LogDetector()
    found = logs.find("the keys view.position and split.train; reported by kenji.s")
    assert [s.kind for s in found] == ["name"]
