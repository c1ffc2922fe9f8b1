"""Held-out PHI set 18: chest imaging at a Southwest US Level I trauma centre and its ED.

The text is the chest imaging record of an invented Level I trauma centre, Sonora Vista University
Medical Center, and its emergency department in the US Southwest border region (Texas, Arizona,
New Mexico and southern California): trauma bay chest films and trauma CT reports, EMS run
sheets and radio reports, alias registrations for unidentified trauma patients, law-enforcement
holds, county jail and Department of Corrections inmates, Border Patrol transfers, bilingual
Spanish-English notes and interpreter logs, social work, case management and chaplain notes,
calls from family, consult pages and secure-chat messages between residents, AHCCCS, Medicaid and
insurance eligibility, transfer-center logs with outside hospitals, radiology discrepancy and
peer-review notes, PACS and RIS audit logs, and HL7 ADT/ORU segments. Names are Hispanic (two
surnames, "de la", nicknames), Navajo, Apache, Pueblo and O'odham, Anglo, Vietnamese and Filipino;
staff often appear by first name after a cue, and chat is typed in lower case. Every person,
number, phone, e-mail, street address and network address is invented; real facility names are
used only as names.

Conventions (shared with the other hand-written sets):
- ``{{kind:text}}`` marks a gold span; kinds are name, date, id, phone, email, url, ip, address,
  facility, age.
- Titles and roles (Dr, Mr, Mrs, Sra., Sgt., Deputy, Officer, Agent, CO, RN, Fr., Chaplain) and
  post-nominals (MD, DO, PA-C, LMSW, EMT-P) stay outside name spans; "Last, First M." and HL7
  ``LAST^FIRST^M`` are one name span, as are both surnames with "de la" or "Vda. de", a nickname
  in quotes inside the name, initials with a surname and a first name alone after a cue
  ("RN Marisol", "interpreter Arturo"), in any case ("lupe", "CHUY").
- A trauma alias given to an unidentified patient is a name span, with the sequence number that is
  part of it ("Trauma, Zulu", "DOE, JOHN 4417", "UNKNOWN TRAUMA 23"); the word "alias" stays out.
- A date span takes a time or weekday written against it and any US, Spanish or military form
  (03/18/2025, 3/18/25 0214, 18MAR25, 18 de marzo de 2025, 2025-03-18T02:14:09Z, HL7
  20250318021400). Times alone, weekdays alone, durations and relative phrases are not PHI; a
  bare year of an event in the patient's history is a date, a year inside a guideline or score
  name is not.
- Ages over 89 are PHI (the number only; "y/o", "yo", "años" stay outside); 89 and under are not.
- Id spans hold the value, not its label: MRNs, FIN and encounter numbers, accession numbers,
  SSNs, AHCCCS, Medicaid, Medicare and insurer member ids, booking, DOC/ADC inmate and A-numbers,
  police report and EMS incident numbers, tribal enrollment numbers, driver licences, DICOM UIDs,
  device serials, and staff NPI and badge numbers. Bed, bay, room and unit numbers, ICD-10 and
  CPT codes, protocol names, scanner models, ambulance unit call signs and lot numbers are not PHI.
- An address runs from the street line (or "Apt", "HC", "PO Box", "c/o") through the town, state
  and ZIP or postcode; a country after it stays out, and a city, county, reservation chapter,
  state or country alone is not PHI.
- A facility span covers the institution's name (hospital, medical centre, clinic, IHS facility,
  nursing home, named jail, prison or detention centre) and its usual short name in running text
  (UMC, GIMC, SVUMC); HL7 assigning-authority and application codes, DICOM AE titles, e-mail
  domains, department words (trauma bay, SICU, radiology) and generic "the jail" or "the outside
  hospital" are not facilities.
- Clean sentences hold trauma and imaging scores (GCS, ISS, AAST grades, FAST), eponyms, drug,
  device and scanner names, department and bay words, place names alone, ages 89 and under, times
  and weekdays without a date, code systems, guideline names with years and placeholders.
"""

from __future__ import annotations

# --- Trauma bay chest films and trauma CT reports ----------------------------------------------

TRAUMA_REPORTS = [
    "XR CHEST 1 VIEW PORTABLE (TRAUMA BAY 2) | Pt: {{name:TRAUMA, ZULU}} | MRN {{id:T0041882}} | "
    "Acc {{id:CR2503180092}} | Exam {{date:03/18/2025 02:14}}",
    "Comparison: none. History: rollover MVC with ejection near Sells, GCS 7, intubated in the "
    "field "
    "by Pima Rural Metro; patient registered as {{name:Trauma, Zulu}} until identified.",
    "FINDINGS: ETT tip 3 cm above the carina. Left-sided pneumothorax with deep sulcus sign. "
    "Findings called to Dr. {{name:Whitney Halvorsen}} at bedside {{date:03/18/2025 02:19}}.",
    "CT CHEST ABDOMEN PELVIS W CONTRAST (TRAUMA PAN-SCAN) | {{name:DOE, JOHN 4417}} | "
    "FIN {{id:2507764310}} | DOS {{date:03/18/2025}}",
    "Addendum {{date:03/18/2025 06:40}}: patient now identified as "
    "{{name:Efraín Quiñones Beltrán}}, "
    "DOB {{date:07/02/1988}}; images merged from alias MRN {{id:T0041882}} to MRN {{id:01928374}}.",
    "IMPRESSION: 1. Grade III splenic laceration. 2. Displaced right ribs 4-8 with flail segment. "
    "Discussed with trauma attending Dr. {{name:Anand Venkataraman}} via phone at 03:02.",
    "Patient: {{name:UNKNOWN TRAUMA 23}}   Sex: M   Est. age: 30s   Arrival: "
    "{{date:04/02/2025 23:51}}"
    "   Mode: LifeLine 3 rotor",
    "CTA CHEST: Pseudoaneurysm of the proximal descending aorta at the isthmus, AAST grade 3, "
    "communicated to vascular fellow Dr. {{name:Obinna Eze-Whitaker}} on {{date:4/3/25}} at 0012.",
    "Reading radiologist: {{name:Tomás Echeverría}}, MD | Signed {{date:04/03/2025 00:47}} | "
    "{{facility:Sonora Vista University Medical Center}} Department of Radiology",
    "XR CHEST AP | {{name:BEGAY, DARLENE R}} | MRN {{id:00871264}} | DOB {{date:11/23/1969}} | "
    "Ref: {{name:Halvorsen, W}} | Acc {{id:CR2504110331}}",
    "Indication: 55 yo F horse fall at a sheep camp outside Kayenta, flown from "
    "{{facility:Tuba City Regional Health Care}} with a left chest tube already placed.",
    "Clinical history from the requisition: 'GSW R chest, pt is {{name:Cody Ray Whitfield}}, "
    "per DPS trooper at bedside'.",
    "Prior CT chest {{date:09/14/2023}} from {{facility:Yuma Regional Medical Center}} was pushed "
    "to our PACS and used for comparison; the old nodule is unchanged.",
    "Impression reviewed with the patient's daughter, Mrs. {{name:Loretta Yazzie-Nez}}, with the "
    "patient's verbal permission.",
    "EXAM: CT CHEST W/O | PATIENT: {{name:NGUYEN, THI HONG}} | AGE: {{age:91}} Y | "
    "ACC: {{id:CT2505020415}} | {{date:05/02/2025 14:33}}",
    "History: {{age:91}} yo F found down at home in Westminster, transferred with a subdural; "
    "chest CT "
    "for rib pain after the fall.",
    "Bilateral displaced posterior rib fractures right 6-9 in a {{age:93}}-year-old on apixaban; "
    "trauma geriatrics consult requested per the rib fracture pathway.",
    'CT C/A/P report for {{name:Archuleta, Dolores "Lola"}} (MRN {{id:00554120}}) was '
    "preliminarily read by the night resident {{name:Priya Raghunathan}}, MD.",
    "Final read by Dr. {{name:Kristen Faulk}}: no change from the preliminary interpretation. "
    "Signed {{date:05/06/2025 07:58}}.",
    "Findings were conveyed to RN {{name:Marisol}} in trauma bay 1 at 0215, who read them back.",
    "Critical result: tension pneumothorax. Called to Dr. {{name:Oyelaran}} (trauma) at 21:07 on "
    "{{date:June 8, 2025}}; read-back confirmed.",
    "PROCEDURE: CT-guided chest tube repositioning. Operator: {{name:B. Lasky}}, MD. Patient "
    '{{name:Jesús "Chuy" Estrada Salcido}}, MRN {{id:01337592}}.',
    "Device: pigtail catheter 14 Fr, lot 7719A; performed {{date:06/09/2025}} under local "
    "anesthesia in CT room 2.",
    "XR CHEST PA/LAT {{date:2025-06-10 09:12}} | {{name:Tsosie, Harrison}} | {{id:00912450}} | "
    "follow-up of traumatic hemothorax after VATS",
    "The study of {{name:Harrison Tsosie}} from "
    "{{facility:Chinle Comprehensive Health Care Facility}}"
    " dated {{date:05/29/2025}} shows a larger effusion than ours.",
    "ADDENDUM: Compared with outside CT {{date:06/01/2025}} from "
    "{{facility:Northern Navajo Medical Center}} (Shiprock), images received by CD.",
    "Trauma CT interpreted with Dr. {{name:Echeverría}} on {{date:7/4/25 2331}} during the holiday "
    "surge; multiple patients from the same fireworks incident.",
    "Chest radiograph, {{name:PETTIGREW, BRANDI S}}, DOB {{date:02/29/1992}}, acc "
    "{{id:CR2507050011}}"
    ", 24-week pregnant MVC, shielding applied.",
    "Dictated by {{name:Raghunathan, Priya}} MD PGY-4, reviewed and signed by "
    "{{name:Faulk, Kristen}} "
    "MD on {{date:07/05/2025 08:15}}.",
    "CT CHEST: {{name:MACARAEG, JERICHO P}} | 41 M | MRN {{id:01466208}} | fall from scaffold 20 "
    "ft "
    "at a job site in Chula Vista.",
    "Stab wound left parasternal, pt {{name:Reynaldo Tafoya}}; no pericardial fluid on CT, FAST "
    "negative x2, images reviewed live with Dr. {{name:Venkataraman}}.",
    "Case {{id:CR2508170206}} | {{name:Manygoats, Verna L}} | {{date:08/17/2025}} | portable "
    "chest: "
    "new right IJ line, tip in SVC.",
    "Pt {{name:Ignacio Zubiate-Loera}} arrived {{date:08/21/2025 03:40}} by Border Patrol vehicle "
    "after a fall from the border wall, approx 18 ft.",
    "Chest CT for {{name:Zubiate-Loera, Ignacio}}: bilateral calcaneal and L1 burst fractures "
    "noted on scout; chest shows pulmonary contusion at the right base.",
    "Name on wristband '{{name:LE VAN PHUC}}' differs from the requisition "
    "'{{name:Tran Van Phuc}}'; "
    "tech held the study until registration corrected it.",
    "Elderly fall: {{name:Rosa Elena Barraza de la Torre}}, {{age:94}} años, caída de su propia "
    "altura,"
    " rib series ordered by ED.",
    "Patient {{name:Catalina Orozco Vda. de Lerma}} ({{age:97}} y/o) with chronic right effusion, "
    "lives at {{facility:Casa de Paz Nursing and Rehabilitation}}.",
]

# --- EMS run sheets and radio reports --------------------------------------------------------

