"""The room over real HTTPS on 127.0.0.1: pairing, pinning, messages once, replays, another PC's
credential, malformed and oversized bodies, readings that equal a shipped state, what a seat is told."""

from __future__ import annotations

import http.client
import json
import secrets
from pathlib import Path

import pytest
from roomkit import FIXTURES, identity

from aimm_lab.errors import AimmError
from aimm_lab.machine.recorded import RecordedMachine
from aimm_lab.room import protocol as P
from aimm_lab.room import tls
from aimm_lab.room.seat import Offline, RoomAnswer, SeatLink
from aimm_lab.store.db import Store


def raw(kit, method, path, body=None, token=None, headers=None):
    c = http.client.HTTPSConnection("127.0.0.1", kit.server.bound_port, timeout=5,
                                    context=tls.client_context(kit.room.certificate()[0]))
    h = {"Content-Type": "application/json", **(headers or {})}
    if token:
        h["Authorization"] = f"Bearer {token}"
    c.request(method, path, body=body if isinstance(body, bytes | None) else json.dumps(body).encode(), headers=h)
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, json.loads(data) if data else None


def test_join_pins_the_room_and_the_code_changes(kit):
    seat = kit.seat(1)
    link = seat.link()
    assert link["seat"] == "P01" and link["fingerprint"] == kit.room.info()["fingerprint"]
    assert link["cert"].startswith("-----BEGIN CERTIFICATE-----")
    # the code that served is gone: a second PC needs the new one
    other = SeatLink(Store(kit.tmp / "s2.db"), identity=identity(2))
    code = kit.room.pairing_code()
    with pytest.raises(AimmError):
        other.join(kit.address, "0000-0000" if code != "00000000" else "1111-1111")
    other.join(kit.address, P.show_code(code).lower().replace("-", " "))  # typed loosely
    assert [s["id"] for s in kit.room.seats()] == ["P01", "P02"]
    assert kit.room.seats()[1]["identity"]["hostname"] == "pc02"


def test_wrong_codes_are_counted_and_do_not_change_the_code_read_out_in_the_room(kit):
    """Wrong tries are paced per address (server.py); a PC with many addresses must not be able to
    make the code read out in the room stale, nor fill the journal with alerts."""
    code = kit.room.pairing_code()
    link = SeatLink(Store(kit.tmp / "s.db"), identity=identity(3))
    wrong = "ZZZZZZZZ" if code != "ZZZZZZZZ" else "YYYYYYYY"
    for _ in range(P.MAX_TRIES + 5):  # from 127.0.0.1: not paced
        with pytest.raises(RoomAnswer) as e:
            link.join(kit.address, wrong)
        assert e.value.status == 401
    assert kit.room.pairing_code() == code
    assert link.link() is None
    alerts = [a for a in kit.room.alerts() if a["kind"] == "pairing_failed"]
    assert len(alerts) == P.MAX_TRIES and alerts[0]["data"]["address"] == "127.0.0.1"
    assert kit.seat(4).link()["seat"] == "P01"  # the code read out still works


def test_a_proof_made_for_another_certificate_is_refused(kit):
    """A relay in the middle shows its own certificate: the proof the seat makes for it fails at the room."""
    code = kit.room.pairing_code()
    nonce = secrets.token_hex(16)
    fake_fp = tls.fingerprint(tls.make_certificate("relay")[0])
    st, body = raw(kit, "POST", "/v1/join", {"nonce": nonce, "proof": P.join_proof(code, fake_fp, nonce),
                                             "identity": identity(4)})
    assert st == 401 and body["reason"] == "code"
    assert not kit.room.seats()


def test_a_room_that_shows_another_certificate_is_not_trusted(kit, tmp_path):
    seat = kit.seat(1)
    # the trainer's PC is replaced by another one with the same address (new room, new certificate)
    kit.server.stop()
    from aimm_lab.room.hall import Room
    from aimm_lab.room.server import RoomServer

    impostor = Room(Store(tmp_path / "impostor.db"))
    impostor.open("Salle 12")
    srv = RoomServer(impostor, "127.0.0.1", kit.server.bound_port).start()
    try:
        with pytest.raises(AimmError) as e:
            seat.status()
        assert "certificat" in e.value.message("fr") and not isinstance(e.value, Offline)
    finally:
        srv.stop()
        kit.server = RoomServer(kit.room, "127.0.0.1", 0).start()


