"""Held-out PHI set 13: screening programmes that read chest films outside the hospital report.

The text is what the records of four kinds of screening service hold, in the United States, the
United Kingdom, Australia, the Philippines, South Africa and Canada: a lung-cancer screening
programme (low-dose CT reports, shared-decision visits, Lung-RADS result letters, tracking and
recall lists); a tuberculosis and immigration-medical clinic (panel physician chest X-ray forms,
visa medical reports, TB clinic notes, contact-tracing lists); an occupational-health service (ILO
pneumoconiosis classifications by B readers for miners and shipyard workers, employer letters,
surveillance rosters); and a mobile X-ray unit that screens in prisons and homeless outreach.
Layouts are mixed: labelled forms, roster rows, letters, free prose, all-caps lines and scanned
forms with OCR spacing. Every person, number, phone, e-mail, street address and network address
is invented; facility names are used only as names.

Conventions (shared with the other hand-written sets):
- ``{{kind:text}}`` marks a gold span; kinds are name, date, id, phone, email, url, ip, address,
  facility, age.
- Titles (Dr, Mr, Mrs, Ms, Miss, Mx, M., Mme, Madame, Nurse, Sister, Prof, Atty, Pastor),
  kinship honorifics used as titles (Lola, Aling, Gogo) and post-nominals (MD, DO, RN, NP, FRCR,
  FRCS, FRANZCR, MBChB, FCRad(D)SA) stay outside name spans; "Last, First M." and HL7
  ``LAST^FIRST^M`` are one name span; a first name alone after a cue is a name, and so is a
  log-in user name built from a person's name ("jokafor").
- A date span takes a time or weekday written against it ("Tue 14 Mar 2023 09:40"); articles
  stay outside. Times alone, weekdays alone, durations, screening intervals and relative phrases
  ("in 12 months", "last week") are not PHI. A bare year of an event in the patient's history
  ("quit in 2011", "arrived 2019") is a date; a guideline or classification version (Lung-RADS
  v2022, ILO 2011) is not. OCR spacing inside a date stays inside its span.
- Ages over 89 are PHI (the number only; "yo", "y/o", "years", "aged" stay outside); 89 and under
  are not.
- Id spans hold the value, not the label: MRN, NHS, Medicare and provincial health card numbers,
  PhilHealth and national identity numbers, passport numbers, visa case and HAP/UCI/GWF numbers,
  panel-clinic and TB certificate numbers, accession and DICOM study UIDs, visit, order and
  requisition numbers, employee, miner and inmate/booking numbers, compensation file numbers, and
  licence or certificate numbers of staff (B reader, GMC, PRC, HPCSA, AHPRA, NPI). Form numbers
  (DS-3030, IMM 1017, 501), fee and procedure codes (G0296, 71271), ICD codes, room, bay, wing and
  bed numbers, ILO symbols, scanner models and protocol names are not PHI.
- An address runs from the flat, street, barangay or box line through the postcode as written; a
  city, province, state or country alone is not PHI, nor "no fixed abode".
- A facility span covers the institution's name (hospital, clinic, imaging centre, practice, lab,
  panel clinic, named prison or shelter where the patient is held or housed); department words,
  programme names (Targeted Lung Health Check, CWHSP, the TB Detection Programme), employers,
  mines and shipyards, "the van" and generic "the clinic" are not facilities.
- Phones (fax and mobile numbers included), e-mail addresses, URLs of portals and personal links
  (public guideline pages are not PHI) and IP addresses are spans as written.
- Clean sentences hold Lung-RADS and ILO categories, TB terms, eponyms, device and drug names,
  scanner and protocol names, programme and department names, ages 89 and under, times and
  weekdays without a date, place names alone, public help lines, placeholders and short lines.
"""

from __future__ import annotations

# --- Lung screening: LDCT report headers and exam lines ------------------------------------------

LDCT_HEADERS = [
    "LUNG CANCER SCREENING PROGRAM - LOW-DOSE CT CHEST. Patient: {{name:HARGROVE, DELBERT W}}  "
    "MRN: {{id:00418827}}  DOB: {{date:07/22/1954}}",
    "Exam date {{date:03/14/2023 08:42}}; accession {{id:LDCT23-004417}}; performed at "
    "{{facility:Pikeville Medical Center}}.",
    "Screening round T1 (first annual). Prior baseline LDCT {{date:March 2, 2022}} at "
    "{{facility:Hazard ARH Regional Medical Center}}.",
    "Ordering: {{name:Priya Raman}}, NP, Lung Screening Clinic; reading radiologist "
    "Dr. {{name:Colm O'Sullivan}}.",
    "Study Instance UID {{id:1.2.840.113619.2.55.3.604688119.971.1678783321.112}} sent to PACS "
    "node {{ip:10.24.6.51}}.",
    "Pt {{name:Nguyen Thi Lan}} (F, 67) rescanned {{date:2023-06-05}} after breathing artefact on "
    "the {{date:2023-05-29}} study.",
    "Referring provider: Dr {{name:Anjali Deshpande}}, {{facility:Riverside Family Practice}}, "
    "fax {{phone:(502) 555-0178}}.",
    "Lung-RADS v2022 category 4A assigned {{date:11 Jan 2024}} by Dr {{name:Tomasz Wiśniewski}}; "
    "navigator {{name:Hope Carrington}} notified.",
    "COMPARISON: LDCT {{date:01/09/2023}} and contrast CT chest {{date:08/17/2021}} "
    "({{facility:Baptist Health Lexington}}).",
    "Targeted Lung Health Check, LDCT report. NHS No: {{id:943 476 5919}}. Name: "
    "Mr {{name:Kevin Oyelaran}}.",
    "Scanned on the mobile CT unit at the Bootle retail park {{date:Tuesday 9 May 2023, 10:15}}; "
    "reported by Dr {{name:Siobhan McGarrigle}} FRCR.",
    "GP: Dr {{name:Imran Chaudhry}}, {{facility:Knowsley Medical Centre}}, "
    "tel {{phone:0151 496 0723}}.",
    "Participant {{name:Warrick Bellamy}}, Medicare {{id:2953 81046 1}}, LDCT at "
    "{{facility:Royal Perth Hospital}} on {{date:14/08/2025}}.",
    "Ontario Lung Screening Program: {{name:Gagnon, Marie-Ève}}, health card "
    "{{id:5584-392-118-KT}}, scan {{date:2024-02-19}} at "
    "{{facility:Sunnybrook Health Sciences Centre}}.",
    "Order #{{id:ORD-7731904}} entered {{date:10/02/2023}} by {{name:Deanna Mullins}}, RN; "
    "eligibility verified against 20 pack-years.",
    "Screening ID {{id:LCS-0091-2238}} / visit {{id:V88120457}}; patient "
    "{{name:Lincoln Sterling}}, age 71.",
    "Technologist {{name:Marisol Echeverría}}, RT(R)(CT); scanner CT2; CTDIvol 1.2 mGy; "
    "study completed {{date:Fri 17 Nov 2023 13:05}}.",
    "Baseline at {{facility:Mercy Hospital Joplin}} {{date:June 2021}}; annual at "
    "{{facility:Freeman Health System}} since.",
    "Prior outside images from {{facility:St. Elizabeth Edgewood}} pushed from {{ip:172.20.14.9}} "
    "and matched to MRN {{id:5520913}}.",
    "Addendum {{date:3/22/2024}}: the nodule measured by Dr {{name:Ferreira}} in the original "
    "report is 5.8 mm, not 8.5 mm.",
    "NAME: {{name:BROWN, FLORENCE A}}    DOB: {{date:1950-11-30}}    ACC: {{id:A24-119302}}",
    "Reported by Dr {{name:Yusuf Al-Harthi}} (NPI {{id:1487632950}}) on {{date:2 Apr 2024 16:40}}.",
    "Queensland Lung Cancer Screening: participant {{name:Kirra Anderson}}, {{date:3 March "
    "2025}}, {{facility:Princess Alexandra Hospital}}, Woolloongabba.",
    "Pt {{name:Ezekiel Young}} transferred his screening from the lung screening "
    "program at {{facility:Vanderbilt University Medical Center}} in {{date:2022}}.",
]

# --- Lung screening: findings and impressions ---------------------------------------------------

LDCT_FINDINGS = [
    "Solid nodule RLL 7.2 mm (series 3, image 148), new since {{date:09/2022}}; Dr "
    "{{name:O'Sullivan}} called Mr. {{name:Hargrove}} at {{phone:(606) 555-0142}}.",
    "Compared with {{date:12 Feb 2023}}, the LUL part-solid nodule's solid part has grown from "
    "3 to 5 mm; discussed at MDT {{date:28/02/2024}}.",
    "IMPRESSION: Lung-RADS 4B. Referred to thoracic surgery, Dr {{name:Adaeze Nwosu}}, "
    "{{facility:UK HealthCare Markey Cancer Center}}.",
    "Coronary calcification moderate; letter to PCP Dr {{name:Beth-Ann Crowe}} "
    "({{email:bcrowe@riversidefp.example.org}}).",
    "Emphysema, centrilobular, mild. Ms {{name:Nkechi Adeyemi}} asked that results go to her "
    "daughter {{name:Tola}}.",
    "Incidental 2.1 cm left adrenal nodule; recommend adrenal CT. Flagged to Dr {{name:Ruiz}} "
    "{{date:5/8/2024 11:20}}.",
    "The 4 mm RML nodule seen {{date:2021-07-14}} is unchanged; Lung-RADS 2 for "
    "Mrs {{name:Joy Pemberton}}.",
    "Stable 6 mm perifissural nodule since baseline {{date:Oct 2020}}; the patient, "
    "{{name:Faith Okoro}}, is reassured.",
    "Lung-RADS 3 on {{date:20.03.2023}}; 6-month LDCT booked for {{date:19.09.2023}} at "
    "{{facility:Liverpool Heart and Chest Hospital}}.",
    "New 9 mm spiculated RUL nodule. Fast-track referral sent {{date:Wednesday 14 June 2023}} to "
    "Dr {{name:Rhiannon Pugh}}.",
    "S modifier: 3.4 cm thyroid nodule. PCP Dr. {{name:Santiago Ortega-Lima}} informed by "
    "portal message.",
    "Airway-centred nodule resolved compared with {{date:01-Dec-2022}}; downgrade to Lung-RADS "
    "2, per Dr {{name:Mei-Ling Cho}}.",
    "Since Mr {{name:Ashworth}} was last scanned ({{date:16 May 2022}}), an 11 mm solid nodule "
    "has appeared in the apical segment.",
    "PET-CT {{date:02/03/2024}} at {{facility:Kingston Health Sciences Centre}}: SUVmax 6.1; "
    "biopsy requested.",
    "Lung-RADS 4X. Bronchoscopy by Dr {{name:Venkatesh Iyer}} on {{date:25 April 2024}}; "
    "EBUS station 7 sampled.",
    "Dr {{name:Lakshmi}} re-read the study and agrees: category 3, 6-month follow-up.",
    "Prior at {{facility:Fiona Stanley Hospital}} {{date:2022}} showed the same 5 mm nodule.",
    "Mass 2.8 cm RLL. Ms {{name:Summer Hollis}} was told in person with her partner "
    "{{name:Grant}} present.",
    "Findings texted to navigator line {{phone:859-555-0166}} per protocol for "
    "{{name:Orville Tackett}}.",
    "Heavy coronary calcium in a {{age:90}}-year-old referred outside criteria; Dr "
    "{{name:Pauline Arsenault}} notes screening is not advised.",
    "Biopsy at {{facility:Groote Schuur Hospital}} {{date:2024/05/13}} confirmed squamous cell "
    "carcinoma in Mr {{name:Abdullah Davids}}'s RUL mass.",
]

