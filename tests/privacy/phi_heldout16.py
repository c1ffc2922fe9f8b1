"""Held-out PHI set 16: an aged-care and geriatric medicine network's chest imaging text.

The text is the chest imaging record of an aged-care and geriatric medicine network in Australia,
New Zealand and Canada: residential aged-care homes, a geriatric hospital, hospices and
palliative care services, a mobile X-ray service that visits care homes, and veterans' affairs
clients. Much of it is written by nurses, care staff and family members as well as radiologists:
mobile X-ray request forms from care homes, portable film reports, falls and aspiration-pneumonia
notes, advance care directives and substitute decision-maker (enduring guardian, power of
attorney, medical treatment decision maker) correspondence, family phone-call logs and messages,
hospice admission notes, centenarian birthday notes in the residents' newsletter, GP and
geriatrician letters, DVA, ACC, provincial and pharmacy claim records, transport bookings, HL7
segments, and PACS, portal and image-sharing access logs. Residents are often very old, so ages
over 89 appear in many forms (in prose, fields, "a 94-year-old", "aged 101", "turns 100 next
week", "ninety-four", "92F") beside ages 89 and under. Names are of residents, their children and
grandchildren, guardians, care staff (first names after a cue), GPs and radiologists, of Maori,
First Nations, Pacific, South Asian, Chinese, Vietnamese, Greek, Italian, Dutch and Anglo origin,
some typed in lower case in family messages. Every person, number, phone, e-mail, street address
and network address is invented; facility names are used only as names.

Conventions (shared with the other hand-written sets):
- ``{{kind:text}}`` marks a gold span; kinds are name, date, id, phone, email, url, ip, address,
  facility, age.
- Titles and honorifics (Dr, Mr, Mrs, Ms, Nurse, RN, EN, AIN, NP, RPN, Rev., A/Prof, Aunty, Nan)
  and post-nominals (FRANZCR, MBBS, MD, FRCPC, JP) stay outside name spans; "Last, First M." and
  HL7 ``LAST^FIRST^M`` are one name span, as are initials with a surname ("D. Nguyen"), a first
  name alone after a cue ("RN Kylie", "daughter Hinemoa"), lower-case names in messages and a
  user name made of a person's name ("j.pereira").
- A date span takes a time or weekday written against it and any form (14/02/1929, 5/11/30,
  22.07.1931, 12 Jun 2024 14:05, Jan 9, 2024, 2024-06-13T10:15:22+10:00, HL7 20240613101500,
  "Sunday 9 June", "14 August"); the word "on" or "DOB" before it stays outside. Times alone,
  weekdays alone, months alone, durations, holidays (Anzac Day, Matariki) and relative phrases
  are not PHI. A bare year of an event in the person's life ("hip fracture in 2018", "came to
  Melbourne in 1951") is a date; a year inside a guideline, act or scale name is not.
- Ages over 89 are PHI (the number or number word only; "y", "years", "-year-old", "F", "yrs"
  stay outside); 89 and under are not.
- Id spans hold the value, not its label: URNs and MRNs, Medicare, NHI, IHI, OHIP, PHN, ULI and
  RAMQ numbers, DVA file numbers, VAC client and health card numbers, ACC claim numbers, treaty
  status numbers, My Aged Care IDs, Centrelink CRNs, accession and order numbers, claim, invoice,
  purchase-order, transport and incident references, guardianship order and advance-directive
  document numbers, prescription and PBS authority numbers, DICOM study UIDs, and provider,
  AHPRA, CPSO and JP registration numbers. Room, bed and wing names, MBS and fee items, ICD-10
  codes, scale scores and lot numbers are not PHI.
- An address runs from the street line (or "Unit", "Apt", "Flat", "Suite", "PO Box", "RD")
  through the postcode and the town on that line ("41 Moggill Road, Indooroopilly QLD 4068",
  "2213 Cadboro Bay Road, Victoria, BC V8R 5H6"); a country after it stays outside, and a
  suburb, city, region or country alone is not PHI.
- A facility span covers the institution's name (hospital, hospice, care home, rest home,
  long-term care home, GP practice, pharmacy, imaging service); wing and ward words (Banksia
  wing, memory support unit, dementia wing), agencies (DVA, ACC, Services Australia) and generic
  "the care home" or "the hospice" are not facilities.
- Clean sentences hold scales and scores (Clinical Frailty Scale, Abbey Pain Scale, PAINAD,
  Waterlow, Braden, FRAT, AN-ACC, interRAI, PCOC), drug and device names, eponyms and radiological
  signs, ward and wing words, ages 89 and under, times and weekdays without a date, place names
  alone, funding schemes and card types, code systems, placeholders and guideline names with
  years.
"""

from __future__ import annotations

# --- Mobile X-ray request forms from residential aged-care homes ----------------------------------

MOBILE_XRAY_REQUESTS = [
    (
        "MOBILE X-RAY REQUEST | Facility: {{facility:Jacaranda Gardens Aged Care}} | Resident: "
        "{{name:PEMBERTON, Dorothy Joan}} | DOB {{date:14/02/1929}} | URN {{id:JG-004417}} | "
        "Room 22, Banksia wing"
    ),
    (
        "Requesting GP: Dr {{name:Anil Raghavan}} (provider no. {{id:2473916K}}) ph {{phone:(07) "
        "3371 8842}} | Exam: CXR portable AP | Clinical: ?aspiration, febrile 38.4, SpO2 89% RA"
    ),
    (
        "Please attend {{address:41 Moggill Road, Indooroopilly QLD 4068}} (rear entrance beside "
        "the laundry, ring the bell for RN {{name:Kylie}})."
    ),
    (
        "Resident is {{age:96}}, bed-bound, hoist transfer only, cannot sit forward for a PA "
        "film, so portable AP sitting up in bed is fine."
    ),
    (
        "Request faxed {{date:03/06/2024 09:14}} by EN {{name:Joseph}}; callback on the nurses' "
        "station mobile {{phone:0438 552 901}}."
    ),
    (
        "Medicare {{id:4127 58392 1}} | DVA Gold Card {{id:QX118342}} | please bill DVA, not the "
        "resident or family"
    ),
    (
        "Mobile X-ray booking: {{facility:Kōwhai Court Lifecare}}, {{address:12 Kowhai Street, "
        "Levin 5510}}, resident {{name:Aroha Ngata}}, NHI {{id:ZKC4820}}, {{age:91}} y, fell "
        "overnight, L hip pain and ?rib fracture."
    ),
    (
        "Ordering clinician: NP {{name:Rangi Whaanga}}, {{facility:Horowhenua Health Centre}}, "
        "{{phone:06 366 0412}}."
    ),
    (
        "Please ring the family before you come, daughter {{name:Hinemoa}} wants to be there: "
        "{{phone:027 418 3306}}."
    ),
    (
        "REQ# {{id:MX240611-0382}} | {{facility:Maplecrest Long-Term Care}} (Oshawa) | "
        "{{name:Tremblay, Jean-Guy R.}} | OHIP {{id:4827-319-562-KT}} | Age {{age:93}} | "
        "Portable CXR, 2 views if able"
    ),
    (
        "Site contact: charge nurse {{name:Olena}} at {{phone:905-555-0173}} ext. 214, or page "
        "the on-call RPN after hours."
    ),
    (
        'Reason for exam (as written by care staff): "Mrs {{name:Rinaldi}} coughing after meals '
        'since {{date:Sunday 9 June}}, chesty, not herself, son {{name:Sal}} very worried."'
    ),
    (
        "Referral from {{facility:St Columba's Home for the Aged}}: Mrs {{name:B. Ashworth}}, "
        "{{age:102}} years, known CCF, more short of breath overnight, bibasal crackles, ? "
        "pulmonary oedema vs LRTI."
    ),
    (
        "Address for attendance: {{address:Unit 3, 8 Kalinda Court, Mount Waverley VIC 3149}}; "
        "this is the independent living unit, NOT the main care home building."
    ),
    (
        "Infection control: resident in isolation (COVID-19 positive RAT {{date:11/06/24}}), "
        "full PPE, bring the lead gown in a clean bag."
    ),
    (
        "Booked by {{name:Harpreet Kaur}} (admin) {{date:12 Jun 2024 14:05}}, confirmation sent "
        "to {{email:clinical.mtwaverley@kalindacare.com.au}}."
    ),
    (
        "Mobile unit 4 | radiographer {{name:D. Nguyen}} | arrived {{date:12/06/2024 16:40}} | "
        "left 17:05 | 2 exposures, 1 repeat for rotation"
    ),
    (
        "Veteran resident {{name:Norman Tulloch}}, DVA file {{id:NX204517}}, {{age:98}}, "
        "ex-RAAF; White Card only, so check eligibility before billing."
    ),
    (
        "X-RAY REQUEST (handwritten, scanned): pt name {{name:GEORGIOU STAVROS}} D.O.B. "
        "{{date:5/11/30}} home {{facility:Arcadia Seniors Living}} dr {{name:Faleolo}} clin: wet "
        "cough 3/7, ?asp"
    ),
    (
        "Care home address on the request is out of date; the resident moved to {{address:17 "
        "Banksia Crescent, Toowong QLD 4066}} (memory support unit) last month."
    ),
    (
        "Form completed by AIN {{name:Manpreet}} on behalf of RN in charge; RN co-sign pending, "
        "ph {{phone:(07) 3870 2291}}."
    ),
    (
        "Request from {{facility:Te Aroha Whānau Care Home}} for {{name:Huia Pōmare}}, NHI "
        "{{id:HPM5521}}, aged {{age:98}}: \"koro says she's been coughing all night, please come "
        'today."'
    ),
    (
        "Referrer email: {{email:rn.station@tearohawhanau.org.nz}}; after 4 pm call {{phone:(06) "
        "868 4410}}."
    ),
    (
        "Urgent portable CXR for {{name:Thérèse Lavoie}}, {{age:94}}, {{facility:Lakeshore "
        "Lodge}}, {{address:2250 Lakeshore Road West, Oakville, ON L6L 1H1}}; ? CHF "
        "exacerbation, on furosemide."
    ),
    (
        "Previous films held at {{facility:Oakville Trafalgar Memorial Hospital}}, last one "
        "{{date:2023-12-02}}; MRN there {{id:OTM-0338127}}."
    ),
    (
        "Request ID {{id:CSR-88104}} cancelled {{date:13/06/2024 11:20}}: resident {{name:Ken "
        "Whitlam}} transferred to ED by ambulance before the van arrived."
    ),
]

# --- Portable and mobile chest film reports -------------------------------------------------------

