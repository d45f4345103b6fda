"""The main window: menus and actions (declared in `ui.actions`), one page at a time
(library, scenario, attempt, results, history), the status bar with the trainee and the
countdown, and the floating timer. Pages are built on first use; other screens (the
trainer's) join with `add_page()` and `menu()`."""

from __future__ import annotations

from aimm_lab.i18n import current_lang

from . import i18n as ui_i18n
from . import settings as opts
from .actions import MENUS, SPECS, Actions, shortcut_table
from .dialogs import confirm, inform, show_error
from .library import LibraryPage
from .ops import relay, run_op
from .qt import (
    QActionGroup,
    QCloseEvent,
    QEvent,
    QFileDialog,
    QFrame,
    QGuiApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    translate,
)
from .scenario_page import ScenarioPage
from .session import Session, Trainee
from .theme import color as theme_color


class MainWindow(QMainWindow):
    def __init__(self, session: Session | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session or Session()
        self.actions = Actions(self)
        self.menus: dict[str, QMenu] = {}
        self.pages: dict[str, object] = {}
        self.stack = QStackedWidget(objectName="pages")
        central = QWidget(objectName="central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_exam_banner())
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.timer_window = None  # the floating timer, made on first use
        self.allow_close = False
        self.open_attempts: list = []
        self.expired_at_start: list = []
        self.ready = False  # the library and the database have answered

        self.library = LibraryPage()
        self.library.open_scenario.connect(self.show_scenario)
        self.library.join_room.connect(lambda: self.room_seat.join_dialog())
        self.add_page("library", self.library)
        self.scenario_page = ScenarioPage()
        self.scenario_page.back_requested.connect(self.show_library)
        self.scenario_page.start_requested.connect(self.start_attempt)
        self.add_page("scenario", self.scenario_page)

        self._build_menus()
        self._build_status_bar()
        self._connect_actions()
        self.retranslate()
        self._restore_window()
        self.update_actions()
        relay().busy_changed.connect(self._busy_changed)
        from .trainer.mode import install as install_trainer_mode

        install_trainer_mode(self)
        from .room_seat import RoomSeat

        self.room_seat = RoomSeat(self)  # this PC in a room exam, once it joins one
        self.room_seat.changed.connect(self._update_exam_banner)

    # ---------------------------------------------------------------- building
    def add_page(self, key: str, widget) -> None:
        """A page the window can show with `show_page(key)`."""
        self.pages[key] = widget
        self.stack.addWidget(widget)

    def show_page(self, key: str):
        self.stack.setCurrentWidget(self.pages[key])
        self.update_actions()
        page = self.attempt_page
        if getattr(self, "mini_countdown", None) is not None:
            # The attempt page shows the big countdown; elsewhere the status bar keeps it in view.
            # During an exam the banner above the pages shows it instead.
            self.mini_countdown.setVisible(key != "attempt" and page is not None and page.is_open
                                           and page.attempt.mode != "exam")
        self._update_exam_banner()
        if key == "library" and self.library.loaded:
            self.refresh_readiness()  # the trainer may have completed the lab profile meanwhile

    # ---------------------------------------------------------------- the exam in progress
    def _build_exam_banner(self) -> QFrame:
        """A band above every page while an exam is open and another page is shown: who, which
        scenario, the countdown, and the way back to the exam."""
        from .countdown import Countdown

        self.exam_banner = QFrame(objectName="examBanner")
        self.exam_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.exam_banner.setAutoFillBackground(True)
        self.exam_banner_text = QLabel(objectName="examBannerText")
        self.exam_banner_text.setWordWrap(True)
        self.exam_countdown = Countdown(self.exam_banner, point_size=self.font().pointSizeF() + 3)
        self.exam_countdown.setObjectName("examBannerCountdown")
        self.exam_back = QPushButton(objectName="backToExam")
        self.exam_back.clicked.connect(self.back_to_exam)
        row = QHBoxLayout(self.exam_banner)
        row.setContentsMargins(10, 4, 10, 4)
        row.addWidget(self.exam_banner_text, 1)
        row.addWidget(self.exam_countdown)
        row.addWidget(self.exam_back)
        self.exam_banner.hide()
        return self.exam_banner

    def exam_in_progress(self):
        """The exam attempt shown by the attempt page while it is open, else None."""
        page = self.attempt_page
        if page is not None and page.attempt is not None and page.is_open and page.attempt.mode == "exam":
            return page.attempt
        return None

    def _update_exam_banner(self):
        exam = self.exam_in_progress()
        if hasattr(self, "scenario_page"):
            self.scenario_page.set_exam(exam)
        show = exam is not None and self.current_page() != "attempt"
        seat = getattr(self, "room_seat", None)
        if exam is None and seat is not None and seat.holds_exam() and self.current_page() != "room":
            # The room's test is open on this PC: the same band, back to the room's page.
            self.exam_banner_text.setText(self.tr("Épreuve de la salle d'examen en cours — « %1 ». Aucune autre "
                                                  "tentative avant la remise.").replace("%1", seat.title()))
            self.exam_back.setText(self.tr("&Revenir à l'épreuve"))
            self.exam_banner.setStyleSheet(
                f"QFrame#examBanner {{ border: 2px solid {theme_color('warn5')}; }} "
                f"QLabel#examBannerText {{ font-weight: bold; }}")
            self.exam_countdown.show_time(seat.remaining_now(), 0, True)
            self.exam_banner.setVisible(True)
            return
        if show:
            self.exam_banner_text.setText(
                self.tr("Examen en cours — %1 — « %2 ». Aucune autre tentative avant la remise.")
                .replace("%1", exam.trainee).replace("%2", exam.title.get(current_lang())))
            self.exam_back.setText(self.tr("&Revenir à l'examen"))
            self.exam_banner.setStyleSheet(
                f"QFrame#examBanner {{ border: 2px solid {theme_color('warn5')}; }} "
                f"QLabel#examBannerText {{ font-weight: bold; }}")
        self.exam_banner.setVisible(show)

    def back_to_exam(self):
        if self.exam_in_progress() is not None:
            self.show_page("attempt")
        elif self.room_seat.holds_exam():
            self.room_seat.join_dialog()  # joined: it shows the room's page

    def current_page(self) -> str:
        w = self.stack.currentWidget()
        return next((k for k, v in self.pages.items() if v is w), "")

    def menu(self, key: str, title: str | None = None) -> QMenu:
        """A menu by key; other screens add theirs (e.g. the trainer's) before "Aide"."""
        if key not in self.menus:
            m = QMenu(self)
            m.setObjectName(f"menu_{key}")
            if title:
                m.setTitle(title)
            help_menu = self.menus.get("help")
            if help_menu is not None:
                self.menuBar().insertMenu(help_menu.menuAction(), m)
            else:
                self.menuBar().addMenu(m)
            self.menus[key] = m
        return self.menus[key]

    def _build_menus(self):
        for key, _title in MENUS:
            self.menu(key)
        for spec in SPECS.values():
            m = self.menus[spec.menu]
            if spec.id == "quit":
                m.addSeparator()
            if spec.id == "lang_fr":
                m.addSeparator()
                self.lang_menu = m.addMenu("")
                self.lang_menu.setObjectName("menu_language")
            if spec.id in ("lang_fr", "lang_en"):
                self.lang_menu.addAction(self.actions[spec.id])
                continue
            if spec.id == "submit":
                m.addSeparator()
            m.addAction(self.actions[spec.id])
            self.addAction(self.actions[spec.id])  # shortcuts work whatever has the focus
        group = QActionGroup(self)
        group.addAction(self.actions["lang_fr"])
        group.addAction(self.actions["lang_en"])
        self.actions["lang_fr" if current_lang() == "fr" else "lang_en"].setChecked(True)

    def _build_status_bar(self):
        sb = self.statusBar()
        self.trainee_label = QLabel(objectName="statusTrainee")
        self.busy = QProgressBar(objectName="busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.mini_countdown = None  # the status bar's countdown, made with the first attempt
        sb.addPermanentWidget(self.busy)
        sb.addPermanentWidget(self.trainee_label)

    def _connect_actions(self):
        a = self.actions
        a["library"].triggered.connect(self.show_library)
        a["trainee"].triggered.connect(lambda: self.choose_trainee())
        a["history"].triggered.connect(self.show_history)
        a["export_pdf"].triggered.connect(self.export_pdf)
        a["room_join"].triggered.connect(lambda: self.room_seat.join_dialog())
        a["quit"].triggered.connect(self.close)
        a["check_all"].triggered.connect(lambda: self.attempt_page and self.attempt_page.run_check(None))
        a["check_task"].triggered.connect(self._check_current_task)
        a["record_state"].triggered.connect(lambda: self.attempt_page and self.attempt_page.record_state())
        a["hint"].triggered.connect(lambda: self.attempt_page and self.attempt_page.take_hint())
        a["submit"].triggered.connect(lambda: self.attempt_page and self.attempt_page.submit())
        a["timer_window"].toggled.connect(self.set_timer_window)
        # Only the trainee's own choice is remembered (not the timer hidden at the end of an attempt):
        # an attempt resumed later, even after a restart, opens it again.
        a["timer_window"].triggered.connect(lambda on: opts.put("timer/visible", on))
        a["lang_fr"].triggered.connect(lambda: self.set_language("fr"))
        a["lang_en"].triggered.connect(lambda: self.set_language("en"))
        a["full_screen"].toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["about"].triggered.connect(self.show_about)

    @property
    def attempt_page(self):
        return self.pages.get("attempt")

    def _ensure_attempt_page(self):
        if "attempt" not in self.pages:
            from .attempt_page import AttemptPage

            page = AttemptPage(self.session)
            page.finished.connect(self._attempt_finished)
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            page.timing.connect(self._timing)
            page.fault_confirm_requested.connect(lambda: self.trainer.attempt_action("confirm_fault"))
            self.add_page("attempt", page)
        return self.pages["attempt"]

    def _ensure_results_page(self):
        if "results" not in self.pages:
            from .results_page import ResultsPage

            page = ResultsPage()
            page.export_requested.connect(self.export_pdf)
            page.history_requested.connect(self.show_history)
            page.library_requested.connect(self.show_library)
            self.add_page("results", page)
        return self.pages["results"]

    def _ensure_history_page(self):
        if "history" not in self.pages:
            from .history_page import HistoryPage

            page = HistoryPage()
            page.open_attempt.connect(self.show_results)
            page.library_requested.connect(self.show_library)
            self.add_page("history", page)
        return self.pages["history"]

    # ---------------------------------------------------------------- language and state
    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.statusBar().clearMessage()  # a message in the previous language is stale
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self._update_title()
        for key, title in MENUS:
            self.menus[key].setTitle(translate("Menus", title))
        self.lang_menu.setTitle(self.tr("&Langue"))
        self.actions.retranslate()
        self._show_trainee()
        self.busy.setAccessibleName(self.tr("Travail en cours"))
        self.busy.setToolTip(self.tr("Travail en cours en arrière-plan"))
        # Texts made from the open attempt: the exam band and the floating timer's scenario title.
        self._update_exam_banner()
        page = self.attempt_page
        if self.timer_window is not None and page is not None and page.scenario is not None:
            self.timer_window.set_title(page.scenario.title.get(current_lang()))

    def _update_title(self):
        """What the window is about: the open attempt and its mode, or the program's purpose. Qt adds
        the application's name ("— AIMM Lab") itself on Windows and Linux: it is not repeated here."""
        page = self.attempt_page
        if page is not None and page.is_open:
            title = page.scenario.title.get(current_lang())
            text = (self.tr("Examen — %1") if page.attempt.mode == "exam" else self.tr("Entraînement — %1"))
            self.setWindowTitle(text.replace("%1", title))
        else:
            self.setWindowTitle(self.tr("Laboratoire du titre professionnel (RNCP 24787)"))

    def set_language(self, lang: str):
        opts.put("ui/language", lang)
        ui_i18n.install(lang)  # every widget receives LanguageChange and retranslates itself
        self.actions["lang_fr" if lang == "fr" else "lang_en"].setChecked(True)
        if self.session.library is not None:
            self.library.populate()

    def _restore_window(self):
        geometry = opts.get("window/geometry")
        if geometry is None or geometry.isEmpty() or not self.restoreGeometry(geometry) or not self._fits():
            # Saved on a larger screen (a projector, another PC), Qt gives it back as a 200 × 100 window.
            self.fit_screen()
        state = opts.get("window/state")
        if state is not None and not state.isEmpty():
            self.restoreState(state)

    # The first size of the window, and what its frame (title bar, borders) may add to it.
    FIRST_SIZE = (1180, 760)
    FRAME_ROOM = (16, 48)

    def fit_screen(self):
        """The first time: 1180 × 760, or less on a smaller screen (1024 × 600, 1366 × 768 with a
        task bar) so that the whole window, its title bar and close button included, is on the screen;
        centred across, at the top."""
        screen = self.screen()
        if screen is None:
            self.resize(*self.FIRST_SIZE)
            return
        free = screen.availableGeometry()
        width = min(self.FIRST_SIZE[0], free.width() - self.FRAME_ROOM[0])
        height = min(self.FIRST_SIZE[1], free.height() - self.FRAME_ROOM[1])
        self.resize(max(width, self.minimumSizeHint().width()), max(height, self.minimumSizeHint().height()))
        self.move(free.left() + max(0, (free.width() - width - self.FRAME_ROOM[0]) // 2), free.top())

    def _fits(self) -> bool:
        """The restored window is whole on its screen and not shrunk below a usable size."""
        screen = self.screen()
        if screen is None:
            return True
        free = screen.availableGeometry()
        return (self.width() >= min(self.FIRST_SIZE[0], free.width() - self.FRAME_ROOM[0]) * 0.6
                and self.height() >= min(self.FIRST_SIZE[1], free.height() - self.FRAME_ROOM[1]) * 0.6
                and free.intersects(self.geometry()))

    def _save_window(self):
        opts.put("window/geometry", self.saveGeometry())
        opts.put("window/state", self.saveState())

    def update_actions(self):
        page = self.attempt_page
        in_attempt = page is not None and self.current_page() == "attempt" and page.is_open
        practice = in_attempt and page.attempt.mode == "practice"
        a = self.actions
        a["check_all"].setEnabled(practice)
        a["check_task"].setEnabled(practice)
        a["hint"].setEnabled(practice)
        a["record_state"].setEnabled(in_attempt and page.attempt.mode == "exam")
        a["submit"].setEnabled(in_attempt)
        a["export_pdf"].setEnabled(self.current_page() == "results")
        a["timer_window"].setEnabled(page is not None and page.attempt is not None and page.is_open)
        a["trainee"].setEnabled(not in_attempt)
        a["history"].setEnabled(self.session.trainee is not None)
        self._update_title()

    def _busy_changed(self, n: int):
        self.busy.setVisible(n > 0)

    def _show_trainee(self):
        t = self.session.trainee
        self.trainee_label.setText(self.tr("Stagiaire : %1").replace("%1", t.name) if t
                                   else self.tr("Aucun stagiaire choisi"))
        self.scenario_page.set_trainee(t.name if t else "")

    # ---------------------------------------------------------------- start-up
    def start(self):
        """After the window is shown: load the scenarios and open the database in the background."""
        self.statusBar().showMessage(self.tr("Chargement des scénarios…"))
        run_op(self.session.load_library, self._library_loaded, parent=self,
               title=self.tr("Les scénarios n'ont pas pu être chargés"))
        last = opts.get("trainee/last")

        def open_db():
            eng = self.session.engine()
            expired = eng.expire_overdue()
            trainees = self.session.trainees()
            open_ = [a for s in ("running", "paused") for a in eng.list(status=s, limit=None)
                     if a.origin == eng.store.db_id and not eng.is_room_exam(a)]  # a room's run on lab PCs  # a room's run on lab PCs
            return expired, trainees, open_

        def opened(result):
            expired, trainees, open_ = result
            self.expired_at_start = expired
            self.open_attempts = open_
            self.trainees = trainees
            chosen = next((t for t in trainees if t.id == last), None)
            if chosen is not None:
                self.set_trainee(chosen)
            self._after_start()

        def failed(exc):
            self.trainees = []
            show_error(self, exc, self.tr("La base de données ne s'ouvre pas"))
            self._after_start()  # the library stays open for reading scenarios

        run_op(open_db, opened, failure=failed, parent=self, lane="db")

    def _library_loaded(self, lib):
        self.library.set_library(lib)
        self.refresh_readiness()
        self.statusBar().showMessage(self.tr("%n scénario(s) chargé(s).", "", len(lib.scenarios)), 5000)
        if lib.errors:
            self.statusBar().showMessage(self.tr("%n fichier(s) de scénario illisible(s) : voir la bibliothèque.",
                                                 "", len(lib.errors)), 10000)
        self._after_start()

    def refresh_readiness(self):
        """Which scenarios can start on this seat (lab profile, platform): read in the background."""
        if self.session.library is None:
            return

        def known(readiness):
            self.library.set_readiness(readiness)
            s = self.scenario_page.scenario
            if s is not None:
                self.scenario_page.set_readiness(self.library.readiness_of(s.id))

        run_op(self.session.readiness, known, failure=lambda exc: None, parent=self, lane="db")

    def _after_start(self):
        if self.session.library is None or not hasattr(self, "trainees") or self.ready:
            return
        self.ready = True
        for a in self.expired_at_start:
            inform(self, self.tr("Temps écoulé pendant la fermeture"),
                   self.tr("La tentative « %1 » de %2 a atteint sa fin de temps pendant que le programme était "
                           "fermé : elle a été remise automatiquement avec le dernier état du poste.")
                   .replace("%1", a.title.get(current_lang())).replace("%2", a.trainee))
        if self.open_attempts:
            exams = [a for a in self.open_attempts if a.mode == "exam"]
            self.offer_resume((exams or self.open_attempts)[0])
        self.room_seat.resume()  # a PC that joined a room keeps it (and its test) across a restart

    def offer_resume(self, a):
        """After a crash or a close: resume the open attempt, with its real remaining time. An exam
        is resumed at once: nothing else may run on this PC while it is open."""
        left = a.remaining_s(self.session.engine().now())
        from aimm_lab.exam.clock import format_remaining

        if a.timed and left is not None:
            when = self.tr("Temps restant : %1 (le temps a continué de s'écouler).").replace(
                "%1", format_remaining(int(left * 1000)))
        else:
            when = self.tr("Entraînement sans limite de temps.")
        if a.mode == "exam":
            trainee = next((t for t in getattr(self, "trainees", []) if t.name == a.trainee), None)
            self.set_trainee(trainee or Trainee(0, a.trainee))
            self.open_attempt(a.id)
            inform(self, self.tr("Examen en cours repris"),
                   self.tr("L'examen « %1 » de %2 est resté ouvert : il reprend, rien d'autre ne peut se faire sur "
                           "ce poste avant sa remise.\n%3").replace("%1", a.title.get(current_lang()))
                   .replace("%2", a.trainee).replace("%3", when))
            return
        text = self.tr("Une tentative est restée ouverte :\n\n« %1 » — %2, mode %3.\n%4\n\nLa reprendre "
                       "maintenant ?").replace("%1", a.title.get(current_lang())).replace("%2", a.trainee) \
            .replace("%3", self.tr("examen") if a.mode == "exam" else self.tr("entraînement")).replace("%4", when)
        if confirm(self, self.tr("Reprendre la tentative"), text, self.tr("Reprendre"), self.tr("Plus tard")):
            trainee = next((t for t in getattr(self, "trainees", []) if t.name == a.trainee), None)
            self.set_trainee(trainee or Trainee(0, a.trainee))
            self.open_attempt(a.id)

    # ---------------------------------------------------------------- trainees
    def set_trainee(self, trainee: Trainee | None):
        self.session.trainee = trainee
        if trainee is not None and trainee.id:
            opts.put("trainee/last", trainee.id)
        self._show_trainee()
        self.update_actions()
        self.refresh_last_results()

    def refresh_last_results(self):
        t = self.session.trainee
        if t is None:
            self.library.set_last_results({})
            return
        run_op(lambda: self.session.last_results(t.name), self.library.set_last_results, parent=self, lane="db")

    def choose_trainee(self, then=None):
        """Ask who is working (known trainees, or a new one); `then()` runs once one is chosen."""

        def ask(trainees):
            self.trainees = trainees
            current = self.session.trainee.id if self.session.trainee else None
            from .trainees import TraineeDialog

            dlg = TraineeDialog([{"id": t.id, "name": t.name} for t in trainees], current, self)
            if not dlg.exec():
                return
            if dlg.new_name:
                name = dlg.new_name

                def added(t):
                    self.set_trainee(t)
                    if then:
                        then()

                run_op(lambda: self.session.add_trainee(name), added, parent=self, lane="db",
                       title=self.tr("Stagiaire non ajouté"))
            elif dlg.chosen_id is not None:
                self.set_trainee(next(t for t in trainees if t.id == dlg.chosen_id))
                if then:
                    then()

        run_op(self.session.trainees, ask, parent=self, lane="db")

    # ---------------------------------------------------------------- navigation
    def show_library(self):
        if self.attempt_page is not None and self.current_page() == "attempt" and self.attempt_page.is_open:
            # During an exam the way back is the band at the top of the window, not the scenario's page.
            self.statusBar().showMessage(
                self.tr("Votre examen continue : « Revenir à l'examen » en haut de la fenêtre.")
                if self.attempt_page.attempt.mode == "exam"
                else self.tr("Votre tentative reste ouverte : reprenez-la depuis le scénario."), 6000)
            self.attempt_page.flush_saves()
        self.show_page("library")
        self.refresh_last_results()

    def show_scenario(self, scenario_id: str):
        s = self.session.scenario(scenario_id)
        if s is None:
            return
        self.scenario_page.show_scenario(s)
        self.scenario_page.set_readiness(self.library.readiness_of(s.id))
        self.show_page("scenario")

    def show_history(self):
        t = self.session.trainee
        if t is None:
            self.choose_trainee(self.show_history)
            return
        page = self._ensure_history_page()
        run_op(lambda: self.session.engine().list(trainee=t.name, limit=None),
               lambda attempts: (page.set_attempts(t.name, attempts), self.show_page("history")),
               parent=self, lane="db")

    def show_results(self, attempt_id: str):
        from .results_html import load

        page = self._ensure_results_page()
        run_op(lambda: load(self.session.engine(), attempt_id),
               lambda data: (page.show_data(data), self.show_page("results")), parent=self, lane="db")

    # ---------------------------------------------------------------- attempts
    def start_attempt(self, scenario_id: str, mode: str):
        """Start (or resume) the trainee's attempt at a scenario. A scenario this PC cannot run is
        refused with the trainer's words. An attempt already open at it (one a trainer started for a
        session's test, with its own length and extra time) is offered for resuming in one question;
        otherwise an exam announces its length before it starts. While an exam is open nothing else
        starts or resumes."""
        if self.room_seat.holds_exam():
            inform(self, self.tr("Impossible de commencer"),
                   self.tr("Ce poste passe l'épreuve de la salle d'examen : aucun entraînement ni examen local "
                           "avant sa remise. Revenez à l'épreuve par Fichier > Rejoindre une salle d'examen."),
                   warning=True)
            return
        if self.session.trainee is None:
            self.choose_trainee(lambda: self.start_attempt(scenario_id, mode))
            return
        s = self.session.scenario(scenario_id)
        name = self.session.trainee.name
        why = self.scenario_page.start_blocked() if self.scenario_page.scenario is s else ""
        if why:
            inform(self, self.tr("Impossible de commencer"), why, warning=True)
            return

        def find():
            eng = self.session.engine()
            a = eng.open_attempt(name, scenario_id)
            eng.require_no_other_exam(a)  # one exam at a time: nothing else starts or resumes
            return a, (a.remaining_s(eng.now()) if a is not None else None)

        def found(result):
            a, left = result
            if a is not None:
                self._offer_resume(a, left)
            else:
                self._start_new(s, name, mode)

        run_op(find, found, failure=self._start_failed, parent=self, lane="db")

    def _start_failed(self, exc):
        self.statusBar().clearMessage()  # not "Préparation…" forever
        show_error(self, exc, self.tr("La tentative n'a pas pu commencer"))
        self._update_exam_banner()

    def _offer_resume(self, a, left):
        from aimm_lab.exam.clock import format_remaining

        what = self.tr("examen") if a.mode == "exam" else self.tr("entraînement")
        if a.status == "paused":
            when = self.tr("en pause par le formateur")
        elif left is not None:
            when = self.tr("il reste %1").replace("%1", format_remaining(int(left * 1000)))
        else:
            when = self.tr("sans limite de temps")
        if not confirm(self, self.tr("Tentative déjà ouverte"),
                       self.tr("Vous avez déjà une tentative ouverte à ce scénario (mode %1, %2) : c'est elle qui "
                               "compte, avec sa propre durée. La reprendre ?").replace("%1", what).replace("%2", when),
                       self.tr("Reprendre")):
            return
        self.open_attempt(a.id)

    def _start_new(self, s, name: str, mode: str):
        if mode == "exam" and not confirm(
                self, self.tr("Commencer l'examen"),
                self.tr("L'examen dure %1 minutes. Le compte à rebours ne s'arrête pas, même si vous fermez le "
                        "programme. Aucun résultat n'est affiché avant la remise.\n\nCommencer maintenant ?")
                .replace("%1", str(s.duration_minutes)), self.tr("Commencer l'examen")):
            return
        timed = mode == "exam" or self.scenario_page.timed.isChecked()
        minutes = s.duration_minutes if timed else None

        def op():
            eng = self.session.engine()
            existing = eng.open_attempt(name, s.id)  # opened meanwhile (another window, a trainer)
            eng.require_no_other_exam(existing)
            if existing is not None:
                return existing
            return eng.start(s, name, mode, minutes)

        self.statusBar().showMessage(self.tr("Préparation de la tentative…"))
        run_op(op, lambda a: self.open_attempt(a.id), failure=self._start_failed, parent=self)

    def open_attempt(self, attempt_id: str):
        """Show an open attempt with everything its journal holds."""

        def op():
            eng = self.session.engine()
            a = eng.get(attempt_id)
            if a.is_open:
                eng.require_no_other_exam(a)  # one exam at a time: no other attempt is resumed
            return a, eng.scenario_of(a), eng.facts(a)

        def loaded(result):
            a, scenario, facts = result
            if not a.is_open:
                self.show_results(a.id)
                return
            page = self._ensure_attempt_page()
            page.load(a, scenario, facts)
            self.show_page("attempt")
            self.statusBar().showMessage(self.tr("Tentative en cours : bon travail !"), 4000)
            if self.timer_window is not None:
                self.timer_window.set_title(scenario.title.get(current_lang()))
            self.update_actions()
            if opts.get("timer/visible"):
                if self.actions["timer_window"].isChecked():
                    self.set_timer_window(True)
                else:
                    self.actions["timer_window"].setChecked(True)

        run_op(op, loaded, parent=self, lane="db", title=self.tr("La tentative ne peut pas reprendre"))

    def _check_current_task(self):
        page = self.attempt_page
        if page is None:
            return
        tid = page.current_task_id()
        if tid and page.scenario.task(tid).kind == "checks":
            page.run_check(tid)
        else:
            self.statusBar().showMessage(self.tr("Choisissez d'abord une tâche vérifiée sur le poste."), 5000)

    def _timing(self, remaining, elapsed, timed):
        if self.mini_countdown is None:
            from .countdown import Countdown

            self.mini_countdown = Countdown(self, point_size=self.font().pointSizeF() + 1)
            self.mini_countdown.setObjectName("statusCountdown")
            self.statusBar().addPermanentWidget(self.mini_countdown)
        self.mini_countdown.show_time(remaining, elapsed, timed)
        self.exam_countdown.show_time(remaining, elapsed, timed)
        page = self.attempt_page
        self.mini_countdown.setVisible(self.current_page() != "attempt" and page is not None and page.is_open
                                       and page.attempt.mode != "exam")
        if self.timer_window is not None and self.timer_window.isVisible():
            self.timer_window.countdown.show_time(remaining, elapsed, timed)

    def _attempt_finished(self, a):
        self._update_exam_banner()
        if self.mini_countdown is not None:
            self.mini_countdown.hide()
        if self.timer_window is not None:
            self.timer_window.hide()
        self.actions["timer_window"].setChecked(False)
        if a.status == "expired":
            inform(self, self.tr("Temps écoulé"),
                   self.tr("Le temps est écoulé : votre tentative a été remise automatiquement, avec votre travail "
                           "enregistré et un dernier relevé du poste."), warning=True)
        else:
            self.statusBar().showMessage(self.tr("Tentative remise."), 6000)
        self.show_results(a.id)
        self.refresh_last_results()

    def set_timer_window(self, on: bool):
        page = self.attempt_page
        if on and (page is None or page.attempt is None):
            self.actions["timer_window"].setChecked(False)
            return
        if self.timer_window is None:
            from .countdown import TimerWindow

            self.timer_window = TimerWindow(None)
            if not self.timer_window.placed:
                self.timer_window.place(self.screen(), self)
            self.timer_window.hidden_by_user.connect(self._timer_closed)
            self.timer_window.activated.connect(self.bring_back)
        if on:
            self.timer_window.set_title(page.scenario.title.get(current_lang()))
            self.timer_window.show()
            page.tick()  # the time at once, not at the next tick
            if QGuiApplication.platformName() != "offscreen":
                self.timer_window.raise_()
        else:
            self.timer_window.hide()

    def _timer_closed(self):
        """The trainee closed the floating timer: it stays closed, also for the next attempts."""
        opts.put("timer/visible", False)
        self.actions["timer_window"].setChecked(False)

    def bring_back(self):
        """Show the main window in front again (from the floating timer), as it was before it was minimised."""
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
            self.show()
        self.raise_()
        self.activateWindow()

    # ---------------------------------------------------------------- export
    def export_pdf(self):
        page = self.pages.get("results")
        if page is None or page.data is None:
            return
        from pathlib import Path

        from .pdf import write_pdf

        a = page.data.attempt
        folder = opts.get("export/folder") or str(Path.home())
        name = f"aimm-lab-{a.scenario_id}-{a.trainee.replace(' ', '_')}-{a.id[:8]}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter le compte rendu en PDF"),
                                              str(Path(folder) / name), self.tr("Documents PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_pdf(page.html_for_pdf(), path, page.data.scenario.title.get(current_lang()))
        except Exception as e:  # noqa: BLE001 - any failure is shown as a readable dialog
            show_error(self, e, self.tr("Export PDF impossible"))
            return
        opts.put("export/folder", str(Path(path).parent))
        self.statusBar().showMessage(self.tr("PDF enregistré : %1").replace("%1", path), 8000)

    # ---------------------------------------------------------------- help
    def show_shortcuts(self):
        rows = "".join(f"<tr><td>{name}</td><td><b>{seq}</b></td></tr>" for name, seq in shortcut_table())
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Raccourcis clavier"))
        box.setText(f"<table cellpadding='3'>{rows}</table>")
        box.setObjectName("shortcutsDialog")
        box.open()

    def show_about(self):
        QMessageBox.about(self, self.tr("À propos d'AIMM Lab"),
                          self.tr("AIMM Lab : laboratoire d'entraînement et simulateur d'examen du titre "
                                  "professionnel AIMM (RNCP 24787).\nLes vérifications lisent l'état réel du poste."))

    # ---------------------------------------------------------------- closing
    def closeEvent(self, event: QCloseEvent):
        page = self.attempt_page
        in_exam = page is not None and page.is_open and page.attempt.mode == "exam"
        if not self.allow_close and (in_exam or self.room_seat.holds_exam()):
            event.ignore()
            self._confirm_exam_close()
            return
        if page is not None:
            page.stop()
            page.flush_saves()
        self.room_seat.stop()
        self.trainer.shutdown()  # the room this PC serves, if any, stops with the program
        self._save_window()
        if self.timer_window is not None:
            self.timer_window.hide()  # not close(): that is the trainee closing it, which is remembered
        from .ops import wait_idle

        wait_idle(10)  # let pending saves reach the database
        super().closeEvent(event)

    def _confirm_exam_close(self):
        """Closing during an exam: the trainer PIN if one is set, else a warning that time runs on."""

        def pin_set():
            from aimm_lab.trainer.pin import PinGuard

            return PinGuard(self.session.engine().store).is_set()

        def decide(is_set):
            if not is_set:
                if confirm(self, self.tr("Fermer pendant l'examen ?"),
                           self.tr("Le temps de l'examen continue de s'écouler pendant que le programme est fermé. "
                                   "Votre travail est enregistré ; à la réouverture, la tentative reprendra avec "
                                   "le temps qu'il reste.\n\nFermer quand même ?"),
                           self.tr("Fermer"), self.tr("Continuer l'examen"), danger=True):
                    self.allow_close = True
                    self.close()
                return
            from .trainer.pin_dialog import ask_pin

            def verified():
                self.allow_close = True
                self.close()

            session = self.session  # not the window: the dialog must not hold its parent
            ask_pin(self, lambda: session.engine().store,
                    self.tr("Quitter pendant un examen demande le code du formateur."), verified)

        def no_pin_api(exc):
            decide(False)

        run_op(pin_set, decide, failure=no_pin_api, parent=self, lane="db")

