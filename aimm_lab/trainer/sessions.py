"""Mock exam sessions in the certificate's format: three practical tests of 1 hour, one per
block (B1, B2, B3), then a 30-minute interview with the jury.

A session holds its three tests (a scenario per block, chosen by the trainer or drawn at
random among the scenarios of that block valid on this platform, with a seed kept so the draw
can be replayed), its trainees with their extra time (tiers-temps) and their jury slot, and the
attempts started for them. Starting a test for a trainee starts an exam-mode attempt through
the attempts engine, timed test length + extra time, with a first reading of the machine kept
as evidence of the starting state.

Attempts taken on other lab PCs come back in result bundles; a session counts them as its own
when they are exam-mode attempts of one of its trainees at the session's scenario for that
block, started on or after the session was created.
"""

from __future__ import annotations

import random
import re
import sys
import uuid
from dataclasses import dataclass, field
from datetime import date

from .. import fmt, names
from ..errors import AimmError
from ..exam import clock as clk
from ..i18n import T, Text
from ..scenarios import referential as ref
from ..scenarios.model import Scenario
from .jury import BLOCKS, mark20, parse_mark

TEST_MINUTES = ref.EXAM_TEST_MINUTES
JURY_MINUTES = ref.JURY_MINUTES
MAX_EXTRA_MINUTES = 120
HOW_TEXT = {"chosen": T("choisi", "chosen"), "drawn": T("tiré au sort", "drawn at random")}

# Where a trainee is, for one test of a session.
NOT_STARTED, RUNNING, PAUSED, TO_GRADE, GRADED, RELEASED = (
    "not_started", "running", "paused", "to_grade", "graded", "released")
WHERE_TEXT = {
    NOT_STARTED: T("pas commencée", "not started"),
    RUNNING: T("en cours", "running"),
    PAUSED: T("en pause", "paused"),
    TO_GRADE: T("à noter", "to grade"),
    GRADED: T("notée", "graded"),
    RELEASED: T("résultats communiqués", "results released"),
}


class SessionError(AimmError):
    pass


def this_platform() -> str:
    return "windows" if sys.platform.startswith("win") else "darwin" if sys.platform == "darwin" else "linux"


@dataclass
class SessionTest:
    block: str
    scenario_id: str
    how: str  # chosen | drawn


@dataclass
class SessionTrainee:
    trainee_id: int
    name: str
    extra_minutes: float = 0.0
    jury_at: str | None = None  # "HH:MM", the start of the 30-minute interview
    interview_mark: str | None = None  # decimal text, out of 20

    def jury_slot(self, minutes: int = JURY_MINUTES) -> str | None:
        if not self.jury_at:
            return None
        h, m = map(int, self.jury_at.split(":"))
        end = h * 60 + m + minutes
        return f"{self.jury_at}–{end // 60 % 24:02d}:{end % 60:02d}"


@dataclass
class ExamSession:
    id: str
    name: str
    day: str | None
    created_at: str
    platform: str
    seed: int
    test_minutes: int = TEST_MINUTES
    jury_minutes: int = JURY_MINUTES
    tests: dict[str, SessionTest] = field(default_factory=dict)
    trainees: list[SessionTrainee] = field(default_factory=list)

    def trainee(self, name: str) -> SessionTrainee:
        for t in self.trainees:
            if names.key(t.name) == names.key(name):
                return t
        raise SessionError(T(f"« {name} » n'est pas inscrit à la session « {self.name} »",
                             f'"{name}" is not enrolled in the session "{self.name}"'))

    @property
    def complete(self) -> bool:
        return all(b in self.tests for b in BLOCKS)


