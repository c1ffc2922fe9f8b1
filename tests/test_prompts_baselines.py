"""The baselines' named templates render LLaVA's conversation layouts; the ``tokenizer`` template
renders with the tokenizer's own chat template, supervising only the answers."""

from __future__ import annotations

import pytest

from slava_lightning.prompts import (
    IGNORE_INDEX,
    Turn,
    get_template,
    tokenize_conversation,
    tokenize_prompt,
)

TURNS = [Turn("user", "<image>\nQ"), Turn("assistant", "A"), Turn("user", "Q2")]
SYS_V1 = (
    "A chat between a curious user and an artificial intelligence assistant. The assistant "
    "gives helpful, detailed, and polite answers to the user's questions."
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("vicuna_v1", f"{SYS_V1} USER: <image>\nQ ASSISTANT: A</s>USER: Q2 ASSISTANT:"),
        ("mistral_instruct", "[INST] <image>\nQ [/INST] A </s>[INST] Q2 [/INST]"),
        ("llava_v0", "A chat between a curious human and an artificial intelligence assistant. "
                     "The assistant gives helpful, detailed, and polite answers to the human's "
                     "questions.###Human: <image>\nQ###Assistant: A###Human: Q2###Assistant:"),
    ],
)  # fmt: skip
def test_named_templates_render_llavas_layouts(name: str, text: str) -> None:
    assert "".join(t for t, _ in get_template(name).segments(TURNS, "</s>")) == text


def test_llama_2_puts_the_system_inside_the_first_instruction() -> None:
    text = "".join(t for t, _ in get_template("llava_llama_2").segments(TURNS[:1], "</s>"))
    assert text.startswith("[INST] <<SYS>>\nYou are a helpful language and vision assistant.")
    assert text.endswith("<</SYS>>\n\n<image>\nQ [/INST]")


def test_baseline_prompts_start_with_bos_and_are_tokenized_whole(tiny_tokenizer) -> None:
    eos = tiny_tokenizer.eos_token
    ids = tokenize_prompt(tiny_tokenizer, TURNS, "vicuna_v1")
    text = "".join(t for t, _ in get_template("vicuna_v1").segments(TURNS, eos))
    assert f"ASSISTANT: A{eos}USER: Q2 ASSISTANT:" in text
    whole = tiny_tokenizer(text, add_special_tokens=False)["input_ids"]
    assert ids == [tiny_tokenizer.bos_token_id, *whole]
    # per-segment tokenization (training's) differs at a segment boundary
    assert tokenize_conversation(tiny_tokenizer, TURNS, "vicuna_v1").input_ids != ids


def test_the_tokenizer_template_uses_the_chat_template(tiny_tokenizer) -> None:
    tiny_tokenizer.chat_template = (
        "{% for m in messages %}<{{ m['role'] }}>{{ m['content'] }}</{{ m['role'] }}>{% endfor %}"
        "{% if add_generation_prompt %}<assistant>{% endif %}"
    )
    conv = tokenize_conversation(tiny_tokenizer, TURNS[:2], "tokenizer")
    answer = tiny_tokenizer("A</assistant>", add_special_tokens=False)["input_ids"]
    supervised = [
        t for t, label in zip(conv.input_ids, conv.labels, strict=True) if label != IGNORE_INDEX
    ]
    assert supervised == answer
    prompt = tokenize_prompt(tiny_tokenizer, TURNS[:1], "tokenizer")
    assert tiny_tokenizer.decode(prompt) == "<user><image>\nQ</user><assistant>"
    assert conv.input_ids[: len(prompt)] == prompt


def test_the_tokenizer_template_needs_one(tiny_tokenizer) -> None:
    with pytest.raises(
        ValueError, match="template 'tokenizer' needs a tokenizer with a chat_template"
    ):
        tokenize_prompt(tiny_tokenizer, TURNS[:1], "tokenizer")
