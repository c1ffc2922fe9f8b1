"""Tiny checkpoints written the way transformers and LLaVA-Phi write them, and comparison helpers."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest
import torch
from torch import nn

from slava_lightning.presets import TINY_LM_CONFIGS

TINY_CLIP: dict[str, Any] = {"model_type": "clip_vision_model", "image_size": 32, "patch_size": 8,
             "hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 2,
             "num_attention_heads": 2}  # fmt: skip
PATCHES = (32 // 8) ** 2
PROMPT = "USER: <image>\nWrite a findings report of this image: ASSISTANT:"


def tiny_tokenizer(with_image_token: bool) -> Any:
    """The packaged tiny tokenizer, with or without ``<image>``."""
    from transformers import AutoTokenizer

    from slava_lightning.components.language import add_image_token, tiny_tokenizer_path

    tok = AutoTokenizer.from_pretrained(tiny_tokenizer_path())
    if with_image_token:
        add_image_token(tok)
    return tok


def write_hf_llava(folder: Path, text: str, seed: int = 0, **text_fields: Any) -> Any:
    """A random tiny transformers Llava (CLIP + ``TINY_LM_CONFIGS[text]``) saved in ``folder``."""
    from transformers import (
        CLIPImageProcessor,
        LlavaConfig,
        LlavaForConditionalGeneration,
        LlavaProcessor,
    )

    tok = tiny_tokenizer(with_image_token=True)
    config = LlavaConfig(
        vision_config=dict(TINY_CLIP), text_config={**TINY_LM_CONFIGS[text], **text_fields},
        image_token_index=tok.convert_tokens_to_ids("<image>"), image_seq_length=PATCHES,
    )  # fmt: skip
    torch.manual_seed(seed)
    model = LlavaForConditionalGeneration(config).eval()
    model.generation_config.pad_token_id = tok.eos_token_id
    model.generation_config.eos_token_id = tok.eos_token_id
    model.save_pretrained(folder)
    image_processor = CLIPImageProcessor(
        size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}
    )
    LlavaProcessor(
        image_processor=image_processor, tokenizer=tok, patch_size=8,
        vision_feature_select_strategy="default", num_additional_image_tokens=1,
    ).save_pretrained(folder)  # fmt: skip
    return model


class LlavaPhiReference(nn.Module):
    """LLaVA-Phi computed directly from transformers parts and a hand-wired projector."""

    def __init__(self, projector: str, seed: int = 0) -> None:
        super().__init__()
        from transformers import CLIPVisionConfig, CLIPVisionModel, PhiConfig, PhiForCausalLM

        torch.manual_seed(seed)
        clip = {k: v for k, v in TINY_CLIP.items() if k != "model_type"}
        self.vision = CLIPVisionModel(CLIPVisionConfig(**clip)).eval()
        self.text_fields: dict[str, Any] = {
            "vocab_size": 2048, "hidden_size": 64, "intermediate_size": 128,
            "num_hidden_layers": 2, "num_attention_heads": 4, "max_position_embeddings": 256,
            "partial_rotary_factor": 0.5, "rope_theta": 10000.0, "layer_norm_eps": 1e-5,
            "hidden_act": "gelu_new", "qk_layernorm": False, "tie_word_embeddings": False,
            "resid_pdrop": 0.1, "embd_pdrop": 0.0, "bos_token_id": 0, "eos_token_id": 0,
        }  # fmt: skip
        self.phi = PhiForCausalLM(PhiConfig(**self.text_fields)).eval()
        with torch.no_grad():  # a visible bias: dropping it would change every logit
            self.phi.lm_head.bias.normal_(0.0, 1.0)
        if projector == "mlp2x_gelu":
            self.projector: nn.Module = nn.Sequential(
                nn.Linear(32, 64), nn.GELU(), nn.Linear(64, 64)
            )
        else:
            self.projector = nn.Linear(32, 64)
        self.kind = projector

    def forward(self, ids: torch.Tensor, image_id: int, pixels: torch.Tensor) -> torch.Tensor:
        """Logits for one sample ``ids`` ``[1, T]`` holding one ``image_id``, over the expanded row."""
        embeds = self.splice(ids, image_id, pixels)
        return self.phi(inputs_embeds=embeds).logits

    def splice(self, ids: torch.Tensor, image_id: int, pixels: torch.Tensor) -> torch.Tensor:
        """Text embeddings with the projected CLIP patches (penultimate layer) at ``image_id``."""
        at = int((ids[0] == image_id).nonzero()[0, 0])
        feats = self.vision(pixels, output_hidden_states=True).hidden_states[-2][:, 1:]
        image = self.projector(feats)
        text = self.phi.get_input_embeddings()
        return torch.cat([text(ids[:, :at]), image, text(ids[:, at + 1 :])], dim=1)

    def write(self, folder: Path) -> None:
        """Save in the LLaVA-Phi layout, as its training code would (tokenizer without <image>)."""
        from safetensors.torch import save_file

        folder.mkdir(parents=True, exist_ok=True)
        tensors = {k: v.contiguous() for k, v in self.phi.state_dict().items()}
        for k, v in self.vision.state_dict().items():
            if not k.endswith("position_ids"):
                k = k.removeprefix("vision_model.")
                tensors[f"model.vision_tower.vision_model.{k}"] = v.contiguous()
        for k, v in self.projector.state_dict().items():
            tensors[f"model.mm_projector.{k}"] = v.contiguous()
        save_file(tensors, str(folder / "model.safetensors"), {"format": "pt"})
        clip = {k: v for k, v in TINY_CLIP.items() if k != "model_type"}
        config = {
            "model_type": "llava_phi", "architectures": ["LlavaPhiForCausalLM"],
            **self.text_fields, "mm_use_im_start_end": False, "tokenizer_model_max_length": 256,
            "vision_config": {
                "vision_tower": {**clip, "hidden_act": "quick_gelu", "projection_dim": 32,
                                 "mm_vision_select_layer": -2, "mm_vision_select_feature": "patch"},
                "mm_projector": {"mm_projector_type": self.kind, "mm_hidden_size": 32,
                                 "hidden_size": 64},
            },
        }  # fmt: skip
        (folder / "config.json").write_text(json.dumps(config, indent=2))
        tiny_tokenizer(with_image_token=False).save_pretrained(folder)


def expand_image_tokens(ids: torch.Tensor, image_id: int, n: int) -> torch.Tensor:
    """Llava-processor style ids: each ``image_id`` repeated ``n`` times (one row)."""
    row = [t for t in ids[0].tolist() for _ in range(n if t == image_id else 1)]
    return torch.tensor([row])


def prompt_ids(model: Any) -> torch.Tensor:
    """The test prompt as ``[1, T]`` ids with one ``<image>``."""
    ids = model.tokenizer(PROMPT, add_special_tokens=False)["input_ids"]
    return torch.tensor([ids])


@pytest.fixture
def pixels() -> torch.Tensor:
    """One random 32x32 image."""
    return torch.randn(1, 3, 32, 32, generator=torch.Generator().manual_seed(1))


@pytest.fixture
def llava_dir(tmp_path: Path) -> Callable[[str], tuple[Path, Any]]:
    """``llava_dir(text)`` -> (folder, transformers model) for a tiny saved Llava."""

    def make(text: str) -> tuple[Path, Any]:
        folder = tmp_path / f"llava-{text}"
        return folder, write_hf_llava(folder, text)

    return make
