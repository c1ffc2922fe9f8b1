"""LoRA adapters of a trained model: described for its checkpoint, merged back into full weights.

A LoRA stage (:class:`~slava_lightning.training.stages.LoraSettings`) injects peft adapters into the
language model; its checkpoint then holds, for each adapted linear layer, the frozen base weight
(``...q_proj.base_layer.weight``) and the two factors (``...q_proj.lora_A.default.weight``,
``...lora_B.default.weight``). The run record (:mod:`slava_lightning.artifact`) stores which layers
were adapted and with what rank and ``alpha`` (:func:`describe_lora`), so a loader can rebuild the
adapted model, load the checkpoint strictly, and fold each adapter into its layer with peft's own
merge, ``W + (alpha / r) * B @ A`` (:func:`merge_lora`). The merged model has the plain layout of
the architecture: every writer (transformers Llava, LLaVA-Phi) and the inference tools take it
as they take a fully trained one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from torch import nn

from slava_lightning.state_dict import load_state

#: peft's name of the single adapter a LoRA stage trains.
ADAPTER = "default"
#: A state-dict key of a 4-bit (bitsandbytes) base weight, written by QLoRA runs.
_QUANT_STATE = ".quant_state."


def lora_target(module: nn.Module) -> nn.Module:
    """The module that receives LoRA adapters: the transformers model inside a component if any."""
    inner = getattr(module, "model", None)
    return inner if isinstance(inner, nn.Module) else module


def _language_model(model: Any) -> nn.Module:
    """The transformers model inside the language model component (what adapters are put in)."""
    return lora_target(model.language_model)


def describe_lora(model: Any) -> dict[str, Any] | None:
    """The adapters of ``model`` (a ``SlavaModel``) as JSON types, ``None`` when it has none.

    Keys: ``r``, ``alpha``, ``modules`` (names of the adapted layers inside the language model's
    transformers model) and ``quantized_base`` (``"nf4"``/``"fp4"`` for a QLoRA run, else ``None``).

    Raises:
        ValueError: adapters that :func:`merge_lora` could not rebuild (several adapters, ranks or
            scalings that differ between layers, rsLoRA or DoRA).
    """
    target = _language_model(model)
    if not any("lora_A" in name for name, _ in target.named_parameters()):
        return None
    from peft.tuners.lora import LoraLayer

    layers = {n: m for n, m in target.named_modules() if isinstance(m, LoraLayer)}
    settings = set()
    for name, layer in layers.items():
        if set(layer.r) != {ADAPTER}:
            raise ValueError(f"LoRA layer {name!r} holds adapters {sorted(layer.r)}; expected one")
        if layer.use_dora.get(ADAPTER) or layer.use_rslora.get(ADAPTER):
            raise ValueError(f"LoRA layer {name!r} uses DoRA/rsLoRA, which cannot be recorded")
        r, alpha = int(layer.r[ADAPTER]), float(layer.lora_alpha[ADAPTER])
        if not math.isclose(float(layer.scaling[ADAPTER]), alpha / r):
            raise ValueError(f"LoRA layer {name!r}: scaling differs from alpha / r")
        settings.add((r, alpha))
    if len(settings) != 1:
        raise ValueError(f"LoRA layers differ in (r, alpha): {sorted(settings)}")
    ((r, alpha),) = settings
    quantized = {
        getattr(getattr(m.get_base_layer(), "weight", None), "quant_type", None)
        for m in layers.values()
    }
    quantized.discard(None)
    return {
        "r": r,
        "alpha": alpha,
        "modules": sorted(layers),
        "quantized_base": next(iter(quantized), None),
    }


def check_lora_record(data: Any, where: str) -> dict[str, Any]:
    """A record's ``lora`` entry, checked; ``ValueError`` naming ``where`` and the field."""
    ok = (
        isinstance(data, Mapping)
        and isinstance(data.get("r"), int)
        and data["r"] >= 1
        and isinstance(data.get("alpha"), int | float)
        and isinstance(data.get("modules"), list)
        and bool(data["modules"])
        and all(isinstance(m, str) for m in data["modules"])
        and data.get("quantized_base") in (None, "nf4", "fp4")
    )
    if not ok:
        raise ValueError(
            f"{where}: the record's 'lora' entry needs r (int >= 1), alpha (number), modules (a "
            f"non-empty list of layer names) and quantized_base (null, 'nf4' or 'fp4'); got {data!r}"
        )
    return dict(data)


def has_lora_weights(weights: Mapping[str, Any]) -> bool:
    """Whether a state dict holds LoRA adapter factors."""
    return any(".lora_A." in k or ".lora_B." in k for k in weights)


def merge_lora(model: Any, lora: Mapping[str, Any], weights: Mapping[str, Any], where: str) -> None:
    """Load adapter-bearing ``weights`` into ``model`` and merge the adapters into its layers.

    ``model`` is the plain architecture (built from the record); adapters named by ``lora``
    (:func:`describe_lora`) are injected, the checkpoint is loaded strictly, and peft folds each
    adapter into its base layer. Afterwards ``model`` has no adapter left and computes what the
    adapted model computed (to float rounding).

    Raises:
        ValueError: a QLoRA checkpoint (4-bit base weights; see ``docs/curriculum.md``), or weights
            that do not fit the adapted model (named by ``where``).
    """
    from peft import LoraConfig
    from peft.tuners.lora import LoraModel

    if lora.get("quantized_base") or any(_QUANT_STATE in k for k in weights):
        raise ValueError(
            f"checkpoint {where!r} comes from a QLoRA run (4-bit base weights), which cannot "
            "be turned back into its full-precision base: merge its adapters into the original "
            "base with peft on a GPU, or train with plain LoRA (lora.quantize_base: null) to export"
        )
    config = LoraConfig(
        r=int(lora["r"]),
        lora_alpha=lora["alpha"],
        lora_dropout=0.0,
        target_modules=list(lora["modules"]),
    )
    wrapper = LoraModel(_language_model(model), config, ADAPTER)
    load_state(model, weights, f"checkpoint {where!r}")
    wrapper.merge_and_unload(safe_merge=True)
    left = [n for n, _ in model.named_parameters() if "lora_" in n]
    if left:
        raise ValueError(f"checkpoint {where!r}: adapters left after merging: {left[:3]}")


__all__ = ["check_lora_record", "describe_lora", "has_lora_weights", "merge_lora"]
