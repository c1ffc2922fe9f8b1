"""``slava-score``: score a predictions file against a references file.

Example::

    slava-score --predictions preds.jsonl --references refs.csv --metrics lexical -o scores.json

Both files hold ``id`` and ``text`` per record (JSONL or CSV); records are matched by id. The
command prints a table and optionally writes JSON with corpus values, per-report values, intervals
(``--bootstrap N``), provenance of each metric and the metrics skipped with the reason.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from slava_lightning.commandline import option, parse_settings, section, settings_parser
from slava_lightning.evaluation.io import pair_reports, read_reports
from slava_lightning.evaluation.metrics.suite import (
    SuiteResult,
    metric_names,
    result_to_json,
    score_reports,
)
from slava_lightning.evaluation.metrics.tokenize import r2gen_clean
from slava_lightning.evaluation.suite_options import SUITE_GROUP, SuiteSettings, suite_from_args

if TYPE_CHECKING:
    from jsonargparse import ArgumentParser

# metric_names and result_to_json live in the suite and stay importable from here.
__all__ = [
    "ScoreSettings",
    "build_parser",
    "format_table",
    "main",
    "metric_names",
    "result_to_json",
    "score_files",
]


@dataclass(kw_only=True)
class ScoreSettings:
    """The settings of ``slava-score``."""

    predictions: Path = option(help="JSONL or CSV with id, text")
    references: Path = option(help="JSONL or CSV with id, text")
    output: Path | None = option(None, "write scores as JSON here", flags=("-o", "--output"))
    id_field: str = option("id", "the records' id field")
    text_field: str = option("text", "the records' text field")
    clean: Literal["none", "r2gen"] = option("none", "text cleaning before scoring")
    suite: SuiteSettings = section(SuiteSettings, SUITE_GROUP)


_DESCRIPTION = __doc__.split("\n\n")[0]


def build_parser() -> ArgumentParser:
    """The ``slava-score`` argument parser (of :class:`ScoreSettings`)."""
    return settings_parser(ScoreSettings, "slava-score", _DESCRIPTION)


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
    args = parse_settings(ScoreSettings, argv, "slava-score", _DESCRIPTION)
    return score_files(args)


def score_files(args: ScoreSettings) -> int:
    """Score, print the table and write the JSON of ``args``; returns the exit status."""
    try:
        suite = suite_from_args(args.suite)
        pairs = pair_reports(
            read_reports(args.predictions, args.id_field, args.text_field),
            read_reports(args.references, args.id_field, args.text_field),
            names=(f"predictions {args.predictions}", f"references {args.references}"),
        )
        preds, refs = pairs.predictions, pairs.references
        if args.clean == "r2gen":
            preds, refs = [r2gen_clean(t) for t in preds], [r2gen_clean(t) for t in refs]
        result = score_reports(preds, refs, suite.metrics, suite.config, ids=pairs.ids)
        result.skipped = {**suite.skipped, **result.skipped}
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
