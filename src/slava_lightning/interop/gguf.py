"""GGUF export for llama.cpp and Ollama: the language model, the vision projector ("mmproj") and a
Modelfile.

llama.cpp runs a LLaVA-style model from two files: the language model under its own architecture
(``phi2`` for Phi-2) and an ``mmproj`` file (architecture ``clip``) holding the vision tower and the
projector, which ``llama-mtmd-cli --mmproj`` and Ollama read. Tensor names come from the ``gguf``
package's own name maps (``gguf.get_tensor_name_map``), so they follow llama.cpp's.

What is written, and how it matches :class:`~slava_lightning.model.SlavaModel`:

* **language model** (``phi2``): every Phi tensor including ``output.bias`` (Phi-2's ``lm_head``
  bias, which llama.cpp's ``phi2`` graph adds); the tokenizer as a GPT-2 style byte-level BPE
  (tokens, types, merges, special ids), padded with unused ``[PAD{i}]`` tokens up to the embedding
  rows; ``tokenizer.chat_template`` (Jinja) rendering the model's chat template exactly as
  :mod:`slava_lightning.prompts` does; ``slava.*`` keys naming the template and how images enter;
* **mmproj** (``clip``, projector type ``mlp``): the CLIP tower up to the encoder's feature layer
  (llama.cpp runs every block it finds and no post-layernorm, so a tower read at layer -2 is written
  with its last block dropped, as LLaVA's converter does), the class token dropped at the
  projector, and the ``mlp2x_gelu`` projector as ``mm.0`` / ``mm.2``;
* **Modelfile** (Ollama): ``FROM`` both files, ``TEMPLATE``/``SYSTEM`` from the chat template,
  ``PARAMETER stop`` at the end-of-turn text, greedy decoding and the run's token budget.

The image enters where the prompt says ``<image>`` in this library; llama.cpp's tools mark that
place with their media marker (``<__media__>``) and replace it by the projector's
``tokens_per_image`` embeddings, as :meth:`SlavaModel.prepare_inputs` does.

Only what llama.cpp's LLaVA path computes can be written: a transformers CLIP tower, a
``Linear-GELU-Linear`` projector and a Phi language model; anything else is refused by name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from slava_lightning.model import SlavaModel
from slava_lightning.prompts import (
    GENERATION_PROMPT,
    IMAGE_TOKEN,
    SUMMARIZATION_PROMPT,
    ChatTemplate,
)

#: ``--gguf-type`` choices: the weight types of 2-D matrices (norms and biases stay float32).
GGUF_TYPES = ("F32", "F16", "Q8_0", "Q4_0")
#: llama.cpp's default media marker (``mtmd_default_marker()``), where the image goes in a prompt.
MEDIA_MARKER = "<__media__>"


@dataclass(frozen=True)
class GGUFExport:
    """The files one export wrote."""

    language_model: Path
    mmproj: Path
    modelfile: Path


# ----------------------------------------------------------------------------- checks
def _check_exportable(model: SlavaModel) -> None:
    from slava_lightning.components.language import CausalLanguageModel
    from slava_lightning.components.projector import MLPProjector
    from slava_lightning.components.vision import HFVisionEncoder

    enc, proj, lm = model.vision_encoder, model.projector, model.language_model
    if not (isinstance(enc, HFVisionEncoder) and enc.family == "clip"):
        raise ValueError(
            f"GGUF export supports a transformers CLIP vision tower, not {type(enc).__name__} "
            f"({getattr(enc, 'family', '?')}): llama.cpp's LLaVA projector type reads CLIP"
        )
    if enc.select != "patch":
        raise ValueError("GGUF export needs select='patch' (llama.cpp drops the class token)")
    layers = list(proj.layers) if isinstance(proj, MLPProjector) else []
    if len(layers) != 3 or type(layers[1]) is not torch.nn.GELU:
        raise ValueError(
            f"GGUF export supports the mlp2x_gelu projector (Linear, GELU, Linear), not "
            f"{type(proj).__name__}: llama.cpp's 'mlp' projector computes only that"
        )
    if not isinstance(lm, CausalLanguageModel) or lm.model.config.model_type != "phi":
        kind = getattr(getattr(lm, "model", None), "config", None)
        raise ValueError(
            f"GGUF export supports a Phi language model (llama.cpp architecture phi2), not "
            f"{getattr(kind, 'model_type', type(lm).__name__)!r}"
        )
    if getattr(lm.model.config, "qk_layernorm", False):
        raise ValueError("GGUF export: Phi with qk_layernorm has no phi2 tensors in llama.cpp")


# ----------------------------------------------------------------------------- tensors
def _to_numpy(tensor: torch.Tensor) -> np.ndarray:
    return tensor.detach().to(torch.float32).cpu().numpy()


def _encode(data: np.ndarray, qtype_name: str, quantizable: bool) -> tuple[np.ndarray, Any]:
    """``data`` in the file's type: 1-D tensors float32, others ``qtype_name`` where it fits."""
    import gguf

    f32, f16 = gguf.GGMLQuantizationType.F32, gguf.GGMLQuantizationType.F16
    if data.ndim == 1 or qtype_name == "F32":
        return data.astype(np.float32), f32
    if qtype_name == "F16" or not quantizable:
        return data.astype(np.float16), f16
    qtype = gguf.GGMLQuantizationType[qtype_name]
    block, _ = gguf.GGML_QUANT_SIZES[qtype]
    if data.ndim != 2 or data.shape[-1] % block:
        return data.astype(np.float16), f16  # rows that do not fill whole blocks
    return gguf.quants.quantize(data.astype(np.float32), qtype), qtype


