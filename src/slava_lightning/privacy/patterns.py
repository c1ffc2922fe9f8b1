"""Pattern detectors: identifiers with a recognisable layout.

Dates (numeric with any separator, compact ``20190314``, ``12-Jan-2016``, ``March 14th``...), ages,
record numbers after their prefix (MRN, MR#, ACC#, NHS, SSN, encounter, case...), long bare digit
runs, phone numbers, e-mail addresses, URLs, IP addresses and street or postal addresses.

Each pattern is anchored on layout or context (a keyword, a month name, three date parts), so that
radiology measurements and anatomy ("left 5th rib", "2 cm", "T12", "C5-C6", "grade 2/3", "CTR
0.45") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from slava_lightning.privacy.gazetteer import (
    PRODUCT_WORDS,
    common_words,
    drug_names,
    first_names,
    words,
)
from slava_lightning.privacy.spans import STATE_ABBREVIATIONS, Span, matched

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# Month names match in any case only next to a day or year, so "may" alone stays a verb.
_MON = rf"(?i:{_MONTH})\.?"
_WEEKDAY_NAME = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
_WEEKDAY = rf"(?i:{_WEEKDAY_NAME}\.?,?\s+)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_FOREIGN_MONTH = (
    # French, Spanish, Italian, Portuguese, German, Dutch, Turkish, Polish (genitive)
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    "décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
    "octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|"
    "dicembre|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|dezembro|januar|"
    "jänner|februar|märz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|ocak|"
    "şubat|subat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|stycznia|"
    "lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"
)
#: A month, weekday or holiday word in any language the date patterns know.
DATE_WORD = re.compile(
    rf"(?i:\b(?:{_MONTH}|{_FOREIGN_MONTH}|{_WEEKDAY_NAME}|Christmas|Easter|Boxing|Thanksgiving|"
    r"Halloween|Diwali|Eid|Hanukkah|Ramadan|New\s+Year)\b)"
)
#: A vital sign's or lab value's label: "Temp 38.4, HR 112", "BP 120/80" are readings, no PHI.
VITALS = re.compile(
    r"(?i:\b(?:temp|temperature|hr|rr|bp|spo2|sats?|crp|pulse|gcs|fio2|peep|cvp|etco2)\b)"
    # laboratory and ventilator readings, only before their figure: "K 3.2", "Cr 188", "Vt 420"
    # (not the "na" of "Teach na Mara")
    r"|(?i:\b(?:na|k|cl|cr|creat|urea|bun|hb|hgb|wbc|plt|inr|ph|pco2|po2|paco2|pao2|hco3|lactate|"
    r"glucose|bnp|trop|troponin|mg|phos|alb|ast|alp|bili|lipase|procalcitonin|pct|vt)\b"
    r"(?=\s*[:=]?\s*\d))"
)
_ACIDITY = re.compile(r"\bpH\s*(?:of\s+|was\s+|is\s+|[:=]\s*)?$")
#: Month and weekday names, lower-cased (English).
DATE_WORDS = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september")
    + ("october", "november", "december", "monday", "tuesday", "wednesday", "thursday")
    + ("friday", "saturday", "sunday")
)
_HOLIDAY = (
    r"(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]?s(?:\s+(?:Day|Eve))?|Easter(?:\s+(?:Sunday|"
    r"Monday))?|Good\s+Friday|Boxing\s+Day|Thanksgiving(?:\s+Day)?|Independence\s+Day|"
    r"Labou?r\s+Day|Memorial\s+Day|Halloween|Diwali|Eid(?:\s+al-(?:Fitr|Adha))?|Hanukkah)"
)
_ORD = rf"{_DAY}(?i:st|nd|rd|th)?"
_MM = r"(?:1[0-2]|0?[1-9])"
_YEAR = r"(?:19|20)\d\d"
_YY = r"(?:\d\d)"
_SEP = r"[-/.]"
# Tokens of IU-Xray's own de-identification ("XXXX") are already masked and never re-detected.

# months of other calendars and of Turkish, as dates are written with them: Nepal's Bikram
# Sambat ("12 Chaitra 2080", "Falgun 22"), the Persian solar ("18 Ordibehesht 1403", "Mehr
# 1403"), the Hijri ("12 Shawwal 1445", "9 Muharram 1446 AH"), the Hebrew ("25 Adar II 5784")
_OTHER_MONTH = (
    r"(?:Baisakh|Baishakh|Jestha|Jeth|Asar|Ashadh|Shrawan|Saun|Bhadra|Bhadau|Asoj|Ashwin|Mangsir|"
    r"Poush|Push|Magh|Falgun|Phagun|Chaitra|Chait|"
    r"Farvardin|Ordibehesht|Khordad|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Bahman|Esfand|"
    r"Muharram|Safar|Rabi['’ ]?(?:al|ul)?[- ]?(?:Awwal|Thani|Akhir)|Jumad[ae]['’ ]?(?:al|ul)?[- ]?"
    r"(?:Ula|Awwal|Akhirah|Thani|Akhir)|Rajab|Sha['’]?ban|Ramadan|Ramazan|Shawwal|"
    r"Dhu['’ ]?(?:al|l)?[- ]?(?:Qa['’]?dah|Qidah|Hijjah)|"
    r"Tishrei|Cheshvan|Heshvan|Kislev|Tevet|Shevat|Adar(?:[ \t]+I{1,2})?|Nisan|Iyar|Sivan|Tammuz|Elul|"
    r"Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)"
)
# months that are also names or words take a year: "Tir 1403", "Dey 1402", "Av 5784"
_OTHER_MONTH_YEAR = r"(?:Tir|Dey|Av)"
_OTHER_YEAR = r"(?:1[34]\d\d|20[0-9]\d|57\d\d)(?:[ \t]?(?:AH|H|SH|BS|AP))?"
_DATES = [
    rf"\b(?:[12]?\d|3[0-2])\s+{_OTHER_MONTH}(?:,?\s+{_OTHER_YEAR})?\b"
    rf"|\b{_OTHER_MONTH}\s+(?:[12]?\d|3[0-2])\b(?:,?\s+{_OTHER_YEAR}\b)?"
    rf"|\b(?:(?:[12]?\d|3[0-2])\s+)?(?:{_OTHER_MONTH}|{_OTHER_MONTH_YEAR})\s+{_OTHER_YEAR}\b",
    # y-m-d and d-m-y / m-d-y with any one separator, two- or four-digit years.
    rf"\b{_YEAR}(?P<s1>{_SEP}){_MM}(?P=s1){_DAY}(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b",
    rf"\b{_WEEKDAY}?{_DAY}(?P<s2>{_SEP}){_DAY}(?P=s2)(?:{_YEAR}|{_YY})\b(?![-/.]\d)",
    # Roman-numeral months: "12.IV.1930", "3 XI 2019"
    rf"\b{_DAY}[-/. ](?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[-/. ](?:{_YEAR}|{_YY})\b",
    # compact yyyymmdd, and with a time: "20190314T083000", "20240517T021144Z"
    rf"\b{_YEAR}(?:1[0-2]|0[1-9])(?:[12]\d|3[01]|0[1-9])\b",
    rf"\b{_YEAR}(?:1[0-2]|0[1-9])(?:[12]\d|3[01]|0[1-9])T\d{{4,6}}(?:\.\d+)?Z?\b",
    # 12-Jan-2016, 12 Jan 2016, 12Jan2016, 5th of June, 14 March
    rf"\b{_WEEKDAY}?(?:the\s+)?{_ORD}(?:\s*(?:of\s+)?|[-/.]?){_MON}(?![a-z])(?:[-/.,]?\s*(?:{_YEAR}|'?{_YY}\b(?!:\d)))?",
    # Jan-12-2016, March 14th, 2019, Sept 4, Monday, March 3
    rf"\b{_WEEKDAY}?{_MON}(?:\s+|[-/.]){_ORD}\b(?:(?:,\s*|\s+|[-/.]){_YEAR}\b)?",
    # March 2017, Nov '24, mid-July 2020, March of 2015
    rf"\b(?:(?i:mid|early|late)-?\s?)?{_MON}\s*,?\s*(?:of\s+)?(?:{_YEAR}\b|'{_YY}\b)",
    # other languages, with day and year: "07 janvier 2020", "3. Mai 2021", "15 de marzo de 2022"
    rf"\b{_DAY}\.?\s+(?:de\s+)?(?i:{_FOREIGN_MONTH})\s+(?:de\s+|del\s+)?{_YEAR}\b",
    # holidays with a year: "Christmas Day 2019", "Easter Monday, 2021"
    rf"\b{_HOLIDAY},?\s+{_YEAR}\b",
    # weekday + ordinal ("Monday 3rd"), weekday + day/month ("Fri 9/4")
    rf"\b{_WEEKDAY}(?:the\s+)?{_DAY}(?i:st|nd|rd|th)\b",
    rf"\b{_WEEKDAY}{_DAY}/{_DAY}\b(?![-/.]\d)",
    # a month of another language and a year: "junio 2018", "mars de 2019"
    rf"\b(?i:{_FOREIGN_MONTH})\s+(?:de\s+|del\s+)?{_YEAR}\b",
    # East Asian: "2020年3月14日", "2020년 3월 14일", Japanese eras "平成31年3月14日", "H31.3.14"
    r"(?:\d{4}|(?:令和|平成|昭和)\d{1,2})\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?",
    r"\d{4}\s?년\s?\d{1,2}\s?월(?:\s?\d{1,2}\s?일)?",
    r"\b[HRST]\d{1,2}[./]\d{1,2}[./]\d{1,2}\b(?![./]\d)",
    # Thai: "5 ม.ค. 2562" (a day, a Thai month, a Buddhist-era or common year)
    r"\b\d{1,2}\s*[\u0e00-\u0e7f][\u0e00-\u0e7f.]*\s*(?:25\d\d|(?:19|20)\d\d)\b",
    # Korean month and day without a year: "6월 11일"
    r"(?<!\d)\d{1,2}\s?월\s?\d{1,2}\s?일",
    # y/m/d against letters of a script without spaces ("2024/02/14の前回CT")
    rf"(?<![\d/.-]){_YEAR}(?P<s3>[-/.]){_MM}(?P=s3){_DAY}(?![\d/-]|\.\d)",
    # year-month: "1974-03 to 1988-11" (an employment history), "since 2019-06"
    rf"(?<![\w./-]){_YEAR}-(?:0[1-9]|1[0-2])(?![\w/-]|[.:]\d)",
    # month.year: "last MRI 09.2023"
    rf"(?<![\d/.-])(?:1[0-2]|0[1-9])\.{_YEAR}(?![\d/-]|\.\d)",
    # month/year: "(Ms Fields, 11/2020)", "since 03/2019"
    rf"(?<![\d/.-])(?:1[0-2]|0?[1-9])/{_YEAR}(?![\d/-]|\.\d)",
    # Russian genitive months: "12 марта 2024 г."
    r"\b\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    r"ноября|декабря)(?:\s+\d{4}(?:\s*г\.?)?)?",
    # a German, French, Spanish or Dutch weekday before a numeric date: "Mo, 15.01.2024"
    rf"\b(?:Mo|Di|Mi|Do|Fr|Sa|So|lun|mar|mer|jeu|ven|sam|dim|ma|wo|vr|za|zo)\.?,?\s+"
    rf"{_DAY}[./]{_MM}[./](?:{_YEAR}|{_YY})\b",
]
# A year or day/month alone is a date only after a temporal word; the ``phi`` group is the span.
_DATE_CONTEXT = [
    rf"(?i:\b(?:in|on|since|from|during|until|till|dated?|year|of|died|born|desde|seit|depuis|"
    rf"sinds|dal|od|em|en|im)\s+)(?P<phi>{_YEAR})\b(?![-/.]\d)",
    rf"(?i:\b(?:on|dated?|since|from|until|till|by)\s+)(?P<phi>{_MM}/{_DAY})\b(?![-/.]\d)",
    rf"(?i:\b(?:on|dated?|since|from|until|till|by)\s+)(?P<phi>{_DAY}/{_MM})\b(?![-/.]\d)",
    # a day and month after an injury or event, or before a study: "MVA 14/2", "the 12/3 CT"
    rf"(?i:\b(?:mva|rta|rtc|fall|fell|injury|injured|trauma|accident|assault|foosh|surgery|"
    rf"op|onset|admission|admitted|seen\s+by\s+me|obtained\s+by\s+[A-Z][\w.]*(?:\s+[A-Z][\w'-]+)?)"
    rf"\s+)(?P<phi>{_DAY}/{_MM})\b(?![-/.]\d|\s*(?:mm|cm|%|(?i:of|hours?|hrs?|days?|weeks?|"
    r"wks?|months?|inch|in\b)))",
    rf"(?i:\bthe\s+)(?P<phi>{_DAY}/{_DAY})(?=\s+(?i:ct|cta|cxr|mri|mr|us|film|study|scan|exam|"
    r"x-?ray|images?|report|pet|angiogram|visit|appointment|slot|bronch\w*|biopsy)\b)",
    # a month and day after a study or procedure: "CXR 3/19 stable", "PE on CTA 3/12",
    # "S/p bronch 3/9" (not a grade or a ratio: "ILO 1/0", "power 4/5")
    rf"(?i:\b(?:cxr|cta|ct|mri|pet(?:-ct)?|film|bronch|bronchoscopy|echo|tte|tee|ekg|ecg|visit|"
    rf"biopsy|thoracentesis)\s+)(?P<phi>{_MM}/{_DAY})\b(?![-/.]\d|\s*(?:mm|cm|%|(?i:of|strength|"
    r"power|hours?|hrs?|days?|weeks?|wks?|months?)\b))",
    # a booking: "rebooked for 4/12", "scheduled 5/3"
    rf"(?i:\b(?:re)?(?:booked|scheduled)\s+(?:for\s+)?(?:on\s+)?)(?P<phi>{_MM}/{_DAY})\b(?![-/.]\d)",
    # a month and day with a time: "repeat film 4/3 15:00", "[04/09 16:11]"
    rf"(?<![\d/.:-])(?P<phi>{_MM}/{_DAY}(?:\s+|\s+at\s+)(?:[01]?\d|2[0-3]):[0-5]\d)(?![\d/]|:\d)",
    # "seen 4/7", "scanned 12/3": a day and month after a verb of a visit
    rf"(?i:\b(?:seen|scanned|imaged|admitted|discharged|performed|done|obtained|taken)\s+(?:on\s+)?)"
    rf"(?P<phi>{_DAY}/{_DAY})\b(?![-/.]\d)",
    # a day and month on a comparison line or after a reading: "COMPARISON: 3/14 and 2/2",
    # "compared w/ 1/9 film"; in brackets or ending a sign-off, the day past 12: "(5/21)", ", 5/21"
    rf"(?i:\b(?:comparison|compared(?:\s+(?:with|to|w/))?|prior(?:\s+(?:study|exam|film|ct|cxr))?|"
    rf"previous|last\s+seen|vs\.?|versus)\s*:?\s+(?:(?:ct|cxr|film|study|exam|mri)\s+(?:of\s+|on\s+)?)?)"
    rf"(?P<phi>{_DAY}/{_DAY})\b(?![-/.]\d|\s*(?:mm|cm|%))",
    rf"(?:(?<=\()|(?<=[^\W\d_], ))(?P<phi>{_MM}/(?:1[3-9]|2\d|3[01]))(?=\)|\.?$)",
    # a day and month written with a leading zero, which no fraction or grade has: "ins 03/11",
    # "Line check 14/03"
    r"(?<![\w/.:,-])(?P<phi>0[1-9]/(?:0[1-9]|[12]\d|3[01])|(?:1[0-2]|[12]\d|3[01])/0[1-9])"
    r"(?![\w/.:-]|\.\d|\s*(?:mm|cm|%|(?i:of|strength|power|hours?|hrs?|days?|weeks?|months?)\b))",
    # a day and month after an event word, or after "for" when one part is past 12 (no
    # fraction, grade or span of days: "for 1/2 hour", "for 3/7"): "hearing 14/3", "invoice for
    # 3/21", "a 4/4 appointment"
    rf"(?i:\b(?:hearing|appt|appointment|review|due|ins|inserted|placed|check|checked|visit|"
    rf"booked|mention\w*|listed|adjourned|returned|left|removed|changed|started|stopped|"
    rf"(?:moved|deferred|postponed|rebooked|brought\s+forward)\s+to)\s+(?:on\s+)?)"
    rf"(?P<phi>{_DAY}/{_DAY})\b"
    r"(?![-/.]\d|\s*(?:mm|cm|%|(?i:of|strength|power|hours?|hrs?|days?|weeks?|months?)\b))",
    r"(?i:\bfor\s+)(?P<phi>(?:1[3-9]|2\d|3[01])/(?:1[0-2]|0?[1-9])|(?:1[0-2]|0?[1-9])/(?:1[3-9]|2\d|3[01]))"
    r"\b(?![-/.]\d|\s*(?:mm|cm|%|(?i:of|hours?|hrs?|days?|weeks?|months?)\b))",
    rf"(?i:\ba\s+)(?P<phi>{_DAY}/{_DAY})(?=\s+(?i:appointment|appt|visit|slot|review|clinic|"
    r"hearing|ct|cxr|scan|film)\b)",
    # a day and month after an Italian, Spanish or French article or cue: "RX del 01/03", "il
    # 3/1", "domani 15/3", "lunedì 18/03" (not a fraction of an organ: "il 1/3 medio")
    rf"(?i:\b(?:del|il|dal|al|entro|domani|oggi|ieri|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|"
    rf"venerd[iì]|sabato|domenica|el|desde|hasta|depuis|jusqu['’]au|du|au)\s+)"
    rf"(?P<phi>{_DAY}/{_MM})\b(?![-/.]\d|\s*(?:mm|cm|%|medio|superiore|inferiore|distale|"
    r"prossimale|anteriore|posteriore|inferior|superior|moyen))",
    # a month and day after an arrival, a hand-over or a message: "arrived 7/3", "SIGN-OUT
    # 4/22", "Secure chat 4/28:"
    rf"(?i:\b(?:arrived|sign-?out|handover|hand-off|chat|extubated|intubated|transferred|"
    rf"transfused|delivered|readmitted|re-admitted)\s+(?:on\s+)?)"
    rf"(?P<phi>{_MM}/{_DAY})\b(?![-/.]\d|\s*(?:mm|cm|%|(?i:of|hours?|hrs?|days?)\b))",
    # a month and day after more words of a visit, a message or a list: "missed 2/19 and 2/26",
    # "released 3/3", "applied 3/4", "link for 3/10", "slots 3/15?", "Addendum 14/3", "the CT of
    # 3/4", "moved from 3/6 to 3/20"
    rf"(?i:\b(?:missed|released|applied|cancell?ed|confirmed|rescheduled|no-?showed|addendum|"
    rf"clinic|board|huddle|slots?|link\s+for|visit\s+for|(?:ct|cxr|film|study|scan|exam|x-?ray|"
    rf"mri|pet|report)\s+of|(?:from\s+{_DAY}/{_DAY}|between\s+{_DAY}/{_DAY})\s+(?:to|and|through|-))"
    rf"\s+(?:on\s+)?)(?P<phi>{_DAY}/{_DAY})\b(?![-/.]\d|\s*(?:mm|cm|%|(?i:of|strength|power|"
    r"hours?|hrs?|days?|weeks?|months?|murmur|tabs?|tablets?)\b))",
    # "the 3/12 tumor board", "the 3/4 list"
    rf"(?i:\bthe\s+)(?P<phi>{_DAY}/{_DAY})(?=\s+(?i:(?:thoracic\s+|lung\s+|chest\s+)?(?:tumou?r\s+"
    r"board|board|list|clinic|meeting|mdt|mdm|huddle|session)\b))",
    # a month and day that opens an item of a list of studies: "5/1 portable CXR - ...; 5/2
    # thoracentesis"
    rf"(?:^|(?<=[;:] )|(?<=[;:]))(?P<phi>{_MM}/{_DAY})(?=\s+(?i:portable|cxr|ct|cta|mri|pet|"
    r"film|thoracentesis|bronch\w*|biopsy|echo|tte|post-procedure|repeat|chest|x-?ray|us|"
    r"ultrasound|angiogram|paracentesis|drain|intubation|extubation)\b)",
    # a day and a French month, or a German one after the day's dot, without a year: "le
    # 15 mars", "16 mars", "3. Mai"
    r"\b(?P<phi>(?:[12]\d|3[01]|0?[1-9]|1er)\s+(?:janvier|février|fevrier|mars|avril|mai|juin|"
    r"juillet|août|aout|septembre|octobre|novembre|décembre|decembre))(?![\w-])",
    # an Italian, Spanish or Portuguese one: "il 4 marzo", "dal 22 gennaio", "el 15 de marzo"
    r"\b(?P<phi>(?:[12]\d|3[01]|0?[1-9])\s+(?:de\s+)?(?:gennaio|febbraio|marzo|aprile|maggio|giugno|"
    r"luglio|agosto|settembre|ottobre|novembre|dicembre|enero|febrero|abril|mayo|junio|julio|"
    r"septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|"
    r"setembro|outubro|dezembro))(?![\w-])",
    r"\b(?P<phi>(?:[12]\d|3[01]|0?[1-9])\.\s?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|"
    r"September|Oktober|November|Dezember))\b",
    # a claim form's spaced date after its cue: "DOS 03 14 25 to 03 14 25"
    r"(?i:\b(?:dos|date\s+of\s+service|dob|from|to|through|thru)\s*:?\s*)"
    r"(?P<phi>(?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01]) (?:(?:19|20)\d\d|\d\d))(?![\d ]\d)",
    # month, day and year run together inside a file name: "cxr_report_03042025.pdf"
    r"(?<=[_-])(?P<phi>(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d\d)(?=[._-])",
    # a day's ordinal confirmed or offered in a message: "22nd confirmed", "is the 21st ok?"
    rf"(?i:(?::|\bthe)\s+)(?P<phi>{_DAY}(?:st|nd|rd|th))(?=\s+(?:confirmed|ok|okay|works|is\s+fine|"
    r"suits|booked|then|instead)\b|\s*\?)",
    # "on the 14th", "again on the 21st", "on 21st", "(21st)"
    rf"(?<=\()(?P<phi>(?:the\s+)?{_DAY}(?i:st|nd|rd|th))(?=\))",
    rf"(?i:\b(?:on|since|from|until|till|by|dated?|to|for|not|before|after)\s+)"
    rf"(?P<phi>(?:the\s+)?{_DAY}(?:st|nd|rd|th))\b"
    r"(?!\s*(?:-|(?:left|right|and\s+\d+\w*)\s+)?(?:ribs?|intercostal|space|vertebra|thoracic|lumbar|"
    r"cervical|sacral|digit|finger|toe|metacarpal|metatarsal|percentile|day|week|month|year|"
    r"postoperative|hospital|floor|time|attempt|dose|cycle|trimester|level)\b)",
]
# an age told in prose: "my mother is 99 and can't come in", "the patient, now 90, remains",
# "Age recorded as 112 on RIS"; not a reading ("heart rate is 95 and", "SpO2 is 94%")
_AGE_IS = re.compile(
    r"(?:(?i:\bage\s+(?:at|on)\s+(?:report|referral|admission|death|exam\w*|diagnosis|study|scan)"
    r"\s*[:=]\s*)|"
    r"\b(?:is|now|turned|turns|turning|been|was|herself|himself|(?i:i'?m|i\s+am|he'?s|she'?s|"
    r"they'?re|nonagenarian|centenarian)|(?i:pt|patient|veteran|resident|participant|client|"
    r"member)\.?(?=\s+\d+\s*[,;)]))[ \t:,-]+|"
    r"(?i:\bage\s+(?:recorded|given|listed|entered|documented|shown|stated)\s+as\s+))"
    r"(?P<phi>(?:9\d|1[01]\d|ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"(?:a|one)[- ]hundred(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?))\b"
    r"(?=\s*(?:,|;|\.(?!\d)|\)|$|and\b|but\b|on\b|when\b|years?\b|yrs?\b|today\b|this\b|"
    r"now\b|according\b|per\b|next\b|last\b))"
)
# an age over 89 told by a birthday or as the oldest: "his 100th birthday", "oldest on the unit at
# 101"
_AGE_TOLD = re.compile(
    r"\b(?P<phi>9\d|1[01]\d)(?=(?:st|nd|rd|th)\s+birthday\b)"
    r"|(?i:\boldest\b[^.;\n]{0,40}?\bat\s+)(?P<oldest>9\d|1[01]\d)\b"
    r"(?!\s*(?i:%|mm|cm|kg|kv|mas|ml|mg|bpm|°|units?|percent|years?\s+ago)\b)"
)
_VITAL_BEFORE = re.compile(
    r"(?i:\b(?:rate|hr|rr|bp|pressure|spo2|sats?|saturation|temp\w*|pulse|score|count|level|"
    r"grade|percent\w*|weight|height|bmi|glucose|sugar|hb|haemoglobin|hemoglobin|platelets?|"
    r"wbc|crp|egfr|creatinine|volume|size|number|total|dose|mgy|dlp|kv|mas|port)\b[^.;]*$)"
)
# a year alone in history or listed: "cholecystectomy 1987", "inserted 2009", "the 2012
# oesophagectomy", "Prior mammograms: 2019, 2021", "(melanoma, 2022)"; not a quantity ("2000 mL")
# or a guideline's, classification's or version's year ("Fleischner 2017", "WHO 2021 criteria")
_LONE_YEAR = re.compile(
    r"(?<![\w./:-])(?:19[3-9]\d|20[0-2]\d)(?![\w./%:-]|\s*(?:[-–]\s*\d|[x×]\s*\d|"
    r"(?i:m?l\b|mg|mcg|g\b|kg|units?|iu\b|cc\b|mm|cm|ms\b|hu\b|cases|patients|studies|"
    r"guidelines?|criteria|classification|consensus|version|edition|update|revision|"
    r"recommendations?|statement|staging|system|protocol|scores?|lexicon|atlas|model|series|"
    r"release)\b))"
)
_NOT_YEAR_BEFORE = re.compile(
    # a time of day: "phoned at 1930"
    r"(?i:\b(?:at|@)\s*$)|"
    r"(?i:\b(?:fleischner|bosniak|who|acr|tnm|ajcc|esc|gold|bts|nice|esur|ats|ers|rads|society|"
    r"criteria|version|edition|classification|guidelines?|revised|updated|model|series|iso|iec|"
    r"din|windows|office|code|icd|cpt|snomed|hl7|dicom|fhir|grade|v|ver|rev|release|room|bed|"
    r"ext|extension|bleep|pager|page|box|suite|unit|floor|no|number|#|id|mrn|acc|x|jpeg|jpg|mpeg|"
    r"windows|server|sql|excel|word|visio|autocad|epic|cerner|sunquest|meditech|ibm|ps|xbox)\.?\s*[:#]?\s*$)"
)
# a document's or a programme's year, not an event of the patient's: "updated in 2021"
_DOCUMENT_YEAR = re.compile(
    r"(?i:\b(?:revised|published|issued|released|introduced|launched|amended|adopted|"
    r"enacted|renamed|founded|established)(?:\s+(?:in|since))?\s+$)"
)
_MONTH_WORD = re.compile(rf"(?i:{_MONTH}|{_FOREIGN_MONTH})\.?")
# a day and month listed right after a date: "seen 4/7 and 4/9", "12/3, 14/3"
_DATE_LIST = re.compile(
    rf"(?:\s*,\s*|\s+(?:and|or|&)\s+)(?P<phi>{_DAY}/{_DAY}|the\s+{_DAY}(?:st|nd|rd|th))\b(?![-/.]\d)"
)

# Only ages over 89 are identifiers (HIPAA Safe Harbor); "45-year-old" is clinical text.
#: Units after a number that make it a measurement, not an age ("95 mm", "92 %", "90 bpm").
_UNIT_AFTER = (
    r"%|mm|cm|m|km|kg|g|mg|mcg|µg|ug|ml|mL|l|L|bpm|mmhg|mmHg|hu|HU|min|mins|minutes?|s|sec|"
    r"seconds?|h|hrs?|hours?|days?|weeks?|months?|kv|kV|mas|mAs|mgy|mGy|beats?|breaths?|units?|"
    r"percent|per\s+cent|x|×|°|°C|cases|patients|people|films|studies|images|slices"
)
_OLD = r"(?:9\d|1[01]\d)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_OLD_WORDS = (
    rf"(?:ninety(?:[- ]{_UNITS})?|(?:(?:one|a)[- ])?hundred(?:[- ](?:and[- ])?(?:{_UNITS}|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)"
)
_OLD_ANY = rf"(?:{_OLD}|{_OLD_WORDS})"
# "years" in other languages: "95 år", "91 Jahre", "93 ans", "92 años", "94 anni", "96 jaar"
_YEARS_WORD = (
    r"(?:years?|yrs?|yr\.|år|ára|jahre?n?|ans|años|anos|anni|jaar|lat|yaş|yas|barsa|barsha|"
    r"bochor|bochhor|saal)"
)
_AGE = [
    rf"\b{_OLD_ANY}[- ]?(?:year|yr|y)s?\.?[- ]old\b",
    rf"\b{_OLD}\s?-?(?:y/o|yo|y\.o\.?|yrs?\.?\s?o\.?)(?=[\s,.;)]|$)",
    # a table's age cell beside its sex cell: "A.W.,F,91,1933-01-02", "S-00450\t90\tw\tJan 2024"
    r"(?m-i:(?:^|[,;|\t])[ ]?(?:M|F|W|m|f|w|Male|Female|male|female)[ ]?[,;|\t][ ]?"
    r"(?P<phi>9\d|1[01]\d)(?=[ ]?[,;|\t]|$))",
    r"(?m-i:(?:^|(?<=[,;|\t])|(?<=[,;|\t][ ]))(?P<phi>9\d|1[01]\d)(?=[ ]?[,;|\t][ ]?(?:M|F|W|m|f|w|"
    r"Male|Female|male|female)[ ]?(?:[,;|\t]|$)))",
    # "99 YOF", "91yom": years old and the sex in one
    rf"\b{_OLD}\s?-?yo[mf]\b",
    # "pt ninety-one", "age as ninety-four": an age spelled out after the patient or "age as"
    rf"\b(?:pt|patient|age\s+as)\s+(?P<phi>{_OLD_WORDS})\b",
    rf"\b(?:aged?|age\s+of|at\s+age)\s*:?\s*{_OLD_ANY}(?:\s*(?:years?|months?|yrs?))?\b",
    rf"\b{_OLD_ANY}\s+{_YEARS_WORD}\s+of\s+age\b",
    rf"\b{_OLD}\s?-?(?:M|F)\b(?=[\s,.;:)/]|$)",
    rf"\b{_OLD}\s?-?Y\b(?=[\s,.;)/]|$)",
    # an age in other languages' own forms: "(91 J.)", "92-jährige", "97 yaşında", "95 tuổi",
    # "usia 92 tahun", "90歳", "93세", "94 лет", "90-vuotias", "92 éves", "91-årig"
    rf"\b{_OLD}\s?-?(?:J\.|jährige[rnms]?\b|jarige\b|éves\b|vuotias\b|årig[ae]?\b|yaşında\b|"
    r"yasinda\b|tuổi\b|tahun\b|歳|才|세|лет\b|года\b|год\b)",
    # a duration is no age: "92 years" is, "2 years" and "91 years ago" are not
    rf"\b{_OLD}\s?{_YEARS_WORD}(?!\w)(?!\s+(?:ago|earlier|later|prior|before|after|since|"
    r"previously|of\s+(?:follow|treatment|therapy|smoking|service)))",
    # "Giulia Bianchi, 93, admitted": a bare age over 89 between commas after a word
    rf"(?<=[^\W\d_], ){_OLD_ANY}(?=\s*[,;)])",
    # "Kenji Mori (91)", "DOB 1/1/1929 (95)": an age in brackets after a name or a birth date
    rf"(?<=[^\W\d_] )\({_OLD}\)|(?<=\d )\({_OLD}\)",
    # "pt is 101", "patient is ninety-four"
    rf"\b(?:pt|patient|she|he)\s+is\s+(?:now\s+)?(?P<phi>{_OLD_ANY})(?![.,]\d)"
    r"(?=\s*(?:[,;.)]|$|and\b|with\b))",
    # "nonagenarian, 94", "centenarian (101)", "in her nineties"
    rf"\b(?:nonagenarian|centenarian|supercentenarian)(?:,?\s*\(?(?:aged\s+)?{_OLD_ANY}\b\)?)?",
    r"\b(?:in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[- ])?)(?:90s|nineties|hundreds)\b",
    # "turned 100 last week", "turns ninety-one", "a man of ninety", "M/97", "F 93"
    rf"\b(?:turned|turns|turning|reached|man\s+of|woman\s+of|lady\s+of|gentleman\s+of)\s+"
    rf"(?P<phi>{_OLD_ANY})\b",
    rf"(?-i:\b[MF]\s?/\s?(?P<phi>{_OLD})\b)",
    # "91/M", "93 / F"; DICOM's zero-padded "094Y"
    rf"(?-i:\b(?P<phi>{_OLD})\s?/\s?[MF]\b)",
    r"(?-i:\b(?P<phi>09\d|1[01]\d)Y\b)",
    # other languages: "93 года", "96岁", "92세", "lat 92", "90 años", "93 ans", "91 Jahre"
    rf"(?P<phi>{_OLD})\s?(?:года|лет|岁|歳|세|años|anos|ans|jahre|jaar|anni|ετών|ετων|χρονών)(?!\w)",
    rf"\b(?:lat|età|edad|idade|âge|alter|leeftijd|yaş|ouderdom|umur|wiek|ηλικία|возраст|"
    rf"usia|tuổi|ålder|alder|ikä|umri|miaka|ọdún|odun)\"?\s*[:=]?\s*(?:miaka\s+)?(?P<phi>{_OLD})\b",
    # a relative's age after the relative: "brother 93, sister 88", "her mother, 98."
    rf"\b(?:mother|father|brother|sister|husband|wife|aunt|uncle|grandmother|grandfather|grandma|"
    rf"grandpa|spouse|neighbou?r)\s*,?\s*(?:is\s+|aged\s+)?(?P<phi>{_OLD})\b"
    r"(?![.,]\d|\s*(?:%|mg|kg|mm|cm|bpm|units?|minutes?|min|years?\s+ago)\b)",
    # an age between dashes after a name in a list line: "Nan Bevan - 92 - Llandough"
    rf"(?<=[^\W\d_] - ){_OLD}(?= - )",
    # "at ninety-one she still drives" (not "at ninety degrees")
    rf"\bat\s+(?P<phi>{_OLD_WORDS})\b(?!\s*(?:degrees?|°|percent|%|mm|cm|bpm|minutes?|"
    r"seconds?|mmhg|kg|mg)\b)",
    # Italian: "anni 93", "93enne", "una 97enne"
    rf"\banni\s*:?\s*(?P<phi>{_OLD})\b(?![.,]\d)",
    rf"\b(?P<phi>{_OLD})\s?-?enne\b",
    # "han är 94", "hun er 96": he or she is, in Swedish, Danish and Norwegian
    rf"\b(?:han|hon|hun)\s+(?:är|er)\s+(?P<phi>{_OLD})(?=\s*(?:[,;.)]|$))",
    # "age is 94", "patient age, which is 92"
    rf"\bage,?\s+(?:which\s+)?(?:is|was|now)\s+(?P<phi>{_OLD_ANY})\b",
    # "F 96, bed-bound", "Sex/age: M 98", "pt 93 female", "Now 104,", "At 95 he ..."
    rf"(?-i:\b[MF]\s(?P<phi>{_OLD})\b)(?=\s*[,.;:)]|\s*$)",
    rf"\b(?:pt|patient)\s+(?P<phi>{_OLD})\s+(?:female|male|f|m|yo|y/o|years?)\b",
    rf"(?:^|(?<=[.;]\s))(?:now|at)\s+(?P<phi>{_OLD})(?=,|\s+(?:he|she|they)\b)",
    # "lived to 93", "died at 98", "the eldest 97", "the oldest resident is 104"
    rf"\b(?:lived\s+to|(?:died|passed\s+away)\s+(?:at|aged)|(?:the\s+)?(?:eldest|oldest)"
    rf"(?:\s+(?:resident|patient|relative|sibling|one|of\s+them))?(?:,|\s+is|\s+was|\s+at)?)\s+"
    rf"(?P<phi>{_OLD_ANY})\b(?!\s*(?:{_UNIT_AFTER})\b|[.,]\d)",
    # "a nun of 95", "grandmother of 102", "a retired pilot of ninety"
    rf"\b(?:man|woman|lady|gentleman|gent|widow|widower|nun|priest|grandmother|grandfather|"
    rf"grandma|grandpa|great-grandmother|great-grandfather|veteran|pilot|teacher|farmer|"
    rf"resident)\s+of\s+(?P<phi>{_OLD_ANY})\b(?!\s*(?:mm|cm|%|kg|mg|ml|bpm|units?)\b)",
]

# Ages of any number, for callers that mask every age (``PatternDetector(all_ages=True)``).
_AGE_ANY = [
    r"\b\d{1,3}[- ]?(?:year|yr|month|mo|week|wk|day)s?[- ]old\b",
    r"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)(?:[- ](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?)[- ]years?[- ]old\b",
    r"\b\d{1,3}\s?-?(?:y/o|yo|y\.o\.)(?=[\s,.;)]|$)",
    r"\b(?:aged?|age of)\s*:?\s*\d{1,3}(?:\s*(?:years?|months?|yrs?))?\b",
    r"\b\d{1,3}\s+years?\s+of\s+age\b",
    r"\b\d{1,3}\s?-?(?:M|F)\b(?=[\s,.;)/]|$)",
    r"\b\d{2,3}\s?-?Y\b(?=[\s,.;)/]|$)",
]
_AGE_ANY_PATTERNS = [
    re.compile(p) if "M|F" in p else re.compile(p, re.IGNORECASE) for p in _AGE_ANY
]

# Prefixes that introduce a record number. The value must hold a digit.
ID_PREFIX = (
    r"(?:MRN|MR\s*#|MR\s*(?:no|num|number)\.?|Med(?:ical)?\.?\s*Rec(?:ord)?\.?\s*(?:#|no\.?|"
    r"number|num\.?)?|(?:hospital|record|chart|unit|patient|pt\.?|account|acct\.?|visit|"
    r"encounter|enc\.?|case|study|exam|order|requisition|req\.?|specimen|accession|acc\.?|accn\.?|"
    r"admission|referral|insurance|policy|member|subscriber|health\s*card|NHS|CHI|SSN|social\s+"
    r"security|FIN|CSN|ID|UR|URN|EMPI|NPI|hosp\.?|medicare|medicaid|aadhaa?r|OHIP|RAMQ|MBI|HICN?|"
    r"beneficiary|passport|driver['’]?s\s+licen[cs]e|licen[cs]e|NI|NINO|NHI|IHI|CPR|BSN|DNI|NIE|"
    r"CURP|CPF|RUT|PESEL|NRIC|NIC|personnummer|claim|ref(?:erence)?\.?|"
    r"subject|participant|serial|device|lot|batch|authori[sz]ation|auth|sample|barcode|"
    r"tracking|ticket|badge|employee|staff|voucher|"
    # a plan's group, a jail's booking, a payer's control numbers, Northern Ireland's health
    # and care number: "Group # 004471", "Booking #24-118822", "ICN 2024031500123", "H&C 123 456 7890"
    r"group\s*(?:#|no\.?|num\.?|number|ID)|grp\s*#?|booking|inmate|ICN|DCN|TCN|EIN|TIN|tax\s+id|"
    r"H\s?&\s?C|interpreter\s+id|"
    # registration of staff and people: "CPSO #81234", "registry no. 6310045201", "A-number"
    r"CPSO|CMQ|CPSBC|CPSA|CPSM|GMC|AHPRA|HPCSA|DEA|registry|registration|reg\.|band|permis|"
    # South Asian medical councils, and Sri Lanka's bed-head ticket: "SLMC 21457", "BHT 2291"
    r"SLMC|PMDC|BMDC|NMC|BHT|"
    r"status\s+card|A-?number|alien\s+(?:registration\s+)?number|docket|"
    r"(?:(?:study|series|sop)\s*(?:instance\s*)?)?UID)\s*(?:(?:#|nos?\.?|numbers?|num\.?|ID|code)"
    r"\s*)*)"
)
# at least three digits, so "case 2" or "study 1" stay text
_ID_VALUE = (
    r"(?=(?:[A-Z]{0,4}|[a-z]{1,3})[-/.]?\d(?:[-/. ]?[\dA-Z]){2})(?:[A-Z]{0,4}|[a-z]{1,3})[-/.]?\d[\dA-Z]*"
    r"(?:[-/.][\dA-Z]+|\s\d{2,}[\dA-Z]*|\s\d(?=[;,)]|\.?$)){0,24}"
)
_IDS = [
    # a Social Security number with its first digits masked, or its last four after a cue:
    # "SSN xxx-xx-6172", "last four 6042", "SN redacted except 4471"
    r"(?i:\bx{3}-?x{2}-?)\d{4}\b",
    r"(?i:\b(?:last[ -](?:four|4)(?:\s+(?:of\s+)?(?:ssn|ss#|social))?|(?:ssn|account|acct|card|"
    r"number|no\.?)\s+ending(?:\s+in)?|"
    r"except)\s*[:#]?\s*)(?P<phi>\d{4})\b",
    # a person's number before the name in HL7 (XCN): "|2391^HOLLOWAY^DENISE^R"
    r"(?<=[|~])(?P<phi>\d{3,12})(?=\^[A-Z][A-Z'’-]+\^[A-Z][A-Za-z'’-]*(?:\^|\||$))"
    r"(?!\S*\^(?:CPT|C4|LN|SCT|I10|I9|ICD\w*|L)\b)",
    # Canadian health cards: RAMQ "TREM 5803 1412", OHIP "1234-567-890-AB"
    r"\b[A-Z]{4}[ -]?\d{4}[ -]?\d{4}\b",
    r"(?<![\d-])\b\d{4}[- ]\d{3}[- ]\d{3}(?:[- ]?[A-Z]{2})?\b(?![- ]?\d)",
    # a case number after a hash: "CritiCall #2023-118822"
    r"(?<![\w#&])#\s?(?=[A-Z0-9-]*\d{5})[A-Z0-9][A-Z0-9-]{4,}\b",
    # a US alien registration number: "A 212 448 907", "A-212-448-907", "A212448907"
    r"(?<![\w-])A[- ]?(?:\d{3}[- ]\d{3}[- ]\d{3}|\d{8,9})(?![\w-])",
    # an Italian tax code (codice fiscale), its digits possibly replaced by letters
    # (omocodia): "RSSMRA85T10A562S"
    r"\b[A-Z]{6}[\dLMNP-V]{2}[A-EHLMPR-T][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]\b",
    # a US federal court's case number: "3:25-cv-01188-K"
    r"\b\d{1,2}:\d{2}-[a-z]{2,3}-\d{3,6}(?:-[A-Z]{1,5})*\b",
    # UK National Insurance number: "QQ 12 34 56 C"
    r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b",
    rf"(?i:\b{ID_PREFIX}(?:\s*(?:is|was|of)\s+)?\s*[:#=]?\s*)(?-i:{_ID_VALUE})\b",
    r"\b\d{3}-\d{2}-\d{4}\b",
    # long digit runs, and letter-prefixed ones ("K4471902"), that no measurement takes
    r"(?<![\d.,])\b(?:[A-Z]{0,4}|[a-z]{1,2})\d{6,}[A-Z]{0,2}\b(?![.,]\d)",
    r"\b[A-Z]{1,3}-\d{5,}\b",
    # letters, then groups of digits: "CT19-00412", "CR-2023-558121", "US.2022.118273", five digits
    # or more in all; vertebrae ("C5-C6"), "COVID-19" and "ICD-10" have fewer
    r"\b(?=(?:[A-Z.-]*\d){5})[A-Z]{1,5}\d{0,4}(?:[-.]\d{2,}){1,3}\b(?![-.]?\d)",
    # an object identifier (DICOM UID): "1.2.840.113619.2.55..."
    r"(?<![\d.])\b[012](?:\.\d+){5,}\b",
]

_EXT = r"(?:,?\s?(?:x|ext\.?|extn\.?|est\.|poste|int\.)\s?\d{1,6})?"
_PHONE = [
    # groups of digits with separators or brackets, optional +/00 country code, 7-15 digits
    rf"(?<![\w./-])(?:\+|00|\(\+\d{{1,3}}\)\s?)?(?:\(\d{{1,5}}\)[\s./-]{{0,2}}|\d{{1,5}}(?:\s?\(0\)\s?)?[\s./-]?){{1,6}}\d{{2,10}}{_EXT}(?![\w/-]|\.\d)",
    r"(?i:\b(?:tel|telephone|phone|ph|fax|mobile|mob|cell|pager|pgr|page|paged|bleep|bleeped|beeper|"
    r"ext|extn|extension|vocera|whatsapp|poste|t[ée]l[ée]avertisseur|pagette|bip|"
    r"(?:contact|phone|telephone|mobile)\s+(?:no|number))\.?\s*(?:no\.?|number|#(?=\s*:))?\s*:?\s*"
    r"(?:(?<=page\s)to\s+|(?<=pager\s)to\s+)?)"
    r"(?P<phi>\+?\(?\d[\d\s().-]{2,}\d|#\d{3,6})\b",
    r"(?<![\w.])x\d{3,6}\b",
    # an extension with its exchange digit: "x6-2218", "call 4-3350", "call back at 2-6670"
    r"(?<![\w.])x\d-\d{4}\b",
    r"(?i:\b(?:call|callback|call\s+back|ring|page|paged|bleep|reach\s+me)\s+(?:me\s+)?(?:on\s+|at\s+)?)"
    r"(?P<phi>\d-\d{4})\b(?![-/.]\d)",
    # the extension a person was paged or called at, which no clock reads: "Paged Dr. Nwosu at
    # 4471" (not "paged at 0310")
    r"(?i:\b(?:paged|bleeped|beeped|called|phoned)\b(?:[^.;\n]|\.(?=[ \t]+[A-Z])){0,40}?\bat\s+)"
    r"(?P<phi>(?:2[4-9]|[3-9]\d)\d\d|\d\d[6-9]\d|\d{5})\b(?!\s*(?:h\b|hrs?\b|hours|[ap]\.?m\b|:))",
    # a pager's call-back: "CALL 5521 RE BED 3", "call 4417 re: CXR"
    r"\b(?:CALL|Call|call)\s+(?P<phi>\d{4,5})\b(?=\s+(?:RE|re|Re|ABOUT|about|ASAP|asap|STAT|stat)\b)",
    r"(?i:\b(?:call|ring|phone|reached\s+at|contact\s+number|bleep|page)\s+(?:on\s+|at\s+)?)"
    r"(?P<phi>\+?\d[\d\s().-]{5,}\d)\b",
    # an HL7 telecom value (XTN) by its components, area code and local number after the use
    # and the equipment codes: "^PRN^PH^^1^408^9142273"
    r"\^(?:PRN|ORN|WPN|VHN|ASN|EMR|BPN|NET)\^(?:PH|CP|FX|BP|MD|TDD|TTY)\^[^^|~\n]*\^\d{0,3}\^"
    r"(?P<phi>\d{2,5}\^\d{5,8})(?![\d])",
]

_EMAIL = [r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"]
_URL = [
    r"\b(?:https?|s?ftps?|file|rtsp|smb|dicomweb|wado|s3|rsync|ssh|scp|ldaps?|nfs|dicom|git|wss?)://[^\s<>\"')\]]+",
    # a Windows share: "\\\\vhapalfpc01\\pulm\\registry\\Kowalczyk"
    r"(?<![\w\\])\\\\[\w.$-]+(?:\\[^\s\\<>\"'|]+)+",
    r"\bwww\.[\w-]+(?:\.[\w-]+)+(?:/[^\s<>\"')\]]*)?",
]
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IP = [
    rf"(?<![\d.])\b{_OCTET}(?:\.{_OCTET}){{3}}\b(?:/\d{{1,2}})?(?:\:\d{{2,5}})?(?!\.?\d)",
    r"(?<![\w:])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}\b",
    r"(?<![\w:])(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4})*)?\b",
    # a network card's hardware (MAC) address, an address of a device on the network as much:
    # "00:1B:44:11:3A:B7", "00-0C-29-7E-44-1F"
    r"(?<![\w:-])[0-9a-fA-F]{2}([:-])[0-9a-fA-F]{2}(?:\1[0-9a-fA-F]{2}){4}(?![\w:-])",
]

# Latin letters with accents count: "Málaga", "Lüneburg", "Gómez"
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u0259\u1e00-\u1eff"
_CAP = rf"(?!X{{2,}}\b)[{_UP}](?:[{_LO}]+|['’][{_UP}][{_LO}]+|[{_UP}]+)(?:['’][{_LO}]+)?(?:-[{_UP}][{_LO}]+)?"
_SUFFIXES = (
    "Alley Aly Annex Arcade Avenue Ave Bayou Beach Bend Bluffs? Bottom Boulevard Blvd Branch Bridge "
    "Brooks? Burgs? Bypass Camp Canyon Cape Causeway Centers? Ctr Circle Cir Cliffs? Close Club "
    "Commons? Corners? Course Courts? Ct Coves? Creek Crescent Cres Crest Crossing Crossroad Curve "
    "Dale Dam Divide Drives? Dr Estates? Expressway Extension Falls? Ferry Fields? Flats? Fords? "
    "Forest Forges? Forks? Fort Freeway Gardens? Gate Gateway Glens? Greens? Groves? Harbors? Haven "
    "Heights Highway Hwy Hills? Hollow Inlet Islands? Isle Junctions? Keys? Knolls? Lakes? Land "
    "Landing Lane Ln Lights? Loaf Locks? Lodge Loop Mall Manors? Meadows? Mews? Mills? Mission "
    "Motorway Mount Mountains? Neck Orchard Oval Overpass Parade Parks? Parkways? Pkwy Pass Passage "
    "Path Pike Pines? Place Pl Plains? Plaza Points? Ports? Prairie Quay Radial Ramp Ranch Rapids? "
    "Rest Ridges? Rise River Roads? Rd Route Row Rue Run Shoals? Shores? Skyway Springs? Spurs? "
    "Squares? Sq Station Stravenue Stream Streets? St Summit Terrace Ter Throughway Trace Track "
    "Trafficway Trail Trl Trailer Tunnel Turnpike Underpass Unions? Valleys? Via Viaduct Views? "
    "Villages? Ville Vista Walks? Wall Ways? Wells? Wharf Yard Retreat Esplanade Promenade Chase "
    "Wynd Brae Grange Broadway Circuit Concourse Glade Fairway Quadrant Strand Ridgeway "
    # South and South-East Asian, Turkish
    "Marg Nagar Path Salai Sarani Chowk Gali Caddesi Cd Sokak Sk "
    # Australian abbreviations: "41 Marine Pde", "Ocean Tce", "The Esp", "Kingsford Cct"
    "Pde Tce Esp Cct"
)
_STREET = r"(?:" + "|".join(_SUFFIXES.split()) + r")\.?"
_UNIT = (
    r"(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|Rm|Bldg|Building|#)\.?\s*#?\s*\w+)"
)
_STATE_ZIP = r"(?:,?\s+[A-Z]{2}\.?,?\s+\d{5}(?:-\d{4})?)"
_UK_POSTCODE = r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"
_CITY = rf"(?:{_CAP}\s?){{1,3}}"
# a town with linked parts: "Pouilly-en-Auxois", "Stratford-upon-Avon"
_TOWN = rf"{_CAP}(?:-(?:en|sur|sous|le|la|les|de|du|des|lès|aux|am|an|der|im|upon|on)-{_CAP})?"
_NUMBER = r"\b\d{1,6}[A-Za-z]?(?:[-/]\d{1,4})?"
_EU_STREET = (
    rf"(?:[{_UP}][{_LO}]+-)*[{_UP}][{_LO}]*-?(?:Straße|Strasse|Allee|Weg|Platz|Ring|Gasse|Damm|Ufer|"
    rf"Markt)|[{_UP}][{_LO}]*(?:straße|strasse|str\.|weg|platz|ring|allee|gasse|damm|ufer|markt|laan|straat|"
    r"gracht|plein|gatan|vägen|väg|gata|gade|vej)"
)
_EU_LEAD = (
    r"(?:Calle|Avenida|Av\.|Rua|Via|Viale|Piazza|Piazzale|Rue|Carrer|Paseo|Passeig|Plaza|Praça|"
    r"Camino|Ronda|Travesía|Travessa|Largo|Corso|Vicolo|Contrada|Chemin|Allée|Impasse|Quai|ul\.|"
    r"ulica|aleja|plac|Rambla|Glorieta|Callejón|Alameda|Estrada|Rodovia|Jalan|Jl\.|Lorong|Soi|"
    r"Ulitsa|Prospekt|Calea|Strada|Rruga|Odos|Heol|Ffordd|Stryd|Lôn)"
)
_TR = "A-Za-zÇçĞğİıÖöŞşÜü"
_HAN = "\u3005\u3040-\u30ff\u4e00-\u9fff"
_ADDRESS = [
    # Japanese and Chinese: "〒150-0001 東京都渋谷区神宮前 4-11-7-302", "北京市朝阳区建国路88号3单元1502室"
    rf"〒\s?\d{{3}}-\d{{4}}\s*[{_HAN}]+(?:\s?[\d０-９]+(?:[-－ー丁目番地号][\d０-９]*)*)?",
    rf"[{_HAN}]{{1,4}}(?:都|道|府|県|省|市)(?:[{_HAN}]{{1,6}}?(?:市|区|區|郡|町|村|县|縣)){{1,2}}[{_HAN}]*?"
    rf"[\d０-９]+(?:[-－ー丁目番地号號][\d０-９]*)*(?:[{_HAN}\d]*?(?:室|階|楼|樓))?",
    # Turkish: "Kavaklıdere Mah., Bestekar Sok. No: 41/6, 06680 Çankaya/Ankara"
    rf"\b[{_TR}]+(?:\s[{_TR}]+)?\s(?:Mah\.|Mahallesi),?\s[^,;\n]{{2,40}}?\s(?:Sok\.|Sokak|Sokağı|Cad\.|"
    rf"Caddesi|Bulvarı|Blv\.|Bulv\.)\s(?:No:?\s*)?[\d/]+[A-Z]?(?:,\s*(?:D|Daire|Kat):?\s*\d+)*"
    rf"(?:,\s+\d{{5}}\s+[{_TR}]+(?:/[{_TR}]+)?)?",
    # Japanese in Latin letters: "3-7 Shimogamo Miyazaki-cho, Sakyo-ku, Kyoto 606-0802"
    r"\b\d{1,4}(?:-\d{1,4}){0,2}\s+[A-Z][a-z]+(?:[\s-][A-Z]?[a-z]+)*,\s+[A-Z][a-z]+-(?:ku|shi|gun|cho|machi)"
    r"(?:,\s+[A-Z][a-z]+(?:-(?:shi|ken|fu|to|ku))?)*,?\s+[A-Z][a-z]+(?:-(?:shi|ken|fu|to))?\s+\d{3}-\d{4}\b",
    # "4417 Willow Creek Drive, Apt 3B, Austin, TX 78745" and any street ending before the state
    rf"{_NUMBER},?\s+(?:(?:[NSEW]|North|South|East|West)\.?\s+)?(?:(?:{_CAP}|\d+(?:st|nd|rd|th))\s+){{0,3}}"
    rf"(?:{_CAP}|\d+(?:st|nd|rd|th))(?:\s+{_STREET})?{_UNIT}?,\s+{_CITY}{_STATE_ZIP}",
    rf"{_NUMBER},?\s+(?:(?:[NSEW]|North|South|East|West)\.?\s+)?(?:{_CAP}\s+){{0,3}}"
    rf"(?:{_CAP}|\d+(?:st|nd|rd|th))\s+{_STREET}(?![{_LO}]){_UNIT}?"
    rf"(?:,?\s+{_CITY}(?={_STATE_ZIP}|,|\s+{_UK_POSTCODE}|[.;]|\s|$))?{_STATE_ZIP}?"
    rf"(?:,?\s+{_UK_POSTCODE})?",
    # continental layouts: "Pieperring 554, Staffelstein", "Calle de Ricarda Boix 687, Guadalajara"
    rf"\b(?:{_EU_STREET})\s+{_NUMBER}(?:-[IVX]+\b|-[A-Za-z]{{1,3}}\b)?(?:,\s+(?:\d{{4,5}}\s+(?:[A-Z]{{2}}\s+)?)?{_CITY})?",
    # a number before a street type of another language: "16 Calle Luna", "8 Rue Oberkampf"
    rf"{_NUMBER}\s+{_EU_LEAD}\s+(?:(?:de|del|da|do|la|des|du)\s+)?{_CAP}(?:\s+{_CAP}){{0,2}}",
    rf"\b{_EU_LEAD}\s+(?:(?:de|del|da|do|dos|das|la|las|los|des|du|di|della|dei)\s+|{_CAP}\s+|"
    rf"\d+\s+(?=[{_UP}])){{0,5}}{_CAP}(?:,?\s+(?:n\.?º?\s*)?(?:{_NUMBER}|S/N))(?:,\s+(?:\d{{4,5}}(?:-\d{{3}})?\s+)?{_CITY})?",
    # a street corner: "near Monterey Rd and Curtner Ave", "the Hwy 87 overpass at Julian St"
    rf"\b(?:{_CAP}\s+){{1,2}}{_STREET}\s+(?:and|&|at|/)\s+(?:{_CAP}\s+){{1,2}}{_STREET}(?![\w])",
    rf"\b(?:Hwy|Highway|Route|I-)\s?\d{{1,3}}\s+(?:overpass|underpass|bridge|exit)\s+(?:at|near|by)\s+"
    rf"(?:{_CAP}\s+){{1,2}}{_STREET}(?![\w])",
    # a ZIP code after its label: "ZIP field set to 95112", "zip code: 60614-2210"
    r"(?i:\bzip(?:\s*code)?\b[^\d\n.;]{0,24}?)(?P<phi>\d{5}(?:-\d{4})?)\b(?![.,]\d)",
    # a full UK postcode alone: "Postcode on file M14 6WN", "(BT9 7AB)"
    r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}(?![\w-])",
    # postcode before the city: "75008 Paris", "1234 AB Amsterdam", "00-950 Warszawa", "123 45 Stockholm",
    # "01310-100 São Paulo", "Pune-411001"
    rf"(?<=,\s)(?:\d{{4}}\s?[A-Z]{{2}}|\d{{2}}-\d{{3}}|\d{{3}}\s\d{{2}}|\d{{5}}(?:-\d{{3}})?|\d{{4}})\s+{_CITY}",
    rf"\b{_CAP}\s?-\s?\d{{6}}\b",
    # a street type word in many languages, the street name, a number; then the city
    rf"(?i:\b(?:ul\.|ulica|al\.|aleja|pl\.|plac|os\.|osiedle|rua|avenida|av\.|travessa|largo|"
    rf"praça|rodovia|estrada|alameda|(?-i:Via|Viale|VIA|VIALE)|vicolo|piazza|piazzale|corso|contrada|strada|"
    rf"borgo|rue|chemin|allée|impasse|quai|boulevard|bd\.?|avenue|place|route|straat|laan|weg|"
    rf"plein|gracht|kade|singel|steeg|dijk|gatan|vägen|gränd|torget|backe|stig|allé|"
    rf"h\.?\s?no\.?|house\s+no\.?|flat\s+no\.?|plot\s+no\.?|door\s+no\.?))\s*"
    rf"(?:(?:de|del|da|do|dos|das|di|della|delle|dei|degli|la|le|les|du|des|van|der|den|l['’]|d['’])\s*|"
    rf"{_CAP}\s+|\d+[A-Za-z]?(?:[-/]\d+)*,?\s+){{0,6}}(?:{_CAP}|\d+[A-Za-z]?(?:[-/]\d+)*)"
    rf"(?:,?\s+(?:n\.?[º°]?\s*)?\d{{1,5}}[A-Za-z]?(?:[/-]\d{{1,4}})?)?"
    # a flat after the number: "84/92 m. 7" (Polish), "145, 4º B" (Spanish), "lok. 3"
    rf"(?:,?\s+(?:m\.|lok\.|mieszk\.|apt\.?|app\.?|piso|esc\.?|\d{{1,2}}[º°ª])\s*\d*[A-Za-z]?"
    rf"(?:\s*(?:izquierda|derecha|izda\.?|dcha\.?|centro|esq\.?|dto\.?))?)?"
    rf"(?:,\s+(?:{_CAP}\s?){{1,3}})*(?:,?\s+(?:\d{{4}}\s?[A-Z]{{2}}|\d{{2}}-\d{{3}}|\d{{3}}\s\d{{2}}|"
    rf"\d{{5}}(?:-\d{{3}})?|\d{{4}})\s+{_CITY})?(?:\s*[-/]\s*[A-Z]{{2}})?(?:,?\s+\d{{5}}-\d{{3}})?"
    r"(?:,?\s*\d{6}\b)?",
    # "Kraljevec 6c/2, Benkovac", "Talichova 9, Tulčík": the street words must be no English words
    rf"\b(?P<street>{_CAP}(?:\s+{_CAP}){{0,2}})\s+\d{{1,5}}[A-Za-z]?(?:/\d{{1,4}})?,\s+{_CITY}",
    # boxes, bags and rural routes: "PO Box 30197-00100, Nairobi", "PMB 2281, Kumasi, Ghana",
    # "Private Bag X12", "RR 2", "General Delivery, Tuktoyaktuk NT X0E 1C0"
    rf"(?i:\b(?:P\.?\s?O\.?\s+Box|G\.?P\.?O\.?\s+Box|P\.?M\.?B\.?|Private\s+(?:Mail\s+)?Bag|Locked\s+Bag|"
    rf"R\.?R\.?\s*#?|Rural\s+Route|Star\s+Route|HC)\s+[A-Z]?\d+(?:-\d+)?|\bGeneral\s+Delivery)"
    rf"(?:,\s+{_CITY}){{0,3}}",
    # a named place, perhaps a lot, then a postcode before the town: "Ferme des Ormes, 21320
    # Pouilly-en-Auxois", "Quinta do Lago, Lote 11, 8135-024 Almancil"
    rf"\b{_CAP}(?:\s+(?:(?:do|da|de|dos|das|des|du|la|le|di|del|van|der)\s+)?{_CAP}){{0,3}},\s+"
    rf"(?:(?:Lote|Lot|Casa|Bloco|Block|Unit|Villa|No\.?)\s+\d+\w*,\s+)?"
    rf"(?:\d{{4}}\s?[A-Z]{{2}}|\d{{2}}-\d{{3}}|\d{{3}}\s\d{{2}}|\d{{5}}(?:-\d{{3}})?|\d{{4}}-\d{{3}})\s+{_TOWN}",
    # a flat and a tower or block with no street: "Flat 4B, Tower 2, Laguna Verde, Hung Hom"
    rf"\b(?:Flat|Apt\.?|Apartment|Unit|Suite|Room|Rm\.?)\s+#?\w+,\s+(?:Tower|Block|Blk\.?|Building|"
    rf"Bldg\.?|Wing|Court)\s+\w+(?:,\s+{_CITY}){{1,3}}",
    # a street with no number after a plot or flat: "Plot 22, Kampala Road, Kampala"
    rf"\b(?:Plot|Flat|Block|Blk|Unit|House|Lot|Stand|Erf|Cottage|Farm|Villa|Lodge)\s+\d+[A-Za-z]?,\s+(?:{_CAP}\s+){{1,3}}{_STREET}"
    rf"(?![{_LO}])(?:,\s+{_CITY})?",
    # Japanese blocks: "3-14-2 Shibuya, Shibuya-ku, Tokyo"
    rf"\b\d{{1,2}}-\d{{1,2}}(?:-\d{{1,3}})?\s+{_CAP}(?:,\s+{_CAP}-(?:ku|shi|cho|machi|gun|ken))?"
    rf"(?:,\s+{_CITY})?",
    # a numbered street with a district after it: "12 Le Loi, District 3, Ho Chi Minh City"
    rf"{_NUMBER}\s+(?:{_CAP}\s+){{0,3}}{_CAP},\s+(?:District|Ward|Sector|Zone|Phase|Quận|Phường|"
    rf"Arrondissement)\s+\d+[A-Za-z]?(?:,\s+{_CITY})?",
    # Colombian and Latin American grid addresses: "Calle 19 # 66-7", "Cr. 40 # 48-3 Sur"
    rf"\b(?:Calle|Carrera|Cra\.?|Cr\.?|Kr\.?|Diagonal|Dg\.?|Transversal|Tv\.?|Avenida|Av\.?)"
    rf"(?:\s+calle)?\s+\d+[A-Za-zª]*(?:\s+(?:Sur|Este|Norte|Oeste|Bis))?\s*#\s*\d+[A-Z]*-\d+"
    rf"(?:\s+(?:Sur|Este|Norte|Oeste))?(?:,\s+{_CITY})?",
    # French and Québec layouts: "191 rang Henri", "000 rue Jean"
    rf"{_NUMBER},?\s+(?:rue|boulevard|avenue|chemin|rang|place|allée|impasse|quai|route|montée)"
    rf"\s+(?:(?:de|du|des|la|le|l['’])\s*)*{_CAP}(?:\s+{_CAP}){{0,3}}{_UNIT}?(?:,\s+{_CITY})?",
    # "Springfield, IL 62704"; a street, city and UK postcode
    rf"\b(?:{_CAP}\s){{0,2}}{_CAP},\s+[A-Z]{{2}}\.?\s+\d{{5}}(?:-\d{{4}})?\b",
    rf"(?:{_NUMBER}\s+)?(?:{_CAP}\s+){{0,3}}{_CAP},\s+{_CITY}\s*{_UK_POSTCODE}",
    rf"(?i:\b(?:zip(?:\s*code)?|post\s*code|postal\s*code)\s*:?\s*)(?:\d{{5}}(?:-\d{{4}})?|{_UK_POSTCODE})",
    rf"(?<=,\s){_UK_POSTCODE}",
    # after "lives at" or "address:", up to the end of the clause, when it holds a number
    r"(?i:\b(?:(?:lives|living|resides|residing|staying)\s+(?:at|in|on)|(?:home|mailing|postal|"
    r"street|current|permanent|residential)\s+address(?:\s+on\s+file)?|address(?:\s+on\s+file)?|"
    r"home|adresse|anschrift|wohnhaft(?:\s+in)?|domicil(?:e|io)|direcci[óo]n|indirizzo|"
    r"endere[çc]o|morada|adres|woont\s+(?:op|aan|in))\s*:?\s+)"
    r"(?P<phi>(?=[^;\n]{0,40}[\d,])[\dA-Z\u00c0-\u00de\u0100-\u017f][^;\n]{2,100}?)(?=\s*(?:;|"
    # the dot of "Apt.", "Nr.", "St." does not end the address
    r"(?<!\bApt)(?<!\bNr)(?<!\bNo)(?<!\bSt)(?<!\bRd)(?<!\bAve)(?<!\bAv)(?<!\bBlvd)(?<!\bDr)(?<!\bSte)"
    r"(?<!\bFl)(?<!\bBldg)(?<!\bEdif)(?<!\bDepto)(?<!\bDpto)(?<!\bDept)(?<!\bUl)(?<!\bBl)"
    r"(?<!\bPiso)(?<!\bCol)(?<!\bInt)(?<!\bMah)(?<!\bSok)(?<!\bCad)(?<!\bAv)\.(?:\s|$)|$|\)|\s+(?:confirmed|"
    r"with|and|for|since|alone|on|in|was|is|has)\b))",
]

#: ``(kind, compiled pattern)`` of every pattern detector, in a stable order.
# places listed by commas down to a lettered postcode, with no house number: "Main Street,
# Macroom, Co. Cork, P12 K8T0", "Teach na Mara, An Spidéal, Co. na Gaillimhe, H91 X4C8"
_ADDRESS.append(
    rf"\b(?:(?:Co\.|{_CAP})(?:[ \t]+(?:{_CAP}|na|an|de|la|le|of|upon|on))*,[ \t]*){{2,6}}"
    r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d{2}[ \t]?[A-Z\d]{4}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)\b"
)
# an Indian address: after "r/o" (resident of), or listed down to a PIN code: "r/o Pedakakani,
# Guntur Dist.", "Near Bus Stand, G.T. Road, Phagwara 144401", "Mohalla Sarai, Darbhanga 846004"
_ADDRESS.append(
    rf"(?i:\br/o\.?[ \t]+)(?P<phi>(?:{_CAP}[.]?(?:[ \t]+{_CAP}[.]?)*)(?:,[ \t]*{_CAP}[.]?(?:[ \t]+"
    rf"{_CAP}[.]?)*){{0,4}})"
)
_ADDRESS.append(
    rf"\b(?:(?:Near|Opp\.?|Behind)[ \t]+)?(?:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,3}},[ \t]*){{1,5}}"
    rf"{_CAP}(?:[ \t]+{_CAP})?[ \t]*[-–]?[ \t]*[1-8]\d{{2}}[ \t]?\d{{3}}\b"
)
# US military mail: "PSC 3, Box 1234, APO AE 09021", "USNS Mercy (T-AH 19), FPO AP 96672"
_ADDRESS.append(
    r"(?:\b(?:Unit|PSC|CMR)[ \t]+\d{1,5},?[ \t]+(?:Box[ \t]+\d{1,5},?[ \t]+)?)?"
    r"\b(?:APO|FPO|DPO)[ \t]+(?:AE|AP|AA)[ \t]+\d{5}(?:-\d{4})?\b"
)
# a village or quarter and the places above it, as South Asian and African addresses go:
# "Vill. Batiaghata, Upazila Batiaghata, Khulna", "Mohalla Bilal Ganj, Gujrat", "Chinamwali
# village, T/A Mlumbe, Zomba", "Kijiji cha Mkuranga, Pwani"
_PLACE_WORD = rf"[{_UP}][{_LO}]+"
_VILLAGE_PART = (
    r"(?:(?:P\.?[ \t]?O\.?|Upazila|Thana|Tehsil|Dist\.?|District|Union|UC|T/A|Taluk|Mandal|Block)"
    rf"[ \t]+)?{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD})?\b"
)
_ADDRESS.append(
    rf"\b(?:(?:Vill\.?|Village|Mohalla|Mohallah|Mouza|Kijiji[ \t]+cha|Mtaa[ \t]+wa)[ \t]+"
    rf"{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD})?|{_PLACE_WORD}[ \t]+village)(?:,[ \t]*{_VILLAGE_PART}){{1,4}}"
)
# Singapore's housing-board blocks, to the unit and the postcode: "Blk 405 Jurong West St 42
# #09-561 S(640405)", "Blk 605A Punggol Central, #14-221, S(821605)"
_ADDRESS.append(
    rf"\b(?:Blk|BLK|Block)\.?\s+\d{{1,4}}[A-Z]?\s+(?:{_CAP}\s+){{0,3}}{_CAP}"
    r"(?:\s+(?:Ave|St|Rd|Dr|Cres|Avenue|Street|Road|Drive|Crescent)\.?\s*\d{0,3})?,?\s+"
    r"#\d{1,2}-\d{1,4}[A-Z]?(?:,?\s+(?:S\s?\(\d{6}\)|S\d{6}\b|Singapore\s+\d{6}\b))?"
)
# a postcode after its label, with no street: "Postal code R0B 0G0 on the card", "ZIP 55407"
_ADDRESS.append(
    r"(?i:\b(?:postal\s+code|post\s*code|zip(?:\s*code)?|code\s+postal|plz|cep|eircode)\s*[:#]?\s*)"
    r"(?P<phi>(?-i:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d{2}\s?[A-Z\d]{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)|"
    r"\d{5}-\d{3}|\d{4,6}(?:-\d{4})?)\b"
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(p))
    for kind, group in (
        ("email", _EMAIL),
        ("url", _URL),
        ("ip", _IP),
        ("date", _DATES + _DATE_CONTEXT),
        ("age", _AGE),
        ("id", _IDS),
        ("phone", _PHONE),
        ("address", _ADDRESS),
    )
    for p in group
]
_AGE_FLAGS = re.IGNORECASE
PATTERNS = [
    (k, re.compile(p.pattern, _AGE_FLAGS) if k == "age" and "M|F" not in p.pattern else p)
    for k, p in PATTERNS
]


# A time written against a date belongs to it: "2019-03-14 08:42:17", "14-MAR-2019 0835",
# "1/5/2024 @ 0930", "2021-01-05 at 3:15 PM", "19.03.2020, 07:10", "19-Mar-20 7:10am".
_AMPM = r"(?:\s?[AaPp]\.?[Mm]\b\.?)"
_TIME_AFTER = re.compile(
    r"(?:\s*,?\s*(?:at\s+|um\s+|à\s+|a\s+las\s+|alle\s+(?:ore\s+)?|@\s*)?|T)"
    rf"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?{_AMPM}?|(?:[01]\d|2[0-3])[0-5]\d\b(?![.,]?\d|[-/]\d)"
    rf"(?:\s?h(?:rs?|ours)?\b)?|(?:1[0-2]|0?[1-9]){_AMPM}|(?:[01]?\d|2[0-3])h[0-5]\d)(?:\s?Uhr\b)?"
)
# and one written right before it: "10:40 on 2 Feb 2020", "0930, 14/03/2019"
_TIME_BEFORE = re.compile(
    rf"(?<![\d:.])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?{_AMPM}?|(?:1[0-2]|0?[1-9]){_AMPM})"
    r"(?:\s+on|\s*,)?\s+$"
)
_DATE_PATTERNS = {re.compile(p).pattern for p in _DATES}


def _with_time(text: str, end: int) -> int:
    """The end of a date span ending at ``end``, with any time written right after it."""
    m = _TIME_AFTER.match(text, end)
    return m.end() if m else end


# An address span grows over a unit written before it ("Flat 6, 40 Clarence Street"), and over
# places and a postcode after it ("..., Victoria Island, Lagos", "Toronto ON M4W 1A8", "NSW 2500").
_UNIT_BEFORE = re.compile(
    r"(?:(?:(?:Flat|Apt|Ap|Apartment|Suite|Ste|Unit|Block|Blk|Bldg|Building|Floor|Level|Room|Rm|"
    r"House|Plot|Door|Lot|Cottage|Tower)\.?\s*(?:No\.?\s*)?#?[\dA-Z][\w-]*(?:/\d{1,2})?|"
    # a Scottish tenement flat by its floor and door: "2F1, 14 Marchmont Road", "Flat 0/2",
    # "1/R, 6 Tollcross Road"
    r"\d{1,2}F\d{1,2}|\d{1,2}/[LRM]|(?i:\d{1,2}(?:st|nd|rd|th)\s+"
    r"(?:floor|fl\.?)|(?:ground|first|second|third|top)\s+floor)),?\s+)+$"
)
_POSTCODE = (
    r"(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d{2}\s[A-Z\d]{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{3}-\d{4}|\d{5}-\d{3}|"
    r"\d{4,6}(?:-\d{4})?)\b"
)
_PLACE_AFTER = re.compile(
    r"(?:\s+(?:[NSEW]|N[EW]|S[EW])\b\.?(?![\w'’]))?"
    rf"(?:,\s+(?:Co\.\s+|County\s+|(?:\d{{3}}\s\d{{2}}|\d{{4,5}}|\d{{4}}-\d{{3}})\s+)?{_CITY}"
    rf"(?:(?:of|upon|on)\s+{_CAP})?(?=\s*(?:[,.;)]|$|\s+(?:[A-Z]{{2,3}}\s+)?{_POSTCODE}|\s+(?:and|with|on|in|for|"
    rf"last|since|was|is)\b))){{0,2}}(?:(?:,?\s+|(?<=[{_LO}] ))(?:[A-Z]{{2,3}}\.?\s+)?{_POSTCODE})?"
)


def _address_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of an address span grown over a unit before it and places after it."""
    unit = _UNIT_BEFORE.search(text, max(0, start - 40), start)
    if unit and unit.end() == start:
        start = unit.start()
    after = _PLACE_AFTER.match(text, end)
    if after and after.end() > end:
        end = after.end()
    if _STATE_ABBREVIATION.search(text, max(0, end - 8), end) and text[end : end + 1] == ".":
        end += 1  # "34000 Durango, Dgo.": the dot is the abbreviation's
    province = _PROVINCE.match(text, end)
    if province and re.search(r"\b\d{5}\b", text[start:end]):
        end = province.end()  # "20013 Magenta (MI)": an Italian province's letters after the town
    return start, end


