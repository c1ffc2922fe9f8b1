"""Development PHI set 6: the everyday middle of radiology text.

Content: report prose with identifiers embedded in ordinary sentences -- comparisons with outside
studies, clinical histories, result communications, addenda, discrepancy and incident notes --
plus short-name and abbreviated facilities ("the Royal", "the Alfred", RPA, Barts, Guy's, Mass
General, the Karolinska), imaging chains and clinics by brand, nursing homes and GP practices by
bare name, addresses written into prose (partial, rural, house-named and foreign layouts), ages
over 89 written many ways ("M/97", "F 93", "a man of ninety-two"), names that are ordinary words
or places, first names alone in informal notes, and identifiers with prefixes, suffixes, internal
spaces and dashes (national ids of several countries, accession numbers, device serials).
``CLEAN_DEV6`` holds sentences of the same style with no PHI at all: eponyms and signs,
place-named classifications and scores, device, drug and scanner brands, departments, wards and
beds, times and weekdays without a date, ages of 89 and under, placeholders, and capitalised words
that look like names or places but are not.

All people, record numbers, phone numbers, e-mail addresses, street numbers and ids are invented;
facility names are real institutions used only as names.

Markup: ``{{kind:text}}`` with kinds name, date, id, phone, email, url, ip, address, facility,
age. Conventions:

* Titles (Dr, Mr, Mrs, Ms, Prof, Nurse, Sister, Rev) and post-nominals stay outside a name span; a
  possessive "'s" after a person's name stays outside; a first name alone is a name span.
* "the" before a facility name stays outside ("the {{facility:Alfred}}"); an apostrophe that is
  part of the name stays inside ("{{facility:Guy's}}"); a lower-case descriptor after a bare name
  ("nursing home", "practice") stays outside.
* Dates cover the whole written date with any time or weekday written against it; a year after
  "in"/"since" and a month with its year are dates; times alone, weekdays alone and durations are
  not.
* Ages are spans only when over 89; "aged", "yo", "y/o", "-year-old", "M/" and "F" stay outside.
* Ids hold the value only, not the label; letter prefixes, suffixes, spaces and dashes that belong
  to the value stay inside.
* An address span runs from the unit or house (name or number) through the postcode or country as
  written; a street name alone is a partial address and is a span; when a town follows as "in
  Town" it stays outside, and a city or country alone is never a span.
* Phones cover the number with its country code or extension as written, not the label.
"""

from __future__ import annotations

COMPARISONS = [
    "Compared with the CT at {{facility:St Vincent's}} on {{date:3/4/19}}, the left upper lobe "
    "nodule has grown from 6 to 9 mm.",
    "Comparison is made with outside films from {{facility:I-MED Radiology Frankston}} dated "
    "{{date:14.02.2023}} (accession {{id:IMF-2302-118734}}), imported this morning.",
    "Prior MRI from the {{facility:Alfred}} ({{date:June 2021}}) is not on our PACS; the report was "
    "obtained by phone.",
    "No change from the study performed at {{facility:Mass General}} on {{date:2022-11-08}}, "
    "accession {{id:MGH-CT-8841207}}.",
    "Previous ultrasound at {{facility:Qscan Toowong}} on {{date:12 Jan 2024}} described a 2.1 cm "
    "complex cyst, now Bosniak IIF.",
    "Relative to the outside PET-CT from the {{facility:Karolinska}} ({{date:19 september 2023}}, "
    "remiss {{id:KS-PET-230919-044}}), FDG avidity has decreased.",
    "Compared to her last mammogram at {{facility:BreastScreen Norwood}} in {{date:2020}}, there is "
    "a new cluster of fine pleomorphic calcifications.",
    "Films brought in on disc from {{facility:RPA}} (CT brain {{date:28/07/2023}}) show the same old "
    "right MCA territory infarct.",
    "Interval comparison: CT abdomen {{date:04/09/2024}}, acc {{id:A24-0915532}}; CT abdomen "
    "{{date:15/03/2024}}, acc {{id:A24-0318809}}.",
    "The lesion was first seen on a scan done privately at {{facility:Spectrum Medical Imaging}} in "
    "{{date:March 2019}} and has been stable since.",
    "Compared with the {{facility:Barts}} study of {{date:1 February 2022}}, the aneurysm sac has "
    "shrunk by 4 mm after EVAR.",
    "Outside CT from {{facility:Guy's}} dated {{date:Wed 7 Jun 2023}} was reviewed at the request "
    "of Dr {{name:Aderinsola Fashola}}.",
    "Comparison: {{facility:UCSF}} MRI brain {{date:10/22/2021}} (their MRN {{id:UC-40918273}}).",
    "There has been no interval change since the {{facility:Mayo}} study reported by Dr "
    "{{name:Halvorsen}} on {{date:August 3, 2020}}.",
    "Old films from {{facility:AIIMS}} (CT chest, {{date:2019-05-17}}, UHID "
    "{{id:AIIMS/2019/0448213}}) show the same upper lobe fibrocavitary change.",
    "Imaging from {{facility:SGH}} was requested but the CD has not arrived; their reference is "
    "{{id:SGH-RAD-77310452}}.",
    "Compared with the skeletal survey at {{facility:GOSH}} on {{date:11th November 2021}}, the "
    "healing posterior rib fractures are no longer visible.",
    "Comparison with the CT performed at the {{facility:Freeman}} in {{date:March 2022}} shows "
    "slight progression of the para-aortic nodes.",
    "Findings are unchanged from the scan at {{facility:Lumus Imaging Wollongong}} on "
    "{{date:9/8/22}}.",
    "This is compared with the study from {{facility:Pacific Radiology Bowen}} ({{date:22 Jul 2023}}"
    ", ref {{id:PRB-23-0722-0091}}).",
    "When compared with the MRI done at the {{facility:Austin}} on the {{date:4th of May}}, the "
    "enhancing rim is thinner.",
    "Compared with CT KUB from {{facility:Westmead}} {{date:30.12.2022}}, the 7 mm left VUJ calculus "
    "has passed.",
    "The previous chest film, taken at {{facility:Charlie's}} on {{date:Christmas Eve 2021}}, showed "
    "a similar right basal effusion.",
    "Comparison: outside MRI lumbar spine, {{facility:Capitol Radiology Hurstville}}, "
    "{{date:2023-02-27}}, accession {{id:CR 2302 77104}}.",
    "Against the baseline at {{facility:Addenbrooke's}} ({{date:17/10/2018}}) the left kidney has "
    "lost about 1.5 cm in length.",
    "Nodule measured 4 mm on the {{facility:Sunnybrook}} CT of {{date:Jan 5 2021}} and 5 mm today.",
    "Prior US pelvis at {{facility:Mahajan Imaging}} in Delhi, {{date:12-06-2022}}, reported a 3 cm "
    "fibroid; it now measures 4.6 cm.",
    "Comparison is limited: only a report from the {{facility:Royal Free}} dated "
    "{{date:2 April 2020}} is available, no images.",
    "The post-operative appearances match the CT from the {{facility:John Radcliffe}} on "
    "{{date:Mon 18 Sep 2023}}.",
    "Compared with imaging from {{facility:Tan Tock Seng}} ({{date:3 Mar 2024}}, acc "
    "{{id:TTSH-MR-240303-1187}}), the syrinx is unchanged.",
    "Dr {{name:Ngata}}'s report of the {{facility:Middlemore}} CT on {{date:8/11/2023}} mentions a "
    "lytic lesion in L2 that is not seen today.",
    "Compared with the study at {{facility:Charité}} ({{date:07.03.2022}}), the glioma has extended "
    "across the genu of the corpus callosum.",
    "Relative to the {{facility:Rigshospitalet}} MRI of {{date:21. januar 2023}}, the cord signal "
    "abnormality is smaller.",
    "Comparison: {{facility:Hopkins}} CTA {{date:06/14/2022}} and our own CTA {{date:09/30/2022}}, "
    "accession {{id:RAD22093011842}}.",
    "On the {{facility:Mater}} films from {{date:Christmas Day 2022}} the pneumothorax was larger.",
    "Compared to the {{facility:Royal}} study, accession {{id:RMH-CT-0093314-B}}, there is new "
    "ascites.",
    "Same appearance as on the {{facility:Affidea}} scan done in Kraków on {{date:15.05.2021}}.",
    "Prior ultrasound by {{facility:Dr Jones & Partners}} on {{date:20/01/2024}} reported normal "
    "ovaries.",
    "Compared with the CT from {{facility:SickKids}} on {{date:October 12, 2019}}, the shunt tip "
    "has migrated.",
    "No prior imaging at this site; previous CT at {{facility:Toronto General}} in {{date:2017}} "
    "per the referral.",
    "The {{facility:Princess Alex}} MRCP of {{date:1 Aug 2023}} (accession {{id:PAH-MR-8830051}}) "
    "showed a 4 mm stone in the CBD, no longer present.",
    "Previous study at {{facility:InHealth Stockport}} on {{date:05/05/2023}} reported as normal by "
    "Dr {{name:Theo Marchetti}}.",
]

