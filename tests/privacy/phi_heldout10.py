"""Held-out PHI set 10: a provincial health authority's imaging archive, sampled before adoption.

The text is what a Canadian provincial health authority's archive holds across community
hospitals, a tertiary centre, private imaging clinics and northern nursing stations that send
films by telehealth: chest radiograph and CT reports, addenda, consult requests, transfer notes,
critical-result logs, PACS/RIS and HL7 lines, referral letters, scheduling and billing lines and
patient messages. Some of it is French (Québec, New Brunswick), and some patients and communities
are Cree, Inuit or Dene. Every person, number, phone, e-mail, street address and network address
is invented; facility names are used only as names.

Conventions (shared with the other hand-written sets):
- ``{{kind:text}}`` marks a gold span; kinds are name, date, id, phone, email, url, ip, address,
  facility, age.
- Titles (Dr, Mr, Mrs, Ms, Mme, M., Nurse, Sister) and post-nominals (MD, RN, NP, FRCPC) stay
  outside name spans; "Last, First M." and HL7 ``LAST^FIRST^M`` are one name span.
- A date span takes a time or weekday written against it, in English or French ("lundi
  13 mars 2023 à 9 h 10"); the article before it ("le", "the") stays outside. Times alone,
  weekdays alone and durations are not PHI. A bare year after "in"/"since"/"en"/"depuis" is a date.
- Ages over 89 are PHI (the number only; "ans", "y/o", "aged" stay outside); 89 and under are not.
- Id spans hold the value, not the label: MRN, accession, provincial health card numbers (RAMQ
  NAM, Medicare, PHN, HSN, PHIN, ULI), visit and encounter numbers, requisition and order numbers,
  DICOM UIDs, serials of devices implanted in the patient. Room, bed, ward, fee, procedure and
  diagnosis codes, protocol names and device models are not PHI.
- An address runs from the street, box or "General Delivery" line through the postal code as
  written; a city, community, province or country alone is not PHI.
- A facility span covers the institution's name (hospital, health centre, nursing station,
  imaging clinic, lab); department words and generic "the nursing station" are not facilities.
- Clean sentences hold eponyms, device and drug names, department words, languages, ages 89 and
  under, times and weekdays without a date, place names alone and placeholders.
"""

from __future__ import annotations

# --- Report headers and exam banners ------------------------------------------------------------

REPORT_HEADERS = [
    "Patient: {{name:Koostachin, Eliza M.}}   MRN: {{id:0048812}}   DOB: {{date:1948-02-17}}   "
    "Exam date: {{date:2023-03-14 08:42}}",
    "CHEST PA AND LATERAL - {{name:WAPACHEE, Sarah J.}} - Acc {{id:CR23-0114596}} - "
    "{{facility:Chisasibi Hospital}}",
    "Nom : {{name:Tremblay, Gilberte}}   NAM : {{id:TREG 3105 1245}}   Date de l'examen : "
    "{{date:2023-05-02}}",
    "CT CHEST WITH CONTRAST   Pt: {{name:Lucassie Uqaituk}}   NU HCN: {{id:100438721}}   "
    "Ordered {{date:2023-02-27}}",
    "Referring: Dr. {{name:Anjali Raghunathan}}   Location: {{facility:Qikiqtani General Hospital}}, "
    "Iqaluit   Priority: STAT",
    "Ordering provider: {{name:Beaulieu, Roger}}, NP (Fort Resolution)   Visit {{id:V00982214}}",
    "Exam: XR CHEST 1V PORTABLE   Accession: {{id:4471093}}   Bed: 4B-12   Performed "
    "{{date:16/03/2023 02:15}}",
    "Patient Name: {{name:Drybones, Marie-Rose}}   Health Care No.: {{id:N0412793}}   Sex: F   "
    "Age: {{age:91}}",
    "Examen : TDM thoracique sans contraste - {{name:Cormier, Lucien}} - No de dossier "
    "{{id:H-209-5531}} - {{facility:CHU Dr-Georges-L.-Dumont}}",
    "Study Date: {{date:14-Mar-2023}}   Study Instance UID: "
    "{{id:1.2.124.113532.80.22017.4471093.20230314.84210}}",
    "Patient ID {{id:SK-771402}} | {{name:Bird, Norman}} | DOB {{date:03/09/1939}} | "
    "{{facility:La Ronge Health Centre}}",
    "Sending site: {{facility:Kashechewan Nursing Station}}   Received via telehealth "
    "{{date:2023-01-22 19:35}}",
    "NAME: {{name:Ittukallak, Elisapee}}   RAMQ: {{id:ITTE 5208 2411}}   Site: "
    "{{facility:Centre de santé Inuulitsivik}}",
    "Requisition #{{id:RQ-2023-118407}} for {{name:Cheechoo, Wilfred}} (DOB {{date:1952-11-30}})",
    "Usager : {{name:Gagnon-Roy, Marguerite}}   Dossier : {{id:00731954}}   Né(e) le : "
    "{{date:1930-08-04}}   Âge : {{age:92}} ans",
    "HSN {{id:720 114 586}}   {{name:McCallum, Angus}}   XR CHEST 2V   {{date:Feb 3 2023}}   "
    "{{facility:Île-à-la-Crosse St. Joseph's Health Centre}}",
    "LDCT LUNG SCREENING   {{name:Sutherland, Priscilla}}   PHIN {{id:118 440 273}}   Acc "
    "{{id:HSC-CT-0093318}}",
    "Patient: {{name:Alookie, Mosesie}}   Chart {{id:PG-04417}}   Community clinic: "
    "{{facility:Pangnirtung Health Centre}}   Study {{date:2022-12-19}}",
    "MRN {{id:M2210937}} / Enc {{id:E23-0448120}} / {{name:Lafferty, Jonas}} / {{facility:Stanton}} ED / "
    "{{date:2023-04-11 23:58}}",
    "Radiologue : Dre {{name:Isabelle Thibodeau}}   Date de dictée : {{date:3 avril 2023}}   "
    "Transcrit le {{date:4 avril 2023}}",
    "Exam CT ABD/PELVIS - Pt {{name:Nakogee, Bertha}} - ULI {{id:600124478}} - Priority routine",
    "Acc: {{id:RAD-2023-044812}}   Pt: {{name:Qumaluk, Annie}}   DOB: {{date:12 Jul 1931}}   "
    "({{age:91}}y)",
    "Séquence de l'examen {{id:CTQ-23-77104}} - {{name:Arseneault, Yvon}} - "
    "{{facility:Hôpital régional de Campbellton}}",
    "Exam: CHEST 2 VIEWS   Pt: {{name:Tsetta, Daniel}}   Location: "
    "{{facility:Fort Good Hope Health Centre}} (telehealth)   Acquired: {{date:Sat 4 Feb 2023 16:20}}",
]

# --- Findings, impressions and comparisons with PHI inside ------------------------------------

