"""The de-identifier: layered detectors whose spans are merged and masked.

Layers, all run on every text:

1. :class:`~slava_lightning.privacy.patterns.PatternDetector`: dates, ages, record numbers,
   phones, e-mails, URLs, IP addresses, street and postal addresses;
2. :class:`~slava_lightning.privacy.facilities.FacilityDetector`: hospitals, clinics, sites;
3. :class:`~slava_lightning.privacy.names.NameDetector`: person names;
4. :class:`~slava_lightning.privacy.fields.FieldDetector` and
   :class:`~slava_lightning.privacy.spoken.SpokenDetector`: structured fields and dictation;
5. :class:`~slava_lightning.privacy.tagger.PhiTagger`: a CRF trained on labelled sentences, a
   second opinion that adds what the rules missed and drops a name or site it is sure is none;
6. :class:`~slava_lightning.privacy.lists.TermLists`: a hospital's own deny terms (always masked)
   and allow terms (never masked, unless also denied).

Any object with ``find(text) -> list[Span]`` can be added as a further layer (for example
a transformers token classifier wrapped in a class with that method).

Examples:
    >>> deid = Deidentifier.default()
    >>> deid.scrub("Seen by Sarah Connor at Mercy Medical Center on 12-Jan-2016, MR# 5512093.")
    'Seen by [NAME] at [FACILITY] on [DATE], [ID].'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from slava_lightning.privacy.facilities import (
    COMPANY,
    DEPARTMENT_WORDS,
    ITALIAN_BODY,
    NORDIC_SITE,
    FacilityDetector,
)
from slava_lightning.privacy.fields import NOT_SITE, PERSON_KEYWORD, ROLE_BEFORE, FieldDetector
from slava_lightning.privacy.gazetteer import (
    STOP_WORDS,
    census_names,
    drug_names,
    english_words,
    first_names,
    frequent_words,
    known_words,
    language_names,
    major_places,
    place_names,
    world_first_names,
)
from slava_lightning.privacy.german import german_words_only, is_german
from slava_lightning.privacy.grow import grow
from slava_lightning.privacy.lists import TermLists
from slava_lightning.privacy.logs import LogDetector, is_alias
from slava_lightning.privacy.names import TITLES, NameDetector
from slava_lightning.privacy.patterns import ID_PREFIX, VITALS, PatternDetector, ages_after_names
from slava_lightning.privacy.spans import Span, merge, render
from slava_lightning.privacy.spoken import SpokenDetector
from slava_lightning.privacy.tagger import PhiTagger, Reading
from slava_lightning.privacy.terms import clinical_terms
from slava_lightning.privacy.x12 import X12_SEGMENT, X12Detector

_PROGRAMME_WORDS = (
    r"(?:Act|Acts|Regulations?|Program|Programme|Scheme|Initiative|Strategy|Policy|Yojana|Abhiyan|"
    # bodies that plan care and run no site: "Greater Manchester Cancer Alliance", "... ICB"
    r"Fund|Cancer\s+Alliance|ICB|ICS|CCG|Integrated\s+Care\s+(?:Board|System)|Clinical\s+"
    r"Commissioning\s+Group)"
)
_PROGRAMME = re.compile(rf"\b{_PROGRAMME_WORDS}$")
# "... Health and Safety Act", "... Health Surveillance Program" (one word between, but not after
# a site's own head: "St Mary's Hospital Screening Program" names the hospital)
_PROGRAMME_AFTER = re.compile(
    rf"[ \t]+(?:(?:and|&)[ \t]+[A-Z]\w*[ \t]+|[A-Z]\w*[ \t]+)?(?:{_PROGRAMME_WORDS}|Conference|"
    r"Congress|Symposium|Summit|Meeting|Course|Workshop|plan)\b"
)
_SITE_HEAD = re.compile(
    r"(?:Hospital|Hospitals|Clinic|Centre|Center|Infirmary|Institute|Trust|Practice|Imaging|"
    r"Radiology|University|Hospice)$"
)
_WARD_AFTER = re.compile(r"\s+(?i:wards?)\b")
_NAMED_WARD = re.compile(r"([^\W\d_][\w'’-]*)\s+(?i:wards?)(?:\s+\d+\w?)?")
_WARD = re.compile(r"(?i:\bwards?)(?:\s+\d+\w?)?$")
_ZEROS = re.compile(r"[0\s./-]*0[0\s./-]*")
_YEARS = re.compile(r"(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d")
# a site's initials, with a unit's number: "QMH", "UMF 28"
_INITIALS = re.compile(r"[A-Z]{2,6}(?:[ \t]?(?:No\.?[ \t]?)?\d{1,3})?")
_TICKET = re.compile(r"(?:INC|REQ|RITM|CHG|TASK|SCTASK|PRB)\d{5,10}")
_NETMASK = re.compile(r"255\.(?:255|254|252|248|240|224|192|128|0)\.\d{1,3}\.\d{1,3}(?:/\d+)?")
_NOT_ID = re.compile(
    r"(?i:sha-?\d{1,3}|aes-?\d{3}|rsa-?\d{4}|md5|utf-?\d{1,2}|tls\s?1\.\d|"
    # the NHS's own help lines: "NHS 111 advised attendance"
    r"(?:NHS\s+)?(?:111|999|119)|"
    # a fiscal year, a CMS form or rule, an X12 guide's version, an HL7 table: "FY2026",
    # "CMS-R-131", "CMS-0057-F", "005010X222A1", "HL70357"
    r"fy\s?(?:19|20)?\d\d|cms-(?:[a-z]-)?\d{3,5}(?:-[a-z])?|00[3-8]0[1-9]0(?:x\d{3}(?:a\d)?)?|"
    r"hl7\d{4})"
)
# a code's coding system after it in an HL7 coded element: "24627-2^CT DLP^LN"
_CODING_SYSTEM_AFTER = re.compile(
    r"\^[^^|~\n]{0,60}\^(?:LN|SCT|SNM|I10|I9|I10C|C4|CPT4?|ICD10(?:CM)?)\b"
)
# a statute or regulation's citation before its section: "29 CFR 2560.503-1", "735 ILCS 5/8-2001"
_CITATION_BEFORE = re.compile(r"\b(?:CFR|U\.?S\.?C\.?|ILCS|§§?)[ \t]*$")
# a public number of a payer, no member's: "Payer ID 87726"
_PAYER_ID_BEFORE = re.compile(r"(?i:\bpayer[ \t]+id[ \t]*[:#]?[ \t]*)$")
# a program's version before its dotted number: "build 8.4.2.117", "Firmware 3.10.2.5"
_VERSION_BEFORE = re.compile(
    r"(?i:\b(?:version|ver|v|build|firmware|fw|release|rev|revision|software|patch)\.?[ \t]*)$"
)
# a date that comes back every year or month: "renews each January 1", "October 15 through
# December 7 every year", "the 15th of each month"
_EVERY_BEFORE = re.compile(r"(?i:\b(?:each|every)[ \t]+)$")
_EVERY_AFTER = re.compile(
    r"(?i:(?:[ \t]+(?:through|to|until|-|–)[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?)?"
    r"[ \t]+(?:(?:every|each)[ \t]+year|annually|yearly)\b|[ \t]+of[ \t]+(?:each|every)[ \t]+month\b)"
)
_PROTOCOL_BEFORE = re.compile(r"(?i:\b(?:https?|tls|ssl|smb)/?)$")
_COUNTY = re.compile(r"(?:[A-Z][\w'’.-]+[ \t]+){1,3}(?:County|Parish|Oblast|Prefecture)")
_PLACEHOLDER_PERSON = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Patient|Pt)\.?[ \t]+)?[XYZ]")
_TEST_PATIENT = re.compile(r"(?i:zz+[ ,^]*\w*|test(?:[ ,^]+(?:patient|pt|test))*|zz+test\w*)")
# UIDs under the DICOM standard's own root name classes and transfer syntaxes, not studies
_STANDARD_UID = re.compile(r"(?<![\d.])1\.2\.840\.10008(?:\.\d+)*(?![\d.])")
_TIME_LABEL = re.compile(r"(?i:time)\s*[:=]\s*$")
# travel before a place: "a trip to Kenya", "flown in from Darwin", "Referral from Lagos"
_TRAVEL_BEFORE = re.compile(
    r"(?i:\b(?:trip|travel\w*|fly|flying|flew|flown|drive|drove|driving|moved|relocated|returned|"
    r"holiday\w*|visit\w*|lives|living|born|referral|referred|transferred|arrived|ambulance|"
    r"emigrated|immigrated|tourist)\b[^.;\n]{0,30}?\b(?:to|from|in)\s+$)"
)


class Detector(Protocol):
    """Anything that finds PHI spans in a text. A detector whose spans are read from cues and
    fields may set ``cued = True``: the tagger then does not veto them (:class:`LogDetector`)."""

    def find(self, text: str) -> list[Span]:
        """Spans found in ``text`` (may overlap; the de-identifier merges them)."""
        ...


class Deidentifier:
    """Finds and masks PHI with layered detectors.

    Args:
        detectors: the detector layers (see the module docstring); at least one.
        lists: the hospital's allow and deny terms (optional).
    """

    def __init__(
        self,
        detectors: Sequence[Detector],
        lists: TermLists | None = None,
        tagger: PhiTagger | None = None,
        years: bool = False,
    ) -> None:
        if not detectors:
            raise ValueError("Deidentifier needs at least one detector")
        for d in detectors:
            if not callable(getattr(d, "find", None)):
                raise ValueError(f"detector {d!r} has no find(text) method")
        self.detectors = list(detectors)
        self.lists = lists
        self.tagger = tagger
        self.years = years

    @classmethod
    def default(
        cls,
        lists: TermLists | str | Path | None = None,
        all_ages: bool = False,
        tagger: bool | PhiTagger = True,
        years: bool = False,
    ) -> Deidentifier:
        """The rule layers, the shipped statistical layer (:class:`PhiTagger`; ``tagger=False``
        leaves it out, or pass your own) and ``lists`` (a :class:`TermLists` or a file).

        As in HIPAA Safe Harbor, ages are masked only over 89 unless ``all_ages``, and a year
        alone ("treated in 2015", "the 1979 Act") is kept unless ``years``; a year of birth
        ("born 1931") is always masked."""
        if lists is not None and not isinstance(lists, TermLists):
            lists = TermLists.load(lists)
        names = NameDetector(
            extra_first=lists.denied_words if lists else (),
            extra_surnames=lists.denied_words if lists else (),
            allow=lists.allowed_words if lists else (),
        )
        # facilities before names: a span both find is named a facility ("St George's")
        layers: list[Detector] = [
            PatternDetector(all_ages=all_ages),
            FacilityDetector(),
            names,
            FieldDetector(),
            SpokenDetector(),
            LogDetector(),
            X12Detector(),
        ]
        if tagger is True:
            tagger = PhiTagger()
        return cls(layers, lists, tagger or None, years=years)

    def find(self, text: str) -> list[Span]:
        """PHI spans of ``text``, sorted and non-overlapping."""
        allowed = self.lists.allowed(text) if self.lists is not None else []
        allowed += clinical_terms(text) + [m.span() for m in _STANDARD_UID.finditer(text)]
        # a layer that reads its spans from cues and fields (``cued``: "user amoreno", "[KEIO
        # UNIV HOSP]") is not overruled by the tagger
        cued = [s for d in self.detectors if getattr(d, "cued", False) for s in d.find(text)]
        found = [s for d in self.detectors if not getattr(d, "cued", False) for s in d.find(text)]
        reading = self.tagger.read(text) if self.tagger is not None else None
        if reading is not None and self.tagger is not None:
            # the statistical layer's second opinion: a name or site it is all but sure is none
            # is dropped, and what it finds is added
            found = [s for s in found if not self._vetoed(text, s, reading, self.tagger.clear)]
        # a field says what its value is: a rule's span of the same extent and another kind
        # yields to it ("PER*IC*BILLING*TE*8005550142": a phone, not an id)
        field = {(s.start, s.end): s.kind for s in cued}
        found = [s for s in found if field.get((s.start, s.end), s.kind) == s.kind]
        found += cued
        if reading is not None:
            # every noun of a German sentence is capitalised: a tagged "name" of German words
            # only is a noun ("Rippe", "Herren")
            german = is_german(text)
            found += [
                p
                for t in reading.spans
                if not (german and t.kind == "name" and german_words_only(text[t.start : t.end]))
                for p in _outside(text, t, found)
            ]
        found = self._kept(text, found, allowed)
        merged = merge(text, found)
        found += _repeats(text, merged) + _handles_of_names(text, merged)
        found += ages_after_names(text, found) + _first_names_joined(text, found)
        # the site's deny terms come last, so that a denied term is masked as it is listed
        if self.lists is not None:
            found += self.lists.find(text)
        spans = _joined_names(text, merge(text, found))
        if self.years:
            return spans
        return [s for s in spans if not _lone_year(text, s)]

    @staticmethod
    def _vetoed(text: str, span: Span, reading: Reading, clear: float) -> bool:
        """A capitalised name or site of the rules that the tagger is all but sure is no PHI
        ("Glasgow", "Bennett fracture"); the rules' other kinds, a site's initials, and lower-case
        names and sites of dictation, are theirs to keep."""
        value = text[span.start : span.end]
        acronym = span.kind == "facility" and _INITIALS.fullmatch(value) is not None
        return (
            span.kind in ("name", "facility")
            and value[0].isupper()
            and not acronym  # a site's initials after a cue are the rules' ("from QMH")
            and "^" not in value  # an HL7 or DICOM name is read from its field ("DEVI^RAJ")
            # ... as is a DICOM person's one word ("OperatorsName: TORRES")
            and not _PERSON_FIELD_BEFORE.search(text, max(0, span.start - 60), span.start)
            and not is_alias(value)  # "Trauma, Zulu" stands for a person
            and not _first_name_only(text, span)  # "Rahim:", "Aoife's": one word of one sense
            and not _titled(value)  # "Dr Spence", "Dre Lachance": a title names a person
            # ... as a role does a one-word name after it: "Pharmacist Tigist", "CHW Ruelas"
            and not (
                span.kind == "name"
                and " " not in value
                and value.lower() not in english_words()  # "Agent Orange", "Senior Registrar"
                and ROLE_BEFORE.search(text, max(0, span.start - 30), span.start)
            )
            and not (span.kind == "facility" and COMPANY.fullmatch(value))  # "Lick Fork Coal LLC"
            and not (span.kind == "facility" and NORDIC_SITE.fullmatch(value))  # "Ris sykehjem"
            and not (span.kind == "facility" and ITALIAN_BODY.match(value))  # "RSA Don Gnocchi"
            and reading.all_clear(span, clear)
        )

    def _kept(self, text: str, found: list[Span], allowed: list[tuple[int, int]]) -> list[Span]:
        """``found`` outside the allowed terms, widened to whole values, without what only
        looks like PHI."""
        if allowed:
            found = [s for s in found if not _within_allowed(text, s, allowed)]
        return [s for s in grow(text, found) if not self._not_phi(text, s)]

    @staticmethod
    def _not_phi(text: str, span: Span) -> bool:
        """Values that look like PHI but are not: blanked zeros ("00000000"), DICOM's own UIDs
        (SOP classes, transfer syntaxes), a time of day after a ``...Time:`` label, a city or
        country after travel ("a trip to Kenya"), names and sites that are only places."""
        value = text[span.start : span.end]
        if _ZEROS.fullmatch(value) or _STANDARD_UID.fullmatch(value):
            return True
        if span.kind in ("id", "phone") and _ZEROS.fullmatch(re.sub(r"^[^\d]*", "", value)):
            return True  # a blanked number after its label: "MRN 00000000"
        # the value after its label ("Ticket INC0048213", "UID 1.2.840.10008.5.1.4.1.1.2")
        core = value.split()[-1] if span.kind == "id" and value.split() else value
        at = span.end - len(core)  # where the value starts
        if span.kind == "id" and _TICKET.fullmatch(value):
            return True  # a service-desk ticket, no patient's number: "INC0048301"
        if (
            span.kind == "id"
            and _STANDARD_UID.fullmatch(core)
            and re.search(r"(?i:class|syntax)", text[max(0, span.start - 16) : span.end])
        ):
            return True  # "SOP Class UID 1.2.840.10008.5.1.4.1.1.2" names a kind of image
        if span.kind == "id" and (
            _NOT_ID.fullmatch(core)
            or _CODING_SYSTEM_AFTER.match(text, span.end)
            or _PAYER_ID_BEFORE.search(text, max(0, at - 12), at)
        ):
            return True  # "FY2026", "24627-2^CT DLP^LN", "Payer ID 87726"
        if span.kind in ("id", "date") and _CITATION_BEFORE.search(text, max(0, at - 8), at):
            return True  # "29 CFR 2560.503-1", "735 ILCS 5/8-2001"
        if span.kind == "ip" and _VERSION_BEFORE.search(text, max(0, span.start - 12), span.start):
            return True  # "Firmware 3.10.2.5", "Client version 10.2.14.7"
        if (
            span.kind == "date"
            and not re.search(r"(?:19|20)\d\d|'\d\d|\d[/.-]\d{2}$", value)
            and (
                _EVERY_BEFORE.search(text, max(0, span.start - 8), span.start)
                or _EVERY_AFTER.match(text, span.end)
            )
        ):
            return True  # a date of every year: "renews each January 1"
        if span.kind == "phone" and re.match(r"[ \t.-]*[Xx]{3,}\b", text[span.end :]):
            return True  # a number written as a mask: "Tel: 0161 XXX XXXX"
        if span.kind == "ip" and _NETMASK.fullmatch(value):
            return True  # a subnet mask: "255.255.255.0"
        if span.kind in ("id", "phone", "date") and (
            _NOT_ID.fullmatch(value)
            or _PROTOCOL_BEFORE.search(text, max(0, span.start - 8), span.start)
        ):
            return True  # "SHA-256", "HTTP/1.1 200"
        if (
            span.kind in ("name", "facility")
            and _COUNTY.fullmatch(value)
            and not re.match(r"[ \t]+[A-Z]", text[span.end :])  # "McKinley County Adult ..."
        ):
            return True  # a county is a place: "Harlan County and Letcher County"
        if span.kind == "name" and (
            value.startswith("NHS ") or text[max(0, span.start - 4) : span.start] == "NHS "
        ):
            return True  # a health board by its region: "NHS Lothian", "NHS Fife"
        if span.kind == "name" and _PLACEHOLDER_PERSON.fullmatch(value):
            return True  # an anonymised person: "Mr X", "Patient Y"
        if span.kind == "name" and _TEST_PATIENT.fullmatch(value):
            return True  # a test patient of the record system: "ZZTEST", "ZZZ TEST, PATIENT"
        if span.kind == "name" and _PERSON_FIELD_BEFORE.search(
            text, max(0, span.start - 60), span.start
        ):
            # a DICOM person's value names a person, a place's name or not ("OperatorsName:
            # TORRES"), unless it says the name was taken out ("PatientName: ANONYMIZED")
            return _ANONYMISED.fullmatch(value) is not None
        # a city or country alone is no PHI: "returned from a trip to Kenya"
        if (
            span.kind in ("name", "facility")
            and value.lower() in place_names()
            and _TRAVEL_BEFORE.search(text, max(0, span.start - 60), span.start)
        ):
            return True
        if span.kind in ("name", "facility") and _only_places(value, span.kind):
            return True
        if span.kind == "name" and _listed_places(text, span):
            return True  # "Johannesburg, Cardiff, Sydney and Charleston" lists no "Cardiff, Sydney"
        if (
            span.kind == "address"
            and re.fullmatch(r"RR\s?\d{1,3}", value.strip(", "))
            and (
                re.match(r"\s*(?:/min|/m\b|bpm|breaths)", text[span.end :])
                or len(VITALS.findall(text)) >= 2
            )
        ):
            return True  # a respiratory rate: "RR 28/min, temperature 101.2 F"
        if (
            span.kind == "address"
            and not re.search(r"\d", value)
            and _only_places(value, "facility")
        ):
            return True  # a list of countries is no address: "Nepal, Myanmar, Bangladesh"
        if (
            span.kind == "name"
            and _place_parts(value) is not None
            and _PLACE_CUE.search(text, 0, span.start)
        ):
            return True  # a place after "in": "seen in rural Alberta" (Alberta is a census name)
        if span.kind == "name" and (
            _only_drugs(value) or _language(text, span) or _regions(text, span)
        ):
            return True  # "on Ventolin and Spiriva", "interpreter for Tagalog", "Hutt Valley"
        if span.kind == "name" and value.lower() in NOT_SITE:
            return True  # a clinical acronym after a label is nobody: "Checked by: CT"
        if span.kind == "facility" and (
            _WARD.search(value)
            # "Lister ward" is a ward; "Concord General Hospital ward 7B" a hospital's ward
            or (_WARD_AFTER.match(text, span.end) and not _SITE_HEAD.search(value))
        ):
            # a ward is a place in a hospital, no site: "Nightingale Ward", "Lister ward"
            return True
        if span.kind in ("facility", "name") and re.match(r"[ \t]+Funds?\b", text[span.end :]):
            return True  # a fund is no site: "the Black Lung Disability Trust Fund"
        if span.kind in ("facility", "name") and (
            _PROGRAMME.search(value)
            or (
                _PROGRAMME_AFTER.match(text, span.end)
                and not _SITE_HEAD.search(value)
                and (span.kind == "facility" or "," not in value)  # "..., Lung Nodule Program"
            )
        ):
            # a programme or a law is no site or person: "Mine Health and Safety Act", "the
            # Fixing Long-Term Care Act"
            return True
        ward = _NAMED_WARD.fullmatch(value)
        if span.kind == "name" and ward and ward.group(1).lower() not in first_names():
            return True  # "Nightingale Ward" is a ward; "Jane Ward" a person
        if span.kind == "address" and (
            len(VITALS.findall(value)) >= 2
            or (VITALS.search(value) and len(VITALS.findall(text)) >= 3)
            or value.startswith("via ")
        ):
            # "Temp 38.4, HR 112", "Na 131, K 3.2, Cr 188", "BP 92/54, RR 28, SpO2 91%" (not a
            # rural route), "sent via IEP" (the Italian street is "Via")
            return True
        if (
            span.kind == "date"
            and (year := re.match(r"(?:19|20)\d\d[a-z]?\b", value)) is not None
            and _NAMED_BY_YEAR.match(text, span.start + year.end())
            and (value == year.group(0) or _NAMED_BY_YEAR.fullmatch(value, year.end()))
        ):
            return True  # "the 1965 Act", "AAST 2018 criteria", "the 2023b edition"
        if (
            span.kind == "id"
            and _CLOCK.fullmatch(value)
            and not _ID_LABEL_BEFORE.search(text, max(0, span.start - 16), span.start)
        ):
            return True  # "called 0210": a time of day, not a record number
        if span.kind == "id" and _PRESSURE.search(text, max(0, span.start - 40), span.end + 8):
            return True  # "blood pressure 120/80" is a reading
        return (
            span.kind == "id" and value.isdigit() and bool(_TIME_LABEL.search(text, 0, span.start))
        )

    def scrub(self, text: str) -> str:
        """``text`` with every PHI span replaced by its kind's placeholder (``[NAME]``...)."""
        return render(text, self.find(text))

    def scrub_json(self, value: Any) -> Any:
        """``value`` (a JSON-like structure) with every string in it scrubbed; keys are kept."""
        if isinstance(value, str):
            return self.scrub(value)
        if isinstance(value, list):
            return [self.scrub_json(v) for v in value]
        if isinstance(value, dict):
            return {k: self.scrub_json(v) for k, v in value.items()}
        return value

    def find_json(self, value: Any, path: str = "") -> list[tuple[str, str, Span]]:
        """``(field path, text, span)`` for every PHI span in the strings of ``value``."""
        if isinstance(value, str):
            return [(path, value, s) for s in self.find(value)]
        if isinstance(value, list):
            return [hit for i, v in enumerate(value) for hit in self.find_json(v, f"{path}[{i}]")]
        if isinstance(value, dict):
            return [
                hit
                for k, v in value.items()
                for hit in self.find_json(v, f"{path}.{k}" if path else str(k))
            ]
        return []


