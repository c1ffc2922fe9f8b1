"""Batched generation (16 studies) vs the released code's loop (one study at a time), same weights.

Reference: transformers ``LlavaForConditionalGeneration.generate`` called once per study, greedy
with ``no_repeat_ngram_size=3`` (the released evaluation's decoding). Ours: one
``ReportGenerator`` call over all 16 studies (left-padded batch, KV cache, same decoding).

The ratio depends on report length: prefill (vision tower + the ~240-token prompt) costs the same
arithmetic whether studies go one at a time or together, and only decoding gains from batching.
The script therefore measures several lengths (``--new-tokens``; IU-Xray Findings average 32 words,
90th percentile 51) and also prints the bound that prefill alone puts on the ratio on this machine.
Run: ``python benchmarks/bench_batched_generation.py [--new-tokens 32 64 128]``
"""

from __future__ import annotations

import argparse
import time

import torch
from bench_common import NEVER_EOS, build_models, expand_for_llava, header
from PIL import Image

from slava_lightning.generation import GenerationSettings
from slava_lightning.inference.engine import ReportGenerator, Study
from slava_lightning.prompts import report_turns, tokenize_prompt

STUDIES = 16


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--new-tokens", type=int, nargs="+", default=[32, 64, 128])
    args = parser.parse_args()
    header(f"batched generation, {STUDIES} studies, greedy, no-repeat 3, no early EOS")
    model, ref = build_models()
    generator = ReportGenerator(model, batch_size=STUDIES)
    gen = torch.Generator().manual_seed(1)
    images = [
        Image.fromarray((torch.rand(256, 256 + 8 * i, generator=gen) * 255).byte().numpy())
        for i in range(STUDIES)
    ]
    studies = [Study(str(i), [im]) for i, im in enumerate(images)]
    ids = tokenize_prompt(model.tokenizer, report_turns("generate"), "phi_v0")
    ref_ids = torch.tensor([expand_for_llava(model, ids)])
    print(f"prompt: {ref_ids.shape[1]} tokens after image expansion")

    def ours(n: int) -> list[str]:
        settings = GenerationSettings(
            max_new_tokens=n, no_repeat_ngram_size=3, eos_token_id=NEVER_EOS
        )
        return [r.text for r in generator.generate(studies, settings)]

    @torch.inference_mode()
    def released_loop(n: int) -> list[str]:
        texts = []
        for study in studies:  # one at a time, as the released evaluation script
            pixels = generator.pixel_values([study])
            out = ref.generate(input_ids=ref_ids, attention_mask=torch.ones_like(ref_ids),
                               pixel_values=pixels, max_new_tokens=n, do_sample=False,
                               no_repeat_ngram_size=3, eos_token_id=NEVER_EOS, pad_token_id=0)  # fmt: skip
            texts.append(
                model.tokenizer.decode(out[0, ref_ids.shape[1] :], skip_special_tokens=True)
            )
        return texts

    ours(2), released_loop(2)  # warm-up
    prefill = min(_timed(lambda: ours(1))[0] for _ in range(2))
    print(f"ours, prefill only (16 studies, 1 new token): {prefill:.2f} s")
    print(f"{'new tokens':>10} {'same':>6} {'ours tok/s':>11} {'loop tok/s':>11} "
          f"{'ours rep/s':>11} {'loop rep/s':>11} {'ratio':>7} {'bound':>7}")  # fmt: skip
    for i, n in enumerate(args.new_tokens):
        if i % 2 == 0:  # alternate which side runs first
            t_ours, a = _timed(lambda n=n: ours(n))
            t_ref, b = _timed(lambda n=n: released_loop(n))
        else:
            t_ref, b = _timed(lambda n=n: released_loop(n))
            t_ours, a = _timed(lambda n=n: ours(n))
        same = sum(x == y.strip() for x, y in zip(a, b, strict=True))
        total = STUDIES * n
        print(f"{n:>10} {same:>3}/{STUDIES} {total / t_ours:>11.1f} {total / t_ref:>11.1f} "
              f"{STUDIES / t_ours:>11.2f} {STUDIES / t_ref:>11.2f} {t_ref / t_ours:>6.2f}x "
              f"{t_ref / prefill:>6.1f}x")  # fmt: skip
    print("ratio = loop time / ours (target >= 6x); bound = loop time / ours' prefill alone,")
    print("the ratio if batched decoding cost nothing.")


def _timed(fn) -> tuple[float, list[str]]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


if __name__ == "__main__":
    main()