HISTORIES = [
    "{{age:94}}yo F from {{facility:Rosewood Manor}}, daughter {{name:Faith}} reports two falls "
    "this week.",
    "Hx: fall at {{facility:Wattle Grove}} last night, ?NOF, lives in the dementia wing.",
    "{{age:97}}M, retired bishop, admitted from {{facility:Sunrise Lodge}} with confusion and "
    "fever.",
    "Clinical details from Dr {{name:Prakash Venkataraman}} at {{facility:Kingsway Medical Centre}}: "
    "weight loss, ?malignancy.",
    "Referred by her GP, Dr {{name:Mairead O'Flaherty}} of the {{facility:Bridge Street Surgery}}, "
    "for a persistent cough.",
    "Patient is a man of {{age:ninety-two}} who still drives and presents with a painful swollen "
    "knee.",
    "Mrs {{name:Hope Adeyemi}} ({{age:91}}) was found on the floor by her carer, {{name:Joy}}.",
    "Nonagenarian, {{age:93}}, known AAA, transferred from {{facility:Arcare Knox}} with back pain.",
    "She turned {{age:100}} last week and fell at the party; ?distal radius fracture.",
    "History per son {{name:Will}}: patient stopped eating about a week ago.",
    "Lives at {{facility:Kowhai Gardens}}; nurse {{name:Aroha}} noted a new right facial droop at "
    "breakfast.",
    "Husband {{name:Bill}} says she vomited blood twice overnight.",
    "Pt well known to us; previously under Prof {{name:Georgiou}} at the {{facility:Royal}} for "
    "Crohn's disease.",
    "Presenting complaint: {{age:90}}-year-old woman with abdominal distension; NOK is her niece "
    "{{name:Summer Whitfield}}.",
    "Wife {{name:Dawn}} reports he has been more breathless since the pacemaker check.",
    "Referral from the {{facility:Riverside Family Practice}}, Dr {{name:Ines Carvalho}}: "
    "haematuria x3, smoker.",
    "Brought in by her grandson {{name:Chase}}, who found her on the bathroom floor.",
    "F {{age:96}}, bed-bound resident of {{facility:Oak Tree Court}}, with a sacral sore and raised "
    "CRP.",
    "Transfer from {{facility:Taupō Hospital}} for neurosurgical opinion; GCS 13 on arrival.",
    "Background: breast Ca treated at the {{facility:Peter Mac}} in {{date:2014}}, on letrozole.",
    "He was born in Georgia and moved here in {{date:1988}}; known latent TB treated in Tbilisi.",
    "Daughter {{name:Georgia Papadakis}} is the contact person and holds enduring power of "
    "attorney.",
    "Hx from the ambulance crew: {{age:98}} y/o male found at home by neighbour {{name:Mark Stone}}.",
    "Pt's partner {{name:Paris}} asked that results not be given over the phone.",
    "Sent from {{facility:Mountview}} aged care after an unwitnessed fall; on apixaban.",
    "Known to the {{facility:Fitzroy Medical Group}}; last seen by Dr {{name:Yusuf Demir}} on "
    "{{date:2 May 2024}}.",
    "Previously well; had a TKR at the {{facility:Epworth}} in {{date:2019}} and has done well.",
    "{{name:Sydney}}, the patient's sister, confirms a penicillin allergy (rash).",
    "History: {{age:99}}-year-old, independent, lives alone, collapsed at the bus stop.",
    "The patient, a nun of {{age:95}} from the convent at {{facility:Loreto House}}, has a "
    "productive cough.",
    "Son {{name:Grant Bishop}} called to say his mother has stopped walking since the fall.",
    "Resident of {{facility:Regis Kelvin Grove}}, RN {{name:Tamsin Liu}} requests a chest film for "
    "crackles.",
    "Grandmother of {{age:102}}, very frail, family wish comfort-focused care only.",
    "Mr {{name:Major}} was admitted under the surgeons at {{facility:Auckland City}} last month.",
    "Patient {{name:Ngozi Eze-Williams}}, {{age:91}}, transferred from {{facility:CGH}} for ERCP.",
    "Lives with daughter {{name:Grace}} and son-in-law {{name:Tomasz Wójcik}}; independent with a "
    "frame.",
    "{{age:96}} F, dementia, from {{facility:Bupa Willoughby}}; nursing staff describe a rigid "
    "abdomen.",
    "Referred by Dr {{name:Aiyana Redcloud}} at {{facility:Harbour Health}} for a thyroid nodule.",
    "Previously treated for TB at {{facility:CMC Vellore}} in {{date:2011}}; now haemoptysis.",
    "History obtained from his carer {{name:Hemi}}, as the patient is non-verbal.",
    "Brother {{name:Joaquín Ortega Ruiz}} translated; pain started in Santiago two weeks ago.",
    "Now {{age:104}}, the oldest resident at {{facility:Ashbourne House}}, with a painful left hip.",
    "Patient {{name:Winifred 'Winnie' Pask}} has had three CTs this year at {{facility:SKG}}.",
    "Previously an inpatient at {{facility:St Thomas'}} after a cycling accident in "
    "{{date:October 2023}}.",
    "He is a retired pilot of {{age:ninety}} who still swims daily.",
]

COMMUNICATIONS = [
    "Critical finding d/w Dr {{name:Okonkwo-Bassey}} 14:20, read back and acknowledged.",
    "Discussed with the referring registrar, Dr {{name:Lachlan McTavish}}, on "
    "{{date:12/03/2024 at 22:05}}; he will arrange a surgical review.",
    "Result phoned to {{name:Tash}} on ward 6B at 09:40, who will inform the medical team.",
    "Dr {{name:Siobhán Ní Bhriain}}'s team informed of the pneumothorax at 03:15 by Dr "
    "{{name:Kwame Asante}} (radiology registrar).",
    "Urgent: please call Dr {{name:Ferreira}} on {{phone:0412 883 207}} with the result.",
    "Findings communicated to the GP, Dr {{name:Hannah Osei}}, by phone on {{phone:(03) 9486 2231}} "
    "at 16:45.",
    "Left a message for Dr {{name:Bishop}} on {{phone:+64 7 378 4412}}; will retry at 17:00.",
    "Report e-mailed to {{email:r.okonkwo-bassey@nhs.net}} as requested; hard copy to follow.",
    "Case d/w {{name:Grace}} (vascular CNS) who will bring it to the Thursday MDT.",
    "Verbal report given to Nurse {{name:Joy Mahlangu}} on the surgical ward at 11:10.",
    "Discussed with Dr {{name:Mark Stone}}, on-call urologist, {{date:Sat 2 Mar 2024 01:30}}.",
    "Tried bleep and switchboard; eventually reached Dr {{name:Chukwuemeka}} on his mobile "
    "{{phone:07700 900 482}}.",
    "Please forward to Dr {{name:Agnieszka Kowalczyk-Baran}} at {{email:akowalczyk@medicover.pl}}.",
    "Dr {{name:Will Thorne}} was informed personally in the ED resus bay at 19:50.",
    "Critical result: d/w {{name:Sam}} in ICU, who read it back.",
    "Communicated to the patient's GP, Dr {{name:Tui Rangihuna}}, at {{facility:Taupo Medical "
    "Centre}} on {{phone:07 378 9090}}.",
    "Unable to contact the requesting clinician; escalated to the consultant, Dr {{name:Esther "
    "Lindqvist}}.",
    "Discussed with Prof {{name:Dawn Okafor}} at the MDT of {{date:14 Feb 2024}}; plan for biopsy.",
    "Finding relayed to {{name:Hope}} at the front desk so the patient was not sent home.",
    "Message left on the practice line, {{phone:+44 20 7946 0321}}, asking Dr {{name:Patel}} to call "
    "back.",
    "Please page Dr {{name:Summer}} when the delayed images are ready.",
    "Copy to: Dr {{name:Rhys Pritchard}}, {{facility:Brynmawr Health Centre}}, fax "
    "{{phone:01495 310 889}}.",
    "Spoke with Dr {{name:Chase Whitaker}} (oncology) about the new liver lesions at 15:35.",
    "Outcome of the call recorded by {{name:Kiri}} (radiographer) in the RIS notes.",
    "The on-call neurologist, Dr {{name:Ana Lúcia Mendes}}, was told of the basilar thrombus at "
    "02:12.",
    "Text sent to Dr {{name:Ravi}} at {{phone:+91 98450 21376}} with the key images attached.",
    "Dr {{name:Oyelaran}} (requesting) and Dr {{name:Finch}} (reporting) agreed on a repeat in 6 "
    "weeks.",
    "Findings discussed with {{name:Bill Kearney}}, the nurse practitioner, at 10:20.",
    "Cc: Dr {{name:Mei-Ling Tan}}, {{email:meiling.tan@parkwayhealth.sg}}.",
    "Called {{facility:Sunrise Lodge}} on {{phone:(02) 4227 6610}} to warn staff of the "
    "aspiration risk.",
    "Results sent to the patient's portal account and to {{email:faith.morrow62@xtra.co.nz}} at her "
    "request.",
    "Urgent finding: emailed {{email:ED.Consultants@health.wa.gov.au}} and phoned "
    "{{phone:08 6457 5532}}.",
    "Dr {{name:Bello}} asked to be contacted on {{phone:(617) 555-0143 ext 2210}} for any change.",
    "Reported to Sister {{name:Mary-Claire Dunne}} on the coronary care unit at 06:30.",
    "Discussed with {{name:Priya}} (stroke nurse) and the stroke registrar at 13:04.",
]

