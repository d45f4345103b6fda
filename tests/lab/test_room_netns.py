"""The room on a real lab network (network namespaces): the trainer's PC is the lab server
(192.168.10.10, router namespace), the lab PC finds it by DNS-SD, joins, and its real readings are
graded by the room; the network is cut mid-test and comes back without losing anything."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from netlab import GATEWAY, IFACE, REPO, SERVER

from aimm_lab.room.hall import Room
from aimm_lab.store.db import Store

PORT = 8765


def seat_cli(lab, tmp: Path, *args, timeout=60):
    env = dict(os.environ, AIMM_LAB_HOME=str(tmp / "seat-home"), AIMM_LAB_PROFILE=str(lab.profile()),
               AIMM_LAB_LANG="fr", AIMM_LAB_ROOM_TIMEOUT="3", PYTHONDONTWRITEBYTECODE="1")
    return lab.pc_run([sys.executable, "-m", "aimm_lab", "--db", str(tmp / "seat.db"), "room", *args],
                      check=False, env=env, cwd=str(REPO), timeout=timeout)


def test_a_lab_pc_finds_joins_and_is_graded_by_the_room_through_a_network_cut(netlab, tmp_path):
    room_db = tmp_path / "room.db"
    p = subprocess.Popen(["ip", "netns", "exec", netlab.router, sys.executable, str(REPO / "tests/room/room_proc.py"),
                          str(room_db), str(PORT), "1", str(tmp_path / "clock.json"), "0.0.0.0", "advertise"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert p.stdout.readline().startswith("READY"), p.stderr.read()
        # the lab PC hears the room on the network
        cp = seat_cli(netlab, tmp_path, "find", "--seconds", "4", "--json")
        found = json.loads(cp.stdout)
        assert [r["name"] for r in found] == ["Salle test"], (cp.stdout, cp.stderr)
        fp = Room(Store(room_db)).info()["fingerprint"]
        assert found[0]["fp"] == fp[:16] and found[0]["port"] == PORT
        code = Room(Store(room_db)).pairing_code()
        cp = seat_cli(netlab, tmp_path, "join", f"{SERVER}:{PORT}", code, "--trainee", "Alice")
        assert cp.returncode == 0, cp.stderr
        assert Room(Store(room_db)).admit("P01", "Mme Martin")["trainee"] == "Alice"
        Room(Store(room_db)).open_test("b3-passerelle", 40, by="Mme Martin")
        # the fault is set on the PC (a wrong gateway), the test starts, the trainee fixes it
        netlab.ip_pc("route", "replace", "default", "via", "192.168.10.1")
        cp = seat_cli(netlab, tmp_path, "start")
        assert cp.returncode == 0, cp.stderr
        room = Room(Store(room_db))
        aid = room.seats()[0]["attempt_id"]
        assert room.engine.facts(aid).fault == "in_place"
        netlab.ip_pc("route", "replace", "default", "via", GATEWAY)
        # the network goes down while the trainee works: nothing is lost
        netlab.ip_pc("link", "set", IFACE, "down")
        cp = seat_cli(netlab, tmp_path, "check")
        assert cp.returncode == 3 and "gardé sur ce poste" in cp.stdout
        cp = seat_cli(netlab, tmp_path, "report", "diagnosis=passerelle 192.168.10.1 corrigée en .254")
        assert cp.returncode == 3
        netlab.ip_pc("link", "set", IFACE, "up")
        netlab.ip_pc("route", "replace", "default", "via", GATEWAY)
        cp = seat_cli(netlab, tmp_path, "flush")
        assert cp.returncode == 0 and "2 message(s) envoyé(s), 0 en attente" in cp.stdout, (cp.stdout, cp.stderr)
        room = Room(Store(room_db))
        f = room.engine.facts(aid)
        assert f.report == {"diagnosis": "passerelle 192.168.10.1 corrigée en .254"}
        # the reading made offline was of the PC with its network down: the room graded what it saw
        off = [e for e in room.store.journal(aid) if e["kind"] == "received" and e["data"]["offline"]]
        assert [e["data"]["kind"] for e in off] == ["reading", "report"]
        # a reading now, on the network back: the gateway task passes on the room
        cp = seat_cli(netlab, tmp_path, "submit")
        assert cp.returncode == 0, cp.stderr
        sheet = Room(Store(room_db)).engine.score(aid)
        task = next(t for t in sheet.tasks if t.task_id == "passerelle")
        assert task.state == "scored" and task.earned == task.points, [(i.get("type"), i.get("outcome"))
                                                                        for i in task.items]
    finally:
        p.kill()
        p.communicate(timeout=10)


HALF_OPEN = """
import json, socket, ssl, sys, time
server, port, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
silent = [socket.create_connection((server, port), timeout=5) for _ in range(n)]  # no ClientHello, ever
t0 = time.monotonic()
time.sleep(0.5)
extra = socket.create_connection((server, port), timeout=5)
try:
    extra_closed = extra.recv(1) == b""
except ConnectionResetError:
    extra_closed = True
except TimeoutError:
    extra_closed = False
closed_after = []
for s in silent:
    s.settimeout(30)
    try:
        s.recv(1)
    except ConnectionResetError:
        pass
    closed_after.append(round(time.monotonic() - t0, 2))
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
with ctx.wrap_socket(socket.create_connection((server, port), timeout=5)) as t:
    version = t.version()
print(json.dumps({"extra_closed": extra_closed, "closed_after": closed_after, "tls": version}))
"""


def test_a_lab_pc_cannot_hold_the_rooms_connections_in_the_tls_handshake(netlab, tmp_path):
    """From the lab PC's own address (not loopback): PER_ADDRESS TCP connections that never send a
    ClientHello take that PC's places at once (one more is closed as it arrives) and are closed by the
    room after HANDSHAKE_S; a real TLS connection is then served."""
    from aimm_lab.room.server import HANDSHAKE_S, PER_ADDRESS

    p = subprocess.Popen(["ip", "netns", "exec", netlab.router, sys.executable, str(REPO / "tests/room/room_proc.py"),
                          str(tmp_path / "room.db"), str(PORT), "1", str(tmp_path / "clock.json"), "0.0.0.0"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert p.stdout.readline().startswith("READY"), p.stderr.read()
        cp = netlab.pc_run([sys.executable, "-c", HALF_OPEN, SERVER, str(PORT), str(PER_ADDRESS)], check=False,
                           timeout=90)
        assert cp.returncode == 0, cp.stderr
        out = json.loads(cp.stdout)
        assert out["extra_closed"], out
        assert all(HANDSHAKE_S - 1 <= t <= HANDSHAKE_S + 6 for t in out["closed_after"]), out
        assert out["tls"].startswith("TLS"), out
    finally:
        p.kill()
        p.communicate(timeout=10)
