"""Dev set 9: English-language radiology text from a teleradiology service reading for client
hospitals in India, Nigeria, Kenya, South Africa, Brazil, Mexico, Germany, the Netherlands,
Poland, Turkey, Saudi Arabia, the UAE, Pakistan, Bangladesh, the Philippines, Indonesia, Vietnam,
Japan, Korea and China.

Content: report headers and findings, addenda, worklist and RIS lines, referral and discharge
letters, chat-style staff messages, critical-result call logs, consent and billing lines.
Facilities and people are the bulk: hospital, clinic, diagnostic-centre and laboratory names as
they are written in each country (local-language words such as Klinikum, Ziekenhuis, Szpital,
Hastanesi, Rumah Sakit, Bệnh viện, Hospital das Clínicas, Centro Médico, Diagnostics Pvt Ltd,
Medical College, Teaching Hospital; abbreviations; names with no institution word), and people's
names in many written forms (given-family and family-given order, patronymics, bin/bint/binti,
s/o and w/o, initials, ALL CAPS, lower case, transliterations, particles such as van der, de,
dela, von, Al-). Addresses follow each country's layout, dates each country's formats (dd.mm.yyyy,
yyyy/mm/dd, Japanese era years in Latin letters or kanji, Thai Buddhist-era years, Hijri months,
month names in Portuguese, Spanish, German, Dutch, Polish, Turkish, Indonesian, Vietnamese), ids
local formats (Aadhaar-like, ABHA, CPF, CURP, PESEL, BSN, TC Kimlik, Emirates ID, CNIC, NIK,
PhilHealth, resident registration numbers, hospital numbers, accessions, DICOM UIDs).

Every person, record number, phone number, e-mail address and street number is invented;
facility names are real institutions used only as names.

Conventions: titles (Dr, Prof., Sister, Mr, Mrs, dhr., mevr., Bapak, Ibu, Sr.) and degrees stay
outside name spans; a facility span is the institution's name only ("the" and the city written
after a comma stay outside, departments stay outside) but keeps a person's name or a "Dr." that
is part of the institution's own name; an id span is the value without its label; ages are gold
only above 89; "ngày" before a Vietnamese date stays outside. CLEAN_DEV9 holds hard negatives
from the same countries: cities and countries alone, departments, insurance schemes, scanner and
drug brands, eponyms, local words for hospital or for people used generically, ages of 89 and
under, times and weekdays, codes and placeholders.
"""

from __future__ import annotations

INDIA = [
    "Patient: {{name:Lakshmi Venkatesan}}, UHID {{id:AIIMS/2024/0471823}}, referred from {{facility:Safdarjung Hospital}} to {{facility:All India Institute of Medical Sciences}}, New Delhi.",
    "HRCT chest dated {{date:14/03/2024}} at {{facility:Lilavati Hospital and Research Centre}}, reported by Dr {{name:Anil K. Deshmukh}}, MD (Radiodiagnosis).",
    "Aadhaar {{id:4821 6730 5519}} verified at the registration desk of {{facility:Medanta - The Medicity}}, Gurugram.",
    "Correspondence address: {{address:Flat 302, Sai Krupa Apartments, 14th Cross, Malleswaram, Bengaluru 560003}}.",
    "Pt name: {{name:RAMESH KUMAR S}}, S/o {{name:SURESH KUMAR}}, IP No. {{id:IP24-118342}}, Ward 7B, Bed 12.",
    "Kindly correlate with the USG abdomen done outside at {{facility:Dr. Lal PathLabs}} on {{date:02-Mar-2024}}.",
    "{{facility:Aarthi Scans and Labs}}, {{address:No. 61, 100 Feet Road, Vadapalani, Chennai 600026}}, Ph {{phone:044-2480 7719}}.",
    "Critical result: tension pneumothorax, informed Dr {{name:Priya Nair}} (CMO on duty) at 02:15 on {{date:22-Jan-2024}}, read-back confirmed.",
    "MRI brain for {{name:Mohd. Imran Qureshi}}, {{age:91}} yrs, Male, CR No. {{id:2024-0093187}}, {{facility:King George's Medical University}}, Lucknow.",
    "Final report mailed to {{email:radiology.reports@kmc-manipal.edu.in}} and published at {{url:https://pacs.manipalhospitals.com/viewer?study=MH7728134}}.",
    "sir pt {{name:kavitha r}} from {{facility:CMC Vellore}} OPD wants CD copy, her no. {{phone:+91 98401 23456}}, pls call after 4",
    "ABHA number {{id:91-4417-2209-8863}} linked; PM-JAY beneficiary id {{id:PMJAY-UP-7719-3310}}.",
    "Referred by Dr {{name:G. Subramanian}}, {{facility:Sri Ramachandra Institute of Higher Education and Research}}, Porur, for CT coronary angiography.",
    "MWL | {{id:ACC-IN-5528107}} | CT KUB | {{name:SHARMA^POOJA}} | DOB {{date:1988-07-09}} | {{facility:Fortis Escorts Heart Institute}}",
    "Billing: {{name:Venkata Sai Krishna Reddy}}, TPA claim {{id:STAR-CL-2024-00817733}}, {{facility:Yashoda Hospitals}}, Secunderabad; amount Rs 8,450.",
    "DICOM gateway at {{ip:10.44.2.18}} refused the association from the {{facility:Jaslok Hospital}} CT.",
    "Discharge summary from {{facility:Govt. Medical College}}, Kozhikode: admitted {{date:03.02.2024}}, discharged {{date:11.02.2024}}.",
    "Comparison: MRCP of {{name:Ramanathan K.V.}} dated {{date:2023/11/02}} from {{facility:Kovai Medical Center and Hospital}} shows interval CBD clearance.",
    "For queries contact Dr {{name:Hemant Mehta}} at {{email:drmehta.rad@gmail.com}} or {{phone:+91-22-2492 6610}}.",
    "Referral letter: Dear Sir, I am referring Smt. {{name:Sarojini Devi Agarwal}}, aged {{age:94}}, resident of {{address:H.No. 12-2-831/A, Mehdipatnam, Hyderabad 500028}}, for CT abdomen.",
    "X-ray done at {{facility:Mahajan Imaging}}, {{address:E-19, Defence Colony, New Delhi 110024}}; films sent with attendant.",
    "Sample collected by {{facility:Metropolis Healthcare}} and reported by {{facility:SRL Diagnostics}} on {{date:17 Feb 2024}}.",
    "Consent for contrast signed by {{name:Gurpreet Singh Dhillon}} (husband) on behalf of {{name:Harjeet Kaur}}.",
    "Old films from {{facility:PGIMER}}, Chandigarh, registration no. {{id:201900784512}}, reviewed.",
    "Radiologist: Dr {{name:Sneha Iyer}}, DNB, {{facility:Narayana Health City}}, Bommasandra.",
    "pt {{name:abdul rasheed}} tvm, kindly send report to {{facility:KIMSHEALTH}} fax or mail {{email:imaging.tvm@kimshealth.org}}",
    "USG done at {{facility:Shree Sai Diagnostics Pvt Ltd}}, {{address:Shop 4, Ganesh Plaza, FC Road, Shivajinagar, Pune 411005}}.",
    "Addendum {{date:16/03/2024 19:20}}: the impression is revised after discussion with Dr {{name:Arvind Rao}}.",
]

