"""Start-up of the desktop application, against a bare PySide6 window measured in the same run.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7]

Each run starts a fresh Python process and measures, from the moment the process is
launched, the time until the main window is shown (shown and its first events handled):
once for a bare PySide6 QMainWindow, once for AIMM Lab's window (translators, settings,
palette, menus, library page; the scenarios and the database then load in the
background). Runs alternate between the two so that both see the same machine. It prints
the medians, their ratio (target: 2x or less) and the resident memory of the AIMM Lab
process once its window is shown and once the scenario library has loaded.

Without a display it uses Qt's offscreen platform. A figure, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
import json, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1180, 760)
w.setWindowTitle("bare")
w.show()
app.processEvents()
print(json.dumps({"shown": True}), flush=True)
"""

APP = r"""
import json, os, sys, time
from ui.app import launch
app, w = launch(db_path=sys.argv[1])  # what `aimm-lab` does before entering the event loop
print(json.dumps({"shown": True}), flush=True)
import psutil
rss_shown = psutil.Process().memory_info().rss
end = time.monotonic() + 30
while not w.ready and time.monotonic() < end:
    app.processEvents()
    time.sleep(0.005)
print(json.dumps({"rss_shown": rss_shown, "rss_ready": psutil.Process().memory_info().rss,
                  "scenarios": len(w.session.library.scenarios) if w.session.library else 0}), flush=True)
w.allow_close = True
w.close()
"""


def run(code: str, args: list[str], env: dict) -> tuple[float, dict]:
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True)
    first = p.stdout.readline()
    shown = time.perf_counter() - t0
    if '"shown"' not in first:
        p.kill()
        raise SystemExit(f"the child did not show its window: {first!r}")
    extra = {}
    for line in p.stdout:
        extra.update(json.loads(line))
    p.wait(timeout=60)
    return shown, extra


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ns = ap.parse_args(argv)
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory() as tmp:
        env["AIMM_LAB_HOME"] = str(Path(tmp) / "home")
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        (Path(tmp) / "home").mkdir()
        run(BARE, [], env)  # warm the file cache for both
        run(APP, [str(Path(tmp) / "warm.db")], env)
        bare, ours, mem = [], [], []
        for i in range(ns.runs):
            bare.append(run(BARE, [], env)[0])
            t, extra = run(APP, [str(Path(tmp) / f"run{i}.db")], env)
            ours.append(t)
            mem.append(extra)
    b, o = statistics.median(bare), statistics.median(ours)
    rss_shown = statistics.median(m["rss_shown"] for m in mem) / 2**20
    rss_ready = statistics.median(m["rss_ready"] for m in mem) / 2**20
    print(f"platform: {env.get('QT_QPA_PLATFORM') or 'native'}; {ns.runs} runs each, medians")
    print(f"bare PySide6 QMainWindow shown after  {b * 1000:7.0f} ms")
    print(f"AIMM Lab main window shown after      {o * 1000:7.0f} ms")
    print(f"ratio                                 {o / b:7.2f}x (target <= 2x)")
    print(f"resident memory, window shown         {rss_shown:7.1f} MiB")
    print(f"resident memory, {mem[0]['scenarios']} scenarios loaded  {rss_ready:7.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
