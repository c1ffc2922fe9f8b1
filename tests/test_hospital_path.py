"""The hospital path, end to end, through the commands as a user types them.

A hospital's own reports (Open-i XML, some carrying identifiers) and images go through
``slava-prepare`` -> ``slava-radex`` (an OpenAI-compatible stand-in on loopback) -> ``slava-fit`` on
the shipped ``configs/stage3_reporting.yaml`` (only model size, through the model-path variables,
and the device overridden) -> ``slava-generate`` / ``slava-eval`` / ``slava-score`` / ``slava-serve``
on the checkpoint the run wrote.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import tarfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
IU_REPORTS = ROOT.parent / "shared" / "data" / "iu_xray" / "NLMCXR_reports.dev.tgz"
N_STUDIES = 24
#: Identifiers planted in the reports; none may reach a request body or a corpus file.
PLANTED = ("Alan Grant", "Grant", "5512093", "03/14/2019", "14-Mar-2019")

pytestmark = pytest.mark.skipif(not IU_REPORTS.is_file(), reason="IU-Xray reports not present")


# ---------------------------------------------------------------------- the hospital's archive
def _write_archive(folder: Path) -> Path:
    """The first studies of the IU-Xray archive as an XML folder, with identifiers planted."""
    xml_dir = folder / "reports"
    xml_dir.mkdir(parents=True)
    with tarfile.open(IU_REPORTS) as tar:
        members = sorted((m for m in tar if m.isfile() and m.name.endswith(".xml")),
                         key=lambda m: m.name)  # fmt: skip
        kept = 0
        for member in members:
            handle = tar.extractfile(member)
            assert handle is not None
            text = handle.read().decode("utf-8")
            if 'Label="FINDINGS"' not in text or "<parentImage" not in text:
                continue
            if kept % 5 == 0:
                text = re.sub(
                    r'(Label="INDICATION"[^>]*>)',
                    r"\1Seen by Dr. Alan Grant on 03/14/2019, MRN 5512093. ",
                    text,
                )
            if kept % 5 == 1:  # a bare name and a compact date inside the Findings themselves
                text = re.sub(
                    r'(Label="FINDINGS"[^>]*>)',
                    r"\1Film reviewed with Alan Grant on 14-Mar-2019. ",
                    text,
                )
            (xml_dir / Path(member.name).name).write_text(text, encoding="utf-8")
            kept += 1
            if kept == N_STUDIES:
                break
    return xml_dir


def _write_images(xml_dir: Path, folder: Path) -> Path:
    """One small grey PNG per ``parentImage`` id of the archive (the official NLMCXR_png naming)."""
    import numpy as np
    from PIL import Image

    folder.mkdir(parents=True)
    rng = np.random.default_rng(0)
    for xml in sorted(xml_dir.glob("*.xml")):
        for image_id in re.findall(r'<parentImage id="([^"]+)"', xml.read_text()):
            pixels = rng.integers(0, 255, size=(48, 48), dtype=np.uint8)
            Image.fromarray(pixels, mode="L").save(folder / f"{image_id}.png")
    return folder


def _write_models(folder: Path) -> dict[str, str]:
    """A tiny CLIP vision tower and a tiny Phi with its tokenizer, saved as local folders."""
    import torch
    from transformers import (
        AutoTokenizer,
        CLIPImageProcessor,
        CLIPVisionConfig,
        CLIPVisionModel,
        PhiConfig,
        PhiForCausalLM,
    )

    from slava_lightning.components.language import tiny_tokenizer_path

    torch.manual_seed(0)
    clip = folder / "clip"
    CLIPVisionModel(
        CLIPVisionConfig(image_size=32, patch_size=8, hidden_size=32, intermediate_size=64,
                         num_hidden_layers=2, num_attention_heads=2)
    ).save_pretrained(clip)  # fmt: skip
    CLIPImageProcessor(
        size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}
    ).save_pretrained(clip)
    phi = folder / "phi"
    tok = AutoTokenizer.from_pretrained(tiny_tokenizer_path())
    PhiForCausalLM(
        PhiConfig(vocab_size=len(tok) + 8, hidden_size=64, intermediate_size=128,
                  num_hidden_layers=2, num_attention_heads=4, max_position_embeddings=2048,
                  partial_rotary_factor=0.5)
    ).save_pretrained(phi)  # fmt: skip
    tok.save_pretrained(phi)
    return {"SLAVA_CLIP_PATH": str(clip), "SLAVA_PHI2_PATH": str(phi)}


# ---------------------------------------------------------------------- the LLM stand-in
_DESC = re.compile(r"<Case Description> (.*?)(?: <Case |$)", re.DOTALL)


class StandInLLM:
    """An OpenAI-compatible chat server on 127.0.0.1 that answers from the case description."""

    def __init__(self) -> None:
        self.bodies: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers["Content-Length"])).decode()
                server.bodies.append(raw)
                messages = json.loads(raw)["messages"]
                desc = _DESC.search(messages[-1]["content"])
                text = desc.group(1).strip() if desc else "No acute findings."
                reply = f"Findings: {text}\nImpression: {text.split('.')[0]}."
                data = json.dumps(
                    {"choices": [{"index": 0, "message": {"role": "assistant", "content": reply}}]}
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# ---------------------------------------------------------------------- running the commands
def run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float = 600) -> str:
    """Run a console script of this environment; fail the test with its output if it fails."""
    proc = subprocess.run(
        [str(BIN / cmd[0]), *cmd[1:]], cwd=cwd, env=env, capture_output=True, text=True,
        timeout=timeout,
    )  # fmt: skip
    if proc.returncode != 0:
        pytest.fail(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
    return proc.stdout + proc.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def hospital(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The archive, the prepared corpora and the RADEX corpus, built once for the module."""
    work = tmp_path_factory.mktemp("hospital")
    xml_dir = _write_archive(work / "archive")
    images = _write_images(xml_dir, work / "archive" / "images")
    env = {
        **os.environ,
        **_write_models(work / "models"),
        "SLAVA_DATA": str(work / "slava_data"),
        "HF_HUB_OFFLINE": "1",
        "WANDB_MODE": "offline",
        "TOKENIZERS_PARALLELISM": "false",
    }
    llm = StandInLLM()
    try:
        yield {"work": work, "xml": xml_dir, "images": images, "env": env, "llm": llm}
    finally:
        llm.close()