def _file_type(qtype_name: str) -> int:
    import gguf

    return int(
        {
            "F32": gguf.LlamaFileType.ALL_F32,
            "F16": gguf.LlamaFileType.MOSTLY_F16,
            "Q8_0": gguf.LlamaFileType.MOSTLY_Q8_0,
            "Q4_0": gguf.LlamaFileType.MOSTLY_Q4_0,
        }[qtype_name]
    )


def language_tensors(model: SlavaModel) -> dict[str, torch.Tensor]:
    """The Phi language model's tensors under llama.cpp ``phi2`` names (``blk.0.attn_q.weight``...)."""
    import gguf

    causal_lm: Any = model.language_model.model
    n_blocks = int(causal_lm.config.num_hidden_layers)
    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.PHI2, n_blocks)
    out: dict[str, torch.Tensor] = {}
    for key, tensor in causal_lm.state_dict().items():
        if key.endswith("rotary_emb.inv_freq"):
            continue
        name = names.get_name(key, try_suffixes=(".weight", ".bias"))
        if name is None:
            raise ValueError(f"GGUF export: no phi2 tensor name for language model key {key!r}")
        out[name] = tensor
    if "output.weight" not in out:  # a tied head shares the embedding matrix
        out["output.weight"] = out["token_embd.weight"]
    return out


def _feature_blocks(model: SlavaModel) -> int:
    """How many CLIP blocks produce the encoder's feature layer (llama.cpp runs them all)."""
    enc: Any = model.vision_encoder
    total = int(enc.model.config.num_hidden_layers)
    layer = int(enc.feature_layer)
    blocks = total + 1 + layer if layer < 0 else layer  # hidden_states[0] is the embeddings
    if not 1 <= blocks <= total:
        raise ValueError(f"GGUF export: feature_layer {layer} is outside the {total}-block tower")
    return blocks


def mmproj_tensors(model: SlavaModel) -> dict[str, torch.Tensor]:
    """The CLIP tower (up to the feature layer) and projector under llama.cpp ``clip`` names."""
    import gguf

    from slava_lightning.interop.weights import slava_prefixes

    blocks = _feature_blocks(model)
    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.MMPROJ, blocks)
    prefix = slava_prefixes(model).vision
    out: dict[str, torch.Tensor] = {}
    for key, tensor in model.state_dict().items():
        if key.startswith("projector.layers."):
            index, _, suffix = key[len("projector.layers.") :].partition(".")
            out[f"mm.{index}.{suffix}"] = tensor
            continue
        if not key.startswith(prefix) or key.endswith("position_ids"):
            continue
        rest = key[len(prefix) :]
        if rest.startswith("post_layernorm."):
            continue  # hidden states are read before it
        if rest.startswith("encoder.layers.") and int(rest.split(".")[2]) >= blocks:
            continue
        name = names.get_name(
            "vision_tower.vision_model." + rest, try_suffixes=(".weight", ".bias")
        )
        if name is None:
            raise ValueError(f"GGUF export: no clip tensor name for vision key {key!r}")
        if name == "v.class_embd.weight":
            name = "v.class_embd"  # a bare vector in llama.cpp's layout
        out[name] = tensor
    return out


