"""Dev set 8: hard but realistic radiology-department text, with PHI marked.

Content: report headers, clinical histories, comparisons, critical-result calls, staff notes
and messages, letters, RIS/PACS/worklist entries, modality and network notes, sign-offs and
addenda from a busy radiology department. Emphasis on the forms real staff write:

* facilities under short, familiar or informal names ("the Royal", "Barts", "the Brigham",
  "Addenbrooke's", "the General", "Groote Schuur", "RPAH", "QEUH", "the Children's"), campus
  names, care homes, practices and imaging centres, in running prose and in lists;
* addresses of many countries in free layouts (no street word, PO boxes, rural routes, flat or
  unit first, postcode first, Japanese, Indian and Latin American styles);
* people whose names are ordinary English words (Rose Hill, Bill Short, Faith Baker), first
  names alone in staff notes, surnames alone, lower-case and ALL-CAPS names, names of many
  origins and scripts;
* dates in prose and odd forms ("the 3rd of Feb", "Feb. '22", "2022.03.14", "14/iii/22");
* ids, phones, e-mails, urls, ips and ages over 89.

Conventions: spans are ``{{kind:text}}`` with kinds name, date, id, phone, email, url, ip,
address, facility, age. Titles (Dr, Mr, Mrs, Ms, Prof, Nurse, Sister) and post-nominals stay
outside name spans; "the" before a facility name or an ordinal date stays outside; a time or
weekday written against a date is part of the date; an id span holds the value without its
label; an address span runs from the first line (flat, house, street, box) to the postcode or
country as written; a city or country alone is not PHI; ages are PHI only over 89. Room and bed
numbers, ward names, device models, protocol and billing codes, times and weekdays alone,
durations, quarters and relative days ("last Tuesday") are not PHI.

``DEV8`` holds sentences with at least one gold span; ``CLEAN_DEV8`` holds sentences with no
PHI: generic uses of place-words and name-like words, eponyms, device brands, departments,
cities alone and ages of 89 and under.
"""

from __future__ import annotations

HEADERS = [
    "PATIENT: {{name:MCALLISTER, FIONA J}}  MRN: {{id:RH0048812}}  DOB: {{date:02/11/1951}}  "
    "Exam: CT chest with contrast  Site: {{facility:Royal Infirmary}}",
    "Name: {{name:rose hill}} | Hosp no: {{id:K2290417}} | DOS: {{date:2022.03.14}} | "
    "Referrer: Dr {{name:Grant Hunter}} ({{facility:Barts}})",
    "Pt: {{name:Short, Bill}}; NHS No. {{id:943 476 5919}}; Acc {{id:BH23-118204}}; performed at "
    "{{facility:St Mary's}} on the {{date:3rd of Feb}}.",
    "Accession {{id:MGH-7731092}} / {{name:Faith Baker}} / {{date:14/iii/22}} / MRI brain w/wo / "
    "{{facility:Mass General}} neuroradiology",
    "Examination date {{date:Feb. '22}} (day not legible on the scanned request); patient "
    "{{name:Summer Field}}, hospital number {{id:00391184}}, {{facility:Addenbrooke's}}.",
    "Patient: {{name:PRICE, William}} (known as {{name:Will}}), CHI {{id:2107381145}}, "
    "{{facility:QEUH}} ward 4C, requested {{date:14.03.23 09:12}}.",
    "Surname: {{name:MASON}}  Forename: {{name:GUY}}  DOB: {{date:30-Sep-1938}}  "
    "Hospital No: {{id:T0554197}}  Location: {{facility:Tommy's}} AMU",
    "Study: XR pelvis AP | Patient: {{name:Nguyễn Thị Lan}} | MRN {{id:SB-4471902}} | "
    "{{facility:Sunnybrook}} | Acquired {{date:2023-05-09T07:48}}",
    "Medicare {{id:2953 71846 1}} | UR {{id:1187364}} | {{name:Aroha Te Whata}} | the "
    "{{facility:Alfred}} | {{date:Thu 11 May 2023 16:05}}",
    "Dept of Medical Imaging, {{facility:RPAH}}. Patient {{name:O'SULLIVAN, Declan}}, URN "
    "{{id:3304581}}, examined {{date:27-Jul-2021}}.",
    "Patient {{name:Thandiwe Dlamini}}, folder no. {{id:GS09234417}}, scanned at "
    "{{facility:Groote Schuur}} on {{date:4 Aug 2022}}.",
    "{{facility:UCLH}} | Hospital No {{id:MN4471823}} | {{name:ADEYEMI, Oluwaseun}} | DOB "
    "{{date:1948-12-30}} | Exam {{date:2023-02-17}}",
    "Name: {{name:joy little}}   DOB: {{date:1 April 1933}} ({{age:90}} y)   Loc: the "
    "{{facility:General}}, ward 12",
    "Ordering: {{name:HEATHER MOSS}} NP; Reading: {{name:Robin Swift}}, MD; Site: the "
    "{{facility:Brigham}}; Accession {{id:BWH30019477}}",
    "Requesting clinician: Dr {{name:Wade Fisher}} (GP), {{facility:Parkside Surgery}}; patient "
    "{{name:Amber Stone}}, DOB {{date:19/06/1987}}.",
    "Pacjent: {{name:Zbigniew Wójcik}}, ur. {{date:12.06.1940}}, PESEL {{id:40061209876}}, "
    "skierowanie: {{facility:Szpital Bielański}}.",
    "患者氏名 {{name:山本 海斗}}  患者ID {{id:0045-77812}}  検査日 {{date:2023年3月14日}}  "
    "依頼元 {{facility:東大病院}}",
    "Pt {{name:Anjali Raghunathan}}, UHID {{id:AIIMS/2023/0418872}}, OPD date "
    "{{date:14-03-2023}}, {{facility:AIIMS New Delhi}}",
    "Patient name: {{name:GRANT HUNTER}}; accession {{id:SK-23-009144}}; {{facility:SickKids}} "
    "MRI 3; scan date {{date:March 14th, 2023}}",
    "ID: {{id:E0091827}} (encounter) / {{id:00447120}} (MRN) -- {{name:Ivy Lane}}, "
    "{{age:94}}F, from {{facility:Oakwood Manor Nursing Home}}",
    "{{name:BISHOP, Mark A.}}  {{date:07-JAN-2022 23:51}}  CT HEAD NON CON  "
    "the {{facility:Royal London}} ED  acc {{id:RLH22-0003391}}",
    "Paciente: {{name:María José Etxeberria Aguirre}}  NHC {{id:2231907}}  Fecha: "
    "{{date:14/03/2023}}  Centro: {{facility:La Paz}}",
    "Patient {{name:Kaito Yamamoto}}, {{facility:St Luke's International}} ID {{id:SLI-883102}}, "
    "transferred for MRI on {{date:2023.04.02}}.",
    "Réf: {{name:Dupont-Moreau, Hélène}}, IPP {{id:8004417321}}, {{facility:La Pitié}}, "
    "examen du {{date:14 mars 2023}}",
    "Pat.: {{name:Schröder, Karl-Heinz}}, geb. {{date:03.10.1931}} ({{age:91}} J.), "
    "{{facility:Charité Campus Virchow-Klinikum}}, Fall-Nr. {{id:27044183}}",
    "Study Instance UID {{id:1.2.826.0.1.3680043.9.7134.20230314.1184}} | "
    "{{name:HILL^ROSE}} | {{date:20230314}}",
    "Visit {{id:V55-20031}}, {{name:Chidi Okonkwo}}, seen at {{facility:LUTH}} radiology on the "
    "{{date:9th of May 2022}}",
    "Pt ID {{id:KNH/IP/2022/77104}} -- {{name:Wanjiru Kamau}} -- {{facility:Kenyatta}} -- "
    "{{date:21 Sept 2022}}",
]