FINDINGS = [
    "Compared with the outside CT from {{facility:Mayfair Diagnostics}} dated "
    "{{date:January 9, 2023}}, the right upper lobe nodule has grown from 7 to 11 mm.",
    "Ms. {{name:Sangris}} reports haemoptysis for 2 weeks; the cavitary lesion in the right apex "
    "is new since {{date:October 2022}}.",
    "Calcified granulomas and a calcified right hilar node are in keeping with the TB treated at "
    "{{facility:Moose Factory General Hospital}} in {{date:1987}}.",
    "The {{age:93}}-year-old patient could not stand, so only an AP sitting film was obtained.",
    "Mme {{name:Bélanger}}, {{age:90}} ans, chute à domicile; pas de fracture costale visible.",
    "No interval change from the study of {{date:2022-11-03}} at "
    "{{facility:Thompson General Hospital}}.",
    "Compared to {{date:12/01/2023}}, the left pleural effusion has increased and now reaches the "
    "mid-zone.",
    "Par rapport à l'examen du {{date:17 janvier 2023}}, l'opacité du lobe inférieur droit est en "
    "régression.",
    "Tip of the right PICC projects over the cavoatrial junction; line placed at "
    "{{facility:Royal University Hospital}} on {{date:Mar 2, 2023}}.",
    "Mr. {{name:Nappaaluk}} has a known spiculated left upper lobe mass, biopsied on "
    "{{date:2023-02-08}} (accession {{id:CT23-0087761}}).",
    "Pacemaker generator in the left pectoral pocket, serial {{id:PJN604117S}} per the implant "
    "card, leads in the right atrium and right ventricle.",
    "Consolidation in the lingula, worse than on the film sent from "
    "{{facility:Sachigo Lake Nursing Station}} on {{date:Jan 30}}.",
    "The patient, {{age:96}} y/o, is on home oxygen; hyperinflation and bullae are unchanged.",
    "Compared with PACS images from {{date:2019}}, {{date:2021}} and {{date:2022}}, the "
    "ground-glass nodule is stable at 6 mm.",
    "Findings are similar to the CT done at {{facility:Health Sciences Centre}} in "
    "{{date:June 2021}} for Ms {{name:Monias}}.",
    "No pneumothorax after the thoracentesis performed by Dr. {{name:Kwame Asante}} earlier today "
    "({{date:2023-03-21}}).",
    "Comparaison : radiographie du {{date:2022-12-05}} réalisée à la "
    "{{facility:Clinique radiologique Laurier}}.",
    "The nodule previously described by Dr {{name:Olsen}} at {{facility:Boreal Medical Imaging}} "
    "is no longer seen.",
    "Right-sided aortic arch, as also noted on the cardiac MRI of {{date:5 May 2020}}.",
    "Endotracheal tube 3.5 cm above the carina on the {{date:03:10 14 Mar 2023}} film, retracted "
    "from 1.2 cm on the 01:45 image.",
    "Post-sternotomy wires intact; CABG was performed at the "
    "{{facility:Institut universitaire de cardiologie et de pneumologie de Québec}} in "
    "{{date:2011}}.",
    "Mrs. {{name:Elsie Moostoos}}, aged {{age:94}}, has a new right lower lobe opacity compatible "
    "with aspiration.",
    "Interval development of bilateral hilar lymphadenopathy since the chest film of "
    "{{date:August 14, 2022}} from {{facility:Norway House Hospital}}.",
    "Stable 4 mm left lower lobe nodule (image 112 of series 4) compared with "
    "{{date:2022-03-30}}; no further follow-up per Fleischner.",
    "Depuis {{date:2020}}, augmentation lente de la masse médiastinale antérieure.",
    "The esophageal stent placed on {{date:February 20}} has migrated distally by about 3 cm.",
    "Impression: new right upper lobe cavitation; patient {{name:Isaac Wapachee}} should be "
    "placed on airborne isolation.",
    "Diffuse reticulation with basal predominance, progressed since {{date:Nov 2021}}; "
    "discussed at ILD rounds with Dr. {{name:Hélène Fortier}}.",
    "Lateral view degraded by motion; the {{age:99}}-year-old could not hold her breath.",
    "Nasogastric tube coiled in the oesophagus on the {{date:2023-03-19 22:40}} radiograph; "
    "repeat after repositioning shows the tip in the stomach.",
    "Marked interval improvement compared with the film taken at "
    "{{facility:Ungava Tulattavik Health Centre}} on {{date:2023-01-04}}.",
    "Impression : pneumonie lobaire droite chez un patient de {{age:95}} ans.",
    "The chest CT of {{date:10/02/2023}} (acc {{id:CT23-0061190}}) is the baseline for RECIST.",
    "Bilateral breast implants, placed in {{date:2004}} according to Ms. {{name:Kaur}}.",
]

# --- Addenda and corrections --------------------------------------------------------------------

ADDENDA = [
    "ADDENDUM {{date:2023-03-15 07:55}}: the comparison study is from "
    "{{facility:Meno Ya Win Health Centre}}, not from the local clinic.",
    "Addendum by Dr. {{name:Obi}}: the nodule is in the right middle lobe, not the right lower "
    "lobe as dictated on {{date:14/03/2023}}.",
    "Addenda du {{date:6 avril 2023}} : après revue avec le Dr {{name:Jean-François Lévesque}}, "
    "le nodule est calcifié.",
    "Corrected report: patient is {{name:Koostachin, Eli}} (MRN {{id:0048813}}), not "
    "{{name:Koostachin, Eliza}}; images re-linked.",
    "Addendum: outside images from {{facility:Prairie Lakes Imaging}} received {{date:Mar 17}}; "
    "no change to the impression.",
    "ADDENDUM: discussed with {{name:Marlene Hunter}}, RN, at {{facility:Split Lake Nursing Station}} "
    "at 18:05; she will arrange medevac.",
    "Amended {{date:2023-04-02 11:20}} by {{name:Tremblay-Nault, Olivia}}: laterality corrected "
    "to left.",
    "Addendum - Accession {{id:CR23-0119920}} was merged with {{id:CR23-0119921}} by the PACS team "
    "on {{date:21 Mar 2023}}.",
    "Late addendum: the prior scan referred to was done at {{facility:Thunder Bay Regional Health "
    "Sciences Centre}} in {{date:March 2019}}.",
    "Addendum: implanted port serial number {{id:BPH-6620481}} verified against the op note.",
    "Addenda : l'examen comparatif provient de l'{{facility:Hôpital de Chicoutimi}} et date du "
    "{{date:2021-10-13}}.",
    "Addendum {{date:3/22/2023}}: results phoned to the patient's daughter, {{name:Lorna Cheechoo}}, "
    "at {{phone:(705) 658-4120}}.",
]

# --- Consult requests, clinical history, requisitions ----------------------------------------------

CONSULTS = [
    "Reason for exam: {{age:92}} yo M from {{facility:Attawapiskat Nursing Station}}, fever and "
    "cough x 5 days, rule out pneumonia.",
    "Clinical history: Ms. {{name:Bernadette Catholique}}, known COPD, SOB worse since "
    "{{date:Sunday 12 March}}.",
    "Demande de consultation : M. {{name:Réjean Ouellet}}, toux chronique, tabagisme 40 PA, "
    "TDM demandée le {{date:2023-02-14}}.",
    "Please compare with CXR done at {{facility:Sioux Lookout Meno Ya Win Health Centre}} on "
    "{{date:Dec 28, 2022}}.",
    "Requesting physician: Dr. {{name:Priya Nandakumar}}, pager {{phone:306-655-0123}}; call with "
    "any urgent finding.",
    "Hx: TB contact (household member {{name:Jimmy Tootoosis}} diagnosed {{date:January 2023}}); "
    "screening CXR.",
    "Indication: pre-op for hip fracture; patient {{age:97}} years old, from "
    "{{facility:Extendicare Parkside}}.",
    "Referral from {{name:Daisy Mistenapeo}}, NP, {{facility:Whapmagoostui Clinic}}: weight loss, night sweats, "
    "abnormal film of {{date:2023-03-01}}.",
    "Consult: Respirology, re: {{name:Moostoos, Harold}} (MRN {{id:0061274}}), enlarging left "
    "hilar mass.",
    "Motif de la demande : dyspnée; patiente de {{age:93}} ans résidant au "
    "{{facility:CHSLD Saint-Augustin}}.",
    "Order comment: patient {{name:Sarah Wapachee}} is breastfeeding; contrast per protocol.",
    "Reason: follow-up of RUL nodule seen on {{date:14 Sept 2022}}, Lung-RADS 3; requested by "
    "Dr. {{name:Hollis Ratt}}.",
    "Clinical info supplied by Nurse {{name:Annie Qumaluk}} via telehealth cart: O2 sat 86%, "
    "crackles right base.",
    "Hx: MVC on Hwy 6 yesterday ({{date:2023-04-17}}), chest wall pain; films from "
    "{{facility:Thompson General}}.",
    "Requisition {{id:RQ-2023-120455}}: CT PE study, D-dimer 2.1, Wells 5.",
    "Reason for request: elderly lady, {{age:102}}, from home, fall, ? rib fractures.",
    "Please send report to Dr {{name:Christine Okimaw}} at {{facility:Peguis Health Centre}} and "
    "fax {{phone:204-645-2174}}.",
    "Demande : Dre {{name:Nathalie LeBlanc}}, omnipraticienne, "
    "{{facility:Centre de santé de Lamèque}} - suivi nodule.",
]

