"""Synthetic chest radiograph phantoms with one planted, visible finding and a report that says so.

These are drawn procedurally (numpy), not real patients. Each synthetic phantom shows a body, two
lungs with vessel markings, a heart and mediastinum, and at most one finding:

==============  ==========================================================================
``normal``      nothing planted
``cardiomegaly`` a wide cardiac silhouette (cardiothoracic ratio ~0.6 instead of ~0.35)
``effusion``    fluid filling the lung base with a meniscus rising laterally (``small``: a blunted
                costophrenic angle; ``large``: the lower half of the lung)
``pneumothorax`` a dark rim without markings lateral to a thin bright pleural line
``opacity``     a round bright focus in the ``upper``/``middle``/``lower`` zone
``device``      a bright central venous catheter line from the neck to the superior vena cava
==============  ==========================================================================

Sides are the patient's: the patient's right lung is on the image's left (PA view). The Findings
text names the finding in its first sentence, with side and size, from a small templated vocabulary,
so that a tiny model can learn to name it.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

import numpy as np
from PIL import Image, ImageFilter

from slava_lightning.observations import CHEXPERT_OBSERVATIONS

Kind = Literal["normal", "cardiomegaly", "effusion", "pneumothorax", "opacity", "device"]
KINDS: tuple[str, ...] = ("normal", "cardiomegaly", "effusion", "pneumothorax", "opacity", "device")
SIDED = ("effusion", "pneumothorax", "opacity", "device")
SIZED = ("effusion", "pneumothorax", "opacity")
ZONES = ("upper", "middle", "lower")

OBSERVATIONS: tuple[str, ...] = CHEXPERT_OBSERVATIONS


@dataclass(frozen=True)
class FindingSpec:
    """What to plant.

    Args:
        kind: one of :data:`KINDS`.
        side: ``left`` or ``right`` (patient's side) for effusion, pneumothorax, opacity, device.
        size: ``small`` or ``large`` for effusion, pneumothorax, opacity.
        zone: ``upper``, ``middle`` or ``lower`` for opacity.
    """

    kind: str = "normal"
    side: str | None = None
    size: str | None = None
    zone: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"FindingSpec.kind must be one of {KINDS}, got {self.kind!r}")
        if (self.kind in SIDED) != (self.side in ("left", "right")):
            raise ValueError(
                f"FindingSpec.side for {self.kind!r} must be 'left'/'right' or None as fitting, got {self.side!r}"
            )
        if (self.kind in SIZED) != (self.size in ("small", "large")):
            raise ValueError(
                f"FindingSpec.size for {self.kind!r} must be 'small'/'large' or None as fitting, got {self.size!r}"
            )
        if (self.kind == "opacity") != (self.zone in ZONES):
            raise ValueError(
                f"FindingSpec.zone for {self.kind!r} must be one of {ZONES} or None as fitting, got {self.zone!r}"
            )

    @staticmethod
    def sample(rng: np.random.Generator, kind: str | None = None) -> FindingSpec:
        """A random spec (of ``kind`` when given)."""
        k = kind or str(rng.choice(KINDS))
        side = str(rng.choice(("left", "right"))) if k in SIDED else None
        size = str(rng.choice(("small", "large"))) if k in SIZED else None
        zone = str(rng.choice(ZONES)) if k == "opacity" else None
        return FindingSpec(k, side, size, zone)


class Phantom(NamedTuple):
    """A synthetic phantom: 8-bit grayscale image, Findings, Impression, CheXpert-style labels."""

    image: Image.Image
    findings: str
    impression: str
    labels: dict[str, float]


# -- text ------------------------------------------------------------------------------------
def describe(spec: FindingSpec) -> tuple[str, str]:
    """Findings and Impression that state exactly what is drawn."""
    k, side, size = spec.kind, spec.side, spec.size
    if k == "normal":
        return (
            "No acute abnormality. The heart size is normal. The lungs are clear. "
            "There is no pleural effusion or pneumothorax.",
            "No acute cardiopulmonary abnormality.",
        )
    if k == "cardiomegaly":
        return (
            "The heart is enlarged. The lungs are clear. There is no pleural effusion or pneumothorax.",
            "Cardiomegaly.",
        )
    if k == "effusion":
        return (
            f"There is a {size} {side} pleural effusion. The heart size is normal. "
            "There is no pneumothorax.",
            f"{size.capitalize()} {side} pleural effusion.",  # type: ignore[union-attr]
        )
    if k == "pneumothorax":
        return (
            f"There is a {size} {side} pneumothorax. The heart size is normal. "
            "There is no pleural effusion.",
            f"{size.capitalize()} {side} pneumothorax.",  # type: ignore[union-attr]
        )
    if k == "opacity":
        return (
            f"There is a {size} focal opacity in the {side} {spec.zone} lung zone. The heart size is "
            "normal. There is no pleural effusion or pneumothorax.",
            f"{size.capitalize()} {side} {spec.zone} zone opacity.",  # type: ignore[union-attr]
        )
    return (
        f"There is a {side} central venous catheter. The heart size is normal. The lungs are "
        "clear. There is no pleural effusion or pneumothorax.",
        f"{side.capitalize()} central venous catheter. No acute cardiopulmonary abnormality.",  # type: ignore[union-attr]
    )


def chexpert_labels(spec: FindingSpec) -> dict[str, float]:
    """Labels as the texts state them: 1 positive, 0 stated absent, NaN not mentioned."""
    labels = dict.fromkeys(OBSERVATIONS, math.nan)
    stated_absent = {
        "normal": ("Cardiomegaly", "Lung Opacity", "Pleural Effusion", "Pneumothorax"),
        "cardiomegaly": ("Lung Opacity", "Pleural Effusion", "Pneumothorax"),
        "effusion": ("Cardiomegaly", "Pneumothorax"),
        "pneumothorax": ("Cardiomegaly", "Pleural Effusion"),
        "opacity": ("Cardiomegaly", "Pleural Effusion", "Pneumothorax"),
        "device": ("Cardiomegaly", "Lung Opacity", "Pleural Effusion", "Pneumothorax"),
    }[spec.kind]
    for name in stated_absent:
        labels[name] = 0.0
    positive = {
        "cardiomegaly": "Cardiomegaly",
        "effusion": "Pleural Effusion",
        "pneumothorax": "Pneumothorax",
        "opacity": "Lung Opacity",
        "device": "Support Devices",
    }.get(spec.kind)
    if positive is not None:
        labels[positive] = 1.0
    # CheXpert: No Finding when nothing but Support Devices is positive.
    if spec.kind in ("normal", "device"):
        labels["No Finding"] = 1.0
    return labels


# -- drawing ----------------------------------------------------------------------------------
def _ellipse(
    yy: np.ndarray, xx: np.ndarray, cy: float, cx: float, ry: float, rx: float
) -> np.ndarray:
    """Signed level: < 1 inside the ellipse."""
    return ((yy - cy) / ry) ** 2 + ((xx - cx) / rx) ** 2


def _soft(level: np.ndarray, edge: float) -> np.ndarray:
    """Soft inside-mask of ``level < 1`` with an edge of relative width ``edge``."""
    return np.clip((1.0 - level) / edge, 0.0, 1.0)


def _segment(
    yy: np.ndarray, xx: np.ndarray, p0: tuple[float, float], p1: tuple[float, float]
) -> np.ndarray:
    """Distance of every pixel to the segment ``p0``-``p1`` (``(y, x)`` in [0, 1])."""
    (y0, x0), (y1, x1) = p0, p1
    dy, dx = y1 - y0, x1 - x0
    t = np.clip(((yy - y0) * dy + (xx - x0) * dx) / (dy * dy + dx * dx + 1e-12), 0.0, 1.0)
    return np.hypot(yy - (y0 + t * dy), xx - (x0 + t * dx))


def _lung_x(side: str) -> float:
    """Image x of a lung's centre: the patient's right lung is on the image's left."""
    return 0.31 if side == "right" else 0.69


def _draw(spec: FindingSpec, rng: np.random.Generator, size: int) -> np.ndarray:
    px = 1.0 / size
    jitter = rng.uniform(-0.02, 0.02, size=2)
    axis = (np.arange(size) + 0.5) / size
    yy, xx = np.meshgrid(axis - jitter[0], axis - jitter[1], indexing="ij")
    img = np.zeros((size, size))
    img += 0.5 * _soft(_ellipse(yy, xx, 0.58, 0.5, 0.5, 0.44), 0.1)  # body soft tissue
    lungs = {s: _ellipse(yy, xx, 0.47, _lung_x(s), 0.28, 0.15) for s in ("right", "left")}
    collapsed = dict(lungs)
    if spec.kind == "pneumothorax":
        # the lung shrinks towards the hilum; air without markings fills the lateral rim
        f = 0.55 if spec.size == "large" else 0.78
        cx = _lung_x(spec.side or "right") + (0.15 * (1 - f)) * (1 if spec.side == "right" else -1)
        collapsed[spec.side or "right"] = _ellipse(yy, xx, 0.49, cx, 0.28 * f, 0.15 * f)
    markings = np.zeros_like(img)
    for s, hx in (("right", 0.42), ("left", 0.58)):
        for _ in range(7):  # vessels: segments from the hilum to random points of the lung
            a, r = rng.uniform(0, 2 * math.pi), rng.uniform(0.5, 0.95)
            end = (0.47 + 0.28 * r * math.sin(a), _lung_x(s) + 0.15 * r * math.cos(a))
            vessel = 1.0 - _segment(yy, xx, (0.5, hx), end) / (0.8 * px)
            markings = np.maximum(markings, np.clip(vessel, 0.0, 1.0))
    for s in ("right", "left"):
        inside = _soft(lungs[s], 0.15)
        img -= 0.38 * inside  # aerated lung is dark
        img += 0.12 * markings * _soft(collapsed[s], 0.1)
        if spec.kind == "pneumothorax" and s == spec.side:
            rim = inside * (1.0 - _soft(collapsed[s], 0.05))
            img -= 0.1 * rim  # free air, no markings
            line = np.clip(1.0 - np.abs(np.sqrt(collapsed[s]) - 1.0) * 0.15 / (1.2 * px), 0, 1)
            img += 0.45 * line * inside
    heart_rx = 0.2 if spec.kind == "cardiomegaly" else 0.11
    heart_cx = 0.53 + (0.02 if spec.kind == "cardiomegaly" else 0.0)
    img = np.maximum(img, 0.55 * _soft(_ellipse(yy, xx, 0.67, heart_cx, 0.12, heart_rx), 0.12))
    img = np.maximum(img, 0.5 * _soft(_ellipse(yy, xx, 0.35, 0.5, 0.3, 0.055), 0.2))  # mediastinum
    if spec.kind == "effusion":
        s = spec.side or "right"
        lateral = np.clip((xx - 0.5) / 0.35 * (1 if s == "left" else -1), 0, 1)
        level = (0.56 if spec.size == "large" else 0.66) - 0.14 * lateral**2
        fluid = _soft(lungs[s], 0.05) * np.clip((yy - level) / (1.5 * px), 0, 1)
        img = np.maximum(img, 0.56 * fluid)
    if spec.kind == "opacity":
        cy = {"upper": 0.33, "middle": 0.47, "lower": 0.6}[spec.zone or "middle"]
        r = 0.085 if spec.size == "large" else 0.055
        d = _ellipse(yy, xx, cy, _lung_x(spec.side or "right"), r, r)
        img = np.maximum(img, 0.6 * _soft(d, 0.35))
    if spec.kind == "device":
        s = spec.side or "right"
        neck_x = 0.34 if s == "right" else 0.66
        d = np.minimum(
            _segment(yy, xx, (0.05, neck_x), (0.2, 0.47)),
            _segment(yy, xx, (0.2, 0.47), (0.42, 0.47)),
        )
        img = np.maximum(img, 0.95 * np.clip(1.0 - d / (1.1 * px), 0, 1))
    gain, offset = rng.uniform(0.9, 1.1), rng.uniform(-0.04, 0.04)
    img = img * gain + offset + rng.normal(0.0, 0.02, size=img.shape)
    return np.clip(img + 0.1, 0.0, 1.0)


#: First-sentence cues of the phantoms' Findings, checked in order (most specific first).
FINDING_CUES: tuple[tuple[str, str], ...] = (
    ("device", r"catheter"),
    ("opacity", r"opacity"),
    ("pneumothorax", r"pneumothorax"),
    ("effusion", r"effusion"),
    ("cardiomegaly", r"heart is enlarged|cardiomegaly"),
    ("normal", r"no acute abnormality"),
)


def named_finding(text: str) -> str:
    """The finding a phantom report names in its first sentence (``unknown`` if none)."""
    first = re.split(r"(?<=\.)\s", text.strip().lower(), maxsplit=1)[0]
    for kind, cue in FINDING_CUES:
        if re.search(cue, first):
            return kind
    return "unknown"


def make_phantom(finding_spec: FindingSpec | str, seed: int, size: int = 64) -> Phantom:
    """Draw one synthetic phantom.

    Args:
        finding_spec: what to plant; a bare kind name draws side/size/zone from ``seed``.
        seed: makes the drawing (and any random spec fields) reproducible.
        size: image side in pixels (32 to 1024; 64-128 for tiny models).

    Examples:
        >>> ph = make_phantom(FindingSpec("effusion", "right", "large"), seed=0)
        >>> ph.findings.split(".")[0]
        'There is a large right pleural effusion'
    """
    if not 32 <= size <= 1024:
        raise ValueError(f"size must be within 32..1024, got {size}")
    rng = np.random.default_rng(seed)
    spec = (
        finding_spec
        if isinstance(finding_spec, FindingSpec)
        else FindingSpec.sample(rng, finding_spec)
    )
    pixels = _draw(spec, rng, size)
    image = Image.fromarray(np.rint(pixels * 255).astype(np.uint8), mode="L")
    image = image.filter(ImageFilter.GaussianBlur(radius=0.5 * size / 64))
    findings, impression = describe(spec)
    return Phantom(image, findings, impression, chexpert_labels(spec))


def write_phantom_dataset(
    root: str | Path,
    n: int,
    seed: int = 0,
    size: int = 64,
    val_fraction: float = 0.1,
    test_fraction: float = 0.1,
) -> list[dict[str, Any]]:
    """Write ``n`` synthetic phantoms as ``images/<id>.png`` plus ``manifest.jsonl`` under ``root``.

    Kinds cycle through :data:`KINDS` so classes are balanced; the last fractions of the (seeded)
    shuffled order form the ``val`` and ``test`` splits. Returns the manifest rows: ``id``,
    ``image`` (relative to ``root``), ``findings``, ``impression``, ``labels``, ``finding`` (the
    planted kind), ``side``, ``size``, ``zone``, ``split``, ``synthetic`` (always true).
    """
    if n < 1:
        raise ValueError(f"n must be positive, got {n}")
    if not (0 <= val_fraction < 1 and 0 <= test_fraction < 1 and val_fraction + test_fraction < 1):
        raise ValueError(
            f"val_fraction={val_fraction} and test_fraction={test_fraction} must be in [0, 1) and sum below 1"
        )
    out = Path(root)
    (out / "images").mkdir(parents=True, exist_ok=True)
    order = np.random.default_rng(seed).permutation(n)
    n_test, n_val = round(n * test_fraction), round(n * val_fraction)
    rows = []
    for i in range(n):
        item_seed = int(np.random.SeedSequence([seed, i]).generate_state(1)[0])
        rng = np.random.default_rng(item_seed)
        spec = FindingSpec.sample(rng, KINDS[i % len(KINDS)])
        ph = make_phantom(spec, item_seed, size)
        pid = f"synthetic-{seed}-{i:05d}"
        ph.image.save(out / "images" / f"{pid}.png")
        rank = int(np.nonzero(order == i)[0][0])
        split = "test" if rank >= n - n_test else "val" if rank >= n - n_test - n_val else "train"
        rows.append(
            {
                "id": pid,
                "image": f"images/{pid}.png",
                "findings": ph.findings,
                "impression": ph.impression,
                "labels": {k: (None if math.isnan(v) else v) for k, v in ph.labels.items()},
                "finding": spec.kind,
                **{k: v for k, v in asdict(spec).items() if k != "kind"},
                "split": split,
                "synthetic": True,
            }
        )
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    return rows
