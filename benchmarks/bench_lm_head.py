"""LM head in vocabulary blocks vs one GEMM (``torch.nn.functional.linear``), same weights.

The head of a Phi-2-sized vocabulary (51,200 rows) applied to the last hidden state of 1, 4 or 16
sequences: what one decoding step pays. ``CausalLanguageModel.lm_head(block_rows=1024)`` computes
the same logits slice by slice; batched CPU decoding uses it (``generation.HEAD_BLOCK_ROWS_CPU``).
Run: ``python benchmarks/bench_lm_head.py``
"""

from __future__ import annotations

import time

import torch
from bench_common import header

from slava_lightning.generation import HEAD_BLOCK_ROWS_CPU

VOCAB = 51200


def _median_ms(fn, repeats: int = 15) -> float:  # type: ignore[no-untyped-def]
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2] * 1000


def main() -> None:
    header(f"LM head, {VOCAB} rows, blocks of {HEAD_BLOCK_ROWS_CPU} vs one GEMM")
    rows = HEAD_BLOCK_ROWS_CPU
    print(f"{'width':>6} {'batch':>6} {'one GEMM ms':>12} {'blocks ms':>10} {'ratio':>7}")
    for width in (512, 2560):  # the CPU benchmark model, Phi-2
        weight, bias = torch.randn(VOCAB, width), torch.randn(VOCAB)
        for batch in (1, 4, 16):
            x = torch.randn(batch, width)

            def blocks(x=x, w=weight, b=bias):  # type: ignore[no-untyped-def]
                parts = [torch.nn.functional.linear(x, w[i : i + rows], b[i : i + rows])
                         for i in range(0, VOCAB, rows)]  # fmt: skip
                return torch.cat(parts, dim=-1)

            one = torch.nn.functional.linear(x, weight, bias)
            assert torch.allclose(blocks(), one, rtol=0, atol=1e-5)
            t_one = _median_ms(lambda x=x, w=weight, b=bias: torch.nn.functional.linear(x, w, b))
            t_blk = _median_ms(blocks)
            print(f"{width:>6} {batch:>6} {t_one:>12.1f} {t_blk:>10.1f} {t_one / t_blk:>6.2f}x")
    print("ratio = one GEMM / blocks; decoding uses blocks on CPU for batches of 2 or more")


if __name__ == "__main__":
    main()
