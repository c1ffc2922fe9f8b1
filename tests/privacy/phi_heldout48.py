"""Held-out PHI set 48: English-language chest imaging in Canada outside Quebec.

The setting is chest imaging (radiographs, CT, low-dose lung screening, CT pulmonary angiography)
in community and teaching hospitals of Ontario, British Columbia, Alberta, Saskatchewan, Manitoba
and the Atlantic provinces, with their regional health authorities, fly-in nursing stations and
family practices. The text types are radiology reports and addenda, imaging requisitions, e-fax
cover sheets and fax logs, hospital report manager (HRM) style notices to family doctors,
provincial health numbers in their own formats (OHIP with version code, BC PHN, Alberta ULI/PHN,
Saskatchewan HSN, Manitoba PHIN and registration number, New Brunswick Medicare, Nova Scotia
health card, PEI health number, Newfoundland and Labrador MCP), MRNs and accession numbers,
emergency department whiteboards and handover notes, Teams and secure chat, MRP transfer and
consultant letters, e-mail, PACS audit logs, HL7 v2 fragments, spreadsheet and CSV exports, and
transfers from remote and northern nursing stations. Dates are written the Canadian ways
(2025-03-04, 04/03/2025 with its day-month ambiguity, "Mar 4", 04MAR2025, HL7 timestamps), phone
numbers with extensions, postal codes as A1A 1A1, rural routes, sites, boxes and general delivery.

Conventions
-----------
name
    Any person: patient, relative, escort, clinician, technologist, clerk, typist. The span is the
    name as written: "Last, First M." is one span, all-caps names and caret-joined HL7/DICOM names
    (FAMILY^GIVEN^MIDDLE) are one span. Initials standing for a person (sign-offs, typist initials
    such as "ak", "JLM") are a span, one per person. Titles and honorifics (Dr, Dr., Drs, Mr, Mrs,
    Ms, Father), roles (RN, NP, NIC, MOA, MRT, clerk), credentials (MD, FRCPC) and the HL7 prefix
    and degree components (^^^DR, ^^^MRS) are outside the span, and so is a possessive "'s". A
    nickname ("Bud", "Bobby", "Big Ed") is its own span. Chat handles and login user names
    (kfraser2, admin.ltruong) are names; a leading "@" is outside. Eponyms (Kerley, Hampton,
    Westermark, Pancoast, Swan-Ganz, Fleischner, Macleod, Wells, Jordan's Principle) are not names.
    A person's name that is part of a facility name is only part of the facility span.
date
    Any calendar date tied to a person or an event (birth, exam, dictation, signature, transfer,
    card expiry, log entry): full dates in every form (2025-03-04, 04/03/2025, 9/3/2025, 11/03/25,
    Mar 4, 4 Mar 2025, March 4, 2025, 04MAR2025, 05-Mar-2025, 2025.03.11, 20250304), a day and month
    without year, and a month with year (Aug 2019, 2026-05). The span is the date only: a weekday
    and a separately written time of day ("2025-03-04 14:32", "2025-03-15T03:14:07Z") stay outside.
    A compact HL7/DICOM timestamp (202503041432, 20250315101522) is one date span over the whole
    token. A year alone, times alone, weekdays, relative words (today, overnight) and durations are
    not spans; "YYYY-MM-DD" and other format templates are not dates.
id
    A number or code that identifies a patient, an encounter, a record, a study, an order or a
    licensed practitioner: provincial health numbers, MRNs and chart numbers, visit and encounter
    numbers, accession numbers, order, requisition and report numbers, DICOM Study Instance UIDs,
    Indian status (registration) numbers, NIHB client ids, IFH UCI numbers, WCB claim numbers,
    practitioner licence and billing numbers (CPSO, CPSM, OHIP billing), HL7 ordering-provider ids.
    The span is the whole token as written, with its spaces, dashes and embedded letters, and an
    OHIP version code written after the number is inside the span. The label (MRN, HCN, PHN, ULI,
    HSN, PHIN, Acc#, Status #, pt=, PatientID) is outside. Not ids: bed, room and hallway numbers,
    fee and procedure codes (OHIP X codes, CPT, CCI), ICD-10, LOINC and SNOMED codes, HL7 segment
    and field names, versions and message control ids, DICOM tags and standard UIDs (transfer
    syntaxes, SOP classes), series and image numbers, software versions and builds (including dotted
    four-part versions), device models, ports, dose values, page counts, CTAS levels.
phone
    Telephone, fax, cell and pager numbers, with a +1 or 1- prefix, brackets and a trailing
    extension (ext. 6614, x 2231) inside one span; a fax CSID written as ten digits is a phone. A
    bare extension or short pager number written without the full number is a phone span of the
    digits only ("ext" and "pager" outside). Public service numbers (811, 911) are not spans.
email
    The whole e-mail address; angle brackets outside.
url
    Every web address, patient-specific or not, from its scheme (https://, http://, sftp://) or
    "www." through path, query and fragment. An id or IP address inside a URL is part of the URL
    span and is not marked again.
ip
    An IPv4 or IPv6 address, the address only: a ":port" suffix, the word "port", DICOM AE titles
    and workstation names are outside. Dotted software versions and builds (10.4.2.118) and DICOM
    UIDs are not IP addresses.
address
    A street or mailing address of a person or of a place, from its first element (unit, civic
    number, RR, Site, Comp, PO Box, Box, General Delivery) through the last of street, community,
    province and postal code written contiguously; a leading "c/o" and a "Station Main" inside the
    run are part of it. An address that starts with a community name is a span only when a postal
    code follows. A postal code written alone is an address span. An HL7 address is one span over
    its caret-joined components, ending at the postal code (the country code is outside). A city,
    town, First Nation, reserve, highway or province named alone is not an address.
facility
    A named hospital, hospital campus or site, health centre, nursing station, cancer centre,
    clinic, family health team, long-term care or personal care home, or retirement residence, by
    full name, short name or abbreviation (VGH, SMH, UAH, HSC, QEII, RUH, TOH Civic, Foothills,
    Royal Alex), also inside an HL7 facility component. The span is the name only; department and
    unit words before or after it (ED, DI, Medical Imaging, PACS, ICU, 4B, reading room) are
    outside, and so is a city written after it. Not facilities: regional health authorities and
    agencies (Fraser Health, Vancouver Coastal Health, Interior Health, Northern Health, Island
    Health, AHS, Shared Health, Saskatchewan Health Authority, Nova Scotia Health, Horizon,
    Vitalité, Eastern Health, Ontario Health, PHSA, BC Cancer and Cancer Care Ontario as agencies,
    ServiceOntario, the colleges), programs (Ontario Lung Screening Program, NIHB), transport
    services (Ornge, STARS, Sask Air Ambulance), networks and systems (OTN, HRM, Alberta Netcare,
    Connect Care), generic words (the cancer centre, the nursing station, community hospital), ward
    types, AE titles.
age
    Only ages over 89, the number only ("93" in "93F", "93 y/o", "Age 93", "93-year-old", "98/F",
    "95Y"). Ages 89 and under, decades ("in his 90s") and "nonagenarian" are not spans.
"""

from __future__ import annotations

REPORTS = [
    "CHEST PA AND LATERAL   Patient: {{name:MACKENZIE, Doreen L.}}   DOB: {{date:1931-07-22}}   "
    "Age: {{age:93}}   MRN: {{id:V00482213}}",
    "Exam date: {{date:2025-03-04}} 09:12   Accession: {{id:CR25-0048812}}   Ordering: Dr. "
    "{{name:Harjit Sandhu}}, {{facility:Surrey Memorial Hospital}}",
    "COMPARISON: Portable AP chest of {{date:Feb 27}} from {{facility:Royal Columbian}}.",
    "ADDENDUM {{date:04/03/2025}} 16:40 - findings discussed by phone with Dr. {{name:Okafor}} at "
    "{{phone:604-581-2270 ext. 6614}}, read back confirmed.",
    "Dictated by {{name:Yves Thibodeau}}, MD FRCPC. Transcribed {{date:05-Mar-2025}} by {{name:ak}}.",
    "Electronically signed by Dr. {{name:P. Venkataraman}} on {{date:March 5, 2025}} at 08:03 MST.",
    "CT CHEST WITH CONTRAST performed at {{facility:UAH}}; prior outside study from "
    "{{facility:Red Deer Regional Hospital Centre}} reviewed.",
    "CLINICAL HISTORY: {{age:91}} y/o F, progressive SOB, r/o CHF vs effusion. Requested by "
    "{{name:Lindqvist, Anna}}, NP.",
    "Previous CT of {{date:12 Jan 2024}} at {{facility:Grey Nuns}} showed a 6 mm RUL nodule, now "
    "measuring 9 mm (series 3, image 88).",
    "CRITICAL RESULT: saddle PE. Paged Dr {{name:Ferreira}} (pager {{phone:780-445-3391}}) at 14:22; "
    "acknowledged 14:26.",
    "ADDENDUM by {{name:Rosalind Achterberg}} on {{date:2025-03-06}}: the RLL 'nodule' is a nipple "
    "shadow; repeat PA with nipple markers booked at {{facility:Misericordia Community Hospital}}.",
    "cc: Dr. {{name:Marguerite Boudreau}}, {{facility:The Moncton Hospital}}, fax "
    "{{phone:(506) 857-5122}}",
    "PATIENT NAME: {{name:O'DONNELL, PATRICK JOSEPH}}   HCN: {{id:6712 448 903}} (NS)   ACC#: "
    "{{id:QE25X110456}}",
    "Ordering location: {{facility:QEII Halifax Infirmary}} Emergency, Bay 14.",
    "Exam performed {{date:20250303}} at {{facility:Dartmouth General Hospital}}; images pushed to "
    "{{facility:QEII}} PACS for reporting.",
    "Compared with outside films from {{facility:Aberdeen Hospital}}, New Glasgow, dated "
    "{{date:Nov. 18, 2024}}.",
    "Low-dose CT for lung screening, {{name:Kowalczyk, Stanislaw}}, {{date:2025-02-11}}: Lung-RADS 2, "
    "next LDCT in 12 months.",
    "Radiologist: {{name:Amira El-Sayed}}, CPSO #{{id:88412}}, {{facility:Juravinski Hospital}} "
    "Diagnostic Imaging.",
    "Technologist: {{name:JLM}}   Scanner: CT 2   Protocol: PE chest   DLP 312 mGy.cm",
    "Addendum: laterality corrected - the port reservoir is in the LEFT chest wall. Corrected by "
    "{{name:S. Nakagawa}} {{date:07/03/2025}} 11:15.",
    "PORTABLE AP CHEST: {{name:Beaulieu, Thérèse}} ({{age:96}}F), {{facility:St. Boniface Hospital}} "
    "ICU, line check.",
    "Prior exams: {{date:2023-10-02}} CT chest ({{facility:HSC}} Winnipeg); {{date:2024-05-19}} CXR "
    "({{facility:Grace Hospital}}).",
    "Incidental 1.4 cm left adrenal nodule; adrenal protocol CT suggested. Flagged to Dr. "
    "{{name:Chidi Nwachukwu}} through HRM on {{date:Mar 8}}.",
    "EXAM: CT PULMONARY ANGIOGRAM   DATE: {{date:08MAR2025}}   PT: {{name:WHITEHORSE, CLARA}}   "
    "PHIN: {{id:118 430 962}}",
    "Findings called to {{name:Brenda}}, RN, {{facility:Thompson General Hospital}} ED, at 02:10 on "
    "{{date:9/3/2025}}.",
    "HISTORY: {{age:90}} yo M, unwitnessed fall at {{facility:Parkview Place}}, left chest wall pain, "
    "?rib fractures.",
    "Read remotely by {{name:Olamide Adeyemi}} for {{facility:Chinook Regional Hospital}}, "
    "Lethbridge; reviewed with fellow {{name:Kessler}}.",
    "RE-DICTATION: original report {{id:RAD-2503-118842}} of {{date:2025-03-02}} is retracted and "
    "replaced.",
    "FINAL REPORT - {{facility:Foothills Medical Centre}} - {{name:Yellowknee, Gordon}} - ULI "
    "{{id:31904-7752}} - {{date:Mar 9 2025}}",
    "The 2.1 cm spiculated LUL mass is new since {{date:June 2023}}; recommend PET-CT and referral "
    "to the {{facility:Tom Baker Cancer Centre}} thoracic clinic.",
    "Case reviewed at thoracic rounds {{date:2025-03-10}} with Drs {{name:Haldane}} and "
    "{{name:Mukherjee}}.",
    "Report status changed PRELIM to FINAL by {{name:rgoswami}} on {{date:11-03-2025}} 07:58.",
    "CXR 1 VIEW: {{name:Fiddler, Josephine}}, {{age:92}}, transferred from "
    "{{facility:Sandy Lake Nursing Station}}. NG tube tip below the diaphragm.",
    "COMPARISON: none available at {{facility:RJH}}; outside images from "
    "{{facility:Nanaimo Regional General Hospital}} requested.",
    "Signed: {{name:Thomas Ng}}, MD - {{facility:Lions Gate Hospital}} - {{date:2025.03.11}}",
    "ADDENDUM 2 ({{date:12/03/2025}}): per Dr. {{name:Gallant}}, the patient is {{age:99}}, not 59 "
    "as on the requisition; impression unchanged.",
    "HRCT chest for {{name:Penner, Abram}}: UIP pattern, progression since {{date:Sep 2022}}. "
    "Discussed with the ILD clinic at {{facility:St. Paul's}}.",
    "Centenarian, {{age:101}} y.o. female, portable chest with minimal inspiratory effort; "
    "ordered by {{name:Ogilvie}}.",
    "Age/Sex: {{age:98}}/F   Location: 3 North   Attending: {{name:Ogilvie, Fraser}}   Exam: CXR AP",
    "The patient, aged {{age:97}}, declined CT at {{facility:Kelowna General Hospital}}; plain film "
    "only.",
    "Preliminary read by resident {{name:Amandeep Brar}} at 03:05, final by {{name:Leung}} at "
    "07:40 on {{date:Mar 10}}.",
    "EXAM DATE {{date:2025/03/13}}   {{facility:Regina General Hospital}}   CT THORAX   PT "
    "{{name:STARBLANKET, LOUIS}}   HSN {{id:600 781 334}}",
    "Findings communicated to {{name:Will Banks}}, the covering NP at {{facility:Medicine Hat "
    "Regional Hospital}}, at 19:20.",
]