EMS = [
    "EMS RUN SHEET | Agency: El Paso Fire Dept | Incident # {{id:EPFD-25-0418772}} | "
    "Unit: Rescue 14 | Date {{date:04/18/2025}}",
    "Pt name: {{name:Villarreal Ochoa, José Luis}} | DOB {{date:1979-10-03}} | "
    "Home: {{address:1209 Calle Rosal, Socorro, TX 79927}}",
    "Crew: {{name:D. Kowalczyk}} EMT-P, {{name:Ana Lucía Treviño}} EMT-B; patient care report "
    "{{id:2025-0418-0033}} attached to the chart.",
    "Radio report 0347: '{{facility:Sonora Vista}}, Medic 22, we're inbound with a 34 male, stab "
    "wound to the "
    "left chest, name is {{name:Abelardo Chacón}}, ETA six minutes.'",
    "MedCom log {{date:03/30/2025 01:12}}: Air Evac 71 launching from Lordsburg with unknown male, "
    "registered on arrival as {{name:Trauma, Yankee}}.",
    "Scene address per CAD: {{address:4417 E Calle Tuberia, Tucson, AZ 85711}}; patient found "
    "in the carport by his neighbor.",
    "Incident {{id:TFD2505110089}} | Tucson Fire E9 | patient {{name:Kee Benally}} | "
    "hypotensive 78/40, needle decompression R 2nd ICS at 22:41.",
    "EMS handoff (MIST): Mechanism auto vs ped, Injuries chest and pelvis, Signs HR 128, Treatment "
    "TXA and binder. Medic {{name:Jolene Kaytoggy}}, San Carlos Apache EMS.",
    "ePCR {{id:NM-EMS-2506-11804}}: pt {{name:Wilson Nez}}, 62 M, found on Route 491 after "
    "rollover, transported to {{facility:Gallup Indian Medical Center}}, then flown to us.",
    "Family contact from the run sheet: wife {{name:Bernadine Chee}}, cell "
    "{{phone:(505) 555-0187}}.",
    "PCR narrative: 'Pt states his name is {{name:Travis}}, refuses last name, ETOH on breath, "
    "seat belt sign across the chest.'",
    "Run {{id:21-0722-104}}, Yuma Fire Medic 5, {{date:07/22/2025 16:05}}: heat illness plus fall "
    "from a pickup bed; CXR requested on arrival.",
    "Air medical transport record | Flight # {{id:PHI-AZ-25-03318}} | Patient "
    "{{name:Oswald Antone}} | "
    "From {{facility:Sells Hospital}} | To trauma bay 4",
    "Base hospital contact {{date:08/02/2025 19:48}}: Cal Fire Medic 3212 from Calexico, "
    "patient {{name:Yesenia Ybarra}}, 27, assault with a bat, asking for a CT chest.",
    "EMS crew called back at {{phone:760-555-0134}} to ask whether the chest tube they saw on the "
    "film was placed in the field.",
    "Ambulance billing face sheet: {{name:Clifford Tohonnie}}, PO address "
    "{{address:PO Box 1187, Shiprock, NM 87420}}, IHS eligible.",
    "Medic {{name:Lupe}} radioed in at 0412: 'three patients, one with a flail chest, one GCS 15, "
    "the driver is DOA.'",
    "Run sheet field 'Patient address' reads {{address:HC 63 Box 2210, Chinle, AZ 86503}}; "
    "the crew notes no street address for the homesite.",
    "Trauma activation page {{date:05/11/2025 22:29}}: LEVEL 1 - MEDIC 31 - GSW CHEST - "
    "pt {{name:Marcus Chavarria}}, age 19 - ETA 4 min.",
    "DISPATCH {{date:22JUL25 1605}} | YFD M5 | PT {{name:MEDINA, ROSALIO}} | CC FALL FROM TRUCK "
    "BED | "
    "VITALS ON SCENE STABLE",
    "Handoff recorded by charge nurse {{name:Renée Domínguez}} RN at 22:35; EMS signature "
    "{{name:T. Orosco}} EMT-P, badge {{id:4471}}.",
]

# --- Trauma aliases, unidentified patients and identity reconciliation -------------------------

ALIASES = [
    "REGISTRATION NOTE: Unidentified male arriving {{date:03/18/2025 01:58}} assigned alias "
    "{{name:TRAUMA, ZULU}}, MRN {{id:T0041882}}, per the trauma naming policy.",
    "Identity confirmed {{date:03/18/2025 06:25}} by sister {{name:Marisol Peña Gallegos}} with a "
    "photo of a tattoo; true name {{name:Efraín Quiñones Beltrán}}.",
    "HIM merge request {{id:MRG-25-00719}}: combine {{id:T0041882}} ({{name:Trauma, Zulu}}) into "
    "{{id:01928374}} ({{name:QUINONES BELTRAN, EFRAIN}}).",
    "Alias list for the night of {{date:04/02/2025}}: {{name:Trauma, Whiskey}}, {{name:Trauma, "
    "X-ray}}, {{name:Trauma, Yankee}}; the next unknown will be Alpha.",
    "ED tracking board: Bay 3 {{name:UNKNOWN TRAUMA 23}} | Bay 4 {{name:UNKNOWN TRAUMA 24}} | "
    "Bay 5 {{name:Hoang, Minh}}",
    "Radiology reassigned accession {{id:CT2504030018}} from {{name:UNKNOWN TRAUMA 24}} to the "
    "correct alias after the tech scanned the wrong wristband.",
    "{{name:DOE, JANE 7702}} identified as {{name:Analyn Sison-Dela Cruz}} through fingerprints "
    "sent by TPD; DOB {{date:12/08/1996}}.",
    "Reconciliation: the chest CT under {{name:DOE, JOHN 4417}} belongs to "
    "{{name:Héctor Manuel Granillo}}, MRN {{id:00663019}}; prior film in {{date:2021}} confirms "
    "match.",
    "Family member {{name:Guadalupe Granillo}} called {{phone:915-555-0162}} asking whether her "
    "brother was brought in as a John Doe after the crash on I-10.",
    "Unknown female, alias {{name:Trauma, Victor}}, est. 70s, found at a bus stop; later "
    "identified "
    "as {{name:Dolores Archuleta}}, {{age:92}} years old, from a care home in Mesilla.",
    "Identity note: patient gave the name {{name:Juan Pérez}}, but jail booking photo matches "
    "{{name:Juan Carlos Pérez Ibarra}}, booking {{id:2025-011873}}.",
    "Two patients named {{name:Maria Garcia}} in the ED tonight; second one registered with middle "
    "name {{name:Maria Elena Garcia}} and DOB {{date:04/15/1958}} for safety.",
    "Name alert banner: SOUND-ALIKE - {{name:Benally, Kee}} (Bay 6) and {{name:Benally, Keith}} "
    "(Bay 9); verify two identifiers before imaging.",
    "SSN from the wallet card {{id:547-82-3316}} matched the state ID; alias retired at 0710.",
    "Arizona driver license {{id:D08451762}} found in the patient's jacket; name "
    "{{name:Brandon Lee Hollis}}, address {{address:2231 W Glenn Dr, Phoenix, AZ 85021}}.",
    "Tribal enrollment card: {{name:Leroy Bitsui}}, census number {{id:NN-214477}}, chapter "
    "Tsaile-Wheatfields.",
]

# --- Police holds, jail and DOC inmates, Border Patrol transfers -------------------------------

CUSTODY = [
    "IN CUSTODY: {{name:Juan Carlos Pérez Ibarra}} | Pima County booking {{id:2025-011873}} | "
    "officer at bedside: Deputy {{name:Kyle Brandt}}, badge {{id:8812}}",
    "Patient arrived in restraints from {{facility:Pima County Adult Detention Complex}}; chest "
    "film "
    "for a suspected swallowed cell phone charger.",
    "ADC inmate # {{id:318842}}, {{name:WHITFIELD, CODY R}}, transported from "
    "{{facility:Arizona State Prison Complex - Tucson}}, Rincon unit, with two COs.",
    "CO {{name:Jared Loy}} requested a copy of the CT report; informed that release requires the "
    "ADC medical liaison, fax {{phone:(520) 555-0119}}.",
    "Law enforcement hold form: Officer {{name:Ramón Urías}}, El Paso PD, case # "
    "{{id:25-041873}}, states the patient is under arrest and may not leave.",
    "TPD report number {{id:2505-110089}} requested the chest radiograph showing the retained "
    "bullet fragment in {{name:Abelardo Chacón}}.",
    "Subpoena for records received {{date:09/03/2025}} from the Doña Ana County District Attorney, "
    "re: {{name:Marcus Chavarria}}, DOB {{date:01/17/2006}}.",
    "Border Patrol transfer: subject {{name:Ignacio Zubiate-Loera}}, A-number "
    "{{id:A 212 448 907}}, "
    "escorted by Agent {{name:Natalie Szymanski}}, USBP Santa Teresa Station.",
    "USBP agent asked for a discharge time so the subject can be returned to "
    "{{facility:Otero County Processing Center}}; referred to case management.",
    "Custody note: patient {{name:Rodel Bautista}} transferred from "
    "{{facility:Eloy Detention Center}}"
    " with hemoptysis; airborne isolation started before the chest CT.",
    "ICE medical referral {{id:IHSC-25-77314}} lists {{name:Bautista, Rodel}} with a prior "
    "positive QuantiFERON on {{date:02/11/2025}}.",
    "Jail nurse {{name:Pauline Hatathlie}} RN called from "
    "{{facility:McKinley County Adult Detention "
    "Center}}, {{phone:505-555-0148}}, asking for the CXR result.",
    "Inmate {{name:Dale McCutcheon}}, NMCD # {{id:84120}}, sent from "
    "{{facility:Penitentiary of New Mexico}} after a fight; chest film shows a new left rib "
    "fracture.",
    "Booking sheet faxed with the patient: {{name:OCHOA, MIGUEL ANGEL}}, booking "
    "{{id:E25-004471}}, "
    "{{facility:El Paso County Jail Annex}}, DOB {{date:06/30/1990}}.",
    "Per DPS trooper Sgt. {{name:Hollingsworth}}, the driver was {{name:Brandon Hollis}}; blood "
    "draw kit {{id:DPS-BK-339018}} completed before CT.",
    "Police requested the chest CT images on disc; denied without a warrant per policy, "
    "documented by nursing supervisor {{name:Gloria Benavídez}}.",
    "Guard detail changed at 1900: Deputy {{name:Alvarado}} relieved Deputy {{name:Brandt}}; "
    "patient "
    "remains shackled to the bed frame during portable films.",
    "Border Patrol agents brought in two minors found near Sasabe; the older, "
    "{{name:Kevin Josué Ramírez López}}, has a chest wall contusion, DOB given as "
    "{{date:14/05/2009}}.",
    "CBP Form I-213 number {{id:SNT2508000912}} received with the patient, kept out of the "
    "medical record per compliance.",
    "Released from custody {{date:08/24/2025 11:20}}: CBP dropped the hold on "
    "{{name:Zubiate-Loera}}; patient to be discharged to a shelter in Las Cruces.",
]

# --- Bilingual Spanish-English notes and interpreter logs ------------------------------------

