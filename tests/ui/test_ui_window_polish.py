"""What a trainee meets around the work itself: the mouse wheel over a form, Qt's own dialogs
in the chosen language, the floating timer, the window title."""

from __future__ import annotations

from ui_helpers import answer, state_copy

from ui.qt import QApplication, QComboBox, QEvent, QPoint, QPointF, Qt, QWheelEvent

SCENARIO = "b3-apipa"


def start(w, qtbot, mode="practice", name="Lina Girard"):
    w.set_trainee(w.session.add_trainee(name))
    w.show_scenario(SCENARIO)
    if mode == "exam":
        answer(True)  # "L'examen dure 45 minutes… Commencer maintenant ?"
        w.scenario_page.exam.click()
    else:
        w.scenario_page.practice.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    return w.attempt_page


def wheel(widget, steps: int = -3) -> bool:
    """A wheel turn over the middle of `widget`; True if the widget accepted it."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    ev = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                     Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, ev)
    return ev.isAccepted()


def test_the_wheel_over_a_form_never_changes_an_answer(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, SCENARIO))
    ap = start(w, qtbot)
    report = next(t for t in ap.scenario.tasks if t.kind == "report")
    ap.select_task(report.id)
    form = ap.panels[report.id]
    combos = [c for c in form.findChildren(QComboBox) if c.count() > 1]
    assert combos, "the report has lists to choose from (root cause, final state)"
    for combo in combos:
        combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not ap.dirty and "Enregistré" in form.saved.text(), timeout=5000)
    form.saved.clear()
    saved = dict(w.session.engine().facts(ap.attempt.id).report)
    for combo in combos:
        before = combo.currentText()
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel does not give it the focus
        assert not combo.hasFocus()
        assert not wheel(combo)  # handed on to the form, which scrolls
        assert combo.currentText() == before
    qtbot.wait(SAVE_WAIT_MS)
    assert not ap.dirty and form.saved.text() == ""  # nothing changed, nothing to save
    assert w.session.engine().facts(ap.attempt.id).report == saved
    # Once the trainee clicks into a list, the wheel is theirs to use.
    w.activateWindow()
    combos[0].setFocus()
    qtbot.waitUntil(combos[0].hasFocus, timeout=2000)
    assert wheel(combos[0])
    assert combos[0].currentIndex() != 0


SAVE_WAIT_MS = 1300


def test_every_combo_and_spin_box_of_the_trainer_screens_is_guarded(window_factory, qtbot, tmp_path):
    """The guard is one filter on the application: whichever screen builds a list or a number
    field, it is polished without wheel focus."""
    from ui.qt import QAbstractSpinBox, QDoubleSpinBox, QWidget

    host = QWidget()
    box, spin, number = QComboBox(host), QAbstractSpinBox(host), QDoubleSpinBox(host)
    box.addItems(["a", "b"])
    host.show()
    qtbot.addWidget(host)
    for widget in (box, spin, number):
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
    number.setValue(5)
    assert not wheel(number) and number.value() == 5
    assert not wheel(box) and box.currentIndex() == 0


def test_qt_own_dialogs_follow_the_language(window_factory, qtbot):
    from ui import i18n as ui_i18n
    from ui.qt import QDialogButtonBox, QFileDialog, QLabel

    w = window_factory()

    def look_in():
        dlg = QFileDialog(w)
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Linux shows without a desktop theme
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        texts = (dlg.findChild(QLabel, "lookInLabel").text(), dlg.findChild(QLabel, "fileNameLabel").text(),
                 dlg.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Cancel).text())
        dlg.deleteLater()
        return tuple(t.replace("\u00a0", " ") for t in texts)

    assert look_in() == ("&Voir dans :", "&Nom de fichier :", "Annuler")
    w.actions["lang_en"].trigger()
    qtbot.waitUntil(lambda: w.menus["file"].title() == "&File", timeout=3000)
    assert ui_i18n.current() == "en"
    assert look_in() == ("&Look in:", "File &name:", "Cancel")
    w.actions["lang_fr"].trigger()
    qtbot.waitUntil(lambda: w.menus["file"].title() == "&Fichier", timeout=3000)
    assert look_in()[0] == "&Voir dans :"


def test_a_message_in_the_status_bar_does_not_stay_in_the_old_language(window_factory, qtbot):
    w = window_factory()
    w.statusBar().showMessage(w.tr("Préparation de la tentative…"))
    w.actions["lang_en"].trigger()
    qtbot.waitUntil(lambda: w.menus["file"].title() == "&File", timeout=3000)
    assert "tentative" not in w.statusBar().currentMessage()


def test_the_window_title_names_the_attempt_and_its_mode_once(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, SCENARIO))
    assert "AIMM Lab" not in w.windowTitle()  # Qt adds the application's name itself
    ap = start(w, qtbot, "exam")
    title = ap.scenario.title.get("fr")
    assert w.windowTitle() == f"Examen — {title}"
    assert "ntraînement" not in w.windowTitle() and "AIMM" not in w.windowTitle()
    w.show_library()
    assert w.windowTitle().startswith("Examen — ")  # the exam is still running


def test_floating_timer_placement_resume_and_double_click(window_factory, qtbot, tmp_path):
    from ui import settings as opts

    state = state_copy(tmp_path, SCENARIO)
    w = window_factory(state)
    w.setGeometry(QApplication.primaryScreen().availableGeometry())
    ap = start(w, qtbot)
    w.actions["timer_window"].trigger()
    timer = w.timer_window
    qtbot.waitUntil(timer.isVisible, timeout=3000)
    assert opts.get("timer/visible") is True
    # Away from the main window's close button (its top-right corner) and from "Remettre…".
    submit = ap.submit_button
    submit_rect = submit.rect().translated(submit.mapToGlobal(QPoint(0, 0)))
    assert not timer.frameGeometry().intersects(submit_rect)
    top_right = w.frameGeometry().topRight()
    assert not timer.frameGeometry().contains(top_right + QPoint(-20, 10))
    assert timer.frameGeometry().top() > w.frameGeometry().center().y()
    # Double-clicking it brings the application back.
    w.showMinimized()
    qtbot.waitUntil(w.isMinimized, timeout=2000)
    timer.mouseDoubleClickEvent(_double_click(timer))
    qtbot.waitUntil(lambda: not w.isMinimized(), timeout=2000)
    # The attempt is left (the window closed); resumed later, the timer opens again.
    aid = ap.attempt.id
    w.close()
    assert opts.get("timer/visible") is True  # closing the program is not closing the timer
    answer(True, then=lambda box: asked.append(box.text()))  # "Une tentative est restée ouverte… La reprendre ?"
    asked: list[str] = []
    w2 = window_factory(state)
    qtbot.waitUntil(lambda: w2.current_page() == "attempt", timeout=15000)
    assert asked and w2.attempt_page.attempt.id == aid
    qtbot.waitUntil(lambda: w2.timer_window is not None and w2.timer_window.isVisible(), timeout=3000)
    assert w2.actions["timer_window"].isChecked()
    # Closing the timer itself is remembered.
    w2.timer_window.close()
    assert not w2.actions["timer_window"].isChecked() and opts.get("timer/visible") is False


def _double_click(widget):
    from ui.qt import QMouseEvent

    p = QPointF(widget.width() / 2, widget.height() / 2)
    return QMouseEvent(QEvent.Type.MouseButtonDblClick, p, QPointF(widget.mapToGlobal(p.toPoint())),
                       Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
