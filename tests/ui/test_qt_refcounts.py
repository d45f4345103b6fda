"""The Qt binding must not lose references to Python's shared objects: PySide6 6.12.0's
`SignalInstance.emit()` dropped one reference to True per call, so after a few thousand signals
(a long session) Python freed True and the program died on exit or later with "Fatal Python
error: bool_dealloc". pyproject.toml excludes that version; this test catches it, or any binding
with the same fault, in a child process (the fault kills the process that has it)."""

from __future__ import annotations

import json
import subprocess
import sys

CHILD = r"""
import json, sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])

class Source(QObject):
    number = Signal(int)
    flag = Signal(bool)
    thing = Signal(object)

s = Source()
got = []
s.number.connect(got.append)
s.flag.connect(got.append)
s.thing.connect(got.append)
before = {"True": sys.getrefcount(True), "False": sys.getrefcount(False), "None": sys.getrefcount(None)}
for i in range(2000):
    s.number.emit(i)
    s.flag.emit(i % 2 == 0)
    s.thing.emit(None)
after = {"True": sys.getrefcount(True), "False": sys.getrefcount(False), "None": sys.getrefcount(None)}
got.clear()
print(json.dumps({"before": before, "after": after}))
"""


def test_emitting_signals_keeps_references_to_true_false_and_none():
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, f"the Qt binding crashed the process: {out.stderr[-500:]}"
    counts = json.loads(out.stdout)
    for name, before in counts["before"].items():
        lost = before - counts["after"][name]
        assert lost < 100, f"{lost} references to {name} lost over 6000 signals"
