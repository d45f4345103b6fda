"""A lone PC's exam, hardened: each row of the cheating table of issue 12 that a lone PC can detect or
prevent, tried for real (the command line in a subprocess, a clock set back with faketime, a journal
rewritten with its triggers dropped) and shown to fail or to be shown to the trainer."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from attempt_kit import (
    BROKEN,
    SOLVED,
    TRAINER_PIN,
    machine,
    profile,
    set_trainer_pin,
    write_scenario,
    write_state,
)

from aimm_lab.exam import clock as clk
from aimm_lab.exam import timeline as tl
from aimm_lab.exam.engine import Engine
from aimm_lab.scenarios.loader import load_file
from aimm_lab.store.chain import make_event
from aimm_lab.store.db import PIN_KEY, Store
from aimm_lab.trainer.pin import SCRYPT, PinDuringExam, PinGuard, PinInvalid, check_new_pin, hash_pin

SC = "t-depannage.toml"


def cli(tmp: Path, *args: str, stdin: str = "", db: str = "lab.db", pre: tuple[str, ...] = (), timeout: float = 120):
    env = dict(os.environ, AIMM_LAB_LANG="fr")
    return subprocess.run([*pre, sys.executable, "-m", "aimm_lab.cli", "--db", str(tmp / db), *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=tmp, timeout=timeout)


@pytest.fixture
def lab(tmp_path):
    write_scenario(tmp_path / "sc")
    write_state(tmp_path, BROKEN, "broken.json")
    write_state(tmp_path, SOLVED, "solved.json")
    return tmp_path


def scenario(lab):
    return load_file(lab / "sc" / SC)


def exam(lab, trainee="ines", minutes=60, **kw):
    with Store(lab / "lab.db") as store:
        return Engine(store, machine(BROKEN), profile=profile(), **kw).start(scenario(lab), trainee, "exam",
                                                                             minutes=minutes).id


# --------------------------------------------------------------------------- row 3: trainer actions need the PIN

@pytest.mark.parametrize("action", [["add-time", "{id}", "30"], ["pause", "{id}"], ["end", "{id}"],
                                    ["grade", "{id}", "client", "accueil", "1"], ["release", "{id}"]])
def test_trainer_actions_on_the_command_line_need_the_pin(lab, action):
    aid = exam(lab)
    args = ["attempts", *[a.format(id=aid) for a in action]]
    no_pin_set = cli(lab, *args)
    assert no_pin_set.returncode == 2 and "aucun code formateur" in no_pin_set.stderr
    with Store(lab / "lab.db") as s:
        set_trainer_pin(s)
    no_terminal = cli(lab, *args)  # standard input is not a terminal and --pin-stdin not given
    assert no_terminal.returncode == 2 and "--pin-stdin" in no_terminal.stderr
    wrong = cli(lab, *args, "--pin-stdin", stdin="000000\n")
    assert wrong.returncode == 2 and "incorrect" in wrong.stderr
    with Store(lab / "lab.db") as s:
        kinds = [e.kind for e in s.events(aid)]
    assert kinds[0] == "started" and set(kinds) <= {"started", "check"}  # nothing done without the PIN (check: the fault check at start)
    ok = cli(lab, *args, "--pin-stdin", "--by", "prof", stdin=TRAINER_PIN + "\n")
    if action[0] == "release":
        assert ok.returncode == 2 and "une fois la tentative terminée" in ok.stderr  # the PIN passed; the rule holds
    elif action[0] == "grade":
        assert ok.returncode in (0, 2)
    else:
        assert ok.returncode == 0, ok.stderr
        with Store(lab / "lab.db") as s:
            last = s.events(aid)[-1]
        assert last.data["by"] == "prof" and last.data["pin"] == s.pin_fingerprint()


def test_import_and_gradebook_rule_need_the_pin(lab):
    with Store(lab / "lab.db") as s:
        set_trainer_pin(s)
    rule = cli(lab, "gradebook", "rule", "last")
    assert rule.returncode == 2 and "code formateur" in rule.stderr
    assert cli(lab, "gradebook", "rule").stdout.startswith("best")  # reading it needs nothing
    assert cli(lab, "gradebook", "rule", "last", "--pin-stdin", stdin=TRAINER_PIN + "\n").returncode == 0
    imp = cli(lab, "attempts", "import", str(lab / "broken.json"))
    assert imp.returncode == 2 and "code formateur" in imp.stderr


# --------------------------------------------------------------------------- row 4: exams on a recorded state

def test_an_exam_on_a_recorded_state_is_refused_and_practice_on_one_is_labelled(lab):
    p = cli(lab, "run", str(lab / "sc" / SC), "--trainee", "yan", "--mode", "exam", "--machine",
            str(lab / "solved.json"), stdin="check\nsubmit\n")
    assert p.returncode == 2 and "pas sur un état enregistré" in p.stderr
    with Store(lab / "lab.db") as s:
        assert s.all_attempt_ids() == []
    aid = exam(lab, "yan")  # an exam started on this PC cannot be resumed on a recorded state either
    p = cli(lab, "run", str(lab / "sc" / SC), "--trainee", "yan", "--machine", str(lab / "solved.json"),
            stdin="check\nsubmit\n")
    assert p.returncode == 2 and "pas sur un état enregistré" in p.stderr
    with Store(lab / "lab.db") as s:
        kinds = [e.kind for e in s.events(aid)]
        assert kinds[0] == "started" and set(kinds) <= {"started", "check"}  # check: the fault check at start
    # One exam at a time on a PC: yan hands in (on this PC) before zoe practises.
    assert cli(lab, "run", str(lab / "sc" / SC), "--trainee", "yan", stdin="submit\n").returncode == 0
    p = cli(lab, "run", str(lab / "sc" / SC), "--trainee", "zoe", "--machine", str(lab / "solved.json"),
            stdin="check\nsubmit\n")
    assert p.returncode == 0 and "Sur un état machine enregistré" in p.stdout
    with Store(lab / "lab.db") as s:
        (pid,) = [i for i in s.all_attempt_ids() if i != aid]
        journal = s.journal(pid)
    assert journal[0]["data"]["machine"] == "recorded"
    assert all(r["data"].get("machine") == "recorded" for r in journal if r["kind"] == "check")
    shown = cli(lab, "attempts", "show", pid)
    assert "⚠" in shown.stdout and "état enregistré" in shown.stdout


# --------------------------------------------------------------------------- row 5: the clock

class FakeClocks:
    def __init__(self, wall):
        self.wall, self.mono = wall, 1_000_000

    def tick(self, ms, wall_jump=0):
        self.mono += ms
        self.wall += ms + wall_jump


def test_a_wall_clock_changed_while_running_is_journaled_and_gives_no_time(lab):
    t0 = clk.parse_iso("2026-11-30T08:00:00.000Z")
    c = FakeClocks(t0)
    watched = clk.WatchedClock(lambda: c.wall, lambda: c.mono)
    with Store(lab / "lab.db") as store:
        e = Engine(store, machine(BROKEN), profile=profile(), now=watched)
        a = e.start(scenario(lab), "lou", "exam", minutes=60)
        c.tick(50 * 60_000)
        assert e.remaining(a) == 10 * 60
        c.tick(1000, wall_jump=-30 * 60_000)  # the trainee sets the PC's clock 30 minutes back
        assert e.remaining(a) == 9 * 60 + 59  # the time left follows the monotonic clock
        e.due_warnings(a)
        clock_events = [x for x in e.events(a) if x.kind == "clock"]
        assert len(clock_events) == 1 and clock_events[0].data["what"] == "jump"
        assert clock_events[0].data["delta_ms"] == -30 * 60_000
        c.tick(10 * 60_000)
        assert e.get(a).overdue(e.now())  # the deadline is the real one
        entries = tl.timeline(store.journal(a.id), store.pin_fingerprint())
        assert any(x.alert and "horloge" in x.text.fr for x in entries)


def test_a_clock_behind_the_journal_at_start_is_an_anomaly_and_gives_no_time_back(lab):
    t0 = clk.parse_iso("2026-11-30T08:05:00.000Z")
    with Store(lab / "lab.db") as store:
        e = Engine(store, machine(BROKEN), profile=profile(), now=clk.WatchedClock(lambda: t0, lambda: 0))
        a = e.start(scenario(lab), "max", "exam", minutes=60)
        late = t0 + 59 * 60_000
        Engine(store, machine(BROKEN), now=clk.WatchedClock(lambda: late, lambda: 0)).check(a)
        # a later start under a clock set 20 minutes back (and on another boot: no boot clock to compare)
        back = late - 20 * 60_000
        e2 = Engine(store, machine(BROKEN), now=clk.WatchedClock(lambda: back, lambda: 0))
        e2.expire_overdue()
        kinds = [(x.kind, x.data.get("what")) for x in e2.events(a)]
        assert ("clock", "behind_journal") in kinds or ("clock", "behind_boot") in kinds
        assert e2.remaining(a) <= 60  # not 21 minutes: the journal's time was kept
        assert e2.events(a)[-1].at >= e2.events(a)[-2].at  # the journal never goes back in time


@pytest.mark.skipif(shutil.which("faketime") is None or not Path("/proc/uptime").exists(),
                    reason="needs faketime (apt-get install faketime) and a Linux boot clock")
def test_faketime_an_expired_exam_does_not_resume_under_a_clock_set_back(lab):
    """The issue's row, for real: started 2 minutes ago for 1 minute (so it expired a minute ago), then the
    terminal runner started under `faketime -f -10m` on this PC (no recorded state)."""
    with Store(lab / "lab.db") as store:
        e = Engine(store, None, profile=profile(), now=clk.WatchedClock(lambda: clk.wall_ms() - 2 * 60_000))
        aid = e.start(scenario(lab), "noa", "exam", minutes=1).id
        # what any write of the program at the real time leaves (a warning, a saved report...): the time
        # journaled, with the boot clock then
        boot_id, up_ms = clk.boot_clock()
        store.set_setting("clock_anchor", {"at_ms": clk.wall_ms(), "boot_id": boot_id, "up_ms": up_ms})
    unprotected_left = (clk.wall_ms() - 10 * 60_000 - (clk.wall_ms() - 2 * 60_000)) < 0  # the faked wall is before the start
    assert unprotected_left
    p = cli(lab, "run", str(lab / "sc" / SC), "--trainee", "noa", stdin="status\nquit\n",
            pre=("faketime", "-f", "-10m"))
    assert p.returncode == 0, p.stderr
    assert "reste" not in p.stdout or "Temps écoulé" in p.stdout
    with Store(lab / "lab.db") as store:
        a = Engine(store, None, now=lambda: clk.wall_ms()).get(aid)
        events = store.journal(aid)
    assert a.status == "expired" and a.submitted_at == a.deadline
    anomalies = [x["data"] for x in events if x["kind"] == "clock"]
    assert anomalies and anomalies[0]["what"] == "behind_boot"
    assert -11 * 60_000 < anomalies[0]["delta_ms"] < -7 * 60_000
    assert all(events[i]["at"] <= events[i + 1]["at"] for i in range(len(events) - 1))
    shown = cli(lab, "attempts", "show", aid)
    assert "horloge reculée" in shown.stdout


# --------------------------------------------------------------------------- row 6: the PIN deleted during an exam

def test_a_pin_deleted_during_an_exam_cannot_be_set_again_and_is_shown(lab):
    with Store(lab / "lab.db") as s:
        set_trainer_pin(s)
    aid = exam(lab, "eva")
    with sqlite3.connect(lab / "lab.db") as db:
        db.execute("DELETE FROM settings WHERE key = ?", [PIN_KEY])
    with Store(lab / "lab.db") as s:
        with pytest.raises(PinDuringExam):
            PinGuard(s).set_pin("2468013579")
        add = cli(lab, "attempts", "add-time", aid, "30", "--pin-stdin", stdin="2468013579\n")
        assert add.returncode == 2
        # the trainee writes a PIN record of their own with the program's modules
        s.set_setting(PIN_KEY, hash_pin("2468013579", cost={"n": 2**10, "r": 8, "p": 1}))
    add = cli(lab, "attempts", "add-time", aid, "30", "--pin-stdin", stdin="2468013579\n")
    assert add.returncode == 0  # a lone PC cannot stop this: it is shown to the trainer
    with Store(lab / "lab.db") as s:
        entries = tl.timeline(s.journal(aid), s.pin_fingerprint(), s.get_setting(PIN_KEY))
    alerts = [x.text.fr for x in entries if x.alert]
    assert any("pas celui de l'examen" in t for t in alerts)
    assert any("n'est plus celui de l'examen" in t for t in alerts)
    shown = cli(lab, "attempts", "show", aid)
    assert "⚠" in shown.stdout and "temps ajouté : 30 min" in shown.stdout


def test_a_pin_changed_by_the_trainer_during_an_exam_is_journaled(lab):
    with Store(lab / "lab.db") as s:
        set_trainer_pin(s)
    aid = exam(lab, "gus")
    with Store(lab / "lab.db") as s:
        PinGuard(s).set_pin("8264013579", TRAINER_PIN, by="prof")
        ev = s.journal(aid)[-1]
        assert ev["kind"] == "pin_set" and ev["data"]["by"] == "prof" and ev["data"]["pin"] == s.pin_fingerprint()
        entries = tl.timeline(s.journal(aid), s.pin_fingerprint(), s.get_setting(PIN_KEY))
    assert any("code formateur changé par prof" in x.text.fr for x in entries)
    assert not any(x.alert and "code" in x.text.fr for x in entries)


# --------------------------------------------------------------------------- row 7: brute force of the PIN hash

@pytest.mark.parametrize("bad", ["12345", "1234567", "abcdefg", "aaaaaaaaa", "111111", "123456"])
def test_short_pins_are_refused(bad):
    with pytest.raises(PinInvalid):
        check_new_pin(bad)


def test_six_digits_or_a_passphrase_are_accepted():
    assert check_new_pin("739150") == "739150"
    assert check_new_pin("salle B12 le matin") == "salle B12 le matin"


def test_a_guess_at_a_copied_pin_hash_costs_what_the_docs_say(capsys):
    """The product's cost, measured: the time of one guess, and of the whole 6-digit space on this PC."""
    rec = hash_pin("739150")
    assert rec["n"] == SCRYPT["n"] >= 2**17 and rec["r"] == 8
    salt = bytes.fromhex(rec["salt"])
    t = time.perf_counter()
    for guess in ("000001", "000002", "000003"):
        hashlib.scrypt(guess.encode(), salt=salt, n=rec["n"], r=rec["r"], p=rec["p"], maxmem=256 * 2**20, dklen=32)
    per_guess = (time.perf_counter() - t) / 3
    cores = os.cpu_count() or 1
    whole = per_guess * 1_000_000 / cores
    with capsys.disabled():
        print(f"\nscrypt N=2^17 r=8: {per_guess:.3f} s a guess; the 6-digit space on {cores} core(s): "
              f"{whole / 86400:.1f} days")
    assert per_guess > 0.1 and whole > 86400  # more than a day for 6 digits, where 4 digits took 651 s


