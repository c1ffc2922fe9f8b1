"""QLoRA: the language model's frozen linear layers held in 4 bits while LoRA adapters train.

``LoraSettings(quantize_base="nf4")`` makes the :class:`~slava_lightning.training.curriculum.
Curriculum` call :func:`quantize_base` at ``setup``, before the adapters are injected: every
``nn.Linear`` of the language model except its output head becomes a bitsandbytes ``Linear4bit``
(NF4 or FP4 storage, bf16 compute), quantized as it is moved to the GPU. peft then wraps those
4-bit layers with its own bitsandbytes-aware LoRA layers. The vision encoder, projector,
embeddings and head keep their dtype.

bitsandbytes' 4-bit kernels need CUDA: on any other device :func:`quantize_base` raises before
the first step, naming the option.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

OPTION = "lora.quantize_base"


def check_qlora_device(quant_type: str, device: torch.device) -> Any:
    """The ``bitsandbytes`` module, if ``device`` can run 4-bit layers; else ``ValueError``."""
    if device.type != "cuda" or not torch.cuda.is_available():
        raise ValueError(
            f"{OPTION}={quant_type!r} (QLoRA) needs a CUDA GPU and the bitsandbytes package; this "
            f"run is on device {str(device)!r} (cuda available: {torch.cuda.is_available()}). Run "
            f"it with trainer.accelerator: gpu, or drop {OPTION} to train plain LoRA"
        )
    try:
        import bitsandbytes
    except ImportError:
        raise ValueError(
            f"{OPTION}={quant_type!r} (QLoRA) needs the bitsandbytes package: "
            "pip install 'slava-lightning[gpu]'"
        ) from None
    return bitsandbytes


def _linear4bit(bnb: Any, linear: nn.Linear, quant_type: str, device: torch.device) -> nn.Module:
    compute = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    new = bnb.nn.Linear4bit(
        linear.in_features,
        linear.out_features,
        linear.bias is not None,
        compute_dtype=compute,
        quant_type=quant_type,
    )
    new.weight = bnb.nn.Params4bit(
        linear.weight.data.to(compute), requires_grad=False, quant_type=quant_type
    )
    if linear.bias is not None:
        new.bias = nn.Parameter(linear.bias.data, requires_grad=False)
    return new.to(device)  # bitsandbytes quantizes on the move to the GPU


def quantize_base(language_model: nn.Module, quant_type: str, device: torch.device) -> int:
    """Replace the linear layers of ``language_model`` (not its output head) by 4-bit ones.

    Args:
        language_model: the transformers ``*ForCausalLM`` that will receive the adapters.
        quant_type: ``nf4`` or ``fp4``.
        device: the training device (must be CUDA).

    Returns:
        the number of layers quantized.

    Raises:
        ValueError: not on CUDA, or bitsandbytes is not installed.
    """
    bnb = check_qlora_device(quant_type, device)
    head: Any = getattr(language_model, "get_output_embeddings", lambda: None)()
    count = 0
    for parent in list(language_model.modules()):
        for name, child in list(parent.named_children()):
            if type(child) is nn.Linear and child is not head:
                parent.add_module(name, _linear4bit(bnb, child, quant_type, device))
                count += 1
    if count == 0:
        raise ValueError(f"{OPTION}: the language model has no nn.Linear layer to quantize")
    return count


__all__ = ["OPTION", "check_qlora_device", "quantize_base"]
