"""PHI in logs and messages: user names and handles, speakers typed in lower case, the aliases
of unidentified patients, host names, and the site fields of HL7 and DICOM.

Audit trails, chat exports and transfer logs name people by their log-ins: dotted handles made
of a name ("kristen.faulk", "park.sy", "@takeshi.mori"), an initial and a surname after the
words that introduce a user ("by amoreno", "user halvorsenw"), speakers typed in lower case
("[02:24] whitney:", "priya r: ..."), and a patient's film by a lower-cased surname ("tsosie's
chest film"). Trauma centres register unidentified patients under aliases ("Trauma, Zulu",
"UNKNOWN TRAUMA 23", "DOE^JOHN 4417") that stand for a person until the merge. Servers are named
by host ("sftp-tw02.cxr-consortium.org"). HL7 writes the site as the assigning authority of a
record number (``0004417731^^^KUHP^MR``) and as the sending facility (MSH-4); DICOM dumps write
``(0008,0080) LO [KEIO UNIV HOSP]``.

What makes a handle a person's is checked against the name lists: every part of it is a name or
an initial, and either one part is no English word or a cue (a speaker's colon, an "@", "by",
"user") says it is a user.
"""

from __future__ import annotations

import re

from slava_lightning.privacy.facilities import DEPARTMENT_WORDS
from slava_lightning.privacy.gazetteer import (
    PRODUCT_WORDS,
    STOP_WORDS,
    any_first_names,
    common_words,
    english_words,
    first_names,
    foreign_words,
    frequent_words,
    italian_words,
    surnames,
    words,
)
from slava_lightning.privacy.german import german_words, is_german_word
from slava_lightning.privacy.spans import Span, matched

