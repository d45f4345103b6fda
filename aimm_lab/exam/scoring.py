"""Scoring an attempt: per task, per competence line, per block; and across attempts.

Pure functions of a scenario and what the trainee did (`Answers`, rebuilt from the
journal by the engine), so the same journal always gives the same score and
`attempts verify` can recompute it.

Per task kind:
- checks: the task's result in the latest check pass that evaluated it (the final pass once
  submitted). `all_or_nothing`: every point if the task passed. `proportional`: points × checks
  met / checks. A check that could not be read (ERROR, UNSUPPORTED) is never a pass: the task is
  flagged for the trainer's review. When the planned fault was not in place at the start (the
  scenario's preconditions did not hold), passes count only from the first one where they held, or
  all of them once a trainer confirmed the set-up; until then the task earns nothing and is `fault`
  (pending for the trainer).
- rubric: the trainer's grade for each item; the task is pending until every item is graded.
- report: points × automatic items met / items (required fields filled, billable time a number of
  minutes, end after start, final state one of the choices, the root cause found when the
  scenario names it). Writing quality belongs to a rubric task.
- quote, invoice: points × items met / items (aimm_lab/commercial.py `grade_document`): only what
  the trainee wrote counts (each required line with its quantity, unit price, VAT rate and labour
  mark; every extra or unreadable line as an item missed; the discount and deposit terms; the
  number; the required mentions). Totals the program computes from those are never items: counting
  them would give points for work the trainee did not do.
- quiz: points × the question points earned / the question points. single, multiple and order
  are right or wrong; match earns its share of right pairs.
A hint taken in practice mode costs the task's `hint_penalty` (never below zero).
Amounts are Decimal, rounded half-up to the hundredth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext

from ..commercial import DocItem, grade_document
from ..i18n import T, Text
from ..scenarios.model import FINAL_STATES, REPORT_FIELDS, Question, Scenario, Task

HUNDREDTH = Decimal("0.01")
RULES = ("best", "last", "average")
RULE_TEXT = {
    "best": T("meilleure tentative", "best attempt"),
    "last": T("dernière tentative", "last attempt"),
    "average": T("moyenne des tentatives : points obtenus / points possibles sur toutes les tentatives",
                 "average of the attempts: points earned / points possible over every attempt"),
}

SCORED, PENDING, REVIEW, NOT_DONE, FAULT = "scored", "pending", "review", "not_done", "fault"
STATE_TEXT = {
    FAULT: T("ne compte pas encore : la panne prévue n'était pas en place, le formateur doit la confirmer",
             "does not count yet: the planned fault was not in place, the trainer must confirm it"),
    SCORED: T("noté", "scored"),
    PENDING: T("à noter par le formateur", "to be graded by the trainer"),
    REVIEW: T("à revoir : une vérification n'a pas pu lire le poste", "to review: a check could not read the PC"),
    NOT_DONE: T("non fait", "not done"),
}


def D(x) -> Decimal:  # noqa: N802 - short, used everywhere here
    return x if isinstance(x, Decimal) else Decimal(str(x))


def r2(x: Decimal) -> float:
    return float(D(x).quantize(HUNDREDTH, rounding=ROUND_HALF_UP))


@dataclass
class Answers:
    """What the trainee (and trainer) did, as journaled."""

    mode: str = "practice"
    checks: dict[str, dict] = field(default_factory=dict)  # task id -> TaskResult.as_record() of the latest pass
    hints: set[str] = field(default_factory=set)
    report: dict[str, str] = field(default_factory=dict)
    documents: dict[str, dict] = field(default_factory=dict)
    quiz: dict[str, list] = field(default_factory=dict)
    rubric: dict[tuple[str, str], float] = field(default_factory=dict)  # (task, item) -> points
    held: dict[str, dict] = field(default_factory=dict)  # task id -> result held back: fault not verified


@dataclass
class TaskScore:
    task_id: str
    kind: str
    title: Text
    points: float
    earned: float
    state: str  # scored | pending | review | not_done
    competences: list[str]
    penalty: float = 0.0
    items: list[dict] = field(default_factory=list)  # the detail the trainer (and, with feedback, the trainee) sees

    def as_dict(self) -> dict:
        return {"id": self.task_id, "kind": self.kind, "title": self.title.as_dict(), "points": self.points,
                "earned": self.earned, "state": self.state, "competences": self.competences,
                "hint_penalty": self.penalty, "items": self.items}


@dataclass
class ScoreSheet:
    tasks: list[TaskScore]
    score: float
    max_score: float
    by_competence: dict[str, dict]
    by_block: dict[str, dict]

    @property
    def pending(self) -> bool:
        """Something waits for the trainer: a rubric to grade, or a fault to confirm."""
        return any(t.state in (PENDING, FAULT) for t in self.tasks)

    @property
    def percent(self) -> float:
        return r2(D(self.score) * 100 / D(self.max_score)) if self.max_score else 0.0

    def task(self, task_id: str) -> TaskScore | None:
        return next((t for t in self.tasks if t.task_id == task_id), None)

    def as_dict(self) -> dict:
        return {"score": self.score, "max_score": self.max_score, "percent": self.percent, "pending": self.pending,
                "tasks": [t.as_dict() for t in self.tasks], "by_competence": self.by_competence,
                "by_block": self.by_block}


# --------------------------------------------------------------------------- quiz


def question_fraction(q: Question, answer) -> Decimal:
    """The share of a question's points an answer earns (0 to 1)."""
    chosen = answer if isinstance(answer, list) else [answer]
    if answer is None or not all(isinstance(v, int) and not isinstance(v, bool) for v in chosen):
        return Decimal(0)  # unanswered, or not choice numbers: nothing earned
    if q.type == "single":
        return Decimal(1) if chosen == list(q.answer) else Decimal(0)
    if q.type == "multiple":
        return Decimal(1) if sorted(chosen) == sorted(set(q.answer)) else Decimal(0)
    if q.type == "order":
        return Decimal(1) if isinstance(answer, list) and chosen == list(range(len(q.choices))) else Decimal(0)
    if q.type == "match":
        pairs = len(q.pairs)
        if not pairs or not isinstance(answer, list) or len(set(chosen)) != len(chosen):
            return Decimal(0)
        right = sum(1 for i, j in enumerate(chosen[:pairs]) if i == j)
        return D(right) / D(pairs)
    return Decimal(0)


