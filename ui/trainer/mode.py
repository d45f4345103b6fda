"""Trainer mode in the main window: a page with one tab per task (lab preparation, mock exam
sessions, the exam room, grading, gradebook and jury grid, results collection), behind the trainer PIN.
The PIN is asked on entering; leaving the page (or "Verrouiller") locks it again.

The "Formateur" menu also acts on the attempt open in the trainee's window: pause, resume,
add time, end. Each asks for the PIN, whatever the page shown."""

from __future__ import annotations

import weakref

from ..dialogs import confirm
from ..ops import run_op
from ..qt import (
    QEvent,
    QFont,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .pin_dialog import ask_pin

TABS = ("prep", "sessions", "room", "grading", "gradebook", "imports")


class TrainerPage(QWidget):
    lock_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("trainerPage")
        self.session = session
        from .gradebook_page import GradebookPage
        from .grading_page import GradingPage
        from .imports_page import ImportsPage
        from .prep_page import PrepPage
        from .room_page import ExamRoomPage
        from .sessions_page import SessionsPage

        self.prep = PrepPage(session)
        self.sessions = SessionsPage(session)
        self.room = ExamRoomPage(session)
        self.grading = GradingPage(session)
        self.gradebook = GradebookPage(session)
        self.imports = ImportsPage(session)
        self.sessions.check_preparation.connect(self._check_session_prep)
        self.title = QLabel(objectName="pageHeading")
        f = QFont(self.title.font())
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.title.setFont(f)
        self.pin_button = QPushButton(objectName="changePin")
        self.lock_button = QPushButton(objectName="lockTrainer")
        self.lock_button.clicked.connect(self.lock_requested)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.pin_button)
        head.addWidget(self.lock_button)
        self.tabs = QTabWidget(objectName="trainerTabs")
        self.tabs.setDocumentMode(True)
        for w in (self.prep, self.sessions, self.room, self.grading, self.gradebook, self.imports):
            self.tabs.addTab(w, "")
        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.tabs, 1)
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.title.setText(self.tr("Mode formateur"))
        self.pin_button.setText(self.tr("Changer le &code…"))
        self.lock_button.setText(self.tr("&Verrouiller et revenir"))
        self.lock_button.setToolTip(self.tr("Quitter le mode formateur : le code sera redemandé"))
        for i, text in enumerate((self.tr("Préparation du labo"), self.tr("Sessions d'examen blanc"),
                                  self.tr("Salle d'examen"), self.tr("Notation"), self.tr("Carnet de notes et jury"),
                                  self.tr("Collecte des résultats"))):
            self.tabs.setTabText(i, text)

    def show_tab(self, key: str):
        self.tabs.setCurrentIndex(TABS.index(key))

    def _check_session_prep(self, scenario_ids: list):
        self.show_tab("prep")
        if scenario_ids:
            self.prep.select(scenario_ids[0])
            self.prep.run_check(list(scenario_ids))


