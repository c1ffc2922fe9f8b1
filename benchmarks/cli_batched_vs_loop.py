"""Cross-check of the batched ratio through the command line, with a transformers-only reference.

Unlike ``bench_batched_generation.py`` (both sides in one process, same prepared inputs), this
writes the benchmark model as a transformers Llava folder and 16 PNG files, then times two
separate processes end to end (model loading, image decoding, generation, output):

- ``slava-generate --hf-llava FOLDER --image-folder PNGS --batch-size 16``;
- a script that imports only transformers and PIL and runs the released evaluation's loop:
  ``LlavaProcessor`` + ``LlavaForConditionalGeneration.generate`` one image at a time, greedy,
  ``no_repeat_ngram_size=3``.

The two sides preprocess images differently (ours pads to a square as in training, the released
evaluation does not), so reports are not compared; tokens generated are counted on each side.
Run: ``python benchmarks/cli_batched_vs_loop.py [--new-tokens 64]``
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch
from bench_common import THREADS, build_models
from PIL import Image

from slava_lightning.interop import save_hf_llava

STUDIES = 16
PROMPT = ("A chat between a curious user and an artificial intelligence assistant. The assistant "
          "gives helpful, detailed, and polite answers to the user's questions. USER: <image>\n"
          "Write a findings report of this image: ASSISTANT:")  # fmt: skip

REFERENCE = """
import json, sys, time
from pathlib import Path
import torch
from PIL import Image
from transformers import LlavaForConditionalGeneration, LlavaProcessor

folder, images, new_tokens, prompt = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
torch.set_num_threads(int(sys.argv[5]))
processor = LlavaProcessor.from_pretrained(folder)
model = LlavaForConditionalGeneration.from_pretrained(folder).eval()
tokens, start = 0, time.perf_counter()
with torch.inference_mode():
    for path in sorted(Path(images).glob("*.png")):
        inputs = processor(images=Image.open(path).convert("RGB"), text=prompt, return_tensors="pt")
        out = model.generate(**inputs, max_new_tokens=new_tokens, do_sample=False,
                             no_repeat_ngram_size=3, pad_token_id=processor.tokenizer.pad_token_id)
        tokens += out.shape[1] - inputs["input_ids"].shape[1]
print(json.dumps({"tokens": tokens, "seconds": time.perf_counter() - start}))
"""


def _run(cmd: list[str]) -> tuple[float, str, str]:
    env = dict(os.environ, OMP_NUM_THREADS=str(THREADS), HF_HUB_OFFLINE="1")
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{cmd[0]} failed:\n{done.stderr[-3000:]}")
    return seconds, done.stdout, done.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--new-tokens", type=int, default=64)
    args = parser.parse_args()
    print(f"== CLI cross-check: {STUDIES} PNG studies, {args.new_tokens} new tokens at most, "
          f"{THREADS} thread(s) per process")  # fmt: skip
    model, _ = build_models()
    with tempfile.TemporaryDirectory() as tmp:
        folder, images, out = Path(tmp, "llava"), Path(tmp, "pngs"), Path(tmp, "out.jsonl")
        save_hf_llava(model, folder)
        images.mkdir()
        gen = torch.Generator().manual_seed(1)
        for i in range(STUDIES):
            pixels = (torch.rand(256, 256 + 8 * i, generator=gen) * 255).byte().numpy()
            Image.fromarray(pixels).save(images / f"study{i:02d}.png")
        script = Path(tmp, "released_loop.py")
        script.write_text(REFERENCE)
        ours_cmd = [str(Path(sys.executable).with_name("slava-generate")), "--hf-llava", str(folder),
                    "--image-folder", str(images), "--batch-size", str(STUDIES),
                    "--max-new-tokens", str(args.new_tokens), "--output", str(out)]  # fmt: skip
        ref_cmd = [sys.executable, str(script), str(folder), str(images), str(args.new_tokens),
                   PROMPT, str(THREADS)]  # fmt: skip
        t_ours, _, log = _run(ours_cmd)
        ours_tokens = sum(json.loads(line)["metadata"]["completion_tokens"] for line in out.open())
        stats = re.search(r"generated in ([0-9.]+) s", log)
        if stats is None:
            sys.exit(f"no timing line in slava-generate's output:\n{log[-2000:]}")
        g_ours = float(stats.group(1))
        t_ref, stdout, _ = _run(ref_cmd)
        ref = json.loads(stdout.strip().splitlines()[-1])
        ref_tokens, g_ref = ref["tokens"], ref["seconds"]
    print(f"{'':34} {'end to end':>22} {'generation only':>22}")
    for name, tokens, total, gen in ((f"slava-generate --batch-size {STUDIES}", ours_tokens,
                                      t_ours, g_ours),
                                     ("released loop (transformers only)", ref_tokens, t_ref,
                                      g_ref)):  # fmt: skip
        print(f"{name:34} {total:6.1f} s {tokens / total:7.1f} tok/s "
              f"{gen:6.1f} s {tokens / gen:7.1f} tok/s  ({tokens} tokens)")  # fmt: skip
    print(f"ratio (tokens/s, ours / loop): end to end "
          f"{(ours_tokens / t_ours) / (ref_tokens / t_ref):.2f}x, generation only "
          f"{(ours_tokens / g_ours) / (ref_tokens / g_ref):.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
