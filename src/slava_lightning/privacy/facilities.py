"""Facility detector: hospitals, clinics and other sites named in text.

A facility is a run of capitalised words (``St. Mary's``, ``Mercy``, ``Riverside``, ``Royal
Free``) ending in a facility word (``Hospital``, ``Medical Center``, ``Clinic``, ``Infirmary``...),
optionally followed by ``of`` and more capitalised words ("University Hospital of Wales"), or a
facility word followed by ``of`` and a capitalised name ("Hospital of the University of
Pennsylvania"). Lower-case mentions ("the chest clinic") are departments, not sites, and stay.
"""

from __future__ import annotations

import re

from slava_lightning.privacy.gazetteer import (
    PRODUCT_WORDS,
    STOP_WORDS,
    any_first_names,
    census_names,
    common_words,
    place_names,
    words,
)
from slava_lightning.privacy.spans import Span

_FACILITY_WORDS = (
    r"(?:Hospitals?|Medical\s+(?:Cent(?:er|re)|College|Group|Associates|Campus|Plaza)|"
    r"Health(?:\s*[Cc]are)?\s+(?:Cent(?:er|re)|System|Services?|Trust|Board|Authority|Network|"
    r"Partners|Campus)|Healthcare|Health|Clinics?|Infirmary|Hospice|Institute|Sanatorium|"
    r"(?:Skilled\s+)?Nursing\s+(?:Home|Facility|Cent(?:er|re))|Care\s+(?:Home|Cent(?:er|re)|Facility)|"
    # a practice named by its specialty: "Fairbanks & Osei Family Medicine"
    r"Skilled\s+Nursing|(?:Family|Internal)\s+Medicine|Primary\s+Care|"
    r"Rehab(?:ilitation)?(?:\s+(?:Cent(?:er|re)|Hospital|Unit|Institute|Facility))?|"
    r"Assisted\s+Living(?:\s+(?:Facility|Cent(?:er|re)|Community))?|Retirement\s+(?:Home|Village|"
    r"Community)|Aged\s+Care|Urgent\s+Care(?:\s+Cent(?:er|re))?|(?:Treatment|Residential)\s+"
    r"(?:Facility|Cent(?:er|re))|Campus|Wing|Pavilion|Ward|Unit|Lodge|"
    r"(?:Imaging|Diagnostic|Cancer|Heart|Trauma|Surgical|Radiology|Outpatient|Dialysis)\s+"
    r"(?:Cent(?:er|re)|Institute|Unit)|Radiology(?:\s+(?:Associates|Group|Partners|Department))?|"
    r"Imaging|(?:NHS\s+)?(?:Foundation\s+)?Trust|Polyclinic|Dispensary|Surgery|Practice|"
    r"University|Medical\s+School|Memorial|Medical\s+City|MC|UMC|Teleradiology|Radiologic|"
    r"Diagnostics|Scans|HCS|CBOC|VAMC|"
    # where people in custody or without a home are seen: "Pima County Adult Detention Complex"
    r"(?:State\s+)?Prison(?:\s+Complex)?|Penitentiary|(?:Correctional|Detention)\s+(?:Cent(?:er|re)|"
    r"Complex|Facility|Institution)|Jail|Shelter|Mission|Inn|Nursing\s+Station|"
    r"Health\s+Sciences\s+Cent(?:re|er)|"
    # "Hayatabad Medical Complex", "Savar Upazila Health Complex", "VNA of Boston", "Visiting
    # Nurse Service of New York"
    r"(?:Hospital|Medical|Health|Medical\s+Sciences)\s+Complex|VNA|Visiting\s+Nurses?\s+"
    r"(?:Association|Service)|"
    # courts and tribunals that hear a claim, and collieries: "Cardiff County Court"
    r"(?:County|Crown|Magistrates['’]?|High|District|Supreme|Superior|Circuit|Family|Coroners?['’]?s?|"
    r"Employment|Labour|Labor|Compensation|Industrial)\s+Court|Tribunal|Colliery|"
    r"General(?!\s+(?:an(?:a)?esthe|surg|medic|appear|condition|health|practi|ward))|"
    # other languages
    r"H[ôo]pital|Cl[íi]nica|Clinique|Klinik(?:um|en)?|Krankenhaus|Spital|Ziekenhuis|Ospedale|"
    r"Universit[äa]tsmedizin|Universit[äa]tsspital|Universit[äa]tsklinik|Nemocnice|nemocnice|"
    r"Policl[íi]nic[oa]|Szpital|Sjukhus(?:et)?|Sykehus(?:et)?|Sairaala|Nemocnice|Bolnica|"
    r"K[óo]rh[áa]z|Hastanesi|Medisch\s+Centrum)"
)
# Facility words that open a name: "Hôpital Pitié-Salpêtrière", "Clínica Las Condes",
# "Centre Hospitalier Universitaire de Nantes", "Hospital Universitario 12 de Octubre".
_LEAD_WORDS = (
    r"(?:H[ôo]pital|Cl[íi]nica|Clinique|Klinikum|Krankenhaus|Ospedale|Policl[íi]nic[oa]|"
    r"Ziekenhuis|Szpital|Spital|Sanatorio|Centre\s+Hospitalier(?:\s+(?:Universitaire|R[ée]gional|"
    r"Intercommunal))*|CHR?U|Centro\s+(?:M[ée]dico|Hospitalar)|Hospital(?:\s+(?:Universit[áa]rio|"
    r"General|Cl[íi]nic|Regional|Provincial|Infantil|Materno))?|Universit[äa]tsklinikum|Uniklinik|"
    r"Klinikum|CLSC|CHSLD|CISSS|CIUSSS|Institut(?:\s+universitaire)?|Pavillon|"
    # Italian health bodies and homes: "AOU Careggi", "ASL Roma 2", "RSA Don Gnocchi", "Casa di
    # Cura Igea", "IRCCS San Raffaele"
    r"AOU|ASL|ASST|ATS|AUSL|ULSS|IRCCS|IRST|RSA|Casa\s+di\s+Cura|Presidio\s+Ospedaliero|"
    r"Azienda\s+Ospedaliera(?:\s+Universitaria)?|"
    # Welsh and Gaelic: "Ysbyty Gwynedd", "Meddygfa Teifi", "Canolfan Iechyd Aberaeron",
    # "Ospadal nan Eilean"
    r"Ysbyty|Meddygfa|Canolfan\s+Iechyd|Ospadal)"
)
#: An Italian health body or home by its kind: "AOU Careggi", "RSA Don Gnocchi".
ITALIAN_BODY = re.compile(
    r"(?:AOU|ASL|ASST|ATS|AUSL|ULSS|IRCCS|IRST|RSA|Casa\s+di\s+Cura|Presidio\s+Ospedaliero|"
    r"Azienda\s+Ospedaliera)\s+[A-Z\d]"
)
# a chain pharmacy, with its store number: "Walgreens #4417", "CVS Pharmacy #01872"
_PHARMACY = re.compile(
    r"\b(?:Walgreens|CVS(?:/pharmacy|\s+Pharmacy)?|Rite\s+Aid|Duane\s+Reade|Walmart\s+Pharmacy|"
    r"Costco\s+Pharmacy|Kroger\s+Pharmacy|Boots(?:\s+Pharmacy)?|Lloyds\s?Pharmacy|Shoppers\s+"
    r"Drug\s+Mart|Jean\s+Coutu|Pharmaprix)(?:\s+(?:store\s+)?#\s?\d{2,6})?(?![\w-])"
)
# the number of an Italian health district after its name: "ASL Roma 2", "ULSS 6 Euganea"
_DISTRICT_NUMBER = re.compile(r"[ \t]+\d{1,2}\b(?![.,:/]\d)")
# One word holding the facility word: "Rigshospitalet", "Radboudumc", "Universitätsklinikum".
_COMPOUND = re.compile(
    r"\b(?!(?:Hospital|Spital|Klinik|Klinikum|Kliniken)\b)[A-ZÀ-Þ][\w'’-]{2,}(?:hospital(?:et)?|umc|klinik(?:um|en)?|spital(?:et)?|sjukhus(?:et)?|"
    r"sykehus(?:et)?|sjukehus(?:et)?|sairaala|kórház)\b"
    r"|\b[A-ZÀ-Þ][\w'’-]+\s+universitets(?:sjukehus|sykehus|sjukhus)(?:et)?\b"
)
_FACILITY_UPPER = _FACILITY_WORDS.upper().replace("(?:", "(?:").replace("\\S", "\\s")
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f\u0259\u1e00-\u1eff"
_NAME_WORD = (
    rf"(?:(?:['’]s-|[dl]['’])?[{_UP}][{_LO}]+(?:-+\s?(?:(?:sur|sous|en|la|le|les|de|du|des|lès|aux|am|an|der|im)-)?"
    rf"[{_UP}][{_LO}]+)*(?:['’]s|(?<=s)['’])?|[{_UP}]{{2,}}(?:['’]S)?|[{_UP}]['’][{_UP}][{_LO}]+|"
    r"St\.?|ST\.?|Mt\.?|MT\.?|Govt\.?|GOVT\.?)"
)
_LINK = r"(?:\s+|\s*&\s*|\s*[–—]\s*|\s+(?:and|of|the|on|upon|in|am|an|der|de|del|la|le|du|di|sur|im|en)\s+|-)"
_PARTICLE = (
    r"(?:an|der|de|del|la|los|las|nad|pod|am|im|sur|upon|on|en|di|da|do|dos|das|della|van|den|"
    r"Ó|Ní|Uí|Mac)"
)
_NOT_NAME = r"(?!(?:The|A|An|This|That|Our|Your|At|In|To|From|By|And|Of)\b)"
# whom or what a site is for: "Royal Hospital for Sick Children", "Hospital for Special Surgery"
_FOR = (
    r"\s+for(?:\s+(?:the|Sick|Special|Chest|Lung|Heart|Infectious|Tropical|Respiratory|Cancer|"
    r"Women\s+and))*\s+(?:Children|Women|Mothers|Babies|Surgery|Diseases|Medicine|Research|"
    r"Neurology|Rehabilitation|Tuberculosis)\b"
)
FACILITY = re.compile(
    rf"\b{_NOT_NAME}(?:{_NAME_WORD}{_LINK}){{1,5}}(?:{_FACILITY_WORDS}|{_FACILITY_UPPER})\b"
    rf"(?:\s+of(?:\s+the)?(?:(?:\s+{_PARTICLE})*\s+{_NAME_WORD}){{1,4}}|{_FOR})?"
    rf"|\b(?:{_FACILITY_WORDS})(?:\s+of(?:\s+the)?(?:\s+(?:{_NAME_WORD}|of|and)){{1,5}}|{_FOR})"
)
# A generic department word alone before the facility word is not a site name.
_GENERIC = re.compile(
    r"^(?:(?:St\.?|the|The|and|of|&|-|\s)*"
    r"(?:General|Community|District|County|Regional|Children['’]s|University|Teaching|Private|"
    r"Public|Local|Chest|Emergency|Outpatient|Mental|Day|Eye|Dental|Walk-in|Family|"
    r"Women['’]s|Veterans|Cancer|Heart|Radiology|Imaging|Health|State|Federal|Homeless|Men['’]s|"
    r"Youth|Adult|Emergency|Night|Employment|First-tier|Upper|Appeals?|High|Crown|Magistrates['’]?|"
    r"Govt\.?|Government|Civil|Base|Sub-?[Dd]istrict)?\s*)$"
)