PORTABLE_REPORTS = [
    (
        "CHEST (PORTABLE AP, SITTING): {{name:PAPADOPOULOS, Konstantina}} | DOB "
        "{{date:22.07.1931}} | Acc {{id:CSM-24-118842}} | Exam {{date:13/06/2024 10:12}}"
    ),
    (
        "History: {{age:92}}F aged-care resident, witnessed aspiration at breakfast, now febrile "
        "and drowsy."
    ),
    (
        "Comparison: portable film from {{facility:Greenslopes Private Hospital}} dated "
        "{{date:04/11/2023}}."
    ),
    (
        "Reported by Dr {{name:Fiona MacAllister}} FRANZCR, {{date:13/06/2024 14:37}}; verified "
        "{{date:13/06/2024 15:02}}."
    ),
    (
        "Result phoned to RN {{name:Thuy}} at the care home on {{phone:(03) 9807 4410}} at "
        "14:45, read-back confirmed."
    ),
    (
        "PORTABLE CXR | {{name:TAUMALOLO Sione}} | NHI {{id:PRT7713}} | {{age:90}}M | "
        "{{facility:Middlemore Hospital}} community outreach | {{date:2024-05-28}}"
    ),
    (
        "IMPRESSION: Left retrocardiac consolidation, likely aspiration, in this "
        "{{age:97}}-year-old with known dysphagia; no effusion; cardiomegaly unchanged since "
        "{{date:March 2022}}."
    ),
    (
        'Dictation: "report for Mr {{name:Willem de Groot}} please, {{name:de Groot}} with a '
        "small d, he's {{age:ninety-four}}, portable film from {{facility:Arcadia Seniors "
        'Living}}, compare with the one from {{date:14 August}}."'
    ),
    (
        'Clinical details: "Nan has been gurgly since Tuesday" per granddaughter {{name:Trish '
        "Holloway}}; resident {{name:Beryl Holloway}}, {{age:95}}."
    ),
    (
        "Addendum {{date:14/06/2024 08:20}}: on review with the prior film from {{facility:The "
        "Prince Charles Hospital}} (URN {{id:7720391}}) the right basal opacity is new."
    ),
    (
        "Radiologist: {{name:Lê Minh Châu}} MBBS FRANZCR | AHPRA {{id:MED0001739254}} | "
        "{{facility:MobiRad Imaging}} reading hub"
    ),
    (
        "Portable chest, pt {{name:Angus MacLeod}}, PHN {{id:9873 412 650}}, {{age:99}} y/o, "
        "{{facility:Cedarwood Manor}} room 3B; compared with {{facility:Royal Jubilee Hospital}} "
        "CT of {{date:Jan 9, 2024}}."
    ),
    (
        "Report cc: Dr {{name:Priya Venkataraman}}, {{facility:Oak Bay Family Practice}}, fax "
        "{{phone:250-555-0138}}."
    ),
    (
        "Exam performed {{date:Thursday 20 June 2024}} by mobile radiographer {{name:Mele "
        "Fifita}}; resident unable to follow breath-hold commands."
    ),
    (
        "CXR PORTABLE: {{name:Nguyễn Thị Hoa}} (registered as {{name:NGUYEN THI HOA}} on "
        "Medicare), {{age:93}}, Vietnamese interpreter by phone, grandson {{name:Kevin Tran}} "
        "present."
    ),
    (
        "Incidental: old healed left rib fractures, likely from the fall on {{date:2 January "
        "2021}} documented at {{facility:Caulfield Hospital}}."
    ),
    (
        "Mr {{name:Gurdev Singh Gill}} ({{age:91}}), {{facility:Harbour Hospice}}: portable film "
        "for comfort-care planning only; large right effusion with mediastinal shift, family "
        "aware."
    ),
    (
        'Accession {{id:A24-6610293}} amended: patient name corrected from "{{name:SMITH, '
        'Dot}}" to "{{name:SMYTHE, Dorothea}}" at the facility\'s request.'
    ),
    (
        "FINAL REPORT {{id:MR-2406-55821}} | {{name:O'Brien, Kathleen Mary}} | {{age:100}} yrs | "
        "{{facility:Calvary Bethlehem}} | Chest supine AP: ET tube absent, NG tip below "
        "diaphragm."
    ),
    (
        "Report for {{name:Tavita Faleolo}}, {{age:88}}, {{facility:Pōhutukawa Rest Home}}: mild "
        "interstitial oedema, small bilateral effusions, compared with {{date:2 May 2024}}."
    ),
    (
        "Technologist note: Mrs {{name:Hollingsworth}} kept her rosary on, artefact over left "
        "apex, see image 2."
    ),
    (
        "Critical result: tension pneumothorax not excluded on the film of {{name:Harold "
        "Fitzgerald}}, {{date:19/06/2024 10:02}}; discussed with Dr {{name:Susan Cho}} at 10:09."
    ),
    (
        "Exam: XR CHEST 1V PORTABLE | Patient {{name:Cardinal, Marie-Ange}} | DOB "
        "{{date:1930-01-07}} | ULI {{id:98213-4470}} | Ordered by Dr. {{name:N. Bhatt}}"
    ),
    (
        "Readings from home workstation: Dr {{name:Aidan Kealey}} reported 14 mobile films on "
        "{{date:Saturday 15 June 2024}}, including {{name:Pham Thi Lan}} and {{name:Olive "
        "Saunderson}}."
    ),
    (
        "Reason: fall from chair, ? rib #. Pt {{age:106}}, frail, CFS 8. Findings: no acute "
        "fracture seen; osteopenia limits assessment."
    ),
    (
        "Previous home address (pre-admission): {{address:6 Hakea Street, Nundah QLD 4012}}; the "
        "house has been sold, mail goes to the EPOA."
    ),
    (
        "Gold Card address still shows {{address:23 Cowper Street, Granville NSW 2142}} for "
        "{{name:Raghunathan Iyer}}; DVA notified of the move."
    ),
]

# --- Falls, aspiration and deterioration notes by nurses and care staff ---------------------------

NURSING_NOTES = [
    (
        "Progress note {{date:09/06/2024 0615}}, RN {{name:Kylie}}: resident {{name:Dorothy}} "
        "found on floor beside bed, unwitnessed fall, c/o L chest wall pain on inspiration."
    ),
    (
        "Dr {{name:Raghavan}} phoned at 0630, mobile X-ray requested for today; obs BP 104/62, "
        "HR 98, RR 24, SpO2 91% RA."
    ),
    (
        "Falls risk reviewed; EPOA {{name:Lorraine Pemberton-Hughes}} (daughter) notified "
        "{{date:09/06 07:10}}, she will visit after work."
    ),
    (
        "Aspiration event: during lunch Mr {{name:Stavros Georgiou}} coughed and went dusky "
        "after a minced and moist meal; suctioned by EN {{name:Priya}}."
    ),
    (
        "Speech pathologist {{name:Jess O'Rourke}} to review Thursday; until then IDDSI level 4 "
        "puree and mildly thick fluids."
    ),
    (
        "Resident states \"I'm {{age:104}}, I'll eat what I like\"; dignity of risk discussed "
        "with her and son {{name:Christos}}."
    ),
    (
        "Falls incident {{id:RIS-2024-0612-07}} lodged in Riskman by {{name:Ana Lutui}} (RN in "
        "charge), witnessed by AIN {{name:Bikram}}."
    ),
    (
        "Night report: Rm 9 Mr {{name:Salvatore Lo Presti}} restless, wet cough, sats 88% on 2 "
        "L; Rm 11 Mrs {{name:Concetta Di Stefano}} settled."
    ),
    (
        "Post-fall huddle {{date:Mon 10/6/24}}: {{name:Harold}} ({{age:90}}) uses a 4WW, bed "
        "lowered, sensor mat on, hip protectors declined."
    ),
    (
        "Hospital transfer avoided per ACD; GP Dr {{name:Teuila Faleolo}} attended "
        "{{date:10/06/2024 11:40}} and started oral antibiotics."
    ),
    (
        "Speech pathology letter for {{name:Eleni Karagiannis}}, DOB {{date:1932-03-17}}, URN "
        "{{id:00982314}}: silent aspiration on thin fluids on VFSS at {{facility:Royal Adelaide "
        "Hospital}} in {{date:2022}}."
    ),
    (
        "Daughter-in-law {{name:Maria Karagiannis}} asked for a copy of the X-ray result by "
        "email: {{email:maria.karag@outlook.com}}."
    ),
    (
        "Evening shift, Nurse {{name:Leilani}}: still febrile; Aunty {{name:Rosalie Kickett}}'s "
        "nephew {{name:Darren}} to visit with the Aboriginal liaison officer tomorrow."
    ),
    (
        "care staff note: mr {{name:lo presti}} didnt want brekky, coughing on his tea again, "
        "told RN {{name:ana}} at 0815"
    ),
    (
        "Deterioration (STOP and WATCH): Mrs {{name:Papadopoulos}} more confused, skin hot; CXR "
        "done {{date:13/06}}, result pending."
    ),
    (
        "Fall no. 4 this year for {{name:Jan Pieterse}} ({{age:90}}); previous hip fracture in "
        "{{date:2018}} at {{facility:Frankston Hospital}}."
    ),
    (
        "Choking episode {{date:Sat 15 June 2024 1750}}: Mr {{name:Iyer}} given back blows by RN "
        "{{name:Sunita}}, cleared, CXR arranged via {{facility:MobiRad Imaging}}."
    ),
    (
        "RN {{name:Matiu Ranginui}} note: {{name:Aroha}} declined the X-ray at first, agreed "
        "after her daughter rang; film done {{date:11/06/2024 1310}}."
    ),
    (
        "Handover: bed 7 {{name:Whitehorse, Joseph}}, {{age:92}}, aspiration pneumonia day 3 on "
        "ceftriaxone, eating better; treaty no. {{id:4580192301}} for NIHB claim."
    ),
    (
        "Wound and skin: sacral stage 2 injury noted after the fall; photos uploaded for "
        "{{name:Geertruida Bakker-Visser}} by EN {{name:Lina}}."
    ),
    (
        'RPN {{name:Désirée}} documented: "Mr {{name:Tremblay}} refused the portable film '
        'twice, says the plate is too cold".'
    ),
    (
        "Falls review meeting, {{facility:Illawarra Gums Lodge}}, {{date:18 June 2024}}: 3 "
        "residents, the oldest {{age:99}}, had fractures this quarter."
    ),
    (
        "Aspiration pneumonia bundle started for {{name:Wong Siu-Lan}} {{date:16/06/2024}}: "
        "upright 45°, oral care 4-hourly, SLP referral to {{name:Grace Lim}}."
    ),
]

# --- Advance care directives and substitute decision-maker correspondence -------------------------

