"""The application on the screens of a training room: 1024 × 600 (a netbook, a small projector)
and 1366 × 768 (most lab PCs). Nothing a trainee needs is cut, pushed off to the right or under
the floating timer, and the window opens whole on the screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from ui_helpers import ROOT, state_copy

from ui.qt import QRect, QSize

# At 1024 pixels the attempt page leaves about 700 pixels beside the task list to a task's panel.
PANEL_WIDTH_1024 = 700


def _attempts(tmp_path):
    """(scenario, attempt, facts) for every built-in scenario, each started on its recorded state."""
    from aimm_lab.exam.engine import Engine
    from aimm_lab.machine import RecordedMachine
    from aimm_lab.scenarios.loader import discover
    from aimm_lab.selftest import profile_for_state
    from aimm_lab.store.db import Store

    store = Store(tmp_path / "panels.db")
    for s in discover().scenarios:
        m = RecordedMachine.load(state_copy(tmp_path, s.id))
        eng = Engine(store, m, profile=profile_for_state(m))
        a = eng.start(s, "Ana Roy", "practice")
        yield s, a, eng.facts(a)
    store.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_task_panel_fits_beside_the_task_list_at_1024_pixels(app, qtbot, tmp_path, lang):
    """A long quiz answer or a long label of the quote editor used to make the panel wider than
    the page: the question, the totals and "Imprimer en PDF…" were off to the right."""
    from aimm_lab import i18n
    from ui import i18n as ui_i18n
    from ui.attempt_page import PANELS
    from ui.qt import QApplication, QScrollArea

    ui_i18n.install(lang)
    try:
        too_wide = []
        for s, a, facts in _attempts(tmp_path):
            for t in s.tasks:
                panel = PANELS[t.kind].for_attempt(t, a, facts)
                panel.resize(PANEL_WIDTH_1024, 450)
                panel.show()
                QApplication.processEvents()
                scroll = panel.findChild(QScrollArea)
                inner = scroll.widget() if scroll is not None else panel
                needed = inner.minimumSizeHint().width()
                if needed > PANEL_WIDTH_1024 - 10 or (scroll is not None and scroll.horizontalScrollBar().maximum()):
                    too_wide.append(f"{s.id}/{t.id} ({t.kind}): {needed} px")
                panel.deleteLater()
        assert not too_wide, "wider than the room left at 1024 pixels:\n" + "\n".join(too_wide)
    finally:
        i18n.set_lang(None)
        ui_i18n.install("fr")


def test_a_quiz_answer_wraps_and_its_text_clicks_its_button(app, qtbot):
    from aimm_lab.scenarios.loader import discover
    from ui.qt import QEvent, QMouseEvent, QPointF, Qt, QWidget
    from ui.quiz import Question

    s = next(x for x in discover().scenarios if x.id == "b1-sav-comptoir")
    i, q = next((i, q) for t in s.tasks for i, q in enumerate(t.questions) if q.type == "multiple")
    host = QWidget()
    qtbot.addWidget(host)
    widget = Question(i, q, "seed", host)
    widget.resize(400, 600)
    host.show()
    longest = max(widget.choice_rows, key=lambda r: len(r.text()))
    assert len(longest.text()) > 60 and longest.label.wordWrap()
    assert widget.minimumSizeHint().width() < 400
    assert longest.button.accessibleName() == longest.text()  # read aloud with its button
    pos = QPointF(5, 5)
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        ev = QMouseEvent(kind, pos, QPointF(longest.label.mapToGlobal(pos.toPoint())), Qt.MouseButton.LeftButton,
                         Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton,
                         Qt.KeyboardModifier.NoModifier)
        app.sendEvent(longest.label, ev)
    assert longest.button.isChecked()
    assert widget.answer() == [widget.choice_rows.index(longest)]


def test_library_titles_keep_their_room_at_1024_pixels(window_factory, qtbot):
    """With a result in "Dernier résultat" and the "Prêt ici" column, the titles were squeezed
    into a quarter of the table and wrapped onto three or four lines."""
    from ui.library import LibraryPage
    from ui.qt import QApplication, QFontMetrics, Qt

    w = window_factory()
    qtbot.waitUntil(lambda: w.library.loaded and w.library.readiness is not None, timeout=15000)
    lib = LibraryPage()
    qtbot.addWidget(lib)
    lib.set_library(w.session.library)
    lib.set_readiness(w.library.readiness)
    lib.set_last_results({s.id: {"score": None, "max": 20, "mode": "exam", "when": "2026-11-30T10:00:00"}
                          for s in lib.scenarios[::2]}
                         | {s.id: {"score": 12.5, "max": 21, "mode": "practice", "when": "2026-11-30T10:00:00"}
                            for s in lib.scenarios[1::2]})
    for width in (1000, 1330):  # the library page of a 1024 and of a 1366-pixel screen
        lib.resize(width, 480)
        lib.show()
        qtbot.waitUntil(lambda: lib.table.viewport().width() > 0, timeout=2000)
        QApplication.processEvents()
        table = lib.table
        title_width = table.columnWidth(0)
        assert title_width >= 0.4 * table.viewport().width(), (width, title_width)
        fm = QFontMetrics(table.font())
        for r in range(table.rowCount()):
            text = table.item(r, 0).text()
            lines = fm.boundingRect(QRect(0, 0, title_width - 12, 10_000), int(Qt.TextFlag.TextWordWrap),
                                    text).height() // fm.lineSpacing()
            assert lines <= 2, (width, text, lines)
            # As tall as its wrapped texts, no more (rows sized for a narrower table looked empty).
            assert lines * fm.lineSpacing() <= table.rowHeight(r) <= 3 * fm.lineSpacing() + 12, (width, r)
        # Nothing cut on the right: the columns fit the table, no horizontal scroll bar.
        assert table.horizontalScrollBar().maximum() == 0
        shown = [c for c in range(lib.table.columnCount() - 1) if not table.isColumnHidden(c)]
        if width >= 1330:
            assert len(shown) == 9  # at 1366 pixels every column is there


def test_timer_spot_is_in_the_title_and_menu_band():
    from ui.countdown import TITLE_BUTTONS, timer_spot

    size = QSize(340, 31)
    # 1024 × 600, the window maximised: title bar 0-19, menu bar to 40, menus end at 300.
    free = QRect(0, 0, 1024, 600)
    spot = QRect(timer_spot(free, QRect(0, 0, 1024, 600), 40, 300, size), size)
    assert spot.top() >= 0 and spot.bottom() <= 40
    assert spot.left() > 300 and spot.right() < 1024 - 138  # left of Windows' three 46-pixel buttons
    assert TITLE_BUTTONS >= 138
    # 1366 × 768 with a task bar, the window at its first size, centred.
    free = QRect(0, 0, 1366, 728)
    main = QRect(85, 0, 1196, 728)
    spot = QRect(timer_spot(free, main, 51, 390, size), size)
    assert main.contains(spot) and spot.bottom() <= 51 and spot.left() > 390
    # A window so narrow that the band has no room: the bottom-right corner of the screen.
    spot = QRect(timer_spot(free, QRect(0, 0, 600, 500), 40, 300, size), size)
    assert free.contains(spot) and spot.bottom() > 600


SCREEN_RUN = textwrap.dedent(r"""
    import json, sys, time
    sys.path.insert(0, sys.argv[2])
    from ui.app import make_app
    from ui.mainwindow import MainWindow
    from ui.session import Session
    from PySide6.QtWidgets import QScrollBar, QTextEdit, QWidget
    from ui.qt import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit,
                       QPoint, QRect)
    from ui_helpers import answer

    app = make_app()
    w = MainWindow(Session(db_path=sys.argv[1] + "/a.db", state_path=sys.argv[3]))
    w.show()
    w.start()

    def pump(until, seconds=20):
        end = time.monotonic() + seconds
        while not until() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)

    pump(lambda: w.ready)
    free = w.screen().availableGeometry()
    out = {"free": free.getRect(), "window": w.frameGeometry().getRect()}
    w.set_trainee(w.session.add_trainee("Ana Roy"))
    w.show_scenario("b1-sav-comptoir")
    w.scenario_page.practice.click()
    pump(lambda: w.current_page() == "attempt")
    w.actions["timer_window"].trigger()
    timer = w.timer_window
    pump(timer.isVisible)
    spot = timer.frameGeometry()
    out["timer"] = spot.getRect()
    covered = []
    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QScrollBar,
             QTextEdit)
    page = w.attempt_page
    for key in list(page.panels):
        page.select_task(key)
        app.processEvents()
        for child in w.findChildren(QWidget):
            if isinstance(child, kinds) and child.isVisible() and child.window() is w:
                rect = QRect(child.mapToGlobal(QPoint(0, 0)), child.size())
                if rect.intersects(spot):
                    covered.append(f"{key}: {type(child).__name__} {child.objectName()}")
    bar = w.menuBar()
    for a in bar.actions():
        g = bar.actionGeometry(a)
        if QRect(bar.mapToGlobal(g.topLeft()), g.size()).intersects(spot):
            covered.append("menu " + a.text())
    out["covered"] = sorted(set(covered))
    w.allow_close = True
    w.close()
    print(json.dumps(out))
