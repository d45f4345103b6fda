"""The issue's table of what a trainee did to a lone PC's exam, replayed against a room exam: each
row either fails to cheat or is shown to the trainer. (The lone PC's side of each row is tested in
tests/core: test_trainer_pin*, test_attempts_*, test_clock_*.)"""

from __future__ import annotations

import json
import sqlite3

import pytest
from roomkit import FIXTURES

from aimm_lab.cli import main
from aimm_lab.exam.bundles import BundleError, export_bundle, import_bundle
from aimm_lab.exam.engine import Engine
from aimm_lab.machine.recorded import RecordedMachine
from aimm_lab.room.seat import RoomAnswer
from aimm_lab.scenarios.loader import discover
from aimm_lab.store.db import Store


@pytest.fixture
def started(kit):
    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    seat = kit.seat(1)
    assert seat.start()["ok"]
    return kit, seat, seat.status()["attempt"]["id"]


def test_row1_a_resigned_bundle_cannot_touch_a_room_test(started, tmp_path):
    """The trainee knows the trainer's secret and re-signs a rewritten journal: still refused."""
    kit, seat, aid = started
    secret = b"the-trainers-secret-leaked"
    path, n = export_bundle(kit.room.engine, tmp_path / "out", secret)
    data = json.loads(path.read_text())
    # the lab PC rewrites the room test as a local exam under the same id, and signs it again
    with pytest.raises(BundleError, match="épreuve de salle"):
        import_bundle(kit.room.engine, path, secret)
    other = Engine(Store(tmp_path / "other-trainer.db"))
    with pytest.raises(BundleError, match="épreuve de salle"):
        import_bundle(other, path, secret)
    assert data["attempts"][0]["id"] == aid and n == 1


def test_row2_the_lab_pc_has_no_journal_to_rewrite_and_an_edited_outbox_is_a_replay(started):
    kit, seat, aid = started
    assert seat.report({"diagnosis": "premier jet"})["ok"]
    db = seat.store.path
    seat.store.close()
    raw = sqlite3.connect(db)
    assert raw.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0  # the journal is on the trainer's PC
    assert raw.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 0
    # the trainee edits an old message of the outbox (new text, new id) and marks it unsent
    seq, body = raw.execute("SELECT seq, body FROM room_outbox WHERE kind = 'report'").fetchone()
    msg = json.loads(body)
    msg["body"]["fields"]["diagnosis"] = "texte réécrit après coup"
    msg["id"] = "f" * 32
    raw.execute("UPDATE room_outbox SET body = ?, sent_at = NULL, msg_id = ? WHERE seq = ?", [json.dumps(msg), msg["id"], seq])
    raw.commit()
    raw.close()
    from aimm_lab.room.seat import SeatLink

    link = SeatLink(Store(db), identity=seat.identity())
    answers = link.flush()
    link.close()
    assert answers[0]["ok"] is False and answers[0]["reason"] == "replay"
    assert kit.room.engine.facts(aid).report == {"diagnosis": "premier jet"}
    assert "replay" in [a["kind"] for a in kit.room.alerts("P01")]


def test_row3_trainer_actions_do_not_exist_on_the_lab_pc(started, capsys):
    kit, seat, aid = started
    db = str(seat.store.path)
    for argv in (["attempts", "add-time", aid, "30", "--pin-stdin"], ["attempts", "pause", aid, "--pin-stdin"],
                 ["attempts", "release", aid, "--pin-stdin"], ["room", "pause", "P01", "--pin-stdin"],
                 ["room", "add-time", "P01", "30", "--pin-stdin"]):
        assert main(["--db", db, *argv]) == 2, argv
    assert kit.room.engine.get(aid).duration_s == 40 * 60


def test_row4_a_recorded_state_sent_as_a_reading_is_shown(started):
    kit, seat, aid = started
    seat._machine = RecordedMachine.load(f"{FIXTURES}/solved.json")
    assert seat.reading()["ok"]
    fixtures = [a["data"]["fixture"] for a in kit.room.alerts("P01") if a["kind"] == "fixture_reading"]
    assert fixtures == ["b3-passerelle/broken", "b3-passerelle/solved"]