NIGERIA = [
    "Hospital No: {{id:LUTH/22/18845}}; Name: {{name:ADEYEMI, Oluwaseun Babatunde}}; {{facility:Lagos University Teaching Hospital}}, Idi-Araba.",
    "Referred from {{facility:Reddington Hospital}}, {{address:12 Idowu Martins Street, Victoria Island, Lagos}}, for CT urogram.",
    "Chest radiograph of {{date:5th March 2024}} reported by Dr {{name:Chukwuemeka Okafor}}, FWACS.",
    "NIN {{id:38217745601}} captured for NHIA enrolment, enrolee no. {{id:NHIA/LA/0417/22981}}.",
    "Call log 23:40: spoke with Sister {{name:Ngozi Eze}} at {{facility:UNTH Ituku-Ozalla}} about a large left MCA infarct.",
    "Patient's daughter, {{name:Blessing Okon}}, can be reached on {{phone:0803 412 7789}} for the results.",
    "{{name:Ibrahim Musa Danjuma}}, a {{age:93}}-year-old retired civil servant, referred by {{facility:Aminu Kano Teaching Hospital}} with haematuria.",
    "Ultrasound performed at {{facility:Clina-Lancet Laboratories}}, {{address:Plot 1252 Ahmadu Bello Way, Garki, Abuja}}.",
    "Study pushed from {{facility:Federal Medical Centre Abeokuta}} through {{url:https://upload.tele-rad.ng/fmc-abk/2024/03/CR-88213}}.",
    "Please email the signed report to {{email:imaging@reddingtonhospital.com}} and copy Dr {{name:Funmilayo Adebayo-Johnson}}.",
    "Name: {{name:Fatima Bello}}; Date: {{date:12/04/2024}}; Ward: Female Medical; Request: CXR PA.",
    "Follow-up MRI at {{facility:University College Hospital}}, Ibadan, for {{name:Oluwadamilare T. Akinola}}, Hosp. No. {{id:UCH-1187342}}.",
    "good evening sir, the CT for Mrs {{name:Nkechi}}? no o, it is for {{name:Chinedu Nwosu}}, bed 4, {{facility:ABUTH Zaria}}",
    "Address: {{address:No. 7, Okpara Avenue, GRA Phase II, Enugu}}; Phone: {{phone:+234 803 412 9901}}.",
    "Invoice {{id:INV-NG-2024-004417}} issued to {{name:Alhaji Usman Garba Sani}} for MRI lumbar spine, {{facility:Nizamiye Hospital}}, Abuja.",
    "Critical: free air under the diaphragm; Dr {{name:Emeka Obi}} at {{facility:National Hospital Abuja}} informed {{date:Sat 09/03/2024 06:10}}.",
    "Mammogram at {{facility:Lagoon Hospitals}} Ikoyi dated {{date:29 February 2024}}, BI-RADS 4A.",
    "Referral from {{facility:St. Nicholas Hospital}}, Lagos Island, for {{name:Adaeze Chukwu}}, aged {{age:90}}.",
]

KENYA = [
    "{{facility:Kenyatta National Hospital}}, IP No. {{id:KNH-0918234}}, Patient: {{name:Wanjiru Kamau}}, Ward 5D.",
    "Previous CT at the {{facility:Aga Khan University Hospital}}, Nairobi, on {{date:11/01/2024}} for comparison.",
    "Postal address: {{address:P.O. Box 19676-00202, Nairobi}}; physical address: {{address:House 14, Riverside Drive, Westlands, Nairobi}}.",
    "Tel {{phone:+254 722 418 903}}; next of kin {{name:Otieno Ochieng}} {{phone:0733 210 456}}.",
    "SHA member no. {{id:SHA-2024-8819234}}, national ID {{id:28814476}}.",
    "Critical call: Dr {{name:Kiprono Chebet}} at {{facility:Moi Teaching and Referral Hospital}}, Eldoret, informed at 14:05 on {{date:08/02/2024}}.",
    "MRI knee for {{name:Akinyi Atieno Odhiambo}} booked at {{facility:MP Shah Hospital}} for {{date:Tuesday 19 March 2024}}.",
    "mzee {{name:Kariuki}} from {{facility:Nairobi West Hospital}} wants his films, pls call {{phone:0711 809 335}}",
    "Labs from {{facility:Lancet Kenya}} ({{date:14 March 2024}}): creatinine 92 umol/L, eGFR 78.",
    "Referred by {{facility:Coast General Teaching and Referral Hospital}}, Mombasa, for {{name:Mwanaisha Salim Abdalla}}.",
    "Report link sent to {{email:radiology@nairobihospital.org}}; viewer {{url:https://viewer.nbihosp-rad.co.ke/s/7Hq2LmX9}}.",
    "Consent: {{name:Njeri Mwangi}}, mother of the child, signed for sedation on {{date:20.03.2024}}.",
    "Worklist {{id:AC24-KE-330918}} CT head, {{name:MUTUA, Daniel Kioko}}, {{facility:Kijabe Hospital}}.",
    "Great-grandmother {{name:Chepkoech Rono}}, {{age:96}}, transferred from {{facility:Tenwek Hospital}}.",
]

SOUTH_AFRICA = [
    "SA ID {{id:7803155032087}}; medical aid member no. {{id:331847502}}; patient {{name:Sipho Dlamini}}.",
    "Referred from {{facility:Chris Hani Baragwanath Academic Hospital}}, Soweto, by Dr {{name:Thandiwe Nkosi}}.",
    "CT chest {{date:2024/03/12}} at {{facility:Groote Schuur Hospital}}; comparison {{date:2023/09/30}}.",
    "Reporting radiologist: Dr {{name:Pieter van der Merwe}}, MBChB, FC Rad (Diag) SA, {{facility:Netcare Milpark Hospital}}.",
    "Patient: {{name:du Plessis, Marietjie}}; DOB {{date:1931/05/04}}; age {{age:92}}; folder no. {{id:TBH-4471920}}.",
    "Residential address: {{address:23 Jan Smuts Avenue, Parktown, Johannesburg, 2193}}; cell {{phone:082 555 0143}}.",
    "Bloods done by {{facility:Lancet Laboratories}} and {{facility:PathCare}}; see attached.",
    "Critical result phoned to Sr {{name:Nomvula Mahlangu}}, {{facility:Tygerberg Hospital}} trauma unit, on {{date:3 March 2024}} at 01:50.",
    "{{name:NAIDOO, Kumaran}} referred from {{facility:Inkosi Albert Luthuli Central Hospital}} for PET-CT.",
    "Accounts: {{facility:Life Fourways Hospital}}, {{address:Cedar Road, Fourways, Sandton, 2055}}, tel {{phone:+27 11 875 1209}}.",
    "MRI report copied to {{email:p.vandermerwe@drrad.co.za}} and {{email:bookings@mediclinic-sandton.co.za}}.",
    "Comparison with {{facility:Mediclinic Sandton}} study of {{date:15 January 2024}}.",
    "Postal: {{address:PO Box 2814, Hatfield, Pretoria, 0028}}; patient account no. {{id:PA-0384712}}.",
    "hi doc, {{name:Zanele}} from {{facility:Steve Biko Academic Hospital}} here, the prem baby's CXR is up on PACS",
    "Doctor on call {{name:J.P. Botha}} rejected the request; discussed with {{name:Fatima Ebrahim}} instead.",
]

BRAZIL = [
    "Paciente: {{name:Maria Aparecida de Souza Santos}}, CPF {{id:318.442.907-15}}, {{facility:Hospital das Clínicas da FMUSP}}.",
    "Tomografia de tórax realizada em {{date:14 de março de 2024}} no {{facility:Hospital Israelita Albert Einstein}}.",
    "Endereço: {{address:Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001}}.",
    "Cartão SUS {{id:898 0012 3456 7890}}; referred by {{facility:UBS Vila Mariana}}.",
    "English summary for the client: {{name:João Pedro Ferreira da Silva}}, {{age:94}} anos, MRI brain at {{facility:Hospital Sírio-Libanês}}.",
    "Contact the patient's son {{name:Rafael Oliveira}} on {{phone:(11) 98147-2263}}.",
    "Prior study from {{facility:Fleury Medicina e Saúde}} dated {{date:03/01/2024}} was unavailable.",
    "Laudo liberado por Dra. {{name:Fernanda Costa Lima}}, CRM-SP 118734, {{date:15/03/2024 10:42}}.",
    "{{facility:Santa Casa de Misericórdia de Porto Alegre}} request: CT abdomen for {{name:SILVA, J. P. F.}}, prontuário {{id:4471093}}.",
    "Address on the request: {{address:Av. Ipiranga, 6690, Jardim Botânico, Porto Alegre - RS, 90610-000}}.",
    "Study uploaded from {{facility:Hospital Moinhos de Vento}} via {{url:https://tele.moinhos-rad.com.br/estudo/1.2.76.0.7230010.3.1.4.8323329}}.",
    "Attending: Dr. {{name:Luiz Henrique Gonçalves Pereira}}; contact {{email:luiz.pereira@hcpa-rad.com.br}}.",
    "Comparison CT at {{facility:DASA}} unit Barra, {{date:28 de fevereiro de 2024}}.",
    "Telefone fixo {{phone:+55 21 3296-4410}}; celular {{phone:(21) 99612-0387}}.",
    "RG {{id:27.418.903-5}} SSP/SP noted on the consent form signed by {{name:Ana Beatriz Rocha}}.",
]