ADDENDA = [
    "ADDENDUM {{date:15/03/2024 10:12}}: outside images from {{facility:St George}} now reviewed; "
    "the lesion is new.",
    "Addendum by Dr {{name:Fiona Gallacher}}: the side marker was incorrect on the original "
    "report; findings refer to the LEFT kidney.",
    "Addendum ({{date:2 Apr 2024}}): the comparison accession should read {{id:CT-24-009871}}, not "
    "{{id:CT-24-009817}}.",
    "Addendum: Dr {{name:Okwuosa}} confirms the catheter tip was repositioned after this film.",
    "Addendum {{date:2024-01-09T08:45}}: correction to patient age, which is {{age:92}}, not 29.",
    "Late addendum: discussed with {{name:Leilani Kahananui}}, ultrasound charge, who confirms the "
    "cyst was scanned in two planes.",
    "ADDENDUM: this examination was reviewed at the request of Mr {{name:Bishop}}, orthopaedic "
    "consultant.",
    "Addendum by Dr {{name:Tomás Ó Ceallaigh}}, {{date:Fri 23 Feb 2024}}: no interval change on "
    "review of the {{facility:Beaumont}} images.",
    "Addendum ({{date:Jan 30}}): the PICC line described is in the right brachiocephalic vein, "
    "not the SVC.",
    "Addendum: the report was dictated by Dr {{name:Anand}} and verified by Dr {{name:Greta "
    "Sundqvist}}.",
    "Second addendum, {{date:14:10 on 3 July 2023}}: images now merged with accession "
    "{{id:US23-0703-4471}}.",
    "Addendum: patient has since been identified as {{name:Jonah Heremaia}}, NHI {{id:ZKQ4481}}, "
    "previously registered as Unknown Male 12.",
    "Addendum following review with Dr {{name:Grace Abernethy}}: the nodule is intrapulmonary.",
    "Addendum {{date:05-11-2023}}: report released to {{facility:Southern Cross North Harbour}}.",
]

DISCREPANCY_INCIDENT = [
    "Discrepancy: the fracture was missed on the initial read by Dr {{name:Carrow}} on "
    "{{date:11/05/2023}}; patient recalled.",
    "Incident {{id:IR-2024-00718}}: wrong patient scanned; {{name:Mary Joyce}} (MRN {{id:5503812}}) "
    "received the contrast intended for {{name:Mary Joyce-Kirk}}.",
    "RADPEER 2b, original reporter Dr {{name:Eldridge}}, reviewer Dr {{name:Saoirse Quinlan}}.",
    "Datix {{id:W184473}} lodged by {{name:Dawn Pickering}} after the contrast extravasation in CT2.",
    "Discrepancy meeting {{date:Thursday 7 March 2024}}: case of {{name:Roland Achterberg}} "
    "presented, subtle lung nodule.",
    "Incident report: the MRI safety screening form for {{name:Teodor Vasilescu}} was not signed "
    "before entry to zone IV.",
    "Riskman {{id:RM-24-0661-Q}}: specimen labelled with another patient's UR {{id:00734219}}.",
    "The patient's wife, {{name:Hope}}, made a complaint to PALS about the delay.",
    "Near miss: the request for {{name:J. Summers}} was booked under {{name:J. Sommers}}, DOB "
    "{{date:04/04/1951}}.",
    "Review by Dr {{name:Ikram}} of the {{facility:Royal Berkshire}} case: the appendix was "
    "retrocaecal and inflamed on the original images.",
    "Serious incident {{id:SI 2023/14452}}: delayed reporting of CT head for {{name:Ernest Liddle}}.",
    "Learning event: Dr {{name:Bree}} reported the wrong side; corrected within 40 minutes.",
    "Complaint received from Mrs {{name:Patience Oduya}}'s son regarding the cancelled scan.",
    "The sonographer, {{name:Marnie}}, flagged the discrepancy between the request and the "
    "laterality.",
    "Clinical incident {{id:CI-0933-24}}: a second film was taken at {{facility:Lakeview}} without "
    "a request.",
]

FACILITY_SHORT = [
    "Transferred from {{facility:Barts}} for a second opinion on the cardiac MRI.",
    "He was seen at the {{facility:Alfred}} trauma centre after the crash and then moved here.",
    "Outside CT performed at {{facility:RPA}}; CD labelled with the wrong date.",
    "Previously reviewed at {{facility:Guy's and St Thomas'}} by the fetal medicine team.",
    "Imaging from the {{facility:Freeman}} shows a well-seated TAVI.",
    "She has been followed at {{facility:Mass General}} for her NF1 since childhood.",
    "Second opinion on the pancreatic cyst from the {{facility:Mayo}} was requested by the family.",
    "Her original surgery was done at {{facility:UCSF}}.",
    "Outside biopsy at {{facility:AIIMS}} showed a granulomatous process.",
    "Patient is booked for follow-up at {{facility:SGH}} in six months.",
    "Child previously assessed at {{facility:GOSH}} for metabolic bone disease.",
    "The original MRI was done at the {{facility:Karolinska}} in Solna.",
    "Referred on to the {{facility:Royal}} for an urgent MRI as our scanner is down.",
    "The CT was performed at {{facility:I-MED}} in Ballarat and the images pushed to us.",
    "Outside films from {{facility:Lumus Imaging}} accompany the patient.",
    "Her mammograms are done annually at {{facility:BreastScreen}} in Parramatta.",
    "Previously scanned at {{facility:Alliance Medical}} in Bury St Edmunds.",
    "Report received from {{facility:RadNet}} with no images attached.",
    "Previously biopsied at {{facility:SimonMed}} in Scottsdale.",
    "He had an outside bone scan at {{facility:Aarthi Scans}} in Chennai.",
    "Prior CT coronary angiogram at {{facility:Parkway Radiology}} showed mild disease.",
    "Outside MRI prostate from {{facility:Unilabs}} was imported for fusion biopsy.",
    "The skeletal survey was repeated at {{facility:Westmead Children's}}.",
    "Transferred from {{facility:Tommy's}} overnight for IR embolisation.",
    "The referral comes from {{facility:Middlemore}} for a PET scan.",
    "Follow-up CT to be done at {{facility:Mercy Radiology}} in Epsom, closer to home.",
    "His angiogram was done at the {{facility:Prince Charles}}, per the discharge summary.",
    "Repeat MRI at {{facility:Horizon Radiology}} is suggested for patient convenience.",
    "Bloods from {{facility:Dr Lal PathLabs}} show a raised CA-125.",
    "Outside ultrasound from {{facility:Benson Radiology}} in Adelaide.",
    "Staging PET done at the {{facility:Peter Mac}} last month.",
    "Originally scanned at {{facility:Charlie's}} before the move to {{facility:Fiona Stanley}}.",
    "Her family want all care moved to the {{facility:Brigham}}.",
    "Imaging performed at {{facility:POW}} was reviewed in the neuro meeting.",
    "The {{facility:QEII}} sent the old films by courier.",
    "His MRI was done at {{facility:Perth Radiological Clinic}} in Subiaco.",
    "Outside x-rays from {{facility:PRP Imaging}} in Penrith are degraded JPEGs.",
    "Outside CT at {{facility:Medneo}} in Birmingham showed the same cyst.",
    "Seen in the private rooms of Dr {{name:Kamal}} at {{facility:Epworth Richmond}}.",
    "Booked for a cardiac CT at {{facility:Sloan}} in New York next month.",
    "Previously imaged at the {{facility:Salpêtrière}} during a stay in Paris.",
    "The images from {{facility:HUG}} in Geneva were anonymised before transfer.",
    "Prior imaging at {{facility:PGI Chandigarh}} reported a hydatid cyst.",
    "Transferred from the {{facility:Lister}} with a suspected leak after bariatric surgery.",
    "The patient prefers follow-up at {{facility:Canterbury Radiology}} in Christchurch.",
    "Scans from {{facility:KK}} accompany the infant.",
    "He was seen at the {{facility:Ottawa Hospital}} before moving west.",
    "She had a CT at {{facility:NUH}} on holiday in Singapore.",
]

