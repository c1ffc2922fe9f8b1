"""Held-out PHI set 28: front and back office of a US outpatient chest-imaging chain.

The setting is the non-clinical paperwork around chest CT, low-dose lung screening and chest
X-ray at an invented multi-site outpatient imaging chain in the Chicago area and north-west
Indiana / south-east Wisconsin, "Prairie View Imaging" (PVI), with sites such as PVI Westgate,
PVI Lincoln Square, PVI Naperville, PVI Orland Park, PVI Merrillville and PVI Kenosha. The text
types are scheduling notes from the schedulers' work queue, call-centre logs, patient-portal
messages, prior-authorization worksheets (eviCore, Carelon, payer portals), billing records
(CPT / HCPCS / ICD-10 codes, claim numbers, member and group numbers, EOB and 835 remittance
lines, CARC / RARC codes), denial appeals, referral faxes from outside practices, appointment
reminder texts and e-mails, IT help-desk tickets (portal, fax server, interface engine, PACS
routing), spreadsheet exports (comma, pipe or tab separated) and HL7 v2 SIU / DFT / ADT fragments.
All people, numbers, phones, e-mails, street and network addresses are invented; the hospital
names used as referrers are real names used only as names.

Conventions
-----------
name
    Every person: patients, guarantors, subscribers, family members, referring and reading
    physicians, schedulers, billers, agents, IT staff. Titles and honorifics (Dr, Dr., Mr., Ms.,
    Mrs., Pt) are outside the span; credentials after the name (MD, DO, NP, PA-C, RT(R), CPC) are
    outside. Generational suffixes (Jr., Sr., II, III) are inside. "Last, First M." and
    "LAST, FIRST" forms are one span; a nickname in quotes or brackets next to the legal name is
    part of the same span when it sits between given and family name, and its own span when it
    stands apart (for example after "goes by"). Staff initials that sign a log entry (for example
    "-jk" or "/TMR") are name spans. Login handles and user names built from a person's name
    (jrivera2, tmarsh) are name spans. In HL7 an XPN field is one span from the family name to the
    last filled name component (family^given^middle^suffix); a degree component (MD) is outside.
    Eponyms (Fleischner, Kerley, Pancoast, Swan-Ganz), drug and device names and payer names are
    never names.
date
    Every calendar date tied to a person or an encounter: dates of birth, service, scheduling,
    referral, denial, payment, appeal, ticket dates. The span takes the date only: day, month and
    year in whatever form is written (03/14/2024, 3/14/24, 14-Mar-2024, 2024-03-14, Mar 14, the 14th
    of March, 031424). A weekday in front ("Tue") is outside; a clock time after it is outside,
    except in HL7 timestamps and compact export timestamps (20240314083000), where the whole
    token is one date span. Month with year ("Feb 2024") is a date span. A year alone, a weekday
    alone, a time alone, "tomorrow", "next week", durations ("90 days", "12 months") and guideline
    years ("USPSTF 2021") are not dates.
id
    Numbers and codes that identify a person, a provider, a claim or an encounter: MRNs, PVI
    account and visit numbers, accession numbers, member IDs, subscriber IDs, Medicare MBIs,
    Medicaid recipient IDs, group numbers, claim numbers (ICN / DCN / payer claim ID), prior
    authorization and case numbers, referral numbers, appointment confirmation codes, EFT / check
    trace numbers, payer call reference numbers, tax IDs, and NPIs (an NPI is an id, individual
    or group). HL7 placer / filler numbers, visit numbers and MRNs in PID-3 are ids. The id span takes the value only; the label ("MRN", "NPI", "Auth #") is
    outside, but a prefix that is part of the value itself (A2291..., W88..., CNF-...) is inside.
    Not ids: CPT / HCPCS / ICD-10 / modifier / POS / revenue codes, CARC and RARC codes, payer
    electronic IDs (the 5-character routing ID of a payer), IT ticket numbers (INC..., REQ...),
    HL7 message control IDs, version numbers, room, scanner and AE-title names, extensions alone,
    dollar amounts, page counts and fax job numbers.
phone
    Every phone and fax number, including the chain's own main and toll-free lines and
    numbers in HL7. An extension written with the number (ext., x, extn, #) is inside the span;
    IVR menu choices ("option 3", "press 2") are outside. Five- or six-digit SMS short codes and
    a bare extension with no number are not phone spans.
email
    Every e-mail address, whole. A name before it in "Name <address>" is its own name span.
url
    Every web address (with or without scheme, with path and query), whole; trailing
    punctuation of the sentence is outside.
ip
    Every IPv4 or IPv6 address. A port (":2575") and a CIDR suffix ("/24") are outside the span.
    Host names without a dot-address and AE titles are not ip spans.
address
    A street address from the house number (or "PO Box") through the last contiguous part that
    is written: street, suite / apt / unit / floor, city, state and ZIP. Business addresses of the
    chain, practices and payers are spans like patients' addresses. A city, state, county or
    ZIP code standing alone, or a neighbourhood name, is not an address span.
facility
    Named healthcare organisations and their sites: the chain ("Prairie View Imaging", "PVI"),
    its named sites ("PVI Westgate", "PVI-LS"), hospitals, referring practices, clinics and
    health centres, by full name or abbreviation (NMH, RUMC). The site word is inside
    ("PVI Orland Park"). Not facilities: payers and benefit managers (Aetna, BCBSIL, eviCore,
    Medicare), clearinghouses and vendors (Availity, Epic, Nuance), department and room words
    (CT, front desk, billing office, Scheduling), a town used alone for a site ("the Kenosha
    site"), kinds of place ("an outpatient imaging center"), government agencies, and codes
    that only carry a site code inside a machine name: HL7 assigning-authority and sending
    facility codes (PVI, UCM in "^^^PVI^MR"), HL7 location and room codes (WG^CT1), host,
    workstation and printer names (WG-FD-03, PVI-BILL-07) and DICOM AE titles (PVIOP_CT2).
age
    Only ages over 89, the number only ("{{age:93}} yo", "{{age:91}}F"). Ages 89 and under,
    age ranges of guidelines ("50 to 80") and numbers that are not ages (weights, days, percent)
    are not marked.
"""

from __future__ import annotations

SCHEDULING = [
    "Sched note {{date:03/14/2024}}: pt {{name:Dwayne Okafor-Reyes}} r/s LDCT from Tue to Thu, prefers {{facility:PVI Westgate}} after 2pm.",
    "{{name:OKAFOR-REYES, DWAYNE J}} DOB {{date:07/02/1961}} MRN {{id:40-118-372}} - auth on file, ok to book 71271.",
    "Pt {{name:Ruth Ann Whitfield}} is {{age:93}} and uses a walker; book a 45 min slot at {{facility:PVI Lincoln Square}} and flag for transport.",
    "Called {{name:Bartholomew Pruitt III}} re CT chest w/o contrast, LVM at {{phone:(630) 555-0148}}, will try again tomorrow -{{name:jk}}",
    "Daughter {{name:Hope Merriweather}} is POA for {{name:Clarence Merriweather Sr.}} ({{age:96}} yo), call her first at {{phone:773-555-0196}}.",
    "Moved {{name:Nguyen Thi Lan}} from {{date:4/2}} to {{date:4/9}} because the interpreter (Vietnamese) was only available that Tuesday.",
    "{{name:Kwame Asante Jr.}} needs sedation-free open slot, ordering MD {{name:Priya Venkataraman}} okayed CXR first at {{facility:PVI Naperville}}.",
    "Waitlist: {{name:Jo-Ellen Marchetti}}, CT chest w/ contrast, creat needed from {{facility:Lakeview Internal Medicine}} before {{date:March 22}}.",
    "Do not schedule {{name:Tyler Madison}} at Orland, insurance is out of network there; offer {{facility:PVI Schaumburg}} instead /{{name:TMR}}",
    "Pt goes by {{name:Rusty}}; legal name {{name:Russell Dale Hinkle}}, DOB {{date:1949-11-30}}, confirm name on the order matches the card.",
    "Booked {{name:LaToya Gaines-Whitaker}} for {{date:Apr 3, 2024}} 0815, CT2, {{facility:PVI Orland Park}}, conf # {{id:CNF-8H2K4Q}}.",
    "{{name:Summer Castillo}} asked for the earliest LDCT; first opening is {{date:05/06/24}} at {{facility:PVI-NAP}}, she accepted.",
    "Cancelled per pt ({{name:Deshawn Merriweather}}), he had the CT at {{facility:Advocate Christ Medical Center}} on {{date:3/11/2024}} already.",
    "Mr. {{name:Ahmed Al-Sayegh}} prefers a male tech; noted in Cadence comments, appt {{date:14-Mar-2024}} at {{facility:PVI-LS}}.",
    "Pt {{name:Georgia Savannah Pike}} ({{age:91}}F) needs wheelchair van, son {{name:Austin Pike}} will bring her, cell {{phone:(219) 555-0127}}.",
    "No-show x2 for {{name:Virginia Hill}} ({{date:1/9/24}} and {{date:1/23/24}}); per policy send letter to {{address:2280 W Foster Ave Apt 3B, Chicago, IL 60625}}.",
    "Rebooked {{name:Frank Worthington Sr.}} into the {{date:6/18}} 7:30 slot, he is {{age:94}} and wants the first appt of the day.",
    "Scheduler {{name:Maribel Ocasio}} x4417 covering the {{facility:PVI Kenosha}} queue while {{name:Dana Kowalczyk}} is out.",
    "Pt {{name:Hana Kobayashi}} asked if her husband {{name:Kenji}} can be scanned same day; created 2nd appt, MRN {{id:40-771-205}}.",
    "{{name:Winona Two Bulls}} - CT chest hi-res w/ prone, ordered by Dr {{name:Feldman}} at {{facility:Evanston Heart & Lung}}, ref # {{id:RF-2024-00813}}.",
    "Interpreter needed (Polish) for {{name:Stanisław Wróbel}}, DOB {{date:02.05.1938}}; vendor booked for {{date:4/15}} 10:00.",
    "{{name:Crystal Meadows}} will call back after she checks with her employer, hold the Friday {{date:3/29}} slot until noon.",
    "Pt {{name:Chase Banks}} states new address {{address:915 Maple Ct, Naperville, IL 60540}}, updated in reg before booking.",
    "Per Dr {{name:Okonkwo}}'s office, follow-up CT for {{name:Rose Berry}} should be 3 months after {{date:Jan 8, 2024}}, so book around {{date:April 8}}.",
    "Double booked {{name:Sterling Price}} and {{name:Dakota Stone}} at 9:15 in CT1, moved Stone to 9:45 and called {{phone:847-555-0181}}.",
    "{{name:Mei-Ling Chou}} ({{age:90}}) prefers Mandarin; her grandson {{name:Kevin Chou}} set up proxy access, email on file {{email:kchou.family@gmail.com}}.",
    "Pt {{name:Yitzchak Feldman}} will not come on Saturday; only weekday slots at {{facility:PVI Westgate}} or {{facility:PVI-LS}}.",
    "Schedule {{name:Bao Tran}} for chest x-ray 2 views walk-in, order from {{facility:Pilsen Family Health}} faxed {{date:03/18/2024}}.",
    "Confirmed {{name:Jack Mercer}} for {{date:2024-04-02}} with LDCT shared decision visit documented by {{name:Amara Nwosu}}, NP.",
    "{{name:Tomás Echeverría}} arrived 40 min late on {{date:3/20}}, rebooked for next week, acct {{id:7720013948}}.",
]