_PROVINCE = re.compile(r"[ \t]*\([A-Z]{2}\)")


# the state abbreviation an address ends with, whose dot is the address's (``spans``)
_STATE_ABBREVIATION = re.compile(rf"(?<![\w.]){STATE_ABBREVIATIONS}$")


def _is_words(text: str) -> bool:
    """Whether any word of ``text`` is an English word ("Series 4, Image" is no address)."""
    common = common_words()
    return any(w.lower() in common for w in re.findall(r"[^\W\d_]+", text) if w.isascii())


def _phone_ok(text: str) -> bool:
    """A phone-number match holds 7 to 15 digits (before any extension) and is not a date."""
    digits = sum(c.isdigit() for c in re.split(r"(?i)x|ext", text)[0])
    return 7 <= digits <= 15 and not _DATE_AT_START.match(text)


def _without_date(text: str, start: int, end: int) -> int:
    """The end of a phone-like run without a date written after it ("0617 3/12/2024", "(312)
    555-0108 04/28/2025"): the run's last group when that is a date."""
    value = text[start:end]
    for cut in (i for i, c in enumerate(value) if c == " " and i > 0):
        date = _DATE_AT_START.match(value, cut + 1)
        if date is not None and "/" in date.group():
            return start + len(value[:cut].rstrip())
    return end


