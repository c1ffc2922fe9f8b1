"""PHI in ASC X12 claims and eligibility segments (837, 835, 270/271, 278).

A claim travels between a provider, a clearinghouse and a payer as X12 segments such as
``NM1*IL*1*DOE*JOHN*Q***MI*W123456789~``: a segment name, then elements split by ``*`` (the
usual element separator) and a ``~`` or a line break at the end. Which element holds a name,
an id, an address or a phone is fixed by the segment's layout (ASC X12 005010 implementation
guides), so this layer reads them by position rather than by their look:

- ``NM1``: NM103 last or organisation name, NM104 first, NM105 middle name when NM102 is ``1``
  (a person: one name, its separators inside); NM103 is a facility when NM102 is ``2`` and
  NM101 names a provider's site (``77`` service location, ``FA`` facility, ``85`` billing,
  ``82`` rendering, ``DN`` referring, ``DK`` ordering, ``1P`` provider, ``PE`` payee); NM109 is
  an id (member id, NPI, SSN, tax id) unless the entity is the payer, the submitter or the
  receiver.
- ``N3`` street lines and ``N4`` city, state and postal code: an address each.
- ``PER``: PER02 a contact's name; PER04, PER06, PER08 a phone, fax or e-mail by their
  qualifier (``TE``, ``FX``, ``EX``, ``EM``, ``UR``).
- ``REF``: REF02 an id (medical record, prior authorisation, claim, member, SSN ...).
- ``CLM``: CLM01 the patient control number; ``CLP`` (835): CLP01 and CLP07; ``TRN``: TRN02;
  ``SBR``: SBR03 the group or policy number.

Dates (``DMG*D8*19400101``, ``DTP*472*D8*20240315``) are left to the date patterns, which read
compact ``CCYYMMDD`` dates anywhere. No well-kept Python library parses X12 into character
offsets of a free text (the parsers on PyPI read whole interchanges into objects), hence this
small reader.
"""

from __future__ import annotations

import re

from slava_lightning.privacy.spans import Span

# a segment: its name, then elements after "*"; it ends at "~", a line break or the text's end
_SEGMENT = re.compile(
    r"(?<![A-Za-z0-9])(?P<name>NM1|N3|N4|PER|REF|CLM|CLP|TRN|SBR)\*(?P<body>[^~\n]*)"
)
#: Any X12 segment: a segment name of two or three capitals or digits and its first element.
X12_SEGMENT = re.compile(r"(?<![A-Za-z0-9*])[A-Z][A-Z0-9]{1,2}\*[^*~\n]*\*")
#: NM101 codes of a provider's site or organisation, whose NM103 names a facility.
_SITES = frozenset({"77", "FA", "85", "82", "DN", "DK", "1P", "PE", "71", "72", "P3"})
#: NM101 codes whose NM109 is no person's or site's id: payer, submitter, receiver.
_NOT_IDS = frozenset({"PR", "40", "41"})
_PHONE_QUALIFIERS = frozenset({"TE", "FX", "EX", "CP", "BN", "HP", "WP"})
_CONTACT_KINDS = {"EM": "email", "UR": "url", **{q: "phone" for q in _PHONE_QUALIFIERS}}


def _elements(text: str, start: int, body: str) -> list[tuple[int, int, str]]:
    """(start, end, value) of each element of a segment's body (element 1 first)."""
    out = []
    pos = start
    for value in body.split("*"):
        out.append((pos, pos + len(value), value))
        pos += len(value) + 1
    return out


def _trimmed(kind: str, start: int, end: int, value: str) -> Span | None:
    """The element as a span without its blanks; None when it holds nothing."""
    stripped = value.strip()
    if not stripped:
        return None
    start += len(value) - len(value.lstrip())
    return Span(kind, start, start + len(stripped))


class X12Detector:
    """Finds names, sites, ids, addresses and contacts in X12 segments by their position."""

    #: read from the segments' fields: the statistical layer does not veto them
    cued = True

    def find(self, text: str) -> list[Span]:
        """Spans of PHI in the X12 segments of ``text``."""
        if "*" not in text:
            return []
        spans: list[Span] = []
        for m in _SEGMENT.finditer(text):
            name = m.group("name")
            el = _elements(text, m.start("body"), m.group("body"))

            def at(i: int, kind: str, _el: list[tuple[int, int, str]] = el) -> None:
                if i <= len(_el):
                    span = _trimmed(kind, *_el[i - 1])
                    if span is not None:
                        spans.append(span)

            def value(i: int, _el: list[tuple[int, int, str]] = el) -> str:
                return _el[i - 1][2].strip() if i <= len(_el) else ""

            if name == "NM1":
                entity, person = value(1), value(2) == "1"
                if person:
                    # last, first and middle name as one name, the separators inside
                    parts = [_trimmed("name", *e) for e in el[2:5]]
                    named = [p for p in parts if p is not None]
                    if named:
                        spans.append(Span("name", named[0].start, named[-1].end))
                elif entity in _SITES:
                    at(3, "facility")
                if entity not in _NOT_IDS and any(c.isdigit() for c in value(9)):
                    at(9, "id")
            elif name == "N3":
                lines = [p for p in (_trimmed("address", *e) for e in el[:2]) if p is not None]
                if lines:
                    spans.append(Span("address", lines[0].start, lines[-1].end))
            elif name == "N4" and value(1):
                first, last = el[0], el[min(len(el), 3) - 1]
                end = last[0] + len(last[2].rstrip()) if last[2].strip() else first[1]
                spans.append(Span("address", first[0], end))
            elif name == "PER":
                at(2, "name")
                for q in (3, 5, 7):
                    kind = _CONTACT_KINDS.get(value(q))
                    if kind is not None:
                        at(q + 1, kind)
            elif name == "REF" and any(c.isdigit() for c in value(2)):
                at(2, "id")
            elif name == "CLM":
                at(1, "id")
            elif name == "CLP":
                at(1, "id")
                at(7, "id")
            elif name == "TRN":
                at(2, "id")
            elif name == "SBR" and any(c.isdigit() for c in value(3)):
                at(3, "id")
        return spans
