"""Grading: the queue of finished attempts (to grade, to release, or all), and the review of
one attempt: machine evidence before and after, the intervention report, the quote or invoice
with its automatic part, and the rubric items to score with a comment each. The trainer saves
the grades and releases the results to the trainee."""

from __future__ import annotations

from aimm_lab import fmt
from aimm_lab.i18n import current_lang
from aimm_lab.trainer.jury import mark20

from .. import labels
from ..dialogs import confirm, show_error
from ..ops import run_op
from ..qt import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QEvent,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
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
    Signal,
)
from .review_html import Review, load_review, review_html

FILTERS = ("to_do", "to_grade", "to_release", "all")
REVIEW_CSS = "h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 14px; } h3 { font-size: 10.5pt; }"


def queue(engine, which: str) -> list:
    """Finished attempts: to do (to grade or to release), to grade (rubric items left), to release
    (exam, graded, not released), all."""
    out = []
    for status in ("submitted", "expired"):
        out += engine.list(status=status, limit=None)
    if which == "to_do":
        out = [a for a in out if a.pending or (a.mode == "exam" and not a.released)]
    elif which == "to_grade":
        out = [a for a in out if a.pending]
    elif which == "to_release":
        out = [a for a in out if a.mode == "exam" and not a.pending and not a.released]
    return sorted(out, key=lambda a: (a.submitted_at or a.started_at, a.id), reverse=which == "all")


def room_attempt_ids(store) -> set[str]:
    """The attempts of room exams served by this PC (aimm_lab.room: every seat message names its attempt)."""
    return {r["attempt_id"] for r in store._rows(
        "SELECT DISTINCT attempt_id FROM room_messages WHERE attempt_id IS NOT NULL")}


def room_mode() -> str:
    """"Examen en salle, supervisé par la salle": the mode of a room exam, capitalised for a label."""
    from aimm_lab.exam.timeline import ROOM_MODE

    text = ROOM_MODE.get(current_lang())
    return text[:1].upper() + text[1:]