# --- Lung screening: shared-decision and counselling visits -------------------------------------

SDM_VISITS = [
    "Shared decision-making visit (G0296) {{date:10/02/2023 14:00}} with "
    "{{name:Delbert Hargrove}}; decision aid reviewed; 46 pack-years.",
    "Patient {{name:Raymond Two Bulls}} quit smoking in {{date:2011}}; eligible under the 15-year "
    "rule until {{date:2026}}.",
    "SDM conducted by {{name:Priya Raman}}, NP; patient's wife {{name:Loretta}} present; "
    "callback {{phone:606-555-0119}}.",
    "Counselled on false positives and radiation; Ms. {{name:Chiamaka Eze}} chose to proceed.",
    "Tobacco treatment referral sent {{date:Feb 6 2023}} to {{name:Marcus Delahunty}}, CTTS, "
    "{{facility:Norton Healthcare}} quit program.",
    "Interpreter {{name:Huong Tran}} (Vietnamese) used for the visit with Mr {{name:Pham Van "
    "Duc}}, DOB {{date:04/11/1958}}.",
    "Lung health check call {{date:Mon 6 Mar 2023 11:30}}: Mrs {{name:Doreen Ackroyd}}, 68, "
    "ex-smoker, PLCOm2012 risk 3.1%.",
    "Telephone assessment by Nurse {{name:Amara Oduya}}; LDCT offered; patient asked to bring "
    "her inhalers. Mobile {{phone:07700 900461}}.",
    "Declined screening on {{date:2023-04-03}}; {{name:Bruno Castellano}} prefers to revisit "
    "next year; documented by Dr. {{name:Wen Zhao}}.",
    "SDM note, {{facility:Ottawa Hospital General Campus}}: {{name:Tremblay, Jean-Luc}}, OHIP "
    "{{id:7261-554-903-AB}}, 35 pack-years.",
    "Visit #{{id:ENC-20230915-0447}} - patient {{name:Oksana Kovalenko}} asked whether her "
    "brother {{name:Taras}} is also eligible.",
    "Smoking history per {{name:Alfonso de la Vega}}: began {{date:1972}}, 1.5 packs/day, quit "
    "{{date:March 2019}}.",
    "Eligibility letter e-mailed to {{email:ray.twobulls@prairienet.example.com}} after the visit "
    "with Dr {{name:Ingrid Solberg}}.",
    "Health check at the Wythenshawe pop-up: Mr {{name:Rashid Begum}}, NHS {{id:485 777 3456}}, "
    "booked for LDCT {{date:22/03/2023}}.",
    "Medicare Advantage member ID {{id:XKM418850213}} verified by {{name:Tonya Reece}} before "
    "the SDM visit.",
    "Patient {{name:Ahanu Whitehorse}} states he smoked from age 14 until {{date:2015}}; "
    "pack-years 40.",
    "Counselling by {{name:Catriona MacLeod}}, lung health nurse, {{facility:Queen Elizabeth "
    "University Hospital}}, {{date:Thu 12 Oct 2023}}.",
    "The patient is {{age:91}}, above the programme's upper age; Dr {{name:Winston Lau}} "
    "documented that screening was not offered.",
    "Spouse {{name:Hyun-woo Park}} (also a former smoker) asked for his own SDM visit; "
    "scheduled {{date:2024-01-08 09:15}}.",
    "Decision aid the patient opened at home: {{url:https://sdm.lungcheck.example.org/u/DH54-aid}}",
    "Telehealth room for the SDM visit: "
    "{{url:https://telehealth.norton.example.org/room/raman-0930}}",
    "Screening enquiry from a {{age:90}}-year-old former smoker; told she is outside the "
    "programme's age range.",
]

# --- Lung screening: result letters (Lung-RADS letters) -----------------------------------------

LUNG_RADS_LETTERS = [
    "Dear Mr {{name:Hargrove}}, your lung screening CT on {{date:March 14, 2023}} showed a "
    "finding that needs a closer look.",
    "{{name:Delbert W. Hargrove}}, {{address:1422 Coal Hollow Rd, Hazard, KY 41701}}",
    "Dear Ms {{name:Rose Tackett}}, your scan on {{date:January 9, 2023}} was Lung-RADS 1; we "
    "will invite you again in twelve months.",
    "Mrs {{name:Florence Brown}}, {{address:88 Lafayette Ave, Apt 3B, Joplin, MO 64801}}",
    "View your images at {{url:https://portal.lungcheck.example.org/r/8841-22a}} or call "
    "{{phone:(417) 555-0133}}.",
    "Dear {{name:Kevin}}, thank you for attending your Lung Health Check on {{date:9 May 2023}}.",
    "Mr {{name:K. Oyelaran}}, {{address:Flat 4, 27 Stanley Road, Bootle, L20 7BY}}",
    "Your result is in the NHS App; you can also use {{url:https://tlhc.example.nhs.uk/results/"
    "QX7-4410}}.",
    "If you have questions please ring {{name:Siân Griffiths}}, Lung Health Nurse, on "
    "{{phone:0151 496 0588}}.",
    "Dear Mrs {{name:Nguyen}}, your CT of {{date:June 5, 2023}} showed a small spot (Lung-RADS 3); "
    "a repeat scan is due {{date:December 2023}}.",
    "Dear Dr {{name:Deshpande}}, re: {{name:Nguyen Thi Lan}}, DOB {{date:09/30/1956}}, MRN "
    "{{id:00537712}}.",
    "Letter generated {{date:2024-01-12}} by {{name:Hope Carrington}}, Nurse Navigator, direct "
    "line {{phone:502-555-0190}}.",
    "cc: {{name:Beth-Ann Crowe}}, DO; {{facility:Riverside Family Practice}}, {{address:210 "
    "Riverside Pkwy, Suite 4, Louisville, KY 40202}}",
    "Dear Mr {{name:Bellamy}}, your low-dose CT on {{date:14 August 2025}} found no signs of lung "
    "cancer (Lung-RADS 1).",
    "{{name:Warrick Bellamy}}, {{address:Unit 5/18 Barrack St, Perth WA 6000}}",
    "Madame {{name:Gagnon}}, votre examen du {{date:19 février 2024}} est de catégorie 2.",
    "{{name:Marie-Ève Gagnon}}, {{address:1180 rue des Érables, app. 6, Gatineau (Québec) "
    "J8T 3B2}}",
    "Please reply to {{email:lungscreening.navigators@sunnybrook.example.ca}} quoting screening "
    "ID {{id:OLSP-2024-118830}}.",
    "Dear {{name:Lincoln}}, your scan shows a new nodule; Dr {{name:Iyer}} will see you on "
    "{{date:April 18, 2024, 10:40}}.",
    "Secure message link: {{url:https://mychart.baptisthealth.example.org/msg?id=77Q19X}}",
    "Dear Mr {{name:Pham}}, this letter is also available in Vietnamese from "
    "{{email:lcs.interpreters@norton.example.org}}.",
    "Signed, Dr {{name:Colm O'Sullivan}}, MD, Medical Director, Lung Screening Program, "
    "{{facility:Pikeville Medical Center}}.",
    "Ms {{name:F. Okoro}}, {{address:16 Kenilworth Crescent, Toxteth, Liverpool L8 3SA}}",
    "Appointment self-booking link sent by text: {{url:https://book.tlhc.example.nhs.uk/s/7QK2P}}",
    "Her daughter's fundraising page names the diagnosis: "
    "{{url:https://www.example.org/fundraise/rose-tackett-lungs}}",
]

# --- Lung screening: tracking and recall lists -------------------------------------------------

