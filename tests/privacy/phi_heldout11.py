"""Held-out PHI set 11: the text archive of a large private radiology practice in the southern
and western United States.

The practice reads for community hospitals, a veterans' medical center, a children's hospital,
urgent-care clinics and outpatient imaging centers. The sample holds chest radiograph and chest CT
reports (emergency, inpatient, outpatient and pediatric), preliminary and final reads, addenda,
critical-result documentation, peer review, referral and results letters, scheduling and
prior-authorization lines, billing and insurance lines, PACS/RIS administration messages and notes
of telephone calls with patients.

Every person, record number, telephone number, e-mail address, URL, IP address and street address
is invented; facility names may be those of real institutions, used only as names. The radiology
practice itself is a facility and is marked wherever it is named.

Markup: ``{{kind:text}}`` with kinds name, date, id, phone, email, url, ip, address, facility, age.
Titles and degrees stay outside name spans; an id span holds the value, not its label; a time or
weekday written against a date is part of the date; ages are marked only when over 89; "the" before
a facility name stays outside. Ages of 89 and under, times and weekdays alone, eponyms, devices,
drug names, codes, room and bed numbers, wards and generic department words are not PHI.

``HELD_OUT11`` holds the sentences with PHI, ``CLEAN_HELDOUT11`` the sentences with none.
"""

from __future__ import annotations

EMERGENCY_CHEST = [
    "PATIENT: {{name:Delgado, Marisol A.}}  MRN: {{id:40017735}}  DOB: {{date:02/11/1958}}  "
    "ACC#: {{id:DSR24-118830}}",
    "EXAM: XR CHEST PORTABLE 1V  DATE OF SERVICE: {{date:03/09/2024 02:14}}  LOCATION: "
    "{{facility:Banner Desert Medical Center}} ED",
    "Comparison: PA and lateral chest {{date:11/22/2023}} from {{facility:Mesa Vista Urgent Care}}.",
    "HISTORY: {{age:93}}-year-old female from {{facility:Sunrise Manor Nursing and Rehabilitation}} "
    "with hypoxia, fever and a new oxygen requirement.",
    "Ordering: {{name:Kevin Tran}}, PA-C (ED), callback {{phone:(602) 555-0148}}.",
    "Preliminary findings discussed with Dr. {{name:Abernathy}} at 03:02 on {{date:3/9/24}}; he "
    "verbalized understanding.",
    "Electronically signed by {{name:Rachel M. Sandoval}}, MD on {{date:03/09/2024 07:51}}.",
    "Pt: {{name:WASHINGTON, DARNELL}} | MRN {{id:E2290417}} | Enc {{id:882019334}} | "
    "{{facility:Methodist Dallas Medical Center}} ED Pod C",
    "CLINICAL INDICATION: chest pain after MVC on I-35 on {{date:04/02/2024}}; 27 yo restrained "
    "driver.",
    "XR CHEST 2 VIEWS, {{facility:HonorHealth Scottsdale Osborn Medical Center}}, acc "
    "{{id:HO7736120}}, read {{date:Apr 3, 2024 11:26}}.",
    "Compared with CT chest of {{date:January 8, 2024}} performed at "
    "{{facility:Tucson Medical Center}}.",
    "The {{age:96}}-year-old patient could not stand; AP semi-upright technique.",
    "Reason for exam: SOB, hx CHF, followed by Dr. {{name:Okonkwo}} in cardiology.",
    "Name: {{name:Begay, Loretta}}   DOB {{date:7/30/1949}}   MRN {{id:NM0048812}}   Facility: "
    "{{facility:Gallup Indian Medical Center}}",
    "Patient {{name:Nguyễn Thị Hoa}}, MRN {{id:3301927}}, arrived from triage at 14:10 on "
    "{{date:2024-02-17}}.",
    "IMPRESSION: Right lower lobe pneumonia. No effusion. Findings texted to {{name:Jolene Harkins}}, "
    "NP at {{phone:505-555-0161}}.",
    "Study: CR CHEST PA/LAT  Accession {{id:UMC-24-0519922}}  {{facility:University Medical Center "
    "of Southern Nevada}}  Requested by {{name:Bautista, Ramon}} MD",
    "Prior outside film dated {{date:12-Oct-2022}} was pushed to PACS by "
    "{{facility:Valley Hospital Medical Center}} and reviewed.",
    "{{age:91}} yo M, fall at home, r/o rib fx. Rib series to follow if pain persists.",
    "Pt arrived by EMS from {{address:3318 W. Kearney Blvd, Fresno, CA 93706}} with productive "
    "cough.",
    "Read by {{name:Tomasz Wiśniewski}}, MD, {{facility:Desert Sky Radiology Associates}}, on "
    "{{date:Sun 02/25/2024 23:58}}.",
    "ED attending {{name:Carla Yazzie}}, DO was informed of the widened mediastinum at 01:35 on "
    "{{date:02/26/2024}}.",
    "Repeat film after chest tube placement, {{date:2/26/2024 04:40}}, shows re-expansion of the "
    "left lung.",
    "Patient {{name:Holloway, Beatrice}} (DOB {{date:05/19/1931}}) is a {{age:92}}-year-old "
    "resident of {{facility:The Arbors at Dallas}}.",
    "Exam ordered under a trauma alias with temporary MRN {{id:T9900412}}; merged to the record "
    "of {{name:Dominic Farrow}} on {{date:04/11/2024}}.",
    "HISTORY: cough x 3 weeks, recent travel from Hermosillo; evaluate for TB. Isolation order "
    "placed by Dr. {{name:Priya Raghunathan}}.",
    "Acc {{id:SJ4471830}}  {{facility:St. Joseph's Hospital and Medical Center}}  CXR 1V  "
    "{{date:01/03/2024}}",
    "No acute cardiopulmonary process. Compared with {{date:06/14/2023}}.",
    "Called result to the {{facility:Banner Thunderbird Medical Center}} ED charge nurse "
    "{{name:Deshawn Greer}} at 19:22.",
    "Portable chest for line check on {{name:Ochoa-Villarreal, Esperanza}}, bed 12, "
    "{{date:03/30/2024 05:05}}.",
    "Patient states prior chest x-ray was done at {{facility:CVS MinuteClinic}} in "
    "{{date:October 2023}}; images not available.",
    "CXR for Mr. {{name:Eugene Pettaway}}, "
    "{{age:90}}, with hemoptysis; compared to {{date:9/2/2021}}.",
]

