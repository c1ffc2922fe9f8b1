"""BERTScore through the ``bert-score`` package, from local model folders only.

The CXR-Report-Metric reference setting is ``distilroberta-base``, layer 5, baseline rescaling
(the baseline file bert-score ships for that model), idf off (RadEval turns it on). Any other
local transformers encoder works with an explicit layer. Nothing is ever downloaded: a model
argument that is not an existing folder is an error.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import torch
from torchmetrics import Metric
from torchmetrics.utilities import dim_zero_cat

from slava_lightning.evaluation.metrics._common import check_pairs

__all__ = ["BERTScore", "BertScoreResult", "BertScorer", "packaged_baseline", "reference_scorer"]

REFERENCE_MODEL = "distilroberta-base"
REFERENCE_LAYER = 5


def packaged_baseline(model_name: str = REFERENCE_MODEL, lang: str = "en") -> Path:
    """The rescaling baseline file bert-score ships for ``model_name``."""
    spec = find_spec("bert_score")
    roots = list(spec.submodule_search_locations or []) if spec else []
    for root in roots:
        candidate = Path(root) / "rescale_baseline" / lang / f"{model_name}.tsv"
        if candidate.is_file():
            return candidate
    raise ValueError(
        f"bert-score ships no baseline for {model_name!r} ({lang}); pass baseline_path"
    )


@dataclass
class BertScoreResult:
    """Mean and per-report precision, recall and F1, with the setting used."""

    precision: list[float]
    recall: list[float]
    f1: list[float]
    setting: dict[str, Any]

    @property
    def score(self) -> float:
        """Mean F1."""
        return sum(self.f1) / len(self.f1) if self.f1 else float("nan")


class BertScorer:
    """A loaded BERTScore model (``bert_score.BERTScorer``) on a local folder.

    Args:
        model_path: local transformers model folder (config, weights, tokenizer).
        num_layers: hidden layer whose embeddings are matched.
        idf: weight tokens by idf computed from the references of each call.
        rescale_with_baseline: rescale with ``baseline_path`` (required when True).
        baseline_path: bert-score baseline TSV (e.g. :func:`packaged_baseline`).
        batch_size: sentences per forward pass.
        device: torch device string; default: bert-score's choice (CUDA when present).
    """

    def __init__(
        self,
        model_path: str | os.PathLike[str],
        num_layers: int,
        idf: bool = False,
        rescale_with_baseline: bool = False,
        baseline_path: str | os.PathLike[str] | None = None,
        batch_size: int = 64,
        device: str | None = None,
    ) -> None:
        from bert_score import BERTScorer as _Scorer

        path = Path(model_path)
        if not (path.is_dir() and (path / "config.json").is_file()):
            raise ValueError(f"model_path {path} is not a local model folder with config.json")
        if num_layers < 1:
            raise ValueError(f"num_layers must be >= 1, got {num_layers}")
        if rescale_with_baseline and (baseline_path is None or not Path(baseline_path).is_file()):
            raise ValueError(
                f"rescale_with_baseline needs an existing baseline_path, got {baseline_path}"
            )
        self.setting: dict[str, Any] = {
            "model": str(path),
            "num_layers": num_layers,
            "idf": idf,
            "rescale_with_baseline": rescale_with_baseline,
            "baseline_path": str(baseline_path) if baseline_path else None,
        }
        self._scorer = _Scorer(
            model_type=str(path),
            num_layers=num_layers,
            idf=idf,
            rescale_with_baseline=rescale_with_baseline,
            baseline_path=str(baseline_path) if baseline_path else None,
            lang="en",
            batch_size=batch_size,
            device=device,
        )
        self.idf = idf

    def __call__(self, predictions: Sequence[str], references: Sequence[str]) -> BertScoreResult:
        """Score report pairs (idf, when on, from these references as ``bert_score.score`` does).

        A pair with an empty side gets raw scores 0 (bert-score's rule; bert-score 0.3.13 cannot
        encode empty text under transformers 5, so such pairs are not sent to it), then rescaled.
        With idf on, empty references are left out of the idf corpus.
        """
        check_pairs(predictions, references)
        n = len(predictions)
        keep = [i for i in range(n) if predictions[i].strip() and references[i].strip()]
        raw = torch.zeros(3)
        if self.setting["rescale_with_baseline"]:
            base = self._scorer.baseline_vals.cpu()
            raw = (raw - base) / (1 - base)
        rows = [raw.tolist() for _ in range(n)]
        if keep:
            preds = [predictions[i] for i in keep]
            refs = [references[i] for i in keep]
            if self.idf:
                self._scorer.compute_idf([r for r in references if r.strip()])
            p, r, f = self._scorer.score(preds, refs)
            for j, i in enumerate(keep):
                rows[i] = [p[j].item(), r[j].item(), f[j].item()]
        return BertScoreResult(
            [x[0] for x in rows], [x[1] for x in rows], [x[2] for x in rows], self.setting
        )


def reference_scorer(
    model_path: str | os.PathLike[str], idf: bool = False, batch_size: int = 64
) -> BertScorer:
    """The CXR-Report-Metric setting: a local ``distilroberta-base``, layer 5, baseline rescaling."""
    return BertScorer(
        model_path,
        num_layers=REFERENCE_LAYER,
        idf=idf,
        rescale_with_baseline=True,
        baseline_path=packaged_baseline(REFERENCE_MODEL),
        batch_size=batch_size,
    )


class BERTScore(Metric):
    """Mean BERTScore F1; per-report F1 computed in ``update`` and gathered with ``cat``.

    idf is not supported here (it needs the whole reference corpus, which a streaming metric
    does not have); use :class:`BertScorer` on the full corpus for idf weighting.
    """

    full_state_update = False
    higher_is_better = True
    scores: list[torch.Tensor]

    def __init__(
        self,
        model_path: str | os.PathLike[str],
        num_layers: int,
        rescale_with_baseline: bool = False,
        baseline_path: str | os.PathLike[str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self._scorer = BertScorer(
            model_path, num_layers, False, rescale_with_baseline, baseline_path
        )
        self.add_state("scores", [], dist_reduce_fx="cat")

    def update(self, predictions: Sequence[str], references: Sequence[str]) -> None:
        """Add report pairs."""
        f1 = self._scorer(predictions, references).f1
        self.scores.append(torch.tensor(f1, dtype=torch.float64))

    def compute(self) -> torch.Tensor:
        """Mean F1 over all reports seen."""
        return dim_zero_cat(self.scores).mean()
