"""Start-up time of every console script: ``<command> --help`` as a whole process.

Reads the console scripts of the installed ``slava-lightning`` distribution and runs each one's ``--help``
``--repeats`` times, printing the best and the median wall time and peak RSS against the 1.5 s
budget. Best-of is the figure to compare, since other work on a shared machine only adds time.
A command that is not installed runs as ``python -c 'from <module> import main; main()'``.

    python benchmarks/bench_cli_startup.py [--repeats 5] [--budget 1.5] [slava-score ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import time
from importlib.metadata import distribution


def commands() -> dict[str, str]:
    """``{console script: "module:function"}`` of the installed distribution."""
    points = distribution("slava-lightning").entry_points
    return {ep.name: ep.value for ep in points if ep.group == "console_scripts"}


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one ``--help`` process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(cmd)} failed:\n{err}")
    return wall, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="commands to time (default: all console scripts)")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--budget", type=float, default=1.5)
    args = ap.parse_args()
    scripts = commands()
    names = args.names or list(scripts)
    print(f"{'command':<16} {'best s':>7} {'median s':>9} {'peak MB':>8}  within {args.budget} s")
    for name in names:
        exe = shutil.which(name)
        module, func = scripts[name].split(":")
        if importlib.util.find_spec(module) is None:  # installed from another checkout
            print(f"{name:<16} {module} is not in this checkout")
            continue
        cmd = [exe] if exe else [sys.executable, "-c", f"from {module} import {func}; {func}()"]
        runs = [run([*cmd, "--help"]) for _ in range(args.repeats)]
        best = min(t for t, _ in runs)
        median = statistics.median(t for t, _ in runs)
        rss = max(m for _, m in runs)
        verdict = "yes" if best <= args.budget else "NO"
        print(f"{name:<16} {best:7.2f} {median:9.2f} {rss:8.0f}  {verdict}")


if __name__ == "__main__":
    main()
