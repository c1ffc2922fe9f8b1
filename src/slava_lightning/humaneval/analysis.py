"""Unblinding and analysing a study's answers.

The unit of analysis is the case: an item's score is the mean of its raters' scores, and a
system's score on a task is the mean over the task's cases. Confidence intervals are percentile
bootstraps over cases, with the same seeded draws for every system (so they are paired), and a
pair of systems is compared by the per-case difference (bootstrap interval of its mean, and the
Wilcoxon signed-rank test from scipy, zero differences dropped as in Wilcoxon's original test).
"""

from __future__ import annotations

import csv
import itertools
import json
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from slava_lightning.humaneval.agreement import krippendorff_alpha, weighted_kappa
from slava_lightning.humaneval.answers import Answer, latest_answers
from slava_lightning.humaneval.study import Study, load_key, load_study

__all__ = ["Analysis", "Completeness", "analyse_study", "case_matrix", "write_analysis"]


@dataclass
class Completeness:
    """What the answer files hold, per rater."""

    answered: dict[str, int]
    missing: dict[str, list[str]]
    revised: dict[str, int]
    unrated_items: list[str]
    total: int

    def complete(self) -> bool:
        """Whether every rater answered every item."""
        return not any(self.missing.values())

    def lines(self) -> list[str]:
        """Human-readable report."""
        out = []
        for rater, n in self.answered.items():
            line = f"{rater}: {n} of {self.total} items answered"
            if self.missing[rater]:
                line += f", {len(self.missing[rater])} missing (first: {self.missing[rater][0]})"
            if self.revised[rater]:
                line += f", {self.revised[rater]} revised (last answer kept)"
            out.append(line)
        if self.unrated_items:
            out.append(f"{len(self.unrated_items)} item(s) rated by nobody (left out)")
        return out


@dataclass
class Analysis:
    """Everything ``analyse`` reports (the JSON of ``summary.json``)."""

    systems: list[str]
    tasks: list[str]
    criteria: list[str]
    completeness: Completeness
    means: dict[str, Any] = field(default_factory=dict)
    paired: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    agreement: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    ratings: list[dict[str, Any]] = field(default_factory=list)


def _count_revisions(study: Study) -> dict[str, int]:
    revised = {}
    for rater in study.raters:
        path = study.answers_file(rater)
        if not path.exists():
            revised[rater] = 0
            continue
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        revised[rater] = len(lines) - len({json.loads(ln)["item"] for ln in lines})
    return revised


def _completeness(study: Study, latest: dict[str, dict[str, Answer]]) -> Completeness:
    missing = {r: [i for i in study.order[r] if i not in latest[r]] for r in study.raters}
    rated = {i for answers in latest.values() for i in answers}
    return Completeness(
        {r: len(latest[r]) for r in study.raters},
        missing,
        _count_revisions(study),
        sorted(i for i in study.items if i not in rated),
        len(study.items),
    )


def case_matrix(
    ratings: Sequence[dict[str, Any]], task: str, criterion: str, systems: Sequence[str]
) -> tuple[list[str], np.ndarray]:
    """Cases of ``task`` and a ``[cases, systems]`` matrix of rater-mean scores (``nan``: unrated)."""
    sums: dict[tuple[str, str], list[float]] = {}
    for row in ratings:
        if row["task"] == task:
            sums.setdefault((row["case"], row["system"]), []).append(row[criterion])
    cases = sorted({case for case, _ in sums})
    out = np.full((len(cases), len(systems)), np.nan)
    for i, case in enumerate(cases):
        for j, system in enumerate(systems):
            if (case, system) in sums:
                out[i, j] = float(np.mean(sums[case, system]))
    return cases, out


def _interval(replicates: np.ndarray, confidence: float) -> tuple[float | None, float | None]:
    finite = replicates[np.isfinite(replicates)]
    if finite.size == 0:
        return None, None
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(finite, [tail, 100 - tail])
    return float(low), float(high)


def _means(matrix: np.ndarray, idx: np.ndarray, confidence: float) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for j in range(matrix.shape[1]):
        col = matrix[:, j]
        n = int(np.isfinite(col).sum())
        if n == 0:
            out.append({"mean": None, "low": None, "high": None, "n": 0})
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # a draw with no rated case
            low, high = _interval(np.nanmean(col[idx], axis=1), confidence)
        out.append({"mean": float(np.nanmean(col)), "low": low, "high": high, "n": n})
    return out


