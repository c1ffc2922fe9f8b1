"""Held-out PHI set 14: a children's hospital network's chest imaging text.

The text is what the records of a network of children's hospitals and the units that refer to it
hold around chest imaging, in the United Kingdom, Ireland, the United States, Canada, Australia,
New Zealand and South Africa: NICU and PICU portable films (lines and tubes, surfactant, BPD, RDS,
NEC, ECMO runs), paediatric emergency department chest films (foreign bodies, croup, acute chest
syndrome), cystic fibrosis and severe asthma clinic CTs, skeletal surveys and child-protection
notes, sedation and anaesthetic booking, parents' and guardians' contact details, school,
nursery and foster-care letters, genetic syndrome clinics, neonatal and paediatric transport-team
notes, radiology-nurse phone logs and portal messages, and PACS, RIS, HL7, DICOM and audit lines.
Parents, guardians, foster and kinship carers are named alongside the children; there are twins,
nicknames and interim newborn names. Layouts are mixed: prose, labelled fields, pipe rows, all-caps
lines and terse messages. Every person, number, phone, e-mail, street address and network address
is invented; facility names are used only as names.

Conventions (shared with the other hand-written sets):
- ``{{kind:text}}`` marks a gold span; kinds are name, date, id, phone, email, url, ip, address,
  facility, age.
- Titles (Dr, Mr, Mrs, Ms, Nurse, PC, Prof), kinship words used as titles (Aunty) and
  post-nominals (MD, RN, NNP, ANNP, PA-C, FRCR) stay outside name spans; "Last, First M." and HL7
  ``LAST^FIRST^M`` are one name span. In an interim newborn name written in prose ("Baby Boy
  Haddad", "Baby of Chloe Kennedy") "Baby Boy/Girl" and "Baby of" stay outside and only the
  family's name is a span; written as a "Last, First" or HL7 field ("TAUMALOLO, BABY BOY",
  ``OKAFOR^BABY GIRL^A``) it is one span, and a twin label after it ("TWIN A") stays outside.
  A nickname, a first name alone after a cue, initials signing a log line ("JT") and a log-in
  user name built from a person's name ("mfalkner") are names; a nickname in quotes inside a
  full name stays within that one span.
- A date span takes a time or weekday written against it ("Sat 5 Oct 2024 21:30", ISO and HL7
  compact forms, "le 4 mars 2025"); articles ("the", "le") stay outside. Times alone, weekdays
  alone, durations and relative phrases ("tomorrow", "in 6 weeks") are not PHI; a date range
  written as one ("3-7 March 2025") is one span. A bare year of an event in the child's history
  ("on Kaftrio since 2022") is a date.
- Ages in days, weeks and months, gestational and corrected ages, and ages of 89 and under are not
  PHI; ages over 89 (here mostly grandparents and great-grandparents) are, the number only
  ("aged", "years", "age" stay outside).
- Id spans hold the value, not the label: MRN, NHS, CHI, OHIP and RAMQ numbers, Medicaid, CHIP and
  insurance member numbers, accession and order numbers, DICOM study UIDs, encounter numbers,
  sedation booking references, transport call and run numbers and dispatch incident numbers,
  laboratory and genetics lab numbers, child-protection, social-care, court and agency case and
  referral numbers, release-of-information and incident report numbers, interpreter ids, serials
  of devices implanted in the child, and licence or registration numbers of staff (GMC, state
  licence). Bed, bay, pod and cot numbers, ward names (Koala Ward), CPT and ICD codes, scores,
  karyotypes and gene variants, device models, scanner and protocol names, HL7 assigning-authority
  codes and DICOM AE titles are not PHI.
- An address runs from the flat, house name, building, street, lot or box line through the
  postcode as written (HL7 ``^`` separators included); a town, region or country alone is not PHI.
- A facility span covers the institution's name (hospital, children's hospital, clinic, GP
  practice or surgery, laboratory, care home), an abbreviation of it written as a name (GOSH)
  included; departments, wards and units, transport services (NETS), schools and nurseries, "the
  unit" and generic "the clinic" are not facilities.
- Phones (mobile, landline, fax, HL7 forms without spaces), e-mail addresses, URLs of portals,
  image-share, telehealth and personal links, and IP addresses are spans as written.
- Clean sentences hold neonatal and paediatric findings, lines and tubes (UVC, UAC, Replogle tube,
  Broviac, PICC), ECMO hardware, syndromes (Down, Turner, Williams, Marfan, Noonan, DiGeorge),
  scores (Silverman-Andersen, Bhalla, Brasfield, PRAM, Westley), drug brands, wards and units,
  scanner and protocol names, codes, ages in days to years, times and weekdays without a date,
  place names alone, placeholders and short lines.
"""

from __future__ import annotations

# --- NICU portable films: headers, lines and tubes, surfactant, BPD ------------------------------

NICU_PORTABLES = [
    "NICU PORTABLE CHEST AND ABDOMEN. Patient: {{name:OKAFOR, BABY GIRL}} TWIN A  MRN: "
    "{{id:70044183}}  DOB: {{date:2024-03-02}}",
    "Exam {{date:03/04/2024 05:12}}, accession {{id:NIC24-118305}}, "
    "{{facility:Bramblewood Children's Hospital}} NICU pod 2.",
    "Twin B ({{name:Chiamaka Okafor}}, MRN {{id:70044184}}) was imaged on the same sweep at "
    "05:20 by radiographer {{name:Delphine Aucoin}}.",
    "UVC tip at T9, pulled back by Dr {{name:Rafael Quintanilla}} after the "
    "{{date:4 March 2024}} film; UAC tip at T8, satisfactory.",
    "ETT 1 cm above the carina; neonatal fellow {{name:Priyanka Venkataraman}} was paged at "
    "02:40 and withdrew it 0.5 cm.",
    "Baby Boy {{name:Haddad}} (born {{date:12/01/2024}} at 27+1 weeks): bilateral ground-glass "
    "opacity with air bronchograms, in keeping with RDS; Curosurf given by "
    "{{name:Noor Al-Sayegh}}, NNP.",
    "Mother {{name:Yasmin Haddad}} was updated at the cot side and father {{name:Karim}} by "
    "phone on {{phone:0491 570 156}}.",
    "BABYGRAM {{date:14-Feb-2025 23:58}} | {{name:TAUMALOLO, BABY BOY}} | MRN {{id:K2290317}} "
    "| Replogle tube coiled in the upper pouch, ? EA/TEF, surgeons (Mr {{name:Fotu}} aware).",
    "Comparison with the film of {{date:Monday 10 June 2024}} from "
    "{{facility:St Agnes Women's and Infants' Hospital}}, where the baby was delivered.",
    "Day 28 film for {{name:Ilse van der Merwe}}: coarse reticular change and cystic "
    "lucencies, evolving BPD; Dr {{name:Saoirse Ní Bhriain}} to discuss with the family.",
    "Long line (PICC) inserted {{date:22/09/2024}} by {{name:Bronwyn Tait}}, ANNP, via left "
    "saphenous vein; tip projects at L3, advise withdrawal.",
    "Twins {{name:Leo}} and {{name:Luca Ferraro-Brandt}}, 31 weeks: {{name:Leo}}'s UVC is in "
    "the liver, {{name:Luca}}'s is satisfactory; both ETTs fine. MRNs {{id:70051120}} / "
    "{{id:70051121}}.",
    "PNEUMOTHORAX, RIGHT, ~30%. Called to Dr {{name:Ayodele Bankole}} at 03:15 on "
    "{{date:07/11/2024}}; needle aspiration on the unit.",
    "Follow-up film {{date:07/11/2024 04:02}}: drain in situ, lung re-expanded. Reported by Dr "
    "{{name:Graham Lindqvist}} FRCR.",
    "Infant {{name:Precious Mahlangu}} (corrected age 40 weeks) for discharge on home oxygen; "
    "last CXR {{date:3 Jan 2025}}.",
    "Parents {{name:Thandiwe}} and {{name:Sipho Mahlangu}} of "
    "{{address:14 Wattle Crescent, Doveton VIC 3177}} trained in oxygen use by "
    "{{name:Kylie Armstrong}}, RN.",
    "Baby Girl {{name:Nakamura-Reyes}}, MRN {{id:NB-0099312}}, cardiac silhouette enlarged; "
    "echo requested from {{facility:Lurie Children's Hospital of Chicago}}.",
    "Interim name changed from Baby Boy {{name:Eriksen}} to {{name:Magnus Eriksen}} on "
    "{{date:2024-08-19}} after birth registration.",
    "SURFACTANT GIVEN 01:10 (SURVANTA 4 ML/KG) - {{name:ORTIZ, BABY GIRL}} - FILM AT 02:00 "
    "SHOWS IMPROVED AERATION - DR {{name:K. BOATENG}}.",
    "NAVEL LINES: UVC T10, UAC L4 - low position acceptable per Dr {{name:Esther Rosenblum}}; "
    "documented {{date:Sat 5 Oct 2024 21:30}}.",
    "Film taken in the incubator in bed space 7, {{facility:Liverpool Women's Hospital}} "
    "neonatal unit, before transfer to {{facility:Alder Hey Children's Hospital}}.",
    "Dr {{name:Florence Adeyemi-Clarke}} reviewed the abdominal film: pneumatosis, portal "
    "venous gas; NEC Bell stage IIB; surgeon {{name:Hamish Drummond}} attending.",
    "Mum ({{name:Jade Whitlock}}, 17) consented for the laparotomy; her mother "
    "{{name:Carol Whitlock}} also present.",
]

# --- PICU portable films, ECMO runs and line checks ----------------------------------------------

