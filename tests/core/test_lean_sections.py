"""A pass reads only the costly section parts its checks ask for (machine.base.SECTION_PARTS).

The lean readings (sockets without owners from the kernel's socket diagnostics and /proc/net/udp,
process names from /proc/<pid>/comm) are compared with psutil's full readings on real sockets and
processes made in a private network namespace (root only)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from aimm_lab.checks.base import Context, ResolvedCheck, evaluate_many, section_needs
from aimm_lab.machine import MachineView, RecordedMachine, make_state
from aimm_lab.machine import normalize as nz

REPO = Path(__file__).resolve().parents[2]


def test_proc_net_addresses_as_psutil_documents_them():
    # The two examples of psutil/_pslinux.py, NetConnections.decode_address's docstring.
    assert nz.proc_net_address("0500000A:0016", False) == ("10.0.0.5", 22)
    assert nz.proc_net_address("0000000000000000FFFF00000100007F:9E49", True) == ("::ffff:127.0.0.1", 40521)
    assert nz.proc_net_address("00000000:0000", False) == ()


def test_long_process_names_as_psutil_gives_them():
    assert nz.proc_comm_name(b"gnome-keyring-d\n") == "gnome-keyring-d"
    assert nz.proc_long_name("gnome-keyring-d", b"/usr/bin/gnome-keyring-daemon\x00--start\x00") == \
        "gnome-keyring-daemon"
    assert nz.proc_long_name("chrome-sandbox1", b"/opt/chrome --type=zygote") == "chrome-sandbox1"
    assert nz.proc_long_name("short", b"/bin/other\x00") == "short"


def _check(type_: str, **params) -> ResolvedCheck:
    return ResolvedCheck(type_, params)


def test_the_plan_names_only_what_checks_ask_for():
    assert section_needs([_check("port_listening", port=22), _check("process_running", name="sshd")]) == {}
    assert section_needs([_check("port_listening", port=22, process="sshd")]) == {"sockets": {"owners"}}
    nested = ResolvedCheck("any", {}, children=[_check("default_gateway", address="192.168.10.254")])
    assert section_needs([nested]) == {"network": {"routes"}}


class _Counting:
    """A machine that says which parts it was asked for and gives exactly those."""

    platform = "linux"

    def __init__(self):
        self.asked: list = []

    def section(self, name, parts=None):
        self.asked.append((name, None if parts is None else sorted(parts)))
        every = ["owners"]
        have = every if parts is None else sorted(parts)
        rows = [{"proto": "tcp", "address": "0.0.0.0", "port": 22, "pid": 1 if have else None,
                 "process": "sshd" if have else None}]
        return {"listening": rows, "parts": have}


def test_a_view_reads_more_only_once_when_a_check_asks_for_it():
    m = _Counting()
    view = MachineView(m, plan={})
    assert view.section("sockets")["parts"] == []
    assert view.section("sockets", ("owners",))["parts"] == ["owners"]
    assert view.section("sockets")["parts"] == ["owners"]  # what it holds now answers the lean ask too
    assert m.asked == [("sockets", []), ("sockets", ["owners"])]
    # Without a plan (a probe) every part is read at once.
    m2 = _Counting()
    MachineView(m2).section("sockets")
    assert m2.asked == [("sockets", None)]


def test_port_listening_by_program_on_a_state_recorded_without_owners_is_an_error():
    lean = {"listening": [{"proto": "tcp", "address": "0.0.0.0", "port": 22, "pid": None, "process": None}],
            "parts": []}
    state = make_state("linux", {"sockets": lean}, {})
    by_port, by_program = evaluate_many([_check("port_listening", port=22),
                                         _check("port_listening", port=22, process="sshd")],
                                        RecordedMachine(state), Context())
    assert by_port.outcome.value == "PASS"
    assert by_program.outcome.value == "ERROR"
    # Recorded with owners (or before parts existed): graded.
    full = {"listening": [dict(lean["listening"][0], pid=812, process="sshd")]}
    ok, wrong = evaluate_many([_check("port_listening", port=22, process="sshd.exe"),
                               _check("port_listening", port=22, process="nginx")],
                              RecordedMachine(make_state("linux", {"sockets": full}, {})), Context())
    assert (ok.outcome.value, wrong.outcome.value) == ("PASS", "FAIL")


def _netns_reason() -> str | None:
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return "needs root on Linux (a private network namespace)"
    if shutil.which("ip") is None:
        return "ip not installed (Debian package iproute2)"
    return None


INSIDE = textwrap.dedent("""
    import json, os, shutil, socket, subprocess, sys, tempfile, time
    from aimm_lab.machine.real import RealMachine
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    keep = []
    def sock(fam, kind, addr, listen=True):
        s = socket.socket(fam, kind)
        if fam == socket.AF_INET6:
            s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        s.bind(addr)
        if kind == socket.SOCK_STREAM and listen:
            s.listen()
        keep.append(s)
        return s
    srv = sock(socket.AF_INET, socket.SOCK_STREAM, ("0.0.0.0", 2222))
    sock(socket.AF_INET, socket.SOCK_STREAM, ("127.0.0.1", 8080))
    sock(socket.AF_INET6, socket.SOCK_STREAM, ("::", 3389))
    sock(socket.AF_INET6, socket.SOCK_STREAM, ("::1", 631))
    sock(socket.AF_INET, socket.SOCK_DGRAM, ("0.0.0.0", 53))
    sock(socket.AF_INET6, socket.SOCK_DGRAM, ("::", 5353))
    sock(socket.AF_INET, socket.SOCK_STREAM, ("127.0.0.1", 9999), listen=False)  # bound, not listening
    c = socket.create_connection(("127.0.0.1", 2222)); keep.append(c)  # established: not listed
    keep.append(srv.accept()[0])
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.connect(("127.0.0.1", 53)); keep.append(u)
    d = tempfile.mkdtemp()
    long = os.path.join(d, "aimm-long-process-name")
    os.symlink(shutil.which("sleep"), long)
    p = subprocess.Popen([long, "30"])
    time.sleep(0.2)
    r = RealMachine()
    full, lean = r.section("sockets"), r.section("sockets", set())
    procs_full = r.section("processes")
    procs_lean = r.section("processes", set())
    p.kill()
    print(json.dumps({"full": full, "lean": lean, "procs_full": procs_full, "procs_lean": procs_lean,
                      "long_pid": p.pid}))
