"""The LightningCLI subclass behind ``slava-fit`` (imported on first use by :mod:`.cli`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from lightning.pytorch import Trainer
from lightning.pytorch.callbacks import ModelCheckpoint
from lightning.pytorch.cli import LightningCLI
from lightning.pytorch.loggers import CSVLogger, WandbLogger

from slava_lightning.training.cli import (
    ConfigError,
    _missing_env_var,
    check_env_paths,
    config_files,
    unset_variable_message,
)


def run_outputs(trainer: Trainer) -> dict[str, str]:
    """Where a run's checkpoint, CSV metrics, W&B run and saved config are."""
    out: dict[str, str] = {}
    for cb in trainer.callbacks:  # type: ignore[attr-defined]
        if isinstance(cb, ModelCheckpoint) and (cb.last_model_path or cb.best_model_path):
            out.setdefault("checkpoint", cb.last_model_path or cb.best_model_path)
    for logger in trainer.loggers:
        if isinstance(logger, CSVLogger):
            out["csv"] = str((Path(logger.log_dir) / "metrics.csv").absolute())
        elif isinstance(logger, WandbLogger):
            run_dir = getattr(logger.experiment, "dir", None)
            if run_dir:
                out["wandb"] = str(Path(run_dir).parent.absolute())
    config = Path(trainer.log_dir or trainer.default_root_dir) / "config.yaml"
    if config.is_file():
        out["config"] = str(config.absolute())
    return out


class SlavaCLI(LightningCLI):
    """LightningCLI over SlavaModule; see :func:`main` for the parser settings."""

    def parse_arguments(self, parser: Any, args: Any) -> None:
        """Parse, turning an unset environment variable into a one-line :class:`ConfigError`."""
        from jsonargparse import set_parsing_settings

        # Configs are written for the top level (``${model.max_length}``); slava-fit nests them
        # under the subcommand, where omegaconf+ needs relative interpolation paths.
        set_parsing_settings(omegaconf_absolute_to_relative_paths=True)
        self.config_files = config_files(list(args) if args is not None else sys.argv[1:])
        try:
            super().parse_arguments(parser, args)
        except Exception as err:
            var = _missing_env_var(err)
            if var is None:
                raise
            raise ConfigError(unset_variable_message(var, self.config_files)) from None

    def before_instantiate_classes(self) -> None:
        """Check that paths built from environment variables exist, before loading anything."""
        check_env_paths(self.config_files, self.config.as_dict(), dict(os.environ))

    def after_fit(self) -> None:
        """Print where the run's outputs are, then close the W&B run of this command."""
        try:
            self._print_outputs()
        finally:
            # A W&B run left open is reused by the next WandbLogger of the process (a second
            # slava-fit from Python or a notebook would write into this run's folder).
            wandb = sys.modules.get("wandb")
            if wandb is not None and getattr(wandb, "run", None) is not None:
                wandb.finish()

    def _print_outputs(self) -> None:
        if not self.trainer.is_global_zero:
            return
        outputs = run_outputs(self.trainer)
        width = max((len(k) for k in outputs), default=0)
        lines = [f"  {k:<{width}}  {v}" for k, v in outputs.items()]
        print(f"\nRun outputs (under {self.trainer.default_root_dir}):\n" + "\n".join(lines))
        if "checkpoint" in outputs:
            print(f"  resume with: --ckpt_path {outputs['checkpoint']}")
