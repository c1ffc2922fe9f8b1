"""Widening found spans to the whole value they belong to.

A detector may find the digits of an identifier but not the letter segments joined to them
("HKL-R0558812", "KNH 0091 552", "35202-8841376-5"), a compact date but not its fraction or zone
("20240517083012+0300"), the street of an address but not the flat or plot before it ("Flat 7,
Harbour Court, 2 Quay Street") or, in HL7, its ``^``-separated city, postcode and country, or a
facility but not its capitalised prefix ("I-MED Radiology"). :func:`grow` widens such spans; it never widens over a record-number label
("MRN 5520913" keeps "MRN" outside).
"""

from __future__ import annotations

import re

from slava_lightning.privacy.patterns import ID_PREFIX
from slava_lightning.privacy.spans import Span

_LABEL = re.compile(rf"(?i:{ID_PREFIX})")
_SEGMENT_LEFT = re.compile(r"(?<![\w-])[A-Z0-9]{1,6}[-/]$")
_SEGMENT_RIGHT = re.compile(r"[-/][A-Z0-9]{1,6}(?![\w-])")
_WORD_LEFT = re.compile(r"(?<![\w-])([A-Z]{2,5}) $")
_WORD_RIGHT = re.compile(r" ([A-Z]{1,3}|\d{1,2})(?![\w-])(?! ?[-/:]?\d)")
_DATE_TAIL = re.compile(r"(?:\.\d{1,6})?[+-](?:[01]\d|2[0-3])[0-5]\d\b|\.\d{1,6}\b")
_HL7_TAIL = re.compile(r"(?:\^+[^|^~\r\n]*)+")
# a dwelling unit or plot before a street ("Flat 7, Harbour Court, 2 Quay Street", "Villa 17, ...")
_UNIT_BEFORE = re.compile(
    r"(?i:\b(?:flat|apt|apartment|unit|villa|plot|blk|block|lot|caravan|house|suite|casa|bât|"
    r"bat|no|room|rm|croft|stand|erf)\.?\s*[\w/-]{1,6}(?:\s+lot\s+\w{1,4})?,?\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:[A-Z][\w'’-]*,\s+)?)$"
)
# a postcode or region code written after an address: "H3A 2R6", "C1193AAF CABA", ", CDMX"
_POSTCODE_AFTER = re.compile(
    r",?\s+(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]\d{4}[A-Z]{3}|\d{4,6}|[A-Z]{2,5}|[A-Z])(?=[\s.,;)]|$)"
)
# two parts of one address found apart: "RR 2, Site" + "Box 14, Olds AB"
_ADDRESS_GAP = re.compile(r"[^;()\n]{0,20}")
_CAPS_PREFIX = re.compile(r"(?<![\w-])[A-Z0-9]{1,5}-$")


def _grow_id(text: str, start: int, end: int) -> tuple[int, int]:
    for _ in range(3):
        m = _SEGMENT_LEFT.search(text, 0, start)
        if m is None or m.end() != start:
            break
        start = m.start()
    m = _WORD_LEFT.search(text, 0, start)
    if m is not None and m.end() == start and not _LABEL.fullmatch(m.group(1)):
        start = m.start(1)
    for _ in range(3):
        m = _SEGMENT_RIGHT.match(text, end)
        if m is None:
            break
        end = m.end()
    m = _WORD_RIGHT.match(text, end)
    if m is not None and not _LABEL.fullmatch(m.group(1)):
        end = m.end()
    return start, end


def grow(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` widened to the whole identifier, date or HL7 address each belongs to."""
    out = []
    for s in spans:
        start, end = s.start, s.end
        if s.kind in ("id", "phone"):
            start, end = _grow_id(text, start, end)
        elif s.kind == "date":
            m = _DATE_TAIL.match(text, end)
            if m is not None:
                end = m.end()
        elif s.kind == "address":
            m = _UNIT_BEFORE.search(text, max(0, start - 60), start)
            if m is not None and m.end() == start:
                start = m.start()
            end = start + len(text[start:end].rstrip())
            for _ in range(2):
                m = _POSTCODE_AFTER.match(text, end)
                if m is None:
                    break
                end = m.end()
            m = _HL7_TAIL.match(text, end) if "|" in text else None
            if m is not None:
                end = m.start() + len(m.group(0).rstrip("^ "))
        elif s.kind == "facility":
            m = _CAPS_PREFIX.search(text, 0, start)
            if m is not None and m.end() == start:
                start = m.start()
        out.append(Span(s.kind, start, end) if (start, end) != (s.start, s.end) else s)
    return _join_addresses(text, out)


def _join_addresses(text: str, spans: list[Span]) -> list[Span]:
    """Address parts at most 20 characters apart in one clause become one address."""
    addresses = sorted((s for s in spans if s.kind == "address"), key=lambda s: s.start)
    joined: list[Span] = []
    for s in addresses:
        if joined and 0 <= s.start - joined[-1].end <= 20:
            gap = text[joined[-1].end : s.start]
            if _ADDRESS_GAP.fullmatch(gap) and ". " not in gap:
                joined[-1] = Span("address", joined[-1].start, max(s.end, joined[-1].end))
                continue
        joined.append(s)
    return [s for s in spans if s.kind != "address"] + joined
