"""The regex PHI scrubber that RADEX used before the de-identifier (kept as the benchmark's reference)."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Kinds of span the scrubber finds, and the placeholder each is replaced with.
PLACEHOLDERS: dict[str, str] = {
    "email": "[EMAIL]",
    "date": "[DATE]",
    "age": "[AGE]",
    "name": "[NAME]",
    "id": "[ID]",
    "phone": "[PHONE]",
    "address": "[ADDRESS]",
}

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_CAP = r"[A-Z](?:[a-z]+|'[A-Z][a-z]+)(?:-[A-Z][a-z]+)?"
_TITLE = r"(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Doctor|Sister|Nurse)"
_STREET = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|"
    r"Terrace|Crescent|Close|Square|Sq|Highway|Hwy|Parkway|Pkwy)\.?"
)

# Order matters only for readability: overlapping matches are merged afterwards.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    # Numeric dates need three parts (d/m/y or y-m-d) so fractions and grades ("2/3") survive.
    (
        "date",
        re.compile(
            rf"\b(?:{_YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:[12]\d|3[01]|0?[1-9])"
            rf"|(?:[12]\d|3[01]|0?[1-9])[-/.](?:[12]\d|3[01]|0?[1-9])[-/.](?:{_YEAR}|\d\d))\b"
        ),
    ),
    (
        "date",
        re.compile(
            rf"\b(?:{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"
            rf"|{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_MONTH}\s+{_YEAR})\b"
        ),
    ),
    # A bare year is a date only after a temporal preposition; the ``phi`` group is the span.
    ("date", re.compile(rf"\b(?:in|on|since|from|during|until)\s+(?P<phi>{_YEAR})\b")),
    (
        "age",
        re.compile(
            r"\b\d{1,3}[- ]?(?:year|yr|month|week|day)s?[- ]old\b"
            r"|\b\d{1,3}\s?(?:y/o|yo|y\.o\.)(?![\w/])"
            r"|\b(?:aged?|age of)\s*:?\s*\d{1,3}\b"
            r"|\b\d{1,3}\s+years?\s+of\s+age\b"
            r"|\b\d{1,3}\s?-?(?:M|F)\b(?=[\s,.;)]|$)",
            re.IGNORECASE,
        ),
    ),
    (
        "name",
        re.compile(rf"\b{_TITLE}\.?\s+(?:[A-Z]\.\s*)?{_CAP}(?:\s+{_CAP}){{0,2}}\b"),
    ),
    (
        "name",
        re.compile(
            rf"(?i:\b(?:patient name|patient|name|signed by|dictated by|referred by)\s*:\s*)"
            rf"(?P<phi>{_CAP}(?:\s+(?:[A-Z]\.\s*)?{_CAP}){{0,2}})\b"
        ),
    ),
    (
        "id",
        re.compile(
            r"(?i:\b(?:MRN|medical record(?: number| no\.?)?|record (?:number|no\.?)|"
            r"hospital (?:number|no\.?)|patient (?:id|number|no\.?)|accession(?: number| no\.?)?|"
            r"NHS(?: number| no\.?)?|SSN|social security(?: number)?|case (?:number|no\.?)|ID)"
            r"\s*(?:is\s*)?[:#]?\s*(?:no\.?\s*)?)[A-Z]{0,3}-?\d[\d -]{3,}\d\b"
        ),
    ),
    ("id", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    (
        "phone",
        re.compile(
            r"(?<![\w-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{3,4}[\s.-])\d{3,4}[\s.-]\d{3,4}\b"
            r"|\+\d{1,3}[\s.-]?\d{1,4}[\s.-]\d{3,4}[\s.-]\d{3,4}\b"
            r"|(?i:\b(?:tel|phone|ph|fax|mobile|cell)\.?\s*:?\s*)\+?\d[\d\s().-]{6,}\d\b"
        ),
    ),
    (
        "address",
        re.compile(
            rf"\b\d{{1,5}}\s+(?:{_CAP}\s+){{1,3}}{_STREET}"
            rf"(?:,?\s+(?:{_CAP}\s?){{1,3}})?(?:,?\s+[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?)?"
            r"|(?i:\bP\.?\s?O\.?\s+Box\s+\d+)"
        ),
    ),
]


@dataclass(frozen=True)
class PhiSpan:
    """One PHI span: ``text[start:end]`` is of ``kind`` (a key of :data:`PLACEHOLDERS`)."""

    start: int
    end: int
    kind: str


def find_phi(text: str) -> list[PhiSpan]:
    """PHI spans in ``text``, sorted, with overlapping matches merged (the earlier kind wins)."""
    raw = sorted(
        (PhiSpan(*_span(m), kind) for kind, pat in _PATTERNS for m in pat.finditer(text)),
        key=lambda s: (s.start, -s.end),
    )
    merged: list[PhiSpan] = []
    for span in raw:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = PhiSpan(last.start, max(last.end, span.end), last.kind)
        else:
            merged.append(span)
    # Trailing punctuation and spaces are not part of an identifier (a sentence's full stop).
    return [_strip(text, s) for s in merged]


def _span(match: re.Match[str]) -> tuple[int, int]:
    return match.span("phi") if "phi" in match.re.groupindex else match.span()


def _strip(text: str, span: PhiSpan) -> PhiSpan:
    end = span.end
    while end > span.start + 1 and text[end - 1] in " ,;:.":
        end -= 1
    return PhiSpan(span.start, end, span.kind)


def scrub(text: str) -> str:
    """``text`` with every PHI span replaced by its kind's placeholder (``[DATE]``, ``[NAME]``...)."""
    out: list[str] = []
    pos = 0
    for span in find_phi(text):
        out.append(text[pos : span.start])
        out.append(PLACEHOLDERS[span.kind])
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


_PLACEHOLDER_RE = re.compile(r"\[\s*(" + "|".join(k.upper() for k in PLACEHOLDERS) + r")\s*\]")


def placeholder_kinds(text: str) -> set[str]:
    """Kinds whose placeholder occurs in ``text`` (a model that echoes ``[DATE]`` leaked a date)."""
    return {m.group(1).lower() for m in _PLACEHOLDER_RE.finditer(text)}
