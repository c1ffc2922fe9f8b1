"""SlavaModule: contracts for the data, loss mix, optimizer groups, schedule, stages, resume."""

from __future__ import annotations

import csv
import math

import lightning.pytorch as pl
import pytest
import torch
from lightning.pytorch.callbacks import Callback, ModelCheckpoint
from lightning.pytorch.loggers import CSVLogger

from slava_lightning.training.curriculum import Curriculum
from slava_lightning.training.losses import LossWeights
from slava_lightning.training.stages import LoraSettings, Stage, Trainable

from .tiny import batches, loader, tiny_module


def _trainer(root, callbacks=(), logger=False, **kw):
    return pl.Trainer(
        accelerator="cpu", callbacks=list(callbacks), logger=logger, enable_progress_bar=False,
        enable_model_summary=False, default_root_dir=root, log_every_n_steps=1,
        num_sanity_val_steps=0, **kw,
    )  # fmt: skip


def test_exposes_tokenizer_and_image_processing():
    module = tiny_module()
    assert module.tokenizer is module.model.language_model.tokenizer
    assert module.image_processing.size == 32
    assert module.max_length == 2048


def test_training_step_mixes_task_losses():
    module = tiny_module(loss=LossWeights(tasks={"report": 0.25, "instruction": 2.0}))
    batch = batches(module, n=1)[0]
    got = module.training_step(batch, 0)
    out = module.model(
        batch["input_ids"],
        batch["attention_mask"],
        batch["pixel_values"],
        batch["labels"],
        reduction="none",
    )
    loss, tok = out.per_sample_loss, out.per_sample_tokens
    rep = (loss[0] + loss[2]) / (tok[0] + tok[2])
    ins = loss[1] / tok[1]
    assert torch.allclose(got, 0.25 * rep + 2.0 * ins, atol=1e-6)
    plain = tiny_module()
    ref = plain.model(
        **{k: batch[k] for k in ("input_ids", "attention_mask", "pixel_values", "labels")}
    )
    assert torch.allclose(plain.training_step(batch, 0), ref.loss, atol=1e-6)


@pytest.mark.parametrize("loss", [None, LossWeights(report=1.0, instruction=0.5)])
def test_val_loss_is_the_same_quantity_as_train_loss(loss):
    module = tiny_module(loss=loss)
    batch = batches(module, n=1)[0]
    train, val = module._loss(batch, "train"), module._loss(batch, "val")
    assert torch.allclose(train, val)
    if loss is None:  # plain stages: the batch's token-mean CE, not a sum over tasks
        ref = module.model(
            **{k: batch[k] for k in ("input_ids", "attention_mask", "pixel_values", "labels")}
        )
        assert torch.allclose(val, ref.loss, atol=1e-6)


def test_optimizer_groups_per_component_and_cosine_warmup():
    module = tiny_module(lr={"vision": 1e-4, "projector": 1e-3, "language": 2e-5})
    module.schedule_steps = 100
    cfg = module.configure_optimizers()
    opt, sched = cfg["optimizer"], cfg["lr_scheduler"]["scheduler"]
    assert isinstance(opt, torch.optim.AdamW)
    assert [g["name"] for g in opt.param_groups] == ["vision", "projector", "language"]
    assert all(g["weight_decay"] == 0.0 for g in opt.param_groups)
    n = {g["name"]: sum(p.numel() for p in g["params"]) for g in opt.param_groups}
    assert n["projector"] == sum(p.numel() for p in module.model.projector.parameters())
    # warmup: ceil(0.03 * 100) = 3 steps at 1/3, 2/3 and 3/3 of the peak (no step at lr 0), then
    # cosine over the remaining 97 steps; lrs[i] is the rate of step i
    lrs = []
    for _ in range(100):
        lrs.append(opt.param_groups[1]["lr"])
        opt.step()
        sched.step()
    assert lrs[:3] == pytest.approx([1e-3 / 3, 2e-3 / 3, 1e-3])
    assert min(lrs) > 0, "every optimizer step moves the weights"
    assert lrs[52] == pytest.approx(
        1e-3 * 0.5 * (1 + torch.cos(torch.tensor(torch.pi * 49 / 97)).item()), rel=1e-4
    )
    assert lrs[-1] == pytest.approx(1e-3 * 0.5 * (1 + math.cos(math.pi * 96 / 97)), rel=1e-6)
    assert opt.param_groups[1]["lr"] == pytest.approx(0.0, abs=1e-12)  # after the last step


