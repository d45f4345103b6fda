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
from aimm_lab.room import protocol as P
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


def test_an_admission_made_while_the_seat_starts_waits_or_makes_the_start_fail(kit, monkeypatch):
    """The trainer's `room admit` runs in another process than the room: whichever comes second
    loses cleanly, and the attempt's trainee is always the seat's."""
    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    seat = kit.seat(1, trainee="Marie Dupont")
    real_claimed = Room._start_claimed
    seen = []

    def admit_during_start(self, *a, **kw):  # the trainer renames the seat while its start is under way
        with pytest.raises(AimmError, match="commence son épreuve à l'instant"):
            self.admit("P01", "Mme Martin", trainee="Paul Martin")
        seen.append("refused")
        return real_claimed(self, *a, **kw)

    monkeypatch.setattr(Room, "_start_claimed", admit_during_start)
    ans = seat.start()
    assert ans["ok"] and seen == ["refused"]
    assert kit.room.engine.get(ans["attempt"]).trainee == kit.room.seats()[0]["trainee"] == "Marie Dupont"

    other = kit.seat(2, trainee="Paul Martin")
    kit.room.open_test("b3-dns-errone", 40, by="Mme Martin")
    monkeypatch.setattr(Room, "_start_claimed", real_claimed)
    # the rename lands between the room's read of the seat and its claim
    stale = kit.room._seat(other.link()["token"])
    kit.room.admit("P02", "Mme Martin", trainee="Paul Martin-Durand")
    reading = json.loads(Path(f"{FIXTURES}/broken.json").read_text())
    msg = P.check_message(other._put("start", {"lab": other.lab(), "reading": reading}))
    with pytest.raises(P.Refused) as e:
        kit.room._start(stale, msg)
    assert e.value.reason == "changing" and kit.room.seats()[1]["attempt_id"] is None
    ans = other.start()  # started again: under the name the trainer gave
    assert ans["ok"] and kit.room.engine.get(ans["attempt"]).trainee == "Paul Martin-Durand"


def test_a_test_goes_on_only_at_a_spare_seat_not_at_another_trainees(kit):
    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    alice = kit.seat(1, trainee="Alice Martin")
    assert alice.start()["ok"]
    kit.seat(2, trainee="Bob Durand")
    spare = kit.seat(3, trainee="Alice Martin", admit=False)
    with pytest.raises(AimmError, match="admis pour Bob Durand"):
        kit.room.drop("P01", "Mme Martin", to="P02")
    # the trainer tries to admit the spare first: told how to move the test instead
    with pytest.raises(AimmError, match="room drop P01 --to P03"):
        kit.room.admit("P03", "Mme Martin")
    assert kit.room.drop("P01", "Mme Martin", to="P03")["attempt"].is_open
    assert spare.reading()["ok"]
    assert kit.room._seat_row("P02")["attempt_id"] is None  # Bob's seat got nothing


def test_numbers_the_seats_claimed_are_confirmed_before_a_test_that_depends_on_them(kit):
    """N7 through `admit --all`: a seat claims the number whose address its PC already has."""
    kit.room.open_test("b2-dhcp-reservation", 40, by="Mme Martin")
    seat = kit.seat(1, join=False)
    seat._number = lambda: 37  # this PC's claim
    seat.join(kit.address, kit.room.pairing_code(), "Alice Martin")
    sid = seat.link()["seat"]
    assert [r["number"] for r in kit.room.admit_waiting("Mme Martin")[0]] == [37]
    ans = seat.start()
    assert not ans["ok"] and ans["reason"] == "number_unconfirmed" and "appelez-le" in ans["error"]["fr"]
    row = next(r for r in kit.room.console() if r.id == sid)
    assert not row.number_confirmed and [a["kind"] for a in row.alerts] == ["number_unconfirmed"]
    kit.room.admit(sid, "Mme Martin", number=4)  # seen by the trainer
    ans = seat.start()
    assert ans["ok"] and kit.room.engine.facts(ans["attempt"]).lab["seat"] == 4
    # a test that does not depend on the number starts on a bulk admission
    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    other = kit.seat(2, admit=False)
    kit.room.admit_waiting("Mme Martin")
    assert other.start()["ok"]


