"""What a checkpoint must carry to be used as it is: the run's *artifact record*.

A model's weights alone do not say how to prompt it or how to prepare its images. Every Lightning
checkpoint of :class:`~slava_lightning.training.module.SlavaModule` therefore holds, under
:data:`CHECKPOINT_KEY`, a plain dictionary (JSON types only, so ``torch.load(weights_only=True)``
reads it) with:

* ``format_version`` (:data:`FORMAT_VERSION`) and the ``slava_lightning`` version that wrote it;
* ``template``: the chat template the data was rendered with (name and every field);
* ``image_processing``: size, mean, std and ``pad_to_square`` of the images the model was fed;
* ``generation``: the decoding defaults of the run (what its validation generation used);
* ``max_length``: the longest token sequence of training;
* ``architecture``: each component's ``class_path`` and ``init_args``, rewritten so that it builds
  with no local files (transformers parts from their stored config instead of ``path``, a timm
  encoder without ``pretrained_path``): the weights come from the checkpoint's state dict anyway;
* ``tokenizer``: the files of the tokenizer's ``save_pretrained``, as text;
* ``lora``: the LoRA adapters of a LoRA-trained language model (rank, ``alpha``, adapted layers;
  see :mod:`slava_lightning.adapters`), ``null`` otherwise: loaders merge them into the weights.
* ``quantization``: the CPU weight quantization the slava tools apply at load (``none``, ``int8``,
  ``int4``; see :mod:`slava_lightning.quantization`), set by ``slava-convert --quantize``.

Exported folders (``slava-convert --to hf-llava|llava-phi``) hold the same record, without
architecture and tokenizer (the folder has its own), as :data:`FOLDER_FILE`.

A component class outside this library can take part by defining ``rebuild_args() -> dict``: the
``init_args`` that rebuild it with random weights and no local files.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import json
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slava_lightning.components.base import COMPONENT_ATTRIBUTES, ImageProcessing
from slava_lightning.generation import GenerationSettings
from slava_lightning.prompts import TEMPLATES, ChatTemplate

#: Key of the record in a Lightning checkpoint dictionary.
CHECKPOINT_KEY = "slava_artifact"
#: File name of the record in an exported checkpoint folder.
FOLDER_FILE = "slava_artifact.json"
#: Version of the record's layout; readers refuse newer versions.
FORMAT_VERSION = 1
COMPONENTS = tuple(COMPONENT_ATTRIBUTES.values())
#: ``quantization`` values (``slava_lightning.quantization.QUANTIZE_MODES``, kept free of torch).
_QUANTIZATIONS = ("none", "int8", "int4")
#: Config keys that describe how a transformers config was saved, not the model.
_NOT_ARCHITECTURE = (
    "dtype",
    "torch_dtype",
    "transformers_version",
    "_name_or_path",
    "architectures",
    "_attn_implementation_autoset",
)


@dataclass(frozen=True)
class Artifact:
    """The record of a run that a checkpoint carries beside its weights (see the module doc).

    Attributes:
        template: the chat template of the run's data.
        image_processing: size and normalisation of the run's images.
        pad_to_square: whether images were padded to a square with the mean colour.
        generation: decoding defaults of the run.
        max_length: longest token sequence in training (``None`` when unknown).
        architecture: ``{component: {"class_path", "init_args"}}``, or ``None`` (not recorded).
        tokenizer_files: file name -> text of the tokenizer's ``save_pretrained``, or ``None``.
        lora: the language model's LoRA adapters (:func:`~slava_lightning.adapters.describe_lora`),
            ``None`` when it has none.
        quantization: CPU quantization applied at load (``none``, ``int8``, ``int4``).
        version: ``format_version`` of the record.
    """

    template: ChatTemplate
    image_processing: ImageProcessing
    pad_to_square: bool = True
    generation: GenerationSettings = GenerationSettings()
    max_length: int | None = None
    architecture: dict[str, dict[str, Any]] | None = None
    tokenizer_files: dict[str, str] | None = None
    lora: dict[str, Any] | None = None
    quantization: str = "none"
    version: int = FORMAT_VERSION

    def to_dict(self, with_model: bool = True) -> dict[str, Any]:
        """The record as JSON types; ``with_model=False`` leaves out architecture and tokenizer."""
        from slava_lightning._version import __version__

        proc = self.image_processing
        out: dict[str, Any] = {
            "format_version": self.version,
            "slava_lightning_version": __version__,
            "template": dataclasses.asdict(self.template),
            "image_processing": {
                "size": proc.size,
                "mean": list(proc.mean),
                "std": list(proc.std),
                "pad_to_square": self.pad_to_square,
            },
            "generation": dataclasses.asdict(self.generation),
            "max_length": self.max_length,
            "quantization": self.quantization,
        }
        if with_model:
            out["architecture"] = self.architecture
            out["tokenizer"] = None if self.tokenizer_files is None else dict(self.tokenizer_files)
            out["lora"] = self.lora
        return _plain(out)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str) -> Artifact:
        """Read a record; ``ValueError`` naming ``where`` and the field when it is malformed."""
        if not isinstance(data, Mapping):
            raise ValueError(f"{where}: the {CHECKPOINT_KEY} record must be a mapping")
        version = data.get("format_version")
        if not isinstance(version, int) or version < 1:
            raise ValueError(f"{where}: {CHECKPOINT_KEY}.format_version is missing or invalid")
        if version > FORMAT_VERSION:
            raise ValueError(
                f"{where}: {CHECKPOINT_KEY}.format_version {version} is newer than this "
                f"slava-lightning reads ({FORMAT_VERSION}); upgrade slava-lightning"
            )
        try:
            template = ChatTemplate(**data["template"])
            proc = dict(data["image_processing"])
            pad = bool(proc.pop("pad_to_square", True))
            processing = ImageProcessing(
                int(proc["size"]), _triple(proc["mean"]), _triple(proc["std"])
            )
            generation = GenerationSettings(**(data.get("generation") or {}))
        except (KeyError, TypeError, ValueError) as err:
            raise ValueError(f"{where}: malformed {CHECKPOINT_KEY} record ({err!r})") from None
        architecture = data.get("architecture")
        if architecture is not None:
            _check_architecture(architecture, where)
        tokenizer = data.get("tokenizer")
        if tokenizer is not None and not (
            isinstance(tokenizer, Mapping) and all(isinstance(v, str) for v in tokenizer.values())
        ):
            raise ValueError(f"{where}: {CHECKPOINT_KEY}.tokenizer must map file names to text")
        lora = data.get("lora")
        if lora is not None:
            from slava_lightning.adapters import check_lora_record

            lora = check_lora_record(lora, where)
        max_length = data.get("max_length")
        quantization = data.get("quantization", "none")  # records before it existed: float
        if quantization not in _QUANTIZATIONS:
            raise ValueError(
                f"{where}: {CHECKPOINT_KEY}.quantization is {quantization!r}; expected one of "
                f"{_QUANTIZATIONS}"
            )
        return cls(
            template=template,
            image_processing=processing,
            pad_to_square=pad,
            generation=generation,
            max_length=None if max_length is None else int(max_length),
            architecture=None if architecture is None else dict(architecture),
            tokenizer_files=None if tokenizer is None else dict(tokenizer),
            lora=lora,
            quantization=quantization,
            version=version,
        )

    @property
    def template_name(self) -> ChatTemplate | str:
        """The registered template's name when the record matches it, else the template itself."""
        known = TEMPLATES.get(self.template.name)
        return self.template.name if known == self.template else self.template