ADDRESSES = [
    "Social work note: she lives on {{address:14 Kereru Lane}} in Taupo with her son.",
    "Patient has moved to {{address:unit 3/22 Smith St, Fitzroy 3065}}; please update iPM.",
    "Home address on the request: {{address:Rose Cottage, Mill Lane, Little Snoring, Norfolk NR21 "
    "0QX}}.",
    "Ambulance collected him from {{address:412 Kaimai Road, RD 2, Katikati 3178}}.",
    "Lives rurally at {{address:RMB 2210 Wombat Creek Road, Yackandandah VIC 3749}}, two hours "
    "from the nearest CT.",
    "Correspondence to {{address:Lindenstraße 17, 10969 Berlin}} returned undelivered.",
    "Address for the letter: {{address:12 rue des Lilas, 69003 Lyon, France}}.",
    "She gives her address as {{address:Flat 4B, Shanti Apartments, 12th Cross, Indiranagar, "
    "Bengaluru 560038}}.",
    "Resides at {{address:Blk 245 Jurong East Street 24, #08-112, Singapore 600245}} with family.",
    "Patient lives at {{address:1184 Maple Hollow Rd, Apt 3C, Burlington, VT 05401}}.",
    "New address: {{address:Storgatan 12 B, 411 38 Göteborg}}.",
    "The farm is at {{address:Ballycross, Kilmore, Co. Wexford, Y35 X2K8}}, an hour from the "
    "hospital.",
    "Please send the appointment to {{address:PO Box 417, Taupo 3351}}.",
    "She lives somewhere on {{address:Kereru Lane}}, according to the ambulance sheet.",
    "Moved in with her daughter at {{address:7 Harakeke Place, Rototuna, Hamilton 3210}}.",
    "Letter sent to {{address:2-14-7 Jingumae, Shibuya-ku, Tokyo 150-0001}} via the interpreter "
    "service.",
    "Resident at {{address:Prinsengracht 263-1, 1016 GV Amsterdam}} while on sabbatical.",
    "Found collapsed outside {{address:88 Beach Road}} by a passer-by.",
    "Home: {{address:The Old Rectory, Church Street, Hawkshead LA22 0NT}}.",
    "Discharge destination is her son's place at {{address:5/19 Arthur Street, Randwick NSW 2031}}.",
    "He lives in a caravan at {{address:site 14, Lakeside Holiday Park, Mulwala 2647}}.",
    "Her listed address, {{address:33 Kingfisher Drive}}, is incorrect; she moved to Bendigo.",
    "Lives on a station out past Longreach, {{address:Nerida Downs, via Isisford QLD 4731}}.",
    "Patient address: {{address:Calle de Alcalá 214, 3º izq., 28028 Madrid}}.",
    "Address on the old record is {{address:Via Garibaldi 9, 10122 Torino}}.",
    "She now lives at {{address:Apartment 1204, 50 Bloor St W, Toronto, ON M4W 3L8}}.",
    "Next of kin address: {{address:Tŷ Gwyn, Heol y Bryn, Llanarthne SA32 8HN}}.",
    "The patient stays at the hostel on {{address:Cuba Street}} and has no phone.",
    "Home visit requested to {{address:Lot 6 Old Coach Road, Kurrajong Hills}}.",
    "Address: {{address:ul. Marszałkowska 84/92 m. 17, 00-514 Warszawa}}.",
    "Moved from {{address:27 Orchard Grove, Clifton, Bristol BS8 4AH}} to a care home.",
    "The GP letter lists {{address:No. 6, 2nd Floor, Lane 118, Section 2, Zhongshan N. Rd, "
    "Taipei}}.",
    "Lives above the shop at {{address:161a High Street, Lewes BN7 1XU}}.",
    "Postal address {{address:Private Bag 3002, Whakatāne 3158}} for all correspondence.",
    "Home address {{address:Hauptstrasse 5, 8280 Kreuzlingen, Switzerland}} per passport.",
    "She has lived at {{address:Flat 2, 9 Albion Terrace}} since her husband died.",
    "Resides on {{address:Marine Parade}} in Napier, near the aquarium.",
    "Address changed from {{address:44 Wattle Avenue, Glen Iris 3146}} at this visit.",
]

AGES = [
    "M/{{age:97}} with a 3-day history of abdominal pain and vomiting.",
    "F {{age:93}}, collapse, ?PE.",
    "{{age:91}}-year-old man, fall from standing, on warfarin.",
    "Aged {{age:95}}, the patient declined IV contrast.",
    "CT head for a {{age:101}} y/o with new confusion.",
    "{{age:90}}F SOB, bilateral leg swelling.",
    "A woman of {{age:ninety-six}} presenting with a painful, swollen right calf.",
    "Elderly man, {{age:94}} years old, lives independently.",
    "Pt age {{age:99}}, from home, fall onto outstretched hand.",
    "Indication: {{age:92}} yo female, haematemesis.",
    "She celebrated turning {{age:100}} on the ward.",
    "{{age:103}}-year-old with a hip fracture; very high anaesthetic risk.",
    "Sex/age: M {{age:98}}.",
    "Patient is {{age:ninety-one}} and still gardens most days.",
    "At {{age:95}} he has better bone density than most 60-year-olds.",
    "{{age:96}} yr old lady, bed-bound, ?aspiration.",
    "{{age:90}} y.o. nursing home resident, right lower lobe consolidation.",
    "A gentleman aged {{age:ninety-four}} with urinary retention.",
    "Age at exam: {{age:97}} Y.",
    "{{age:92}}M retired farmer, haemoptysis.",
    "ED triage note: pt {{age:93}} female, dizziness.",
    "{{age:105}}yo F, found on the floor, ?#NOF.",
]