_PARTICLES_LEAD = (
    r"(?:de|del|de\s+la|des|du|di|della|delle|dei|da|do|dos|das|la|las|los|le|les|"
    r"l['’]|d['’]|der|am|an|im|y|e|rechts|links|na|nan|nad|pod|v|u|we|w|ve|ze)"
)
LEAD = re.compile(
    rf"\b{_LEAD_WORDS}(?:\s+(?:{_PARTICLES_LEAD}\s*|\d{{1,2}}\s+(?=de\b))*{_NAME_WORD}){{1,5}}"
)
# A place written after the facility word: "University College Hospital Ibadan".
_PLACE_AFTER = re.compile(rf"\s+(?P<place>{_NAME_WORD}(?:\s+{_NAME_WORD})?)")
_BRANCH_AFTER = re.compile(
    rf",[ \t]*(?P<place>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
    r"(?=[ \t]*(?:$|[|;:.)]|,|[ \t](?:on|for|in|at|to|and|from|after|with)\b))"
)
#: Words after a site's comma that open no branch of it: "Mercy Hospital, Dr Patel", "..., Radiology".
_NOT_BRANCH = words(
    "dr mr mrs ms prof department dept radiology imaging attn attention ward unit room floor "
    "level suite block building the a an and or ground first second third basement"
)
# A site named without a facility word, after words that say a study was done somewhere:
# "Outside CT from Ichilov", "Seen at Vall d'Hebron", "Transferred from Cedars-Sinai".
_SITE_CUE = re.compile(
    r"(?i:\b(?:(?:seen|treated|imaged|scanned|performed|obtained|done|imaging|films?|study|"
    r"studies|ct|mri|pet|x-?rays?|radiographs?|images|prior|outside|comparison|biopsy|surgery|"
    r"staging|follow-up|records|scans?|previous(?:ly)?|requested|received|imported|uploaded|"
    r"retrieved|reports?|echo|echocardiogram|ultrasound|angiogram|angiography|mammogram|mammography|"
    r"screening|booked|scheduled|appointment|attended|readmitted|(?:re)?admitted|followed|"
    r"radiographs?|cxr|procedure|operation|stay|unit|ward)"
    r"(?:\s+(?:ct|mri|pet|films?|study|imaging|images|scans?|x-?rays?|cxr))?\s+(?:at|from)|"
    r"(?:admitted|transferred|referred|discharged|sent|moved)\s+(?:to|from|by)|"
    r"(?:patient|pt|case|referral|transfer|resident|sent\s+in|brought\s+in)\s+from|"
    # header labels: "Institution:", "Referring facility:", "Outside hospital:"
    r"(?:facility|institution(?:\s+name)?|(?:referring|sending|outside|receiving)\s+"
    r"(?:facility|hospital|institution|site|centre|center)|hospital|site)\s*:)\s+(?:(?-i:the)\s+)?)"
    # "from The Alfred": a capital "The" belongs to the name
    r"(?P<the>The\s+(?=[A-Z][a-z]))?"
    r"(?!(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Doctor|Nurse|Sister|Sr|Rev|Fr)\b)"
    rf"(?P<site>(?:(?:St\.?|Saint|Sankt|San|Santa|São|Mount|Mt\.?)\s+)?{_NAME_WORD}"
    rf"(?:(?:\s+|-|\s*&\s*|\s+and\s+|\s+(?:d['’]|de\s+|del\s+|la\s+))?{_NAME_WORD}){{0,3}})"
)


