"""Radiology PHI evaluation set: a mixed-department sample (dev7).

The sentences imitate a year of text sampled from a multi-site radiology group working in the
US, UK, Canada, Australia, India and South Africa: report prose (clinical indication and history,
technique, comparison with earlier and outside studies, findings, impressions, addenda,
critical-result calls, discrepancy notes, sign-offs and attestations), followed by smaller groups
of report headers and banners, requests and vetting notes, worklist/RIS/PACS and audit lines,
letters and e-mails, patient-portal messages and raw dictation drafts.  Every person, record
number, phone number, e-mail address, web address, IP address and street number is invented;
facility names may be real institutions, used only as names.

Gold spans are written ``{{kind:text}}`` with kinds name, date, id, phone, email, url, ip,
address, facility and age.  Conventions: titles and post-nominals stay outside name spans; a
time or weekday written against a date belongs to the date span; "the" before a facility name or
an ordinal date stays outside; id spans hold the value, not the label; ages are PHI only when over
89; cities or countries alone, wards, rooms, beds, protocol/CPT/ICD codes, doses, device models,
eponyms and disease names are not PHI.  ``DEV7`` holds the PHI sentences (each with at least one
span) and ``CLEAN_DEV7`` holds sentences that contain no PHI at all.
"""

INDICATION_HISTORY = [
    "{{age:92}}-year-old woman from {{facility:Maple Grove Care Home}} with a fall onto the left "
    "hip this morning; ?NOF fracture.",
    "History: {{age:90}} y/o M, known 5.8 cm AAA under surveillance at {{facility:Kaiser "
    "Permanente San Francisco Medical Center}}, now sudden back pain.",
    "Clinical details: nonagenarian (aged {{age:94}}) on apixaban with reduced GCS after a fall "
    "at home, {{address:11 Rosemount Terrace, Aberdeen AB25 2TH}}; r/o ICH.",
    "Indication: post-op day 3 Whipple, rising CRP and drain amylase; Mr {{name:Rajesh Iyer}} "
    "requests CT with oral contrast.",
    "Aged {{age:101}}, still independent, tripped in the garden yesterday – query distal radius "
    "fracture.",
    "Hx per daughter ({{name:Karen Liu}}, {{phone:(415) 555-0187}}): progressive dysphagia to "
    "solids since {{date:March 2023}}.",
    "Ms {{name:Priya Raghunathan}}'s oncological history includes a right mastectomy in "
    "{{date:2015}} at {{facility:Tata Memorial Hospital}}, Mumbai.",
    "Patient is a {{age:ninety-three}}-year-old retired miner with haemoptysis and a 40 pack-year "
    "history.",
    "Known to the renal team at the {{facility:Royal Free}}; transplant kidney in the RIF "
    "since {{date:2011}}.",
    "Original diagnosis made at {{facility:Netcare Milpark Hospital}} on {{date:4 September "
    "2019}}; no images available.",
    "Brought in by EMS from {{address:2207 Larkspur Lane, Apt 12, Tucson, AZ 85719}} after being "
    "found on the floor for an unknown period.",
    "H/o provoked DVT ({{date:Nov 2021}}, {{facility:Mount Sinai}}), now pleuritic pain and "
    "tachycardia – CTPA please.",
    "Reason for exam: pt {{name:Olamide Fashola}}, 34, G2P1, 22/40, right flank pain, "
    "hydronephrosis?",
    "Clinical information supplied by Dr {{name:Nomvula Dlamini}} (casualty): stab wound left "
    "chest, haemodynamically stable.",
    "{{name:Evelyn Marsh}}, {{age:97}}, from {{facility:Sunrise of Westfield}} – increasing "
    "confusion, ?subdural.",
    "Indication—{{age:95}}yo F with a palpable left breast lump noted by her GP, Dr {{name:Hugh "
    "Penrose}}.",
    "HPI: The patient, a {{age:91}}-year-old Punjabi-speaking gentleman (son {{name:Gurdeep "
    "Singh Bains}} interpreting), reports three weeks of jaundice.",
    "Prior history obtained from the discharge summary of {{facility:Christian Medical College "
    "Vellore}} dated {{date:14-02-2022}}.",
    "Referred by {{facility:Khayelitsha District Hospital}} with suspected spinal TB; patient "
    "{{name:Lwazi Mahlangu}} is HIV positive, CD4 212.",
    "Clinical: fever post TACE at {{facility:Princess Alexandra Hospital}} ({{date:2 Aug "
    "2023}}); ?liver abscess.",
    "Ex-smoker, centenarian (aged {{age:100}}), presents with a new right pleural effusion.",
    "Age: {{age:98}} years. Sex: F. Clinical question: aspiration pneumonia vs. edema.",
    "The daughter, Mrs. {{name:Sandra Koh}}, says her father has not passed urine since "
    "{{date:Sunday 9 June}}.",
    "Question of cauda equina syndrome in {{name:Rhys ap Gwilym}}; onset of saddle anaesthesia "
    "overnight.",
    "Patient {{name:Zoë Brontë-Nakamura}} is 29 weeks pregnant and had a seizure on "
    "{{date:18/03/2024}}; MRI without gadolinium.",
    "Ambulance handover: {{age:96}} yr old, lives alone at {{address:4/18 Ocean Street, Narrabeen "
    "NSW 2101}}, found by neighbour.",
    "Previous EVAR ({{date:June 2016}}, {{facility:Toronto General Hospital}}), now for "
    "surveillance CT angiogram.",
    "Clinical notes: {{name:Ivanova, Yelena}} – known breast cancer, new back pain, please assess "
    "for cord compression.",
    "Recently discharged from {{facility:AIIMS New Delhi}} after treatment for dengue "
    "haemorrhagic fever.",
    "Surgical history—cholecystectomy {{date:1987}}, TAH-BSO {{date:1994}}—both at {{facility:St "
    "Vincent's Hospital Melbourne}}.",
]

TECHNIQUE_COMPARISON = [
    "Comparison: CT chest {{date:02/14/2022}} from {{facility:Brigham and Women's Hospital}} "
    "(outside images imported, accession {{id:BWH-CT-5540913}}).",
    "Compared with the radiograph of {{date:9 Jan 2024}} and the ultrasound performed at "
    "{{facility:I-MED Radiology}} on {{date:17/12/2023}}.",
    "Outside MRI ({{facility:Mahajan Imaging}}, {{date:2023-05-22}}) reviewed from disc; patient "
    "ID on disc {{id:MIC/23/771820}}.",
    "No prior imaging in our PACS; prior reports requested from {{facility:Lakeridge Health "
    "Oshawa}} by fax to {{phone:905-555-0133}}.",
    "Comparison is made to the study of the {{date:3rd of June}}, which was performed on a "
    "portable unit.",
    "Previous studies were filed under an old MRN, {{id:M0087712}}, now merged with "
    "{{id:M1140256}}.",
    "Comparison: {{date:Oct 12, 2021}}; {{date:Jan 3, 2022}}; {{date:Jun 30, 2023}}.",
    "Contrast: 80 mL Omnipaque 350 via right antecubital cannula, injected by {{name:T. Moyo}}, "
    "RN; no extravasation.",
    "Images were transferred from {{facility:Frere Hospital}} via node {{ip:10.42.18.7}} (AE "
    "title FRH_CT1) and are of diagnostic quality.",
    "Technique: Non-contrast CT head. Comparison CT of {{date:11.04.2023}} performed at "
    "{{facility:Addenbrooke's}}.",
    "The PET-CT from {{facility:Peter MacCallum Cancer Centre}} ({{date:28 Feb 2023}}, study ID "
    "{{id:PMCC-PET-004471}}) was used for comparison.",
    "Comparison with CT of {{date:1/7/24}} at {{facility:UCSF}} — reports only; images unavailable.",
    "Sedation administered by Dr {{name:Amara Okeke}} (anaesthesia); scan duration 42 min.",
    "Compared to outside CT abdomen dated {{date:20 Sept 2022}} (outside image ref "
    "{{id:LNC-2209-88417}}), the lesion has grown.",
    "Prior mammograms: {{date:2019}}, {{date:2021}} and {{date:2023}}, all from {{facility:Mercy "
    "Breast Center}}.",
    "Comparison: none available. Patient reports an MRI at \u201c{{facility:Medscan}}\u201d in "
    "{{date:November 2020}}.",
    "Outside study on CD labelled {{name:GARCIA-LOPEZ MATEO}} / DOB {{date:07-APR-1958}} was "
    "imported as {{id:EXT-000918273}}.",
    "Technique: dual-energy CTA, contrast bolus tracked in the aortic arch; technologist "
    "{{name:Aaliyah Brooks}}, RT(R)(CT).",
    "Compared with Mr {{name:Chen}}'s previous CT from {{date:August 2022}} (accession "
    "{{id:CT22-0815-337}}).",
    "Ultrasound performed by sonographer {{name:Megan O'Rourke}} on {{date:Wed 24 Jan 2024}}; "
    "images reviewed by the reporting radiologist.",
]