# a phone-like run that opens with a date ("2020-10-11 07") is a date and its time
_DATE_AT_START = re.compile("|".join(f"(?:{p})" for p in _DATES[:3]))


class PatternDetector:
    """Finds the identifiers of :data:`PATTERNS` (every kind except names and facilities).

    Args:
        kinds: restrict to these kinds (default: all pattern kinds).
        all_ages: mask every age ("45-year-old", "58M"), not only ages over 89, the identifiers of
            HIPAA Safe Harbor (default).
    """

    def __init__(self, kinds: tuple[str, ...] | None = None, all_ages: bool = False) -> None:
        known = {k for k, _ in PATTERNS}
        if kinds is not None and not set(kinds) <= known:
            raise ValueError(f"PatternDetector: unknown kinds {sorted(set(kinds) - known)}")
        self.patterns = [(k, p) for k, p in PATTERNS if kinds is None or k in kinds]
        if all_ages and (kinds is None or "age" in kinds):
            self.patterns += [("age", p) for p in _AGE_ANY_PATTERNS]
        self.dates = any(k == "date" for k, _ in self.patterns)
        self.ages = any(k == "age" for k, _ in self.patterns)

    def find(self, text: str) -> list[Span]:
        """Every match of every pattern (overlaps are merged by the caller), and the dates,
        numbers and ages a scanned form's OCR wrote with letters for digits ("O7/22/1931",
        "(8l4) 555-O134"), read again with the digits put back."""
        spans = self._find(text)
        read = _ocr_digits(text)
        if read != text:
            changed = [i for i, (a, b) in enumerate(zip(text, read, strict=True)) if a != b]
            again = [
                s
                for s in self._find(read)
                if s.kind in _OCR_KINDS and any(s.start <= i < s.end for i in changed)
            ]
            # a date or a number read again is that, not an id after a label ("Exam: O5/l8/2Ol9")
            spans += [
                s
                for s in again
                if s.kind != "id"
                or not any(o.kind != "id" and o.start < s.end and s.start < o.end for o in again)
            ]
        return spans

    def _find(self, text: str) -> list[Span]:
        spans = []
        for kind, pattern in self.patterns:
            for m in pattern.finditer(text):
                start, end = m.span("phi") if "phi" in pattern.groupindex else m.span()
                if end <= start:
                    continue
                if pattern.pattern == _PHONE[0]:
                    end = _without_date(text, start, end)
                    if not _phone_ok(text[start:end]):
                        continue
                if kind == "phone" and (
                    text.startswith("pH", start) or _ACIDITY.search(text, max(0, start - 9), start)
                ):
                    continue  # an acidity, not a phone: "pH 7.21"
                if "street" in pattern.groupindex and (
                    _is_words(m.group("street"))
                    or re.fullmatch(r"[A-Z]{1,3}", m.group("street"))
                    or _MONTH_WORD.fullmatch(m.group("street"))
                ):
                    continue  # "Series 4, Image", vital signs "HR 112, BP", "Mai 2021, ..."
                if "street" in pattern.groupindex and (
                    _person_and_age(m)
                    or m.group("street").lower() in _NOT_STREETS
                    or (last := m.group("street").split()[-1].lower()) in drug_names()
                    or last in PRODUCT_WORDS
                    or re.match(r"\s*\d{1,5}\.\d", text[m.end("street") :])
                ):
                    continue  # a roster, not a street: "Helmut Bauer 99, Dorothy Lindahl 93"
                if (
                    kind == "date"
                    and re.fullmatch(r"(?:19|20)\d\d", text[start:end])
                    and _DOCUMENT_YEAR.search(text, max(0, start - 30), start)
                ):
                    continue
                if kind == "date" and pattern.pattern in _DATE_PATTERNS:
                    end = _with_time(text, end)
                    before = _TIME_BEFORE.search(text, max(0, start - 24), start)
                    if before:
                        start = before.start()
                if kind == "address":
                    start, end = _address_extent(text, start, end)
                spans.append(Span(kind, start, end))
                if kind == "date":
                    spans += _listed_dates(text, end)
        if self.ages:
            spans += [
                Span("age", m.start("phi"), m.end("phi"))
                for m in _AGE_IS.finditer(text)
                if not _VITAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
            ]
            spans += [Span("age", *matched(m)) for m in _AGE_TOLD.finditer(text)]
        if self.dates:
            spans += [
                Span("date", m.start(), m.end())
                for m in _LONE_YEAR.finditer(text)
                if not _NOT_YEAR_BEFORE.search(text, max(0, m.start() - 24), m.start())
                and not _DOCUMENT_YEAR.search(text, max(0, m.start() - 30), m.start())
            ]
        return spans