TRACKING_LISTS = [
    "| 0042 | {{name:PATEL, Ravindra}} | MRN {{id:3317721}} | LR 3 | due {{date:2024-03-11}} | "
    "nav {{name:J. Okafor}} |",
    "| 0044 | {{name:DELA CRUZ, Imelda}} | MRN {{id:3321190}} | LR 4A | PET {{date:2024-02-27}} "
    "| nav {{name:H. Carrington}} |",
    "0045  {{name:O'HARA, BRIDGET}}  {{id:3321876}}  LR1  next {{date:01/2025}}  no phone on file",
    "0046  {{name:STREET, WALTER}}  {{id:3322013}}  LR2  next {{date:03/2025}}  "
    "{{phone:606-555-0107}}",
    "Lost to follow-up: {{name:Jolene Fields}}, letters returned {{date:02/14/2024}}; "
    "last known {{address:PO Box 311, Whitesburg, KY 41858}}.",
    "Recall row: {{name:Ahmed, Farah}} | NHS {{id:601 233 8765}} | LDCT {{date:07/11/2023}} | "
    "6-month rescan due {{date:07/05/2024}}",
    "Recall row: {{name:Kowalczyk, Zbigniew}} | NHS {{id:722 910 0458}} | LDCT "
    "{{date:14/11/2023}} | annual due {{date:11/2024}}",
    "Tracker note {{date:5/2/24}}: {{name:Imogen Vance}} moved to Tennessee; records faxed to "
    "{{phone:(615) 555-0172}}.",
    "Navigator {{name:Jideofor Okafor}} ({{email:jokafor@pikevillemed.example.org}}) took over the "
    "4A/4B list on {{date:January 2, 2024}}.",
    "Follow-up complete: {{name:Rivka Feldman}}, category 4B, resected {{date:2023-10-03}} at "
    "{{facility:Cleveland Clinic}}.",
    "AU register export row: {{name:Bellamy W}}, {{id:2953 81046 1}}, LR1, "
    "{{facility:Royal Perth Hospital}}, {{date:14/08/2025}}",
    "Worklist {{date:Mon 4 Mar 2024}}: call {{name:Winifred Ng}} ({{phone:0491 570 156}}) and "
    "{{name:Tobias Greer}} ({{phone:0491 570 110}}).",
    "Deceased, remove from recall: {{name:Harlan Combs}}, date of death {{date:2024-04-19}}.",
    "OLSP tracking: {{name:Bouchard, Lise}} - OHIP {{id:3349-118-206-MK}} - LR 4A - "
    "bronchoscopy {{date:2024-05-21}}",
    "Patient {{name:Cedric Pettiford}} asked to be contacted only by e-mail: "
    "{{email:cpettiford55@example.net}}.",
    "Recall batch run {{date:03/31/2024 23:00}} from server {{ip:10.24.8.17}}; 412 letters queued.",
    "Tracker link bookmarked by the navigator: "
    "{{url:https://lcs-tracker.pikevillemed.example.org/list?mrn=3317721}}",
    "Scanner CT2 at {{ip:10.24.6.33}} sent 412 images to the screening worklist.",
]

# --- Immigration medicals: panel physician forms and visa chest X-ray reports -------------------

PANEL_FORMS = [
    "DS-3030 CHEST X-RAY AND CLASSIFICATION WORKSHEET. Applicant: {{name:SANTOS, MARIA LUISA "
    "REYES}}  Case No: {{id:MNL2023614882}}",
    "Date of birth {{date:12 June 1988}}; passport {{id:P4829301A}}; exam site "
    "{{facility:St. Luke's Medical Center Extension Clinic}}, Manila.",
    "Chest X-ray taken {{date:June 5, 2023}}, read {{date:June 6, 2023}} by panel radiologist "
    "Dr. {{name:Renato Villanueva}}, PRC Lic. {{id:0098765}}.",
    "Applicant {{name:Jose Miguel Bautista}}, case {{id:MNL2023701157}}: fibrotic scar LUL; "
    "sputum smears and cultures x3 ordered {{date:07/12/2023}}.",
    "Class B1 TB, pulmonary, assigned {{date:2023-09-18}} after three negative cultures; "
    "panel physician Dr {{name:Carmelita Aquino-Reyes}}.",
    "Accompanying relatives on the same case: {{name:Bautista, Ana Liza}} (wife) and "
    "{{name:Bautista, Paolo}} (son, 9).",
    "eMedical 501 Chest X-ray: HAP ID {{id:77541230}}; TRN {{id:EGO0J1K8RD}}; client "
    "{{name:Chanthavong, Souksavanh}}.",
    "Radiologist Dr {{name:Elaine Foo}} FRANZCR, {{facility:Bupa Medical Visa Services}} "
    "Parramatta, reported the 501 on {{date:23/10/2024}}.",
    "Applicant {{name:Tshepo Mokoena}}, HAP ID {{id:81260944}}, passport {{id:A05528731}}, "
    "examined {{date:2024/02/08}} at {{facility:Sandton Panel Medical Centre}}.",
    "UK TB DETECTION PROGRAMME. Applicant: {{name:HASSAN, ABDI FARAH}}; GWF number "
    "{{id:GWF061234567}}; screened {{date:14-03-2024}}.",
    "TB clearance certificate {{id:UKTB-KE-24-0031877}} issued {{date:15 March 2024}}, valid six "
    "months, signed Dr {{name:Wanjiru Kamau}}.",
    "Visa medical, Canada (IME). UCI {{id:1122-3344}}; IME number {{id:0912345678}}; applicant "
    "{{name:Fernandes, Beatriz}}.",
    "Chest X-ray {{date:2023-11-27}}: old granulomatous change; medical surveillance advised. "
    "Panel physician Dr {{name:Rajesh Nair}}, {{facility:Nationwide Health Systems}}, Pasay.",
    "Applicant {{name:Mercy Achieng Otieno}} (DOB {{date:03/04/1995}}) attended with her "
    "mother {{name:Grace Atieno}}.",
    "Age {{age:92}}: parent-visa applicant {{name:Lourdes Macaraeg}}; chest film shows "
    "apical pleural capping only; Class A.",
    "Name (as in passport): {{name:NGUYEN VAN THANH}}   Passport No.: {{id:C2841907}}   "
    "Sex: M   Age: 34",
    "Applicant e-mail {{email:thanh.nguyenvan88@example.vn}}; mobile {{phone:+84 90 555 0188}}.",
    "Upload of images to the eMedical portal from workstation {{ip:203.0.113.47}} at "
    "{{date:23/10/2024 16:02}}.",
    "Results link for the applicant: {{url:https://panel.stlukes-ext.example.ph/results/"
    "MNL2023614882}}",
    "Current address: {{address:Blk 7 Lot 12, Mabini St., Brgy. San Roque, Antipolo City, "
    "Rizal 1870}}",
    "Address in Philippines: {{address:214 P. Burgos St., Brgy. Poblacion, Makati City 1210}}",
    "Applicant {{name:Reza Mohammadi}} (passport {{id:K98120443}}) states TB treatment in "
    "{{date:2017}} at {{facility:Masih Daneshvari Hospital}}, Tehran.",
    "Prior treatment records from {{facility:Lung Center of the Philippines}} "
    "({{date:2019}} to {{date:2020}}) reviewed by Dr {{name:Aquino-Reyes}}.",
    "Reading radiologist: Dr {{name:Thandiwe Mthembu}}, HPCSA {{id:MP0543218}}; dual read by "
    "Dr {{name:Gerrit van der Merwe}}.",
    "Class B2 (LTBI evaluation): IGRA positive {{date:2023-10-02}}; applicant "
    "{{name:Kwame Mensah-Bonsu}}.",
    "Panel case {{id:JNB2024018334}}: {{name:Lerato Khumalo}}, DOB {{date:1999-08-21}}, chest "
    "X-ray normal.",
    "The applicant's sponsor, {{name:Dolores Aguilar}}, called from {{phone:(209) 555-0147}} "
    "asking when the packet will be sealed.",
    "IRCC medical surveillance: client {{name:Oluwaseun Adebayo}}, UCI {{id:8876-5512}}, report "
    "to TB Clinic, {{facility:Vancouver General Hospital}} by {{date:2024-05-30}}.",
    "Australia TB undertaking (Form 815) for HAP ID {{id:80319977}}, {{name:Mohammed Ashraful "
    "Islam}}, signed {{date:02/09/2024}}.",
    "Dr. {{name:Renato Villanueva}}, panel radiologist, {{email:rvillanueva@slmc-ext.example.ph}}",
    "Applicant arrived in Canada {{date:2019}}; current address {{address:3305 Boul. "
    "Saint-Laurent, app. 12, Montréal (QC) H2X 2T6}}.",
    "Applicant's agent {{email:visas@mabuhayagency.example.ph}} asked for the case status twice.",
    "Parent-visa applicant aged {{age:94}}: frail, film taken seated; Class A, no TB.",
    "Panel clinic VPN gateway {{ip:203.0.113.9}} dropped the eMedical session during the upload.",
]

# --- TB clinic notes ---------------------------------------------------------------------------