FINDINGS_IMPRESSION = [
    "Compared to the study from {{date:5/6/2019}}, the 8 mm RUL nodule is unchanged, consistent "
    "with benignity.",
    "IMPRESSION: No acute intracranial haemorrhage. Discussed with Dr {{name:Kwame Mensah}} on "
    "{{date:03/04/2024 14:05}}.",
    "Impression: diffuse lytic lesions in keeping with Mr {{name:Bryce Donnelly}}'s known myeloma.",
    "The previously described 2.1 cm left adrenal lesion (see report of {{date:12 March 2021}}) "
    "now measures 2.3 cm.",
    "Findings unchanged from {{facility:Mayo Clinic}} MRI of {{date:2022-11-08}}; no new "
    "enhancing lesion.",
    "New since {{date:July 2023}}: a 14 mm enhancing nodule in segment VII.",
    "IMPRESSION: 1. Acute appendicitis. 2. Surgical team (Dr. {{name:Farah Haddad}}) aware.",
    "For a patient aged {{age:93}}, the degree of cerebral volume loss is within expected limits.",
    "Right pleural effusion, larger than on {{date:Monday 15 April 2024}}.",
    "Stable post-surgical changes of right hemicolectomy ({{facility:Mercy Medical "
    "Center}}; see addendum).",
    "Osteopenia, appropriate for age ({{age:99}}); no acute fracture.",
    "Findings: The gallbladder is absent (cholecystectomy at {{facility:Apollo Hospitals "
    "Chennai}}, {{date:2017}}).",
    "Impression — interval progression compared with the PET of {{date:6th October 2023}}; "
    "refer back to Dr {{name:Lindiwe Sithole}}'s MDT.",
    "The ET tube tip lies 4 cm above the carina, unchanged from {{date:2 Feb 06:15}}.",
    "CONCLUSION: Features most consistent with Paget disease; compare with bone scan at "
    "{{facility:Westmead Hospital}}, {{date:9 May 2018}}.",
    "The lesion was biopsied on {{date:22/11/2023}} (histology {{id:H23-44817}}) and confirmed "
    "adenocarcinoma.",
    "No change from {{date:2023-12-01}}; recommend follow-up CT in 12 months per Fleischner "
    "guidance.",
    "Appearances similar to those reported by {{facility:SKG Radiology}} on {{date:4/10/2022}}.",
    "1. Hip fracture in a {{age:104}}-year-old. 2. Discussed with orthogeriatrics (Dr "
    "{{name:Ines Carvalho}}).",
    "Dense consolidation in the LLL—worse than yesterday's film ({{date:11/02/2024}}).",
]

ADDENDA_CRITICAL_DISCREPANCY = [
    "CRITICAL RESULT: large left MCA territory infarct. Telephoned to Dr. {{name:Hannah "
    "Goldberg}} (pager {{phone:617-555-0112}}) on {{date:Sat 11 Nov 2023 02:47}}; read-back "
    "confirmed.",
    "Urgent finding (free intraperitoneal gas) communicated to the surgical registrar, Dr "
    "{{name:Aoife Brennan}}, on {{phone:0161 555 0198 ext 4471}}.",
    "ADDENDUM {{date:2024-02-20}}: On review with Prof. {{name:Gareth Llewellyn}}, the "
    "\u201cnodule\u201d represents a nipple shadow.",
    "Addendum: Outside CT from {{facility:Life Groenkloof Hospital}} has now been received and "
    "confirms the lesion was present on {{date:08/08/2022}}.",
    "Discrepancy: preliminary report by Dr {{name:Tom\u00e1s Herrera}} (on-call resident) missed a "
    "C2 fracture; patient recalled {{date:12 Jan 2024}}.",
    "Result acknowledged in Epic by {{name:Jennifer Whitcombe}}, NP, at 17:22.",
    "Critical value policy: findings were conveyed to the ward nurse in charge, Sister "
    "{{name:Thandeka Mokoena}}, and documented.",
    "ACR actionable finding category 2 – unexpected renal mass; e-mailed to "
    "{{email:pcp.referrals@lakeshorefamilymed.com}} and copied to the patient's GP.",
    "Addendum ({{date:Tue, 5 March 2024}}): the accession number should read "
    "{{id:RX24-0304-1182}} rather than RX24-0304-1128.",
    "Emergency call to Dr {{name:Vikram Choudhary}} via hospital switchboard ({{phone:+91 80 "
    "4555 0122}}) regarding tension pneumothorax.",
    "Second-read discrepancy logged as case {{id:DQ-2023-0417}}; original reporter Dr "
    "{{name:E. Whitaker}} informed.",
    "Findings discussed with {{name:Rosa Martinelli}}, the patient's nurse practitioner, who "
    "will arrange admission to {{facility:St. Joseph's Healthcare Hamilton}}.",
    "Addendum: correct laterality is LEFT. Apologies to Mr {{name:Kingsley}} and the "
    "referring team.",
    "Peer review (RADPEER 2b): comparison with the {{date:16-Oct-2023}} CT would have shown "
    "interval growth; reviewer {{name:Lucy Ashworth}}.",
    "Critical result notification #{{id:CRN-558301}} closed by {{name:M. van der Merwe}} after "
    "verbal confirmation.",
    "Unable to reach the referrer; message left with Dr {{name:Adebayo}}'s secretary on "
    "{{phone:020 7946 0321}}.",
    "ADDENDUM: The patient's age is {{age:92}}, not 29 as stated in the request; the report "
    "is otherwise unchanged.",
    "Case referred for morbidity review (M&M {{date:May 2024}}) after delayed diagnosis at "
    "{{facility:Heartlands Hospital}}.",
    "Preliminary read by teleradiology ({{facility:vRad}}) differs: they describe a "
    "pneumomediastinum not seen by me.",
    "Verbal report given to Dr. {{name:Shreya Nair}} at 03:10; she will arrange an urgent "
    "neurosurgical opinion.",
    "Amended report: the comparison date is {{date:17 July 2023}}, not 17 June.",
    "Call log: {{date:2024-04-02T21:14}} — spoke with ICU fellow {{name:Benjamin Okafor-Reid}} "
    "re: malpositioned NG tube.",
]

