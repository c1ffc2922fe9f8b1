"""Batched generation (16 studies) vs the released code's loop (one study at a time), same weights.

Reference: transformers ``LlavaForConditionalGeneration.generate`` called once per study, greedy
with ``no_repeat_ngram_size=3`` (the released evaluation's decoding). Ours: one
``ReportGenerator`` call over all 16 studies (left-padded batch, KV cache, same decoding).
Run: ``python benchmarks/bench_batched_generation.py``
"""

from __future__ import annotations

import torch
from bench_common import NEVER_EOS, build_models, expand_for_llava, header, timed_pair
from PIL import Image

from slava_lightning.generation import GenerationSettings
from slava_lightning.inference.engine import ReportGenerator, Study
from slava_lightning.prompts import report_turns, tokenize_prompt

STUDIES = 16
NEW_TOKENS = 24


def main() -> None:
    header(f"batched generation, {STUDIES} studies, {NEW_TOKENS} new tokens, greedy, no-repeat 3")
    model, ref = build_models()
    generator = ReportGenerator(model, batch_size=STUDIES)
    gen = torch.Generator().manual_seed(1)
    images = [
        Image.fromarray((torch.rand(256, 256 + 8 * i, generator=gen) * 255).byte().numpy())
        for i in range(STUDIES)
    ]
    studies = [Study(str(i), [im]) for i, im in enumerate(images)]
    settings = GenerationSettings(
        max_new_tokens=NEW_TOKENS, no_repeat_ngram_size=3, eos_token_id=NEVER_EOS
    )
    ids = tokenize_prompt(model.tokenizer, report_turns("generate"), "phi_v0")
    ref_ids = torch.tensor([expand_for_llava(model, ids)])

    def ours() -> list[str]:
        return [r.text for r in generator.generate(studies, settings)]

    @torch.inference_mode()
    def released_loop() -> list[str]:
        texts = []
        for study in studies:  # one at a time, as the released evaluation script
            pixels = generator.pixel_values([study])
            out = ref.generate(input_ids=ref_ids, attention_mask=torch.ones_like(ref_ids),
                               pixel_values=pixels, max_new_tokens=NEW_TOKENS, do_sample=False,
                               no_repeat_ngram_size=3, eos_token_id=NEVER_EOS, pad_token_id=0)  # fmt: skip
            texts.append(
                model.tokenizer.decode(out[0, ref_ids.shape[1] :], skip_special_tokens=True)
            )
        return texts

    a, b = ours(), released_loop()
    print(f"same reports: {sum(x == y.strip() for x, y in zip(a, b, strict=True))}/{STUDIES}")
    t_ours, t_ref = timed_pair(ours, released_loop, repeats=1)
    total = STUDIES * NEW_TOKENS
    print(f"slava-lightning (batch {STUDIES}): {total / t_ours:7.1f} tokens/s, "
          f"{STUDIES / t_ours:.2f} reports/s")  # fmt: skip
    print(f"released loop (batch 1)   : {total / t_ref:7.1f} tokens/s, "
          f"{STUDIES / t_ref:.2f} reports/s")  # fmt: skip
    print(f"ratio (ours / released loop): {t_ref / t_ours:.2f}x  (target >= 6x)")


if __name__ == "__main__":
    main()