# --- Transfer notes and medevac ------------------------------------------------------------------

TRANSFERS = [
    "Transfer note: {{name:Nakogee, Bertha}} transferred from "
    "{{facility:Weeneebayko General Hospital}} to {{facility:Kingston Health Sciences Centre}} on "
    "{{date:2023-02-09}}.",
    "Medevac from {{facility:Gjoa Haven Health Centre}} arrived {{date:13 Mar 2023 03:20}}; "
    "outside films loaded under accession {{id:QGH-OUT-22871}}.",
    "Patient {{name:Elijah Qinuajuak}} arriving by air from Puvirnituq; images to be imported "
    "from {{facility:Inuulitsivik}} PACS.",
    "Transfert vers le {{facility:CHU de Québec-Université Laval}} le {{date:mercredi 8 mars 2023}}; "
    "copie du CD remise à la famille.",
    "Accepting physician Dr. {{name:Samuel Kurtz}} at {{facility:Foothills Medical Centre}} "
    "confirmed {{date:2023-04-03 14:12}}.",
    "Sending facility: {{facility:Fort Smith Health Centre}}; receiving: "
    "{{facility:Stanton Territorial Hospital}}; CT chest to be repeated on arrival.",
    "Interfacility transfer {{id:IFT-23-00418}} for {{name:Agnes Lafferty}}, escort "
    "{{name:Rita Lafferty}} (daughter).",
    "Transferred back to {{facility:Norway House Hospital}} on {{date:Mar 29 2023}} with chest "
    "tube removed.",
    "Le patient {{name:Gaston Robichaud}} sera transféré du "
    "{{facility:Centre hospitalier universitaire Dr-Georges-L.-Dumont}} à "
    "{{facility:L'Hôpital de Moncton}} pour bronchoscopie.",
    "Returned to community on the {{date:April 12}} sked; outpatient CT booked at "
    "{{facility:Qikiqtani General}}.",
    "Transfer summary signed by {{name:Kristy Beardy}}, RN, {{date:2023-03-08 22:47}}.",
]

# --- Critical and significant result logs -------------------------------------------------------

CRITICAL = [
    "CRITICAL RESULT: tension pneumothorax, called to Dr. {{name:Emeka Obi}} at 02:14 on "
    "{{date:2023-03-15}}, read back confirmed.",
    "Critical finding communicated to {{name:Marie Beaulieu}}, RN, {{facility:Fort Resolution "
    "Health Centre}}, by phone {{phone:867-394-4511}}.",
    "Résultat critique : embolie pulmonaire bilatérale, communiqué au Dr {{name:Paul-André Girard}} "
    "le {{date:2023-05-02 à 16 h 40}}.",
    "Significant finding log {{id:SFL-2023-0412}}: new 2.8 cm RUL mass, Pt {{name:Linklater, "
    "Doreen}}, notified {{date:3/30/2023}}.",
    "Called ED physician Dr. {{name:Yusuf}} re: free air under the diaphragm; 09:32, "
    "{{date:Mon 20 Mar 2023}}.",
    "Critical value left on voicemail at {{phone:(807) 737-3030}}, then paged "
    "Dr. {{name:Halvorsen}}; acknowledged 23:10.",
    "Urgent result: malpositioned NG tube in right main bronchus, told to charge nurse "
    "{{name:Bianca Sinclair}} at {{facility:Grace Hospital}}.",
    "CRIT | {{date:2023-04-11 00:41}} | Acc {{id:CT23-0109917}} | aortic dissection type A | "
    "called {{name:Lafleur, Dominic}} MD | {{phone:306-655-4417}}",
    "Avis critique transmis à l'infirmière {{name:Geneviève Comeau}} au {{phone:506 862-4000 poste "
    "7120}}.",
    "Critical result - unable to reach ordering NP; message left with clinic clerk "
    "{{name:Sophie Tsetta}} at {{facility:Délįnę Health Centre}}.",
    "Result called to Dr. {{name:Ingrid Solberg}}, {{date:Friday, March 24, 2023 at 17:05}}.",
    "Unexpected finding of possible lung cancer; letter sent to the family physician "
    "Dr. {{name:Morris Waboose}} on {{date:2023-04-19}}.",
]

# --- PACS / RIS / modality logs -----------------------------------------------------------------

PACS_RIS = [
    "C-STORE from AE CHI_CR01 at {{ip:10.142.6.21}} failed: duplicate SOP instance for accession "
    "{{id:CR23-0114596}}.",
    "Worklist query from {{ip:10.88.3.144}} returned 0 items for patient ID {{id:0048812}}.",
    "RIS: exam {{id:4471093}} status changed to COMPLETED by tech {{name:J. Lafferty}} at "
    "{{date:2023-03-16 02:31}}.",
    "Study {{id:1.2.124.113532.80.22017.4471093.20230314.84210}} routed to teleradiology node "
    "{{ip:172.20.14.9}}.",
    "HL7 listener on {{ip:10.40.1.15}} rejected ORM for MRN {{id:0061274}}: PID-7 missing.",
    "Patient merge: {{id:M2210937}} -> {{id:M2210930}} ({{name:LAFFERTY, JONAS P}}), performed by "
    "PACS admin {{date:12 Apr 2023}}.",
    "Telehealth gateway {{ip:192.168.40.12}} ({{facility:Kashechewan Nursing Station}}) last "
    "heartbeat {{date:2023-01-22 19:36:04}}.",
    "Viewer link: {{url:https://pacs.nrha-imaging.ca/zfp?acc=CR23-0114596&pt=0048812}}",
    "Image sharing request approved; download at {{url:https://share.imagingportal.ca/d/7Hq2Lx9}} "
    "for Dr. {{name:Kurtz}}.",
    "DICOM echo to {{ip:10.142.6.30}} port 104 OK; node belongs to "
    "{{facility:Chisasibi Hospital}} CR room.",
    "Modality CT02 ({{ip:10.12.9.77}}) sent 412 images for acc {{id:HSC-CT-0093318}} at 10:02.",
    "Failed fetch: {{url:http://10.40.1.22/wado?requestType=WADO&studyUID=1.2.124.113532.80.22017.4471093}}",
    "Prior retrieved from {{facility:Stanton}} archive ({{ip:10.220.0.41}}) for "
    "{{name:Drybones, Marie-Rose}}.",
    "QC: wrong patient on image header; corrected from {{name:BIRD^NORMAN}} to "
    "{{name:BIRD^NORMAND}} (HSN {{id:720 114 587}}).",
    "Tech note: portable done in room 312 bed B; patient {{name:Sutherland}} uncooperative, "
    "repeat at 14:00.",
    "RIS audit {{date:2023-04-04T09:17:22-06:00}}: chart of "
    "{{name:Gagnon-Roy, Marguerite}} opened from the ED workstation.",
    "Report distribution failed to fax {{phone:1-867-872-0562}}; retry queued.",
    "VPN peer {{ip:142.165.30.8}} ({{facility:Prairie Lakes Imaging}}) disconnected during transfer of "
    "{{id:PLI-2023-55120}}.",
    "Worklist entry: {{id:RAD-2023-044812}} | {{name:QUMALUK^ANNIE}} | CT HEAD+CHEST | {{date:20230309}}",
    "Exportation vers {{ip:10.5.61.200}} réussie pour le dossier {{id:00731954}}.",
    "The web viewer answers on {{ip:2001:db8:4a1e::17}}; the telehealth cart at "
    "{{facility:Sachigo Lake Nursing Station}} uses {{ip:10.77.2.58}}.",
    "Login from {{ip:24.108.77.203}} to the radiologist portal outside hours was flagged.",
    "Audio dictation {{id:DCT-884120}} for {{name:Nappaaluk, Jaaji}} stuck in PowerScribe queue.",
]