def test_row6_and_7_the_lab_pc_holds_no_pin_and_no_exam_to_unlock(started):
    kit, seat, aid = started
    assert seat.store.get_setting("trainer_pin") is None
    assert seat.store.list_attempts(limit=None) == []


def test_row8_a_trainers_own_scenario_cannot_be_checked_on_the_lab_pc(kit, tmp_path, monkeypatch):
    """A scenario kept only on the trainer's PC: the lab PC gets its text, not its checks."""
    import shutil

    own = tmp_path / "own"
    shutil.copytree("scenarios/b3/fixtures/b3-passerelle", own / "fixtures" / "b3-passerelle")
    src = discover().get("b3-passerelle").path.read_text(encoding="utf-8")
    (own / "b3-examen-salle.toml").write_text(src.replace('id = "b3-passerelle"', 'id = "b3-examen-salle"', 1),
                                              encoding="utf-8")
    kit.room.library = discover([own])
    kit.room.open_test("b3-examen-salle", 40, by="Mme Martin")
    seat = kit.seat(1)
    assert seat.start()["ok"]
    st = seat.status()
    assert st["attempt"]["scenario"]["id"] == "b3-examen-salle"
    db = str(seat.store.path)
    seat.store.set_setting("room_open_attempt", None)  # even with the local guard removed by hand
    monkeypatch.delenv("AIMM_LAB_SCENARIOS", raising=False)
    assert main(["--db", db, "check", "b3-examen-salle", "--state", f"{FIXTURES}/solved.json"]) == 2
    with pytest.raises(RoomAnswer):
        seat._request("POST", "/v1/msg", {"id": "0" * 32, "seq": 10**6, "kind": "grade",
                                          "clock": {"wall_ms": 1, "mono_ms": 1}})


def test_ordering_and_matching_questions_reach_the_seat_shuffled(kit):
    """The scenario file lists an ordering question's choices (and a matching question's pairs) in the
    right order: sent as they are, answering 0, 1, 2… would be right without reading them."""
    kit.room.open_test("b1-habilitation-br", 30, by="Mme Martin")
    seat = kit.seat(1)
    assert seat.start()["ok"]
    st = seat.status()["attempt"]
    aid = st["id"]
    task = next(t for t in st["scenario"]["tasks"] if t.get("questions"))
    real = kit.room.engine.scenario_of(aid).task(task["id"])
    kinds = [q["type"] for q in task["questions"]]
    assert "order" in kinds and "match" in kinds
    naive = [list(range(len(q["choices"]))) if q["type"] == "order" else
             list(range(len(q["pairs"]))) if q["type"] == "match" else None for q in task["questions"]]
    assert seat.quiz(task["id"], naive)["ok"]
    sheet = kit.room.engine.score(aid)
    naive_score = next(t for t in sheet.tasks if t.task_id == task["id"]).earned
    # the right answers, as the seat sees the questions
    right = []
    for q_seat, q in zip(task["questions"], real.questions, strict=True):
        if q.type == "order":
            shown = [c["fr"] for c in q_seat["choices"]]
            right.append([shown.index(c.fr) for c in q.choices])
        elif q.type == "match":
            shown = [b["fr"] for _a, b in q_seat["pairs"]]
            right.append([shown.index(b.fr) for _a, b in q.pairs])
        elif q.type == "single":
            right.append(q.answer[0])
        else:
            right.append(list(q.answer))
    assert seat.quiz(task["id"], right)["ok"]
    best = next(t for t in kit.room.engine.score(aid).tasks if t.task_id == task["id"])
    assert best.earned == best.points and naive_score < best.points / 2
    # what the seat is told it saved is in its own numbering
    assert seat.status()["attempt"]["quiz"][task["id"]] == right
