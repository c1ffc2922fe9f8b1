"""Held-out PHI set 19: an international chest imaging AI research consortium.

The text is the English-language working record (with fragments in the sites' own languages) of
a multinational research consortium that curates chest X-ray and chest CT datasets for AI model
training, with member hospitals in Japan, South Korea, Taiwan, Hong Kong, Israel, Turkey, Brazil
and Mexico: DICOM header dumps (PatientName, PatientID, AccessionNumber, InstitutionName,
ReferringPhysicianName, StudyDate, OtherPatientIDs), JSON and CSV metadata exports,
de-identification QA logs that found leaked PHI (burned-in text transcribed, free-text tags,
filenames), annotation-platform comments by radiologist labellers, Jira, Slack and Teams messages
between data engineers and site coordinators, data-use agreement and IRB correspondence,
site-upload, SFTP, firewall and gateway logs, reader-study schedules, adjudication notes, HL7
segments from site RIS feeds and occasional report text. Names come in Japanese and Korean order
and Western order, in DICOM ``FAMILY^GIVEN`` caps, in kanji, kana and hangul, as Chinese names
with English given names ("Wong Ka-ming, Kelvin"), Hebrew and Arabic names, Turkish names with
ç/ş/ğ/ı, Brazilian and Mexican names with several surnames, and engineers' chat handles made from
names. Every person, number, phone, e-mail, street address and network address is invented;
facility names are used only as names.

Conventions (shared with the other hand-written sets):
- ``{{kind:text}}`` marks a gold span; kinds are name, date, id, phone, email, url, ip, address,
  facility, age.
- Titles and honorifics (Dr, Dra., Prof., Prof. Dr., Doç. Dr., Op. Dr., Adv., Lic., Ing., Ingeniero,
  Sr., Sra., Mr, Ms) and post-nominals (MD, PhD) stay outside name spans; suffixes joined by a
  hyphen ("Ogawa-sensei", "Fujita-san") and "Hanım" stay inside, 先生 after a kanji name stays
  outside. "Last, First", "Wong Ka-ming, Kelvin" and DICOM or HL7 ``FAMILY^GIVEN`` values are one
  name span (empty trailing components and a ``^^DR`` prefix component stay outside); a DICOM PN
  with alphabetic, ideographic and phonetic groups joined by "=" is one span. Chat handles and log
  user names made from a person's name ("kenji.s", "seoyeon.lim") are name spans without the "@" or
  a "dr_" prefix; role accounts (jp03_upload, mx02_svc) are not PHI. Names embedded in filenames and
  object keys are name spans.
- A date span takes a time, weekday and zone written against it (2023-03-14T09:12:44+09:00, "Wed, 15
  Mar 2023 at 11:20", "2022-11-08 23:47:31 KST"), DICOM DA/DT and HL7 TS values (20230314,
  20220301104412.000000+0900), and East Asian forms (2023年3月14日, 令和5年2月28日, 2022년 11월 3일, Minguo-era
  110年6月29日); a month with a year or a day ("março de 2020", "4月10日") and a bare year of an event in
  a person's history are dates. Times alone, weekdays alone, quarters, durations, week numbers and
  years inside guideline, standard or law names are not PHI.
- Ages over 89 are PHI, the number only: DICOM AS "093Y" is ``{{age:093}}Y``; "years", "歳", "歲",
  "anos", "yaş" stay outside. Ages 89 and under are not PHI.
- Id spans hold the value, not its label: PatientID, OtherPatientIDs, AccessionNumber, StudyID,
  Study Instance UIDs, PPS ids, RIS order numbers, national identity numbers (Korean RRN, Taiwanese
  national ID, HKID, teudat zehut, TC kimlik, CPF, CNS, CURP), hospital chart numbers, the
  consortium's coded subject pseudonyms (CXR-JP03-000417), which link back through the key, and
  registration numbers of staff (CRM, cédula profesional, RIS physician ids). Jira ticket keys,
  batch names, IRB, Helsinki, CAAE and ethics reference numbers, HL7 message control ids, SOP class
  UIDs, tag numbers, DICOM code values, ports and AE titles are not PHI.
- Urls include sftp://, rsync:// and fully qualified host names of SFTP and mail servers; IPv4 and
  IPv6 addresses are ip spans, and a port after an IP stays outside.
- An address runs from the flat, room or street line through the postcode and the town ("2-14-9
  Kitazawa, Setagaya-ku, Tokyo 155-0031", "Calle Durango 217, Int. 4, Col. Roma Norte, Alcaldía
  Cuauhtémoc, 06700 Ciudad de México"); a city, region or country alone is not PHI.
- A facility span is the institution's name in any form a header or person writes it (KEIO UNIV
  HOSP, NTUH, 高雄醫學大學附設中和紀念醫院, an HL7 assigning authority, an AE title prefix); department words,
  "the site", site codes (JP03, TR01) and committees named only by kind are not facilities.
- Clean sentences hold DICOM tags and VRs with harmless values, profile and option names, scanner,
  detector, software and model names, eponymous signs, scores and guidelines with years, laws of the
  member countries, ages 89 and under, times and weekdays without a date, place names alone, ports
  and protocol names, identifier formats described without a value, and placeholders such as
  [REMOVED] and ANONYMOUS^SUBJECT.
"""

from __future__ import annotations

# --- DICOM header dumps from site uploads, before and after the de-identification pass -----------

DICOM_DUMPS = [
    (
        "(0010,0010) PN [{{name:YAMADA^TARO}}] PatientName | (0010,0020) LO "
        "[{{id:JP03-00418827}}] PatientID | (0008,0050) SH [{{id:A23031400917}}] AccessionNumber"
    ),
    (
        "(0008,0080) LO [{{facility:KEIO UNIV HOSP}}] InstitutionName | (0008,0090) PN "
        "[{{name:SUZUKI^HANAKO}}] ReferringPhysicianName | (0008,0020) DA [{{date:20230314}}] "
        "StudyDate"
    ),
    (
        "(0010,1000) LO [{{id:7730-448-21}}\\{{id:K0093316}}] OtherPatientIDs (VM=2, second value "
        "is the old HIS number)"
    ),
    (
        "(0010,1010) AS [{{age:093}}Y] PatientAge | (0010,0040) CS [F] PatientSex | (0010,0030) "
        "DA [{{date:19291107}}] PatientBirthDate"
    ),
    (
        "dcmdump of series 3 still shows (0008,0081) ST [{{address:2-14-9 Kitazawa, Setagaya-ku, "
        "Tokyo 155-0031}}] InstitutionAddress after the CTP pass."
    ),
    (
        "(0010,0010) PN [{{name:YAMAMOTO^KEIKO=山本^恵子=やまもと^けいこ}}] with (0008,0005) CS [ISO 2022 IR "
        "87] — all three component groups must be blanked, not only the alphabetic one."
    ),
    (
        "(0010,0010) PatientName [{{name:KIM^MINJUN}}] (0010,0020) PatientID [{{id:12874409}}] "
        "(0008,0080) InstitutionName [{{facility:SEOUL NATIONAL UNIVERSITY BUNDANG HOSPITAL}}] "
        "(0010,1010) PatientAge [071Y]"
    ),
    (
        "PatientName: {{name:PARK^JI YEON}} | PatientID: {{id:SNUBH-0448172}} | StudyDate: "
        "{{date:20221103}} | PatientAge: 058Y | Modality: CR | BodyPartExamined: CHEST"
    ),
    (
        "(0008,0090) ReferringPhysicianName [{{name:LEE^SANGHOON}}] (0008,1050) "
        "PerformingPhysicianName [{{name:CHOI^EUNJI}}] (0008,1070) OperatorsName "
        "[{{name:JANG^HW}}]"
    ),
    (
        "(0010,0010) [{{name:CHEN^YI-HSUAN}}] (0010,0020) [{{id:A224518390}}] (0008,0080) "
        "[{{facility:NTUH}}] (0008,0020) [{{date:20210629}}] (0008,0030) [143512]"
    ),
    (
        "(0010,1001) OtherPatientNames PN [{{name:TSAI^MEI-LING}}] — maiden name carried over "
        "from the old RIS merge, not caught by the basic profile."
    ),
    (
        "PatientName [{{name:WONG^KA MING KELVIN}}] PatientID [{{id:Y6720431}}] OtherPatientIDs "
        "[{{id:HN09882714}}] InstitutionName [{{facility:QUEEN MARY HOSPITAL}}]"
    ),
    (
        "(0010,2154) PatientTelephoneNumbers SH [{{phone:9187 4421}}] and (0010,1040) "
        "PatientAddress LO [{{address:Flat 12B, Block 3, Lei Tung Estate, Ap Lei Chau}}] found in "
        "14 of 212 HK objects."
    ),
    (
        "(0010,0010) PatientName [{{name:BEN DAVID^YAEL}}] (0010,0020) PatientID "
        "[{{id:038816452}}] (0008,0080) InstitutionName [{{facility:SHEBA MEDICAL CENTER}}]"
    ),
    (
        "(0008,0090) ReferringPhysicianName [{{name:HADDAD^RAMI}}^^DR] (0008,0020) StudyDate "
        "[{{date:20230102}}] (0010,1010) PatientAge [{{age:091}}Y]"
    ),
    (
        "(0010,0010) PatientName [{{name:YILMAZ^AYSE}}] (0010,1000) OtherPatientIDs "
        "[{{id:38472915604}}] (0008,0080) InstitutionName [{{facility:HACETTEPE UNIVERSITESI "
        "HASTANESI}}] (0008,0020) StudyDate [{{date:20220418}}]"
    ),
    (
        "(0010,0010) PatientName [{{name:SANTOS^MARIA DAS GRACAS OLIVEIRA}}] (0010,0020) "
        "PatientID [{{id:HC-7718420-3}}] (0010,1000) OtherPatientIDs [{{id:482.117.936-05}}]"
    ),
    (
        "(0008,0080) InstitutionName [{{facility:HOSPITAL DAS CLINICAS FMUSP}}] (0008,0081) "
        "InstitutionAddress [{{address:Rua Capote Valente 782, Pinheiros, São Paulo - SP, "
        "05409-002}}]"
    ),
    (
        "(0010,0010) PatientName [{{name:HERNANDEZ RAMIREZ^JOSE LUIS}}] (0010,0020) PatientID "
        "[{{id:HERJ560214HDFRMS08}}] (0008,0020) StudyDate [{{date:20230509}}] (0010,1010) "
        "PatientAge [067Y]"
    ),
    (
        "(0020,000D) StudyInstanceUID UI "
        "[{{id:1.2.392.200036.9116.2.6.1.48.1214833962.1678758511.417722}}] was not remapped "
        "because the site sent it in a private sequence."
    ),
    (
        "(0010,1060) PatientMotherBirthName PN [{{name:GARZA^GUADALUPE}}] survived in 3 objects "
        "from the Monterrey batch."
    ),
    (
        "(0032,4000) StudyComments LT [pt {{name:Oğuz Kaan Demir}} transferred from "
        "{{facility:Ankara Şehir Hastanesi}}, prior CT {{date:11.01.2022}}]"
    ),
    (
        "(0008,1010) StationName SH [{{facility:TVGH}}-CR02] — the station name embeds the "
        "hospital acronym and has to go too."
    ),
    (
        "(0040,0244) PerformedProcedureStepStartDate DA [{{date:20200811}}] (0040,0253) "
        "PerformedProcedureStepID SH [{{id:PPS7718204}}]"
    ),
    (
        "(0010,0010) [{{name:ISHIKAWA^RYO}}] (0010,0030) [{{date:19300215}}] (0010,1010) "
        "[{{age:092}}Y] (0008,0080) [{{facility:OSAKA UNIVERSITY HOSPITAL}}]"
    ),
    (
        "(0010,21B0) AdditionalPatientHistory LT [hx TB 2009, contact {{name:Lin Chia-hao}} (son) "
        "{{phone:0912-448-305}}]"
    ),
    (
        "(0008,0090) ReferringPhysicianName [{{name:KOBAYASHI^A}}] (0008,0050) AccessionNumber "
        "[{{id:RX2304110082}}] (0008,0021) SeriesDate [{{date:20230411}}]"
    ),
    (
        "(0010,0010) [{{name:OLIVEIRA^JOAO PEDRO FERREIRA DA SILVA}}] (0010,1010) [{{age:095}}Y] "
        "(0008,0080) [{{facility:HOSP ISRAELITA ALBERT EINSTEIN}}]"
    ),
    (
        "(0010,0010) PatientName [{{name:ÇELIK^MEHMET ŞÜKRÜ}}] (0008,0005) [ISO_IR 148] — Latin-5 "
        "bytes rendered correctly only after the charset fix."
    ),
    (
        "(0010,0010) [{{name:HUANG^CHIH-WEI}}^^^] (0010,0020) [{{id:CGMH00728815}}] (0008,0080) "
        "[{{facility:CHANG GUNG MEMORIAL HOSPITAL LINKOU}}]"
    ),
    (
        "(0010,0020) PatientID [{{id:RMB-22-0914476}}] (0010,0010) PatientName [{{name:ABU "
        "SALEH^NOUR}}] (0008,0080) InstitutionName [{{facility:RAMBAM HEALTH CARE CAMPUS}}] "
        "(0008,0020) [{{date:20211223}}]"
    ),
    (
        "(0010,0010) PatientName [{{name:MORI^SACHIKO}}] (0010,1010) PatientAge [{{age:101}}Y] "
        "(0008,0020) StudyDate [{{date:20190730}}] — centenarian, flagged by the age check."
    ),
]