def quiz_problems(task: Task, answers) -> list[Text]:
    """Why answers cannot be stored (wrong shape, choice numbers out of range); empty when fine."""
    if not isinstance(answers, list):
        return [T("les réponses sont une liste, une par question", "answers are a list, one per question")]
    if len(answers) > len(task.questions):
        return [T(f"{len(answers)} réponses pour {len(task.questions)} question(s)",
                  f"{len(answers)} answers for {len(task.questions)} question(s)")]
    out = []
    for i, (q, a) in enumerate(zip(task.questions, answers, strict=False), start=1):
        if a is None:
            continue
        n = len(q.pairs) if q.type == "match" else len(q.choices)
        values = a if isinstance(a, list) else [a]
        if q.type in ("order", "match") and not isinstance(a, list):
            out.append(T(f"question {i} : attendu une liste de numéros", f"question {i}: expected a list of numbers"))
            continue
        if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < n for v in values):
            out.append(T(f"question {i} : numéros de 0 à {n - 1} seulement", f"question {i}: numbers 0 to {n - 1} only"))
        elif q.type == "single" and len(values) != 1:
            out.append(T(f"question {i} : une seule réponse", f"question {i}: one answer only"))
        elif q.type in ("order", "match") and sorted(values) != list(range(n)):
            out.append(T(f"question {i} : chaque numéro de 0 à {n - 1} une fois", f"question {i}: each number 0 to "
                         f"{n - 1} once"))
    return out


# --------------------------------------------------------------------------- report

_DATE_FORMATS = ("%d/%m/%Y %H:%M", "%d/%m/%Y %Hh%M", "%d/%m/%Y", "%Y-%m-%d %H:%M", "%Y-%m-%d")


def parse_when(text: str) -> datetime | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        pass
    for f in _DATE_FORMATS:
        try:
            return datetime.strptime(text, f)
        except ValueError:
            continue
    return None


def _filled(v) -> bool:
    return isinstance(v, str) and v.strip() != ""


