"""Held-out PHI set 12: a US integrated health system's record text around chest imaging.

The text is what an integrated health system's electronic record holds around chest imaging when
it is pulled for a privacy review: ICU and hospitalist progress notes that quote chest radiographs,
radiologist-to-clinician secure chat, thoracic tumor board minutes, lung-nodule clinic letters,
clinical-trial screening logs and monitor queries, discharge summaries that mention CT chest,
interventional radiology procedure notes (thoracentesis, chest tubes, pleural catheters, ports,
biopsies), DICOM header dumps and PACS network logs, HL7 v2 ORU messages and interface-engine
lines, patient-portal messages, interpreter and transport notes, and quality, peer-review and
privacy incident reports. Layouts are mixed: free prose, labelled fields, pipe-separated rows,
DICOM tag lines, HL7 segments, all caps and terse chat. Every person, number, phone, e-mail,
street address, web link and network address is invented; facility names are used only as names.

Conventions (shared with the other hand-written sets):
- ``{{kind:text}}`` marks a gold span; kinds are name, date, id, phone, email, url, ip, address,
  facility, age.
- Titles (Dr, Drs, Mr, Mrs, Ms, Nurse) and post-nominals (MD, DO, RN, NP, PA-C, RT(R), CRC,
  FCCP) stay outside name spans, as do job words before a name (RT, DON, perfusionist, tech);
  "Last, First M." and HL7/DICOM ``LAST^FIRST^M`` are one name span (an HL7 prefix component
  such as ``^^^MS`` stays outside). Initials standing for a person ("J.K.W.") and a first name
  alone after a cue ("son Lincoln", "ICU charge Ebony", a chat speaker) are names. A possessive
  "'s" stays outside.
- A date span takes a time or weekday written against it ("Tue 04/09/2024 16:03", "07:52 on
  04/11/2024", "20240502103312", "2024-05-02T10:33:14Z"); the article before it stays outside.
  Times alone ("at 13:10", DICOM TM values), weekdays alone ("done Friday"), durations and
  relative phrases are not PHI. A bare year of an event in the patient's history ("since 2019",
  "quit 1998") and a month with a year ("12/2023", "May 2025") are dates.
- Ages over 89 are PHI (the number only: "92F", "aged 94", DICOM ``092Y`` marks 092); 89 and under
  are not.
- Id spans hold the value, not its label: MRNs (also inside HL7 CX fields), accession numbers,
  surgical and cytology case numbers, encounter, hospital-account, order, requisition and
  transport-request numbers, health-plan member numbers, trial screening and subject numbers,
  NPIs of staff, DICOM study, series and SOP instance UIDs, and serials of devices implanted in the
  patient (ports, pacemakers, ICDs). Room, bed and unit numbers, CPT/ICD/DRG codes, HL7 message
  control numbers, protocol and trial names, AE titles, station names, device models, contrast lot
  numbers, short system codes (the HL7 assigning authority in ``^^^NLH^MR``, receiving-system
  codes) and standard DICOM UIDs (SOP classes, transfer syntaxes) are not PHI.
- An address runs from the street or PO box line through the ZIP code as written, including the
  HL7/DICOM ``street^^city^ST^zip`` form; a city, state or country alone is not PHI.
- A facility span covers the institution's name (hospital, medical center, clinic, imaging
  center, laboratory, nursing home, transitional care, home care agency, DICOM institution
  name, HL7 sending facility); department and unit words (MICU, 6 West, Radiology, tumor
  registry) and generic "the nodule clinic" are not facilities.
- Phone spans take phone, cell, pager and fax numbers in any layout (also the bare digits of a
  DICOM telephone tag); e-mail spans take personal and staff addresses; url spans take portal,
  image-share, upload, meeting, survey and personal links (a public guideline page is not PHI);
  ip spans take IPv4 and IPv6 addresses without the port.
- Clean sentences hold eponyms and signs, device and drug names, headers in capitals, units and
  rooms, scanner, protocol, guideline and score names, codes and versions, ages of 89 and under,
  times and weekdays without a date, place names alone, words that are also names, placeholders
  left by an earlier scrub and short lines.
"""

from __future__ import annotations

# --- ICU progress notes and attestations that quote chest radiographs -----------------------------

ICU_NOTES = [
    "MICU PROGRESS NOTE - {{name:Okonkwo, Chidinma A.}} - MRN {{id:40218837}} - HD#6 - "
    "{{date:03/11/2024}}",
    "24h events: self-extubated overnight, reintubated by Dr. {{name:Farrukh Tashkentov}} at "
    "0315; portable CXR {{date:3/11/24 04:02}} shows ETT 3.1 cm above the carina.",
    'Per Dr. {{name:Lindqvist}}\'s read this AM the RLL consolidation is "slightly worse"; will '
    "discuss with Radiology at noon.",
    "Pt is a {{age:91}} yo F admitted from {{facility:Birchwood Lutheran Care Center}} with "
    "septic shock, likely aspiration.",
    "Family: daughter {{name:Hope Navarro}} (HCPOA) updated by phone at {{phone:(612) 555-0148}}; "
    "son {{name:Lincoln}} is flying in from Phoenix tonight.",
    "CXR {{date:March 12, 2024}} (acc {{id:CR24-0318845}}): interval placement of R IJ CVC, tip "
    "at the cavoatrial junction, no PTX.",
    "ICU attending attestation: I saw and examined Mr. {{name:Desmond Achterberg}} with the "
    "resident, Dr. {{name:Priya Venkataraman}}, and agree with the plan as documented on "
    "{{date:03/12/2024}}.",
    "S/p bronch {{date:3/9}} with BAL, cultures growing MSSA; ID (Dr. "
    "{{name:Temitope Adeyemi-Clarke}}) following, cefazolin day 3.",
    "CVICU day 2 s/p CABG x3 at {{facility:Northlake Heart Institute}}; AM film "
    "{{date:04/02/2024 05:10}} read by {{name:Kirsten Sørensen}}, MD: L basilar atelectasis, "
    "small L effusion, mediastinal drains in place.",
    "Called by RT {{name:Marisol Quintanilla}}, RRT, about rising peak pressures; stat portable "
    "ordered, order #{{id:ORD-7734120}}.",
    "NEURO ICU - {{name:WHITEHORSE, DANIEL J}} - {{age:93}}M - CXR today: new L retrocardiac "
    "opacity, ?aspiration vs atelectasis.",
    "Transferred from {{facility:Mercy Ridge Hospital}} ED on {{date:2/27/2024}} after an outside "
    "CTA chest (their acc {{id:MRH-CT-5502913}}) showed a saddle PE.",
    "Discussed with pulmonary fellow Dr. {{name:Yusuf bin Hamdan}} and radiology resident Dr. "
    "{{name:Inés de la Vega}}; both agree the left-sided line tip is in the azygos.",
    "Code status confirmed with wife {{name:Florence Pettigrew}} on {{date:Sunday 03/17/2024}}; "
    "she can be reached at {{phone:612-555-0193}} or {{email:flo.pettigrew@example.net}}.",
    "Echo and CXR from {{date:12/2023}} at {{facility:Abbott Northwestern Hospital}} reviewed via "
    "Care Everywhere.",
    "Night float (Dr. {{name:Seo-yeon Ahn}}): CXR {{date:03/18/24 23:40}} with worsening "
    "bilateral airspace disease; P/F 110, proned at 01:00.",
    "MRN {{id:40553192}} | {{name:Brown, Sterling T.}} | MICU 12 | vent day 4 | CXR {{date:3/19}} "
    "stable lines and tubes",
    "Spoke with Dr. {{name:Gallagher}} from {{facility:Lakeshore Pulmonary Associates}}, who "
    "follows her for ILD; baseline HRCT from {{date:2021}} shows a UIP pattern.",
    "Pt is a {{age:90}}-year-old retired machinist with COPD (FEV1 38%), on 3 L home O2 since "
    "{{date:2019}}.",
    "SICU NOTE {{date:04/14/2024}} | {{name:Quispe Mamani, Rolando}} | {{id:40667105}} | POD 1 R "
    "VATS wedge; CXR small apical PTX, CT to -20 suction.",
    "Wife at bedside ({{name:Yesenia Quispe}}); Spanish interpreter {{name:Itzel Cardona}} via "
    "iPad for the family meeting at 14:00.",
    "Reviewed outside films pushed from {{facility:CentraCare St. Cloud Hospital}} "
    "({{date:03/30/2024}}, {{date:04/01/2024}}) - effusion was already loculated.",
    "Discussed the {{date:4/16}} film with Dr. {{name:Brandvold}} by phone "
    '({{phone:612-555-0177}}): she thinks the "new" opacity is the rotated scapula.',
    "Remote ICU (eICU) intensivist {{name:Björn Halvorsen-Kaur}} reviewed the film from "
    "{{ip:10.200.14.52}}: ETT at the level of the clavicles, advance 2 cm.",
]


# --- Hospitalist progress notes, handoffs and H&P lines -------------------------------------------