# a year alone or a span of years ("in 2015", "1979-1992", "fiscal 2022-23"), which HIPAA Safe
# Harbor leaves in; not a year of birth ("born 1931", "YOB: 1928"), which tells an age over 89
_YEAR_VALUE = re.compile(r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:(?:19|20)\d\d|(?P<to>\d\d)))?")
_BIRTH_BEFORE = re.compile(
    r"(?i:\b(?:born|b\.|birth|yob|dob|n[ée]e?|geb\.?|geboren|nacid[oa]|nascid[oa])\b"
    r"[^.;\n\d]{0,16}$)"
)


def _lone_year(text: str, span: Span) -> bool:
    """Whether ``span`` is a date that is only a year or a span of years, or a number that is a
    span of years ("Coal Company, 1961-1979" read as a phone), not of birth."""
    if span.kind == "date":
        m = _YEAR_VALUE.fullmatch(text, span.start, span.end)
    else:
        m = _YEARS.fullmatch(text, span.start, span.end) if span.kind in ("phone", "id") else None
    if m is None or _BIRTH_BEFORE.search(text, max(0, span.start - 30), span.start):
        return False
    if span.kind != "date":
        return True
    # "2022-23" runs on to a later year; "1974-03" is a month of 1974
    return m.group("to") is None or int(m.group("to")) > int(text[m.start() + 2 : m.start() + 4])