def report_items(task: Task, fields: dict) -> list[DocItem]:
    items = []
    for fid, label, required in REPORT_FIELDS:
        if required:
            items.append(DocItem(f"field.{fid}", T(f"champ rempli : {label.fr}", f"field filled: {label.get('en')}"),
                                 _filled(fields.get(fid)), "—", (fields.get(fid) or "—")[:80]))
    minutes = (fields.get("billable_minutes") or "").strip()
    items.append(DocItem("billable_minutes", T("temps facturable en minutes (nombre entier)",
                                                "billable time in minutes (whole number)"),
                         bool(re.fullmatch(r"\d{1,5}", minutes)), "ex. 45", minutes or "—"))
    start, end = parse_when(fields.get("start", "")), parse_when(fields.get("end", ""))
    items.append(DocItem("end_after_start", T("fin après le début (dates lisibles)", "end after start (readable dates)"),
                         start is not None and end is not None and end > start,
                         "jj/mm/aaaa hh:mm", f"{fields.get('start') or '—'} → {fields.get('end') or '—'}"))
    state = (fields.get("final_state") or "").strip().casefold()
    known = {k.casefold() for k in FINAL_STATES} | {t.fr.casefold() for t in FINAL_STATES.values()} | {
        (t.en or t.fr).casefold() for t in FINAL_STATES.values()}
    items.append(DocItem("final_state", T("état final : résolu, partiellement résolu ou escaladé",
                                          "final state: resolved, partially resolved or escalated"),
                         any(state == k or state.startswith(k + " ") or state.startswith(k + ":") for k in known),
                         " / ".join(t.fr for t in FINAL_STATES.values()), fields.get("final_state") or "—"))
    if task.root_cause:
        want = task.root_cause
        names = {want.casefold()}
        for rid, text in task.root_causes:
            if rid == want:
                names |= {text.fr.casefold(), (text.en or text.fr).casefold()}
        given = (fields.get("root_cause") or "").strip().casefold()
        ok = any(given == n or re.match(re.escape(n) + r"\b", given) for n in names)
        items.append(DocItem("root_cause", T("cause racine identifiée", "root cause identified"), ok, want,
                             fields.get("root_cause") or "—"))
    return items


# --------------------------------------------------------------------------- a whole attempt


def _fraction_items(items: list[DocItem]) -> Decimal:
    return D(sum(1 for i in items if i.ok)) / D(len(items)) if items else Decimal(0)


def score_task(s: Scenario, t: Task, a: Answers) -> TaskScore:
    points = D(t.points)
    comps = list(t.competences or s.competences)
    state, fraction, detail = NOT_DONE, Decimal(0), []
    if t.kind == "checks":
        rec = a.checks.get(t.id)
        if rec is not None:
            total = rec.get("total") or len(rec.get("checks") or [])
            met = rec.get("met", 0)
            outcome = rec.get("outcome")
            detail = [{"type": c.get("type"), "outcome": c.get("outcome"), "expected": c.get("expected"),
                       "found": c.get("found"), "message": c.get("message")} for c in rec.get("checks") or []]
            if t.scoring == "proportional" and total:
                fraction = D(met) / D(total)
            else:
                fraction = Decimal(1) if outcome == "PASS" else Decimal(0)
            state = REVIEW if outcome in ("ERROR", "UNSUPPORTED") or any(
                c.get("outcome") in ("ERROR", "UNSUPPORTED") for c in rec.get("checks") or []) else SCORED
        elif t.id in a.held:  # checked, but the planned fault was never seen in place: nothing counts yet
            held = a.held[t.id]
            detail = [{"type": c.get("type"), "outcome": c.get("outcome"), "expected": c.get("expected"),
                       "found": c.get("found"), "message": c.get("message")} for c in held.get("checks") or []]
            state = FAULT
    elif t.kind == "rubric":
        got, missing = Decimal(0), False
        for item in t.rubric:
            g = a.rubric.get((t.id, item.id))
            detail.append({"id": item.id, "text": item.text.as_dict(), "points": item.points, "grade": g})
            if g is None:
                missing = True
            else:
                got += min(D(g), D(item.points))
        total = sum((D(i.points) for i in t.rubric), Decimal(0))
        fraction = got / total if total else Decimal(0)
        state = PENDING if missing else SCORED
    elif t.kind == "report":
        if a.report:
            items = report_items(t, a.report)
            detail = [i.as_dict() for i in items]
            fraction, state = _fraction_items(items), SCORED
    elif t.kind in ("quote", "invoice"):
        doc = a.documents.get(t.id)
        if doc is not None:
            items = grade_document(t.document, t.kind, doc)
            detail = [i.as_dict() for i in items]
            fraction, state = _fraction_items(items), SCORED
    elif t.kind == "quiz":
        answers = a.quiz.get(t.id)
        if answers is not None:
            got, total = Decimal(0), Decimal(0)
            for i, q in enumerate(t.questions):
                ans = answers[i] if i < len(answers) else None
                f = question_fraction(q, ans)
                got += f * D(q.points)
                total += D(q.points)
                detail.append({"question": i, "type": q.type, "answer": ans, "fraction": r2(f), "points": q.points})
            fraction, state = (got / total if total else Decimal(0)), SCORED
    earned = points * fraction
    penalty = Decimal(0)
    if t.id in a.hints and a.mode == "practice" and t.hint_penalty:
        penalty = min(D(t.hint_penalty), earned)
        earned -= penalty
    return TaskScore(t.id, t.kind, t.title, r2(points), r2(earned), state, comps, r2(penalty), detail)


