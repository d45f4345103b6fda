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
    # In the band of the title bar and the menu bar, right of the menus (tests/ui/test_ui_small_screens.py).
    bar = w.menuBar()
    assert timer.frameGeometry().top() < bar.mapToGlobal(QPoint(0, bar.height())).y()
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


def test_the_rj45_diagram_follows_the_order_of_the_wires(app, qtbot):
    from aimm_lab.scenarios.loader import discover
    from ui.qt import QWidget
    from ui.quiz import WIRES, Question

    host = QWidget()  # owned by the test: deleted by Qt on this thread
    qtbot.addWidget(host)

    s = next(x for x in discover().scenarios if x.id == "b2-cordon-rj45")
    i, q = next((i, q) for t in s.tasks for i, q in enumerate(t.questions)
                if q.type == "order" and q.image == "rj45/broches.svg")
    widget = Question(i, q, "seed", host)
    assert ">?<" not in widget.picture_svg  # every slot drawn with the wire the list puts there
    first = q.choices[widget.current_order()[0]].fr
    assert f'fill="{WIRES[first][0]}" stroke="#555"' in widget.picture_svg
    before = widget.picture_svg
    widget.list.setCurrentRow(1)
    widget.up.click()  # the trainee moves a wire: the diagram changes with the list
    assert widget.picture_svg != before
    now_first = q.choices[widget.current_order()[0]].fr
    slot = widget.picture_svg.index('stroke="#555"')
    assert WIRES[now_first][0] in widget.picture_svg[slot - 120:slot]


def test_library_search_ranks_the_exact_title_first_and_says_when_nothing_matches(window_factory, qtbot):
    w = window_factory()
    lib = w.library
    qtbot.waitUntil(lambda: lib.loaded, timeout=10000)
    target = next(s for s in lib.scenarios if s.id == "b3-apipa")
    title = target.title.get("fr")
    lib.search.setText(title.lower())
    assert lib.visible_ids()[0] == "b3-apipa"
    lib.search.setText("APIPA")
    ids = lib.visible_ids()
    assert ids[0] == "b3-apipa"  # in the title beats in the ticket
    assert not lib.empty.isVisible()
    lib.search.setText("zzzz-rien-de-tel")
    assert lib.visible_ids() == []
    assert lib.empty.isVisible() and "Aucun scénario" in lib.empty.text()
    lib.show_all.click()
    assert lib.search.text() == "" and len(lib.visible_ids()) == len(lib.scenarios)
    assert not lib.empty.isVisible()
    # Without a search the trainee's own sort (by block) is back.
    blocks = [lib.table.item(r, 1).text() for r in range(lib.table.rowCount())]
    assert blocks == sorted(blocks)


def test_last_result_says_in_progress_for_an_open_attempt(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, SCENARIO))
    start(w, qtbot)
    w.show_library()
    lib = w.library
    row = next(r for r in range(lib.table.rowCount())
               if lib.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == SCENARIO)
    qtbot.waitUntil(lambda: lib.table.item(row, 7).text() == "en cours", timeout=5000)


def test_a_failed_start_does_not_leave_preparing_in_the_status_bar(window_factory, qtbot, tmp_path, monkeypatch):
    from aimm_lab.exam.engine import AttemptError, Engine
    from aimm_lab.i18n import T
    from ui.qt import QMessageBox

    w = window_factory(state_copy(tmp_path, SCENARIO))
    w.set_trainee(w.session.add_trainee("Mia Blanc"))
    w.show_scenario(SCENARIO)

    def refuse(*a, **k):
        raise AttemptError(T("le poste n'est pas prêt", "this PC is not ready"))

    monkeypatch.setattr(Engine, "start", refuse)
    w.scenario_page.practice.click()
    qtbot.waitUntil(lambda: w.findChild(QMessageBox, "errorDialog") is not None, timeout=10000)
    box = w.findChild(QMessageBox, "errorDialog")
    assert "pas prêt" in box.text()
    assert w.statusBar().currentMessage() == ""
    box.close()
    assert w.current_page() == "scenario"


