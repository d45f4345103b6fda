"""A whole mock exam in a room, as a trainer runs it, with the time compressed (the room's clock runs
120 times faster: a 60-minute test lasts 30 s): three lab PCs join with the pairing code, take three
1-hour tests (one per block), a lab PC is killed mid-reading and started again, the trainer's PC is
killed and started again mid-test; time runs out on the room's clock; then grading and release on
the trainer's PC, and the jury grid."""

from __future__ import annotations

import json
import signal
import sys
import time
from decimal import Decimal

import pytest
from prockit import RoomProc, SeatProc, wait_until

from aimm_lab import words
from aimm_lab.exam import timeline as tl
from aimm_lab.machine.real import RealMachine
from aimm_lab.room.seat import SeatLink
from aimm_lab.store.db import Store
from aimm_lab.trainer import gradebook
from aimm_lab.trainer.sessions import Sessions

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
TESTS = [("B1", "b1-sav-comptoir"), ("B2", "b2-ip-statique"), ("B3", "b3-passerelle")]
SCALE = 120


def test_three_seat_room_exam_end_to_end(tmp_path):
    room = RoomProc(tmp_path, scale=SCALE).start()
    try:
        seats = []
        for n in (1, 2, 3):
            s = SeatProc(tmp_path, n)
            cp = s.cli("join", room.address, room.code(), "--trainee", f"Stagiaire {n}")
            assert cp.returncode == 0, cp.stderr
            seats.append(s)
        # the trainer's mock exam session: three tests, three trainees (one with extra time), the jury
        r = room.room()
        ses = Sessions(r.engine).create("Examen blanc décembre", platform="linux", test_minutes=60)
        for _block, scen in TESTS:
            Sessions(r.engine).set_test(ses.id, r.scenarios().get(scen))
        for n in (1, 2, 3):
            Sessions(r.engine).add_trainee(ses.id, f"Stagiaire {n}", extra_minutes=20 if n == 2 else 0)
        r.store.close()
        # nobody starts before the trainer has checked who sits where
        cp = seats[0].cli("start")
        assert cp.returncode == 2 and "pas encore validé ce poste" in cp.stderr, (cp.stdout, cp.stderr)
        assert "à admettre" in room.cli("room", "console").stdout
        cp = room.cli("room", "admit", "--all", "--by", "Mme Martin", "--pin-stdin", pin=True)
        assert cp.returncode == 0, cp.stderr
        assert "n°1?" in room.cli("room", "console").stdout  # numbers the seats gave, not yet seen by the trainer
        for n in (1, 2, 3):  # the trainer walks round the room and confirms each seat's number
            cp = room.cli("room", "admit", f"P0{n}", "--number", str(n), "--pin-stdin", pin=True)
            assert cp.returncode == 0, cp.stderr
        names = {x["id"]: x["trainee"] for x in room.room().seats()}
        assert names == {"P01": "Stagiaire 1", "P02": "Stagiaire 2", "P03": "Stagiaire 3"}
        attempts: dict[str, dict[str, str]] = {}
        for block, _scen in TESTS:
            cp = room.cli("room", "test", "--session", ses.id, "--block", block, "--by", "Mme Martin",
                          "--pin-stdin", pin=True)
            assert cp.returncode == 0, cp.stderr
            for s in seats:
                cp = s.cli("start")
                assert cp.returncode == 0, (scen, cp.stdout, cp.stderr)
            r = room.room()
            attempts[block] = {x["id"]: x["attempt_id"] for x in r.seats()}
            # Seat 1 works from its own program (the same link the window uses), and hands in early.
            link = SeatLink(Store(seats[0].db), RealMachine(), timeout=3)
            if block == "B1":
                assert link.document("devis", {"number": "D-2026-041", "lines": [
                    {"designation": "SSD 1 To", "quantity": "1", "unit_price": "89.90", "vat_rate": "20"}]})["ok"]
                assert link.quiz("garantie", [0, 0, 0, 0]) is not None
            assert link.reading()["ok"]
            if block == "B3":
                assert link.report({"diagnosis": "passerelle 192.168.10.1 au lieu de .254",
                                    "actions": "passerelle corrigée"})["ok"]
            assert link.submit()["ok"]
            link.store.close()
            # Seat 2: its program is killed in the middle of a reading, then started again.
            p = seats[1].cli("check", background=True)
            time.sleep(0.3)
            p.send_signal(signal.SIGKILL)
            p.communicate(timeout=10)
            assert seats[1].cli("check").returncode == 0
            if block == "B2":
                # The trainer's PC dies mid-test; seat 3 keeps working; the room comes back.
                room.kill()
                cp = seats[2].cli("check")
                assert cp.returncode == 3
                room.start()
                assert seats[2].cli("flush").returncode == 0
            # Seats 2 and 3 let the time run out: the room's clock ends their test.
            r = room.room()
            assert r.engine.get(attempts[block]["P02"]).duration_s == 80 * 60  # the session's extra time
            ids = list(attempts[block].values())
            wait_until(lambda r=r, ids=ids: all(not r.engine.get(a).is_open for a in ids),
                       timeout=80 / SCALE * 60 + 20, step=0.5)
            got = {sid: r.engine.get(a).status for sid, a in attempts[block].items()}
            assert got == {"P01": "submitted", "P02": "expired", "P03": "expired"}, got
            r.store.close()
        room.cli("room", "test", "--close", "--pin-stdin", pin=True)
        # On the trainer's PC: grade what software cannot see, release, and the jury grid.
        r = room.room()
        e = r.engine
        for per_seat in attempts.values():
            for sid, aid in per_seat.items():
                s = e.scenario_of(aid)
                if e.facts(aid).fault == "missing":  # the planned fault was set up by hand: the trainer says so
                    e.confirm_fault(aid, "Mme Martin")
                for t in s.tasks:
                    for item in t.rubric:
                        e.set_rubric(aid, t.id, item.id, item.points if sid == "P01" else 0, by="Mme Martin")
                assert e.get(aid).pending == 0 or any(t.kind in ("report", "quote") for t in s.tasks)
                e.release_results(aid, by="Mme Martin")
        # what seat 3 read while the room was down was graded as part of its B2 test, marked so
        b2_journal = r.store.journal(attempts["B2"]["P03"])
        seen = [x.text.fr for x in tl.timeline(b2_journal)]
        assert any("fait hors ligne sur le poste" in t for t in seen), seen
        assert seen[0].startswith("début (examen en salle")
        off = [i for i, ev in enumerate(b2_journal) if ev["kind"] == "received" and ev["data"]["offline"]]
        assert len(off) == 1 and b2_journal[off[0]]["data"]["kind"] == "reading"
        assert b2_journal[off[0] + 1]["kind"] == "check"
        # (the three seats are this one PC, with one machine id: the same PC is not its own neighbour)
        assert not [ev for ev in b2_journal if ev["kind"] == "room_alert" and ev["data"]["alert"] == "same_reading"]
        # seat 1's quote and quiz reached the room
        assert e.facts(attempts["B1"]["P01"]).documents["devis"]["number"] == "D-2026-041"
        for per_seat in attempts.values():
            for sid, aid in per_seat.items():
                j = r.store.journal(aid)
                assert j[0]["data"]["supervision"] == "room" and j[0]["data"]["room"]["seat"] == sid
                assert [ev["data"]["by"] for ev in j if ev["kind"] == "released"] == ["Mme Martin"]
        assert all(v.ok for v in e.verify())
        for trainee in ("Stagiaire 1", "Stagiaire 2", "Stagiaire 3"):
            for comp, mark in (("continuous", "12"), ("social", "14"), ("tutor", "13")):
                gradebook.set_entered_mark(r.store, trainee, comp, mark)
            Sessions(e).update_trainee(ses.id, trainee, interview_mark="15")  # the 30-minute jury
        cells = {t.name: [c.where for c in cells] for t, cells in Sessions(e).status(ses.id)}
        assert all(v == ["released"] * 3 for v in cells.values()), cells
        books = {b.name: b for b in gradebook.build(e)}
        assert set(books) == {"Stagiaire 1", "Stagiaire 2", "Stagiaire 3"}
        for name, book in books.items():
            assert {k for k, v in book.blocks.items() if v.graded} == {"B1", "B2", "B3"}, name
            assert book.held == {"room"} and "en salle" in words.exams_note(book.held).fr
            assert book.jury is not None and book.jury_mark("final") is not None
        assert books["Stagiaire 1"].blocks["B3"].mark > books["Stagiaire 3"].blocks["B3"].mark
        assert books["Stagiaire 3"].blocks["B3"].mark >= Decimal(0)
        # the console showed every seat, and what it saw
        rows = {x.id: x for x in r.console()}
        assert set(rows) == {"P01", "P02", "P03"} and all(x.readings >= 3 for x in rows.values())
        assert json.dumps([x.as_dict() for x in rows.values()], default=str)
    finally:
        room.kill()