# a dotted or underscored handle: "kristen.faulk", "l.schmidt", "dr_seoyeon.lim", "yuki.h"
_DOTTED = re.compile(
    r"(?<![\w.@/-])@?(?P<phi>[a-z][a-z'-]*(?:[._][a-z][a-z'-]*){1,2})(?![\w@/-]|\.[a-z0-9])"
)
# what says the next word is a user: "by amoreno", "user halvorsenw", "logged in as kfaulk"
_USER_CUE = (
    r"(?:\b(?:by|user|username|login|logon|userid|user\s+id|account|as|reader|labeller|labeler|"
    r"annotator|assignee|reporter|reviewer|operator|owner|from|to|cc|dm|msg|opened\s+by|"
    r"viewed\s+by|for|durch|benutzer(?:in)?|nutzer(?:in)?|anwender(?:in)?|konto|von|"
    # a role before a log-in made of a surname: "night resident nkessler", "coworker mkowalski"
    r"resident|attending|fellow|tech|technologist|coworker|co-worker|colleague|employee|clerk|"
    r"scribe|radiologist|typed|utente|usuario|utilisateur|coder|biller|scheduler|"
    # a log-in's outcome before it: "login OK jmcallister2", "login FAILED for jdoe"
    r"log(?:in|on)\s+(?:ok|failed|succeeded|successful|denied|refused)(?:\s+for)?)"
    r"(?:\s*[:=]\s*|\s+))"
)
_USER = re.compile(
    rf"(?i:{_USER_CUE})"
    r"(?!(?:user|username|login|logon|userid|account|from|for|coder|biller|scheduler|operator)\b)"
    r"(?-i:(?P<phi>[a-z]{4,20}|[a-z]{2,20}\d{1,3}))(?![\w@-]|\.[a-z0-9])"
)
# a log-in in capitals after a user field: "user=PATELR", "login: OKAFORC" (not after "by":
# "by AAST criteria", "by EBUS")
_USER_CAPITALS = re.compile(
    r"(?i:\b(?:user(?:name|id)?|login|logon|operator)(?:\s*[:=]\s*|\s+))"
    r"(?-i:(?P<phi>[A-Z]{4,12}))(?![\w@-]|\.[A-Za-z0-9])"
)
# a person mentioned in a chat by a handle: "@rad_farhana please report bed 12", "@drchong_thorax"
_MENTION = re.compile(r"(?<![\w@.])@(?P<handle>[A-Za-z][A-Za-z0-9_.-]{0,30}[A-Za-z0-9])(?![\w@])")
#: Mentions of a group, a channel or a service, not of one person.
_NOT_MENTIONED = words(
    "all here channel everyone everybody team group radiology rad rads oncall on-call admin "
    "support helpdesk pacs ris it ict bot system reception frontdesk nurses doctors residents "
    "fellows staff ward icu ed er ct mri us xr cxr"
)
# a family by its surname: "met with the Szczepanski family", "the Nguyens' daughter"
_FAMILY = re.compile(
    r"\b(?:the|The)[ \t]+(?P<phi>[A-Z][a-z'’-]{2,})[ \t]+(?:family|household|twins|parents|"
    r"children)\b(?![ \t]+(?:of|members?|kinases?|proteins?|genes?)\b)"
)
_FROM_ADDRESS = re.compile(r"[ \t]+from[ \t]+(?:\d{1,3}\.\d|[0-9a-f]{1,4}::?[0-9a-f])")
# a transcriptionist's or a user's initials in lower case after a strong cue: "access by jdh to
# MRN", "Transcribed: jdh", "typed by lsd"
_SHORT_USER = re.compile(
    r"(?i:\b(?:access(?:ed)?\s+by|transcribed(?:\s+by)?|typed(?:\s+by)?|initials|"
    r"login|user(?:name|id)?)\s*[:=]?\s*)(?-i:(?P<phi>[a-z]{2,3}))(?![\w@.-])"
)
# a chat speaker whose log-in ends in digits, with the time: "jpark2 (15:02): the film..."
_NUMBERED_SPEAKER = re.compile(
    r"(?m:(?:^|(?<=\]\s))(?P<phi>[a-z]{2,20}\d{1,3})(?:[ \t]*\(\d{1,2}:\d\d\))?[ \t]*:[ \t])"
)
# a log-in before what it did: "rkessler logged in from 198.51.100.23"
_LOGGED = re.compile(
    r"\b(?P<phi>[a-z]{4,20})[ \t]+(?:logged[ \t]+(?:in|on|out|off)|signed[ \t]+(?:in|on|out)|"
    r"connected|disconnected|authenticated|viewed|printed|exported|opened|accessed|downloaded|"
    r"edited|deleted|modified|amended|reprinted|merged|tried|attempted|failed)\b"
)
# a patient by a surname after a bed on a ward board or a pager: "Bed 11 Lam to Toronto Western",
# "RE BED 3 DHALIWAL K 2.9"
_BED_NAME = re.compile(
    r"\b(?:[Bb]ed|BED)[ \t]+\d{1,3}[A-Z]?[ \t]+(?P<phi>[A-Z][a-z'’-]+|[A-Z]{2,}(?:['’-][A-Z]+)?)"
    r"(?![\w'’-])"
)
# a first name that wrote, texted or spoke: "Nokuthula wrote: traced ...", "Nhung texted a photo",
# "... bed 16 tonight? Benedict: me"
_SENT_BY = re.compile(
    r"(?m:(?:^|(?<=[.?!][ \t]))(?P<phi>[A-Z][a-z'’-]{2,})(?:[ \t]+(?:wrote|writes|replied|texted|"
    r"messaged|e-?mailed|said)\b|[ \t]*:[ \t](?=[a-z])))"
)
# someone addressed, someone who says or asks, and a message's sign-off, by a first name:
# "Jordan, please add the accession", "Sam from nucs says the VQ can go", "Thanks, Kemi"
_ADDRESSED = re.compile(
    r"(?m:(?:^|(?<=[.?!][ \t]))(?P<phi>[A-Z][a-z'’-]{2,}),?[ \t]+(?:please|pls|plz|can[ \t]+you|"
    r"could[ \t]+you|would[ \t]+you|are[ \t]+you|do[ \t]+you|have[ \t]+you)\b)"
)
_SAYS = re.compile(
    r"(?m:(?:^|(?<=[.?!][ \t]))(?P<phi>[A-Z][a-z'’-]{2,})(?:[ \t]+(?:from|at|in|on)[ \t]+[\w/&-]+)?"
    r"[ \t]+(?:says|said|wants|asked|asks|rang|phoned|called[ \t]+to|confirms|confirmed|reports|"
    r"reported)\b)"
)
_SIGN_OFF = re.compile(
    r"(?:^|[.!?][ \t]+)(?:[Tt]hanks|[Tt]hank[ \t]+you|[Mm]any[ \t]+thanks|[Cc]heers|[Rr]egards|"
    r"[Kk]ind[ \t]+regards|[Bb]est(?:[ \t]+wishes)?|[Tt]a)[ \t]*[,!.-]?[ \t]+(?P<phi>[A-Z][a-z'’-]{1,})"
    r"[ \t]*[.!]?[ \t]*$"
)
# a name before a term of respect or kinship in South Asian messages: "Sravani garu", "Harjinder
# paaji", "Midhun chetta", "Balwinder mataji", "Thenmozhi madam", "Bora uncle's film"
_HONORIFIC = re.compile(
    r"\b(?P<phi>[A-Z][a-z'’-]{2,})[ \t]+(?:ji|garu|gaaru|sir|madam|maam|ma'am|chetta|chettan|"
    r"chechi|anna|akka|bhai|bhaiya|didi|dada|tai|paaji|paji|umma|amma|appa|mataji|pitaji|saab|"
    r"sahab|sahib|babu|uncle|aunty|auntie|bhabhi)\b"
)
# a person naming themselves in a message, or named by their role: "Rusty here: 2nd portable",
# "this is Lovely the xray tech", "its Crystal at Webster Memorial", "Storm the night tech at ..."
_HERE = re.compile(r"(?m:(?:^|(?<=[.?!][ \t]))(?P<phi>[A-Z][a-z'’-]{2,})[ \t]+here\b)")
_THIS_IS = re.compile(
    r"\b(?:[Tt]his[ \t]+is|[Ii]t['’]?s|[Ii]ts)[ \t]+(?P<phi>[A-Z][a-z'’-]{2,})"
    r"(?=[ \t]*(?:[,.!]|$|[ \t]+(?:from|at|with|in|the|here|on)\b))"
)
_ROLE_AFTER = re.compile(
    r"(?m:(?:^|(?<=[.?!][ \t])|(?<=\bis[ \t]))(?P<phi>[A-Z][a-z'’-]{2,}),?[ \t]+(?:the|our|your)"
    r"[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:tech|technologist|nurse|radiographer|clerk|resident|fellow|"
    r"registrar|coordinator|sonographer|porter)\b)"
)
# a patient by a surname after the study of them, in a message: "2nd portable on Vogel", "the
# lateral on yoder is up", "wet read for Kjelstad"
_STUDY_ON = re.compile(
    r"\b(?i:films?|portables?|laterals?|cxrs?|x-?rays?|ct|cta|scans?|study|studies|images?|prelim|"
    r"read|report|pa)[ \t]+(?i:on|for)[ \t]+(?P<phi>[A-Z][a-z'’-]{2,}|[a-z][a-z'’-]{2,})\b"
)
# a first name typed in lower case in a chat: at a line's start before what the person does
# ("dmitri can u check", "chloe is the REDCap admin"), or after a greeting ("hey hope,", "thx kay")
_LOWER_OPENING = re.compile(
    r"(?m:^(?P<phi>[a-z][a-z'’-]{2,})[ \t]+(?:can|could|pls|please|is|has|just|says|said|and|from|"
    r"your|you|u|wants|needs|asked|left|pushed|found|reran|fixed|sent)\b)"
)
_GREETED = re.compile(
    r"\b(?:hey|hi|hello|thx|thanks|ty|ping|ask|cc|dm)[ \t]+(?P<phi>[a-z][a-z'’-]{2,})\b"
    r"(?=[ \t]*(?:[,.!?)]|$|[ \t](?:not|and|or|for|about|re)\b))"
)
#: Words after "this is" or before "here" that name no one: months, days, seasons.
_NOT_SELF = words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday christmas easter summer winter "
    # a request that opens a line: "Page the fellow if ...", "Ask the tech to ..."
    "page call ask tell contact inform notify bleep ring text phone message email ping let"
)
# whose study it is, with an Urdu, Hindi or Bengali possessive: "Amna ki CT", "Zahoor wala film",
# "Shapla r CT contrast"
_WHOSE_STUDY = re.compile(
    r"\b(?P<phi>[A-Z][a-z'’-]{2,})[ \t]+(?:ki|ka|ke|er|r|wala|wali|walay|ko)[ \t]+"
    r"(?i:ct|hrct|mri|x-?rays?|xray|films?|reports?|cxr|scans?|biopsy|usg|echo)\b"
)
# a first name and the team or role they write from: "Geeta from billing:", "Raja tech: network
# slow", "Lucky (night tech): CT gantry error"
_FROM_DESK = re.compile(
    r"(?m:(?:^|(?<=[.?!][ \t]))(?P<phi>[A-Z][a-z'’-]{2,})[ \t]+(?:from[ \t]+[a-z][\w/&-]*|tech|"
    r"\([a-z][\w /&-]{1,20}\))[ \t]*:)"
)
_CHAT_OPENING = re.compile(r"[A-Z][a-z'’-]{2,}[ \t]*:[ \t]")
# a speaker in lower case after another's line: "... lit 4? mlachance: j'arrive"
_NEXT_SPEAKER = re.compile(r"(?<=[?.!;—][ \t])(?P<phi>[a-z][a-z'-]{3,20})[ \t]*:[ \t]")
# a web server's access log (the Common Log Format) names its user third:
# '203.0.113.9 - rpike [18/Jun/2025:10:22:04 -0500] "POST /roi/requests HTTP/2" 201 88'
_ACCESS_LOG_USER = re.compile(
    r"(?m:^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f:]{3,39})[ \t]+\S+[ \t]+"
    r"(?P<phi>[A-Za-z][\w.@-]{1,40})[ \t]+\[\d{1,2}/[A-Z][a-z]{2}/\d{4}:)"
)
# a credential after a log-in's name: "jperalta_pa", "lchen.np"
_CREDENTIAL_PART = words("pa np md rn do rt crna cpc rph lpn ma")
# cues after which any unknown word is a log-in: "opened by klindqvist", "user lsisondelacruz"
_STRONG_CUE = re.compile(
    r"(?i:.*\b(?:(?:opened|viewed|imported|exported|logged\s+in|created|merged|modified|accessed|"
    r"signed|read|dictated|uploaded|downloaded|rejected|approved|reviewed|added|printed|sent|"
    r"booked|entered|updated|cancelled|canceled|amended|edited|removed|deleted|requested|"
    r"completed|verified|authori[sz]ed|assigned|unlocked|locked|released)\s+by|"
    r"user(?:name|id)?|login|typed|transcribed|"
    r"logon|account|reviewer|operator|coder|biller|session\s+for|logged\s+in\s+as|durch|benutzer(?:in)?|"
    r"nutzer(?:in)?|anwender(?:in)?|konto|(?:angelegt|erstellt|gebrannt|storniert|freigegeben|"
    r"geändert|geöffnet|exportiert|gelöscht|bearbeitet|signiert|befundet)\s+von)"
    r"(?:\s*[:=]\s*|\s+))$"
)
# any participle before "by" ("submitted by praghunathan", "shared externally by ssethuraman"):
# a log-in when no noun follows it ("noticed by hyperinflated lungs" is no user)
_PARTICIPLE_BY = re.compile(r"(?i:\b[a-z]{3,}ed(?:\s+[a-z]+ly)?\s+by\s+)$")
_CUE_BEFORE = re.compile(rf"(?i:{_USER_CUE}|@|\(|\bdr_)$")
#: Log-ins that are nobody's: role and service accounts.
_NOT_USERS = words(
    "admin administrator root guest system service svc sysadmin pacs ris test tester demo user "
    "users anonymous nobody daemon backup scanner modality gateway router operator support "
    "helpdesk radiology reception frontdesk worklist upload uploader export import"
)
# a speaker in lower case at the start of a line, after a time stamp or a channel:
# "lupe: can u", "[02:24] whitney: on my way", "[Secure Chat 02:21] priya r: hey"
_SPEAKER = re.compile(
    r"(?m:(?:^|(?<=\]\s)|(?<=\])|(?<=^\[IM\]\s))(?P<phi>[a-z][a-z'-]{2,}(?:[ \t][a-z])?)[ \t]*:[ \t])"
)
# sender and addressee in lower case: "raghunathan -> faulk:"
_ARROW = re.compile(r"\b(?P<a>[a-z][a-z'-]{2,})[ \t]*(?:->|→)[ \t]*(?P<b>[a-z][a-z'-]{2,})[ \t]*:")
# a lower-cased surname whose film it is: "tsosie's chest film", "begay's film"
_WHOSE = re.compile(
    r"\b(?P<phi>[a-z][a-z'-]{2,})['’]s\s+(?i:chest|film|films|ct|cxr|x-?rays?|xray|scans?|study|"
    r"images?|report|prelim|read|tube|line|portable)\b"
)
# the name a person goes by: "preferred name is 'Chuy'", 'prefers to be called "Jazz"'
_CALLED = re.compile(
    r"(?i:\b(?:preferred\s+name\s+(?:is\s+)?|known\s+as|goes\s+by|to\s+be\s+called|"
    r"nicknamed?|aka|a\.k\.a\.)\s*[\"'‘“]?)(?-i:(?P<phi>[A-Z][a-z'’-]+))(?=[\"'’”]|\W|$)"
    # a name in quotes after "called" or a call sign: "was called 'Gator'", "Call sign 'Hollywood'"
    r"|(?i:\b(?:called(?:\s+(?:him|her|them|me))?|call\s+sign|callsign|handle|nickname)\s*:?\s*"
    r"[\"'‘“])"
    r"(?-i:(?P<quoted>[A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+)?))[\"'’”]"
)
# a person who names themselves in a message: "this is Sonja writing for my dad"
_SELF_NAMED = re.compile(
    r"(?i:\b(?:this\s+is|it['’]s|my\s+name\s+is|i\s+am|i['’]m)\s+)"
    r"(?-i:(?P<phi>[A-Z][a-z'’-]{2,}))(?=\s*(?:[,.;!]|--|[-–—]\s|\s(?:writing|here|from|speaking|"
    r"calling|again)\b))"
)
# a surname opening an e-mail's subject: "Re: Walsh warfarin bridging", "FW: Considine RT planning"
_SUBJECT_NAME = re.compile(
    r"(?:\b(?:Re|RE|Fwd?|FWD?|Subject)[ \t]*:[ \t]*)+(?P<phi>[A-Z][a-z'’-]+(?:[ \t][A-Z]\b)?)"
    r"(?=[ \t]+(?:[a-z]|[A-Z]{2,}\b))"
)
# a surname in Cyrillic with its initials: "Кузнецов И. П."
_CYRILLIC_INITIALS = re.compile(
    r"[\u0410-\u042f\u0401][\u0430-\u044f\u0451-]+\s+[\u0410-\u042f]\.\s?(?:[\u0410-\u042f]\.)?"
)
# a patient by a lower-cased surname in a message: "pt quinones ?PTX"
_PATIENT_LOWER = re.compile(
    r"\b(?:pt|patient|mr|mrs|ms|bed\s+\d{1,3})\s+(?P<phi>[a-z][a-z'-]{2,})\b"
)
_NATO = (
    r"(?:Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliett?|Kilo|Lima|Mike|November|"
    r"Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|X-ray|Xray|Yankee|Zulu)"
)
# the alias of an unidentified patient: "Trauma, Zulu", "TRAUMA^ZULU", "UNKNOWN TRAUMA 23",
# "DOE, JANE 7702", "DOE^JOHN 4417"
_ALIAS = re.compile(
    rf"\b(?:(?:Trauma|TRAUMA)[ \t]*[,^][ \t]*(?:{_NATO}|{_NATO.upper()})\b"
    r"|(?:UNKNOWN|Unknown|unknown)[ \t,^]+(?:TRAUMA|Trauma|trauma|MALE|FEMALE|Male|Female)[ \t^]+\d{1,5}\b"
    r"|(?:DOE|Doe)[ \t]*[,^][ \t]*(?:JANE|JOHN|Jane|John)(?:[ \t]+\d{1,6}\b)?)"
)
_TLD = (
    r"(?:com|org|net|edu|gov|io|health|int|mil|info|biz|cloud|ai|"
    r"(?:co|ac|or|ne|go|org|com|net|edu|gov|gob|nhs|med)\.[a-z]{2})"
)
# a host name: "sftp-tw02.cxr-consortium.org", "mail.sheba-ai.example.org.il"
_HOST = re.compile(
    rf"(?<![\w@./-])(?P<phi>(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+{_TLD}"
    r"(?:\.[a-z]{2})?(?::\d{2,5})?(?:/[^\s<>\"')\]]*)?)(?![\w@-]|\.[a-z])"
)
# a host name under a country's domain: "pacs.helse-bergen.no", "sundhed.dk", "bit.ly/rad-cxr"
# (not a file name or a unit: "setup.py", "5.ml")
_COUNTRY_HOST = re.compile(
    r"(?<![\w@./-])(?P<phi>(?=[a-z0-9-]*[a-z])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?!(?:py|sh|js|ts|md|rs|cs|gz|db|so|ps|pl|rb|go|mk|el|hs|ml|kt|pm|am|mg|cm|mm|kg|hr|ms|"
    r"us|dl|nm|mb|gb|kb|tb|jp|ok|vs|ie|eg)\b)[a-z]{2}(?::\d{2,5})?(?:/[^\s<>\"')\]]*)?)"
    r"(?![\w@-]|\.[a-z])"
)
# the assigning authority of a record number, and HL7's sending facility
_AUTHORITY = re.compile(r"\^\^\^(?P<phi>[A-Z][A-Za-z&-]{1,19})\^(?:MR|MRN|PI|PT|PN|AN|VN|FI|HC)\b")
# MSH-4 and MSH-6, the sending and receiving facilities (a host name's dots included)
_MSH_SITE = re.compile(
    r"^MSH\|[^|]*\|[^|]*\|(?P<phi>[A-Za-z][\w .&'-]{1,60})\|(?:[^|\n]*\|(?P<to>[A-Za-z][\w .&'-]{1,60})\|)?",
    re.M,
)
# a host in an HL7 hierarchic designator: "640^PALO-ALTO.MED.VA.GOV^DNS"
_HL7_HOST = re.compile(r"\^(?P<phi>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)\^DNS\b")
# the facility of HL7's assigned location (PV1-3.4): "PV1|1|I|ICU^14^A^HSC||"
_PV1_SITE = re.compile(
    r"(?:^|(?<=\s))PV1\|[^|\n]*\|[^|\n]*\|[^|^\n]*\^[^|^\n]*\^[^|^\n]*\^"
    r"(?P<phi>[A-Za-z][\w &'-]{1,40})(?=[\^|])",
    re.M,
)
# DICOM's InstitutionName, bracketed in a dump or after a colon in a header listing:
# "(0008,0080) LO [KEIO UNIV HOSP]", "InstitutionName: Royal Perth Hospital  (0008,0090) ..."
_INSTITUTION = re.compile(
    r"(?:\(0008,0080\)\s*(?:LO\s*)?|\bInstitutionName\s*(?:LO\s*)?)\[(?P<phi>[^\]\n]*[^\W\d_][^\]\n]*)\]"
    r"|\bInstitutionName\s*[:=]\s*(?P<listed>[^\n(]*?)(?=\s{2,}|\s*\(\w{4},\w{4}\)|$)"
)
# ages in prose after "age" or "ages": "ages like 93 and 90", "ages computed to 93–97"
_AGES = re.compile(
    r"(?i:\bages?\b(?:(?:[ \t]+[a-z]+){0,3}[ \t]+|[^:.;\n]{0,60}:[ \t]*))"
    r"(?P<run>\d{2,3}(?:\s*(?:–|-|to|and|,|or)\s*\d{2,3})*)"
)
_AGE_UNIT = re.compile(r"\s*(?:days?|weeks?|months?|minutes?|hours?|mm|cm|kg|%|percent|bpm)\b")
_MONTHS_ES_PT = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|"
    r"dezembro)"
)
_DATES = [
    # a day of a month in Spanish or Portuguese: "27 de abril"
    re.compile(rf"\b(?:[0-3]?\d)\s+de\s+{_MONTHS_ES_PT}\b"),
    # East Asian month and day, and Minguo-era years: "4月10日", "110年6月29日"
    re.compile(r"(?<!\d)(?:\d{2,3}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日"),
    # Russian: "12 марта 2024 г."
    re.compile(
        r"\b[0-3]?\d\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
        r"ноября|декабря)(?:\s+\d{4}(?:\s?г\.)?)?"
    ),
    # a year of birth: "born 1929"
    re.compile(r"(?i:\bborn\s+(?:in\s+)?)(?P<phi>(?:18|19|20)\d\d)\b"),
    # a compact date inside a file or object name: "NAKAJIMA_KENTA_20230119_CT.zip"
    re.compile(r"(?<=[_-])(?P<phi>(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?=[_.-])"),
]
# a name in capitals joined by underscores inside a file or object name: "KANG_HYE_JIN.zip"
_FILE_NAME = re.compile(r"(?<![A-Za-z0-9])(?P<phi>[A-Z]{2,}(?:_[A-Z]{2,}){1,3})(?=[_.][\w.]*|/)")


