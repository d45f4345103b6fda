"""Mock exam sessions on real SQLite files, the built-in scenarios and their recorded states."""

from __future__ import annotations

from decimal import Decimal

import pytest
from trainer_kit import TESTS, Clock, answer_everything, engine_on, grade_rubrics, library, scenario

from aimm_lab.exam.attempt import ExamInProgress
from aimm_lab.exam.engine import Engine
from aimm_lab.scenarios.loader import load_file
from aimm_lab.store.db import MIGRATIONS, Store
from aimm_lab.trainer.jury import BLOCKS
from aimm_lab.trainer.sessions import (
    GRADED,
    NOT_STARTED,
    PAUSED,
    RELEASED,
    RUNNING,
    TO_GRADE,
    SessionError,
    Sessions,
    candidates,
    draw,
)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "lab.db")
    yield s
    s.close()


def test_an_older_database_gains_the_session_tables_and_keeps_its_attempts(tmp_path):
    path = tmp_path / "old.db"
    clock = Clock()
    with Store(path, migrations=MIGRATIONS[:1]) as old:
        a = engine_on(old, TESTS["B2"], "broken", clock).start(scenario(TESTS["B2"]), "alice", "exam")
    with Store(path) as s:
        assert s.schema_version == len(MIGRATIONS)
        assert {"exam_sessions", "session_tests", "session_trainees", "session_attempts", "jury_marks"} <= set(
            s.reader().table_names())
        assert Engine(s).get(a.id).trainee == "alice"


def test_draw_is_seeded_per_block_and_keeps_to_the_platform(tmp_path):
    lib = list(library().scenarios)
    win_only = (scenario("b2-ip-statique").path.read_text(encoding="utf-8")
                .replace('id = "b2-ip-statique"', 'id = "b2-windows-seulement"')
                .replace('platforms = ["windows", "linux"]', 'platforms = ["windows"]').split("[fixtures]")[0])
    (tmp_path / "w.toml").write_text(win_only, encoding="utf-8")
    lib.append(load_file(tmp_path / "w.toml"))
    assert "b2-windows-seulement" not in [s.id for s in candidates(lib, "B2", "linux")]
    assert "b2-windows-seulement" in [s.id for s in candidates(lib, "B2", "windows")]
    one = draw(lib, BLOCKS, "linux", 1234)
    assert {b: s.block for b, s in one.items()} == {"B1": "B1", "B2": "B2", "B3": "B3"}
    assert {b: s.id for b, s in draw(lib, BLOCKS, "linux", 1234).items()} == {b: s.id for b, s in one.items()}
    seen = {draw(lib, ["B2"], "linux", seed)["B2"].id for seed in range(40)}
    assert len(seen) > 1 and "b2-windows-seulement" not in seen
    with pytest.raises(SessionError) as e:
        draw([s for s in lib if s.block != "B3"], BLOCKS, "linux", 1)
    assert "B3" in e.value.message("fr")


def test_session_holds_three_tests_trainees_extra_time_and_jury_slot(store):
    clock = Clock()
    sessions = Sessions(engine_on(store, TESTS["B2"], "broken", clock))
    s = sessions.create("Examen blanc de décembre", "2026-12-07", platform="linux", seed=7)
    s = sessions.draw_tests(s.id, library().scenarios)
    assert s.complete and all(t.how == "drawn" for t in s.tests.values())
    for sid in TESTS.values():
        s = sessions.set_test(s.id, scenario(sid))
    assert {b: t.scenario_id for b, t in s.tests.items()} == TESTS
    s = sessions.add_trainee(s.id, "Alice Martin", extra_minutes=20, jury_at="14h00")
    s = sessions.add_trainee(s.id, "Bruno Petit", jury_at="14:30")
    assert [(t.name, t.extra_minutes, t.jury_slot()) for t in s.trainees] == [
        ("Alice Martin", 20.0, "14:00–14:30"), ("Bruno Petit", 0.0, "14:30–15:00")]
    with pytest.raises(SessionError):
        sessions.add_trainee(s.id, "alice martin ")
    for bad in ({"extra_minutes": "-5"}, {"extra_minutes": "beaucoup"}, {"jury_at": "25:00"}):
        with pytest.raises(SessionError) as e:
            sessions.update_trainee(s.id, "Bruno Petit", **bad)
        assert e.value.message("en")
    s = sessions.update_trainee(s.id, "Bruno Petit", interview_mark="13,5")
    assert s.trainee("Bruno Petit").interview_mark == "13.50"
    assert [c.where for c in sessions.row(s, s.trainees[0])] == [NOT_STARTED] * 3


