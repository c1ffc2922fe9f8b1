"""Held-out PHI set 17: chest imaging of a hospital group and occupational-health programme.

The text is the English-language chest imaging record of a hospital group and an
occupational-health programme working across South and Southeast Asia, the Gulf and Africa
(India, Pakistan, Bangladesh, Sri Lanka, Singapore, Malaysia, the Philippines, the UAE, Saudi
Arabia, Qatar, Nigeria, Kenya and South Africa): pre-employment and visa medical chest X-ray
screening of migrant workers (GCC centres, FOMEMA, MOM work permits), TB programme notifications
and household contact tracing, silicosis and pneumoconiosis surveillance of miners and stone
workers with ILO classification sheets, COVID-era records, insurer and TPA pre-authorisation,
medical-tourism coordinator e-mails and WhatsApp-style messages, embassy and labour-ministry
medical fitness certificates, PACS and teleradiology logs and HL7 segments, and radiologist
reports and addenda. Names come in many forms: Arabic names with bin, bint, al- and kunyas
(Abu Fahad, Umm Nasser), South Indian initials first (K. S. Ramachandran), single names, Chinese
names surname first, Malay names with bin, binti and a/l, Filipino, Yoruba, Igbo, Hausa,
Swahili, Zulu and Afrikaans names, capitals on certificates, relatives and employers' HR
contacts. National ids (Aadhaar, CNIC, NRIC/FIN, MyKad, Emirates ID, Iqama, QID, NIN, SA ID)
stand next to passport, work-permit, UHID and in-patient numbers. Every person, number, phone,
e-mail, street address and network address is invented; facility names are used only as names.

Conventions (shared with the other hand-written sets):
- ``{{kind:text}}`` marks a gold span; kinds are name, date, id, phone, email, url, ip, address,
  facility, age.
- Titles and honorifics (Dr, Mr, Mrs, Ms, MR., Puan, Haji, Hajiya, Pa, Gogo, Mama, Mkhulu) and
  post-nominals (MD, DNB, FWACS, MMed Rad) stay outside name spans; bin, binti, bint, a/l, al-
  and Abu/Umm are inside. "Last, First M." and HL7 ``LAST^FIRST^M`` are one name span, as are
  initials with a surname ("K. S. Ramachandran", "Wijesinghe W M K"), a first name alone after
  a cue ("ASHA Sunita Kumari", "son Ramesh"), a nickname in its own span, a name typed in lower
  case in a chat, and a user login made from a person's name (jtan). In "Abdul Wahab S/O Gul
  Zaman" each person is a span and S/O, W/O, s/o stay outside.
- A date span takes a time or weekday written against it and the local forms (14/03/2024,
  14-Mar-24, 14th March 2024, 2024.03.19, 2024-03-14T08:13:02+04:00, HL7 20240314082233,
  WhatsApp "14/03/24, 10:12"); a Hijri date (1445/09/03, 26/07/1445) is a span of its own and
  its "H" or "AH" stays outside. Times alone, weekdays alone, months without a year, durations
  and relative phrases are not PHI. A bare year of an event in the person's history ("last
  worked 1987") is a date; a year in a guideline or edition name is not.
- Ages over 89 are PHI (the number only, "094" in a DICOM age string; "y", "yrs", "Y/M" stay
  outside); 89 and under are not.
- Id spans hold the value, not its label: national ids, passport, work-permit, visa, labour-card
  and residence numbers, UHIDs, MRNs, in-patient (IP) numbers, accession numbers and DICOM
  UIDs, Ni-kshay and TB register numbers, GAMCA slip and transaction references, policy, member,
  claim, approval and invoice numbers, certificate numbers, portal usernames that are codes, and
  registration numbers of staff (TCMC, PRC, MCR, HPCSA, DHA, KMPDC). Centre codes, ICD-10 and
  CPT codes, rejection codes, IT tickets, batch jobs, HL7 message control ids, ward, bed and
  room numbers, vehicle numbers and contrast lot numbers are not PHI.
- An address runs from the street line (house, flat, plot, block, stand, "Vill.", "P.O. Box")
  through the postcode or PIN and the town on that line ("Indiranagar, Bengaluru 560038",
  "43300 Seri Kembangan"); where no postcode is written (Gulf, Nigeria) it ends with the town or
  emirate. A city, region, country, district or road name alone is not PHI.
- A facility span covers the institution's name (hospital, medical centre, clinic, health
  centre, diagnostic or X-ray centre, lab, district TB centre, field hospital, and its
  abbreviation: KFSHRC, AIIMS, EAMC); a place run into the name ("Mayo Hospital Lahore") is
  inside, a place after a comma is outside. Department words (TB unit, NICU, IPD desk),
  ministries, embassies, programmes (NTEP, NTP, FOMEMA), insurers, TPAs, employers and
  recruiting agencies are not facilities.
- A URL span is the whole address with its path and query; an IP span is the address alone,
  a port after it stays outside.
- Clean sentences hold ILO classification terms, TB and silicosis findings, scores (CAD4TB,
  Brixia, CO-RADS, Lung-RADS), drugs and regimens, eponyms, scanner and device names, ward and
  department words, place names alone, ages 89 and under, times and weekdays without a date,
  code systems, guideline names with years, lot numbers and placeholders ([NAME], XXXX).
"""

from __future__ import annotations

VISA_SCREENING = [
    "GCC APPROVED MEDICAL CENTRES – MEDICAL EXAMINATION REPORT | Centre: {{facility:Al Hayat "
    "Diagnostic Centre}}, Kochi | Slip No: {{id:GM-KOC-2403-118274}}",
    "Name of candidate: {{name:MUHAMMED SHAFEEQ PUTHIYAPURAYIL}} | Passport No: {{id:U4817263}} "
    "| Nationality: Indian | Destination: Saudi Arabia",
    "Date of examination: {{date:14/03/2024}} | Age: 34 | Sex: M | Height 168 cm | Weight 71 kg "
    "| BP 124/80",
    "Chest X-ray PA: lungs clear, no active or healed lesion, costophrenic angles sharp. "
    "Radiologist: Dr {{name:K. S. Ramachandran}} MD (RD), TCMC Reg. No. {{id:41827}}",
    "Overall: FIT. Result uploaded to the portal {{date:15-Mar-24 10:42}}, transaction ref "
    "{{id:WFD-IN-7720481936}}.",
    "UNFIT – fibro-cavitary opacity right upper zone; candidate {{name:Md. Rafiqul Islam}} "
    "(passport {{id:BW0472819}}) referred for sputum CB-NAAT at {{facility:Dhaka Medical "
    "College Hospital}}.",
    "Medical fitness for Qatar residence permit: {{name:Joy Anne Dela Cruz}}, QID "
    "{{id:29860812457}}, examined {{date:2024-02-07}} at {{facility:Mesaimeer Medical "
    "Commission}}.",
    "Emirates ID {{id:784-1991-5512873-4}} | Visa file no. {{id:201/2024/7/118273}} | Result: "
    "FIT (CXR normal; HIV, HBsAg, VDRL negative)",
    "Iqama renewal medical – {{name:Abdul Wahab}} S/O {{name:Gul Zaman}}, Iqama "
    "{{id:2487163091}}, CXR shows calcified granuloma left mid zone, no active disease.",
    "Sponsor: Gulf Horizon Contracting Est.; HR contact Mr {{name:Faisal Al-Otaibi}} "
    "({{phone:+966 55 482 9173}}, {{email:f.otaibi@gulfhorizon-contracting.sa}}).",
    "{{facility:Lifecare Medical Centre}}, {{address:2nd Floor, Noor Complex, Mall Road, "
    "Rawalpindi Cantt 46000}} – GAMCA code RWP-07",
    "Applicant: {{name:DELA PAZ, MARICEL R.}} | DOB: {{date:03/11/1989}} | POEA/DMW record "
    "{{id:OEC-2024-0448172}}",
    "Applicant {{name:Dela Paz, Maricel}} – chest PA {{date:22 Jan 2024}}: minimal blunting of "
    "left CP angle, likely old pleural reaction; lateral view requested.",
    "Re-exam of {{name:Maricel}} on {{date:29 Jan 2024}}: lateral view confirms small pleural "
    "thickening only; declared FIT by Dr {{name:Ramon T. Villanueva}}, PRC Lic. {{id:0087214}}.",
    "Pre-employment medical for Singapore Work Permit: {{name:Ramasamy Selvakumar}}, FIN "
    "{{id:G5128734N}}, WP no. {{id:048217736}}, X-ray {{date:06/05/2024}} – no evidence of TB.",
    "MOM medical examination form submitted by {{facility:Fullerton Health @ Jurong}} on "
    "{{date:7 May 2024}}; doctor MCR {{id:M84172J}}.",
    "Worker {{name:Hossain Mohammad Alamgir}} (FIN {{id:F3381726W}}) – chest X-ray suspicious "
    "for TB, referred to the {{facility:Tuberculosis Control Unit}}; employer must not "
    "repatriate before review.",
    "Malaysian FOMEMA screening: {{name:Suresh Bahadur Gurung}}, passport {{id:11482736}}, "
    "clinic {{facility:Klinik Mediviron Seri Kembangan}}, X-ray centre {{facility:Pusat X-Ray "
    "Sentosa}}.",
    "FOMEMA worker ID {{id:FW-24-03-887162}} | Examination date {{date:11.03.2024}} | CXR: NAD |"
    " Status: SUITABLE",
    "FOMEMA appeal – worker {{name:Kyaw Min Htet}} (passport {{id:MF482716}}) found UNSUITABLE "
    "on {{date:18/02/2024}} for right apical opacity; appeal X-ray reviewed by Dr {{name:Tan "
    "Wei Ling}} on {{date:2024-03-01}}.",
    "Employer's agent Puan {{name:Noraini binti Abdullah}} asked by phone ({{phone:+60 12-448 "
    "7321}}) whether the worker can be re-screened at {{facility:Klinik Kesihatan Puchong}}.",
    "KSA visa medical – Kenyan candidate {{name:Wanjiru Njeri Kamau}}, ID {{id:28714563}}, "
    "passport {{id:AK0418273}}, exam at {{facility:Al Shifa Medical Centre}}, Nairobi, on "
    "{{date:12th March 2024}}.",
    "Candidate {{name:Amina Hassan Abdi}} – CXR: mild cardiomegaly (CTR 0.55), lungs clear; FIT "
    "subject to cardiology opinion, agency Mrs {{name:Mercy Achieng}} {{phone:+254 722 418 "
    "396}}.",
    "Nigerian applicant {{name:Chukwuemeka Obinna Eze}}, NIN {{id:31845720961}}, intl passport "
    "{{id:A09182736}}, medical done {{date:05/04/2024}} at {{facility:Clina-Lancet "
    "Laboratories}}, Victoria Island.",
    "Address on form: {{address:14 Adeola Odeku Street, Victoria Island, Lagos}} | Next of kin: "
    "{{name:Ngozi Eze}} (wife) {{phone:0803 418 2276}}",
    "Sri Lankan housemaid candidate {{name:W. M. Kumari Wijesinghe}}, NIC {{id:198765403217}}, "
    "SLBFE reg {{id:HM/24/118273}}, CXR {{date:2024.03.19}} normal.",
    "Bureau medical at {{facility:Durdans Medical Centre}}, {{address:No. 3, Alfred Place, "
    "Colombo 03}}; contact the counter on {{phone:011 214 0000}} ext. 4471.",
    "Bangladeshi worker {{name:Shahidul Alam Sarkar}}, NID {{id:4172836195}}, BMET clearance "
    "{{id:BMET-2024-0731872}}; X-ray at {{facility:Popular Diagnostic Centre}}, Dhanmondi, on "
    "{{date:09-04-2024}}.",
    "Worker's village address: {{address:Vill. Char Kalibari, P.O. Purbadhala, Netrokona "
    "2410}}; mobile {{phone:+880 1711-482915}}.",
    "Pakistani candidate {{name:Muhammad Imran Khan Niazi}} – CNIC {{id:35202-4418723-5}}, "
    "Protector slip {{id:POE-LHR-24-118273}}, GAMCA centre {{facility:Zam Zam Medical Centre}}.",
    "CXR {{date:21-03-2024}}: reticulonodular shadows both upper zones – UNFIT (suspected "
    "TB/pneumoconiosis); candidate advised follow-up at {{facility:Gulab Devi Chest Hospital}}.",
    "Dubai residence visa medical – {{name:Li Jianguo}} (surname LI), passport "
    "{{id:E71824633}}, Emirates ID applied {{id:784-1979-4417263-1}}, typing centre receipt "
    "{{id:DHA-MF-24-5518273}}.",
    "X-ray result of Mr {{name:LI Jianguo}}: opacities left apex – referred to {{facility:Al "
    "Baraha Hospital}} TB unit; visa on hold pending sputum results.",
    "Abu Dhabi occupational screening: {{name:Rajesh Kumar Yadav}}, UID {{id:118273645}}, exam "
    "{{date:2024-01-16}} at the {{facility:SEHA Disease Prevention and Screening Centre}}, "
    "Mussafah.",
    "Candidate's uncle {{name:Ramesh Yadav}} brought the original passport; he can be reached "
    "at {{phone:+971 55 118 2736}}.",
    "Housemaid {{name:Siti Rahayu binti Suparman}}, Indonesian, passport {{id:C4817263}}, "
    "Kuwait visa medical {{date:17/01/2024}} – CXR clear, declared FIT.",
    "Driver {{name:Kofi}} (single name on passport), passport {{id:G2418736}}, medical "
    "{{date:8-Feb-24}} at {{facility:Qatar Visa Centre Accra}} – note: CXR normal.",
    "Guard {{name:Ibrahim Musa Danjuma}}, NIN {{id:22718463095}}, employer ref "
    "{{id:HR/SEC/24/0712}}, chest film shows old healed left apical fibrosis; FIT with TB "
    "clearance letter.",
    "TB clearance letter for {{name:Ibrahim Danjuma}} issued by Dr {{name:Aisha Bello-Yusuf}} "
    "of {{facility:Aminu Kano Teaching Hospital}} on {{date:2nd April 2024}}.",
    "Saudi labour medical re-check of worker {{name:Mohammed Anwar Hossain}} ({{name:MD ANWAR "
    "HOSSAIN}} on passport), border number {{id:3187264519}}; CXR {{date:1445/09/03}} H "
    "({{date:13/03/2024}}).",
    "Worker photograph and thumbprint matched; operator {{name:Nasir}} logged in at 09:14 on "
    "counter 3.",
    "Overseas employment medical (Nepal route via Mumbai): {{name:Bir Bahadur Thapa Magar}}, "
    "passport {{id:09182736}}, examined at {{facility:Sai Diagnostics Andheri}} "
    "{{date:28/02/2024}}.",
    "Chest radiograph of {{name:Thapa Magar}}: no abnormality; the agency "
    "({{email:visa.desk@himalaya-manpower.com.np}}) wants the report by Friday.",
    "UAE pre-employment – nurse {{name:Alyssa Mae Bautista}}, DOH license app "
    "{{id:DOH-APP-2024-118273}}, CXR normal {{date:March 3, 2024}}; submitted via "
    "{{url:https://eservices.doh-partner.example.ae/medical-fitness/app/118273}}.",
    "GAMCA slip verification: "
    '{{url:https://wafid.example.com/search-slip/?slip=GM-KOC-2403-118274}} shows "Medical '
    'status: FIT".',
    "Candidate list sent by the recruiting agency Ms {{name:Fatima Zahra Qureshi}} "
    "({{email:fz.qureshi@gulfstar-hr.pk}}) with 42 names and passport numbers for next week.",
    "Karachi centre address: {{address:Plot 12-C, Khayaban-e-Ittehad, Phase VI, DHA, Karachi "
    "75500}}; phone {{phone:021-3524 8173}}.",
    "South African applicant {{name:Sipho Themba Dlamini}}, ID number {{id:8604125263087}}, "
    "exam for Qatar contract at {{facility:Lancet Laboratories Rosebank}}, CXR "
    "{{date:2024/04/08}} normal.",
]


