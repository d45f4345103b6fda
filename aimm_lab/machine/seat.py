"""Readings made on a lab PC and graded elsewhere (the room, aimm_lab.room).

In a room exam the lab PC never grades: it reads what the room asks (a `Plan`: sections and
look-ups, never the expected values) and sends the recorded state; the room grades it as a
`SeatReading`.

    plan = plan_of(lambda m: run_pass(resolved, m, ctx, preconditions=True), platform)  # on the room
    state = read_plan(RealMachine(), plan)                                               # on the lab PC
    SeatReading(state, seat="S03")                                                       # on the room

A plan is found by running the check pass on a `PlanRecorder`, which answers nothing and writes
down every section and look-up the pass asks for. A check that asks for something only once it
has read something else is found the same way, on the room, when it grades: the reading then
lacks it (ERROR "not in the recorded state"), and the seat's next plan includes it.
"""

from __future__ import annotations

from ..errors import AimmError
from ..i18n import T
from .base import (
    LOOKUP_KINDS,
    NOT_RECORDED,
    SECTION_PARTS,
    SECTIONS,
    STATE_FORMAT,
    STATE_SCHEMA,
    Machine,
    MachineView,
    ProbeError,
)
from .recorded import RecordedMachine, StateFileError

MAX_LOOKUPS = 200  # a plan asking for more is refused: no scenario needs that many


class PlanError(AimmError):
    pass


class SeatReading(RecordedMachine):
    """A state read on a lab PC of a room and sent over the room's link: graded like a recorded state
    but it is not a file someone chose (`from_file` False); `seat` names the seat that sent it."""

    from_file = False
    #: What the trainee reads when a reading that came over the network cannot be graded (no file, no
    #: seat id: the room keeps which seat sent it).
    UNREADABLE = T("le relevé de ce PC est arrivé incomplet ou abîmé : cliquez à nouveau sur « Vérifier » ; si "
                   "cela se répète, prévenez le formateur", "this PC's reading arrived incomplete or damaged: "
                   "click \"Check\" again; if it happens again, tell the trainer")
    NEWER = T("le relevé de ce PC vient d'une version d'AIMM Lab plus récente que celle du formateur : prévenez le "
              "formateur (il doit mettre à jour AIMM Lab sur son poste)", "this PC's reading comes from a newer "
              "version of AIMM Lab than the trainer's: tell the trainer (AIMM Lab must be updated on their PC)")

    def __init__(self, state: dict, seat: str):
        if not isinstance(state, dict) or state.get("format") != STATE_FORMAT \
                or isinstance(state.get("schema"), bool) or not isinstance(state.get("schema"), int):
            raise StateFileError(self.UNREADABLE)
        if state["schema"] > STATE_SCHEMA:
            raise StateFileError(self.NEWER)
        super().__init__(state, f"seat {seat}")
        self.seat = seat
        bad = (not isinstance(state.get("sections", {}), dict)
               or any(not isinstance(v, dict) for v in (state.get("sections") or {}).values())
               or not isinstance(state.get("errors", {}), dict)
               or not isinstance(state.get("lookups", {}), dict)
               or any(not isinstance(v, dict) for v in (state.get("lookups") or {}).values())
               or state.get("platform", "linux") not in ("linux", "windows", "darwin"))
        if bad:
            raise StateFileError(self.UNREADABLE)


