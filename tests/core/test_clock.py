"""clock_offset: the real SNTP client against a real UDP time server on this machine,
and the check on recorded answers."""

from __future__ import annotations

import socket
import struct
import threading
import time

import pytest

from aimm_lab.checks import Outcome, ResolvedCheck, evaluate
from aimm_lab.checks.base import Context
from aimm_lab.machine import RecordedMachine
from aimm_lab.machine.real import RealMachine


class TimeServer:
    """A tiny SNTP server answering with its own clock shifted by `skew` seconds."""

    def __init__(self, skew: float):
        self.skew = skew
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.stop = False
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    @staticmethod
    def stamp(t: float) -> bytes:
        t += 2208988800
        return struct.pack("!II", int(t), int((t % 1) * 2**32))

    def serve(self):
        while not self.stop:
            try:
                data, addr = self.sock.recvfrom(512)
            except TimeoutError:
                continue
            now = time.time() + self.skew
            reply = bytes([0x24, 2, 0, 0]) + bytes(28) + self.stamp(now) + self.stamp(now)
            self.sock.sendto(reply, addr)

    def close(self):
        self.stop = True
        self.thread.join()
        self.sock.close()


@pytest.fixture
def server():
    servers = []

    def make(skew):
        s = TimeServer(skew)
        servers.append(s)
        return s

    yield make
    for s in servers:
        s.close()


def run(machine, server, max_seconds=5.0):
    return evaluate(ResolvedCheck("clock_offset", {"server": server, "max_seconds": max_seconds}), machine, Context())


def test_real_sntp_in_time(server):
    s = server(0.0)
    ans = RealMachine().clock(f"127.0.0.1:{s.port}")
    assert ans["error"] is None and abs(ans["offset_s"]) < 0.5 and ans["stratum"] == 2
    assert run(RealMachine(), f"127.0.0.1:{s.port}").outcome is Outcome.PASS


def test_real_sntp_clock_two_years_behind(server):
    s = server(2 * 365 * 86400.0)
    r = run(RealMachine(), f"127.0.0.1:{s.port}")
    assert r.outcome is Outcome.FAIL
    assert "en retard" in r.found.fr and "jour" in r.found.fr


def test_real_sntp_no_server_is_a_fail_with_the_reason():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = run(RealMachine(), f"127.0.0.1:{port}")
    assert r.outcome is Outcome.FAIL and "injoignable" in r.found.fr


def test_recorded_answers_and_missing_record():
    state = {"format": "aimm-lab-state", "schema": 1, "platform": "windows", "sections": {}, "errors": {},
             "lookups": {"ntp": {"ntp.lab.local": {"server": "ntp.lab.local", "offset_s": -3600.0, "stratum": 3,
                                                   "error": None, "ms": 2.0}}}}
    m = RecordedMachine(state)
    r = run(m, "ntp.lab.local")
    assert r.outcome is Outcome.FAIL and "en avance" in r.found.fr
    assert run(m, "ntp.lab.local", max_seconds=4000).outcome is Outcome.PASS
    assert run(m, "other.lab.local").outcome is Outcome.ERROR