def test_an_open_exam_is_offered_before_any_announcement_of_its_length(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, SCENARIO))
    ap = start(w, qtbot, "exam", "Tom Petit")
    aid = ap.attempt.id
    w.show_scenario(SCENARIO)
    asked: list[str] = []
    answer(True, then=lambda box: asked.append(box.text()))
    w.scenario_page.exam.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert "déjà une tentative ouverte" in asked[0] and "dure" not in asked[0]
    qtbot.waitUntil(lambda: w.current_page() == "attempt" and w.attempt_page.attempt.id == aid, timeout=10000)


def test_in_an_exam_the_trainer_grid_is_not_shown(app, qtbot):
    from aimm_lab.scenarios.loader import discover
    from ui.qt import QWidget
    from ui.text_panels import RubricPanel

    host = QWidget()
    qtbot.addWidget(host)

    s = next(x for x in discover().scenarios if any(t.kind == "rubric" for t in x.tasks))
    task = next(t for t in s.tasks if t.kind == "rubric")

    class A:
        def __init__(self, mode):
            self.mode = mode

    exam, practice = RubricPanel(task, A("exam"), host), RubricPanel(task, A("practice"), host)
    criterion = task.rubric[0].text.get("fr")
    assert criterion in practice.browser.toPlainText()
    assert criterion not in exam.browser.toPlainText()
    assert "évaluée par le formateur" in exam.browser.toPlainText()


def test_the_results_page_has_no_horizontal_scroll_bar(app, qtbot, tmp_path):
    """At 1000 pixels the page fits its width: no scroll bar for a 1-pixel overflow of Qt's tables."""
    from aimm_lab.exam.engine import Engine
    from aimm_lab.machine import RecordedMachine
    from aimm_lab.scenarios.loader import discover
    from aimm_lab.store.db import Store
    from ui.qt import QApplication
    from ui.results_html import load
    from ui.results_page import ResultsPage

    store = Store(tmp_path / "r.db")
    page = ResultsPage()
    qtbot.addWidget(page)
    page.resize(1000, 520)
    page.show()
    for sid in ("b3-spouleur", "b3-passerelle", "b3-disque-plein"):
        s = next(x for x in discover().scenarios if x.id == sid)
        eng = Engine(store, RecordedMachine.load(state_copy(tmp_path, sid)))
        a = eng.start(s, "Ana Roy", "practice")
        eng.check(a)
        page.show_data(load(eng, eng.submit(a).id))
        QApplication.processEvents()
        assert page.browser.horizontalScrollBar().maximum() == 0, sid
    store.close()


def test_a_save_error_under_a_form_follows_the_language(window_factory, qtbot, tmp_path, monkeypatch):
    from aimm_lab.exam.engine import AttemptError, Engine
    from aimm_lab.i18n import T
    from ui.qt import QMessageBox

    w = window_factory(state_copy(tmp_path, SCENARIO))
    ap = start(w, qtbot)
    report = next(t for t in ap.scenario.tasks if t.kind == "report")
    form = ap.panels[report.id]

    def refuse(*a, **k):
        raise AttemptError(T("le disque est plein", "the disk is full"))

    monkeypatch.setattr(Engine, "save_report", refuse)
    form.fields["request"].setPlainText("Plus d'Internet")
    qtbot.waitUntil(lambda: "le disque est plein" in form.saved.text(), timeout=5000)
    box = w.findChild(QMessageBox, "errorDialog")
    if box is not None:
        box.close()
    w.actions["lang_en"].trigger()
    qtbot.waitUntil(lambda: w.menus["file"].title() == "&File", timeout=3000)
    assert "the disk is full" in form.saved.text() and "disque" not in form.saved.text()
    monkeypatch.undo()