# --- HL7 segments ---------------------------------------------------------------------------------

HL7 = [
    "PID|1||{{id:0048812}}^^^CHI^MR||{{name:KOOSTACHIN^ELIZA^M}}||{{date:19480217}}|F|||"
    "{{address:General Delivery^^Chisasibi^QC^J0M 1E0}}||{{phone:(819)855-2744}}",
    "PID|1||{{id:M2210930}}^^^STH^MR~{{id:N0412793}}^^^NT^HC||{{name:DRYBONES^MARIE-ROSE}}||"
    "{{date:19311105}}|F",
    "OBR|1|{{id:ORD7741205}}|{{id:CR23-0114596}}|71046^XR CHEST 2 VIEWS|||{{date:202303140842}}",
    "PV1|1|I|3W^312^B|||||||MED||||||||{{id:V00982214}}",
    "PID|1||{{id:0061274}}^^^WGH^MR||{{name:MOOSTOOS^HAROLD^J}}||{{date:19440129}}|M|||"
    "{{address:Box 88^^Moose Factory^ON^P0L 1W0}}",
    "ORC|NW|{{id:ORD7790012}}|||||||{{date:20230321101500-0500}}",
    "OBX|1|TX|RPT||Pt {{name:Ittukallak}} - no acute cardiopulmonary process.",
    "PID|1||{{id:00731954}}^^^CHUQ^MR~{{id:GAGM30580415}}^^^RAMQ||{{name:GAGNON-ROY^MARGUERITE}}||"
    "{{date:19300804}}|F|||{{address:212 rue des Érables^^Lévis^QC^G6V 4R5}}",
    "NK1|1|{{name:LINKLATER^ROSS}}|SON|||{{phone:(204)486-2213}}",
    "PID|1||{{id:HSC0093318}}^^^HSC^MR||{{name:SUTHERLAND^PRISCILLA^A}}||{{date:19570722}}|F|||"
    "{{address:45 Riverbend Cres^^Winnipeg^MB^R3T 4K2}}||{{phone:(204)555-0147}}",
    "OBR|1||{{id:HSC-CT-0093318}}|CTCHLD^LDCT LUNG SCREEN|||{{date:202304041002}}|||||||||"
    "{{name:RAGHUNATHAN^ANJALI}}",
    "MRG|{{id:M2210937}}^^^STH^MR",
]

# --- Referral letters and correspondence -------------------------------------------------------

LETTERS = [
    "Dear Dr. {{name:Christine Okimaw}}, thank you for referring {{name:Wilfred Cheechoo}} "
    "(DOB {{date:30 November 1952}}) for CT of the chest.",
    "{{facility:Prairie Lakes Imaging}}, {{address:1640 Idylwyld Dr N, Saskatoon SK S7L 1B1}}, "
    "tel {{phone:306-664-2700}}",
    "Re: Mr. {{name:Angus McCallum}}, HSN {{id:720 114 586}} - follow-up chest radiograph "
    "{{date:February 3, 2023}}.",
    "Patient address on file: {{address:Box 214, Fort Chipewyan AB T0P 1B0}}.",
    "Chère Dre {{name:LeBlanc}}, nous avons vu votre patiente Mme {{name:Thérèse Arseneault}} le "
    "{{date:28 février 2023}} pour une TDM thoracique.",
    "Adresse : {{address:1185, rue Saint-Georges, Moncton (N.-B.) E1E 4E2}}",
    "Please reply to {{email:diagnostic.imaging@stantonhospital.nt.ca}} or call "
    "{{phone:867-669-4100}}.",
    "cc: Dr. {{name:Hollis Ratt}}, {{facility:Peguis Health Centre}}, "
    "{{address:PO Box 219, Peguis MB R0C 3J0}}",
    "Sincerely, {{name:Olivia Tremblay-Nault}}, MD, FRCPC, Diagnostic Radiology, "
    "{{facility:Royal University Hospital}}",
    "Dear Ms. {{name:Sangris}}, your chest CT on {{date:April 14, 2023}} showed an area that needs "
    "a repeat scan in 3 months.",
    "Referral received from {{facility:Délįnę Health Centre}} for {{name:Sophie Tsetta}}; "
    "mailing address {{address:General Delivery, Délįnę NT X0E 0G0}}.",
    "Lettre au patient : M. {{name:Yvon Arseneault}}, {{address:33, chemin du Quai, "
    "Shippagan (N.-B.) E8S 1A4}}.",
    "Send a copy to the family physician, Dr {{name:Tomas Reyes}}, "
    "{{address:Suite 204, 9650 Macleod Trail SE, Calgary AB T2J 0P7}}.",
    "Dear colleague, {{name:Lucassie Uqaituk}} was seen on {{date:Mar 1}} in our "
    "{{facility:Qikiqtani General Hospital}} outpatient imaging clinic.",
    "To: {{email:referrals@mayfairdiagnostics.com}}   From: {{email:n.bird.fnp@lrhc-clinic.ca}}   "
    "Subject: CT chest for {{name:Norman Bird}}",
    "Bonjour, veuillez transmettre les images de {{name:Réjean Ouellet}} à "
    "{{email:imagerie.chicoutimi@ssss.gouv.qc.ca}}.",
    "Return address: {{facility:Boreal Medical Imaging}}, {{address:4908 50 Ave, Yellowknife NT "
    "X1A 1V5}}.",
    "The patient's son, {{name:Ross Linklater}}, can be reached at {{phone:204-486-2213}} or "
    "{{email:rlinklater77@gmail.com}}.",
    "Regards, Dr. {{name:Hélène Fortier}}, pneumologue, {{facility:Hôpital de l'Enfant-Jésus}}, "
    "{{phone:418 649-0252}}",
    "Images on CD were mailed to {{address:78 Beach Rd, Moose Factory ON P0L 1W0}} on "
    "{{date:2023-02-20}}.",
    "Reply-to: {{email:dr.obi@nthssa.ca}}; direct line {{phone:(867) 669-4238}}.",
    "Dear Mrs. {{name:Moostoos}}, we were unable to reach you at {{phone:705-658-4472}} about your "
    "appointment.",
    "Re: {{name:Elisapee Ittukallak}}, NAM {{id:ITTE 5208 2411}}, née le {{date:11 août 1952}}.",
]

# --- Scheduling and booking lines ---------------------------------------------------------------

