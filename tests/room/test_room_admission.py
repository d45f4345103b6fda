"""The trainer admits each seat (who sits there, its number) before it starts; a seat the trainer removes
stops working, frees a session test taken under somebody else's name, or hands its test to a spare PC."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from roomkit import FIXTURES, RoomKit

from aimm_lab.errors import AimmError
from aimm_lab.exam import timeline as tl
from aimm_lab.machine.recorded import RecordedMachine
from aimm_lab.room.hall import Room
from aimm_lab.room.seat import RoomAnswer
from aimm_lab.room.server import RoomServer
from aimm_lab.store.db import MIGRATIONS, Store
from aimm_lab.trainer.sessions import Sessions


def session(kit, *names, scenario="b3-passerelle"):
    e = kit.room.engine
    ses = Sessions(e).create("Examen blanc", platform="linux", test_minutes=60)
    Sessions(e).set_test(ses.id, kit.room.scenarios().get(scenario))
    for n in names:
        Sessions(e).add_trainee(ses.id, n)
    kit.room.open_test(None, session=ses.id, block="B3", by="Mme Martin")
    return ses


def test_a_seat_starts_only_once_admitted_and_under_the_admitted_name(kit):
    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    seat = kit.seat(1, trainee="Marie Dupont", admit=False)
    row = kit.room.console()[0]
    assert (row.admitted, row.trainee, row.attempt) == (False, "Marie Dupont", None)
    assert seat.status()["admitted"] is False
    ans = seat.start()
    assert not ans["ok"] and ans["reason"] == "not_admitted" and "pas encore validé" in ans["error"]["fr"]
    kit.room.admit("P01", "Mme Martin", trainee="Marie  Dupont-Laroche", number=7)
    ans = seat.start("Quelqu'un d'autre")  # a name sent at start does not count
    assert ans["ok"], ans
    a = kit.room.engine.get(ans["attempt"])
    assert a.trainee == "Marie Dupont-Laroche"
    started = kit.room.store.journal(a.id)[0]["data"]["room"]
    assert (started["number"], started["admitted_by"]) == (7, "Mme Martin")
    # once in a test, the seat's name and number are fixed
    with pytest.raises(AimmError, match="ni le nom ni le numéro"):
        kit.room.admit("P01", "Mme Martin", trainee="Paul Martin")
    assert kit.room.admit("P01", "Mme Martin")["trainee"] == "Marie Dupont-Laroche"  # the same again: fine


def test_the_admitted_number_gives_the_seats_lab_values_not_the_seats_claim(kit):
    """b2-dhcp-reservation derives the expected address from the seat's number: a trainee cannot pick
    the number that matches the address their PC already has."""
    kit.room.open_test("b2-dhcp-reservation", 40, by="Mme Martin")
    seat = kit.seat(1, admit=False)
    kit.room.admit("P01", "Mme Martin", number=9)
    lab = seat.lab()
    lab["values"]["seat"] = 42  # the seat's own profile says 42
    ans = seat.send("start", {"lab": lab, "reading": json.loads(Path(f"{FIXTURES}/broken.json").read_text())})
    assert ans["ok"], ans
    assert kit.room.engine.facts(ans["attempt"]).lab["seat"] == 9


def test_names_and_numbers_are_one_per_seat_and_admit_all_leaves_the_conflicts_to_the_trainer(kit):
    kit.seat(1, trainee="Marie Dupont", admit=False)
    kit.seat(2, trainee="MARIE DUPONT", admit=False)  # the real Marie, after a squatter took her name
    kit.seat(3, join=False).join(kit.address, kit.room.pairing_code(), "")
    done, left = kit.room.admit_waiting("Mme Martin")
    assert [r["id"] for r in done] == ["P01"]
    why = {sid: e.text.fr for sid, e in left}
    assert "déjà le nom du poste P01" in why["P02"] and "n'a pas donné de nom" in why["P03"]
    with pytest.raises(AimmError, match="déjà celui du poste P01"):
        kit.room.admit("P03", "Mme Martin", trainee="Paul Martin", number=kit.room.seats()[0]["number"])
    assert kit.room.admit("P03", "Mme Martin", trainee="Paul Martin", number=30)["number"] == 30


def test_a_squatter_is_removed_and_the_named_trainee_takes_the_session_test(kit):
    """N5: a seat started first under Marie's name. The trainer removes it and frees the test; Marie,
    at her own seat, takes it; the jury grid reads hers; the freed one says why in its timeline."""
    ses = session(kit, "Marie Dupont", "Paul Martin")
    squatter = kit.seat(1, trainee="Marie Dupont")
    assert squatter.start()["ok"]
    marie = kit.seat(2, trainee="Marie Dupont", admit=False)
    with pytest.raises(AimmError, match="déjà le nom du poste P01"):
        kit.room.admit("P02", "Mme Martin")
    out = kit.room.drop("P01", "Mme Martin", free=True)
    assert out["freed"] and out["attempt"].status == "submitted"
    with pytest.raises(RoomAnswer, match="retiré ce poste"):  # its credential is gone
        squatter.reading()
    assert kit.room.admit("P02", "Mme Martin")["trainee"] == "Marie Dupont"
    ans = marie.start()
    assert ans["ok"], ans
    e = kit.room.engine
    s = Sessions(e).get(ses.id)
    cells = Sessions(e).row(s, s.trainee("Marie Dupont"))
    assert [c.attempt.id for c in cells if c.block == "B3"] == [ans["attempt"]]
    seen = [x.text.fr for x in tl.timeline(kit.room.store.journal(out["attempt"].id))]
    assert any("poste retiré de la salle par le formateur (Mme Martin, épreuve rendue à la session" in t
               for t in seen), seen
    assert [r.id for r in kit.room.console()] == ["P02"]


def test_a_removed_seat_is_told_so_plainly(kit):
    seat = kit.seat(1)
    kit.room.drop("P01", "Mme Martin")
    with pytest.raises(AimmError) as e:
        seat.status()
    assert "retiré ce poste de la salle" in e.value.text.fr
    with pytest.raises(AimmError, match="déjà retiré"):
        kit.room.drop("P01", "Mme Martin")


def test_a_broken_pc_hands_its_test_to_a_spare_one(kit):
    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    old = kit.seat(1, trainee="Marie Dupont")
    aid = old.start()["attempt"]
    assert old.report({"diagnosis": "passerelle fausse"})["ok"]
    spare = kit.seat(5, trainee="Marie Dupont", admit=False)
    with pytest.raises(AimmError, match="aucune épreuve en cours sur le poste P02"):
        kit.room.drop("P02", "Mme Martin", to="P01")
    out = kit.room.drop("P01", "Mme Martin", to="P02")
    assert out["moved_to"] == "P02" and out["attempt"].is_open
    st = spare.status()
    assert st["attempt"]["id"] == aid and st["attempt"]["report"]["diagnosis"] == "passerelle fausse"
    assert spare.start()["attempt"] == aid  # resumes, does not start again
    assert spare.reading()["ok"]
    row = kit.room.console()[0]
    assert (row.id, row.trainee, row.admitted) == ("P02", "Marie Dupont", True)
    seen = [x.text.fr for x in tl.timeline(kit.room.store.journal(aid))]
    assert any("épreuve reprise sur le poste P02" in t for t in seen), seen


def test_a_name_not_enrolled_in_the_open_session_is_not_admitted(kit):
    session(kit, "Marie Dupont")
    kit.seat(1, trainee="Marie Dupond", admit=False)
    with pytest.raises(AimmError, match="n'est pas inscrit à la session .*inscrits : Marie Dupont"):
        kit.room.admit("P01", "Mme Martin")
    assert kit.room.admit("P01", "Mme Martin", trainee="marie dupont")["trainee"] == "Marie Dupont"


def test_the_same_reading_as_another_seat_is_still_seen_after_the_room_restarts(tmp_path):
    kit = RoomKit(tmp_path)
    try:
        kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
        state = json.loads(Path(f"{FIXTURES}/broken.json").read_text())
        state["sections"]["system"] = {"hostname": "pc-a", "boot_time": 123456.0}
        a = kit.seat(1, machine=RecordedMachine(state))
        assert a.start()["ok"]
        port = kit.server.bound_port
        kit.server.stop()
        kit.room.store.close()
        kit.room = Room(Store(tmp_path / "room.db"), profile=kit.room._profile)  # the trainer's PC restarted
        kit.server = RoomServer(kit.room, "127.0.0.1", port).start()
        b = kit.seat(2, machine=RecordedMachine(state))
        assert b.start()["ok"]
        kinds = {r.id: [x["kind"] for x in r.alerts] for r in kit.room.console()}
        assert "same_reading" in kinds["P02"] and "same_reading" not in kinds["P01"]
    finally:
        kit.close()


def test_seats_joined_before_admission_existed_keep_their_test(tmp_path):
    db = tmp_path / "old.db"
    Store(db, migrations=MIGRATIONS[:3]).close()
    raw = sqlite3.connect(db)
    for sid, aid in (("P01", "a1"), ("P02", None)):
        raw.execute("INSERT INTO room_seats (id, token_sha256, label, trainee, identity, joined_at, last_seq, "
                    "attempt_id, state) VALUES (?, ?, 'pc', ?, '{}', '2026-11-30T08:00:00Z', 0, ?, 'joined')",
                    [sid, sid * 8, f"Stagiaire {sid}", aid])
    raw.commit()
    raw.close()
    rows = {r["id"]: r for r in Store(db).reader().query("SELECT * FROM room_seats")}
    assert (rows["P01"]["admitted_at"], rows["P01"]["trainee"], rows["P01"]["number"]) == (
        "2026-11-30T08:00:00Z", "Stagiaire P01", 1)
    assert (rows["P02"]["admitted_at"], rows["P02"]["trainee"], rows["P02"]["claimed_trainee"]) == (
        None, None, "Stagiaire P02")