PICU_ECMO = [
    "PICU PORTABLE CXR | {{name:RAHMAN, AYAAN}} | MRN {{id:40082275}} | DOB "
    "{{date:17/05/2019}} | bed 11",
    "VA ECMO day 3 for {{name:Sofia Lindgren}}: cannulae in the right IJ and right common "
    "carotid; near white-out of both lungs; ECMO specialist {{name:Dominic Asante}} on the "
    "circuit.",
    "Cannula position rechecked after the move to the cath lab on {{date:2025-01-08 14:10}}; "
    "perfusionist {{name:Wen-Li Zhao}} confirmed flows.",
    "Broviac line placed {{date:02.12.2024}} by Mr {{name:Oisín Cullinane}}; tip at the "
    "cavo-atrial junction.",
    "Device serial {{id:PM-88410276}} (epicardial pacing wires, {{name:Madeleine Ashworth}}) "
    "is noted on today's film, lead fracture not seen.",
    "Child {{name:Bailey-Rae Thompson}}, 4 years, with ARDS after influenza; oscillator "
    "started {{date:Wednesday 20 November 2024}} at {{facility:Starship Children's Hospital}}.",
    "Intensivist Dr {{name:Rangi Tūhoe-Parata}} asked for a repeat film at 16:00 after the "
    "recruitment manoeuvre.",
    "Chest drain inserted by Dr {{name:Lindiwe Dube}} for a right empyema; pleural fluid to "
    "{{facility:Healius Pathology}} lab number {{id:PL-77520913}}.",
    "ECMO referral from {{facility:Royal Hospital for Children, Glasgow}} accepted by Dr "
    "{{name:Stuart MacLeod}} at 01:45 on {{date:9 Aug 2024}}.",
    "Post-op film for {{name:Harper Nguyen}} after Norwood stage 1: sternal wires intact, "
    "chest open, dressing over the wound; surgeon Ms {{name:Caldwell}} informed.",
    "ACCESSION {{id:PIC-25-003391}}  PATIENT {{name:WOJCIK, ZUZANNA}}  EXAM DATE "
    "{{date:02-MAR-2025}}  NGT tip below the diaphragm.",
    "NG tube placement confirmed on the film by {{name:Andrea Castellanos}}, RN, at 09:05; "
    "feeds may start.",
    "ECMO decannulation film {{date:11/03/2025 18:40}}: right neck clips only; lungs clearing. "
    "Dr {{name:Benedikt Hofstetter}} to review in the morning.",
    "The grandmother {{name:Maria José Figueira}}, who is the legal guardian, was told at the "
    "bedside by Dr {{name:Ines Barros}}.",
    "Transfer of the PICU films from {{facility:Hospital Pediátrico de Coimbra}} received by "
    "image link on {{date:2025-03-12}}.",
    "Tracheostomy tube (Shiley 3.5) for {{name:Mateo Villalobos}}, MRN {{id:PCH0331827}}; tip "
    "at T2; ENT consultant Dr {{name:Ruth Abernethy}} happy.",
]

# --- Pediatric emergency department chest films --------------------------------------------------

ED_CXR = [
    "PED ED CXR PA/LAT. Name: {{name:Marisol Echeverría}}  DOB: {{date:2016-10-30}}  Acc: "
    "{{id:ED24-559102}}  Ordered by {{name:Tobias Brandt}}, PA-C",
    'Foreign body aspiration query: 2-year-old {{name:Oliver "Ollie" Pemberton}} choked on a '
    "peanut at nursery; inspiratory/expiratory films show right air trapping.",
    "Bronchoscopy booked with Mr {{name:Adebayo Ogunleye}} for the {{date:14th of July 2024}}.",
    "Triage 23:11, {{date:Fri 13 Dec 2024}}: {{name:Kai Whitehorse}}, 9, wheeze and fever; CXR "
    "shows right middle lobe consolidation.",
    "Reviewed by Dr {{name:Anneliese Kowalczyk}} with the attending Dr {{name:Marcus Young}}; "
    "amoxicillin and home.",
    "COIN IN OESOPHAGUS at the thoracic inlet - {{name:Aarav Mehta}} (age 3) - ED consultant "
    "Dr {{name:Shona Baird}} informed 18:22.",
    "Button battery excluded on the film for {{name:Lily-Mae O'Driscoll}}; mother "
    "{{name:Gemma O'Driscoll}} reassured, discharge {{date:2/3/2025 20:05}}.",
    "Pt {{name:Jaxon Tremblay}}, {{id:ED-ENC 2024-887123}}, sickle cell acute chest syndrome: "
    "new left lower lobe opacity; haematology (Dr {{name:Folake Adisa}}) paged.",
    "Croup film (steeple sign) for {{name:Isla Hendry}} at "
    "{{facility:Royal Hospital for Sick Children, Edinburgh}}, {{date:Sunday 26 January 2025}}.",
    "The old film from {{facility:Forth Valley Royal Hospital}} dated {{date:2023-11-02}} "
    "showed the same subglottic narrowing.",
    "{{name:Brown, Tyler J.}} | ED | {{date:04/19/2025}} | CXR normal | no rib fractures | DC "
    "to mother {{name:Ashley Brown}}",
    "Dr {{name:Emeka Nwachukwu}} read the wet film at 02:50; formal report by Dr "
    "{{name:Christabel Yeo}} the following morning.",
    "Fall from trampoline, {{name:Noah Sterling}}, 11; lung contusion left; trauma nurse "
    "{{name:Vivienne Sato}} called the father on {{phone:(614) 555-0142}}.",
    "Patient arrived from {{facility:Mercy Health – Urbana Hospital}} with a disc of films; "
    "index image {{id:1.2.840.113619.2.404.3.2831162384.441.1710221187.9}}.",
    "Urgent: {{name:Amira Benali}} DOB {{date:03/08/2021}} swallowed a magnet set; see film at "
    "{{url:https://pacs-share.bramblewoodkids.org/s/7QK2mZ9x}}.",
]

# --- Cystic fibrosis and asthma clinic CTs and clinic lines --------------------------------------

CF_ASTHMA = [
    "CF CLINIC - CT CHEST (LOW DOSE, INSPIRATORY/EXPIRATORY). {{name:MACKENZIE, EILIDH ROSE}}  "
    "CHI {{id:0207118842}}  Scan {{date:15/04/2025}}",
    "Bronchiectasis in both upper lobes, mucus plugging worse than {{date:April 2023}}; Bhalla "
    "score 14. Reported by Dr {{name:Callum Reid}}.",
    "Annual review for {{name:Finn O'Callaghan}} (F508del homozygous) at "
    "{{facility:Children's Health Ireland at Crumlin}}; on Kaftrio since {{date:2022}}.",
    "CF nurse {{name:Niamh Gallagher}} will post the result to the family at "
    "{{address:22 Sycamore Lawn, Clondalkin, Dublin 22, D22 X7Y4}}.",
    "Sputum from {{name:Zara Hussain}} grew Pseudomonas; physio {{name:Aoife Brennan}} to "
    "increase airway clearance; next CT {{date:Jan 2026}}.",
    "Ms {{name:Robyn Castellano}} (mother of {{name:Gianluca}}) e-mailed "
    "{{email:robyn.castellano@fastmail.example}} asking whether the CT can be moved to a "
    "Saturday.",
    "ASTHMA CLINIC | {{name:Tariq Al-Masri}} | MRN {{id:30188406}} | CT {{date:2024-12-09}} | "
    "bronchial wall thickening, no bronchiectasis | Xolair continues",
    "Severe asthma service, {{facility:Royal Brompton Hospital}}: Dr "
    "{{name:Imogen Fairweather-Lacey}} reviewed the CT of {{name:Kwame Asare}} with the MDT on "
    "{{date:Thu 6 Feb 2025}}.",
    "Dad ({{name:Kofi Asare}}) asks for letters to go to "
    "{{email:kofi.asare.home@example.co.uk}}, not the post.",
    "Inhaler technique checked by {{name:Paulina Nowak}}, asthma nurse; spacer given; peak "
    "flow 190 L/min.",
    "Lung clearance index done {{date:3/11/2024}} at "
    "{{facility:Sheffield Children's Hospital}} lung function lab; LCI 11.2.",
    '{{name:Jasper Lincoln}} (CF, 15 years) prefers to be called "{{name:Jazz}}"; he '
    "attended the CT alone and consented himself.",
    "CT CHEST FOR CF: {{name:DUBOIS, CAMILLE}}, RAMQ {{id:DUBC 0862 1514}}, "
    "{{facility:CHU Sainte-Justine}}, le {{date:4 mars 2025}}.",
    "Fellow Dr {{name:Hélène Tremblay-Roy}} compared it with the study of {{date:2023-03-01}}: "
    "new mucus plugging in the left lower lobe.",
    "CF annual bloods and CT for {{name:Mia Schultz}} booked "
    "{{date:Tuesday 18 March 2025 at 08:30}}; call {{name:Tessa}} on the CF line "
    "{{phone:(03) 9345 5522}} to change it.",
    "The family ({{name:Brad}} and {{name:Kirra Schultz}}) moved to "
    "{{address:7 Banksia Court, Mildura VIC 3500}} and transport is arranged.",
    "Patient portal message from {{name:Leilani Kahale}} about her son's CT: "
    "{{url:https://mychart.kapiolanikids.example.org/msg/44021}}.",
    "Asthma action plan for {{name:Destiny Okoro}} sent to the GP practice, "
    "{{facility:Peckham Hill Surgery}}, on {{date:2 Oct 2024}}.",
]

# --- Child-protection skeletal survey and related notes ------------------------------------------

