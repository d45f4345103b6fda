"""What a trainee reads when something goes wrong or simply ends: a reading that came over the network
and cannot be graded is spoken of as a reading of this PC (no file, no seat id); a reading or a hand-in
after the test is over says that the test is over, as the normal outcome it is."""

from __future__ import annotations

import pytest

from aimm_lab.cli import main
from aimm_lab.machine.recorded import StateFileError
from aimm_lab.machine.seat import SeatReading
from aimm_lab.room.seat import TEST_OVER


def _started(kit):
    kit.room.open_test("b3-passerelle", 40, by="Mme Martin")
    seat = kit.seat(1)
    assert seat.start()["ok"]
    return seat


def test_a_bad_reading_is_told_as_this_pcs_reading_not_a_file(kit):
    seat = _started(kit)
    for reading, want in (({"format": "autre"}, SeatReading.UNREADABLE),
                          ({"format": "aimm-lab-state", "schema": 99, "sections": {}}, SeatReading.NEWER)):
        ans = seat.send("reading", {"reading": reading})  # over the room's link, as a seat sends it
        assert ans["ok"] is False and ans["error"] == want.as_dict(), (reading, ans)
    for reading, want in (("pas un objet", SeatReading.UNREADABLE), ({"format": "aimm-lab-state"}, SeatReading.UNREADABLE),
                          ({"format": "aimm-lab-state", "schema": 1, "sections": []}, SeatReading.UNREADABLE),
                          ({"format": "aimm-lab-state", "schema": 1, "platform": 7, "sections": {}},
                           SeatReading.UNREADABLE)):
        with pytest.raises(StateFileError) as e:
            SeatReading(reading, "P01")
        assert e.value.text == want
    for want in (SeatReading.UNREADABLE, SeatReading.NEWER):
        for lang in ("fr", "en"):
            text = want.get(lang)
            assert "fichier" not in text and "file" not in text and "P01" not in text and "seat " not in text
    assert "formateur" in SeatReading.UNREADABLE.fr and "Vérifier" in SeatReading.UNREADABLE.fr


def test_a_reading_after_the_test_is_over_says_so_plainly(kit, capsys):
    seat = _started(kit)
    assert seat.submit()["ok"]
    sent = seat.store._rows("SELECT COUNT(*) AS n FROM room_outbox")[0]["n"]
    ans = seat.reading()
    assert ans["ok"] and ans["over"] and ans["note"] == TEST_OVER.as_dict()
    assert seat.submit()["over"]  # handing in again: the same plain words, nothing sent
    assert seat.store._rows("SELECT COUNT(*) AS n FROM room_outbox")[0]["n"] == sent
    # `aimm-lab room check` on that PC: the words, exit code 0 (no "Refusé", no "Erreur")
    capsys.readouterr()
    assert main(["--lang", "fr", "--db", str(kit.tmp / "seat1.db"), "room", "check"]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == TEST_OVER.fr and "Erreur" not in out.err and "Refusé" not in out.err


def test_a_reading_sent_as_the_trainer_ends_the_test_says_the_test_is_over(kit):
    seat = _started(kit)
    plan = seat.status()["attempt"]["plan"]
    kit.room.end("P01", by="Mme Martin")
    seat._plan = lambda: (plan, None)  # the seat's last look said the test was running
    ans = seat.reading()
    assert ans["ok"] and ans["over"] and ans["note"] == TEST_OVER.as_dict() and ans["refusal"]["fr"]


def test_an_unreachable_room_is_told_in_words_not_an_exception_name(kit):
    from aimm_lab.room.seat import Offline

    seat = kit.seat(1)
    kit.server.stop()
    with pytest.raises(Offline) as e:
        seat.status()
    fr, en = e.value.message("fr"), e.value.message("en")
    assert fr.startswith("salle injoignable (") and "Error" not in fr and "Error" not in en
    assert "(connexion refusée)" in fr or "(connexion coupée)" in fr, fr
