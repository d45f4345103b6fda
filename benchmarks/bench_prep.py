"""How long *Vérifier la préparation* takes on a lab PC.

    .venv/bin/python benchmarks/bench_prep.py [--runs 5]

On this PC (RealMachine: psutil, netifaces, dnspython, live DNS and TCP look-ups with their
timeouts) and on a recorded state, it times the median of several runs of the preconditions
of: one scenario; a mock exam session's three tests (one per block), in one pass; and every
built-in scenario at once. The lab profile is the saved one completed by detection, as the
trainer's screen does. Figures, not a pass/fail test: live look-ups that get no answer cost
their timeout (2 s by default), once per pass since they run concurrently.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from aimm_lab.machine import RecordedMachine  # noqa: E402
from aimm_lab.scenarios.loader import discover  # noqa: E402
from aimm_lab.selftest import profile_for_state  # noqa: E402
from aimm_lab.trainer.prep import check_preparation  # noqa: E402

SESSION = ("b1-second-disque", "b2-ip-statique", "b3-apipa")


def median_ms(fn, runs: int) -> tuple[float, object]:
    times, last = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        last = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), last


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5)
    ns = p.parse_args(argv)
    lib = discover()
    groups = {"1 scenario (b2-ip-statique)": [lib.get("b2-ip-statique")],
              "session: 3 tests in one pass": [lib.get(s) for s in SESSION],
              f"all {len(lib.scenarios)} built-in scenarios": list(lib.scenarios)}
    from aimm_lab.machine.real import RealMachine

    recorded = RecordedMachine.load(lib.get("b2-ip-statique").fixtures["broken"])
    print(f"{'':38} {'this PC':>12} {'recorded':>12}")
    for name, scenarios in groups.items():
        real_ms, rep = median_ms(lambda s=scenarios: check_preparation(s, RealMachine()), ns.runs)
        rec_ms, _ = median_ms(lambda s=scenarios: check_preparation(s, recorded, profile_for_state(recorded)), ns.runs)
        checks = sum(len(r.items) for r in rep.results)
        print(f"{name + f' ({checks} checks)':38} {real_ms:9.1f} ms {rec_ms:9.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
