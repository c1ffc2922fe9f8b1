"""transformers ``LlavaForConditionalGeneration`` folders: read into, and write from, ``SlavaModel``.

Correspondence (transformers 5.x key names; the 4.x names ``vision_tower.*``,
``multi_modal_projector.*``, ``language_model.model.*``, ``language_model.lm_head.*`` are read too):

==========================================  =============================================
Llava                                       SlavaModel
==========================================  =============================================
``model.vision_tower.*``                    ``vision_encoder.model.*`` (``HFVisionEncoder``)
``vision_feature_layer``                    ``HFVisionEncoder.feature_layer``
``vision_feature_select_strategy``          ``select``: CLIP ``default`` = ``patch``; ``full``
``model.multi_modal_projector.linear_1/2``  ``projector.layers.0/2`` (``MLPProjector``, depth 2)
``projector_hidden_act``                    ``MLPProjector(activation=...)``
``model.language_model.*``, ``lm_head.*``   ``language_model.model`` (a ``*ForCausalLM``)
``image_token_index``                       ``language_model.image_token_id``
==========================================  =============================================

Llava's processor writes ``image_seq_length`` copies of ``<image>`` into the ids; ``SlavaModel`` takes
one ``<image>`` per image and expands it inside, so the two agree on the expanded sequence.

Llava's top-level ``lm_head`` has no bias. A Phi language model has one: reading a Llava folder sets
it to zero (exactly what Llava computes); writing refuses a non-zero bias (see ``docs/interop.md``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import torch

from slava_lightning.components.language import CausalLanguageModel
from slava_lightning.components.projector import ACTIVATIONS, MLPProjector
from slava_lightning.components.vision import HF_FAMILIES, HFVisionEncoder
from slava_lightning.dtypes import torch_dtype
from slava_lightning.interop.weights import (
    Rename,
    checkpoint_folder,
    head_has_bias,
    head_is_tied,
    image_processing,
    load_planned,
    plan_load,
    read_headers,
    read_json,
    retie,
    safetensors_files,
    slava_prefixes,
)
from slava_lightning.model import SlavaModel
from slava_lightning.prompts import IMAGE_TOKEN
from slava_lightning.quantization import StreamingQuantizer
from slava_lightning.state_dict import skip_init


# ----------------------------------------------------------------------------- reading
def _llava_config(folder: Path) -> dict[str, Any]:
    """``config.json`` of a Llava folder, with every field this loader relies on checked."""
    file = folder / "config.json"
    cfg = read_json(file, "Llava config")
    if cfg.get("model_type") != "llava":
        raise ValueError(f"{file}: model_type is {cfg.get('model_type')!r}, expected 'llava'")
    for name in ("vision_config", "text_config"):
        sub = cfg.get(name)
        if not isinstance(sub, dict) or "model_type" not in sub:
            raise ValueError(f"{file}: '{name}' must be an object with a 'model_type'")
    for name in ("hidden_size", "image_size", "patch_size"):
        if name not in cfg["vision_config"]:
            raise ValueError(f"{file}: vision_config.{name} is missing")
    for name in ("hidden_size", "vocab_size"):
        if name not in cfg["text_config"]:
            raise ValueError(f"{file}: text_config.{name} is missing")
    image_token = cfg.get("image_token_index", cfg.get("image_token_id"))
    if not isinstance(image_token, int):
        raise ValueError(f"{file}: image_token_index is missing or not an integer")
    cfg["image_token_index"] = image_token
    layer = cfg.get("vision_feature_layer", -2)
    if not isinstance(layer, int):
        raise ValueError(
            f"{file}: vision_feature_layer={layer!r}; only a single layer (an integer) is supported"
        )
    act = cfg.get("projector_hidden_act", "gelu")
    if act not in ACTIVATIONS:
        raise ValueError(
            f"{file}: projector_hidden_act={act!r} is not supported; expected one of "
            f"{sorted(ACTIVATIONS)}"
        )
    return cfg


def _select(strategy: str, family: str, file: Path) -> str:
    """Llava's ``vision_feature_select_strategy`` as ``HFVisionEncoder(select=...)``."""
    if strategy == "full":
        return "full" if family == "clip" else "patch"
    if strategy == "default" and family == "clip":
        return "patch"
    if strategy == "default":
        # Llava drops the first token unconditionally; SigLIP has no class token to drop.
        raise ValueError(
            f"{file}: vision_feature_select_strategy='default' drops the first patch of a "
            f"{family} tower (it has no class token); only 'full' is supported for it"
        )
    raise ValueError(f"{file}: vision_feature_select_strategy={strategy!r} is not 'default'/'full'")