# a personal title and a capitalised word that is no everyday English word: "Dr Spence",
# "Dre Lachance", "Mrs. O'Neill" (not "Mr Justice", "Lady Justice", "Dr Pepper")
_TITLED = re.compile(
    r"(?:(?P<doctor>Dr|Dre|Dra|Drs|Prof|Professor|Doctor|Dott|Dott\.ssa|Dr\.ssa|Prof\.ssa)|Mr|Mrs|"
    r"Ms|Mme|Mlle|Miss|Sig|Sig\.ra|Sig\.na)\.?[ \t]+"
    r"(?P<word>[A-Z][\w'’-]+)"
)


def _titled(value: str) -> bool:
    """Whether ``value`` opens with a personal title before a word that is no everyday English
    word, or a doctor's title before a census surname ("Dr Spence")."""
    m = _TITLED.match(value)
    if m is None:
        return False
    word = m.group("word").lower()
    return word not in frequent_words() or (
        m.group("doctor") is not None and word in census_names()
    )


def _first_name_only(text: str, span: Span) -> bool:
    """Whether ``span`` is one capitalised first name that is no English word, place, language
    or drug ("Aoife's"), or such a word speaking in a chat line ("Rahim:"): the rules' reading
    of it as a person is not overruled by a tagger that met the word once elsewhere."""
    bare = re.sub(r"['’]s$", "", text[span.start : span.end])
    key = bare.lower()
    if not re.fullmatch(r"[A-Z][a-z\u00df-\u024f'’-]+", bare) or key in place_names():
        return False
    if key in english_words() or key in language_names() or key in drug_names():
        return False
    # a listed first name anywhere; any such word as the speaker of a chat line ("Rahim:")
    return key in first_names() or text.startswith(":", span.end)


