"""The jury grid of the certificate (RNCP 24787, training route) and the validity of blocks.

Weights of the certificate (shared/domain/referential.md):

    continuous assessment 30 %  +  social skills 10 %  +  internship tutor 30 %  +  final exam 30 %

The first three marks come from outside the program: the trainer types them in. The final exam
is computed by the program from the three 1-hour practical tests (one per block, B1, B2, B3) and
the 30-minute interview with the jury (its mark typed in by the trainer), each weighted by its
length: 60, 60, 60 and 30 minutes, i.e. 2/7, 2/7, 2/7 and 1/7.

Arithmetic. Marks are Decimals out of 20, never rounded in here: a practical test's mark is
its score scaled to 20 (score x 20 / maximum), the final exam mark the weighted mean of its
four parts, the weighted result the sum of each mark times its weight, each computed from the
unrounded values before it (quotients carried to 20 decimal places, `exam.scoring.ratio`,
which never changes a shown digit). Rounding happens only where a value is shown, half-up, by
aimm_lab/fmt.py: marks to the hundredth (`fmt.mark`), the points each mark brings (mark x
weight) to the thousandth (`fmt.number(x, lang, 3)`). With the documented weights (multiples of
10 %) and marks typed to the hundredth, three of the four points are exact to the thousandth, so
the points shown add up exactly to the total shown to the thousandth. The weighted result shown
is the exact total rounded to the hundredth, which is the shown total rounded to the hundredth
except when the exact total lies within half a thousandth below a half-hundredth (an exact
12.41496 shows a total of 12,415 and a result of 12,41).

The program's own rules (the final exam's weights by length, 2/7, 2/7, 2/7 and 1/7; a block
"validated" at 10/20 or more in a mock exam) are indicative: the certificate leaves the decision
to the jury, and every screen and PDF that shows them says so (`INDICATIVE`).

Validated block. A block counts as validated when one of the trainee's exam-mode attempts at
a scenario of that block, fully graded (nothing left to the trainer), scored at least 10/20.
It is validated on the day that attempt was submitted and stays valid for 5 years: through the
day before the fifth anniversary (validated 14/03/2026 -> valid until 13/03/2031; a 29 February
has its anniversary on 1 March). When several attempts validate a block, the most
recent one counts (it gives the longest validity). The jury decides; the grid informs it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from ..errors import AimmError
from ..exam.scoring import ratio
from ..i18n import T, Text
from ..scenarios import referential as ref

HUNDREDTH = Decimal("0.01")
MAX_MARK = Decimal(20)
PASS_MARK = Decimal(10)
VALIDITY_YEARS = ref.BLOCK_VALIDITY_YEARS
BLOCKS = ("B1", "B2", "B3")


@dataclass(frozen=True)
class Component:
    id: str
    label: Text
    weight: Decimal
    entered: bool  # typed in by the trainer (True) or computed by the program (False)


def _weight(key: str) -> Decimal:
    return Decimal(ref.JURY_WEIGHTS[key]) / 100


COMPONENTS: tuple[Component, ...] = (
    Component("continuous", T("Contrôle continu", "Continuous assessment"), _weight("continuous"), True),
    Component("social", T("Compétences sociales", "Social skills"), _weight("social"), True),
    Component("tutor", T("Note du tuteur de stage", "Internship tutor's mark"), _weight("tutor"), True),
    Component("final", T("Épreuve finale (examen blanc)", "Final exam (mock exam)"), _weight("exam"), False),
)
ENTERED = tuple(c.id for c in COMPONENTS if c.entered)

# The final exam's parts and their length in minutes (their weight).
FINAL_PARTS: tuple[tuple[str, Text, int], ...] = (
    ("B1", T("Épreuve pratique B1 (1 h)", "Practical test B1 (1 h)"), ref.EXAM_TEST_MINUTES),
    ("B2", T("Épreuve pratique B2 (1 h)", "Practical test B2 (1 h)"), ref.EXAM_TEST_MINUTES),
    ("B3", T("Épreuve pratique B3 (1 h)", "Practical test B3 (1 h)"), ref.EXAM_TEST_MINUTES),
    ("interview", T("Entretien avec le jury (30 min)", "Interview with the jury (30 min)"), ref.JURY_MINUTES),
)

VALIDATION_RULE = T(
    "Bloc validé : une épreuve du bloc en mode examen, entièrement notée, a obtenu au moins 10/20. "
    "Validité : 5 ans à compter du jour de cette épreuve.",
    "Validated block: an exam-mode test of the block, fully graded, scored at least 10/20. "
    "Validity: 5 years from the day of that test.")
INDICATIVE = T("règle indicative du programme : la décision appartient au jury",
                "the program's indicative rule: the jury decides")
FINAL_RULE = T("Épreuve finale : les trois épreuves pratiques et l'entretien, pondérés par leur durée "
               "(2/7, 2/7, 2/7 et 1/7).",
               "Final exam: the three practical tests and the interview, weighted by their length "
               "(2/7, 2/7, 2/7 and 1/7).")
TOTAL = T("Total des points", "Total of the points")
# The signature boxes at the foot of a jury grid: who signs each, and what they write.
SIGNATURES = (T("Membre du jury", "Jury member"), T("Membre du jury", "Jury member"),
              T("Formateur ou formatrice", "Trainer"), T("Stagiaire (pris connaissance)", "Trainee (has read it)"))
SIGN_HOW = T("Nom, date et signature", "Name, date and signature")
DECISION_NOTE = T("Résultat indicatif : la décision appartient au jury.",
                  "Indicative result: the jury decides.")


class JuryError(AimmError):
    pass


def q2(x) -> Decimal:
    """`x` rounded half-up to the hundredth: for display and for the tests' hand-worked values
    only, never for a value that is combined further."""
    return Decimal(x).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def _dec(x) -> Decimal:
    return x if isinstance(x, Decimal) else Decimal(str(x))


def mark20(score, max_score) -> Decimal | None:
    """A score scaled to 20, unrounded (None without a maximum)."""
    if score is None or not max_score:
        return None
    return ratio(_dec(score) * MAX_MARK, _dec(max_score))


def _check_range(d: Decimal, value) -> Decimal:
    if not d.is_finite() or d < 0 or d > MAX_MARK:
        raise JuryError(T(f"note hors limites « {value} » : de 0 à 20", f'mark out of range "{value}": 0 to 20'))
    return d


def parse_mark(value) -> Decimal | None:
    """A mark typed by the trainer: '', None (no mark yet), 12, '12,5', '12.75'. 0 to 20,
    at most two decimals."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        d = value
    else:
        text = str(value).strip().replace(",", ".").replace(" ", "")
        if text.endswith("/20"):
            text = text[:-3]
        if text == "":
            return None
        try:
            d = Decimal(text)
        except InvalidOperation:
            raise JuryError(T(f"note illisible « {value} » : un nombre de 0 à 20 (ex. 12,5)",
                              f'unreadable mark "{value}": a number from 0 to 20 (e.g. 12.5)')) from None
    _check_range(d, value)
    if d != d.quantize(HUNDREDTH):
        raise JuryError(T(f"note « {value} » : deux décimales au plus", f'mark "{value}": at most two decimals'))
    return d.quantize(HUNDREDTH)


