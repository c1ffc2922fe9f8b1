"""Collation (padding sides, labels, image order) and skip accounting with corrupt/missing images."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from PIL import Image

from slava_lightning.data.collate import SlavaCollator
from slava_lightning.data.images import ImageTransform
from slava_lightning.data.llava import LlavaDataModule, load_llava
from slava_lightning.data.records import Sample
from slava_lightning.prompts import IGNORE_INDEX, Turn, image_token_id, tokenize_conversation


def _png(path, value):
    Image.fromarray(np.full((20, 30), value, dtype=np.uint8)).save(path)
    return str(path)


def _sample(i, images, answer="Clear lungs."):
    tokens = "<image>\n" * len(images)
    return Sample(
        str(i), images, [Turn("user", tokens + f"Case {i}?"), Turn("assistant", answer)], "report"
    )


def test_training_batch(tmp_path, tokenizer, processing):
    a, b, c = (_png(tmp_path / f"{n}.png", v) for n, v in (("a", 0), ("b", 128), ("c", 255)))
    samples = [_sample(0, [a]), _sample(1, [b, c], "A much longer answer than the first one.")]
    col = SlavaCollator(tokenizer, ImageTransform(processing))
    batch = col(samples)
    ref = [tokenize_conversation(tokenizer, s.turns) for s in samples]
    n0 = len(ref[0].input_ids)
    assert batch["input_ids"].shape == (2, len(ref[1].input_ids))
    assert batch["input_ids"][0, :n0].tolist() == ref[0].input_ids
    assert (batch["input_ids"][0, n0:] == tokenizer.eos_token_id).all()  # no pad token: eos
    assert batch["attention_mask"][0].tolist() == [1] * n0 + [0] * (
        batch["input_ids"].shape[1] - n0
    )
    assert batch["labels"][0, :n0].tolist() == ref[0].labels
    assert (batch["labels"][0, n0:] == IGNORE_INDEX).all()
    # image order follows the <image> tokens, row-major: a, b, c (distinct grey levels)
    means = batch["pixel_values"][:, 0, 16, 16]
    assert batch["pixel_values"].shape == (3, 3, 32, 32) and means[0] < means[1] < means[2]
    assert batch["tasks"] == ["report", "report"] and batch["ids"] == ["0", "1"]


def test_generation_batch_left_padded_with_references(tmp_path, tokenizer, processing):
    a = _png(tmp_path / "a.png", 10)
    samples = [_sample(0, [a], "Short."), _sample(1, [a, a], "Reference two.")]
    batch = SlavaCollator(tokenizer, ImageTransform(processing), generation=True)(samples)
    assert "labels" not in batch and batch["references"] == ["Short.", "Reference two."]
    assert batch["attention_mask"][0, 0] == 0 and batch["attention_mask"][:, -1].tolist() == [1, 1]
    img = image_token_id(tokenizer)
    assert (batch["input_ids"] == img).sum().item() == batch["pixel_values"].shape[0] == 3


def test_truncation_never_cuts_an_image_and_bad_args(tmp_path, tokenizer, processing):
    a = _png(tmp_path / "a.png", 10)
    col = SlavaCollator(tokenizer, ImageTransform(processing), max_length=8)
    with pytest.raises(ValueError, match="<image>"):
        col([_sample(0, [a])])
    with pytest.raises(ValueError, match="padding_side"):
        SlavaCollator(tokenizer, ImageTransform(processing), padding_side="middle")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="template"):
        SlavaCollator(tokenizer, ImageTransform(processing), template="nope")


def _dataset(tmp_path):
    good = _png(tmp_path / "good.png", 100)
    noise = np.random.default_rng(0).integers(0, 255, (64, 64), dtype=np.uint8)
    Image.fromarray(noise).save(tmp_path / "full.png")
    (tmp_path / "corrupt.png").write_bytes((tmp_path / "full.png").read_bytes()[:2000])
    recs = [
        {
            "id": "ok1",
            "image": "good.png",
            "conversations": [
                {"from": "human", "value": "<image>\nQ"},
                {"from": "gpt", "value": "A."},
            ],
        },
        {
            "id": "bad",
            "image": "corrupt.png",
            "conversations": [{"from": "human", "value": "Q"}, {"from": "gpt", "value": "A."}],
        },
        {
            "id": "gone",
            "image": "missing.png",
            "conversations": [{"from": "human", "value": "Q"}, {"from": "gpt", "value": "A."}],
        },
        {
            "id": "ok2",
            "image": "good.png",
            "conversations": [{"from": "human", "value": "Q"}, {"from": "gpt", "value": "B."}],
        },
    ]
    path = tmp_path / "train.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in recs) + "\n{broken\n")
    return path, good


def test_corrupt_and_missing_images_are_skipped_counted_and_named(
    tmp_path, tokenizer, processing, capsys
):
    import lightning as L

    path, _ = _dataset(tmp_path)
    dm = LlavaDataModule(train=str(path), image_folder=str(tmp_path), batch_size=2, seed=3)
    dm.attach(tokenizer, processing)

    class Tiny(L.LightningModule):
        def __init__(self):
            super().__init__()
            self.w = torch.nn.Parameter(torch.zeros(()))
            self.seen: list[str] = []

        def training_step(self, batch, idx):
            self.seen += batch["ids"]
            return (self.w - batch["pixel_values"].mean()) ** 2

        def configure_optimizers(self):
            return torch.optim.SGD(self.parameters(), lr=0.1)

    module = Tiny()
    trainer = L.Trainer(
        max_epochs=1,
        accelerator="cpu",
        logger=False,
        enable_checkpointing=False,
        enable_progress_bar=False,
        enable_model_summary=False,
    )
    trainer.fit(module, datamodule=dm)
    out = capsys.readouterr().out
    assert set(module.seen) <= {"ok1", "ok2"} and len(module.seen) == 4
    assert "corrupt.png" in out and "missing.png" in out and "image: " in out
    assert [s.field for s in dm.read_report.entries] == ["json"]
    assert len(dm.skip_report) == 0  # no SkipReportCallback here: printed at teardown, then reset
    strict = LlavaDataModule(train=str(path), image_folder=str(tmp_path), strict=True)
    with pytest.raises(ValueError, match="train.jsonl:5"):
        strict.samples("train")


def test_strict_loader_names_the_file(tmp_path, tokenizer, processing):
    path, _ = _dataset(tmp_path)
    lines = path.read_text().splitlines()[:-1]
    path.write_text("\n".join(lines) + "\n")
    dm = LlavaDataModule(train=str(path), image_folder=str(tmp_path), batch_size=4, strict=True)
    dm.attach(tokenizer, processing)
    with pytest.raises(ValueError, match=r"(corrupt|missing)\.png"):
        list(dm.train_dataloader())


def test_llava_reader_formats(tmp_path):
    recs = [
        {
            "id": "x",
            "image": ["f.png", "l.png"],
            "task": "caption",
            "conversations": [
                {"from": "system", "value": "ignored"},
                {"from": "human", "value": "Describe"},
                {"from": "gpt", "value": "A chest."},
            ],
        },
        {
            "question_id": 7,
            "image": "q.png",
            "text": "Write a findings report of this image:",
            "answer": "Normal.",
            "category": "report_generation",
        },
    ]
    (tmp_path / "r.json").write_text(json.dumps(recs))
    a, b = load_llava(tmp_path / "r.json", image_folder="/img")
    assert a.images == ["/img/f.png", "/img/l.png"] and a.task == "caption"
    assert a.turns[0].text == "<image>\n<image>\nDescribe" and len(a.turns) == 2
    assert b.id == "7" and b.task == "report" and b.turns[1].text == "Normal."
    assert b.turns[0].text.startswith("<image>\nWrite a findings")


def test_null_empty_and_whitespace_answers_are_skipped_and_counted_by_reason(tmp_path):
    def conv(answer):
        return {
            "conversations": [
                {"from": "human", "value": "Findings?"},
                {"from": "gpt", "value": answer},
            ]
        }

    rows = [
        {"id": "ok", **conv("Clear lungs.")},
        {"id": "null", **conv(None)},
        {"id": "empty", **conv("")},
        {"id": "blank", **conv(" \n\t")},
        {"id": "eval-null", "question": "Findings?", "answer": None},
        {"id": "eval-ok", "question": "Findings?", "answer": "", "findings": "Normal heart."},
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    dm = LlavaDataModule(train=str(path))
    samples = dm.samples("train")
    assert [s.id for s in samples] == ["ok", "eval-ok"]
    assert all("None" not in t.text for s in samples for t in s.turns)
    assert samples[1].turns[-1].text == "Normal heart."
    assert dm.read_report.reasons() == {
        "null answer": 2, "empty answer": 1, "whitespace-only answer": 1,
    }  # fmt: skip
    assert dm.read_report.counts() == {"answer": 4}
    summary = dm.read_report.summary("left out")
    assert (
        "4 record(s)" in summary and "null answer: 2" in summary and "r.jsonl:2 (null)" in summary
    )
    with pytest.raises(ValueError, match="r.jsonl:2 .*null answer"):
        LlavaDataModule(train=str(path), strict=True).samples("train")


def test_lenient_skips_count_records_not_fallback_attempts(tmp_path, tokenizer, processing):
    from slava_lightning.data.dataset import SampleDataset

    good = _png(tmp_path / "good.png", 100)
    bad = str(tmp_path / "missing.png")
    samples = [_sample(0, [good]), _sample(1, [bad]), _sample(2, [bad]), _sample(3, [good])]
    collator = SlavaCollator(tokenizer, ImageTransform(processing), "phi_v0", 256)
    dataset = SampleDataset(samples, collator)
    # index 1 falls back over 1 and 2, index 2 over 2: three failed attempts, two bad records
    from slava_lightning.data.skips import SkipReport

    report = SkipReport()
    for i in range(4):
        report.extend(dataset[i].skipped)
    assert len(report) == 2 and sorted(s.id for s in report.entries) == ["1", "2"]
    assert report.reasons() == {"file not found": 2}