def test_no_credential_or_a_made_up_one_gets_401(kit):
    assert raw(kit, "GET", "/v1/seat")[0] == 401
    assert raw(kit, "GET", "/v1/seat", token="x" * 43)[0] == 401
    msg = {"id": "a" * 32, "seq": 1, "kind": "hello", "clock": {"wall_ms": 1, "mono_ms": 1}}
    assert raw(kit, "POST", "/v1/msg", msg, token="nope")[0] == 401


def test_another_pcs_credential_is_refused_and_shown(kit):
    a = kit.seat(1)
    b = kit.seat(2)
    # PC 2 copies PC 1's link (its credential and pinned certificate) into its own database
    b.store.set_setting("room_link", a.link())
    with pytest.raises(RoomAnswer) as e:
        b._request("POST", "/v1/msg", b._put("hello", {}))
    assert e.value.status == 403 and e.value.reason == "identity"
    alerts = kit.room.alerts("P01")
    assert [x["kind"] for x in alerts] == ["identity_changed"]
    assert alerts[0]["data"]["now"]["hostname"] == "pc02"


@pytest.mark.parametrize("body,why", [
    (b"{not json", "malformed"),
    (b"[]", "malformed"),
    (json.dumps({"id": "xyz", "seq": 1, "kind": "hello", "clock": {"wall_ms": 1, "mono_ms": 1}}).encode(), "malformed"),
    (json.dumps({"id": "a" * 32, "seq": 0, "kind": "hello", "clock": {"wall_ms": 1, "mono_ms": 1}}).encode(), "malformed"),
    (json.dumps({"id": "a" * 32, "seq": 1, "kind": "grade", "clock": {"wall_ms": 1, "mono_ms": 1}}).encode(), "malformed"),
    (json.dumps({"id": "a" * 32, "seq": 1, "kind": "hello", "clock": {"wall_ms": True, "mono_ms": 1}}).encode(), "malformed"),
    (json.dumps({"id": "a" * 32, "seq": 1, "kind": "hello", "clock": {"wall_ms": 1, "mono_ms": 1},
                 "body": []}).encode(), "malformed"),
])
def test_malformed_messages_get_400_with_the_field(kit, body, why):
    seat = kit.seat(1)
    st, ans = raw(kit, "POST", "/v1/msg", body, token=seat.link()["token"])
    assert st == 400 and ans["reason"] == why and ans["error"]["fr"] and ans["error"]["en"]


def test_an_oversized_body_gets_413(kit):
    seat = kit.seat(1)
    st, _ = raw(kit, "POST", "/v1/msg", b"x" * (P.MAX_BODY + 10), token=seat.link()["token"])
    assert st == 413


def test_a_message_sent_twice_is_applied_once_and_a_replay_is_refused(kit):
    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    seat = kit.seat(1)
    assert seat.start()["ok"]
    msg = seat._put("report", {"fields": {"diagnosis": "passerelle fausse"}})
    first = seat._request("POST", "/v1/msg", msg)
    again = seat._request("POST", "/v1/msg", msg)  # the answer was lost: the outbox sends it again
    assert first["ok"] and again["duplicate"] and again["ok"]
    aid = seat.status()["attempt"]["id"]
    kinds = [e["kind"] for e in kit.room.store.journal(aid)]
    assert kinds.count("report") == 1
    # the same message under a new id (an old one copied and re-sent)
    replay = dict(msg, id=secrets.token_hex(16))
    with pytest.raises(RoomAnswer) as e:
        seat._request("POST", "/v1/msg", replay)
    assert e.value.status == 409 and e.value.reason == "replay"
    assert "room_alert" in [e["kind"] for e in kit.room.store.journal(aid)]


def test_a_seat_is_never_told_expected_values_or_results(kit):
    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    seat = kit.seat(1)
    seat.store.set_setting("room_seq_floor", 0)
    ans = seat.start()
    seat._machine = RecordedMachine.load(f"{FIXTURES}/solved.json")
    ans2 = seat.reading()
    st = seat.status()
    def keys(x):
        if isinstance(x, dict):
            for k, v in x.items():
                yield k
                yield from keys(v)
        elif isinstance(x, list):
            for v in x:
                yield from keys(v)

    told = set(keys([ans, ans2, st]))
    assert not told & {"checks", "expect", "expected", "outcome", "score", "max_score", "result", "answer",
                       "lines", "explanation", "rubric", "earned", "params", "state"}, told
    text = json.dumps([ans, ans2, st])
    assert "PASS" not in text and "FAIL" not in text
    assert st["attempt"]["plan"]["sections"] == {"network": ["routes"]}
    assert [t["id"] for t in st["attempt"]["scenario"]["tasks"]] == ["passerelle", "demarche", "client", "rapport"]
    # ...while the room graded the reading
    score = kit.room.engine.score(st["attempt"]["id"])
    assert score.tasks[0].earned == 5.0