# a table's header cells that head a column of people, and the rows' separators: a line break or
# " ; " where rows are joined on one line ("BED|PATIENT|MRN|ATTENDING ; 07|GREWAL, HARJIT|...")
_PERSON_COLUMN = re.compile(
    r"(?i:(?:patient|pt|name|surname|last\s*name|first\s*name|given\s*names?|forename|"
    r"attending|consultant|nurse|rn|md|physician|doctor|dr|radiologist|reader|reporter|"
    r"resident|fellow|registrar|tech|technologist|radiographer|referrer|referring|"
    r"ordering|provider|clinician|contact|nok|next\s*of\s*kin|carer|signed\s*by|"
    r"reported\s*by|read\s*by)(?:[\s_]*(?:name|md|dr|physician))?)"
)
_EMPTY_CELLS = words("n/a na none nil tbd tba pending unknown unassigned vacant empty x")
_ROW_SEP = re.compile(r"\n|[ \t]+;[ \t]+")
_CELL_SEP = re.compile(r"\||\t")


def _pieces(text: str, separator: re.Pattern[str], offset: int = 0) -> list[tuple[int, str]]:
    """``(start, piece)`` of ``text`` cut at ``separator``, starts shifted by ``offset``."""
    pieces, pos = [], 0
    for m in separator.finditer(text):
        pieces.append((offset + pos, text[pos : m.start()]))
        pos = m.end()
    pieces.append((offset + pos, text[pos:]))
    return pieces


