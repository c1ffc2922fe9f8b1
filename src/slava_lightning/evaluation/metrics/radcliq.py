"""RadCliQ v0 and v1 (Yu et al., CXR-Report-Metric) from the four component scores.

Each report's features ``[RadGraph combined, BERTScore F, CheXbert similarity, BLEU-2]`` are
standardised with the published means and standard deviations, then combined linearly with the
published coefficients. Lower is better.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["FEATURES", "RADCLIQ", "radcliq", "radcliq_per_report"]

FEATURES = ("radgraph", "bertscore", "semb", "bleu2")

# Published constants (CXR-Report-Metric, the scaler and linear model of each version).
RADCLIQ: dict[str, dict[str, np.ndarray | float]] = {
    "v0": {
        "mean": np.array(
            [0.5398376019082272, 0.6312549595000001, 0.7716797866672277, 0.4607372064809605]
        ),
        "scale": np.array(
            [0.3018344440559102, 0.22466950746141123, 0.24750333805236252, 0.30336670936092264]
        ),
        "coef": np.array(
            [-0.4796252644863446, -0.6762170542369337, -0.46366575161751994, 0.2165861905287535]
        ),
        "intercept": 1.641666666666666,
    },
    "v1": {
        "mean": np.array(
            [0.5379231241355762, 0.6175725628125001, 0.7647942121140658, 0.44738335396242174]
        ),
        "scale": np.array(
            [0.3028258411486429, 0.22430938459304575, 0.2539439110169773, 0.2989271671041838]
        ),
        "coef": np.array(
            [-0.37708368261038905, -0.37030009974480316, -0.25261621789593225, 4.3150484050e-12]
        ),
        "intercept": 2.4665525613e-10,
    },
}


def radcliq_per_report(
    radgraph: Sequence[float],
    bertscore: Sequence[float],
    semb: Sequence[float],
    bleu2: Sequence[float],
    version: str = "v1",
) -> list[float]:
    """Per-report RadCliQ from the per-report component scores.

    Examples:
        >>> round(radcliq_per_report([0.5], [0.6], [0.7], [0.4], "v0")[0], 8)
        1.88996215
    """
    if version not in RADCLIQ:
        raise ValueError(f"version must be one of {sorted(RADCLIQ)}, got {version!r}")
    columns = [np.asarray(c, dtype=np.float64) for c in (radgraph, bertscore, semb, bleu2)]
    lengths = {len(c) for c in columns}
    if len(lengths) != 1:
        raise ValueError(
            "radgraph, bertscore, semb and bleu2 must have equal lengths, got "
            + ", ".join(f"{n}={len(c)}" for n, c in zip(FEATURES, columns, strict=True))
        )
    x = np.stack(columns, axis=1) if lengths != {0} else np.zeros((0, 4))
    p = RADCLIQ[version]
    z = (x - p["mean"]) / p["scale"]
    return (z @ p["coef"] + p["intercept"]).tolist()


def radcliq(
    radgraph: Sequence[float],
    bertscore: Sequence[float],
    semb: Sequence[float],
    bleu2: Sequence[float],
    version: str = "v1",
) -> float:
    """Mean RadCliQ over reports."""
    values = radcliq_per_report(radgraph, bertscore, semb, bleu2, version)
    return float(np.mean(values)) if values else float("nan")
