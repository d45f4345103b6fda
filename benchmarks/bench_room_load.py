"""A room under load: 30 lab PCs saving a state every 5 s for 10 minutes, on this PC.

    .venv/bin/python benchmarks/bench_room_load.py [--seats 30] [--interval 5] [--minutes 10] [--json out.json]

Through the real entry points: the room is `aimm-lab room serve` (its own process, HTTPS on
127.0.0.1, the trainer's database in a temporary folder); each lab PC is a `SeatLink` (the class the
window and `aimm-lab room …` use) with its own database, joined with the pairing code and admitted, which starts
the test (b3-passerelle) with a whole reading of this PC, then every `interval` seconds (spread
evenly) reads what the room's plan asks and sends it (`reading()`), and saves its report every
minute. The room grades every reading and journals it.

Reported: the room's event-loop latency (p50, p99, max: how late a 100 ms timer fires, sampled by the
server), its resident memory at the start, after the first minute and at the end (psutil, sampled
every 5 s), the seats' request latency (p50, p99, max) and errors; and, as the anchor, the same
reading checked by a lone PC's engine in-process (`Engine.check` on a local database), with the ratio
of a room request to it. Figures, not a test: exits 1 when a request failed or the loop's p99 is over
100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from aimm_lab.exam.engine import Engine  # noqa: E402
from aimm_lab.labprofile import LabProfile, detect  # noqa: E402
from aimm_lab.machine.base import MachineView, read_all  # noqa: E402
from aimm_lab.machine.real import RealMachine  # noqa: E402
from aimm_lab.machine.recorded import RecordedMachine  # noqa: E402
from aimm_lab.room.hall import Room  # noqa: E402
from aimm_lab.room.seat import SeatLink  # noqa: E402
from aimm_lab.scenarios.loader import discover  # noqa: E402
from aimm_lab.store.db import Store  # noqa: E402

LAB = {"subnet": "192.168.10.0/24", "gateway": "192.168.10.254", "dns": ["192.168.10.10"], "domain": "lab.local",
       "server": "192.168.10.10"}
SCENARIO = "b3-passerelle"


def pct(xs, p):
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(len(xs) * p))], 2) if xs else None


def seat_state(base: dict, n: int) -> dict:
    """This PC's reading, as seat n's own (its own hostname and boot time: no two PCs share them)."""
    s = json.loads(json.dumps(base))
    s["sections"]["system"]["hostname"] = f"pc{n:02d}"
    s["sections"]["system"]["boot_time"] = 1_700_000_000.0 + n
    return s


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seats", type=int, default=30)
    ap.add_argument("--interval", type=float, default=5.0)
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--json", default=None)
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="aimm-room-bench-"))
    (tmp / "lab.json").write_text(json.dumps(LAB))
    env = dict(os.environ, AIMM_LAB_HOME=str(tmp / "home"), AIMM_LAB_PROFILE=str(tmp / "lab.json"))
    db = tmp / "room.db"
    server = subprocess.Popen([sys.executable, "-m", "aimm_lab", "--db", str(db), "room", "serve", "--name",
                               "Banc d'essai", "--host", "127.0.0.1", "--port", "0", "--no-advertise",
                               "--stats-file", str(tmp / "stats.json")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=env)
    first = server.stdout.readline()
    port = int(first.rsplit(":", 1)[1])
    address = f"127.0.0.1:{port}"
    proc = psutil.Process(server.pid)
    rss: list[tuple[float, float]] = []
    room = Room(Store(db), profile=LabProfile(dict(LAB)))
    room.open_test(SCENARIO, 600, by="banc")

    base = read_all(RealMachine())
    seats = []
    for n in range(1, args.seats + 1):
        link = SeatLink(Store(tmp / f"seat{n}.db"), RecordedMachine(seat_state(base, n)), timeout=30,
                        identity={"machine_id": f"{n:032x}", "hostname": f"pc{n:02d}", "macs": [], "platform": "linux"})
        link.join(address, room.pairing_code(), f"Stagiaire {n}")
        room.admit(link.link()["seat"], "banc", number=n)  # the trainer admits the seat
        assert link.start()["ok"]
        seats.append(link)

    lat: list[float] = []
    errors: list[str] = []
    stop = threading.Event()
    t_end = time.monotonic() + args.minutes * 60

    def seat_loop(i: int, link: SeatLink):
        next_t = time.monotonic() + args.interval * i / len(seats)
        k = 0
        while not stop.is_set() and next_t < t_end:
            time.sleep(max(0.0, next_t - time.monotonic()))
            t0 = time.perf_counter()
            try:
                ans = link.reading() if k % max(1, int(60 / args.interval)) else link.report(
                    {"diagnosis": f"relevé {k} du poste {i + 1}"})
                if not ans or not ans.get("ok"):
                    errors.append(str(ans)[:200])
            except Exception as e:  # noqa: BLE001 - counted and reported
                errors.append(f"{type(e).__name__}: {e}"[:200])
            lat.append((time.perf_counter() - t0) * 1000)
            k += 1
            next_t += args.interval

    def sample():
        t0 = time.monotonic()
        while not stop.is_set():
            rss.append((time.monotonic() - t0, proc.memory_info().rss / 2**20))
            stop.wait(5)

    threads = [threading.Thread(target=seat_loop, args=(i, s)) for i, s in enumerate(seats)]
    sampler = threading.Thread(target=sample)
    sampler.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    sampler.join()
    server.send_signal(2)
    server.communicate(timeout=30)
    stats = json.loads((tmp / "stats.json").read_text())

    # The anchor: the same reading checked by a lone PC's engine, in-process.
    mine = RecordedMachine(seat_state(base, 99))
    lone = Engine(Store(tmp / "lone.db"), mine, profile=LabProfile(dict(LAB), detect(MachineView(mine))),
                  fault_check=False)
    a = lone.start(discover().get(SCENARIO), "Seul", "practice")
    local = []
    for _ in range(30):
        t0 = time.perf_counter()
        lone.check(a)
        local.append((time.perf_counter() - t0) * 1000)
    first_min = [m for t, m in rss if t <= 60]
    out = {
        "seats": args.seats, "interval_s": args.interval, "minutes": args.minutes, "requests": len(lat),
        "errors": len(errors), "error_samples": errors[:5],
        "room_loop_lag_ms": stats["loop_lag_ms"],
        "room_rss_mib": {"start": round(rss[0][1], 1) if rss else None,
                         "after_1_min": round(first_min[-1], 1) if first_min else None,
                         "end": round(rss[-1][1], 1) if rss else None, "max": round(max(m for _, m in rss), 1)},
        "seat_request_ms": {"p50": pct(lat, 0.5), "p99": pct(lat, 0.99), "max": round(max(lat), 2),
                            "mean": round(statistics.fmean(lat), 2)},
        "anchor_lone_pc_check_ms": {"p50": pct(local, 0.5), "p99": pct(local, 0.99)},
        "ratio_room_request_to_lone_check_p50": round(pct(lat, 0.5) / pct(local, 0.5), 2),
        "cpu_count": os.cpu_count(),
    }
    text = json.dumps(out, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        Path(args.json).write_text(text)
    return 1 if errors or (stats["loop_lag_ms"]["p99"] or 0) > 100 else 0


if __name__ == "__main__":
    sys.exit(main())