BILINGUAL = [
    "INTERPRETER LOG | {{date:04/18/2025 05:10}} | Language: Spanish | Interpreter: "
    "{{name:Arturo Maldonado}} (ID {{id:INT-0417}}) | Patient: {{name:José Luis Villarreal Ochoa}}",
    "Se le explicó al paciente {{name:José Luis Villarreal}} que la radiografía muestra tres "
    "costillas fracturadas; entendió y aceptó el tubo de tórax.",
    "Interpreter {{name:Arturo}} present in person for the consent; patient's wife "
    "Sra. {{name:Yolanda Ochoa}} also present.",
    "Nota de enfermería {{date:18 de abril de 2025}}: la esposa pregunta por los resultados de la "
    "tomografía; se le dio el número de la unidad {{phone:(915) 555-0123}}.",
    "Video remote interpreting via Stratus, interpreter #{{id:712884}}, Vietnamese, for "
    "{{name:Phạm Minh Tuấn}}; son {{name:Phạm Quốc Bảo}} declined to interpret.",
    "Navajo interpreter {{name:Florence Yellowhair}} from the patient services office assisted "
    "with the discussion of the chest CT findings with {{name:Wilson Nez}} and his wife.",
    "Tagalog interpreter requested for the mother of {{name:Jericho Macaraeg}}, "
    "{{name:Erlinda Macaraeg}}, who prefers Ilocano; telephone interpreter used.",
    "Paciente: {{name:Xóchitl Anaya Montoya}}. Fecha de nacimiento: {{date:03/09/1985}}. "
    "Domicilio: {{address:Calle Niños Héroes 215, Col. Centro, 32000 Ciudad Juárez, Chih.}}",
    "Hija ({{name:Fernanda Anaya}}) llamó desde México al {{phone:+52 656 213 4471}} para "
    "preguntar si su madre necesita cirugía.",
    "Documento de alta en español entregado a {{name:Jesús Estrada}}; cita de control en clínica "
    "de trauma el {{date:martes 24 de junio de 2025}} a las 9:00.",
    "Patient's preferred name is '{{name:Chuy}}'; Spanish only; literacy limited, teach-back used "
    "for chest tube care.",
    "Language line call log: {{date:2025-05-02 14:51}} | Vietnamese | ID {{id:LL-339021}} | 22 "
    "min | "
    "for {{name:Nguyễn Thị Hồng}}, {{age:91}}, and daughter {{name:Lê Thị Thu Hà}}",
    "La señora {{name:Rosa Elena Barraza}} de {{age:94}} años vive sola en "
    "{{address:Calle Oro 817, San Luis Río Colorado, Son., 83449}}; su nieta la trajo.",
    "Consent for CT with contrast signed by patient and witnessed by {{name:Yadira}}, certified "
    "medical interpreter, at 11:05.",
    "Nota del capellán: el P. {{name:Eusebio Lucero}} rezó con la familia de {{name:Efraín}} "
    "en la sala de espera de trauma.",
    "ED note: pt {{name:Rosita Lente}} speaks Tiwa and English; grandson {{name:Darren Lente}} "
    "helped explain the pneumothorax to his grandmother.",
    "El paciente refiere que su nombre completo es {{name:Miguel Ángel Ochoa Saucedo}} y que vive "
    "con su tía en {{address:7420 Alameda Ave Apt 12, El Paso, TX 79915}}.",
    "Interpreter {{name:Jimena}} noted the patient said 'me duele al respirar' and pointed to the "
    "right lower chest where the contusion is.",
]

# --- Social work, case management, family calls and chaplain notes -----------------------------

SOCIAL = [
    "SOCIAL WORK NOTE {{date:03/18/2025}} | {{name:Kimberly Atcitty}}, LMSW | Pt: "
    "{{name:Efraín Quiñones Beltrán}} | Reason: unidentified trauma, family located",
    "SW reached sister {{name:Marisol Peña Gallegos}} at {{phone:520-555-0176}}; she will bring "
    "the "
    "patient's Mexican voter card and his mother, Doña {{name:Carmen Beltrán}}.",
    "Mother is {{age:90}} and uses a walker; SW arranged a wheelchair at the main entrance and a "
    "quiet room near the SICU.",
    "Case management: {{name:Renée Domínguez}}, RN CM | discharge plan for {{name:Harrison Tsosie}}"
    " to return to {{address:HC 61 Box 905, Many Farms, AZ 86538}} with home O2.",
    "Called {{facility:Chinle Comprehensive Health Care Facility}} PHN office at "
    "{{phone:(928) 555-0140}} to set up chest tube site checks after discharge.",
    "Family meeting {{date:05/07/2025 15:00}} with daughters {{name:Lorraine Tsosie}} and "
    "{{name:Arlene Tsosie-Begaye}}; chaplain {{name:Mark Hoskie}} attended.",
    "Chaplain note: visited {{name:Verna Manygoats}} at the family's request; sang a hymn in "
    "Navajo with her sister {{name:Ella Manygoats}}, who is {{age:96}}.",
    "Chaplain Fr. {{name:Eusebio Lucero}} offered the sacrament of the sick to Mr. "
    "{{name:Granillo}}"
    " before the thoracotomy.",
    "Caller identifies herself as {{name:Tammy Whitfield}}, mother of the patient, phone "
    "{{phone:(432) 555-0158}}; no information released, patient in custody.",
    "Phone call {{date:6/9/25 1620}} from 'the grandson' {{name:Bao}}, asking about CT results for "
    "{{name:Phạm Minh Tuấn}}; verified with the password on the HIPAA form.",
    "SW note: patient {{name:Yesenia Ybarra}} disclosed IPV; safe discharge to a shelter arranged "
    "through the advocate {{name:Claudia Tarango}}, hotline number withheld from chart.",
    "APS referral {{id:APS-NM-25-104418}} made for {{name:Dolores Archuleta}}, {{age:92}}, with "
    "multiple rib fractures of different ages on the chest CT.",
    "Care home contact: {{facility:Good Samaritan Society - Las Cruces Village}}, nurse "
    "{{name:Trini}}, {{phone:575-555-0129}}.",
    "Guardian on file: {{name:Bernard Pettigrew}} (court-appointed), letters of guardianship dated "
    "{{date:01/22/2024}}, scanned to media tab.",
    "Case manager {{name:Cora Dimaculangan}} secured a bed at "
    "{{facility:HealthSouth Rehabilitation Hospital of Tucson}} for {{date:06/12/2025}}.",
    "Daughter {{name:Lê Thị Thu Hà}} can be reached at {{email:thuha.le.family@gmail.com}}; she "
    "asked for the CT report to share with her mother's doctor in Garden Grove.",
    "Social worker left voicemail for the patient's wife at {{phone:(480) 555-0191}} re: "
    "transportation home from Phoenix to Whiteriver.",
    "Patient {{name:Darlene Begay}} would like her uncle {{name:Kee Begay}} and her "
    "medicine man present before the CT-guided procedure.",
    "SW/CM handoff: {{name:Oswald Antone}} lives at {{address:Santa Rosa Village, Lot 17, Sells, "
    "AZ 85634}}; Tohono O'odham Nation health program will transport.",
    "Grief support: family of {{name:Abelardo Chacón}} (deceased {{date:05/12/2025 01:06}}) was "
    "given "
    "the OMI office number and funeral home list.",
    "Note from chaplain intern {{name:Grace Okonkwo-Reyes}}: patient's great-grandmother, "
    "{{age:101}} years old, asked to see him; facilitated a video call.",
    "Family asked that nothing be shared with the father, {{name:Raúl Estrada}}; flagged as "
    "confidential patient per policy.",
]

# --- Consult pages and secure-chat messages between residents ----------------------------------

CHAT = [
    "[Secure Chat 02:21] {{name:priya r}}: hey is anyone reading the trauma pan-scan on "
    "{{name:zulu}}? "
    "aorta looks funny at the isthmus",
    "[Secure Chat 02:23] {{name:tomas e}}: looking now, call dr {{name:halvorsen}} it's a "
    "pseudoaneurysm",
    "[02:24] {{name:whitney}}: on my way to CT, keep him on the table",
    "page from {{phone:520-555-0102}}: 'rads pls call re bay 2 pt {{name:quinones}} ?PTX on "
    "portable - {{name:ben}} surg PGY2'",
    "TigerText {{date:4/3/25 00:15}} from {{name:Obinna}}: 'vasc aware of the aortic injury in "
    "{{name:unknown 23}}, TEVAR tomorrow am'",
    "{{name:lupe}}: can u re-look at bed 14 {{name:tsosie}}'s chest film, tube looks kinked to me",
    "resident chat: {{name:raghunathan}} -> {{name:faulk}}: 'pls sign the prelim on "
    "{{name:archuleta}}, family asking' | read 07:41",
    "Epic Secure Chat thread 'TRAUMA NIGHT {{date:05/11/2025}}' - members: {{name:Halvorsen W}}, "
    "{{name:Echeverria T}}, {{name:Raghunathan P}}, RN {{name:Marisol Peña}}",
    "[22:44] {{name:marisol}}: {{name:chavarria}} back from CT, dr {{name:venkat}} wants the read "
    "before OR",
    "[22:46] {{name:tomas}}: no cardiac injury, small L hemothorax, prelim in. who is his nurse? "
    "{{name:jojo}}?",
    "[22:47] {{name:jojo}}: yes me, thx doc. his mom {{name:ofelia}} is in the family room",
    "Consult page {{date:06/08/2025 21:02}}: CT surgery to call trauma resident "
    "{{name:Ben Lasky}} at "
    "{{phone:(520) 555-0168}} re: tension PTX after chest tube removal.",
    "teams msg from {{name:kristen.faulk}}: 'discrepancy on the {{date:7/5}} overnight - see QA "
    "queue, not "
    "urgent' sent {{date:07/06/2025 10:12}}",
    "Pager text: 'CALL RADIOLOGY RE XR CHEST {{name:BENALLY K}} MRN {{id:00771935}} LINE "
    "MALPOSITION "
    "- ICU {{name:SHONDA}}'",
    "chat {{date:2025-08-21T03:58:11Z}} agent at bedside asking for imaging copies for "
    "{{name:zubiate}}, i told him to talk to HIM - {{name:yadira}} interp",
    "[IM] {{name:anand.venkataraman}}: who read {{name:hollis}}'s CT? the ME office wants to talk "
    "to the radiologist",
    "email-to-page gateway: from {{email:t.echeverria@svumc.org}} to trauma-res: 'stat read done "
    "on {{name:Macaraeg}}, no spine fx'",
    "Voalte message {{date:08/02/2025 20:31}} to {{name:Gloria}} (house sup): 'CT scanner 2 down, "
    "diverting trauma CT to ED scanner'",
    "[01:07] nurse {{name:tram}}: pt {{name:phuc}} in bay 6 asking for his son, can we call "
    "{{phone:714-555-0183}}?",
    "resident sign-out text from dr {{name:raghunathan}}: 'f/u {{name:zulu}}/{{name:quinones}} "
    "merged MRN, re-link the prelims'",
]

# --- AHCCCS, Medicaid and insurance eligibility -------------------------------------------------

ELIGIBILITY = [
    "ELIGIBILITY CHECK {{date:03/18/2025 09:02}} | {{name:QUINONES BELTRAN, EFRAIN}} | AHCCCS ID "
    "{{id:A81472093}} | Plan: Banner University Family Care | Status: ACTIVE",
    "Emergency AHCCCS application started by financial counselor {{name:Maribel Chávez}} for "
    "{{name:Ignacio Zubiate-Loera}}; no SSN, emergency services only.",
    "Texas Medicaid ID {{id:517339028}} for {{name:Kevin Josué Ramírez López}} pending; CHIP "
    "denied {{date:09/02/2025}}, appeal filed by the family.",
    "Medicare MBI {{id:4EG7-TK2-MW83}}, secondary NM Centennial Care member {{id:100448271}} - "
    "{{name:Dolores Archuleta}}, {{age:92}}",
    "IHS/PRC referral {{id:PRC-GIMC-25-03317}} from {{facility:GIMC}} covers the chest CT and "
    "admission of {{name:Wilson Nez}}; Navajo Nation census {{id:NN-108812}}.",
    "Payer: BCBS of Texas | Member {{id:ZGP884129307}} | Group {{id:T11420}} | Subscriber "
    "{{name:Pettigrew, Brandi S}} | DOB {{date:02/29/1992}}",
    "Auto insurance claim {{id:4471-88-20915}} (GEICO) for the MVC of {{date:07/04/2025}}; "
    "adjuster {{name:Steven Yoder}}, {{phone:1-800-555-0117}} ext 4421.",
    "Workers' comp claim {{id:WC-25-0718833}}, employer Solana Framing LLC, injured worker "
    "{{name:Jericho Macaraeg}}; adjuster email {{email:m.ortega@southwestcomp.example.com}}.",
    "Medi-Cal CIN {{id:91837465B}} verified for {{name:Yesenia Ybarra}} through Imperial County; "
    "share of cost $0.",
    "Financial counseling left a message at {{phone:915-555-0139}} for {{name:Guadalupe Granillo}}"
    " regarding charity care for her brother.",
    "Tricare ID {{id:1184472093}} (sponsor SFC {{name:Daniel Whitehorse}}, Fort Bliss) for "
    "dependent {{name:Aiyana Whitehorse}}, 17, fall from a horse.",
    "Prior authorization {{id:PA25-0611-7734}} approved for follow-up CT chest on "
    "{{date:7/15/2025}}"
    " for {{name:Harrison Tsosie}}, AHCCCS American Indian Health Program.",
    "AHCCCS CMDP member {{id:A70221384}}, foster child {{name:Jaylen Cruz}}; DCS case worker "
    "{{name:Nicole Ferreira}} signs consent for sedation.",
    "Self-pay estimate letter mailed to {{address:812 S Yucca Dr, Yuma, AZ 85364}} on "
    "{{date:08/01/2025}} for the CT angiogram.",
    "Eligibility response 271 for member UHC {{id:904418827}}: coverage terminated "
    "{{date:06/30/2025}}; registration to re-screen for Medicaid.",
]

