"""Every YAML in configs/ parses with slava-fit's parser; the tiny ones instantiate fully."""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path

import pytest
import yaml

from slava_lightning.training.cli import ENV_VARS, ConfigError, SlavaCLI, main, with_subcommand
from slava_lightning.training.curriculum import Curriculum
from slava_lightning.training.losses import TASK_TERMS, LossWeights
from slava_lightning.training.module import SlavaModule

DOCS = Path(__file__).resolve().parents[1] / "docs"

CONFIGS = Path(__file__).resolve().parents[1] / "configs"
ALL = sorted(CONFIGS.rglob("*.yaml"))


def _class_paths(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "class_path":
                yield v
            else:
                yield from _class_paths(v)
    elif isinstance(node, list):
        for v in node:
            yield from _class_paths(v)


def _resolve(path: str):
    module, _, name = path.rpartition(".")
    return getattr(importlib.import_module(module), name)


def test_there_are_configs():
    names = {p.name for p in ALL}
    assert {"stage1_recognition.yaml", "stage2_reasoning.yaml", "stage3_reporting.yaml",
            "re3.yaml", "demo.yaml"} <= names  # fmt: skip


@pytest.mark.parametrize("path", ALL, ids=lambda p: str(p.relative_to(CONFIGS)))
def test_class_paths_resolve(path):
    cfg = yaml.safe_load(path.read_text())
    paths = list(_class_paths(cfg))
    assert paths, f"{path.name} names no classes"
    for cp in paths:
        assert _resolve(cp) is not None


class ParseOnly(SlavaCLI):
    """slava-fit's parser without instantiating anything (the real configs name absent weights)."""

    def before_instantiate_classes(self) -> None:
        pass

    def instantiate_classes(self) -> None:
        pass


def _cli(cls, path, *extra):
    return cls(
        SlavaModule, None, subclass_mode_data=True, run=False,
        parser_kwargs={"parser_mode": "omegaconf+"}, args=["--config", str(path), *extra],
    )  # fmt: skip


TOP = [p for p in ALL if p.parent == CONFIGS]


def _set_env(monkeypatch, tmp_path):
    for var in ("SLAVA_CLIP_PATH", "SLAVA_PHI2_PATH", "SLAVA_DATA"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))


@pytest.mark.parametrize("path", TOP, ids=lambda p: p.name)
def test_parses_with_slava_fit(path, monkeypatch, tmp_path):
    _set_env(monkeypatch, tmp_path)
    cfg = _cli(ParseOnly, path).config
    assert cfg.model.vision_encoder.class_path.endswith("VisionEncoder")
    assert cfg.model.language_model.class_path.endswith("CausalLanguageModel")
    stages = next(c for c in cfg.trainer.callbacks if c.class_path.endswith("Curriculum"))
    assert stages.init_args.stages, f"{path.name}: empty stage table"
    if path.name != "demo.yaml":
        assert cfg.model.max_length == 2048 and cfg.model.gradient_checkpointing
        assert cfg.trainer.precision == "bf16-mixed"


def test_stage_configs_follow_the_paper(monkeypatch, tmp_path):
    monkeypatch.setenv("SLAVA_CLIP_PATH", "x")
    monkeypatch.setenv("SLAVA_PHI2_PATH", "y")
    monkeypatch.setenv("SLAVA_DATA", "z")
    tables = {}
    for name in ("stage1_recognition", "stage2_reasoning", "stage3_reporting", "re3"):
        cfg = _cli(ParseOnly, CONFIGS / f"{name}.yaml").config
        cur = next(c for c in cfg.trainer.callbacks if c.class_path.endswith("Curriculum"))
        tables[name] = cur.init_args.stages
    s1, s2, s3 = (
        tables["stage1_recognition"][0],
        tables["stage2_reasoning"][0],
        tables["stage3_reporting"][0],
    )
    assert (s1.trainable.vision, s1.trainable.projector, s1.trainable.language) == (
        False,
        True,
        False,
    )
    assert s1.lr == 1e-3 and s2.lr == 2e-5 and s3.lr == 2e-5 and s3.epochs == 3
    assert s2.trainable.vision and s2.trainable.language
    assert s3.loss.report == 1.0 and s3.loss.instruction == 0.5  # α1, α2 of Eq. 3
    assert [s.name for s in tables["re3"]] == ["recognition", "reasoning", "reporting"]


