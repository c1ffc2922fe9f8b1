"""``slava-eval``: run a model over a dataset split, write its reports, score them, log the table.

Example::

    slava-eval --hf-llava ./slava-cxr-llava --dataset iu-xray --reports NLMCXR_reports.tgz \
        --annotation annotation.json --images images --split test --output-dir eval/

For each task (``generation``: image -> Findings; ``summarization``: image + Findings ->
Impression) the command writes ``<task>.jsonl`` (predictions in the released format:
``question_id``, ``prompt``, ``text``, ``answer_id``, ``model_id``, ``metadata``) and
``<task>.references.jsonl`` (``question_id``, ``text``; rescorable with
``slava-score --id-field question_id``), then scores the
pairs with :func:`~slava_lightning.evaluation.metrics.suite.score_reports` and writes
``scores.json``. The metrics table is laid out like the paper's Tables 3-4 (one row per model;
R-L, M, B-2, BS, CX, RG, RC), with ``-`` for a skipped metric and the reason printed, and is logged
to W&B (offline when no API key is configured) unless ``--no-wandb``.
"""

from __future__ import annotations

import dataclasses
import json
import math
import sys
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from slava_lightning.commandline import option, parse_settings, section, settings_parser
from slava_lightning.data.records import Sample
from slava_lightning.decoding import DECODING_HELP, GenerationSettings, settings_from_args
from slava_lightning.evaluation.metrics.suite import SuiteResult, result_to_json, score_reports
from slava_lightning.evaluation.suite_options import (
    SUITE_GROUP,
    AllMetricsSuite,
    SuiteSetup,
    suite_from_args,
)
from slava_lightning.inference.model_options import ModelOptions, load_generator
from slava_lightning.inference.studies import Study, record
from slava_lightning.threads import configure_threads

if TYPE_CHECKING:
    from jsonargparse import ArgumentParser

__all__ = [
    "COLUMNS",
    "EVAL_TASKS",
    "EvalItem",
    "EvalSettings",
    "build_parser",
    "format_table",
    "load_items",
    "main",
    "table_row",
]

#: Evaluation task name -> (dataset task tag, generator task).
EVAL_TASKS = {"generation": ("report", "generate"), "summarization": ("summary", "summarize")}
Dataset = Literal["iu-xray", "mimic-cxr", "llava", "phantoms"]
DATASETS: tuple[str, ...] = typing.get_args(Dataset)

#: Decoding fields without a flag here: ``--seed`` is the bootstrap seed (the checkpoint's
#: decoding seed applies).
NOT_DECODING = ("seed",)

#: Table columns as in the paper: (header, result key, scaled to percent).
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("R-L", "rougeL_coco", True),
    ("M", "meteor", True),
    ("B-2", "bleu2_cxr", True),
    ("BS", "bertscore", True),
    ("CX", "chexbert_sim", True),
    ("RG", "radgraph_cxr", True),
    ("RC", "radcliq_v1", False),
    ("B-4", "bleu4", True),
    ("AUC", "chexpert_auc", True),
)
#: Result key -> the requested metric that produces it (for skip reasons).
_PRODUCER = {"radgraph_cxr": "radgraph", "radcliq_v1": "radcliq", "bleu4": "bleu"}


@dataclass
class EvalItem:
    """One prompt to answer and its reference text."""

    study: Study
    reference: str
    #: The planted finding of a synthetic phantom (scored as finding accuracy), else ``None``.
    finding: str | None = None


_DATASET = "dataset"
_OUTPUT = "output"