HOSPITALIST_NOTES = [
    "HOSPITALIST PROGRESS NOTE | {{date:05/06/2024}} | {{name:Tran, Minh Quang}} | MRN "
    "{{id:40779021}} | Enc {{id:E-880214577}}",
    "CXR yesterday (acc {{id:CR24-0509931}}) per radiology: small bilateral effusions, improved "
    "vascular congestion; diuresing well.",
    "Pt seen with daughter-in-law {{name:Aaliyah Whitfield}}, who asks that updates go to her "
    "cell {{phone:(651) 555-0172}}.",
    "Admitted {{date:5/3/2024}} from {{facility:Maple Grove Senior Living}}, where she was found "
    "hypoxic by the night aide, {{name:Rose Mbeki}}.",
    "CT chest PE protocol {{date:05/04/2024 14:22}} negative for PE; incidental 7 mm RUL nodule, "
    "needs follow-up per Fleischner; PCP is Dr. {{name:Harold Young}} at "
    "{{facility:Cedar Hills Family Medicine}}.",
    'Per Dr. {{name:Castellanos-Ruiz}} (rads), the "mass" on the {{date:5/5}} film is likely a '
    "nipple shadow; repeat PA/lat with nipple markers ordered.",
    "I-PASS handoff from Dr. {{name:Benedikt Stroh}} to Dr. {{name:Naledi Khumalo}}: watcher, R "
    "pneumonia, repeat film in AM.",
    "{{age:96}} yo M with HFrEF (EF 20%) and a Medtronic ICD, serial {{id:PZN604118S}}; CXR shows "
    "leads in expected position.",
    "Outside films from {{facility:St. Cloud Hospital}} on CD uploaded to PACS by film library "
    "clerk {{name:Dorothy Haugen}} on {{date:05/07/2024}}.",
    "Medicare Advantage member ID {{id:HUM8812047735}}; SNF auth pending with case manager "
    "{{name:Tamsin O'Rourke}}, RN, {{phone:952.555.0117}}.",
    "Course complicated by aspiration on {{date:May 8}}; CXR that day (acc {{id:CR24-0511042}}) "
    "with a new RLL infiltrate.",
    "Plan discussed at the bedside with the patient and his partner {{name:Jun Watanabe}}; all "
    "questions answered.",
    "Lives at {{address:4417 Cottonwood Ln, Apt 3C, Bloomington, MN 55431}} with her sister; no "
    "stairs.",
    "Admitting: {{name:Ravindra Kulkarni}}, MD (NPI {{id:1386720495}}) | Consults: Pulm, Cards | "
    "Code: DNR/DNI",
    "CXR {{date:05/09/2024}} on my own read: R effusion larger; will ask IR (Dr. "
    "{{name:Szymańska}}) about thoracentesis.",
    "H&P: {{age:92}} y/o woman, former smoker (40 pk-yr, quit {{date:1998}}), presents with 3 "
    "days of dyspnea; CXR in ED shows R middle lobe consolidation.",
    "Collateral from her niece {{name:Dakota Two Bulls}} ({{phone:605-555-0161}}): she has been "
    "coughing since the funeral.",
    "Hospitalist {{name:Oksana Hrytsenko}}, MD, cross-cover {{date:05/11/2024 02:15}}: called for "
    "desat to 84%; portable CXR shows flash pulmonary edema.",
    "Pt requests that results not be shared with ex-husband {{name:Clayton Reese}}; flagged in "
    "chart per {{name:Marisa Feld}}, social work.",
    "Prior imaging: CT chest {{date:08/2022}} and {{date:01/2023}} at "
    "{{facility:HealthPartners Regions Hospital}}, both with stable 4 mm LLL nodule.",
    'Mr. {{name:Achebe}} states he had TB as a child in Lagos and a "spot on the lung" at '
    "{{facility:Parkland Memorial Hospital}} in {{date:2008}}.",
    "Hospital day 3 - {{name:Espinoza, Camila R.}} - CXR {{date:5/12}}: resolving LLL pneumonia; "
    "plan d/c tomorrow to {{address:6120 Penn Ave S, Richfield, MN 55423}}.",
    "Contact for discharge planning: grandson {{name:Wade}} at {{email:wade.j.lindahl@gmail.com}}.",
    "Daughter prefers e-mail: {{email:hnavarro.rn@example.org}}; she is a nurse at "
    "{{facility:Children's Minnesota}}.",
    "Patient-education link for home O2 sent through the portal: "
    "{{url:https://my.northlakehealth.org/edu/home-oxygen?enc=E-880214577}}",
]


# --- Radiologist-to-clinician secure chat messages ------------------------------------------------

SECURE_CHAT = [
    "[{{date:03/14/2024 10:42}}] {{name:Hollis Bergstrom}} MD (Rads): hi - pt in 6W-14, "
    "{{name:Rodriguez, Emilia}}, new L PTX on the 10:15 film, ~2 cm apical",
    "[{{date:03/14/2024 10:44}}] {{name:Anand Pillai}} (Hospitalist): thanks!! is that the same "
    "pt who got the port yesterday?",
    "[10:45] {{name:Bergstrom}}: yes MRN {{id:40661208}}, port placed by Dr. {{name:Ferreira}} on "
    "{{date:3/13}}",
    "[10:47] {{name:Pillai}}: paging IR now. call my cell if it gets bigger {{phone:612-555-0126}}",
    "Secure Chat | From: {{name:Wren Adebayo-Larsson}} MD | To: {{name:Mateo Ilunga}} PA-C | "
    "{{date:Tue 04/09/2024 16:03}}",
    're: {{name:KOWALCZYK, MAREK}} acc {{id:CT24-0411783}} - the "ground glass" you asked about '
    "is mosaic attenuation, air trapping on expiratory images",
    "{{name:Mateo}}: ok. family asking if it's cancer. can i tell them no?",
    "[{{date:04/09 16:11}}] {{name:Adebayo-Larsson}}: not cancer on imaging. suggest PFTs. fyi "
    "prior CT at {{facility:Fairview Southdale Hospital}} in {{date:2022}} looked the same",
    "Critical result: tension PTX, pt {{name:Yolanda Ferreira-Mendes}}, MICU bed 4, called to Dr. "
    "{{name:Amadou Diallo}} at {{date:07:52 on 04/11/2024}}, read back confirmed",
    "can you look at the 3am film on {{name:Truong}}? MRN {{id:40112987}}. resident thinks the NG "
    "tube is in the R main stem",
    "Looked. It's in the bronchus intermedius. Pull it now. - {{name:Lucía Ibarra}}, Rads",
    "chat from {{email:hbergstrom@northlakehealth.org}} forwarded to the pulm pool "
    "{{date:3/14/24 11:02}}",
    "ICU charge {{name:Ebony}}: film done, tech {{name:Ramón Aguilera}} says pt was rotated, will "
    "repeat",
    "{{name:Ilunga}} -> {{name:Adebayo-Larsson}}: thx. her old films are at "
    "{{facility:Regions Hospital}} if you want comparison, I can push them via PowerShare",
    "pls see addendum on acc {{id:CR24-0412210}} - the L subclavian line is arterial, not venous. "
    "called Dr. {{name:Huang}} at 11:20",
    "fyi {{name:Gurung, Bahadur}} in ED 22 is the same person as {{name:Gurung, B.}} from "
    "{{date:Jan 2024}}; merge request sent to HIM",
    "who's covering chest tonight? - {{name:Keisha}} (pager {{phone:612-555-0187}})",
    "[{{date:05/02/2024 08:12}}] {{name:Ngozi Eberechukwu}} (ED): is the widened mediastinum on "
    "{{name:Halvorsen}} real or just AP technique?",
    "[08:19] {{name:Siew Ling Tan}} (Rads): AP supine, probably technique, but with that BP I'd "
    "get a CTA. Acc {{id:CR24-0502117}} addended.",
    "Teleradiology read from {{name:Marcus Oyelowo-Baptiste}}, MD (remote, VPN "
    "{{ip:10.200.14.37}}): no acute findings; final in 20 min.",
    "{{date:Sat 05/04 22:31}} {{name:Abernathy}}: ok thanks, I'll let the family know. her "
    "daughter {{name:Summer}} is here now",
    "[11:05] {{name:Bergstrom}}: key images here "
    "{{url:https://chat.northlakehealth.org/f/9a7c21e4}}, compare with the 06:00 film",
    "PACS login for Dr. {{name:Siew Ling Tan}} from {{ip:198.51.100.47}} (home VPN) at "
    "{{date:05/02/2024 08:16}}",
]


# --- Multidisciplinary thoracic tumor board minutes -----------------------------------------------

TUMOR_BOARD = [
    "THORACIC TUMOR BOARD - {{facility:Northlake Cancer Institute}} - "
    "{{date:Thursday, April 18, 2024, 07:00}} - Conf Rm B / Zoom "
    "{{url:https://northlakehealth.zoom.us/j/93418827560}}",
    "Attendees: Drs. {{name:Marguerite Delacroix}} (Thoracic Surgery), {{name:Obinna Eze}} (Med "
    "Onc), {{name:Siddharth Rao}} (Rad Onc), {{name:Helga Brandvold}} (Chest Radiology), "
    "{{name:Thi Lan Pham}} (Pathology)",
    "Case 1: {{name:McAllister, Fiona R.}}, MRN {{id:40027751}}, 64F, 3.2 cm LUL spiculated mass "
    "on CT {{date:03/29/2024}}; PET-CT {{date:04/08/2024}} SUV 11.4, station 4L avid.",
    "Case 2: {{name:Abernathy-Singh, Rupert}}, {{age:90}}M, referred by Dr. "
    "{{name:Coleman Ashby}} of {{facility:River Falls Area Hospital}}; RML 1.8 cm part-solid "
    "nodule.",
    "Dr. {{name:Brandvold}} reviewed CT {{date:4/15/2024}} (acc {{id:CT24-0415526}}): no interval "
    "growth of the solid component compared with {{date:October 2023}}.",
    "Recommendation: EBUS staging with Dr. {{name:Kenji Moriyama}}; if N2 negative, lobectomy at "
    "{{facility:Northlake Regional Medical Center}}.",
    "Case 4 presented by fellow Dr. {{name:Aisha Al-Masri}}: never-smoker with EGFR exon 19 "
    "deletion, brain MRI {{date:4/10/24}} negative.",
    "Minutes recorded by {{name:Bettina Kraus}}, tumor registry "
    "({{email:bkraus@northlakehealth.org}}); next meeting {{date:May 2, 2024}}.",
    "Pathology (Dr. {{name:Pham}}): case {{id:S24-08812}}, adenocarcinoma, acinar predominant, "
    "PD-L1 TPS 60%.",
    "Case 3: {{name:ODUYA, TOBI}} ({{id:40338190}}) - second opinion from "
    "{{facility:University of Iowa Hospitals & Clinics}}; outside CT {{date:02/20/2024}} uploaded "
    "to PACS.",
    "Nurse navigator {{name:Cassidy Lund}}, RN, will call him at {{phone:(715) 555-0164}} with "
    "the plan.",
    "Dr. {{name:Eze}} notes that Mr. {{name:Abernathy-Singh}} is {{age:90}} and frail (ECOG 2); "
    "SBRT favored over surgery.",
    "Case 5: {{name:Villanueva, Pilar}}; CT {{date:4/2/2024}} new R pleural effusion; "
    "thoracentesis {{date:4/5/2024}} (IR, Dr. {{name:Nakashima}}) cytology positive.",
    "Trial eligibility: may fit LIBRETTO-432; coordinator {{name:Declan Fitzgerald}} to screen, "
    "screening ID {{id:SCR-1063}}.",
    "Action items: Dr. {{name:Rao}} to see Ms. {{name:McAllister}} in Rad Onc clinic on "
    "{{date:4/24}}; Dr. {{name:Delacroix}} to call her husband {{name:Angus}}.",
    "Case 6: {{name:Nguyen-Bellamy, Hien}}, {{age:94}}F, from "
    "{{facility:Sunrise Manor of Edina}}; family (son {{name:Paul Bellamy}}, "
    "{{phone:952-555-0108}}) wants comfort-focused care.",
    "Virtual attendees joined from {{facility:Essentia Health Duluth Clinic}} and "
    "{{facility:Lakewood Health System}}; connection dropped at 07:40, resumed at 07:44.",
    "Second-opinion packet for Mr. {{name:Oduya}} sent to "
    "{{email:thoracic.referrals@uihc.example.org}} on {{date:04/19/2024}}.",
    "Case 7 (add-on, Dr. {{name:Moriyama}}): {{name:Lindgren, Horace E.}}, post-obstructive "
    "pneumonia; bronchoscopy {{date:04/22/2024}} at "
    "{{facility:Northlake Regional Medical Center}}.",
    "Board consensus documented by Dr. {{name:Delacroix}}, {{date:04/18/2024 08:05}}; copy to "
    "referring Dr. {{name:Ashby}} by fax {{phone:715-555-0155}}.",
    "Recording: {{url:https://northlakehealth.zoom.us/rec/share/Tb0418-Kq9x}}; questions to Dr. "
    "{{name:Kenji Moriyama}} at {{email:kmoriyama@northlakehealth.org}}.",
    "Outside images for case 3 arrived by PowerShare invite "
    "{{url:https://share.powershare.example.com/inv/ZK41-0098}} on {{date:04/16/2024}}.",
]