WORD_NAMES = [
    "{{name:Tash}}, pls repeat the lateral, the first one is rotated.",
    "{{name:Hope}} from bookings rang to say the patient is running late.",
    "Ask {{name:Will}} to check the coil before the next knee.",
    "{{name:Joy}}, can you add contrast to the 14:30 CT abdo?",
    "{{name:Summer}} scanned the DVT study and saved the cine clips.",
    "Thanks {{name:Dawn}}, images received.",
    "Dr {{name:Bishop}}'s patient needs a portable chest film on ICU.",
    "The Army reservist, {{name:Dylan Major}}, was imaged in the garrison clinic.",
    "{{name:Mark Stone}}, radiographer, performed the examination.",
    "{{name:Georgia}} is covering the ultrasound list this afternoon.",
    "{{name:Paris Nguyen}} is the sonographer for the obstetric scans.",
    "{{name:Sydney Chase}} is listed as the referring nurse practitioner.",
    "Dr {{name:Chase}} wants the CTPA done before the afternoon ward round.",
    "{{name:Bill}}, the porter, will bring the patient down at 15:00.",
    "{{name:Grace}} has checked the eGFR: 48.",
    "Images reviewed by {{name:Angel Flores}} and sent to PACS.",
    "{{name:Rose}}, could you please find the old films for bed 12?",
    "{{name:Faith Kingi}} is the radiographer on the mobile run tonight.",
    "Sonographer: {{name:Autumn Reyes}}.",
    "{{name:Bob}} says the injector is jamming again.",
    "{{name:Ivy}}, pls recheck the patient ID before scanning.",
    "Reported by Dr {{name:Frank Honey}}.",
    "{{name:Jack}} did the injection; no extravasation.",
    "Dr {{name:Rainbow}} asked for the MRCP to be protocolled today.",
    "Ask {{name:Sunny}} in MRI to call back about the pacemaker.",
    "Mr {{name:Hunter King}}'s CT was cancelled as he ate breakfast.",
    "{{name:Dean}} is the charge radiographer on weekends.",
    "{{name:Precious}} from the ward confirmed the cannula is 20G.",
    "Scanned by {{name:Sky}}; please check series 4 for motion.",
    "{{name:Cash}}, the agency radiographer, is not on the MRI safety register yet.",
    "{{name:Miles Young}} (student) assisted with the fluoroscopy.",
    "Dr {{name:Winter}} and Dr {{name:Spring}} co-reported this study.",
    "{{name:Lincoln}} has the keys to the MRI control room.",
    "Message for {{name:Kai}}: the portable is on charge in bay 3.",
    "{{name:Jordan}}, please add the ED accession to the worklist.",
    "Verified by Dr {{name:London}} after the second read.",
    "{{name:Florence}} on 4B wants to know when the patient is going.",
    "{{name:Blessing}} took the consent form.",
    "Per {{name:Rocky}} in IR, the sheath is 6 Fr.",
    "{{name:Destiny}}, could you chase the path report?",
    "Protocol checked by {{name:Honor Whitlock}}.",
    "{{name:Holly}} and {{name:Ivy}} have swapped lists.",
    "{{name:Nguyễn Thị Hoa}}, the interpreter, was present for the consent.",
    "Patient {{name:李伟}} requested a Mandarin-speaking sonographer.",
    "Dr {{name:Αλεξάνδρα Παπαδοπούλου}} reviewed the outside images.",
    "Interpreter {{name:Søren Bækgaard}} attended for the Danish-speaking patient.",
    "{{name:Zoë Müller-Brandt}}, CT radiographer, noted the patient was claustrophobic.",
    "Request signed by Dr {{name:Nomvula}}.",
]

IDENTIFIERS = [
    "NHS number {{id:943 476 5919}} confirmed with the patient verbally.",
    "CHI {{id:0101501234}} does not match the wristband; scan held.",
    "Medicare {{id:2953 41782 1}} checked at reception.",
    "NHI {{id:ZAU8023}} linked to the outside images.",
    "PPSN {{id:7654321TA}} recorded for the Irish patient.",
    "OHIP health card {{id:4532-281-907-KT}} expired; billing notified.",
    "Personnummer {{id:19460312-4427}} on the Swedish referral.",
    "CPR-nr. {{id:120356-1423}} given on the Danish discharge letter.",
    "NRIC {{id:S7843219D}} verified at registration.",
    "Aadhaar {{id:4829 1736 5520}} noted on the referral from Pune.",
    "National Insurance no. {{id:QQ 12 34 56 C}} on the work-cover form.",
    "SSN {{id:523-81-4406}} on the insurance face sheet.",
    "NIR {{id:1 84 12 75 113 042 37}} on the French carte Vitale.",
    "Codice fiscale {{id:RSSMRA51T10L219X}} on the Italian referral.",
    "DNI {{id:48276153-K}} presented at reception.",
    "CPF {{id:318.447.902-65}} on the Brazilian document.",
    "SA ID {{id:5103125009087}} recorded by the admitting clerk.",
    "HKID {{id:K482917(3)}} shown at check-in.",
    "Henkilötunnus {{id:131052-308T}} from the Finnish EHIC.",
    "BSN {{id:2374 18 906}} on the Dutch insurance card.",
    "Rijksregisternummer {{id:51.07.30-033.61}} on the Belgian ID.",
    "Fødselsnummer {{id:040351 48213}} provided by the Norwegian embassy.",
    "UR {{id:00734219}} and a second, older UR {{id:M0034412}} have been merged.",
    "MRN {{id:RMH-0093314}} for the outside comparison.",
    "Visit number {{id:V24-1183302}}, encounter {{id:E/8839/24}}.",
    "Patient's EHIC {{id:80276 00123 45678 9001}} is valid until the end of the year.",
    "Accession {{id:XR.24.0033719}} was duplicated in error.",
    "Study Instance UID {{id:1.2.826.0.1.3680043.9.7283.20240315.114411}} failed to transfer.",
    "Accession numbers {{id:CT24-118837}} and {{id:CT24-118838}} are the same exam.",
    "Pacemaker: Medtronic Azure, serial {{id:PJN804512S}}, MR conditional.",
    "ICD serial number {{id:RLA 301874 H}} confirmed with the cardiac technologist.",
    "Cochlear implant serial {{id:CI632-0048816}} checked before MRI.",
    "Neurostimulator SN {{id:NKA4407311N}}, switched to MRI mode by the rep.",
    "Insulin pump serial {{id:PAB 18 44 903}} was removed before the scan.",
    "Insurance policy {{id:BUPA-7743-1190-02}} pre-approved the MRI.",
    "Member ID {{id:XKW918273645}} on the pre-authorisation.",
    "WorkCover claim {{id:WC 24/118 392}} relates to the shoulder injury.",
    "ACC claim number {{id:10042987731}} for the wrist fracture.",
    "Case number {{id:CASE-2024-MSK-0417}} for the tumour board.",
    "Hospital number {{id:K1044876}} on the old paper folder.",
    "Veterans card {{id:NX 1234 56 A}} for the DVA patient.",
    "Prison health number {{id:HMP-A4812CD}} on the escort paperwork.",
    "Trial participant {{id:ANZ-LUNG-0271}} scanned per the imaging manual.",
    "Old film packet labelled {{id:X-44817-B}} retrieved from the archive.",
    "Comparison: CT chest, accession {{id:RX 24 0331 778}}, not yet reported.",
    "The outside accession {{id:E-RAD-1193047/2}} is written on the CD label.",
    "Duplicate registration: MRN {{id:30-44-812}} and MRN {{id:30-48-812}} belong to the same man.",
    "NHS no. {{id:485-777-3456}} is on the old discharge letter, with dashes.",
    "Medicare card {{id:5104 83926 3-1}} presented, including the reference digit.",
    "Patient barcode {{id:P00448126A}} was scanned at the MRI door.",
    "Tracking number {{id:LAB24-03-18-0091}} for the CT-guided biopsy specimen.",
    "Spinal cord stimulator serial {{id:SC-1200 4411 87}} recorded on the MRI checklist.",
    "DICOM Patient ID {{id:ZKQ-4481-B}} came through with a check suffix.",
    "Old Kodak film bag {{id:F-1987-0442}} found in offsite storage.",
    "Programmable shunt valve serial {{id:CHV-88107}} checked; setting 1.5 after MRI.",
    "Claim {{id:INS/24/0098813-C}} approved for the PET-CT.",
    "Breast screening client number {{id:BS 00 7712 93}}.",
    "Coroner's reference {{id:COR 2024/0881}} for the post-mortem CT.",
    "Order number {{id:ORD-88412-RX}} was cancelled and re-entered.",
    "Encounter {{id:ENC0099812743}} closed before the report was signed.",
    "The implant card lists the VNS serial {{id:104-77239}}.",
    "Renal patient number {{id:REN-6610}} on the fistulogram request.",
]