CT_READS = [
    "CT CHEST WITH CONTRAST (PE PROTOCOL)  Patient: {{name:Haddad, Samira}}  MRN: {{id:77120458}}  "
    "Acc: {{id:CT24-0093316}}  Date: {{date:05/14/2024 21:03}}",
    "Study Instance UID {{id:1.2.840.113619.2.428.3.678359298.412.1715722983.118}}",
    "Comparison: CT chest {{date:08/07/2023}} at {{facility:Christus Santa Rosa Hospital - "
    "Westover Hills}}.",
    "Indication: {{age:94}}-year-old male with pleuritic chest pain and D-dimer of 2.8.",
    "FINDINGS: Saddle embolus. RV/LV ratio 1.4. Discussed with Dr. {{name:Farouk Haddad}} at "
    "21:40, {{date:5/14/2024}}.",
    "LDCT LUNG SCREENING, baseline. Patient {{name:Castellanos, Ignacio}}, DOB {{date:10/02/1956}}, "
    "{{facility:Saguaro Outpatient Imaging}}.",
    "Shared decision-making visit documented by {{name:Amber Lujan}}, NP on {{date:01/16/2024}}.",
    "Lung-RADS 3. A 7 mm part-solid nodule in the RUL (series 3, image 88); follow-up LDCT in 6 "
    "months, due {{date:July 2024}}.",
    "CT CHEST WO: {{name:Pham, Minh Quan}}, acc {{id:OIC-553021}}, outpatient, ordered by "
    "{{name:Lisa Kowalczyk}}, MD of {{facility:Southwest Pulmonary Associates}}.",
    "Follow-up of the 9 mm LLL nodule first seen on {{date:03/03/2022}}; stable for two years.",
    "HRCT with prone and expiratory images for {{name:Odette Fontenot}} ({{age:90}} y/o), "
    "suspected UIP; compared to {{date:Feb 2021}}.",
    "Inpatient CT chest/abd/pelvis, {{facility:Ochsner Medical Center - Baton Rouge}}, room 5112, "
    "accession {{id:OMC2418842}}.",
    "The patient, {{name:Tremaine Bellamy}}, had a right upper lobectomy in {{date:2018}} for "
    "adenocarcinoma.",
    "History of Hodgkin lymphoma treated at {{facility:MD Anderson Cancer Center}} in "
    "{{date:1998}}; mantle radiation.",
    "CTA CHEST for dissection. Ordered STAT by {{name:Ellsworth, Janine}}, MD, {{date:06/22/2024 "
    "16:55}}.",
    "Outside CT from {{facility:Lovelace Medical Center}} dated {{date:04/29/2024}} was imported "
    "under accession {{id:EXT-0042277}}.",
    "Patient {{name:Ayasha Tsosie}} is a 61-year-old with a 40 pack-year history, referred from "
    "{{facility:Presbyterian Hospital}}.",
    "Impression dictated by {{name:Alan J. Whitcomb}}, MD; transcribed {{date:06/23/2024 08:14}}.",
    "CT chest for staging, {{name:Rosalind Okafor}}, MRN {{id:HB-2290551}}, {{facility:Memorial "
    "Hermann Texas Medical Center}}.",
    "Prior PET/CT of {{date:9/19/2023}} showed SUV max 11.2 in the left hilar mass.",
    "Mediastinal window review with Dr. {{name:Lindqvist}} at tumor board on {{date:Wed "
    "07/10/2024}}.",
    "CT guided biopsy of the RUL mass was performed by Dr. {{name:Rafael Esquivel}} on "
    "{{date:07/12/2024}}; no pneumothorax on post-procedure images.",
    "Specimen labeled with patient {{name:Greer, Lamont}} and accession {{id:IR24-7710}} sent to "
    "{{facility:Sonora Quest Laboratories}}.",
    "Coronary calcium incidentally noted; recommend correlation with Dr. {{name:Hsu}}, PCP.",
    "Repeat CT on the {{date:3rd of June, 2024}} shows resolution of the ground-glass opacities.",
    "Patient {{name:Joaquín Ybarra}}, {{age:97}}, from {{facility:Casa de las Campanas}}, imaged "
    "for aspiration.",
    "Chest CT for {{name:Lucille Broussard}} (MRN {{id:5518204}}) shows a new left effusion.",
]

PEDIATRIC = [
    "PATIENT: {{name:Salazar, Mateo}}  DOB: {{date:08/14/2021}}  MRN: {{id:PCH0091274}}  "
    "{{facility:Phoenix Children's Hospital}}",
    "2-year-old with wheezing and fever; mother {{name:Yesenia Salazar}} at bedside.",
    "CHEST 2V, {{facility:Cook Children's Medical Center}}, acc {{id:CK24-33187}}, "
    "{{date:12/02/2023 09:18}}.",
    "Ordering: {{name:Harper Lindgren}}, MD (PICU), pager {{phone:817-555-0119}}.",
    "Foreign body aspiration suspected; a coin was seen on a film from {{facility:NextCare Urgent "
    "Care}} dated {{date:11/30/2023}}.",
    "Neonate Baby Girl {{name:Ramirez}}, MRN {{id:NB24-00817}}, born {{date:01/21/2024 03:44}} at "
    "{{facility:Dell Children's Medical Center}}.",
    "NICU portable: ETT 1 cm above carina. Called to {{name:Monique Abernathy}}, NNP at 06:10.",
    "Patient {{name:Aaliyah Jefferson}}, age 9, followed by {{facility:Texas Children's Hospital}} "
    "pulmonology for cystic fibrosis.",
    "Compared with radiograph from {{date:Aug 19 2023}}, bronchiectasis is slightly worse in the "
    "right upper lobe.",
    "Child protection team (Dr. {{name:Vanessa Holbrook}}) requested a skeletal survey on "
    "{{date:02/08/2024}}.",
    "Healing posterior rib fractures in a 4-month-old; findings conveyed to CPS caseworker "
    "{{name:Dionne Marchetti}} at {{phone:(210) 555-0182}}.",
    "Guardian: {{name:Reginald Okafor}}, {{address:905 Magnolia Ave, Apt 3, Shreveport, LA 71104}}.",
    "Pediatric CT chest, low-dose, for {{name:Eli Whitehorse}}, acc {{id:PCT-2024-1209}}, ordered "
    "by {{name:Benjamin Cho}}, MD.",
    "Sedation by {{name:Thanh Le}}, CRNA; scan start 10:42 on {{date:03/21/2024}}.",
    "Infant {{name:Zoë Kaplan-Ruiz}} returned on {{date:04/04/2024}} for follow-up of the "
    "congenital pulmonary airway malformation.",
    "Please send results to Dr. {{name:Olamide Adeyemi}} at {{facility:Children's Hospital of "
    "New Orleans}}, fax {{phone:504-555-0135}}.",
    "Twin B ({{name:Castillo, Sofía}}) MRN {{id:CH77130920}}: bilateral hazy opacities, "
    "consistent with surfactant deficiency.",
    "Family prefers Spanish; interpreter {{name:Gabriela Montaño}} was present for the consent on "
    "{{date:03/21/2024}}.",
]

VETERANS = [
    "{{facility:Carl T. Hayden VA Medical Center}}  CXR PA/LAT  Veteran: {{name:KOWALSKI, "
    "RAYMOND J}}  SSN: {{id:527-44-9183}}",
    "Veteran {{name:Harold Pinkney}}, {{age:98}}-year-old WWII veteran, hx asbestos exposure "
    "aboard ship.",
    "Patient ID {{id:P4471}} (last initial + last four) verified against the wristband.",
    "Ordered by {{name:Nadia Farah}}, PA-C, PACT team 3, {{facility:Raymond G. Murphy VA Medical "
    "Center}}.",
    "CT chest for the burn pit registry: Staff Sgt. {{name:Marcus Ellery}}, OIF/OEF veteran.",
    "Community care referral {{id:VA0001283419}} authorizes CT chest at {{facility:Desert Sky "
    "Radiology Associates}} through {{date:09/30/2024}}.",
    "Compared to CT from the {{facility:Michael E. DeBakey VA Medical Center}} dated "
    "{{date:03/15/2019}}.",
    "Veteran {{name:Kowalski}} was a pipefitter in the Navy from {{date:1968}} to {{date:1972}}.",
    "EDIPI {{id:1284470021}} on the order does not match the VistA record; RIS ticket opened.",
    "Lung cancer screening coordinator {{name:Teresa Quintana}}, RN called the veteran at "
    "{{phone:505-555-0177}}.",
    "CXR at the {{facility:El Paso VA Health Care System}} CBOC, {{date:05/06/2024}}, for "
    "{{name:Ortega, Francisco}}.",
    "{{name:Elmer Dupree}}, aged {{age:95}}, Korean War veteran, long-stay resident at the "
    "{{facility:Audie L. Murphy Memorial VA Hospital}} CLC.",
    "VA claim reference {{id:FBCS-24-0881723}} for CT chest dated {{date:04/17/2024}}.",
    "Outside images from {{facility:Southern Arizona VA Health Care System}} arrived on CD with "
    "study date {{date:2023-11-02}}.",
    "Dr. {{name:Imani Sutton-Graves}}, staff radiologist, concurs with the resident's read.",
    "Veteran prefers contact through My HealtheVet; secure message sent {{date:06/03/2024 "
    "13:20}} to {{name:Ortega}}.",
]