# a site's capitalised name before a lower-case facility word, after where one goes: "the chest
# xray at Northside clinic", "Little Saigon clinic through ..." ("the Fracture clinic" is a
# department, all its words English)
_NAMED_CLINIC = re.compile(
    r"(?:\b(?:at|to|from|in|via)\s+(?:the\s+)?|^|(?<=[;:]\s))(?P<phi>(?P<name>[A-Z][a-z'’-]+"
    r"(?:\s+[A-Z][a-z'’-]+){0,2})\s+(?:clinic|health\s+cent(?:er|re)|medical\s+cent(?:er|re)|"
    r"hospital))\b"
)


# An acronym that ends a comparison or prior line, after a comma or "outside,": "Comparison: CT
# chest 20190314, UCSF.", "COMPARISON: 3/14 and 2/2 (outside, MGH)".
_COMPARISON_SITE = re.compile(
    r"(?i:\b(?:comparison|compared|prior|previous|outside)\b)[^.;:\n]*?(?::[^.;\n]*?)?"
    r"(?:,|\(|\boutside,?)\s*(?P<site>(?-i:[A-Z]{3,5}))(?=\s*(?:[).;]|$))"
)
# An acronym and place after a prior or comparison label: "Prior: AIIMS New Delhi HRCT"
_LABEL_SITE = re.compile(
    rf"(?i:\b(?:prior|outside|comparison)\s*:\s*)(?P<site>(?-i:[A-Z]{{3,6}})(?:\s+{_NAME_WORD}){{0,3}})"
)
_NOT_SITE_ACRONYMS = words(
    "AP PA LAT PICC CABG COPD CHF ARDS NGT ETT SVC IVC LUL LLL RUL RML RLL AAA DVT PNA "
    "IMPRESSION FINDINGS NONE STABLE WNL NAD TBD MRN AND THE FOR STAT ASAP PRN NPO DNR DNAR CPR "
    "URGENT ROUTINE PORT AM PM NEW OLD LEFT RIGHT BED ROOM RM FLOOR"
)
# Acronyms of hospital units, modalities and records that follow "transferred to", "seen at"...
_UNIT_ACRONYMS = words(
    "ICU MICU SICU CCU CVICU CTICU NICU PICU PACU HDU ITU AMU EAU MAU SDU CDU OSH ENT OBGYN PACS "
    "EMR EHR MRI CXR ECG EKG ECHO PET OPD IPD DEXA CTA CTPA HRCT LDCT NCCT VATS"
)
_ACRONYMS = re.compile(r"[A-Z]{1,5}(?:[\s-]+[A-Z]{1,5})*")
# a site's initials before one of its units or wards: "location HSC ICU-3 bed 4", "ward MGH 8E"
_SITE_BEFORE_UNIT = re.compile(
    r"\b(?P<site>[A-Z]{3,6})[ \t]+(?=(?:ICU|MICU|SICU|CCU|CVICU|CTICU|NICU|PICU|PACU|HDU|ITU|ED|ER)"
    r"(?:-?\d{1,2})?\b|\d{1,2}[A-Z]{1,2}\b(?![\w-]))"
)


