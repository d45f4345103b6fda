"""Every menu action of the window, with its shortcut, declared in one place (as
Picard's `MainAction`). Screens ask for an action by id and connect to it; texts are
translated through `translate("Actions", …)` and follow a change of language."""

from __future__ import annotations

from dataclasses import dataclass

from .qt import QT_TRANSLATE_NOOP, QAction, QKeySequence, QObject, translate


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str
    text: str
    shortcut: str | QKeySequence.StandardKey | None = None
    tip: str = ""
    checkable: bool = False


MENUS: list[tuple[str, str]] = [
    ("file", QT_TRANSLATE_NOOP("Menus", "&Fichier")),
    ("attempt", QT_TRANSLATE_NOOP("Menus", "É&preuve")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&Affichage")),
    ("trainer", QT_TRANSLATE_NOOP("Menus", "F&ormateur")),
    ("help", QT_TRANSLATE_NOOP("Menus", "Aid&e")),
]

ACTIONS: list[ActionSpec] = [
    ActionSpec("library", "file", QT_TRANSLATE_NOOP("Actions", "&Bibliothèque de scénarios"), "Ctrl+L",
               QT_TRANSLATE_NOOP("Actions", "Revenir à la liste des scénarios")),
    ActionSpec("trainee", "file", QT_TRANSLATE_NOOP("Actions", "Changer de &stagiaire…"), "Ctrl+U",
               QT_TRANSLATE_NOOP("Actions", "Choisir qui travaille sur ce poste")),
    ActionSpec("history", "file", QT_TRANSLATE_NOOP("Actions", "&Historique et progression"), "Ctrl+H",
               QT_TRANSLATE_NOOP("Actions", "Vos tentatives et votre progression par bloc")),
    ActionSpec("room_join", "file", QT_TRANSLATE_NOOP("Actions", "&Rejoindre une salle d'examen…"), None,
               QT_TRANSLATE_NOOP("Actions", "Passer l'épreuve ouverte par le formateur sur son poste (salle d'examen)")),
    ActionSpec("export_pdf", "file", QT_TRANSLATE_NOOP("Actions", "E&xporter le compte rendu en PDF…"), "Ctrl+E",
               QT_TRANSLATE_NOOP("Actions", "Enregistrer le compte rendu de la tentative affichée en PDF")),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("Actions", "&Quitter"), "Ctrl+Q"),  # Windows has no standard key
    ActionSpec("check_all", "attempt", QT_TRANSLATE_NOOP("Actions", "&Vérifier toutes les tâches"), "F5",
               QT_TRANSLATE_NOOP("Actions", "Lire l'état du poste et vérifier chaque tâche (entraînement)")),
    ActionSpec("check_task", "attempt", QT_TRANSLATE_NOOP("Actions", "Vérifier la &tâche choisie"), "Ctrl+F5",
               QT_TRANSLATE_NOOP("Actions", "Vérifier seulement la tâche sélectionnée (entraînement)")),
    ActionSpec("record_state", "attempt", QT_TRANSLATE_NOOP("Actions", "&Enregistrer l'état"), "Ctrl+Shift+S",
               QT_TRANSLATE_NOOP("Actions", "Enregistrer l'état du poste sans afficher de résultat (examen)")),
    ActionSpec("hint", "attempt", QT_TRANSLATE_NOOP("Actions", "Demander un &indice"), "Ctrl+I",
               QT_TRANSLATE_NOOP("Actions", "Afficher l'indice de la tâche choisie (coûte des points)")),
    ActionSpec("submit", "attempt", QT_TRANSLATE_NOOP("Actions", "&Remettre la tentative…"), "Ctrl+Return",
               QT_TRANSLATE_NOOP("Actions", "Terminer et remettre la tentative pour la notation")),
    ActionSpec("timer_window", "view", QT_TRANSLATE_NOOP("Actions", "&Minuteur flottant"), "Ctrl+T",
               QT_TRANSLATE_NOOP("Actions", "Une petite fenêtre du temps restant, toujours au premier plan"),
               checkable=True),
    ActionSpec("lang_fr", "view", QT_TRANSLATE_NOOP("Actions", "Français"), None, "", checkable=True),
    ActionSpec("lang_en", "view", QT_TRANSLATE_NOOP("Actions", "English"), None, "", checkable=True),
    # F11 everywhere: the platform's own key is none without a desktop theme, and Ctrl+Shift+F on KDE,
    # which is already the trainer mode's.
    ActionSpec("full_screen", "view", QT_TRANSLATE_NOOP("Actions", "&Plein écran"), "F11", "", checkable=True),
    ActionSpec("trainer_mode", "trainer", QT_TRANSLATE_NOOP("Actions", "&Mode formateur…"), "Ctrl+Shift+F",
               QT_TRANSLATE_NOOP("Actions", "Préparation du labo, examens blancs, notation, jury (code formateur)")),
    ActionSpec("trainer_pause", "trainer", QT_TRANSLATE_NOOP("Actions", "Mettre la tentative en &pause…"), None,
               QT_TRANSLATE_NOOP("Actions", "Arrêter le compte à rebours de la tentative ouverte (code formateur)")),
    ActionSpec("trainer_resume", "trainer", QT_TRANSLATE_NOOP("Actions", "&Reprendre la tentative…"), None,
               QT_TRANSLATE_NOOP("Actions", "Relancer le compte à rebours (code formateur)")),
    ActionSpec("trainer_add_time", "trainer", QT_TRANSLATE_NOOP("Actions", "&Ajouter du temps…"), None,
               QT_TRANSLATE_NOOP("Actions", "Donner du temps supplémentaire à la tentative ouverte (code formateur)")),
    ActionSpec("trainer_confirm_fault", "trainer", QT_TRANSLATE_NOOP("Actions", "Confirmer la pa&nne en place…"),
               None, QT_TRANSLATE_NOOP("Actions", "La panne prévue est en place bien que la vérification de départ "
                                                  "ne l'ait pas vue : les vérifications comptent (code formateur)")),
    ActionSpec("trainer_end", "trainer", QT_TRANSLATE_NOOP("Actions", "&Terminer la tentative…"), None,
               QT_TRANSLATE_NOOP("Actions", "Remettre la tentative ouverte à la place du stagiaire (code formateur)")),
    ActionSpec("trainer_pin", "trainer", QT_TRANSLATE_NOOP("Actions", "&Changer le code formateur…"), None,
               QT_TRANSLATE_NOOP("Actions", "Remplacer le code formateur de ce poste")),
    ActionSpec("shortcuts", "help", QT_TRANSLATE_NOOP("Actions", "&Raccourcis clavier"), "F1"),
    ActionSpec("about", "help", QT_TRANSLATE_NOOP("Actions", "À &propos d'AIMM Lab")),
]

