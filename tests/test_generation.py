"""Generation: cached greedy == uncached argmax, batching invariance, beams, sampling, options."""

from __future__ import annotations

import pytest
import torch

from slava_lightning.generation import GenerationSettings
from slava_lightning.presets import build_preset

PROMPTS = [(1, None), (2, None), (0, None)]


def _alone(batch, spec, b):
    first = sum(n for n, _ in spec[:b])
    keep = batch["attention_mask"][b].bool()
    return {
        "input_ids": batch["input_ids"][b : b + 1, keep],
        "attention_mask": batch["attention_mask"][b : b + 1, keep],
        "pixel_values": batch["pixel_values"][first : first + spec[b][0]],
    }


def _argmax_loop_without_cache(model, batch, steps):
    """Reference: re-run the full sequence every step and take the argmax of the last logits."""
    prep = model.prepare_inputs(**batch, padding_side="left")
    embeds, mask = prep.inputs_embeds, prep.attention_mask
    out = []
    for _ in range(steps):
        position_ids = (mask.cumsum(1) - 1).clamp(min=0)
        logits = model.language_model(
            inputs_embeds=embeds, attention_mask=mask, position_ids=position_ids, use_cache=False
        ).logits
        nxt = logits[:, -1].argmax(-1)
        out.append(nxt)
        embeds = torch.cat([embeds, model.language_model.embed(nxt[:, None])], dim=1)
        mask = torch.cat([mask, mask.new_ones(mask.shape[0], 1)], dim=1)
    return torch.stack(out, dim=1)


@pytest.mark.parametrize("lm", ["phi", "llama", "qwen2"])
def test_cached_greedy_equals_uncached_argmax(lm, make_batch):
    torch.manual_seed(0)
    model = build_preset(f"tiny-clip-mlp2x_gelu-{lm}").eval()
    batch = make_batch(model, PROMPTS, padding_side="left")
    with torch.no_grad():
        expected = _argmax_loop_without_cache(model, batch, 12)
    got = model.generate(**batch, max_new_tokens=12, eos_token_id=-1)
    assert torch.equal(got, expected)


def test_batched_greedy_equals_per_sample_greedy(tiny_model, make_batch):
    for side in ("left", "right"):
        batch = make_batch(tiny_model, PROMPTS, padding_side=side)
        together = tiny_model.generate(**batch, max_new_tokens=10, eos_token_id=-1)
        for b in range(len(PROMPTS)):
            alone = tiny_model.generate(
                **_alone(batch, PROMPTS, b), max_new_tokens=10, eos_token_id=-1
            )
            assert torch.equal(together[b : b + 1], alone)


def test_greedy_matches_transformers_generate(tiny_model, make_batch):
    batch = make_batch(tiny_model, PROMPTS, padding_side="left")
    prep = tiny_model.prepare_inputs(**batch, padding_side="left")
    reference = tiny_model.language_model.model.generate(
        inputs_embeds=prep.inputs_embeds,
        attention_mask=prep.attention_mask,
        max_new_tokens=8,
        do_sample=False,
        eos_token_id=-1,
        pad_token_id=tiny_model.language_model.pad_token_id,
    )
    assert torch.equal(tiny_model.generate(**batch, max_new_tokens=8, eos_token_id=-1), reference)


def test_rows_are_padded_after_eos(tiny_model, make_batch):
    batch = make_batch(tiny_model, PROMPTS, padding_side="left")
    free = tiny_model.generate(**batch, max_new_tokens=8, eos_token_id=-1)
    eos = int(free[0, 2])  # make row 0 stop at its third token
    got = tiny_model.generate(**batch, max_new_tokens=8, eos_token_id=eos)
    pad = tiny_model.language_model.pad_token_id
    for b in range(free.shape[0]):
        hits = (free[b] == eos).nonzero().flatten().tolist()
        stop = hits[0] + 1 if hits else free.shape[1]
        assert torch.equal(got[b, :stop], free[b, :stop][: got.shape[1]])
        assert (got[b, stop:] == pad).all()


