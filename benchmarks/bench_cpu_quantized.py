"""Quantized CPU generation at full SLaVA-CXR size: float32 vs int8 vs int4, in one run.

Speed: Phi-2 (hidden 2560, 32 layers, intermediate 10240, vocabulary 51,200) behind CLIP
ViT-L/14-336 (hidden 1024, 24 layers, 336 px, patch 14 -> 576 image tokens) and the mlp2x_gelu
projector, random weights, float32 on ``--threads`` cores (2 by default). Each mode runs in its own
subprocess, one after another, so each peak memory is its own: seconds per 128-token report at
batch 1 (the released prompt, one image, greedy, no early stop) and reports/s at ``--batch``.

Memory, per mode: the resident peak while generating at batch 1 and over both batch sizes
(``VmHWM`` reset after loading), the resident size once loaded, and the peak of the whole process (which includes the float32 weights
the quantized modes start from: they are quantized after loading).

Fidelity: a small model trained here on synthetic phantoms (or ``--fidelity-checkpoint``, e.g. the
demo's ``logs/demo/checkpoints/last.ckpt``) writes greedy reports for held-out phantoms in float32
and in each mode: the share of reports identical to float32, and BLEU-2 / ROUGE-L against the
phantoms' reference Findings.

The machine's load average and each worker's CPU share (CPU seconds / wall seconds / threads)
are printed beside the timings: other work on a shared machine only ever slows a worker down, and
the ratios compare workers of the same run.

Run: ``python benchmarks/bench_cpu_quantized.py`` (about 15 minutes on 2 cores);
``--modes none,int8`` for a subset, ``--skip-speed`` / ``--skip-fidelity`` for one half.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import torch

VISION = {"model_type": "clip_vision_model", "image_size": 336, "patch_size": 14,
          "hidden_size": 1024, "intermediate_size": 4096, "num_hidden_layers": 24,
          "num_attention_heads": 16, "hidden_act": "quick_gelu"}  # fmt: skip
LANGUAGE = {"model_type": "phi", "hidden_size": 2560, "intermediate_size": 10240,
            "num_hidden_layers": 32, "num_attention_heads": 32, "partial_rotary_factor": 0.4,
            "max_position_embeddings": 2048, "vocab_size": 51200}  # fmt: skip
#: An id the random model will not pick often enough to end a report early.
NEVER_EOS = 51199
MODES = ("none", "int8", "int4")


# ----------------------------------------------------------------------------- memory, load
def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"/proc/self/status has no {field}")


def _reset_peak() -> bool:
    """Reset the resident peak (``VmHWM``) to the current size; Linux only."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _cpu_seconds() -> float:
    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_utime + use.ru_stime


# ----------------------------------------------------------------------------- speed worker
def build_full_size() -> Any:
    """Phi-2 + CLIP ViT-L/14-336 shapes with random weights (float32, eval mode)."""
    from slava_lightning.components.language import CausalLanguageModel
    from slava_lightning.components.projector import build_projector
    from slava_lightning.components.vision import HFVisionEncoder
    from slava_lightning.interop.weights import skip_init
    from slava_lightning.model import SlavaModel

    torch.manual_seed(0)
    with skip_init():  # random init of 3B weights by transformers' rules is slow; fill below
        encoder = HFVisionEncoder(config=VISION, feature_layer=-2, select="patch")
        lm = CausalLanguageModel(config=LANGUAGE)
        model = SlavaModel(encoder, lambda i, o: build_projector("mlp2x_gelu", i, o), lm)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if p.ndim >= 2:
                p.normal_(0.0, 0.02)
            elif "norm" in name and name.endswith("weight"):
                p.fill_(1.0)
            else:
                p.zero_()
    return model.eval()


def speed_worker(mode: str, new_tokens: int, batch: int, threads: int) -> dict[str, Any]:
    """Time one mode in this process; returns the measurements."""
    from slava_lightning.inference.quantize import quantize_for_cpu
    from slava_lightning.prompts import report_turns, tokenize_prompt

    torch.set_num_threads(threads)
    start = time.perf_counter()
    model = build_full_size()
    quantize_for_cpu(model, mode)
    load_s = time.perf_counter() - start
    loaded_kb = _status_kb("VmRSS")
    reset = _reset_peak()
    ids = tokenize_prompt(model.tokenizer, report_turns("generate"), "phi_v0")
    gen = torch.Generator().manual_seed(1)

    def report(rows: int, tokens: int) -> tuple[float, float, int]:
        x = torch.tensor([ids] * rows)
        pixels = torch.randn(rows, 3, 336, 336, generator=gen)
        cpu, wall = _cpu_seconds(), time.perf_counter()
        out = model.generate(x, torch.ones_like(x), pixels, max_new_tokens=tokens,
                             eos_token_id=NEVER_EOS)  # fmt: skip
        return time.perf_counter() - wall, _cpu_seconds() - cpu, int(out.shape[1])

    report(1, 2)  # warm-up: first-call allocations and kernel selection
    load_before = os.getloadavg()[0]
    _reset_peak()
    t1, c1, n1 = report(1, new_tokens)
    peak_b1 = _status_kb("VmHWM") / 2**20 if reset else float("nan")
    _reset_peak()
    tb, cb, nb = report(batch, new_tokens)
    return {
        "mode": mode, "threads": threads, "new_tokens": n1, "batch": batch, "batch_tokens": nb,
        "s_per_report": t1, "reports_per_s_batched": batch / tb, "s_batched": tb,
        "cpu_share": (c1 + cb) / ((t1 + tb) * threads),
        "cpu_s_per_report": c1, "cpu_s_batched": cb,
        "load_before": load_before, "load_after": os.getloadavg()[0], "load_s": load_s,
        "loaded_gb": loaded_kb / 2**20,
        "peak_b1_gb": peak_b1,
        "generation_peak_gb": max(peak_b1, _status_kb("VmHWM") / 2**20) if reset else float("nan"),
        "process_peak_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20,
    }  # fmt: skip