def llava_rules(model: SlavaModel) -> list[Rename]:
    """Rename rules from Llava keys (5.x and 4.x layouts) to ``model``'s state dict."""
    p = slava_prefixes(model)
    return [
        Rename(r"(?:model\.)?vision_tower\.(?:vision_model\.)?(.+)", p.vision + r"\1"),
        Rename(r"(?:model\.)?multi_modal_projector\.linear_1\.(.+)", r"projector.layers.0.\1"),
        Rename(r"(?:model\.)?multi_modal_projector\.linear_2\.(.+)", r"projector.layers.2.\1"),
        Rename(r"(?:language_model\.)?lm_head\.(.+)", p.head + r"\1"),
        Rename(r"(?:model\.language_model|language_model\.model)\.(.+)", p.text + r"\1"),
    ]


def load_hf_llava(
    path: str | Path,
    dtype: str = "float32",
    tokenizer_path: str | None = None,
    quantize: str = "none",
) -> SlavaModel:
    """Read a transformers ``LlavaForConditionalGeneration`` folder as a :class:`SlavaModel`.

    Args:
        path: folder with ``config.json``, safetensors weights and tokenizer files.
        dtype: ``float32``, ``bfloat16`` or ``float16``.
        tokenizer_path: tokenizer folder when it is not ``path``.
        quantize: ``int8`` / ``int4`` quantizes each linear layer of the language model and
            projector as its weights are read (:class:`StreamingQuantizer`), so loading peaks
            near the quantized size; needs ``dtype="float32"``.

    Config, tokenizer and every weight name and shape are checked before any weight is read.
    """
    torch_dtype(dtype)  # validates the name before anything is read
    folder = checkpoint_folder(path)
    cfg = _llava_config(folder)
    headers = read_headers(safetensors_files(folder))
    family = HF_FAMILIES.get(cfg["vision_config"]["model_type"])
    if family is None:
        raise ValueError(
            f"{folder / 'config.json'}: vision_config.model_type is "
            f"{cfg['vision_config']['model_type']!r}; expected one of {sorted(HF_FAMILIES)}"
        )
    select = _select(cfg.get("vision_feature_select_strategy", "default"), family, folder)
    with skip_init():
        encoder = HFVisionEncoder(
            config=cfg["vision_config"],
            feature_layer=cfg.get("vision_feature_layer", -2),
            select=select,  # type: ignore[arg-type]
        )
        lm = CausalLanguageModel(
            config=cfg["text_config"], tokenizer_path=tokenizer_path or str(folder)
        )
        act = cfg.get("projector_hidden_act", "gelu")
        projector = MLPProjector(encoder.hidden_size, lm.hidden_size, depth=2, activation=act)
        model = SlavaModel(encoder, projector, lm)
    # The encoder was built from a config; the folder's processor settings override its defaults.
    encoder.processing = image_processing(folder, encoder.processing)
    if lm.image_token_id != cfg["image_token_index"]:
        raise ValueError(
            f"{folder}: the tokenizer maps {IMAGE_TOKEN!r} to id {lm.image_token_id}, but "
            f"config.json image_token_index is {cfg['image_token_index']}"
        )
    p = slava_prefixes(model)
    optional = {p.head + "bias"}  # Llava's lm_head has none; zero is what Llava computes
    tied = {p.head + "weight"} if head_is_tied(model) else set()
    if not cfg.get("multimodal_projector_bias", True):
        optional |= {"projector.layers.0.bias", "projector.layers.2.bias"}
    plan = plan_load(model, headers, llava_rules(model), folder, optional | tied)
    if quantize != "none" and dtype != "float32":
        raise ValueError(f"quantize={quantize!r} reads float32 weights; got dtype={dtype!r}")
    stream = StreamingQuantizer(model, quantize)
    load_planned(model, plan, tied, on_loaded=stream.loaded)
    retie(model)
    return stream.finish().to(torch_dtype(dtype)).eval()