# --------------------------------------------------------------------------- row 2: journal rewritten, triggers dropped

def test_a_journal_rewritten_with_its_triggers_dropped_and_restored_is_reported(lab):
    aid = exam(lab, "rob")
    with Store(lab / "lab.db") as s:
        Engine(s, machine(BROKEN), profile=profile()).check(aid)
    assert cli(lab, "attempts", "verify").returncode == 0
    db = sqlite3.connect(lab / "lab.db")
    sql = {n: q for n, q in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")}
    for name in sql:
        db.execute(f"DROP TRIGGER {name}")
    rows = db.execute("SELECT seq, at, kind, data, prev_hash FROM events WHERE attempt_id = ? ORDER BY seq",
                      [aid]).fetchall()
    db.execute("DELETE FROM events WHERE attempt_id = ?", [aid])
    prev = "0" * 64
    for seq, at, kind, data, _ in rows:  # rewrite every event with the program's own hashing
        d = json.loads(data)
        if kind == "started":
            d["duration_ms"] = 600 * 60_000
        ev = make_event(aid, seq, at, kind, d, prev)
        db.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)",
                   [aid, seq, at, kind, ev.data_text, ev.prev_hash, ev.hash])
        prev = ev.hash
    for q in sql.values():
        db.execute(q)
    db.commit()
    db.close()
    with Store(lab / "lab.db") as s:
        from aimm_lab.exam.journal import Facts, derive_row
        e = Engine(s)
        row = s.attempt_row(aid)
        facts = Facts.from_journal(s.journal(aid))
        new = derive_row(aid, facts, e.scenario_of(aid), row["trainee_id"], row["updated_at"])
        with s.transaction() as tx:
            s.write_attempt(tx, new)
        assert all(v.ok for v in e.verify())  # the hashes alone cannot tell
    v = cli(lab, "attempts", "verify")
    assert v.returncode == 1 and "retirée puis remise" in v.stdout


