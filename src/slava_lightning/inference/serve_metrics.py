"""``/metrics`` of ``slava-serve``: request counts, rejections by reason and latency histograms.

Prometheus text exposition format through ``prometheus_client``, on a registry of the app's own (so
several apps in one process, as in tests, keep separate counts).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: Histogram buckets in seconds, from a cached GPU step to a long CPU report.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)


class ServeMetrics:
    """The server's counters and histograms.

    Args:
        queue_depth: reads the number of requests waiting, for the ``slava_queue_depth`` gauge.

    Metrics (``_total`` / ``_bucket`` / ``_sum`` / ``_count`` suffixes as Prometheus adds them):
    ``slava_requests_total{status}``, ``slava_rejected_requests_total{reason}``,
    ``slava_queue_wait_seconds``, ``slava_generation_seconds``, ``slava_request_seconds``,
    ``slava_prompt_tokens_total``, ``slava_completion_tokens_total``, ``slava_queue_depth``.
    """

    def __init__(self, queue_depth: Callable[[], float] | None = None) -> None:
        from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

        self.registry = CollectorRegistry()
        reg: dict[str, Any] = {"registry": self.registry}
        self.requests = Counter(
            "slava_requests",
            "Chat-completion requests answered, by HTTP status.",
            ["status"],
            **reg,
        )
        self.rejected = Counter(
            "slava_rejected_requests",
            "Requests refused (4xx/5xx), by reason: prompt_bytes, prompt_tokens, queue_full, "
            "timeout, body_bytes, images, image_bytes, image_pixels, image, max_tokens, "
            "invalid_request, server_error.",
            ["reason"],
            **reg,
        )
        hist = {"buckets": LATENCY_BUCKETS, **reg}
        self.queue_wait = Histogram(
            "slava_queue_wait_seconds", "Time a request waited for its batch to start.", **hist
        )
        self.generation = Histogram(
            "slava_generation_seconds",
            "Running time of the batch that generated a request (images, prefill, decoding).",
            **hist,
        )
        self.request = Histogram(
            "slava_request_seconds", "Time from receiving a request to answering it.", **hist
        )
        self.prompt_tokens = Counter(
            "slava_prompt_tokens", "Prompt tokens of answered requests.", **reg
        )
        self.completion_tokens = Counter(
            "slava_completion_tokens", "Tokens generated for answered requests.", **reg
        )
        depth = Gauge("slava_queue_depth", "Requests waiting for the model.", **reg)
        if queue_depth is not None:
            depth.set_function(queue_depth)

    def render(self) -> tuple[bytes, str]:
        """The exposition text and its content type."""
        from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

        return generate_latest(self.registry), CONTENT_TYPE_LATEST
