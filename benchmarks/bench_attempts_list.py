"""How fast a history of 100,000 attempts lists.

    .venv/bin/python benchmarks/bench_attempts_list.py [--attempts 100000] [--db PATH]

Builds a database of N attempts (500 trainees, 36 scenarios, three years, every status)
through the real schema: one attempt is started by the engine, the others are copies of
its row and first event with new ids, names and dates, written in one transaction (starting
100,000 attempts one by one would only measure the disk's fsync). Then it times, warm,
the median of several runs of what a trainer does: the newest page (50), a trainee's page,
a scenario's page, a status page, the count, and the whole history, as rows and as
Attempt objects. Figures, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests" / "core"))

from attempt_kit import BROKEN, Clock, machine, profile, write_scenario  # noqa: E402

from aimm_lab.exam.clock import iso  # noqa: E402
from aimm_lab.exam.engine import Engine  # noqa: E402
from aimm_lab.scenarios.loader import load_file  # noqa: E402
from aimm_lab.store.chain import make_event  # noqa: E402
from aimm_lab.store.db import Store  # noqa: E402


def build(path: Path, n: int) -> None:
    folder = Path(tempfile.mkdtemp())
    s = load_file(write_scenario(folder))
    store = Store(path)
    e = Engine(store, machine(BROKEN), profile=profile(), now=Clock())
    a = e.start(s, "modele", "exam")
    template = store.attempt_row(a.id)
    template.pop("trainee")  # joined from trainees, not a column
    started = store.events(a.id)[0]
    rng = random.Random(24787)
    t0 = Clock("2024-01-01T08:00:00.000Z").t
    statuses = ["submitted"] * 70 + ["expired"] * 15 + ["running"] * 10 + ["paused"] * 5
    with store.transaction() as db:
        trainees = [store.ensure_trainee(db, f"stagiaire-{i:03d}", iso(t0)) for i in range(500)]
        rows, events = [], []
        for _ in range(n - 1):
            aid = uuid.uuid4().hex
            at = iso(t0 + rng.randrange(3 * 365 * 86400) * 1000)
            row = dict(template, id=aid, trainee_id=rng.choice(trainees), scenario_id=f"b{rng.randint(1, 3)}-s{rng.randint(1, 12):02d}",
                       status=rng.choice(statuses), started_at=at, score=round(rng.uniform(0, 20), 2))
            rows.append(row)
            events.append(make_event(aid, 1, at, "started", started.data, started.prev_hash))
        cols = list(template)
        db.conn.executemany(f"INSERT INTO attempts ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                            [[r[c] for c in cols] for r in rows])
        for ev in events:
            store.insert_event(db, ev)
    store.reader().conn.execute("ANALYZE")
    store.close()


def timed(fn, repeat: int) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        size = len(fn())
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), size


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--attempts", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=None)
    args = ap.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    if not path.exists():
        t = time.perf_counter()
        build(path, args.attempts)
        print(f"built {args.attempts} attempts in {time.perf_counter() - t:.1f} s ({path.stat().st_size / 2**20:.0f} MiB)")
    store = Store(path)
    e = Engine(store)
    total = store.count_attempts()
    print(f"{total} attempts in {path}")
    cases = [
        ("newest page (attempts list)", lambda: e.list(limit=50), 25),
        ("one trainee's page", lambda: e.list(trainee="stagiaire-042", limit=50), 25),
        ("one scenario's page", lambda: e.list(scenario="b2-s07", limit=50), 25),
        ("running attempts page", lambda: e.list(status="running", limit=50), 25),
        ("count", lambda: [store.count_attempts()], 25),
        ("whole history, rows", lambda: store.list_attempts(limit=None), 5),
        ("whole history, Attempt objects", lambda: e.list(limit=None), 5),
    ]
    for name, fn, repeat in cases:
        ms, size = timed(fn, repeat)
        print(f"{name:<34} {ms:8.2f} ms  ({size} rows, median of {repeat})")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