# --------------------------------------------------------------------------- labels

def test_every_exam_today_is_labelled_local_and_unsupervised(lab):
    aid = exam(lab, "sam")
    shown = cli(lab, "attempts", "show", aid)
    assert "examen local, non surveillé" in shown.stdout
    listed = cli(lab, "attempts", "list")
    assert "local" in listed.stdout or "examen local" in shown.stdout
    with Store(lab / "lab.db") as s:
        assert s.journal(aid)[0]["data"]["supervision"] == "local"


# --------------------------------------------------------------------------- row 1: bundles signed per seat

def test_bundles_are_signed_per_seat_and_one_seats_key_signs_for_no_other(lab):
    from aimm_lab.exam.bundles import (
        BundleError,
        export_bundle,
        import_bundle,
        load_seat_key,
        seat_key,
        write_seat_key,
    )

    master = b"secret du formateur, salle B12"
    aid = exam(lab, "ali")
    key_a = load_seat_key(write_seat_key(seat_key(master, "pc07"), lab / "seat-key"))
    assert key_a.seat == "pc07" and master not in (lab / "seat-key").read_bytes()
    with Store(lab / "lab.db") as s:
        path, n = export_bundle(Engine(s), lab / "out", key_a)
    assert n == 1 and json.loads(path.read_text())["signature"]["seat"] == "pc07"
    with Store(lab / "trainer.db") as t:
        assert import_bundle(Engine(t), path, master).added == [aid]
    # the trainee of pc07, who can read pc07's key, rewrites the bundle and signs it as pc08
    data = json.loads(path.read_text())
    data["signature"]["seat"] = "pc08"
    forged = lab / "out" / "forged.json"
    forged.write_text(json.dumps(data))
    with Store(lab / "other.db") as t, pytest.raises(BundleError, match="pc08"):
        import_bundle(Engine(t), forged, master)
    # or signs it with a trainer's secret of their own making
    from aimm_lab.exam.bundles import sign
    body = {k: v for k, v in data.items() if k != "signature"}
    data["signature"] = {"alg": "HMAC-SHA256", "seat": "pc07", "value": sign(body, seat_key(b"mon secret", "pc07").key)}
    forged.write_text(json.dumps(data))
    with Store(lab / "other.db") as t, pytest.raises(BundleError):
        import_bundle(Engine(t), forged, master)


