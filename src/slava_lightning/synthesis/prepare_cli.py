"""``slava-prepare``: a report archive -> RADEX cases and the stage-1/2 corpora, in ``$SLAVA_DATA``.

Examples::

    # IU-Xray's official archive (Open-i XML) with its PNG folder
    slava-prepare iu-xray --reports NLMCXR_reports.tgz --images NLMCXR_png --out /data/slava

    # the MIMIC-CXR-JPG layout (split and metadata CSVs, files/)
    slava-prepare mimic-cxr --root mimic-cxr-jpg/2.0.0 --reports mimic-cxr-reports --out /data/slava
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from slava_lightning.data.records import Sample
from slava_lightning.synthesis.prepare import OUTPUTS, PrepareOptions, prepare_corpora


def build_parser() -> argparse.ArgumentParser:
    """The ``slava-prepare`` argument parser."""
    p = argparse.ArgumentParser(prog="slava-prepare", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="dataset", required=True, metavar="{iu-xray,mimic-cxr}")
    iu = sub.add_parser("iu-xray", help="Open-i XML reports (NLMCXR_reports.tgz or its folder)")
    iu.add_argument("--reports", required=True, type=Path, help="NLMCXR_reports.tgz or XML folder")
    iu.add_argument("--images", required=True, type=Path, help="folder of <image id>.png files")
    iu.add_argument("--annotation", type=Path, help="R2Gen annotation.json (its splits are kept)")
    mimic = sub.add_parser("mimic-cxr", help="MIMIC-CXR-JPG layout")
    mimic.add_argument("--root", required=True, type=Path, help="the mimic-cxr-jpg/2.0.0 folder")
    mimic.add_argument("--reports", type=Path, help="mimic-cxr-reports root (default: --root)")
    for parser in (iu, mimic):
        parser.add_argument("--out", required=True, type=Path, help="output folder ($SLAVA_DATA)")
        parser.add_argument("--source", default=None, help="source field of the RADEX cases")
        parser.add_argument(
            "--license",
            default="internal use",
            help="license field of the RADEX cases (default: internal use)",
        )
        parser.add_argument(
            "--val-fraction",
            type=float,
            default=0.05,
            help="validation share of studies without a split (default 0.05)",
        )
        parser.add_argument("--max-images", type=int, default=2, help="views kept per study")
        parser.add_argument("--limit", type=int, default=None, help="first N studies only")
        parser.add_argument(
            "--phi-lists", type=Path, help="the site's own PHI deny/allow term lists (YAML or text)"
        )
        parser.add_argument(
            "--no-instructions", action="store_true", help="do not write stage2_instructions.json"
        )
    return p


def _studies(args: argparse.Namespace) -> tuple[list[Sample], Path]:
    if args.dataset == "iu-xray":
        from slava_lightning.data.iu_xray import load_iu_xray

        if not args.images.is_dir():
            raise ValueError(f"--images {str(args.images)!r} is not a folder")
        studies = load_iu_xray(args.reports, args.annotation, args.images, image_layout="nlmcxr")
        return studies, args.images
    from slava_lightning.data.mimic_cxr import load_mimic_cxr

    studies = load_mimic_cxr(args.root, reports=args.reports, frontal_only=False)
    return studies, args.root


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-prepare``; prints the counts as JSON and returns the exit code."""
    args = build_parser().parse_args(argv)
    try:
        options = PrepareOptions(
            source=args.source or args.dataset,
            license=args.license,
            val_fraction=args.val_fraction,
            max_images=args.max_images,
            instructions=not args.no_instructions,
        )
        studies, image_root = _studies(args)
        if args.limit is not None:
            studies = studies[: args.limit]
        if not studies:
            raise ValueError(f"no studies found in the {args.dataset} input")
        deid = None
        if args.phi_lists is not None:
            from slava_lightning.privacy import Deidentifier

            deid = Deidentifier.default(args.phi_lists)
        stats = prepare_corpora(studies, args.out, image_root, options, deid)
    except ValueError as err:
        print(f"slava-prepare: error: {err}", file=sys.stderr)
        return 2
    print(json.dumps(stats.as_dict(), indent=2))
    written = ", ".join(str(args.out / name) for key, name in OUTPUTS.items() if key != "stats")
    print(f"slava-prepare: wrote {written}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
