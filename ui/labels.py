"""Words the window shows for the core's codes (kinds, platforms, outcomes, task kinds),
through Qt's translation system."""

from __future__ import annotations

from aimm_lab import fmt, words
from aimm_lab.i18n import current_lang

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
# Outcomes, task states and modes: the core's vocabulary (aimm_lab.words), one for every screen.
OUTCOME_MARKS = words.OUTCOME_MARKS


def kind(code: str) -> str:
    return translate("Labels", KINDS[code]) if code in KINDS else code


def platform(code: str) -> str:
    return translate("Labels", PLATFORMS[code]) if code in PLATFORMS else code


def task_kind(code: str) -> str:
    return translate("Labels", TASK_KINDS[code]) if code in TASK_KINDS else code


def outcome(code: str) -> str:
    return words.outcome(code, current_lang())


def mode(code: str) -> str:
    """Entraînement / Examen: the core's word, capitalised for a label."""
    text = words.mode(code, current_lang())
    return text[:1].upper() + text[1:]


def difficulty(n: int) -> str:
    return "★" * n + "☆" * max(0, 3 - n)


def points(x: float) -> str:
    """3, 2,5 / 2.5: points in the current language."""
    return fmt.points(x)
