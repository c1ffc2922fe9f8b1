"""``slava-table`` on scores files written by ``slava-score`` and ``slava-eval``."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from slava_lightning.evaluation import score
from slava_lightning.evaluation.tables import COLUMNS, collect_runs, format_latex, main

REFS = ["heart size normal. lungs are clear.", "small left pleural effusion.",
        "no acute cardiopulmonary disease.", "mild cardiomegaly without edema."]  # fmt: skip
GOOD = ["heart size is normal. lungs clear.", "left pleural effusion, small.",
        "no acute cardiopulmonary process.", "cardiomegaly, mild. no edema."]  # fmt: skip
POOR = ["lungs.", "effusion maybe.", "disease.", "heart."]


def _write(path: Path, texts: list[str]) -> Path:
    path.write_text("".join(json.dumps({"id": f"s{i}", "text": t}) + "\n"
                            for i, t in enumerate(texts)))  # fmt: skip
    return path


@pytest.fixture(scope="module")
def score_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """slava-score -o files of a good and a poor system (ROUGE-L, BLEU-2, with intervals)."""
    root = tmp_path_factory.mktemp("scores")
    refs = _write(root / "refs.jsonl", REFS)
    out = {}
    for name, texts in (("good", GOOD), ("poor", POOR)):
        preds = _write(root / f"{name}.jsonl", texts)
        out[name] = root / f"{name}.scores.json"
        args = ["--predictions", str(preds), "--references", str(refs), "--metrics",
                "rougeL_coco", "bleu2_cxr", "--bootstrap", "50", "-o", str(out[name])]  # fmt: skip
        with contextlib.redirect_stdout(io.StringIO()):
            assert score.main(args) == 0
    return out


def _corpus(path: Path) -> dict[str, float]:
    return json.loads(path.read_text())["corpus"]


def test_markdown_table_from_slava_score_files(score_files, tmp_path: Path, capsys):
    out = tmp_path / "table.md"
    args = ["--run", f"Good_sys:iu-xray:generation={score_files['good']}",
            "--run", f"Poor:iu-xray:generation={score_files['poor']}",
            "--run", f"Good_sys:mimic:generation={score_files['poor']}",
            "--bold-best", "-o", str(out)]  # fmt: skip
    assert main(args) == 0
    lines = out.read_text().splitlines()
    header = lines[2].split(" | ")
    assert header[1] == "MIMIC-CXR R-L↑" and header[8] == "IU-Xray R-L↑" and header[-1] == "RC↓ |"
    rows = {ln.split(" | ")[0].lstrip("| "): ln.strip("|").split(" | ") for ln in lines[4:]}
    assert list(rows) == ["Good_sys", "Poor"]  # one row per name, first-seen order
    good, poor = _corpus(score_files["good"]), _corpus(score_files["poor"])
    ci = json.loads(score_files["good"].read_text())["ci"]["rougeL_coco"]
    assert good["rougeL_coco"] > poor["rougeL_coco"]
    iu_rl = rows["Good_sys"][8].strip()
    assert iu_rl == (f"**{100 * good['rougeL_coco']:.2f}** "
                     f"[{100 * ci['low']:.2f}, {100 * ci['high']:.2f}]")  # fmt: skip
    assert rows["Poor"][8].startswith(f"{100 * poor['rougeL_coco']:.2f} [")
    assert rows["Good_sys"][1].startswith(f"{100 * poor['rougeL_coco']:.2f} [")  # MIMIC group
    assert rows["Poor"][1].strip() == "-"  # no MIMIC run for Poor
    assert rows["Good_sys"][9].strip() == "-"  # METEOR not computed
    assert "Brackets: 95% paired bootstrap interval (50 resamples)" in lines[0]
    err = capsys.readouterr().err
    assert "Poor, iu-xray generation: M (meteor) missing: not computed" in err


def test_latex_table(score_files):
    table = collect_runs([f"LLaVA_phi:iu-xray:summarization={score_files['good']}"])
    text = format_latex(table, "summarization", params={"LLaVA_phi": "2.7B"})
    assert "\\multicolumn{7}{c}{MIMIC-CXR} & \\multicolumn{7}{c}{IU-Xray}" in text
    assert "\\cmidrule(lr){3-9} \\cmidrule(lr){10-16}" in text
    (row,) = [ln for ln in text.splitlines() if ln.startswith("LLaVA\\_phi")]
    cells = row.removesuffix(" \\\\").split(" & ")
    assert len(cells) == 2 + 14 and cells[1] == "2.7B" and cells[2] == "-"
    assert cells[9].startswith(
        f"{100 * _corpus(score_files['good'])['rougeL_coco']:.2f} {{\\scriptsize ["
    )
    assert "report summarization performance" in text and "95\\%" in text


def test_slava_eval_scores_file(tmp_path: Path, capsys):
    from slava_lightning.evaluation.evaluate import main as evaluate

    out = tmp_path / "eval"
    args = ["--preset", "tiny", "--dataset", "phantoms", "--phantoms-n", "20",
            "--phantoms-dir", str(tmp_path / "ph"), "--output-dir", str(out),
            "--max-new-tokens", "4", "--batch-size", "2", "--no-wandb",
            "--metrics", "rougeL_coco", "bleu2_cxr"]  # fmt: skip
    assert evaluate(args) == 0
    capsys.readouterr()
    scores = out / "scores.json"
    assert main(["--run", f"tiny={scores}"]) == 2  # dataset 'phantoms' is no column group
    assert "dataset 'phantoms' is not a table column group" in capsys.readouterr().err
    assert main(["--run", f"tiny:iu-xray={scores}", "--no-ci"]) == 0
    text = capsys.readouterr().out
    data = json.loads(scores.read_text())
    for task in ("generation", "summarization"):
        assert f"report {task} performance" in text
        rl = data["tasks"][task]["corpus"]["rougeL_coco"]
        assert f"| tiny | - | - | - | - | - | - | - | {100 * rl:.2f} | - |" in text


def test_lower_radcliq_is_best(tmp_path: Path, capsys):
    for name, rc in (("a", 1.8), ("b", 2.4)):
        (tmp_path / f"{name}.json").write_text(json.dumps(
            {"n_reports": 2, "corpus": {"radcliq_v1": rc}, "ci": {}, "skipped": {}}))  # fmt: skip
    runs = [f"{n}:mimic-cxr:generation={tmp_path / n}.json" for n in "ab"]
    assert main([x for r in runs for x in ("--run", r)] + ["--bold-best"]) == 0
    text = capsys.readouterr().out
    assert "| a | - | - | - | - | - | - | **1.80** |" in text
    assert "| b | - | - | - | - | - | - | 2.40 |" in text


@pytest.mark.parametrize(
    ("run", "message"),
    [
        ("x={good}", "slava-score file, which does not record its dataset and task"),
        ("x", "expected NAME=FILE"),
        ("x:a:b:c={good}", "expected NAME=FILE"),
        ("x:iu-xray:generation=missing.json", "cannot read missing.json"),
        ("x:chexpert:generation={good}", "dataset 'chexpert' is not a table column group"),
    ],
)
def test_bad_runs_are_named(score_files, run: str, message: str, capsys):
    assert main(["--run", run.format(good=score_files["good"])]) == 2
    assert message in capsys.readouterr().err


def test_duplicate_cell_and_unknown_file(score_files, tmp_path: Path, capsys):
    spec = f"x:iu-xray:generation={score_files['good']}"
    assert main(["--run", spec, "--run", spec]) == 2
    assert "x / iu-xray / generation is given twice" in capsys.readouterr().err
    (tmp_path / "other.json").write_text('{"hello": 1}')
    assert main(["--run", f"x:iu-xray:generation={tmp_path / 'other.json'}"]) == 2
    assert "neither a slava-eval nor a slava-score scores file" in capsys.readouterr().err


def test_columns_agree_with_slava_eval():
    from slava_lightning.evaluation.evaluate import COLUMNS as EVAL_COLUMNS

    assert [(h, k, p) for h, k, p, _ in COLUMNS] == list(EVAL_COLUMNS[:7])


def test_settings_file_by_field_name(score_files: dict[str, Path], tmp_path: Path) -> None:
    import yaml

    from slava_lightning.commandline import parse_settings
    from slava_lightning.evaluation.tables import TableSettings

    runs = [f"Good:iu-xray:generation={score_files['good']}",
            f"Poor:iu-xray:generation={score_files['poor']}"]  # fmt: skip
    path = tmp_path / "table.yaml"
    path.write_text(yaml.safe_dump({"run": runs, "params": ["Good=2.7B"], "datasets": ["iu"],
                                    "format": "latex", "no_ci": True}))  # fmt: skip
    s = parse_settings(TableSettings, ["--settings", str(path), "-o", str(tmp_path / "t.tex")])
    assert (s.run, s.params, s.datasets, s.format) == (runs, ["Good=2.7B"], ["iu"], "latex")
    with contextlib.redirect_stderr(io.StringIO()):
        assert main(["--settings", str(path), "-o", str(tmp_path / "t.tex")]) == 0
    text = (tmp_path / "t.tex").read_text()
    assert "Good & 2.7B &" in text and "Poor & - &" in text and "[" not in text.split("midrule")[1]
    # flags after the file add runs (--run repeats); one run may be a plain string
    path.write_text(yaml.safe_dump({"run": runs[:1]}))
    s = parse_settings(TableSettings, ["--settings", str(path), "--run", runs[1]])
    assert s.run == runs
    path.write_text(yaml.safe_dump({"run": runs[0]}))
    assert parse_settings(TableSettings, ["--settings", str(path)]).run == runs[:1]


@pytest.mark.parametrize(
    ("settings", "message"),
    [({"run": ["a=b.json"], "format": "html"}, "format"), ({"run": [1]}, "run")],
)
def test_bad_settings_value_exits_2_naming_the_option(
    settings: dict, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "table.yaml"
    path.write_text(json.dumps(settings))
    with pytest.raises(SystemExit) as stop:
        main(["--settings", str(path)])
    assert stop.value.code == 2 and message in capsys.readouterr().err