def test_frozen_everything_raises():
    module = tiny_module()
    module.model.requires_grad_(False)
    module.schedule_steps = 10
    with pytest.raises(ValueError, match="every component is frozen"):
        module.configure_optimizers()


def test_bad_arguments_raise():
    with pytest.raises(ValueError, match="max_length"):
        tiny_module(max_length=0)
    with pytest.raises(ValueError, match="warmup_ratio"):
        tiny_module(warmup_ratio=1.5)


class Snap(Callback):
    """Parameters at each stage entry and end of fit."""

    def __init__(self) -> None:
        self.params: dict[str, dict[str, torch.Tensor]] = {}

    def on_train_batch_start(self, trainer, pl_module, batch, batch_idx):
        key = f"stage{trainer.callbacks[0].index}"
        if key not in self.params:
            self.params[key] = {
                n: p.detach().clone() for n, p in pl_module.model.named_parameters()
            }


def _stages():
    return [
        Stage("recognition", Trainable(projector=True), epochs=1, lr=1e-2),
        Stage(
            "reporting", Trainable(True, True, True), epochs=1, lr=1e-3,
            loss=LossWeights(tasks={"report": 1.0, "instruction": 0.5}, regularizer="l2sp", regularizer_weight=0.1),
        ),
    ]  # fmt: skip


def test_curriculum_freezes_anchors_and_logs(tmp_path):
    module = tiny_module()
    snap = Snap()
    logger = CSVLogger(tmp_path, name="csv")
    trainer = _trainer(tmp_path, [Curriculum(_stages()), snap], logger=logger, max_epochs=5)
    trainer.fit(module, train_dataloaders=loader(module))
    s0, s1 = snap.params["stage0"], snap.params["stage1"]
    for name, value in s1.items():
        moved = not torch.equal(value, s0[name])
        assert moved == name.startswith("projector"), name
    # L2-SP anchor = parameters at the start of stage 2
    assert set(module.regularizer.anchor) == set(s1)
    assert all(torch.equal(module.regularizer.anchor[n], v) for n, v in s1.items())
    with open(f"{logger.log_dir}/metrics.csv") as f:
        rows = list(csv.DictReader(f))
    entry = [r for r in rows if r.get("trainable_params/language")]
    assert float(entry[0]["trainable_params/language"]) == 0.0
    assert float(entry[1]["trainable_params/language"]) == module.model.num_parameters(
        "language_model"
    )
    stage2 = [r for r in rows if r.get("train/loss_reg")]
    assert stage2 and all(float(r["stage"]) == 1.0 for r in stage2 if r.get("stage"))
    assert any(r.get("train/loss_report") for r in rows) and any(
        r.get("train/loss_instruction") for r in rows
    )


class Kill(Callback):
    def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
        if trainer.global_step == 5:
            raise RuntimeError("simulated crash")


def _three_stage():
    return [
        Stage("s1", Trainable(projector=True), epochs=1, lr=1e-2),
        Stage("s2", Trainable(True, True, True), epochs=2, lr=1e-3,
              loss=LossWeights(tasks={"report": 1.0, "instruction": 0.5}, regularizer="l2sp", regularizer_weight=0.1)),
        Stage("s3", Trainable(True, True, True), epochs=1, lr=1e-3),
    ]  # fmt: skip


def _run(root, extra=(), ckpt_path=None):
    pl.seed_everything(0)
    module = tiny_module()
    ckpt = ModelCheckpoint(dirpath=root, save_last=True, save_top_k=-1, every_n_epochs=1,
                           save_on_train_epoch_end=True)  # fmt: skip
    trainer = _trainer(root, [Curriculum(_three_stage()), ckpt, *extra], max_epochs=10)
    trainer.fit(module, train_dataloaders=loader(module, n=2, size=2), ckpt_path=ckpt_path)
    return module, trainer


