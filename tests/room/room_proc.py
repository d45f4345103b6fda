"""A room served by a process of its own, as on the trainer's PC, for tests that kill it.

    python tests/room/room_proc.py ROOM_DB PORT SCALE CLOCK_FILE [HOST [advertise]]

SCALE > 1 runs the room's clock faster (a 60-minute test in 60/SCALE minutes): the room's watched
clock is given a wall and a monotonic clock that run SCALE times faster than the real ones, from an
origin kept in CLOCK_FILE so that a room killed and started again goes on from the same time. The
product's code is unchanged: only the clock handed to it is. Prints "READY <port>" once listening.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from aimm_lab.exam.clock import WatchedClock  # noqa: E402
from aimm_lab.labprofile import LabProfile  # noqa: E402
from aimm_lab.room.hall import Room  # noqa: E402
from aimm_lab.room.server import RoomServer  # noqa: E402
from aimm_lab.store.db import Store  # noqa: E402

LAB = {"subnet": "192.168.10.0/24", "gateway": "192.168.10.254", "dns": ["192.168.10.10"], "domain": "lab.local",
       "server": "192.168.10.10"}


def main(db: str, port: str, scale: str, clock_file: str, host: str = "127.0.0.1", advertise: str = "") -> None:
    k = float(scale)
    p = Path(clock_file)
    if p.exists():
        t0, r0 = json.loads(p.read_text())
    else:
        t0 = r0 = time.time() * 1000
        p.write_text(json.dumps([t0, r0]))
    m0 = time.monotonic() * 1000
    start = int(t0 + (time.time() * 1000 - r0) * k)

    def wall():
        return int(t0 + (time.time() * 1000 - r0) * k)

    def mono():
        return int(start + (time.monotonic() * 1000 - m0) * k)

    room = Room(Store(db), profile=LabProfile(dict(LAB)), now=WatchedClock(wall, mono))
    room.open("Salle test")
    server = RoomServer(room, host, int(port), tick_s=0.25 if k > 1 else 5.0, advertise=advertise == "advertise")
    asyncio.run(server.run(ready=lambda s: print("READY", s.bound_port, flush=True)))


if __name__ == "__main__":
    main(*sys.argv[1:7])
