"""``slava-label``: label reports with the offline CheXpert labeler.

Same layout as the original labeler: ``slava-label sample_reports.csv -o labeled.csv`` reads one
report per row (no header) and writes ``Reports`` plus the 14 observation columns.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from slava_lightning.evaluation.chexpert import CheXpertLabeler, read_reports, write_labels


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser of ``slava-label``."""
    parser = argparse.ArgumentParser(
        prog="slava-label",
        description="Label radiology reports with the 14 CheXpert observations (offline rules).",
    )
    parser.add_argument("reports", help="CSV file, one report per row, no header")
    parser.add_argument(
        "-o", "--output", default="labeled_reports.csv", help="output CSV (default: %(default)s)"
    )
    parser.add_argument(
        "--phrases-dir",
        default=None,
        help="folder with mention/ and unmention/ phrase lists (default: the original lists)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print progress and timing")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-label``; returns the exit status (2 on a bad input file)."""
    args = build_parser().parse_args(argv)
    try:
        reports = read_reports(args.reports)
        labeler = CheXpertLabeler(args.phrases_dir)
    except ValueError as error:
        print(f"slava-label: error: {error}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    labels = labeler(reports)
    write_labels(args.output, reports, labels)
    if args.verbose:
        elapsed = time.perf_counter() - started
        print(f"labelled {len(reports)} reports in {elapsed:.2f} s -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
