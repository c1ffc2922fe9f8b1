"""Fixtures of the interop tests (helpers live in ``llava_fixtures`` so tests can import them)."""

from llava_fixtures import llava_dir, pixels

__all__ = ["llava_dir", "pixels"]
