"""Decoding options: :class:`GenerationSettings`, how given options are put over defaults, and the
command-line flags derived from its fields.

Kept apart from :mod:`slava_lightning.generation` (the decoding loop), which needs torch and
transformers: the command-line tools build and validate settings before loading a model.

The dataclass is the one list of decoding fields. Every layer passes a ``GenerationSettings``
(``SlavaModel.generate``, ``ReportGenerator``, ``slava-generate``, ``slava-eval``, ``slava-serve``);
the flags of the commands come from its fields and their ``help`` metadata (a partial
:func:`~slava_lightning.commandline.section` of a command's settings: the options given), and
:func:`settings_from_args` puts those over a checkpoint's defaults.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "DECODING_HELP",
    "RELEASED_DECODING",
    "GenerationSettings",
    "cli_fields",
    "settings_from_args",
    "with_defaults",
]


def _opt(default: Any, help: str, cli: bool = True) -> Any:
    """A field with its command-line ``help`` (``cli=False``: no flag for it)."""
    return field(default=default, metadata={"help": help, "cli": cli})


@dataclass(frozen=True)
class GenerationSettings:
    """Decoding options (see :meth:`SlavaModel.generate`); each field's ``help`` is its flag's."""

    max_new_tokens: int = _opt(128, "most new tokens per report")
    do_sample: bool = _opt(False, "sample instead of greedy (--no-do-sample: greedy)")
    temperature: float = _opt(1.0, "sampling temperature (with --do-sample)")
    top_p: float = _opt(1.0, "nucleus sampling: smallest set of tokens of this probability")
    top_k: int = _opt(0, "sample among the k likeliest tokens (0: all)")
    num_beams: int = _opt(1, "beam search with this many beams (1: no beam search)")
    no_repeat_ngram_size: int = _opt(
        0, "block repeated n-grams of this size (3 in the released evaluation; 0: off)"
    )
    repetition_penalty: float = _opt(1.0, "penalty of tokens already generated (1: none)")
    eos_token_id: int | list[int] | None = _opt(
        None, "token id(s) that end a report (default: the tokenizer's EOS)", cli=False
    )
    seed: int | None = _opt(None, "sampling seed (reproducible; the global RNG is not touched)")

    def __post_init__(self) -> None:
        if self.max_new_tokens < 1:
            raise ValueError(f"max_new_tokens must be >= 1, got {self.max_new_tokens}")
        if self.num_beams < 1:
            raise ValueError(f"num_beams must be >= 1, got {self.num_beams}")
        if self.temperature <= 0:
            raise ValueError(f"temperature must be > 0, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise ValueError(f"top_p must be in (0, 1], got {self.top_p}")
        if self.top_k < 0:
            raise ValueError(f"top_k must be >= 0, got {self.top_k}")
        if self.no_repeat_ngram_size < 0:
            raise ValueError(f"no_repeat_ngram_size must be >= 0, got {self.no_repeat_ngram_size}")
        if self.repetition_penalty <= 0:
            raise ValueError(f"repetition_penalty must be > 0, got {self.repetition_penalty}")

    def eos_ids(self, default: int) -> list[int]:
        """The ids that end a report: ``eos_token_id``, else ``default`` (the tokenizer's EOS)."""
        eos = default if self.eos_token_id is None else self.eos_token_id
        return [int(eos)] if isinstance(eos, int) else [int(e) for e in eos]


#: Decoding of sources without a record: the released evaluation's settings.
RELEASED_DECODING = GenerationSettings(max_new_tokens=128, no_repeat_ngram_size=3)

DECODING_HELP = (
    "Unset options take the checkpoint's own decoding defaults (what its validation used), else "
    "the released evaluation's (128 new tokens, greedy, no repeated 3-grams)."
)


def with_defaults(settings: Mapping[str, Any], defaults: GenerationSettings) -> GenerationSettings:
    """``defaults`` with the options in ``settings`` that were given (not ``None``) put over them."""
    given = {k: v for k, v in settings.items() if v is not None}
    return dataclasses.replace(defaults, **given)


def cli_fields(exclude: Collection[str] = ()) -> list[dataclasses.Field[Any]]:
    """The fields of :class:`GenerationSettings` that are command-line flags, in field order."""
    unknown = set(exclude) - {f.name for f in dataclasses.fields(GenerationSettings)}
    if unknown:
        raise ValueError(f"not GenerationSettings fields: {sorted(unknown)}")
    return [
        f
        for f in dataclasses.fields(GenerationSettings)
        if f.metadata.get("cli", True) and f.name not in exclude
    ]


def settings_from_args(
    args: argparse.Namespace | Mapping[str, Any],
    defaults: GenerationSettings | None = None,
    exclude: Collection[str] = (),
) -> GenerationSettings:
    """Decoding settings: the options given, over ``defaults`` (else :data:`RELEASED_DECODING`).

    ``args`` is the dict of a partial settings section (the options given) or a namespace with
    the fields as attributes (``None``: not given). Validated by ``GenerationSettings``; options
    a namespace does not hold count as not given, and so do those in ``exclude`` (a command's own
    flag of the same name is not a decoding option).
    """
    if isinstance(args, Mapping):  # the options given, from a partial settings section
        given = {k: v for k, v in args.items() if k not in exclude}
    else:
        given = {f.name: getattr(args, f.name, None) for f in cli_fields(exclude)}
    return with_defaults(given, defaults or RELEASED_DECODING)