REQUISITIONS = [
    "DIAGNOSTIC IMAGING REQUISITION   Patient: {{name:Tremblay, Julien}}   DOB: {{date:02/11/1958}}   "
    "OHIP: {{id:4471-902-338-KT}}",
    "Address: {{address:77 Larch Cres, Sudbury ON P3A 4K9}}   Home tel: {{phone:705-522-6619}}",
    "Referring physician: {{name:Farah Qureshi}}   OHIP billing no. {{id:018842}}   "
    "{{facility:Minnow Lake Family Health Team}}",
    "Exam: CXR PA/LAT. Reason: cough x 6 weeks, ex-smoker 40 pack-years. Date requested: "
    "{{date:2025-03-10}}.",
    "Please book at {{facility:HSN}} or {{facility:Sault Area Hospital}}, whichever has the first "
    "opening.",
    "Copy report to Dr. {{name:Ruth Kakegamic}}, {{facility:Sioux Lookout Meno Ya Win Health Centre}}.",
    "BC PHN: {{id:9698 441 207}}   Name: {{name:CHOW, Wai Lun}} ({{name:Wilson}})   Sex: M   DOB: "
    "{{date:1949-12-03}}",
    "Patient address {{address:14620 58 Ave, Surrey BC V3S 7N2}}, cell {{phone:778.893.4410}}",
    "Alberta ULI {{id:40228-1187}} / Surname {{name:Yellowbird}} / Given {{name:Marcus}} / DOB "
    "{{date:14-08-1971}}",
    "SK HSN {{id:712 004 381}}. Requesting practitioner {{name:L. Bouvier}}, NP. Fax results to "
    "{{phone:306-764-2288}}.",
    "Clinical information: {{age:94}} F, CHF on furosemide, portable film if unable to stand.",
    "URGENT - call Dr. {{name:Hemsworth}} with results: {{phone:902-368-4410}} (office) or "
    "{{phone:902-393-7215}} (cell).",
    "PEI Health Card {{id:20418835}}   {{name:Arsenault, Yvette}}   "
    "{{address:RR 3, Wellington PE C0B 2E0}}",
    "MCP {{id:104 882 319 006}}   Pt: {{name:Pardy, Clarence}}   "
    "{{address:PO Box 42, Twillingate NL A0G 4M0}}",
    "NB Medicare {{id:822 115 094}}; {{name:LeBlanc, Aurèle}}; exam to be done at "
    "{{facility:Dr. Georges-L.-Dumont University Hospital Centre}}.",
    "Allergies: iodinated contrast (hives, {{date:Aug 2019}}, {{facility:Saint John Regional "
    "Hospital}}); premedication protocol required.",
    "MB PHIN {{id:204 771 058}} / Reg # {{id:118822}} / {{name:Klassen, Helena}} / "
    "{{address:Box 118, Grunthal MB R0A 0R0}}",
    "Requisition #{{id:REQ-0311-55820}} received {{date:Mar 11}}; booked for {{date:Mar 14}} 10:30 "
    "at {{facility:Victoria General Hospital}}, Winnipeg.",
    "Ordering provider: {{name:Bautista, Rowena}}, MD (CPSM {{id:29914}}), "
    "{{facility:Seven Oaks General Hospital}}",
    "Patient prefers {{name:Bud}}; legal name {{name:Wilfred Arnold Gushue}}. Hard of hearing, "
    "daughter {{name:Janine}} will attend: {{phone:709-631-0448}}.",
    "Previous imaging: CT chest {{date:2024-11-29}}, {{facility:Western Memorial Regional Hospital}}, "
    "Corner Brook.",
    "WCB claim {{id:C-2208814}}: chest x-ray after a fall from a ladder on {{date:Feb 28}}.",
    "Return the completed req to {{address:1402 Elphinstone St, Regina SK S4T 3M2}} or fax "
    "{{phone:(306) 522-8810}}.",
    "Patient: {{name:HYNES, Bridget M.}}   DOB {{date:1928/04/17}}   Age {{age:96}}   Wheelchair, "
    "requires a lift.",
    "OHIP {{id:9012 447 660 XB}} - version code changed at the last visit, please verify before "
    "booking.",
    "Requested by {{name:Amandeep Brar}} (resident) for Dr. {{name:Leung}}; pager {{phone:3391}}.",
    "Reason for exam: {{age:91}}-yr-old, ?aspiration after choking at supper, crackles R base.",
    "Interpreter: Punjabi; contact son {{name:Harpreet}} at {{phone:403-660-2217}} to book.",
    "Req faxed from {{facility:Riverbend Family Health Centre}}, {{address:220 Main St N, Moose Jaw "
    "SK S6H 3J8}}, on {{date:2025-03-12}}.",
]

EFAX = [
    "FAX - To: Dr. {{name:Ian Sutherland}}   Fax: {{phone:(519) 685-8127}}   From: {{facility:LHSC}} "
    "Medical Imaging   Pages: 3 incl. cover",
    "If you received this fax in error, call {{phone:1-877-602-4410}} and destroy all copies.",
    "Sent {{date:2025-03-11}} 14:02 via RightFax gateway {{ip:10.48.12.77}}.",
    "RE: {{name:Nadia Petrov}}   DOB: {{date:1987-06-14}}   Acc: {{id:LH2503118220}}   CT Thorax",
    "Attention: Health Records, {{facility:Kingston Health Sciences Centre}}, "
    "{{address:231 Brock St, Kingston ON K7L 1S5}}",
    "From: {{name:Sharon Ukrainetz}}, DI booking clerk, {{facility:Royal University Hospital}}. Tel "
    "{{phone:306-655-1834}}, fax {{phone:306-655-1899}}.",
    "TRANSMISSION OK - remote CSID {{phone:2049482271}}, 4 pages, {{date:11/03/25}} 15:47, duration "
    "00:01:12",
    "Please return the signed form by fax to {{phone:780 735 4211}} or by email to "
    "{{email:di.booking.rah@ahs.ca}}.",
    "Patient: {{name:Sinclair, Morag}} - urgent CT report attached, please review today.",
    "To: {{facility:Cross Lake Nursing Station}}   Attn: {{name:Delphine}} (NIC)   Fax "
    "{{phone:204-676-2019}}",
    "From: {{name:Kyle Obed}}, RN, {{facility:Labrador Health Centre}}, Happy Valley-Goose Bay   Ph "
    "{{phone:709-897-2414 x 2231}}",
    "Misdirected fax reported {{date:Mar 12}}: the report for {{name:Hnatiuk, Oksana}} went to the "
    "wrong clinic; privacy office notified.",
    "Cover: {{facility:Peterborough Regional Health Centre}} DI to Dr. {{name:Moira Clancy}}, "
    "{{facility:Lakefield Medical Clinic}}, F: {{phone:705.652.1180}}",
    "Confidential - 2 pages for Dr. {{name:Obiora}} re a patient born {{date:03/04/1950}}; format "
    "DD/MM/YYYY.",
    "Fax server log: send to {{phone:+1 613 761 4422}} failed (line busy), retry 3 of 3 at 16:05.",
    "Sender: {{name:Pat Doiron}} | {{facility:Chaleur Regional Hospital}} | "
    "{{address:612 Murray Ave, Bathurst NB E2A 1T9}}",
    "Fax to {{facility:Queen Elizabeth Hospital}} booking, {{phone:902-894-2118}}: please schedule "
    "CT chest for {{name:Gallant, Roméo}}, {{age:92}}.",
    "FROM: {{facility:Yarmouth Regional Hospital}} Medical Imaging  TO: {{name:d'Entremont, "
    "Marlene}}  DATE: {{date:2025-03-13}}",
    "Received fax 2 of 5 is illegible; please resend to {{phone:250-370-8844}} attention "
    "{{name:Rekha}}.",
    "Fax cover from {{facility:Brandon Regional Health Centre}}: CT results for {{name:Osei, "
    "Kwabena}}, DOB {{date:1961-01-27}}.",
]