# --- Transfer-center logs with outside hospitals -----------------------------------------------

TRANSFER = [
    "TRANSFER CENTER LOG | Call # {{id:TC-250402-0117}} | {{date:04/02/2025 22:48}} | From: "
    "{{facility:Gila Regional Medical Center}} | Dx: traumatic aortic injury",
    "Referring: Dr. {{name:Hallie Brockmeyer}}, ED, {{phone:(575) 555-0172}} | Accepting: "
    "Dr. {{name:Anand Venkataraman}}, trauma | Images via "
    "{{url:https://share.lifeimage.com/t/9Xq2LmP7}}",
    "Outside CT from {{facility:Copper Queen Community Hospital}} could not be opened; nurse "
    "{{name:Shelby}} re-sent the images through the Ambra link.",
    "Transfer request {{date:05/29/2025 16:20}}: {{facility:Chinle Comprehensive Health Care "
    "Facility}} to {{facility:SVUMC}}, pt {{name:Harrison Tsosie}}, retained hemothorax, fixed "
    "wing.",
    "Declined transfer: {{facility:Holy Cross Hospital}} (Nogales) requested CT surgery for a stab "
    "wound; redirected to {{facility:Banner - University Medical Center Tucson}}.",
    "Callback number for the sending physician at {{facility:Canyon Vista Medical Center}}: "
    "{{phone:520-555-0195}}, Dr. {{name:Matthew Ogilvie}}.",
    "Repatriation: accepting facility {{facility:Hospital General de Ciudad Juárez}}, Dr. "
    "{{name:Lourdes Saucedo Nájera}}, tel {{phone:+52 656 555 0147}}, for {{name:Xóchitl Anaya}}.",
    "Transfer packet to {{facility:UNM Hospital}}: CT chest report, disc of images, and face sheet "
    "for {{name:Rosita Lente}}, MRN {{id:01550932}}.",
    "Inbound from {{facility:El Centro Regional Medical Center}}: {{name:Yesenia Ybarra}}, 27 F, "
    "CT shows pneumomediastinum; sending RN {{name:Alma}} {{phone:(760) 555-0121}}.",
    "Outbound to {{facility:Presbyterian Hospital}} burn unit declined (no beds); sent to "
    "{{facility:UMC El Paso}} instead, accepting Dr. {{name:Farah Haddad-Ruiz}}.",
    "Transfer center RN {{name:Kathy Lindqvist}} logged the PACS image push from "
    "{{facility:Yuma Regional Medical Center}} at 17:09 (study UID "
    "{{id:1.2.840.113619.2.55.3.4271045733.812.1751472512.447}}).",
    "ED-to-ED call {{date:07/22/2025 16:31}}: {{facility:Sells Hospital}} asking for an accept on "
    "an O'odham elder, {{name:Oswald Antone}}, {{age:90}} y/o, fall with rib fractures.",
    "Transfer accepted from {{facility:Memorial Medical Center}} (Las Cruces), patient "
    "{{name:Marcus Chavarria}}; outside CT loaded at {{url:https://ambra.svumc.org/share/K3vX8p}}.",
    "Sending facility {{facility:Sierra Vista Regional Health Center}} asked for our report to be "
    "faxed back to {{phone:520-555-0133}}.",
    "Helicopter transfer from {{facility:Tuba City Regional Health Care}}, requesting physician "
    "Dr. {{name:Jonah Sandoval}}, tracking {{id:TC-250411-0042}}.",
    "Transfer note: patient {{name:Catalina Orozco}} ({{age:97}}) from "
    "{{facility:Casa de Paz Nursing and Rehabilitation}}, {{address:3301 N Stone Ave, Tucson, AZ "
    "85705}}.",
]

# --- Radiology discrepancy and peer-review notes -----------------------------------------------

PEER_REVIEW = [
    "PEER REVIEW CASE {{id:PR-2025-0418}} | Original reader: {{name:P. Raghunathan}} (resident) | "
    "Over-reader: {{name:K. Faulk}} | RADPEER 2b",
    "Discrepancy: missed left first rib fracture on trauma CT of {{name:Kee Benally}}, MRN "
    "{{id:00771935}}, exam {{date:05/11/2025}}; no change in management.",
    "QA note {{date:07/06/2025}}: overnight prelim on {{name:Brandi Pettigrew}} called 'no "
    "pneumothorax'; attending final shows small anterior PTX. Resident {{name:Priya}} notified.",
    "Morbidity conference slide: 'Pt {{name:DOE, JOHN 4417}} - delayed dx of BCVI' - name to be "
    "removed before the slide is presented.",
    "Discrepancy e-mail from {{email:kfaulk@svumc.org}} to {{email:praghunathan@svumc.org}}, cc "
    "{{email:qa-radiology@svumc.org}}, re: acc {{id:CT2507050044}}.",
    "Outside read discrepancy: {{facility:Northern Navajo Medical Center}} teleradiology called "
    "the "
    "mediastinum normal; our review of {{name:Clifford Tohonnie}}'s CTA shows an intimal flap.",
    "Peer-review committee minutes {{date:08/14/2025}}: case of {{name:Ignacio Zubiate-Loera}} "
    "(RADPEER 3) presented by Dr. {{name:Tomás Echeverría}}.",
    "Addendum issued {{date:08/22/2025 10:03}} by {{name:Kristen Faulk}}, MD: the 'nodule' on the "
    "initial read of {{name:Zubiate-Loera}} is a nipple shadow.",
    "Feedback letter to teleradiology provider vRad, reader Dr. {{name:Gregory Asante}}, regarding "
    "study {{id:VR-88104427}} read on {{date:06/21/2025}}.",
    "Discrepancy log row: {{date:2025-05-07}} | {{id:CR2505070118}} | {{name:Archuleta D}} | "
    "missed L clavicle fx | prelim {{name:Lasky}} | final {{name:Echeverria}}",
]

# --- PACS and RIS audit logs -------------------------------------------------------------------

AUDIT = [
    "PACS AUDIT | {{date:2025-03-18T02:16:44Z}} | user {{name:halvorsenw}} | ws "
    "{{ip:10.44.12.81}} | "
    "VIEW | acc {{id:CR2503180092}} | pt {{name:TRAUMA^ZULU}}",
    "{{date:2025-03-18T06:41:09Z}} MERGE patient {{id:T0041882}} -> {{id:01928374}} by "
    "{{name:jmontano}} (HIM) from {{ip:10.44.3.17}}",
    "RIS audit: {{date:04/03/2025 00:49:12}} report signed by {{name:techeverria}} from home "
    "workstation {{ip:172.20.118.44}} via VPN",
    "Break-the-glass access {{date:05/12/2025 08:14}}: user {{name:gbenavidez}} opened the chest "
    "CT of {{name:CHACON, ABELARDO}}; reason 'law enforcement request', IP {{ip:10.44.9.203}}",
    "Privacy alert {{id:PRV-25-0338}}: employee {{name:Dwayne Pickett}} (CT tech) viewed records "
    "of "
    "{{name:Brandon Lee Hollis}}, a neighbor, from {{ip:10.44.21.66}}.",
    "DICOM C-MOVE from {{ip:10.61.4.12}} (AE YRMC_PACS) to {{ip:10.44.2.50}} (AE SVUMC_ARCH) for "
    "patient {{id:YR0093318}} completed {{date:07/02/2025 17:09}}.",
    "Image share link generated {{date:06/21/2025 14:02}} by {{email:rad.filelibrary@svumc.org}}: "
    "{{url:https://imageshare.svumc.org/s/Q7v4NwR2k9}} (expires in 14 days)",
    "Patient portal download of chest CT images, account {{email:chuy.estrada79@yahoo.com}}, "
    "from {{ip:187.190.44.21}} at {{date:06/15/2025 21:37}}",
    "PowerShare inbound: {{url:https://powershare.nuance.example.net/exam/8841726}} from "
    "{{facility:Gila Regional Medical Center}}, opened by {{name:klindqvist}} on {{ip:10.44.7.19}}",
    "Failed login x5 for user {{name:praghunathan}} from {{ip:73.24.118.205}} at "
    "{{date:2025-07-06 03:12:54}}; account locked",
    "HL7 interface error log {{date:20250718 231405}}: ORU rejected, PID-3 {{id:00663019}} not "
    "found; sending app RAD^{{ip:10.44.5.88}}",
    "Export to CD: {{date:08/17/2025 10:22}} | {{name:MANYGOATS^VERNA^L}} | studies 3 | burned by "
    "{{name:rgarza}} on ws {{ip:10.44.14.140}} | requested by patient",
    "Audit trail for MRN {{id:01466208}}: {{name:lsisondelacruz}} VIEW {{date:2025-07-28T11:02Z}}; "
    "{{name:jmacaraeg}} (employee self-access) VIEW {{date:2025-07-28T11:05Z}}",
    "Teleradiology worklist pull from {{ip:2001:db8:4a1c:22::15}} by vRad reader "
    "{{name:gasante}} at {{date:2025-06-21T09:44:03-07:00}}",
    "RIS order {{id:ORD-77203318}} created {{date:05/02/2025 14:20}} by {{name:amoreno}} "
    "at {{ip:10.44.11.62}}; ordering provider NPI {{id:1730485519}}",
    "Secure file transfer of images to {{url:sftp://xfer.unmhospital.example.org/inbound/svumc/}} "
    "from {{ip:10.44.2.51}} at {{date:06/19/2025 08:00}}",
    "Login {{name:halvorsenw}} {{ip:10.44.30.12}} {{date:2025-05-11 22:30:15}} SUCCESS | session "
    "ended 23:55:02",
    "PACS worklist query by {{email:oeze-whitaker@svumc.org}} from {{ip:10.44.16.9}}: patient "
    "name 'UNKNOWN TRAUMA*'",
    "Image exchange link sent to the patient's email "
    "{{email:verna.manygoats@navajo-mail.example}}: "
    "{{url:https://portal.svumc.org/images/view?token=b71eQx0Pz}}",
    "Access report request from {{name:Brandon Hollis}}'s attorney, "
    "{{email:intake@hollislaw.example"
    ".com}}, covering {{date:05/11/2025}} to {{date:05/31/2025}}.",
    "DICOM SCU config: AE title TBAY_DR2, host {{ip:10.44.12.90}}, port 104 (portable unit "
    "in trauma bay 2).",
    "VNA purge job {{date:2025-09-01T01:00:00Z}} skipped study UID "
    "{{id:1.2.840.113619.2.404.3.2831164352.771.1742263996.12}} (legal hold).",
]