# --- Lung-nodule clinic letters to referrers and patients -----------------------------------------

NODULE_LETTERS = [
    "{{facility:Northlake Lung Nodule Clinic}} | "
    "{{address:2800 Lakeview Pkwy, Suite 410, Edina, MN 55435}} | Tel {{phone:952-555-0100}}",
    "Date: {{date:April 22, 2024}}   RE: {{name:Eleanor Vandermolen}}   DOB: "
    "{{date:08/14/1931}}   MRN: {{id:40190442}}",
    "Dear Dr. {{name:Winifred Osei}}, thank you for referring Mrs. {{name:Vandermolen}}, whom I "
    "saw on {{date:April 19, 2024}}.",
    "Her CT chest from {{date:March 3, 2024}} at {{facility:Prairie View Imaging Center}} "
    "demonstrated a 6 mm solid RLL nodule.",
    "Mrs. {{name:Vandermolen}} is {{age:92}} years old and, after discussion, prefers no further "
    "surveillance imaging.",
    "Dear Mr. {{name:Okonjo}}, your low-dose CT on {{date:5/1/2024}} was read as Lung-RADS 2 "
    "(benign appearance or behavior).",
    "Please schedule your next screening scan for about {{date:May 2025}} by calling "
    "{{phone:1-800-555-0139}} or online at "
    "{{url:https://my.northlakehealth.org/schedule?tok=8KQ2-7731}}.",
    "cc: {{name:Gerald Fontaine}}, MD, {{facility:Hudson Family Clinic}}, fax "
    "{{phone:715-555-0121}}",
    "Sincerely, {{name:Anneliese Vogt-Moreau}}, MD, FCCP, Interventional Pulmonology",
    "Dear {{name:Savannah Lee Brooke}}, we reviewed your CT scan of {{date:02/12/2024}} "
    "(accession {{id:CT24-0212407}}) and compared it with your scan from {{facility:Mayo Clinic}} "
    "in {{date:2020}}.",
    "The nodule measured 9 x 7 mm (mean 8 mm); given your smoking history, Dr. "
    "{{name:Vogt-Moreau}} recommends a PET-CT.",
    "If you have questions, reply through the portal or e-mail our nurse, {{name:Joy Castillo}}, "
    "at {{email:nodule.clinic@northlakehealth.org}}.",
    "Mr. {{name:Halvorsen}}, {{age:94}}, prefers letters mailed to "
    "{{address:PO Box 218, Grand Marais, MN 55604}}.",
    "Dear Dr. {{name:Fontaine}}: Ms. {{name:Dorota Wiśniewska}} was seen on {{date:3/27/2024}} "
    "for a 14 mm LUL ground-glass nodule first seen in {{date:2021}}.",
    "Her next CT is booked for {{date:September 24, 2024 at 8:15 am}} at "
    "{{facility:Northlake Imaging - Eden Prairie}}, "
    "{{address:8100 Flying Cloud Dr, Eden Prairie, MN 55344}}.",
    "Ms. {{name:Wiśniewska}} asked that copies go to her daughter, {{name:Ola Nowak-Reyes}}, at "
    "{{email:ola.nowakreyes@example.com}}.",
    "RE: {{name:Beauregard, Lionel}}  DOB {{date:11/02/1947}}  Insurance: BCBS MN, member "
    "{{id:XZM402771863}}",
    "Dear Dr. {{name:Rashida Holloway-Kent}}, I saw your patient Mr. {{name:Beauregard}} today in "
    "the nodule clinic; his Brock score is 7%.",
    "He will have a 3-month CT around {{date:7/22/2024}}; results will go to you and to him via "
    "MyNorthlake.",
    "Letter mailed to {{address:1590 County Road 42 W, Burnsville, MN 55306}} on "
    "{{date:04/25/2024}}.",
    "Dear Ms. {{name:Rivka Goldfarb}}: your CT from {{date:January 8, 2024}} shows the nodule is "
    "gone. No further scans are needed for it.",
    "Your video visit with Dr. {{name:Vogt-Moreau}} on {{date:June 4, 2024 at 10:20 AM}} will "
    "open from {{url:https://vv.northlakehealth.org/join/5521-8807}}.",
]


# --- Clinical-trial screening logs, eConsent and monitor queries ----------------------------------

TRIAL_SCREENING = [
    "{{id:SCR-1047}} | {{name:J.K.W.}} | {{id:40881230}} | {{date:2024-03-04}} | Not eligible | "
    "prior malignancy in {{date:2017}}",
    "{{id:SCR-1048}} | {{name:M.A.}} | {{id:40881877}} | {{date:2024-03-05}} | Consented | CT "
    "{{date:2/28/24}} 2.4 cm RUL mass",
    "Screened by {{name:Priyanka Deshmukh}}, CRC; PI Dr. {{name:Obinna Eze}}; protocol "
    "NLH-THX-0912 v4.",
    "{{id:SCR-1051}} | {{name:Baptiste, Marie-Claude}} | age {{age:91}} | excluded: age > 85 per "
    "protocol | {{date:03/11/2024}}",
    "Pt {{name:Okafor, Chukwuemeka}} declined; prefers standard care at "
    "{{facility:Gundersen Lutheran Medical Center}}, closer to home.",
    "Re-screen {{id:SCR-1039}} after washout; repeat CT due {{date:04/01/2024}}; coordinator cell "
    "{{phone:612-555-0151}}.",
    "eConsent link sent to {{email:tmcgillicuddy58@gmail.com}}: "
    "{{url:https://econsent.northlakehealth.org/s/Xq7PTb41}}",
    "Sponsor monitor {{name:Rebekah Thornquist}} ({{email:r.thornquist@example-cro.com}}) flagged "
    "missing CT dates for subject {{id:0912-014}}.",
    "Subject {{id:0912-009}}: screening CT {{date:01/22/2024}} done at "
    "{{facility:Lakeside Imaging - Maple Grove}}, outside the window by 3 days.",
    "{{id:SCR-1055}} | {{name:DOMINGUEZ, R.}} | {{id:40913342}} | {{date:2024-03-19}} | Screen "
    "fail | ECOG 3",
    "{{id:SCR-1056}} | {{name:Thorsdottir, Sigrun}} | {{id:40913560}} | {{date:2024-03-20}} | "
    "Consented | visit 1 {{date:2024-03-27 09:00}}",
    "Query {{date:04/02/2024}}: baseline CT for subject {{id:0912-017}} uploaded to the imaging "
    "core from {{ip:10.42.88.15}} lacked the contrast phase.",
    "Pt {{name:Tobias McGillicuddy}} signed eConsent {{date:03/22/2024 19:04}} from "
    "{{ip:71.34.209.88}}; CRC countersigned next morning.",
    "Imaging core upload portal for this study: "
    "{{url:https://imagingcore.example-cro.com/sites/NLH-014/upload}}; contact "
    "{{email:imaging.core@example-cro.com}}.",
    "Screening log printout for week of {{date:3/18/2024}} - {{name:P. Deshmukh}} - "
    "{{phone:612-555-0151}}",
    "Subject {{id:0912-021}} ({{name:H.N.B.}}): incidental thyroid nodule on screening CT "
    "{{date:04/09/2024}}; PCP Dr. {{name:Gerald Fontaine}} informed.",
    "Participant stipend mailed to {{address:301 3rd St SW, Apt 5, Rochester, MN 55902}} per "
    "{{name:Alma Jiménez}}, study coordinator.",
    "Travel reimbursement: {{name:Sigrun Thorsdottir}} drove from Bemidji for the {{date:3/27}} "
    "visit (mileage 214 mi).",
    "Screening questionnaire sent as a REDCap survey: "
    "{{url:https://redcap.northlakehealth.org/surveys/?s=HK4W9PDX3E}} to "
    "{{email:sthorsdottir@example.net}}.",
    "Subject {{id:0912-017}} completed the symptom diary from {{ip:98.214.77.130}} on "
    "{{date:04/03/2024 21:40}}.",
]


# --- Discharge summaries that mention CT chest and chest films ------------------------------------

