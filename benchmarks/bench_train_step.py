"""Training-step tokens/s (forward + backward): SlavaModel vs transformers Llava, same weights and batch.

Batch of 4 report conversations (one 224-px image, the released prompt, a ~60-token answer),
right padded. Both sides compute the same mean token cross-entropy (checked before timing); ours
evaluates the 51,200-way LM head only at supervised positions, Llava at every position.
Run: ``python benchmarks/bench_train_step.py``
"""

from __future__ import annotations

import torch
from bench_common import build_models, expand_for_llava, header, timed_pair

from slava_lightning.prompts import IGNORE_INDEX, Turn, report_turns, tokenize_conversation

BATCH = 4
ANSWER = (
    "The heart size is normal. The mediastinal contour is within normal limits. The lungs are "
    "clear without focal consolidation, pleural effusion or pneumothorax. No acute bony findings."
)


def _batch(model, expand: bool) -> dict[str, torch.Tensor]:
    rows, labels = [], []
    for b in range(BATCH):
        answer = " ".join(ANSWER.split()[: 20 + 4 * b])  # different lengths: real padding
        conv = tokenize_conversation(
            model.tokenizer, [*report_turns("generate"), Turn("assistant", answer)]
        )
        ids, lab = conv.input_ids, conv.labels
        if expand:
            lab = [x for t, x in zip(ids, lab, strict=True)
                   for x in ([x] * (model.tokens_per_image if t == model.image_token_id else 1))]  # fmt: skip
            ids = expand_for_llava(model, ids)
        rows.append(ids)
        labels.append(lab)
    width = max(len(r) for r in rows)
    ids = torch.full((BATCH, width), model.language_model.pad_token_id)
    lab = torch.full((BATCH, width), IGNORE_INDEX)
    mask = torch.zeros(BATCH, width, dtype=torch.long)
    for b, (r, lb) in enumerate(zip(rows, labels, strict=True)):
        ids[b, : len(r)], lab[b, : len(r)], mask[b, : len(r)] = torch.tensor(r), torch.tensor(lb), 1
    return {"input_ids": ids, "attention_mask": mask, "labels": lab}


def main() -> None:
    header(f"training step (forward + backward), batch {BATCH}")
    model, ref = build_models()
    model.train(), ref.train()
    pixels = torch.randn(BATCH, 3, 224, 224, generator=torch.Generator().manual_seed(1))
    ours_batch = {**_batch(model, expand=False), "pixel_values": pixels}
    ref_batch = {**_batch(model, expand=True), "pixel_values": pixels}
    tokens = int(ref_batch["attention_mask"].sum())  # sequence tokens incl. image features

    def ours() -> float:
        model.zero_grad(set_to_none=True)
        loss = model(**ours_batch).loss
        loss.backward()
        return float(loss.detach())

    def theirs() -> float:
        ref.zero_grad(set_to_none=True)
        loss = ref(**ref_batch).loss
        loss.backward()
        return float(loss.detach())

    a, b = ours(), theirs()
    print(f"loss: ours {a:.5f}, transformers {b:.5f} (|diff| {abs(a - b):.1e})")
    t_ours, t_ref = timed_pair(ours, theirs, repeats=3)
    print(f"slava-lightning : {tokens / t_ours:8.0f} tokens/s ({t_ours * 1000:.0f} ms/step)")
    print(f"transformers    : {tokens / t_ref:8.0f} tokens/s ({t_ref * 1000:.0f} ms/step)")
    print(f"ratio (ours / transformers): {t_ref / t_ours:.2f}x  (target >= 1.0x, goal 1.3x)")


if __name__ == "__main__":
    main()