CALL_LOG = [
    "[{{date:2024-03-14}} 09:02] Agent {{name:mgarza}} | Caller {{name:Denise Holloway}} re: bill for {{name:Harold Holloway}}, acct {{id:7720019451}}, transferred to billing.",
    "Inbound from {{phone:312-555-0163 ext. 220}} ({{facility:Riverbend Pulmonary Associates}}), nurse {{name:Tasha}} asking for CT report on {{name:Okafor-Reyes}}.",
    "Caller said she is {{name:Faith Delgado}}, DOB {{date:08/19/1957}}, verified with last 4 of phone and address {{address:4417 N Damen Ave, Chicago, IL 60625}}.",
    "Pt {{name:Will Grant}} called to dispute charge from DOS {{date:02/27/2024}}; ICN {{id:2224113509870}} was denied CO-197, explained auth missing.",
    "Call back requested: {{name:Sunny Patel-Gomez}}, {{phone:(708) 555-0110}}, best time after 5, re: portal lockout.",
    "Wrap code SCHED-RESCHED. {{name:Marcus Bell}} moved LDCT to {{date:Apr 11}}; reminder text opted in to {{phone:224.555.0139}}.",
    "{{name:Lorraine McAllister}} called for her mother {{name:Edna McAllister}} ({{age:98}}), not on HIPAA release, gave general info only.",
    "Spoke w/ {{name:Rich Dombrowski}} at {{facility:DuPage Lung Specialists}} {{phone:630-555-0175 x12}}, they will resend the order signed by Dr {{name:Lindqvist}}.",
    "Caller {{name:Brooklyn Hayes}} wanted cash price for CT chest; quoted self-pay rate, sent GFE to {{email:brooklyn.hayes88@yahoo.com}}.",
    "Escalated to supervisor {{name:Regina Fairweather}}: pt {{name:Omar Haddad}} upset about wait at {{facility:PVI Merrillville}} on {{date:3/12}}.",
    "Medicare pt {{name:Ellis Turnbull}}, MBI {{id:1EG4-TE5-MK73}}, asked whether LDCT is covered yearly; read NCD 210.14 criteria.",
    "Outbound reminder call failed, number {{phone:(262) 555-0104}} disconnected for {{name:Gladys Ferreira}} ({{age:92}}).",
    'Caller: {{name:Antoine "Tony" Baptiste}}. Wants records sent to {{facility:Rush University Medical Center}}, fax {{phone:312-555-0122}}; ROI form emailed.',
    "{{date:3/15/24}} 14:47 {{name:Keisha Ndlovu}} (pt) asked about the letter she got; it was the {{date:Feb 2024}} statement, balance $0 now.",
    "Transferred to PA team: Dr. {{name:Alvarez}}'s MA called from {{phone:815-555-0191}} asking about eviCore case {{id:129384756}}.",
    "Pt {{name:Paris Okoye}} says she never got the CD; mailed again to {{address:3120 S Halsted St Unit 4, Chicago, IL 60608}}.",
    "Caller ID {{phone:+1 773 555 0112}}, no name left; voicemail mentions appt for {{name:Ricardo Mendez}} on {{date:the 28th}}.",
    "Verified {{name:Theodore Vance II}} by DOB {{date:12/01/1930}}; he is {{age:93}}, hard of hearing, used TTY relay.",
    "Rep {{name:Angela}} at Aetna (ref # {{id:AET-0418-77231}}) confirmed member {{id:W271843390}} active, group {{id:0043812}}.",
    "Call dropped at 11:06. Called pt {{name:Dallas Whitaker}} back on {{phone:219-555-0153}}, reached him, booked CXR for {{date:3/19}}.",
    "{{name:Nadia Petrossian}} from {{facility:Northwestern Memorial Hospital}} case management requested the images pushed to {{facility:NMH}} PACS for {{name:Garabed Petrossian}}.",
    "Caller {{name:Mark Sorensen}} (spouse) asked to change the email on the account to {{email:m.sorensen@comcast.net}}; told him pt must do it.",
    "Spanish line: {{name:María Guadalupe Treviño}} confirmó su cita del {{date:2 de abril}} en {{facility:PVI Orland Park}}, agent {{name:lortiz}}.",
    "Complaint logged: pt {{name:Harriet Obi}} was billed twice for {{date:01/16/2024}}; claim {{id:23A771049216}} and dup claim {{id:23A771049388}}.",
    "Pt {{name:Joy Lindgren}} called {{phone:1-866-555-0134}} option 2 then option 4; IVR sent her to fax line by mistake.",
    "Note from {{name:Ben Adeyemi}}: left message for {{name:Ida Kessler}} ({{age:101}}) at assisted living, nurse station {{phone:(847) 555-0168 ext 305}}.",
]

PORTAL = [
    'Portal msg from {{name:Deborah Kline}}: "Can I get my lung screening moved to the {{facility:PVI Naperville}} office? My MRN is {{id:40-552-981}}."',
    "Reply sent by {{name:Jasmine Whitley}}, {{facility:PVI}} Patient Access: your appointment on {{date:April 4, 2024}} is confirmed.",
    "Hi, this is {{name:Grant Ellison}}. I got a bill for {{date:2/9/24}} but my Cigna ID {{id:U84412093}} was on file, please rebill.",
    "My mom {{name:Lucille Abernathy}} is {{age:95}} and cannot use the portal; please send her results by mail to {{address:88 Lakeview Ter, Kenosha, WI 53140}}.",
    "Portal invite resent to {{email:lucille.abernathy@att.net}} at request of {{name:Carol Abernathy-Price}}.",
    "Log in at {{url:https://mychart.prairieviewimaging.com/MyChart/}} to see your CT chest results from {{date:03/08/2024}}.",
    "Patient {{name:Julian Moreau}} wrote: the link {{url:https://pay.prairieviewimaging.com/guest?acct=7720021876}} says session expired.",
    "Hello Dr. {{name:Venkataraman}}, I am {{name:Samuel Oyelaran}} and I want the nodule follow-up at the same place as before ({{facility:PVI Westgate}}).",
    "Message from proxy {{name:DeShawn Carter}} for {{name:Mabel Carter}} (DOB {{date:05/30/1929}}): she is {{age:94}}, can the CT be done without contrast?",
    "Portal user {{name:tmarsh1962}} changed phone to {{phone:(414) 555-0117}} and email to {{email:tmarsh62@outlook.com}} on {{date:3/13/2024}}.",
    "Your e-check for acct {{id:7720031044}} posted {{date:03/21/2024}}; view receipt at {{url:pay.prairieviewimaging.com/r/88KQ2}}.",
    "From {{name:Lena Fischer-Obi}}: I will be in Austin until {{date:May 2}}, please book after that at {{facility:PVI-LS}}.",
    "{{name:Patrick O'Malley}} asked why his Humana plan needs a referral; reply: Humana Gold HMO requires one from {{facility:Oak Lawn Family Practice}}.",
    "Secure msg to {{name:Valentina Russo}}: we received your records from {{facility:Loyola University Medical Center}} dated {{date:1/30/2024}}.",
    "Please upload your new card; member ID we have is {{id:XJH884213307}}, group {{id:174520-011}}, subscriber {{name:Enrique Russo}}.",
    "Hi it's {{name:Bill Nakamura}} again - I've tried {{url:www.prairieviewimaging.com/schedule}} three times and it won't show Saturday.",
    "Proxy request approved: {{name:Anita Desai}} now has access to {{name:Ramesh Desai}}'s account ({{age:90}}), expires {{date:03/31/2025}}.",
    "Portal feedback from {{name:Dawn Richter}}: the tech at {{facility:PVI Kenosha}} on {{date:March 6}} was wonderful.",
    "New message from {{name:Orlando Vega}}: my employer changed plans on {{date:1/1/2024}}, new BCBS ID is {{id:XOF902331875}}.",
    "Reply from {{name:Kim Tran-Hollis}}, RN: Dr {{name:Rahman}} reviewed your CT; please schedule a follow-up in 6 months, around {{date:Sept 2024}}.",
    "I, {{name:Cornelius Abbott}}, authorize release of my CT images to {{facility:UChicago Medicine}} thoracic surgery.",
    "Password reset link sent to {{email:cornelius.abbott@icloud.com}}; user {{name:cabbott}} locked after 5 failed attempts.",
    'Portal msg from {{name:Evangeline "Evie" Marsh}}: can my sister {{name:Ivy Marsh}} come in with me on {{date:4/17}}?',
]