# Nordic site words written in lower case after the place they belong to: "Danderyds sjukhus",
# "Bærum sykehus", "Lapin keskussairaala", "Tampereen yliopistollinen sairaala", "Ris sykehjem"
NORDIC_SITE = re.compile(
    rf"\b(?:{_NAME_WORD}[ \t]+){{0,2}}{_NAME_WORD}[ \t]+(?:(?:yliopistollinen|universitets|"
    r"centrala?|regionala?|läns|fylkes|keskus)[ \t]+)?"
    r"(?:(?:universitets|läns|regions?|central|fylkes|distrikts|lokal)?(?:sjukhus|sykehus|"
    r"sjukehus|sygehus)(?:et)?|(?:keskus|alue|alue-|yliopisto)?sairaala|terveysasema|terveyskeskus|"
    r"sykehjem(?:met)?|plejehjem(?:met)?|vårdcentral(?:en)?|hälsocentral(?:en)?|legesenter|"
    r"legekontor|helsesenter|sjúkrahús(?:ið)?|heilsugæsla|heilsugæslustöð|äldreboende|hoivakoti)\b"
)
# A hospital's initials, which end in its "Hospital" or "Medical Centre": "KATH", "QECH", "KCMC",
# "UCLH" (not inside a code or an HL7 field, not before a number it registers: "GMC 7043218")
_HOSPITAL_INITIALS = re.compile(
    r"(?<![\w/.^|-])(?=[A-Z]{3,6}\b)(?:[A-Z]{2,5}H|[A-Z]{1,4}MC)"
    r"(?![\w|^]|[-/.]\w|[ \t]*(?:No\.?|Reg\.?|#|:)?[ \t]*\d)"
)
#: Initials of that form that are clinical terms, bodies or chat: "LVH", "ETOH", "NIOSH", "TBH".
_NOT_HOSPITAL_INITIALS = words(
    "lvh rvh pah pvh iph dah sah sdh edh ivh ich bph tsh pth acth adh siadh hlh cah cdh nash mash "
    "etoh inh lmwh ufh pmh psh nph pnh aih tah pph aph cteph ipah hpah iih dish msh doh moh ach "
    "hgh fsh crh ghrh trh mch koh mph tbh smh pmc cmc emc dmc ldh niosh ltach koah dosh mdh "
    "gmc imc hmc nmc wfh nabh dph osh ssh sch cth cnh lch"
)