TB_PROGRAMME = [
    "TB NOTIFICATION – Ni-kshay ID {{id:218736451}} | Patient: {{name:Lakshmi Devi}} | Age 46 | "
    "Sex F | PHI: {{facility:UPHC Ramnagar}} | Date of diagnosis {{date:11/03/2024}}",
    "Basis of diagnosis: CXR (right upper lobe consolidation with cavitation) + CBNAAT MTB "
    "detected, rif not detected; notified by Dr {{name:Anand Prakash Mishra}} ({{phone:+91 "
    "94150 27384}}).",
    "Patient address: {{address:H.No. 2/118, Gali No. 4, Shastri Nagar, Ghaziabad 201002}}; "
    "Aadhaar {{id:4821 7736 2095}} (seeded for DBT).",
    "Treatment supporter: ASHA {{name:Sunita Kumari}}, mobile {{phone:98731 44826}}; Nikshay "
    "Poshan Yojana bank account linked on {{date:14-03-2024}}.",
    "Household contacts screened {{date:18/03/2024}}: husband {{name:Ram Prasad}} (52) – CXR "
    "normal; mother-in-law {{name:Kamla Devi}} ({{age:93}} y) – CXR: fibrotic changes bilateral "
    "upper zones, sputum sent.",
    "Mother-in-law aged {{age:93}} unable to produce sputum; gastric aspirate not feasible, "
    "referred to {{facility:District TB Centre Ghaziabad}} for CXR review by the DTO Dr "
    "{{name:R. K. Sharma}}.",
    "Contact tracing sheet (index {{name:Ahmed Raza}}, NTP reg. {{id:PTB/LHR/2024/10827}}): "
    "father Haji {{name:Sher Muhammad}} age {{age:91}}, symptomatic (cough 3 weeks), CXR "
    "{{date:2024-03-22}} – left upper zone infiltrate.",
    "Grandmother {{name:Zainab Bibi}}, {{age:96}} years, bed-bound, CXR portable at home not "
    "possible; TB preventive therapy deferred.",
    "Pakistan NTP – Presumptive TB register entry {{id:PTB/LHR/2024/11827}}, patient "
    "{{name:Shazia Parveen}} W/O {{name:Muhammad Ashraf}}, CNIC {{id:37405-7718263-2}}.",
    "{{name:Shazia}}'s chest X-ray {{date:5-Apr-24}} read by the CAD software and confirmed by "
    "Dr {{name:Saima Ghafoor}} at {{facility:Mayo Hospital Lahore}}: bilateral miliary nodules.",
    "Follow-up call to the husband on {{phone:0300-4417283}} – he will bring her father, "
    "{{name:Allah Ditta}}, aged {{age:92}}, for screening on Monday.",
    "Kenya NTLD-P – TIBU number {{id:KNY/TB/2024/04187}}; patient {{name:Otieno Ouma Joseph}}, "
    "ID {{id:21874635}}, facility {{facility:Mbagathi County Hospital}}, diagnosed "
    "{{date:02/04/2024}}.",
    "Contact investigation by CHV {{name:Grace Wambui}}: household of 7 in Kibera; the "
    "patient's great-grandmother Mama {{name:Akinyi}}, {{age:98}}, screened by symptoms only.",
    "{{name:Akinyi}} (age {{age:98}}) later brought to {{facility:Kibera South Health Centre}} "
    "for CXR on {{date:16th April 2024}} – old calcified primary complex, no active disease.",
    "South Africa – TIER.Net folder {{id:TN-GP-0418273}}, patient {{name:Nomvula Precious "
    "Mthembu}}, ID {{id:7901230418085}}, clinic {{facility:Zola Community Health Centre}}.",
    "{{name:Nomvula}}'s CXR {{date:2024-02-19}}: right pleural effusion, no cavity; Xpert Ultra "
    "trace; review by Dr {{name:Pieter van der Merwe}} at {{facility:Chris Hani Baragwanath "
    "Academic Hospital}}.",
    "Her grandfather Mkhulu {{name:Jabulani Mthembu}} ({{age:94}} yrs), who shares the room, "
    "had CXR at the clinic: bilateral apical scarring, sputum Xpert negative.",
    "Home visit address: {{address:Stand 4418, Zone 6, Meadowlands, Soweto 1852}}; contact "
    "{{phone:+27 82 418 7723}}.",
    "Bangladesh NTP – TB register no. {{id:DMCH/24/0731}}, patient {{name:Rahima Khatun}}, age "
    "38, diagnosed {{date:24.01.2024}}, DOT provider BRAC shasthya kormi {{name:Morium Begum}}.",
    "Contact screening: father-in-law {{name:Abdul Jabbar Mia}}, {{age:90}}, CXR – right upper "
    "zone fibrocalcific lesion, Xpert negative; TPT started.",
    "Philippines NTP – ITIS case no. {{id:NCR-QC-24-118273}}; patient {{name:Rodrigo Santos}} "
    '("{{name:Digoy}}"), PhilHealth {{id:12-050873214-6}}, DOTS facility {{facility:Project 4 '
    "Health Center}}.",
    "{{name:Digoy}}'s lola {{name:Consolacion Santos}}, {{age:91}}, symptomatic; CXR requested "
    "{{date:March 18, 2024}} at {{facility:Quirino Memorial Medical Center}}.",
    "Address for contact tracing: {{address:Unit 5C, 118 Kalayaan Avenue, Diliman, Quezon City "
    "1101}}.",
    "Singapore TBCU notification: {{name:Ong Ah Kow}}, NRIC {{id:S2718463B}}, age {{age:90}}, "
    "admitted {{facility:Tan Tock Seng Hospital}} {{date:2024-03-04}}; smear 2+.",
    "Contacts: wife {{name:Lim Swee Hoon}}, 86, and son {{name:Ong Kah Huat}}, 58, both CXR "
    "clear; maid {{name:Marites}} (FIN {{id:G7718263K}}) CXR pending.",
    "Malaysia – MyTB notification {{id:MYTB-SGR-24-0418273}}; patient {{name:Ahmad Faizal bin "
    "Rosli}}, MyKad {{id:850412-10-5517}}, {{facility:Hospital Tengku Ampuan Rahimah}}, Klang.",
    "{{name:Ahmad Faizal}}'s father {{name:Rosli bin Hamid}}, {{age:92}} years old, screened at "
    "{{facility:Klinik Kesihatan Pandamaran}}; CXR bilateral apical fibrosis, old.",
    "Home address: {{address:No. 12, Jalan Pandamaran Jaya 3/4, 42000 Port Klang}}; HP "
    "{{phone:019-338 2716}}.",
    "India – Ni-kshay ID {{id:274819362}}: {{name:M. Venkatesan}}, 57, bidi worker, CXR "
    "{{date:12-Feb-2024}} left upper lobe cavity 3.2 cm; address {{address:No. 7, Anna Street, "
    "Kottur, Vellore 632001}}.",
    "His mother {{name:Ponnammal}}, {{age:95}}, and his grandson, 4 years, were screened; the "
    "grandson got TPT (3HP not available, 6H started).",
    "DR-TB case: {{name:Syed Ali Hasnain}}, PMDT reg {{id:PMDT-KHI-24-0318}}, BPaLM started "
    "{{date:2024-03-11}} at {{facility:Ojha Institute of Chest Diseases}}.",
    "CXR follow-up month 2 ({{date:10/05/2024}}): cavity smaller; next CXR due in 8 weeks. "
    "Treatment supporter {{name:Ghulam Mustafa}} ({{phone:+92 321 2718463}}).",
    "UAE – TB case notified to DHA on {{date:07/02/2024}} ({{date:26/07/1445}} AH): "
    "{{name:Rahul Nair}}, Emirates ID {{id:784-1990-3318276-2}}, employer camp in Jebel Ali.",
    "Camp contact screening list forwarded by Mr {{name:Jose Mari Reyes}}, camp boss, "
    "{{email:camp.admin.jafza@emirates-facilities.ae}}; 36 roommates for CXR.",
    "Saudi MOH – TB notification no. {{id:TB-RYD-1445-07718}}, {{name:Nasser bin Abdullah "
    "Al-Qahtani}}, national ID {{id:1087264519}}, {{facility:King Saud Medical City}}, "
    "{{date:1445/08/14}} H.",
    "Contact: his grandmother {{name:Umm Nasser}} ({{name:Hessa bint Mohammed Al-Qahtani}}), "
    "aged {{age:97}}, home-screened by the PHC team of {{facility:Al Yarmouk Primary Health "
    "Care Centre}}.",
    "Nigeria NTBLCP – patient {{name:Adebayo Oluwaseun Adeyemi}}, TB no. "
    "{{id:LAG/IKJ/24/0418}}, DOTS at {{facility:Ikeja General Hospital}}, start "
    "{{date:14/03/2024}}.",
    "Contacts: mother Mrs {{name:Folake Adeyemi}}, 61, CXR clear; grandfather listed below.",
    "Grandfather, Pa {{name:Samuel Adeyemi}}, aged {{age:93}}, lives at {{address:12 Ogunlana "
    "Drive, Surulere, Lagos}}; CXR at {{facility:Lagos University Teaching Hospital}} "
    "{{date:21-03-2024}} – no active TB.",
    "Hausa index case {{name:Aminu Sani Bichi}} from Kano, contact Hajiya {{name:Hauwa Bichi}} "
    "({{age:90}}), CXR {{date:03.04.2024}} – bilateral upper lobe fibrosis with traction "
    "bronchiectasis.",
    "Sri Lanka NPTCCD – register no. {{id:CMB/24/0721}}, patient {{name:S. A. Priyantha "
    "Perera}}, {{facility:National Hospital for Respiratory Diseases}}, Welisara, CXR "
    "{{date:2024-01-30}}.",
    "{{name:Priyantha}}'s aunt {{name:Seelawathie}} ({{age:94}}) screened at {{facility:Chest "
    "Clinic Colombo}}; film shows old apical fibrosis only.",
    "Home: {{address:No. 45/2, Old Kesbewa Road, Nugegoda 10250}}.",
    "Kenya contact register: {{name:Omondi}} – index; {{name:Nyokabi Wanjiku}} – wife, 34; "
    "{{name:Otieno Odhiambo}} – father, {{age:91}}, CXR abnormal (left upper zone).",
    "Index patient's employer HR officer {{name:Catherine Mwikali}} emailed "
    "{{email:c.mwikali@savannah-flowers.co.ke}} asking for a fitness-to-work note after 2 weeks "
    "of treatment.",
]


