"""Desktop application tests: offscreen Qt (tests/conftest.py), a real SQLite file and a
real QSettings file per test, recorded machine states copied beside the test so a test
can "repair the PC" by swapping the state file, and real dialogs answered by clicking."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_helpers import close_window, make_window


def pytest_collection_modifyitems(items):
    # The offscreen platform warns that it cannot pass window size hints to a window manager
    # nor raise a window (it has no window manager); nothing to do with the program.
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints",
                                                      "This plugin does not support raise"))


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Own data folder and own QSettings file; French unless a test switches."""
    monkeypatch.setenv("AIMM_LAB_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("AIMM_LAB_LANG", "fr")
    for var in ("AIMM_LAB_DB", "AIMM_LAB_PROFILE", "AIMM_LAB_SCENARIOS", "AIMM_LAB_STATE"):
        monkeypatch.delenv(var, raising=False)
    (tmp_path / "home").mkdir()
    from ui.qt import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from aimm_lab import i18n

    i18n.set_lang(None)
    yield tmp_path


@pytest.fixture
def app(qapp):
    from ui.app import make_app

    return make_app()


@pytest.fixture
def window_factory(app, qtbot, tmp_path):
    made = []

    def make(state=None, now=None, db_name="aimm.db"):
        w = make_window(qtbot, tmp_path, state, now, db_name)
        made.append(w)
        return w

    yield make
    for w in made:
        close_window(w)
