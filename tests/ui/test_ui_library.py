"""The scenario library: filters, search, files that did not load, the trainee chooser, the
history with its progress chart, and closing the window during an exam."""

from __future__ import annotations

from ui_helpers import answer, modal, state_copy

from ui.qt import QPlainTextEdit, QTimer

BAD = """schema = 1
id = "b9-faute"
version = 1
block = "B9"
title.fr = "Scénario mal écrit"
[[tasks]]
id = "t"
points = 1
title.fr = "Tâche"
  [[tasks.checks]]
  type = "ipv4_adress"
"""


def test_filters_search_and_unreadable_files(window_factory, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "faute.toml").write_text(BAD, encoding="utf-8")
    monkeypatch.setenv("AIMM_LAB_SCENARIOS", str(folder))
    w = window_factory()
    lib = w.library
    total = len(w.session.library.scenarios)
    assert total >= 10 and len(lib.visible_ids()) == total
    assert "scénarios" in lib.count.text()

    lib.kind.setCurrentIndex(lib.kind.findData("commercial"))
    assert lib.visible_ids() and all(w.session.scenario(s).kind == "commercial" for s in lib.visible_ids())
    lib.kind.setCurrentIndex(0)
    lib.competence.setCurrentIndex(lib.competence.findData("B2.1"))
    ids = lib.visible_ids()
    assert ids and all("B2.1" in w.session.scenario(s).competences
                       or any("B2.1" in t.competences for t in w.session.scenario(s).tasks) for s in ids)
    lib.competence.setCurrentIndex(0)
    lib.difficulty.setCurrentIndex(lib.difficulty.findData(3))
    assert all(w.session.scenario(s).difficulty == 3 for s in lib.visible_ids())
    lib.difficulty.setCurrentIndex(0)
    lib.platform.setCurrentIndex(lib.platform.findData("linux"))
    assert all("linux" in w.session.scenario(s).platforms for s in lib.visible_ids())
    lib.platform.setCurrentIndex(0)
    lib.search.setText("introuvable-xyz")
    assert lib.visible_ids() == [] and "0 affiché" in lib.count.text()
    lib.search.setText("boulangerie")  # words of the customer's ticket count too
    assert "b3-apipa" in lib.visible_ids()
    lib.search.clear()

    # The filters are remembered for next time.
    lib.block.setCurrentIndex(lib.block.findData("B1"))
    lib.block.activated.emit(lib.block.currentIndex())  # as when the trainee picks it
    from ui import settings as opts

    assert opts.get("library/block") == "B1"

    # The file that did not load is listed, with its line and what to fix; the others loaded.
    assert lib.errors_button.isVisible() and "illisible" in lib.errors_button.text()
    dlg = lib.show_errors()
    shown = dlg.findChild(QPlainTextEdit, "loadErrorsText").toPlainText()
    assert "faute.toml:" in shown and "ipv4_adress" in shown and "ipv4_address" in shown
    dlg.close()


def test_trainee_chooser_adds_and_refuses_blank_or_duplicate_names(window_factory, qtbot):
    w = window_factory()
    from ui.trainees import TraineeDialog

    dlg = TraineeDialog([{"id": 1, "name": "Léa Morel"}], None, w)
    dlg.name.setText("   ")
    assert not dlg.add.isEnabled()
    dlg.name.setText("léa   morel")
    dlg.add.click()
    assert dlg.new_name is None and "déjà" in dlg.message.text()
    dlg.name.setText("Tom  Lefèvre")
    dlg.add.click()
    assert dlg.new_name == "Tom Lefèvre"

    # Through the window: the new trainee is stored and remembered for the next start.
    def fill():
        d = modal(name="traineeDialog")
        if d is None:
            QTimer.singleShot(20, fill)
            return
        d.name.setText("Zoé Blanc")
        d.add.click()

    QTimer.singleShot(0, fill)
    w.choose_trainee()
    qtbot.waitUntil(lambda: w.session.trainee is not None and w.session.trainee.name == "Zoé Blanc", timeout=5000)
    assert "Zoé Blanc" in w.trainee_label.text()
    assert [t.name for t in w.session.trainees()] == ["Zoé Blanc"]
    from ui import settings as opts

    assert opts.get("trainee/last") == w.session.trainee.id


