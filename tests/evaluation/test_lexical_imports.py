"""The lexical scoring path stays light: no torch, torchvision, transformers, Lightning, NLTK."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("torch", "torchvision", "torchmetrics", "transformers", "lightning", "pytorch_lightning")
# NLTK itself imports scikit-learn, SciPy and pandas: the lexical path needs none of them
AVOIDED = (*HEAVY, "nltk", "sklearn", "scipy", "pandas")

_SCRIPT = """
import json, sys
from slava_lightning.evaluation.score import main
status = main(sys.argv[1:])
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def _run(args: list[str]) -> dict:
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *args], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in names]


def test_lexical_scoring_imports_no_heavy_package(tmp_path):
    pred, ref = tmp_path / "p.jsonl", tmp_path / "r.jsonl"
    pred.write_text(json.dumps({"id": "a", "text": "small left effusions ."}) + "\n")
    ref.write_text(json.dumps({"id": "a", "text": "a small effusion on the left ."}) + "\n")
    out = _run(["--predictions", str(pred), "--references", str(ref), "--bootstrap", "20"])
    assert out["status"] == 0
    assert "slava_lightning.evaluation.metrics.meteor" in out["modules"]  # METEOR did run
    assert "slava_lightning.evaluation.metrics.cider" in out["modules"]
    assert _loaded(out["modules"], AVOIDED) == []


def test_help_imports_no_heavy_package():
    src = str(Path(__file__).resolve().parents[2] / "src")
    code = (
        "import sys\nfrom slava_lightning.evaluation import chexpert_cli, score\n"
        "for m in (score, chexpert_cli):\n"
        "    try:\n        m.main(['--help'])\n    except SystemExit:\n        pass\n"
        "print(' '.join(sorted(sys.modules)))"
    )
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    modules = done.stdout.strip().splitlines()[-1].split()
    assert "usage: slava-score" in done.stdout and "usage: slava-label" in done.stdout
    assert _loaded(modules, AVOIDED) == []