def test_streamer_receives_returned_tokens(tiny_model, make_batch):
    batch = make_batch(tiny_model, PROMPTS[:1])
    steps: list[list[int]] = []
    got = tiny_model.generate(**batch, max_new_tokens=6, eos_token_id=-1, streamer=steps.append)
    assert torch.equal(torch.tensor(steps).T, got)
    assert got.shape == (1, 6)


def test_sampling_is_reproducible_with_seed(tiny_model, make_batch):
    batch = make_batch(tiny_model, PROMPTS, padding_side="left")
    kw = {"max_new_tokens": 10, "do_sample": True, "temperature": 1.5, "top_k": 50, "top_p": 0.95}
    first = tiny_model.generate(**batch, **kw, seed=1)
    assert torch.equal(first, tiny_model.generate(**batch, **kw, seed=1))
    assert not torch.equal(first, tiny_model.generate(**batch, **kw, seed=2))
    greedy = tiny_model.generate(**batch, max_new_tokens=10)
    assert not torch.equal(first, greedy)


def test_beam_search_is_reproducible_and_scores_at_least_greedy(tiny_model, make_batch):
    batch = make_batch(tiny_model, PROMPTS[:2], padding_side="left")
    beams = tiny_model.generate(**batch, max_new_tokens=6, num_beams=3, eos_token_id=-1, seed=0)
    assert beams.shape == (2, 6)
    again = tiny_model.generate(**batch, max_new_tokens=6, num_beams=3, eos_token_id=-1, seed=0)
    assert torch.equal(beams, again)

    def log_prob(new):
        prep = tiny_model.prepare_inputs(**batch, padding_side="left")
        embeds = torch.cat([prep.inputs_embeds, tiny_model.language_model.embed(new)], dim=1)
        mask = torch.cat([prep.attention_mask, torch.ones_like(new)], dim=1)
        with torch.no_grad():
            logits = tiny_model.language_model(
                inputs_embeds=embeds,
                attention_mask=mask,
                position_ids=(mask.cumsum(1) - 1).clamp(min=0),
            ).logits
        lp = logits[:, -new.shape[1] - 1 : -1].log_softmax(-1)
        return lp.gather(-1, new[..., None]).squeeze(-1).sum(1)

    greedy = tiny_model.generate(**batch, max_new_tokens=6, eos_token_id=-1)
    assert (log_prob(beams) >= log_prob(greedy) - 1e-4).all()


def _has_repeat(row: list[int], n: int) -> bool:
    grams = [tuple(row[i : i + n]) for i in range(len(row) - n + 1)]
    return len(grams) != len(set(grams))


def test_no_repeat_ngram_size_blocks_repeats(tiny_model, make_batch):
    batch = make_batch(tiny_model, PROMPTS, padding_side="left")
    free = tiny_model.generate(**batch, max_new_tokens=40, eos_token_id=-1)
    assert any(_has_repeat(r, 2) for r in free.tolist())  # a random model loops
    blocked = tiny_model.generate(
        **batch, max_new_tokens=40, eos_token_id=-1, no_repeat_ngram_size=2
    )
    assert not any(_has_repeat(r, 2) for r in blocked.tolist())
    beams = tiny_model.generate(
        **batch, max_new_tokens=16, eos_token_id=-1, no_repeat_ngram_size=2, num_beams=2
    )
    assert not any(_has_repeat(r, 2) for r in beams.tolist())


def test_repetition_penalty_changes_output(tiny_model, make_batch):
    batch = make_batch(tiny_model, PROMPTS, padding_side="left")
    free = tiny_model.generate(**batch, max_new_tokens=30, eos_token_id=-1)
    penalised = tiny_model.generate(
        **batch, max_new_tokens=30, eos_token_id=-1, repetition_penalty=5.0
    )
    distinct = lambda t: sum(len(set(r)) for r in t.tolist())  # noqa: E731
    assert distinct(penalised) > distinct(free)