# a run of digits and the letters OCR reads them as (O for 0, l and I for 1), with the
# separators of dates and numbers: "O7/22/1931", "8l4-555-Ol18", "9O"
_OCR_RUN = re.compile(r"(?<![^\W\d_])[\dOolI](?:[\dOolI]|[/.:-](?=[\dOolI]))*(?![^\W\d_])")
_OCR_DIGITS = str.maketrans("OolI", "0011")
_OCR_KINDS = frozenset({"date", "phone", "id", "age"})


def _ocr_digits(text: str) -> str:
    """``text`` with the letters OCR wrote for digits put back in every run that holds a digit
    (same length, so spans carry over)."""

    def digits(m: re.Match[str]) -> str:
        run = m.group()
        if len(run) < 2 or not any(c.isdigit() for c in run):
            return run
        return run.translate(_OCR_DIGITS)

    return _OCR_RUN.sub(digits, text)


# an age over 89 written right after a person: "Mrs Elisabeth Frei, 98.", "Mr Hugo Verstraete
# (rijksregister 33.12.05-113.29), 90, referred", "Mr Albert Dunmore (92 and very sprightly)",
# "Henk Bakker 91 calcium 1284"; not a measurement ("Jones, 95 kg", "Lee 92%")
_AGE_AFTER_NAME = re.compile(
    r"(?:\s*\([^()\n]{1,60}\))?(?:\s*,\s*|\s*\(\s*|[ \t]+)"
    rf"(?P<phi>{_OLD})(?![\d.,:/-]?\d)(?!\s*(?:{_UNIT_AFTER})(?![^\W\d_]))"
    r"(?=\s*(?:[,.;:()|!]|$|and\b|but\b|y\b|yo\b|y/o|yrs?\b|years?\b|[a-z]|[-–]\s))"
)
# ... or after the person's record number: "Norman Tulloch, DVA file NX204517, 98, ex-RAAF"
_AGE_LATER = re.compile(
    r"[ \t]*,[^,;()\n]{0,30}?[A-Z]*\d{4,}[\w/-]*[ \t]*,[ \t]*"
    rf"(?P<phi>{_OLD})(?=[ \t]*(?:[,;.)]|$))"
)
# ... or in a cell of the same row: "| Van Damme, Luc | CUSL-448019 | 90 | severe AS"
_AGE_IN_ROW = re.compile(
    rf"(?:[ \t]*\|[^|\n]{{0,40}}){{0,2}}[ \t]*\|[ \t]*(?P<phi>{_OLD})[ \t]*(?:\||$)"
)