HRM = [
    "HRM REPORT RECEIVED - Sending facility: {{facility:Health Sciences North}} - Class: Diagnostic "
    "Imaging - Patient: {{name:BRUNELLE, MARC-ANDRÉ}} - HCN {{id:5520 118 447 LM}}",
    "Sub-class: CT CHEST W/O - Observation date: {{date:2025-03-12}} - Author: {{name:Nwosu, Ikenna}}",
    "Notification to Dr. {{name:Catherine Wiebe}} <{{email:cwiebe.fhn@bellnet.ca}}>: new report "
    "available for {{name:Harold Kuyek}}.",
    "Inbox: 1) {{name:Demers, Lucie}} - CXR - {{date:Mar 12}} - {{facility:TOH Civic}}  2) "
    "{{name:Zhao, Ming}} - CT chest - {{date:Mar 11}} - {{facility:Queensway Carleton}}",
    "Facility report #: {{id:TOH-DI-25-0312-0041}}   Received {{date:2025-03-12}} 18:44",
    "Your patient {{name:Lorraine Meekis}} (HCN {{id:7718 204 559 AA}}) had a chest CT at "
    "{{facility:Thunder Bay Regional Health Sciences Centre}} on {{date:March 12}}; a 3 cm RUL mass "
    "was reported.",
    "HRM: the report for {{name:Grewal, Simran}} could not be matched - HCN {{id:3349 110 285}} has "
    "no version code on file. Please reconcile.",
    "Sent via HRM from {{facility:Sunnybrook}} to {{facility:Leaside Family Health Team}}, "
    "{{address:Unit 2, 1771 Bayview Ave, Toronto ON M4G 3C6}}",
    "HRM message, {{date:13/03/2025}}: addendum to the CT of {{name:Venkat Iyer}} - nodule "
    "measurement corrected to 7 mm.",
    "Report delivered to the OSCAR inbox of Dr. {{name:Leah Kristjanson}} at 06:12; acknowledged by "
    "MOA {{name:Tina Rourke}}.",
    "Attending: {{name:Khoury, Sami}} | Ordering: {{name:Baptiste, Renée}} | Sending facility: "
    "{{facility:Hamilton General Hospital}}",
    "HRM viewer: {{url:https://hrm.omd.ca/viewer?doc=TOH-DI-25-0312-0041}}",
    "Unmatched report: name on report {{name:KOWALCHUK, ANNE}}, name in EMR {{name:Kowalchuk, "
    "Annie}}; DOB {{date:1930-04-02}} matches.",
    "HRM notice: {{facility:Sault Area Hospital}} retracted the CXR report of {{date:2025-03-09}} for "
    "{{name:Boissonneault, Guy}}.",
    "Clinic fax for HRM fallback: {{phone:705-949-3310}}; EMR contact {{name:Dana Roy}}.",
]

HEALTH_NUMBERS = [
    "Ontario health card {{id:2785 614 093 PN}}, expiry {{date:2027-09-30}}.",
    "BC PHN entered as {{id:9860 212 437}} fails the check digit; re-keyed as {{id:9860 212 473}}.",
    "AB PHN {{id:62114-0938}} (verified in Alberta Netcare on {{date:Mar 13}}).",
    "Sask HSN {{id:600 419 227}} belongs to the mother; the baby's number is pending.",
    "Manitoba PHIN {{id:109 554 812}}, health registration number {{id:440217}}.",
    "NS health card number {{id:0048 552 316}} - check digit OK.",
    "NB Medicare # {{id:701 422 519}}, patient {{name:Cormier, Albert}}.",
    "NL MCP {{id:307 915 442 118}}, valid to {{date:2026-05}}.",
    "PEI health number {{id:0031 7742}} on the requisition has only eight digits, as expected.",
    "Out-of-province: Alberta PHN {{id:54409-3216}}, seen at {{facility:Kelowna General}}; bill "
    "reciprocal.",
    "Registration: Status card # {{id:5180264401}}, NIHB client ID {{id:N0993347}}.",
    "IFH certificate UCI {{id:11-2243-8019}} presented at {{facility:Women's College Hospital}}.",
    "HCN: {{id:1183-550-902-TZ}}   Surname: {{name:Abernethy}}   Given: {{name:Iona}}",
    "OHIP {{id:6604 221 879}} without version code rejected by the MCEDT check on {{date:2025-03-14}}.",
    "Health number on the wristband ({{id:9875 330 116}}) differs from the chart ({{id:9875 330 161}}).",
]

ER_BOARD = [
    "BED 7 | {{name:GRANT, E.}} | {{age:97}} | ?PNA | CXR done, awaiting read | RN {{name:Tasha}}",
    "Hallway 3 - Mr. {{name:Oduya}}, SOB, CTPA ordered, creatinine pending.",
    "0700 handover: {{name:Kim}} in 12 (the {{age:92}} y/o from {{facility:Chartwell Parkhill}}), "
    "CXR shows RLL consolidation, on ceftriaxone.",
    "Resus 2: {{name:Pelletier}}, MVC on Hwy 11, CT pan-scan done, trauma lead {{name:Farrell}}.",
    "Fast track: {{name:S. Ahmadi}} - wrist XR; {{name:D. Coombs}} - CXR, cough; "
    "{{name:Little Bear, J.}} - ankle.",
    "Mrs. {{name:Forsythe}}, {{age:103}}, DNR, daughter {{name:Gwen}} at bedside, CXR: large R "
    "effusion.",
    "Admitting to {{name:Rahman}} (MRP, medicine) - accepted 03:15, bed on 5B pending.",
    "Handover {{date:Mar 14}} night to day: two CTPAs outstanding, one from {{facility:Rockyview}} "
    "overflow.",
    "Board: Rm 4 {{name:LAVOIE}} 88M ?PE CT booked / Rm 5 {{name:MACISAAC}} {{age:91}}F CHF / Rm 6 "
    "empty",
    "Triage {{date:2025-03-14}} 22:40 - CTAS 2 - {{name:Rivard, Hope}} - DOB {{date:1933-01-09}} - by "
    "EMS from {{address:4 Sumac Lane, Elliot Lake ON P5A 2R8}}",
    "Sign-out from {{name:JD}} to {{name:MK}}: bed 9 needs a repeat CXR after the chest tube, RT is "
    "ext {{phone:4471}}.",
    "Per charge nurse {{name:Ashleigh}}: the patient in 14 is {{name:Robert Tuccaro}} (goes by "
    "{{name:Bobby}}); wristband reprinted.",
    "Whiteboard: {{name:Hamelin}} - {{age:95}} - from {{facility:Foyer Valade}} - ?aspiration - CXR "
    "pending",
    "Discussed the CXR with staff radiologist {{name:Cormier}} by phone, {{phone:506-862-4155}}, at "
    "01:30.",
    "EMS: picked up at {{address:Site 12, Comp 9, RR 1, Okotoks AB T1S 1A1}}; pt {{age:90}}, "
    "hypoxic, wife {{name:Marjorie}} following.",
    "Pending: CXR for {{name:Bautista}} (bed 3), CT head/chest for {{name:Doiron}} (bed 11); both "
    "ordered by {{name:RH}}.",
    "ER: {{age:94}} yo M with fever, CXR ?LLL PNA, lactate 3.1, seen by Dr {{name:Kapoor}}.",
    "Pt is {{age:92}}, lives alone at {{address:16 Mill Rd, Truro NS B2N 3K1}}, son in Calgary.",
    "{{name:Gertrude Hiebert}}, {{age:104}}, from {{facility:Bethania Mennonite Personal Care Home}}, "
    "chest wall contusion.",
    "Night doc {{name:Frank Osler}} wants the portable repeated; {{name:Grace}} from booking says CT "
    "is free at 04:00.",
    "{{age:90}}M with known LUL mass, palliative, family requests no further CT - Father "
    "{{name:Gilles}} visiting.",
    "Trauma bay 1: {{name:DESJARLAIS, Tyrone}} ({{id:E25-031488}}), snowmobile rollover, CXR: L "
    "pneumothorax.",
    "Handover at {{facility:Royal Alex}}: {{name:Chen}} in 22 for CTPA, D-dimer 2.8, booked 06:30.",
]

CHAT = [
    "[9:14 AM] {{name:Priya Raman}}: can someone protocol the CTPA for {{name:Okonkwo}} in ED? MRN "
    "{{id:2231847}}",
    "@{{name:dmacisaac}} the outside CD from {{facility:Cape Breton Regional}} won't import, can you "
    "push it to {{ip:10.21.4.18}}?",
    "[9:16 AM] {{name:Nick Papadakis}}: reading it now, will call ED",
    "here's the study link: {{url:https://pacs.nshealth.ca/viewer/study?acc=QE25X114402}}",
    "{{name:Jas}} 10:02: is the {{age:98}} y/o on 6 still NPO for the biopsy?",
    "Secure chat, {{name:Bernadette Okafor}} to {{name:Liam Cheung}}: 'CT for Mr {{name:Fehr}} "
    "moved to 1300, pls tell family'",
    "FYI the portal link for her images is {{url:https://myimages.hsnsudbury.ca/share/8f2c71a9}} - "
    "expires in 7 days",
    "{{name:kwong.t}}: anyone know why MRN {{id:00918274}} shows two birth dates ({{date:1931-02-05}} "
    "vs {{date:1931-05-02}})?",
    "{{name:Sandy Merasty}}: nursing station on the phone re the CXR from {{date:Mar 13}}, can you "
    "call {{phone:306-425-2174}}?",
    "ugh VPN down again, tried {{ip:172.16.40.9}} and {{ip:172.16.40.10}}, both time out",
    "{{name:Maddie}}: {{facility:QEII}} reading room ext {{phone:5521}} not answering, try "
    "{{name:Tobin}}'s cell {{phone:902-499-3307}}",
    "sending you the DICOM via {{url:https://transfer.vch.ca/s/Ks82mPq}}, pw by text",
    "@{{name:agallant}} thanks!! report for {{name:Doucette}} is signed",
    "[Yesterday 11:47 PM] {{name:Rajesh K.}}: {{facility:UAH}} CT down, diverting to "
    "{{facility:Royal Alex}}",
    "{{name:Émilie Cormier}} reacted to: 'pt {{name:Gauthier}} CT chest ok to proceed, eGFR 58'",
    "can you email the key images to {{email:m.lalonde@nosm.ca}}? she's presenting at tumour board",
    "{{name:hsingh}}: hey is {{name:Big Ed}} still in ED? family calling",
    "new consult: {{age:94}}M, {{facility:SMH}} transfer, CT shows empyema, thoracics aware "
    "({{name:Yasmin Haddad}})",
    "{{name:Thandi}}: IT says PACS workstation {{ip:10.112.7.203}} needs a reboot before anyone reads "
    "on it",
    "chat: the {{age:96}}-year-old in bed 2 is desaturating, can we get a portable? - {{name:Rhi}}",
    "{{name:Will}} is covering body tonight, {{name:Dawn}} has neuro",
    "{{name:lbrightwater}}: anyone free to read a CXR from {{facility:Pelican Narrows Health "
    "Centre}}? they're asking since {{date:Mar 15}}",
    "Teams: {{name:Noura Haddad}} (Guest) shared {{url:https://teams.microsoft.com/l/file/"
    "7c1d22ab-tumourboard}}",
    "{{name:jmcphee}}: pls don't paste HCNs in here, saw {{id:2785 614 093 PN}} upthread",
    "{{name:Ostrowski}}: {{facility:RUH}} is on diversion, send the SK north transfers to "
    "{{facility:Saskatoon City}}",
    "dm from {{name:Hollis}}: call me at {{phone:709-722-0915}} when you get the PET from "
    "{{facility:HSC}}",
    "{{name:Sterling}} (MRT) 02:14: CT 1 contrast injector jammed, using CT 2",
]

