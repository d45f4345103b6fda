"""The attempts engine on real SQLite files, real scenario files and recorded machine states."""

from __future__ import annotations

import threading

import pytest
from attempt_kit import (
    BROKEN,
    GOOD_INVOICE,
    GOOD_QUIZ,
    GOOD_QUOTE,
    GOOD_REPORT,
    MAX_SCORE,
    SCENARIO,
    SOLVED,
    Clock,
    machine,
    profile,
    write_scenario,
)

from aimm_lab.exam.attempt import AttemptClosed, AttemptError, AttemptNotFound
from aimm_lab.exam.clock import parse_iso
from aimm_lab.exam.engine import Engine
from aimm_lab.scenarios.loader import load_file
from aimm_lab.store.db import Store


@pytest.fixture
def env(tmp_path):
    path = write_scenario(tmp_path / "sc")
    clock = Clock()
    store = Store(tmp_path / "lab.db")
    yield load_file(path), store, clock
    store.close()


def engine(store, clock, st=BROKEN):
    # These tests are about the journal, the clock and the scores: attempts on a PC already solved
    # at start are taken as they come. The fault at start has its own tests (test_attempts_fault.py).
    return Engine(store, machine(st), profile=profile(), now=clock, fault_check=False)


def test_practice_attempt_feedback_hints_and_score(env):
    s, store, clock = env
    e = engine(store, clock)
    a = e.start(s, "alice", "practice")
    assert a.status == "running" and a.mode == "practice" and a.deadline is None  # practice: untimed by default
    r = e.check(a)
    assert r.result is not None
    assert r.result.task("adresse").outcome.value == "FAIL"
    assert "169.254.20.7/16" in r.result.task("adresse").checks[0].message.fr
    assert e.take_hint(a, "adresse").fr == "Regardez « ip addr »."
    e.take_hint(a, "adresse")  # taking it again costs nothing more
    solved = engine(store, clock, SOLVED)
    clock.advance(120)
    r = solved.check(a, "adresse")
    assert [t.task_id for t in r.result.tasks] == ["adresse"] and r.result.all_passed
    solved.save_report(a, GOOD_REPORT)
    solved.save_document(a, "devis", GOOD_QUOTE)
    solved.save_document(a, "facture", GOOD_INVOICE)
    solved.answer_quiz(a, "quiz", GOOD_QUIZ)
    done = solved.submit(a)
    assert done.status == "submitted" and done.submit_reason == "trainee"
    # Everything but the rubric (2 points, pending) and the hint (1 point).
    assert done.score == MAX_SCORE - 2 - 1 and done.max_score == MAX_SCORE and done.pending
    kinds = [ev.kind for ev in solved.events(a)]
    assert kinds == ["started", "check", "hint", "check", "report", "document", "document", "quiz", "check",
                     "submitted"]
    final = solved.events(a)[-2].data
    assert final["purpose"] == "final"
    assert final["state"]["sections"]["network"]["interfaces"][0]["ipv4"][0]["address"] == "192.168.10.112"
    with pytest.raises(AttemptClosed):
        solved.check(a)


def test_exam_hides_results_until_released(env):
    s, store, clock = env
    e = engine(store, clock, SOLVED)
    a = e.start(s, "bob", "exam")
    assert a.duration_s == 3600 and a.deadline == "2026-11-28T10:00:00.000Z"  # the scenario's 60 minutes
    r = e.check(a)
    assert r.result is None and r.seq == 2
    stored = e.events(a)[1].data
    assert stored["result"]["tasks"][0]["outcome"] == "PASS"  # journaled with the evidence all the same
    assert e.record_state(a).result is None
    with pytest.raises(AttemptError, match="examen"):
        e.take_hint(a, "adresse")
    with pytest.raises(AttemptError):
        e.release_results(a)  # not before the end
    done = e.submit(a)
    assert not done.feedback
    released = e.release_results(a, by="M. Prof")
    assert released.feedback and released.released
    assert e.events(a)[-1].kind == "released"
    assert e.release_results(a).events == released.events  # releasing twice journals nothing


