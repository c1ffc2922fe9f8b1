"""Vision encoders: transformers CLIP / SigLIP towers and any timm model.

Each encoder returns the hidden states of one layer (``feature_layer``, LLaVA's ``mm_vision_select_layer``)
as tokens ``[N, num_tokens, hidden_size]``; ``select="patch"`` drops the class token
(LLaVA's ``mm_vision_select_feature``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import torch

from slava_lightning.components.base import ImageProcessing, VisionEncoder

#: OpenAI CLIP normalisation (the default of ``CLIPImageProcessor``).
CLIP_MEAN = (0.48145466, 0.4578275, 0.40821073)
CLIP_STD = (0.26862954, 0.26130258, 0.27577711)
#: SigLIP normalisation (the default of ``SiglipImageProcessor``).
SIGLIP_MEAN = (0.5, 0.5, 0.5)
SIGLIP_STD = (0.5, 0.5, 0.5)

#: transformers vision ``model_type`` -> the encoder family it belongs to (normalisation, layout).
HF_FAMILIES = {
    "clip": "clip",
    "clip_vision_model": "clip",
    "siglip": "siglip",
    "siglip_vision_model": "siglip",
}

Select = Literal["patch", "full"]


def _check_select(select: str) -> None:
    if select not in ("patch", "full"):
        raise ValueError(f"select must be 'patch' or 'full', got {select!r}")


def processing_from_settings(
    cfg: dict[str, Any], default: ImageProcessing, where: str | Path
) -> ImageProcessing:
    """Size/mean/std from image-processor settings (crop size wins over resize size).

    ``where`` names the settings' file in errors.
    """
    size: Any = cfg.get("crop_size") or cfg.get("size") or default.size
    if isinstance(size, dict):
        size = size.get("height") or size.get("shortest_edge") or default.size
    mean = tuple(cfg.get("image_mean", default.mean))
    std = tuple(cfg.get("image_std", default.std))
    if len(mean) != 3 or len(std) != 3:
        raise ValueError(f"{where}: image_mean and image_std must have 3 values")
    return ImageProcessing(int(size), mean, std)


class HFVisionEncoder(VisionEncoder):
    """A transformers CLIP or SigLIP vision tower.

    Args:
        path: local folder of a ``CLIPVisionModel`` / ``CLIPModel`` / ``SiglipVisionModel`` checkpoint.
        config: a vision config as a dict with ``model_type`` (``clip_vision_model``, ``siglip_vision_model``,
            or ``clip`` / ``siglip``) and the config's fields; builds a randomly initialised tower.
        feature_layer: index into the tower's hidden states (``-2``: the penultimate layer, as in LLaVA).
        select: ``"patch"`` drops CLIP's class token; ``"full"`` keeps it (SigLIP has none).

    Examples:
        >>> enc = HFVisionEncoder(config={"model_type": "clip_vision_model", "image_size": 32,
        ...     "patch_size": 8, "hidden_size": 32, "intermediate_size": 64,
        ...     "num_hidden_layers": 2, "num_attention_heads": 2})
        >>> enc(torch.zeros(1, 3, 32, 32)).shape
        torch.Size([1, 16, 32])
    """

    def __init__(
        self,
        path: str | None = None,
        config: dict[str, Any] | None = None,
        feature_layer: int = -2,
        select: Select = "patch",
    ) -> None:
        super().__init__()
        if (path is None) == (config is None):
            raise ValueError("HFVisionEncoder needs exactly one of path= or config=")
        _check_select(select)
        self.feature_layer = feature_layer
        self.select = select
        preprocessor: Path | None = None
        if path is not None:
            folder = Path(path)
            cfg_file = folder / "config.json"
            if not cfg_file.is_file():
                raise ValueError(f"vision encoder path {path!r} has no config.json")
            model_type = json.loads(cfg_file.read_text()).get("model_type", "")
            self.family = self._family(model_type, f"{cfg_file}: model_type")
            self.model: Any = self._model_class().from_pretrained(folder)
            if (folder / "preprocessor_config.json").is_file():
                preprocessor = folder / "preprocessor_config.json"
        else:
            assert config is not None
            cfg = dict(config)
            self.family = self._family(str(cfg.pop("model_type", "")), "config['model_type']")
            self.model = self._model_class()(self._config_class()(**cfg))
        vcfg = self.model.config
        n_layers = vcfg.num_hidden_layers
        if not -(n_layers + 1) <= feature_layer <= n_layers:
            raise ValueError(
                f"feature_layer={feature_layer} is out of range for a tower with {n_layers} layers "
                f"(hidden states are indexed {-(n_layers + 1)}..{n_layers})"
            )
        mean, std = (CLIP_MEAN, CLIP_STD) if self.family == "clip" else (SIGLIP_MEAN, SIGLIP_STD)
        default = ImageProcessing(int(vcfg.image_size), mean, std)
        self._processing = (
            processing_from_settings(json.loads(preprocessor.read_text()), default, preprocessor)
            if preprocessor is not None
            else default
        )

    @staticmethod
    def _family(model_type: str, where: str) -> str:
        try:
            return HF_FAMILIES[model_type]
        except KeyError:
            raise ValueError(
                f"{where} is {model_type!r}; expected one of {sorted(HF_FAMILIES)}"
            ) from None

    def _model_class(self) -> Any:
        from transformers import CLIPVisionModel, SiglipVisionModel

        return CLIPVisionModel if self.family == "clip" else SiglipVisionModel

    def _config_class(self) -> Any:
        from transformers import CLIPVisionConfig, SiglipVisionConfig

        return CLIPVisionConfig if self.family == "clip" else SiglipVisionConfig

    @property
    def has_cls_token(self) -> bool:
        """Whether the tower prepends a class token (CLIP does, SigLIP does not)."""
        return self.family == "clip"

    @property
    def hidden_size(self) -> int:
        """Width of the tower's hidden states."""
        return int(self.model.config.hidden_size)

    @property
    def num_tokens(self) -> int:
        """Patch tokens per image (plus the class token when ``select="full"``)."""
        grid = self._processing.size // int(self.model.config.patch_size)
        extra = 1 if (self.has_cls_token and self.select == "full") else 0
        return grid * grid + extra

    @property
    def processing(self) -> ImageProcessing:
        """Size and normalisation from the checkpoint's processor settings or the config."""
        return self._processing

    @processing.setter
    def processing(self, value: ImageProcessing) -> None:
        # Checkpoints built from a config (interop) carry their processor settings separately.
        self._processing = value

    def forward(self, pixel_values: torch.Tensor) -> torch.Tensor:
        """Hidden states of ``feature_layer`` for ``pixel_values`` ``[N, 3, H, W]``."""
        dtype = next(self.model.parameters()).dtype
        out = self.model(pixel_values=pixel_values.to(dtype), output_hidden_states=True)
        feats = out.hidden_states[self.feature_layer]
        if self.has_cls_token and self.select == "patch":
            feats = feats[:, 1:]
        return feats


