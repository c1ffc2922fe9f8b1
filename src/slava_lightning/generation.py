"""Batched generation for :class:`~slava_lightning.model.SlavaModel`.

Greedy decoding and sampling run a KV-cached loop: images are encoded once, the prompt is left padded
after image expansion, and each step computes the LM head only at the last position. Logit
processing (repetition penalty, n-gram blocking, temperature, top-k, top-p) uses transformers'
processors over the *generated* tokens, as transformers does when generation starts from embeddings.
Beam search is delegated to the language model's own ``generate(inputs_embeds=...)``.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import torch

if TYPE_CHECKING:
    from slava_lightning.model import SlavaModel


@dataclass(frozen=True)
class GenerationSettings:
    """Decoding options (see :meth:`SlavaModel.generate`)."""

    max_new_tokens: int = 128
    do_sample: bool = False
    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = 0
    num_beams: int = 1
    no_repeat_ngram_size: int = 0
    repetition_penalty: float = 1.0
    eos_token_id: int | list[int] | None = None
    seed: int | None = None

    def __post_init__(self) -> None:
        if self.max_new_tokens < 1:
            raise ValueError(f"max_new_tokens must be >= 1, got {self.max_new_tokens}")
        if self.num_beams < 1:
            raise ValueError(f"num_beams must be >= 1, got {self.num_beams}")
        if self.temperature <= 0:
            raise ValueError(f"temperature must be > 0, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise ValueError(f"top_p must be in (0, 1], got {self.top_p}")
        if self.top_k < 0:
            raise ValueError(f"top_k must be >= 0, got {self.top_k}")
        if self.no_repeat_ngram_size < 0:
            raise ValueError(f"no_repeat_ngram_size must be >= 0, got {self.no_repeat_ngram_size}")
        if self.repetition_penalty <= 0:
            raise ValueError(f"repetition_penalty must be > 0, got {self.repetition_penalty}")


def logits_processors(settings: GenerationSettings) -> Any:
    """transformers ``LogitsProcessorList`` for ``settings`` (warpers only when sampling)."""
    from transformers import (
        LogitsProcessorList,
        NoRepeatNGramLogitsProcessor,
        RepetitionPenaltyLogitsProcessor,
        TemperatureLogitsWarper,
        TopKLogitsWarper,
        TopPLogitsWarper,
    )

    procs = LogitsProcessorList()
    if settings.repetition_penalty != 1.0:
        procs.append(RepetitionPenaltyLogitsProcessor(settings.repetition_penalty))
    if settings.no_repeat_ngram_size > 0:
        procs.append(NoRepeatNGramLogitsProcessor(settings.no_repeat_ngram_size))
    if settings.do_sample:
        if settings.temperature != 1.0:
            procs.append(TemperatureLogitsWarper(settings.temperature))
        if settings.top_k > 0:
            procs.append(TopKLogitsWarper(settings.top_k))
        if settings.top_p < 1.0:
            procs.append(TopPLogitsWarper(settings.top_p))
    return procs


def _eos_ids(model: SlavaModel, settings: GenerationSettings) -> list[int]:
    eos = settings.eos_token_id
    if eos is None:
        eos = int(model.tokenizer.eos_token_id)
    return [eos] if isinstance(eos, int) else list(eos)


def generate(
    model: SlavaModel,
    input_ids: torch.Tensor,
    attention_mask: torch.Tensor,
    pixel_values: torch.Tensor | None,
    settings: GenerationSettings,
    streamer: Callable[[list[int]], None] | None = None,
) -> torch.Tensor:
    """Generate new tokens ``[B, n]`` (``n <= max_new_tokens``), pad id after each row's EOS."""
    prep = model.prepare_inputs(input_ids, attention_mask, pixel_values, padding_side="left")
    eos = _eos_ids(model, settings)
    pad = model.language_model.pad_token_id
    if settings.num_beams > 1:
        if streamer is not None:
            raise ValueError("streamer is not supported with num_beams > 1")
        return _beam_search(model, prep.inputs_embeds, prep.attention_mask, settings, eos, pad)
    return _decode_loop(model, prep, settings, eos, pad, streamer)


def _decode_loop(
    model: SlavaModel,
    prep: Any,
    settings: GenerationSettings,
    eos: list[int],
    pad: int,
    streamer: Callable[[list[int]], None] | None,
) -> torch.Tensor:
    lm = model.language_model
    device = prep.inputs_embeds.device
    batch = prep.inputs_embeds.shape[0]
    procs = logits_processors(settings)
    generator = None
    if settings.do_sample and settings.seed is not None:
        generator = torch.Generator(device=device).manual_seed(settings.seed)
    eos_t = torch.tensor(eos, device=device)
    mask, positions = prep.attention_mask, prep.position_ids
    out = lm(
        inputs_embeds=prep.inputs_embeds,
        attention_mask=mask,
        position_ids=positions,
        use_cache=True,
        logits_to_keep=1,
    )
    generated = torch.empty(batch, 0, dtype=torch.long, device=device)
    finished = torch.zeros(batch, dtype=torch.bool, device=device)
    for step in range(settings.max_new_tokens):
        scores = procs(generated, out.logits[:, -1].float())
        if settings.do_sample:
            probs = torch.softmax(scores, dim=-1)
            nxt = torch.multinomial(probs, 1, generator=generator).squeeze(1)
        else:
            nxt = scores.argmax(dim=-1)
        nxt = torch.where(finished, pad, nxt)
        generated = torch.cat([generated, nxt[:, None]], dim=1)
        if streamer is not None:
            streamer(nxt.tolist())
        finished |= torch.isin(nxt, eos_t)
        if bool(finished.all()) or step == settings.max_new_tokens - 1:
            break
        mask = torch.cat([mask, mask.new_ones(batch, 1)], dim=1)
        positions = positions[:, -1:] + 1
        out = lm(
            inputs_embeds=lm.embed(nxt[:, None]),
            attention_mask=mask,
            position_ids=positions,
            cache=out.cache,
            use_cache=True,
            logits_to_keep=1,
        )
    return generated


def _beam_search(
    model: SlavaModel,
    embeds: torch.Tensor,
    mask: torch.Tensor,
    settings: GenerationSettings,
    eos: list[int],
    pad: int,
) -> torch.Tensor:
    if settings.seed is not None:
        torch.manual_seed(settings.seed)
    kwargs: dict[str, Any] = {
        "max_new_tokens": settings.max_new_tokens,
        "num_beams": settings.num_beams,
        "do_sample": settings.do_sample,
        "no_repeat_ngram_size": settings.no_repeat_ngram_size,
        "repetition_penalty": settings.repetition_penalty,
        "eos_token_id": eos,
        "pad_token_id": pad,
    }
    if settings.do_sample:
        kwargs.update(temperature=settings.temperature, top_p=settings.top_p, top_k=settings.top_k)
    with warnings.catch_warnings():
        # Starting from embeddings, n-gram blocking sees only new tokens, as in the greedy loop.
        warnings.filterwarnings("ignore", message=".*no_repeat_ngram_size.*inputs_embeds")
        out = model.language_model.model.generate(
            inputs_embeds=embeds, attention_mask=mask, **kwargs
        )
    # After the first EOS a row may hold anything the search kept; normalise to pad.
    after_eos = torch.isin(out, torch.tensor(eos, device=out.device)).long().cumsum(dim=1)
    after_eos = torch.cat([after_eos.new_zeros(out.shape[0], 1), after_eos[:, :-1]], dim=1) > 0
    return out.masked_fill(after_eos, pad)
