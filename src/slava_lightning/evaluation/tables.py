"""``slava-table``: several runs' scores as the paper's results tables (Tables 3 and 4).

Example::

    slava-table --run SLaVA-CXR=eval/slava/scores.json --run LLaVA-Med=eval/llava-med/scores.json \
        --run "TinyGPT-V:mimic-cxr:generation=tinygpt-gen.json" --format latex -o tables.tex

One table per task (generation: the paper's Table 3; summarization: Table 4), one row per run
name, and per dataset (MIMIC-CXR, then IU-Xray) the columns R-L, M, B-2, BS, CX, RG, RC, in
percent except RC. A cell shows the corpus value and, where the scores file has one, its bootstrap
interval; a metric that was not computed is a dash (its reason is printed).

A ``--run`` reads a ``slava-eval`` ``scores.json`` (dataset and tasks taken from the file) or a
``slava-score -o`` file (which records neither: name them, ``NAME:DATASET:TASK=FILE``). The
``NAME:DATASET`` form renames a ``slava-eval`` file's dataset (e.g. MIMIC-CXR evaluated through
``--dataset llava``). Several ``--run`` with one name fill one row.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from slava_lightning.commandline import option, parse_settings, settings_parser

if TYPE_CHECKING:
    from jsonargparse import ArgumentParser

__all__ = [
    "COLUMNS",
    "DATASETS",
    "Cell",
    "ResultsTable",
    "TableSettings",
    "build_parser",
    "collect_runs",
    "format_latex",
    "format_markdown",
    "main",
    "write_tables",
]

#: (header, result key, shown in percent, higher is better), in the paper's order.
COLUMNS: tuple[tuple[str, str, bool, bool], ...] = (
    ("R-L", "rougeL_coco", True, True),
    ("M", "meteor", True, True),
    ("B-2", "bleu2_cxr", True, True),
    ("BS", "bertscore", True, True),
    ("CX", "chexbert_sim", True, True),
    ("RG", "radgraph_cxr", True, True),
    ("RC", "radcliq_v1", False, False),
)
#: Dataset key -> heading; the paper's order.
DATASETS = {"mimic-cxr": "MIMIC-CXR", "iu-xray": "IU-Xray"}
_ALIASES = {
    "mimic": "mimic-cxr",
    "mimic_cxr": "mimic-cxr",
    "mimiccxr": "mimic-cxr",
    "iu": "iu-xray",
    "iu_xray": "iu-xray",
    "iuxray": "iu-xray",
}
TASKS = {
    "generation": "Chest X-ray report generation performance",
    "summarization": "Chest X-ray report summarization performance",
}
_PRODUCER = {"radgraph_cxr": "radgraph", "radcliq_v1": "radcliq"}


@dataclass(frozen=True)
class Cell:
    """A corpus value and its interval (``None`` where the file has none)."""

    value: float
    low: float | None = None
    high: float | None = None


@dataclass
class ResultsTable:
    """Cells by run name, (dataset, task) and result key; what is missing and why."""

    names: list[str] = field(default_factory=list)
    cells: dict[tuple[str, str, str], dict[str, Cell]] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)
    confidence: float | None = None
    n_resamples: int | None = None

    def tasks(self) -> list[str]:
        """Tasks any run has, in the paper's order (others after)."""
        found = list(dict.fromkeys(t for _, _, t in self.cells))
        return [t for t in TASKS if t in found] + [t for t in found if t not in TASKS]


def canonical_dataset(name: str) -> str:
    """``mimic``/``MIMIC-CXR`` -> ``mimic-cxr``, ``iu``/``IU-Xray`` -> ``iu-xray``; others as given."""
    key = name.strip().lower()
    return _ALIASES.get(key, key)


def _parse_spec(spec: str) -> tuple[str, str | None, str | None, Path]:
    label, sep, path = spec.partition("=")
    parts = label.split(":")
    if not sep or not path or not parts[0] or len(parts) > 3 or any(not p for p in parts):
        raise ValueError(
            f"--run {spec!r}: expected NAME=FILE, NAME:DATASET=FILE or NAME:DATASET:TASK=FILE"
        )
    dataset = canonical_dataset(parts[1]) if len(parts) > 1 else None
    task = parts[2] if len(parts) > 2 else None
    return parts[0], dataset, task, Path(path)