# --- JSON and CSV metadata exports ---------------------------------------------------------------

JSON_CSV = [
    (
        '{"subject_id": "{{id:CXR-KR02-004471}}", "orig_patient_name": "{{name:Lee Seo-yeon}}", '
        '"study_date": "{{date:2022-11-08}}", "site": "{{facility:Asan Medical Center}}", "age": '
        "64}"
    ),
    (
        '{"accession": "{{id:AMC22110814472}}", "referring": "Dr. {{name:Yoon}}", "modality": '
        '"CT", "kvp": 120, "slice_thickness_mm": 1.0}'
    ),
    (
        '{"subject_id": "{{id:CXR-JP01-000917}}", "acquired": '
        '"{{date:2023-03-14T09:12:44+09:00}}", "institution": "{{facility:The University of Tokyo '
        'Hospital}}"}'
    ),
    (
        '{"patient": {"family": "{{name:Tanaka}}", "given": "{{name:Hiroshi}}"}, "birth_date": '
        '"{{date:1931-06-02}}", "age_at_study": {{age:91}}}'
    ),
    (
        '{"uploader": "{{email:m.oliveira@einstein-research.org.br}}", "source_ip": '
        '"{{ip:200.144.19.87}}", "files": 1184, "status": "quarantined"}'
    ),
    (
        '{"reader": "{{name:dr.hwang}}", "label": "nodule", "bbox": [412, 388, 470, 441], '
        '"comment": "compare {{date:2021-09-30}} study from {{facility:Severance}}"}'
    ),
    (
        "subject_id,orig_id,accession,study_date,site,age — row 88: {{id:CXR-TW01-002204}},{{id:F1"
        "28837105}},{{id:T21070221}},{{date:2021-07-02}},{{facility:Taipei Veterans General "
        "Hospital}},{{age:94}}"
    ),
    (
        "row 89: {{id:CXR-TW01-002205}},{{id:N204471862}},{{id:T21070230}},{{date:2021-07-02}},{{f"
        "acility:Taipei Veterans General Hospital}},76"
    ),
    (
        'CXR-HK01 export line 1402: "{{id:CXR-HK01-011402}}","{{name:CHAN '
        'Tai-man}}","{{id:Z8841206(3)}}","{{date:14/03/2023}}","{{facility:PWH}}",F,53'
    ),
    (
        "study_uid,patient_id,accession,date\\n{{id:1.2.410.200055.1.3.2022.117742}},{{id:SMC-00987"
        "212}},{{id:SMC220117-443}},{{date:2022.01.17}}"
    ),
    (
        '{"site_contact_name": "{{name:Nurit Shapiro}}", "site_contact_phone": "{{phone:+972 '
        '3-697-4412}}", "site_contact_email": "{{email:nurit.shapiro@tlvmc-research.org.il}}"}'
    ),
    (
        '{"name_kanji": "{{name:佐藤 美紀}}", "name_kana": "{{name:サトウ ミキ}}", "dob": '
        '"{{date:昭和6年4月9日}}", "mrn": "{{id:0004417731}}"}'
    ),
    (
        '"site_id";"patient_ref";"exam_date";"hospital" / '
        '"MX02";"{{id:GORG480917MNLRRD04}}";"{{date:17/09/2022}}";"{{facility:Hospital '
        'Universitario Dr. José Eleuterio González}}"'
    ),
    (
        "BR01 CSV, column cns_number should not exist at all: {{id:702 8043 7714 2290}} in row "
        "17, {{id:898 0012 3356 1480}} in row 31."
    ),
    (
        '{"event": "pseudonymise", "original": "{{id:TR06-40077281}}", "mapped": '
        '"{{id:CXR-TR01-000884}}", "ts": "{{date:2022-05-20T13:41:07+03:00}}"}'
    ),
    (
        "parquet preview: patient_name={{name:Gökçe Arslan}}, tc_no={{id:19846302274}}, "
        "exam_ts={{date:2022-06-03 10:22}}, age=47"
    ),
    (
        '{"study": "{{id:NTUH-CT-20211129-0042}}", "report_author": "Dr. {{name:Hsu Wen-chieh}}", '
        '"signed": "{{date:2021-11-29T17:05:00+08:00}}"}'
    ),
    (
        "manifest.csv line 5: {{id:CXR-IL02-000031}},{{date:2023-01-15}},CT chest "
        "w/o,{{facility:Hadassah Ein Kerem}},{{age:96}},M"
    ),
    (
        '{"patient_age": "{{age:090}}Y", "flag": "AGE_GT_89", "subject_id": '
        '"{{id:CXR-JP03-001229}}", "action": "topcode"}'
    ),
    (
        '{"labeller": "{{email:kimura.a@jp-rad-annot.org}}", "task": 40412, "time_spent_s": 93, '
        '"finding": "cardiomegaly"}'
    ),
    (
        '{"ReferringPhysicianName": "{{name:Vargas Treviño, Ana Lucía}}", "InstitutionName": '
        '"{{facility:Médica Sur}}", "StudyDate": "{{date:20220214}}"}'
    ),
]

# --- de-identification QA logs that found leaked PHI ---------------------------------------------

QA_LOGS = [
    (
        '[QA-FAIL] burned-in OCR, image 2 of CXR-JP02 batch 7: "{{name:SATO MIKI}} F {{age:92}}Y '
        '{{date:2023/02/07}} {{facility:Osaka Univ. Hosp.}}" in the top-left corner, pixel region '
        "not masked."
    ),
    (
        '[QA-FAIL] {{id:CXR-KR01-002318}}: portable AP has "{{name:홍길순}} / {{id:54031229}}" '
        "printed by the CR reader; redaction box was set for the wrong detector size."
    ),
    (
        '[QA-WARN] free-text field SeriesDescription = "f/u for Mrs {{name:Ikeda}} per Dr '
        '{{name:Nakamura}}", removed and re-queued.'
    ),
    (
        'QA 2023-Q2 sample, Hong Kong: burned-in label reads "{{name:LEUNG Wai-yin, Ivy}} '
        '{{id:P5502918(A)}} {{date:06-APR-2023}}" on 3 lateral views.'
    ),
    (
        'QA leak #211: ImageComments contained "{{name:Ayelet}} (daughter) wants results to '
        '{{email:ayelet.katz77@walla.co.il}}".'
    ),
    (
        'QA leak #212: RequestedProcedureDescription "CXR pre-op — call Dr. {{name:Shalev}} '
        '{{phone:054-771-3029}}" (Israel site 2).'
    ),
    (
        "[QA-FAIL] age check: PatientAge {{age:093}}Y in {{id:CXR-TR02-000412}} was exported "
        "unchanged; policy is to top-code ages above 89."
    ),
    (
        "[QA-FAIL] age check: {{age:097}}Y and {{age:104}}Y in the MX01 July batch; {{age:104}} "
        "looks like a DOB typo but is treated as real until the site confirms."
    ),
    (
        "[QA-FAIL] age derived from StudyDate minus BirthDate gives {{age:98}} for "
        "{{id:CXR-BR02-001775}}; header PatientAge was blank."
    ),
    (
        'Burned-in text transcribed from the scout of {{id:CXR-TW02-000091}}: "{{name:LIN '
        'SHU-FEN}} 女 {{age:91}}歲 {{date:2022/10/05}} {{facility:高雄醫學大學附設中和紀念醫院}}".'
    ),
    (
        'Burned-in text on the Japanese portable films: "{{name:ワタナベ ヨシコ}} {{date:令和4年12月3日}} '
        '{{facility:京都大学医学部附属病院}}".'
    ),
    (
        'OCR on dose report page (SOP class Secondary Capture): "Patient: {{name:KAYA, Hüseyin}}  '
        'ID: {{id:24417098531}}  Exam: {{date:21.09.2022 08:14}}".'
    ),
    (
        "QA reviewer {{name:Tomás Aguilar}} marked the dose-report screenshots as a systematic "
        "leak from {{facility:Hospital Ángeles Lomas}}."
    ),
    (
        "[QA] 41 objects from {{facility:Pamela Youde Nethersole Eastern Hospital}} carry the "
        "radiographer's name {{name:Ho Siu-lun}} in OperatorsName."
    ),
    (
        "[QA] private tag (0009,1010) in Fujifilm CR from {{facility:Hospital Sírio-Libanês}} "
        'holds "{{name:RODRIGUES^LUCAS}}" — add the group to the removal list.'
    ),
    (
        '[QA-FAIL] DICOM SR text content: "Comparison is made with the examination of {{date:3 '
        'March 2021}} performed at {{facility:Tel Aviv Sourasky Medical Center}}."'
    ),
    (
        'QA finding, KR03: the PACS burned "{{id:20230522-0117}} {{name:KANG HYE-JIN}}" into the '
        "annotation overlay plane (6000,3000), not the pixels."
    ),
    (
        "QA check 7 (dates shifted consistently): StudyDate {{date:20220301}} and "
        "AcquisitionDateTime {{date:20220301104412.000000+0900}} were not shifted in the same "
        "object."
    ),
    (
        "[QA-FAIL] filename leak: SFTP path "
        "/incoming/jp04/{{name:NAKAJIMA_KENTA}}_{{date:20230119}}_CT.zip"
    ),
    (
        '[QA-FAIL] filename leak: BR02 folder "{{name:Ana Beatriz Costa Lima}} - TC tórax '
        '{{date:02-08-2022}}"'
    ),
    (
        'QA leak #219: the PDF request scan shows "Sra. {{name:Rosa María Jiménez de León}}, '
        'Expediente {{id:0081442}}, {{facility:INCMNSZ}}".'
    ),
    (
        "QA leak #220: Spanish request form in the same batch lists the home address "
        "{{address:Av. Insurgentes Sur 1582, Int. 7, Col. Crédito Constructor, 03940 Ciudad de "
        "México}}."
    ),
    (
        "QA: scanned consent (Hebrew) includes the patient's teudat zehut {{id:305114278}} and a "
        "signature; whole SOP instance dropped."
    ),
    (
        '[QA-FAIL] Turkish KVKK review: ReferringPhysicianName "Op. Dr. {{name:Serkan Öztürk}}" '
        'kept because the "Op. Dr." prefix broke the parser.'
    ),
    (
        "[QA-WARN] StudyID {{id:SID88213}} equals the original RIS order number at "
        "{{facility:Samsung Medical Center}}; StudyID should be regenerated."
    ),
    (
        "QA spot check by {{name:Rivka Mizrahi}} on {{date:2023-06-12}}: 2/150 CTs had a "
        'reconstructed localiser with "{{name:Shimon Peretz}}" in the corner.'
    ),
    (
        '[QA-FAIL] age {{age:99}} in free-text "pt aged {{age:99}}, bedbound" in '
        "RequestAttributesSequence of {{id:CXR-IL01-004410}}."
    ),
    (
        "QA note: HKID {{id:C668012(4)}} found inside the barcode region; barcode decoded by the "
        "OCR pass, masked manually."
    ),
    (
        '[QA] BR01 ultrasound screenshots accidentally included; one shows "{{name:Pedro Henrique '
        'Alves}} {{date:15/06/2022}} {{age:91}}a".'
    ),
    (
        'QA leak log row: {{date:2022-12-07}} | {{id:CXR-MX02-000277}} | OCR | "{{name:CASTILLO '
        'ORTEGA MA. DEL CARMEN}} {{date:07/DIC/2022}}" | masked'
    ),
    (
        "QA leak log row: {{date:2022-12-07}} | {{id:CXR-MX02-000281}} | header | InstitutionName "
        '"{{facility:Hospital Civil de Guadalajara Fray Antonio Alcalde}}" | removed'
    ),
    (
        '[QA-FAIL] the ko_KR report text in (0040,A160) reads "{{date:2022년 11월 3일}} 촬영한 흉부 X선과 '
        '비교" — date shift did not touch free text.'
    ),
    (
        '[QA-FAIL] the ja_JP report text reads "{{date:2023年3月14日}}の前回CTと比較" — same problem on '
        "the Japanese side."
    ),
    (
        "QA lead {{name:Deniz Yücel}} signed off batch TR01-14 on {{date:2022-09-09}} after "
        "re-running OCR masking."
    ),
    (
        "QA exception ticket: the age {{age:102}} in {{id:CXR-KR04-000019}} is real per site "
        "coordinator; keep top-coding, do not drop the study."
    ),
]

