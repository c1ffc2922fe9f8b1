"""The local transformers backend with a tiny random causal LM (offline)."""

from __future__ import annotations

import json

import pytest
import torch
from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

from slava_lightning.components.language import tiny_tokenizer_path
from slava_lightning.synthesis.radex.backends import Request
from slava_lightning.synthesis.radex.cli import main
from slava_lightning.synthesis.radex.hf_backend import TransformersBackend, render_plain
from slava_lightning.synthesis.radex.prompt import build_messages
from slava_lightning.synthesis.radex.schema import read_cases

from .conftest import make_cases, write_jsonl


@pytest.fixture(scope="module")
def tiny_lm():
    tokenizer = AutoTokenizer.from_pretrained(tiny_tokenizer_path())
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=1024,
        eos_token_id=tokenizer.eos_token_id,
        bos_token_id=tokenizer.bos_token_id,
    )
    return LlamaForCausalLM(config).eval(), tokenizer


def requests_for(tmp_path, n):
    cases = read_cases(write_jsonl(tmp_path / "c.jsonl", make_cases(n)))
    return [Request(c.case_id, build_messages(c, with_example=False), 0) for c in cases]


def test_batched_generation_equals_one_by_one(tmp_path, tiny_lm):
    model, tokenizer = tiny_lm
    reqs = requests_for(tmp_path, 3)
    batched = TransformersBackend(model, tokenizer, max_new_tokens=6, batch_size=3).generate(reqs)
    single = TransformersBackend(model, tokenizer, max_new_tokens=6, batch_size=1).generate(reqs)
    assert batched == single
    assert all(isinstance(r, str) and r for r in batched)


def test_plain_rendering_and_chat_template(tiny_lm):
    model, tokenizer = tiny_lm
    messages = [{"role": "system", "content": "S"}, {"role": "user", "content": "U"}]
    assert render_plain(messages) == "System: S\n\nUser: U\n\nAssistant:"
    backend = TransformersBackend(model, tokenizer, max_new_tokens=2)
    assert backend.render(messages) == render_plain(messages)
    tokenizer.chat_template = (
        "{% for m in messages %}<{{ m['role'] }}>{{ m['content'] }}{% endfor %}"
        "{% if add_generation_prompt %}<assistant>{% endif %}"
    )
    try:
        assert backend.render(messages) == "<system>S<user>U<assistant>"
    finally:
        tokenizer.chat_template = None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_new_tokens": 0}, "max_new_tokens must be >= 1"),
        ({"temperature": -1.0}, "temperature must be >= 0"),
        ({"batch_size": 0}, "batch_size must be >= 1"),
    ],
)
def test_bad_arguments(tiny_lm, kwargs, message):
    with pytest.raises(ValueError, match=message):
        TransformersBackend(*tiny_lm, **kwargs)


def test_cli_runs_the_transformers_backend_from_a_folder(tmp_path, tiny_lm, capsys):
    model, tokenizer = tiny_lm
    model.save_pretrained(tmp_path / "lm")
    tokenizer.save_pretrained(tmp_path / "lm")
    cases = write_jsonl(tmp_path / "cases.jsonl", make_cases(3))
    out = tmp_path / "radex.jsonl"
    argv = [
        "--cases", str(cases), "--out", str(out), "--backend", "transformers",
        "--model", str(tmp_path / "lm"), "--device", "cpu", "--dtype", "float32",
        "--max-new-tokens", "8", "--no-progress", "--no-example",
    ]  # fmt: skip
    assert main(argv) == 0
    stats = json.loads(capsys.readouterr().out)
    # A random model writes no "Findings:" header: every case is rejected, each with a reason.
    assert stats["cases_rejected"] == 3 and stats["cases_accepted"] == 0
    assert stats["rejects_by_reason"]["missing_findings"] == 3
    assert out.read_text() == ""


def test_sampling_is_reproducible_for_a_seed(tmp_path, tiny_lm):
    reqs = requests_for(tmp_path, 2)
    backend = TransformersBackend(*tiny_lm, max_new_tokens=8, temperature=1.0, batch_size=2)
    state = torch.random.get_rng_state()
    first = backend.generate(reqs)
    assert torch.equal(torch.random.get_rng_state(), state)  # the caller's stream is untouched
    torch.rand(3)  # a caller's own draws do not change a seeded reply
    assert backend.generate(reqs) == first
    greedy = TransformersBackend(*tiny_lm, max_new_tokens=8, batch_size=2).generate(reqs)
    assert first != greedy