SCHEDULING = [
    "{{date:Thu 16 Mar 2023 10:15}} - CT CHEST LDCT - {{name:Nappaaluk, Jaaji}} - arrive 09:45",
    "Booked: {{name:Bertha Nakogee}}, CT thorax, {{date:2023-04-25 13:30}}, "
    "{{facility:Kingston Health Sciences Centre}}, interpreter (Cree) required.",
    "Rendez-vous : {{date:lundi 13 mars 2023 à 9 h 10}}, radiographie pulmonaire, "
    "{{name:Gilberte Tremblay}}.",
    "Reschedule {{name:Sarah Wapachee}} from {{date:Mar 20}} to {{date:Mar 27}} (flight cancelled).",
    "Slot 08:00 CT1: {{name:Harold Moostoos}} (MRN {{id:0061274}}) - contrast, creatinine OK.",
    "Confirmation call to {{phone:819-855-2744}} for {{date:April 6, 2023}}; no answer.",
    "Travel booked through medical travel; patient {{name:Mosesie Alookie}} returns "
    "{{date:2023-03-04}}.",
    "Next available LDCT at {{facility:Foothills Medical Centre}}: {{date:May 8, 2023 07:40}}.",
    "Prise de rendez-vous en ligne : {{url:https://rdv.imageriequebec.ca/prendre?nam=TREG31051245}}",
    "Appointment reminder sent by SMS to {{phone:+1 306 425 7789}} for {{name:Norman Bird}}.",
    "Waitlist: {{name:Jonas Lafferty}} - CT chest f/u - target date {{date:2023-06-11}}.",
    "Booking notes: {{name:Elsie Moostoos}} ({{age:94}}) needs wheelchair and daughter to escort.",
    "Cancel {{id:RAD-2023-044813}}; duplicate order for the same patient.",
    "Book at {{url:https://booking.prairielakesimaging.ca}} or call {{phone:1-855-664-2700}}.",
    "Rappel : {{name:Lucien Cormier}}, TDM le {{date:2023-05-16}} à 14 h, à jeun 4 h.",
]

# --- Billing lines ----------------------------------------------------------------------------

BILLING = [
    "Claim: HCN {{id:5584 221 907 TX}}, fee code X091A, dx 486, service date {{date:2023-02-11}}.",
    "MSP claim for PHN {{id:9876 543 217}} rejected: patient not eligible on {{date:2023-01-05}}.",
    "Facturation RAMQ : NAM {{id:ARSY 4807 1219}}, code d'acte 08141, date de service "
    "{{date:2023-02-28}}.",
    "Medicare NB {{id:123 456 789}} - CT chest - billed {{date:28/02/2023}}.",
    "Invoice #{{id:INV-2023-10442}} to {{name:Tomas Reyes}} for uninsured CD copy, $25.",
    "Out-of-province claim: Nunavut HCN {{id:100438721}}, {{facility:Ottawa Hospital}}, service "
    "{{date:Jan 17 2023}}.",
    "NIHB claim {{id:NIHB-0938117}} for medical travel, patient {{name:Isaac Wapachee}}.",
    "Billing hold: ULI {{id:600124478}} mismatched with name {{name:Nakogee, B.}}",
    "WCB claim {{id:W2023-118842}} - chest film after workplace fall, {{date:2023-03-09}}.",
    "Private clinic receipt: {{facility:Clinique radiologique Laurier}}, client "
    "{{name:Marc-Antoine Pelletier}}, {{date:2023-03-03}}.",
    "Payment received from {{name:Ross Linklater}} by e-transfer from "
    "{{email:ross.linklater@shaw.ca}}.",
    "Saskatchewan HSN {{id:720 114 586}} billed twice for 71046; reversal {{date:04/14/2023}}.",
]

# --- Patient messages, portal, phone notes ---------------------------------------------------

MESSAGES = [
    "Hi, this is {{name:Doreen Linklater}}. I got a letter saying my CT is booked for "
    "{{date:April 4}} but I will be out on the trapline, please call {{phone:204-486-2290}}.",
    "Bonjour, je suis {{name:Marguerite Gagnon-Roy}}, j'aimerais recevoir une copie de mon rapport "
    "à {{email:mgagnonroy@videotron.ca}}.",
    "Message from patient portal: 'When will my results from {{date:March 14}} be ready?' - "
    "{{name:E. Koostachin}}",
    "Voicemail {{date:2023-03-22 16:48}}: {{name:Lorna Cheechoo}} calling for her father's X-ray "
    "results, {{phone:705-658-4120}}.",
    "Please log in at {{url:https://myhealth.portal-sk.ca/results}} to view your report, "
    "Mr. {{name:Bird}}.",
    "Email from {{email:annie.qumaluk@qiniq.com}}: my mother {{name:Siasi Qumaluk}} is {{age:95}} "
    "and cannot travel south for the CT.",
    "Phone note: spoke with {{name:Rita Lafferty}} (daughter) at {{phone:867-394-3120}}; she "
    "consents to share results.",
    "Portal message from {{name:Thérèse Arseneault}} : 'Est-ce que je dois arrêter mon "
    "anticoagulant avant le {{date:16 mai}}?'",
    "Patient called: {{name:Jaaji Nappaaluk}} has moved to {{address:Building 1083, Apt 6, "
    "Iqaluit NU X0A 0H0}}.",
    "Change of address for {{name:Priscilla Sutherland}}: {{address:12-330 Selkirk Ave, Winnipeg "
    "MB R2W 2M1}}.",
    "Text from {{phone:(306) 425-7789}}: 'this is {{name:Norman}}, can I bring my wife to the CT'",
    "Hello, my grandmother {{name:Marie-Rose Drybones}} ({{age:91}}) was scanned at "
    "{{facility:Stanton}} and we want the images sent to Edmonton.",
    "Request form submitted from {{ip:70.72.145.19}} by {{email:jlafferty.fr@outlook.com}} for "
    "records of {{name:Agnes Lafferty}}.",
    "Bonjour, c'est {{name:Geneviève Comeau}} du {{facility:CHU Dr-Georges-L.-Dumont}}, veuillez "
    "me rappeler au {{phone:506-862-4275}}.",
    "Thank you for the quick call back - {{name:Christine Okimaw}}, "
    "{{email:c.okimaw@peguishealth.ca}}",
]

# --- Telehealth and nursing station notes -------------------------------------------------------

TELEHEALTH = [
    "Telehealth read requested by {{facility:Rankin Inlet Health Centre}}; image sent "
    "{{date:2023-03-07 21:14}} by nurse {{name:Tunnuq, Maata}}.",
    "Film quality poor; {{facility:Whapmagoostui Clinic}} to repeat with better inspiration.",
    "Teleradiology note: read from home by Dr. {{name:Raghunathan}} at {{ip:99.241.18.66}} via "
    "VPN.",
    "Station de soins infirmiers : {{facility:CLSC Naskapi}}, appel de l'infirmière "
    "{{name:Audrey Pinette}} à 22 h 30.",
    "Nursing station nurse {{name:Kristy Beardy}} uploaded 3 images for {{name:Ernest Meekis}} "
    "(DOB {{date:1949-06-02}}).",
    "Telehealth session {{id:TH-2023-08812}} with {{facility:Fort McPherson Health Centre}} "
    "dropped at 14:05.",
    "Per nurse at {{facility:Arviat Health Centre}}, patient {{name:Lucy Ulayuk}} is a "
    "{{age:90}}-year-old elder with fever.",
    "Elder {{name:Joseph Catholique}}, {{age:98}}, seen by telehealth from Łutselk'e; CXR "
    "shows cardiomegaly.",
    "Images arrived from {{facility:Sandy Lake Nursing Station}} with the wrong name "
    "({{name:Meekis, Ernie}}) in the DICOM header.",
    "Upload link for the nursing station: {{url:https://tele.nrha-imaging.ca/upload/SLNS}}",
    "Remote read portal {{url:https://teleradiologie.santenord.ca/lecture}} unreachable from the "
    "{{facility:Centre de santé Tulattavik de l'Ungava}}.",
    "Nurse in charge {{name:Patricia Kakekaspan}} reachable at {{phone:807-774-1281}} overnight.",
]

