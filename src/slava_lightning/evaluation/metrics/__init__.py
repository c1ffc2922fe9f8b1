"""CXR report metrics, each tied to a named reference convention (see ``docs/metrics.md``).

Lexical metrics (BLEU, ROUGE-L, METEOR) need no weights; model-based ones (BERTScore, CheXbert,
RadGraph) load only from local paths. RadCliQ combines four of them; CheXpert-label AUC scores
observation labels. :func:`score_reports` runs a whole suite.
"""

from slava_lightning.evaluation.metrics.bleu import (
    CocoBLEU,
    CxrBLEU2,
    coco_bleu,
    coco_bleu_per_report,
    cxr_bleu2,
    cxr_bleu2_per_report,
)
from slava_lightning.evaluation.metrics.bootstrap import ConfidenceInterval, bootstrap_ci
from slava_lightning.evaluation.metrics.labels_auc import OBSERVATIONS, LabelAUC, label_auc
from slava_lightning.evaluation.metrics.meteor import (
    METEOR,
    MeteorResult,
    ensure_wordnet,
    load_wordnet,
)
from slava_lightning.evaluation.metrics.radcliq import radcliq_per_report
from slava_lightning.evaluation.metrics.radgraph import (
    cxr_metric_radgraph,
    load_annotations,
    radgraph_reward,
    radgraph_scores,
)
from slava_lightning.evaluation.metrics.rouge import RougeL, lcs_length, rouge_l, rouge_l_per_report
from slava_lightning.evaluation.metrics.suite import (
    ALL_METRICS,
    LEXICAL_METRICS,
    SuiteConfig,
    SuiteResult,
    score_reports,
)

__all__ = [
    "ALL_METRICS",
    "LEXICAL_METRICS",
    "METEOR",
    "OBSERVATIONS",
    "CocoBLEU",
    "ConfidenceInterval",
    "CxrBLEU2",
    "LabelAUC",
    "MeteorResult",
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