CONTACT_IT = [
    "Viewer link: {{url:https://pacs.health.example.org/viewer?acc=CT24118837}}.",
    "Images pushed from modality at {{ip:10.42.7.118}} failed with a timeout.",
    "Outside images available at {{url:https://share.imed.com.au/s/8Fq2LwX}} for 14 days.",
    "The CR reader at {{ip:172.16.40.22}} is sending duplicate studies.",
    "Please upload to {{url:https://transfer.royalfree.nhs.uk/upload/case/77310}}.",
    "Dose report exported to {{ip:192.168.12.5}} for the DRL audit.",
    "Patient portal: {{url:https://myhealth.example.net/results/88412}}.",
    "CT3 DICOM node {{ip:10.10.3.41}}, port 104.",
    "The referring clinic emailed {{email:reception@kingswaymedical.com.au}} asking for images.",
    "Workstation {{ip:10.88.1.203}} logged the study as viewed at 02:14.",
    "Teaching file entry: {{url:http://teach.radiology.internal/case/4471}}.",
    "Send the CD request to {{email:imaging.records@alfredhealth.org.au}}.",
    "Request sent from {{email:dr.h.osei@fitzroymedical.com.au}} with no clinical details.",
    "The ultrasound machine at {{ip:10.20.9.77}} needs its AE title corrected.",
    "Booking confirmation sent to {{email:will.tanaka@gmail.com}}.",
    "PACS outage logged; the VNA at {{ip:10.0.12.250}} was unreachable for 20 minutes.",
    "Family can view the leaflet at {{url:www.rosewoodmanor.com.au/visiting}}.",
    "Second opinion request from {{email:secondopinion@karolinska.se}}.",
    "Images uploaded via {{url:https://ki-share.se/x/9QpLm2}}.",
    "Audit: accessed from {{ip:203.0.113.47}} outside the trust network.",
    "Patient emailed {{email:hope.adeyemi@outlook.com}} asking for her report.",
    "Link for the MDT: {{url:https://teams.example.com/l/meetup-join/19%3ameeting_MDT44}}.",
    "Modality worklist server {{ip:10.1.1.15}} was restarted at 07:00.",
    "Reply to {{email:s.ni.bhriain@beaumont.ie}} with the formal report.",
    "IPv6 host {{ip:fe80::1a2b:3c4d:5e6f:7081}} kept re-sending the MR series.",
    "Please use {{url:https://radiology.sgh.com.sg/referral}} for outside referrals.",
    "Secure mail to {{email:gp.results@harbourhealth.co.nz}} bounced.",
    "The printer at {{ip:10.42.7.200}} is printing the wrong patient's labels.",
    "Images posted to {{url:https://cloud.lumus.com.au/study/WOL-22-0908}} for the surgeon.",
    "Sent from {{email:tash.w@ramsayhealth.com.au}} at 08:55: portable done.",
    "Login from {{ip:10.61.4.19}} by Dr {{name:Sundqvist}}'s account at 03:40.",
    "Form available at {{url:http://intranet.royal.local/mri-safety}}.",
    "Patient's husband prefers contact by email, {{email:bill.kearney56@bigpond.com}}.",
    "Modem at {{ip:172.20.0.9}} for the remote reporting station in Dubbo.",
    "Contact {{email:MRI.Bookings@uclh.nhs.uk}} to reschedule.",
    "DICOM router {{ip:10.3.3.3}} forwarding to both archives.",
    "CD burner upload at {{url:https://discs.example.org/job/55210}} succeeded.",
    "Practice e-mail {{email:admin@bridgestreetsurgery.nhs.uk}} for copies.",
    "Patient may ring the department on {{phone:1300 367 433}} to rebook.",
    "Bookings: {{phone:+65 6321 4987}}.",
    "Mobile on file, {{phone:021 447 9021}}, is disconnected.",
    "Daughter {{name:Faith}}'s number is {{phone:0419 220 713}}.",
    "Interpreter service phone {{phone:+46 8 517 704 12}}.",
    "Call the patient's son on {{phone:+1 (416) 555-0198}} before discharge.",
    "Home phone {{phone:(07) 3349 1182}}, after 6 pm.",
    "Patient contact {{phone:+353 87 123 4567}}.",
]

FOLLOW_UP_PROSE = [
    "Recommend repeat CT in 3 months, around {{date:July 2024}}, or sooner if symptomatic.",
    "The patient was last imaged here on {{date:23/11/2022}} (accession {{id:CT22-771903}}) and "
    "did not attend the follow-up on {{date:23/02/2023}}.",
    "Biopsy was performed on {{date:5 Oct 2023}} under accession {{id:IR-23-10-0057}}; histology "
    "confirmed adenocarcinoma.",
    "Port inserted {{date:14/06/2021}}; serial {{id:BPX-2290-7718}} on the implant card.",
    "The scan booked for {{date:Friday 12 April}} has been moved to {{date:Monday 15 April}}.",
    "Lung nodule first reported on {{date:2021-03-02}}, stable on {{date:2022-03-08}} and "
    "{{date:2023-03-14}}; discharge from surveillance.",
    "Previous reports under the old MRN {{id:T0448126}} were merged on {{date:9 January 2024}}.",
    "Right hip replaced in {{date:2016}}, left in {{date:2019}}; both at the {{facility:Epworth}}.",
    "Chest drain inserted {{date:Sun 10/03/24 04:15}} and removed the next day.",
    "He has had annual MRIs since {{date:2012}} for the vestibular schwannoma.",
    "Last menstrual period {{date:28 February 2024}}; pregnancy test negative.",
    "The AAA was 4.9 cm on {{date:12.12.2023}} and is 5.6 cm today; vascular referral made.",
    "Colonoscopy on {{date:18 March}} found a 2 cm caecal polyp; CT colonography is not needed.",
    "The PET booked under episode {{id:EP-77104-N}} is for {{date:29/04/2024 07:30}}.",
    "TAVI workup CT from {{date:Nov 2023}} (acc {{id:CTA-23-1128-02}}) used for sizing.",
    "Fracture clinic on {{date:Thursday 21st March}} will review the films.",
    "Onset of symptoms {{date:06/03/2024}}; first presentation {{date:09/03/2024}}.",
    "Baseline DEXA {{date:January 2018}}, T-score -2.7 at the hip.",
    "Admission {{date:2024-02-17}} to {{date:2024-02-29}}; this is the discharge CT.",
    "MRI knee on {{date:20 Dec}} showed a bucket-handle tear that was repaired on {{date:2 Jan}}.",
    "Cord compression MRI requested {{date:Sat 16 Mar 2024, 21:40}} and performed at 23:10.",
    "IVC filter placed {{date:12 August 2022}}, serial {{id:DF-449103-77}}, now due for retrieval.",
    "Previous barium swallow on {{date:4 April 2019}} was normal.",
    "Scan number {{id:MR-24-00318-K}} was performed on {{date:18/03/2024}} but reported under "
    "{{id:MR-24-00381-K}}.",
    "Study {{id:NM 24 0417 12}} (bone scan) is linked to the referral of {{date:10 April 2024}}.",
    "Pre-op CT for surgery planned on {{date:May 6, 2024}} at the {{facility:Brigham}}.",
    "Hospital number {{id:H/0448/921-C}} appears on the outside CD cover.",
    "Screening round three, episode {{id:BSW-2024-118-07}}, images taken {{date:8/4/2024}}.",
    "PICC inserted by {{name:Fatima Zahra El Idrissi}}, vascular access nurse, on "
    "{{date:Tue 2 Apr}}.",
    "Ultrasound on {{date:14.03.24}} showed gallstones; surgery is listed.",
    "Patient's DOB {{date:07-Jul-1932}} and MRN {{id:0448126-T}} confirmed with two identifiers.",
    "The outside report is dated {{date:3rd June 2023}} and signed by Dr {{name:Ingrid Haugland}}.",
    "Echo on {{date:11/01/2024}} showed an EF of 35 percent.",
    "Previous CTPA ({{date:Jan 2024}}, acc {{id:CTPA-2401-3317}}) was negative.",
    "First presentation was in {{date:2008}}, when she was living in Dunedin.",
]

MORE_CONTACT = [
    "Results line for patients: {{phone:+61 3 9076 2000}}.",
    "Booking office fax {{phone:(08) 8222 4411}}.",
    "Radiology reading room direct line {{phone:020 7946 0857}}.",
    "Patient's mobile {{phone:+44 7700 900123}}; prefers texts.",
    "On-call IR registrar mobile {{phone:0400 118 552}}.",
    "Contact the practice nurse {{name:Joy}} on {{phone:09 445 3312}}.",
    "Urgent report e-mailed to {{email:dr.chase.whitaker@petermac.org}}.",
    "Copy of the images requested by {{email:legal@harrisonlawyers.com.au}} for the claim.",
    "Patient's own email on file: {{email:georgia.p1944@yahoo.gr}}.",
    "Please cc {{email:breast.mdt@mater.org.au}} on all breast reports.",
    "Outside report came from {{email:reports@qscan.com.au}}.",
    "Reply sent to {{email:hemi.walker@gmail.com}}, the carer, with consent.",
    "Images were shared through {{url:https://imagelink.affidea.pl/s/KRK-2105-15}}.",
    "Patient found the prep sheet at {{url:https://www.imed.com.au/patients/ct-colonography}}.",
    "Outside study viewable at {{url:https://view.mahajanimaging.com/share/77314}}.",
    "Referral form downloaded from {{url:http://gp.kingswaymedical.com.au/forms/radiology}}.",
    "Cloud link {{url:https://ge-hcp.io/s/AbC12xYz}} expired before the MDT.",
    "The CD import log shows files from {{url:https://radsrv02.example.local/import/batch/5521}}.",
    "Family directed to {{url:https://www.gosh.nhs.uk/conditions-and-treatments/}} for leaflets.",
    "Booking link sent by SMS: {{url:https://book.lumus.com.au/r/Qx7Tz}}.",
    "The prep video is at {{url:youtu.be/xR4mPq2Lw8c}}; the patient watched it.",
    "Outside CD index opened at {{url:https://cdviewer.sgh.com.sg/study/77310452}}.",
    "Second-opinion portal: {{url:https://secondopinion.mayo.example.org/case/HAL-2020-0803}}.",
    "The PACS gateway at {{ip:10.144.2.10}} rejected the association.",
    "Remote login from {{ip:198.51.100.23}} flagged by security.",
    "Failed C-STORE from {{ip:192.168.1.64}} at 03:12.",
    "The injector console reports its address as {{ip:10.42.7.31}}.",
    "Teleradiology VPN endpoint {{ip:203.0.113.188}} was down overnight.",
    "Dose monitoring server {{ip:172.31.255.4}} missed the study.",
    "The MR console at {{ip:10.20.30.40}} has been re-imaged.",
    "Mammography unit {{ip:10.77.0.12}} is sending to the wrong archive.",
    "Traffic from {{ip:2001:db8:4f1::27}} was blocked at the firewall.",
    "Print server {{ip:10.5.5.120}} jammed again at 16:00.",
    "Access to the study was logged from {{ip:10.61.4.22}} by {{name:Bree}}.",
]