SAFEGUARDING = [
    "SKELETAL SURVEY (SAFEGUARDING) - {{name:PRICE, JAYDEN}} - MRN {{id:11820944}}",
    "Survey performed {{date:08/06/2024 10:00}} to {{date:08/06/2024 11:15}} by radiographers "
    "{{name:Hannah Sowerby}} and {{name:Olu Fashola}}, chaperoned by {{name:Stephanie Kaur}}, "
    "RN.",
    "Posterior rib fractures left 5th-7th with callus; classic metaphyseal lesion of the "
    "distal right femur. Dr {{name:Margaret Ellison-Hart}} (paediatric radiologist) verbal "
    "report to the child protection team at 12:10.",
    "Social worker {{name:Deborah Nakashima}}, referral number {{id:CSC-2024-061174}}, "
    "attended; police officer PC {{name:Gareth Lowe}} informed.",
    "Follow-up survey at 11 days scheduled {{date:19/06/2024}}; foster carer "
    "{{name:Janet Pickering}} to bring the child.",
    "Child-protection case {{id:CP 24/3318}}: infant {{name:Aaliyah Grant}}, 4 months, head CT "
    "and skeletal survey; mother {{name:Shanice Grant}} and partner {{name:Dwayne Foster}} "
    "present.",
    "The father, Mr {{name:Lewis Grant}}, is not to be given information (court order "
    "{{date:12 May 2024}}).",
    "Dr {{name:Anand Krishnamurthy}} (child protection paediatrician) requested a second "
    "opinion from {{facility:Great Ormond Street Hospital}}.",
    "Images sent via IEP to {{facility:GOSH}}; Dr {{name:Catriona Munro}} replied on "
    "{{date:Fri 24 May 2024}} agreeing with the metaphyseal fracture.",
    "Strategy meeting at the council offices, "
    "{{address:Civic Centre, 3 Market Square, Stockport SK1 3XE}}, {{date:28 May 2024 14:00}}.",
    "CPS caseworker {{name:Marissa Delgado}}, case {{id:TX-DFPS 5521890}}, phone "
    "{{phone:(512) 555-0167}}, e-mail {{email:m.delgado@dfps.texas.example.gov}}.",
    "Placement address for {{name:Brayden Holt}} from today: "
    "{{address:4108 Live Oak Bend, Round Rock, TX 78664}} (kinship, maternal aunt "
    "{{name:Crystal Holt}}).",
    "Do not release images to {{name:Travis Holt}} (alleged perpetrator); all requests through "
    "legal, {{email:legal.releases@dellchildrens.example.org}}.",
    "Expert witness report by Dr {{name:Philippa Wainwright}} FRCR, {{date:1 July 2024}}, for "
    "case {{id:FD24P00731}}.",
    "Nurse {{name:Gwen Morgan-Pryce}} noted bruising to the pinnae on arrival at 22:40; "
    "photographs uploaded to {{url:https://medphoto.uhw.example.wales/case/55819}}.",
]

# --- Sedation and general anaesthetic booking for imaging ----------------------------------------

SEDATION_BOOKING = [
    "SEDATION BOOKING: {{name:Elijah Mwangi}} (DOB {{date:2022-07-14}}) for CT chest under GA, "
    "{{date:Thursday 10 April 2025}}, list 2; anaesthetist Dr {{name:Ravi Subramaniam}}.",
    "Nil by mouth from 02:30 for solids; clear fluids until 07:30. Confirmation call to mum "
    "{{name:Wanjiru}} on {{phone:07700 900417}}.",
    "Chloral hydrate sedation for {{name:Ruby-Grace Ellery}} failed; rebooked with Precedex by "
    "{{name:Sunita Dhillon}}, sedation nurse, for {{date:22 Apr 2025}}.",
    "Booking ref {{id:SED-250422-07}} | {{name:ELLERY, RUBY-GRACE}} | weight 11.2 kg | ASA II "
    "| Koala Ward bed 4 for recovery",
    "GA slot offered by {{name:Jennifer Osei}} (booking coordinator) on "
    "{{date:05/05/2025 09:00}}; parents {{name:Tom}} and {{name:Priya Ellery}} accepted.",
    "Anaesthetic pre-assessment with Dr {{name:Francesca Bellucci}}: 22q11 deletion, previous "
    "difficult airway at {{facility:Evelina London Children's Hospital}}.",
    "Feed-and-wrap MRI/CT for the twins {{name:Hazel}} and {{name:Hope Achterberg}}, 6 weeks; "
    "slot 13:00 {{date:Mon 12 May 2025}}.",
    "Please send the consent form to the guardian, Mrs {{name:Lorraine Achterberg}}, at "
    "{{address:Flat 3, 19 Belgrave Road, Leicester LE4 6AR}}.",
    "GA CT for {{name:Ibrahim bin Hamzah}} cancelled on {{date:2025-05-20}} because of a URTI; "
    "rebooked by {{name:Nurul Izzati}} for {{date:2025-06-03}}.",
    "Father {{name:Hamzah bin Yusof}} requests an interpreter (Malay); contact "
    "{{phone:+60 12-555 0193}} or {{email:hamzah.yusof@example.my}}.",
    "Sedation audit line: {{name:Bethany Kowalski}}, {{id:ENC-7782014}}, intranasal "
    "dexmedetomidine 2 mcg/kg, scan complete, no desaturation.",
    "Anaesthetic chart signed by Dr {{name:Ekaterina Volkova}}, GMC {{id:7044128}}, and ODP "
    "{{name:Marcus Fenwick}}.",
]

# --- Parents' and guardians' contact details on request forms and demographics -------------------

GUARDIAN_CONTACTS = [
    "NEXT OF KIN: {{name:Rodrigo Esteves}} (father) {{phone:555-0136}} / "
    "{{name:Luana Esteves}} (mother) {{phone:555-0189}}",
    "Guardian: great-grandmother {{name:Mabel Fairclough}}, {{age:93}}, holds a special "
    "guardianship order; lives at {{address:27 Pennine View, Oldham OL4 2QS}}.",
    "Contact mum {{name:Ngozi Eze}} on {{phone:07700 900 582}}; dad {{name:Chukwuemeka Eze}} "
    "works nights, text only {{phone:07700 900 613}}.",
    "Parents separated; both have parental responsibility. Mother: "
    "{{name:Sarah-Jane Cuthbert}}, {{email:sj.cuthbert@example.com}}; father: "
    "{{name:Dean Cuthbert}}, {{email:deanc1982@example.net}}.",
    "Home address {{address:1142 Maple Ridge Dr, Apt 6B, Columbus, OH 43215}}; Medicaid ID "
    "{{id:OH 448190237}}.",
    "Emergency contact is the grandfather, {{name:Walter Nkemelu}}, aged {{age:91}}, on "
    "{{phone:(614) 555-0177}}.",
    "{{name:Elif Yıldız}} (mother) | Turkish interpreter | {{phone:+90 532 555 0148}} | "
    "{{email:elif.yildiz@example.com.tr}}",
    "Legal guardian: Mr {{name:Desmond Achebe}} (uncle), {{address:PO Box 3317, Lilongwe}}, "
    "Malawi; local contact {{name:Chioma Achebe}} {{phone:0113 496 0852}}.",
    "Foster carers {{name:Graham}} and {{name:Pauline Whitcombe}}, "
    "{{address:Ty Gwyn, Heol y Felin, Llandeilo SA19 6HT}}, tel {{phone:01558 555 014}}.",
    "Child lives with maternal great-grandmother ({{age:96}}) and grandmother (71); the "
    "latter, {{name:Dorothy Okwuosa}}, gives consent.",
    "Parent email on file: {{email:mahlangu.family@example.co.za}}; preferred language isiZulu.",
    "Dad's mobile changed to {{phone:0491 570 313}} (was {{phone:0491 571 266}}), updated by "
    "{{name:Shannon}} at reception {{date:17/02/2025}}.",
    "Insurance: {{id:BCBS XQH884102937}} (subscriber {{name:Marcus Delacroix}}, father); "
    "secondary CHIP {{id:CHP-55013826}}.",
    "Grandma {{name:Rosa Inés Villalobos}} (age {{age:90}}) is the main carer and speaks "
    "Spanish only.",
    "Parents: {{name:Aroha}} and {{name:Wiremu Ngata}}, "
    "{{address:58 Kowhai Street, Gisborne 4010}}, {{phone:021 555 0742}}.",
    "Demographics updated {{date:2025-03-03}}: new home "
    "{{address:Apartment 1203, 250 Queens Quay W, Toronto ON M5J 2N2}}; OHIP "
    "{{id:6518 442 907 KT}}.",
    "Mum {{name:Chanel Okonkwo-Baptiste}} and stepdad {{name:Lincoln Hayes}}; address "
    "{{address:17 Rue Saint-Denis, Montréal QC H2X 3K8}}; cell {{phone:514-555-0163}}.",
    "Kinship carer Aunty {{name:Maureen Walker}} at {{address:Lot 12, Yuendumu NT 0872}}; no "
    "landline, clinic messages to {{phone:(08) 8955 5021}}.",
]

# --- School, nursery and foster-care letters, clinic letters to families -------------------------