ADVANCE_CARE = [
    (
        "ADVANCE CARE DIRECTIVE | Name: {{name:Hendrika Johanna van der Velde}} | DOB: "
        "{{date:03/08/1928}} | Address: {{address:27 Wattle Avenue, Glenelg SA 5045}} "
        "({{facility:Banksia Grove Residential Care}}, room 4)"
    ),
    (
        "Substitute decision-maker: {{name:Pieter van der Velde}} (son), {{address:9/112 Anzac "
        "Highway, Ashford SA 5035}}, mob {{phone:0421 777 315}}."
    ),
    (
        "Witnessed by {{name:Margaret O'Sullivan}}, Justice of the Peace no. {{id:84211}}, on "
        "{{date:17 May 2019}}."
    ),
    (
        '"I, {{name:Geertruida Bakker-Visser}}, do not want to be sent to hospital for a chest '
        'infection; keep me comfortable at {{facility:Illawarra Gums Lodge}}."'
    ),
    (
        "Enduring Guardian appointment (NSW): appointor {{name:Harold Fitzgerald}}, guardians "
        "{{name:Susan Fitzgerald}} and {{name:Michael Fitzgerald}} acting jointly, signed "
        "{{date:2 March 2016}}."
    ),
    (
        "Dear Ms {{name:Pemberton-Hughes}}, further to our call on {{date:Tuesday 11 June}} "
        "about your mother's chest X-ray, I enclose the treatment options we discussed."
    ),
    (
        "Goals of care form (Québec): substitute {{name:Thérèse Gagnon}} (daughter) confirms "
        "level of care C for her father {{name:Lucien Gagnon}}, {{age:96}}; signed at "
        "{{facility:Ste. Anne's Hospital}}."
    ),
    (
        "Enduring power of attorney (personal care and welfare): attorney {{name:Rawiri "
        "Parata}}, {{address:58 Tui Street, Ōtaki 5512}}, ph {{phone:06 364 8271}}; activated by "
        "Dr {{name:Sarah Whitcombe}} on {{date:20/09/2023}}."
    ),
    (
        'Statement of Choices for {{name:Beryl Ashworth}}: "I have had {{age:102}} good years; '
        'no drips, no tubes, no ambulance."'
    ),
    (
        "Advance directive scanned to the ACP register {{date:2024-06-03}} by {{name:R. "
        "Whaanga}}; document ID {{id:ACP-7739104}}."
    ),
    (
        "Public Guardian reference {{id:OPG-2021-44817}}: the Public Guardian is decision-maker "
        "for Mr {{name:Tulloch}}, no family contactable."
    ),
    (
        "Personal directive (Alberta): agent {{name:Marie Cardinal}} for her uncle {{name:Joseph "
        "Whitehorse}}, {{age:92}}; contact {{phone:780-555-0119}}."
    ),
    (
        "Medical treatment decision maker: {{name:Luca Rinaldi}} (grandson), mob {{phone:0402 "
        "118 640}}, {{email:luca.rinaldi.93@gmail.com}}."
    ),
    (
        "Copy of the EPA certificate received from solicitor {{name:Bryce Holloway}}, "
        "{{address:Level 2, 15 Grenfell Street, Adelaide SA 5000}}."
    ),
    (
        "POA (personal care) {{name:Olena Kowalchuk}} for her husband {{name:Mykola Kowalchuk}}, "
        "{{age:91}}, at {{address:Apt 1204, 55 Elm Drive West, Mississauga, ON L5B 3Z3}}."
    ),
    (
        "Health care directive (Manitoba) on file at {{facility:Deer Lodge Centre}}: "
        "{{name:Edwin Sigurdson}}, {{age:97}}, wants no intubation, antibiotics by mouth only."
    ),
    (
        "Letter to enduring guardian {{name:Susan Fitzgerald}}, {{address:PO Box 312, Figtree "
        "NSW 2525}}: your father's X-ray on {{date:19 June 2024}} showed a collapsed lung."
    ),
    (
        "Advance care plan conversation {{date:4/4/2024}}: {{name:Stavros}} wants to be buried "
        "in Kalymnos; son {{name:Nikos Georgiou}} ({{phone:0413 990 257}}) holds EPOA."
    ),
    (
        "ACD review note: Mrs {{name:Ashworth}} reaffirmed her wishes, witnessed by RN "
        "{{name:Catriona}} and her nephew {{name:Geoffrey Ashworth}}."
    ),
    (
        "NCAT guardianship order {{id:2022/00418831}} names {{name:Dimitra Papadopoulos}} as "
        "guardian for health care decisions for {{name:Konstantina Papadopoulos}}."
    ),
]

# --- Family phone-call logs, messages and meetings ------------------------------------------------

FAMILY_CALLS = [
    (
        "Phone log {{date:11/06/2024 1520}}: rang {{name:Lorraine}} (daughter/EPOA) on "
        "{{phone:0417 224 086}} re CXR result, R lower lobe pneumonia; agreed oral antibiotics, "
        "no transfer."
    ),
    (
        "Call from {{name:Jenny}} (granddaughter, Perth) {{date:12/6 2130}} asking if Nana's "
        "X-ray showed fluid; advised we can only discuss with the EPOA."
    ),
    (
        "Voicemail left for son {{name:Wei Chen}} at {{phone:+61 2 9746 3318}}, no answer twice; "
        "will retry after 1700."
    ),
    (
        'SMS from family: "hi its {{name:tavita}}, mums {{age:95}} not 59, can u fix the form '
        'pls, the xray place had her wrong"'
    ),
    (
        "text from daughter {{name:seini}}: can the xray guy come sat morning? dad "
        "{{name:siosaia}} gets upset with strangers in the arvo"
    ),
    (
        "Family meeting {{date:14 June 2024}}: present {{name:Eleni Karagiannis}} (resident, "
        "{{age:92}}), sons {{name:Christos}} and {{name:Nikos}}, RN {{name:Ana}}, Dr "
        "{{name:Faleolo}}."
    ),
    (
        "Call with Mrs {{name:Wong}}, daughter-in-law of {{name:WONG Siu-Lan}}, through a "
        "Cantonese interpreter (TIS job {{id:3309-4471}})."
    ),
    (
        "Grandson {{name:Rahul}} rang from Vancouver ({{phone:+1 604 555 0164}}): Nani is "
        "{{age:99}} and he wants to fly over if things are going downhill."
    ),
    (
        'Family portal message: "Dear staff, Mum ({{name:Giuseppina Rinaldi}}) turns '
        "{{age:100}} next week, please can the X-ray wait until after the party? "
        '{{name:Concetta}}"'
    ),
    (
        "Family call log | {{date:2024-06-15 10:02}} | caller {{name:Kevin Tran}} (grandson) | "
        "{{phone:0433 601 227}} | re grandmother's chest film | action: RN to call back"
    ),
    (
        "Daughter {{name:Anne-Marie Tremblay}} called from Montréal ({{phone:514-555-0107}}); "
        "her father is {{age:93}} and has had pneumonia four times this winter."
    ),
    (
        "spoke w/ whānau: {{name:Hine Te Rangi}} (mokopuna) and {{name:Matiu}} want karakia "
        "before any transfer to {{facility:Wellington Regional Hospital}}."
    ),
    (
        "Son-in-law {{name:Bruce}} phoned, upset nobody told him about the fall; he is not the "
        "EPOA; referred him to {{name:Susan}} on {{phone:0409 651 772}}."
    ),
    (
        "WhatsApp relayed by RN: \"Ba ({{name:Trần Văn Minh}}) is {{age:97}}, please don't give "
        'him the thick drinks, he hates them" from daughter {{name:Linh}}.'
    ),
    (
        "Phone call {{date:Wed 12/06/2024 4:15 pm}}: Mrs {{name:Gill}} (wife) asked whether the "
        "hospice chaplain can come; Sikh granthi {{name:Baldev Singh}} will visit."
    ),
    (
        "message from {{name:rosie}} (niece): aunty {{name:dulcie}} is {{age:93}} now and the "
        "mob want to be with her, can 6 of us come in tonight?"
    ),
    (
        "Tried {{name:Pieter}} on his landline {{phone:(08) 8297 1130}} and mobile, left message "
        "re mum's X-ray and the new oxygen order."
    ),
    (
        'Email from {{name:Graham Saunderson}} <{{email:gsaunderson@shaw.ca}}>: "Mom is '
        '{{age:104}} and sharp as a tack, please speak to her directly, not just to me."'
    ),
    (
        "Telephone consent for portable CXR obtained from {{name:Dimitra Papadopoulos}} "
        "(guardian) at {{date:13/06/2024 08:55}}, witnessed by EN {{name:Sophie}}."
    ),
    (
        "Family liaison log: Ms {{name:Hinemoa Ngata}} informed of rib fractures {{date:11 June "
        "2024}}; ACC claim explained."
    ),
    (
        "Return the original ACD to {{name:Sal Lo Presti}}, {{address:31 Rosa Street, Oakleigh "
        "VIC 3166}}, once it has been scanned."
    ),
]

# --- Hospice and palliative care admission notes --------------------------------------------------

HOSPICE = [
    (
        "HOSPICE ADMISSION | {{facility:Mary Potter Hospice}} | {{name:Wiremu Tāwhiri}} | NHI "
        "{{id:QWR83TV}} | {{age:91}} | admitted {{date:Fri 7 June 2024 15:30}} from "
        "{{facility:Pōhutukawa Rest Home}}"
    ),
    (
        "Referred by Dr {{name:Sarah Whitcombe}}, {{facility:Karori Medical Centre}}, {{phone:04 "
        "476 5320}}; metastatic NSCLC, CXR {{date:02/06/2024}} large left effusion."
    ),
    (
        "Next of kin: {{name:Aroha Tāwhiri}} (wife, {{age:90}}) and daughter {{name:Kiri "
        "Tāwhiri-Brown}}, {{address:14 Raroa Road, Kelburn, Wellington 6012}}."
    ),
    (
        "Palliative care admission, {{facility:Victoria Hospice}}: {{name:Margaret Elsie "
        "Hollingsworth}}, PHN {{id:9121 884 503}}, born {{date:April 3, 1927}}, {{age:97}} years "
        "old, end-stage COPD."
    ),
    (
        "Hospice nurse {{name:Bridget}} visited at home, {{address:2213 Cadboro Bay Road, "
        "Victoria, BC V8R 5H6}}, before transfer; wheezy, on home oxygen concentrator."
    ),
    (
        "Admission note, {{facility:Sacred Heart Hospice}}: Mr {{name:Raghunathan Iyer}} "
        "({{age:94}}), Gold Card {{id:NX331872}}, transferred from {{facility:Concord "
        "Repatriation General Hospital}} ward 7B."
    ),
    (
        "Last CXR {{date:05/06/2024}}: bilateral effusions, R>L; no further imaging planned per "
        "Dr {{name:Elizabeth Nakamura}}."
    ),
    (
        "Rev. {{name:Tevita Fonua}} from the Tongan parish to visit {{date:Sunday 16 June}}; "
        "family request a room big enough for hymns."
    ),
    (
        "HOSPICE ADMIT ({{facility:Braeside Hospital}}) | {{name:Pham Thi Lan}} | {{age:96}} | "
        "MRN {{id:BH0448193}} | referrer Dr {{name:Q. Tran}} | Medicare {{id:5284 61937 2}}"
    ),
    (
        "Terminal phase care plan for {{name:Edwin Sigurdson}} started {{date:June 17, 2024}}; "
        "son {{name:Bjorn}} staying overnight in the family room."
    ),
    (
        "Died peacefully {{date:18/06/2024 03:40}}; verification of death by RN {{name:Amelia "
        "Khoo}}; daughter {{name:Kiri}} present."
    ),
    (
        "Palliative medicine consult ({{facility:Royal Melbourne Hospital}} outreach): Dr "
        "{{name:Yusuf Demir}}, re {{name:Concetta Di Stefano}}, {{age:99}}, recurrent effusion, "
        "no more taps."
    ),
    (
        "Bereavement contact: {{name:Aroha Tāwhiri}}, {{address:RD 2, 318 Rahui Road, Ōtaki "
        "5582}}, prefers phone {{phone:06 364 7052}}, not letters."
    ),
    (
        "Subcutaneous syringe driver started for {{name:Gurdev Singh Gill}}; son {{name:Harjit}} "
        "reads from the Gurbani each evening."
    ),
    (
        "Palliative Care Outcomes (PCOC) phase 3 recorded {{date:20 Jun 2024}} for {{name:Lucien "
        "Gagnon}} at {{facility:Ste. Anne's Hospital}}, VAC client no. {{id:551 207 913}}."
    ),
    (
        "Hospice in-reach referral {{id:HIR-0072311}} for {{name:Mykola Kowalchuk}} to "
        "{{facility:Trillium Health Partners}} palliative team."
    ),
    (
        "Next of kin address for the death certificate: {{name:Bjorn Sigurdson}}, {{address:418 "
        "Lindsay Street, Winnipeg, MB R3N 1H6}}."
    ),
]