LETTERS = [
    "Dear Dr. {{name:Thiessen}}, thank you for referring Mrs. {{name:Agnes Fehr}}, a "
    "{{age:91}}-year-old woman with a right pleural effusion.",
    "I saw her in the respirology clinic at {{facility:Saskatoon City Hospital}} on "
    "{{date:March 13, 2025}}, accompanied by her son {{name:Peter}}.",
    "Yours sincerely, {{name:Devinder Grewal}}, MD, FRCPC (Respirology). cc: Dr. "
    "{{name:Hannah Epp}}, {{facility:Rosthern Hospital}}",
    "Care of Mr. {{name:Arthur Leung}} is transferred from Dr. {{name:Sokolov}} to Dr. "
    "{{name:Mbeki-Ross}} effective {{date:2025-03-15}}.",
    "Re: {{name:Cecilia Ramos}}, DOB {{date:1952-10-08}}, PHN {{id:9741 058 263}}, "
    "{{address:512-3304 Kingsway, Vancouver BC V5R 5K7}}",
    "We reviewed the CT chest of {{date:February 26, 2025}} performed at {{facility:VGH}}, which "
    "shows stable bilateral ground-glass nodules.",
    "She will be followed at {{facility:BC Cancer Vancouver Centre}}; next CT in three months.",
    "Please contact me at {{phone:604-875-4111 ext. 62144}} or {{email:d.mwangi@vch.ca}}.",
    "Consultation - Thoracic Surgery, {{facility:St. Joseph's Healthcare Hamilton}}, "
    "{{address:318 Hunter St W, Hamilton ON L8P 1S2}}",
    "Mr. {{name:Okpara}} is a {{age:90}}-year-old retired railway worker with a 3 cm RUL mass.",
    "He was seen by Dr. {{name:Ahmed Lakhani}} at {{facility:Brandon Regional Health Centre}} in "
    "{{date:January 2025}}.",
    "Dictated but not read by {{name:Svetlana Orlova}}, MD. D: {{date:14/03/2025}} T: "
    "{{date:15/03/2025}} {{name:jb}}",
    "Dear {{name:Rowan}}, re our mutual patient {{name:Colleen Tobin}} - her repeat CT on "
    "{{date:3/14}} is unchanged.",
    "Discharge summary: {{name:McNeil, Angus}} admitted {{date:2025-03-02}}, discharged "
    "{{date:2025-03-09}} from {{facility:Cape Breton Regional Hospital}}, 4B.",
    "Follow-up: family physician Dr. {{name:Gail Hollett}}, {{facility:Bonavista Medical Clinic}}, "
    "tel {{phone:709-468-2210}}.",
    "I have copied this letter to the patient at {{address:88 Water St, Apt 3, St. John's NL "
    "A1C 5T4}}, at her request.",
    "MRP handover: Dr. {{name:Obuya}} to Dr. {{name:Pelly}}, {{facility:Grand River Hospital}}, "
    "Sat {{date:Mar 15}}",
    "Her husband, {{name:Raymond Chiasson}}, is her substitute decision-maker ({{phone:506-533-7720}}).",
    "Letter to Dr. {{name:Nakoochee}}: the {{age:93}}-year-old you sent from "
    "{{facility:Weeneebayko General Hospital}} has a malignant effusion.",
    "cc: Dr. {{name:Ruth Kakegamic}}; Health Records, {{facility:Meno Ya Win}}",
    "I reviewed Ms. {{name:Bear}}'s CT of {{date:4 Mar 2025}} with Dr. {{name:Fontaine}} from "
    "{{facility:Pasqua Hospital}}.",
    "Referring: {{name:Olusegun Adebayo}}, MD, {{facility:Prince County Hospital}}, Summerside. "
    "Billing {{id:PE-20441}}.",
]

EMAIL = [
    "From: {{name:Tanya Hrynchuk}} <{{email:tanya.hrynchuk@sharedhealthmb.ca}}>  Sent: "
    "{{date:March 16, 2025}} 7:42 AM  Subject: CT booking",
    "Please send outside images to {{email:di.imageimport@lhsc.on.ca}} with the MRN in the subject "
    "line.",
    "Reply-To: {{email:rad.reports+noreply@saskhealthauthority.ca}}",
    "Contact the booking office: {{email:ctbooking.qeh@gov.pe.ca}}",
    "cc: {{email:p.naidoo@rogers.com}} (patient's daughter, consent on file {{date:2025-01-20}})",
    "{{name:Shauna Power}}, MRT(R) | CT Lead | {{facility:St. Clare's Mercy Hospital}} | "
    "{{email:shauna.power@easternhealth.ca}} | {{phone:709-777-5381}}",
    "The patient emailed from {{email:bigdaddy.cormier@hotmail.com}} asking for a copy of the CXR "
    "report.",
    "Auto-forward from {{email:fax2mail@lhsc.on.ca}} to {{email:dr.ian.sutherland@fhtmail.ca}} "
    "failed, mailbox full.",
    "{{name:Zainab}} - use my work email, {{email:zainab.mirza@uhn.ca}}, not the gmail one.",
    "Teleradiology group inbox {{email:nightreads@northstarimaging.ca}} received 14 studies "
    "overnight.",
    "Privacy report sent to {{email:privacy@horizonnb.ca}}: the report of {{name:Doucet, Émile}} was "
    "emailed to {{email:emile.doucette@gmail.com}} in error.",
    "For release-of-information requests write to {{email:releaseofinfo@tbrhsc.net}} or fax "
    "{{phone:807-684-6208}}.",
    "Sign-up confirmation for {{email:g.bautista72@yahoo.ca}}: your imaging portal access is active.",
    "To: {{name:Lee, Joanne}} <{{email:joanne.lee@fraserhealth.ca}}>; {{name:Mah, Kenneth}} "
    "<{{email:kenneth.mah2@fraserhealth.ca}}>",
    "Referral emailed from {{email:reception@riverbendfhc.ca}} on {{date:2025-03-14}} - no "
    "requisition attached.",
    "Portal message: 'Hi, it's {{name:Brenda Yellowhorn}} ({{email:byellowhorn@telus.net}}), when "
    "will my chest CT results be ready?'",
    "Images for {{name:Tobin, Colleen}} sent to {{email:colleen.tobin@nl.rogers.com}} unencrypted; "
    "escalated to privacy officer {{name:Hollis Reid}}.",
    "Dr. {{name:Kamal}}'s booking contact is {{email:kamal.office@medhatclinic.ca}}, ph "
    "{{phone:403-526-0814}}.",
    "Distribution list DI-Nodule-FU: {{email:nodule.fu@ahs.ca}}, {{email:m.osei@ahs.ca}}, "
    "{{email:j.kerr@ahs.ca}}",
    "Please add {{email:locum.rad01@horizonnb.ca}} to the reading group for the weekend of "
    "{{date:Mar 22}}.",
    "Subject: CT chest {{name:Ramos, C}} / DOB {{date:08/10/1952}} - sent by {{email:vgh.di.cc@vch.ca}}",
    "Out of office: I am away until {{date:Mar 24}}; urgent reports to {{email:oncall.rad@nshealth.ca}}.",
    "Forwarded: the son, {{name:Darnell Okafor}}, writes from {{email:darnell.ok@icloud.com}} about "
    "his father's scan.",
]

URLS = [
    "Results can be viewed at {{url:https://myhealth.alberta.ca/results/DI/2025/88142}}",
    "Zero-footprint viewer: {{url:http://10.48.2.15:8080/zfp/?acc=CR25-0048812}}",
    "Share link expired; new one is {{url:https://share.imagelink.ca/s/9fQ2x7LmA}}",
    "Protocol page: {{url:https://intranet.vch.ca/di/ct/protocols/pe-chest}} (internal only)",
    "Dr. {{name:Wiebe}}'s clinic booking page is {{url:www.riverbendfhc.ca/book}}",
    "DICOM drop: {{url:sftp://dicomdrop.sharedhealthmb.ca/incoming/thompson}}",
    "Please use {{url:https://eforms.saskhealthauthority.ca/DI-REQ-114}} for the requisition.",
    "Tumour board link: {{url:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4ZmU}}",
    "Patient says she uploaded her CD at {{url:https://pocketpacs.ca/u/ramos-c}}",
    "Telehealth link for Mr. {{name:Sylvestre}}: {{url:https://vc.sasktel.net/j/7730118842}}",
    "Bookmark: {{url:https://synapse.nshealth.ca/explore.asp?path=/All%20Patients/InternalPatientUID"
    "=5512098}}",
    "Link for the MRP: {{url:https://connectcare.ahs.ca/chart/encounter/V25031500441}}",
    "Fax-to-web archive: {{url:https://efax.horizonnb.ca/inbox/msg/22817}}",
    "Her daughter sent a screenshot from {{url:https://mychart.uhn.ca/MyChart/Imaging}}",
    "Status page: {{url:http://pacs-status.easternhealth.local/dashboard}}",
    "Remote reading: {{url:https://vpn.nshealth.ca/remote}}, then RDP to {{ip:10.21.8.40}}",
    "IMPAX web link {{url:https://impax.hhsc.ca/web/viewer?PatientID=00918274}} sent to Dr. "
    "{{name:Khoury}}",
    "Dose report: {{url:https://radimetrics.lhsc.on.ca/exams/CT/2025/0311/4410}}",
    "Clinic website on the referral: {{url:www.lakefieldmedical.ca}}",
    "Survey link sent to the patient: {{url:https://survey.ahs.ca/di?r=77120}}",
    "Downtime procedure: {{url:https://intranet.easternhealth.ca/DI/downtime.pdf}}",
    "Booking portal: {{url:https://book.ontariohealth.ca/ir?req=55820}}",
    "Report PDF: {{url:https://reports.islandhealth.ca/rad/2025/03/RJH-114720.pdf}}",
    "Prior images for {{name:Chow}} available at {{url:https://pacs.phsa.ca/study/1.2.124.99.3318}}",
    "Reading-room wiki: {{url:https://wiki.radiology.ualberta.ca/CXR_lines}}",
    "Upload your CD at {{url:https://www.medicalimaging-share.ca/upload?site=brandon}} before the "
    "appointment.",
]