SIGNOFFS = [
    "Electronically signed by: {{name:Marguerite A. Delacroix}}, MD, FRCPC on {{date:2023-10-02 "
    "16:41}}",
    "Resident: {{name:Daniel Oyelaran}}, MD (PGY-3). Attending: {{name:Rebecca Sato-Klein}}, MD. "
    "I have personally reviewed the images and agree.",
    "Verified by {{name:Kirsten Hollis}} FRANZCR {{date:19.07.2023}}",
    "Reported by Dr {{name:S. Pillay}}, MBChB FCRad(D)SA, for {{facility:Drs Van Wageningen & "
    "Partners}}.",
    "Dr {{name:Aarav Deshpande}} MD DNB (Radiodiagnosis), Reg. No. {{id:MMC-2011/04/1877}}",
    "Signed: {{name:Ch\u00e9 Baptiste}} | Consultant Radiologist | {{facility:Guy's and St "
    "Thomas'}} | {{date:08 Nov 2023}}",
    "Dictated but not read by {{name:Philip Achterberg}}, DO. Transcribed {{date:11/29/2023}}.",
    "Attestation: I, {{name:Naledi Khoza}}, was present for the key portions of the procedure.",
    "\u2014{{name:J. R. Hoffmann}}, MD, Section Chief, Neuroradiology",
    "Reporting radiologist: Prof {{name:Sunil Kapoor}} (GMC {{id:4412897}}).",
    "Final report authorised {{date:Fri 01/12/2023 09:03}} by {{name:Bernadette Quigley}}.",
    "Co-signed by {{name:Li Wei}} ({{name:\u674e\u4f1f}}), FRCR; trainee {{name:Oscar Lindqvist}}.",
    "Report signed off remotely from {{facility:Telerad Solutions Bangalore}} by Dr "
    "{{name:Meenakshi Sundaram}}.",
    "This report was reviewed and finalised by {{name:Pieter du Toit}} on {{date:2024/01/15}}.",
    "Fellow: {{name:Ayesha Siddiqui}}, MBBS. Staff: {{name:Mark Thibodeau}}, MD FRCPC.",
    "{{name:Kowalczyk, Agnieszka}} MD \u2013 e-signed {{date:27-Mar-2024 11:58}}",
]

HEADERS_BANNERS = [
    "Patient: {{name:HARGREAVES, Eleanor M.}}   DOB: {{date:03/11/1931}}   MRN: {{id:004417829}}"
    "   Acc#: {{id:RAD-23-0918842}}",
    "{{facility:Groote Schuur Hospital}} \u2013 Department of Radiology | Pt {{name:Sipho Ndlovu}} | "
    "Folder no. {{id:GSH 7742091}} | Exam date {{date:2023-08-14}}",
    "CT ABDOMEN/PELVIS WITH CONTRAST \u2014 {{name:\u00d3 Briain, Siobh\u00e1n}} ({{age:91}}F) \u2014 "
    "{{facility:Leeds General Infirmary}}",
    "NHS No: {{id:943 476 5919}}  Hosp No: {{id:RR18 44702}}  Name: Mr {{name:Dennis Otway}}",
    "(0010,0010) PatientName = {{name:MOKOENA^LERATO^P}}; (0010,0020) PatientID = "
    "{{id:CHB00983311}}; (0008,0020) StudyDate = {{date:20240219}}",
    "StudyInstanceUID: {{id:1.2.826.0.1.3680043.8.498.10448217736152049910235}}",
    "Referring: Dr {{name:A. Venkataraman}}, {{facility:Apollo Hospitals Jubilee Hills}} | UHID "
    "{{id:APJ.0012847763}}",
    "{{facility:Sunnybrook Health Sciences Centre}} \u00b7 Medical Imaging \u00b7 {{name:Gagnon, "
    "Marie-\u00c8ve}} \u00b7 OHIP {{id:5584-221-907-KT}} \u00b7 Visit {{id:V00871234}}",
    "Medicare {{id:2953 61847 2}} \u00b7 {{name:Kostas Papadopoulos}} \u00b7 {{facility:Royal Prince "
    "Alfred Hospital}} \u00b7 {{date:21/06/2023}}",
    "Pt: {{name:Wright, Cornelius}} | Age: {{age:96}} | Sex: M | Loc: ED Bay 4 | Acc "
    "{{id:E24-558103}}",
    "** PRELIMINARY ** {{facility:Vancouver General Hospital}} / {{name:Harpreet K. Sandhu}} / "
    "PHN {{id:9876 543 210}} / {{date:2024-01-07 03:12}}",
    "Exam: MRI brain w/wo | Patient {{name:Ngozi Adeyemi-Clarke}} | DOB {{date:1988-12-30}} | "
    "SSN {{id:412-66-9083}}",
    "{{facility:Chris Hani Baragwanath Academic Hospital}} X-ray Dept \u2014 Name: {{name:Bongani "
    "Khumalo}}, ID No. {{id:7204155823084}}, Ward 21",
    "CHI {{id:1203459876}} | {{name:MacLeod, Fiona}} | {{facility:Queen Elizabeth University "
    "Hospital}} | Req received {{date:12 Feb 2024}}",
    "Patient Name.....{{name:Ruiz Delgado, Aurora}}  Birth date.....{{date:Feb-02-1929}}  "
    "Age.....{{age:95}}Y",
    "{{facility:Mass General Imaging}} \u2013 Waltham | {{name:Doyle, Patrick J.}} | MRN "
    "{{id:0551-28-74}} | CT Chest | {{date:3/22/2024}}",
    "RE: {{name:Tremblay, Jean-Luc}}  RAMQ {{id:TREJ 4511 0918}}  {{facility:CHUM}}  Salle 3",
    "Patient address on file: {{address:55 Wellesley Street East, Toronto, ON M4Y 1G7}}",
    "Ordering provider: {{name:Sofia Rahman}}, MD \u2014 NPI {{id:1487092263}} \u2014 "
    "{{facility:Northwestern Memorial Hospital}}",
    "IP No. {{id:IP/2024/003318}} | Smt. {{name:Lakshmi Venkatesh}} | {{age:90}} yrs | F | "
    "{{facility:Manipal Hospital}}",
    "Encounter {{id:ENC-88120347}} \u2022 {{name:Hemi Tawhiri}} \u2022 DOB {{date:5 Oct 1961}} \u2022 "
    "{{facility:Gold Coast University Hospital}}",
    "Study: XR CHEST 1V | Accession {{id:2024XR0118873}} | Pt {{name:Olsen, Birgitta}} | Age "
    "{{age:102}}",
]