# ----------------------------------------------------------------------------- writing
def _activation_name(projector: MLPProjector) -> str:
    act = projector.layers[1]
    for name, cls in ACTIVATIONS.items():
        if type(act) is cls and getattr(act, "approximate", "none") == "none":
            return name
    raise ValueError(f"projector activation {act!r} has no Llava projector_hidden_act equivalent")


def _check_writable(model: SlavaModel) -> tuple[HFVisionEncoder, MLPProjector, CausalLanguageModel]:
    """The three parts, if Llava can represent them exactly; else ``ValueError`` saying why."""
    enc, proj, lm = model.vision_encoder, model.projector, model.language_model
    if not isinstance(enc, HFVisionEncoder):
        raise ValueError(
            f"vision_encoder is {type(enc).__name__}; Llava holds only transformers towers "
            "(HFVisionEncoder: CLIP or SigLIP)"
        )
    if type(proj) is not MLPProjector or len(proj.layers) != 3:
        raise ValueError(
            f"projector is {type(proj).__name__} with {len(getattr(proj, 'layers', []))} layer(s); "
            "Llava's multi_modal_projector is exactly Linear-activation-Linear (mlp2x_*)"
        )
    if not isinstance(lm, CausalLanguageModel):
        raise ValueError(f"language_model is {type(lm).__name__}, expected CausalLanguageModel")
    causal_lm: Any = lm.model
    rows = int(causal_lm.get_input_embeddings().weight.shape[0])
    if lm.image_token_id >= rows:
        raise ValueError(
            f"image token id {lm.image_token_id} is outside the embedding matrix ({rows} rows)"
        )
    if head_has_bias(model):
        bias = causal_lm.get_output_embeddings().bias
        if bool(bias.detach().abs().max() > 0):
            head = slava_prefixes(model).head.removeprefix("language_model.model.")
            raise ValueError(
                f"the language model's {head}bias is non-zero (max |b| = "
                f"{float(bias.detach().abs().max()):.3g}) and transformers' "
                "LlavaForConditionalGeneration has a bias-free lm_head: writing would change every "
                "logit. Save in the LLaVA-Phi layout instead (save_llava_phi / "
                "slava-convert --to llava-phi), which keeps lm_head.bias"
            )
    return enc, proj, lm


def llava_config(model: SlavaModel) -> Any:
    """The ``LlavaConfig`` describing ``model`` (checks that Llava can represent it)."""
    from transformers import LlavaConfig

    enc, proj, lm = _check_writable(model)
    # Llava's "default" drops the first token: right for CLIP's class token only.
    strategy: Literal["default", "full"] = (
        "default" if (enc.family == "clip" and enc.select == "patch") else "full"
    )
    # The written tensors' dtype is recorded once, at the top level, by save_pretrained.
    text = {k: v for k, v in lm.model.config.to_dict().items() if k != "dtype"}
    vision = {k: v for k, v in enc.model.config.to_dict().items() if k != "dtype"}
    return LlavaConfig(
        vision_config=vision,
        text_config=text,
        image_token_index=lm.image_token_id,
        image_seq_length=model.tokens_per_image,
        projector_hidden_act=_activation_name(proj),
        vision_feature_select_strategy=strategy,
        vision_feature_layer=enc.feature_layer,
        multimodal_projector_bias=True,
        tie_word_embeddings=head_is_tied(model),
    )