PRELIM_FINAL_ADDENDA = [
    "PRELIMINARY REPORT by {{name:Stephen Achterberg}}, MD (overnight teleradiology) "
    "{{date:04/20/2024 01:37}}: no acute findings.",
    "FINAL REPORT {{date:04/20/2024 07:12}}, {{name:Mireille Thibodeaux}}, MD: agree with the "
    "preliminary interpretation.",
    "ADDENDUM {{date:04/21/2024 10:05}}: On re-review, a 4 mm nodule in the left upper lobe is "
    "noted. Dr. {{name:Thibodeaux}} notified Dr. {{name:Pruitt}}.",
    "Addendum 2 by {{name:R. Sandoval}}: the right IJ catheter tip is at the cavoatrial junction, "
    "not the right atrium as previously stated.",
    "Discrepancy between prelim and final communicated to {{name:Aisha Rahman}}, RN, "
    "{{facility:Sunrise Hospital and Medical Center}} ED, at 08:22.",
    "Prelim read (resident {{name:Devin Oyelaran}}, MD) changed on attending review by "
    "{{name:Catherine Moss}}, MD.",
    "This addendum is issued for accession {{id:BD24-207761}}; the original report remains "
    "unchanged.",
    "Report amended {{date:May 2, 2024}} at the request of Dr. {{name:Villalobos}} to correct "
    "laterality.",
    "ADDENDUM: Wrong patient dictation. This report belongs to {{name:Carter, Wendell}}, MRN "
    "{{id:60184425}}, and has been moved.",
    "The report previously filed under {{name:Carter, Wendell R.}} belongs to "
    "{{name:Carter, Wendall}}, MRN {{id:60184452}}, DOB {{date:11/05/1940}}.",
    "Final signed {{date:Mon 06/10/2024 09:31}} by {{name:Hiroshi Tanabe}}, MD.",
    "Preliminary findings were faxed to {{facility:Urgent Care Extra}} at {{phone:702-555-0126}} "
    "on {{date:06/10/2024}}.",
    "Nighthawk prelim ({{facility:vRad}}) reviewed at 07:00; final by Dr. {{name:Gutiérrez}}.",
    "ADDENDUM {{date:2024-06-11 15:48}}: Comparison with outside CT of {{date:2024-03-28}} now "
    "available; the nodule is stable.",
    "Dictated: {{date:06/12/2024 11:02}}  Transcribed: {{date:06/12/2024 11:04}}  Signed: "
    "{{date:06/12/2024 13:47}}  Radiologist: {{name:Wiśniewski, Tomasz}}",
    "Resident {{name:Kendra Obi}}, MD, PGY-3, dictated under the supervision of "
    "{{name:Albert Ng}}, MD.",
    "Overread of urgent-care radiograph from {{facility:FastMed Urgent Care}} (acc "
    "{{id:FM-8830417}}): prelim missed a small left apical pneumothorax.",
    "Report corrected for {{name:Yolanda Marquez-Peña}}: 'left' replaced with 'right' in the "
    "impression.",
]

CRITICAL_RESULTS = [
    "CRITICAL RESULT: large right pneumothorax with mediastinal shift. Called to "
    "{{name:Lauren Pittman}}, RN at {{date:05/14/2024 22:47}}; read back confirmed.",
    "Critical finding communicated to Dr. {{name:Farouk Haddad}} at {{phone:210-555-0133}} by "
    "Dr. {{name:Whitcomb}} on {{date:5/15/2024}} at 06:12.",
    "Acute PE with right heart strain; paged Dr. {{name:Ibarra}} (pager {{phone:915-555-0107}}) "
    "at 02:19, callback received 02:26.",
    "Critical result log {{id:CR-2024-05531}} closed by {{name:T. Mahoney}} at 04:18, "
    "{{date:06/01/2024}}.",
    "Malpositioned NG tube in the right mainstem bronchus discussed directly with {{name:Gloria "
    "Esparza}}, RN on 6 North at {{facility:Baptist Medical Center}}.",
    "Unable to reach the ordering provider; escalated to house supervisor {{name:Wade Holcomb}} at "
    "{{phone:(806) 555-0150}}.",
    "Free air under the diaphragm. Result called to Dr. {{name:Annika Sørensen}} of the surgical "
    "team at 11:05 on {{date:03/02/2024}}.",
    "Urgent finding: new 3.1 cm RUL mass. Letter and call to Dr. {{name:Meléndez}} "
    "({{phone:520-555-0145}}) documented {{date:03/04/2024}}.",
    "Critical: aortic dissection Stanford A. Spoke with Dr. {{name:Okonkwo}} at "
    "{{date:06/22/2024 17:21}}; patient transferred to {{facility:Baylor Scott & White - The Heart "
    "Hospital Plano}}.",
    "Pneumothorax after biopsy called to {{name:Daniela Fuentes}}, RN in recovery, "
    "{{date:07/12/2024 14:03}}.",
    "Communication of an unexpected finding to patient {{name:Lonnie Briggs}}'s PCP, Dr. "
    "{{name:Sheffield}}, by secure message {{date:07/15/2024}}.",
    "Tension pneumothorax on the NICU film; Dr. {{name:Lindgren}} at bedside at 03:58, "
    "{{date:01/22/2024}}.",
    "Result communicated via PowerChart message to {{name:Keisha Morrow}}, APRN; acknowledged "
    "{{date:04/09/2024 16:44}}.",
    "No answer at the ordering office ({{phone:623-555-0193}}); critical result faxed and a second "
    "call placed at 17:10.",
    "Critical result to {{name:Hollis Drummond}}, MD, covering for {{name:Pruitt}}, at "
    "{{date:2/29/2024 20:02}}.",
    "ETT in the right mainstem bronchus on Baby Boy {{name:Nakamura}}; repositioning advised, "
    "NICU called at 05:15.",
]

PEER_REVIEW = [
    "Peer review case {{id:PR-2024-0417}}: original read by Dr. {{name:Hollis}} on "
    "{{date:02/02/2024}}, overread by Dr. {{name:Sandoval}}; RADPEER 2b.",
    "Case submitted to the QA committee by {{name:Monica Devereaux}}, RN for the meeting on "
    "{{date:March 19, 2024}}.",
    "Missed rib fracture on accession {{id:TMC2401188}}; reviewer {{name:Ng}} scored 2a.",
    "Focused professional practice evaluation for Dr. {{name:Lucas Brennan}} began "
    "{{date:01/08/2024}}.",
    "Peer learning conference {{date:Thu 04/25/2024}}: case from {{facility:Valleywise Health "
    "Medical Center}} presented without identifiers.",
    "Reviewer: {{name:Grace Huang}}, MD  Original reader: {{name:Tanabe}}  Score: 1.",
    "QA ticket {{id:QA-11872}}: laterality error on the report for {{name:Ruben Carrasco}}.",
    "Discrepancy letter sent to Dr. {{name:Achterberg}} on {{date:05/01/2024}} regarding the "
    "overnight read.",
    "OPPE report for {{name:Mireille Thibodeaux}} covers {{date:July 2023}} through "
    "{{date:December 2023}}.",
    "Peer review random sample includes {{id:DSR24-118830}}, {{id:DSR24-119204}} and "
    "{{id:DSR24-120077}}.",
    "Dr. {{name:Moss}} disagreed with the score and requested committee review; decision "
    "{{date:06/18/2024}}.",
    "Case {{id:PR-2024-0533}} (CT chest, {{facility:Banner Estrella Medical Center}}): concur.",
]

