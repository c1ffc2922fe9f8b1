"""Held-out PHI set 15: a European hospital group's cardiothoracic imaging service.

The text is the English-language record of a hospital group's cardiothoracic imaging service with
sites and partners in Ireland, the Netherlands, Denmark, Sweden, Belgium, Switzerland, Portugal,
Greece and Poland: cardiac CT and chest CT reports, TAVI work-up, lung transplant assessment and
follow-up, cardiothoracic surgery MDT lists, research-biobank consent logs, GDPR subject-access
request correspondence, cross-border transfer notes, PACS image-sharing and audit logs, radiology
registrar rota and on-call messages, and invoices to insurers. Layouts are mixed: prose, labelled
fields, pipe rows, HL7 segments, all-caps banners and terse messages. Names carry European
particles and diacritics (van den, de, af, Ó, Ní, Mac, ø, å, ł), and national personal identity
numbers (BSN, CPR, personnummer, PPSN, PESEL, AMKA, AHV, rijksregisternummer, número de utente)
stand in as patient ids. Every person, number, phone, e-mail, street address and network address
is invented; facility names are used only as names.

Conventions (shared with the other hand-written sets):
- ``{{kind:text}}`` marks a gold span; kinds are name, date, id, phone, email, url, ip, address,
  facility, age.
- Titles (Dr, Mr, Mrs, Ms, Miss, Prof., Nurse, dr hab.) and post-nominals (MD, FRCR, FFRRCSI,
  PhD) stay outside name spans; "Last, First M." and HL7 ``LAST^FIRST^M`` are one name span, as
  are initials with a surname ("H.J. Smit") and a first name alone after a cue ("Nurse Siobhán").
- A date span takes a time or weekday written against it and any European form (14.03.2024,
  14-3-2024, 14 mrt 2024, 14. marts 2024, 2024-03-14T08:43:11Z, HL7 20240314); the article before
  it stays outside, and so does a trailing Polish "r.". Times alone, weekdays alone, durations and
  relative phrases are not PHI. A bare year of an event in the patient's history ("LTx in 2017")
  is a date; a year inside a guideline or score name is not.
- Ages over 89 are PHI (the number only; "y", "years", "lat", "ετών" stay outside); 89 and under
  are not.
- Id spans hold the value, not its label: MRNs, accession numbers, national personal identity
  numbers, insurer member, policy and claim numbers, invoice numbers, subject-access request
  references, biobank sample numbers, Eurotransplant donor numbers, DICOM study UIDs, serials of
  valves and devices implanted in the patient, and registration numbers of staff (IMC, BIG,
  autorisations-ID). Room, bed and ward numbers, DBC/TARMED/ICD-10 codes, protocol names, device
  models, valve sizes and contrast lot numbers are not PHI.
- An address runs from the street line (or "Apt", "c/o") through the postcode and the town written
  on the postcode line ("Westersingel 112, 3015 LB Rotterdam", "Dublin 7, D07 F6C2"); a country
  after it stays outside, and a city, region or country alone is not PHI.
- A facility span covers the institution's name (hospital, university medical centre, clinic,
  GP practice, nursing home, lab); department words (Thoraxcentrum, cardiothoracic ICU,
  radiology) and generic "the transplant centre" are not facilities.
- Clean sentences hold scores (Agatston, SYNTAX, EuroSCORE II, STS-PROM, CAD-RADS), device and
  drug names, eponyms, department and ward words, scanner and protocol names, ages 89 and under,
  times and weekdays without a date, place names alone, GDPR article numbers and placeholders.
"""

from __future__ import annotations

# --- Cardiac CT and chest CT reports ---------------------------------------------------------

CARDIAC_CT = [
    "CARDIAC CT | Patient: {{name:VAN DEN BERG, Johanna M.}} | BSN {{id:284619037}} | "
    "DOB {{date:14.03.1951}}",
    "Accession {{id:RTM-CT-24-0318842}} acquired {{date:14-3-2024 08:42}} at {{facility:Erasmus MC}}"
    ", Thoraxcentrum scanner 2.",
    "Referring cardiologist: Dr {{name:Pieter-Jan de Wit}}, {{facility:Maasstad Ziekenhuis}}; "
    "reporting radiologist Dr {{name:S. Ó Briain}} FFRRCSI.",
    "Patient {{name:Mette Kjærgaard Sørensen}}, CPR {{id:140352-1186}}, scanned "
    "{{date:14. marts 2024}} on the NAEOTOM Alpha photon-counting system.",
    "Coronary CTA for {{name:Ólafur Gunnarsson}} (personnummer {{id:19580722-4417}}) performed "
    "{{date:2024-03-14 10:05}} at {{facility:Karolinska Universitetssjukhuset}}.",
    "PATIENT: {{name:KOWALSKA, Małgorzata}}   PESEL: {{id:52031412846}}   DATA BADANIA: "
    "{{date:14.03.2024}} r.",
    "Ms {{name:Aoife Ní Dhomhnaill}}, PPSN {{id:7734120KA}}, MRN {{id:SJH0048821}}, attended "
    "{{facility:St James's Hospital}} on {{date:Thursday 14 March 2024}}.",
    "Calcium score: Agatston 1,284 (MESA 96th percentile) for {{name:Henk Bakker}}, {{age:91}} y, "
    "study of {{date:14 mrt 2024}}.",
    "Study Instance UID {{id:1.2.528.1.1001.200.10.4412.8837.20240314084211}} belongs to "
    "{{name:Johanna van den Berg}}.",
    "Prior CT of {{date:02-11-2021}} from {{facility:Amsterdam UMC}} was brought on CD by the "
    "patient's daughter {{name:Els}}.",
    "Comparison: chest CT {{date:3 okt 2023}} ({{facility:Ziekenhuis Rivierenland Tiel}}), "
    "accession {{id:ZRT-23-771093}}.",
    "Reported by Dr {{name:Lieve Vanderhaeghen}}, {{facility:UZ Leuven}}, "
    "{{date:15/03/2024 16:20}}; verified by Prof. {{name:Jan Peeters}}.",
    "Rijksregisternummer {{id:51.08.23-217.66}} | {{name:DE SMET, Marc}} | CT THORAX | "
    "{{date:23-08-2024}}",
    "Swiss patient {{name:Ursula Brändli-Kägi}}, AHV {{id:756.4821.9377.05}}, "
    "{{facility:Universitätsspital Zürich}} case {{id:USZ-7718230}}.",
    "Doente: {{name:Maria da Conceição Gonçalves}}, n.º utente {{id:287441093}}, "
    "{{facility:Hospital de Santa Marta}}, {{date:14-03-2024}}.",
    "Greek referral: {{name:Georgios Papadopoulos}}, AMKA {{id:14035102318}}, from "
    "{{facility:Onassis Cardiac Surgery Center}}.",
    "Mr {{name:Declan Rose}}: 70% stenosis of the proximal LAD, CAD-RADS 4A, study "
    "{{date:14/3/2024}}.",
    "FFR-CT for {{name:Hope McGettigan}} (MRN {{id:MMUH-3318204}}) returned 0.74 in the mid LAD "
    "on {{date:18 March 2024}}.",
    "Mrs {{name:Brigid O'Sullivan-Young}}, {{age:93}}, had coronary CTA at "
    "{{facility:Mater Misericordiae University Hospital}} before her valve work-up.",
    "Impression dictated for {{name:Lars-Erik Åkesson}} on {{date:2024-03-15}}; addendum "
    "{{date:2024-03-18 11:47}} by Dr {{name:Sofia Lindqvist}}.",
    "Addendum ({{date:19.03.2024}}): the LIMA graft to the LAD in {{name:Niels Møller Holm}} is "
    "patent; CPR {{id:220447-2093}}.",
    "CABG in {{date:2019}} at {{facility:Rigshospitalet}} (LIMA-LAD, SVG-OM1); Mr "
    "{{name:Holm}} now has atypical chest pain.",
    "Severe mitral annular calcification in {{name:Wiesław Zieliński}}, {{age:90}} lat, PESEL "
    "{{id:34011709573}}.",
    "CT THORAX MET CONTRAST — {{name:JANSEN, Gerrit}} — {{date:12 feb 2024}} — {{id:ETZ-4410923}}",
    "Incidental 7 mm RLL nodule in Mr {{name:Gerrit Jansen}}; Fleischner follow-up CT due "
    "{{date:august 2024}}.",
    "Pericardial thickening 5 mm; constriction query raised by Dr {{name:Nuno Tavares}} "
    "({{facility:Hospital de Santa Cruz}}) on {{date:7.3.2024}}.",
    "Anomalous RCA from the left sinus, interarterial course, in {{name:Mathijs Brouwer}}, "
    "an athlete aged 24, scanned {{date:1-2-2024}} at {{facility:Radboudumc}}.",
    "Dr {{name:Anna-Karin Sjöberg}} compared with the CT of {{date:4 december 2022}} held at "
    "{{facility:Skånes universitetssjukhus}}.",
    "LAA thrombus excluded on delayed phase; {{name:Theodoros Vlachos}} (AMKA "
    "{{id:30114902271}}) may proceed to ablation on {{date:21.03.2024}}.",
    "Patient {{name:Kasper Winther}}, CPR {{id:080866-3317}}: CT-verified pulmonary embolism, "
    "RV/LV 1.3, read {{date:11-03-2024 03:12}}.",
    "MRN {{id:AUH-2207719}} | {{name:Winther, Kasper}} | CTPA | {{facility:Aarhus Universitetshospital}}",
    "Dr {{name:Ewa Dąbrowska}} reported the aortic CTA of Mr {{name:Jerzy Kamiński}} "
    "(PESEL {{id:48052201937}}) on {{date:9.02.2024}}.",
    "Bicuspid valve (Sievers type 1) noted in {{name:Luuk Hermans}}; ascending aorta 47 mm; "
    "BSN {{id:301928475}}.",
    "Post-Ross CT for {{name:Lotte Claes}} from {{facility:AZ Sint-Jan Brugge}}, done "
    "{{date:2 feb 2024}}, accession {{id:AZSJ-CT-0081237}}.",
    "Mrs {{name:Eithne Kavanagh}}, {{age:95}} years, CT chest for haemoptysis; MRN "
    "{{id:CUH-0773412}}.",
    "Miss {{name:Ingrid Lund}} had coronary CT at {{facility:Akademiska sjukhuset}} in "
    "{{date:2022}}; images imported {{date:2024-01-30}}.",
    "Dual-energy iodine map shows a perfusion defect, left lower lobe, in {{name:Filipa Rocha}}, "
    "{{date:16-02-2024}}.",
    "Cardiac CT at {{facility:Hirslanden Klinik Im Park}}, {{date:20.2.2024}}: patient "
    "{{name:Reto Keller}}, AHV {{id:756.3390.1174.28}}.",
    "Stent in the proximal LAD (Xience 3.0 x 18 mm, {{date:2020}}) is patent in Mr "
    "{{name:Dirk Peeters}}.",
    "Resident {{name:Thijs}} flagged the lung window of {{name:Anouk Vermeulen}}'s CT at 02:30.",
]