# the letters that open a record or accession number ("QEH2406CR1188", "MTRH-L-2407-55812",
# "CHV-XR-08812"): where the same letters stand alone in the text, they are the site's initials
_ID_PREFIX = re.compile(r"(?<![\w-])(?P<site>[A-Z]{3,6})(?:[-/]?\d|-[A-Z]{1,4}-?\d)")
_ALONE = r"(?<![\w@./^-]){}(?![\w@^-]|[./][\w])"
#: Letters that open numbers of every site: record, accession, order and study labels.
_ID_LABELS = words(
    "acc acct accn mrn fin csn req ord inv pid uid sid nhs nhi ref pat img rad case study lab "
    "doc rpt enc adm vis tkt inc reg job msg ser seq spec slide blk dob tel fax ext opd ipd urn "
    "uhid cnic nric hkid dni nie rut curp nss cpf rg ssn mbi npi dea lic claim auth pre chg"
)


# the sender of a text message to a patient, a site by its short name: "Asiri: Hi Chamari, your
# chest X-ray is confirmed", "Popular Diagnostic: Dear Nasima Akter, your HRCT report",
# "KPJ Damansara: Dear Aminah, CT scan booking confirmed"
_SMS_SENDER = re.compile(
    r"(?m:^(?P<site>[A-Z][\w&'’.-]*(?:[ \t][A-Z][\w&'’.-]*){0,2})[ \t]*:[ \t]+"
    r"(?=[^\n]{0,80}?\b(?:your|Your|booked|booking|confirmed|appointment|reminder|results?)\b))"
)
#: Words that open a message line before a colon and name no sender.
_NOT_SMS_SENDERS = words(
    "reminder note subject re dear hi hello patient doctor dr nurse clinic hospital appointment "
    "info message sms alert notice update results result report fyi important urgent attention "
    "from to sent date time reply you me radiology imaging booking bookings system admin ris "
    "pacs his emr ehr lis portal"
)