class RubricForm(QWidget):
    """A spin box and a comment for every rubric item of the attempt's scenario."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("rubricForm")
        self.rows: dict[tuple[str, str], tuple[QDoubleSpinBox, QLineEdit]] = {}
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QWidget] = []

    def load(self, r: Review):
        for b in self.boxes:
            self.lay.removeWidget(b)
            b.hide()
            b.deleteLater()  # owned by the form until then: deleted by Qt, on the GUI thread
        self.boxes.clear()
        self.rows.clear()
        lang = current_lang()
        for t in r.scenario.tasks:
            if t.kind != "rubric":
                continue
            box = QGroupBox(f"{t.title.get(lang)} — {labels.points(t.points)} pt")
            box.setObjectName(f"rubric_{t.id}")
            grid = QGridLayout(box)
            # Each item on two lines: its text over the whole width, then its points and a wide
            # comment, so that nothing is squeezed in the pane beside the attempt (1180 × 760).
            grid.setColumnStretch(1, 1)
            grid.setVerticalSpacing(2)
            for i, item in enumerate(t.rubric):
                text = QLabel(item.text.get(lang))
                text.setWordWrap(True)
                spin = QDoubleSpinBox(objectName=f"grade_{t.id}_{item.id}")
                step = 0.5 if item.points >= 1 else 0.25
                # One step below 0 is the special value "not graded yet"; the first step up gives 0.
                spin.setRange(-step, item.points)
                spin.setSingleStep(step)
                spin.setDecimals(2)
                spin.setSuffix(f" / {labels.points(item.points)}")
                spin.setSpecialValueText(self.tr("à noter"))
                spin.setAccessibleName(item.text.get(lang))
                g = r.rubric.get((t.id, item.id))
                spin.setValue(g["points"] if g else -step)
                comment = QLineEdit(objectName=f"comment_{t.id}_{item.id}")
                comment.setPlaceholderText(self.tr("commentaire (facultatif)"))
                comment.setText((g or {}).get("comment") or "")
                comment.setAccessibleName(self.tr("Commentaire : %1").replace("%1", item.text.get(lang)))
                spin.valueChanged.connect(self.changed)
                comment.textChanged.connect(self.changed)
                if i:
                    grid.setRowMinimumHeight(2 * i, text.fontMetrics().height() + 6)
                grid.addWidget(text, 2 * i, 0, 1, 2)
                grid.addWidget(spin, 2 * i + 1, 0)
                grid.addWidget(comment, 2 * i + 1, 1)
                self.rows[(t.id, item.id)] = (spin, comment)
            self.lay.addWidget(box)
            self.boxes.append(box)
        if not self.rows:
            note = QLabel(self.tr("Ce scénario n'a pas de grille à noter par le formateur."))
            note.setWordWrap(True)
            self.lay.addWidget(note)
            self.boxes.append(note)

    def grades(self) -> list[tuple[str, str, float, str]]:
        """(task, item, points, comment) of every item given a grade."""
        out = []
        for (tid, iid), (spin, comment) in self.rows.items():
            if spin.value() >= 0:
                out.append((tid, iid, round(spin.value(), 2), comment.text().strip()))
        return out

    def set_grade(self, task_id: str, item_id: str, points: float, comment: str = ""):
        spin, edit = self.rows[(task_id, item_id)]
        spin.setValue(points)
        edit.setText(comment)


class GradingPage(QWidget):
    released = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("gradingPage")
        self.session = session
        self.attempts: list = []
        self.review: Review | None = None
        self.dirty = False

        self.filter = QComboBox(objectName="gradingFilter")
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        self.table = QTableWidget(0, 6, objectName="gradingQueue")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selected)
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.empty = QLabel(objectName="queueEmpty")
        self.empty.setWordWrap(True)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter, 1)
        ll.addLayout(top)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.empty)

        self.view = QTextBrowser(objectName="reviewView")
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form = RubricForm()
        self.form.changed.connect(self._changed)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        self.form_title = QLabel(objectName="sectionTitle")
        self.save_button = QPushButton(objectName="saveGrades")
        self.release_button = QPushButton(objectName="releaseResults")
        self.pdf_button = QPushButton(objectName="attemptPdf")
        self.fault_button = QPushButton(objectName="confirmFaultReview")  # the planned fault was never seen
        self.fault_button.clicked.connect(self.confirm_fault)
        self.save_button.clicked.connect(self.save)
        self.release_button.clicked.connect(self.release)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.message = QLabel(objectName="gradingMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.fault_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.form_title)
        bl.addWidget(form_scroll, 1)
        bl.addWidget(self.message)
        bl.addLayout(buttons)
        rsplit = QSplitter(Qt.Orientation.Vertical)
        rsplit.addWidget(self.view)
        rsplit.addWidget(bottom)
        rsplit.setStretchFactor(0, 1)
        rsplit.setStretchFactor(1, 1)
        rsplit.setSizes([400, 400])  # the attempt and the rubric share the height
        self.right = rsplit
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(rsplit)
        split.setStretchFactor(1, 1)
        split.setSizes([400, 860])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        self.retranslate()
        self._update_buttons()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        keep = self.filter.currentIndex()
        self.filter.blockSignals(True)
        self.filter.clear()
        for key, text in zip(FILTERS, (self.tr("À traiter : à noter ou à communiquer"),
                                       self.tr("À noter (grille incomplète)"), self.tr("À communiquer au stagiaire"),
                                       self.tr("Toutes les tentatives terminées")), strict=True):
            self.filter.addItem(text, key)
        self.filter.setCurrentIndex(max(0, keep))
        self.filter.blockSignals(False)
        self.filter_label.setText(self.tr("&File :"))
        self.table.setHorizontalHeaderLabels([self.tr("Stagiaire"), self.tr("Scénario"), self.tr("Bloc"),
                                              self.tr("Mode"), self.tr("Remise"), self.tr("Note")])
        self.table.setAccessibleName(self.tr("Tentatives à noter"))
        self.form_title.setText(self.tr("Grille : points et commentaire par item"))
        self.save_button.setText(self.tr("&Enregistrer les notes"))
        self.release_button.setText(self.tr("&Communiquer les résultats"))
        self.release_button.setToolTip(self.tr("Le stagiaire pourra voir sa note et le détail de sa tentative"))
        self.fault_button.setText(self.tr("Confirmer la &panne…"))
        self.fault_button.setToolTip(self.tr("La panne prévue était en place bien qu'aucune vérification ne l'ait vue "
                                             ": les vérifications de la tentative comptent"))
        self.pdf_button.setText(self.tr("&PDF de la tentative…"))
        self.view.setAccessibleName(self.tr("Tentative à noter : preuves, rapport, documents"))
        self._show_review()

    # ---------------------------------------------------------------- queue
    def showEvent(self, event):
        super().showEvent(event)
        self.reload()

    def which(self) -> str:
        return self.filter.currentData() or "to_do"

    def reload(self, select_id: str | None = None):
        which = self.which()
        keep = select_id or (self.review.attempt.id if self.review else None)
        def op():
            eng = self.session.engine()
            return queue(eng, which), room_attempt_ids(eng.store)

        def got(result):
            rows, self.room_ids = result
            self._fill(rows, keep)

        run_op(op, got, parent=self, lane="db")

    def _fill(self, attempts, keep):
        from ..results_html import local_time

        lang = current_lang()
        self.attempts = attempts
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(attempts))
        for r, a in enumerate(attempts):
            m20 = mark20(a.score, a.max_score)
            note = self.tr("à noter") if a.pending else (
                f"{fmt.mark(m20, lang)} / 20" if m20 is not None else fmt.DASH)
            mode = room_mode() if a.id in getattr(self, "room_ids", ()) else labels.mode(a.mode)
            values = [a.trainee, a.title.get(lang), a.block, mode, local_time(a.submitted_at, lang), note]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setToolTip(v)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        ids = [a.id for a in attempts]
        which = self.which()
        self.empty.setText("" if attempts else {
            "to_do": self.tr("Rien à traiter : tout est noté et communiqué."),
            "to_grade": self.tr("Rien à noter : toutes les grilles sont complètes."),
            "to_release": self.tr("Aucun résultat d'examen en attente de communication."),
            "all": self.tr("Aucune tentative terminée pour l'instant.")}[which])
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        elif self.review is not None and self.review.attempt.id == keep:
            pass  # it left this queue (graded, released): it stays shown until another is chosen
        elif attempts:
            self.table.selectRow(0)
        else:
            self.review = None
            self._show_review()

    def select_attempt(self, attempt_id: str) -> bool:
        ids = [a.id for a in self.attempts]
        if attempt_id in ids:
            self.table.selectRow(ids.index(attempt_id))
            if self.review is None or self.review.attempt.id != attempt_id:
                self.open_attempt(attempt_id)
            return True
        return False

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        aid = self.attempts[rows[0].row()].id
        self.open_attempt(aid)

    def open_attempt(self, aid: str):
        run_op(lambda: load_review(self.session.engine(), aid), self._loaded, parent=self, lane="db")

    def _loaded(self, review: Review):
        self.review = review
        self.form.load(review)
        self.dirty = False
        self.message.setText("")
        self._show_review()

    def _show_review(self):
        if self.review is None:
            self.view.setHtml("<p><i>" + self.tr("Choisissez une tentative dans la file.") + "</i></p>")
        else:
            self.view.setHtml(f"<html><head><style>{REVIEW_CSS}</style></head><body>"
                              f"{review_html(self.review, current_lang(), with_rubric=False)}</body></html>")
        self._update_buttons()

    def _changed(self):
        self.dirty = True
        self._update_buttons()

    def _update_buttons(self):
        r = self.review
        self.right.setEnabled(True)
        self.save_button.setEnabled(r is not None and self.dirty)
        can_release = r is not None and r.attempt.mode == "exam" and not r.attempt.released
        self.release_button.setEnabled(can_release)
        self.release_button.setVisible(r is None or r.attempt.mode == "exam")
        self.pdf_button.setEnabled(r is not None)
        self.fault_button.setVisible(r is not None and getattr(r.facts, "fault", None) == "missing")

    # ---------------------------------------------------------------- actions
    def save(self, then=None):
        r = self.review
        if r is None:
            return
        grades = self.form.grades()
        aid = r.attempt.id

        def op():
            eng = self.session.engine()
            current = {k: (v["points"], v.get("comment") or "") for k, v in eng.facts(aid).rubric.items()}
            for tid, iid, pts, comment in grades:
                if current.get((tid, iid)) != (pts, comment):
                    eng.set_rubric(aid, tid, iid, pts, comment, by="trainer")
            return load_review(eng, aid)

        def saved(review):
            self._loaded(review)
            left = sum(1 for spin, _ in self.form.rows.values() if spin.value() < 0)
            self.message.setText(self.tr("Notes enregistrées.") + (" " + self.tr("%n item(s) reste(nt) à noter.", "", left)
                                                                    if left else ""))
            self.reload(aid)
            if then:
                then()

        run_op(op, saved, parent=self, lane="db", title=self.tr("Notes non enregistrées"))

    def confirm_fault(self):
        """The planned fault was in place although no check saw it: every check pass counts (journaled
        with the trainer's name; docs/attempts.md)."""
        r = self.review
        if r is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Confirmer la panne"),
            self.tr("Vous confirmez que la panne prévue était en place pour %1 : toutes ses vérifications "
                    "compteront.\n\nVotre nom (formateur) :").replace("%1", r.attempt.trainee))
        if not ok or not name.strip():
            return
        aid, who = r.attempt.id, name.strip()

        def op():
            eng = self.session.engine()
            eng.confirm_fault(aid, who)
            return load_review(eng, aid)

        def done(review):
            self._loaded(review)
            self.message.setText(self.tr("Panne confirmée par %1 : les vérifications comptent.").replace("%1", who))
            self.reload(aid)

        run_op(op, done, parent=self, lane="db", title=self.tr("Panne non confirmée"))

    def release(self):
        r = self.review
        if r is None:
            return
        text = self.tr("Communiquer à %1 les résultats de « %2 » ? La note et le détail de la tentative lui "
                       "deviendront visibles.") \
            .replace("%1", r.attempt.trainee).replace("%2", r.scenario.title.get(current_lang()))
        left = sum(1 for spin, _ in self.form.rows.values() if spin.value() < 0)
        if left:
            text += "\n\n" + self.tr("Attention : %n item(s) de la grille ne sont pas notés ; la note est provisoire.",
                                     "", left)
        if not confirm(self, self.tr("Communiquer les résultats"), text, self.tr("Communiquer"), danger=bool(left)):
            return
        aid = r.attempt.id

        def go():
            def op():
                eng = self.session.engine()
                eng.release_results(aid, by="trainer")
                return load_review(eng, aid)

            def done(review):
                self._loaded(review)
                self.message.setText(self.tr("Résultats communiqués à %1.").replace("%1", review.attempt.trainee))
                self.reload()
                self.released.emit(aid)

            run_op(op, done, parent=self, lane="db", title=self.tr("Résultats non communiqués"))

        if self.dirty:
            self.save(then=go)
        else:
            go()

    def export_pdf(self):
        r = self.review
        if r is None:
            return
        from pathlib import Path

        from .. import settings as opts

        folder = opts.get("export/folder") or str(Path.home())
        name = f"aimm-lab-correction-{r.attempt.scenario_id}-{r.attempt.trainee.replace(' ', '_')}-{r.attempt.id[:8]}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("PDF de la tentative"), str(Path(folder) / name),
                                              self.tr("Documents PDF (*.pdf)"))
        if not path:
            return
        self.write_pdf(path)

    def write_pdf(self, path: str):
        from .pdf import write_review_pdf

        try:
            out = write_review_pdf(self.review, path, current_lang())
        except Exception as e:  # noqa: BLE001 - any failure is a readable dialog
            show_error(self, e, self.tr("Export PDF impossible"))
            return None
        self.message.setText(self.tr("PDF enregistré : %1").replace("%1", str(out)))
        return out