LETTERS = [
    "{{date:June 3, 2024}}",
    "{{name:Gwendolyn Hatcher}}  {{address:4417 Oak Lawn Ave, Dallas, TX 75219}}",
    "Dear Ms. {{name:Hatcher}}, your chest CT performed on {{date:May 28, 2024}} at "
    "{{facility:Desert Sky Imaging - Uptown}} showed a small lung nodule.",
    "Your doctor, Dr. {{name:Adebayo Ogunleye}}, has received the full report.",
    "If you have questions, call our patient line at {{phone:1-888-555-0142}}, Monday through "
    "Friday, 8 a.m. to 5 p.m.",
    "Sincerely, {{name:Renée Castillo-Byrd}}, Lung Nodule Program Navigator",
    "Re: {{name:Fidel Arguello}}  DOB: {{date:03/17/1951}}  Exam: CT chest without contrast",
    "Dear Dr. {{name:Sheffield}}: Thank you for referring Mr. {{name:Arguello}} to "
    "{{facility:Desert Sky Radiology Associates}}.",
    "Dr. {{name:Lena Sheffield}}, {{facility:Sheffield Family Medicine}}, {{address:1200 N. Mesa "
    "St, Suite 8, El Paso, TX 79902}}",
    "A copy of this letter has been mailed to the patient at {{address:712 Calle Sombra, "
    "Las Cruces, NM 88011}}.",
    "We recommend a follow-up CT in 12 months, around {{date:June 2025}}; a reminder will be sent.",
    "Results letter generated {{date:04/15/2024}} for {{name:Marlene Youngblood}}, MRN "
    "{{id:20078813}}.",
    "Dear Mrs. {{name:Youngblood}}, the chest x-ray taken at {{facility:Mercy Gilbert Medical "
    "Center}} was normal.",
    "Referral: Please evaluate {{name:Cornelius Ashby}} ({{age:91}}) for a 2.4 cm left upper lobe "
    "mass. Contact {{facility:Banner MD Anderson Cancer Center}} scheduling.",
    "To: {{facility:Arizona Oncology}} thoracic clinic, fax {{phone:480-555-0168}}. From: "
    "{{name:Jennifer Albright}}, nodule coordinator.",
    "Enclosed are images on CD for {{name:Ling Zhao}} ({{id:7720014}}), exams dated "
    "{{date:02/14/2024}} and {{date:05/15/2024}}.",
    "Mailing address on file: {{address:PO Box 1187, Tuba City, AZ 86045}}.",
    "Letter returned as undeliverable from {{address:2290 Sandhill Crane Dr, Henderson, NV "
    "89012}}; updated address requested.",
    "Dear Dr. {{name:Nakamura-Bell}}, we write regarding your patient {{name:Ivy Delacroix}}, "
    "seen {{date:01/30/2024}}.",
    "Please direct questions to Dr. {{name:Whitcomb}} at {{email:awhitcomb@desertskyrad.com}} or "
    "{{phone:602-555-0100 x2214}}.",
    "cc: {{name:Reyes, Alma}}, NP, {{facility:Valley Fever Center for Excellence}}",
    "Patient {{name:Dwayne Thibault}} requested that results be sent to {{address:88 Bayou Bend "
    "Rd, Lafayette, LA 70506}}.",
    "Letter to {{name:Pauline Arceneaux}}, {{age:99}}, care of her daughter {{name:Claudette "
    "Arceneaux-Riggs}}.",
    "Certified letter sent to {{name:Ivy Delacroix}} on {{date:07/02/2024}} about the missed "
    "follow-up CT.",
]

SCHEDULING_AUTH = [
    "Pt {{name:Whitfield, Garrett}} scheduled for CT chest w/o at {{facility:Saguaro Outpatient "
    "Imaging}} on {{date:Thu 04/18/2024 10:30}}.",
    "Appt confirmed by phone with patient's wife at {{phone:480-555-0111}}; arrive 15 min early.",
    "Location: {{facility:Desert Sky Imaging - Chandler}}, {{address:3145 S. Alma School Rd, "
    "Chandler, AZ 85248}}.",
    "Reschedule request: {{name:Luz Maria Pacheco}} cannot make {{date:05/07/2024}}; next "
    "available {{date:05/09/2024 08:15}}.",
    "eviCore case {{id:A158823094}} approved for CPT 71250, valid {{date:04/01/2024}} through "
    "{{date:06/29/2024}}.",
    "Prior auth pending with UnitedHealthcare, ref {{id:UHC-PA-55120983}}; peer-to-peer "
    "scheduled with Dr. {{name:Ogunleye}}.",
    "Auth # {{id:AIM24091177}} for CTA chest, member {{name:Shondra Lattimore}}, DOS "
    "{{date:05/20/2024}}.",
    "Auth denied {{date:05/13/2024}} for {{name:Perez, Angelica}}; criteria not met per Carelon.",
    "Peer-to-peer call line {{phone:1-866-555-0139}}, case {{id:P2P-884120}}.",
    "Order received by fax from {{facility:Cactus Family Practice}} for {{name:Dolores Whitman}}, "
    "DOB {{date:12/01/1944}}.",
    "Scheduling note: patient uses a walker, needs the Chandler site; daughter "
    "{{name:Marisa Whitman}} will call back at {{phone:(480) 555-0174}}.",
    "LDCT booked for {{date:07/08/2024 13:00}}, {{facility:Red Mountain Imaging}}, "
    "{{address:6553 E. Baywood Ave, Mesa, AZ 85206}}.",
    "Add-on CT chest for {{name:Mohammed Al-Sayed}}, MRN {{id:99124580}}, inpatient at "
    "{{facility:Abrazo Central Campus}}.",
    "Waitlist: {{name:Corinne Boudreaux}}, {{phone:337-555-0105}}, any morning slot before "
    "{{date:06/15/2024}}.",
    "Referral order {{id:REF-2024-338172}} from {{facility:Carondelet St. Mary's Hospital}} "
    "attached to accession {{id:CT24-0101923}}.",
    "Patient {{name:Wilbur Stokes}} ({{age:94}} yrs) requires ambulance transport from "
    "{{facility:Brookdale Westlake Hills}}.",
    "Online self-scheduling link sent: {{url:https://schedule.desertskyrad.com/c/7Hq2LxP}}.",
    "Medicaid (AHCCCS) member {{name:Tallulah Benally}}, ID {{id:A80042917}}: no auth needed.",
    "Scheduled by {{name:Brianna Kopp}} on {{date:04/02/2024}}.",
    "Order from Dr. {{name:Ferris}} at {{facility:Texas Oncology - Austin Central}} requires a "
    "signed copy before CT on {{date:06/04/2024}}.",
]

BILLING = [
    "Claim {{id:TX9923801145}} denied by BCBS of Texas, CARC 197; member ID {{id:XOH882104417}}.",
    "Guarantor: {{name:Dominguez, Hector}}  Acct: {{id:GA-00771203}}  Balance: $142.18",
    "Medicare MBI {{id:3TR7-KD2-WM61}} for {{name:Evelyn Crowder}}, DOS {{date:02/13/2024}}, "
    "CPT 71046-26.",
    "Secondary: Tricare For Life, sponsor SSN {{id:461-08-2297}}.",
    "Remit to: {{facility:Desert Sky Radiology Associates}}, {{address:PO Box 52190, Phoenix, AZ "
    "85072-2190}}",
    "Statement for {{name:Cheng, Wei-Lin}}, account {{id:88120374}}, statement date "
    "{{date:05/31/2024}}.",
    "Pay online at {{url:https://pay.desertskyrad.com}} or call billing at {{phone:1-800-555-0196}}.",
    "Payment plan set up for {{name:Ramona Gallegos}}: $50/month starting {{date:07/01/2024}}.",
    "ERA posted; claim {{id:TX9924113068}} for {{name:Booker, Terrence}} paid $38.12.",
    "Aetna member {{id:W204418837}}, group {{id:0187735-010}}, subscriber {{name:Nathaniel Voss}}.",
    "Self-pay discount applied for {{name:Aurelio Benítez}} per financial assistance application "
    "dated {{date:04/22/2024}}.",
    "Medicaid ID {{id:518842907}} (Louisiana) termed {{date:03/31/2024}}; patient {{name:Jalen "
    "Fontenot}} to be rebilled.",
    "Collections hold on account {{id:DSR-AR-440188}} until the dispute by {{name:Virginia "
    "Tolliver}} is resolved.",
    "Workers' comp claim {{id:WC-24-771093}} for CXR {{date:03/12/2024}}; adjuster "
    "{{name:Curtis Vandermeer}}.",
    "Billing dispute e-mailed from {{email:ramona.gallegos77@gmail.com}} on {{date:06/02/2024}}.",
    "Refund for account {{id:DSR-AR-451907}} mailed to {{address:5021 Pecos River Dr, Roswell, NM 88201}}.",
    "Humana MA member {{name:Lorraine Haskins}}, ID {{id:H48819302}}, DOB {{date:09/09/1932}}, "
    "{{age:91}}.",
    "Insurance card on file: Cigna, ID {{id:U7731900201}}, for {{name:Ezekiel Mbeki}}.",
    "Charge corrected for accession {{id:HO7736120}}: 71045 rather than 71046.",
    "Invoice to {{facility:HonorHealth}} for professional reads, {{date:March 2024}}.",
]