def test_a_shipped_recorded_state_is_flagged_in_the_console_and_the_journal(kit):
    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    seat = kit.seat(1)
    seat.start()
    row = kit.room.console()[0]
    kinds = {a["kind"]: a["data"] for a in row.alerts}
    assert set(kinds) == {"fixture_reading", "not_this_pc"}
    assert kinds["fixture_reading"]["fixture"] == "b3-passerelle/broken"
    assert kinds["not_this_pc"]["macs"] == ["52:54:00:12:34:56"]  # the fixture's adapter, not this PC's
    aid = row.attempt.id
    ev = [e for e in kit.room.store.journal(aid) if e["kind"] == "room_alert" and e["data"]["alert"] == "fixture_reading"]
    assert ev and ev[0]["data"]["fixture"] == "b3-passerelle/broken"
    started = kit.room.store.journal(aid)[0]["data"]
    assert started["supervision"] == "room" and started["machine"] == "seat"
    assert started["room"]["seat"] == "P01"


def test_two_seats_sending_the_same_reading_are_flagged(kit, tmp_path):
    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    state = json.loads(Path(f"{FIXTURES}/broken.json").read_text())
    state["sections"]["system"] = {"hostname": "pc-a", "boot_time": 123456.0}  # not a shipped state
    a = kit.seat(1, machine=RecordedMachine(state))
    b = kit.seat(2, machine=RecordedMachine(state))
    a.start()
    b.start()
    kinds = {r.id: [x["kind"] for x in r.alerts if x["kind"] == "same_reading"] for r in kit.room.console()}
    assert kinds == {"P01": [], "P02": ["same_reading"]}


def test_while_a_room_test_is_open_the_lab_pc_does_no_local_check_or_practice(kit):
    from aimm_lab.cli import main
    from aimm_lab.exam.attempt import ExamInProgress
    from aimm_lab.exam.engine import Engine
    from aimm_lab.scenarios.loader import discover

    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    seat = kit.seat(1)
    seat.start()
    db = str(kit.tmp / "seat1.db")
    seat.store.close()
    state = f"{FIXTURES}/solved.json"
    assert main(["--db", db, "check", "b3-passerelle", "--state", state]) == 2
    assert main(["--db", db, "check", "b3-dns-errone", "--state", state]) == 2
    e = Engine(Store(db), RecordedMachine.load(state))
    with pytest.raises(ExamInProgress, match="épreuve de salle"):
        e.start(discover().get("b3-passerelle"), "Stagiaire 1", "practice")
    with pytest.raises(AimmError, match="remettez-la"):
        SeatLink(Store(db)).leave()
    # once submitted (the room says so), practice comes back
    link = SeatLink(Store(db), RecordedMachine.load(state), identity=seat.identity())
    assert link.submit()["ok"]
    link.status()
    assert main(["--db", db, "check", "b3-passerelle", "--state", state]) in (0, 1)


class FakeClock:
    def __init__(self, t):
        self.t = t

    def __call__(self):
        return self.t


def test_the_seats_clock_does_not_count_a_jump_is_shown_and_time_is_the_rooms(tmp_path):
    """A lab PC set 10 minutes back (faketime, the system clock) after its deadline gets no time back."""
    from roomkit import RoomKit

    from aimm_lab.exam import timeline as tl
    from aimm_lab.exam.clock import WatchedClock

    room_wall = FakeClock(1_800_000_000_000)
    room_mono = FakeClock(5_000_000)
    k = RoomKit(tmp_path, now=WatchedClock(room_wall, room_mono))
    try:
        k.room.open_test("b3-passerelle", 40, by="Mme Martin")
        wall, mono = FakeClock(1_800_000_000_000), FakeClock(1_000)
        seat = k.seat(1, wall=wall, mono=mono)
        seat.start()
        aid = seat.status()["attempt"]["id"]
        deadline = k.room.engine.get(aid).deadline
        # 10 minutes later the trainee sets the PC's clock 10 minutes back (its wall clock shows the
        # start time again while its monotonic clock moved on) and sends a reading
        for c in (room_wall, room_mono, mono):
            c.t += 600_000
        assert seat.reading()["ok"]
        assert k.room.engine.get(aid).deadline == deadline  # the room's time decides
        assert [a["kind"] for a in k.room.alerts("P01") if a["kind"] == "clock_jump"] == ["clock_jump"]
        entries = tl.timeline(k.room.store.journal(aid))
        alerts = [e.text.fr for e in entries if e.alert]
        assert any("horloge du poste a changé" in t and "10 min" in t for t in alerts), alerts
        assert any("identique à un état enregistré" in t for t in alerts)
        assert tl.supervision(k.room.engine.facts(aid).started) is tl.ROOM
        # after the room's deadline, a seat whose clock says otherwise is still too late
        for c in (room_wall, room_mono, mono, wall):
            c.t += 31 * 60_000
        ans = seat.report({"diagnosis": "trop tard"})
        assert ans["ok"] is False and "trop tard" in ans["error"]["fr"]
        a = k.room.engine.get(aid)  # ended by the room's clock, with the last reading made in time
        assert a.status == "expired" and k.room.engine.facts(aid).report == {}
        ans = seat.reading()  # nothing more to send: the seat is told, plainly, that its test is over
        assert ans["ok"] and ans["over"] and "L'épreuve de ce poste est terminée" in ans["note"]["fr"]
    finally:
        k.close()


