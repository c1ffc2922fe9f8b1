"""The model-source and hardware options of the commands, and loading the generator they name.

``slava-generate``, ``slava-eval`` and ``slava-serve`` take the same options (one model source:
``--checkpoint``, ``--hf-llava``, ``--preset`` or ``--config``; device, dtype, quantization, batch
size, threads). :class:`ModelOptions` declares them; :func:`load_generator` loads what they
name into a :class:`~slava_lightning.inference.engine.ReportGenerator`. Light at import: torch and
the model load inside :func:`load_generator`, so that ``--help`` answers at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from slava_lightning.commandline import option
from slava_lightning.dtypes import DTYPE_NAMES
from slava_lightning.prompts import TEMPLATES

if TYPE_CHECKING:
    from slava_lightning.inference.engine import ReportGenerator
    from slava_lightning.inference.loading import LoadedModel

__all__ = ["ModelOptions", "build_generator", "load_generator"]


_SOURCE = "model (one source)"
_HARDWARE = "hardware"


@dataclass
class ModelOptions:
    """Model source and hardware options (shared by ``slava-generate``, ``slava-eval`` and
    ``slava-serve``; in a command's settings as ``section(ModelOptions)``)."""

    checkpoint: str | None = option(
        None,
        "a slava-fit .ckpt (complete as it is), or a checkpoint folder (Llava / LLaVA-Phi, "
        "e.g. written by slava-convert)",
        group=_SOURCE,
    )
    hf_llava: str | None = option(
        None, "transformers LlavaForConditionalGeneration folder", group=_SOURCE
    )
    preset: str | None = option(
        None,
        "preset name (architecture of an old weights-only .ckpt, or random weights)",
        group=_SOURCE,
    )
    config: str | None = option(
        None, "training YAML giving the architecture of an old .ckpt", group=_SOURCE
    )
    tokenizer: str | None = option(
        None, "tokenizer folder, when not inside the checkpoint", group=_SOURCE
    )
    template: str | None = option(
        None,
        "chat template of the prompts (default: the checkpoint's own, else phi_v0, the "
        "released one)",
        choices=sorted(TEMPLATES),
        group=_SOURCE,
    )
    model_id: str | None = option(None, "model_id written to the output", group=_SOURCE)
    device: str = option("cpu", "cpu, cuda, cuda:1... (default: cpu)", group=_HARDWARE)
    dtype: str | None = option(
        None,
        "weight dtype (default: float32 on CPU, bfloat16 on CUDA)",
        choices=DTYPE_NAMES,
        group=_HARDWARE,
    )
    load_in_8bit: bool = option(
        False, "8-bit LM weights (CUDA)", exclusive="quantization", group=_HARDWARE
    )
    load_in_4bit: bool = option(
        False, "4-bit NF4 LM weights (CUDA)", exclusive="quantization", group=_HARDWARE
    )
    quantize: Literal["none", "int8", "int4"] | None = option(
        None,
        "CPU weight quantization of the language model and projector (default: the "
        "checkpoint's recorded mode, else none; int4 needs the cpu-int4 extra)",
        exclusive="quantization",
        group=_HARDWARE,
    )
    compile: bool = option(
        False, "torch.compile the vision encoder and projector (fixed shapes)", group=_HARDWARE
    )
    batch_size: int = option(8, "studies per batch (default: 8)", group=_HARDWARE)
    threads: str | None = option(
        None,
        "CPU threads to compute with (default: SLAVA_NUM_THREADS, else auto: the CPUs that "
        "other processes leave free)",
        metavar="N|auto",
        group=_HARDWARE,
    )


def build_generator(args: ModelOptions) -> ReportGenerator:
    """Load the model named by the arguments and wrap it in a :class:`ReportGenerator`."""
    return load_generator(args)[0]


def load_generator(
    args: ModelOptions, prog: str = "slava-generate"
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
