"""Score a folder of generated reports against reference reports with the metrics API (no model).

Layout: one ``<study>.txt`` per study in a predictions folder and the same names in a references
folder. Studies are paired by file name; a study missing on either side is an error. The scores
come from :func:`slava_lightning.evaluation.metrics.suite.score_reports` (lexical metrics by
default: COCO BLEU-1..4, CXR BLEU-2, ROUGE-L in both conventions and METEOR, whose WordNet ships
with the package).

Run::

    python examples/score_folder.py PREDICTIONS_DIR REFERENCES_DIR [--metrics bleu rougeL_coco]
    python examples/score_folder.py --demo OUT_DIR   # writes a small phantom folder pair first

It prints the corpus value of each metric.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from slava_lightning.data.phantoms import KINDS, make_phantom
from slava_lightning.evaluation.metrics.suite import SuiteResult, score_reports

#: Metrics that need no model or data download.
DEFAULT_METRICS = ("bleu", "bleu2_cxr", "rougeL_coco", "rougeL", "meteor")


def read_folder(folder: str | Path) -> dict[str, str]:
    """``{study: text}`` of the ``*.txt`` files of ``folder`` (sorted by name, text stripped)."""
    root = Path(folder)
    if not root.is_dir():
        raise ValueError(f"report folder {root} does not exist")
    reports = {p.stem: p.read_text(encoding="utf-8").strip() for p in sorted(root.glob("*.txt"))}
    if not reports:
        raise ValueError(f"report folder {root} has no .txt files")
    return reports


def score_folder(
    predictions: str | Path, references: str | Path, metrics: Sequence[str] = DEFAULT_METRICS
) -> SuiteResult:
    """Pair the two folders by study name and score them.

    Raises:
        ValueError: a missing folder, an empty one, or studies present on one side only.
    """
    pred, ref = read_folder(predictions), read_folder(references)
    only_pred, only_ref = sorted(set(pred) - set(ref)), sorted(set(ref) - set(pred))
    if only_pred or only_ref:
        raise ValueError(
            f"studies without a pair: only in {predictions}: {only_pred[:5]}, "
            f"only in {references}: {only_ref[:5]}"
        )
    ids = sorted(pred)
    return score_reports([pred[i] for i in ids], [ref[i] for i in ids], metrics, ids=ids)


def write_demo(out: str | Path, n: int = 12) -> tuple[Path, Path]:
    """Write ``n`` phantom reports as references and a "prediction" per study to ``out``.

    The prediction is the Findings of the phantom drawn with the next seed: sometimes right,
    sometimes wrong, like a weak model.
    """
    root = Path(out)
    pred_dir, ref_dir = root / "predictions", root / "references"
    pred_dir.mkdir(parents=True, exist_ok=True)
    ref_dir.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        (ref_dir / f"study{i:03d}.txt").write_text(make_phantom(kind, seed=i).findings)
        guess = KINDS[(i + i // 3) % len(KINDS)]
        (pred_dir / f"study{i:03d}.txt").write_text(make_phantom(guess, seed=i + 1).findings)
    return pred_dir, ref_dir


def main(argv: Sequence[str] | None = None) -> SuiteResult:
    """Command line; returns the :class:`SuiteResult`."""
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("predictions", nargs="?", help="folder of generated <study>.txt")
    p.add_argument("references", nargs="?", help="folder of reference <study>.txt")
    p.add_argument("--demo", metavar="OUT_DIR", help="write a demo folder pair there and score it")
    p.add_argument("--metrics", nargs="+", default=list(DEFAULT_METRICS))
    args = p.parse_args(argv)
    if args.demo:
        pred_dir, ref_dir = write_demo(args.demo)
    elif args.predictions and args.references:
        pred_dir, ref_dir = Path(args.predictions), Path(args.references)
    else:
        p.error("give PREDICTIONS_DIR REFERENCES_DIR, or --demo OUT_DIR")
    result = score_folder(pred_dir, ref_dir, args.metrics)
    for key, value in result.corpus.items():
        print(f"{key:<14} {value:.4f}")
    for key, reason in result.skipped.items():
        print(f"{key:<14} skipped: {reason}")
    return result


if __name__ == "__main__":
    main()
