"""Batched generation for :class:`~slava_lightning.model.SlavaModel`.

Greedy decoding and sampling run a KV-cached loop: images are encoded once, the prompt is left padded
after image expansion, and each step computes the LM head only at the last position. The cache
writes into buffers sized for the prompt plus ``max_new_tokens`` (:func:`preallocated_cache`), so a
step does not copy the whole cache as transformers' concatenating ``DynamicCache`` does, and rows
that have produced EOS leave the batch, so the remaining rows do not pay for them. Logit processing
(repetition penalty, n-gram blocking, temperature, top-k, top-p) uses transformers' processors over
the *generated* tokens, as transformers does when generation starts from embeddings. Beam search is
delegated to the language model's own ``generate(inputs_embeds=...)``. A seed never reseeds the
caller's random stream: sampling draws from its own ``torch.Generator``, and beam sampling (where
transformers takes no generator) inside :func:`seeded_default_generators`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import warnings
from collections.abc import Callable, Iterator
from typing import Any, Literal, Protocol

import torch
from transformers.cache_utils import DynamicCache, DynamicLayer

from slava_lightning.decoding import GenerationSettings


class GenerativeModel(Protocol):
    """What generation needs of a model; :class:`~slava_lightning.model.SlavaModel` is one.

    (A protocol rather than the class itself: the model calls generation, not the other way.)
    """

    @property
    def tokenizer(self) -> Any: ...

    @property
    def language_model(self) -> Any: ...

    def prepare_inputs(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        pixel_values: torch.Tensor | None,
        *,
        padding_side: Literal["left", "right"] = "right",
    ) -> Any: ...


#: Fields of :class:`GenerationSettings` that only matter when sampling.
SAMPLING_FIELDS = frozenset({"temperature", "top_p", "top_k"})

#: Vocabulary rows per slice of the LM head when decoding a batch on CPU (see
#: :meth:`~slava_lightning.components.language.CausalLanguageModel.lm_head`).
HEAD_BLOCK_ROWS_CPU = 1024


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


def generate(
    model: GenerativeModel,
    input_ids: torch.Tensor,
    attention_mask: torch.Tensor,
    pixel_values: torch.Tensor | None,
    settings: GenerationSettings,
    streamer: Callable[[list[int]], None] | None = None,
) -> torch.Tensor:
    """Generate new tokens ``[B, n]`` (``n <= max_new_tokens``), pad id after each row's EOS."""
    prep = model.prepare_inputs(input_ids, attention_mask, pixel_values, padding_side="left")
    eos = settings.eos_ids(int(model.tokenizer.eos_token_id))
    pad = model.language_model.pad_token_id
    if settings.num_beams > 1:
        if streamer is not None:
            raise ValueError("streamer is not supported with num_beams > 1")
        return _beam_search(model, prep.inputs_embeds, prep.attention_mask, settings, eos, pad)
    return _decode_loop(model, prep, settings, eos, pad, streamer)