PNEUMOCONIOSIS = [
    "ILO CLASSIFICATION RECORD – Worker: {{name:Thabo Mokoena}} | SA ID {{id:6811055418083}} | "
    "Mine: Rustenburg shaft 12 | Film date: {{date:2024-02-14}}",
    "Film quality 1; small opacities q/q, profusion 2/1, zones RU RM LU LM; no large opacity; "
    "pleural plaques absent. Reader: Dr {{name:Johan Pretorius}}, HPCSA {{id:MP 0418273}}.",
    "Certification committee referral for {{name:Mokoena}} sent {{date:19 February 2024}}; MBOD "
    "file {{id:MBOD/2024/0418273}}.",
    "Ex-mineworker {{name:Lebohang Moshoeshoe}} (Lesotho passport {{id:RA0418273}}), aged "
    "{{age:91}}, compensation review: film shows large opacity category B, right upper zone.",
    "Tracing for compensation: ex-miner {{name:Mandla Khumalo}}, {{age:90}}, last worked "
    "{{date:1987}} at a gold mine in Carletonville; family contact {{name:Zanele Khumalo}} "
    "{{phone:072 418 3391}}.",
    "Benefit Medical Examination ({{date:12/04/2024}}): {{name:Andile Ngcobo}}, industry number "
    "{{id:IND-77182634}}, ILO 1/0 p/q, silicosis – refer for certification.",
    "Rajasthan Pneumoconiosis Policy – sandstone worker {{name:Bhanwar Lal Meghwal}}, Jan "
    "Aadhaar {{id:4418772630}}, certified silicosis {{date:05-01-2024}} by the board at "
    "{{facility:SN Medical College Jodhpur}}.",
    "Address: {{address:Ward 7, Village Kharda, Tehsil Osian, Jodhpur 342303}}; mobile "
    "{{phone:+91 94141 27738}} (son {{name:Ramesh}}).",
    "Board chair Dr {{name:Vikram Singh Rathore}} noted: ILO 2/2 r/r, large opacity A in right "
    "upper zone; compensation to be paid to the worker's nominee.",
    "Surveillance round 3 – stone crusher unit, Jhansi: {{name:Raju}} (single name), 29, ILO "
    "0/1 – repeat in 12 months; {{name:Chhotelal Kushwaha}}, 47, ILO 2/1 q/q – referred.",
    "Worker {{name:Mohd. Sharif}} (ESIC IP no. {{id:2718463510}}) – HRCT {{date:18/02/2024}} at "
    "{{facility:ESIC Medical College Faridabad}}: conglomerate masses with eggshell nodal "
    "calcification.",
    "Pakistan – marble workers' screening, Mohmand: {{name:Gul Rehman}}, CNIC "
    "{{id:17301-4418726-1}}, CXR {{date:10-03-2024}} ILO 2/2 q/r; referred to {{facility:Lady "
    "Reading Hospital}}.",
    "Pneumoconiosis surveillance, Sabah quarry: {{name:Jeffrey Gidong}}, MyKad "
    "{{id:880714-12-5173}}, ILO 1/1 p/p, employer OHD Dr {{name:Lee Chong Kiat}}.",
    "Report to DOSH by {{email:ohd.sabah@quarryhealth.com.my}} on {{date:2024-04-02}}; "
    "notification ref {{id:JKKP 7/2024/0418}}.",
    "Coal-mine surveillance, Jharia: {{name:Sukhdeo Mahto}}, 52, token no. "
    "{{id:BCCL-T-418273}}, ILO 1/0 p/s; second reader Dr {{name:P. K. Banerjee}} agrees.",
    "Retired miner {{name:Fakir Chand Bauri}}, {{age:92}}, seeking arrears; old film from "
    "{{date:1998}} shows category 2 simple pneumoconiosis per the pension file.",
    "Nigerian granite quarry workers, Abeokuta: {{name:Olumide Akinola}}, ILO 1/1 q/t; "
    "{{name:Tunde Bakare}}, ILO 0/0. Reader Dr {{name:Funmilayo Ogunleye}}, {{facility:Federal "
    "Medical Centre Abeokuta}}.",
    "Tanzanian ex-miner in Kenya {{name:Juma Mwinyi Salim}}, passport {{id:TAE418273}}, CXR at "
    "{{facility:Coast General Teaching and Referral Hospital}} {{date:15/01/2024}}: PMF "
    "bilateral.",
    "Stone-carver {{name:Ali Hassan Abu Khalil}} in Sharjah, Emirates ID "
    "{{id:784-1968-4418273-9}}, HRCT {{date:2024-03-27}}: accelerated silicosis pattern, lymph "
    "nodes calcified.",
    "Artificial-stone benchtop fitter {{name:Jacobus Botha}} (“{{name:Kobus}}”), ID "
    "{{id:8207155018081}}, CT {{date:2024-02-06}} at {{facility:Tygerberg Hospital}}: "
    "centrilobular nodules with early PMF.",
    "{{name:Botha}}'s employer safety officer Ms {{name:Annelie du Plessis}} "
    "({{email:annelie.dp@capekitchens.co.za}}) requests a summary for the Department of "
    "Employment and Labour.",
    "ILO reading sheet ID {{id:ILO-RS-24-07718}} | Reader B: Dr {{name:Naledi Sithole}} | Date "
    "read: {{date:08/03/2024}} | Agreement: within one minor category",
    "Silicotuberculosis – {{name:Kalu Ram}}, sandstone worker, Ni-kshay {{id:318274635}}, CXR "
    "{{date:2024-02-20}}: new cavity in a conglomerate mass, left upper zone.",
    "{{name:Kalu Ram}}'s wife {{name:Santosh Devi}} called ({{phone:+91 80036 44827}}) about "
    "the silicosis relief amount and the pending ILO report.",
]


COVID_ERA = [
    "COVID-19 CXR – SRF ID {{id:0718273645123}} | Patient {{name:Gowramma}} | Age {{age:92}} | "
    "F | Date {{date:2021-05-04}}",
    "Portable AP chest {{date:04/05/2021 23:10}}: bilateral peripheral ground-glass and "
    "consolidation, lower-zone predominant, CXR severity score 14/18.",
    "Bed allotted through the BBMP war room to {{facility:Bowring and Lady Curzon Hospital}}; "
    "son {{name:Nagaraj}} informed on {{phone:+91 99860 41273}}.",
    "{{name:Gowramma}}'s repeat film {{date:07-May-21}}: progression, right pneumothorax "
    "excluded; ICU consultant Dr {{name:S. Manjunath}} informed.",
    "Dubai COVID field hospital log – {{name:Arun Thomas Mathew}}, EID "
    "{{id:784-1985-7718263-0}}, admitted {{date:2020-05-12}}, CXR day 1 mild left lower zone "
    "GGO.",
    "Quarantine facility transfer from {{facility:Dubai World Trade Centre Field Hospital}} to "
    "camp isolation on {{date:19/05/2020}}; employer HR {{name:Sanjay Pillai}} {{phone:+971 50 "
    "418 2736}}.",
    "Singapore dormitory cluster: worker {{name:Rahman Md Mizanur}} (FIN {{id:G4418273M}}), "
    "dorm {{address:Blk 22 Sungei Tengah Road, Singapore 699008}}, CXR at the community care "
    "facility clear.",
    "Swab and CXR at {{facility:Changi Exhibition Centre CCF}} on {{date:29 Apr 2020}}; PCR Ct "
    "24; discharged on day 21.",
    "Quezon City – {{name:Pacita Gonzales-Ramos}}, {{age:95}} years, COVID-19 pneumonia, CXR "
    "{{date:August 14, 2021}} bilateral infiltrates; admitted {{facility:East Avenue Medical "
    "Center}}.",
    "Her granddaughter {{name:Jhen}} sent the PCR result through Messenger and gave her number "
    "{{phone:0917 482 1937}}.",
    "Lagos isolation centre – {{name:Emeka Nwosu}}, NCDC case ID {{id:NCDC-LA-20-118273}}, CXR "
    "{{date:30/06/2020}}: patchy bilateral opacities; transferred to {{facility:Mainland "
    "Infectious Disease Hospital}}, Yaba.",
    "Karachi – {{name:Akhtar Jahan Begum}}, {{age:90}}, COVID-19, HRCT {{date:2020-06-18}}: CT "
    "severity score 18/25; daughter {{name:Rubina}} (CNIC {{id:42201-7718263-4}}) consented.",
    "Nairobi – {{name:Wanjiku Mwangi}}, {{age:91}}, PCR positive {{date:12/08/2020}}; portable "
    "CXR bilateral basal consolidation at {{facility:Kenyatta National Hospital}} infectious "
    "disease unit.",
    "Jeddah – {{name:Saleh bin Fahad Al-Ghamdi}}, known as {{name:Abu Fahad}}, national ID "
    "{{id:1048273619}}, COVID CXR {{date:1441/11/02}} H, severe; admitted {{facility:King "
    "Abdulaziz Hospital}}.",
    "Doha quarantine hotel list: room 1214 – {{name:Ravindran Pillai}}, QID {{id:27535618427}}, "
    "arrived {{date:2021-03-09}}, CXR not required.",
    "Soweto – Gogo {{name:Thandi Mahlangu}}, {{age:93}}, oxygen saturation 82% on "
    "{{date:2021-07-03}}; CXR at the field hospital: bilateral GGO, severity moderate.",
    "Colombo – IDH admission {{name:K. G. Somawathie}}, {{age:90}}, {{date:2021-08-21}}, CXR "
    "bilateral infiltrates; PCR ref {{id:MRI-PCR-21-441827}}.",
    "Post-COVID clinic follow-up of {{name:Harbhajan Kaur}} on {{date:22nd November 2021}}: "
    "HRCT shows residual reticulation and traction bronchiectasis; next review in 6 months.",
    "Kuala Lumpur – MAEPS quarantine centre: {{name:Tan Ah Seng}}, MyKad {{id:420318-08-5527}}, "
    "CXR {{date:2021-07-28}} category 3; transferred to {{facility:Hospital Sungai Buloh}}.",
    "Vaccination certificate checked for {{name:Joseph Kariuki}}, cert ID "
    "{{id:KE-VAX-2021-441827}}, before pre-travel chest X-ray on {{date:2022-01-11}}.",
]


