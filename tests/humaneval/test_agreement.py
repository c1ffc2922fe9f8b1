"""Kappa and alpha against published values, hand computations and the definitions."""

from __future__ import annotations

import numpy as np
import pytest

from slava_lightning.humaneval.agreement import krippendorff_alpha, weighted_kappa

from .reference_stats import alpha, kappa_quadratic

NAN = np.nan
# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", example C: four observers,
# twelve units, missing values; published alphas: nominal .743, ordinal .815, interval .849.
KRIPPENDORFF_C = np.array([
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
    [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
])  # fmt: skip


@pytest.mark.parametrize(("level", "published"),
                         [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849)])  # fmt: skip
def test_alpha_reproduces_krippendorffs_published_example(level, published):
    assert krippendorff_alpha(KRIPPENDORFF_C, [1, 2, 3, 4, 5], level) == pytest.approx(
        published, abs=5e-4
    )


@pytest.mark.parametrize("level", ["ordinal", "interval"])
def test_alpha_equals_the_definition(level):
    units = [[int(v) for v in col if np.isfinite(v)] for col in KRIPPENDORFF_C.T]
    assert krippendorff_alpha(KRIPPENDORFF_C, [1, 2, 3, 4, 5], level) == pytest.approx(
        alpha(units, [1, 2, 3, 4, 5], level)
    )


def test_quadratic_kappa_hand_computed():
    # a = (0, 1, 2), b = (0, 2, 2) on labels 0..2: observed weighted disagreement
    # sum w*O = (1-2)^2 / 3 = 1/3; marginals a = (1/3, 1/3, 1/3), b = (1/3, 0, 2/3):
    # sum w*E = 1/9 * [0 + 0 + 4*2 + 1 + 0 + 1*2 + 4 + 0 + 0] = 15/9; kappa = 1 - (1/3)/(15/9) = 0.8
    assert weighted_kappa([0, 1, 2], [0, 2, 2], [0, 1, 2]) == pytest.approx(0.8)
    rng = np.random.default_rng(0)
    a, b = rng.integers(0, 6, 40), rng.integers(0, 6, 40)
    assert weighted_kappa(a, b, range(6)) == pytest.approx(kappa_quadratic(a, b, range(6)))


def test_undefined_agreement_is_none():
    assert weighted_kappa([3, 3, 3], [3, 3, 3], range(6)) is None
    assert weighted_kappa([3], [4], range(6)) is None
    assert krippendorff_alpha(np.array([[2.0, 2.0], [2.0, 2.0]]), range(6)) is None
    assert krippendorff_alpha(np.array([[1.0, NAN], [NAN, 2.0]]), range(6)) is None
    with pytest.raises(ValueError, match="paired"):
        weighted_kappa([1, 2], [1], range(6))