# --- TAVI work-up -------------------------------------------------------------------------------

TAVI = [
    "TAVI WORK-UP | {{name:JANSSENS, Godelieve}} | {{age:92}}y | EuroSCORE II 6.8% | STS 5.1% | "
    "{{date:04-04-2024}}",
    "Heart Team {{date:9 april 2024}}: Mrs {{name:Godelieve Janssens}} accepted for "
    "transfemoral TAVI with an Edwards SAPIEN 3 Ultra 23 mm.",
    "Annulus perimeter 74.2 mm, area 412 mm² in {{name:Hendrik-Jan Smit}} (BSN "
    "{{id:170829456}}), CTA of {{date:22-3-2024}}.",
    "Iliofemoral access: minimal lumen 5.9 mm, right CFA; Mrs {{name:Anneke de Jong-Visser}}, "
    "{{age:94}}, seen at {{facility:Isala}} Zwolle.",
    "Implanted valve Medtronic Evolut FX 29 mm, serial {{id:EVFX29-7H81204}}, on "
    "{{date:11.04.2024}} in Mr {{name:Kurt Brunner}}.",
    "SAPIEN 3 serial {{id:9750TFX26-5518330}} entered in the TAVI registry for "
    "{{name:Bente Rasmussen}} ({{date:16 april 2024}}).",
    "HALT follow-up CT: {{name:Agnieszka Wójcik-Nowak}}, {{date:14-05-2024}}, "
    "{{facility:Narodowy Instytut Kardiologii}} in Warszawa.",
    "Clinical Frailty Scale 5; Mrs {{name:Florence Devlin}}, {{age:96}}, lives alone at "
    "{{address:22 Seafield Crescent, Clontarf, Dublin 3, D03 K2X8}}.",
    "Her daughter {{name:Niamh Devlin}} ({{phone:+353 87 555 0143}}) asks for the TAVI date "
    "to be posted, not phoned.",
    "Telephone consent taken {{date:08/04/2024}} from Mr {{name:Tomás Ó Ceallaigh}} by Nurse "
    "{{name:Siobhán}}.",
    "Mr {{name:Cornelis van 't Hof}} ({{age:97}}) declines TAVI; palliative plan agreed with "
    "his GP Dr {{name:M. Hoekstra}}, {{facility:Huisartsenpraktijk De Linde}}.",
    "TAVI-CT: LVOT 22.1 x 26.4 mm; LM height 11.8 mm; RCA height 13.2 mm "
    "({{name:Fenna Mulder}}, {{date:5 apr 2024}}).",
    "Valve-in-valve planning for {{name:Ebbe Lund}}: Perimount 23 mm from {{date:2012}}, true ID "
    "21 mm, CPR {{id:030939-1447}}.",
    "Pre-TAVI dental clearance letter sent {{date:28.03.2024}} to "
    "{{address:Vestergade 18, 1. th., 8000 Aarhus C}}.",
    "Mr {{name:Hugo Verstraete}} (rijksregister {{id:33.12.05-113.29}}), {{age:90}}, referred "
    "from {{facility:AZ Groeninge}} in Kortrijk.",
    "Implant card posted to {{name:Kurt Brunner}}, {{address:Seestrasse 211, 8810 Horgen}}, "
    "AHV {{id:756.1147.8830.62}}.",
    "TAVI list {{date:Tue 16.04.2024}}: 1) {{name:Rasmussen B}} 2) {{name:Lund E}} "
    "3) {{name:Thorsen K-A}}",
    "Porcelain aorta on CT; Prof. {{name:Stefan Toggweiler}} favours a self-expanding "
    "valve for Mrs {{name:Elisabeth Frei}}, {{age:98}}.",
    "Access via left subclavian planned for {{name:Joaquim Pereira}} (utente {{id:199304782}}) on "
    "{{date:23 abril 2024}}.",
    "Mrs {{name:Margaretha de Ruiter}}, born {{date:03-06-1929}}, transfemoral TAVI "
    "{{date:18-04-2024}}, {{facility:Catharina Ziekenhuis}} Eindhoven.",
    "Pacemaker after TAVI: Medtronic Azure, serial {{id:RNB612877S}}, implanted {{date:20.04.2024}} "
    "in Mrs {{name:Janssens}}.",
    "Post-TAVI CT for {{name:Dorota Mazur}}, {{age:91}} lat, shows moderate HALT; "
    "PESEL {{id:32100811462}}.",
    "Transport for Mrs {{name:Frei}} from {{facility:Seniorenzentrum Sonnmatt}} arranged by her "
    "nephew {{name:Andreas Frei}}, {{phone:+41 79 555 31 08}}.",
    "Consent signed by proxy, son {{name:Pieter Mulder}}, {{date:5-4-2024}}; patient aged "
    "{{age:99}}.",
    "Coronary CT pre-TAVI for {{name:Sean Brown}}, {{age:92}} years, MRN {{id:SVUH-6620147}}: "
    "no significant left main disease.",
    "Heart Team outcome e-mailed to {{email:e.nystrom@sahlgrenska.example.se}} for "
    "{{name:Bertil Engström}}, {{age:93}}.",
    "Eldest TAVI this year: Mr {{name:Aristidis Kotsis}}, {{age:101}} ετών, "
    "{{facility:Evangelismos General Hospital}}, {{date:02/04/2024}}.",
    "Sizing correction: {{name:Smit, H.J.}} needs SAPIEN 26 mm not 23 mm (Dr {{name:Bos}}, "
    "{{date:24-3-2024}}).",
    "{{name:Johanna Lindgren}} (personnummer {{id:19300118-6620}}), {{age:94}}, TAVI "
    "declined by the patient on {{date:12 april 2024}}.",
]

# --- Lung transplant assessment and follow-up ----------------------------------------------------