LETTERS = [
    "Dear Mrs {{name:Hollis}}, I am writing about {{name:Amelia}}'s chest X-ray of "
    "{{date:12 September 2024}}, which was normal.",
    "To the school nurse, {{address:40 Orchard Lane, Reading RG30 2LP}}: {{name:Ethan Marsh}} "
    "may use his Ventolin inhaler before PE.",
    "Letter copied to the foster agency social worker, Ms {{name:Adwoa Mensah}}, and to the "
    "carers at {{address:9 Heather Close, Bracknell RG12 0XY}}.",
    "School letter | {{name:Sienna Castellanos}} | DOB {{date:29/02/2016}} | absent "
    "{{date:3-7 March 2025}} for CT and CF admission | signed Dr {{name:Julian Oakes}}",
    "Dear Parent/Guardian of {{name:Maddox Reilly}}, your child's CT appointment on "
    "{{date:Wednesday 4 June 2025 at 09:15}} is at {{facility:Children's Hospital Colorado}}, "
    "Anschutz campus.",
    "Questions? Call radiology scheduling {{phone:720-555-0115}} or log in at "
    "{{url:https://mychart.childrenscolorado.example.org}}.",
    "Foster-care letter: {{name:Kayden Morris}} moved placement {{date:14/10/2024}}; new carer "
    "{{name:Lorna Fitzgerald}}, {{phone:07700 900 229}}; please update the CF team.",
    "Copy to the virtual school head, {{email:vsh@bracknell-forest.example.gov.uk}}, with "
    "consent of the local authority.",
    "I saw {{name:Oscar}} and his grandfather Mr {{name:Albert Dunmore}} ({{age:92}} and very "
    "sprightly) in the asthma clinic today.",
    "Dear Dr {{name:Petersen}}, thank you for referring {{name:Freya Holm}} (NHS "
    "{{id:485 777 3456}}) with recurrent chest infections.",
    "Her CT at {{facility:Birmingham Children's Hospital}} on {{date:18/11/2024}} showed right "
    "middle lobe bronchiectasis; primary ciliary dyskinesia is being excluded.",
    "Yours sincerely, Dr {{name:Abigail Thornbury}}, Consultant Paediatric Respiratory "
    "Physician, cc Mr and Mrs {{name:Holm}}, {{address:2 Mill Race, Warwick CV34 4RN}}.",
    "Letter to the nursery for {{name:Summer Blackwood}}: oxygen cylinder handling trained by "
    "{{name:Julie Ansell}}; review {{date:Jan 2025}}.",
    "To whom it may concern: {{name:Luis Alberto Paredes}}, student at the high school at "
    "{{address:1800 S Grand Ave, Los Angeles, CA 90015}}, had a normal chest X-ray on "
    "{{date:March 3, 2025}} for TB screening.",
    "Signed Dr {{name:Maribel Ocampo}}, {{facility:Children's Hospital Los Angeles}}, license "
    "{{id:A 165520}}.",
]

# --- Genetic syndrome clinics quoting chest imaging ----------------------------------------------

GENETICS = [
    "GENETICS CLINIC: {{name:Zoe Abramowitz}}, Turner syndrome (45,X), CT aorta "
    "{{date:2024-09-16}} shows a bicuspid valve and mild coarctation; geneticist Dr "
    "{{name:Miriam Sokolov}}.",
    "Marfan clinic | {{name:HOLLOWAY, CONNOR J}} | MRN {{id:22019374}} | pectus excavatum, "
    "Haller index 4.1 on CT {{date:07/01/2025}}",
    "Williams syndrome follow-up for {{name:Grace Liang}}: supravalvar aortic stenosis; CT "
    "angiogram at {{facility:Texas Children's Hospital}} on {{date:January 21, 2025}}.",
    "Down syndrome review: {{name:Samuel Adeyemi}}, 7, recurrent pneumonias; CXR "
    "{{date:11/02/2025}}; genetic counsellor {{name:Harriet Boland}} saw the parents.",
    "Noonan syndrome (PTPN11) in the twins {{name:Aoife}} and {{name:Orla Brennan-Walsh}}; "
    "chest films before cardiac surgery, {{date:Tue 15 Oct 2024}}.",
    "Exome result from {{facility:Great Ormond Street Hospital Regional Genetics Laboratory}}, "
    "lab ID {{id:GOSH-G24-018827}}, confirms FLNA variant.",
    "Counsellor {{name:Yuki Tanabe-Morris}} ({{email:y.tanabe-morris@sickkids.example.ca}}) "
    "will send the family letter and the familial testing kit.",
    'Family tree: paternal great-grandfather, {{age:94}}, had a "heart operation"; father '
    "{{name:Devon Marsh-Okafor}} is tall with lens dislocation.",
    "DiGeorge (22q11.2 deletion) clinic: {{name:Arjun Pillai}}, thymic shadow absent on CXR "
    "{{date:4 Dec 2024}}; immunology Dr {{name:Kavita Rao}}.",
    "Jeune syndrome: narrow bell-shaped thorax on the films of {{name:Eliana Baptiste}}; MRN "
    "{{id:64411093}}; skeletal dysplasia MDT {{date:2025-02-27}}.",
    "Beckwith-Wiedemann surveillance, {{name:Theo Gallagher-Quinn}}: abdominal US and CXR at "
    "{{facility:Cincinnati Children's Hospital Medical Center}}, {{date:Mar 4 2025}}.",
    "Grandmother ({{age:90}}) also attended; mother {{name:Bridget Gallagher}} asked for "
    "results by e-mail at {{email:bridget.gq@example.org}}.",
]

# --- Transport-team notes and referral calls -----------------------------------------------------

TRANSPORT = [
    "TRANSPORT: referral from {{facility:Wagga Wagga Base Hospital}} 03:20, "
    "{{date:18/08/2024}}; 2-day-old Baby of {{name:Chloe Kennedy}}.",
    "NETS call {{id:NETS-24-09317}}: term baby, meconium aspiration, iNO started; retrieval "
    "team Dr {{name:Hamish Rowe}} and {{name:Leanne Coutts}}, RN.",
    "Referring doctor Dr {{name:Aditi Sharma}} sent the CXR to the conference line; image link "
    "{{url:https://nets.example.org.au/img/KX77Q2}}.",
    "Transport run {{id:KIDS-2025-00482}} | {{name:OSEI-BONSU, KWAKU}} | from "
    "{{facility:Luton and Dunstable University Hospital}} to "
    "{{facility:Addenbrooke's Hospital}} PICU",
    "Team leader {{name:Rebecca Okonjo}} noted ETT at the right main bronchus on the "
    "pre-transfer film; repositioned before departure 05:10.",
    "Mother {{name:Efua Osei-Bonsu}} travelled separately; her mobile {{phone:07700 900 744}}.",
    "Fixed-wing retrieval from Broome, {{date:Sun 2 Feb 2025}}, for {{name:Jedda Roe}}, 6 "
    "months, bronchiolitis on high-flow; retrieval doctor {{name:Nils Kristiansen}}.",
    "Accepting consultant at {{facility:Perth Children's Hospital}}: Dr "
    "{{name:Adelaide Quinlivan}}; family contact aunty {{name:Marlene Roe}} "
    "{{phone:0491 572 549}}.",
    "ECMO transport from {{facility:University Hospital of Wales}} to "
    "{{facility:Glenfield Hospital}}: mobile ECMO team led by {{name:Piotr Zieliński}}.",
    "Handover {{date:2024-12-30 22:45}} to Ms {{name:Fiona Clegg}}, PICU nurse in charge.",
    "Ambulance crew {{name:Darren Yates}} and {{name:Sione Havili}}; CAD incident "
    "{{id:7740318}}; CXR taken on arrival in resus 2.",
]

# --- Radiology-nurse phone logs and terse messages -----------------------------------------------

PHONE_LOG = [
    "09:12 rang mum ({{name:Kerry-Ann}}) re CT prep for {{name:Lewis Barraclough}}, no answer, "
    "left VM on {{phone:07700 900 391}}. {{name:JT}}",
    "10:40 {{date:3/3/25}} call back from dad {{name:Mohammed Sheikh}} - child has cold - CT "
    "under GA moved to {{date:17/3/25}}. {{name:S. Okeke}} RN",
    "Phone log {{date:Tue 21 Jan 2025}} | caller: foster carer {{name:Irene Coombes}} | re: "
    "{{name:Tyler-James}} sedation | {{phone:01632 960 438}} | advised NBM times",
    "Missed call from {{phone:(02) 5550 3126}} - grandmother {{name:Lupe Taufa}} about the BPD "
    "follow-up film; returned 14:05 by {{name:Merewyn}}.",
    "RN {{name:Caitlin Doherty}} spoke to the GP surgery "
    "({{facility:Elm Tree Medical Practice}}, {{phone:0161 496 0317}}) to confirm Synagis "
    "dates.",
    "Text to parent {{phone:07700 900 156}}: \"Hi, this is {{name:Becky}} from the children's "
    "X-ray department, {{name:Alfie}}'s appointment is tomorrow at 10:30.\"",
    "Voicemail from {{name:Jolene Harper}} (mum of {{name:Kaylee}}) asking for the CD of the "
    "films from {{date:Nov 12}}; CD request {{id:ROI-24-13309}}.",
    "Called {{name:Anh Tran}} with interpreter (Vietnamese, ID {{id:INT-40917}}) about the "
    "sedation consent for {{name:Bao Tran}}.",
    "RADIOLOGY NURSE LOG {{date:14/05/2025}}: 11:20 MRS {{name:OYELARAN}} RANG, SON "
    "{{name:DAMILOLA}} WHEEZY, CT STILL OK PER DR {{name:PATEL}}.",
    "Emailed the pre-sedation checklist to {{email:ashleigh.morgan.1990@example.com}} (mum of "
    "{{name:Harvey Morgan}}) at 15:02.",
    'Parent replied from {{email:dad.ofthreeboys@example.net}}: "{{name:Finley}} had his last '
    'feed at 6".',
    "Spoke with school nurse {{name:Meredith Quayle}} "
    "({{email:mquayle@schoolnurses.example.org}}) about {{name:Jayla}}'s oxygen at school.",
    "Ward clerk {{name:Sanjay}} added the new number for {{name:Poppy Lindsay}}'s mum: "
    "{{phone:+44 7700 900 912}}.",
    "Unable to reach guardian Ms {{name:Priscilla Nwosu}} on {{phone:020 7946 0372}}; letter "
    "sent to {{address:Flat 12, Kendal House, Priory Road, London N8 7HR}}.",
]

# --- PACS, RIS, HL7, DICOM and audit lines -------------------------------------------------------