PACS_AUDIT = [
    "{{date:2025-03-14}} 08:12:44 | user={{name:kfraser2}} | ws={{ip:172.20.14.56}} | action=VIEW | "
    "acc={{id:A25031400182}} | pt={{name:HILLIER^ROSE^M}}",
    "AUDIT break-glass: user {{name:tmoosomin}} opened MRN {{id:M0041887}}, reason 'consult', "
    "{{date:2025-03-14}} 22:51, client {{ip:10.60.3.112}}",
    "EXPORT CD: StudyInstanceUID {{id:1.2.840.113619.2.55.3.4271045733.996.1741932011.412}} by "
    "{{name:mbouchard}} at {{date:20250314}} 15:02",
    "{{date:14/03/2025}} 09:01 LOGIN FAIL user={{name:jsantos}} src={{ip:192.168.88.41}} (3rd "
    "attempt, account locked)",
    "C-MOVE from {{ip:10.33.0.25}}:104 (AE CT_SCAN02) to {{ip:10.33.0.61}}:11112 (AE PACS_ARCH), "
    "PatientID {{id:H0029914}}",
    "Audit record: {{name:Lavallée, Chantal}} ({{name:clavallee}}) printed report "
    "{{id:RPT-8830214}} on {{date:Mar 14 2025}} 11:20.",
    "Access review flagged: user {{name:rdhaliwal}} viewed a family member's chest CT (pt "
    "{{name:DHALIWAL^KULDIP}}) on {{date:2025-03-10}}.",
    "HTTP GET {{url:https://pacs-web.ahs.ca/zfp?PatientID=31904-7752&lights=on}} 200 from "
    "{{ip:10.140.22.9}}",
    "DICOM modify: PatientName changed from {{name:NGUYEN^T}} to {{name:NGUYEN^THI^LAN}} by "
    "{{name:admin.ltruong}}",
    "{{date:2025-03-15}}T03:14:07Z viewer session from {{ip:fd12:3456:789a:1::2f}} for accession "
    "{{id:VCH25-7714820}}",
    "Study reconciled: merged {{id:T7712098}} into {{id:T7710456}} (duplicate registration at "
    "{{facility:PLC}}).",
    "Image sharing: {{facility:Medicine Hat Regional Hospital}} requested priors for "
    "{{name:Schmidt, Walter}}, sent from {{ip:10.88.1.40}}",
    "DICOM node table: CT_SCAN01 {{ip:10.33.0.24}}:104, CT_SCAN02 {{ip:10.33.0.26}}:104",
    "Worklist server moved from {{ip:172.18.5.10}} to {{ip:172.18.5.44}} on {{date:2025-03-08}}.",
    "Firewall DENY tcp {{ip:203.0.113.58}}:51544 -> {{ip:10.48.12.9}}:443 (external access to RIS)",
    "Reading station RDG-03: static address {{ip:10.112.7.204}}, gateway {{ip:10.112.7.1}}",
    "Dr. {{name:Haddad}} connected from home, {{ip:70.66.214.19}}, at 23:41 to view the empyema CT.",
    "IPv6 session {{ip:2001:db8:4f2a::17}} opened the HRM viewer for HCN {{id:5520 118 447 LM}}.",
    "ping {{ip:192.168.10.250}} (ultrasound cart 2): request timed out",
    "Router forwards DICOM from {{facility:Dartmouth General}} ({{ip:10.21.30.5}}) to "
    "{{facility:QEII}} ({{ip:10.21.4.19}}).",
    "SIEM alert {{date:2025-03-16}}: 412 chest CT reports opened by {{name:tlemieux}} from "
    "{{ip:10.60.14.77}} in 20 minutes.",
    "CT control room printer is {{ip:10.88.3.19}}; reprint the dose sheet for {{name:Schmidt}}.",
    "x-forwarded-for: {{ip:142.165.33.201}}, {{ip:10.140.22.10}}",
    "Interface engine on {{ip:10.20.1.15}} port 6661 dropped the ORU for MRN {{id:K0092231}}.",
    "{{date:15-03-2025}} 06:30:12 STORE OK calling AE MR_01 from {{ip:10.61.2.33}} patient "
    "{{name:BEAR^NATHAN}} {{id:SK25-030441}}",
    "Viewer license checked out by {{name:ptrinh}} on {{ip:10.140.8.212}} at 07:02, returned 07:48.",
]

HL7 = [
    "MSH|^~\\&|RIS|{{facility:HSN}}|HRM|OMD|{{date:202503120812}}||ORU^R01|MSG00231|P|2.3",
    "PID|1||{{id:10294477}}^^^^MR||{{name:SANDERSON^EILEEN^MAE}}||{{date:19310205}}|F|||"
    "{{address:22 Jarvis St^^Barrie^ON^L4M 3Z2}}^CAN||{{phone:(705)726-4418}}",
    "PID|1||{{id:55410287}}^^^^MR||{{name:OJIBWAY^DANIEL^J}}||{{date:19290611}}|M",
    "OBR|1|{{id:ORD55120984}}|{{id:ACC250315004}}|71046^XR CHEST 2 VIEWS^CPT|||{{date:202503150812}}",
    "ORC|RE|{{id:ORD55120985}}||||||||||{{id:019344}}^{{name:MCLEAN^HEATHER}}^^^DR",
    "PV1|1|E|ED^HALL2^01^{{facility:HSC}}||||{{id:33107}}^{{name:BERGEN^PAUL}}^^^^DR|||||||||||"
    "{{id:V25031500441}}",
    "OBX|2|TX|IMP^Impression||Result phoned to {{name:K. Tran}} RN {{date:20250315}} 0915||||||F",
    "NK1|1|{{name:SANDERSON^ROBERT}}|SON|{{address:1190 Essa Rd^^Barrie^ON^L4N 9B6}}|"
    "{{phone:(705)737-2291}}",
    "PID|1||{{id:MR00417726}}||{{name:BEARDY^ALICE}}^^^MRS||{{date:19340303}}|F|||"
    "^^{{address:Muskrat Dam^ON^P0V 3B0}}",
    "MSH|^~\\&|PACS|{{facility:VGH}}|EMR|{{facility:LGH}}|{{date:20250315101522}}||ADT^A08|88213|P|"
    "2.5.1",
    "PID|1||{{id:31904-7752}}^^^AB^PHN~{{id:K0092231}}^^^^MR||{{name:YELLOWKNEE^GORDON^R}}",
    "ZDS|{{id:1.2.124.113532.10.48.12.77.20250315.91422.3318}}^PACS^Application^DICOM",
    "OBX|3|RP|PDF^Report||{{url:https://hrmstore.omd.ca/docs/9927711.pdf}}^PDF^application||||||F",
    "PID-11: {{address:1234 Rue Principale^^Edmundston^NB^E3V 2K9}}^CAN",
    "PID-7 {{date:19291118}}, computed age {{age:95}}Y, sex F",
    "PV1|1|I|4B^412^2^{{facility:CBRH}}|||||||MED||||||||{{id:CB2503090017}}",
    "OBR|1||{{id:QE25X114402}}|CTCHEST^CT CHEST W CONTRAST|||{{date:20250314221500}}|||||||||"
    "{{id:28813}}^{{name:TOBIN^PAUL}}",
    "NTE|1||Called to Dr. {{name:Hollett}} {{date:2025-03-14}} 23:10 by {{name:gpower}}",
]

SPREADSHEET = [
    '{{id:H0028812}},"{{name:Nguyen, Thi Lan}}",{{date:1942-09-30}},CT CHEST,{{date:2025-03-15}},'
    "{{facility:FMC}}",
    '{{id:H0028813}},"{{name:O\'Brien, Siobhan}}",{{date:1930-12-01}},XR CHEST PA LAT,'
    "{{date:2025-03-16}},{{facility:PLC}}",
    "{{id:K7730014}}\t{{name:DUMONT Réjean}}\t{{age:93}}\tCXR\t{{date:15/03/2025}}\t"
    "{{facility:Pembroke Regional Hospital}}",
    "Row 14: {{name:Friesen, Corny}} | PHIN {{id:140 668 225}} | {{address:Box 24, Altona MB "
    "R0G 0B0}} | {{phone:204-324-8817}}",
    "{{id:SK25-030442}};{{name:BEAR, Nathan}};{{age:90}};CT;{{name:Ostrowski}}",
    '"{{name:Gushue, Wilfred}}","{{id:104 882 319 551}}","{{date:1929-06-06}}","CT chest wo",'
    '"{{facility:HSC}}","St. John\'s"',
    "Export by {{name:jpaquette}} on {{date:2025-03-16}}: 412 rows, columns A-K, sheet 'Lung nodule "
    "f/u'",
    "{{id:0930114}},{{name:Lam}},{{name:Kit Yee}},F,{{date:1935-03-22}},"
    "{{email:kityee.lam1935@shaw.ca}},{{phone:604-270-5593}}",
    '=HYPERLINK("{{url:https://ris.horizonnb.ca/order/550127}}","Order") | {{name:Cormier, '
    "Albert}} | {{date:2025-03-12}}",
    "Nodule tracker | {{name:Mamakwa, Gilbert}} | 8 mm RLL | baseline {{date:2024-09-17}} | next CT "
    "due {{date:2025-03-17}} | {{facility:Meno Ya Win}}",
    "Duplicate rows removed: {{id:A25030900412}}, {{id:A25030900413}} (same pt {{name:Fontaine, "
    "Gisèle}})",
    "Column 'Age' = {{age:93}} for {{id:A25031400183}}; the DOB field is blank.",
    "{{id:V00483391}}|{{name:SINGH, Baljit}}|{{date:12-Mar-25}}|CTPA|neg|{{name:Thomas Ng}}|"
    "{{facility:LGH}}",
    "TAT outliers: {{id:CR25-0049120}} ({{facility:RCH}}, 14 h), {{id:CR25-0049177}} "
    "({{facility:SMH}}, 11 h)",
    "{{name:Penner, A.}}\t{{id:62114-0938}}\t{{address:T4N 5E8}}\t{{phone:403-343-7719}}",
    "Sheet 2, row 88: {{name:Wolfe, Dorothy}}, {{age:100}}, ward 3W, portable CXR {{date:03/15}}.",
]

