"""Helpers for the desktop application tests (fixtures live in conftest.py)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "scenarios"


def state_copy(tmp_path: Path, scenario: str, name: str = "broken") -> Path:
    """A recorded state of a built-in scenario, copied to a file the test may overwrite."""
    block = scenario.split("-")[0]
    src = FIXTURES / block / "fixtures" / scenario / f"{name}.json"
    dst = tmp_path / "state.json"
    shutil.copyfile(src, dst)
    return dst


def swap_state(path: Path, scenario: str, name: str) -> None:
    block = scenario.split("-")[0]
    shutil.copyfile(FIXTURES / block / "fixtures" / scenario / f"{name}.json", path)


class Clock:
    """Epoch milliseconds that a test can move forward (the engine's `now`)."""

    def __init__(self):
        self.offset_ms = 0

    def __call__(self) -> int:
        return int(time.time() * 1000) + self.offset_ms

    def advance(self, seconds: float) -> None:
        self.offset_ms += int(seconds * 1000)


def make_window(qtbot, tmp_path, state: Path | None, now=None, db_name: str = "aimm.db"):
    from ui.mainwindow import MainWindow
    from ui.session import Session

    w = MainWindow(Session(db_path=tmp_path / db_name, state_path=state, now=now))
    # Not qtbot.addWidget: pytest-qt would close it before our fixture, without the trainer's say-so.
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.ready, timeout=15000)
    return w


def close_window(w) -> None:
    from ui import ops
    from ui.qt import is_alive

    if not is_alive(w):
        return
    w.allow_close = True
    w.close()
    ops.wait_idle(15)
    w.session.close()
    w.deleteLater()


def modal(cls=None, name: str | None = None):
    from ui.qt import QApplication

    w = QApplication.activeModalWidget()
    if w is None:
        return None
    if cls is not None and not isinstance(w, cls):
        return None
    if name is not None and w.objectName() != name:
        return None
    return w


def answer(accept: bool = True, name: str = "confirmDialog", then=None, tries: int = 400):
    """Click Yes / No in the next confirmation dialog, when it appears (it blocks the caller)."""
    from ui.qt import QPushButton, QTimer

    def attempt(left=tries):
        box = modal(name=name)
        if box is None:
            if left:
                QTimer.singleShot(25, lambda: attempt(left - 1))
            return
        if then is not None:
            then(box)
        box.findChild(QPushButton, "confirmYes" if accept else "confirmNo").click()

    QTimer.singleShot(0, attempt)


def add_trainee_when_asked(name: str, tries: int = 400):
    """Type a new trainee's name in the "who are you" dialog when it appears, and add it."""
    from ui.qt import QTimer

    def attempt(left=tries):
        dlg = modal(name="traineeDialog")
        if dlg is None:
            if left:
                QTimer.singleShot(25, lambda: attempt(left - 1))
            return
        dlg.name.setText(name)
        dlg.add.click()

    QTimer.singleShot(0, attempt)


# A desktop session that starts an exam, writes part of the report, then dies without
# closing anything (SIGKILL): what a crash or a power cut leaves behind.
CRASHING_SESSION = r"""
import os, signal, sys, time
from ui.app import make_app
from ui.mainwindow import MainWindow
from ui.session import Session
from ui.qt import QApplication, QPushButton, QTimer

db, state = sys.argv[1], sys.argv[2]
app = make_app()
w = MainWindow(Session(db_path=db, state_path=state))
w.show()
w.start()


def say_yes():  # the trainee confirms every question ("Commencer l'examen ?")
    box = QApplication.activeModalWidget()
    if box is not None and box.findChild(QPushButton, "confirmYes"):
        box.findChild(QPushButton, "confirmYes").click()


yes = QTimer()
yes.timeout.connect(say_yes)
yes.start(50)

def pump(cond, seconds=20):
    end = time.time() + seconds
    while not cond():
        if time.time() > end:
            sys.exit("timed out")
        app.processEvents()
        time.sleep(0.01)

pump(lambda: w.ready)
w.set_trainee(w.session.add_trainee("Noa Leroy"))
w.show_scenario("b3-apipa")
w.start_attempt("b3-apipa", "exam")
pump(lambda: w.current_page() == "attempt")
ap = w.attempt_page
report = next(t for t in ap.scenario.tasks if t.kind == "report")
form = ap.panels[report.id]
form.fields["request"].setPlainText("Plus d'Internet depuis ce matin")
pump(lambda: "Enregistr" in form.saved.text() and "cours" not in form.saved.text())
print(ap.attempt.id, flush=True)
time.sleep(2)
os.kill(os.getpid(), signal.SIGKILL)
"""
