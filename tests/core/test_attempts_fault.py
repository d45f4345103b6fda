"""The planned fault checked at start, and one exam at a time (docs/attempts.md), on real SQLite
files, the real scenario file of attempt_kit and its recorded machine states: BROKEN has the fault
in place (the precondition holds), SOLVED is the PC already repaired."""

from __future__ import annotations

import json

import pytest
from attempt_kit import (
    BROKEN,
    SCENARIO,
    SOLVED,
    TRAINER_PIN,
    Clock,
    machine,
    profile,
    set_trainer_pin,
    write_scenario,
)
from test_attempts_cli import cli, lab, run  # noqa: F401 - the fixture `lab` is used by name

from aimm_lab.exam.attempt import AttemptError, ExamInProgress
from aimm_lab.exam.engine import Engine
from aimm_lab.exam.scoring import FAULT, SCORED
from aimm_lab.scenarios.loader import load_file
from aimm_lab.store.db import Store


class Seat:
    """A PC whose state the test changes: the trainer sets the fault up, the trainee repairs it."""

    def __init__(self, state):
        self.state = state

    def __call__(self):
        return machine(self.state)


@pytest.fixture
def env(tmp_path):
    path = write_scenario(tmp_path / "sc")
    store = Store(tmp_path / "lab.db")
    yield load_file(path), store, Clock()
    store.close()


def test_fault_in_place_at_start_counts_every_pass(env):
    s, store, clock = env
    seat = Seat(BROKEN)
    e = Engine(store, seat, profile=profile(), now=clock)
    a = e.start(s, "ana", "practice")
    evs = e.events(a)
    assert [ev.kind for ev in evs] == ["started", "check"] and evs[1].data["purpose"] == "baseline"
    assert evs[0].data["fault_rule"] == 1 and evs[1].data["result"]["preconditions"][0]["outcome"] == "PASS"
    f = e.facts(a)
    assert f.fault == "in_place" and f.fault_verified
    seat.state = SOLVED  # the trainee repairs
    r = e.check(a)
    assert r.counted and r.result.all_passed
    assert e.score(a).task("adresse").earned == 4 and e.score(a).task("adresse").state == SCORED


def test_fault_missing_at_start_counts_nothing_until_a_trainer_confirms(env):
    s, store, clock = env
    e = Engine(store, Seat(SOLVED), profile=profile(), now=clock)  # the trainer never set the fault up
    a = e.start(s, "bea", "practice")
    f = e.facts(a)
    assert f.fault == "missing" and not f.fault_verified
    r = e.check(a)
    assert not r.counted and r.result.all_passed  # the PC looks right, but nothing was repaired
    sheet = e.score(a)
    assert sheet.task("adresse").earned == 0 and sheet.task("adresse").state == FAULT and sheet.pending
    assert e.get(a).pending and e.get(a).score == 0
    # The pass still evaluates the preconditions, so a later set-up can be seen.
    assert e.events(a)[-1].data["result"]["preconditions"][0]["outcome"] == "FAIL"
    with pytest.raises(AttemptError, match="nom du formateur"):
        e.confirm_fault(a, "  ")
    confirmed = e.confirm_fault(a, "M. Prof")
    ev = e.events(a)[-1]
    assert ev.kind == "fault_confirmed" and ev.data == {"by": "M. Prof"}
    f = e.facts(a)
    assert f.fault == "confirmed" and f.fault_by == "M. Prof" and f.fault_verified
    assert confirmed.score == 6 and e.score(a).task("adresse").state == SCORED  # the held pass counts now
    with pytest.raises(AttemptError, match="rien à confirmer"):
        e.confirm_fault(a, "M. Prof")
    assert all(v.ok for v in e.verify())  # the row follows the journal, confirmation included


def test_fault_set_up_later_counts_from_the_pass_that_sees_it(env):
    s, store, clock = env
    seat = Seat(SOLVED)
    e = Engine(store, seat, profile=profile(), now=clock)
    a = e.start(s, "cid", "exam")
    e.check(a)  # not counted: fault missing
    assert e.score(a).task("adresse").state == FAULT
    seat.state = BROKEN  # the trainer, called, sets the fault up
    r = e.record_state(a)
    assert r.counted and e.facts(a).fault == "in_place"
    assert e.score(a).task("adresse").earned == 0 and e.score(a).task("adresse").state == SCORED
    seat.state = SOLVED  # the trainee repairs it
    done = e.submit(a)
    assert done.score == 6 and not e.facts(a).held


def test_submitted_with_the_fault_never_seen_stays_for_the_trainer(env):
    s, store, clock = env
    e = Engine(store, Seat(SOLVED), profile=profile(), now=clock)
    a = e.start(s, "dan", "exam")
    done = e.submit(a)
    assert done.status == "submitted" and done.score == 0 and done.pending
    assert e.confirm_fault(a, "Mme Formatrice").score == 6  # at the review, after the end


def test_attempts_journaled_before_the_rule_keep_their_score(env):
    """An attempt started without the rule (no `fault_rule` in its start) scores as it always did."""
    s, store, clock = env
    e = Engine(store, Seat(SOLVED), profile=profile(), now=clock, fault_check=False)
    a = e.start(s, "eve", "practice", baseline=True)
    assert e.facts(a).fault is None and "fault_rule" not in e.events(a)[0].data
    e.check(a)
    assert e.score(a).task("adresse").earned == 4


# --------------------------------------------------------------------------- one exam at a time