SYSTEMS = [
    "PID|1||{{id:70044183}}^^^BCH^MR||{{name:OKAFOR^BABY "
    "GIRL^A}}||{{date:20240302}}|F|||{{address:88 Station Rd^^Hornchurch^^RM12 4BT}}",
    "NK1|1|{{name:OKAFOR^ADAEZE}}|MTH|{{address:88 Station Rd^^Hornchurch^^RM12 "
    "4BT}}|{{phone:07700900281}}",
    "OBR|1|{{id:ORD889120}}|{{id:NIC24-118305}}|XR CHEST ABDO NEONATAL|||{{date:202403040512}}",
    "PV1|1|I|NICU^POD2^07|||||{{name:QUINTANILLA^RAFAEL}}",
    "Modality worklist: portable DR unit PORT-NICU-2 at {{ip:10.40.12.87}} sent 4 images to "
    "the PACS archive {{ip:10.40.1.20}}.",
    "DICOM StudyInstanceUID {{id:1.2.826.0.1.3680043.8.498.11847729351063582940}} | "
    "PatientName {{name:PRICE^JAYDEN}} | PatientBirthDate {{date:20231114}}",
    "AUDIT {{date:2025-02-11T08:14:55Z}} user {{name:mfalkner}} viewed study "
    "{{id:PIC-25-003391}} from {{ip:172.16.44.109}}.",
    "AUDIT {{date:2025-02-11T08:19:02Z}} user {{name:dnakashima}} exported images for case "
    "{{id:CP 24/3318}} from workstation {{ip:172.16.44.152}}.",
    "Parent portal login for {{name:Robyn Castellano}} from {{ip:203.0.113.45}} on "
    "{{date:2025-03-19 21:07}}.",
    "Portal session from {{ip:198.51.100.23}} flagged: proxy access by {{name:Travis Holt}} "
    "blocked (safeguarding flag).",
    "Teleradiology overnight: images routed to the reporting hub at {{ip:192.0.2.61}}; "
    "radiologist Dr {{name:Mei-Ling Chua}} logged in 01:13.",
    "Image share link {{url:https://share.childrenshealth.example.org/v/92d1f0c4}} created for "
    "the transport team, expires in 72 h.",
    "Referral video call: {{url:https://meet.kidstransport.example.net/room/nicu-4471}} (PIN "
    "3392).",
    "CD import from the outside hospital: source AE EXT_PACS_03 at {{ip:10.8.200.14}}, patient "
    "{{name:Harrison Kettleborough}}, {{id:RBS0017722}}.",
    "ROUTER LOG: {{ip:10.40.12.88}} (portable DR, PICU) lost connection at 03:40; "
    "{{ip:10.40.12.89}} (NICU pod 3) OK.",
    "HL7 ORU sent to the CF registry endpoint "
    "{{url:https://cfregistry.example.org/api/v2/submit?site=BRM&pt=30188406}}.",
    "Accession {{id:ED24-559102}} | {{name:ECHEVERRIA^MARISOL}} | read by {{name:kowalczyka}} "
    "| workstation {{ip:10.12.7.33}}",
    "VPN access by the on-call radiologist Dr {{name:Gareth Pryce-Jones}} from home IP "
    "{{ip:81.2.69.160}} at 02:14.",
    "Orthanc node {{ip:10.55.0.7}} forwarded the skeletal survey series ({{id:SS-24-0612}}) to "
    "the child protection archive.",
    "Mobile X-ray unit MX-3 (Koala Ward) at {{ip:10.40.14.21}} failed to send; radiographer "
    "{{name:Ben Okoro}} re-sent from {{ip:10.40.14.22}}.",
    "Web viewer link for the PICU consultant: "
    "{{url:https://pacsweb.bramblewoodkids.example.org/viewer?acc=PIC-25-003391}}.",
    "Failed login x5 for user {{name:jwhitlock}} from {{ip:203.0.113.201}}; account of the "
    "adolescent patient's mother locked {{date:2025-01-06 02:31}}.",
    "DICOM SR sent from the CF clinic scanner ({{ip:10.33.8.40}}) to the research node "
    "{{ip:10.33.8.41}}, study of {{name:MACKENZIE^EILIDH^ROSE}}.",
    "Downtime log: RIS at {{url:https://ris.childrens.example.net/worklist}} unavailable "
    "04:00-04:40, films of {{name:Sofia Lindgren}} printed.",
    "Patient address in the RIS was "
    "{{address:Unit 4, 12-14 Harbour Street, Wollongong NSW 2500}}; corrected by "
    "{{name:Meg Tran}} to {{address:44 Crown Street, Wollongong NSW 2500}}.",
]

# --- Parent portal messages, e-mails and web links -----------------------------------------------

PORTAL_AND_EMAIL = [
    "From: {{email:kirra.schultz@example.com.au}} To: {{email:cf.nurses@rch.example.org.au}} "
    "Subject: {{name:Mia}}'s CT next week",
    "Hi {{name:Tessa}}, can {{name:Mia}} have the CT after school? My husband {{name:Brad}} "
    "can bring her. Thanks, {{name:Kirra}} ({{phone:0491 573 770}})",
    "Reply from {{email:radiology.bookings@bramblewoodkids.example.org}}: the CT for "
    "{{name:Gianluca Castellano}} is now {{date:Sat 29 Mar 2025 10:00}}.",
    "Portal message thread "
    "{{url:https://portal.bramblewoodkids.example.org/messages/thread/118204}} - mother asks "
    "about radiation dose.",
    "Dr {{name:Callum Reid}} ({{email:callum.reid2@nhs.example.scot}}) answered: the low-dose "
    "CF protocol gives about 1 mSv.",
    "Video link for the genetics review with {{name:Zoe Abramowitz}}'s parents: "
    "{{url:https://telehealth.lurie.example.org/join/ZA-77813}}.",
    "Uploaded by parent: photo of the home oxygen concentrator, "
    "{{url:https://photos.example.com/share/4hT9xPq2}} (saved to the record by "
    "{{name:Kylie Armstrong}}).",
    "Consent e-form for the skeletal survey signed by social worker "
    "{{email:deborah.nakashima@stockport.example.gov.uk}} at {{date:08/06/2024 09:41}}.",
    "Forwarded to {{email:safeguarding.team@bramblewoodkids.example.org}} and "
    "{{email:named.doctor.cp@bramblewoodkids.example.org}} from {{ip:172.16.30.4}}.",
    "Foster carer {{name:Lorna Fitzgerald}} (login {{name:lfitzgerald}}) opened the "
    "appointment letter at {{date:2024-10-20 19:33}} from {{ip:86.14.201.77}}.",
    "Patient's teenage sister {{name:Keisha}} e-mailed from {{email:keishaaaa.b@example.com}}; "
    "not a proxy, no information given.",
    "{{name:Jazz}} ({{name:Jasper Lincoln}}'s portal handle "
    "{{url:https://mycf.example.org/u/jazzlincoln08}}) asked to see his own CT report.",
    "Dad wrote from {{email:wiremu.ngata@example.co.nz}}: \"Can you send {{name:Tama}}'s "
    'X-rays to {{facility:Gisborne Hospital}}?"',
    "Images pushed to {{facility:Gisborne Hospital}} PACS gateway {{ip:10.201.9.15}} by "
    "{{name:Hemi Walker}}, {{date:2025-04-02}}.",
    "Remote reporting session for Dr {{name:Catriona Munro}} from {{ip:192.0.2.188}} via "
    "{{url:https://irad.gosh.example.nhs.uk/session/CM2405}}.",
    "School-nurse portal {{url:https://schoolhealth.example.org/student/883201}} updated with "
    "{{name:Jayla Freeman}}'s oxygen plan.",
    "Link for the family to book the sedation pre-call: "
    "{{url:https://book.bramblewoodkids.example.org/sed?ref=SED-250422-07&p=ellery}}.",
    "Legal request received at {{email:subject.access@alderhey.example.nhs.uk}} from solicitor "
    "{{name:Imran Qadir}} for {{name:Harrison Kettleborough}}'s images.",
    "Transport team WhatsApp link {{url:https://chat.example.com/g/NETS-night-roster-Feb}} "
    "must not carry patient images (incident {{id:DATIX 229184}}).",
    "Interpreter booking e-mail sent to {{email:languages@cincykids.example.org}} for "
    "{{name:Ayesha Rahimi}}, Dari, {{date:5/14/2025 13:00}}.",
]

# --- Elderly grandparents and great-grandparents named as carers or in family history ------------

GRANDPARENTS = [
    "Accompanied by great-grandmother {{name:Edna Mulholland}}, {{age:95}}, who uses a "
    "wheelchair; lift access arranged.",
    "Family history: paternal grandfather died aged {{age:97}} of lung fibrosis; grandmother "
    "alive at 84.",
    "Consent could not be taken from the great-grandfather ({{age:99}}), who has dementia; the "
    "local authority gave consent.",
    "Great-nana, {{age:91}}, is the main daytime carer of the twins and attended the BPD "
    "clinic with them.",
    "Kinship carer: {{name:Ignatius Mbeki-Dlamini}}, great-grandfather, {{age:92}} years, "
    "{{address:31 Jacaranda Avenue, Pietermaritzburg 3201}}.",
    "Social history: lives with mum, two siblings and great-grandma ({{age:90}}) who smokes "
    "indoors; advice given.",
    "Genetics pedigree: maternal great-aunt with Marfan features lived to {{age:93}}; no "
    "aortic events recorded.",
    "The grandmother is {{age:104}} and lives in {{facility:Rosewood Park Care Home}}; she is "
    "not a contact.",
    "Great-grandad {{name:Wilfred Pennington}} ({{age:96}}) brought {{name:Archie}} to ED "
    "after the choking episode.",
    "Guardian aged {{age:90}} lives alone at {{address:6 Almshouse Row, Tewkesbury GL20 5AB}}; "
    "social worker asked to review support.",
    "Grandpa {{name:Hiroshi Tanabe}}, {{age:94}}, asked that results be explained in Japanese.",
    "Pedigree note: great-grandmother with Williams-like features died at {{age:98}} in "
    "{{date:2016}}.",
    "Family photo for the Turner clinic shows four generations, the eldest {{age:97}}.",
    "GREAT-GRANDMOTHER (GUARDIAN) AGE {{age:93}} - HEARING IMPAIRED - PLEASE WRITE QUESTIONS DOWN.",
]

