"""A hospital's own studies as Re³Training inputs: RADEX cases and the stage-1/2 corpora.

A report archive (IU-Xray's Open-i XML, the MIMIC-CXR-JPG layout, or any reader that returns study
records, see :mod:`slava_lightning.data.reports`) becomes, in one folder that the shipped configs
read as ``$SLAVA_DATA``:

=========================  ====================================================================
``cases_train.jsonl``      RADEX input cases (``slava-radex --cases``): description = Findings,
``cases_val.jsonl``        presentation = Indication, discussion = Impression
``stage1_alignment.json``  Recognition: image -> Findings (task ``caption``)
``stage2_instructions.json``  Reasoning: one yes/no/uncertain question per CheXpert observation
                           the report mentions, answered from the offline labeler (``instruction``)
``images``                 a link to the image folder (records hold paths relative to it)
``prepare.stats.json``     what was written and what was left out, by reason
=========================  ====================================================================

Every text that lands in these files passes the PHI scrubber first, and a study whose text still
holds an identifier after scrubbing is left out and counted.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slava_lightning.data.records import Sample
from slava_lightning.observations import CHEXPERT_OBSERVATIONS
from slava_lightning.privacy import Deidentifier, default_deidentifier
from slava_lightning.privacy.spans import render
from slava_lightning.prompts import GENERATION_PROMPT, IMAGE_TOKEN

#: The files :func:`prepare_corpora` writes, relative to its output folder.
OUTPUTS = {
    "cases_train": "cases_train.jsonl",
    "cases_val": "cases_val.jsonl",
    "stage1": "stage1_alignment.json",
    "stage2": "stage2_instructions.json",
    "stats": "prepare.stats.json",
}

_SECTIONS = ("findings", "impression", "indication")
_ANSWERS = {1.0: "Yes.", 0.0: "No.", -1.0: "Possibly; the finding is uncertain."}
_QUESTION = "Is there {what} in this chest X-ray?"
_WHAT = {"Support Devices": "a support device", "No Finding": None, "Pleural Other": None}


@dataclass
class PrepareOptions:
    """How studies become corpora.

    Args:
        source: the ``source`` field of every RADEX case (institution or archive name).
        license: the ``license`` field of every case (the terms the reports are used under).
        val_fraction: share of studies (without a split of their own) put in the validation cases,
            chosen by a hash of the study id so a re-run keeps the same split.
        max_images: views kept per study (frontal first).
        instructions: write the stage-2 observation questions.
    """

    source: str = "hospital archive"
    license: str = "internal use"
    val_fraction: float = 0.05
    max_images: int = 2
    instructions: bool = True

    def __post_init__(self) -> None:
        if not 0 <= self.val_fraction < 1:
            raise ValueError(f"val_fraction must be in [0, 1), got {self.val_fraction}")
        if self.max_images < 1:
            raise ValueError(f"max_images must be >= 1, got {self.max_images}")
        if not self.source.strip() or not self.license.strip():
            raise ValueError("source and license must be non-empty (RADEX cases require both)")


@dataclass
class PrepareStats:
    """Counts of one preparation run (written as ``prepare.stats.json``)."""

    studies: int = 0
    written: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    phi_masked: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "studies": self.studies,
            "written": dict(sorted(self.written.items())),
            "skipped": dict(sorted(self.skipped.items())),
            "phi_masked": dict(sorted(self.phi_masked.items())),
        }


def _split_of(study: Sample, val_fraction: float) -> str:
    split = study.metadata.get("split")
    if split in ("val", "validate", "test"):
        return "val"
    if split == "train":
        return "train"
    digest = hashlib.sha256(study.id.encode()).digest()
    return "val" if int.from_bytes(digest[:4], "big") / 2**32 < val_fraction else "train"


def _relative(path: str, image_root: Path | None) -> str:
    if image_root is None:
        return path
    try:
        return str(Path(path).relative_to(image_root))
    except ValueError:
        return path


class _Scrubber:
    """Scrub a text, counting what was masked; ``None`` when an identifier survives."""

    def __init__(self, stats: PrepareStats, deid: Deidentifier) -> None:
        self.stats, self.deid = stats, deid

    def __call__(self, text: str) -> str | None:
        spans = self.deid.find(text)
        self.stats.phi_masked.update(span.kind for span in spans)
        clean = render(text, spans)
        return None if self.deid.find(clean) else clean


def _case(study: Sample, texts: dict[str, str], images: list[str], opts: PrepareOptions) -> dict:
    case = {
        "case_id": study.id,
        "description": texts["findings"],
        "images": images,
        "source": opts.source,
        "license": opts.license,
    }
    if texts["indication"]:
        case["presentation"] = texts["indication"]
    if texts["impression"]:
        case["discussion"] = texts["impression"]
    return case


def _caption(study: Sample, findings: str, images: list[str]) -> dict[str, Any]:
    tokens = (IMAGE_TOKEN + "\n") * len(images)
    return {
        "id": f"{study.id}/caption",
        "image": images,
        "task": "caption",
        "conversations": [
            {"from": "human", "value": tokens + GENERATION_PROMPT},
            {"from": "gpt", "value": findings},
        ],
    }


def _instructions(study: Sample, report: str, images: list[str]) -> list[dict[str, Any]]:
    from slava_lightning.evaluation.chexpert.labeler import label_reports

    labels = label_reports([report])[0]
    tokens = (IMAGE_TOKEN + "\n") * len(images)
    out = []
    for name in CHEXPERT_OBSERVATIONS:
        value = labels.get(name)
        what = _WHAT.get(name, name.lower())
        if value is None or what is None:
            continue
        out.append(
            {
                "id": f"{study.id}/ask/{name.lower().replace(' ', '_')}",
                "image": images,
                "task": "instruction",
                "conversations": [
                    {"from": "human", "value": tokens + _QUESTION.format(what=what)},
                    {"from": "gpt", "value": _ANSWERS[value]},
                ],
            }
        )
    return out


def prepare_corpora(
    studies: Sequence[Sample],
    out: str | Path,
    image_root: str | Path | None = None,
    options: PrepareOptions | None = None,
    deidentifier: Deidentifier | None = None,
) -> PrepareStats:
    """Write the RADEX cases and stage-1/2 corpora of ``studies`` into ``out``.

    Args:
        studies: study records (``findings``, ``impression``, ``indication`` in their metadata).
        out: output folder (created); existing outputs are replaced.
        image_root: the folder the studies' image paths lie in; records hold paths relative to
            it and ``out/images`` links to it.
        options: sources, licence, split and view settings.
        deidentifier: masks PHI in every text written (default: the project's, no site lists).
    """
    opts = options or PrepareOptions()
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    root = Path(image_root).resolve() if image_root is not None else None
    stats = PrepareStats(studies=len(studies))
    clean = _Scrubber(stats, deidentifier or default_deidentifier())
    cases: dict[str, list[dict[str, Any]]] = {"train": [], "val": []}
    stage1: list[dict[str, Any]] = []
    stage2: list[dict[str, Any]] = []
    for study in studies:
        raw = {k: str(study.metadata.get(k) or "").strip() for k in _SECTIONS}
        if not raw["findings"]:
            stats.skipped["no findings"] += 1
            continue
        views = [p for p in study.images if Path(p).is_file()][: opts.max_images]
        if not views:
            stats.skipped["no image file found"] += 1
            continue
        texts = {k: clean(v) if v else "" for k, v in raw.items()}
        if any(t is None for t in texts.values()):
            stats.skipped["identifier left after scrubbing"] += 1
            continue
        scrubbed: dict[str, str] = {k: v or "" for k, v in texts.items()}
        images = [_relative(str(Path(p).resolve()), root) for p in views]
        split = _split_of(study, opts.val_fraction)
        cases[split].append(_case(study, scrubbed, images, opts))
        if split == "train":
            stage1.append(_caption(study, scrubbed["findings"], images))
            if opts.instructions:
                report = " ".join(v for v in (scrubbed["findings"], scrubbed["impression"]) if v)
                stage2.extend(_instructions(study, report, images))
    _write_jsonl(folder / OUTPUTS["cases_train"], cases["train"])
    _write_jsonl(folder / OUTPUTS["cases_val"], cases["val"])
    (folder / OUTPUTS["stage1"]).write_text(json.dumps(stage1, indent=1) + "\n")
    if opts.instructions:
        (folder / OUTPUTS["stage2"]).write_text(json.dumps(stage2, indent=1) + "\n")
    stats.written.update(
        {
            "cases_train": len(cases["train"]),
            "cases_val": len(cases["val"]),
            "stage1": len(stage1),
            "stage2": len(stage2),
        }
    )
    if root is not None:
        _link_images(folder / "images", root)
    (folder / OUTPUTS["stats"]).write_text(json.dumps(stats.as_dict(), indent=2) + "\n")
    return stats


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


def _link_images(link: Path, target: Path) -> None:
    """``out/images`` -> the image folder (kept when it already is that folder)."""
    if link.is_symlink() or link.exists():
        if link.resolve() == target:
            return
        raise ValueError(
            f"{str(link)!r} exists and is not the image folder {str(target)!r}; remove it or "
            "choose another output folder"
        )
    os.symlink(target, link, target_is_directory=True)
