"""Callbacks that evaluate during training: a short report evaluation at the end of ``fit``.

They sit in the evaluation layer (above training) so they score with the library's metrics
(:mod:`slava_lightning.evaluation.metrics`) rather than re-implementing them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import lightning.pytorch as pl
import torch
from lightning.pytorch.callbacks import Callback
from lightning.pytorch.utilities import rank_zero_only
from torch.utils.data import DataLoader

from slava_lightning.data.phantoms import named_finding
from slava_lightning.evaluation.metrics.bleu import coco_bleu
from slava_lightning.evaluation.metrics.rouge import rouge_l


def text_scores(predictions: list[str], references: list[str]) -> dict[str, float]:
    """Corpus BLEU-2 (pycocoevalcap convention, as ``slava-eval``'s B-2) and mean ROUGE-L F1
    (rouge-score convention), on lower-cased text."""
    preds = [p.lower() for p in predictions]
    refs = [r.lower() for r in references]
    return {
        "bleu2": float(coco_bleu(preds, refs, n=2)[1]),
        "rougeL": float(rouge_l(preds, refs, convention="rouge_score")),
    }


class ReportEvaluation(Callback):
    """After ``fit``: generate Findings for held-out samples, with and without their images.

    Reports finding accuracy (the planted finding named in the first sentence, for data whose
    samples carry ``metadata["finding"]``, like the synthetic phantoms), the same with blanked
    images (every pixel at the normalisation mean), and BLEU-2 / ROUGE-L. Prints a table, logs
    ``eval/*`` metrics and writes ``eval.json`` to the trainer's log folder.

    Args:
        split: datamodule split to evaluate.
        task: task tag of the samples to generate for.
        limit: at most this many samples.
        batch_size: generation batch size.
        max_new_tokens: generation length.
    """

    def __init__(
        self,
        split: str = "test",
        task: str = "report",
        limit: int = 60,
        batch_size: int = 16,
        max_new_tokens: int = 48,
    ) -> None:
        super().__init__()
        if limit < 1 or batch_size < 1 or max_new_tokens < 1:
            raise ValueError("limit, batch_size and max_new_tokens must be >= 1")
        self.split, self.task, self.limit = split, task, limit
        self.batch_size, self.max_new_tokens = batch_size, max_new_tokens
        self.results: dict[str, float] = {}

    def _generate(self, module: Any, loader: DataLoader[Any], blank: bool) -> list[str]:
        out: list[str] = []
        for batch in loader:
            pixels = batch["pixel_values"].to(module.device)
            if blank:
                pixels = torch.zeros_like(pixels)
            new = module.model.generate(
                batch["input_ids"].to(module.device),
                batch["attention_mask"].to(module.device),
                pixels,
                max_new_tokens=self.max_new_tokens,
            )
            out.extend(module.tokenizer.batch_decode(new, skip_special_tokens=True))
        return [t.strip() for t in out]

    def evaluate(self, module: Any, datamodule: Any) -> dict[str, float]:
        """Run the evaluation and return its metrics."""
        samples = [s for s in datamodule.samples(self.split) if s.task == self.task][: self.limit]
        if not samples:
            raise ValueError(f"no {self.task!r} samples in split {self.split!r} to evaluate")
        collator = datamodule.collator(generation=True)
        loader: DataLoader[Any] = DataLoader(
            samples,  # type: ignore[arg-type]
            batch_size=self.batch_size,
            collate_fn=collator,
        )
        refs = [s.turns[-1].text for s in samples]
        was_training = module.training
        module.eval()
        try:
            texts = self._generate(module, loader, blank=False)
            results = {"n": float(len(samples)), **text_scores(texts, refs)}
            truth = [s.metadata.get("finding") for s in samples]
            if all(t is not None for t in truth):
                blank = self._generate(module, loader, blank=True)
                hits = [named_finding(t) == f for t, f in zip(texts, truth, strict=True)]
                blank_hits = [named_finding(t) == f for t, f in zip(blank, truth, strict=True)]
                results["finding_accuracy"] = sum(hits) / len(hits)
                results["finding_accuracy_blank"] = sum(blank_hits) / len(blank_hits)
                results["chance"] = 1.0 / len(set(truth))
        finally:
            module.train(was_training)
        self.examples = list(zip(texts, refs, strict=True))[:3]
        return results

    @rank_zero_only
    def on_fit_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        """Evaluate, print the table, log and save the metrics."""
        datamodule = getattr(trainer, "datamodule", None)
        if datamodule is None:
            raise ValueError("ReportEvaluation needs the trainer's datamodule")
        self.results = self.evaluate(pl_module, datamodule)
        width = max(len(k) for k in self.results)
        lines = [f"{'metric':<{width}}  value", f"{'-' * width}  -----"]
        lines += [f"{k:<{width}}  {v:.3f}" for k, v in self.results.items()]
        print("\nReport evaluation (" + f"{self.split}, task {self.task!r})\n" + "\n".join(lines))
        for generated, reference in self.examples:
            print(f"  generated: {generated}\n  reference: {reference}")
        for logger in trainer.loggers:
            logger.log_metrics(
                {f"eval/{k}": v for k, v in self.results.items()}, trainer.global_step
            )
        folder = Path(trainer.log_dir or trainer.default_root_dir)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "eval.json").write_text(json.dumps(self.results, indent=2), encoding="utf-8")
