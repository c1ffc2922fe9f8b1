"""Inputs of the human-evaluation tests: two systems' slava-eval outputs on three real radiographs."""

from __future__ import annotations

import json
from pathlib import Path

IMAGES = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "cxr_images"
CASES = {
    "CXR3": ("Heart size normal. Lungs clear.", "iu_xray_CXR3_IM-1384-1001.png"),
    "00000001_000": ("Cardiomegaly. No pleural effusion.", "nih_00000001_000.png"),
    "00027426_000": ("Small left pleural effusion.", "nih_00027426_000.png"),
}
#: Distinctive names, so that a leak into anything the page receives is found by a search.
SYSTEMS = ("SystemZebra", "SystemQuokka")


def write_eval_dir(folder: Path, suffix: str, cases: dict[str, tuple[str, str]] = CASES) -> Path:
    """A slava-eval --output-dir with generation.jsonl and generation.references.jsonl."""
    folder.mkdir(parents=True)
    with (folder / "generation.jsonl").open("w") as fh:
        for case, (text, image) in cases.items():
            record = {"question_id": case, "prompt": "<image>\nWrite the findings.",
                      "text": f"{text} {suffix}", "answer_id": "x", "model_id": folder.name,
                      "metadata": {"images": [image], "task": "generate"}}  # fmt: skip
            fh.write(json.dumps(record) + "\n")
    with (folder / "generation.references.jsonl").open("w") as fh:
        for case, (text, _) in cases.items():
            fh.write(json.dumps({"question_id": case, "text": text}) + "\n")
    return folder


CRITERIA = ("correctness", "completeness", "coherence")


def intended_scores(rater: str, system: str, case: str) -> dict[str, int]:
    """The scores a scripted rater gives: the first system is better, raters differ a little."""
    base = {SYSTEMS[0]: 4, SYSTEMS[1]: 2}.get(system, 3)
    case_shift = sorted(CASES).index(case) % 2  # 0 or 1
    rater_shift = {"alice": 0, "bob": 1}.get(rater, 0)
    return {
        "correctness": base + case_shift,
        "completeness": base - rater_shift * case_shift,
        "coherence": min(5, base + rater_shift),
    }


def expected_agreement(key: dict[str, dict[str, str]], raters=("alice", "bob")) -> dict:
    """Kappa and alpha per criterion of :func:`intended_scores`, from the definitions."""
    from .reference_stats import alpha, kappa_quadratic

    items = sorted(key)
    out = {}
    for c in CRITERIA:
        given = {r: [intended_scores(r, key[i]["system"], key[i]["case"])[c] for i in items]
                 for r in raters}  # fmt: skip
        out[c] = {
            "kappa": kappa_quadratic(given[raters[0]], given[raters[1]], range(6)),
            "alpha": alpha([[given[r][k] for r in raters] for k in range(len(items))], range(6)),
        }
    return out
