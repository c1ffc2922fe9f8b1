"""Full-size shapes on a CUDA GPU: Phi-2 + CLIP ViT-L/14-336 + mlp2x_gelu, random weights, bf16.

Prints seconds per report at batch 1 (128 new tokens), reports/s batched, and the training-step
model FLOPs utilisation (MFU). The paper reports 3.32 s per MIMIC report on one A5000.
Run: ``python benchmarks/gpu_fullsize.py [--batch 16] [--peak-tflops 989]``
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch

CLIP_L336 = {"model_type": "clip_vision_model", "image_size": 336, "patch_size": 14,
             "hidden_size": 1024, "intermediate_size": 4096, "num_hidden_layers": 24,
             "num_attention_heads": 16, "projection_dim": 768}  # fmt: skip
PHI2 = {"model_type": "phi", "hidden_size": 2560, "intermediate_size": 10240,
        "num_hidden_layers": 32, "num_attention_heads": 32, "partial_rotary_factor": 0.4,
        "max_position_embeddings": 2048, "vocab_size": 51200}  # fmt: skip
NEVER_EOS = 51199


def build(device: str) -> object:
    """SLaVA-CXR's architecture with random bf16 weights, created directly on ``device``."""
    from slava_lightning.components.language import CausalLanguageModel
    from slava_lightning.components.projector import build_projector
    from slava_lightning.components.vision import HFVisionEncoder
    from slava_lightning.model import SlavaModel

    with torch.device(device):
        enc = HFVisionEncoder(config=CLIP_L336, feature_layer=-2, select="patch")
        lm = CausalLanguageModel(config=PHI2, dtype="bfloat16")
        model = SlavaModel(enc, lambda i, o: build_projector("mlp2x_gelu", i, o), lm)
    return model.to(device, torch.bfloat16)


def _sync_time(fn: object, repeats: int = 3) -> float:
    fn()  # type: ignore[operator]
    torch.cuda.synchronize()
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        torch.cuda.synchronize()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--batch", type=int, default=16, help="studies per batched generate")
    parser.add_argument("--train-batch", type=int, default=8, help="conversations per step")
    parser.add_argument("--new-tokens", type=int, default=128)
    parser.add_argument("--peak-tflops", type=float, default=989.0,
                        help="dense bf16 peak of the GPU (H100/H200 SXM: 989)")  # fmt: skip
    args = parser.parse_args()
    if not torch.cuda.is_available():
        print("gpu_fullsize.py needs a CUDA GPU (none found); nothing measured.", file=sys.stderr)
        return 2
    from PIL import Image

    from slava_lightning.generation import GenerationSettings
    from slava_lightning.inference.engine import ReportGenerator, Study
    from slava_lightning.prompts import Turn, report_turns, tokenize_conversation

    torch.manual_seed(0)
    model = build("cuda").eval()
    n_params = sum(p.numel() for p in model.parameters())
    print(f"{torch.cuda.get_device_name()}: {n_params / 1e9:.2f} B parameters, bf16")
    gen = ReportGenerator(model, batch_size=args.batch, device="cuda")
    images = [Image.new("L", (512, 512), color=40 + i) for i in range(args.batch)]
    settings = GenerationSettings(max_new_tokens=args.new_tokens, no_repeat_ngram_size=3,
                                  eos_token_id=NEVER_EOS)  # fmt: skip
    one = _sync_time(lambda: gen.generate([Study("0", images[:1])], settings))
    print(f"batch 1: {one:.2f} s per report ({args.new_tokens} new tokens; paper: 3.32 s, A5000)")
    many = _sync_time(lambda: gen.generate([Study(str(i), [im]) for i, im in enumerate(images)],
                                           settings), repeats=2)  # fmt: skip
    print(f"batch {args.batch}: {args.batch / many:.2f} reports/s ({many:.2f} s per batch)")

    model.train()
    conv = tokenize_conversation(model.tokenizer, [*report_turns("generate"),
                                                   Turn("assistant", "The lungs are clear. " * 20)])  # fmt: skip
    ids = torch.tensor([conv.input_ids] * args.train_batch, device="cuda")
    labels = torch.tensor([conv.labels] * args.train_batch, device="cuda")
    pixels = torch.randn(args.train_batch, 3, 336, 336, device="cuda", dtype=torch.bfloat16)

    def step() -> None:
        model.zero_grad(set_to_none=True)
        model(ids, torch.ones_like(ids), pixels, labels).loss.backward()

    t = _sync_time(step)
    tokens = args.train_batch * (ids.shape[1] - 1 + model.tokens_per_image)
    flops = 6 * n_params * tokens  # dense matmul FLOPs of forward + backward (attention excluded)
    print(
        f"training step: {t * 1000:.0f} ms, {tokens / t:.0f} tokens/s, "
        f"MFU {flops / t / (args.peak_tflops * 1e12):.1%} of {args.peak_tflops:.0f} TFLOP/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
