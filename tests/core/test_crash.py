"""Kill the terminal runner with SIGKILL at random points of a timed attempt (practice on a recorded state: an
exam reads this PC) while it is
checking and saving, restart it, and check that nothing journaled was lost, that the deadline
is the same, and that SQLite finds the database intact.

10 runs in the default suite; 100 with `pytest -m slow`."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from attempt_kit import GOOD_QUOTE, state, write_scenario, write_state

from aimm_lab.exam.clock import parse_iso
from aimm_lab.exam.engine import Engine
from aimm_lab.store.db import Store

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"),
                                reason="SIGKILL is POSIX: Windows has no signal that kills a process this way")

ACK = re.compile(r"\[#(\d+)\]\s*$")
DEADLINE = re.compile(r"\((?:échéance|deadline) (\S+Z)\)")


def runner(tmp: Path, *, stdin=subprocess.PIPE) -> subprocess.Popen:
    env = dict(os.environ, AIMM_LAB_LANG="fr", PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "aimm_lab.cli", "--db", str(tmp / "lab.db"), "run", str(tmp / "sc" / "t-depannage.toml"),
         "--trainee", "camille", "--minutes", "60", "--machine", str(tmp / "state.json")],
        stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp, text=True, encoding="utf-8")


def feed(proc: subprocess.Popen, stop: threading.Event) -> None:
    """What a busy trainee types, over and over: checks, state records, a quote, the report."""
    cycle = ["check", "record", f"document devis {Path('quote.json')}", "check adresse", "report",
             "ticket = 2025-0412", "diagnosis = ip addr : 169.254.20.7/16", ".", "status"]
    try:
        while not stop.is_set():
            for line in cycle:
                proc.stdin.write(line + "\n")
            proc.stdin.flush()
            time.sleep(0.005)
    except (BrokenPipeError, OSError, ValueError):
        pass


def one_run(tmp: Path, rng: random.Random) -> tuple[set[int], str]:
    """Start (or resume) the attempt, let it work, kill it at a random moment. Returns the event
    numbers it had acknowledged as saved, and the deadline it announced."""
    proc = runner(tmp)
    out: list[str] = []
    started = threading.Event()

    def read():
        for line in proc.stdout:
            out.append(line)
            if DEADLINE.search(line):
                started.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    stop = threading.Event()
    writer = threading.Thread(target=feed, args=(proc, stop), daemon=True)
    assert started.wait(30), "".join(out) + proc.stderr.read() if proc.poll() is not None else "".join(out)
    writer.start()
    time.sleep(rng.uniform(0.0, 0.8))  # somewhere in the middle of checking and saving
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    stop.set()
    reader.join(10)
    writer.join(10)
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        try:
            pipe.close()
        except OSError:  # the stdin buffer cannot be flushed into a dead process
            pass
    assert proc.returncode == -signal.SIGKILL
    acked = {int(m.group(1)) for line in out if (m := ACK.search(line.strip()))}
    deadline = next(m.group(1) for line in out if (m := DEADLINE.search(line)))
    return acked, deadline


def resume_and_look(tmp: Path) -> str:
    """A clean restart: the runner resumes the same attempt and says when it ends."""
    proc = runner(tmp, stdin=subprocess.PIPE)
    out, err = proc.communicate("status\nquit\n", timeout=60)
    assert proc.returncode == 0, out + err
    assert "Reprise de la tentative" in out, out
    return next(m.group(1) for line in out.splitlines() if (m := DEADLINE.search(line)))


@pytest.fixture
def lab(tmp_path):
    write_scenario(tmp_path / "sc")
    write_state(tmp_path, state(padding=400), "state.json")  # a big state: saving takes a while
    import json

    (tmp_path / "quote.json").write_text(json.dumps(GOOD_QUOTE), encoding="utf-8")
    return tmp_path


def storm(tmp: Path, runs: int, seed: int) -> dict:
    rng = random.Random(seed)
    first_deadline = None
    total_acked: set[int] = set()
    for i in range(runs):
        acked, deadline = one_run(tmp, rng)
        first_deadline = first_deadline or deadline
        total_acked |= acked
        after = resume_and_look(tmp)
        with Store(tmp / "lab.db") as store:
            assert store.integrity_check() == "ok"
            ids = store.all_attempt_ids()
            assert len(ids) == 1, f"run {i}: the attempt was not resumed"
            seqs = {ev.seq for ev in store.events(ids[0])}
            lost = total_acked - seqs
            assert not lost, f"run {i}: acknowledged events lost: {sorted(lost)}"
            verdicts = Engine(store).verify()
            assert all(v.ok for v in verdicts), [p.fr for v in verdicts for p in v.problems]
            row = store.attempt_row(ids[0])
        for d in (deadline, after, row["deadline"]):
            assert abs(parse_iso(d) - parse_iso(first_deadline)) <= 2000, (i, d, first_deadline)
        assert row["status"] == "running"
    return {"runs": runs, "events": len(seqs), "acked": len(total_acked)}


def test_sigkill_while_checking_and_saving(lab):
    figures = storm(lab, 10, seed=20261128)
    assert figures["acked"] >= 10  # the runs did journal things before being killed


@pytest.mark.slow
def test_sigkill_storm_hundred_runs(lab, request):
    expr = request.config.getoption("markexpr") or ""
    if "slow" not in expr or "not slow" in expr:
        pytest.skip("100 SIGKILL runs: pytest -m slow")
    figures = storm(lab, 100, seed=24787)
    assert figures["acked"] >= 100