class _BufferedLayer(DynamicLayer):
    """A full-attention cache layer that writes keys and values into preallocated buffers.

    ``keys`` / ``values`` are views of the filled part, so attention sees exactly what a
    ``DynamicLayer`` would hold; only the per-step concatenation (a copy of the whole cache) is
    gone. Outgrowing the buffers doubles them; batch selection compacts them in place.
    """

    def __init__(self, capacity: int) -> None:
        super().__init__()
        self.capacity = capacity
        self.length = 0

    def lazy_initialization(self, key_states: torch.Tensor, value_states: torch.Tensor) -> None:
        self.device = key_states.device
        self._allocate(key_states, value_states, self.capacity)
        self.is_initialized = True

    def _allocate(self, k: torch.Tensor, v: torch.Tensor, capacity: int) -> None:
        """Empty buffers shaped like ``k`` / ``v`` with room for ``capacity`` positions."""
        self._k = k.new_empty(k.shape[0], k.shape[1], capacity, k.shape[3])
        self._v = v.new_empty(v.shape[0], v.shape[1], capacity, v.shape[3])
        self.capacity = capacity

    def _expose(self) -> tuple[torch.Tensor, torch.Tensor]:
        """Point ``keys`` / ``values`` at the filled part of the buffers and return them."""
        keys, values = self._k[:, :, : self.length], self._v[:, :, : self.length]
        self.keys, self.values = keys, values
        return keys, values

    def update(
        self, key_states: torch.Tensor, value_states: torch.Tensor, *args: Any, **kwargs: Any
    ) -> tuple[torch.Tensor, torch.Tensor]:
        if not self.is_initialized:
            self.lazy_initialization(key_states, value_states)
        end = self.length + key_states.shape[-2]
        if end > self.capacity:
            old_k, old_v = self._k[:, :, : self.length], self._v[:, :, : self.length]
            self._allocate(old_k, old_v, max(end, 2 * self.capacity))
            self._k[:, :, : self.length] = old_k
            self._v[:, :, : self.length] = old_v
        self._k[:, :, self.length : end] = key_states
        self._v[:, :, self.length : end] = value_states
        self.length = end
        return self._expose()

    def get_seq_length(self) -> int:
        return self.length

    def batch_select_indices(self, indices: torch.Tensor) -> None:
        if not self.is_initialized:
            return
        n = len(indices)
        self._k[:n] = self._k[indices]
        self._v[:n] = self._v[indices]
        self._k, self._v = self._k[:n], self._v[:n]
        self._expose()

    def crop(self, tokens_to_remove: int) -> None:
        if tokens_to_remove > 0:
            raise ValueError(f"crop takes a negative count of tokens, got {tokens_to_remove}")
        self.length = max(0, self.length + tokens_to_remove)
        if self.is_initialized:
            self._expose()

    def batch_repeat_interleave(self, repeats: int) -> None:
        if self.is_initialized:
            self._k = self._k.repeat_interleave(repeats, dim=0)
            self._v = self._v.repeat_interleave(repeats, dim=0)
            self._expose()

    def reorder_cache(self, beam_idx: torch.LongTensor) -> None:
        if self.is_initialized:
            self._k = self._k.index_select(0, beam_idx.to(self._k.device))
            self._v = self._v.index_select(0, beam_idx.to(self._v.device))
            self._expose()

    def reset(self) -> None:
        self.length = 0
        self._k = self._v = None  # type: ignore[assignment]
        super().reset()


def preallocated_cache(model: Any, capacity: int) -> Any:
    """A ``DynamicCache`` for ``model`` whose layers write into buffers of ``capacity`` positions.

    Every layer of the model must use full attention (the layers transformers would build are plain
    ``DynamicLayer``); for other layouts (sliding windows, linear attention) this returns ``None``
    and the model builds its own cache.
    """
    cache = DynamicCache(config=model.config)
    if not cache.layers or any(type(layer) is not DynamicLayer for layer in cache.layers):
        return None
    cache.layers = [_BufferedLayer(capacity) for _ in cache.layers]
    return cache


def _decode_loop(
    model: GenerativeModel,
    prep: Any,
    settings: GenerationSettings,
    eos: list[int],
    pad: int,
    streamer: Callable[[list[int]], None] | None,
) -> torch.Tensor:
    lm = model.language_model
    device = prep.inputs_embeds.device
    batch, prompt_len = prep.inputs_embeds.shape[:2]
    procs = logits_processors(settings)
    generator = None
    if settings.do_sample and settings.seed is not None:
        generator = torch.Generator(device=device).manual_seed(settings.seed)
    eos_t = torch.tensor(eos, device=device)
    mask, positions = prep.attention_mask, prep.position_ids
    cache = preallocated_cache(lm.model, prompt_len + settings.max_new_tokens)
    logits, cache = _forward(lm, prep.inputs_embeds, mask, positions, cache)
    generated = torch.full((batch, settings.max_new_tokens), pad, dtype=torch.long, device=device)
    active = torch.arange(batch, device=device)  # rows of ``generated`` still in the model's batch
    for step in range(settings.max_new_tokens):
        scores = procs(generated[active, :step], logits.float())
        if settings.do_sample:
            probs = torch.softmax(scores, dim=-1)
            nxt = torch.multinomial(probs, 1, generator=generator).squeeze(1)
        else:
            nxt = scores.argmax(dim=-1)
        generated[active, step] = nxt
        if streamer is not None:
            streamer(generated[:, step].tolist())
        going = ~torch.isin(nxt, eos_t)
        if step == settings.max_new_tokens - 1 or not bool(going.any()):
            return generated[:, : step + 1]
        if not bool(going.all()):  # finished rows leave the batch (and the cache)
            keep = going.nonzero().flatten()
            active, nxt, mask, positions = active[keep], nxt[keep], mask[keep], positions[keep]
            cache.batch_select_indices(keep)
        mask = torch.cat([mask, mask.new_ones(len(active), 1)], dim=1)
        positions = positions[:, -1:] + 1
        logits, cache = _forward(lm, lm.embed(nxt[:, None]), mask, positions, cache)
    raise AssertionError("unreachable: the loop returns at its last step")