def _person_cells(text: str) -> list[Span]:
    """Cells under a header that names people ("PATIENT", "ATTENDING", "Nurse") in the rows of a
    pipe- or tab-separated table."""
    spans: list[Span] = []
    columns: set[int] = set()
    width = 0
    for start, row in _pieces(text, _ROW_SEP):
        cells = _pieces(row, _CELL_SEP, start)
        if len(cells) < 3:
            columns = set()
            continue
        heads = {i for i, (_, c) in enumerate(cells) if _PERSON_COLUMN.fullmatch(c.strip())}
        if heads and all(not any(ch.isdigit() for ch in c) for _, c in cells):
            columns, width = heads, len(cells)  # a header row: no figures in any cell
            continue
        if not columns or len(cells) != width:
            continue
        for i in columns:
            cstart, cell = cells[i]
            value = cell.strip()
            if (
                re.search(r"[^\W\d_]", value)
                and not re.search(r"\d", value)
                and value.lower().strip(".") not in _EMPTY_CELLS
            ):
                first = cstart + cell.index(value)
                spans.append(Span("name", first, first + len(value)))
    return spans


# header cells of a delimited export's columns of ages and of sites: "age;site;exam"
_AGE_COLUMN = re.compile(r"(?i:age(?:[\s_]*(?:yrs?|years))?)")
_SITE_COLUMN = re.compile(
    r"(?i:site|hospital|facility|location|institution|performing[\s_]*site|(?:hospital|site)[\s_]*name)"
)
_HEADER_CELL = re.compile(r"[A-Za-z][A-Za-z_ /#.-]{0,24}")