# --- HL7 ADT and ORU segments ------------------------------------------------------------------

HL7 = [
    "MSH|^~\\&|EPIC|SVUMC|RADIANT|SVUMC|{{date:20250318021400}}||ADT^A04|MSG00418823|P|2.5.1",
    "PID|1||{{id:T0041882}}^^^SVUMC^MR||{{name:TRAUMA^ZULU}}|||M|||UNKNOWN^^^AZ",
    "PID|1||{{id:01928374}}^^^SVUMC^MR~{{id:A81472093}}^^^AHCCCS^MA||{{name:QUINONES "
    "BELTRAN^EFRAIN}}"
    "||{{date:19880702}}|M|||{{address:2950 S 12th Ave^^Tucson^AZ^85713}}",
    "MRG|{{id:T0041882}}^^^SVUMC^MR||||||{{name:TRAUMA^ZULU}}",
    "PV1|1|E|TB^02^01^SVUMC||||{{id:1841293076}}^{{name:HALVORSEN^WHITNEY^A}}^^^^MD|||TRA",
    "NK1|1|{{name:PENA GALLEGOS^MARISOL}}|SIS|{{address:1833 W Ajo Way Apt 4^^Tucson^AZ^85713}}|"
    "{{phone:(520)555-0176}}^PRN^PH",
    "OBR|1|{{id:ORD-77203318}}|{{id:CT2505020415}}|CTCHWO^CT CHEST WO CONTRAST|||"
    "{{date:202505021433}}",
    "OBX|1|TX|IMP^Impression||Bilateral posterior rib fractures. Read by {{name:ECHEVERRIA^TOMAS}}"
    "||||||F|||{{date:202505021512}}",
    "PID|1||{{id:00871264}}^^^SVUMC^MR~{{id:NN-214477}}^^^NNCN^TN||{{name:BEGAY^DARLENE^R}}||"
    "{{date:19691123}}|F|||{{address:HC 58 Box 331^^Kayenta^AZ^86033}}",
    "PID|1||{{id:01550932}}^^^SVUMC^MR||{{name:LENTE^ROSITA}}||{{date:19320419}}|F||"
    "|{{address:24 Tribal Rd 40^^Isleta^NM^87022}}||{{phone:(505)555-0104}}",
    "PV1|1|I|SICU^12^A^SVUMC||||{{id:1457390128}}^{{name:VENKATARAMAN^ANAND}}|||TRA|||||||||"
    "{{id:2507764310}}",
    "IN1|1|AHCCCS|AZ01|AHCCCS HEALTH PLAN|||||||||||{{name:NEZ^WILSON}}|SEL|{{date:19621205}}|||||"
    "||||||||||||||{{id:A55098213}}",
    "ORC|RE|{{id:ORD-77309144}}|{{id:CR2508170206}}||CM||||{{date:202508171103}}|||"
    "{{id:1730485519}}^{{name:LASKY^BENJAMIN}}",
    "ZPD|{{name:DOE^JOHN 4417}}|ALIAS|{{date:20250722160500}}|TRAUMA NAMING",
    "MSH|^~\\&|PACS|YRMC|EPIC|SVUMC|{{date:20250702170912}}||ORU^R01|Y7733918|P|2.3",
    "PID|1||{{id:YR0093318}}^^^YRMC||{{name:TSOSIE^HARRISON^K}}||{{date:19580211}}|M",
    "OBX|2|TX|ADDENDUM||Discussed with Dr {{name:Oyelaran}} {{date:20250608 2107}}||||||F",
    "NTE|1||Pt in custody of {{facility:Pima County Adult Detention Complex}}, booking "
    "{{id:2025-011873}}",
]

# --- Elderly falls and geriatric trauma --------------------------------------------------------

GERIATRIC = [
    "GERIATRIC TRAUMA SCREEN | {{name:Orozco Vda. de Lerma, Catalina}} | Age {{age:97}} | "
    "Mech: ground-level fall | CT chest: R 7-9 rib fx | Frailty: CFS 6",
    "Ms. {{name:Eunice Hargrove}}, {{age:95}}, slipped in the shower at "
    "{{facility:Sun Health La Loma Village}} and has a small left hemothorax.",
    'Portable chest for a {{age:90}} year old man, {{name:Ernesto "Neto" Valenzuela}}, after a '
    "fall from a ladder while picking pecans in Mesilla Park.",
    "CT chest: {{name:ABEYTA, FELICITA}}, {{age:99}} F, found on the floor by her caregiver after "
    "an unknown downtime; no acute injury, old healed rib fractures.",
    "Fall at home, {{address:5512 Tierra Colorado Ct NW, Albuquerque, NM 87120}}; patient "
    "{{name:Gilbert Montoya}}, {{age:93}}, lives with his son.",
    "Son {{name:Ray Montoya}} reports his father is {{age:93}} and was still driving until last "
    "month; no anticoagulant.",
    "Nguyen family: the patient's mother-in-law, {{name:Trương Thị Mai}}, is {{age:98}} and also "
    "lives in the home; she witnessed the fall.",
    '{{name:Wilhelmina "Billie" Schroeder}} ({{age:92}}), from '
    "{{facility:Sunrise Village Assisted Living}} in Sun City, transferred for a sternal fracture.",
    "Goals-of-care note: patient is {{age:96}}, DNR/DNI confirmed with her grandson "
    "{{name:Brian Tso}} by phone {{phone:(928) 555-0167}}.",
    "Chest radiograph in a {{age:91}}-year-old Filipino veteran, {{name:Teodoro Agbayani}}, "
    "transferred from {{facility:Southern Arizona VA Health Care System}}.",
    "Trauma tertiary survey {{date:08/09/2025}}: {{name:Agbayani, Teodoro}}, {{age:91}}, new left "
    "pleural effusion on the day 3 film; incentive spirometry 500 mL.",
    "Fall from standing, {{age:94}} F, {{name:Hortensia Gallegos Loya}}, brought by her daughter "
    "from {{address:301 Calle del Norte, Anthony, NM 88021}}.",
    "Paciente de {{age:102}} años, Doña {{name:Refugio Salcido}}, ingresa por caída; la familia "
    "pide que no se le diga el diagnóstico.",
    "Dr. {{name:Echeverría}} notes the {{age:100}}-year-old's chest CT shows a displaced sternal "
    "fracture without retrosternal hematoma.",
    "The husband, aged {{age:95}}, is hard of hearing; pocket talker used for the discussion about "
    "the chest tube.",
    "Elder abuse screen positive for {{name:Verna Begaye}}, {{age:90}}; neighbor "
    "{{name:Alberta Sam}} called APS at {{phone:(505) 555-0193}}.",
    "Nursing home transfer form: {{facility:Desert Terrace Healthcare Center}}, "
    "{{address:2509 N 24th St, Phoenix, AZ 85008}}, resident {{name:Lorenzo Vigil}}, {{age:92}}.",
    "Pt's wife {{name:Consuelo}}, {{age:91}}, asked to stay overnight; chair-bed provided in "
    "SICU room 8.",
]

# --- Letters, e-mail threads and records requests ----------------------------------------------

LETTERS = [
    "From: {{email:t.echeverria@svumc.org}} | To: {{email:trauma-attendings@svumc.org}} | "
    "Subject: CT discrepancy, {{name:Macaraeg}} | Sent: {{date:Tue 07/29/2025 08:14}}",
    "Hi {{name:Anand}}, the spine recon on {{name:Jericho Macaraeg}} was done after I signed; "
    "addendum is in. -- {{name:Tomás}}",
    "Reply from {{email:avenkataraman@svumc.org}}: thanks, I let the family know. Mother's number "
    "is {{phone:(619) 555-0111}} if ortho needs it.",
    "Dear Mr. {{name:Villarreal Ochoa}}, this letter confirms your follow-up chest X-ray on "
    "{{date:May 6, 2025}} at the Trauma Clinic, 2nd floor.",
    "Mailing label: {{name:José L. Villarreal Ochoa}} / "
    "{{address:1209 Calle Rosal, Socorro, TX 79927}} / RETURN SERVICE REQUESTED",
    "To the medical examiner: decedent {{name:Abelardo Chacón}}, ME case {{id:OMI-25-1417}}; "
    "CT images available at {{url:https://imageshare.svumc.org/s/OMI1417aa}}.",
    "Letter to the patient's PCP, Dr. {{name:Ruth Nakai}}, {{facility:Kayenta Health Center}}, "
    "fax {{phone:928-555-0155}}, summarizing the chest CT findings.",
    "Please send the outside images of {{name:Rosita Lente}} to "
    "{{email:imaging.requests@unmhospital.example.org}} or upload at "
    "{{url:https://upload.unmh.example.org/trauma}}.",
    "Attorney letter {{date:06/30/2025}}: {{name:Marco A. Leyva}}, Esq., {{address:111 E Missouri "
    "Ave Ste 400, El Paso, TX 79901}}, requests all chest imaging of his client.",
    "Reply sent from {{email:him-release@svumc.org}} with a link to the release portal: "
    "{{url:https://roi.svumc.org/requests/ROI-25-30912}}.",
    "Patient e-mail to the radiology help desk ({{email:radiology.help@svumc.org}}) from "
    "{{email:brandi.pettigrew92@hotmail.com}}: 'can I get my chest xray on a disc'",
    "Thread: {{email:kathy.lindqvist@svumc.org}} wrote to {{email:pacs-admin@yumaregional.example"
    ".org}} asking them to resend study {{id:YR0093318}}.",
    "Consular letter: Consulado de México en Tucson requests an update on "
    "{{name:Ignacio Zubiate Loera}}; contact {{email:proteccion.tucson@consulmex.example.mx}}.",
    "Letter to the family: 'Estimada Sra. {{name:Anaya}}: su mamá, {{name:Xóchitl Anaya Montoya}}, "
    "fue trasladada el {{date:12 de junio de 2025}}.'",
    "Discharge follow-up instructions mailed to {{address:2231 W Glenn Dr, Phoenix, AZ 85021}} "
    "and e-mailed to {{email:bhollis.az@gmail.com}}.",
    "Tribal health liaison {{name:Elsie Chischilly}}, {{email:e.chischilly@nnhealth.example.org}}, "
    "asks for the CT report for the PRC claim.",
    "The chaplain's office can be reached at {{email:spiritualcare@svumc.org}}; Fr. "
    "{{name:Lucero}} will see the family again tomorrow.",
    "Research coordinator {{name:Mindy Tran}} ({{email:mtran.research@svumc.org}}) screened "
    "{{name:Kee Benally}} for the rib fixation trial on {{date:05/13/2025}}.",
    "Case summary for the state trauma registry: incident {{date:05/11/2025}}, registry number "
    "{{id:AZTR-2025-0448172}}, patient {{name:Marcus Chavarria}}.",
    "Interpreter services scheduling: {{email:interpreters@svumc.org}} | request for Navajo for "
    "{{name:Wilson Nez}} on {{date:06/03/2025 10:00}}.",
    "Transfer summary sent to {{email:tc.nurses@bannerhealth.example.com}} and posted at "
    "{{url:https://transfer.svumc.org/case/TC-250402-0117}}.",
    "OMI pickup contact: investigator {{name:Leonard Yepa}}, {{phone:(505) 555-0128}}, "
    "{{email:lyepa@omi.example.edu}}.",
]

# --- Teleradiology, image sharing and interface configuration ----------------------------------