LUNG_TX = [
    "LUNG TRANSPLANT ASSESSMENT — {{name:ANDERSSON, Klara E.}} — personnummer "
    "{{id:19880603-2381}} — {{date:2024-02-12}}",
    "Miss {{name:Klara Andersson}} (CF, FEV1 19%) was listed at "
    "{{facility:Sahlgrenska Universitetssjukhuset}} on {{date:19 februari 2024}}.",
    "Bilateral sequential LTx on {{date:03-07-2021}} for {{name:Ruairí Mac Giolla Phádraig}} at "
    "{{facility:Mater Misericordiae University Hospital}}.",
    "CLAD surveillance CT {{date:14.03.2024}}: new mosaic attenuation in "
    "{{name:Joost van der Veen}}, BSN {{id:246813579}}.",
    "Coordinator {{name:Ingrid Halvorsen}} ({{phone:+46 31 555 07 22}}) rang {{name:Klara}} "
    "at 02:14 with a donor offer.",
    "Explant pathology for {{name:Paweł Grabowski}} (PESEL {{id:79090512334}}) received from "
    "{{facility:Śląskie Centrum Chorób Serca}} on {{date:22.01.2024}}.",
    "Annual review: {{name:Sanne Hofstede}}, transplanted in {{date:2017}} at "
    "{{facility:UMCG}}, BSN {{id:193847562}}.",
    "Home spirometry upload from {{ip:192.0.2.147}} flagged for {{name:Sanne Hofstede}} on "
    "{{date:3-3-2024}} (FEV1 down 12%).",
    "Right bronchial anastomotic stenosis, stented {{date:12 jan 2024}}; "
    "{{name:Dimitra Karagianni}}, AMKA {{id:02118804455}}.",
    "Donor {{id:ET-2024-118804}} offered to {{name:Freja Nørgaard}}; ischaemic time estimate 6 h.",
    "Mr {{name:Barry Sterling}} ({{facility:St Vincent's University Hospital}}) can be reached "
    "at {{email:barry.sterling61@eircom.net}}.",
    "Pre-transplant CT: {{name:Jonas Åström}}, {{date:2024-01-08}}, paraseptal emphysema, "
    "Karolinska MRN {{id:KS-5519203}}.",
    "Six-minute walk 212 m; {{name:Mikołaj Wróbel}} referred by Dr {{name:Beata Sikora}} "
    "of {{facility:Szpital Specjalistyczny im. Jana Pawła II}}.",
    "HLA antibodies: cPRA 42% for {{name:Freja Nørgaard}}; sample taken {{date:6. februar 2024}}.",
    "Mr {{name:Koen De Backer}} was transplanted at {{facility:UZ Leuven}} on "
    "{{date:14/11/2019}}; now BOS grade 1.",
    "Follow-up CT after an ECMO bridge for Ms {{name:Carla Sousa}}, {{date:28-02-2024 22:40}}, "
    "{{facility:Hospital de Santa Marta}}.",
    "Post-LTx clinic letter to {{address:Kerkstraat 14, 9050 Gentbrugge}} for "
    "{{name:Koen De Backer}}, copy to his GP.",
    "Her partner {{name:Mads}} can be called on {{phone:+45 55 55 61 90}} when the pager goes.",
    "Retransplant assessment of {{name:Ruairí Mac Giolla Phádraig}} (PPSN {{id:6612048WB}}) "
    "booked {{date:15 May 2024}}.",
    "Video clinic link for {{name:Ruairí}}: {{url:https://mychart.mater.example.ie/visit/55021}}",
    "Ms {{name:Saoirse Ní Bhriain}} on the transplant waiting list, MRN {{id:MMUH-4410298}}, "
    "CT chest {{date:04/03/2024}}.",
    "Lung allocation score 48.2 for {{name:Nikos Stavrou}} at {{facility:Inselspital}}, "
    "{{date:9.1.2024}}.",
    "Bronchoscopy biopsy A2B1 on {{date:19-3-2024}}, {{name:Joost van der Veen}}; pathology "
    "number {{id:T24-08817}}.",
    "Patient {{name:Lena Holmqvist}} transplanted {{date:2015}}, now 58, with a PTLD mass on "
    "CT of {{date:2024-03-11}}.",
    "Double-lung recipient {{name:Søren Kjeldgaard Juhl}}, CPR {{id:150772-2239}}, at "
    "{{facility:Rigshospitalet}}.",
]

# --- Cardiothoracic surgery MDT lists -----------------------------------------------------------

MDT = [
    "CARDIOTHORACIC MDT {{date:Wednesday 10 April 2024}} — Chair: Prof. {{name:Johan Bogers}}; "
    "scribe: {{name:Yara El-Amrani}}",
    "1. {{name:DUBOIS, Chantal}} | {{id:CUSL-551273}} | RUL 2.3 cm spiculated | SUVmax 8.1 | "
    "for lobectomy",
    "2. {{name:Van Damme, Luc}} | {{id:CUSL-448019}} | {{age:90}} | severe AS + LAD | "
    "TAVI+PCI vs conservative",
    "Outcome for {{name:Chantal Dubois}}: VATS RUL lobectomy with Mr {{name:Oliveira}} at "
    "{{facility:Cliniques universitaires Saint-Luc}}, target {{date:24/04/2024}}.",
    "Listed by Dr {{name:Kasper Thygesen}} ({{email:kasper.thygesen@regionh.example.dk}}) on "
    "{{date:8.4.2024}}.",
    "SYNTAX score 34 for {{name:Jørgen Bech}}; surgeons favour CABG; discuss with his wife "
    "{{name:Birthe}} on {{phone:+45 55 55 12 08}}.",
    "{{name:MARIA JOÃO FONSECA}} — 3VD, EF 35% — MDT {{date:11-04-2024}} — outcome: CABG at "
    "{{facility:Hospital de Santa Cruz}}",
    "No-show at MDT clinic: {{name:Eleftherios Nikolaou}}, tel {{phone:+30 694 555 0127}}; "
    "rebook via {{email:cardio.booking@onassis.example.gr}}.",
    "3. {{name:O'BRIEN, Padraig}} | MRN {{id:SJH0060217}} | type A dissection repaired "
    "{{date:02/02/2024}} | residual false lumen",
    "4. {{name:Nowicka, Zofia}} | PESEL {{id:61072304588}} | thymoma Masaoka II | for "
    "robotic thymectomy",
    "Mrs {{name:Zofia Nowicka}} prefers surgery at {{facility:Szpital Uniwersytecki w Krakowie}} "
    "near her home, {{address:ul. Długa 17/4, 31-147 Kraków}}.",
    "Case of Mr {{name:Ahmed Al-Rashid}} deferred until the PET of {{date:17.04.2024}} from "
    "{{facility:Maastricht UMC+}}.",
    "MDT minute {{date:10-04-2024}}: {{name:Hanne Kristiansen}}, {{age:91}}, "
    "frail, for medical therapy only (SAPIEN not offered).",
    "Surgeon Mr {{name:Diarmuid Ó Loingsigh}} will see {{name:Padraig O'Brien}} in clinic "
    "{{date:Monday 22 April}}.",
    "5. {{name:ELIASSON^GUNNAR}} | {{id:KS-6630911}} | mesothelioma, epithelioid | EPP not offered",
    "Action: Dr {{name:Rui Almeida}} to request outside slides from {{facility:IPO Porto}} for "
    "{{name:Sofia Marques}} by {{date:19/04/2024}}.",
    "MDT attendance: Prof. {{name:Jan Peeters}}, Dr {{name:Lieve Vanderhaeghen}}, Dr "
    "{{name:Sarah Rosenthal}}, Nurse {{name:Maeve}}.",
    "Mr {{name:Florian Baumann}}, {{age:90}}, redo sternotomy judged high risk; EuroSCORE II 14.2%.",
    "6. {{name:Brouwer, M.}} | BSN {{id:312457698}} | anomalous RCA | for unroofing at "
    "{{facility:Erasmus MC}}",
    "Surgical list {{date:25-04-2024}}: {{name:Jørgen Bech}} (CABG x4), theatre 3, 08:00.",
    "GP letter: Dr {{name:Katrien Wouters}}, {{facility:Huisartsenpraktijk Zuid}}, "
    "{{address:Lange Nieuwstraat 55, 2000 Antwerpen}}.",
]

# --- Research biobank consent logs ------------------------------------------------------------

BIOBANK = [
    "BIOBANK CONSENT | sample {{id:BB-CT-2024-003317}} | donor {{name:Eva Lindström}} | "
    "personnummer {{id:19610214-5528}} | {{date:14 mars 2024}}",
    "Consent form v4.1 signed by {{name:Marek Kaczmarczyk}} on {{date:14.03.2024}}; witness "
    "{{name:Joanna Lis}}.",
    "Withdrawal received {{date:2 mei 2024}} from {{name:Bram Koster}} via "
    "{{url:https://toestemming.thoraxbiobank.example.nl/intrekken/88419}}.",
    "Re-contact address for {{name:Bram Koster}}: {{address:Oudegracht 231-bis, 3511 NH Utrecht}}.",
    "Dynamic consent portal {{url:https://minsamtycke.example.se/biobank/donor/5518330}} "
    "(donor {{name:Eva Lindström}}).",
    "Explanted lung tissue of {{name:Ruairí Mac Giolla Phádraig}} logged {{date:04-07-2021}}; "
    "genomic research: YES.",
    "Aliquot label printed for {{name:Sørensen, Mette K.}}, {{date:14-03-2024}}, "
    "{{id:BB-CT-2024-003318}}.",
    "Consent by tablet from {{ip:10.66.3.21}} at 11:02, donor {{name:Laura Van Acker}}, "
    "sample {{id:BB-LV-2024-000912}}.",
    "Participant {{name:Thomas Egger}} asked for his results at {{email:thomas.egger@bluewin.ch}}.",
    "Contact refused: {{name:Ines Cardoso}}, {{phone:+351 21 555 0184}}; note dated "
    "{{date:13-03-2024}}.",
    "Biobank nurse {{name:Agata Wiśniewska}} re-consented {{name:Marek Kaczmarczyk}} on the "
    "v4.2 form, {{date:15.03.2024}}.",
    "Sample {{id:BB-CT-2023-019822}} from {{name:Katarzyna Lis}} destroyed on request "
    "{{date:29.02.2024}}.",
    "Consent log export {{date:2024-03-31}}: 212 donors; queries to "
    "{{email:biobank.thorax@umcu.example.nl}}.",
    "Donor {{name:Willem-Alexander Dekker}}, born {{date:1-1-1950}}, consent for CT image reuse "
    "in AI research only.",
    "Opt-out letter from {{address:Prinsengracht 402 III, 1016 JB Amsterdam}} received "
    "{{date:8 maart 2024}}.",
]