class FacilityDetector:
    """Finds facility names (hospitals, clinics, imaging centres...)."""

    def find(self, text: str) -> list[Span]:
        """Spans of facility names in ``text``."""
        spans = []
        for m in FACILITY.finditer(text):
            head = re.split(rf"\s*\b(?:{_FACILITY_WORDS})\b", m.group(), maxsplit=1)[0]
            rest = m.group()[len(head) :]
            place = _PLACE_AFTER.match(text, m.end())
            branch = _BRANCH_AFTER.match(text, m.end())
            named_place = any(
                p is not None and not _is_words(p.group("place")) for p in (place, branch)
            )
            if (
                _GENERIC.match(head)
                and " of " not in rest
                and not re.search(_FOR, rest)
                and not named_place  # "District Hospital Sangli", "Civil Hospital Ahmedabad"
            ):
                continue
            if _is_department(head):
                continue  # "Department of Radiology", "Cardiothoracic Surgery"
            start, end = m.start(), m.end()
            if place and not _is_words(place.group("place")):
                end = place.end()
                branch = _BRANCH_AFTER.match(text, end)
            # a branch named after a comma: "Sanjeevani Hospitals, Salt Lake"
            if branch and branch.group("place").split()[0].lower() not in _NOT_BRANCH:
                end = branch.end("place")
            if text[max(0, start - 4) : start] == "Our " and text.startswith("Lady", start):
                start -= 4  # "Our Lady's Hospice", "Our Lady of Lourdes Hospital"
            spans.append(Span("facility", start, end))
        for m in LEAD.finditer(text):
            if not m.group().startswith("Hospital") or not _is_words(m.group().split(None, 1)[1]):
                end = m.end()
                number = _DISTRICT_NUMBER.match(text, end)
                if number and m.group().startswith(("ASL", "ATS", "ULSS", "AUSL", "ASST")):
                    end = number.end()
                spans.append(Span("facility", m.start(), end))
        spans += [Span("facility", m.start(), m.end()) for m in _COMPOUND.finditer(text)]
        spans += [Span("facility", m.start(), m.end()) for m in _PHARMACY.finditer(text)]
        spans += [
            Span("facility", m.start(), m.end())
            for m in _SHIP_OR_BASE.finditer(text)
            if not _GENERIC.match(m.group().split()[0]) or len(m.group().split()) > 1
        ]
        for m in COMPANY.finditer(text):
            named = [
                w
                for w in re.findall(r"[^\W\d_][\w'’-]*", m.group("name"))
                if w.lower() not in _COMPANY_GENERIC and w.lower() not in STOP_WORDS
            ]
            if named and not any(w.lower() in PRODUCT_WORDS for w in named):
                spans.append(Span("facility", m.start(), m.end()))
        for m in _NAMED_CLINIC.finditer(text):
            if not _is_words(m.group("name")) and not _is_department(m.group("name")):
                spans.append(Span("facility", m.start("phi"), m.end("phi")))
        for m in _SITE_CUE.finditer(text):
            site = m.group("site")
            if _is_department(site):
                continue
            if _ACRONYMS.fullmatch(site):
                # "Prior CT at UCSF", "Seen at RPA"; not "transferred to the ICU", IU's "XXXX"
                if not re.fullmatch(r"[A-Z]{3,5}", site) or site in _UNIT_ACRONYMS or "XX" in site:
                    continue
                if re.search(r"(?i:\bsite\s*:)", m.group(0)):
                    continue  # a biopsy's site by its initials: "Site: RUL"
                spans.append(Span("facility", m.start("site"), m.end("site")))
                continue
            if re.search(r"(?i:\bsite\s*:)", m.group(0)) and site.lower() in place_names():
                continue  # a city after a site label: "Site: Nairobi"
            saint = re.match(r"(?:St\.?|Saint|Sankt|San|Santa|São|Mount|Mt\.?)\s+", site)
            if saint or not _is_words(site) or _transfer_from_named(m.group(0), site):
                start = m.start("the") if m.group("the") else m.start("site")
                spans.append(Span("facility", start, m.end("site")))
        for m in _SITE_BEFORE_UNIT.finditer(text):
            site = m.group("site")
            if not _clinical_acronym(site) and site.lower() not in common_words():
                spans.append(Span("facility", m.start("site"), m.end("site")))
        for site in {m.group("site") for m in _ID_PREFIX.finditer(text)}:
            if _clinical_acronym(site):
                continue
            if (
                site.lower() in common_words()
                or site.lower() in _NOT_HOSPITAL_INITIALS | _ID_LABELS | PRODUCT_WORDS
            ):
                continue
            spans += [
                Span("facility", m.start(), m.end()) for m in re.finditer(_ALONE.format(site), text)
            ]
        for m in _SMS_SENDER.finditer(text):
            site = m.group("site")
            parts = site.lower().split()
            if any(p in _NOT_SMS_SENDERS for p in parts) or (
                len(parts) == 1 and parts[0] in any_first_names()
            ):
                continue
            spans.append(Span("facility", m.start("site"), m.end("site")))
        for m in NORDIC_SITE.finditer(text):
            head = m.group().rsplit(None, 1)[0]
            if not _GENERIC.match(head) and not _is_department(head):
                spans.append(Span("facility", m.start(), m.end()))
        for m in _HOSPITAL_INITIALS.finditer(text):
            site = m.group().lower()
            if (
                not any(f.start <= m.start() and m.end() <= f.end for f in spans)
                and site not in _NOT_HOSPITAL_INITIALS
                and site not in common_words()
                and site not in census_names()
                and site not in any_first_names()
            ):
                spans.append(Span("facility", m.start(), m.end()))
        for m in [*_COMPARISON_SITE.finditer(text), *_LABEL_SITE.finditer(text)]:
            site = m.group("site")
            if not _clinical_acronym(site):
                spans.append(Span("facility", m.start("site"), m.end("site")))
        return spans