def _triple(values: Any) -> tuple[float, float, float]:
    a, b, c = (float(v) for v in values)
    return (a, b, c)


def _plain(value: Any) -> Any:
    """``value`` as JSON types only (tuples become lists, keys strings): safe to unpickle."""
    return json.loads(json.dumps(value))


def _check_architecture(architecture: Any, where: str) -> None:
    if not isinstance(architecture, Mapping):
        raise ValueError(f"{where}: {CHECKPOINT_KEY}.architecture must be a mapping")
    for name in COMPONENTS:
        spec = architecture.get(name)
        if not (isinstance(spec, Mapping) and isinstance(spec.get("class_path"), str)):
            raise ValueError(f"{where}: {CHECKPOINT_KEY}.architecture.{name} needs a class_path")
        if not isinstance(spec.get("init_args", {}), Mapping):
            raise ValueError(f"{where}: {CHECKPOINT_KEY}.architecture.{name}.init_args is no map")


# ----------------------------------------------------------------------------- describing
def _hf_config(config: Any) -> dict[str, Any]:
    """A transformers config as a dict that ``AutoConfig.for_model`` / ``*Config(**d)`` rebuild."""
    out = {k: v for k, v in config.to_dict().items() if k not in _NOT_ARCHITECTURE}
    return dict(_plain(out))


def _activation_name(module: Any) -> str:
    from slava_lightning.components.projector import ACTIVATIONS

    for name, cls in ACTIVATIONS.items():
        if type(module) is cls:
            return name
    raise ValueError(f"projector activation {type(module).__name__} has no registered name")