def run_speed(modes: list[str], args: argparse.Namespace) -> list[dict[str, Any]]:
    """Each mode in a fresh subprocess, one at a time; their JSON results."""
    results = []
    for mode in modes:
        cmd = [sys.executable, __file__, "--worker", mode, "--new-tokens", str(args.new_tokens),
               "--batch", str(args.batch), "--threads", str(args.threads)]  # fmt: skip
        print(f"  running {mode} ...", flush=True)
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
        if done.returncode != 0 or not lines:
            print(f"  {mode}: worker failed (exit {done.returncode}): {done.stderr[-2000:]}")
            continue
        results.append(json.loads(lines[-1]))
        print(f"  {mode}: {json.dumps(results[-1])}", flush=True)
    return results


def _cpu_s(r: dict[str, Any], key: str) -> float:
    """CPU seconds of a timing (older workers: wall seconds x their overall CPU share)."""
    wall = r["s_per_report"] if key == "cpu_s_per_report" else r["s_batched"]
    return float(r.get(key, wall * r["cpu_share"] * r["threads"]))


def print_speed(results: list[dict[str, Any]]) -> None:
    """The speed table, with ratios to float32 from this run (wall time and CPU time)."""
    base = next((r for r in results if r["mode"] == "none"), None)
    batch = results[0]["batch"] if results else 0
    print(
        f"\nmode   s/report(b1)  x f32  cpu-s/report  x f32   reports/s(b{batch})  x f32  "
        "gen.peak GB      loaded GB  proc.peak GB  cpu share  load"
    )
    for r in results:
        speed = base["s_per_report"] / r["s_per_report"] if base else float("nan")
        cpu = _cpu_s(r, "cpu_s_per_report")
        cpu_x = _cpu_s(base, "cpu_s_per_report") / cpu if base else float("nan")
        batched = r["reports_per_s_batched"] / base["reports_per_s_batched"] if base else 0.0
        mem = r["generation_peak_gb"] / base["generation_peak_gb"] if base else float("nan")
        print(
            f"{r['mode']:6} {r['s_per_report']:12.1f}  {speed:5.2f}x {cpu:12.1f}  {cpu_x:5.2f}x "
            f"{r['reports_per_s_batched']:17.4f}  {batched:5.2f}x  "
            f"{r['generation_peak_gb']:6.2f} ({mem:4.0%})  {r.get('peak_b1_gb', float('nan')):10.2f}"
            f"  {r['loaded_gb']:9.2f}  "
            f"{r['process_peak_gb']:12.2f}  {r['cpu_share']:9.0%}  "
            f"{r['load_before']:.1f}->{r['load_after']:.1f}"
        )
    print(
        "targets: batch 1 >= 2.5x float32; generation peak below half of float32's. On a shared "
        "machine\nthe CPU-time ratio is the steadier one: waiting for a core costs wall time only."
    )


# ----------------------------------------------------------------------------- fidelity
def train_fidelity_model(steps: int, root: Path) -> tuple[Any, str]:
    """A small CLIP + mlp2x_gelu + Phi model trained ``steps`` steps on phantom reports."""
    import functools

    import lightning.pytorch as pl

    from slava_lightning.components.language import CausalLanguageModel
    from slava_lightning.components.projector import MLPProjector
    from slava_lightning.components.vision import HFVisionEncoder
    from slava_lightning.data.phantom_datamodule import PhantomDataModule
    from slava_lightning.training.module import SlavaModule

    torch.manual_seed(0)
    vision = {"model_type": "clip_vision_model", "image_size": 64, "patch_size": 8,
              "hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2,
              "num_attention_heads": 2}  # fmt: skip
    language = {"model_type": "phi", "hidden_size": 128, "intermediate_size": 512,
                "num_hidden_layers": 3, "num_attention_heads": 4, "partial_rotary_factor": 0.5,
                "max_position_embeddings": 512, "vocab_size": 2048}  # fmt: skip
    module = SlavaModule(
        HFVisionEncoder(config=vision),
        functools.partial(MLPProjector, depth=2, activation="gelu"),
        CausalLanguageModel(config=language), lr=2e-3, max_length=192, val_generate=0,
    )  # fmt: skip
    data = PhantomDataModule(n=800, image_size=64, tasks=("report",), template="phi_v0",
                             batch_size=16, max_length=192, seed=0,
                             cache_dir=str(root / "phantoms"))  # fmt: skip
    trainer = pl.Trainer(accelerator="cpu", max_steps=steps, logger=False, enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False,
                         num_sanity_val_steps=0, limit_val_batches=0)  # fmt: skip
    trainer.fit(module, data)
    return module.model.eval(), "phi_v0"