def _paired(
    a: np.ndarray, b: np.ndarray, n_boot: int, seed: int, confidence: float
) -> dict[str, Any]:
    from scipy.stats import wilcoxon

    keep = np.isfinite(a) & np.isfinite(b)
    d = a[keep] - b[keep]
    if d.size == 0:
        return {"n": 0, "mean_diff": None, "low": None, "high": None, "wilcoxon_p": None}
    idx = np.random.default_rng(seed).integers(0, d.size, size=(n_boot, d.size))
    low, high = _interval(d[idx].mean(axis=1), confidence)
    # With no case differing, nothing speaks against equality (scipy would return nan).
    p = 1.0 if np.all(d == 0) else float(wilcoxon(d, zero_method="wilcox").pvalue)
    return {
        "n": int(d.size),
        "mean_diff": float(d.mean()),
        "low": low,
        "high": high,
        "wilcoxon_p": p,
    }


def _agreement(study: Study, latest: dict[str, dict[str, Answer]]) -> dict[str, Any]:
    low, high = study.scale
    labels = list(range(low, high + 1))
    items = sorted(study.items)
    out: dict[str, Any] = {}
    for criterion in study.criteria:
        matrix = np.full((len(study.raters), len(items)), np.nan)
        for r, rater in enumerate(study.raters):
            for k, item in enumerate(items):
                if item in latest[rater]:
                    matrix[r, k] = latest[rater][item].scores[criterion]
        kappas = {}
        for (i, ra), (j, rb) in itertools.combinations(enumerate(study.raters), 2):
            both = np.isfinite(matrix[i]) & np.isfinite(matrix[j])
            kappas[f"{ra}/{rb}"] = {
                "kappa": weighted_kappa(
                    matrix[i, both].astype(int), matrix[j, both].astype(int), labels, "quadratic"
                ),
                "n": int(both.sum()),
            }
        out[criterion] = {
            "cohen_kappa_quadratic": kappas,
            "krippendorff_alpha_ordinal": krippendorff_alpha(matrix, labels, "ordinal"),
            "krippendorff_alpha_interval": krippendorff_alpha(matrix, labels, "interval"),
        }
    return out


def analyse_study(
    root: Path,
    n_boot: int = 2000,
    seed: int = 0,
    confidence: float = 0.95,
    require_complete: bool = False,
) -> Analysis:
    """Unblind the answers of the study in ``root`` and compute means, comparisons and agreement.

    Args:
        root: the study folder.
        n_boot: bootstrap resamples of cases.
        seed: bootstrap seed.
        confidence: interval coverage.
        require_complete: raise when any rater left an item unanswered (otherwise the gaps are
            counted in :attr:`Analysis.completeness` and the analysis uses what there is).

    Raises:
        ValueError: a bad study, key or answer file (named, with the line), no answer at all, or
            missing answers under ``require_complete``.
    """
    if n_boot < 1:
        raise ValueError(f"--bootstrap must be >= 1, got {n_boot}")
    study = load_study(root)
    systems, key = load_key(root, study)
    latest = latest_answers(study)
    done = _completeness(study, latest)
    if not any(latest.values()):
        raise ValueError(f"{study.answers_dir}: no answers yet")
    if require_complete and not done.complete():
        raise ValueError("answers are incomplete: " + "; ".join(done.lines()))
    tasks = list(dict.fromkeys(key[i]["task"] for i in sorted(key)))
    ratings = [
        {"rater": rater, "item": item, **key[item], **a.scores, "comment": a.comment}
        for rater in study.raters
        for item, a in sorted(latest[rater].items())
    ]
    result = Analysis(systems, tasks, list(study.criteria), done, ratings=ratings)
    result.settings = {
        "bootstrap": n_boot,
        "seed": seed,
        "confidence": confidence,
        "unit": "case (mean over raters)",
        "kappa_weights": "quadratic",
        "alpha_levels": ["ordinal", "interval"],
    }
    for t, task in enumerate(tasks):
        result.means[task], result.paired[task] = {s: {} for s in systems}, []
        for c, criterion in enumerate(study.criteria):
            _, matrix = case_matrix(ratings, task, criterion, systems)
            if matrix.shape[0] == 0:
                continue
            rng = np.random.default_rng([seed, t, c])
            idx = rng.integers(0, matrix.shape[0], size=(n_boot, matrix.shape[0]))
            for system, stats in zip(systems, _means(matrix, idx, confidence), strict=True):
                result.means[task][system][criterion] = stats
            for (i, a), (j, b) in itertools.combinations(enumerate(systems), 2):
                stats = _paired(matrix[:, i], matrix[:, j], n_boot, seed, confidence)
                result.paired[task].append({"a": a, "b": b, "criterion": criterion, **stats})
    result.agreement = _agreement(study, latest)
    return result


