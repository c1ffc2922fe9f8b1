"""Mixture ratios, stage switches, determinism and sharding."""

from __future__ import annotations

import pytest

from slava_lightning.data.llava import LlavaDataModule
from slava_lightning.data.mixture import MixtureDataModule, MixtureSampler


def _file(tmp_path, name, n):
    import json

    rows = [
        {
            "id": f"{name}{i}",
            "conversations": [{"from": "human", "value": "q"}, {"from": "gpt", "value": "a"}],
        }
        for i in range(n)
    ]
    (tmp_path / f"{name}.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    return str(tmp_path / f"{name}.jsonl")


def test_sampler_ratios_determinism_and_shards():
    offsets = {"a": range(0, 10), "b": range(10, 110)}
    s = MixtureSampler(offsets, {"a": 0.5, "b": 0.5}, 40, seed=1, rank=0, world=1)
    first = list(s)
    assert len(first) == 40 and sum(i < 10 for i in first) == 20 and first == list(s)
    s.set_epoch(1)
    assert list(s) != first
    s.mixture.clear()
    s.mixture.update({"b": 1.0})
    assert all(i >= 10 for i in s)
    shards = [list(MixtureSampler(offsets, {"a": 1, "b": 1}, 41, 0, r, 2)) for r in range(2)]
    assert len(shards[0]) == len(shards[1]) == 21
    whole = list(MixtureSampler(offsets, {"a": 1, "b": 1}, 41, 0, 0, 1))
    assert set(shards[0] + shards[1]) == set(whole)


def test_set_mixture_switches_sources(tmp_path, tokenizer, processing):
    a = LlavaDataModule(train=_file(tmp_path, "a", 6))
    b = LlavaDataModule(train=_file(tmp_path, "b", 6))
    dm = MixtureDataModule({"a": a, "b": b}, {"a": 1.0}, batch_size=4).attach(tokenizer, processing)
    ids = [i for batch in dm.train_dataloader() for i in batch["ids"]]
    assert len(ids) == 6 and all(i.startswith("a") for i in ids)
    dm.set_mixture({"b": 1.0})
    ids = [i for batch in dm.train_dataloader() for i in batch["ids"]]
    assert all(i.startswith("b") for i in ids)
    with pytest.raises(ValueError, match="unknown datasets"):
        dm.set_mixture({"c": 1.0})
    with pytest.raises(ValueError, match="ratios"):
        dm.set_mixture({"a": 0.0})