TB_CLINIC = [
    "TB clinic, {{facility:Chris Hani Baragwanath Academic Hospital}}: {{name:Sibusiso Ndlovu}}, "
    "folder {{id:BAR-2210-4471}}, started RHZE {{date:2023/08/14}}.",
    "GeneXpert MTB/RIF Ultra on {{date:14 Aug 2023}}: MTB detected, low; rifampicin resistance "
    "not detected. Result sent to Sister {{name:Nomvula Zulu}}.",
    "DOT supporter: {{name:Nomsa Ndlovu}} (sister), cell {{phone:+27 82 555 0193}}.",
    "SA ID {{id:7803125123087}}; contact address {{address:4172 Mahlangu Street, Orlando East, "
    "Soweto 1804}}.",
    "Month 2 sputum {{date:10/10/2023}} smear negative; Dr {{name:Pieterse}} continues "
    "intensive phase one more week.",
    "TB nurse {{name:Ailsa Cunningham}}, {{facility:Royal Free Hospital}}, telephone "
    "{{phone:020 7946 0315}}; patient {{name:Adnan Qureshi}}, 27.",
    "CXR {{date:02/02/2024}}: right upper lobe cavity; referred from the Find and Treat van by "
    "{{name:Declan Farrelly}}, outreach worker.",
    "Isoniazid preventive therapy started {{date:2024-01-15}} for {{name:Ramon Esguerra}}, "
    "PhilHealth {{id:12-050712345-6}}.",
    "DOTS facility: {{facility:Tondo Health Center}}; treatment partner Aling {{name:Rosing "
    "Dizon}}; barangay health worker {{name:Rowena Salazar}}.",
    "Hearing test before amikacin, {{date:Mar 1 2023}}; audiologist {{name:Chen Jia}}, "
    "{{facility:Toronto Western Hospital}}.",
    "Public health nurse {{name:Manon Lévesque}} ({{email:manon.levesque@santepublique."
    "example.ca}}) will supervise DOT from {{date:2023-03-06}}.",
    "Drug-resistant TB: {{name:Vusi Mahlaba}}, case {{id:DRTB-GP-23-0912}}, BPaL started "
    "{{date:5 Sept 2023}} at {{facility:Sizwe Tropical Disease Hospital}}.",
    "Household visit {{date:Sat 9 Sep 2023}} to {{address:22 Jabavu Road, Jabavu, Soweto 1809}}; "
    "grandmother aged {{age:93}} has a chronic cough.",
    "Mr {{name:Qureshi}} gave permission to text {{phone:07700 900817}} with DOT reminders.",
    "Video DOT link for {{name:Adnan Qureshi}}: {{url:https://vdot.example.nhs.uk/p/aq27-4490}}",
    "Latent TB: {{name:Precious Moyo}}, 3HP started {{date:2024-04-02}}; MRN {{id:RF-8810932}}.",
    "Notification to UKHSA sent {{date:05/02/2024}} by {{name:Ailsa Cunningham}}, NHS "
    "{{id:455 120 9987}}.",
    "The {{age:96}}-year-old contact, Mrs. {{name:Bibi Hassan}}, had a clear CXR on "
    "{{date:21 February 2024}}.",
    "Video DOT upload link for {{name:Sibusiso}}: {{url:https://vdot.example.org.za/u/SN-4471}}",
    "TB register login failure from {{ip:192.0.2.55}}; account of {{name:nzulu}} locked.",
    "Registered address {{address:31 Pritchard Street, Braamfontein, Johannesburg 2001}}; "
    "e-mail {{email:v.mahlaba76@example.co.za}}.",
]

# --- Contact-tracing lists -----------------------------------------------------------------------

CONTACT_TRACING = [
    "Index case: {{name:Sibusiso Ndlovu}} ({{id:BAR-2210-4471}}). Household contacts listed "
    "{{date:2023-08-16}}:",
    "1. {{name:Nomsa Ndlovu}}, 34, sister - CXR {{date:2023-08-21}} normal, TST 12 mm.",
    "2. {{name:Thabo Ndlovu}}, 6, nephew - CXR {{date:2023-08-21}} hilar nodes; referred to "
    "{{facility:Rahima Moosa Mother and Child Hospital}}.",
    "3. Gogo {{name:Ndlovu}} (grandmother), age {{age:93}}, homebound - mobile CXR "
    "{{date:2023-09-09}}.",
    "Contact #4 {{name:Lwazi Dube}}, coworker, {{phone:+27 72 555 0148}}; not yet screened.",
    "CONTACT | {{name:QURESHI, Sana}} | 24 | wife | CXR {{date:08/02/2024}} NAD | IGRA neg",
    "CONTACT | {{name:QURESHI, Yusuf}} | 58 | father | CXR {{date:08/02/2024}} NAD | IGRA pos",
    "CONTACT | {{name:HASSAN, Bibi}} | {{age:96}} | great-aunt | CXR {{date:21/02/2024}} NAD | "
    "not tested",
    "Congregate setting: shelter residents screened by the van at {{facility:St Mungo's "
    "Cambridge Street}} on {{date:Thursday 22 February 2024}}.",
    "Barangay list: {{name:Esguerra, Ramon}} (index); {{name:Esguerra, Liza}}, 41; "
    "{{name:Esguerra, Jun-Jun}}, 12; {{name:Esguerra, Pacita}}, {{age:90}}.",
    "Follow-up for Lola {{name:Pacita}} at {{address:56 Kalayaan Ave., Brgy. Pinyahan, Quezon "
    "City 1100}} on {{date:January 22, 2024}}.",
    "Contact investigation {{id:CI-ON-2023-0415}}: school staff list from principal "
    "{{name:Donna Lachance}}, {{email:dlachance@sudburyschools.example.ca}}.",
    "Screening clinic for the contacts held {{date:2023-04-20}} at {{facility:Health Sciences "
    "North}}; 38 of 41 attended.",
    "Contact {{name:Aiyana Cardinal}}, 15, TST 14 mm {{date:2023-04-22}}; CXR normal; window "
    "prophylaxis.",
    "Aircraft contacts (flight >8 h): seats 31A-33F; list from the airline received "
    "{{date:03/14/2024}} by Dr {{name:Farah Siddiqui}}.",
    "Passenger {{name:Jonah Whitfield}}, seat 32C, could not be reached at {{phone:(312) "
    "555-0121}} or {{email:jwhitfield@example.com}}.",
    "Index: {{name:Vusi Mahlaba}}. Contacts: {{name:Zanele Mahlaba}} (wife, 38), "
    "{{name:Sipho Mahlaba}} (son, 17), Mr {{name:Elias Radebe}} (lodger, {{age:91}}).",
    "Prison contacts of {{name:Dwayne Rutherford}} (inmate {{id:K-48811}}): cellmate "
    "{{name:Luis Ocampo}} (inmate {{id:K-50273}}) screened {{date:6/13/2024}}.",
    "Contact list uploaded to the surveillance system from {{ip:10.150.3.44}} by "
    "{{name:Jennifer Okeke}} on {{date:2024-06-14 08:10}}.",
    "Household contact, great-grandfather aged {{age:98}}, bed-bound; portable CXR taken at home.",
]

# --- Occupational health: ILO classifications by B readers --------------------------------------

ILO_READS = [
    "ROENTGENOGRAPHIC INTERPRETATION (CWHSP). Miner: {{name:TACKETT, ORVILLE J}}; Miner ID "
    "{{id:MID-4471-0382}}; film date {{date:09/12/2023}}.",
    "B Reader: {{name:Harold Finkelstein}}, MD, NIOSH B Reader certificate {{id:B-1187}}; "
    "read {{date:09/19/2023}}.",
    "Small opacities q/t, profusion 1/0, zones RU RM LU LM; no large opacity - miner "
    "{{name:Earl Mullins}}, {{id:MID-4471-0519}}.",
    "Second B read by Dr {{name:Sunita Varghese}} (certificate {{id:B-2204}}) on "
    "{{date:10/03/2023}}: 1/1 p/q; concordant.",
    "Film taken on the CWHSP mobile unit at the mine portal, {{date:Wed Sep 13 2023}}; "
    "technologist {{name:Roy Blankenship}}.",
    "Classification for {{name:Boyd Hatfield}}: category A large opacity right upper zone; "
    "referred to Dr {{name:Kessler}}, {{facility:Stone Mountain Health Services}}.",
    "ILO 2011: {{name:Mthunzi Shabalala}}, employee no. {{id:GF-0048817}}, 2/2 q/q, all zones; "
    "symbols ax, em.",
    "MBOD file {{id:MB-23-118402}} for {{name:Shabalala, Mthunzi}}; radiograph "
    "{{date:2023/06/22}} sent for certification committee.",
    "Reader: Dr {{name:Pieter Joubert}} FCRad(D)SA, HPCSA {{id:MP0311772}}; silicosis grade 2/2 "
    "with eggshell hilar calcification.",
    "Former gold miner {{name:Joaquim Matsinhe}}, aged {{age:92}}, examined for ex-miner "
    "compensation at {{facility:Kimberley Hospital Complex}}.",
    "Shipyard worker {{name:Stanislaw Nowicki}}, clock no. {{id:44812}}: pleural plaques, "
    "in profile, chest wall, both sides, calcified; ILO 0/0.",
    "Asbestos medical by Dr {{name:Morag Henderson}}, HSE appointed doctor, on "
    "{{date:17 Jan 2024}}; worker {{name:Callum Baird}}, Clydeside.",
    "ILO read {{date:2024-03-05}}: {{name:Angus MacKinnon}}, s/t 1/0 lower zones, diffuse "
    "pleural thickening left; referred to {{facility:Gartnavel General Hospital}}.",
    "Coal board dual read for {{name:Brendan O'Rourke}}, RSHQ ref {{id:CMW-2024-08817}}, film "
    "{{date:12/04/2024}}.",
    "Second reader Dr {{name:Anh Truong}}, {{facility:I-MED Radiology Mackay}}, AHPRA "
    "{{id:MED0001234567}}, agreed 0/1.",
    "Retired shipfitter {{name:Alfred Cheung}} ({{age:94}}) read for a claim: bilateral "
    "calcified plaques, no parenchymal abnormality.",
    "Third read requested by Atty. {{name:Lorraine Beckett}} for claimant "
    "{{name:Virgil Sexton}}, DOL claim {{id:OWCP-777-10-4412}}.",
    "{{name:Delmar Sizemore}}: film quality 2 (underexposed); repeat radiograph "
    "{{date:11/02/2023}} at {{facility:Whitesburg ARH Hospital}}.",
    "Silica surveillance, foundry worker {{name:Ricardo Alves}}, WSIB claim {{id:30418877}}, "
    "ILO 1/0 r/q on {{date:2024-01-29}}.",
    "Sandblaster {{name:Eduardo Quispe}}, 38: 2/3 r/r with coalescence; Dr "
    "{{name:Varghese}} suspects accelerated silicosis.",
    "Engineered stone worker {{name:Jarrah Whitlock}}, Medicare {{id:6017 33920 4}}, ILO 1/1 "
    "q/q; HRCT booked {{date:9 Oct 2024}}.",
    "Reading logged on {{date:10/03/2023 15:47}} from {{ip:192.168.40.12}} by B reader "
    "{{id:B-2204}}.",
    "NIOSH form 2.8 for {{name:LAWSON, CHESTER R}}; SSN field left blank; facility "
    "{{facility:Appalachian Regional Healthcare}}.",
    "Chest X-ray for black lung benefits: {{name:Ernestine Caudill}} on behalf of her late "
    "husband, {{name:Arliss Caudill}}, died {{date:2022}}.",
    "Miner {{name:Dwight Hensley}} said he worked underground from {{date:1978}} to "
    "{{date:2009}}; radiograph read 1/2 p/q by Dr {{name:Finkelstein}}.",
    "Ex-miner {{name:Lucas Mabaso}}, {{age:95}}, attended the benefit examination with his "
    "grandson.",
    "Age at exam {{age:91}}; film quality 3 because of kyphosis; read as unclassifiable.",
    "B-reader workstation {{ip:192.168.40.31}} synced the ILO worksheets at 18:05.",
    "Mailing address on the claim: {{address:Rt 2 Box 118, Jenkins, KY 41537}}",
]