HISTORY = [
    "History: {{age:92}}-year-old man transferred from the {{facility:Royal}} after a fall at home; "
    "previous hip films at {{facility:Aintree}} in {{date:2019}}.",
    "Known to the {{facility:Marsden}} for melanoma, last PET at the {{facility:Royal Marsden}} "
    "in {{date:Feb 2022}}, now under {{facility:St George's}} for follow-up.",
    "She has had care at {{facility:Barts}}, the {{facility:Royal London}}, "
    "{{facility:Whipps Cross}} and the {{facility:Homerton}} over the years; discs from all four "
    "requested.",
    "Outside films from {{facility:Tygerberg}} and {{facility:Red Cross Children's}} were uploaded "
    "by {{name:Sipho}} on {{date:12/08/2022}}.",
    "Referred from {{facility:Mass General}} to the {{facility:Brigham}} for IR; "
    "{{facility:Beth Israel}} had already done a CTA on {{date:3/4/23}}.",
    "Born at the {{facility:Rotunda}}, followed at {{facility:Crumlin}} since {{date:2011}} for "
    "VUR, now transitioning to {{facility:Tallaght University Hospital}}.",
    "Previous imaging: US abdomen at {{facility:Westmead}} {{date:Oct '21}}, CT at "
    "{{facility:Nepean}} {{date:2022-01-19}}, MRI at the {{facility:Children's}} "
    "{{date:March 2022}}.",
    "Lives at {{facility:Fernbank House}} and is accompanied today by her daughter "
    "{{name:Mercy Osei}}.",
    "Background: renal transplant at {{facility:Guy's}} in {{date:2008}}, followed in the "
    "{{facility:Tommy's}} renal clinic.",
    "Seen in the {{facility:Sick Kids}} ED on {{date:Sept 2nd}} with a limp; referred to "
    "{{facility:Sunnybrook}} for MRI of the hips.",
    "Previously scanned at {{facility:Charité}}; images on CD dated {{date:20.11.2020}} "
    "were imported by {{name:Katrin}} in the film library.",
    "{{age:97}} yo female from {{facility:St Joseph's Nursing Home}} with new confusion; "
    "daughter {{name:Hope Sterling}} is the contact.",
    "Clinical details per Dr {{name:Hunter}}: ex-smoker, haemoptysis since {{date:January 2023}}.",
    "Transferred from the {{facility:Western General}} to the {{facility:ERI}} on "
    "{{date:Sunday 12 Feb 2023}} for thrombectomy.",
    "Had a CT at the {{facility:JR}} in {{date:2020}} and an MRI at the {{facility:Churchill}} "
    "last year, neither available on our PACS.",
    "Patient {{name:Frank Marsh}} attends for staging; primary diagnosed at "
    "{{facility:Jimmy's}} in {{date:Nov 2021}}, surgery at the {{facility:LGI}}.",
    "Cardiac history: CABG at the {{facility:Freeman}} in {{date:2015}}, ICD placed at the "
    "{{facility:RVI}} on {{date:2 Dec 2019}}.",
    "Mother reports a head CT at the {{facility:Children's}} as a baby (in {{date:2017}}, "
    "she thinks) but no report is available.",
    "Presented to {{facility:Monklands}} with RUQ pain, transferred to {{facility:QEUH}} "
    "hepatobiliary on {{date:14/02/23}}.",
    "Known ILD, under the {{facility:Brompton}} since {{date:2018}}; previous HRCTs there "
    "dated {{date:6/2018}}, {{date:6/2020}} and {{date:5/2022}}.",
    "Long-standing patient of {{facility:Ninewells}} rheumatology, now resident at "
    "{{facility:Balhousie Care Home}}, {{age:93}} years old.",
    "Prior cervical spine surgery by Mr {{name:Okonjo}} at {{facility:King's}} in "
    "{{date:2017}}; metalwork is a Medtronic plate.",
    "He was treated at {{facility:Tata Memorial}} for oral cancer in {{date:2014}} and at "
    "{{facility:KEM}} for TB in {{date:2019}}.",
    "Recent admission to the {{facility:Aga Khan}} in Nairobi ({{date:Jan '23}}) with "
    "pneumonia; films brought by his son {{name:Otieno}}.",
    "Infant born at {{facility:Queen Charlotte's}} on {{date:1 March 2023}}, transferred to "
    "{{facility:GOSH}} for cardiac MRI.",
    "Seen at {{facility:Korle Bu}} in {{date:2021}}; moved to Manchester and registered with "
    "{{facility:Wythenshawe}} respiratory clinic.",
    "Underwent TAVI at the {{facility:Royal Melbourne}} on the {{date:14th of June 2021}}; "
    "{{age:90}}-year-old with recurrent syncope.",
    "Followed at {{facility:Princess Margaret}} for lymphoma; her oncologist "
    "Dr {{name:Tremblay}} requests restaging.",
    "Prior MRI spine done at {{facility:Apollo Greams Road}} in {{date:Aug 2020}}; "
    "report in Tamil and English.",
    "Dialysis at {{facility:Hammersmith Hospital}} three times a week since "
    "{{date:May 2020}}; AV fistula left arm.",
    "HPI: {{name:gabriel ferreira}}, brought in by SAMU from home, previous CT at "
    "{{facility:Hospital das Clínicas}} {{date:10/2022}}.",
    "Had an MRI at {{facility:CMC Vellore}} in {{date:2016}} showing a Chiari I malformation; "
    "images unavailable.",
    "Stroke thrombolysis at the {{facility:Mater}} {{date:11/11/22}}, now at "
    "{{facility:Beaumont}} for rehab imaging.",
    "Patient {{name:Dawn Rivers}} was an inpatient at {{facility:Westmead}} and "
    "{{facility:RNSH}} before coming to {{facility:RPA}}.",
    "Referred by her GP at {{facility:Riverside Medical Practice}} after a fall on "
    "{{date:Boxing Day 2022}}.",
]

COMPARISONS = [
    "Comparison: CT {{date:2022.03.14}} and CXR {{date:14/iii/22}}, both performed at "
    "{{facility:QEUH}}.",
    "Compared with the study of the {{date:3rd of Feb}}, the left effusion is smaller.",
    "Comparison is made to outside MRI dated {{date:Feb. '23}} performed at "
    "{{facility:I-MED Chatswood}}.",
    "Prior: {{date:Mar-14-23}} CT A/P at the {{facility:Alfred}}; {{date:14 Mar}} portable "
    "CXR here.",
    "Compared to {{date:Jan 5th, 2021}}, {{date:June 30, 2021}} and {{date:12/29/2021}}, all "
    "from {{facility:Hopkins}}.",
    "Prior PET-CT {{date:9th Nov 2020}} at {{facility:Peter Mac}} for reference.",
    "Compared with outside CT from {{facility:Mayo Clinic}} in Rochester dated "
    "{{date:2021/07/06}}.",
    "COMPARISON: {{date:1/2019}} (outside, report only).",
    "Stable since {{date:2016}} on serial CTs at {{facility:Addenbrooke's}} and "
    "{{facility:Papworth}}.",
    "Comparison with MRI of {{date:11th inst.}} is limited by motion.",
    "Compared to the {{date:2nd of January}} CTPA there is interval resolution of the "
    "right lower lobe clot.",
    "Comparison: {{date:20.XI.2021}} (Polish report, translated by {{name:Agnieszka}}).",
    "No change since the exam of {{date:Monday 6th March}}.",
    "Interval growth of the nodule compared with CT of {{date:August 2022}} performed at "
    "{{facility:Cedars}}.",
    "Compared with DEXA from {{date:Nov '19}} at the same site, T-score has fallen by 0.6.",
    "Compared with {{date:31/12/2022 23:58}} CT, the haematoma has expanded from 18 to 27 mL.",
    "Comparison studies: {{date:5 Sep 2018}} ({{facility:Bellevue}}), {{date:9 Jan 2020}} "
    "({{facility:Mount Sinai}}), {{date:17 Oct 2022}} (here).",
    "The previous study of {{date:2022年11月2日}} from {{facility:Juntendo}} is available "
    "for comparison.",
    "Compared to prior of {{date:Oct. 3 '22}}, no new lesion.",
    "Relative to the baseline on {{date:Wed 1st March}}, the liver lesions have reduced in size.",
    "Compared with the outside radiographs from {{facility:Foothills}} dated "
    "{{date:2022-09-30}}, the fracture line is less distinct.",
    "Comparison: mammograms in {{date:2019}} and {{date:2021}}, all read at "
    "the {{facility:Jarvis Breast Centre}}.",
    "Comparison with CT at the {{facility:QE}} on {{date:12th Dec}} shows no new bleed.",
    "Versus the study of {{date:15 de marzo de 2022}} at {{facility:Hospital Italiano}}, "
    "the collection has resolved.",
]