def test_a_pc_in_a_test_that_joins_again_is_shown(kit):
    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    a = kit.seat(1)
    a.start()
    again = kit.seat(1, join=False)
    again.store.set_setting("room_link", None)
    again.join(kit.address, kit.room.pairing_code(), "Stagiaire 1")
    assert again.link()["seat"] == "P02"
    assert [(x["kind"], x["data"]) for x in kit.room.alerts("P01")][-1] == ("rejoined", {"new_seat": "P02"})


def test_one_pc_cannot_hold_the_rooms_connections_nor_leave_them_silent():
    """The guard in front of the server: past PER_ADDRESS connections from one address, the next ones are
    closed at once; connections silent for IDLE_S are closed by the sweep (slow or unfinished headers)."""
    import time as _time

    from aimm_lab.room import server as S

    class Transport:
        def __init__(self, addr):
            self.addr, self.aborted, self.closed = addr, False, False

        def get_extra_info(self, name):
            return (self.addr, 5000) if name == "peername" else None

        def abort(self):
            self.aborted = True

        def close(self):
            self.closed = True

    class Handler:
        def __init__(self):
            self.made = self.lost = 0

        def connection_made(self, t):
            self.made += 1

        def connection_lost(self, e):
            self.lost += 1

        def data_received(self, d):
            pass

    guard = S._Guard(Handler, per_address=3, idle_s=0.05)
    protos = [guard() for _ in range(5)]
    ts = [Transport("192.168.10.112") for _ in range(5)]
    for p, t in zip(protos, ts, strict=True):
        p.connection_made(t)
    assert [t.aborted for t in ts] == [False, False, False, True, True] and guard.refused == 2
    other = guard()
    other.connection_made(Transport("192.168.10.113"))  # another PC is not blocked
    local = [guard() for _ in range(5)]
    for p in local:
        p.connection_made(Transport("127.0.0.1"))  # the trainer's own PC is not counted
    assert guard.refused == 2
    protos[0].connection_lost(None)
    again = guard()
    t = Transport("192.168.10.112")
    again.connection_made(t)
    assert not t.aborted  # a place freed is a place taken
    _time.sleep(0.1)
    protos[1].data_received(b"GET /")  # one that talks stays
    assert guard.sweep() == 8 and not ts[1].closed and ts[2].closed


def test_a_body_without_a_credential_is_never_read(kit):
    st, ans = raw(kit, "POST", "/v1/msg", b"[" + b"0," * 4_000_000 + b"0]")
    assert st == 401 and ans["reason"] == "credential"
    st, ans = raw(kit, "POST", "/v1/join", b"{" * 70_000)
    assert st == 413
    seat = kit.seat(1)
    st, ans = raw(kit, "POST", "/v1/msg", b"[" * 200_000 + b"]" * 200_000, token=seat.link()["token"])
    assert st == 400 and ans["reason"] == "malformed"


def test_pairing_tries_from_one_pc_are_paced(kit):
    """Wrong codes sent as fast as a PC can: after JOINS_PER_MINUTE tries a minute, 429, the code does
    not change and nothing more is written."""
    import asyncio

    from aimm_lab.room import server as S

    class Transport:
        def get_extra_info(self, name):
            return ("192.168.10.66", 40000) if name == "peername" else None

    class Request:
        transport = Transport()
        content_length = None

    srv = kit.server
    code = kit.room.pairing_code()

    async def one():
        try:
            await srv.join(Request())
        except P.Refused as e:
            return e.status
        return None

    for _ in range(S.JOINS_PER_MINUTE):
        srv._joins.setdefault("192.168.10.66", []).append(__import__("time").monotonic())
    assert asyncio.run(one()) == 429
    assert kit.room.pairing_code() == code and not kit.room.alerts()