# --- Residents' newsletter and centenarian birthday notes -----------------------------------------

NEWSLETTER = [
    (
        "Happy birthday to {{name:Pina Rinaldi}}! Our Wattle wing resident turns {{age:100}} on "
        "{{date:Saturday 22 June}}, and a message from the King is on its way."
    ),
    (
        "Born on the island of Lipari in {{date:1924}}, {{name:Pina}} came to Melbourne in "
        "{{date:1951}} and ran a fruit shop in Carlton for forty years."
    ),
    (
        "RESIDENTS' NEWS, June: {{name:Harold Fitzgerald}}, who is now {{age:101}}, was guest of "
        "honour at the Anzac Day morning tea."
    ),
    (
        "Our nonagenarian choir: {{name:Beryl}} ({{age:95}}), {{name:Stavros}} ({{age:91}}), "
        "{{name:Dulcie}} ({{age:93}}) and the baby of the group, {{name:Ken}}, at 86."
    ),
    (
        "Aunty {{name:Dulcie Wandin}}, {{age:93}}, Wurundjeri Elder, shared stories of growing "
        "up near Healesville with our Year 5 visitors."
    ),
    (
        "A card from the Governor-General for {{name:Norman Tulloch}}, {{age:100}} today "
        "({{date:18 June 2024}}), who flew Catalinas in the war."
    ),
    (
        "Nan {{name:Huia Pōmare}} turned {{age:ninety-eight}} on {{date:Tuesday 4 June}} and "
        "asked for a hāngī, not a cake."
    ),
    (
        "Congratulations to Mrs {{name:Wong Siu-Lan}} ({{name:黄小蘭}}), {{age:103}} years young, "
        "who still does tai chi every morning."
    ),
    (
        "{{facility:Maplecrest Long-Term Care}} newsletter, Centenarian corner: {{name:Olive "
        "Saunderson}}, {{age:104}}, still beats everyone at euchre."
    ),
    (
        "Photo caption: Mr {{name:Jan Pieterse}} ({{age:90}}) with great-grandson {{name:Daan}} "
        "at the Dutch morning tea."
    ),
    (
        "We farewelled {{name:Wiremu Tāwhiri}}, {{age:91}}, a much-loved koro who taught half "
        "the staff to play the ukulele."
    ),
    (
        "Welcome to our newest residents: Mr and Mrs {{name:Kowalchuk}}, married 68 years, and "
        '{{name:Edith "Edie" Marsh}}, {{age:99}}.'
    ),
    (
        "Birthday list for July: {{name:Thérèse Lavoie}} {{age:95}} ({{date:3 July}}), "
        "{{name:Joseph Whitehorse}} {{age:93}} ({{date:July 19}}), {{name:Ken Whitlam}} 87."
    ),
    (
        "From the lifestyle team: {{name:Shirley}} and {{name:Mavis}} (both {{age:96}}!) won the "
        "trivia trophy again."
    ),
    (
        "Veterans' corner: {{name:Raghunathan Iyer}} served with the Indian Army in Burma and is "
        "{{age:94}} this month; he came to Sydney in {{date:1974}}."
    ),
]

# --- Letters between GPs, geriatricians and radiologists ------------------------------------------

GP_LETTERS = [
    (
        "Dear Dr {{name:Raghavan}}, Re: Mrs {{name:Dorothy Pemberton}}, DOB {{date:14/02/1929}}, "
        "of {{facility:Jacaranda Gardens Aged Care}}, {{address:41 Moggill Road, Indooroopilly "
        "QLD 4068}}."
    ),
    (
        "Thank you for referring this {{age:95}}-year-old resident for a mobile chest X-ray on "
        "{{date:13 June 2024}}, which showed right lower lobe pneumonia."
    ),
    (
        "Yours sincerely, Dr {{name:Fiona MacAllister}}, Consultant Radiologist, "
        "{{facility:MobiRad Imaging}}, {{email:f.macallister@mobirad.com.au}}"
    ),
    (
        "cc: {{facility:Jacaranda Gardens Aged Care}} (fax {{phone:07 3371 8850}}); "
        "{{name:Lorraine Pemberton-Hughes}} (EPOA, by consent)"
    ),
    (
        "Kia ora Dr {{name:Whitcombe}}, {{name:Aroha Ngata}} ({{age:91}}, NHI {{id:ZKC4820}}) "
        "had a mobile chest film at the rest home on {{date:11/06/2024}}."
    ),
    (
        "Letter from Dr {{name:Mohammed Al-Khatib}}, Geriatrician, {{facility:Burwood "
        "Hospital}}, to Dr {{name:Pania Rāwiri}}, {{facility:Papanui Medical Centre}}, re "
        "{{name:Eileen Mary Dunstan}}, {{age:97}}."
    ),
    (
        "Re: {{name:Stavros GEORGIOU}}, born {{date:05-11-1930}}, Medicare {{id:2951 73614 1}}: "
        "recurrent aspiration pneumonia, third episode this year."
    ),
    (
        "Geriatric medicine clinic letter, {{facility:Glenrose Rehabilitation Hospital}}: Ms "
        "{{name:Olena Kowalchuk}}, ULI {{id:10472-8853}}, aged 89, seen {{date:June 4, 2024}} "
        "after a fall with rib fractures."
    ),
    (
        "Electronically signed: Dr. {{name:K. Osei-Bonsu}}, MD FRCPC, CPSO #{{id:84213}}, "
        "{{facility:Baycrest Health Sciences}}, {{phone:416-555-0122}}"
    ),
    (
        "P.S. Her son {{name:Jeremy}} asked that copies go to {{address:88 Glenview Terrace, "
        "Mosman NSW 2088}} rather than the care home."
    ),
    (
        "Dear {{name:Susan}}, I reviewed your father's X-ray this morning; at {{age:101}} an "
        "operation is not something I would recommend."
    ),
    (
        "GP summary: {{name:Eileen Dunstan}}, {{address:Flat 2, 44 Innes Road, St Albans, "
        "Christchurch 8014}}, ph {{phone:03 355 8127}}, NHI {{id:EDN6694}}, lives alone, "
        "fiercely independent."
    ),
    (
        "Discharge summary to {{facility:Papanui Medical Centre}}: Mrs {{name:Dunstan}} "
        "discharged {{date:21.06.2024}} to {{facility:Nurse Maude}} community nursing."
    ),
    (
        "To whom it may concern: {{name:Joseph Whitehorse}} (born {{date:1931-09-12}}) lives at "
        "{{facility:Edmonton General Continuing Care Centre}} and needs an escort to imaging."
    ),
    (
        "Referral letter, Dr {{name:Nomvula Dlamini}}, {{facility:Bayside Medical Group}}, "
        "{{address:Suite 4, 190 Bay Street, Brighton VIC 3186}}, ph {{phone:(03) 9592 6640}}."
    ),
    (
        "Dear Colleague, Mr {{name:Salvatore Lo Presti}} (DOB {{date:11/11/1933}}, URN "
        "{{id:4418820}}) is a {{age:90}}-year-old man with Parkinson's disease and recurrent "
        "aspiration."
    ),
    (
        "Consultant geriatrician: A/Prof {{name:Siobhan Keane}}, {{facility:Caulfield "
        "Hospital}}, {{email:s.keane@alfred.org.au}}, pager 4417."
    ),
    (
        "I saw Mr {{name:Tulloch}} on {{date:20/06/2024}} at {{facility:Jacaranda Gardens Aged "
        "Care}}; he remains comfortable on 2 L oxygen."
    ),
    (
        "Clinic letter dictated {{date:17.06.24}}, typed {{date:19.06.24}} by {{name:KT}}; Dr "
        "{{name:Hamish Baird}}, {{facility:Toowong Family Practice}}."
    ),
    (
        "Please address replies to {{facility:Toowong Family Practice}}, {{address:PO Box 1142, "
        "Toowong QLD 4066}}, or {{email:reception@toowongfp.com.au}}."
    ),
    (
        "Letter to Dr {{name:Nguyen Van Phuc}}, {{facility:Cabramatta Family Doctors}}: your "
        "patient {{name:Tran Van Minh}}, {{age:97}}, had a mobile CXR on {{date:22/6/24}}."
    ),
]

# --- DVA, ACC, provincial, pharmacy and aged-care funding claim records ---------------------------

CLAIMS = [
    (
        "DVA CLAIM | Veteran: {{name:TULLOCH Norman Keith}} | File No {{id:NX204517}} | Card: "
        "Gold | Service: portable CXR, MBS item 58503 | DOS {{date:12/06/2024}} | Provider "
        "{{id:2473916K}}"
    ),
    (
        "Claim {{id:DVA-MX-0092817}} rejected: the White Card does not cover this condition; "
        "resubmit under the facility account."
    ),
    (
        "ACC CLAIM | {{name:Aroha Ngata}} | claim no. {{id:10048237561}} | injury date "
        "{{date:10/06/2024}} | fall at rest home, rib fractures L7-9 | ACC45 lodged by NP "
        "{{name:Whaanga}}"
    ),
    (
        "ACC purchase order {{id:PO-88217-HR}} for mobile X-ray attendance approved {{date:12 "
        "June 2024}}."
    ),
    (
        "MSP billing | PHN {{id:9873 412 650}} | practitioner no. {{id:P2817}} | DOS "
        "{{date:2024-06-20}} | {{name:MacLeod, Angus}} | LTC facility premium"
    ),
    (
        "OHIP claim batch {{id:HC-240612-004}}: {{name:Jean-Guy Tremblay}}, version code KT, "
        "portable chest X-ray with LTC home visit premium."
    ),
    (
        "Pharmacy: {{facility:Marsden Street Pharmacy}}, Rx {{id:3318842}} "
        "amoxicillin/clavulanate 875/125 for {{name:Pemberton D}}, prescriber Dr {{name:A. "
        "Raghavan}}, PBS authority {{id:R62291}}."
    ),
    (
        "AN-ACC reassessment requested for {{name:Hendrika van der Velde}}, My Aged Care ID "
        "{{id:AC48291637}}, assessor {{name:Sunita Rao}}."
    ),
    (
        "Invoice {{id:INV-20931}} to {{facility:Kalinda Court Care Community}}, {{address:8 "
        "Kalinda Court, Mount Waverley VIC 3149}}: 3 portable exams in {{date:June 2024}}."
    ),
    (
        "Veterans Affairs Canada: client {{name:Joseph Whitehorse}}, VAC file {{id:K-1048823}}, "
        "Health Identification Card {{id:104 882 317}}; portable CXR covered."
    ),
    (
        "RAMQ: {{name:Lucien Gagnon}}, health insurance number {{id:GAGL 2808 1534}}, "
        "radiography billed by {{facility:Clinique Radiologique Pointe-Claire}}."
    ),
    (
        "IHI {{id:8003 6081 2345 6789}} matched to resident {{name:Nguyen Thi Hoa}} in My Health "
        "Record; CXR report uploaded {{date:21/06/2024}}."
    ),
    (
        "Private health: {{name:R. Iyer}}, Bupa membership {{id:71-0048821}}, hospital cover "
        "only, no extras for ambulance."
    ),
    (
        "DVA D904 transport claim {{id:D904-7712093}} for {{name:Raghunathan Iyer}} and carer, "
        "trip {{date:24/06/2024}}."
    ),
    (
        "Alberta Health billing: ULI {{id:98213-4470}}, {{name:Cardinal, Marie-Ange}}, service "
        "date {{date:2024-06-19}}, referring practitioner {{id:PR018823}}."
    ),
    (
        "Pharmacy dispensing record: {{name:GEORGIOU, Stavros}} | Webster pack week "
        "{{date:17/06/2024}} | pharmacist {{name:Eleni Makris}} | script no. {{id:8821-0047}}"
    ),
    (
        "Funding query from {{facility:Banksia Grove Residential Care}}: resident {{name:H. van "
        "der Velde}}, Services Australia CRN {{id:204 117 839X}}, means test pending."
    ),
    (
        "ACC treatment provider {{id:G17882}} ({{facility:Horowhenua Health Centre}}) invoice "
        "{{id:HHC-2024-0611}} for {{name:Aroha Ngata}}."
    ),
    (
        "NIHB claim for {{name:Joseph Whitehorse}}, status no. {{id:4580192301}}, medical "
        "transportation to {{facility:Royal Alexandra Hospital}}, Edmonton."
    ),
    (
        "Claim reference {{id:DVA/REH/2024/118734}}: hospital in the home for Mr {{name:Iyer}}, "
        "approved {{date:25.06.2024}}."
    ),
]