@pytest.mark.parametrize(
    ("field", "value"),
    [("max_new_tokens", 0), ("num_beams", 0), ("temperature", 0.0), ("top_p", 1.5), ("top_k", -1),
     ("no_repeat_ngram_size", -2), ("repetition_penalty", 0.0)],
)  # fmt: skip
def test_bad_generation_settings(field, value):
    with pytest.raises(ValueError, match=field):
        GenerationSettings(**{field: value})


def test_streamer_with_beams_is_refused(tiny_model, make_batch):
    batch = make_batch(tiny_model, PROMPTS[:1])
    with pytest.raises(ValueError, match="streamer"):
        tiny_model.generate(**batch, num_beams=2, streamer=print)


def _run_chunks(lm, embeds, cache, chunks):
    """Feed ``embeds`` through ``lm`` in ``chunks`` (sizes), returning every chunk's logits."""
    logits, start = [], 0
    for n in chunks:
        mask = torch.ones(embeds.shape[0], start + n, dtype=torch.long)
        pos = torch.arange(start, start + n)[None].expand(embeds.shape[0], -1)
        out = lm(inputs_embeds=embeds[:, start : start + n], attention_mask=mask,
                 position_ids=pos, cache=cache, use_cache=True)  # fmt: skip
        cache, start = out.cache, start + n
        logits.append(out.logits)
    return torch.cat(logits, dim=1), cache


@pytest.mark.parametrize("lm", ["phi", "llama", "qwen2"])
def test_preallocated_cache_equals_dynamic_cache(lm):
    from transformers import DynamicCache

    from slava_lightning.generation import preallocated_cache

    torch.manual_seed(0)
    model = build_preset(f"tiny-clip-mlp2x_gelu-{lm}").eval().language_model
    embeds = torch.randn(3, 14, model.hidden_size)
    chunks = [5, 1, 1, 4, 1, 1, 1]  # capacity 8: the 4-token chunk makes the buffers grow
    cache = preallocated_cache(model.model, capacity=8)
    assert cache is not None
    with torch.no_grad():
        ours, cache = _run_chunks(model, embeds, cache, chunks)
        ref, ref_cache = _run_chunks(model, embeds, DynamicCache(), chunks)
    torch.testing.assert_close(ours, ref, rtol=0, atol=1e-6)
    assert cache.get_seq_length() == ref_cache.get_seq_length() == 14
    assert cache.layers[0].capacity == 16
    for a, b in zip(cache.layers, ref_cache.layers, strict=True):
        assert torch.equal(a.keys, b.keys) and torch.equal(a.values, b.values)
    # batch selection and cropping leave the same contents as transformers' cache
    for c in (cache, ref_cache):
        c.batch_select_indices(torch.tensor([2, 0]))
        c.crop(-3)
    for a, b in zip(cache.layers, ref_cache.layers, strict=True):
        assert a.keys.shape == (2, *b.keys.shape[1:]) and b.keys.shape[2] == 11
        assert torch.equal(a.keys, b.keys) and torch.equal(a.values, b.values)
    step = torch.randn(2, 1, model.hidden_size)
    with torch.no_grad():
        mask, pos = torch.ones(2, 12, dtype=torch.long), torch.tensor([[11], [11]])
        a = model(inputs_embeds=step, attention_mask=mask, position_ids=pos, cache=cache)
        b = model(inputs_embeds=step, attention_mask=mask, position_ids=pos, cache=ref_cache)
    torch.testing.assert_close(a.logits, b.logits, rtol=0, atol=1e-6)


def test_preallocated_cache_declines_sliding_window_models():
    from transformers import Qwen2Config, Qwen2ForCausalLM

    from slava_lightning.generation import preallocated_cache

    config = Qwen2Config(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=2,
                         num_attention_heads=2, num_key_value_heads=1, use_sliding_window=True,
                         sliding_window=4, max_window_layers=0)  # fmt: skip
    assert "sliding_attention" in config.layer_types
    assert preallocated_cache(Qwen2ForCausalLM(config), capacity=8) is None