def test_what_is_checked_never_lists_two_identical_lines_side_by_side(app):
    """The scenario's page listed "Le fichier a l'empreinte SHA-256 attendue" twice under "Windows (E:\\SAV)
    ou Linux (/media/sav)", and "Le fichier n'existe pas (ou plus)" four times, which read as a mistake.
    A Windows and a Linux branch now name their place; other repeats are said once with their number."""
    import re

    from aimm_lab.scenarios.loader import discover
    from ui.scenario_page import ScenarioPage

    page = ScenarioPage()
    repeats = []
    for s in discover().scenarios:
        for lang in ("fr", "en"):
            siblings: dict[tuple, list[str]] = {}
            parents: dict[int, str] = {}
            for n, line in enumerate(page.tasks_markdown(s, lang).splitlines()):
                m = re.match(r"^(\s*)- (.*)$", line)
                if not m:
                    if re.match(r"^\d+\. ", line):
                        parents = {-1: f"task{n}"}
                    continue
                depth = len(m.group(1))
                parents = {d: p for d, p in parents.items() if d < depth}
                key = (s.id, lang, parents[max(parents)] if parents else "")
                siblings.setdefault(key, []).append(m.group(2))
                parents[depth] = f"{n}:{m.group(2)}"
            repeats += [f"{k}: {t}" for k, texts in siblings.items() for t in set(texts) if texts.count(t) > 1]
    assert not repeats, "\n".join(repeats)
    s = next(x for x in discover().scenarios if x.id == "b3-disque-plein")
    text = page.tasks_markdown(s, "fr")
    assert "(Windows : `C:\\`)" in text and "(Linux : `/`)" in text
    assert "Le fichier n'existe pas (ou plus) (× 4)" in text
    assert "fill01.bin" not in text  # which files to delete is for the trainee to find
    page.deleteLater()


def test_the_results_of_an_exam_waiting_for_its_score_offer_no_technical_details(window_factory, qtbot, tmp_path):
    """The page of a submitted exam shows no evidence (the trainer releases the results): its
    "Détails techniques" box changed nothing."""
    w = window_factory(state_copy(tmp_path, SCENARIO))
    ap = start(w, qtbot, "exam")
    answer(True)
    ap.submit()
    qtbot.waitUntil(lambda: w.current_page() == "results", timeout=20000)
    page = w.pages["results"]
    assert "communiqués par le formateur" in page.browser.toPlainText()
    assert not page.technical.isVisible()
    ap2 = start(w, qtbot, "practice", "Zoé Roux")
    answer(True)
    ap2.submit()
    qtbot.waitUntil(lambda: w.current_page() == "results" and page.data.attempt.mode == "practice", timeout=20000)
    assert page.technical.isVisible()


def test_leaving_an_exam_for_the_library_says_the_way_back_is_the_band_at_the_top(window_factory, qtbot, tmp_path):
    """The status bar said "reprenez-la depuis le scénario", while during an exam the way back is the
    band's "Revenir à l'examen"."""
    w = window_factory(state_copy(tmp_path, SCENARIO))
    start(w, qtbot, "exam")
    w.show_library()
    assert "Revenir à l'examen" in w.statusBar().currentMessage()
    assert w.exam_banner.isVisible() and "Revenir" in w.exam_back.text().replace("&", "")


def test_every_action_of_the_shortcut_sheet_has_its_own_key(window_factory):
    """"Plein écran" had no key on Linux without a desktop theme (an empty cell in the sheet), and
    Ctrl+Shift+F on KDE, the trainer mode's."""
    from ui.actions import ACTIONS, shortcut_table
    from ui.qt import QKeySequence

    w = window_factory()
    assert w.actions["full_screen"].shortcut() == QKeySequence("F11")
    keys = [w.actions[a.id].shortcut().toString() for a in ACTIONS if a.shortcut is not None]
    assert all(keys) and len(keys) == len(set(keys))
    sheet = dict(shortcut_table())
    assert sheet["Plein écran"]


def test_switching_language_during_an_exam_changes_the_band_and_the_floating_timer(window_factory, qtbot, tmp_path):
    """After switching to English the floating timer kept the French title of the scenario, and the
    exam band above the library its French sentence."""
    w = window_factory(state_copy(tmp_path, SCENARIO))
    ap = start(w, qtbot, "exam")
    w.actions["timer_window"].trigger()
    qtbot.waitUntil(lambda: w.timer_window is not None and w.timer_window.isVisible(), timeout=3000)
    w.show_library()
    assert "Examen en cours" in w.exam_banner_text.text()
    w.actions["lang_en"].trigger()
    qtbot.waitUntil(lambda: w.menus["file"].title() == "&File", timeout=3000)
    english = ap.scenario.title.get("en")
    assert english != ap.scenario.title.get("fr")
    assert w.timer_window.title.text() == english
    assert "Exam in progress" in w.exam_banner_text.text() and english in w.exam_banner_text.text()
    w.actions["lang_fr"].trigger()
    qtbot.waitUntil(lambda: w.menus["file"].title() == "&Fichier", timeout=3000)
    assert w.timer_window.title.text() == ap.scenario.title.get("fr")