# --- Transport bookings for imaging ---------------------------------------------------------------

TRANSPORT = [
    (
        "TRANSPORT BOOKING | Patient: {{name:FITZGERALD Harold}} | From: {{facility:Illawarra "
        "Gums Lodge}}, {{address:5 Gum Tree Lane, Figtree NSW 2525}} | To: {{facility:Wollongong "
        "Hospital}} Medical Imaging | {{date:Wed 19/06/2024 0930}}"
    ),
    (
        "Non-emergency patient transport ref {{id:NEPT-552190}}: stretcher, 1 escort (son "
        "{{name:Michael}}), O2 2 L, return same day."
    ),
    (
        "St John booking {{id:STJ-7719284}} for {{name:Huia Pōmare}} to {{facility:Hutt "
        "Hospital}} for CT chest {{date:25 June 2024 1100}}."
    ),
    (
        "HandyDART pickup at {{address:3421 Shelbourne Street, Victoria, BC V8P 4G6}} "
        "{{date:June 21, 2024 08:15}}, wheelchair, client {{name:Margaret Hollingsworth}}."
    ),
    (
        "Driver note: ring {{phone:0491 570 110}} on arrival, the resident's wife {{name:Joan}} "
        "will come down with him."
    ),
    (
        "Patient transport confirmation sent to {{email:bookings@ptsqld.com.au}} for "
        "{{name:Beryl Holloway}}, pickup {{date:Tue 25/06 0800}}."
    ),
    (
        "Wheelchair taxi, Mrs {{name:Papadopoulos}}: collect from {{facility:Arcadia Seniors "
        "Living}}, {{address:220 Sandgate Road, Albion QLD 4010}}, to {{facility:Royal Brisbane "
        "and Women's Hospital}}."
    ),
    (
        "Transport cancelled {{date:26 Jun 2024}}: Mr {{name:Lo Presti}} too unwell to travel; "
        "mobile X-ray to attend instead (job {{id:MX-26061-09}})."
    ),
    (
        "Escort required: enduring guardian {{name:Dimitra Papadopoulos}} to travel, mobile "
        "{{phone:0422 318 004}}."
    ),
    (
        "Wheelchair van booking for {{name:Edwin Sigurdson}} from {{facility:Deer Lodge "
        "Centre}}, {{address:2109 Portage Avenue, Winnipeg, MB R3J 0L3}}, to {{facility:Health "
        "Sciences Centre}} for CT."
    ),
    (
        "Ambulance request ({{facility:Pōhutukawa Rest Home}}): {{name:Tavita Faleolo}}, resp "
        "distress, ETA 20 min, incident no. {{id:HNZ-24-0918827}}."
    ),
]

# --- HL7 v2 segments from the mobile imaging service ----------------------------------------------

HL7 = [
    (
        "PID|1||{{id:JG-004417}}^^^JGAC^MR~{{id:4127583921}}^^^AUSHIC^MC||"
        "{{name:PEMBERTON^DOROTHY^JOAN}}^^MRS||{{date:19290214}}|F|||{{address:41 Moggill "
        "Rd^^Indooroopilly^QLD^4068}}^AUS||{{phone:(07)33718842}}"
    ),
    (
        "PV1|1|O|BANKSIA^22^A^{{facility:JACARANDA "
        "GARDENS}}||||{{id:2473916K}}^{{name:RAGHAVAN^ANIL}}^^^DR"
    ),
    (
        "OBR|1|{{id:ORD88213}}|{{id:CSM-24-118842}}|CXR^Chest portable "
        "AP^L|||{{date:202406131012}}||||||||{{id:2473916K}}^{{name:RAGHAVAN^ANIL}}"
    ),
    (
        "OBX|1|TX|IMPRESSION||RLL consolidation, likely aspiration. Patient age {{age:95}}. "
        "Compared {{date:20231104}}.||||||F"
    ),
    (
        "PID|1||{{id:ZKC4820}}^^^NHI^NI||{{name:NGATA^AROHA}}^^^MS||{{date:19321109}}|F|||"
        "{{address:12 Kowhai St^^Levin^^5510}}^NZL"
    ),
    "NK1|1|{{name:NGATA^HINEMOA}}|DAU^Daughter|||{{phone:0274183306}}",
    (
        "PID|1||{{id:4827319562}}^^^ON^JHN||{{name:TREMBLAY^JEAN-GUY^R}}||{{date:19301022}}|M|||"
        "{{address:2250 Lakeshore Rd W^^Oakville^ON^L6L 1H1}}^CAN"
    ),
    "ZDV|1|{{id:QX118342}}|GOLD|{{name:TULLOCH^NORMAN^K}}|RAAF",
    (
        "OBR|1||{{id:A24-6610293}}|71045^XR CHEST "
        "1V|||{{date:20240619100200}}|||||||||{{name:CHO^SUSAN}}^^^DR|||||||||F"
    ),
    (
        "NTE|1||Result called to {{name:CHO^SUSAN}} at {{date:20240619100900}} by "
        "{{name:KEALEY^AIDAN}}"
    ),
    (
        "PID|1||{{id:BH0448193}}^^^BH^MR||{{name:PHAM^THI^LAN}}||{{date:19280304}}|"
        "F||||||||||||||||||||{{date:20240618}}"
    ),
    (
        "ORC|NW|{{id:MX240611-0382}}|||||||{{date:20240611083000}}|||"
        "{{id:P2817}}^{{name:VENKATARAMAN^PRIYA}}"
    ),
]

# --- PACS, portal and image-sharing access logs ---------------------------------------------------

ACCESS_LOGS = [
    (
        "{{date:2024-06-13T10:15:22+10:00}} PACS VIEW "
        'study={{id:1.2.36.1.2001.1005.11.4.883421}} user="{{name:MacAllister F}}" '
        "ws={{ip:10.42.7.118}}"
    ),
    (
        "[{{date:14/06/2024 21:47:03}}] family portal login OK: "
        "{{email:lorraine.ph@bigpond.com}} from {{ip:121.45.198.23}}, viewed CXR report for "
        "resident {{id:JG-004417}}"
    ),
    (
        "Access denied {{date:2024-06-15 02:13:44}} src {{ip:185.220.101.47}} user "
        '"{{email:admin@jacarandagardens.com.au}}" (5 failed attempts), account locked'
    ),
    (
        "Audit: Dr {{name:Q. Tran}} break-glass access to {{name:Pham Thi Lan}} (MRN "
        '{{id:BH0448193}}) from {{ip:10.20.4.66}}, reason "hospice admission"'
    ),
    (
        "Image share link for GP: {{url:https://share.mobirad.com.au/v/Q7XK29LM}} (expires in 7 "
        "days), sent to {{email:reception@toowongfp.com.au}}"
    ),
    (
        "Remote reading workstation {{ip:172.16.88.31}} connected through the VPN gateway "
        "{{ip:203.0.113.58}} at {{date:2024-06-13 22:04}}."
    ),
    (
        "{{date:2024-06-16 07:02:51}} DICOM C-STORE from MOBILE04 ({{ip:192.168.50.14}}) to PACS "
        "({{ip:10.42.1.20}}:104), 2 images, pt {{id:CSM-24-118842}}"
    ),
    (
        "Portal session {{date:17/06/2024 19:30:12}} | user {{email:kiri.tb@xtra.co.nz}} | IPv6 "
        "{{ip:2404:4400:6a1:c2::17}} | viewed report for {{name:Wiremu Tāwhiri}}"
    ),
    (
        "Suspicious download: 43 studies exported by {{name:j.pereira}} from {{ip:10.42.9.201}} "
        "between 01:00 and 01:40 on {{date:18 June 2024}}; privacy officer notified."
    ),
    (
        "Viewer URL logged: {{url:https://pacs.mobirad.com.au/viewer?study=883421&pt=JG-004417}} "
        "opened from {{ip:10.42.7.118}}."
    ),
    (
        "Family portal password reset requested {{date:19/06/2024 06:58}} for "
        "{{email:sal.rinaldi@iinet.net.au}} from {{ip:60.241.87.102}}."
    ),
    (
        "NZ ePACS: Dr {{name:Pania Rāwiri}} opened {{id:HPM5521}} images from "
        "{{ip:10.140.22.9}}; link {{url:https://epacs.health.nz/study/1.2.554.1.9.44821}}"
    ),
    (
        "Telehealth family meeting link "
        "{{url:https://meet.jacarandagardens.com.au/fam/pemberton-0614}} shared with "
        "{{email:lorraine.ph@bigpond.com}} and {{email:jenny.ph88@gmail.com}}."
    ),
    (
        "Access log Maplecrest: {{date:2024-06-12T14:22:09-04:00}} | RPN {{name:Olena "
        "Kowalchuk}} | {{ip:172.20.3.44}} | resident {{name:Tremblay, Jean-Guy}}"
    ),
    (
        "SFTP upload of claims file dva_weekly_batch.csv from {{ip:10.42.2.15}} to "
        "{{ip:203.0.113.201}} completed {{date:21/06/2024 23:59}}."
    ),
    (
        "Webhook from {{url:https://api.carecloud.com.au/v2/residents/JG-004417/imaging}} failed "
        "(HTTP 502) at {{date:2024-06-13 10:16}}."
    ),
    (
        "Router ACL change: mobile vans now reach PACS only via {{ip:10.42.100.1}}; van 4 tablet "
        "{{ip:10.42.100.34}}; old range {{ip:192.168.7.0}}/24 blocked."
    ),
    (
        "Portal audit ({{facility:Victoria Hospice}}): {{name:G. Saunderson}} viewed "
        "{{name:Olive Saunderson}} imaging from {{ip:24.68.112.9}} {{date:2024-06-22 20:41}}"
    ),
    (
        "IPv6 client {{ip:2001:db8:7c0:3::1a}} requested "
        "{{url:https://families.kalindacare.com.au/xray/8821}} with an expired token."
    ),
    (
        "GP portal {{url:https://gp.mobirad.com.au/reports?provider=2473916K}} accessed by Dr "
        "{{name:Hamish Baird}} from {{ip:101.181.44.7}}."
    ),
]

