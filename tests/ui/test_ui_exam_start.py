"""Starting an attempt as a trainee would: every built-in scenario on a default install (this PC,
no lab profile saved) either starts or is marked not ready with plain words; the planned fault
checked at start and confirmed by the trainer behind the PIN; one exam at a time, its countdown
in view on every page."""

from __future__ import annotations

import re

from trainer_helpers import PIN, type_pin
from ui_helpers import answer, modal, state_copy, swap_state

from ui.library import READY_COLUMN
from ui.qt import QApplication, QInputDialog, Qt, QTimer

# What a developer's message looks like: a file, a line, a key path, a placeholder.
TECHNICAL = re.compile(r"\.toml|:\d+\b|\w+\[\d+\]|\b(?:variables|tasks|preconditions)\.|\{[\w.]+\}|lab\.\w+|/")


def plain(text: str) -> bool:
    return TECHNICAL.search(text) is None


def row_of(w, sid: str) -> int:
    t = w.library.table
    return next(r for r in range(t.rowCount()) if t.item(r, 0).data(Qt.ItemDataRole.UserRole) == sid)


def no_error_dialog() -> bool:
    return modal(name="errorDialog") is None


def test_every_built_in_scenario_starts_or_is_marked_not_ready(window_factory, qtbot):
    w = window_factory(None)  # this PC, an empty lab profile: only what detection finds
    qtbot.waitUntil(lambda: w.library.readiness is not None, timeout=120000)  # detection on a busy PC
    w.set_trainee(w.session.add_trainee("Ana Petit"))
    page = w.scenario_page
    started, not_ready = [], []
    for s in w.session.library.scenarios:
        r = w.library.readiness_of(s.id)
        item = w.library.table.item(row_of(w, s.id), READY_COLUMN)
        w.show_scenario(s.id)
        assert w.current_page() == "scenario"
        if not r.ready:
            # The trainer's words: a lab value to set, or the system the scenario needs (Windows-only scenarios here)
            assert item.text() == "⚠ non" and plain(item.toolTip()) and (
                "Le formateur doit" in item.toolTip() or "Ce scénario se passe sous" in item.toolTip())
            assert not page.practice.isEnabled() and not page.exam.isEnabled()
            assert page.blocked.isVisible() and plain(page.blocked.text())
            assert all(x.fr in page.blocked.text() for x in r.reasons)
            assert page.practice.toolTip() == page.blocked.text()
            page._start("practice")  # even forced, nothing starts
            assert w.current_page() == "scenario"
            not_ready.append(s.id)
            continue
        assert item.text() == "✓ oui" and page.practice.isEnabled() and not page.blocked.isVisible()
        page.timed.setChecked(False)
        page.practice.click()
        qtbot.waitUntil(lambda sid=s.id: w.current_page() == "attempt" and w.attempt_page.attempt.scenario_id == sid
                        or not no_error_dialog(), timeout=20000)
        assert no_error_dialog(), modal().text()
        facts = w.session.engine().facts(w.attempt_page.attempt.id)
        assert w.attempt_page.fault.isHidden() == facts.fault_verified  # the fault notice says what the start saw
        started.append(s.id)
        w.show_library()
    assert len(started) + len(not_ready) == len(w.session.library.scenarios) >= 39
    assert "b3-dns-errone" in not_ready or w.session.engine().readiness_all(
        [w.session.scenario("b3-dns-errone")])["b3-dns-errone"].ready
    # The trainer completes the lab profile: back in the library, those scenarios are ready.
    from aimm_lab.labprofile import LabProfile

    p = LabProfile.load()
    for k, v in {"domain": "lab.local", "server": "192.168.10.10", "ntp": "192.168.10.10",
                 "proxy": "192.168.10.10:3128", "servers": "nas=192.168.10.20,mail=192.168.10.25"}.items():
        p.set(k, v)
    p.save()
    w.show_library()
    # Those waiting for lab values become ready; those made for another system stay as they are.
    fixable = [sid for sid in not_ready if w.session.scenario(sid).platforms and
               any(p in w.session.scenario(sid).platforms for p in ("linux",))]
    qtbot.waitUntil(lambda: all(w.library.readiness_of(sid).ready for sid in fixable), timeout=30000)
    assert fixable and all(w.library.table.item(row_of(w, sid), READY_COLUMN).text() == "✓ oui" for sid in fixable)


def test_the_fault_not_in_place_is_said_and_confirmed_by_the_trainer(window_factory, qtbot, tmp_path):
    state = state_copy(tmp_path, "b3-apipa", "solved")  # the trainer never set the fault up
    w = window_factory(state)
    w.set_trainee(w.session.add_trainee("Noé Roux"))
    w.show_scenario("b3-apipa")
    w.scenario_page.practice.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    ap = w.attempt_page
    assert ap.fault.isVisible()
    assert ap.fault.text.text().startswith("La panne prévue n'est pas en place sur ce poste : appelez le formateur")
    ap.run_check(None)
    qtbot.waitUntil(lambda: not ap.checking, timeout=15000)
    aid = ap.attempt.id
    eng = w.session.engine()
    assert ap.fault.isVisible() and eng.get(aid).score == 0 and eng.get(aid).pending
    # What the trainee reads: nothing says "passed" as if it counted.
    task = next(t for t in ap.scenario.tasks if t.kind == "checks")
    assert "ne compte pas encore" in ap.items[task.id].text() and "réussi" not in ap.items[task.id].text()
    assert "Ne compte pas encore" in ap.panels[task.id].evidence.toPlainText()
    assert all(t.state == "fault" for t in eng.score(aid).tasks if t.kind == "checks")
    # The trainer comes: Formateur > Confirmer la panne, the PIN, their name.
    w.trainer.update_actions()
    assert w.actions["trainer_confirm_fault"].isEnabled()

    def give_name(tries=400):
        box = QApplication.activeModalWidget()
        if isinstance(box, QInputDialog):
            box.setTextValue("Mme Garnier")
            box.accept()
        elif tries:
            QTimer.singleShot(25, lambda: give_name(tries - 1))

    ap.fault.confirm.click()
    type_pin(qtbot, PIN)
    give_name()
    qtbot.waitUntil(lambda: eng.facts(aid).fault == "confirmed", timeout=10000)
    qtbot.waitUntil(lambda: ap.fault.isHidden(), timeout=10000)
    ap = w.attempt_page
    assert "réussi" in ap.items[task.id].text() and "Ne compte pas" not in ap.panels[task.id].evidence.toPlainText()
    assert eng.facts(aid).fault_by == "Mme Garnier" and eng.events(aid)[-1].kind == "fault_confirmed"
    assert eng.get(aid).score > 0