# --- comments left by radiologist labellers on the annotation platform ---------------------------

ANNOTATION = [
    (
        "@{{name:takeshi.mori}} the lateral for case {{id:CXR-JP03-000417}} is flipped, and the "
        'marker shows the tech initials plus "{{name:Yamaguchi}}" — please re-mask before I label.'
    ),
    (
        "Labeller note (dr_{{name:seoyeon.lim}}): the film has the patient name {{name:Oh "
        "Dong-hyun}} burned in below the L marker, flagging for QA."
    ),
    (
        "Comment by Dr. {{name:Efrat Cohen}}: RUL mass, but the image was acquired "
        "{{date:2021-02-11}} per header and the clinical note says the CT was the week before."
    ),
    (
        "{{name:Paulo Mendes}} (labeller BR-07): this is the same patient as "
        "{{id:CXR-BR01-000452}}, same pacemaker lead, likely a duplicate upload."
    ),
    (
        '{{name:Chiang Pei-jung}}: the sticker on the film reads "{{facility:Mackay Memorial '
        'Hospital}}", but the site code is TW01, please check the provenance.'
    ),
    (
        "Adjudicator Prof. {{name:Ilan Goldberg}} reviewed 12 disagreements; case "
        "{{id:CXR-IL02-000208}} relabelled as atelectasis."
    ),
    (
        'note from {{name:yuki.h}}: image 4 has a handwritten "{{name:Fujita-san}} ICU bed" on '
        "the cassette, not sure if that counts as PHI."
    ),
    (
        "{{name:Ana Paula Rocha}}: CT {{id:CXR-BR02-000990}} shows the patient's name in the dose "
        'SC series ("{{name:Sebastião Nunes}}"), I skipped it.'
    ),
    (
        'Labeller {{name:Kemal Aydın}} wrote: "date in the corner says {{date:08.03.2022}} but '
        'metadata says {{date:2022-03-11}}, which one do we trust?"'
    ),
    (
        '{{name:Ji-ho}} left a comment on task 40391: "this is the {{facility:Yonsei}} portable, '
        'it always has the name strip at the bottom".'
    ),
    (
        'Reader comment: "Kerley B lines, small effusion. Film labelled {{name:MORALES PEÑA, J.}} '
        '— not our subject, wrong study attached?"'
    ),
    (
        "{{name:María Fernanda Ruiz Ibarra}} (MX reader): nódulo en LSD, comparar con estudio del "
        "{{date:5 de enero de 2022}}."
    ),
    (
        'Dr {{name:Cheung}} (HK reader 3): "consistent with old TB; the request card visible at '
        'the edge says {{facility:Tuen Mun Hospital}}".'
    ),
    (
        'Comment thread on task 41177 — {{name:Sang-woo}}: "name visible?" / {{name:Hiroko}}: '
        '"yes, {{name:KOBAYASHI TOMOKO}}, bottom right" / {{name:Sang-woo}}: "sent to QA".'
    ),
    (
        "{{name:Levent Koç}}: the lateral and PA of {{id:CXR-TR03-000733}} come from different "
        "dates ({{date:2020-12-01}} vs {{date:2021-01-19}})."
    ),
    (
        "Labeller {{name:rafael.t}} asked whether the {{age:96}}-year-old subject should stay in "
        "the frailty cohort; we keep the label, age is top-coded at export."
    ),
    'Annotation comment in Japanese: "{{name:田中}}先生のコメント：右下葉の結節は{{date:2022年8月}}のCTで既に指摘あり".',
    (
        '{{name:Lior Ben-Ami}} on task 40810: "ETT tip 3 cm above carina; note the ID band shows '
        '{{id:511287733}}".'
    ),
    (
        "{{name:Eun-ji}} asked for a second opinion from Dr. {{name:Bae Joon-young}} about the "
        "pneumothorax on {{id:CXR-KR02-001180}}."
    ),
    (
        "{{name:Camila}} flagged the {{facility:Hospital Moinhos de Vento}} logo in the corner of "
        "30 DR images from the April upload."
    ),
]

# --- ticketing, Slack and Teams messages between data engineers and site coordinators ------------

CHAT = [
    (
        "[#site-jp03] {{name:kenji.s}} 09:14: upload from {{facility:Kyoto University Hospital}} "
        "finished, 4,212 studies, but 18 still have real PatientIDs like {{id:0017734521}}."
    ),
    (
        "[#site-jp03] {{name:haruka.ogawa}} 09:20: ok I will ask {{name:Ogawa-sensei}} to "
        "re-export with the anonymiser profile on."
    ),
    (
        "[#de-id-qa] {{name:priya.n}}: can someone from KR02 confirm whether Dr. {{name:Shin}} "
        "approved releasing the {{date:2022-08}} batch?"
    ),
    (
        "[#de-id-qa] {{name:minsu.cho}}: confirmed by email from "
        "{{email:shin.hj@amc-radresearch.kr}}, approved {{date:Aug 30, 2022}}."
    ),
    (
        'DATA-1423 (Jira): "Turkish characters mangled" — reporter {{name:Gökhan Doğan}}, '
        "assignee {{name:l.schmidt}}, created {{date:2022-10-04 16:22 UTC+3}}."
    ),
    (
        "DATA-1431: HKID numbers in OtherPatientIDs from {{facility:Prince of Wales Hospital}}; "
        "example {{id:D405521(9)}} pasted by the reporter, please do not paste real ones."
    ),
    (
        "DATA-1437 comment by {{name:Wong Ka-ming, Kelvin}}: sorry, the example in the ticket is "
        "a real HKID, can an admin redact the history?"
    ),
    (
        'Teams, MX site chat — {{name:Lupita Sánchez}}: "Ingeniero {{name:Ramírez}}, ya subí los '
        '300 estudios del {{facility:Hospital General de México}}".'
    ),
    (
        'Teams, MX site chat — {{name:Jorge Ramírez Castañeda}}: "Gracias {{name:Lupita}}, I see '
        'them on {{url:sftp://sftp-mx01.cxr-consortium.org}}, checking now."'
    ),
    (
        "Slack DM from {{name:avi.levi}} to {{name:hannah.b}}: the {{facility:Rambam}} "
        "coordinator is {{name:Samar Khoury}}, her extension is {{phone:+972 4-777-2831}}."
    ),
    (
        "[#br-sites] {{name:thiago.souza}}: Dra. {{name:Luciana Prado}} asked if we can take the "
        "COVID-era CTs from {{date:março de 2020}} to {{date:junho de 2021}}."
    ),
    (
        "[#br-sites] {{name:fernanda.lm}}: the LGPD officer at {{facility:InCor}} is "
        "{{name:Marcelo Teixeira}}, {{email:marcelo.teixeira@incor.usp.br}}."
    ),
    (
        "Ticket DATA-1502: site TW02 sent the key file (PatientID ↔ subject_id) by mistake; first "
        "row {{id:E225118094}} → {{id:CXR-TW02-000001}}. File deleted, incident logged."
    ),
    (
        "{{name:hsu.wc}} (Teams): we will rotate the SFTP key for "
        "{{url:sftp-tw02.cxr-consortium.org}} tonight after 23:00 Taipei time."
    ),
    (
        "[#site-il] {{name:yael.bd}}: {{name:Moshe}} from IT says the VPN endpoint changed to "
        "{{ip:185.112.41.207}}."
    ),
    (
        "[#site-il] {{name:omar.nasser}}: confirmed, I whitelisted {{ip:185.112.41.207}} and "
        "removed {{ip:185.112.40.19}}."
    ),
    (
        "Slack #ops: {{name:sujin.park}} restarted the CTP pipeline on {{ip:10.42.8.17}} at 02:10 "
        "KST; backlog cleared by 04:00."
    ),
    (
        '{{name:Elif Şahin}} (TR coordinator) on Teams: "Hocam, Prof. Dr. {{name:Ahmet Yıldız}} '
        'wants the DUA amended before Monday."'
    ),
    (
        "Jira DATA-1519 created by {{name:Carlos Eduardo Martins}} on {{date:2023-04-03}}: 'CPF "
        "appearing in AccessionNumber prefix for {{facility:HCFMUSP}}'."
    ),
    (
        'DATA-1519 example (redacted later): AccessionNumber "{{id:31290477810}}-TX01" where the '
        "first 11 digits are the CPF."
    ),
    (
        'Slack thread: {{name:lee.jw}}: "who is {{name:Kim Hyun-woo}}?" — {{name:park.sy}}: "KR04 '
        'PI, cc him on the reader study emails: {{email:hwkim@snuh-ai.kr}}".'
    ),
    (
        'Teams message from {{name:Ozan Kılıç}}: "can you call me on {{phone:+90 532 417 20 88}}? '
        'the uploader is stuck at 63%".'
    ),
    (
        "{{name:nakamura.y}} 17:42: JP02 coordinator Ms. {{name:Fujimoto}} will be out until "
        "{{date:4月10日}}, contact Dr. {{name:Hasegawa}} meanwhile."
    ),
    (
        "{{name:chan.km}}: HK01 uploads come from {{ip:203.0.113.58}}, not the old "
        "{{ip:203.0.113.21}} — please update the allow-list."
    ),
    (
        "Ticket DATA-1544 by {{name:Renata Gomes}}: the {{facility:Einstein}} PACS exported with "
        'the "retain patient characteristics" option; ages like {{age:93}} and {{age:90}} came '
        "through."
    ),
    (
        "[#mx-sites] {{name:dani.ortiz}}: Dr. {{name:Salvador Méndez Cruz}} is the new PI at "
        "{{facility:Instituto Nacional de Enfermedades Respiratorias}}."
    ),
    (
        "[#mx-sites] {{name:dani.ortiz}}: his direct line is {{phone:+52 55 5487 3366 ext. 5143}} "
        "and he prefers WhatsApp {{phone:+52 1 55 3912 4478}}."
    ),
    (
        'Slack reminder set by {{name:aiko.t}}: "resend the KR03 linkage file on {{date:Thursday '
        '15 June}}".'
    ),
    (
        '{{name:Tzipi}} ({{facility:Sheba}} research office) on Teams: "The Helsinki committee '
        'approval is dated {{date:26.02.2023}}, scan attached."'
    ),
    (
        "Slack #annotation: {{name:gabriel.f}} reset the password for labeller "
        "{{email:tw.reader04@cxr-consortium.org}}."
    ),
    (
        "Jira DATA-1561 (blocker): {{name:Sergio Aranda}} found full names in the Mexico JSON "
        'sidecars, e.g. "{{name:Martínez Olvera, Francisco Javier}}".'
    ),
]

# --- data-use agreement and IRB correspondence ---------------------------------------------------