MEXICO = [
    "Paciente {{name:José Luis Hernández García}}, CURP {{id:HEGL530812HDFRRS07}}, {{facility:Centro Médico Nacional Siglo XXI}}.",
    "NSS {{id:03175312846}}; referred from {{facility:Hospital General de México Dr. Eduardo Liceaga}}.",
    "Domicilio: {{address:Av. Insurgentes Sur 1582, Col. Crédito Constructor, Alc. Benito Juárez, C.P. 03940, Ciudad de México}}.",
    "CT abdomen {{date:12 de marzo de 2024}} at {{facility:Hospital Ángeles Pedregal}}, read by Dr. {{name:Alejandro Ruiz Tapia}}.",
    "Prior imaging from {{facility:Instituto Nacional de Cancerología}} on {{date:20/02/2024}}.",
    "Family contact: {{name:María Guadalupe Martínez de la Cruz}}, {{phone:+52 55 1234 8876}}.",
    "Labs by {{facility:Laboratorio Médico Polanco}} and {{facility:Salud Digna}} attached to the referral.",
    "Doña {{name:Refugio Sánchez Villalobos}}, {{age:97}} años, fall at home; hip series requested.",
    "Referred from {{facility:Hospital Universitario Dr. José Eleuterio González}}, Monterrey, expediente {{id:UANL-0918834}}.",
    "Critical: aortic dissection type A; Dr. {{name:Mariana Orozco}} at {{facility:Médica Sur}} informed {{date:Dom 10/03/2024 03:25}}.",
    "Report copy to {{email:imagen.reportes@medicasur.org.mx}}; patient portal {{url:https://resultados.salud-digna.example.mx/r/Q7T2K9}}.",
    "Dirección: {{address:Calle Morelos 214, Col. Centro, 44100 Guadalajara, Jal.}}; tel. {{phone:33 3614 2279}}.",
    "RIS: {{id:MX-ACC-8841702}} | MRI pelvis | {{name:GARCIA LOPEZ, ANA SOFIA}} | {{facility:Christus Muguerza Hospital Alta Especialidad}}",
]

GERMANY = [
    "Patientin: {{name:Müller, Hildegard}}, geb. {{date:03.07.1931}}, Fallnummer {{id:2024-0183374}}, {{facility:Charité – Universitätsmedizin Berlin}}.",
    "CT Thorax vom {{date:14.03.2024}}, Voruntersuchung {{date:02.11.2023}} im {{facility:Klinikum rechts der Isar}}.",
    "{{age:92}}-jährige Patientin, Sturz zu Hause; referred by {{facility:Vivantes Klinikum Neukölln}}.",
    "Befundende Ärztin: Prof. Dr. med. {{name:Katharina von Stein}}, {{email:k.vonstein@radiologie-mitte.de}}.",
    "Anschrift: {{address:Lindenstraße 14, 10969 Berlin}}; Tel. {{phone:030 4506 27118}}.",
    "Versichertennummer {{id:K418207731}}, Pat.-ID {{id:70012345}}, insured with AOK Nordost.",
    "Zuweiser: {{facility:Radiologische Gemeinschaftspraxis am Marienplatz}}, Dr. {{name:Jürgen Schäfer}}.",
    "MRT Knie am {{date:14. März 2024}} im {{facility:MVZ Radiologie Nordstadt}}, Hannover.",
    "Kritischer Befund: Lungenembolie, telefonisch an Dr. {{name:Özlem Yıldırım}} ({{facility:Helios Klinikum Berlin-Buch}}) am {{date:Do., 07.03.2024, 22:14}}.",
    "Please forward to {{facility:Asklepios Klinik St. Georg}}, {{address:Lohmühlenstraße 5, 20099 Hamburg}}.",
    "Laborwerte von {{facility:Labor Dr. Wisplinghoff}}: Kreatinin 1,1 mg/dl.",
    "Arztbrief an {{facility:Hausarztpraxis Dr. med. Brigitte Hoffmann}}, {{address:Bahnhofstraße 22a, 79098 Freiburg im Breisgau}}.",
    "{{facility:Universitätsklinikum Heidelberg}} PACS node {{ip:172.16.40.21}} is down since 06:00.",
    "Herr {{name:Hans-Jürgen Wagner}}, mobil {{phone:+49 171 8830427}}, wishes the CD by post.",
    "Vergleich: Aufnahmen vom {{date:15. Januar 2024}}, {{facility:Städtisches Klinikum Karlsruhe}}.",
    "Addendum {{date:18.03.2024 07:55}}: Dr. {{name:M. Schneider-Kowalczyk}} bestätigt die Fraktur.",
    "Terminbestätigung via {{url:https://termine.radiologie-nordstadt.de/b/ZX81-44QK}} for {{name:Lena Fischer}}.",
]

NETHERLANDS = [
    "Patiënt: mevr. {{name:W. Bakker}}, geboren {{date:12-06-1929}}, BSN {{id:204817736}}, {{facility:Amsterdam UMC}}.",
    "CT-thorax d.d. {{date:15 maart 2024}}, vergelijking {{date:2 januari 2024}}, {{facility:Erasmus MC}}.",
    "Verwijzer: dhr. {{name:P. van Dijk}}, huisarts, {{facility:Huisartsenpraktijk De Linde}}, Utrecht.",
    "Adres: {{address:Prinsengracht 263-1, 1016 GV Amsterdam}}; tel. {{phone:06-41877203}}.",
    "Referred from {{facility:Onze Lieve Vrouwe Gasthuis}} for MRI prostate; patient {{name:Jan de Vries}}.",
    "Report to {{email:radiologie@maasstadziekenhuis.nl}}, copy to the {{facility:Maasstad Ziekenhuis}} urology secretariat.",
    "Patient {{name:van den Berg-Janssen, Anneke}}, {{age:95}} jaar, fall; {{facility:Jeroen Bosch Ziekenhuis}} ED.",
    "Critical call to Dr. {{name:Sanne Kuipers}} at {{facility:St. Antonius Ziekenhuis}}, Nieuwegein, {{date:za 16-03-2024 04:30}}.",
    "Ziekenhuisnummer {{id:NL-7741902}}; prior scans at {{facility:Radboudumc}}.",
    "Worklist {{id:ISL24-089117}} MRI brain {{name:VRIES, J. DE}} {{facility:Isala}} Zwolle",
    "Correspondentieadres: {{address:Postbus 9101, 6500 HB Nijmegen}}; tel. {{phone:+31 24 361 4419}}.",
    "Secondary read requested by {{name:Bram Visser}}, {{facility:Meander Medisch Centrum}}, Amersfoort.",
]

POLAND = [
    "Pacjent: {{name:Kowalska Anna}}, PESEL {{id:44051401359}}, {{facility:Szpital Uniwersytecki w Krakowie}}.",
    "TK głowy z dnia {{date:14 marca 2024}}; porównanie z badaniem z {{date:02.02.2024}}.",
    "Skierowanie z {{facility:Wojskowy Instytut Medyczny}}, Warszawa; lekarz kierujący: lek. {{name:Piotr Wiśniewski}}.",
    "Adres: {{address:ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa}}; tel. {{phone:+48 601 887 312}}.",
    "Referred from {{facility:Szpital Wojewódzki im. Jana Pawła II}} in Bełchatów for MRI of the spine.",
    "Patient {{name:Grzegorz Brzęczyszczykiewicz}}, {{age:90}} lat, transferred from {{facility:Uniwersyteckie Centrum Kliniczne}}, Gdańsk.",
    "Prior US at {{facility:Centrum Medyczne Damiana}}; report sent to {{email:rtg@damian-rad.pl}}.",
    "Critical: subdural haematoma; dr {{name:Małgorzata Nowak-Zielińska}} informed {{date:10.03.2024, 03:40}}.",
    "Adres korespondencyjny: {{address:os. Centrum B 7/14, 31-927 Kraków}}.",
    "Consent signed by {{name:Zbigniew Lewandowski}}; case no. {{id:KSG/2024/11873}}, {{facility:Lux Med}} Puławska.",
    "Comparison study from {{facility:Medicover}} Wilanów, {{date:20 lutego 2024}}.",
]

TURKEY = [
    "Hasta: {{name:Mehmet Ali Yılmaz}}, TC Kimlik No {{id:10582246614}}, {{facility:Hacettepe Üniversitesi Hastanesi}}.",
    "Toraks BT {{date:14 Mart 2024}}; önceki tetkik {{date:05.01.2024}}, {{facility:Acıbadem Maslak Hastanesi}}.",
    "Adres: {{address:Atatürk Mah. Cumhuriyet Cad. No: 45 D: 7, 34758 Ataşehir/İstanbul}}; GSM {{phone:0532 418 27 06}}.",
    "{{age:97}} yaşında kadın hasta {{name:ŞAHİN Ayşe Gül}}, referred by {{facility:Ankara Şehir Hastanesi}}.",
    "Raporlayan: Doç. Dr. {{name:Çağlar Öztürk}}, {{facility:İstanbul Üniversitesi-Cerrahpaşa Tıp Fakültesi Hastanesi}}.",
    "Critical call to Dr. {{name:Elif Kaya}} at {{facility:Memorial Şişli Hastanesi}} at 21:05 on {{date:12.03.2024}}.",
    "Protocol no. {{id:2024/118734}}, {{facility:Başkent Üniversitesi Ankara Hastanesi}}, tel. {{phone:+90 312 203 68 41}}.",
    "Report copy to {{email:radyoloji@medipol-rad.com.tr}}; {{facility:Medipol Mega Üniversite Hastanesi}} PACS.",
    "Patient relative {{name:Hüseyin Demir}} asks for the CD, phone {{phone:0555 987 65 43}}.",
    "Adres: {{address:Kızılay Mah. Gazi Mustafa Kemal Blv. No: 112/9, 06420 Çankaya/Ankara}}.",
    "Comparison with {{facility:Ege Üniversitesi Tıp Fakültesi Hastanesi}}, İzmir, MRI of {{date:3 Şubat 2024}}.",
]