INSURANCE_TPA = [
    "PRE-AUTHORISATION REQUEST | TPA: MediAssist | Policy No: {{id:2411/MED/00418273}} | Member "
    "ID {{id:MA-4418273-01}} | Patient {{name:Kavitha Subramanian}} | Hospital {{facility:MIOT "
    "International}}",
    "Procedure: HRCT chest + CT-guided lung biopsy; estimated cost INR 48,500; planned date "
    "{{date:18-04-2024}}; treating doctor Dr {{name:Arvind Raghavan}}.",
    "Query from TPA ({{email:preauth.chennai@mediassist-tpa.in}}): please send previous CXR "
    "report dated {{date:02/04/2024}} and clinical notes.",
    "Hospital IP no. {{id:IP/24/118273}}, UHID {{id:MIOT.0004418273}}; approval letter ref "
    "{{id:CCN-24-7718263}} received 16:42.",
    "Daman (Abu Dhabi) pre-approval: member {{name:Omar Khalid Al Mansoori}}, card "
    "{{id:DAM-1-4418-27361}}, CT chest {{date:2024-03-10}} approved under eClaimLink "
    "transaction {{id:EC-24-0718273645}}.",
    "Rejection reason code MNEC-004 for claim {{id:CLM-2024-441827}} of {{name:Bilal Ahmad "
    "Sheikh}}; appeal submitted {{date:21/03/2024}} with the radiologist's addendum.",
    "Bupa Arabia approval {{id:BA-PA-1445-771826}} for PET-CT of {{name:Noura bint Saad "
    "Al-Dosari}}, Iqama/NID {{id:1129384756}}, at {{facility:King Faisal Specialist Hospital & "
    "Research Centre}}.",
    "Tawuniya policy {{id:TWN-GRP-0418-2718}} (employer group) – employee {{name:Arnel "
    "Pascual}}, Iqama {{id:2318746502}}, chest CT pre-approved {{date:14 Mar 2024}}.",
    "PhilHealth claim CF4 for {{name:Rosario Manalo}}, PIN {{id:19-201847362-1}}, admitted "
    "{{date:03/02/2024}} to {{facility:Jose R. Reyes Memorial Medical Center}}, CXR: "
    "community-acquired pneumonia.",
    "Sri Lanka – insurer Ceylinco claim {{id:CHI-24-0718273}}; {{name:Dilani Fernando}}, CT "
    "chest at {{facility:Asiri Surgical Hospital}} {{date:2024-02-12}}; claim officer "
    "{{name:Ruwan}} {{phone:+94 77 348 2291}}.",
    "NHIF Kenya – member number {{id:7718263}}, {{name:Peter Mutua Kilonzo}}, chest CT "
    "preauthorisation at {{facility:The Nairobi Hospital}} {{date:20/02/2024}}.",
    "HMO authorisation code {{id:AXA-MNS-24-18273}} for {{name:Chiamaka Okafor}}, enrollee "
    "{{id:AMS/LAG/0418273}}, CT thorax at {{facility:Reddington Hospital}}; HMO desk "
    "{{phone:+234 809 418 2736}}.",
    "Discovery Health pre-auth {{id:DH-PA-440182736}}: member {{name:Liezel Nel}}, plan Classic "
    "Comprehensive, membership no. {{id:418273645}}, CT chest at {{facility:Netcare Milpark "
    "Hospital}}.",
    "Please note the ICD-10 code J84.1 was supplied; auth valid {{date:2024-03-15}} to "
    "{{date:2024-04-14}}.",
    "Malaysia – AIA panel GL letter {{id:GL-24-07718263}}, {{name:Lim Mei Fong}}, NRIC "
    "{{id:790312-14-5524}}, CT thorax at {{facility:Sunway Medical Centre}}, admission "
    "{{date:12/03/2024}}.",
    "Singapore – MediShield Life claim for {{name:Goh Boon Keng}}, NRIC {{id:S5018273H}}, "
    "{{facility:Singapore General Hospital}} bill {{id:SGH-BL-24-0418273}}.",
    "Pakistan – State Life Sehat card beneficiary {{name:Nasreen Akhtar}}, CNIC "
    "{{id:61101-2718463-8}}, CT chest at {{facility:Pakistan Institute of Medical Sciences}} on "
    "{{date:2024-01-28}}.",
    "Bangladesh – Green Delta policy {{id:GDIC/HL/24/0718}} of {{name:Tahmina Akter}}, chest CT "
    "{{date:08-02-2024}} at {{facility:Square Hospitals}}, Panthapath.",
    "Claims audit: member {{name:Hari Om Gupta}}, DOB {{date:12/06/1932}}, age {{age:91}}, HRCT "
    "approved under senior-citizen rider; policy {{id:SC-ST-2023-4418273}}.",
    "Qatar – QLM card {{id:QLM-7718-2638-01}}, member {{name:Abdulrahman Ali Al-Kuwari}}, CT "
    "chest pre-approval at {{facility:Al Emadi Hospital}} {{date:10/03/2024}} "
    "({{date:29/08/1445}} H).",
    "Reimbursement e-mail to {{email:claims.support@gulfcare-tpa.ae}} from "
    "{{email:sherin.joseph82@gmail.com}}: invoice {{id:INV-RAD-24-00418}} for chest CT of my "
    "father {{name:Joseph Varghese}}, {{age:90}}.",
]


MEDICAL_TOURISM = [
    "From: {{name:Priya Nambiar}} <{{email:priya.nambiar@intlpatients-medcity.in}}> | To: "
    "{{email:abdullahi.yusuf77@yahoo.com}} | Sent: {{date:Tue 12 Mar 2024 09:41}}",
    "Dear Mr {{name:Abdullahi Yusuf}}, we have received the CT chest CD of your mother, Hajiya "
    "{{name:Fatima Yusuf}}, and our thoracic surgeon will review it by Thursday.",
    "For the visa invitation letter we need her passport bio page (number {{id:A11827364}}) and "
    "yours; please also confirm the travel date, {{date:28th March 2024}}.",
    "Our Abuja liaison office is at {{address:Plot 1127, Aminu Kano Crescent, Wuse 2, Abuja}}; "
    "the coordinator there is {{name:Ifeoma}} ({{phone:+234 803 771 8263}}).",
    "Reply from {{name:Abdullahi}}: thank you ma, the CD was from {{facility:National Hospital "
    "Abuja}}, scan done {{date:20/02/2024}}, she is 67.",
    "WhatsApp [{{date:14/03/24, 10:12}}] {{name:Fazal}} Bhai Dhaka Agent: sir 3 patient coming "
    "sunday, one lung mass, CT done at {{facility:Labaid Specialized Hospital}}",
    "[{{date:14/03/24, 10:13}}] {{name:Fazal}} Bhai Dhaka Agent: patient name {{name:md abul "
    "kashem}}, passport {{id:EK0418273}}, age 58, ct report sending",
    "[{{date:14/03/24, 10:20}}] {{name:Riya}} (IPD desk): ok sir pls share reports, we will "
    "book Dr {{name:Sandeep Nayak}} opd monday",
    "[{{date:14/03/24, 10:21}}] {{name:Fazal}} Bhai Dhaka Agent: his wife {{name:Nasima}} also "
    "coming, her no {{phone:+8801819-771826}}",
    "[{{date:15/03/24, 18:02}}] {{name:Riya}} (IPD desk): sir {{name:kashem}} ji visa letter "
    "sent to {{email:dhaka.medvisa@gmail.com}}, please check",
    'Chat export – "{{name:Farhan}} (Karachi)": bhai mere abba ki CT scan report bhej raha '
    "hoon, {{name:Shakeel Ahmed}}, 64 saal, MRN {{id:AKU-418-27-36}}",
    "From: International Patient Services, {{facility:Manipal Hospital Old Airport Road}} "
    "<{{email:ips.oar@manipalintl.in}}>, {{date:2024-03-05}}",
    "Subject: Estimate for Mr {{name:Hamad Saif Al Marri}} – CT-guided biopsy and PET-CT; "
    "passport {{id:M01827364}} (Qatar)",
    "Dear {{name:Hamad}}, your case number is {{id:IPS-BLR-24-07718}}; our Arabic interpreter "
    "Mr {{name:Yaseen Siddiqui}} will receive you at the airport ({{phone:+91 80 4418 2736}}).",
    "Coordinator note: patient's brother Mr {{name:Nasser Saif Al Marri}} will stay at "
    "{{address:Apt 304, Prestige Residency, 12 Old Airport Road, Bengaluru 560017}}.",
    "Kenyan upload link {{url:https://share.medcity-intl.in/upload/KE-24-0418?token=7f3a9c21}} "
    "was sent to Mrs {{name:Chebet Kiprono}} for her husband's CT DICOM.",
    "Mrs {{name:Chebet}}: the files are 1.2 GB, the upload failed twice; can I send via "
    "{{url:https://wetransfer.com/downloads/4418273cc8a7}} instead?",
    "Medical tourism facilitator Ms {{name:Adaeze Nwankwo}} (HealthBridge Travel, "
    "{{email:adaeze@healthbridgetravel.ng}}) forwarded 4 patient files for a chest oncology "
    "opinion.",
    "Teleconsult booked for {{name:Oluwole Bankole}} on {{date:Friday 22 March 2024 14:30}} "
    "IST; join at {{url:https://meet.apollotelehealth.example/room/OB-2203}}.",
    "Dear Dr {{name:Venkat}}, I write for my grandmother, {{name:Salamatu Garba}}, who is "
    "{{age:92}} and has a right lung mass on CT; can she travel for a biopsy?",
    "Reply: given her age of {{age:92}} and oxygen need, we suggest a local CT-guided biopsy at "
    "{{facility:Aminu Kano Teaching Hospital}} first; we can review slides remotely.",
    "Pakistani patient from Quetta, {{name:Sardar Khan Kakar}}, age {{age:90}}, CT chest report "
    "via e-mail {{email:kakar.family.qta@gmail.com}}; sons want treatment in Dubai.",
    "Dubai coordinator {{name:Mariam Al Suwaidi}}: please send Emirates ID of the sponsor son, "
    "{{name:Naseebullah Kakar}}, and the Pakistani passport {{id:BK4418273}}.",
    "Message from {{name:Nomsa}}: hi doc it's {{name:nomsa}}, my dad's CT from {{facility:Life "
    "Fourways Hospital}} is on the portal, username {{id:LFH-4418273}}.",
    "SMS to patient: Dear {{name:ALI REZA}}, your CT appointment at {{facility:Aster Hospital "
    "Mankhool}} is on {{date:15/03/2024 08:30}}. Call {{phone:04 440 0500}} to reschedule.",
    "Letter of invitation – To the Visa Officer, High Commission of India, Dhaka: we confirm "
    "that {{name:Nurjahan Begum}} (passport {{id:BP0718263}}) is expected for chest surgery.",
    "Attendant: {{name:Md. Kamrul Hasan}} (son), passport {{id:BX0441827}}; expected admission "
    "{{date:1st April 2024}}, estimated stay 10 days.",
    "Forwarded by {{name:Hafsa Iqbal}} <{{email:hafsa.iqbal@shifa-intl.pk}}> on "
    "{{date:2024-03-11 16:04}}: Afghan patient's CT, please see attached.",
    "Coordinator thread, Maldivian patient {{name:Aishath Shifana}}, ID {{id:A118273}}, CT "
    "chest from {{facility:Indira Gandhi Memorial Hospital}} {{date:03-03-2024}}, flight to "
    "Colombo booked.",
    "Hotel booked: {{address:No. 19, Alexandra Place, Colombo 07}}; driver {{name:Nimal}} "
    "{{phone:+94 71 441 8273}}.",
    "Our Lagos office ({{address:5th Floor, 22 Adetokunbo Ademola Street, Victoria Island, "
    "Lagos}}) will courier the CD to {{facility:Fortis Memorial Research Institute}}, Gurugram.",
    "Patient {{name:Yetunde Alabi}}'s CT report shared: {{url:http://bit.ly/3xYtA41}} – please "
    "confirm receipt.",
]