def _gaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``[start, end)`` that no one of ``spans`` covers, in order."""
    gaps, pos = [], start
    for a, b in sorted((max(a, start), min(b, end)) for a, b in spans):
        if a >= b:
            continue
        if a > pos:
            gaps.append((pos, a))
        pos = max(pos, b)
    if pos < end:
        gaps.append((pos, end))
    return gaps


def _within_allowed(text: str, span: Span, allowed: list[tuple[int, int]]) -> bool:
    """Whether ``span`` lies in allowed terms, but for function words and figures."""
    if not any(a < span.end and span.start < b for a, b in allowed):
        return False
    rest = " ".join(text[a:b] for a, b in _gaps(span.start, span.end, allowed))
    # function words left over ("A Port-a-Cath"), and a name's or site's figures ("Braden scale 12")
    figures = span.kind in ("name", "facility")
    return all(
        w.lower() in STOP_WORDS or w.lower() in _PREPOSITIONS or (figures and w.isdigit())
        for w in re.findall(r"\w+", rest)
    )


# prepositions that open a sentence before an allowed term: "During Ramadan, ..."
_PREPOSITIONS = frozenset({"during", "after", "before", "since", "until", "over", "through"})


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _repeats(text: str, found: list[Span]) -> list[Span]:
    """Other mentions of a found person or site in the same text: the surname or first name of
    a masked name written alone ("Mr John Moss ... the Moss report"; a first name typed in lower
    case, capitalised elsewhere), a masked site's whole name again. Only capitalised words of three letters or more that are no function word,
    department word or clinical acronym, matched whole and in the same case."""
    words: dict[str, str] = {}
    for s in found:
        value = text[s.start : s.end]
        if s.kind == "facility":
            words[value] = "facility"
        elif s.kind == "name":
            for w in _WORD.findall(value):
                key = re.sub(r"['’]s$", "", w)
                low = key.lower()
                if (
                    key.islower()
                    and len(key) >= 3
                    and (low in world_first_names() or low not in english_words())
                ):
                    key = key.capitalize()  # "it's nomsa" names "Message from Nomsa" too
                if (
                    len(key) >= 3
                    and key[0].isupper()
                    and low not in STOP_WORDS
                    and low not in NOT_SITE
                    and low not in DEPARTMENT_WORDS
                ):
                    words.setdefault(key, "name")
    if not words:
        return []
    out = []
    for key, kind in words.items():
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(key)}(?![\w-])", text):
            if not any(s.start <= m.start() and m.end() <= s.end for s in found):
                out.append(Span(kind, m.start(), m.end()))
    return out


_LOWER_HANDLE = re.compile(r"(?<![\w.@/-])[a-z][a-z._-]{2,30}?(?P<digits>\d{0,3})(?![\w@/-])")


def _handles_of_names(text: str, found: list[Span]) -> list[Span]:
    """A masked person's log-in written in the same text, as log-ins are made of a name: "Dale
    Kimura (dkimura)", "kimura.d", "dalek" (an initial and a surname, a name and an initial, the
    two joined by a dot or an underscore, trailing digits allowed)."""
    handles: set[str] = set()
    for s in found:
        if s.kind != "name":
            continue
        parts = [w.lower() for w in _WORD.findall(text[s.start : s.end]) if len(w) > 1]
        parts = [p for p in parts if p not in STOP_WORDS and p.rstrip(".") not in TITLES]
        if len(parts) < 2:
            continue
        first, last = parts[0], parts[-1]
        for a, b in ((first, last), (last, first)):
            handles |= {a[0] + b, a + b[0], f"{a}.{b}", f"{a}_{b}", f"{a[0]}.{b}", f"{a}{b}"}
    handles = {h for h in handles if len(h) >= 5}
    if not handles:
        return []
    return [
        Span("name", m.start(), m.end())
        for m in _LOWER_HANDLE.finditer(text)
        if m.group()[: len(m.group()) - len(m.group("digits"))] in handles
        and not any(f.start <= m.start() and m.end() <= f.end for f in found)
    ]


# a first name joined to a person's full name: "Brad and Kirra Schultz", "twins Aoife and Orla
# Brennan-Walsh", "Graham & Pauline Whitcombe"
# what separates the family and given names of one person: "KAUR GILL, HARPREET"
# the comma of "Last, First", and the caret between the components of an HL7 or DICOM name
# ("HARTMANN^EZRA")
_NAME_COMMA = re.compile(r"[ \t]*,[ \t]?|\^{1,2}")
_INITIALS_ONLY = re.compile(r"[A-Z]{2,3}")
_INITIALS_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2,3}[ \t]*,[ \t]*$")
_INITIALS_AFTER = re.compile(r"[ \t]*,[ \t]*[A-Z]{2,3}(?![\w-])")


def _joined_names(text: str, spans: list[Span]) -> list[Span]:
    """Sorted ``spans`` with two names joined by a comma or a caret made one ("Pettigrew, Brandi
    S", "HARTMANN^EZRA"): the comma of "Last, First" belongs to the name, as the caret between
    an HL7 name's components does."""
    out: list[Span] = []
    for s in spans:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == s.kind == "name"
            and _NAME_COMMA.fullmatch(text, last.end, s.start)
            and not (
                _INITIALS_ONLY.fullmatch(text, last.start, last.end)
                and _INITIALS_ONLY.fullmatch(text, s.start, s.end)
                and (
                    _INITIALS_BEFORE.search(text, 0, last.start)
                    or _INITIALS_AFTER.match(text, s.end)
                )
            )  # "JF, RK, FI": three or more people listed by their initials, each apart (not
            # "NG, WAI")
        ):
            out[-1] = Span("name", last.start, s.end)
        else:
            out.append(s)
    return out


