"""Parsing a generated report into Findings/Impression, and the rules that reject a report.

Every rejection carries named reasons (see :data:`REASONS`) so the stats report can count them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from slava_lightning.privacy import Deidentifier, default_deidentifier, placeholder_kinds

#: Every rejection reason the validator (and the pipeline) can record.
REASONS = (
    "missing_findings",
    "missing_impression",
    "findings_too_short",
    "findings_too_long",
    "impression_too_short",
    "impression_too_long",
    "demographics",
    "dates",
    "names",
    "identifiers",
    "facilities",
    "prior_comparison",
    "duplicate",
    "residual_phi",
)

# Which rejection reason a PHI kind found in an output maps to.
_PHI_REASON = {
    "age": "demographics",
    "date": "dates",
    "name": "names",
    "id": "identifiers",
    "phone": "identifiers",
    "email": "identifiers",
    "address": "identifiers",
    "url": "identifiers",
    "ip": "identifiers",
    "facility": "facilities",
}

_HEADER = re.compile(
    r"^[ \t>*#_-]*(?P<name>findings?|impressions?|conclusions?)[ \t*_]*(?::|$)[ \t*_]*",
    re.IGNORECASE | re.MULTILINE,
)

_DEMOGRAPHICS = re.compile(
    r"\b(?:year[- ]old|years? of age|(?:fe)?male|man|woman|boy|girl|gentleman|lady|infant|"
    r"neonate|child|pregnan\w*|smoker|history of|known case of|presented with|presenting with|"
    r"complain\w* of)\b",
    re.IGNORECASE,
)

_PRIOR = re.compile(
    r"\b(?:prior|previous|preceding|earlier|old) (?:films?|studies|study|images?|exams?|"
    r"examinations?|radiographs?|x-rays?|ct|imaging|chest)\b"
    r"|\bcompared? (?:to|with)\b|\bcomparison\b|\binterval(?:ly)? (?:change|increase|decrease|"
    r"improvement|worsening|resolution|development)\b|\bsince (?:the )?(?:last|prior|previous)\b"
    r"|\b(?:again|once again) (?:seen|noted|demonstrated)\b|\bno longer (?:seen|visible)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ParsedReport:
    """The two sections of a generated report (empty string when a section is missing)."""

    findings: str
    impression: str


@dataclass(frozen=True)
class Limits:
    """Word-count bounds for each section.

    Args:
        min_findings_words: shorter Findings are rejected (``findings_too_short``).
        max_findings_words: longer Findings are rejected (``findings_too_long``).
        min_impression_words: shorter Impressions are rejected.
        max_impression_words: longer Impressions are rejected.
    """

    min_findings_words: int = 8
    max_findings_words: int = 300
    min_impression_words: int = 1
    max_impression_words: int = 120

    def __post_init__(self) -> None:
        for section in ("findings", "impression"):
            lo = getattr(self, f"min_{section}_words")
            hi = getattr(self, f"max_{section}_words")
            if lo < 1 or hi < lo:
                raise ValueError(
                    f"Limits: need 1 <= min_{section}_words <= max_{section}_words, got {lo}, {hi}"
                )


def _clean(text: str) -> str:
    return " ".join(text.replace("*", " ").split())


def parse_report(text: str) -> ParsedReport:
    """Extract Findings and Impression from a generated report.

    Headers may be ``Findings:``/``FINDINGS``/``## Findings``/``**Impression:**`` (``Conclusion``
    counts as the impression); the first occurrence of each wins and a section runs to the next
    header. Text before the first header is ignored.
    """
    heads = list(_HEADER.finditer(text))
    sections: dict[str, str] = {}
    for i, head in enumerate(heads):
        key = "findings" if head.group("name").lower().startswith("finding") else "impression"
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        sections.setdefault(key, _clean(text[head.end() : end]))
    return ParsedReport(sections.get("findings", ""), sections.get("impression", ""))


def rejection_reasons(
    report: ParsedReport, limits: Limits, deidentifier: Deidentifier | None = None
) -> list[str]:
    """Sorted, de-duplicated reasons to reject ``report`` (empty when it is acceptable)."""
    deid = deidentifier or default_deidentifier(all_ages=True, years=True)
    reasons: set[str] = set()
    for section, text in (("findings", report.findings), ("impression", report.impression)):
        words = len(text.split())
        if not words:
            reasons.add(f"missing_{section}")
        elif words < getattr(limits, f"min_{section}_words"):
            reasons.add(f"{section}_too_short")
        elif words > getattr(limits, f"max_{section}_words"):
            reasons.add(f"{section}_too_long")
    body = f"{report.findings}\n{report.impression}"
    kinds = {span.kind for span in deid.find(body)} | placeholder_kinds(body)
    reasons.update(_PHI_REASON[k] for k in kinds)
    if _DEMOGRAPHICS.search(body):
        reasons.add("demographics")
    if _PRIOR.search(body):
        reasons.add("prior_comparison")
    return sorted(reasons)
