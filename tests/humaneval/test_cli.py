"""``slava-humaneval`` end to end (build, analyse) and its refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slava_lightning.commandline import parse_command
from slava_lightning.humaneval.answers import AnswerLog
from slava_lightning.humaneval.cli import ALIASES, COMMANDS, AnalyseStudySettings, main
from slava_lightning.humaneval.study import load_key, load_study

from .helpers import IMAGES, SYSTEMS, intended_scores


def test_build_then_analyse(tmp_path: Path, systems: dict[str, Path], capsys):
    args = ["build", "--out", str(tmp_path / "study"), "--raters", "alice,bob",
            "--images", str(IMAGES), "--seed", "0"]  # fmt: skip
    for name, path in systems.items():
        args += ["--system", f"{name}={path}"]
    assert main(args) == 0
    assert "6 items, 3 images" in capsys.readouterr().out
    study = load_study(tmp_path / "study")
    _, key = load_key(tmp_path / "study", study)
    log = AnswerLog(study)
    for item in study.order["alice"][:4]:
        scores = intended_scores("alice", key[item]["system"], key[item]["case"])
        log.append({"rater": "alice", "item": item, "scores": scores})
    out = tmp_path / "analysis"
    assert main(["analyse", str(tmp_path / "study"), "--out", str(out), "--bootstrap", "50"]) == 0
    captured = capsys.readouterr()
    assert "alice: 4 of 6 items answered, 2 missing" in captured.err
    assert "bob: 0 of 6 items answered" in captured.err
    assert f"| {SYSTEMS[0]} |" in captured.out
    summary = json.loads((out / "summary.json").read_text())
    assert summary["agreement"]["coherence"]["cohen_kappa_quadratic"]["alice/bob"]["kappa"] is None
    assert main(["analyse", str(tmp_path / "study"), "--out", str(out), "--require-complete"]) == 2
    assert "answers are incomplete" in capsys.readouterr().err


def test_refusals(tmp_path: Path, systems: dict[str, Path], capsys):
    assert main(["serve", str(tmp_path), "--host", "0.0.0.0"]) == 2
    assert "--allow-remote" in capsys.readouterr().err
    assert main(["serve", str(tmp_path), "--port", "0"]) == 2
    assert "study.json not found" in capsys.readouterr().err
    a, b = systems.values()
    assert main(["build", "--out", str(tmp_path / "s"), "--raters", "r", "--system", f"A={a}",
                 "--system", f"B{b}"]) == 2  # fmt: skip
    assert "expected NAME=PATH" in capsys.readouterr().err
    assert main(["build", "--out", str(tmp_path / "s"), "--raters", "r", "--system", f"A={a}",
                 "--system", f"B={b}", "--tasks", "generation", "summarization",
                 "--references", "refs.jsonl"]) == 2  # fmt: skip
    assert "give TASK=PATH for each" in capsys.readouterr().err


def test_build_from_a_settings_file_and_a_bad_value_is_a_usage_error(
    tmp_path: Path, systems: dict[str, Path], capsys
):
    path = tmp_path / "build.yaml"
    path.write_text(json.dumps({
        "system": [f"{name}={p}" for name, p in systems.items()], "raters": "alice",
        "images": str(IMAGES), "out": str(tmp_path / "study"), "seed": 1,
    }))  # fmt: skip
    name, settings = parse_command(COMMANDS, ["build", "--settings", str(path)], "slava-humaneval")
    assert name == "build" and settings.system == [f"{n}={p}" for n, p in systems.items()]
    assert main(["build", "--settings", str(path), "--raters", "alice,bob"]) == 0
    assert load_study(tmp_path / "study").raters == ["alice", "bob"]
    capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        main(["analyze", str(tmp_path / "study"), "--out", str(tmp_path / "a"), "--bootstrap", "x"])
    assert stop.value.code == 2 and 'key "bootstrap"' in capsys.readouterr().err
    name, settings = parse_command(
        COMMANDS, ["analyze", "st", "--out", "a"], "slava-humaneval", aliases=ALIASES
    )
    assert name == "analyse" and settings == AnalyseStudySettings(study=Path("st"), out=Path("a"))
