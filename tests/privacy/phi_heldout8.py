"""Held-out PHI set 8: a compliance sample of thoracic imaging text from a US academic medical
center and its affiliated community hospitals, imaging centers and clinics.

The sample covers chest radiograph and chest CT reports (emergency department reads, ICU
portables, outpatient and lung-screening CT), preliminary and final reads, addenda, tumor board
and peer-review notes, referral letters, PACS/RIS messages, critical-result logs, billing and
scheduling lines, and patient-portal messages, in roughly the proportions such an archive holds
them. Every person, record number, phone number, e-mail address, street number, network address
and web link is invented; some facility names are real institutions used only as names.

Gold spans are written ``{{kind:text}}`` with the kinds name, date, id, phone, email, url, ip,
address, facility and age. Conventions:

* titles (Dr., Mr., Mrs., Ms., Nurse) and degrees or credentials (MD, DO, RN, NP, PA-C, RT(R),
  PhD) stay outside a name span; "Last, First M." and DICOM-style "LAST^FIRST^M" are one span;
* a time or weekday written against a date is part of the date span; times alone, weekdays alone
  and durations are not PHI; a bare year after "in"/"since" is a date; "the" before an ordinal
  date stays outside;
* only ages over 89 are PHI, and only the number is marked; younger ages appear in the clean list;
* an id span holds the value without its label (MRN, accession, encounter/FIN, account, claim,
  Medicare MBI, member and SSN numbers, DICOM UIDs, peer-review case numbers, patient-tied device
  serials); room, bed, ward, CPT/ICD codes, protocol names and device model numbers are not PHI;
* an address runs from the street (or PO box) through the ZIP code as written; a city or state
  alone is not PHI; a phone span holds the number and any extension as written;
* a facility span holds the institution's name (hospitals, clinics, imaging centers, nursing
  homes, practices, labs), never generic department words such as "radiology", "ED" or "MICU".
"""

from __future__ import annotations

ED_READS = [
    "EXAM: XR CHEST PA AND LATERAL | PATIENT: {{name:WHITAKER, DWAYNE T}} | MRN: {{id:40718235}} | "
    "DOB: {{date:07/22/1951}} | ACC: {{id:XR230917734}}",
    "Ordering: {{name:Marcus Ellingson}}, MD (Emergency Medicine), "
    "{{facility:Lakeshore University Medical Center}}",
    "Exam date: {{date:03/14/2023 02:47}}   Location: ED Bay 14   Priority: STAT",
    "HISTORY: 71-year-old man with pleuritic chest pain; seen at "
    "{{facility:Saint Brendan Community Hospital}} urgent care on {{date:03/12/2023}} and given "
    "azithromycin.",
    "COMPARISON: PA/lateral chest {{date:11/02/2022}} and CT chest {{date:08/19/2021}}.",
    "The small left pleural effusion seen on {{date:November 2, 2022}} has resolved; no new "
    "consolidation.",
    "IMPRESSION: No acute cardiopulmonary abnormality. Findings discussed with Dr. "
    "{{name:Ellingson}} at the time of interpretation.",
    "Electronically signed: {{name:Anita Raman}}, MD   {{date:03/14/2023 03:11}}",
    "ED PORTABLE CHEST - {{name:Marisol Ortega-Vance}}, {{age:91}} y/o F, mechanical fall at home, "
    "left chest wall tenderness.",
    "Pt {{name:Oluwaseun Adebayo}} (MRN {{id:40822916}}) BIBA from "
    "{{facility:Hillcrest Manor Skilled Nursing}} with hypoxia to 84% on room air.",
    "Clinical info from triage RN {{name:Tasha Greenwood}}: fever 39.1, productive cough x4 days, "
    "on home O2 2L.",
    "CTA CHEST PE PROTOCOL   Acc {{id:CT231188402}}   {{name:Nguyễn Thị Lan}}   DOB "
    "{{date:1958-02-03}}   Female",
    "No filling defect to the segmental level; subsegmental branches of the right lower lobe are "
    "limited by motion. Reader: Dr. {{name:Samuel Okafor}}.",
    "Comparison is made with outside CT from {{facility:MetroHealth Medical Center}} dated "
    "{{date:September 28, 2022}}, pushed to PACS at the daughter's request.",
    "HX: {{age:94}}-year-old woman from {{facility:Cedar Grove Assisted Living}}, new confusion, "
    "rule out aspiration.",
    "The patient, {{name:Harold J. Kessler}}, was re-imaged after chest tube placement by Dr. "
    "{{name:Priya Raghunathan}} (Thoracic Surgery).",
    "Right apical pneumothorax now measures 2.1 cm, increased from 1.4 cm on the "
    "{{date:04/05/2023 06:10}} film.",
    "Requested by: {{name:Leah Goldfarb}}, DO; callback {{phone:216-555-0183}}.",
    "XR RIBS LEFT W PA CHEST -- {{name:Zofia Wiśniewska}} -- MRN {{id:40911407}} -- DOS "
    "{{date:12/24/2022}}",
    "Acute displaced fractures of the left 7th and 8th ribs posterolaterally, no pneumothorax. "
    "Dictated by {{name:Tomasz Nowicki}}, MD.",
    "Patient reports a chest film at {{facility:Geauga Valley Hospital}} on {{date:12/21/2022}} "
    "that was read as negative; those images are not available to us.",
    "ED course: CXR wet read by resident Dr. {{name:Amara Diallo}} as possible RML infiltrate; the "
    "final read concurs.",
    'Indication per order: "cough x3 wk, stays at the shelter on '
    '{{address:1700 Lakeside Ave E, Cleveland, OH 44114}}"',
    "EXAM: CT CHEST W/O CONTRAST   PATIENT: {{name:Björn Lindqvist}}   AGE: {{age:90}}Y   SEX: M"
    "   ENC: {{id:E0047712093}}",
    "Trauma activation {{date:07/04/2023 23:52}}, unidentified male, temporary MRN "
    "{{id:T00081231}}.",
    "Patient later identified as {{name:Jamal Rashid Ferguson}}; records merged into MRN "
    "{{id:40613388}} on {{date:07/05/2023}}.",
    "Trauma bay portable chest: ETT tip 4 cm above the carina. Read by Dr. {{name:Rebecca Hollis}} "
    "with Dr. {{name:Kevin Tran}}.",
    "ED attending Dr. {{name:Hope Castellano}} asked for a wet read before disposition.",
    "EXAM DATE: {{date:02-FEB-2023 1415}}   XR CHEST 1V   {{name:DELACROIX^MAURICE^P}}",
    "New right lower lobe consolidation compared with {{date:Jan 9 2023}}; aspiration pneumonia "
    "favored.",
    "Pt is a {{age:96}} yo M with dementia, sent from {{facility:Maplewood Care Center}} for "
    "desaturation.",
    "ED CT chest for {{name:Chen Wei-Ling}}, MRN {{id:41002378}}: 9 mm solid nodule in the "
    "lingula, new since {{date:March 2021}}.",
    "Per ED note by {{name:Brandon Voss}}, PA-C, the patient had a similar episode in "
    "{{date:2019}} treated at {{facility:Cleveland Clinic}}.",
    "Study performed {{date:Sat 05/20/2023 21:33}}; reported by nighthawk radiologist Dr. "
    "{{name:Gareth Lloyd}} and over-read in the morning.",
    "Over-read {{date:05/21/2023 08:02}} by {{name:Christine Baptiste}}, MD: agree, no change to "
    "management.",
    "Patient {{name:Esperanza Villalobos}}, DOB {{date:10/03/1947}}, presented after a syncopal "
    "episode at {{facility:Southgate Dialysis Center}}.",
    "Prior CXR {{date:2/14/23}} showed a right IJ dialysis catheter, since removed.",
    "Clinical question from Dr. {{name:Malik Johnson}}: free air under the diaphragm? Upright "
    "chest obtained.",
    "Subtle lucency along the right hemidiaphragm; recommend CT. Called to Dr. {{name:Johnson}} at "
    "{{phone:(216) 555-0102}}.",
]

