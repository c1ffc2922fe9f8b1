"""``slava-fit``: LightningCLI over :class:`SlavaModule` and any ``LightningDataModule``.

``slava-fit --config configs/demo.yaml`` runs ``fit``; the subcommand may also be given explicitly
(``slava-fit validate --config ...``). Configs are parsed with OmegaConf, so they may interpolate
(``${model.max_length}``, ``${oc.env:SLAVA_CLIP_PATH}``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from lightning.pytorch import LightningDataModule
from lightning.pytorch.cli import LightningCLI

from slava_lightning.training.module import SlavaModule

SUBCOMMANDS = ("fit", "validate", "test", "predict")


class SlavaCLI(LightningCLI):
    """LightningCLI over SlavaModule; see :func:`main` for the parser settings."""


def with_subcommand(argv: Sequence[str]) -> list[str]:
    """Prepend ``fit`` unless ``argv`` already starts with a subcommand or asks for help."""
    args = list(argv)
    if args and (args[0] in SUBCOMMANDS or args[0] in ("-h", "--help")):
        return args
    return ["fit", *args]


def main(args: Sequence[str] | None = None) -> None:
    """Entry point of ``slava-fit``."""
    argv = with_subcommand(sys.argv[1:] if args is None else args)
    SlavaCLI(
        SlavaModule,
        LightningDataModule,
        subclass_mode_data=True,
        parser_kwargs={"parser_mode": "omegaconf"},
        save_config_kwargs={"overwrite": True},
        args=argv,
    )


if __name__ == "__main__":
    main()
