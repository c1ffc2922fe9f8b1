"""Sharding helpers: which layers FSDP wraps, and FSDP2 (``fully_shard``) for ModelParallelStrategy."""

from __future__ import annotations

from typing import Any

from torch import nn


def layer_class_names(model: nn.Module) -> set[str]:
    """Names of the transformer block classes inside ``model`` (the units to shard and checkpoint).

    Read from each transformers model's ``_no_split_modules`` (e.g. ``PhiDecoderLayer``,
    ``CLIPEncoderLayer``), so no class is named in code.
    """
    names: set[str] = set()
    for module in model.modules():
        names.update(getattr(module, "_no_split_modules", None) or [])
    return names


def layer_modules(model: nn.Module) -> list[nn.Module]:
    """The transformer blocks of ``model``, in module order."""
    names = layer_class_names(model)
    return [m for m in model.modules() if type(m).__name__ in names]


def fully_shard_model(
    model: nn.Module, device_mesh: Any, activation_checkpointing: bool = False
) -> nn.Module:
    """Apply FSDP2 to every transformer block of ``model`` and then to ``model`` itself.

    Args:
        model: typically a :class:`~slava_lightning.model.SlavaModel`.
        device_mesh: the LightningModule's ``device_mesh`` (its ``data_parallel`` dimension is
            used), or a one-dimensional mesh.
        activation_checkpointing: recompute each block's activations in backward.
    """
    from torch.distributed.fsdp import fully_shard

    mesh = (
        device_mesh["data_parallel"]
        if "data_parallel" in (device_mesh.mesh_dim_names or ())
        else device_mesh
    )
    blocks = layer_modules(model)
    if not blocks:
        raise ValueError(
            f"{type(model).__name__} has no transformer blocks to shard (no _no_split_modules found)"
        )
    if activation_checkpointing:
        from torch.distributed._composable import checkpoint

        for block in blocks:
            checkpoint(block)
    for block in blocks:
        fully_shard(block, mesh=mesh)
    fully_shard(model, mesh=mesh)
    return model
