"""What a report request is and what comes back: :class:`Study`, :class:`Report`, :class:`Failure`,
and their output records in the released format (:func:`record`, :func:`error_record`).

Plain records, free of torch, so that the command-line tools read their inputs (and answer
``--help``) before loading a model; :mod:`~slava_lightning.inference.engine` turns them into reports.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from slava_lightning.prompts import IMAGE_TOKEN, Turn, report_turns

if TYPE_CHECKING:
    from PIL import Image

#: An image given as a file path (PNG/JPEG/DICOM) or an already decoded PIL image.
ImageInput = Union[str, Path, "Image.Image"]

TASKS = ("generate", "summarize")


@dataclass
class Study:
    """One request: the views of a study and what to write about them.

    Args:
        id: identifier carried into the output (``question_id``).
        images: image paths (PNG/JPEG/DICOM) or PIL images, one per view, frontal first.
        task: ``generate`` (Findings from the images) or ``summarize`` (Impression from images and
            ``findings``); ignored when ``turns`` is given.
        findings: the Findings text for ``summarize``.
        turns: a custom conversation ending with a user turn, with one ``<image>`` per image.
        metadata: copied to the output unchanged.
    """

    id: str
    images: list[ImageInput]
    task: str = "generate"
    findings: str | None = None
    turns: list[Turn] | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    def conversation(self) -> list[Turn]:
        """The turns to prompt with (the released prompt unless ``turns`` was given)."""
        if self.turns is not None:
            n_tokens = sum(t.text.count(IMAGE_TOKEN) for t in self.turns)
            if n_tokens != len(self.images):
                raise ValueError(
                    f"study {self.id!r}: {len(self.images)} image(s) but {n_tokens} "
                    f"{IMAGE_TOKEN} token(s) in its turns"
                )
            return list(self.turns)
        if self.task not in TASKS:
            raise ValueError(f"study {self.id!r}: task must be one of {TASKS}, got {self.task!r}")
        if self.task == "summarize" and not self.findings:
            raise ValueError(f"study {self.id!r}: the summarize task needs findings")
        return report_turns(self.task, self.findings, n_images=len(self.images))


def question_text(study: Study) -> str:
    """The last user turn without its ``<image>`` tokens (the released ``prompt`` field)."""
    return study.conversation()[-1].text.replace(IMAGE_TOKEN, "").strip()


@dataclass
class Report:
    """Generated text of one study, with its question, token counts and timing.

    ``first_token_s`` and ``seconds`` run from the start of the study's batch (image loading
    included) to its first and to its last token; ``first_token_s`` is ``None`` for beam search,
    which has no per-step hook.
    """

    study: Study
    prompt: str
    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str  # "stop" (EOS) or "length" (max_new_tokens reached)
    first_token_s: float | None = None
    seconds: float = 0.0


@dataclass
class Failure:
    """A study that could not be generated; ``error`` names the study and the file or field."""

    study: Study
    error: str


class GenerationTimeout(RuntimeError):
    """Generation passed its deadline; it was stopped between two decoding steps."""


def record(report: Report, model_id: str) -> dict[str, Any]:
    """The released output record of one report, with its timing in ``metadata``."""
    study = report.study
    first = report.first_token_s
    return {
        "question_id": study.id,
        "prompt": report.prompt,
        "text": report.text,
        "answer_id": uuid.uuid4().hex,
        "model_id": model_id,
        "metadata": {
            **study.metadata,
            "task": study.task,
            "finish_reason": report.finish_reason,
            "prompt_tokens": report.prompt_tokens,
            "completion_tokens": report.completion_tokens,
            "first_token_s": None if first is None else round(first, 4),
            "seconds": round(report.seconds, 4),
        },
    }


def error_record(failure: Failure, model_id: str) -> dict[str, Any]:
    """The output record of a study that could not be generated."""
    return {
        "question_id": failure.study.id,
        "error": failure.error,
        "model_id": model_id,
        "metadata": dict(failure.study.metadata),
    }
