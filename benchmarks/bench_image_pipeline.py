"""Images/s of one worker: 512-px grayscale PNG -> 336-px normalised tensor.

Compares ``ImageTransform.load`` with a plain PIL + torchvision recipe (open, convert RGB, pad to
square with the mean colour, resize bicubic, to tensor, normalise) in the same run.
Run: ``python benchmarks/bench_image_pipeline.py [--n 200]``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from PIL import Image
from torchvision.transforms import v2

from slava_lightning.components.base import ImageProcessing
from slava_lightning.data.images import ImageTransform

CLIP = ImageProcessing(
    336, (0.48145466, 0.4578275, 0.40821073), (0.26862954, 0.26130258, 0.27577711)
)


def baseline(processing: ImageProcessing):
    """Plain PIL + torchvision transform."""
    fill = tuple(int(m * 255) for m in processing.mean)
    tail = v2.Compose(
        [
            v2.Resize(
                (processing.size, processing.size), interpolation=v2.InterpolationMode.BICUBIC
            ),
            v2.PILToTensor(),
            v2.ToDtype(torch.float32, scale=True),
            v2.Normalize(list(processing.mean), list(processing.std)),
        ]
    )

    def run(path: Path) -> torch.Tensor:
        img = Image.open(path).convert("RGB")
        side = max(img.size)
        canvas = Image.new("RGB", (side, side), fill)
        canvas.paste(img, ((side - img.width) // 2, (side - img.height) // 2))
        return tail(canvas)

    return run


def rate(fn, paths: list[Path]) -> float:
    """Images per second over ``paths`` (after one warm-up)."""
    fn(paths[0])
    start = time.perf_counter()
    for p in paths:
        fn(p)
    return len(paths) / (time.perf_counter() - start)


def main() -> None:
    """Write test PNGs, time both pipelines on one thread, print img/s and the ratio."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args()
    torch.set_num_threads(1)
    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(args.n):
            yy, xx = np.mgrid[0:512, 0:420]
            arr = (
                120
                + 60 * np.sin(xx / (20 + i % 7)) * np.cos(yy / 31)
                + rng.normal(0, 10, (512, 420))
            )
            path = Path(tmp) / f"{i}.png"
            Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).save(path)
            paths.append(path)
        ours = rate(ImageTransform(CLIP).load, paths)
        ref = rate(baseline(CLIP), paths)
    print(f"ours      {ours:8.1f} img/s per worker")
    print(f"baseline  {ref:8.1f} img/s per worker (PIL + torchvision v2)")
    print(
        f"ratio     {ours / ref:8.2f}x   target >= 150 img/s: {'met' if ours >= 150 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