# --- GDPR subject access requests ---------------------------------------------------------------

SAR = [
    "Subject access request {{id:SAR-2024-0412}} received {{date:12 March 2024}} from Mr "
    "{{name:Cathal Brennan}}, {{address:Apt 4, 17 Ormond Quay Upper, Dublin 7, D07 F6C2}}.",
    "Dear Mr {{name:Brennan}}, under Article 15 GDPR we enclose your chest CT images of "
    "{{date:02/02/2023}} and {{date:11/10/2023}}.",
    "Identity confirmed by passport copy; reply address {{email:cathal.brennan@protonmail.com}} "
    "verified {{date:13.03.2024}}.",
    "The images are at {{url:https://share.cti-group.example.eu/sar/7Kp2Qw9L}} for 30 days; the "
    "password goes by SMS to {{phone:+353 86 555 0177}}.",
    "Data Protection Officer: {{name:Annelies Verhoeven}}, {{email:dpo@cti-group.example.eu}}, "
    "{{phone:+32 2 555 41 90}}.",
    "Request on behalf of the late {{name:Wim Hendriks}} (BSN {{id:118244097}}, died "
    "{{date:3-1-2024}}) by his son {{name:Ruud Hendriks}}.",
    "Rectification: Mrs {{name:Inger Åberg}} says she was entered as 'Aberg' on the CT of "
    "{{date:2023-11-20}}.",
    "Erasure declined under Art. 17(3)(c); letter to {{address:Storgatan 8 B, 222 24 Lund}} "
    "sent {{date:5 april 2024}}.",
    "SAR {{id:SAR-2024-0433}}: {{name:Małgorzata Kowalska}} wants the audit trail of who "
    "opened her CT of {{date:14.03.2024}}.",
    "Reply {{date:22 March 2024}}: access log for accession {{id:RTM-CT-24-0318842}} attached "
    "(14 entries).",
    "Mr {{name:Ruud Hendriks}}, {{address:Zwanenlaan 9, 6721 GG Bennekom}}, "
    "{{phone:+31 318 555 022}}.",
    "Request received by post from {{name:Konstantinos Dimitriou}}, "
    "{{address:Odos Ermou 45, 105 63 Athina}}, ref {{id:SAR-2024-0451}}.",
    "Our reply to {{email:k.dimitriou@otenet.example.gr}} was bounced on {{date:27/03/2024}}.",
    "Complaint escalated to the Autoriteit Persoonsgegevens by {{name:Saskia Wolters}} "
    "on {{date:1 april 2024}}; case {{id:SAR-2024-0398}}.",
    "Portability export (DICOM + PDF) for {{name:Henrik Dahl}}, CPR {{id:250361-1779}}, "
    "ready {{date:09.04.2024}}.",
    "Dear Ms {{name:Wolters}}, we apologise that your CT of {{date:6 december 2023}} was sent "
    "to the wrong GP.",
    "Third-party data redacted: the CT request named her ex-partner {{name:Ronald Vink}}.",
    "Download portal for {{name:Henrik Dahl}}: {{url:https://mitdata.cti-group.example.dk/d/q8RT22}}",
    "Received by e-mail from {{email:ines.cardoso77@sapo.example.pt}} on {{date:2/4/2024}}, "
    "ref {{id:SAR-2024-0460}}.",
]

# --- Cross-border transfer notes ---------------------------------------------------------------

TRANSFERS = [
    "Transfer {{facility:Rigshospitalet}} → {{facility:Sahlgrenska Universitetssjukhuset}} for "
    "urgent LTx: {{name:Freja Nørgaard}}, CPR {{id:110995-2468}}, {{date:14.03.2024 03:20}}.",
    "Article 49(1)(c) basis noted; images pushed to Gothenburg by Dr {{name:Magnus af Klercker}} "
    "from {{ip:10.48.12.77}}.",
    "Receiving consultant Dr {{name:Elin Nyström}} ({{phone:+46 31 555 90 14}}) confirmed "
    "a CTIVA bed at 04:05.",
    "S2 form for {{name:Dimitrios Alexiou}} (AMKA {{id:21096701234}}) issued by EOPYY; admitted "
    "to {{facility:Inselspital}} {{date:2.4.2024}}.",
    "Repatriation: Mr {{name:Seán Ó Dálaigh}} returns from {{facility:Hôpital Erasme}} to "
    "{{facility:Cork University Hospital}} on {{date:18/04/2024}}.",
    "Ambulance pick-up from his sister's home, {{address:Avenue des Tilleuls 41, 1070 Anderlecht}}"
    ", at 07:30.",
    "Sister {{name:Gráinne Ó Dálaigh}} speaks French and English, {{phone:+32 470 55 51 26}}.",
    "Outgoing transfer summary e-mailed to {{email:transfers@cuh.example.ie}} for "
    "{{name:Seán Ó Dálaigh}}, MRN {{id:CUH-0912284}}.",
    "Swiss patient {{name:Nikos Stavrou}} moved from {{facility:Inselspital}} to "
    "{{facility:Universitätsspital Zürich}}, AHV {{id:756.8822.4019.31}}.",
    "Portuguese cover: utente {{id:233198047}}, {{name:Carla Sousa}}, transferred to "
    "{{facility:UZ Leuven}} for ECMO on {{date:26-02-2024}}.",
    "Interpreter requested for {{name:Krzysztof Nowak}} (Polish), arriving at "
    "{{facility:St James's Hospital}} {{date:Friday 15 March 2024 14:00}}.",
    "Mr {{name:Nowak}}'s home address: {{address:ul. Piotrkowska 118 m. 6, 90-006 Łódź}}, Poland.",
    "Images of {{name:Henk Bakker}} sent in error to {{facility:Hospital Universitario La Paz}} "
    "were recalled {{date:15-03-2024}}.",
    "Transfer of {{name:Efstathia Manoli}}, {{age:90}}, from {{facility:Hygeia Hospital}} "
    "cancelled; family wishes her kept in Athens.",
    "EHIC {{id:80300-0001-447102}} checked for {{name:Aleksander Piątek}} on arrival "
    "{{date:19.03.2024}}.",
]

# --- PACS image-sharing and audit logs --------------------------------------------------------