NETWORK = [
    "Telerad reader for {{facility:Gallup Indian Medical Center}} connects to our PACS gateway at "
    "{{ip:10.44.2.60}}; the outside-read portal is {{url:https://telerad.svumc.org/gimc}}.",
    "Home reading station of Dr. {{name:Echeverría}} registered with VPN address "
    "{{ip:172.20.118.44}} and public address {{ip:70.176.52.190}}.",
    "Ticket {{id:INC0448172}}: portable DR in trauma bay 2 ({{ip:10.44.12.90}}) not sending to "
    "{{ip:10.44.2.50}}; reported by tech {{name:Dwayne}} at 02:10.",
    "CD import station log: disc from {{facility:Holy Cross Hospital}} for {{name:Reynaldo Tafoya}}"
    " imported by {{name:rgarza}} at {{ip:10.44.14.141}} on {{date:04/22/2025 13:05}}.",
    "Patient self-upload link texted to {{phone:(520) 555-0144}}: "
    "{{url:https://svumc.ambrahealth.example.com/upload/p/5XkR77}}",
    "Family accessed the image viewer from Mexico, source IP {{ip:201.141.87.33}}, using the share "
    "{{url:https://imageshare.svumc.org/s/Fa8n2QpZ}} issued to {{name:Fernanda Anaya}}.",
    "Mobile viewer session: user {{name:whitney.halvorsen}} on {{ip:10.46.200.17}} (hospital "
    "Wi-Fi) viewed CTA chest of {{name:Trauma, Yankee}}.",
    "Interface engine route RAD_OUT -> {{ip:10.70.1.25}}:6661 (HIE) carried the ORU for "
    "{{name:Tsosie, Harrison}} at {{date:2025-06-10 09:41:07}}.",
    "Outside image retrieval via HIE: {{url:https://hie.healthcurrent.example.org/img/Q-88104}} "
    "for {{name:Verna Manygoats}}.",
    "Modality worklist for CT2 refreshed from {{ip:10.44.2.44}}; scheduled entry "
    "{{name:GRANILLO^HECTOR^M}} {{id:CT2504250061}}.",
    "IPv6 access from {{ip:2600:8800:1f02:6d00:a1b3:9c2e:44f1:7d10}} to the patient portal by "
    "{{email:rosita.lente32@aol.com}} at {{date:06/20/2025 19:12}}.",
    "Dictation microphone logged into PowerScribe from {{ip:10.44.33.208}} as {{name:kfaulk}} "
    "while the report of {{name:Pettigrew, Brandi}} was open.",
    "The ED dashboard link {{url:https://edboard.svumc.org/trauma?pt=01928374}} shows the merged "
    "record.",
    "Outside PACS of {{facility:Tuba City Regional Health Care}} (AE TCRHC_PACS, "
    "{{ip:192.168.40.12}}) answered the C-FIND for {{name:Begay, Darlene}}.",
    "QR code on the discharge paper opens {{url:https://mychart.svumc.org/images/CT2505020415}}.",
    "Firewall log: {{date:2025-08-21 04:02:33}} ALLOW {{ip:10.44.9.203}} -> {{ip:10.44.2.50}} "
    "tcp/11112 user {{name:ymedina}}",
    "Trauma video review system stores bay recordings at "
    "{{url:https://tvr.svumc.org/recordings/2025/03/18/bay2}}; access limited to the PI team.",
    "Remote support session from vendor engineer {{name:Craig Wetherell}} at {{ip:64.94.213.7}} "
    "on the CT console, {{date:07/10/2025 14:00}}.",
    "RIS link sent in chat: {{url:https://ris.svumc.org/exam/CR2504110331}} - "
    "{{name:begay}}'s film, tube too far in",
    "Teleconference with {{facility:Hospital Ángeles Juárez}} via "
    "{{url:https://meet.svumc.org/j/88410277}} about repatriation of {{name:Xóchitl Anaya}}.",
]

# --- Registration face sheets and ED demographics ----------------------------------------------

FACE_SHEETS = [
    "FACE SHEET | {{name:VILLARREAL OCHOA, JOSE LUIS}} | MRN {{id:01177342}} | FIN "
    "{{id:2504187702}} | SSN {{id:463-19-8852}} | Home {{phone:915-555-0171}}",
    "Address: {{address:10420 Montana Ave Apt 221, El Paso, TX 79925}} | Emergency contact: "
    "{{name:Yolanda Ochoa}} (wife) {{phone:915-555-0172}}",
    "Guarantor: {{name:Nguyen, Van Hai}} | {{address:9871 Bolsa Ave, Westminster, CA 92683}} | "
    "{{phone:714-555-0129}} | relationship: son",
    "Patient: {{name:Jolene Kaytoggy}} | DOB {{date:08/14/1983}} | Address "
    "{{address:PO Box 942, San Carlos, AZ 85550}} | Tribe: San Carlos Apache",
    "Demographics updated {{date:05/12/2025}}: {{name:Chacón, Abelardo}}, "
    "{{address:3906 E 29th St, Tucson, AZ 85711}}, cell {{phone:520-555-0185}}.",
    "Registration comment: patient is homeless, mailing address c/o "
    "{{address:Primavera Foundation, 702 S 6th Ave, Tucson, AZ 85701}}.",
    "ED registration: {{name:Ybarra, Yesenia}} | {{address:655 W Main St, El Centro, CA 92243}} | "
    "Medi-Cal {{id:91837465B}} | language English/Spanish",
    "NOK: {{name:Ofelia Chavarria}} (mother), {{address:2750 Lohman Ave, Las Cruces, NM 88011}}, "
    "{{phone:(575) 555-0164}}",
    "Registration {{name:Reynaldo Tafoya}}: {{address:418 N Grand Ave, Nogales, AZ 85621}}, "
    "DOB {{date:10/10/1974}}, FIN {{id:2504217719}}",
    "Address on file {{address:Colonia San Martín, 16 Calle Encino, Sparks, TX 79938}} could not "
    "be "
    "verified by USPS; case management to confirm.",
    "Alternate contact for {{name:Kevin Ramírez}}: uncle {{name:Josué López Mendoza}}, "
    "{{address:1517 S 7th Ave, Phoenix, AZ 85007}}, {{phone:(602) 555-0136}}.",
    "Patient {{name:Analyn Sison-Dela Cruz}}, {{address:3412 Orange Ave Apt 6, National City, "
    "CA 91950}}, preferred contact by e-mail {{email:analyn.sdc@gmail.com}}.",
    "Employer on registration: Desert Sky Dairy, supervisor {{name:Hank Oberholtzer}}, "
    "{{phone:(520) 555-0188}}.",
]

# --- Web links in notes, portal messages and consent records -----------------------------------

LINKS = [
    "SW note: family started a fundraiser for {{name:Efraín}}, "
    "{{url:https://www.gofundme.com/f/efrain-quinones-accident}}; staff reminded not to share.",
    "Security flagged a news story naming the patient, {{url:https://www.kgun9.example.com/news/"
    "rollover-sells-hwy86}}, and placed a no-information status.",
    "ePCR attachment for {{name:Kee Benally}}: {{url:https://epcr.tucsonaz.example.gov/pcr/"
    "TFD2505110089}} (12-lead and vitals)",
    "Telehealth follow-up with Dr. {{name:Faulk}} at {{url:https://telehealth.svumc.org/visit/"
    "77104}} on {{date:06/16/2025 13:30}}.",
    "E-consent for contrast CT completed at {{url:https://consent.svumc.org/sign/e88c1f20}} by "
    "{{name:Lê Thị Thu Hà}} for her mother.",
    "Portal message from {{name:Brandi Pettigrew}}: 'the report at "
    "{{url:https://mychart.svumc.org/results/CR2507050011}} says pneumothorax, is my baby ok?'",
    "Reference image for the missed fracture posted to the teaching file: "
    "{{url:https://teachingfile.svumc.org/case/4471}} (de-identification pending).",
    "Family Facebook post linked by the patient's cousin, {{url:https://facebook.com/"
    "marisol.pena.gallegos/posts/10229}}, asks for prayers for her brother.",
    "Spanish discharge video link for chest tube care sent to {{name:Chuy}}: "
    "{{url:https://edu.svumc.org/es/tubo-toracico?pt=01337592}}",
    "Jail medical uploaded the outside film to {{url:https://corizon-records.example.com/inmate/"
    "318842}} for {{name:Cody Whitfield}}.",
    "Radiology QA dashboard: {{url:https://qa.svumc.org/radpeer/PR-2025-0418}} lists the case "
    "of {{name:Kee Benally}}.",
    "Obituary shared by the family for the chaplain's file: "
    "{{url:https://www.legacy.example.com/us/obituaries/abelardo-chacon-2025}}",
    "Navajo Nation CHR referral form submitted at {{url:https://chr.nnhealth.example.org/ref/"
    "NN-214477}} for {{name:Darlene Begay}}.",
    "The Border Patrol liaison's contact sheet links to {{url:https://cbp-liaison.example.gov/"
    "cases/SNT2508000912}}; not placed in the chart.",
    "Transfer-center RN pasted the outside viewer {{url:https://view.gilaregional.example.org/"
    "s/8814a}} into the log for {{name:Tohonnie}}.",
    "Reminder email to {{email:ramon.urias@elpasotexas.example.gov}} that records go through "
    "HIM, not the radiology reading room.",
    "Consult note cc: {{email:lyazzie-nez@gmail.com}} (daughter, per patient's request) and "
    "{{email:oyelaran.trauma@svumc.org}}.",
    "Daughter-in-law {{name:Rowena Agbayani}}, {{email:rowena.agbayani@yahoo.com}}, "
    "{{phone:(520) 555-0114}}, lives at {{address:6120 E Golf Links Rd, Tucson, AZ 85730}}.",
    "Patient's wife is {{age:90}}; their grandson {{name:Ezra Vigil}} "
    "({{email:ezra.vigil@outlook.com}}) is the contact for updates.",
    "Chaplain visit with {{name:Teodoro Agbayani}}'s brother, also a veteran, aged {{age:93}}, "
    "who lives at {{address:4001 E Fort Lowell Rd, Tucson, AZ 85712}}.",
    "Forwarded by {{email:casemgmt@svumc.org}}: skilled nursing referral for "
    "{{name:Gilbert Montoya}}, {{age:93}}, to {{facility:Casa Arena Blanca Nursing Center}}.",
]

# --- Clean sentences: trauma imaging findings --------------------------------------------------

CLEAN_TRAUMA = [
    "Deep sulcus sign on the left on this supine portable film, suspicious for anterior "
    "pneumothorax.",
    "ETT tip 4 cm above the carina; enteric tube courses below the diaphragm out of view.",
    "No widened mediastinum; aortic knob is crisp and the left paraspinal stripe is normal.",
    "Flail segment involving right ribs 4 through 8, each broken in two places.",
    "Grade III splenic laceration by AAST 2018 criteria without active extravasation.",
    "Pulmonary contusion in the right lower lobe; no pneumatocele yet.",
    "Retained bullet fragment projects over the left hemidiaphragm on the AP view.",
    "Continuous diaphragm sign indicates pneumomediastinum rather than pneumopericardium.",
    "FAST exam negative in all four windows; eFAST shows lung sliding bilaterally.",
    "Seat belt sign across the lower chest and abdomen; evaluate for Chance fracture.",
    "Sternal fracture at the manubriosternal junction with a small retrosternal hematoma.",
    "Traumatic aortic injury at the isthmus, minimal aortic injury by the SVS grade 1 scheme.",
    "Blunt cerebrovascular injury screening per the expanded Denver criteria was positive.",
    "Left chest tube with the side hole outside the pleura; recommend repositioning.",
    "Fallen lung sign suggests bronchial transection; bronchoscopy recommended.",
    "No Hampton hump or Westermark sign to suggest embolism on this radiograph.",
    "Kerley B lines at both bases, likely from the large volume resuscitation.",
    "Massive transfusion protocol activated at 0231, two coolers delivered to bay 2.",
    "REBOA catheter in zone 1 with the balloon deflated on arrival to CT.",
    "Trauma pan-scan performed on the SOMATOM Force with split-bolus contrast.",
    "Noncontrast images were not obtained because the patient was hemodynamically unstable.",
    "Subcutaneous emphysema tracks along the left chest wall into the neck.",
    "Pneumothorax measures 2.4 cm at the apex, increased from the prior film taken at 0315.",
    "Scapular fracture, body, minimally displaced; no scapulothoracic dissociation.",
    "Hemothorax density measures 45 HU, consistent with acute blood.",
    "Penetrating injury tract traverses the left lower lobe and stops short of the pericardium.",
    "CT cystogram was deferred; the pelvis was scanned in the portal venous phase only.",
    "Rib fracture pathway triggered: three or more fractures in a patient over 65.",
    "SSRF considered for the flail segment; thoracic surgery to see in the morning.",
    "The ISS is 34 and the revised trauma score is 5.97 on arrival.",
    "GCS 3T on arrival, improving to GCS 10T after the sedation was weaned.",
    "Tension physiology resolved after needle decompression at the fifth intercostal space.",
    "Lateral decubitus view requested to assess for layering effusion.",
    "Free air under the right hemidiaphragm on the upright chest film.",
    "Tip of the right IJ central line in the low SVC near the cavoatrial junction.",
    "Clinical history: 34 M stab wound left chest, hypotensive in the field.",
    "Old healed left rib fractures 5 through 7 with callus, unchanged.",
    "Chilaiditi sign noted incidentally; no free air on the cross-table lateral.",
]

