"""SlavaModel: image splicing, padding invariance, supervised-only logits, errors, every tiny variant."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from slava_lightning.components.projector import MLPProjector
from slava_lightning.model import SlavaModel
from slava_lightning.presets import TINY_PRESETS, build_preset
from slava_lightning.prompts import IGNORE_INDEX

ANSWERS = ["The lungs are clear.", "Mild cardiomegaly. No pleural effusion or pneumothorax."]


def _sample_slice(batch, spec, b):
    """Batch of sample ``b`` alone, unpadded (its images cut out of ``pixel_values``)."""
    first = sum(n for n, _ in spec[:b])
    keep = batch["attention_mask"][b].bool()
    out = {
        k: batch[k][b : b + 1, keep]
        for k in ("input_ids", "attention_mask", "labels")
        if k in batch
    }
    out["pixel_values"] = batch["pixel_values"][first : first + spec[b][0]]
    return out


def _real_logits(model, batch, padding_side):
    prep = model.prepare_inputs(
        batch["input_ids"],
        batch["attention_mask"],
        batch["pixel_values"],
        padding_side=padding_side,
    )
    hidden = model.language_model.decoder(
        inputs_embeds=prep.inputs_embeds,
        attention_mask=prep.attention_mask,
        position_ids=prep.position_ids,
        use_cache=False,
    ).last_hidden_state
    logits = model.language_model.lm_head(hidden)
    return [logits[b][prep.attention_mask[b].bool()] for b in range(logits.shape[0])]


@pytest.mark.parametrize("name", TINY_PRESETS)
def test_every_tiny_variant_trains_and_generates(name, make_batch):
    torch.manual_seed(0)
    model = build_preset(name)
    spec = [(1, ANSWERS[0]), (2, ANSWERS[1])]
    batch = make_batch(model, spec)
    out = model(**batch)
    assert out.loss is not None and torch.isfinite(out.loss)
    assert out.logits is None
    out.loss.backward()
    for part in (model.projector, model.language_model):
        missing = [n for n, p in part.named_parameters() if p.grad is None or not p.grad.any()]
        assert not missing, f"{name}: no gradient for {missing}"
    vision_grads = [p.grad for p in model.vision_encoder.parameters() if p.grad is not None]
    assert vision_grads and any(g.abs().sum() > 0 for g in vision_grads)
    model.eval()
    prompt = make_batch(model, [(1, None), (0, None)], padding_side="left")
    new = model.generate(**prompt, max_new_tokens=3)
    assert new.shape[0] == 2 and 1 <= new.shape[1] <= 3
    assert new.dtype == torch.long


def test_image_tokens_expand_in_order(tiny_model, make_batch):
    spec = [(2, ANSWERS[0]), (0, ANSWERS[1]), (1, ANSWERS[0])]
    batch = make_batch(tiny_model, spec)
    prep = tiny_model.prepare_inputs(**batch)
    embeds, mask, positions, labels = prep  # unpacks like a tuple
    assert embeds is prep.inputs_embeds and labels is prep.labels
    assert mask.shape == positions.shape == embeds.shape[:2]
    feats = tiny_model.encode_images(batch["pixel_values"])
    t_img = tiny_model.tokens_per_image
    n_text = batch["attention_mask"].sum(1) - (batch["input_ids"] == tiny_model.image_token_id).sum(
        1
    )
    assert (
        prep.attention_mask.sum(1).tolist() == (n_text + torch.tensor([2, 0, 1]) * t_img).tolist()
    )
    # Image embeddings appear where <image> tokens were, in pixel_values order.
    k = 0
    for b, (n_images, _) in enumerate(spec):
        ids = batch["input_ids"][b]
        for pos in (ids == tiny_model.image_token_id).nonzero().flatten().tolist():
            start = pos + (k - sum(n for n, _ in spec[:b])) * (t_img - 1)
            torch.testing.assert_close(prep.inputs_embeds[b, start : start + t_img], feats[k])
            assert (prep.labels[b, start : start + t_img] == IGNORE_INDEX).all()
            k += 1
        assert n_images == k - sum(n for n, _ in spec[:b])
    assert k == 3
    torch.testing.assert_close(
        prep.position_ids[0, : int(prep.attention_mask[0].sum())],
        torch.arange(int(prep.attention_mask[0].sum())),
    )


@pytest.mark.parametrize("lm", ["phi", "llama", "qwen2"])
def test_left_and_right_padding_give_same_logits(lm, make_batch):
    torch.manual_seed(0)
    model = build_preset(f"tiny-clip-mlp2x_gelu-{lm}").eval()
    spec = [(1, ANSWERS[0]), (2, ANSWERS[1]), (0, ANSWERS[0])]
    right = make_batch(model, spec, padding_side="right")
    left = make_batch(model, spec, padding_side="left")
    with torch.no_grad():
        out_right = _real_logits(model, right, "right")
        out_left = _real_logits(model, left, "left")
        for b in range(len(spec)):
            alone = _real_logits(model, _sample_slice(right, spec, b), "right")[0]
            torch.testing.assert_close(out_right[b], alone, atol=1e-5, rtol=1e-4)
            torch.testing.assert_close(out_left[b], alone, atol=1e-5, rtol=1e-4)


def test_supervised_logits_match_full_logits(tiny_model, make_batch):
    spec = [(1, ANSWERS[0]), (2, ANSWERS[1])]
    batch = make_batch(tiny_model, spec)
    with torch.no_grad():
        out = tiny_model(**batch)
        labels_free = {k: v for k, v in batch.items() if k != "labels"}
        full = tiny_model(**labels_free)
        prep = tiny_model.prepare_inputs(**batch)
    assert full.loss is None and full.logits is not None
    targets = prep.labels[:, 1:]
    ce = F.cross_entropy(
        full.logits[:, :-1].transpose(1, 2), targets, ignore_index=IGNORE_INDEX, reduction="none"
    )
    torch.testing.assert_close(out.per_sample_loss, ce.sum(1), atol=1e-4, rtol=1e-5)
    assert out.per_sample_tokens.tolist() == (targets != IGNORE_INDEX).sum(1).tolist()
    torch.testing.assert_close(out.loss, ce.sum() / (targets != IGNORE_INDEX).sum())
    none = tiny_model(**batch, reduction="none")
    assert none.loss is None
    torch.testing.assert_close(none.per_sample_loss, out.per_sample_loss)


def test_two_images_per_sample_matches_sample_alone(tiny_model, make_batch):
    spec = [(2, ANSWERS[1]), (1, ANSWERS[0])]
    batch = make_batch(tiny_model, spec)
    with torch.no_grad():
        together = tiny_model(**batch).per_sample_loss
        for b in range(2):
            alone = tiny_model(**_sample_slice(batch, spec, b)).per_sample_loss
            torch.testing.assert_close(together[b : b + 1], alone, atol=1e-4, rtol=1e-5)


def test_image_count_mismatch_raises_before_encoding(tiny_model, make_batch, monkeypatch):
    batch = make_batch(tiny_model, [(1, ANSWERS[0]), (1, ANSWERS[1])])

    def boom(*args, **kwargs):
        raise AssertionError("the encoder must not run")

    monkeypatch.setattr(tiny_model.vision_encoder, "forward", boom)
    with pytest.raises(ValueError, match="2 <image> token.*1 image"):
        tiny_model(**dict(batch, pixel_values=batch["pixel_values"][:1]))
    with pytest.raises(ValueError, match="0 image"):
        tiny_model(**dict(batch, pixel_values=None))


def test_projector_dims_are_checked(tiny_model):
    enc, lm = tiny_model.vision_encoder, tiny_model.language_model
    with pytest.raises(ValueError, match=f"hidden_size is {enc.hidden_size}.* is {lm.hidden_size}"):
        SlavaModel(enc, MLPProjector(enc.hidden_size + 1, lm.hidden_size), lm)
    model = SlavaModel(enc, MLPProjector, lm)
    assert (model.projector.in_features, model.projector.out_features) == (32, 64)


def test_bad_shapes_and_options(tiny_model, make_batch):
    batch = make_batch(tiny_model, [(1, ANSWERS[0])])
    with pytest.raises(ValueError, match="attention_mask"):
        tiny_model(batch["input_ids"], batch["attention_mask"][:, 1:], batch["pixel_values"])
    with pytest.raises(ValueError, match="reduction"):
        tiny_model(**batch, reduction="sum")
    with pytest.raises(ValueError, match="component"):
        tiny_model.num_parameters("decoder")


def test_num_parameters_sums_components(tiny_model):
    total = tiny_model.num_parameters()
    parts = sum(
        tiny_model.num_parameters(c) for c in ("vision_encoder", "projector", "language_model")
    )
    assert total == parts
    proj = tiny_model.projector
    assert tiny_model.num_parameters("projector") == 32 * 64 + 64 + 64 * 64 + 64
    for p in proj.parameters():
        p.requires_grad_(False)
    assert tiny_model.num_parameters(trainable_only=True) == total - tiny_model.num_parameters(
        "projector"
    )


def test_package_exports_model_lazily():
    import slava_lightning

    assert slava_lightning.SlavaModel is SlavaModel
    model = build_preset("tiny-siglip-linear-qwen2")
    assert model.language_model.model.config.model_type == "qwen2"


YAML = """
model:
  vision_encoder:
    class_path: slava_lightning.components.vision.HFVisionEncoder
    init_args:
      config: {model_type: siglip_vision_model, image_size: 32, patch_size: 8, hidden_size: 32,
               intermediate_size: 64, num_hidden_layers: 2, num_attention_heads: 2}
  projector:
    class_path: slava_lightning.components.projector.PixelShuffleProjector
    init_args: {factor: 2, depth: 2}
  language_model:
    class_path: slava_lightning.components.language.CausalLanguageModel
    init_args:
      config: {model_type: llama, hidden_size: 64, intermediate_size: 128, num_hidden_layers: 2,
               num_attention_heads: 4, vocab_size: 2048}
"""


def test_yaml_class_paths_build_the_model():
    """The projector is given without sizes in YAML; SlavaModel derives them."""
    import yaml
    from jsonargparse import ArgumentParser

    parser = ArgumentParser()
    parser.add_class_arguments(SlavaModel, "model")
    model = parser.instantiate(parser.parse_object(yaml.safe_load(YAML))).model
    assert isinstance(model, SlavaModel)
    assert (model.projector.in_features, model.projector.out_features) == (32, 64)
    assert model.tokens_per_image == 4
