"""``slava-fit``: LightningCLI over :class:`SlavaModule` and any ``LightningDataModule``.

``slava-fit --config configs/demo.yaml`` runs ``fit``; the subcommand may also be given explicitly
(``slava-fit validate --config ...``). Configs are parsed with OmegaConf after all sources are
merged (``omegaconf+``), so they may interpolate (``${model.max_length}``,
``${oc.env:SLAVA_CLIP_PATH}``) and an interpolation sees command-line overrides: the shipped configs
put every output under ``${trainer.default_root_dir}``, so ``--trainer.default_root_dir`` moves the
whole run.

A configuration error is one line: an unset environment variable names the config that reads it
and what it must point at; a path built from an environment variable that does not exist names
the config key, the variable and the path.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml
from lightning.pytorch import LightningDataModule, Trainer
from lightning.pytorch.callbacks import ModelCheckpoint
from lightning.pytorch.cli import LightningCLI
from lightning.pytorch.loggers import CSVLogger, WandbLogger

from slava_lightning.training.module import SlavaModule

SUBCOMMANDS = ("fit", "validate", "test", "predict")

#: Every environment variable the shipped configs read, and what it must point at.
ENV_VARS: dict[str, str] = {
    "SLAVA_CLIP_PATH": "a local folder with the CLIP ViT-L/14-336 weights in transformers format "
    "(openai/clip-vit-large-patch14-336)",
    "SLAVA_PHI2_PATH": "a local folder with the Phi-2 weights and tokenizer in transformers format "
    "(microsoft/phi-2)",
    "SLAVA_DATA": "the data folder: the stage's LLaVA-format JSON/JSONL files (stage1_alignment.json, "
    "stage2_instructions.json, radex.jsonl, ...) and their images/ folder",
    "SLAVA_INIT_FROM": "optional: the previous stage's checkpoint (last.ckpt) whose weights start "
    "this stage",
}
_ENV = re.compile(r"\$\{oc\.env:(\w+)(,[^}]*)?\}")


class ConfigError(SystemExit):
    """A configuration problem, printed as one line (``slava-fit: ...``); exit status 1."""

    def __init__(self, message: str) -> None:
        super().__init__(f"slava-fit: {message}")
        self.message = message


def config_files(args: Sequence[str]) -> list[str]:
    """The files given with ``--config`` / ``-c`` in ``args``."""
    out, it = [], iter(args)
    for arg in it:
        if arg in ("--config", "-c"):
            out.append(next(it, ""))
        elif arg.startswith("--config="):
            out.append(arg.split("=", 1)[1])
    return [f for f in out if f]


def _missing_env_var(err: BaseException) -> str | None:
    seen: BaseException | None = err
    while seen is not None:
        found = re.search(r"Environment variable '(\w+)' not found", str(seen))
        if found:
            return found.group(1)
        seen = seen.__cause__ or seen.__context__
    return None


def unset_variable_message(var: str, files: Sequence[str], environ: Any = None) -> str:
    """The one line for an unset ``var``, naming every variable the configs need and lack."""
    import os

    env = os.environ if environ is None else environ
    texts = {f: Path(f).read_text() for f in files if Path(f).is_file()}
    unset = {var}
    for text in texts.values():
        unset |= {m.group(1) for m in _ENV.finditer(text) if m.group(2) is None}
    unset = {v for v in unset if v not in env} | {var}
    parts = []
    for name in sorted(unset):
        readers = ", ".join(f for f, t in texts.items() if f"oc.env:{name}" in t) or "the config"
        parts.append(f"{readers} reads ${{{name}}}, which is not set: export {name}=<"
                     f"{ENV_VARS.get(name, 'the value the config expects')}>")  # fmt: skip
    return "; ".join(parts)


def _env_strings(node: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """``(config key, raw string)`` of every string in a YAML tree that reads a variable."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _env_strings(v, f"{key}.{k}" if key else str(k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _env_strings(v, f"{key}[{i}]")
    elif isinstance(node, str) and _ENV.search(node):
        yield key, node


def _values(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for v in node.values():
            yield from _values(v)
    elif isinstance(node, (list, tuple)):
        for v in node:
            yield from _values(v)
    elif isinstance(node, str):
        yield node


def check_env_paths(
    files: Sequence[str], resolved: dict[str, Any], environ: dict[str, str]
) -> None:
    """Raise :class:`ConfigError` for a variable-built path of ``files`` that is used and missing.

    A path counts as used when the parsed config (``resolved``) still holds it, i.e. no
    command-line override replaced it.
    """
    used = set(_values(resolved))
    for file in files:
        tree = yaml.safe_load(Path(file).read_text(encoding="utf-8"))
        for key, raw in _env_strings(tree):
            match = _ENV.search(raw)
            assert match is not None
            var, default = match.group(1), match.group(2)
            if var not in environ and default is not None:
                continue  # ${oc.env:VAR,default}: optional
            path = _ENV.sub(lambda m: environ.get(m.group(1), ""), raw)
            if path in used and not Path(path).exists():
                what = ENV_VARS.get(var, "the folder this config expects")
                raise ConfigError(
                    f"{file}: {key} = {raw} is {path!r}, which does not exist "
                    f"({var}={environ.get(var, '')!r} must be {what})"
                )


def run_outputs(trainer: Trainer) -> dict[str, str]:
    """Where a run's checkpoint, CSV metrics, W&B run and saved config are."""
    out: dict[str, str] = {}
    for cb in trainer.callbacks:  # type: ignore[attr-defined]
        if isinstance(cb, ModelCheckpoint) and (cb.last_model_path or cb.best_model_path):
            out.setdefault("checkpoint", cb.last_model_path or cb.best_model_path)
    for logger in trainer.loggers:
        if isinstance(logger, CSVLogger):
            out["csv"] = str(Path(logger.log_dir) / "metrics.csv")
        elif isinstance(logger, WandbLogger):
            run_dir = getattr(logger.experiment, "dir", None)
            if run_dir:
                out["wandb"] = str(Path(run_dir).parent)
    config = Path(trainer.log_dir or trainer.default_root_dir) / "config.yaml"
    if config.is_file():
        out["config"] = str(config)
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
        import os

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


def with_subcommand(argv: Sequence[str]) -> list[str]:
    """Prepend ``fit`` unless ``argv`` already starts with a subcommand or asks for help."""
    args = list(argv)
    if args and (args[0] in SUBCOMMANDS or args[0] in ("-h", "--help")):
        return args
    return ["fit", *args]


def main(args: Sequence[str] | None = None) -> None:
    """Entry point of ``slava-fit``."""
    argv = with_subcommand(sys.argv[1:] if args is None else args)
    if args is None:  # LightningCLI reads sys.argv itself (and warns if given both)
        sys.argv[1:] = argv
    SlavaCLI(
        SlavaModule,
        LightningDataModule,
        subclass_mode_data=True,
        parser_kwargs={"parser_mode": "omegaconf+"},
        save_config_kwargs={"overwrite": True},
        args=None if args is None else argv,
    )


if __name__ == "__main__":
    main()