PRIOR_AUTH = [
    "PA worksheet | Pt: {{name:Okafor-Reyes, Dwayne}} | DOB: {{date:07/02/1961}} | CPT 71271 | Payer: BCBSIL | Member: {{id:XOF557120948}} | Group: {{id:P48812}}",
    "eviCore case {{id:129384756}} approved {{date:03/12/2024}}, valid through {{date:05/10/2024}}, site {{facility:PVI Westgate}}, NPI {{id:1346729105}}.",
    "Carelon order ID {{id:OID-24071-88213}} pended for clinicals; faxed notes from Dr {{name:Lindqvist}} to {{phone:1-800-555-0172}}.",
    "Auth # {{id:A238104771}} for CT chest w/ contrast 71260, ordering NPI {{id:1730482915}} ({{name:Priya Venkataraman}}, MD).",
    "Peer-to-peer requested by Dr {{name:Rahman}}; scheduled {{date:3/19/24}} 12:15 with eviCore reviewer, call {{phone:(888) 555-0129 ext. 4}}.",
    "UHC portal: ref # {{id:VA-77810412}} for {{name:Gwendolyn Oates}}, member {{id:987341205}}, PA required for 71250 at POS 11.",
    "Retro auth request for DOS {{date:02/27/2024}} ({{name:Will Grant}}) submitted via Availity, tracking {{id:AV-24-558130}}.",
    "Medicaid MCO (Meridian) auth for {{name:Jamal Whitfield}}, recipient ID {{id:4930188251}}, approved 1 unit 71250, cert {{id:MER2403150092}}.",
    "Pt {{name:Ruth Ann Whitfield}} ({{age:93}}), Medicare + AARP supplement, no PA needed; ABN not needed for 71046.",
    "Denied PA: {{name:Kwame Asante Jr.}} LDCT, not meeting 20 pack-year criterion per submitted notes from {{facility:Hinsdale Primary Care}}.",
    "Resubmitted {{name:Asante, Kwame}} with updated smoking hx from Dr {{name:Nkemelu}}, new case {{id:129401227}} on {{date:3/21/2024}}.",
    "Aetna precert line {{phone:888-555-0140}} says {{id:W271843390}} is HMO, referral from PCP {{name:Ortiz, Elena}} NPI {{id:1982047316}} required.",
    "Tricare East auth {{id:TE-2024-0319-5521}} for sponsor Sgt. {{name:Cody Larkin}}'s spouse {{name:Brianna Larkin}}, DBN on card.",
    "Auth valid dates {{date:3/1/24}}-{{date:8/28/24}}; rendering site must be {{facility:PVI Merrillville}} (tax ID {{id:36-4471928}}).",
    "Clinical questions completed by {{name:Tamika Rowe}}, CPC; attached CT report from {{facility:Franciscan Health Crown Point}} dated {{date:Nov 14, 2023}}.",
    "Humana auth {{id:HUM148822019}}, pt {{name:Patrick O'Malley}}, 71260, approved for {{facility:PVI Orland Park}} only.",
    "Cigna/eviCore: member {{id:U84412093}}, DOB {{date:10/04/1966}}, case {{id:129377540}} - clinical review pending, SLA 2 business days.",
    "Auth team email thread: {{name:Tamika Rowe}} <{{email:trowe@prairieviewimaging.com}}> cc {{name:Hector Ibarra}} <{{email:hibarra@prairieviewimaging.com}}>.",
    "BCBS TX (out of area) for {{name:Savannah Greer}}, alpha prefix ZGP, ID {{id:ZGP771203948}}, route PA through BlueCard.",
    "PA approved for {{name:Mabel Carter}} ({{age:94}}): case {{id:129388102}}, 71250 only, contrast not approved.",
    "Ambetter member {{id:U7120448193}} ({{name:Luis Carranza}}); portal {{url:https://provider.ambetterhealth.com/}} shows auth not required under $500.",
    "Called {{facility:Evanston Heart & Lung}} at {{phone:847-555-0100 ext 2231}} for signed order; PA cannot proceed without it.",
]

BILLING = [
    "Claim {{id:23A771049216}} | DOS {{date:01/16/2024}} | 71271 | ICD Z87.891, F17.211 | billed $412.00 | allowed $238.14 | pt resp $0.00",
    "835 line: CLP*{{id:7720019451}}*1*412*238.14**MC*{{id:2224113509870}}~ for {{name:Harold Holloway}}.",
    "EOB from BCBSIL dated {{date:03/05/2024}}: subscriber {{name:Enrique Russo}}, patient {{name:Valentina Russo}}, claim {{id:24064EQ11902}}, CO-45 $173.86.",
    "Statement mailed to guarantor {{name:Denise Holloway}}, {{address:1204 Elm St, Downers Grove, IL 60515}}, balance $64.20 due {{date:04/01/2024}}.",
    "Payment posted: EFT trace {{id:1R4412098}} from Medicare, {{date:3/18/24}}, 14 claims incl. {{name:Turnbull, Ellis}}.",
    "Refund of $35.00 to {{name:Grant Ellison}} approved by {{name:Yvonne Chisholm}}; check mailed to {{address:601 S Michigan Ave Apt 1408, Chicago, IL 60605}}.",
    "Coding note: DOS {{date:2/27/24}} 71250 billed with Z12.2 instead of R91.1; corrected claim freq 7 referencing ICN {{id:2224113509870}}.",
    "Secondary to Medicaid for {{name:Jamal Whitfield}} (ID {{id:4930188251}}), primary paid {{date:03/07/2024}}.",
    "Self-pay discount applied to acct {{id:7720031044}} ({{name:Brooklyn Hayes}}) per GFE sent {{date:2/20/24}}.",
    "Collections hold: guarantor {{name:Terrence Whitlock Jr.}}, acct {{id:7720008832}}, disputing DOS {{date:11/02/2023}}.",
    "Payer remit address for claim appeals: {{address:PO Box 660419, Chicago, IL 60666-0419}}.",
    "Late charge: {{name:LaToya Gaines-Whitaker}}, {{date:Apr 3, 2024}}, 71271-26 read by Dr. {{name:Soren Lindqvist}} NPI {{id:1508863217}}.",
    "Patient balance report, biller {{name:Yvonne Chisholm}}: {{name:Obi, Harriet}} $118.40, {{name:Kessler, Ida}} $0, {{name:Vega, Orlando}} $22.75.",
    "Credit balance on {{name:Ricardo Mendez}}'s acct {{id:7720044170}}; overpayment from Cigna check {{id:0000912233}} dated {{date:02/29/2024}}.",
    "Group NPI {{id:1093817264}} ({{facility:Prairie View Imaging LLC}}), billing address {{address:1500 W 22nd St Ste 300, Oak Brook, IL 60523}}.",
    "Medicare claim for {{name:Gladys Ferreira}} ({{age:92}}) rejected: MBI {{id:6JK2-QP8-HT41}} does not match name on file.",
    "Claim status via Availity {{date:03/20/2024}}: {{id:24071AB30551}} in process, {{name:Nguyen, Lan}}, billed to UHC Community Plan.",
    "Adjust $412 off acct {{id:7720052219}} ({{name:Winona Two Bulls}}), referral on file from {{facility:American Indian Health Service of Chicago}}.",
    "Billing office at {{address:1500 W 22nd St Suite 300, Oak Brook, IL 60523}} will be closed {{date:5/27/2024}} for Memorial Day.",
    "Write-off request by {{name:Hector Ibarra}}: {{name:Gaines-Whitaker}} DOS {{date:03/04/2024}}, timely filing, claim {{id:23B118805124}}.",
    "Pt {{name:Ramesh Desai}} ({{age:90}}) has Medicare primary, Aetna Medigap secondary member {{id:W318802771}}.",
    "COB letter sent to {{name:Sterling Price}} at {{address:77 Country Club Rd, Schaumburg, IL 60193}} asking about other coverage.",
    "Itemized bill for {{name:Tomás Echeverría}}: CT chest w/o 71250 $612, read fee billed by {{facility:Radiology Partners of Illinois}}.",
    "Medicaid remit {{date:3/22/2024}}: ICN {{id:1124081003377}} paid $96.40 for {{name:Bao Tran}}.",
]

APPEALS = [
    "RE: Level 1 appeal, {{name:Kwame Asante Jr.}}, DOB {{date:09/12/1958}}, member {{id:XOF440219835}}, claim {{id:24052EQ40117}}, DOS {{date:02/14/2024}}.",
    "To the Appeals Unit, {{address:PO Box 27311, Nashville, TN 37202}}: we request reconsideration of the CO-50 denial for {{name:Jo-Ellen Marchetti}}.",
    "The patient, a {{age:91}}-year-old former smoker, was referred by Dr {{name:Amos Nkemelu}} of {{facility:Hinsdale Primary Care}} for a CT chest after an abnormal CXR.",
    "Enclosed: order dated {{date:1/29/2024}}, CXR report from {{facility:PVI Westgate}}, and the denial letter dated {{date:March 1, 2024}}.",
    "Sincerely, {{name:Tamika Rowe}}, CPC, Revenue Cycle, {{facility:Prairie View Imaging}}, {{phone:(630) 555-0150 x3310}}, {{email:appeals@prairieviewimaging.com}}",
    "Second level appeal filed {{date:04/02/2024}} for {{name:Will Grant}}, ICN {{id:2224113509870}}, via {{url:https://www.availity.com/}} portal.",
    "Dear Medical Director, Mr. {{name:Ellis Turnbull}} (MBI {{id:1EG4-TE5-MK73}}) meets all NCD 210.14 criteria; the denial should be reversed.",
    "Appeal outcome {{date:3/28/24}}: overturned, claim {{id:24052EQ40117}} reprocessed under new ICN {{id:24088EQ71930}}.",
    "We note that Mrs. {{name:Abernathy}} is {{age:95}} and the CT was ordered to evaluate a new 9 mm nodule found at {{facility:Froedtert Hospital}}.",
    "Appeal tracker: {{name:Gwendolyn Oates}} | UHC | {{id:VA-77810412}} | filed {{date:2024-03-11}} | owner {{name:hibarra}} | status pending",
    "Per our call with {{name:Marisol}} at Humana (ref {{id:HUM-CR-55120394}}), the corrected auth will be attached to claim {{id:23C550218873}}.",
    "Reconsideration for {{name:Teodoro Lacson}}, {{address:2419 W Touhy Ave Apt 2, Chicago, IL 60645}}, member {{id:MDX80012447}}.",
    "External review request sent to the Illinois Department of Insurance on {{date:04/10/2024}} for {{name:Savannah Greer}}.",
    "Appeal letter signed by {{name:Soren Lindqvist}}, MD, Medical Director, NPI {{id:1508863217}}, on {{date:3/26/2024}}.",
    "Our records show the patient was seen at {{facility:PVI Merrillville}}, {{address:8300 Louisiana St Suite 110, Merrillville, IN 46410}}, not at an out-of-network site.",
    "Appeal fax cover: To Cigna Appeals fax {{phone:(860) 555-0186}}, From {{name:Hector Ibarra}}, pages 14, RE {{name:Grant Ellison}}.",
    "The {{date:Feb 2024}} denial cites missing modifier; the claim for {{name:Hiroshi Tanaka}} did carry -26 and -TC on separate lines.",
]

