"""De-identification of free text: find and mask protected health information (PHI).

Independent of torch and Lightning, so it can run wherever text is handled.
"""

from slava_lightning.privacy.deidentifier import Deidentifier, Detector, default_deidentifier
from slava_lightning.privacy.facilities import FacilityDetector
from slava_lightning.privacy.lists import TermLists
from slava_lightning.privacy.names import NameDetector
from slava_lightning.privacy.patterns import PatternDetector
from slava_lightning.privacy.spans import KINDS, PLACEHOLDERS, Span, placeholder_kinds

__all__ = [
    "KINDS",
    "PLACEHOLDERS",
    "Deidentifier",
    "Detector",
    "FacilityDetector",
    "NameDetector",
    "PatternDetector",
    "Span",
    "TermLists",
    "default_deidentifier",
    "placeholder_kinds",
]
