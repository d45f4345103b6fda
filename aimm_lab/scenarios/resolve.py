"""Turning a loaded scenario into checks ready to run on one seat: variables
from the lab profile are substituted, then every parameter is converted."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..checks import REGISTRY, ParamError, ResolvedCheck
from ..errors import Problem, ScenarioFileError
from ..i18n import T
from ..labprofile import LabProfile
from .locate import line_of
from .model import CheckSpec, Scenario
from .variables import VariableError, substitute


@dataclass
class ResolvedScenario:
    scenario: Scenario
    variables: dict
    preconditions: list[ResolvedCheck] = field(default_factory=list)
    tasks: dict[str, list[ResolvedCheck]] = field(default_factory=dict)


def _variables(s: Scenario, lab_vars: dict, problems: list[Problem]) -> dict:
    values = dict(lab_vars)
    pending = dict(s.variables)
    done: dict = {}

    def lookup(name):
        if name in done:
            return done[name]
        if name in pending:
            raw = pending.pop(name)
            try:
                done[name] = substitute(raw, lookup)
            except VariableError as e:
                problems.append(Problem(line_of(s.lines, f"variables.{name}"), f"variables.{name}", T(e.fr, e.en)))
                done[name] = None
            return done[name]
        if name in values:
            return values[name]
        raise KeyError(name)

    for name in list(s.variables):
        lookup(name)
    values.update(done)
    return values


def _resolve(s: Scenario, spec: CheckSpec, values: dict, problems: list[Problem]) -> ResolvedCheck | None:
    if spec.children or spec.type in ("all", "any"):
        kids = [_resolve(s, c, values, problems) for c in spec.children]
        return ResolvedCheck(spec.type, {}, spec.expect, spec.label, None, [k for k in kids if k])
    cls = REGISTRY[spec.type]
    params = {}
    ok = True
    for p in cls.params:
        if p.name not in spec.params:
            if p.default is not None:
                params[p.name] = p.default
            continue
        raw = spec.params[p.name]
        path = f"{spec.keypath}.{p.name}"
        try:
            value = substitute(raw, lambda n: values[n])
            params[p.name] = p.convert(value)
        except VariableError as e:
            problems.append(Problem(line_of(s.lines, path), path, T(e.fr, e.en)))
            ok = False
        except ParamError as e:
            problems.append(Problem(line_of(s.lines, path), path, e.text))
            ok = False
    if not ok:
        return None
    return ResolvedCheck(spec.type, params, spec.expect, spec.label, spec.timeout)


def resolve(s: Scenario, profile: LabProfile | dict) -> ResolvedScenario:
    """Raise ScenarioFileError naming every parameter that cannot be resolved on this seat."""
    lab_vars = profile.variables() if isinstance(profile, LabProfile) else dict(profile)
    problems: list[Problem] = []
    values = _variables(s, lab_vars, problems)
    rs = ResolvedScenario(s, {k: v for k, v in values.items() if k in s.variables})
    rs.preconditions = [c for c in (_resolve(s, c, values, problems) for c in s.preconditions) if c]
    for t in s.tasks:
        if t.machine_checked:
            rs.tasks[t.id] = [c for c in (_resolve(s, c, values, problems) for c in t.checks) if c]
    if problems:
        raise ScenarioFileError(s.path, problems)
    return rs
