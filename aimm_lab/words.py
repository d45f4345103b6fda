"""The product's vocabulary: the words and symbols for outcomes, task states, modes and attempt
statuses, in French and English. The command line, the desktop application, the PDFs and the
exports all take them from here, so a screen and a file never say the same thing two ways.

Symbols say the outcome without relying on colour alone.
"""

from __future__ import annotations

from .i18n import T, Text

# Outcomes of a check (checks.Outcome values) and states of a task on the attempt's screen.
PASS, FAIL, ERROR, UNSUPPORTED = "PASS", "FAIL", "ERROR", "UNSUPPORTED"
PENDING, RECORDED, TRAINER, SAVED, EMPTY = "PENDING", "RECORDED", "TRAINER", "SAVED", "EMPTY"
NOT_COUNTED = "NOT_COUNTED"  # checked, but the planned fault was not in place: does not count yet

OUTCOME_TEXT: dict[str, Text] = {
    PASS: T("réussi", "passed"),
    FAIL: T("échoué", "failed"),
    ERROR: T("erreur de lecture", "probe error"),
    UNSUPPORTED: T("non pris en charge", "unsupported"),
    PENDING: T("pas encore vérifiée", "not checked yet"),
    RECORDED: T("état enregistré", "state saved"),
    TRAINER: T("notée par le formateur", "graded by the trainer"),
    SAVED: T("enregistrée", "saved"),
    EMPTY: T("à faire", "to do"),
    NOT_COUNTED: T("ne compte pas encore (panne pas en place)", "does not count yet (fault not in place)"),
}
OUTCOME_MARKS: dict[str, str] = {
    PASS: "✔", FAIL: "✘", ERROR: "⚠", UNSUPPORTED: "–",
    PENDING: "○", RECORDED: "●", TRAINER: "✎", SAVED: "●", EMPTY: "○", NOT_COUNTED: "⚠",
}

PRACTICE, EXAM = "practice", "exam"
MODES = (PRACTICE, EXAM)
# Every exam today runs on the trainee's PC alone, under the trainee's account: nobody watches its clock
# or its files (docs/trainer.md says what such an exam can and cannot promise). It says so wherever it shows.
MODE_TEXT: dict[str, Text] = {PRACTICE: T("entraînement", "practice"),
                              EXAM: T("examen local, non surveillé", "local exam, unsupervised")}
LOCAL_EXAMS_NOTE = T("Épreuves passées en examen local, non surveillé : sur le poste du stagiaire seul, sous son "
                     "compte ; voir le déroulement de chaque tentative avant d'en tenir compte.",
                     "Tests taken as local, unsupervised exams: on the trainee's own PC, under the trainee's "
                     "account; see each attempt's timeline before relying on it.")
RECORDED_TEXT = T("sur un état enregistré", "on a recorded state")

RUNNING, PAUSED, SUBMITTED, EXPIRED = "running", "paused", "submitted", "expired"
STATUS_TEXT: dict[str, Text] = {
    RUNNING: T("en cours", "running"),
    PAUSED: T("en pause", "paused"),
    SUBMITTED: T("remise", "submitted"),
    EXPIRED: T("temps écoulé", "expired"),
}
YES_NO = {True: T("oui", "yes"), False: T("non", "no")}


def mark(outcome: str) -> str:
    """The symbol of an outcome or task state ('' for an unknown code)."""
    return OUTCOME_MARKS.get(str(outcome), "")


def outcome(code: str, lang: str | None = None) -> str:
    """The word of an outcome or task state; an unknown code is shown as it is."""
    t = OUTCOME_TEXT.get(str(code))
    return t.get(lang) if t else str(code)


def marked(code: str, lang: str | None = None) -> str:
    """Symbol and word: "✔ réussi"."""
    return f"{mark(code)} {outcome(code, lang)}".strip()


def mode(code: str, lang: str | None = None) -> str:
    t = MODE_TEXT.get(code)
    return t.get(lang) if t else code


def status(code: str, lang: str | None = None) -> str:
    t = STATUS_TEXT.get(code)
    return t.get(lang) if t else code
