"""DDP and FSDP2 (ModelParallelStrategy) with 2 CPU processes on gloo, through the Curriculum."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).with_name("distributed_run.py")
pytestmark = [pytest.mark.distributed, pytest.mark.slow]


def _run(kind: str, out: Path) -> dict:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), kind, str(out)], env=env, capture_output=True, text=True,
        timeout=900,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads((out / "result.json").read_text())


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
    reason="known defect: an FSDP2 run resumed at the stage boundary ends ~1e-4 (relative) away "
    "from the uninterrupted run's weights; single-device and DDP resume are exact",
)
def test_fsdp2_resume_lands_on_the_uninterrupted_weights(fsdp2_result):
    res = fsdp2_result
    assert res["resumed_after"] == pytest.approx(res["after"], rel=1e-6)