def _fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def markdown_report(result: Analysis) -> str:
    """The analysis as Markdown tables."""
    conf = int(round(100 * result.settings["confidence"]))
    lines = ["# Human evaluation", "", *(f"- {ln}" for ln in result.completeness.lines()), ""]
    for task in result.tasks:
        lines += [
            f"## {task}: mean score (0-5) and {conf}% CI",
            "",
            "| System | " + " | ".join(result.criteria) + " |",
            "|---" * (len(result.criteria) + 1) + "|",
        ]
        for system in result.systems:
            cells = []
            for criterion in result.criteria:
                s = result.means[task][system].get(criterion)
                cells.append(
                    "-"
                    if not s or s["mean"] is None
                    else f"{s['mean']:.2f} [{_fmt(s['low'])}, {_fmt(s['high'])}] (n={s['n']})"
                )
            lines.append(f"| {system} | " + " | ".join(cells) + " |")
        lines += [
            "",
            f"### {task}: paired differences (A - B)",
            "",
            "| A | B | criterion | n | mean diff | CI | Wilcoxon p |",
            "|---" * 7 + "|",
        ]
        for p in result.paired[task]:
            lines.append(
                f"| {p['a']} | {p['b']} | {p['criterion']} | {p['n']} | "
                f"{_fmt(p['mean_diff'])} | [{_fmt(p['low'])}, {_fmt(p['high'])}] | "
                f"{_fmt(p['wilcoxon_p'], 4)} |"
            )
        lines.append("")
    lines += [
        "## Inter-rater agreement",
        "",
        "Cohen's kappa with quadratic weights per rater pair; Krippendorff's alpha "
        "(ordinal, and interval) over all raters.",
        "",
        "| criterion | kappa (pair: value, n) | alpha ordinal | alpha interval |",
        "|---|---|---|---|",
    ]
    for criterion, agr in result.agreement.items():
        kappas = "; ".join(
            f"{pair}: {_fmt(v['kappa'], 3)} (n={v['n']})"
            for pair, v in agr["cohen_kappa_quadratic"].items()
        )
        lines.append(
            f"| {criterion} | {kappas or '-'} | "
            f"{_fmt(agr['krippendorff_alpha_ordinal'], 3)} | "
            f"{_fmt(agr['krippendorff_alpha_interval'], 3)} |"
        )
    return "\n".join(lines) + "\n"


def write_analysis(result: Analysis, out: Path) -> list[Path]:
    """Write ``summary.json``, ``report.md``, ``ratings.csv`` and the PNG plots to ``out``."""
    from slava_lightning.humaneval.plots import plot_distributions, plot_means

    out.mkdir(parents=True, exist_ok=True)
    summary = {
        "systems": result.systems,
        "tasks": result.tasks,
        "criteria": result.criteria,
        "completeness": {
            "total": result.completeness.total,
            "answered": result.completeness.answered,
            "missing": result.completeness.missing,
            "revised": result.completeness.revised,
            "unrated_items": result.completeness.unrated_items,
        },
        "means": result.means,
        "paired": result.paired,
        "agreement": result.agreement,
        "settings": result.settings,
    }
    written = [out / "summary.json", out / "report.md", out / "ratings.csv"]
    written[0].write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    written[1].write_text(markdown_report(result), encoding="utf-8")
    fields = ["rater", "item", "task", "case", "system", *result.criteria, "comment"]
    with written[2].open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(result.ratings)
    for task in result.tasks:
        written.append(plot_distributions(result, task, out / f"distribution_{task}.png"))
        written.append(plot_means(result, task, out / f"means_{task}.png"))
    return written
