"""Mock exam sessions: the three 1-hour tests (chosen, or drawn at random among the block's
scenarios valid on this platform), the trainees with their extra time and jury slot, and
who is where, refreshed while the page is shown. The trainer starts a trainee's test on this
PC, pauses, resumes, adds time or ends it from here."""

from __future__ import annotations

from aimm_lab import fmt
from aimm_lab.i18n import current_lang
from aimm_lab.trainer.jury import BLOCKS
from aimm_lab.trainer.sessions import (
    HOW_TEXT,
    NOT_STARTED,
    PAUSED,
    RELEASED,
    RUNNING,
    TO_GRADE,
    Sessions,
    candidates,
)

from .. import theme
from ..dialogs import confirm, show_error
from ..ops import run_op
from ..qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

REFRESH_MS = 5000
WHERE_COLOR = {RUNNING: "PASS", PAUSED: "ERROR", TO_GRADE: "FAIL", RELEASED: "UNSUPPORTED"}


class NewSessionDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("newSessionDialog")
        self.setWindowTitle(self.tr("Nouvelle session d'examen blanc"))
        self.name = QLineEdit(objectName="sessionName")
        self.name.setPlaceholderText(self.tr("ex. Examen blanc de décembre"))
        self.day = QLineEdit(objectName="sessionDay")
        from datetime import date

        self.day.setText(date.today().isoformat())
        self.day.setPlaceholderText("AAAA-MM-JJ")
        intro = QLabel(self.tr("Trois épreuves pratiques d'une heure (B1, B2, B3), puis un entretien de 30 minutes "
                               "avec le jury. Les scénarios sont tirés au sort ; vous pourrez les changer."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Nom :"), self.name)
        form.addRow(self.tr("&Date :"), self.day)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.name.textChanged.connect(lambda s: self.ok.setEnabled(bool(s.strip())))
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.setMinimumWidth(460)


class TraineeRowDialog(QDialog):
    """A trainee of the session: name, extra time, jury slot."""

    def __init__(self, parent=None, name: str = "", extra: float = 0, jury_at: str | None = None,
                 known: list[str] | None = None, editing: bool = False):
        super().__init__(parent)
        self.setObjectName("sessionTraineeDialog")
        self.setWindowTitle(self.tr("Stagiaire de la session") if editing else self.tr("Inscrire un stagiaire"))
        self.name = QComboBox(objectName="sessionTraineeName")
        self.name.setEditable(True)
        self.name.addItems(known or [])
        self.name.setCurrentText(name)
        self.name.setEnabled(not editing)
        self.extra = QLineEdit(objectName="sessionTraineeExtra")
        self.extra.setText(fmt.points(extra))
        self.jury = QLineEdit(objectName="sessionTraineeJury")
        self.jury.setPlaceholderText(self.tr("ex. 14:30"))
        self.jury.setText(jury_at or "")
        form = QFormLayout()
        form.addRow(self.tr("&Stagiaire :"), self.name)
        form.addRow(self.tr("&Temps supplémentaire (min) :"), self.extra)
        form.addRow(self.tr("&Entretien avec le jury à :"), self.jury)
        note = QLabel(self.tr("Le temps supplémentaire (tiers-temps) s'ajoute à chaque épreuve d'une heure. "
                              "L'entretien dure 30 minutes."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(buttons)
        self.setMinimumWidth(440)


class SessionsPage(QWidget):
    """`attempt_started(attempt)`: a test was started on this PC (the window opens it)."""

    attempt_started = Signal(object)
    check_preparation = Signal(list)  # scenario ids to check on this seat

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("sessionsPage")
        self.session = session
        self.sessions: list = []
        self.current = None  # ExamSession
        self.rows: list = []  # [(SessionTrainee, [Cell])]
        self.loading = False

        self.list = QListWidget(objectName="sessionList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._selected)
        self.new_button = QPushButton(objectName="newSession")
        self.open_button = QPushButton(objectName="openSessionFile")
        self.save_button = QPushButton(objectName="saveSessionFile")
        self.delete_button = QPushButton(objectName="deleteSession")
        self.new_button.clicked.connect(self.new_session)
        self.open_button.clicked.connect(self.open_file)
        self.save_button.clicked.connect(self.save_file)
        self.delete_button.clicked.connect(self.delete_session)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.list_title = QLabel(objectName="sectionTitle")
        ll.addWidget(self.list_title)
        ll.addWidget(self.list, 1)
        for b in (self.new_button, self.open_button, self.save_button, self.delete_button):
            ll.addWidget(b)

        # tests
        self.heading = QLabel(objectName="sessionHeading")
        self.heading.setWordWrap(True)
        self.tests_box = QGroupBox(objectName="testsBox")
        grid = QGridLayout(self.tests_box)
        self.test_combos: dict[str, QComboBox] = {}
        self.test_how: dict[str, QLabel] = {}
        self.test_labels: dict[str, QLabel] = {}
        for i, b in enumerate(BLOCKS):
            lab = QLabel()
            combo = QComboBox(objectName=f"test_{b}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(28)
            combo.activated.connect(lambda _i, block=b: self._test_chosen(block))
            how = QLabel(objectName=f"how_{b}")
            lab.setBuddy(combo)
            grid.addWidget(lab, i, 0)
            grid.addWidget(combo, i, 1)
            grid.addWidget(how, i, 2)
            self.test_combos[b], self.test_how[b], self.test_labels[b] = combo, how, lab
        grid.setColumnStretch(1, 1)
        self.draw_button = QPushButton(objectName="drawTests")
        self.draw_button.clicked.connect(self.draw)
        self.prep_button = QPushButton(objectName="prepTests")
        self.prep_button.clicked.connect(self._prep)
        self.jury_note = QLabel(objectName="juryNote")
        self.jury_note.setWordWrap(True)
        tb = QHBoxLayout()
        tb.addWidget(self.draw_button)
        tb.addWidget(self.prep_button)
        tb.addStretch(1)
        grid.addLayout(tb, len(BLOCKS), 0, 1, 3)
        grid.addWidget(self.jury_note, len(BLOCKS) + 1, 0, 1, 3)

        # trainees and status
        self.status_title = QLabel(objectName="sectionTitle")
        self.table = QTableWidget(0, 6, objectName="sessionStatus")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda r, c: self.edit_trainee() if c < 3 else None)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for c in range(3, 6):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(objectName="addSessionTrainee")
        self.edit_button = QPushButton(objectName="editSessionTrainee")
        self.remove_button = QPushButton(objectName="removeSessionTrainee")
        self.add_button.clicked.connect(self.add_trainee)
        self.edit_button.clicked.connect(self.edit_trainee)
        self.remove_button.clicked.connect(self.remove_trainee)
        self.start_button = QPushButton(objectName="startTest")
        self.pause_button = QPushButton(objectName="pauseTest")
        self.resume_button = QPushButton(objectName="resumeTest")
        self.time_button = QPushButton(objectName="addTimeTest")
        self.end_button = QPushButton(objectName="endTest")
        self.start_button.clicked.connect(self.start_test)
        self.pause_button.clicked.connect(lambda: self._attempt_action("pause"))
        self.resume_button.clicked.connect(lambda: self._attempt_action("resume"))
        self.time_button.clicked.connect(lambda: self._attempt_action("add_time"))
        self.end_button.clicked.connect(lambda: self._attempt_action("end"))
        self.cell_help = QLabel(objectName="cellHelp")
        self.cell_help.setWordWrap(True)
        row1 = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            row1.addWidget(b)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        for b in (self.start_button, self.pause_button, self.resume_button, self.time_button, self.end_button):
            row2.addWidget(b)
        row2.addStretch(1)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.heading)
        rl.addWidget(self.tests_box)
        rl.addWidget(self.status_title)
        rl.addWidget(self.table, 1)
        rl.addLayout(row1)
        rl.addWidget(self.cell_help)
        rl.addLayout(row2)
        self.right = right
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([260, 900])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_status)
        self.retranslate()
        self._show_session()

    # ---------------------------------------------------------------- texts
    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show_session()
        super().changeEvent(event)

    def retranslate(self):
        self.list_title.setText(self.tr("Sessions d'examen blanc"))
        self.list.setAccessibleName(self.list_title.text())
        self.new_button.setText(self.tr("&Nouvelle session…"))
        self.open_button.setText(self.tr("&Ouvrir un fichier de session…"))
        self.open_button.setToolTip(self.tr("Reprendre sur ce poste une session préparée sur un autre poste"))
        self.save_button.setText(self.tr("Enregistrer le &fichier de session…"))
        self.save_button.setToolTip(self.tr("Pour ouvrir la même session sur chaque poste du labo (clé USB, "
                                            "dossier partagé)"))
        self.delete_button.setText(self.tr("&Supprimer la session"))
        self.tests_box.setTitle(self.tr("Épreuves pratiques (1 h chacune)"))
        for b in BLOCKS:
            self.test_labels[b].setText(self.tr("Épreuve %1 :").replace("%1", b))
        self.draw_button.setText(self.tr("&Tirer au sort les épreuves"))
        self.draw_button.setToolTip(self.tr("Un scénario par bloc parmi ceux prévus pour ce système ; les épreuves "
                                            "déjà commencées ne changent pas"))
        self.prep_button.setText(self.tr("&Vérifier la préparation de ce poste"))
        self.status_title.setText(self.tr("Stagiaires : où en est chacun"))
        self.table.setHorizontalHeaderLabels([self.tr("Stagiaire"), self.tr("Temps suppl."), self.tr("Entretien"),
                                              "B1", "B2", "B3"])
        self.table.setAccessibleName(self.tr("État de la session par stagiaire et par épreuve"))
        self.add_button.setText(self.tr("&Inscrire un stagiaire…"))
        self.edit_button.setText(self.tr("&Modifier…"))
        self.remove_button.setText(self.tr("&Retirer"))
        self.start_button.setText(self.tr("&Démarrer sur ce poste"))
        self.pause_button.setText(self.tr("&Pause"))
        self.resume_button.setText(self.tr("&Reprendre"))
        self.time_button.setText(self.tr("&Ajouter du temps…"))
        self.end_button.setText(self.tr("&Terminer l'épreuve…"))
        self.cell_help.setText(self.tr("Choisissez la case d'un stagiaire dans la colonne d'une épreuve pour la "
                                       "démarrer sur ce poste, la mettre en pause, ajouter du temps ou la terminer."))

    # ---------------------------------------------------------------- data
    def sessions_api(self) -> Sessions:
        return Sessions(self.session.engine())

    def showEvent(self, event):
        super().showEvent(event)
        self.reload()
        self.timer.start()

    def hideEvent(self, event):
        self.timer.stop()
        super().hideEvent(event)

    def reload(self, select_id: str | None = None):
        keep = select_id or (self.current.id if self.current else None)

        def op():
            return self.sessions_api().list()

        def loaded(sessions):
            self.sessions = sessions
            self.list.blockSignals(True)
            self.list.clear()
            for s in sessions:
                item = QListWidgetItem(f"{s.name}\n{_fmt_day(s.day, current_lang()) if s.day else ''}".strip())
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.list.addItem(item)
            self.list.blockSignals(False)
            ids = [s.id for s in sessions]
            row = ids.index(keep) if keep in ids else (0 if ids else -1)
            self.list.setCurrentRow(row)
            if row == -1:
                self.current = None
                self._show_session()

        run_op(op, loaded, parent=self, lane="db")

    def _selected(self, row: int):
        self.current = self.sessions[row] if 0 <= row < len(self.sessions) else None
        self._show_session()
        self.refresh_status()

    def refresh_status(self):
        if self.current is None or self.loading:
            return
        sid = self.current.id
        self.loading = True

        def op():
            api = self.sessions_api()
            return api.get(sid), api.status(sid)

        def done(result):
            self.loading = False
            s, rows = result
            if self.current is None or self.current.id != s.id:
                return
            self.current = s
            self.rows = rows
            self._show_session()

        def failed(exc):
            self.loading = False
            show_error(self, exc)

        run_op(op, done, failure=failed, parent=self, lane="db")

    # ---------------------------------------------------------------- showing
    def _show_session(self):
        s = self.current
        self.right.setEnabled(s is not None)
        self.save_button.setEnabled(s is not None)
        self.delete_button.setEnabled(s is not None)
        lang = current_lang()
        if s is None:
            self.heading.setText(self.tr("Aucune session : créez-en une avec « Nouvelle session ».")
                                 if not self.sessions else "")
            self.table.setRowCount(0)
            return
        day = _fmt_day(s.day, lang)
        self.heading.setText("<b>" + s.name + "</b> — " + self.tr("le %1 · système : %2 · tirage n° %3")
                             .replace("%1", day).replace("%2", s.platform).replace("%3", str(s.seed)))
        self.jury_note.setText(self.tr("Puis un entretien de %1 minutes avec le jury, à l'heure indiquée pour "
                                       "chaque stagiaire.").replace("%1", str(s.jury_minutes)))
        lib = self.session.library
        started = {c.block for _, cells in self.rows for c in cells if c.attempt is not None}
        for b in BLOCKS:
            combo = self.test_combos[b]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— à choisir —"), None)
            pool = candidates(lib.scenarios, b, s.platform, s.test_minutes) if lib is not None else []
            for sc in pool:
                combo.addItem(f"{sc.title.get(lang)} ({sc.id})", sc.id)
            test = s.tests.get(b)
            if test is not None:
                i = combo.findData(test.scenario_id)
                if i < 0:
                    combo.addItem(test.scenario_id, test.scenario_id)
                    i = combo.count() - 1
                combo.setCurrentIndex(i)
                how = HOW_TEXT[test.how].get(lang) if test.how in HOW_TEXT else test.how
                self.test_how[b].setText(how + (" · " + self.tr("commencée") if b in started else ""))
            else:
                combo.setCurrentIndex(0)
                self.test_how[b].setText("")
            combo.setEnabled(b not in started)
            combo.setToolTip(self.tr("Épreuve commencée : le scénario ne change plus") if b in started else "")
            combo.blockSignals(False)
        self.prep_button.setEnabled(any(s.tests.values()))
        keep = (self.table.currentRow(), self.table.currentColumn())
        self.table.setRowCount(len(s.trainees))
        cells_by = {t.trainee_id: cells for t, cells in self.rows}
        for r, t in enumerate(s.trainees):
            self._set(r, 0, t.name)
            self._set(r, 1, self.tr("%1 min").replace("%1", fmt.points(t.extra_minutes)) if t.extra_minutes else "—")
            slot = t.jury_slot(s.jury_minutes)
            self._set(r, 2, slot or self.tr("à fixer"))
            for c, cell in enumerate(cells_by.get(t.trainee_id, []), start=3):
                item = self._set(r, c, cell.text(lang))
                if cell.where in WHERE_COLOR:
                    item.setForeground(QBrush(QColor(theme.color(WHERE_COLOR[cell.where]))))
                if cell.attempt is not None:
                    item.setToolTip(self.tr("Tentative %1").replace("%1", cell.attempt.id[:8]))
        if 0 <= keep[0] < self.table.rowCount():
            self.table.setCurrentCell(*keep)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def _set(self, r: int, c: int, text: str) -> QTableWidgetItem:
        item = self.table.item(r, c)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(r, c, item)
        item.setText(text)
        return item

    def selected(self):
        """(SessionTrainee, Cell or None) of the selected cell."""
        r, c = self.table.currentRow(), self.table.currentColumn()
        if self.current is None or not 0 <= r < len(self.current.trainees):
            return None, None
        t = self.current.trainees[r]
        cells = next((cells for tt, cells in self.rows if tt.trainee_id == t.trainee_id), [])
        cell = cells[c - 3] if c >= 3 and c - 3 < len(cells) else None
        return t, cell

    def select_cell(self, name: str, block: str) -> bool:
        for r, t in enumerate(self.current.trainees if self.current else []):
            if t.name == name:
                self.table.setCurrentCell(r, 3 + BLOCKS.index(block))
                return True
        return False

    def _update_buttons(self):
        t, cell = self.selected()
        self.edit_button.setEnabled(t is not None)
        self.remove_button.setEnabled(t is not None)
        where = cell.where if cell is not None else None
        has_test = cell is not None and self.current is not None and cell.block in self.current.tests
        self.start_button.setEnabled(where == NOT_STARTED and has_test)
        self.pause_button.setEnabled(where == RUNNING)
        self.resume_button.setEnabled(where == PAUSED)
        self.time_button.setEnabled(where in (RUNNING, PAUSED) and bool(cell.attempt and cell.attempt.timed))
        self.end_button.setEnabled(where in (RUNNING, PAUSED))

    # ---------------------------------------------------------------- sessions
    def new_session(self):
        dlg = NewSessionDialog(self)
        if not dlg.exec():
            return
        name, day = dlg.name.text(), dlg.day.text().strip() or None
        lib = self.session.library

        def op():
            api = self.sessions_api()
            s = api.create(name, day)
            if lib is not None:
                try:
                    s = api.draw_tests(s.id, lib.scenarios)
                except Exception:  # noqa: BLE001 - a block without scenario: the trainer chooses by hand
                    pass
            return s

        run_op(op, lambda s: self.reload(s.id), parent=self, lane="db",
               title=self.tr("La session n'a pas pu être créée"))

    def delete_session(self):
        s = self.current
        if s is None or not confirm(self, self.tr("Supprimer la session"),
                                    self.tr("Supprimer la session « %1 » ?").replace("%1", s.name),
                                    self.tr("Supprimer"), danger=True):
            return
        run_op(lambda: self.sessions_api().delete(s.id), lambda _: self.reload(), parent=self, lane="db",
               title=self.tr("Session gardée"))

    def save_file(self):
        s = self.current
        if s is None:
            return
        from pathlib import Path

        from .. import settings as opts

        folder = opts.get("export/folder") or str(Path.home())
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in s.name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le fichier de session"),
                                              str(Path(folder) / f"session-{safe}.json"),
                                              self.tr("Sessions AIMM Lab (*.json)"))
        if not path:
            return
        self.write_session_file(path)

    def write_session_file(self, path: str):
        import json

        sid = self.current.id

        def op():
            data = self.sessions_api().to_dict(sid)
            with open(path, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, indent=1)
            return path

        run_op(op, lambda p: self.window().statusBar().showMessage(
            self.tr("Session enregistrée : %1").replace("%1", p), 8000) if hasattr(self.window(), "statusBar")
            else None, parent=self, lane="db", title=self.tr("Fichier de session non écrit"))

    def open_file(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un fichier de session"), "",
                                              self.tr("Sessions AIMM Lab (*.json)"))
        if path:
            self.read_session_file(path)

    def read_session_file(self, path: str):
        import json

        from aimm_lab.errors import AimmError
        from aimm_lab.i18n import T

        def op():
            try:
                with open(path, encoding="utf-8") as f:
                    data = json.load(f)
            except (OSError, ValueError) as e:
                raise AimmError(T(f"{path} : fichier de session illisible ({e})",
                                  f"{path}: unreadable session file ({e})")) from None
            return self.sessions_api().merge_dict(data)

        run_op(op, lambda s: self.reload(s.id), parent=self, lane="db", title=self.tr("Session non ouverte"))

    # ---------------------------------------------------------------- tests
    def _test_chosen(self, block: str):
        s = self.current
        sid = self.test_combos[block].currentData()
        if s is None or sid is None:
            return
        scenario = self.session.scenario(sid)
        run_op(lambda: self.sessions_api().set_test(s.id, scenario), lambda _: self.refresh_status(), parent=self,
               lane="db", failure=lambda e: (show_error(self, e), self.refresh_status()))

    def draw(self):
        s = self.current
        lib = self.session.library
        if s is None or lib is None:
            return
        started = {c.block for _, cells in self.rows for c in cells if c.attempt is not None}
        blocks = [b for b in BLOCKS if b not in started]
        if not blocks:
            return
        if any(b in s.tests for b in blocks) and not confirm(
                self, self.tr("Nouveau tirage"), self.tr("Remplacer les épreuves %1 par un nouveau tirage ?")
                .replace("%1", ", ".join(blocks)), self.tr("Tirer au sort")):
            return
        run_op(lambda: self.sessions_api().redraw(s.id, lib.scenarios, blocks), lambda _: self.refresh_status(),
               parent=self, lane="db", title=self.tr("Tirage impossible"))

    def _prep(self):
        if self.current is not None:
            self.check_preparation.emit([t.scenario_id for t in self.current.tests.values()])

    # ---------------------------------------------------------------- trainees
    def _known_names(self) -> list[str]:
        try:
            return [t.name for t in self.session.trainees()]
        except Exception:  # noqa: BLE001 - only a convenience for the name box
            return []

    def add_trainee(self):
        s = self.current
        if s is None:
            return
        dlg = TraineeRowDialog(self, known=self._known_names())
        if not dlg.exec():
            return
        name, extra, jury = dlg.name.currentText(), dlg.extra.text(), dlg.jury.text()
        run_op(lambda: self.sessions_api().add_trainee(s.id, name, extra, jury), lambda _: self.refresh_status(),
               parent=self, lane="db", title=self.tr("Stagiaire non inscrit"))

    def edit_trainee(self):
        t, _ = self.selected()
        s = self.current
        if t is None:
            return
        dlg = TraineeRowDialog(self, t.name, t.extra_minutes, t.jury_at, editing=True)
        if not dlg.exec():
            return
        extra, jury = dlg.extra.text(), dlg.jury.text()
        run_op(lambda: self.sessions_api().update_trainee(s.id, t.name, extra_minutes=extra or 0, jury_at=jury),
               lambda _: self.refresh_status(), parent=self, lane="db", title=self.tr("Modification refusée"))

    def remove_trainee(self):
        t, _ = self.selected()
        s = self.current
        if t is None or not confirm(self, self.tr("Retirer le stagiaire"),
                                    self.tr("Retirer %1 de la session ?").replace("%1", t.name), self.tr("Retirer")):
            return
        run_op(lambda: self.sessions_api().remove_trainee(s.id, t.name), lambda _: self.refresh_status(),
               parent=self, lane="db", title=self.tr("Stagiaire gardé"))

    # ---------------------------------------------------------------- attempts
    def start_test(self):
        t, cell = self.selected()
        s = self.current
        if t is None or cell is None or s is None:
            return
        test = s.tests.get(cell.block)
        scenario = self.session.scenario(test.scenario_id) if test else None
        if scenario is None:
            show_error(self, RuntimeError(self.tr("Scénario introuvable dans la bibliothèque : %1")
                                          .replace("%1", test.scenario_id if test else "?")))
            return
        minutes = s.test_minutes + t.extra_minutes
        if not confirm(self, self.tr("Démarrer l'épreuve"),
                       self.tr("Démarrer l'épreuve %1 de %2 sur ce poste ?\n\n« %3 », %4 minutes en mode examen. "
                               "Un premier relevé du poste est gardé comme état de départ.")
                       .replace("%1", cell.block).replace("%2", t.name)
                       .replace("%3", scenario.title.get(current_lang())).replace("%4", fmt.points(minutes)),
                       self.tr("Démarrer")):
            return
        block = cell.block

        def op():
            return self.sessions_api().start(s.id, t.name, block, scenario)

        def started(a):
            self.refresh_status()
            self.attempt_started.emit(a)

        run_op(op, started, parent=self, title=self.tr("L'épreuve n'a pas pu démarrer"))

    def _attempt_action(self, action: str, minutes: float | None = None):
        t, cell = self.selected()
        if cell is None or cell.attempt is None:
            return
        aid = cell.attempt.id
        if action == "add_time" and minutes is None:
            minutes, ok = QInputDialog.getInt(self, self.tr("Ajouter du temps"),
                                              self.tr("Minutes à ajouter pour %1 (épreuve %2) :")
                                              .replace("%1", t.name).replace("%2", cell.block), 10, 1, 600)
            if not ok:
                return
        if action == "end" and not confirm(
                self, self.tr("Terminer l'épreuve"),
                self.tr("Terminer maintenant l'épreuve %1 de %2 ? Un dernier relevé du poste est fait, puis la "
                        "tentative est remise.").replace("%1", cell.block).replace("%2", t.name),
                self.tr("Terminer"), danger=True):
            return
        self.run_attempt_action(aid, action, minutes)

    def run_attempt_action(self, aid: str, action: str, minutes: float | None = None):
        def op():
            eng = self.session.engine()
            if action == "pause":
                return eng.pause(aid, "trainer")
            if action == "resume":
                return eng.resume(aid, "trainer")
            if action == "add_time":
                return eng.add_time(aid, minutes, "trainer")
            return eng.submit(aid, "trainer", by="trainer")

        run_op(op, lambda _: self.refresh_status(), parent=self, title=self.tr("Action refusée"))


def _fmt_day(iso: str | None, lang: str) -> str:
    if not iso:
        return "—"
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}" if lang == "fr" else iso
