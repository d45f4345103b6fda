"""The quote editor (totals computed as the trainee types, under French rules) and the quiz,
on the built-in "Devis pour le Cabinet Martin" scenario; graded by the engine."""

from __future__ import annotations

from ui_helpers import state_copy

from ui.qt import QTableWidgetItem

SCENARIO = "b1-devis-portable-martin"
LINES = [
    ("Diagnostic atelier", "1", "forfait", "39,00", "20", False),
    ("Barrette SO-DIMM DDR4 8 Go 3200", "1", "u", "32.50", "20", False),
    ("SSD NVMe 1 To", "1", "u", "69,90", "20", False),
    ("Pose du matériel", "0,5", "h", "48", "20", True),
    ("Réinstallation système", "1,5", "h", "48", "20", True),
    ("Sauvegarde des données", "1", "h", "48", "20", True),
    ("Déplacement zone 1", "1", "forfait", "25", "20", False),
]


def start_practice(w, qtbot, name="Inès Garcia"):
    w.set_trainee(w.session.add_trainee(name))
    w.show_scenario(SCENARIO)
    w.scenario_page.timed.setChecked(False)
    w.scenario_page.practice.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    ap = w.attempt_page
    assert not ap.attempt.timed
    return ap


def type_line(editor, row, values):
    while editor.table.rowCount() <= row:
        editor.add_button.click()
    for col, value in enumerate(values[:5]):
        editor.table.setItem(row, col, QTableWidgetItem(value)) if editor.table.item(row, col) is None else \
            editor.table.item(row, col).setText(value)
    editor._labour(row).setChecked(values[5])


def test_quote_totals_follow_the_typing_and_bad_numbers_are_kept_not_saved(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, SCENARIO, "broken"))
    ap = start_practice(w, qtbot)
    # Untimed practice: the countdown shows the time spent.
    assert not ap.countdown.timed and ":" in ap.countdown.text()
    editor = ap.panels["devis"]
    ap.select_task("devis")
    assert "InfoDépann'" in editor.parties.text() and "10 %" in editor.parties.text()

    for row, values in enumerate(LINES):
        type_line(editor, row, values)
    assert editor.total_labels["subtotal_ht"][1].text() == "310,40\xa0€"
    assert editor.total_labels["discount"][1].text() == "-14,40\xa0€"
    assert editor.total_labels["total_ht"][1].text() == "296,00\xa0€"
    assert editor.total_labels["total_ttc"][1].text() == "355,20\xa0€"
    assert editor.total_labels["deposit"][1].text() == "106,56\xa0€"
    assert editor.table.item(4, 6).text() == "72,00\xa0€"
    editor.number.setText("D-2026-0042")
    qtbot.waitUntil(lambda: "Enregistré" in editor.saved.text(), timeout=5000)
    eng = w.session.engine()
    assert len(eng.facts(ap.attempt.id).documents["devis"]["lines"]) == 7
    devis = eng.score(ap.attempt.id).task("devis")
    assert devis.earned == devis.points, [i for i in devis.items if not i["ok"]]

    # A quantity typed wrong: flagged in place, kept as typed, not saved over the good document.
    editor.table.item(3, 1).setText("0,5h")
    assert "n'est pas un nombre" in editor.line_message.text()
    assert editor.table.item(3, 6).text() == "—"
    qtbot.waitUntil(lambda: "Non enregistré" in editor.saved.text(), timeout=5000)
    assert editor.table.item(3, 1).text() == "0,5h"
    assert eng.facts(ap.attempt.id).documents["devis"]["lines"][3]["quantity"] == "0,5"
    editor.table.item(3, 1).setText("0,5")
    qtbot.waitUntil(lambda: "Enregistré" in editor.saved.text(), timeout=5000)

    # Removing a line changes the totals at once.
    editor.table.selectRow(6)
    editor.remove_button.click()
    assert editor.total_labels["subtotal_ht"][1].text() == "285,40\xa0€"


def test_quiz_answers_are_saved_and_graded(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, SCENARIO, "broken"))
    ap = start_practice(w, qtbot, "Hugo Lambert")
    quiz = ap.panels["tva"]
    ap.select_task("tva")
    task = ap.scenario.task("tva")
    for q, widget in zip(task.questions, quiz.questions, strict=True):
        if q.type in ("single", "multiple"):
            for i in q.answer:
                widget.buttons[i].click()
        elif q.type == "order":
            # Put the items in order with the Up button, as a keyboard user would.
            for target in range(len(q.choices)):
                row = widget.current_order().index(target)
                widget.list.setCurrentRow(row)
                for _ in range(row - target):
                    widget.up.click()
            assert widget.current_order() == list(range(len(q.choices)))
        elif q.type == "match":
            for i, combo in enumerate(widget.combos):
                combo.setCurrentIndex(combo.findData(i))
    assert quiz.unanswered() == 0
    qtbot.waitUntil(lambda: w.session.engine().facts(ap.attempt.id).quiz.get("tva") == quiz.answers(),
                    timeout=5000)
    score = w.session.engine().score(ap.attempt.id).task("tva")
    assert score.earned == score.points
    assert "enregistrée" in ap.items["tva"].text()

    # A wrong answer costs its question's share.
    first = task.questions[0]
    wrong = next(i for i in range(len(first.choices)) if i not in first.answer)
    quiz.questions[0].buttons[wrong].click()
    qtbot.waitUntil(lambda: w.session.engine().facts(ap.attempt.id).quiz["tva"][0] == wrong, timeout=5000)
    assert w.session.engine().score(ap.attempt.id).task("tva").earned < score.points


def test_order_questions_never_start_in_the_right_order(app):
    from aimm_lab.scenarios.loader import discover
    from ui.quiz import Question

    lib = discover()
    seen = 0
    for s in lib.scenarios:
        for t in s.tasks:
            for i, q in enumerate(t.questions):
                if q.type == "order":
                    for seed in ("a", "b", "c"):
                        widget = Question(i, q, seed)
                        assert widget.current_order() != list(range(len(q.choices)))
                        assert widget.answer() is None  # untouched: not answered
                        widget.deleteLater()
                    seen += 1
    assert seen >= 1