HEADERS_SIGNOFFS = [
    "Patient: {{name:WHITFIELD, Summer J.}}  DOB: {{date:02/09/1931}}  MRN: {{id:0040021}}",
    "Name: {{name:Okonkwo, Chidi}}  Age: {{age:92}}  Sex: M  Ward: 7B",
    "Exam date {{date:18-Mar-2024 10:33}}, accession {{id:MR2403180045}}, referring Dr {{name:Lee "
    "Anh Tuấn}}.",
    "Reported by: Dr {{name:Greta Sundqvist}} FRCR, {{date:19 March 2024 17:02}}",
    "Electronically signed by {{name:Kwame Asante}}, MBChB, on {{date:03/15/2024 at 11:48}}.",
    "Dictated: Dr {{name:Okwuosa}}; transcribed by {{name:Lorraine}}; verified {{date:2024-03-16}}.",
    "Requested by Dr {{name:Maeve Doherty}} (Gastroenterology), {{facility:Beaumont}}.",
    "Scan performed at {{facility:Qscan Springfield}} on {{date:Tuesday 9 April 2024}}.",
    "Report prepared for Dr {{name:Frank Ebner}}, {{facility:Northcote Family Doctors}}.",
    "Radiologist: Prof {{name:Hélène Duchamp-Lévesque}}, {{facility:HUG}}, Genève.",
    "Patient Mr {{name:R. J. Tremaine}}, DOB {{date:11.11.1929}}, NHS {{id:485 777 3456}}.",
    "Final report issued {{date:22 Apr 2024}}; copy to {{facility:Taupo Medical Centre}}.",
    "Examined by {{name:Ruth Mwangi}} (sonographer) and reviewed by Dr {{name:Collins}}.",
    "Provisional report by the registrar, Dr {{name:Yoon Seo-yeon}}, awaiting consultant sign-off.",
    "Thanks for referring {{name:Edith Marrable}}; I saw her in the fluoroscopy suite today.",
    "Dear Dr {{name:Rangihuna}}, thank you for referring Mrs {{name:Aroha Tipene}} ({{age:94}}).",
    "Yours sincerely, {{name:Marcus Oyelaran}}, Consultant Radiologist.",
    "Many thanks, {{name:Tash}} (CT)",
    "Regards, Dr {{name:J. K. Anand}} | Department of Medical Imaging | {{facility:Royal Hobart "
    "Hospital}}",
    "Date of birth: the {{date:1st of December 1930}}; patient confirmed verbally.",
]

DEV6 = (
    COMPARISONS
    + HISTORIES
    + COMMUNICATIONS
    + ADDENDA
    + DISCREPANCY_INCIDENT
    + FACILITY_SHORT
    + ADDRESSES
    + AGES
    + WORD_NAMES
    + IDENTIFIERS
    + CONTACT_IT
    + HEADERS_SIGNOFFS
    + FOLLOW_UP_PROSE
    + MORE_CONTACT
)

CLEAN_EPONYMS_SIGNS = [
    "Kerley B lines and upper lobe venous diversion in keeping with interstitial oedema.",
    "Hampton hump and Westermark sign are not seen; no convincing evidence of infarction.",
    "A Sister Mary Joseph nodule is suspected at the umbilicus.",
    "Smith fracture of the distal radius with volar angulation of the distal fragment.",
    "Jones fracture at the base of the fifth metatarsal, zone 2.",
    "Bennett fracture-dislocation of the thumb base; Rolando pattern excluded.",
    "Austin Moore hemiarthroplasty in situ with no periprosthetic lucency.",
    "Thompson hemiarthroplasty, cemented, satisfactory position.",
    "Exeter stem with a Trident cup; no evidence of loosening.",
    "Birmingham hip resurfacing with a normal metal artefact pattern.",
    "Oxford unicompartmental knee replacement, medial compartment.",
    "Hill-Sachs defect and a bony Bankart lesion of the anteroinferior glenoid.",
    "Segond fracture, which should prompt assessment of the ACL.",
    "Chilaiditi sign: colon interposed between the liver and the right hemidiaphragm.",
    "Morison's pouch contains a small volume of free fluid.",
    "Fluid in the pouch of Douglas is physiological.",
    "Enlarged Virchow node in the left supraclavicular fossa.",
    "Mallory-Weiss tear suspected clinically; no pneumomediastinum to suggest Boerhaave.",
    "Zenker diverticulum with residual contrast on the delayed images.",
    "Meckel diverticulum is the likely lead point of the intussusception.",
    "Large Baker's cyst extending into the calf, with signs of recent rupture.",
    "Monteggia fracture-dislocation: proximal ulna fracture with radial head dislocation.",
    "Galeazzi injury with widening of the distal radioulnar joint.",
    "Colles fracture with dorsal tilt of 20 degrees.",
    "Barton fracture involving the volar rim.",
    "Hoffa fat pad oedema consistent with impingement.",
    "Charcot arthropathy of the midfoot with fragmentation at the Lisfranc joint.",
    "Chopart joint alignment is preserved.",
    "Weber B fibular fracture with medial clear space widening.",
    "Salter-Harris II fracture of the distal tibia.",
    "Garden IV subcapital fracture of the left femoral neck.",
    "Schatzker II tibial plateau fracture with 6 mm of depression.",
    "Neer three-part proximal humeral fracture.",
    "Paget disease of the right hemipelvis with cortical thickening.",
    "Features favour Crohn disease of the terminal ileum.",
    "Wilms tumour is the main differential in this age group.",
    "Ewing sarcoma remains in the differential for the permeative lesion.",
    "Nodular sclerosing Hodgkin lymphoma, anterior mediastinal mass.",
    "Pott disease with a paravertebral collection at T10.",
    "Scheuermann changes in the thoracic spine with Schmorl nodes.",
    "Osgood-Schlatter disease with fragmentation of the tibial tubercle.",
    "Legg-Calve-Perthes disease, flattening of the right femoral epiphysis.",
    "Kienbock disease, stage II, with sclerosis of the lunate.",
    "Freiberg infraction of the second metatarsal head.",
    "Sinding-Larsen-Johansson changes at the inferior patellar pole.",
    "Madelung deformity bilaterally.",
    "Erlenmeyer flask deformity of the distal femora.",
    "Couinaud segment VII lesion abutting the right hepatic vein.",
    "Pancoast tumour with invasion of the first rib.",
    "Todani type I choledochal cyst.",
    "Bismuth-Corlette type IIIa hilar stricture.",
]

