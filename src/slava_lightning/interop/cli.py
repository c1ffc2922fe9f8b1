"""``slava-convert``: convert checkpoints between transformers Llava and the LLaVA-Phi layout."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from slava_lightning.model import SlavaModel

READERS = ("hf-llava", "llava-phi")
WRITERS = ("hf-llava", "llava-phi")


def _reader(name: str) -> Callable[..., SlavaModel]:
    if name == "hf-llava":
        from slava_lightning.interop.hf_llava import load_hf_llava

        return load_hf_llava
    from slava_lightning.interop.llava_phi import load_llava_phi

    return load_llava_phi


def _writer(name: str) -> Callable[[SlavaModel, Path], Path]:
    if name == "hf-llava":
        from slava_lightning.interop.hf_llava import save_hf_llava

        return save_hf_llava
    from slava_lightning.interop.llava_phi import save_llava_phi

    return save_llava_phi


def build_parser() -> argparse.ArgumentParser:
    """The ``slava-convert`` argument parser."""
    parser = argparse.ArgumentParser(
        prog="slava-convert",
        description=(
            "Convert a vision-language checkpoint folder. hf-llava: a transformers "
            "LlavaForConditionalGeneration folder (what transformers, AutoProcessor and vLLM load). "
            "llava-phi: the LLaVA-Phi layout of the released SLaVA-CXR weights (keeps Phi's "
            "lm_head.bias, which hf-llava cannot hold)."
        ),
        epilog=(
            "example: slava-convert --from llava-phi ./SLaVA-CXR --to llava-phi ./slava-cxr-bf16 "
            "--dtype bfloat16"
        ),
    )
    parser.add_argument("--from", dest="source_format", choices=READERS, required=True,
                        help="layout of SRC")  # fmt: skip
    parser.add_argument("source", metavar="SRC", help="checkpoint folder to read")
    parser.add_argument("--to", dest="target_format", choices=WRITERS, required=True,
                        help="layout to write")  # fmt: skip
    parser.add_argument("target", metavar="DST", help="folder to write (created if absent)")
    parser.add_argument("--dtype", choices=("float32", "bfloat16", "float16"), default="float32",
                        help="dtype of the written weights (default: float32)")  # fmt: skip
    parser.add_argument("--tokenizer", default=None,
                        help="tokenizer folder, when it is not inside SRC")  # fmt: skip
    parser.add_argument("--overwrite", action="store_true",
                        help="allow writing into a non-empty DST")  # fmt: skip
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-convert``; returns 0 on success, 2 with a message on bad input."""
    args = build_parser().parse_args(argv)
    target = Path(args.target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())) and not args.overwrite:
        print(f"slava-convert: error: DST {target} exists and is not an empty folder "
              "(pass --overwrite)", file=sys.stderr)  # fmt: skip
        return 2
    try:
        model = _reader(args.source_format)(
            args.source, dtype=args.dtype, tokenizer_path=args.tokenizer
        )
        _writer(args.target_format)(model, target)
    except ValueError as err:
        print(f"slava-convert: error: {err}", file=sys.stderr)
        return 2
    print(f"wrote {args.target_format} checkpoint to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