@dataclass
class Cell:
    """Where one trainee is in one test of the session."""

    block: str
    where: str
    attempt: object | None = None  # aimm_lab.exam.engine.Attempt
    remaining_s: float | None = None
    score20: object | None = None  # Decimal, once graded (unrounded: shown by fmt.mark)

    def text(self, lang: str | None = None) -> str:
        base = WHERE_TEXT[self.where].get(lang)
        if self.where in (RUNNING, PAUSED) and self.remaining_s is not None:
            left = clk.format_remaining(int(self.remaining_s * 1000))
            return f"{base} — " + (f"reste {left}" if lang != "en" else f"{left} left")
        if self.score20 is not None and self.where in (GRADED, RELEASED):
            return f"{base} — {fmt.mark(self.score20, lang)}/20"
        return base


def candidates(scenarios: list[Scenario], block: str, platform: str,
               test_minutes: int | None = None) -> list[Scenario]:
    """The scenarios a test of `block` may use on `platform`, in a stable order; with `test_minutes`,
    only those whose duration (`duration_minutes`) fits in the test."""
    return sorted((s for s in scenarios if s.block == block and platform in s.platforms
                   and (test_minutes is None or s.duration_minutes <= test_minutes)), key=lambda s: s.id)


def draw(scenarios: list[Scenario], blocks, platform: str, seed: int,
         test_minutes: int | None = None) -> dict[str, Scenario]:
    """One scenario per block, drawn with a seeded RNG among those that fit in `test_minutes`
    (all of them when None): the same seed and library give the same draw."""
    rng = random.Random(seed)
    out = {}
    for b in blocks:
        pool = candidates(scenarios, b, platform, test_minutes)
        if not pool:
            if test_minutes is not None and candidates(scenarios, b, platform):
                raise SessionError(T(f"aucun scénario du bloc {b} utilisable sur {platform} ne tient en "
                                     f"{test_minutes} min",
                                     f"no {b} scenario usable on {platform} fits in {test_minutes} min"))
            raise SessionError(T(f"aucun scénario du bloc {b} n'est utilisable sur {platform}",
                                 f"no {b} scenario can be used on {platform}"))
        out[b] = rng.choice(pool)
    return out


def _clean_name(name: str) -> str:
    name = " ".join(str(name or "").split())
    if not name or len(name) > 100 or any(ord(c) < 32 for c in name):
        raise SessionError(T("nom invalide (1 à 100 caractères)", "invalid name (1 to 100 characters)"))
    return name


def _trainee_name(name: str) -> str:
    """A trainee's name as kept (names.clean); refused when a trainer could take it for another
    (names.problem: invisible characters, letters of two alphabets, stacked accents)."""
    name = _clean_name(names.clean(name))
    why = names.problem(name)
    if why is not None:
        raise SessionError(names.refused(why))
    return name


def _clean_time(value: str | None) -> str | None:
    if value in (None, ""):
        return None
    m = re.fullmatch(r"\s*(\d{1,2})\s*[:hH]\s*(\d{2})?\s*", str(value))
    if not m or int(m.group(1)) > 23 or int(m.group(2) or 0) > 59:
        raise SessionError(T(f"heure invalide « {value} » : ex. 14:30", f'invalid time "{value}": e.g. 14:30'))
    return f"{int(m.group(1)):02d}:{int(m.group(2) or 0):02d}"


def _clean_extra(minutes) -> float:
    try:
        v = float(str(minutes).replace(",", ".")) if minutes not in (None, "") else 0.0
    except ValueError:
        v = -1
    if not 0 <= v <= MAX_EXTRA_MINUTES:
        raise SessionError(T(f"temps supplémentaire invalide « {minutes} » : de 0 à {MAX_EXTRA_MINUTES} minutes",
                             f'invalid extra time "{minutes}": 0 to {MAX_EXTRA_MINUTES} minutes'))
    return v


