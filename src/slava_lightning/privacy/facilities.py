"""Facility detector: hospitals, clinics and other sites named in text.

A facility is a run of capitalised words (``St. Mary's``, ``Mercy``, ``Riverside``, ``Royal
Free``) ending in a facility word (``Hospital``, ``Medical Center``, ``Clinic``, ``Infirmary``...),
optionally followed by ``of`` and more capitalised words ("University Hospital of Wales"), or a
facility word followed by ``of`` and a capitalised name ("Hospital of the University of
Pennsylvania"). Lower-case mentions ("the chest clinic") are departments, not sites, and stay.
"""

from __future__ import annotations

import re

from slava_lightning.privacy.spans import Span

_FACILITY_WORDS = (
    r"(?:Hospitals?|Medical\s+(?:Cent(?:er|re)|College|Group|Associates|Campus|Plaza)|"
    r"Health(?:\s*care)?\s+(?:Cent(?:er|re)|System|Services|Trust|Board|Authority|Network|"
    r"Partners|Campus)|Healthcare|Health|Clinics?|Infirmary|Hospice|Institute|Sanatorium|"
    r"Nursing\s+Home|Care\s+(?:Home|Cent(?:er|re))|Rehabilitation\s+(?:Cent(?:er|re)|Hospital)|"
    r"(?:Imaging|Diagnostic|Cancer|Heart|Trauma|Surgical|Radiology|Outpatient|Dialysis)\s+"
    r"(?:Cent(?:er|re)|Institute|Unit)|Radiology(?:\s+(?:Associates|Group|Partners|Department))?|"
    r"Imaging|(?:NHS\s+)?(?:Foundation\s+)?Trust|Polyclinic|Dispensary|Surgery|Practice|"
    r"University|Medical\s+School|Memorial)"
)
_FACILITY_UPPER = _FACILITY_WORDS.upper().replace("(?:", "(?:").replace("\\S", "\\s")
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_NAME_WORD = (
    rf"(?:(?:['’]s-|[dl]['’])?[{_UP}][{_LO}]+(?:-+\s?(?:(?:sur|sous|en|la|le|les|de|du|des|lès|aux|am|an|der|im)-)?"
    rf"[{_UP}][{_LO}]+)*(?:['’]s)?|[{_UP}]{{2,}}(?:['’]S)?|[{_UP}]['’][{_UP}][{_LO}]+|"
    r"St\.?|ST\.?|Mt\.?|MT\.?)"
)
_LINK = r"(?:\s+|\s*&\s*|\s+(?:and|of|the|on|upon|in|am|an|der|de|del|la|le|du|di|sur|im|en)\s+|-)"
_PARTICLE = (
    r"(?:an|der|de|del|la|los|las|nad|pod|am|im|sur|upon|on|en|di|da|do|dos|das|della|van|den)"
)
_NOT_NAME = r"(?!(?:The|A|An|This|That|Our|Your|At|In|To|From|By|And|Of)\b)"
FACILITY = re.compile(
    rf"\b{_NOT_NAME}(?:{_NAME_WORD}{_LINK}){{1,5}}(?:{_FACILITY_WORDS}|{_FACILITY_UPPER})\b"
    rf"(?:\s+of(?:\s+the)?(?:(?:\s+{_PARTICLE})*\s+{_NAME_WORD}){{1,4}})?"
    rf"|\b(?:{_FACILITY_WORDS})\s+of(?:\s+the)?(?:\s+(?:{_NAME_WORD}|of|and)){{1,5}}"
)
# A generic department word alone before the facility word is not a site name.
_GENERIC = re.compile(
    r"^(?:(?:St\.?|the|The|and|of|&|-|\s)*"
    r"(?:General|Community|District|County|Regional|Children['’]s|University|Teaching|Private|"
    r"Public|Local|Chest|Emergency|Outpatient|Mental|Day|Eye|Dental|Walk-in|Family|"
    r"Women['’]s|Veterans|Cancer|Heart|Radiology|Imaging|Health)?\s*)$"
)


class FacilityDetector:
    """Finds facility names (hospitals, clinics, imaging centres...)."""

    def find(self, text: str) -> list[Span]:
        """Spans of facility names in ``text``."""
        spans = []
        for m in FACILITY.finditer(text):
            head = re.split(rf"\s*\b(?:{_FACILITY_WORDS})\b", m.group(), maxsplit=1)[0]
            if _GENERIC.match(head) and " of " not in m.group()[len(head) :]:
                continue
            spans.append(Span("facility", m.start(), m.end()))
        return spans