def _write(path: Path, arch: str, meta: Any, tensors: dict[str, torch.Tensor], qtype: str) -> None:
    import gguf

    writer = gguf.GGUFWriter(str(path), arch)
    meta(writer)
    writer.add_file_type(_file_type(qtype))
    for name, tensor in tensors.items():
        # Convolutions and position tables are read whole by llama.cpp: float16 at most.
        quantizable = name.endswith(".weight") and not name.startswith(
            ("v.patch_embd", "v.position_embd")
        )
        data, kind = _encode(_to_numpy(tensor), qtype, quantizable)
        if kind in (gguf.GGMLQuantizationType.F32, gguf.GGMLQuantizationType.F16):
            writer.add_tensor(name, data)
        else:
            writer.add_tensor(name, data, raw_shape=data.shape, raw_dtype=kind)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


# ----------------------------------------------------------------------------- metadata
def _tokenizer_metadata(writer: Any, model: SlavaModel, rows: int) -> None:
    import gguf

    tok = model.tokenizer
    spec = json.loads(tok.backend_tokenizer.to_str())
    pre = spec.get("pre_tokenizer") or {}
    if spec["model"].get("type") != "BPE" or pre.get("type") != "ByteLevel":
        raise ValueError(
            "GGUF export supports byte-level BPE tokenizers (GPT-2 / Phi-2 style); this one has "
            f"model {spec['model'].get('type')!r}, pre-tokenizer {pre.get('type')!r}"
        )
    vocab = tok.get_vocab()
    if len(vocab) > rows:
        raise ValueError(f"the tokenizer has {len(vocab)} tokens but the embedding {rows} rows")
    added = {t.content: t for t in tok.added_tokens_decoder.values()}
    tokens = [f"[PAD{i}]" for i in range(rows)]
    types = [int(gguf.TokenType.UNUSED)] * rows
    for text, index in vocab.items():
        tokens[index] = text
        special = text in added and added[text].special
        types[index] = int(gguf.TokenType.CONTROL if special else gguf.TokenType.NORMAL)
        if text in added and not added[text].special:
            types[index] = int(gguf.TokenType.USER_DEFINED)
    merges = [m if isinstance(m, str) else " ".join(m) for m in spec["model"].get("merges", [])]
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre("gpt-2")  # the GPT-2 split regex (Phi-2's tokenizer uses it too)
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    writer.add_token_merges(merges)
    writer.add_eos_token_id(int(tok.eos_token_id))
    if tok.bos_token_id is not None:
        writer.add_bos_token_id(int(tok.bos_token_id))
    if tok.unk_token_id is not None:
        writer.add_unk_token_id(int(tok.unk_token_id))
    writer.add_pad_token_id(int(model.language_model.pad_token_id))
    writer.add_add_bos_token(False)


def jinja_template(template: ChatTemplate, eos_token: str) -> str:
    """``template`` as a Jinja chat template (``tokenizer.chat_template``) rendering the same text.

    ``messages`` may start with a ``system`` message replacing the template's own system text.
    Every user turn ends with the assistant's role prefix, as :meth:`ChatTemplate.segments` does,
    so the prompt is ready for generation with or without ``add_generation_prompt``.
    """
    end = eos_token if template.assistant_sep is None else template.assistant_sep
    user_prefix = f"{template.user_role}{template.role_sep}" if template.user_role else ""
    assistant_prefix = (
        f"{template.assistant_role}{template.role_sep.rstrip()}" if template.assistant_role else ""
    )
    lead = template.answer_lead
    if lead is None:
        lead = " " if template.assistant_role else ""
    sep = template.system_sep

    def q(text: str) -> str:
        return json.dumps(text)

    if template.system_in_first_user:  # Llama-2: [INST] <<SYS>>...<</SYS>> inside the first turn
        head = ""
        first = f"(ns.system + {q(sep)} if loop.first and ns.system else '')"
    else:
        head = f"{{%- if ns.system -%}}{{{{ ns.system + {q(sep)} }}}}{{%- endif -%}}"
        first = "''"
    return (
        f"{{%- set ns = namespace(system={q(template.system)}) -%}}"
        "{%- for m in messages if m['role'] == 'system' -%}{%- set ns.system = m['content'] -%}"
        "{%- endfor -%}"
        f"{head}"
        "{%- for m in messages if m['role'] != 'system' -%}"
        f"{{%- if m['role'] == 'user' -%}}"
        f"{{{{ {q(template.user_prefix)} + {first} + {q(user_prefix)} + m['content'] + "
        f"{q(template.user_sep)} + {q(assistant_prefix)} }}}}"
        f"{{%- elif m['role'] == 'assistant' -%}}{{{{ {q(lead)} + m['content'] + {q(end)} }}}}"
        "{%- endif -%}{%- endfor -%}"
    )