def _mlp_args(layers: Any) -> dict[str, Any]:
    depth = (len(layers) + 1) // 2
    activation = _activation_name(layers[1]) if depth > 1 else "gelu"
    return {"depth": depth, "activation": activation}


def _rebuild_args(part: Any) -> dict[str, Any]:
    """``init_args`` that rebuild ``part`` with random weights and no local files."""
    from transformers.activations import FastGELUActivation, NewGELUActivation

    from slava_lightning.components.language import CausalLanguageModel
    from slava_lightning.components.projector import (
        LinearProjector,
        MLPProjector,
        PixelShuffleProjector,
    )
    from slava_lightning.components.vision import HFVisionEncoder, TimmVisionEncoder

    own = getattr(part, "rebuild_args", None)
    if callable(own):
        return dict(own())
    kind = type(part)
    if kind is HFVisionEncoder:
        return {
            "config": _hf_config(part.model.config),
            "feature_layer": part.feature_layer,
            "select": part.select,
        }
    if kind is TimmVisionEncoder:
        return {
            "model_name": part.model_name,
            "image_size": part.processing.size,
            "feature_layer": part.feature_layer,
            "select": part.select,
            "model_kwargs": dict(part.model_kwargs),
        }
    if kind is LinearProjector:
        return {}
    if kind is MLPProjector:
        return _mlp_args(part.layers)
    if kind is PixelShuffleProjector:
        return {"factor": part.factor, **_mlp_args(part.layers)}
    if kind is CausalLanguageModel:
        cfg = part.model.config
        attn = getattr(cfg, "_attn_implementation", None) or "sdpa"
        unfused = any(
            isinstance(m, NewGELUActivation | FastGELUActivation) for m in part.model.modules()
        )
        return {
            "config": _hf_config(cfg),
            "dtype": str(next(part.model.parameters()).dtype).removeprefix("torch."),
            # flash-attention needs its package and a GPU; sdpa computes the same attention.
            "attn_implementation": "sdpa" if attn == "flash_attention_2" else attn,
            "fused_gelu": not unfused,
        }
    raise ValueError(
        f"{kind.__module__}.{kind.__qualname__} cannot be described for a checkpoint: give the "
        "class a rebuild_args() method returning its init_args"
    )


def component_spec(part: Any) -> dict[str, Any]:
    """``{"class_path", "init_args"}`` of one component (projector args without its sizes)."""
    kind = type(part)
    return {
        "class_path": f"{kind.__module__}.{kind.__qualname__}",
        "init_args": _rebuild_args(part),
    }


def tokenizer_files(tokenizer: Any) -> dict[str, str]:
    """The files of ``tokenizer.save_pretrained`` as text (file name -> content)."""
    with tempfile.TemporaryDirectory(prefix="slava-tokenizer-") as tmp:
        tokenizer.save_pretrained(tmp)
        files = {}
        for file in sorted(Path(tmp).iterdir()):
            try:
                files[file.name] = file.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                raise ValueError(
                    f"tokenizer file {file.name} is binary (a slow sentencepiece tokenizer?); "
                    "use a fast tokenizer (tokenizer.json) so a checkpoint can carry it"
                ) from None
    return files


def describe_model(
    model: Any,
    template: ChatTemplate | str,
    pad_to_square: bool = True,
    generation: GenerationSettings | None = None,
    max_length: int | None = None,
    processing: ImageProcessing | None = None,
    with_architecture: bool = True,
) -> Artifact:
    """The record of a :class:`~slava_lightning.model.SlavaModel` and how it was used.

    ``with_architecture=False`` records template, images and decoding only.

    Raises:
        ValueError: a component that cannot be described (see :func:`component_spec`).
    """
    from slava_lightning.adapters import describe_lora

    tpl = TEMPLATES[template] if isinstance(template, str) and template in TEMPLATES else template
    if not isinstance(tpl, ChatTemplate):
        raise ValueError(f"unknown chat template {template!r}; known: {sorted(TEMPLATES)}")
    return Artifact(
        template=tpl,
        image_processing=processing or model.vision_encoder.processing,
        pad_to_square=pad_to_square,
        generation=generation or GenerationSettings(),
        max_length=max_length,
        architecture={name: component_spec(getattr(model, name)) for name in COMPONENTS}
        if with_architecture
        else None,
        tokenizer_files=tokenizer_files(model.tokenizer) if with_architecture else None,
        lora=describe_lora(model) if with_architecture else None,
    )


