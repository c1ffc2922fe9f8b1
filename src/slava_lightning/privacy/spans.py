"""PHI spans, the kinds they come in, merging overlaps and rendering placeholders."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

#: Every kind of identifier the de-identifier reports, and the placeholder that replaces it.
PLACEHOLDERS: dict[str, str] = {
    "email": "[EMAIL]",
    "url": "[URL]",
    "ip": "[IP]",
    "date": "[DATE]",
    "age": "[AGE]",
    "name": "[NAME]",
    "facility": "[FACILITY]",
    "id": "[ID]",
    "phone": "[PHONE]",
    "address": "[ADDRESS]",
}

KINDS = tuple(PLACEHOLDERS)


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` is an identifier of ``kind`` (a key of :data:`PLACEHOLDERS`)."""

    kind: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.kind not in PLACEHOLDERS:
            raise ValueError(f"unknown PHI kind {self.kind!r}; expected one of {KINDS}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"span needs 0 <= start < end, got {self.start}, {self.end}")


def matched(m: re.Match[str]) -> tuple[int, int]:
    """Start and end of the group that matched, in a pattern whose alternatives hold one group
    each ("called 'Gator'" or "known as Chuy"); the whole match if it has none."""
    return m.span(m.lastindex or 0)


#: Mexican state abbreviations written with a dot ("34000 Durango, Dgo."): the dot is theirs.
STATE_ABBREVIATIONS = r"(?:Ags|Camp|Chih|Chis|Coah|Dgo|Gro|Gto|Hgo|Jal|Méx|Mich|Mor|Nay|Oax|Pue|Qro|Tamps|Tlax|Yuc|Zac)"
_ABBREVIATION = re.compile(
    r"(?:(?<![\w.])[A-Z]|(?<=\.)[A-Za-z]|\b(?:St|Ave|Rd|Blvd|Ln|Ct|Pl|Dr|Jr|Sr|Inc|Ltd|Co|Sq|Hwy|"
    rf"Pkwy|No|Col|Int|Mah|Sok|Cad|г|{STATE_ABBREVIATIONS}))$"
)


def _trim(text: str, span: Span) -> Span | None:
    """``span`` without surrounding spaces and trailing sentence punctuation."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start + 1 and text[end - 1] in " \t\n,;:.":
        if text[end - 1] == "." and _ABBREVIATION.search(text, 0, end - 1):
            break  # the dot of an initial or an abbreviation belongs to the identifier
        end -= 1
    if start >= end:
        return None
    return Span(span.kind, start, end)


def merge(text: str, spans: Iterable[Span]) -> list[Span]:
    """Spans sorted by position with overlapping ones merged (the longest part names the kind)."""
    ordered = sorted(
        (t for s in spans if (t := _trim(text, s)) is not None), key=lambda s: (s.start, -s.end)
    )
    merged: list[Span] = []
    longest: list[int] = []
    for span in ordered:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            kind = span.kind if span.end - span.start > longest[-1] else last.kind
            longest[-1] = max(longest[-1], span.end - span.start)
            merged[-1] = Span(kind, last.start, max(last.end, span.end))
        else:
            merged.append(span)
            longest.append(span.end - span.start)
    return merged


def render(text: str, spans: Iterable[Span]) -> str:
    """``text`` with each of ``spans`` (sorted, non-overlapping) replaced by its placeholder."""
    out: list[str] = []
    pos = 0
    for span in spans:
        out.append(text[pos : span.start])
        out.append(PLACEHOLDERS[span.kind])
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


#: A placeholder in text, as :func:`render` writes it or a model echoes it ("[NAME]", "[ DATE ]").
PLACEHOLDER = re.compile(r"\[\s*(" + "|".join(k.upper() for k in PLACEHOLDERS) + r")\s*\]")


def placeholder_kinds(text: str) -> set[str]:
    """Kinds whose placeholder occurs in ``text`` (a model that echoes ``[DATE]`` leaked a date)."""
    return {m.group(1).lower() for m in PLACEHOLDER.finditer(text)}
