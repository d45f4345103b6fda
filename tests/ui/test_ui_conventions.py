"""Qt conventions: shortcuts declared once and unique, every field named for screen readers
and reachable with the keyboard, the floating timer, the dark palette, window state kept,
and only ui/qt.py importing Qt."""

from __future__ import annotations

import re
from pathlib import Path

from ui_helpers import ROOT, add_trainee_when_asked, state_copy

from ui.qt import (
    QAbstractButton,
    QComboBox,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    Qt,
    QTableWidget,
    QTextBrowser,
)

FIELDS = (QLineEdit, QComboBox, QPlainTextEdit, QTextBrowser, QListWidget, QTableWidget)


def test_only_the_funnel_imports_qt():
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        if path.name == "qt.py" and path.parent == ROOT / "ui":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.match(r"\s*(from|import)\s+(PySide6|shiboken6)\b", line):
                offenders.append(f"{path.relative_to(ROOT)}: {line.strip()}")
    assert not offenders, offenders
    for path in (ROOT / "aimm_lab").rglob("*.py"):
        assert not re.search(r"^\s*(from|import)\s+(PySide6|shiboken6)\b", path.read_text(encoding="utf-8"), re.M), path


def test_shortcuts_are_declared_once_and_never_clash(window_factory):
    from ui.actions import ACTIONS

    w = window_factory()
    seen = {}
    for spec in ACTIONS:
        seq = w.actions[spec.id].shortcut()
        if seq.isEmpty():
            continue
        key = seq.toString(QKeySequence.SequenceFormat.PortableText)
        assert key not in seen, f"{spec.id} and {seen[key]} share {key}"
        seen[key] = spec.id
    assert seen["F5"] == "check_all"


def named(widget) -> bool:
    if widget.accessibleName():
        return True
    # A label that is the field's buddy names it too.
    return any(lbl.buddy() is widget for lbl in widget.window().findChildren(QLabel))


def unnamed_fields(page) -> list[str]:
    out = []
    for cls in FIELDS:
        for widget in page.findChildren(cls):
            if widget.isVisibleTo(page) and not named(widget):
                out.append(f"{cls.__name__} {widget.objectName() or '?'}")
    for button in page.findChildren(QAbstractButton):
        if button.isVisibleTo(page) and not (button.text() or button.accessibleName() or button.toolTip()):
            if button.objectName().startswith("qt_"):  # Qt's own (scroll arrows, spin buttons)
                continue
            out.append(f"button {button.objectName() or '?'}")
    return out


def tab_chain(w, start, steps=200) -> list:
    """The widgets Tab reaches, in order, from `start`."""
    chain, widget = [], start
    for _ in range(steps):
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
    return chain


def test_screens_name_their_fields_and_tab_reaches_them(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, "b3-apipa", "broken"))
    lib = w.library
    assert unnamed_fields(lib) == []
    chain = tab_chain(w, lib.search)
    assert lib.table in chain and lib.block in chain and lib.platform in chain

    w.show_scenario("b3-apipa")
    assert unnamed_fields(w.scenario_page) == []
    assert w.scenario_page.practice in tab_chain(w, w.scenario_page.back)

    add_trainee_when_asked("Mia Roche")
    w.scenario_page.practice.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    ap = w.attempt_page
    for key in ap.items:
        ap.task_list.setCurrentItem(ap.items[key])
        qtbot.wait(10)
        assert unnamed_fields(ap) == [], key
    report = next(t for t in ap.scenario.tasks if t.kind == "report")
    ap.select_task(report.id)
    form = ap.panels[report.id]
    chain = tab_chain(w, ap.task_list)
    assert form.fields["ticket"] in chain and form.fields["backup"] in chain
    # Multi-line fields pass Tab on instead of swallowing it.
    assert form.fields["diagnosis"].tabChangesFocus()


def test_floating_timer_stays_on_top_and_shows_the_time(window_factory, qtbot, tmp_path):
    w = window_factory(state_copy(tmp_path, "b3-apipa", "broken"))
    assert not w.actions["timer_window"].isEnabled()
    w.set_trainee(w.session.add_trainee("Léo Petit"))
    w.show_scenario("b3-apipa")
    w.scenario_page.practice.click()
    qtbot.waitUntil(lambda: w.current_page() == "attempt", timeout=15000)
    assert w.actions["timer_window"].isEnabled()
    w.actions["timer_window"].trigger()
    tw = w.timer_window
    assert tw.isVisible()
    assert tw.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert tw.countdown.text() == w.attempt_page.countdown.text() or tw.countdown.text().startswith("44:")
    assert "APIPA" in tw.title.text()
    # Away from the attempt page, the status bar keeps the time in view too.
    w.show_library()
    qtbot.waitUntil(lambda: w.mini_countdown is not None and w.mini_countdown.isVisible(), timeout=3000)
    tw.close()
    assert not w.actions["timer_window"].isChecked()


def test_dark_palette_gives_light_outcome_colours(app):
    from ui import theme
    from ui.qt import QApplication

    before = QApplication.palette()
    try:
        QApplication.setPalette(theme._dark_palette())
        assert theme.is_dark()
        assert theme.color("FAIL") == theme.COLORS["FAIL"][1]
    finally:
        QApplication.setPalette(before)
    assert not theme.is_dark()
    assert theme.color("FAIL") == theme.COLORS["FAIL"][0]


def test_window_geometry_is_kept_between_runs(window_factory):
    from ui import settings as opts

    w = window_factory()
    w.resize(900, 575)
    w.move(30, 21)
    w.allow_close = True
    w.close()
    assert not opts.get("window/geometry").isEmpty() and not opts.get("window/state").isEmpty()
    w2 = window_factory(db_name="other.db")
    # Qt's offscreen screen is 800 pixels wide: the width and x are fitted to it; the rest is kept.
    assert w2.height() == 575 and abs(w2.y() - 21) <= 4


def test_pages_load_only_when_first_needed(window_factory):
    w = window_factory()
    assert set(w.pages) >= {"library", "scenario"}
    assert "attempt" not in w.pages and "results" not in w.pages and "history" not in w.pages
    assert Path(ROOT / "ui" / "i18n" / "aimm_lab_en.qm").is_file()


def test_each_data_folder_keeps_its_own_window_preferences(app, tmp_path, monkeypatch):
    from ui import settings as opts

    one, two = tmp_path / "salle-b12", tmp_path / "salle-b14"
    monkeypatch.setenv("AIMM_LAB_HOME", str(one))
    opts.put("library/block", "B2")
    opts.store().sync()
    assert (one / "settings.ini").is_file() and "B2" in (one / "settings.ini").read_text(encoding="utf-8")
    monkeypatch.setenv("AIMM_LAB_HOME", str(two))
    assert opts.get("library/block") == ""  # the other folder does not see it
    opts.put("library/block", "B3")
    monkeypatch.setenv("AIMM_LAB_HOME", str(one))
    assert opts.get("library/block") == "B2"
    monkeypatch.delenv("AIMM_LAB_HOME")
    assert opts.get("library/block") == ""  # nor does the account's own place