# --- Sign-offs and authentication -------------------------------------------------------------

SIGNOFFS = [
    "Electronically signed by: {{name:Olivia Tremblay-Nault}}, MD, FRCPC on "
    "{{date:2023-03-14 17:02}}",
    "Dictated by Dr. {{name:Kwame Asante}}; transcribed by {{name:L. Bernard}} {{date:03/14/2023 18:20}}.",
    "Signé électroniquement par Dre {{name:Isabelle Thibodeau}}, radiologiste, le "
    "{{date:2023-04-04 08:15}}.",
    "Read by: {{name:Samuel Kurtz}} MD | Verified: {{date:Apr 3 2023 15:48}}",
    "Resident: Dr {{name:Aiyana Whitecalf}}; Staff: Dr {{name:Morris Waboose}}",
    "Preliminary report by Dr. {{name:Halvorsen}}, final pending.",
    "Validé par {{name:Jean-François Lévesque}}, M.D., {{date:jeudi 6 avril 2023 10 h 02}}",
    "Report finalized {{date:2023-02-28T16:33}} by {{name:Nathalie LeBlanc}}.",
    "Reviewed with attending radiologist Dr. {{name:Priya Nandakumar}}.",
    "Technologist: {{name:Megan Sinclair}}, RTR   Radiologist: {{name:Emeka Obi}}",
]

# --- Mixed archive lines (data sheets, registries, worklists) -------------------------------------

MIXED = [
    "Contact: {{name:Ernest Meekis}}, {{address:Box 12, Sandy Lake ON P0V 1V0}}, "
    "{{phone:807-774-3421}}",
    "Lung screening registry: {{name:Réjean Ouellet}}, {{email:rejean.ouellet@hotmail.com}}, "
    "enrolled {{date:2022-10-01}}.",
    "Emergency contact: {{name:Mary Bird}} (wife), {{phone:306-425-2210}}, "
    "{{address:Box 530, La Ronge SK S0J 1L0}}",
    "Patient record {{id:0048812}} accessed from {{ip:10.142.6.55}} by user at "
    "{{facility:Chisasibi Hospital}}.",
    "Home address: {{address:16 Maamuu Rd, Chisasibi QC J0M 1E0}}; home phone "
    "{{phone:819-855-2919}}.",
    "CD burned for {{name:Thérèse Arseneault}}, job {{id:CDB-23-0417}}, picked up {{date:2023-03-02}}.",
    "Coordonnées : {{address:212, rue des Érables, Lévis (Québec) G6V 4R5}} - "
    "{{phone:418-835-1197}}",
    "Tumour board list {{date:Wed 26 Apr 2023}}: {{name:Lucien Cormier}}, {{name:Yvon Arseneault}}, "
    "{{name:Harold Moostoos}}.",
    "Deceased {{date:2023-04-30}}; autopsy requested by the coroner for {{name:Ernest Meekis}}.",
    "Research consent: {{name:Priscilla Sutherland}}, study ID {{id:LUNGSCRN-MB-0172}}.",
    "Link to the report (expires in 7 days): {{url:https://results.santenb.ca/r/9fK3pQ?lang=fr}}",
    "Next of kin: {{name:Paulette Robichaud}}, {{address:88 rue Principale, Caraquet NB E1W 1B4}}",
    "Imaging centre: {{facility:Radiologie Saint-Laurent}}, {{address:1200, boul. Saint-Laurent "
    "Ouest, Montréal (Québec) H2X 2S6}}, {{phone:514 555-0183}}",
    "Pt {{name:Lucy Ulayuk}} age {{age:90}} - Arviat - CXR PA/Lat - {{date:2023-03-06}}",
    "Patient identification band reads {{name:ULAYUK, LUCY}} / {{id:NU-0221873}}.",
    "Referral fax cover: from {{facility:Sioux Lookout Meno Ya Win Health Centre}}, fax "
    "{{phone:807-737-5136}}, pages 4.",
    "Family doctor on file: Dr {{name:Tomas Reyes}} ({{email:reyes.clinic@telus.net}}).",
    "Outside disc from {{facility:LifeLabs}} contained reports for {{name:Marc-Antoine Pelletier}} "
    "and an unrelated patient.",
    "Encounter {{id:E23-0448120}} closed on {{date:2023-04-12 06:10}}.",
    "Address correction: {{address:Unit 4, 5010 49 St, Yellowknife NT X1A 1P8}} for "
    "{{name:Jonas Lafferty}}.",
    "Forwarded to {{email:telehealth.coord@sioux-lookout-hospital.ca}} for the "
    "{{date:March 30}} session.",
    "Images from {{facility:Hôpital régional d'Edmundston}} of {{date:2022-08-19}} were "
    "imported as prior.",
    "DOB {{date:1925-05-13}}, age {{age:97}}; family requests comfort care only.",
    "The {{age:100}}-year-old resident of {{facility:Lakeview Manor}} has a new left effusion.",
    "Request received at {{email:hi.requests@saskhealthauthority.ca}} from lawyer for "
    "{{name:Isaac Wapachee}}.",
    "Wi-Fi camera uploader at the clinic has a static address of {{ip:10.77.2.59}}.",
    "Message relayed by {{name:Maata Tunnuq}}: patient's phone is {{phone:867-645-2288}}.",
    "Patient e-mail: {{email:lucassie.u@northwestel.net}}",
]

# --- Extra spans needed for the rarer kinds, written as ordinary archive lines ------------------