SPECS: dict[str, ActionSpec] = {a.id: a for a in ACTIONS}


class Actions:
    """The QActions of one window, created from ACTIONS."""

    def __init__(self, parent: QObject):
        self.by_id: dict[str, QAction] = {}
        for spec in ACTIONS:
            act = QAction(parent)
            act.setObjectName(f"action_{spec.id}")
            act.setCheckable(spec.checkable)
            if spec.shortcut is not None:
                act.setShortcut(QKeySequence(spec.shortcut))
            self.by_id[spec.id] = act
        self.retranslate()

    def __getitem__(self, action_id: str) -> QAction:
        return self.by_id[action_id]

    def retranslate(self) -> None:
        for spec in ACTIONS:
            act = self.by_id[spec.id]
            act.setText(translate("Actions", spec.text))
            tip = translate("Actions", spec.tip) if spec.tip else act.text().replace("&", "")
            act.setStatusTip(tip)
            act.setToolTip(tip + (f" ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                                  if not act.shortcut().isEmpty() else ""))


def shortcut_table() -> list[tuple[str, str]]:
    """(action text, shortcut) for the Help > Keyboard shortcuts sheet."""
    rows = []
    for spec in ACTIONS:
        if spec.shortcut is None:
            continue
        seq = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        rows.append((translate("Actions", spec.text).replace("&", "").rstrip("…"), seq))
    return rows