NORTHERN = [
    "Transfer request: {{facility:Fort Severn Nursing Station}} to {{facility:Weeneebayko General "
    "Hospital}}, {{name:Koostachin, Elias}}, {{age:90}} M, ?pneumonia, SpO2 86% on RA.",
    "Ornge medevac requested 03:40; callback nurse {{name:Jolene Kakekaspan}} at "
    "{{phone:807-478-2553}}.",
    "CXR images sent over OTN to {{facility:Sioux Lookout Meno Ya Win}} for a read, nurse "
    "{{name:Tara Beardy}} waiting.",
    "Community Sandy Lake; Status # {{id:2140087113}}; NIHB medical transportation approved for "
    "escort {{name:Martha Fiddler}}.",
    "Weather hold at the airstrip; the patient stays at {{facility:Pikangikum Nursing Station}} "
    "overnight, repeat CXR at 06:00.",
    "{{facility:La Loche Health Centre}} to {{facility:Victoria Hospital}} (Prince Albert): "
    "{{name:Toutsaint, Mary Rose}}, DOB {{date:1932-11-30}}, HSN {{id:811 203 447}}",
    "The nurse in Nain, {{name:Noah Nochasak}}, reports the x-ray unit is down; {{name:Andersen, "
    "Sarah}} flown to {{facility:Labrador Health Centre}} on {{date:2025-03-16}}.",
    "God's Lake Narrows: CXR faxed to {{facility:HSC}} from {{phone:204-335-2402}}; contact "
    "{{name:Verna Okemow}}, NIC.",
    "Patient mailing address: {{address:General Delivery, Shamattawa MB R0B 1K0}}",
    "Escort: {{name:Roderick Moose}} (husband), {{phone:807-774-1138}}, mail to "
    "{{address:Box 310, Big Trout Lake ON P0V 1G0}}",
    "MEDEVAC LOG {{date:16-Mar-2025}}: Sask Air Ambulance left Stony Rapids 04:10 with "
    "{{name:Sylvestre, Bernard}}, {{age:93}}, for {{facility:RUH}}.",
    "Nurse-in-charge {{name:Caroline Flett}}, {{facility:Norway House Hospital}}: portable CXR "
    "uploaded to {{url:https://telerad.sharedhealthmb.ca/upload/NH-0316}}",
    "Nursing station at {{address:1 Airport Rd, Kasabonika Lake ON P0V 1Y0}} requests a call back "
    "at {{phone:807-535-1020}}.",
    "{{facility:Mills Memorial Hospital}}, Terrace, to {{facility:UHNBC}}, Prince George: CT chest "
    "for {{name:Wilson, Gerald}}, {{age:95}}.",
    "Portable CXR from {{facility:Bella Coola General Hospital}} read by {{name:Aditi Joshi}} at "
    "{{facility:LGH}}.",
    "Elder, {{age:99}}, speaks Oji-Cree only; interpreter {{name:Rachel Meekis}} present for the "
    "results call.",
    "Mailing: {{address:c/o General Delivery, Pelican Narrows SK S0P 0E0}}; no street address.",
    "Escort contact for {{name:Okemow, Albert}}: daughter {{name:Charlene}}, {{phone:204-669-4021}}.",
    "Medevac {{date:Mar 17}}: {{facility:Island Lake Nursing Station}} to {{facility:HSC}}, "
    "{{name:Harper, Solomon}}, {{age:91}}, ?TB, N95 for crew.",
    "Moose Factory arrival: {{name:Cheechoo, Annie}}, {{age:96}}, admitted to "
    "{{facility:Weeneebayko General}} from Peawanuck.",
    "Mail to {{address:Box 89, Moose Factory ON P0L 1W0}}; band office relays messages.",
    "Nurse practitioner {{name:Storm Keeshig}} at {{facility:Attawapiskat Health Centre}} asks for "
    "a CT slot on {{date:Mar 20}}.",
]

ADDRESSES = [
    "Home address: {{address:Unit 4, 215 Queen St E, Sault Ste. Marie ON P6A 1Y7}}",
    "Send the CD to {{address:PO Box 1680, Station Main, Yarmouth NS B5A 4B4}}, attention "
    "{{name:Marlene d'Entremont}}.",
    "New address {{address:5521 47 Ave, Camrose AB T4V 0L8}}, phone {{phone:780-672-9014}}.",
    "Lives at {{address:RR 2, Site 5, Box 14, Tatamagouche NS B0K 1V0}}; farm, exposure to hay dust.",
    "Postal code on file {{address:R7N 2T4}} does not match the PHIN address.",
    "Address verified by phone: {{address:2207 Wascana Greens, Regina SK S4V 2T1}}",
    "Client lives at {{address:44 Kettle Point Rd, Lambton Shores ON N0N 1J1}} with her grandson.",
    "Forwarding address after discharge: {{address:310-1455 Harwood St, Vancouver BC V6G 1X9}} "
    "(daughter's).",
    "Home: {{address:17 Marine Dr, Summerside PE C1N 4J6}}; no phone.",
    "Address as typed on the req: {{address:88 Birch Bay Cres., Thompson, MB  R8N 0T2}}",
    "Handi-van pick-up at {{address:301 Broadway Ave S, Yorkton SK S3N 2V4}} at 09:15.",
    "Lung screening invitation returned, unknown at {{address:9 Poplar Pl, Brandon MB R7A 6L3}}.",
    "Patient now at {{address:42 Gower St, St. John's NL A1C 1N2}}, per her niece {{name:Kayla}}.",
    "Copies mailed to {{address:2 Ridgewood Dr, Fredericton NB E3B 4Z6}} on {{date:2025-03-17}}.",
    "Bill address: {{address:1105-600 Jasper Ave NW, Edmonton AB T5J 4C9}}",
]

HELD_OUT48 = (
    REPORTS
    + REQUISITIONS
    + EFAX
    + HRM
    + HEALTH_NUMBERS
    + ER_BOARD
    + CHAT
    + LETTERS
    + EMAIL
    + URLS
    + PACS_AUDIT
    + HL7
    + SPREADSHEET
    + NORTHERN
    + ADDRESSES
)

CLEAN_REPORTS = [
    "CHEST PA AND LATERAL",
    "FINDINGS: The lungs are clear. No pleural effusion or pneumothorax.",
    "Heart size is within normal limits and the mediastinal contours are unremarkable.",
    "Kerley B lines at both bases in keeping with interstitial edema.",
    "Peripheral wedge-shaped opacity in the right lower lobe, possibly a Hampton hump.",
    "No Westermark sign is seen.",
    "Right apical mass with rib erosion, concerning for a Pancoast tumour.",
    "Swan-Ganz catheter tip in the right interlobar pulmonary artery; withdraw by 2 cm.",
    "Per the Fleischner Society 2017 guidelines, no routine follow-up is needed for a solitary 4 mm "
    "solid nodule in a low-risk patient.",
    "Lung-RADS v2022 category 3; six-month LDCT is recommended.",
    "Brock model risk of malignancy is 6.2 percent.",
    "Small left Bochdalek hernia containing fat, unchanged.",
    "Small Morgagni hernia at the right cardiophrenic angle.",
    "Luftsichel sign, suggesting left upper lobe collapse.",
    "Golden S sign of the right upper lobe; bronchoscopy is advised.",
    "The adrenal nodule measures 8 Hounsfield units, consistent with an adenoma.",
    "Endotracheal tube tip 4.5 cm above the carina.",
    "Dobhoff tube courses below the diaphragm with the tip in the gastric body.",
    "Left PleurX catheter in situ with a small residual effusion.",
    "Right internal jugular line tip at the cavoatrial junction.",
    "Dual-chamber pacemaker with leads in the right atrium and right ventricle.",
    "Median sternotomy wires are intact and CABG clips are noted.",
    "IMPRESSION: No acute cardiopulmonary process.",
    "Compared with the prior study, the consolidation has improved.",
    "No comparison available.",
    "Series 3, image 112: 7 mm part-solid nodule in the superior segment of the left lower lobe.",
    "CTDIvol 4.8 mGy, DLP 187 mGy.cm, 120 kVp, automatic tube current modulation.",
    "Contrast: 70 mL Omnipaque 350 at 4 mL/s with bolus tracking on the main pulmonary artery.",
    "Filling defects in the right lower lobe segmental arteries, consistent with acute PE.",
    "RV/LV ratio 1.3 with reflux of contrast into the IVC.",
    "Centrilobular and paraseptal emphysema, upper lobe predominant.",
    "Honeycombing and traction bronchiectasis at the bases: a UIP pattern per the Fleischner "
    "statement.",
    "Tree-in-bud nodularity in the right middle lobe, favouring infectious bronchiolitis.",
    "Mosaic attenuation with air trapping on the expiratory images.",
    "Calcified granuloma in the left upper lobe; no follow-up needed.",
    "Rounded atelectasis beside calcified pleural plaques, in keeping with prior asbestos exposure.",
    "Mild cardiomegaly with cephalization of the pulmonary vessels.",
    "Small bilateral effusions, left greater than right.",
    "Pneumomediastinum tracking into the neck; consider Boerhaave syndrome clinically.",
    "Tracheobronchomegaly in keeping with Mounier-Kuhn syndrome.",
    "Unilateral hyperlucent lung, which may reflect Swyer-James-Macleod syndrome.",
    "Dextrocardia with bronchiectasis, compatible with Kartagener syndrome.",
    "Bilateral hilar adenopathy; Lofgren syndrome is a consideration.",
    "Deep sulcus sign on the left in this supine patient, suspicious for pneumothorax.",
    "This report was prepared with speech recognition software; minor errors may be present.",
    "Report electronically signed.",
    "Critical finding communicated according to departmental policy.",
    "Addendum: no change to the impression.",
    "The nodule now measures 9 x 7 mm (previously 6 x 5 mm).",
    "Old healed fractures of the left 6th to 8th ribs.",
    "Visualized upper abdomen: cholelithiasis, otherwise unremarkable.",
    "Thyroid: 1.2 cm hypodense nodule; ultrasound recommended per ACR TI-RADS.",
    "Recommend follow-up CT in 3 months per the Fleischner criteria.",
    "TECHNIQUE: Helical CT of the chest without intravenous contrast.",
    "The lateral view is limited by the patient's arms.",
    "Rotated film; the right heart border is obscured by overlying soft tissue.",
    "Bilateral nipple shadows, confirmed with nipple markers.",
    "The port catheter tip projects over the SVC.",
    "Findings are typical of COVID-19 pneumonia per the RSNA consensus statement.",
    "PE protocol CT negative to the subsegmental level.",
    "Wells score 4.5 and D-dimer elevated, per the requisition.",
    "The Caplan nodules are unchanged.",
    "Azygos fissure, a normal variant.",
    "Pectus excavatum with a Haller index of 3.4.",
    "Ectatic descending thoracic aorta measuring 3.6 cm with arch calcification.",
    "Tip of the Impella device projects over the aortic valve.",
    "Medtronic Micra leadless pacemaker in the right ventricle.",
    "Bard PowerPort in the right chest wall, catheter intact.",
    "Sarcoidosis, Scadding stage II.",
    "Hampton hump and Fleischner sign are both absent.",
    "Spine sign present on the lateral view, favouring left lower lobe pneumonia.",
    "Silhouette sign at the right heart border: right middle lobe process.",
    "Crazy-paving pattern, differential includes pulmonary alveolar proteinosis.",
    "Reversed halo sign in the left lower lobe.",
    "Halo sign around a nodule in this neutropenic patient; consider invasive aspergillosis.",
    "Air crescent sign in the right upper lobe cavity.",
    "Westermark, Hampton and Palla signs are named after the radiologists who described them.",
    "No change since the study of last week.",
    "The study from this morning shows interval placement of a left chest tube.",
]