def _clinical_acronym(site: str) -> bool:
    """Whether capitals read as a site's initials are a unit, modality or clinical acronym
    ("ICU", "PICC", "COPD") or IU-Xray's mask ("XXXX")."""
    return site in _UNIT_ACRONYMS or site in _NOT_SITE_ACRONYMS or "XX" in site


# ships, military installations, and the initials of Indian health centres, university
# hospitals and VA health care systems, and Mexico's social-security units, each a site: "USS
# Oriskany", "Al Udeid Air Base", "Camp Arifjan", "PHC Kheri Kalan", "UHG", "VAPAHCS", "UMF 28"
_SHIP_OR_BASE = re.compile(
    rf"\b(?:(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|RFA)[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?"
    rf"|(?:Camp|FOB|COB|JB|Joint[ \t]+Base|Naval[ \t]+Base)[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?"
    rf"|{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?[ \t]+(?:Air[ \t]+(?:Force[ \t]+)?Base|AB|AFB|"
    r"Naval[ \t]+Air[ \t]+Station|NAS|Naval[ \t]+Station|Army[ \t]+Airfield|AAF|Barracks)"
    r"|(?:PHC|CHC|UPHC|UCHC|SDH)[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?"
    # Mexico's social-security units by number: "UMF 28", "HGZ No. 32"
    r"|(?:UMF|HGZ|HGR|UMAE|HGSZ)[ \t]?(?:No\.?[ \t]?)?\d{1,3}"
    r"|UH[A-Z]{1,3}(?<!UHF)(?<!UHID)|VA[A-Z]{1,5}HCS)\b"
)
# An employer, a law firm or a mine named with its legal form or its pit: "Lick Fork Coal LLC",
# "Pryce Morgan & Lloyd Solicitors", "HUNTER VALLEY STONE PTY LTD", "Beckley No. 4 Mine" (an
# employer and a workplace identify a worker as much as a hospital does)
_COMPANY_WORD = r"(?:[A-Z][\w'’.-]*|&|of|de|van|der|du|No\.?[ \t]*\d+)"
_COMPANY_FORM = (
    r"(?:L\.?L\.?C\.?|Inc\.|Inc\b|INC\.?|Incorporated|Ltd\.?|LTD\.?|Limited|LIMITED|"
    r"Pty\.?[ \t]+Ltd\.?|PTY\.?[ \t]+LTD\.?|Corporation|CORPORATION|Corp\.|Company|COMPANY|"
    r"Co\.(?![ \t]+[A-Z])|CO\.|LLP|PLC|plc|GmbH|S\.A\.|B\.V\.|N\.V\.|Solicitors|SOLICITORS|"
    r"Attorneys|Legal|"
    r"Mining|MINING|Mines?|MINES?|Colliery|COLLIERY|Shaft|Quarries|QUARRIES|Quarry|QUARRY)"
)
COMPANY = re.compile(
    rf"\b(?P<name>[A-Z][\w'’.-]*(?:[ \t]+{_COMPANY_WORD}){{0,5}}?)"
    rf"(?:,?[ \t]+{_COMPANY_FORM}(?![\w'’-]))+"
)
#: Words of a company's name that name no one company ("Coal Mine", "The Mining Company").
_COMPANY_GENERIC = words(
    "the coal gold iron stone slate mining mine mines company co corporation legal services "
    "group holdings north south east west new old no deep open pit"
)