# --- Occupational health: employer and worker letters -----------------------------------------

OCC_LETTERS = [
    "Dear Mr {{name:Nowicki}}, the chest X-ray taken at your shipyard surveillance on "
    "{{date:4 December 2023}} shows pleural plaques.",
    "{{name:Stanislaw Nowicki}}, {{address:19 Harbour Row, Birkenhead, Wirral CH41 5LH}}",
    "To the Health and Safety Manager: worker {{name:Callum Baird}} (payroll "
    "{{id:PY-228130}}) is fit to continue asbestos work.",
    "Certificate of Fitness for {{name:Thabo Molefe}}, company no. {{id:IMP-77120}}, issued "
    "{{date:2024-02-12}} by Dr {{name:Anel Botha}}.",
    "Dear Ms {{name:Nandi Mkhize}}, HR Business Partner: Mr {{name:Molefe}} may return to "
    "underground work from {{date:19 February 2024}}.",
    "Occupational Health Centre, {{facility:Rustenburg Platinum Mines Hospital}}, "
    "{{address:PO Box 8208, Rustenburg 0300}}; tel {{phone:+27 14 555 0172}}.",
    "Re: {{name:Shabalala M.}}, ID {{id:6409105765083}} - referral to the MBOD of "
    "{{date:28 June 2023}}.",
    "Dear Sir, Mr {{name:Orville Tackett}} has category 1 simple pneumoconiosis and may "
    "exercise his right to transfer to a low-dust job.",
    "Employer copy suppressed at the miner's request; miner's copy mailed {{date:10/06/2023}} "
    "to {{address:77 Caney Fork Rd, Vicco, KY 41773}}.",
    "Contact the Coal Workers' Health Surveillance Program at {{email:cwhsp.results@"
    "niosh-lab.example.gov}} with case {{id:CW23-5518}}.",
    "From: Dr {{name:Morag Henderson}}, {{facility:Clyde Occupational Health Ltd}}, {{address:"
    "Unit 3, 40 Govan Road, Glasgow G51 1HS}}",
    "Tel {{phone:0141 496 0632}}; {{email:m.henderson@clydeoh.example.co.uk}}",
    "Dear {{name:Jarrah}}, your ILO result of {{date:26/09/2024}} means you should stop dry "
    "cutting; your employer has been told you need HRCT.",
    "{{name:Jarrah Whitlock}}, {{address:12 Cassowary Close, Andergrove QLD 4740}}",
    "Notice to RSHQ under the health scheme, worker {{name:Brendan O'Rourke}}, DOB "
    "{{date:17/07/1979}}, sent {{date:22/04/2024}}.",
    "Lettre à M. {{name:Ricardo Alves}}: votre radiographie du {{date:29 janvier 2024}} montre "
    "une silicose débutante.",
    "Please book your HRCT online: {{url:https://book.idahoocc.example.com/appt?token=ZK19-88Q}}",
    "Safety rep {{name:Bernadette Kavanagh}} requested anonymised results for the paint shop; "
    "no individual results released.",
    "Sincerely, {{name:Anel Botha}}, MBChB, DOH; Occupational Medical Practitioner, HPCSA "
    "{{id:MP0667013}}",
    "Worker self-service results page: "
    "{{url:https://ohportal.clydeoh.example.co.uk/worker/PY-228130}}",
    "Miner's copy online: {{url:https://cwhsp.example.gov/miner/MID-4471-0382/result}}",
    "Appeal papers uploaded to {{url:https://claims.example-dol.gov/upload/OWCP-777-10-4412}}",
    "Mr {{name:Shabalala}} asked that letters go to {{email:mthunzi.shabalala@example.co.za}}.",
]

# --- Occupational health: surveillance rosters -------------------------------------------------

SURVEILLANCE_ROSTERS = [
    "ROSTER - Shaft 4 night shift, survey {{date:2023-06-19}}: {{name:Dlamini S}} "
    "{{id:GF-0048203}} 0/0; {{name:Mabuza T}} {{id:GF-0048219}} 0/1.",
    "CWHSP van schedule: {{date:Oct 16 2023}} Hazard; {{date:Oct 17 2023}} Pikeville; "
    "contact {{name:Roy Blankenship}} {{phone:(304) 555-0155}}.",
    "Miner | {{name:Hatfield, Boyd}} | {{id:MID-4471-0620}} | cat A | referred {{date:09/28/2023}}",
    "Miner | {{name:Sizemore, Delmar}} | {{id:MID-4471-0633}} | film quality 2 | repeat "
    "{{date:11/02/2023}}",
    "Miner | {{name:Bright-Eyes, Travis}} | {{id:MID-4471-0651}} | 1/0 s/t | letter "
    "{{date:09/29/2023}}",
    "Roster exported {{date:2024-04-30}} to {{email:health.scheme@rshq.example.gov.au}} from "
    "{{ip:10.8.22.140}}.",
    "Surveillance nurse {{name:Deolinda Mucavele}} checks the roster each Monday; cell "
    "{{phone:+27 83 555 0126}}.",
    "Asbestos register entry: {{name:Cheung, Alfred}}; employment {{date:1961}} to "
    "{{date:1989}}; last CXR {{date:2023-08-08}}.",
    "The oldest man in the retiree recall, aged {{age:93}}, had stable 1/1 p/q.",
]

# --- Mobile X-ray unit: prisons and homeless outreach -------------------------------------------

MOBILE_UNIT = [
    "Mobile unit at {{facility:HMP Pentonville}}, {{date:Tue 16 Jan 2024}}: 64 men imaged; "
    "radiographer {{name:Kofi Asamoah}}.",
    "Prisoner {{name:Darren Pickford}}, prison no. {{id:A4471CX}}, CXR reported as upper-zone "
    "consolidation; healthcare lead {{name:Joanne Tully}} informed.",
    "Reception screening, {{facility:Cook County Jail}}: booking #{{id:2024-0118337}}, "
    "{{name:Martinez, Luis A.}}, DOB {{date:02/09/1987}}.",
    "Inmate {{name:Dwayne Rutherford}}, CDCR {{id:BK4471}}, moved to {{facility:California "
    "Medical Facility}} respiratory isolation {{date:06/11/2024}}.",
    "Cell block D, {{facility:Pollsmoor Correctional Centre}}: screening {{date:2023-11-08}}; "
    "{{name:Moegamat Isaacs}} symptomatic, sputum sent.",
    "Elderly inmate {{name:Harvey Lindqvist}}, aged {{age:90}}, imaged in the infirmary rather "
    "than on the van.",
    "Outreach session at {{facility:The Passage}}, Victoria, {{date:Friday 1 March 2024}}: 22 "
    "clients; two abnormal films.",
    "Client '{{name:Mick}}' (surname not given), approx. 50, no fixed abode; CXR cavitating "
    "RUL; outreach worker {{name:Declan Farrelly}} to find him.",
    "Client {{name:Ionut Popescu}}, NHS {{id:412 660 7781}}, slept at {{facility:Crisis "
    "Skylight Hostel}}; mobile {{phone:07700 900342}}.",
    "Homeless outreach, {{facility:Pine Street Inn}}: {{name:Wanda Brightwater}}, "
    "{{date:11/14/2023}}, CXR normal; referred to "
    "{{facility:Barbara McInnis House}} for IGRA.",
    "Van stop: {{address:1001 E. Sixth Street, Los Angeles, CA 90021}} (shelter forecourt), "
    "{{date:Thu 7 Dec 2023 09:00}}.",
    "Client {{name:Shanice Odum}} gave the shelter's number, {{phone:(213) 555-0164}}, for "
    "results.",
    "Winter night shelter at {{facility:St Vincent's Hostel}}, Sydney: {{name:Gary Tilbrook}}, "
    "Medicare {{id:3381 02567 9}}, film normal.",
    "Outreach in Tondo with the city health office: {{name:Rodelio Manalastas}}, 46, "
    "{{date:March 15, 2024}}, CXR suspicious; Xpert sent.",
    "Drop-in at {{facility:Union Gospel Mission}}, Vancouver, {{date:2024-02-20}}: "
    "{{name:Cody Sinclair}}, PHN {{id:9876 543 210}}.",
    "Van images uploaded over 4G from {{ip:100.64.17.203}} to the reading hub at "
    "{{date:16/01/2024 15:40}}.",
    "Reporting radiologist for the van: Dr {{name:Priyanka Solanki}}, GMC {{id:7043218}}.",
    "Released from custody {{date:02/20/2024}}; {{name:Luis Martinez}} gave his sister's "
    "address, {{address:2318 S. Kedzie Ave, Chicago, IL 60623}}.",
    "Parole officer {{name:Raymond Kuznetsov}} agreed to bring him to the TB clinic on "
    "{{date:Feb 27}}.",
    "The {{age:91}}-year-old rough sleeper known as {{name:Albert}} declined the X-ray but "
    "accepted a sputum pot.",
    "Youth detention screening, {{facility:Banksia Hill Detention Centre}}: {{name:Tyson "
    "Wallaby-Hart}}, 16, CXR normal, {{date:05/03/2024}}.",
    "Result SMS to {{phone:0491 570 158}} from the outreach phone, sender {{name:Tahlia}}.",
    "Shelter manager Pastor {{name:Gideon Mbeki}} requested a list; declined without each "
    "client's consent.",
    "Inmate aged {{age:92}} on the medical wing declined the film; consent form signed.",
    "Shelter guest said he is {{age:90}}; no ID; CXR normal; given a card for the TB clinic.",
    "Van router WAN address {{ip:198.51.100.77}} added to the trust firewall allow list.",
    "Outreach tablet {{ip:10.77.1.204}} uploaded consent forms for {{name:Shanice Odum}}.",
    "{{name:Ionut Popescu}} gave {{address:Flat 2, 9 Caledonian Road, London N1 9DX}} as his last "
    "address.",
    "Shelter postal address: {{address:PO Box 4410, Station Terminal, Vancouver BC V6B 3Z7}}",
    "Reply from radiographer lead {{email:k.asamoah@mobilexray.example.nhs.uk}} about van "
    "bookings.",
    "Reading hub monitor on {{ip:fd00:13::2a}} showed the van offline.",
]