# --- Clean sentences: EMS and prehospital ------------------------------------------------------

CLEAN_EMS = [
    "Medic 22 inbound with a 34-year-old male, stab wound to the left chest, ETA six minutes.",
    "Level 1 activation criteria met: GSW to the torso with systolic pressure under 90.",
    "Needle decompression performed in the field at the fourth intercostal space, midaxillary.",
    "Two large-bore IVs, TXA 1 g given en route, pelvic binder applied.",
    "Rotor crew reports an hour of extrication time after the rollover on a county road.",
    "Patient was found in the desert by a ranch hand and transported by ground to the helipad.",
    "MIST handoff given at the foot of the bed with the whole team silent.",
    "Prehospital whole blood, one unit, started at the scene.",
    "EMS reports the vehicle struck a cattle guard at highway speed near the reservation line.",
    "The crew was delayed by a monsoon wash that closed the road for forty minutes.",
    "Pulse oximetry 84 percent on room air, 94 percent with a non-rebreather.",
    "Heat illness suspected; core temperature 40.1 C on arrival, cold water immersion started.",
    "Agency protocol allows finger thoracostomy only by flight crews.",
    "Unit call sign Rescue 14 returned to service at 0455.",
    "ePCR not yet uploaded; paper run sheet placed in the trauma folder.",
    "Three patients from one vehicle; the second is going to the community hospital.",
    "The radio report cut out twice because of the dead zone near the pass.",
    "Scene time was 11 minutes and transport time 38 minutes by air.",
    "Helmet removed by EMS; c-collar in place; spinal motion restriction maintained.",
    "Weather hold for fixed-wing transport because of a dust storm on the interstate.",
    "Injured in a fall from roughly 18 feet while climbing the border fence.",
    "Bystander CPR for four minutes before the first unit arrived.",
]

# --- Clean sentences: custody, jail and Border Patrol ------------------------------------------

CLEAN_CUSTODY = [
    "Patient is in law-enforcement custody; the officer stays in the room during imaging.",
    "Restraints were removed for the CT with the deputy's agreement and replaced afterwards.",
    "Records are released to law enforcement only with a warrant, court order or patient consent.",
    "Body cavity search requests are referred to the attending and the legal department.",
    "Inmate patients are scanned on the ED scanner and not in the outpatient suite.",
    "The correctional officer asked that the discharge time not be shared with the patient.",
    "Border Patrol agents may wait in the hallway but not in the trauma bay.",
    "A custody hold does not change the patient's right to interpreter services.",
    "ICE detainee status is documented in the security field, not in the clinical note.",
    "The jail nurse was told the radiology report is available through the records office.",
    "Cell phone charger seen in the stomach on the abdominal film; no obstruction.",
    "Packets of suspected narcotics in the colon; body packer protocol initiated.",
    "The detention center requested a TB clearance chest film before return.",
    "Guard detail rotates every eight hours; handoff happens at the nurses' station.",
    "Patient asked that the police not be told his diagnosis; his request was honored.",
    "Firearm secured by hospital security and logged before the patient entered CT.",
    "The state prison sends a van with two officers for follow-up imaging visits.",
    "Consular notification is the responsibility of the detaining agency.",
    "Agents asked whether the patient can fly; deferred to the trauma attending.",
    "Photography of injuries by police requires consent unless a warrant is presented.",
    "DOC medical liaison confirmed the follow-up CT can be done at the prison infirmary.",
    "Patient was released from custody while admitted; security notified.",
]

# --- Clean sentences: bilingual notes and interpreting -----------------------------------------

CLEAN_BILINGUAL = [
    "Se explicó el procedimiento del tubo de tórax con intérprete presente.",
    "El paciente entiende y acepta la tomografía con contraste.",
    "Me duele al respirar, dice el paciente, señalando el lado derecho.",
    "Qualified medical interpreter used for all consent discussions.",
    "Family declined an interpreter; a qualified interpreter was used anyway for consent.",
    "Video remote interpreting unavailable; telephone interpreter used for Vietnamese.",
    "Navajo interpretation requested for the family meeting in the afternoon.",
    "Teach-back performed in Spanish for incentive spirometry.",
    "Tiene tres costillas fracturadas y un poco de aire fuera del pulmón.",
    "No coma ni beba nada hasta que le hagan el estudio.",
    "Patient prefers Spanish for medical conversations and English for small talk.",
    "Minor children should not interpret for their parents except in an emergency.",
    "Interpreter arrived at 1410 and stayed through the surgical consent.",
    "The Ilocano interpreter was available only by phone from 0800 to 1700 Pacific.",
    "Written discharge instructions provided in Spanish at a sixth-grade reading level.",
    "Respire profundo y sostenga la respiración, por favor.",
    "Patient uses O'odham with family and English with staff.",
    "Hable con su médico si tiene fiebre, dolor que empeora o le falta el aire.",
    "Sign language interpreter requested for the father, who is Deaf.",
    "The radiology tech used the bilingual breathing instructions built into the scanner.",
    "Cita de seguimiento en la clínica de trauma en dos semanas con radiografía de tórax.",
    "La familia prefiere que el médico hable primero con el hijo mayor.",
]

# --- Clean sentences: social work, case management, family and chaplaincy ----------------------

CLEAN_SOCIAL = [
    "Social work consulted for an unidentified trauma patient to help locate family.",
    "No family at bedside; social work will check missing-person reports in the morning.",
    "The patient lives alone in a trailer off a dirt road with no running water.",
    "Home oxygen delivery to the reservation requires two business days.",
    "Case management is arranging a wheelchair-accessible van for the four-hour ride home.",
    "Chaplain offered prayer; family accepted and asked for a rosary.",
    "Family requested that a traditional healer visit before surgery; unit manager agreed.",
    "Family meeting held in the consult room with the attending, nurse and interpreter.",
    "Patient declined to name a surrogate decision maker.",
    "Emergency Medicaid application started; patient lacks documentation.",
    "Intimate partner violence screen positive; safety plan reviewed.",
    "Adult Protective Services report filed for suspected neglect.",
    "Child Protective Services notified because the injuries do not match the history.",
    "Funeral home list and grief resources given to the family in Spanish.",
    "The grandmother, 84, is the main caregiver for the patient's two children.",
    "Caller could not provide the patient's password, so no information was released.",
    "Patient has a no-information status; callers are told there is no such patient.",
    "Bus voucher and a pharmacy voucher provided at discharge.",
    "Shelter bed confirmed for tonight; patient will need follow-up chest film next week.",
    "Tribal health program will provide transportation to the follow-up visit.",
    "Family is driving up from Sonora and expects to arrive after midnight.",
    "Visitor policy exception granted for six family members at end of life.",
    "Chaplain smudging request approved with the fire marshal's conditions.",
    "Patient asked for a Catholic priest; on-call chaplain paged at 2200.",
    "Social worker reviewed the patient's rights while in custody.",
    "Discharge to a skilled nursing facility delayed pending insurance authorization.",
    "The son flew in from Houston and is staying at a nearby motel.",
    "Advance directive scanned into the chart; POLST indicates comfort-focused treatment.",
]

# --- Clean sentences: consult pages and secure chat --------------------------------------------

CLEAN_CHAT = [
    "can someone look at bay 2's portable, ptx bigger?",
    "rads pls call trauma re: CT head and chest, pt going to OR",
    "prelim is in, no aortic injury, final in the am",
    "ct scanner 1 is down, use the ED scanner for traumas",
    "thx, saw it, chest tube going in now",
    "who has the trauma pager tonight?",
    "pls protocol the CTA chest as aortic dissection protocol",
    "gonna need a repeat film after the tube is pulled",
    "is the night float reading ED plain films or just CT?",
    "ok will add the rib fx count to the impression",
    "mtp running, bay 1, need portable asap",
    "lol the scout alone shows the flail segment",
    "heads up three traumas coming from the same rollover",
    "can u add a sagittal recon of the sternum",
    "family in the waiting room asking for an update, who's talking to them?",
    "need a second read on the mediastinum before transfer",
    "ortho wants the scapula recons too",
    "sorry, wrong patient, disregard last message",
    "signing out: two prelims pending, both traumas from the 2300 activation",
    "fyi the injector jammed, contrast timing may be off on the last scan",
    "page sent to CT surgery, no callback yet after 10 min",
    "rad attending says call back if the pt becomes unstable",
]

# --- Clean sentences: eligibility, billing and coding ------------------------------------------

CLEAN_BILLING = [
    "AHCCCS eligibility verified; the member is enrolled in a managed care plan.",
    "Emergency services only coverage applies to the trauma admission.",
    "Prior authorization is not required for emergency CT in the ED.",
    "ICD-10 S27.0XXA traumatic pneumothorax, initial encounter.",
    "ICD-10 S22.5XXA flail chest, initial encounter, coded with W10.8XXA.",
    "CPT 71045 single-view chest radiograph, billed with modifier 26 for the professional read.",
    "CPT 71275 CT angiography of the chest with and without contrast.",
    "CPT 32551 tube thoracostomy, open, billed by trauma surgery.",
    "IHS Purchased and Referred Care covers services the tribal facility cannot provide.",
    "Centennial Care is the New Mexico Medicaid program.",
    "Medi-Cal share of cost is zero for this month.",
    "Trauma activation fee applies only when the team is present before arrival.",
    "Motor vehicle insurance is primary in Arizona for crash injuries when coverage exists.",
    "Workers' compensation claim pending; employer informed by the patient.",
    "Charity care application requires proof of income for the last three months.",
    "Self-pay discount of 40 percent applied per the financial assistance policy.",
    "The HCPCS code for the contrast agent is Q9967 per mL.",
    "Texas Medicaid coverage for emergency services is retroactive for three months.",
    "Patient has Indian Health Service eligibility and no other coverage.",
    "Coordination of benefits letter sent to the secondary payer.",
    "Revenue code 0450 for the ED visit and 0350 for CT.",
    "Coding query sent to the radiologist about the acuity of the rib fractures.",
]

# --- Clean sentences: transfer center ----------------------------------------------------------