PACS_RIS_ADMIN = [
    "DICOM association rejected from AE CT_BDMC_2 at {{ip:10.42.18.77}} port 104: called AE "
    "title unknown.",
    "New modality added: GE Optima XR240 at {{facility:Mesa Vista Urgent Care}}, IP "
    "{{ip:172.20.14.31}}, AE MVUC_DX1.",
    "Study for {{name:Delgado, Marisol}} stuck in the router queue on {{ip:10.42.1.15}}; "
    "resent at 03:20.",
    "From: {{email:pacsadmin@desertskyrad.com}}  To: {{email:it-helpdesk@bannerhealth.example}}  "
    "Subject: failed sends from the ED scanner",
    "VPN tunnel to {{facility:Gallup Indian Medical Center}} down since 22:10; peer "
    "{{ip:198.51.100.42}} not responding.",
    "Radiologist home workstation {{ip:192.168.1.44}} flagged for an outdated viewer build; "
    "Dr. {{name:Achterberg}} notified.",
    "Zero-footprint viewer: {{url:https://view.desertskyrad.com/zfp?acc=CT24-0093316}}",
    "Image share link for the patient expires {{date:06/30/2024}}: "
    "{{url:https://share.desertskyrad.com/s/9fK2mQ8w}}",
    "Merge request: MRN {{id:40017735}} and MRN {{id:40019902}} are the same patient "
    "({{name:Marisol Delgado}}); approved by HIM.",
    "Failed login x5 for user msandoval from {{ip:203.0.113.87}} at 02:44; account locked.",
    "HL7 ORU for accession {{id:SJ4471830}} rejected by the {{facility:Dignity Health}} interface "
    "engine ({{ip:10.88.3.12}}).",
    "Ticket INC0049917 opened by {{name:Marco Villanueva}} ({{email:mvillanueva@desertskyrad.com}}): "
    "hanging protocol broken for CT chest.",
    "Please allow {{ip:10.42.18.80}} through the firewall for the new CT suite at {{facility:Banner Desert "
    "Medical Center}}.",
    "Worklist export sent to {{email:qa.committee@desertskyrad.com}} contains accession "
    "{{id:TMC2401188}}.",
    "PowerScribe server {{ip:10.60.2.200}} restarted at 05:00 for patching; dictation resumes "
    "05:20.",
    "Study deleted in error: acc {{id:UMC-24-0521108}}, patient {{name:Augustine Pryor}}; "
    "restored from archive {{date:05/03/2024 11:12}}.",
    "Outside image import portal: {{url:https://upload.desertskyrad.com/outside}} (use the "
    "patient's accession).",
    "Modality worklist query from {{ip:172.20.14.31}} returned zero items; check station name.",
    "RIS downtime report printed by {{name:Shanice Odom}} at 01:05 on {{date:03/17/2024}}.",
    "Vendor remote access from {{ip:52.14.201.9}} approved by {{name:Vikram Pillai}} for "
    "{{date:04/09/2024 18:00}}.",
    "Reminder: the DICOM node {{ip:10.42.7.5}} ({{facility:Saguaro Outpatient Imaging}} MR) is "
    "being retired.",
    "Study routed to the wrong patient folder ({{name:Lopez, Maria G}} vs {{name:Lopez, Maria "
    "E}}); corrected by {{name:D. Okafor}}.",
    "Access audit: user jtran viewed the record of {{name:Kevin Tran}} (self-lookup) on "
    "{{date:02/19/2024}}.",
    "Teleradiology DICOM gateway {{ip:100.64.12.8}} to {{facility:vRad}} is back up.",
    "SFTP drop for the lung screening registry: {{url:sftp://registry.desertskyrad.com/acr-lcsr}}",
    "New referring-physician portal accounts: {{email:lsheffield@sheffieldfm.com}}, "
    "{{email:dr.ogunleye@cactusfp.org}}.",
    "Dose monitoring alert: CTDIvol 28 mGy on accession {{id:CT24-0104455}} from scanner "
    "{{ip:10.42.18.79}}.",
    "Burn CD request for {{name:Ling Zhao}} routed to {{email:filmlibrary@desertskyrad.com}}.",
    "Patient portal: {{url:https://myresults.desertskyrad.com}} — activation code sent to "
    "{{email:ayasha.tsosie@outlook.com}}.",
    "Study UID {{id:1.3.12.2.1107.5.1.4.66021.30000024032114221988400000017}} failed to verify.",
    "IPv6 host {{ip:2001:db8:4a2::17}} added to the allow list for the reading room at "
    "{{facility:Cook Children's Medical Center}}.",
    "Webhook to {{url:https://hooks.desertskyrad.com/critical}} failed for critical result "
    "{{id:CR-2024-06102}}.",
    "Please reset the password for {{email:r.sandoval@desertskyrad.com}}; requested "
    "{{date:06/14/2024 07:30}}.",
    "EHR link for the order: {{url:https://ehr.valleywise.example/order/5531109}}",
    "Printer at {{ip:10.42.9.61}} in the {{facility:Abrazo Central Campus}} reading room is "
    "printing reports for the wrong site.",
    "Mobile X-ray unit at {{facility:Sunrise Manor Nursing and Rehabilitation}} sends from "
    "{{ip:166.143.20.11}} over LTE.",
    "Duplicate accession {{id:OIC-553021}} created by {{name:Brianna Kopp}}; cancelled the second "
    "order.",
    "Audit export for {{name:Harold Pinkney}} sent to {{email:privacy.officer@desertskyrad.com}}.",
    "Help page for referring offices: {{url:https://www.desertskyrad.com/referrers/ordering}}",
    "QA: wrong laterality marker on CR from {{ip:172.20.14.33}}, tech {{name:Rosa Landeros}}.",
    "Router rule: studies from {{facility:Phoenix Children's Hospital}} (gateway {{ip:10.77.4.20}}) go "
    "to the pediatric worklist.",
]

PHONE_CALLS = [
    "Called pt at {{phone:915-555-0172}} re: incidental 6 mm RUL nodule; left voicemail asking "
    "her to call {{phone:915-555-0190 ext 4}}.",
    "{{date:04/16/2024 10:12}} — Patient {{name:Esther Villaseñor}} called asking for her CT "
    "results; verified DOB {{date:01/09/1962}}.",
    "Spoke with the patient's son, {{name:Raul Villaseñor}}, who is listed as HIPAA contact.",
    "Pt {{name:Jimmie Lee Cartwright}} states he was never told about the nodule found on "
    "{{date:11/03/2022}}.",
    "Returned call to {{name:Odette Fontenot}}'s caregiver at {{phone:(318) 555-0153}}; "
    "scheduled HRCT.",
    "Patient called from {{phone:602-555-0189}} (not the number on file) and could not verify "
    "identity; no information released.",
    "Phone note by {{name:Ashley Trujillo}}, MA: patient {{name:Wendell Carter}} wants a copy "
    "mailed to {{address:1604 S. 11th Ave, Phoenix, AZ 85007}}.",
    "Husband {{name:Ray Hatcher}} called; patient {{name:Gwendolyn Hatcher}} is anxious about the "
    "nodule letter.",
    "Patient reports a prior chest CT at {{facility:Mayo Clinic Arizona}} around {{date:2019}}; "
    "release form sent.",
    "Called Mrs. {{name:Benally}} via the Navajo interpreter "
    "line at {{phone:928-555-0120}}; she agreed to the repeat scan.",
    "Voicemail from {{name:Terrence Booker}} at 16:47 disputing his bill; callback "
    "{{phone:225-555-0163}}.",
    "Patient {{name:Gerald Finch}}, {{age:93}}, hard of hearing; spoke with his niece "
    "{{name:Holly Finch-Ames}} instead.",
    "Per patient, new address is {{address:77 Live Oak Ln, Beaumont, TX 77706}}; updated in RIS.",
    "Patient emailed from {{email:garrett.whitfield@yahoo.com}} asking to move his appointment.",
    "Caller identified herself as {{name:Sandra Kim}} from {{facility:Arizona Oncology}} "
    "requesting the images for {{name:Cornelius Ashby}}.",
    "Left message on {{date:Friday, May 17, 2024}} for {{name:Angelica Perez}} about the denied "
    "authorization.",
    "Patient states she is {{age:90}} and does not want further scans; documented and sent to "
    "Dr. {{name:Ogunleye}}.",
    "Daughter {{name:Mai Pham}} called ({{phone:714-555-0137}}) to confirm her father's CT; she "
    "will interpret.",
    "Call from {{facility:Tucson Medical Center}} ED, Dr. {{name:Gabe Lindahl}}, requesting a "
    "stat overread.",
    "Patient {{name:Roberta Lyle}} asked that results not be left on the home phone "
    "({{phone:432-555-0114}}); cell preferred.",
]