CALLS = [
    "Critical result: tension pneumothorax phoned to Dr {{name:Okafor}} at 03:12, read back "
    "confirmed.",
    "Discussed with {{name:Okafor}} (surgical reg) on {{date:14/03/2023 16:40}}, who will "
    "review on the ward.",
    "Urgent finding communicated to {{name:Bill Short}}, ED consultant, on "
    "{{phone:020 7188 4412}} at {{date:Tue 14 Mar 2023 08:40}}.",
    "PE called through to Sister {{name:Faith Baker}} on ward 7B; she will inform "
    "Dr {{name:Mason}}.",
    "Unable to reach the GP, Dr {{name:Short}}, on {{phone:01223 245151}}; message left with "
    "reception at {{facility:Mill Road Surgery}}.",
    "Free air: called {{name:Will Price}} (FY2) {{date:21.02.2023 02:15}}, who will escalate to "
    "the surgical SpR.",
    "Findings discussed by telephone with Dr {{name:Lindqvist}} at the {{facility:Karolinska}} "
    "({{phone:+46 8 517 744 12}}).",
    "Spoke to {{name:Priya}} on the stroke unit, who confirmed the patient is "
    "{{name:Ravi Menon}} and not {{name:Ravi Mehta}}.",
    "Result telephoned to Dr {{name:Summer Ng}} on {{phone:(617) 726-4410}}; acknowledged.",
    "Aortic dissection relayed to the cardiothoracic fellow {{name:Grant}} at the "
    "{{facility:Brigham}}, {{phone:617-732-5500 x3381}}.",
    "Cord compression: discussed with Dr. {{name:Bello}} on call for spinal surgery; he "
    "will accept to {{facility:Stoke Mandeville}}.",
    "Critical value call logged {{date:2023-03-14 22:17}} by {{name:Ama Owusu}} (registrar) "
    "to Nurse {{name:Kelly}} on 3 North.",
    "Left two messages for {{name:Rose}} at {{facility:St Mary's}} switchboard "
    "({{phone:020 3312 6666}}); will retry.",
    "Bowel ischaemia discussed with the on-call surgeon Ms {{name:Hunter}} who will take the "
    "patient to theatre.",
    "The unexpected lung mass was discussed with Dr {{name:Joy Little}}, respiratory, at "
    "{{phone:0113 243 3144 ext 2231}}.",
    "Critical: intracranial haemorrhage. Called the {{facility:Royal Free}} neuro SpR, "
    "{{name:Tomás}}, on {{phone:07700 900312}}.",
    "Result passed to {{name:Kowalczyk}}, night coordinator, who will find the team.",
    "Findings conveyed in person to Dr {{name:Frank}} and Dr {{name:Mark}} at the ED desk.",
    "Communicated to the referring team (Prof {{name:Adebayo}}) at {{date:3/15/23 09:05}}.",
    "Ruptured AAA: vascular on call (Mr {{name:Stone}}) informed, patient going straight to "
    "the hybrid theatre at the {{facility:Northern General}}.",
    "Discussed with {{name:Faith}} (IR nurse) who will arrange drain insertion tomorrow.",
    "Pneumoperitoneum called to Dr {{name:Robin Lee}}, {{phone:+61 3 9076 2000}}, "
    "{{date:11/05/2023 17:52}}.",
    "Called the {{facility:Royal Brisbane}} ED consultant Dr {{name:Wiremu Ngata}}; pt to be "
    "transferred to the {{facility:RBWH}} trauma service.",
    "Unexpected ectopic discussed with Dr {{name:Sandy Brook}} ({{facility:Liverpool Women's}}) "
    "at 14:50.",
    "Tel: {{phone:+27 21 404 9111}} -- spoke to Dr {{name:van der Merwe}} re the "
    "{{facility:Groote Schuur}} patient {{name:Dlamini}}.",
]

MESSAGES = [
    "hi {{name:rose}}, can you pull the {{facility:Barts}} disc for mr {{name:kowalczyk}} "
    "before the MDT?",
    "{{name:Tom}} -- the {{name:Hill}} scan from {{facility:St Mary's}} won't import, tag (0010,0010) "
    "reads {{name:HILL^ROSE^MARIE}}.",
    "Thanks {{name:Bev}}, booked Mr {{name:Grant Hunter}} for {{date:Fri 17 March}} "
    "in the afternoon slot.",
    "{{name:Guy}}, can you protocol the {{name:Mason}} MRI? Thanks, {{name:Summer}}",
    "{{name:Kwame}} says {{facility:Korle Bu}} sent the films by courier; they arrived "
    "{{date:30/01/23}}.",
    "Per {{name:Lindqvist}}, the {{facility:Karolinska}} report from {{date:2021-11-03}} is in "
    "the media tab.",
    "{{name:Siobhán}} rang from {{facility:Beaumont}} about the angio on {{name:Ní Bhriain}}; "
    "please call back.",
    "Note from {{name:Sandy}} (bookings): pt {{name:WILL PRICE}} can't do {{date:22/3}}, "
    "rebooked to {{date:29/3}}.",
    "@{{name:Dawn}} pls vet the {{name:RIVERS}} request, it says 'urgent' but no history.",
    "{{name:Ines}} from cardiac physiology will attend for the pacemaker patient "
    "({{name:Al-Harbi}}) at 10.",
    "Msg to {{name:Hamid}}: the {{facility:QEUH}} scanner 3 is down, send outpatients to "
    "the {{facility:GRI}}.",
    "FYI {{name:Chloé}} -- Mme {{name:Bernard}}'s CD from {{facility:Pitié-Salpêtrière}} "
    "has the wrong patient on it.",
    "{{name:bill}} -- the US for {{name:summer field}} needs a chaperone, she asked for "
    "{{name:Faith}}.",
    "Can someone from {{facility:Mass General}} send over the {{name:O'Brien}} images? "
    "Contact {{name:Patrick}} at {{phone:617.724.3300}}.",
    "Reminder: {{name:Kenji}} covers the {{facility:St Luke's}} list on {{date:4/15}}.",
    "{{name:Rashid}} -- pt refused contrast, discussed with her son {{name:Omar}}; non-con "
    "only today.",
    "Porter {{name:Duncan}} took Mrs {{name:Baker}} back to the {{facility:Royal}} at 16:20.",
    "Teams msg Dr {{name:Wood}} -> {{name:Olu}}: 'the {{facility:Alfred}} CT is the right "
    "patient, acc {{id:ALF-23-114477}}'.",
    "Voicemail from {{name:Heather}} at {{facility:Sunnybrook}} ({{phone:416-480-6100 ext. 4471}}) "
    "asking for the {{name:Moss}} report.",
    "Sorry {{name:Hope}}, I've moved Mr {{name:Summers}} to tomorrow; machine fault.",
    "{{name:Jaswinder}} please re-anonymise the teaching file; Mrs {{name:Kaur}}'s name is "
    "still burnt into the ultrasound frames.",
    "shift note: {{name:li}} and {{name:nnamdi}} on CT tonight, {{name:maeve}} on MRI",
    "Handover from {{name:Arjun}}: Mr {{name:Reyes}} in resus still waiting for CT angio.",
    "Re: {{name:Fitzgerald}} -- outside films from {{facility:Cork University Hospital}} "
    "arrived, dated {{date:8 Jan}}.",
    "Tell {{name:Grace}} the {{facility:Alder Hey}} MRI for baby {{name:Jones}} is at 2.",
]