PACS = [
    "{{date:2024-03-14T08:43:11Z}} C-STORE from {{ip:10.42.17.203}} AE NAEOTOM2 acc "
    "{{id:RTM-CT-24-0318842}}",
    "[{{date:15/Mar/2024:10:02:55 +0100}}] GET /viewer/study/{{id:RTM-CT-24-0318843}} from "
    "{{ip:192.168.30.14}}",
    "PID|1||{{id:RH40018823}}^^^RH^MR||{{name:SØRENSEN^METTE^KJÆRGAARD}}||{{date:19520314}}|F",
    "Audit: {{ip:172.16.88.9}} viewed {{name:Brennan, Cathal}} CT ({{id:SJH-ACC-23-550187}}) "
    "{{date:12-03-2024 22:41}} without a care relationship.",
    "Break-glass by Dr {{name:Tomasz Lewandowski}} at {{ip:10.20.4.156}} on "
    "{{date:14.03.2024 02:58}}; reason: trauma.",
    "Outbound DICOM to {{facility:Sahlgrenska Universitetssjukhuset}} AE SU_PACS "
    "{{ip:198.51.100.23}}:104, 1,842 images OK",
    "VPN {{ip:203.0.113.58}} (teleradiology, Dr {{name:Hélène Marchal}}) opened "
    "{{date:16.03.2024 23:10}}",
    "Share link {{url:https://pacs-share.cti-group.example.eu/l/AA93kd}} created for "
    "{{name:Godelieve Janssens}} by {{name:Jeroen de Vries}}.",
    "OBR|1|{{id:ORD-5581022}}|{{id:ACC-24-0317750}}|CTCORO^CT coronary angiography|||"
    "{{date:202403140842}}",
    "PID|1||{{id:SJH0048821}}^^^SJH^MR||{{name:NÍ DHOMHNAILL^AOIFE}}||{{date:19670502}}|F|||"
    "{{address:3 Glenageary Road Upper, Dún Laoghaire, Co. Dublin, A96 T2R4}}",
    "Query/retrieve from {{ip:10.12.0.45}} for PatientID {{id:AUH-2207719}} returned 3 studies.",
    "Failed login x5 from {{ip:192.168.1.104}} to the image-sharing portal for "
    "{{email:mette.k.sorensen@webmail.example.dk}}.",
    "Patient portal view: {{url:https://mijn.erasmusmc.example.nl/beelden/0318842}} by "
    "{{name:Johanna van den Berg}} at 19:40.",
    "{{date:2024-03-18 11:47:03}} ADDENDUM signed by {{name:Sofia Lindqvist}} host {{ip:10.30.9.88}}",
    "Lifeimage push {{id:1.2.752.24.7.4412903.1188.20240212}} to {{facility:UMCG}} OK "
    "({{ip:198.51.100.77}}).",
    "CD import: patient {{name:Gerrit Jansen}} from {{facility:Elisabeth-TweeSteden Ziekenhuis}}, "
    "host {{ip:10.42.18.12}}, {{date:13-02-2024}}.",
    "Teleradiology worklist {{url:https://rad.nighthawk.example.ch/wl/5521?pt=USZ-7718230}} "
    "opened by Dr {{name:Marchal}}.",
    "Export of {{id:1.2.840.113619.2.55.3.604688119.971.1710402123.5}} (patient "
    "{{name:Kasper Winther}}) to USB blocked at {{ip:10.44.2.19}}.",
    "Unmatched study: name '{{name:VAN DER VEEN J}}', ID {{id:246813579}}, received "
    "{{date:14/03/2024 09:31}}.",
    "Image access from {{ip:203.0.113.201}} for {{name:Inger Åberg}}'s study, "
    "{{date:2023-11-21 07:15}}, user Dr {{name:Nils Berggren}}.",
]

# --- Radiology registrar rota and on-call messages -----------------------------------------------

ROTA = [
    "ROTA wk 12: on-call Mon–Wed Dr {{name:Ciarán Byrne}} ({{phone:+353 1 555 0164}}), "
    "Thu–Sun Dr {{name:Marta Kowalczyk}}.",
    "Swap agreed: {{name:Ciarán}} covers {{date:Saturday 23 March}} for {{name:Femke}}, who "
    "covers {{date:6 April}}.",
    "02:14 CTPA for Mrs {{name:Ní Fhloinn}} in ED resus, MRN {{id:SJH0051277}}, please protocol "
    "— {{name:Ciarán}}",
    "Text to Dr {{name:Femke Hoogendoorn}} {{phone:+31 6 55501287}}: dissection CT for bed 12, "
    "Mr {{name:Van Leeuwen}} {{age:90}}y.",
    "BIG number {{id:19057733801}} on file for Dr {{name:Femke Hoogendoorn}}.",
    "Dr {{name:Ciarán Byrne}}, IMC {{id:412337}}, radiology SpR year 3.",
    "Autorisations-ID {{id:0C7RT}} for Dr {{name:Mikkel Skov}}, locum on-call {{date:30.03.2024}}.",
    "Msg from {{name:Marta}}: 'Mr {{name:Kamiński}} aortic CTA ready, FL 38 mm, pls review' 23:50",
    "Pls call Dr {{name:Lindqvist}} at {{phone:+46 8 555 123 40}} re {{name:Åkesson}} addendum.",
    "Rota queries to {{email:rota.radiology@stjames.example.ie}}; leave by {{date:1 April}}.",
    "On-call consultant {{date:Sun 24/03}}: Dr {{name:Grace Hegarty}}, mob "
    "{{phone:+353 83 555 0129}}.",
    "WhatsApp (not for PHI!): '{{name:Henk Bakker}} {{age:91}} calcium 1284 lol' sent by a registrar "
    "{{date:14-3-2024}}.",
    "Registrar {{name:Rosa Ferreira}} starts on {{date:2 abril 2024}}; badge at Portaria.",
    "Night report: CT for {{name:Kasper Winther}} read by {{name:Mikkel}} at 03:12, called to "
    "Dr {{name:Holt}} at 03:20.",
    "Missed call from {{phone:+45 55 55 07 71}} ({{name:Winther}}'s wife) at 04:02; call back AM.",
    "Dr {{name:Yusuf Demir}} has the {{date:Thursday 4 April}} CT list at "
    "{{facility:Maasstad Ziekenhuis}}.",
    "Pager down; reach Dr {{name:Nina Jovanović}} on {{phone:+41 44 555 02 18}} tonight.",
    "Handover: {{name:O'Brien P}} CTA done, {{name:Nowicka Z}} CT chest to book, "
    "{{name:Frei E}} TAVI-CT Fri.",
    "Registrar teaching file owner: {{email:a.papadaki@evangelismos.example.gr}}.",
    "Study day {{date:19-04-2024}} for Dr {{name:Bas van Rijn}}; cover by Dr {{name:Ilse Maas}}.",
]

# --- Invoices to insurers -------------------------------------------------------------------------

INVOICES = [
    "INVOICE {{id:CTI-INV-2024-08812}} | Insurer: VGZ | Member no. {{id:557102338}} | Patient "
    "{{name:H.J. Smit}} | DBC 320.601",
    "Laya Healthcare claim {{id:LH-88120457}} for {{name:Cathal Brennan}}, CT coronary "
    "angiogram {{date:11/10/2023}}, €640.00.",
    "Bill to: {{name:Ursula Brändli-Kägi}}, {{address:Dorfstrasse 7, 8702 Zollikon}}; CSS "
    "policy {{id:2031.774.56}}; TARMED 39.5080.",
    "Multicare reference {{id:MC-PT-0098812}} for {{name:Maria da Conceição Gonçalves}}, "
    "{{address:Rua de São Bento 318, 2.º Dto, 1200-822 Lisboa}}.",
    "Invoice query from {{email:g.janssens.1932@telenet.example.be}} about TAVI-CT on "
    "{{date:04-04-2024}}.",
    "VHI member {{id:VH-2204718-01}} ({{name:Aoife Ní Dhomhnaill}}): pre-approval for cardiac CT "
    "granted {{date:7 March 2024}}.",
    "Factuur {{id:2024-ZH-44812}} aan Zilveren Kruis voor {{name:Joost van der Veen}}, "
    "polis {{id:ZK-81937724}}.",
    "Invoice {{id:INV-DK-2024-1183}}: Danica Pension, {{name:Henrik Dahl}}, "
    "{{address:Strandvejen 142, 2900 Hellerup}}.",
    "PZU claim {{id:PZU/2024/03/55817}} for {{name:Jerzy Kamiński}}, aortic CTA, 1 450 PLN.",
    "Statement to {{name:Luc Van Damme}}, {{address:Bondgenotenlaan 88 bus 3, 3000 Leuven}}, "
    "mutualiteit nr {{id:122-4487109-33}}.",
    "Invoice {{id:CTI-INV-2024-09120}} sent to {{email:claims@axa-health.example.ch}} for "
    "{{name:Reto Keller}}.",
    "Interamerican policy {{id:IA-GR-7731209}}: {{name:Theodoros Vlachos}}, cardiac CT "
    "{{date:21.03.2024}}, €420.",
    "Payment reminder to {{address:Hornsgatan 64, 4 tr, 118 21 Stockholm}}; "
    "Skandia ref {{id:SK-118830-22}}.",
    "Credit note {{id:CN-2024-0071}} for {{name:Declan Rose}}: duplicate CT calcium charge.",
    "Self-pay invoice for Mr {{name:Ahmed Al-Rashid}}, {{phone:+31 10 555 0142}}, due "
    "{{date:30-04-2024}}.",
    "Irish Life Health member {{id:ILH-4470192}}, {{name:Grace Lincoln}}, CT thorax "
    "{{date:12/02/2024}}.",
    "Invoice address {{address:Via Cantonale 22, 6900 Lugano}} for {{name:Paolo Bernasconi}}, "
    "Helsana {{id:80756-004471}}.",
]

# --- Portal links, messages and mixed lines ------------------------------------------------------