URGENT_CARE_OUTPATIENT = [
    "{{facility:NextCare Urgent Care - Glendale}}  |  CXR 2V  |  {{name:Kaitlyn Rourke}}  |  DOB "
    "{{date:04/23/1999}}  |  Visit {{id:NC-GL-2024-04410}}",
    "Urgent care provider {{name:Marcus Obregón}}, FNP requests wet read; call {{phone:623-555-0102}}.",
    "Wet read given by phone to {{facility:Concentra Urgent Care}} at 12:40 on {{date:01/11/2024}}: "
    "no pneumothorax.",
    "Pre-employment TB screening CXR for {{name:Samuel Addo}}, employer packet dated "
    "{{date:02/05/2024}}.",
    "Immigration (I-693) chest radiograph, civil surgeon Dr. {{name:Hanh Vo}}, "
    "{{facility:Westside Family Clinic}}.",
    "Patient {{name:Sunita Ramaswamy}} walked in to {{facility:Desert Sky Imaging - Tempe}} with a "
    "paper order from {{date:03/27/2024}}.",
    "Outpatient CXR, {{facility:Texas Health Presbyterian Hospital Plano}}, acc "
    "{{id:THP-0091125}}, referring {{name:Olivia Brandt}}, MD.",
    "Imaging center: {{facility:Red Mountain Imaging}}  Tech: {{name:J. Whitlow}}  Exam date: "
    "{{date:05/22/2024}}",
    "Order comment: pt {{name:Manuel Soto Jr.}} has a pacemaker card from {{facility:Banner - "
    "University Medical Center Tucson}}.",
    "Urgent care chest film from {{date:Dec 28, 2023}} overread the next morning; callback to "
    "{{name:Whitney Faulk}}, PA.",
    "Sports physical follow-up CXR for {{name:Deandre Mitchell}} (age 17) at {{facility:Cook "
    "Children's Urgent Care - Mansfield}}.",
    "Outpatient center address for the patient instructions: {{address:2410 W. Ina Rd, Bldg 2, "
    "Tucson, AZ 85741}}.",
]

INPATIENT_ICU = [
    "ICU portable, {{facility:University Hospital}} (San Antonio), MICU bed 7, {{name:Reyna, "
    "Leticia}}, {{date:02/03/2024 04:50}}.",
    "Daily portable on {{name:Augustine Pryor}}: ECMO cannula unchanged from {{date:02/02/2024}}.",
    "Intensivist Dr. {{name:Babatunde Coker}} requested a comparison with the film from "
    "{{date:01/28/2024}} at {{facility:Methodist Hospital}}.",
    "Patient {{name:Jean-Baptiste Laurent}}, encounter {{id:V00381127714}}, remains intubated.",
    "New right IJ central line placed by {{name:Priscilla Ng}}, MD at 09:15; film at 09:32 "
    "{{date:03/11/2024}} shows no pneumothorax.",
    "Transfer from {{facility:Hill Country Memorial}} on {{date:04/06/2024}}; outside CT loaded "
    "under {{id:EXT-0043119}}.",
    "Post-op day 2 after CABG by Dr. {{name:Varga}}; chest tubes removed {{date:4/8/2024}}.",
    "Hospice patient {{name:Ada Mae Colquitt}}, {{age:101}}, imaged at family request.",
    "Inpatient at {{facility:Our Lady of the Lake Regional Medical Center}}, acc "
    "{{id:OLOL-24-338870}}, order by the hospitalist {{name:Nkechi Eze}}, MD.",
    "CXR {{date:14-MAY-2024 06:00}} for {{name:Fontenot, Jalen}}: interval extubation.",
    "Chest CT for {{name:Ismael Corrales}} ({{age:92}}) from the rehab unit at {{facility:Encompass "
    "Health Rehabilitation Hospital of Round Rock}}.",
    "HISTORY: hemoptysis, on anticoagulation since {{date:2021}} for AF; patient of Dr. "
    "{{name:Varga}}.",
]

WORKLIST_LINES = [
    "STAT | CT CHEST PE | {{name:HADDAD, SAMIRA}} | {{id:77120458}} | {{facility:CSR Westover "
    "Hills}} | 21:03",
    "ROUTINE | XR CHEST 2V | {{name:ZHAO, LING}} | {{id:7720014}} | {{date:05/15/2024}} | unread",
    "{{id:CT24-0104455}}  {{name:ALBRIGHT, JUNE}}  {{age:94}}Y F  CT CHEST W  {{facility:Banner "
    "Estrella Medical Center}}",
    "Queue: {{name:Ruiz, Pedro}} ({{id:44901277}}) CR CHEST PORT, ordering {{name:Coker}}, "
    "priority ASAP",
    "ORM^O01 PID|1||{{id:40017735}}^^^BDMC^MR||{{name:DELGADO^MARISOL^A}}||{{date:19580211}}|F",
    "OBR|1|{{id:DSR24-118830}}||71045^XR CHEST 1V|||{{date:20240309021400}}",
    "PV1 assigned to {{facility:Banner Desert Medical Center}}; attending {{name:ABERNATHY^LEON}}",
    "Exam flagged for second read: {{id:UMC-24-0519922}} / {{name:Tafoya}} / {{date:04/30/2024}}",
]

