"""Fixtures of the human-evaluation tests: a built study and its server."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from .helpers import IMAGES, SYSTEMS, write_eval_dir


@pytest.fixture
def systems(tmp_path: Path) -> dict[str, Path]:
    """System name -> slava-eval output folder."""
    return {
        SYSTEMS[0]: write_eval_dir(tmp_path / "eval-a", "Described by the first."),
        SYSTEMS[1]: write_eval_dir(tmp_path / "eval-b", "Described by the second."),
    }


@pytest.fixture
def study_dir(tmp_path: Path, systems: dict[str, Path]) -> Path:
    """A built two-system, two-rater study of the three cases (6 items)."""
    from slava_lightning.humaneval.study import build_study

    if not IMAGES.is_dir():
        pytest.skip(f"reference images not found at {IMAGES}")
    out = tmp_path / "study"
    build_study(systems, out, ["alice", "bob"], images_dir=IMAGES, seed=0)
    return out


@pytest.fixture
def served(study_dir: Path) -> Iterator[str]:
    """The study served on a free loopback port; yields the base URL."""
    from slava_lightning.humaneval.server import make_server

    server = make_server(study_dir, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