def test_a_fault_set_up_later_counts_from_then(window_factory, qtbot, tmp_path):
    state = state_copy(tmp_path, "b3-apipa", "solved")
    w = window_factory(state)
    w.set_trainee(w.session.add_trainee("Léa Morel"))
    w.show_scenario("b3-apipa")
    w.scenario_page.practice.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    ap = w.attempt_page
    assert ap.fault.isVisible()
    swap_state(state, "b3-apipa", "broken")  # the trainer, called, sets the fault up
    ap.run_check(None)
    qtbot.waitUntil(lambda: not ap.checking, timeout=15000)
    assert ap.fault.isHidden() and w.session.engine().facts(ap.attempt.id).fault == "in_place"


def test_an_exam_cannot_be_left_for_a_practice_attempt(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, "b3-apipa", "broken"))
    eng = w.session.engine()
    w.set_trainee(w.session.add_trainee("Zoé Blanc"))
    # A practice attempt left open before the exam.
    w.show_scenario("b2-ip-statique")
    w.scenario_page.practice.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    practice = w.attempt_page.attempt
    w.show_scenario("b3-apipa")
    answer(True)  # "L'examen dure 45 minutes… Commencer maintenant ?"
    w.scenario_page.exam.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt" and w.attempt_page.attempt.mode == "exam", timeout=15000)
    exam = w.attempt_page.attempt
    assert not w.exam_banner.isVisible()  # the attempt page shows the big countdown itself
    # Back to the library: the exam stays in view, with its countdown and the way back.
    w.show_library()
    assert w.exam_banner.isVisible() and "Examen en cours" in w.exam_banner_text.text()
    qtbot.waitUntil(lambda: w.exam_countdown.text() not in ("", "00:00"), timeout=5000)
    assert w.mini_countdown is None or not w.mini_countdown.isVisible()  # one countdown in view, not two
    for key in ("library", "scenario", "history"):
        if key == "history":
            w.show_history()
            qtbot.waitUntil(lambda: w.current_page() == "history", timeout=10000)
        else:
            w.show_page(key)
        assert w.exam_banner.isVisible(), key
    # Another scenario, the same one under another name: nothing starts.
    for sid, who in (("b2-ip-statique", "Zoé Blanc"), ("b3-apipa", "Autre Nom")):
        w.set_trainee(w.session.add_trainee(who))
        w.show_scenario(sid)
        page = w.scenario_page
        assert not page.practice.isEnabled() and not page.exam.isEnabled()
        assert "Un examen est en cours sur ce poste" in page.blocked.text()
        page._start("practice")
        assert w.current_page() == "scenario"
    # Resuming the old practice attempt is refused by the engine, whatever the window shows.
    w.open_attempt(practice.id)
    qtbot.waitUntil(lambda: modal(name="errorDialog") is not None, timeout=10000)
    assert "examen est en cours" in modal(name="errorDialog").text()
    modal(name="errorDialog").accept()
    assert eng.open_exam().id == exam.id and w.attempt_page.attempt.id == exam.id
    # The way back to the exam.
    w.exam_back.click()
    assert w.current_page() == "attempt" and not w.exam_banner.isVisible()
    assert w.attempt_page.attempt.id == exam.id


def test_the_trainer_confirms_the_fault_at_the_review(window_factory, qtbot, tmp_path):
    from trainer_helpers import enter_trainer_mode

    w = window_factory(state_copy(tmp_path, "b3-apipa", "solved"))  # never set up
    eng = w.session.engine()
    a = eng.start(w.session.scenario("b3-apipa"), "Inès Faure", "exam")
    eng.check(a)
    eng.submit(a)
    assert eng.get(a.id).pending and eng.get(a.id).score == 0
    page = enter_trainer_mode(w, qtbot)
    page.show_tab("grading")
    gp = page.grading
    qtbot.waitUntil(lambda: gp.select_attempt(a.id), timeout=10000)
    qtbot.waitUntil(lambda: gp.review is not None and gp.review.attempt.id == a.id, timeout=10000)
    assert "Panne prévue jamais vue en place" in gp.view.toPlainText()
    assert gp.fault_button.isVisible()

    def give_name(tries=400):
        box = QApplication.activeModalWidget()
        if isinstance(box, QInputDialog):
            box.setTextValue("M. Perrin")
            box.accept()
        elif tries:
            QTimer.singleShot(25, lambda: give_name(tries - 1))

    give_name()
    gp.fault_button.click()
    qtbot.waitUntil(lambda: "confirmée par M. Perrin" in gp.view.toPlainText(), timeout=10000)
    assert not gp.fault_button.isVisible()
    assert eng.facts(a.id).fault_by == "M. Perrin" and eng.get(a.id).score > 0
