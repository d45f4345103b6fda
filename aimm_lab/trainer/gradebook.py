"""The trainer's gradebook: results per trainee, per scenario, per block and per competence
line; the jury grid with the certificate's weights; the validity of each validated block;
progress over time. The one aggregation the screen, the CSV export and the jury PDF all show.

What counts. Attempts that are over (submitted or time up). An attempt whose rubric is not
fully graded yet is counted as "to grade" and left out of every mark until it is.
- Scenario line (one per trainee, scenario and mode: the CSV's rows): the graded attempts of
  that scenario in that mode, counted under the trainer's rule (`exam.scoring.aggregate`: best,
  last, or average = points earned / points possible over every attempt).
- Block mark: the graded exam-mode attempts of the block's scenarios, counted under the same
  rule, scaled to 20.
- Competence line: points earned over points possible, across the counted attempts' tasks of
  that line (a task counts for the competence lines of the task, else of its scenario).
- Jury grid: see trainer/jury.py. The practical tests are those of the trainee's latest mock
  exam session (its interview mark with them); without a session, the latest graded exam
  attempt of each block, and no interview mark.
- Progress: every attempt that is over (both modes), its mark out of 20, in time order.

Arithmetic: Decimal, unrounded (quotients carried to 20 places, `exam.scoring.ratio`); values
are rounded only where they are shown, by aimm_lab/fmt.py (the screen, the PDF, `write_csv`).
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from .. import fmt
from ..errors import AimmError
from ..exam import clock as clk
from ..exam.scoring import RULE_TEXT, RULES, Counted, aggregate, ratio
from ..i18n import T, Text, current_lang, tr
from .jury import (
    BLOCKS,
    COMPONENTS,
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
class ScenarioLine:
    """One trainee's result at one scenario in one mode (a row of the CSV export)."""

    trainee: str
    scenario_id: str
    block: str
    title: Text  # the scenario's title at its latest attempt
    mode: str  # exam | practice
    attempts: int  # attempts over (submitted or time up), graded or not
    rule: str
    counted: Counted | None  # None while no attempt is fully graded
    pending: int  # attempts waiting for the trainer's grades (left out of the marks)
    versions: tuple[int, ...]  # the scenario versions taken
    last_submitted: str | None  # ISO UTC, the latest hand-in
    competences: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)  # id -> (earned, max)

    @property
    def score(self) -> Decimal | None:
        return None if self.counted is None else self.counted.score

    @property
    def max_score(self) -> Decimal | None:
        return None if self.counted is None else self.counted.max_score

    @property
    def percent(self) -> Decimal | None:
        return None if self.counted is None else self.counted.percent

    @property
    def mark(self) -> Decimal | None:
        """Out of 20."""
        return None if self.counted is None else self.counted.mark20

    def competence_percent(self, cid: str) -> Decimal | None:
        return _percent(self.competences.get(cid))


def _percent(pair: tuple[Decimal, Decimal] | None) -> Decimal | None:
    return None if pair is None else ratio(pair[0] * 100, pair[1])


@dataclass
class TraineeBook:
    trainee_id: int
    name: str
    blocks: dict[str, BlockLine] = field(default_factory=dict)
    rule: str = DEFAULT_RULE
    lines: list[ScenarioLine] = field(default_factory=list)  # by scenario id, then mode
    competences: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)  # id -> (earned, max)
    progress: list[Point] = field(default_factory=list)
    jury: JuryResult | None = None
    final_source: Text | None = None  # where the final exam's parts come from
    final_session: str | None = None  # the mock exam session they come from, if any (its id)
    session_name: str | None = None
    session_day: date | None = None
    entered: dict[str, Decimal | None] = field(default_factory=dict)
    held: set[str] = field(default_factory=set)  # where its graded exam attempts were held: "local", "room"

    def competence_percent(self, cid: str) -> Decimal | None:
        """Points earned over points possible, in percent, unrounded; None without points."""
        return _percent(self.competences.get(cid))

    def competence_mark(self, cid: str) -> Decimal | None:
        earned, maximum = self.competences.get(cid, (Decimal(0), Decimal(0)))
        return mark20(earned, maximum)

    def jury_mark(self, component: str) -> Decimal | None:
        """A component's mark in the jury grid (continuous, social, tutor, final), unrounded."""
        if self.jury is None:
            return None
        return next((ln.mark for ln in self.jury.lines if ln.component.id == component), None)