CLEAN_TRANSFER = [
    "Transfer accepted for traumatic aortic injury; ETA by fixed wing about 90 minutes.",
    "Outside images could not be loaded; repeat CT chest required on arrival.",
    "Request declined because no surgical ICU beds were available.",
    "Sending physician advised to place a chest tube before the flight.",
    "Weather grounded the helicopter; ground ambulance will take three hours.",
    "Repatriation to Mexico requires an accepting hospital and a bilingual summary.",
    "EMTALA transfer form signed by the sending physician and the patient.",
    "The referring critical access hospital has CT but no radiologist overnight.",
    "Images arrived by CD with the patient; loaded into PACS on arrival.",
    "Transfer center recorded the call at 2248 and the accept at 2254.",
    "Accepting service is trauma surgery; radiology to over-read the outside CT.",
    "The outside report was faxed but the images were not sent.",
    "Patient transferred back to the referring hospital for rehabilitation closer to home.",
    "Flight nurse requested the cross-sectional images on a thumb drive; policy declined.",
    "A second call from the same referring ED came in for the passenger.",
    "Burn unit bed unavailable in state; transfer across the state line arranged.",
    "Accepting physician requested a repeat portable after the tube was placed.",
    "The patient left before transport arrived; the referring team was notified.",
    "Outside read called the mediastinum widened; our review calls it positional.",
    "Transfer time from first call to arrival was four hours and twelve minutes.",
]

# --- Clean sentences: discrepancy and peer review ----------------------------------------------

CLEAN_QA = [
    "RADPEER score 2b: discrepancy in interpretation, likely clinically significant.",
    "Minor discrepancy between the preliminary and final reports; no change in care.",
    "Missed first rib fracture on the overnight preliminary read.",
    "Discrepancy communicated to the ED by phone and documented in the addendum.",
    "Peer review is confidential and protected under the state statute.",
    "Case selected for the monthly trauma imaging conference after removal of identifiers.",
    "The nipple shadow was mistaken for a nodule on the initial read.",
    "Resident prelim discrepancy rate this quarter was 2.1 percent.",
    "The case was reviewed blinded to the original reader.",
    "Satisfaction-of-search error: the second pneumothorax was overlooked.",
    "Attending agreed with the preliminary read; no addendum needed.",
    "Learning point: check the lung windows at the apices on every trauma CT.",
    "Turnaround time for trauma CT final reports averaged 42 minutes.",
    "The overnight teleradiology group follows the same critical result policy.",
    "Near miss: wrong patient image selected for comparison, caught before signing.",
    "Critical result read-back documented within 15 minutes of the finding.",
    "Quality committee recommends a checklist for line and tube positions.",
    "Peer learning sessions meet on the second Thursday of each month.",
    "The discrepancy was attributed to motion artifact at the lung bases.",
    "Double reading of trauma pan-scans is required during the first six months of residency.",
]

# --- Clean sentences: PACS, RIS and interfaces -------------------------------------------------

CLEAN_SYSTEMS = [
    "PACS downtime procedure: modalities store locally and resend when the archive is up.",
    "The RIS assigns temporary accession numbers during downtime.",
    "Break-the-glass access requires a reason and is reviewed by privacy.",
    "Audit logs are retained for six years under the HIPAA security rule.",
    "Image share links expire after fourteen days by default.",
    "DICOM tag (0010,0010) holds the patient name and (0010,0020) the patient ID.",
    "HL7 v2.5.1 ADT A40 messages carry patient merges.",
    "The ORU message was rejected because PID-3 was empty.",
    "MRG segment missing from the merge message; interface team notified.",
    "AE titles are configured per modality; the portable DR units use the bay number.",
    "DICOM port 104 is blocked at the firewall; the archive listens on 11112.",
    "The VPN client must be connected before launching the diagnostic viewer.",
    "Speech recognition profile was retrained after the upgrade.",
    "Alias records are merged only after two independent identifiers match.",
    "Trauma aliases follow the NATO phonetic alphabet and reset every night.",
    "Alias naming uses a first name, a last name and a four-digit sequence.",
    "CD import requires matching the outside MRN to ours through the reconciliation screen.",
    "Worklist shows the unread studies in red after 30 minutes.",
    "Downtime reports are scanned into the media tab, not the radiology result field.",
    "Interface engine queue was backed up for 20 minutes during the upgrade.",
    "Patient portal releases radiology results immediately under the Cures Act rule.",
    "The viewer caches studies for 72 hours on reading workstations.",
    "User accounts lock after five failed attempts.",
    "OBX|1|TX|IMP^Impression||No acute cardiopulmonary abnormality.||||||F",
    "OBR|1|||71045^XR CHEST 1 VIEW^CPT|||||||||||||||||||F",
    "PV1|1|E|TB^02^01||||||||TRA",
    "EVN|A08",
    "ZAL|ALIAS|TRAUMA NAMING POLICY|PHONETIC",
    "NTE|1||Images compared with outside CD; see addendum.",
    "Accession format is two letters for modality followed by the exam date and a sequence.",
]

# --- Clean sentences: geriatric trauma ---------------------------------------------------------

CLEAN_GERIATRIC = [
    "Geriatric trauma activation for ground-level fall on anticoagulation.",
    "Patients over 65 with three or more rib fractures are admitted to the ICU.",
    "Clinical Frailty Scale 6, moderately frail, dependent for bathing.",
    "The 89-year-old was independent before the fall and still gardens.",
    "An 86-year-old woman slipped on a rug and has left ribs 8 and 9 fractured.",
    "Serial incentive spirometry volumes dropped from 1200 to 600 mL.",
    "Delirium screen positive overnight; melatonin and family presence at night.",
    "Reversal of apixaban with andexanet was not indicated for the rib fractures.",
    "Erector spinae plane catheter placed for rib fracture analgesia.",
    "Osteopenia limits the detection of nondisplaced rib fractures on radiographs.",
    "Age-related kyphosis makes the lateral view difficult to interpret.",
    "Goals of care discussed; the patient wants surgery only if it helps her go home.",
    "Fall occurred at 0500 while walking to the bathroom in the dark.",
    "Patient lives in an independent living apartment with a pull cord.",
    "Her husband, 88, has dementia and cannot be left alone at home.",
    "The 78-year-old retired miner has pneumoconiosis changes at both upper lobes.",
    "Hearing aids found in the patient's pocket and returned to the family.",
    "Pressure injury prevention started on arrival given the long downtime.",
]

# --- Clean sentences: protocols, scanners, devices and guidelines ------------------------------

CLEAN_PROTOCOLS = [
    "Trauma pan-scan protocol: head and cervical spine noncontrast, then chest, abdomen and "
    "pelvis with IV contrast.",
    "CTA chest protocol uses bolus tracking in the ascending aorta at 150 HU.",
    "Iohexol 350, 100 mL at 4 mL per second through an 18-gauge antecubital IV.",
    "Contrast lot 4471B expired; pharmacy replaced the box in CT 2.",
    "Portable radiographs are acquired with the Carestream DRX-Revolution in the bays.",
    "The GE Revolution CT in the ED runs the low-dose pediatric trauma protocol.",
    "ATLS 10th edition recommends a chest film in the primary survey adjuncts.",
    "EAST 2012 guidelines support nonoperative management of blunt splenic injury.",
    "The ACR Appropriateness Criteria for major blunt trauma favor whole-body CT.",
    "Western Trauma Association algorithm used for the penetrating chest injury.",
    "The Berne-Norwood criteria were not applied because the patient was an adult.",
    "Pleur-evac set to minus 20 cm water suction.",
    "Level 1 rapid infuser primed in bay 1 before arrival.",
    "Cordis introducer placed in the right femoral vein.",
    "Broselow tape used for the pediatric patient's weight estimate.",
    "Shielding is no longer routinely used for chest radiographs per the AAPM 2019 statement.",
    "Pregnancy test is waived for trauma activations when it would delay imaging.",
    "The dose report shows a DLP of 1450 mGy-cm for the pan-scan.",
    "Dual-energy iodine maps help separate contusion from laceration in the spleen.",
    "Canadian CT head rule not applicable because the patient was intoxicated.",
    "NEXUS criteria met for clearing the cervical spine clinically.",
    "Fleischner Society 2017 guidelines applied to the incidental 5 mm nodule.",
    "Lung-RADS does not apply to incidental nodules found on trauma CT.",
    "Chest tube size 28 Fr placed in the fifth intercostal space, anterior axillary line.",
    "Tube thoracostomy tray and a 14 Fr pigtail kit are stocked in each bay.",
    "The Siemens SOMATOM go.Top is reserved for outpatients during the day.",
    "AAST Organ Injury Scale 2018 revision used for the liver grade.",
    "Trauma video review is used for performance improvement only.",
    "A reformatted sagittal series of the sternum was added at the surgeon's request.",
    "Venous phase at 70 seconds; delayed images at five minutes for the kidneys.",
]

# --- Clean sentences: the setting, places and operations ---------------------------------------

CLEAN_SETTING = [
    "The trauma centre receives patients from the Navajo Nation, the Tohono O'odham Nation and "
    "northern Sonora.",
    "Flights come from Yuma, Nogales, Douglas and Silver City on busy nights.",
    "Heat-related illness cases peak in July along the border.",
    "The monsoon season brings flash floods and rollover crashes on rural highways.",
    "Many patients drive two hours from Chinle or Kayenta for follow-up imaging.",
    "El Paso and Ciudad Juárez share one metropolitan area across the river.",
    "Patients from Imperial County are often flown to San Diego.",
    "The interstate between Las Cruces and Tucson has long stretches without cell service.",
    "Las Cruces, Deming and Lordsburg are along the same corridor.",
    "Trauma bay 1 is reserved for the highest-level activations.",
    "The SICU has 24 beds and the trauma step-down unit has 18.",
    "Night float residents cover ED plain films from 2200 to 0700.",
    "The trauma attending is in house 24 hours a day.",
    "Radiology attendings read trauma CT in house until midnight, then from home.",
    "On weekends the interventional radiology team takes call from home.",
    "Sunday night is usually quieter than Friday and Saturday.",
    "The helipad is on the roof above the emergency department.",
    "The hospital is verified as a Level I adult and Level II pediatric trauma centre.",
    "Interpreter services cover Spanish in person around the clock.",
    "Most trauma patients in the summer are from motor vehicle crashes and falls.",
    "The reading room for trauma CT sits next to the ED scanner.",
    "Security screens all visitors at the ED entrance after 2100.",
    "A 45-year-old rancher and his 12-year-old son were both injured in the rollover.",
    "Patients aged 16 to 89 made up nearly all of last year's trauma admissions.",
    "Tribal police and county deputies often accompany patients from the reservation.",
    "Air transport from the canyon took 52 minutes because of wind.",
    "The emergency department saw 214 patients in the last 24 hours.",
    "Trauma registry abstraction is due within 60 days of discharge.",
    "Placeholders [NAME], [MRN] and XXXX are used in teaching slides.",
    "Report template fields read 'Patient: ____' and 'DOB: __/__/____' until filled.",
    "The patient's age was estimated at 30 to 40 years by the trauma team.",
    "Unknown patients receive a phonetic alias until they are identified.",
    "Discharge planning starts on the day of admission for every trauma patient.",
    "Mass casualty drill scheduled for a Wednesday morning each spring.",
]


HELD_OUT18 = (
    TRAUMA_REPORTS
    + EMS
    + ALIASES
    + CUSTODY
    + BILINGUAL
    + SOCIAL
    + CHAT
    + ELIGIBILITY
    + TRANSFER
    + PEER_REVIEW
    + AUDIT
    + HL7
    + GERIATRIC
    + LETTERS
    + NETWORK
    + FACE_SHEETS
    + LINKS
)

CLEAN_HELDOUT18 = (
    CLEAN_TRAUMA
    + CLEAN_EMS
    + CLEAN_CUSTODY
    + CLEAN_BILINGUAL
    + CLEAN_SOCIAL
    + CLEAN_CHAT
    + CLEAN_BILLING
    + CLEAN_TRANSFER
    + CLEAN_QA
    + CLEAN_SYSTEMS
    + CLEAN_GERIATRIC
    + CLEAN_PROTOCOLS
    + CLEAN_SETTING
)
