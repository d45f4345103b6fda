"""The trainer PIN in the window: set on first use, right, wrong, locked out with a growing
wait that survives closing the dialog; never stored in clear; required to quit, pause, add
time to or end an exam attempt."""

from __future__ import annotations

import time

from trainer_helpers import PIN, pin_dialog, type_pin, when_modal
from ui_helpers import answer, state_copy

from aimm_lab.trainer.pin import PIN_KEY, PinGuard
from ui.qt import QApplication, QInputDialog, QPushButton, QTimer


def test_first_use_sets_the_pin_then_right_and_wrong(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, "b2-ip-statique", "broken"))
    assert "trainer" not in w.pages or w.current_page() != "trainer"
    # First use: the dialog asks for a new PIN, twice; a mismatch is caught before anything is saved.
    w.actions["trainer_mode"].trigger()
    qtbot.waitUntil(lambda: pin_dialog() is not None and pin_dialog().mode == "set", timeout=10000)
    dlg = pin_dialog()
    assert dlg.again.isVisibleTo(dlg) and "Première utilisation" in dlg.intro.text()
    dlg.pin.setText(PIN)
    dlg.again.setText("73915065")
    dlg.ok.click()
    assert "pas identiques" in dlg.message.text() and dlg.isVisible()
    dlg.again.setText(PIN)
    dlg.ok.click()
    qtbot.waitUntil(lambda: w.current_page() == "trainer", timeout=10000)
    assert w.trainer.unlocked
    record = w.session.engine().store.get_setting(PIN_KEY)
    assert record["alg"] == "scrypt"

    # Locking goes back; entering again asks for the PIN; a wrong one is refused.
    w.trainer.page.lock_button.click()
    assert w.current_page() != "trainer" and not w.trainer.unlocked
    w.actions["trainer_mode"].trigger()
    dlg = type_pin(qtbot, "11112222")
    qtbot.waitUntil(lambda: "incorrect" in dlg.message.text(), timeout=10000)
    assert dlg.isVisible() and w.current_page() != "trainer"
    assert dlg.pin.text() == ""
    dlg.pin.setText(PIN)
    dlg.ok.click()
    qtbot.waitUntil(lambda: w.current_page() == "trainer", timeout=10000)

    # The PIN is nowhere in clear: not in the database, not in the window's settings.
    w.trainer.lock()
    from ui import settings as opts

    opts.store().sync()
    for f in list(tmp_path.rglob("*")):
        if f.is_file():
            data = f.read_bytes()
            assert PIN.encode() not in data and PIN.encode("utf-16-le") not in data, f


def test_repeated_wrong_pins_lock_out_even_after_reopening(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, "b2-ip-statique", "broken"))
    PinGuard(w.session.engine().store).set_pin(PIN)
    w.actions["trainer_mode"].trigger()
    for _ in range(3):
        dlg = type_pin(qtbot, "11112222")
        qtbot.waitUntil(lambda d=dlg: not d.busy and "incorrect" in d.message.text().lower() or d.locked(),
                        timeout=10000)
    assert dlg.locked()
    assert not dlg.pin.isEnabled() and not dlg.ok.isEnabled()
    assert "Réessayez dans" in dlg.message.text() or "Attendez" in dlg.message.text()
    # Typing the right PIN while locked does nothing.
    dlg.pin.setText(PIN)
    dlg.ok.click()
    assert w.current_page() != "trainer"
    dlg.reject()
    # Closing and reopening the dialog does not reset the wait: it is kept in the database.
    w.actions["trainer_mode"].trigger()
    qtbot.waitUntil(lambda: pin_dialog() is not None and not pin_dialog().busy, timeout=10000)
    again = pin_dialog()
    assert again is not dlg and again.locked() and not again.ok.isEnabled()
    # When the wait is over, the right PIN opens trainer mode; the count starts again.
    t0 = time.monotonic()
    qtbot.waitUntil(lambda: again.pin.isEnabled(), timeout=8000)
    assert time.monotonic() - t0 < 6
    again.pin.setText(PIN)
    again.ok.click()
    qtbot.waitUntil(lambda: w.current_page() == "trainer", timeout=10000)
    assert PinGuard(w.session.engine().store).lock_state().failures == 0


def test_exam_attempt_quit_pause_time_and_end_need_the_pin(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, "b3-apipa", "broken"))
    PinGuard(w.session.engine().store).set_pin(PIN)
    w.set_trainee(w.session.add_trainee("Lou Bernard"))
    w.show_scenario("b3-apipa")
    answer(True)
    w.scenario_page.exam.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    ap = w.attempt_page
    aid = ap.attempt.id

    # Quitting during the exam: the PIN dialog; cancelled, the window stays.
    w.close()
    qtbot.waitUntil(lambda: pin_dialog() is not None, timeout=10000)
    pin_dialog().reject()
    assert w.isVisible() and not w.allow_close

    # Pause: the PIN first; a wrong one changes nothing.
    w.trainer.update_actions()
    assert w.actions["trainer_pause"].isEnabled()
    w.actions["trainer_pause"].trigger()
    dlg = type_pin(qtbot, "11112222")
    qtbot.waitUntil(lambda: "incorrect" in dlg.message.text(), timeout=10000)
    assert w.session.engine().get(aid).status == "running"
    dlg.pin.setText(PIN)
    dlg.ok.click()
    qtbot.waitUntil(lambda: w.session.engine().get(aid).status == "paused", timeout=10000)
    kept = w.session.engine().get(aid).paused_remaining_s

    # Add time while paused, then resume.
    w.trainer.update_actions()
    w.actions["trainer_add_time"].trigger()

    def ten_minutes(box):
        box.setIntValue(10)
        box.accept()
    def add_when_asked(tries=400):
        box = QApplication.activeModalWidget()
        if isinstance(box, QInputDialog):
            ten_minutes(box)
        elif tries:
            QTimer.singleShot(25, lambda: add_when_asked(tries - 1))

    type_pin(qtbot, PIN)
    add_when_asked()
    qtbot.waitUntil(lambda: (w.session.engine().get(aid).paused_remaining_s or 0) > kept + 590, timeout=10000)
    w.trainer.update_actions()
    w.actions["trainer_resume"].trigger()
    type_pin(qtbot, PIN)
    qtbot.waitUntil(lambda: w.session.engine().get(aid).status == "running", timeout=10000)

    # End: PIN, then a confirmation; the attempt is submitted by the trainer.
    w.trainer.update_actions()
    w.actions["trainer_end"].trigger()
    when_modal("confirmDialog", lambda box: box.findChild(QPushButton, "confirmYes").click())
    type_pin(qtbot, PIN)
    qtbot.waitUntil(lambda: w.session.engine().get(aid).status == "submitted", timeout=15000)
    a = w.session.engine().get(aid)
    assert a.submit_reason == "trainer"
    qtbot.waitUntil(lambda: w.current_page() == "results", timeout=10000)