def _day(iso_text: str | None) -> date | None:
    if not iso_text:
        return None
    return datetime.fromtimestamp(clk.parse_iso(iso_text) / 1000).date()


def rule_note(rule: str) -> Text:
    """What the block marks and scenario lines count, in words."""
    r = RULE_TEXT.get(rule, RULE_TEXT[DEFAULT_RULE])
    return T(f"Notes de bloc et de scénario : {r.fr}.", f"Block and scenario marks: {r.get('en')}.")


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


def _add(into: dict[str, tuple[Decimal, Decimal]], by_competence: dict[str, dict]) -> None:
    for cid, v in by_competence.items():
        e, m = into.get(cid, (Decimal(0), Decimal(0)))
        into[cid] = (e + Decimal(str(v["earned"])), m + Decimal(str(v["max"])))


def _count(attempts: list, rule: str) -> Counted | None:
    """The graded attempts given, counted under the rule."""
    return aggregate([(a.id, a.started_at, a.score or 0.0, a.max_score or 0.0) for a in attempts], rule)


def _counted_ids(attempts: list, counted: Counted | None) -> list[str]:
    if counted is None:
        return []
    return [a.id for a in attempts if counted.chosen is None or a.id == counted.chosen]


def build(engine, *, trainee: str | None = None, rule: str | None = None, mode: str | None = None
          ) -> list[TraineeBook]:
    """The gradebook of every trainee (or of the one named), by name. `rule`: best, last or
    average (default: the trainer's setting `aggregate`, else best). `mode`: only the scenario
    lines of that mode (exam or practice); block marks, competence lines and the jury grid always
    come from exam-mode attempts. Reads the attempts and sessions of the engine's store; marks are
    unrounded Decimals (see the module's docstring)."""
    store = engine.store
    rule = rule or store.get_setting("aggregate", DEFAULT_RULE)
    if rule not in RULES:
        rule = DEFAULT_RULE
    sessions = Sessions(engine)
    sheets: dict[str, dict] = {}

    def by_competence(aid: str) -> dict:
        if aid not in sheets:
            sheets[aid] = engine.score(aid).by_competence
        return sheets[aid]

    books = []
    for t in trainees(store):
        if trainee is not None and t["name"] != trainee:
            continue
        book = TraineeBook(t["id"], t["name"], {b: BlockLine(b) for b in BLOCKS}, rule)
        over = [a for status in ("submitted", "expired")
                for a in engine.list(trainee=t["name"], status=status, limit=None)]
        over.sort(key=lambda a: (a.submitted_at or a.started_at, a.id))
        exam_graded: dict[str, list] = {b: [] for b in BLOCKS}
        groups: dict[tuple[str, str], list] = {}
        tests = []
        for a in over:
            groups.setdefault((a.scenario_id, a.mode), []).append(a)
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
            book.held.add((engine.facts(a).started or {}).get("supervision") or "local")
            if m20 is not None and a.submitted_at:
                tests.append(BlockTest(a.block, m20, _day(a.submitted_at), a.id))
        # One line per scenario and mode.
        for (sid, m), attempts in sorted(groups.items()):
            if mode and m != mode:
                continue
            graded = [a for a in attempts if not a.pending]
            counted = _count(graded, rule)
            latest = max(attempts, key=lambda a: (a.started_at, a.id))
            line = ScenarioLine(t["name"], sid, latest.block, latest.title, m, len(attempts), rule, counted,
                                len(attempts) - len(graded), tuple(sorted({a.scenario_version for a in attempts})),
                                max((a.submitted_at for a in attempts if a.submitted_at), default=None))
            for aid in _counted_ids(graded, counted):
                _add(line.competences, by_competence(aid))
            book.lines.append(line)
        # The blocks and the competence lines.
        validations = block_validations(tests)
        for b, attempts in exam_graded.items():
            line = book.blocks[b]
            line.graded = len(attempts)
            line.validation = validations.get(b)
            counted = _count(attempts, rule)
            if counted is not None:
                line.mark = counted.mark20
            for aid in _counted_ids(attempts, counted):
                _add(book.competences, by_competence(aid))
        # The jury grid.
        book.entered = entered_marks(store, t["id"])
        parts: dict[str, Decimal | None] = {b: None for b in BLOCKS}
        parts["interview"] = None
        mine = sessions.sessions_of(t["name"])
        if mine:
            s = mine[0]
            book.final_session, book.session_name = s.id, s.name
            book.session_day = date.fromisoformat(s.day) if s.day else None
            st = s.trainee(t["name"])
            for cell in sessions.row(s, st):
                if cell.where in (GRADED, RELEASED):
                    parts[cell.block] = cell.score20
            parts["interview"] = Decimal(st.interview_mark) if st.interview_mark else None
            on_fr = f" du {fmt.day(book.session_day, 'fr')}" if book.session_day else ""
            on_en = f" of {fmt.day(book.session_day, 'en')}" if book.session_day else ""
            book.final_source = T(f"session « {s.name} »{on_fr}", f'session "{s.name}"{on_en}')
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


