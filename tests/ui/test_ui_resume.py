"""Never lose work: after a crash (the program killed in the middle of an exam), the next
start offers to resume the open attempt with its real remaining time and its saved work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from ui_helpers import CRASHING_SESSION, ROOT, answer, modal, state_copy

from aimm_lab.exam import clock as clk


def test_resume_after_a_crash_with_the_real_remaining_time(window_factory, qtbot, tmp_path):
    state = state_copy(tmp_path, "b3-apipa", "broken")
    db = tmp_path / "aimm.db"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.run([sys.executable, "-c", CRASHING_SESSION, str(db), str(state)], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr
    aid = child.stdout.split()[-1]

    w = window_factory(state)  # same database, new program
    # An exam resumes at once (nothing else may run on this PC while it is open), and says so.
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    notice = modal(name="noticeDialog")
    assert notice is not None and "Temps restant" in notice.text() and "Noa Leroy" in notice.text()
    assert "reprend" in notice.text()
    notice.accept()

    ap = w.attempt_page
    assert ap.attempt.id == aid and ap.attempt.mode == "exam"
    assert w.session.trainee.name == "Noa Leroy"
    # The time kept running while the program was dead: the countdown follows the stored deadline.
    deadline = clk.parse_iso(ap.attempt.deadline)
    started = clk.parse_iso(ap.attempt.started_at)
    assert deadline - started == 45 * 60 * 1000
    ap.tick()
    expected = (deadline - clk.now_ms()) / 1000
    assert abs(ap.countdown.remaining_s - expected) < 1.5
    assert ap.countdown.remaining_s < 45 * 60 - 2  # at least the 2 s the dead program waited
    shown_min, shown_s = map(int, ap.countdown.text().split(":"))
    assert abs(shown_min * 60 + shown_s - expected) <= 1.5
    # The report typed before the crash is back in the form.
    report = next(t for t in ap.scenario.tasks if t.kind == "report")
    assert ap.panels[report.id].fields["request"].toPlainText() == "Plus d'Internet depuis ce matin"


def test_resume_can_wait_and_the_attempt_stays_open(window_factory, qtbot, tmp_path):
    state = state_copy(tmp_path, "b3-apipa", "broken")
    w = window_factory(state)
    w.set_trainee(w.session.add_trainee("Eli Roux"))
    eng = w.session.engine()
    a = eng.start(w.session.scenario("b3-apipa"), "Eli Roux", "practice", None)
    answer(False)  # "Plus tard"
    w2 = window_factory(state, db_name="aimm.db")
    assert w2.current_page() == "library"
    assert eng.get(a.id).is_open
