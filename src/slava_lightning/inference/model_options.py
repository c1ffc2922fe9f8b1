"""The model-source and hardware options of the commands, and loading the generator they name.

``slava-generate``, ``slava-eval`` and ``slava-serve`` take the same options (one model source:
``--checkpoint``, ``--hf-llava``, ``--preset`` or ``--config``; device, dtype, quantization, batch
size, threads). :func:`add_model_arguments` declares them; :func:`load_generator` loads what they
name into a :class:`~slava_lightning.inference.engine.ReportGenerator`. Light at import: torch and
the model load inside :func:`load_generator`, so that ``--help`` answers at once.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from slava_lightning.dtypes import DTYPE_NAMES
from slava_lightning.prompts import TEMPLATES

if TYPE_CHECKING:
    from slava_lightning.inference.engine import ReportGenerator
    from slava_lightning.inference.loading import LoadedModel

__all__ = ["add_model_arguments", "build_generator", "load_generator"]


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    """Model source and hardware options (shared by ``slava-generate``, ``slava-eval`` and
    ``slava-serve``)."""
    src = parser.add_argument_group("model (one source)")
    src.add_argument(
        "--checkpoint",
        help="a slava-fit .ckpt (complete as it is), or a checkpoint folder "
        "(Llava / LLaVA-Phi, e.g. written by slava-convert)",
    )
    src.add_argument("--hf-llava", help="transformers LlavaForConditionalGeneration folder")
    src.add_argument(
        "--preset",
        help="preset name (architecture of an old weights-only .ckpt, or random weights)",
    )
    src.add_argument("--config", help="training YAML giving the architecture of an old .ckpt")
    src.add_argument("--tokenizer", help="tokenizer folder, when not inside the checkpoint")
    src.add_argument(
        "--template",
        choices=sorted(TEMPLATES),
        default=None,
        help="chat template of the prompts (default: the checkpoint's own, else "
        "phi_v0, the released one)",
    )
    src.add_argument("--model-id", default=None, help="model_id written to the output")
    run = parser.add_argument_group("hardware")
    run.add_argument("--device", default="cpu", help="cpu, cuda, cuda:1... (default: cpu)")
    run.add_argument(
        "--dtype",
        choices=DTYPE_NAMES,
        default=None,
        help="weight dtype (default: float32 on CPU, bfloat16 on CUDA)",
    )
    quant = run.add_mutually_exclusive_group()
    quant.add_argument("--load-in-8bit", action="store_true", help="8-bit LM weights (CUDA)")
    quant.add_argument("--load-in-4bit", action="store_true", help="4-bit NF4 LM weights (CUDA)")
    quant.add_argument(
        "--quantize",
        choices=("none", "int8", "int4"),
        default=None,
        help="CPU weight quantization of the language model and projector "
        "(default: the checkpoint's recorded mode, else none; int4 needs "
        "the cpu-int4 extra)",
    )
    run.add_argument(
        "--compile",
        action="store_true",
        help="torch.compile the vision encoder and projector (fixed shapes)",
    )
    run.add_argument("--batch-size", type=int, default=8, help="studies per batch (default: 8)")
    run.add_argument(
        "--threads",
        default=None,
        metavar="N|auto",
        help="CPU threads to compute with (default: SLAVA_NUM_THREADS, else auto: "
        "the CPUs that other processes leave free)",
    )


def build_generator(args: argparse.Namespace) -> ReportGenerator:
    """Load the model named by the arguments and wrap it in a :class:`ReportGenerator`."""
    return load_generator(args)[0]


def load_generator(
    args: argparse.Namespace, prog: str = "slava-generate"
) -> tuple[ReportGenerator, LoadedModel]:
    """The :class:`ReportGenerator` of the arguments' model source, and what was loaded.

    The generator prompts with the source's chat template and pads images as its run did; the
    loader's notes (guesses for sources without a run record) go to standard error.
    """
    from slava_lightning.inference.engine import ReportGenerator
    from slava_lightning.inference.loading import load_source, print_notes, quantize

    cuda = str(args.device).startswith("cuda")
    dtype = args.dtype or ("bfloat16" if cuda else "float32")
    bnb = bool(args.load_in_8bit or args.load_in_4bit)
    loaded = load_source(
        checkpoint=args.checkpoint,
        hf_llava=args.hf_llava,
        preset=args.preset,
        config=args.config,
        dtype=dtype,
        tokenizer=args.tokenizer,
        template=getattr(args, "template", None),
        # bitsandbytes on CUDA replaces the CPU modes; otherwise quantized while loading
        quantize="none" if bnb else getattr(args, "quantize", None),
        device=args.device,
    )
    print_notes(loaded, prog)
    model = loaded.model
    if bnb:
        model = quantize(model, 8 if args.load_in_8bit else 4, args.device)
    if args.compile:
        model.vision_encoder.compile()
        model.projector.compile()
    source = args.checkpoint or args.hf_llava or args.preset
    model_id = args.model_id or Path(str(source)).name
    generator = ReportGenerator(
        model,
        template=loaded.template,
        batch_size=args.batch_size,
        device=args.device,
        dtype=dtype,
        pad_to_square=loaded.pad_to_square,
        model_id=model_id,
    )
    return generator, loaded