# --- Reports, addenda and impressions with more than one span ------------------------------------

REPORTS_MIXED = [
    "ADDENDUM {{date:09/06/2024 08:05}}: on review with Dr {{name:Anand Krishnamurthy}}, the "
    "left 6th rib fracture is also healing; no change to the impression.",
    "IMPRESSION: Bronchiolitis pattern. Discussed with the ED registrar Dr "
    "{{name:Olamide Fashanu}} at 19:40 on {{date:11 Dec 2024}}.",
    "CRITICAL RESULT: tension pneumothorax in {{name:Bilal Chaudhry}} (MRN {{id:52300781}}), "
    "called to {{name:Charlotte Beaumont}}, PICU charge nurse, read-back confirmed.",
    "Comparison: outside CT {{date:Aug 2023}} "
    "({{facility:Nemours Children's Hospital, Delaware}}), uploaded by the family from "
    "{{url:https://imagesharing.example.com/c/nemours/88A1}}.",
    "FINAL REPORT - {{name:LEBLANC, NATHAN}} - {{date:DEC 02 2024}} - CT CHEST W/ CONTRAST - "
    "PECTUS CARINATUM, NO MASS. {{name:R. AMBROSE}}, MD",
    "Patient transferred from {{facility:Children's Mercy Kansas City}}; home address on the "
    "outside request {{address:2217 Prairie Fire Ln, Olathe, KS 66062}}.",
    "Provisional report by the registrar {{name:Yusuf Demir}}, verified by Dr "
    "{{name:Lena Hartmann}} {{date:Mon 17 Feb 2025 11:42}}.",
    "Mediastinal mass in {{name:Tamsin Hargreaves}}, 13; oncology (Dr {{name:Niall Forde}}) "
    "and anaesthesia told not to lie her flat; biopsy at {{facility:Leeds General Infirmary}}.",
    "Family-held record for {{name:Precious Mahlangu}}: home-oxygen diary at "
    "{{url:https://homeo2.example.org.au/diary/PM240103}}, last entry {{date:2025-02-14}}.",
    "Report for {{name:Marisol Echeverría}} released to the family app "
    "{{url:https://app.kidshealth.example.org/r/ED24559102}} after the 36-hour embargo.",
    "Consent video recorded for the research CT of {{name:Finn O'Callaghan}}, link "
    "{{url:https://vault.example.ie/consent/crumlin/FOC-0719}}.",
    "Dad's GoFundMe page for the ECMO stay "
    "({{url:https://gofund.example.com/f/sofia-ecmo-fight}}) quotes the CT report; the family "
    "were advised by {{name:Dominic Asante}}.",
    "Great-grandmother {{name:Agnes McTavish}}, {{age:92}}, asked for the skeletal survey "
    "result to be explained to her; court guardian {{name:Ruaridh McTavish}} present.",
]

# --- NICU films with no PHI ----------------------------------------------------------------------

CLEAN_NICU = [
    "NICU PORTABLE CHEST AND ABDOMEN (BABYGRAM).",
    "ETT tip at T2, 1 cm above the carina.",
    "UVC tip projects over T9, at the junction of the IVC and right atrium.",
    "UAC tip at T7; high position, satisfactory.",
    "UAC tip at L4, low position; the high position (T6-T9) is preferred on this unit.",
    "The UVC is looped in the umbilical vein and projects over the liver; recommend withdrawal "
    "by 1.5 cm.",
    "Replogle tube coiled in the upper oesophageal pouch at T2, in keeping with oesophageal "
    "atresia.",
    "Gas in the bowel beyond the stomach indicates a distal tracheo-oesophageal fistula (type C).",
    "Bilateral fine granular opacity with air bronchograms and low lung volumes, typical of "
    "surfactant deficiency.",
    "Appearances of RDS have improved after the second dose of Curosurf.",
    "Coarse reticular opacities with cystic lucencies and hyperinflation: established BPD "
    "(Northway stage III pattern).",
    "Streaky perihilar opacities and fluid in the horizontal fissure, in keeping with "
    "transient tachypnoea of the newborn.",
    "Patchy asymmetric opacities with hyperinflation, compatible with meconium aspiration.",
    "Small right pneumothorax at the anterior base, best seen on the cross-table lateral view.",
    "Pneumomediastinum with the spinnaker sail sign elevating the thymic lobes.",
    "Pulmonary interstitial emphysema in the left lung on HFOV.",
    "PICC tip at the level of T4, projected over the SVC.",
    "Long line tip in the right axillary vein; not central.",
    "NG tube tip in the stomach.",
    "OG tube tip in the distal oesophagus; advance 2 cm.",
    "Double bubble sign with no distal gas: duodenal atresia, common in Down syndrome.",
    "Dilated loops of bowel with pneumatosis intestinalis; portal venous gas present. Bell "
    "stage IIB NEC.",
    "No free gas on the left lateral decubitus view.",
    "Heart size normal for age; thymic shadow prominent, normal in a neonate.",
    "Boot-shaped heart with an upturned apex and oligaemic lungs, consistent with tetralogy of "
    "Fallot.",
    "Egg-on-a-string cardiac silhouette: transposition of the great arteries is suspected.",
    "Film taken in the Giraffe OmniBed; artefact from the incubator lid overlies the right "
    "upper zone.",
    "ECG leads and temperature probe overlie the chest.",
    "Silverman-Andersen score 6 at 2 hours of age; CPAP continued.",
    "Baby born at 26+4 weeks, now day 3, on SIPPV via the Dräger Babylog VN500.",
    "Corrected gestational age 36 weeks; weight 1.9 kg.",
    "The 3-day-old was moved from NICU pod 2 to the special care nursery, cot 14.",
    "Surfactant (poractant alfa, 200 mg/kg) given via LISA at 01:10.",
    "CRIB II score 11.",
    "No change in line positions since the 06:00 film.",
    "Both twins imaged in the same incubator sweep; labels checked by two staff.",
    "Twin A: UVC satisfactory. Twin B: UVC in the portal venous system.",
    "Right upper lobe collapse after extubation; physiotherapy suggested.",
    "Caffeine citrate continues.",
    "Oxygen requirement at 36 weeks corrected defines moderate BPD.",
]

# --- PICU, ECMO and cardiac films with no PHI ----------------------------------------------------

CLEAN_PICU = [
    "PICU PORTABLE CXR, AP SUPINE.",
    "VA ECMO: arterial cannula tip at the origin of the brachiocephalic artery, venous cannula "
    "tip in the right atrium.",
    "VV ECMO via a double-lumen Avalon cannula in the right IJ; tip in the IVC.",
    "Near complete opacification of both lungs, expected on ECMO with rest settings.",
    "Cardiohelp console with a Quadrox oxygenator; circuit tubing overlies the right chest.",
    "Sternal wires intact; chest left open after the Norwood procedure, with a Silastic patch.",
    "Blalock-Taussig shunt clip projected over the right upper mediastinum.",
    "Berlin Heart EXCOR cannulae in satisfactory position.",
    "Pacing wires overlie the anterior mediastinum.",
    "Broviac line tip at the cavo-atrial junction.",
    "Hickman line tip in the lower SVC; no pneumothorax after insertion.",
    "Port-A-Cath reservoir in the left chest wall; catheter tip at T6.",
    "Tracheostomy tube (Shiley 4.0 paediatric) tip at T2, well above the carina.",
    "Bilateral diffuse airspace disease, in keeping with paediatric ARDS (PALICC criteria).",
    "Left pleural effusion with loculation; ultrasound shows septations.",
    "Right chest drain (12 Fr Seldinger) in situ, tip at the apex; small residual pneumothorax.",
    "Pneumatoceles in the right lower lobe after staphylococcal pneumonia.",
    "Round pneumonia in the left lower lobe; no effusion.",
    "Oscillator settings: MAP 18, amplitude 35, frequency 10 Hz.",
    "Nitric oxide at 20 ppm.",
    "PEWS 7 on Kangaroo Ward before transfer to PICU.",
    "Bed 11, PICU pod B.",
    "Portable film at 16:00 after the recruitment manoeuvre shows improved aeration.",
    "Diaphragm elevated on the right after cardiac surgery: ? phrenic nerve palsy; fluoroscopy "
    "sniff test advised.",
    "Cardiothoracic ratio 0.62; pulmonary plethora, in keeping with a left-to-right shunt.",
    "Scimitar sign: anomalous vein draining the right lung into the IVC.",
    "ECMO decannulation film: vascular clips in the right neck only.",
    "Milrinone and adrenaline infusions continue.",
    "Intubated with a 4.5 cuffed Microcuff tube.",
    "The ECMO specialist and perfusionist confirmed circuit flows.",
]

# --- Pediatric emergency department lines with no PHI --------------------------------------------

