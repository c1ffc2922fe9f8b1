"""PHI scrubbing for RADEX: thin wrappers over :mod:`slava_lightning.privacy`.

The de-identifier there layers pattern, name and facility detectors (see
:class:`~slava_lightning.privacy.Deidentifier`). These functions keep the names RADEX has always
used and run the shared default de-identifier with every age masked (RADEX sends case text to a
model server, so it keeps ages under 90 out as well, not only the Safe Harbor ones).

Examples:
    >>> scrub("Mr. John Smith, 45-year-old, seen on 12/03/2019.")
    '[NAME], [AGE], seen on [DATE].'
"""

from __future__ import annotations

from dataclasses import dataclass

from slava_lightning.privacy import PLACEHOLDERS, default_deidentifier, placeholder_kinds

__all__ = ["PLACEHOLDERS", "PhiSpan", "find_phi", "placeholder_kinds", "scrub"]


@dataclass(frozen=True)
class PhiSpan:
    """One PHI span: ``text[start:end]`` is of ``kind`` (a key of :data:`PLACEHOLDERS`)."""

    start: int
    end: int
    kind: str


def find_phi(text: str) -> list[PhiSpan]:
    """PHI spans in ``text``, sorted and non-overlapping."""
    return [
        PhiSpan(s.start, s.end, s.kind)
        for s in default_deidentifier(all_ages=True, years=True).find(text)
    ]


def scrub(text: str) -> str:
    """``text`` with every PHI span replaced by its kind's placeholder (``[DATE]``, ``[NAME]``...)."""
    return default_deidentifier(all_ages=True, years=True).scrub(text)
