"""SlavaModel: encode images, project them, splice them in at ``<image>`` tokens, run the LM.

Batch contract (what the data collator produces):

* ``input_ids`` ``[B, T]`` with one ``<image>`` id per image, ``attention_mask`` ``[B, T]``;
* ``labels`` ``[B, T]`` (``IGNORE_INDEX`` where unsupervised), optional;
* ``pixel_values`` ``[N, 3, H, W]``: the batch's images in the order of their ``<image>`` tokens,
  row-major over the batch (several per sample, or none, are fine).

Each ``<image>`` token becomes the projector's ``T'`` embeddings. Padding is removed and re-applied
after expansion (right padding for training, left padding for generation), and position ids are
derived from the attention mask, so a sample's result does not depend on its batch mates.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import torch
import torch.nn.functional as F
from torch import nn

from slava_lightning.components.base import (
    COMPONENT_ATTRIBUTES,
    COMPONENT_NAMES,
    LanguageModel,
    Projector,
    VisionEncoder,
)
from slava_lightning.decoding import GenerationSettings
from slava_lightning.prompts import IGNORE_INDEX

PaddingSide = Literal["left", "right"]


@dataclass
class SlavaOutput:
    """Result of :meth:`SlavaModel.forward`.

    Attributes:
        loss: mean cross-entropy over all supervised tokens of the batch (``None`` without labels).
        per_sample_loss: ``[B]`` summed token cross-entropy per sample (``None`` without labels).
        per_sample_tokens: ``[B]`` number of supervised tokens per sample.
        logits: ``[B, L, V]`` over the expanded sequence, only when no labels were given.
        past_key_values: the LM's cache when ``use_cache`` was requested.
    """

    loss: torch.Tensor | None = None
    per_sample_loss: torch.Tensor | None = None
    per_sample_tokens: torch.Tensor | None = None
    logits: torch.Tensor | None = None
    past_key_values: Any = None


@dataclass
class PreparedInputs:
    """Expanded LM inputs: embeddings, mask, positions and labels, all ``[B, L, ...]``."""

    inputs_embeds: torch.Tensor
    attention_mask: torch.Tensor
    position_ids: torch.Tensor
    labels: torch.Tensor | None

    def __iter__(self) -> Any:
        return iter((self.inputs_embeds, self.attention_mask, self.position_ids, self.labels))


class SlavaModel(nn.Module):
    """Vision encoder -> projector -> causal language model.

    Args:
        vision_encoder: a :class:`VisionEncoder`.
        projector: a :class:`Projector` whose sizes match, or a factory ``(in_features, out_features)
            -> Projector`` (the usual YAML form); sizes are derived here, from the two other parts.
        language_model: a :class:`~slava_lightning.components.language.CausalLanguageModel`.
    """

    def __init__(
        self,
        vision_encoder: VisionEncoder,
        projector: Projector | Callable[[int, int], Projector],
        language_model: LanguageModel,
    ) -> None:
        super().__init__()
        d_in, d_out = vision_encoder.hidden_size, language_model.hidden_size
        proj = projector if isinstance(projector, nn.Module) else projector(d_in, d_out)
        if not isinstance(proj, Projector):
            raise ValueError(f"projector must be a Projector, got {type(proj).__name__}")
        sizes: tuple[int, int] = (int(proj.in_features), int(proj.out_features))
        if sizes != (d_in, d_out):
            raise ValueError(
                f"projector maps {sizes[0]} -> {sizes[1]} features, but the vision encoder's "
                f"hidden_size is {d_in} and the language model's is {d_out}"
            )
        self.vision_encoder: VisionEncoder = vision_encoder
        self.projector: Projector = proj
        self.language_model: LanguageModel = language_model
        # Fails early for a token-reducing projector that cannot take this encoder's grid.
        self.tokens_per_image = proj.num_output_tokens(vision_encoder.num_tokens)

    @property
    def tokenizer(self) -> Any:
        """The language model's tokenizer (with ``<image>``)."""
        return self.language_model.tokenizer

    @property
    def image_token_id(self) -> int:
        """Id of ``<image>``."""
        return self.language_model.image_token_id

    def components(self) -> dict[str, nn.Module]:
        """The three parts by their short names (``vision``, ``projector``, ``language``)."""
        return {name: getattr(self, attr) for name, attr in COMPONENT_ATTRIBUTES.items()}

    def num_parameters(self, component: str | None = None, trainable_only: bool = False) -> int:
        """Parameter count of one component (short or attribute name) or of everything."""
        names = {
            **{a: n for n, a in COMPONENT_ATTRIBUTES.items()},
            **{n: n for n in COMPONENT_NAMES},
        }
        if component is not None and component not in names:
            raise ValueError(f"unknown component {component!r}; one of {sorted(names)}")
        module = self if component is None else self.components()[names[component]]
        return sum(p.numel() for p in module.parameters() if p.requires_grad or not trainable_only)

    # ----------------------------------------------------------------- inputs
    def encode_images(self, pixel_values: torch.Tensor) -> torch.Tensor:
        """``[N, 3, H, W]`` -> projected image tokens ``[N, T', D_lm]``."""
        feats = self.vision_encoder(pixel_values)
        # A quantized projector holds no float parameters: it then takes the encoder's dtype.
        dtype = next((p.dtype for p in self.projector.parameters()), feats.dtype)
        return self.projector(feats.to(dtype))

    def _check_images(self, input_ids: torch.Tensor, images: torch.Tensor | None) -> None:
        n_tokens = int((input_ids == self.image_token_id).sum())
        n_images = 0 if images is None else int(images.shape[0])
        if n_tokens != n_images:
            raise ValueError(
                f"input_ids hold {n_tokens} <image> token(s) but pixel_values holds "
                f"{n_images} image(s) (pixel_values or image_features); give one per <image> token"
            )

    def prepare_inputs(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        pixel_values: torch.Tensor | None = None,
        labels: torch.Tensor | None = None,
        padding_side: PaddingSide = "right",
        image_features: torch.Tensor | None = None,
    ) -> PreparedInputs:
        """Expand every ``<image>`` token into its projected embeddings.

        Padding in the input (on either side) is dropped and re-applied on ``padding_side``.
        ``image_features`` (from :meth:`encode_images`) skips the encoder when given.
        """
        if input_ids.shape != attention_mask.shape:
            raise ValueError(
                f"input_ids {tuple(input_ids.shape)} and attention_mask "
                f"{tuple(attention_mask.shape)} differ in shape"
            )
        if labels is not None and labels.shape != input_ids.shape:
            raise ValueError(f"labels {tuple(labels.shape)} and input_ids differ in shape")
        if padding_side not in ("left", "right"):
            raise ValueError(f"padding_side must be 'left' or 'right', got {padding_side!r}")
        self._check_images(input_ids, pixel_values if image_features is None else image_features)
        if image_features is None and pixel_values is not None and pixel_values.shape[0] > 0:
            image_features = self.encode_images(pixel_values)
        batch, _ = input_ids.shape
        keep = attention_mask.bool()
        is_image = (input_ids == self.image_token_id) & keep
        n_per_image = 0 if image_features is None else image_features.shape[1]
        widths = torch.where(is_image, n_per_image, 1) * keep
        ends = widths.cumsum(dim=1)
        lengths = ends[:, -1]
        total = int(lengths.max())
        offset = (total - lengths) if padding_side == "left" else torch.zeros_like(lengths)
        starts = ends - widths + offset[:, None]

        token_embeds = self.language_model.embed(
            torch.where(is_image, self.language_model.pad_token_id, input_ids)
        )
        embeds = token_embeds.new_zeros(batch, total, token_embeds.shape[-1])
        new_mask = attention_mask.new_zeros(batch, total)
        new_labels = None if labels is None else labels.new_full((batch, total), IGNORE_INDEX)

        text = keep & ~is_image
        rows, cols = text.nonzero(as_tuple=True)
        dest = starts[rows, cols]
        embeds[rows, dest] = token_embeds[rows, cols]
        new_mask[rows, dest] = 1
        if new_labels is not None and labels is not None:
            new_labels[rows, dest] = labels[rows, cols]
        if image_features is not None:
            rows, cols = is_image.nonzero(as_tuple=True)  # row-major: the pixel_values order
            span = torch.arange(n_per_image, device=input_ids.device)
            dest = starts[rows, cols][:, None] + span
            rows = rows[:, None].expand_as(dest)
            embeds[rows, dest] = image_features.to(embeds.dtype)
            new_mask[rows, dest] = 1
        position_ids = (new_mask.long().cumsum(dim=1) - 1).clamp(min=0)
        return PreparedInputs(embeds, new_mask, position_ids, new_labels)

    # ----------------------------------------------------------------- training
    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        pixel_values: torch.Tensor | None = None,
        labels: torch.Tensor | None = None,
        reduction: Literal["mean", "none"] = "mean",
    ) -> SlavaOutput:
        """Loss over supervised tokens (LM head only where needed), or full logits without labels.

        ``reduction="none"`` skips the batch mean (``loss`` is ``None``) and leaves per-sample sums.
        """
        if reduction not in ("mean", "none"):
            raise ValueError(f"reduction must be 'mean' or 'none', got {reduction!r}")
        prep = self.prepare_inputs(input_ids, attention_mask, pixel_values, labels)
        out = self.language_model.decoder(
            inputs_embeds=prep.inputs_embeds,
            attention_mask=prep.attention_mask,
            position_ids=prep.position_ids,
            use_cache=False,
        )
        hidden = out.last_hidden_state
        if prep.labels is None:
            return SlavaOutput(logits=self.language_model.lm_head(hidden))
        # Token t predicts label t+1; only supervised targets reach the LM head.
        targets = prep.labels[:, 1:]
        supervised = targets != IGNORE_INDEX
        rows, cols = supervised.nonzero(as_tuple=True)
        logits = self.language_model.lm_head(hidden[:, :-1][rows, cols])
        token_loss = F.cross_entropy(logits.float(), targets[rows, cols], reduction="none")
        batch = input_ids.shape[0]
        per_sample = token_loss.new_zeros(batch).index_add(0, rows, token_loss)
        counts = supervised.sum(dim=1)
        loss = None
        if reduction == "mean":
            loss = token_loss.sum() / counts.sum().clamp(min=1)
        return SlavaOutput(loss=loss, per_sample_loss=per_sample, per_sample_tokens=counts)

    # ----------------------------------------------------------------- generation
    @torch.no_grad()
    def generate(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        pixel_values: torch.Tensor | None = None,
        settings: GenerationSettings | None = None,
        streamer: Callable[[list[int]], None] | None = None,
        **overrides: Any,
    ) -> torch.Tensor:
        """New tokens ``[B, n]`` for a (left- or right-) padded batch; rows end in pad after EOS.

        Args:
            input_ids: ``[B, T]`` prompt ids with one ``<image>`` per image.
            attention_mask: ``[B, T]``.
            pixel_values: ``[N, 3, H, W]``, one per ``<image>`` token, or ``None``.
            settings: the decoding options (default: ``GenerationSettings()``).
            streamer: called with the batch's new token ids after every step (not with beams).
            **overrides: :class:`~slava_lightning.decoding.GenerationSettings` fields put over
                ``settings`` (``dataclasses.replace``), e.g. ``generate(ids, mask, px,
                max_new_tokens=8)``.

        Greedy and sampling run a KV-cached loop here; beam search uses the language model's own
        ``generate``. See :mod:`slava_lightning.generation`.
        """
        from slava_lightning.generation import generate

        return generate(
            self, input_ids, attention_mask, pixel_values, _settings(settings, overrides), streamer
        )


def _settings(settings: GenerationSettings | None, overrides: dict[str, Any]) -> GenerationSettings:
    """``settings`` (or the defaults) with ``overrides`` put over them; unknown names raise."""
    if settings is not None and not isinstance(settings, GenerationSettings):
        raise TypeError(
            f"settings must be a GenerationSettings, got {type(settings).__name__}; pass decoding "
            "options by name (max_new_tokens=...) or as GenerationSettings(...)"
        )
    names = {f.name for f in dataclasses.fields(GenerationSettings)}
    unknown = sorted(set(overrides) - names)
    if unknown:
        raise TypeError(
            f"generate() got unknown decoding option(s) {unknown}; GenerationSettings fields are "
            f"{sorted(names)}"
        )
    base = settings if settings is not None else GenerationSettings()
    return dataclasses.replace(base, **overrides) if overrides else base
