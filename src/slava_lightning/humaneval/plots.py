"""PNG plots of a human evaluation: score distributions and means with intervals (Figure 3 style).

Figures are drawn on matplotlib's Agg canvas directly (no pyplot), so no global backend is set
and nothing needs a display.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from slava_lightning.humaneval.analysis import Analysis

__all__ = ["plot_distributions", "plot_means"]


def _figure(n_panels: int) -> tuple[Figure, list[Axes]]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4.2 * n_panels, 3.4), layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(1, n_panels, squeeze=False)[0]
    return fig, list(axes)


def plot_distributions(result: Analysis, task: str, path: Path) -> Path:
    """Share of each score (0-5) per system, one panel per criterion; written to ``path``."""
    fig, axes = _figure(len(result.criteria))
    width = 0.8 / max(len(result.systems), 1)
    for ax, criterion in zip(axes, result.criteria, strict=True):
        scores = np.arange(0, 6)
        for k, system in enumerate(result.systems):
            given = [
                r[criterion] for r in result.ratings if r["task"] == task and r["system"] == system
            ]
            counts = np.array([given.count(int(s)) for s in scores], dtype=float)
            share = counts / counts.sum() if counts.sum() else counts
            ax.bar(
                scores + (k - (len(result.systems) - 1) / 2) * width,
                share,
                width,
                label=f"{system} (n={len(given)})",
            )
        ax.set_title(criterion)
        ax.set_xlabel("score")
        ax.set_xticks(scores)
        ax.set_ylim(0, 1)
    axes[0].set_ylabel("share of ratings")
    axes[-1].legend(fontsize=8)
    fig.suptitle(f"Human evaluation, {task}: score distributions")
    fig.savefig(path, dpi=110)
    return path


def plot_means(result: Analysis, task: str, path: Path) -> Path:
    """Mean score per criterion and system with its bootstrap interval; written to ``path``."""
    fig, (ax,) = _figure(1)
    x = np.arange(len(result.criteria))
    width = 0.8 / max(len(result.systems), 1)
    for k, system in enumerate(result.systems):
        stats = [result.means[task][system].get(c) or {} for c in result.criteria]
        means = np.array([s.get("mean") if s.get("mean") is not None else np.nan for s in stats])
        low = np.array([s.get("low") if s.get("low") is not None else np.nan for s in stats])
        high = np.array([s.get("high") if s.get("high") is not None else np.nan for s in stats])
        err = np.vstack([means - low, high - means])
        ax.bar(
            x + (k - (len(result.systems) - 1) / 2) * width,
            means,
            width,
            yerr=np.nan_to_num(err),
            capsize=3,
            label=system,
        )
    ax.set_xticks(x, result.criteria)
    ax.set_ylim(0, 5.9)  # headroom for the legend above a bar at 5
    ax.set_yticks(range(6))
    ax.set_ylabel("mean score (0-5)")
    conf = int(round(100 * result.settings["confidence"]))
    ax.set_title(f"{task}: means with {conf}% bootstrap CI")
    ax.legend(fontsize=8, loc="upper center", ncols=len(result.systems))
    fig.savefig(path, dpi=110)
    return path
