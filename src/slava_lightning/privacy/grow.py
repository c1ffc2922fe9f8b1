"""Widening found spans to the whole value they belong to.

A detector may find the digits of an identifier but not the letter segments joined to them
("HKL-R0558812", "KNH 0091 552", "35202-8841376-5"), a compact date but not its fraction or zone
("20240517083012+0300"), the street of an address but not the flat or plot before it ("Flat 7,
Harbour Court, 2 Quay Street") or, in HL7, its ``^``-separated city, postcode and country, or a
facility but not its capitalised prefix ("I-MED Radiology") or the town written after it ("Royal
Hospital for Children, Glasgow"). :func:`grow` widens such spans; it never widens over a
record-number label ("MRN 5520913" keeps "MRN" outside).
"""

from __future__ import annotations

import re

from slava_lightning.privacy.gazetteer import common_words, place_names, words
from slava_lightning.privacy.patterns import ID_PREFIX
from slava_lightning.privacy.spans import Span

_LABEL = re.compile(rf"(?i:{ID_PREFIX})")
_SEGMENT_LEFT = re.compile(r"(?<![\w-])[A-Z0-9]{1,6}[-/]$")
_SEGMENT_RIGHT = re.compile(r"[-/][A-Z0-9]{1,6}(?![\w-])")
_WORD_LEFT = re.compile(r"(?<![\w-])([A-Z]{2,5}) $")
_WORD_RIGHT = re.compile(r" ([A-Z]{1,3}|\d{1,2}(?:-\d{1,2})?)(?![\w-])(?! ?[-/:]?\d)|(\(\d\))")
_DATE_TAIL = re.compile(
    r"(?::\d\d:\d\d(?::\d\d)?)?(?:\.\d{1,6})?(?:\s?(?:Z\b|[+-](?:[01]\d|2[0-3]):?[0-5]\d\b|"
    r"(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d\d)?)?\b|(?:BST|IST|CET|CEST|EET|EEST|SGT|AEST|AEDT|"
    r"ACST|AWST|NZST|NZDT|[ECMP][SD]T|HKT|JST|KST|WIB|PKT|SAST|WAT|EAT)\b))|\.\d{1,6}\b"
)
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
# a town written after a site's name: "Royal Hospital for Children, Glasgow"
_PLACE_AFTER = re.compile(
    r",[ \t]+(?P<place>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})(?=[\s.,;:)]|$)"
)
_COURT_AT = re.compile(r"[ \t]+at[ \t]+[A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*)?")
# a site's branch after a dash: "Northlake Imaging - Eden Prairie", "... Complex - Tucson"
_BRANCH_AFTER = re.compile(
    r"[ \t]+[-–—][ \t]+(?P<place>[A-Z][a-z][\w'’-]*(?:[ \t][A-Z][a-z][\w'’-]*){0,2})(?=[\s.,;:)]|$)"
)


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
    if m is not None and (m.group(1) is None or not _LABEL.fullmatch(m.group(1))):
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
            m = _PLACE_AFTER.match(text, end)
            if m is not None and m.group("place").lower() in place_names():
                end = m.end()  # the site's town is part of its name: "..., Glasgow"
            if text[start:end].endswith("Court"):
                m = _COURT_AT.match(text, end)
                if m is not None:
                    end = m.end()  # "the County Court at Cardiff"
            m = _BRANCH_AFTER.match(text, end)
            if m is not None and (
                m.group("place").lower() in place_names()
                or not any(w.lower() in common_words() for w in m.group("place").split())
            ):
                end = m.end()
        out.append(Span(s.kind, start, end) if (start, end) != (s.start, s.end) else s)
    return _join_addresses(text, out)


#: Lower-case words that may sit between two parts of one address ("piso 5 dto B", "2nd Floor").
_ADDRESS_WORDS = words(
    "piso dto dpto apto apt ap bl sc nr no int floor lane section block road street st rd flat "
    "unit via lot phase plot site box casa co tv th nd rd ave av de del la y ul d kv bloco "
    "andar sala esq izq dcha"
)
_GAP_WORD = re.compile(r"[^\W\d_]+")
#: Kinds that may be a fragment of an address found by another layer ("Riruta" as a name).
_FRAGMENT_KINDS = ("address", "name", "facility", "id")
_PLACE_PART = r"(?:The\s+)?(?:St\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
# a house or building name (and a street) before the street or town, after what introduces an address:
# "lives at Rose Cottage, Church Lane, Great Ayton", "c/o Sunrise Hostel, 44 Bowery"
_HOUSE_BEFORE = re.compile(
    r"(?:\b(?:at|from|to|c/o|address(?:\s+\w+)?|is|as|lists)\s*:?\s+|:\s+)"
    rf"(?P<house>{_PLACE_PART}(?:,\s+{_PLACE_PART})?),\s+$"
)


def _gap_ok(gap: str) -> bool:
    # "~" ends an X12 segment, and parts of two segments are two values
    if len(gap) > 30 or any(c in gap for c in ";()\n~") or re.search(r"\.\s+[A-Z]", gap):
        return False
    return all(
        w.lower() in _ADDRESS_WORDS or not w.islower() or (len(w) <= 2 and w not in _NO_ADDRESS_GAP)
        for w in _GAP_WORD.findall(gap)
    )


#: Short words between a person and an address that join no two parts of one ("Mrs Fong of 41
#: Marine Pde", "seen at 12 High St").
_NO_ADDRESS_GAP = words("of at in on to by is as or an")


def _join_addresses(text: str, spans: list[Span]) -> list[Span]:
    """An address and the parts next to it in one clause become one address: other address
    parts, and place words another layer took for a name or site ("Riruta, Nairobi"), across
    numbers and unit words ("Nørrebrogade 88, 3. tv., 2200 København N"); a house name before it
    after what introduces an address ("at Rose Cottage, Church Lane")."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    out: list[Span] = []
    for s in ordered:
        last = out[-1] if out else None
        if last is not None and s.start < last.end:
            if last.kind == "address" or s.kind == "address":
                kind = "address"
                out[-1] = Span(kind, last.start, max(last.end, s.end))
            else:
                out.append(s)
            continue
        if (
            last is not None
            and "address" in (last.kind, s.kind)
            and last.kind in _FRAGMENT_KINDS
            and s.kind in _FRAGMENT_KINDS
            and _gap_ok(text[last.end : s.start])
        ):
            out[-1] = Span("address", last.start, max(last.end, s.end))
            continue
        out.append(s)
    grown = []
    for s in out:
        if s.kind == "address":
            m = _HOUSE_BEFORE.search(text, max(0, s.start - 80), s.start)
            if m is not None and m.end() == s.start:
                s = Span("address", m.start("house"), s.end)
        grown.append(s)
    return grown