SAUDI = [
    "Patient: {{name:Abdullah bin Saleh Al-Qahtani}}, MRN {{id:KF-00918234}}, {{facility:King Faisal Specialist Hospital & Research Centre}}.",
    "National ID {{id:1098765432}}; Iqama {{id:2387459103}} for the accompanying driver.",
    "CT abdomen on {{date:3 Ramadan 1445}} ({{date:13/03/2024}}) at {{facility:King Abdulaziz Medical City}}.",
    "Address: {{address:7421 King Fahd Road, Al Olaya District, Riyadh 12214}}; mobile {{phone:055 318 4427}}.",
    "Referred by Dr. {{name:Noura bint Fahad Al-Otaibi}}, {{facility:King Fahad Medical City}}.",
    "{{name:AL-GHAMDI, Khalid Mohammed}}, {{age:91}} years, bilateral hip pain; {{facility:Dr. Sulaiman Al Habib Medical Group}} Olaya branch.",
    "National short address {{address:RHMA3184}} noted on the insurance approval.",
    "Insurance approval {{id:BUPA-APR-77182934}}, policy holder {{name:Faisal Abdulrahman Al-Harbi}}.",
    "Critical: massive PE; Dr. {{name:Reem Al-Shehri}} at {{facility:Prince Sultan Military Medical City}} informed {{date:1445/09/05 02:30}}.",
    "Comparison CT from {{facility:Dallah Hospital}} on {{date:2024-02-11}} not transmitted; gateway {{ip:10.120.8.44}} timed out.",
    "Send the report to {{email:radiology.reports@kfmc-rad.med.sa}}; switchboard {{phone:+966 11 288 9999}}.",
    "Patient {{name:Mohammed Abdullah Al-Zahrani}} of {{facility:Johns Hopkins Aramco Healthcare}}, Dhahran, employee no. {{id:8817234}}.",
]

UAE = [
    "Emirates ID {{id:784-1962-4471093-5}}, patient {{name:Mariam Saeed Al Mansoori}}, {{facility:Cleveland Clinic Abu Dhabi}}.",
    "Address: {{address:Villa 23, Street 14b, Al Barsha 2, Dubai}}; mobile {{phone:+971 50 987 6543}}.",
    "Referred by Dr. {{name:Rajesh Pillai}}, {{facility:Aster Clinic}} Al Qusais, for CT sinuses.",
    "CXR at {{facility:Rashid Hospital}} on {{date:09/03/2024}}; nurse {{name:Maria Santos Dizon}} escorted the patient.",
    "Critical result phoned to {{facility:Sheikh Khalifa Medical City}} ED, Dr. {{name:Omar Hamdan Al Ketbi}}, {{date:14-03-2024 05:55}}.",
    "Resident of {{address:Flat 1204, Marina Heights Tower, Dubai Marina, Dubai}}; landline {{phone:04 219 3418}}.",
    "Daman card no. {{id:1028-4471-9302-1187}}; approval via {{url:https://eclaimlink.ae/approvals/DXB-24-0047712}}.",
    "Prior MRI at {{facility:Mediclinic City Hospital}} and {{facility:American Hospital Dubai}} requested.",
    "{{name:Hessa Hamad Al Nuaimi}}, {{age:99}} years, from {{facility:NMC Royal Hospital}}, Khalifa City, for CT brain.",
    "Report to {{email:radiology.auh@nmc-rad.ae}}; PACS peer {{ip:192.168.58.12}}.",
]

PAKISTAN = [
    "Patient: {{name:Muhammad Bilal Khan}}, CNIC {{id:35202-8841736-1}}, MR# {{id:744-81-22}}, {{facility:Aga Khan University Hospital}}, Karachi.",
    "Referred from {{facility:Shaukat Khanum Memorial Cancer Hospital and Research Centre}}, Lahore, for PET-CT review.",
    "{{name:Shazia Parveen}} w/o {{name:Muhammad Aslam}}, {{age:92}} years, from {{facility:Mayo Hospital}}, Lahore.",
    "Address: {{address:House No. 45, Street 12, F-7/2, Islamabad}}; cell {{phone:0300-5528174}}.",
    "CT brain {{date:14-03-2024}} at {{facility:Pakistan Institute of Medical Sciences}}; Dr {{name:Ayesha Siddiqui}} reporting.",
    "Labs from {{facility:Chughtai Lab}} and {{facility:Excel Labs}} reviewed; creatinine 1.3.",
    "Critical call 04:10: Dr {{name:Hamza Rafiq}}, {{facility:Shifa International Hospital}}, informed of ruptured appendix.",
    "{{name:KHAN, SHAHID}} referred by {{facility:Jinnah Postgraduate Medical Centre}}, ward 22.",
    "Address: {{address:House 112-B, Block 6, PECHS, Karachi 75400}}; landline {{phone:+92 21 3453 8816}}.",
    "Sehat Card no. {{id:SSP-KP-4471-0093}} verified for {{name:Gul Zaman}} s/o {{name:Sher Zaman}}.",
    "Please share report on {{email:radiology@shifa-rad.com.pk}} and WhatsApp {{url:https://wa.me/923331234567}}.",
    "Prior X-ray from {{facility:Services Hospital}}, Lahore, on {{date:1 February 2024}}.",
]

BANGLADESH = [
    "Patient: {{name:Md. Rafiqul Islam}}, NID {{id:19912693447710265}}, {{facility:Dhaka Medical College Hospital}}.",
    "Referred from {{facility:Bangabandhu Sheikh Mujib Medical University}} for MRI pelvis.",
    "{{name:Most. Shirin Akter}}, {{age:90}} yrs, female, {{facility:Square Hospitals Ltd}}, Panthapath.",
    "Address: {{address:House 18, Road 7, Dhanmondi, Dhaka 1205}}; mobile {{phone:+880 1711-234567}}.",
    "USG at {{facility:Popular Diagnostic Centre}} on {{date:14-03-2024}}; CT at {{facility:Ibn Sina Diagnostic & Imaging Center}} on {{date:16-03-2024}}.",
    "Registration no. {{id:EVH-2024-118273}}, {{facility:Evercare Hospital Dhaka}}, Bashundhara.",
    "Critical call to Dr {{name:Abdur Rahim Chowdhury}}, {{facility:Chittagong Medical College Hospital}}, 23:15.",
    "Study from {{facility:icddr,b}} Mohakhali uploaded through {{url:https://dicom.icddrb-rad.org/up/2024/CXR-55812}}.",
    "Father: {{name:Abul Kashem Mia}}; mobile {{phone:01819-445566}}; village {{address:Gram Char Kalibari, Post Office Mymensingh Sadar, Mymensingh 2200}}.",
    "Report email {{email:reports@populardiagnostic-rad.com}}; Dr {{name:Nasrin Sultana}}, FCPS.",
]

PHILIPPINES = [
    "Patient: {{name:Maria Cristina dela Cruz-Reyes}}, PhilHealth PIN {{id:19-051882417-6}}, {{facility:Philippine General Hospital}}.",
    "CT chest {{date:March 14, 2024}} at {{facility:St. Luke's Medical Center – Global City}}.",
    "Address: {{address:Blk 5 Lot 12, Mabini St., Brgy. San Isidro, Antipolo City, Rizal 1870}}; cel {{phone:+63 917 123 4567}}.",
    "Requesting physician: Dr. {{name:Juan Miguel Santos Bautista}}, {{facility:Makati Medical Center}}.",
    "{{name:Ma. Luisa P. Villanueva}}, {{age:93}} y/o, from {{facility:Vicente Sotto Memorial Medical Center}}, Cebu City.",
    "Labs from {{facility:Hi-Precision Diagnostics}} dated {{date:03/11/2024}} attached.",
    "Attending: {{name:JOSEPHINE D. MACARAEG}}, MD; {{facility:Jose R. Reyes Memorial Medical Center}}.",
    "Critical call: Dr. {{name:Ramon Aquino}}, {{facility:Asian Hospital and Medical Center}}, {{date:03/16/2024 01:20}}.",
    "Landline {{phone:(02) 8723-0177}}; email {{email:rad.reports@asianhospital-ph.com}}.",
    "hi po doc, pt {{name:Joy Pangilinan}} from {{facility:Cardinal Santos Medical Center}}, CT result na po?",
    "Address: {{address:Unit 14B, The Residences, 88 Aguirre Ave., BF Homes, Parañaque City 1720}}.",
    "HMO LOA no. {{id:MAXI-LOA-24-0917733}} for {{name:Rodrigo C. Mendoza}}.",
]

