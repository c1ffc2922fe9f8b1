"""Quantized CPU generation at full SLaVA-CXR size: float32 vs int8 (vs int4), in one run.

Speed: Phi-2 (hidden 2560, 32 layers, intermediate 10240, vocabulary 51,200) behind CLIP
ViT-L/14-336 (hidden 1024, 24 layers, 336 px, patch 14 -> 576 image tokens) and the mlp2x_gelu
projector, random weights, float32 on ``--threads`` cores (2 by default). One process holds the
float32 model and its quantized copies (they share the float parts: vision tower, embeddings,
norms), with OpenMP threads waiting passively as in the slava tools, and times 128-token reports at batch 1 (the released prompt, one image, greedy, no early
stop) alternating between the modes, ``--repeats`` rounds in A B / B A order, so every mode sees
the same machine load; then one batched round at ``--batch``. It prints seconds per report in wall
time and in process CPU time, and the ratios to float32 of both: on a shared machine, waiting for a
core costs wall time only, so the CPU-time ratio is the steadier one.

Memory, per mode, each in its own short child process so each peak is its own: the float32 model
is written once as a LLaVA-Phi folder (``--memory-dir``, ~12 GB of disk, removed afterwards), and
each child loads it as ``slava-generate`` does (``load_source(..., quantize=mode)``: quantized
layer by layer while reading) and writes one short report at batch 1 and at ``--batch``. Printed:
the process peak (loading included), the resident size once loaded, and the peak while generating.

Fidelity: a small model trained here on synthetic phantoms (or ``--fidelity-checkpoint``, e.g. the
demo's ``logs/demo/checkpoints/last.ckpt``) writes greedy reports for held-out phantoms in float32
and in each mode: the share of reports identical to float32, and BLEU-2 / ROUGE-L against the
phantoms' reference Findings.

Run: ``python benchmarks/bench_cpu_quantized.py`` (about an hour on 2 shared cores; needs ~17 GB
of memory for the speed part); ``--modes none,int8,int4`` adds int4; ``--skip-speed`` /
``--skip-memory`` / ``--skip-fidelity`` leave a part out.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# As the slava tools run (slava_lightning.threads): idle OpenMP threads sleep instead of spinning,
# which on a shared machine would count as CPU time and take cores from the working threads.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

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
NAMES = {"none": "float32", "int8": "int8", "int4": "int4"}


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


def quantized_copy(model: Any, mode: str) -> Any:
    """``model`` quantized, sharing every float tensor with it (only the new layers cost memory)."""
    from slava_lightning.quantization import quantize_for_cpu

    shared = {id(t): t for t in [*model.parameters(), *model.buffers()]}
    return quantize_for_cpu(copy.deepcopy(model, shared), mode)


# ----------------------------------------------------------------------------- speed
class Reporter:
    """Times one report of a model: wall and process CPU seconds, the load average around it."""

    def __init__(self, ids: list[int], new_tokens: int) -> None:
        self.ids, self.new_tokens = ids, new_tokens
        self.gen = torch.Generator().manual_seed(1)

    def __call__(self, model: Any, rows: int, tokens: int | None = None) -> dict[str, float]:
        x = torch.tensor([self.ids] * rows)
        pixels = torch.randn(rows, 3, 336, 336, generator=self.gen)
        load, cpu, wall = os.getloadavg()[0], _cpu_seconds(), time.perf_counter()
        out = model.generate(x, torch.ones_like(x), pixels, max_new_tokens=tokens or self.new_tokens,
                             eos_token_id=NEVER_EOS)  # fmt: skip
        wall, cpu = time.perf_counter() - wall, _cpu_seconds() - cpu
        return {"wall": wall, "cpu": cpu, "tokens": int(out.shape[1]), "rows": rows,
                "load": (load + os.getloadavg()[0]) / 2}  # fmt: skip


def run_speed(modes: list[str], args: argparse.Namespace) -> dict[str, Any]:
    """All modes in this process, timed alternately; the raw timings per mode."""
    from slava_lightning.prompts import report_turns, tokenize_prompt

    torch.set_num_threads(args.threads)
    start = time.perf_counter()
    base = build_full_size()
    models = {"none": base}
    built = {"none": time.perf_counter() - start}
    for mode in modes:
        if mode != "none":
            start = time.perf_counter()
            models[mode] = quantized_copy(base, mode)
            built[mode] = time.perf_counter() - start
    print(f"  built: {json.dumps({m: round(s, 1) for m, s in built.items()})} s; resident "
          f"{_status_kb('VmRSS') / 2**20:.1f} GB", flush=True)  # fmt: skip
    report = Reporter(tokenize_prompt(base.tokenizer, report_turns("generate"), "phi_v0"),
                      args.new_tokens)  # fmt: skip
    order = ["none", *[m for m in modes if m != "none"]]
    for mode in order:  # warm-up: first-call allocations and kernel selection
        report(models[mode], 1, 2)
    timings: dict[str, dict[str, list[dict[str, float]]]] = {m: {"b1": [], "batched": []}
                                                              for m in order}  # fmt: skip
    for rnd in range(args.repeats):
        for mode in order if rnd % 2 == 0 else order[::-1]:
            t = report(models[mode], 1)
            timings[mode]["b1"].append(t)
            print(f"  round {rnd + 1} {NAMES[mode]:7} batch 1: {t['wall']:7.1f} s wall, "
                  f"{t['cpu']:7.1f} s CPU, load {t['load']:.1f}", flush=True)  # fmt: skip
    for mode in order if args.repeats % 2 == 0 else order[::-1]:
        t = report(models[mode], args.batch)
        timings[mode]["batched"].append(t)
        print(f"  {NAMES[mode]:7} batch {args.batch}: {t['wall']:7.1f} s wall, {t['cpu']:7.1f} s "
              f"CPU, load {t['load']:.1f}", flush=True)  # fmt: skip
    return {"threads": args.threads, "batch": args.batch, "timings": timings,
            "peak_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20}  # fmt: skip


def _mean(runs: list[dict[str, float]], key: str) -> float:
    return sum(r[key] for r in runs) / len(runs)


def print_speed(result: dict[str, Any]) -> None:
    """Seconds per report and reports/s per mode, with ratios to float32 (wall and CPU time)."""
    t, batch, threads = result["timings"], result["batch"], result["threads"]
    f_wall, f_cpu = _mean(t["none"]["b1"], "wall"), _mean(t["none"]["b1"], "cpu")
    f_rps = batch / t["none"]["batched"][0]["wall"]
    print(f"\nmode     s/report(b1) wall   CPU   x f32 wall   CPU   reports/s(b{batch})  x f32  "
          "CPU share  load")  # fmt: skip
    for mode, runs in t.items():
        wall, cpu, rps = _mean(runs["b1"], "wall"), _mean(runs["b1"], "cpu"), 0.0
        rps = batch / runs["batched"][0]["wall"]
        share = sum(r["cpu"] for r in runs["b1"]) / (sum(r["wall"] for r in runs["b1"]) * threads)
        print(f"{NAMES[mode]:8} {wall:13.1f} {cpu:7.1f} {f_wall / wall:9.2f}x {f_cpu / cpu:5.2f}x "
              f"{rps:17.4f}  {rps / f_rps:5.2f}x {share:9.0%}  "
              f"{_mean(runs['b1'], 'load'):.1f}")  # fmt: skip
    for mode, runs in t.items():
        if mode == "none":
            continue
        wall, cpu = _mean(runs["b1"], "wall"), _mean(runs["b1"], "cpu")
        pairs = [a["cpu"] / b["cpu"] for a, b in zip(t["none"]["b1"], runs["b1"], strict=True)]
        print(f"batch 1: float32 {f_wall:.1f} s/report, {NAMES[mode]} {wall:.1f} s/report -> "
              f"{f_wall / wall:.2f}x (wall), {f_cpu / cpu:.2f}x (CPU); CPU ratio per round "
              f"{', '.join(f'{x:.2f}x' for x in pairs)}")  # fmt: skip
        rps = batch / runs["batched"][0]["wall"]
        print(f"batch {batch}: float32 {f_rps:.4f} reports/s, {NAMES[mode]} {rps:.4f} reports/s "
              f"-> {rps / f_rps:.2f}x (wall), "
              f"{t['none']['batched'][0]['cpu'] / runs['batched'][0]['cpu']:.2f}x (CPU)")  # fmt: skip
    print(f"process peak holding all modes: {result['peak_gb']:.1f} GB")
    print("target: batch 1 >= 2.5x float32")


# ----------------------------------------------------------------------------- memory
def memory_worker(
    mode: str, folder: str, new_tokens: int, batch: int, threads: int
) -> dict[str, Any]:
    """Load ``folder`` as the tools do, quantized to ``mode``; peaks of loading and generating."""
    from slava_lightning.inference.loading import load_source
    from slava_lightning.prompts import report_turns, tokenize_prompt

    torch.set_num_threads(threads)
    start = time.perf_counter()
    model = load_source(checkpoint=folder, quantize=mode).model
    load_s = time.perf_counter() - start
    loaded_kb, load_peak_kb = _status_kb("VmRSS"), _status_kb("VmHWM")
    report = Reporter(tokenize_prompt(model.tokenizer, report_turns("generate"), "phi_v0"),
                      new_tokens)  # fmt: skip
    peaks = {}
    for rows in (1, batch):
        _reset_peak()
        report(model, rows)
        peaks[rows] = _status_kb("VmHWM") / 2**20
    return {"mode": mode, "load_s": load_s, "loaded_gb": loaded_kb / 2**20,
            "load_peak_gb": load_peak_kb / 2**20, "peak_b1_gb": peaks[1],
            "peak_batched_gb": peaks[batch]}  # fmt: skip


def run_memory(modes: list[str], args: argparse.Namespace) -> list[dict[str, Any]]:
    """Write the full-size model once, then load it in one child process per mode."""
    from slava_lightning.interop import save_llava_phi

    folder = Path(args.memory_dir)
    if not (folder / "model.safetensors").is_file():
        start = time.perf_counter()
        model = build_full_size()
        save_llava_phi(model, folder)
        del model
        print(f"  wrote {folder} ({time.perf_counter() - start:.0f} s)", flush=True)
    results = []
    try:
        for mode in ["none", *[m for m in modes if m != "none"]]:
            cmd = [sys.executable, __file__, "--memory-worker", mode, "--memory-dir", str(folder),
                   "--layers", str(args.layers),
                   "--new-tokens", str(args.memory_tokens), "--batch", str(args.batch),
                   "--threads", str(args.threads)]  # fmt: skip
            done = subprocess.run(cmd, capture_output=True, text=True, check=False)
            lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
            if done.returncode != 0 or not lines:
                print(f"  {mode}: worker failed (exit {done.returncode}): {done.stderr[-2000:]}")
                continue
            results.append(json.loads(lines[-1]))
            print(f"  {NAMES[mode]}: {json.dumps(results[-1])}", flush=True)
    finally:
        if not args.keep_memory_dir:
            shutil.rmtree(folder, ignore_errors=True)
    return results


def print_memory(results: list[dict[str, Any]], batch: int) -> None:
    """Peaks per mode (``VmHWM``: loading, then generating at batch 1 and batched), vs float32."""
    base = next((r for r in results if r["mode"] == "none"), None)
    keys = ("load_peak_gb", "loaded_gb", "peak_b1_gb", "peak_batched_gb")
    print(f"\nmode     load s  loading peak GB  loaded GB       peak b1 GB      peak b{batch} GB")
    for r in results:
        cells = "  ".join(f"{r[k]:6.2f} ({r[k] / base[k] if base else float('nan'):4.0%})"
                          for k in keys)  # fmt: skip
        print(f"{NAMES[r['mode']]:8} {r['load_s']:6.0f}  {cells}")
    for r in results:
        if base and r is not base:
            ratios = {k: r[k] / base[k] for k in keys}
            print(f"peak memory {NAMES[r['mode']]} / float32: loading {ratios['load_peak_gb']:.0%},"
                  f" generating at batch 1 {ratios['peak_b1_gb']:.0%}, at batch {batch} "
                  f"{ratios['peak_batched_gb']:.0%}")  # fmt: skip
    print("target: int8 peak below half of float32's")


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
    from slava_lightning.quantization import quantize_for_cpu

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
    """Parse the options; run the speed, memory and fidelity parts."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--modes", default="none,int8", help="comma-separated subset of none,int8,int4")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--new-tokens", type=int, default=128)
    p.add_argument("--batch", type=int, default=4)
    p.add_argument("--repeats", type=int, default=2, help="timed batch-1 rounds per mode")
    p.add_argument("--layers", type=int, default=32, help="Phi-2 layers (fewer: a quick check)")
    p.add_argument("--memory-dir", default="/tmp/slava-bench-fullsize",
                   help="where the memory part writes the full-size folder (~12 GB)")  # fmt: skip
    p.add_argument("--keep-memory-dir", action="store_true")
    p.add_argument("--memory-tokens", type=int, default=16, help="new tokens per memory report")
    p.add_argument("--skip-speed", action="store_true")
    p.add_argument("--skip-memory", action="store_true")
    p.add_argument("--skip-fidelity", action="store_true")
    p.add_argument("--fidelity-checkpoint", default=None, help="a slava-fit .ckpt to compare")
    p.add_argument("--fidelity-steps", type=int, default=400)
    p.add_argument("--fidelity-studies", type=int, default=120)
    p.add_argument("--fidelity-tokens", type=int, default=64)
    p.add_argument("--memory-worker", choices=MODES, help=argparse.SUPPRESS)
    args = p.parse_args()
    LANGUAGE["num_hidden_layers"] = args.layers
    if args.memory_worker:
        print(json.dumps(memory_worker(args.memory_worker, args.memory_dir, args.new_tokens,
                                       args.batch, args.threads)))  # fmt: skip
        return
    modes = [m for m in args.modes.split(",") if m]
    bad = [m for m in modes if m not in MODES]
    if bad:
        p.error(f"unknown mode(s) {bad}; choose from {MODES}")
    print(
        f"== quantized CPU generation: torch {torch.__version__}, {args.threads} thread(s), "
        f"{os.cpu_count()} CPU(s), OMP_WAIT_POLICY={os.environ['OMP_WAIT_POLICY']}, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    if not args.skip_speed:
        print(
            f"speed: Phi-2 + CLIP ViT-L/14-336 shapes, random weights, {args.new_tokens} new "
            f"tokens per report, batch 1 ({args.repeats} alternating rounds) and {args.batch}"
        )
        print_speed(run_speed(modes, args))
    if not args.skip_memory:
        print(f"memory: one child process per mode loads the full-size folder, then writes "
              f"{args.memory_tokens}-token reports at batch 1 and {args.batch}")  # fmt: skip
        print_memory(run_memory(modes, args), args.batch)
    if not args.skip_fidelity:
        fidelity(args, ["none"] + [m for m in modes if m != "none"])


if __name__ == "__main__":
    main()