@dataclass(kw_only=True)
class EvalSettings:
    """The settings of ``slava-eval``."""

    model: ModelOptions = section(ModelOptions)
    dataset: Dataset = option(help="the dataset to evaluate on", group=_DATASET)
    split: str = option("test", "split to evaluate (default: test)", group=_DATASET)
    tasks: list[Literal["generation", "summarization"]] = option(
        help="tasks to evaluate (default: both)",
        default_factory=lambda: list(EVAL_TASKS),
        group=_DATASET,
    )
    reports: str | None = option(
        None,
        "iu-xray: NLMCXR_reports.tgz or its XML folder; mimic-cxr: the mimic-cxr-reports root "
        "(default: --root)",
        group=_DATASET,
    )
    root: str | None = option(
        None, "mimic-cxr: the MIMIC-CXR-JPG 2.0.0 folder (CSVs, files/)", group=_DATASET
    )
    chexpert_labels: str | None = option(
        None,
        "mimic-cxr: mimic-cxr-2.0.0-chexpert.csv(.gz); the label AUC then uses these reference "
        "labels instead of labelling the references",
        group=_DATASET,
    )
    annotation: str | None = option(
        None, "iu-xray: R2Gen annotation.json (gives the splits)", group=_DATASET
    )
    images: str | None = option(
        None, "iu-xray: image folder; llava: folder of image paths", group=_DATASET
    )
    max_images: int = option(
        1, "iu-xray: views per study, frontal first (default 1; 0: all)", group=_DATASET
    )
    records: str | None = option(
        None, "llava: LLaVA / RADEX / released evaluation JSON(L)", group=_DATASET
    )
    phantoms_n: int = option(100, "phantoms: set size", group=_DATASET)
    phantoms_size: int = option(64, "phantoms: image side", group=_DATASET)
    phantoms_seed: int = option(0, "phantoms: seed", group=_DATASET)
    phantoms_dir: str | None = option(
        None, "phantoms: cache folder (default: the user cache)", group=_DATASET
    )
    limit: int | None = option(None, "evaluate the first N items per task", group=_DATASET)
    predictions: list[str] | None = option(
        None,
        "score these prediction files (JSONL/CSV with question_id and text, one per --tasks "
        "entry, in order) instead of generating: a baseline that cannot be loaded goes through "
        "the same scoring and tables",
        metavar="FILE",
        group=_DATASET,
    )
    decoding: dict[str, Any] = section(
        GenerationSettings, "decoding", DECODING_HELP, partial=True, exclude=NOT_DECODING
    )
    # slava-eval's --device (hardware) is the metrics' device too
    suite: AllMetricsSuite = section(AllMetricsSuite, SUITE_GROUP, exclude=("device",))
    output_dir: str = option(help="folder for predictions and scores.json", group=_OUTPUT)
    compare: list[str] = option(
        help="scores.json files of earlier runs: extra table rows",
        nargs="*",
        default_factory=list,
        group=_OUTPUT,
    )
    wandb_project: str = option("slava-eval", "W&B project", group=_OUTPUT)
    wandb_run_name: str | None = option(
        None, "W&B run name (default: eval-<model id>)", group=_OUTPUT
    )
    no_wandb: bool = option(False, "do not log to W&B", group=_OUTPUT)

    def __post_init__(self) -> None:
        # the metrics run on the model's device
        self.suite = dataclasses.replace(self.suite, device=self.model.device)


_DESCRIPTION = "Generate reports for a dataset split, score them and tabulate the metrics."


def build_parser() -> ArgumentParser:
    """The ``slava-eval`` argument parser (of :class:`EvalSettings`)."""
    return settings_parser(EvalSettings, "slava-eval", _DESCRIPTION)


def _need(args: EvalSettings, *names: str) -> None:
    for name in names:
        value = getattr(args, name.replace("-", "_"))
        if value is None:
            raise ValueError(f"--dataset {args.dataset} needs --{name}")
        if not Path(value).exists():
            raise ValueError(f"--{name} {value!r} does not exist")


