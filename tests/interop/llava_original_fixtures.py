"""A tiny checkpoint in the LLaVA repository's ``llava_mistral`` / ``llava_llama`` layout, written
from random weights, and the same model computed directly from transformers parts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from llava_fixtures import TINY_CLIP, tiny_tokenizer
from torch import nn

TEXT: dict[str, dict[str, Any]] = {
    "mistral": {"vocab_size": 2048, "hidden_size": 64, "intermediate_size": 128,
                "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2,
                "max_position_embeddings": 512, "sliding_window": None, "rms_norm_eps": 1e-5,
                "tie_word_embeddings": False, "bos_token_id": 0, "eos_token_id": 0},
    "llama": {"vocab_size": 2048, "hidden_size": 64, "intermediate_size": 128,
              "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2,
              "max_position_embeddings": 512, "rms_norm_eps": 1e-5, "tie_word_embeddings": False,
              "bos_token_id": 0, "eos_token_id": 0},
}  # fmt: skip


class LlavaOriginalReference(nn.Module):
    """LLaVA (CLIP penultimate patches -> mlp2x_gelu -> Mistral/Llama) from transformers parts."""

    def __init__(self, text: str = "mistral", seed: int = 0) -> None:
        super().__init__()
        from transformers import (
            CLIPVisionConfig,
            CLIPVisionModel,
            LlamaConfig,
            LlamaForCausalLM,
            MistralConfig,
            MistralForCausalLM,
        )

        torch.manual_seed(seed)
        clip = {k: v for k, v in TINY_CLIP.items() if k != "model_type"}
        self.vision = CLIPVisionModel(CLIPVisionConfig(**clip)).eval()
        self.projector = nn.Sequential(nn.Linear(32, 64), nn.GELU(), nn.Linear(64, 64))
        self.text = text
        if text == "mistral":
            self.lm: Any = MistralForCausalLM(MistralConfig(**TEXT[text])).eval()
        else:
            self.lm = LlamaForCausalLM(LlamaConfig(**TEXT[text])).eval()
        self.tokenizer = tiny_tokenizer(with_image_token=False)

    def prompt_ids(self, prompt: str) -> tuple[list[int], list[int]]:
        """``prompt`` as LLaVA tokenizes it: BOS + the text before ``<image>``, and the text after."""
        before, after = prompt.split("<image>")
        tok = self.tokenizer
        head = [tok.bos_token_id] + tok(before, add_special_tokens=False)["input_ids"]
        return head, tok(after, add_special_tokens=False)["input_ids"]

    def embeds(self, prompt: str, pixels: torch.Tensor) -> torch.Tensor:
        """Text embeddings with the projected CLIP patches where ``<image>`` stands."""
        head, tail = self.prompt_ids(prompt)
        feats = self.vision(pixels, output_hidden_states=True).hidden_states[-2][:, 1:]
        table = self.lm.get_input_embeddings()
        return torch.cat(
            [table(torch.tensor([head])), self.projector(feats), table(torch.tensor([tail]))], 1
        )

    @torch.no_grad()
    def logits(self, prompt: str, pixels: torch.Tensor) -> torch.Tensor:
        """Logits over the expanded sequence."""
        return self.lm(inputs_embeds=self.embeds(prompt, pixels)).logits

    @torch.no_grad()
    def greedy(self, prompt: str, pixels: torch.Tensor, n: int) -> list[int]:
        """``n`` greedy tokens (stopping at EOS), by full recomputation each step."""
        embeds = self.embeds(prompt, pixels)
        out: list[int] = []
        table = self.lm.get_input_embeddings()
        for _ in range(n):
            token = int(self.lm(inputs_embeds=embeds).logits[0, -1].argmax())
            if token == self.tokenizer.eos_token_id:
                break
            out.append(token)
            embeds = torch.cat([embeds, table(torch.tensor([[token]]))], dim=1)
        return out

    def write(self, folder: Path, tower_inside: bool) -> Path:
        """Save as LLaVA's ``save_pretrained`` would; the CLIP tower as ``mm_vision_tower``."""
        from safetensors.torch import save_file
        from transformers import CLIPImageProcessor

        folder.mkdir(parents=True, exist_ok=True)
        tower_dir = folder.parent / f"{folder.name}-clip"
        self.vision.save_pretrained(tower_dir)
        CLIPImageProcessor(
            size={"shortest_edge": 32}, crop_size={"height": 32, "width": 32}
        ).save_pretrained(tower_dir)
        tensors = {k: v.contiguous() for k, v in self.lm.state_dict().items()}
        for k, v in self.projector.state_dict().items():
            tensors[f"model.mm_projector.{k}"] = v.contiguous()
        if tower_inside:
            for k, v in self.vision.state_dict().items():
                if not k.endswith("position_ids"):
                    tensors[f"model.vision_tower.vision_tower.{k}"] = v.contiguous()
        save_file(tensors, str(folder / "model.safetensors"), {"format": "pt"})
        arch = "LlavaMistralForCausalLM" if self.text == "mistral" else "LlavaLlamaForCausalLM"
        config = {
            "model_type": f"llava_{self.text}", "architectures": [arch], **TEXT[self.text],
            "mm_vision_tower": str(tower_dir), "mm_hidden_size": 32,
            "mm_projector_type": "mlp2x_gelu", "mm_vision_select_layer": -2,
            "mm_vision_select_feature": "patch", "image_aspect_ratio": "pad",
            "mm_use_im_start_end": False, "mm_use_im_patch_token": False,
            "mm_patch_merge_type": "flat", "tokenizer_model_max_length": 512,
            "tokenizer_padding_side": "right", "unfreeze_mm_vision_tower": tower_inside,
        }  # fmt: skip
        (folder / "config.json").write_text(json.dumps(config, indent=2))
        self.tokenizer.save_pretrained(folder)
        return folder
