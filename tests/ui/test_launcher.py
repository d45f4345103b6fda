"""`aimm-lab` (ui.launcher): with no arguments it opens the window, without loading the command
line; with a command it runs the core's command line, lent the window and the jury PDF."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

OPENS_THE_WINDOW = r"""
import json, sys
from ui.app import make_app
from ui.qt import QApplication, QTimer
app = make_app()
seen = {}
def look():
    seen["windows"] = [w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
    seen["cli_loaded"] = sorted(m for m in sys.modules if m == "aimm_lab.cli" or m.startswith("aimm_lab.cli."))
    for w in QApplication.topLevelWidgets():
        if hasattr(w, "allow_close"):
            w.allow_close = True
    QApplication.quit()
QTimer.singleShot(1500, look)
import ui.launcher
code = ui.launcher.main([])
print(json.dumps({"code": code, **seen}))
"""


def env(tmp_path) -> dict:
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen", AIMM_LAB_HOME=str(tmp_path / "home"),
             AIMM_LAB_DB=str(tmp_path / "lab.db"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    e.pop("AIMM_LAB_STATE", None)
    return e


def test_no_arguments_opens_the_main_window_without_the_command_line(tmp_path):
    out = subprocess.run([sys.executable, "-c", OPENS_THE_WINDOW], cwd=ROOT, env=env(tmp_path), capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["code"] == 0
    assert got["windows"] == ["mainWindow"], got
    assert got["cli_loaded"] == []  # the window came first: no command line was loaded for it


def test_global_options_alone_still_open_the_window(monkeypatch, tmp_path):
    import ui.launcher as launcher

    calls = []
    monkeypatch.setattr(launcher, "open_gui", lambda db_path, state_path, lang: calls.append((db_path, lang)) or 0)
    assert launcher.main(["--db", str(tmp_path / "x.db"), "--lang", "en"]) == 0
    assert calls == [(str(tmp_path / "x.db"), "en")]


def test_a_command_runs_the_core_command_line(tmp_path):
    out = subprocess.run([sys.executable, "-m", "ui.launcher", "checks", "list", "--json"], cwd=ROOT,
                         env=env(tmp_path), capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert {"type", "params"} <= set(json.loads(out.stdout)[0])