DUA_IRB = [
    (
        "Dear Professor {{name:Sakamoto}}, please find attached the countersigned Data Use "
        "Agreement between the consortium and {{facility:Keio University School of Medicine}}."
    ),
    (
        "The agreement was signed on {{date:14 March 2023}} by Dr. {{name:Naoko Sakamoto}} and on "
        "behalf of the consortium by Prof. {{name:Daniel Avraham}}."
    ),
    (
        "Correspondence address: Ms. {{name:Mariko Ueda}}, Clinical Research Office, "
        "{{address:4-22-7 Yotsuya, Shinjuku-ku, Tokyo 160-0004}}; tel. {{phone:+81 3-5363-7712}}."
    ),
    (
        "IRB approval letter from {{facility:Seoul National University Hospital}} Institutional "
        "Review Board, approval dated {{date:2022년 7월 21일}}, PI {{name:Goo Jin Mo}}."
    ),
    (
        "Please address the KR02 amendment to Dr. {{name:Seo Joon Beom}}, {{address:17 "
        "Baekjegobun-ro 31-gil, Songpa-gu, Seoul 05612}}, fax {{phone:+82 2-476-4719}}."
    ),
    (
        "From: {{name:Hsu Wen-chieh}} <{{email:wchsu@ntuh-rad.org.tw}}> Sent: {{date:Monday, 6 "
        "December 2021 10:02}} Subject: REC amendment 2021-11 approved"
    ),
    (
        "The {{facility:NTUH}} Research Ethics Committee approved the waiver of consent on "
        "{{date:2021/12/03}}; our mailing address is {{address:No. 41, Ln. 12, Sec. 3, Roosevelt "
        "Rd., Zhongzheng Dist., Taipei City 100043}}."
    ),
    (
        "The cluster REC at {{facility:Queen Mary Hospital}}: contact Ms. {{name:Kwok Lai-fong, "
        "Winnie}} on {{phone:+852 2255 4817}} for the renewal."
    ),
    (
        "Letter to Dr. {{name:Lau Chi-keung}}, Department of Imaging and Interventional "
        "Radiology, {{facility:Prince of Wales Hospital}}, {{address:Room 1208, 14 Siu Lek Yuen "
        "Road, Sha Tin, New Territories}}."
    ),
    (
        "The Helsinki Committee of {{facility:Rambam Health Care Campus}} (approval ref. "
        "RMB-0411-22) lists Dr. {{name:Wissam Mahajna}} as site PI."
    ),
    (
        "Correspondence for the Israeli DUA: Adv. {{name:Noa Friedman}}, {{address:Rehov Ibn "
        "Gvirol 58, Tel Aviv 6436203}}, {{email:noa.friedman@lexmed-law.co.il}}."
    ),
    (
        "Ethics submission at {{facility:Hacettepe Üniversitesi Tıp Fakültesi}} Girişimsel "
        "Olmayan Klinik Araştırmalar Etik Kurulu, decision dated {{date:12.07.2022}}."
    ),
    (
        "TR site postal address for the wet-ink DUA: {{address:Kavaklıdere Mah., Bestekar Sok. "
        "No: 41/6, 06680 Çankaya/Ankara}}, attn. Doç. Dr. {{name:Zeynep Çağlar Kaplan}}."
    ),
    (
        "CEP approval (Plataforma Brasil) for {{facility:Hospital Israelita Albert Einstein}}, "
        "CAAE 58214922.7.0000.0071, parecer dated {{date:22/08/2022}}."
    ),
    (
        "Please send the signed DUA to Dr. {{name:Rodrigo Bastos Figueiredo}}, {{address:Rua "
        "Tabapuã 1123, apto 54, Itaim Bibi, São Paulo - SP, 04533-014}}."
    ),
    (
        "Carta ao Comitê: o pesquisador responsável Prof. Dr. {{name:Henrique Sá Moreira}} "
        "(CRM-SP {{id:104827}}) declara que os dados serão anonimizados."
    ),
    (
        "Comité de Ética en Investigación of {{facility:Instituto Nacional de Cancerología}}, "
        "dictamen dated {{date:9 de noviembre de 2022}}, signed by Dra. {{name:Patricia Olivares "
        "Quintero}}."
    ),
    (
        "MX DUA notices go to Lic. {{name:Andrés Villalobos}}, {{address:Calle Durango 217, Int. "
        "4, Col. Roma Norte, Alcaldía Cuauhtémoc, 06700 Ciudad de México}}."
    ),
    (
        "Cédula profesional of the MX reader Dr. {{name:Ernesto Gallardo Ríos}}: {{id:7834102}} "
        "(required by the reader-study contract)."
    ),
    (
        "Dear Dr. {{name:Ueda}}, the JP04 DUA expires on {{date:31 March 2024}}; an extension "
        "request must reach us by {{date:1 February 2024}}."
    ),
    (
        "From: {{name:Avraham, Daniel}} <{{email:d.avraham@cxr-consortium.org}}> To: "
        "{{name:Goldberg, Ilan}} — RE: DUA template v4, Annex B"
    ),
    (
        "Our records show the {{facility:Chang Gung Memorial Hospital}} IRB letter "
        "({{date:2022-02-17}}) covers chest CT only, not the X-ray extension."
    ),
    (
        "The KVKK data-transfer commitment for {{facility:Acıbadem Maslak Hastanesi}} was "
        "notarised on {{date:3 Ekim 2022}} in Istanbul."
    ),
    (
        "Signature block: {{name:Yasemin Erdoğan}}, Data Protection Officer, {{phone:+90 212 304 "
        "18 62}}, {{email:yasemin.erdogan@acibadem-ar.com.tr}}."
    ),
    (
        "Dear Dr. {{name:Nadav}}, the IRB at {{facility:Hadassah Medical Organization}} asks "
        "whether images of patients older than 89 (e.g. one aged {{age:94}}) will be top-coded."
    ),
    (
        "IRB reply from {{facility:Kaohsiung Medical University Chung-Ho Memorial Hospital}}: "
        "contact Ms. {{name:Yeh Ya-ting}} at {{phone:07-312-8846 ext. 6487}}."
    ),
    (
        "The JP01 ethics office ({{email:rinri-office@h.u-tokyo-med.example.jp}}) approved on "
        "{{date:令和5年2月28日}} under the opt-out procedure."
    ),
    (
        "Legal review notes by {{name:Brenda Ng}}: the DUA with {{facility:Tan Tock Seng}} was "
        "withdrawn; Singapore is not a member site."
    ),
]

# --- site-upload logs with IPs, SFTP hosts and endpoints -----------------------------------------

UPLOAD_LOGS = [
    (
        "{{date:2023-03-14T02:11:09+09:00}} sftpd[4412]: Accepted publickey for jp03_upload from "
        "{{ip:133.11.204.57}} port 52214 ssh2"
    ),
    (
        "{{date:2023-03-14T02:11:10+09:00}} sftpd[4412]: open "
        '"/incoming/jp03/batch_0314/{{id:A23031400917}}.dcm" flags WRITE,CREATE,TRUNCATE'
    ),
    (
        "{{date:2022-11-08 23:47:31 KST}} uploader: session from {{ip:210.117.42.196}} (KR02) to "
        "{{url:sftp://sftp-kr02.cxr-consortium.org:2222/incoming}}"
    ),
    (
        "[upload] {{date:2021-07-02T14:05:52+08:00}} TW01 client {{ip:140.112.77.9}} pushed 612 "
        "files, checksum OK"
    ),
    (
        "[upload] {{date:2023-04-06T08:30:00+08:00}} HK01 {{ip:203.0.113.58}} rejected: files "
        'contain tag (0010,0010) with non-empty value, e.g. "{{name:CHEUNG^WING SZE}}"'
    ),
    (
        "{{date:Jan 15 09:41:22}} gw-il sshd[2231]: Failed password for invalid user admin from "
        "{{ip:185.112.40.19}} port 41730"
    ),
    (
        "{{date:2022-05-20 13:40:58 +0300}} TR01 upload via "
        "{{url:https://upload.cxr-consortium.org/sites/tr01/ingest}} from {{ip:193.140.28.114}}, "
        "2,041 objects"
    ),
    (
        "{{date:2022-08-02T16:12:07-03:00}} BR02 {{ip:177.71.144.230}} → "
        "{{url:sftp-br.cxr-consortium.org}}: transfer interrupted at 71%, resumed "
        "{{date:2022-08-02T16:19:40-03:00}}"
    ),
    (
        "{{date:2022-12-07T18:03:12-06:00}} MX02 {{ip:189.203.11.48}} authenticated as mx02_svc; "
        "277 objects queued for de-id"
    ),
    (
        "Orthanc audit: user {{name:jorge.ramirez}} from {{ip:10.60.2.33}} downloaded study "
        "{{id:1.2.840.113619.2.55.3.604688119.871.1670458213.944}} on {{date:2022-12-08}}"
    ),
    (
        "Orthanc audit: user {{name:sujin.park}} from {{ip:10.42.8.17}} deleted study "
        "{{id:1.2.410.200048.1.2.1.2022.44781023}} (duplicate) on {{date:2022-11-10 03:12}}"
    ),
    (
        'nginx access: {{ip:2001:db8:4a7f:12::1c}} - - [{{date:04/Apr/2023:10:21:47 +0300}}] "GET '
        '/api/v1/studies?patient_id={{id:TR06-40077281}} HTTP/1.1" 200'
    ),
    (
        "The query string logged above leaks the original PatientID; logs under "
        "{{url:https://logs.cxr-consortium.org/kibana}} now mask patient_id."
    ),
    (
        'CTP log: DicomAnonymizer removed (0010,0010) "{{name:GONZALEZ DE LA GARZA^ROBERTO}}" and '
        'replaced with "{{id:CXR-MX02-000301}}".'
    ),
    (
        "CTP log: lookup table hit for {{id:HC-7718420-3}} → {{id:CXR-BR01-000913}} at "
        "{{date:2022-06-21 11:04:55}}"
    ),
    (
        "[ingest-worker-3] {{date:2023-01-15T07:02:41Z}} IL02 batch, source "
        "{{url:sftps://files.hadassah-research.example.org.il/outgoing}}, 88 studies"
    ),
    (
        'rsync from {{url:rsync://10.50.1.4/cxr-tw02}} failed: "connection refused" at '
        "{{date:2022-10-05 22:00:03 CST}}"
    ),
    (
        "AWS S3 event: PutObject key kr03/{{name:KANG_HYE_JIN}}.zip in bucket cxr-consortium-raw "
        "by kr03-svc from {{ip:211.43.118.5}}"
    ),
    (
        "firewall: ACCEPT src={{ip:193.255.97.12}} dst={{ip:10.0.4.20}} dport=22 proto=TCP (TR03 "
        "Ankara)"
    ),
    (
        "firewall: DROP src={{ip:45.133.7.201}} dst={{ip:10.0.4.20}} dport=22 — not on any site "
        "allow-list"
    ),
    (
        "Site TW02 now uploads from {{ip:163.15.172.88}}; the coordinator {{name:Lin Wen-ting}} "
        "confirmed by phone {{phone:+886 7-312-8846}}."
    ),
    (
        "JP02 upload agent log: proxy {{url:http://proxy.hosp.osaka-u.example.ac.jp:8080}} in "
        "use, source {{ip:172.24.16.103}}"
    ),
    (
        "healthcheck: {{url:https://annotate.cxr-consortium.org/api/health}} returned 502 between "
        "03:10 and 03:25 UTC"
    ),
    (
        "webhook POST {{url:https://hooks.slack.com/services/T0CXR/B04QA/h7Qk2LmR9sVt}} payload: "
        '"QA fail for {{id:CXR-KR01-002318}}"'
    ),
    (
        "{{date:2023-06-30T23:59:59+09:00}} JP04 sftp quota exceeded; host "
        "{{url:sftp-jp04.cxr-consortium.org}}, client {{ip:202.241.90.14}}"
    ),
    (
        "{{date:2022-09-14T10:10:10+03:00}} TR02 DICOM C-STORE from AE CXR_TR02 at "
        "{{ip:193.140.61.7}}:104 to AE CXR_GW at {{ip:10.0.4.21}}:11112"
    ),
    (
        '[dicom-gw] association rejected: calling AE "{{facility:HADASSAH}}_PACS" unknown, peer '
        "{{ip:192.114.5.230}}"
    ),
    (
        "Upload receipt e-mailed to {{email:coord.hk01@cuhk-imaging.example.hk}} on "
        "{{date:2023-04-06 16:02 HKT}}: 212 studies received."
    ),
    (
        "Upload receipt e-mailed to {{email:pesquisa.imagem@hcor-br.example.com.br}} on "
        "{{date:2022-06-21}}: 1,184 studies, 3 quarantined."
    ),
]

# --- reader-study schedules and sign-up sheets ---------------------------------------------------

READER_STUDY = [
    (
        "Reader study RS-2 schedule: Dr. {{name:Hiroshi Tanabe}} (JP) {{date:Tue 18 Apr 2023}} "
        "10:00–12:00 JST; Dr. {{name:Min-ji Kwon}} (KR) same day 13:00–15:00 KST."
    ),
    (
        "Session 3 | {{date:2023-04-20}} | Dr. {{name:Orly Segal}} | Dr. {{name:Fadi Nassar}} | "
        "cases 1–150 | Zoom link {{url:https://cxr-consortium.zoom.us/j/98124470211}}"
    ),
    (
        "Session 4 | {{date:2023-04-21}} | Dr. {{name:Emre Aksoy}} | Dr. {{name:Büşra Güneş}} | "
        "cases 151–300 | on site at {{facility:Ankara Şehir Hastanesi}}"
    ),
    (
        "Reader roster: {{name:TANABE Hiroshi}}, {{name:KWON Min-ji}}, {{name:SEGAL Orly}}, "
        "{{name:NASSAR Fadi}}, {{name:AKSOY Emre}}, {{name:GÜNEŞ Büşra}}, {{name:LIMA Beatriz}}."
    ),
    (
        "Dra. {{name:Beatriz Lima Carvalho}} (BR) and Dr. {{name:Alejandro Fuentes Robles}} (MX) "
        "read in the {{date:27 de abril}} session, 09:00 BRT."
    ),
    (
        "Reader honorarium invoices go to {{email:finance@cxr-consortium.org}}; Dr. "
        "{{name:Tanabe}} asked to be paid via the {{facility:Juntendo University}} account."
    ),
    (
        "Washout period: second read for Dr. {{name:Kwon}} starts {{date:2023-06-01}}, four weeks "
        "after her first session."
    ),
    (
        "Reader RS-2-07 ({{name:Chan Hoi-yan, Joanne}}, {{facility:Queen Elizabeth Hospital}}) "
        "withdrew on {{date:12 May 2023}}; replaced by Dr. {{name:Tse}}."
    ),
    (
        "Reader study contact for HK: {{name:Yip Man-kit}}, {{phone:+852 3506 7741}}, "
        "{{email:yipmk@qeh-rad.example.hk}}."
    ),
    (
        'Calendar invite: "RS-2 calibration" {{date:Mon 17 Apr 2023 08:00 UTC}} — organiser '
        "{{email:kenji.sato@cxr-consortium.org}}."
    ),
    (
        "Reader study RS-3 doodle: {{name:Shira}}, {{name:Itai}}, {{name:Murat}}, {{name:Kazuki}} "
        "— all available {{date:2023-09-12}} except {{name:Murat}}."
    ),
    (
        "RS-3 reader Dr. {{name:Sun Young Choi}} reads from {{facility:Kangbuk Samsung "
        "Hospital}}, VPN from {{ip:112.175.6.90}}."
    ),
    (
        "Booking confirmation for the reading room at {{facility:Hospital Sírio-Libanês}} on "
        "{{date:28/04/2023}}, requested by {{name:Juliana Barros}}."
    ),
]