DISCHARGE = [
    "DISCHARGE SUMMARY  Patient: {{name:Gustafsson, Ingrid M.}}  MRN: {{id:40034518}}  Admit: "
    "{{date:02/14/2024}}  Discharge: {{date:02/21/2024}}",
    "Attending: {{name:Rafael Montoya-Ortiz}}, MD   PCP: {{name:Chiara Bellucci}}, DO "
    "({{facility:Nokomis Family Physicians}})",
    "CT chest with contrast ({{date:2/15/2024}}): multifocal pneumonia without abscess; small R "
    "parapneumonic effusion.",
    "She was discharged to {{facility:Trillium Woods Transitional Care}} on 2 L O2 with a PleurX "
    "catheter in place.",
    "Follow-up: pulmonary clinic with Dr. {{name:Kazuo Hirano}} on "
    "{{date:03/06/2024 at 1:40 PM}}; repeat CT chest in 6-8 weeks.",
    "Home address on file: {{address:918 Elm Street, Unit 2, Duluth, MN 55802}}; transport home "
    "by daughter {{name:Autumn}}.",
    "{{age:95}}-year-old woman discharged home with hospice; CXR on {{date:2/20}} showed a "
    "persistent L effusion.",
    "Pending at discharge: pleural fluid cytology ({{id:C24-01177}}) and blood cultures from "
    "{{date:2/19/2024}}.",
    "Discharging provider: {{name:Lakshmi Narayanan}}, NP; callback number "
    "{{phone:(218) 555-0137}}.",
    "Summary faxed to {{facility:Essentia Health St. Mary's Medical Center}} "
    "({{phone:218-555-0190}}) on {{date:02/22/2024}}.",
    "Incidental findings communicated: 1.1 cm R adrenal nodule on CT {{date:02/15/2024}}; patient "
    "and husband {{name:Leif}} aware, PCP to arrange adrenal CT.",
    "Encounter {{id:E-880190023}} | Hospital account {{id:HAR-6617042}} | DRG 193 | LOS 7 days",
    "Discharged {{date:3/30/2024}} to {{address:77 Hawthorne Ridge Rd, Hudson, WI 54016}}, where "
    "he lives with his wife, {{name:Marigold Ashworth}}.",
    "DISCHARGE SUMMARY - {{name:ACHTERBERG, DESMOND}} - {{id:40712296}} - {{date:03/12/2024}} to "
    "{{date:03/20/2024}} - MICU then 6 West",
    "Hospital course: PE on CTA {{date:3/12}}; started heparin, transitioned to apixaban; CXR "
    "{{date:3/18}} showed small R infarct, Hampton hump.",
    "Principal diagnosis: community-acquired pneumonia. Discharged by Dr. {{name:Solveig Aune}} "
    "on {{date:Friday, April 26, 2024}}.",
    "Discharge instructions reviewed with Mr. {{name:Dunleavy}} and his wife {{name:Faith}}; "
    "teach-back done by {{name:Monique Desrosiers}}, RN.",
    "Medications at discharge include apixaban 5 mg BID; anticoagulation clinic at "
    "{{facility:Northlake Clinic - Roseville}} to call {{phone:651-555-0129}}.",
    "Discharge summary routed to {{facility:Birchwood Lutheran Care Center}} (attn: DON "
    "{{name:Carla Hendrickx}}), {{address:4500 Lyndale Ave N, Minneapolis, MN 55412}}.",
    "Readmission within 30 days: seen {{date:04/02/2024}} at {{facility:Mercy Ridge Hospital}} ED "
    "with recurrent effusion (outside CXR acc {{id:MRH-CR-7714220}}).",
    "Patient: {{name:Szabo, Levente}}  Age: {{age:93}}  Discharge date: {{date:5/15/2024}}  "
    "Disposition: home with home health ({{facility:Accord Home Care}})",
    "Discharge packet and PleurX teaching video e-mailed to "
    "{{email:autumn.gustafsson@example.com}} and linked at "
    "{{url:https://my.northlakehealth.org/edu/pleurx?enc=E-880190023}}.",
]


# --- Interventional radiology procedure notes: chest tubes, thoracentesis, ports, biopsies --------

IR_NOTES = [
    "INTERVENTIONAL RADIOLOGY PROCEDURE NOTE - {{date:04/03/2024}} - "
    "{{name:Nakamura-Holt, Brendan}} - MRN {{id:40661933}}",
    "Procedure: US-guided R thoracentesis. Operator: {{name:Dagny Szymańska}}, MD. Assistant: "
    "{{name:Tyrone Beasley}}, RT(R).",
    "Indication: recurrent R pleural effusion on CXR {{date:4/1/2024}} (acc {{id:CR24-0401377}}).",
    "1.4 L of straw-colored fluid removed; post-procedure CXR {{date:04/03/2024 11:26}} without "
    "pneumothorax.",
    "Port placement, L IJ approach: Bard PowerPort serial {{id:REAV2041337}}; Omnipaque 300 lot "
    "24B118C, 40 mL.",
    "Tunneled PleurX placed for malignant effusion; wife {{name:Odalys Carrasco}} taught drainage "
    "by Nurse {{name:Pauline Osterhaus}}.",
    "Consent signed by the patient's son {{name:Ahmed Rahimi}}, with Dari interpreter "
    "{{name:Farida Noori}} by phone.",
    "Chest tube: 14 Fr pigtail, R 5th ICS MAL, placed by Dr. {{name:Emeka Nwachukwu}} at the "
    "bedside in MICU bed 7 on {{date:04/06/2024 02:30}}.",
    "Moderate sedation (fentanyl 50 mcg, midazolam 1 mg) monitored by {{name:Gwendolyn Ashe}}, RN.",
    "Specimens to {{facility:Northlake Regional Laboratory}}: cell count, LDH, protein, cytology "
    "(req {{id:REQ-2404-558210}}).",
    "Small apical PTX on the 1 h film; discussed with Dr. {{name:Szymańska}}; observe, repeat "
    "film {{date:4/3 15:00}}.",
    "IR scheduler {{name:Maribel Ocampo}} booked port removal for {{date:06/14/2024}}; confirmed "
    "with patient by phone, {{phone:(763) 555-0182}}.",
    "Pt {{age:92}}F; apixaban held 48 h per Dr. {{name:Lindqvist}} (hematology).",
    "Port placed {{date:01/09/2024}} at {{facility:Northlake Regional Medical Center}} (PowerPort "
    "serial {{id:REAU9918842}}) now with fibrin sheath; line study {{date:4/8/2024}}.",
    "IR PROCEDURE: R tunneled pleural catheter | Pt: {{name:VILLANUEVA, PILAR}} | {{id:40601174}} "
    "| Dr. {{name:Nakashima}} | {{date:04/12/2024}}",
    "Post-procedure call to patient's husband {{name:Ignacio}} at {{phone:(952) 555-0145}}: "
    "drained 500 mL, no fever.",
    "Implant record: Medtronic Azure XT DR MRI pacemaker, serial {{id:RNB221794H}}, placed "
    "{{date:11/2019}} at {{facility:Minneapolis Heart Institute}}; MRI-conditional, CT OK.",
    "Biopsy pathology {{id:S24-09143}} called to Dr. {{name:El-Sayed}} by Dr. {{name:Pham}} on "
    "{{date:4/12/2024 15:22}}: squamous cell carcinoma.",
    "Thoracentesis #3 for Ms. {{name:Constance Marchbanks}}, {{age:97}}; daughter {{name:Grace}} "
    "present; 900 mL removed, re-expansion edema absent on film.",
    "IR scheduling request sent to {{email:ir.scheduling@northlakehealth.org}} for Mr. "
    "{{name:Nakamura-Holt}}, port check on {{date:05/20/2024}}.",
]


# --- DICOM header dumps and PACS/DICOM network logs -----------------------------------------------