FITNESS_CERTIFICATES = [
    "MEDICAL FITNESS CERTIFICATE – MINISTRY OF HUMAN RESOURCES AND EMIRATISATION | Name: "
    "{{name:RAHMAN MOHAMMED SHAHJAHAN}} | Passport: {{id:BJ0718263}} | Labour card: "
    "{{id:LC-9841827}}",
    "This is to certify that MR. {{name:SHAHJAHAN RAHMAN}} was examined on {{date:10-03-2024}} "
    "and found MEDICALLY FIT for employment. Chest X-ray: NORMAL.",
    "Certificate no. {{id:MFC/DXB/2024/0718263}} | Signed: Dr {{name:Hisham Abdel Aziz}}, DHA "
    "licence {{id:DHA-P-0418273}}",
    "To whom it may concern – {{facility:Nishtar Hospital Multan}}: Mr {{name:Ghulam Sarwar}}, "
    "CNIC {{id:36302-1182736-9}}, completed ATT on {{date:14/01/2024}}; CXR shows healed "
    "fibrotic lesion only; fit for travel.",
    "Embassy of the Kingdom of Saudi Arabia, New Delhi – medical certificate annex: applicant "
    "{{name:SHAIK MOHAMMED RAFI}}, passport {{id:P4418273}}, GAMCA result FIT "
    "{{date:2024-02-26}}.",
    "Philippine Embassy Riyadh – Repatriation fitness: OFW {{name:MENDOZA, ROWENA S.}}, "
    "passport {{id:P4418273A}}, CXR {{date:5 March 2024}} no active TB; fit to fly.",
    "Kenya Ministry of Labour medical – {{name:NJOROGE PETER KAMAU}}, ID {{id:30418273}}, cert "
    "{{id:MOL/MED/24/0718}}, examined {{date:16-02-2024}} at {{facility:Medipark Clinic "
    "Westlands}}.",
    "NAHCON medical certificate – pilgrim {{name:MUSA IBRAHIM GWARZO}}, passport "
    "{{id:B50418273}}, CXR {{date:2024-04-11}} – no active pulmonary disease; fit to travel.",
    "South African mine fitness certificate (MHSA s.16): {{name:MOTLOUNG, TEBOHO}}, company "
    "number {{id:EMP-0718263}}, CXR {{date:2024-01-22}} no pneumoconiosis; FIT for underground "
    "work.",
    "Bangladesh High Commission attestation: fitness certificate of {{name:MST. SHAHNAZ "
    "PARVIN}}, passport {{id:EE0718263}}, attested on {{date:18.03.2024}}.",
    "MOM notice of unfitness: {{name:Krishnan}} s/o {{name:Murugan}}, FIN {{id:G8718263X}}, WP "
    "{{id:071826354}}, CXR suggests active TB; work permit to be cancelled.",
    "Qatar MOPH Medical Commission result: {{name:ROSE ANN MACARAEG}}, QID pending, visa no. "
    "{{id:2024/118273641}}, CXR {{date:2024-03-07}} normal – FIT.",
    "Oman MOH expat medical: {{name:Saravanan Muthusamy}}, resident card {{id:118273645}}, CXR "
    "{{date:11/04/2024}} normal; centre {{facility:Badr Al Samaa Hospital Ruwi}}.",
    "Pre-departure orientation certificate of {{name:Irene Wairimu}} shows medical FIT from "
    "{{facility:Nairobi West Hospital}} dated {{date:2024-02-02}}.",
]


PACS_TELERAD = [
    "{{date:2024-03-14 08:12:41}} INFO C-STORE from AE MOBILEDR01 {{ip:10.44.2.17}}:104 study "
    "{{id:1.2.840.113619.2.418.2736.1710404000}} OK",
    "{{date:2024-03-14 08:12:43}} INFO patient {{name:NAIR^RAHUL^K}} id {{id:DXB-0718263}} "
    "accession {{id:ACC24031418273}} routed to TELERAD-BLR",
    "{{date:2024-03-14T08:13:02+04:00}} WARN association rejected, calling AE GAMCA_KOC from "
    "{{ip:192.168.10.45}} not in allow list",
    "Teleradiology worklist | {{date:14-Mar-2024 08:15}} | {{name:SHAFEEQ P M}} | CR CHEST PA | "
    "GAMCA | priority ROUTINE | site {{facility:Al Hayat Diagnostic Centre}}",
    "Reading radiologist Dr {{name:Meenakshi Iyer}} logged in from {{ip:103.41.18.227}} (VPN) "
    "at 08:20",
    "MSH|^~\\&|RIS|{{facility:KFSHRC}}|PACS|{{facility:KFSHRC}}|{{date:20240314082233}}||"
    "ORM^O01|00017|P|2.5",
    "PID|1||{{id:1087264519}}^^^MOI||{{name:AL-QAHTANI^NASSER^ABDULLAH}}||{{date:19840712}}|M|||"
    "{{address:Building 7421, Prince Sultan Road, Al Rawdah, Riyadh 13211}}",
    "PID|1||{{id:UHID4418273}}^^^{{facility:AIIMS}}||{{name:DEVI^KAMLA}}||{{date:19310105}}|"
    "F|||||{{phone:+919871144826}}",
    "OBR|1|{{id:ORD-24-0718263}}||71045^XR CHEST 1 VIEW|||{{date:20240318093000}}|||||||||"
    "{{id:MCI-41827}}^{{name:SHARMA^R^K}}",
    "PV1|1|I|MED2^B14^01||||{{id:DR0418}}^{{name:GUPTA^ANIL}}|||||||||||{{id:IP24-118273}}",
    "Nightly teleradiology sync to {{url:sftp://telerad.manipal-radnet.example/incoming/gcc/}} "
    "from {{ip:10.20.31.5}} completed, 418 studies.",
    "Viewer link for referring doctor: "
    "{{url:https://pacs.sunrise-diag.in/viewer/?accession=SD24031418273}}",
    "Audit: user {{name:jtan}} ({{name:Jasmine Tan}}) opened study of {{name:ONG AH KOW}} from "
    "workstation {{ip:172.16.8.114}} on {{date:05/03/2024 14:02:11}}.",
    "Audit: user {{name:zabdullah}} exported 3 images to USB from {{ip:172.16.8.203}} at "
    '{{date:2024-03-05 14:40}}; export reason "MDT".',
    "Firewall log: DICOM port 11112 open to {{ip:41.215.88.19}} (Nairobi telerad partner) – "
    "ticket INC0418273 raised by {{name:Brian Otieno}}.",
    "{{date:2024-04-02 21:18:05}} router {{ip:196.201.214.66}} dropped connection from the "
    "Lagos RIS; retrying in 30 s",
    'Orthanc peer "RIS-PEER-2" url {{url:http://10.100.4.21:8042/}}; remote modality at '
    "{{ip:10.100.4.22}}.",
    "DICOM tag (0010,0010) PatientName = {{name:MTHEMBU^NOMVULA^PRECIOUS}}; (0010,0020) "
    "PatientID = {{id:BARA-0418273}}; (0010,1010) PatientAge = {{age:094}}Y",
    "DICOM header of grandfather study: PatientName {{name:MTHEMBU^JABULANI}}, PatientAge "
    "{{age:094}}Y, StudyDate {{date:20240220}}",
    "Worklist row: {{name:GONZALES-RAMOS^PACITA}} | Age {{age:095}}Y | CR | {{date:20210814}} | "
    "{{facility:EAMC}}",
    "Teleradiology TAT report {{date:March 2024}}: 11,842 CXRs; reader Dr {{name:Olawale "
    "Adeyemi}} ({{email:o.adeyemi@teleradafrica.example}}) read 2,104.",
    "Error 403 for {{url:https://ris.hmc-partner.example.qa/api/v2/orders/HMC-24-771826}} from "
    "client {{ip:212.77.221.40}}.",
    "IPv6 client {{ip:2001:db8:4418:27::1a}} authenticated to the AI triage server at "
    "{{date:2024-03-14 09:01}}.",
    "CAD4TB batch job {{id:BATCH-24031418}} from the mobile van uploaded from "
    "{{ip:100.64.18.27}}; 212 images scored, 19 above threshold.",
    "Mobile X-ray van KA-01-MX-4418 – operator {{name:Raghu}} ({{phone:+91 97400 18273}}) – "
    "uploaded camp images for Ni-kshay IDs {{id:218736451}} and {{id:218736452}}.",
    "Support e-mail from {{email:pacs.support@gulfmedgroup.example.ae}}: password reset for Dr "
    "{{name:Reem Al Hashimi}}, user ID {{id:RAH0418}}, at "
    "{{url:https://pacs.gulfmedgroup.example.ae/reset}}.",
    "Nighthawk read request from {{facility:Hamad General Hospital}}: {{name:AL KUWARI "
    "ABDULRAHMAN}}, MRN {{id:HMC4418273}}, CT PE, sent {{date:10/03/2024 02:14}}.",
    "Remote read by Dr {{name:Chinwe Okonkwo}} at {{ip:105.112.44.18}}, signed "
    "{{date:10/03/2024 02:51}}; critical result phoned to {{phone:+974 4439 1800}}.",
    "Teleradiology contract file: "
    "{{url:https://docs.radnet-asia.example/contracts/HMC-2024.pdf}}; contact "
    "{{email:contracts@radnet-asia.example}}.",
    "PACS migration map: old AE CR_ROOM1 at {{ip:10.1.14.30}} → new AE DR_ROOM1 at "
    "{{ip:10.1.14.31}}; test patient TEST^PATIENT excluded.",
    "HL7 ADT A08 for {{name:DLAMINI^SIPHO^THEMBA}}, ID {{id:8604125263087}}, updated address "
    "{{address:23 Voortrekker Road, Bellville, 7530}}.",
    "Query log: SELECT on study_uid {{id:1.2.826.0.1.3680043.9.4418.27361}} by app user from "
    "{{ip:10.8.0.42}} on {{date:2024-04-01T11:22:07Z}}.",
    "Patient portal download {{url:https://myreports.asterdm.example/r/7f3a-9c21-4418}} by IP "
    "{{ip:94.200.18.77}} on {{date:14/03/2024 19:44}}.",
]


REPORTS_ADDENDA = [
    "CHEST PA – {{name:Subramanian, Kavitha}} | UHID {{id:MIOT.0004418273}} | "
    "{{date:02/04/2024}} | Ref: Dr {{name:Arvind Raghavan}}",
    "Findings: 2.4 cm spiculated nodule in the right upper lobe; no effusion. Impression: "
    "suspicious for malignancy, CT advised. – Dr {{name:Latha Krishnamurthy}}, MD, DNB",
    "ADDENDUM ({{date:03-Apr-24 11:20}}): comparison with outside film from {{facility:Apollo "
    "Hospitals Greams Road}} dated {{date:2023-10-11}} shows interval growth.",
    "Addendum discussed with Dr {{name:Raghavan}} by phone at 11:25; patient's husband Mr "
    "{{name:Subramanian}} also informed.",
    "HRCT thorax of Mr {{name:Sher Muhammad}} ({{age:91}} Y/M), {{facility:Mayo Hospital "
    "Lahore}}, {{date:23/03/2024}}: left upper lobe tree-in-bud and cavitation, consistent with "
    "active TB.",
    "Impression discussed with DOTS focal person {{name:Rizwana}}; NTP register ID "
    "{{id:PTB/LHR/2024/11901}} generated.",
    "CT PULMONARY ANGIOGRAM – Patient: {{name:AL KUWARI, Abdulrahman Ali}} | HMC No. "
    "{{id:HMC4418273}} | {{date:10-03-2024}}: filling defects in right lower lobe segmental "
    "arteries.",
    "Reporting radiologist Dr {{name:Chinwe Okonkwo}}, FWACS; verified by Dr {{name:Mohammed "
    "Fahad Al-Sulaiti}} on {{date:10/03/2024 08:00}}.",
    "Chest X-ray (AP, supine) of baby of {{name:Nasima Begum}}, DOB {{date:12/03/2024}}, NICU "
    "{{facility:Evercare Hospital Dhaka}}: ground-glass lungs, RDS grade II.",
    "CXR, {{name:Mokoena T}}, {{date:14.02.2024}}: bilateral small rounded opacities, "
    "upper-zone predominance; ILO classification attached.",
    "Comparison: previous BME film {{date:2021-02-10}} ILO 0/1; current 2/1 – progression.",
    "CT CHEST (HRCT) – {{name:Tan Ah Seng}}, MyKad {{id:420318-08-5527}}, {{age:91}}/M, "
    "{{facility:Hospital Kuala Lumpur}}, {{date:2024-01-09}}: UIP pattern, honeycombing at "
    "bases.",
    "Preliminary report by registrar Dr {{name:Nurul Aina binti Kamarudin}}, finalised by Dr "
    "{{name:Ravi Chandran a/l Muniandy}}.",
    "LOW-DOSE CT SCREENING – {{name:Lee Kok Wah}}, NRIC {{id:S1718263D}}, {{date:19 Feb 2024}}: "
    "Lung-RADS 2; next LDCT in 12 months.",
    "CHEST X-RAY PA – NAME: {{name:OKAFOR CHIAMAKA}} – HOSP NO: {{id:RH/24/0418273}} – DATE: "
    "{{date:13/03/2024}} – left lower lobe consolidation.",
    'Report amended {{date:14/03/2024 09:12}}: "left" corrected to "right"; amendment by Dr '
    "{{name:Babatunde Olatunji}}; original sent to HMO in error.",
    "CT CHEST – {{name:Mutua, Peter K.}} – {{facility:The Nairobi Hospital}} – "
    "{{date:21/02/2024}}: mediastinal lymphadenopathy, differential TB vs lymphoma; EBUS "
    "suggested.",
    "Reported by Dr {{name:Wairimu Gathoni}}, MMed Rad; KMPDC reg. {{id:A4418}}.",
    "PORTABLE CHEST – {{name:Pacita Gonzales-Ramos}} – {{date:16 August 2021 06:00}}: worsening "
    "bilateral airspace disease, ET tube 4 cm above carina.",
    "CXR (occupational) – {{name:Bhanwar Lal}}, {{date:05-01-2024}}, {{facility:SN Medical "
    "College Jodhpur}}: ILO 2/2 r/r with large opacity A; silicosis.",
    "Second opinion on CT chest of {{name:Shakeel Ahmed}}, MRN {{id:AKU-418-27-36}}, "
    "{{facility:Aga Khan University Hospital}} {{date:2024-03-08}}: agree with 3.1 cm RUL mass, "
    "T2a.",
    "Opinion given by Dr {{name:K. Venkatesh}} at {{facility:Medcity International Hospital}} "
    "on {{date:12.03.2024}}; please correlate with biopsy.",
    "CXR PA – {{name:Wijesinghe W M K}} – {{date:19/03/2024}} – {{facility:Durdans Medical "
    "Centre}} – heart and lungs normal.",
    "CT CHEST – {{name:Saleh Al-Ghamdi}} ({{age:90}} Y) – {{facility:King Abdulaziz Hospital}} "
    "– {{date:1441/11/04}} H: organising pneumonia pattern post COVID-19.",
    "Addendum: the patient's age is {{age:90}}, not 60 as typed; sex corrected to M. – Dr "
    "{{name:Samar Al-Harbi}}",
    "CT chest – {{name:Ahmad Faizal Rosli}} – {{date:13/03/2024}}: cavitating right upper lobe "
    "consolidation; notified to the {{facility:Pejabat Kesihatan Daerah Klang}}.",
    "HRCT – {{name:Jacobus Botha}} – {{facility:Tygerberg Hospital}} – {{date:06 Feb 2024}}: "
    "findings as per engineered-stone silicosis; compare with {{date:2022}} CXR.",
    "Critical finding communicated to Dr {{name:Thandeka Zulu}} on {{phone:021 938 4418}}; "
    "read-back confirmed.",
]