LINKS = [
    "Your TAVI appointment: {{url:https://mijnzorg.isala.example.nl/afspraken/772019}}",
    "Patient-held images: {{url:https://share.cti-group.example.eu/s/Xk29pQ7m}} (expires in 14 "
    "days).",
    "Lung transplant diary app login reset for {{email:klara.andersson88@gmail.com}}.",
    "Upload your outside CD here: {{url:https://upload.stjames.example.ie/cd/9921-KA}}",
    "Consent video watched at {{url:https://biobank.cti-group.example.eu/watch?d=003317}} "
    "(12 min).",
    "1177 message thread: {{url:https://e-tjanster.1177.example.se/inbox/msg/66120947}}",
    "Sundhed.dk link sent to the patient: {{url:https://min.sundhed.example.dk/journal/ct/4401882}}",
    "Viewer link for the referring GP: {{url:https://viewer.uzleuven.example.be/s/0081237}}",
    "Pre-TAVI questionnaire: {{url:https://forms.cti-group.example.eu/tavi/q/GJ-0404}}",
    "The SAR reply letter also quoted {{url:https://privacy.cti-group.example.eu/sar/0412/letter"
    ".pdf}}.",
    "Mychart invite for {{name:Grace Lincoln}}: {{url:https://mychart.svuh.example.ie/i/Q2W8}}",
    "Booking page for her follow-up CT: {{url:https://afspraak.radboudumc.example.nl/ct/118203}}",
    "Polish portal (IKP) entry: {{url:https://pacjent.example.gov.pl/e-skierowanie/5521870}}",
    "Image link forwarded to {{email:dr.wouters@huisarts-zuid.example.be}} by mistake.",
    "Greek e-prescription of rivaroxaban: {{url:https://eprescription.example.gr/p/1403510231}}",
    "Telehealth room: {{url:https://meet.cti-group.example.eu/tx-clinic/ruairi-mgp}}",
    "Remote desktop to the 3mensio workstation from {{ip:10.42.19.240}} failed at 07:55.",
    "Firewall log: {{ip:203.0.113.14}} → PACS gateway, session for Dr {{name:Marchal}} dropped.",
    "Patient uploaded her own ECG from {{ip:198.51.100.142}}.",
    "DHCP lease {{ip:172.16.90.33}} is the TAVI planning laptop used for {{name:Elisabeth Frei}}.",
    "Print job from {{ip:10.8.14.5}} left the CPR sheet of {{name:Henrik Dahl}} on the shared "
    "printer.",
    "Modality worklist server {{ip:192.168.40.2}} timed out for two CT coronary bookings.",
    "Reply-to for the transplant coordinator: {{email:ltx.coordinator@sahlgrenska.example.se}}",
    "The patient's son writes from {{email:ruud.hendriks@ziggo.example.nl}} every week.",
    "Complaint received from {{email:saskia.wolters@kpnmail.example.nl}}.",
    "Insurer contact {{email:preauth@vhi.example.ie}} confirmed cover for cardiac CT.",
    "Patient {{name:Zofia Nowicka}} prefers e-mail: {{email:zofia.nowicka@wp.example.pl}}.",
    "Call the TAVI nurse line on {{phone:+31 38 555 4412}} (weekdays 09:00–16:00).",
    "Mobile for {{name:Klara Andersson}}: {{phone:+46 70 555 18 63}}.",
    "Wife's number for Mr {{name:Stavrou}}: {{phone:+41 31 555 77 02}}.",
    "Greek mobile on the S2 form: {{phone:+30 697 555 4410}}.",
    "Porto contact: {{name:Sofia Marques}}, {{phone:+351 22 555 0319}}.",
]

HELD_OUT15 = (
    CARDIAC_CT + TAVI + LUNG_TX + MDT + BIOBANK + SAR + TRANSFERS + PACS + ROTA + INVOICES + LINKS
)

# --- Clean sentences: cardiac and chest CT reports ------------------------------------------------

CLEAN_CARDIAC = [
    "CARDIAC CT",
    "CT CORONARY ANGIOGRAPHY WITH CALCIUM SCORE",
    "Technique: prospective ECG-triggered acquisition, 70 kV, 320 mg/ml iodinated contrast 60 ml.",
    "Heart rate 58 bpm after 10 mg intravenous metoprolol; 0.8 mg sublingual GTN.",
    "Agatston score 412 (MESA 78th percentile).",
    "Agatston score 0; CAC-DRS 0.",
    "CAD-RADS 3/P2: 50–69% stenosis of the mid LAD.",
    "CAD-RADS 4B with left main involvement; invasive angiography recommended.",
    "Left main: short, no plaque.",
    "LAD: mixed plaque proximally with positive remodelling and a napkin-ring sign.",
    "The circumflex is non-dominant and free of disease.",
    "RCA dominant; calcified plaque in the mid segment without significant stenosis.",
    "The LIMA to LAD graft is patent with a good distal run-off.",
    "Both saphenous vein grafts are occluded at their ostia.",
    "Myocardial bridging of the mid LAD, 2 cm long and 3 mm deep.",
    "No high-risk plaque features.",
    "CT-FFR 0.76 distal to the lesion, below the 0.80 threshold.",
    "Left ventricle is not dilated; no wall thinning or fatty metaplasia.",
    "Late iodine enhancement in the inferolateral wall suggests prior infarction.",
    "Left atrial appendage: chicken-wing morphology, no filling defect on delayed phase.",
    "Pulmonary veins: four separate ostia; right middle vein present.",
    "Aortic root: sinus of Valsalva 38 mm, sinotubular junction 31 mm.",
    "Ascending aorta 47 mm at the level of the right pulmonary artery.",
    "Bicuspid aortic valve, Sievers type 1 with an L-R raphe.",
    "Moderate mitral annular calcification with caseous change posteriorly.",
    "Pericardium normal in thickness; no effusion.",
    "No anomalous origin of the coronary arteries.",
    "IMPRESSION: non-obstructive coronary artery disease.",
    "IMPRESSION",
    "CONCLUSION: Obstructive three-vessel disease; SYNTAX score estimated at 33.",
    "Extracardiac findings: 4 mm solid nodule in the right upper lobe, no follow-up needed.",
    "Scanned on the Siemens NAEOTOM Alpha in cardiac mode, QuantumPlus 0.4 mm.",
    "Reconstructions: Bv40 kernel, 0.6 mm, 75% phase and best systolic phase.",
    "Dose-length product 142 mGy·cm; effective dose approximately 2.0 mSv.",
    "Contrast: Ultravist 370, lot 23K104, 65 ml at 5.5 ml/s.",
    "Reporting per SCCT guidelines and CAD-RADS 2.0.",
    "Coronary CT performed in the Thoraxcentrum, scanner 2.",
    "Hampton hump in the right lower lobe; Westermark sign absent.",
    "Kerley B lines at both bases with small bilateral effusions.",
    "A Swan-Ganz catheter tip lies in the right interlobar artery.",
    "Port-A-Cath via the right internal jugular vein, tip at the cavoatrial junction.",
    "PleurX catheter in the left pleural space; near-complete drainage.",
    "Pancoast tumour of the left apex invading the first rib.",
    "RIGHT UPPER LOBE: 2.3 cm spiculated mass abutting the oblique fissure.",
    "LEFT LOWER LOBE: segmental consolidation with air bronchograms.",
    "Lung-RADS 4A; Brock model malignancy risk 14%.",
    "Fleischner 2017: follow-up CT at 6–12 months for a solitary 7 mm solid nodule.",
    "Centrilobular emphysema, upper-zone predominant, moderate.",
    "Usual interstitial pneumonia pattern with honeycombing at the bases.",
    "Mosaic attenuation with air trapping on expiratory images.",
    "Tree-in-bud nodules in the right middle lobe.",
    "Saddle pulmonary embolus; RV/LV ratio 1.4; contrast reflux into the IVC.",
    "No pulmonary embolism to subsegmental level.",
    "Ground-glass halo around a nodule in a neutropenic host; consider angioinvasive aspergillosis.",
    "Mediastinal lymph nodes are not enlarged by size criteria.",
    "Station 4R node 14 mm short axis; station 7 node 11 mm.",
    "Thyroid: 12 mm hypodense nodule in the left lobe, TI-RADS not applicable on CT.",
    "Upper abdomen: simple hepatic cyst; adrenals normal.",
    "Bones: old healed fractures of the left 6th and 7th ribs.",
    "Sternotomy wires intact; no sternal dehiscence.",
    "No change.",
    "See above.",
    "Stable appearances compared with the previous study.",
    "Interval resolution of the right pleural effusion.",
    "Images reviewed at the cardiothoracic MDT.",
    "Discussed with the referring team by telephone at 14:35.",
    "Critical result communicated to the on-call cardiology registrar at 03:20.",
    "Patient aged 54 with atypical chest pain and a CAD Consortium pretest probability of 22%.",
    "An 87-year-old woman with severe aortic stenosis.",
    "Age 89; frailty assessment pending.",
    "A 68 y man, ex-smoker, 40 pack-years.",
    "Body mass index 31 kg/m²; eGFR 52 ml/min/1.73 m².",
    "Creatinine 118 µmol/l before contrast; no prehydration required per ESUR guidance.",
    "Allergy to iodinated contrast: mild urticaria in the past; premedicated with prednisolone.",
]

