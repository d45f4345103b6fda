"""A room and its lab PCs as real processes over HTTPS on 127.0.0.1: the room killed (SIGKILL) and
started again mid-test, lab PCs killed mid-send, the `room serve` command itself. Nothing typed is
lost, nothing is applied twice, and what was made while the room was down is marked so."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time

import pytest
from prockit import REPO, RoomProc, SeatProc, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


@pytest.fixture
def room(tmp_path):
    r = RoomProc(tmp_path).start()
    try:
        yield r
    finally:
        r.kill()


def joined(room, tmp_path, n) -> SeatProc:
    s = SeatProc(tmp_path, n)
    cp = s.cli("join", room.address, room.code(), "--trainee", f"Stagiaire {n}")
    assert cp.returncode == 0, cp.stderr
    cp = room.cli("room", "admit", f"P{n:02d}", "--number", str(n), "--by", "Mme Martin", "--pin-stdin", pin=True)
    assert cp.returncode == 0 and f"Stagiaire {n}, poste n° {n}" in cp.stdout, cp.stderr
    return s


def test_the_room_killed_mid_test_loses_nothing_the_seats_typed(room, tmp_path):
    a, b = joined(room, tmp_path, 1), joined(room, tmp_path, 2)
    assert room.cli("room", "test", "b3-passerelle", "--by", "Mme Martin", "--pin-stdin", pin=True).returncode == 0
    for s in (a, b):
        cp = s.cli("start")
        assert cp.returncode == 0, cp.stderr
    fields = ["diagnosis", "actions", "validation", "final_state", "recommendations"]
    rng = random.Random(7)
    kill_at = rng.uniform(0.05, 0.6)
    # seat 1 writes its report field by field while the trainer's PC dies under it
    writer = subprocess.Popen([sys.executable, "-c", (
        "import subprocess,sys\n"
        f"for f in {fields!r}:\n"
        f"    subprocess.run([sys.executable,'-m','aimm_lab','--db',{str(a.db)!r},'room','report',f+'=texte '+f])\n")],
        cwd=REPO, env=dict(__import__("os").environ, AIMM_LAB_HOME=str(a.home), AIMM_LAB_ROOM_TIMEOUT="2"))
    time.sleep(kill_at)
    room.kill()
    writer.wait(120)
    cp = b.cli("report", "diagnosis=fait hors ligne")
    assert cp.returncode == 3 and "gardé sur ce poste" in cp.stdout
    room.start()  # the trainer's PC is back
    for s in (a, b):
        cp = s.cli("flush")
        assert cp.returncode == 0, cp.stderr
        assert all(r["sent_at"] and json.loads(r["answer"]).get("ok") for r in s.outbox())
    r = room.room()
    aid = {x["id"]: x["attempt_id"] for x in r.seats()}
    report = r.engine.facts(aid["P01"]).report
    assert report == {f: f"texte {f}" for f in fields}
    assert r.engine.facts(aid["P02"]).report == {"diagnosis": "fait hors ligne"}
    # each message once in the room, and those made while it was down say so
    got = r.store._rows("SELECT seat_id, msg_id, offline FROM room_messages")
    assert len(got) == len({(x["seat_id"], x["msg_id"]) for x in got})
    outbox_b = {x["msg_id"] for x in b.outbox()}
    assert {x["msg_id"] for x in got if x["seat_id"] == "P02"} == outbox_b
    off = [e for e in r.store.journal(aid["P02"]) if e["kind"] == "received" and e["data"]["offline"]]
    assert [e["data"]["kind"] for e in off] == ["report"]
    assert r.engine.verify([aid["P01"], aid["P02"]])[0].ok


def test_a_seat_killed_mid_send_resends_and_nothing_is_applied_twice(room, tmp_path):
    s = joined(room, tmp_path, 1)
    assert room.cli("room", "test", "b3-passerelle", "--pin-stdin", pin=True).returncode == 0
    assert s.cli("start").returncode == 0
    rng = random.Random(11)
    for _ in range(8):
        p = s.cli("check", background=True)
        time.sleep(rng.uniform(0.0, 0.8))
        p.send_signal(signal.SIGKILL)
        p.communicate(timeout=10)
    for _ in range(10):  # the room paces a seat's readings: what it asks to wait for goes a little later
        cp = s.cli("flush")
        if cp.returncode == 0:
            break
        assert cp.returncode == 3 and "attendre" in cp.stdout, (cp.stdout, cp.stderr)
        time.sleep(2)
    assert cp.returncode == 0, cp.stderr
    mine = {x["msg_id"] for x in s.outbox()}
    assert all(x["sent_at"] for x in s.outbox())
    r = room.room()
    theirs = r.store._rows("SELECT msg_id, outcome FROM room_messages WHERE seat_id = 'P01'")
    assert {x["msg_id"] for x in theirs} == mine  # what the seat kept reached the room, once each
    assert all(x["outcome"] == "applied" for x in theirs)
    aid = r.seats()[0]["attempt_id"]
    received = [e["data"]["msg"] for e in r.store.journal(aid) if e["kind"] == "received"]
    assert len(received) == len(set(received))
    assert r.engine.verify([aid])[0].ok


def test_room_serve_prints_where_to_join_and_stops_cleanly(tmp_path):
    db, home = tmp_path / "room.db", tmp_path / "home"
    stats = tmp_path / "stats.json"
    p = run_cli(db, home, "room", "serve", "--name", "Salle 3", "--host", "127.0.0.1", "--port", "0",
                "--no-advertise", "--stats-file", str(stats), background=True)
    lines = [p.stdout.readline() for _ in range(3)]
    assert "Salle « Salle 3 » ouverte" in lines[0]
    port = int(lines[0].rsplit(":", 1)[1])
    code = lines[2].split(":", 1)[1].strip()
    seat = SeatProc(tmp_path, 1)
    cp = seat.cli("join", f"127.0.0.1:{port}", code, "--trainee", "Alice")
    assert cp.returncode == 0 and "Poste P01" in cp.stdout, cp.stderr
    cp = seat.cli("status")
    assert "Aucune épreuve ouverte" in cp.stdout
    p.send_signal(signal.SIGTERM)
    p.communicate(timeout=15)
    assert p.returncode == 0
    data = json.loads(stats.read_text())
    assert data["requests"] >= 2 and data["rss_mib"] > 10 and data["loop_lag_ms"]["samples"] >= 1


def test_trainer_actions_on_a_seat_need_the_pin_and_are_journaled_with_who(room, tmp_path):
    s = joined(room, tmp_path, 1)
    assert room.cli("room", "test", "b3-passerelle", "--pin-stdin", pin=True).returncode == 0
    assert s.cli("start").returncode == 0
    cp = room.cli("room", "add-time", "P01", "10", "--by", "Mme Martin")  # no terminal, no PIN
    assert cp.returncode == 2 and "code formateur" in cp.stderr
    cp = run_cli(room.db, tmp_path / "h", "room", "add-time", "P01", "10", "--pin-stdin", input_text="00000000\n")
    assert cp.returncode == 2
    cp = room.cli("room", "add-time", "P01", "10", "--by", "Mme Martin", "--pin-stdin", pin=True)
    assert cp.returncode == 0, cp.stderr
    assert room.cli("room", "pause", "P01", "--by", "Mme Martin", "--pin-stdin", pin=True).returncode == 0
    st = json.loads(s.cli("status", "--json").stdout)
    assert st["attempt"]["status"] == "paused"
    cp = s.cli("check")
    assert cp.returncode == 2 and "pause" in cp.stderr
    r = room.room()
    aid = r.seats()[0]["attempt_id"]
    ev = {e["kind"]: e["data"] for e in r.store.journal(aid)}
    assert ev["time_added"]["by"] == "Mme Martin" and ev["paused"]["by"] == "Mme Martin"
    # on the lab PC the room's attempt does not exist: nothing to add time to or pause there
    cp = run_cli(s.db, s.home, "attempts", "add-time", aid, "30", "--pin-stdin", input_text="x\n")
    assert cp.returncode == 2
    cp = run_cli(s.db, s.home, "room", "pause", "P01", "--pin-stdin", input_text="x\n")
    assert cp.returncode == 2


def test_room_serve_shows_each_new_pairing_code_and_join_errors_are_plain(tmp_path):
    db, home = tmp_path / "room.db", tmp_path / "home"
    p = run_cli(db, home, "room", "serve", "--host", "127.0.0.1", "--port", "0", "--no-advertise", background=True)
    try:
        lines = [p.stdout.readline() for _ in range(3)]
        port = int(lines[0].rsplit(":", 1)[1])
        code = lines[2].split(":", 1)[1].strip()
        cp = SeatProc(tmp_path, 1).cli("join", f"127.0.0.1:{port}", code, "--trainee", "Alice")
        assert cp.returncode == 0, cp.stderr
        new = p.stdout.readline()
        assert new.startswith("Nouveau code d'appairage : ") and new.split(":", 1)[1].strip() != code
        cp = SeatProc(tmp_path, 2).cli("join", f"127.0.0.1:{port}", new.split(":", 1)[1].strip(), "--trainee", "Bob")
        assert cp.returncode == 0, cp.stderr
        # a wrong address is a plain message, not an internal error
        cp = SeatProc(tmp_path, 3).cli("join", "127.0.0.1:1", "ABCD-EFGH")
        assert cp.returncode == 2 and "aucune salle ne répond" in cp.stderr and "interne" not in cp.stderr
    finally:
        p.send_signal(signal.SIGTERM)
        p.communicate(timeout=15)