# what a year names when it is a law's, a guideline's or an edition's: "the 1965 Act"
_NAMED_BY_YEAR = re.compile(
    r"\s+(?:Act|Acts|Regulations?|Rules|Order|Guidelines?|guidelines?|[Cc]riteria|[Ss]tatement|"
    r"[Rr]evision|[Ee]dition|[Cc]lassification|[Cc]onsensus|[Uu]pdate|[Vv]ersion|[Ss]tandards?|"
    r"[Rr]ecommendations?|[Dd]efinitions?|[Cc]onvention|[Aa]mendments?|[Ss]ystem|[Ss]cale|"
    r"[Ss]taging|TNM|[Rr]eport\s+of\s+the)\b"
)
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_ANONYMISED = re.compile(
    r"(?i:anonymi[sz]ed|anonymous|anon|de-?identified|redacted|removed|masked|unknown|none|n/?a)"
)
_PERSON_FIELD_BEFORE = re.compile(rf"\b{PERSON_KEYWORD}\s*(?:PN\s*)?[:=\[]\s*$")
_ID_LABEL_BEFORE = re.compile(rf"(?i:\b{ID_PREFIX})\s*[:#=]?\s*$|#\s*$")
_PRESSURE = re.compile(
    r"(?i:\b(?:blood\s+pressure|bp|pressures?|nibp|abp|map)\b\W{0,12}(?:of\s+|was\s+|is\s+)?)"
    r"\d{2,3}\s?/\s?\d{2,3}\b(?!/)"
)
_JOINED_FIRST = re.compile(r"\b(?P<first>[A-Z][a-z\u00df-\u00ff'’-]+)[ \t]+(?:and|&)[ \t]+$")