REFERRAL_FAX = [
    "FAX - {{facility:Riverbend Pulmonary Associates}} - {{address:2901 W Jefferson St Ste 210, Joliet, IL 60435}} - Tel {{phone:815-555-0190}} Fax {{phone:815-555-0199}}",
    "Referral: {{name:WHITAKER, DALLAS R}} DOB {{date:04/22/1955}} | Order: CT chest w/o contrast | Dx R91.1 | Ordering: {{name:Elena Ortiz}}, MD, NPI {{id:1982047316}}",
    "Please schedule pt {{name:Ida Kessler}}, {{age:101}} yoF, for CXR PA/lat at your {{facility:PVI Schaumburg}} location; pt resides at {{address:1550 N Plum Grove Rd, Schaumburg, IL 60173}}.",
    "From: {{facility:Northside Family Medicine}} Attn: Scheduling | Pt {{name:Marguerite Dubois}} | Ins: Medicare {{id:2TW9-HN3-RD55}} | Phone {{phone:(773) 555-0131}}",
    "Ordering provider Dr. {{name:Ngozi Okonkwo}} ({{facility:Southside Community Health Center}}), NPI {{id:1619074382}}, signed {{date:03/15/2024}}.",
    "Pt {{name:Terrence Whitlock Jr.}} has Medicaid, referral # {{id:REF-4471093}}, valid 90 days from {{date:3/1/2024}}.",
    "Fax received {{date:3/18/24}} 16:22 from {{phone:708-555-0144}} ({{facility:Oak Lawn Family Practice}}), 6 pages, order for {{name:Patrick O'Malley}}.",
    "LDCT order: {{name:Crystal Meadows}}, 58F, 32 pack-years, quit {{date:June 2019}}, SDM visit {{date:02/28/2024}} with {{name:Amara Nwosu}}, NP.",
    "Referring: {{facility:Naperville Pulmonary & Sleep}}, Dr {{name:Jin-Woo Park}}, fax back to {{phone:630-555-0108}}, attn {{name:Becky}}.",
    "Pt {{name:Harold Holloway}}, {{age:92}}, DOB {{date:01/03/1932}}, addr {{address:1204 Elm St, Downers Grove, IL 60515}}, CT chest w/ contrast for mass f/u.",
    "Incomplete order returned to {{facility:Lakeview Internal Medicine}} ({{phone:773-555-0177}}): missing diagnosis and signature for {{name:Jo-Ellen Marchetti}}.",
    "Order from {{facility:UChicago Medicine}} thoracic oncology for {{name:Samuel Oyelaran}}, MRN there {{id:UC8812045}}, our MRN {{id:40-663-018}}.",
    "Cover sheet: To {{facility:PVI-NAP}} fax {{phone:630-555-0160}} | From Dr. {{name:Jin-Woo Park}} | Re {{name:Deborah Kline}} | Date {{date:3/19/2024}}",
    "Pt {{name:Hiroshi Tanaka}}, 67M, ins Aetna {{id:W400172289}}, hx RA on MTX, r/o ILD, please do HRCT with expiratory images.",
    "Referral from {{facility:Provident Hospital of Cook County}} for {{name:Latrice Bonner}}, DOB {{date:6-14-1970}}, phone {{phone:312.555.0115}}.",
    "Signed: {{name:Elena Ortiz}}, MD  {{facility:Heartland Internal Medicine Group}}  {{address:455 E Ogden Ave Suite 2, Hinsdale, IL 60521}}",
    "Pt {{name:Mabel Carter}}, {{age:94}}, lives at {{address:3308 S King Dr, Chicago, IL 60616}} with her grandson; needs morning appt.",
    "Re: {{name:Ahmed Al-Sayegh}} (DOB {{date:11/11/1972}}) - prior CT done at {{facility:Edward Hospital}} {{date:Oct 2023}}, please compare.",
    "Fax from {{facility:Evanston Heart & Lung}}, {{address:1000 Central St Ste 720, Evanston, IL 60201}}, re {{name:Winona Two Bulls}}.",
    "Order for {{name:Orlando Vega}} from {{facility:Pilsen Family Health}}; MD {{name:Rosa Villanueva}} NPI {{id:1265530981}}; dx R05.9, R06.02.",
    "Patient {{name:Theodore Vance II}}, {{age:93}}, to {{facility:PVI Kenosha}} for CXR 2 view, caregiver {{name:Marlene Vance}} {{phone:262-555-0161}}.",
]

REMINDERS = [
    "{{facility:PVI}}: Hi {{name:Dwayne}}, reminder of your CT on Thu {{date:3/21}} at 2:40 PM, {{facility:PVI Westgate}}. Reply C to confirm, R to reschedule.",
    "{{facility:Prairie View Imaging}}: {{name:Summer}}, your lung screening is {{date:05/06/24}} 9:00 AM at {{address:1240 E Diehl Rd Suite 100, Naperville, IL 60563}}.",
    "Reminder: {{name:Marcus Bell}}, arrive 15 min early on {{date:April 11}}. Questions? {{phone:630-555-0150}}. Reply STOP to opt out.",
    "Dear {{name:Rose Berry}}, this is a reminder that your follow-up CT is due around {{date:April 8, 2024}}. Book online at {{url:https://www.prairieviewimaging.com/book}}.",
    "Email from {{facility:PVI}} noreply to {{email:jo.marchetti@sbcglobal.net}}: Your appointment at {{facility:PVI-LS}} on {{date:3/22/2024}} has been cancelled.",
    "{{name:Ricardo}}, tu cita es el {{date:28 de marzo}} a las 10:15 en {{facility:PVI Orland Park}}, {{address:15455 S 94th Ave, Orland Park, IL 60462}}.",
    "Hi {{name:Gladys}}, we tried to reach you at {{phone:(262) 555-0104}}. Please call {{phone:262-555-0170}} to confirm your X-ray.",
    "Your {{facility:Prairie View Imaging}} bill of $64.20 is ready: {{url:https://pay.prairieviewimaging.com/s/Q7T2LM}}.",
    "To: {{email:samuel.oyelaran@gmail.com}} Subject: Pre-visit instructions for Monday, {{date:April 1}} - CT chest with contrast",
    "{{facility:PVI Kenosha}}: {{name:Ivy}} and {{name:Evie Marsh}}, your appointments on {{date:4/17}} are at 11:00 and 11:30.",
    "Reminder for {{name:Latrice Bonner}}: bring your Medicaid card and photo ID to {{address:4640 N Lincoln Ave, Chicago, IL 60625}} on {{date:3/27}}.",
    "Email bounced: {{email:hhollowy1932@aol.com}} (typo?) for {{name:Harold Holloway}}; mailed paper reminder instead.",
    "Text to {{phone:219-555-0153}}: {{name:Dallas}}, your chest X-ray at {{facility:PVI Merrillville}} is tomorrow at 8:00 AM.",
    "Automated call script: Hello, this is {{facility:Prairie View Imaging}} calling for {{name:Ellis Turnbull}} about an appointment on {{date:March 25th}}.",
    "Reminder email footer: {{facility:Prairie View Imaging}} | {{address:1500 W 22nd St Ste 300, Oak Brook, IL 60523}} | {{url:prairieviewimaging.com/privacy}}",
    "Hi {{name:Keisha}}, your annual lung screening is due in {{date:June 2024}}. Schedule at {{url:https://mychart.prairieviewimaging.com/MyChart/openscheduling}}.",
    "{{name:Antoine}}, your records request is complete. Download: {{url:https://share.prairieviewimaging.com/d/3f8a91c2}} (expires in 7 days).",
    'SMS reply from {{phone:(708) 555-0110}}: "R" - flagged for {{name:Sunny Patel-Gomez}} to be rescheduled.',
    "To {{name:Lorraine McAllister}} <{{email:lmcallister@wowway.com}}>: HIPAA release form for your mother attached.",
    "Appointment confirmed by {{name:Hana Kobayashi}} via text on {{date:3/30/24}} 7:12 PM, confirmation {{id:CNF-2M9X7R}}.",
    "Hi {{name:Bill}}! Saturday openings are now live at {{facility:PVI Schaumburg}}, {{address:1901 N Roselle Rd Ste 500, Schaumburg, IL 60195}}.",
]

IT_TICKETS = [
    "INC0048213 | {{date:2024-03-14}} | Fax server on {{ip:10.24.3.17}} not routing inbound faxes from {{phone:815-555-0199}} to the referral queue | assignee {{name:ckumar}}",
    "User {{name:Maribel Ocasio}} cannot log into Cadence from workstation WG-FD-03 ({{ip:10.24.8.41}}); reset by {{name:Derek Stahl}}.",
    "Portal outage: {{url:https://mychart.prairieviewimaging.com}} returning 502 from load balancer {{ip:172.16.40.5}} since 06:40.",
    "REQ0011907: new hire {{name:Amara Nwosu}}, NP, needs Epic access at {{facility:PVI Naperville}}, email {{email:anwosu@prairieviewimaging.com}}, start {{date:4/1/2024}}.",
    "HL7 interface to {{facility:Riverbend Pulmonary Associates}} down; their VPN peer {{ip:198.51.100.23}} not responding on port 2575.",
    "Suspicious login for portal user {{name:tmarsh1962}} from {{ip:203.0.113.77}} on {{date:3/13/2024}} 02:14; account locked pending call with pt.",
    "PACS route {{facility:PVI Westgate}} CT1 -> {{facility:NMH}} failing; destination {{ip:10.80.12.200}}:104 AE NMH_PACS rejects association.",
    "Ticket from {{name:Regina Fairweather}}: the call-centre softphone ext. 4417 drops after 30s; SIP server {{ip:10.24.1.10}}.",
    "INC0048299: IVR on {{phone:1-866-555-0134}} sends option 2 callers to fax line; vendor contact {{name:Tom Baxter}} {{email:tbaxter@clearvoiceivr.com}}.",
    "Printer at {{facility:PVI-LS}} front desk ({{ip:10.26.4.55}}) printing reminder letters with wrong return address.",
    "Access review: remove {{name:lortiz}} (left {{date:03/08/2024}}) from billing share \\\\pvi-fs01\\rev-cycle.",
    "Mirth channel SIU_OUT_RPA errored on message for {{name:OKAFOR-REYES^DWAYNE}}, target {{ip:198.51.100.23}}, see log.",
    "DNS change: {{url:pay.prairieviewimaging.com}} now points to {{ip:52.14.211.90}}; old host {{ip:52.14.200.18}} retired {{date:3/22}}.",
    "Phishing report from {{name:Yvonne Chisholm}}: email from {{email:billing-update@prairieview-imaging.co}} asking to re-enter Availity password.",
    "Scanner modality worklist not populating at {{facility:PVI Orland Park}}; MWL SCP {{ip:10.28.2.14}}, CT2 AE PVIOP_CT2.",
    "IPv6 test for patient Wi-Fi at {{facility:PVI Kenosha}}: gateway {{ip:2001:db8:4a1::1}}, DHCP pool exhausted.",
    "Please whitelist {{facility:Rush University Medical Center}} image share node {{ip:192.0.2.146}} on the DMZ firewall, requested by Dr. {{name:Lindqvist}}.",
    "INC0048377 {{date:14-Mar-24}}: {{name:Jasmine Whitley}} reports portal messages from {{name:Deborah Kline}} show blank body.",
    "Remote session for {{name:Hector Ibarra}} from home IP {{ip:73.158.42.9}} blocked by geo rule; VPN profile reissued.",
    "Interface engine logs show {{ip:10.24.3.30}} sending duplicate DFT messages for accession {{id:CT24-0318-0147}}.",
    "eFax account for {{facility:PVI Merrillville}} ({{phone:219-555-0140}}) migrated; new portal {{url:https://efax.vendorhub.net/pvi-merrillville}}.",
    "New VLAN for {{facility:PVI Schaumburg}} scanners {{ip:10.30.5.0}}/24; CT1 fixed at {{ip:10.30.5.21}}, CT2 at {{ip:10.30.5.22}}.",
    "Ticket closed by {{name:Derek Stahl}} {{date:3/25/2024}}: cert renewed on {{url:share.prairieviewimaging.com}}.",
    "User {{name:jwhitley}} emailed PHI spreadsheet to {{email:jasmine.whitley77@gmail.com}}; DLP alert, escalated to privacy officer {{name:Naomi Feldstein}}.",
    "Wallboard for the call centre at {{ip:10.24.9.7}} runs under the shared kiosk login cc_wall, owned by {{name:Regina Fairweather}}.",
    "Firewall log: {{ip:2001:db8:77::15}} -> {{ip:10.24.3.17}} tcp/443 denied, source is {{facility:Loyola University Medical Center}} fax gateway.",
    "VPN tunnel to {{facility:Southside Community Health Center}} re-keyed; their endpoint {{ip:198.51.100.61}}, our {{ip:203.0.113.10}}.",
    "Reimaged laptop PVI-BILL-07 for {{name:Tamika Rowe}}; last known IP {{ip:10.24.12.88}}.",
]

