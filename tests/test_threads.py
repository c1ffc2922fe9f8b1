"""Thread count choice: explicit settings win, the automatic one leaves busy CPUs alone."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from slava_lightning import threads

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def clean_env(monkeypatch):
    for name in (threads.ENV, "OMP_NUM_THREADS", "OMP_WAIT_POLICY"):
        monkeypatch.setenv(name, "x")  # so that teardown restores the original state
        monkeypatch.delenv(name)
    monkeypatch.setattr(threads, "_chosen", None)


@pytest.mark.parametrize("value", [None, "", "auto", " AUTO "])
def test_parse_auto(value):
    assert threads.parse_threads(value) is None


@pytest.mark.parametrize("value", [0, "0", "-2", "two", "1.5"])
def test_parse_rejects_non_positive_integers(value):
    with pytest.raises(ValueError, match="positive integer or 'auto'"):
        threads.parse_threads(value)


def test_request_beats_environment(clean_env, monkeypatch):
    monkeypatch.setenv(threads.ENV, "3")
    monkeypatch.setenv("OMP_NUM_THREADS", "5")
    assert threads.choose_threads(2) == 2
    assert threads.choose_threads() == 3
    monkeypatch.delenv(threads.ENV)
    assert threads.choose_threads() == 5


def test_bad_environment_value_is_named(clean_env, monkeypatch):
    monkeypatch.setenv(threads.ENV, "many")
    with pytest.raises(ValueError, match="SLAVA_NUM_THREADS"):
        threads.choose_threads()


@pytest.mark.parametrize(
    ("cpus", "busy", "chosen"), [(2, 0.1, 2), (2, 0.6, 1), (2, 3.0, 1), (16, 1.2, 15)]
)
def test_auto_leaves_busy_cpus(clean_env, monkeypatch, cpus, busy, chosen):
    monkeypatch.setattr(threads, "available_cpus", lambda: cpus)
    monkeypatch.setattr(threads, "busy_cpus", lambda window_s=0.1: busy)
    assert threads.choose_threads() == chosen


def test_cpu_ticks_count_only_the_given_cpus(tmp_path):
    stat = tmp_path / "stat"
    stat.write_text(
        "cpu  30 0 10 160 0 0 0 0 0 0\n"
        "cpu0 10 0 5 80 5 0 0 0 0 0\n"  # busy 15 of 100 (iowait counts as idle)
        "cpu1 20 0 5 75 0 0 0 0 0 0\n"  # busy 25 of 100
        "intr 12345\n"
    )
    assert threads._cpu_ticks({1}, stat) == (25, 100)
    assert threads._cpu_ticks({0, 1}, stat) == (40, 200)
    assert threads._cpu_ticks({7}, stat) is None


def test_busy_cpus_from_two_samples(monkeypatch):
    samples = iter([(100, 1000), (150, 1100)])  # half of the CPUs' time busy in the window
    monkeypatch.setattr(threads, "_cpu_ticks", lambda cpus: next(samples))
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    assert threads.busy_cpus(window_s=0.01) == pytest.approx(2.0, abs=0.3)


def test_configure_notes_a_reduced_choice(clean_env, monkeypatch, capsys):
    import torch

    monkeypatch.setattr(threads, "available_cpus", lambda: 2)
    monkeypatch.setattr(threads, "busy_cpus", lambda window_s=0.1: 1.0)
    before = torch.get_num_threads()
    try:
        assert threads.configure_threads(prog="slava-x") == 1
        assert torch.get_num_threads() == 1
        assert os.environ["OMP_WAIT_POLICY"] == "PASSIVE"
        assert threads.configure_threads() == 1  # sampled once
    finally:
        torch.set_num_threads(before)
    assert "slava-x: note: other processes keep 1 of 2 CPUs busy" in capsys.readouterr().err


def test_generate_rejects_bad_threads_before_loading_torch(tmp_path):
    code = (
        "import sys\nfrom slava_lightning.inference.cli import main\n"
        f"status = main(['--preset', 'tiny', '--threads', 'lots', {str(tmp_path)!r}])\n"
        "print(status, 'torch' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.stdout.split() == ["2", "False"]
    assert "slava-generate: error: threads must be a positive integer or 'auto'" in done.stderr