def _first_names_joined(text: str, found: list[Span]) -> list[Span]:
    """First names written before "and" and a found person's full name: they share it."""
    out = []
    first, world = first_names(), world_first_names()
    for s in found:
        if s.kind != "name" or " " not in text[s.start : s.end].strip():
            continue
        m = _JOINED_FIRST.search(text, max(0, s.start - 40), s.start)
        if m is None:
            continue
        word = m.group("first").lower()
        known = (word in first or word in world) and word not in STOP_WORDS
        if known and not any(f.start <= m.start("first") < f.end for f in found):
            out.append(Span("name", m.start("first"), m.end("first")))
    return out


_PLACE_JOIN = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*")
# a region named from a place: "Southwest Asia", "Northern Alberta", "sub-Saharan Africa"
_COMPASS = re.compile(
    r"(?i:(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|central|middle|upper|lower|"
    r"sub-saharan|(?:north|south)(?:[- ]?(?:east|west))?ern|eastern|western|rural|greater)\s+)"
)
# where a place alone follows: "in rural Alberta", "endemic in the Philippines and South Africa"
_PLACE_CUE = re.compile(
    r"(?i:\b(?:in|near|across|throughout|outside|around|within|endemic\s+to)\s+(?:the\s+)?"
    r"(?:[\w'’.-]+\s*(?:,|\band\b|\bor\b)\s*){0,3}"
    r"(?:(?:rural|remote|northern|southern|eastern|western|central|upstate|downstate)\s+)?$)"
)
_TITLE_BEFORE = re.compile(r"(?i:\b(?:dr|mr|mrs|ms|miss|prof|nurse|sister)\.?\s+$)")
_TITLE_START = re.compile(r"(?i:(?:dr|mr|mrs|ms|miss|prof|nurse|sister)\b)")
# a language named as one: "interpreter for Tagalog", "Cantonese-speaking", "speaks Tigrinya"
_LANGUAGE_CUE = re.compile(
    r"(?i:\b(?:interpret\w*|interpr[èe]te|int[ée]rprete|translat\w*|speak\w*|spoke|spoken|"
    r"languages?|fluent|dialect|native\s+tongue|parle|parlent|habla|hablan|fala|spricht|langue|"
    r"idioma|materials|leaflets?|available\s+in|written\s+in)\b)"
)