LETTERS = [
    "Dear Mrs {{name:Hill}}, your appointment at {{facility:Addenbrooke's}} is on "
    "{{date:Wednesday 5 April 2023}}.",
    "Mr {{name:Bill Short}}, {{address:Flat 2, 17 Mortimer Road, Cambridge CB1 2EU}}",
    "Please send the CD to the patient at {{address:PO Box 4417, Alice Springs NT 0871}}.",
    "{{name:Grant Hunter}}, {{address:RR 2, Site 14, Box 7, Olds AB T4H 1P5, Canada}}",
    "Address on file: {{address:191186, St Petersburg, Nevsky pr. 28, kv. 14}}",
    "Domicile: {{address:〒113-0033 東京都文京区本郷3-14-7}}",
    "Home address {{address:3-14-7 Hongo, Bunkyo-ku, Tokyo 113-0033}}; next of kin "
    "{{name:Yamamoto Haruka}}.",
    "Address: {{address:C-204, Shanti Niketan Apts, Near Hanuman Mandir, Andheri (E), "
    "Mumbai 400069}}",
    "Domicilio: {{address:Calle Durango 214, int. 5, Col. Roma Norte, Cuauhtémoc, 06700 CDMX}}",
    "Dirección del paciente {{address:Av. Corrientes 3412, piso 4 depto B, C1194AAR CABA}}",
    "Endereço: {{address:Rua Augusta 1508, apto 82, Consolação, São Paulo - SP, 01304-001}}",
    "Lives at {{address:Carrera 7 # 72-41, apto 501, Bogotá}} with her husband.",
    "Anschrift: {{address:Lindenweg 7a, 80331 München}}",
    "Adres: {{address:Keizersgracht 411-III, 1017 DE Amsterdam}}",
    "Adresse : {{address:Bât. C, 12 allée des Tilleuls, 69003 Lyon}}",
    "Indirizzo: {{address:Via dei Mille 24, int. 6, 00185 Roma RM}}",
    "Dirección: {{address:C/ Mayor 17, 3º izda, 28013 Madrid}}",
    "Correspondence to {{address:Apt 5, The Maltings, Ballsbridge, Dublin 4, D04 X2Y6}}.",
    "Mrs {{name:Rose Hill}}, {{address:7 The Causeway, Bishop's Stortford CM23 2EJ}}",
    "He was found at home ({{address:Flat 3, 27 Larkfield, Cardiff CF14 1AA}}) by a neighbour.",
    "Tenement flat at {{address:2/1, 45 Hyndland Road, Glasgow G12 9UX}}, no lift.",
    "Ms {{name:Morag Campbell}}, {{address:Tigh na Mara, Kilchoan, Ardnamurchan PH36 4LD}}",
    "Ship to {{address:1187 County Rd 9, Hebron, ND 58638}} attn {{name:Dale Olson}}.",
    "Mailing: {{address:HC 64 Box 2210, Castle Valley, UT 84532}}",
    "Patient resides at {{address:RR 1 Box 47, Elk Point, SD 57025}}.",
    "Adresse : {{address:2-1140 rue Saint-Denis, Montréal (Québec) H2X 3J6}}",
    "She lives at {{address:4/22 Beach Rd, Coogee NSW 2034}} and works night shifts.",
    "{{name:Liam Nguyen}}, {{address:Unit 12, 8 Oxford St, Paddington NSW 2021}}",
    "Station address: {{address:Lot 3 Stuart Hwy, Katherine NT 0850}}",
    "Postal: {{address:448 Kaipara Coast Highway, RD 3, Warkworth 0983}}",
    "Next of kin {{name:Ayesha Patel}}, {{address:12 Protea Close, Rondebosch, Cape Town, 7700}}.",
    "Lives at {{address:Stand 4417, Zone 6, Diepkloof, Soweto 1864}} with grandmother.",
    "Address: {{address:Plot 23, Admiralty Way, Lekki Phase 1, Lagos}}",
    "Postal address {{address:P.O. Box 30197-00100, Nairobi}}",
    "Digital address {{address:GA-183-8164, Accra}} per the referral form.",
    "Residence: {{address:Blk 5 Lot 12, Phase 2, Camella Homes, Bacoor, Cavite 4102}}",
    "Address {{address:Blk 231 Bishan St 22, #08-115, Singapore 570231}}",
    "주소: {{address:서울특별시 강남구 테헤란로 152, 1203호}}",
    "Home: {{address:上海市徐汇区漕溪北路1200号803室}}",
    "She lives above the pharmacy at {{address:41 High Street, Ely CB7 4HF}} and uses a "
    "wheelchair.",
    "Please note change of address to {{address:Flat 9, Crown Court, 3 Highgate, Kendal "
    "LA9 4DA}} from {{date:1 May 2023}}.",
    "Letter returned 'not known at {{address:14 Larkfield, Chepstow NP16 5TL}}'; "
    "GP {{facility:Castlegate Surgery}} informed.",
    "Dear Dr {{name:Fisher}}, re: {{name:Amber Stone}}, DOB {{date:19.06.87}}, "
    "{{address:The Old Forge, Little Abington, CB21 6BL}}.",
    "Address per PAS: {{address:87 Rue de la Loi, 1040 Etterbeek, Belgium}}",
    "Patient's home {{address:ul. Marszałkowska 84/92 m. 113, 00-514 Warszawa}}",
    "Address line: {{address:Calle 50 y Av. Samuel Lewis, Edif. Plaza, Of. 4B, Panamá}}",
    "c/o her son at {{address:House 17, Road 11, Block E, Banani, Dhaka 1213}}",
    "Address: {{address:Flat 12B, Sai Krupa Apartments, 4th Cross, Malleswaram, Bengaluru 560003}}",
    "Resides {{address:Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de "
    "México}}",
    "Mr {{name:Guy Mason}}, {{address:Meadow View, Brook End, Potton SG19 2QT}}",
    "Postal: {{address:Private Bag X5, Lusikisiki 4820}}",
]