def test_full_mock_session_three_tests_graded_and_released(store):
    """A trainee takes the three tests on recorded states, the trainer pauses, adds time,
    grades the rubrics and releases: the status follows every step."""
    clock = Clock()
    base = Sessions(engine_on(store, TESTS["B1"], "broken", clock))
    s = base.create("Examen blanc", "2026-12-07", platform="linux", seed=3)
    for sid in TESTS.values():
        base.set_test(s.id, scenario(sid))
    base.add_trainee(s.id, "Alice Martin", extra_minutes=20)
    base.add_trainee(s.id, "Bruno Petit")
    marks = {}
    for block, sid in TESTS.items():
        broken = engine_on(store, sid, "broken", clock)
        a = Sessions(broken).start(s.id, "Alice Martin", block, scenario(sid))
        assert a.mode == "exam" and a.duration_s == (60 + 20) * 60
        [cell] = [c for c in base.row(base.get(s.id), base.get(s.id).trainee("Alice Martin")) if c.block == block]
        assert cell.where == RUNNING and cell.remaining_s == 80 * 60
        with pytest.raises(SessionError):  # one attempt per test
            Sessions(broken).start(s.id, "Alice Martin", block, scenario(sid))
        with pytest.raises(SessionError):  # the test cannot change once started
            base.set_test(s.id, scenario(sid))
        clock.advance(600)
        broken.pause(a)
        assert base.status(s.id)[0][1][BLOCKS.index(block)].where == PAUSED
        clock.advance(300)  # paused time is not counted
        broken.resume(a)
        broken.add_time(a, 5)
        assert broken.remaining(a) == (80 - 10 + 5) * 60
        solved = engine_on(store, sid, "solved", clock)
        answer_everything(solved, a)
        clock.advance(1200)
        a = solved.submit(a)
        cell = base.status(s.id)[0][1][BLOCKS.index(block)]
        assert cell.where == TO_GRADE and cell.attempt.id == a.id
        grade_rubrics(solved, a, 0.5, "à revoir")
        cell = base.status(s.id)[0][1][BLOCKS.index(block)]
        assert cell.where == GRADED and cell.score20 is not None
        solved.release_results(a)
        cell = base.status(s.id)[0][1][BLOCKS.index(block)]
        assert cell.where == RELEASED
        marks[block] = cell.score20
        clock.advance(600)
    assert all(Decimal(0) < m < Decimal(20) for m in marks.values())
    bruno = base.status(s.id)[1]
    assert bruno[0].name == "Bruno Petit" and [c.where for c in bruno[1]] == [NOT_STARTED] * 3
    assert len(base.attempt_ids(s.id)) == 3
    with pytest.raises(SessionError):
        base.remove_trainee(s.id, "Alice Martin")
    with pytest.raises(SessionError):
        base.delete(s.id)
    base.remove_trainee(s.id, "Bruno Petit")


def test_a_session_carried_to_another_pc_finds_the_attempts_taken_there(tmp_path):
    clock = Clock()
    with Store(tmp_path / "trainer.db") as t_store, Store(tmp_path / "pc07.db") as pc:
        trainer = Sessions(engine_on(t_store, TESTS["B2"], "broken", clock))
        s = trainer.create("Examen blanc", platform="linux", seed=11)
        for sid in TESTS.values():
            trainer.set_test(s.id, scenario(sid))
        trainer.add_trainee(s.id, "Alice Martin", 10, "09:00")
        data = trainer.to_dict(s.id)
        on_pc = Sessions(engine_on(pc, TESTS["B2"], "broken", clock))
        copy = on_pc.merge_dict(data)
        again = on_pc.merge_dict(data)  # idempotent
        assert copy.id == again.id == s.id and len(again.trainees) == 1 and len(again.tests) == 3
        assert on_pc.list()[0].trainee("Alice Martin").extra_minutes == 10
        # An exam attempt started on that PC without the session screen is found by the rule.
        clock.advance(60)
        eng = engine_on(pc, TESTS["B2"], "broken", clock)
        a = eng.start(scenario(TESTS["B2"]), "Alice Martin", "exam")
        cells = on_pc.status(s.id)[0][1]
        assert cells[1].attempt.id == a.id and cells[1].where == RUNNING
        with pytest.raises(ExamInProgress):  # one exam at a time: nothing else while it runs
            eng.start(scenario(TESTS["B3"]), "Alice Martin", "practice")
        eng.submit(a)
        eng.start(scenario(TESTS["B3"]), "Alice Martin", "practice")  # practice does not count
        assert on_pc.status(s.id)[0][1][2].where == NOT_STARTED
    with Store(tmp_path / "x.db") as x:
        with pytest.raises(SessionError):
            Sessions(Engine(x)).merge_dict({"format": "autre"})
        with pytest.raises(SessionError):
            Sessions(Engine(x)).merge_dict({**data, "seed": "pas un nombre"})


def test_a_one_hour_test_draws_and_takes_only_scenarios_that_fit_in_it(store):
    lib = list(library().scenarios)
    long_ones = {s.id for s in lib if s.duration_minutes > 60}
    assert {"b1-assemblage-complet", "b1-deploiement-poste", "b1-migration-ssd"} <= long_ones
    assert not long_ones & {s.id for s in candidates(lib, "B1", "linux", 60)}
    seen = {draw(lib, ["B1"], "linux", seed, 60)["B1"].id for seed in range(80)}
    assert len(seen) > 1 and not seen & long_ones
    with pytest.raises(SessionError) as e:
        draw([s for s in lib if s.id in long_ones or s.block != "B1"], ["B1"], "linux", 1, 60)
    assert "60 min" in e.value.message("fr")
    sessions = Sessions(engine_on(store, TESTS["B2"], "broken", Clock()))
    s = sessions.create("Examen blanc", "2026-12-07", platform="linux", seed=5)
    for _ in range(10):
        s = sessions.redraw(s.id, lib)
        assert all(scenario(t.scenario_id).duration_minutes <= 60 for t in s.tests.values())
    with pytest.raises(SessionError) as e:
        sessions.set_test(s.id, scenario("b1-assemblage-complet"))
    assert "120 min" in e.value.message("fr") and "60" in e.value.message("en")
    longer = sessions.create("Épreuve longue", platform="linux", test_minutes=120)
    assert sessions.set_test(longer.id, scenario("b1-assemblage-complet")).tests["B1"].scenario_id == \
        "b1-assemblage-complet"
