"""``slava-convert``: convert slava-fit checkpoints and folders between checkpoint layouts.

Sources: a slava-fit Lightning checkpoint (``ckpt``), a transformers Llava folder (``hf-llava``) or
a LLaVA-Phi folder (``llava-phi``); the layout is detected from the file or ``config.json`` unless
``--from`` names it. The written folder carries the run record (chat template, image padding,
decoding defaults) as ``slava_artifact.json``, so the slava tools prompt the export exactly as they
prompt its source; ``--quantize`` records the CPU quantization they apply when loading it.
``--to gguf`` writes llama.cpp / Ollama files instead (:mod:`slava_lightning.interop.gguf`).
"""

from __future__ import annotations

import dataclasses
import json
import sys
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from slava_lightning.commandline import option, parse_settings, settings_parser
from slava_lightning.dtypes import DTYPE_NAMES
from slava_lightning.interop.formats import FOLDER_LAYOUTS, folder_layout

if TYPE_CHECKING:  # torch loads only once a conversion runs, so that --help answers at once
    from jsonargparse import ArgumentParser

    from slava_lightning.inference.loading import LoadedModel
    from slava_lightning.model import SlavaModel
    from slava_lightning.prompts import ChatTemplate

__all__ = [
    "READERS",
    "WRITERS",
    "ConvertSettings",
    "build_parser",
    "convert",
    "detect_format",
    "main",
]

READERS = ("ckpt", *(layout.name for layout in FOLDER_LAYOUTS))
WRITERS = ("hf-llava", "llava-phi", "gguf")


def _writer(name: str) -> Callable[[SlavaModel, Path], Path]:
    if name == "hf-llava":
        from slava_lightning.interop.hf_llava import save_hf_llava

        return save_hf_llava
    from slava_lightning.interop.llava_phi import save_llava_phi

    return save_llava_phi


def detect_format(source: str | Path) -> str:
    """``ckpt`` for a file, else the folder's layout from its ``config.json`` ``model_type``."""
    path = Path(source)
    if path.is_file():
        return "ckpt"
    if not path.is_dir():
        raise ValueError(f"SRC {str(path)!r} does not exist")
    cfg = path / "config.json"
    if not cfg.is_file():
        raise ValueError(f"SRC folder {str(path)!r} has no config.json (pass --from)")
    try:
        config = json.loads(cfg.read_text())
        config.get("model_type")
    except (json.JSONDecodeError, AttributeError) as err:
        raise ValueError(f"{cfg}: not a JSON object ({err})") from None
    return folder_layout(config, cfg).name


GgufType = Literal["F32", "F16", "Q8_0", "Q4_0"]


@dataclass(kw_only=True)
class ConvertSettings:
    """The settings of ``slava-convert``."""

    source_format: str | None = option(
        None, "layout of SRC (default: detected)", flags=("--from",), choices=READERS
    )
    source: str = option(help="checkpoint file or folder to read", positional=True, metavar="SRC")
    target_format: str = option(help="layout to write", flags=("--to",), choices=WRITERS)
    target: str = option(help="folder to write (created if absent)", positional=True, metavar="DST")
    dtype: str = option(
        "float32", "dtype of the written weights (default: float32)", choices=DTYPE_NAMES
    )
    tokenizer: str | None = option(None, "tokenizer folder, when it is not inside SRC")
    config: str | None = option(None, "ckpt without a run record: the training YAML (architecture)")
    preset: str | None = option(None, "ckpt without a run record: the preset of its architecture")
    quantize: Literal["none", "int8", "int4"] | None = option(
        None,
        "hf-llava/llava-phi: CPU quantization the slava tools apply when "
        "loading DST (recorded; weights stay float)",
    )
    gguf_type: GgufType = option(
        "Q8_0", "gguf: type of the language model's matrices (default: Q8_0)"
    )
    mmproj_type: GgufType = option(
        "F16", "gguf: type of the vision tower's and projector's matrices (default: F16)"
    )
    overwrite: bool = option(False, "allow writing into a non-empty DST")