def _read(path: Path, spec: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ValueError(f"--run {spec!r}: cannot read {path} ({err.strerror})") from None
    except json.JSONDecodeError as err:
        raise ValueError(
            f"--run {spec!r}: {path} is not JSON ({err.msg}, line {err.lineno})"
        ) from None
    if not isinstance(data, dict):
        raise ValueError(f"--run {spec!r}: {path} is not a scores file")
    return data


def _entries(
    data: dict[str, Any], spec: str, path: Path, dataset: str | None, task: str | None
) -> list[tuple[str, str, dict[str, Any]]]:
    """(dataset, task, score entry) of one file."""
    if isinstance(data.get("tasks"), dict) and "dataset" in data:  # slava-eval scores.json
        ds = dataset or canonical_dataset(str(data["dataset"]))
        tasks = data["tasks"] if task is None else {task: data["tasks"].get(task)}
        if task is not None and tasks[task] is None:
            raise ValueError(
                f"--run {spec!r}: {path} has no task {task!r} (it has {', '.join(data['tasks'])})"
            )
        return [(ds, t, entry) for t, entry in tasks.items()]
    if isinstance(data.get("corpus"), dict):  # slava-score -o
        if dataset is None or task is None:
            raise ValueError(
                f"--run {spec!r}: {path} is a slava-score file, which does not record its "
                "dataset and task; write the run as NAME:DATASET:TASK=FILE"
            )
        return [(dataset, task, data)]
    raise ValueError(
        f"--run {spec!r}: {path} is neither a slava-eval nor a slava-score scores file"
    )


def _cells(entry: dict[str, Any], where: str, table: ResultsTable) -> dict[str, Cell]:
    corpus, ci = entry.get("corpus") or {}, entry.get("ci") or {}
    skipped = {**(entry.get("skipped") or {}), **(entry.get("column_skips") or {})}
    out = {}
    for header, key, _, _ in COLUMNS:
        value = corpus.get(key)
        if not isinstance(value, (int, float)) or math.isnan(value):
            reason = skipped.get(key) or skipped.get(_PRODUCER.get(key, key)) or "not computed"
            table.reasons.append(f"{where}: {header} ({key}) missing: {reason}")
            continue
        interval = ci.get(key) if isinstance(ci.get(key), dict) else None
        low = interval.get("low") if interval else None
        high = interval.get("high") if interval else None
        if interval and table.confidence is None:
            table.confidence, table.n_resamples = (
                interval.get("confidence"),
                interval.get("n_resamples"),
            )
        out[key] = Cell(float(value), low, high)
    return out


def collect_runs(specs: Sequence[str], datasets: Sequence[str] = tuple(DATASETS)) -> ResultsTable:
    """Read every ``--run`` into a :class:`ResultsTable`.

    Raises:
        ValueError: a malformed spec, an unreadable or unknown file, a slava-score file without
            dataset and task, a dataset not in ``datasets``, or one cell given twice (all named).
    """
    table = ResultsTable()
    for spec in specs:
        name, dataset, task, path = _parse_spec(spec)
        for ds, t, entry in _entries(_read(path, spec), spec, path, dataset, task):
            if ds not in datasets:
                raise ValueError(
                    f"--run {spec!r}: dataset {ds!r} is not a table column group "
                    f"({', '.join(datasets)}); add it to --datasets or rename it "
                    "with NAME:DATASET=FILE"
                )
            if (name, ds, t) in table.cells:
                raise ValueError(f"--run {spec!r}: {name} / {ds} / {t} is given twice")
            table.cells[name, ds, t] = _cells(entry, f"{name}, {ds} {t}", table)
        if name not in table.names:
            table.names.append(name)
    return table


def _number(value: float, percent: bool) -> str:
    return f"{100 * value:.2f}" if percent else f"{value:.2f}"


def _best(table: ResultsTable, dataset: str, task: str, key: str, higher: bool) -> float | None:
    values = [
        c[key].value for n in table.names if (c := table.cells.get((n, dataset, task))) and key in c
    ]
    if len(values) < 2:
        return None
    return max(values) if higher else min(values)


def _rows(
    table: ResultsTable, task: str, datasets: Sequence[str], ci: bool, bold: bool, style: str
) -> list[list[str]]:
    rows = []
    for name in table.names:
        row = [name]
        for ds in datasets:
            cells = table.cells.get((name, ds, task), {})
            for _, key, percent, higher in COLUMNS:
                cell = cells.get(key)
                if cell is None:
                    row.append("-")
                    continue
                text = _number(cell.value, percent)
                if bold and cell.value == _best(table, ds, task, key, higher):
                    text = f"**{text}**" if style == "markdown" else f"\\textbf{{{text}}}"
                if ci and cell.low is not None and cell.high is not None:
                    interval = f"[{_number(cell.low, percent)}, {_number(cell.high, percent)}]"
                    text += (
                        f" {interval}" if style == "markdown" else f" {{\\scriptsize {interval}}}"
                    )
                row.append(text)
        rows.append(row)
    return rows


def _caption(table: ResultsTable, task: str, ci: bool) -> str:
    lead = TASKS.get(task, f"Chest X-ray report {task} performance")
    text = (
        f"{lead} of methods. R-L, M, B-2, BS, CX, RG and RC are short for ROUGE-L, METEOR, "
        "BLEU-2, BERTScore, CheXbert, RadGraph and RadCliQ. Except for RC, all results are "
        "in percent; ↑ / ↓: higher / lower is better."
    )
    if ci and table.confidence is not None:
        text += (
            f" Brackets: {round(100 * table.confidence)}% paired bootstrap interval "
            f"({table.n_resamples} resamples)."
        )
    return text


def _params(names: Sequence[str], params: dict[str, str]) -> list[str] | None:
    return [params.get(n, "-") for n in names] if params else None


def format_markdown(
    table: ResultsTable,
    task: str,
    datasets: Sequence[str] = tuple(DATASETS),
    ci: bool = True,
    bold: bool = False,
    params: dict[str, str] | None = None,
) -> str:
    """One task's table in Markdown: the first column of each dataset group names the dataset."""
    header = ["Methods"] + (["# Params"] if params else [])
    for ds in datasets:
        label = DATASETS.get(ds, ds)
        header += [
            f"{label} {h}{'↑' if up else '↓'}" if k == 0 else f"{h}{'↑' if up else '↓'}"
            for k, (h, _, _, up) in enumerate(COLUMNS)
        ]
    body = _rows(table, task, datasets, ci, bold, "markdown")
    if params:
        body = [
            [r[0], p, *r[1:]] for r, p in zip(body, _params(table.names, params) or [], strict=True)
        ]
    lines = [
        f"**{_caption(table, task, ci)}**",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join([":---"] + ["---:"] * (len(header) - 1)) + "|",
    ]
    lines += ["| " + " | ".join(r) + " |" for r in body]
    return "\n".join(lines) + "\n"


def _tex(text: str) -> str:
    """``text`` with LaTeX's special characters escaped."""
    special = {
        "\\": "\\textbackslash{}",
        "&": "\\&",
        "%": "\\%",
        "$": "\\$",
        "#": "\\#",
        "_": "\\_",
        "{": "\\{",
        "}": "\\}",
    }
    return "".join(special.get(char, char) for char in text)


def format_latex(
    table: ResultsTable,
    task: str,
    datasets: Sequence[str] = tuple(DATASETS),
    ci: bool = True,
    bold: bool = False,
    params: dict[str, str] | None = None,
) -> str:
    """One task's table as a LaTeX ``table*`` (booktabs), dataset groups under ``\\multicolumn``."""
    lead = 2 if params else 1
    n = len(COLUMNS)
    spec = "l" * lead + ("r" * n) * len(datasets)
    groups = " & ".join(
        f"\\multicolumn{{{n}}}{{c}}{{{_tex(DATASETS.get(ds, ds))}}}" for ds in datasets
    )
    rules = " ".join(
        f"\\cmidrule(lr){{{lead + 1 + k * n}-{lead + (k + 1) * n}}}" for k in range(len(datasets))
    )
    heads = " & ".join(f"{h}$\\{'uparrow' if up else 'downarrow'}$" for h, _, _, up in COLUMNS)
    first = "Methods" + (" & \\# Params" if params else "")
    caption = _tex(_caption(table, task, ci)).replace("↑ / ↓", "$\\uparrow$ / $\\downarrow$")
    lines = [
        "\\begin{table*}[t]",
        "\\centering",
        "\\small",
        f"\\begin{{tabular}}{{{spec}}}",
        "\\toprule",
        f"{'& ' * (lead - 1)}& {groups} \\\\",
        rules,
        f"{first} & " + " & ".join([heads] * len(datasets)) + " \\\\",
        "\\midrule",
    ]
    body = _rows(table, task, datasets, ci, bold, "latex")
    sizes = params or {}
    for name, row in zip(table.names, body, strict=True):
        cells = [_tex(name)] + ([_tex(sizes.get(name, "-"))] if params else []) + row[1:]
        lines.append(" & ".join(cells) + " \\\\")
    lines += [
        "\\bottomrule",
        "\\end{tabular}",
        f"\\caption{{{caption}}}",
        f"\\label{{tab:{task}}}",
        "\\end{table*}",
    ]
    return "\n".join(lines) + "\n"


@dataclass(kw_only=True)
class TableSettings:
    """The settings of ``slava-table``."""

    run: list[str] = option(
        help="a run's slava-eval scores.json or slava-score -o file (repeatable)",
        append=True,
        metavar="NAME[:DATASET[:TASK]]=FILE",
    )
    format: Literal["markdown", "latex"] = option("markdown")
    tasks: list[str] | None = option(None, "tasks to tabulate (default: every task found)")
    datasets: list[str] = option(
        help="column groups, in order (default: mimic-cxr iu-xray)",
        default_factory=lambda: list(DATASETS),
    )
    params: list[str] = option(
        help="a '# Params' cell for a run (e.g. SLaVA-CXR=2.7B)",
        append=True,
        metavar="NAME=SIZE",
        default_factory=list,
    )
    no_ci: bool = option(False, "leave intervals out")
    bold_best: bool = option(False, "bold each column's best value")
    output: Path | None = option(None, "write here instead of stdout", flags=("-o", "--output"))


_DESCRIPTION = __doc__.split("\n\n")[0]


def build_parser() -> ArgumentParser:
    """The ``slava-table`` argument parser (of :class:`TableSettings`)."""
    return settings_parser(TableSettings, "slava-table", _DESCRIPTION)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-table``; returns 0 on success, 2 with a message on bad input."""
    return write_tables(parse_settings(TableSettings, argv, "slava-table", _DESCRIPTION))


def write_tables(args: TableSettings) -> int:
    """Read the runs of ``args``, print or write their tables; returns the exit status."""
    try:
        datasets = [canonical_dataset(d) for d in args.datasets]
        table = collect_runs(args.run, datasets)
        params = {}
        for item in args.params:
            name, sep, size = item.partition("=")
            if not sep or name not in table.names:
                raise ValueError(f"--params {item!r}: expected NAME=SIZE with a --run name")
            params[name] = size
        tasks = args.tasks or table.tasks()
        fmt = format_latex if args.format == "latex" else format_markdown
        text = "\n".join(
            fmt(table, t, datasets, not args.no_ci, args.bold_best, params or None) for t in tasks
        )
    except ValueError as err:
        print(f"slava-table: error: {err}", file=sys.stderr)
        return 2
    for reason in table.reasons:
        print(f"slava-table: {reason}", file=sys.stderr)
    if args.output is not None:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
