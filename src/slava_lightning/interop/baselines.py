"""How to prompt a checkpoint folder that carries no run record (a baseline's own release).

In order: the tokenizer's own chat template when it has one (template ``tokenizer``); for the
LLaVA repository's layouts, the conversation template of LLaVA's evaluation for that language
model (``vicuna_v1`` for ``llava_llama``, ``mistral_instruct`` for ``llava_mistral``) and its
``image_aspect_ratio``; otherwise the released SLaVA-CXR ``phi_v0`` with padded images (LLaVA-Phi
and the released weights). ``--template`` overrides all of these.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from slava_lightning.prompts import TOKENIZER_TEMPLATE

#: The template of folders that name none (the released SLaVA-CXR prompt format).
FALLBACK_TEMPLATE = "phi_v0"


def folder_prompting(folder: str | Path, model: Any) -> tuple[str, bool]:
    """``(template name, pad_to_square)`` for a folder without ``slava_artifact.json``."""
    from slava_lightning.interop.formats import is_llava_original
    from slava_lightning.interop.llava_original import llava_original_settings

    cfg_file = Path(folder) / "config.json"
    cfg = json.loads(cfg_file.read_text()) if cfg_file.is_file() else {}
    original = is_llava_original(cfg)
    template, pad = llava_original_settings(folder) if original else (FALLBACK_TEMPLATE, True)
    if getattr(model.tokenizer, "chat_template", None):
        template = TOKENIZER_TEMPLATE
    return template, pad


__all__ = ["FALLBACK_TEMPLATE", "folder_prompting"]