def test_finished_rows_leave_the_batch_without_changing_the_others(tiny_model, make_batch):
    batch = make_batch(tiny_model, PROMPTS, padding_side="left")
    free = tiny_model.generate(**batch, max_new_tokens=12, eos_token_id=-1)
    # an EOS id that row 1 produces early and the other rows produce later or never
    eos = int(free[1, 1])
    stops = [(r == eos).nonzero().flatten().tolist() for r in free]
    assert stops[1][0] == 1 and all(not s or s[0] > 1 for b, s in enumerate(stops) if b != 1)
    calls: list[int] = []
    lm = tiny_model.language_model
    hook = lm.model.base_model.register_forward_pre_hook(
        lambda _m, _a, kw: calls.append(kw["inputs_embeds"].shape[0]), with_kwargs=True
    )
    steps: list[list[int]] = []
    try:
        got = tiny_model.generate(**batch, max_new_tokens=12, eos_token_id=eos,
                                  streamer=steps.append)  # fmt: skip
    finally:
        hook.remove()
    assert calls[:3] == [3, 3, 2]  # prefill, step 1 with all rows, then row 1 is gone
    assert torch.equal(torch.tensor(steps).T, got)
    pad = lm.pad_token_id
    for b in range(len(PROMPTS)):
        alone = tiny_model.generate(**_alone(batch, PROMPTS, b), max_new_tokens=12,
                                    eos_token_id=eos)  # fmt: skip
        n = alone.shape[1]
        assert torch.equal(got[b, :n], alone[0])
        assert (got[b, n:] == pad).all()


@pytest.mark.parametrize("num_beams", [1, 2])
def test_seeded_sampling_leaves_the_global_rng_alone_and_is_reproducible(
    tiny_model, make_batch, num_beams
):
    batch = make_batch(tiny_model, PROMPTS[:2], padding_side="left")
    settings = GenerationSettings(max_new_tokens=8, do_sample=True, temperature=1.5,
                                  num_beams=num_beams, eos_token_id=-1, seed=3)  # fmt: skip
    torch.manual_seed(123)
    state = torch.random.get_rng_state()
    first = tiny_model.generate(**batch, settings=settings)
    assert torch.equal(torch.random.get_rng_state(), state)
    torch.rand(10)  # the caller's own draws do not change a seeded generation
    assert torch.equal(tiny_model.generate(**batch, settings=settings), first)
    other = tiny_model.generate(**batch, settings=settings, seed=4)
    assert not torch.equal(other, first)


def test_settings_object_and_keyword_overrides(tiny_model, make_batch):
    batch = make_batch(tiny_model, PROMPTS, padding_side="left")
    settings = GenerationSettings(max_new_tokens=9, no_repeat_ngram_size=2, eos_token_id=-1)
    by_object = tiny_model.generate(**batch, settings=settings)
    by_keywords = tiny_model.generate(
        **batch, max_new_tokens=9, no_repeat_ngram_size=2, eos_token_id=-1
    )
    assert torch.equal(by_object, by_keywords)
    shorter = tiny_model.generate(**batch, settings=settings, max_new_tokens=4)
    assert torch.equal(shorter, by_object[:, :4])  # the override wins, the rest is kept


def test_unknown_decoding_option_and_positional_length_are_refused(tiny_model, make_batch):
    batch = make_batch(tiny_model, PROMPTS[:1])
    with pytest.raises(TypeError, match="max_tokens"):
        tiny_model.generate(**batch, max_tokens=4)
    with pytest.raises(TypeError, match="GenerationSettings"):
        tiny_model.generate(batch["input_ids"], batch["attention_mask"], batch["pixel_values"], 4)
    with pytest.raises(ValueError, match="max_new_tokens"):
        tiny_model.generate(**batch, max_new_tokens=0)


def test_eos_ids_of_settings():
    assert GenerationSettings().eos_ids(default=7) == [7]
    assert GenerationSettings(eos_token_id=3).eos_ids(default=7) == [3]
    assert GenerationSettings(eos_token_id=[3, 5]).eos_ids(default=7) == [3, 5]
