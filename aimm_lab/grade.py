"""One check pass of a scenario against a machine: preconditions and machine-checked
tasks, with evidence for every check. Knows nothing of attempts or storage."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .checks import CheckResult, Context, Outcome, combine, evaluate_many
from .machine.base import Machine, MachineView
from .scenarios.resolve import ResolvedScenario


@dataclass
class TaskResult:
    task_id: str
    outcome: Outcome
    checks: list[CheckResult]

    @property
    def met(self) -> int:
        return sum(c.outcome is Outcome.PASS for c in self.checks)

    def as_dict(self, lang: str | None = None) -> dict:
        return {"id": self.task_id, "outcome": self.outcome.value, "met": self.met, "total": len(self.checks),
                "checks": [c.as_dict(lang) for c in self.checks]}

    def as_record(self) -> dict:
        return {"id": self.task_id, "outcome": self.outcome.value, "met": self.met, "total": len(self.checks),
                "checks": [c.as_record() for c in self.checks]}


@dataclass
class PassResult:
    scenario_id: str
    scenario_version: int
    preconditions: list[CheckResult] = field(default_factory=list)
    tasks: list[TaskResult] = field(default_factory=list)
    duration_ms: float = 0.0
    view: MachineView | None = None

    @property
    def preconditions_outcome(self) -> Outcome:
        return combine([c.outcome for c in self.preconditions])

    @property
    def all_passed(self) -> bool:
        return all(t.outcome is Outcome.PASS for t in self.tasks)

    def task(self, task_id: str) -> TaskResult | None:
        return next((t for t in self.tasks if t.task_id == task_id), None)

    def as_dict(self, lang: str | None = None) -> dict:
        return {
            "scenario": self.scenario_id,
            "version": self.scenario_version,
            "preconditions": {"outcome": self.preconditions_outcome.value,
                              "checks": [c.as_dict(lang) for c in self.preconditions]},
            "tasks": [t.as_dict(lang) for t in self.tasks],
            "passed": self.all_passed,
            "duration_ms": round(self.duration_ms, 3),
        }

    def as_record(self) -> dict:
        return {
            "scenario": self.scenario_id,
            "version": self.scenario_version,
            "preconditions": [c.as_record() for c in self.preconditions],
            "tasks": [t.as_record() for t in self.tasks],
            "duration_ms": round(self.duration_ms, 3),
        }


def run_pass(rs: ResolvedScenario, machine: Machine, ctx: Context | None = None, *,
             preconditions: bool = True, tasks: bool = True, only_task: str | None = None) -> PassResult:
    """Evaluate everything in one pass: one MachineView (each section read once) and
    one concurrent batch of live look-ups across preconditions and tasks."""
    t0 = time.perf_counter()
    ctx = ctx or Context(started_at=getattr(machine, "attempt_started_at", None))
    view = machine if isinstance(machine, MachineView) else MachineView(machine)
    batch = []
    owners: list[tuple[str, str | None]] = []
    if preconditions:
        for c in rs.preconditions:
            batch.append(c)
            owners.append(("pre", None))
    task_ids = []
    if tasks:
        for tid, checks in rs.tasks.items():
            if only_task and tid != only_task:
                continue
            task_ids.append(tid)
            for c in checks:
                batch.append(c)
                owners.append(("task", tid))
    results = evaluate_many(batch, view, ctx)
    out = PassResult(rs.scenario.id, rs.scenario.version, view=view)
    by_task: dict[str, list[CheckResult]] = {tid: [] for tid in task_ids}
    for (kind, tid), r in zip(owners, results, strict=True):
        if kind == "pre":
            out.preconditions.append(r)
        else:
            by_task[tid].append(r)
    for tid in task_ids:
        match = rs.scenario.task(tid).match
        out.tasks.append(TaskResult(tid, combine([r.outcome for r in by_task[tid]], match), by_task[tid]))
    out.duration_ms = (time.perf_counter() - t0) * 1000
    return out