DICOM_DUMPS = [
    "(0010,0010) PN [{{name:HALVORSEN^ARNE^T}}]  (0010,0020) LO [{{id:40127795}}]  (0010,0030) DA "
    "[{{date:19311105}}]",
    "(0010,1010) AS [{{age:092}}Y]  (0010,0040) CS [M]  (0008,0050) SH [{{id:CT24-0502217}}]",
    "(0020,000D) UI [{{id:1.2.840.113619.2.55.3.604688119.971.1714642001.512}}]",
    "(0008,0080) LO [{{facility:NORTHLAKE REGIONAL MEDICAL CENTER}}]  (0008,0081) ST "
    "[{{address:2150 Nicollet Ave S^Minneapolis^MN^55404}}]",
    "(0008,0090) PN [{{name:BRANDVOLD^HELGA}}]  (0008,0020) DA [{{date:20240502}}]  (0008,0030) "
    "TM [101544]",
    "(0010,1040) LO [{{address:55 Birch Bay Ct^^Hudson^WI^54016}}]  (0010,2154) SH "
    "[{{phone:7155550175}}]",
    "(0032,1032) PN [{{name:ESPINOZA-WARD^CAMILA^R}}]  (0040,0244) DA [{{date:20240412}}]  "
    "(0040,0245) TM [083011]",
    "(0008,0018) UI [{{id:1.3.12.2.1107.5.1.4.73114.30000024041212345678900012}}]",
    "(0010,1000) LO [{{id:MRH-0033817}}]  (0010,1001) PN [{{name:HALVORSEN^ARNIE}}]",
    "C-STORE from {{ip:172.20.14.66}} (AE MODALITY_DX3) rejected: duplicate SOP Instance UID "
    "{{id:1.2.840.113704.1.111.4820.1712903411.17}}",
    "Dump of study {{id:1.2.840.113619.2.404.3.2831208971.219.1713279001.88}} retrieved from PACS "
    "node {{ip:10.42.7.118}} port 104 (AE NLH_PACS).",
    "(0010,0010) PN [{{name:MCALLISTER^FIONA^R}}]  (0010,0020) LO [{{id:40027751}}]  (0008,0050) "
    "SH [{{id:CT24-0329044}}]",
    "(0010,0010) PN [{{name:DE LA CRUZ^MARIA^LUISA}}]  (0010,1010) AS [{{age:095}}Y]  (0010,0030) "
    "DA [{{date:19290118}}]",
    "(0008,0080) LO [{{facility:Mercy Ridge Hospital}}]  (0008,1010) SH [MRH-DX02]  (0010,0020) "
    "LO [{{id:MRH-0048120}}]",
    "(0010,0010) PN [{{name:OKONKWO^CHIDINMA^A}}]  (0008,0050) SH [{{id:CR24-0311902}}]  "
    "(0008,0022) DA [{{date:20240311}}]  (0008,0032) TM [040210]",
    "(0010,2160) SH [Black or African American]  (0010,21B0) LT [hx CABG at "
    "{{facility:Abbott Northwestern Hospital}} {{date:2015}}]",
    "(0032,1033) LO [MICU]  (0032,1060) LO [XR CHEST PORT 1V]  (0040,1001) SH [{{id:ORD-7734120}}]",
    "Association log {{date:2024-04-12 08:30:55}}: A-ASSOCIATE-RQ from {{ip:10.42.31.9}} "
    "(CT_SOMATOM2) to {{ip:10.42.7.118}} accepted.",
    "Anonymizer check failed: (0010,0010) still held [{{name:VILLANUEVA^PILAR}}] and (0010,1040) "
    "held [{{address:2231 Xerxes Ave N^^Minneapolis^MN^55411}}]",
    "Query/retrieve by accession {{id:CT24-0415526}} from workstation {{ip:10.42.20.117}} (user "
    "{{name:Brandvold, Helga}}) at {{date:04/15/2024 07:12}}",
    "(0008,1030) LO [CT CHEST W/O]  (0010,0010) PN [{{name:SØRENSEN^KIRSTEN}}]  (0010,0020) LO "
    "[{{id:40988410}}]",
    "Outside CD import: patient [{{name:O'BRIEN^SHEILA^M}}], source institution "
    "[{{facility:Gundersen Lutheran Medical Center}}], study date [{{date:20231130}}]",
    "(0020,000D) UI [{{id:1.2.840.114350.2.232.2.798268.2.70019341.1}}]  (0020,0010) SH "
    "[{{id:CT24-0401802}}]",
    "Modality worklist query from {{ip:10.42.31.12}} returned 0 items for accession "
    "{{id:CT24-0504019}}; tech re-entered the order manually.",
    "DICOM router forwarded {{id:1.2.840.113619.2.55.3.604688119.971.1714642001.512}} to the "
    "teleradiology gateway {{ip:172.20.14.70}}.",
]


# --- HL7 v2 ORU result messages and interface-engine logs -----------------------------------------

HL7_ORU = [
    "MSH|^~\\&|POWERSCRIBE|{{facility:Northlake Regional Medical Center}}|EPIC|NLH|{{date:20240502"
    "103312}}||ORU^R01|00412|P|2.5.1",
    "PID|1||{{id:40127795}}^^^NLH^MR||{{name:HALVORSEN^ARNE^T}}||{{date:19311105}}|M|||{{address:5"
    "5 Birch Bay Ct^^Hudson^WI^54016}}||{{phone:(715)555-0175}}",
    "PV1|1|I|6W^614^A|||||{{id:1609938277}}^{{name:PILLAI^ANAND}}|||MED||||||||{{id:E-880301144}}",
    "OBR|1|{{id:ORD-7735512}}|{{id:CR24-0502290}}|71046^XR CHEST 2 "
    "VIEWS|||{{date:20240502091500}}|||||||||{{id:1922047736}}^{{name:KULKARNI^RAVINDRA}}",
    "OBX|2|TX|71046&BODY|1|Compared with {{date:04/28/2024}}. Read by {{name:Hollis Bergstrom}}, "
    "MD.||||||F",
    "NTE|1||Critical result called to Dr. {{name:Pillai}} {{date:05/02/2024 10:09}} by "
    "{{name:H. Bergstrom}}",
    "ACK received from {{ip:10.42.3.21}} port 6661: AA for message control ID 00412",
    "IN1|1|HUMANA MA|H5216|Humana Medicare "
    "Advantage|||||||||||{{name:HALVORSEN^ARNE^T}}|SELF|{{date:19311105}}||||||||||||||||||{{id:H8"
    "8120477-01}}",
    "PID segment for {{name:DE LA CRUZ^MARIA^LUISA}} rejected: DOB {{date:19290230}} invalid",
    "NK1|1|{{name:HALVORSEN^GRETA}}|SPO|{{address:55 Birch Bay Ct^^Hudson^WI^54016}}|{{phone:(715)"
    "555-0176}}",
    "Interface engine {{date:2024-05-02T10:33:14Z}}: ORU routed from {{ip:10.42.7.118}} to "
    "{{ip:10.42.1.40}} (Epic Bridges), 1 OBX rejected",
    "PID|1||{{id:40661208}}^^^NLH^MR~{{id:MRH-0019927}}^^^MRH^MR||{{name:RODRIGUEZ^EMILIA}}^^^MS||"
    "{{date:19580709}}|F|||{{address:6620 Brooklyn Blvd^^Brooklyn Center^MN^55429}}||^NET^Internet"
    "^{{email:emilia.rod58@example.com}}",
    "OBR|1|{{id:ORD-7741903}}|{{id:CT24-0503388}}|71271^CT LOW DOSE LUNG "
    "SCREENING|||{{date:20240503141000}}||||||||{{id:1457390021}}^{{name:OSEI^WINIFRED}}",
    "ZDS|{{id:1.2.840.114350.2.232.2.798268.2.70033127.1}}^EPIC^Application^DICOM",
    "MSH|^~\\&|RIS|{{facility:Mercy Ridge Hospital}}|HIE|MNHIE|{{date:20240404181500}}||ORU^R01|88"
    "|P|2.3",
    "Interface error queue: message for MRN {{id:40919022}} ({{name:BAKARE^OLUWASEUN^T}}) held 14 "
    "min; resent by analyst {{name:Greta Lindahl}} at {{date:05/06/2024 09:41}}.",
    "OBX|1|FT|IMP||Small L PTX, called to {{name:Mateo Ilunga}} PA-C at {{date:0412241602}}||||||F",
    "PD1|||{{facility:Cedar Hills Family Medicine}}|{{id:1093817264}}^{{name:YOUNG^HAROLD}}",
    "HL7 listener {{ip:10.42.3.22}}:6662 down from 02:10 to 02:25 on {{date:05/05/2024}}; 14 ORU "
    "messages queued and replayed.",
    "OBX|4|RP|VIEWER||{{url:https://pacs.northlakehealth.org/viewer?acc=CR24-0502290}}^PACS^IMAGE^"
    "HTML||||||F",
]


# --- Patient-portal messages, proxy access and image sharing --------------------------------------

PORTAL_MESSAGES = [
    "From: {{name:Teodora Marinescu}} | To: Pulmonary Nodule Pool | Sent: "
    "{{date:5/6/2024 9:14 PM}} | Subject: CT results??",
    "hi Dr {{name:Vogt-Moreau}}, i saw my CT report on MyNorthlake and it says ground glass. is "
    "that cancer? my mom had lung cancer at 58",
    "Reply from {{name:Joy Castillo}}, RN: Hi {{name:Teodora}}, Dr. {{name:Vogt-Moreau}} reviewed "
    "it and will call you tomorrow between 2 and 4 at {{phone:763-555-0109}}.",
    "I can't make the {{date:5/14}} CT, I'm driving my dad ({{age:93}}) to dialysis. can we do "
    "{{date:May 21}}? - {{name:Kwame Asante-Boateng}}",
    "Message from patient's wife through proxy account ({{email:lindaharrow1962@yahoo.com}}): his "
    "chest tube site is leaking, what do we do",
    "Image link shared: "
    "{{url:https://my.northlakehealth.org/MyChart/Imaging/Share?code=7HWQ-P3KM}} (expires in 7 "
    "days)",
    "Dear Mr. {{name:Sandoval}}, your chest x-ray on {{date:Friday 05/10/2024}} showed the "
    "pneumonia is clearing.",
    "I moved! new address {{address:3302 Riverbend Dr NE, Apt 114, Fridley, MN 55432}}, please "
    "update before the bill comes - {{name:Zainab Haidari}}",
    "Patient {{name:Brennan Holloway}} uploaded outside CD images via "
    "{{url:https://upload.northlakehealth.org/u/bh-55219}}.",
    "why does my report say I'm {{age:90}} when I'm 89?? - {{name:Gertrude Oyelowo}}",
    "My son {{name:Hunter}} can pick up the CD from {{facility:Allina Health Mercy Hospital}}, is "
    "Thursday ok?",
    "Login audit: proxy login for MRN {{id:40519932}} from {{ip:73.242.18.201}} on "
    "{{date:05/08/2024 23:51}}",
    "pls send my results to my work email {{email:d.nakamura-holt@lakeshoremfg.com}} instead, thx "
    "- {{name:Brendan}}",
    "Subject: port question | From: {{name:Pilar Villanueva}} | {{date:04/13/2024 07:02}} | is it "
    "normal for the port to feel like a bump? I had it done Friday",
    "Dr. {{name:Hirano}} replied {{date:04/13/2024 11:30}}: yes, that is the port reservoir; call "
    "{{phone:612-555-0100}} if it is red or hot.",
    "Proxy access granted to {{name:Sunita Patel}} for her father {{name:Ramesh Patel}} "
    "({{age:91}}) by HIM clerk {{name:Lorna Ebbesen}} on {{date:03/29/2024}}.",
    "Portal message: my husband {{name:Teodoro}} wants a copy of his lung scan for his doctor in "
    "Guadalajara. can you email it to {{email:teodoro.vsandoval@example.mx}}?",
    "Thank you Dr {{name:Nwachukwu}} for taking such good care of my mother {{name:Esperanza}} in "
    "the ICU. - {{name:Lucia Montes}}",
    "Questionnaire link for the lung screening program: "
    "{{url:https://my.northlakehealth.org/q/lcs-intake?pid=40881877}}",
    "Hi, this is {{name:Amara}}, {{name:Kofi Asante-Boateng}}'s granddaughter. he's {{age:93}} "
    "and can't use the portal, please call me at {{phone:651-555-0194}}.",
    "Automated: Your new test result (CT CHEST W CONTRAST, {{date:05/09/2024}}) is available. Log "
    "in at {{url:https://my.northlakehealth.org/MyChart/Results/88412019}}",
    "hello my name is {{name:Halima Abdi}} my appointment for chest x ray at "
    "{{facility:Northlake Clinic - Cedar Riverside}} is {{date:June 3}}, do I need to fast",
    "Message read by patient {{date:05/10/2024 06:15}} from device {{ip:2601:441:8280:1a0::3f}}",
    "E-visit opened by {{name:Zainab Haidari}}: "
    "{{url:https://my.northlakehealth.org/MyChart/eVisit/77120}} (cough after the CT-guided "
    "biopsy).",
    "Portal sign-in for proxy {{name:Sunita Patel}} from {{ip:203.0.113.58}}, "
    "{{date:04/02/2024 06:48}}.",
]


