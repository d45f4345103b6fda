"""The gradebook and the jury grid: per trainee, the mark of each block with its validation date
and 5-year validity, the competence lines, the jury grid with the certificate's weights (the
marks from outside the program typed in here, the weighted result computed), a progress chart,
the result of each scenario under the trainer's rule, and the exports (CSV gradebook, jury
grids in PDF). Everything shown comes from aimm_lab.trainer.gradebook.build (the one aggregation
the CSV and the PDF use too), rounded only here, by aimm_lab/fmt.py."""

from __future__ import annotations

from datetime import date

from aimm_lab import fmt
from aimm_lab.exam.scoring import RULE_TEXT, RULES
from aimm_lab.i18n import current_lang
from aimm_lab.scenarios import referential as ref
from aimm_lab.trainer import gradebook as gb
from aimm_lab.trainer.jury import (
    COMPONENTS,
    DECISION_NOTE,
    FINAL_PARTS,
    FINAL_RULE,
    TOTAL,
    VALIDATION_RULE,
    JuryError,
    parse_mark,
)
from aimm_lab.words import exams_note

from .. import labels, theme
from ..chart import ProgressChart
from ..dialogs import show_error
from ..ops import run_op
from ..qt import (
    QAbstractItemView,
    QComboBox,
    QEvent,
    QFileDialog,
    QFont,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from .pdf import indicative, part_weight, points_text, weight_text


def _table(rows: int, cols: int, name: str) -> QTableWidget:
    t = QTableWidget(rows, cols, objectName=name)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    t.verticalHeader().hide()
    t.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    t.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return t


def _fit(t: QTableWidget):
    """A table as tall as its rows: the page scrolls, not each table."""
    t.resizeRowsToContents()
    h = t.horizontalHeader().height() + sum(t.rowHeight(r) for r in range(t.rowCount())) + 2 * t.frameWidth() + 2
    t.setFixedHeight(h)


def _item(text: str, align_right: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    if align_right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


class GradebookPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("gradebookPage")
        self.session = session
        self.books: list = []
        self.book = None
        self.today = date.today()

        self.list = QListWidget(objectName="gradebookTrainees")
        self.list.currentRowChanged.connect(self._selected)
        self.rule = QComboBox(objectName="gradebookRule")
        self.rule_label = QLabel()
        self.rule_label.setBuddy(self.rule)
        self.rule.activated.connect(self._rule_changed)
        self.csv_button = QPushButton(objectName="exportCsv")
        self.pdf_all_button = QPushButton(objectName="exportJuryAll")
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_all_button.clicked.connect(lambda: self.export_pdf(all_trainees=True))
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.list_title = QLabel(objectName="sectionTitle")
        ll.addWidget(self.list_title)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.rule_label)
        ll.addWidget(self.rule)
        ll.addWidget(self.csv_button)
        ll.addWidget(self.pdf_all_button)

        # the right side, scrolled as one page
        self.title = QLabel(objectName="gradebookTitle")
        f = QFont(self.title.font())
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.title.setFont(f)
        self.blocks_box = QGroupBox(objectName="blocksBox")
        self.blocks = _table(3, 6, "blocksTable")
        self.rule_note = QLabel(objectName="validationRule")
        self.rule_note.setWordWrap(True)
        bl = QVBoxLayout(self.blocks_box)
        bl.addWidget(self.blocks)
        bl.addWidget(self.rule_note)

        self.jury_box = QGroupBox(objectName="juryBox")
        self.grid = _table(len(COMPONENTS), 5, "juryGrid")
        self.final = _table(len(FINAL_PARTS) + 1, 3, "finalExam")
        self.mark_edits: dict[str, QLineEdit] = {}
        # The mark fields go into table cells once a trainee is shown; until then the page owns
        # them (a field without a parent would be owned by Python, and could be deleted by the
        # garbage collector on any thread).
        for c in COMPONENTS:
            if c.entered:
                e = QLineEdit(self, objectName=f"mark_{c.id}")
                e.hide()
                e.setAlignment(Qt.AlignmentFlag.AlignRight)
                e.setPlaceholderText("—")
                e.textEdited.connect(self._marks_edited)
                self.mark_edits[c.id] = e
        self.interview_edit = QLineEdit(self, objectName="mark_interview")
        self.interview_edit.hide()
        self.interview_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.interview_edit.setPlaceholderText("—")
        self.interview_edit.textEdited.connect(self._marks_edited)
        self.result = QLabel(objectName="juryResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.final_source = QLabel(objectName="finalSource")
        self.final_source.setWordWrap(True)
        self.save_marks = QPushButton(objectName="saveMarks")
        self.save_marks.clicked.connect(self.save)
        self.pdf_button = QPushButton(objectName="exportJury")
        self.pdf_button.clicked.connect(lambda: self.export_pdf(all_trainees=False))
        self.marks_message = QLabel(objectName="marksMessage")
        self.marks_message.setWordWrap(True)
        self.decision = QLabel(objectName="decisionNote")
        self.decision.setWordWrap(True)
        self.final_title = QLabel(objectName="finalTitle")
        self.final_title.setWordWrap(True)
        jl = QVBoxLayout(self.jury_box)
        jl.addWidget(self.grid)
        jl.addWidget(self.result)
        jl.addWidget(self.decision)
        jl.addWidget(self.final_title)
        jl.addWidget(self.final_source)
        jl.addWidget(self.final)
        row = QHBoxLayout()
        row.addWidget(self.save_marks)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        jl.addLayout(row)
        jl.addWidget(self.marks_message)

        self.lines_box = QGroupBox(objectName="scenarioLinesBox")
        self.lines = _table(0, 6, "scenarioLines")
        self.lines_note = QLabel(objectName="scenarioLinesNote")
        self.lines_note.setWordWrap(True)
        sl = QVBoxLayout(self.lines_box)
        sl.addWidget(self.lines_note)
        sl.addWidget(self.lines)

        self.comp_box = QGroupBox(objectName="competenceBox")
        self.comps = _table(0, 4, "competenceTable")
        cl = QVBoxLayout(self.comp_box)
        cl.addWidget(self.comps)

        self.chart_box = QGroupBox(objectName="chartBox")
        self.chart = ProgressChart()
        self.chart_note = QLabel(objectName="chartNote")
        self.chart_note.setWordWrap(True)
        chl = QVBoxLayout(self.chart_box)
        chl.addWidget(self.chart_note)
        chl.addWidget(self.chart)

        body = QWidget(objectName="gradebookBody")
        self.body = body
        bl2 = QVBoxLayout(body)
        bl2.addWidget(self.title)
        bl2.addWidget(self.jury_box)
        bl2.addWidget(self.blocks_box)
        bl2.addWidget(self.lines_box)
        bl2.addWidget(self.comp_box)
        bl2.addWidget(self.chart_box)
        bl2.addStretch(1)
        self.empty = QLabel(objectName="gradebookEmpty")
        self.empty.setWordWrap(True)
        bl2.insertWidget(0, self.empty)
        scroll = QScrollArea(objectName="gradebookScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 960])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        self.retranslate()
        self._show()

    # ---------------------------------------------------------------- texts
    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._show()
        super().changeEvent(event)

    def retranslate(self):
        lang = current_lang()
        self.list_title.setText(self.tr("Stagiaires"))
        self.list.setAccessibleName(self.tr("Stagiaires du carnet de notes"))
        for c in COMPONENTS:
            if c.entered:
                self.mark_edits[c.id].setAccessibleName(self.tr("Note sur 20 : %1").replace("%1", c.label.get(lang)))
        self.interview_edit.setAccessibleName(self.tr("Note sur 20 : entretien avec le jury"))
        self.blocks.setAccessibleName(self.tr("Blocs de compétences"))
        self.grid.setAccessibleName(self.tr("Grille du jury"))
        self.final.setAccessibleName(self.tr("Épreuve finale"))
        self.comps.setAccessibleName(self.tr("Lignes de compétence"))
        self.rule_label.setText(self.tr("&Tentative retenue par bloc :"))
        keep = self.rule.currentData()
        self.rule.clear()
        for i, r in enumerate(RULES):
            self.rule.addItem(RULE_TEXT[r].get(lang), r)
            self.rule.setItemData(i, RULE_TEXT[r].get(lang), Qt.ItemDataRole.ToolTipRole)
        if keep:
            self.rule.setCurrentIndex(self.rule.findData(keep))
        self.csv_button.setText(self.tr("Exporter le carnet (&CSV)…"))
        self.pdf_all_button.setText(self.tr("Grilles du jury de &tous (PDF)…"))
        self.blocks_box.setTitle(self.tr("Blocs de compétences"))
        self.blocks.setHorizontalHeaderLabels([self.tr("Bloc"), self.tr("Note / 20"), self.tr("Notées"),
                                               self.tr("À noter"), self.tr("Validé le"), self.tr("Valable jusqu'au")])
        self.rule_note.setText(indicative(VALIDATION_RULE, lang))
        self.jury_box.setTitle(self.tr("Grille du jury (pondération du titre)"))
        self.grid.setHorizontalHeaderLabels([self.tr("Composante"), self.tr("Pondération"), self.tr("Note / 20"),
                                             self.tr("Points"), self.tr("Origine")])
        self.final.setHorizontalHeaderLabels([self.tr("Épreuve finale"), self.tr("Poids"), self.tr("Note / 20")])
        self.final_title.setText(indicative(FINAL_RULE, lang))
        self.save_marks.setText(self.tr("&Enregistrer les notes saisies"))
        self.pdf_button.setText(self.tr("Grille du jury en &PDF…"))
        self.decision.setText("<i>" + DECISION_NOTE.get(lang) + "</i>")
        self.comp_box.setTitle(self.tr("Lignes de compétence (épreuves en mode examen)"))
        self.comps.setHorizontalHeaderLabels([self.tr("Ligne"), self.tr("Intitulé"), self.tr("Points"),
                                              self.tr("Réussite")])
        self.lines_box.setTitle(self.tr("Détail par scénario"))
        self.lines.setAccessibleName(self.tr("Détail par scénario"))
        self.lines.setHorizontalHeaderLabels([self.tr("Scénario"), self.tr("Mode"), self.tr("Tentatives"),
                                              self.tr("Points"), self.tr("Note / 20"), self.tr("Réussite")])
        self.chart_box.setTitle(self.tr("Progression"))
        self.chart_note.setText(self.tr("Chaque tentative terminée et notée (examen et entraînement), en "
                                        "pourcentage des points, par bloc."))
        for e in self.mark_edits.values():
            e.setToolTip(self.tr("Note sur 20 (ex. 12,5) ; vide : pas encore de note"))
        self.interview_edit.setToolTip(self.tr("Note de l'entretien avec le jury, sur 20"))
        for t in (self.blocks, self.grid, self.final, self.comps, self.lines):
            h = t.horizontalHeader()
            h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            h.setSectionResizeMode(0 if t is not self.comps else 1, QHeaderView.ResizeMode.Stretch)

    # ---------------------------------------------------------------- data
    def showEvent(self, event):
        super().showEvent(event)
        self.reload()

    def reload(self, select: str | None = None):
        keep = select or (self.book.name if self.book else None)

        def op():
            eng = self.session.engine()
            rule = eng.store.get_setting("aggregate", gb.DEFAULT_RULE)
            books = gb.build(eng)
            return rule, books

        def done(result):
            rule, books = result
            self.rule.setCurrentIndex(max(0, self.rule.findData(rule)))
            self.rule.setToolTip(self.rule.currentText())
            self.books = books
            self.list.blockSignals(True)
            self.list.clear()
            for b in books:
                item = QListWidgetItem(b.name)
                self.list.addItem(item)
            self.list.blockSignals(False)
            names = [b.name for b in books]
            self.list.setCurrentRow(names.index(keep) if keep in names else (0 if names else -1))
            if not names:
                self.book = None
                self._show()

        run_op(op, done, parent=self, lane="db")

    def select(self, name: str) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).text() == name:
                self.list.setCurrentRow(i)
                return True
        return False

    def _selected(self, row: int):
        self.book = self.books[row] if 0 <= row < len(self.books) else None
        self._show()

    def _rule_changed(self, _i):
        rule = self.rule.currentData()
        run_op(lambda: self.session.engine().store.set_setting("aggregate", rule), lambda _: self.reload(),
               parent=self, lane="db")

    # ---------------------------------------------------------------- showing
    def _show(self):
        b = self.book
        has = b is not None
        for w in (self.title, self.blocks_box, self.jury_box, self.lines_box, self.comp_box, self.chart_box):
            w.setVisible(has)
        self.empty.setVisible(not has)
        self.pdf_all_button.setEnabled(bool(self.books))
        self.csv_button.setEnabled(bool(self.books))
        if not has:
            self.empty.setText(self.tr("Aucun stagiaire pour l'instant. Les résultats apparaissent ici dès qu'une "
                                       "tentative est terminée ou importée."))
            return
        lang = current_lang()
        self.title.setText(self.tr("%1 — carnet de notes").replace("%1", b.name))
        # blocks
        for r, (blk, line) in enumerate(b.blocks.items()):
            v = line.validation
            name = _item(f"{blk} — {ref.BLOCKS[blk].get(lang)}" if blk in ref.BLOCKS else blk)
            name.setToolTip(name.text())
            until = "—"
            if v is not None:
                until = fmt.day(v.valid_until, lang)
                if not v.is_valid(self.today):
                    until += " " + self.tr("(expiré)")
            cells = [name, _item(fmt.mark(line.mark, lang), True), _item(str(line.graded), True),
                     _item(str(line.to_grade) if line.to_grade else fmt.DASH, True),
                     _item(("✔ " + fmt.day(v.validated_on, lang)) if v else self.tr("non validé")), _item(until)]
            if v is not None:
                cells[4].setForeground(_brush("PASS" if v.is_valid(self.today) else "ERROR"))
            for c, it in enumerate(cells):
                self.blocks.setItem(r, c, it)
        _fit(self.blocks)
        # jury grid
        j = b.jury
        for r, line in enumerate(j.lines):
            c = line.component
            self.grid.setItem(r, 0, _item(c.label.get(lang)))
            self.grid.setItem(r, 4, _item(self.tr("saisie ici") if c.entered else self.tr("calculée")))
            self.grid.setItem(r, 1, _item(weight_text(c, lang), True))
            if c.entered:
                e = self.mark_edits[c.id]
                e.setText(fmt.mark(b.entered.get(c.id), lang) if b.entered.get(c.id) is not None else "")
                _put_widget(self.grid, r, 2, e)
            else:
                self.grid.setItem(r, 2, _item(fmt.mark(line.mark, lang), True))
            self.grid.setItem(r, 3, _item(points_text(line, lang), True))
        _fit(self.grid)
        self._show_result()
        for r, (pid, label, _minutes) in enumerate(FINAL_PARTS):
            self.final.setItem(r, 0, _item(label.get(lang)))
            self.final.setItem(r, 1, _item(part_weight(pid), True))
            if pid == "interview":
                v = j.final.parts.get(pid)
                self.interview_edit.setText(fmt.mark(v, lang) if v is not None else "")
                self.interview_edit.setEnabled(self._session_of_book() is not None)
                _put_widget(self.final, r, 2, self.interview_edit)
            else:
                self.final.setItem(r, 2, _item(fmt.mark(j.final.parts.get(pid), lang), True))
        last = len(FINAL_PARTS)
        bold = QFont(self.font())
        bold.setBold(True)
        it = _item(self.tr("Note de l'épreuve finale"))
        it.setFont(bold)
        self.final.setItem(last, 0, it)
        self.final.setItem(last, 1, _item(""))
        it = _item(fmt.mark(j.final.mark, lang), True)
        it.setFont(bold)
        self.final.setItem(last, 2, it)
        _fit(self.final)
        src = b.final_source.get(lang) if b.final_source else ""
        note = self.tr("D'après : %1.").replace("%1", src) + " " + exams_note(b.held).get(lang)
        if self._session_of_book() is None:
            note += " " + self.tr("La note d'entretien se saisit avec une session d'examen blanc.")
        self.final_source.setText(note)
        self.marks_message.setText("")
        self.save_marks.setEnabled(False)
        # competence lines
        comps = sorted(b.competences, key=lambda cid: (list(ref.COMPETENCES).index(cid)
                                                       if cid in ref.COMPETENCES else 99, cid))
        self.comps.setRowCount(len(comps))
        for r, cid in enumerate(comps):
            e, m = b.competences[cid]
            title = ref.COMPETENCES[cid].title.get(lang) if cid in ref.COMPETENCES else ""
            self.comps.setItem(r, 0, _item(cid))
            t = _item(title)
            t.setToolTip(title)
            self.comps.setItem(r, 1, t)
            self.comps.setItem(r, 2, _item(f"{fmt.points(e, lang)} / {fmt.points(m, lang)}", True))
            self.comps.setItem(r, 3, _item(fmt.percent(b.competence_percent(cid), lang, 1), True))
        if not comps:
            self.comps.setRowCount(1)
            self.comps.setItem(0, 0, _item("—"))
            self.comps.setItem(0, 1, _item(self.tr("Aucune épreuve en mode examen notée.")))
        _fit(self.comps)
        self._show_lines(lang)
        # chart
        self.chart.set_points([(p.block, p.at, float(p.mark) * 5) for p in b.progress])

    def _show_lines(self, lang: str):
        """The result of each scenario and mode under the rule (the CSV's rows)."""
        b = self.book
        self.lines_note.setText(gb.rule_note(b.rule).get(lang))
        self.lines.setRowCount(max(1, len(b.lines)))
        if not b.lines:
            self.lines.setItem(0, 0, _item(self.tr("Aucune tentative terminée.")))
            for c in range(1, 6):
                self.lines.setItem(0, c, _item(""))
        for r, ln in enumerate(b.lines):
            name = _item(f"{ln.title.get(lang)} ({ln.scenario_id})")
            name.setToolTip(name.text())
            attempts = str(ln.attempts)
            if ln.pending:
                attempts += " " + self.tr("(%1 à noter)").replace("%1", str(ln.pending))
            pts = fmt.DASH if ln.counted is None else f"{fmt.mark(ln.score, lang)} / {fmt.mark(ln.max_score, lang)}"
            for c, it in enumerate((name, _item(labels.mode(ln.mode)), _item(attempts, True), _item(pts, True),
                                    _item(fmt.mark(ln.mark, lang), True),
                                    _item(fmt.percent(ln.percent, lang, 2), True))):
                self.lines.setItem(r, c, it)
        _fit(self.lines)

    def _session_of_book(self):
        return self.book.final_session if self.book is not None else None

    def _show_result(self):
        lang = current_lang()
        j = self.book.jury
        if j.result is not None:
            color = theme.color("PASS" if j.favourable else "FAIL")
            verdict = self.tr("favorable") if j.favourable else self.tr("défavorable")
            self.result.setText(f'{TOTAL.get(lang)} : {fmt.number(j.result, lang, 3)} / 20<br/>'
                                f'<span style="font-size:large"><b>{self.tr("Résultat pondéré")} : '
                                f'{fmt.mark(j.result, lang)} / 20</b></span> — '
                                f'<b style="color:{color}">{verdict}</b>')
        else:
            names = {c.id: c.label.get(lang) for c in COMPONENTS}
            missing = ", ".join(names[m] for m in j.missing)
            self.result.setText("<b>" + self.tr("Résultat pondéré : incomplet") + "</b> — "
                                + self.tr("manque : %1").replace("%1", missing))

    # ---------------------------------------------------------------- typing marks
    def _marks_edited(self, _text=None):
        """Check the marks as typed and show what the grid would give, before saving."""
        from aimm_lab.trainer.jury import final_exam, jury_result

        b = self.book
        if b is None:
            return
        lang = current_lang()
        errors, entered = [], {}
        for cid, e in self.mark_edits.items():
            try:
                entered[cid] = parse_mark(e.text())
                e.setStyleSheet("")
            except JuryError as err:
                errors.append(err.message(lang))
                e.setStyleSheet(f"color: {theme.color('FAIL')}")
        parts = dict(b.jury.final.parts)
        try:
            parts["interview"] = parse_mark(self.interview_edit.text())
            self.interview_edit.setStyleSheet("")
        except JuryError as err:
            errors.append(err.message(lang))
            self.interview_edit.setStyleSheet(f"color: {theme.color('FAIL')}")
        self.save_marks.setEnabled(not errors)
        if errors:
            self.marks_message.setText("\n".join(errors))
            return
        b.jury = jury_result(entered, final_exam(parts))
        self.marks_message.setText(self.tr("Notes modifiées : pensez à les enregistrer."))
        for r, line in enumerate(b.jury.lines):
            self.grid.setItem(r, 3, _item(points_text(line, lang), True))
            if not line.component.entered:
                self.grid.setItem(r, 2, _item(fmt.mark(line.mark, lang), True))
        self.final.setItem(len(FINAL_PARTS), 2, _item(fmt.mark(b.jury.final.mark, lang), True))
        self._show_result()

    def save(self):
        b = self.book
        if b is None:
            return
        values = {cid: e.text() for cid, e in self.mark_edits.items()}
        interview = self.interview_edit.text() if self.interview_edit.isEnabled() else None
        name = b.name

        def op():
            from aimm_lab.trainer.sessions import Sessions

            eng = self.session.engine()
            for cid, v in values.items():
                gb.set_entered_mark(eng.store, name, cid, v)
            if interview is not None:
                api = Sessions(eng)
                mine = api.sessions_of(name)
                if mine:
                    api.update_trainee(mine[0].id, name, interview_mark=interview)

        def saved(_):
            self.reload(name)
            self.window().statusBar().showMessage(self.tr("Notes enregistrées."), 5000) \
                if hasattr(self.window(), "statusBar") else None

        run_op(op, saved, parent=self, lane="db", title=self.tr("Notes non enregistrées"))

    # ---------------------------------------------------------------- exports
    def _ask_path(self, title: str, name: str, filt: str) -> str | None:
        from pathlib import Path

        from .. import settings as opts

        folder = opts.get("export/folder") or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), filt)
        if path:
            opts.put("export/folder", str(Path(path).parent))
        return path or None

    def export_csv(self):
        path = self._ask_path(self.tr("Exporter le carnet de notes"), "aimm-lab-carnet.csv",
                              self.tr("Fichiers CSV (*.csv)"))
        if path:
            self.write_csv(path)

    def write_csv(self, path: str, then=None):
        if not path.lower().endswith(".csv"):
            path += ".csv"
        rule = self.rule.currentData() or gb.DEFAULT_RULE

        lang = current_lang()

        def op():
            return gb.write_csv(path, gb.build(self.session.engine(), rule=rule), ";", lang)

        def done(n):
            self.marks_message.setText(self.tr("Carnet exporté : %1 (%2 ligne(s)).").replace("%1", path)
                                       .replace("%2", str(n)))
            if then:
                then(path)

        run_op(op, done, parent=self, lane="db", title=self.tr("Export CSV impossible"))

    def export_pdf(self, all_trainees: bool):
        books = self.books if all_trainees else ([self.book] if self.book else [])
        if not books:
            return
        safe = "tous" if all_trainees else "".join(ch if ch.isalnum() else "_" for ch in books[0].name)
        path = self._ask_path(self.tr("Grille du jury en PDF"), f"aimm-lab-grille-jury-{safe}.pdf",
                              self.tr("Documents PDF (*.pdf)"))
        if path:
            self.write_pdf(path, books)

    def write_pdf(self, path: str, books=None):
        from .pdf import write_jury_pdf

        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            out = write_jury_pdf(books or ([self.book] if self.book else []), path, current_lang(), self.today)
        except Exception as e:  # noqa: BLE001 - any failure is a readable dialog
            show_error(self, e, self.tr("Export PDF impossible"))
            return None
        self.marks_message.setText(self.tr("PDF enregistré : %1").replace("%1", str(out)))
        return out


def _brush(outcome: str):
    from ..qt import QBrush, QColor

    return QBrush(QColor(theme.color(outcome)))


def _put_widget(table: QTableWidget, row: int, col: int, widget) -> None:
    """Place a field in a cell once: setting the same widget again would have Qt delete it
    (it releases the cell's old widget with deleteLater, even when it is the same one)."""
    if table.cellWidget(row, col) is not widget:
        table.setCellWidget(row, col, widget)