def _forward(
    lm: Any,
    embeds: torch.Tensor,
    mask: torch.Tensor,
    positions: torch.Tensor,
    cache: Any,
) -> tuple[torch.Tensor, Any]:
    """Decoder over ``embeds`` with ``cache``; logits ``[B, vocab]`` of the last position only.

    Batches on CPU compute the head in vocabulary blocks (:data:`HEAD_BLOCK_ROWS_CPU`).
    """
    blocked = embeds.device.type == "cpu" and embeds.shape[0] > 1
    out = lm.decoder(
        inputs_embeds=embeds,
        attention_mask=mask,
        position_ids=positions,
        cache=cache,
        use_cache=True,
    )
    hidden = out.last_hidden_state[:, -1]
    return lm.lm_head(hidden, block_rows=HEAD_BLOCK_ROWS_CPU if blocked else None), out.cache


@contextlib.contextmanager
def seeded_default_generators(seed: int | None, device: torch.device) -> Iterator[None]:
    """Draws inside come from torch's default generators seeded with ``seed``; on exit their
    previous states are back, so the caller's random stream is as if nothing had been drawn.

    For code that takes no ``torch.Generator`` (transformers' ``generate``, whose beam sampling
    draws from the default generator). The CPU generator and, for a CUDA ``device``, that
    device's are forked. Not for concurrent use: another thread drawing from the same default
    generator meanwhile would shift this sequence. ``seed=None`` changes nothing.
    """
    if seed is None:
        yield
        return
    cuda = (
        [device.index if device.index is not None else torch.cuda.current_device()]
        if (device.type == "cuda")
        else []
    )
    with torch.random.fork_rng(devices=cuda, device_type="cuda"):
        torch.random.default_generator.manual_seed(seed)
        for index in cuda:
            torch.cuda.default_generators[index].manual_seed(seed)
        yield


def _beam_search(
    model: GenerativeModel,
    embeds: torch.Tensor,
    mask: torch.Tensor,
    settings: GenerationSettings,
    eos: list[int],
    pad: int,
) -> torch.Tensor:
    # The fields are named as transformers' GenerationConfig names them; the seed is applied here,
    # and the warpers are passed only when sampling (transformers warns about them otherwise).
    skip = {"seed", "eos_token_id"} | (set() if settings.do_sample else SAMPLING_FIELDS)
    kwargs: dict[str, Any] = {
        k: v for k, v in dataclasses.asdict(settings).items() if k not in skip
    }
    kwargs.update(eos_token_id=eos, pad_token_id=pad)
    seed = settings.seed if settings.do_sample else None  # beam search alone draws nothing
    with warnings.catch_warnings(), seeded_default_generators(seed, embeds.device):
        # Starting from embeddings, n-gram blocking sees only new tokens, as in the greedy loop.
        warnings.filterwarnings("ignore", message=".*no_repeat_ngram_size.*inputs_embeds")
        out = model.language_model.model.generate(
            inputs_embeds=embeds, attention_mask=mask, **kwargs
        )
    # After the first EOS a row may hold anything the search kept; normalise to pad.
    after_eos = torch.isin(out, torch.tensor(eos, device=out.device)).long().cumsum(dim=1)
    after_eos = torch.cat([after_eos.new_zeros(out.shape[0], 1), after_eos[:, :-1]], dim=1) > 0
    return out.masked_fill(after_eos, pad)