class TimmVisionEncoder(VisionEncoder):
    """Any timm model as a token encoder: ViT tokens, or a CNN feature map flattened to tokens.

    Built with ``pretrained=False`` (never downloads); ``pretrained_path`` loads a local weights file
    (``.safetensors``, ``.pth``, ``.bin``) through timm's own loader.

    Args:
        model_name: a timm model name (``vit_base_patch16_224``, ``convnext_tiny``, ``resnet50``...).
        pretrained_path: local weights file.
        image_size: input size; passed to ViT-style models as ``img_size``; defaults to the model's.
        feature_layer: index into ``forward_intermediates`` outputs (blocks for ViTs, stages for CNNs).
        select: ``"patch"`` drops prefix (class/register) tokens; ``"full"`` keeps them first.
        model_kwargs: more arguments for ``timm.create_model`` (``depth``, ``embed_dim``...).
    """

    def __init__(
        self,
        model_name: str,
        pretrained_path: str | None = None,
        image_size: int | None = None,
        feature_layer: int = -1,
        select: Select = "patch",
        model_kwargs: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        import timm

        _check_select(select)
        if not timm.is_model(model_name):
            raise ValueError(f"model_name {model_name!r} is not a timm model")
        if pretrained_path is not None and not Path(pretrained_path).is_file():
            raise ValueError(f"pretrained_path {pretrained_path!r} is not a file")
        kwargs: dict[str, Any] = {"num_classes": 0, **(model_kwargs or {})}
        if pretrained_path is not None:
            kwargs.update(pretrained=True, pretrained_cfg_overlay={"file": pretrained_path})
        else:
            kwargs["pretrained"] = False
        self.model: Any
        if image_size is not None:
            try:
                self.model = timm.create_model(model_name, img_size=image_size, **kwargs)
            except TypeError:  # CNNs take any input size and have no img_size argument
                self.model = timm.create_model(model_name, **kwargs)
        else:
            self.model = timm.create_model(model_name, **kwargs)
        if not hasattr(self.model, "forward_intermediates"):
            raise ValueError(f"timm model {model_name!r} has no forward_intermediates()")
        self.feature_layer = feature_layer
        self.select = select
        # Kept so that a checkpoint can record how to rebuild this encoder (slava_lightning.artifact).
        self.model_name = model_name
        self.model_kwargs = dict(model_kwargs or {})
        data_cfg = timm.data.resolve_model_data_config(self.model)
        size = image_size or int(data_cfg["input_size"][-1])
        self._processing = ImageProcessing(size, tuple(data_cfg["mean"]), tuple(data_cfg["std"]))
        self.num_prefix_tokens = int(getattr(self.model, "num_prefix_tokens", 0))
        # Widths and token counts differ between timm families; one dry run reads them reliably.
        with torch.no_grad():
            probe = self(torch.zeros(1, 3, size, size))
        self._num_tokens, self._hidden_size = int(probe.shape[1]), int(probe.shape[2])

    @property
    def hidden_size(self) -> int:
        """Channels of the selected feature map."""
        return self._hidden_size

    @property
    def num_tokens(self) -> int:
        """Tokens per image at ``processing.size``."""
        return self._num_tokens

    @property
    def processing(self) -> ImageProcessing:
        """Size and normalisation from the timm model's pretrained config."""
        return self._processing

    def forward(self, pixel_values: torch.Tensor) -> torch.Tensor:
        """Features of ``feature_layer`` as tokens ``[N, H'*W' (+prefix), C]``."""
        dtype = next(self.model.parameters()).dtype
        want_prefix = self.select == "full" and self.num_prefix_tokens > 0
        kwargs = {"return_prefix_tokens": True} if want_prefix else {}
        (out,) = self.model.forward_intermediates(
            pixel_values.to(dtype),
            indices=[self.feature_layer],
            intermediates_only=True,
            **kwargs,
        )
        prefix = None
        if want_prefix:
            out, prefix = out
        tokens = out.flatten(2).transpose(1, 2) if out.ndim == 4 else out
        return torch.cat([prefix, tokens], dim=1) if prefix is not None else tokens


__all__ = ["HFVisionEncoder", "TimmVisionEncoder"]