REQUESTS_VETTING = [
    "Vetting: CT KUB approved, stone protocol. Requested by {{name:Liam Gallagher}} (FY2); "
    "please call {{phone:0113 496 0732}} if slots change.",
    "Please book MRI prostate; patient prefers calls to his mobile, {{phone:07700 900461}}.",
    "Request declined \u2013 duplicate of accession {{id:ACC7719034}}, already booked for "
    "{{date:Thursday 2 May}}.",
    "Referrer: Dr. {{name:Mehta}}, {{facility:Kokilaben Dhirubhai Ambani Hospital}}; contact "
    "{{phone:+91 22 5550 4821}}.",
    "Protocol changed to CT venogram by Dr {{name:Francesca Moretti}} after discussion with the "
    "stroke team.",
    "Vetted {{date:14/05/2024}} \u2013 justified under IR(ME)R; operator {{name:C. Armitage}}.",
    "Transport required from {{facility:Oakwood Lodge Nursing Home}} ({{address:82 Hillcrest "
    "Road, Bournemouth BH9 2QL}}); hoist needed.",
    "Please fax the report to {{phone:(604) 555-0168}} attn: Dr. {{name:Wong}}'s office.",
    "Urgent US requested by midwife {{name:Ruth Abernathy}}; patient {{name:Precious Ngcobo}} "
    "reports reduced fetal movements.",
    "Request form incomplete: no NHS number and no DOB for Mr {{name:J. Patel}}; returned to ward.",
    "Interpreter (Tigrinya) required \u2013 book via {{email:interpreting@uhb.nhs.uk}}; son "
    "{{name:Dawit Tesfaye}} may attend.",
    "Outpatient MRI knee approved under insurer pre-authorisation {{id:PA-77301846}}.",
    "Insurance: Blue Cross member ID {{id:XEK884120337}}, group {{id:0047721}}; prior auth "
    "pending.",
    "Request from {{facility:Inkosi Albert Luthuli Central Hospital}}: transfer of images for "
    "{{name:Sibusiso Zwane}} to be sent to {{email:radiology.ialch@kznhealth.example.za}}.",
    "Please send the CD to the patient at {{address:1809 Rue Saint-Denis, Montr\u00e9al, QC H2X "
    "3K8}}.",
    "Referral received from {{facility:Sunshine Coast University Hospital}} for CT coronary "
    "angiography, triage category 2.",
    "Requesting clinician contact: Dr {{name:Imogen Fairley}}, bleep via switchboard "
    "{{phone:01865 960 4417}}.",
    "Booking clerk note: Mrs {{name:Adaeze Nwosu}} moved to the 10:30 slot on "
    "{{date:June 3rd, 2024}}.",
    "Patient requests appointment letters be sent to her daughter at {{address:PO Box 4471, "
    "Polokwane 0700}}.",
    "Vetting comment: not justified \u2013 CT performed at {{facility:Fiona Stanley Hospital}} "
    "three days prior.",
]

WORKLIST_RIS_PACS = [
    "{{date:2024-03-18 09:15}} | CT HEAD NC | {{name:OKONKWO, CHIDI}} | {{id:A24-0031877}} | "
    "STAT | ED",
    "RIS audit: user {{email:p.fernandes@nhs.net}} opened {{id:RX9921045}} from "
    "{{ip:172.16.40.233}} at 23:58.",
    "PID|1||{{id:00348812}}^^^{{facility:MGH}}^MR||{{name:DOE^JANE^Q}}||{{date:19300517}}|F|||"
    "{{address:45 Beacon St^^Boston^MA^02108}}",
    "Modality worklist query from CT_SCAN3 ({{ip:192.168.12.45}}) returned 0 entries for "
    "PatientID {{id:KGH2209914}}.",
    "Viewer link: {{url:https://pacs.stmichaels.example.org/viewer?study=1.2.840.113619.2.55."
    "3.604688.119}}",
    "DICOM C-STORE failed: remote AE ORTHANC_BKP at {{ip:10.8.0.54}}:104 refused association.",
    "Worklist: {{name:Nakamura H.}} \u2014 MR L-SPINE \u2014 booked {{date:11/04/24}} \u2014 "
    "{{facility:Lumus Imaging}} Westmead",
    "PACS merge: {{id:P00019283}} \u2192 {{id:P00019884}} (duplicate registration for "
    "{{name:Abdullahi Musa}}).",
    "Routing rule: forward all MG studies to {{ip:10.220.4.17}} and CR to {{ip:10.220.4.18}}.",
    "HL7 ORM received from {{ip:172.31.255.2}} for order {{id:ORD-5520193}}, patient "
    "{{name:Fernandes, Caio}}.",
    "Teleradiology queue item #{{id:TQ-44819}}: {{name:Beaumont, Claire}}, 81F, CTPA, "
    "{{facility:Health Sciences North}}.",
    "Access denied for {{ip:2001:db8:4a1c::17}} \u2014 study {{id:1.3.12.2.1107.5.1.4.95831."
    "30000024031112}} is restricted.",
    "Upload portal for outside images: {{url:https://imageshare.example-radiology.com.au/upload}}",
    "Break-the-glass event: user {{name:R. Mokgadi}} viewed VIP record MRN {{id:7714092}} on "
    "{{date:2024-02-29 22:41}}.",
    "Scheduled \u2013 {{date:Mon 08 Jul 2024 07:45}} \u2013 US ABDO \u2013 {{name:Kaur, "
    "Simran}} \u2013 Rm 2",
    "PACS admin: reassign {{id:ACC-23-4471920}} from {{name:HUGHES^DAVID}} to {{name:HUGHES^DAVID"
    "^M}} (wrong patient).",
    "Study shared via {{url:https://share.ambra.example.com/s/kT9x2Lq7}} (expires in 7 days).",
    "Node list: RAD-WS-14 {{ip:10.14.2.114}}, RAD-WS-15 {{ip:10.14.2.115}}.",
    "Patient ID {{id:A-0041729-6}} flagged: date of birth {{date:01/01/1900}} is a placeholder, "
    "verify with {{facility:Baragwanath}} records.",
    "Sync error {{date:18-Jan-2024 04:02}}: VNA at {{ip:10.0.33.9}} did not acknowledge accession "
    "{{id:XR2401180044}}.",
]

LETTERS_EMAILS = [
    "Dear Dr {{name:Fitzgerald}}, Re: Mrs {{name:Agnes Pryce}}, DOB {{date:12.08.1932}}, "
    "{{address:Flat 3, 27 Heol y Coed, Cardiff CF14 6HJ}}.",
    "Thank you for referring this {{age:90}}-year-old gentleman for a barium swallow.",
    "Kind regards, {{name:Ewan Thorburn}} | Consultant Radiologist | {{facility:Ninewells "
    "Hospital}} | {{email:ewan.thorburn@nhs.scot}}",
    "From: {{email:reading-room@lakeshoreimaging.ca}}  To: {{email:dr.beaulieu@cliniquesthubert"
    ".ca}}  Subject: Report for {{name:Bouchard, Lise}}",
    "Dear Mr {{name:Okoro}}, thank you for attending {{facility:Whittington Hospital}} for your scan.",
    "I write to inform you that your CT scan of {{date:2 February 2024}} requires a follow-up "
    "scan in three months.",
    "Please reply to {{email:imaging.bookings@rpa.example.health.nsw.gov.au}} or call "
    "{{phone:(02) 9555 0147}} to arrange a time.",
    "cc: Dr {{name:Helen Abiodun}}, {{facility:Brookfield Medical Practice}}, {{address:12 "
    "Station Road, Harrogate HG1 1TN}}",
    "To whom it may concern: {{name:Mahlatse Ramaphosa}} underwent MRI of the lumbar spine at "
    "our {{facility:Sandton Mediclinic}} rooms on {{date:10 April 2024}}.",
    "Sent from my iPhone \u2014 {{name:Gavin}} ({{phone:+27 82 555 0419}})",
    "Hi {{name:Priyanka}}, could you pull the outside films for bed 6 (Mrs {{name:Hollander}}) "
    "before the 2 pm MDT?",
    "Forwarded message from {{email:noreply@radiologyportal.example.com}} dated {{date:Wed, 17 "
    "Apr 2024 14:03:11 +0000}}",
    "Dear Colleague, Ms {{name:Rebecca Cho}} (NHI {{id:ZAB4472}}) has been added to the "
    "Tuesday lung MDT list.",
    "With compliments, {{facility:Cape Radiology}}, {{address:Suite 204, "
    "181 Longmarket Street, Cape Town 8001}}.",
    "Please find enclosed the report for your patient, {{name:Kevin O'Hanlon}}, hospital "
    "number {{id:K4471093}}.",
    "I am writing on behalf of my grandmother, who is {{age:ninety-one}}, to request copies of "
    "her scans.",
    "Signed, Dr. {{name:Ramesh Babu}}, Chief of Radiology, {{facility:Narayana Health City}}, "
    "Bengaluru \u2013 {{email:rbabu@narayanahealth.example.in}}",
    "Tel {{phone:+44 (0)20 7946 0958}} | Fax {{phone:+44 (0)20 7946 0959}} | "
    "{{url:www.riversideimaging.example.nhs.uk}}",
    "Our ref: {{id:RAD/L/2024/0915}}  Your ref: {{id:GP-55812}}  Date: {{date:19th March 2024}}",
    "Subject: URGENT \u2013 {{name:Jacobs, Anneline}} \u2013 incidental PE on staging CT",
]

