"""A blinded, shuffled human-evaluation study on disk.

``build_study`` writes a study folder:

- ``study.json``: what raters see — the criteria and scale, the raters, the items (task,
  reference, report, optional context, image names) under opaque ids, and each rater's own
  seeded order. It holds no system names.
- ``key.json``: the unblinding key (item id -> system, case id, task), read only by the analysis;
  the server never serves it.
- ``images/``: each case's images as PNG, named by a hash of the case id.
- ``answers/``: one append-only ``<rater>.jsonl`` per rater, written by the server.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slava_lightning.humaneval.inputs import CaseOutput, find_images, read_outputs, system_file

__all__ = [
    "CRITERIA",
    "FORMAT",
    "SCALE",
    "BuildReport",
    "Item",
    "Study",
    "build_study",
    "load_key",
    "load_study",
]

#: The paper's three criteria (Figure 3), each scored on :data:`SCALE`.
CRITERIA = ("correctness", "completeness", "coherence")
#: Lowest and highest score (the paper: 0 lowest quality, 5 highest).
SCALE = (0, 5)
FORMAT = "slava-humaneval-study/1"
_RATER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


@dataclass(frozen=True)
class Item:
    """One report to rate, as the rater sees it."""

    id: str
    task: str
    report: str
    reference: str
    context: str | None = None
    images: tuple[str, ...] = ()

    def public(self) -> dict[str, Any]:
        """The JSON the page receives."""
        return {
            "id": self.id,
            "task": self.task,
            "report": self.report,
            "reference": self.reference,
            "context": self.context,
            "images": [f"/images/{name}" for name in self.images],
        }


@dataclass
class Study:
    """A loaded ``study.json``."""

    root: Path
    raters: list[str]
    criteria: list[str]
    scale: tuple[int, int]
    items: dict[str, Item]
    order: dict[str, list[str]]

    @property
    def answers_dir(self) -> Path:
        """Folder of the per-rater answer files."""
        return self.root / "answers"

    def answers_file(self, rater: str) -> Path:
        """The answer file of ``rater``."""
        return self.answers_dir / f"{rater}.jsonl"

    @property
    def image_names(self) -> set[str]:
        """Every image file name the study shows (the only files the server serves)."""
        return {name for item in self.items.values() for name in item.images}


@dataclass
class BuildReport:
    """What :func:`build_study` wrote and what it left out."""

    n_items: int
    n_cases: dict[str, int]
    n_images: int
    missing: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def summary(self) -> str:
        """Human-readable lines."""
        lines = [f"{self.n_items} items, {self.n_images} images"]
        for task, n in self.n_cases.items():
            lines.append(f"{task}: {n} cases")
        for task, by_system in self.missing.items():
            for system, ids in by_system.items():
                lines.append(
                    f"{task}: {len(ids)} reference case(s) missing from system {system!r}, "
                    f"left out (first: {ids[0]!r})"
                )
        return "\n".join(lines)


def _references_file(task: str, given: Mapping[str, Path], systems: Mapping[str, Path]) -> Path:
    if task in given:
        return given[task]
    for path in systems.values():
        candidate = path / f"{task}.references.jsonl"
        if path.is_dir() and candidate.is_file():
            return candidate
    raise ValueError(
        f"no references for task {task!r}: give --references {task}=FILE "
        f"(or a slava-eval folder holding {task}.references.jsonl)"
    )


def _check_names(systems: Mapping[str, Path], raters: Sequence[str], tasks: Sequence[str]) -> None:
    if len(systems) < 2:
        raise ValueError(f"a study compares two or more systems, got {len(systems)}")
    if not raters:
        raise ValueError("give at least one rater (--raters alice,bob)")
    if len(set(raters)) != len(raters):
        raise ValueError(f"rater names repeat: {list(raters)}")
    for rater in raters:
        if not _RATER.match(rater):
            raise ValueError(
                f"rater name {rater!r}: use letters, digits, '_', '.' or '-' (it names a file)"
            )
    if not tasks:
        raise ValueError("give at least one task")
    for name, path in systems.items():
        if not path.is_dir() and len(tasks) > 1:
            raise ValueError(
                f"system {name!r}: {path} is one predictions file but {len(tasks)} tasks were "
                "asked for; give a slava-eval folder or a single --tasks"
            )


def _save_png(source: Path, target: Path) -> None:
    from slava_lightning.data.images import load_image

    load_image(source, mode="native").save(target, format="PNG")


def _case_images(
    case: str,
    records: Sequence[CaseOutput | None],
    images_dir: Path | None,
    out: Path,
    done: dict[str, str],
) -> tuple[str, ...]:
    listed = next((r.images for r in records if r is not None and r.images), [])
    names = []
    digest = hashlib.sha256(case.encode("utf-8")).hexdigest()[:16]
    for k, source in enumerate(find_images(case, listed, images_dir)):
        key = str(source.resolve())
        if key not in done:
            done[key] = f"{digest}-{k}.png"
            _save_png(source, out / "images" / done[key])
        names.append(done[key])
    return tuple(names)


def build_study(
    systems: Mapping[str, Path],
    out: Path,
    raters: Sequence[str],
    tasks: Sequence[str] = ("generation",),
    references: Mapping[str, Path] | None = None,
    contexts: Mapping[str, Path] | None = None,
    images_dir: Path | None = None,
    n_cases: int | None = None,
    seed: int = 0,
) -> BuildReport:
    """Write a blinded study of ``systems``' outputs to the new folder ``out``.

    Args:
        systems: system name -> ``slava-eval`` output folder or predictions file.
        out: the study folder to create (must not exist, or be empty).
        raters: rater names; each gets their own seeded order of every item.
        tasks: tasks to include (``<task>.jsonl`` in each folder).
        references: task -> references file (default: ``<task>.references.jsonl`` of the first
            system folder holding one).
        contexts: task -> file of texts shown to raters as the input (e.g. the Findings that a
            summarization system was given); optional.
        images_dir: folder that relative image paths (or ``<id>.*`` files) are found in.
        n_cases: rate a seeded random subset of this many cases per task (default: all).
        seed: seed of the subset, the item ids and every rater's order.

    Cases are those of the references that every system answered; the others are left out and
    counted in the returned report.

    Raises:
        ValueError: fewer than two systems, bad rater names, an unreadable input (named), no
            case common to all systems, or a non-empty ``out``.
    """
    _check_names(systems, raters, tasks)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ValueError(f"{out} exists and is not empty; choose a new study folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    # Written to a sibling folder and renamed at the end, so a failed build leaves nothing.
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        report = _write_study(
            systems,
            work,
            raters,
            tasks,
            references or {},
            contexts or {},
            images_dir,
            n_cases,
            seed,
        )
        if out.exists():
            out.rmdir()
        work.rename(out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return report


def _write_study(
    systems: Mapping[str, Path],
    out: Path,
    raters: Sequence[str],
    tasks: Sequence[str],
    references: Mapping[str, Path],
    contexts: Mapping[str, Path],
    images_dir: Path | None,
    n_cases: int | None,
    seed: int,
) -> BuildReport:
    rng = random.Random(seed)
    report = BuildReport(0, {}, 0)
    (out / "images").mkdir()
    (out / "answers").mkdir(exist_ok=True)
    done_images: dict[str, str] = {}
    rows: list[tuple[str, str, str, str, str, str | None, tuple[str, ...]]] = []
    for task in tasks:
        outputs = {name: read_outputs(system_file(p, task)) for name, p in systems.items()}
        refs = read_outputs(_references_file(task, references, systems))
        context = read_outputs(contexts[task]) if task in contexts else {}
        cases = [c for c in refs if all(c in o for o in outputs.values())]
        missing = {n: [c for c in refs if c not in o] for n, o in outputs.items()}
        if any(missing.values()):
            report.missing[task] = {n: ids for n, ids in missing.items() if ids}
        if not cases:
            raise ValueError(f"task {task!r}: no reference case was answered by every system")
        if n_cases is not None and n_cases < len(cases):
            chosen = set(rng.sample(cases, n_cases))
            cases = [c for c in cases if c in chosen]
        report.n_cases[task] = len(cases)
        for case in cases:
            found = [refs[case], *(o[case] for o in outputs.values()), context.get(case)]
            images = _case_images(case, found, images_dir, out, done_images)
            ctx = context[case].text if case in context else None
            for name, o in outputs.items():
                rows.append((task, case, name, o[case].text, refs[case].text, ctx, images))
    rng.shuffle(rows)
    width = len(str(len(rows)))
    ids = [f"item-{k:0{width}d}" for k in range(1, len(rows) + 1)]
    items = {
        i: {"task": r[0], "report": r[3], "reference": r[4], "context": r[5], "images": list(r[6])}
        for i, r in zip(ids, rows, strict=True)
    }
    order = {}
    for rater in raters:
        mine = list(ids)
        random.Random(f"{seed}/{rater}").shuffle(mine)
        order[rater] = mine
    study = {
        "format": FORMAT,
        "criteria": list(CRITERIA),
        "scale": list(SCALE),
        "raters": list(raters),
        "tasks": list(tasks),
        "items": items,
        "order": order,
    }
    key = {
        "format": FORMAT,
        "seed": seed,
        "systems": list(systems),
        "sources": {n: str(p) for n, p in systems.items()},
        "items": {
            i: {"task": r[0], "case": r[1], "system": r[2]} for i, r in zip(ids, rows, strict=True)
        },
    }
    (out / "study.json").write_text(json.dumps(study, indent=1) + "\n", encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")
    report.n_items, report.n_images = len(rows), len(done_images)
    return report


def _read_json(path: Path, what: str) -> dict[str, Any]:
    if not path.is_file():
        raise ValueError(f"{path} not found: is this a study folder written by 'build'? ({what})")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise ValueError(f"{path}: not valid JSON ({err.msg}, line {err.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"{path}: not a {FORMAT} file")
    return data


def load_study(root: Path) -> Study:
    """Read ``root/study.json``.

    Raises:
        ValueError: the file is missing, not JSON, of another format, or inconsistent (an order
            naming an unknown item).
    """
    data = _read_json(root / "study.json", "the blinded items")
    try:
        items = {
            i: Item(
                i,
                v["task"],
                v["report"],
                v["reference"],
                v.get("context"),
                tuple(v.get("images", ())),
            )
            for i, v in data["items"].items()
        }
        study = Study(
            root,
            list(data["raters"]),
            list(data["criteria"]),
            (int(data["scale"][0]), int(data["scale"][1])),
            items,
            {r: list(o) for r, o in data["order"].items()},
        )
    except (KeyError, TypeError, IndexError) as err:
        raise ValueError(
            f"{root / 'study.json'}: malformed ({type(err).__name__}: {err})"
        ) from None
    for rater in study.raters:
        unknown = [i for i in study.order.get(rater, []) if i not in items]
        if rater not in study.order or unknown or len(study.order[rater]) != len(items):
            raise ValueError(f"{root / 'study.json'}: the order of rater {rater!r} is malformed")
    for name in study.image_names:
        if "/" in name or "\\" in name or name.startswith("."):
            raise ValueError(f"{root / 'study.json'}: image name {name!r} is not a plain file name")
    return study


def load_key(root: Path, study: Study) -> tuple[list[str], dict[str, dict[str, str]]]:
    """The unblinding key of ``study``: the system names in the order given to ``build``, and
    item id -> ``{"task", "case", "system"}``.

    Raises:
        ValueError: ``key.json`` missing or not covering exactly the study's items.
    """
    data = _read_json(root / "key.json", "the unblinding key")
    key = data.get("items")
    if not isinstance(key, dict) or set(key) != set(study.items):
        raise ValueError(f"{root / 'key.json'} does not match study.json's items")
    for item, entry in key.items():
        if not isinstance(entry, dict) or not {"task", "case", "system"} <= set(entry):
            raise ValueError(f"{root / 'key.json'}: entry {item!r} lacks task/case/system")
    systems = data.get("systems")
    if not isinstance(systems, list) or {e["system"] for e in key.values()} - set(systems):
        raise ValueError(f"{root / 'key.json'}: 'systems' does not list every item's system")
    return [str(s) for s in systems], key