ICU_PORTABLES = [
    "XR CHEST 1 VIEW PORTABLE   MICU Rm 6   {{name:Kwame Mensah}}   MRN {{id:40334781}}   "
    "{{date:05/02/2023 04:05}}",
    "Devices: ETT 3.5 cm above the carina; right IJ CVC tip at the cavoatrial junction; enteric "
    "tube below the diaphragm. Compared with {{date:05/01/2023 04:30}}.",
    "Large right pneumothorax with leftward mediastinal shift, new since {{date:May 1, 2023}}.",
    "Portable AP chest, SICU bed 12, POD 2 after CABG; patient {{name:Ahmad Al-Sayegh}}, acc "
    "{{id:XR230544120}}.",
    "Swan-Ganz tip in the right interlobar pulmonary artery; recommend withdrawal by 3 cm. "
    "Discussed with {{name:Carla Benedetti}}, RN, at the bedside.",
    "Daily film for {{name:Renée Thibodeaux}} ({{id:40127754}}): worsening bilateral airspace "
    "opacities compatible with ARDS in the right setting.",
    "Transferred from {{facility:Ashtabula County Medical Center}} on {{date:08/10/2023}}; outside "
    "films reviewed from CD.",
    "Interval left chest tube (placed by Dr. {{name:Yusuf Demir}} on {{date:08/11/2023}}); the "
    "left pneumothorax is now trace.",
    "CVICU portable {{date:8/12/23 05:40}}: Impella CP across the aortic valve, unchanged.",
    "{{name:Tanabe, Yuki}} -- {{age:93}}M -- NEURO ICU -- CXR for line placement -- Acc "
    "{{id:XR230812266}}",
    "Left subclavian PICC tip over the mid SVC. OK to use per Dr. {{name:Emily Strand}}, ICU "
    "fellow.",
    "Portable chest {{date:Sunday 10/15/2023 03:12}}: new left lower lobe collapse, likely mucus "
    "plugging.",
    "Image labeled with the wrong patient ({{name:Lindgren, Patricia}}) was removed; correct "
    "patient is {{name:Lindqvist, Björn}}, acc {{id:XR231015031}}.",
    "ECMO cannula positions unchanged from {{date:10/14/2023}}. Reviewed with perfusionist "
    "{{name:Dario Montes}}.",
    "MICU AM films {{date:11/03/2023}}: bed 4 {{name:Hussein, Layla}}, bed 7 "
    "{{name:Park, Min-jun}}, bed 9 {{name:O'Rourke, Declan}}.",
    "Enteric tube coiled in the esophagus; RN {{name:Gabriela Ruiz}} notified {{date:11/03/2023 "
    "05:58}} and tube pulled back.",
    "Repeat after repositioning: tip in the gastric body. Signed {{name:Tomasz Nowicki}}, MD "
    "{{date:11/03/2023 06:41}}.",
    "Portable chest for {{name:Ruth Abernathy}}, {{age:92}}, intubated for hypercapnic failure; "
    "MRN {{id:40288410}}.",
    "Compared with films of {{date:12/01/2023}} and {{date:12/02/2023}}, edema is improving.",
    "ICU team (Dr. {{name:Natalia Ivanova}}) asked whether the right IJ was arterial; the course "
    "parallels the carotid and a line gas is advised.",
    "Pacer wires and a Medtronic dual-chamber generator (serial {{id:RNB482117H}}) in the left "
    "chest wall.",
    "Patient {{name:Sunil Varghese}} transferred to {{facility:Select Specialty Hospital}} LTACH on "
    "{{date:01/08/2024}} with tracheostomy in place.",
    "Tracheostomy tube tip at T2; compared with {{date:01/05/2024}}, no pneumomediastinum.",
    "CTICU portable, {{name:Marguerite Fontaine}}, acc {{id:XR240119077}}, "
    "{{date:01/19/2024 04:44}}.",
    "Small bilateral effusions and bibasilar atelectasis. Findings texted to the night team "
    "through Vocera by {{name:Amara Diallo}}, MD.",
    "Burn ICU chest film {{date:02/02/2024}}: {{name:Travis Holloway}}, inhalation injury, early "
    "airspace disease in the right upper lobe.",
    "Prone positioning noted; image quality limited. RT {{name:Monique Saint-Cyr}} assisted with "
    "positioning.",
    "This {{age:98}}-year-old has a new right effusion; thoracentesis by IR requested by Dr. "
    "{{name:Faisal Qureshi}}.",
]

OUTPATIENT_CT = [
    "LOW-DOSE CT CHEST FOR LUNG CANCER SCREENING   {{name:Gloria Hutchins}}   MRN "
    "{{id:40455102}}   DOB {{date:04/18/1957}}",
    "Screening eligibility confirmed by shared decision visit with {{name:Dana Whitfield}}, NP, on "
    "{{date:04/02/2023}}.",
    "Smoking history: 40 pack-years, quit in {{date:2016}}.",
    "Right upper lobe 6 mm solid nodule (series 3, image 88), new compared with "
    "{{date:04/20/2022}}. Lung-RADS 3.",
    "Study performed at {{facility:Lakeshore Imaging Center - Beachwood}}, "
    "{{address:3909 Orange Pl, Suite 200, Beachwood, OH 44122}}.",
    "CT CHEST W CONTRAST   {{name:Francesca Moretti}}   Acc {{id:CT230622518}}   "
    "{{date:06/22/2023}}   Ordering: {{name:Howard Liebman}}, MD",
    "Clinical history: breast cancer restaging; prior surgery at {{facility:Hillcroft Women's "
    "Health Center}} in {{date:2020}}.",
    "Compared with CT of {{date:12/15/2022}} from {{facility:North Coast Cancer Institute}}, "
    "mediastinal nodes are stable.",
    "HRCT CHEST (supine/prone, inspiratory/expiratory) for {{name:Delgado, Ramón}}, referred by "
    "{{facility:Mentor Pulmonary Associates}}.",
    "Subpleural reticulation with basal predominance and honeycombing; UIP pattern, progressed "
    "since {{date:June 2021}}.",
    "Outside comparison from {{facility:University Hospitals Ahuja Medical Center}}, dated "
    "{{date:06/04/2021}}, reviewed on CD.",
    "CT chest 3-month follow-up for {{name:Eleanor Rusk}}, {{age:90}}, previously seen at "
    "{{facility:Parkside Family Medicine}}.",
    "The 8 mm part-solid nodule in the left lower lobe measured 7 mm on {{date:03/09/2023}}; "
    "solid component unchanged.",
    "Radiologist: {{name:Leah Goldfarb}}, DO   Dictated {{date:06/13/2023 16:20}}   Transcribed "
    "{{date:06/13/2023 16:24}}",
    "CT chest angiogram outpatient: {{name:Ibrahim Haddad}}, {{id:40719931}}, for aortic aneurysm "
    "surveillance.",
    "Ascending aorta 4.6 cm, was 4.4 cm on {{date:January 11, 2022}}. Recommend CT surgery "
    "referral to Dr. {{name:Stephen Albrecht}}.",
    "Patient arrived with outside CD from {{facility:Chagrin Valley Imaging}} labeled "
    "{{date:10/30/2021}}.",
    "Exam location: {{facility:Saint Brendan Community Hospital}} Outpatient Imaging, "
    "{{address:2815 Brendan Way, Mentor, OH 44060}}",
    "CT CHEST W/O   {{name:Ananya Krishnan}}   DOB {{date:09/09/1984}}   FIN {{id:50028841176}}",
    "Several scattered calcified granulomas, likely sequelae of histoplasmosis. No follow-up "
    "needed. {{name:Samuel Okafor}}, MD",
    "Outpatient chest film, {{facility:Euclid Heights Family Clinic}}, {{date:08/01/2023}}: "
    "mild hyperinflation only.",
    "This {{age:95}}-year-old former machinist has pleural plaques with calcification, "
    "consistent with asbestos exposure.",
    "Patient {{name:Walter Pruitt}} worked at the shipyard in {{date:1968}}; plaques are stable "
    "since {{date:2014}}.",
    "Lung screening annual for {{name:Teresa Kowalski}}, last screen {{date:07/11/2022}} Lung-RADS "
    "2.",
    "CT abdomen-pelvis lung bases: 4 mm right lower lobe nodule; compare with chest CT "
    "{{date:05/05/2020}} if available from {{facility:Quest Imaging Solon}}.",
    "Follow-up CT for {{name:Rosalind Achebe}} requested by {{name:Priya Raghunathan}}, MD, 12 "
    "months after wedge resection of {{date:08/29/2022}}.",
    "No recurrence at the staple line. Dictated at {{facility:LUMC}} by "
    "{{name:Christine Baptiste}}, MD.",
    "CT CHEST W/O (AIRWAYS) for {{name:Miyamoto, Kenji}}, MRN {{id:40376012}}: tracheomalacia "
    "with more than 70% collapse on expiration.",
]

