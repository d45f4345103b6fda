"""Attempts: the unit of everything a trainer reviews, grades and exports.

    store = Store()                           # or Store(path)
    engine = Engine(store, machine=RecordedMachine.load("state.json"))   # default: this PC
    engine.expire_overdue()                   # at every start: attempts whose time ran out meanwhile
    a = engine.open_attempt("alice", scenario.id) or engine.start(scenario, "alice", "exam")
    receipt = engine.check(a)                 # a check pass, journaled with its evidence
    receipt.result                            # PassResult in practice mode (or once released), else None
    engine.remaining(a)                       # seconds left, from the stored deadline
    engine.due_warnings(a)                    # [600] or [300] once each: show them
    engine.submit(a)                          # final pass + submission
    engine.score(a)                           # ScoreSheet: per task, competence line, block

Modes: *practice* gives feedback at once, offers hints that cost points, and runs untimed
unless minutes are given; *exam* counts down (the scenario's duration, 60 minutes by
default), offers no hints and hides results until the trainer releases them.

Every change is an event appended to the attempt's journal in its own transaction (WAL,
synchronous=FULL) with a hash chain; the attempt's row (status, deadline, score...) is
rebuilt from the journal in the same transaction, so the row never says more than the
journal and `verify()` can recompute it. The scenario text is stored with the attempt:
grading always uses the version the attempt started with.

Threads: every method is thread-safe. Check passes (`check`, `record_state`, `submit`,
`expire_overdue`) read the machine outside any lock (a pass on a real PC may take
seconds: call them from a worker thread); journaling is serialized on the store's one
writer connection; reads use one connection per thread, so a UI can read while a worker
writes. Methods take an `Attempt` or an attempt id (or a unique prefix of one).
"""

from __future__ import annotations

import hashlib
import re
import socket
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

from .. import fmt, names, words
from ..checks import Context
from ..commercial import document_problems
from ..errors import AimmError, ScenarioFileError
from ..grade import PassResult, run_pass
from ..i18n import T, Text
from ..labprofile import LabProfile
from ..machine.base import Machine, MachineView
from ..machine.real import RealMachine
from ..machine.recorded import RecordedMachine
from ..scenarios.model import REPORT_FIELDS, Scenario, Task
from ..scenarios.readiness import Readiness, checks_machine, readiness
from ..scenarios.resolve import resolve
from ..store.chain import GENESIS, Event, make_event, score_seal, verify_chain
from ..store.db import CLOCK_ANCHOR_KEY, ROOM_LINK_KEY, ROOM_OPEN_KEY, Store
from ..suggest import did_you_mean
from . import clock as clk
from .attempt import (
    Attempt,
    AttemptClosed,
    AttemptError,
    AttemptNotFound,
    CheckReceipt,
    ExamInProgress,
    NotReady,
    Verdict,
)
from .journal import ROW_FIELDS_CHECKED, Facts, derive_row, load_stored_scenario
from .scoring import ScoreSheet, quiz_problems, score_attempt

MODES = words.MODES
DEFAULT = object()  # "the default duration": the scenario's in exam mode, untimed in practice
MAX_MINUTES = 600
MAX_FIELD_CHARS = 20_000
RECORDED_EXAM = T("un examen se passe sur ce poste, pas sur un état machine enregistré (fichier) : l'état enregistré "
                  "ne sert qu'à l'entraînement, et la tentative y est marquée « sur un état enregistré »",
                  "an exam runs on this PC, not on a recorded machine state (a file): a recorded state is for "
                  "practice only, and the attempt is then marked \"on a recorded state\"")


# --------------------------------------------------------------------------- the engine

MachineSource = Machine | Callable[[], Machine] | None


def _from_file(m: Machine) -> bool:
    """Is this machine a recorded state someone chose (a file), rather than a PC read now? A room's
    seat reading (machine.seat.SeatReading) is a PC read now, sent over the room's link."""
    return isinstance(m, RecordedMachine) and getattr(m, "from_file", True)


def _clean_name(name: str) -> str:
    """A typed trainee's name as kept (names.clean); refused when it could pass for another on a
    trainer's list (names.problem) or is longer than 100 characters."""
    name = names.clean(name)
    if not name:
        raise AttemptError(T("indiquez le nom du stagiaire", "give the trainee's name"))
    why = names.problem(name)
    if why is not None:
        raise AttemptError(names.refused(why))
    if len(name) > 100:
        raise AttemptError(T("nom de stagiaire invalide (100 caractères au plus)",
                             "invalid trainee name (at most 100 characters)"))
    return name