def _samples(args: EvalSettings, tags: Sequence[str]) -> list[Sample]:
    """Task samples (``report``/``summary``) of the chosen dataset and split."""
    from slava_lightning.data.reports import report_task_samples

    if args.dataset == "phantoms":
        from slava_lightning.data.phantom_datamodule import ensure_phantom_dataset, phantom_samples

        root, rows = ensure_phantom_dataset(
            args.phantoms_dir, args.phantoms_n, args.phantoms_seed, args.phantoms_size
        )
        chosen = [r for r in rows if r["split"] == args.split]
        return phantom_samples(chosen, root, tags, args.phantoms_seed)
    if args.dataset == "iu-xray":
        from slava_lightning.data.iu_xray import load_iu_xray

        if args.reports is None and args.annotation is None:
            raise ValueError("--dataset iu-xray needs --reports and/or --annotation")
        for name in ("reports", "annotation", "images"):
            if getattr(args, name) is not None:
                _need(args, name)
        studies = load_iu_xray(args.reports, args.annotation, args.images)
        default = "test" if args.annotation is None else None
        in_split = [s for s in studies if (s.metadata.get("split") or default) == args.split]
        keep = args.max_images or None
        return report_task_samples([_cut(s, keep) for s in in_split if s.images], tags)
    if args.dataset == "mimic-cxr":
        from slava_lightning.data.mimic_cxr import load_mimic_cxr

        _need(args, "root")
        if args.reports is not None:
            _need(args, "reports")
        assert args.root is not None  # checked by _need
        studies = load_mimic_cxr(
            args.root, args.split, args.reports, frontal_only=args.max_images == 1
        )
        keep = args.max_images or None
        return report_task_samples([_cut(s, keep) for s in studies], tags)
    from slava_lightning.data.llava import load_llava

    _need(args, "records")
    if args.images is not None:
        _need(args, "images")
    assert args.records is not None  # checked by _need
    samples = load_llava(args.records, args.images, default_task="report")
    return [s for s in samples if s.task in tags]


def _cut(study: Sample, keep: int | None) -> Sample:
    """``study`` with its first ``keep`` views and as many ``<image>`` tokens."""
    from slava_lightning.data.reports import study_sample

    if keep is None or len(study.images) <= keep:
        return study
    meta = {k: v for k, v in study.metadata.items() if k not in ("findings", "impression")}
    return study_sample(
        study.id,
        study.images[:keep],
        str(study.metadata.get("findings") or ""),
        str(study.metadata.get("impression") or ""),
        meta,
    )


def load_items(args: EvalSettings) -> dict[str, list[EvalItem]]:
    """Evaluation items per task (``generation``/``summarization``) of the parsed arguments.

    Raises:
        ValueError: a missing dataset path (named), an empty split, or a record without a reference.
    """
    tags = [EVAL_TASKS[t][0] for t in args.tasks]
    samples = _samples(args, tags)
    out: dict[str, list[EvalItem]] = {}
    for task in args.tasks:
        tag, gen_task = EVAL_TASKS[task]
        items = []
        for s in (s for s in samples if s.task == tag):
            if not s.turns or s.turns[-1].role != "assistant":
                raise ValueError(f"record {s.id!r} has no reference answer (last assistant turn)")
            prompt = list(s.turns[:-1])
            meta: dict[str, Any] = {"images": list(s.images)}
            if "study_id" in s.metadata:  # MIMIC-CXR: the key of its CheXpert label file
                meta["study_id"] = str(s.metadata["study_id"])
            study = Study(s.id, list(s.images), task=gen_task, turns=prompt, metadata=meta)
            finding = s.metadata.get("finding") if s.metadata.get("synthetic") else None
            items.append(EvalItem(study, s.turns[-1].text, finding))
        if args.limit is not None:
            items = items[: args.limit]
        if not items:
            raise ValueError(
                f"--dataset {args.dataset} has no {task} items in split {args.split!r}"
            )
        out[task] = items
    return out


