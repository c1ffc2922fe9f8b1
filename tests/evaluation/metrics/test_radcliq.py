"""RadCliQ v0 / v1 reproduce the check rows of the reference (metrics.md)."""

from __future__ import annotations

import pytest

from slava_lightning.evaluation.metrics.radcliq import radcliq, radcliq_per_report

CHECK_ROWS = [
    ([0.5, 0.6, 0.7, 0.4], 1.88996215, 0.14068753),
    ([1.0, 1.0, 1.0, 1.0], -0.24213342, -1.44069028),
    ([0.0, 0.0, 0.0, 0.0], 5.5161608, 2.45014308),
]


@pytest.mark.parametrize(("features", "v0", "v1"), CHECK_ROWS)
def test_check_rows(features, v0, v1):
    columns = [[x] for x in features]
    assert radcliq_per_report(*columns, version="v0")[0] == pytest.approx(v0, abs=5e-8)
    assert radcliq_per_report(*columns, version="v1")[0] == pytest.approx(v1, abs=5e-9)


def test_mean_over_reports():
    columns = [[row[0][i] for row in CHECK_ROWS] for i in range(4)]
    expected = sum(row[2] for row in CHECK_ROWS) / 3
    assert radcliq(*columns, version="v1") == pytest.approx(expected, abs=1e-8)


def test_bad_arguments():
    with pytest.raises(ValueError, match="version"):
        radcliq([1.0], [1.0], [1.0], [1.0], version="v2")
    with pytest.raises(ValueError, match="bleu2=2"):
        radcliq([1.0], [1.0], [1.0], [1.0, 0.5])