NETWORK_AND_CONTACTS = [
    "Teleradiology hub status page {{url:https://status.radlink-sea.example/hub/kul}} shows the "
    "Kuala Lumpur gateway {{ip:202.188.40.17}} degraded since 06:10.",
    "Failover: studies from Jurong now route via {{ip:203.116.51.88}} instead of "
    "{{ip:203.116.51.87}}; no action needed by readers.",
    "Radiologists can check their queue at "
    "{{url:https://read.radlink-sea.example/queue?site=JRG}} after logging in with the hospital "
    "SSO.",
    "DHCP lease: portable DR panel in the TB ward got {{ip:10.60.12.144}}; the old lease "
    "{{ip:10.60.12.77}} is released.",
    "Access from {{ip:41.90.64.203}} blocked after 5 failed logins to the Nairobi teleradiology "
    "portal; account holder notified.",
    "VPN concentrator log: tunnel up for reader account {{name:okonkwo_c}} from "
    "{{ip:105.112.10.251}}, assigned inner address {{ip:10.250.3.19}}.",
    "The AI screening vendor pulls DICOM from {{ip:172.20.4.10}} and posts results to "
    "{{url:https://api.cxr-ai.example.com/v1/results}}.",
    "Webhook to Ni-kshay failed (HTTP 502) for "
    "{{url:https://nikshay-gateway.example.in/api/notify?id=274819362}}; retry scheduled.",
    "GAMCA batch upload from {{ip:115.242.18.36}} (Kochi centre) completed, 64 records, no errors.",
    'Mirth channel "ADT_IN_LAGOS" listening on {{ip:10.12.0.5}} port 6661; source system at '
    "{{ip:10.12.0.9}}.",
    "New DNS record: {{url:https://pacs-dr.gulfmedgroup.example.ae}} now points to "
    "{{ip:185.93.245.60}}.",
    'Syslog from modality at {{ip:192.168.50.23}}: "tube heat 82%"; modality AE DR_MOBILE_2.',
    "Radiology department page {{url:http://www.sunrise-diag.in/radiology/tb-screening.html}} "
    "still lists the old fax number.",
    "Please fill the contact-tracing form at {{url:https://forms.gle/TBcontactKibera24}} for "
    "each household visited.",
    "Shared folder for ILO reader calibration: "
    "{{url:https://drive.google.com/drive/folders/1Xy4418273ILOreaders}}; request access from "
    "{{email:ilo.readers@occhealth-sa.example}}.",
    "The FOMEMA panel list is at {{url:https://www.fomema-panel.example.my/panel-clinics}} and "
    "our clinic code is listed under Selangor.",
    "Appointment link for contacts: {{url:https://wa.me/971504182736}} (chat only, no calls).",
    "Referral letter footer: {{facility:Kibera South Health Centre}}, {{address:P.O. Box "
    "40172-00100, Nairobi}}, {{email:kiberasouth.hc@health.nairobi.example}}",
    "Letterhead: {{facility:Sunrise Diagnostic Centre}}, {{address:Door No. 48/1127, MG Road, "
    "Ernakulam 682035}} | {{email:reports@sunrise-diag.in}}",
    "Clinic stamp: {{facility:Klinik Mediviron Seri Kembangan}}, {{address:No. 8, Jalan SK 9/1, "
    "Taman Seri Kembangan, 43300 Seri Kembangan}}",
    "Return the signed ILO sheet to {{address:Room 214, 25 Hospital Street, Braamfontein, "
    "Johannesburg 2001}} by courier.",
    "Courier the films to {{address:Building 3471, King Abdulaziz Road, Al Malaz, Riyadh "
    "12836}}, attention Ms {{name:Lama Al-Shehri}}.",
    "Patient's home: {{address:Flat 9, Block C, Al Mansoura Street 14, Doha}}; landline "
    "{{phone:+974 4466 1827}}.",
    "Worker accommodation: {{address:Labour Camp 3, Plot 597-418, Jebel Ali Industrial Area 1, "
    "Dubai}}.",
    "Send the original certificate to {{address:House 47, Street 12, F-8/3, Islamabad 44000}}.",
    "Postal address: {{address:House 22, Road 7, Dhanmondi, Dhaka 1205}}; e-mail "
    "{{email:tahmina.akter88@yahoo.com}}.",
    "Family lives at {{address:Blk 418 Ang Mo Kio Ave 10, #07-1123, Singapore 560418}}.",
    "Home address {{address:31 Bodija Estate Road, Ibadan}} – the chest clinic outreach team "
    "will visit.",
    "Correspondence: {{address:22 Oxford Road, Rosebank, Johannesburg 2196}}, e-mail "
    "{{email:liezel.nel@mweb.example.co.za}}.",
    "Please copy {{email:tb.notify.dxb@dha-partner.example.ae}} and "
    "{{email:occhealth@emirates-facilities.ae}} on all positive screening results.",
    "Questions to the programme mailbox {{email:ntp.contacttracing@ntp-pk.example.org}} – do "
    "not reply to the auto-notification.",
    "Dr {{name:Olawale Adeyemi}}'s rota query went to {{email:rota@teleradafrica.example}} "
    "instead of his personal address {{email:wale.adeyemi@gmail.com}}.",
    "Out-of-office: I am on leave; for urgent reports contact "
    "{{email:duty.radiologist@medcity-intl.in}} or {{phone:+91 80 4418 2700}}.",
    "The radiologist's signed PDF is at "
    "{{url:https://reports.alhayat-diag.example/pdf/GM-KOC-2403-118274.pdf}}; the candidate's "
    "copy was e-mailed.",
    "Result verification QR on the certificate resolves to "
    "{{url:https://verify.mohre-partner.example.ae/cert/MFC-DXB-2024-0718263}}.",
    "Embassy attestation tracker: "
    '{{url:https://attest.embassy-portal.example/track?ref=EE0718263}} still shows "pending".',
    "Zoom MDT link for the silicosis board: "
    "{{url:https://zoom.us/j/94418273611?pwd=SIL24board}}, meeting on Wednesday 15:00.",
    "Patient education video sent to the family: "
    "{{url:https://youtu.be/tb-contacts-hindi-4418}} together with the TPT leaflet.",
    "DICOMweb endpoint for the outsourced reads: "
    "{{url:https://dicomweb.telerad-ng.example/studies/1.2.840.113619.2.418}}.",
    "Our tele-ICU viewer moved to {{url:https://ticu.hmc-partner.example.qa/viewer}}; bookmarks "
    "to the old address will break.",
    "Kindly upload the sputum report at "
    "{{url:https://upload.medcity-intl.in/case/IPS-BLR-24-07718}} before the visa letter is "
    "issued.",
]


CLEAN_SCREENING = [
    "GCC approved medical centres examine candidates for all six Gulf states under one protocol.",
    "Chest X-ray PA view is mandatory for every candidate aged 18 and above.",
    "Candidates under 18 are not X-rayed unless there are symptoms or a TB contact history.",
    "Lungs clear, no active or healed lesion, costophrenic angles sharp, cardiac size within "
    "normal limits.",
    "Result: FIT. Chest X-ray: NORMAL. HIV: Non-reactive. HBsAg: Non-reactive. VDRL: Non-reactive.",
    "UNFIT categories include active pulmonary TB, old healed TB with extensive fibrosis and "
    "pleural effusion of unknown cause.",
    "Old calcified granuloma without fibrosis does not make a candidate unfit.",
    'A minor pleural thickening is reported as "FIT – no active disease".',
    "The slip number is printed on the appointment receipt and must match the passport.",
    "Biometric capture and photograph are taken at the reception counter before any test.",
    "The candidate is 34 years old, height 168 cm, weight 71 kg, BMI 25.2.",
    "Visual acuity 6/6 both eyes; colour vision normal on Ishihara plates.",
    "Lateral view is requested only when the PA film shows a doubtful opacity.",
    "All films are read by two radiologists when the first reading is abnormal.",
    "Please bring the original passport, two photographs and the employer's demand letter.",
    "Pregnant candidates are deferred for the X-ray and the medical is completed after delivery.",
    "Results are uploaded within 48 hours and the agency is informed by SMS.",
    "FOMEMA screening is done within 30 days of the worker's arrival in Malaysia.",
    "Status SUITABLE means the worker can continue employment; UNSUITABLE triggers an appeal "
    "window.",
    "The appeal must be lodged within 14 days with a fresh chest radiograph.",
    "Workers from Nepal, Myanmar, Bangladesh and Indonesia make up most of the FOMEMA caseload.",
    "Singapore requires a chest X-ray for work permit holders from higher-TB-incidence countries.",
    "The MOM medical examination form is submitted online by the clinic, not by the worker.",
    "A worker with an abnormal chest film is referred for sputum tests before any decision.",
    "Domestic workers have a six-monthly medical examination in Singapore.",
    "Qatar residence permit medicals include a chest X-ray and blood tests for HIV and "
    "hepatitis B.",
    "Candidates who fail the X-ray may be offered a CT chest at their own cost.",
    "The typing centre collects the fee and the medical centre sends the result electronically.",
    "Emirates ID biometrics are captured after the medical fitness result is FIT.",
    "Saudi work visa candidates are screened for TB, HIV, hepatitis B and C, malaria and filaria.",
    "The radiologist must sign and stamp every chest X-ray report.",
    "Digital radiography with DICOM export replaced film screens at most centres.",
    "Exposure factors for an adult PA chest: 110 kVp, 2 mAs, 180 cm focus-to-detector distance.",
    "Repeat rate for pre-employment chest films fell from 6% to 2% after radiographer retraining.",
    "The Fujifilm FDR D-EVO II flat panel is used in both screening rooms.",
    "Carestream DRX-Evolution room 2 is down for calibration on Tuesday morning.",
    "Shielding aprons are inspected every six months.",
    "Centres are audited twice a year and a sample of films is re-read blind.",
    "A discrepancy rate above 3% leads to retraining of the reader.",
    "Female candidates are X-rayed with a female radiographer or chaperone present.",
    "Please remove jewellery, hair clips and any garment with metal before the X-ray.",
    "The waiting hall has capacity for 120 candidates.",
    "Counter 3 handles passport verification and counter 4 handles payment.",
    "Fees are paid in cash or by card; cheques are not accepted.",
    "The candidate was 29, asymptomatic, with no history of TB treatment.",
    "No prior chest radiograph was available for comparison.",
    "The heart, mediastinum and hila are normal; no focal lung lesion.",
    "Bony thorax intact; no cervical rib.",
    "Dextrocardia with situs inversus is not a ground for unfitness.",
    "Post-TB fibrosis with a sputum-negative result may still be declared unfit by some "
    "destinations.",
    "Healed TB candidates need a TB clearance letter from a chest physician.",
    "The candidate had a BCG scar on the left arm.",
    "Mantoux test is not part of the standard visa medical.",
    "IGRA testing is used by some destinations for healthcare workers.",
    "Nurses and caregivers going to the UAE need hepatitis B immunity proof.",
    "Drivers need an additional eye test and a diabetes screen.",
    "Food handlers need a stool test and a typhoid screen.",
    "The medical is valid for three months from the date of examination.",
    "A candidate who is declared unfit cannot repeat the medical at another centre within the "
    "validity period.",
    "Candidates from Kerala, Tamil Nadu and Andhra Pradesh are mostly examined at the Kochi, "
    "Chennai and Hyderabad centres.",
    "Nigerian and Kenyan candidates for the Gulf now go through the same online slip system.",
    "Please allow half a day for the full medical.",
    "The recruiting agency must not collect the medical fee from the worker.",
    "Reports are released only to the candidate or an authorised agency.",
    "A second copy of the report costs 200 rupees.",
    "Medical status: FIT.",
    "Medical status: UNFIT – chest X-ray.",
    "Medical status: pending review.",
    "The candidate was advised to stop smoking.",
    "Chest X-ray quality: adequate inspiration, no rotation, good penetration.",
    "Film marked with the right-side lead marker and the centre's code.",
    "Radiographer initials are written on the request form, not on the image.",
]