# --- adjudication notes and disagreement reviews -------------------------------------------------

ADJUDICATION = [
    (
        "Adjudication {{id:CXR-JP01-000917}}: reader A ({{name:Tanabe}}) nodule RLL, reader B "
        "({{name:Kwon}}) no finding; adjudicator {{name:Goldberg}} sides with A."
    ),
    (
        "Adjudication {{id:CXR-BR02-000990}}: consensus pneumonia; note that the prior from "
        "{{date:12/02/2022}} was read at {{facility:Beneficência Portuguesa}}."
    ),
    (
        "Adjudication meeting minutes {{date:2023-05-04}}: present {{name:I. Goldberg}}, "
        "{{name:H. Tanabe}}, {{name:M.-J. Kwon}}, {{name:E. Aksoy}}; 37 cases."
    ),
    (
        "Case {{id:CXR-HK01-011402}}: adjudicator Dr. {{name:Lam Sze-wan}} notes the patient is "
        '{{age:92}}; label "emphysema" kept.'
    ),
    (
        "Disagreement log: {{id:CXR-MX02-000277}} | pleural effusion vs. thickening | resolved by "
        "{{name:Fuentes Robles}} on {{date:2023-05-11}}"
    ),
    (
        "Disagreement log: {{id:CXR-TR03-000733}} | cavitation? | escalated to Prof. Dr. "
        "{{name:Nilgün Karataş}} ({{facility:Gazi Üniversitesi Hastanesi}})"
    ),
    (
        'Adjudicator note: "{{name:Shira Levinson}} and I agree on the nodule; size 7 mm on the '
        '{{date:2021-09-30}} CT."'
    ),
    (
        "Adjudication {{id:CXR-KR02-001180}}: small apical pneumothorax confirmed by Dr. "
        "{{name:Bae}}; ETT noted; patient age {{age:95}} top-coded at export."
    ),
    (
        "Adjudicator {{name:Watanabe Aya}} corrected the laterality on {{id:CXR-JP03-001229}}; "
        "the original report from {{facility:Nagoya University Hospital}} said right."
    ),
    (
        "Adjudication summary sent to {{email:adjudication@cxr-consortium.org}} by {{name:I. "
        "Goldberg}} on {{date:Fri, 5 May 2023 18:44 +0300}}."
    ),
]

# --- report text attached to studies, as received before de-identification -----------------------

REPORTS = [
    (
        "CHEST PA/LAT — {{name:NAKAGAWA, Fumiko}} — {{date:2023/01/24}} — {{facility:Tokyo "
        "Medical and Dental University Hospital}}: no active lesion; old rib fracture left 6th."
    ),
    (
        "Report (KR02): {{name:Lee Seo-yeon}} F/64, CT chest {{date:2022-11-08}}: 9 mm part-solid "
        "nodule RUL, Lung-RADS 4A; compared with {{date:2021-10-12}}."
    ),
    (
        "Impression: interval increase of the left effusion since {{date:November 2, 2022}}. "
        "Discussed with Dr. {{name:Jung}} by phone at 16:20."
    ),
    (
        "CT CHEST (TW): patient {{name:陳怡萱}}, 病歷號 {{id:5510238}}, 檢查日期 {{date:110年6月29日}}: "
        "diffuse GGO, consider organising pneumonia."
    ),
    (
        'Report, {{facility:Queen Mary Hospital}}: "Mr. {{name:Wong}}, {{age:93}}M, CXR AP '
        'sitting: cardiomegaly, upper lobe diversion, small bilateral effusions."'
    ),
    (
        "HRCT (IL): {{name:Yael Ben-David}}, ID {{id:038816452}}, {{date:02/01/2023}}: UIP "
        "pattern, basal honeycombing; MDT at {{facility:Sheba}} recommended."
    ),
    (
        "BT Toraks ({{facility:Hacettepe}}), hasta {{name:Ayşe Yılmaz}}, {{date:18.04.2022}}: sağ "
        "alt lobda 12 mm nodül; önceki tetkik {{date:03.2021}}."
    ),
    (
        "TC de tórax — {{name:Maria das Graças Oliveira Santos}}, {{age:91}} anos, "
        "{{date:21/06/2022}}: opacidades em vidro fosco bilaterais, CO-RADS 5."
    ),
    (
        "Radiografía de tórax PA — {{name:José Luis Hernández Ramírez}}, 67 años, "
        "{{date:09/05/2023}}, {{facility:Hospital Ángeles Pedregal}}: sin consolidaciones."
    ),
    (
        "Addendum {{date:2023-03-15 08:02 JST}} by Dr. {{name:Suzuki Hanako}}: the nodule "
        "described on {{date:14 March}} is a nipple shadow; repeat with markers."
    ),
    (
        "Clinical history: {{age:96}}-year-old woman from a nursing home, fever; referred by Dr. "
        "{{name:Kato}} of {{facility:Sakura Clinic Setagaya}}."
    ),
    (
        "History: TB treated {{date:2009}} at {{facility:Grantham Hospital}}; now haemoptysis. "
        "Reported by Dr. {{name:Li Wing-hong}}."
    ),
    (
        "Impression: right hilar mass. Recommend CT-guided biopsy. Case booked for the {{date:17 "
        "May}} tumour board by Dr. {{name:Efrat Cohen}}."
    ),
    (
        "FINDINGS: ETT 4 cm above carina. Compared with study of {{date:2022.11.02}}. "
        "Electronically signed: {{name:Choi Eun-ji}}, MD {{date:2022.11.03 07:41}}."
    ),
    (
        "Laudo assinado por Dr. {{name:Lucas Rodrigues}}, CRM {{id:187443}}/SP, em "
        "{{date:15/06/2022 18:22}}."
    ),
    (
        "Informe firmado por Dra. {{name:Guadalupe Ortiz de la Garza}}, cédula {{id:9012437}}, "
        "{{date:17 sep 2022}}."
    ),
    (
        'Report text: "{{name:Mehmet Şükrü Çelik}}, {{age:90}} yaş, KOAH alevlenmesi; PA akciğer '
        'grafisinde hiperinflasyon."'
    ),
    (
        'CT report, {{facility:Rambam}}: "Patient {{name:Nour Abu-Saleh}}, known sarcoidosis '
        'since {{date:2015}}; stable mediastinal nodes."'
    ),
    "Radiology report, JP04: {{name:ISHIKAWA Ryo}} ({{age:92}}歳), {{date:2019年7月30日}}撮影, 両側胸水あり.",
    (
        "Comparison: prior outside CT dated {{date:3/8/2021}} from {{facility:Hospital Español de "
        "México}}, uploaded to PACS by {{name:Rocío}}."
    ),
]

# --- site directory, contact sheets and signature blocks -----------------------------------------

CONTACTS = [
    (
        "Site JP03 coordinator: {{name:Haruka Ogawa}}, {{phone:+81 75-751-4489}}, "
        "{{email:h.ogawa@kuhp-rad.example.jp}}."
    ),
    (
        "Site JP04 PI: Dr. {{name:Ryota Ishida}}, {{address:2-9-14 Yushima, Bunkyo-ku, Tokyo "
        "113-0034}}, tel {{phone:03-5803-4471}}."
    ),
    (
        "Site KR01 coordinator: {{name:Hwang Su-jin}} "
        "({{email:sujin.hwang@snuh-cxr.example.kr}}), mobile {{phone:010-4821-7730}}."
    ),
    (
        "Site KR03: {{name:Jang Hye-won}}, {{address:42 Gaepo-ro 109-gil, Gangnam-gu, Seoul "
        "06335}}, {{phone:+82 2-3410-6628}}."
    ),
    (
        "Site TW01 contact: {{name:Chen Yi-hsuan}}, {{phone:(02) 2875-7330}}, "
        "{{email:yhchen@vghtpe-rad.example.tw}}."
    ),
    (
        "Site HK02 contact card: {{name:Ivy Leung Wai-yin}}, {{address:Room 502, 18 Tsui Hang "
        "Street, Chai Wan}}, {{phone:2595 6612}}."
    ),
    (
        "Site IL01 ({{facility:Sheba}}): {{name:Hannah Bar-On}}, {{phone:03-530-2244}}, "
        "{{email:hannah.baron@sheba-ai.example.org.il}}."
    ),
    (
        "Site IL02 ({{facility:Hadassah}}): Dr. {{name:Amir Zoabi}}, {{address:Rehov Bayit Vagan "
        "23, Jerusalem 9637423}}, {{phone:+972 2-677-7112}}."
    ),
    (
        "Site TR01: {{name:Elif Şahin}}, {{email:elif.sahin@hacettepe-rad.example.edu.tr}}, "
        "{{phone:0312 305 21 47}}."
    ),
    (
        "Site TR03: Doç. Dr. {{name:Levent Koç}}, {{address:Emniyet Mah., Mevlana Bulvarı No: 29, "
        "06560 Yenimahalle/Ankara}}."
    ),
    (
        "Site BR01: {{name:Fernanda Lima Monteiro}}, {{phone:+55 11 2661-7140}}, "
        "{{email:fernanda.monteiro@hc-ai.example.com.br}}."
    ),
    (
        "Site BR02: {{name:Thiago de Souza Pereira}}, {{address:Rua Fernandes Vieira 615, ap. "
        "302, Bom Fim, Porto Alegre - RS, 90035-091}}."
    ),
    (
        'Site MX01: {{name:Guadalupe "Lupita" Sánchez Robles}}, {{phone:(55) 5573 2911 ext. '
        "1345}}, {{email:lsanchez@iner-img.example.mx}}."
    ),
    (
        "Site MX02: Dr. {{name:Sergio Aranda Villarreal}}, {{address:Calle Padre Mier 812 Pte., "
        "Col. Centro, 64000 Monterrey, N.L.}}."
    ),
    (
        "Consortium data engineering on-call: {{name:Kenji Sato}} {{phone:+81 90-7713-2045}} / "
        "{{name:Priya Nair}} {{phone:+44 7700 900418}}."
    ),
    (
        "Signature: {{name:Omar Nasser}} | Data Engineer | "
        "{{email:omar.nasser@cxr-consortium.org}} | "
        "{{url:https://cxr-consortium.org/team/omar-nasser}}"
    ),
    (
        "Signature: {{name:Minsu Cho}}, PhD | Imaging Informatics | {{phone:+82 31-787-4410}} | "
        "{{url:https://github.com/minsu-cho}}"
    ),
    (
        "Privacy office mailbox for withdrawal requests: {{email:privacy@cxr-consortium.org}}, "
        "postal {{address:Suite 4.12, 60 Herzl Street, Rehovot 7610001}}."
    ),
]

# --- e-mail threads with coordinators, engineers and participants --------------------------------

