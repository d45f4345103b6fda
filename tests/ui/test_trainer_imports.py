"""Collecting results in the window from two simulated lab PCs: a folder chosen once, the same
files again (nothing changes), a tampered bundle refused in red with its reason, the results
in the grading queue and the gradebook."""

from __future__ import annotations

import json

from trainer_helpers import enter_trainer_mode, unnamed
from ui_helpers import FIXTURES, state_copy

from aimm_lab.exam.bundles import export_bundle
from aimm_lab.exam.engine import Engine
from aimm_lab.machine import RecordedMachine
from aimm_lab.scenarios.loader import load_file
from aimm_lab.selftest import profile_for_state
from aimm_lab.store.db import Store

SECRET = "secret-du-labo-2026"
SCENARIO = "b3-apipa"


def lab_pc(tmp_path, pc: str, trainee: str, share):
    """A lab PC's database with one exam handed in on the repaired state, and its bundle."""
    scenario = load_file(FIXTURES / "b3" / f"{SCENARIO}.toml")
    with Store(tmp_path / f"{pc}.db") as store:
        broken = RecordedMachine.load(scenario.fixtures["broken"])
        a = Engine(store, broken, profile=profile_for_state(broken)).start(scenario, trainee, "exam")
        solved = RecordedMachine.load(scenario.fixtures["solved"])
        Engine(store, solved, profile=profile_for_state(solved)).submit(a)
        path, n = export_bundle(Engine(store), share / pc, SECRET.encode())
        assert n == 1
        return path


def test_bundles_from_two_pcs_in_a_folder(window_factory, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("AIMM_LAB_SECRET", SECRET)
    share = tmp_path / "partage"
    lab_pc(tmp_path, "pc07", "Inès Moreau", share)
    lab_pc(tmp_path, "pc08", "Tom Garnier", share)
    w = window_factory(state_copy(tmp_path, SCENARIO, "broken"), db_name="trainer.db")
    page = enter_trainer_mode(w, qtbot)
    page.show_tab("imports")
    ip = page.imports
    qtbot.waitUntil(lambda: ip.files_button.isEnabled(), timeout=10000)
    assert "empreinte" in ip.secret_state.text()

    ip.import_paths([str(share)])
    qtbot.waitUntil(lambda: len(ip.results) == 2, timeout=15000)
    assert [ip.table.item(r, 0).text() for r in range(2)][0].startswith("pc07/")
    assert all(ip.table.item(r, 1).text().startswith("✔ 1 tentative(s) ajoutée(s)") for r in range(2))
    assert unnamed(ip) == []

    # The same folder again: nothing added, nothing lost.
    ip.results = []
    ip.import_paths([str(share)])
    qtbot.waitUntil(lambda: len(ip.results) == 2, timeout=15000)
    assert all("0 tentative(s) ajoutée(s)" in ip.table.item(r, 1).text() and "1 déjà à jour" in ip.table.item(r, 1).text()
               for r in range(2))
    assert w.session.engine().store.count_attempts() == 2

    # A bundle edited after it was signed is refused, with its reason; the database is unchanged.
    bad = lab_pc(tmp_path, "pc09", "Zoé Roux", share)
    data = json.loads(bad.read_text(encoding="utf-8"))
    data["attempts"][0]["trainee"] = "Quelqu'un d'autre"
    bad.write_text(json.dumps(data), encoding="utf-8")
    ip.results = []
    ip.import_paths([str(bad)])
    qtbot.waitUntil(lambda: len(ip.results) == 1, timeout=15000)
    assert ip.table.item(0, 1).text().startswith("✘ refusé")
    assert "modifié après sa signature" in ip.table.item(0, 1).text()
    assert "1 fichier(s) refusé(s)" in ip.summary.text()
    assert w.session.engine().store.count_attempts() == 2

    # The imported attempts wait in the grading queue and appear in the gradebook.
    page.show_tab("grading")
    gp = page.grading
    qtbot.waitUntil(lambda: len(gp.attempts) == 2, timeout=10000)
    assert {a.trainee for a in gp.attempts} == {"Inès Moreau", "Tom Garnier"}
    page.show_tab("gradebook")
    qtbot.waitUntil(lambda: len(page.gradebook.books) == 2, timeout=10000)


def test_without_the_trainer_secret_nothing_can_be_imported(window_factory, qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("AIMM_LAB_SECRET", raising=False)
    w = window_factory(state_copy(tmp_path, SCENARIO, "broken"))
    page = enter_trainer_mode(w, qtbot)
    page.show_tab("imports")
    ip = page.imports
    qtbot.waitUntil(lambda: "aucun secret" in ip.secret_state.text(), timeout=10000)
    assert not ip.files_button.isEnabled() and not ip.folder_button.isEnabled()
    ip.secret_edit.setText("court")
    ip.secret_button.click()
    qtbot.waitUntil(lambda: ip.secret_edit.text() == "court", timeout=2000)
    ip.secret_edit.setText(SECRET)
    ip.secret_button.click()
    qtbot.waitUntil(lambda: ip.files_button.isEnabled(), timeout=10000)
    assert (tmp_path / "home" / "trainer-secret").read_text(encoding="utf-8").strip() == SECRET
