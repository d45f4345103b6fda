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
# An exam on the trainee's PC alone runs under the trainee's account: nobody watches its clock or its
# files (docs/trainer.md says what such an exam can and cannot promise). It says so wherever it shows.
# A room exam (aimm_lab.room) is held by the trainer's PC: its clock, grading and journal.
MODE_TEXT: dict[str, Text] = {PRACTICE: T("entraînement", "practice"),
                              EXAM: T("examen local, non surveillé", "local exam, unsupervised")}
ROOM_EXAM_TEXT = T("examen en salle, supervisé par la salle", "room exam, supervised by the room")


def mode_text(mode: str, supervision: str | None = None) -> Text:
    """How an attempt's mode is named: a room exam is not a local one."""
    if mode == EXAM and supervision == "room":
        return ROOM_EXAM_TEXT
    return MODE_TEXT.get(mode, T(str(mode), str(mode)))


# What the room's console and an attempt's timeline say of a seat (aimm_lab.room.hall alerts).
ROOM_ALERT_TEXT: dict[str, Text] = {
    "identity_changed": T("un autre PC a utilisé l'identifiant de ce poste", "another PC used this seat's credential"),
    "fixture_reading": T("relevé identique à un état enregistré fourni avec le programme",
                         "reading equal to a recorded state shipped with the program"),
    "same_reading": T("relevé identique à celui d'un autre poste", "reading equal to another seat's"),
    "clock_jump": T("l'horloge du poste a changé (ou le poste a redémarré) ; l'heure de la salle fait foi",
                    "the seat's clock changed (or the PC restarted); the room's time counts"),
    "app_closed": T("application fermée pendant l'épreuve", "application closed during the test"),
    "replay": T("message ancien renvoyé (rejoué) : refusé", "old message sent again (replayed): refused"),
    "pairing_failed": T("code d'appairage faux", "wrong pairing code"),
    "name_taken": T("un poste a voulu commencer sous le nom d'un stagiaire d'un autre poste : refusé",
                    "a seat tried to start under the name of another seat's trainee: refused"),
    "not_this_pc": T("relevé d'un autre PC que celui qui a rejoint la salle (cartes réseau ou nom différents)",
                     "reading of another PC than the one that joined (other network adapters or name)"),
    "too_much": T("le poste a envoyé bien plus de texte qu'une épreuve n'en demande (refusé)",
                  "the seat sent far more text than a test needs (refused)"),
    "rejoined": T("ce PC a rejoint la salle à nouveau, comme un autre poste, pendant son épreuve",
                  "this PC joined the room again, as another seat, during its test"),
    "seat_dropped": T("poste retiré de la salle par le formateur", "seat removed from the room by the trainer"),
    "address_changed": T("les messages de ce poste viennent d'une autre adresse réseau (un autre PC avec une copie "
                         "de ses données ?)", "this seat's messages come from another network address (another PC "
                         "with a copy of its data?)"),
    "number_unconfirmed": T("l'épreuve dépend du numéro du poste : confirmez-le (Admettre…) pour qu'il commence",
                            "the test depends on the seat's number: confirm it (Admit…) so that it can start"),
}


def alert_subject(data: dict) -> str | None:
    """What a room alert names (its data, as aimm_lab.room.hall journals it): the shipped recorded
    state, the other seat, the seat a test moved to, or the addresses "from → to"; None when nothing."""
    if data.get("from") and data.get("to"):
        return f"{data['from']} → {data['to']}"
    what = data.get("fixture") or data.get("other_seat") or data.get("new_seat") or data.get("moved_to")
    return str(what) if what else None


LOCAL_EXAMS_NOTE = T("Épreuves passées en examen local, non surveillé : sur le poste du stagiaire seul, sous son "
                     "compte ; voir le déroulement de chaque tentative avant d'en tenir compte.",
                     "Tests taken as local, unsupervised exams: on the trainee's own PC, under the trainee's "
                     "account; see each attempt's timeline before relying on it.")
ROOM_EXAMS_NOTE = T("Épreuves passées en salle : l'horloge, la notation et le journal sont sur le poste du formateur.",
                    "Tests taken in a room: the clock, the grading and the journal are on the trainer's PC.")
MIXED_EXAMS_NOTE = T("Épreuves passées en partie en salle (poste du formateur), en partie en examen local, non "
                     "surveillé (poste du stagiaire seul) ; voir le déroulement de chaque tentative avant d'en tenir "
                     "compte.", "Tests taken partly in a room (trainer's PC), partly as local, unsupervised exams "
                     "(trainee's own PC); see each attempt's timeline before relying on it.")


def exams_note(held: set[str] | frozenset[str]) -> Text:
    """What a gradebook or a jury grid says of where its exam attempts were held ({"local", "room"})."""
    if held == {"room"}:
        return ROOM_EXAMS_NOTE
    if "room" in held:
        return MIXED_EXAMS_NOTE
    return LOCAL_EXAMS_NOTE


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