def test_slow_uploads_do_not_stop_the_room_for_the_others(kit):
    import socket
    import ssl as _ssl
    import time as _time

    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    seat = kit.seat(1)
    assert seat.start()["ok"]
    ctx = _ssl.SSLContext(_ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = _ssl.CERT_NONE
    slow = []
    try:
        for _ in range(6):  # bodies announced and never sent (a byte now and then)
            s = ctx.wrap_socket(socket.create_connection(("127.0.0.1", kit.server.bound_port)))
            s.sendall(b"POST /v1/join HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      b"Content-Length: 60000\r\n\r\n{")
            slow.append(s)
        _time.sleep(0.3)
        t0 = _time.monotonic()
        assert seat.report({"diagnosis": "pendant les envois lents"})["ok"]
        assert _time.monotonic() - t0 < 3
    finally:
        for s in slow:
            s.close()


def test_an_internal_error_of_the_room_keeps_the_message_for_later(kit):
    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    seat = kit.seat(1)
    assert seat.start()["ok"]
    real = kit.room.receive
    calls = []

    def broken(token, message, address=None):
        calls.append(1)
        raise RuntimeError("database is locked")

    kit.room.receive = broken
    assert seat.report({"diagnosis": "gardé"}) is None and seat.pending() == 1
    kit.room.receive = real
    assert seat.flush()[0]["ok"] and seat.pending() == 0
    aid = seat.status()["attempt"]["id"]
    assert kit.room.engine.facts(aid).report == {"diagnosis": "gardé"} and calls


def test_connections_left_in_the_tls_handshake_are_counted_and_closed(kit):
    """A PC that opens TCP connections and never sends a ClientHello: each is counted against PER_ADDRESS
    from the TCP accept (the next one is closed at once) and closed by the room after the handshake time.
    Loopback is the trainer's own PC and not counted: here the guard counts it like a lab PC's address."""
    import socket
    import time as _time

    from aimm_lab.room import server as S

    guard = kit.server.guard
    guard.local = lambda addr: False
    guard.handshake_s = 1.0
    silent = [socket.create_connection(("127.0.0.1", kit.server.bound_port), timeout=5)
              for _ in range(S.PER_ADDRESS)]
    try:
        deadline = _time.monotonic() + 5
        while guard.count.get("127.0.0.1", 0) < S.PER_ADDRESS and _time.monotonic() < deadline:
            _time.sleep(0.02)
        assert guard.count == {"127.0.0.1": S.PER_ADDRESS}
        one_more = socket.create_connection(("127.0.0.1", kit.server.bound_port), timeout=5)
        try:
            assert one_more.recv(1) == b""  # closed by the room at once, before any handshake
        except ConnectionResetError:
            pass
        finally:
            one_more.close()
        assert guard.refused == 1
        with pytest.raises(Offline):  # meanwhile this address has no place left, even for a real seat
            kit.seat(1)
        t0 = _time.monotonic()
        for s in silent:  # the room closes each one once the handshake time is over
            try:
                assert s.recv(1) == b""
            except ConnectionResetError:
                pass
        assert _time.monotonic() - t0 < 3
        while guard.count and _time.monotonic() < deadline + 5:
            _time.sleep(0.02)
        assert guard.count == {} and guard.handshakes_failed >= S.PER_ADDRESS
    finally:
        for s in silent:
            s.close()
    seat = kit.seat(2)  # places freed: a lab PC joins
    assert seat.link()["seat"] == "P01"


def test_a_pairing_request_too_large_names_its_own_limit(kit):
    st, ans = raw(kit, "POST", "/v1/join", b"{" * 70_000)
    assert st == 413 and ans["reason"] == "too_large"
    assert ans["error"]["fr"] == "trop gros pour une demande d'appairage : 64,0\u00a0Kio au plus"
    assert ans["error"]["en"] == "too large for a pairing request: at most 64.0\u00a0KiB"
    seat = kit.seat(1)
    st, ans = raw(kit, "POST", "/v1/msg", b"x" * (P.MAX_BODY + 10), token=seat.link()["token"])
    assert st == 413 and "4,0\u00a0Mio" in ans["error"]["fr"] and "message du poste" in ans["error"]["fr"]