def score_attempt(s: Scenario, a: Answers) -> ScoreSheet:
    tasks = [score_task(s, t, a) for t in s.tasks]
    by_comp: dict[str, list[Decimal]] = {}
    for ts in tasks:
        for c in ts.competences:
            acc = by_comp.setdefault(c, [Decimal(0), Decimal(0)])
            acc[0] += D(ts.earned)
            acc[1] += D(ts.points)
    total = sum((D(t.earned) for t in tasks), Decimal(0))
    maximum = sum((D(t.points) for t in tasks), Decimal(0))
    return ScoreSheet(
        tasks, r2(total), r2(maximum),
        {c: {"earned": r2(e), "max": r2(m)} for c, (e, m) in sorted(by_comp.items())},
        {s.block: {"earned": r2(total), "max": r2(maximum)}},
    )


# --------------------------------------------------------------------------- several attempts

CARRIED = Decimal("1e-20")  # the places a quotient is carried to (see `ratio`)


def ratio(numerator, denominator) -> Decimal | None:
    """`numerator / denominator` as a Decimal carried to 20 decimal places (half-up); None when
    the denominator is 0 or None. Marks, percentages and means are ratios of whole numbers of
    hundredths with small denominators: such a value either ends within 20 places (so it is kept
    exactly, a mark of 12.415 stays 12.415) or lies at least 1e-15 from any value that does, so
    carrying 20 places never changes a digit shown to the hundredth or the thousandth. Rounding
    for display happens only in aimm_lab/fmt.py."""
    if denominator is None or D(denominator) == 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 60
        return (D(numerator) / D(denominator)).quantize(CARRIED, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Counted:
    """The result that counts for several attempts, under a rule. Exact Decimals.

    `earned` / `possible`: the points earned and possible, summed over the counted attempts (one
    attempt for best and last, all of them for average). Everything else derives from them, so
    score, maximum, percentage and mark always agree."""

    rule: str
    earned: Decimal
    possible: Decimal
    attempts: int  # attempts given
    counted: int  # attempts counted (1, or all of them for average)
    chosen: str | None  # the attempt id that counts (best, last); None for an average

    @property
    def score(self) -> Decimal:
        """Points earned per counted attempt (the mean score for average)."""
        return ratio(self.earned, self.counted)

    @property
    def max_score(self) -> Decimal:
        """Points possible per counted attempt (the mean maximum for average)."""
        return ratio(self.possible, self.counted)

    @property
    def percent(self) -> Decimal | None:
        """Points earned over points possible, in percent (0–100); None without points possible."""
        return ratio(self.earned * 100, self.possible)

    @property
    def mark20(self) -> Decimal | None:
        """Points earned over points possible, scaled to 20; None without points possible."""
        return ratio(self.earned * 20, self.possible)


def aggregate(results: list[tuple[str, str, float, float]], rule: str) -> Counted | None:
    """`results`: (attempt id, started_at ISO, score, max score). best: the attempt with the
    highest share of its points (the latest of equals); last: the latest started; average: every
    attempt, as points earned over points possible summed across them (sum of scores / sum of
    maxima, the arithmetic of the competence lines), so an attempt out of 40 weighs twice one out
    of 20. None for no results."""
    if rule not in RULES:
        raise ValueError(rule)
    if not results:
        return None
    ordered = sorted(results, key=lambda r: (r[1], r[0]))
    if rule == "average":
        return Counted(rule, sum((D(r[2] or 0) for r in ordered), Decimal(0)),
                       sum((D(r[3] or 0) for r in ordered), Decimal(0)), len(ordered), len(ordered), None)
    if rule == "last":
        chosen = ordered[-1]
    else:
        chosen = max(reversed(ordered), key=lambda r: ratio(D(r[2] or 0), r[3]) or Decimal(0))
    return Counted(rule, D(chosen[2] or 0), D(chosen[3] or 0), len(ordered), 1, chosen[0])