class PlanRecorder(Machine):
    """Answers from `inner` (None: answers nothing) and writes down every section and look-up it could
    not answer: `plan()` is then what a lab PC must read ({"sections": {name: [parts]}, "lookups":
    [[kind, args...]]})."""

    def __init__(self, platform: str, inner: Machine | None = None):
        self.platform = platform
        self.inner = inner
        self._sections: dict[str, set] = {}
        self._lookups: list[list] = []

    def _miss(self, what: str, fn):
        if self.inner is not None:
            try:
                return fn()
            except ProbeError as e:
                if e.kind != NOT_RECORDED:
                    raise
        raise ProbeError(NOT_RECORDED, what)

    def section(self, name, parts=None):
        def ask():
            return self.inner.section(name, parts)
        if self.inner is None or name not in getattr(self.inner, "sections", {}):
            self._sections.setdefault(name, set()).update(parts or ())
        return self._miss(name, ask)

    def _ask(self, entry: list, fn):
        try:
            return self._miss(entry[0], fn)
        except ProbeError as e:
            if e.kind == NOT_RECORDED and entry not in self._lookups:
                self._lookups.append(entry)
            raise

    def resolve(self, name, rdtype="A", server=None, timeout=2.0):
        return self._ask(["dns", name, rdtype, server], lambda: self.inner.resolve(name, rdtype, server, timeout))

    def tcp_connect(self, host, port, timeout=2.0):
        return self._ask(["tcp", host, port], lambda: self.inner.tcp_connect(host, port, timeout))

    def file(self, path, text=False, digest=False):
        return self._ask(["files", path, bool(text), bool(digest)], lambda: self.inner.file(path, text, digest))

    def cpu_load(self, window_s=2.0):
        return self._ask(["cpu_load", window_s], lambda: self.inner.cpu_load(window_s))

    def clock(self, server, timeout=2.0):
        return self._ask(["ntp", server], lambda: self.inner.clock(server, timeout))

    def route(self, destination):
        return self._ask(["route", destination], lambda: self.inner.route(destination))

    def plan(self) -> dict:
        return {"sections": {k: sorted(v) for k, v in sorted(self._sections.items())},
                "lookups": [list(x) for x in self._lookups]}


def merge_plans(*plans: dict) -> dict:
    """One plan asking for everything the given plans ask for."""
    sections: dict[str, set] = {}
    lookups: list[list] = []
    for p in plans:
        for k, v in (p or {}).get("sections", {}).items():
            sections.setdefault(k, set()).update(v)
        for x in (p or {}).get("lookups", []):
            if list(x) not in lookups:
                lookups.append(list(x))
    return {"sections": {k: sorted(v) for k, v in sorted(sections.items())}, "lookups": lookups}


def _bad(why: str) -> PlanError:
    return PlanError(T(f"plan de relevé invalide : {why}", f"invalid reading plan: {why}"))


def check_plan(plan) -> dict:
    """A plan received from the room, checked field by field (PlanError when it is not one)."""
    if not isinstance(plan, dict) or not isinstance(plan.get("sections"), dict) \
            or not isinstance(plan.get("lookups"), list):
        raise _bad("sections/lookups")
    for name, parts in plan["sections"].items():
        if name not in SECTIONS or not isinstance(parts, list) \
                or any(p not in SECTION_PARTS.get(name, ()) for p in parts):
            raise _bad(str(name)[:40])
    if len(plan["lookups"]) > MAX_LOOKUPS:
        raise _bad(f"{len(plan['lookups'])} look-ups")
    shapes = {"dns": (str, str, (str, type(None))), "tcp": (str, int), "files": (str, bool, bool),
              "cpu_load": ((int, float),), "ntp": (str,), "route": (str,)}
    for x in plan["lookups"]:
        if not isinstance(x, list) or not x or x[0] not in LOOKUP_KINDS:
            raise _bad(str(x)[:40])
        want = shapes[x[0]]
        args = x[1:]
        if len(args) != len(want) or any(not isinstance(a, t) or isinstance(a, bool) and t is not bool
                                          for a, t in zip(args, want, strict=True)):
            raise _bad(str(x)[:40])
    return plan


def read_plan(machine: Machine, plan: dict, every_section: bool = False) -> dict:
    """Read on `machine` what `plan` asks for (check_plan first) and return it as a recorded state
    (the shape of `check --record`). A section or look-up that cannot be read is recorded as such
    (its error), never left out silently. `every_section`: read every section, not only the plan's
    (the reading a room exam starts with)."""
    plan = check_plan(plan)
    view = MachineView(machine, {k: v for k, v in plan["sections"].items() if k in SECTION_PARTS})
    for name in (SECTIONS if every_section else plan["sections"]):
        try:
            view.section(name)
        except ProbeError:
            pass
    for kind, *args in plan["lookups"]:
        try:
            if kind == "dns":
                view.resolve(args[0], args[1], args[2])
            elif kind == "tcp":
                view.tcp_connect(args[0], args[1])
            elif kind == "files":
                view.file(args[0], args[1], args[2])
            elif kind == "cpu_load":
                view.cpu_load(args[0])
            elif kind == "ntp":
                view.clock(args[0])
            elif kind == "route":
                view.route(args[0])
        except ProbeError:
            pass  # machines record a failed look-up in its answer; one that raises is left for the room: ERROR
    return view.to_state()