class TrainerMode:
    """Wires trainer mode into a MainWindow (ui.mainwindow)."""

    def __init__(self, window):
        # A weak reference: the window holds this object (window.trainer), not the other way
        # round, so no reference cycle keeps the window's wrapper for the garbage collector,
        # which may run on any thread (deleting widgets off the GUI thread crashes Qt).
        self._window = weakref.ref(window)
        self.page: TrainerPage | None = None
        self.unlocked = False
        self.back_to = "library"
        self.trainer_name = ""  # the last name given when confirming a fault, offered again
        a = window.actions
        a["trainer_mode"].triggered.connect(self.enter)
        a["trainer_pause"].triggered.connect(lambda: self.attempt_action("pause"))
        a["trainer_resume"].triggered.connect(lambda: self.attempt_action("resume"))
        a["trainer_add_time"].triggered.connect(lambda: self.attempt_action("add_time"))
        a["trainer_end"].triggered.connect(lambda: self.attempt_action("end"))
        a["trainer_confirm_fault"].triggered.connect(lambda: self.attempt_action("confirm_fault"))
        a["trainer_pin"].triggered.connect(self.change_pin)
        window.menu("trainer").aboutToShow.connect(self.update_actions)
        window.stack.currentChanged.connect(self._page_changed)
        self.update_actions()

    @property
    def window(self):
        return self._window()

    def store(self):
        return self.window.session.engine().store

    def tr(self, text: str) -> str:
        from ..qt import translate

        return translate("TrainerMode", text)

    # ---------------------------------------------------------------- the page
    def ensure_page(self) -> TrainerPage:
        if self.page is None:
            self.page = TrainerPage(self.window.session)
            self.page.lock_requested.connect(self.lock)
            self.page.pin_button.clicked.connect(self.change_pin)
            self.page.sessions.attempt_started.connect(self._attempt_started)
            self.window.add_page("trainer", self.page)
        return self.page

    def enter(self, then=None):
        """Show trainer mode; the PIN first (set on first use)."""
        def show():
            self.unlocked = True
            page = self.ensure_page()
            current = self.window.current_page()
            if current != "trainer":
                self.back_to = current or "library"
            self.window.show_page("trainer")
            page.prep.populate()
            if then:
                then(page)

        if self.unlocked and self.page is not None:
            show()
            return
        ask_pin(self.window, self.store, self.tr("Le mode formateur demande le code du formateur."), show)

    def lock(self):
        self.unlocked = False
        target = self.back_to if self.back_to in self.window.pages and self.back_to != "trainer" else "library"
        if target == "attempt" and not (self.window.attempt_page and self.window.attempt_page.is_open):
            target = "library"
        self.window.show_page(target)

    def _page_changed(self, _index):
        if self.window.current_page() != "trainer" and self.unlocked:
            self.unlocked = False  # leaving the trainer's page locks it
        self.update_actions()

    def shutdown(self):
        """The program closes: the room this PC serves, if any, stops."""
        if self.page is not None:
            self.page.room.shutdown()

    def change_pin(self):
        ask_pin(self.window, self.store, "", lambda: self.window.statusBar().showMessage(
            self.tr("Code formateur changé."), 6000), change=True)

    def _attempt_started(self, attempt):
        """A test started from a session on this PC: lock, then the trainee's window shows it."""
        from ..session import Trainee

        self.unlocked = False
        trainee = next((t for t in getattr(self.window, "trainees", []) if t.name == attempt.trainee), None)
        self.window.set_trainee(trainee or Trainee(0, attempt.trainee))
        self.window.open_attempt(attempt.id)

    # ---------------------------------------------------------------- the open attempt
    def open_attempt(self):
        page = self.window.attempt_page
        if page is None or page.attempt is None or not page.is_open:
            return None
        return page.attempt

    def update_actions(self):
        a = self.open_attempt()
        acts = self.window.actions
        acts["trainer_pause"].setEnabled(a is not None and a.status == "running")
        acts["trainer_resume"].setEnabled(a is not None and a.status == "paused")
        acts["trainer_add_time"].setEnabled(a is not None and a.timed)
        acts["trainer_end"].setEnabled(a is not None)
        page = self.window.attempt_page
        acts["trainer_confirm_fault"].setEnabled(a is not None and not page.fault.isHidden())

    def attempt_action(self, action: str, minutes: int | None = None):
        """Pause, resume, add time to or end the attempt open in the trainee's window: PIN first."""
        a = self.open_attempt()
        if a is None:
            return
        reasons = {
            "pause": self.tr("Mettre la tentative en pause demande le code du formateur."),
            "resume": self.tr("Reprendre la tentative demande le code du formateur."),
            "add_time": self.tr("Ajouter du temps demande le code du formateur."),
            "end": self.tr("Terminer la tentative demande le code du formateur."),
            "confirm_fault": self.tr("Confirmer que la panne est en place demande le code du formateur."),
        }

        def go():
            nonlocal minutes
            if action == "add_time" and minutes is None:
                minutes, ok = QInputDialog.getInt(self.window, self.tr("Ajouter du temps"),
                                                  self.tr("Minutes à ajouter pour %1 :").replace("%1", a.trainee),
                                                  10, 1, 600)
                if not ok:
                    return
            if action == "end" and not confirm(
                    self.window, self.tr("Terminer la tentative"),
                    self.tr("Terminer maintenant la tentative de %1 ? Un dernier relevé du poste est fait, puis "
                            "elle est remise.").replace("%1", a.trainee), self.tr("Terminer"), danger=True):
                return
            if action == "confirm_fault":
                name, ok = QInputDialog.getText(
                    self.window, self.tr("Confirmer la panne"),
                    self.tr("La panne prévue est en place sur ce poste pour %1 : les vérifications compteront, "
                            "celles déjà faites comprises.\n\nVotre nom (formateur) :").replace("%1", a.trainee),
                    text=self.trainer_name)
                if not ok or not name.strip():
                    return
                self.trainer_name = name.strip()
                minutes = self.trainer_name  # the op's argument: who confirms
            self.run(a.id, action, minutes)

        ask_pin(self.window, self.store, reasons[action], go)

    def run(self, aid: str, action: str, minutes=None):
        def op():
            eng = self.window.session.engine()
            if action == "pause":
                return eng.pause(aid, "trainer")
            if action == "resume":
                return eng.resume(aid, "trainer")
            if action == "add_time":
                return eng.add_time(aid, minutes, "trainer")
            if action == "confirm_fault":
                return eng.confirm_fault(aid, minutes)
            return eng.submit(aid, "trainer", by="trainer")

        def done(a):
            texts = {"pause": self.tr("Tentative en pause."), "resume": self.tr("Tentative reprise."),
                     "add_time": self.tr("Temps ajouté."), "end": self.tr("Tentative terminée par le formateur."),
                     "confirm_fault": self.tr("Panne confirmée par le formateur : les vérifications comptent.")}
            self.window.statusBar().showMessage(texts[action], 6000)
            page = self.window.attempt_page
            if action == "end" and page is not None:
                page._ended(a)
            else:
                self.window.open_attempt(a.id)
            self.update_actions()

        # The op's parent is a widget the window owns, not the window itself: an op may drop
        # its last reference on a worker thread, and a top-level window's wrapper must never be
        # released there (its deletion would be handed back to the GUI thread, and crash).
        run_op(op, done, parent=self.window.stack, title=self.tr("Action refusée"))


def install(window) -> TrainerMode:
    window.trainer = TrainerMode(window)
    return window.trainer

