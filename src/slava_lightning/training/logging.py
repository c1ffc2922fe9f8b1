"""Loggers and report samples: W&B (offline without an API key) next to CSV."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from lightning.pytorch.loggers import WandbLogger

from slava_lightning.prompts import IGNORE_INDEX


def wandb_key_configured() -> bool:
    """Whether a W&B API key is set (``WANDB_API_KEY`` or a ``~/.netrc`` entry for api.wandb.ai)."""
    if os.environ.get("WANDB_API_KEY"):
        return True
    netrc = Path(os.environ.get("NETRC", Path.home() / ".netrc"))
    return netrc.is_file() and "api.wandb.ai" in netrc.read_text(errors="ignore")


class SlavaWandbLogger(WandbLogger):
    """``WandbLogger`` that runs offline unless an API key is configured.

    Args:
        project: W&B project.
        name: run name.
        save_dir: where the offline run is written.
        offline: force offline (``True``) or online (``False``); ``None`` decides from the key and
            ``WANDB_MODE``.
        kwargs: passed to ``WandbLogger``.
    """

    def __init__(
        self,
        project: str = "slava-lightning",
        name: str | None = None,
        save_dir: str = "logs",
        offline: bool | None = None,
        **kwargs: Any,
    ) -> None:
        if offline is None:
            offline = os.environ.get("WANDB_MODE") == "offline" or not wandb_key_configured()
        Path(save_dir).mkdir(parents=True, exist_ok=True)
        super().__init__(project=project, name=name, save_dir=save_dir, offline=offline, **kwargs)


@dataclass
class ReportSample:
    """One generated report next to its reference."""

    id: str
    task: str
    generated: str
    reference: str


def prompt_batch(
    batch: dict[str, Any], n: int, image_token_id: int
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor | None]:
    """The first ``n`` samples of a training-mode batch cut before their answers.

    The prompt of a sample is every token before its first supervised label; the model re-pads
    the rows itself, so the tail is simply masked out.
    """
    ids, mask, labels = (
        batch["input_ids"][:n],
        batch["attention_mask"][:n].clone(),
        batch["labels"][:n],
    )
    supervised = labels != IGNORE_INDEX
    first = torch.where(supervised.any(1), supervised.float().argmax(1), mask.sum(1))
    positions = torch.arange(ids.shape[1], device=ids.device)
    mask = mask * (positions[None, :] < first[:, None])
    width = int(first.max())
    images_per_row = ((batch["input_ids"] == image_token_id) & batch["attention_mask"].bool()).sum(
        1
    )
    pixels = batch.get("pixel_values")
    if pixels is not None:
        pixels = pixels[: int(images_per_row[:n].sum())]
    return ids[:, :width], mask[:, :width], pixels


def generate_samples(
    module: Any, batch: dict[str, Any], n: int, max_new_tokens: int
) -> list[ReportSample]:
    """Greedy reports for the first ``n`` samples of ``batch`` with their references."""
    model = module.model
    tok = model.tokenizer
    n = min(n, batch["input_ids"].shape[0])
    if "labels" in batch:
        ids, mask, pixels = prompt_batch(batch, n, model.image_token_id)
        labels = batch["labels"][:n]
        refs = [
            tok.decode([t for t in row.tolist() if t != IGNORE_INDEX], skip_special_tokens=True)
            for row in labels
        ]
    else:
        ids, mask, pixels = (
            batch["input_ids"][:n],
            batch["attention_mask"][:n],
            batch.get("pixel_values"),
        )
        refs = list(batch.get("references", [""] * n))[:n]
    new = model.generate(ids, mask, pixels, max_new_tokens=max_new_tokens)
    texts = tok.batch_decode(new, skip_special_tokens=True)
    sample_ids = list(batch.get("ids", range(n)))[:n]
    tasks = list(batch.get("tasks", ["?"] * n))[:n]
    return [
        ReportSample(str(i), str(t), g.strip(), r.strip())
        for i, t, g, r in zip(sample_ids, tasks, texts, refs, strict=False)
    ]


def _first_images(batch: dict[str, Any], n: int, image_token_id: int, module: Any) -> list[Any]:
    """One image per sample (its first), un-normalised to ``[0, 1]`` for display."""
    pixels = batch.get("pixel_values")
    if pixels is None:
        return [None] * n
    counts = ((batch["input_ids"] == image_token_id) & batch["attention_mask"].bool()).sum(1)
    starts = torch.cumsum(counts, 0) - counts
    proc = module.image_processing
    mean = torch.tensor(proc.mean, device=pixels.device)[:, None, None]
    std = torch.tensor(proc.std, device=pixels.device)[:, None, None]
    out: list[Any] = []
    for b in range(n):
        if counts[b] == 0:
            out.append(None)
            continue
        img = (pixels[int(starts[b])].float() * std + mean).clamp(0, 1)
        out.append(img.permute(1, 2, 0).cpu().numpy())
    return out


def log_report_samples(
    module: Any, batch: dict[str, Any], n: int, max_new_tokens: int
) -> list[ReportSample]:
    """Generate reports for a few validation samples, log them as a W&B table with images, and
    return them."""
    was_training = module.model.training
    module.model.eval()
    try:
        samples = generate_samples(module, batch, n, max_new_tokens)
    finally:
        module.model.train(was_training)
    wandb_loggers = [lg for lg in module.trainer.loggers if isinstance(lg, WandbLogger)]
    if not wandb_loggers:
        return samples
    import wandb

    images = _first_images(batch, len(samples), module.model.image_token_id, module)
    rows = [
        [s.id, s.task, None if img is None else wandb.Image(img), s.generated, s.reference]
        for s, img in zip(samples, images, strict=True)
    ]
    for lg in wandb_loggers:
        lg.log_table(
            key="val/reports",
            columns=["id", "task", "image", "generated", "reference"],
            data=rows,
            step=module.global_step,
        )
    return samples