def test_a_malformed_lab_profile_is_a_plain_400_and_the_rooms_adapter_serves_a_seat_without_one(tmp_path):
    kit = RoomKit(tmp_path)
    try:
        kit.room._profile.values["interface"] = "Ethernet"  # typed on the trainer's PC: the lab image's adapter
        kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
        seat = kit.seat(1)
        with pytest.raises(RoomAnswer) as e:
            seat._request("POST", "/v1/seat", {"lab": {"detected": "x"}})
        assert e.value.status == 400 and "profil du labo envoyé par ce PC est illisible" in e.value.text.fr  # no 500
        reading = json.loads(Path(f"{FIXTURES}/broken.json").read_text())
        ans = seat.send("start", {"lab": {"values": {}, "detected": {}}, "reading": reading})
        assert ans["ok"], ans
        assert kit.room.engine.facts(ans["attempt"]).lab["lab.interface"] == "Ethernet"
    finally:
        kit.close()


def test_the_same_pc_joining_again_is_not_its_own_neighbour_and_a_credential_from_elsewhere_is_shown(kit):
    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    state = json.loads(Path(f"{FIXTURES}/broken.json").read_text())
    state["sections"]["system"] = {"hostname": "pc-a", "boot_time": 123456.0}
    first = kit.seat(1, machine=RecordedMachine(state))
    assert first.start()["ok"]
    kit.room.drop("P01", "Mme Martin")
    again = kit.seat(2, machine=RecordedMachine(state), join=False)
    again._identity = dict(first.identity())  # the same PC (same machine id), joined again
    again.join(kit.address, kit.room.pairing_code(), "Stagiaire 1")
    kit.room.admit("P02", "Mme Martin")
    assert again.start()["ok"]
    kinds = [a["kind"] for a in kit.room.alerts("P02")]
    assert "same_reading" not in kinds
    # a copy of P02's database used on another PC: same credential, same identity, another address
    msg = again._put("report", {"fields": {"diagnosis": "écrit ailleurs"}})
    kit.room.receive(again.link()["token"], msg, address="192.168.10.77")
    al = [a for a in kit.room.alerts("P02") if a["kind"] == "address_changed"]
    assert al and al[0]["data"] == {"from": "127.0.0.1", "to": "192.168.10.77"}
    seen = [x.text.fr for x in tl.timeline(kit.room.store.journal(kit.room.seats()[0]["attempt_id"]))]
    assert any("autre adresse réseau" in t and "127.0.0.1 → 192.168.10.77" in t for t in seen), seen


def test_a_name_admitted_before_the_session_test_opens_is_the_enrolled_one_and_can_change_between_tests(kit):
    e = kit.room.engine
    ses = Sessions(e).create("Examen blanc", platform="linux", test_minutes=60)
    Sessions(e).set_test(ses.id, kit.room.scenarios().get("b3-passerelle"))
    Sessions(e).add_trainee(ses.id, "Marie Dupont")
    seat = kit.seat(1, trainee="MARIE DUPONT")
    kit.room.open_test(None, session=ses.id, block="B3", by="Mme Martin")
    ans = seat.start()
    assert ans["ok"] and e.get(ans["attempt"]).trainee == "Marie Dupont"
    assert seat.submit()["ok"]
    assert kit.room.admit("P01", "Mme Martin", number=5)["number"] == 5  # the test is over: it may change


def test_typed_work_is_capped_in_bytes_and_the_cap_survives_a_restart(tmp_path, monkeypatch):
    """A seat filling the trainer's disk with accepted text: the cap counts UTF-8 bytes (4-byte
    characters count 4) and what the journal already holds (a restarted room does not start again
    from zero)."""
    from aimm_lab.room import hall

    monkeypatch.setattr(hall, "TYPED_MAX", 3000)
    kit = RoomKit(tmp_path)
    try:
        kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
        seat = kit.seat(1)
        assert seat.start()["ok"]
        assert seat.report({"diagnosis": "😀" * 300})["ok"]  # 300 characters, 1,200 bytes
        port = kit.server.bound_port
        kit.server.stop()
        kit.room.store.close()
        kit.room = Room(Store(tmp_path / "room.db"), profile=kit.room._profile)
        kit.server = RoomServer(kit.room, "127.0.0.1", port).start()
        assert seat.report({"actions": "😀" * 300})["ok"]  # 2,400 bytes with the journal's
        ans = seat.report({"validation": "😀" * 300})
        assert not ans["ok"] and ans["reason"] == "too_much" and "bien plus de texte" in ans["error"]["fr"]
        assert [a["kind"] for a in kit.room.alerts("P01")].count("too_much") == 1
    finally:
        kit.close()