def test_pause_resume_and_extra_time_are_journaled(env):
    s, store, clock = env
    e = engine(store, clock)
    a = e.start(s, "carol", "exam", minutes=30)
    clock.advance(10 * 60)
    p = e.pause(a, by="trainer")
    assert p.status == "paused" and p.deadline is None and p.paused_remaining_s == 20 * 60
    with pytest.raises(AttemptClosed, match="pause"):
        e.check(a)
    clock.advance(3600)  # a long pause costs nothing
    assert e.remaining(a) == 20 * 60
    r = e.resume(a)
    assert r.deadline == "2026-11-28T10:30:00.000Z"
    t = e.add_time(a, 10, by="trainer")
    assert t.deadline == "2026-11-28T10:40:00.000Z"
    kinds = [(ev.kind, ev.data.get("by")) for ev in e.events(a)]
    assert kinds[1:] == [("paused", "trainer"), ("resumed", "trainer"), ("time_added", "trainer")]
    with pytest.raises(AttemptError):
        e.add_time(a, 0)
    with pytest.raises(AttemptError):
        e.resume(a)  # not paused


def test_expiry_while_the_program_was_not_running(env):
    s, store, clock = env
    e = engine(store, clock)
    a = e.start(s, "dan", "exam", minutes=30)
    e.check(a)
    deadline = a.deadline
    store.close()
    clock.advance(45 * 60)  # the PC was off past the deadline
    store2 = Store(store.path)
    e2 = engine(store2, clock, SOLVED)
    assert e2.get(a.id).status == "running" and e2.get(a.id).overdue(clock())
    expired = e2.expire_overdue()
    assert [x.id for x in expired] == [a.id]
    x = e2.get(a.id)
    assert x.status == "expired" and x.deadline == deadline and x.submitted_at == deadline
    assert e2.late_s(a) == 15 * 60
    evs = e2.events(a)
    assert [ev.kind for ev in evs[-2:]] == ["check", "submitted"]
    assert evs[-2].data["purpose"] == "final" and evs[-2].at == "2026-11-28T09:45:00.000Z"  # evidence of now
    assert e2.expire_overdue() == []  # once only
    store2.close()


def test_check_after_the_deadline_submits_instead(env):
    s, store, clock = env
    e = engine(store, clock)
    a = e.start(s, "eve", "exam", minutes=5)
    clock.advance(5 * 60)
    r = e.check(a)
    assert r.expired and r.result is None and r.attempt.status == "expired"


def test_warnings_once_each_even_across_restarts(env):
    s, store, clock = env
    e = engine(store, clock)
    a = e.start(s, "fay", "exam", minutes=20)
    clock.advance(9 * 60)
    assert e.due_warnings(a) == []
    clock.advance(60)
    assert e.due_warnings(a) == [600]
    assert engine(store, clock).due_warnings(a) == []  # a restarted program does not repeat it
    clock.advance(5 * 60)
    assert e.due_warnings(a) == [300]
    e.add_time(a, 10)
    clock.advance(6 * 60)
    assert e.due_warnings(a) == [600]  # extra time re-arms the warnings


def test_the_attempt_says_time_left_time_spent_and_warning_stage(env):
    """What the window shows comes from these: seconds left, seconds spent, the warning stage."""
    s, store, clock = env
    e = engine(store, clock)
    a = e.start(s, "gil", "exam", minutes=20)
    now = clock()
    assert a.remaining_s(now) == 20 * 60 and a.elapsed_s(now) == 0 and a.warning_stage(now) is None
    clock.advance(10 * 60)
    a = e.get(a)
    assert a.remaining_s(clock()) == 600 and a.elapsed_s(clock()) == 600 and a.warning_stage(clock()) == 600
    clock.advance(5 * 60 - 1)
    assert e.get(a).warning_stage(clock()) == 600
    clock.advance(1)
    assert e.get(a).warning_stage(clock()) == 300
    p = e.pause(a, by="trainer")
    clock.advance(60)
    assert p.remaining_s(clock()) == 300 and p.warning_stage(clock()) is None  # paused: no urgency
    r = e.resume(a)
    clock.advance(100)
    done = e.submit(r)
    clock.advance(1000)
    assert done.remaining_s(clock()) is None and done.warning_stage(clock()) is None
    assert done.elapsed_s(clock()) == 20 * 60 - 300 + 60 + 100  # from the start to the submission
    untimed = e.start(s, "hal", "practice")
    clock.advance(42)
    assert untimed.remaining_s(clock()) is None and untimed.elapsed_s(clock()) == 42
    assert untimed.warning_stage(clock()) is None