CLEAN_FORMS = [
    "DIAGNOSTIC IMAGING REQUISITION",
    "Exam requested: CT chest with contrast.",
    "Reason for exam: hemoptysis, rule out malignancy.",
    "Pregnancy status: not applicable.",
    "Is the patient diabetic and on metformin? No.",
    "eGFR within the last 90 days: 64 mL/min/1.73 m2.",
    "Mobility: ambulatory / wheelchair / stretcher (circle one).",
    "Priority: P2, within 7 days.",
    "Ordering physician signature: ____________",
    "Patient name: [NAME]   DOB: [DOB]   HCN: [HCN]",
    "The health card version code must be included for OHIP billing.",
    "Physician billing number: XXXXXX",
    "Please attach the most recent creatinine result.",
    "Incomplete requisitions will be returned to the sender.",
    "Bring your health card and a list of your medications.",
    "Arrive 15 minutes before your appointment time.",
    "Nothing to eat for 4 hours before a contrast CT; you may drink water.",
    "Interpreter required: yes. Language: Cree.",
    "Out-of-province patients must bring their provincial health card.",
    "OHIP fee code X091 applies to the two-view chest radiograph.",
    "Mr. / Mrs. / Ms. / Mx. (circle one)",
    "Previous imaging at this site? Yes / No",
    "Contrast allergy? If yes, describe the reaction.",
    "Weight in kg (required for contrast dosing):",
    "Clinical question: is there a pulmonary embolism?",
    "Send report to: family physician, ordering physician, other (specify).",
    "FAX COVER SHEET",
    "CONFIDENTIAL: this facsimile contains personal health information.",
    "If you have received this fax in error, please notify the sender and destroy it.",
    "Number of pages including cover: 4",
    "Please see attached.",
    "Urgent - please deliver to the physician today.",
    "Transmission result: OK",
    "Fax line busy; will retry in 5 minutes.",
    "Total pages received: 3 of 3.",
    "Page 2 is blank on purpose.",
    "Please confirm receipt by return fax.",
    "Fax numbers on file are verified every six months.",
    "Use the provincial fax directory to confirm the clinic number before sending.",
    "HRM REPORT RECEIVED",
    "Report class: Diagnostic Imaging. Sub-class: X-RAY CHEST.",
    "Report status: signed by the responsible author.",
    "This report has been updated; see the most recent version.",
    "The message could not be matched to a patient in your EMR.",
    "Please reconcile unmatched reports within two business days.",
    "Delivered through Hospital Report Manager from Ontario MD.",
    "Results are sent to your OSCAR inbox overnight.",
    "Acknowledge the report to remove it from the unsigned queue.",
    "The sending facility has retracted this report.",
    "Version code missing.",
    "Province: ON   Sex: F   Language: English",
    "Alberta Netcare shows no prior chest imaging.",
    "A BC PHN has 10 digits and starts with 9.",
    "An OHIP number has 10 digits plus a two-letter version code.",
    "Saskatchewan health services numbers have nine digits.",
    "The check digit failed; please re-enter the number.",
    "The Manitoba form asks for both the PHIN and the registration number.",
    "Newfoundland and Labrador MCP numbers are twelve digits.",
    "Enter the health number without spaces or dashes.",
    "Reciprocal billing applies to patients from other provinces, except Quebec.",
    "Interim Federal Health Program coverage: verify eligibility before booking.",
    "NIHB covers medical transportation for eligible First Nations and Inuit clients.",
    "Health card expired; the patient was asked to renew at ServiceOntario.",
    "Write dates as YYYY-MM-DD to avoid day-month confusion.",
    "Health number: ____ ___ ___ __",
    "MRN: <MRN>   Accession: <ACC>",
    "Accession numbers are assigned by the RIS at order entry.",
    "Patient identity confirmed with two identifiers: name and date of birth.",
    "Wristband checked against the requisition before the scan.",
]

CLEAN_ER = [
    "BED | NAME | AGE | CC | IMAGING | RN",
    "Hallway 3 - SOB, CTPA ordered.",
    "Bed 7 is waiting for a portable CXR.",
    "CTAS 2, chest pain, ECG done at triage.",
    "Rm 4 88M ?PE CT booked",
    "72F CHF, CXR shows edema, Lasix 40 IV given.",
    "Code Blue called in Resus 1 at 03:12, ROSC at 03:21.",
    "Trauma team activation, level 1.",
    "Canadian CT Head Rule negative, so no head CT.",
    "PERC negative, no D-dimer needed.",
    "Overnight: 3 admissions, 2 pending CTs, 1 transfer out.",
    "Day team to follow up on the read.",
    "Charge nurse aware.",
    "Family at the bedside.",
    "Handover at 0700 and 1900.",
    "Patient to CT at 14:30, porter called.",
    "Second-year resident on nights.",
    "The step-down unit has no beds.",
    "ICU consult called; they will see within the hour.",
    "Admit to medicine, MRP to be assigned in the morning.",
    "NPO after midnight for bronchoscopy.",
    "Fast track: ankle, wrist, chest cough.",
    "Frank hemoptysis, about a cup, in triage.",
    "Will call back with results.",
    "Rusty sputum and fever for three days.",
    "Bill the ambulance fee to the patient's insurer.",
    "Mark the site before the chest tube goes in.",
    "Night shift is short two nurses; call the float pool.",
    "Patient is 89 and lives independently.",
    "Elderly man in his 90s with an unclear baseline.",
    "Nonagenarian with a fall, portable CXR done.",
    "Hold warfarin, INR 3.4.",
    "Ceftriaxone 1 g IV daily and azithromycin 500 mg PO.",
    "O2 4 L by nasal prongs, sats 93%.",
    "BP 142/88, HR 104, RR 24, T 38.4.",
    "GCS 15, moving all limbs.",
    "Tuesday nights are always busy.",
    "Weekend radiology coverage is by teleradiology.",
    "Left AMA at 02:40 before the CT.",
    "EMS offload delay of 90 minutes.",
    "CTAS 3, cough and fever, CXR from triage.",
    "84-year-old woman with a COPD exacerbation, CXR negative for pneumonia.",
    "67M, pleuritic chest pain, CTPA negative.",
    "Chest tube to 20 cm H2O suction, no air leak.",
    "Repeat CXR in 4 hours after the chest tube is clamped.",
    "Portable film on arrival in Resus.",
    "Room 3 cleaned, ready for the next patient.",
    "Porter to take the patient back from CT.",
    "Awaiting radiology read; prelim by the resident.",
    "Respiratory therapy at the bedside for BiPAP.",
    "Consult internal medicine for admission.",
    "Discharged home with follow-up by the family doctor in one week.",
    "Return to ED if short of breath or chest pain worsens.",
    "Pod C has two open stretchers.",
    "Flu season: masks required in the waiting room.",
    "Hope the night is quieter than last one.",
    "Grace period for the parking pass ends at midnight.",
    "Summer students start on the unit next month.",
    "Sterling silver jewellery must be removed before the CT.",
    "Rose-coloured sputum noted by the nurse.",
    "Patient says he feels like a million bucks today.",
]

CLEAN_CHAT = [
    "can someone protocol the CTPA in ED?",
    "reading it now, will call ED",
    "thanks!! report signed",
    "PACS is slow again, anyone else?",
    "VPN is down, IT is aware",
    "who's on for body tonight?",
    "the outside CD won't import, the DICOMDIR is corrupt",
    "pls add contrast to that one, creatinine is fine",
    "is the scanner back up?",
    "CT 2 is down for a tube change until 1500",
    "FYI the 3T is booked solid through next week",
    "lol no, that's the nipple marker",
    "can you re-send the key images?",
    "heading to rounds, back in 20",
    "rounds moved to Thursday at noon",
    "is there a protocol for PE in pregnancy?",
    "we use the half-dose protocol now",
    "the Dr on call is the body fellow",
    "@channel reminder: sign your prelims before 0800",
    "anyone have the number for the reading room?",
    "call my cell when you're done",
    "grabbing coffee, want one?",
    "the [PATIENT] placeholder is still in the template, please fix",
    "just saw a Hampton hump, nice teaching case",
    "who covers the Northern Health teleradiology list?",
    "Interior Health wants us to read their overflow",
    "Island Health PACS migration is this weekend",
    "Fraser Health uses a different RIS",
    "Vancouver Coastal Health and PHSA share the same PACS",
    "AHS moved the south zone onto Connect Care",
    "Shared Health is changing the fax numbers next month",
    "Nova Scotia Health switched to a new viewer",
    "Horizon and Vitalite use different booking systems",
    "the Eastern Health reading room is short-staffed",
    "the Saskatchewan Health Authority renewed the teleradiology contract",
    "Ontario Health wants lung screening volumes by Friday",
    "sent",
    "ok",
    "brb",
    "on my way",
    "can't open the link, says access denied",
    "the viewer crashed again when I opened the 3D recon",
    "please don't paste health numbers in chat",
    "use the secure messaging app for anything with PHI",
    "is the MR safety screening done?",
    "tech says motion, will repeat",
    "the portable machine is on 5 West",
    "anyone know if the dose SR is going to the registry?",
    "turnaround today is awful, 90 min for ED CTs",
    "who changed the hanging protocol?",
    "the PE protocol now starts at the diaphragm",
    "Fleischner or Lung-RADS for this one? it's a screening CT",
    "Lung-RADS, it's from the screening program",
    "thanks, that's what I thought",
    "teaching file case added, tagged 'Golden S'",
    "resident lecture at 12, bring lunch",
    "the Swan is too far out again",
    "can you check the NG before they feed?",
    "NG is fine, below the diaphragm",
    "I'll take the next three in the queue",
    "queue is empty, nice",
    "happy Friday all",
    "snowstorm coming, plan for a skeleton crew",
    "bring your badge, the door readers are back on",
]

CLEAN_LETTERS = [
    "Dear Colleague,",
    "Thank you for this referral.",
    "Thank you for referring this pleasant woman.",
    "I reviewed the imaging with the patient and her family.",
    "Impression and plan:",
    "1. Right pleural effusion, likely malignant. 2. Diagnostic thoracentesis arranged.",
    "We will arrange a PET-CT and see her back in clinic with the results.",
    "Please do not hesitate to contact me if you have any questions.",
    "Yours sincerely,",
    "Kind regards,",
    "cc: family physician",
    "Dictated but not read.",
    "Most responsible physician: on-call internist.",
    "Goals of care were discussed; she wishes to avoid intubation.",
    "She is a lifelong non-smoker with no occupational exposures.",
    "He worked in the Sudbury nickel mines for 30 years.",
    "He has a 45 pack-year smoking history and quit ten years ago.",
    "She lives independently in a bungalow with her husband.",
    "Home oxygen at 2 L per minute.",
    "Medications: tiotropium, budesonide-formoterol, and salbutamol as needed.",
    "Spirometry shows an FEV1 of 48 percent predicted, GOLD 3.",
    "Per the GOLD 2024 report, she would be group E.",
    "The Canadian Thoracic Society 2019 guideline supports pulmonary rehabilitation.",
    "She meets the Ontario Lung Screening Program eligibility criteria.",
    "We discussed the risks of biopsy, including pneumothorax.",
    "Consent was obtained.",
    "Follow-up in the respirology clinic in six weeks.",
    "No further imaging is needed at this time.",
    "Please forward a copy to the patient's family doctor.",
    "Under PHIPA, the patient may request a copy of this letter.",
    "This letter is confidential and intended only for the addressee.",
    "The Canada Health Act does not cover ambulance fees.",
    "Alberta's Health Information Act governs disclosure of this report.",
    "In British Columbia, FIPPA applies to public bodies.",
    "The Personal Health Information Act applies in Manitoba.",
    "She was referred to the cancer centre for a thoracic oncology opinion.",
    "He is being followed at a community hospital closer to home.",
    "The teaching hospital offers endobronchial ultrasound.",
    "A multidisciplinary tumour board recommended surgery.",
    "She is a 78-year-old retired teacher.",
    "He was a farmer in southern Saskatchewan and has grain dust exposure.",
    "The patient moved from Halifax to Moncton last year.",
    "Her mother had lung cancer at 64.",
    "TNM stage cT1c N0 M0, stage IA3.",
    "EGFR exon 19 deletion detected; osimertinib started.",
    "PD-L1 TPS 60 percent.",
    "ECOG performance status 1.",
    "MRC dyspnea scale 3.",
    "CAT score 22.",
    "She walked 310 m on the six-minute walk test.",
    "Lobectomy was performed by VATS without complications.",
    "Pathology: adenocarcinoma, acinar predominant, margins clear.",
    "Please book a CT chest in 3 months.",
    "Sincerely, the Thoracic Surgery service",
    "Respirology consultation note",
    "MRP transfer note",
    "Reason for transfer of care: the patient is moving to the palliative unit.",
    "Substitute decision-maker: daughter (see chart).",
    "Full code.",
    "DNR, comfort measures only.",
]

