"""Panels that show text only: the customer's ticket, and a task graded by the trainer
(a rubric), which the trainee does on the PC or on paper and cannot enter here."""

from __future__ import annotations

from aimm_lab.i18n import current_lang

from . import labels
from .qt import QEvent, QTextBrowser, QVBoxLayout, QWidget
from .richtext import keep_line_breaks


class TextPanel(QWidget):
    """A read-only text (Markdown) filling the panel."""

    def __init__(self, object_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.browser = QTextBrowser(objectName=f"{object_name}Text")
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        pass

    def status(self) -> str:
        return "PENDING"

    def todo(self) -> list[str]:
        return []

    def saver(self, attempt_id: str):
        return None


class BriefPanel(TextPanel):
    """The customer's ticket (the scenario's brief)."""

    def __init__(self, scenario, parent=None):
        self.scenario = scenario
        super().__init__("briefPanel", parent)
        self.retranslate()

    def retranslate(self):
        self.browser.setMarkdown(keep_line_breaks(self.scenario.brief.get(current_lang())))
        self.browser.setAccessibleName(self.tr("Demande du client"))


class RubricPanel(TextPanel):
    """A task the trainer grades during or after the test, with its criteria and points."""

    def __init__(self, task, attempt, parent=None):
        self.task, self.mode = task, attempt.mode
        super().__init__(f"panel_{task.id}", parent)
        self.retranslate()

    @classmethod
    def for_attempt(cls, task, attempt, facts) -> RubricPanel:
        return cls(task, attempt)

    def retranslate(self):
        """Practice: what the trainer looks at, criterion by criterion. Exam: what to do only; the
        trainer's grid is not handed to the candidate."""
        lang, t = current_lang(), self.task
        lines = [f"### {t.title.get(lang)} — {labels.points(t.points)} pt", ""]
        if t.description:
            lines += [keep_line_breaks(t.description.get(lang)), ""]
        if self.mode == "exam":
            lines.append(self.tr("Cette tâche est évaluée par le formateur pendant ou après l'épreuve."))
        else:
            lines += [self.tr("Cette tâche est évaluée par le formateur pendant ou après l'épreuve :"), ""]
            lines += [f"- {r.text.get(lang)} ({labels.points(r.points)} pt)" for r in t.rubric]
        self.browser.setMarkdown("\n".join(lines))
        self.browser.setAccessibleName(t.title.get(lang))

    def status(self) -> str:
        return "TRAINER"
