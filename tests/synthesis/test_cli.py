"""slava-radex end to end: a run killed half-way and restarted equals an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from slava_lightning.synthesis.radex.cli import main
from slava_lightning.synthesis.radex.pipeline import side_paths

from .conftest import LoopbackLLM, make_cases, write_jsonl

N_CASES = 24


def cli_args(cases, out, base_url):
    return [
        "--cases", str(cases), "--out", str(out), "--backend", "openai", "--model", "tiny",
        "--base-url", base_url, "--batch-size", "1", "--max-concurrency", "1",
        "--backoff", "0.01", "--seed", "5", "--no-progress",
    ]  # fmt: skip


def spawn(args):
    return subprocess.Popen(
        [sys.executable, "-m", "slava_lightning.synthesis.radex.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def sorted_lines(path):
    return sorted(path.read_bytes().splitlines(keepends=True))


def test_killed_run_resumes_to_the_uninterrupted_result(tmp_path, capsys):
    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(N_CASES))
    full, resumed = tmp_path / "full.jsonl", tmp_path / "resumed.jsonl"
    with LoopbackLLM(delay=0.05) as server:
        assert main(cli_args(cases, full, server.base_url)) == 0
        capsys.readouterr()

        proc = spawn(cli_args(cases, resumed, server.base_url))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if resumed.exists() and resumed.read_bytes().count(b"\n") >= 25:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the run finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        killed_lines = resumed.read_bytes().count(b"\n")
        assert 25 <= killed_lines < len(full.read_bytes().splitlines())

        proc = spawn(cli_args(cases, resumed, server.base_url))
        stdout, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr.decode()

    assert sorted_lines(resumed) == sorted_lines(full)
    assert len(set(sorted_lines(full))) == len(sorted_lines(full))  # nothing duplicated
    rejects_full, stats_full = side_paths(full)
    rejects_resumed, stats_resumed = side_paths(resumed)
    assert sorted_lines(rejects_resumed) == sorted_lines(rejects_full)
    assert (
        json.loads(stdout)
        == json.loads(stats_full.read_text())
        == json.loads(stats_resumed.read_text())
    )
    assert json.loads(stdout)["cases_pending"] == 0


def test_remote_endpoint_refused_before_any_request(tmp_path, capsys):
    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(2))
    out = tmp_path / "radex.jsonl"
    assert main(cli_args(cases, out, "http://203.0.113.7:8000/v1")) == 2
    err = capsys.readouterr().err
    assert "is not a loopback address" in err and "--allow-remote" in err
    assert not out.exists() and not side_paths(out)[0].exists()


def test_bad_input_is_reported_with_record_and_field(tmp_path, capsys):
    rows = make_cases(3)
    rows[2]["source"] = ""
    cases = write_jsonl(tmp_path / "cases.jsonl", rows)
    with LoopbackLLM() as server:
        assert main(cli_args(cases, tmp_path / "o.jsonl", server.base_url)) == 2
    assert (
        "cases.jsonl line 3 (case 'case-002'): field 'source' is missing" in capsys.readouterr().err
    )


def test_settings_file_by_field_name_keeps_the_loopback_guard(tmp_path, capsys):
    import pytest
    import yaml

    from slava_lightning.commandline import parse_settings
    from slava_lightning.synthesis.radex.cli import RadexSettings

    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(2))
    out = tmp_path / "radex.jsonl"
    path = tmp_path / "radex.yaml"
    path.write_text(yaml.safe_dump({
        "cases": str(cases), "out": str(out), "backend": "openai", "model": "tiny",
        "base_url": "http://203.0.113.7:8000/v1", "max_concurrency": 1, "no_progress": True,
    }))  # fmt: skip
    s = parse_settings(RadexSettings, ["--settings", str(path), "--seed", "5"])
    assert (s.cases, s.out, s.backend, s.max_concurrency, s.seed) == (cases, out, "openai", 1, 5)
    assert (s.allow_remote, s.allow_proxy, s.no_progress, s.max_retries) == (False, False, True, 5)
    assert main(["--settings", str(path)]) == 2  # a remote endpoint without --allow-remote
    assert "is not a loopback address" in capsys.readouterr().err and not out.exists()
    with pytest.raises(SystemExit) as stop:
        main(["--settings", str(path), "--backend", "vllm"])
    assert stop.value.code == 2 and "invalid choice: 'vllm'" in capsys.readouterr().err
    # a quoted "false" in the file is not a true --allow-remote
    path.write_text(path.read_text() + 'allow_remote: "false"\n')
    with pytest.raises(SystemExit) as stop:
        main(["--settings", str(path)])
    assert stop.value.code == 2
    assert "\"allow_remote\": expected true or false, got 'false'" in capsys.readouterr().err
