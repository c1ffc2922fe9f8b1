"""``slava-prepare``: a report archive -> RADEX cases and the stage-1/2 corpora, in ``$SLAVA_DATA``.

Examples::

    # IU-Xray's official archive (Open-i XML) with its PNG folder
    slava-prepare iu-xray --reports NLMCXR_reports.tgz --images NLMCXR_png --out /data/slava

    # the MIMIC-CXR-JPG layout (split and metadata CSVs, files/)
    slava-prepare mimic-cxr --root mimic-cxr-jpg/2.0.0 --reports mimic-cxr-reports --out /data/slava
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from slava_lightning.commandline import command_parser, option, parse_command, section
from slava_lightning.data.records import Sample
from slava_lightning.synthesis.prepare import OUTPUTS, PrepareOptions, prepare_corpora

if TYPE_CHECKING:
    from jsonargparse import ArgumentParser

__all__ = [
    "CorpusSettings",
    "IuXraySettings",
    "MimicCxrSettings",
    "build_parser",
    "main",
    "prepare",
]


@dataclass(kw_only=True)
class CorpusSettings:
    """Where the corpora go and how studies become them (both datasets)."""

    out: Path = option(help="output folder ($SLAVA_DATA)")
    source: str | None = option(None, "source field of the RADEX cases")
    license: str = option(
        "internal use", "license field of the RADEX cases (default: internal use)"
    )
    val_fraction: float = option(0.05, "validation share of studies without a split (default 0.05)")
    max_images: int = option(2, "views kept per study")
    limit: int | None = option(None, "first N studies only")
    phi_lists: Path | None = option(None, "the site's own PHI deny/allow term lists (YAML or text)")
    no_instructions: bool = option(False, "do not write stage2_instructions.json")


@dataclass(kw_only=True)
class IuXraySettings:
    """``slava-prepare iu-xray``: the Open-i XML reports and their PNG folder."""

    dataset: ClassVar[str] = "iu-xray"
    reports: Path = option(help="NLMCXR_reports.tgz or XML folder")
    images: Path = option(help="folder of <image id>.png files")
    annotation: Path | None = option(None, "R2Gen annotation.json (its splits are kept)")
    corpus: CorpusSettings = section(CorpusSettings)


@dataclass(kw_only=True)
class MimicCxrSettings:
    """``slava-prepare mimic-cxr``: the MIMIC-CXR-JPG folder and its reports."""

    dataset: ClassVar[str] = "mimic-cxr"
    root: Path = option(help="the mimic-cxr-jpg/2.0.0 folder")
    reports: Path | None = option(None, "mimic-cxr-reports root (default: --root)")
    corpus: CorpusSettings = section(CorpusSettings)


DATASETS: dict[str, type] = {"iu-xray": IuXraySettings, "mimic-cxr": MimicCxrSettings}
HELP = {
    "iu-xray": "Open-i XML reports (NLMCXR_reports.tgz or its folder)",
    "mimic-cxr": "MIMIC-CXR-JPG layout",
}
DESCRIPTION = (__doc__ or "").split("\n")[0]


def build_parser() -> ArgumentParser:
    """The ``slava-prepare`` argument parser."""
    return command_parser(DATASETS, "slava-prepare", DESCRIPTION, help=HELP)


def _studies(settings: IuXraySettings | MimicCxrSettings) -> tuple[list[Sample], Path]:
    if isinstance(settings, IuXraySettings):
        from slava_lightning.data.iu_xray import load_iu_xray

        if not settings.images.is_dir():
            raise ValueError(f"--images {str(settings.images)!r} is not a folder")
        studies = load_iu_xray(
            settings.reports, settings.annotation, settings.images, image_layout="nlmcxr"
        )
        return studies, settings.images
    from slava_lightning.data.mimic_cxr import load_mimic_cxr

    studies = load_mimic_cxr(settings.root, reports=settings.reports, frontal_only=False)
    return studies, settings.root


def prepare(settings: IuXraySettings | MimicCxrSettings) -> int:
    """Run ``slava-prepare`` on parsed settings; prints the counts as JSON, returns the exit code."""
    corpus = settings.corpus
    try:
        options = PrepareOptions(
            source=corpus.source or settings.dataset,
            license=corpus.license,
            val_fraction=corpus.val_fraction,
            max_images=corpus.max_images,
            instructions=not corpus.no_instructions,
        )
        studies, image_root = _studies(settings)
        if corpus.limit is not None:
            studies = studies[: corpus.limit]
        if not studies:
            raise ValueError(f"no studies found in the {settings.dataset} input")
        deid = None
        if corpus.phi_lists is not None:
            from slava_lightning.privacy import Deidentifier

            deid = Deidentifier.default(corpus.phi_lists)
        stats = prepare_corpora(studies, corpus.out, image_root, options, deid)
    except ValueError as err:
        print(f"slava-prepare: error: {err}", file=sys.stderr)
        return 2
    print(json.dumps(stats.as_dict(), indent=2))
    written = ", ".join(str(corpus.out / name) for key, name in OUTPUTS.items() if key != "stats")
    print(f"slava-prepare: wrote {written}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-prepare``; prints the counts as JSON and returns the exit code."""
    _, settings = parse_command(DATASETS, argv, "slava-prepare", DESCRIPTION, help=HELP)
    return prepare(settings)


if __name__ == "__main__":
    raise SystemExit(main())