EMAIL = [
    (
        "From: {{name:Kenji Sato}} <{{email:kenji.sato@cxr-consortium.org}}> To: {{name:Haruka "
        "Ogawa}} — Subject: JP03 re-export, 18 studies still identifiable"
    ),
    (
        "On {{date:Wed, 15 Mar 2023 at 11:20}}, {{name:Haruka Ogawa}} "
        "<{{email:h.ogawa@kuhp-rad.example.jp}}> wrote: > We will re-run the export tomorrow."
    ),
    (
        "Hi {{name:Renata}}, the {{facility:Einstein}} export is at "
        "{{url:https://share.cxr-consortium.org/s/BR01-reexport-0423}} (expires in 7 days)."
    ),
    (
        "{{name:Thiago}}, please don't attach the key file; use the escrow portal "
        "{{url:https://escrow.cxr-consortium.org/upload}} instead."
    ),
    (
        "Cc: {{email:goo.jm@snuh-cxr.example.kr}}, {{email:irb-office@snuh-cxr.example.kr}} — the "
        "amendment letter is attached."
    ),
    (
        "Dear consortium team, my mother {{name:Esther Weiss}} (born {{date:1929}}, now "
        "{{age:94}}) asked to withdraw her X-rays from {{facility:Shaare Zedek}}."
    ),
    (
        "Reply to withdrawal: Dear Mr. {{name:Weiss}}, we have located 2 studies linked to "
        "{{id:CXR-IL03-000177}} and removed them on {{date:2023-07-03}}."
    ),
    (
        "Participant letter (PT-BR): Prezado Sr. {{name:Sebastião Nunes}}, seus exames de "
        "{{date:2021}} foram excluídos do conjunto de dados."
    ),
    (
        'Participant e-mail: "Soy {{name:Francisco Javier Martínez Olvera}}, vivo en '
        "{{address:Calle Pino Suárez 41, Col. Centro, 34000 Durango, Dgo.}}, quiero retirar mi "
        'consentimiento."'
    ),
    (
        "Forwarded message from {{email:zeynep.kaplan@hacettepe-rad.example.edu.tr}}: "
        '"{{name:Zeynep Hanım}} is on leave; please write to '
        '{{email:etik.kurul@hacettepe-rad.example.edu.tr}}."'
    ),
    (
        "Dr. {{name:Lau}} wrote on {{date:22 May 2023}}: the HK mirror at "
        "{{url:https://hkmirror.cxr-consortium.org}} is ready for the HK02 pull."
    ),
    (
        "Out-of-office: {{name:Ivy Leung}} is away until {{date:5 June}}; urgent matters to "
        "{{email:hk02.radresearch@pyneh-img.example.hk}} or {{phone:2595 6600}}."
    ),
    (
        "From: {{email:noreply@annotate.cxr-consortium.org}} — your labelling queue at "
        "{{url:https://annotate.cxr-consortium.org/queue/kr02}} has 40 new tasks."
    ),
    (
        "Dear Dra. {{name:Patricia Olivares}}, the dataset card draft is at "
        "{{url:https://wiki.cxr-consortium.org/datasets/mx-chest-ct-v1}}."
    ),
    (
        "Mail header: Received: from {{url:mail.sheba-ai.example.org.il}} ({{ip:147.235.12.60}}) "
        "by {{url:mx.cxr-consortium.org}}; {{date:Sun, 26 Feb 2023 09:14:31 +0200}}"
    ),
    (
        "{{name:Yasemin}}, the KVKK letter is uploaded to "
        "{{url:https://docs.cxr-consortium.org/legal/tr/kvkk-commitment-acibadem.pdf}}."
    ),
    (
        "Dear Dr. {{name:Ishida}}, the package sent on {{date:June 2, 2023}} has 14 studies whose "
        "PatientBirthDate is earlier than {{date:1930-01-01}}; ages computed to "
        "{{age:93}}–{{age:97}}."
    ),
]

# --- HL7 v2 segments pulled from site RIS feeds --------------------------------------------------

HL7 = [
    (
        "PID|1||{{id:0004417731}}^^^{{facility:KUHP}}^MR||{{name:SATO^MIKI}}||{{date:19310409}}|F|"
        "||{{address:3-7 Shimogamo Miyazaki-cho, Sakyo-ku, Kyoto "
        "606-0802}}||{{phone:075-711-4032}}"
    ),
    "PV1|1|O|RAD^^^{{facility:KUHP}}||||{{id:100482}}^{{name:KOBAYASHI^AKIRA}}^^^^DR",
    "OBR|1|{{id:ORD99120331}}|{{id:RX2304110082}}|CXR2V^CHEST 2 VIEWS|||{{date:202304110912}}",
    (
        "PID|1||{{id:12874409}}^^^{{facility:SNUBH}}^MR~{{id:560312-1482751}}^^^KR^NI||{{name:KIM^"
        "MINJUN}}||{{date:19560312}}|M|||{{address:29 Hwangsaeul-ro 200beon-gil, Bundang-gu, "
        "Seongnam-si, Gyeonggi-do 13595}}"
    ),
    (
        "PID|1||{{id:F128837105}}^^^TW^NI||{{name:WU^CHUN-HUNG}}||{{date:19280503}}|M||||{{phone:("
        "02)2871-0432}}"
    ),
    (
        "PID|1||{{id:HC-7718420-3}}^^^{{facility:HCFMUSP}}^MR~{{id:48211793605}}^^^BR^CPF||{{name:"
        "SANTOS^MARIA DAS GRACAS}}|||F|||{{address:Rua Teodoro Sampaio 1890, ap. 82, Pinheiros, "
        "São Paulo, SP, 05406-150}}"
    ),
    "NK1|1|{{name:SANTOS^CLAUDIO}}|SON|||{{phone:(11) 98224-1077}}",
    (
        "PID|1||{{id:RMB-22-0914476}}^^^{{facility:RMB}}^MR~{{id:209947315}}^^^IL^TZ||{{name:ABU "
        "SALEH^NOUR}}||{{date:19620813}}|F|||{{address:Rehov HaGefen 14, Haifa 3309506}}"
    ),
    (
        "ORC|NW|{{id:TR2209140071}}||||||{{date:20220914100205}}|||{{id:348811}}^{{name:ÖZTÜRK^SER"
        "KAN}}"
    ),
    (
        "MSH|^~\\&|RIS|{{facility:INCMNSZ}}|CXRGW|CONSORTIUM|{{date:20221207180312}}||ORU^R01|MSG04"
        "48127|P|2.5"
    ),
    (
        "PID|1||{{id:0081442}}^^^{{facility:INCMNSZ}}^MR~{{id:JIML450322MDFMNS02}}^^^MX^CURP||{{na"
        "me:JIMENEZ DE LEON^ROSA MARIA}}||{{date:19450322}}|F"
    ),
]

# --- hard-drive shipments, portal links and dataset release notes --------------------------------

SHIPPING_PORTALS = [
    (
        "Courier manifest: encrypted HDD #7 from {{name:Ozan Kılıç}}, {{address:Esentepe Mah., "
        "Talatpaşa Cad. No: 48/5, 34394 Şişli/İstanbul}}, to the consortium data centre."
    ),
    (
        "Courier manifest: HDD #8 from Dra. {{name:Luciana Prado}}, {{address:Rua Joaquim "
        "Floriano 913, cj. 72, Itaim Bibi, São Paulo - SP, 04534-013}}."
    ),
    (
        "FedEx label for the JP shipment: {{name:Ogawa Haruka}}, {{address:12 Tanaka Monzen-cho, "
        "Sakyo-ku, Kyoto 606-8225}}, {{phone:075-751-3302}}."
    ),
    (
        "Return address on the Korean drive: {{address:Room 1204, 20 Yulgok-ro 3-gil, Jongno-gu, "
        "Seoul 03060}}, attn {{name:Hwang Su-jin}}."
    ),
    (
        "DHL waybill to the Mexico site: Ing. {{name:Jorge Ramírez Castañeda}}, {{address:Calz. "
        "de Tlalpan 3921, Int. 2, Col. Santa Úrsula Coapa, 04650 Ciudad de México}}."
    ),
    (
        "Drive from Taiwan signed for by {{name:Lin Wen-ting}} at {{address:No. 56, Ln. 9, Jiuru "
        "2nd Rd., Sanmin Dist., Kaohsiung City 807002}} on {{date:2022/10/12}}."
    ),
    (
        "Drive collected by courier from {{name:Shira Levinson}}, {{address:Rehov Weizmann 6, "
        "Kfar Saba 4428164}}, {{date:19 Jan 2023}}."
    ),
    (
        "Release notes v1.2: download via {{url:https://data.cxr-consortium.org/releases/v1.2}}; "
        "checksums at {{url:https://data.cxr-consortium.org/releases/v1.2/SHA256SUMS}}."
    ),
    (
        "Access request portal: {{url:https://access.cxr-consortium.org/apply}} — requests are "
        "reviewed by Dr. {{name:Daniel Avraham}} within 10 working days."
    ),
    (
        "The withdrawal form lives at {{url:https://cxr-consortium.org/withdraw}}; the Japanese "
        "version is {{url:https://cxr-consortium.org/ja/withdraw}}."
    ),
    (
        "Korean participant notice posted on "
        "{{url:https://www.snuh-cxr.example.kr/notice/optout-2022}} on {{date:2022.07.25}}."
    ),
    (
        "Israeli site notice: {{url:https://sheba-ai.example.org.il/research/cxr-consortium}}, "
        "updated {{date:1.3.2023}}."
    ),
    (
        "Turkish aydınlatma metni: {{url:https://hacettepe-rad.example.edu.tr/kvkk/cxr}} (contact "
        "{{email:kvkk@hacettepe-rad.example.edu.tr}})."
    ),
    (
        "Brazilian TCLE waiver notice: {{url:https://hc-ai.example.com.br/pesquisa/cxr/aviso}}; "
        "LGPD contact {{email:dpo@hc-ai.example.com.br}}."
    ),
    (
        "Mexican aviso de privacidad: {{url:https://iner-img.example.mx/aviso-privacidad-cxr}}, "
        "published {{date:15 de agosto de 2022}}."
    ),
    (
        "Grafana dashboard for upload throughput: "
        "{{url:https://grafana.cxr-consortium.org/d/uploads?orgId=1&var-site=tw02}}."
    ),
    (
        "Git issue {{url:https://gitlab.cxr-consortium.org/data/deid-pipeline/-/issues/311}} "
        "tracks the ISO 2022 IR 87 charset bug reported by {{name:kenji.s}}."
    ),
    (
        "The annotation export for Dr. {{name:Tse}} is at "
        "{{url:https://annotate.cxr-consortium.org/export/hk01/tse-rs2.json}}."
    ),
]

# --- DICOM header and de-identification profile text without PHI ---------------------------------

CLEAN_DICOM = [
    (
        "(0010,0010) PatientName PN [] — zero-length after the Basic Application Level "
        "Confidentiality Profile."
    ),
    "(0010,1010) PatientAge AS [067Y] retained under the Retain Patient Characteristics Option.",
    (
        "(0010,0040) PatientSex CS [M] | (0010,1010) PatientAge AS [045Y] | (0010,1020) "
        "PatientSize DS [1.68]"
    ),
    (
        "(0008,0060) Modality CS [CR] | (0018,0015) BodyPartExamined CS [CHEST] | (0018,5101) "
        "ViewPosition CS [PA]"
    ),
    (
        "(0008,1030) StudyDescription LO [CHEST 2 VIEWS] and (0008,103E) SeriesDescription LO "
        "[LAT] are kept after review."
    ),
    (
        "(0018,0060) KVP DS [120] | (0018,1151) XRayTubeCurrent IS [250] | (0018,0050) "
        "SliceThickness DS [1.25]"
    ),
    (
        "(0028,0010) Rows US [2836] | (0028,0011) Columns US [2336] | (0028,0100) BitsAllocated "
        "US [16]"
    ),
    (
        "(0008,0016) SOPClassUID UI [1.2.840.10008.5.1.4.1.1.1.1] is Digital X-Ray Image Storage "
        "- For Presentation."
    ),
    (
        "The UID root 1.2.840.10008 belongs to the DICOM standard itself and is not an identifier "
        "of anyone."
    ),
    (
        "(0012,0062) PatientIdentityRemoved CS [YES] and (0012,0063) DeIdentificationMethod LO "
        "[CTP DicomAnonymizer] are added on export."
    ),
    "(0012,0064) DeIdentificationMethodCodeSequence lists 113100, 113105 and 113107 from CID 7050.",
    (
        "(0028,0301) BurnedInAnnotation CS [NO] is often wrong on portable films, so we never "
        "trust it alone."
    ),
    (
        "(0008,0005) SpecificCharacterSet CS [ISO_IR 192] means UTF-8; ISO 2022 IR 149 is the "
        "Korean escape-sequence set."
    ),
    "(0010,0010) PN [ANONYMOUS^SUBJECT] is the placeholder written by the older KR export script.",
    (
        "PatientName is replaced by the subject pseudonym pattern CXR-<site>-<6 digits>, never by "
        "initials."
    ),
    'The private creator "GEMS_IDEN_01" group (0009,xx10) is removed in full by our lookup table.',
    (
        "Private group (0019,xx) from Siemens holds CSA headers; they contain no names but are "
        "removed anyway."
    ),
    (
        "StudyDate, SeriesDate and AcquisitionDate are shifted by a per-subject offset between "
        "-30 and +30 days."
    ),
    "Time tags (StudyTime 091244) are kept because times without a date do not identify anyone.",
    (
        "(0018,1000) DeviceSerialNumber belongs to the scanner, not the patient, and is hashed "
        "rather than blanked."
    ),
    (
        "(0018,1020) SoftwareVersions LO [VE11C] and (0008,1090) ManufacturerModelName LO "
        "[SOMATOM Force]."
    ),
    (
        "Manufacturer values seen so far: Canon Medical Systems, FUJIFILM, Siemens Healthineers, "
        "GE HealthCare, Philips, Carestream, Samsung."
    ),
    (
        "The Aquilion ONE PRISM and Revolution CT series arrive with dose SC objects that must be "
        "dropped."
    ),
    (
        "(0040,0275) RequestAttributesSequence is emptied; (0040,1001) RequestedProcedureID is "
        "regenerated."
    ),
    (
        "Burned-in annotation on Fujifilm FCR images sits in a band of about 120 pixels at the "
        "bottom edge."
    ),
    "The Table E.1-1 action codes are D, Z, X, K, C and U; we use X for all free-text tags.",
    "A value of 000Y in PatientAge usually means the site never filled the field.",
    "PatientAge 089Y is exported as it stands; anything above that is top-coded.",
    "PatientWeight DS [58] and PatientSize DS [1.55] are kept for the body-habitus analysis.",
    "The DICOM PS3.15 Annex E tables were last synced against the 2023b edition.",
    (
        "Pixel data of Secondary Capture objects (SOP class 1.2.840.10008.5.1.4.1.1.7) is never "
        "exported."
    ),
    (
        "Overlay planes in group 6000 are stripped; curves in group 5000 are retired and should "
        "not appear at all."
    ),
    "IconImageSequence thumbnails can carry burned-in text, so the whole sequence is deleted.",
    (
        "The JPEG 2000 lossless transfer syntax 1.2.840.10008.1.2.4.90 is converted to explicit "
        "VR little endian."
    ),
    "ContentDate is shifted together with StudyDate so the interval between them is preserved.",
    "Series with ImageType DERIVED\\SECONDARY\\SCREEN SAVE are dropped before de-identification.",
    "The lookup table maps site PatientIDs to pseudonyms and is held only by the honest broker.",
    "PatientBirthDate is removed entirely; only the age at study is kept.",
    "(0010,2160) EthnicGroup is removed because several sites used it for free text.",
    "Accession numbers are replaced by a salted hash truncated to 16 hexadecimal characters.",
    (
        "The Korean RRN pattern is six digits, a hyphen and seven digits; the regex runs on every "
        "free-text tag."
    ),
    (
        "The HKID check digit can be 0-9 or A, and it appears in brackets after the letters and "
        "six digits."
    ),
    "A Turkish TC kimlik number has 11 digits and the first digit is never zero.",
    (
        "The Brazilian CPF is written 000.000.000-00 and the CNS has 15 digits in groups of three "
        "and four."
    ),
    (
        "A Mexican CURP has 18 characters; characters 5 to 10 encode the birth date, so it is "
        "always removed."
    ),
    (
        "The Taiwanese national ID is one letter followed by nine digits, the first digit giving "
        "the sex."
    ),
    "The Israeli teudat zehut is nine digits including a check digit.",
]