PRELIM_FINAL_ADDENDA = [
    "PRELIMINARY REPORT -- {{name:Kevin Tran}}, MD (resident) -- {{date:09/02/2023 01:18}} -- "
    "awaiting attending review",
    "FINAL REPORT: agree with preliminary interpretation with the addition below. "
    "{{name:Rebecca Hollis}}, MD {{date:09/02/2023 07:55}}",
    "ADDENDUM {{date:09/03/2023 10:12}}: the 5 mm nodule reported in the right middle lobe is a "
    "vessel on review of MIP images.",
    "ADDENDUM: Critical discrepancy from the preliminary read communicated to Dr. "
    "{{name:Malik Johnson}} on {{date:09/02/2023 08:03}}.",
    "Preliminary read by teleradiology ({{facility:Virtual Radiologic}}), Dr. {{name:Andrea Pell}}, "
    "{{date:10/21/2023 02:36}}.",
    "Addendum by {{name:Anita Raman}}, MD: the patient's name was misspelled on the original "
    "report; correct spelling is {{name:Siobhán Ní Bhriain}}.",
    "Addendum {{date:Nov 4, 2023}}: comparison with outside CT from {{facility:Geauga Valley "
    "Hospital}} ({{date:05/17/2023}}) confirms stability of the nodule over 6 months.",
    "Corrected report. Original signed {{date:11/29/2023 14:05}}; laterality corrected from left to "
    "right.",
    "Addendum: the accession was dictated under {{id:CT231129044}} in error; correct accession is "
    "{{id:CT231129047}}.",
    "Resident prelim ({{name:Amara Diallo}}): no pneumothorax. Attending final "
    "({{name:Tomasz Nowicki}}): tiny left apical pneumothorax, 3 mm.",
    "ADDENDUM #2 {{date:12/02/2023}} -- discussed with the patient's pulmonologist, "
    "Dr. {{name:Yolanda Brooks}} of {{facility:Mentor Pulmonary Associates}}.",
    "Final report amended at the request of the ordering provider, {{name:Ellingson, Marcus}}, "
    "to include the rib fractures.",
    "Preliminary interpretation provided {{date:02/10/2024 03:40}}; final report "
    "{{date:02/10/2024 08:15}} by {{name:Christine Baptiste}}, MD.",
    "Wet read (not final) by Dr. {{name:Gareth Lloyd}}: no acute findings; formal report to "
    "follow.",
    "Addendum: please disregard the recommendation for 3-month CT; the patient, "
    "{{name:Harold Kessler}}, is already enrolled in surveillance at "
    "{{facility:North Coast Cancer Institute}}.",
    "Addendum {{date:2024-03-07 09:41}}: outside PET/CT from {{facility:Cleveland Clinic}} "
    "dated {{date:2024-02-26}} now available; the hilar node is FDG avid.",
    "Report revised by {{name:Leah Goldfarb}}, DO after review with thoracic radiology "
    "fellow Dr. {{name:Jun Hoshino}}.",
    "Prelim to ED {{date:04/01/2024 22:10}}: possible RLL pneumonia. Final: RLL atelectasis, no "
    "pneumonia. -- {{name:S. Okafor}}",
]

TUMOR_BOARD_PEER_REVIEW = [
    "THORACIC TUMOR BOARD {{date:04/19/2023}} -- Case 3: {{name:Harold Kessler}}, 68M, RUL "
    "spiculated mass, MRN {{id:40233017}}.",
    "Presenting radiologist: Dr. {{name:Samuel Okafor}}; pathology: Dr. {{name:Ines Carvalho}}; "
    "surgery: Dr. {{name:Priya Raghunathan}}.",
    "Imaging reviewed: CT chest {{date:03/28/2023}}, PET/CT {{date:04/06/2023}}, brain MRI "
    "{{date:04/10/2023}}.",
    "Consensus: clinical stage IIB; lobectomy at {{facility:Lakeshore University Medical Center}} "
    "within 4 weeks.",
    "Tumor board case 5: {{name:Francesca Moretti}}, referred by {{name:Howard Liebman}}, MD of "
    "{{facility:North Coast Cancer Institute}}.",
    "Recommendation: biopsy of the AP window node by EBUS; Dr. {{name:Yolanda Brooks}} will "
    "schedule.",
    "Multidisciplinary lung nodule clinic {{date:06/07/2023}}: reviewed {{name:Gloria Hutchins}} "
    "(Lung-RADS 3 nodule).",
    "Attendees: {{name:Samuel Okafor}} (Radiology), {{name:Dana Whitfield}} (Pulmonary NP), "
    "{{name:Mei-Ling Zhou}} (Navigator).",
    "Interstitial lung disease conference {{date:09/14/2023}}: {{name:Ramón Delgado}} -- "
    "consensus UIP, start antifibrotic.",
    "Mesothelioma case from {{facility:Ashtabula County Medical Center}} presented by "
    "Dr. {{name:Faisal Qureshi}}; patient {{name:Walter Pruitt}}.",
    "PEER REVIEW (RADPEER) case {{id:PR-2023-0412}}: original interpreter "
    "Dr. {{name:Gareth Lloyd}}, reviewer Dr. {{name:Anita Raman}}. Score 2b.",
    "Missed 11 mm RUL nodule on CXR of {{date:01/30/2023}}, visible in retrospect; "
    "patient {{name:Teresa Kowalski}}.",
    "Peer review committee minutes {{date:05/16/2023}}: case {{id:PR-2023-0419}} closed, "
    "educational letter sent.",
    "Focused professional practice evaluation for Dr. {{name:Andrea Pell}}: 25 chest CT cases "
    "reviewed between {{date:01/01/2023}} and {{date:03/31/2023}}.",
    "Discrepancy log entry {{id:DL-23-00871}}: prelim by {{name:Kevin Tran}} missed a pneumothorax; "
    "attending {{name:Rebecca Hollis}} corrected.",
    "M&M presentation {{date:10/25/2023}}: delayed diagnosis of esophageal perforation in "
    "{{name:Jamal Ferguson}}, acc {{id:CT230705009}}.",
    "Quality review of the reading at {{facility:Saint Brendan Community Hospital}} night "
    "coverage: {{name:Gareth Lloyd}}, MD, 3 discrepancies in Q3.",
    "Tumor board {{date:01/17/2024}}: {{name:Chen Wei-Ling}} -- lingular nodule grew to 12 mm; "
    "navigational bronchoscopy recommended.",
    "Esophageal tumor board: {{name:Dwight Carmody}}, {{age:91}}, declines surgery; palliative "
    "stent by GI at {{facility:St. Brendan's}}.",
]

REFERRAL_LETTERS = [
    "{{date:June 26, 2023}}",
    "{{name:Howard Liebman}}, MD\n{{facility:North Coast Cancer Institute}}\n"
    "{{address:11100 Euclid Ave, Suite 4B, Cleveland, OH 44106}}",
    "RE: {{name:Francesca Moretti}}   DOB: {{date:02/11/1961}}   MRN: {{id:40590034}}",
    "Dear Dr. {{name:Liebman}}, thank you for referring Ms. {{name:Moretti}} for CT chest, "
    "performed on {{date:June 22, 2023}}.",
    "Please do not hesitate to contact me at {{phone:216-555-0134}} or "
    "{{email:leah.goldfarb@lakeshorehealth.org}}.",
    "Sincerely,\n{{name:Leah Goldfarb}}, DO\nThoracic Imaging, "
    "{{facility:Lakeshore University Medical Center}}",
    "cc: {{name:Dana Whitfield}}, NP; patient copy mailed to "
    "{{address:48 Birchwood Ln, Chardon, OH 44024}}",
    "Referral from {{facility:Parkside Family Medicine}}, {{address:720 Parkside Blvd, "
    "Willoughby, OH 44094}}, fax {{phone:440-555-0177}}.",
    "To whom it may concern: Mr. {{name:Ibrahim Haddad}} (DOB {{date:01/25/1949}}) requires "
    "annual CT surveillance of his thoracic aortic aneurysm.",
    "Dr. {{name:Albrecht}}, I am referring {{name:Ibrahim Haddad}} for evaluation of a 4.6 cm "
    "ascending aorta. -- {{name:Samuel Okafor}}, MD",
    "Dear Patient, your lung screening CT on {{date:04/24/2023}} showed a finding that needs a "
    "follow-up scan in 6 months.",
    "Patient letter mailed {{date:04/27/2023}} to {{name:Gloria Hutchins}}, "
    "{{address:1937 Grayton Rd, Apt 2, Lakewood, OH 44107}}.",
    "Referring: {{name:Yolanda Brooks}}, MD   {{facility:Mentor Pulmonary Associates}}   "
    "{{address:8870 Mentor Ave, Mentor, OH 44060}}   Ph {{phone:(440) 555-0129}}",
    "Consult request to {{facility:Lakeshore Heart and Vascular Institute}}: "
    "{{name:Esperanza Villalobos}}, pericardial effusion on CT {{date:08/15/2023}}.",
    "Outside radiology group letter: {{facility:Chagrin Valley Imaging}}, "
    "{{address:100 N Main St, Chagrin Falls, OH 44022}}, requesting priors for "
    "{{name:Delgado, Ramón}}.",
    "Thank you for seeing {{name:Rosalind Achebe}}, {{age:92}}, who has a new left upper lobe "
    "mass; she lives with her son at {{address:3321 Coventry Rd, Cleveland Heights, OH 44118}}.",
    "Dear Dr. {{name:Kowalczyk}}: your patient {{name:Walter Pruitt}} had chest CT on "
    "{{date:10/09/2023}} showing stable calcified pleural plaques.",
    "{{name:Janet Kowalczyk}}, MD, {{facility:Euclid Heights Family Clinic}}, "
    "{{address:2240 Lee Rd, Cleveland Heights, OH 44118}}",
    "Hospice referral: {{name:Dwight Carmody}}, {{age:91}}, to "
    "{{facility:Hospice of the Western Reserve}}, {{date:02/01/2024}}.",
    "Letter of medical necessity for PET/CT, {{name:Kessler, Harold J.}}, Medicare MBI "
    "{{id:4TN7-WK2-QR83}}, signed {{name:Priya Raghunathan}}, MD.",
    "Copy to referring physician's office by e-mail: {{email:referrals@parksidefamilymed.com}}",
    "Patient's mailing address on file: {{address:PO Box 412, Burton, OH 44021}}",
    "VA referral: {{name:Travis Holloway}}, veteran, care coordinated with "
    "{{facility:Louis Stokes Cleveland VA Medical Center}}; images sent {{date:03/02/2024}}.",
]