def fidelity(args: argparse.Namespace, modes: list[str]) -> None:
    """Greedy reports of held-out phantoms in each mode against float32's."""
    import tempfile

    from slava_lightning.data.phantoms import KINDS, make_phantom
    from slava_lightning.evaluation.metrics.bleu import cxr_bleu2
    from slava_lightning.evaluation.metrics.rouge import rouge_l
    from slava_lightning.generation import GenerationSettings
    from slava_lightning.inference.engine import ReportGenerator, Study
    from slava_lightning.inference.quantize import quantize_for_cpu

    torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory() as tmp:
        if args.fidelity_checkpoint:
            from slava_lightning.inference.loading import load_source

            loaded = load_source(checkpoint=args.fidelity_checkpoint)
            model, template, pad = loaded.model, loaded.template, loaded.pad_to_square
            what = args.fidelity_checkpoint
        else:
            start = time.perf_counter()
            model, template = train_fidelity_model(args.fidelity_steps, Path(tmp))
            pad = True
            what = (
                f"trained here, {args.fidelity_steps} steps ({time.perf_counter() - start:.0f} s)"
            )
    size = model.vision_encoder.processing.size
    phantoms = [make_phantom(KINDS[i % len(KINDS)], seed=100_000 + i, size=max(size, 32))
                for i in range(args.fidelity_studies)]  # fmt: skip
    studies = [Study(f"p{i}", [ph.image.convert("RGB")]) for i, ph in enumerate(phantoms)]
    refs = [ph.findings for ph in phantoms]
    settings = GenerationSettings(max_new_tokens=args.fidelity_tokens)
    texts: dict[str, list[str]] = {}
    for mode in modes:
        quantized = quantize_for_cpu(copy.deepcopy(model), mode)
        gen = ReportGenerator(quantized, template=template, batch_size=8, pad_to_square=pad)
        texts[mode] = [r.text for r in gen.generate(studies, settings)]
    print(
        f"\nfidelity: {len(studies)} held-out phantoms, model {what}, greedy, "
        f"{args.fidelity_tokens} new tokens"
    )
    print("mode   identical to f32   BLEU-2   (diff)   ROUGE-L  (diff)")
    base = texts.get("none")
    for mode in modes:
        same = sum(a == b for a, b in zip(texts[mode], base or [], strict=False)) / len(studies)
        b2, rl = cxr_bleu2(texts[mode], refs), rouge_l(texts[mode], refs)
        b2_0 = cxr_bleu2(base, refs) if base else float("nan")
        rl_0 = rouge_l(base, refs) if base else float("nan")
        print(f"{mode:6} {same:17.1%}   {b2:.4f} ({b2 - b2_0:+.4f})  {rl:.4f} ({rl - rl_0:+.4f})")
    print("targets: >= 90% identical; metrics within 0.01 of float32")
    print(f"example ({modes[-1]}): {texts[modes[-1]][0]!r}\n   reference: {refs[0]!r}")


def main() -> None:
    """Parse the options; run the speed workers and the fidelity comparison."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--modes", default=",".join(MODES), help="comma-separated subset of none,int8,int4"
    )
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--new-tokens", type=int, default=128)
    p.add_argument("--batch", type=int, default=4)
    p.add_argument("--skip-speed", action="store_true")
    p.add_argument("--skip-fidelity", action="store_true")
    p.add_argument("--fidelity-checkpoint", default=None, help="a slava-fit .ckpt to compare")
    p.add_argument("--fidelity-steps", type=int, default=400)
    p.add_argument("--fidelity-studies", type=int, default=120)
    p.add_argument("--fidelity-tokens", type=int, default=64)
    p.add_argument("--worker", choices=MODES, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        print(json.dumps(speed_worker(args.worker, args.new_tokens, args.batch, args.threads)))
        return
    modes = [m for m in args.modes.split(",") if m]
    bad = [m for m in modes if m not in MODES]
    if bad:
        p.error(f"unknown mode(s) {bad}; choose from {MODES}")
    print(
        f"== quantized CPU generation: torch {torch.__version__}, {args.threads} thread(s), "
        f"{os.cpu_count()} CPU(s), load average {os.getloadavg()[0]:.1f}"
    )
    if not args.skip_speed:
        print(
            f"speed: Phi-2 + CLIP ViT-L/14-336 shapes, random weights, {args.new_tokens} new "
            f"tokens per report, batch 1 and {args.batch}"
        )
        print_speed(run_speed(modes, args))
    if not args.skip_fidelity:
        fidelity(args, ["none"] + [m for m in modes if m != "none"])


if __name__ == "__main__":
    main()