def describe_module(module: Any, with_architecture: bool = True) -> Artifact:
    """The record of a training ``SlavaModule``: template and images from its trainer's datamodule.

    The datamodule's ``template``, ``pad_to_square`` and ``processing`` are what the data was
    rendered with; without a datamodule that has them, the library defaults (``phi_v0``, padding)
    and the encoder's processing are recorded.
    """
    trainer = getattr(module, "_trainer", None)
    data = getattr(trainer, "datamodule", None) if trainer is not None else None
    generation = GenerationSettings(max_new_tokens=int(module.max_new_tokens))
    return describe_model(
        module.model,
        template=getattr(data, "template", None) or "phi_v0",
        pad_to_square=bool(getattr(data, "pad_to_square", True)),
        generation=generation,
        max_length=int(module.max_length),
        processing=getattr(data, "processing", None),
        with_architecture=with_architecture,
    )


def add_record(checkpoint: dict[str, Any], module: Any) -> None:
    """Put the record of ``module`` into a checkpoint dictionary (``SlavaModule`` calls this).

    A component that cannot be described costs only the architecture (the file then needs
    ``--config`` to be loaded), never the checkpoint: a warning says so.
    """
    try:
        record = describe_module(module)
    except ValueError as err:
        import warnings

        warnings.warn(
            f"checkpoint saved without its architecture ({err}); load it with --config",
            stacklevel=2,
        )
        record = describe_module(module, with_architecture=False)
    checkpoint[CHECKPOINT_KEY] = record.to_dict()


# ----------------------------------------------------------------------------- rebuilding
def _import(class_path: str, where: str) -> Any:
    module_name, _, name = class_path.rpartition(".")
    try:
        return getattr(importlib.import_module(module_name), name)
    except (ImportError, AttributeError, ValueError) as err:
        raise ValueError(f"{where}: cannot import class_path {class_path!r} ({err})") from None


def build_model(artifact: Artifact, where: str) -> Any:
    """The :class:`~slava_lightning.model.SlavaModel` the record describes (weights not loaded).

    The tokenizer is written to a temporary folder for the language model to read; transformers
    parts are built from their stored configs, so no original weights folder is needed.
    """
    from slava_lightning.model import SlavaModel
    from slava_lightning.state_dict import skip_init

    if artifact.architecture is None or artifact.tokenizer_files is None:
        raise ValueError(f"{where}: the checkpoint records no architecture/tokenizer")
    specs = artifact.architecture
    classes = {n: _import(specs[n]["class_path"], f"{where}: {n}") for n in COMPONENTS}
    args = {n: dict(specs[n].get("init_args") or {}) for n in COMPONENTS}
    with tempfile.TemporaryDirectory(prefix="slava-tokenizer-") as tmp:
        for name, text in artifact.tokenizer_files.items():
            (Path(tmp) / Path(name).name).write_text(text, encoding="utf-8")
        args["language_model"]["tokenizer_path"] = tmp
        with skip_init():
            encoder = classes["vision_encoder"](**args["vision_encoder"])
            lm = classes["language_model"](**args["language_model"])
    projector = functools.partial(classes["projector"], **args["projector"])
    model = SlavaModel(encoder, projector, lm)
    if encoder.processing != artifact.image_processing:
        try:  # encoders built from a config take their processor settings from the record
            encoder.processing = artifact.image_processing
        except AttributeError:
            raise ValueError(
                f"{where}: the record's image processing {artifact.image_processing} differs "
                f"from what {type(encoder).__name__} computes ({encoder.processing})"
            ) from None
    return model


def read_checkpoint_record(checkpoint: Mapping[str, Any], where: str) -> Artifact | None:
    """The record of a loaded checkpoint dictionary, ``None`` when it has none (older files)."""
    data = checkpoint.get(CHECKPOINT_KEY)
    return None if data is None else Artifact.from_dict(data, where)


def write_folder_record(folder: str | Path, artifact: Artifact) -> Path:
    """Write the record (template, images, decoding; no weights) into an exported folder."""
    file = Path(folder) / FOLDER_FILE
    file.write_text(json.dumps(artifact.to_dict(with_model=False), indent=2) + "\n")
    return file


def read_folder_record(folder: str | Path) -> Artifact | None:
    """The record of an exported folder, ``None`` when the folder has no :data:`FOLDER_FILE`."""
    file = Path(folder) / FOLDER_FILE
    if not file.is_file():
        return None
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise ValueError(f"{file}: not valid JSON ({err})") from None
    return Artifact.from_dict(data, str(file))


__all__ = [
    "CHECKPOINT_KEY",
    "FOLDER_FILE",
    "FORMAT_VERSION",
    "Artifact",
    "build_model",
    "component_spec",
    "describe_model",
    "describe_module",
    "read_checkpoint_record",
    "read_folder_record",
    "tokenizer_files",
    "write_folder_record",
]