CLEAN_ED = [
    "PED ED CXR PA AND LATERAL.",
    "Right middle lobe consolidation; no effusion.",
    "No focal consolidation. Peribronchial cuffing in keeping with viral illness or reactive "
    "airways.",
    "Inspiratory and expiratory views show air trapping in the right lung: inhaled foreign "
    "body likely.",
    "Left lateral decubitus view: the dependent left lung fails to deflate.",
    "Coin projected over the thoracic inlet, en face on the AP view, in keeping with an "
    "oesophageal location.",
    "Double-ring (halo) sign: this is a button battery until proven otherwise; urgent ENT "
    "referral.",
    "Two magnets seen in the left upper quadrant, possibly attracting across bowel walls.",
    "Steeple sign on the AP neck film, consistent with croup.",
    "Thumbprint sign of the epiglottis; airway team called.",
    "Westley croup score 4; dexamethasone 0.15 mg/kg given.",
    "PRAM score 8 on arrival, 3 after three back-to-back salbutamol nebulisers.",
    "New left lower lobe opacity in a child with sickle cell disease: acute chest syndrome.",
    "Lung contusion in the left lower zone after the trampoline fall; no rib fracture.",
    "No pneumothorax; no mediastinal widening.",
    "Round left upper zone opacity in a 5-year-old: round pneumonia favoured over mass; "
    "follow-up film in 6 weeks.",
    "Thymic sail sign noted, normal at this age.",
    "Hyperinflation with flattened diaphragms, consistent with acute asthma.",
    "Pneumomediastinum after a severe asthma attack; no pneumothorax.",
    "The wet read at 02:50 agrees with the formal report.",
    "Discharged home on amoxicillin 90 mg/kg/day in two doses.",
    "Triage category 2 (Manchester orange).",
    "Seen in the paediatric resus bay, cubicle 3.",
    "The ED registrar discussed the film with the on-call radiologist.",
    "Ventolin 6 puffs via spacer every 20 minutes for three doses.",
    "The child is 22 months old and was playing with a toy when the choking started.",
    "Bilateral hilar lymphadenopathy; consider TB in the context of a household contact.",
    "Mantoux and Quantiferon requested; public health informed.",
    "Sedation not required for the chest film.",
    "Immobilised in the Pigg-O-Stat for the erect film.",
    "Lateral neck soft tissues normal.",
    "Bronchoscopy booked with ENT for tomorrow.",
]

# --- CF and asthma clinic CT lines with no PHI ---------------------------------------------------

CLEAN_CF_ASTHMA = [
    "CF CLINIC - CT CHEST, LOW DOSE, INSPIRATORY AND EXPIRATORY.",
    "Cylindrical bronchiectasis in both upper lobes with mucus plugging and tree-in-bud opacities.",
    "Bhalla score 14; Brody-II score 32.",
    "Mosaic attenuation on expiratory images, in keeping with small airways disease.",
    "Signet ring sign in the right upper lobe.",
    "Brasfield score 19 on the annual chest film.",
    "Chrispin-Norman score 6.",
    "No change in bronchiectasis compared with the previous annual CT.",
    "On Kaftrio (elexacaftor/tezacaftor/ivacaftor) with marked improvement in mucus plugging.",
    "Kalydeco continues for the G551D allele.",
    "Pulmozyme nebulised daily and hypertonic saline 7% twice daily.",
    "Tobi Podhaler for chronic Pseudomonas aeruginosa; Cayston in alternate months.",
    "Sputum culture: Staphylococcus aureus and Haemophilus influenzae.",
    "Allergic bronchopulmonary aspergillosis is suspected: central bronchiectasis with "
    "high-attenuation mucus.",
    "Lung clearance index 11.2 (upper limit of normal 7.9).",
    "FEV1 78% predicted, GLI-2012 reference equations.",
    "Siemens SOMATOM Force, CF low-dose protocol v4, CTDIvol 0.9 mGy, DLP 22 mGy.cm.",
    "Scan in free breathing; no sedation required for a 9-year-old.",
    "Spirometry-controlled CT was not possible; the child could not hold her breath.",
    "ASTHMA CLINIC - CT CHEST.",
    "Bronchial wall thickening, no bronchiectasis, no mucoid impaction.",
    "Severe asthma service MDT: biologic therapy with Xolair continues; Nucala considered.",
    "Flovent 125 mcg two puffs twice daily via AeroChamber; Singulair 5 mg at night.",
    "QVAR was changed to Symbicort maintenance and reliever therapy.",
    "Inhaler technique checked; peak flow 190 L/min.",
    "Exhaled nitric oxide 48 ppb.",
    "ACT score 14, poorly controlled.",
    "Primary ciliary dyskinesia with situs inversus (Kartagener syndrome) excluded on nasal "
    "nitric oxide.",
    "Middle lobe bronchiectasis in a child with recurrent chest infections; PCD genetics "
    "requested.",
    "CT shows no evidence of tracheomalacia on the dynamic expiratory images.",
    "Airway clearance with the Acapella and the PEP mask, twice daily.",
    "Annual review: weight and BMI on the 40th centile.",
    "CF-related diabetes screening due.",
    "The CF nurse will post the result to the family.",
    "Sweat chloride 104 mmol/L.",
]

# --- Skeletal survey and child-protection lines with no PHI --------------------------------------

CLEAN_SAFEGUARDING = [
    "SKELETAL SURVEY (SAFEGUARDING) - PROTOCOL PER RCR/SCoR GUIDANCE.",
    "Posterior rib fractures left 5th to 7th with early callus formation.",
    "Classic metaphyseal lesion (bucket-handle fracture) of the distal right femur.",
    "Healing fracture of the right clavicle, estimated 2 to 3 weeks old.",
    "No skull fracture on the CT with 3D reconstruction.",
    "Follow-up skeletal survey at 11 days to look for healing fractures not seen initially.",
    "Dating of fractures is imprecise and is given as a range.",
    "Bone density normal for age; no features of osteogenesis imperfecta.",
    "Wormian bones are not present.",
    "Vitamin D, calcium, phosphate and ALP are requested.",
    "Two radiographers performed the survey with a chaperone present.",
    "The child protection team was informed by verbal report at 12:10.",
    "The named doctor for safeguarding has been informed.",
    "Images are to be released only through the legal department.",
    "Strategy meeting arranged by children's social care.",
    "The social worker and a police officer attended.",
    "Bruising to the pinnae and a torn frenulum were documented on arrival.",
    "Subdural haematomas of different densities on head CT.",
    "Second opinion requested from a paediatric radiologist at a tertiary centre.",
    "Siblings under 2 years are to have skeletal surveys.",
    "Skeletal survey view list: 2 chest views (AP and obliques), AP abdomen, humeri, forearms, "
    "hands, femora, tibiae, feet, lateral spine.",
    "No rib fractures on the oblique views.",
    "Metaphyseal corners are smooth; no periosteal reaction.",
    "The mother is 17 and attended with her own mother.",
    "Parental responsibility is held by the local authority under an interim care order.",
    "The child is in a foster placement; placement details are held by the social worker.",
    "Alleged perpetrator is not to be given information.",
    "Photographs taken by medical illustration and stored securely.",
    "The CP-IS flag is active on this record.",
    "Section 47 enquiry in progress.",
]

# --- Sedation and anaesthetic booking lines with no PHI ------------------------------------------

CLEAN_SEDATION = [
    "SEDATION BOOKING: CT CHEST UNDER GENERAL ANAESTHESIA.",
    "Nil by mouth: 6 hours for solids, 4 hours for breast milk, 1 hour for clear fluids.",
    "Clear fluids until 07:30.",
    "Chloral hydrate 50 mg/kg failed; rebook with intranasal dexmedetomidine (Precedex) 2 mcg/kg.",
    "Ketamine sedation is not offered for CT on this site.",
    "Feed-and-wrap technique for infants under 3 months.",
    "ASA II; weight 11.2 kg.",
    "Recovery on Koala Ward, bed 4.",
    "Day case admission to the Butterfly Day Unit at 07:00.",
    "GA list 2, CT scanner 1, Thursday morning.",
    "Difficult airway alert: 22q11 deletion with laryngeal web.",
    "Pierre Robin sequence: anaesthetist to use a videolaryngoscope.",
    "Cancelled because of an upper respiratory tract infection; rebook in 2 weeks.",
    "Interpreter requested (Malay).",
    "Anaesthetic consent taken by the anaesthetist; radiology consent by the radiologist.",
    "Play specialist to prepare the child with the toy scanner.",
    "EMLA cream applied 45 minutes before cannulation.",
    "No desaturation below 94%; scan complete in 4 minutes.",
    "Sedation audit: 42 cases this month, 3 failed sedations.",
    "The booking coordinator will phone the family two days before.",
]

# --- School, nursery, foster-care and clinic letters with no PHI ---------------------------------

CLEAN_LETTERS = [
    "Dear Parent/Guardian,",
    "Your child's chest X-ray was normal and no further tests are needed.",
    "He may use his reliever inhaler before PE and games.",
    "Please allow her to carry her Ventolin inhaler and spacer at school.",
    "She will be absent for a two-week CF admission for intravenous antibiotics.",
    "An oxygen cylinder will be kept at the nursery; staff have been trained in its use.",
    "The school nurse may contact the CF team through the hospital switchboard.",
    "Thank you for referring this 6-year-old girl with recurrent chest infections.",
    "Yours sincerely,",
    "Consultant Paediatric Respiratory Physician",
    "cc: GP; parents; school nurse (with consent).",
    "The virtual school head has been copied with the consent of the local authority.",
    "The carers have been given an asthma action plan in English and Polish.",
    "Please bring this letter and the red book to the appointment.",
    "Parking is available in car park C; the Butterfly Day Unit is on level 2.",
    "If your child has a cough or cold in the week before, please call to rearrange.",
    "To whom it may concern:",
    "The chest X-ray for TB screening showed no active disease.",
    "This letter may be shared with the school with the family's permission.",
    "She has Down syndrome and is followed in the Down syndrome clinic.",
    "Follow-up chest X-ray in 6 to 8 weeks to confirm resolution.",
    "Please send the CT report to the referring paediatrician.",
    "Her corrected age is 4 months; immunisations, including Synagis, are up to date.",
]

