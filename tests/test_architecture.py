"""The import rule of docs/architecture.md: rooms only import rooms below them.

Every ``import`` in ``src/slava_lightning`` counts, wherever it is written: at the top of a module,
inside a function (the lazy imports that keep ``--help`` light) or under ``TYPE_CHECKING``. A room is
a top-level module or sub-package of ``slava_lightning``; the command modules named in
``[project.scripts]`` (and the modules only they use) sit above every room and may import anything,
but no room imports a command module.
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "slava_lightning"

#: Rooms from the bottom up. A room may import rooms of a lower entry; rooms in the same entry may
#: not import each other. Keep in step with docs/architecture.md.
LAYERS: list[tuple[str, ...]] = [
    ("_version", "_lazy", "commandline", "dtypes", "observations", "threads", "privacy"),  # records
    ("prompts", "decoding"),
    ("components",),
    ("state_dict",),  # model and generation: weights, decoding loop, the model, whole-model
    ("generation",),
    ("model",),
    ("presets", "adapters", "quantization"),
    ("artifact",),
    ("data",),
    ("training",),
    ("interop",),  # applications of a trained model
    ("inference",),
    ("evaluation",),
    ("synthesis", "humaneval"),
]
RANK = {room: i for i, rooms in enumerate(LAYERS) for room in rooms}

#: Modules that are part of a command without being its entry point.
COMMAND_PARTS = {"slava_lightning.training.lightning_cli"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str) -> bool:
    rel = Path(*name.split("."))
    return (PACKAGE.parent / rel).with_suffix(".py").is_file() or (
        PACKAGE.parent / rel / "__init__.py"
    ).is_file()


def _targets(path: Path) -> list[tuple[str, int]]:
    """Every ``slava_lightning`` module ``path`` imports, with the line of the import."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            for alias in node.names:  # ``from pkg import submodule`` imports the submodule
                sub = f"{module}.{alias.name}"
                found.append((sub if _is_module(sub) else module, node.lineno))
    return [(t, line) for t, line in found if t.split(".")[0] == "slava_lightning"]


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _commands() -> set[str]:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    return {entry.split(":")[0] for entry in scripts.values()} | COMMAND_PARTS


def _imports() -> list[tuple[str, int, str]]:
    return [
        (_module_name(p), line, target)
        for p in sorted(PACKAGE.rglob("*.py"))
        for target, line in _targets(p)
    ]


def test_every_room_has_a_layer():
    rooms = {_room(_module_name(p)) for p in PACKAGE.rglob("*.py")} - {""}
    assert sorted(rooms - set(RANK)) == [], "add new rooms to LAYERS and docs/architecture.md"
    assert sorted(set(RANK) - rooms) == [], "LAYERS names a room that no longer exists"


def test_rooms_import_only_rooms_below_them():
    commands = _commands()
    bad = []
    for module, line, target in _imports():
        src, dst = _room(module), _room(target)
        if module in commands or not src or src == dst:
            continue  # commands and the package root's lazy exports sit above every room
        if target in commands:
            bad.append(f"{module}:{line} imports the command module {target}")
        elif dst == "":
            bad.append(f"{module}:{line} imports the package root (import the module itself)")
        elif RANK[dst] >= RANK[src]:
            bad.append(f"{module}:{line} imports {target} ({dst} is not below {src})")
    assert bad == []


def test_the_checker_sees_in_function_and_type_checking_imports(tmp_path, monkeypatch):
    file = PACKAGE / "model.py"
    source = file.read_text(encoding="utf-8")
    assert "def " in source
    fake = tmp_path / "slava_lightning" / "model.py"
    fake.parent.mkdir()
    fake.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from slava_lightning.training import module\n"
        "def f():\n    from .data import images\n    import slava_lightning.inference.engine\n"
    )
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path / "slava_lightning")
    for sub in ("training/module.py", "data/images.py", "inference/engine.py"):
        (tmp_path / "slava_lightning" / sub).parent.mkdir(exist_ok=True)
        (tmp_path / "slava_lightning" / sub).write_text("")
    assert sorted(t for t, _ in _targets(fake)) == [
        "slava_lightning.data.images",
        "slava_lightning.inference.engine",
        "slava_lightning.training.module",
    ]


@pytest.mark.parametrize("command", sorted(_commands() - COMMAND_PARTS))
def test_command_modules_exist(command):
    assert _is_module(command), f"[project.scripts] names {command}, which does not exist"


def test_room_graph_has_no_cycle():
    edges: dict[str, set[str]] = defaultdict(set)
    commands = _commands()
    for module, _, target in _imports():
        if module not in commands and _room(module) and _room(target):
            edges[_room(module)].add(_room(target))
    for src, dsts in edges.items():
        for dst in dsts - {src}:
            assert src not in edges.get(dst, set()), f"{src} and {dst} import each other"


def test_commands_import_library_modules_only():
    # a command's entry point may use the parts of its own command (COMMAND_PARTS), no other command
    commands = _commands() - COMMAND_PARTS
    bad = [
        f"{module}:{line} imports the command module {target}"
        for module, line, target in _imports()
        if module in commands and target in commands and target != module
    ]
    assert bad == []
