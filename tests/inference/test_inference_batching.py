"""DynamicBatcher: batches form under concurrency, results keep their order, errors propagate."""

from __future__ import annotations

import asyncio
import threading

import pytest

from slava_lightning.inference.batching import DynamicBatcher, QueueFull


def test_concurrent_submissions_form_batches_and_keep_order():
    calls: list[list[int]] = []

    def double(items):
        calls.append(list(items))
        return [2 * x for x in items]

    async def scenario():
        async with DynamicBatcher(double, max_batch_size=4, max_wait_ms=200) as batcher:
            results = await asyncio.gather(*(batcher.submit(i) for i in range(6)))
            return results, batcher.stats

    results, stats = asyncio.run(scenario())
    assert results == [0, 2, 4, 6, 8, 10]
    assert [len(c) for c in calls] == [4, 2]
    assert stats.batches == 2 and stats.requests == 6 and stats.largest_batch == 4
    assert stats.as_dict()["batch_size_histogram"] == {"2": 1, "4": 1}


def test_batches_run_in_a_worker_thread_one_at_a_time():
    threads: set[int] = set()
    active = []

    def process(items):
        active.append(1)
        assert len(active) == 1, "two batches ran at once"
        threads.add(threading.get_ident())
        active.pop()
        return list(items)

    async def scenario():
        async with DynamicBatcher(process, max_batch_size=2, max_wait_ms=1) as batcher:
            return await asyncio.gather(*(batcher.submit(i) for i in range(5)))

    assert asyncio.run(scenario()) == [0, 1, 2, 3, 4]
    assert threading.get_ident() not in threads


def test_a_failing_batch_fails_its_requests_and_the_batcher_stays_up():
    def process(items):
        if "bad" in items:
            raise RuntimeError("boom")
        return [s.upper() for s in items]

    async def scenario():
        async with DynamicBatcher(process, max_batch_size=8, max_wait_ms=50) as batcher:
            failed = await asyncio.gather(
                batcher.submit("bad"), batcher.submit("ok"), return_exceptions=True
            )
            after = await batcher.submit("fine")
            return failed, after, batcher.stats

    failed, after, stats = asyncio.run(scenario())
    assert all(isinstance(f, RuntimeError) and str(f) == "boom" for f in failed)
    assert after == "FINE"
    assert stats.failed_batches == 1 and stats.batches == 1


def test_wrong_result_count_is_an_error():
    async def scenario():
        async with DynamicBatcher(lambda xs: [], max_batch_size=2, max_wait_ms=1) as batcher:
            return await batcher.submit(1)

    with pytest.raises(RuntimeError, match="returned 0 results for 1"):
        asyncio.run(scenario())


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [({"max_batch_size": 0}, "max_batch_size"), ({"max_wait_ms": -1.0}, "max_wait_ms")],
)
def test_ill_arguments(kwargs, match):
    with pytest.raises(ValueError, match=match):
        DynamicBatcher(list, **kwargs)


def test_submit_before_start_raises():
    batcher = DynamicBatcher(list)
    with pytest.raises(RuntimeError, match="start"):
        asyncio.run(batcher.submit(1))


def test_a_full_queue_refuses_at_once_and_cancelled_items_never_run():
    release = threading.Event()
    seen: list[int] = []

    def process(items):
        release.wait(timeout=10)
        seen.extend(items)
        return list(items)

    async def scenario():
        async with DynamicBatcher(process, max_batch_size=1, max_wait_ms=0, max_queue=2) as b:
            running = asyncio.create_task(b.submit_timed(0))
            await asyncio.sleep(0.05)  # item 0 is in the worker now; the queue is empty
            waiting = [asyncio.create_task(b.submit(i)) for i in (1, 2)]
            await asyncio.sleep(0.01)
            assert b.queued == 2 and b.full
            with pytest.raises(QueueFull, match="2 requests are already waiting"):
                await b.submit(3)
            waiting[0].cancel()  # its client went away while it waited
            release.set()
            first = await running
            assert await waiting[1] == 2
            return first

    first = asyncio.run(scenario())
    assert seen == [0, 2]  # 1 was cancelled in the queue, 3 never entered it
    assert first.result == 0 and first.queue_s >= 0 and first.run_s >= 0.04


def test_ill_queue_bound():
    with pytest.raises(ValueError, match="max_queue"):
        DynamicBatcher(list, max_queue=0)
