"""Safetensors checkpoints read by header first, renamed by rules, checked, then copied in.

Every foreign layout is described as an ordered list of :class:`Rename` rules from checkpoint keys to
``SlavaModel`` state-dict keys. :func:`plan_load` applies them to the checkpoint's *headers* only and
reports every unknown, missing or mis-shaped key at once, so a wrong checkpoint fails before any
tensor is read; :func:`load_planned` then copies tensors one at a time (no second full copy in memory).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from slava_lightning.components.base import ImageProcessing
from slava_lightning.components.vision import processing_from_settings
from slava_lightning.state_dict import skip_init as skip_init  # its former home

#: Buffers that some transformers versions save and others recompute; never an error.
IGNORABLE = (
    re.compile(r".*\.position_ids$"),
    re.compile(r".*rotary_emb\.inv_freq$"),
)


#: Bytes of a safetensors file :func:`load_planned` reads through one mapping before reopening it.
MAPPED_BYTES = 256 * 2**20


@dataclass(frozen=True)
class Rename:
    """``pattern`` (a full-match regex over checkpoint keys) becomes ``target`` (``re.sub`` syntax)."""

    pattern: str
    target: str


@dataclass(frozen=True)
class TensorInfo:
    """Where a checkpoint tensor lives and its shape, read from a safetensors header."""

    file: Path
    shape: tuple[int, ...]


@dataclass(frozen=True)
class LoadPlan:
    """Checkpoint key for each model key, and the model keys to fill with zeros."""

    sources: dict[str, tuple[str, TensorInfo]]
    zero_fill: tuple[str, ...]


def read_json(file: Path, what: str) -> dict[str, Any]:
    """A JSON object from ``file``; ``ValueError`` naming the file when absent or malformed."""
    if not file.is_file():
        raise ValueError(f"{what}: {file} does not exist")
    try:
        data = json.loads(file.read_text())
    except json.JSONDecodeError as err:
        raise ValueError(f"{what}: {file} is not valid JSON ({err})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{what}: {file} must hold a JSON object")
    return data


def checkpoint_folder(path: str | Path) -> Path:
    """``path`` as an existing folder with a ``config.json``."""
    folder = Path(path)
    if not folder.is_dir():
        raise ValueError(f"checkpoint path {str(path)!r} is not a folder")
    if not (folder / "config.json").is_file():
        raise ValueError(f"checkpoint folder {str(path)!r} has no config.json")
    return folder


def safetensors_files(folder: Path) -> list[Path]:
    """The weight files of a checkpoint: ``model.safetensors`` or the shards of its index."""
    index = folder / "model.safetensors.index.json"
    if index.is_file():
        weight_map = read_json(index, "weights index").get("weight_map")
        if not isinstance(weight_map, dict):
            raise ValueError(f"{index} has no 'weight_map'")
        files = [folder / name for name in sorted(set(weight_map.values()))]
        missing = [str(f) for f in files if not f.is_file()]
        if missing:
            raise ValueError(f"{index} names missing shard(s): {missing}")
        return files
    single = folder / "model.safetensors"
    if single.is_file():
        return [single]
    raise ValueError(
        f"{folder} has neither model.safetensors nor model.safetensors.index.json "
        "(only safetensors weights are read; convert .bin files first)"
    )


def read_headers(files: Sequence[Path]) -> dict[str, TensorInfo]:
    """Key -> file and shape for every tensor in ``files`` (headers only, no tensor data)."""
    from safetensors import safe_open

    infos: dict[str, TensorInfo] = {}
    for file in files:
        with safe_open(str(file), framework="pt") as handle:
            for key in handle.keys():  # noqa: SIM118 (safe_open is not a mapping)
                shape = tuple(handle.get_slice(key).get_shape())
                infos[key] = TensorInfo(file, shape)
    return infos


def _rename(key: str, rules: Sequence[Rename]) -> str | None:
    for rule in rules:
        if re.fullmatch(rule.pattern, key):
            return re.sub(rf"^(?:{rule.pattern})$", rule.target, key)
    return None


def _listing(keys: Iterable[str], limit: int = 12) -> str:
    keys = sorted(keys)
    shown = ", ".join(keys[:limit])
    return shown + (f" ... (+{len(keys) - limit} more)" if len(keys) > limit else "")


def plan_load(
    model: nn.Module,
    headers: dict[str, TensorInfo],
    rules: Sequence[Rename],
    folder: Path,
    optional: Iterable[str] = (),
) -> LoadPlan:
    """Match checkpoint ``headers`` to ``model``'s state dict through ``rules``.

    ``optional`` model keys may be absent from the checkpoint (they are zero-filled, or left as they
    are when tied to another loaded tensor). Raises ``ValueError`` listing every unknown checkpoint
    key, missing model key and shape mismatch.
    """
    expected = {k: tuple(v.shape) for k, v in model.state_dict(keep_vars=True).items()}
    sources: dict[str, tuple[str, TensorInfo]] = {}
    unknown, mismatched = [], []
    for key, info in headers.items():
        target = _rename(key, rules)
        if target is None or target not in expected:
            if not any(p.fullmatch(key) for p in IGNORABLE):
                unknown.append(key)
            continue
        if info.shape != expected[target]:
            mismatched.append(f"{key} {list(info.shape)} (model expects {list(expected[target])})")
            continue
        sources[target] = (key, info)
    optional = set(optional)
    missing = [
        k
        for k in expected
        if k not in sources and k not in optional and not any(p.fullmatch(k) for p in IGNORABLE)
    ]
    problems = []
    if unknown:
        problems.append(f"unknown key(s) {_listing(unknown)}")
    if missing:
        problems.append(f"missing model key(s) {_listing(missing)}")
    if mismatched:
        problems.append(f"shape mismatch(es) {_listing(mismatched, 6)}")
    if problems:
        raise ValueError(f"checkpoint {folder} does not fit the model: " + "; ".join(problems))
    zero_fill = tuple(k for k in sorted(optional) if k in expected and k not in sources)
    return LoadPlan(sources, zero_fill)


@torch.no_grad()
def load_planned(
    model: nn.Module,
    plan: LoadPlan,
    tied: Iterable[str] = (),
    on_loaded: Callable[[str], None] | None = None,
) -> None:
    """Copy the planned tensors into ``model`` (casting dtype); zero-fill the rest of the plan.

    Keys in ``tied`` share storage with a loaded tensor and are not zero-filled. ``on_loaded`` is
    called with each model key once its tensor is in (a
    :class:`~slava_lightning.quantization.StreamingQuantizer` quantizes layers there); no
    reference to a loaded tensor is kept here, so a layer replaced by then is freed at once.
    """
    from safetensors import safe_open

    state = model.state_dict(keep_vars=True)
    by_file: dict[Path, list[tuple[str, str]]] = {}
    for target, (key, info) in plan.sources.items():
        by_file.setdefault(info.file, []).append((target, key))
    tied = set(tied)
    for key in plan.zero_fill:  # first: a layer waiting only for a zero bias then quantizes early
        if key not in tied:
            state.pop(key).data.zero_()
            if on_loaded is not None:
                on_loaded(key)
    for file, pairs in by_file.items():
        # safetensors maps the file: every page read stays in this process's resident size until
        # the handle closes, which doubled the loading peak. Reopening it every MAPPED_BYTES keeps
        # what is mapped at once small (the header is parsed again: milliseconds).
        done = 0
        while done < len(pairs):
            mapped = 0
            with safe_open(str(file), framework="pt") as handle:
                while done < len(pairs) and mapped < MAPPED_BYTES:
                    target, key = pairs[done]
                    tensor = handle.get_tensor(key)
                    mapped += tensor.nbytes
                    state.pop(target).data.copy_(tensor)
                    del tensor
                    done += 1
                    if on_loaded is not None:
                        on_loaded(target)


@dataclass(frozen=True)
class SlavaPrefixes:
    """Where the parts of a ``SlavaModel`` built on transformers modules sit in its state dict."""

    vision: str  #: the vision tower's own keys (``embeddings.*``, ``encoder.*``) start here
    text: str  #: the LM's decoder body (``embed_tokens``, ``layers``) starts here
    head: str  #: the LM head module (``weight``, ``bias``)


def slava_prefixes(model: nn.Module) -> SlavaPrefixes:
    """State-dict prefixes of ``model.vision_encoder.model``, the LM body and the LM head.

    transformers versions differ in whether a vision tower nests its modules under ``vision_model``;
    the prefix follows whatever the installed version builds, and checkpoints are renamed to it.
    """
    parts: Any = model  # the concrete transformers-backed parts; checked by the callers
    tower = parts.vision_encoder.model
    nested = any(k.startswith("vision_model.") for k in tower.state_dict())
    vision = "vision_encoder.model." + ("vision_model." if nested else "")
    causal_lm: Any = model.language_model.model  # type: ignore[union-attr]
    body = causal_lm.base_model_prefix
    head_module = causal_lm.get_output_embeddings()
    head = next(name for name, module in causal_lm.named_modules() if module is head_module)
    return SlavaPrefixes(vision, f"language_model.model.{body}.", f"language_model.model.{head}.")


def head_has_bias(model: nn.Module) -> bool:
    """Whether the language model's output layer has a bias (Phi does, Llama does not)."""
    causal_lm: Any = model.language_model.model  # type: ignore[union-attr]
    head = causal_lm.get_output_embeddings()
    return getattr(head, "bias", None) is not None


