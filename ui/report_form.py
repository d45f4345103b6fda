"""The intervention report form (annex B fields, `aimm_lab.scenarios.model.REPORT_FIELDS`).
It says `changed` whenever the trainee types; the attempt page saves it shortly after."""

from __future__ import annotations

import re
from datetime import datetime

from aimm_lab import fmt
from aimm_lab.i18n import current_lang
from aimm_lab.scenarios.model import FINAL_STATES, REPORT_FIELDS

from . import theme
from .qt import (
    QComboBox,
    QEvent,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    Signal,
)

MULTILINE = {"client", "equipment", "request", "diagnosis", "actions", "parts", "validation", "recommendations"}
DATES = {"start", "end"}


class ReportForm(QWidget):
    changed = Signal()

    def __init__(self, task=None, parent=None):
        super().__init__(parent)
        self.setObjectName("reportForm")
        self.task = task
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._loading = False
        self.intro = QLabel(objectName="reportIntro")
        self.intro.setWordWrap(True)
        form_host = QWidget()
        # Each label above its field, as wide as the field: long French labels read on one line.
        form = QVBoxLayout(form_host)
        form.setSpacing(2)
        self.now_buttons: dict[str, QPushButton] = {}
        for fid, _label, _required in REPORT_FIELDS:
            if fid == "final_state":
                w = QComboBox()
                w.setEditable(True)
                w.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                w.currentTextChanged.connect(self._changed)
            elif fid == "root_cause" and task is not None and task.root_causes:
                w = QComboBox()
                w.setEditable(True)
                w.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                w.currentTextChanged.connect(self._changed)
            elif fid in MULTILINE:
                w = QPlainTextEdit()
                w.setTabChangesFocus(True)
                w.setFixedHeight(w.fontMetrics().lineSpacing() * 4 + 14)
                w.textChanged.connect(self._changed)
            else:
                w = QLineEdit()
                w.textChanged.connect(self._changed)
            w.setObjectName(f"report_{fid}")
            self.fields[fid] = w
            label = QLabel()
            label.setWordWrap(True)
            label.setContentsMargins(0, 6, 0, 0)
            label.setBuddy(w)
            self.labels[fid] = label
            if fid in DATES:
                now = QPushButton(objectName=f"report_{fid}_now")
                now.clicked.connect(lambda _c=False, f=fid: self._fill_now(f))
                self.now_buttons[fid] = now
                row = QHBoxLayout()
                row.addWidget(w, 1)
                row.addWidget(now)
                form.addWidget(label)
                form.addLayout(row)
            else:
                form.addWidget(label)
                form.addWidget(w)
            if fid == "billable_minutes":
                self.minutes_message = QLabel(objectName="report_billable_minutes_message")
                self.minutes_message.setWordWrap(True)
                self.minutes_message.hide()
                w.textChanged.connect(self._check_minutes)
                form.addWidget(self.minutes_message)
        form.addStretch(1)
        self.saved = QLabel(objectName="reportSaved")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.intro)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.saved)
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        lang = current_lang()
        self.intro.setText(self.tr("Rapport d'intervention : les champs marqués * sont obligatoires. "
                                   "Il est enregistré automatiquement pendant que vous écrivez."))
        for fid, label, required in REPORT_FIELDS:
            self.labels[fid].setText(f"{label.get(lang)}{' *' if required else ''}")
            self.fields[fid].setAccessibleName(label.get(lang))
            if isinstance(self.fields[fid], QComboBox):  # its typing field, too
                self.fields[fid].lineEdit().setAccessibleName(label.get(lang))
        self.fields["start"].setPlaceholderText(self.tr("jj/mm/aaaa hh:mm"))
        self.fields["end"].setPlaceholderText(self.tr("jj/mm/aaaa hh:mm"))
        self.fields["billable_minutes"].setPlaceholderText(self.tr("ex. 45"))
        for fid, button in self.now_buttons.items():
            button.setText(self.tr("Maintenant"))
            button.setAccessibleName(self.tr("Mettre l'heure actuelle dans « %1 »")
                                     .replace("%1", self.labels[fid].text()))
        self._loading = True
        states = self.fields["final_state"]
        text = states.currentText()
        states.clear()
        states.addItems([t.get(lang) for t in FINAL_STATES.values()])
        states.setCurrentText(text)
        rc = self.fields["root_cause"]
        if isinstance(rc, QComboBox):
            text = rc.currentText()
            rc.clear()
            rc.addItems([t.get(lang) for _id, t in self.task.root_causes])
            rc.setCurrentText(text)
        self._loading = False
        self._check_minutes()

    def _check_minutes(self, *_):
        """Billable time is a whole number of minutes (what the grading reads, `report_items`): anything
        else is marked at once, beside the field, not at submission."""
        w = self.fields["billable_minutes"]
        text = w.text().strip()
        bad = bool(text) and not re.fullmatch(r"[0-9]{1,5}", text)
        w.setStyleSheet(f"border: 2px solid {theme.color('FAIL')}" if bad else "")
        self.minutes_message.setStyleSheet(f"color: {theme.color('FAIL')}")
        self.minutes_message.setText(self.tr("« %1 » : écrivez un nombre entier de minutes, en chiffres (ex. 45 "
                                             "pour trois quarts d'heure).").replace("%1", text[:30]) if bad else "")
        self.minutes_message.setVisible(bad)

    def _fill_now(self, fid: str):
        self.fields[fid].setText(fmt.moment(datetime.now()))

    def _changed(self, *_):
        if not self._loading:
            self.changed.emit()

    def values(self) -> dict[str, str]:
        out = {}
        for fid, w in self.fields.items():
            if isinstance(w, QComboBox):
                out[fid] = w.currentText().strip()
            elif isinstance(w, QPlainTextEdit):
                out[fid] = w.toPlainText()
            else:
                out[fid] = w.text()
        return out

    def set_values(self, values: dict):
        self._loading = True
        try:
            for fid, w in self.fields.items():
                v = str(values.get(fid) or "")
                if isinstance(w, QComboBox):
                    w.setCurrentText(v)
                elif isinstance(w, QPlainTextEdit):
                    w.setPlainText(v)
                else:
                    w.setText(v)
        finally:
            self._loading = False

    def missing(self) -> list[str]:
        """Labels of required fields still empty."""
        lang = current_lang()
        vals = self.values()
        return [label.get(lang) for fid, label, req in REPORT_FIELDS if req and not vals.get(fid, "").strip()]

    # ---------------------------------------------------------------- the attempt page's questions
    @classmethod
    def for_attempt(cls, task, attempt, facts) -> ReportForm:
        form = cls(task)
        form.set_values(facts.report)
        return form

    def status(self) -> str:
        return "SAVED" if any(v.strip() for v in self.values().values()) else "EMPTY"

    def todo(self) -> list[str]:
        missing = self.missing()
        out = [self.tr("rapport : %n champ(s) obligatoire(s) vide(s)", "", len(missing))] if missing else []
        if getattr(self, "minutes_message", None) is not None and self.minutes_message.text():
            out.append(self.tr("rapport : le temps facturable n'est pas un nombre entier de minutes"))
        return out

    def saver(self, attempt_id: str):
        """A function saving what is typed now with the engine (built on the main thread, run in an op)."""
        values = self.values()
        return lambda eng: eng.save_report(attempt_id, values)