def test_demo_instantiates_fully(monkeypatch, tmp_path):
    monkeypatch.setenv("SLAVA_CACHE", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    cli = _cli(SlavaCLI, CONFIGS / "demo.yaml")
    assert isinstance(cli.model, SlavaModule)
    curriculum = next(c for c in cli.trainer.callbacks if isinstance(c, Curriculum))
    assert [s.name for s in curriculum.stages] == ["recognition", "reasoning", "reporting"]
    assert curriculum.stages[0].trainable.as_dict() == {
        "vision": False,
        "projector": True,
        "language": False,
    }
    assert cli.datamodule.max_length == cli.model.max_length


def test_with_subcommand():
    assert with_subcommand(["--config", "x.yaml"]) == ["fit", "--config", "x.yaml"]
    assert with_subcommand(["validate", "--config", "x.yaml"])[0] == "validate"
    assert with_subcommand(["--help"]) == ["--help"]
    assert os.path.isdir(CONFIGS)


def _stage_weights(cfg):
    cur = next(c for c in cfg.trainer.callbacks if c.class_path.endswith("Curriculum"))
    for stage in cur.init_args.stages:
        loss = stage.loss.as_dict() if hasattr(stage.loss, "as_dict") else dict(stage.loss)
        yield stage.name, LossWeights(**loss)


@pytest.mark.parametrize("path", TOP, ids=lambda p: p.name)
def test_every_stage_weights_every_task_the_project_writes(path, monkeypatch, tmp_path):
    _set_env(monkeypatch, tmp_path)
    for name, weights in _stage_weights(_cli(ParseOnly, path).config):
        assert weights.unweighted(TASK_TERMS) == [], f"{path.name}: stage {name!r}"


@pytest.mark.parametrize("path", TOP, ids=lambda p: p.name)
def test_default_root_dir_moves_every_output(path, monkeypatch, tmp_path):
    _set_env(monkeypatch, tmp_path)
    cfg = _cli(ParseOnly, path, "--trainer.default_root_dir", "/elsewhere/run").config
    assert cfg.trainer.default_root_dir == "/elsewhere/run"
    dirs = [lg.init_args.save_dir for lg in cfg.trainer.logger]
    dirs += [c.init_args.dirpath for c in cfg.trainer.callbacks if "Checkpoint" in c.class_path]
    assert len(dirs) >= 3 and all(d.startswith("/elsewhere/run") for d in dirs), dirs
    steps = [c.init_args.every_n_train_steps for c in cfg.trainer.callbacks
             if c.class_path.endswith("ResumableCheckpoint")]  # fmt: skip
    assert steps and steps[0] >= 1


def test_every_environment_variable_is_documented():
    used = set()
    for path in ALL:
        used |= set(re.findall(r"oc\.env:(\w+)", path.read_text()))
    assert used and used <= set(ENV_VARS)
    docs = (DOCS / "getting-started.md").read_text()
    for var in [*ENV_VARS, "SLAVA_CACHE"]:
        assert f"`{var}`" in docs, var


def test_unset_variable_is_one_line_naming_config_and_what_it_points_at(monkeypatch, capsys):
    for var in ENV_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(CONFIGS.parent)
    with pytest.raises(ConfigError) as err:
        main(["--config", "configs/re3.yaml", "--print_config"])
    message = str(err.value.code)
    assert "\n" not in message and message.startswith("slava-fit: configs/re3.yaml reads ${")
    for var in ("SLAVA_DATA", "SLAVA_CLIP_PATH", "SLAVA_PHI2_PATH"):
        assert f"export {var}=<{ENV_VARS[var]}>" in message
    assert "Traceback" not in capsys.readouterr().err


def test_missing_path_from_a_variable_is_one_line(monkeypatch, tmp_path):
    _set_env(monkeypatch, tmp_path)
    (tmp_path / "slava_clip_path").mkdir()
    monkeypatch.chdir(CONFIGS.parent)
    with pytest.raises(ConfigError) as err:
        main(["--config", "configs/stage3_reporting.yaml"])
    message = str(err.value.code)
    assert "\n" not in message
    assert "configs/stage3_reporting.yaml: model.language_model.init_args.path" in message
    assert "SLAVA_PHI2_PATH=" in message and ENV_VARS["SLAVA_PHI2_PATH"] in message
    # an override that replaces the variable's value is not checked against it
    with pytest.raises(ConfigError) as err:
        main(["--config", "configs/stage3_reporting.yaml",
              f"--model.language_model.init_args.path={tmp_path}"])  # fmt: skip
    assert "data.init_args.train = ${oc.env:SLAVA_DATA}/radex.jsonl" in str(err.value.code)
