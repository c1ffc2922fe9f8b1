"""Swappable model parts: vision encoders, projectors and language models."""

from slava_lightning.components.base import ImageProcessing, LanguageModel, Projector, VisionEncoder

__all__ = ["ImageProcessing", "LanguageModel", "Projector", "VisionEncoder"]