# --------------------------------------------------------------------------- the CSV export

_LINE_HEAD = ["stagiaire", "scenario", "bloc", "titre", "mode", "tentatives", "regle", "note", "sur", "pourcentage",
              "grille_en_attente", "versions", "derniere_remise", "note_sur_20"]
_JURY_HEAD = {"continuous": "controle_continu", "social": "competences_sociales", "tutor": "tuteur",
              "final": "epreuve_finale"}
CSV_HEAD = _LINE_HEAD + ["session", "date_session"] + [_JURY_HEAD[c.id] for c in COMPONENTS] + ["resultat_pondere"]


def csv_rows(books: list[TraineeBook], sep: str = ";", lang: str | None = None) -> list[list[str]]:
    """The CSV export as rows of text, the header first: one row per trainee, scenario and mode
    (`TraineeBook.lines`), each with its trainee's jury columns repeated, so every row stands on its
    own when a spreadsheet filters or sorts it; a trainee without any finished attempt still has
    one row, for the jury columns. Numbers to the hundredth, with a decimal comma when `sep` is
    ";" (French spreadsheets) and a decimal point when it is ","; no thousands separator. Dates
    in local time (dd/mm/yyyy hh:mm). Competence columns: percent of the points, one per line
    met in the rows."""
    if sep not in (";", ","):
        raise ValueError(sep)
    lang = lang or current_lang()
    nlang = "fr" if sep == ";" else "en"

    def num(x) -> str:
        return "" if x is None else fmt.number(x, nlang, 2, grouping=False)

    comps = sorted({c for b in books for ln in b.lines for c in ln.competences})
    out = [CSV_HEAD + [f"{c} %" for c in comps]]
    for b in books:
        jury = [b.session_name or "", fmt.day(b.session_day, lang) if b.session_day else ""]
        jury += [num(b.jury_mark(c.id)) for c in COMPONENTS] + [num(b.jury.result if b.jury else None)]
        if not b.lines:
            out.append([b.name] + [""] * (len(_LINE_HEAD) - 1) + jury + [""] * len(comps))
        for ln in b.lines:
            last = fmt.moment(clk.parse_iso(ln.last_submitted) / 1000, lang) if ln.last_submitted else ""
            out.append([ln.trainee, ln.scenario_id, ln.block, ln.title.get(lang), ln.mode, str(ln.attempts), ln.rule,
                        num(ln.score), num(ln.max_score), num(ln.percent),
                        tr("oui", "yes", lang) if ln.pending else tr("non", "no", lang),
                        ",".join(str(v) for v in ln.versions), last, num(ln.mark)] + jury
                       + [num(ln.competence_percent(c)) for c in comps])
    return out


def write_csv(path: str | os.PathLike, books: list[TraineeBook], sep: str = ";", lang: str | None = None) -> int:
    """Write the CSV export (`csv_rows`) to `path` in UTF-8 with a byte order mark (so Excel reads
    the accents), atomically: a temporary file beside it, renamed over it once complete. Returns
    the number of rows under the header. AimmError (with the path and the system's reason) when
    the file cannot be written."""
    rows = csv_rows(books, sep, lang)
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f, delimiter=sep).writerows(rows)
        os.replace(tmp, target)
    except OSError as e:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        reason = e.strerror or str(e)
        raise AimmError(T(f"écriture impossible de {target} : {reason}", f"cannot write {target}: {reason}")) from None
    return len(rows) - 1