CLEAN_SYSTEMS = [
    "timestamp | user | ws | action | acc | pt",
    "action=VIEW result=SUCCESS",
    "LOGIN FAIL (3rd attempt, account locked)",
    "C-MOVE from CT_SCAN02 to PACS_ARCH completed, 412 instances.",
    "AE title PACS_ARCH listens on port 11112.",
    "Association rejected: called AE title not recognized.",
    "Storage commitment received for 3 series.",
    "DICOM tag (0010,0010) PatientName is required.",
    "(0008,0050) AccessionNumber is empty in 12 studies.",
    "Tag (0018,9345) CTDIvol is filled from the dose SR.",
    "Transfer syntax 1.2.840.10008.1.2.4.70, JPEG lossless.",
    "SOP Class 1.2.840.10008.5.1.4.1.1.2 (CT Image Storage).",
    "MSH|^~\\&|RIS|DI|EMR|CLINIC|||ORU^R01||P|2.3",
    "OBR-4 71046^XR CHEST 2 VIEWS^CPT",
    "OBX|1|TX|IMP^Impression||No acute cardiopulmonary process.||||||F",
    "PV1-2 patient class E (emergency).",
    "ORC-1 RE, order status CM.",
    "HL7 v2.5.1 ADT^A08 updates patient information.",
    "ACK^R01 returned with MSA|AA.",
    "The ZDS segment is optional.",
    "PID-3 repeats with the MR and JHN identifier types.",
    "The interface engine retries every 30 seconds.",
    "Queue depth 1,204 messages; alert threshold 500.",
    "Port 6661 was closed after the upgrade.",
    "Workstation RDG-03 rebooted; calibration passed at 350 cd/m2.",
    "Monitor QA: DICOM GSDF conformance within 10 percent.",
    "Backup completed: 2.4 TB to tape.",
    "Retention: adult images are kept 10 years after the last visit.",
    "ICD-10 J18.9, pneumonia, unspecified organism.",
    "ICD-10-CA C34.1, malignant neoplasm of the upper lobe.",
    "LOINC 24627-2, CT chest.",
    "CCI 3.GY.20, computerized tomography of the thorax.",
    "OHIP fee code X126 is the CT thorax technical component.",
    "SNOMED CT 233604007, pneumonia.",
    "Firmware 4.2.1 on the portable DR unit.",
    "Viewer upgraded to build 10.4.2.118 overnight.",
    "Client version 7.3.0.2 is no longer supported.",
    "Scanner software VB20; console rebooted.",
    "Error 0x80070005: access denied.",
    "HTTP 503 from the viewer; retry later.",
    "Columns A-K: MRN, Name, DOB, Exam, Date, Site, Rad, Status, TAT, Priority, Notes",
    "MRN,Patient,DOB,Exam,Exam Date,Site",
    "Acc#;Pt;Age;Modality;Rad",
    "Sheet 'Lung nodule f/u' filtered to Lung-RADS 4A and above.",
    "Median report turnaround was 38 minutes for ED CTs.",
    '=COUNTIF(F:F,"CT")',
    "#N/A",
    "TOTAL,412,,,",
    "Rows with a blank DOB were excluded.",
    "The date format in column E is YYYY-MM-DD.",
    "Placeholder row: XXXX, XXXX, 0000-00-00",
    "=AVERAGE(I2:I413)",
    "Pivot: exams by modality and site, March.",
    "Filter: Modality = CR, Status = FINAL",
    "Conditional formatting highlights TAT over 60 minutes.",
    "Row count: 0",
    "Export complete.",
    "Audit retention is seven years.",
    "Break-the-glass access requires a reason code.",
    "Privacy audits are run monthly.",
    "Reason codes: consult, direct care, QA, teaching.",
    "Access denied: user is not in the DI-READ group.",
    "Session timed out after 15 minutes of inactivity.",
    "Single sign-on is enabled for all reading stations.",
    "The RIS downtime is scheduled for Sunday 02:00 to 04:00.",
    "Downtime forms are in the red binder.",
    "Use the secure file transfer system for images, never regular email.",
    "The zero-footprint viewer needs Chrome or Edge.",
    "DICOM port 104 is blocked at the firewall.",
    "HL7 over MLLP on the internal network only.",
    "The modality worklist refreshes every 5 minutes.",
    "Dose reports go to the provincial registry quarterly.",
]

CLEAN_NORTHERN = [
    "Transfer request: nursing station to regional hospital, ?pneumonia, SpO2 86% on room air.",
    "Medevac requested at 03:40; weather hold at the airstrip.",
    "Ornge fixed wing ETA 2 hours.",
    "STARS air ambulance is unavailable because of fog.",
    "CXR images sent over OTN for a remote read.",
    "The x-ray unit at the nursing station is down; parts come on the next flight.",
    "The winter road is closed; all transfers are by air.",
    "Sandy Lake is a fly-in community.",
    "The patient speaks Oji-Cree; an interpreter is present.",
    "The Elder prefers to have family present for results.",
    "NIHB medical transportation approved for one escort.",
    "Nurse-in-charge is on call after 17:00.",
    "Portable CXR uploaded for a teleradiology read.",
    "Moose Factory to Kingston is a long trip; consider local follow-up.",
    "Fort Severn, Peawanuck and Attawapiskat are on the Hudson Bay and James Bay coasts.",
    "Flights out of Thompson resume at 06:00.",
    "Norway House is about 450 km north of Winnipeg.",
    "Lab samples go out on the morning plane.",
    "Satellite internet is slow; images may take an hour to send.",
    "Radiograph repeated after the patient warmed up; the first film had motion.",
    "Labrador coast communities route through Happy Valley-Goose Bay.",
    "The airstrip has no lights, so there are no night landings.",
    "Jordan's Principle covers the child's travel costs.",
    "Treaty 9 territory covers much of northern Ontario.",
    "An escort must be 18 or older.",
    "Boil water advisory in effect; bring bottled water.",
    "Vitals every hour until the plane arrives.",
    "Oxygen concentrator at 5 L/min, with tanks for the flight.",
    "Holding for the Ornge call-back.",
    "Symptoms started while the patient was out on the land.",
    "Sask Air Ambulance covers the far north of the province.",
    "Patients from Nunavik go to Montreal, not to this program.",
    "The nursing station has one portable x-ray unit and no CT.",
    "TB screening CXR for all household contacts.",
    "Sputum for AFB x 3 sent on the plane.",
    "Return flight booked for tomorrow if the weather allows.",
    "Boarding home in Sioux Lookout for the escort.",
    "Telemedicine cart set up in the exam room.",
    "The band office relays messages to families without phones.",
    "Community health representative will do the home visit.",
    "Winter road season is usually February to March.",
    "Freeze-up means no boats and no planes for a few weeks.",
    "The clinic in Nain has a nurse but no radiographer.",
]

CLEAN_MISC = [
    "Dial 811 for HealthLink BC.",
    "Call 911 if you have chest pain.",
    "Press 9 for an outside line.",
    "Email address on file: none.",
    "See the departmental intranet under Protocols, CT, Chest.",
    "Scan at 14:30, results by 16:00.",
    "q6h vitals.",
    "Ratio 3:1.",
    "Lesion is 5 x 4 x 3 cm.",
    "Lung-RADS v1.1 was replaced by v2022.",
    "Room 3112, bed B.",
    "Series 4, image 87.",
    "Grade 2 of 4.",
    "Version 2.3 of the report template.",
    "Monday to Friday, 08:00 to 16:00.",
    "Closed on statutory holidays.",
    "The clinic reopens after the long weekend.",
    "Canada Day hours are reduced.",
    "Thunder Bay and Kenora are both in the northwest region.",
    "Imaging was done in Saskatoon.",
    "Referred from Thunder Bay.",
    "Diagnostic Imaging department, main floor.",
    "Medical Imaging front desk.",
    "the reading room",
    "4 West",
    "CCU bed 6",
    "Respirology clinic, second floor.",
    "The cancer centre will call with a date.",
    "Report to the Emergency Department on arrival.",
    "Park in Lot B and enter through the main doors.",
    "Registration is on the left past the gift shop.",
    "Wait times: CT 6 weeks, MRI 14 weeks.",
    "The provincial target for lung cancer diagnosis is 28 days.",
    "Cancer Care Ontario funded the screening pilot.",
    "BC Cancer runs the provincial lung screening program.",
    "Alberta Health Services publishes wait times online.",
    "Nova Scotia Health Authority covers the whole province.",
    "The College of Physicians and Surgeons sets the rules on fax security.",
    "CAR practice guidelines recommend structured reports.",
    "The Canadian Association of Radiologists issued a new statement.",
    "The ACR Appropriateness Criteria rate CXR as usually appropriate.",
    "RECIST 1.1 target lesions: two in the lung.",
    "Glasgow Coma Scale 14.",
    "Mallampati class II.",
    "Horner syndrome with a Pancoast tumour.",
    "Virchow triad risk factors present.",
    "Light's criteria suggest an exudate.",
    "Heimlich valve attached to the chest tube.",
    "Pleur-evac with water seal.",
    "Foley in situ.",
    "Salbutamol MDI with spacer.",
    "Lasix, Ventolin and Spiriva on the med list.",
    "Eliquis 5 mg twice daily.",
    "Omnipaque 300, 80 mL.",
    "Gadovist 0.1 mL/kg.",
    "Optiray is on back-order; use Isovue.",
    "Ages 55 to 74 qualify for screening in most provinces.",
    "Women over 50 are the fastest-growing group of new lung cancer cases.",
    "Patients aged 80 and older need a frailty assessment before surgery.",
    "Smoking cessation counselling was offered.",
    "Quit date set.",
    "Radon testing is recommended in Manitoba homes.",
    "Asbestos exposure from shipyard work.",
    "Farmer's lung from mouldy hay.",
    "Bird fancier's lung is a form of hypersensitivity pneumonitis.",
    "Coal workers' pneumoconiosis is rare in this region.",
    "Silicosis from countertop fabrication.",
    "Blastomycosis is endemic around Lake of the Woods.",
    "Lake of the Woods and the Red River valley both flood in spring.",
    "The Prairie provinces have long winters.",
    "The Maritimes and Newfoundland and Labrador make up Atlantic Canada.",
]

CLEAN_HELDOUT48 = (
    CLEAN_REPORTS
    + CLEAN_FORMS
    + CLEAN_ER
    + CLEAN_CHAT
    + CLEAN_LETTERS
    + CLEAN_SYSTEMS
    + CLEAN_NORTHERN
    + CLEAN_MISC
)