INDONESIA = [
    "Pasien: {{name:Sutrisno}}, NIK {{id:3174051203850002}}, {{facility:RSUPN Dr. Cipto Mangunkusumo}}, Jakarta.",
    "CT toraks tanggal {{date:14 Maret 2024}} di {{facility:Rumah Sakit Pondok Indah}}; pembanding {{date:2 Januari 2024}}.",
    "Alamat: {{address:Jl. Diponegoro No. 71, RT 003/RW 005, Kel. Kenari, Kec. Senen, Jakarta Pusat 10430}}.",
    "Referred from {{facility:RSUD Dr. Soetomo}}, Surabaya, by dr. {{name:Dewi Lestari Wijaya}}, Sp.Rad.",
    "BPJS Kesehatan no. {{id:0001234567891}}; {{facility:Puskesmas Kecamatan Tebet}} referral letter attached.",
    "Ibu {{name:Ni Made Ayu Suartini}}, usia {{age:92}} tahun, from {{facility:RSUP Prof. Dr. I.G.N.G. Ngoerah}}, Denpasar.",
    "Lab results from {{facility:Prodia}} dated {{date:10/03/2024}} reviewed.",
    "Critical: Bapak {{name:I Gusti Ngurah Putra}}, {{facility:RS Siloam Lippo Village}}, informed dr. {{name:Hendra Gunawan}} at 22:50.",
    "Contact {{phone:0813-8802-4175}}; RS switchboard {{phone:+62 21 750 1093}}.",
    "MRI brain for {{name:Siti Nurhaliza binti Ahmad}} at {{facility:RS Hasan Sadikin}}, Bandung.",
    "Report uploaded to {{url:https://pacs.rspondokindah-rad.co.id/study/RPI-24-77183}}; email {{email:radiologi@rspi-rad.co.id}}.",
    "No. rekam medis {{id:RM-00-91-77-12}}, {{facility:RS Awal Bros}} Pekanbaru.",
]

VIETNAM = [
    "Bệnh nhân: {{name:Nguyễn Văn An}}, CCCD {{id:001085012345}}, {{facility:Bệnh viện Bạch Mai}}.",
    "CT ngực ngày {{date:14 tháng 3 năm 2024}} tại {{facility:Bệnh viện Chợ Rẫy}}.",
    "Địa chỉ: {{address:Số 78 Giải Phóng, Phường Phương Mai, Quận Đống Đa, Hà Nội}}.",
    "Patient {{name:TRAN THI THU HA}}, {{age:95}} tuổi, referred from {{facility:Bệnh viện Đại học Y Dược TP.HCM}}.",
    "Prior MRI at {{facility:Vinmec Times City}} on {{date:02/02/2024}}; radiologist Dr {{name:Lê Hoàng Minh}}.",
    "Address: {{address:201B Nguyễn Chí Thanh, Phường 12, Quận 5, TP. Hồ Chí Minh}}; phone {{phone:0912 345 678}}.",
    "pt {{name:nguyen thi hoa}} {{facility:bv K}} co ket qua chua a? call {{phone:0988 112 233}}",
    "Critical call to Dr {{name:Phạm Quốc Bảo}}, {{facility:Bệnh viện Việt Đức}}, at 00:35 on {{date:15/03/2024}}.",
    "Mã bệnh nhân {{id:BN24-0071829}}, {{facility:FV Hospital}}, {{phone:+84 28 5411 3388}}.",
    "Bloods from {{facility:Medlatec}} dated {{date:13/03/2024}}; report to {{email:cdha@fvhospital-rad.vn}}.",
]

JAPAN = [
    "Patient: {{name:Tanaka Hiroshi}}, 患者ID {{id:0045127783}}, {{facility:University of Tokyo Hospital}}.",
    "CT chest {{date:Reiwa 6.02.19}}; comparison {{date:R5/11/30}} at {{facility:Keio University Hospital}}.",
    "DOB {{date:Showa 8.11.03}}, {{age:90}}歳, female, referred from {{facility:St. Luke's International Hospital}}.",
    "Address: {{address:2-14-9 Minami-Aoyama, Minato-ku, Tokyo 107-0062}}; tel {{phone:03-3815-4411}}.",
    "紹介元: {{facility:聖路加国際病院}}; 患者氏名 {{name:山田太郎}}; 検査日 {{date:令和6年2月19日}}.",
    "Reporting radiologist {{name:SATO, Yuki}}; {{facility:Kameda Medical Center}}, Kamogawa.",
    "Prior MRI dated {{date:Heisei 30 nen 5 gatsu 2 nichi}} from {{facility:Toranomon Hospital}}.",
    "Critical call to Dr. {{name:Watanabe Kenji}} at {{facility:Osaka University Hospital}}, {{date:2024/03/14 03:05}}.",
    "住所: {{address:〒530-0001 大阪府大阪市北区梅田3-4-5}}; 携帯 {{phone:090-7713-2048}}.",
    "{{name:Suzuki Hanako}}, {{age:98}}歳, from {{facility:国立がん研究センター中央病院}}; ID {{id:NCC-2291837}}.",
    "Study UID {{id:1.2.392.200036.9116.2.6.1.48.1214833767.1710393011.771203}} failed to route to {{ip:10.8.1.77}}.",
    "Second opinion for {{name:Takahashi M.}}, {{facility:Kyoto University Hospital}}; contact {{email:rad-consult@kuhp-tele.jp}}.",
]

KOREA = [
    "Patient: {{name:Kim Min-jun}}, RRN {{id:850315-1648203}}, {{facility:Seoul National University Hospital}}.",
    "Chest CT {{date:2024.03.14}}, comparison {{date:2023.12.01}}, {{facility:Samsung Medical Center}}.",
    "{{name:LEE, SEO-YEON}}, {{age:91}} years, referred from {{facility:Asan Medical Center}}.",
    "Address: {{address:37 Olympic-ro 43-gil, Songpa-gu, Seoul 05505}}; mobile {{phone:010-4872-3391}}.",
    "의뢰병원 {{facility:세브란스병원}}, 환자 {{name:김민준}}, 검사일 {{date:2024년 3월 14일}}.",
    "Critical call: Dr. {{name:Park Ji-hoon}}, {{facility:Seoul St. Mary's Hospital}}, paged at 02:40 on {{date:2024-03-15}}.",
    "주소: {{address:서울특별시 강남구 테헤란로 152, 1203호}}; tel {{phone:02-3010-4114}}.",
    "Prior study from {{facility:Severance Hospital}} for {{name:Choi Yoon-ah}}, hospital no. {{id:SEV-11827364}}.",
    "Image link {{url:https://share.snuh-tele.kr/v/8K2MZQ}} for Dr {{name:Jung Hae-won}}; mail {{email:radiology.intl@snuh-tele.kr}}.",
    "Registration no. {{id:330514-2847102}} for {{name:Yoon Soon-ja}}, {{age:90}} years, from {{facility:Bundang CHA Medical Center}}.",
]

CHINA = [
    "Patient: {{name:Wang Xiaoming}}, ID card {{id:110101193501153217}}, {{facility:Peking Union Medical College Hospital}}.",
    "CT chest {{date:2024年3月14日}} at {{facility:北京协和医院}}; comparison {{date:2023-10-08}}.",
    "{{name:ZHANG Wei}} (MRN {{id:RJ-0073341}}) and his mother {{name:Zhang Guifang}}, {{age:93}} years, both referred by {{facility:Ruijin Hospital}}.",
    "Address: {{address:No. 168 Zhongshan Road, Xuhui District, Shanghai 200032}}; mobile {{phone:139 1720 4486}}.",
    "送检医院 {{facility:复旦大学附属中山医院}}; 患者 {{name:李娜}}; 住院号 {{id:ZS20240318773}}.",
    "MRI at {{facility:West China Hospital of Sichuan University}}, Chengdu, reported by Dr. {{name:Chen Jianguo}}.",
    "住址: {{address:北京市朝阳区建国路88号3单元1502室}}.",
    "Critical: Dr. {{name:Liu Yang}}, {{facility:Sun Yat-sen University Cancer Center}}, informed at 01:15 on {{date:2024/03/16}}.",
    "Prior PET-CT at {{facility:Huashan Hospital}} for {{name:Huang, Mei-Ling}}; tel {{phone:+86 21 6404 1990}}.",
    "Report mailed to {{email:fangshe.intl@zs-hospital-tele.cn}}; DICOM node {{ip:172.20.11.5}}.",
]