PORTAL_MESSAGES = [
    "Hi, this is {{name:Marcus Lindgren}}'s wife; he had his MRI at {{facility:Mercy "
    "Imaging}} last week and we haven't heard anything.",
    "Your imaging results are ready. Log in at {{url:https://myhealth.example-portal.com/"
    "results/88213}} to view them.",
    "My mum {{name:Joan Fairweather}} ({{age:94}}) had her scan at {{facility:Spire "
    "Manchester}} and she's worried about the word \u2018lesion\u2019.",
    "Message from patient: \u201cCan I get a copy of my knee MRI from {{date:03/02/2024}} sent to "
    "{{email:tomasz.wr0blewski@gmail.com}}?\u201d",
    "Reply from {{name:Aisha}} at the imaging desk: the CD will be ready for collection after "
    "2 pm.",
    "Please don't call my work number; use {{phone:0412 555 782}} instead. Thanks, "
    "{{name:Bianca Rossi}}",
    "Portal password reset requested for {{email:e.ndlovu1962@webmail.example.co.za}} from "
    "{{ip:41.13.220.87}}.",
    "MyChart message \u2013 {{date:Apr 22}} \u2013 \u201cWhy does it say my dad is {{age:92}} "
    "when he's 82?\u201d",
    "Patient-facing summary: your chest X-ray taken at {{facility:Apollo Clinic Kondapur}} on "
    "{{date:15-06-2024}} was normal.",
    "Book your follow-up online: {{url:https://booking.qscan.example.com.au/appointments?ref="
    "QX-77120}}",
    "Hello, I'm Dr {{name:Obi}}'s patient and need my CT results faxed to {{facility:Stables "
    "Lane Surgery}}.",
    "Secure link (one-time): {{url:https://portal.northshoreimaging.example.org/r/9f3kq2}}",
    "Hi team, {{name:Rohan}} here from {{facility:Dr Lal PathLabs}} \u2014 the creatinine for "
    "your 3 pm patient is 162.",
]

DICTATION_DRAFTS = [
    "period new paragraph comparison is made to outside study from {{facility:hopkins}} dated "
    "{{date:march ninth twenty twenty two}}",
    "dictating on patient {{name:tremblay jean luc}} medical record number {{id:four four one "
    "seven two nine}}",
    "[draft] findings discussed with doctor {{name:mbeki}} on the phone at 4 pm, she will "
    "review the patient",
    "uh the patient is a {{age:ninety six}} year old female comma referred from {{facility:st "
    "mikes}} emergency",
    "[ASR] Dr {{name:Ng}} \u2014 correction, Dr {{name:Eng}} \u2014 was informed of the fracture.",
    "scratch that, comparison is {{date:january fourth}} not january fifth",
    "new line impression colon stable disease compared to the {{date:twelfth of may}} period",
    "[unsigned draft] Pt {{name:Hoang Thi Mai}} MRN {{id:8812093}} \u2013 TODO: check prior at "
    "{{facility:Westmead}}",
    "please copy report to doctor {{name:van rensburg}} at {{facility:milpark}} thank you end of "
    "dictation",
    "voice file 0418 \u2013 {{name:Gonzalez, Maria}} \u2013 {{date:4/18/2024}} \u2013 US renal",
    "ask {{name:Bheki}} in CT to re-send the delayed phase images to my workstation",
    "speaker two: surname {{name:O'Sullivan}}, first name {{name:Siobhan}}, date of birth the "
    "{{date:ninth of the ninth thirty-two}}",
]

