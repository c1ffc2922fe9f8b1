"""The run record: round trip, rebuilding every component kind without local files, refusals."""

from __future__ import annotations

import dataclasses
import functools
import warnings

import pytest
import torch

from slava_lightning.artifact import (
    CHECKPOINT_KEY,
    Artifact,
    add_record,
    build_model,
    component_spec,
    describe_model,
)
from slava_lightning.components.base import ImageProcessing, Projector
from slava_lightning.generation import GenerationSettings
from slava_lightning.presets import build_preset
from slava_lightning.prompts import ChatTemplate


def _same_weights(a: torch.nn.Module, b: torch.nn.Module) -> None:
    sa, sb = a.state_dict(), b.state_dict()
    assert list(sa) == list(sb)
    for key in sa:
        assert torch.equal(sa[key], sb[key]), key


@pytest.mark.parametrize(
    "preset",
    ["tiny", "tiny-timm_vit-pixel_shuffle2x_mlp2x_gelu-llama", "tiny-siglip-linear-qwen2",
     "tiny-timm_cnn-mlp2x_gelu-phi"],
)  # fmt: skip
def test_rebuilds_each_component_kind(preset: str) -> None:
    torch.manual_seed(0)
    model = build_preset(preset).eval()
    record = describe_model(model, "plain", generation=GenerationSettings(max_new_tokens=5))
    again = Artifact.from_dict(record.to_dict(), "test")
    assert again == record
    rebuilt = build_model(again, "test").eval()
    rebuilt.load_state_dict(model.state_dict())
    _same_weights(rebuilt, model)
    ids = torch.tensor([[rebuilt.image_token_id, 5, 6, 7]])
    size = model.vision_encoder.processing.size
    pixels = torch.randn(1, 3, size, size, generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        expected = model(ids, torch.ones_like(ids), pixels).logits
        got = rebuilt(ids, torch.ones_like(ids), pixels).logits
    assert torch.equal(got, expected)
    assert rebuilt.tokenizer.get_vocab() == model.tokenizer.get_vocab()


def test_image_processing_of_the_record_wins() -> None:
    model = build_preset("tiny")
    proc = ImageProcessing(32, (0.5, 0.5, 0.5), (0.25, 0.25, 0.25))
    record = describe_model(model, "phi_v0", processing=proc, pad_to_square=False)
    rebuilt = build_model(Artifact.from_dict(record.to_dict(), "test"), "test")
    assert rebuilt.vision_encoder.processing == proc


def test_custom_template_survives() -> None:
    tpl = ChatTemplate(name="mine", system="Be brief.", user_role="Q", assistant_role="A")
    record = describe_model(build_preset("tiny"), tpl)
    again = Artifact.from_dict(record.to_dict(), "test")
    assert again.template == tpl and again.template_name == tpl
    plain = Artifact.from_dict(describe_model(build_preset("tiny"), "plain").to_dict(), "x")
    assert plain.template_name == "plain"


@pytest.mark.parametrize(
    ("edit", "match"),
    [
        (lambda d: d.pop("template"), "where: malformed slava_artifact record"),
        (lambda d: d.update(format_version=2), "format_version 2 is newer"),
        (lambda d: d.update(format_version="1"), "format_version is missing or invalid"),
        (
            lambda d: d["architecture"]["projector"].pop("class_path"),
            "projector needs a class_path",
        ),
        (lambda d: d.update(tokenizer={"tokenizer.json": 3}), "tokenizer must map file names"),
        (lambda d: d["generation"].update(max_new_tokens=0), "max_new_tokens must be >= 1"),
    ],
)
def test_malformed_records_name_the_field(edit, match) -> None:
    data = describe_model(build_preset("tiny"), "plain").to_dict()
    edit(data)
    with pytest.raises(ValueError, match=match):
        Artifact.from_dict(data, "where")


class _OddProjector(Projector):
    def __init__(self, in_features: int, out_features: int) -> None:
        super().__init__()
        self.in_features, self.out_features = in_features, out_features
        self.proj = torch.nn.Linear(in_features, out_features)

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        return self.proj(features)


def test_component_without_rebuild_args() -> None:
    from slava_lightning.training.module import SlavaModule

    model = build_preset("tiny")
    with pytest.raises(ValueError, match="rebuild_args"):
        component_spec(_OddProjector(4, 4))
    module = SlavaModule(model.vision_encoder, _OddProjector, model.language_model)
    checkpoint: dict = {}
    with pytest.warns(UserWarning, match="without its architecture"):
        add_record(checkpoint, module)
    record = checkpoint[CHECKPOINT_KEY]
    assert record["architecture"] is None and record["template"]["name"] == "phi_v0"
    # A class can describe itself.
    _OddProjector.rebuild_args = lambda self: {}  # type: ignore[attr-defined]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            add_record(checkpoint, module)
        record = checkpoint[CHECKPOINT_KEY]
        assert record["architecture"]["projector"]["class_path"].endswith("_OddProjector")
    finally:
        del _OddProjector.rebuild_args  # type: ignore[attr-defined]


def test_record_is_frozen_and_plain() -> None:
    record = describe_model(build_preset("tiny"), "plain")
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.max_length = 3  # type: ignore[misc]
    data = record.to_dict()
    assert isinstance(data["image_processing"]["mean"], list)
    partial = functools.partial(Artifact.from_dict, data)
    assert partial("x") == record
