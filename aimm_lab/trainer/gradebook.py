"""The trainer's gradebook: results per trainee, per block and per competence line; the jury
grid with the certificate's weights; the validity of each validated block; progress over time.

What counts. Exam-mode attempts that are over (submitted or time up). An attempt whose rubric
is not fully graded yet is listed as "to grade" and left out of every mark until it is.
- Block mark: the attempts of the block's scenarios, counted under the trainer's rule (best,
  last or average: `aimm-lab gradebook rule`), scaled to 20.
- Competence line: points earned over points possible, across the counted attempts' tasks of
  that line (a task counts for the competence lines of the task, else of its scenario).
- Jury grid: see trainer/jury.py. The practical tests are those of the trainee's latest mock
  exam session (its interview mark with them); without a session, the latest graded exam
  attempt of each block, and no interview mark.
- Progress: every attempt that is over (both modes), its mark out of 20, in time order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from ..exam import clock as clk
from ..exam.scoring import RULES, aggregate
from ..i18n import T, Text
from .jury import (
    BLOCKS,
    ENTERED,
    BlockTest,
    BlockValidation,
    FinalExam,
    JuryError,
    JuryResult,
    block_validations,
    final_exam,
    jury_result,
    mark20,
    parse_mark,
)
from .sessions import GRADED, RELEASED, Sessions

DEFAULT_RULE = "best"


@dataclass
class BlockLine:
    block: str
    mark: Decimal | None = None  # out of 20, under the rule
    graded: int = 0  # graded exam attempts
    to_grade: int = 0  # exam attempts waiting for the trainer
    validation: BlockValidation | None = None


@dataclass
class Point:
    """One attempt on the progress chart."""

    at: str  # ISO UTC, when it was submitted
    block: str
    mark: Decimal
    mode: str
    attempt_id: str
    scenario_id: str


@dataclass
class TraineeBook:
    trainee_id: int
    name: str
    blocks: dict[str, BlockLine] = field(default_factory=dict)
    competences: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)  # id -> (earned, max)
    progress: list[Point] = field(default_factory=list)
    jury: JuryResult | None = None
    final_source: Text | None = None  # where the final exam's parts come from
    final_session: str | None = None  # the mock exam session they come from, if any
    entered: dict[str, Decimal | None] = field(default_factory=dict)

    def competence_percent(self, cid: str) -> Decimal | None:
        earned, maximum = self.competences.get(cid, (Decimal(0), Decimal(0)))
        if not maximum:
            return None
        return (earned * 100 / maximum).quantize(Decimal("0.1"))

    def competence_mark(self, cid: str) -> Decimal | None:
        earned, maximum = self.competences.get(cid, (Decimal(0), Decimal(0)))
        return mark20(earned, maximum) if maximum else None


def _day(iso_text: str | None) -> date | None:
    if not iso_text:
        return None
    return datetime.fromtimestamp(clk.parse_iso(iso_text) / 1000).date()


# --------------------------------------------------------------------------- jury marks typed in


def _rows(store, sql: str, params=()) -> list[dict]:
    with store.errors():
        cur = store.reader().conn.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def entered_marks(store, trainee_id: int) -> dict[str, Decimal | None]:
    got = {r["component"]: r["mark"] for r in _rows(store, "SELECT component, mark FROM jury_marks WHERE trainee_id = ?",
                                                     [trainee_id])}
    return {c: (Decimal(got[c]) if got.get(c) not in (None, "") else None) for c in ENTERED}


def set_entered_mark(store, trainee: str, component: str, value, now_iso: str | None = None) -> Decimal | None:
    """Store a mark typed by the trainer (continuous, social, tutor); '' clears it."""
    if component not in ENTERED:
        raise JuryError(T(f"composante inconnue « {component} » : {', '.join(ENTERED)}",
                          f'unknown component "{component}": {", ".join(ENTERED)}'))
    mark = parse_mark(value)
    rows = _rows(store, "SELECT id FROM trainees WHERE name = ?", [trainee])
    if not rows:
        raise JuryError(T(f"stagiaire inconnu « {trainee} »", f'unknown trainee "{trainee}"'))
    with store.transaction() as db:
        db["jury_marks"].upsert({"trainee_id": rows[0]["id"], "component": component,
                                 "mark": None if mark is None else str(mark),
                                 "updated_at": now_iso or clk.iso(clk.now_ms())}, pk=("trainee_id", "component"))
    return mark


# --------------------------------------------------------------------------- the book


def trainees(store) -> list[dict]:
    return _rows(store, "SELECT id, name FROM trainees ORDER BY name COLLATE NOCASE")


def build(engine, *, trainee: str | None = None, rule: str | None = None) -> list[TraineeBook]:
    """The gradebook of every trainee (or one)."""
    store = engine.store
    rule = rule or store.get_setting("aggregate", DEFAULT_RULE)
    if rule not in RULES:
        rule = DEFAULT_RULE
    sessions = Sessions(engine)
    books = []
    for t in trainees(store):
        if trainee is not None and t["name"] != trainee:
            continue
        book = TraineeBook(t["id"], t["name"], {b: BlockLine(b) for b in BLOCKS})
        over = [a for status in ("submitted", "expired")
                for a in engine.list(trainee=t["name"], status=status, limit=None)]
        over.sort(key=lambda a: (a.submitted_at or a.started_at, a.id))
        exam_graded: dict[str, list] = {b: [] for b in BLOCKS}
        tests = []
        for a in over:
            m20 = mark20(a.score, a.max_score)
            if a.pending:
                if a.mode == "exam" and a.block in book.blocks:
                    book.blocks[a.block].to_grade += 1
                continue
            if m20 is not None:
                book.progress.append(Point(a.submitted_at or a.started_at, a.block, m20, a.mode, a.id, a.scenario_id))
            if a.mode != "exam" or a.block not in exam_graded:
                continue
            exam_graded[a.block].append(a)
            if m20 is not None and a.submitted_at:
                tests.append(BlockTest(a.block, m20, _day(a.submitted_at), a.id))
        validations = block_validations(tests)
        counted_ids = []
        for b, attempts in exam_graded.items():
            line = book.blocks[b]
            line.graded = len(attempts)
            line.validation = validations.get(b)
            counted = aggregate([(a.id, a.started_at, a.score or 0.0, a.max_score or 0.0) for a in attempts], rule)
            if counted is not None:
                line.mark = mark20(counted.score, counted.max_score)
                counted_ids += [a.id for a in attempts if counted.chosen is None or a.id == counted.chosen]
        for aid in counted_ids:
            for cid, v in engine.score(aid).by_competence.items():
                e, m = book.competences.get(cid, (Decimal(0), Decimal(0)))
                book.competences[cid] = (e + Decimal(str(v["earned"])), m + Decimal(str(v["max"])))
        # The jury grid.
        book.entered = entered_marks(store, t["id"])
        parts: dict[str, Decimal | None] = {b: None for b in BLOCKS}
        parts["interview"] = None
        mine = sessions.sessions_of(t["name"])
        if mine:
            s = mine[0]
            book.final_session = s.id
            st = s.trainee(t["name"])
            for cell in sessions.row(s, st):
                if cell.where in (GRADED, RELEASED):
                    parts[cell.block] = cell.score20
            parts["interview"] = Decimal(st.interview_mark) if st.interview_mark else None
            day_fr = "/".join(reversed(s.day.split("-"))) if s.day else ""
            book.final_source = T(f"session « {s.name} »" + (f" du {day_fr}" if s.day else ""),
                                  f'session "{s.name}"' + (f" of {s.day}" if s.day else ""))
        else:
            for b, attempts in exam_graded.items():
                if attempts:
                    parts[b] = mark20(attempts[-1].score, attempts[-1].max_score)
            book.final_source = T("dernières épreuves en mode examen (aucune session d'examen blanc)",
                                  "latest exam-mode tests (no mock exam session)")
        fe: FinalExam = final_exam(parts)
        book.jury = jury_result(book.entered, fe)
        books.append(book)
    return books