# --- E-mail and messaging threads -----------------------------------------------------------------

EMAILS = [
    (
        "From: {{name:Lorraine Pemberton-Hughes}} <{{email:lorraine.ph@bigpond.com}}> | To: "
        "{{email:care@jacarandagardens.com.au}} | Sent: {{date:Fri 14 Jun 2024 21:52}} | "
        "Subject: Mum's X-ray"
    ),
    (
        "Hi {{name:Kylie}}, I saw the report on the portal "
        "({{url:https://families.jacarandagardens.com.au/r/55102}}); what does consolidation "
        "mean? Mum is {{age:95}}, I know, but still."
    ),
    (
        "Reply from RN {{name:Kylie Brennan}} <{{email:k.brennan@jacarandagardens.com.au}}>: it "
        "means an area of infection in the lung; Dr {{name:Raghavan}} will ring you tomorrow."
    ),
    (
        "To: {{email:bookings@mobirad.com.au}} | Subject: repeat CXR for {{name:Beryl Holloway}} "
        "(Rm 14) | Body: GP wants a follow-up film in 6 weeks, can you book for {{date:29 July}}?"
    ),
    (
        'From: {{email:nikos.georgiou@optusnet.com.au}} | Re: Dad | "Please email me the X-ray '
        "report, I'm in Athens until {{date:2 July}}, my number here is {{phone:+30 694 555 "
        '0182}}."'
    ),
    (
        "Teams chat, Dr {{name:Aidan Kealey}}: \"Fiona, did you see {{name:Harold Fitzgerald}}'s "
        "film? {{age:101}} with a big pneumothorax, I've called Wollongong.\""
    ),
    (
        'email thread: "hi {{name:mele}}, the care home at {{address:7 Oriel Avenue, Tawa, '
        'Wellington 5028}} says the van never came, can u check? ta {{name:rangi}}"'
    ),
    (
        "From: {{name:Marie Cardinal}} <{{email:marie.cardinal@telus.net}}> | Subject: uncle "
        "Joseph | He is {{age:92}} and wants his daughter {{name:Sheila}} told first, her cell "
        "is {{phone:(587) 555-0146}}."
    ),
    (
        "Signature: {{name:Sunita Rao}} | Aged Care Assessment Team | {{facility:Hornsby "
        "Ku-ring-gai Hospital}} | {{phone:(02) 9477 9321}} | "
        "{{email:sunita.rao@health.nsw.gov.au}}"
    ),
    (
        "Out-of-office: Dr {{name:Elizabeth Nakamura}} is on leave until {{date:1 July 2024}}; "
        "urgent palliative queries to {{phone:(02) 8382 9444}}."
    ),
    (
        'From: {{email:ashworth.geoff@bigpond.net.au}} | "Aunt {{name:Beryl}} would have been '
        '{{age:103}} on {{date:30 June}}; thank you all for caring for her."'
    ),
    (
        'SMS to family (auto): "{{facility:Kalinda Court Care Community}}: X-ray for '
        "{{name:Ken}} booked {{date:Thu 27/06}} AM. Reply STOP to opt out. Ph {{phone:1300 452 "
        '632}}"'
    ),
    (
        'Email from {{email:harjit.gill@hotmail.com}}: "Dad ({{age:91}}) passed this morning at '
        '{{facility:Harbour Hospice}}, thank you to nurse {{name:Amelia}}."'
    ),
    (
        "Subject: Care home newsletter photo consent | From {{name:Concetta Rinaldi}} "
        "<{{email:c.rinaldi@bigpond.com}}> | Mum turns {{age:100}}, yes you can use the photo."
    ),
    (
        "Forwarded: report {{id:MR-2406-55821}} for {{name:Kathleen O'Brien}} to "
        "{{email:palliative.referrals@calvarycare.org.au}}, see "
        "{{url:https://share.mobirad.com.au/v/K2MX88PQ}}."
    ),
    (
        'Message from {{facility:Victoria Hospice}} volunteer {{name:Gwen}}: "Mrs '
        "{{name:Hollingsworth}}'s son {{name:Robert}} is flying in from Calgary, "
        '{{phone:403-555-0188}}."'
    ),
]

# --- Links, booking forms and system messages quoted in the record --------------------------------

LINKS_AND_SYSTEMS = [
    (
        "Online mobile X-ray request form: {{url:https://mobirad.com.au/request?site=JGAC}}; "
        "urgent same-day requests by phone only."
    ),
    (
        "The newsletter QR code points to "
        "{{url:https://www.jacarandagardens.com.au/news/june-2024}}, where the photos of the "
        "birthday morning tea are posted."
    ),
    (
        "Family information pack: visiting hours and the portal sign-up at "
        "{{url:www.pohutukawarest.co.nz/whanau}}, or ask reception."
    ),
    (
        "Bereavement resources from {{facility:Mary Potter Hospice}}: "
        "{{url:https://marypotter.org.nz/support/bereavement}} (given to {{name:Aroha Tāwhiri}})."
    ),
    (
        "Zoom link for the case conference on {{date:Tuesday 25 June 2024 2:00 pm}}: "
        "{{url:https://us02web.zoom.us/j/84417723019?pwd=Qk9vR2xX}}"
    ),
    (
        "Case conference invite sent to {{email:pieter.vdvelde@internode.on.net}}, "
        "{{email:ghinton@banksiagrove.org.au}} and Dr {{name:Aiyana Redcloud}}."
    ),
    (
        "The DVA provider portal receipt "
        "{{url:https://provider.dva.gov.au/claims/receipt/DVA-MX-0092817}} was saved to the "
        "resident file."
    ),
    (
        "Upload failed to {{url:sftp://claims.mobirad.com.au/outbound/acc}} from host "
        "{{ip:10.42.2.16}}; retry queued."
    ),
    (
        "Care plan viewer: {{url:https://ltc.maplecrest.ca/residents/88213/careplan}} (RPN "
        "access only), last opened from {{ip:172.20.3.51}}."
    ),
    (
        "Radiographer's run sheet for van 2 is at "
        "{{url:https://ops.mobirad.com.au/runs/2024-06-20/van2}}; first stop {{address:12 Kowhai "
        "Street, Levin 5510}}."
    ),
    (
        "Hospice referral e-form {{url:https://forms.victoriahospice.org/referral/7740219}} "
        "submitted from {{ip:142.104.18.77}} by {{email:dr.venkataraman@oakbayfp.ca}}."
    ),
    (
        "Report for {{name:Nguyen Thi Hoa}} published from {{ip:10.42.1.22}} to the national "
        "record gateway at {{url:https://b2b.ehealth.gov.au/mhr/upload}}."
    ),
    (
        "Printable report link {{url:http://10.42.1.20:8080/reports/CSM-24-118842.pdf}} only "
        "works inside the network, not for the family."
    ),
    (
        "Dictation app sync: device {{ip:fe80::1c4a:7bff:fe31:9d02}} uploaded file "
        '"rad04-dict-17.wav" to {{url:https://dictate.mobirad.com.au/inbox}}.'
    ),
    (
        "Family asked for the video of Pop's birthday party to be removed from "
        "{{url:https://www.facebook.com/ArcadiaSeniorsLiving/videos/4418827310}}."
    ),
    (
        "Shared album of the centenarian celebration: "
        "{{url:https://photos.app.goo.gl/Zb7RxQ2mW9kT4nLp8}}, link sent by {{name:Concetta}} to "
        "{{email:newsletter@jacarandagardens.com.au}}."
    ),
    (
        "Interpreter booking confirmation "
        "{{url:https://tisonline.tisnational.gov.au/booking/33094471}} for the family meeting "
        "about {{name:Wong Siu-Lan}}."
    ),
    (
        "Mobile X-ray coverage map {{url:https://mobirad.com.au/coverage/brisbane-north}} lists "
        "{{facility:Arcadia Seniors Living}} as a Tuesday site."
    ),
    (
        "Results inbox alert: new report for {{name:Eileen Dunstan}} at "
        "{{url:https://portal.healthlink.net/inbox/item/5512093}}; GP {{name:Pania Rāwiri}}."
    ),
    (
        "Webinar replay for carers on aspiration: "
        "{{url:https://vimeo.com/941183207/2c7d1e90aa}}, recorded by speech pathologist "
        "{{name:Jess O'Rourke}}."
    ),
    (
        "Kiosk check-in {{ip:192.168.20.5}} at {{facility:Deer Lodge Centre}} logged visitor "
        "{{name:Bjorn Sigurdson}} {{date:2024-06-17 21:10}}."
    ),
    (
        "Wi-Fi guest logs: resident tablet for video calls with family at {{ip:192.168.88.142}}, "
        "MAC on file, owner {{name:Edie Marsh}}."
    ),
    (
        "NAS backup of mobile images from {{ip:10.42.3.9}} to offsite {{ip:198.51.100.73}} "
        "failed {{date:23/06/2024 02:00}}; {{email:it-support@mobirad.com.au}} paged."
    ),
    (
        "Shared care record (Canada): "
        "{{url:https://connect.healthgateway.gov.bc.ca/records/9873412650}} viewed by the PHN "
        "holder's son {{name:Callum MacLeod}}."
    ),
    (
        "Resident feedback form at {{url:https://forms.office.com/r/KaLiNdA8821}} completed by "
        "{{name:Ken Whitlam}}'s wife on {{date:28 June 2024}}."
    ),
    (
        "Help desk ticket {{id:INC0448217}}: portal user {{email:dimitra.papa@yahoo.com.au}} "
        "cannot open {{url:https://families.arcadiasl.com.au/reports/7781}}, IP "
        "{{ip:49.180.212.66}}."
    ),
]

# --- Mobile X-ray request wording without PHI -----------------------------------------------------