def _check_annotations(suite: SuiteSetup, items: dict[str, list[EvalItem]]) -> None:
    """Before any generation: RadGraph annotations (when given) cover every item's id."""
    cfg = suite.config
    if "radgraph" not in suite.metrics or cfg.radgraph_predictions is None:
        return
    for flag, anns in (
        ("--radgraph-predictions", cfg.radgraph_predictions),
        ("--radgraph-references", cfg.radgraph_references or {}),
    ):
        for task, task_items in items.items():
            missing = [it.study.id for it in task_items if it.study.id not in anns]
            if missing:
                raise ValueError(
                    f"{flag} has no annotation of {task} report {missing[0]!r} "
                    f"({len(missing)} of {len(task_items)} missing; keys are question_id)"
                )


def table_row(result: SuiteResult) -> list[str]:
    """The table cells of one result: percent (RC raw), ``-`` where skipped or not requested."""
    cells = []
    for _, key, percent in COLUMNS:
        value = result.corpus.get(key)
        if value is None or math.isnan(value):
            cells.append("-")
        else:
            cells.append(f"{100 * value:.2f}" if percent else f"{value:.2f}")
    return cells


def format_table(title: str, rows: Sequence[tuple[str, Sequence[str]]]) -> str:
    """A plain-text table: ``title``, a header of :data:`COLUMNS`, one line per (model, cells)."""
    headers = ["Methods"] + [h for h, _, _ in COLUMNS]
    body = [[name, *cells] for name, cells in rows]
    widths = [max(len(r[i]) for r in [headers, *body]) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        return "  ".join([first] + [c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)])

    return "\n".join([title, line(headers), *(line(r) for r in body)])


def _skip_reasons(result: SuiteResult) -> dict[str, str]:
    """Reasons for table columns without a value, by column key."""
    reasons = {}
    for _, key, _ in COLUMNS:
        if key in result.corpus:
            continue
        producer = _PRODUCER.get(key, key)
        reasons[key] = result.skipped.get(producer, "not requested (--metrics)")
    return reasons


