"""CausalLanguageModel: image token, padding id, embedding resize, local loading, bad arguments."""

from __future__ import annotations

import pytest
import torch
from transformers import AutoTokenizer

from slava_lightning.components.language import (
    CausalLanguageModel,
    add_image_token,
    tiny_tokenizer_path,
)
from slava_lightning.presets import TINY_LM_CONFIGS
from slava_lightning.prompts import IMAGE_TOKEN, image_token_id


def test_tiny_tokenizer_loads_offline_and_round_trips():
    tok = AutoTokenizer.from_pretrained(tiny_tokenizer_path())
    assert tok.eos_token == "<|endoftext|>" and 1000 <= len(tok) <= 4096
    text = "The cardiomediastinal silhouette is normal. No pleural effusion.<|endoftext|>"
    ids = tok(text, add_special_tokens=False)["input_ids"]
    assert ids[-1] == tok.eos_token_id and len(ids) < 20  # radiology words are few pieces
    assert tok.decode(ids) == text
    with pytest.raises(ValueError, match="add_image_token"):
        image_token_id(tok)


def test_image_token_is_added_once_and_kept_whole(tiny_tokenizer):
    first = tiny_tokenizer.convert_tokens_to_ids(IMAGE_TOKEN)
    assert add_image_token(tiny_tokenizer) == first
    ids = tiny_tokenizer("<image>\nWrite", add_special_tokens=False)["input_ids"]
    assert ids[0] == first and ids.count(first) == 1


@pytest.mark.parametrize("name", sorted(TINY_LM_CONFIGS))
def test_tiny_lm_attributes(name):
    lm = CausalLanguageModel(config=TINY_LM_CONFIGS[name])
    assert lm.hidden_size == 64
    assert lm.pad_token_id == lm.eos_token_id == lm.tokenizer.eos_token_id
    assert lm.image_token_id == len(lm.tokenizer) - 1
    # 2048 rows leave room for <image>: the matrix is not resized (as with Phi-2).
    assert lm.model.get_input_embeddings().weight.shape[0] == 2048
    ids = torch.tensor([[1, 2, lm.image_token_id]])
    torch.testing.assert_close(lm.embed(ids), lm.model.get_input_embeddings().weight[ids])
    hidden = lm.decoder(input_ids=ids).last_hidden_state
    torch.testing.assert_close(lm.lm_head(hidden), lm(input_ids=ids).logits)


def test_embeddings_grow_when_tokenizer_outgrows_them():
    n = len(AutoTokenizer.from_pretrained(tiny_tokenizer_path()))
    lm = CausalLanguageModel(config={**TINY_LM_CONFIGS["llama"], "vocab_size": n})
    assert lm.model.get_input_embeddings().weight.shape[0] == n + 1
    assert lm.model.get_output_embeddings().weight.shape[0] == n + 1


def test_round_trip_through_a_folder(tmp_path):
    torch.manual_seed(0)
    lm = CausalLanguageModel(config=TINY_LM_CONFIGS["phi"])
    lm.model.save_pretrained(tmp_path)
    lm.tokenizer.save_pretrained(tmp_path)
    loaded = CausalLanguageModel(path=str(tmp_path))
    assert loaded.image_token_id == lm.image_token_id
    ids = torch.tensor([[5, 6, 7]])
    torch.testing.assert_close(loaded(input_ids=ids).logits, lm(input_ids=ids).logits)
    half = CausalLanguageModel(path=str(tmp_path), dtype="bfloat16")
    assert half.model.dtype == torch.bfloat16


def test_gradient_checkpointing_keeps_gradients():
    torch.manual_seed(0)
    plain = CausalLanguageModel(config=TINY_LM_CONFIGS["qwen2"]).train()
    torch.manual_seed(0)
    ckpt = CausalLanguageModel(config=TINY_LM_CONFIGS["qwen2"], gradient_checkpointing=True).train()
    assert ckpt.model.is_activation_checkpointing
    ids = torch.tensor([[5, 6, 7, 8]])
    for lm in (plain, ckpt):
        lm(input_ids=ids, labels=ids).loss.backward()
    torch.testing.assert_close(
        ckpt.model.model.layers[0].mlp.up_proj.weight.grad,
        plain.model.model.layers[0].mlp.up_proj.weight.grad,
    )


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({}, "exactly one"),
        ({"path": "/nope", "config": TINY_LM_CONFIGS["phi"]}, "exactly one"),
        ({"path": "/nonexistent/phi-2"}, "/nonexistent/phi-2"),
        ({"config": {"hidden_size": 8}}, "model_type"),
        ({"config": {"model_type": "not_a_model"}}, "not_a_model"),
        ({"config": TINY_LM_CONFIGS["phi"], "dtype": "float64"}, "dtype"),
        ({"config": TINY_LM_CONFIGS["phi"], "tokenizer_path": "/no/tokenizer"}, "/no/tokenizer"),
    ],
)
def test_language_model_ill_arguments(kwargs, match):
    with pytest.raises(ValueError, match=match):
        CausalLanguageModel(**kwargs)


def test_fused_gelu_is_the_same_function_and_keeps_the_config(tmp_path):
    from transformers.activations import GELUTanh, NewGELUActivation

    torch.manual_seed(0)
    fused = CausalLanguageModel(config=TINY_LM_CONFIGS["phi"])
    plain = CausalLanguageModel(config=TINY_LM_CONFIGS["phi"], fused_gelu=False)
    plain.load_state_dict(fused.state_dict())
    acts = lambda lm: [type(m) for m in lm.modules() if "GELU" in type(m).__name__]  # noqa: E731
    assert set(acts(fused)) == {GELUTanh} and set(acts(plain)) == {NewGELUActivation}
    assert len(acts(fused)) == len(acts(plain)) == TINY_LM_CONFIGS["phi"]["num_hidden_layers"]
    ids = torch.randint(0, 200, (2, 9))
    a, b = fused(input_ids=ids).logits, plain(input_ids=ids).logits
    assert not torch.equal(a, b)  # a different kernel really runs ...
    torch.testing.assert_close(a, b, rtol=0, atol=1e-5)  # ... computing the same function
    a.sum().backward()
    assert all(p.grad is not None for p in fused.parameters() if p.requires_grad)
    fused.model.save_pretrained(tmp_path)
    assert '"hidden_act": "gelu_new"' in (tmp_path / "config.json").read_text()


@pytest.mark.parametrize("name", ["phi", "llama"])  # Phi's head has a bias, Llama's has none
def test_lm_head_in_vocabulary_blocks_equals_one_gemm(name):
    torch.manual_seed(0)
    lm = CausalLanguageModel(config=TINY_LM_CONFIGS[name])
    vocab = lm.model.get_output_embeddings().weight.shape[0]
    hidden = torch.randn(5, lm.hidden_size)
    with torch.no_grad():
        whole = lm.lm_head(hidden)
        for rows in (7, 100, vocab, vocab + 3):  # uneven last block, one block, more than needed
            torch.testing.assert_close(lm.lm_head(hidden, block_rows=rows), whole,
                                       rtol=0, atol=1e-6)  # fmt: skip
    assert whole.shape == (5, vocab)
