"""What the trainer-mode tests share: the built-in scenarios, engines reading a scenario's
recorded fixtures with the lab profile they were taken with, and a hand-moved clock."""

from __future__ import annotations

from clock_kit import Clock as BaseClock

from aimm_lab.exam.engine import Engine
from aimm_lab.machine import RecordedMachine
from aimm_lab.scenarios.loader import discover
from aimm_lab.selftest import profile_for_state

TESTS = {"B1": "b1-barrette-manquante", "B2": "b2-ip-statique", "B3": "b3-apipa"}
_LIB = None


def library():
    global _LIB
    if _LIB is None:
        _LIB = discover()
    return _LIB


def scenario(sid: str):
    s = library().get(sid)
    assert s is not None, sid
    return s



class Clock(BaseClock):
    def __init__(self, start: str = "2026-03-12T08:30:00.000Z"):
        super().__init__(start)

    def advance(self, seconds: float) -> int:
        self.t += int(round(seconds * 1000))
        return self.t


def fixture_machine(sid: str, name: str) -> RecordedMachine:
    return RecordedMachine.load(scenario(sid).fixtures[name])


def engine_on(store, sid: str, fixture: str, clock) -> Engine:
    """An engine whose machine is the scenario's recorded fixture, with that state's lab profile."""
    m = fixture_machine(sid, fixture)
    return Engine(store, m, profile=profile_for_state(m), now=clock)


def grade_rubrics(engine, attempt, fraction: float = 1.0, comment: str = "") -> None:
    """Grade every rubric item of an attempt at `fraction` of its points."""
    s = engine.scenario_of(attempt)
    for t in s.tasks:
        if t.kind == "rubric":
            for item in t.rubric:
                engine.set_rubric(attempt, t.id, item.id, round(item.points * fraction, 2), comment)


def answer_everything(engine, attempt) -> None:
    """Quizzes answered right and a complete report, for the scenarios used in these tests."""
    s = engine.scenario_of(attempt)
    for t in s.tasks:
        if t.kind == "quiz":
            answers = []
            for q in t.questions:
                if q.type == "single":
                    answers.append(q.answer[0])
                elif q.type == "multiple":
                    answers.append(list(q.answer))
                else:
                    answers.append(list(range(len(q.pairs) if q.type == "match" else len(q.choices))))
            engine.answer_quiz(attempt, t.id, answers)
        elif t.kind == "report":
            engine.save_report(attempt, {
                "ticket": "2026-1207", "start": "07/12/2026 09:05", "end": "07/12/2026 09:50",
                "billable_minutes": "45", "technician": "Stagiaire", "client": "Cabinet Leroy",
                "equipment": "PC fixe", "request": "plus de réseau", "diagnosis": "ipconfig : 169.254.x.x",
                "root_cause": t.root_cause or "cause", "actions": "service DHCP relancé", "validation": "ping OK",
                "final_state": "résolu", "recommendations": "aucune", "backup": "non"})