PACS_RIS = [
    "PACS QUEUE ALERT: study {{id:1.2.840.113619.2.418.3.2831164096.552.1684212937.221}} failed "
    "to route from CT2 ({{ip:10.40.12.87}}) to the archive.",
    "RIS note {{date:04/11/2023 09:14}} by {{name:J. Ruiz}}, RT(R): patient unable to hold breath; "
    "repeat lateral obtained.",
    "Outside images received via PowerShare from {{facility:Lake Health West Medical Center}}, "
    "outside accession {{id:LHW-88213045}}, for {{name:Francesca Moretti}}.",
    "Merge request: images for {{name:Andrea Kowalski}} DOB {{date:05/30/1962}} were sent under "
    "MRN {{id:40551293}} in error; correct MRN {{id:40551923}}.",
    "HL7 ORU resend for accession {{id:CT230301187}} to interface engine {{ip:172.16.44.21}} "
    "(port 6661) completed.",
    "Viewer link for referring physician: "
    "{{url:https://pacs.lakeshorehealth.org/zfp?acc=CT230301187}}",
    "Workstation RR-07 ({{ip:10.40.9.133}}) lost its PowerScribe session at 14:02; dictations "
    "recovered.",
    "Please re-push priors for {{name:Guerrero, Luis A.}} to the reading room at "
    "{{facility:Saint Brendan Community Hospital}}; their gateway is {{ip:10.52.3.40}}.",
    "Modality worklist entry: {{name:HADDAD^IBRAHIM}} | {{id:40719931}} | CTA CHEST | "
    "{{date:20230915}} | CT1",
    "DICOM header PatientName={{name:MENSAH^KWAME}} PatientID={{id:40334781}} "
    "StudyDate={{date:20230502}}",
    "StudyInstanceUID {{id:1.2.840.113619.2.55.3.604688119.971.1689012345.412}} flagged as "
    "duplicate.",
    "IT ticket: user {{name:Beverly Sanchez}} reports images not loading on {{ip:10.40.22.19}}.",
    "Tech comment: pt {{name:Lucía Ferrer}} refused lateral view; only PA obtained. -- "
    "{{name:Dominic Reyes}}, RT(R)",
    "Study sent to CD burner for {{name:Gloria Hutchins}} per ROI request {{id:ROI-23-11907}}.",
    "Image share link (expires in 7 days): {{url:https://share.lakeshorehealth.org/s/7Kq2xPz9}}",
    "Autoroute rule updated by {{name:Nate Olsen}} (PACS admin): CT from {{ip:10.52.3.41}} now "
    "routes to VNA.",
    "Prior from {{facility:Geauga Valley Hospital}} imported, outside MRN {{id:GV0093381}} "
    "reconciled to {{id:40911407}}.",
    "Tech note: contrast extravasation 30 mL in the left antecubital; Dr. {{name:Hollis}} "
    "assessed; patient {{name:Sunil Varghese}}.",
    "Study {{id:CT240210113}} locked by {{name:Amara Diallo}} since 03:10; please release.",
    "Email from PACS admin: send screenshots of the error to "
    "{{email:pacs.support@lakeshorehealth.org}}.",
    "Teleradiology node {{ip:192.168.220.14}} unreachable; nighthawk reads diverted to in-house "
    "attending.",
    "Worklist filter shared by {{name:Rebecca Hollis}}: STAT chest, all sites, including "
    "{{facility:Geauga Valley Hospital}} and {{facility:St. Brendan's}}.",
    "RIS status change {{date:07/19/2023 11:47}}: {{id:XR230719220}} from Completed to Dictated.",
    "Technologist {{name:Aisha Bello}} documented pregnancy test negative before CT.",
    "Please correct DOB for {{name:Nguyễn Thị Lan}}: registered as {{date:1958-03-02}}, "
    "correct is {{date:1958-02-03}}.",
    "Uploading outside CD from {{facility:Southwest General Hospital}} for patient "
    "{{name:Zofia Wiśniewska}}.",
    "Router log: DICOM association rejected from {{ip:10.61.0.8}} (calling AE CTSCAN4).",
    "Downtime procedure in effect {{date:08/06/2023 01:00}} to {{date:08/06/2023 05:00}}; "
    "paper requisitions to be scanned by {{name:Tracy Boudreaux}}.",
    "VPN reading access for Dr. {{name:Gareth Lloyd}} from {{ip:73.142.18.206}} approved.",
    "IT request: enable remote viewer at {{url:https://rad-remote.lakeshorehealth.org/login}} "
    "for the peer-review committee.",
]

CRITICAL_RESULTS = [
    "CRITICAL RESULT: right tension pneumothorax. Called to {{name:Tasha Greenwood}}, RN, MICU, "
    "{{date:05/02/2023 04:12}}, read-back confirmed. -- Dr. {{name:Nowicki}}",
    "Critical finding: saddle pulmonary embolism in {{name:Nguyễn Thị Lan}} (MRN "
    "{{id:41033560}}); Dr. {{name:Okafor}} spoke to Dr. {{name:Ellingson}} at 15:26.",
    "CRITICAL RESULTS LOG -- {{date:06/09/2023}} -- acc {{id:CT230609338}} -- aortic dissection "
    "type A -- notified Dr. {{name:Stephen Albrecht}} (CT surgery) via {{phone:216-555-0161}}.",
    "Malpositioned enteric tube in the right mainstem bronchus, communicated to "
    "{{name:Carla Benedetti}}, RN by phone {{date:07/22/2023 02:09}}.",
    "Unexpected finding (non-critical, significant): 3.1 cm RUL mass in "
    "{{name:Kessler, Harold}}; message left for PCP Dr. {{name:Janet Kowalczyk}} at "
    "{{phone:(216) 555-0176}}.",
    "Critical value called {{date:08/30/2023 19:44}}: pneumoperitoneum on upright chest, "
    "{{name:Malik Johnson}}, MD received.",
    "Result communicated to {{name:Beatriz Almeida}}, charge nurse at "
    "{{facility:Hillcrest Manor Skilled Nursing}}, {{phone:440-555-0112}}, as the physician was "
    "unavailable.",
    "ACR actionable finding category 2 logged for {{name:Teresa Kowalski}}; navigator "
    "{{name:Mei-Ling Zhou}} to follow up within 7 days.",
    "Critical: new large pericardial effusion, {{name:Esperanza Villalobos}}. Discussed with "
    "Dr. {{name:Natalia Ivanova}} {{date:08/15/2023 11:03}}.",
    "Unable to reach ordering provider; escalated to ED charge physician Dr. "
    "{{name:Hope Castellano}} {{date:09/18/2023 00:37}}.",
    "CRIT LOG | {{date:10/02/2023 06:55}} | {{id:XR231002045}} | ETT in R mainstem | called RT "
    "{{name:Dwayne Oakes}} | read-back Y",
    "Critical result documented: tension pneumothorax in a {{age:97}}-year-old at "
    "{{facility:Maplewood Care Center}}; EMS transport arranged by staff.",
    "Pulmonary embolism called to the covering hospitalist {{name:Omar Farouk}}, "
    "{{phone:216-555-0190 ext 3342}}, {{date:11/11/2023 22:18}}.",
    "Follow-up of incidental findings: letter sent {{date:12/05/2023}} to "
    "{{name:Ananya Krishnan}} and to Dr. {{name:Kowalczyk}}.",
    "Critical finding from {{facility:Geauga Valley Hospital}} ED: free air; radiologist "
    "{{name:Tomasz Nowicki}} called the ED at {{phone:440-555-0158}}.",
    "Critical call-back failed x2 to {{phone:216-555-0107}}; paged the fellow "
    "{{name:Emily Strand}} instead.",
    "Actionable finding e-mailed to {{email:ykbrooks@mentorpulm.com}} and faxed to "
    "{{phone:440-555-0130}}.",
    "Critical result for {{name:Lucía Ferrer}}, {{id:40870023}}: large right effusion with "
    "mediastinal shift; called to floor RN {{name:Jada Whitcomb}}.",
]

