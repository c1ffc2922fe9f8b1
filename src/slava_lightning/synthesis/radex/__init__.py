"""RADEX: privacy-preserving synthesis of the stage-3 reporting corpus (``slava-radex``)."""

from slava_lightning.synthesis.radex.backends import Backend, Request
from slava_lightning.synthesis.radex.conversations import Phrasings, build_samples
from slava_lightning.synthesis.radex.parsing import Limits, ParsedReport, parse_report
from slava_lightning.synthesis.radex.phi import PhiSpan, find_phi, scrub
from slava_lightning.synthesis.radex.pipeline import RadexOptions, run_radex
from slava_lightning.synthesis.radex.schema import CaseRecord, read_cases

__all__ = [
    "Backend",
    "CaseRecord",
    "Limits",
    "ParsedReport",
    "PhiSpan",
    "Phrasings",
    "RadexOptions",
    "Request",
    "build_samples",
    "find_phi",
    "parse_report",
    "read_cases",
    "run_radex",
    "scrub",
]
