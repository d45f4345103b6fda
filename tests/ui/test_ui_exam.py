"""Exam mode: results hidden, the state recorded on demand, the countdown's colours at 10 and
5 minutes, and the automatic submission when the time is up (the engine's clock is moved
forward, so a 45-minute exam ends in a second)."""

from __future__ import annotations

from ui_helpers import Clock, answer, state_copy

from ui.countdown import level
from ui.qt import QMessageBox

SCENARIO = "b3-apipa"


def start_exam(w, qtbot, name="Lou Bernard"):
    w.set_trainee(w.session.add_trainee(name))
    w.show_scenario(SCENARIO)
    answer(True)  # "L'examen dure 45 minutes… Commencer maintenant ?"
    w.scenario_page.exam.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    return w.attempt_page


def test_countdown_levels():
    assert level(None) == "normal"
    assert level(601) == "normal"
    assert level(600) == "warn10"
    assert level(301) == "warn10"
    assert level(300) == "warn5"
    assert level(0) == "warn5"


def test_the_countdown_shows_what_the_core_says(window_factory, qtbot, tmp_path):
    """The window does not compute the time left or the warning stage: it shows the engine's."""
    from aimm_lab.exam.clock import format_remaining

    clock = Clock()
    w = window_factory(state_copy(tmp_path, SCENARIO, "broken"), now=clock)
    ap = start_exam(w, qtbot, "Noé Martin")
    eng = w.session.engine()
    aid = ap.attempt.id
    shown = {"normal": None, "warn10": 600, "warn5": 300}

    def agrees():
        a = eng.get(aid)
        now = clock()
        left = a.remaining_s(now)
        return (abs(ap.countdown.remaining_s - left) < 0.3
                and ap.countdown.text() in (format_remaining(int(left * 1000)), format_remaining(int(left * 1000) + 999))
                and shown[ap.countdown.level] == a.warning_stage(now)
                and abs(ap.countdown.elapsed_s - a.elapsed_s(now)) < 0.3)

    for step in (0, 45 * 60 - 610, 10, 299, 2, 200):
        clock.advance(step)
        qtbot.waitUntil(agrees, timeout=3000)
    # The exam's banner shows the same time when another page is shown (one countdown, never two).
    w.show_page("library")
    qtbot.waitUntil(lambda: w.exam_banner.isVisible() and w.exam_countdown.text() == ap.countdown.text()
                    and not w.mini_countdown.isVisible(), timeout=3000)


def test_exam_hides_results_warns_and_submits_itself_when_time_is_up(window_factory, qtbot, tmp_path):
    clock = Clock()
    w = window_factory(state_copy(tmp_path, SCENARIO, "broken"), now=clock)
    ap = start_exam(w, qtbot)
    a = ap.attempt
    assert a.mode == "exam" and a.duration_s == 45 * 60
    assert not ap.check_all.isVisible() and ap.record.isVisible()
    assert not w.actions["check_all"].isEnabled() and w.actions["record_state"].isEnabled()
    assert "examen" in ap.mode_label.text().lower()
    assert ap.countdown.level == "normal"

    # Recording the state shows no result.
    ap.record.click()
    qtbot.waitUntil(lambda: not ap.checking, timeout=15000)
    task = next(t for t in ap.scenario.tasks if t.kind == "checks")
    panel = ap.panels[task.id]
    assert "enregistré" in panel.evidence.toPlainText()
    for p in ap.panels.values():
        if hasattr(p, "evidence"):
            text = p.evidence.toPlainText()
            assert "attendu" not in text and "échoué" not in text and "réussi" not in text
    assert "état enregistré" in ap.items[task.id].text()
    assert w.session.engine().facts(a.id).last_pass_seq > 0

    # 10 minutes left: amber, a banner; 5 minutes: red.
    clock.advance(45 * 60 - 590)
    qtbot.waitUntil(lambda: ap.countdown.level == "warn10", timeout=3000)
    # The banner shows the warning the engine journaled (asked in the background).
    qtbot.waitUntil(lambda: ap.banner.isVisible() and "10 minutes" in ap.banner.text(), timeout=3000)
    assert "color" in ap.countdown.styleSheet()
    clock.advance(300)
    qtbot.waitUntil(lambda: ap.countdown.level == "warn5", timeout=3000)
    qtbot.waitUntil(lambda: "5 minutes" in ap.banner.text(), timeout=3000)
    qtbot.waitUntil(lambda: sorted(w.session.engine().facts(a.id).warnings) == [300, 600], timeout=5000)

    # In the last minute, what the trainee types is saved at once.
    clock.advance(250)
    report = next(t for t in ap.scenario.tasks if t.kind == "report")
    form = ap.panels[report.id]
    form.fields["diagnosis"].setPlainText("ip addr : adresse 169.254.37.201/16")
    qtbot.waitUntil(lambda: "Enregistré" in form.saved.text(), timeout=3000)
    clock.advance(60)
    qtbot.waitUntil(lambda: w.current_page() == "results", timeout=20000)
    notice = w.findChild(QMessageBox, "noticeDialog")
    assert notice is not None and "remise automatiquement" in notice.text()
    notice.close()

    done = w.session.engine().get(a.id)
    assert done.status == "expired" and done.submit_reason == "deadline"
    assert w.session.engine().facts(a.id).report["diagnosis"] == "ip addr : adresse 169.254.37.201/16"
    text = w.pages["results"].browser.toPlainText()
    assert "communiqués par le formateur" in text
    assert "Note" not in text and "attendu" not in text
    assert not w.actions["submit"].isEnabled()


def test_exam_submitted_by_the_trainee_keeps_results_hidden(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, SCENARIO, "solved"))
    ap = start_exam(w, qtbot, "Sam Petit")
    aid = ap.attempt.id
    # Refusing the confirmation keeps the attempt open.
    answer(False)
    ap.submit_button.click()
    assert w.session.engine().get(aid).is_open and w.current_page() == "attempt"
    answer(True)
    ap.submit_button.click()
    qtbot.waitUntil(lambda: w.current_page() == "results", timeout=20000)
    a = w.session.engine().get(aid)
    assert a.status == "submitted" and not a.feedback
    assert "communiqués par le formateur" in w.pages["results"].browser.toPlainText()


def test_starting_the_exam_of_a_session_test_asks_one_question_to_resume_it(window_factory, qtbot, tmp_path):
    from aimm_lab.trainer.sessions import Sessions

    w = window_factory(state_copy(tmp_path, SCENARIO, "broken"))
    name = "Inès Moreau"
    w.set_trainee(w.session.add_trainee(name))
    api = Sessions(w.session.engine())
    s = api.create("Examen blanc", "2026-12-07", platform="linux")
    api.set_test(s.id, w.session.scenario(SCENARIO))
    api.add_trainee(s.id, name, extra_minutes=20)
    a = api.start(s.id, name, "B3", w.session.scenario(SCENARIO))  # the trainer starts her test
    w.show_scenario(SCENARIO)
    asked = []
    answer(True, then=lambda box: asked.append(box.text()))
    w.scenario_page.exam.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    assert w.attempt_page.attempt.id == a.id
    assert len(asked) == 1, asked  # one question, not "45 minutes" then "resume?"
    assert "45 minutes" not in asked[0] and "reprendre" in asked[0].lower() and "il reste 1:" in asked[0]
    assert w.session.engine().get(a.id).duration_s == 80 * 60
