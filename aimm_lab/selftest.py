"""A scenario's own proof: on its `broken` fixtures the preconditions hold and every
machine-checked task fails; on its `solved` fixtures every machine-checked task passes."""

from __future__ import annotations

from dataclasses import dataclass, field

from .checks import Outcome
from .errors import AimmError
from .grade import PassResult, run_pass
from .i18n import T, Text
from .labprofile import LabProfile, convert, detect
from .machine import RecordedMachine
from .scenarios.model import Scenario
from .scenarios.resolve import resolve


@dataclass
class FixtureResult:
    scenario_id: str
    fixture: str
    ok: bool
    problems: list[Text] = field(default_factory=list)
    result: PassResult | None = None

    def as_dict(self, lang=None) -> dict:
        return {"scenario": self.scenario_id, "fixture": self.fixture, "ok": self.ok,
                "problems": [p.get(lang) for p in self.problems]}


def profile_for_state(machine: RecordedMachine) -> LabProfile:
    """The lab profile a recorded state was taken with (its "lab" object), else detected from it."""
    values = {}
    for k, v in (machine.state.get("lab") or {}).items():
        values[k] = convert(k, v)
    return LabProfile(values, detect(machine))


def test_fixture(s: Scenario, name: str) -> FixtureResult:
    fr = FixtureResult(s.id, name, True)
    try:
        machine = RecordedMachine.load(s.fixtures[name])
        rs = resolve(s, profile_for_state(machine))
    except AimmError as e:
        fr.ok = False
        fr.problems.append(e.text if not hasattr(e, "lines") else Text("\n".join(e.lines("fr")),
                                                                       "\n".join(e.lines("en"))))
        return fr
    res = run_pass(rs, machine)
    fr.result = res
    broken = name.startswith("broken")
    if broken:
        for i, c in enumerate(res.preconditions):
            if c.outcome is not Outcome.PASS:
                fr.problems.append(T(f"précondition {i + 1} ({c.type}) : {c.outcome.value} — {c.message.fr}",
                                     f"precondition {i + 1} ({c.type}): {c.outcome.value} — {c.message.get('en')}"))
    for t in res.tasks:
        want = Outcome.FAIL if broken else Outcome.PASS
        if t.outcome is not want:
            detail = "; ".join(f"{c.type}: {c.outcome.value} {c.message.fr}" for c in t.checks
                               if c.outcome is not want)
            detail_en = "; ".join(f"{c.type}: {c.outcome.value} {c.message.get('en')}" for c in t.checks
                                  if c.outcome is not want)
            fr.problems.append(T(f"tâche {t.task_id} : attendu {want.value}, obtenu {t.outcome.value} ({detail})",
                                 f"task {t.task_id}: expected {want.value}, got {t.outcome.value} ({detail_en})"))
    if not res.tasks:
        fr.problems.append(T("aucune tâche vérifiée par la machine", "no machine-checked task"))
    fr.ok = not fr.problems
    return fr


def test_scenario(s: Scenario) -> list[FixtureResult]:
    if not s.fixtures:
        return [FixtureResult(s.id, "-", False, [T("aucun jeu d'essai (fixtures) : ajoutez broken et solved",
                                                    "no fixtures: add broken and solved")])]
    out = [test_fixture(s, name) for name in sorted(s.fixtures)]
    kinds = {n.split("_")[0] for n in s.fixtures}
    for needed in ("broken", "solved"):
        if needed not in kinds:
            out.append(FixtureResult(s.id, needed, False, [T(f"jeu d'essai « {needed} » manquant",
                                                             f'"{needed}" fixture missing')]))
    return out