#: Words before a figure that open no street: "Pt 93, DNR", "Bed 4, ICU", "Age 92, lives alone".
_NOT_STREETS = words(
    "pt patient bed room age aged mr mrs ms dr karnofsky ecog apache sofa qsofa curb wells gcs "
    "nyha mrc bmi news news2 mews padua caprini geneva rass cam"
)


def _person_and_age(m: re.Match[str]) -> bool:
    """Whether an address match reads a person and an age over 89 ("Helmut Bauer 99, ...")."""
    first = m.group("street").split()[0].lower()
    number = re.search(r"\s(\d{1,5})", m.group(0)[m.end("street") - m.start() :])
    return (
        number is not None
        and 90 <= int(number.group(1)) <= 119
        and first in first_names()
        and len(m.group("street").split()) >= 2
    )


def ages_after_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Ages over 89 written right after a person's name in ``spans`` ("Bertil Engström, 93"):
    beside a name, a bare number of 90 to 119 is that person's age."""
    out = []
    for s in spans:
        if s.kind != "name":
            continue
        m = (
            _AGE_AFTER_NAME.match(text, s.end)
            or _AGE_IN_ROW.match(text, s.end)
            or _AGE_LATER.match(text, s.end)
        )
        if m:
            out.append(Span("age", m.start("phi"), m.end("phi")))
    return out


def _listed_dates(text: str, end: int) -> list[Span]:
    """Days and months listed right after a date ending at ``end`` ("4/7 and 4/9")."""
    out = []
    while m := _DATE_LIST.match(text, end):
        out.append(Span("date", m.start("phi"), m.end("phi")))
        end = m.end()
    return out