""")


@pytest.mark.skipif(_netns_reason() is not None, reason=str(_netns_reason()))
def test_lean_sockets_and_names_match_psutil_on_real_sockets():
    ns = f"aimm{os.getpid()}lean"
    subprocess.run(["ip", "netns", "add", ns], check=True, capture_output=True)
    try:
        out = subprocess.run(["ip", "netns", "exec", ns, sys.executable, "-c", INSIDE], capture_output=True,
                             text=True, timeout=60, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
        assert out.returncode == 0, out.stderr
        data = json.loads(out.stdout)
    finally:
        subprocess.run(["ip", "netns", "del", ns], capture_output=True)

    def key(s):
        return (s["proto"], s["address"], s["port"])

    lean, full = data["lean"], data["full"]
    assert (lean["parts"], full["parts"]) == ([], ["owners"])
    assert sorted(map(key, lean["listening"])) == sorted(map(key, full["listening"]))
    assert {key(s) for s in lean["listening"]} == {
        ("tcp", "0.0.0.0", 2222), ("tcp", "127.0.0.1", 8080), ("tcp6", "::", 3389), ("tcp6", "::1", 631),
        ("udp", "0.0.0.0", 53), ("udp6", "::", 5353)}
    assert all(s["pid"] is None and s["process"] is None for s in lean["listening"])
    # The full reading names the owner: every one of these sockets is the test's own Python.
    assert {s["process"] for s in full["listening"]} == {full["listening"][0]["process"]}
    assert str(full["listening"][0]["process"]).startswith("python")
    assert len({s["pid"] for s in full["listening"]}) == 1 and full["listening"][0]["pid"]

    names_full = {p["pid"]: p["name"] for p in data["procs_full"]["processes"]}
    names_lean = {p["pid"]: p["name"] for p in data["procs_lean"]["processes"]}
    assert names_lean[data["long_pid"]] == names_full[data["long_pid"]] == "aimm-long-process-name"
    assert data["procs_lean"]["parts"] == [] and data["procs_full"]["parts"] == ["details"]
    assert all(p["username"] is None and p["exe"] is None for p in data["procs_lean"]["processes"])


def test_a_real_pass_records_what_it_read_and_replays_it():
    """On this machine: a pass of port_listening reads the sockets without owners, records them so, and
    the recording grades the same; a check naming the program makes the same pass read the owners."""
    from aimm_lab.machine.real import RealMachine

    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    port = srv.getsockname()[1]
    try:
        view = MachineView(RealMachine())
        (r,) = evaluate_many([_check("port_listening", port=port)], view, Context())
        state = view.to_state()
        view2 = MachineView(RealMachine())
        (owned,) = evaluate_many([_check("port_listening", port=port, process=os.path.basename(sys.executable))],
                                 view2, Context())
        owners = view2.to_state()["sections"]["sockets"]
    finally:
        srv.close()
    assert r.outcome.value == "PASS"
    lean = state["sections"]["sockets"]
    if sys.platform.startswith("linux"):
        assert lean["parts"] == [] and "owners" not in lean["parts"]
    assert "processes" not in state["sections"]  # nothing asked for them
    (again,) = evaluate_many([_check("port_listening", port=port)], RecordedMachine(state), Context())
    assert again.outcome.value == "PASS"
    assert owners["parts"] == ["owners"]
    mine = [s for s in owners["listening"] if s["port"] == port]
    if mine[0]["pid"] is not None:  # readable owner (root, or our own process)
        assert owned.outcome.value == "PASS", owned.message
