"""PHI in structured text: HL7 v2 person names, DICOM person-name attributes, labelled fields.

Radiology text often arrives as flattened messages and dumps, where names lose the capitals and
titles the name layer reads: HL7 writes ``MENSAH^KWAME^OFORI`` and ``^ASANTE^KOFI^^^DR`` (family,
given, middle, suffix, prefix), DICOM ``(0010,0010) PatientName: KARIUKI^PETER`` or
``PN [KARIUKI^PETER]``, exports ``patient=DOUGLAS^CARMEN``, ``"surname": "HARGREAVES"``. This
layer finds:

* caret-separated person names (HL7 XPN/XCN, DICOM PN): two or more components of name-like words
  (a census name or no English word; initials after the first), the title and degree components
  left out;
* the value of a DICOM attribute whose keyword names a person (``...Name``, ``...Physician...``,
  ``OperatorsName``), each ``\\``-separated value; the value of ``InstitutionName`` as a facility;
* identifiers after a record-number label in any layout (slashes, letter groups) and bare
  record numbers in the fields of an HL7 segment;
* a first name after the role that introduces a person ("nurse Elif", "the ward nurse, Priya,");
* the value after a label that names a person (``name``, ``surname``, ``forename``, ``given``,
  ``family``, ``patient``, ``signed_by``, ``witness``...) in ``key=value``, ``key: value`` and
  JSON ``"key": "value"`` form, when it holds letters only and no English word that is not a name.
"""

from __future__ import annotations

import re

from slava_lightning.privacy.facilities import DEPARTMENT_WORDS
from slava_lightning.privacy.gazetteer import (
    PRODUCT_WORDS,
    STOP_WORDS,
    any_first_names,
    census_names,
    common_words,
    english_words,
    first_names,
    frequent_words,
    place_names,
    words,
    world_first_names,
)
from slava_lightning.privacy.patterns import ID_PREFIX
from slava_lightning.privacy.spans import Span, matched

_PLACEHOLDERS = words("anonymous anon unknown redacted removed n/a na none")
_TITLES = words("dr dr. mr mr. mrs mrs. ms ms. miss prof prof. rev sr jr md do rn phd")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?")
_COMPONENT = r"[^\^|~\\\[\]\r\n\"]*"
_CARET_RUN = re.compile(rf"{_COMPONENT}(?:\^{_COMPONENT})+")
#: The keyword of a DICOM attribute that holds a person ("PatientName", "OperatorsName",
#: "ReferringPhysicianName", "PatientMotherBirthName").
PERSON_KEYWORD = (
    r"\w*(?:Patient\w*Names?|Physician\w*|Operators?Names?|PersonName|ResponsiblePerson|"
    r"NameOfPhysicians\w*)\w*"
)
_PERSON_KEYWORD = re.compile(rf"\b({PERSON_KEYWORD})\s*[:=]\s*")
_PN_VALUE = re.compile(r"\(0010,0010\)\s*PN\s*\[([^\]]+)\]")
_DICOM_VALUE = re.compile(r"[^\s(][^(\n]*?(?=\s{2,}|\s*\(\w{4},\w{4}\)|$)")
_LABEL = re.compile(
    r"(?i:(?<![\w.])(?:\w+[._])?(?:name|surname|forename|given(?:_name)?|family(?:_name)?|"
    r"first_?name|last_?name|patient|patient_?name|pt_?name|signed_?by|witness|guarantor|"
    r"insured|next_?of_?kin|nok|contact_?name|titular|derechohabiente|"
    # the same labels in other languages: "Nom", "Nombre", "Naam en van", "Nama pesakit"...
    r"nom|pr[ée]nom|nombre(?:\s+del?\s+paciente)?|apellidos?|nome(?:\s+do\s+paciente)?|cognome|"
    r"naam(?:\s+en\s+van)?|nama(?:\s+pesakit)?|pangalan|imi[eę](?:\s+i\s+nazwisko)?|nazwisko|"
    r"vorname|name,\s+vorname|paciente|pasien|pesakit|potilas|patiënt|ονοματεπώνυμο|фио|"
    r"фамилия|имя)\"?\s*(?:=|:|\":)\s*\"?)"
)
_LABEL_VALUE = re.compile(
    r"[^\W\d_][^\n\"|;,=&{}]*?(?=\s*(?:[\"|;,&}]|\s\w+[._]?\w*[=:]|$|\s{2,}))"
)