WORKLIST = [
    "WL | 08:40 | CT HEAD | {{name:FIELD, SUMMER}} | {{id:A23-551907}} | ED | {{facility:UCLH}}",
    "RIS: {{name:BAKER FAITH}} {{id:RBA0041278}} US ABDO booked {{date:03/04/2023}} "
    "({{facility:Queen Elizabeth}} site)",
    "Order no. {{id:ORD-004471}} for {{name:Li Wei}} cancelled by the {{facility:Royal}} "
    "booking office.",
    "Study UID {{id:1.2.840.113619.2.55.3.604688.1180.1678792231.12}} "
    "belongs to {{name:Rose Hill}}, not to {{name:Rose Hall}}; please split.",
    "Tech note: pt {{name:Mohammed Al-Harbi}}, MRN {{id:00771245}}, pacemaker SN "
    "{{id:RNB004412Q}} (Medtronic Azure) checked pre-scan.",
    "PACS merge request: {{id:BH23-118204}} and {{id:BH23-118219}} both for "
    "{{name:Short, William}}, DOB {{date:4/7/1941}}.",
    "Accession {{id:4471992}} -- {{name:HUNTER, G}} -- XR CHEST PA -- {{date:14-MAR-23}} -- "
    "the {{facility:General}}",
    "Worklist entry: {{name:Nwachukwu, Chiamaka}} | MRN {{id:0098812}} | MRI knee | "
    "{{facility:St Vincent's}} | {{date:2023-03-16}}",
    "Scheduled: {{name:D'Souza, Rohan}}, NM bone scan, {{date:Mon 20/03/2023 09:00}}, "
    "{{facility:Westmead}}",
    "Modality worklist query returned {{name:SMITH^JOHN^A}} with PID {{id:JHH99182734}}.",
    "Unverified order {{id:ORD-23-77160}} for {{name:Ong Mei Ling}} (NRIC {{id:S7712456H}}) "
    "at {{facility:SGH}}.",
    "Hold list: {{name:Price, Will}} ({{id:UCH44120983}}) -- awaiting eGFR.",
    "Insurance: BlueCross member ID {{id:XKM774120339}}; patient {{name:Chase Banks}}.",
    "SSN {{id:512-44-8831}} on the paper request -- please shred and re-key as MRN "
    "{{id:MG04477182}}.",
    "Medicare number {{id:4123 56789 1}} IRN 2, DVA {{id:NX123456}}, for "
    "{{name:Harold Whitlam}}, {{age:96}}.",
    "OHIP {{id:5584-327-911-KL}} -- {{name:Tremblay, Josée}} -- {{facility:TGH}} "
    "-- {{date:2023-01-09}}",
    "Aadhaar {{id:4521 7789 0312}} recorded for {{name:Lakshmi Narayanan}} at "
    "{{facility:Apollo Chennai}}.",
    "CPF {{id:381.225.749-06}} -- {{name:Gabriel Ferreira}} -- {{facility:InCor}}",
    "PPSN {{id:7734215TA}} on the referral for {{name:Niamh Ó Súilleabháin}}.",
    "Study {{id:RLH-CT-2023-18844}} unread since {{date:Sat 11 Mar 2023 04:10}}; "
    "assigned to Dr {{name:Iris Bloom}}.",
    "ICD interrogation: device serial {{id:PJN804512S}}, patient {{name:Victor Strong}}.",
    "Case {{id:MDT-2023-0418}} -- {{name:Okoro, Blessing}} -- discussed at the "
    "{{facility:Christie}} sarcoma MDT {{date:16.03.2023}}.",
    "Encounter {{id:ENC7718206}}, {{name:Brooks, Crystal}}, ED arrival {{date:03/14/23 23:05}}.",
    "Visit {{id:0455123987}} -- {{name:Sterling Gray}} -- outpatient DEXA -- "
    "{{facility:Cleveland Clinic}}",
    "Series UID {{id:1.3.12.2.1107.5.1.4.66045.30000023031407154590100000012}} missing from "
    "{{name:Moss, Heather}}'s study.",
    "Bed-independent hospital number {{id:RX0094431}} assigned to newborn {{name:Tobenna Okafor}}.",
    "Patient list 07:30 -- {{name:Hill R}}, {{name:Short W}}, {{name:Baker F}}, {{name:Mason G}}.",
]

NETWORK = [
    "Images available at {{url:https://pacs.royal.local/viewer?acc=RH0048812}} for "
    "{{name:Fiona McAllister}}.",
    "Results were released to the patient portal: {{url:https://portal.uclh.nhs.uk/results/8841207}}",
    "WADO link {{url:http://10.14.2.31/wado?requestType=WADO&studyUID=1.2.826.0.1.3680043.2.1143}}"
    " sent to the MDT coordinator.",
    "Modality CT2 (AE title CT2_MAIN) at {{ip:10.40.2.17}} is failing C-STORE since 02:00.",
    "The reading station {{ip:172.16.44.201}} was left logged in as Dr {{name:Swift}}.",
    "Link-local address {{ip:fe80::1c2a:4bff:fe19:7d3e}} seen on the ultrasound cart in resus.",
    "Please email the report to {{email:rose.hill71@gmail.com}} as requested by the patient.",
    "Copy to {{email:b.short@nhs.net}} and {{email:faith_baker@outlook.com}}.",
    "Patient emailed from {{email:guy.mason.1952@btinternet.com}} asking for her images.",
    "Secure mail: {{email:radiology.referrals@stmarys.nhs.uk}}, ref {{name:Summer Field}}.",
    "Portal message from {{email:willprice@yahoo.co.uk}}: 'can I have my CD by Friday?'",
    "Teleradiology node {{ip:203.0.113.58}} returned the {{facility:RPAH}} study "
    "{{id:RPA-23-551902}}.",
    "Share link {{url:https://imageshare.sunnybrook.ca/s/7Hq2xLp9}} expires in 7 days "
    "({{name:Grant Hunter}}).",
    "Report for {{name:Nguyen Thi Lan}} is at {{url:www.stmarys-imaging.co.uk/p/44719}}.",
    "Printer in the second reporting room ({{ip:192.168.40.117}}) is spooling another "
    "patient's letters.",
    "Forwarded by {{email:okafor.c@lagosuth.org.ng}} with the CT from {{facility:LUTH}}.",
    "The VPN log shows {{ip:81.2.69.160}} accessing the record of {{name:Bill Short}} at 03:14.",
    "Viewer URL {{url:https://zfp.brighamandwomens.org/zfp?Acc=BWH30019477}} opened from "
    "{{ip:10.22.8.54}}.",
    "Contact the patient's daughter at {{email:joy.little.family@icloud.com}} or "
    "{{phone:+44 7911 123456}}.",
    "Appointment confirmation sent to {{email:a.raghunathan@rediffmail.com}} for "
    "{{date:18 April 2023}}.",
    "Uploaded by {{name:Kwame Mensah}} from {{ip:41.66.217.9}} via "
    "{{url:https://upload.korlebu.edu.gh/imaging}}.",
    "PACS audit: user Dr {{name:Bloom}} opened {{name:Ivy Lane}}'s MRI from "
    "{{ip:10.3.77.150}} on {{date:2023-03-15 01:02}}.",
    "Click {{url:https://mychart.partners.org/MyChart/Results/882014}} to view your results, "
    "Ms {{name:Baker}}.",
    "Gateway {{ip:10.0.12.1}} forwards to the {{facility:Alfred}} archive at {{ip:10.0.12.40}}.",
    "Email from {{email:hunter.grant@sunnybrook.ca}}: 'pt {{name:Grant Hunter}} is a different "
    "person from me, please fix the chart'.",
    "Request came in via {{url:http://referrals.royalfree.nhs.uk/r/22-0118}} from "
    "{{email:gp.a83011@nhs.net}}.",
    "Images pushed to {{ip:2001:db8:4a1::17}} for the {{facility:Peter Mac}} tumour board.",
    "The DICOM router ({{ip:172.31.5.9}}) rewrote the PatientName of {{name:Kaito Yamamoto}} "
    "to {{name:YAMAMOTO^KAITO}}.",
    "Reply to {{email:m.osei@gmail.com}} re her mother's scan at {{facility:Fernbank House}}.",
    "Link: {{url:https://drive.google.com/file/d/1Xq7mR0aPz/view}} (CD image from "
    "{{facility:Tygerberg}}).",
    "Pt uploaded images to {{url:https://www.myimagecloud.com/u/rosehill}} before her visit.",
    "Service desk: the workstation {{ip:10.88.1.42}} in {{facility:Sunnybrook}} MRI cannot "
    "reach {{url:https://pacs.sunnybrook.local}}.",
    "Telehealth link {{url:https://meet.example-health.org/j/4471902}} for "
    "{{name:Aroha Te Whata}}, {{date:Fri 12 May 2023 11:00}}.",
    "Sender {{email:ines.duarte@chlc.min-saude.pt}}; IP {{ip:193.136.12.4}}.",
    "Email {{email:sipho.n@westerncape.gov.za}} asked for the {{facility:Groote Schuur}} "
    "study on {{name:Thandiwe Dlamini}}.",
    "The kiosk at {{ip:192.168.0.44}} printed Mr {{name:Reyes}}'s wristband twice.",
    "Log: {{date:14/Mar/2023:08:41:07}} {{ip:10.14.2.88}} GET /study/{{id:RH0048812}}",
]