BILLING_SCHEDULING = [
    "Acct {{id:7003319842}} | Guarantor: {{name:Denise Whitaker}} | DOS {{date:03/14/2023}} | "
    "CPT 71046 | Dx R07.9 | Bal $184.20",
    "Medicare MBI {{id:3QW8-HN6-TJ21}} on file for {{name:Eleanor Rusk}}; secondary coverage via "
    "Medigap plan G.",
    "Claim {{id:CLM2023081544120}} denied: CT chest 71260 for {{name:Ibrahim Haddad}}, prior "
    "auth missing.",
    "Prior authorization {{id:PA-77120983}} approved {{date:06/01/2023}} through "
    "{{date:08/30/2023}} for {{name:Francesca Moretti}}.",
    "Member ID {{id:XHP847201936}}, subscriber {{name:Luis A. Guerrero}}.",
    "SSN {{id:283-55-9014}} on the registration for {{name:Walter Pruitt}} does not match the "
    "payer record.",
    "Appt {{date:Tue 06/13/2023 10:30}} CT chest w/o at {{facility:Lakeshore Imaging Center - "
    "Beachwood}}. Confirm: {{phone:(216) 555-0147}}.",
    "Scheduling: {{name:Gloria Hutchins}}, LDCT follow-up, {{date:10/24/2023 08:15}}, Mentor "
    "scanner. Call pt at {{phone:440-555-0148}}.",
    "Reminder text sent to {{phone:+1 216 555 0169}} for CT on {{date:11/02/2023}}.",
    "Reschedule: patient {{name:Ramón Delgado}} requests Saturday; moved to "
    "{{date:09/23/2023 09:00}} at {{facility:Saint Brendan Community Hospital}}.",
    "Self-pay estimate for CT chest w/o: $412.00. Sent to {{email:marisol.ov@yahoo.com}}.",
    "Charge correction: accession {{id:CT230622518}} billed twice on {{date:06/22/2023}}; credit "
    "issued to acct {{id:7004188210}}.",
    "Statement address updated: {{name:Björn Lindqvist}}, {{address:15 Harbor View Ct, "
    "Fairport Harbor, OH 44077}}.",
    "Financial assistance application received {{date:07/30/2023}} from "
    "{{name:Jamal Ferguson}}, acct {{id:7004512277}}.",
    "Insurance card: Medicaid ID {{id:104882913766}}, managed care plan; "
    "patient {{name:Oluwaseun Adebayo}}.",
    "No-show {{date:08/08/2023 13:45}}: {{name:Teresa Kowalski}}, LDCT. Left voicemail "
    "{{phone:216.555.0121}}.",
    "Workers' comp claim {{id:WC-2023-004471}} for rib films, employer contact "
    "{{name:Gary Lutz}}, {{phone:330-555-0193}}.",
    "Professional fee for {{date:10/15/2023}} portable chest billed under Dr. "
    "{{name:Tomasz Nowicki}}, NPI on file.",
    "Scheduling note: pt {{name:Yuki Tanabe}} needs Japanese interpreter; son "
    "{{name:Hiroshi Tanabe}} can be reached at {{phone:216-555-0155}}.",
    "Appointment letter: {{date:Monday, March 4, 2024 7:45 AM}}, arrive 15 minutes early at "
    "{{address:3909 Orange Pl, Suite 200, Beachwood, OH 44122}}.",
    "Encounter {{id:E0051123987}} closed; coder {{name:Pamela Hirsch}} queried the missing "
    "laterality.",
    "Lung screening registry submission for {{name:Gloria Hutchins}}, SSN {{id:291-40-7738}}, "
    "exam {{date:04/24/2023}}.",
    "Appointment booked online via {{url:https://mychart.lakeshorehealth.org/schedule}} by "
    "{{name:Ananya Krishnan}}.",
    "Transport: wheelchair van for {{name:Ruth Abernathy}}, {{age:92}}, pick-up at "
    "{{address:6100 Mayfield Rd, Mayfield Heights, OH 44124}}.",
]

PORTAL_MESSAGES = [
    "Hi Dr. {{name:Raman}}, I got a letter saying my CT from {{date:May 2}} shows a 6 mm nodule. "
    "Should I be worried? -- {{name:Gloria Hutchins}}",
    "Message from {{name:Renée Thibodeaux}}'s daughter {{name:Claire Thibodeaux}}: can you send "
    "the chest X-ray report to {{email:claire.thibodeaux@gmail.com}}?",
    'Patient portal: "My name is {{name:Walter Pruitt}}, my doctor at {{facility:Wade Park VA}} wants my CT '
    'from {{date:October 9th}}."',
    "Reply from {{name:Dana Whitfield}}, NP: Mr. {{name:Pruitt}}, we have faxed the report to "
    "your doctor there.",
    "I had my scan at {{facility:Ridgeview Imaging Center}} last week and the result isn't in "
    "MyChart yet. {{name:Teresa K.}}",
    "Portal message {{date:07/12/2023 21:40}} from {{name:Ahmad Al-Sayegh}}: pain at the chest "
    "tube site since discharge.",
    "Hello, this is {{name:Siobhán Ní Bhriain}}; my name is spelled wrong on my report from "
    "{{date:10/30/2023}}.",
    "Dear Dr. {{name:Okafor}}, could you call me at {{phone:440-555-0185}} about my aorta scan? "
    "Thanks, {{name:Ibrahim}}",
    "Can the CT be done at {{facility:Geauga Valley Hospital}} instead? It is closer to my home "
    "in Chardon. -- {{name:Andrea Kowalski}}",
    "Patient uploaded a photo of an outside report dated {{date:March 3, 2021}} from "
    "{{facility:Southwest General Hospital}}.",
    "New message from {{email:jferguson77@outlook.com}}: need a copy of my CT for my lawyer.",
    "Portal link sent for results review: {{url:https://mychart.lakeshorehealth.org/results/"
    "88213}}",
    "My mother {{name:Marguerite Fontaine}} is {{age:99}} and can't come in; can the X-ray be "
    "done at home? -- {{name:Denis Fontaine}}",
    "Mobile X-ray vendor {{facility:Portable Diagnostics of Ohio}} can come to "
    "{{address:210 Elmwood Dr, Painesville, OH 44077}} on {{date:11/14/2023}}.",
    "Response: Hi {{name:Lucía}}, your chest X-ray from {{date:Friday 12/8}} looks normal. "
    "-- Dr. {{name:Goldfarb}}",
    "Proxy access granted to {{name:Hiroshi Tanabe}} for {{name:Yuki Tanabe}} on "
    "{{date:01/03/2024}}.",
    "Patient: I prefer e-mail, {{email:dwhitaker51@att.net}}, since I don't hear well on the "
    "phone.",
    "Message: My new address is {{address:4410 Wooster Rd, Apt 12, Rocky River, OH 44116}}; "
    "please mail the CD there. -- {{name:Zofia W.}}",
    "Hi, it's {{name:Kwame}}'s wife, {{name:Abena Mensah}}. Was the tube in his lung fixed "
    "overnight?",
    "Portal: uploading my report from {{facility:Mayo Clinic}} ({{date:2022-11-30}}) for "
    "comparison.",
    "Portal message from {{name:Chen Wei-Ling}} ({{email:wlchen.home@gmail.com}}): I am "
    "traveling on {{date:Jan 28}}, can biopsy be earlier?",
]

RELEASE_AND_ADMIN = [
    "ROI request {{id:ROI-23-12044}} from attorney {{name:Gregory Stamos}}, Esq., for "
    "{{name:Jamal Ferguson}}'s imaging from {{date:07/04/2023}} to {{date:07/20/2023}}.",
    "Authorization signed by {{name:Jamal R. Ferguson}} {{date:08/02/2023}}; send to "
    "{{address:1300 E 9th St, Suite 1100, Cleveland, OH 44114}}.",
    "Subpoena duces tecum received {{date:09/12/2023}} for films of {{name:Walter Pruitt}}, "
    "DOB {{date:05/17/1929}}.",
    "Disclosure log: images released to {{facility:Cleveland Clinic Taussig Cancer "
    "Institute}} on {{date:02/20/2024}} per patient request.",
    "Chart correction: {{name:Layla Hussein}} and {{name:Laila Husain}} are different patients; "
    "MRNs {{id:40781244}} and {{id:40781422}}.",
    "Privacy incident: report for {{name:Eleanor Rusk}} faxed to wrong "
    "number {{phone:440-555-0117}}.",
    "Incident reviewed by privacy officer {{name:Camille Dubois}}, {{email:privacy@lakeshorehealth.org}}.",
    "Notification letter mailed {{date:03/01/2024}} to {{address:77 Maple St, Chardon, OH 44024}}.",
    "Breach assessment: recipient {{facility:Chardon Family Dental}} confirmed destruction of the "
    "fax on {{date:02/27/2024}}.",
    "Research data request from PI Dr. {{name:Jun Hoshino}}, received {{date:04/17/2023}}; "
    "de-identified CT export only.",
    "Export manifest lists accession {{id:CT230418551}} and MRN {{id:40330219}}, which should "
    "have been removed.",
    "Audit log: user {{name:K. Perez}} viewed the chart of {{name:Kessler, Harold}} from "
    "{{ip:10.40.31.77}} on {{date:04/20/2023 23:14}}.",
    "Audit access from an off-site address {{ip:98.27.144.3}} by {{name:Beverly Sanchez}}, "
    "{{date:05/06/2023 02:03}}.",
    "Employee {{name:Beverly Sanchez}} completed the HIPAA refresher on {{date:05/20/2023}}.",
    "Compliance sample pulled {{date:03/15/2024}} by {{name:Margaret Ellery}}, internal audit.",
    "Death record: {{name:Dwight Carmody}} expired {{date:02/19/2024}} at "
    "{{facility:Hospice of the Western Reserve}}.",
    "Amendment request from {{name:Raymond Okoro}} (MRN {{id:40992271}}): disputes smoking "
    "history in CT report of {{date:09/28/2023}}.",
    "Patient {{name:Raymond Okoro}} says he quit smoking in {{date:1995}}, not in {{date:2015}}.",
    "Directory opt-out for {{name:Jamal Ferguson}} entered {{date:07/05/2023 10:20}}.",
    "Release to {{facility:Summa Health}} of CT chest accession {{id:CT231017702}}, "
    "requested by {{email:medrecords@summahealth.org}}.",
]