CLEAN_REQUESTS = [
    "Exam requested: chest X-ray, portable AP, sitting as upright as tolerated.",
    "Clinical question: ?aspiration pneumonia after a choking episode at lunch.",
    "Resident is 87, bed-bound, and transfers with a full-body hoist and two staff.",
    "Please bring the small cassette; the bed does not fit the grid holder.",
    "The van usually reaches the northern homes on Tuesdays between 0900 and 1200.",
    "Urgent same-day requests must be phoned through before 1100 to make the afternoon run.",
    "Request incomplete: no clinical history given, returned to the facility for completion.",
    "Resident has a pacemaker on the left; please note it on the film.",
    "Resident has severe kyphosis and cannot lie flat; lateral decubitus not possible.",
    "Pain relief given 30 minutes before the radiographer is due, as per the care plan.",
    "Contact the RN in charge on arrival; do not rely on care staff to locate the resident.",
    (
        "Consent obtained from the substitute decision-maker by phone, documented in the "
        "progress notes."
    ),
    "Infection status: MRO negative, no isolation precautions required.",
    "Infection status: influenza A positive, droplet precautions, single room.",
    "Please image in the room; the resident becomes distressed if moved to the treatment room.",
    "Allergy: nil known; iodinated contrast not relevant for a plain film.",
    "Weight approximately 42 kg; use a low exposure technique.",
    "Mobile X-ray requested in place of hospital transfer, in line with the resident's wishes.",
    "Form Part B (radiographer use only): exposures, positioning aids and comments.",
    "Request received by fax at 0745; booked for the morning run.",
    "Resident is deaf in the right ear; approach from the left and speak slowly.",
    "Resident responds best to Cantonese; a staff member who speaks it will be present.",
    "Hip protectors on; please do not remove them for a chest film.",
    "Resident wears a nasal cannula at 2 L/min; leave it in place for the exposure.",
    "A wedge pillow is already in the bed; no extra positioning aids needed.",
    "Please check the lead apron is not left behind after the exam again.",
    "Request type: follow-up film six weeks after treatment for pneumonia.",
    "Clinical: crackles at the right base, temperature 38.1, new confusion.",
    "Clinical: fall from bed onto a carpeted floor, tender over the left lateral ribs.",
    "Clinical: chronic cough, weight loss over three months, ex-smoker of 40 pack-years.",
    "The home's treatment room is on level 2, next to the lift.",
    "Use the side door after 6 pm; the front entrance is locked for resident safety.",
    "Key-pad code is at the nurses' station; staff will let you in.",
    "Previous imaging: none available at this facility.",
    "Please phone results to the facility and fax the report to the GP.",
    "Request priority: routine, within 48 hours.",
    "Request priority: urgent, same day, GP awaiting result before deciding on antibiotics.",
    "The resident has a DNR order and the film is for diagnosis only, not to prompt transfer.",
    "The care home has two residents for the van today, both in the dementia wing.",
    "The memory support unit requires staff escort at all times.",
    "Radiographer to report to the clinical manager before leaving the building.",
    "Mobile service area: Brisbane North, Moreton Bay and the Sunshine Coast hinterland.",
    "Mobile service area in New Zealand: Kapiti Coast, Horowhenua and the Hutt Valley.",
    "Mobile service area in Ontario: Durham Region and Halton on alternating days.",
    "Veteran Gold Card holders are billed directly to DVA.",
    "Requests from nurse practitioners are accepted where the NP is an eligible referrer.",
]

# --- Portable chest film report wording without PHI -----------------------------------------------

CLEAN_REPORTS = [
    "CHEST (PORTABLE AP, SITTING): Single view. Rotated to the right.",
    "Findings: Patchy consolidation in the right lower zone with air bronchograms.",
    "The heart is enlarged, CTR approximately 0.6 on this AP projection.",
    "Small bilateral pleural effusions with blunting of the costophrenic angles.",
    "Upper lobe blood diversion and Kerley B lines, consistent with interstitial oedema.",
    "No pneumothorax. No free subdiaphragmatic gas.",
    "Dual-chamber pacemaker in situ, leads in expected positions.",
    "Sternotomy wires intact; prosthetic aortic valve noted.",
    "Hiatus hernia projected behind the heart.",
    "Degenerative changes of the thoracic spine with wedge compression of T8, age indeterminate.",
    "Diffuse osteopenia limits the assessment of the ribs for fracture.",
    "Healed fractures of the left 6th to 8th ribs laterally.",
    "No displaced rib fracture is seen; a CT would be more sensitive if clinically needed.",
    "Impression: Right lower lobe consolidation, in keeping with aspiration pneumonia.",
    "Impression: Features of congestive cardiac failure, worse than the prior study.",
    "Impression: Large left pleural effusion with mediastinal shift to the right.",
    "Impression: Hyperinflated lungs in keeping with COPD; no acute consolidation.",
    "Impression: Nasogastric tube tip in the stomach; safe to use.",
    "Impression: No acute cardiopulmonary abnormality on this limited portable film.",
    "The film is underpenetrated and the retrocardiac region is poorly assessed.",
    "Left hemidiaphragm obscured, suggesting left lower lobe collapse or consolidation.",
    "Calcified pleural plaques bilaterally, consistent with previous asbestos exposure.",
    "Apical pleural thickening on the right, stable and likely old granulomatous disease.",
    "Unfolded and calcified thoracic aorta, common at this age.",
    "Elevated right hemidiaphragm, unchanged.",
    (
        "A rounded opacity in the left mid zone needs further assessment if consistent with "
        "goals of care."
    ),
    "Westermark sign is not seen; a plain film cannot exclude pulmonary embolism.",
    "Silhouette sign at the right heart border indicates middle lobe involvement.",
    "Meniscus sign at the left base in keeping with free pleural fluid.",
    "Deep sulcus sign on the supine film raises the possibility of a pneumothorax.",
    "Golden S sign of right upper lobe collapse with a central mass.",
    "Appearances suggest a Pancoast tumour at the right apex; correlate with symptoms.",
    "Recommendation: follow-up chest radiograph in 6 to 8 weeks to confirm resolution.",
    "Recommendation: no further imaging unless it would change management.",
    "Technique: AP erect portable, 80 kVp, 2.5 mAs, 120 cm FFD.",
    "Technique: supine AP, patient unable to sit; grid not used.",
    "Artefact from the bed frame overlies the lower left hemithorax.",
    "Breast shadows and overlying clothing limit assessment of the bases.",
    "The scapulae are projected over the upper lungs.",
    "Exposure repeated once because of patient movement.",
    "Lines and tubes: none.",
    "Report status: preliminary, pending comparison with prior imaging.",
    "Report status: final, verified by the reporting radiologist.",
    "Reported on a diagnostic-grade monitor at the reading hub.",
    "CAD-RADS and Lung-RADS do not apply to plain radiographs.",
    (
        "Fleischner Society 2017 guidance does not apply to nodules in patients where follow-up "
        "is not appropriate."
    ),
    "The BTS 2023 pleural guideline suggests ultrasound before any pleural procedure.",
    "ICD-10-AM J69.0, pneumonitis due to inhalation of food and vomit.",
    "ICD-10-CA J18.9, pneumonia, unspecified organism.",
    "SNOMED CT-AU concept for aspiration pneumonia was added to the problem list.",
    "Portable image acquired on a wireless flat-panel detector, DR system.",
    "The mobile unit is a battery-powered DR cart with a tablet workstation.",
    "Images were sent to PACS and are available for comparison at the next visit.",
    "Comparison: none available.",
    "Comparison: previous portable film from the same facility, three months earlier.",
    "Dose area product recorded on the mobile unit log.",
    "Report addended after the clinical history was clarified by phone.",
]

# --- Nursing, care staff and allied health notes without PHI --------------------------------------

CLEAN_NURSING = [
    "Resident found sitting on the floor beside the bed at 0320, unwitnessed fall.",
    "Post-fall observations commenced: neuro obs hourly for four hours, then four-hourly.",
    "No head strike reported; resident not on anticoagulants.",
    "Resident is on apixaban; GP notified because of the head strike.",
    "Pain assessed with the Abbey Pain Scale: score 9, moderate.",
    "PAINAD score 6 on movement, 2 at rest.",
    "Paracetamol 1 g given at 0400 with good effect.",
    "Clinical Frailty Scale 7, severely frail, dependent for personal care.",
    "Waterlow score 18, high risk; air mattress in place.",
    "Braden scale 12; two-hourly repositioning chart started.",
    "FRAT score 16, high falls risk; sensor mat and low-low bed in use.",
    "Residents in the dementia wing had lunch in the dining room today.",
    "Coughing and wet voice after thin fluids at morning tea.",
    (
        "Speech pathology review requested; meanwhile IDDSI level 5 minced and moist, level 2 "
        "mildly thick fluids."
    ),
    "Sit fully upright for all meals and for 30 minutes afterwards.",
    "Oral care after each meal with a soft toothbrush and chlorhexidine gel.",
    "Dentures cleaned and soaked overnight; upper plate loose.",
    "Suction at the bedside; yankauer checked on each shift.",
    "SpO2 89% on room air, increased to 93% on 2 L via nasal prongs.",
    "Respiratory rate 26, using accessory muscles, unable to complete sentences.",
    "Temperature 38.6 at 1400; GP contacted, mobile X-ray requested.",
    "Sputum specimen collected and sent with the afternoon courier.",
    "Blood cultures not taken in line with the resident's goals of care.",
    "Commenced oral amoxicillin 500 mg tds for five days as per GP phone order.",
    "Commenced doxycycline 100 mg daily after a stat dose of 200 mg.",
    "Frusemide increased to 40 mg bd for three days, daily weights.",
    "Salbutamol via spacer four-hourly PRN, with good effect.",
    "Fluid balance chart commenced; intake 900 mL over 24 hours.",
    "Bowels not open for three days; coloxyl with senna given.",
    "STOP and WATCH tool completed: change in eating, more confused, more tired.",
    "SBAR handover given to the RN on the evening shift.",
    "Resident settled after repositioning and a warm drink.",
    "Resident calling out at night; sundowning pattern noted over the past week.",
    "Behaviour chart shows agitation mostly between 1600 and 1900.",
    "Hearing aids charged and in; glasses cleaned.",
    "Resident walked to the lounge with the four-wheeled walker and supervision.",
    "Physiotherapy review: chest physio and deep breathing exercises twice daily.",
    "Incentive spirometer given, but the resident could not use it effectively.",
    "Hip protectors declined; resident's choice documented and respected.",
    "Bed rails not used; restraint minimisation policy followed.",
    "Incident entered in the incident management system and the clinical manager informed.",
    "Root cause analysis not required for a fall without injury.",
    "No visible injury, but the resident guarded the left side of the chest.",
    "Skin tear on the right forearm, 3 cm, dressed with a silicone dressing.",
    "Resident's weight has fallen from 51 kg to 47 kg over two months.",
    "Dietitian referral for supplements; Sustagen twice daily started.",
    "Pressure injury stage 2 over the sacrum, photographed and measured.",
    "Continence aid changed at 0600 and 1000.",
    "Resident aged 84 in the next room also has a cough; both to be reviewed by the GP.",
    "Flu vaccine given this season; lot number recorded on the immunisation register.",
    "COVID-19 booster due; consent form sent to the family.",
    "RAT negative this morning; isolation lifted.",
]

# --- Advance care planning wording without PHI ----------------------------------------------------