def test_history_and_progress_chart(window_factory, qtbot, tmp_path):
    state = state_copy(tmp_path, "b3-apipa", "solved")
    w = window_factory(state)
    eng = w.session.engine()
    w.set_trainee(w.session.add_trainee("Nina Faure"))
    for sid in ("b3-apipa", "b3-apipa", "b2-ip-statique"):
        a = eng.start(w.session.scenario(sid), "Nina Faure", "practice", None)
        eng.submit(a)
    w.show_history()
    qtbot.waitUntil(lambda: w.current_page() == "history", timeout=10000)
    page = w.pages["history"]
    assert page.table.rowCount() == 3
    assert set(page.chart.series) == {"B3", "B2"} and len(page.chart.series["B3"]) == 2
    assert "B3 : 2 tentative(s)" in page.chart.accessibleDescription()
    img = page.chart.grab().toImage()
    assert not img.isNull()
    colors = {img.pixelColor(x, y).name() for x in range(0, img.width(), 4) for y in range(0, img.height(), 4)}
    assert len(colors) > 5  # lines, points and text were drawn, not an empty box
    page.table.selectRow(0)
    page.open_button.click()
    qtbot.waitUntil(lambda: w.current_page() == "results", timeout=10000)
    assert "Note" in w.pages["results"].browser.toPlainText()


def test_closing_during_an_exam_warns_that_time_keeps_running(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, "b3-apipa", "broken"))
    w.set_trainee(w.session.add_trainee("Paul Girard"))
    w.show_scenario("b3-apipa")
    answer(True)
    w.scenario_page.exam.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    seen = []
    answer(False, then=lambda box: seen.append(box.text()))  # "Continuer l'examen"
    w.close()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "continue de s'écouler" in seen[0]
    assert w.isVisible()



def test_a_damaged_database_is_a_readable_message_and_the_library_still_opens(window_factory, qtbot, tmp_path):
    from ui.qt import QMessageBox

    (tmp_path / "aimm.db").write_text("ceci n'est pas une base de données\n" * 200, encoding="utf-8")
    w = window_factory()
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "errorDialog") is not None, timeout=10000)
    box = w.findChild(QMessageBox, "errorDialog")
    assert "endommagée" in box.text() and "Traceback" not in box.text() and box.detailedText() == ""
    assert len(w.library.visible_ids()) >= 10
    assert (tmp_path / "aimm.db").read_text(encoding="utf-8").startswith("ceci n'est pas")  # untouched
    box.close()


def test_an_exam_waiting_for_its_score_is_not_called_unfinished_in_the_history(window_factory, qtbot, tmp_path):
    """After a submitted exam whose score the trainer has not released, the empty chart said "Aucune
    tentative terminée", next to the line of that very exam, "remise"."""
    from aimm_lab.exam.engine import Engine
    from aimm_lab.machine import RecordedMachine
    from aimm_lab.selftest import profile_for_state

    state = state_copy(tmp_path, "b3-apipa", "broken")
    w = window_factory()
    w.set_trainee(w.session.add_trainee("Nina Faure"))
    m = RecordedMachine.load(state)
    eng = Engine(w.session.engine().store, m, profile=profile_for_state(m))
    eng.submit(eng.start(w.session.scenario("b3-apipa"), "Nina Faure", "exam", 45))
    w.show_history()
    qtbot.waitUntil(lambda: w.current_page() == "history", timeout=10000)
    page = w.pages["history"]
    assert page.table.rowCount() == 1 and page.table.item(0, 5).text() == "non communiquée"
    said = page.chart.accessibleDescription()
    assert "terminée" not in said and "formateur la communique" in said


def test_the_first_trainee_of_a_pc_is_not_asked_to_choose_from_an_empty_list(app, qtbot):
    """On a new PC the dialog said "Choisissez votre nom dans la liste" above an empty box, with a
    disabled OK."""
    from ui.qt import QDialogButtonBox
    from ui.trainees import TraineeDialog

    dlg = TraineeDialog([], None)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.list.isVisible()
    assert not dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isVisible()
    assert "liste" not in dlg.intro.text() and "Ajouter" in dlg.intro.text()
    dlg.name.setText("Camille Martin")
    dlg.add.click()
    assert dlg.new_name == "Camille Martin"
    known = TraineeDialog([{"id": 1, "name": "Léa Morel"}], None)
    qtbot.addWidget(known)
    known.show()
    assert known.list.isVisible() and "liste" in known.intro.text()
