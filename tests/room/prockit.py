"""A room in a process of its own (room_proc.py) and lab PCs as `aimm-lab room …` processes, each with
its own database and data folder: what runs in a real room, on one machine."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from aimm_lab.room.hall import Room
from aimm_lab.store.db import Store
from aimm_lab.trainer.pin import PinGuard

REPO = Path(__file__).resolve().parents[2]
PIN = "48151623"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RoomProc:
    def __init__(self, tmp: Path, scale: float = 1.0):
        self.tmp = tmp
        self.db = tmp / "room.db"
        self.port = free_port()
        self.scale = scale
        self.proc: subprocess.Popen | None = None
        self.address = f"127.0.0.1:{self.port}"

    def start(self) -> RoomProc:
        self.proc = subprocess.Popen([sys.executable, str(REPO / "tests/room/room_proc.py"), str(self.db),
                                      str(self.port), str(self.scale), str(self.tmp / "clock.json")],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
        line = self.proc.stdout.readline()
        if not line.startswith("READY"):
            raise RuntimeError(f"room did not start: {line!r} {self.proc.stderr.read()}")
        if not PinGuard(Store(self.db)).is_set():
            s = Store(self.db)
            PinGuard(s).set_pin(PIN, by="Mme Martin")
            s.close()
        return self

    def kill(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)
        self.proc.stdout.close()
        self.proc.stderr.close()
        self.proc = None

    def room(self) -> Room:
        """The room's database as the trainer's screens read it (while the process serves it), on the
        room's clock (the same faster clock as the process, when the test runs one)."""
        return Room(Store(self.db), now=self.clock())

    def clock(self):
        from aimm_lab.exam.clock import WatchedClock

        if self.scale == 1:
            return None
        t0, r0 = json.loads((self.tmp / "clock.json").read_text())
        m0, w0 = time.monotonic() * 1000, time.time() * 1000
        start = int(t0 + (w0 - r0) * self.scale)
        return WatchedClock(lambda: int(t0 + (time.time() * 1000 - r0) * self.scale),
                            lambda: int(start + (time.monotonic() * 1000 - m0) * self.scale))

    def cli(self, *args: str, pin: bool = False, timeout: float = 60) -> subprocess.CompletedProcess:
        """`aimm-lab --db room.db …` on the trainer's PC."""
        return run_cli(self.db, self.tmp / "trainer-home", *args, input_text=f"{PIN}\n" if pin else None,
                       timeout=timeout)

    def code(self) -> str:
        return self.cli("room", "code").stdout.strip()


def run_cli(db: Path, home: Path, *args: str, input_text: str | None = None, timeout: float = 60,
            background: bool = False):
    env = dict(os.environ, AIMM_LAB_HOME=str(home), AIMM_LAB_LANG="fr", PYTHONDONTWRITEBYTECODE="1",
               AIMM_LAB_ROOM_TIMEOUT="3")
    env.pop("AIMM_LAB_SCENARIOS", None)
    argv = [sys.executable, "-m", "aimm_lab", "--db", str(db), *args]
    if background:
        return subprocess.Popen(argv, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(argv, env=env, cwd=REPO, capture_output=True, text=True, input=input_text, timeout=timeout)


class SeatProc:
    """A lab PC: its database and data folder; every action is a new `aimm-lab room …` process."""

    def __init__(self, tmp: Path, n: int):
        self.n = n
        self.db = tmp / f"seat{n}.db"
        self.home = tmp / f"seat{n}-home"
        self.home.mkdir(parents=True, exist_ok=True)
        (self.home / "lab.json").write_text(json.dumps({"seat": n}))

    def cli(self, *args: str, **kw):
        return run_cli(self.db, self.home, "room", *args, **kw)

    def outbox(self) -> list[dict]:
        s = Store(self.db)
        try:
            return s._rows("SELECT * FROM room_outbox ORDER BY seq")
        finally:
            s.close()


def wait_until(pred, timeout: float = 30.0, step: float = 0.1):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        v = pred()
        if v:
            return v
        time.sleep(step)
    raise AssertionError("condition not met in time")