MESSAGES_AND_NOTICES = [
    "From: {{email:jalbright@desertskyrad.com}}  Sent: {{date:Tue 05/21/2024 3:14 PM}}  Subject: "
    "nodule follow-up overdue",
    "Please route the outside CD for {{name:Cornelius Ashby}} to {{email:imports@desertskyrad.com}} "
    "and copy {{email:thoracic.intake@azoncology.example}}.",
    "Reply from {{email:k.morrow@abrazohealth.example}}: acknowledged, will discuss with the "
    "family today.",
    "Forwarded to {{email:billing@desertskyrad.com}} by {{name:Ramona Gallegos}}'s daughter.",
    "Referring office contact: {{name:Denise Pruett}}, practice manager, "
    "{{email:dpruett@cactusfp.org}}, {{phone:480-555-0157}}.",
    "Prior-auth inquiry sent to {{email:radiologyauth@bcbstx.example}} for member "
    "{{id:XOH882104417}}.",
    "Out-of-office reply from {{email:hthibodeaux@desertskyrad.com}} until {{date:07/22/2024}}.",
    "Portal message from {{email:lorraine.haskins32@aol.com}}: can my son see my results?",
    "Credentialing packet for Dr. {{name:Lucas Brennan}} e-mailed to "
    "{{email:medstaff@valleywisehealth.example}}.",
    "Send the peer review summary to {{email:quality@desertskyrad.com}} only, not to the group "
    "list.",
    "Results available at {{url:https://myresults.desertskyrad.com/login}}; use your date of "
    "birth and the code on this letter.",
    "Referring physicians can view images at {{url:https://refer.desertskyrad.com/viewer}}.",
    "Payer policy: {{url:https://www.evicore.com/provider/clinical-guidelines}} (chest imaging, "
    "v1.0.2024).",
    "Lung screening registry submission page: {{url:https://nrdr.acr.org/Portal/LCSR}}",
    "Link to the study for tumor board: {{url:https://view.desertskyrad.com/zfp?acc=CT24-0101923"
    "&pt=99124580}}",
    "The RIS admin console is at {{url:http://ris-admin.dsr.local:8080/console}}.",
    "Patient education handout on lung nodules: "
    "{{url:https://www.desertskyrad.com/patients/lung-nodules-es}} (Spanish).",
    "Upload failed; error log at {{url:https://status.desertskyrad.com/incidents/2024-06-14}}.",
    "Scheduling request form: {{url:https://forms.desertskyrad.com/schedule?ref=REF-2024-338172}}",
    "Fax cover: see {{url:https://www.desertskyrad.com/locations}} for all imaging sites.",
    "Outside images from {{facility:Hill Country Memorial}} came through "
    "{{url:https://imageshare.lifeimage.example/inbox/77821}}.",
    "Pay your statement at {{url:https://pay.desertskyrad.com/acct/88120374}} by "
    "{{date:06/30/2024}}.",
    "DICOM router log: C-STORE from {{ip:10.88.3.40}} to {{ip:10.42.1.15}} failed, status "
    "0xA700 (out of resources).",
    "Reading station RS-07 ({{ip:10.42.20.107}}) rebooted; Dr. {{name:Tanabe}} lost an unsigned "
    "draft.",
    "Firewall blocked inbound connection from {{ip:45.133.1.209}} to the image share server.",
    "New ultrasound cart at {{facility:Desert Sky Imaging - Chandler}} configured at "
    "{{ip:10.42.31.12}}.",
    "Syslog: PACS archive {{ip:10.42.1.20}} disk 87% full.",
    "Wireless DR panel at {{facility:Urgent Care Extra}} Henderson uses {{ip:192.168.50.23}}.",
    "Letterhead: {{facility:Desert Sky Radiology Associates}}, {{address:2211 E. Camelback Rd, "
    "Suite 400, Phoenix, AZ 85016}}, Tel {{phone:602-555-0100}}",
    "San Antonio office: {{address:8431 Fredericksburg Rd, Suite 120, San Antonio, TX 78229}}.",
    "Send films to {{address:1400 S. Coulter St, Amarillo, TX 79106}}, attention medical records.",
    "Patient address: {{address:3907 Redbud Trl, Apt 12B, Austin, TX 78745}}",
    "Home address corrected from {{address:611 Pinon Dr, Santa Fe, NM 87505}} to {{address:611 "
    "Piñon Dr, Santa Fe, NM 87501}}.",
    "Guarantor address: {{address:10250 W. Sahara Ave #218, Las Vegas, NV 89117}}",
    "The patient lives at {{address:HC 61 Box 4410, Kayenta, AZ 86033}} and has no street "
    "delivery.",
    "Results letter to {{name:Tallulah Benally}} at {{address:Route 12, Chapter House Rd, Window "
    "Rock, AZ 86515}}.",
    "Mobile imaging visit at {{facility:Sunrise Manor Nursing and Rehabilitation}}, "
    "{{address:5520 N. 35th Ave, Phoenix, AZ 85017}}.",
    "{{age:100}}-year-old resident, portable CXR for cough; staff report poor oral intake.",
    "{{name:Vernon Goins}}, {{age:96}}M, DNR/DNI, comfort measures; single AP view obtained.",
    "Age: {{age:104}}   Sex: F   Exam: XR CHEST 1V   Site: {{facility:The Arbors at Dallas}}",
    "Patient {{name:Clementine Rousseau}} is {{age:91}} years old and on home hospice.",
    "Indication: {{age:95}} y/o with aspiration risk, r/o pneumonia.",
    "Veteran, {{age:99}}, seen at the {{facility:Phoenix VA Health Care System}} for a mass on the "
    "chest x-ray.",
    "{{age:90}}-yo man from assisted living with a fall; no rib fracture.",
    "A {{age:102}}-year-old woman with dyspnea; cardiomegaly and small effusions.",
]

CLEAN_FINDINGS = [
    "Heart size is normal. The lungs are clear without focal consolidation, effusion, or "
    "pneumothorax.",
    "Kerley B lines at the bases with small bilateral pleural effusions, consistent with "
    "interstitial edema.",
    "Right chest Port-a-Cath with the catheter tip at the cavoatrial junction.",
    "Swan-Ganz catheter tip projects over the right interlobar pulmonary artery; recommend "
    "withdrawal by 2 cm.",
    "Lung-RADS 4A: follow-up low-dose CT in 3 months is recommended.",
    "Per the Fleischner Society 2017 guidelines, no routine follow-up is needed for a solitary "
    "solid nodule under 6 mm in a low-risk patient.",
    "Findings suggest coccidioidomycosis (Valley fever) in this 34-year-old with recent travel "
    "through the desert Southwest.",
    "Hampton hump in the right lower lobe with a Westermark sign; CT pulmonary angiography is "
    "recommended.",
    "Chilaiditi sign: colonic interposition between the liver and right hemidiaphragm, not free "
    "air.",
    "Golden S sign of right upper lobe collapse; bronchoscopy is advised to exclude a central "
    "obstructing lesion.",
    "Luftsichel sign of left upper lobe collapse.",
    "Fleischner sign with an enlarged right descending pulmonary artery.",
    "Pectus excavatum with leftward cardiac displacement; no acute process.",
    "Mounier-Kuhn syndrome: tracheal diameter 3.4 cm with diverticula of the posterior "
    "membranous wall.",
    "Lady Windermere pattern of lingular and right middle lobe bronchiectasis with tree-in-bud "
    "nodularity, compatible with MAC infection.",
    "Swyer-James appearance of the left lung with hyperlucency and air trapping on expiratory "
    "images.",
    "Poland syndrome with absent left pectoralis major; no underlying lung abnormality.",
    "History of Hodgkin lymphoma; no mediastinal adenopathy on today's exam.",
    "Pancoast tumor in the right apex with rib destruction and probable brachial plexus "
    "involvement.",
    "Boerhaave syndrome is suspected given pneumomediastinum and a left pleural effusion after "
    "emesis.",
    "A Mallory-Weiss tear cannot be evaluated by radiography.",
    "Bochdalek hernia containing fat on the left; incidental.",
    "Morgagni hernia at the right cardiophrenic angle, unchanged.",
    "Virchow node enlargement in the left supraclavicular fossa, 1.8 cm.",
    "Horner syndrome noted clinically; evaluate the lung apex.",
    "Scimitar vein draining to the IVC, consistent with scimitar syndrome.",
    "Kartagener syndrome with situs inversus and bronchiectasis.",
    "Azygos fissure, a normal variant.",
    "Ranke complex in the right hilum, sequela of prior granulomatous infection.",
    "Calcified Ghon focus in the right lower lobe.",
    "Macklin effect in this patient with spontaneous pneumomediastinum.",
    "Marfan habitus with aortic root dilation to 4.6 cm.",
    "Takayasu arteritis with wall thickening of the left subclavian artery.",
    "Multiple thin-walled cysts; the differential includes LAM and Birt-Hogg-Dubé syndrome.",
    "Löfgren syndrome is suspected given bilateral hilar adenopathy and erythema nodosum.",
    "Sjögren-associated LIP with scattered thin-walled cysts.",
    "Caplan syndrome nodules in a former coal worker.",
    "Asbestos-related calcified pleural plaques along the diaphragmatic pleura bilaterally.",
    "Agent Orange exposure history noted in the referral; no pleural plaques identified.",
    "Burn pit exposure questionnaire completed; PFTs pending.",
    "AP portable technique limits assessment of the mediastinum.",
    "No interval change since the prior study.",
    "Comparison: none available.",
    "Sternotomy wires are intact; CABG clips in the mediastinum.",
    "Watchman device in the left atrial appendage.",
    "MitraClip in expected position.",
    "Impella device tip across the aortic valve.",
    "LVAD (HeartMate 3) outflow cannula over the ascending aorta.",
    "Dual-chamber Medtronic pacemaker with leads in the right atrium and right ventricle.",
    "Micra leadless pacemaker at the right ventricular septum.",
    "PleurX catheter in the right pleural space with a small residual effusion.",
    "Chest tube side hole lies outside the pleural space; recommend advancement.",
    "Lines and tubes: none.",
    "NG tube terminates in the gastric body with the side port below the GE junction.",
    "Endotracheal tube tip 4 cm above the carina.",
    "Compression deformity of T12, age indeterminate.",
    "Coronary artery calcification, moderate, in the LAD distribution.",
    "Emphysema, centrilobular and paraseptal, upper lobe predominant.",
    "Round atelectasis in the left lower lobe with a comet-tail sign.",
    "Reverse halo sign in the right lower lobe; consider organizing pneumonia.",
    "Crazy-paving pattern in both lower lobes.",
    "Signet ring sign in the lingula, consistent with bronchiectasis.",
    "Cardiothoracic ratio 0.58 on this PA view.",
    "Trace left pleural effusion measuring 8 mm in depth.",
    "Nodule measures 5 x 4 mm (series 4, image 112), previously 5 x 4 mm.",
]