# --- Interpreter, transport and patient-movement notes --------------------------------------------

INTERPRETER_TRANSPORT = [
    "INTERPRETER NOTE: Somali interpreter {{name:Hodan Warsame}} (in person) for "
    "{{name:Abdirahman Yusuf}}, MRN {{id:40443120}}, CT-guided biopsy consent, "
    "{{date:04/10/2024 08:05}}.",
    "Hmong interpreter {{name:Pa Nhia Vang}} present for discharge teaching; patient's daughter "
    "{{name:Mai Xiong}} also present.",
    "TRANSPORT: pick up {{name:Ferreira-Mendes, Yolanda}} from MICU 4 to CT at 13:10; O2 4 L NC; "
    "RN {{name:Cody Bauer}} to accompany.",
    "Ambulance transfer to {{facility:Hennepin County Medical Center}} for ECMO evaluation; "
    "accepting Dr. {{name:Ogunleye}}; report called {{date:04/05/2024 19:20}}.",
    "Non-emergency transport home to {{address:1218 7th Ave N, Princeton, MN 55371}}; contact son "
    "{{name:Rusty}}, {{phone:(763) 555-0114}}.",
    "Wheelchair van from {{facility:Birchwood Lutheran Care Center}} arrived late (ETA 10:30), CT "
    "slot missed; rebooked for {{date:4/12}}.",
    "ASL interpreter {{name:Lorraine Beaulieu}} booked for the {{date:05/13/2024}} nodule clinic "
    "visit with Mr. {{name:Emmett Dunleavy}}.",
    "Interpreter declined by patient; son {{name:Arjun Mehta}} interpreted Gujarati at the "
    "patient's request (documented per policy).",
    "Transport log | {{date:04/11/24}} | {{name:PATEL, SUNITA}} | 6W-614 -> IR | portable O2 | "
    "escort {{name:L. Forsberg}}",
    "Vietnamese telephone interpreter {{name:Quynh}} (vendor line) used for the CT result call to "
    "{{name:Phan Van Duc}} at {{phone:(612) 555-0168}}.",
    "Karen interpreter {{name:Eh Kaw Htoo}} unavailable; video interpreter used for "
    "{{name:Hser Paw Wah}} before the chest tube.",
    "Air ambulance from {{facility:Cook County North Shore Hospital}} (Grand Marais) landed "
    "16:45; pt {{name:Halvorsen, Arne}} to CT on arrival.",
    "Pick-up address: {{address:2231 Xerxes Ave N, Minneapolis, MN 55411}}; patient uses a "
    "walker; call daughter {{name:Beatriz}} at {{phone:612-555-0116}} on arrival.",
    "Transport request {{id:TR-0418-2207}} for {{name:Svensson, Alrik}} ({{age:98}}) from "
    "{{facility:Sunrise Manor of Edina}} to the {{date:4/18}} CT; stretcher, O2.",
    "Patient escorted by security officer {{name:Dante Rivers}} after leaving 6W for the lobby "
    "with the chest tube clamped; returned 14:20.",
    "Courier {{name:Reggie Ostrowski}} picked up outside films at "
    "{{facility:Fairview Ridges Hospital}}, "
    "{{address:201 E Nicollet Blvd, Burnsville, MN 55337}}, {{date:03/21/2024 12:40}}.",
    "Video interpreter call {{url:https://vri.example-lang.com/call/447812}} for the Dari "
    "consent; requests to {{email:interp.sched@northlakehealth.org}}.",
]


# --- Quality, peer-review, privacy and incident reports -------------------------------------------

QUALITY_INCIDENT = [
    "SAFETY EVENT: wrong-patient CXR - film for {{name:Garcia, Jose L.}} (MRN {{id:40228813}}) "
    "filed under {{name:Garcia, Josefina}} (MRN {{id:40228831}}) on {{date:03/22/2024}}.",
    "Reported by {{name:Maeve Donnelly}}, RT(R); reviewed by radiology quality lead Dr. "
    "{{name:Stanislav Petrov}}.",
    "Delayed critical result: PTX on the film of {{date:3/25/24 06:40}} not called until 09:15; "
    "ordering provider Dr. {{name:Oluwaseun Bakare}}.",
    "Root cause: NG tube tip misread; patient {{name:Thaddeus Moorcroft}} ({{age:97}}) received "
    "feeds into the right lower lobe bronchus.",
    "Privacy incident: screenshot of a chest CT showing the name {{name:Ludmila Petrenko}} posted "
    "in a group chat; access traced to workstation {{ip:10.42.19.204}}.",
    "Access alert: employee {{name:Brody Kastner}} opened the chart of {{name:Cheyenne Redcloud}} "
    "(MRN {{id:40990127}}) 14 times between {{date:04/01/2024}} and {{date:04/04/2024}}.",
    "Fax with CT report misdirected to {{phone:651-555-0133}} instead of "
    "{{facility:Stillwater Medical Group}} ({{phone:651-555-0138}}).",
    "Patient's husband {{name:Horace Lindgren}} complained on {{date:4/15}} that the IR team did "
    "not explain the risks of port placement.",
    "Contrast reaction: hives after Isovue 370 for CT {{date:03/28/2024}}, acc "
    "{{id:CT24-0328114}}; treated with diphenhydramine by Dr. {{name:Wei-Lin Chao}}.",
    "Fall in CT: pt {{name:Hazel Whitcombe}}, {{age:99}}, slid off the table during transfer; no "
    "injury; tech {{name:Jared Kimura}} present.",
    "Image link {{url:https://pacs.northlakehealth.org/zfp?acc=CR24-0322418}} e-mailed in error "
    "to {{email:jgarcia.family@outlook.com}}.",
    "Corrective action: tech {{name:Maeve}} re-educated on the two-identifier check; completed "
    "{{date:04/19/2024}}.",
    "Serious event reported to MDH on {{date:02/08/2024}} by patient safety officer "
    "{{name:Renata Kovacs}} ({{email:rkovacs@northlakehealth.org}}, {{phone:612-555-0112}}).",
    "Laterality error: R thoracentesis consented, L marked; caught at time-out by Dr. "
    "{{name:Szymańska}} and {{name:Tyrone Beasley}}, RT(R), {{date:04/24/2024}}.",
    "Patient complaint from {{name:Marlon Whitebear}}, "
    "{{address:PO Box 91, Cass Lake, MN 56633}}: waited 4 hours for his chest x-ray at "
    "{{facility:Northlake Clinic - Bemidji}}.",
    "Improper disclosure: CT result left on voicemail at {{phone:(218) 555-0149}}, a number "
    "belonging to the patient's former employer, {{date:04/26/2024}}.",
    "Access log: user {{name:Kastner, Brody}} from {{ip:10.42.56.77}} viewed acc "
    "{{id:CT24-0401802}} at {{date:04/02/2024 22:14}}; no treatment relationship.",
    "Breach notification letter mailed {{date:05/10/2024}} to {{name:Cheyenne Redcloud}} at "
    "{{address:4020 Bloomington Ave, Minneapolis, MN 55407}}.",
    "Patient {{name:Pilar Villanueva}} posted her CT images and report on "
    "{{url:https://pilarsjourney.blogspot.com/2024/04/port-day.html}}; privacy office notified.",
    "Screenshot was uploaded from a personal laptop at {{ip:192.168.1.24}} through the guest "
    "network, per IT analyst {{name:Omar Farouk}}.",
    "Complaint forwarded by HIM ({{email:him.privacy@northlakehealth.org}}) on "
    "{{date:05/13/2024}}.",
    "Fundraiser page {{url:https://www.gofundme.com/f/help-arne-breathe}} quotes the CT report of "
    "{{date:05/02/2024}} verbatim; reviewed by compliance.",
]


# --- ICU and hospitalist notes --------------------------------------------------------------------