def test_resume_the_open_attempt_and_only_one_at_a_time(env):
    s, store, clock = env
    e = engine(store, clock)
    a = e.start(s, "gus", "exam")
    assert e.open_attempt("gus", s.id).id == a.id
    assert e.open_attempt("  gus ", s.id).id == a.id
    assert e.open_attempt("hal", s.id) is None
    with pytest.raises(AttemptError, match="déjà une tentative ouverte"):
        e.start(s, "gus", "practice")
    assert e.get(a.id[:6]).id == a.id
    with pytest.raises(AttemptNotFound):
        e.get("ffffffff")


def test_scenario_changed_on_disk_keeps_the_version_started_with(env, tmp_path):
    s, store, clock = env
    e = engine(store, clock)
    e.start(s, "ida", "exam")
    changed = SCENARIO.replace("version = 1", "version = 2").replace("points = 4\ncompetences = [\"B2.2\"]",
                                                                     "points = 10\ncompetences = [\"B2.2\"]")
    s.path.write_text(changed, encoding="utf-8")
    s2 = load_file(s.path)
    assert s2.version == 2 and s2.max_points == MAX_SCORE + 6
    resumed = e.open_attempt("ida", s2.id)
    assert resumed.scenario_version == 1 and resumed.scenario_sha256 == s.sha256 != s2.sha256
    assert Engine(store, machine(SOLVED), profile=profile(), now=clock, fault_check=False).scenario_of(resumed).max_points == MAX_SCORE
    assert e.submit(resumed).max_score == MAX_SCORE
    with pytest.raises(AttemptError, match="a changé"):
        e.start(s, "jo", "exam")  # the loaded scenario no longer matches its file


def test_trainer_rubric_and_bad_answers(env):
    s, store, clock = env
    e = engine(store, clock, SOLVED)
    a = e.start(s, "kim", "practice")
    with pytest.raises(AttemptError, match="champ de rapport inconnu « tciket »"):
        e.save_report(a, {"tciket": "1"})
    with pytest.raises(AttemptError, match="pas un nombre"):
        e.save_document(a, "devis", {"lines": [{"quantity": "deux", "unit_price": "1"}]})
    with pytest.raises(AttemptError, match="nature « quiz »"):
        e.save_document(a, "quiz", GOOD_QUOTE)
    with pytest.raises(AttemptError, match="question 1"):
        e.answer_quiz(a, "quiz", [7])
    with pytest.raises(AttemptError, match="tâche inconnue « adrese » \\(vouliez-vous dire"):
        e.check(a, "adrese")
    with pytest.raises(AttemptError):
        e.set_rubric(a, "client", "reformule", 5)
    e.submit(a)
    e.set_rubric(a, "client", "reformule", 1, "bien", by="prof")
    b = e.set_rubric(a, "client", "explique", 0.5)
    assert not b.pending
    sheet = e.score(a)
    assert sheet.task("client").earned == 1.5
    grades = {r["item_id"]: r for r in store.rubric_rows(a.id)}
    assert grades["reformule"]["comment"] == "bien" and grades["reformule"]["graded_by"] == "prof"
    assert grades["explique"]["points"] == 0.5
    assert sheet.by_competence["R.1"] == {"earned": 1.5, "max": 2.0}
    assert sheet.by_block == {"B3": {"earned": b.score, "max": MAX_SCORE}}
    assert [v.ok for v in e.verify()] == [True]


def test_ui_reads_while_a_worker_checks(env):
    """A worker thread journals check passes while another thread reads, as the UI will."""
    s, store, clock = env
    e = engine(store, clock, SOLVED)
    a = e.start(s, "lou", "practice")
    errors = []

    def worker():
        try:
            for _ in range(30):
                e.check(a)
        except Exception as ex:  # noqa: BLE001 - reported below
            errors.append(ex)

    def reader():
        try:
            for _ in range(200):
                got = e.get(a.id)
                assert got.status == "running"
                e.list(limit=10)
        except Exception as ex:  # noqa: BLE001 - reported below
            errors.append(ex)

    threads = [threading.Thread(target=worker), threading.Thread(target=worker), threading.Thread(target=reader)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert e.get(a.id).events == 61
    assert [ev.seq for ev in e.events(a)] == list(range(1, 62))
    assert all(v.ok for v in e.verify())


def test_deadline_is_wall_clock_utc(env):
    s, store, clock = env
    a = engine(store, clock).start(s, "max", "exam", minutes=45)
    assert parse_iso(a.deadline) - parse_iso(a.started_at) == 45 * 60_000
    assert a.as_dict(clock())["remaining_s"] == 45 * 60