SIGNOFFS = [
    "Reported by Dr {{name:Robin Swift}} FRCR, Consultant Radiologist, "
    "{{facility:Addenbrooke's}}, {{date:14/03/2023 17:22}}.",
    "Dictated by {{name:Grant Hunter}}, MD; transcribed by {{name:Kerry}}; signed "
    "{{date:03/15/2023 07:58}}.",
    "Verified: Prof {{name:Amaka Obi}} MBBS FWACS, {{facility:LUTH}}, {{date:9 May 2022}}.",
    "Electronically signed by {{name:WILL PRICE}}, MD, on {{date:Mar 16 2023 6:02 PM}}.",
    "-- {{name:Faith}} (sonographer), the {{facility:General}}, {{phone:0161 276 1234}}",
    "Signed: Dr {{name:Heather Moss}}, FRANZCR, the {{facility:Alfred}}.",
    "Second read: Dr {{name:Kowalski, Anna}} ({{facility:Rigshospitalet}}), {{date:2023-03-20}}.",
    "Provisional report by {{name:Ama Owusu}} (StR), verified by Dr {{name:Hill}}.",
    "Report by Dr. {{name:Zhang Wei}}, {{facility:Ruijin}}, {{date:2023年3月15日}}.",
    "{{name:Jean-Baptiste Nkurunziza}}, MD -- {{facility:CHU de Kigali}} -- "
    "{{phone:+250 788 300 104}}",
    "Addendum by Dr {{name:Swift}} on the {{date:17th of March}}: see below.",
    "Reporting radiologist: {{name:Rebecca (Becky) Thornton}}, {{facility:Barts}}.",
    "Typed by {{name:Sue}}, checked by Dr {{name:Bishop}}.",
    "Consultant: Dr {{name:Summer Field}} FRCR -- {{facility:St Thomas'}} -- "
    "{{email:summer.field@gstt.nhs.uk}}",
    "Contact Dr {{name:Ahmed Al-Sayed}} at {{facility:King Faisal Specialist Hospital}} "
    "on {{phone:+966 11 464 7272}}.",
]

ADDENDA = [
    "ADDENDUM {{date:15/03/2023}}: after discussion with Dr {{name:Okafor}} the "
    "impression is revised to BI-RADS 4B.",
    "Addendum: the patient's name is spelled {{name:Siobhán Ní Bhriain}}, not "
    "{{name:Siobhan Ni Brien}}; MRN {{id:BM0077412}} unchanged.",
    "Correction: date of prior study is {{date:14th February 2023}}, not "
    "{{date:14th January 2023}}.",
    "Addendum ({{name:R. Swift}}): outside images from {{facility:Mass General}} reviewed; "
    "the lesion was present in {{date:2019}}.",
    "Late entry for the {{date:4th of March}}: the CT was performed at the {{facility:Royal}}, "
    "not at {{facility:Aintree}}.",
    "Addendum: the comparison was mislabelled as {{name:Joy Little}}'s; it belongs to "
    "{{name:Joy Littler}} (MRN {{id:RH0061550}}).",
    "Amended report: the patient is {{age:103}} years old, not 13; age on RIS corrected.",
    "Addendum {{date:3/16/23 10:44}}: discussed with the patient's son, {{name:Victor}}, "
    "at {{phone:(212) 555-0147}}.",
    "ADDENDUM -- images from {{facility:Tata Memorial}} dated {{date:2022-12-01}} now "
    "available; stable disease.",
    "Addendum: report copied to Dr {{name:Grace Adeyemi}}, {{facility:Homerton}}.",
]

AGES = [
    "{{age:91}}-year-old woman with a fall on outstretched hand; Colles fracture.",
    "Portable CXR, {{age:98}} y/o male, nursing home, ?aspiration.",
    "Age: {{age:104}}. Indication: abdominal distension.",
    "Patient is {{age:95}} and could not lie flat for the scan.",
    "Elderly ({{age:92}}F) with acute confusion; CT head shows no bleed.",
    "The centenarian ({{age:100}} years old) tolerated the MRI without sedation.",
    "He is aged {{age:99}} and lives independently.",
    "Nonagenarian: {{age:93}} yo M, right hip pain after fall.",
    "{{age:90}}M from {{facility:Sunnyside Lodge}}, query pneumonia.",
    "DOB {{date:12/01/1929}}, age {{age:94}}, hip screw in situ.",
    "At {{age:96}}, the patient declined further imaging.",
    "CT KUB in a {{age:97}}-yr-old with haematuria.",
    "Mrs {{name:Baker}} ({{age:102}}) attended with her grand-daughter {{name:Faith}}.",
]

TRANSFERS = [
    "Images from {{facility:Barts}}, {{facility:UCLH}}, the {{facility:Royal Free}} and "
    "{{facility:St Mary's}} have been imported for {{name:Adeyemi}}.",
    "Trauma call: patient flown from {{facility:Ipswich Hospital}} to "
    "{{facility:Addenbrooke's}}, CT on arrival {{date:14/03/23 21:05}}.",
    "Accepted by the {{facility:National Hospital for Neurology and Neurosurgery}} on {{date:2 March 2023}}.",
    "Transfer list: the {{facility:Alfred}}, {{facility:Box Hill}}, {{facility:Monash}}, "
    "{{facility:Dandenong Hospital}} -- all to send priors for {{name:Nguyen}}.",
    "Patient was moved from {{facility:Groote Schuur}} to {{facility:Victoria Hospital}} "
    "in Wynberg for step-down care.",
    "Outside hospital: {{facility:Tallaght}}; receiving: {{facility:St James's}}; "
    "date {{date:04/02/2023}}.",
    "Neurosurgery at the {{facility:Walton Centre}} agreed to take him; images shared via IEP.",
    "She will move from {{facility:Toronto General}} to {{facility:Sunnybrook}} next week.",
    "Babies from the {{facility:Rosie}} are scanned at the {{facility:Children's}} on Tuesdays.",
    "Tertiary referral to {{facility:Boston Children's}} accepted by Dr {{name:Chase}}.",
    "Outpatient MRI outsourced to {{facility:Alliance Medical}} at {{facility:Spire Cambridge Lea}}.",
    "Ambulance from {{facility:Baragwanath}} arrived {{date:5/8/2022 03:30}} with "
    "{{name:Tshepo Molefe}}.",
    "Transferred to the {{facility:Montreal Neuro}} on {{date:13 janvier 2023}}.",
    "Moved from {{facility:VGH}} to {{facility:St. Paul's}} for cardiac surgery.",
    "He is registered at the {{facility:Mayo}} and at {{facility:Saint Marys Hospital}} in "
    "Rochester.",
    "Shared-care between {{facility:CHOP}} and {{facility:HUP}} for the transition clinic.",
    "Care transferred from {{facility:Aga Khan University Hospital}} to "
    "{{facility:Kenyatta National Hospital}} on {{date:21.09.2022}}.",
    "The {{facility:Mater}} sends all paediatric MRIs to {{facility:Temple Street}}.",
    "Inter-hospital transfer: {{facility:RNSH}} -> {{facility:RPA}}, pt "
    "{{name:Dawn Rivers}}, MRN {{id:RN0443120}}.",
    "Discharged to {{facility:Willow Court Care Home}}; follow-up CXR at "
    "{{facility:Parkside Surgery}} in 6 weeks.",
    "Lab results from {{facility:HSL}} and {{facility:Quest Diagnostics}} attached.",
    "Imaging performed at the {{facility:Churchill}}; the {{facility:JR}} has no copy.",
]