def _export_cells(text: str) -> list[Span]:
    """Cells under a header of a delimited export, with rows on lines or joined by " | "
    ("nhs_number;surname;forename;age;site | 5334108829;WATKINS;GLENYS;91;LLANDOUGH"): people
    under people's columns, ages over 89 under an age column, sites under a site column."""
    rows = _pieces(text, re.compile(r"\n|[ \t]+\|[ \t]+"))
    if len(rows) < 2:
        return []
    spans: list[Span] = []
    for sep in (";", ","):
        heads = rows[0][1].split(sep)
        if len(heads) < 3 or not all(_HEADER_CELL.fullmatch(h.strip()) for h in heads):
            continue
        kinds = {}
        for i, head in enumerate(h.strip() for h in heads):
            if _PERSON_COLUMN.fullmatch(head):
                kinds[i] = "name"
            elif _AGE_COLUMN.fullmatch(head):
                kinds[i] = "age"
            elif _SITE_COLUMN.fullmatch(head):
                kinds[i] = "facility"
        if not kinds:
            continue
        for start, row in rows[1:]:
            cells = _pieces(row, re.compile(re.escape(sep)), start)
            if len(cells) != len(heads):
                continue
            for i, kind in kinds.items():
                cstart, cell = cells[i]
                value = cell.strip()
                if not value:
                    continue
                first = cstart + cell.index(value)
                if kind == "age":
                    if re.fullmatch(r"\d{2,3}", value) and 89 < int(value) < 130:
                        spans.append(Span("age", first, first + len(value)))
                elif (
                    re.fullmatch(r"[^\W\d_][\w '’.&-]*", value)
                    and value.lower().strip(".") not in _EMPTY_CELLS
                ):
                    spans.append(Span(kind, first, first + len(value)))
    return spans