# Words of a hospital's departments and specialties: before a facility word they name a service
# of the hospital at hand, not a site ("Division of Thoracic Imaging", "Cardiothoracic Surgery").
DEPARTMENT_WORDS = words(
    "department dept division section service services unit ward wing of the and thoracic "
    "cardiothoracic cardiac cardiology cardiovascular vascular interventional diagnostic nuclear "
    "pediatric paediatric neuro neurology neurosurgery chest abdominal body breast musculoskeletal "
    "emergency trauma orthopedic orthopaedic plastic colorectal urology oncology internal family "
    "medicine medical surgical respiratory pulmonary pulmonology critical intensive care acute "
    "general thoracic transplant hepatobiliary ent head neck surgery radiology imaging "
    "pulm resp cardio gi ortho onc neuro uro gyn obs obgyn peds paeds derm endo rheum nephro "
    # services and places inside a hospital: "Fracture Clinic", "Stroke Unit", "East Wing"
    "fracture stroke dementia burns burn renal dialysis maternity labour labor delivery neonatal "
    "coronary high dependency step down observation assessment admissions admission discharge "
    "day short stay recovery endoscopy cath catheterisation catheterization lab laboratory "
    "spinal injuries injury mental health psychiatric psychiatry geriatric geriatrics elderly "
    "rehabilitation rehab palliative hospice haematology hematology isolation "
    "ambulatory outpatient inpatient clinical decision acute medical pain sleep memory chest "
    "breast screening diabetes diabetic endocrine endocrinology gastroenterology hepatology "
    "liver kidney lung heart cancer eye dental skin dermatology rheumatology allergy "
    "immunology genetics fertility antenatal postnatal paediatrics pediatrics neonatology "
    "obstetric obstetrics gynaecology gynecology women's children's men's sexual wound vascular "
    "east west north south left right main new old upper lower first second third fourth ground "
    "hounsfield agatston international private public teaching rapid access hot one-stop"
)


def _transfer_from_named(cue: str, site: str) -> bool:
    """Whether one capitalised dictionary word follows a transfer ("Transferred from Mercy",
    "referred by Kaiser"): mid-sentence such a word names the sending site."""
    return (
        re.search(
            r"(?i:(?:admitted|transferred|referred|discharged|sent|moved)\s+(?:to|from|by))", cue
        )
        is not None
        and re.fullmatch(r"[A-Z][a-z]{3,}", site) is not None
        and site.lower() not in DEPARTMENT_WORDS
        and site.lower() not in _NOT_SITES
    )


# Capitalised words after a transfer that name no site.
_NOT_SITES = words(
    "home outside another same this that there here hospice rehab rehabilitation theatre "
    "theater recovery resus resuscitation ward wards casualty clinic hospital nursing"
)


def _is_department(head: str) -> bool:
    """Whether every word of ``head`` (the words before a facility word) is a department word."""
    words = re.findall(r"[^\W\d_]+", head)
    return bool(words) and all(w.lower() in DEPARTMENT_WORDS for w in words)


def _is_words(text: str) -> bool:
    """Whether every word of ``text`` is an English or function word (then it names no place:
    "Hospital Course", "seen at Rest")."""
    common = common_words()
    words = [w for w in re.findall(r"[^\W\d_]+", text) if not re.fullmatch("X{2,}", w)]
    return all(w.isascii() and (w.lower() in common or w.lower() in STOP_WORDS) for w in words)
