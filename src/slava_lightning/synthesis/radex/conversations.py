"""LLaVA-format samples built from one accepted case.

Per case, in this order (``{id}`` is the case id):

- ``{id}:report`` (task ``report``): the released generation prompt -> Findings;
- ``{id}:summary`` (task ``summary``): the released summarization prompt with the Findings ->
  Impression;
- ``{id}:instruction`` (task ``instruction``): a generation phrasing drawn from
  :class:`Phrasings` -> Findings;
- ``{id}:qa`` (task ``instruction``): a discussion question -> the case discussion (only when the
  discussion has PHI-free sentences left);
- ``{id}:conversation`` (task ``conversation``): Findings, then Impression, then (when present)
  the discussion, as three exchanges.

Phrasings are drawn with a generator seeded by ``(seed, case id)``, so a case always gets the same
phrasings whatever else is in the run.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from slava_lightning.data.records import Sample
from slava_lightning.privacy import Deidentifier, default_deidentifier, placeholder_kinds
from slava_lightning.prompts import IMAGE_TOKEN, Turn, report_turns
from slava_lightning.synthesis.radex.parsing import ParsedReport
from slava_lightning.synthesis.radex.schema import CaseRecord


@dataclass(frozen=True)
class Phrasings:
    """Instruction phrasings the conversations draw from (each list must be non-empty).

    Args:
        generation: asks for the findings of the image(s).
        impression: follow-up asking for the impression of the findings given so far.
        discussion: asks for the diagnostic reasoning (answered with the case discussion).
    """

    generation: tuple[str, ...] = (
        "Describe the findings of this chest X-ray.",
        "What do you see in this radiograph? Write the findings section.",
        "Write the findings of a radiology report for this image.",
        "Report the radiological findings visible on this chest film.",
        "Please provide a detailed findings report for this X-ray.",
    )
    impression: tuple[str, ...] = (
        "Summarize these findings as an impression.",
        "What is your impression?",
        "Give the impression section for this report.",
        "Condense the findings into a short conclusion.",
    )
    discussion: tuple[str, ...] = (
        "Discuss the diagnosis suggested by this image.",
        "What is the diagnostic reasoning behind these findings?",
        "Explain what this case shows and why it matters.",
        "Which diagnosis fits these findings, and what should be considered?",
    )

    def __post_init__(self) -> None:
        for name, values in asdict(self).items():
            if not values or not all(isinstance(v, str) and v.strip() for v in values):
                raise ValueError(f"Phrasings.{name} must be a non-empty list of non-empty strings")
            if any(IMAGE_TOKEN in v for v in values):
                raise ValueError(f"Phrasings.{name}: do not write {IMAGE_TOKEN}; it is added")

    @classmethod
    def from_json(cls, path: str | Path) -> Phrasings:
        """Load phrasings from a JSON object with any of the three keys (others keep defaults)."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            raise ValueError(f"phrasings file {path}: {err}") from None
        unknown = set(data) - {"generation", "impression", "discussion"}
        if unknown:
            raise ValueError(f"phrasings file {path}: unknown keys {sorted(unknown)}")
        return cls(**{k: tuple(v) for k, v in data.items()})


_ABBREVIATIONS = ("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "St", "vs", "e.g", "i.e", "approx", "Fig")
# A sentence ends at . ! or ? followed by a capital or digit, except after a title or abbreviation.
_SENTENCE = re.compile(
    "".join(rf"(?<!\b{re.escape(a)}\.)" for a in _ABBREVIATIONS) + r"(?<=[.!?])\s+(?=[A-Z0-9])"
)


def clean_discussion(
    text: str, min_words: int = 8, deidentifier: Deidentifier | None = None
) -> str:
    """The discussion without any sentence that holds PHI; empty if fewer than ``min_words`` left."""
    deid = deidentifier or default_deidentifier(all_ages=True, years=True)
    kept = [
        s
        for s in _SENTENCE.split(text.strip())
        if s and not deid.find(s) and not placeholder_kinds(s)
    ]
    out = " ".join(kept)
    return out if len(out.split()) >= min_words else ""


def _images(n: int) -> str:
    return (IMAGE_TOKEN + "\n") * n


def build_samples(
    case: CaseRecord,
    report: ParsedReport,
    phrasings: Phrasings,
    seed: int,
    report_hash: str,
    deidentifier: Deidentifier | None = None,
) -> list[Sample]:
    """All samples of an accepted ``case`` (see the module docstring for the list)."""
    deid = deidentifier or default_deidentifier(all_ages=True, years=True)
    rng = random.Random(f"{seed}:{case.case_id}")
    images = list(case.images)
    n = len(images)
    findings, impression = deid.scrub(report.findings), deid.scrub(report.impression)
    # Sentences with PHI are dropped rather than masked: "[NAME]" in an answer teaches nothing.
    discussion = deid.scrub(clean_discussion(case.discussion, deidentifier=deid))
    gen_q, imp_q, disc_q = (rng.choice(getattr(phrasings, k)) for k in asdict(phrasings))

    specs: list[tuple[str, str, list[Turn]]] = [
        ("report", "report", [*report_turns("generate", n_images=n), Turn("assistant", findings)]),
        (
            "summary",
            "summary",
            [*report_turns("summarize", findings, n_images=n), Turn("assistant", impression)],
        ),
        (
            "instruction",
            "instruction",
            [Turn("user", _images(n) + gen_q), Turn("assistant", findings)],
        ),
    ]
    if discussion:
        specs.append(
            (
                "qa",
                "instruction",
                [Turn("user", _images(n) + disc_q), Turn("assistant", discussion)],
            )
        )
    conversation = [
        Turn("user", _images(n) + gen_q),
        Turn("assistant", findings),
        Turn("user", imp_q),
        Turn("assistant", impression),
    ]
    if discussion:
        conversation += [Turn("user", disc_q), Turn("assistant", discussion)]
    specs.append(("conversation", "conversation", conversation))

    metadata: dict[str, Any] = {
        "case_id": case.case_id,
        "source": case.source,
        "license": case.license,
        "case_records": len(specs),
        "report_hash": report_hash,
    }
    return [
        Sample(f"{case.case_id}:{suffix}", images, turns, task, dict(metadata))
        for suffix, task, turns in specs
    ]