class LogDetector:
    """Handles, lower-case speakers, patient aliases, host names and structured site fields
    (see the module doc)."""

    #: Its spans are read from cues and fields: the tagger does not veto them.
    cued = True

    def __init__(self) -> None:
        self.first = any_first_names()
        self.surnames = surnames()
        self.english = english_words()
        self.frequent = frequent_words()
        self.common = common_words()

    def _everyday(self, word: str) -> bool:
        """A word of everyday English: in the dictionary, with its inflections ("lines",
        "states"), or in the frequency list and no listed name (which holds "whitney")."""
        if word in self.common:
            return True
        if word in self.frequent and not self._name_part(word):
            return True
        stems = (word[:-1], word[:-2], word[:-3]) if len(word) > 4 else ()
        return any(
            word.endswith(end) and stem in self.common
            for end, stem in zip(("s", "es", "ing"), stems, strict=False)
        ) or (word.endswith("ed") and (word[:-1] in self.common or word[:-2] in self.common))

    def _name_part(self, part: str) -> bool:
        return part in self.first or part in self.surnames

    def _handle(self, value: str, cued: bool) -> bool:
        """Whether a dotted handle is made of a name: every part a name or an initial, one part
        a name, and one part no English word unless a cue says it is a user."""
        parts = [p for p in re.split(r"[._]", value) if p]
        if parts and parts[0] == "dr":
            parts = parts[1:]
        if not parts or any(p in STOP_WORDS and len(p) > 2 for p in parts):
            return False
        initial = cued and len(parts[-1]) == 1 and self._name_part(parts[0])
        if len(parts) > 1 and parts[-1] in _FILE_TYPES and not initial:
            return False  # a file: "model.pt", "report.pdf"; not a cued "wyatt.h", "sky.m"
        named = [p for p in parts if len(p) > 2]
        if not named or not any(self._name_part(p) or self._syllables(p) for p in named):
            return False
        if cued:
            # a user by its cue: one part a name, none an everyday word that is no name
            return all(self._name_part(p) or not self._everyday(p) for p in named)
        if not all(self._name_part(p) or self._syllables(p) for p in named):
            return False
        return any(not self._everyday(p) for p in named)

    def _strange_handle(self, value: str) -> bool:
        """A dotted log-in after a strong cue ("printed by kev.oyelaran"): no part a file type,
        an English word or a function word."""
        parts = [p for p in re.split(r"[._]", value) if p]
        return (
            len(parts) > 1
            and all(len(p) > 1 for p in parts)
            and parts[-1] not in _FILE_TYPES
            and not any(p in STOP_WORDS or p in self.english or p in _NOT_USERS for p in parts)
        )

    @staticmethod
    def _syllables(word: str) -> bool:
        """A romanised Korean or Cantonese given name written as one word ("seoyeon", "minsu")."""
        return _SYLLABLE_WORD.fullmatch(word) is not None

    def _login(self, value: str) -> bool:
        """An initial and a surname or a surname and an initial ("amoreno", "halvorsenw"), or a
        first name, as a log-in."""
        if (
            value in _NOT_USERS
            or value in self.english
            or value in STOP_WORDS
            or value in german_words()  # "durch einen", "von oben"
            or value in italian_words()  # "utente deve", "per favore"
        ):
            return False
        return (
            value[1:] in self.surnames
            or value[:-1] in self.surnames
            or value[2:] in self.surnames
            or (value in self.first and value not in self.frequent)
        )

    def _inflected(self, value: str) -> bool:
        """An English word with an ending the dictionary leaves out ("retries", "desaturates")."""
        stems = (value[:-1], value[:-2], value[:-3] + "y", value[:-3], value[:-3] + "e")
        return value.endswith(("s", "ed", "ing")) and any(
            len(stem) > 2 and stem in self.english for stem in stems
        )

    def _unknown_login(self, value: str) -> bool:
        """A log-in of six letters or more that no dictionary knows ("snibhriain")."""
        return (
            len(value) >= 6
            and value not in self.english
            and not self._inflected(value)
            and value not in _NOT_USERS
            and not is_german_word(value)
        )

    def _speaker(self, value: str) -> bool:
        word = value.split()[0]
        if word in STOP_WORDS or word in _HEADINGS or word in DEPARTMENT_WORDS:
            return False
        if word in self.first:
            # a speaker's colon makes an everyday first name a person: "grace: i'm ooo",
            # "mason: found a film"
            return word not in _NOT_SPEAKERS
        return word not in self.english and len(word) >= 4

    def _person(self, word: str) -> bool:
        """A lower-cased word that is a listed name and no everyday English word."""
        return (word in self.first or word in self.surnames) and not self._everyday(word)

    def find(self, text: str) -> list[Span]:
        """Spans of handles, speakers, aliases, host names and site fields in ``text``."""
        spans: list[Span] = []
        for m in _DOTTED.finditer(text):
            value = m.group("phi")
            start = m.start("phi") + (3 if value.startswith("dr_") else 0)
            cued = (
                m.group(0).startswith("@")
                or bool(_CUE_BEFORE.search(text, max(0, m.start() - 20), m.start()))
                or bool(re.match(r"\s*(?::|\d{1,2}:\d\d)", text[m.end() :]))
            )
            strong = (
                _STRONG_CUE.match(text, max(0, m.start() - 30), m.start()) is not None
                or _PARTICIPLE_BY.search(text, max(0, m.start() - 30), m.start()) is not None
                or re.search(r"\bby[ \t]+$", text[max(0, m.start() - 4) : m.start()]) is not None
            )
            parts = re.split(r"[._]", value)
            credited = (
                len(parts) == 2
                and parts[1] in _CREDENTIAL_PART
                and (self._login(parts[0]) or ((cued or strong) and self._unknown_login(parts[0])))
            )
            if self._handle(value, cued) or (strong and self._strange_handle(value)) or credited:
                spans.append(Span("name", start, m.end("phi")))
        for m in _ACCESS_LOG_USER.finditer(text):
            spans.append(Span("name", m.start("phi"), m.end("phi")))
        for m in _USER_CAPITALS.finditer(text):
            if self._login(m.group("phi").lower()) and not text.isupper():
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        for m in _USER.finditer(text):
            value = m.group("phi")
            if value[-1].isdigit():
                # digits after the letters make a log-in ("tnowicki2", "jpark2"): its letters a
                # log-in, or no English word of four letters or more
                letters = value.rstrip("0123456789")
                if self._login(letters) or (
                    len(letters) >= 4
                    and letters not in self.english
                    and letters not in _NOT_USERS
                    and letters not in STOP_WORDS
                ):
                    spans.append(Span("name", m.start("phi"), m.end("phi")))
                continue
            strong = _STRONG_CUE.match(text, max(0, m.start() - 30), m.start("phi")) is not None
            if not strong and _PARTICIPLE_BY.search(text, max(0, m.start() - 30), m.start("phi")):
                after = re.match(r"\s+([a-z]+)", text[m.end("phi") :])
                strong = not self._everyday(value) and (
                    after is None or after.group(1) in STOP_WORDS
                )
            # a log-in's address after it: "VPN connection for hbrandvold from 73.181.44.206"
            strong = strong or _FROM_ADDRESS.match(text, m.end("phi")) is not None
            if self._login(value) or (strong and self._unknown_login(value)):
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        for m in _MENTION.finditer(text):
            handle = m.group("handle").lower()
            parts = [p for p in re.split(r"[_.-]", handle) if p]
            if (
                handle not in _NOT_MENTIONED
                and not all(p in _NOT_MENTIONED for p in parts)
                # a rule or a command by its word: "kept by rule @keep"
                and not all(self._everyday(p) for p in parts)
            ):
                spans.append(Span("name", m.start(), m.end()))
        for m in _FAMILY.finditer(text):
            word = m.group("phi").lower()
            if (word in self.surnames and not self._everyday(word)) or (
                len(word) >= 5 and word not in self.english and not self._inflected(word)
            ):
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        for m in _SHORT_USER.finditer(text):
            value = m.group("phi")
            if value not in self.english and value not in STOP_WORDS and value not in _NOT_SIGN_OFF:
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        for m in _NUMBERED_SPEAKER.finditer(text):
            letters = m.group("phi").rstrip("0123456789")
            if letters not in self.english and letters not in _NOT_USERS:
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        for m in _LOGGED.finditer(text):
            value = m.group("phi")
            if self._login(value) or self._unknown_login(value):
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        spans += [
            Span("name", m.start("phi"), m.end("phi"))
            for m in _NEXT_SPEAKER.finditer(text)
            if self._login(m.group("phi"))
        ]
        for m in _BED_NAME.finditer(text):
            word = m.group("phi").lower()
            value = m.group("phi")
            listed = word in self.surnames and (
                word not in self.common or word in _EAST_ASIAN_SURNAMES  # "Bed 11 Lam"
            )
            # a capitalised word that no dictionary knows: "Bed 12 Okonkwo" (not "Bed 4 PICC")
            unknown = not value.isupper() and word not in self.english and len(word) >= 4
            if (listed or unknown) and word not in _NOT_USERS:
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        for m in _SENT_BY.finditer(text):
            word = m.group("phi").lower()
            colon = text[m.end("phi") :].lstrip(" \t").startswith(":")
            if (colon and (m.start() == 0 or text[m.start() - 1] == "\n")) or word in STOP_WORDS:
                continue  # a line's own speaker is _CAP_SPEAKER's
            # in a chat (a line opened by a speaker), a later speaker may be an everyday word
            chat = colon and _CHAT_OPENING.match(text) is not None
            if (word in self.first and (chat or not self._everyday(word))) or (
                word not in self.english and len(word) >= 4 and word not in _HEADINGS
            ):
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        for pattern in (
            _ADDRESSED,
            _SAYS,
            _SIGN_OFF,
            _HONORIFIC,
            _FROM_DESK,
            _HERE,
            _THIS_IS,
            _ROLE_AFTER,
            _WHOSE_STUDY,
            _LOWER_OPENING,
            _GREETED,
        ):
            for m in pattern.finditer(text):
                word = m.group("phi").lower()
                if word in _NOT_SELF:
                    continue
                if pattern in (_LOWER_OPENING, _GREETED) and (
                    word in _NOT_SPEAKERS or word not in self.first
                ):
                    continue  # in lower case, only a listed first name
                parts = [p for p in re.split(r"[-'’]", word) if p]
                unknown = word not in self.english and not all(p in self.english for p in parts)
                if pattern is _SAYS and word not in first_names() and self._everyday(word):
                    continue  # a place or a body that says: "Jail says transport is at 1330"
                known = word in self.first or (unknown and len(word) >= 3)
                if known and word not in STOP_WORDS and word not in _HEADINGS:
                    spans.append(Span("name", m.start("phi"), m.end("phi")))
        for m in _SIGNED_INITIALS.finditer(text):
            value = (m.group("phi") or m.group("low")).lower()
            if value not in _NOT_SIGN_OFF and (len(value) == 2 or value not in self.english):
                spans.append(Span("name", *matched(m)))
        for m in _LISTED_INITIALS.finditer(text):
            for part in re.finditer(r"[A-Z]{2,3}", m.group("list")):
                if part.group().lower() not in _NOT_SIGN_OFF:
                    start = m.start("list") + part.start()
                    spans.append(Span("name", start, start + len(part.group())))
        for m in _ACTION_INITIALS.finditer(text):
            for g in ("phi", "also"):
                if m.group(g) and m.group(g).lower() not in _NOT_ACTORS:
                    spans.append(Span("name", m.start(g), m.end(g)))
        for m in _EXPORTED_SENDER.finditer(text):
            if m.group("phi").lower() not in _NOT_SENDERS:
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        for m in _STUDY_ON.finditer(text):
            word = m.group("phi").lower()
            if word in self.surnames and not self._everyday(word) and word not in _NOT_SELF:
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        for m in _SPEAKER.finditer(text):
            if self._speaker(m.group("phi")):
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        for m in _ARROW.finditer(text):
            for g in ("a", "b"):
                if self._person(m.group(g)) or self._speaker(m.group(g)):
                    spans.append(Span("name", m.start(g), m.end(g)))
        for m in _PATIENT_LOWER.finditer(text):
            if self._person(m.group("phi")) and m.group("phi") not in self.english:
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        for m in _WHOSE.finditer(text):
            if self._person(m.group("phi")):
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        spans += [Span("name", m.start(), m.end()) for m in _ALIAS.finditer(text)]
        spans += [Span("name", *matched(m)) for m in _CALLED.finditer(text)]
        for m in _SELF_NAMED.finditer(text):
            word = m.group("phi").lower()
            if (word in self.first or word not in self.english) and word not in STOP_WORDS:
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        for m in _SUBJECT_NAME.finditer(text):
            word = m.group("phi").split()[0].lower()
            if word in self.surnames and not self._everyday(word):
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        spans += [Span("name", m.start(), m.end()) for m in _CYRILLIC_INITIALS.finditer(text)]
        for m in _SYLLABLE_NAME.finditer(text):
            family = m.group("family")
            start = m.start("given")
            if family and family.lower() in _EAST_ASIAN_SURNAMES:
                start = m.start("family")
            spans.append(Span("name", start, m.end("given")))
        for m in _CAP_SPEAKER.finditer(text):
            value = m.group("phi")
            found = [w.lower() for w in re.split(r"[\s-]+", value)]
            if _SYLLABLE_NAME.fullmatch(value) or any(w.isupper() for w in value.split()):
                ok = _SYLLABLE_NAME.fullmatch(value) is not None  # "BONES:" is a heading
            elif len(value.split()) == 1:
                # one word: a first name, at a line's start only in a thread ("— Hiroko:"), or
                # a chat's speaker whose line goes on in lower case ("Nacho: oye, ¿has visto"),
                # by a first name or a word no dictionary of the layers knows
                word = found[0]
                thread = m.start() > 0 and text[m.start() - 2 : m.start()] in ("— ", "/ ")
                chat = re.match(r"[a-z¿¡]", text[m.end() :]) is not None and word not in _HEADINGS
                named = word in self.first and not self._everyday(word)
                unknown = (
                    len(word) >= 3
                    and word not in self.english
                    and word not in foreign_words()
                    and word not in PRODUCT_WORDS  # "Vocera: please call ..."
                    and not is_german_word(word)
                )
                ok = (thread and named) or (chat and (named or unknown))
            else:
                listed = any(w in self.first or w in self.surnames for w in found)
                unknown = all(w not in self.english and len(w) >= 3 for w in found)
                ok = all(not self._everyday(w) for w in found) and (listed or unknown)
            if ok:
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        if "|" in text or "\t" in text:
            spans += _person_cells(text)
        if "\n" in text or " | " in text:
            spans += _export_cells(text)
        spans += [Span("url", m.start("phi"), m.end("phi")) for m in _HOST.finditer(text)]
        for m in _COUNTRY_HOST.finditer(text):
            label, _, tld = m.group("phi").partition("/")[0].partition(":")[0].rpartition(".")
            # one label before the country is a host only when neither is an English word
            # ("sundhed.dk", "bit.ly/..."; not IU's "one month ago.no XXXX")
            if (
                "." in label
                or "/" in m.group("phi")
                or (label not in self.english and tld not in self.english)
            ):
                spans.append(Span("url", m.start("phi"), m.end("phi")))
        spans += [
            Span("facility", m.start(g), m.end(g))
            for pattern in (_AUTHORITY, _MSH_SITE, _PV1_SITE)
            for m in pattern.finditer(text)
            for g in ("phi", "to")
            if g in pattern.groupindex
            and m.group(g)
            and m.group(g).lower() not in DEPARTMENT_WORDS
            and m.group(g).lower() not in _SYSTEMS
            and not _SYSTEM_NAME.search(m.group(g))
        ]
        spans += [Span("url", m.start("phi"), m.end("phi")) for m in _HL7_HOST.finditer(text)]
        for m in _INSTITUTION.finditer(text):
            start, end = matched(m)
            value = text[start:end].strip()
            if value and value.lower() not in ("anonymous", "removed", "redacted", "none"):
                start = text.index(value, start)
                spans.append(Span("facility", start, start + len(value)))
        for m in _AGES.finditer(text):
            if _AGE_UNIT.match(text, m.end("run")):
                continue
            for n in re.finditer(r"\d{2,3}", m.group("run")):
                if 90 <= int(n.group(0)) <= 119:
                    spans.append(Span("age", m.start("run") + n.start(), m.start("run") + n.end()))
        for pattern in _DATES:
            group = "phi" if "phi" in pattern.groupindex else 0
            spans += [Span("date", m.start(group), m.end(group)) for m in pattern.finditer(text)]
        for m in _FILE_NAME.finditer(text):
            parts = m.group("phi").lower().split("_")
            if all(not self._everyday(p) for p in parts) and any(
                self._name_part(p) or p not in self.english for p in parts
            ):
                spans.append(Span("name", m.start("phi"), m.end("phi")))
        return spans


