"""The layering contract (pyproject.toml, [tool.importlinter]) read from the source files, imports
inside functions included: the core never imports `ui` or Qt, and its packages form layers with
no loop. A second test proves the checker would see a deliberate bad import."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command as c; "
        "sys.exit(c(['--no-cache']))"]


def lint(where: Path) -> subprocess.CompletedProcess:
    return subprocess.run(LINT, cwd=where, capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(where), "PATH": "/usr/bin:/bin",
                               # Windows: Python cannot start without SYSTEMROOT (its random numbers come from it)
                               **{k: v for k, v in os.environ.items() if k.upper() == "SYSTEMROOT"}})


def test_the_source_keeps_the_layering_contract():
    r = lint(ROOT)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "2 kept, 0 broken" in r.stdout


def test_the_contract_catches_an_upward_import_hidden_in_a_function(tmp_path):
    for name in ("aimm_lab", "ui"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    with open(tmp_path / "aimm_lab" / "grade.py", "a", encoding="utf-8") as f:
        f.write("\n\ndef _up():\n    from ui.app import main  # noqa: F401\n")
    with open(tmp_path / "aimm_lab" / "machine" / "base.py", "a", encoding="utf-8") as f:
        f.write("\n\ndef _loop():\n    from ..exam import engine  # noqa: F401\n")
    r = lint(tmp_path)
    assert r.returncode != 0
    assert "aimm_lab.grade -> ui.app" in r.stdout
    assert "aimm_lab.machine.base -> aimm_lab.exam.engine" in r.stdout
    assert "0 kept, 2 broken" in r.stdout
