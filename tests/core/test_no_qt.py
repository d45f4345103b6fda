"""The core never imports Qt: import aimm_lab and every submodule in a fresh interpreter."""

import subprocess
import sys

CODE = """
import importlib, pkgutil, sys
import aimm_lab
names = [m.name for m in pkgutil.walk_packages(aimm_lab.__path__, "aimm_lab.")]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6", "ui"))
print(len(names), qt)
"""


def test_core_imports_no_qt():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True).stdout
    count, qt = out.strip().split(" ", 1)
    assert int(count) >= 15
    assert qt == "[]"