def test_resume_in_stage_two_matches_uninterrupted_run(tmp_path):
    ref, _ = _run(tmp_path / "ref")
    with pytest.raises(RuntimeError, match="simulated crash"):
        _run(tmp_path / "run", extra=[Kill()])
    saved = torch.load(tmp_path / "run" / "last.ckpt", weights_only=False)
    cur = next(v for k, v in saved["callbacks"].items() if k.startswith("Curriculum"))
    assert cur["stage_name"] == "s2" and saved["global_step"] == 4  # end of stage 2's first epoch
    groups = saved["optimizer_states"][0]["param_groups"]
    assert [g["name"] for g in groups] == ["vision", "projector", "language"]
    assert saved["optimizer_states"][0]["state"], "stage 2 optimizer moments are saved"
    resumed, trainer = _run(tmp_path / "run", ckpt_path=str(tmp_path / "run" / "last.ckpt"))
    assert trainer.global_step == 2 + 4 + 2
    for (name, a), b in zip(ref.state_dict().items(), resumed.state_dict().values(), strict=True):
        assert torch.equal(a, b), name


def test_init_from_previous_stage_checkpoint(tmp_path):
    module = tiny_module()
    trainer = _trainer(tmp_path, [Curriculum(_stages()[:1])], max_epochs=1)
    trainer.fit(module, train_dataloaders=loader(module, n=2))
    path = tmp_path / "stage1.ckpt"
    trainer.save_checkpoint(path)
    fresh = tiny_module(seed=1, init_from=str(path))
    for (name, a), b in zip(
        module.model.state_dict().items(), fresh.model.state_dict().values(), strict=True
    ):
        assert torch.equal(a, b), name
    bad = {"state_dict": {"model.nope": torch.zeros(1)}}
    torch.save(bad, tmp_path / "bad.ckpt")
    with pytest.raises(ValueError, match="does not match the model"):
        tiny_module(init_from=str(tmp_path / "bad.ckpt"))


def test_validation_generates_reports():
    module = tiny_module(val_generate=2, max_new_tokens=5)
    trainer = _trainer("/tmp", max_epochs=1, limit_val_batches=1)
    trainer.validate(module, dataloaders=loader(module, n=1), verbose=False)
    samples = module.last_report_samples
    assert [s.id for s in samples] == ["s0-0", "s0-1"]
    assert samples[0].reference == "The lungs are clear."
    assert samples[1].task == "instruction"
    assert all(isinstance(s.generated, str) for s in samples)


def test_lora_stage_trains_adapters_and_leaves_base_weights(tmp_path):
    module = tiny_module()
    lm_before = {n: p.detach().clone() for n, p in module.model.language_model.named_parameters()}
    lora = LoraSettings(r=4, alpha=8, target_modules=("q_proj", "v_proj"))
    stages = [Stage("reporting-lora", Trainable(True, True, True), epochs=1, lr=1e-2, lora=lora)]
    trainer = _trainer(tmp_path, [Curriculum(stages)], max_epochs=1)
    trainer.fit(module, train_dataloaders=loader(module, n=2))
    named = dict(module.model.language_model.named_parameters())
    adapters = {n: p for n, p in named.items() if "lora_" in n}
    # rank-4 A and B on q_proj and v_proj of each of the tiny LM's layers
    assert adapters and all("q_proj" in n or "v_proj" in n for n in adapters)
    assert all(p.requires_grad for p in adapters.values())
    assert any(
        n.endswith("lora_B.default.weight") and p.abs().sum() > 0 for n, p in adapters.items()
    )
    for name, before in lm_before.items():
        # peft moves a wrapped layer's weights under ``base_layer``
        head, _, leaf = name.rpartition(".")
        after = named.get(name, named.get(f"{head}.base_layer.{leaf}"))
        assert after is not None, name
        assert not after.requires_grad, name
        assert torch.equal(after.detach(), before), f"base weight {name} changed"
