"""Evaluate a third-party transformers LLaVA checkpoint with ``slava-eval``.

``slava-eval --hf-llava FOLDER`` reads any ``LlavaForConditionalGeneration`` folder (weights,
config, tokenizer and image processor, as ``save_pretrained`` writes them), generates reports for
a dataset split, scores them and prints the paper-style table.

STAND-IN CHECKPOINT: so that this example runs offline, it first writes a *tiny random* Llava
(CLIP vision tower + Llama text model, a few hundred thousand parameters) with transformers
itself. Its reports are gibberish; the point is the plumbing. Replace ``--hf-llava`` with a real
checkpoint folder (for instance one converted with ``slava-convert``) to evaluate a real model.

Run (offline, CPU, about half a minute)::

    python examples/eval_hf_llava.py OUT_DIR

Equivalent shell commands once a checkpoint folder exists::

    slava-eval --hf-llava OUT_DIR/llava --dataset phantoms --phantoms-n 30 --tasks generation \
        --limit 6 --metrics lexical --max-new-tokens 12 --no-wandb --output-dir OUT_DIR/eval
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch

from slava_lightning.evaluation.evaluate import main as slava_eval
from slava_lightning.presets import TINY_LM_CONFIGS

_VISION: dict[str, Any] = {"model_type": "clip_vision_model", "image_size": 32, "patch_size": 8, "hidden_size": 32,
           "intermediate_size": 64, "num_hidden_layers": 2, "num_attention_heads": 2}  # fmt: skip


def write_stand_in_llava(folder: str | Path, seed: int = 0) -> Path:
    """Write a tiny random transformers Llava (stand-in for a real checkpoint) to ``folder``."""
    from transformers import (
        AutoTokenizer,
        CLIPImageProcessor,
        LlavaConfig,
        LlavaForConditionalGeneration,
        LlavaProcessor,
    )

    from slava_lightning.components.language import add_image_token, tiny_tokenizer_path

    out = Path(folder)
    tokenizer = AutoTokenizer.from_pretrained(tiny_tokenizer_path())
    image_token = add_image_token(tokenizer)
    patches = (_VISION["image_size"] // _VISION["patch_size"]) ** 2
    config = LlavaConfig(
        vision_config=dict(_VISION), text_config=dict(TINY_LM_CONFIGS["llama"]),
        image_token_index=image_token, image_seq_length=patches,
    )  # fmt: skip
    torch.manual_seed(seed)
    model = LlavaForConditionalGeneration(config).eval()
    model.generation_config.pad_token_id = tokenizer.eos_token_id
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.save_pretrained(out)
    processor = CLIPImageProcessor(
        size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}
    )
    LlavaProcessor(
        image_processor=processor, tokenizer=tokenizer, patch_size=_VISION["patch_size"],
        vision_feature_select_strategy="default", num_additional_image_tokens=1,
    ).save_pretrained(out)  # fmt: skip
    return out


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Write the stand-in, run ``slava-eval`` on phantoms; return the parsed ``scores.json``."""
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("out_dir", help="folder for the stand-in checkpoint and the evaluation")
    p.add_argument("--limit", type=int, default=6, help="studies to evaluate")
    args = p.parse_args(argv)
    out = Path(args.out_dir)
    llava = write_stand_in_llava(out / "llava")
    status = slava_eval([
        "--hf-llava", str(llava), "--dataset", "phantoms", "--phantoms-n", "30",
        "--phantoms-dir", str(out / "phantoms"), "--tasks", "generation",
        "--limit", str(args.limit), "--metrics", "lexical", "--max-new-tokens", "12",
        "--no-wandb", "--output-dir", str(out / "eval"),
    ])  # fmt: skip
    if status != 0:
        raise SystemExit(status)
    scores: dict[str, Any] = json.loads((out / "eval" / "scores.json").read_text())
    return scores


if __name__ == "__main__":
    main()