# a region named by a geographic word: "Sunshine Coast", "Hutt Valley", "Durham Region", "Brisbane
# North"; not after a title ("Mr Bay" is a person)
_REGION = re.compile(
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+(?:Coast|Bay|Valley|Region|Hinterland|"
    r"Peninsula|Islands?|Ranges?|Plains|Highlands|Lowlands|Shire|Riviera|Delta|Basin|Outback|"
    r"North|South|East|West|Central)"
)


def _regions(text: str, span: Span) -> bool:
    """Whether a "name" lists regions (and places) only: "Kapiti Coast, Horowhenua"."""
    value = text[span.start : span.end]
    if _TITLE_BEFORE.search(text, 0, span.start) or _TITLE_START.match(value):
        return False
    parts = [p.strip() for p in _PLACE_JOIN.split(value) if p.strip()]
    places, first, known = place_names(), first_names(), known_words()

    the = text[max(0, span.start - 4) : span.start].lower() == "the "

    def region(part: str) -> bool:
        # a first name opens a region only after "the": "the Sunshine Coast"; "Jack Bay" is a man
        return bool(_REGION.fullmatch(part)) and (the or part.split()[0].lower() not in first)

    # the other parts are places, or words no list knows ("Kapiti Coast, Horowhenua")
    return any(region(p) for p in parts) and all(
        region(p) or p.lower() in places or (" " not in p and p.lower() not in known) for p in parts
    )


def _place_parts(value: str) -> list[str] | None:
    """The places listed in ``value`` ("Istanbul and Ankara" -> both; a region's compass word
    dropped: "Southwest Asia" -> Asia), or None when a part is no place."""
    places = place_names()
    value = re.sub(r"['’]s\b", "", value)  # "India's programme"
    parts = [_COMPASS.sub("", p.strip(), count=1) for p in _PLACE_JOIN.split(value) if p.strip()]
    if not parts or not all(p.lower() in places for p in parts):
        return None
    return parts


def _only_drugs(value: str) -> bool:
    """Whether a "name" is drug names and everyday words only ("Spiriva", "Given Lasix"): a drug
    that is also a census name ("Allegra") is not in :func:`drug_names`, and stays a name."""
    keys = [w.lower() for w in _WORD.findall(value)]
    drugs, frequent, names = drug_names(), frequent_words(), census_names()
    return any(k in drugs for k in keys) and all(
        k in drugs or k in STOP_WORDS or (k in frequent and k not in names) for k in keys
    )


def _language(text: str, span: Span) -> bool:
    """Whether a "name" is a language: one in everyday English ("English", "Arabic"), or one
    named as a language ("an interpreter for Tagalog"; "Kaur" is a language and a surname)."""
    value = text[span.start : span.end].lower()
    parts = [p for p in _PLACE_JOIN.split(value) if p]  # "Hmong, Karen, Oromo"
    if not parts or not all(p in language_names() for p in parts):
        return False
    if (
        len(parts) == 1
        and value in frequent_words()
        and value not in first_names()  # "Sam", "Karen" need a cue ("interpreter for Karen")
        and not _TITLE_BEFORE.search(text, 0, span.start)
    ):
        return True  # "Arabic and English reports": an everyday language word, untitled, is no one
    near = text[max(0, span.start - 40) : span.start] + " " + text[span.end : span.end + 50]
    return bool(_LANGUAGE_CUE.search(near))


_PLACE_BEFORE = re.compile(
    r"(?:^|[\s(])(?P<place>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*)?)(?:,[ \t]*|[ \t]+and[ \t]+)$"
)
_PLACE_AFTER = re.compile(
    r"(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+)(?P<place>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*)?)"
)


def _listed_places(text: str, span: Span) -> bool:
    """Whether a name, or a "Last, First" pair, is places in a list of places ("Japan, Korea,
    Taiwan", "Cardiff, Sydney and Charleston")."""
    parts = [p.strip().lower() for p in text[span.start : span.end].split(",")]
    places = place_names()
    if len(parts) > 2 or not all(p in places for p in parts):
        return False
    before = _PLACE_BEFORE.search(text, max(0, span.start - 40), span.start)
    after = _PLACE_AFTER.match(text, span.end)
    return any(m is not None and m.group("place").lower() in places for m in (before, after))


def _only_places(value: str, kind: str) -> bool:
    """Whether ``value`` is places and nothing else: a "name" of place words of which one at
    least is no census name ("Jakarta", "Ho Chi Minh City"; not "Victoria Jackson"), or a "site"
    that lists two places or more ("Istanbul and Ankara"; a site may be named by its one place,
    "from Westmead")."""
    parts = _place_parts(value)
    if parts is None:
        return False
    if kind == "facility":
        return len(parts) >= 2
    if any(_COMPASS.match(p.strip()) for p in _PLACE_JOIN.split(value)):
        return True  # a region: "Southwest Asia" (Asia is a census name)
    if re.search(r"['’]s$", value) and all(p.lower() in major_places() for p in parts):
        return True  # a country's own: "India's programme", "Kenya's" (census names too)
    names = census_names()
    return any(w.lower() not in names for p in parts for w in p.split())


_X12_ELEMENT = re.compile(r"[^*~]+")
_X12_CODE = re.compile(r"[A-Z0-9]{1,3}")


def _outside(text: str, tagged: Span, found: Sequence[Span]) -> list[Span]:
    """``tagged`` as the tagger adds it: whole when it overlaps at most one span of the rules
    (it widens that one), else only its parts between theirs that hold a letter or figure, so
    that "12 Jan 2016, 3/4/19" stays two dates and a comma the tagger took in joins nothing; a
    part that touches one of their spans is joined to it."""
    if "*" in text[tagged.start : tagged.end] and X12_SEGMENT.search(text):
        # across an X12 element separator: only whole elements that are no qualifier code
        # ("PER*IC*JANE SMITH": "IC" says what the name is, and is none)
        return [
            Span(tagged.kind, m.start(), m.end())
            for m in _X12_ELEMENT.finditer(text, tagged.start, tagged.end)
            if not _X12_CODE.fullmatch(m.group())
        ]
    under = [s for s in found if s.start < tagged.end and tagged.start < s.end]
    if len(under) <= 1:
        return [tagged]
    parts = _gaps(tagged.start, tagged.end, ((s.start, s.end) for s in under))
    # a part that touches a rule's span joins it (one character of overlap makes them merge)
    ends, starts = {s.end for s in under}, {s.start for s in under}
    return [
        Span(tagged.kind, a - (a in ends), b + (b in starts))
        for a, b in parts
        if any(c.isalnum() for c in text[a:b])
    ]


@lru_cache(maxsize=4)
def default_deidentifier(all_ages: bool = False, years: bool = False) -> Deidentifier:
    """A shared :meth:`Deidentifier.default` with no term lists (built once per process);
    ``all_ages`` masks ages under 90 too, ``years`` a year alone."""
    return Deidentifier.default(all_ages=all_ages, years=years)
