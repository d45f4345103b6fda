"""The gradebook on a real database: a mock session taken on recorded states, graded by hand,
gives block marks, competence lines, validated blocks and the jury grid computed by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from trainer_kit import TESTS, Clock, answer_everything, engine_on, grade_rubrics, scenario

from aimm_lab import fmt
from aimm_lab.exam.scoring import ratio
from aimm_lab.store.db import Store
from aimm_lab.trainer.gradebook import build, entered_marks, set_entered_mark
from aimm_lab.trainer.jury import JuryError, mark20
from aimm_lab.trainer.sessions import Sessions


def take(store, clock, sid, name, *, rubric=1.0, mode="exam", session=None, block=None, solved=True):
    """One attempt from the broken state to the solved (or still broken) one; rubric graded at `rubric`."""
    broken = engine_on(store, sid, "broken", clock)
    if session is not None:
        a = Sessions(broken).start(session, name, block, scenario(sid))
    else:
        a = broken.start(scenario(sid), name, mode)
    clock.advance(1800)
    after = engine_on(store, sid, "solved" if solved else "broken", clock)
    answer_everything(after, a)
    a = after.submit(a)
    if rubric is not None:
        grade_rubrics(after, a, rubric)
    clock.advance(600)
    return after.get(a.id)


@pytest.fixture
def book_env(tmp_path):
    store = Store(tmp_path / "lab.db")
    clock = Clock()
    sessions = Sessions(engine_on(store, TESTS["B1"], "broken", clock))
    s = sessions.create("Examen blanc de mars", "2026-03-12", platform="linux", seed=5)
    for sid in TESTS.values():
        sessions.set_test(s.id, scenario(sid))
    sessions.add_trainee(s.id, "Alice Martin")
    sessions.add_trainee(s.id, "Bruno Petit")
    yield store, clock, sessions, s
    store.close()


def test_jury_grid_from_a_graded_session_by_hand(book_env):
    store, clock, sessions, s = book_env
    # B1: rubric 7 points graded at half -> 18 - 3.5 = 14.5 / 18 -> 290/18 = 16.111... (shown 16.11);
    # B2 12/12 and B3 21/21 -> 20.
    take(store, clock, TESTS["B1"], "Alice Martin", rubric=0.5, session=s.id, block="B1")
    take(store, clock, TESTS["B2"], "Alice Martin", session=s.id, block="B2")
    take(store, clock, TESTS["B3"], "Alice Martin", session=s.id, block="B3")
    sessions.update_trainee(s.id, "Alice Martin", interview_mark="13")
    for comp, mark in (("continuous", "12"), ("social", "15"), ("tutor", "14")):
        set_entered_mark(store, "Alice Martin", comp, mark)
    [book] = build(sessions.engine, trainee="Alice Martin")
    assert {b: fmt.mark(line.mark, "en") for b, line in book.blocks.items()} == {"B1": "16.11", "B2": "20.00",
                                                                                  "B3": "20.00"}
    assert book.blocks["B1"].mark == ratio(290, 18)
    # Final, unrounded: (2 x 290/18 + 2 x 20 + 2 x 20 + 13) / 7 = (290/9 + 93) / 7 = 1127/63 = 17.888... -> 17.89
    assert abs(book.jury.final.mark - ratio(1127, 63)) <= D("1e-19") and fmt.mark(book.jury.final.mark, "en") == "17.89"
    # 12 x 0.3 + 15 x 0.1 + 14 x 0.3 + 0.3 x 1127/63 = 3.6 + 1.5 + 4.2 + 5.3666... = 14.666... -> 14.67
    assert fmt.mark(book.jury.result, "en") == "14.67"
    assert "Examen blanc de mars" in book.final_source.fr
    # Every block validated the day of its test, for 5 years.
    for line in book.blocks.values():
        assert line.validation is not None and line.validation.validated_on == date(2026, 3, 12)
        assert line.validation.valid_until == date(2031, 3, 11)
    # Competence lines: B2.2 is all machine checks and a fully graded rubric.
    assert book.competence_percent("B2.2") == D("100.0")
    assert all(D(0) <= book.competence_percent(c) <= D(100) for c in book.competences)
    assert book.competence_percent("B1.1") is not None and book.competence_percent("B1.1") < D(100)
    assert [p.block for p in book.progress] == ["B1", "B2", "B3"]


def test_missing_marks_pending_rubrics_and_blocks_not_validated(book_env):
    store, clock, sessions, s = book_env
    take(store, clock, TESTS["B2"], "Bruno Petit", rubric=None, session=s.id, block="B2")  # not graded yet
    take(store, clock, TESTS["B3"], "Bruno Petit", rubric=0.0, solved=False, session=s.id, block="B3")
    [book] = build(sessions.engine, trainee="Bruno Petit")
    assert book.blocks["B2"].to_grade == 1 and book.blocks["B2"].mark is None
    assert book.blocks["B3"].mark is not None and book.blocks["B3"].mark < D(10)
    assert book.blocks["B3"].validation is None and book.blocks["B1"].validation is None
    assert book.jury.result is None
    assert book.jury.missing == ["continuous", "social", "tutor", "final"]
    assert book.jury.final.missing == ["B1", "B2", "interview"]
    assert [p.block for p in book.progress] == ["B3"]  # the pending attempt has no mark yet


def test_rule_best_or_last_and_practice_only_on_the_chart(book_env):
    store, clock, sessions, s = book_env
    take(store, clock, TESTS["B2"], "Alice Martin", session=s.id, block="B2")  # 20/20
    low = take(store, clock, TESTS["B2"], "Alice Martin", rubric=0.0, solved=False)  # 0 machine points, 0 rubric
    take(store, clock, TESTS["B3"], "Alice Martin", mode="practice")
    [best] = build(sessions.engine, trainee="Alice Martin", rule="best")
    [last] = build(sessions.engine, trainee="Alice Martin", rule="last")
    assert best.blocks["B2"].mark == D("20.00") and best.blocks["B2"].graded == 2
    assert last.blocks["B2"].mark == mark20(low.score, low.max_score)
    assert best.blocks["B3"].mark is None  # practice does not count
    assert [(p.block, p.mode) for p in best.progress] == [("B2", "exam"), ("B2", "exam"), ("B3", "practice")]
    # The session's test is the one the jury grid takes, whatever the rule.
    assert best.jury.final.parts["B2"] == last.jury.final.parts["B2"] == D("20.00")


def test_entered_marks_are_checked_and_can_be_cleared(book_env):
    store, clock, sessions, s = book_env
    assert set_entered_mark(store, "Alice Martin", "tutor", "15,5") == D("15.50")
    tid = store.reader().conn.execute("SELECT id FROM trainees WHERE name = 'Alice Martin'").fetchone()[0]
    assert entered_marks(store, tid) == {"continuous": None, "social": None, "tutor": D("15.50")}
    for comp, value in (("tutor", "22"), ("tutor", "quinze"), ("final", "12"), ("interview", "12")):
        with pytest.raises(JuryError):
            set_entered_mark(store, "Alice Martin", comp, value)
    with pytest.raises(JuryError):
        set_entered_mark(store, "Personne", "tutor", "12")
    set_entered_mark(store, "Alice Martin", "tutor", "")
    assert entered_marks(store, tid)["tutor"] is None