def head_is_tied(model: nn.Module) -> bool:
    """Whether the LM's config ties the head's weight to the input embedding matrix."""
    causal_lm: Any = model.language_model.model  # type: ignore[union-attr]
    return bool(getattr(causal_lm.config, "tie_word_embeddings", False))


def retie(model: nn.Module) -> None:
    """Share the input embeddings with the LM head again when the config ties them."""
    if head_is_tied(model):
        causal_lm: Any = model.language_model.model  # type: ignore[union-attr]
        causal_lm.tie_weights()
        head = causal_lm.get_output_embeddings()
        if head.weight is not causal_lm.get_input_embeddings().weight:
            raise ValueError(
                "the language model's config ties lm_head to the embeddings, but "
                "transformers did not tie them"
            )


def image_processing(folder: Path, default: ImageProcessing) -> ImageProcessing:
    """Size and normalisation from the folder's processor settings, else the tower's defaults."""
    pre = folder / "preprocessor_config.json"
    if pre.is_file():
        return processing_from_settings(read_json(pre, "image processor settings"), default, pre)
    proc = folder / "processor_config.json"
    if proc.is_file():
        nested = read_json(proc, "processor settings").get("image_processor")
        if isinstance(nested, dict):
            return processing_from_settings(nested, default, proc)
    return default