def _rope(model: SlavaModel) -> tuple[int, float]:
    """Rotary dimensions per head and base, as the model computes them (transformers 4 and 5 keep
    ``partial_rotary_factor`` / ``rope_theta`` in different places; the rotary module has both)."""
    causal_lm: Any = model.language_model.model
    cfg = causal_lm.config
    params = dict(getattr(cfg, "rope_parameters", None) or {})
    if params.get("rope_type", "default") != "default":
        raise ValueError(
            f"GGUF export: rope_type {params['rope_type']!r} (scaled rotary positions) is not "
            "written; only the default rotary embedding is"
        )
    rotary = 2 * int(causal_lm.base_model.rotary_emb.inv_freq.numel())
    theta = params.get("rope_theta", getattr(cfg, "rope_theta", 10000.0))
    return rotary, float(theta)


def _lm_metadata(model: SlavaModel, template: ChatTemplate, generation_tokens: int) -> Any:
    cfg: Any = model.language_model.model.config
    rows = int(model.language_model.model.get_input_embeddings().weight.shape[0])
    heads = int(cfg.num_attention_heads)
    rotary, theta = _rope(model)
    tok = model.tokenizer

    def meta(writer: Any) -> None:
        writer.add_name("slava")
        writer.add_context_length(int(cfg.max_position_embeddings))
        writer.add_embedding_length(int(cfg.hidden_size))
        writer.add_feed_forward_length(int(cfg.intermediate_size))
        writer.add_block_count(int(cfg.num_hidden_layers))
        writer.add_head_count(heads)
        writer.add_head_count_kv(int(getattr(cfg, "num_key_value_heads", None) or heads))
        writer.add_layer_norm_eps(float(cfg.layer_norm_eps))
        writer.add_rope_dimension_count(rotary)
        writer.add_rope_freq_base(theta)
        _tokenizer_metadata(writer, model, rows)
        writer.add_chat_template(jinja_template(template, str(tok.eos_token)))
        writer.add_string("slava.chat_template.name", template.name)
        writer.add_string("slava.image_token", IMAGE_TOKEN)
        writer.add_uint32("slava.image_token_id", int(model.image_token_id))
        writer.add_uint32("slava.image_tokens_per_image", int(model.tokens_per_image))
        writer.add_string(
            "slava.image_handling",
            f"each {IMAGE_TOKEN} in a user turn (llama.cpp: {MEDIA_MARKER}) is replaced by the "
            f"mmproj's {model.tokens_per_image} projected image embeddings; the token itself is "
            "not fed; one per image, frontal view first",
        )
        writer.add_string("slava.prompt.generate", f"{IMAGE_TOKEN}\n{GENERATION_PROMPT}")
        writer.add_string("slava.prompt.summarize", f"{IMAGE_TOKEN}\n{SUMMARIZATION_PROMPT}")
        writer.add_uint32("slava.generation.max_new_tokens", int(generation_tokens))

    return meta


def _mmproj_metadata(model: SlavaModel, pad_to_square: bool) -> Any:
    enc: Any = model.vision_encoder
    cfg = enc.model.config
    proc = enc.processing

    def meta(writer: Any) -> None:
        import gguf

        clip, vision = gguf.Keys.Clip, gguf.Keys.ClipVision
        writer.add_name("slava-mmproj")
        writer.add_bool(clip.HAS_VISION_ENCODER, True)
        writer.add_bool("clip.has_text_encoder", False)
        writer.add_bool(clip.HAS_LLAVA_PROJECTOR, True)
        writer.add_string(clip.PROJECTOR_TYPE, "mlp")
        writer.add_bool(vision.USE_GELU, cfg.hidden_act == "gelu")  # CLIP-L: quick_gelu
        writer.add_uint32(vision.IMAGE_SIZE, int(cfg.image_size))
        writer.add_uint32(vision.PATCH_SIZE, int(cfg.patch_size))
        writer.add_uint32(vision.EMBEDDING_LENGTH, int(cfg.hidden_size))
        writer.add_uint32(vision.FEED_FORWARD_LENGTH, int(cfg.intermediate_size))
        writer.add_uint32(vision.PROJECTION_DIM, int(model.language_model.hidden_size))
        writer.add_uint32(vision.BLOCK_COUNT, _feature_blocks(model))
        writer.add_uint32(vision.Attention.HEAD_COUNT, int(cfg.num_attention_heads))
        writer.add_float32(vision.Attention.LAYERNORM_EPS, float(cfg.layer_norm_eps))
        writer.add_array(vision.IMAGE_MEAN, [float(v) for v in proc.mean])
        writer.add_array(vision.IMAGE_STD, [float(v) for v in proc.std])
        writer.add_bool("slava.image.pad_to_square", bool(pad_to_square))
        writer.add_uint32("slava.image_tokens_per_image", int(model.tokens_per_image))

    return meta


