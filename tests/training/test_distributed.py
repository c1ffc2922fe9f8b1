"""DDP and FSDP2 (ModelParallelStrategy) with 2 CPU processes on gloo, through the Curriculum."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

SCRIPT = Path(__file__).with_name("distributed_run.py")
pytestmark = [pytest.mark.distributed, pytest.mark.slow]


def _launch(*args: str, ok: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert (proc.returncode == 0) == ok, proc.stderr[-3000:]
    return proc


def _run(kind: str, out: Path) -> dict:
    _launch(kind, str(out))
    return json.loads((out / "result.json").read_text())


def _kill_and_resume(kind: str, root: Path, at: int) -> tuple[dict, dict]:
    """Final weights of an uninterrupted run and of one killed at step ``at`` and resumed."""
    ref, run = root / "ref", root / "run"
    _launch("resume", kind, "ref", str(ref))
    proc = _launch("resume", kind, "kill", str(run), str(at), ok=False)
    assert "killed" in proc.stderr
    _launch("resume", kind, "continue", str(run))
    return (torch.load(ref / "final.pt", weights_only=False),
            torch.load(run / "final.pt", weights_only=False))  # fmt: skip


def test_ddp_killed_mid_epoch_resumes_onto_the_uninterrupted_weights(tmp_path):
    # step 4 is the first step after the stage switch at step 3, inside epoch 0
    ref, resumed = _kill_and_resume("ddp", tmp_path, at=4)
    assert ref["steps"] == resumed["steps"] == 8
    assert ref["first_step"] == 0 and resumed["first_step"] == 3, "resumed from step 3's last.ckpt"
    for name, a in ref["state"].items():
        torch.testing.assert_close(resumed["state"][name], a, rtol=0, atol=1e-6, msg=name)


def test_ddp_two_processes_keep_ranks_in_sync_across_stage_switch(tmp_path):
    res = _run("ddp", tmp_path)
    assert res["world"] == 2 and res["stage"] == 1
    # 8 single-sample batches over 2 ranks: 4 steps per epoch, one epoch per stage
    assert res["steps"] == 8
    assert res["trainable_vision"] > 0 and res["after"] != res["before"]
    # the vision tower is unfrozen mid-run: DDP must be re-wrapped or the ranks drift apart
    assert res["ranks_agree"]


@pytest.fixture(scope="module")
def fsdp2_result(tmp_path_factory) -> dict:
    return _run("fsdp2", tmp_path_factory.mktemp("fsdp2"))


def test_fsdp2_two_processes_shard_checkpoint_and_resume_in_stage(fsdp2_result):
    res = fsdp2_result
    assert res["world"] == 2 and res["steps"] == 8 and res["ranks_agree"]
    assert res["sharded"], "ModelParallelStrategy writes a distributed checkpoint folder"
    # resuming from the stage-boundary checkpoint continues in stage 2
    assert res["resumed_stage"] == 1


@pytest.mark.xfail(
    strict=True,
    reason="known defect: resumed from an epoch-end ModelCheckpoint with a plain DataLoader (hand-"
    "collated batches, Lightning's injected sampler), an FSDP2 run ends ~1e-4 (relative) away from "
    "the uninterrupted run; through the project's resumable loader FSDP2 resume is exact (above)",
)
def test_fsdp2_resume_lands_on_the_uninterrupted_weights(fsdp2_result):
    res = fsdp2_result
    assert res["resumed_after"] == pytest.approx(res["after"], rel=1e-6)


def test_fsdp2_killed_mid_epoch_resumes_onto_the_uninterrupted_weights(tmp_path):
    # plain CE in stage 2: l2sp is not supported under FSDP2; last.ckpt is a sharded folder
    ref, resumed = _kill_and_resume("fsdp2", tmp_path, at=4)
    assert ref["steps"] == resumed["steps"] == 8
    assert resumed["first_step"] == 3 and (tmp_path / "run" / "last.ckpt").is_dir()
    for name, a in ref["state"].items():
        torch.testing.assert_close(resumed["state"][name], a, rtol=0, atol=1e-6, msg=name)