class Sessions:
    """Mock exam sessions of one database; attempts go through the engine given."""

    def __init__(self, engine):
        self.engine = engine
        self.store = engine.store

    def _rows(self, sql: str, params=()) -> list[dict]:
        with self.store.errors():
            cur = self.store.reader().conn.execute(sql, list(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    # ------------------------------------------------------------------ reading
    def list(self) -> list[ExamSession]:
        rows = self._rows("SELECT id FROM exam_sessions ORDER BY coalesce(day, created_at) DESC, created_at DESC")
        return [self.get(r["id"]) for r in rows]

    def get(self, session_id: str) -> ExamSession:
        rows = self._rows("SELECT * FROM exam_sessions WHERE id = ?", [session_id])
        if not rows:
            raise SessionError(T(f"session inconnue « {session_id} »", f'unknown session "{session_id}"'))
        r = rows[0]
        s = ExamSession(r["id"], r["name"], r["day"], r["created_at"], r["platform"], r["seed"], r["test_minutes"],
                        r["jury_minutes"])
        for t in self._rows("SELECT block, scenario_id, how FROM session_tests WHERE session_id = ?", [s.id]):
            s.tests[t["block"]] = SessionTest(t["block"], t["scenario_id"], t["how"])
        for t in self._rows(
                "SELECT st.trainee_id, t.name, st.extra_minutes, st.jury_at, st.interview_mark FROM session_trainees st "
                "JOIN trainees t ON t.id = st.trainee_id WHERE st.session_id = ? ORDER BY st.position, t.name", [s.id]):
            s.trainees.append(SessionTrainee(t["trainee_id"], t["name"], t["extra_minutes"], t["jury_at"],
                                             t["interview_mark"]))
        return s

    def sessions_of(self, trainee: str) -> list[ExamSession]:
        rows = self._rows(
            "SELECT st.session_id AS id FROM session_trainees st JOIN trainees t ON t.id = st.trainee_id "
            "JOIN exam_sessions s ON s.id = st.session_id WHERE t.name = ? "
            "ORDER BY coalesce(s.day, s.created_at) DESC, s.created_at DESC", [trainee])
        return [self.get(r["id"]) for r in rows]

    # ------------------------------------------------------------------ writing
    def _now(self) -> str:
        return clk.iso(self.engine.now())

    def create(self, name: str, day: str | date | None = None, *, platform: str | None = None,
               seed: int | None = None, test_minutes: int = TEST_MINUTES, jury_minutes: int = JURY_MINUTES
               ) -> ExamSession:
        name = _clean_name(name)
        if isinstance(day, date):
            day = day.isoformat()
        if day:
            try:
                date.fromisoformat(day)
            except ValueError:
                raise SessionError(T(f"date invalide « {day} » (AAAA-MM-JJ)", f'invalid date "{day}" (YYYY-MM-DD)')
                                   ) from None
        sid = uuid.uuid4().hex
        seed = random.SystemRandom().randrange(1, 2**31) if seed is None else int(seed)
        now = self._now()
        with self.store.transaction() as db:
            db["exam_sessions"].insert({"id": sid, "name": name, "day": day or None, "created_at": now,
                                        "platform": platform or this_platform(), "seed": seed,
                                        "test_minutes": int(test_minutes), "jury_minutes": int(jury_minutes),
                                        "updated_at": now})
        return self.get(sid)

    def rename(self, session_id: str, name: str) -> ExamSession:
        name = _clean_name(name)
        with self.store.transaction() as db:
            db.conn.execute("UPDATE exam_sessions SET name = ?, updated_at = ? WHERE id = ?",
                            [name, self._now(), session_id])
        return self.get(session_id)

    def set_test(self, session_id: str, scenario: Scenario, how: str = "chosen") -> ExamSession:
        s = self.get(session_id)
        if scenario.block not in BLOCKS:
            raise SessionError(T(f"bloc inconnu {scenario.block}", f"unknown block {scenario.block}"))
        if s.platform not in scenario.platforms:
            raise SessionError(T(f"« {scenario.id} » n'est pas prévu pour {s.platform} (plateformes : "
                                 f"{', '.join(scenario.platforms)})", f'"{scenario.id}" is not meant for {s.platform} '
                                 f"(platforms: {', '.join(scenario.platforms)})"))
        if scenario.duration_minutes > s.test_minutes:
            raise SessionError(T(f"« {scenario.id} » dure {scenario.duration_minutes} min : il ne tient pas dans "
                                 f"une épreuve de {s.test_minutes} min",
                                 f'"{scenario.id}" lasts {scenario.duration_minutes} min: it does not fit in a '
                                 f"{s.test_minutes}-minute test"))
        if self._started(session_id, scenario.block):
            raise SessionError(T(f"l'épreuve {scenario.block} a déjà commencé pour un stagiaire : elle ne change plus",
                                 f"the {scenario.block} test has already started for a trainee: it cannot change"))
        with self.store.transaction() as db:
            db["session_tests"].upsert({"session_id": session_id, "block": scenario.block,
                                        "scenario_id": scenario.id, "how": how}, pk=("session_id", "block"))
        return self.get(session_id)

    def draw_tests(self, session_id: str, scenarios: list[Scenario], blocks=BLOCKS) -> ExamSession:
        """Draw a scenario for each block given (default: all three) with the session's seed."""
        s = self.get(session_id)
        picks = draw(scenarios, blocks, s.platform, s.seed, s.test_minutes)
        for b in blocks:
            self.set_test(session_id, picks[b], "drawn")
        return self.get(session_id)

    def redraw(self, session_id: str, scenarios: list[Scenario], blocks=BLOCKS) -> ExamSession:
        """A new seed, then a new draw (refused for a block whose test has started)."""
        seed = random.SystemRandom().randrange(1, 2**31)
        with self.store.transaction() as db:
            db.conn.execute("UPDATE exam_sessions SET seed = ? WHERE id = ?", [seed, session_id])
        return self.draw_tests(session_id, scenarios, blocks)

    def add_trainee(self, session_id: str, name: str, extra_minutes=0, jury_at: str | None = None) -> ExamSession:
        s = self.get(session_id)
        name = self.engine.trainee_name(_trainee_name(name))  # a known trainee's name as written
        if any(names.key(t.name) == names.key(name) for t in s.trainees):
            raise SessionError(T(f"{name} est déjà inscrit à cette session", f"{name} is already enrolled"))
        extra = _clean_extra(extra_minutes)
        jury_at = _clean_time(jury_at)
        with self.store.transaction() as db:
            tid = self.store.ensure_trainee(db, name, self._now())
            pos = db.conn.execute("SELECT coalesce(max(position), 0) + 1 FROM session_trainees WHERE session_id = ?",
                                  [session_id]).fetchone()[0]
            if db.conn.execute("SELECT 1 FROM session_trainees WHERE session_id = ? AND trainee_id = ?",
                               [session_id, tid]).fetchone():
                raise SessionError(T(f"{name} est déjà inscrit à cette session", f"{name} is already enrolled"))
            db["session_trainees"].insert({"session_id": session_id, "trainee_id": tid, "extra_minutes": extra,
                                           "jury_at": jury_at, "interview_mark": None, "position": pos})
        return self.get(session_id)

    def update_trainee(self, session_id: str, name: str, *, extra_minutes=None, jury_at=...,
                       interview_mark=...) -> ExamSession:
        s = self.get(session_id)
        t = s.trainee(name)
        changes = {}
        if extra_minutes is not None:
            changes["extra_minutes"] = _clean_extra(extra_minutes)
        if jury_at is not ...:
            changes["jury_at"] = _clean_time(jury_at)
        if interview_mark is not ...:
            mark = parse_mark(interview_mark)
            changes["interview_mark"] = None if mark is None else str(mark)
        if changes:
            with self.store.transaction() as db:
                sets = ", ".join(f"{k} = ?" for k in changes)
                db.conn.execute(f"UPDATE session_trainees SET {sets} WHERE session_id = ? AND trainee_id = ?",
                                [*changes.values(), session_id, t.trainee_id])
        return self.get(session_id)

    def remove_trainee(self, session_id: str, name: str) -> ExamSession:
        s = self.get(session_id)
        t = s.trainee(name)
        if any(c.attempt is not None for c in self.row(s, t)):
            raise SessionError(T(f"{t.name} a déjà commencé une épreuve : il reste inscrit",
                                 f"{t.name} has already started a test: they stay enrolled"))
        with self.store.transaction() as db:
            db.conn.execute("DELETE FROM session_trainees WHERE session_id = ? AND trainee_id = ?",
                            [session_id, t.trainee_id])
        return self.get(session_id)

    def delete(self, session_id: str) -> None:
        if self._rows("SELECT 1 FROM session_attempts WHERE session_id = ? LIMIT 1", [session_id]):
            raise SessionError(T("des épreuves de cette session ont commencé : elle est gardée",
                                 "tests of this session have started: it is kept"))
        with self.store.transaction() as db:
            for table in ("session_tests", "session_trainees", "exam_sessions"):
                col = "id" if table == "exam_sessions" else "session_id"
                db.conn.execute(f"DELETE FROM {table} WHERE {col} = ?", [session_id])

    # ------------------------------------------------------------------ attempts
    def _started(self, session_id: str, block: str) -> bool:
        return bool(self._rows("SELECT 1 FROM session_attempts WHERE session_id = ? AND block = ? LIMIT 1",
                                     [session_id, block]))

    def start(self, session_id: str, name: str, block: str, scenario: Scenario, *, machine=None):
        """Start `name`'s test of `block` on this PC: an exam attempt of test length + extra time,
        with the starting state of the machine recorded. Returns the Attempt."""
        s = self.get(session_id)
        t = s.trainee(name)
        test = s.tests.get(block)
        if test is None:
            raise SessionError(T(f"aucun scénario n'est fixé pour l'épreuve {block}",
                                 f"no scenario is set for the {block} test"))
        if scenario.id != test.scenario_id:
            raise SessionError(T(f"l'épreuve {block} de cette session est « {test.scenario_id} »",
                                 f"this session's {block} test is \"{test.scenario_id}\""))
        cell = next(c for c in self.row(s, t) if c.block == block)
        if cell.attempt is not None:
            raise SessionError(T(f"{t.name} a déjà une tentative pour l'épreuve {block} ({cell.attempt.id[:8]})",
                                 f"{t.name} already has an attempt for the {block} test ({cell.attempt.id[:8]})"))
        a = self.engine.start(scenario, t.name, "exam", s.test_minutes + t.extra_minutes, machine=machine,
                              baseline=True)
        with self.store.transaction() as db:
            db["session_attempts"].insert({"session_id": s.id, "trainee_id": t.trainee_id, "block": block,
                                           "attempt_id": a.id}, replace=True)
        return a

    def row(self, s: ExamSession, t: SessionTrainee) -> list[Cell]:
        """One trainee's three tests: where they are."""
        linked = {r["block"]: r["attempt_id"] for r in self._rows(
            "SELECT block, attempt_id FROM session_attempts WHERE session_id = ? AND trainee_id = ?",
            [s.id, t.trainee_id])}
        out = []
        for b in BLOCKS:
            test = s.tests.get(b)
            aid = linked.get(b)
            if aid is None and test is not None:
                aid = self._matching(s, t, test)
            out.append(self._cell(b, aid))
        return out

    def _matching(self, s: ExamSession, t: SessionTrainee, test: SessionTest) -> str | None:
        """A lone PC's exam of this test taken since the session was made (imported from its bundle). A
        room's exam counts only through its link: one the trainer freed (a seat under somebody else's
        name) never stands in."""
        rows = self._rows(
            "SELECT id FROM attempts WHERE trainee_id = ? AND scenario_id = ? AND mode = 'exam' AND started_at >= ? "
            "AND id NOT IN (SELECT attempt_id FROM session_attempts) ORDER BY started_at DESC LIMIT 20",
            [t.trainee_id, test.scenario_id, s.created_at])
        return next((r["id"] for r in rows if not self.engine.is_room_exam(r["id"])), None)

    def _cell(self, block: str, aid: str | None) -> Cell:
        if aid is None:
            return Cell(block, NOT_STARTED)
        a = self.engine.get(aid)
        now = self.engine.now()
        if a.status == "running" and a.overdue(now):
            return Cell(block, TO_GRADE if a.pending else GRADED, a, None, None)
        if a.status in ("running", "paused"):
            return Cell(block, a.status, a, a.remaining_s(now))
        if a.pending:
            return Cell(block, TO_GRADE, a)
        return Cell(block, RELEASED if a.released else GRADED, a, None, mark20(a.score, a.max_score))

    def status(self, session_id: str) -> list[tuple[SessionTrainee, list[Cell]]]:
        """Who is where: for each trainee, their three tests."""
        s = self.get(session_id)
        return [(t, self.row(s, t)) for t in s.trainees]

    def attempt_ids(self, session_id: str) -> list[str]:
        return [c.attempt.id for _, cells in self.status(session_id) for c in cells if c.attempt is not None]

    # ------------------------------------------------------------------ carrying a session to other lab PCs
    def to_dict(self, session_id: str) -> dict:
        s = self.get(session_id)
        return {"format": "aimm-lab-session", "schema": 1, "id": s.id, "name": s.name, "day": s.day,
                "created_at": s.created_at, "platform": s.platform, "seed": s.seed, "test_minutes": s.test_minutes,
                "jury_minutes": s.jury_minutes,
                "tests": [{"block": t.block, "scenario_id": t.scenario_id, "how": t.how} for t in s.tests.values()],
                "trainees": [{"name": t.name, "extra_minutes": t.extra_minutes, "jury_at": t.jury_at}
                             for t in s.trainees]}

    def merge_dict(self, data: dict) -> ExamSession:
        """Add a session written by `to_dict` on another PC, or bring this PC's copy up to date
        (same id): tests and trainees are added or updated, nothing is removed."""
        if not isinstance(data, dict) or data.get("format") != "aimm-lab-session":
            raise SessionError(T("ce fichier n'est pas une session d'examen AIMM Lab",
                                 "this file is not an AIMM Lab exam session"))
        try:
            sid = str(data["id"])
            if not re.fullmatch(r"[0-9a-f]{32}", sid):
                raise ValueError(sid)
            name = _clean_name(data["name"])
            tests = [(str(t["block"]), str(t["scenario_id"]), str(t.get("how") or "chosen"))
                     for t in data.get("tests") or []]
            trainees = [(self.engine.trainee_name(_trainee_name(t["name"])), _clean_extra(t.get("extra_minutes") or 0),
                         _clean_time(t.get("jury_at"))) for t in data.get("trainees") or []]
            row = {"id": sid, "name": name, "day": data.get("day"), "created_at": str(data["created_at"]),
                   "platform": str(data["platform"]), "seed": int(data["seed"]),
                   "test_minutes": int(data.get("test_minutes") or TEST_MINUTES),
                   "jury_minutes": int(data.get("jury_minutes") or JURY_MINUTES), "updated_at": self._now()}
        except (KeyError, TypeError, ValueError) as e:
            raise SessionError(T(f"fichier de session incomplet ou invalide ({e})",
                                 f"incomplete or invalid session file ({e})")) from None
        with self.store.transaction() as db:
            db["exam_sessions"].upsert(row, pk="id")
            for block, scenario_id, how in tests:
                if block in BLOCKS:
                    db["session_tests"].upsert({"session_id": sid, "block": block, "scenario_id": scenario_id,
                                                "how": how}, pk=("session_id", "block"))
            for pos, (name, extra, jury_at) in enumerate(trainees, start=1):
                tid = self.store.ensure_trainee(db, name, row["updated_at"])
                db["session_trainees"].upsert({"session_id": sid, "trainee_id": tid, "extra_minutes": extra,
                                               "jury_at": jury_at, "position": pos}, pk=("session_id", "trainee_id"))
        return self.get(sid)


def describe_test(test: SessionTest | None, scenario: Scenario | None, lang: str | None = None) -> str:
    if test is None:
        return Text("à choisir", "to choose").get(lang)
    title = scenario.title.get(lang) if scenario is not None else test.scenario_id
    return f"{title} ({HOW_TEXT.get(test.how, Text(test.how)).get(lang)})"