def llava_state_dict(model: SlavaModel) -> dict[str, torch.Tensor]:
    """``model``'s tensors under transformers 5.x Llava names (shared, not copied)."""
    p = slava_prefixes(model)
    renames = [
        (
            p.vision,
            "model.vision_tower." + ("vision_model." if "vision_model." in p.vision else ""),
        ),
        ("projector.layers.0.", "model.multi_modal_projector.linear_1."),
        ("projector.layers.2.", "model.multi_modal_projector.linear_2."),
        (p.head, "lm_head."),
        (p.text, "model.language_model."),
    ]
    out: dict[str, torch.Tensor] = {}
    for key, tensor in model.state_dict().items():
        for ours, theirs in renames:
            if key.startswith(ours):
                out[theirs + key[len(ours) :]] = tensor
                break
    out.pop("lm_head.bias", None)  # checked to be zero by _check_writable
    return out


def _processor(model: SlavaModel, enc: HFVisionEncoder, strategy: str) -> Any:
    from transformers import CLIPImageProcessor, LlavaProcessor, SiglipImageProcessor

    proc = enc.processing
    image_processor: Any
    square = {"height": proc.size, "width": proc.size}
    if enc.family == "clip":
        image_processor = CLIPImageProcessor(
            size={"shortest_edge": proc.size},
            crop_size=square,
            image_mean=list(proc.mean),
            image_std=list(proc.std),
        )
    else:
        image_processor = SiglipImageProcessor(
            size=square, image_mean=list(proc.mean), image_std=list(proc.std)
        )
    return LlavaProcessor(
        image_processor=image_processor,
        tokenizer=model.tokenizer,
        patch_size=int(enc.model.config.patch_size),
        vision_feature_select_strategy=strategy,
        num_additional_image_tokens=1 if enc.has_cls_token else 0,
    )


def save_hf_llava(model: SlavaModel, path: str | Path) -> Path:
    """Write ``model`` as a transformers ``LlavaForConditionalGeneration`` folder.

    The folder holds ``config.json``, ``model.safetensors``, ``generation_config.json``, the
    tokenizer and a ``LlavaProcessor`` (image processor settings from the encoder), so
    ``LlavaForConditionalGeneration.from_pretrained`` and ``AutoProcessor.from_pretrained`` load it.

    Raises:
        ValueError: when Llava cannot represent the model exactly (a timm encoder, a projector other
            than Linear-activation-Linear, a non-zero ``lm_head.bias``).
    """
    from transformers import GenerationConfig, LlavaForConditionalGeneration

    config = llava_config(model)
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"output path {str(path)!r} exists and is not a folder")
    with torch.device("meta"):
        hf = LlavaForConditionalGeneration(config)
    tensors = llava_state_dict(model)
    result = hf.load_state_dict(tensors, strict=False, assign=True)
    missing = [k for k in result.missing_keys if not k.endswith("position_ids")]
    if config.tie_word_embeddings:
        missing = [k for k in missing if k != "lm_head.weight"]
    if missing or result.unexpected_keys:
        raise ValueError(
            f"internal key mapping to Llava failed: missing {missing}, "
            f"unexpected {result.unexpected_keys}"
        )
    lm = model.language_model
    hf.generation_config = GenerationConfig(
        eos_token_id=lm.tokenizer.eos_token_id,
        pad_token_id=lm.pad_token_id,
        bos_token_id=lm.tokenizer.bos_token_id,
    )
    folder.mkdir(parents=True, exist_ok=True)
    hf.save_pretrained(folder)
    enc, _, _ = _check_writable(model)
    _processor(model, enc, config.vision_feature_select_strategy).save_pretrained(folder)
    return folder


__all__ = ["load_hf_llava", "llava_config", "llava_state_dict", "save_hf_llava"]