SPREADSHEET = [
    "MRN,Last,First,DOB,Site,Appt\n{{id:40-118-372}},{{name:Okafor-Reyes}},{{name:Dwayne}},{{date:07/02/1961}},{{facility:PVI-WG}},{{date:03/21/2024}}",
    "{{id:40-771-205}},{{name:Kobayashi}},{{name:Hana}},{{date:1954-08-17}},{{facility:PVI-LS}},{{date:2024-04-02}},CT,LDCT",
    "Name | Age | Payer | Member ID | Auth\n{{name:Whitfield, Ruth Ann}} | {{age:93}} | Medicare | {{id:5QR1-XW2-CE90}} | n/a",
    "{{name:Merriweather, Clarence}}\t{{age:96}}\tHumana Gold\t{{id:H48813307}}\t{{id:HUM148830551}}",
    "claim_id,dos,cpt,billed,paid,status\n{{id:24071AB30551}},{{date:2024-03-08}},71250,612.00,0.00,PEND",
    "{{id:23A771049216}},{{date:2024-01-16}},71271,412.00,238.14,PAID,{{name:Obi, Harriet}}",
    "Row 14: {{name:Pruitt, Bartholomew III}}; {{phone:630-555-0148}}; {{email:bpruitt3@gmail.com}}; {{address:6 Briar Ln, Oak Brook, IL 60523}}",
    "acct|guarantor|phone|balance\n{{id:7720019451}}|{{name:HOLLOWAY, DENISE}}|{{phone:6305550172}}|64.20",
    "No-show report {{date:Mar 2024}}: {{name:Hill, Virginia}} (2), {{name:Mendez, Ricardo}} (1), {{name:Stone, Dakota}} (1).",
    "{{name:Ferreira, Gladys}},{{age:92}},{{date:05/09/1931}},Medicare,{{id:6JK2-QP8-HT41}},{{facility:PVI Kenosha}}",
    "ref_practice,npi,fax\n{{facility:Riverbend Pulmonary Associates}},{{id:1457392018}},{{phone:815-555-0199}}",
    "{{facility:Naperville Pulmonary & Sleep}},{{id:1336248807}},{{phone:630-555-0108}},{{name:Park, Jin-Woo}}",
    "export_ts={{date:20240318T231500}} | rows=3 | {{name:Tanaka, Hiroshi}} | {{id:40-390-775}} | {{date:20240401}} | HRCT",
    "{{name:Vance, Theodore II}}\t{{date:12/01/1930}}\t{{age:93}}\t{{phone:262-555-0161}}\t{{facility:PVI-KEN}}",
    "Denials Q1: {{id:24052EQ40117}} CO-50 {{name:Asante Jr., Kwame}}; {{id:24064EQ11902}} CO-45 {{name:Russo, Valentina}}",
    "{{name:Kessler, Ida}};{{age:101}};{{date:03/03/1923}};{{address:1550 N Plum Grove Rd, Schaumburg, IL 60173}}",
    "user,last_login,ip\n{{name:mgarza}},{{date:2024-03-14}} 08:55,{{ip:10.24.8.12}}",
    "{{name:jwhitley}},{{date:2024-03-14}} 09:10,{{ip:10.24.8.19}},{{facility:PVI-LS}} front desk",
    "Appt list {{facility:PVI Merrillville}} {{date:3/19/24}}: 08:00 {{name:Whitaker, Dallas}} CXR; 08:30 {{name:Bonner, Latrice}} CT",
    "{{name:Carter, Mabel}},{{age:94}},{{id:129388102}},approved,{{date:2024-03-20}}",
    "email,opt_in\n{{email:dkline.home@gmail.com}},Y\n{{email:theo.vance2@frontier.com}},N",
    'pt_name="{{name:Dubois, Marguerite}}" mbi="{{id:2TW9-HN3-RD55}}" age={{age:97}} site="{{facility:PVI-LS}}"',
    "{{name:Lacson, Teodoro}},{{address:2419 W Touhy Ave Apt 2, Chicago, IL 60645}},{{phone:773-555-0119}},{{id:MDX80012447}}",
    "portal_users.csv: {{name:cabbott}},{{email:cornelius.abbott@icloud.com}},locked,{{date:2024-03-12}}",
    "{{name:Abernathy, Lucille}} | {{age:95}} | {{address:88 Lakeview Ter, Kenosha, WI 53140}} | paper results",
]

HL7 = [
    "MSH|^~\\&|CADENCE|PVI|RPA_EMR|RPA|{{date:20240314093012}}||SIU^S12|MSG000481|P|2.5.1",
    "PID|1||{{id:40118372}}^^^PVI^MR||{{name:OKAFOR-REYES^DWAYNE^J}}||{{date:19610702}}|M|||{{address:77 W Ogden Ave^^Westmont^IL^60559}}||{{phone:(630)555-0148}}",
    "SCH|{{id:PL9920417}}|{{id:FL4410382}}|||||CT CHEST LDCT|||30|MIN|^^30^{{date:20240321144000}}",
    "AIL|1||WG^CT1^^{{facility:PVI Westgate}}",
    "AIP|1||{{id:1730482915}}^{{name:VENKATARAMAN^PRIYA}}^^^^MD|ORDERING",
    "PID|1||{{id:40771205}}^^^PVI^MR||{{name:KOBAYASHI^HANA}}||{{date:19540817}}|F|||{{address:5210 N Kenmore Ave^Apt 12^Chicago^IL^60640}}",
    "FT1|1|||{{date:20240116}}||CG|71271^CT LOW DOSE LUNG SCREEN^CPT||1|||||||||Z87.891^^I10|{{id:1508863217}}^{{name:LINDQVIST^SOREN}}",
    "IN1|1|BCBSIL|00621|BLUE CROSS BLUE SHIELD OF IL|{{address:4410 W Lake St^^Chicago^IL^60624}}||||{{id:P48812}}||||||||{{name:RUSSO^ENRIQUE}}|01|{{date:19640320}}",
    "IN1|1|MCR|MEDICARE|MEDICARE PART B|||||||||||||{{name:TURNBULL^ELLIS^W}}|01||||||||||||||||||||{{id:1EG4TE5MK73}}",
    "PV1|1|O|OP^CT2^^{{facility:PVI Orland Park}}||||{{id:1982047316}}^{{name:ORTIZ^ELENA}}|||||||||||{{id:V88021774}}",
    "OBR|1|{{id:PL9920433}}|{{id:CT24-0318-0147}}|71250^CT CHEST WO CONTRAST^CPT|||{{date:202403181015}}",
    "NK1|1|{{name:MERRIWEATHER^HOPE}}|DAU|{{address:610 E 50th Pl^^Chicago^IL^60615}}|{{phone:(773)555-0196}}",
    "PID|1||{{id:40552981}}^^^PVI^MR||{{name:KLINE^DEBORAH^A}}||{{date:19680211}}|F||||||||||{{id:7720027714}}",
    "DG1|1||R91.1^SOLITARY PULMONARY NODULE^I10|||W  (patient {{name:KLINE^DEBORAH}}, visit {{id:V88021790}})",
    "MSH|^~\\&|PVI_EPIC|PVI|BILLING|RCM|{{date:20240318221500}}||DFT^P03|MSG001277|P|2.3",
    "PID|1||{{id:40390775}}^^^PVI^MR||{{name:TANAKA^HIROSHI}}||{{date:19561129}}|M|||{{address:2700 Ridge Rd^^Highland Park^IL^60035}}||{{phone:847.555.0122}}",
    "AIL|1||KEN^XR1^^{{facility:PVI Kenosha}}|||{{date:20240417110000}}",
    "PID|1||{{id:40663018}}^^^PVI^MR~{{id:UC8812045}}^^^UCM^MR||{{name:OYELARAN^SAMUEL^T}}||{{date:19590624}}|M",
    "PID|1||{{id:40002291}}^^^PVI^MR||{{name:VANCE^THEODORE^^II}}||{{date:19301201}}|M   (age {{age:93}} per registration)",
    "SCH|{{id:PL9920501}}||||||CXR 2V|||15|MIN|^^15^{{date:20240319080000}}|||||{{name:OCASIO^MARIBEL}}",
    "MRG|{{id:40118999}}^^^PVI^MR  -- duplicate chart merged into {{id:40118372}} by {{name:dstahl}}",
    "ORC|NW|{{id:PL9920552}}||||||||||{{id:1265530981}}^{{name:VILLANUEVA^ROSA}}|||||{{facility:Pilsen Family Health}}",
    "EVN|S12|{{date:20240320151102}}|||{{name:LORTIZ}}  ; sending host {{ip:10.24.3.30}}",
    "IN1|1|AET|60054|AETNA|{{address:PO Box 770213^^Lexington^KY^40577}}||||{{id:0043812}}|||||||||{{name:GRANT^WILLIAM^E}}|01||||||||||||||||||||{{id:W271843390}}",
]

