"""Helpers for the trainer-mode tests: the PIN dialog answered as a trainer types it, and
dialogs that block the caller answered when they appear."""

from __future__ import annotations

from ui_helpers import modal

PIN = "73915064"


def pin_dialog():
    return modal(name="pinDialog")


def type_pin(qtbot, pin: str = PIN, current: str = "", timeout: int = 10000):
    """Wait for the PIN dialog (and for it to know whether it sets or checks), type, press OK."""
    qtbot.waitUntil(lambda: pin_dialog() is not None and not pin_dialog().busy, timeout=timeout)
    dlg = pin_dialog()
    if dlg.mode == "change":
        dlg.current.setText(current)
    dlg.pin.setText(pin)
    if dlg.mode in ("set", "change"):
        dlg.again.setText(pin)
    dlg.ok.click()
    return dlg


def enter_trainer_mode(w, qtbot, pin: str = PIN):
    """Formateur > Mode formateur, the PIN (set on first use), the trainer's page."""
    w.actions["trainer_mode"].trigger()
    type_pin(qtbot, pin)
    qtbot.waitUntil(lambda: w.current_page() == "trainer", timeout=10000)
    return w.trainer.page


def when_modal(name: str, act, tries: int = 400):
    """Run `act(dialog)` on the next modal dialog named `name`, when it appears."""
    from ui.qt import QTimer

    def attempt(left=tries):
        dlg = modal(name=name)
        if dlg is None:
            if left:
                QTimer.singleShot(25, lambda: attempt(left - 1))
            return
        act(dlg)

    QTimer.singleShot(0, attempt)


def unnamed(page) -> list[str]:
    """Fields of a page that a screen reader could not name (as the trainee screens are checked)."""
    from test_ui_conventions import unnamed_fields

    # A spin box's own line edit is named by the spin box (its accessible name), not on its own.
    return [f for f in unnamed_fields(page) if f != "QLineEdit qt_spinbox_lineedit"]