# ----------------------------------------------------------------------------- Modelfile
def modelfile_text(
    template: ChatTemplate, lm_file: str, mmproj_file: str, eos_token: str, max_new_tokens: int
) -> str:
    """An Ollama Modelfile for the two files, prompting as ``template`` does, greedy decoding."""
    end = eos_token if template.assistant_sep is None else template.assistant_sep
    user = f"{template.user_role}{template.role_sep}" if template.user_role else ""
    assistant = (
        f"{template.assistant_role}{template.role_sep.rstrip()}" if template.assistant_role else ""
    )
    go_template = (
        f"{{{{ if .System }}}}{{{{ .System }}}}{template.system_sep}{{{{ end }}}}"
        f"{user}{{{{ .Prompt }}}}{template.user_sep}{assistant}{{{{ .Response }}}}"
    )
    stops = [end] + ([f"{template.user_role}{template.role_sep.rstrip()}"] if user else [])
    lines = [
        "# Ollama model of a slava-lightning checkpoint: ollama create NAME -f Modelfile",
        f"FROM ./{lm_file}",
        f"FROM ./{mmproj_file}",
        f'TEMPLATE """{go_template}"""',
    ]
    if template.system:
        lines.append(f'SYSTEM """{template.system}"""')
    lines += [f"PARAMETER stop {json.dumps(s)}" for s in stops]
    lines += ["PARAMETER temperature 0", f"PARAMETER num_predict {int(max_new_tokens)}"]
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- entry point
def save_gguf(
    model: SlavaModel,
    folder: str | Path,
    template: ChatTemplate,
    gguf_type: str = "Q8_0",
    mmproj_type: str = "F16",
    pad_to_square: bool = True,
    max_new_tokens: int = 128,
    name: str = "slava",
) -> GGUFExport:
    """Write ``model`` as llama.cpp / Ollama files into ``folder``.

    Args:
        model: a float :class:`SlavaModel` (CLIP tower, ``mlp2x_gelu`` projector, Phi LM).
        folder: output folder (created).
        template: the chat template the model was trained with.
        gguf_type: type of the language model's matrices: ``F32``, ``F16``, ``Q8_0``, ``Q4_0``.
        mmproj_type: type of the vision tower's and projector's matrices (same choices).
        pad_to_square: whether the run padded images to a square (recorded for the user).
        max_new_tokens: the Modelfile's ``num_predict``.
        name: file name stem.

    Returns:
        The paths written: ``{name}-{gguf_type}.gguf``, ``mmproj-{name}-{mmproj_type}.gguf`` and
        ``Modelfile``.
    """
    for what, value in (("gguf_type", gguf_type), ("mmproj_type", mmproj_type)):
        if value not in GGUF_TYPES:
            raise ValueError(f"{what} must be one of {GGUF_TYPES}, got {value!r}")
    _check_exportable(model)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    lm_path = out / f"{name}-{gguf_type}.gguf"
    mm_path = out / f"mmproj-{name}-{mmproj_type}.gguf"
    with torch.no_grad():
        meta = _lm_metadata(model, template, max_new_tokens)
        _write(lm_path, "phi2", meta, language_tensors(model), gguf_type)
        mm_meta = _mmproj_metadata(model, pad_to_square)
        _write(mm_path, "clip", mm_meta, mmproj_tensors(model), mmproj_type)
    modelfile = out / "Modelfile"
    modelfile.write_text(
        modelfile_text(
            template, lm_path.name, mm_path.name, str(model.tokenizer.eos_token), max_new_tokens
        )
    )
    return GGUFExport(lm_path, mm_path, modelfile)


__all__ = [
    "GGUF_TYPES",
    "MEDIA_MARKER",
    "GGUFExport",
    "jinja_template",
    "language_tensors",
    "mmproj_tensors",
    "modelfile_text",
    "save_gguf",
]
