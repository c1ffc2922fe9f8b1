"""Causal language models from transformers (Phi, Llama, Qwen2, ...) with the image token added."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import torch

from slava_lightning import dtypes
from slava_lightning.components.base import LanguageModel
from slava_lightning.prompts import IMAGE_TOKEN


def tiny_tokenizer_path() -> str:
    """Folder of the small byte-level BPE tokenizer shipped with the package (for tiny models)."""
    return str(resources.files("slava_lightning") / "assets" / "tiny_tokenizer")


def add_image_token(tokenizer: Any) -> int:
    """Add ``<image>`` as a special token (no-op when present) and return its id."""
    from tokenizers import AddedToken

    if IMAGE_TOKEN not in tokenizer.get_vocab():
        tokenizer.add_tokens([AddedToken(IMAGE_TOKEN, special=True, normalized=False)])
    return int(tokenizer.convert_tokens_to_ids(IMAGE_TOKEN))


def fuse_tanh_gelu(model: torch.nn.Module) -> int:
    """Swap transformers' composed tanh-GELU modules for torch's fused kernel; returns the count.

    ``gelu_new`` (Phi-2's activation) and ``gelu_fast`` are written in transformers as five or six
    element-wise ops; ``torch.nn.functional.gelu(approximate="tanh")`` computes the same function
    in one kernel (transformers' own ``gelu_pytorch_tanh``), differing by float rounding only
    (about 2e-7). The model's config keeps its ``hidden_act``, so saved checkpoints are unchanged.
    """
    from transformers.activations import FastGELUActivation, GELUTanh, NewGELUActivation

    count = 0
    for module in list(model.modules()):
        for name, child in list(module.named_children()):
            if type(child) in (NewGELUActivation, FastGELUActivation):
                setattr(module, name, GELUTanh())
                count += 1
    return count


class CausalLanguageModel(LanguageModel):
    """A transformers ``*ForCausalLM`` and its tokenizer.

    Args:
        path: local checkpoint folder (``config.json`` + weights).
        config: a transformers config as a dict with ``model_type`` (``llama``, ``phi``, ``qwen2``...);
            builds a randomly initialised model.
        tokenizer_path: tokenizer folder; defaults to ``path``, or to the packaged tiny tokenizer
            for config-built models.
        dtype: ``float32``, ``bfloat16`` or ``float16``.
        attn_implementation: ``sdpa``, ``eager`` or ``flash_attention_2``.
        gradient_checkpointing: trade compute for activation memory in training.
        fused_gelu: run ``gelu_new`` / ``gelu_fast`` activations as torch's fused tanh-GELU
            (:func:`fuse_tanh_gelu`; same function up to float rounding, several times faster).

    The ``<image>`` token is added to the tokenizer; the embedding matrix grows only when the
    tokenizer outgrows it (Phi-2 has spare rows, so its matrix keeps its shape).
    """

    def __init__(
        self,
        path: str | None = None,
        config: dict[str, Any] | None = None,
        tokenizer_path: str | None = None,
        dtype: str = "float32",
        attn_implementation: str = "sdpa",
        gradient_checkpointing: bool = False,
        fused_gelu: bool = True,
    ) -> None:
        super().__init__()
        from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

        if (path is None) == (config is None):
            raise ValueError("CausalLanguageModel needs exactly one of path= or config=")
        torch_dtype = dtypes.torch_dtype(dtype)
        if path is not None and not (Path(path) / "config.json").is_file():
            raise ValueError(f"language model path {path!r} has no config.json")
        tok_path = tokenizer_path or path or tiny_tokenizer_path()
        if not Path(tok_path).is_dir():
            raise ValueError(f"tokenizer_path {tok_path!r} is not a folder")
        self.tokenizer = AutoTokenizer.from_pretrained(tok_path)
        self.model: Any
        if path is not None:
            self.model = AutoModelForCausalLM.from_pretrained(
                path, dtype=torch_dtype, attn_implementation=attn_implementation
            )
        else:
            assert config is not None
            cfg = dict(config)
            model_type = cfg.pop("model_type", None)
            if not model_type:
                raise ValueError("config['model_type'] is missing (e.g. 'llama', 'phi', 'qwen2')")
            try:
                hf_config = AutoConfig.for_model(model_type, **cfg)
            except ValueError as err:
                raise ValueError(f"config['model_type']={model_type!r}: {err}") from None
            self.model = AutoModelForCausalLM.from_config(
                hf_config, attn_implementation=attn_implementation, dtype=torch_dtype
            )
        self.image_token_id = add_image_token(self.tokenizer)
        if len(self.tokenizer) > self.model.get_input_embeddings().weight.shape[0]:
            self.model.resize_token_embeddings(len(self.tokenizer), mean_resizing=False)
        if self.tokenizer.pad_token_id is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        if self.tokenizer.eos_token_id is None:
            raise ValueError(f"tokenizer at {tok_path!r} has no eos_token")
        if fused_gelu:
            fuse_tanh_gelu(self.model)
        if gradient_checkpointing:
            self.model.activation_checkpointing_enable({"use_reentrant": False})
        self.model.config.use_cache = True

    @classmethod
    def config_of(cls, path: str) -> dict[str, Any]:
        """The ``config.json`` of a checkpoint folder as a dict (no weights loaded)."""
        file = Path(path) / "config.json"
        if not file.is_file():
            raise ValueError(f"language model path {path!r} has no config.json")
        return dict(json.loads(file.read_text()))

    @property
    def hidden_size(self) -> int:
        """Width of the token embeddings."""
        return int(self.model.get_input_embeddings().weight.shape[1])

    @property
    def pad_token_id(self) -> int:
        """Padding id (the EOS id when the tokenizer has no pad token)."""
        return int(self.tokenizer.pad_token_id)

    @property
    def eos_token_id(self) -> int:
        """End-of-sequence id."""
        return int(self.tokenizer.eos_token_id)

    def embed(self, input_ids: torch.Tensor) -> torch.Tensor:
        """Token embeddings ``[..., hidden_size]``."""
        return self.model.get_input_embeddings()(input_ids)

    def decoder(self, **kwargs: Any) -> Any:
        """Run the transformer body (no LM head); returns the base model's output."""
        return self.model.base_model(**kwargs)

    def lm_head(self, hidden: torch.Tensor, block_rows: int | None = None) -> torch.Tensor:
        """Vocabulary logits for ``hidden`` states (with the model's own logit post-processing).

        ``block_rows`` computes the logits in slices of that many vocabulary rows (the same dot
        products, concatenated). On CPU, for a handful of hidden states against a 51,200-row head,
        this runs about 1.5x faster than one GEMM: each slice of the weight stays in cache while
        every state is multiplied with it (``benchmarks/bench_lm_head.py``).
        """
        head = self.model.get_output_embeddings()
        if block_rows is None or not isinstance(head, torch.nn.Linear):
            logits = head(hidden)
        else:
            w, b = head.weight, head.bias
            logits = torch.cat(
                [
                    torch.nn.functional.linear(
                        hidden, w[i : i + block_rows], None if b is None else b[i : i + block_rows]
                    )
                    for i in range(0, w.shape[0], block_rows)
                ],
                dim=-1,
            )
        cfg = self.model.config
        scale = getattr(cfg, "logit_scale", None)
        if isinstance(scale, (int, float)):
            logits = logits * scale
        cap = getattr(cfg, "final_logit_softcapping", None)
        if cap:
            logits = torch.tanh(logits / cap) * cap
        return logits

    def forward(self, **kwargs: Any) -> Any:
        """The wrapped ``*ForCausalLM`` forward."""
        return self.model(**kwargs)
