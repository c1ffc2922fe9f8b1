"""The demo's training and generation alone and next to one CPU-bound process, per thread setting.

Each run is a fresh process: it builds the demo model (``configs/demo.yaml``: timm ``test_resnet``
64 px, 2-layer GELU projector, Phi-style LM width 96 / 2 layers) with random weights, takes
phantom batches of the demo's data settings (16 report conversations each), then times
``--steps`` training steps (forward, backward, AdamW) and ``--generate`` greedy generation
batches (8 studies, 40 new tokens), ``--repeats`` times alone and as often next to a neighbour (a
pure-Python busy loop, one core, started before and stopped after each timing), alternating, and
keeps the best time of each (other work on a shared machine only adds time). Settings:

* ``old``: torch's defaults (one OpenMP thread per core, spin-waiting OpenMP);
* ``new``: :func:`slava_lightning.threads.configure_threads` with its automatic choice, as the
  commands apply it;
* ``N``: ``N`` threads, passive OpenMP wait; ``N-active``: ``N`` threads, ``OMP_WAIT_POLICY=ACTIVE``.

The slowdown of a setting is its best time next to the neighbour over its best time alone, from
the same process. On a machine that other work keeps busy the "alone" runs are not alone: the load average
printed with each run says how busy the machine was.

    python benchmarks/bench_busy_neighbour.py [--settings old new 1 2] [--steps 20] [--generate 2] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "configs" / "demo.yaml"
BUSY_LOOP = "while True: pass"


def worker(setting: str, steps: int, generate: int, repeats: int) -> None:
    """Timed runs in this process (the thread setting is applied before torch loads)."""
    if setting == "new":
        from slava_lightning.threads import configure_threads

        configure_threads()
    elif setting != "old":
        n, _, policy = setting.partition("-")
        os.environ["OMP_WAIT_POLICY"] = "ACTIVE" if policy == "active" else "PASSIVE"
        from slava_lightning.threads import configure_threads

        configure_threads(int(n))
    import torch

    from slava_lightning.data.phantom_datamodule import TaskMixturePhantoms
    from slava_lightning.inference.loading import model_from_config

    torch.manual_seed(0)
    model = model_from_config(DEMO)
    # the demo's data settings (configs/demo.yaml), fewer phantoms
    dm = TaskMixturePhantoms(n=200, image_size=64, mixture={"report": 1.0}, batch_size=16,
                             eval_batch_size=8, template="plain", max_length=256, seed=0)  # fmt: skip
    dm.attach(model.tokenizer, model.vision_encoder.processing)
    dm.prepare_data()
    dm.setup("fit")
    train = list(dm.train_dataloader())
    prompts = list(dm.generation_dataloader("test"))
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3)

    def step(batch: dict) -> None:
        out = model(batch["input_ids"], batch["attention_mask"], batch["pixel_values"],
                    batch["labels"])  # fmt: skip
        out.loss.backward()
        opt.step()
        opt.zero_grad()

    def timed() -> tuple[float, float]:
        model.train()
        start = time.perf_counter()
        for i in range(steps):
            step(train[i % len(train)])
        train_s = time.perf_counter() - start
        model.eval()
        start = time.perf_counter()
        with torch.no_grad():
            for i in range(generate):
                b = prompts[i % len(prompts)]
                model.generate(b["input_ids"], b["attention_mask"], b["pixel_values"],
                               max_new_tokens=40)  # fmt: skip
        return train_s, time.perf_counter() - start

    step(train[0])  # warm-up
    best: dict[str, tuple[float, float, float]] = {}
    for _ in range(repeats):
        for where in ("alone", "neighbour"):
            load = os.getloadavg()[0]
            busy = subprocess.Popen([sys.executable, "-c", BUSY_LOOP]) if where != "alone" else None
            try:
                if busy:
                    time.sleep(1.0)  # let it take its core
                train_s, gen_s = timed()
            finally:
                if busy:
                    busy.kill()
                    busy.wait()
            if where not in best or train_s + gen_s < sum(best[where][:2]):
                best[where] = (train_s, gen_s, load)
    print(json.dumps({"threads": torch.get_num_threads(), "best": best}))


def run(setting: str, args: argparse.Namespace, env: dict) -> dict:
    """One worker process; its best times alone and next to the neighbour."""
    cmd = [sys.executable, __file__, "--worker", setting, "--steps", str(args.steps),
           "--generate", str(args.generate), "--repeats", str(args.repeats)]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"worker {setting} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--settings", nargs="+", default=["old", "new"])
    ap.add_argument("--steps", type=int, default=20, help="timed training steps (default: 20)")
    ap.add_argument("--generate", type=int, default=2, help="timed generation batches (default 2)")
    ap.add_argument("--repeats", type=int, default=3, help="timings per condition (default: 3)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        return worker(args.worker, args.steps, args.generate, args.repeats)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OMP_", "SLAVA_NUM_THREADS"))}
    env.setdefault("SLAVA_CACHE", tempfile.mkdtemp(prefix="slava-bench-"))
    print(f"{os.cpu_count()} CPUs; {args.steps} training steps (batch 16) + {args.generate} "
          f"generation batches (8 x 40 tokens) per timing, best of {args.repeats}")  # fmt: skip
    print(f"{'setting':<9} {'neighbour':<9} {'threads':>7} {'load':>5} {'train s':>8} "
          f"{'gen s':>6} {'total s':>8} {'slowdown':>8}")  # fmt: skip
    for setting in args.settings:
        out = run(setting, args, env)
        alone, busy = out["best"]["alone"], out["best"]["neighbour"]
        for label, (train_s, gen_s, load) in (("no", alone), ("yes", busy)):
            ratio = f"{sum(busy[:2]) / sum(alone[:2]):.2f}x" if label == "yes" else ""
            print(f"{setting:<9} {label:<9} {out['threads']:>7} {load:5.2f} {train_s:8.2f} "
                  f"{gen_s:6.2f} {train_s + gen_s:8.2f} {ratio:>8}", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
