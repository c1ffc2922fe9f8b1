"""From ``Sample`` records to the padded batch that ``SlavaModel`` consumes.

``SlavaCollator.prepare`` does the per-sample work (load and transform images, tokenize with the chat
template, assistant-only labels) and is run by the dataset, in the loader workers; ``__call__`` pads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import torch

from slava_lightning.data.images import ImageLoadError, ImageTransform
from slava_lightning.data.records import Sample
from slava_lightning.data.skips import Skip
from slava_lightning.prompts import (
    IGNORE_INDEX,
    get_template,
    tokenize_conversation,
    tokenize_prompt,
)


class SampleError(ValueError):
    """A sample cannot be prepared; ``skip`` names its id, file and field."""

    def __init__(self, skip: Skip) -> None:
        super().__init__(
            f"sample {skip.id!r}, field {skip.field!r}, file {skip.file!r}: {skip.reason}"
        )
        self.skip = skip


@dataclass
class PreparedSample:
    """One tokenized sample with its image tensors (and, in generation mode, its reference)."""

    id: str
    task: str
    input_ids: list[int]
    labels: list[int]
    pixel_values: torch.Tensor
    reference: str | None = None
    skipped: list[Skip] = field(default_factory=list)


def split_for_generation(sample: Sample) -> tuple[list[Any], str]:
    """The conversation up to its last user turn, and the answer that followed it (or metadata's)."""
    last_user = max(i for i, t in enumerate(sample.turns) if t.role == "user")
    prompt = list(sample.turns[: last_user + 1])
    if last_user + 1 < len(sample.turns):
        reference = sample.turns[last_user + 1].text
    else:
        reference = str(sample.metadata.get("reference", ""))
    return prompt, reference


class SlavaCollator:
    """Tokenize, load images and pad a list of samples into a model batch.

    Args:
        tokenizer: a transformers tokenizer holding ``<image>``.
        transform: the image transform of the vision encoder.
        template: chat template name (``phi_v0``, ``plain``).
        max_length: longest token sequence; longer training samples are cut at the end (never
            through an ``<image>`` token), longer generation prompts are rejected.
        padding_side: ``"right"`` or ``"left"``; default right for training, left for generation.
        generation: build prompts up to the last user turn (no labels) plus ``references``.

    The batch holds ``input_ids``, ``attention_mask``, ``labels`` (training only), ``pixel_values``
    ``[N_images, 3, S, S]`` in ``<image>``-token order (row-major over the batch), ``tasks``, ``ids``,
    ``references`` (generation only) and ``skipped`` (a list of :class:`Skip` from the loader).
    """

    def __init__(
        self,
        tokenizer: Any,
        transform: ImageTransform,
        template: str = "phi_v0",
        max_length: int = 2048,
        padding_side: Literal["right", "left"] | None = None,
        generation: bool = False,
    ) -> None:
        get_template(template)  # validates the name
        if max_length < 1:
            raise ValueError(f"max_length must be positive, got {max_length}")
        side = padding_side or ("left" if generation else "right")
        if side not in ("right", "left"):
            raise ValueError(f"padding_side must be 'right' or 'left', got {padding_side!r}")
        pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else None
        if pad is None:
            pad = tokenizer.eos_token_id
        if pad is None:
            raise ValueError("tokenizer has neither pad_token_id nor eos_token_id for padding")
        self.tokenizer = tokenizer
        self.transform = transform
        self.template = template
        self.max_length = max_length
        self.padding_side: Literal["right", "left"] = side
        self.generation = generation
        self.pad_token_id = int(pad)

    def prepare(self, sample: Sample) -> PreparedSample:
        """Tokenize ``sample`` and load its images; raises :class:`SampleError` naming the culprit."""
        if self.generation:
            turns, reference = split_for_generation(sample)
            ids = tokenize_prompt(self.tokenizer, turns, self.template)
            if len(ids) > self.max_length:
                raise SampleError(
                    Skip(sample.id, "", "turns", f"prompt of {len(ids)} tokens > max_length")
                )
            labels = [IGNORE_INDEX] * len(ids)
        else:
            reference = None
            if sample.turns[-1].role != "assistant":
                raise SampleError(Skip(sample.id, "", "turns", "no assistant answer to supervise"))
            try:
                conv = tokenize_conversation(
                    self.tokenizer, sample.turns, self.template, self.max_length
                )
            except ValueError as err:
                raise SampleError(Skip(sample.id, "", "turns", str(err))) from err
            ids, labels = conv.input_ids, conv.labels
        images = []
        for path in sample.images:
            try:
                images.append(self.transform.load(path))
            except ImageLoadError as err:
                raise SampleError(Skip(sample.id, err.path, "image", err.reason)) from err
        s = self.transform.size
        pixels = torch.stack(images) if images else torch.zeros(0, 3, s, s)
        return PreparedSample(sample.id, sample.task, ids, labels, pixels, reference)

    def __call__(self, items: Sequence[Sample | PreparedSample]) -> dict[str, Any]:
        """Pad prepared samples (plain ``Sample`` records are prepared here, strictly)."""
        if not items:
            raise ValueError("cannot collate an empty list of samples")
        prepared = [it if isinstance(it, PreparedSample) else self.prepare(it) for it in items]
        width = max(len(p.input_ids) for p in prepared)
        n = len(prepared)
        input_ids = torch.full((n, width), self.pad_token_id, dtype=torch.long)
        attention = torch.zeros((n, width), dtype=torch.long)
        labels = torch.full((n, width), IGNORE_INDEX, dtype=torch.long)
        for row, p in enumerate(prepared):
            length = len(p.input_ids)
            span = slice(width - length, width) if self.padding_side == "left" else slice(0, length)
            input_ids[row, span] = torch.tensor(p.input_ids, dtype=torch.long)
            attention[row, span] = 1
            labels[row, span] = torch.tensor(p.labels, dtype=torch.long)
        batch: dict[str, Any] = {
            "input_ids": input_ids,
            "attention_mask": attention,
            "pixel_values": torch.cat([p.pixel_values for p in prepared]),
            "tasks": [p.task for p in prepared],
            "ids": [p.id for p in prepared],
            "skipped": [s for p in prepared for s in p.skipped],
        }
        if self.generation:
            batch["references"] = [p.reference or "" for p in prepared]
        else:
            batch["labels"] = labels
        return batch
