"""CIDEr-D parity with pycocoevalcap's ``Cider`` on real IU-Xray report pairs."""

from __future__ import annotations

import numpy as np
import pytest

from slava_lightning.evaluation.metrics.cider import cider_d, cider_d_per_report


def _coco(preds, refs):
    from pycocoevalcap.cider.cider import Cider

    gts = {i: r if isinstance(r, list) else [r] for i, r in enumerate(refs)}
    return Cider().compute_score(gts, {i: [p] for i, p in enumerate(preds)})


def test_equals_pycocoevalcap(iu_pairs):
    preds, refs = iu_pairs
    expected, expected_per = _coco(preds, refs)
    ours = cider_d_per_report(preds, refs)
    np.testing.assert_allclose(ours, expected_per, rtol=0, atol=1e-9)
    assert cider_d(preds, refs) == pytest.approx(expected, abs=1e-9)


def test_multiple_references_and_unseen_ngrams(iu_pairs):
    preds, refs = iu_pairs
    preds = [*preds[:60], "", "zzz qqq", "a"]
    multi = [[r, refs[(i + 5) % len(refs)]] for i, r in enumerate(refs[:60])]
    multi += [["no acute disease"], ["heart size normal", "lungs clear"], ["a b"]]
    np.testing.assert_allclose(cider_d_per_report(preds, multi), _coco(preds, multi)[1], atol=1e-9)


def test_hand_computed_value():
    per = cider_d_per_report(["no acute disease", "heart normal"], ["no acute disease", "x y"])
    # identical 3-token pair: cosine 1 for orders 1-3, no 4-grams on either side (0), no length
    # penalty: (1 + 1 + 1 + 0) / 4 * 10
    assert per[0] == pytest.approx(7.5, abs=1e-12)
    assert per[1] == 0.0  # nothing shared


def test_bad_arguments():
    with pytest.raises(ValueError, match="at least one"):
        cider_d_per_report([], [])
    with pytest.raises(ValueError, match="n must be"):
        cider_d_per_report(["a"], ["a"], n=0)
    with pytest.raises(ValueError, match="sigma"):
        cider_d_per_report(["a"], ["a"], sigma=0)
    with pytest.raises(ValueError, match="differ in length"):
        cider_d(["a"], ["a", "b"])
