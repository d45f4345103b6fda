"""*Vérifier la préparation*: is each scenario's fault in place on this seat, before the exam?

The scenarios are resolved with this seat's lab profile (set values, completed by what is
detected on the machine), then only their preconditions run, all in one pass: one MachineView
(every section read once, whatever the number of scenarios) and one concurrent batch of live
look-ups (DNS, TCP), so checking the three tests of a session costs about as much as one.

For each precondition the result says whether the fault is in place (the precondition holds),
missing (it does not: the trainer has something to do), or unknown (the machine could not be
read: never taken for in place), with what was found.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..checks import REGISTRY, CheckResult, Context, Outcome, evaluate_many
from ..checks.base import show
from ..errors import AimmError, ScenarioFileError
from ..i18n import T, Text
from ..labprofile import LabProfile, detect
from ..machine.base import Machine, MachineView
from ..scenarios.model import Scenario
from ..scenarios.resolve import resolve

IN_PLACE, MISSING, UNKNOWN = "in_place", "missing", "unknown"
STATE_TEXT = {
    IN_PLACE: T("panne en place", "fault in place"),
    MISSING: T("panne absente", "fault missing"),
    UNKNOWN: T("indéterminé", "unknown"),
}
READY, NOT_READY, NOTHING, UNRESOLVED = "ready", "not_ready", "nothing", "unresolved"
VERDICT_TEXT = {
    READY: T("prêt : chaque panne est en place", "ready: every fault is in place"),
    NOT_READY: T("pas prêt : au moins une panne n'est pas en place", "not ready: at least one fault is not in place"),
    NOTHING: T("rien à vérifier sur le poste : suivez la fiche de préparation",
               "nothing to check on the PC: follow the set-up sheet"),
    UNRESOLVED: T("impossible sur ce poste : complétez le profil du labo",
                  "not possible on this seat: complete the lab profile"),
}


@dataclass
class PrepItem:
    index: int
    label: Text
    result: CheckResult

    @property
    def state(self) -> str:
        if self.result.outcome is Outcome.PASS:
            return IN_PLACE
        if self.result.outcome is Outcome.FAIL:
            return MISSING
        return UNKNOWN

    def found(self, lang: str | None = None) -> str:
        return show(self.result.found, lang)

    def expected(self, lang: str | None = None) -> str:
        return show(self.result.expected, lang)

    def explain(self, lang: str | None = None) -> Text:
        """One readable sentence: state, and what was found."""
        r = self.result
        if self.state == UNKNOWN:
            return T(f"indéterminé : {r.message.fr}", f"unknown: {r.message.get('en')}")
        found_fr, found_en = show(r.found, "fr") or "—", show(r.found, "en") or "—"
        exp_fr, exp_en = show(r.expected, "fr"), show(r.expected, "en")
        if self.state == IN_PLACE:
            return T(f"panne en place : trouvé {found_fr}", f"fault in place: found {found_en}")
        return T(f"panne absente : attendu {exp_fr}, trouvé {found_fr}",
                 f"fault missing: expected {exp_en}, found {found_en}")

    def as_dict(self, lang: str | None = None) -> dict:
        return {"index": self.index, "label": self.label.get(lang), "state": self.state,
                "expected": self.expected(lang), "found": self.found(lang),
                "message": self.explain(lang).get(lang), "outcome": self.result.outcome.value}


@dataclass
class PrepResult:
    scenario: Scenario
    items: list[PrepItem] = field(default_factory=list)
    problem: Text | None = None  # the scenario cannot be resolved on this seat

    @property
    def verdict(self) -> str:
        if self.problem is not None:
            return UNRESOLVED
        if not self.items:
            return NOTHING
        return READY if all(i.state == IN_PLACE for i in self.items) else NOT_READY

    def counts(self) -> dict[str, int]:
        out = {IN_PLACE: 0, MISSING: 0, UNKNOWN: 0}
        for i in self.items:
            out[i.state] += 1
        return out

    def as_dict(self, lang: str | None = None) -> dict:
        return {"scenario": self.scenario.id, "title": self.scenario.title.get(lang), "verdict": self.verdict,
                "verdict_text": VERDICT_TEXT[self.verdict].get(lang),
                "problem": self.problem.get(lang) if self.problem else None,
                "preconditions": [i.as_dict(lang) for i in self.items]}


@dataclass
class PrepReport:
    results: list[PrepResult]
    duration_ms: float
    profile: dict  # the lab profile values used (merged: set, else detected)

    @property
    def ready(self) -> bool:
        return all(r.verdict in (READY, NOTHING) for r in self.results)


def label_of(check) -> Text:
    """What a precondition is about: its label, else its check type's description."""
    if check.label is not None:
        return check.label
    cls = REGISTRY.get(check.type)
    base = cls.description if cls is not None else Text(check.type, check.type)
    if not check.expect:
        return T(f"pas : {base.fr}", f"not: {base.get('en')}")
    return base


def check_preparation(scenarios: list[Scenario], machine: Machine, profile: LabProfile | None = None
                      ) -> PrepReport:
    """Run the preconditions of every scenario given, in one pass, on this seat."""
    t0 = time.perf_counter()
    view = machine if isinstance(machine, MachineView) else MachineView(machine)
    if profile is None:
        profile = LabProfile.load(machine=view)
    elif not profile.detected:
        profile = LabProfile(dict(profile.values), detect(view))
    results: list[PrepResult] = []
    batch, owners = [], []
    for s in scenarios:
        pr = PrepResult(s)
        results.append(pr)
        try:
            rs = resolve(s, profile)
        except ScenarioFileError as e:
            pr.problem = T("\n".join(f"{p.keypath} : {p.text.fr}" for p in e.problems),
                           "\n".join(f"{p.keypath}: {p.text.get('en')}" for p in e.problems))
            continue
        except AimmError as e:
            pr.problem = e.text
            continue
        for i, c in enumerate(rs.preconditions):
            batch.append(c)
            owners.append((pr, i, c))
    checks = evaluate_many(batch, view, Context()) if batch else []
    for (pr, i, c), r in zip(owners, checks, strict=True):
        pr.items.append(PrepItem(i + 1, label_of(c), r))
    return PrepReport(results, (time.perf_counter() - t0) * 1000, profile.merged())