CONTACTS = [
    "Patient's mobile {{phone:07700 900461}}; landline {{phone:01223 411 208}} (evenings).",
    "NOK: husband {{name:Bill Short}}, tel {{phone:+44 (0)1954 780 332}}.",
    "Call the {{facility:Groote Schuur}} radiology registrar on {{phone:021 404 6220}} if "
    "the CT shows a bleed.",
    "Daughter {{name:Rosa Hill-Ramírez}} lives in Madrid, {{phone:+34 612 345 678}}, "
    "{{email:rosa.hillramirez@gmail.com}}.",
    "Please ring {{name:Faith}} in bookings on {{phone:0800 123 4567}} to reschedule.",
    "Contact number on PAS is out of date; new number {{phone:(02) 9515 6111}} per the patient.",
    "{{facility:Sunnybrook}} imaging fax {{phone:416-480-5855}} -- do not use for {{name:Moss}}'s results.",
    "Son {{name:Takeshi}}: {{phone:090-1234-5678}}, {{email:takeshi.y@docomo.ne.jp}}.",
    "Home phone {{phone:+91 80 2334 1190}}, mobile {{phone:+91 98450 12345}} "
    "({{name:Lakshmi}}'s husband).",
    "Tel. {{phone:(55) 5574 3210}} -- {{name:Guadalupe Hernández}}, "
    "{{address:Calle Durango 214, int. 5, Col. Roma Norte, 06700 CDMX}}.",
    "Patient contact: {{email:fiona.mcallister@btinternet.com}}, {{phone:0131 242 1000}}.",
    "Dr {{name:Okafor}}'s secure address {{email:c.okafor@nhs.net}}; pager not used after 22:00.",
    "Booking confirmation to {{email:summer.field.88@hotmail.co.uk}}, with a link to "
    "{{url:https://www.cuh.nhs.uk/patient-info/mri-leaflet?pid=4471}}.",
    "The GP practice ({{facility:Mill Road Surgery}}) uses {{email:millroad.admin@nhs.net}} "
    "for results.",
    "Questions from {{email:g.hunter.home@rogers.com}} forwarded to the charge technologist.",
    "CD request form submitted via {{url:https://forms.office.com/r/Qm7xT2vLp8}} by "
    "{{name:Aroha Te Whata}}.",
    "Appointment reminder: {{url:https://nhs.accurx.com/r/a7f3c9}} for Mrs {{name:Hill}}, "
    "{{date:Thu 6 April}}.",
    "Referral PDF at {{url:https://ehr.alfred.org.au/docs/ref/2023/05/11/88104.pdf}}.",
    "See {{url:http://intranet.qeuh.scot.nhs.uk/radiology/cases/44712}} for the "
    "{{name:Price}} images.",
    "Video of the swallow uploaded to {{url:https://vimeo.com/812344719}} without consent; "
    "removal requested ({{name:Joy Little}}).",
    "The portal link {{url:https://patient.sickkids.ca/results?mrn=SK0041882}} was sent to "
    "the wrong parent.",
    "Shared via {{url:https://wetransfer.com/downloads/4c1e9f27b0}} from "
    "{{facility:Charité}} to our PACS team.",
    "Modality {{ip:10.40.2.18}} (MR1) and {{ip:10.40.2.19}} (MR2) both lost the worklist at 07:00.",
    "Unknown device {{ip:192.168.12.250}} sending studies for {{name:Summer Field}} to "
    "the archive.",
    "Firewall blocked {{ip:185.220.101.34}} probing the web viewer that holds "
    "{{name:Rose Hill}}'s study.",
    "Ultrasound unit US4 re-addressed from {{ip:10.5.6.70}} to {{ip:10.5.6.71}} by {{name:Hamid}}.",
    "Home reporting session for Dr {{name:Bloom}} from {{ip:86.143.22.197}} flagged by security.",
    "C-FIND from {{ip:172.20.3.14}} returned {{name:MASON^GUY}} and {{name:MASON^GUY^P}}.",
    "Dose monitoring server {{ip:10.60.0.25}} shows {{name:Faith Baker}}'s CT at 22 mSv.",
    "DNS for {{url:https://pacs-dr.royal.local}} points to {{ip:10.99.1.5}} during the failover.",
    "A {{age:95}}-year-old with a fractured neck of femur, MRN {{id:RH0059914}}, for CT pre-op.",
    "aged {{age:92}}, lives at {{address:Flat 4, 2 Tower Hill, Ormskirk L39 2EE}}.",
    "{{age:99}} y old woman, {{id:K2290588}}, {{facility:Addenbrooke's}} ward D8.",
    "Centenarian (aged {{age:101}}) -- daughter {{name:Pearl}} consents on her behalf.",
    "The {{age:94}}-yr-old patient ({{name:Heinrich Vogel}}) was scanned prone.",
    "Pt is {{age:96}} y.o.; CT colonography abandoned, switch to CT abdomen.",
    "Accession {{id:AC-23-0044917}} and {{id:AC-23-0044918}} were merged into "
    "{{id:AC-23-0044917}} in error.",
    "NHS number {{id:401 023 2137}} does not match the name {{name:Rose Hill}} on the CD.",
    "CHI number {{id:0101340112}} for {{name:Morag Campbell}} (spine lookup).",
    "MRN {{id:MR-0088214}}, acc {{id:MRI-23-10042}}, study ID {{id:MRI4471}}: knee for "
    "{{name:Victor Strong}}.",
    "Insurance policy {{id:AXA-PPP-99014772}}, authorisation {{id:PA-23-44101}}.",
    "Hospital number {{id:H/44/00219}} on the wristband of Mr. {{name:Ali Raza}}.",
]

