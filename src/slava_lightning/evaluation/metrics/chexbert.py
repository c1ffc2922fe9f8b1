"""CheXbert labels and [CLS]-embedding similarity from a local ``chexbert.pth``.

CheXbert (Smit et al., 2020) is a ``bert-base-uncased`` encoder with 14 linear heads: 13
observations with 4 classes (blank, positive, negative, uncertain) and "No Finding" with 2 (blank,
positive). The released checkpoint was saved from ``nn.DataParallel`` (keys start ``module.``).
CXR-Report-Metric's ``semb_score`` is the cosine similarity of the two reports' last-layer
[CLS] vectors, reports cut at 512 tokens.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn
from torchmetrics import Metric
from torchmetrics.utilities import dim_zero_cat

from slava_lightning.evaluation.metrics._common import check_pairs
from slava_lightning.evaluation.metrics.labels_auc import OBSERVATIONS

__all__ = ["CHEXBERT_CONDITIONS", "CheXbert", "CheXbertModel", "CheXbertSimilarity", "decode_heads"]

# Head order of the released model.
CHEXBERT_CONDITIONS = (
    "Enlarged Cardiomediastinum",
    "Cardiomegaly",
    "Lung Opacity",
    "Lung Lesion",
    "Edema",
    "Consolidation",
    "Pneumonia",
    "Atelectasis",
    "Pneumothorax",
    "Pleural Effusion",
    "Pleural Other",
    "Fracture",
    "Support Devices",
    "No Finding",
)
# Class index -> CheXpert value: blank, positive, negative, uncertain.
_CLASS_VALUES = (math.nan, 1.0, 0.0, -1.0)


class CheXbertModel(nn.Module):
    """BERT encoder + 14 linear heads, in the released checkpoint's layout."""

    def __init__(self, config: Any) -> None:
        super().__init__()
        from transformers import BertModel

        self.bert = BertModel(config, add_pooling_layer=False)
        self.dropout = nn.Dropout(config.hidden_dropout_prob)
        hidden = config.hidden_size
        self.linear_heads = nn.ModuleList([nn.Linear(hidden, 4) for _ in range(13)])
        self.linear_heads.append(nn.Linear(hidden, 2))

    def cls(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Last-layer [CLS] vectors ``[B, H]``."""
        out = self.bert(input_ids=input_ids, attention_mask=attention_mask)
        return out.last_hidden_state[:, 0, :]

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> list[torch.Tensor]:
        """Logits of each head: 13 x ``[B, 4]`` and ``[B, 2]``."""
        h = self.dropout(self.cls(input_ids, attention_mask))
        return [head(h) for head in self.linear_heads]


def decode_heads(logits: Sequence[torch.Tensor]) -> np.ndarray:
    """Head logits -> ``[B, 14]`` CheXpert values (1 / 0 / -1 / NaN) in :data:`OBSERVATIONS` order."""
    if len(logits) != len(CHEXBERT_CONDITIONS):
        raise ValueError(f"expected {len(CHEXBERT_CONDITIONS)} heads, got {len(logits)}")
    classes = torch.stack([lg.argmax(dim=-1) for lg in logits], dim=1).cpu().numpy()
    values = np.array(_CLASS_VALUES)[classes]
    order = [CHEXBERT_CONDITIONS.index(name) for name in OBSERVATIONS]
    return values[:, order]


def _load_state(checkpoint: Path) -> dict[str, torch.Tensor]:
    if not checkpoint.is_file():
        raise ValueError(f"CheXbert checkpoint {checkpoint} does not exist")
    blob = torch.load(checkpoint, map_location="cpu", weights_only=True)
    state = blob.get("model_state_dict", blob) if isinstance(blob, dict) else None
    if not isinstance(state, dict):
        raise ValueError(f"{checkpoint} holds no state dict (expected 'model_state_dict')")
    return {k.removeprefix("module."): v for k, v in state.items()}


class CheXbert:
    """A loaded CheXbert: report labels and [CLS] embeddings.

    Args:
        checkpoint: local ``chexbert.pth``.
        bert_path: local folder with the ``bert-base-uncased`` config and tokenizer.
        device: torch device.
        batch_size: reports per forward pass.
        max_length: token cut (512 as released).
    """

    def __init__(
        self,
        checkpoint: str | os.PathLike[str],
        bert_path: str | os.PathLike[str],
        device: str = "cpu",
        batch_size: int = 16,
        max_length: int = 512,
    ) -> None:
        from transformers import AutoTokenizer, BertConfig

        folder = Path(bert_path)
        if not (folder / "config.json").is_file():
            raise ValueError(f"bert_path {folder} has no config.json (a local bert-base-uncased)")
        self.tokenizer = AutoTokenizer.from_pretrained(str(folder))
        self.model = CheXbertModel(BertConfig.from_pretrained(str(folder)))
        state = _load_state(Path(checkpoint))
        missing, unexpected = self.model.load_state_dict(state, strict=False)
        missing = [k for k in missing if "position_ids" not in k]
        unexpected = [k for k in unexpected if "position_ids" not in k and "pooler" not in k]
        if missing or unexpected:
            raise ValueError(
                f"{checkpoint} does not match the CheXbert layout: missing {missing[:3]}, "
                f"unexpected {unexpected[:3]}"
            )
        self.model.to(device).eval()
        self.device, self.batch_size, self.max_length = device, batch_size, max_length

    def _batches(self, reports: Sequence[str]) -> Any:
        for start in range(0, len(reports), self.batch_size):
            texts = [" ".join(str(r).split()) for r in reports[start : start + self.batch_size]]
            enc = self.tokenizer(
                texts,
                truncation=True,
                max_length=self.max_length,
                padding=True,
                return_tensors="pt",
            )
            yield enc["input_ids"].to(self.device), enc["attention_mask"].to(self.device)

    @torch.no_grad()
    def label(self, reports: Sequence[str]) -> np.ndarray:
        """``[N, 14]`` CheXpert values (1 / 0 / -1 / NaN) in :data:`OBSERVATIONS` order."""
        rows = [decode_heads(self.model(ids, mask)) for ids, mask in self._batches(reports)]
        return np.concatenate(rows) if rows else np.zeros((0, len(OBSERVATIONS)))

    @torch.no_grad()
    def embed(self, reports: Sequence[str]) -> torch.Tensor:
        """``[N, H]`` last-layer [CLS] vectors."""
        rows = [self.model.cls(ids, mask).float().cpu() for ids, mask in self._batches(reports)]
        return torch.cat(rows) if rows else torch.zeros(0, self.model.bert.config.hidden_size)

    def similarity(self, predictions: Sequence[str], references: Sequence[str]) -> list[float]:
        """Per-report cosine similarity of [CLS] vectors (CXR-Report-Metric ``semb_score``)."""
        check_pairs(predictions, references)
        a, b = self.embed(predictions), self.embed(references)
        return torch.nn.functional.cosine_similarity(a, b, dim=1).tolist()


class CheXbertSimilarity(Metric):
    """Mean CheXbert [CLS] cosine similarity; per-report values gathered with ``cat``."""

    full_state_update = False
    higher_is_better = True
    scores: list[torch.Tensor]

    def __init__(self, model: CheXbert, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._chexbert = model
        self.add_state("scores", [], dist_reduce_fx="cat")

    def update(self, predictions: Sequence[str], references: Sequence[str]) -> None:
        """Add report pairs."""
        values = self._chexbert.similarity(predictions, references)
        self.scores.append(torch.tensor(values, dtype=torch.float64))

    def compute(self) -> torch.Tensor:
        """Mean similarity over all reports seen."""
        return dim_zero_cat(self.scores).mean()