MORE = [
    "PACS user session from {{ip:10.220.0.88}} timed out while viewing {{id:CT23-0087761}}.",
    "Router log: {{ip:172.16.44.2}} forwarded DICOM traffic from "
    "{{facility:Rankin Inlet Health Centre}}.",
    "Mirth channel 'RIS_to_PACS' on {{ip:10.40.1.16}} errored on PID-3 {{id:0048812}}.",
    "Reports server {{ip:10.40.3.9}} unreachable from {{date:2023-03-18 04:00}} to 04:25.",
    "Please update your bookmark to {{url:https://pacs2.nrha-imaging.ca}} before "
    "{{date:May 1, 2023}}.",
    "Patient handout: {{url:https://www.lungscreening.sk.ca/what-to-expect}} "
    "given to {{name:Norman Bird}}.",
    "Prep instructions at {{url:https://radiologielaurier.ca/preparation/tdm}} sent to "
    "{{email:mapelletier@gmail.com}}.",
    "Record release form e-mailed to {{email:rita.lafferty@northwestel.net}}.",
    "Image export requested by {{email:records@kingstonhsc.ca}} for {{name:Bertha Nakogee}}.",
    "Study shared to {{url:https://pocketpacs.nrha-imaging.ca/s/2Zd8}} by Dr. "
    "{{name:Raghunathan}}.",
    "Phone triage: {{phone:1-888-425-2999}} transferred to the imaging desk at 11:00.",
    "Call {{phone:(819) 964-2905}} to reach the nursing station after hours.",
    "Aged {{age:104}}, the patient declined CT.",
    "Patient is a {{age:91}} year old female with chronic cough.",
    "{{age:93}}F, lives alone on reserve, fall yesterday.",
    "Femme de {{age:96}} ans, hébergée, toux productive.",
    "Elder aged {{age:99}}, Inuktitut-speaking, sent for chest film after fall.",
    "Remote clinic gateway {{ip:10.77.3.10}} reports packet loss above 40%.",
    "Imaging request via {{url:https://eorder.santenord.ca/demande/88124}}.",
    "Copy of report sent to {{email:clinique.lameque@vitalitenb.ca}} at the family's request.",
    "Booking clerk {{name:Dolores Kitchen}} left a message at {{phone:819-855-2310}}.",
    "Referring clinic: {{facility:Chisasibi Hospital}} outpatient department, "
    "{{address:1 Hospital Road, Chisasibi QC J0M 1E0}}.",
    "{{name:Bearskin, Geraldine}} - CXR - {{date:2023-03-25}} - MRN {{id:0059981}}",
    "Case {{id:MED-2023-0441}} reviewed at M&M: delayed recognition of pneumothorax.",
    "Study {{id:1.2.840.113619.2.55.3.604688119.971.1681220413.962}} belongs to "
    "{{name:Lafleur, Dominic}} and was reassigned after the merge.",
    "Accession {{id:QGH-23-04177}} reported by Dr. {{name:Isabelle Thibodeau}} via teleradiology.",
    "IP camera for the reading room at {{ip:10.40.9.250}} is not to record screens.",
    "Results letter footer: view online at {{url:https://www.myhealthrecords.nb.ca}} or call "
    "{{phone:1-833-248-0043}}.",
    "Direct viewer launch: {{url:https://pacs.nrha-imaging.ca/zfp?pid=0061274}} "
    "({{name:Moostoos, Harold}})",
    "Telehealth workflow page: {{url:http://intranet.nrha.local/di/telehealth}} (updated "
    "{{date:Feb 2023}}).",
    "Le rapport de {{name:Lucien Cormier}} est disponible sur {{url:https://carnetsante.gouv.qc.ca}} "
    "depuis le {{date:2023-05-17}}.",
    "Upload failed: {{url:sftp://10.77.2.58/outbox/CR23-0131102.dcm}}",
    "Survey link sent to {{email:pqumaluk@qiniq.com}}: "
    "{{url:https://forms.nrha.ca/di-feedback?id=44120}}",
    "Certificate warning on {{url:https://10.40.1.22:8443/login}} reported by "
    "{{name:Megan Sinclair}}.",
    "Rounds by video: {{url:https://nrha.zoom.us/j/95522017734}} on {{date:Thu 20 Apr 2023 12:00}}.",
    "Teaching file cross-reference: {{url:https://radiopaedia.org/cases/right-upper-lobe-collapse}}",
    "E-mail from {{email:dolores.kitchen@creehealth.org}} re: {{name:Geraldine Bearskin}} travel "
    "on {{date:April 2}}.",
    "Courriel de {{email:paulette.robichaud@rogers.com}} : copie du rapport de "
    "{{name:Gaston Robichaud}} svp.",
    "Forwarded the CD request to {{email:imaging.release@foothills.ahs.ca}}; tracking "
    "{{id:ROI-23-03318}}.",
    "Nouveau numéro de téléphone de {{name:Yvon Arseneault}} : {{phone:506 336-2291}}.",
    "{{name:Jaaji Nappaaluk}}'s CT of {{date:16 March 2023}} was read by Dr. {{name:Kurtz}} at "
    "{{facility:Foothills Medical Centre}}.",
    "Sister {{name:Marie-Claire Doiron}} from {{facility:Résidence Sainte-Anne}} accompanied the "
    "patient, aged {{age:95}}.",
    "Lien sécurisé pour le Dr {{name:Girard}} : {{url:https://partage.chudgld.ca/etude/CTQ-23-77104}}",
]

HELD_OUT10 = (
    REPORT_HEADERS
    + FINDINGS
    + ADDENDA
    + CONSULTS
    + TRANSFERS
    + CRITICAL
    + PACS_RIS
    + HL7
    + LETTERS
    + SCHEDULING
    + BILLING
    + MESSAGES
    + TELEHEALTH
    + SIGNOFFS
    + MIXED
    + MORE
)

# --- Clean sentences: no PHI at all -------------------------------------------------------------

CLEAN_FINDINGS = [
    "Heart size is normal; no pleural effusion or pneumothorax.",
    "Kerley B lines and upper lobe venous diversion suggest interstitial oedema.",
    "Right upper lobe collapse with a Golden S sign; a central obstructing mass is likely.",
    "Wedge-shaped peripheral opacity consistent with a Hampton hump.",
    "Oligaemia of the left lung raises the possibility of a Westermark sign.",
    "Luftsichel sign in keeping with left upper lobe collapse.",
    "Calcified Ghon focus in the right mid-zone with a calcified hilar node, a Ranke complex.",
    "Apical scarring with Simon foci, in keeping with remote primary tuberculosis.",
    "Cavitating right upper lobe consolidation; active TB must be excluded.",
    "Tree-in-bud nodularity in the right middle lobe and lingula, as seen in Lady Windermere "
    "syndrome.",
    "The Sister Mary Joseph nodule is outside the field of view of this chest CT.",
    "Apical mass eroding the first rib, consistent with a Pancoast tumour; Horner syndrome is "
    "mentioned clinically.",
    "Posterolateral diaphragmatic defect containing fat, a small Bochdalek hernia.",
    "Anterior cardiophrenic fat-containing hernia of Morgagni, unchanged.",
    "Small hyperlucent left lung with air trapping suggests Swyer-James syndrome.",
    "Anomalous right pulmonary venous drainage to the IVC, the scimitar sign.",
    "Tracheobronchomegaly in keeping with Mounier-Kuhn syndrome.",
    "Bilateral hilar adenopathy with erythema nodosum would fit Löfgren syndrome.",
    "Upper zone cysts and nodules favour Langerhans cell histiocytosis in this smoker.",
    "Swan-Ganz catheter tip in the right interlobar pulmonary artery; suggest withdrawal by 2 cm.",
    "Port-a-Cath via the right internal jugular vein, tip at the cavoatrial junction.",
    "Right PleurX catheter coiled at the base with a small residual effusion.",
    "Left-sided Blake drain in situ; no residual pneumothorax.",
    "Medtronic Micra leadless pacemaker projects over the right ventricle.",
    "Impella device in expected position across the aortic valve.",
    "ECMO cannulae are unchanged in position.",
    "Endotracheal tube tip 4 cm above the carina.",
    "Nasogastric tube passes below the diaphragm, tip in the gastric body.",
    "Sternotomy wires and mediastinal clips from prior CABG.",
    "Emphysema with upper zone predominance; no focal consolidation.",
    "Lung-RADS 4A: 9 mm solid nodule in the left upper lobe; PET-CT recommended.",
    "Follow-up per Fleischner Society guidelines is not required for this 4 mm nodule.",
    "Mean attenuation of the adrenal nodule is 8 Hounsfield units, in keeping with an adenoma.",
    "Frank pulmonary oedema has developed since the morning film.",
    "Hope of re-expansion after drain placement was not realised; lung remains collapsed.",
    "Will review with the prior study once it is imported.",
    "Mark the skin at the site of maximal effusion depth for the thoracentesis.",
    "Grace period for the referral has lapsed; a new requisition is required.",
    "Carina is splayed by subcarinal lymphadenopathy.",
    "Rib fractures of the left 5th to 7th ribs laterally, with a small haemothorax.",
    "Azygos fissure, a normal variant.",
    "Pectus excavatum with leftward displacement of the heart.",
    "Dextrocardia with situs inversus; consider Kartagener syndrome given the bronchiectasis.",
    "Rounded atelectasis abutting pleural plaques, as in asbestos exposure.",
    "Rheumatoid nodules in a coal worker would raise Caplan syndrome.",
    "Tension pneumothorax with mediastinal shift to the left.",
    "Silhouetting of the right heart border localises the opacity to the middle lobe.",
    "The deep sulcus sign on this supine film suggests an anterior pneumothorax.",
    "Rasmussen aneurysm cannot be excluded in the wall of the cavity.",
    "Minor fissure is displaced upward.",
]