# --- Scanned and OCR forms -------------------------------------------------------------------

OCR_SCANS = [
    "N A M E :  {{name:D E L A  C R U Z ,  I M E L D A}}    D O B :  {{date:0 3 - 0 9 - 1 9 6 1}}",
    "PATIENT NAME ...... {{name:MAKHUBELA, JOSEPH}} ...... FILE NO ...... {{id:7734-19}}",
    "DATE OF X-RAY: {{date:14 MAR 2O23}}   READER: DR. {{name:V1LLANUEVA}}",
    "PASSP0RT N0.: {{id:P 4829 301 A}}   CASE: {{id:MNL 2023 614 882}}",
    "APPLICANT:{{name:BAUTISTA,JOSE MIGUEL}}DOB:{{date:1985-01-27}}SEX:M",
    "ADDRESS: {{address:BLK 7 LOT 12 MABINI ST BRGY SAN ROQUE ANTIPOLO CITY 1870}}",
    "TEL NO: {{phone:( 02 ) 8555 - 0176}}   EMAIL: {{email:ml.santos88 @example.ph}}",
    "CLASSIFIED BY: {{name:H . FINKELSTEIN}}   CERT #: {{id:B - 1187}}   DATE: "
    "{{date:09 / 19 / 2023}}",
    "MINER: {{name:HENSLEY DWIGHT}}  MINER ID {{id:MID4471O702}}  AGE 66  MINE: No. 7 portal",
    "EMPLOYEE: {{name:MOLEFE T.}}   CO. NO. {{id:IMP 77120}}   EXAM {{date:12.02.2024}}",
    "EXAMINING DOCTOR ____{{name:A. BOTHA}}____ HPCSA NO ____{{id:MP 0667013}}____",
    "SITE: {{facility:RUSTENBURG PLATINUM MINES HOSPITAL}}  SHAFT: 4  SHIFT: NIGHT",
    "HOME ADDRESS {{address:STAND 1142 , MERITING EXT 3 , RUSTENBURG , 0310}}",
    "RECEIVED {{date:JUL 18 2023}} - {{facility:LUNG CENTER OF THE PHILIPPINES}} - RECORDS",
    "P A T I E N T : {{name:N D L O V U  S}}   S A  I D : {{id:8 8 0 2 1 4 5 8 0 1 0 8 4}}",
    "AGE: {{age:93}}  SEX: F  RELATION TO INDEX: GRANDMOTHER",
    "Fax cover from {{facility:Whitesburg ARH Hospital}} to {{phone:606 555 0188}} - "
    "{{date:11/O2/2023}} - 4 pages",
    "lNMATE: {{name:RUTHERF0RD, DWAYNE}}  CDCR# {{id:BK 4471}}  HOUSING: B-YARD 2-118",
    "SIGNED:{{name:R.Villanueva}},M.D. PRC{{id:0098765}} DATE:{{date:06JUN2023}}",
    "Scanned {{date:2023-07-18 10:22:05}} on MFP {{ip:10.60.2.19}} by {{name:rsalazar}}",
    "ROENTGENOGRAPH1C lNTERPRETATlON - {{name:TACKETT O}} - {{date:O9/12/2O23}} - 1/0 q/t",
    "REF: {{facility:ST. LUKE'S MEDICAL CENTER EXTENSION CLINIC}} / PANEL / {{name:SANTOS M L R}}",
]

# --- System lines: uploads, HL7, audit and e-mail headers -------------------------------------

SYSTEM_LINES = [
    "PID|1||{{id:00418827}}^^^PMC^MR||{{name:HARGROVE^DELBERT^W}}||{{date:19540722}}|M",
    "OBR|1|{{id:ORD-7731904}}|{{id:LDCT23-004417}}|71271^CT CHEST LOW DOSE SCREEN|||"
    "{{date:202303140842}}",
    "PID|1||{{id:3349118206}}^^^ON^JHN||{{name:BOUCHARD^LISE^M}}||{{date:19570403}}|F",
    "Audit: user {{name:jokafor}} opened the 4A/4B tracker from {{ip:10.24.9.102}} at "
    "{{date:2024-01-02 07:58}}.",
    "From: {{email:hope.carrington@pikevillemed.example.org}}  To: "
    "{{email:bcrowe@riversidefp.example.org}}  Subject: LR 4A result",
    "eMedical sync {{date:23/10/2024 16:05}}: HAP {{id:77541230}} status 'Finalised' by "
    "{{name:efoo}} from {{ip:198.51.100.23}}.",
    "DICOM push failed from van modality {{ip:100.64.17.203}} for study "
    "{{id:1.2.826.0.1.3680043.9.7211.240116.15033}}.",
    "Reading hub login: {{name:psolanki}} from {{ip:2001:db8:4a1::17}}, "
    "{{date:Tue 16 Jan 2024 15:51}}.",
    "Portal invite for {{name:Rose Tackett}} sent to {{email:rosetackett1951@example.com}}: "
    "{{url:https://portal.lungcheck.example.org/invite/RT51-0093}}",
    "Booking confirmation: {{url:https://outreach-xray.example.org.uk/slot/PN-16JAN-0412}}",
    "CWHSP upload batch from {{ip:172.31.5.66}}; reader {{id:B-1187}}; {{date:09/19/2023}}.",
    "ADT^A04 for {{name:KHUMALO^LERATO}} MRN {{id:JNB-556120}} at {{facility:Helen Joseph "
    "Hospital}} {{date:20240208101500}}",
    "Patient-portal message from {{email:faith.okoro@example.co.uk}} asking for her LDCT "
    "report; replied by {{name:Siân Griffiths}}.",
    "Mail merge for Lung-RADS letters ran on {{ip:10.24.8.17}}; template LR3-v4; first letter to "
    "{{name:Nguyen Thi Lan}}.",
    "Forwarded link {{url:https://emedical.example.gov.au/case/HAP77541230/images}} to Dr "
    "{{name:Foo}} for second opinion.",
    "Personal page shared by the client: {{url:http://www.example.com/~mick.outreach/letters}}",
    "TB register export from {{ip:10.150.3.44}}: {{id:DRTB-GP-23-0912}} and "
    "{{id:BAR-2210-4471}} flagged for review.",
    "Voicemail {{date:Mon 4 Mar 2024 16:22}} from {{name:Winifred Ng}}, "
    "{{phone:0491 570 156}}, asking to rebook.",
    "Results e-mail for {{name:Jarrah Whitlock}}: {{email:jarrah.whitlock@example.com.au}}; "
    "link {{url:https://results.imed-mackay.example.com.au/v/JW-6017}}",
    "Referral form at {{url:https://tbclinic.vgh.example.ca/refer?client=8876-5512}} filed for "
    "{{name:Oluwaseun Adebayo}}.",
    "Claim portal link for the widow: {{url:https://blacklung.example-dol.gov/claim/caudill-e}}",
    "AGE/SEX: {{age:97}}/M   RELATION: father of applicant   CXR: no active disease",
]

# --- Clean: lung screening reports ---------------------------------------------------------------

CLEAN_LDCT = [
    "LUNG CANCER SCREENING PROGRAM - LOW-DOSE CT CHEST WITHOUT CONTRAST.",
    "TECHNIQUE: Low-dose helical CT of the chest, 120 kVp, 30 reference mAs, 1 mm reconstructions.",
    "Scanner: Siemens SOMATOM go.Top; protocol LDCT protocol v3; CTDIvol 1.3 mGy; DLP 48 mGy·cm.",
    "Scanner: GE Revolution EVO, ASiR-V 50%, lung kernel, 1.25 mm slices at 0.625 mm intervals.",
    "COMPARISON: None. This is the baseline screening examination.",
    "COMPARISON: Prior screening LDCT, 12 months earlier.",
    "LUNGS: No solid, part-solid or ground-glass nodule of 6 mm or larger.",
    "A 3 mm solid nodule in the right upper lobe (series 3, image 87) is unchanged.",
    "A 5 mm perifissural nodule along the right minor fissure has a benign appearance.",
    "New 7 mm solid nodule in the superior segment of the left lower lobe (series 2, image 164).",
    "Part-solid nodule, left upper lobe, total diameter 14 mm with a 5 mm solid component.",
    "Ground-glass nodule 18 mm in the right middle lobe, stable over three rounds.",
    "Juxtapleural nodule with internal fat, consistent with an intrapulmonary lymph node.",
    "Calcified granuloma in the lingula; no further evaluation needed.",
    "Centrilobular emphysema, moderate, upper-lobe predominant.",
    "Paraseptal emphysema with small apical bullae bilaterally.",
    "Mild bronchial wall thickening; mucus plugging in the right lower lobe bronchi.",
    "Tree-in-bud opacities in the right lower lobe, likely infectious or inflammatory.",
    "Dependent atelectasis at both bases; no consolidation.",
    "No pleural effusion or pneumothorax.",
    "HEART AND VESSELS: Coronary artery calcification, moderate (visual score 2).",
    "Ascending aorta 4.1 cm; recommend correlation with dedicated imaging.",
    "MEDIASTINUM: No lymphadenopathy by size criteria.",
    "UPPER ABDOMEN: 1.8 cm left adrenal nodule, under 10 HU, consistent with an adenoma.",
    "Hepatic steatosis incidentally noted.",
    "BONES: Degenerative changes of the thoracic spine; no aggressive lesion.",
    "IMPRESSION: Lung-RADS 1. Negative. Continue annual screening with LDCT in 12 months.",
    "IMPRESSION: Lung-RADS 2. Benign appearance or behavior. Annual LDCT in 12 months.",
    "IMPRESSION: Lung-RADS 3. Probably benign. LDCT in 6 months.",
    "IMPRESSION: Lung-RADS 4A. Suspicious. LDCT in 3 months; PET/CT may be used if there is a "
    "solid component of 8 mm or larger.",
    "IMPRESSION: Lung-RADS 4B. Very suspicious. Chest CT with or without contrast, PET/CT and/or "
    "tissue sampling.",
    "Lung-RADS 4X: category 3 or 4 nodule with additional features that increase suspicion.",
    "Lung-RADS 0: incomplete; prior chest CT examinations being located for comparison.",
    "S modifier: clinically significant finding unrelated to lung cancer (aortic aneurysm).",
    "Brock model malignancy risk 8.4% for the dominant nodule.",
    "PanCan probability 2.1%; Fleischner guidelines do not apply to screening cases.",
    "Volume doubling time over 600 days, in keeping with a benign nodule.",
    "No findings suspicious for malignancy. See above.",
    "Westermark sign absent; no Hampton hump; no pulmonary embolism on this non-contrast study.",
    "Pancoast region clear bilaterally.",
    "Right upper lobe spiculated mass with pleural tag and an air bronchogram.",
    "RIGHT UPPER LOBE: 9 mm solid nodule. LEFT LOWER LOBE: clear.",
]