CROSS_BORDER = [
    "Thai passport holder {{name:Somchai Wongsakul}}, DOB {{date:05/11/2477}} (Buddhist era), seen at {{facility:Bumrungrad International Hospital}} before transfer to Dubai.",
    "Referral letter from Bangkok dated {{date:14 มีนาคม 2567}} for {{name:Pranee Srisuk}}, {{age:94}} years, HN {{id:HN 67-0018823}}.",
    "Old films dated {{date:2566-12-01}} (B.E.) from {{facility:Siriraj Hospital}} were scanned and attached.",
    "Expat worker {{name:Rahul Menon}} from Kochi, treated at {{facility:Aster DM Healthcare}} Riyadh, Iqama {{id:2461038857}}.",
    "Medical tourism case: {{name:Aisha Bello Yusuf}} flown from Kano to {{facility:Apollo Hospitals}}, Chennai, on {{date:21/01/2024}}.",
    "Korean patient {{name:Oh Sung-min}} read at the Manila hub; images from {{facility:Ajou University Hospital}}, Suwon.",
    "Turkish-German patient {{name:Yusuf Arslan}}, geb. {{date:1.4.1958}}, Vorbefunde aus {{facility:Klinikum Nürnberg Nord}}.",
    "Dutch tourist {{name:de Graaf, Maarten}} scanned at {{facility:BIMC Hospital Kuta}}, Bali; insurer wants the report in English.",
    "Pilgrim {{name:Abdul Ghafoor Afridi}} from Peshawar, {{age:96}}, admitted to {{facility:King Abdullah Medical City}}, Makkah, on {{date:10 Dhul Hijjah 1444}}.",
    "Second read for {{facility:Hospital Alemão Oswaldo Cruz}}, São Paulo, requested by Dr. {{name:Klaus-Dieter Baumann}}.",
    "Patient {{name:Nguyễn Thị Mai}} (Vietnamese national) at {{facility:Taipei Veterans General Hospital}}, chart no. {{id:VGH-44817290}}.",
    "Indonesian domestic worker {{name:Sri Wahyuni}}, passport {{id:C4418827}}, scanned at {{facility:Al Zahra Hospital Dubai}}.",
]

OPERATIONS = [
    "Router log: {{facility:Kenyatta National Hospital}} modality at {{ip:10.30.14.92}} sent 412 images to {{ip:10.30.0.5}}.",
    "VPN tunnel to {{facility:Dhaka Medical College Hospital}} ({{ip:203.112.196.44}}) dropped twice overnight.",
    "Add AE title LUTH_CT01 at {{ip:196.46.20.131}}, port 104, for {{facility:Lagos University Teaching Hospital}}.",
    "Whitelist {{ip:41.203.72.15}} ({{facility:Lancet Laboratories}} Johannesburg) on the firewall.",
    "Orthanc peer for {{facility:Hospital Sírio-Libanês}}: {{ip:200.155.14.36}}; study {{id:1.2.76.0.7230010.3.1.3.291773.4412}} stuck.",
    "Failed C-STORE from {{ip:189.203.41.77}} ({{facility:Hospital Ángeles Pedregal}}) at 03:14; retry succeeded.",
    "HL7 ORM from {{ip:10.201.5.18}} carried the wrong MRN {{id:0092817}} for {{name:Ahmed Raza}}.",
    "IPv6 gateway {{ip:2001:db8:4a1::1f}} registered for the {{facility:Erasmus MC}} link.",
    "Reading station RS-07 on {{ip:192.168.12.107}} was used by Dr {{name:Farah Naz}} during the outage.",
    "PACS mirror in Jakarta {{ip:103.28.149.60}} lagging; {{facility:RSUPN Dr. Cipto Mangunkusumo}} studies queued.",
    "Remote support session from {{ip:14.161.22.90}} to the {{facility:Bệnh viện Bạch Mai}} workstation approved by {{name:Đỗ Minh Tuấn}}.",
    "Study {{id:1.2.840.113619.2.55.3.604688119.971.1710412345.221}} from {{ip:10.77.3.9}} ({{facility:Samsung Medical Center}}) duplicated.",
    "Tele-consult link {{url:https://meet.telerad-hub.com/r/aiims-neuro-2024-03-14}} for Dr {{name:Deepak Chaudhary}} and Dr {{name:Nadia Hussain}}.",
    "Patient result page {{url:https://results.lancet.co.za/p/5T8KQ2ZX}} shared with {{name:Lerato Molefe}}.",
    "Viewer link {{url:http://10.12.4.8/oviyam/viewer.html?studyUID=1.2.826.0.1.3680043.8.498.1187}} only works on the {{facility:Aga Khan University Hospital}} LAN.",
    "Download the CD image from {{url:https://transfer.kfshrc-tele.sa/d/Qe81Lm}} (expires in 72 hours).",
    "The referral form is at {{url:www.mahajanimaging.com/refer?ref=DRSK114}} for Dr {{name:S. Kapoor}}.",
    "Upload portal {{url:https://upload.szpital-krakow-tele.pl/badanie/KRK-24-00731}} rejected the file for {{name:Jan Zieliński}}.",
    "Appointment link {{url:https://booking.acibadem-tele.com.tr/randevu/ACB-7781203}} sent to {{phone:+90 532 771 20 48}}.",
    "Results for {{name:Rizwan Ahmed}} at {{url:https://portal.chughtailab.com/report/CL-24-3381920}}.",
    "Share link {{url:https://pacs.vinmec-tele.vn/s/H7w2Rt}} and password sent separately to {{email:tuan.do@vinmec-tele.vn}}.",
    "Patient-facing report for {{name:Eleni Mwakalinga}}: {{url:https://my.aku-rad.ke/r/0c91f2}}.",
    "Dr {{name:Oluwatoyin Bankole}} ({{email:otbankole@uch-ibadan.edu.ng}}) asked for the priors via {{url:https://pacs.uch-tele.ng/prior/UCH-1187342}}.",
    "On-call rota: Dr {{name:Imran Sheikh}} {{phone:+92 300 4412 877}}, Dr {{name:Lindiwe Zulu}} {{phone:+27 82 410 3377}}, Dr {{name:Ana Paula Ribeiro}} {{phone:+55 11 97712-4480}}.",
    "Escalation mail from {{email:ops.manila@telerad-hub.com}} to {{email:it.support@telerad-hub.com}} about node {{ip:10.50.2.33}}.",
    "Email bounced: {{email:dr.wong.rad@hku-tele.hk}} is not reachable; resend to {{email:reporting@qmh-rad.hk}}.",
]

WORKLIST = [
    "{{id:ACC-DE-7710293}} | MRT Schädel | {{name:Schmidt, Karl-Heinz}} | {{date:19.03.2024}} | {{facility:Klinikum Augsburg}}",
    "{{id:ACC-PL-3309128}} | TK klatki | {{name:NOWAK, Jadwiga}} | {{date:19.03.2024}} | {{facility:Szpital Bielański}}",
    "{{id:ACC-TR-5519034}} | BT toraks | {{name:KAYA, Fatma}} | {{date:19.03.2024}} | {{facility:Koç Üniversitesi Hastanesi}}",
    "{{id:ACC-ID-2290817}} | MSCT kepala | {{name:BUDI SANTOSO}} | {{date:19/03/2024}} | {{facility:RS Mitra Keluarga Kelapa Gading}}",
    "{{id:ACC-PH-8812047}} | CT KUB | {{name:REYES, Antonio M.}} | {{date:03/19/2024}} | {{facility:Chong Hua Hospital}}",
    "{{id:ACC-NG-4401192}} | CT brain | {{name:OKONKWO CHIDINMA}} | {{date:19/03/2024}} | {{facility:Eko Hospital}}",
    "{{id:ACC-SA-6630915}} | CT PE | {{name:ALQAHTANI SARA ALI}} | {{date:2024-03-19}} | {{facility:King Khalid University Hospital}}",
    "{{id:ACC-JP-1188304}} | CT chest | {{name:ITO KAZUO}} | {{date:R6.3.19}} | {{facility:Kobe City Medical Center General Hospital}}",
    "{{id:ACC-CN-9902731}} | CTA head | {{name:WU JIANHUA}} | {{date:2024-03-19}} | {{facility:Wuhan Union Hospital}}",
    "{{id:ACC-MX-2209183}} | RM rodilla | {{name:RAMÍREZ TORRES, LUIS ÁNGEL}} | {{date:19/03/2024}} | {{facility:Hospital San José Tec Salud}}",
]