# syllables of romanised Korean and Cantonese given names, which are written joined by a hyphen
# ("Ji-ho", "Sang-woo", "Ka-ming", "Wai-yin") or as one word ("seoyeon")
_SYLLABLES = (
    r"(?:ji|ho|sang|woo|min|jun|joon|hye|jin|seo|yeon|hyun|soo|su|young|yeong|jae|dong|eun|ha|"
    r"yoon|yun|kyung|sung|seong|hee|tae|won|sook|mi|ja|ok|hwa|jung|jeong|yeon|hoon|hun|seok|suk|"
    r"chul|cheol|kyu|gyu|bin|bum|beom|hyuk|hyeok|gun|geun|na|ra|rim|ah|ae|in|il|yeol|nam|seung|"
    r"gi|ki|yong|woon|un|kook|guk|han|da|ye|si|yu|se|hyo|chan|ka|ming|tai|man|kit|wai|yin|siu|"
    r"fai|chi|wing|kwok|hon|kin|lok|yee|mei|ling|ping|kam|wah|hung|keung|kwan|chun|shing|lun|"
    r"fung|yan|ying|yuk|lai|sze|hei|ting|tin|pui|shan|kei|long|po|shu|fen|hui|ting|wen|jie|"
    r"xin|hao|yi|jia|qi|xiao|zhi|hong|li|na|ning|lan|feng)"
)
_SYLLABLE_WORD = re.compile(rf"{_SYLLABLES}{_SYLLABLES}")
_SYLLABLE_NAME = re.compile(
    rf"(?:\b(?P<family>[A-Z][a-z]{{1,4}})[ \t]+)?\b(?P<given>(?=[A-Z])(?i:{_SYLLABLES})-"
    rf"(?=[a-z]){_SYLLABLES})\b(?!-)"
)
#: Korean and Chinese family names in their common romanisations.
_EAST_ASIAN_SURNAMES = words(
    "kim lee park choi jung jeong kang cho yoon yun jang lim im han oh seo shin kwon hwang ahn "
    "an song ryu yoo jeon hong ko go moon mun yang son bae baek heo nam sim noh roh ha kwak sung "
    "cha joo chu woo koo ku min ra na jin chae won bang yeo pyo wong chan cheung leung lau ng "
    "chow chau yip ho tsang tang lam mak kwok fung tse lo poon siu yu au kong choy chin chiu wan "
    "hui lai tam tsui cheng yuen ma lui chung mok lok law to tong chen lin wu liu huang zhang "
    "wang hsu tsai hsieh kuo lu su tseng"
)
# the sender of a line of an exported chat, after its date and time: "[21/05/2024, 22:03] Sipho
# M: ...", "05/08/2024, 13:30 - Mphatso: ..." (a saved contact's name, a phone number, or "~ Efua")
_EXPORTED_SENDER = re.compile(
    r"(?m:^\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[ \t]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:[ \t]?[APap]\.?[Mm]\.?)?\]?(?:[ \t]+[-–])?[ \t]+(?:~[ \t]?)?"
    r"(?P<phi>[^\W\d_][^:\n\d]{0,38}?)[ \t]*:[ \t])"
)
# initials that sign a line off at its end: "... with errors. -- MH", "OK to use. -TH",
# a transcriptionist's "T: 03/14/2019 08:09  /lsd"
_SIGNED_INITIALS = re.compile(
    r"(?m:(?:^|(?<=\s))(?:(?:--?|–|—)[ \t]?(?P<phi>[A-Z]{2,3})|/(?P<low>[a-z]{2,3}))[ \t]*\.?[ \t]*$)"
)
# a meeting's list of those present by their initials, and an action given to one: "Attendance
# 21-Mar-24: JF, RK, FI, SG, JH", "Apologies: AB & CD", "Action: JH to book CT"
_LISTED_INITIALS = re.compile(
    r"(?i:\b(?:attendance|attendees|attending|present|apologies|in\s+attendance|panel|members)\b)"
    r"[^:\n]{0,24}:[ \t]*(?P<list>(?-i:[A-Z]{2,3})(?:[ \t]*(?:[,;/&]|\band\b)[ \t]*(?-i:[A-Z]{2,3}))+)"
    r"(?![\w-])"
)
_ACTION_INITIALS = re.compile(
    r"(?i:\bactions?(?:\s+points?)?\s*:\s*)(?P<phi>(?-i:[A-Z]{2,3}))(?:[ \t]*/[ \t]*(?P<also>"
    r"(?-i:[A-Z]{2,3})))?[ \t]+to[ \t]+[a-z]"
)
#: Letters at a line's end that sign no one: modalities, views, findings, units.
_NOT_SIGN_OFF = words(
    "ct mr mri us xr ap pa cxr pet nm icu ed er or ir nad wnl prn npo stat dnr tbd na nos rll "
    "rul lll lul rml ok ecg ekg ett ngt svc ivc rv lv la ra mm cm kg ml hu tb hiv ptx bd tds qds "
    "od bid tid qid iv im sc po pr am pm hr hrs min yr yrs pdf jpg png dcm"
)
#: Roles and teams an action is given to: "Action: CNS to phone the patient".
_NOT_ACTORS = _NOT_SIGN_OFF | words(
    "gp gps mdt cns sho spr str reg fy1 fy2 ahp slt hca dn dns team onc resp cts ward all"
)
#: Senders of a chat export that are no person.
_NOT_SENDERS = words("you du vous tú tu system admin bot")
# a capitalised speaker at the start of a line or of a comment: "Levent Koç: the lateral...",
# "— Sang-woo: \"name visible?\""
_CAP_SPEAKER = re.compile(
    r"(?m:(?:^|(?<=[—/]\s))(?P<phi>[A-Z][^\W\d_]+(?:-[a-z]+)?(?:[ \t][A-Z][^\W\d_]+)?)[ \t]*:[ \t])"
)