# --- Clean: shared-decision visits and result letters ------------------------------------------

CLEAN_SDM_LETTERS = [
    "Shared decision-making visit (HCPCS G0296) with use of a decision aid.",
    "Eligibility: age 50 to 80, at least 20 pack-years, current smoker or quit within 15 years.",
    "Patient is 72, a former smoker with 38 pack-years, quit 9 years ago.",
    "Patient is 56 and smokes one pack a day; pack-years 40.",
    "Discussed benefits, false positives, overdiagnosis and radiation exposure.",
    "Patient able to tolerate surgery if a cancer is found; no home oxygen.",
    "Counselled on the importance of annual adherence.",
    "Smoking cessation counselling given; nicotine patch 21 mg and varenicline discussed.",
    "Referred to 1-800-QUIT-NOW and the hospital tobacco treatment service.",
    "Interpreter used: Vietnamese, by video.",
    "PLCOm2012 risk 2.6%; above the 1.51% threshold for a Lung Health Check.",
    "Telephone triage by the lung health nurse; spirometry offered at the same visit.",
    "Patient declined LDCT today and will think about it.",
    "Patient has a pacemaker; not a contraindication to CT.",
    "Dear Patient,",
    "Dear Sir or Madam,",
    "Thank you for attending your lung screening appointment.",
    "Your scan did not show any signs of lung cancer.",
    "Your scan showed a small spot on the lung, called a nodule. Most nodules are not cancer.",
    "We would like you to have another scan in 6 months to check that the spot has not changed.",
    "Your doctor has been sent a copy of this letter.",
    "If you still smoke, stopping is the best thing you can do for your health.",
    "Lung screening is not a substitute for seeing your doctor if you have symptoms.",
    "Symptoms to report: a cough for three weeks or more, coughing up blood, weight loss.",
    "This letter is available in large print and other languages on request.",
    "Yours sincerely,",
    "Lung Health Nurse, Targeted Lung Health Check",
    "Nurse Navigator, Lung Screening Program",
    "Medical Director, Lung Screening Program",
    "Results are also posted in the patient portal within 3 business days.",
    "Votre examen ne montre aucun signe de cancer du poumon.",
    "Lung-RADS category definitions: https://www.acr.org/Clinical-Resources/Lung-RADS",
    "USPSTF recommendation: annual screening for adults 50 to 80 years (grade B).",
    "The NHS Targeted Lung Health Check is offered to people aged 55 to 74 who have ever smoked.",
]

# --- Clean: tracking and programme administration --------------------------------------------

CLEAN_ADMIN = [
    "| # | NAME | MRN | LR | NEXT DUE | NAVIGATOR |",
    "Tracking list sorted by due date; Lung-RADS 4A and 4B listed first.",
    "Overdue >90 days: 14 patients; letters queued.",
    "Three attempts by phone, then a certified letter, per program policy.",
    "Lost to follow-up after two letters returned undeliverable.",
    "Report run every Monday at 06:00.",
    "Navigator caseload: 212 active, 31 pending scans, 7 awaiting biopsy.",
    "Adherence to annual screening at 15 months: 61%.",
    "Positive rate this quarter 9.8%; cancer detection rate 1.1%.",
    "Stage I-II at diagnosis: 73% of screen-detected cancers.",
    "CPT 71271, low-dose CT for lung cancer screening.",
    "ICD-10 Z87.891, personal history of nicotine dependence; F17.210 for current smokers.",
    "Registry submission to the ACR Lung Cancer Screening Registry completed for the quarter.",
    "Mobile CT unit parked in Bay 4 from 08:30 to 15:00, Tuesday to Thursday.",
    "The mobile CT unit will be in Knowsley next month.",
    "Worklist filter: Lung-RADS 3, due within 30 days.",
    "[NAME] moved out of the area; records sent to the new practice.",
    "Patient ID: [REDACTED]; MRN: XXXXXXX.",
    "Tracking rows with a deceased flag are removed at the month-end run.",
    "Letter template LR3-v4 updated to reflect Lung-RADS v2022 wording.",
    "Room 214, Lung Screening Clinic, Level 2.",
    "Ward 7B and the Cardiothoracic ICU are not part of the screening pathway.",
]

# --- Clean: immigration medical and panel physician forms ---------------------------------------

CLEAN_PANEL = [
    "DS-3030 CHEST X-RAY AND CLASSIFICATION WORKSHEET",
    "DS-2054 Medical Examination for Immigrant or Refugee Applicant.",
    "DS-3025 Vaccination Documentation Worksheet attached.",
    "Chest X-ray findings: Normal.",
    "Chest X-ray findings: Abnormal, can suggest TB; sputum smears and cultures required.",
    "Findings that can suggest TB: infiltrate or consolidation, cavitary lesion, nodule with "
    "poorly defined margins, pleural effusion, hilar or mediastinal adenopathy.",
    "Other findings: smooth pleural thickening, calcified granuloma, minor musculoskeletal "
    "findings.",
    "TB classification: Class A, TB disease; Class B1, TB pulmonary; Class B2, LTBI evaluation.",
    "No Class: no TB signs or symptoms, no history of TB.",
    "Three sputum specimens for smear and culture, collected on consecutive days.",
    "Cultures are held for 8 weeks before they are reported as negative.",
    "Directly observed therapy at the panel site before departure.",
    "Applicant is 8; IGRA required for children aged 2 to 14 in high-incidence countries.",
    "Applicant is 34, pregnant at 20 weeks; chest X-ray deferred with shielding option discussed.",
    "Applicant states no previous TB treatment and no known TB contact.",
    "eMedical 501 Chest X-ray Examination and 502 Medical Examination completed.",
    "eMedical case status: Finalised.",
    "Grade: No abnormality detected.",
    "Grade: Abnormal; findings consistent with old healed TB; referred for sputum tests.",
    "The panel radiologist's report must be in English.",
    "Medical surveillance undertaking required on arrival (IMM 0535).",
    "IME results are valid for 12 months from the exam.",
    "UK TB Detection Programme: chest X-ray for applicants aged 11 and over.",
    "TB clearance certificate valid for six months from the chest X-ray.",
    "Photograph of the applicant compared with the passport photo at registration.",
    "Panel physician, radiologist and laboratory are listed on the embassy's approved panel.",
    "Fee for the chest X-ray paid at the cashier; receipt kept in the file.",
    "Sealed envelope to be carried unopened to the port of entry.",
    "Film labelled with applicant photograph and barcode; digital image sent via eMedical.",
    "Dual read for every abnormal film, per the technical instructions.",
    "Manila, Cebu City and Davao City sites use the same reading protocol.",
    "Applicant arrived from Johannesburg; exam at the Pretoria site.",
    "Philippines, South Africa and Vietnam are high-incidence countries for these instructions.",
]

# --- Clean: TB clinic and contact tracing ---------------------------------------------------------

CLEAN_TB = [
    "Fibrocalcific changes at the right apex, consistent with old healed TB.",
    "Calcified Ghon complex in the right mid zone and right hilum.",
    "Ranke complex; no active disease.",
    "Cavitating consolidation in the right upper lobe, suspicious for active pulmonary TB.",
    "Miliary nodules throughout both lungs.",
    "Right paratracheal and hilar lymphadenopathy in a child, suggestive of primary TB.",
    "Left pleural effusion, moderate; pleural fluid ADA 62 U/L.",
    "Apical pleural capping bilaterally; no parenchymal lesion.",
    "Sputum AFB smear x3 negative; culture pending.",
    "GeneXpert MTB/RIF Ultra: MTB not detected.",
    "Xpert MTB/RIF Ultra: MTB detected, medium; rifampicin resistance not detected.",
    "Line probe assay: isoniazid resistance (katG).",
    "QuantiFERON-TB Gold Plus positive; TST 15 mm.",
    "Mantoux 12 mm induration at 72 hours.",
    "Started RHZE: rifampicin, isoniazid, pyrazinamide, ethambutol, weight-banded dosing.",
    "BPaL regimen (bedaquiline, pretomanid, linezolid) for rifampicin-resistant TB.",
    "3HP (isoniazid plus rifapentine weekly for 12 weeks) for latent TB infection.",
    "Pyridoxine 25 mg daily with isoniazid.",
    "Baseline visual acuity and Ishihara test before ethambutol.",
    "DOT Monday to Friday at the clinic; weekend doses self-administered.",
    "Video observed therapy via the app; adherence 94% this month.",
    "Airborne isolation until three negative smears.",
    "Patient counselled about cough hygiene and ventilation at home.",
    "Contact tracing: household contacts first, then workplace, then casual contacts.",
    "Contacts under 5 years: window prophylaxis if the first test is negative.",
    "Concentric circle approach; stop widening when the infection rate equals background.",
    "Index case sputum smear positive, cavitary disease: high-priority contacts.",
    "CONTACT | NAME | AGE | RELATION | CXR | IGRA",
    "Aircraft contacts only for flights longer than 8 hours.",
    "Notified to the public health unit within 24 hours.",
    "TB nurse will phone on Thursday to review side effects.",
    "Household contacts of the child: mother, father, two siblings, aged 4 and 9.",
    "End-of-treatment chest X-ray: residual fibrosis right upper lobe, no cavity.",
    "Treatment outcome: cured.",
    "Treatment outcome: lost to follow-up after month 3.",
    "DOTS facility and barangay health worker recorded in the TB register.",
    "The Find and Treat van visits hostels across London on a rota.",
    "Soweto, Khayelitsha and Tondo are on the active case-finding route this year.",
]