LETTERS_AND_BILLING = [
    "Dear Dr {{name:Okoro}}, thank you for referring Mr {{name:Tunde Bakare}}, whom we scanned on {{date:Monday, 11 March 2024}}.",
    "Sehr geehrte Frau Dr. {{name:Brandt}}, wir berichten über Ihre Patientin {{name:Ingrid Krause}}, geb. {{date:21.09.1932}}.",
    "Geachte collega {{name:Hendriks}}, hierbij de uitslag van de CT van uw patiënt {{name:Willem Smit}}, geboren {{date:4 april 1933}}.",
    "Szanowny Panie Doktorze {{name:Mazur}}, przesyłamy opis MR pacjentki {{name:Krystyna Wójcik}}.",
    "Sayın Dr. {{name:Aydın}}, hastanız {{name:Zeynep Koç}} için MR raporu ektedir.",
    "Estimado Dr. {{name:Castañeda}}: le enviamos el informe de TC de {{name:Rosa Elena Flores}}, {{age:91}} años.",
    "Prezado Dr. {{name:Cavalcanti}}, segue o laudo de RM da paciente {{name:Luzia Nascimento}}.",
    "Discharge letter: {{name:Abiodun Fashola}} was admitted to {{facility:Lagos Island General Hospital}} on {{date:2 March 2024}} and discharged on {{date:9 March 2024}}.",
    "Discharge summary, {{facility:Rajiv Gandhi Government General Hospital}}: {{name:Muthulakshmi P.}}, IP {{id:RGGGH/24/33817}}, DOA {{date:01/03/2024}}, DOD {{date:08/03/2024}}.",
    "Receipt {{id:RCPT-BD-00918273}}: CT abdomen, Tk 9,500, paid by {{name:Jahanara Begum}}.",
    "Invoice to {{facility:Mediclinic Middle East}} for 42 remote reads, period ending {{date:29/02/2024}}; patient list attached for {{name:Yousef Al Hammadi}} and 41 others.",
    "Claim rejected for {{name:Ricardo Alves Moreira}}: Unimed card {{id:0 864 118273940017 3}} expired.",
    "Consent: I, {{name:Rukhsana Bibi}}, CNIC {{id:61101-7723418-2}}, agree to contrast-enhanced CT.",
    "Consent for sedation signed by the guardian {{name:Putri Ayu Lestari}}, NIK {{id:3273014507900003}}, on {{date:18 Maret 2024}}.",
    "Billing note: {{name:Chen Hui}} paid via Alipay at {{facility:Shanghai United Family Hospital}}, order {{id:UFH-BILL-2024-77182}}.",
    "Cash memo {{id:CM/2024/19033}}, {{facility:Thyrocare Technologies}}, patient {{name:Sanjay Patil}}, amount Rs 1,200.",
    "Payment reminder sent to {{email:j.herrera.1957@gmail.com}} for {{name:Jorge Herrera}}.",
    "Patient {{name:Kemal Aksoy}} lives at {{address:Bağdat Cad. No: 301 Daire: 12, 34740 Kadıköy/İstanbul}}; SGK no. {{id:34-8812-77}}.",
    "Letter to {{name:Thabo Mokoena}}, {{address:45 Vilakazi Street, Orlando West, Soweto, 1804}}.",
    "Courier the films to {{address:Jl. Raya Kuta No. 88X, Kuta, Badung, Bali 80361}} for {{name:Wayan Sudarsana}}.",
    "Send the original films to {{address:Calle 5 de Mayo 118, Col. Centro, 68000 Oaxaca de Juárez, Oax.}}.",
    "Patient address: {{address:Kalverstraat 112-III, 1012 PK Amsterdam}}; contact {{name:Fleur Jansen}}.",
    "Address for the report: {{address:Plot 14, Block C, Sector 12, Uttara, Dhaka 1230}}.",
    "Mailing address: {{address:12 Kingsway Road, Ikoyi, Lagos}}; alternate {{address:Flat 3B, 27 Awolowo Road, Ikoyi, Lagos}}.",
    "Address: {{address:Av. Paulista, 1842, conj. 155, Bela Vista, São Paulo - SP, 01310-200}}.",
    "Home: {{address:1-23-4 Tenjin, Chuo-ku, Fukuoka 810-0001}}; ID {{id:KYU-00781234}}.",
]

CLEAN_PLACES_AND_DEPARTMENTS = [
    "Patient travelled from Lagos to Abuja last week; no known contrast allergy.",
    "Referred from the district hospital for MRI because the nearest scanner is in Nairobi.",
    "The rumah sakit rujukan (referral hospital) asked for a second opinion on the chest CT.",
    "The provincial bệnh viện has no MRI, hence the transfer to Hanoi.",
    "Department of Radiodiagnosis requests prior films on CD before the tumour board.",
    "Klinik für Radiologie und Nuklearmedizin: the contrast injector is out of service.",
    "The Ziekenhuis policy is to give contrast only if eGFR is above 30.",
    "Kindly do the needful and expedite the report, as the surgeon is waiting in OT.",
    "Sunday OPD is closed; reports signed after 18:00 are released on Monday morning.",
    "Ramadan timings: fasting patients for contrast CT are booked after iftar at 19:30.",
    "Diwali holiday week: routine turnaround time is extended to 48 hours.",
    "Reduced staffing at the Riyadh reading hub during Eid al-Adha; stat reads unaffected.",
    "The Seoul hub reads all musculoskeletal MRI at weekends.",
    "Scanned in Cebu, reported in Manila, peer-reviewed in Bengaluru.",
    "Arabic and English reports are both accepted by the local health authority in Dubai.",
    "The casualty medical officer in Karachi requested a wet reading of the skull film.",
    "Cases from Jakarta, Surabaya and Medan are routed to the Indonesian queue.",
    "The Johannesburg and Cape Town sites share one reporting template.",
    "Turnaround for trauma CT from Istanbul and Ankara is 30 minutes.",
    "Emergency department, ICU and NICU requests take priority over outpatient MRI.",
    "Radiology, cardiology and neurology attend the Thursday multidisciplinary meeting.",
    "Interventional radiology suite 2 is closed for maintenance until further notice.",
    "The patient was seen in the Accident and Emergency unit and then admitted to the medical ward.",
    "Nuclear medicine will perform the bone scan after the CT contrast has cleared.",
    "Patient came from a village near Mymensingh; the history was taken through an interpreter.",
    "The family drove from Puebla to Mexico City for the scan.",
    "Imaging from Kraków and Gdańsk arrives in Polish; the template is bilingual.",
    "Brazilian and Mexican sites send reports in Portuguese and Spanish respectively.",
    "The referring GP in Rotterdam wants the conclusion in Dutch.",
    "Outpatients in Ho Chi Minh City are scanned after 17:00 on weekdays.",
    "Osaka and Nagoya studies are reported overnight from the Manila hub.",
    "The Shanghai site uses Chinese headers; translations are appended in English.",
    "Patient was previously treated in Germany and the Netherlands for the same complaint.",
    "Contrast was given in Ward 7B, room 302, bed 14; patient NPO since midnight.",
]