# --- Clean sentences: TAVI work-up -------------------------------------------------------------

CLEAN_TAVI = [
    "TAVI WORK-UP CT",
    "Annulus: perimeter 74.2 mm, area 412 mm², minimum diameter 21.4 mm, maximum 25.9 mm.",
    "Left main height 11.8 mm; right coronary height 13.2 mm.",
    "Sinus of Valsalva widths 29, 30 and 31 mm.",
    "LVOT calcification: moderate, under the non-coronary cusp.",
    "Aortic valve calcium score 3,120 AU, consistent with severe stenosis in a man.",
    "Iliofemoral access: right common femoral 7.1 mm, left 6.4 mm; minimal calcification.",
    "Tortuosity index 1.3 on the right; suitable for a 14 Fr eSheath.",
    "Subclavian access considered if the femoral route is unsuitable.",
    "Recommended valve: Edwards SAPIEN 3 Ultra 26 mm.",
    "Recommended valve: Medtronic Evolut FX 29 mm.",
    "Abbott Navitor 25 mm is an alternative if a larger skirt is wanted.",
    "Boston Scientific ACURATE neo2 M fits the annulus dimensions.",
    "Valve-in-valve: Perimount 23 mm, true internal diameter 21 mm; VIVID app consulted.",
    "Risk of coronary obstruction: VTC 3.1 mm, high risk; consider BASILICA.",
    "Fluoroscopic coplanar angle: LAO 8° CAU 12°.",
    "Cusp-overlap view: RAO 15° CAU 30°.",
    "EuroSCORE II 4.6%; STS-PROM 3.8%.",
    "Clinical Frailty Scale 5; gait speed 0.6 m/s.",
    "Heart Team decision: transfemoral TAVI.",
    "Heart Team decision: surgical AVR with concomitant CABG.",
    "Heart Team decision: medical therapy; not a candidate for intervention.",
    "HALT grade 2 on the 30-day CT; no reduced leaflet motion.",
    "Paravalvular leak: trivial on echo, no CT correlate.",
    "Pacemaker implanted after new LBBB; Medtronic Azure XT DR.",
    "Anticoagulation: Eliquis 5 mg twice daily continued after TAVI.",
    "Aspirin 80 mg daily; clopidogrel stopped after three months.",
    "Porcelain aorta: circumferential calcification of the ascending aorta.",
    "3mensio Structural Heart v10.2 used for annular measurements.",
    "TAVI planning CT on the Somatom Force, retrospective gating 0–100%.",
    "Full R-R acquisition; reconstructions every 10%.",
    "Aortoiliac run-off acquired in the same contrast bolus.",
    "ESC/EACTS 2021 guidelines recommend TAVI for patients aged 75 or over.",
    "Patients over 75 years are discussed at the Thursday Heart Team.",
    "TAVI list runs on Tuesdays in cath lab 2.",
    "Consent per the TAVI pathway checklist version 3.",
    "Dental review is needed before any valve procedure.",
    "A 79-year-old man with NYHA class III dyspnoea.",
    "An 82-year-old woman; CFS 4; independent at home.",
]

# --- Clean sentences: lung transplant ----------------------------------------------------------

CLEAN_TX = [
    "LUNG TRANSPLANT ASSESSMENT CT",
    "Indication: cystic fibrosis with FEV1 below 30% predicted.",
    "Indication: idiopathic pulmonary fibrosis, UIP pattern, DLCO 28%.",
    "Native lungs: diffuse bronchiectasis with mucus plugging.",
    "No contraindication to transplant on imaging.",
    "Chest wall and pleura: no thickening; pleurodesis not evident.",
    "Bilateral sequential lung transplant; clamshell incision.",
    "Anastomoses: right bronchial anastomosis narrowed to 6 mm; left patent.",
    "CLAD phenotype: BOS; no restrictive features.",
    "Restrictive allograft syndrome with pleuroparenchymal fibroelastosis at the apices.",
    "Expiratory air trapping increased since the last study.",
    "Post-transplant lymphoproliferative disorder is in the differential for the new mass.",
    "Acute rejection grade A2 on transbronchial biopsy.",
    "cPRA 42%; virtual cross-match negative.",
    "Lung allocation score 48.2.",
    "Eurotransplant high-urgency status granted.",
    "ECMO bridge via right IJ Avalon cannula.",
    "Tacrolimus trough 8.2 µg/l; mycophenolate 1 g twice daily.",
    "Prednisolone 5 mg daily; valganciclovir prophylaxis stopped.",
    "Azithromycin 250 mg three times weekly for BOS.",
    "Home spirometry: FEV1 down 12% from baseline; clinic review advised.",
    "Six-minute walk 212 m with desaturation to 84%.",
    "Transplant recipients older than 65 are assessed case by case.",
    "The transplant centre will review the CT at Friday rounds.",
    "Donor lungs: ischaemic time 6 h 20 min.",
    "Ex vivo lung perfusion used for 4 hours.",
    "Annual surveillance CT with inspiratory and expiratory series.",
    "Low-dose protocol LTx-FU v2, 100 kV with tin filter.",
    "Chest drains removed; small apical pneumothorax on the right.",
    "Phrenic nerve palsy on the left; elevated hemidiaphragm.",
    "No evidence of aspergilloma in the cavity.",
    "Sputum grew Pseudomonas aeruginosa, sensitive to ceftazidime.",
]

# --- Clean sentences: MDT, biobank, GDPR, transfers, PACS, rota, invoices ---------------------

CLEAN_ADMIN = [
    "CARDIOTHORACIC MDT — AGENDA",
    "Present: cardiothoracic surgeons, cardiologists, radiologists, pathologist, nurse specialist.",
    "Apologies: thoracic oncology.",
    "Outcome: VATS lobectomy.",
    "Outcome: SABR 54 Gy in 3 fractions.",
    "Outcome: rediscuss after PET-CT.",
    "Outcome: CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA).",
    "SYNTAX score 34; SYNTAX II favours CABG.",
    "STS score 2.1%; EuroSCORE II 1.9%.",
    "Masaoka stage II thymoma; robotic thymectomy with da Vinci Xi.",
    "Epithelioid mesothelioma; extrapleural pneumonectomy not offered.",
    "TNM 8th edition: cT1cN0M0, stage IA3.",
    "Type A aortic dissection repaired with a hemiarch and a Vascutek graft.",
    "Residual false lumen perfused; Frozen elephant trunk not used.",
    "Redo sternotomy judged high risk.",
    "Next MDT: Wednesday 08:00, Seminar Room 2, Thoraxcentrum.",
    "MDT chair rotates between surgery and cardiology.",
    "Cases to be submitted by Monday 12:00.",
    "Pathology slides requested from the referring hospital.",
    "The cardiothoracic ICU has two beds free.",
    "Ward 7B is closed for cleaning; patients moved to Ward 5A.",
    "Cardiothoracic ICU bed 12.",
    "CTIVA bed confirmed at 04:05.",
    "Theatre 3, 08:00 start.",
    "BIOBANK CONSENT LOG",
    "Consent form version 4.1 approved by the ethics committee.",
    "Donor consents to storage of tissue, blood and CT images.",
    "Genomic research: YES. Commercial use: NO. Re-contact: YES.",
    "Consent withdrawn; samples to be destroyed within 30 days.",
    "Samples stored at −80 °C in freezer F12, rack 4.",
    "Pseudonymised with the biobank key; linkage held by the data steward.",
    "212 donors consented this quarter; 3 withdrawals.",
    "Consent taken by the biobank nurse after a 12-minute video.",
    "Participants under 18 are not enrolled.",
    "Ages of donors range from 19 to 84.",
    "SUBJECT ACCESS REQUEST",
    "Under Article 15 GDPR you are entitled to a copy of your personal data.",
    "We must reply within one month; this may be extended by two further months (Art. 12(3)).",
    "Erasure declined under Article 17(3)(c) for reasons of public health.",
    "Third-party data has been redacted from the enclosed report.",
    "The request was forwarded to the Data Protection Officer.",
    "Complaint escalated to the Autoriteit Persoonsgegevens.",
    "The Data Protection Commission in Ireland was informed of the breach.",
    "Datatilsynet requires breach notification within 72 hours.",
    "Integritetsskyddsmyndigheten guidance was followed for the transfer.",
    "Identity verification: passport or driving licence copy required.",
    "Images are supplied as DICOM with an embedded viewer.",
    "The password will be sent separately by SMS.",
    "Dear [NAME], please find your images enclosed.",
    "Patient: [NAME]  BSN: [BSN]  DOB: [DATE]",
    "Address: [REDACTED]",
    "CROSS-BORDER TRANSFER NOTE",
    "Legal basis: Article 49(1)(c) GDPR, vital interests.",
    "S2 form confirmed by the competent institution.",
    "EHIC checked on arrival.",
    "Patient transferred from Copenhagen to Gothenburg for urgent transplant.",
    "Repatriation from Brussels to Cork by air ambulance.",
    "Transfer cancelled; the family wishes her kept in Athens.",
    "Interpreter requested (Polish).",
    "Portuguese and English spoken.",
    "Receiving team: thoracic surgery, Zürich.",
    "Ambulance pick-up at 07:30.",
    "PACS AUDIT LOG",
    "C-STORE succeeded: 1,842 images, 0 failures.",
    "Query/retrieve returned 3 studies.",
    "Break-glass access reviewed by the privacy team; justified.",
    "Access without care relationship flagged for review.",
    "DICOM port 104; TLS enabled on port 2762.",
    "Export to USB blocked by policy.",
    "Failed login x5; account locked for 15 minutes.",
    "Share link expired after 14 days.",
    "Lifeimage push completed.",
    "Modality worklist timed out.",
    "HL7 v2.5.1 ORU^R01 message accepted.",
    "AE title NAEOTOM2 is registered in the DICOM router.",
    "Sectra IDS7 version 24.1 deployed on all reading stations.",
    "RADIOLOGY REGISTRAR ROTA",
    "On-call: Mon–Wed and Thu–Sun splits.",
    "Nights this week are covered by the locum registrar.",
    "Swap agreed with the consultant's approval.",
    "Pager down; use mobile phones tonight.",
    "Please protocol the CTPA in ED resus.",
    "Dissection CT for bed 12, please.",
    "Aortic CTA ready; false lumen 38 mm, please review.",
    "Not for PHI on WhatsApp.",
    "Study day on Friday; cover arranged.",
    "Handover at 08:00 in the reporting room.",
    "Call back in the morning.",
    "Teaching file updated with three TAVI cases.",
    "SpR year 3; ST4 from the next rotation.",
    "Radiology registrar, cardiothoracic fellow and consultant on site.",
    "The consultant cardiothoracic radiologist reviewed the study.",
    "INVOICE",
    "Insurer: VGZ.",
    "Insurer: Zilveren Kruis; DBC 320.601.",
    "TARMED 39.5080; tax point value CHF 0.89.",
    "CT coronary angiogram €640.00.",
    "Aortic CTA, 1 450 PLN.",
    "Cardiac CT €420; VAT exempt.",
    "Pre-approval for cardiac CT granted.",
    "Credit note issued for a duplicate calcium score charge.",
    "Payment due within 30 days.",
    "Self-pay patients are invoiced at the standard rate.",
    "Laya Healthcare, VHI and Irish Life Health accept electronic claims.",
    "Danica Pension, Skandia and PZU reimburse cardiac CT after referral.",
    "Helsana and CSS require a TARMED-coded invoice.",
    "Multicare reimburses 80% of the CT fee.",
    "ICD-10 I35.0 nonrheumatic aortic valve stenosis.",
    "ICD-10 I25.10; OPCS K40.3.",
    "NCSP code FNG05 for coronary CTA.",
]

