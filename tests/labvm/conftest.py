"""The virtual Debian lab PC for the `labvm` tests.

One run per pytest session (image from the cache or built, lab network, one cold boot, a saved
state); each test gets a clean clone. Skipped, with the reason, only where QEMU cannot run at all.

Re-recording the scenarios' Linux fixtures from the guest: `pytest tests/labvm --labvm-record`
(or AIMM_LABVM_RECORD=1) writes scenarios/<block>/fixtures/<id>/broken.json and solved.json.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import labvm_qemu
import pytest
from labvm_pc import LabRun

_STATE: dict = {"run": None, "error": None, "reason": None, "timings": {}, "tests": {}}


def pytest_addoption(parser):
    parser.addoption("--labvm-record", action="store_true", default=False,
                     help="record the scenarios' Linux fixtures from the virtual lab PC")


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.labvm)


@pytest.fixture(scope="session")
def record_fixtures(request) -> bool:
    return bool(request.config.getoption("--labvm-record") or os.environ.get("AIMM_LABVM_RECORD") == "1")


@pytest.fixture(scope="session")
def lab_run():
    reason = labvm_qemu.unavailable_reason()
    if reason:
        _STATE["reason"] = reason
        pytest.skip(f"virtual lab PC unavailable: {reason}")
    if _STATE["error"] is not None:
        pytest.fail(f"the virtual lab PC could not be prepared: {_STATE['error']}", pytrace=False)
    t = time.monotonic()
    try:
        run = LabRun.start()
    except Exception as e:
        _STATE["error"] = f"{type(e).__name__}: {e}"
        raise
    run.timings["run_start"] = time.monotonic() - t
    _STATE["run"] = run
    _STATE["timings"] = run.timings
    try:
        yield run
    finally:
        run.stop()
        _STATE["run"] = None


@pytest.fixture
def lab_pc(lab_run, request):
    t = time.monotonic()
    pc = lab_run.clone(request.node.name)
    try:
        yield pc
    finally:
        lab_run.discard(pc)
        _STATE["tests"][request.node.nodeid] = {"resume": round(pc.timings.get("resume", 0), 1),
                                                "total": round(time.monotonic() - t, 1)}


def pytest_terminal_summary(terminalreporter):
    if not _STATE["timings"] and not _STATE["tests"]:
        return
    tr = terminalreporter
    tr.section("virtual lab PC")
    if _STATE["reason"]:
        tr.write_line(f"skipped: {_STATE['reason']}")
    accel = labvm_qemu.accelerator()[1]
    tr.write_line(f"accelerator: {accel}")
    for k, v in _STATE["timings"].items():
        tr.write_line(f"{k:<26} {v:7.1f} s")
    for nodeid, t in _STATE["tests"].items():
        tr.write_line(f"{t['total']:6.1f} s (resume {t['resume']:4.1f} s)  {nodeid.split('::')[-1]}")
    out = os.environ.get("AIMM_LABVM_TIMINGS")
    if out:
        Path(out).write_text(json.dumps({"setup": _STATE["timings"], "tests": _STATE["tests"]}, indent=1))
