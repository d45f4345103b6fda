"""Working through an attempt: the customer's ticket, the task list with each task's
status, the countdown, *Vérifier* (practice) or *Enregistrer l'état* (exam) run in the
background with a progress indicator, the evidence in plain words, hints with their
cost, the report form, the quote and invoice editor, the quiz, and the submission.

Everything the engine does runs in an op; the page only keeps what it shows. Edits are
saved shortly after the trainee stops typing (and before a submission or a close)."""

from __future__ import annotations

import time

from aimm_lab import fmt
from aimm_lab.exam.clock import WARNINGS_S
from aimm_lab.exam.engine import AttemptClosed
from aimm_lab.i18n import current_lang

from . import labels, theme
from .check_panel import CheckPanel
from .countdown import Countdown, level
from .dialogs import confirm, show_error
from .document_editor import DocumentEditor
from .exam_layout import exam_header, task_split
from .fault_notice import FaultNotice
from .ops import run_op
from .qt import (
    QEvent,
    QFont,
    QFontMetrics,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRect,
    QSize,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .quiz import QuizWidget
from .report_form import ReportForm
from .text_panels import BriefPanel, RubricPanel

SAVE_DELAY_MS = 1000
LAST_MINUTE_SAVE_MS = 100
TICK_MS = 250


class TaskList(QListWidget):
    resized = Signal()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.resized.emit()


# One panel per task kind. Each is built by `for_attempt(task, attempt, facts)` from what the journal
# holds and answers three questions: `status()` (its status key in the task list), `todo()` (what is
# left, in words, shown before a submission) and `saver(attempt_id)` (a function that saves what was
# entered with the engine, or None). An editable panel also has a `changed` signal and a `saved` label.
PANELS = {"checks": CheckPanel, "report": ReportForm, "quote": DocumentEditor, "invoice": DocumentEditor,
          "quiz": QuizWidget, "rubric": RubricPanel}


class AttemptPage(QWidget):
    """Emits `finished(attempt)` once the attempt is submitted or expired."""

    finished = Signal(object)
    status_message = Signal(str)
    timing = Signal(object, float, bool)  # remaining (s, None when untimed), elapsed (s), timed
    fault_confirm_requested = Signal()  # the trainer's "Confirmer la panne" (the window asks the PIN)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("attemptPage")
        self.session = session
        self.attempt = None
        self.scenario = None
        self.checking = False
        self.ending = False
        self.warned: set[tuple[str | None, int]] = set()  # (deadline, warning stage) already asked about
        self.panels: dict[str, QWidget] = {}
        self.items: dict[str, QListWidgetItem] = {}
        self.dirty: set[str] = set()
        self.save_timers: dict[str, QTimer] = {}
        self.notes: dict = {}  # task id -> the function that says its saving state

        self.title = QLabel(objectName="attemptTitle")
        self.title.setWordWrap(True)
        f = QFont(self.title.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.3)
        self.title.setFont(f)
        self.mode_label = QLabel(objectName="modeLabel")
        self.countdown = Countdown(self)
        self.countdown_caption = QLabel(objectName="countdownCaption")
        self.countdown_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner = QLabel(objectName="timeBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.fault = FaultNotice(self)
        self.fault.confirm_requested.connect(self.fault_confirm_requested)
        self.check_all = QPushButton(objectName="checkAll")
        self.check_all.clicked.connect(lambda: self.run_check(None))
        self.record = QPushButton(objectName="recordState")
        self.record.clicked.connect(self.record_state)
        self.submit_button = QPushButton(objectName="submitAttempt")
        self.submit_button.clicked.connect(self.submit)
        self.progress = QProgressBar(objectName="checkProgress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.progress_label = QLabel(objectName="checkProgressLabel")
        self.progress_label.hide()

        self.task_list = TaskList(objectName="taskList")
        self.task_list.resized.connect(self._size_items)
        self.task_list.currentRowChanged.connect(self._row_changed)
        self.task_list.setMinimumWidth(240)
        self.task_list.setWordWrap(True)
        self.task_list.setSpacing(3)
        self.task_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.task_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.task_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.stack = QStackedWidget(objectName="taskStack")

        head = exam_header(self.title, self.mode_label, self.countdown, self.countdown_caption)
        bar = QHBoxLayout()
        bar.addWidget(self.check_all)
        bar.addWidget(self.record)
        bar.addWidget(self.progress)
        bar.addWidget(self.progress_label)
        bar.addStretch(1)
        bar.addWidget(self.submit_button)
        split = task_split(self.task_list, self.stack, 280)
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.banner)
        lay.addWidget(self.fault)
        lay.addLayout(bar)
        lay.addWidget(split, 1)

        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.retranslate()

    # ---------------------------------------------------------------- language
    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event):
        super().showEvent(event)
        self.tick()

    def retranslate(self):
        self.check_all.setText(self.tr("&Vérifier tout"))
        self.check_all.setToolTip(self.tr("Lire l'état du poste et vérifier toutes les tâches (F5)"))
        self.record.setText(self.tr("&Enregistrer l'état"))
        self.record.setToolTip(self.tr("Enregistrer l'état du poste comme preuve, sans afficher de résultat"))
        self.submit_button.setText(self.tr("&Remettre…"))
        self.submit_button.setToolTip(self.tr("Terminer et remettre la tentative"))
        self.task_list.setAccessibleName(self.tr("Tâches de l'épreuve"))
        self.task_list.setWordWrap(True)
        self.progress.setAccessibleName(self.tr("Vérification en cours"))
        self.progress_label.setText(self.tr("Lecture du poste…"))
        if self.attempt is not None:
            self._header()
            for tid, text in self.notes.items():
                self._note(tid, text)
            for tid in self.items:
                self._update_item(tid)
            self.tick()

    def _header(self):
        a, lang = self.attempt, current_lang()
        self.title.setText(self.scenario.title.get(lang))
        if a.mode == "exam":
            self.mode_label.setText(self.tr("Mode examen — stagiaire : %1").replace("%1", a.trainee))
        elif a.timed:
            self.mode_label.setText(self.tr("Entraînement chronométré — stagiaire : %1").replace("%1", a.trainee))
        else:
            self.mode_label.setText(self.tr("Entraînement sans limite de temps — stagiaire : %1")
                                    .replace("%1", a.trainee))

    # ---------------------------------------------------------------- set-up
    def load(self, attempt, scenario, facts):
        """Show an attempt (new or resumed) with what its journal already holds."""
        self.attempt, self.scenario = attempt, scenario
        self.ending = False
        self.checking = False
        self.warned = set()
        self.dirty.clear()
        self.notes.clear()
        self.banner.hide()
        self.task_list.blockSignals(True)
        self.task_list.clear()
        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            w.deleteLater()
        self.panels.clear()
        self.items.clear()
        practice = attempt.mode == "practice"
        self.check_all.setVisible(practice)
        self.record.setVisible(not practice)
        has_checks = any(t.kind == "checks" for t in scenario.tasks)
        self.check_all.setEnabled(has_checks)
        self.record.setEnabled(has_checks)
        self.fault.set_verified(facts.fault_verified)

        self._add("__brief__", BriefPanel(scenario))
        for t in scenario.tasks:
            panel = PANELS[t.kind].for_attempt(t, attempt, facts)
            if isinstance(panel, CheckPanel):
                panel.check_button.clicked.connect(lambda _c=False, tid=t.id: self.run_check(tid))
                panel.hint_button.clicked.connect(lambda _c=False, tid=t.id: self.take_hint(tid))
            changed = getattr(panel, "changed", None)
            if changed is not None:
                changed.connect(lambda tid=t.id: self._edited(tid))
            self._add(t.id, panel)
        self._header()
        for tid in self.items:
            self._update_item(tid)
        self.task_list.blockSignals(False)
        self.task_list.setCurrentRow(0)
        self.stack.setCurrentIndex(0)
        self._set_busy(False)
        self.ticker.start()
        self.tick()

    def _add(self, key: str, panel: QWidget):
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.task_list.addItem(item)
        self.stack.addWidget(panel)
        self.panels[key] = panel
        self.items[key] = item

    def _update_item(self, key: str):
        item = self.items[key]
        if key == "__brief__":
            item.setText(self.tr("Demande du client"))
            f = QFont(self.task_list.font())
            f.setBold(True)
            item.setFont(f)
            self._size_item(item)
            return
        t = self.scenario.task(key)
        status = self.panels[key].status()
        item.setText(f"{labels.OUTCOME_MARKS.get(status, '')} {t.title.get(current_lang())}\n"
                     f"    {labels.outcome(status)} · {labels.points(t.points)} pt")
        item.setToolTip(f"{labels.task_kind(t.kind)} — {labels.outcome(status)}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     f"{t.title.get(current_lang())}, {labels.outcome(status)}")
        self._size_item(item)

    def _size_item(self, item):
        """The height a wrapped text needs at the list's current width (Qt does not recompute it
        when an item's text changes)."""
        width = max(80, self.task_list.viewport().width() - 2 * self.task_list.spacing() - 8)
        fm = QFontMetrics(item.font() if item.font() != QFont() else self.task_list.font())
        rect = fm.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), item.text())
        item.setSizeHint(QSize(width, rect.height() + 8))

    def _size_items(self):
        for item in self.items.values():
            self._size_item(item)

    def _row_changed(self, row: int):
        if row >= 0:
            self.stack.setCurrentIndex(row)

    def current_task_id(self) -> str | None:
        item = self.task_list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item else None
        return None if key in (None, "__brief__") else key

    def select_task(self, tid: str):
        self.task_list.setCurrentItem(self.items[tid])

    @property
    def is_open(self) -> bool:
        return self.attempt is not None and self.attempt.is_open and not self.ending

    # ---------------------------------------------------------------- the clock
    def now(self) -> int:
        return self.session.engine().now()

    def tick(self):
        """Show the time the core says is left (or spent), ask the engine for the warnings due
        when a new warning stage is reached, and submit once the core says the time is up."""
        a = self.attempt
        if a is None:
            return
        now = self.now()
        remaining = a.remaining_s(now) if a.timed else None
        elapsed = a.elapsed_s(now)
        self.countdown.show_time(remaining, elapsed, a.timed)
        self.countdown_caption.setText(self.tr("temps restant") if a.timed else self.tr("temps passé"))
        self.timing.emit(remaining, elapsed, a.timed)
        if not a.timed or not self.is_open or a.status != "running":
            return
        if a.overdue(now):
            self.time_up()
            return
        stage = a.warning_stage(now)
        if stage is not None and (a.deadline, stage) not in self.warned:
            # A new stage (or a new deadline after added time): the engine says which warnings are
            # owed and journals them, so each is given once, even across a restart.
            self.warned.add((a.deadline, stage))
            aid = self.attempt.id
            run_op(lambda: self.session.engine().due_warnings(aid), self._warnings_due, parent=self, lane="db",
                   failure=lambda e: None)  # a warning that cannot be journaled is asked again at the next stage

    def _warnings_due(self, due: list[int]):
        if due and self.is_open:
            self._warn(min(due))

    def _last_minute(self) -> bool:
        a = self.attempt
        left = a.remaining_s(self.now()) if a is not None and a.status == "running" else None
        return left is not None and left < 60

    def _warn(self, seconds: int):
        """Show the warning for `seconds` left (one of the core's `clock.WARNINGS_S`)."""
        minutes = seconds // 60
        text = (self.tr("Plus que %n minute(s) ! La tentative sera remise automatiquement à la fin du temps.",
                        "", minutes)
                if seconds == min(WARNINGS_S) else
                self.tr("Plus que %n minute(s) : pensez à enregistrer votre travail.", "", minutes))
        self.banner.setText(text)
        self.banner.setStyleSheet(f"QLabel {{ font-weight: bold; color: {theme.color(level(seconds))}; }}")
        self.banner.show()
        self.status_message.emit(text)

    def time_up(self):
        """The deadline has passed: save what is pending, then the final pass and the expiry."""
        if self.ending:
            return
        self.ending = True
        self.ticker.stop()
        self._set_busy(True, self.tr("Temps écoulé : remise automatique…"))
        work = self._pending_saves()
        aid = self.attempt.id

        def op():
            eng = self.session.engine()
            for fn in work:
                try:
                    fn(eng)
                except AttemptClosed:
                    break  # the time ran out before this save could be journaled
            return eng.submit(aid)

        run_op(op, self._ended, failure=self._end_failed, parent=self)

    # ---------------------------------------------------------------- checks
    def _set_busy(self, busy: bool, text: str | None = None):
        self.checking = busy
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        if text:
            self.progress_label.setText(text)
        open_ = self.is_open
        for b in (self.check_all, self.record):
            b.setEnabled(not busy and open_ and any(t.kind == "checks" for t in self.scenario.tasks))
        self.submit_button.setEnabled(not busy and open_)
        for p in self.panels.values():
            if isinstance(p, CheckPanel):
                p.check_button.setEnabled(not busy and open_)

    def run_check(self, task_id: str | None):
        """Practice: run a check pass (all tasks or one) in the background and show the evidence."""
        if not self.is_open or self.checking or self.attempt.mode != "practice":
            return
        self._set_busy(True, self.tr("Lecture du poste…"))
        aid = self.attempt.id
        run_op(lambda: self.session.engine().check(aid, task_id), self._checked, failure=self._check_failed,
               parent=self)

    def record_state(self):
        """Exam: record the machine's state as evidence, without any result."""
        if not self.is_open or self.checking:
            return
        self._set_busy(True, self.tr("Enregistrement de l'état du poste…"))
        aid = self.attempt.id
        run_op(lambda: self.session.engine().record_state(aid), self._checked, failure=self._check_failed,
               parent=self)

    def _checked(self, receipt):
        self.attempt = receipt.attempt
        self._set_busy(False)
        if receipt.expired or not receipt.attempt.is_open:
            self._ended(receipt.attempt)
            return
        became_verified = self.fault.set_verified(receipt.counted)
        if receipt.result is not None:
            for tr in receipt.result.tasks:
                panel = self.panels.get(tr.task_id)
                if isinstance(panel, CheckPanel):
                    panel.result = tr.as_record()
                    panel.recorded = True
                    panel.not_counted = not receipt.counted
                    panel.render()
                    self._update_item(tr.task_id)
            passed = sum(t.outcome.value == "PASS" for t in receipt.result.tasks)
            self.status_message.emit(self.tr("Vérification terminée : %n tâche(s) réussie(s) sur %1.", "", passed)
                                     .replace("%1", str(len(receipt.result.tasks))) if receipt.counted else
                                     self.tr("Vérification enregistrée, mais elle ne compte pas : la panne prévue "
                                             "n'est pas en place sur ce poste."))
        else:
            for tid, panel in self.panels.items():
                if isinstance(panel, CheckPanel):
                    panel.recorded = True
                    panel.render()
                    self._update_item(tid)
            self.status_message.emit(self.tr("État du poste enregistré."))
        if became_verified:
            self.status_message.emit(self.tr("La panne est en place : vos vérifications comptent désormais."))
            for tid in self.items:
                if isinstance(self.panels.get(tid), CheckPanel):
                    self.panels[tid].not_counted = False
                    self.panels[tid].render()
                self._update_item(tid)

    def _check_failed(self, exc):
        self._set_busy(False)
        if isinstance(exc, AttemptClosed):
            self._refresh_after_close()
            return
        show_error(self, exc, self.tr("La vérification n'a pas pu se faire"))

    # ---------------------------------------------------------------- hints
    def take_hint(self, task_id: str | None = None):
        task_id = task_id or self.current_task_id()
        if task_id is None or not self.is_open or self.attempt.mode != "practice":
            return
        t = self.scenario.task(task_id)
        panel = self.panels.get(task_id)
        if t.hint is None or not isinstance(panel, CheckPanel) or panel.hint_text is not None:
            return
        if t.hint_penalty and not confirm(
                self, self.tr("Demander un indice"),
                self.tr("Cet indice coûte %1 pt sur cette tâche. L'afficher ?").replace(
                    "%1", labels.points(t.hint_penalty)), self.tr("Afficher l'indice")):
            return
        aid = self.attempt.id
        run_op(lambda: self.session.engine().take_hint(aid, task_id),
               lambda text: panel.show_hint(text.get(current_lang())), parent=self, lane="db")

    # ---------------------------------------------------------------- saving edits
    def _edited(self, tid: str):
        if not self.is_open:
            return
        self.dirty.add(tid)
        self._update_item(tid)
        timer = self.save_timers.get(tid)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda tid=tid: self.save(tid))
            self.save_timers[tid] = timer
        # In the last minute every change is saved at once: work typed before the deadline counts.
        timer.start(LAST_MINUTE_SAVE_MS if self._last_minute() else SAVE_DELAY_MS)
        self._note(tid, lambda: self.tr("Modifications en cours…"))

    def _note(self, tid: str, text):
        """Say under a panel where its saving stands; `text()` gives it in the current language, and
        is asked again when the language changes (an error stays readable, not in the old language)."""
        saved = getattr(self.panels[tid], "saved", None)
        if saved is not None:
            self.notes[tid] = text
            saved.setText(text())

    def _save_fn(self, tid: str):
        """A function that saves one panel's content with the engine (built on the main thread
        from the panel's current values; run in an op), or None when it cannot be saved now."""
        return self.panels[tid].saver(self.attempt.id)

    def _pending_saves(self) -> list:
        out = []
        for tid in sorted(self.dirty):
            timer = self.save_timers.get(tid)
            if timer is not None:
                timer.stop()
            fn = self._save_fn(tid)
            if fn is not None:
                out.append(fn)
        self.dirty.clear()
        return out

    def save(self, tid: str):
        if tid not in self.dirty or not self.is_open:
            return
        fn = self._save_fn(tid)
        if fn is None:
            self._note(tid, lambda: self.tr("Non enregistré : corrigez les nombres signalés en rouge."))
            return
        self.dirty.discard(tid)

        def done(attempt):
            self.attempt = attempt
            at = fmt.clock_time(time.time(), seconds=True)
            self._note(tid, lambda: self.tr("Enregistré à %1").replace("%1", at))

        def failed(exc):
            self.dirty.add(tid)  # nothing typed is lost: it stays in the form and is saved again later
            if isinstance(exc, AttemptClosed):
                self._refresh_after_close()
                return
            exc = exc.with_traceback(None)  # kept for its message only, not the worker's frames
            self._note(tid, lambda: self.tr("Non enregistré : %1").replace("%1", _message(exc)))
            show_error(self, exc, self.tr("Enregistrement impossible"))

        run_op(lambda: fn(self.session.engine()), done, failure=failed, parent=self, lane="db")

    def flush_saves(self):
        """Save everything pending now (in an op): before a close or a language change."""
        work = self._pending_saves()
        if not work or self.attempt is None:
            return None

        def op():
            eng = self.session.engine()
            for fn in work:
                fn(eng)

        return run_op(op, parent=self, lane="db", failure=lambda e: None)

    # ---------------------------------------------------------------- submitting
    def unfinished(self) -> list[str]:
        """What each task still lacks, in the task list's order (shown before a submission)."""
        return [line for t in self.scenario.tasks for line in self.panels[t.id].todo()]

    def submit(self):
        if not self.is_open or self.checking:
            return
        todo = self.unfinished()
        text = self.tr("Remettre la tentative ? Vous ne pourrez plus la modifier.")
        if self.attempt.mode == "practice" or self.attempt.status == "running":
            text += "\n\n" + self.tr("Un dernier relevé du poste sera fait au moment de la remise.")
        if todo:
            text += "\n\n" + self.tr("Reste à faire :") + "\n• " + "\n• ".join(todo)
        if not confirm(self, self.tr("Remettre la tentative"), text, self.tr("Remettre"),
                       self.tr("Continuer à travailler"), danger=bool(todo)):
            return
        self.ending = True
        self.ticker.stop()
        self._set_busy(True, self.tr("Remise : dernier relevé du poste…"))
        work = self._pending_saves()
        aid = self.attempt.id

        def op():
            eng = self.session.engine()
            for fn in work:
                fn(eng)
            return eng.submit(aid)

        run_op(op, self._ended, failure=self._end_failed, parent=self)

    def _ended(self, attempt):
        self.attempt = attempt
        self.ending = True
        self.ticker.stop()
        self._set_busy(False)
        self.tick()
        self.finished.emit(attempt)

    def _end_failed(self, exc):
        self.ending = False
        self._set_busy(False)
        if isinstance(exc, AttemptClosed):
            self._refresh_after_close()
            return
        self.ticker.start()
        show_error(self, exc, self.tr("La remise n'a pas pu se faire"))

    def _refresh_after_close(self):
        """The engine says the attempt is over (time ran out, or the trainer ended it)."""
        aid = self.attempt.id

        def op():
            eng = self.session.engine()
            a = eng.get(aid)
            if a.overdue(eng.now()):
                a = eng.submit(aid)
            return a

        def done(a):
            self.attempt = a
            if a.is_open:  # paused by the trainer
                self.status_message.emit(self.tr("Tentative en pause : attendez que le formateur la reprenne."))
                return
            self._ended(a)

        run_op(op, done, parent=self)

    def stop(self):
        self.ticker.stop()


def _message(exc) -> str:
    from .dialogs import error_text

    return error_text(exc)[0]