# --------------------------------------------------------------------------- the final exam


@dataclass
class FinalExam:
    parts: dict[str, Decimal | None]
    mark: Decimal | None
    missing: list[str] = field(default_factory=list)


def _part(v) -> Decimal | None:
    """A part of the final exam: a computed mark (a Decimal, kept unrounded, 0 to 20) or a mark
    typed in (checked by `parse_mark`)."""
    if v is None:
        return None
    if isinstance(v, Decimal):
        return _check_range(v, v)
    return parse_mark(str(v))


def final_exam(parts: dict[str, Decimal | float | str | None]) -> FinalExam:
    """The weighted mean of the three practical tests and the interview (by length), unrounded.
    Incomplete (mark None) while a part has no mark."""
    clean: dict[str, Decimal | None] = {}
    missing = []
    for pid, _label, _minutes in FINAL_PARTS:
        clean[pid] = _part(parts.get(pid))
        if clean[pid] is None:
            missing.append(pid)
    if missing:
        return FinalExam(clean, None, missing)
    total = sum((Decimal(m) * clean[pid] for pid, _, m in FINAL_PARTS), Decimal(0))
    weight = sum((Decimal(m) for _, _, m in FINAL_PARTS), Decimal(0))
    return FinalExam(clean, ratio(total, weight))


# --------------------------------------------------------------------------- the jury grid


@dataclass
class GridLine:
    component: Component
    mark: Decimal | None

    @property
    def points(self) -> Decimal | None:
        """What the mark brings to the result, out of 20 x weight: mark x weight, unrounded
        (shown to the thousandth)."""
        if self.mark is None:
            return None
        return self.mark * self.component.weight

    @property
    def out_of(self) -> Decimal:
        return MAX_MARK * self.component.weight


@dataclass
class JuryResult:
    lines: list[GridLine]
    final: FinalExam
    result: Decimal | None  # unrounded
    missing: list[str]

    @property
    def complete(self) -> bool:
        return self.result is not None

    @property
    def favourable(self) -> bool | None:
        return None if self.result is None else self.result >= PASS_MARK


def jury_result(entered: dict[str, Decimal | float | str | None], final: FinalExam) -> JuryResult:
    """The weighted result: sum of mark x weight over the four components, unrounded (shown to
    the hundredth). Incomplete (result None) while a mark is missing; `missing` names them."""
    lines, missing = [], []
    for c in COMPONENTS:
        if c.entered:
            v = entered.get(c.id)
            mark = None if v is None else parse_mark(v)
        else:
            mark = final.mark
        lines.append(GridLine(c, mark))
        if mark is None:
            missing.append(c.id)
    result = None
    if not missing:
        result = ratio(sum((ln.points for ln in lines), Decimal(0)), 1)
    return JuryResult(lines, final, result, missing)


# --------------------------------------------------------------------------- validity of blocks


def add_years(d: date, years: int) -> date:
    """The same date `years` later; 29 February falls on 1 March in a year that has none."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return date(d.year + years, 3, 1)


@dataclass(frozen=True)
class BlockValidation:
    block: str
    mark: Decimal
    validated_on: date
    attempt_id: str

    @property
    def valid_until(self) -> date:
        """The last day the block is valid (the day before the fifth anniversary)."""
        return add_years(self.validated_on, VALIDITY_YEARS) - timedelta(days=1)

    def is_valid(self, today: date) -> bool:
        return today <= self.valid_until


@dataclass(frozen=True)
class BlockTest:
    """One graded exam-mode attempt of a block, as the validity rule sees it."""

    block: str
    mark: Decimal  # out of 20
    on: date  # the day it was submitted
    attempt_id: str


def block_validations(tests: list[BlockTest]) -> dict[str, BlockValidation]:
    """For each block, the most recent test that scored at least 10/20 (see the module's docstring)."""
    out: dict[str, BlockValidation] = {}
    for t in sorted(tests, key=lambda t: (t.on, t.attempt_id)):
        if t.mark >= PASS_MARK:
            out[t.block] = BlockValidation(t.block, t.mark, t.on, t.attempt_id)
    return out
