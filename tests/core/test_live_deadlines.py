"""Every live look-up keeps one deadline, name resolution included: a system resolver that hangs
(a dead DNS server: glibc waits 5 s per try) cannot make a TCP connection, a time server query or a
DNS query last longer than its timeout. The real condition (a dead server in a network namespace)
is in tests/lab/test_readings_netns.py and benchmarks/bench_live_deadline.py."""

from __future__ import annotations

import socket
import time

import pytest

from aimm_lab.machine import real
from aimm_lab.machine.real import RealMachine

REAL_GAI = socket.getaddrinfo
# Beyond the 0.5 s timeout, what a loaded 2-core machine may add in scheduling and thread start-up.
# The hang is 3 s: a look-up that waits for it fails however busy the machine is.
SLACK_S = 0.6


@pytest.fixture
def hanging_resolver(monkeypatch):
    """Names take 3 s to resolve (addresses, which need no resolution, are answered at once)."""

    def slow(host, *args, **kw):
        flags = args[4] if len(args) > 4 else kw.get("flags", 0)
        if flags & socket.AI_NUMERICHOST:
            return REAL_GAI(host, *args, **kw)
        time.sleep(3)
        return REAL_GAI("127.0.0.1", *args[:4])

    monkeypatch.setattr(real.socket, "getaddrinfo", slow)


def timed(fn):
    t0 = time.monotonic()
    out = fn()
    return out, time.monotonic() - t0


def test_tcp_by_name_keeps_its_timeout(hanging_resolver):
    out, took = timed(lambda: RealMachine().tcp_connect("intranet.lab.local", 80, timeout=0.5))
    assert took < 0.5 + SLACK_S and out["ok"] is False
    assert out["error"] == "name not resolved (timed out)"


def test_tcp_to_an_address_needs_no_resolution(hanging_resolver):
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    try:
        out, took = timed(lambda: RealMachine().tcp_connect("127.0.0.1", srv.getsockname()[1], timeout=0.5))
    finally:
        srv.close()
    assert out["ok"] is True and took < 0.3


def test_ntp_by_name_keeps_its_timeout(hanging_resolver):
    out, took = timed(lambda: RealMachine().clock("ntp.lab.local", timeout=0.5))
    assert took < 0.5 + SLACK_S and out["error"] == "name not resolved (timed out)"


def test_dns_query_to_a_server_keeps_its_timeout(monkeypatch):
    monkeypatch.setattr(RealMachine, "_dns_query", staticmethod(lambda *a: time.sleep(3) or ["10.0.0.1"]))
    out, took = timed(lambda: RealMachine().resolve("nas.lab.local", "A", "192.168.10.10", timeout=0.5))
    assert took < 0.5 + SLACK_S and out["error"]["kind"] == "timeout"


def test_system_resolver_keeps_its_timeout(hanging_resolver):
    out, took = timed(lambda: RealMachine().resolve("intranet.lab.local", "A", None, timeout=0.5))
    assert took < 0.5 + SLACK_S and out["error"]["kind"] == "timeout"
