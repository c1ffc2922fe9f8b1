"""``slava-score`` vs the reference packages run as a script, as whole processes (one run).

Both sides score the same >= 2,000 real IU-Xray report pairs (R2Gen-cleaned findings of study
``7i + 1`` against study ``i``) from the same JSONL files, and each is one fresh Python process:

* ours: ``slava-score --metrics lexical -o scores.json`` (BLEU-1..4 coco, BLEU-2 CXR-Report-Metric,
  ROUGE-L coco and rouge-score, METEOR NLTK backend, CIDEr-D);
* reference: a script using pycocoevalcap ``Bleu``, ``Rouge`` and ``Cider``, NLTK ``sentence_bleu``
  (method 1), rouge-score ``RougeScorer(["rougeL"])`` and NLTK ``meteor_score`` with NLTK's reader
  over the same WordNet 3.0 folder (the one the package ships). It imports nothing of ours.

Each process's wall time and peak RSS (``os.wait4``) are printed, with the reference/ours ratio;
every per-report value must agree within 1e-9. Runs alternate between the sides and the best of
``--repeats`` is kept per side, since other work on a shared machine only adds time.

    python benchmarks/bench_lexical_metrics.py [--pairs 2120] [--repeats 3]
    python benchmarks/bench_lexical_metrics.py --reference-only PRED REF OUT   # the reference side
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANNOTATION = ROOT.parent / "shared/data/iu_xray/r2gen_annotation.dev.json"
NLTK_DATA = ROOT / "src/slava_lightning/assets/nltk_data"
METRICS = (
    "bleu1",
    "bleu2",
    "bleu3",
    "bleu4",
    "bleu2_cxr",
    "rougeL_coco",
    "rougeL",
    "meteor",
    "cider",
)
CORPUS_LEVEL = (
    "bleu1",
    "bleu2",
    "bleu3",
    "bleu4",
)  # corpus BLEU is not a mean of per-report values


def write_pairs(n: int, annotation: Path, folder: Path) -> tuple[Path, Path]:
    """``n`` cleaned pairs as ``preds.jsonl`` / ``refs.jsonl``: study (7i + 1) against study i."""
    from slava_lightning.evaluation.metrics.tokenize import r2gen_clean

    data = json.loads(annotation.read_text())
    rows = [r for s in ("train", "val") for r in data[s] if r["report"].strip()]
    preds, refs = folder / "preds.jsonl", folder / "refs.jsonl"
    with open(preds, "w") as fp, open(refs, "w") as fr:
        for i in range(n):
            key = f"{i}:{rows[i % len(rows)]['id']}"
            fr.write(json.dumps({"id": key, "text": r2gen_clean(rows[i % len(rows)]["report"])}))
            fp.write(
                json.dumps(
                    {"id": key, "text": r2gen_clean(rows[(7 * i + 1) % len(rows)]["report"])}
                )
            )
            fr.write("\n")
            fp.write("\n")
    return preds, refs


def reference_only(pred_path: str, ref_path: str, out_path: str) -> None:
    """The reference side: the packages as a user would call them on the two files."""
    import warnings

    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader
    from nltk.translate.bleu_score import SmoothingFunction, sentence_bleu
    from nltk.translate.meteor_score import meteor_score
    from pycocoevalcap.bleu.bleu import Bleu
    from pycocoevalcap.cider.cider import Cider
    from pycocoevalcap.rouge.rouge import Rouge
    from rouge_score import rouge_scorer

    nltk.data.path.insert(0, str(NLTK_DATA))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wordnet = WordNetCorpusReader(str(NLTK_DATA / "corpora/wordnet"), None)
    with open(pred_path) as f:
        preds = {r["id"]: r["text"] for r in map(json.loads, f)}
    with open(ref_path) as f:
        refs = {r["id"]: r["text"] for r in map(json.loads, f)}
    ids = list(refs)
    gts, res = {k: [refs[k]] for k in ids}, {k: [preds[k]] for k in ids}
    bleu, bleu_per = Bleu(4).compute_score(gts, res, verbose=0)
    cider, cider_per = Cider().compute_score(gts, res)

    def tokens(text: str) -> list[str]:  # CXR-Report-Metric's BLEU tokenizer
        return [t for t in text.lower().replace(".", " .").split(" ") if t]

    smooth = SmoothingFunction().method1
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    per = {
        "bleu2_cxr": [
            sentence_bleu([tokens(refs[k])], tokens(preds[k]), (0.5, 0.5), smooth) for k in ids
        ],
        "rougeL_coco": Rouge().compute_score(gts, res)[1].tolist(),
        "rougeL": [scorer.score(refs[k], preds[k])["rougeL"].fmeasure for k in ids],
        "meteor": [meteor_score([refs[k].split()], preds[k].split(), wordnet=wordnet) for k in ids],
        "cider": [float(x) for x in cider_per],
    }
    per.update({f"bleu{i + 1}": list(bleu_per[i]) for i in range(4)})
    corpus = {f"bleu{i + 1}": bleu[i] for i in range(4)} | {"cider": float(cider)}
    Path(out_path).write_text(json.dumps({"ids": ids, "per_report": per, "corpus": corpus}))


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process; raises if it fails."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return wall, usage.ru_maxrss / 1024  # Linux reports KiB


def compare(ours_path: Path, ref_path: Path) -> float:
    """Largest |difference| over every per-report value and the corpus BLEU / CIDEr-D values."""
    ours, ref = json.loads(ours_path.read_text()), json.loads(ref_path.read_text())
    worst = 0.0
    for key in METRICS:
        a = [ours["per_report"][k][key] for k in ref["ids"]]
        worst = max([worst, *(abs(x - y) for x, y in zip(a, ref["per_report"][key], strict=True))])
    for key in (*CORPUS_LEVEL, "cider"):
        worst = max(worst, abs(ours["corpus"][key] - ref["corpus"][key]))
    return worst


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=int, default=2120)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--annotation", type=Path, default=ANNOTATION)
    ap.add_argument("--reference-only", nargs=3, metavar=("PRED", "REF", "OUT"))
    args = ap.parse_args()
    if args.reference_only:
        reference_only(*args.reference_only)
        return
    slava_score = shutil.which("slava-score")
    ours_cmd = (
        [slava_score] if slava_score else [sys.executable, "-m", "slava_lightning.evaluation.score"]
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        preds, refs = write_pairs(args.pairs, args.annotation, folder)
        ours_out, ref_out = folder / "ours.json", folder / "ref.json"
        ours = ours_cmd + ["--predictions", str(preds), "--references", str(refs)]
        ours += ["--metrics", "lexical", "-o", str(ours_out)]
        ref = [sys.executable, __file__, "--reference-only", str(preds), str(refs), str(ref_out)]
        times: dict[str, list[tuple[float, float]]] = {"ours": [], "reference": []}
        for i in range(args.repeats):
            order = (
                (("ours", ours), ("reference", ref))
                if i % 2 == 0
                else (("reference", ref), ("ours", ours))
            )
            for name, cmd in order:
                times[name].append(run(cmd))
                print(
                    f"run {i + 1} {name:<9}: {times[name][-1][0]:6.2f} s, peak RSS {times[name][-1][1]:5.0f} MB"
                )
        worst = compare(ours_out, ref_out)
    t_ours, t_ref = min(t for t, _ in times["ours"]), min(t for t, _ in times["reference"])
    rss_ours, rss_ref = max(m for _, m in times["ours"]), max(m for _, m in times["reference"])
    print(f"{args.pairs} IU-Xray report pairs, metrics: {', '.join(METRICS)}")
    print(
        f"slava-score : {t_ours:6.2f} s, peak RSS {rss_ours:5.0f} MB (best time, largest RSS of {args.repeats})"
    )
    print(
        f"reference   : {t_ref:6.2f} s, peak RSS {rss_ref:5.0f} MB (best time, largest RSS of {args.repeats})"
    )
    print(f"ratio (reference / slava-score): {t_ref / t_ours:.1f}x; max |difference| {worst:.1e}")
    if worst > 1e-9:
        raise SystemExit(f"values differ from the reference packages by {worst:.3e} (> 1e-9)")


if __name__ == "__main__":
    main()
