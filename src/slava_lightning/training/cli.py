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

LightningCLI generates its parser from SlavaModule's type hints, so its help needs torch, Lightning
and the components loaded (seconds). The bare ``slava-fit --help`` therefore prints a short usage
text at once and points at ``slava-fit fit --help`` for the generated one; the LightningCLI
subclass lives in :mod:`slava_lightning.training.lightning_cli` and loads on first use.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from slava_lightning._lazy import lazy_exports
from slava_lightning.threads import configure_threads

if TYPE_CHECKING:
    pass

SUBCOMMANDS = ("fit", "validate", "test", "predict")

USAGE = """\
usage: slava-fit [fit|validate|test|predict] --config CONFIG.yaml [--section.key VALUE ...]

Train (fit, the default), validate, test or predict with a SlavaModule and a datamodule chosen
in a LightningCLI YAML config; any config value can be overridden on the command line.

  slava-fit --config configs/demo.yaml                   the demo (tiny model, phantoms)
  slava-fit --config configs/re3.yaml                    all three stages in one run
  slava-fit fit --config configs/demo.yaml --trainer.max_epochs 2
  slava-fit fit --help                                   every option, generated from the classes
  slava-fit fit --config configs/demo.yaml --print_config  the resolved config

Environment: SLAVA_CLIP_PATH, SLAVA_PHI2_PATH, SLAVA_DATA, SLAVA_INIT_FROM (read by the shipped
configs); SLAVA_NUM_THREADS=N sets CPU threads (default: the CPUs other processes leave free).
"""
_LAZY = ("SlavaCLI", "run_outputs")

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
        parts.append(
            f"{readers} reads ${{{name}}}, which is not set: export {name}=<"
            f"{ENV_VARS.get(name, 'the value the config expects')}>"
        )
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


def with_subcommand(argv: Sequence[str]) -> list[str]:
    """Prepend ``fit`` unless ``argv`` already starts with a subcommand or asks for help."""
    args = list(argv)
    if args and (args[0] in SUBCOMMANDS or args[0] in ("-h", "--help")):
        return args
    return ["fit", *args]


# Lightning loads on first use, not for --help.
__getattr__, _ = lazy_exports(__name__, (_LAZY, "slava_lightning.training.lightning_cli"))


def main(args: Sequence[str] | None = None) -> None:
    """Entry point of ``slava-fit``."""
    argv = with_subcommand(sys.argv[1:] if args is None else args)
    if argv in (["-h"], ["--help"]):
        print(USAGE, end="")
        return
    configure_threads(None, "slava-fit")  # before torch loads
    if args is None:  # LightningCLI reads sys.argv itself (and warns if given both)
        sys.argv[1:] = argv
    from lightning.pytorch import LightningDataModule

    from slava_lightning.training.module import SlavaModule

    cli = globals().get("SlavaCLI") or __getattr__("SlavaCLI")  # tests may replace it
    cli(
        SlavaModule,
        LightningDataModule,
        subclass_mode_data=True,
        parser_kwargs={"parser_mode": "omegaconf+"},
        save_config_kwargs={"overwrite": True},
        args=None if args is None else argv,
    )


if __name__ == "__main__":
    main()