CLEAN_ACP = [
    "Advance care directive sighted and copied to the front of the resident file.",
    "Resident lacks capacity for complex medical decisions, as assessed by the GP.",
    "Substitute decision-maker to be contacted before any change in the treatment plan.",
    "The enduring guardian has authority for health and lifestyle decisions only.",
    "An enduring power of attorney for financial matters does not cover medical treatment.",
    "Goals of care: comfort focused; treat reversible causes at the facility where possible.",
    "Resuscitation status: not for CPR, not for intubation, for ward-level care.",
    "Resident wishes to remain at the care home and not be transferred to hospital.",
    "Resident is happy to have X-rays and oral antibiotics but declines intravenous lines.",
    "The directive was witnessed by two people who are not family members.",
    "A medical treatment decision maker was appointed under the Victorian legislation.",
    "A Statement of Choices form was completed with the resident in her own words.",
    "The ACP conversation was held with an interpreter present.",
    "Resident's values: family, faith, being at home with her things around her.",
    "Cultural considerations: whānau to be present for major decisions.",
    "Cultural considerations: the family would like an Aboriginal liaison officer involved.",
    "Spiritual care: the resident would like a priest called when death is near.",
    "Spiritual care: the resident follows Buddhist practice; quiet room requested.",
    "Level of intervention form C completed, in line with the Quebec approach.",
    "Medical Orders for Scope of Treatment reviewed at the annual care conference.",
    "Goals of care designation M1 recorded, as used in Alberta.",
    "The ReSPECT-style summary is kept in the red folder at the nurses' station.",
    "Capacity was reassessed after the delirium resolved.",
    "The resident changed her mind about hospital transfer after the family meeting.",
    "The tribunal application for a guardian is still pending.",
    "No advance care directive on file; the family has been given the blank forms.",
    "Copy of the directive to be sent with the resident on any transfer.",
    "Resident has chosen not to receive artificial nutrition.",
    "The directive states no antibiotics if the resident is unconscious and dying.",
    "The plan will be reviewed every six months or after any major change.",
    "Palliative approach discussed; the resident nodded and said she understood.",
    "Family agree with the plan; there is no conflict between the siblings.",
    "The guardian asked for a second opinion before agreeing to the plan.",
]

# --- Family contact wording without PHI -----------------------------------------------------------

CLEAN_FAMILY = [
    "Daughter phoned at 1930 for an update; informed of the chest X-ray result.",
    "Son informed by phone; he will visit on the weekend.",
    "Granddaughter asked whether her grandmother is in pain; reassured.",
    "Message left on the family's voicemail, asked them to call the RN in charge.",
    "Family not available; will try again on the morning shift.",
    "Family meeting held in the small lounge with the GP and the clinical manager.",
    "Family would like to be called at any hour if there is a change.",
    "Family prefer not to be called between 2200 and 0700 unless urgent.",
    "The family have asked for updates by email rather than phone.",
    "Information provided only to the nominated substitute decision-maker.",
    "A niece rang but is not listed as a contact; no clinical details given.",
    "Family were upset that the X-ray was done without them being told first.",
    "The family brought in a photo board and favourite music for the room.",
    "The family asked about visiting restrictions during the outbreak.",
    "Phone interpreter used for the call; the family speak Greek at home.",
    "Phone interpreter used for the call; the family speak Vietnamese at home.",
    "Phone interpreter used for the call; the family speak Punjabi at home.",
    "The whānau would like to stay overnight; a fold-out bed was arranged.",
    "Family have been told the resident may be in the last days of life.",
    "Family asked whether the X-ray showed cancer; referred to the GP for that discussion.",
    "The son is flying in from overseas and should arrive within two days.",
    "Family thanked the staff for their care over the weekend.",
    "The grandson is the main contact because the daughter is unwell herself.",
    "Mum is 88 and has never liked hospitals, the daughter said.",
    "Family member requested a copy of the report; told to apply through the privacy officer.",
    "Family portal shows the report once the GP has released it.",
    "A family conference is planned for next Wednesday afternoon.",
    "The family were invited to bring food from home if it meets the texture modification.",
    "The daughter wondered if the fall caused the pneumonia; explained the difference.",
    "The family asked for their father's medals to be displayed on Remembrance Day.",
]

# --- Hospice and palliative care wording without PHI ----------------------------------------------

CLEAN_HOSPICE = [
    "Admitted to the hospice for terminal care of end-stage heart failure.",
    "Admitted for symptom management: breathlessness, anxiety and poor oral intake.",
    "Phase of care: deteriorating; Australia-modified Karnofsky Performance Status 30.",
    "PCOC symptom assessment score for breathlessness 7 of 10.",
    "Palliative Performance Scale 30%, mainly in bed.",
    "Subcutaneous morphine 2.5 mg PRN for breathlessness, with good effect.",
    "Syringe driver: midazolam and morphine over 24 hours via a subcutaneous line.",
    "Hyoscine butylbromide for respiratory secretions.",
    "A fan directed towards the face eased the sensation of breathlessness.",
    "Oxygen not routinely used for breathlessness unless hypoxic and it helps.",
    "Indwelling pleural catheter drained 500 mL this morning.",
    "No further chest imaging planned; the aim is comfort.",
    "Mouth care every two hours with moistened swabs.",
    "Resident turned every four hours for comfort only.",
    "Anticipatory medicines charted and the family shown how to use the call bell.",
    "Verification of death completed by the registered nurse.",
    "Body released to the funeral director of the family's choice.",
    "The family stayed with the resident through the night.",
    "Bereavement follow-up letter to be sent in six weeks.",
    "The hospice volunteer sat with the resident while the family took a break.",
    "Music therapist played hymns in the afternoon at the family's request.",
    "The chaplain visited and prayed with the family.",
    "A karakia was said by the whānau at the bedside.",
    "Smoking ceremony arranged with the family in the courtyard.",
    "The resident died peacefully with family present.",
    "Referral to the community palliative care team for home support.",
    "Hospice in the home: nurse visits daily, doctor weekly.",
    "Equipment loan: hospital bed, air mattress and commode delivered.",
    "Goals of care reviewed; antibiotics stopped.",
    "Hospice admission criteria met: prognosis weeks rather than months.",
]

# --- Residents' newsletter wording without PHI ----------------------------------------------------

CLEAN_NEWSLETTER = [
    "Happy birthday to all our July residents; cake in the lounge on Friday at 2.",
    "The residents' choir will perform at the winter concert.",
    "Bus trip to the botanic gardens next Tuesday, bring a hat.",
    "Happy hour is on Fridays at 4 in the dining room.",
    "Men's shed volunteers fixed three walking frames this month.",
    "Our oldest resident this year is no longer the only one over a century: we now have two.",
    "Centenarian corner returns next month with stories from the war years.",
    "The Anzac Day service was led by the local RSL sub-branch.",
    "Remembrance Day poppies are available at reception.",
    "Matariki celebrations included kites, stories and a shared kai.",
    "NAIDOC Week art made by residents and local school students is on display.",
    "Lunar New Year lunch: dumplings, spring rolls and a lion dance in the courtyard.",
    "Diwali lights in the lounge, with sweets from the families.",
    "Greek Easter lamb on the spit, thanks to the kitchen team.",
    "Canada Day barbecue on the patio, weather permitting.",
    "The hairdresser visits every Thursday morning.",
    "New exercise class: seated tai chi on Monday and Wednesday mornings.",
    "The library trolley comes round on the first Monday of each month.",
    "We welcome three new residents to the Banksia wing this month.",
    "The podiatrist visits fortnightly; please book at reception.",
    "Flu vaccinations for residents and staff begin next month.",
    "Thank you to the family members who knitted rugs for the winter.",
    "A resident aged 82 won the Melbourne Cup sweep.",
    "The mobile X-ray van now visits weekly, so fewer trips to hospital.",
    "Reminder: please sign in at reception for every visit.",
]

# --- Claims, transport, systems and staff wording without PHI -------------------------------------

CLEAN_ADMIN = [
    "DVA Gold Card covers all clinically necessary treatment.",
    "DVA White Card covers treatment for accepted conditions only.",
    "The D904 form is used for travel claims to medical appointments.",
    "The MBS item for a chest X-ray is claimed with the mobile attendance item.",
    "Medicare rebate applies; no gap charged to residents.",
    "ACC covers imaging for injuries from accidents, including falls.",
    "The ACC45 form must be lodged before the imaging invoice is paid.",
    "OHIP covers medically necessary X-rays for residents of long-term care homes.",
    "MSP fee items for portable radiography include a travel premium.",
    "Alberta Health Care insurance covers mobile X-ray in continuing care.",
    "AN-ACC classification determines the facility's daily funding.",
    "ACFI was replaced by AN-ACC in Australia.",
    "interRAI LTCF assessments are completed on admission and every six months.",
    "The MDS 2.0 assessment is still in use in some Canadian provinces.",
    "Invoices are submitted in batches every Friday afternoon.",
    "Claims rejected for a missing referral date are resubmitted within seven days.",
    "Non-emergency patient transport booked for the morning, stretcher required.",
    "Wheelchair taxi booked with a carer escort; voucher attached.",
    "Transport cancelled because the resident was too unwell to travel.",
    "The van carries a spare battery and a backup detector.",
    "The mobile unit was serviced last week; no faults reported.",
    "Radiographers rotate between the van and the hospital department every month.",
    "Radiation safety: staff stand at least two metres from the tube during exposure.",
    "Lead aprons checked for cracks with fluoroscopy every twelve months.",
    "Each radiographer wears a personal dosimeter badge.",
    "PACS downtime planned for Sunday from 0200 to 0400.",
    "The portal will be unavailable during the upgrade.",
    "Two-factor authentication is now required for the family portal.",
    "Break-glass access is audited weekly by the privacy officer.",
    "Access logs are reviewed monthly for unusual activity.",
    "Staff must lock their workstation when leaving it unattended.",
    "Passwords must be at least 12 characters.",
    "Shared logins are not permitted for any clinical system.",
    "USB drives are blocked on all reading workstations.",
    "HL7 ORU messages are sent to the facility's clinical system within minutes of verification.",
    "DICOM modality worklist is loaded onto the van tablet each morning.",
    "The reading hub is staffed from 0800 to 2200, seven days a week.",
    "After-hours reports are provided by the on-call radiologist.",
    "Registrars may issue preliminary reports, verified by a consultant.",
    "The privacy officer handles requests for copies of images.",
    "Reports are retained for at least seven years after the last contact.",
    "Retention for images of deceased residents follows the state schedule.",
    "Placeholder text in the template: [RESIDENT NAME], [DOB], [URN].",
    "Template fields left as XXXX must be completed before sending.",
    "Patient name field shows ******** in the test environment.",
    "Contrast lot number is not recorded for plain films.",
    "Detector serial checks are part of the quarterly QA.",
    "Staff training: manual handling for portable imaging, annually.",
    "Orientation for new radiographers includes a shadow shift on the van.",
    "The clinical manager signs off the monthly falls report.",
    "Falls per 1000 occupied bed days decreased this quarter.",
    "The quality committee meets on the second Tuesday of each month.",
    "Accreditation visit is expected later this year under the Aged Care Quality Standards.",
    "Standard 3 covers personal care and clinical care.",
    (
        "The serious incident response scheme requires reporting within 24 hours for priority 1 "
        "incidents."
    ),
    "Ministry of Health certification audits occur every three years in New Zealand.",
    "Ontario long-term care homes are inspected under the Fixing Long-Term Care Act, 2021.",
    "Accreditation Canada standards include a section on medication management.",
]

HELD_OUT16 = (
    MOBILE_XRAY_REQUESTS
    + PORTABLE_REPORTS
    + NURSING_NOTES
    + ADVANCE_CARE
    + FAMILY_CALLS
    + HOSPICE
    + NEWSLETTER
    + GP_LETTERS
    + CLAIMS
    + TRANSPORT
    + HL7
    + ACCESS_LOGS
    + EMAILS
    + LINKS_AND_SYSTEMS
)
CLEAN_HELDOUT16 = (
    CLEAN_REQUESTS
    + CLEAN_REPORTS
    + CLEAN_NURSING
    + CLEAN_ACP
    + CLEAN_FAMILY
    + CLEAN_HOSPICE
    + CLEAN_NEWSLETTER
    + CLEAN_ADMIN
)
