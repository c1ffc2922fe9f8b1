"""Where an inference model comes from: a checkpoint, a transformers Llava folder, or a preset.

* a **Lightning checkpoint** (``.ckpt`` of ``SlavaModule``) carries its run's record
  (:mod:`slava_lightning.artifact`): architecture, tokenizer, chat template, image processing and
  decoding defaults, so it loads as it is. Files written before the record existed (or a plain
  state dict) hold weights only: the architecture then comes from ``preset`` or from the training
  YAML (``config``, its ``model:`` section; its ``data:`` section also gives the template);
* a **folder** is read by its ``config.json``: ``model_type: llava`` through
  :func:`~slava_lightning.interop.load_hf_llava`, ``llava_phi`` (the released SLaVA-CXR layout, also
  what ``save_llava_phi`` writes) through :func:`~slava_lightning.interop.load_llava_phi`, the LLaVA
  repository's ``llava_llama`` / ``llava_mistral`` through
  :func:`~slava_lightning.interop.llava_original.load_llava_original`; a ``slava_artifact.json``
  beside it (written by ``slava-convert``) gives template and decoding, else the folder's own
  (:func:`~slava_lightning.interop.baselines.folder_prompting`);
* a **preset** alone builds random weights (tiny demos and tests).

A LoRA-trained checkpoint's adapters are merged into the weights at load
(:func:`~slava_lightning.adapters.merge_lora`): the model has the architecture's plain layout.

Without a record, prompts use the released ``phi_v0`` template and padded images.
8-/4-bit loading quantizes the language model's linear layers with bitsandbytes on CUDA.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import nn

from slava_lightning.artifact import Artifact, read_checkpoint_record, read_folder_record
from slava_lightning.components.base import COMPONENT_ATTRIBUTES
from slava_lightning.decoding import GenerationSettings
from slava_lightning.dtypes import torch_dtype
from slava_lightning.model import SlavaModel
from slava_lightning.prompts import ChatTemplate, get_template
from slava_lightning.state_dict import load_state

#: Template of sources that record none (the released SLaVA-CXR prompt format).
DEFAULT_TEMPLATE = "phi_v0"


@dataclass
class LoadedModel:
    """A model in eval mode and how its run used it.

    Attributes:
        model: the model.
        template: chat template to prompt with (the run's, else ``--template``, else ``phi_v0``).
        pad_to_square: whether images are padded to a square before resizing (as in the run).
        generation: the run's decoding defaults, ``None`` when the source records none.
        record: the source's full record, ``None`` for sources without one.
        notes: what the user should know about guesses made (printed by the CLIs).
    """

    model: SlavaModel
    template: ChatTemplate | str = DEFAULT_TEMPLATE
    pad_to_square: bool = True
    generation: GenerationSettings | None = None
    record: Artifact | None = None
    notes: list[str] = field(default_factory=list)


def load_model(
    checkpoint: str | Path | None = None,
    hf_llava: str | Path | None = None,
    preset: str | None = None,
    config: str | Path | None = None,
    dtype: str = "float32",
    tokenizer: str | None = None,
) -> SlavaModel:
    """Build a :class:`SlavaModel` in eval mode from one model source (see :func:`load_source`)."""
    return load_source(checkpoint, hf_llava, preset, config, dtype, tokenizer).model


def load_source(
    checkpoint: str | Path | None = None,
    hf_llava: str | Path | None = None,
    preset: str | None = None,
    config: str | Path | None = None,
    dtype: str = "float32",
    tokenizer: str | None = None,
    template: str | None = None,
    quantize: str | None = None,
    device: str = "cpu",
) -> LoadedModel:
    """Load one model source with its template, image padding and decoding defaults.

    Args:
        checkpoint: a checkpoint folder (Llava or LLaVA-Phi layout) or a ``.ckpt`` / state-dict
            file (files without a run record need ``preset`` or ``config``).
        hf_llava: a transformers ``LlavaForConditionalGeneration`` folder.
        preset: a preset name (``tiny``...); alone it gives random weights.
        config: the training YAML whose ``model:`` section describes the architecture.
        dtype: weight dtype, one of ``float32``, ``bfloat16``, ``float16``.
        tokenizer: tokenizer folder when a checkpoint folder has none.
        template: chat template name overriding the source's.
        quantize: CPU quantization (``none``, ``int8``, ``int4``); ``None`` applies the mode the
            source records (:func:`~slava_lightning.quantization.resolve_mode`).
            Safetensors folders (Llava, LLaVA-Phi) are quantized layer by layer as they are read,
            so loading peaks near the quantized size; other sources are quantized once loaded.
        device: where the model will run (a recorded mode applies on the CPU only).
    """
    from slava_lightning.quantization import quantization_of, quantize_for_cpu, resolve_mode

    torch_dtype(dtype)  # validates the name before anything is read
    if checkpoint is not None and hf_llava is not None:
        raise ValueError("give either checkpoint or hf_llava, not both")
    if template is not None:
        get_template(template)  # validates the name
    if hf_llava is not None or (checkpoint is not None and Path(checkpoint).is_dir()):
        folder = Path(hf_llava if hf_llava is not None else str(checkpoint))
        if preset is not None or config is not None:
            raise ValueError(
                f"checkpoint {str(folder)!r} is a folder that describes its own architecture; "
                "drop preset/config"
            )
        record = read_folder_record(folder)
        mode = resolve_mode(quantize, record.quantization if record else None, device)
        loaded = _from_record(_load_folder(folder, dtype, tokenizer, mode, device), record)
        if loaded.record is None:
            from slava_lightning.interop.baselines import folder_prompting

            loaded.template, loaded.pad_to_square = folder_prompting(folder, loaded.model)
    elif checkpoint is not None:
        loaded = _load_file(Path(checkpoint), preset, config, dtype, template)
    else:
        loaded = LoadedModel(_architecture(preset, config, None).to(torch_dtype(dtype)).eval())
    if template is not None:
        loaded.template = template
    recorded = loaded.record.quantization if loaded.record is not None else None
    mode = resolve_mode(quantize, recorded, device)
    if quantization_of(loaded.model) != mode:  # not streamed: quantize the loaded float model
        loaded.model = quantize_for_cpu(loaded.model, mode, device)
    return loaded


def _from_record(model: SlavaModel, record: Artifact | None) -> LoadedModel:
    if record is None:
        return LoadedModel(model)
    return LoadedModel(model, record.template_name, record.pad_to_square, record.generation, record)


def _load_folder(
    folder: Path, dtype: str, tokenizer: str | None, quantize: str, device: str
) -> SlavaModel:
    cfg_file = folder / "config.json"
    if not cfg_file.is_file():
        raise ValueError(f"checkpoint folder {str(folder)!r} has no config.json")
    cfg = json.loads(cfg_file.read_text())
    from slava_lightning.interop.formats import folder_layout

    try:
        layout = folder_layout(cfg, cfg_file)
    except ValueError as err:
        raise ValueError(
            f"{err}; evaluate it from its prediction file (slava-eval --predictions)"
        ) from None
    if layout.streams_quantization:
        return _streamed(layout.load(), folder, dtype, tokenizer, quantize, device)
    loaded: SlavaModel = layout.load()(folder, dtype=dtype, tokenizer_path=tokenizer)
    return loaded.eval()


def _streamed(
    loader: Any, folder: Path, dtype: str, tokenizer: str | None, quantize: str, device: str
) -> SlavaModel:
    """``loader``'s model, quantized while loading when ``quantize`` applies.

    Off the CPU or in another dtype the float model is returned, and :func:`load_source`'s
    :func:`~slava_lightning.quantization.quantize_for_cpu` refuses it with its own message.
    """
    stream = quantize if str(device) == "cpu" and dtype == "float32" else "none"
    return loader(folder, dtype=dtype, tokenizer_path=tokenizer, quantize=stream).eval()


def read_checkpoint_file(path: Path) -> dict[str, Any]:
    """A ``.ckpt`` / state-dict file as a dictionary (memory-mapped when the format allows).

    Tensors and plain types are read with ``weights_only=True``; a file that pickles other objects
    (a Lightning checkpoint whose hyperparameters hold dataclasses) falls back to a full unpickle,
    which runs code from the file: load only checkpoints you trust.
    """
    if not path.is_file():
        raise ValueError(f"checkpoint {str(path)!r} does not exist")
    try:
        state = torch.load(path, map_location="cpu", weights_only=True, mmap=True)
    except Exception:  # any refusal of the safe reader: retry with the full one
        try:
            state = torch.load(path, map_location="cpu", weights_only=False)
        except Exception as err:  # name the file whatever torch says
            raise ValueError(
                f"checkpoint {str(path)!r} is not a torch checkpoint ({err})"
            ) from None
    if not isinstance(state, dict):
        raise ValueError(f"checkpoint {str(path)!r} holds no state dict")
    return state


def _load_file(
    path: Path, preset: str | None, config: str | Path | None, dtype: str, template: str | None
) -> LoadedModel:
    state = read_checkpoint_file(path)
    record = read_checkpoint_record(state, str(path))
    if preset is not None or config is not None or record is None or record.architecture is None:
        if record is not None and record.architecture is None and preset is None and config is None:
            raise ValueError(
                f"checkpoint {str(path)!r} records its template but not its architecture (a "
                "component without rebuild_args()); give config (the training YAML) or preset"
            )
        model = _architecture(preset, config, path)
    else:
        from slava_lightning.artifact import build_model

        model = build_model(record, str(path))
    if record is not None and record.lora is not None:
        from slava_lightning.adapters import merge_lora

        merge_lora(model, record.lora, state, str(path))  # LoRA runs: merged at load
    else:
        load_state(model, state, f"checkpoint {str(path)!r}")
    model = model.to(torch_dtype(dtype)).eval()
    if record is not None:
        return _from_record(model, record)
    loaded = LoadedModel(model)
    settings = _data_settings(config) if config is not None else {}
    loaded.template = settings.get("template", DEFAULT_TEMPLATE)
    loaded.pad_to_square = bool(settings.get("pad_to_square", True))
    if template is None and "template" not in settings:
        loaded.notes.append(
            f"{path} carries no run record (saved before slava-lightning stored one): prompting "
            f"with the {DEFAULT_TEMPLATE!r} template; pass --template (or --config with the "
            "training YAML) if the model was trained with another"
        )
    return loaded


def _architecture(
    preset: str | None, config: str | Path | None, checkpoint: str | Path | None
) -> SlavaModel:
    if (preset is None) == (config is None):
        what = (
            f"checkpoint file {str(checkpoint)!r} holds weights only (no run record: saved before "
            "slava-lightning stored one, or a plain state dict); "
            if checkpoint
            else ""
        )
        raise ValueError(
            f"{what}give exactly one of preset (a preset name) or config (the training YAML) "
            "for the architecture"
        )
    if preset is not None:
        from slava_lightning.presets import build_preset

        return build_preset(preset)
    assert config is not None
    return model_from_config(config)


def _yaml_section(path: str | Path, name: str) -> dict[str, Any]:
    import yaml

    file = Path(path)
    if not file.is_file():
        raise ValueError(f"config {str(file)!r} does not exist")
    section = (yaml.safe_load(file.read_text()) or {}).get(name)
    if not isinstance(section, dict):
        return {}
    if "class_path" in section:
        section = section.get("init_args") or {}
    return dict(section)


def _data_settings(path: str | Path) -> dict[str, Any]:
    """``template`` and ``pad_to_square`` of a training YAML's ``data:`` section, where given."""
    data = _yaml_section(path, "data")
    return {k: data[k] for k in ("template", "pad_to_square") if k in data}


def model_from_config(path: str | Path) -> SlavaModel:
    """The :class:`SlavaModel` described by a training YAML's ``model:`` section (random weights)."""
    from jsonargparse import ArgumentParser

    from slava_lightning.training.module import SlavaModule

    section = _yaml_section(path, "model")
    if not section:
        raise ValueError(f"config {str(path)!r} has no 'model:' section")
    parts = {k: section[k] for k in COMPONENT_ATTRIBUTES.values() if k in section}
    missing = set(COMPONENT_ATTRIBUTES.values()) - set(parts)
    if missing:
        raise ValueError(f"config {str(path)!r}: model section lacks {sorted(missing)}")
    parser = ArgumentParser(exit_on_error=False)
    parser.add_class_arguments(SlavaModule, "model", skip={"init_from"}, fail_untyped=False)
    cfg = parser.parse_object({"model": parts}, defaults=True)
    module: SlavaModule = parser.instantiate_classes(cfg).model
    return module.model


def print_notes(loaded: LoadedModel, prog: str) -> None:
    """Print the loader's notes to standard error, prefixed with the program name."""
    for note in loaded.notes:
        print(f"{prog}: note: {note}", file=sys.stderr)


def quantize(model: SlavaModel, bits: int, device: str = "cuda") -> SlavaModel:
    """Load the language model's linear layers in 8- or 4-bit (bitsandbytes, CUDA only).

    The LM head, the vision encoder and the projector stay in their dtype (bf16/fp16 recommended):
    they hold a small share of the weights and most of the quality risk.
    """
    if bits not in (4, 8):
        raise ValueError(f"bits must be 4 or 8, got {bits}")
    if not torch.cuda.is_available() or not str(device).startswith("cuda"):
        raise ValueError(
            f"--load-in-{bits}bit needs a CUDA GPU (bitsandbytes kernels); this run has "
            f"device={device!r}, cuda available={torch.cuda.is_available()}"
        )
    try:
        import bitsandbytes as bnb
    except ImportError:
        raise ValueError(
            f"--load-in-{bits}bit needs the bitsandbytes package: pip install bitsandbytes"
        ) from None
    lm: Any = model.language_model.model
    head = lm.get_output_embeddings()
    compute = next(model.parameters()).dtype
    if compute == torch.float32:
        compute = torch.bfloat16
        model.to(compute)
    for parent in list(lm.modules()):
        for name, child in list(parent.named_children()):
            if type(child) is not nn.Linear or child is head:
                continue
            parent.add_module(name, _bnb_linear(bnb, child, bits, compute))
    model.to(device)
    return model


def _bnb_linear(bnb: Any, linear: nn.Linear, bits: int, compute: torch.dtype) -> nn.Module:
    has_bias = linear.bias is not None
    new: Any
    if bits == 8:
        new = bnb.nn.Linear8bitLt(
            linear.in_features, linear.out_features, has_bias, has_fp16_weights=False
        )
        new.weight = bnb.nn.Int8Params(linear.weight.data, requires_grad=False)
    else:
        new = bnb.nn.Linear4bit(
            linear.in_features,
            linear.out_features,
            has_bias,
            compute_dtype=compute,
            quant_type="nf4",
        )
        new.weight = bnb.nn.Params4bit(linear.weight.data, requires_grad=False, quant_type="nf4")
    if has_bias:
        new.bias = nn.Parameter(linear.bias.data, requires_grad=False)
    return new
