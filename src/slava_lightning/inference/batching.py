"""Dynamic batching: concurrent requests are gathered into one batched call in a worker thread.

A server handler awaits :meth:`DynamicBatcher.submit`; a single background task takes the first
waiting item, then keeps collecting until ``max_batch_size`` items are in hand or ``max_wait_ms``
has passed since the first one arrived, and runs the batch function once for all of them in a
worker thread (the event loop stays free to accept more requests meanwhile). Batches run one at a
time, so the model never sees two calls at once.

The queue of waiting items is bounded (``max_queue``): a submission beyond it fails at once with
:class:`QueueFull` instead of waiting behind work it cannot outlast. A submission cancelled while
waiting (its client gave up, its time ran out) leaves the queue without being run.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")


class QueueFull(RuntimeError):
    """The batcher's queue holds ``max_queue`` waiting items already; try again later."""


@dataclass(frozen=True)
class Timed(Generic[Out]):
    """A result with the time its item waited in the queue and the time its batch ran."""

    result: Out
    queue_s: float
    run_s: float


@dataclass
class BatchStats:
    """Counters exposed on ``/health``: how many batches of each size ran, and requests served."""

    batches: int = 0
    requests: int = 0
    failed_batches: int = 0
    largest_batch: int = 0
    run_seconds: float = 0.0
    size_histogram: Counter[int] = field(default_factory=Counter)

    def record(self, size: int, seconds: float = 0.0) -> None:
        """Count one batch of ``size`` requests that ran ``seconds``."""
        self.batches += 1
        self.requests += size
        self.largest_batch = max(self.largest_batch, size)
        self.run_seconds += seconds
        self.size_histogram[size] += 1

    @property
    def mean_batch_seconds(self) -> float:
        """Mean running time of a successful batch (0 before the first)."""
        return self.run_seconds / self.batches if self.batches else 0.0

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (histogram keys as strings)."""
        return {
            "batches": self.batches,
            "requests": self.requests,
            "failed_batches": self.failed_batches,
            "largest_batch": self.largest_batch,
            "mean_batch_size": self.requests / self.batches if self.batches else 0.0,
            "mean_batch_seconds": self.mean_batch_seconds,
            "batch_size_histogram": {str(k): v for k, v in sorted(self.size_histogram.items())},
        }


@dataclass
class _Pending(Generic[In, Out]):
    item: In
    future: asyncio.Future[Timed[Out]]
    enqueued: float


class DynamicBatcher(Generic[In, Out]):
    """Collect concurrent :meth:`submit` calls into batches for ``process``.

    Args:
        process: ``items -> results`` (same length, same order); runs in a worker thread. An
            exception fails every request of that batch with the same exception.
        max_batch_size: most items per call.
        max_wait_ms: longest time the first item of a batch waits for company.
        max_queue: most items waiting (not counting the batch running); ``None``: unbounded.

    Examples:
        >>> async def demo():
        ...     batcher = DynamicBatcher(lambda xs: [x * 2 for x in xs], 8, 5.0)
        ...     async with batcher:
        ...         return await asyncio.gather(*(batcher.submit(i) for i in range(3)))
        >>> asyncio.run(demo())
        [0, 2, 4]
    """

    def __init__(
        self,
        process: Callable[[Sequence[In]], Sequence[Out]],
        max_batch_size: int = 8,
        max_wait_ms: float = 10.0,
        max_queue: int | None = None,
    ) -> None:
        if max_batch_size < 1:
            raise ValueError(f"max_batch_size must be >= 1, got {max_batch_size}")
        if max_wait_ms < 0:
            raise ValueError(f"max_wait_ms must be >= 0, got {max_wait_ms}")
        if max_queue is not None and max_queue < 1:
            raise ValueError(f"max_queue must be >= 1 or None, got {max_queue}")
        self.process = process
        self.max_batch_size = max_batch_size
        self.max_wait_ms = max_wait_ms
        self.max_queue = max_queue
        self.stats = BatchStats()
        self._queue: asyncio.Queue[_Pending[In, Out]] | None = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Start the collecting task on the running event loop."""
        if self._task is None:
            self._queue = asyncio.Queue(self.max_queue or 0)
            self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        """Stop collecting; requests still queued fail with ``RuntimeError``."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        while self._queue is not None and not self._queue.empty():
            pending = self._queue.get_nowait()
            if not pending.future.done():
                pending.future.set_exception(RuntimeError("the batcher was stopped"))

    async def __aenter__(self) -> DynamicBatcher[In, Out]:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def queued(self) -> int:
        """Items waiting for a batch."""
        return 0 if self._queue is None else self._queue.qsize()

    @property
    def full(self) -> bool:
        """Whether a :meth:`submit` now would raise :class:`QueueFull`."""
        return self._queue is not None and self._queue.full()

    async def submit(self, item: In) -> Out:
        """Queue ``item`` and wait for its result; :class:`QueueFull` when the queue is full."""
        return (await self.submit_timed(item)).result

    async def submit_timed(self, item: In) -> Timed[Out]:
        """As :meth:`submit`, with the item's queue wait and its batch's running time."""
        if self._queue is None or self._task is None:
            raise RuntimeError("DynamicBatcher.start() was not called")
        future: asyncio.Future[Timed[Out]] = asyncio.get_running_loop().create_future()
        try:
            self._queue.put_nowait(_Pending(item, future, time.monotonic()))
        except asyncio.QueueFull:
            raise QueueFull(f"{self.queued} requests are already waiting (the limit)") from None
        return await future

    async def _collect(self) -> list[_Pending[In, Out]]:
        assert self._queue is not None
        batch = [await self._queue.get()]
        deadline = time.monotonic() + self.max_wait_ms / 1000
        while len(batch) < self.max_batch_size:
            left = deadline - time.monotonic()
            try:
                if left <= 0:
                    batch.append(self._queue.get_nowait())
                else:
                    batch.append(await asyncio.wait_for(self._queue.get(), left))
            except (asyncio.QueueEmpty, TimeoutError):
                break
        # Drop requests whose client went away while waiting.
        return [p for p in batch if not p.future.done()]

    async def _run(self) -> None:
        while True:
            batch = await self._collect()
            if not batch:
                continue
            started = time.monotonic()
            try:
                results = await asyncio.to_thread(self.process, [p.item for p in batch])
                if len(results) != len(batch):
                    raise RuntimeError(
                        f"batch function returned {len(results)} results for {len(batch)} items"
                    )
            except Exception as err:  # handed to every waiting request
                self.stats.failed_batches += 1
                for p in batch:
                    if not p.future.done():
                        p.future.set_exception(err)
                continue
            run_s = time.monotonic() - started
            self.stats.record(len(batch), run_s)
            for p, result in zip(batch, results, strict=True):
                if not p.future.done():
                    p.future.set_result(Timed(result, started - p.enqueued, run_s))
