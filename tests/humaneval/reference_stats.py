"""Agreement statistics written out from their definitions, to check the library's values against.

Quadratic-weighted Cohen's kappa: 1 - sum(w * O) / sum(w * E), with w_ij = (i - j)^2, O the
observed joint distribution of the two raters and E the product of their marginals (Cohen 1968).
Krippendorff's alpha: 1 - D_o / D_e from the coincidence matrix of pairable values, with the
ordinal distance d(c, k) = (sum_{g=c..k} n_g - (n_c + n_k) / 2)^2 (Krippendorff 2011,
"Computing Krippendorff's alpha-reliability").
"""

from __future__ import annotations

import numpy as np


def kappa_quadratic(a, b, labels) -> float:
    k = len(labels)
    pos = {v: i for i, v in enumerate(labels)}
    observed = np.zeros((k, k))
    for x, y in zip(a, b, strict=True):
        observed[pos[x], pos[y]] += 1
    observed /= observed.sum()
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0))
    i, j = np.indices((k, k))
    w = (i - j) ** 2
    return float(1 - (w * observed).sum() / (w * expected).sum())


def alpha(units: list[list[int]], labels, level: str = "ordinal") -> float:
    """``units``: per unit, the values its raters gave (missing ones left out)."""
    k = len(labels)
    pos = {v: i for i, v in enumerate(labels)}
    o = np.zeros((k, k))
    for values in units:
        m = len(values)
        if m < 2:
            continue
        for p, x in enumerate(values):
            for q, y in enumerate(values):
                if p != q:
                    o[pos[x], pos[y]] += 1 / (m - 1)
    n_c = o.sum(axis=1)
    n = n_c.sum()
    d = np.zeros((k, k))
    for c in range(k):
        for e in range(k):
            if level == "ordinal":
                lo, hi = min(c, e), max(c, e)
                d[c, e] = (n_c[lo : hi + 1].sum() - (n_c[c] + n_c[e]) / 2) ** 2
            else:  # interval
                d[c, e] = (labels[c] - labels[e]) ** 2
    d_o = (o * d).sum()
    d_e = (np.outer(n_c, n_c) * d).sum() / (n - 1)
    return float(1 - d_o / d_e)