CLEAN_PEDIATRIC_VA = [
    "Pediatric chest radiograph: 6-year-old with fever; round pneumonia in the left lower lobe.",
    "Thymic sail sign in a 4-month-old infant, a normal variant.",
    "Steeple sign on the frontal neck radiograph, consistent with croup.",
    "No thumb sign to suggest epiglottitis.",
    "Umbilical venous catheter tip at the junction of the IVC and right atrium.",
    "Bronchopulmonary dysplasia changes, unchanged, in this former 26-week premature infant.",
    "Absent radii on the scout; consider Holt-Oram syndrome in this child with an ASD.",
    "Children under 12 require a guardian signature for sedation consent.",
    "Veteran reports deployment to Southwest Asia; no specific exposure documented.",
    "The patient is a 45-year-old veteran with PTSD who requested a female technologist.",
    "An 89-year-old woman with dementia; exam limited by motion.",
    "A 72-year-old man with COPD and a 50 pack-year smoking history.",
    "Adults aged 50 to 80 with a 20 pack-year history qualify for annual LDCT screening.",
    "Patient is 88 years old and uses home oxygen at 2 L.",
    "Korean War era veteran, 86, with a remote history of tuberculosis.",
    "Blue Water Navy exposure is noted; the PACT Act screening was positive.",
]

CLEAN_WORKFLOW = [
    "Will review with the attending at the 7 a.m. conference.",
    "Hope was expressed by the family that the patient could go home before the weekend.",
    "Grace period for the prior authorization is 5 business days under the payer policy.",
    "Reviewed in PACS on Tuesday evening; no change from the preliminary interpretation.",
    "Study performed on the GE Revolution CT using the low-dose lung protocol, CTDIvol 2.1 mGy.",
    "CPT 71046, ICD-10 R05.9 (cough, unspecified).",
    "Room 14, Bed B: portable radiograph obtained at 05:40.",
    "Patient name: [redacted]  MRN: XXXXXXX",
    "DOB: XX/XX/XXXX",
    "Reading radiologist: [redacted]",
    "Critical result policy requires closed-loop communication within 60 minutes.",
    "ACR Appropriateness Criteria rate CT chest without contrast as usually appropriate for this "
    "indication.",
    "The radiation dose structured report has been sent to the dose registry.",
    "Please call the reading room with any questions.",
    "Eliquis held for 48 hours before the CT-guided biopsy.",
    "Lovenox 40 mg subcutaneously daily for DVT prophylaxis.",
    "Omnipaque 350, 75 mL, given without reaction.",
    "Premedication with prednisone 50 mg at 13, 7 and 1 hour before contrast, plus Benadryl 50 mg.",
    "Stat read requested; exam in the queue at 21:15.",
    "Worklist filter: ED CR, unread, older than 30 min.",
    "Addendum: the previously described nodule is a nipple shadow, confirmed on repeat view with "
    "nipple markers.",
    "Peer review score 1: concur with interpretation.",
    "RADPEER 2b: discrepancy in interpretation, likely clinically significant.",
    "Deferred to the final read by the attending radiologist.",
    "Prior authorization is not required for Medicare Part B outpatient CT of the chest.",
    "A self-pay estimate for CT chest without contrast is available on request.",
    "Copay collected at the time of service.",
    "Modality worklist was unavailable from 02:10 to 02:45; technologists used downtime "
    "procedures.",
    "HL7 ORM messages are queuing; the interface engine was restarted by IT.",
    "Hanging protocol updated for CT chest with the MIP series first.",
    "Left voicemail with no PHI in the message, per policy.",
    "Patient called asking whether the results were normal; referred to the ordering provider.",
    "Patient states she had a chest CT a couple of years ago at another hospital.",
    "The radiologist on call will be paged.",
    "The patient's sister will drive her home after sedation.",
    "Faith-based hospice options were discussed with the family by the care team.",
    "Grant funding supports the lung cancer screening navigator position.",
    "Will call back after the patient is moved to CT.",
    "Overnight prelim by teleradiology; final read at 08:00.",
    "Results release to the patient portal follows the Cures Act rule.",
    "Amended report sent to the ordering provider's inbox.",
    "Patient refused the lateral view.",
    "Weight 82 kg, height 175 cm; BMI 26.8.",
    "Heart rate 112 during the scan; motion artifact at the left heart border.",
    "Spoke with the charge nurse on 4 West at 16:20; she read back the result.",
    "Transferred to the MICU; follow-up portable in the morning.",
    "Tower B elevators are out; CT patients are routed through the Pavilion.",
    "Urgent care radiographs are overread within 24 hours.",
    "The outpatient imaging center closes at 7 p.m. on Fridays.",
    "Texas Medicaid requires prior authorization for PET/CT.",
    "Humana Medicare Advantage plans require eviCore review for CT chest with contrast.",
    "Clinical decision support score 7, appropriate; modifier appended.",
    "AUC consultation through CareSelect documented.",
    "Queue reset at shift change; 14 exams reassigned.",
    "Hurricane downtime plan: the backup reading room is activated.",
    "Read-back confirmed.",
    "Message left with the answering service at 22:40; awaiting callback.",
    "Weekend coverage: two radiologists onsite Saturday and one on Sunday.",
    "Denial reason: medical necessity not established; appeal within 60 days.",
    "Secondary insurance billed after primary EOB received.",
    "Charge lag for the ED radiographs is under 48 hours this month.",
    "Patient is Spanish-speaking; a certified interpreter was used for the instructions.",
    "Navajo interpreter requested for the next visit.",
    "PACS cache cleared on reading station 3; viewer performance restored.",
    "Voice recognition profile updated after the PowerScribe upgrade.",
    "Technologist notes: patient unable to raise arms; scout repeated.",
    "Exam cancelled: patient left without being seen.",
    "No prior imaging in the system.",
    "Ordering provider notified by secure chat; acknowledged within 5 minutes.",
    "Protocol: CT chest without contrast, 1.25 mm axial, lung and soft-tissue kernels.",
    "Contrast extravasation of 20 mL in the right antecubital fossa; ice and elevation.",
    "Patient was counseled on smoking cessation; quitline information offered.",
    "Pregnancy test negative per the technologist.",
    "Prone images obtained to differentiate dependent atelectasis from fibrosis.",
    "Image quality: adequate.",
    "Expiration: inspiratory effort is limited, with the diaphragms at the 8th posterior ribs.",
    "Major fissure bowed inferiorly, suggesting right lower lobe volume gain.",
    "Reading room B is closed for renovation until further notice.",
    "Monday schedule is full; add-ons go to the afternoon block.",
    "Patient prefers morning appointments and a text reminder.",
    "Prior-authorization team works from 7:30 to 4:30 Central time.",
    "Patient's daughter will bring the outside CD to the front desk.",
    "Mobile unit arrived at the nursing home at 10:15.",
    "The referral coordinator will follow up next week.",
]

HELD_OUT11 = (
    EMERGENCY_CHEST
    + CT_READS
    + PEDIATRIC
    + VETERANS
    + PRELIM_FINAL_ADDENDA
    + CRITICAL_RESULTS
    + PEER_REVIEW
    + LETTERS
    + SCHEDULING_AUTH
    + BILLING
    + PACS_RIS_ADMIN
    + PHONE_CALLS
    + URGENT_CARE_OUTPATIENT
    + INPATIENT_ICU
    + WORKLIST_LINES
    + MESSAGES_AND_NOTICES
)

CLEAN_HELDOUT11 = CLEAN_FINDINGS + CLEAN_PEDIATRIC_VA + CLEAN_WORKFLOW