# --- Clean sentences: places, departments, short lines ------------------------------------------

CLEAN_MISC = [
    "Rotterdam",
    "Aarhus",
    "Leuven, Belgium.",
    "The patient lives in Lund and works in Malmö.",
    "She moved from Kraków to Dublin for work.",
    "Referred from Kortrijk.",
    "Lisbon, Porto and Coimbra.",
    "Athens and Thessaloniki have their own TAVI programmes.",
    "Zürich, Bern and Lugano share one image-sharing network.",
    "Gothenburg is the transplant centre for western Sweden.",
    "Copenhagen and Aarhus perform lung transplants in Denmark.",
    "Groningen and Rotterdam lead the Dutch registries.",
    "Thoraxcentrum",
    "Department of Cardiothoracic Surgery.",
    "Afdeling Radiologie, level 3.",
    "Hjertemedicinsk afdeling B.",
    "Thoraxkliniken outpatient clinic.",
    "Klinika Kardiochirurgii.",
    "Serviço de Cardiologia.",
    "Cardiology outpatients, room 14.",
    "Room 3.14, CT suite.",
    "Cath lab 2.",
    "Seminar Room 2.",
    "Nurse specialist, transplant.",
    "Transplant coordinator on call.",
    "Data steward.",
    "Privacy officer.",
    "GP practice letter template v2.",
    "Monday 09:00.",
    "Thursday MDT.",
    "At 02:14.",
    "Tuesdays and Fridays.",
    "Every 6 months.",
    "In 3 days.",
    "Two weeks after discharge.",
    "Yesterday's CT.",
    "Last year's study.",
    "Pending.",
    "Awaiting report.",
    "Report verified.",
    "Addendum to follow.",
    "Not seen.",
    "Declined.",
    "Normal study.",
    "Xarelto 20 mg once daily.",
    "Brilique 90 mg twice daily.",
    "Entresto 49/51 mg twice daily.",
    "Jardiance 10 mg.",
    "Lipitor 40 mg at night.",
    "Marcoumar stopped; switched to Eliquis.",
    "Sintrom (acenocoumarol) held for 3 days before the procedure.",
    "Ozempic continued.",
    "Contrast: Omnipaque 350, Visipaque 320, Iomeron 400.",
    "Heparin 5,000 IU subcutaneously.",
    "Impella CP in situ.",
    "Intra-aortic balloon pump via the left femoral artery.",
    "MitraClip G4 in the A2-P2 position.",
    "WATCHMAN FLX 27 mm left atrial appendage occluder.",
    "Amplatzer PFO occluder 25 mm.",
    "Abbott HeartMate 3 LVAD; outflow graft patent.",
    "Sorin Perceval sutureless valve.",
    "On-X mechanical aortic valve, 23 mm.",
    "Edwards SAPIEN 3",
    "Medtronic Evolut PRO+ 29",
    "GE Revolution Apex and Canon Aquilion ONE are used at the partner sites.",
    "Philips Spectral CT 7500.",
    "Syngo.via CT Cardiac Function.",
    "HeartFlow FFR-CT analysis requested.",
    "Cleerly plaque analysis is not reimbursed.",
    "Version 3.2.1.",
    "Protocol CARDIO_TAVI_v4.",
    "Protocol CHEST_LDCT_v3.",
    "Protocol CTPA_DE_70kV.",
    "98% of reports verified within 24 hours.",
    "Median turnaround 3.4 hours.",
    "Radiation dose 2.0 mSv.",
    "Aortic valve area 0.7 cm²; mean gradient 48 mmHg.",
    "LVEF 35%; TAPSE 14 mm.",
    "NT-proBNP 4,200 ng/l.",
    "Troponin T 48 ng/l.",
    "Blood pressure 142/78 mmHg; heart rate 64.",
    "SpO2 92% on room air.",
    "Temperature 37.9 °C.",
    "Weight 71 kg; height 1.68 m.",
    "Patient is 89.",
    "Patient is 74 years old.",
    "Aged 62.",
    "The youngest recipient this year was 19.",
    "Kerley A lines.",
    "Swan-Ganz catheter removed.",
    "Virchow's triad.",
    "Lambl's excrescences on the aortic valve.",
    "Chiari network in the right atrium.",
    "Eustachian valve prominent.",
    "Eisenmenger physiology is not present.",
    "Kommerell diverticulum with an aberrant right subclavian artery.",
    "Marfan syndrome; aortic root 46 mm.",
    "Loeys-Dietz syndrome excluded on genetic testing.",
    "Takayasu arteritis with wall thickening of the left subclavian artery.",
    "Bland-White-Garland syndrome was excluded.",
    "Dressler syndrome after CABG.",
    "Valsalva manoeuvre for the expiratory series.",
    "Fontan circulation; fenestration closed.",
    "Ross procedure in childhood.",
    "Bentall procedure with a 27 mm composite graft.",
    "David procedure: valve-sparing root replacement.",
    "Ebstein anomaly, mild.",
    "Hodgkin lymphoma treated with mantle radiotherapy in childhood.",
    "Non-Hodgkin lymphoma in remission.",
    "Wegener granulomatosis (GPA) cavitating nodules.",
    "Churg-Strauss (EGPA) with peripheral consolidation.",
    "Birt-Hogg-Dubé cysts at the lung bases.",
    "Langerhans cell histiocytosis, upper-zone cysts and nodules.",
    "Mounier-Kuhn syndrome: tracheomegaly 32 mm.",
    "Lady Windermere pattern in the right middle lobe and lingula.",
    "Golden S sign of right upper lobe collapse.",
    "Luftsichel sign with left upper lobe collapse.",
    "Reversed halo (atoll) sign.",
]

CLEAN_HELDOUT15 = CLEAN_CARDIAC + CLEAN_TAVI + CLEAN_TX + CLEAN_ADMIN + CLEAN_MISC