def test_an_open_exam_blocks_every_other_attempt(env):
    s, store, clock = env
    e = Engine(store, Seat(BROKEN), profile=profile(), now=clock)
    practice = e.start(s, "fay", "practice")  # opened before the exam
    exam = e.start(s, "gil", "exam")
    assert e.open_exam().id == exam.id and e.open_exam(exclude=exam) is None
    with pytest.raises(ExamInProgress, match="examen est en cours") as err:
        e.start(s, "gil-bis", "practice")  # the same scenario under another name
    assert err.value.exam.id == exam.id
    with pytest.raises(ExamInProgress):
        e.check(practice)  # no feedback elsewhere
    with pytest.raises(ExamInProgress):
        e.take_hint(practice, "adresse")
    with pytest.raises(ExamInProgress):
        e.save_report(practice, {"ticket": "1"})
    with pytest.raises(ExamInProgress):
        e.submit(practice)
    assert e.check(exam).result is None  # the exam itself goes on
    e.pause(exam)  # paused is still open
    with pytest.raises(ExamInProgress):
        e.start(s, "hal", "exam")
    e.resume(exam)
    e.submit(exam)
    assert e.open_exam() is None
    assert e.check(practice).result is not None  # after the exam, practice resumes
    assert e.start(s, "hal", "practice").mode == "practice"


def test_cli_check_refuses_during_an_exam(lab):  # noqa: F811 - the fixture
    with Store(lab / "lab.db") as store:
        e = Engine(store, machine(BROKEN), profile=profile())  # the real clock, as the command's
        exam = e.start(load_file(lab / "sc" / "t-depannage.toml"), "ida", "exam")
    for args in ([], ["--json"], ["--state", str(lab / "broken.json")]):
        r = cli(lab, "check", str(lab / "sc" / "t-depannage.toml"), *args)
        assert r.returncode == 2 and r.stdout == ""
        assert "examen de ce scénario est en cours" in r.stderr and exam.id[:8] in r.stderr
        assert "192.168.10.112" not in r.stderr  # no expected value
    en = cli(lab, "check", str(lab / "sc" / "t-depannage.toml"), lang="en")
    assert "an exam of this scenario is in progress" in en.stderr
    shown = cli(lab, "scenarios", "show", str(lab / "sc" / "t-depannage.toml"))  # its checks' expected values
    assert shown.returncode == 2 and "examen de ce scénario est en cours" in shown.stderr
    # Without an exam the same command shows its results.
    with Store(lab / "lab.db") as store:
        Engine(store, machine(BROKEN), profile=profile()).submit(exam.id)
    ok = cli(lab, "check", str(lab / "sc" / "t-depannage.toml"), "--state", str(lab / "broken.json"))
    assert ok.returncode == 1 and "192.168.10.112" in ok.stdout
    assert cli(lab, "scenarios", "show", str(lab / "sc" / "t-depannage.toml")).returncode == 0


def test_cli_run_refuses_another_attempt_during_an_exam(lab, tmp_path):  # noqa: F811
    other = write_scenario(tmp_path / "other", SCENARIO.replace('id = "t-depannage"', 'id = "t-autre"'), "t-autre.toml")
    first = run(lab, "jo", "--mode", "exam", state=None)  # an exam reads this PC
    assert first.returncode == 0, first.stderr
    r = cli(lab, "run", str(other), "--trainee", "kai", "--machine", str(lab / "broken.json"), stdin="check\nquit\n")
    assert r.returncode == 2 and "examen est en cours" in r.stderr and "jo" in r.stderr
    same = run(lab, "lou", stdin="check\nquit\n")  # the exam's scenario under another name
    assert same.returncode == 2 and "examen est en cours" in same.stderr
    back = run(lab, "jo", stdin="status\nquit\n", state=None)  # the exam itself resumes
    assert back.returncode == 0 and "Reprise" in back.stdout


def test_cli_confirm_fault_is_journaled_with_who(lab):  # noqa: F811
    r = run(lab, "max", state="solved.json", stdin="check\nsubmit\n")  # the fault was never set up
    assert r.returncode == 0, r.stderr
    aid = json.loads(cli(lab, "attempts", "list", "--json").stdout)[0]["id"]
    with Store(lab / "lab.db") as store:
        assert Engine(store).get(aid).score == 0
    assert "Panne prévue jamais vue en place" in cli(lab, "attempts", "show", aid[:8]).stdout
    no_pin = cli(lab, "attempts", "confirm-fault", aid[:8], "--by", "M. Prof")
    assert no_pin.returncode == 2 and "code formateur" in no_pin.stderr  # a trainer's action: the PIN first
    with Store(lab / "lab.db") as store:
        set_trainer_pin(store)
    ok = cli(lab, "attempts", "confirm-fault", aid[:8], "--by", "M. Prof", "--pin-stdin", stdin=TRAINER_PIN + "\n")
    assert ok.returncode == 0, ok.stderr
    with Store(lab / "lab.db") as store:
        e = Engine(store)
        assert e.facts(aid).fault_by == "M. Prof" and e.get(aid).score == 6
    shown = cli(lab, "attempts", "show", aid[:8]).stdout
    assert "Panne prévue confirmée par M. Prof" in shown and "fault_confirmed M. Prof" in shown
    again = cli(lab, "attempts", "confirm-fault", aid[:8], "--by", "M. Prof", "--pin-stdin", stdin=TRAINER_PIN + "\n")
    assert again.returncode == 2 and "rien à confirmer" in again.stderr