def _write_jsonl(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")


def _log_wandb(args: EvalSettings, model_id: str, payload: dict[str, Any]) -> str:
    """Log the tables and corpus values to W&B; returns the mode used."""
    import wandb

    from slava_lightning.training.logging import wandb_key_configured

    mode: Literal["online", "offline"] = "online" if wandb_key_configured() else "offline"
    run = wandb.init(
        project=args.wandb_project,
        name=args.wandb_run_name or f"eval-{model_id}",
        dir=args.output_dir,
        mode=mode,
        job_type="eval",
        config={"model_id": model_id, "dataset": args.dataset, "split": args.split},
    )
    try:
        headers: list[str | int] = ["Methods", *(h for h, _, _ in COLUMNS)]
        for task, entry in payload["tasks"].items():
            run.log(
                {f"{task}/table": wandb.Table(columns=headers, data=[[model_id, *entry["row"]]])}
            )
            run.summary.update(
                {f"{task}/{k}": v for k, v in entry["corpus"].items() if v is not None}
            )
    finally:
        run.finish()
    return mode


def run(args: EvalSettings) -> int:
    """Execute parsed arguments (see :func:`main`); returns the exit status."""
    settings_from_args(args.decoding)  # bad decoding options fail before the model loads
    configure_threads(args.model.threads, "slava-eval")  # before torch loads
    suite = suite_from_args(args.suite)
    metrics, cfg = suite.metrics, suite.config
    earlier = [_read_scores(Path(f)) for f in args.compare]
    items = load_items(args)
    _check_annotations(suite, items)
    labels = _label_table(args)
    if args.predictions is not None:
        from slava_lightning.evaluation.predictions import PredictionFiles

        if args.model.checkpoint or args.model.hf_llava or args.model.preset or args.model.config:
            raise ValueError("--predictions replaces the model: drop the model source options")

        source: Any = PredictionFiles(args.predictions, args.tasks, args.model.model_id)
        settings = None
    else:
        source, loaded = load_generator(args.model, prog="slava-eval")
        settings = settings_from_args(args.decoding, loaded.generation)
    model_id = source.model_id
    out_dir = Path(args.output_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    payload: dict[str, Any] = {
        "model_id": model_id,
        "dataset": args.dataset,
        "split": args.split,
        "metrics": metrics,
        "tasks": {},
    }
    tables = []
    for task, task_items in items.items():
        ids = [it.study.id for it in task_items]
        refs = [it.reference for it in task_items]
        if settings is None:
            texts, records = source.texts(task, ids)
        else:
            reports = source.generate([it.study for it in task_items], settings)
            records = [record(r, model_id) for r in reports]
            texts = [r.text for r in reports]
        _write_jsonl(out_dir / f"{task}.jsonl", records)
        _write_jsonl(
            out_dir / f"{task}.references.jsonl",
            [{"question_id": i, "text": t} for i, t in zip(ids, refs, strict=True)],
        )
        task_cfg = cfg
        if labels is not None:
            from slava_lightning.evaluation.label_file import labels_for

            keys = [str(it.study.metadata.get("study_id", it.study.id)) for it in task_items]
            given = labels_for(labels, keys, f"--chexpert-labels {args.chexpert_labels}")
            task_cfg = dataclasses.replace(cfg, chexpert_reference_labels=given)
        result = score_reports(texts, refs, metrics, task_cfg, ids=ids)
        result.skipped = {**suite.skipped, **result.skipped}
        entry = result_to_json(result, ids)
        accuracy = None
        if task == "generation":
            accuracy = finding_accuracy(texts, task_items)
        if accuracy is not None:
            entry["finding_accuracy"] = accuracy
        entry["row"] = table_row(result)
        entry["column_skips"] = _skip_reasons(result)
        payload["tasks"][task] = entry
        rows = [(model_id, entry["row"])]
        rows += [(s["model_id"], s["tasks"][task]["row"]) for s in earlier if task in s["tasks"]]
        title = f"{task} ({args.dataset}, {args.split}, n={len(ids)}"
        title += ")" if accuracy is None else f", finding accuracy {accuracy:.3f})"
        tables.append(format_table(title, rows))
        for key, reason in entry["column_skips"].items():
            print(f"slava-eval: {task}: {key} skipped: {reason}", file=sys.stderr)
    (out_dir / "scores.json").write_text(json.dumps(payload, indent=2, allow_nan=False) + "\n")
    print("\n\n".join(tables))
    if not args.no_wandb:
        mode = _log_wandb(args, model_id, payload)
        print(f"slava-eval: logged to W&B project {args.wandb_project!r} ({mode})", file=sys.stderr)
    return 0


def _label_table(args: EvalSettings) -> dict[str, list[float]] | None:
    """The ``--chexpert-labels`` file as ``{study_id: labels}``, ``None`` when not given."""
    if args.chexpert_labels is None:
        return None
    if args.dataset != "mimic-cxr":
        raise ValueError("--chexpert-labels applies to --dataset mimic-cxr (its study ids)")
    from slava_lightning.evaluation.label_file import read_chexpert_label_file

    return read_chexpert_label_file(args.chexpert_labels)


def finding_accuracy(texts: Sequence[str], items: Sequence[EvalItem]) -> float | None:
    """Share of phantom reports whose first sentence names the planted finding (``None``
    unless every item is a phantom with a known finding; see ``ReportEvaluation``)."""
    if not items or any(it.finding is None for it in items):
        return None
    from slava_lightning.data.phantoms import named_finding

    hits = [named_finding(t) == it.finding for t, it in zip(texts, items, strict=True)]
    return sum(hits) / len(hits)


def _read_scores(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise ValueError(f"--compare {str(path)!r} is unreadable: {err}") from None
    if not isinstance(data, dict) or "tasks" not in data or "model_id" not in data:
        raise ValueError(f"--compare {str(path)!r} is not a slava-eval scores.json")
    return data


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``slava-eval``; returns 0 on success, 2 with a message on bad input."""
    args = parse_settings(EvalSettings, argv, "slava-eval", _DESCRIPTION)
    try:
        return run(args)
    except ValueError as err:
        print(f"slava-eval: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
