"""CXR report metrics, each tied to a named reference convention (see ``docs/metrics.md``).

Lexical metrics (BLEU, ROUGE-L, METEOR, CIDEr-D) need no weights; model-based ones (BERTScore,
CheXbert, RadGraph) load only from local paths. RadCliQ combines four of them; CheXpert-label AUC
scores observation labels. :func:`score_reports` runs a whole suite.

Names resolve lazily (PEP 562): the lexical functions import neither torch nor torchmetrics,
while the torchmetrics wrappers (:mod:`.streaming`) and the model-based metrics load torch
only when they are first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from slava_lightning._lazy import lazy_exports

if TYPE_CHECKING:
    from slava_lightning.evaluation.metrics.bleu import (
        coco_bleu,
        coco_bleu_per_report,
        cxr_bleu2,
        cxr_bleu2_per_report,
    )
    from slava_lightning.evaluation.metrics.bootstrap import ConfidenceInterval, bootstrap_ci
    from slava_lightning.evaluation.metrics.cider import cider_d, cider_d_per_report
    from slava_lightning.evaluation.metrics.labels_auc import OBSERVATIONS, label_auc
    from slava_lightning.evaluation.metrics.meteor import MeteorResult, ensure_wordnet, load_wordnet
    from slava_lightning.evaluation.metrics.radcliq import radcliq_per_report
    from slava_lightning.evaluation.metrics.radgraph import (
        cxr_metric_radgraph,
        load_annotations,
        radgraph_reward,
        radgraph_scores,
    )
    from slava_lightning.evaluation.metrics.rouge import lcs_length, rouge_l, rouge_l_per_report
    from slava_lightning.evaluation.metrics.streaming import (
        METEOR,
        CocoBLEU,
        CxrBLEU2,
        LabelAUC,
        RougeL,
    )
    from slava_lightning.evaluation.metrics.suite import (
        ALL_METRICS,
        LEXICAL_METRICS,
        SuiteConfig,
        SuiteResult,
        score_reports,
    )

_MODULE_OF = {
    "cider_d": "cider",
    "cider_d_per_report": "cider",
    "coco_bleu": "bleu",
    "coco_bleu_per_report": "bleu",
    "cxr_bleu2": "bleu",
    "cxr_bleu2_per_report": "bleu",
    "ConfidenceInterval": "bootstrap",
    "bootstrap_ci": "bootstrap",
    "OBSERVATIONS": "labels_auc",
    "label_auc": "labels_auc",
    "MeteorResult": "meteor",
    "ensure_wordnet": "meteor",
    "load_wordnet": "meteor",
    "radcliq_per_report": "radcliq",
    "cxr_metric_radgraph": "radgraph",
    "load_annotations": "radgraph",
    "radgraph_reward": "radgraph",
    "radgraph_scores": "radgraph",
    "lcs_length": "rouge",
    "rouge_l": "rouge",
    "rouge_l_per_report": "rouge",
    "METEOR": "streaming",
    "CocoBLEU": "streaming",
    "CxrBLEU2": "streaming",
    "LabelAUC": "streaming",
    "RougeL": "streaming",
    "ALL_METRICS": "suite",
    "LEXICAL_METRICS": "suite",
    "SuiteConfig": "suite",
    "SuiteResult": "suite",
    "score_reports": "suite",
}

__all__ = [
    "cider_d",
    "cider_d_per_report",
    "ALL_METRICS",
    "CocoBLEU",
    "ConfidenceInterval",
    "CxrBLEU2",
    "LEXICAL_METRICS",
    "LabelAUC",
    "METEOR",
    "MeteorResult",
    "OBSERVATIONS",
    "RougeL",
    "SuiteConfig",
    "SuiteResult",
    "bootstrap_ci",
    "coco_bleu",
    "coco_bleu_per_report",
    "cxr_bleu2",
    "cxr_bleu2_per_report",
    "cxr_metric_radgraph",
    "ensure_wordnet",
    "label_auc",
    "lcs_length",
    "load_annotations",
    "load_wordnet",
    "radcliq_per_report",
    "radgraph_reward",
    "radgraph_scores",
    "rouge_l",
    "rouge_l_per_report",
    "score_reports",
]


__getattr__, __dir__ = lazy_exports(__name__, {k: f".{v}" for k, v in _MODULE_OF.items()})