CLEAN_TB = [
    "Presumptive TB: cough for two weeks or more, fever, night sweats or weight loss.",
    "CBNAAT detected MTB, rifampicin resistance not detected.",
    "Truenat MTB Plus and MTB-RIF Dx are used at the peripheral labs.",
    "Xpert MTB/RIF Ultra trace results are treated as positive in people living with HIV.",
    "Sputum smear microscopy is now a backup test where NAAT is not available.",
    "LF-LAM is done for inpatients with advanced HIV disease.",
    "Daily fixed-dose combination tablets are given by weight band.",
    "The intensive phase is two months of HRZE, followed by four months of HRE.",
    "BPaLM is six months of bedaquiline, pretomanid, linezolid and moxifloxacin.",
    "Shorter oral regimens replaced injectable-containing regimens for MDR-TB.",
    "Linezolid causes peripheral neuropathy and anaemia; check blood counts monthly.",
    "QTc above 500 ms needs review of bedaquiline and moxifloxacin.",
    "TB preventive therapy options include 3HP, 1HP, 3HR and 6H.",
    "Household contacts under five years get TPT after active TB is excluded.",
    "Contacts with symptoms get a chest X-ray and a NAAT on sputum.",
    "Asymptomatic adult contacts get a chest X-ray where available.",
    "A normal chest X-ray in a contact does not exclude latent infection.",
    "Contact tracing should be completed within two weeks of notification.",
    "The ASHA visits the household weekly during the intensive phase.",
    "Treatment adherence is recorded through 99DOTS and video observed therapy.",
    "Nikshay Poshan Yojana gives 500 rupees a month for nutrition during treatment.",
    "Patients are notified on Ni-kshay within 24 hours of diagnosis.",
    "Private practitioners are paid an incentive for each notification.",
    "The district TB officer reviews all DR-TB cases every Friday.",
    "The contact was 67, a retired teacher, with diabetes and no symptoms.",
    "The index patient's sister, 41, had a normal film.",
    "A 6-year-old contact had hilar lymphadenopathy on the chest X-ray.",
    "A 14-year-old contact had a right upper lobe consolidation and was started on treatment.",
    "The elderly contact was too frail for sputum induction.",
    "Gastric aspirate is used when young children cannot produce sputum.",
    "Paediatric TB diagnosis relies on clinical, radiological and contact history criteria.",
    "Miliary TB: innumerable 1–2 mm nodules uniformly distributed in both lungs.",
    "Cavitation in the apical and posterior segments of the upper lobes suggests post-primary TB.",
    "Tree-in-bud nodules indicate endobronchial spread.",
    "A Ghon focus with ipsilateral hilar nodes is the primary complex.",
    "Tuberculoma: a well-defined nodule with central calcification.",
    "Rasmussen aneurysm was suspected in a patient with haemoptysis.",
    "Aspergilloma in an old TB cavity shows the air-crescent sign.",
    "Post-TB bronchiectasis is common in the right upper lobe.",
    "Destroyed left lung with compensatory hyperinflation of the right.",
    "Tuberculous pleural effusion is usually unilateral and lymphocytic.",
    "ADA in pleural fluid above 40 U/L supports tuberculous pleuritis.",
    "CAD4TB score above 60 is flagged for NAAT in the screening camp.",
    "qXR and Lunit INSIGHT CXR were evaluated against radiologist readings.",
    "WHO recommends CAD for screening and triage in people aged 15 and older.",
    "The WHO consolidated guidelines on tuberculosis, Module 2: screening, were updated in 2021.",
    "The End TB Strategy targets a 90% reduction in TB deaths compared with 2015.",
    "India's programme was renamed the National TB Elimination Programme.",
    "Pakistan's National TB Control Programme runs through provincial TB programmes.",
    "Kenya's programme is the National Tuberculosis, Leprosy and Lung Disease Program.",
    "South Africa uses TIER.Net and EDRWeb for TB recording.",
    "Nigeria has one of the largest TB burdens in Africa.",
    "The Philippines reports TB cases through the Integrated TB Information System.",
    "Bangladesh's NTP works with BRAC on community DOTS.",
    "Sri Lanka has a low TB incidence but a high proportion of extrapulmonary disease.",
    "Singapore's TB Control Unit manages contact screening for the whole country.",
    "TB notification is mandatory under the Infectious Diseases Act.",
    "Employers must not dismiss a worker only because of TB treatment.",
    "Migrant workers with active TB are usually repatriated once non-infectious.",
    "Cross-border referral forms are sent to the programme in the worker's home country.",
    "The TB clinic runs from 8 am to 2 pm, Monday to Saturday.",
    "The DR-TB ward has 24 negative-pressure beds.",
    "N95 respirators are fit-tested every year.",
    "UV germicidal lamps are installed in the waiting area.",
    "Cough hygiene posters are in English, Hindi, Urdu and Tamil.",
    "Mobile X-ray vans screen slum clusters on weekdays.",
    "The van covers about 150 people a day.",
    "The portable X-ray unit weighs under 4 kg and runs on a battery.",
    "Screening yield in the camp was 1.8% bacteriologically confirmed TB.",
    "Number needed to screen was 55.",
    "Chest X-ray was abnormal in 12% of those screened.",
    "Of the abnormal films, one in five was NAAT positive.",
    "Treatment success for drug-sensitive TB was 86% in the last cohort.",
    "Loss to follow-up was highest among migrant labourers.",
    "Nutritional support improved weight gain at two months.",
    "Diabetes screening is offered to every TB patient.",
    "HIV testing is offered to every TB patient and recorded on the card.",
    "A patient with TB and HIV starts ART within two weeks of TB treatment.",
    "IRIS can cause a paradoxical worsening of the chest radiograph.",
    "Consider non-tuberculous mycobacteria when the NAAT is negative and culture is positive.",
    "Sputum culture on MGIT takes up to six weeks.",
    "Line probe assay detects isoniazid and fluoroquinolone resistance.",
    "Second-line LPA results guide the choice of regimen.",
    "The ICD-10 code A15.0 is tuberculosis of lung, confirmed by sputum microscopy.",
    "ICD-10 A16.2 covers pulmonary TB without bacteriological confirmation.",
    "Form 6 is used for notification in some states.",
    "The TB card is kept by the patient and the treatment supporter.",
    "The contact register has columns for age, sex, relationship, symptoms, CXR and outcome.",
    "[NAME] was screened and found asymptomatic.",
    "Patient name: XXXX; Nikshay ID: XXXXXXXXX (redacted for teaching).",
    "Index case: [REDACTED]; contacts: 6.",
]


CLEAN_PNEUMO = [
    "The ILO International Classification of Radiographs of Pneumoconioses, revised edition "
    "2022, is used for all readings.",
    "Small opacities are graded by shape (p, q, r rounded; s, t, u irregular) and profusion on "
    "a 12-point scale.",
    "Profusion 1/0 means category 1 was chosen but category 0 was seriously considered.",
    "Large opacity category A is one opacity over 10 mm or several adding up to no more than 50 "
    "mm.",
    "Category B opacities exceed A but do not exceed the area of the right upper zone.",
    "Category C opacities are larger than the right upper zone.",
    "Zones are marked right and left, upper, middle and lower.",
    "Film quality 1 is good, 2 acceptable, 3 poor and U unacceptable.",
    "Symbols such as ax, di, es and tb are recorded where present.",
    "Eggshell calcification of hilar nodes is classic for silicosis.",
    "Pleural plaques are recorded by site, width and extent.",
    "Readers should use the ILO standard digital images on a calibrated monitor.",
    "NIOSH B Reader certification is recognised by some mining companies.",
    "The AIR Pneumo programme trains readers in Asia.",
    "Two independent readers classify each film; a third resolves disagreement.",
    "Silicosis is notifiable under the Factories Act and the Mines Act.",
    "Accelerated silicosis develops within ten years of heavy exposure.",
    "Acute silicoproteinosis shows crazy-paving on CT.",
    "Engineered stone contains more than 90% crystalline silica.",
    "Wet cutting and local exhaust ventilation reduce exposure substantially.",
    "Respirable crystalline silica limits are 0.05 mg/m3 in several jurisdictions.",
    "Silica exposure increases the risk of tuberculosis three- to four-fold.",
    "Silicotuberculosis should be suspected when a conglomerate mass cavitates.",
    "Progressive massive fibrosis usually starts in the upper zones and migrates towards the hila.",
    "Coal workers' pneumoconiosis and silicosis can look alike on plain films.",
    "Caplan syndrome combines rheumatoid arthritis with large nodules in dust-exposed workers.",
    "Asbestosis shows basal reticulation and is associated with pleural plaques.",
    "HRCT is more sensitive than chest radiography for early pneumoconiosis.",
    "Spirometry showed a mixed pattern with FEV1 62% predicted.",
    "DLCO was reduced to 54% of predicted.",
    "The six-minute walk distance was 310 m with desaturation to 88%.",
    "The worker is 47 and has cut sandstone for 22 years.",
    "He is 52 and worked underground for 30 years.",
    "The worker, 29, had been drilling granite without a mask.",
    "Retired miners are entitled to a benefit medical examination every two years.",
    "The certification committee meets monthly.",
    "Compensation depends on the degree of impairment, not only on the radiograph.",
    "Many ex-miners in Lesotho, Mozambique and Eswatini were never examined after leaving the "
    "mines.",
    "One-stop service centres in the Eastern Cape and Lesotho assist ex-mineworkers with claims.",
    "The Tshiamiso Trust handles silicosis and TB class action settlements.",
    "Rajasthan's pneumoconiosis policy provides relief to diagnosed workers and their families.",
    "Stone quarries in Rajasthan, Haryana and Madhya Pradesh have high silicosis prevalence.",
    "Slate pencil workers in Mandsaur were reported with severe silicosis.",
    "Agate grinding in Khambhat is a known silica hazard.",
    "Coal mining in Jharkhand and West Bengal is covered by the DGMS surveillance programme.",
    "Quarry workers in Abeokuta and Ibadan were surveyed in the regional study.",
    "Marble and granite workers in Khyber Pakhtunkhwa lack dust control.",
    "Periodic medical examination is required every five years for mine workers in India.",
    "Baseline chest radiograph must be taken before the first exposure.",
    "Occupational history: sandblasting, 8 years; stone cutting, 12 years.",
    "Smoking history: 15 pack-years, quit 3 years ago.",
    "Mask use: occasional cloth mask only.",
    "Symptoms: exertional breathlessness grade 2 (mMRC), dry cough.",
    "The worker had no history of tuberculosis.",
    "Clubbing absent; bilateral fine basal crackles.",
    "Oxygen saturation 95% on room air at rest.",
    "CT shows small centrilobular and perilymphatic nodules with upper-lobe predominance.",
    "Conglomerate masses with surrounding emphysema in both upper lobes.",
    "Mediastinal nodes are enlarged and calcified.",
    "No pleural effusion; no pneumothorax.",
    "Classification: 2/2 q/r, zones RU RM LU LM, large opacity A, symbols ax, es.",
    "Recommended: remove from exposure, TB screening every six months, spirometry yearly.",
]