EMAIL_WEB = [
    "From: {{name:Derek Stahl}} <{{email:dstahl@prairieviewimaging.com}}> To: {{email:helpdesk@prairieviewimaging.com}} Subj: fax server {{ip:10.24.3.17}} reboot tonight",
    "Referral coordinator at {{facility:DuPage Lung Specialists}} is {{email:referrals@dupagelung.org}}; send the LDCT report there, not to the general inbox.",
    "Please send the signed ABN to {{email:sched.orlandpark@prairieviewimaging.com}} before {{date:3/27}}.",
    "Reset instructions for the referring-provider portal: {{url:https://refer.prairieviewimaging.com/login?npi=1730482915}}.",
    "Pt {{name:Nadia Petrossian}} asked that billing questions go to {{email:npetrossian@nm.org}} instead of her home email.",
    "Availity claim detail link for {{name:Will Grant}}: {{url:https://apps.availity.com/public/apps/claim-status/detail/2224113509870}}",
    "eviCore provider portal {{url:https://www.evicore.com/provider}} shows case {{id:129401227}} under review since {{date:3/21/2024}}.",
    "Outbound fax log: job 55812 to {{phone:312-555-0122}} for {{name:Antoine Baptiste}} failed, retry from {{ip:10.24.3.18}}.",
    "Referral form: {{url:https://www.prairieviewimaging.com/providers/referral-form.pdf}} - fax completed forms to {{phone:(630) 555-0159}}.",
    "{{name:Kim Tran-Hollis}}, RN <{{email:ktranhollis@prairieviewimaging.com}}> replied to {{name:Samuel Oyelaran}} on {{date:3/22/2024}}.",
    "Survey link sent to {{email:grant.ellison@protonmail.com}}: {{url:https://survey.prairieviewimaging.com/s/CTX-2231}}.",
    "Carelon login for {{facility:PVI}} billing team is {{email:rcm.auth@prairieviewimaging.com}}; URL {{url:https://www.providerportal.com/}}.",
    "Image share invite for {{facility:Froedtert Hospital}} sent to {{email:radiology.outside@froedtert.com}} for {{name:Lucille Abernathy}} ({{age:95}}).",
    "Public Wi-Fi captive portal at {{facility:PVI Westgate}} redirects to {{url:http://guest.pvi-wifi.net/welcome}} from gateway {{ip:192.168.50.1}}.",
    "Web form submission from {{ip:68.47.203.115}}: name {{name:Jerome Pettaway}}, email {{email:jpettaway@hotmail.com}}, phone {{phone:773-555-0189}}.",
    "Web form from {{ip:2600:1700:5e30:9a0::4c}}: {{name:Alma Rosales}} asks if {{facility:PVI Orland Park}} takes Medicaid.",
    "Reply to {{name:Alma Rosales}} at {{email:almarosales.1961@gmail.com}}: yes, IL Medicaid MCOs are accepted at all sites.",
    "Caregiver {{name:Marlene Vance}} ({{email:marlene.vance@frontier.com}}) says her father is {{age:93}} and cannot lie flat for long.",
    "HL7 listener for {{facility:Heartland Internal Medicine Group}} moved to {{ip:10.24.3.41}}:6661, contact {{email:it@heartlandimg.org}}.",
    "Privacy officer {{name:Naomi Feldstein}} ({{email:privacy@prairieviewimaging.com}}, {{phone:630-555-0150 ext. 1001}}) reviewed the DLP alert.",
    "Price transparency file posted at {{url:https://www.prairieviewimaging.com/standard-charges.json}} on {{date:01/02/2024}}.",
    "Pt {{name:Percival Ashworth}}, {{age:99}}, wants results faxed to his daughter's office at {{phone:(312) 555-0133}}.",
    "Home health nurse for {{name:Edna McAllister}} ({{age:98}}) emailed from {{email:rn.visits@sunrisehomehealth.com}} asking for an order copy.",
    "{{name:Odessa Freeman}} turned {{age:100}} on {{date:March 3}}; front desk at {{facility:PVI-LS}} signed a card.",
    "Intake note: pt {{name:Wendell Ashby}} is {{age:92}}, lives alone at {{address:9 Juniper Way, Westmont, IL 60559}}.",
    "Directions page {{url:https://www.prairieviewimaging.com/locations/kenosha}} still lists the old suite number.",
    "Pt {{name:Jerome Pettaway}} paid through {{url:https://pay.prairieviewimaging.com/guest}} on {{date:3/26/24}}, confirmation {{id:PAY-88301772}}.",
    "Intake form link texted to {{phone:(414) 555-0117}}: {{url:https://forms.prairieviewimaging.com/intake/LDCT?c=9Q2W}}",
    "Provider lookup: {{url:https://npiregistry.cms.hhs.gov/provider-view/1982047316}} confirms {{name:Elena Ortiz}} is active.",
    "The old portal {{url:http://portal.pvimaging.net}} was retired {{date:12/31/2023}}; redirect to the new MyChart.",
    "Teams bridge for the denial huddle: {{url:https://teams.microsoft.com/l/meetup-join/19%3ameeting_PVIrcm}} (owner {{name:Hector Ibarra}}).",
    "IT wiki {{url:https://wiki.pvi.local/Interfaces/SIU_OUT_RPA}} documents the channel for {{facility:Riverbend Pulmonary Associates}}.",
    "Payer fee schedule saved at {{url:https://sharepoint.prairieviewimaging.com/rcm/Fees/BCBSIL-2024.xlsx}} by {{name:Yvonne Chisholm}}.",
    "Cancellation link in the email to {{name:Marcus Bell}}: {{url:https://mychart.prairieviewimaging.com/MyChart/Visits/Cancel?csn=88021801}}.",
    "Shared-decision-making tool sent by {{name:Amara Nwosu}}, NP: {{url:https://www.prairieviewimaging.com/lung-screening/decision-aid}}.",
    "{{facility:Oak Lawn Family Practice}} asked us to use their e-referral page {{url:https://oaklawnfp.org/referrals}} instead of fax.",
    "Reading group {{facility:Radiology Partners of Illinois}} portal {{url:https://rpi-reads.example-rad.com/worklist}} showed the study from {{ip:10.24.20.5}}.",
]

HELD_OUT28 = (
    SCHEDULING
    + CALL_LOG
    + PORTAL
    + PRIOR_AUTH
    + BILLING
    + APPEALS
    + REFERRAL_FAX
    + REMINDERS
    + IT_TICKETS
    + SPREADSHEET
    + HL7
    + EMAIL_WEB
)

CLEAN_SCHEDULING = [
    "LDCT slots are 15 minutes; CT chest with contrast needs 30 minutes plus IV start.",
    "Book the first CT slot of the day for patients who need a wheelchair transfer.",
    "Do not book contrast studies on CT1 on Tuesday mornings while the injector is serviced.",
    "Patient prefers afternoons after 2 pm and asked for a reminder call the day before.",
    "Reschedule reason: weather, patient lives 40 miles away and the roads were closed.",
    "Interpreter needed: Polish, in person preferred over video.",
    "Spanish-speaking scheduler available Monday through Friday 8:00 to 4:30.",
    "Hold the 7:30 slot for the add-on from the pulmonology clinic until 10 am.",
    "Walk-in chest X-rays are accepted until 6:30 pm on weekdays and noon on Saturday.",
    "Patient is 72 and wants to bring a friend into the waiting room.",
    "Patient is 88, hard of hearing; speak slowly and confirm by repeating the time back.",
    "Annual LDCT must be at least 11 months after the last screening for Medicare.",
    "Follow-up CT in 3 months per Fleischner for a solid nodule of 6 to 8 mm.",
    "Lung-RADS 3 means a 6-month follow-up LDCT; Lung-RADS 4A means 3 months.",
    "Scheduler cannot book a Lung-RADS 4B follow-up without the radiologist's recommendation on the order.",
    "Creatinine within 30 days is required for patients over 60 before IV contrast.",
    "Metformin does not need to be held for a routine contrast CT if eGFR is above 30.",
    "Patient has a contrast allergy; premedication per the ACR manual must be ordered by the referring office.",
    "Move the patient to the open bore scanner; weight is 410 lb and the table limit on CT2 is 450 lb.",
    "No prep needed for CT chest without contrast; wear clothes with no metal.",
    "Arrive 15 minutes early to complete the screening form and insurance check.",
    "The Kenosha site closes at noon on the last Friday of the month for staff training.",
    "Send the order to the Orland site queue, not the general inbox.",
    "Patient asked for the Naperville location because parking is free there.",
    "The Naperville CT room 2 is down for a tube replacement until Thursday.",
    "Waitlist is sorted by order date, then by priority flag, then by payer auth status.",
    "Same-day add-ons require a supervisor override in Cadence.",
    "Double-booking is allowed only in the 4:45 pm overflow slot.",
    "Patient declined the 6 am appointment; offered 8:15 instead.",
    "Shared decision-making visit must be documented before the first LDCT, not the annual ones.",
    "Smoking history: 35 pack-years, quit 12 years ago, currently 67 years old.",
    "Eligible for screening: age 50 to 80, 20 pack-years, current smoker or quit within 15 years.",
    "Patient reports a cough for three weeks; referring office wants a CXR before any CT.",
    "Book PA and lateral chest, CPT 71046, as a walk-in with no appointment.",
    "High-resolution CT with prone and expiratory images takes about 20 minutes.",
    "If the patient is claustrophobic, note it in the appointment comments, not in the order.",
    "Pregnancy screening question must be answered for all patients aged 12 to 55.",
    "Patient wants to come in on a weekday before work, ideally before 7:45.",
    "Transport company pickup is 45 minutes after the scheduled time.",
    "Confirm the referral is still valid; Medicaid referrals expire after 90 days.",
]

CLEAN_CALL = [
    "Caller hung up before verification; no account accessed.",
    "Verified caller with two identifiers before discussing the bill.",
    "Caller asked for the cash price of a CT chest; quoted the self-pay rate from the fee sheet.",
    "Explained that the Good Faith Estimate is not a bill.",
    "Transferred to billing, wait time about 6 minutes.",
    "Caller is not on the HIPAA release; gave only general information about the appointment process.",
    "Advised caller that results are released to the portal after the radiologist signs the report.",
    "Caller was upset about the wait; apologized and offered a callback from a supervisor.",
    "Call dropped at 11:06; second attempt went to voicemail.",
    "Left a generic message asking the patient to call back, no details about the exam.",
    "IVR option 2 is scheduling, option 3 is billing, option 4 is the fax line.",
    "Average speed of answer today was 48 seconds, abandonment rate 4 percent.",
    "Queue overflow routes to the Kenosha agents after 90 seconds.",
    "Caller asked whether a CT chest uses radiation; explained the dose is small for LDCT.",
    "Wrap code BILL-DISPUTE, sent to the account review work queue.",
    "Wrap code SCHED-NEW, appointment booked, reminder preference text.",
    "Caller wanted to know if a referral is needed; depends on the plan type on the card.",
    "TTY relay call, took about twice as long as usual.",
    "Spanish line call volume doubled after the mailing went out.",
    "Caller asked for the CD of images; told her it takes two business days.",
    "Agent reminded caller that we cannot change the diagnosis code on an order.",
    "Caller confirmed the new card is from the same insurer with a new plan year.",
    "Callback window is 9 to 11 am tomorrow; patient works nights.",
    "Caller asked if the 91st Street entrance is open on weekends; it is not.",
    "Agent extension 4417 is covering the Spanish queue this afternoon.",
    "Hold music stopped working on the billing line around 3 pm.",
    "Caller read the wrong number from the card, the group number instead of the member number.",
    "Supervisor reviewed the recording and coached the agent on verification steps.",
    "Pt said the tech was great and the whole visit took 20 minutes.",
    "Call transferred to the radiologist's assistant for a report question.",
]