CLEAN_DEV8 = [
    "Transferred to the general ward after an uneventful recovery from the biopsy.",
    "The royal blue catheter hub is seen projecting over the right atrium.",
    "Will repeat the ultrasound in 6 weeks to confirm resolution.",
    "Grant funding for the new 3T scanner was approved by the trust board.",
    "St. Jude Medical mechanical aortic valve in situ; no paravalvular leak.",
    "Hill-Sachs lesion of the posterosuperior humeral head with a bony Bankart.",
    "Large Baker's cyst with a ruptured inferior margin tracking into the calf.",
    "The adductor canal (Hunter's canal) is unremarkable on both sides.",
    "Short tau inversion recovery sequences show marrow oedema in the talus.",
    "The field of view was extended to include both adrenals.",
    "Frank haematuria with clot in the bladder; no upper tract filling defect.",
    "Skin marker placed over the palpable lump at the patient's request.",
    "General anaesthesia will be required for the paediatric MRI.",
    "General surgery review requested for the incarcerated inguinal hernia.",
    "The children's ward has asked for all sedation cases to be booked before noon.",
    "Moved to the surgical high dependency unit overnight.",
    "Patient recently moved to Leeds and is awaiting GP registration.",
    "She was on holiday in Cape Town when the symptoms started.",
    "He lives in St Albans and drives himself in for each appointment.",
    "Glasgow Coma Scale 14 on arrival, 15 by the time of the scan.",
    "Ottawa ankle rules positive; radiographs of the ankle and foot obtained.",
    "Denver shunt tubing is coiled in the right flank without kink.",
    "Boston Scientific subcutaneous ICD projects over the left chest wall.",
    "Philadelphia chromosome positive ALL; CT shows bulky splenomegaly.",
    "Serology for Lyme disease was negative according to the referral.",
    "Kerley B lines and upper lobe diversion in keeping with pulmonary oedema.",
    "Swan-Ganz catheter tip in the right interlobar pulmonary artery; withdraw 2 cm.",
    "Hodgkin lymphoma with a bulky anterior mediastinal mass.",
    "Chilaiditi sign: colon interposed between the liver and the right hemidiaphragm.",
    "Pancoast tumour invading the first rib and the T1 nerve root.",
    "Foley catheter balloon is inflated within the prostatic urethra; reposition.",
    "Segond fracture, highly suggestive of an ACL tear.",
    "Lisfranc ligament injury with widening between the first and second metatarsal bases.",
    "Jones fracture at the metaphyseal-diaphyseal junction of the fifth metatarsal.",
    "Smith's fracture of the distal radius with volar displacement.",
    "Weber B fibular fracture with medial clear space widening.",
    "Salter-Harris II fracture of the distal tibia in a 12-year-old.",
    "Wilms tumour in the left kidney with a tumour thrombus in the renal vein.",
    "Ewing sarcoma of the proximal fibula with a large soft tissue component.",
    "Crohn's disease with a rose thorn ulcer pattern in the terminal ileum.",
    "Meckel diverticulum confirmed on the technetium scan.",
    "Free fluid in Morison's pouch; FAST positive.",
    "Enlarged Virchow node in the left supraclavicular fossa.",
    "Graves disease: diffusely increased uptake on the pertechnetate scan.",
    "Paget disease of the right hemipelvis with cortical thickening.",
    "Budd-Chiari syndrome with hepatic vein occlusion and caudate hypertrophy.",
    "Klatskin tumour at the confluence with bilateral intrahepatic duct dilatation.",
    "Small right Bochdalek hernia containing fat only.",
    "Schatzki ring at the gastro-oesophageal junction on barium swallow.",
    "Zenker diverticulum measuring 3 cm with retained contrast.",
    "Chiari I malformation with tonsillar descent of 8 mm.",
    "Dandy-Walker malformation with an enlarged posterior fossa.",
    "Sturge-Weber syndrome with gyriform calcification in the left occipital lobe.",
    "Von Hippel-Lindau disease with multiple renal cysts and a pancreatic cyst.",
    "Wernicke encephalopathy with signal change in the mammillary bodies.",
    "Creutzfeldt-Jakob disease suspected; cortical ribboning on DWI.",
    "Guillain-Barré syndrome with enhancement of the cauda equina nerve roots.",
    "Charcot joint of the midfoot with fragmentation and subluxation.",
    "Hunter syndrome with J-shaped sella and oar-shaped ribs.",
    "Pierre Robin sequence; airway assessment with low-dose CT.",
    "Ivy sign on FLAIR in keeping with moyamoya.",
    "Wells score is 4.5; CTPA recommended.",
    "Marsh 3 changes on the duodenal biopsy according to the referral letter.",
    "Fisher grade 3 subarachnoid haemorrhage in the basal cisterns.",
    "Blooming artefact on SWI consistent with microhaemorrhages.",
    "Bishop score is not relevant to the ultrasound request; declined.",
    "Ivor Lewis oesophagectomy with a gastric conduit in the right chest.",
    "Whipple procedure with a patent pancreaticojejunostomy.",
    "Nissen fundoplication wrap is intact.",
    "Hartmann's procedure with an end colostomy in the left iliac fossa.",
    "Hickman line tip at the cavoatrial junction.",
    "Port-a-Cath reservoir in the right chest wall, catheter tip in the SVC.",
    "Watchman device in the left atrial appendage without peridevice leak.",
    "Edwards Sapien 3 valve in the aortic position.",
    "MitraClip in situ; moderate residual regurgitation.",
    "Medtronic Azure XT DR MRI SureScan pacemaker; MR conditional protocol used.",
    "Siemens SOMATOM Force dual source CT, 80 kV, 120 mL Omnipaque 350.",
    "Scanned on the Philips Ingenia 3T in the outpatient suite.",
    "GE Revolution CT, cardiac gating with a heart rate of 58 bpm.",
    "Mass effect with 6 mm of midline shift to the left.",
    "Royal College of Radiologists guidance on vetting was followed.",
    "The Fleischner criteria recommend no routine follow-up for this nodule.",
    "Bosniak IIF cyst; follow-up CT advised.",
    "Attenuation of 12 Hounsfield units, in keeping with a lipid-rich adenoma.",
    "BI-RADS 4A; ultrasound-guided core biopsy recommended.",
    "LI-RADS 5 observation in segment VII measuring 24 mm.",
    "PMH: COPD, AF on apixaban, type 2 diabetes.",
    "MSK radiologist to review the MRI of the wrist.",
    "Seen Tuesday at 14:30 in the fracture clinic.",
    "Symptoms began last Tuesday after a long-haul flight.",
    "The Q3 2021 audit showed a 4% recall rate.",
    "Headache for 3 days, worse on waking.",
    "Smoker for 40 years, stopped 2 years ago.",
    "89-year-old man with a fall; no fracture identified.",
    "Aged 87, lives alone with carers twice daily.",
    "The patient is 45 years old and pregnant at 12 weeks.",
    "A 6-year-old with a limp and a normal hip ultrasound.",
    "Name: [redacted], MRN: XXXX, DOB: XX/XX/XXXX.",
    "Referrer details withheld [REDACTED] per trust policy.",
    "Bed 14, ward 7B; the patient is on contact precautions.",
    "Transferred to Lister ward, bed 6, after the procedure.",
    "Room 3 is out of use while the injector is replaced.",
    "CPT 74177; ICD-10 C34.1; protocol CT chest-abdo-pelvis with contrast.",
    "Dose-length product 612 mGy.cm; CTDIvol 9.8 mGy.",
    "Interventional Radiology will see the patient on the ward round.",
    "Nuclear Medicine has no capacity for a bone scan this week.",
    "The Emergency Department requested a CT head within one hour.",
    "The Breast Unit runs the one-stop clinic on Thursday mornings.",
    "Cath Lab 2 is closed for maintenance until further notice.",
    "The district general hospital has no out-of-hours MRI.",
    "Patient needs a tertiary cardiothoracic centre for the repair.",
    "Hope was expressed that the stent would remain patent.",
    "Grace period for the booking is 15 minutes after the slot time.",
    "In good faith the technologist proceeded after the safety questionnaire.",
    "Summer months see more trampoline injuries in children.",
    "Little change in the size of the pleural effusion.",
    "Long-segment stricture of the distal ureter.",
    "The price of the contrast agent has risen this year.",
    "Stone in the distal left ureter measuring 5 mm with mild hydronephrosis.",
    "Crystal arthropathy favoured given the erosions with overhanging edges.",
    "Amber warning on the PACS banner: prior study not yet retrieved.",
    "The iris and lens are unremarkable on the orbital CT.",
    "Swift recovery expected; discharge planned for the morning.",
    "The patient's faith prohibits blood products; noted for IR.",
    "Young man with a sports injury; MRI knee shows a bucket-handle tear.",
    "Stable appearances; no further imaging is required.",
    "Field strength 1.5T; no contraindication to scanning.",
    "Mark the site of the lesion with a wire before surgery.",
    "The mother was present and consented on behalf of the child.",
    "Victoria line delays meant the patient arrived 40 minutes late.",
    "Queue at the front desk; patients waiting over an hour on Friday afternoons.",
    "Royal Mail lost the CD; a new copy will be burnt.",
    "The Lancet paper on contrast nephropathy was circulated at the department meeting.",
    "The Mayo classification of olecranon fractures was used in the discussion.",
    "Kienböck disease with sclerosis of the lunate.",
    "Osgood-Schlatter disease with fragmentation of the tibial tubercle.",
    "Legg-Calvé-Perthes disease of the right femoral head in a 7-year-old boy.",
    "Codman triangle at the distal femoral metaphysis; urgent sarcoma referral.",
    "Brodie abscess in the distal tibial metaphysis.",
    "Erlenmeyer flask deformity of the distal femora.",
    "Madelung deformity of both wrists.",
    "Sprengel deformity with an omovertebral bone.",
    "Garden IV subcapital fracture of the left neck of femur.",
    "Schatzker II tibial plateau fracture with 4 mm depression.",
    "Trendelenburg positioning was used for the line insertion.",
    "Valsalva manoeuvre demonstrates a small left varicocele.",
    "Seldinger technique; 8 Fr pigtail drain into the collection.",
    "Roux-en-Y gastric bypass with a dilated biliopancreatic limb.",
    "Bell's palsy; enhancement of the labyrinthine segment of the facial nerve.",
]

DEV8 = (
    HEADERS
    + HISTORY
    + COMPARISONS
    + CALLS
    + MESSAGES
    + LETTERS
    + WORKLIST
    + NETWORK
    + SIGNOFFS
    + ADDENDA
    + AGES
    + TRANSFERS
    + CONTACTS
)