# an all-capitals surname with initials or a first name on a band, label or list line:
# "QURESHI M.H.", "CAMPBELL D.W.", "ABUBAKAR H —", "TE WHATA, Hemi", "KHAN Imran ("
_CAPS_SURNAME = re.compile(
    r"(?<![\w-])(?P<phi>(?:[A-Z][A-Z'’-]+\s[A-Z][A-Z'’-]{2,}|[A-Z][A-Z'’-]{2,})(?:\s[A-Z][A-Z'’-]+)?,?\s+(?:(?:[A-Z]\.){1,3}|[A-Z](?=\s+[-–—/(])|"
    r"[A-Z][a-z\u00df-\u00ff]+(?:\s[A-Z]\b\.?)?(?=\s*(?:[(/|,;]|\s{2}|$)|\s+[A-Z]{2,}\b|"
    r"\s+(?:scheduled|presented|was|is|has|had|for|with|on|at|from|-|–|—)\s)))"
)
# a record number of letter groups and figures joined by slashes: "SK/2024/05/22811"
_SLASHED_ID = re.compile(r"(?<![\w/])[A-Z]{2,6}(?:/[A-Z0-9]{1,6}){2,}(?![\w/])")
_CELL_ID = re.compile(r"^[A-Z]{1,5}[-/]?\d{4,}[A-Z0-9-]*$")
# a site named only by its short name, before a study or team it holds: "the Derriford MRI",
# "The Siriraj CT", "the Karolinska fixation", "the St Vincent's MRI", "Known to Sunnybrook oncology"
_SITE_BEFORE_STUDY = re.compile(
    r"\b(?:[Tt]he|at|from|to)\s+(?P<phi>(?:St\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    r"(?:CT|MRI|MR|PET(?:-CT)?|CXR|US|scan|study|films?|images?|disc|report|team|oncology|"
    r"fixation|satellite|ED|A&E|clinic|unit|ward|registrar|consultant|radiology|lists?|EBUS|"
    r"PACS|office|seminar)\b"
)
# a site by its short name after at/from/to, before what ends the place: "at the Freeman in
# 2017", "from RPA (CT brain...)", "at GOSH on 11th November", "from Unilabs was imported"
_SHORT_SITE = re.compile(
    r"\b(?:at|from|to)\s+(?P<the>the\s+)?(?P<phi>(?:St\.?\s+)?[A-Z][\w'’&-]*[\w'’]"
    r"(?:\s+(?:St\.?\s+)?[A-Z][\w'’-]*[\w'’]){0,2})"
    r"(?=\s+(?:in|on|dated|for|was|were|without|by|sent|shows?|showed|accompany|has|had|"
    r"overnight|last|this|yesterday|today|after|before|under|with|still)\b|\s*[(,.;:]|\s*$)"
)
#: Capitalised words that say what a place is without naming it, and clinical acronyms.
NOT_SITE = words(
    "hospital department clinic centre center ward unit emergency radiology imaging theatre "
    "theatres surgery outpatients outpatient home icu itu hdu ccu nicu picu ed er a&e or ir us "
    "micu sicu cicu cvicu cticu tsicu mficu cd dvd "
    "ct mri mr nm pet cxr axr mdt opd gp amu mau sau resus recovery pacs ris xr dexa endoscopy "
    "cardiology oncology neurology pathology pharmacy physiotherapy maternity paediatrics "
    "pediatrics christmas easter day night week weekend morning evening ent ercp mrcp ctpa ivu "
    "ugi ot sdu cdu ms lmp nok ooh dna tbc ugh ams eau acu svc ivc cbd"
)
# a first name alone in a staff note: "Rose, could you...", "Bob says...", "Ask Will to...",
# "Hope from bookings rang", "Per Rocky in IR", "Scanned by Sky;"
_NAME_WORD_RE = r"[A-Z][a-z\u00df-\u00ff'’-]+"
_INFORMAL = [
    re.compile(
        rf"(?:^|(?<=[.!?]\s))(?P<phi>{_NAME_WORD_RE}),\s+(?:pls|plz|please|could|can|would|"
        r"can't|the\s+(?:porter|agency|ward|charge|night|day|duty)|thanks|thank|fyi|just)\b"
    ),
    re.compile(
        rf"(?:^|(?<=[.!?]\s))(?P<phi>{_NAME_WORD_RE})\s+(?:says|said|asked|rang|called|phoned|"
        r"scanned|did|took|wants|confirmed|reported|has\s+(?:checked|confirmed|asked|scanned|"
        r"called|rung|phoned)|from\s+(?:the\s+)?(?:ward|bookings?|reception|IR|MRI|CT|nucs|"
        r"pharmacy|theatres?|porters?|portering|radiology|admin)\b|in\s+(?:IR|MRI|CT|ED|"
        r"theatres?|nucs|US)\b|on\s+\d\w?\b|is\s+the\s+(?:\w+\s+)?(?:radiographer|nurse|"
        r"porter|tech|sonographer|registrar|coordinator))"
    ),
    re.compile(
        rf"\b(?:Ask|ask|Message\s+for|message\s+for|[Ss]canned\s+by|[Dd]one\s+by|[Tt]hanks|"
        rf"[Cc]c)\s+(?P<phi>{_NAME_WORD_RE})(?=\s+(?:to|in|on|from)\b|\s*[;:,.!]|$)"
    ),
    # "Per Rocky in IR", not "per Fleischner;"
    re.compile(rf"\b[Pp]er\s+(?P<phi>{_NAME_WORD_RE})(?=\s+(?:in|from)\s)"),
]
_DICOM_AGE = re.compile(r"(?:\bPatientAge\s*[:=]\s*|\bAS\s*\[)(0?\d{2,3})Y\b")
# an age after its label or under a JSON key about age: "Age: 93", "age at scan 91", "Age/Sex:
# 94/F", "age_at_study": 91, "patientAge": 92 (not "image_count": 95)
_AGE_FIELD = re.compile(
    r"(?i:\bage\"?\s*(?:=|:|\":)\s*\"?|\bage\s+at\s+(?:exam|scan|study|visit|death|screening)"
    r"\s*:?\s*|\bage\s*/\s*(?:sex|gender)\s*:?\s*)(\d{2,3})\b"
    r"|\"(?:\w+_|[a-z]\w*(?=Age))?(?:age|Age|AGE)(?:_\w+|[A-Z]\w*)?\"\s*:\s*(\d{2,3})(?![\d.])"
)
_SEPARATED = re.compile(r"[;|\t]")
_QUOTED = re.compile(r'"([^"\n]{3,60})"')
_DATE_LIKE = re.compile(
    r"^\s*(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{8}|\d{1,2}-[A-Za-z]{3}-\d{2,4})\s*$"
)
_OLD_FIELD = re.compile(r"^\s*(9\d|1[01]\d)\s*[aAyY]?\s*$")


# a value after a record-number label that the layout patterns do not take: slashes and letter
# groups ("Hosp No: OAU/RAD/24/03318", "study ID RADIO-SE-0441", "C.F. RSSMGR44B52F205X")
_LABELLED_ID = re.compile(
    rf"(?i:\b(?:{ID_PREFIX}|C\.F\.|codice\s+fiscale|NIR|HETU|NIK|RM|BN|pnr|n[°º]))"
    # a value written against its prefix starts with a figure ("MRN12345"; "PTPN11" is a gene)
    r"(?:\s*[:#=]\s*|\s+|(?=\d))(?-i:(?P<phi>[A-Z0-9][A-Z0-9/.\-]*\d[A-Z0-9/\-]*[A-Z0-9]))(?![\w/-])"
)
_HL7_SEGMENT = re.compile(r"^(?:MSH|PID|PV1|PV2|ORC|OBR|OBX|NK1|IN1|IN2|MRG|EVN|ZDS|SCH|AIP)\|")
_HL7_ID = re.compile(r"^(?:[A-Z]{1,5}[-/]?\d{4,}[A-Z0-9-]*|\d{6,}[A-Z]?)$")
#: HL7 v2 fields that hold a person: XPN (family^given^middle...) and XCN (id^family^given^middle
#: ...), by segment and field number (PID-5 patient name, NK1-2 next of kin, PV1-7 attending...).
_HL7_XPN = {"PID": (5, 6, 9), "NK1": (2,), "IN1": (16,), "IN2": (7,), "GT1": (3,), "MRG": (7,)}
_HL7_XCN = {
    "PV1": (7, 8, 9, 17, 52),
    "ORC": (10, 11, 12, 19),
    "OBR": (10, 16, 28, 32, 33, 34, 35),
    "OBX": (16,),
    "TXA": (9, 10, 11, 22),
    "AIP": (3,),
}
_HL7_PART = re.compile(r"[^\W\d_][\w'’. -]*")
# people named by their role: "the ward nurse, Priya,", "nurse Elif", "Pharmacist Tigist from"
_ROLE_WORDS = (
    r"\b(?i:nurse|sister|charge\s+nurse|ward\s+nurse|nurse\s+in\s+charge|midwife|radiographer|"
    r"sonographer|technologist|tech|porter|clerk|receptionist|registrar|resident|fellow|"
    r"coordinator|physio|interpreter|message\s+with|left\s+message\s+with|spoke\s+to|officer|"
    r"driver|escort|attendant|aide|chaplain|volunteer|cleaner|pharmacist|dietitian|dietician|"
    r"social\s+worker|case\s+manager|focal\s+person|contact\s+person|agent|"
    r"medic|paramedic|EMT|RN|LPN|CNA|case\s*worker|outreach\s+worker|(?:DOT|health|community)\s+"
    r"worker|CHW|navigator|promotora|advocate|RT|RRT|pharm|PharmD|SDM|R[1-5]|PGY-?[1-7]|"
    r"inf\.|infirmi[eè]re?|inhalo(?:th[ée]rapeute)?|"
    r"grandson|granddaughter|son|daughter|wife|husband|partner|mother|father|brother|niece|"
    r"nephew|aunt|aunty|auntie|uncle|cousin|carer|caregiver|guardian|NOK|neighbour|neighbor|"
    r"friend|(?:mother|father|parent|"
    r"grandmother|grandfather|guardian|carer|sister|brother)\s+of)\s*,?\s+"
)
#: A role right before a word: the word after it is the person ("Pharmacist Tigist").
ROLE_BEFORE = re.compile(_ROLE_WORDS + r"$")
_ROLE = re.compile(
    _ROLE_WORDS + r"(?P<phi>[A-Z][a-z\u00df-\u00ff'’-]+(?:[ \t][A-Z][a-z\u00df-\u00ff'’-]+)?)"
    r"(?=\s*(?:[,.;:()+]|at\b|on\b|and\b|who\b|from\b|assisted|accompanied|drives|drove|"
    r"took|helped|translated|signs\b|radioed\b|"
    r"will|has|said|says|confirmed|reported|found|noted|rang|called|can|could|is|was|would|may|"
    r"came|visited|brought|phoned|texted|asked|wants|wanted|prefers|agreed|lives|arrived|"
    r"attended|signed|consented|$))"
)
# a relative named after an Indian relation marker: "Ganga Devi W/o Ram Niwas", "S/o Late Shri
# Mohan Lal", "D/o. K. Ramesh"
_RELATION = re.compile(
    r"\b[SWDCH]/[Oo]\.?[ \t]+(?:(?:Mr|Late|Shri|Sri|Smt|Sh)\.?[ \t]+)*"
    r"(?P<phi>(?:[A-Z]\.[ \t]?){0,2}[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,3})"
)
# a newborn's interim name: "TAUMALOLO, BABY BOY", "OKAFOR^BABY GIRL^A", "Baby Girl Ortiz",
# "BABY BOY 2 NGUYEN"
_NEWBORN = re.compile(
    r"\b(?P<a>[A-Z][A-Za-z\u00c0-\u024f'’-]+(?:[ -][A-Z][A-Za-z\u00c0-\u024f'’-]+)?[ \t]*[,^][ \t]*"
    r"(?:BABY|Baby)[ \t^](?:BOY|GIRL|Boy|Girl)(?:[ \t^]?(?:[A-D1-4]|TWIN[ \t][A-D1-4])(?![\w]))?)|"
    r"\b(?P<b>(?:BABY|Baby)[ \t]+(?:BOY|GIRL|Boy|Girl)[ \t]+(?:[A-D1-4][ \t]+)?"
    r"[A-Z][A-Za-z\u00c0-\u024f'’-]+)"
)
# South Asian name openers and Malay joins: "Md. Rafiqul Islam", "MST. SHAHNAZ PARVIN",
# "Ravi Chandran a/l Muniandy", "Kavitha a/p Subramaniam"
_NAME_PART = r"[A-Z][\w'’-]*\.?"
_OPENER_NAME = re.compile(
    rf"\b(?P<phi>(?:Md|MD|Mst|MST|Mohd|MOHD|Muhd|Mohd)\.?[ \t]+[A-Z][\w'’-]+(?:[ \t]+{_NAME_PART}){{0,3}}"
    r"|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]+(?:a/l|a/p|A/L|A/P|s/o|d/o|S/O|D/O)[ \t]+"
    r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
)
# a first name typed in lower case after a greeting or a relative in a message: "hi mele",
# "ta rangi", "it's nomsa", "daughter seini:", "dad siosaia gets upset", "aunty dulcie is 93"
_CHAT_FIRST = re.compile(
    r"(?i:\b(?:hi|hey|hello|dear|thanks|thank\s+you|ta|cheers|regards|it['’]?s|its|this\s+is|"
    r"daughter|son|dad|mum|mom|aunty|auntie|aunt|uncle|nana|nan|granny|cousin|niece|nephew|"
    r"brother|sister|wife|husband|partner))[ \t]+(?!it['’]?s\b|this\b)"
    r"(?P<phi>(?-i:[a-z][a-z'’-]{2,}))\b"
)
#: Lower-case words of chat that are no name ("hi team", "hi pls", "ta muchly").
_CHAT_WORDS = words(
    "pls plz thx thanks asap ok okay lol btw fyi tmrw tmr xray cxr doc docs sir maam madam guys "
    "team all everyone folks mate love hun dear there again just so re yes no idk imo omg"
)
# a nickname in quotes inside or after a name: 'Edith "Edie" Marsh', 'Rodrigo Santos ("Digoy")'
_NICK_WORD = r"[A-Z][^\W\d_'’-]+(?:['’-][^\W\d_]+)*"
_NICKNAME = re.compile(
    rf"\b(?P<a>{_NICK_WORD}[ \t]+[\"“'‘]{_NICK_WORD}[\"”'’](?:[ \t]+{_NICK_WORD}){{1,3}})"
    rf"|{_NICK_WORD}[ \t]+\([ \t]*[\"“'‘](?P<b>{_NICK_WORD})[\"”'’][ \t]*\)"
    # after "Last, First": 'Archuleta, Dolores "Lola"'; in brackets: "Rebecca (Becky) Thornton"
    rf"|\b(?P<d>{_NICK_WORD}[ \t]+\({_NICK_WORD}\)[ \t]+{_NICK_WORD})"
    rf"|\b(?P<c>{_NICK_WORD},[ \t]+{_NICK_WORD}[ \t]+[\"“]{_NICK_WORD}[\"”])"
)
#: Values of HL7 person fields that are nobody ("UNKNOWN", "NONE").
_NOT_PEOPLE = words("unknown none null na n/a test tbd pending self")
#: Words before "'s wife" or "'s mother" that name a role, not a person.
_NOT_KIN = words(
    "patient pt pts client resident baby infant child kid son daughter mother father mum dad "
    "husband wife partner the this that everyone nobody someone somebody donor recipient "
    "neighbour neighbor friend carer guardian veteran member user caller sender person"
)
# a person named by a relative: "(Winther's wife)", "Oscar's mum rang"
_KIN_OF = re.compile(
    r"\b(?P<phi>[A-Z][a-z\u00df-\u00ff'’-]+)['’]s\s+(?:wife|husband|partner|mum|mom|mother|dad|"
    r"father|son|daughter|sister|brother|carer|guardian|parents?|family|grandmother|grandfather|"
    r"nan|nana|granny|grandma|grandpa|widow|widower|fianc[ée]e?|aunt|aunty|auntie|uncle|niece|"
    r"nephew|cousin|grandson|granddaughter|employer|manager|boss|teacher|"
    # what is someone's own: "Shazia's chest X-ray", "Gowramma's repeat film"
    r"(?:repeat\s+|first\s+|last\s+|latest\s+|follow-up\s+|old\s+|new\s+)?(?:chest|film|films|"
    r"x-?rays?|xray|cxr|ct|mri|scan|scans|report|results?|appointment|referral|records?|file|"
    r"case|visa|passport|portal))\b"
)
# staff initials after a reading, typing or checking role: "reviewer MK", "Dictated: JRW",
# "transcribed by LW", "tech AK", "Vetted by LT 20/03/24", "Vetting note (GMcK)", "Prelim: hk (ST2)"
_STAFF_INITIALS = re.compile(
    r"(?i:\b(?:reviewer|(?:original\s+|second\s+)?reader|tech|technologist|radiographer|"
    r"sonographer|scribe|initials|(?:dictated|transcribed|typed|vetted|checked|verified|"
    r"reported|authori[sz]ed|protocolled|justified|scanned|performed|read)(?:\s+by)?|"
    r"prelim(?:inary)?(?:\s+(?:report|read))?(?:\s+by)?|provisional\s+report(?:\s+by)?|"
    r"vetting\s+note|note\s+by|(?:minutes\s+)?taken\s+by|operator|proceduralist|endoscopist))"
    r"\s*[:(]?\s*"
    r"(?P<phi>[A-Z]{2,4}|[A-Z][a-z]?[A-Z]{1,3}|[A-Z]{1,2}[a-z][A-Z]|[a-z]{2,3})"
    r"(?=\s*(?:[,.;:)/]|\(|$|\s\d|\s(?:on|at|and|for|-|–)\b))"
)
# initials ending a note after a dash or semicolon: "seen by me 2/3 - AH", "no change since; JB"
_END_INITIALS = re.compile(r"(?:\s[-–—]\s*|;\s*)(?P<phi>[A-Z]{2,3})\s*$")
# staff listed by their initials after an attendance word, or speaking after a time stamp:
# "MDT attendance 18/04/2024: SNB, COC, DMC, UD, GND (co-ordinator)", "[09:20] COC: ..."
_LISTED_INITIALS = re.compile(
    r"(?i:\b(?:attendance|attendees|attending|present|apologies(?:\s+from)?|in\s+attendance)\b"
    r"[^:\n]{0,24}:[ \t]*)(?P<run>(?-i:[A-Z]{2,4})(?:[ \t]*\([^()\n]{1,30}\))?"
    r"(?:[ \t]*(?:,|;|and)[ \t]*(?-i:[A-Z]{2,4})(?:[ \t]*\([^()\n]{1,30}\))?)*)"
)
_STAMP_INITIALS = re.compile(r"(?m:^\[[\d:. /-]{4,20}\][ \t]*(?P<phi>[A-Z]{2,4})[ \t]*:[ \t])")
#: Capitals that are no person's initials at the end of a note or after a role.
_NOT_INITIALS = words(
    "ap pa ct mr mri us ed icu cxr kub lat ok nad tbc pet nm ir dx cr dr xr itu hdu opd gp rx sob "
    "cp nfa nbm ap pa ll rt lt bil ot or er dna na nil tba pm am iv im sc po prn stat asap ecg "
    "ekg eeg abg fbc ue lft crp inr cta ctpa mra mrcp dexa ivc svc pe dvt pacs ris ai mdt uk us "
    "usa nhs va cc fyi nb ps re me him her you us all it its the and any yes per via one two "
    "mva rta rtc dnr cad chf uti aki ckd htn dm mi tia cva ich sah sdh edh hcc rcc ca ua ra oa "
    "cf tb hiv hbv hcv uri aaa ugi lgi ibd cabg pci avr mvr icd ppm crt cvc ngt ett ogt ij ptx"
)
# a site's initials after a reporting cue: "on behalf of TTSH", "(oncology, LUTH)"
_CUE_SITE_INITIALS = re.compile(
    r"(?:\bon\s+behalf\s+of\s+|\((?:[a-z]+\s?){1,2},\s*)(?P<phi>[A-Z]{3,6}(?:&[A-Z]{1,4})?)"
    r"(?=[).,;\s]|$)"
)
# a person named by a role in brackets, a mention or a chat prefix: "Tupou (radiographer)",
# "Ikaika (day tech)", "@Mateus", "14:03 Rahul:"
_ROLE_AFTER = re.compile(
    r"(?P<phi>[A-Z][a-z\u00df-\u00ff'’-]+)\s+\((?:\w+\s+)?(?:tech|technologist|radiographer|"
    r"nurse|porter|sonographer|registrar|reg|consultant|SHO|NP|RN|fellow|resident|clerk|"
    r"physio|coordinator)\)|(?<![\w@])@(?P<at>[A-Z]?[a-z\u00df-\u00ff'’-]+)\b|"
    r"\b\d{1,2}:\d\d\s+(?P<chat>[A-Z][a-z\u00df-\u00ff'’-]+):"
)
_PARTICLES = words(
    "de da di du la le van von der den bin binti bt bte al el dos das do del te ni nic mac mc ua ap ab"
)
_MONTH_NAMES = words("jan may june april august")
_NOT_A_NAME = NOT_SITE | _PLACEHOLDERS


# the speaker of a chat line after its time stamp, or a message's sender and addressee:
# "[10:45] Bergstrom: yes", "[04/09 16:11] Adebayo-Larsson: not cancer", "Ilunga -> Okafor: thx"
_CHAT_NAME = (
    r"[A-Z][^\W\d_]+(?:['’-][A-Z]?[^\W\d_]+)*(?:[ \t][A-Z][^\W\d_]+(?:['’-][A-Z]?[^\W\d_]+)*)?"
)
_CHAT = re.compile(
    rf"(?m:(?:^\[[\d/:. \t-]{{4,20}}\][ \t]*(?P<who>{_CHAT_NAME})|^(?P<from>{_CHAT_NAME})"
    rf"[ \t]*(?:->|→)[ \t]*(?P<to>{_CHAT_NAME}))[ \t]*:[ \t])"
)


def _someone(value: str) -> bool:
    """Whether a chat speaker may be a person: not a clinical acronym ("CT"), and not only
    everyday words that no census lists ("Radiology", "Scheduling")."""
    if value.lower() in NOT_SITE:
        return False
    names, frequent = census_names(), frequent_words()
    keys = [w.lower() for w in re.findall(r"[^\W\d_]+", value)]
    return not all(k in DEPARTMENT_WORDS or (k in frequent and k not in names) for k in keys)


class FieldDetector:
    """Person names and facilities in HL7, DICOM and labelled fields (see the module doc)."""

    def __init__(self) -> None:
        self.places = place_names()
        self.first = first_names()
        self.common = common_words()
        self.frequent = frequent_words()
        self.english = english_words()
        self.names = census_names()
        self.world = world_first_names()
        self.any_first = any_first_names()

    def _word_ok(
        self, word: str, initial_ok: bool, short_ok: bool = False, english_ok: bool = False
    ) -> bool:
        """A word that may be part of a name; ``short_ok``: short capitals too (the given names
        of an HL7 name, "ÖZTÜRK^AYŞE^NUR"); ``english_ok``: English words too (after a name
        label, "name": "LIM AH KOW")."""
        bare = word.rstrip(".")
        if len(bare) == 1 or re.fullmatch(r"(?:[^\W\d_]\.){1,3}", word):
            return initial_ok
        if bare.lower() in PRODUCT_WORDS or re.fullmatch(r"X{2,}", bare):
            return False  # a product ("MAGNETOM"), or IU-Xray's own mask
        key = bare.lower()
        short = len(bare) <= 3 and bare.isupper() and key not in self.names
        short = short and key not in _PARTICLES
        # an acronym ("CT", "MRI"), except where a name is expected ("LIM AH KOW")
        if short and not (short_ok and key not in NOT_SITE):
            return False
        parts = [p.lower() for p in re.split(r"['’.-]", bare) if p]
        for part in parts:
            if len(part) == 1 and len(parts) > 1:
                continue  # "O'Brien"
            if part in STOP_WORDS and part not in _PARTICLES and part not in _MONTH_NAMES:
                return False
            # where a name is expected, English words may be names too ("MERE", "AH")
            if part in self.english and part not in self.names and not english_ok:
                return False
            if english_ok and part in _NOT_A_NAME:
                return False
        return True

    def _component_ok(self, component: str, first: bool, short_ok: bool = False) -> bool:
        found = _NAME_WORD.findall(component)
        if not found or _NAME_WORD.sub("", component).strip(" ,"):
            return False
        return all(
            self._word_ok(w, initial_ok=not first or len(found) > 1, short_ok=short_ok)
            for w in found
        )

    def _edge(self, component: str, first: bool) -> tuple[int, int] | None:
        """The part of an outer component that is a name: the words after the text before a
        caret run ("patient ROBERTS"), or before the text after it ("LING AND StudyDate"; there
        no English word at all, since a census name may be one: "DLP^Dose length product")."""
        found = list(re.finditer(r"[^\s=:]+", component))
        for k in range(len(found)):
            words_ = found[k:] if first else found[: len(found) - k]
            a, b = words_[0].start(), words_[-1].end()
            kept = component[a:b]
            strict = (
                first
                or len(kept.rstrip(".")) == 1
                or all(p.lower() not in self.english for p in re.split(r"[\s'’.-]+", kept) if p)
            )
            if strict and self._component_ok(kept, first=first):
                return a, b
        return None

    def _carets(self, text: str) -> list[Span]:
        spans = []
        for m in _CARET_RUN.finditer(text):
            parts, pos = [], m.start()
            for component in m.group(0).split("^"):
                parts.append((pos, component))
                pos += len(component) + 1
            names = [
                (p, c)
                for p, c in parts
                if c.strip() and c.strip().lower().rstrip(".") not in _TITLES
            ]
            runs: list[list[tuple[int, str]]] = [[]]
            for p, c in names:
                run = runs[-1]
                # the family name opens the run; given names after it may be short ("NUR")
                if self._component_ok(c, first=not run, short_ok=bool(run)):
                    run.append((p, c))
                    continue
                edge = self._edge(c, first=not run)
                if edge is not None:
                    run.append((p + edge[0], c[edge[0] : edge[1]]))
                    if len(run) == 1:
                        continue  # the name starts at the end of this component
                runs.append([])  # the run ends here
            for run in runs:
                if len(run) >= 2 or (run and len(_NAME_WORD.findall(run[0][1])) >= 2):
                    start = run[0][0] + len(run[0][1]) - len(run[0][1].lstrip())
                    end = run[-1][0] + len(run[-1][1].rstrip())
                    spans.append(Span("name", start, end))
        return spans

    def _dicom(self, text: str) -> list[Span]:
        spans = []
        for m in _PERSON_KEYWORD.finditer(text):
            if m.group(1) == "InstitutionName":
                continue
            v = _DICOM_VALUE.match(text, m.end())
            if v is None:
                continue
            pos = v.start()
            for value in v.group(0).split("\\"):
                stripped = value.strip().strip("^").rstrip("*")
                if stripped.lower() in _PLACEHOLDERS:
                    stripped = ""
                if stripped and re.search(r"[^\W\d_]", stripped) and not re.search(r"\d", stripped):
                    lead = value.find(stripped)
                    spans.append(Span("name", pos + lead, pos + lead + len(stripped)))
                pos += len(value) + 1
        for m in _PN_VALUE.finditer(text):
            value = m.group(1).strip("^ ")
            if any(w.lower() in _PLACEHOLDERS for w in re.split(r"[\^= ]+", value)):
                continue  # "ANONYMOUS^SUBJECT"
            start = text.find(value, m.start(1))
            spans.append(Span("name", start, start + len(value)))
        return spans

    def _labelled(self, text: str) -> list[Span]:
        spans = []
        for m in _LABEL.finditer(text):
            v = _LABEL_VALUE.match(text, m.end())
            if v is None:
                continue
            value = v.group(0).rstrip(" .")
            found = _NAME_WORD.findall(value.replace("^", " "))
            if not found or len(found) > 6:
                continue
            titles = [w for w in found if w.lower() in _TITLES]
            rest = [w for w in found if w.lower() not in _TITLES]
            ok = all(self._word_ok(w, True, short_ok=True, english_ok=True) for w in rest)
            if rest and ok:
                start = v.start()
                for t in titles:  # a title before the name stays outside it
                    if text.startswith(t, start):
                        start += len(t)
                        start += len(text[start:]) - len(text[start:].lstrip())
                spans.append(Span("name", start, v.start() + len(value)))
        return spans

    def _table(self, text: str) -> list[Span]:
        """Names and ages over 89 as whole fields of a ``;``/``|``/tab separated or quoted row."""
        spans: list[Span] = []
        cells: list[tuple[int, str]] = []
        separator = _SEPARATED if len(_SEPARATED.findall(text)) >= 3 else None
        if separator is None and text.count(",") >= 4 and " " not in text.split(",", 1)[0]:
            separator = re.compile(",")  # a comma-separated row ("ACC0091883,K0048812,...")
        if separator is not None:
            pos = 0
            for cell in separator.split(text):
                cells.append((pos, cell))
                pos += len(cell) + 1
        cells += [(m.start(1), m.group(1)) for m in _QUOTED.finditer(text)]
        if not cells:
            return spans
        for k, (pos, cell) in enumerate(cells):
            value = cell.strip()
            if _CELL_ID.match(value):
                lead = pos + cell.find(value)
                spans.append(Span("id", lead, lead + len(value)))
                continue
            lead = pos + cell.find(value) if value else pos
            words_ = _NAME_WORD.findall(value)
            if 2 <= len(words_) <= 5 and self._component_ok(value.replace(",", " "), first=True):
                spans.append(Span("name", lead, lead + len(value)))
            old = _OLD_FIELD.match(cell)
            if old and k and _DATE_LIKE.match(cells[k - 1][1].strip('"')):
                spans.append(Span("age", pos + old.start(1), pos + old.end(1)))
        return spans

    def _ids(self, text: str) -> list[Span]:
        spans = [
            Span("id", m.start(), m.end())
            for m in _SLASHED_ID.finditer(text)
            if sum(c.isdigit() for c in m.group(0)) >= 4
        ]
        spans += [
            Span("id", m.start(1), m.end(1))
            for m in re.finditer(r'"([^"\s]{4,20})"', text)
            if _CELL_ID.match(m.group(1))
        ]
        spans += [
            Span("id", m.start("phi"), m.end("phi"))
            for m in _LABELLED_ID.finditer(text)
            if m.group("phi").strip("0")  # "000000" is a blanked value
        ]
        for line in re.finditer(r"[^\n]+", text):
            if not _HL7_SEGMENT.match(line.group(0)):
                continue
            pos = line.start()
            for cell in line.group(0).split("|"):
                first = cell.split("^")[0]
                if _HL7_ID.match(first) and first.strip("0"):
                    spans.append(Span("id", pos, pos + len(first)))
                pos += len(cell) + 1
        return spans

    def _hl7_people(self, text: str) -> list[Span]:
        """The person of each HL7 field that holds one, by position (PID-5, NK1-2, PV1-7...):
        the family, given and middle names, whatever words they are ("DEVI^KAMLA")."""
        spans = []
        for line in re.finditer(r"[^\n]+", text):
            segment = line.group(0)[:3]
            fields = {**dict.fromkeys(_HL7_XPN.get(segment, ()), 0)}
            fields.update(dict.fromkeys(_HL7_XCN.get(segment, ()), 1))
            if not fields or not _HL7_SEGMENT.match(line.group(0)):
                continue
            pos = line.start()
            for index, cell in enumerate(line.group(0).split("|")):
                if index in fields:
                    rep_pos = pos
                    for rep in cell.split("~"):
                        spans += self._hl7_person(rep, rep_pos, skip=fields[index])
                        rep_pos += len(rep) + 1
                pos += len(cell) + 1
        return spans

    @staticmethod
    def _hl7_person(value: str, pos: int, skip: int) -> list[Span]:
        """The family..middle components of one XPN (``skip`` 0) or XCN (``skip`` 1) value."""
        comps, offsets, at = value.split("^"), [], pos
        for c in comps:
            offsets.append(at)
            at += len(c) + 1
        names = [
            (offsets[i], c)
            for i, c in enumerate(comps[skip : skip + 3], start=skip)
            if c.strip() and _HL7_PART.fullmatch(c.strip())
        ]
        if not names or names[0][1].strip().lower() in _NOT_PEOPLE:
            return []
        start = names[0][0] + len(names[0][1]) - len(names[0][1].lstrip())
        end = names[-1][0] + len(names[-1][1].rstrip())
        return [Span("name", start, end)]

    def _caps_surnames(self, text: str) -> list[Span]:
        spans = []
        for m in _CAPS_SURNAME.finditer(text):
            surname = re.split(r"[\s,]", m.group("phi"))[0]
            if self._word_ok(surname, initial_ok=False):
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        return spans

    def _sites(self, text: str) -> list[Span]:
        spans = []
        for m in _SITE_BEFORE_STUDY.finditer(text):
            phi = m.group("phi")
            # a study's acronym after the site belongs to the study: "the Gartnavel EBUS list"
            phi = re.sub(r"(?:\s+[A-Z]{2,4})+$", "", phi) or phi
            found = [w for w in re.split(r"\s+", phi) if w.rstrip(".") != "St"]
            if any(re.fullmatch(r"[A-Z]{1,4}|X{2,}", w) for w in found):
                continue  # an acronym ("the ED consultant", "the CT scan") or IU-Xray's mask
            if any(w.isupper() for w in found) and re.match(r"\s+lists?\b", text[m.end("phi") :]):
                continue  # a programme's list by its initials: "the FOMEMA list"
            keys = [re.sub(r"['’]s?$", "", w).lower() for w in found]
            if all(
                k not in PRODUCT_WORDS
                and k not in STOP_WORDS
                and (k not in self.frequent or (k in self.names and k not in self.common))
                for k in keys
            ):
                spans.append(Span("facility", m.start("phi"), m.start("phi") + len(phi)))
        return spans

    def _short_sites(self, text: str) -> list[Span]:
        spans = []
        for m in _SHORT_SITE.finditer(text):
            value = m.group("phi")
            found = [w for w in value.split() if w.rstrip(".") != "St"]
            keys = [re.sub(r"['’]s?$", "", w).lower() for w in found]
            if not keys or any(
                k in NOT_SITE or k in STOP_WORDS or k in PRODUCT_WORDS for k in keys
            ):
                continue
            if m.group("the") is None and value.lower() in self.places:
                continue  # "from Lagos": a city, no facility
            if re.search(r"X{2,}|\d", value):
                continue  # IU-Xray's own mask, a spine level ("at L4-L5")
            if len(found) == 1 and re.fullmatch(r"[A-Z]{2,5}", found[0]):
                # a site's initials ("from RPA", "at GOSH"); "the SVC" is anatomy
                if m.group("the") is None:
                    spans.append(Span("facility", m.start("phi"), m.end("phi")))
                continue
            bare = m.group("the") is None and not re.search(r"['’]s?$", value)
            if bare and len(found) == 1 and not re.match(r"\s+\w", text[m.end("phi") :]):
                continue  # "Withdrawal from Xanax.": a lone word before a stop may be a drug
            # every word names something: no English word, a census name, a possessive
            # ("Guy's"), or after "the" any capitalised word ("at the Royal for ...")
            ok = all(
                k not in self.english
                or (k in self.names and k not in self.common)
                or re.search(r"['’]s?$", w) is not None
                or m.group("the") is not None
                for k, w in zip(keys, found, strict=True)
            )
            if ok:
                spans.append(Span("facility", m.start("phi"), m.end("phi")))
        return spans

    def _first_name(self, word: str) -> bool:
        """A lower-cased word that may be a first name standing alone: a census first name or
        no English word, and no function word."""
        return word not in STOP_WORDS and (word in self.first or word not in self.english)

    def _informal(self, text: str) -> list[Span]:
        spans = []
        for pattern in _INFORMAL:
            for m in pattern.finditer(text):
                word = m.group("phi").lower()
                if word in PRODUCT_WORDS or word in self.places:
                    continue
                if self._first_name(word):
                    spans.append(Span("name", m.start("phi"), m.end("phi")))
        return spans

    def _roles(self, text: str) -> list[Span]:
        spans = []
        for m in _ROLE_AFTER.finditer(text):
            group = next(g for g in ("phi", "at", "chat") if m.group(g))
            if self._first_name(m.group(group).lower()):
                spans.append(Span("name", m.start(group), m.end(group)))
        spans += [Span("name", m.start("phi"), m.end("phi")) for m in _OPENER_NAME.finditer(text)]
        for m in _NICKNAME.finditer(text):
            group = next(g for g in ("a", "b", "c", "d") if m.group(g))
            if group == "b" or m.group(group).replace(",", "").split()[group == "c"].lower() in (
                self.any_first
            ):
                spans.append(Span("name", m.start(group), m.end(group)))
        for m in _CHAT_FIRST.finditer(text):
            word = m.group("phi").lower()
            known = word in self.first or word in self.world
            if word in _CHAT_WORDS or word in STOP_WORDS or word in self.frequent:
                continue
            if known or (word not in self.english and len(word) >= 4):
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        spans += [Span("name", m.start("phi"), m.end("phi")) for m in _RELATION.finditer(text)]
        for m in _NEWBORN.finditer(text):
            group = "a" if m.group("a") else "b"
            spans.append(Span("name", m.start(group), m.end(group)))
        for pattern in (_ROLE, _KIN_OF):
            for m in pattern.finditer(text):
                word = m.group("phi").split()[0].lower()
                if word in _NOT_KIN or word in STOP_WORDS:
                    continue  # "Patient's wife", "Baby's mother"
                if text[m.start()].isupper() and word in self.common:
                    continue  # a capitalised role and an English word: "Agent Orange"
                if word in self.names or word in self.world or word not in self.english:
                    end = m.end("phi")
                    second = m.group("phi").split()[1:]
                    if second and second[0].lower() in self.common:
                        end = m.start("phi") + len(m.group("phi").split()[0])  # "Elif Then"
                    spans.append(Span("name", m.start("phi"), end))
        return spans

    def _initials(self, text: str) -> list[Span]:
        spans = []
        for pattern in (_STAFF_INITIALS, _END_INITIALS):
            for m in pattern.finditer(text):
                value = m.group("phi")
                if (
                    value.lower() in _NOT_INITIALS
                    or (value.islower() and value in self.english)
                    or re.fullmatch("X+", value)
                ):
                    continue
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        for m in _LISTED_INITIALS.finditer(text):
            for w in re.finditer(
                r"\b[A-Z]{2,4}\b",
                re.sub(r"\([^()]*\)", lambda x: " " * len(x.group()), m.group("run")),
            ):
                if w.group().lower() not in _NOT_INITIALS:
                    start = m.start("run") + w.start()
                    spans.append(Span("name", start, start + len(w.group())))
        spans += [
            Span("name", m.start("phi"), m.end("phi"))
            for m in _STAMP_INITIALS.finditer(text)
            if m.group("phi").lower() not in _NOT_INITIALS
        ]
        spans += [
            Span("facility", m.start("phi"), m.end("phi"))
            for m in _CUE_SITE_INITIALS.finditer(text)
            if m.group("phi").lower() not in NOT_SITE
            and m.group("phi").lower() not in _NOT_INITIALS
        ]
        return spans

    def find(self, text: str) -> list[Span]:
        """Name, facility, id and age spans of the structured fields in ``text``."""
        spans: list[Span] = [
            Span("age", *matched(m))
            for pattern in (_DICOM_AGE, _AGE_FIELD)
            for m in pattern.finditer(text)
            if int(text[slice(*matched(m))]) >= 90
        ]
        if '"' in text or len(_SEPARATED.findall(text)) >= 3 or text.count(",") >= 4:
            spans += self._table(text)
        spans += self._ids(text) + self._roles(text) + self._caps_surnames(text)
        if "|" in text:
            spans += self._hl7_people(text)
        spans += self._initials(text)
        spans += self._sites(text) + self._short_sites(text) + self._informal(text)
        if "^" in text:
            spans += self._carets(text)
        if "Name" in text or "Physician" in text or "(0010,0010)" in text:
            spans += self._dicom(text)
        if "=" in text or ":" in text:
            spans += self._labelled(text)
        spans += [
            Span("name", m.start(g), m.end(g))
            for m in _CHAT.finditer(text)
            for g in ("who", "from", "to")
            if m.group(g) and _someone(m.group(g))
        ]
        return spans