# the parser prints description and epilog as given: wrapped here for an 80-column terminal
_DESCRIPTION = textwrap.fill(
    "Convert a vision-language checkpoint. ckpt: a slava-fit Lightning checkpoint "
    "(last.ckpt; complete as it is, older weights-only files need --config or --preset). "
    "hf-llava: a transformers LlavaForConditionalGeneration folder (what transformers, "
    "AutoProcessor and vLLM load). llava-phi: the LLaVA-Phi layout of the released "
    "SLaVA-CXR weights (keeps Phi's lm_head.bias, which hf-llava cannot hold). llava: the "
    "LLaVA repository's llava_llama / llava_mistral folders (read only). "
    "gguf: llama.cpp / Ollama files (language model, mmproj vision projector, Modelfile).",
    78,
)
_EPILOG = textwrap.fill(
    "examples: slava-convert logs/run/checkpoints/last.ckpt --to hf-llava ./export; "
    "slava-convert --from llava-phi ./SLaVA-CXR --to llava-phi ./slava-cxr-bf16 "
    "--dtype bfloat16; slava-convert last.ckpt --to gguf ./ollama --gguf-type Q8_0",
    78,
)


def build_parser() -> ArgumentParser:
    """The ``slava-convert`` argument parser (of :class:`ConvertSettings`)."""
    return settings_parser(ConvertSettings, "slava-convert", _DESCRIPTION, _EPILOG)


def convert(args: ConvertSettings) -> Path:
    """Read SRC, write DST and its run record; returns DST. ``ValueError`` on bad input."""
    from slava_lightning.artifact import write_folder_record
    from slava_lightning.inference.loading import load_source, print_notes

    fmt = args.source_format or detect_format(args.source)
    if fmt != "ckpt" and (args.config is not None or args.preset is not None):
        raise ValueError(f"--config/--preset apply to a ckpt source, not to {fmt}")
    if fmt == "ckpt" and args.tokenizer is not None:
        raise ValueError("--tokenizer applies to folder sources; a ckpt carries its tokenizer")
    if fmt == "ckpt" and not Path(args.source).is_file():
        raise ValueError(f"SRC {args.source!r} is not a checkpoint file")
    if fmt == "ckpt":
        loaded = load_source(
            checkpoint=args.source, preset=args.preset, config=args.config, dtype=args.dtype
        )
    else:
        from slava_lightning.interop.weights import checkpoint_folder

        checkpoint_folder(args.source)  # a folder with config.json, named in the error otherwise
        found = detect_format(args.source)
        if found != fmt:
            raise ValueError(f"SRC {args.source!r} is a {found} folder, not {fmt}")
        loaded = load_source(checkpoint=args.source, dtype=args.dtype, tokenizer=args.tokenizer)
    print_notes(loaded, "slava-convert")
    target = Path(args.target)
    if args.target_format == "gguf":
        _write_gguf(loaded, args)
        return target
    _writer(args.target_format)(loaded.model, target)
    quantization = args.quantize
    if loaded.record is not None or quantization is not None:
        from slava_lightning.artifact import describe_model

        record = loaded.record or describe_model(
            loaded.model, _template(loaded), loaded.pad_to_square, with_architecture=False
        )
        changes: dict[str, object] = {"template": _template(loaded)}
        if quantization is not None:
            changes["quantization"] = quantization
        write_folder_record(target, dataclasses.replace(record, **changes))  # type: ignore[arg-type]
    return target


def _template(loaded: LoadedModel) -> ChatTemplate:
    from slava_lightning.prompts import get_template

    tpl = loaded.template
    return get_template(tpl) if isinstance(tpl, str) else tpl


def _write_gguf(loaded: LoadedModel, args: ConvertSettings) -> None:
    from slava_lightning.interop.gguf import save_gguf

    if args.quantize is not None:
        raise ValueError("--quantize applies to hf-llava/llava-phi; for gguf use --gguf-type")
    if args.dtype != "float32":
        raise ValueError("--to gguf reads float32 weights; choose the file types with --gguf-type")
    tokens = loaded.generation.max_new_tokens if loaded.generation is not None else 128
    save_gguf(
        loaded.model,
        args.target,
        _template(loaded),
        args.gguf_type,
        args.mmproj_type,
        pad_to_square=loaded.pad_to_square,
        max_new_tokens=tokens,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-convert``; returns 0 on success, 2 with a message on bad input."""
    args = parse_settings(ConvertSettings, argv, "slava-convert", _DESCRIPTION, _EPILOG)
    target = Path(args.target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())) and not args.overwrite:
        print(
            f"slava-convert: error: DST {target} exists and is not an empty folder "
            "(pass --overwrite)",
            file=sys.stderr,
        )
        return 2
    try:
        convert(args)
    except ValueError as err:
        print(f"slava-convert: error: {err}", file=sys.stderr)
        return 2
    print(f"wrote {args.target_format} checkpoint to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
