"""How many CPU threads the commands compute with, chosen so that a busy machine is not oversubscribed.

torch starts one OpenMP thread per core and makes the team wait for its slowest thread at the end
of every operation. When another process keeps one of those cores busy, each operation waits for
the thread that shares a core, while the others spin at the barrier and take CPU time from both
processes: on two cores with one busy neighbour, a small model trains several times slower than
alone (``benchmarks/bench_busy_neighbour.py``). The commands therefore choose the thread count
themselves, before torch loads:

* ``--threads N`` (``slava-generate``, ``slava-eval``, ``slava-serve``), else the environment variable
  ``SLAVA_NUM_THREADS=N``, else ``OMP_NUM_THREADS`` sets it; ``auto`` (the default) takes the CPUs this process may use
  (``os.sched_getaffinity``, a cgroup CPU quota) minus those other processes keep busy right now
  (sampled from ``/proc/stat`` over 0.1 s; the load average where there is no ``/proc``), at
  least one.
* OpenMP threads sleep at barriers instead of spinning (``OMP_WAIT_POLICY=PASSIVE``), so that a
  neighbour that starts later costs the run its share of the CPU and no more. An
  ``OMP_WAIT_POLICY`` already in the environment is left as it is.

DataLoader worker processes compute with one thread each (torch sets this in every worker).
"""

from __future__ import annotations

import math
import os
import sys
import time
from pathlib import Path

ENV = "SLAVA_NUM_THREADS"

#: What :func:`configure_threads` chose (``None`` until it runs).
_chosen: int | None = None


def available_cpus() -> int:
    """CPUs this process may run on: its affinity set, bounded by a cgroup v2 CPU quota."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()
        if quota != "max":
            cpus = min(cpus, max(1, math.ceil(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, cpus)


def _cpu_ticks(cpus: set[int], stat: Path = Path("/proc/stat")) -> tuple[int, int] | None:
    """``(busy, total)`` clock ticks of ``cpus`` since boot, from ``/proc/stat``."""
    try:
        lines = stat.read_text().splitlines()
    except OSError:
        return None
    busy = total = 0
    for line in lines:
        name, *fields = line.split()
        if not name.startswith("cpu") or name == "cpu" or int(name[3:]) not in cpus:
            continue
        ticks = [int(f) for f in fields[:8]]  # user nice system idle iowait irq softirq steal
        total += sum(ticks)
        busy += sum(ticks) - ticks[3] - ticks[4]
    return (busy, total) if total else None


def busy_cpus(window_s: float = 0.1) -> float:
    """How many of this process's CPUs other processes keep busy, sampled over ``window_s``."""
    cpus = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else set()
    before = _cpu_ticks(cpus)
    if before is None:  # no /proc: the 1-minute load average
        return max(0.0, os.getloadavg()[0]) if hasattr(os, "getloadavg") else 0.0
    own = time.process_time()
    time.sleep(window_s)
    own = time.process_time() - own
    after = _cpu_ticks(cpus)
    if after is None or after[1] == before[1]:
        return 0.0
    share = (after[0] - before[0]) / (after[1] - before[1])  # of all the CPUs' time
    return max(0.0, share * len(cpus) - own / window_s)


def parse_threads(value: int | str | None) -> int | None:
    """A thread count from ``--threads`` / ``SLAVA_NUM_THREADS``: ``None`` for ``auto`` or unset.

    Raises:
        ValueError: ``value`` is neither a positive integer nor ``auto``.
    """
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "auto")):
        return None
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise ValueError(f"threads must be a positive integer or 'auto', got {value!r}")
    return n


def choose_threads(requested: int | str | None = None) -> int:
    """The thread count to use: ``requested``, else ``SLAVA_NUM_THREADS``, else ``OMP_NUM_THREADS``,
    else automatic: the available CPUs minus the ones other processes keep busy (rounded), at
    least 1.

    Raises:
        ValueError: a bad ``requested`` or environment value, naming where it came from.
    """
    given = parse_threads(requested)
    for name in (ENV, "OMP_NUM_THREADS"):
        if given is not None:
            return given
        try:
            given = parse_threads(os.environ.get(name))
        except ValueError as err:
            raise ValueError(f"environment variable {name}: {err}") from None
    if given is not None:
        return given
    return max(1, available_cpus() - int(busy_cpus() + 0.5))


def configure_threads(requested: int | str | None = None, prog: str | None = None) -> int:
    """Choose the thread count (:func:`choose_threads`) and apply it; returns it.

    Call it before anything imports torch: the OpenMP wait policy is read when torch loads (the
    thread count is also set on a loaded torch). A later call without ``requested`` returns the
    first choice, so the machine is sampled once per process. With ``prog``, an automatic choice
    below the available CPUs is noted on standard error, so that a slow run on a busy machine
    says why.
    """
    global _chosen
    if _chosen is not None and requested is None:
        return _chosen
    automatic = parse_threads(requested) is None and not any(
        os.environ.get(name, "").strip().lower() not in ("", "auto")
        for name in (ENV, "OMP_NUM_THREADS")
    )
    n = choose_threads(requested)
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    os.environ.setdefault("OMP_NUM_THREADS", str(n))  # also what subprocesses inherit
    import torch

    torch.set_num_threads(n)
    cpus = available_cpus()
    if prog and automatic and _chosen is None and n < cpus:
        print(
            f"{prog}: note: other processes keep {cpus - n} of {cpus} CPUs busy; computing "
            f"with {n} thread(s) ({ENV} or --threads to change)",
            file=sys.stderr,
        )
    _chosen = n
    return n
