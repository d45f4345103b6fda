"""Can this scenario run on this seat? The library asks before a trainee may start it.

A scenario is *ready* when every lab value its checks use has a value in the lab profile (set by the
trainer, else detected on the machine) and, when it checks the machine, this machine's platform is
one of the scenario's. When it is not, the reasons are plain sentences for the trainer, one per
missing lab value ("Le formateur doit renseigner le domaine du labo."): never a file, a line or a
key path. The technical detail (the resolver's own messages) is kept apart, for the trainer's tools.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import ScenarioFileError
from ..i18n import T, Text
from ..labprofile import key_of, missing_sentence
from .model import CheckSpec, Scenario
from .resolve import resolve
from .variables import VariableError, names_in

PLATFORM_NAMES = {"windows": T("Windows", "Windows"), "linux": T("Linux", "Linux"),
                  "macos": T("macOS", "macOS")}


@dataclass(frozen=True)
class Readiness:
    """`ready`: a trainee may start the scenario here. `reasons`: one plain sentence each (empty
    when ready). `missing`: the lab profile keys to set, with a server's name for `servers`
    ("domain", "servers.nas"). `detail`: the resolver's messages, for the trainer only."""

    scenario_id: str
    ready: bool
    reasons: list[Text] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    platform_ok: bool = True
    detail: list[Text] = field(default_factory=list)

    def text(self, lang: str | None = None) -> str:
        return " ".join(r.get(lang) for r in self.reasons)

    def as_dict(self, lang: str | None = None) -> dict:
        return {"scenario": self.scenario_id, "ready": self.ready, "reasons": [r.get(lang) for r in self.reasons],
                "missing": list(self.missing), "platform_ok": self.platform_ok}


def _spec_names(spec: CheckSpec) -> list[str]:
    out: list[str] = []
    for v in spec.params.values():
        try:
            out += names_in(v)
        except VariableError:
            pass  # the loader already refused malformed placeholders
    for child in spec.children:
        out += _spec_names(child)
    return out


def used_names(s: Scenario) -> list[str]:
    """Every variable name the scenario's resolution needs, its own [variables] expanded to the lab
    names they use, in order of first use."""
    direct: list[str] = []
    for spec in s.preconditions:
        direct += _spec_names(spec)
    for t in s.tasks:
        if t.machine_checked:
            for spec in t.checks:
                direct += _spec_names(spec)
    direct += list(s.variables)  # resolve() evaluates every scenario variable
    out: list[str] = []
    seen: set[str] = set()

    def add(name: str):
        if name in seen:
            return
        seen.add(name)
        if name in s.variables:
            try:
                for n in names_in(s.variables[name]):
                    add(n)
            except VariableError:
                pass
        else:
            out.append(name)

    for n in direct:
        add(n)
    return out


def checks_machine(s: Scenario) -> bool:
    return bool(s.preconditions) or any(t.machine_checked for t in s.tasks)


def readiness(s: Scenario, variables: dict, platform: str | None = None) -> Readiness:
    """Whether `s` can run with these lab variables (LabProfile.variables()) on a machine of this
    platform ("windows", "linux"; None: not checked)."""
    reasons: list[Text] = []
    missing: list[str] = []
    platform_ok = True
    if platform is not None and checks_machine(s) and platform not in s.platforms:
        platform_ok = False
        want = " ou ".join(PLATFORM_NAMES.get(p, T(p, p)).fr for p in s.platforms)
        want_en = " or ".join(PLATFORM_NAMES.get(p, T(p, p)).get("en") for p in s.platforms)
        here = PLATFORM_NAMES.get(platform, T(platform, platform))
        reasons.append(T(f"Ce scénario se passe sous {want} ; ce poste est sous {here.fr}.",
                         f"This scenario runs on {want_en}; this PC runs {here.get('en')}."))
    for name in used_names(s):
        key = key_of(name)
        if key is None or variables.get(name) not in (None, "", [], {}):
            continue
        label = key[0] if key[1] is None else f"{key[0]}.{key[1]}"
        if label not in missing:
            missing.append(label)
            reasons.append(missing_sentence(*key))
    detail: list[Text] = []
    try:
        resolve(s, variables)
    except ScenarioFileError as e:
        detail = [p.text for p in e.problems]
        if not missing:  # a value is there but unusable (e.g. not a number where one is needed)
            reasons.append(T("Le formateur doit vérifier le profil du labo de ce poste : une de ses valeurs ne "
                             "convient pas à ce scénario.", "The trainer must check this seat's lab profile: one "
                             "of its values does not suit this scenario."))
    return Readiness(s.id, not reasons, reasons, missing, platform_ok, detail)