MORE_REPORT_PROSE = [
    "CLINICAL HISTORY: {{name:Agatha Pemberton-Scott}}, {{age:97}}, aspiration risk, new right "
    "basal crackles.",
    "Comparison: chest radiographs dated {{date:2024-01-02}}, {{date:2024-01-05}} and "
    "{{date:2024-01-09}} (all portable).",
    "The {{date:12/3}} CT showed a 6 mm calculus at the left VUJ, which has now passed.",
    "On the {{facility:Beaumont}} study of {{date:August 14, 2020}}, the aneurysm sac measured "
    "5.1 cm; it now measures 5.6 cm.",
    "Findings were relayed to {{name:Olumide}} (charge nurse, ward 4B) and to Dr "
    "{{name:Charlotte Baxter}} on the ward round.",
    "IMPRESSION: Subcapital fracture right neck of femur. Orthopaedic referral to Mr {{name:Huw "
    "Prothero}} recommended.",
    "Post-procedure: PICC inserted by {{name:Sean Kavanagh}}, IR nurse specialist; tip at the "
    "cavoatrial junction.",
    "Study performed at the {{facility:Kingsway Imaging Centre}} satellite; images read at "
    "{{facility:Hamilton General}}.",
    "HISTORY: MVA, driver aged {{age:91}}, on warfarin; GCS 13.",
    "Patient ({{name:Moshe Abramowitz}}) declined the IV contrast after counselling; "
    "non-contrast study performed.",
    "Re-demonstrated is the sclerotic lesion in L3 first seen at {{facility:Kingston Health "
    "Sciences Centre}} in {{date:2018}}.",
    "IMPRESSION: Probable bronchiectasis. Suggest HRCT and review in respiratory clinic with Dr "
    "{{name:Deepika Rao}}.",
    "Since {{date:Dec 2022}}, the thyroid nodule has increased from 11 to 19 mm (TI-RADS 4).",
    "Recommendation: follow-up MRI in 6 months at {{facility:Tygerberg Hospital}} (next "
    "available {{date:Nov 2024}}).",
    "Compared with the CT of {{date:Sunday, 7 January 2024}}, the subdural collection has "
    "reduced in thickness.",
    "The patient, Mr {{name:\u00c1lvaro N\u00fa\u00f1ez-Iglesias}}, was scanned prone because of "
    "pain.",
    "This {{age:ninety-eight}} year old lady has features of a pathological fracture.",
    "Biopsy tract marked; samples sent to {{facility:PathCare}} under lab number "
    "{{id:PC24-118293}}.",
    "No significant change from prior MRI performed at {{facility:Narayana Multispeciality "
    "Hospital}}, Mysuru, {{date:Jan-2023}}.",
    "Mammography: Left breast, BI-RADS 5. Discussed with Sister {{name:Bridget Ahern}}, breast "
    "care nurse.",
    "ADDITIONAL HISTORY (from Dr. {{name:Francis Nkemelu}}'s clinic letter of {{date:9/9/2023}}): "
    "weight loss 8 kg.",
    "Findings: Prosthesis in situ, inserted {{date:2009}} at {{facility:Nuffield Orthopaedic "
    "Centre}}; no loosening.",
    "The pleural catheter (placed {{date:26/01/24}}) remains in good position.",
    "IMPRESSION: Interval resolution of consolidation since the {{date:2nd of February}}.",
    "Nuclear medicine: 740 MBq Tc-99m MDP administered at 09:10 by {{name:K. Govender}}.",
    "Incidental note: patient states she was previously imaged under her maiden name, "
    "{{name:Eleanor Whitfield}}.",
    "Previous CT performed elsewhere ({{facility:Lions Gate Hospital}}, North Vancouver) on "
    "{{date:2023-09-30}}.",
    "Aortic stent graft (Cook Zenith) placed by Mr {{name:Nigel Osei}} in {{date:April 2019}}; "
    "no endoleak.",
    "Clinical correlation with Dr {{name:Ahmed}}'s examination findings is advised.",
    "Age {{age:103}}; please interpret bone density in that context.",
    "Examination dated {{date:13 Sep 2023}} reported by {{name:Alasdair Munro}} is not "
    "available for comparison.",
    "Case discussed at the neuro-oncology MDT ({{facility:Royal Marsden}}, {{date:Thu 25 Jan "
    "2024}}).",
    "Patient's usual cardiologist is Dr {{name:Y. Ramachandran}}, {{facility:Madras Medical "
    "Mission}}.",
    "ECHO from {{facility:St Paul's Hospital}} dated {{date:4 March 2022}} showed an EF of 35%.",
    "Impression: normal study. Report copied to the patient's GP, Dr {{name:Isla Ferguson}}, "
    "{{facility:Grange Road Surgery}}.",
    "In comparison to the examination of {{date:18 December}}, there is a new small left effusion.",
    "Patient weighed at {{facility:Steve Biko Academic Hospital}} on {{date:2024-05-06}}: 58 kg; "
    "contrast dose adjusted.",
    "Prior ultrasound by {{name:Gita Balasubramanian}} (sonographer) on {{date:02 Jan 2024}} "
    "reported a normal CBD.",
    "Third-party images from {{facility:Envision Radiology}} ({{date:10/19/2023}}) confirm "
    "the finding is longstanding.",
    "CTA head and neck; tPA given at {{facility:Foothills Medical Centre}} prior to transfer.",
    "{{name:Haruto Yamamoto}}'s previous MRCP from {{date:11 Nov 2022}} is now available and "
    "shows the same stricture.",
    "Correlate with bone marrow biopsy performed {{date:6/14/2024}} ({{facility:MD Anderson}}).",
    "Comparison is made with CT KUB of {{date:30.05.2023}} ({{facility:QEII Health Sciences "
    "Centre}}).",
    "IMPRESSION: No DVT. Verbal report to {{name:Pooja Menon}}, PA-C, via {{phone:(312) "
    "555-0144}}.",
    "Scan delayed; patient transferred from {{facility:Wits Donald Gordon Medical Centre}} "
    "without prior images.",
    "The previous report (Dr {{name:Ashworth}}, {{date:2021}}) described this as a haemangioma.",
    "Surgical clips from the {{date:2012}} {{facility:Barts}} oesophagectomy are noted.",
    "Prostate volume 68 mL; PSA {{date:March 2024}} reported by {{facility:Quest Diagnostics}} "
    "as 9.2.",
    "TECHNIQUE: Low-dose CT per lung screening protocol (enrolment number {{id:LCS-0048821}}).",
    "Fluoroscopy time 3.2 min; DAP 12.4 Gy\u00b7cm\u00b2; operator {{name:Rafael Mendoza}}, MD.",
]

ADMIN_AND_CONTACT = [
    "Patient moved; new address {{address:Unit 7, 45 Fitzroy Street, St Kilda VIC 3182}}, phone "
    "{{phone:0421 555 903}}.",
    "Home address: {{address:Plot 88, Sector 21, Gurugram, Haryana 122016}}",
    "Correspondence address: {{address:1 Kingfisher Close, Basingstoke, Hampshire RG24 8PT}}.",
    "Billing to {{address:310 W 57th Street, Apt 14C, New York, NY 10019}}; insurance ID "
    "{{id:UHC-996120437}}.",
    "Next of kin {{name:Pranav Joshi}} lives at {{address:B-12, Shanti Nagar, Andheri East, "
    "Mumbai 400069}}.",
    "Mail returned from {{address:22 Jacaranda Avenue, Westville, Durban 3629}} \u2013 please "
    "update PAS.",
    "Patient resides at {{address:45 Rue Principale, Gatineau, QC J8T 4L2}} and prefers French "
    "correspondence.",
    "Care home address: {{facility:Lavender Court}}, {{address:9 Mill Lane, Exeter EX2 7HN}}.",
    "Mobile imaging van scheduled at {{address:1200 Prairie View Road, Regina, SK S4N 5A9}}.",
    "Ambulance collected from {{address:34 Koppie Street, Bloemfontein 9301}}.",
    "Address on DICOM header (0010,1040): {{address:17 Banksia Crescent, Mount Gravatt QLD 4122}}",
    "Send results to {{email:h.okeeffe@tallaghtgp.example.ie}} and {{email:referrals@"
    "westsideortho.example.com}}.",
    "Questions about this report? E-mail {{email:radreports@stgeorges.example.nhs.uk}}.",
    "Outside radiologist's contact: {{email:dr.anjali.k@diagnostics.example.in}}, "
    "{{phone:+91 98450 55512}}.",
    "Access log: {{ip:192.0.2.44}} \u2013 {{date:2024-03-04 10:11:52}} \u2013 user {{email:"
    "jstrand@northshore.example.org}} \u2013 VIEW",
    "Teleradiology VPN endpoints {{ip:198.51.100.23}} and {{ip:198.51.100.24}} whitelisted for "
    "night cover.",
    "Image exchange gateway: {{url:https://iep.example.nhs.uk/transfer/RX8-992017}}",
    "The requesting form is available at {{url:http://intranet.sahealth.example/radiology/"
    "forms/ct-request.pdf}}.",
    "Results also at {{url:www.myimaging.example.co.za/p/AB77120}} (PIN sent by SMS).",
    "Report PDF: {{url:https://reports.lumus.example.com.au/pdf/2024/05/R-5531902.pdf}}",
    "Dose record exported to {{url:https://dose.example-radiology.ca/patient/HSN-00918}}",
    "Appointment confirmation sent to {{phone:+1 (403) 555-0176}} and {{email:maple.jensen@"
    "shaw.example.ca}}.",
    "Screening invitation: {{url:https://breastscreen.example.org.au/invite?id=BS7740192}}",
    "Zoom link for the MDT: {{url:https://zoom.us/j/94412875530}} (patient discussed: "
    "{{name:Eastwood, Margaret}}).",
    "Printer queue \\\\{{ip:10.60.1.12}}\\\\RadReports_Ward7 received report for {{id:E5540012}}.",
    "Gateway log: C-FIND from {{ip:10.201.7.33}} (AE KGH_MR2) matched {{name:ABUBAKAR^HALIMA}}.",
    "Workstation {{ip:172.20.14.6}} cached images for accession {{id:MR-2403-11927}} locally.",
    "Firewall rule added for the outside PACS at {{ip:203.0.113.91}} ({{facility:Mediclinic "
    "Panorama}}).",
    "Patient self-referral form submitted from {{ip:2001:db8:ffff:12::3e}} at 21:47.",
    "Phone follow-up: {{phone:011 555 0192}} (home), {{phone:+27 72 555 8841}} (cell).",
    "Call the reading room on {{phone:1-800-555-0147}} for preliminary results.",
    "If you have questions call {{phone:(780) 555-0123 x2210}}.",
    "Contact: {{phone:+61 7 5555 0184}} \u00b7 {{email:enquiries@qldxray.example.com.au}} \u00b7 "
    "{{url:qldxray.example.com.au}}",
    "Reply to: {{email:\u00e9milie.roy@chuq.example.qc.ca}}",
    "Forwarding to {{email:mdt-coordinator@christie.example.nhs.uk}} for listing on "
    "{{date:Tuesday 11th June}}.",
    "IT ticket INC0419982: viewer at {{url:https://pacs-web.example-health.org/zfp?"
    "accession=A24-8810221}} shows a blank series.",
    "Referrer portal: {{url:https://referrers.example-imaging.co.uk/login}}",
    "SFTP drop: {{url:sftp://transfer.example-telerad.in/incoming/2024-06/}} ({{ip:103.21.58.14}})",
    "Web DICOM endpoint {{url:https://dicomweb.example.org/wado-rs/studies/1.2.840.10008.5.1."
    "4.1.1.2}}",
    "Guest Wi-Fi log: device {{ip:100.64.12.201}} linked to patient kiosk for {{name:Farouk "
    "Hassan}}.",
]