CLEAN_PORTAL = [
    "Your appointment has been scheduled. Please arrive 15 minutes early.",
    "Your results are now available in the portal.",
    "You have a new message from the imaging team.",
    "Your proxy access request is pending verification.",
    "Please upload the front and back of your insurance card.",
    "We could not verify your identity. Please call us during business hours.",
    "The link you used has expired. Request a new one from the login page.",
    "Your payment was received. Thank you.",
    "Can I eat before a CT scan of the chest without contrast?",
    "Do I need a driver after the scan? No sedation is used for a routine CT.",
    "Is the lung screening covered by Medicare every year?",
    "My doctor said I have a nodule; what does Lung-RADS 2 mean?",
    "Will the contrast make me feel warm? Some patients feel a warm flush for a few seconds.",
    "Password must be at least 12 characters with one number and one symbol.",
    "Two-factor code sent by text; it expires in 10 minutes.",
    "Your account is locked after 5 failed attempts; try again in 30 minutes.",
    "The portal does not support Internet Explorer.",
    "Messages are answered within two business days.",
    "For urgent questions, please call instead of sending a portal message.",
    "Do not use portal messages for emergencies; call 911.",
    "Proxy access for adults requires a signed form from the patient.",
    "Open scheduling shows only LDCT and chest X-ray; CT with contrast must be booked by phone.",
    "Your estimate is based on your plan's benefits and may change after the claim is processed.",
    "We are unable to show Saturday slots online at this time.",
    "You can download images as a zip of DICOM files or view them in the browser viewer.",
    "My husband is 85 and cannot climb stairs; is there an elevator?",
    "Thank you for the reminder, I will be there on Thursday.",
    "Please cancel my appointment, I had the scan done elsewhere.",
    "Why did I get a bill when my insurance said no prior authorization was needed?",
    "Message body was blank on the staff side; patient resent it as an attachment.",
]

CLEAN_AUTH = [
    "Prior authorization is required for CPT 71250, 71260 and 71270 for most commercial plans.",
    "LDCT 71271 does not need prior authorization for traditional Medicare.",
    "eviCore handles advanced imaging authorizations for Cigna and several Blue plans.",
    "Carelon reviews high-tech imaging for some Anthem and Blue Cross plans.",
    "Peer-to-peer window is 14 days from the denial for most commercial payers.",
    "Clinical notes must document pack-years and quit date for LDCT approval.",
    "Auth approved for CT chest without contrast only; contrast was not approved.",
    "Auth valid for 60 days from the approval date at the approved site only.",
    "If the study changes from 71250 to 71260, call the payer to update the auth before the scan.",
    "Retro authorization is allowed within 2 business days for some Medicaid MCOs.",
    "Tricare requires a referral for specialty imaging unless the plan is Tricare Select.",
    "BlueCard out-of-area members: route the authorization through the home plan.",
    "Humana Gold HMO requires a PCP referral plus an auth for CT.",
    "UnitedHealthcare Community Plan uses the payer portal for imaging notifications.",
    "Aetna HMO plans need a referral from the primary care physician.",
    "Medicare Advantage plans may require prior authorization even when Part B does not.",
    "Urgent auth requests are decided within 72 hours.",
    "Standard auth requests are decided within 14 calendar days.",
    "The auth worksheet column 'units' should always be 1 for a CT chest.",
    "Attach the prior CT report and the recommendation for follow-up to the request.",
    "Do not request an auth for CPT 71046; chest X-ray does not require one.",
    "Auth denied for not meeting criteria; refer to the payer's imaging guideline for chest CT.",
    "The ACR Appropriateness Criteria were attached to support the request.",
    "An ABN is needed when Medicare may deny the service as not medically necessary.",
    "ABN form CMS-R-131 must be signed before the service, not after.",
    "The auth team works the queue in order of appointment date, soonest first.",
    "Status PEND-CLIN means the payer is waiting for clinical notes.",
    "Status APPR means approved, DEN means denied, WD means withdrawn.",
    "A new auth is needed if the appointment moves past the end of the validity window.",
    "Auth number field left blank because the plan does not require one.",
]

CLEAN_BILLING = [
    "CPT 71250 is CT thorax without contrast; 71260 is with contrast; 71270 is without and with.",
    "CPT 71271 is low-dose CT for lung cancer screening.",
    "HCPCS G0296 is the counseling visit for lung cancer screening.",
    "ICD-10 Z87.891 is personal history of nicotine dependence.",
    "ICD-10 F17.211 is nicotine dependence, cigarettes, in remission.",
    "ICD-10 R91.1 is a solitary pulmonary nodule; R91.8 is other nonspecific abnormal finding of lung field.",
    "Z12.2 is encounter for screening for malignant neoplasm of respiratory organs.",
    "Modifier 26 is the professional component and TC is the technical component.",
    "Place of service 22 is on-campus outpatient hospital; 11 is office; 24 is ambulatory surgical center.",
    "Revenue code 0350 is CT scan general.",
    "CARC CO-197 means precertification or authorization absent.",
    "CARC CO-50 means not deemed a medical necessity by the payer.",
    "CARC CO-45 is the contractual adjustment above the allowed amount.",
    "CARC PR-1 is deductible and PR-2 is coinsurance.",
    "RARC N130 points to the plan's consult benefit documents.",
    "CO-29 means the time limit for filing has expired.",
    "Claim frequency code 7 is a replacement of a prior claim; 8 is void.",
    "Billed $612.00, allowed $238.14, paid $190.51, patient responsibility $47.63.",
    "Self-pay rate for CT chest without contrast is $295.",
    "Statements go out on a 30-day cycle; three statements before collections review.",
    "Timely filing is 90 days for some commercial payers and 12 months for Medicare.",
    "The 835 shows a CLP status of 4, which means denied.",
    "CLP status 1 is processed as primary, 2 as secondary, 22 is a reversal.",
    "Secondary claims must include the primary payer's paid amount and adjustments.",
    "Medicare pays 80 percent of the allowed amount after the Part B deductible.",
    "Under the No Surprises Act, uninsured patients get a Good Faith Estimate.",
    "The clearinghouse rejected the batch for a missing billing provider taxonomy.",
    "Taxonomy 261QR0200X is radiology clinic/center.",
    "Payer ID 60054 routes to Aetna and 62308 to Cigna in the clearinghouse table.",
    "Write-offs over $500 need a manager's approval.",
    "Credit balances must be refunded within 60 days of identification.",
    "The global fee is billed when we own the scanner and the radiologist reads under our tax ID.",
    "Read fees are billed separately by the radiology group.",
    "The patient balance report runs every Monday at 6 am.",
    "Bad debt placement happens after 120 days with no payment plan.",
    "Payment plans require at least $25 per month.",
    "The EOB shows the claim was processed under the out-of-network benefit.",
    "Coordination of benefits questionnaire is sent once a year.",
    "Medicaid is always the payer of last resort.",
    "The Medigap plan covers the Part B coinsurance for the screening follow-up CT.",
]

CLEAN_APPEALS = [
    "Level 1 appeals must be filed within 180 days of the denial for most commercial plans.",
    "Medicare redetermination must be requested within 120 days of the initial determination.",
    "A reconsideration by the QIC is the second level of Medicare appeal.",
    "Attach the denial letter, the order, the clinical notes and the report to every appeal.",
    "The appeal letter template cites NCD 210.14 for lung cancer screening coverage.",
    "Appeal overturned; claim will be reprocessed within 30 days.",
    "Appeal upheld; next step is external review by an independent review organization.",
    "We believe the denial was issued in error because the authorization was on file.",
    "The patient meets the USPSTF 2021 eligibility criteria for annual screening.",
    "The nodule measured 9 mm on the prior study and warranted a 3-month follow-up.",
    "Per the Fleischner Society 2017 guidelines, follow-up CT was appropriate.",
    "Lung-RADS v2022 category 4A supports a 3-month low-dose CT.",
    "The referring physician's letter of medical necessity is enclosed.",
    "Please contact our appeals team with any questions.",
    "Appeal tracker columns: payer, denial code, filed, due, owner, status.",
    "The denial cites a missing modifier, but both -26 and -TC were on separate lines.",
    "Second-level appeals go by certified mail when the payer does not accept fax.",
    "External review requests in Illinois go to the Department of Insurance.",
    "Overturn rate for CO-197 denials last quarter was 62 percent.",
    "Appeals older than 60 days with no response get a status call.",
]

CLEAN_REFERRAL = [
    "Referral must include the exam, the diagnosis, the signature and the ordering provider's NPI field.",
    "Order missing signature; returned to the referring office with a checklist.",
    "Fax received, 6 pages, order for CT chest with contrast, indexed to the patient chart.",
    "The cover sheet said 4 pages but only 3 arrived; requested a resend.",
    "Orders older than 12 months are not accepted.",
    "Verbal orders are not accepted for advanced imaging.",
    "Reason for exam: chronic cough, weight loss, 40 pack-year smoker.",
    "Clinical history: rheumatoid arthritis on methotrexate, rule out interstitial lung disease.",
    "Compare with the outside CT from last fall if available.",
    "Request: HRCT with prone and expiratory images.",
    "Please send the report to the ordering provider and the PCP.",
    "Referral coordinator is out this week; route questions to the scheduling supervisor.",
    "Kerley B lines on the outside CXR; referring office wants a CT to evaluate.",
    "History of Pancoast tumor resection, surveillance CT requested.",
    "Rule out pulmonary embolism requests go to the emergency department, not to us.",
    "We do not perform CT angiography of the chest for suspected PE at outpatient sites.",
    "Order reads 'CT chest w/wo' which maps to CPT 71270.",
    "Diagnosis codes R05.9 and R06.02 are on the order.",
    "Fax header shows the sending machine name only, no practice name.",
    "The referral packet includes the last two office notes and a medication list.",
    "The patient is 64 and a current smoker with 30 pack-years.",
    "Order requests comparison with the Swan-Ganz placement film, which we do not have.",
    "Horner syndrome noted on exam; CT chest to evaluate the apex.",
    "Hampton hump and Westermark sign are listed in the outside report.",
    "A Ghon complex was seen on an old film per the referral note.",
]