# --- Genetic syndrome clinic lines with no PHI ---------------------------------------------------

CLEAN_GENETICS = [
    "GENETICS CLINIC - CARDIOTHORACIC IMAGING REVIEW.",
    "Turner syndrome (45,X): bicuspid aortic valve and mild coarctation on CT angiography.",
    "Marfan syndrome: pectus excavatum, Haller index 4.1; aortic root Z-score 3.2.",
    "Williams syndrome: supravalvar aortic stenosis and peripheral pulmonary artery stenosis.",
    "Down syndrome (trisomy 21) with an atrioventricular septal defect repaired in infancy.",
    "Eleven pairs of ribs and a double manubrial ossification centre, both seen in Down syndrome.",
    "Noonan syndrome (PTPN11) with pulmonary valve stenosis.",
    "DiGeorge syndrome (22q11.2 deletion): absent thymic shadow and a right-sided aortic arch.",
    "Jeune asphyxiating thoracic dystrophy: narrow bell-shaped thorax with short horizontal ribs.",
    "Beckwith-Wiedemann syndrome: abdominal ultrasound every 3 months until age 4.",
    "Loeys-Dietz syndrome: arterial tortuosity on the CT angiogram.",
    "Ehlers-Danlos syndrome, vascular type, is in the differential.",
    "Poland syndrome: absent left pectoralis major with hypoplastic ribs.",
    "Klippel-Feil anomaly of the cervical spine noted incidentally.",
    "VACTERL association: vertebral segmentation anomalies and oesophageal atresia.",
    "CHARGE syndrome: choanal atresia, coloboma and a conotruncal heart defect.",
    "Trisomy 18: eleven ribs and a small thorax.",
    "Achondroplasia (FGFR3): small chest with short anterior ribs.",
    "Osteogenesis imperfecta type III: multiple healing rib fractures and thin gracile ribs.",
    "Exome sequencing confirmed a pathogenic FLNA variant.",
    "Microarray: 7q11.23 deletion, consistent with Williams syndrome.",
    "Karyotype 47,XXY; no chest findings.",
    "The genetic counsellor will send the family letter and testing kit.",
    "Pedigree: three generations, no other affected relatives.",
    "Cascade testing is offered to siblings.",
    "Skeletal dysplasia MDT on the last Thursday of the month.",
]

# --- Transport-team notes with no PHI ------------------------------------------------------------

CLEAN_TRANSPORT = [
    "TRANSPORT: referral call 03:20.",
    "Term baby, meconium aspiration, on iNO 20 ppm; oxygenation index 28.",
    "Retrieval team: consultant, ANNP and transport nurse.",
    "ETT at the right main bronchus on the pre-transfer film; withdrawn 1 cm before departure.",
    "Fixed-wing retrieval from Broome to Perth; road transfer from the airport.",
    "Road ambulance with the transport incubator (Airborne Voyager).",
    "Bronchiolitis on high-flow (Optiflow) at 2 L/kg/min.",
    "Mobile ECMO team: surgeon, ECMO specialist, perfusionist and intensivist.",
    "Handover to the PICU nurse in charge at 22:45.",
    "The mother travelled separately by car.",
    "Arrived in resus 2; CXR taken on arrival.",
    "Referral accepted; no PICU bed locally, so the baby went to the nearest cot.",
    "Conference call with the referring team, the neonatal consultant and the transport "
    "coordinator.",
    "Pre-departure checklist completed; lines secured, ETT strapped at 9 cm at the lip.",
    "Transfer time 2 h 40 min; no deterioration en route.",
    "Retrieval from Cairns, then fixed-wing to Brisbane.",
    "Tertiary NICU cot found after calls to four units.",
]

# --- Radiology-nurse phone log and message lines with no PHI -------------------------------------

CLEAN_PHONE_LOG = [
    "09:12 rang mum re CT prep, no answer, left VM.",
    "Call back from dad: child has a cold; CT under GA moved to next Monday.",
    "Caller: foster carer. Re: sedation. Advised NBM times.",
    "Returned call 14:05; grandmother happy with the BPD follow-up plan.",
    "Spoke to the GP surgery to confirm Synagis dates.",
    "Text reminder sent: appointment tomorrow at 10:30, please arrive 15 minutes early.",
    "CD of the films requested; ready for collection at main reception in 5 working days.",
    "Interpreter used (Vietnamese, telephone).",
    "MUM RANG, CHILD WHEEZY, CT STILL OK PER CONSULTANT.",
    "Pre-sedation checklist e-mailed to the family at 15:02.",
    "Parent reply: last feed at 6.",
    "Unable to reach guardian; letter sent.",
    "No answer x3. Will try again Friday.",
    "Voicemail full.",
    "Wrong number on file; ward clerk to check with the GP.",
    "Dad asked whether he can stay in the scan room: yes, with a lead apron.",
    "Mum asked about radiation: a chest X-ray is roughly a few days of natural background.",
    "Advised to bring a favourite toy and a bottle for after the scan.",
    "Transport to hospital booked through the patient transport service.",
    "Child-protection flag on the record: no information by phone; callers redirected to the "
    "social worker.",
]

# --- PACS, RIS and HL7 lines with no PHI ---------------------------------------------------------

CLEAN_SYSTEMS = [
    "OBR|1|||XR CHEST ABDO NEONATAL",
    "PV1|1|I|NICU^POD2^07",
    "Modality: portable DR unit PORT-NICU-2, Carestream DRX-Revolution.",
    "Fujifilm FDR Go PLUS in PICU; Siemens Mobilett Elara Max on Koala Ward.",
    "Images sent to PACS: 4 of 4.",
    "DICOM Modality: CR; BodyPartExamined: CHEST; ViewPosition: AP.",
    "Protocol: PAEDS CHEST LOW DOSE v3 (kVp 60, 0.8 mAs).",
    "Exposure index 1350, deviation index +0.4.",
    "Dose area product 0.9 mGy.cm2.",
    "CPT 71045; ICD-10 P22.0 (respiratory distress syndrome of newborn).",
    "ICD-10 E84.0 cystic fibrosis with pulmonary manifestations.",
    "ICD-10 T74.12XA suspected physical abuse, initial encounter.",
    "RIS downtime 04:00-04:40; films printed.",
    "Teleradiology overnight: reporting hub online, 1 radiologist logged in.",
    "Router log: portable DR (PICU) lost connection at 03:40; NICU pod 3 OK.",
    "HL7 v2.5.1 ORU^R01 message accepted.",
    "PACS version 12.2, Sectra IDS7.",
    "Image share link created, expires in 72 h.",
    "Study locked: safeguarding restriction level 2.",
    "Orders queue: 14 portable films pending at 05:00 round.",
    "The research node receives de-identified series only.",
    "Patient name replaced by [NAME]; MRN [MRN]; DOB [DOB].",
    "Report held: awaiting consultant verification.",
]

# --- Short lines, headers and generic phrases ----------------------------------------------------

CLEAN_SHORT = [
    "No change.",
    "See above.",
    "As before.",
    "Lines and tubes as described.",
    "IMPRESSION:",
    "FINDINGS:",
    "COMPARISON: None.",
    "CLINICAL HISTORY: Increasing oxygen requirement.",
    "TECHNIQUE: Single AP supine view.",
    "RIGHT UPPER LOBE COLLAPSE.",
    "LEFT LOWER LOBE CONSOLIDATION.",
    "Normal chest radiograph for age.",
    "Satisfactory line positions.",
    "Lungs clear.",
    "Heart size normal.",
    "No pneumothorax.",
    "Film rotated; interpret with caution.",
    "Repeat film after repositioning.",
    "Discussed with the neonatal registrar.",
    "Verbal report given to the bedside nurse.",
    "Weekday morning round films (Monday, Wednesday, Friday).",
    "Sunday 06:00 round.",
    "Koala Ward, bed 9.",
    "Platypus Ward (respiratory), bay 2.",
    "Starfish Unit, day case.",
    "Rainbow Ward, cubicle 6.",
    "The transport nurse.",
    "The ECMO coordinator.",
    "The radiology nurse.",
    "Paediatric radiologist on call.",
    "Charge nurse.",
    "Reported by: [RADIOLOGIST].",
    "Parent present for the examination.",
    "Child cooperative.",
    "Age 14 months.",
    "Age 8 weeks.",
    "Age 19 days, corrected age 2 days.",
    "A 15-year-old boy with asthma.",
    "Grandmother, 78, attended.",
    "Great-grandfather, 86, also present.",
    "Twins, 34 weeks.",
    "London.",
    "Moved from Galway last year.",
    "Travelled from Auckland for the appointment.",
    "Family live in rural Queensland.",
]


HELD_OUT14 = (
    NICU_PORTABLES
    + PICU_ECMO
    + ED_CXR
    + CF_ASTHMA
    + SAFEGUARDING
    + SEDATION_BOOKING
    + GUARDIAN_CONTACTS
    + LETTERS
    + GENETICS
    + TRANSPORT
    + PHONE_LOG
    + SYSTEMS
    + PORTAL_AND_EMAIL
    + GRANDPARENTS
    + REPORTS_MIXED
)

CLEAN_HELDOUT14 = (
    CLEAN_NICU
    + CLEAN_PICU
    + CLEAN_ED
    + CLEAN_CF_ASTHMA
    + CLEAN_SAFEGUARDING
    + CLEAN_SEDATION
    + CLEAN_LETTERS
    + CLEAN_GENETICS
    + CLEAN_TRANSPORT
    + CLEAN_PHONE_LOG
    + CLEAN_SYSTEMS
    + CLEAN_SHORT
)