MIXED_EXTRA = [
    "Discrepancy meeting {{date:March 2024}} \u2013 case 7: accession {{id:CT-23-1187390}}, "
    "reporter Dr. {{name:Sinead Mulholland}}, {{facility:Altnagelvin}}.",
    "{{name:Baptiste-Mensah, Kofi}} (MRN {{id:0093-4471-2}}) \u2014 CT chest, {{facility:North "
    "York General}}, {{date:02 Mar 2024}}.",
    "The mass abuts the SMA; see also the EUS report from {{facility:Sir Ganga Ram Hospital}} "
    "({{date:7 Feb 2024}}, ref {{id:SGRH/EUS/2024/188}}).",
    "Addendum by {{name:Farhan Qureshi}}, MD: comparison with the {{facility:Cleveland Clinic}} "
    "study (accession {{id:CCF88120033}}) confirms stability.",
    "Serial number of the implanted loop recorder: {{id:RLA 449120 S}}; MRI conditional per "
    "manufacturer.",
    "Pacemaker generator SN {{id:PJN7741902}} interrogated pre-scan by {{name:Tessa Hurwitz}}.",
    "Patient {{name:Ng\u00f4 Th\u1ecb Lan}} ({{age:92}}) attended with her granddaughter from "
    "{{address:31 Hume Highway, Cabramatta NSW 2166}}.",
    "{{date:Friday, 14th June 2024}} \u2014 CT colonography for {{name:Derek Ashby}} cancelled; "
    "rebook via {{url:https://booking.example-ccgi.nhs.uk/ctc}}.",
    "Tumour board notes for {{name:Venter, Johanna}} uploaded to {{url:https://mdt.example-"
    "netcare.co.za/case/88210}}.",
    "Dr {{name:\u00c9lodie Marchand}} ({{facility:H\u00f4pital Maisonneuve-Rosemont}}) reviewed "
    "the {{date:2023-07-04}} MRI remotely.",
    "Pre-procedure checklist: consent signed by the patient's son, {{name:Mthunzi Cele}}, at "
    "{{facility:Edendale Hospital}}; patient aged {{age:ninety-two}} lacks capacity.",
    "Her {{date:2/2/2021}} bone scan ({{facility:Hamilton Health Sciences}}) was negative.",
    "Comparison CT ({{facility:Sir Charles Gairdner}}, {{date:2023-03-15}}) via the state PACS, "
    "UR number {{id:SCG0447120}}.",
    "The {{age:106}}-year-old patient was scanned on a trolley with the family present.",
    "Recall letter generated for {{name:Annemarie Botha}} (breast screening round "
    "{{date:2024}}, client no. {{id:BSA-224719}}).",
    "Per {{name:Ravi}} in MRI, the patient's cochlear implant card (serial {{id:CI-88412073}}) "
    "was checked.",
    "Patient's Aadhaar-linked ABHA ID {{id:91-4471-2280-6613}} recorded at registration.",
    "SA ID {{id:5803120154087}} \u2013 Mrs {{name:Dorothy Fortuin}} \u2013 {{age:96}} yrs "
    "\u2013 {{facility:Victoria Hospital Wynberg}}",
]