CLEAN_FRENCH = [
    "Pas d'épanchement pleural ni de pneumothorax.",
    "Silhouette cardiomédiastinale dans les limites de la normale.",
    "Opacité alvéolaire du lobe inférieur droit compatible avec une pneumonie.",
    "Sonde nasogastrique en place, extrémité dans l'estomac.",
    "Lignes B de Kerley et redistribution vasculaire vers les sommets.",
    "Nodule de 6 mm du lobe supérieur gauche, Lung-RADS 2.",
    "TDM réalisée après injection de 80 mL d'Omnipaque 350.",
    "Patiente de 78 ans, dyspnée depuis trois jours.",
    "Patient de 89 ans, toux productive et fièvre.",
    "Le radiologiste de garde a été avisé à 3 h 15.",
    "Contrôle radiologique recommandé dans trois mois.",
    "Examen comparé au précédent, sans changement significatif.",
    "Emphysème centrolobulaire prédominant aux sommets.",
    "Cathéter central par voie jugulaire interne droite, extrémité à la jonction cavo-atriale.",
    "Fractures costales consolidées à gauche.",
    "Interprète en langue crie présent lors de l'examen.",
    "Le patient arrive de Kuujjuaq par avion-ambulance.",
    "Rendez-vous lundi à 8 h, à jeun depuis minuit.",
    "Signe de la silhouette au bord droit du cœur.",
    "Épanchement pleural gauche de faible abondance.",
    "Radiographie pulmonaire au lit, incidence antéropostérieure.",
    "Résultat transmis au médecin traitant.",
]

CLEAN_NORTH = [
    "Films sent from the nursing station by telehealth are of limited quality.",
    "Patient came down on the sked from the coast for CT.",
    "Medevac to Winnipeg has been arranged by the nurse in charge.",
    "Patient lives in a fly-in community and travels south with an escort.",
    "Cree interpreter present for the consent discussion.",
    "Inuktitut interpreter requested for Tuesday afternoon.",
    "An interpreter for Dene Zhatié was not available; the patient's son translated.",
    "Telehealth cart rebooted at 21:40 and images re-sent.",
    "Flight cancelled because of weather; exam rebooked for next week.",
    "Boarding home stay is arranged in Ottawa for the duration of the workup.",
    "Elder declined CT; plain film only.",
    "Portable film taken at the nursing station; patient too unwell to travel.",
    "Sent from Iqaluit for further imaging.",
    "The patient's community has no road access in spring.",
    "Winter road now open; patient can travel by truck.",
    "TB Program requests a chest film for household contacts.",
    "Public Health notified of a possible active TB case.",
    "Airborne precautions until three sputum samples are negative.",
    "Return flight is on Friday.",
    "Plain film reported by the on-call radiologist overnight.",
]

CLEAN_ADMIN = [
    "Patient: [redacted]   MRN: XXXXXXX   DOB: XX/XX/XXXX",
    "Name: ____________   Health card: ____________",
    "Accession: [removed]   Exam: XR CHEST 2V",
    "Exam code CTCHLD, CPT 71271, ICD-10 Z87.891.",
    "Fee code X091A billed with diagnosis code 486.",
    "CCI code 3GY20WA for CT thorax without contrast.",
    "LOINC 36643-5 XR Chest 2 Views.",
    "Protocol CTA_PE_v3, 120 kVp, automatic tube current modulation.",
    "CTDIvol 3.2 mGy, DLP 118 mGy·cm.",
    "Series 4, image 112.",
    "Room 312, bed B.",
    "Ward 3 West, isolation room.",
    "Priority: STAT.",
    "Status: final.",
    "Report pending radiologist review.",
    "Please compare with prior imaging if available.",
    "Diagnostic Imaging front desk opens at 07:30 on weekdays.",
    "Medical Imaging is closed on statutory holidays.",
    "Nuclear Medicine will call to book the V/Q scan.",
    "Respirology consult requested.",
    "Infection Prevention and Control notified.",
    "Emergency Department physician notified of the result at 02:14.",
    "Discussed at Thursday multidisciplinary rounds.",
    "Dictated on Monday, signed on Tuesday.",
    "Images acquired on a Fujifilm FDR Go PLUS portable unit.",
    "CT performed on a Siemens SOMATOM go.Top scanner.",
    "Report dictated in PowerScribe 360 and transcribed overnight.",
    "Images reviewed in Synapse; prior studies loaded from the regional archive.",
    "The InteleViewer session timed out.",
    "Mirth Connect channel restarted after the interface error.",
    "HL7 ORU message acknowledged with AA.",
    "DICOM association rejected: calling AE title not recognised.",
    "Modality worklist refreshed at 06:00.",
    "CD import completed; 2 studies, 614 images.",
    "Orders placed in Meditech Expanse.",
    "Contrast: Visipaque 320, 70 mL, no reaction.",
    "Oral contrast: Gastrografin diluted.",
    "Premedicated with prednisone and diphenhydramine for prior contrast reaction.",
    "eGFR 58; proceed with IV contrast.",
    "Creatinine 102 umol/L.",
    "Bill to WCB.",
    "Uninsured service; payment at front desk.",
    "NIHB covers the medical travel for this exam.",
    "Out-of-province billing form required.",
    "Will call back with results.",
]

CLEAN_HISTORY = [
    "A 67-year-old man with a 45 pack-year smoking history.",
    "89-year-old woman with a fall; rule out rib fracture.",
    "Patient aged 88 with worsening dyspnoea.",
    "Female, 54, fever and productive cough for 3 days.",
    "Smoked for 40 years, quit 2 years ago.",
    "A 30-year history of asthma, on Ventolin and Spiriva.",
    "Known COPD; home oxygen 2 L.",
    "Prior TB treated 20 years ago.",
    "Recent travel; no sick contacts.",
    "Hemoptysis for two weeks; weight loss of 5 kg.",
    "Fever since Sunday, worse overnight.",
    "Chest pain that started at 04:00.",
    "Rule out pneumonia.",
    "Query pulmonary embolism; Wells score 5, D-dimer positive.",
    "Post-op day 2 after right upper lobectomy.",
    "Follow-up of right lower lobe pneumonia treated with amoxicillin.",
    "Shortness of breath on exertion, worse this week.",
    "Asbestos exposure as a pipefitter.",
    "Miner for 25 years.",
    "Trapper, lives on the land part of the year.",
]

CLEAN_MISC = [
    "Victoria Day long weekend: reduced booking hours.",
    "Faith in the measurement is limited by motion.",
    "Patient flew in from Victoria.",
    "Happy to discuss further.",
    "Thank you for this referral.",
    "Dear colleague, please see the report below.",
    "Regards, Diagnostic Imaging.",
    "Call the reading room for questions.",
    "Results are available in the patient portal.",
    "Bonjour, votre rapport est disponible.",
    "Patient asked whether she can bring her grandson.",
]

CLEAN_HELDOUT10 = (
    CLEAN_FINDINGS + CLEAN_FRENCH + CLEAN_NORTH + CLEAN_ADMIN + CLEAN_HISTORY + CLEAN_MISC
)
