"""Start-up of the desktop application, against a bare PySide6 window measured in the same run.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7]

1. The real entry point on a real X server (Xvfb, started here if there is no DISPLAY): each run
   launches the `aimm-lab` command exactly as a trainee does (no arguments) and, alternately, a
   bare PySide6 QMainWindow program, and times from the launch until the X server shows a window
   of that process (polled with xdotool every 5 ms). Needs the Debian packages xvfb and xdotool;
   skipped with a message without them.
2. In-process figures on Qt's offscreen platform: `ui.app.launch` (what `aimm-lab` does before its
   event loop) against the bare window, and the resident memory once the window is shown and once
   the scenario library has loaded.

Runs alternate between the two programs so that both see the same machine; medians and their
ratio (target: 2x or less) are printed. A figure, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
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


BARE_LOOP = BARE + "app.exec()\n"


def shown_on_x(cmd: list[str], env: dict, timeout: float = 30) -> float:
    """Seconds from launching `cmd` until the X server shows a window of that process."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - t0 < timeout:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(p.pid)], env=env,
                                   capture_output=True, text=True)
            if found.stdout.strip():
                return time.perf_counter() - t0
            time.sleep(0.005)
        raise SystemExit(f"no window shown within {timeout} s: {cmd}")
    finally:
        p.kill()
        p.wait(timeout=30)


def real_entry_point(runs: int, base_env: dict, tmp: Path) -> None:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("real entry point: skipped (needs the packages xvfb and xdotool)")
        return
    aimm_lab = Path(sys.executable).parent / ("aimm-lab.exe" if os.name == "nt" else "aimm-lab")
    env = {k: v for k, v in base_env.items() if k != "QT_QPA_PLATFORM"}
    xvfb = None
    if not env.get("DISPLAY"):
        env["DISPLAY"] = ":97"
        xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
    try:
        env["AIMM_LAB_DB"] = str(tmp / "x.db")
        shown_on_x([sys.executable, "-c", BARE_LOOP], env)  # warm the file cache for both
        shown_on_x([str(aimm_lab)], env)
        bare, ours = [], []
        for _ in range(runs):
            bare.append(shown_on_x([sys.executable, "-c", BARE_LOOP], env))
            ours.append(shown_on_x([str(aimm_lab)], env))
    finally:
        if xvfb is not None:
            xvfb.kill()
            xvfb.wait(timeout=30)
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"real entry point on X ({runs} runs each, medians):")
    print(f"  bare PySide6 QMainWindow on screen after  {b * 1000:7.0f} ms")
    print(f"  `aimm-lab` main window on screen after    {o * 1000:7.0f} ms")
    print(f"  ratio                                     {o / b:7.2f}x (target <= 2x)")


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
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory() as tmp:
        env["AIMM_LAB_HOME"] = str(Path(tmp) / "home")
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        (Path(tmp) / "home").mkdir()
        real_entry_point(ns.runs, env, Path(tmp))
        env["QT_QPA_PLATFORM"] = "offscreen"
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
    print(f"in-process, offscreen ({ns.runs} runs each, medians):")
    print(f"  bare PySide6 QMainWindow shown after  {b * 1000:7.0f} ms")
    print(f"  ui.app.launch main window shown after {o * 1000:7.0f} ms")
    print(f"  ratio                                 {o / b:7.2f}x")
    print(f"resident memory, window shown         {rss_shown:7.1f} MiB")
    print(f"resident memory, {mem[0]['scenarios']} scenarios loaded  {rss_ready:7.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
