"""What the window works with, without Qt: the database and the attempts engine, the
machine the checks read, the scenario library and who is working. Everything here is
called from background ops (`ui.ops`), never from the main thread."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Trainee:
    id: int
    name: str


@dataclass
class Session:
    """`db_path`: the SQLite file (None: the user's). `state_path`: a recorded machine state
    (JSON) read afresh at each check pass instead of this PC (None: AIMM_LAB_STATE, else this PC).
    `now`: epoch milliseconds (tests and demonstrations move the clock). `recorded_exams`: whether an
    exam may start on the recorded state (the application's entry point says no: `ui.app.launch`)."""

    db_path: Path | None = None
    state_path: Path | None = None
    now: object = None
    recorded_exams: bool = True
    library: object = None
    trainee: Trainee | None = None
    _engine: object = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self):
        if self.state_path is None and os.environ.get("AIMM_LAB_STATE"):
            self.state_path = Path(os.environ["AIMM_LAB_STATE"])
        if self.state_path is not None:
            self.state_path = Path(self.state_path)
        if self.db_path is not None:
            self.db_path = Path(self.db_path)

    # ---------------------------------------------------------------- the machine
    @property
    def recorded(self) -> bool:
        return self.state_path is not None

    def read_machine(self):
        """The machine for one check pass: the recorded state as it is now on disk, or this PC."""
        if self.state_path is not None:
            from aimm_lab.machine import RecordedMachine

            return RecordedMachine.load(self.state_path)
        from aimm_lab.machine.real import RealMachine

        return RealMachine()

    def profile(self):
        """The lab profile for new attempts: the one a recorded state was taken with, or None
        (the engine then uses the saved profile, completed by detection on this PC)."""
        if self.state_path is None:
            return None
        from aimm_lab.selftest import profile_for_state

        return profile_for_state(self.read_machine())

    # ---------------------------------------------------------------- the engine
    def engine(self):
        with self._lock:
            if self._engine is None:
                from aimm_lab.exam.engine import Engine
                from aimm_lab.store.db import Store

                store = Store(self.db_path)
                machine = self.read_machine if self.state_path is not None else None
                self._engine = Engine(store, machine, profile=self.profile(), now=self.now,
                                      recorded_exams=self.recorded_exams)
            return self._engine

    def close(self):
        with self._lock:
            if self._engine is not None:
                self._engine.store.close()
                self._engine = None

    # ---------------------------------------------------------------- trainees
    def trainees(self) -> list[Trainee]:
        return [Trainee(t["id"], t["name"]) for t in self.engine().store.trainees()]

    def add_trainee(self, name: str) -> Trainee:
        eng = self.engine()
        tid = eng.add_trainee(name)
        return next(t for t in self.trainees() if t.id == tid)

    # ---------------------------------------------------------------- scenarios
    def load_library(self):
        from aimm_lab.scenarios.loader import discover

        self.library = discover()
        return self.library

    def readiness(self) -> dict | None:
        """{scenario id: Readiness} on this seat (aimm_lab.scenarios.readiness); None when the lab
        profile cannot be read (the engine then refuses with its own words at the start)."""
        from aimm_lab.errors import AimmError

        if self.library is None:
            return None
        try:
            return self.engine().readiness_all(list(self.library.scenarios))
        except AimmError:
            return None

    def open_exam(self, exclude=None):
        """The exam attempt open on this PC (aimm_lab Engine.open_exam), or None."""
        return self.engine().open_exam(exclude=exclude)

    def scenario(self, scenario_id: str):
        return self.library.get(scenario_id) if self.library is not None else None

    # ---------------------------------------------------------------- results
    def last_results(self, trainee: str) -> dict[str, dict]:
        """The trainee's latest attempt at each scenario, as the library shows it: an open one says
        "open" (in progress), a finished one its score (None while the results are hidden)."""
        out: dict[str, dict] = {}
        for a in self.engine().list(trainee=trainee, limit=None):
            if a.scenario_id in out:
                continue
            if a.is_open:
                out[a.scenario_id] = {"score": None, "max": None, "mode": a.mode, "when": a.started_at, "open": True}
                continue
            if not a.feedback or a.max_score is None:
                out[a.scenario_id] = {"score": None, "max": None, "mode": a.mode, "when": a.started_at}
            else:
                out[a.scenario_id] = {"score": a.score, "max": a.max_score, "mode": a.mode, "when": a.started_at}
        return out