""")


@pytest.mark.parametrize("screen", [(1024, 600), (1366, 768)])
def test_on_a_real_size_screen_the_window_opens_whole_and_the_timer_covers_nothing(tmp_path, screen):
    """The first window was 1180 × 760 whatever the screen: at 1024 × 600 its close button was off
    the screen. The floating timer opened over the lower part of the forms, at 1366 × 768 over
    "Ouvrir le scénario" and the quote's totals."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "lab", "x": 0, "y": 0, "width": screen[0],
                                               "height": screen[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}), encoding="utf-8")
    (tmp_path / "home").mkdir(exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", AIMM_LAB_HOME=str(tmp_path / "home"),
               AIMM_LAB_LANG="fr")
    for var in ("AIMM_LAB_DB", "AIMM_LAB_PROFILE", "AIMM_LAB_SCENARIOS", "AIMM_LAB_STATE"):
        env.pop(var, None)
    state = state_copy(tmp_path, "b1-sav-comptoir")
    done = subprocess.run([sys.executable, "-c", SCREEN_RUN, str(tmp_path), str(Path(__file__).parent), str(state)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    free, window, timer = (QRect(*out[k]) for k in ("free", "window", "timer"))
    # The whole window, with room for a title bar of 40 pixels and more above it.
    assert free.contains(window)
    assert free.height() - window.height() >= 40 and window.width() <= free.width()
    assert free.contains(timer)
    assert out["covered"] == [], out["covered"]
    # In the band of the title bar and the menu bar, away from the title bar's buttons.
    assert timer.right() < window.right() - 138
    assert timer.top() <= window.top() + 40


def test_the_timer_moved_by_the_trainee_comes_back_there_and_the_former_place_is_not_used(app, qtbot):
    """The framed timer of before saved where it stood (over the forms, 220 × 100); that place is not
    restored. Where the trainee drags the new one is, with the size its contents need."""
    from ui import settings as opts
    from ui.countdown import TimerWindow
    from ui.qt import QByteArray, QWidget

    old = QWidget()
    qtbot.addWidget(old)
    old.setGeometry(500, 600, 220, 100)
    opts.store().setValue("timer/geometry", old.saveGeometry())  # as the former timer left it
    timer = TimerWindow(None)
    qtbot.addWidget(timer)
    assert not timer.placed and timer.height() < 60
    timer.move(123, 45)
    timer.show()
    timer.hide()  # as when the attempt ends: where it was is kept
    assert not opts.get("timer/place").isEmpty()
    again = TimerWindow(None)
    qtbot.addWidget(again)
    assert again.placed and again.pos() == timer.pos() and again.size() == timer.size()
    opts.put("timer/place", QByteArray())


OPEN_AND_CLOSE = textwrap.dedent(r"""
    import json, sys, time
    from ui.app import make_app
    from ui.mainwindow import MainWindow
    from ui.session import Session

    app = make_app()
    w = MainWindow(Session(db_path=sys.argv[1] + "/a.db"))
    w.show()
    w.start()
    end = time.monotonic() + 20
    while not w.ready and time.monotonic() < end:
        app.processEvents()
    print(json.dumps({"window": w.frameGeometry().getRect(), "free": w.screen().availableGeometry().getRect()}))
    w.close()  # keeps the window's geometry for next time
""")


def test_a_window_saved_on_a_larger_screen_opens_whole_on_a_smaller_one(tmp_path):
    """The same data folder on a 1366 × 768 screen, then on a 1024 × 600 projector: Qt gave the saved
    1180 × 720 window back as a 200 × 100 one."""
    (tmp_path / "home").mkdir(exist_ok=True)
    out = []
    for width, height in ((1366, 768), (1024, 600)):
        config = tmp_path / f"screen-{width}.json"
        config.write_text(json.dumps({"screens": [{"name": "lab", "x": 0, "y": 0, "width": width, "height": height,
                                                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}),
                          encoding="utf-8")
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                   AIMM_LAB_HOME=str(tmp_path / "home"), AIMM_LAB_LANG="fr")
        done = subprocess.run([sys.executable, "-c", OPEN_AND_CLOSE, str(tmp_path)], capture_output=True, text=True,
                              cwd=ROOT, env=env, timeout=120)
        assert done.returncode == 0, done.stderr[-3000:]
        out.append(json.loads(done.stdout.strip().splitlines()[-1]))
    assert (tmp_path / "home" / "settings.ini").is_file()
    for run in out:
        window, free = QRect(*run["window"]), QRect(*run["free"])
        assert free.contains(window) and window.width() >= 900 and window.height() >= 500, run
