"""Shared setup of the CPU benchmarks: a small-but-not-tiny SlavaModel and its transformers twin.

Shapes: CLIP-style vision tower (224 px, patch 16 -> 196 tokens, width 256, 4 layers), mlp2x_gelu
projector, Phi-style LM (width 512, 4 layers, Phi-2's vocabulary of 51,200 rows). The same weights
are written with ``save_hf_llava`` and read back by ``LlavaForConditionalGeneration``, so both sides
compute the same function (checked by each benchmark before timing).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import torch

from slava_lightning.components.language import CausalLanguageModel
from slava_lightning.components.projector import build_projector
from slava_lightning.components.vision import HFVisionEncoder
from slava_lightning.model import SlavaModel

VISION = {"model_type": "clip_vision_model", "image_size": 224, "patch_size": 16,
          "hidden_size": 256, "intermediate_size": 1024, "num_hidden_layers": 4,
          "num_attention_heads": 4}  # fmt: skip
LANGUAGE = {"model_type": "phi", "hidden_size": 512, "intermediate_size": 2048,
            "num_hidden_layers": 4, "num_attention_heads": 8, "partial_rotary_factor": 0.5,
            "max_position_embeddings": 2048, "vocab_size": 51200}  # fmt: skip
#: An id no random model will produce by chance often enough to end a benchmark early.
NEVER_EOS = 51199
#: Threads per process: one keeps timings stable on a small shared machine (override: BENCH_THREADS).
THREADS = int(os.environ.get("BENCH_THREADS", "1"))


def build_models(seed: int = 0) -> tuple[SlavaModel, Any]:
    """Our model and transformers' Llava with identical weights, both float32, eval mode."""
    from transformers import LlavaForConditionalGeneration
    from transformers.utils import logging

    logging.disable_progress_bar()

    from slava_lightning.interop import save_hf_llava

    torch.manual_seed(seed)
    encoder = HFVisionEncoder(config=VISION)
    lm = CausalLanguageModel(config=LANGUAGE, attn_implementation="sdpa")
    model = SlavaModel(encoder, lambda i, o: build_projector("mlp2x_gelu", i, o), lm)
    head = lm.model.get_output_embeddings()
    if head.bias is not None:  # Llava's lm_head has no bias: give both sides the same function
        torch.nn.init.zeros_(head.bias)
    with tempfile.TemporaryDirectory() as folder:
        save_hf_llava(model, folder)
        ref = LlavaForConditionalGeneration.from_pretrained(folder, attn_implementation="sdpa")
    return model.eval(), ref.eval()


def expand_for_llava(model: SlavaModel, ids: list[int]) -> list[int]:
    """Llava takes one image-token id per image *feature*; ours takes one per image."""
    out: list[int] = []
    for t in ids:
        out.extend([t] * model.tokens_per_image if t == model.image_token_id else [t])
    return out


def timed_pair(a: Callable[[], Any], b: Callable[[], Any], repeats: int) -> tuple[float, float]:
    """Best wall times of ``a`` and ``b`` over ``repeats`` rounds.

    Rounds alternate which side runs first, so neither always inherits the other's cache state,
    and the minimum is kept (as ``timeit`` advises): other work on a shared machine only ever adds
    time.
    """
    a(), b()  # warm-up
    ta: list[float] = []
    tb: list[float] = []
    for i in range(repeats):
        pair = [(a, ta), (b, tb)]
        for fn, acc in pair if i % 2 == 0 else pair[::-1]:
            start = time.perf_counter()
            fn()
            acc.append(time.perf_counter() - start)
    return min(ta), min(tb)


def header(title: str) -> None:
    """Print the benchmark title and the machine it runs on."""
    print(f"== {title}")
    torch.set_num_threads(THREADS)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} thread(s), float32, CPU")