MIXED_REPORTS = [
    "Study: CT CHEST ANGIO | Pt: {{name:Ferrer, Lucía}} | {{id:40870023}} | {{date:12/08/2023}} | "
    "Ref: Dr. {{name:Omar Farouk}}",
    "FINDINGS: Filling defects in the right lower lobe segmental arteries. RV/LV ratio 0.9. "
    "Comparison none. -- {{name:Christine Baptiste}}, MD",
    "History: {{age:100}}-year-old woman with progressive dyspnea; son reports a fall on the "
    "{{date:3rd of May}}.",
    "Patient {{name:Mildred Oyelaran}}, aged {{age:102}}, from {{facility:Brookside Nursing and "
    "Rehabilitation}}.",
    "X-RAY CHEST 2V   {{name:Salvatore Greco}}   {{age:93}} Y   MRN {{id:40612008}}   "
    "{{date:2023-09-07 11:05}}",
    "Prior surgery: left pneumonectomy at {{facility:Massachusetts General Hospital}} in "
    "{{date:1987}}.",
    "The post-pneumonectomy space is opacified, unchanged since {{date:2011}}.",
    "Comparison: {{date:09/07/2022}}, {{date:03/10/2022}}, {{date:08/02/2021}}.",
    "Dictated by {{name:Jun Hoshino}}, MD (Fellow); reviewed and approved by {{name:Anita Raman}}, "
    "MD.",
    "Study read remotely from the {{facility:Lakeshore Imaging Center - Beachwood}} workstation.",
    "Pt name: {{name:Aleksandr Volkov}} ({{name:Александр Волков}}), interpreter requested "
    "(Russian).",
    "CT chest for {{name:李明}} ({{name:Li Ming}}), MRN {{id:40744561}}: miliary nodules; TB "
    "isolation precautions advised.",
    "Infection prevention notified ({{name:Roberta Klein}}, RN, {{phone:216-555-0128}}) "
    "{{date:10/07/2023 14:50}}.",
    "Patient {{name:Kateryna Bondarenko}} recently arrived from Ukraine; chest film for refugee "
    "health screening at {{facility:Near West Side Health Clinic}}.",
    "Screening chest X-ray {{date:11/20/2023}}: no active TB. Reported to {{name:Fatima Noor}}, "
    "RN, at the clinic.",
    "Chest radiograph for immigration (I-693) of {{name:Tomás Aguilar}}, A-number "
    "{{id:A212448903}}.",
    "Civil surgeon: Dr. {{name:Ravi Menon}}, {{facility:Westside Immigration Medical}}, "
    "{{address:4500 Lorain Ave, Cleveland, OH 44102}}.",
    "Pre-operative chest film {{date:01/22/2024 06:30}} for {{name:Genevieve Paquette}}, "
    "scheduled for hip arthroplasty.",
    "Patient {{name:Otis Brantley}} has a Medtronic ICD, device serial {{id:PZN719204S}}, "
    "MRI conditional.",
    "Loop recorder (serial {{id:RTL228165G}}) overlies the left parasternal region.",
    "Occupational screening B-read for {{name:Curtis Lamb}}, coal miner, by certified B reader "
    "Dr. {{name:Hollis}}.",
    "ILO classification 1/0 q/q upper zones; compared with {{date:2018-06-14}}.",
    "CT guided biopsy {{date:02/14/2024}}: operator Dr. {{name:Faisal Qureshi}}; assistant "
    "{{name:Leona Park}}, RN.",
    "Post-biopsy film at 1 hour: small pneumothorax stable. Patient {{name:Chen Wei-Ling}} "
    "discharged with instructions.",
    "Pathology from {{facility:Lakeshore University Medical Center}} Anatomic Pathology, case "
    "{{id:S24-004417}}: adenocarcinoma.",
    "Outside pathology review requested from {{facility:Quest Diagnostics}} specimen "
    "{{id:QD8813002}}.",
    "Thoracentesis {{date:03/05/2024}}: 1.2 L removed from the right, performed by "
    "{{name:Marcus Bell}}, PA-C.",
    "Post-procedure chest film shows no pneumothorax. Signed {{name:Gareth Lloyd}}, MD "
    "{{date:03/05/2024 15:40}}.",
    "Patient {{name:Ezekiel Brown}} of {{address:912 Superior Ave NE, Apt 7C, Cleveland, OH "
    "44114}} presented after a house fire.",
    "Smoke inhalation; chest film normal on {{date:03/18/2024}}, repeat advised in 24 h.",
    "Referring clinic: {{facility:Care Alliance Health Center}}, {{phone:216-555-0139}}.",
    "Consulting radiologist at {{facility:Wooster Community Hospital}}, Dr. "
    "{{name:Eun-ji Seo}}, requested our opinion on the mediastinal mass.",
    "Second opinion returned by e-mail to {{email:eseo@woosterhospital.org}} on "
    "{{date:04/02/2024}}.",
    "{{name:O'Connell, Bridget M.}}  F  {{date:06/06/1932}}  {{id:40155302}}  CT CHEST W",
    "The {{age:91}}-year-old patient's pacemaker leads are intact; the generator pocket shows "
    "no fluid.",
    "CT CHEST PRE-TAVR   {{name:Abraham Goldstein}}   DOB {{date:12/30/1931}}   Ref "
    "{{name:Natalia Ivanova}}, MD",
    "Annulus measurements sent to the structural heart team ({{email:structuralheart@"
    "lakeshorehealth.org}}).",
    "Mr. {{name:Goldstein}} prefers contact through his niece {{name:Ruth Adler}}, "
    "{{phone:(216) 555-0198}}.",
    "Cardiac CT performed {{date:04/09/2024 13:20}} at {{facility:Lakeshore Heart and Vascular "
    "Institute}}.",
    "Mr. {{name:Will Baker}} had his chest X-ray repeated because of motion; Dr. "
    "{{name:Grace Whitfield}} reviewed.",
    "Lung transplant evaluation for {{name:Priscilla Oakes}}, referred from "
    "{{facility:Cleveland Clinic}} transplant center.",
    "{{name:Priscilla Oakes}} (MRN {{id:40887219}}) chest CT {{date:04/30/2024}}: severe "
    "emphysema, upper lobe predominant.",
    "Reading radiologist's pager text from {{name:Malik Johnson}}: \"pt in bay 3 is "
    '{{name:Shirley Vance}}, not {{name:Ortega-Vance}}".',
    "Mislabeled image: ED bay 3 patient {{name:Shirley Vance}}, MRN {{id:40822177}}; film "
    "corrected.",
    "Outpatient CXR order from {{facility:Chagrin Falls Urgent Care}}, ordering "
    "{{name:Keisha Monroe}}, CNP.",
    "Results faxed to {{facility:Chagrin Falls Urgent Care}} at {{phone:440-555-0164}}.",
    "Medical student {{name:Noah Friedman}} observed the reading session.",
    "Dr. {{name:Raman}} is on vacation until Monday; contact Dr. {{name:Okafor}} for questions.",
    "Covering thoracic radiologist pager: Dr. {{name:Goldfarb}}, {{phone:216-555-0111}}.",
    "Teaching file entry: {{name:Miyamoto, Kenji}} -- tracheomalacia -- acc {{id:CT231115801}} "
    "-- anonymize before use.",
    "Research coordinator {{name:Priya Shah}} ({{email:pshah2@lakeshorehealth.org}}) needs the "
    "accession list for the lung nodule study.",
    "Conference room booking for tumor board: {{url:https://intranet.lakeshorehealth.org/"
    "rooms/tb-thoracic}}",
    "Lung screening program webpage: {{url:https://www.lakeshorehealth.org/lung-screening}}",
    "Patient instructions are at {{url:www.ridgeviewimaging.com/prep/ct-chest}}.",
    "Referral form: {{url:https://northcoastcancer.org/refer}}; questions to "
    "{{email:intake@northcoastcancer.org}}.",
    "Fax cover from {{facility:Ridgeview Imaging Center}}, {{address:5200 Ridge Rd, Parma, OH "
    "44129}}, {{phone:440-555-0104}}.",
    "Film library at {{facility:Saint Brendan Community Hospital}}: {{phone:440-555-0171}}, "
    "{{email:filmlibrary@stbrendanhospital.org}}.",
    "Upload portal for outside studies: {{url:https://upload.stbrendanhospital.org}}",
    "CT technologist on call {{name:Marco DiLorenzo}}, cell {{phone:216-555-0143}}.",
    "Report distribution list includes {{email:dr.kowalczyk@euclidheightsclinic.com}} and "
    "{{email:lbrooks@mentorpulm.com}}.",
    "Tele-ICU camera feed for bed 6 at {{ip:10.44.7.26}}; radiologist reviewed the tube position "
    "with the e-ICU.",
    "Vendor service: CT3 serial-bound license moved to host {{ip:10.40.12.91}} by "
    "{{name:Nate Olsen}}.",
    "Speech recognition profile for Dr. {{name:Jun Hoshino}} reset by IT on {{date:01/02/2024}}.",
    "Remote dictation at home ({{ip:24.166.90.52}}) by Dr. {{name:Andrea Pell}}; session "
    "timed out.",
    "Interface log: ADT A08 for MRN {{id:40592213}} from {{ip:172.16.44.30}} updated patient "
    "address to {{address:88 Ridgewood Ave, Euclid, OH 44123}}.",
    'Voice clip transcription: "This is Dr. {{name:Christine Baptiste}} calling for Dr. '
    '{{name:Farouk}} about patient {{name:Lucía Ferrer}}."',
    "Radiology call center: {{phone:1-800-555-0136}}; after hours {{phone:216-555-0100}}.",
    "Monthly statistics for {{facility:Geauga Valley Hospital}}: 412 chest radiographs, 96 chest "
    "CTs, reviewed by {{name:Margaret Ellery}}.",
    "The EMS run sheet lists the pickup at {{address:2201 Chester Ave, Cleveland, OH 44115}}.",
    "Patient {{name:Emmanuel Osei}}, DOB {{date:03-11-1990}}, CT chest for persistent cough "
    "after a trip abroad.",
    "Contrast reaction note {{date:05/03/2024 10:17}}: hives after iohexol; treated by "
    "Dr. {{name:Leah Goldfarb}}.",
    "Allergy banner updated for {{name:Emmanuel Osei}} by {{name:Aisha Bello}}, RT(R)(CT).",
    "Incidental adrenal nodule in {{name:Beatrice Lowell}}, {{age:90}} F; no further workup "
    "given age and comorbidities.",
    "Chest CT for {{name:Vittoria Russo}} at {{facility:Geauga Valley Hospital}}, "
    "{{date:05/11/2024}}; images available on the shared archive.",
    "Accession {{id:XR240511008}} linked to order {{id:ORD-99120457}} for {{name:Vittoria Russo}}.",
    "Patient {{name:Harriet Quinlan}}, {{age:96}}, resides at {{address:1401 Lakeshore Blvd, "
    "Unit 5, Euclid, OH 44123}}.",
    "Home health agency contact for {{name:Harriet Quinlan}}: {{facility:Visiting Nurse "
    "Association of Ohio}}, {{phone:216-555-0178}}.",
    "{{name:QUINLAN^HARRIET}} {{id:40077610}} XR CHEST 1V {{date:20240516}}",
    "Chest X-ray for {{name:Aarav Mehta}}, DOB {{date:08/14/2016}}, ordered by a pediatrician at "
    "{{facility:Rainbow Babies & Children's Hospital}}.",
    "Pediatric portable chest for {{name:Aarav Mehta}}: viral pattern. Parent {{name:Neha Mehta}} "
    "updated.",
    "Rural site {{facility:Middlefield Care Center}} sent films by courier on {{date:06/03/2024}}.",
    "Old films taken in {{date:1999}} for {{name:Salvatore Greco}} retrieved from offsite storage.",
    "Records of {{name:Mildred Oyelaran}} show a thoracoplasty performed in {{date:1952}}.",
    "Outside hospital: {{facility:St. Vincent Charity Medical Center}}; date of prior "
    "{{date:04/14/2019}}.",
    "Prior report from {{facility:Fairview Hospital}} signed by {{name:D. Kaminski}}, MD.",
    "Copy of CT disk created for {{name:Abraham Goldstein}} on {{date:06/18/2024}}, "
    "picked up by {{name:Ruth Adler}}.",
    "Case {{id:LC-2024-0117}} (lung cancer registry): {{name:Harold Kessler}}, diagnosed "
    "{{date:04/2023}}.",
    "Outside the screening age range: {{name:Walter Pruitt}} is {{age:94}} years old.",
    "DOB: {{date:02/29/1932}}  Pt: {{name:Florence Adeyemi}}  Room 512  MRN {{id:40165588}}",
]

