"""``slava-label``: label reports with the offline CheXpert labeler.

Same layout as the original labeler: ``slava-label sample_reports.csv -o labeled.csv`` reads one
report per row (no header) and writes ``Reports`` plus the 14 observation columns.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from slava_lightning.commandline import option, parse_settings, settings_parser
from slava_lightning.evaluation.chexpert import CheXpertLabeler, read_reports, write_labels

if TYPE_CHECKING:
    from jsonargparse import ArgumentParser

__all__ = ["LabelSettings", "build_parser", "label_reports", "main"]


@dataclass(kw_only=True)
class LabelSettings:
    """The settings of ``slava-label``."""

    reports: Path = option(help="CSV file, one report per row, no header", positional=True)
    output: Path = option(Path("labeled_reports.csv"), "output CSV", flags=("-o", "--output"))
    phrases_dir: Path | None = option(
        None, "folder with mention/ and unmention/ phrase lists (default: the original lists)"
    )
    verbose: bool = option(False, "print progress and timing", flags=("-v", "--verbose"))


_DESCRIPTION = "Label radiology reports with the 14 CheXpert observations (offline rules)."


def build_parser() -> ArgumentParser:
    """The command-line parser of ``slava-label`` (of :class:`LabelSettings`)."""
    return settings_parser(LabelSettings, "slava-label", _DESCRIPTION)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-label``; returns the exit status (2 on a bad input file)."""
    return label_reports(parse_settings(LabelSettings, argv, "slava-label", _DESCRIPTION))


def label_reports(settings: LabelSettings) -> int:
    """Label the reports of ``settings`` and write the CSV; returns the exit status."""
    try:
        reports = read_reports(settings.reports)
        labeler = CheXpertLabeler(settings.phrases_dir)
    except ValueError as error:
        print(f"slava-label: error: {error}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    labels = labeler(reports)
    write_labels(settings.output, reports, labels)
    if settings.verbose:
        elapsed = time.perf_counter() - started
        print(f"labelled {len(reports)} reports in {elapsed:.2f} s -> {settings.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