# --- Clean: ILO classifications and occupational health -----------------------------------------

CLEAN_ILO = [
    "ROENTGENOGRAPHIC INTERPRETATION FORM (CDC/NIOSH 2.8)",
    "Classified according to the ILO International Classification of Radiographs of "
    "Pneumoconioses, revised edition 2011.",
    "Film quality: 1 (good).",
    "Film quality: 2 (acceptable); underexposed, no technical defect that would impair "
    "classification.",
    "Film quality: 3 (poor, with some technical defect but still acceptable for classification).",
    "Film quality: U/R (unacceptable); repeat radiograph requested.",
    "Any parenchymal abnormalities consistent with pneumoconiosis? YES.",
    "Small opacities: shape/size primary q, secondary t; zones R U M, L U M; profusion 1/0.",
    "Small opacities q/t 1/0 in the upper and middle zones.",
    "Profusion 0/1; small rounded opacities p/p in the right upper zone only.",
    "Small opacities p/q 1/1, upper zones, bilaterally.",
    "Small irregular opacities s/t 1/0, lower zones, consistent with asbestosis.",
    "Profusion 2/2, r/q, all six zones.",
    "Large opacities: category A.",
    "Large opacities: O (none).",
    "Large opacity category B in the right upper zone, consistent with progressive massive "
    "fibrosis.",
    "Pleural abnormalities consistent with pneumoconiosis: YES. Plaques, chest wall, in profile, "
    "right side, extent 2, width a.",
    "Pleural plaques, face on, left side, extent 1; calcification present.",
    "Diaphragm plaque on the left; costophrenic angle obliteration on the right.",
    "Diffuse pleural thickening, in profile, left, extent 2, width b.",
    "Symbols: ax, em, hi.",
    "Symbols: es (eggshell calcification of hilar nodes).",
    "Symbols: co, tb.",
    "Other abnormalities: tb suspected; should be reported to the worker's physician.",
    "Classification 0/0: no radiographic evidence of pneumoconiosis.",
    "Caplan syndrome considered: multiple peripheral rounded nodules with rheumatoid arthritis.",
    "Eggshell calcification of hilar lymph nodes, in keeping with silicosis.",
    "Accelerated silicosis in an engineered stone worker aged 38.",
    "Coal workers' pneumoconiosis, simple, category 1.",
    "ICD-10 J60 Coalworker's pneumoconiosis; J62.8 pneumoconiosis due to other dust containing "
    "silica.",
    "ICD-10 J61 pneumoconiosis due to asbestos and other mineral fibres.",
    "Radiographs compared side by side with the ILO standard films.",
    "Two B readers agreed within one minor category; no third read needed.",
    "Final determination follows the median of the three classifications.",
    "Reading done without knowledge of the worker's exposure history.",
    "B Reader, Board-certified Radiologist.",
    "The worker is 61 and has worked underground for 34 years.",
    "Digital radiograph, soft-copy classification on a DICOM-calibrated monitor.",
]

CLEAN_OCC = [
    "Coal Workers' Health Surveillance Program (CWHSP): free chest X-rays every five years.",
    "The Part 90 option lets a miner with evidence of pneumoconiosis transfer to a low-dust job.",
    "Dear Employer,",
    "Re: Statutory health surveillance for workers exposed to asbestos.",
    "Fit for work with asbestos; next medical due in two years.",
    "Fit with restrictions: no work in dusty environments pending HRCT.",
    "Temporarily unfit for underground work.",
    "Certificate of Fitness issued under the Mine Health and Safety Act.",
    "Referred to the Medical Bureau for Occupational Diseases for certification.",
    "The worker has consented to this letter being sent to the employer.",
    "Individual results are confidential; the employer receives fitness only.",
    "HSE appointed doctor; medical surveillance under the Control of Asbestos Regulations.",
    "Respiratory protective equipment: P3 half-face respirator, fit-tested.",
    "Spirometry: FEV1 78% predicted, FVC 84% predicted, ratio 0.71.",
    "Exposure history: sandblasting for 6 years, no respirator.",
    "Welder for 22 years in the shipyard; no asbestos lagging since the 1990s rules came in.",
    "Employer: the mine. Shaft 4, night shift.",
    "Occupational Medical Practitioner",
    "Occupational Health Physician, Occupational Health Service",
    "The shipyard's paint shop and pipe shop are on the surveillance list.",
    "Dust monitoring results are reviewed by the mine's occupational hygienist.",
    "Rustenburg, Klerksdorp and Carletonville sites use the same roster format.",
    "Workers in Mackay and the Bowen Basin are read under the Queensland scheme.",
    "Hazard, Pikeville and Whitesburg are on the van's autumn route.",
    "Roster: SURNAME, INITIAL | CLOCK NO. | ILO | ACTION",
    "Queensland Coal Mine Workers' Health Scheme: chest X-ray at least every five years.",
    "WSIB occupational disease claim; silica exposure in a foundry.",
]

# --- Clean: mobile X-ray unit (prisons, outreach) ---------------------------------------------

CLEAN_MOBILE = [
    "Mobile digital X-ray unit; portable generator; images read remotely within 2 hours.",
    "CAD4TB score 78; flagged for radiologist review.",
    "CAD4TB score 12; below threshold, no further action.",
    "qXR flagged a right upper zone opacity; radiologist agrees.",
    "Reception screening for all new prisoners within 24 hours of arrival.",
    "Wing C, cell 14: symptomatic prisoner moved to the healthcare unit.",
    "Housing unit B-yard, bed 118; respiratory isolation cell on the medical wing.",
    "Officers present for escort; consent obtained in a private area.",
    "The van parks at the hostel forecourt on Thursdays from 09:00.",
    "Outreach worker to locate the client and bring him to the clinic.",
    "Client declined the X-ray but accepted a sputum pot.",
    "No fixed abode; prefers to be contacted through the day centre.",
    "Client is 47, rough sleeping for 2 years, smokes, cough for 6 weeks.",
    "Client is 63; history of incarceration; previous TB treatment incomplete.",
    "Food vouchers given as an incentive to complete sputum collection.",
    "Abnormal film: same-day call to the TB nurse.",
    "Images uploaded over 4G when the van's wired link is unavailable.",
    "Radiographer, Mobile X-ray Unit",
    "Outreach Worker, Find and Treat",
    "Healthcare lead, prison healthcare team.",
    "Digital detector: Carestream DRX; exposure 110 kVp, 2 mAs.",
    "The unit screened 64 men at the prison and 22 clients at the day centre this week.",
    "Referral to the local TB service; hospital transport arranged.",
    "Unable to stand: film taken seated, AP projection.",
    "Youth detention clients aged 14 to 17 screened with parental consent where possible.",
]

# --- Clean: short lines and headers -------------------------------------------------------------

CLEAN_SHORT = [
    "No change.",
    "See above.",
    "Normal.",
    "Page 2 of 3.",
    "End of report.",
    "FINDINGS:",
    "IMPRESSION:",
    "RECOMMENDATION:",
    "ADDENDUM:",
    "CLINICAL INDICATION: Lung cancer screening.",
    "CLINICAL INDICATION: Visa medical.",
    "CLINICAL INDICATION: Occupational surveillance, coal dust exposure.",
    "Signed electronically.",
    "Dictated but not read.",
    "Report verified by the reading radiologist.",
    "Awaiting outside films.",
    "Called patient, no answer; voicemail left.",
    "Patient did not attend.",
    "Rebooked for next Tuesday.",
    "Interpreter requested.",
    "[NAME], [DOB], [MRN] removed from this copy.",
    "Dr [REDACTED] reviewed the study.",
    "CONFIDENTIAL - MEDICAL IN CONFIDENCE",
    "Copy to: referring clinician.",
    "For emergencies call 911.",
    "In an emergency dial 000.",
    "NHS 111 can help if you are worried.",
    "C H E S T  X - R A Y :  N O R M A L    C L A S S :  A",
    "FILM QUALITY 1   PROFUSION 0/0   PLEURAL: NO   SYMBOLS: NONE",
    "SMALL OPACITIES: q / t   ZONES: R U M  L U M   PROFUSION 1 / 0",
    "RESULT ..... LUNG-RADS 2 ..... NEXT SCAN ..... 12 MONTHS",
    "TB SYMPTOMS: NIL   SPUTUM: NOT REQUIRED   CLASS: NO CLASS",
]


HELD_OUT13 = (
    LDCT_HEADERS
    + LDCT_FINDINGS
    + SDM_VISITS
    + LUNG_RADS_LETTERS
    + TRACKING_LISTS
    + PANEL_FORMS
    + TB_CLINIC
    + CONTACT_TRACING
    + ILO_READS
    + OCC_LETTERS
    + SURVEILLANCE_ROSTERS
    + MOBILE_UNIT
    + OCR_SCANS
    + SYSTEM_LINES
)

CLEAN_HELDOUT13 = (
    CLEAN_LDCT
    + CLEAN_SDM_LETTERS
    + CLEAN_ADMIN
    + CLEAN_PANEL
    + CLEAN_TB
    + CLEAN_ILO
    + CLEAN_OCC
    + CLEAN_MOBILE
    + CLEAN_SHORT
)