NETWORK_AND_WEB = [
    "Modality CT1 at {{facility:Lakeshore Imaging Center - Beachwood}} is configured as "
    "{{ip:10.48.2.11}}, storing to {{ip:10.48.2.5}}.",
    "Accession {{id:XR231104310}} stuck in the DX room 2 queue ({{ip:10.52.6.18}}); resent by "
    "{{name:Tracy Boudreaux}}.",
    "Dose monitoring export for {{name:Björn Lindqvist}} failed at {{ip:172.20.8.44}}; CTDIvol "
    "entered manually.",
    "Zero-footprint viewer: "
    "{{url:https://pacs.lakeshorehealth.org/zfp?mrn=40455102&acc=CT230424019}}",
    "Outside image request form: {{url:https://www.metrohealth.org/medical-records}}",
    "Please have Ms. {{name:Hutchins}} complete the questionnaire at "
    "{{url:https://forms.lakeshorehealth.org/lung-screen-intake}} before her visit.",
    "Electronic referral sent through {{url:https://careeverywhere.lakeshorehealth.org/ref/"
    "55108}} for {{name:Ramón Delgado}}.",
    "CD import portal for {{facility:Geauga Valley Hospital}}: "
    "{{url:https://gvh-imaging.org/upload}}",
    "Report available to the patient at {{url:mychart.lakeshorehealth.org}} after 36 hours.",
    "Direct secure message to {{email:okafor.s@direct.lakeshorehealth.org}} regarding "
    "{{name:Ibrahim Haddad}}.",
    "Contact the lung nodule navigator, {{name:Mei-Ling Zhou}}, at "
    "{{email:mzhou@lakeshorehealth.org}} or {{phone:216-555-0124}}.",
    "Teleradiology coverage schedule posted at "
    "{{url:https://intranet.lakeshorehealth.org/radiology/call}}; questions to "
    "{{email:radcall@lakeshorehealth.org}}.",
    "The scheduling office e-mail is {{email:imaging.scheduling@stbrendanhospital.org}}.",
    "Patient {{name:Teresa Kowalski}} asked that results go to {{email:tkowalski.home@aol.com}}.",
    "Legacy archive node {{ip:10.12.0.250}} will be retired after the studies stored there in "
    "{{date:2010}} are migrated.",
    "Web viewer session from {{ip:66.171.3.92}} (outside network) opened study "
    "{{id:CT230915077}} for {{name:HADDAD^IBRAHIM}}.",
    "Cardiology PACS bridge at {{ip:10.44.1.9}} returned an error for MRN {{id:40588130}}.",
    "Referring office {{facility:Willoughby Internal Medicine}}, "
    "{{address:36100 Euclid Ave, Suite 320, Willoughby, OH 44094}}, prefers results by fax.",
    "Mammography and chest CT at the same visit for {{name:Loretta Simms}}, "
    "{{facility:Ridgeview Imaging Center}}, {{date:06/20/2024 09:30}}.",
    "Patient education video: {{url:https://www.lakeshorehealth.org/videos/ldct-prep}}",
    "Text to {{phone:440-555-0186}}: check in for your CT at "
    "{{url:https://checkin.lakeshorehealth.org/a/7QX21}} before {{date:07/09/2024 08:00}}.",
    "Outside report retrieved from the HIE at "
    "{{url:https://portal.clevelandhie.org/record?pid=C0044918}} for {{name:Otis Brantley}}.",
    "Bookmark for the pneumothorax teaching case (acc {{id:XR230502011}}): "
    "{{url:https://teaching.lakeshorehealth.org/case/ptx-0502}}",
    "Survey link sent to {{name:Genevieve Paquette}}: {{url:https://survey.lakeshorehealth.org/"
    "imaging?v=E0051387702}}",
    "Upload your outside CD at {{url:www.lakeshorehealth.org/send-images}} or mail it to "
    "{{address:2500 Lakeshore Blvd, Cleveland, OH 44108}}.",
]

HELD_OUT8 = (
    ED_READS
    + ICU_PORTABLES
    + OUTPATIENT_CT
    + PRELIM_FINAL_ADDENDA
    + TUMOR_BOARD_PEER_REVIEW
    + REFERRAL_LETTERS
    + PACS_RIS
    + CRITICAL_RESULTS
    + BILLING_SCHEDULING
    + PORTAL_MESSAGES
    + RELEASE_AND_ADMIN
    + MIXED_REPORTS
    + NETWORK_AND_WEB
)