CLEAN_COVID = [
    "CO-RADS 5: typical COVID-19 findings.",
    "CT severity score out of 25 is the sum of five lobe scores from 0 to 5.",
    "The BSTI classification was used: classic, probable, indeterminate or non-COVID.",
    "Chest radiograph severity score ranges from 0 to 18 in the Brixia system.",
    "Bilateral peripheral ground-glass opacities with lower-zone predominance.",
    "Crazy-paving pattern in the right lower lobe.",
    "Reverse halo sign in the left lower lobe.",
    "Organising pneumonia pattern in the recovery phase.",
    "Post-COVID fibrotic-like changes persisted at six months.",
    "Pulmonary embolism was excluded on CT pulmonary angiography.",
    "Pneumomediastinum after non-invasive ventilation.",
    "Mucormycosis of the paranasal sinuses was a complication in the second wave.",
    "Remdesivir, dexamethasone and tocilizumab were given per protocol.",
    "Prone positioning improved oxygenation in awake patients.",
    "HFNC at 60 L/min with FiO2 0.6.",
    "The patient was 74, diabetic and unvaccinated.",
    "The oldest patient in the ward that week was 88.",
    "Portable chest films were taken daily in the ICU at 6 am.",
    "Staff wore full PPE in the red zone.",
    "The field hospital had 3,000 beds across two halls.",
    "Community care facilities took mild cases from worker dormitories.",
    "Dormitory residents were tested every 14 days during rostered routine testing.",
    "Quarantine was 14 days for arrivals, later reduced to 7.",
    "RT-PCR Ct value above 35 was considered non-infectious.",
    "Rapid antigen tests were used at the dormitory gates.",
    "Vaccination: two doses of Covishield and one booster.",
    "Sinopharm and Pfizer-BioNTech were offered in the UAE.",
    "Sputnik V was used in some Gulf programmes.",
    "Travel required a negative PCR within 72 hours.",
    "The Hajj was limited to residents of Saudi Arabia during the pandemic.",
    "Oxygen concentrators were lent to families for home isolation.",
    "The war room allotted beds through a central dashboard.",
    "A second wave peaked in April and May in India.",
    "Radiographers disinfected the portable unit after every patient.",
    "CT rooms were closed for 30 minutes of air changes after each COVID case.",
    "The patient desaturated to 84% on room air.",
]


CLEAN_ADMIN = [
    "Pre-authorisation requests must reach the TPA at least 48 hours before planned procedures.",
    "Emergency admissions are intimated within 24 hours.",
    "The sum insured is INR 5 lakh with a 10% co-payment.",
    "Senior-citizen policies cover members up to 80 years at entry.",
    "Room rent is capped at 1% of the sum insured per day.",
    "CT chest is covered when clinically indicated and supported by a prior X-ray.",
    "PET-CT needs an oncologist's request and a histopathology report.",
    "The claim was short-settled because of non-payable consumables.",
    "Cashless facility is available at network hospitals only.",
    "The TPA query asked for the indoor case papers and the discharge summary.",
    "eClaimLink is the Dubai e-claims platform and Shafafiya is used in Abu Dhabi.",
    "Prior approval is valid for 30 days.",
    "The CPT code 71250 is CT thorax without contrast.",
    "CPT 71260 is CT thorax with contrast and 71275 is CT angiography of the chest.",
    "Daman Thiqa covers UAE nationals.",
    "Basic plans in Dubai have an annual limit of AED 150,000.",
    "CCHI rules require employers in Saudi Arabia to insure expatriate employees.",
    "PhilHealth case rates apply to community-acquired pneumonia.",
    "NHIF was replaced by the Social Health Authority in Kenya.",
    "Ayushman Bharat PM-JAY covers eligible families up to 5 lakh rupees a year.",
    "Sehat Sahulat cards are used in Punjab and Khyber Pakhtunkhwa.",
    "Medical aid schemes in South Africa apply prescribed minimum benefits.",
    "The HMO needs a referral code before the scan.",
    "Invoices are payable within 45 days.",
    "The estimate includes radiologist fees but excludes the biopsy needle.",
    "Packages for international patients include airport pickup and an interpreter.",
    "Visa medical letters are issued only after the case is accepted by the treating consultant.",
    "Arabic, French, Swahili and Bengali interpreters are available.",
    "International patients should carry all previous CDs and reports.",
    "The coordinator will call you on WhatsApp before your flight.",
    "Please send the DICOM files, not photographs of the films.",
    "JPEG screenshots of CT slices are not enough for an opinion.",
    "Large DICOM folders can be zipped before upload.",
    "The estimated stay is 7 to 10 days including recovery.",
    "Attendants need a separate medical visa.",
    "Flights from Lagos, Nairobi and Dhaka connect through Dubai or Doha.",
    "Medical tourists from Iraq, Oman and the Maldives come mainly for oncology and cardiac care.",
    "The hospital is about 40 minutes from the airport.",
    "Halal food is available in the international ward.",
    "Prayer rooms are on the ground and fifth floors.",
    "The fitness certificate must be attested by the embassy before submission.",
    "Attestation takes three working days.",
    "Labour ministry medical certificates are valid for one year.",
    "A copy of the certificate is kept with the employer's HR file.",
    "Pilgrims over 65 need a fitness certificate from a government doctor.",
    "Meningococcal ACYW135 vaccination is required for Hajj and Umrah.",
    "Mine fitness certificates are renewed annually under the Mine Health and Safety Act.",
    "The certificate template was updated in 2023.",
    "Use block capitals for the name and passport number.",
    "Signature and stamp of the examining physician.",
    "Thumb impression of the candidate.",
    "PACS uptime was 99.6% last quarter.",
    "The DICOM C-STORE default port is 104; many sites use 11112.",
    "Modality worklist queries use C-FIND.",
    "HL7 ORM messages carry orders and ORU messages carry results.",
    "PID-3 holds the patient identifier list and PID-5 the patient name.",
    "MSH-9 is the message type, for example ADT^A08.",
    "The teleradiology turnaround target is 1 hour for emergencies and 24 hours for screening.",
    "Night reads are covered by the Bengaluru and Manila hubs.",
    "Each reader handles up to 400 screening chest films per shift.",
    "Critical results are phoned to the referring clinician and documented.",
    "AE titles are limited to 16 characters.",
    "Transfer syntax JPEG 2000 lossless is used for teleradiology.",
    "Image compression ratios above 10:1 are not allowed for primary reads.",
    "The VPN uses IPsec with two-factor authentication.",
    "All access to studies is logged and audited monthly.",
    "Passwords expire every 90 days.",
    "Orthanc and dcm4chee are used as open-source archives at partner sites.",
    "The AI triage model flags abnormal chest films for priority reading.",
    "Model version 3.2 was validated on 12,000 screening films.",
    "Sensitivity 94% and specificity 81% at the operating threshold.",
    "Downtime procedure: print the worklist and read on the modality console.",
    "The archive is replicated to a second data centre every night.",
    "DICOM anonymisation profile: basic application confidentiality profile with retain-UIDs "
    "option.",
    "Tag (0010,0010) Patient's Name and (0010,0020) Patient ID are replaced on export.",
    "Burned-in annotations are checked before images leave the network.",
    "Weekly backup runs on Sunday at 02:00.",
    "Ticket priority P1 means the archive is unreachable.",
]


CLEAN_REPORTS = [
    "Findings: heart size normal, lungs clear, no pleural effusion.",
    "Impression: no acute cardiopulmonary abnormality.",
    "Impression: right upper lobe cavitating consolidation, likely active pulmonary tuberculosis.",
    "Recommend sputum NAAT and clinical correlation.",
    "Comparison is made with the previous study from last year.",
    "No interval change in the left apical fibrosis.",
    "New left lower lobe consolidation since the previous film.",
    "Spiculated nodule measuring 24 mm in the right upper lobe.",
    "Lung-RADS category 4B; PET-CT or tissue sampling recommended.",
    "Fleischner Society 2017 guidelines apply to incidental nodules in adults 35 and older.",
    "Solid nodule under 6 mm in a low-risk patient needs no routine follow-up.",
    "The Brock model gave a malignancy probability of 18%.",
    "Mediastinal lymph nodes are not enlarged by short-axis criteria.",
    "Subcarinal node measures 14 mm in short axis.",
    "Pleural effusion on the right with passive atelectasis.",
    "Loculated pleural collection with split pleura sign, suggesting empyema.",
    "Pneumothorax on the left, rim 2.5 cm at the level of the hilum.",
    "Endotracheal tube tip 4 cm above the carina.",
    "Nasogastric tube tip below the diaphragm.",
    "Right internal jugular central line tip in the lower SVC.",
    "Cardiomegaly with cardiothoracic ratio 0.58.",
    "Pulmonary oedema with Kerley B lines and upper lobe diversion.",
    "Usual interstitial pneumonia pattern with basal honeycombing.",
    "Non-specific interstitial pneumonia with subpleural sparing.",
    "Hypersensitivity pneumonitis with mosaic attenuation and air trapping.",
    "Bronchiectasis in both lower lobes with mucus plugging.",
    "Emphysema, centrilobular, upper-lobe predominant.",
    "Sarcoidosis stage II: bilateral hilar lymphadenopathy with perilymphatic nodules.",
    "Hamartoma with popcorn calcification in the left lower lobe.",
    "Pancoast tumour invading the chest wall at the right apex.",
    "Kartagener syndrome with dextrocardia and bronchiectasis.",
    "Swyer-James syndrome with a small hyperlucent left lung.",
    "Poland syndrome with absent right pectoralis major.",
    "Westermark sign and Hampton's hump were not seen.",
    "Luftsichel sign indicates left upper lobe collapse.",
    "Golden S sign suggests right upper lobe collapse with a central mass.",
    "Silhouette sign with loss of the right heart border: middle lobe pathology.",
    "Deep sulcus sign on the supine film suggests pneumothorax.",
    "Melting ice cube sign in a resolving pulmonary infarct.",
    "The patient is 45, a non-smoker, with cough for three weeks.",
    "A 61-year-old man with haemoptysis and weight loss.",
    "A 38-year-old woman, HIV positive, CD4 count 120.",
    "A 72-year-old woman with breathlessness and bilateral effusions.",
    "An 85-year-old man with fever and confusion.",
    "A 19-year-old student with chest pain after a long flight.",
    "Preliminary report issued by the registrar; final report pending consultant review.",
    "Addendum: no change to the impression after review of the lateral view.",
    "Addendum: the side was dictated incorrectly; the nodule is in the left upper lobe.",
    "Addendum: the outside CT was reviewed and confirms the finding.",
    "Report dictated with speech recognition; errors may occur.",
    "Verified and electronically signed by the consultant radiologist.",
    "Discussed with the referring physician at 14:20.",
    "Case discussed at the Thursday thoracic MDT.",
    "The biopsy was done under CT guidance with a 18G coaxial needle.",
    "Post-biopsy film: no pneumothorax.",
    "Small pneumothorax after biopsy, managed conservatively.",
    "Contrast: iohexol 350, 70 mL at 3 mL/s.",
    "Scanner: Siemens SOMATOM go.Top, 1 mm reconstructions.",
    "Scanner: GE Revolution CT, low-dose protocol, CTDIvol 1.2 mGy.",
    "Scanner: Canon Aquilion Prime SP in the emergency department.",
    "Protocol: CTPA with bolus tracking on the pulmonary trunk.",
    "Protocol: HRCT with prone and expiratory images.",
    "Contrast lot 4418273 was used; no reaction.",
    "eGFR 68 mL/min; no contraindication to contrast.",
    "Patient fasting during Ramadan; scan scheduled after iftar.",
    "Friday afternoon lists are not booked in the Gulf sites.",
    "Weekend reporting is done by the teleradiology hub.",
    "Radiation dose report attached to the study.",
    "DLP 210 mGy·cm for the chest CT.",
    "Effective dose approximately 3 mSv.",
    "Mobile chest X-ray in the ICU bay 6.",
    "Ward 7B, bed 12: chest film done portable.",
    "The OPD chest clinic is in Block C, ground floor.",
    "The TB ward is on the third floor of the east wing.",
    "Reports are available on the portal after 6 pm.",
    "Please quote the accession number when calling about a report.",
    "For queries call the reporting room extension.",
    "The radiologist on call can be paged through the switchboard.",
    "Kindly correlate clinically.",
    "Follow-up chest X-ray in 6 weeks after treatment.",
    "CT recommended in 3 months to confirm resolution.",
    "No further imaging is needed.",
]


HELD_OUT17 = (
    VISA_SCREENING
    + TB_PROGRAMME
    + PNEUMOCONIOSIS
    + COVID_ERA
    + INSURANCE_TPA
    + MEDICAL_TOURISM
    + FITNESS_CERTIFICATES
    + PACS_TELERAD
    + REPORTS_ADDENDA
    + NETWORK_AND_CONTACTS
)


CLEAN_HELDOUT17 = (
    CLEAN_SCREENING + CLEAN_TB + CLEAN_PNEUMO + CLEAN_COVID + CLEAN_ADMIN + CLEAN_REPORTS
)
