"""``--help`` of every console script loads no model stack: it answers before torch would load.

Pinned as the set of imported modules, not as a timing (``benchmarks/bench_cli_startup.py`` times
it): importing torch, transformers or Lightning alone takes seconds.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# [project.scripts] of pyproject.toml (tomllib is 3.11+; the table is flat name = "module:func")
_TABLE = (ROOT / "pyproject.toml").read_text().split("[project.scripts]", 1)[1].split("\n[", 1)[0]
SCRIPTS = dict(re.findall(r'^([\w-]+)\s*=\s*"([\w.]+:\w+)"', _TABLE, re.MULTILINE))
HEAVY = (
    "torch", "torchvision", "torchmetrics", "transformers", "lightning", "pytorch_lightning",
    "timm", "fastapi", "starlette", "uvicorn",
)  # fmt: skip
#: Commands whose light help is still pending (none).
PENDING: set[str] = set()

_SCRIPT = """
import contextlib, importlib, io, json, sys
name, target, *args = sys.argv[1:]
module, func = target.split(":")
sys.argv = [name, *args]
out, code = io.StringIO(), None
with contextlib.redirect_stdout(out):
    try:
        getattr(importlib.import_module(module), func)()
    except SystemExit as stop:
        code = stop.code
print(json.dumps({"code": code, "help": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def run_help(name: str, *args: str) -> dict:
    """Run console script ``name`` with ``args`` in a fresh interpreter; its exit code, output and
    the modules it imported."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, name, SCRIPTS[name], *args],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def heavy_modules(modules: list[str]) -> list[str]:
    """The top-level packages of ``modules`` that belong to the model or web stack."""
    return sorted({m.split(".")[0] for m in modules} & set(HEAVY))


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason="LightningCLI parser"))
        if n in PENDING
        else n
        for n in sorted(SCRIPTS)
    ],
)
def test_help_imports_no_model_stack(name):
    out = run_help(name, "--help")
    assert out["code"] in (0, None), out["help"]
    assert "usage:" in out["help"]
    assert heavy_modules(out["modules"]) == []


def test_every_console_script_is_found():
    assert len(SCRIPTS) == _TABLE.count("=") and "slava-fit" in SCRIPTS


def test_dtype_choices_come_from_the_one_table():
    import torch

    from slava_lightning.dtypes import DTYPE_NAMES, torch_dtype
    from slava_lightning.inference.cli import build_parser
    from slava_lightning.interop.cli import build_parser as convert_parser

    for parser in (build_parser(), convert_parser()):
        (dtype,) = [a for a in parser._actions if a.dest == "dtype"]
        assert tuple(dtype.choices) == DTYPE_NAMES
    assert [torch_dtype(n) for n in DTYPE_NAMES] == [torch.float32, torch.bfloat16, torch.float16]
    with pytest.raises(ValueError, match="dtype must be one of"):
        torch_dtype("float64")
