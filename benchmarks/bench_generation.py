"""Generation tokens/s at batch 1: SlavaModel.generate vs transformers Llava generate, same weights.

Greedy, KV cache on both sides, 32 new tokens from one 224-px image and the released prompt.
Run: ``python benchmarks/bench_generation.py``
"""

from __future__ import annotations

import torch
from bench_common import NEVER_EOS, build_models, expand_for_llava, header, timed_pair

from slava_lightning.prompts import report_turns, tokenize_prompt

NEW_TOKENS = 32


def main() -> None:
    header(f"generation, batch 1, {NEW_TOKENS} new tokens, greedy")
    model, ref = build_models()
    ids = tokenize_prompt(model.tokenizer, report_turns("generate"), "phi_v0")
    pixels = torch.randn(1, 3, 224, 224, generator=torch.Generator().manual_seed(1))
    ours_ids = torch.tensor([ids])
    ref_ids = torch.tensor([expand_for_llava(model, ids)])

    def ours() -> torch.Tensor:
        return model.generate(ours_ids, torch.ones_like(ours_ids), pixels,
                              max_new_tokens=NEW_TOKENS, eos_token_id=NEVER_EOS)  # fmt: skip

    @torch.inference_mode()
    def theirs() -> torch.Tensor:
        out = ref.generate(input_ids=ref_ids, attention_mask=torch.ones_like(ref_ids),
                           pixel_values=pixels, max_new_tokens=NEW_TOKENS, do_sample=False,
                           eos_token_id=NEVER_EOS, pad_token_id=0)  # fmt: skip
        return out[:, ref_ids.shape[1] :]

    a, b = ours(), theirs()
    same = int((a == b).all(dim=0).long().cumprod(0).sum())
    print(f"same greedy tokens: first {same}/{NEW_TOKENS} agree")
    t_ours, t_ref = timed_pair(ours, theirs, repeats=10)
    print(f"slava-lightning : {NEW_TOKENS / t_ours:8.1f} tokens/s ({t_ours * 1000:.0f} ms)")
    print(f"transformers    : {NEW_TOKENS / t_ref:8.1f} tokens/s ({t_ref * 1000:.0f} ms)")
    print(f"ratio (ours / transformers): {t_ref / t_ours:.2f}x  (target >= 1.0x)")


if __name__ == "__main__":
    main()
