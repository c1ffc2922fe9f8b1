"""Swappable model parts: vision encoders, projectors, language models, and presets."""

from slava_lightning.components.base import ImageProcessing, LanguageModel, Projector, VisionEncoder

__all__ = ["ImageProcessing", "LanguageModel", "Projector", "VisionEncoder"]
