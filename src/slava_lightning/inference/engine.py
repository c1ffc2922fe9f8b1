"""``ReportGenerator``: turn studies (images + task) into reports with batched, cached decoding.

The generator owns a :class:`~slava_lightning.model.SlavaModel` in eval mode on one device. For each
study it renders the released evaluation prompt (``phi_v0`` template, one ``<image>`` per view),
prepares every image once, groups studies of similar prompt length into batches, and calls the
model's KV-cached ``generate`` on the left-padded batch. Decoded text stops at the first EOS.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from PIL import Image

from slava_lightning.components.base import ImageProcessing
from slava_lightning.data.images import ImageTransform, load_image
from slava_lightning.generation import GenerationSettings
from slava_lightning.model import SlavaModel
from slava_lightning.prompts import (
    IMAGE_TOKEN,
    ChatTemplate,
    Turn,
    report_turns,
    tokenize_prompt,
)

TASKS = ("generate", "summarize")

#: An image given as a file path (PNG/JPEG/DICOM) or an already decoded PIL image.
ImageInput = str | Path | Image.Image


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
    """Generated text of one study, with its question and token counts."""

    study: Study
    prompt: str
    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str  # "stop" (EOS) or "length" (max_new_tokens reached)


def _pad_left(rows: Sequence[list[int]], pad: int) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad, dtype=torch.long)
    mask = torch.zeros_like(ids)
    for b, row in enumerate(rows):
        ids[b, width - len(row) :] = torch.tensor(row, dtype=torch.long)
        mask[b, width - len(row) :] = 1
    return ids, mask


class ReportGenerator:
    """Batched report generation with a :class:`SlavaModel`.

    Args:
        model: the model (moved to ``device``/``dtype`` and put in eval mode here).
        template: chat template (or its name) of the prompts (``phi_v0``, as released; a
            checkpoint's own template when loaded through :mod:`slava_lightning.inference.loading`).
        batch_size: most studies per ``generate`` call.
        device: ``cpu``, ``cuda``, ``cuda:1``...
        dtype: ``float32``, ``bfloat16`` or ``float16``; ``None`` keeps the model's dtype.
        pad_to_square: pad images to a square with the mean colour before resizing (as in training).
        model_id: name written to the output records.

    Examples:
        >>> from slava_lightning.components.presets import build_preset
        >>> gen = ReportGenerator(build_preset("tiny"))
        >>> img = Image.new("L", (64, 64))
        >>> [r.completion_tokens <= 4 for r in gen.generate([Study("a", [img])],
        ...     GenerationSettings(max_new_tokens=4))]
        [True]
    """

    def __init__(
        self,
        model: SlavaModel,
        template: ChatTemplate | str = "phi_v0",
        batch_size: int = 8,
        device: str = "cpu",
        dtype: str | None = None,
        pad_to_square: bool = True,
        model_id: str = "slava",
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        self.device = torch.device(device)
        if self.device.type == "cuda" and not torch.cuda.is_available():
            raise ValueError(f"device={device!r} but CUDA is not available on this machine")
        self.model = model.eval()
        if not getattr(model, "slava_quantized", False):  # bitsandbytes placed it already
            self.model.to(self.device)
            if dtype is not None:
                self.model.to(dtype_of(dtype))
        self.template = template
        self.batch_size = batch_size
        self.model_id = model_id
        self.images = ImagePreparer(model.vision_encoder.processing, pad_to_square=pad_to_square)

    @property
    def tokenizer(self) -> Any:
        """The model's tokenizer."""
        return self.model.tokenizer

    @property
    def dtype(self) -> torch.dtype:
        """Dtype of the vision encoder's weights (what pixel values are cast to)."""
        return next(self.model.vision_encoder.parameters()).dtype

    def prompt_ids(self, study: Study) -> list[int]:
        """Token ids of ``study``'s prompt."""
        return tokenize_prompt(self.tokenizer, study.conversation(), self.template)

    def pixel_values(self, studies: Sequence[Study]) -> torch.Tensor | None:
        """``[N, 3, S, S]`` for all images of ``studies`` in order (``None`` without images)."""
        tensors = [self.images(img, where=f"study {s.id!r}") for s in studies for img in s.images]
        if not tensors:
            return None
        return torch.stack(tensors).to(self.device, self.dtype)

    def _batches(self, prompts: Sequence[list[int]]) -> Iterator[list[int]]:
        # Similar lengths together: less padding, same results (generation is batch-invariant).
        order = sorted(range(len(prompts)), key=lambda i: len(prompts[i]))
        for start in range(0, len(order), self.batch_size):
            yield order[start : start + self.batch_size]

    @torch.inference_mode()
    def generate(
        self,
        studies: Sequence[Study],
        settings: GenerationSettings,
        streamer: Callable[[str], None] | None = None,
    ) -> list[Report]:
        """Reports for ``studies`` in their order; ``streamer`` (one study only) gets text pieces."""
        if streamer is not None and len(studies) != 1:
            raise ValueError(f"streaming needs exactly one study, got {len(studies)}")
        prompts = [self.prompt_ids(s) for s in studies]
        reports: list[Report | None] = [None] * len(studies)
        for idx in self._batches(prompts):
            batch = [studies[i] for i in idx]
            done = self._generate_batch(batch, prompts, idx, settings, streamer)
            for i, report in zip(idx, done, strict=True):
                reports[i] = report
        return [r for r in reports if r is not None]

    def _generate_batch(
        self,
        batch: Sequence[Study],
        prompts: Sequence[list[int]],
        idx: Sequence[int],
        settings: GenerationSettings,
        streamer: Callable[[str], None] | None,
    ) -> list[Report]:
        pad = self.model.language_model.pad_token_id
        ids, mask = _pad_left([prompts[i] for i in idx], pad)
        eos = settings.eos_token_id
        eos_ids = {int(self.tokenizer.eos_token_id)} if eos is None else (
            {eos} if isinstance(eos, int) else set(eos)
        )  # fmt: skip
        token_streamer = (
            None if streamer is None else TextStreamer(self.tokenizer, streamer, eos_ids)
        )
        new = self.model.generate(
            ids.to(self.device),
            mask.to(self.device),
            self.pixel_values(batch),
            streamer=token_streamer,
            **_settings_kwargs(settings),
        ).cpu()
        if token_streamer is not None:
            token_streamer.flush()
        out = []
        for b, study in enumerate(batch):
            tokens = new[b].tolist()
            cut = next((k for k, t in enumerate(tokens) if t in eos_ids), None)
            kept = tokens if cut is None else tokens[:cut]
            out.append(
                Report(
                    study=study,
                    prompt=question_text(study),
                    text=self.tokenizer.decode(kept, skip_special_tokens=True).strip(),
                    prompt_tokens=len(prompts[idx[b]]),
                    completion_tokens=len(kept) + (cut is not None),
                    finish_reason="length" if cut is None else "stop",
                )
            )
        return out


class TextStreamer:
    """Turns the model's per-step token ids (batch of one) into text pieces for ``emit``.

    Decodes the whole answer so far and emits only the new suffix, so multi-byte characters split
    across tokens come out whole.
    """

    def __init__(self, tokenizer: Any, emit: Callable[[str], None], eos_ids: set[int]) -> None:
        self.tokenizer = tokenizer
        self.emit = emit
        self.eos_ids = eos_ids
        self.tokens: list[int] = []
        self.sent = 0
        self.done = False

    def __call__(self, step_ids: list[int]) -> None:
        if self.done:
            return
        if step_ids[0] in self.eos_ids:
            self.done = True
            return
        self.tokens.append(step_ids[0])
        text = self.tokenizer.decode(self.tokens, skip_special_tokens=True)
        if text.endswith("\ufffd"):  # an incomplete character: wait for the next token
            return
        self.emit(text[self.sent :])
        self.sent = len(text)

    def flush(self) -> None:
        """Emit whatever is still held back."""
        text = self.tokenizer.decode(self.tokens, skip_special_tokens=True)
        if len(text) > self.sent:
            self.emit(text[self.sent :])
            self.sent = len(text)


def _settings_kwargs(settings: GenerationSettings) -> dict[str, Any]:
    return {
        "max_new_tokens": settings.max_new_tokens,
        "do_sample": settings.do_sample,
        "temperature": settings.temperature,
        "top_p": settings.top_p,
        "top_k": settings.top_k,
        "num_beams": settings.num_beams,
        "no_repeat_ngram_size": settings.no_repeat_ngram_size,
        "repetition_penalty": settings.repetition_penalty,
        "eos_token_id": settings.eos_token_id,
        "seed": settings.seed,
    }


_DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}


def dtype_of(name: str) -> torch.dtype:
    """``float32`` / ``bfloat16`` / ``float16`` -> torch dtype."""
    try:
        return _DTYPES[name]
    except KeyError:
        raise ValueError(f"dtype must be one of {sorted(_DTYPES)}, got {name!r}") from None


class ImagePreparer:
    """Image (path or PIL) -> normalised ``[3, S, S]`` tensor for a vision encoder.

    Paths go through the data pipeline's ``load_image`` (PNG/JPEG/16-bit/DICOM) and every image
    through its ``ImageTransform``, so inference sees exactly what training saw.
    """

    def __init__(self, processing: ImageProcessing, pad_to_square: bool = True) -> None:
        self.transform = ImageTransform(processing, pad_to_square=pad_to_square)

    def __call__(self, image: ImageInput, where: str = "") -> torch.Tensor:
        """Tensor of one image; ``ValueError`` naming ``where`` and the file when it cannot load."""
        if not isinstance(image, Image.Image):
            try:
                image = load_image(image)
            except ValueError as err:
                raise ValueError(f"{where}: {err}") from None
        return self.transform(image)