CLEAN_REMINDERS = [
    "Reminder: your CT is tomorrow at 8:00 AM. Reply C to confirm or R to reschedule.",
    "Reply STOP to opt out of text reminders, HELP for help.",
    "Text messages come from short code 46721.",
    "Msg and data rates may apply. Up to 4 messages per month.",
    "Please bring your photo ID and insurance card.",
    "Wear comfortable clothing without metal zippers or snaps.",
    "If you are or may be pregnant, tell the technologist before the scan.",
    "Your lung screening is due. Call us to schedule.",
    "Your appointment has been cancelled. Please call to reschedule.",
    "Hello <FIRST_NAME>, this is a reminder of your appointment on <APPT_DATE> at <APPT_TIME>.",
    "Template variable %PATIENT_NAME% was not filled in the Tuesday batch.",
    "Reminder template v3 removed the exam name from texts for privacy.",
    "Emails are sent 3 days before and texts 1 day before the appointment.",
    "Automated calls go out between 10 am and 7 pm local time only.",
    "Reminder opt-in rate is 81 percent for LDCT patients.",
    "The reminder batch failed at 6:02 pm because the SMS vendor was down.",
    "Reminder letters are mailed for patients without a mobile number.",
    "Recall reminders for annual screening go out 11 months after the last LDCT.",
    "Your bill is ready. Log in to the portal to view and pay.",
    "Do not reply to this email; this mailbox is not monitored.",
]

CLEAN_IT = [
    "INC0048301: fax server queue backed up, service restarted, resolved.",
    "REQ0012044: new scanner workstation needs the PACS viewer installed.",
    "The Mirth channel SIU_OUT_RPA was paused for maintenance from 22:00 to 23:30.",
    "Interface engine heartbeat failed three times; alert sent to the on-call pager.",
    "HL7 ACK with AE code means application error; AR means rejected.",
    "The MLLP listener on port 2575 was restarted after the certificate update.",
    "DICOM C-STORE to the reading group failed with status A700, out of resources.",
    "AE title PVIOP_CT2 was changed to match the new modality worklist configuration.",
    "Workstation WG-FD-03 needs a new badge reader driver.",
    "Printer BILL-PR-02 is jamming on the statement stock.",
    "Password resets for Cadence require a ticket, not a phone call.",
    "MFA is enforced for all remote access to the billing share.",
    "DLP alert triggered on an outbound spreadsheet; privacy officer notified.",
    "Phishing test click rate dropped to 3 percent this quarter.",
    "VPN client version 5.2 is required after Friday.",
    "Certificate for the payment site expires in 14 days.",
    "DNS TTL lowered to 300 seconds before the cutover.",
    "Load balancer health check path returns 200 only when the app pool is up.",
    "Guest Wi-Fi DHCP lease time reduced to 2 hours.",
    "The softphone drops calls after 30 seconds because of a SIP timer mismatch.",
    "Ticket priority P2, response target 4 hours.",
    "Backup of the fax archive completed in 2 hours 14 minutes.",
    "Epic Cadence build for the new appointment type is in the test environment.",
    "Nuance PowerScribe template change request for the LDCT report.",
    "The shared kiosk account is disabled outside business hours.",
    "Access review: remove users who left more than 30 days ago.",
    "Laptop PVI-BILL-07 reimaged and returned to the billing office.",
    "Firewall rule 114 allows tcp/104 from the reading group subnet only.",
    "Log retention for the interface engine is 90 days.",
]

CLEAN_SHEET = [
    "MRN,Last,First,DOB,Site,Appt",
    "claim_id,dos,cpt,billed,paid,status",
    "acct|guarantor|phone|balance",
    "Name | Age | Payer | Member ID | Auth",
    "user,last_login,ip",
    "ref_practice,npi,fax",
    "email,opt_in",
    "71250,612.00,0.00,PEND",
    "71271,412.00,238.14,PAID",
    "71046,148.00,96.20,PAID",
    "Total rows: 1,284; denied: 97; pending: 211.",
    "Column H is the CARC code, column I is the RARC code.",
    "Sheet 'Q1 denials' is filtered to CO-197 and CO-50 only.",
    "Pivot: denials by payer, Aetna 22, BCBSIL 31, Cigna 14, Humana 9.",
    "Average days in A/R: 38.4.",
    "Net collection rate 96.1 percent for the quarter.",
    "No-show rate by site: Oak Brook 6.2, Naperville 4.8, Kenosha 7.9.",
    "LDCT volume up 18 percent year over year.",
    "Export timestamp is in UTC; convert to Central time before reporting.",
    "Delimiter is pipe; text qualifier is double quote.",
    "Rows with blank payer are self-pay.",
    "The age column is computed at the date of service.",
    "Age bands: 50-59, 60-69, 70-79, 80-89.",
    "Lung-RADS distribution: 1 = 38%, 2 = 49%, 3 = 8%, 4A = 3%, 4B/4X = 2%.",
    "Weight column is in kilograms; 92 kg is the median for the CT2 table.",
    "The 95th percentile wait time was 41 minutes.",
    'Formula in column K is =IF(J2>0,"BAL","ZERO").',
    "Sheet protected; ask the revenue cycle manager for the password.",
    "status values: PAID, DEN, PEND, APPEAL, WO",
    "Top denial reason: authorization absent, 41 percent of denials.",
]

CLEAN_HL7 = [
    "SIU^S12 is a new appointment notification; S14 is a modification; S15 is a cancellation.",
    "DFT^P03 carries the financial transaction for a completed exam.",
    "ADT^A08 updates patient information; A40 merges patient identifiers.",
    "FT1-7 holds the transaction code, here the CPT code 71271.",
    "DG1-3 carries the ICD-10 code with coding system I10.",
    "AIL|1||WG^CT1",
    "AIG|1||CT1^SCANNER",
    "MSA|AA|MSG000481",
    "MSA|AE|MSG001277|Invalid FT1-7",
    "SCH-11 timing quantity carries the duration in minutes.",
    "PID-3 repeats when the patient has an outside MRN.",
    "The assigning authority in PID-3 is the four-letter site code.",
    "HL7 v2.5.1 is used for SIU and v2.3 for DFT to the billing system.",
    "The field separator is the pipe and the component separator is the caret.",
    "FT1|1|||||CG|71250^CT CHEST WO CONTRAST^CPT||1",
    "DG1|1||Z87.891^HX NICOTINE DEPENDENCE^I10",
    "OBR-4 universal service ID maps to the exam code in the charge master.",
    "EVN-2 is the recorded date and time of the event.",
    "IN1-2 is the insurance plan ID and IN1-3 the payer code.",
    "PV1-2 patient class O means outpatient.",
    "Messages with a missing PV1 segment are rejected by the billing interface.",
    "The Z-segment ZPV carries the reminder preference.",
    "NTE|1||PATIENT PREFERS AFTERNOONS",
    "ORC|CA cancels the order; ORC|NW is a new order.",
    "TQ1|1||||||||R means routine priority.",
]

CLEAN_MISC = [
    "The imaging center is open 7 am to 8 pm on weekdays.",
    "Radiology front desk handles check-in; the billing office handles payment plans.",
    "The reading radiologist is on site on Monday, Wednesday and Friday.",
    "Technologists are registered RT(R)(CT) by ARRT.",
    "The scanner is a 64-slice CT; the newer one is 128-slice.",
    "Dose for LDCT is under 1.5 mSv for a standard-size patient.",
    "CTDIvol and DLP are recorded for every exam.",
    "Chicago and Milwaukee have the highest LDCT volume in the region.",
    "Illinois Medicaid MCOs include several plans with different auth rules.",
    "Indiana and Wisconsin Medicaid have separate enrollment for ordering providers.",
    "The ACR accreditation for CT was renewed this year.",
    "HIPAA requires the minimum necessary standard for routine disclosures.",
    "The Notice of Privacy Practices is posted at every check-in desk.",
    "Patients can request an accounting of disclosures in writing.",
    "Paper records are shredded by a bonded vendor every Thursday.",
    "The wheelchair scale is in the hallway next to CT room 1.",
    "Parking is free in the garage on levels 2 and 3.",
    "Masking is optional except for patients with respiratory symptoms.",
    "Quiet room available for patients with anxiety.",
    "Ninety days is the validity for most Medicaid referrals.",
    "The 2024 fee schedule took effect with the new year.",
    "CMS updated the LDCT coverage in 2022 to lower the age to 50.",
    "The USPSTF recommendation is grade B.",
    "Ask for the pulmonary nodule clinic, not a specific doctor.",
    "Medicare Part B, Medicare Advantage and Medigap are different things for billing.",
    "Blue Cross Blue Shield of Illinois is the largest commercial payer by volume.",
    "UnitedHealthcare, Aetna, Cigna and Humana make up most of the rest.",
    "Availity is the clearinghouse and payer portal for most claims.",
    "The revenue cycle team meets every Tuesday at 9:30.",
    "The call centre has 14 agents on the day shift and 4 in the evening.",
    "Grade 3 emphysema is noted on most screening studies in this age group.",
    "Nodule size is measured as the mean of the long and short axis.",
    "Bronchiectasis and tree-in-bud nodules are findings, not diagnoses.",
    "A Brock model score of 12 percent was quoted in the outside report.",
    "The Herder model needs a PET result, which we do not do here.",
    "Ground-glass nodules under 6 mm need no routine follow-up.",
    "Iohexol 350 is the standard contrast agent; iodixanol for renal risk patients.",
    "Contrast reaction kit is checked every morning before the first case.",
    "Patient weighs 92 kg and is 5 ft 10 in.",
    "The exam took 11 minutes table time.",
    "Room temperature in CT is kept at 68 degrees for the equipment.",
    "Lead aprons are not required for CT chest patients.",
    "Mammography is on the second floor at some sites; chest imaging is on the first.",
    "The Joint Commission surveyors visited the hospital, not the outpatient sites.",
    "Staff badges show first name and credential only.",
    "Suite numbers changed after the remodel; update the letterhead template.",
    "Each site has one CT and one X-ray room, except the largest with two CT rooms.",
    "The fax line is monitored until 5 pm; after that faxes are worked the next morning.",
    "Charge entry lag target is under 2 days.",
    "Holiday schedule: closed on Thanksgiving and Christmas Day.",
]

CLEAN_HELDOUT28 = (
    CLEAN_SCHEDULING
    + CLEAN_CALL
    + CLEAN_PORTAL
    + CLEAN_AUTH
    + CLEAN_BILLING
    + CLEAN_APPEALS
    + CLEAN_REFERRAL
    + CLEAN_REMINDERS
    + CLEAN_IT
    + CLEAN_SHEET
    + CLEAN_HL7
    + CLEAN_MISC
)
