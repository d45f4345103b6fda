"""Preparing the lab: this seat's lab profile (values detected from the machine, any of them
set by hand), a scenario's set-up sheet with this seat's values, and *Vérifier la
préparation*: every precondition run in one pass, each saying whether its fault is in place
and what was found."""

from __future__ import annotations

from html import escape

from aimm_lab import fmt
from aimm_lab.i18n import current_lang
from aimm_lab.labprofile import KEYS, LabProfile, ProfileError, convert, detect
from aimm_lab.trainer.prep import IN_PLACE, MISSING, READY, VERDICT_TEXT, check_preparation

from .. import labels, theme
from ..ops import run_op
from ..qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QComboBox,
    QEvent,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    translate,
)

OUTCOMES = {IN_PLACE: "PASS", MISSING: "FAIL", "unknown": "ERROR"}  # the state shown as an outcome
KEY_LABELS = {
    "interface": QT_TRANSLATE_NOOP("PrepPage", "Interface évaluée"),
    "seat": QT_TRANSLATE_NOOP("PrepPage", "Numéro du poste"),
    "subnet": QT_TRANSLATE_NOOP("PrepPage", "Réseau du labo"),
    "gateway": QT_TRANSLATE_NOOP("PrepPage", "Passerelle"),
    "dns": QT_TRANSLATE_NOOP("PrepPage", "Serveurs DNS"),
    "domain": QT_TRANSLATE_NOOP("PrepPage", "Suffixe DNS"),
    "server": QT_TRANSLATE_NOOP("PrepPage", "Serveur du labo"),
    "ntp": QT_TRANSLATE_NOOP("PrepPage", "Serveur de temps"),
    "proxy": QT_TRANSLATE_NOOP("PrepPage", "Proxy"),
    "servers": QT_TRANSLATE_NOOP("PrepPage", "Autres serveurs"),
}


def shown(value) -> str:
    if value in (None, "", [], {}):
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    return str(value)


def seat_profile(session):
    """(profile, machine view) of this seat: the saved profile's values (a recorded state's own
    lab values first, for demonstrations), completed by what is detected on the machine."""
    from aimm_lab.machine.base import MachineView

    view = MachineView(session.read_machine())
    saved = LabProfile.load()
    values = {}
    if session.recorded:
        for k, v in (getattr(view.machine, "state", {}).get("lab") or {}).items():
            if k in KEYS:
                values[k] = convert(k, v)
    values.update({k: v for k, v in saved.values.items() if v not in (None, "", [], {})})
    return LabProfile(values, detect(view)), view


class PrepPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("prepPage")
        self.session = session
        self.profile: LabProfile | None = None
        self.report = None
        self.checking = False

        # --- the lab profile
        self.profile_box = QGroupBox(objectName="profileBox")
        self.profile_note = QLabel(objectName="profileNote")
        self.profile_note.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        self.field_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key in KEYS:
            edit = QLineEdit(objectName=f"profile_{key}")
            label = QLabel()
            label.setBuddy(edit)
            self.fields[key], self.field_labels[key] = edit, label
            form.addRow(label, edit)
        self.detect_button = QPushButton(objectName="detectProfile")
        self.save_button = QPushButton(objectName="saveProfile")
        self.detect_button.clicked.connect(self.load_profile)
        self.save_button.clicked.connect(self.save_profile)
        self.profile_message = QLabel(objectName="profileMessage")
        self.profile_message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.detect_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        pl = QVBoxLayout(self.profile_box)
        pl.addWidget(self.profile_note)
        pl.addLayout(form)
        pl.addLayout(row)
        pl.addWidget(self.profile_message)
        pl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.profile_box)
        scroll.setMinimumWidth(380)

        # --- the scenario, its sheet, the check
        self.scenario_label = QLabel()
        self.scenario = QComboBox(objectName="prepScenario")
        self.scenario.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenario.setMinimumContentsLength(30)
        self.scenario_label.setBuddy(self.scenario)
        self.scenario.currentIndexChanged.connect(self._scenario_changed)
        self.check_button = QPushButton(objectName="checkPreparation")
        self.check_button.clicked.connect(lambda: self.run_check())
        self.sheet = QTextBrowser(objectName="setupSheet")
        self.sheet.setOpenExternalLinks(False)
        self.verdict = QLabel(objectName="prepVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 3, objectName="prepTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.scenario_label)
        top.addWidget(self.scenario, 1)
        top.addWidget(self.check_button)
        self.sheet_title = QLabel(objectName="sectionTitle")
        self.result_title = QLabel(objectName="sectionTitle")
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(top)
        rl.addWidget(self.result_title)
        rl.addWidget(self.verdict)
        rl.addWidget(self.table)
        rl.addWidget(self.sheet_title)
        rl.addWidget(self.sheet, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([400, 800])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        self.retranslate()
        self._fit_table()

    # ---------------------------------------------------------------- texts
    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        lang = current_lang()
        self.profile_box.setTitle(self.tr("Profil du labo de ce poste"))
        for key, label in self.field_labels.items():
            label.setText(translate("PrepPage", KEY_LABELS[key]) + " :")
            self.fields[key].setToolTip(KEYS[key].doc.get(lang))
        self.detect_button.setText(self.tr("&Détecter à nouveau"))
        self.detect_button.setToolTip(self.tr("Relire le poste : les champs vides prennent la valeur détectée"))
        self.save_button.setText(self.tr("&Enregistrer le profil"))
        self.scenario_label.setText(self.tr("&Scénario :"))
        self.check_button.setText(self.tr("&Vérifier la préparation"))
        self.check_button.setToolTip(self.tr("Lancer les préconditions du scénario sur ce poste : chaque panne "
                                             "doit être en place"))
        self.sheet_title.setText(self.tr("Fiche de préparation (valeurs de ce poste)"))
        self.sheet.setAccessibleName(self.sheet_title.text())
        self.result_title.setText(self.tr("Préconditions : la panne est-elle en place ?"))
        self.table.setHorizontalHeaderLabels([self.tr("Précondition"), self.tr("État"), self.tr("Trouvé sur le poste")])
        self.table.setAccessibleName(self.tr("Résultat de la vérification de la préparation"))
        self._note()
        if self.report is not None:
            self.show_report(self.report)
        else:
            self.verdict.setText(self.tr("Choisissez un scénario puis « Vérifier la préparation ». Cela ne prend "
                                         "que quelques secondes par poste."))
        self.populate()
        self._show_sheet()

    def _note(self):
        if self.session.recorded:
            self.profile_note.setText(self.tr("Poste simulé : les vérifications lisent l'état enregistré %1.")
                                      .replace("%1", str(self.session.state_path.name)))
        else:
            self.profile_note.setText(self.tr("Valeurs lues sur ce poste en gris ; tapez une valeur pour la fixer. "
                                              "Un champ vide reprend la valeur détectée."))

    # ---------------------------------------------------------------- scenarios
    def populate(self):
        lib = self.session.library
        if lib is None:
            return
        lang = current_lang()
        keep = self.scenario.currentData()
        self.scenario.blockSignals(True)
        self.scenario.clear()
        for s in lib.scenarios:
            self.scenario.addItem(f"{s.block} — {s.title.get(lang)}", s.id)
        i = self.scenario.findData(keep)
        self.scenario.setCurrentIndex(i if i >= 0 else 0)
        self.scenario.blockSignals(False)
        self._show_sheet()

    def select(self, scenario_id: str) -> bool:
        i = self.scenario.findData(scenario_id)
        if i >= 0:
            self.scenario.setCurrentIndex(i)
        return i >= 0

    def current_scenario(self):
        sid = self.scenario.currentData()
        return self.session.scenario(sid) if sid else None

    def _scenario_changed(self, _i):
        self.report = None
        self.table.setRowCount(0)
        self._fit_table()
        self.verdict.setText(self.tr("Choisissez un scénario puis « Vérifier la préparation ». Cela ne prend que "
                                     "quelques secondes par poste."))
        self._show_sheet()

    def _show_sheet(self):
        s = self.current_scenario()
        if s is None:
            self.sheet.clear()
            return
        lang = current_lang()
        from aimm_lab.errors import AimmError
        from aimm_lab.scenarios.resolve import resolve
        from aimm_lab.scenarios.variables import render_text

        values = {}
        if self.profile is not None:
            values = self.profile.variables()
            try:
                values.update(resolve(s, self.profile).variables)
            except AimmError:
                pass
        text = s.setup.get(lang) if s.setup else self.tr("Ce scénario n'a pas de fiche de préparation.")
        self.sheet.setMarkdown(render_text(text, values))

    # ---------------------------------------------------------------- the profile
    def showEvent(self, event):
        super().showEvent(event)
        if self.profile is None and self.session.library is not None:
            self.populate()
            self.load_profile()

    def load_profile(self):
        self.profile_message.setText(self.tr("Lecture du poste…"))
        run_op(lambda: seat_profile(self.session)[0], self._profile_loaded, parent=self,
               failure=self._profile_failed)

    def _profile_failed(self, exc):
        from ..dialogs import error_text

        self.profile_message.setText(error_text(exc)[0])

    def _profile_loaded(self, profile: LabProfile):
        self.profile = profile
        for key, edit in self.fields.items():
            edit.setText(shown(profile.values.get(key)))
            det = shown(profile.detected.get(key))
            edit.setPlaceholderText(self.tr("détecté : %1").replace("%1", det) if det else self.tr("non détecté"))
        self.profile_message.setText("")
        self._show_sheet()

    def save_profile(self):
        profile = LabProfile({}, dict(self.profile.detected) if self.profile else {})
        errors = []
        for key, edit in self.fields.items():
            try:
                profile.set(key, edit.text())
            except ProfileError as e:
                errors.append(e.message(current_lang()))
        if errors:
            self.profile_message.setText("\n".join(errors))
            self._color_message("FAIL")
            return

        def op():
            return profile.save()

        def saved(path):
            self.profile = profile
            self.profile_message.setText(self.tr("Profil enregistré (%1).").replace("%1", str(path)))
            self._color_message("PASS")
            self._show_sheet()

        run_op(op, saved, parent=self, failure=self._profile_failed)

    def _color_message(self, outcome: str):
        self.profile_message.setStyleSheet(f"color: {theme.color(outcome)}")

    # ---------------------------------------------------------------- the check
    def run_check(self, scenario_ids: list | None = None):
        """Check, in one pass, the faults of the scenario shown, or of every scenario of
        `scenario_ids` (the three tests of a session)."""
        if scenario_ids:
            scenarios = [x for x in (self.session.scenario(i) for i in scenario_ids) if x is not None]
        else:
            s = self.current_scenario()
            scenarios = [s] if s is not None else []
        if not scenarios or self.checking:
            return
        self.checking = True
        self.check_button.setEnabled(False)
        self.verdict.setText(self.tr("Vérification en cours…"))

        def op():
            profile, view = seat_profile(self.session)
            return profile, check_preparation(scenarios, view, profile)

        def done(result):
            profile, report = result
            self.checking = False
            self.check_button.setEnabled(True)
            self.profile = self.profile or profile
            self._note()
            self.show_report(report)

        def failed(exc):
            self.checking = False
            self.check_button.setEnabled(True)
            from ..dialogs import error_text

            self.verdict.setText(escape(error_text(exc)[0]))

        run_op(op, done, failure=failed, parent=self)

    def _verdict_html(self, r, lang: str, several: bool) -> str:
        counts = r.counts()
        color = theme.color("PASS" if r.verdict == READY else "FAIL" if r.verdict != "nothing" else "UNSUPPORTED")
        text = VERDICT_TEXT[r.verdict].get(lang)
        detail = self.tr("%1 en place, %2 absente(s), %3 indéterminée(s)") \
            .replace("%1", str(counts[IN_PLACE])).replace("%2", str(counts[MISSING])).replace("%3", str(counts["unknown"]))
        html = f"{escape(r.scenario.block)} « {escape(r.scenario.title.get(lang))} » : " if several else ""
        html += f'<b style="color:{color}">{escape(text[0].upper() + text[1:])}</b>'
        if r.items:
            html += f" — {escape(detail)}"
        if r.problem is not None:
            html += "<br/>" + escape(r.problem.get(lang)).replace("\n", "<br/>")
        return html

    def show_report(self, report):
        self.report = report
        lang = current_lang()
        several = len(report.results) > 1
        ms = report.duration_ms
        took = self.tr("vérifié en moins d'1 ms") if ms < 1 else \
            self.tr("vérifié en %1 ms").replace("%1", f"{ms:.0f}") if ms < 10_000 else \
            self.tr("vérifié en %1 s").replace("%1", fmt.number(ms / 1000, lang, 1))
        html = "<br/>".join(self._verdict_html(r, lang, several) for r in report.results)
        html += f" <span>({escape(took)})</span>"
        self.verdict.setText(html)
        items = [(r, item) for r in report.results for item in r.items]
        self.table.setRowCount(len(items))
        for row, (r, item) in enumerate(items):
            outcome = OUTCOMES[item.state]
            mark = labels.OUTCOME_MARKS[outcome]
            state = QTableWidgetItem(f"{mark} {self._state_text(item.state)}")
            state.setForeground(theme_brush(outcome))
            where = f"{r.scenario.block} · " if several else ""
            what = QTableWidgetItem(f"{where}{item.index}. {item.label.get(lang)}")
            what.setToolTip(f"{r.scenario.id} · {item.result.type}" if several else item.result.type)
            if item.state == "unknown":
                found = item.result.message.get(lang)
            elif item.state == MISSING:
                found = self.tr("trouvé %1 ; la panne demande : %2").replace("%1", item.found(lang) or "—") \
                    .replace("%2", item.expected(lang))
            else:
                found = item.found(lang) or "—"
            f = QTableWidgetItem(found)
            f.setToolTip(item.explain().get(lang))
            self.table.setItem(row, 0, what)
            self.table.setItem(row, 1, state)
            self.table.setItem(row, 2, f)
        self._fit_table()

    def _fit_table(self):
        """As tall as its rows (two at least): the set-up sheet below gets the rest."""
        t = self.table
        t.resizeRowsToContents()
        rows = sum(t.rowHeight(r) for r in range(t.rowCount()))
        rows = max(rows, 2 * t.verticalHeader().defaultSectionSize())
        t.setFixedHeight(min(360, t.horizontalHeader().height() + rows + 2 * t.frameWidth() + 2))

    def _state_text(self, state: str) -> str:
        return {IN_PLACE: self.tr("panne en place"), MISSING: self.tr("panne absente : à mettre en place"),
                "unknown": self.tr("indéterminé")}[state]


def theme_brush(outcome: str):
    from ..qt import QBrush, QColor

    return QBrush(QColor(theme.color(outcome)))