CLEAN_NOTES = [
    "Portable AP chest: ETT 4.2 cm above the carina, OG tube coursing below the diaphragm, R IJ "
    "CVC tip at the cavoatrial junction.",
    "Kerley B lines and peribronchial cuffing, consistent with interstitial edema.",
    "Swan-Ganz catheter tip in the right interlobar pulmonary artery; recommend withdrawal by 2 "
    "cm.",
    "Vent: AC/VC 420 x 18, PEEP 12, FiO2 60%; P/F 140 on the 04:00 ABG.",
    "Plan: furosemide 40 mg IV BID, strict I/O, repeat CXR in AM.",
    "No change.",
    "See above.",
    "Transferred from Ward 7B to the Cardiothoracic ICU overnight.",
    "Impella CP in place; tip 3.5 cm below the aortic valve on bedside echo.",
    "RASS -2, CAM-ICU negative, following commands.",
    "IMPRESSION: Worsening bilateral airspace opacities in an ARDS pattern.",
    "74-year-old man, POD 2 after right upper lobectomy, chest tube on water seal.",
    "Seen at 06:30 on rounds with the team.",
    "On Monday we will reassess for extubation if secretions improve.",
    "Hampton hump at the left base raises concern for pulmonary infarct.",
    "Westermark sign absent; no Fleischner sign.",
    "Prone positioning 16 h/day per the ARDSNet protocol.",
    "Patient [NAME] remains intubated; see flowsheet for settings.",
    "Deep sulcus sign on the left, concerning for pneumothorax in a supine patient.",
    "Hope to extubate tomorrow if the morning film looks better.",
    "Chest tube output 320 mL/24 h, serosanguinous, no air leak.",
    "Lines: L radial arterial line, R IJ triple lumen, Foley, OGT.",
    "89-year-old woman from home with acute hypoxic respiratory failure.",
    "Family meeting held in the MICU conference room at 15:00; goals of care discussed.",
    "ICU day 5, vent day 4, CVC day 4, Foley day 5.",
    "Assessment: septic shock from RLL pneumonia, improving; norepinephrine weaned off at 02:00.",
    "Heparin drip per nomogram; anti-Xa 0.45.",
    "The attending physician reviewed the images personally.",
    "ABG 7.31/52/68 on FiO2 50%.",
    "CXR: stable cardiomegaly with small bilateral pleural effusions.",
    "ECMO flow 4.5 L/min, sweep 3 L/min; cannula positions unchanged.",
    "CURB-65 score 3; admitted to the step-down unit.",
    "Continue Eliquis 5 mg BID; hold 48 h before thoracentesis per IR.",
    "Brown sputum overnight, sent for culture.",
    "Recently returned from a trip to Florence, Italy; no sick contacts.",
    "Young adult with an asthma exacerbation; no pneumothorax on CXR.",
    "Wells score 6.5; CTA chest ordered.",
    "BNP 2,340 pg/mL; troponin flat x2.",
    "Sepsis bundle completed within 3 hours of triage.",
    "CHA2DS2-VASc 4; HAS-BLED 2.",
    "Dobhoff tip in the second portion of the duodenum.",
    "Moved to room 614, bed A, on 6 West.",
    "Code status: full code, confirmed with the patient.",
    "I-PASS: stable; watcher only if the O2 requirement rises above 4 L.",
    "Atelectasis versus consolidation at the left base; clinical correlation recommended.",
    "Tracheostomy planned for Wednesday by ENT.",
    "Effusion tapped last admission; fluid was transudative by Light's criteria.",
    "COVID PCR negative; respiratory viral panel positive for RSV.",
    "LINES AND TUBES: Right PICC tip in the lower SVC.",
    "HEART AND MEDIASTINUM: Normal size. No widening.",
    "RIGHT UPPER LOBE: Stable 4 mm nodule.",
    "Sputum is rusty brown; Gram stain shows gram-positive diplococci.",
    "She grows roses and orchids at home; no birds, no hot tub.",
    "Visited family in Lincoln, Nebraska, last month; no TB exposure.",
    "Sterling silver jewelry removed before the CT.",
    "Hospitalist attending, night coverage.",
    "Dyspnea improved; saturations 94% on 2 L.",
    "Bilateral perihilar haziness, bat-wing distribution.",
    "Gastric bubble displaced; possible subpulmonic effusion.",
]


# --- Secure chat ----------------------------------------------------------------------------------

CLEAN_CHAT = [
    "can u look at the 0600 film in MICU 8, ?new PTX",
    "Looked. No PTX. Skin fold.",
    "thx!!",
    "calling you now",
    "the line is fine, tip in the SVC",
    "pls addend the report, ordering team needs it for discharge",
    "who is on chest tonight?",
    "ok will order a lateral decub",
    "sorry, wrong patient, ignore",
    "Read back confirmed.",
    "CT is in the queue, ~20 min",
    "Critical result called at 14:32 and read back.",
    "is that Kerley B or just vessels?",
    "Swan is in too far, pull back 3 cm",
    "PICC tip at the cavoatrial junction. OK to use.",
    "ED pinging about the dissection r/o; CTA first in line",
    "agree with upgrade to Lung-RADS 4B",
    "i'll add it to the Thursday tumor board list",
    "Page sent to the chest fellow.",
    "Message delivered. Seen 09:14.",
    "dumb q but is a 5 mm nodule in an 80 yo worth following?",
    "per Fleischner no routine f/u for <6 mm in a low-risk pt",
    "can't see the images, PACS down on 5 East",
    "Reading room 2 covering CT until 17:00",
    "NG in stomach, ok to feed",
    "on my way down to look at it with you",
    "can you call the family? they're in the 4th floor waiting room",
]


# --- Tumor board minutes --------------------------------------------------------------------------

CLEAN_BOARD = [
    "THORACIC TUMOR BOARD - CASE LIST",
    "Consensus: stage IIIA (cT2aN2M0), AJCC 8th edition.",
    "Recommend concurrent chemoradiation followed by durvalumab consolidation.",
    "PET-CT: FDG-avid LUL mass, SUVmax 11.4; no distant disease.",
    "Pathology: squamous cell carcinoma, p40 positive, TTF-1 negative.",
    "EBUS-TBNA stations 4R, 7 and 11L sampled; 4R positive.",
    "Next-generation sequencing pending: EGFR, ALK, ROS1, KRAS G12C, PD-L1.",
    "Pancoast tumour invading the first rib; neoadjuvant chemoradiation then resection.",
    "Surgery recommends right upper lobectomy with mediastinal lymph node dissection.",
    "Radiation oncology: SBRT 54 Gy in 3 fractions.",
    "Not a surgical candidate: FEV1 32% predicted, DLCO 28%.",
    "Discussed at the meeting; no change in management.",
    "NCCN guideline concordant: yes.",
    "Clinical trial considered: none available at this time.",
    "Attendees: thoracic surgery, medical oncology, radiation oncology, pulmonology, radiology, "
    "pathology, nurse navigation.",
    "Case 2 deferred to next week pending biopsy.",
    "Brock model probability 34%; Herder model 62% after PET.",
    "Lung-RADS 4A; 3-month LDCT recommended.",
    "Imaging: 2.1 cm RML part-solid nodule with a 9 mm solid component.",
    "Mesothelioma suspected; pleural biopsy by VATS recommended.",
    "Tumor board meets Thursdays at 07:00 in Conference Room B.",
    "Osimertinib 80 mg daily recommended.",
    "Consider palliative care referral.",
    "Second-opinion review: agree with the outside staging.",
    "Registered trial NCT05012345 closed to accrual in March.",
]


# --- Nodule clinic letters ------------------------------------------------------------------------

CLEAN_LETTERS = [
    "Thank you for referring your patient to our clinic.",
    "The nodule is unchanged in size compared with the prior CT, which is reassuring.",
    "A solid nodule that is stable for 2 years is considered benign.",
    "We recommend a follow-up low-dose CT in 12 months.",
    "Lung-RADS category 3: probably benign; 6-month LDCT recommended.",
    "Please do not hesitate to contact me with any questions.",
    "Sincerely,",
    "Dear Colleague,",
    "Your CT scan showed a small spot on the lung, called a nodule.",
    "Most small nodules are not cancer.",
    "Smoking cessation resources were provided and discussed.",
    "IMPRESSION: 6 mm solid RLL nodule; per Fleischner 2017, optional CT at 12 months for a "
    "high-risk patient.",
    "Pack-year history: 45; quit 8 years ago.",
    "Eligible for annual screening per USPSTF 2021 (age 50 to 80, 20 pack-years).",
    "Her Brock score is 4.2%, placing her at low risk.",
    "He is 71 years old and remains active.",
    "Enclosed is a copy of the CT report.",
    "cc: referring provider",
    "This letter was generated from a template and reviewed by the physician.",
    "Next appointment: to be scheduled.",
    "Calcified granuloma, benign; no follow-up needed.",
    "The perifissural nodule has the typical appearance of an intrapulmonary lymph node.",
    "We discussed the risks of biopsy, including pneumothorax in about 20% of cases.",
    "Navigational bronchoscopy with the Ion robotic system was offered.",
    "Interpreter used: Spanish.",
    "Guideline reference: https://www.acr.org/Clinical-Resources/Lung-RADS",
]


# --- Trial screening logs -------------------------------------------------------------------------

CLEAN_TRIAL = [
    "SCR# | Initials | MRN | Screen date | Status | Reason",
    "Inclusion criteria 1-7 met; exclusion criterion 4 (prior immunotherapy) not met.",
    "ECOG 1; adequate organ function on protocol labs.",
    "Screen fail: brain metastases on MRI.",
    "Consent version 4.0 per IRB approval.",
    "Protocol NLH-THX-0912 v4, amendment 2.",
    "RECIST 1.1 baseline: sum of diameters 49 mm.",
    "Imaging window: within 28 days before C1D1.",
    "Subject withdrew consent.",
    "Not eligible | EGFR mutation",
    "Eligible | pending sponsor approval",
    "Monitoring visit: no findings.",
    "AE: grade 2 pneumonitis, CTCAE v5.0.",
    "Screening CT read by the imaging core; measurable disease confirmed.",
    "Query closed.",
    "Contrast: Omnipaque 350, 80 mL; slice thickness 1.25 mm per the imaging manual.",
    "Scans must be acquired on the same scanner model (Siemens SOMATOM Force) at each time point.",
    "Week 6 CT: stable disease.",
    "Week 12 CT: partial response, -34% from baseline.",
    "Screen fail rate this quarter 41% (17 of 41).",
]


# --- Discharge summaries --------------------------------------------------------------------------

CLEAN_DISCHARGE = [
    "DISCHARGE SUMMARY",
    "Principal diagnosis: community-acquired pneumonia, right lower lobe.",
    "Secondary diagnoses: COPD, HFpEF, CKD stage 3a.",
    "Hospital course: treated with ceftriaxone and azithromycin, transitioned to oral cefpodoxime.",
    "Condition at discharge: stable.",
    "Disposition: home with home health.",
    "Diet: 2 g sodium, 1.5 L fluid restriction.",
    "Activity: as tolerated; no lifting over 10 lb for 2 weeks after chest tube removal.",
    "Follow-up imaging: repeat CXR in 6-8 weeks to document resolution.",
    "CT chest with contrast: no PE; small bilateral effusions; 4 mm LLL nodule, no follow-up "
    "needed per Fleischner.",
    "Discharge medications: Eliquis 5 mg BID, furosemide 20 mg daily, albuterol inhaler PRN.",
    "Code status at discharge: DNR/DNI.",
    "Time spent on discharge: 38 minutes.",
    "Pending results: none.",
    "ICD-10: J18.9, J44.1, I50.32.",
    "Oxygen: 2 L nasal cannula with exertion; ambulatory saturation 90% on room air.",
    "PleurX drainage every other day, up to 1,000 mL.",
    "Return to the ED for fever above 101 F, chest pain or worsening shortness of breath.",
    "Incidental finding: 1.1 cm left adrenal nodule, likely adenoma (8 HU).",
    "Transitional care visit within 7 days.",
    "The patient was seen and examined on the day of discharge.",
    "LOS: 5 days.",
    "Readmission risk: high (LACE 14).",
]