CLEAN_BRANDS_AND_CODES = [
    "CT performed on a Siemens Somatom Force with 80 mL Omnipaque 350; no pulmonary embolism.",
    "MRI on a Philips Ingenia 3T with 7.5 mL Gadovist; Dotarem was out of stock.",
    "Canon Aquilion ONE used for the perfusion study; GE Revolution is reserved for cardiac CT.",
    "Portable film acquired on a Fujifilm FDR Go; ultrasound on a Mindray DC-70.",
    "Samsung RS85 elastography shows liver stiffness of 11 kPa.",
    "United Imaging uMR 780 protocol adopted for the prostate MRI.",
    "Iohexol 300 at 1.5 mL/kg; premedication with hydrocortisone 200 mg IV.",
    "Visipaque was used because of borderline renal function.",
    "Ultravist 370 given via a 20G cannula in the right antecubital fossa.",
    "Patient on Ecosprin 75 and Clopitab; hold before the biopsy.",
    "Metformin (Glycomet 500) withheld for 48 hours after contrast.",
    "Covered under PhilHealth; no co-payment required for this CT.",
    "Scheme: PM-JAY package for CT head, pre-authorisation pending.",
    "BPJS Kesehatan covers one MRI per referral episode.",
    "The request was filed under SUS; private medical aid was not used.",
    "IMSS and ISSSTE patients are billed on separate forms.",
    "Insurer Discovery Health requires the ICD-10 code on every claim.",
    "ICD-10 J18.9 assigned; CPT 71260 billed.",
    "LOINC 24627-2 used for chest CT orders from all sites.",
    "Protocol CT KUB low dose, 120 kV, 30 mAs reference, 1 mm slices.",
    "DLP 412 mGy·cm, CTDIvol 9.8 mGy.",
    "Accession number XXXX-XXXX withheld; patient name [redacted].",
    "Name: [redacted]; MRN: [redacted]; date of birth: [redacted].",
    "Series 4, image 112: 6 mm solid nodule in the right upper lobe.",
    "BI-RADS 4A; PI-RADS 3; LI-RADS LR-4; TI-RADS TR3.",
    "Fleischner guidelines suggest follow-up CT in 6 to 12 months.",
    "Lung-RADS 2, annual screening recommended.",
    "Stat reads are due within 30 minutes, routine reads within 24 hours.",
    "The reporting template version 3.2 is mandatory from next week.",
    "Dose report attached; eGFR 58 mL/min/1.73 m2.",
    "Model Somatom go.Top, software syngo CT VA40.",
    "The Orthanc server was upgraded to version 1.12 on the test network.",
    "Use the HL7 ORU message for final reports and ORM for orders.",
    "Kindly upload the DICOM files rather than screenshots taken on a phone.",
]

CLEAN_EPONYMS_AND_FINDINGS = [
    "Findings consistent with Kikuchi-Fujimoto disease; excisional biopsy suggested.",
    "Moyamoya pattern with ivy sign on FLAIR and puff-of-smoke collaterals.",
    "Chagas cardiomyopathy with an apical aneurysm.",
    "Hashimoto thyroiditis pattern on ultrasound with pseudonodules.",
    "Kawasaki disease follow-up: no coronary artery aneurysm.",
    "Takayasu arteritis with long-segment narrowing of the left subclavian artery.",
    "Pott spine at T10-T11 with a paravertebral cold abscess.",
    "Madura foot with the dot-in-circle sign on MRI.",
    "Burkitt lymphoma of the mandible in a 9-year-old boy.",
    "Kaposi sarcoma lesions in the lungs with flame-shaped opacities.",
    "Ghon focus and Ranke complex in the right lower zone.",
    "Simon foci at both apices, consistent with old tuberculosis.",
    "Mercedes-Benz sign in a gallstone on CT.",
    "Wilms tumour with the claw sign; no IVC thrombus.",
    "Caroli disease with the central dot sign.",
    "Budd-Chiari syndrome with a caudate lobe hypertrophy.",
    "Wernicke encephalopathy pattern in the mammillary bodies.",
    "Hirschsprung disease with a transition zone in the rectosigmoid.",
    "Baker cyst measuring 4 cm in the popliteal fossa.",
    "Hill-Sachs and Bankart lesions after anterior dislocation.",
    "Colles fracture of the distal radius; Smith fracture excluded.",
    "Monteggia fracture-dislocation in a child.",
    "Kerley B lines and a Swan-Ganz catheter tip in the right pulmonary artery.",
    "Chilaiditi sign with colon interposed under the right hemidiaphragm.",
    "Pancoast tumour with first rib erosion.",
    "Hodgkin lymphoma with bulky mediastinal disease.",
    "Crohn disease of the terminal ileum with the comb sign.",
    "Foley catheter balloon in the bladder; no hydronephrosis.",
    "Schatzki ring at the gastro-oesophageal junction.",
    "Klatskin tumour at the hilum with bilobar ductal dilatation.",
    "Morgagni hernia containing omental fat.",
    "Bochdalek hernia on the left in a neonate.",
    "Osgood-Schlatter changes of the tibial tuberosity.",
    "Legg-Calvé-Perthes disease of the right femoral head.",
    "Kienböck disease of the lunate.",
    "Dengue-related gallbladder wall oedema and pleural effusions.",
    "Hydatid cyst with the water-lily sign in the liver.",
    "Neurocysticercosis with a scolex in the cyst.",
    "Amoebic liver abscess in the right lobe.",
    "Melioidosis with splenic microabscesses.",
]

CLEAN_AGES_TIMES_AND_WORDS = [
    "A 45-year-old woman from Pune with right upper quadrant pain.",
    "An 89-year-old man with a fall; no intracranial haemorrhage.",
    "Patient aged 72, smoker, with haemoptysis for two weeks.",
    "The boy is 12 years old; bone age corresponds to 13 years.",
    "An 88-year-old retired teacher with weight loss.",
    "A 67 y/o mzee with haematuria; CT urogram planned.",
    "The 34-year-old mother is 28 weeks pregnant; MRI without contrast.",
    "Pasien, seorang bapak berusia 61 tahun, dengan batuk kronis.",
    "Bệnh nhân nữ 58 tuổi, đau bụng hạ sườn phải.",
    "Hasta 76 yaşında, nefes darlığı ile başvurdu.",
    "Patientin 81 Jahre alt, Z. n. Sturz.",
    "Paciente de 63 anos com tosse crônica.",
    "Paciente de 70 años con dolor lumbar.",
    "Pacjent lat 54, ból w klatce piersiowej.",
    "The patient's bhai (brother) will bring the old films tomorrow.",
    "Hope for a better acoustic window on the repeat scan after hydration.",
    "Favour a haemangioma over a metastasis.",
    "Precious little change since the prior study.",
    "Patience is advised; the PACS migration will run until Thursday.",
    "The blessing of the new MRI suite is scheduled for Friday morning.",
    "Grace period for report corrections is 24 hours.",
    "Will review with the contrast phase once creatinine allows.",
    "Sister on duty informed of the result at 03:10.",
    "Prof. round on Tuesday; bring the interesting cases.",
    "Doctor on call was paged twice; no answer before 05:00.",
    "Called the ward at 22:40; the nurse in charge acknowledged.",
    "Repeat the study in three months, or sooner if symptoms recur.",
    "Follow-up ultrasound advised after six weeks of antibiotics.",
    "Review in March with the biopsy result.",
    "The scan was done on a Saturday night; the report was signed on Sunday.",
    "Symptoms for 3 days; fever since yesterday evening.",
    "Known diabetic for 15 years, hypertensive for 10 years.",
    "Hakim and traditional bone-setter treatment before presentation.",
    "Sangoma consultation reported before presenting to casualty.",
    "Ayurvedic medication for two months; no jaundice.",
    "Jamu herbal remedy taken daily; liver enzymes normal.",
    "Baba, Mama and the child came together; the child was sedated.",
    "The ustaz advised the family to proceed with the MRI.",
    "Ate and Kuya in Filipino mean older sister and older brother; the request came from the family.",
    "Sensei in Japanese is a courtesy word for teacher or doctor and is not a name.",
    "Sahib and ji are courtesy words in the requests from Punjab.",
    "Bapak and Ibu are courtesy forms; use the patient number only in the header.",
    "Abla and ağabey are Turkish family words, not names.",
    "Mr and Mrs are printed on the form but the name field is blank.",
    "Klinikum, Ziekenhuis, Szpital and Hastanesi all mean hospital.",
    "Rumah Sakit, Bệnh viện and Hospital all appear in the facility field of the template.",
    "The patient's name is illegible on the handwritten request.",
    "Unknown male, trauma alert, brought by ambulance at 01:30.",
    "Baby girl, twin two, NICU, chest film for line position.",
    "Sunny intervals forecast; the outdoor generator test is postponed.",
    "Summer schedule: the MRI runs until 23:00 from Monday to Saturday.",
    "Raja Ampat diving trip in the history; consider decompression illness.",
    "Saudi, Emirati and Pakistani sites use the same English template.",
    "Korean and Japanese reports need the kanji-free version for the portal.",
    "Chinese and Vietnamese headers are auto-translated and then checked.",
]

DEV9 = (
    INDIA
    + NIGERIA
    + KENYA
    + SOUTH_AFRICA
    + BRAZIL
    + MEXICO
    + GERMANY
    + NETHERLANDS
    + POLAND
    + TURKEY
    + SAUDI
    + UAE
    + PAKISTAN
    + BANGLADESH
    + PHILIPPINES
    + INDONESIA
    + VIETNAM
    + JAPAN
    + KOREA
    + CHINA
    + CROSS_BORDER
    + OPERATIONS
    + WORKLIST
    + LETTERS_AND_BILLING
)

CLEAN_DEV9 = (
    CLEAN_PLACES_AND_DEPARTMENTS
    + CLEAN_BRANDS_AND_CODES
    + CLEAN_EPONYMS_AND_FINDINGS
    + CLEAN_AGES_TIMES_AND_WORDS
)
