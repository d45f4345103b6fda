"""What each part of the machine costs to read on this machine.

    .venv/bin/python benchmarks/bench_sections.py [--runs 15]

Every section is read N times by a fresh RealMachine; the table gives the median, the fastest and
the slowest read in milliseconds, and each section's share of a whole probe. Figures, not a test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aimm_lab.machine import SECTIONS, ProbeError, read_all  # noqa: E402
from aimm_lab.machine.real import RealMachine  # noqa: E402


def time_section(name: str, runs: int) -> tuple[list[float], str]:
    times, status = [], "ok"
    for _ in range(runs):
        m = RealMachine()
        t0 = time.perf_counter()
        try:
            m.section(name)
        except ProbeError as e:
            status = f"{e.kind}: {e.detail}"
        times.append((time.perf_counter() - t0) * 1000)
    return times, status


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()

    RealMachine().section("processes")  # warm the imports and psutil's caches once
    rows = []
    for name in SECTIONS:
        times, status = time_section(name, args.runs)
        rows.append((name, statistics.median(times), min(times), max(times), status))
    total_median = sum(r[1] for r in rows)

    whole = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        read_all(RealMachine())
        whole.append((time.perf_counter() - t0) * 1000)

    print(f"Sections of this machine, {args.runs} reads each (ms)")
    print(f"{'section':<10} {'median':>8} {'min':>8} {'max':>8} {'share':>6}  status")
    for name, med, lo, hi, status in sorted(rows, key=lambda r: -r[1]):
        print(f"{name:<10} {med:8.2f} {lo:8.2f} {hi:8.2f} {med / total_median:6.1%}  {status}")
    print(f"{'sum':<10} {total_median:8.2f}")
    print(f"whole probe (read_all), median of {args.runs}: {statistics.median(whole):.2f} ms "
          f"(min {min(whole):.2f}, max {max(whole):.2f})")
    costly = [r for r in rows if r[1] >= 0.1 * total_median]
    print("costliest: " + ", ".join(f"{r[0]} {r[1]:.1f} ms" for r in sorted(costly, key=lambda r: -r[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
