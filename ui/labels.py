"""Words the window shows for the core's codes (kinds, platforms, outcomes, task kinds),
through Qt's translation system."""

from __future__ import annotations

from .qt import QT_TRANSLATE_NOOP, translate

KINDS = {
    "assembly": QT_TRANSLATE_NOOP("Labels", "Assemblage"),
    "deployment": QT_TRANSLATE_NOOP("Labels", "Déploiement"),
    "network": QT_TRANSLATE_NOOP("Labels", "Réseau"),
    "diagnosis": QT_TRANSLATE_NOOP("Labels", "Diagnostic"),
    "assistance": QT_TRANSLATE_NOOP("Labels", "Assistance"),
    "commercial": QT_TRANSLATE_NOOP("Labels", "Commercial"),
}
PLATFORMS = {
    "windows": QT_TRANSLATE_NOOP("Labels", "Windows"),
    "linux": QT_TRANSLATE_NOOP("Labels", "Linux"),
}
TASK_KINDS = {
    "checks": QT_TRANSLATE_NOOP("Labels", "vérifiée sur le poste"),
    "rubric": QT_TRANSLATE_NOOP("Labels", "évaluée par le formateur"),
    "report": QT_TRANSLATE_NOOP("Labels", "rapport d'intervention"),
    "quote": QT_TRANSLATE_NOOP("Labels", "devis"),
    "invoice": QT_TRANSLATE_NOOP("Labels", "facture"),
    "quiz": QT_TRANSLATE_NOOP("Labels", "questionnaire"),
}
OUTCOMES = {
    "PASS": QT_TRANSLATE_NOOP("Labels", "réussi"),
    "FAIL": QT_TRANSLATE_NOOP("Labels", "échoué"),
    "ERROR": QT_TRANSLATE_NOOP("Labels", "erreur de lecture"),
    "UNSUPPORTED": QT_TRANSLATE_NOOP("Labels", "non pris en charge"),
    "PENDING": QT_TRANSLATE_NOOP("Labels", "pas encore vérifiée"),
    "RECORDED": QT_TRANSLATE_NOOP("Labels", "état enregistré"),
    "TRAINER": QT_TRANSLATE_NOOP("Labels", "notée par le formateur"),
    "SAVED": QT_TRANSLATE_NOOP("Labels", "enregistrée"),
    "EMPTY": QT_TRANSLATE_NOOP("Labels", "à faire"),
}
MODES = {
    "practice": QT_TRANSLATE_NOOP("Labels", "Entraînement"),
    "exam": QT_TRANSLATE_NOOP("Labels", "Examen"),
}
# Symbols that say the outcome without relying on colour alone.
OUTCOME_MARKS = {"PASS": "✔", "FAIL": "✘", "ERROR": "⚠", "UNSUPPORTED": "–", "PENDING": "○",
                 "RECORDED": "●", "TRAINER": "✎", "SAVED": "●", "EMPTY": "○"}


def kind(code: str) -> str:
    return translate("Labels", KINDS[code]) if code in KINDS else code


def platform(code: str) -> str:
    return translate("Labels", PLATFORMS[code]) if code in PLATFORMS else code


def task_kind(code: str) -> str:
    return translate("Labels", TASK_KINDS[code]) if code in TASK_KINDS else code


def outcome(code: str) -> str:
    return translate("Labels", OUTCOMES[code]) if code in OUTCOMES else code


def mode(code: str) -> str:
    return translate("Labels", MODES[code]) if code in MODES else code


def difficulty(n: int) -> str:
    return "★" * n + "☆" * max(0, 3 - n)


def points(x: float) -> str:
    """3, 2.5 — French decimal comma in French."""
    from aimm_lab.i18n import current_lang

    s = f"{x:g}"
    return s.replace(".", ",") if current_lang() == "fr" else s