CLEAN_CLASSIFICATIONS = [
    "Glasgow Coma Scale 14 on arrival per the triage note.",
    "Los Angeles grade C oesophagitis on the endoscopy report, correlating with wall thickening.",
    "Boston criteria v2.0: probable cerebral amyloid angiopathy.",
    "Within the Milan criteria for transplant listing.",
    "Fleischner recommendation: no routine follow-up for this solid nodule.",
    "Bosniak IIF cyst; follow-up CT or MRI advised.",
    "Paris classification 0-IIa polyp in the sigmoid on the colonography.",
    "Updated Sydney system biopsies are suggested at endoscopy.",
    "Atlanta classification: acute necrotic collection.",
    "Montreal classification L3 B2 on the MR enterography.",
    "Vienna classification is not applicable to this lesion.",
    "Chicago Classification v4.0 would need manometry to confirm achalasia.",
    "Lyon consensus criteria for reflux are not met.",
    "Rome IV criteria apply; imaging is normal.",
    "Berlin definition of ARDS: bilateral opacities not fully explained by effusions.",
    "Ottawa ankle rules positive, hence the radiograph.",
    "Canadian CT head rule: high risk given vomiting.",
    "NEXUS criteria not met, so CT cervical spine was performed.",
    "Rotterdam CT score 3.",
    "Marshall grade II diffuse injury.",
    "Stanford type A dissection extending to the iliac bifurcation.",
    "DeBakey type I dissection.",
    "Seattle protocol biopsies recommended for the Barrett segment.",
    "Prague classification C2M4 on the endoscopy report.",
    "Tokyo Guidelines grade II acute cholecystitis.",
    "Amsterdam criteria are met per the genetics clinic letter.",
    "Rotterdam criteria: polycystic ovarian morphology bilaterally.",
    "Mayo endoscopic subscore 2 on the recent colonoscopy.",
    "GRACE score is high; CT coronary angiography is not appropriate.",
    "Bishop score 7 at the time of the scan.",
    "Lugano classification stage IIIA.",
    "Ann Arbor stage II bulky disease.",
    "Bethesda category IV on the prior FNA.",
    "ACR TI-RADS TR4, 1.8 cm; FNA recommended.",
    "Lung-RADS 4A; three-month LDCT suggested.",
    "O-RADS US 4, intermediate risk.",
    "LI-RADS LR-5 observation in segment VIII.",
    "PI-RADS 4 lesion in the left peripheral zone.",
    "BI-RADS 4B; ultrasound-guided core biopsy advised.",
    "Balthazar grade E with less than 30 percent necrosis.",
    "Geneva score intermediate; CTPA negative.",
    "Wells score of 6 prompted the CTPA.",
    "San Francisco syncope rule negative.",
    "Cambridge grade 3 chronic pancreatitis.",
    "Bristol stool type 7 per the ward nurse.",
    "Manchester triage category orange.",
    "Oxford knee score recorded as 18 before surgery.",
]

CLEAN_DEVICES_DRUGS = [
    "Swan-Ganz catheter tip in the right interlobar pulmonary artery.",
    "Foley catheter balloon in the bladder.",
    "Hickman line tip at the cavoatrial junction.",
    "Port-a-Cath reservoir in the left chest wall, catheter intact.",
    "Groshong catheter tip in the SVC.",
    "Tenckhoff catheter coiled in the pelvis.",
    "Blake drain along the resection margin.",
    "Jackson-Pratt drain tip in the subhepatic space.",
    "Sengstaken-Blakemore tube with the gastric balloon inflated.",
    "Minnesota tube in the stomach, oesophageal balloon deflated.",
    "Denver shunt tubing traversing the right chest wall.",
    "Ryle's tube tip below the diaphragm in the stomach.",
    "Malecot nephrostomy in the left renal pelvis.",
    "Greenfield filter below the renal veins.",
    "Watchman device in the left atrial appendage, no peridevice leak.",
    "Amplatzer septal occluder in a good position.",
    "MitraClip on the anterior and posterior leaflets.",
    "Impella device across the aortic valve.",
    "Medtronic Micra leadless pacemaker in the right ventricle.",
    "Medtronic Azure XT DR MRI SureScan, model W1DR01, MR conditional per the card.",
    "Edwards Sapien 3 valve, 26 mm.",
    "CoreValve Evolut in the aortic root.",
    "Pipeline embolisation device across the aneurysm neck.",
    "Onyx cast in the AVM nidus.",
    "Solitaire stent retriever used for two passes; TICI 2b.",
    "Lipiodol retention in the tumour after TACE.",
    "TheraSphere dosimetry scan shows a lung shunt fraction of 6 percent.",
    "Mirena IUD in the endometrial cavity.",
    "Nexplanon rod in the left arm, subdermal.",
    "Kirschner wires across the fracture, no loosening.",
    "Steinmann pin through the calcaneus.",
    "Harrington rods from T4 to L3.",
    "Ilizarov frame on the right tibia.",
    "Gamma nail with a distal locking screw.",
    "Boston Scientific WallFlex stent across the duodenal stricture.",
    "Omnipaque 350, 80 mL at 4 mL/s via the right antecubital cannula.",
    "Visipaque used given the eGFR of 32.",
    "Gadovist 0.1 mmol/kg; no reaction.",
    "Dotarem given at half dose.",
    "Patient is on Eliquis; procedure deferred 48 hours.",
    "Xarelto held since Monday.",
    "Scanned on the Siemens SOMATOM Force with dual energy.",
    "GE Revolution CT, prospective gating at 75 percent.",
    "Philips Ingenia 3T, 32-channel head coil.",
    "Canon Aquilion ONE, volumetric acquisition.",
    "Hologic 3Dimensions tomosynthesis views obtained.",
    "Carestream DRX portable used on the ward.",
    "Agfa Enterprise Imaging was slow to load the priors.",
]

CLEAN_WORKFLOW = [
    "Discussed with the on-call registrar at 14:20, read back and confirmed.",
    "Critical result phoned to the ward nurse at 09:40.",
    "Will repeat in 6 weeks if symptoms persist.",
    "Will discuss at the Thursday MDT.",
    "Hope this helps with management.",
    "Grace period for the MRI safety form is 24 hours before the scan.",
    "Major fissure is displaced superiorly, consistent with lower lobe collapse.",
    "Stone in the distal left ureter, 4 mm, with mild hydronephrosis.",
    "Mark the side on the skin before the ultrasound-guided biopsy.",
    "Chase the old films from the archive before reporting.",
    "Bill the study to the outpatient cost centre.",
    "Summer rota applies from next week; check the roster.",
    "Dawn phenomenon noted in the diabetes clinic letter; not relevant to imaging.",
    "Plaster of Paris cast limits assessment of fine bony detail.",
    "Recently returned from Georgia; ?TB, please compare with any previous films.",
    "Patient travelled from Sydney for the procedure.",
    "The patient's daughter is present and will translate.",
    "Husband reports two episodes of haematemesis overnight.",
    "The referring GP requests an urgent report.",
    "The sonographer noted a small amount of free fluid.",
    "Charge nurse informed of the delay.",
    "Patient name: [REDACTED]   MRN: XXXXXXX",
    "DOB: [redacted]; referring doctor: [redacted].",
    "Accession: ********  Study date: --/--/----",
    "Department of Medical Imaging, Nuclear Medicine section.",
    "Interventional Radiology will see the patient on Tuesday.",
    "Emergency Department request, triage category 2.",
    "Breast Screening Unit recall for spot compression views.",
    "Ward 7B, bed 14, side room.",
    "Patient in resus bay 3; portable film taken supine.",
    "Room 4 scanner down for service until Friday.",
    "Repeat film on Monday morning after the chest drain.",
    "Reported at 23:50; the registrar was notified.",
    "A 67-year-old woman with a palpable breast lump.",
    "Aged 89, lives independently, fall onto the left hip.",
    "M/54, flank pain, haematuria.",
    "F 88, confusion, CT head requested.",
    "89yo male, chest pain, troponin rising.",
    "A man of seventy-eight with progressive dysphagia.",
    "Patient is 45 years old with no significant history.",
    "CTDIvol 8.2 mGy, DLP 412 mGy.cm.",
    "Series 4, image 112: 6 mm nodule in the right upper lobe.",
    "CPT 71260 and ICD-10 C34.1 recorded for billing.",
    "Protocol CT-CAP-PV used with a 70-second delay.",
    "3 days of pain, worse on weight bearing.",
    "Symptoms for 2 years, recently worse.",
    "No change in 5 years, consistent with a benign lesion.",
    "Reviewed with the consultant; report amended.",
    "Radiographer comment: patient unable to hold breath.",
    "Clinical question answered; no further imaging needed.",
    "Please see the attached key images on PACS.",
    "The RIS shows the request as vetted and booked.",
    "Justified by the IRMER practitioner.",
    "The referrer has been asked for more clinical details.",
    "MRI safety checklist completed; no contraindication.",
    "The patient was consented for the biopsy in clinic.",
    "Hospital policy requires two identifiers before scanning.",
    "Faith in the prior measurement is low given the motion artefact.",
    "Royal blue top tubes were sent for trace elements.",
    "The Christmas rota has been posted in the reporting room.",
]

CLEAN_DEV6 = CLEAN_EPONYMS_SIGNS + CLEAN_CLASSIFICATIONS + CLEAN_DEVICES_DRUGS + CLEAN_WORKFLOW