# --- QA procedure text without PHI ---------------------------------------------------------------

CLEAN_QA = [
    "QA sample size per batch is 5% of studies or 30 studies, whichever is larger.",
    "Two reviewers look at every burned-in text candidate flagged by the OCR pass.",
    (
        "The OCR model was fine-tuned on Japanese, Korean, traditional Chinese, Hebrew and "
        "Turkish glyphs."
    ),
    "Batch TR01-14 passed after the second masking run; no further action.",
    "Leak rate this quarter was 0.4% of objects, down from 1.1% in the previous quarter.",
    "Ages above 89 are top-coded at export, and the age check runs before the pixel check.",
    "Placeholder values such as [NAME], XXXX and ***** in free text count as removed.",
    "The QA dashboard shows leak counts by site, modality and tag, refreshed every hour.",
    "A study fails QA if any tag on the removal list has a non-empty value.",
    "Reviewers mark each finding as header, pixel, filename or sidecar.",
    "QA check 7 compares shifted dates across all objects of one study.",
    "The OCR confidence threshold was lowered from 0.80 to 0.65 for lateral views.",
    "Findings are reported within 24 hours to the site coordinator and the privacy office.",
    (
        "Red rows in the QA sheet mean an identifier reached the research bucket; amber means "
        "caught at the gateway."
    ),
    "No leaks were found in the KR03 August batch after the overlay-plane fix.",
    "The age check flagged 12 studies; all were top-coded and none were dropped.",
    "Sidecar JSON files are scanned with the same rules as DICOM free text.",
    "Filenames are rewritten to the SOP Instance UID before anything leaves the gateway.",
    "The HK01 portable films have a hospital logo at the top right, masked by a fixed rectangle.",
    "QA found dose report screenshots in three sites; the SOP class filter now removes them.",
    "Every quarantine decision needs a second reviewer from a different site.",
    "The QA runbook is version 3.2 and lives on the internal wiki under Data Engineering.",
    "A pixel leak is counted once per series, not once per image.",
    "Ultrasound and endoscopy objects are out of scope and are deleted on arrival.",
    (
        "The Japanese kana and kanji names need the ISO 2022 IR 87 decoder, otherwise they look "
        "like mojibake."
    ),
    "Reviewers work in pairs on Tuesdays and Thursdays from 14:00 to 16:00 UTC.",
    "The false-positive rate of the OCR masking is about 8%, mostly lead markers and rulers.",
    'Lead markers such as "L", "R", "AP" and "SUPINE" are not PHI and are not masked.',
    "A QA exception can only be granted by the privacy lead and lasts 30 days.",
    "Recurring leaks from one site trigger a pause of uploads from that site.",
    "The CT localiser often shows the table position and kV, which are harmless.",
    "Burned-in dates on films are masked even when they match the shifted header date.",
    "Clock drift of up to 90 seconds between site gateways is tolerated in the logs.",
    "A QA ticket is closed only when the re-export has passed two consecutive checks.",
]

# --- labeller and adjudicator comments without PHI -----------------------------------------------

CLEAN_ANNOTATION = [
    "Right lower lobe consolidation with air bronchograms; label pneumonia.",
    (
        "Kerley B lines at both bases and a small right effusion — consistent with interstitial "
        "oedema."
    ),
    "Hampton hump laterally at the right base; suggest CT pulmonary angiography.",
    "Westermark sign is subtle here, I would not label it without the CT.",
    "Deep sulcus sign on this supine film; label pneumothorax.",
    "Silhouette sign of the right heart border points to the middle lobe.",
    "Golden S sign of the right upper lobe collapse, label atelectasis plus mass.",
    (
        "Spinnaker sail sign in this neonate-style image — wait, this is an adult, it is "
        "pneumomediastinum."
    ),
    "Swyer-James appearance on the left: hyperlucent lung with small hilum.",
    "Luftsichel sign present, left upper lobe collapse.",
    "Reverse halo sign on the CT, consider organising pneumonia.",
    "Tree-in-bud nodularity in the right upper lobe, label infection, possibly TB.",
    "Cardiothoracic ratio is about 0.58 on this PA film.",
    "ETT tip 5 cm above the carina; NG tube below the diaphragm.",
    "Right PICC tip at the cavoatrial junction.",
    "Pacemaker with two leads, no pneumothorax.",
    "Sternotomy wires intact; prosthetic aortic valve.",
    "Bilateral apical pleural thickening, probably old.",
    "Calcified granuloma in the left upper zone, not a nodule for this task.",
    "This is a lateral decubitus view, please exclude from the PA task.",
    "Image quality poor: rotated and underpenetrated, label as non-diagnostic.",
    "I labelled it as effusion; the blunted costophrenic angle is obvious.",
    "Two readers agreed on emphysema, the third on normal; adjudication needed.",
    "Lung-RADS 3 in my opinion, the nodule is 7 mm solid.",
    (
        "Fleischner 2017 guidance says no follow-up for a solitary 5 mm solid nodule in a "
        "low-risk patient."
    ),
    "CO-RADS 4 features, but the PCR status is not available to us.",
    "The RSNA severity score would be 3 of 8 here.",
    "The Brixia score is 9 on this film.",
    "Please use the RadLex term RID5350 for pneumonia rather than free text.",
    "The SNOMED CT concept for pleural effusion is 60046008.",
    "Ribs are not in scope; ignore the healed fractures.",
    "Man, 72 years old per header age 072Y — age is fine to show on the platform.",
    "Subject age 84, so no top-coding needed for this one.",
    "The bounding box should cover the whole opacity, not only its densest part.",
    "Please redraw the mask for the left lung; it includes the heart.",
    "The nodule is behind the heart on the PA and only visible on the lateral.",
    "This looks like a nipple shadow; it is symmetric on the other side.",
    "Azygos lobe fissure, a normal variant, not a finding.",
    "Pectus excavatum makes the right heart border look blurred.",
    "Bochdalek hernia on the left, label as other.",
    "Subpleural honeycombing at both bases, UIP pattern probable.",
    "Mosaic attenuation, consider air trapping on expiratory images.",
    "Bronchiectasis with signet-ring sign in the lower lobes.",
    "Case is a duplicate of one I labelled yesterday.",
    "Skipping: the image is a scanned paper film with handwriting all over it.",
    "The DenseNet-121 baseline missed this pneumothorax; good hard negative for the model.",
    "Heatmap from the CheXNet-style model points at the clavicle, not the lesion.",
    "The mask in nnU-Net output leaks into the stomach bubble.",
    "Subject is 58, female, non-smoker per the sidecar; fine to keep.",
    "Overall I would rate this film as adequate inspiration with nine posterior ribs.",
]

# --- engineer and coordinator chat without PHI ---------------------------------------------------

CLEAN_CHAT = [
    "Deploying the new CTP profile to the gateway after 22:00 JST tonight.",
    "The SFTP server will be down for maintenance on Saturday from 02:00 to 04:00 UTC.",
    "Can someone check why the KR02 queue is stuck at 63%?",
    "Uploader restarted; throughput is back to about 40 studies per minute.",
    "We are on pydicom 2.4.4 and dcm4che 5.31 now.",
    "Orthanc 1.12.1 is the version on the staging gateway.",
    "Please don't paste identifiers in Slack, use the subject pseudonym only.",
    "The HK01 batch is waiting for the charset fix, should be done by Friday.",
    "The Korean export script still writes ISO 2022 IR 149; I'll convert to UTF-8 on arrival.",
    "I'm out on Monday, back on Tuesday morning Seoul time.",
    "Standup moved to 08:30 UTC because of the daylight saving change in Brazil and Mexico.",
    "Israel is on Sunday-to-Thursday weeks, so the IL sites won't answer on Friday.",
    "Who owns the age top-coding rule, data engineering or the privacy office?",
    "The lookup table backup runs every six hours to the escrow bucket.",
    "Please rotate your SSH keys every 90 days; the reminder goes out automatically.",
    'Ticket DATA-1602: sidecar schema v3 adds the field "view_position".',
    "DATA-1598 is a duplicate of DATA-1590, closing.",
    "Gateway disk is 81% full, I'll prune the quarantine folder older than 14 days.",
    "The TW02 VPN drops after about 45 minutes idle.",
    "Let's move the MX upload window to the evening in Mexico City, when the PACS is quiet.",
    "The TR sites asked for a Turkish translation of the upload guide.",
    "I merged the branch that handles Latin-5 bytes in PN values.",
    "CI is red because the DICOM test fixtures lack the charset tag.",
    "The Hebrew right-to-left text in StudyDescription breaks the CSV viewer, not the data.",
    "Please use the pseudonym column, not the row number, when you report a problem.",
    "We need the upload client for Windows Server 2016 at two sites.",
    "Can we get the chest CT protocol names in English for the dataset card?",
    "Nightly job finished in 3 h 12 min; no errors.",
    "The annotation platform will be read-only for about an hour during the upgrade.",
    "Reminder: the consortium call is every second Wednesday at 12:00 UTC.",
    "Gateway CPU spikes every hour on the hour, probably the cron for the checksum job.",
    "The JP sites prefer e-mail to Slack; please copy the coordinators.",
    "Anyone know if Kaohsiung and Taichung use the same PACS vendor?",
    "I'll be in Seoul next week for the KR site visit.",
    "The Istanbul and Ankara sites upload mostly at night.",
    "Porto Alegre and São Paulo are on the same time zone, so one call works for both.",
    "Guadalajara and Monterrey send their drives by courier, not by SFTP.",
    "The Haifa site asked whether Arabic text in the headers is handled.",
    "Hong Kong and Taipei are both UTC+8, Tokyo and Seoul UTC+9.",
    "Lunch break in Istanbul is 12:30 to 13:30; don't schedule the call then.",
    "The uploader retries three times with a 30-second back-off.",
    "The de-id job is idempotent, so re-running a batch is safe.",
]

# --- DUA, IRB and legal text without PHI ---------------------------------------------------------

