"""``ReportGenerator``: turn studies (images + task) into reports with batched, cached decoding.

The generator owns a :class:`~slava_lightning.model.SlavaModel` in eval mode on one device. For each
study it renders the released evaluation prompt (``phi_v0`` template, one ``<image>`` per view),
prepares every image once, groups studies of similar prompt length into batches, and calls the
model's KV-cached ``generate`` on the left-padded batch. Decoded text stops at the first EOS.

A study that cannot be prepared (an image that does not decode, a task without its Findings) is a
:class:`Failure` of its own in :meth:`ReportGenerator.generate_iter`; the rest of its batch goes on.
Every report carries its timing (time to first token, time to its last token), and a ``deadline``
is checked between decoding steps, so a request past its time limit stops consuming the device.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import torch
from PIL import Image

from slava_lightning.components.base import ImageProcessing
from slava_lightning.data.images import ImageTransform, load_image
from slava_lightning.decoding import GenerationSettings
from slava_lightning.dtypes import torch_dtype
from slava_lightning.inference.studies import (
    TASKS,
    Failure,
    GenerationTimeout,
    ImageInput,
    Report,
    Study,
    question_text,
)
from slava_lightning.model import SlavaModel
from slava_lightning.prompts import ChatTemplate, tokenize_prompt
from slava_lightning.quantization import is_quantized

# Study, Report and Failure live in .studies (no torch) and are re-exported here.
__all__ = [
    "TASKS",
    "Failure",
    "GenerationTimeout",
    "ImageInput",
    "ImagePreparer",
    "Report",
    "ReportGenerator",
    "StepClock",
    "Study",
    "TextStreamer",
    "dtype_of",
    "question_text",
]

#: The clock of start times and deadlines (``time.monotonic``; one name, so tests can drive it).
_clock = time.monotonic


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
        >>> from slava_lightning.presets import build_preset
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
        if not is_quantized(model):  # quantized layers stay where they were made
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

    def generate(
        self,
        studies: Sequence[Study],
        settings: GenerationSettings,
        streamer: Callable[[str], None] | None = None,
        deadline: float | None = None,
    ) -> list[Report]:
        """Reports for ``studies`` in their order; ``streamer`` (one study only) gets text pieces.

        Args:
            studies: the studies.
            settings: decoding settings.
            streamer: called with each new piece of text (exactly one study).
            deadline: ``time.monotonic()`` value after which generation stops.

        Raises:
            ValueError: for the first study that cannot be prepared (see :meth:`generate_iter`
                to get the others' reports anyway).
            GenerationTimeout: when ``deadline`` passes.
        """
        reports: list[Report | None] = [None] * len(studies)
        for i, outcome in self.generate_iter(studies, settings, streamer, deadline):
            if isinstance(outcome, Failure):
                raise ValueError(outcome.error)
            reports[i] = outcome
        return [r for r in reports if r is not None]

    @torch.inference_mode()
    def generate_iter(
        self,
        studies: Sequence[Study],
        settings: GenerationSettings,
        streamer: Callable[[str], None] | None = None,
        deadline: float | None = None,
    ) -> Iterator[tuple[int, Report | Failure]]:
        """``(index, Report | Failure)`` for every study, batch by batch (not in input order).

        A study whose prompt or images cannot be prepared is a :class:`Failure`; its batch mates
        are generated without it. ``deadline`` (``time.monotonic()``) is checked before each batch
        and after each decoding step; passing it raises :class:`GenerationTimeout`.
        """
        if streamer is not None and len(studies) != 1:
            raise ValueError(f"streaming needs exactly one study, got {len(studies)}")
        prompts: dict[int, list[int]] = {}
        for i, study in enumerate(studies):
            try:
                prompts[i] = self.prompt_ids(study)
            except ValueError as err:
                yield i, Failure(study, str(err))
        for idx in self._batches(prompts):
            _check_deadline(deadline)
            yield from self._generate_batch(studies, prompts, idx, settings, streamer, deadline)

    def _batches(self, prompts: dict[int, list[int]]) -> Iterator[list[int]]:
        # Similar lengths together: less padding, same results (generation is batch-invariant).
        order = sorted(prompts, key=lambda i: len(prompts[i]))
        for start in range(0, len(order), self.batch_size):
            yield order[start : start + self.batch_size]

    def _generate_batch(
        self,
        studies: Sequence[Study],
        prompts: dict[int, list[int]],
        idx: Sequence[int],
        settings: GenerationSettings,
        streamer: Callable[[str], None] | None,
        deadline: float | None,
    ) -> Iterator[tuple[int, Report | Failure]]:
        start = _clock()
        kept: list[int] = []
        pixels: list[torch.Tensor] = []
        for i in idx:  # a study whose images fail leaves the batch alone
            where = f"study {studies[i].id!r}"
            try:
                views = [self.images(img, where=where) for img in studies[i].images]
            except ValueError as err:
                yield i, Failure(studies[i], str(err))
                continue
            kept.append(i)
            pixels.extend(views)
        if not kept:
            return
        pad = self.model.language_model.pad_token_id
        ids, mask = _pad_left([prompts[i] for i in kept], pad)
        eos_ids = set(settings.eos_ids(int(self.tokenizer.eos_token_id)))
        text = None if streamer is None else TextStreamer(self.tokenizer, streamer, eos_ids)
        clock = StepClock(len(kept), eos_ids, start, deadline, text)
        new = self.model.generate(
            ids.to(self.device),
            mask.to(self.device),
            torch.stack(pixels).to(self.device, self.dtype) if pixels else None,
            settings,
            streamer=clock if settings.num_beams == 1 else None,
        ).cpu()
        end = _clock() - start
        if text is not None:
            text.flush()
        for b, i in enumerate(kept):
            tokens = new[b].tolist()
            cut = next((k for k, t in enumerate(tokens) if t in eos_ids), None)
            answer = tokens if cut is None else tokens[:cut]
            yield (
                i,
                Report(
                    study=studies[i],
                    prompt=question_text(studies[i]),
                    text=self.tokenizer.decode(answer, skip_special_tokens=True).strip(),
                    prompt_tokens=len(prompts[i]),
                    completion_tokens=len(answer) + (cut is not None),
                    finish_reason="length" if cut is None else "stop",
                    first_token_s=clock.first_token_s,
                    seconds=clock.finished_s[b] or end,
                ),
            )


def _check_deadline(deadline: float | None) -> None:
    if deadline is not None and _clock() > deadline:
        raise GenerationTimeout("generation passed its time limit and was stopped")


class StepClock:
    """The per-step hook of a decoding batch: timing, the deadline, and text streaming.

    Called by the decoding loop with the batch's new token ids after every step. It records the
    time of the first step and of each row's EOS, raises :class:`GenerationTimeout` once
    ``deadline`` (``time.monotonic()``) has passed, and feeds ``text`` (batch of one) if given.
    """

    def __init__(
        self,
        rows: int,
        eos_ids: set[int],
        start: float,
        deadline: float | None = None,
        text: TextStreamer | None = None,
    ) -> None:
        self.eos_ids = eos_ids
        self.start = start
        self.deadline = deadline
        self.text = text
        self.first_token_s: float | None = None
        self.finished_s: list[float | None] = [None] * rows

    def __call__(self, step_ids: list[int]) -> None:
        now = _clock()
        if self.first_token_s is None:
            self.first_token_s = now - self.start
        for b, token in enumerate(step_ids):
            if self.finished_s[b] is None and token in self.eos_ids:
                self.finished_s[b] = now - self.start
        if self.text is not None:
            self.text(step_ids)
        _check_deadline(self.deadline)


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


#: ``float32`` / ``bfloat16`` / ``float16`` -> torch dtype (the library's one table).
dtype_of = torch_dtype


class ImagePreparer:
    """Image (path or PIL) -> normalised ``[3, S, S]`` tensor for a vision encoder.

    Paths go through the data pipeline's ``load_image`` (PNG/JPEG/16-bit/DICOM) and every image
    through its ``ImageTransform``, so inference sees exactly what training saw.
    """

    def __init__(self, processing: ImageProcessing, pad_to_square: bool = True) -> None:
        self.transform = ImageTransform(processing, pad_to_square=pad_to_square)

    def __call__(self, image: ImageInput, where: str = "") -> torch.Tensor:
        """Tensor of one image; ``ValueError`` naming ``where`` and the file when it cannot load."""
        try:
            if not isinstance(image, Image.Image):
                image = load_image(image)
            return self.transform(image)
        except ValueError as err:  # ImageLoadError names the file; a PIL image, its study
            raise ValueError(f"{where}: {err}") from None
