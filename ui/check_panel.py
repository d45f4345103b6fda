"""The panel of a machine-checked task: what it asks, its evidence in plain words (practice)
or whether the PC's state was recorded (exam), its *Vérifier* and hint buttons."""

from __future__ import annotations

from aimm_lab.i18n import current_lang

from . import labels
from .evidence import task_result_html
from .qt import (
    QCheckBox,
    QEvent,
    QFont,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from .richtext import inline_html


class CheckPanel(QWidget):
    """A machine-checked task: what it asks, its evidence, its buttons."""

    @classmethod
    def for_attempt(cls, task, attempt, facts) -> CheckPanel:
        """The panel with what the journal holds: the last evidence (shown only when the attempt
        gives feedback) and the hint already taken."""
        panel = cls(task, attempt.mode)
        rec = facts.checks.get(task.id) or facts.held.get(task.id)  # held: shown, not counted
        panel.not_counted = not facts.fault_verified
        if rec is not None:
            if attempt.feedback:
                panel.result = rec
            panel.recorded = True
        if task.id in facts.hints and task.hint is not None:
            panel.show_hint(task.hint.get(current_lang()))
        panel.render()
        return panel

    def __init__(self, task, mode: str, parent=None):
        super().__init__(parent)
        self.not_counted = False  # results shown but not counted: the planned fault is not verified
        self.task, self.mode = task, mode
        self.setObjectName(f"panel_{task.id}")
        self.result: dict | None = None
        self.recorded = False
        self.hint_text: str | None = None
        self.title = QLabel(objectName="panelTitle")
        self.title.setWordWrap(True)
        f = QFont(self.title.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.title.setFont(f)
        self.info = QLabel(objectName="panelInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.evidence = QTextBrowser(objectName="evidence")
        self.check_button = QPushButton(objectName="checkTask")
        self.hint_button = QPushButton(objectName="hintButton")
        self.hint_label = QLabel(objectName="hintText")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.RichText)
        self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.hint_button)
        buttons.addStretch(1)
        self.technical = QCheckBox(objectName="technicalDetails")  # the detailed tree, on demand
        self.technical.toggled.connect(self.render)
        self.technical.setVisible(mode == "practice")
        buttons.addWidget(self.technical)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.info)
        lay.addLayout(buttons)
        lay.addWidget(self.hint_label)
        lay.addWidget(self.evidence, 1)
        self.check_button.setVisible(mode == "practice")
        self.hint_button.setVisible(mode == "practice" and task.hint is not None)
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        lang = current_lang()
        t = self.task
        self.title.setText(f"{t.title.get(lang)} — {labels.points(t.points)} pt")
        desc = t.description.get(lang) if t.description else ""
        if self.mode == "exam":
            desc = (desc + "\n\n" if desc else "") + self.tr(
                "Mode examen : faites le travail sur le poste, puis « Enregistrer l'état ». "
                "Les résultats ne sont pas affichés avant la remise.")
        self.info.setText(inline_html(desc))
        self.info.setVisible(bool(desc))
        self.check_button.setText(self.tr("&Vérifier cette tâche"))
        self.check_button.setToolTip(self.tr("Lire l'état du poste et vérifier seulement cette tâche"))
        cost = labels.points(t.hint_penalty)
        self.hint_button.setText(self.tr("&Indice (coût : %1 pt)").replace("%1", cost) if t.hint_penalty
                                 else self.tr("&Indice (gratuit)"))
        self.hint_button.setToolTip(self.tr("Afficher l'indice ; son coût est retiré des points de la tâche"))
        self.evidence.setAccessibleName(self.tr("Résultat des vérifications"))
        self.technical.setText(self.tr("Détails techniques"))
        self.technical.setToolTip(self.tr("Montrer aussi le détail de chaque vérification (pour le formateur)"))
        if self.hint_text is not None:
            self.show_hint(t.hint.get(lang) if t.hint else self.hint_text)
        self.render()

    def show_hint(self, text: str):
        self.hint_text = text
        self.hint_label.setText(self.tr("Indice : %1").replace("%1", inline_html(text)))
        self.hint_label.show()
        self.hint_button.setEnabled(False)
        self.hint_button.setText(self.tr("Indice affiché"))

    def render(self):
        lang = current_lang()
        if self.mode == "exam":
            text = (self.tr("État du poste enregistré. Vous pouvez continuer à travailler et l'enregistrer "
                            "à nouveau.") if self.recorded
                    else self.tr("Aucun état enregistré pour l'instant."))
            self.evidence.setHtml(f"<p>{text}</p>")
        else:
            note = ""
            if self.result and self.not_counted:
                note = "<p><b>⚠ " + self.tr("Ne compte pas encore : la panne prévue n'est pas en place sur ce poste "
                                            "(appelez le formateur).") + "</b></p>"
            self.evidence.setHtml(note + task_result_html(self.result, lang, technical=self.technical.isChecked()))

    # ---------------------------------------------------------------- the attempt page's questions
    def status(self) -> str:
        """The task list's status: exam RECORDED/PENDING; practice the last outcome or PENDING."""
        if self.mode == "exam":
            return "RECORDED" if self.recorded else "PENDING"
        if self.result and self.not_counted:
            return "NOT_COUNTED"  # the planned fault is not in place: nothing counts yet
        return self.result.get("outcome", "PENDING") if self.result else "PENDING"

    def todo(self) -> list[str]:
        if self.status() != "PENDING":
            return []
        return [self.tr("« %1 » : jamais vérifiée ni enregistrée").replace("%1", self.task.title.get(current_lang()))]

    def saver(self, attempt_id: str):
        """Nothing typed here: the evidence is journaled by the check pass itself."""
        return None