# --- Interventional radiology procedure notes -----------------------------------------------------

CLEAN_IR = [
    "PROCEDURE: Ultrasound-guided left thoracentesis.",
    "Universal protocol time-out performed at 09:14.",
    "Local anesthesia: 1% lidocaine, 10 mL.",
    "1.2 L of serous fluid removed; procedure stopped for cough.",
    "Post-procedure CXR: no pneumothorax; small residual effusion.",
    "Complications: none.",
    "Estimated blood loss less than 5 mL.",
    "8 Fr Bard PowerPort placed via the right internal jugular vein; tip at the cavoatrial "
    "junction.",
    "Tunneled 15.5 Fr PleurX catheter placed in the right pleural space.",
    "14 Fr Wayne pigtail catheter placed in the 5th intercostal space, mid-axillary line, to "
    "Pleur-evac at -20 cm H2O.",
    "CT-guided biopsy of a 2.3 cm RLL nodule; three 18-gauge cores obtained and sent to pathology.",
    "Fluoroscopy time 1.8 min; DAP 6.2 Gy-cm2.",
    "Moderate sedation: fentanyl 100 mcg and midazolam 2 mg IV, 32 minutes intraservice time.",
    "Consent: risks including bleeding, infection, pneumothorax and need for a chest tube "
    "discussed.",
    "Coagulation: INR 1.1, platelets 212.",
    "Contrast: Omnipaque 300, 20 mL.",
    "CPT 32555, 36561, 32550.",
    "The patient tolerated the procedure well.",
    "Dressing: Tegaderm with a chlorhexidine patch.",
    "Sonographic findings: anechoic effusion without septations.",
    "Port may be accessed immediately with a non-coring needle.",
    "Pneumothorax on the 1-hour film measured 1.5 cm; observation per protocol.",
    "Right chest tube removed at 11:00; follow-up film in 4 hours.",
    "Pleural fluid LDH 412 U/L, protein 4.1 g/dL: exudate by Light's criteria.",
    "Attending interventional radiologist present for the entire procedure.",
]


# --- DICOM headers and HL7 lines without PHI ------------------------------------------------------

CLEAN_DICOM_HL7 = [
    "(0008,0060) CS [CT]",
    "(0018,0050) DS [1.25]",
    "(0008,0070) LO [SIEMENS]  (0008,1090) LO [SOMATOM Force]",
    "(0018,0060) DS [120]  (0018,1151) IS [85]",
    "(0008,1030) LO [CT CHEST W CONTRAST]",
    "(0010,0040) CS [F]",
    "(0018,0015) CS [CHEST]",
    "(0008,0016) UI [1.2.840.10008.5.1.4.1.1.2]",
    "(0002,0010) UI [1.2.840.10008.1.2.1]",
    "(0028,0010) US [512]  (0028,0011) US [512]",
    "(0018,1210) SH [Br40]  (0018,0088) DS [1.0]",
    "(0008,1010) SH [NRMC-CT2]",
    "(0032,1060) LO [LDCT LUNG SCREENING PROTOCOL V3]",
    "(0010,0010) PN [ANONYMOUS]",
    "(0018,9345) FD [4.82]",
    "MSH-12 version 2.5.1; segment order MSH, PID, PV1, ORC, OBR, OBX.",
    "OBX|1|TX|71046&IMP|1|IMPRESSION: Mild cardiomegaly. No acute process.||||||F",
    "OBX|2|TX|71046&BODY|2|Lungs are clear. No pleural effusion or pneumothorax.||||||F",
    "ORU^R01 accepted; ACK code AA.",
    "OBR-25 result status F (final).",
    "Interface down for 12 minutes; messages queued and replayed.",
    "AE title NLH_PACS, port 104.",
    "DICOM C-FIND returned 3 matches.",
    "Transfer syntax: JPEG 2000 lossless.",
    "OBX|3|TX|71250&IMP|1|Lung-RADS 4A. Recommend 3-month LDCT.||||||F",
    "Series 3: axial 1.25 mm lung kernel (Br60), 412 images.",
    "Exposure index 420; deviation index +0.3.",
    "Study modified by the anonymizer: (0010,0010) replaced with [REDACTED].",
    "HL7 v2.5.1 ORU^R01 through Epic Bridges, outbound to Care Everywhere.",
    "(0008,0020) DA []  (0010,0030) DA []",
]


# --- Patient-portal messages ----------------------------------------------------------------------

CLEAN_PORTAL = [
    "Thank you so much!",
    "Can I take Tylenol after the biopsy?",
    "When will my results be ready?",
    "Your result is available. Please log in to view.",
    "The bandage fell off, is that ok?",
    "My chest tube site is a little red but no fever.",
    "Do I need to stop my Eliquis before the port is taken out?",
    "I am feeling better, the cough is almost gone.",
    "Is it ok to fly to Denver next week after my lung collapse?",
    "Sorry I missed the call this morning, I was at work until 3.",
    "Dr. [NAME] said I could message here with questions.",
    "My CT was on Tuesday and I still don't have the report.",
    "Please cancel my appointment, I am in the hospital in Duluth.",
    'What does "atelectasis" mean?',
    "My insurance says I need a prior authorization for the PET scan.",
    'The report says "no acute cardiopulmonary process". Is that good?',
    "Reply from the nurse: yes, that means the x-ray is normal.",
    "Your appointment has been scheduled. Please arrive 15 minutes early.",
    "Hope you have a good weekend.",
    "Will the contrast affect my metformin?",
    "My mom is 86 and hard of hearing, please speak loudly when you call.",
    "Can my daughter come with me into the CT room?",
    "Message marked as read.",
    "Can I shower with the PleurX?",
]


# --- Interpreter and transport notes --------------------------------------------------------------

CLEAN_TRANSPORT = [
    "Interpreter: Spanish, in person, 30 minutes.",
    "Patient declined interpreter; English proficient.",
    "Transport: stretcher, portable O2 at 4 L, cardiac monitor, RN escort.",
    "Pick-up time 13:10; arrived in CT at 13:25.",
    "Video remote interpreting used for Somali.",
    "ASL interpreter requested for the Thursday clinic.",
    "Wheelchair van scheduled for 10:30.",
    "Transfer accepted by the receiving ICU; report called at 19:20.",
    "Critical care transport team with ventilator and IV pumps.",
    "Isolation: contact and droplet precautions.",
    "Patient returned to 6 West, room 614.",
    "Interpreters for Hmong, Karen, Oromo, Amharic, Somali and Vietnamese are available in person "
    "on weekdays.",
    "Air ambulance requested; weather delay of 45 min.",
    "Escort required: yes (fall risk).",
    "Transport delayed; elevator out of service in the north tower.",
    "Family member interpreted at the patient's request after a professional interpreter was "
    "offered.",
    "Transferred from Grand Marais to Minneapolis by fixed-wing aircraft.",
    "Bariatric bed and lift team needed for the CT transfer.",
    "Arrived by EMS from a nursing home.",
    "Phone interpreter used, call length 18 minutes.",
]


# --- Quality and incident reports -----------------------------------------------------------------

CLEAN_QUALITY = [
    "SAFETY EVENT REPORT",
    "Event type: wrong patient, imaging.",
    "Harm score: no harm, reached the patient.",
    "Root cause analysis completed; contributing factor: two-identifier check skipped during a "
    "busy shift.",
    "Action plan: barcode scanning of wristbands before portable imaging.",
    "Peer review score 2b: discrepancy in interpretation, not ordinarily expected to be made.",
    "RADPEER score 1.",
    "Critical results communicated within 60 minutes: 94% for Q1.",
    "Reportable to the state: no.",
    "The privacy office reviewed the access and found a legitimate treatment relationship.",
    "Incident closed.",
    "Mild contrast reaction treated with diphenhydramine 25 mg PO; observed 30 minutes.",
    "Sentinel event review scheduled for Wednesday.",
    "Fall without injury; the bed alarm was off.",
    "Education completed by all CT technologists.",
    "Near miss: order placed on the wrong encounter; caught by the technologist.",
    "A retained guidewire is a serious reportable event on the NQF list.",
    "3 of 412 portable films were repeated because of rotation.",
    "Department: Radiology. Location: CT 2, main campus.",
    "Reporter: staff technologist. Witness: charge nurse.",
    "Joint Commission NPSG.02.03.01 applies to critical results.",
    "Dose alert: CTDIvol 28 mGy exceeded the notification value of 25 mGy.",
    "Patient identity was verified with two identifiers before scanning.",
    "The complaint was acknowledged within 7 days.",
    "Breach risk assessment: low probability of compromise.",
]


HELD_OUT12 = (
    ICU_NOTES
    + HOSPITALIST_NOTES
    + SECURE_CHAT
    + TUMOR_BOARD
    + NODULE_LETTERS
    + TRIAL_SCREENING
    + DISCHARGE
    + IR_NOTES
    + DICOM_DUMPS
    + HL7_ORU
    + PORTAL_MESSAGES
    + INTERPRETER_TRANSPORT
    + QUALITY_INCIDENT
)
CLEAN_HELDOUT12 = (
    CLEAN_NOTES
    + CLEAN_CHAT
    + CLEAN_BOARD
    + CLEAN_LETTERS
    + CLEAN_TRIAL
    + CLEAN_DISCHARGE
    + CLEAN_IR
    + CLEAN_DICOM_HL7
    + CLEAN_PORTAL
    + CLEAN_TRANSPORT
    + CLEAN_QUALITY
)