def test_seat_keys_are_made_on_the_trainers_pc_with_the_pin(lab):
    (lab / "trainer-secret").write_text("secret du formateur, salle B12")
    with Store(lab / "trainer.db") as s:
        set_trainer_pin(s)
    args = ("attempts", "seat-key", "pc07", "--out", str(lab / "pc07.key"), "--secret-file", str(lab / "trainer-secret"))
    assert cli(lab, *args, db="trainer.db").returncode == 2
    ok = cli(lab, *args, "--pin-stdin", stdin=TRAINER_PIN + "\n", db="trainer.db")
    assert ok.returncode == 0, ok.stderr
    exam(lab, "ali")
    out = cli(lab, "attempts", "export", "--out", str(lab / "out"), "--seat-key", str(lab / "pc07.key"))
    assert out.returncode == 0, out.stderr
    bundle = out.stdout.strip().splitlines()[-1]
    imp = cli(lab, "attempts", "import", bundle, "--secret-file", str(lab / "trainer-secret"), "--pin-stdin",
              stdin=TRAINER_PIN + "\n", db="trainer.db")
    assert imp.returncode == 0 and "1 tentative(s) ajoutée(s)" in imp.stdout


def test_the_pin_is_set_and_changed_on_the_command_line_but_not_set_during_an_exam(lab):
    first = cli(lab, "attempts", "pin", "--pin-stdin", "--by", "prof", stdin="1234\n")
    assert first.returncode == 2 and "6 à 12 chiffres" in first.stderr  # 4 digits no longer do
    assert cli(lab, "attempts", "pin", "--pin-stdin", stdin="salle B12 le matin\n").returncode == 0
    again = cli(lab, "attempts", "pin", "--pin-stdin", stdin="pas le bon code\n739150\n")
    assert again.returncode == 2 and "incorrect" in again.stderr
    changed = cli(lab, "attempts", "pin", "--pin-stdin", stdin="salle B12 le matin\n739150\n")
    assert changed.returncode == 0, changed.stderr
    with sqlite3.connect(lab / "lab.db") as db:
        db.execute("DELETE FROM settings WHERE key = ?", [PIN_KEY])
    exam(lab, "kim")
    during = cli(lab, "attempts", "pin", "--pin-stdin", stdin="739150\n")
    assert during.returncode == 2 and "un examen est en cours" in during.stderr


def test_a_clock_moved_by_years_reads_in_days_in_the_timeline():
    """A seat's clock set years away (a trainee's try) is told in days, not in tens of thousands of hours."""

    assert tl._span(-3 * 3600 * 1000 - 5 * 60 * 1000, "fr") == "−3 h 05 min"
    from aimm_lab import fmt

    assert tl._span(69890630 * 3600 * 1000, "fr") == f"+{fmt.number(2912109)} jours"
    assert "2" in fmt.number(2912109) and "h" not in tl._span(69890630 * 3600 * 1000, "fr")
    assert tl._span(3 * 86400 * 1000, "en") == "+3 days"