CLEAN_REPORT_TEXT = [
    "No acute cardiopulmonary process.",
    "Heart size is normal. Mediastinal and hilar contours are within normal limits.",
    "Kerley B lines at both lung bases indicate interstitial edema.",
    "Swan-Ganz catheter tip in the right main pulmonary artery.",
    "A Port-A-Cath is present with its tip at the cavoatrial junction.",
    "Chilaiditi sign: colonic interposition beneath the right hemidiaphragm, not free air.",
    "Apical soft tissue mass with rib destruction, suspicious for a Pancoast tumor.",
    "No Hampton hump or Westermark sign to suggest infarction.",
    "Recommend follow-up per the Fleischner Society guidelines.",
    "Lung-RADS category 4A; recommend low-dose CT in 3 months.",
    "Patient is a 76-year-old woman with a 45 pack-year smoking history.",
    "67 y/o M, former smoker, quit 12 years ago.",
    "89-year-old man with worsening dyspnea and orthopnea.",
    "Aged 88, nursing home resident, new cough.",
    "Will review with the attending and addend if needed.",
    "Hope was expressed by the family that the chest tube could come out by Friday.",
    "Grace period for the prior authorization ends at midnight.",
    "Critical result called to the ordering team at 03:15 with read-back.",
    "Patient name: [redacted]   MRN: XXXXXXXX",
    "Dr. [redacted] was notified of the finding.",
    "Comparison: None.",
    "Limited study due to patient rotation and body habitus.",
    "Medtronic Micra leadless pacemaker projects over the right ventricle.",
    "Impella 5.5 tip approximately 5 cm beyond the aortic valve plane.",
    "WATCHMAN device in the left atrial appendage.",
    "MitraClip in place; no change in cardiac silhouette.",
    "Median sternotomy wires are intact; CABG clips noted.",
    "CPT 71250, ICD-10 R91.1.",
    "Protocol: CT chest without contrast, 1.25 mm axial, lung and soft tissue kernels.",
    "DLP 212 mGy-cm; CTDIvol 5.8 mGy.",
    "Hodgkin lymphoma, nodular sclerosis type, in remission after ABVD.",
    "Cavitary nodules in a patient with granulomatosis with polyangiitis.",
    "Pneumomediastinum after forceful vomiting; Boerhaave syndrome is a consideration.",
    "Horner syndrome documented clinically on the left.",
    "Morgagni hernia containing omental fat, unchanged.",
    "Left Bochdalek hernia, unchanged.",
    "Azygos fissure, a normal variant.",
    "Luftsichel sign indicating left upper lobe collapse.",
    "Golden S sign of right upper lobe collapse; recommend bronchoscopy.",
    "Lady Windermere syndrome pattern: lingular and middle lobe bronchiectasis with nodules.",
    "Mounier-Kuhn syndrome with tracheobronchomegaly.",
    "Multiple thin-walled cysts, consider Birt-Hogg-Dube syndrome.",
    "Swyer-James syndrome with a hyperlucent left lung.",
    "Macklin effect is present, supporting alveolar rupture as the source of air.",
    "Mallory-Weiss tear is not an imaging diagnosis.",
    "Kartagener syndrome with situs inversus and bronchiectasis.",
    "Jackson-Pratt drain in the right upper quadrant.",
    "Heimlich valve attached to the left chest tube.",
    "Pleur-evac on water seal; no air leak per nursing.",
    "Dobhoff tube tip in the gastric antrum.",
    "Hickman catheter tip in the right atrium.",
    "Frank pus was aspirated from the pleural space.",
    "Mark the skin site for biopsy before the patient leaves.",
    "Rose from 2.0 cm to 2.6 cm over the interval.",
    "Bill the professional component only.",
    "Will follow with a repeat film in the morning.",
    "Patient recently returned from Arizona; consider coccidioidomycosis.",
    "Ohio River Valley exposure; calcified granulomas likely histoplasmosis.",
    "Emergency Department Radiology is staffed until 23:00 on weekdays.",
    "The MICU team was paged Tuesday evening.",
    "Study performed Saturday at 07:45 on the portable unit.",
    "Bed 12, 4 West.",
    "Ward 7B, MICU Room 6.",
    "Attenuation 42 HU on the post-contrast series.",
    "Interventional Radiology will perform the CT-guided biopsy next week.",
    "Tumor board recommends SBRT given poor pulmonary reserve.",
    "RADPEER score 1: concur with interpretation.",
    "Immune checkpoint inhibitor pneumonitis on Keytruda, grade 2.",
    "On Eliquis for atrial fibrillation; hold 48 hours before biopsy.",
    "Tagrisso started for EGFR-mutant adenocarcinoma.",
    "Patient on Ofev; fibrosis stable.",
    "The Cath Lab called to say the patient is ready.",
    "Accession: [REDACTED]   DOB: XX/XX/XXXX",
    "Reading room extension is listed on the departmental intranet.",
    "COPD, CHF with reduced EF, CKD stage 3b.",
    "S/P RUL lobectomy; postoperative changes without recurrence.",
    "Bilateral hilar adenopathy; sarcoidosis is favored.",
    "Lung nodule, 4 mm, no follow-up needed in a low-risk patient per Fleischner.",
    "Mild cardiomegaly with cephalization of vessels.",
    "Retrocardiac opacity may represent atelectasis or early pneumonia.",
    "Findings discussed with the ordering provider by telephone at 10:42.",
    "The patient is 82 years old and lives independently.",
    "A 54-year-old woman with hemoptysis.",
    "Age 45; never smoker.",
    "Aged 19, tall thin male, spontaneous pneumothorax.",
    "Clinical history: fall from standing. Age: 84.",
    "Patient states she is 79.",
    "No change since last week.",
    "Stable compared with the study from 2 years ago.",
    "Follow-up in 12 months, then annually for 2 years.",
    "Tuesday and Thursday lung screening slots are full.",
    "Friday afternoon reading list is behind by two hours.",
    "Moderate right pleural effusion with adjacent compressive atelectasis.",
    "Endotracheal tube 5 cm above the carina.",
    "Enteric tube courses below the diaphragm, tip out of view.",
    "Right IJ central venous catheter tip in the SVC.",
    "No pneumothorax after line placement.",
    "Severe centrilobular emphysema, upper lobe predominant.",
    "Ground-glass opacities in a peripheral distribution, typical appearance for COVID-19 "
    "pneumonia.",
    "Tree-in-bud nodularity in the right lower lobe, infectious bronchiolitis.",
    "Mosaic attenuation with air trapping on expiratory images.",
    "Honeycombing at the bases, UIP pattern.",
    "Pectus excavatum with Haller index 3.6.",
    "Nuss bar in satisfactory position.",
    "Spinal stimulator leads in the thoracic spine.",
    "Old healed right rib fractures.",
    "Aortic arch calcification.",
    "Thyroid goiter with tracheal deviation to the right.",
    "Hiatal hernia, moderate.",
    "Elevated right hemidiaphragm, chronic.",
    "Wedge compression deformity of T12, age indeterminate.",
    "Lines and tubes as above; otherwise unchanged.",
    "Images reviewed on the PACS workstation in the reading room.",
    "PowerScribe was down from 02:00 to 02:40; reports delayed.",
    "HL7 interface restart completed without data loss.",
    "The VNA migration will continue over the weekend.",
    "Please use the downtime requisition form during the outage.",
    "Prior authorization from Aetna is required for CT chest with contrast.",
    "Medicare covers annual low-dose CT for eligible patients.",
    "Self-pay patients may request an estimate before scheduling.",
    "CPT 71271 (LDCT screening) requires a shared decision-making visit.",
    "Code G0296 billed for the counseling visit.",
    "Reminder: no metal on the chest for the PA view.",
    "Patient prefers Spanish; interpreter used by phone.",
    "Please arrive 15 minutes before your appointment.",
    "Your results are normal. No further action is needed.",
    "The radiologist will send the report to your doctor.",
    "Questions about your bill? Call the number on your statement.",
    "Mass effect on the left mainstem bronchus from subcarinal nodes.",
    "Hope Ward and Faith Ward are closed for renovation.",
    "Arms down on the scout image; streak artifact through the apices.",
    "Newton's rings artifact on the detector; service ticket opened.",
    "Will call back after the CT is protocolled.",
    "Carina angle widened, suggesting left atrial enlargement.",
    "Eisenmenger physiology with enlarged central pulmonary arteries.",
    "Chest film shows a Blake drain in the mediastinum.",
    "Fontan circulation; chest CT for protein-losing enteropathy.",
    "Bronchial atresia with mucocele in the left upper lobe.",
    "ETT: check position. RN aware. MD aware.",
    "Temp 38.4, HR 112, RR 24, SpO2 91% on 4L.",
    "Lung screening program: 1,248 exams last quarter, 6.2% Lung-RADS 4.",
    "Normal chest radiograph in a 34-year-old.",
    "Ages 50 to 80 with 20 pack-years qualify for screening.",
]

CLEAN_HELDOUT8 = CLEAN_REPORT_TEXT
