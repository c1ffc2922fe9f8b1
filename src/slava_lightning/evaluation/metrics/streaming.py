"""torchmetrics ``Metric`` wrappers of the lexical and label metrics, for training loops.

These accumulate report pairs batch by batch and reduce their states across processes (``sum``
for BLEU's n-gram statistics, ``cat`` for per-report scores), so a distributed validation epoch
gives the single-process value. They live apart from the metric functions because importing
torchmetrics pulls in torch (and torchvision where installed): ``slava-score`` and the function
API never pay for that.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import numpy as np
import torch
from torchmetrics import Metric
from torchmetrics.utilities import dim_zero_cat

from slava_lightning.evaluation.metrics._common import as_reference_lists, check_pairs
from slava_lightning.evaluation.metrics.bleu import (
    BleuStats,
    _coco_scores,
    bleu_stats,
    cxr_bleu2_per_report,
)
from slava_lightning.evaluation.metrics.labels_auc import label_auc
from slava_lightning.evaluation.metrics.meteor import JavaMeteor, NltkMeteor
from slava_lightning.evaluation.metrics.rouge import CONVENTIONS, rouge_l_per_report
from slava_lightning.evaluation.metrics.tokenize import coco_bleu_tokens

__all__ = ["METEOR", "CocoBLEU", "CxrBLEU2", "LabelAUC", "RougeL"]


class CocoBLEU(Metric):
    """Corpus BLEU-1..n (pycocoevalcap convention) as a distributed-safe torchmetrics metric.

    The state is the corpus's sufficient statistics (clipped matches, guesses, lengths), summed
    across processes, so the result equals a single-process run exactly.
    """

    full_state_update = False
    higher_is_better = True
    correct: torch.Tensor
    guess: torch.Tensor
    testlen: torch.Tensor
    reflen: torch.Tensor

    def __init__(self, n: int = 4, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if n < 1:
            raise ValueError(f"n must be >= 1, got {n}")
        self.n = n
        for name in ("correct", "guess"):
            self.add_state(name, torch.zeros(n, dtype=torch.long), dist_reduce_fx="sum")
        for name in ("testlen", "reflen"):
            self.add_state(name, torch.zeros((), dtype=torch.long), dist_reduce_fx="sum")

    def update(self, predictions: Sequence[str], references: Sequence[str | Sequence[str]]) -> None:
        """Add report pairs."""
        check_pairs(predictions, references)
        for p, rs in zip(predictions, as_reference_lists(references), strict=True):
            s = bleu_stats(coco_bleu_tokens(p), [coco_bleu_tokens(r) for r in rs], self.n)
            self.correct += torch.tensor(s.correct)
            self.guess += torch.tensor(s.guess)
            self.testlen += s.testlen
            self.reflen += s.reflen

    def compute(self) -> torch.Tensor:
        """``[BLEU-1, ..., BLEU-n]`` as a float64 tensor."""
        stats = BleuStats(
            [int(c) for c in self.correct.tolist()],
            [int(g) for g in self.guess.tolist()],
            int(self.testlen.item()),
            int(self.reflen.item()),
        )
        return torch.tensor(_coco_scores(stats, self.n), dtype=torch.float64)


class CxrBLEU2(Metric):
    """Mean per-report BLEU-2 (CXR-Report-Metric convention); per-report scores gathered by ``cat``."""

    full_state_update = False
    higher_is_better = True
    scores: list[torch.Tensor]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_state("scores", [], dist_reduce_fx="cat")

    def update(self, predictions: Sequence[str], references: Sequence[str | Sequence[str]]) -> None:
        """Add report pairs."""
        values = cxr_bleu2_per_report(predictions, references)
        self.scores.append(torch.tensor(values, dtype=torch.float64))

    def compute(self) -> torch.Tensor:
        """Mean BLEU-2 over all reports seen."""
        return dim_zero_cat(self.scores).mean()


class RougeL(Metric):
    """Mean ROUGE-L F (named convention); per-report scores gathered with ``cat``."""

    full_state_update = False
    higher_is_better = True
    scores: list[torch.Tensor]

    def __init__(self, convention: str = "coco", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if convention not in CONVENTIONS:
            raise ValueError(f"convention must be one of {sorted(CONVENTIONS)}, got {convention!r}")
        self.convention = convention
        self.add_state("scores", [], dist_reduce_fx="cat")

    def update(self, predictions: Sequence[str], references: Sequence[str | Sequence[str]]) -> None:
        """Add report pairs."""
        values = rouge_l_per_report(predictions, references, self.convention)
        self.scores.append(torch.tensor(values, dtype=torch.float64))

    def compute(self) -> torch.Tensor:
        """Mean ROUGE-L F over all reports seen."""
        return dim_zero_cat(self.scores).mean()


class METEOR(Metric):
    """METEOR as a torchmetrics metric; the state holds per-report scores (NLTK backend) or
    the jar's per-report statistics (Java backend), both gathered with ``cat``.

    ``wordnet`` (an NLTK WordNet reader) or ``wordnet_path`` selects WordNet for the NLTK backend.

    ``compute`` returns the corpus score; ``self.backend`` names the backend.
    """

    full_state_update = False
    higher_is_better = True
    values: list[torch.Tensor]

    def __init__(
        self,
        backend: str = "nltk",
        wordnet_path: str | os.PathLike[str] | None = None,
        jar: str | os.PathLike[str] | None = None,
        wordnet: Any = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if backend not in ("nltk", "java"):
            raise ValueError(f"backend must be 'nltk' or 'java', got {backend!r}")
        self.backend = backend
        self._scorer: NltkMeteor | JavaMeteor = (
            NltkMeteor(wordnet, wordnet_path) if backend == "nltk" else JavaMeteor(jar)
        )
        self.add_state("values", [], dist_reduce_fx="cat")

    def update(self, predictions: Sequence[str], references: Sequence[str | Sequence[str]]) -> None:
        """Add report pairs."""
        check_pairs(predictions, references)
        refs = as_reference_lists(references)
        if isinstance(self._scorer, NltkMeteor):
            rows = [[self._scorer.score_pair(p, r)] for p, r in zip(predictions, refs, strict=True)]
        else:
            lines = [self._scorer.stats(p, r) for p, r in zip(predictions, refs, strict=True)]
            rows = [[float(x) for x in line.split()] for line in lines]
        if rows:
            self.values.append(torch.tensor(rows, dtype=torch.float64))

    def compute(self) -> torch.Tensor:
        """Corpus METEOR: mean of per-report scores (NLTK) or the jar's aggregate (Java)."""
        values = dim_zero_cat(self.values)
        if isinstance(self._scorer, NltkMeteor):
            return values[:, 0].mean()
        stats = [" ".join(repr(float(x)) for x in row) for row in values.tolist()]
        return torch.tensor(self._scorer.evaluate(stats)[0], dtype=torch.float64)


class LabelAUC(Metric):
    """Mean CheXpert-label AUC; label rows gathered with ``cat`` across processes."""

    full_state_update = False
    higher_is_better = True
    predicted: list[torch.Tensor]
    reference: list[torch.Tensor]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_state("predicted", [], dist_reduce_fx="cat")
        self.add_state("reference", [], dist_reduce_fx="cat")

    def update(
        self, predicted: np.ndarray | torch.Tensor, reference: np.ndarray | torch.Tensor
    ) -> None:
        """Add label rows ``[N, 14]`` (1 / 0 / -1 / NaN)."""
        self.predicted.append(torch.as_tensor(np.asarray(predicted, dtype=np.float64)))
        self.reference.append(torch.as_tensor(np.asarray(reference, dtype=np.float64)))

    def compute(self) -> torch.Tensor:
        """Mean AUC over observations with both classes in the references."""
        pred = dim_zero_cat(self.predicted).numpy()
        gt = dim_zero_cat(self.reference).numpy()
        return torch.tensor(label_auc(pred, gt)["mean"], dtype=torch.float64)