def test_reports_to_radex_corpus_without_identifiers(hospital: dict[str, Any]) -> None:
    work, env, llm = hospital["work"], hospital["env"], hospital["llm"]
    data = Path(env["SLAVA_DATA"])
    out = run(["slava-prepare", "iu-xray", "--reports", str(hospital["xml"]),
               "--images", str(hospital["images"]), "--out", str(data),
               "--val-fraction", "0.25"], work, env)  # fmt: skip
    stats = json.loads((data / "prepare.stats.json").read_text())
    assert stats["studies"] == N_STUDIES, out
    assert stats["written"]["cases_train"] + stats["written"]["cases_val"] == N_STUDIES
    assert stats["written"]["cases_val"] >= 1 and stats["written"]["stage2"] > 0
    for split, corpus in (("train", "radex.jsonl"), ("val", "radex_val.jsonl")):
        run(["slava-radex", "--cases", str(data / f"cases_{split}.jsonl"),
             "--out", str(data / corpus), "--backend", "openai", "--base-url", llm.base_url,
             "--model", "stand-in", "--no-progress", "--min-findings-words", "3",
             "--min-impression-words", "1"], work, env)  # fmt: skip
    # The audit a security reviewer runs over what was written: nothing residual.
    run(["slava-audit", str(data / "radex.jsonl"), str(data / "radex_val.jsonl"),
         str(data / "cases_train.jsonl"), str(data / "cases_val.jsonl")], work, env)  # fmt: skip
    records = [json.loads(line) for line in (data / "radex.jsonl").read_text().splitlines()]
    assert len(records) >= N_STUDIES // 2
    assert {r["task"] for r in records} >= {"report"}
    written = "".join(p.read_text() for p in data.iterdir() if p.is_file())
    sent = "".join(llm.bodies)
    assert llm.bodies, "no request reached the stand-in server"
    for planted in PLANTED:
        assert planted not in written, f"{planted!r} reached a corpus file"
        assert planted not in sent, f"{planted!r} left the process in a request body"


def test_stage3_config_trains_on_the_corpus_and_the_checkpoint_serves(
    hospital: dict[str, Any],
) -> None:
    work, env = hospital["work"], hospital["env"]
    data = Path(env["SLAVA_DATA"])
    if not (data / "radex.jsonl").is_file():
        pytest.skip("needs the corpus of the previous test")
    run_dir = work / "runs" / "stage3"
    run(["slava-fit", "--config", str(ROOT / "configs" / "stage3_reporting.yaml"),
         "--trainer.accelerator", "cpu", "--trainer.devices", "1",
         "--trainer.precision", "32-true", "--data.init_args.num_workers", "0",
         "--trainer.default_root_dir", str(run_dir)], work, env)  # fmt: skip
    ckpts = sorted(run_dir.rglob("last*.ckpt"))
    assert ckpts, f"no last.ckpt under {run_dir}: {sorted(p.name for p in run_dir.rglob('*'))}"
    ckpt = ckpts[0]
    assert not (work / "checkpoints").exists() and not (work / "logs").exists(), (
        "outputs landed outside the run folder"
    )

    image = sorted(hospital["images"].glob("*.png"))[0]
    preds = work / "generated.jsonl"
    run(["slava-generate", "--checkpoint", str(ckpt), str(image), "--no-stream",
         "--max-new-tokens", "8", "--output", str(preds)], work, env)  # fmt: skip
    generated = [json.loads(line) for line in preds.read_text().splitlines()]
    assert len(generated) == 1 and isinstance(generated[0]["text"], str)

    eval_dir = work / "eval"
    run(["slava-eval", "--checkpoint", str(ckpt), "--dataset", "llava",
         "--records", str(data / "radex_val.jsonl"), "--images", str(data / "images"),
         "--tasks", "generation", "--metrics", "lexical", "--max-new-tokens", "8",
         "--output-dir", str(eval_dir), "--no-wandb", "--split", "test"], work, env)  # fmt: skip
    scores = json.loads((eval_dir / "scores.json").read_text())
    assert scores, "slava-eval wrote no scores"

    port = _free_port()
    server = subprocess.Popen(
        [str(BIN / "slava-serve"), "--checkpoint", str(ckpt), "--port", str(port)],
        cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(
                        f"slava-serve did not come up:\n{server.stdout.read() if server.stdout else ''}"
                    )
                time.sleep(0.5)
        body = json.dumps({"messages": [{"role": "user", "content": "Findings: clear lungs."}],
                           "max_tokens": 4}).encode()  # fmt: skip
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/v1/chat/completions", data=body,
            headers={"Content-Type": "application/json"},
        )  # fmt: skip
        with urllib.request.urlopen(request, timeout=60) as r:
            answer = json.loads(r.read())
        assert isinstance(answer["choices"][0]["message"]["content"], str)
    finally:
        server.terminate()
        server.wait(timeout=30)