#: Endings of file names, which no handle has.
_FILE_TYPES = words(
    "pt pth py md js ts sh gz zip csv tsv txt log json jsonl yaml yml xml pdf png jpg jpeg dcm nii "
    "h5 pkl bin cfg ini db sql exe dll so tar doc docx xls xlsx ppt pptx html htm css rb go rs cpp "
    "hpp c h java kt r m mat npy npz ckpt onnx safetensors dat raw img iso mp4 avi mov wav mp3 svg "
    "gif bmp tif tiff dicom ima toml lock whl egg ipynb"
)

#: First names that open a line before a colon as a word: "may: ...", "will: ...".
_NOT_SPEAKERS = words(
    "may will can add art an so ok yes no sure done see re doc docs page sky jk team all guys folks "
    "sir boss chief"
)
#: Lower-case words that open a line before a colon as a heading, not a speaker.
_HEADINGS = words(
    "note notes plan impression findings history comparison technique indication update reason "
    "summary re fyi ps nb edit todo status action result results answer question tip warning "
    "error info debug addendum conclusion opinion recommendation subject date time from to cc "
    "bcc sent attachment attachments ref source sftp ftp ftps ssh sshd scp rsync http https smtp "
    "imap cron kernel nginx apache systemd dicom hl7 mllp"
)

# an application's name, not a site's: "SNJ_HIS", "STRH_RIS", "VISTA RAD"
_SYSTEM_NAME = re.compile(r"(?i:[_ -](?:his|ris|pacs|lis|emr|ehr|rad|app)$)")
#: Sending applications of HL7 that are systems, not sites.
_SYSTEMS = words(
    "ris pacs epic cerner his lis emr ehr rad radiology powerscribe radiant meditech hie mirth "
    "rhapsody cloverleaf gateway cxrgw vna ai test sender receiver sending receiving facility app "
    "application"
)


def is_alias(value: str) -> bool:
    """Whether ``value`` is the alias of an unidentified patient ("Trauma, Zulu")."""
    return _ALIAS.fullmatch(value) is not None