class Engine:
    """The attempts engine. See the module's docstring for the whole API and its threads."""

    def __init__(self, store: Store, machine: MachineSource = None, *, profile: LabProfile | dict | None = None,
                 now: Callable[[], int] | clk.WatchedClock | None = None, fault_check: bool = True,
                 recorded_exams: bool = True):
        """`machine`: a Machine, a function making one, or None for this PC (RealMachine).
        `profile`: the lab profile (or a dict of scenario variables) frozen into each new attempt;
        None: the saved lab profile, completed by detection on the machine. `now`: None for the
        watched clock of this program (exam/clock.py: wall clock at start moved on by the monotonic
        clock, changes journaled); a WatchedClock (tests give it fake wall and monotonic clocks); or
        any function giving epoch ms (tests: the clock is then taken as it is, not watched).
        `fault_check`: new attempts of scenarios with preconditions check the planned fault at start
        and hold their check results back until it is verified (docs/attempts.md); False only for
        tests about other things.
        `recorded_exams=False`: an exam cannot start on a recorded machine state (RECORDED_EXAM); the
        command line and the desktop application's entry point pass it, tests and demonstrations that
        build an engine in Python may grade exams on recorded states (labelled so in the journal)."""
        self.store = store
        self.fault_check = fault_check
        self._machine_src = machine
        self._profile = profile
        if now is None:
            now = clk.WatchedClock()
        self._clock = now if isinstance(now, clk.WatchedClock) else None
        self._now = now.now if self._clock is not None else now
        self._clock_checked = False
        self._recorded_exams = recorded_exams
        self._lock = threading.RLock()
        self._room_exams: dict[str, bool] = {}  # attempt id -> started by a room (never changes)
        self._facts: dict[str, Facts] = {}
        self._scenarios: dict[str, Scenario] = {}

    # ------------------------------------------------------------------ helpers
    def now(self) -> int:
        return self._now()

    def machine(self, machine: Machine | None = None) -> Machine:
        if machine is not None:
            return machine
        src = self._machine_src
        if isinstance(src, Machine):
            return src
        if callable(src):
            return src()
        self._machine_src = RealMachine()
        return self._machine_src

    def _lab_variables(self, scenario: Scenario, machine: Machine | None) -> dict:
        p = self._profile
        if isinstance(p, dict):
            return dict(p)
        if isinstance(p, LabProfile):
            return p.variables()
        needs_machine = bool(scenario.preconditions) or any(t.machine_checked for t in scenario.tasks)
        if not needs_machine:
            return LabProfile.load().variables()
        return LabProfile.load(machine=MachineView(self.machine(machine))).variables()

    def readiness(self, scenario: Scenario, *, machine: Machine | None = None) -> Readiness:
        """Can this scenario start on this seat (lab values, platform)? See scenarios/readiness.py."""
        lab = self._lab_variables(scenario, machine)
        platform = self.machine(machine).platform if checks_machine(scenario) else None
        return readiness(scenario, lab, platform)

    def readiness_all(self, scenarios: list[Scenario], *, machine: Machine | None = None) -> dict[str, Readiness]:
        """`readiness` of many scenarios, the lab profile read (and detected) once: {scenario id: Readiness}.
        Raises ProfileError when the saved lab profile cannot be read."""
        m = self.machine(machine)
        p = self._profile
        if isinstance(p, dict):
            lab = dict(p)
        elif isinstance(p, LabProfile):
            lab = p.variables()
        else:
            lab = LabProfile.load(machine=MachineView(m)).variables()
        return {s.id: readiness(s, lab, m.platform) for s in scenarios}

    # ------------------------------------------------------------------ one exam at a time
    def open_exam(self, exclude: Attempt | str | None = None) -> Attempt | None:
        """The exam attempt open (running or paused, time not up) on this PC's database, other than
        `exclude`; None when there is none. While one is open nothing else may run here. A room exam
        served from this PC (aimm_lab.room) runs on a lab PC, not here: it does not count."""
        skip = exclude.id if isinstance(exclude, Attempt) else exclude
        now = self._now()
        for status in ("running", "paused"):
            for a in self.list(status=status, limit=None):
                if (a.mode == "exam" and a.id != skip and a.origin == self.store.db_id and not a.overdue(now)
                        and not self.is_room_exam(a)):
                    return a
        return None

    def room_exam(self) -> dict | None:
        """The room test open on this lab PC ({"id", "scenario", "title"}), as the room last told it
        (aimm_lab.room.seat), or None. Its attempt lives on the trainer's PC, not here."""
        if not self.store.get_setting(ROOM_LINK_KEY):
            return None
        return self.store.get_setting(ROOM_OPEN_KEY) or None

    def is_room_exam(self, attempt: Attempt | str) -> bool:
        """Whether an attempt was started by a room (its start journals "supervision": "room"): the room
        holds its clock and takes its final reading from the lab PC, never from this PC."""
        aid = attempt.id if isinstance(attempt, Attempt) else str(attempt)
        known = self._room_exams.get(aid)
        if known is None:
            rows = self.store.journal(aid)
            known = bool(rows) and rows[0]["kind"] == "started" and rows[0]["data"].get("supervision") == "room"
            self._room_exams[aid] = known
        return known

    def require_no_other_exam(self, a: Attempt | str | None) -> None:
        """Raise ExamInProgress when an exam other than `a` is open on this PC (None: any exam), or a
        room test is (its results would give away what the room grades)."""
        room = self.room_exam()
        if room is not None:
            title = room.get("title") or {}
            raise ExamInProgress(T(
                f"une épreuve de salle est en cours sur ce poste (« {title.get('fr', room.get('scenario'))} ») : "
                f"pas d'entraînement ni de vérification ici avant sa remise",
                f'a room test is in progress on this PC ("{title.get("en", room.get("scenario"))}"): no practice '
                f"or check here until it is submitted"))
        exam = self.open_exam(exclude=a)
        if exam is not None:
            raise ExamInProgress(T(
                f"un examen est en cours sur ce poste ({exam.trainee}, « {exam.title.fr} ») : aucune autre "
                f"tentative ni vérification avant sa remise",
                f'an exam is in progress on this PC ({exam.trainee}, "{exam.title.get("en")}"): no other attempt '
                f"or check until it is submitted"), exam)

    def get(self, attempt: Attempt | str) -> Attempt:
        """An attempt by id or by a unique prefix of at least 4 characters."""
        aid = attempt.id if isinstance(attempt, Attempt) else str(attempt).strip().lower()
        row = self.store.attempt_row(aid)
        if row is None and len(aid) >= 4 and re.fullmatch(r"[0-9a-f]+", aid):
            ids = self.store.ids_like(aid)
            if len(ids) == 1:
                row = self.store.attempt_row(ids[0])
            elif len(ids) > 1:
                raise AttemptNotFound(T(f"plusieurs tentatives commencent par « {aid} » : donnez plus de caractères",
                                        f'several attempts start with "{aid}": give more characters'))
        if row is None:
            raise AttemptNotFound(T(f"tentative inconnue « {aid} » (voir aimm-lab attempts list)",
                                    f'unknown attempt "{aid}" (see aimm-lab attempts list)'))
        return Attempt.from_row(row)

    def list(self, *, trainee: str | None = None, scenario: str | None = None, status: str | None = None,
             limit: int | None = 50, offset: int = 0) -> list[Attempt]:
        """A page of the history, newest first."""
        return [Attempt.from_row(r) for r in self.store.list_attempts(trainee=trainee, scenario=scenario,
                                                                      status=status, limit=limit, offset=offset)]

    def trainee_name(self, name: str) -> str:
        """A typed trainee's name as this PC keeps it: checked (AttemptError), and the name of the known
        trainee it reads as when there is one (names.key: case, full-width letters, look-alike letters),
        so that "marie DUPONT" is Marie Dupont's attempt, not a second Marie Dupont on the trainer's list."""
        name = _clean_name(name)
        k = names.key(name)
        known = [t["name"] for t in self.store.trainees() if names.key(t["name"]) == k]
        return name if not known or name in known else known[0]

    def add_trainee(self, name: str) -> int:
        """A trainee by name (spaces tidied, a known trainee's name as written: trainee_name), added if
        new; returns the trainee's id."""
        name = self.trainee_name(name)
        with self._lock, self.store.transaction() as db:
            return self.store.ensure_trainee(db, name, clk.iso(self._now()))

    def open_attempt(self, trainee: str, scenario_id: str) -> Attempt | None:
        """The running or paused attempt of this trainee at this scenario, to resume; else None."""
        ids = self.store.open_attempt_ids(self.trainee_name(trainee), scenario_id)
        return self.get(ids[0]) if ids else None

    def scenario_of(self, attempt: Attempt | str) -> Scenario:
        """The scenario as it was when the attempt started (its stored copy)."""
        a = attempt if isinstance(attempt, Attempt) else self.get(attempt)
        return self._scenario(a.scenario_sha256)

    def _scenario(self, sha256: str) -> Scenario:
        with self._lock:
            if sha256 in self._scenarios:
                return self._scenarios[sha256]
        copy = self.store.scenario_copy(sha256)
        if copy is None:
            raise AttemptError(T(f"copie du scénario {sha256[:12]} absente de la base",
                                 f"scenario copy {sha256[:12]} missing from the database"))
        try:
            s = load_stored_scenario(copy["text"], copy["path"] or f"{copy['scenario_id']}.toml")
        except ScenarioFileError as e:
            raise AttemptError(T("la copie du scénario enregistrée avec la tentative ne se charge plus :\n"
                                 + e.message("fr"), "the scenario copy stored with the attempt no longer loads:\n"
                                 + e.message("en"))) from None
        with self._lock:
            self._scenarios[sha256] = s
        return s

    def facts(self, attempt: Attempt | str) -> Facts:
        """The journal of an attempt, replayed (cached; reloaded when another program wrote)."""
        a = attempt if isinstance(attempt, Attempt) else self.get(attempt)
        row = self.store.attempt_row(a.id)
        return self._facts_for(a.id, row, None).copy()

    def _facts_for(self, aid: str, row: dict, db) -> Facts:
        with self._lock:
            f = self._facts.get(aid)
            if f is not None and f.seq == row["events"] and f.head == row["head_hash"]:
                return f
        f = Facts.from_journal(self.store.journal(aid, db=db))
        with self._lock:
            self._facts[aid] = f
        return f

    def _task(self, s: Scenario, task_id: str, kinds: tuple[str, ...] | None = None) -> Task:
        try:
            t = s.task(task_id)
        except KeyError:
            hint = did_you_mean(task_id, [x.id for x in s.tasks])
            raise AttemptError(T(f"tâche inconnue « {task_id} »{hint.fr} ; tâches : {', '.join(x.id for x in s.tasks)}",
                                 f'unknown task "{task_id}"{hint.en}; tasks: {", ".join(x.id for x in s.tasks)}')
                               ) from None
        if kinds and t.kind not in kinds:
            raise AttemptError(T(f"la tâche « {task_id} » est de nature « {t.kind} », pas {' / '.join(kinds)}",
                                 f'task "{task_id}" is a "{t.kind}" task, not {" / ".join(kinds)}'))
        return t

    # ------------------------------------------------------------------ journaling
    def _write(self, aid: str, build: Callable[[Facts, clk.ClockState, int], list[tuple[str, dict]]]
               ) -> tuple[list[Event], Attempt]:
        """Append the events `build` returns, in one transaction, and rebuild the row.
        `build` sees the journal as it is inside the transaction and may refuse (raise).
        Clock changes seen since the last write are journaled first (`watch_clock`)."""
        self.watch_clock()
        return self._append(aid, build)

    def _anchor(self, db, now: int) -> None:
        """Keep the time just journaled with the PC's time since boot: the next start compares them."""
        if self._clock is None:
            return
        boot = clk.boot_clock()
        self.store.put_setting(db, CLOCK_ANCHOR_KEY, {"at_ms": now, "boot_id": boot[0] if boot else None,
                                                      "up_ms": boot[1] if boot else None})

    def _append(self, aid: str, build) -> tuple[list[Event], Attempt]:
        with self._lock, self.store.transaction() as db:
            row = self.store.attempt_row(aid, db)
            if row is None:
                raise AttemptNotFound(T(f"tentative inconnue « {aid} »", f'unknown attempt "{aid}"'))
            facts = self._facts_for(aid, row, db).copy()
            now = self._now()
            new = build(facts, facts.clock_state(), now)
            events = []
            at = clk.iso(now)
            for kind, data in new:
                ev = make_event(aid, facts.seq + 1, at, kind, data, facts.head)
                self.store.insert_event(db, ev)
                events.append(ev)
                light = {k: v for k, v in data.items() if k != "state"} if kind == "check" else data
                facts.apply(ev.seq, at, kind, light, ev.hash)
            if not events:
                return [], Attempt.from_row(row)
            self._anchor(db, now)
            scenario = self._scenario(row["scenario_sha256"])
            newrow = derive_row(aid, facts, scenario, row["trainee_id"], at)
            self.store.write_attempt(db, newrow)
            if any(k == "rubric" for k, _ in new):
                self.store.write_rubric(db, aid, list(facts.rubric.values()))
            newrow["trainee"] = row["trainee"]
        with self._lock:
            self._facts[aid] = facts
        return events, Attempt.from_row(newrow)

    def _require_local(self, a: Attempt) -> None:
        """Trainee and clock actions happen on the PC where the attempt runs: elsewhere they would read
        another machine and fork the journal. Grading and releasing results may happen anywhere."""
        if a.origin != self.store.db_id:
            raise AttemptError(T(f"la tentative {a.id[:8]} se déroule sur un autre poste : agissez sur ce poste-là "
                                 f"(ici : notation et communication des résultats seulement)",
                                 f"attempt {a.id[:8]} runs on another PC: act on that PC (here: grading and "
                                 f"releasing results only)"))

    @staticmethod
    def _require_open(c: clk.ClockState, now: int, *, running: bool = True) -> None:
        if c.status in ("submitted", "expired") or c.overdue(now):
            raise AttemptClosed(T("cette tentative est terminée (remise ou temps écoulé)",
                                  "this attempt is over (submitted or time is up)"))
        if running and c.status == "paused":
            raise AttemptClosed(T("tentative en pause : ceci n'a pas été enregistré ; refaites-le quand le formateur "
                                  "aura repris l'épreuve", "attempt paused: this was not saved; do it again once the "
                                  "trainer has resumed the test"))

    # ------------------------------------------------------------------ starting
    def start(self, scenario: Scenario, trainee: str, mode: str = "practice", minutes=DEFAULT, *,
              machine: Machine | None = None, baseline: bool = False, lab: dict | None = None,
              room: dict | None = None) -> Attempt:
        """Start an attempt. `minutes`: None for untimed; by default the scenario's duration in exam
        mode and untimed in practice. The scenario file is read again and stored with the attempt;
        the lab profile's values are frozen into it. `baseline`: journal a first pass (preconditions
        and tasks) as evidence of the starting state; it is always made when the scenario has
        preconditions (the planned fault is checked at start: docs/attempts.md). Refused (NotReady)
        when the scenario cannot run on this seat, (ExamInProgress) while an exam is open on this
        PC, and while the trainee has an open attempt at this scenario (resume it with
        `open_attempt`). The room (aimm_lab.room) passes `lab`, the seat's lab values, and `room`, what
        the journal keeps of the room and the seat ({"seat": id, "room": room id, ...}): the attempt is
        then supervised by the room and `machine` is the seat's reading."""
        if mode not in MODES:
            raise AttemptError(T(f"mode inconnu « {mode} » : practice ou exam", f'unknown mode "{mode}": practice or exam'))
        trainee = self.trainee_name(trainee)
        recorded = _from_file(self.machine(machine))
        if recorded and mode == "exam" and not self._recorded_exams:
            raise AttemptError(RECORDED_EXAM)
        if minutes is DEFAULT:
            minutes = scenario.duration_minutes if mode == "exam" else None
        if minutes is not None:
            if isinstance(minutes, bool) or not isinstance(minutes, int | float) or not 1 <= minutes <= MAX_MINUTES:
                raise AttemptError(T(f"durée invalide « {minutes} » : de 1 à {MAX_MINUTES} minutes",
                                     f'invalid duration "{minutes}": 1 to {MAX_MINUTES} minutes'))
        try:
            raw = Path(scenario.path).read_bytes()
        except OSError as e:
            raise AttemptError(T(f"{scenario.path} : lecture impossible ({e.strerror})",
                                 f"{scenario.path}: cannot read ({e.strerror})")) from None
        if hashlib.sha256(raw).hexdigest() != scenario.sha256:
            raise AttemptError(T(f"{scenario.path} a changé depuis son chargement : rechargez-le et recommencez",
                                 f"{scenario.path} changed since it was loaded: load it again and retry"))
        text = raw.decode("utf-8")
        existing = self.open_attempt(trainee, scenario.id)
        if existing is not None:
            raise AttemptError(T(f"{trainee} a déjà une tentative ouverte à ce scénario ({existing.id[:8]}) : "
                                 f"reprenez-la", f"{trainee} already has an open attempt at this scenario "
                                 f"({existing.id[:8]}): resume it"))
        self.require_no_other_exam(None)
        lab = dict(lab) if lab is not None else self._lab_variables(scenario, machine)
        platform = self.machine(machine).platform if checks_machine(scenario) else None
        ready = readiness(scenario, lab, platform)
        if not ready.ready:  # plain words for whoever stands at the PC; the detail is the trainer's
            raise NotReady(Text("\n".join(r.fr for r in ready.reasons), "\n".join(r.get("en") for r in ready.reasons)),
                           ready)
        rs = resolve(scenario, lab)  # every parameter must resolve on this seat, now rather than mid-exam
        fault_rule = self.fault_check and bool(rs.preconditions)
        aid = uuid.uuid4().hex
        data = {
            "scenario": {"id": scenario.id, "version": scenario.version, "sha256": scenario.sha256,
                         "path": str(scenario.path), "title": scenario.title.as_dict(), "block": scenario.block},
            "trainee": trainee, "mode": mode,
            "duration_ms": None if minutes is None else int(round(minutes * 60_000)),
            "lab": lab, "origin": self.store.db_id, "host": socket.gethostname(),
            # Where and how it runs: on this PC alone (no room watches it), reading this PC or a recorded
            # state, and the trainer PIN in force at the start (its fingerprint), so that a PIN removed or
            # replaced outside the program shows in the review.
            "supervision": "local", "machine": "recorded" if recorded else "this_pc",
            "pin": self.store.pin_fingerprint(),
        }
        if room is not None:
            data.update({"supervision": "room", "machine": "seat", "room": dict(room)})
        if fault_rule:
            data["fault_rule"] = 1
        with self._lock, self.store.transaction() as db:
            if self.store.open_attempt_ids(trainee, scenario.id):
                raise AttemptError(T(f"{trainee} a déjà une tentative ouverte à ce scénario",
                                     f"{trainee} already has an open attempt at this scenario"))
            self.require_no_other_exam(None)  # again inside the transaction: two programs at once
            now = self._now()
            at = clk.iso(now)
            tid = self.store.ensure_trainee(db, trainee, at)
            self.store.save_scenario_copy(db, scenario.sha256, scenario.id, scenario.version, str(scenario.path), text)
            ev = make_event(aid, 1, at, "started", data, GENESIS)
            facts = Facts()
            facts.apply(1, at, "started", data, ev.hash)
            row = derive_row(aid, facts, scenario, tid, at)
            self.store.write_attempt(db, row)
            self.store.insert_event(db, ev)
            self._anchor(db, now)
        with self._lock:
            self._facts[aid] = facts
            self._scenarios.setdefault(scenario.sha256, scenario)
        a = self.get(aid)
        if fault_rule or (baseline and rs and (rs.preconditions or rs.tasks)):
            res, note, rec = None, None, False
            try:
                m = self.machine(machine)
                rec = _from_file(m)
                res = run_pass(rs, m, Context(started_at=clk.parse_iso(a.started_at) / 1000))
            except AimmError as e:  # the machine cannot be read: the fault is not verified, say why
                note = T(f"aucun relevé au début : {e.message('fr')}", f"no reading at the start: {e.message('en')}")
            a = self._write(aid, lambda f, c, n: [("check", self._pass_data("baseline", None, res, note, rec))])[1]
        return a

    def confirm_fault(self, attempt: Attempt | str, by: str) -> Attempt:
        """A trainer confirms that the planned fault was in place although the preconditions did not
        show it (or could not be read): every check pass of the attempt counts from now on, those
        made before included. Journaled with `by` (the trainer's name). Allowed during and after
        the attempt (at the review), on any PC. Refused when there is nothing to confirm."""
        a = self.get(attempt)
        by = " ".join(str(by or "").split())
        if not by:
            raise AttemptError(T("indiquez le nom du formateur qui confirme", "give the confirming trainer's name"))

        def build(f: Facts, c, now):
            if f.fault != "missing":
                raise AttemptError(T("rien à confirmer : la panne prévue a été vue en place (ou ce scénario n'en "
                                     "demande pas)", "nothing to confirm: the planned fault was seen in place (or "
                                     "this scenario has none)"))
            return [("fault_confirmed", {"by": by[:100]})]

        return self._write(a.id, build)[1]

    # ------------------------------------------------------------------ check passes
    @staticmethod
    def _pass_data(purpose: str, task_id: str | None, res: PassResult | None, note: Text | None = None,
                   recorded: bool = False) -> dict:
        d = {"purpose": purpose, "task": task_id}
        if recorded:
            d["machine"] = "recorded"  # read from a recorded state file, not from this PC
        if res is not None:
            d["result"] = res.as_record()
            d["state"] = res.view.to_state() if res.view is not None else None
        if note is not None:
            d["note"] = note.as_dict()
        return d

    def _run_pass(self, a: Attempt, task_id: str | None, machine: Machine | None,
                  preconditions: bool = False) -> PassResult | None:
        """A check pass of the attempt's own scenario version with its frozen lab values; None when
        the scenario has nothing the machine can check."""
        s = self._scenario(a.scenario_sha256)
        facts = self.facts(a)
        rs = resolve(s, facts.lab)
        preconditions = preconditions or not facts.fault_verified  # a later pass may see the fault in place
        if not rs.tasks and not (preconditions and rs.preconditions):
            return None
        ctx = Context(started_at=clk.parse_iso(a.started_at) / 1000)
        return run_pass(rs, self.machine(machine), ctx, preconditions=preconditions, only_task=task_id)

    def check(self, attempt: Attempt | str, task_id: str | None = None, *, machine: Machine | None = None,
              purpose: str = "check") -> CheckReceipt:
        """Run a check pass (all machine-checked tasks, or one) and journal it with its full evidence
        (every check's result and the machine state read). The result is returned only when feedback
        is allowed. If the time is up, the attempt is submitted instead, after a final pass."""
        a = self.get(attempt)
        s = self._scenario(a.scenario_sha256)
        if task_id is not None:
            self._task(s, task_id, ("checks",))
        self._require_local(a)
        self.require_no_other_exam(a)
        if a.overdue(self._now()):
            done = self._expire(a, machine)
            return CheckReceipt(done, done.events, None, expired=True)
        self._require_open(self.facts(a).clock_state(), self._now())
        m = self.machine(machine)
        rec = _from_file(m)
        res = self._run_pass(a, task_id, m)
        expired = False

        def build(f: Facts, c: clk.ClockState, now: int):
            nonlocal expired
            if c.overdue(now) and task_id is None:
                expired = True
                return [("check", self._pass_data("final", None, res, None, rec)),
                        ("submitted", {"reason": "deadline", "late_ms": now - c.deadline})]
            self._require_open(c, now)
            return [("check", self._pass_data(purpose, task_id, res, None, rec))]

        try:
            events, a2 = self._write(a.id, build)
        except AttemptClosed:
            a_now = self.get(a.id)
            if a_now.overdue(self._now()):
                done = self._expire(a_now, machine)
                return CheckReceipt(done, done.events, None, expired=True)
            raise
        seq = events[0].seq if events else a2.events
        counted = self.facts(a2).fault_verified
        return CheckReceipt(a2, seq, res if a2.feedback else None, expired, counted)

    def record_state(self, attempt: Attempt | str, *, machine: Machine | None = None) -> CheckReceipt:
        """Exam mode: record the machine's state as evidence, without showing any result."""
        r = self.check(attempt, machine=machine, purpose="record")
        r.result = None
        return r

    # ------------------------------------------------------------------ trainee actions
    def take_hint(self, attempt: Attempt | str, task_id: str) -> Text:
        """A task's hint (practice mode only). The first time costs the task's hint_penalty."""
        a = self.get(attempt)
        if a.mode != "practice":
            raise AttemptError(T("pas d'indice en mode examen", "no hints in exam mode"))
        self._require_local(a)
        t = self._task(self._scenario(a.scenario_sha256), task_id)
        if t.hint is None:
            raise AttemptError(T(f"la tâche « {task_id} » n'a pas d'indice", f'task "{task_id}" has no hint'))
        self.require_no_other_exam(a)

        def build(f: Facts, c, now):
            self._require_open(c, now)
            return [] if task_id in f.hints else [("hint", {"task": task_id, "penalty": t.hint_penalty})]

        self._write(a.id, build)
        return t.hint

    def save_report(self, attempt: Attempt | str, fields: dict) -> Attempt:
        """Save intervention report fields (ids of scenarios.model.REPORT_FIELDS), merged with the
        fields saved before; an empty value clears a field."""
        a = self.get(attempt)
        self._require_local(a)
        self.require_no_other_exam(a)
        s = self._scenario(a.scenario_sha256)
        if not any(t.kind == "report" for t in s.tasks):
            raise AttemptError(T("ce scénario ne demande pas de rapport d'intervention",
                                 "this scenario asks for no intervention report"))
        if not isinstance(fields, dict):
            raise AttemptError(T("le rapport est un ensemble champ = valeur", "the report is a set of field = value"))
        known = [f for f, _, _ in REPORT_FIELDS]
        clean = {}
        for k, v in fields.items():
            if k not in known:
                hint = did_you_mean(str(k), known)
                raise AttemptError(T(f"champ de rapport inconnu « {k} »{hint.fr} ; champs : {', '.join(known)}",
                                     f'unknown report field "{k}"{hint.en}; fields: {", ".join(known)}'))
            if v is None:
                v = ""
            if not isinstance(v, str | int | float) or isinstance(v, bool):
                raise AttemptError(T(f"champ « {k} » : attendu un texte", f'field "{k}": expected text'))
            v = str(v)
            if len(v) > MAX_FIELD_CHARS:
                raise AttemptError(T(f"champ « {k} » trop long ({len(v)} caractères, {MAX_FIELD_CHARS} au plus)",
                                     f'field "{k}" too long ({len(v)} characters, at most {MAX_FIELD_CHARS})'))
            clean[k] = v

        def build(f: Facts, c, now):
            self._require_open(c, now)
            merged = {**f.report, **clean}
            merged = {k: v for k, v in merged.items() if v != ""}
            return [] if merged == f.report else [("report", {"fields": merged})]

        return self._write(a.id, build)[1]

    def save_document(self, attempt: Attempt | str, task_id: str, doc: dict) -> Attempt:
        """Save the trainee's quote or invoice for a task (as written: lines, terms, mentions; see
        aimm_lab/commercial.py). It replaces the one saved before. AttemptError, in the trainee's
        words, when a number field holds a value its field refuses (`document_problems`)."""
        a = self.get(attempt)
        self._require_local(a)
        self._task(self._scenario(a.scenario_sha256), task_id, ("quote", "invoice"))
        self.require_no_other_exam(a)
        problems = document_problems(doc)
        if problems:
            raise AttemptError(Text("\n".join(p.fr for p in problems), "\n".join(p.get("en") for p in problems)))

        def build(f: Facts, c, now):
            self._require_open(c, now)
            return [] if f.documents.get(task_id) == doc else [("document", {"task": task_id, "doc": doc})]

        return self._write(a.id, build)[1]

    def answer_quiz(self, attempt: Attempt | str, task_id: str, answers: list) -> Attempt:
        """Save a quiz's answers: one per question, in order (None: unanswered). single: a choice
        number; multiple: a list of them; order: the choice numbers in the chosen order; match: for
        each left item, the number of the right item chosen."""
        a = self.get(attempt)
        self._require_local(a)
        t = self._task(self._scenario(a.scenario_sha256), task_id, ("quiz",))
        self.require_no_other_exam(a)
        problems = quiz_problems(t, answers)
        if problems:
            raise AttemptError(Text("\n".join(p.fr for p in problems), "\n".join(p.get("en") for p in problems)))

        def build(f: Facts, c, now):
            self._require_open(c, now)
            return [("quiz", {"task": task_id, "answers": answers})]

        return self._write(a.id, build)[1]

    # ------------------------------------------------------------------ the clock
    def remaining(self, attempt: Attempt | str, now: int | None = None) -> float | None:
        """Seconds left, from the stored deadline (kept time while paused); None if untimed or over."""
        return self.get(attempt).remaining_s(self._now() if now is None else now)

    def due_warnings(self, attempt: Attempt | str, now: int | None = None) -> list[int]:
        """The warnings due now (600 and/or 300 seconds left) that were not given yet; they are
        journaled as given, so each is returned once, even across restarts."""
        self.watch_clock()
        a = self.get(attempt)
        f0 = self.facts(a)
        if not clk.due_warnings(f0.clock_state(), self._now() if now is None else now, f0.warnings):
            return []  # the usual case: nothing to journal, no write transaction
        due: list[int] = []

        def build(f: Facts, c, n):
            due[:] = clk.due_warnings(c, self._now() if now is None else now, f.warnings)
            return [("warning", {"seconds": w}) for w in due]

        self._write(a.id, build)
        return list(due)

    def submit(self, attempt: Attempt | str, reason: str = "trainee", *, machine: Machine | None = None,
               by: str | None = None) -> Attempt:
        """Submit: one final check pass stored as evidence, then the submission (one transaction).
        `reason`: trainee or trainer. If the time is already up the attempt expires instead."""
        a = self.get(attempt)
        self._require_local(a)
        if reason not in ("trainee", "trainer"):
            raise AttemptError(T("raison de remise : trainee ou trainer", "submission reason: trainee or trainer"))
        if a.overdue(self._now()):
            return self._expire(a, machine)
        if reason == "trainee":
            self.require_no_other_exam(a)
        self._require_open(self.facts(a).clock_state(), self._now(), running=reason == "trainee")
        res, note, rec = self._final_pass(a, machine)
        pin = self.store.pin_fingerprint() if reason == "trainer" else None

        def build(f: Facts, c, now):
            if c.overdue(now):
                return [("check", self._pass_data("final", None, res, note, rec)),
                        ("submitted", {"reason": "deadline", "late_ms": now - c.deadline})]
            self._require_open(c, now, running=reason == "trainee")
            done = {"reason": reason, "by": by}
            if reason == "trainer":
                done["pin"] = pin
            return [("check", self._pass_data("final", None, res, note, rec)), ("submitted", done)]

        return self._write(a.id, build)[1]

    def _final_pass(self, a: Attempt, machine: Machine | None) -> tuple[PassResult | None, Text | None, bool]:
        try:
            m = self.machine(machine)
            return self._run_pass(a, None, m), None, _from_file(m)
        except AimmError as e:  # the machine cannot be read at all: submit anyway, and say why
            return None, T(f"aucun relevé final : {e.message('fr')}", f"no final reading: {e.message('en')}"), False

    def _expire(self, a: Attempt, machine: Machine | None) -> Attempt:
        res, note, rec = self._final_pass(a, machine)

        def build(f: Facts, c, now):
            if not c.overdue(now):
                return []  # another program got there first, or the trainer paused in time
            return [("check", self._pass_data("final", None, res, note, rec)),
                    ("submitted", {"reason": "deadline", "late_ms": now - c.deadline})]

        return self._write(a.id, build)[1]

    def expire_overdue(self, now: int | None = None, *, machine: Machine | None = None) -> list[Attempt]:
        """Submit every attempt started on this database whose deadline has passed (the program was
        not running then): a final pass with the evidence available now, then the expiry. Run it at
        every start; returns the attempts it expired (say so to the user: `late_s()` tells how late)."""
        self.check_clock()
        now = self._now() if now is None else now
        out = []
        for aid in self.store.overdue_ids(clk.iso(now), self.store.db_id):
            if self.is_room_exam(aid):
                continue  # the room expires it, on the lab PC's last reading (aimm_lab.room.hall)
            done = self._expire(self.get(aid), machine)
            if done.status == "expired":
                out.append(done)
        return out

    def late_s(self, attempt: Attempt | str) -> float | None:
        """How long after the deadline an expiry was journaled (seconds), or None."""
        a = self.get(attempt)
        for ev in reversed(self.store.journal(a.id, max(0, a.events - 3))):
            if ev["kind"] == "submitted" and ev["data"].get("reason") == "deadline":
                return (ev["data"].get("late_ms") or 0) / 1000
        return None

    # ------------------------------------------------------------------ watching the clock
    def watch_clock(self) -> list[dict]:
        """Journal the clock anomalies seen since the last call (a wall clock changed while the program
        runs; at start, a wall clock behind the journal or the boot clock) as `clock` events of every
        open attempt running on this database. Cheap when there are none: call it at every tick."""
        if self._clock is None:
            return []
        self._clock.now()  # a look at the wall clock
        anomalies = self._clock.take_anomalies()
        if anomalies:
            for aid in self.store.open_local_ids(self.store.db_id):
                self._append(aid, lambda f, c, n: [("clock", dict(x)) for x in anomalies])
        return anomalies

    def check_clock(self) -> list[dict]:
        """Once per program, at start (`expire_overdue` calls it): is the wall clock behind the latest
        event journaled on this database, or behind the time the boot clock says has passed since then
        (same boot: /proc/uptime)? Then the program's time is moved forward to it, so that a clock set
        back gives no time back, and the anomaly is journaled. A clock ahead of the boot clock is
        journaled only. Returns the anomalies journaled."""
        if self._clock is None or self._clock_checked:
            return []
        self._clock_checked = True
        now = self._clock.now()
        latest = clk.parse_iso(self.store.latest_event_at(self.store.db_id))
        anchor = self.store.get_setting(CLOCK_ANCHOR_KEY)
        boot = clk.boot_clock()
        expected = None
        if isinstance(anchor, dict) and boot and anchor.get("boot_id") == boot[0] and anchor.get("up_ms") is not None:
            expected = int(anchor["at_ms"]) + (boot[1] - int(anchor["up_ms"]))
        if expected is not None and expected - now > clk.JUMP_MS:
            self._clock.rebase(expected, "behind_boot", journal=clk.iso(latest))
        elif latest is not None and latest - now > 1000:
            self._clock.rebase(latest, "behind_journal", journal=clk.iso(latest))
        elif expected is not None and now - expected > 10 * 60_000 and latest is not None:
            # ahead of the boot clock by more than a time-server correction could explain
            self._clock.note("ahead_boot", now, now - expected, journal=clk.iso(latest))
        if anchor is None and latest is not None and self.store.open_local_ids(self.store.db_id):
            self._clock.note("anchor_missing", now, 0, journal=clk.iso(latest))
        return self.watch_clock()

    # ------------------------------------------------------------------ trainer actions
    def pause(self, attempt: Attempt | str, by: str = "trainer") -> Attempt:
        """Stop the clock: the remaining time is kept, the deadline cleared."""
        a = self.get(attempt)
        self._require_local(a)

        def build(f: Facts, c, now):
            self._require_open(c, now)
            return [("paused", {"by": by, "kept_ms": c.remaining(now), "pin": self.store.pin_fingerprint()})]

        return self._write(a.id, build)[1]

    def resume(self, attempt: Attempt | str, by: str = "trainer") -> Attempt:
        """Restart the clock: a new deadline, now + the kept time."""
        a = self.get(attempt)
        self._require_local(a)

        def build(f: Facts, c, now):
            self._require_open(c, now, running=False)
            if c.status != "paused":
                raise AttemptError(T("la tentative n'est pas en pause", "the attempt is not paused"))
            return [("resumed", {"by": by, "pin": self.store.pin_fingerprint()})]

        return self._write(a.id, build)[1]

    def add_time(self, attempt: Attempt | str, minutes: float, by: str = "trainer") -> Attempt:
        """Extra time (tiers-temps): the deadline moves `minutes` later (or the kept time grows)."""
        a = self.get(attempt)
        self._require_local(a)
        if isinstance(minutes, bool) or not isinstance(minutes, int | float) or not 0 < minutes <= MAX_MINUTES:
            raise AttemptError(T(f"temps ajouté invalide « {minutes} » : de 1 à {MAX_MINUTES} minutes",
                                 f'invalid added time "{minutes}": 1 to {MAX_MINUTES} minutes'))
        if not a.timed:
            raise AttemptError(T("tentative sans limite de temps : rien à ajouter",
                                 "untimed attempt: no time to add"))

        def build(f: Facts, c, now):
            self._require_open(c, now, running=False)
            return [("time_added", {"by": by, "minutes": minutes, "ms": int(round(minutes * 60_000)),
                                    "pin": self.store.pin_fingerprint()})]

        return self._write(a.id, build)[1]

    def set_rubric(self, attempt: Attempt | str, task_id: str, item_id: str, points: float, comment: str = "",
                   by: str = "trainer") -> Attempt:
        """The trainer's grade for one rubric item (0 to the item's points)."""
        a = self.get(attempt)
        t = self._task(self._scenario(a.scenario_sha256), task_id, ("rubric",))
        item = next((i for i in t.rubric if i.id == item_id), None)
        if item is None:
            raise AttemptError(T(f"item de grille inconnu « {item_id} » ; items : {', '.join(i.id for i in t.rubric)}",
                                 f'unknown rubric item "{item_id}"; items: {", ".join(i.id for i in t.rubric)}'))
        if isinstance(points, bool) or not isinstance(points, int | float) or not 0 <= points <= item.points:
            raise AttemptError(T(f"note invalide « {points} » : de 0 à {fmt.points(item.points, 'fr')}",
                                 f"invalid grade \"{points}\": 0 to {fmt.points(item.points, 'en')}"))
        data = {"task": task_id, "item": item_id, "points": points, "comment": str(comment or "")[:MAX_FIELD_CHARS],
                "by": by, "pin": self.store.pin_fingerprint()}
        return self._write(a.id, lambda f, c, now: [("rubric", data)])[1]

    def release_results(self, attempt: Attempt | str, by: str = "trainer") -> Attempt:
        """Let the trainee see an exam attempt's results (once it is over)."""
        a = self.get(attempt)

        def build(f: Facts, c, now):
            if c.status not in ("submitted", "expired"):
                raise AttemptError(T("les résultats se communiquent une fois la tentative terminée",
                                     "results are released once the attempt is over"))
            return [] if f.released else [("released", {"by": by, "pin": self.store.pin_fingerprint()})]

        return self._write(a.id, build)[1]

    # ------------------------------------------------------------------ results and evidence
    def score(self, attempt: Attempt | str) -> ScoreSheet:
        """The score sheet: per task (with its detail), per competence line and per block."""
        a = self.get(attempt)
        return score_attempt(self._scenario(a.scenario_sha256), self.facts(a).answers())

    def events(self, attempt: Attempt | str) -> list[Event]:
        """The attempt's journal as stored (with the recorded machine states)."""
        return self.store.events(self.get(attempt).id)

    def verify(self, attempt_ids: list[str] | None = None) -> list[Verdict]:
        """Check every attempt (or those given): the hash chain, the score's seal, and the row
        against what the journal and the stored scenario copy imply."""
        out = []
        for aid in attempt_ids if attempt_ids is not None else self.store.all_attempt_ids():
            row = self.store.attempt_row(aid)
            if row is None:
                continue
            out.append(self._verify_one(row))
        return out

    def _verify_one(self, row: dict) -> Verdict:
        aid = row["id"]
        v = Verdict(aid, row["trainee"], row["scenario_id"])
        events = self.store.events(aid)
        v.problems += [p.describe() for p in verify_chain(aid, events)]
        if len(events) != row["events"]:
            v.problems.append(T(f"le journal compte {len(events)} événements, la tentative en annonce {row['events']}",
                                f"the journal holds {len(events)} events, the attempt states {row['events']}"))
        if (events[-1].hash if events else GENESIS) != row["head_hash"]:
            v.problems.append(T("le dernier événement ne correspond pas à celui enregistré (événements supprimés ?)",
                                "the last event is not the one recorded (events removed?)"))
        seal = score_seal(row["head_hash"], row["score"], row["max_score"], row["status"], bool(row["pending"]))
        if seal != row["score_hash"]:
            v.problems.append(T("note ou statut modifiés (le sceau de la note ne correspond plus au journal)",
                                "score or status edited (the score's seal no longer matches the journal)"))
        copy = self.store.scenario_copy(row["scenario_sha256"])
        if copy is None or hashlib.sha256(copy["text"].encode("utf-8")).hexdigest() != row["scenario_sha256"]:
            v.problems.append(T("copie du scénario absente ou modifiée", "scenario copy missing or edited"))
            return v
        try:
            facts = Facts.from_journal([{"seq": e.seq, "at": e.at, "kind": e.kind, "data": e.data, "hash": e.hash}
                                        for e in events])
            expected = derive_row(aid, facts, self._scenario(row["scenario_sha256"]), row["trainee_id"], "")
        except (AimmError, KeyError, TypeError, ValueError) as e:
            v.problems.append(T(f"journal illisible : {e}", f"unreadable journal: {e}"))
            return v
        started = facts.started or {}
        if started.get("trainee") != row["trainee"]:
            v.problems.append(T(f"stagiaire modifié : le journal dit « {started.get('trainee')} »",
                                f'trainee edited: the journal says "{started.get("trainee")}"'))
        for k in ROW_FIELDS_CHECKED:
            got, want = row.get(k), expected.get(k)
            if isinstance(want, float) or isinstance(got, float):
                same = got is not None and want is not None and abs(float(got) - float(want)) < 0.005
                same = same or got is None and want is None
            else:
                same = got == want
            if not same:
                v.problems.append(T(f"« {k} » enregistré {got!r}, le journal donne {want!r}",
                                    f'"{k}" stored as {got!r}, the journal gives {want!r}'))
        return v
