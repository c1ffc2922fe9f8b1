"""QLoRA (``lora.quantize_base``): the shipped config's stage, and the error before any step on CPU.

The CUDA path itself (bitsandbytes 4-bit layers under peft adapters) needs a GPU and cannot run in
this suite; what runs here is everything up to it.
"""

from __future__ import annotations

from pathlib import Path

import lightning.pytorch as pl
import pytest
import yaml
from jsonargparse import ArgumentParser

from slava_lightning.data.phantom_datamodule import PhantomDataModule
from slava_lightning.presets import build_preset
from slava_lightning.training.curriculum import Curriculum
from slava_lightning.training.module import SlavaModule
from slava_lightning.training.stages import LoraSettings, Stage, Trainable

CONFIG = Path(__file__).resolve().parents[2] / "configs" / "stage3_qlora.yaml"


def _shipped_curriculum() -> Curriculum:
    """The Curriculum of configs/stage3_qlora.yaml, built by jsonargparse as slava-fit builds it."""
    raw = yaml.safe_load(CONFIG.read_text())
    entry = next(c for c in raw["trainer"]["callbacks"] if c["class_path"].endswith("Curriculum"))
    parser = ArgumentParser(exit_on_error=False)
    parser.add_class_arguments(Curriculum, "curriculum")
    cfg = parser.parse_object({"curriculum": entry["init_args"]})
    return parser.instantiate_classes(cfg).curriculum


def test_the_shipped_config_is_a_4_bit_lora_stage_3() -> None:
    curriculum = _shipped_curriculum()
    (stage,) = curriculum.stages
    assert stage.name == "reporting" and stage.lora is not None
    assert stage.lora.quantize_base == "nf4" and (stage.lora.r, stage.lora.alpha) == (128, 256)
    assert stage.trainable.as_dict() == {"vision": False, "projector": True, "language": True}
    assert stage.lr_of("language") == 2e-4 and stage.lr_of("projector") == 2e-5
    assert curriculum.lora == stage.lora


def test_on_cpu_the_run_stops_at_setup_naming_the_option(tmp_path: Path) -> None:
    module = SlavaModule(*_tiny_parts(), max_length=128, val_generate=0)
    data = PhantomDataModule(
        n=16, image_size=32, tasks=("report",), template="plain", batch_size=4, max_length=128,
        cache_dir=str(tmp_path / "phantoms"),
    )  # fmt: skip
    trainer = pl.Trainer(
        accelerator="cpu", max_epochs=1, logger=False, enable_checkpointing=False,
        enable_progress_bar=False, enable_model_summary=False, callbacks=[_shipped_curriculum()],
    )  # fmt: skip
    with pytest.raises(ValueError, match=r"lora\.quantize_base='nf4' \(QLoRA\) needs a CUDA GPU "
                                         r"and the bitsandbytes package; this run is on device "
                                         r"'cpu'"):  # fmt: skip
        trainer.fit(module, datamodule=data)
    assert trainer.global_step == 0
    names = [n for n, _ in module.named_parameters()]
    assert not any("lora_" in n for n in names)  # stopped before the adapters went in


def _tiny_parts() -> tuple:
    model = build_preset("tiny")  # CLIP + mlp2x_gelu + Phi: the config's target layers exist
    return model.vision_encoder, model.projector, model.language_model


def test_a_4_bit_base_cannot_be_trained_in_full() -> None:
    qlora = LoraSettings(quantize_base="nf4")
    stages = [
        Stage("reasoning", Trainable(projector=True, language=True), steps=1),
        Stage("reporting", Trainable(projector=True, language=True), steps=1, lora=qlora),
    ]
    with pytest.raises(ValueError, match=r"quantize_base='nf4'.*stage\(s\) \['reasoning'\]"):
        Curriculum(stages)


def test_an_unknown_quantization_is_refused() -> None:
    with pytest.raises(ValueError, match="quantize_base must be null, 'nf4' or 'fp4'"):
        LoraSettings(quantize_base="int3")  # type: ignore[arg-type]