CLEAN_SENTENCES = [
    "Kerley B lines at both bases with upper lobe venous diversion, in keeping with "
    "interstitial oedema.",
    "A Swan-Ganz catheter tip projects over the right interlobar pulmonary artery; suggest "
    "withdrawal by 3 cm.",
    "Findings are typical of Hodgkin lymphoma involving the anterior mediastinum.",
    "Chilaiditi sign: colonic interposition beneath the right hemidiaphragm, not free gas.",
    "Right apical soft-tissue mass with rib destruction, consistent with a Pancoast tumour.",
    "Foley catheter balloon is seen within a collapsed bladder.",
    "An 84-year-old man with chronic kidney disease, stage 4; non-contrast CT performed.",
    "Patient aged 89, independent, presenting with a first seizure.",
    "A 45-year-old female with right upper quadrant pain; Murphy sign positive on ultrasound.",
    "Hill-Sachs defect and a bony Bankart lesion following anterior dislocation.",
    "Segond fracture at the lateral tibial plateau; an ACL tear is likely.",
    "Lisfranc injury with 3 mm widening between the first and second metatarsal bases.",
    "Chance fracture of L1 with posterior ligamentous complex disruption.",
    "Salter-Harris II fracture of the distal radius in a 12-year-old.",
    "Hilar mass suspicious for a Klatskin tumour; MRCP recommended.",
    "Schmorl nodes at several thoracolumbar levels; no acute compression fracture.",
    "Enlarged left supraclavicular (Virchow) node measuring 14 mm.",
    "Periumbilical soft-tissue nodule, possibly a Sister Mary Joseph nodule, in the setting of "
    "gastric cancer.",
    "Diffusely enlarged, hypervascular thyroid consistent with Graves disease.",
    "Terminal ileal thickening with comb sign, compatible with active Crohn disease.",
    "Posterior pharyngeal outpouching at the level of C5\u2013C6, consistent with a Zenker "
    "diverticulum.",
    "Hepatic vein occlusion with caudate hypertrophy, suggesting Budd-Chiari syndrome.",
    "Cerebellar tonsils lie 7 mm below the foramen magnum (Chiari I malformation).",
    "Westermark sign and a Hampton hump in the right lower zone raise concern for PE.",
    "Bosniak IIF cyst in the left kidney; follow-up per the Bosniak 2019 update.",
    "LI-RADS 4 observation in segment VIII measuring 18 mm.",
    "BI-RADS 3: probably benign; short-interval follow-up in six months.",
    "PI-RADS 4 lesion in the left peripheral zone at mid-gland.",
    "Baker cyst measuring 4.2 cm, with no evidence of rupture.",
    "Small amount of fluid in Morison pouch.",
    "Status post Hartmann procedure with an end colostomy in the left iliac fossa.",
    "Post-Whipple anatomy with a patent hepaticojejunostomy.",
    "Medtronic Micra leadless pacemaker projects over the right ventricle.",
    "A Port-a-Cath is seen in the right chest wall with its tip at the SVC/RA junction.",
    "PleurX catheter in the left pleural space; small residual effusion.",
    "Mirena IUD is appropriately positioned within the endometrial cavity.",
    "Infrarenal IVC filter (Celect) with a tilt of approximately 15 degrees.",
    "Watchman device in the left atrial appendage without peridevice leak.",
    "Impella device in satisfactory position across the aortic valve.",
    "Contrast: 100 mL Omnipaque 350 at 4 mL/s; no immediate reaction.",
    "Gadavist 7.5 mL administered; no adverse events.",
    "Buscopan 20 mg IV given to reduce bowel peristalsis.",
    "The patient is on Eliquis; no hemorrhage identified.",
    "Scan acquired on a SOMATOM Force; CTDIvol 9.8 mGy, DLP 412 mGy\u00b7cm.",
    "MRI performed on a MAGNETOM Vida 3T with a 20-channel head coil.",
    "Images obtained on the Aquilion ONE, 320-detector row, prospective ECG gating.",
    "Examination coded CPT 74177; ICD-10 R10.31.",
    "Protocol: CT CAP with contrast, portal venous phase, 1.25 mm reconstructions.",
    "IMPRESSION: No acute cardiopulmonary process.",
    "No pneumothorax. Lines and tubes as described.",
    "Findings were discussed with the on-call surgical registrar at 03:15.",
    "Result telephoned to the Emergency Department charge nurse on Tuesday evening.",
    "Will review with the prior imaging once available.",
    "Hope was expressed by the family that surgery could be avoided.",
    "Grace period of 48 hours applies before the repeat study is rebooked.",
    "Wells score 4; CTPA performed as per the local pathway.",
    "Ottawa ankle rules positive; radiographs obtained.",
    "Canadian CT head rule criteria met (age 65 or over).",
    "Boston criteria 2.0: probable cerebral amyloid angiopathy.",
    "Denver shunt tubing coursing through the right abdominal wall.",
    "Thyroid FNA Bethesda category IV on the previous cytology.",
    "Fleischner Society guidelines suggest no routine follow-up for this nodule.",
    "Patient name: [redacted]. DOB: XXXX. MRN: ********.",
    "Comparison: none.",
    "Wards 7B and 12 were informed of the scanner downtime.",
    "Transferred to ICU after the scan; bed 14.",
    "Room 4 (CT2) was out of service from 14:00 to 16:30.",
    "The Nuclear Medicine department will call to arrange the bone scan.",
    "Interventional Radiology suite booked for tomorrow morning.",
    "Parkinson disease; motion artefact degrades the posterior fossa.",
    "Pott disease of the thoracic spine with a paraspinal abscess.",
    "Wilms tumour arising from the lower pole of the right kidney.",
    "Ewing sarcoma of the proximal fibula with an onion-skin periosteal reaction.",
    "Brodie abscess in the distal tibial metaphysis.",
    "Monteggia fracture-dislocation of the left forearm.",
    "Jefferson fracture of C1 with lateral mass offset of 7 mm.",
    "Stener lesion of the ulnar collateral ligament of the thumb.",
    "Dandy-Walker malformation with an enlarged posterior fossa.",
    "Mallory-Weiss tear suspected clinically; CT shows no perforation.",
    "Boerhaave syndrome excluded: no pneumomediastinum.",
    "Meckel diverticulum with surrounding inflammation in the right lower quadrant.",
    "Gleason 4+3 on the targeted biopsy.",
    "ECMO cannulae in the right internal jugular and femoral veins.",
    "MitraClip device seen in the expected position.",
    "A Greenfield filter is present below the renal veins.",
    "Manchester triage category orange.",
    "Edinburgh classification type 2 periprosthetic fracture.",
    "Weekend reporting was covered by the locum team from Friday night to Monday morning.",
    "Patient is 72 and lives alone; ambulance transport requested.",
    "Eighty-five-year-old woman with a fall; no fracture seen.",
    "The 60-year-old smoker has a spiculated 2.3 cm RUL mass.",
    "Ages 50 to 74 are eligible for the screening programme.",
    "Second read by the breast radiologist agreed with BI-RADS 2.",
    "Sterile technique; 1% lidocaine local anaesthetic; 18G core biopsy x4.",
    "Tip of the NG tube lies below the left hemidiaphragm.",
    "Dr [name withheld] was informed by telephone.",
    "Referral from GP practice: XXXXX. Consultant: XXXXX.",
    "Rigler sign present, indicating pneumoperitoneum.",
    "Courvoisier gallbladder with a dilated CBD.",
    "Hutchinson fracture of the radial styloid.",
    "Colles fracture with dorsal angulation of 20 degrees.",
    "Smith fracture with volar displacement.",
    "Bennett fracture-dislocation at the base of the first metacarpal.",
    "Rolando fracture, comminuted.",
    "Maisonneuve fracture of the proximal fibula.",
    "Tillaux fracture in an adolescent.",
    "Addison disease with small adrenal glands.",
    "Cushing syndrome; bilateral adrenal hyperplasia.",
    "Sjögren syndrome with parotid cystic change.",
    "Takayasu arteritis involving the left subclavian artery.",
    "Kawasaki disease with coronary artery aneurysms.",
    "Legg-Calvé-Perthes disease of the right hip.",
    "Osgood-Schlatter disease bilaterally.",
    "Charcot foot with midfoot collapse.",
    "Erlenmeyer flask deformity of the distal femora.",
    "Madelung deformity of the wrist.",
    "Sprengel deformity of the left scapula.",
    "Ebstein anomaly with an enlarged right atrium.",
    "Wolff-Parkinson-White noted on ECG; not relevant to the imaging.",
    "Victoria ward nursing staff notified.",
    "Cape ward has no portable X-ray today.",
    "Sunday list: 6 CTs, 2 MRIs, no interventional cases.",
    "Shift handover at 19:30 in the reporting room.",
    "Patient prefers morning appointments; please avoid Mondays.",
    "Page the radiology resident on call.",
    "Contact the PACS helpdesk for password resets.",
    "Study age: 3 days; prior images older than 5 years archived.",
    "Appearances are stable over 2 years, consistent with benignity.",
    "Duration of symptoms: 6 weeks.",
    "Patient has had symptoms since childhood.",
    "Weight 62 kg, height 158 cm, eGFR 48.",
    "Report status: PRELIMINARY.",
    "Reviewed with the consultant; no change to the impression.",
    "Dictated in PowerScribe; signed in the RIS.",
    "Heparin 5000 units; ACT 220 seconds.",
    "Bard PowerPort 8 Fr inserted via the right IJV.",
    "Penrose drain in the right flank.",
    "Jackson-Pratt drain in the pelvis.",
    "Hickman line tip at the cavoatrial junction.",
    "Blake drain in the subhepatic space.",
]

DEV7 = (
    INDICATION_HISTORY
    + TECHNIQUE_COMPARISON
    + FINDINGS_IMPRESSION
    + ADDENDA_CRITICAL_DISCREPANCY
    + SIGNOFFS
    + MORE_REPORT_PROSE
    + MIXED_EXTRA
    + HEADERS_BANNERS
    + REQUESTS_VETTING
    + WORKLIST_RIS_PACS
    + LETTERS_EMAILS
    + PORTAL_MESSAGES
    + DICTATION_DRAFTS
    + ADMIN_AND_CONTACT
)

CLEAN_DEV7 = list(CLEAN_SENTENCES)