CLEAN_LEGAL = [
    "The Data Use Agreement template is version 4 with Annexes A to D.",
    (
        "Annex B lists the permitted uses: model training, validation and publication of "
        "aggregate results."
    ),
    (
        "Recipients shall not attempt to re-identify any individual or link the data with other "
        "sources."
    ),
    (
        "Japan's Act on the Protection of Personal Information treats anonymously processed "
        "information separately."
    ),
    (
        "Korea's Personal Information Protection Act allows pseudonymised data for scientific "
        "research."
    ),
    "Taiwan's Personal Data Protection Act applies to the TW sites and their contractors.",
    "Hong Kong's Personal Data (Privacy) Ordinance has no specific research exemption for images.",
    "Israel's Privacy Protection Law and the Helsinki committee rules govern the IL sites.",
    "Turkey's KVKK requires explicit consent or an exemption for health data transfers abroad.",
    "Brazil's LGPD classes health data as sensitive personal data under Article 5.",
    "Mexico's federal data protection law requires an aviso de privacidad for each site.",
    "HIPAA Safe Harbor lists 18 identifiers; ages over 89 are one of them.",
    "The Expert Determination method was not used; Safe Harbor-style rules apply throughout.",
    "GDPR Article 89 safeguards are referenced because one analysis partner is in Europe.",
    "The ethics committees in Ankara and Istanbul both require a wet-ink signature.",
    "The IRB approval must be renewed every twelve months at most sites.",
    "A waiver of consent was granted at all sites for retrospective imaging.",
    "Participants may withdraw at any time; withdrawn studies are deleted within 30 days.",
    "Publications must acknowledge the consortium and all member sites.",
    "The DUA is governed by the law of the recipient's country unless stated otherwise.",
    "Data may not be stored outside the approved cloud regions listed in Annex C.",
    "The honest broker is the only party that holds the linkage key.",
    "Any breach must be reported within 72 hours to the privacy office.",
    "Sub-licensing of the data to third parties is prohibited.",
    "Derived models may be shared if they cannot reproduce training images.",
    "The Helsinki committee asked for the retention period to be stated in years.",
    "The retention period is ten years after the last publication.",
    "The CEP and CONEP review took about four months for the Brazilian sites.",
    (
        "The Mexican sites use COFEPRIS registration numbers only for clinical trials, not for "
        "this study."
    ),
    "A Korean IRB may approve pseudonymised research without consent under Article 28-2.",
    (
        "The Japanese opt-out notice must be posted on the hospital website before data leave the "
        "site."
    ),
    "The Turkish ethics decision number is required on the cover page of the submission.",
    "Signatures: PI, head of department and data protection officer.",
    "Annex D is the security questionnaire, based on ISO/IEC 27001:2022 controls.",
    "The SOC 2 Type II report of the cloud provider is attached as evidence.",
    "The consortium agreement was drafted in English; translations are for information only.",
]

# --- upload, network and infrastructure text without PHI -----------------------------------------

CLEAN_UPLOAD = [
    "The gateway listens on port 2222 for SFTP and 11112 for DICOM C-STORE.",
    "The AE title of the gateway is CXR_GW and the calling AE titles follow CXR_<site>.",
    "Uploads are encrypted with AES-256 at rest and TLS 1.3 in transit.",
    "The upload client checks SHA-256 checksums before deleting local copies.",
    "Maximum file size per transfer is 4 GiB; larger archives are split.",
    "Failed transfers resume from the last complete file.",
    "Each site gets its own chroot and cannot see other sites' folders.",
    "The allow-list holds one address range per site, reviewed every quarter.",
    "The staging bucket is emptied after de-identification succeeds.",
    "Logs are kept for 180 days and then deleted.",
    "The nginx logs now mask the query string parameter patient_id.",
    "Throughput from Brazil peaks around 600 Mbit/s at night.",
    "The gateway runs on two VMs with 16 vCPUs and 64 GB RAM each.",
    "The quarantine folder holds studies that failed any QA rule.",
    "The de-id pipeline is CTP with a custom lookup table and a pixel masking stage.",
    "DICOM files are renamed to their SOP Instance UID with the .dcm suffix.",
    "The manifest lists one row per series with the object count and a checksum.",
    "Batches are named by site code, year and week number, for example TR01-W14.",
    "Port 104 is blocked from the internet; only the site VPNs can reach it.",
    "The VPN uses IKEv2 with certificates issued by the consortium CA.",
    "The S3 bucket policy denies any request without server-side encryption.",
    "The upload client logs to a local file and never includes pixel data.",
    "The Kubernetes job runs one pod per batch with a 6-hour timeout.",
    "The OCR stage uses a GPU node; the rest runs on CPU.",
    "The checksum job runs hourly and alerts on any mismatch.",
    "A batch of 2,000 chest CTs takes about 70 minutes to de-identify.",
    "The version of the gateway image is tagged by git commit, not by date.",
    "SFTP logins with passwords are disabled; keys only.",
    "Fail2ban blocks an address after five failed logins for one hour.",
    "Time stamps in the gateway logs are UTC; the site logs use local time.",
]

# --- reader-study and adjudication text without PHI ----------------------------------------------

CLEAN_READER = [
    "Reader study RS-2 has 300 cases, 12 readers and two sessions per reader.",
    "Each session lasts about two hours with a break after 75 cases.",
    "The washout period between the two reads is four weeks.",
    "Readers see the images without and then with the AI overlay, in random order.",
    "Cases are shown in a random order generated per reader.",
    "The reading room monitors are calibrated to DICOM GSDF.",
    "Readers record a confidence from 1 to 5 for each finding.",
    "The primary end-point is the AUC for nodule detection.",
    "Adjudication is by a third reader when the first two disagree.",
    "The adjudicator sees both readings but not the readers' identities.",
    "Disagreements on laterality are counted as major.",
    "The ground truth for nodules is the CT within 30 days of the radiograph.",
    "Readers from Japan, Korea, Taiwan, Hong Kong, Israel, Turkey, Brazil and Mexico take part.",
    "Each reader has at least five years of chest imaging experience.",
    "The calibration session uses 20 cases that are not part of the study set.",
    "Session times are given in each reader's local time in the invitation.",
    "Readers are paid per completed session.",
    "The reading software is a web viewer with window presets for lung and mediastinum.",
    "Lung window is W 1500 L -600; mediastinal window is W 400 L 40.",
    "Readers may not use prior images in this study.",
    "Cases with poor image quality are replaced from the reserve pool.",
    "Adjudication meetings are held on Thursday afternoons, Tel Aviv time.",
    "Kappa between the first two readers was 0.61 for consolidation.",
    "The sensitivity for pneumothorax improved from 0.78 to 0.86 with the overlay.",
    "Reading time per case fell by about 11 seconds with the AI.",
]

# --- report phrases without PHI ------------------------------------------------------------------

CLEAN_REPORTS = [
    "The lungs are clear. No pleural effusion or pneumothorax.",
    "Heart size is within normal limits; mediastinal contours are unremarkable.",
    "Mild cardiomegaly with upper lobe blood diversion.",
    "Bilateral ground-glass opacities, peripheral and basal, typical of viral pneumonia.",
    "No change compared with the previous examination.",
    (
        "Solid nodule 6 mm in the right upper lobe; follow-up CT in 6 to 12 months per Fleischner "
        "2017."
    ),
    "Part-solid nodule with a solid component of 8 mm, Lung-RADS 4A.",
    "Emphysema, centrilobular, upper-zone predominant.",
    "Right-sided aortic arch, an incidental finding.",
    "Healed fractures of the left 5th to 7th ribs.",
    "Dual-chamber pacemaker, leads in the right atrium and right ventricle.",
    "Small left pleural effusion with basal atelectasis.",
    "Tracheostomy tube in place; right IJ line tip in the SVC.",
    "Hyperinflation with flattened hemidiaphragms, consistent with COPD.",
    "The examination was performed on an Aquilion ONE with 0.5 mm collimation.",
    "CT chest without contrast, low-dose protocol, CTDIvol 2.1 mGy.",
    "CTPA with 60 mL iohexol 350; no filling defect in the pulmonary arteries.",
    (
        "Findings suggest usual interstitial pneumonia according to the ATS/ERS/JRS/ALAT 2018 "
        "guideline."
    ),
    "Recommend clinical correlation and comparison with prior imaging if available.",
    "Reported by the duty radiologist; discussed with the referring team.",
    "The patient is 76 years old; no top-coding needed.",
    "A 63-year-old man with cough and fever for five days.",
    "Female, 81, dyspnoea on exertion.",
    "Mass in the left hilum with post-obstructive collapse of the left upper lobe.",
    "Miliary nodules throughout both lungs; tuberculosis should be excluded.",
    "Cavitating lesion in the apical segment of the right upper lobe.",
    "Pneumomediastinum extending into the neck soft tissues.",
    "Pericardial effusion, moderate, without signs of tamponade on CT.",
    "Mediastinal lymph nodes up to 14 mm short axis in station 4R.",
    "Bronchial wall thickening, consistent with small airways disease.",
    "Pleural plaques, calcified, in keeping with prior asbestos exposure.",
    "Nasogastric tube coiled in the oesophagus; suggest repositioning.",
    "Lines and tubes as before; no new consolidation.",
    "The right costophrenic angle is not included on this film.",
    "AP semi-erect portable film taken in the ward at 06:15.",
    "Comparison: the previous film of last week.",
    "Follow-up in three months is recommended.",
    "BI-RADS does not apply; this is a chest study.",
    "Schatzki, Kerley and Fleischner are eponyms, not names of patients.",
    "The Caprini and Wells scores were not provided on the request.",
    "CURB-65 score of 2 noted on the request card.",
    "Tumour board on Wednesday afternoon will discuss the case.",
    "The report was translated from Japanese by the site coordinator for labelling.",
    "Esta radiografía no muestra consolidaciones ni derrame pleural.",
    "Sem alterações significativas em relação ao exame anterior.",
    "Akciğer grafisinde aktif patoloji saptanmadı.",
    "両肺に明らかな異常陰影なし。",
    "양측 폐야에 특이 소견 없음.",
    "兩側肺野未見明顯異常。",
]

# --- JSON and CSV export fragments without PHI ---------------------------------------------------

CLEAN_EXPORTS = [
    (
        '{"modality": "DX", "view_position": "PA", "kvp": 125, "exposure_mas": 2.5, "detector": '
        '"FDR D-EVO II"}'
    ),
    (
        '{"label_schema": "v3", "classes": ["nodule", "mass", "effusion", "pneumothorax", '
        '"consolidation", "no_finding"]}'
    ),
    '{"age_bin": "60-69", "sex": "F", "smoking": "never", "view": "PA"}',
    '{"split": "train", "n_studies": 41220, "n_subjects": 30114, "sites": 16}',
    '{"patient_name": "[REMOVED]", "patient_id": "[REMOVED]", "accession": "[REMOVED]"}',
    '{"patient_age": "072Y", "flag": null, "action": "keep"}',
    (
        '{"reader_role": "adjudicator", "confidence": 4, "finding": "atelectasis", "laterality": '
        '"left"}'
    ),
    '{"scanner": "Revolution Apex", "kernel": "LUNG", "slice_mm": 0.625, "contrast": false}',
    '{"tag": "(0010,0010)", "action": "X", "profile": "basic"}',
    '{"tag": "(0010,1010)", "action": "K", "condition": "age <= 89"}',
    "site_code,country,modality,n_studies — JP03,Japan,CR,4212",
    "site_code,country,modality,n_studies — KR02,Korea,CT,2980",
    "site_code,country,modality,n_studies — BR01,Brazil,DX,1184",
    "label,count,prevalence — pneumothorax,812,0.020",
    "label,count,prevalence — effusion,4413,0.107",
    "age_band,count — 80-89,3120",
    (
        "The CSV uses semicolons as separators for the Brazilian and Mexican exports because of "
        "decimal commas."
    ),
    'The export schema version is 3.1 and adds the field "top_coded" as a boolean.',
    "The JSON sidecars are written in UTF-8 without a byte-order mark.",
    "Subject counts by country are published only when a cell is 11 or more.",
    "The parquet files are partitioned by site code and modality.",
    "The column orig_patient_id exists only in the broker's copy, never in the research copy.",
    (
        "A row with an empty study_date means the shift could not be computed and the study is "
        "quarantined."
    ),
    "The column age_at_study is an integer in years, and 89 is the largest value exported.",
    "Ages are also given in five-year bands, from 18-22 up to 85-89.",
    "The SNOMED CT and RadLex codes are stored side by side in the label table.",
    "The LOINC code 36643-5 stands for a two-view chest X-ray.",
    "Contrast lot numbers such as 4K81203 are not kept in the export.",
    "The dataset card follows the Datasheets for Datasets questions.",
]

HELD_OUT19 = (
    DICOM_DUMPS
    + JSON_CSV
    + QA_LOGS
    + ANNOTATION
    + CHAT
    + DUA_IRB
    + UPLOAD_LOGS
    + READER_STUDY
    + ADJUDICATION
    + REPORTS
    + CONTACTS
    + EMAIL
    + HL7
    + SHIPPING_PORTALS
)
CLEAN_HELDOUT19 = (
    CLEAN_DICOM
    + CLEAN_QA
    + CLEAN_ANNOTATION
    + CLEAN_CHAT
    + CLEAN_LEGAL
    + CLEAN_UPLOAD
    + CLEAN_READER
    + CLEAN_REPORTS
    + CLEAN_EXPORTS
)
