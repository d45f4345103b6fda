"""A lab PC in a room exam: join a room (rooms heard on the network, or the address typed), wait for
the trainer's test, then work on it with the room as the authority.

The room holds the clock, the grading and the journal (aimm_lab.room). This PC only reads itself as
the room's plan asks and sends: readings ("Envoyer un relevé"), the report, documents and quiz
answers, and the submission. Nothing is graded here and no result is ever shown.

    seat = RoomSeat(window)     # one per window; `seat.page` is the window's "room" page
    seat.resume()               # at start-up: a PC already joined keeps its room (and its exam)
    seat.join_dialog()          # "Rejoindre une salle…"
    seat.holds_exam()           # True while the room's test is open on this PC: no local attempt then

Every exchange runs in the `room` lane (one at a time, in order). The status is asked every 5 s;
the countdown runs locally between two answers. When the room cannot be reached, what the trainee
does waits in the outbox of this PC's database (aimm_lab.room.seat) and a banner says so with the
number of waiting messages; sending is tried again every 10 s.
"""

from __future__ import annotations

import time
import weakref
from types import SimpleNamespace

from aimm_lab import fmt
from aimm_lab.i18n import current_lang, text_from
from aimm_lab.scenarios.model import Question, Task

from . import labels, theme
from .countdown import Countdown
from .dialogs import confirm, error_text, show_error
from .document_editor import DocumentEditor
from .exam_layout import exam_header, task_split
from .ops import run_op
from .qt import (
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFont,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    QPushButton,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from .quiz import QuizWidget
from .report_form import ReportForm
from .text_panels import BriefPanel, TextPanel

POLL_MS = 5000  # the room's status, while it answers
RETRY_MS = 10_000  # sending what waits, while it does not
TICK_MS = 250
SAVE_DELAY_MS = 1500
OPEN = ("running", "paused", "overdue")
# The room's last answer about this seat's test, kept in this PC's database with the local time it came:
# after a restart while the room is unreachable, the trainee goes on working on it (the room decides).
STATUS_KEY = "room_ui_last_status"
LANE = "room"


def _link_class():
    from aimm_lab.room.seat import SeatLink

    class Link(SeatLink):
        """The seat's link, reading the machine the window reads (this PC, or a recorded state)."""

        def __init__(self, session, **kw):
            self.session = session
            super().__init__(None, **kw)

        @property
        def store(self):  # the window's database, opened in the background (never at construction)
            return self.session.engine().store

        @store.setter
        def store(self, _value):
            pass

        def machine(self):
            if self.session.state_path is not None:
                return self.session.read_machine()  # the state file as it is now
            return super().machine()

    return Link


# --------------------------------------------------------------------------- the room's public scenario
def public_tasks(scenario: dict) -> list[Task]:
    """Tasks the existing panels can show, from the room's public scenario (no checks, no answers)."""
    out = []
    for d in scenario.get("tasks") or []:
        questions = [Question(q.get("type", "single"), text_from(q.get("prompt")) or text_from(""),
                              float(q.get("points") or 1), [text_from(c) for c in q.get("choices") or []], [],
                              [(text_from(a), text_from(b)) for a, b in q.get("pairs") or []], q.get("image"))
                     for q in d.get("questions") or []]
        out.append(Task(d["id"], d.get("kind", "checks"), float(d.get("points") or 0),
                        text_from(d.get("title")) or text_from(d["id"]), "", text_from(d.get("description")),
                        root_causes=[(k, text_from(v)) for k, v in d.get("root_causes") or []],
                        document=dict(d.get("document") or {}), questions=questions))
    return out


class TaskText(TextPanel):
    """A task done on the PC (the room reads it) or graded by the trainer: what to do, nothing else."""

    def __init__(self, task, parent=None):
        self.task = task
        super().__init__(f"panel_{task.id}", parent)
        self.retranslate()

    def retranslate(self):
        from .richtext import keep_line_breaks

        lang, t = current_lang(), self.task
        lines = [f"### {t.title.get(lang)} — {labels.points(t.points)} pt", ""]
        if t.description:
            lines += [keep_line_breaks(t.description.get(lang)), ""]
        if t.kind == "checks":
            lines.append(self.tr("Faites-le sur ce poste, puis « Envoyer un relevé » : la salle lit le poste et "
                                 "garde le relevé. Aucun résultat n'est affiché pendant l'épreuve."))
        else:
            lines.append(self.tr("Cette tâche est évaluée par le formateur pendant ou après l'épreuve."))
        self.browser.setMarkdown("\n".join(lines))
        self.browser.setAccessibleName(t.title.get(lang))

    def status(self) -> str:
        return "RECORDED" if self.task.kind == "checks" else "TRAINER"


class ToRoom:
    """What the panels' savers call (`eng.save_report(...)` …), sent to the room instead of an engine.
    Each returns the room's answer, or None when it waits in this PC's outbox."""

    def __init__(self, link):
        self.link = link

    @staticmethod
    def _check(ans):
        if ans is not None and not ans.get("ok", True):
            raise _error(ans)
        return ans

    def save_report(self, _aid, values):
        return self._check(self.link.report(values))

    def save_document(self, _aid, tid, doc):
        return self._check(self.link.document(tid, doc))

    def answer_quiz(self, _aid, tid, answers):
        return self._check(self.link.quiz(tid, answers))


# --------------------------------------------------------------------------- joining
class JoinDialog(QDialog):
    """Rooms heard on the network (looked for in the background) or an address typed, the pairing
    code shown on the trainer's screen, the trainee's name."""

    @property
    def seat(self) -> RoomSeat:
        return self._seat()

    def __init__(self, seat: RoomSeat, trainee: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("joinRoomDialog")
        self._seat = weakref.ref(seat)  # no reference cycle through the window (see RoomSeat)
        self.busy = False
        self.intro = QLabel(objectName="joinIntro")
        self.intro.setWordWrap(True)
        self.rooms = QListWidget(objectName="roomsFound")
        self.rooms.setMaximumHeight(110)
        self.rooms.currentItemChanged.connect(self._picked)
        self.find = QPushButton(objectName="findRooms")
        self.find.clicked.connect(self.look)
        self.found_label = QLabel(objectName="roomsFoundLabel")
        self.found_label.setWordWrap(True)
        self.address = QLineEdit(objectName="roomAddress")

        self.code = QLineEdit(objectName="pairingCode")
        self.code.setMaxLength(12)
        f = QFont(self.code.font())
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.code.setFont(f)
        self.trainee = QLineEdit(trainee, objectName="roomTrainee")
        self.trainee.setMaxLength(60)
        self.message = QLabel(objectName="joinMessage")
        self.message.setWordWrap(True)
        self.address_label, self.code_label, self.trainee_label = QLabel(), QLabel(), QLabel()
        self.address_label.setBuddy(self.address)
        self.code_label.setBuddy(self.code)
        self.trainee_label.setBuddy(self.trainee)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("joinOk")
        self.buttons.accepted.connect(self._join)
        self.buttons.rejected.connect(self.reject)
        for w in (self.address, self.code, self.trainee):
            w.textChanged.connect(self._update)
        find_row = QHBoxLayout()
        find_row.addWidget(self.found_label, 1)
        find_row.addWidget(self.find)
        form = QFormLayout()
        form.addRow(self.address_label, self.address)
        form.addRow(self.code_label, self.code)
        form.addRow(self.trainee_label, self.trainee)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(find_row)
        lay.addWidget(self.rooms)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self._update()
        QTimer.singleShot(0, self.look)  # the rooms on the network, at once: most PCs just pick theirs

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.setWindowTitle(self.tr("Rejoindre une salle d'examen"))
        self.intro.setText(self.tr("Le formateur affiche sur son écran l'adresse de la salle et un code "
                                   "d'appairage. Choisissez la salle trouvée sur le réseau ou tapez son adresse, "
                                   "puis le code et votre nom."))
        self.find.setText(self.tr("&Chercher les salles"))
        if not self.busy and not self.rooms.count():
            self.found_label.setText(self.tr("Salles sur le réseau : cliquez sur « Chercher les salles »."))
        self.address_label.setText(self.tr("&Adresse de la salle :"))
        self.code_label.setText(self.tr("&Code d'appairage :"))
        self.trainee_label.setText(self.tr("&Votre nom :"))
        self.ok.setText(self.tr("&Rejoindre"))
        self.address.setPlaceholderText(self.tr("ex. %1").replace("%1", "192.168.10.5:8765"))
        self.code.setPlaceholderText(self.tr("8 caractères, ex. %1").replace("%1", "K7QF-3MZD"))
        self.rooms.setAccessibleName(self.tr("Salles trouvées sur le réseau"))

    def _update(self, *_):
        self.ok.setEnabled(not self.busy and bool(self.address.text().strip()) and
                           len(self.code.text().replace("-", "").replace(" ", "")) >= 8 and
                           bool(self.trainee.text().strip()))
        self.find.setEnabled(not self.busy)

    def look(self):
        """Listen for rooms for 3 seconds, in the background."""
        from aimm_lab.room.discovery import browse

        self.busy = True
        self._update()
        self.found_label.setText(self.tr("Recherche des salles sur le réseau…"))

        def found(rooms):
            self.busy = False
            self.rooms.clear()
            for r in rooms:
                item = QListWidgetItem(f"{r['name']} — {r['address']}:{r['port']}")
                item.setData(Qt.ItemDataRole.UserRole, f"{r['address']}:{r['port']}")
                self.rooms.addItem(item)
            self.found_label.setText(self.tr("%n salle(s) trouvée(s).", "", len(rooms)) if rooms else
                                     self.tr("Aucune salle entendue sur le réseau : tapez l'adresse affichée sur "
                                             "l'écran du formateur."))
            if len(rooms) == 1:
                self.rooms.setCurrentRow(0)
            self._update()

        def failed(exc):
            self.busy = False
            self.found_label.setText(self.tr("La recherche sur le réseau n'a pas pu se faire : tapez l'adresse "
                                             "affichée sur l'écran du formateur."))
            self._update()

        run_op(lambda: browse(3.0), found, failure=failed, parent=self)

    def _picked(self, item, _old=None):
        if item is not None:
            self.address.setText(item.data(Qt.ItemDataRole.UserRole))
            if not self.code.text():
                self.code.setFocus()

    def _join(self):
        if not self.ok.isEnabled():
            return
        self.busy = True
        self._update()
        self.message.setText(self.tr("Connexion à la salle…"))
        address, code, trainee = self.address.text().strip(), self.code.text(), " ".join(self.trainee.text().split())
        link = self.seat.link

        def failed(exc):
            self.busy = False
            self.message.setText(_plain(exc))
            self.message.setStyleSheet(f"color: {theme.color('FAIL')}")
            self._update()

        def joined(_link):
            self.busy = False
            self.accept()

        run_op(lambda: link.join(address, code, trainee), joined, failure=failed, parent=self, lane=LANE)


def _plain(exc) -> str:
    """A joining failure in plain words: unreachable, or the room's own refusal."""
    from aimm_lab.errors import AimmError
    from aimm_lab.room.seat import Offline

    if isinstance(exc, Offline) or (isinstance(exc, OSError) and not isinstance(exc, AimmError)):
        return translate("RoomSeat", "Salle injoignable à cette adresse : vérifiez l'adresse affichée sur l'écran "
                                     "du formateur et que ce poste est sur le réseau de la salle.")
    return error_text(exc)[0]


# --------------------------------------------------------------------------- the page
class RoomPage(QWidget):
    """The room as the trainee sees it: waiting for the test, the test, then "remise"."""

    @property
    def seat(self) -> RoomSeat:
        return self._seat()

    def __init__(self, seat: RoomSeat, parent=None):
        super().__init__(parent)
        self.setObjectName("roomPage")
        self._seat = weakref.ref(seat)  # no reference cycle through the window (see RoomSeat)
        self.attempt_id: str | None = None
        self.tasks: list[Task] = []
        self.panels: dict[str, QWidget] = {}
        self.items: dict[str, QListWidgetItem] = {}
        self.dirty: set[str] = set()
        self.save_timers: dict[str, QTimer] = {}
        self.busy = False

        self.heading = QLabel(objectName="roomHeading")
        self.heading.setWordWrap(True)
        f = QFont(self.heading.font())
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.3)
        self.heading.setFont(f)
        self.where = QLabel(objectName="roomWhere")
        self.where.setWordWrap(True)
        self.offline = QLabel(objectName="roomOffline")
        self.offline.setWordWrap(True)
        self.offline.setFrameShape(QFrame.Shape.StyledPanel)
        self.offline.setMargin(8)
        self.offline.hide()
        self.note = QLabel(objectName="roomNote")
        self.note.setWordWrap(True)
        self.note.setFrameShape(QFrame.Shape.StyledPanel)
        self.note.setMargin(8)
        self.note.hide()
        self.kept: set[str] = set()  # panels whose last change waits in the outbox

        # waiting
        self.waiting = QWidget(objectName="roomWaiting")
        self.wait_text = QLabel(objectName="roomWaitText")
        self.wait_text.setWordWrap(True)
        self.wait_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        wf = QFont(self.wait_text.font())
        wf.setPointSizeF(wf.pointSizeF() * 1.2)
        self.wait_text.setFont(wf)
        self.start_button = QPushButton(objectName="roomStart")
        self.start_button.clicked.connect(self.start_test)
        sf = QFont(self.start_button.font())
        sf.setPointSizeF(sf.pointSizeF() * 1.2)
        sf.setBold(True)
        self.start_button.setFont(sf)
        self.start_button.setMinimumHeight(self.start_button.sizeHint().height() + 12)
        self.leave_button = QPushButton(objectName="roomLeave")
        self.leave_button.clicked.connect(self.leave)
        wl = QVBoxLayout(self.waiting)
        wl.addStretch(1)
        wl.addWidget(self.wait_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addStretch(1)
        wl.addLayout(row)
        wl.addStretch(2)
        lrow = QHBoxLayout()
        lrow.addStretch(1)
        lrow.addWidget(self.leave_button)
        wl.addLayout(lrow)

        # the test
        self.exam = QWidget(objectName="roomExam")
        self.title = QLabel(objectName="roomExamTitle")
        self.title.setWordWrap(True)
        tf = QFont(self.title.font())
        tf.setBold(True)
        tf.setPointSizeF(tf.pointSizeF() * 1.2)
        self.title.setFont(tf)
        self.mode_label = QLabel(objectName="roomExamMode")
        self.mode_label.setWordWrap(True)
        self.countdown = Countdown(self)
        self.countdown.setObjectName("roomCountdown")
        self.countdown_caption = QLabel(objectName="roomCountdownCaption")
        self.countdown_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reading_button = QPushButton(objectName="roomReading")
        self.reading_button.clicked.connect(self.send_reading)
        self.submit_button = QPushButton(objectName="roomSubmit")
        self.submit_button.clicked.connect(lambda: self.submit())  # not clicked(bool): it asks first
        self.task_list = QListWidget(objectName="roomTaskList")
        self.task_list.setWordWrap(True)
        self.task_list.setMinimumWidth(220)
        self.task_list.setSpacing(3)
        self.task_list.currentRowChanged.connect(lambda r: r >= 0 and self.stack.setCurrentIndex(r))
        self.stack = QStackedWidget(objectName="roomTaskStack")
        head = exam_header(self.title, self.mode_label, self.countdown, self.countdown_caption)
        bar = QHBoxLayout()
        bar.addWidget(self.reading_button)
        bar.addStretch(1)
        bar.addWidget(self.submit_button)
        split = task_split(self.task_list, self.stack, 260)
        el = QVBoxLayout(self.exam)
        el.setContentsMargins(0, 0, 0, 0)
        el.addLayout(head)
        el.addLayout(bar)
        el.addWidget(split, 1)

        # done
        self.done = QWidget(objectName="roomDone")
        self.done_text = QLabel(objectName="roomDoneText")
        self.done_text.setWordWrap(True)
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_text.setFont(wf)
        self.done_leave = QPushButton(objectName="roomDoneLeave")
        self.done_leave.clicked.connect(self.leave)
        dl = QVBoxLayout(self.done)
        dl.addStretch(1)
        dl.addWidget(self.done_text)
        drow = QHBoxLayout()
        drow.addStretch(1)
        drow.addWidget(self.done_leave)
        drow.addStretch(1)
        dl.addLayout(drow)
        dl.addStretch(2)

        self.views = QStackedWidget(objectName="roomViews")
        for w in (self.waiting, self.exam, self.done):
            self.views.addWidget(w)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.where)
        lay.addWidget(self.offline)
        lay.addWidget(self.note)
        lay.addWidget(self.views, 1)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.start_button.setText(self.tr("&Commencer l'épreuve"))
        self.leave_button.setText(self.tr("&Quitter la salle…"))
        self.done_leave.setText(self.tr("&Quitter la salle…"))
        self.reading_button.setText(self.tr("E&nvoyer un relevé"))
        self.reading_button.setToolTip(self.tr("La salle lit ce poste et garde le relevé ; aucun résultat n'est "
                                               "affiché"))
        self.submit_button.setText(self.tr("&Remettre…"))
        self.submit_button.setToolTip(self.tr("Terminer et remettre l'épreuve à la salle"))
        self.task_list.setAccessibleName(self.tr("Tâches de l'épreuve"))
        self.countdown_caption.setText(self.tr("temps restant"))
        for key in self.items:
            self._update_item(key)
        self.show_state()

    # ---------------------------------------------------------------- what the room said
    def show_state(self):
        s = self.seat
        st, link = s.status, s.link_info or {}
        lang = current_lang()
        room = (link.get("room") or {}).get("name") or "?"
        self.heading.setText(self.tr("Salle d'examen « %1 »").replace("%1", room))
        self.where.setText(self.tr("Poste %1 — stagiaire : %2 — salle à l'adresse %3")
                           .replace("%1", link.get("seat", "?")).replace("%2", (st or {}).get("trainee")
                                                                          or link.get("trainee") or "-")
                           .replace("%3", link.get("address", "?")))
        if s.online:
            self.offline.hide()
        else:
            text = self.tr("Salle injoignable : votre travail est gardé sur ce poste et sera envoyé à son retour.")
            if s.pending:
                text += " " + self.tr("%n message(s) en attente.", "", s.pending)
            self.offline.setText(text)
            self.offline.setStyleSheet(f"QLabel#roomOffline {{ border: 2px solid {theme.color('warn5')}; "
                                       f"font-weight: bold; }}")
            self.offline.show()
        a = (st or {}).get("attempt")
        test = (st or {}).get("test")
        if a is not None and (a["status"] in OPEN and not s.submitting):
            self.views.setCurrentWidget(self.exam)
            self._load(a)
            self.title.setText(text_from(a["scenario"]["title"]).get(lang))
            paused = a["status"] == "paused"
            self.mode_label.setText(self.tr("Examen en salle, supervisé par le formateur : aucun résultat n'est "
                                            "affiché pendant l'épreuve."))
            self.note.setText(self.tr("En pause par le formateur : le temps est arrêté. Attendez qu'il la reprenne.")
                              if paused else "")
            self.note.setStyleSheet(f"QLabel#roomNote {{ border: 2px solid {theme.color('warn10')}; "
                                    f"font-weight: bold; }}")
            self.note.setVisible(paused)
            self.countdown_caption.setText(self.tr("en pause") if paused else self.tr("temps restant"))
            self.reading_button.setEnabled(not paused and not self.busy)
            self.submit_button.setEnabled(not paused and not self.busy)
            if s.online and not s.pending and self.kept:
                at = fmt.clock_time(time.time(), seconds=True)
                for tid in self.kept:
                    self._note(tid, self.tr("Envoyé à la salle à %1").replace("%1", at))
                self.kept.clear()
            if not self.ticker.isActive():
                self.ticker.start()
            self.tick()
        elif a is not None or s.submitting:
            self.views.setCurrentWidget(self.done)
            self.ticker.stop()
            self.note.hide()
            waiting = s.pending > 0 or (a is not None and a["status"] in OPEN)
            text = self.tr("Épreuve remise. Aucun résultat n'est affiché ici : le formateur les communiquera.")
            if a is not None and a["status"] == "expired":
                text = self.tr("Temps écoulé : l'épreuve a été remise. Aucun résultat n'est affiché ici : le "
                               "formateur les communiquera.")
            if waiting:
                text += "\n\n" + self.tr("La remise attend le retour de la salle : ne fermez pas le programme.")
            self.done_text.setText(text)
        else:
            self.views.setCurrentWidget(self.waiting)
            self.ticker.stop()
            self.note.hide()
            self.leave_button.setVisible(not s.holds_exam())  # never in the middle of a test
            if st is None:
                self.wait_text.setText(self.tr("Connexion à la salle…"))
                self.start_button.hide()
            elif st.get("admitted") is False:
                self.wait_text.setText(self.tr("En attente du formateur : il vérifie votre nom (« %1 ») et le numéro "
                                               "de ce poste, puis valide le poste.\nCette page se met à jour toute "
                                               "seule.").replace("%1", st.get("trainee") or "?"))
                self.start_button.hide()
            elif test:
                self.wait_text.setText(self.tr("Épreuve ouverte : « %1 », %2 min.\nCommencez quand le formateur "
                                               "vous le dit : le temps part à ce moment.")
                                       .replace("%1", text_from(test.get("title")).get(lang))
                                       .replace("%2", fmt.number(test.get("minutes") or 0)))
                self.start_button.show()
                self.start_button.setEnabled(not self.busy and s.online)
            else:
                self.wait_text.setText(self.tr("En attente du formateur : l'épreuve n'est pas encore ouverte.\n"
                                               "Cette page se met à jour toute seule."))
                self.start_button.hide()

    def _load(self, a: dict):
        """Build the task panels for this attempt (once: later answers never overwrite what is typed)."""
        if a["id"] == self.attempt_id:
            return
        self.attempt_id = a["id"]
        self.tasks = public_tasks(a["scenario"])
        self.task_list.clear()
        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            w.deleteLater()
        self.panels.clear()
        self.items.clear()
        self.dirty.clear()
        brief = SimpleNamespace(brief=text_from(a["scenario"].get("brief")) or text_from(""),
                                title=text_from(a["scenario"].get("title")))
        facts = SimpleNamespace(report=a.get("report") or {}, documents=a.get("documents") or {},
                                quiz=a.get("quiz") or {}, fault_verified=True)
        attempt = SimpleNamespace(id=a["id"], mode="exam")
        self._add("__brief__", BriefPanel(brief))
        for t in self.tasks:
            if t.kind == "report":
                panel = ReportForm.for_attempt(t, attempt, facts)
            elif t.kind in ("quote", "invoice"):
                panel = DocumentEditor.for_attempt(t, attempt, facts)
            elif t.kind == "quiz":
                panel = QuizWidget.for_attempt(t, attempt, facts)
            else:
                panel = TaskText(t)
            changed = getattr(panel, "changed", None)
            if changed is not None:
                changed.connect(lambda tid=t.id: self._edited(tid))
            self._add(t.id, panel)
        self.task_list.setCurrentRow(0)

    def _add(self, key, panel):
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.task_list.addItem(item)
        self.stack.addWidget(panel)
        self.panels[key] = panel
        self.items[key] = item
        self._update_item(key)

    def _update_item(self, key):
        item = self.items[key]
        if key == "__brief__":
            item.setText(self.tr("Demande du client"))
            f = QFont(self.task_list.font())
            f.setBold(True)
            item.setFont(f)
            return
        t = next(x for x in self.tasks if x.id == key)
        status = self.panels[key].status()
        if t.kind == "checks":
            status = "PENDING"
        item.setText(f"{labels.OUTCOME_MARKS.get(status, '')} {t.title.get(current_lang())}\n"
                     f"    {labels.task_kind(t.kind)} · {labels.points(t.points)} pt")

    def tick(self):
        left = self.seat.remaining_now()
        self.countdown.show_time(left, 0, True)
        w = self.seat.window
        if w is not None and w.exam_banner.isVisible():
            w.exam_countdown.show_time(left, 0, True)
        a = (self.seat.status or {}).get("attempt")
        if (a is not None and a["status"] in ("running", "overdue") and left is not None and left <= 0
                and not self.seat.submitting and not self.busy):
            self.submit(ask=False)

    # ---------------------------------------------------------------- the trainee's actions
    def _set_busy(self, busy: bool):
        self.busy = busy
        for b in (self.reading_button, self.submit_button, self.start_button):
            b.setEnabled(not busy)

    def start_test(self):
        self._set_busy(True)
        link = self.seat.link
        self.seat.say(self.tr("Lecture du poste et départ de l'épreuve…"))

        def done(ans):
            self._set_busy(False)
            if ans is None:
                self.seat.say(self.tr("Salle injoignable : le départ est gardé sur ce poste et sera envoyé à son "
                                      "retour."))
            elif not ans.get("ok", True):
                show_error(self, _error(ans), self.tr("L'épreuve n'a pas pu commencer"))
            else:
                self.seat.say(self.tr("Épreuve commencée : bon travail !"))
            self.seat.poll()

        def failed(exc):
            self._set_busy(False)
            show_error(self, exc, self.tr("L'épreuve n'a pas pu commencer"))
            self.seat.poll()

        run_op(lambda: link.start(), done, failure=failed, parent=self, lane=LANE)

    def send_reading(self):
        if self.busy:
            return
        self._set_busy(True)
        self.seat.say(self.tr("Lecture du poste…"))
        link = self.seat.link

        def done(ans):
            self._set_busy(False)
            at = fmt.clock_time(time.time(), seconds=True)
            if ans is None:
                self.seat.say(self.tr("Relevé fait à %1 et gardé sur ce poste : il sera envoyé au retour de la "
                                      "salle.").replace("%1", at))
            elif ans.get("over"):  # the test ended: a normal outcome, said plainly
                self.seat.say(text_from(ans.get("note")).get(current_lang()))
            elif not ans.get("ok", True):
                show_error(self, _error(ans), self.tr("Relevé refusé par la salle"))
            else:
                self.seat.say(self.tr("Relevé reçu par la salle à %1.").replace("%1", at))
            self.seat.poll()

        def failed(exc):
            self._set_busy(False)
            show_error(self, exc, self.tr("Le relevé n'a pas pu se faire"))

        run_op(lambda: link.reading(), done, failure=failed, parent=self, lane=LANE)

    def _edited(self, tid: str):
        self.dirty.add(tid)
        self._update_item(tid)
        timer = self.save_timers.get(tid)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda tid=tid: self.save(tid))
            self.save_timers[tid] = timer
        timer.start(SAVE_DELAY_MS)
        self._note(tid, self.tr("Modifications en cours…"))

    def _note(self, tid: str, text: str):
        saved = getattr(self.panels.get(tid), "saved", None)
        if saved is not None:
            saved.setText(text)

    def _pending(self) -> list:
        out = []
        for tid in sorted(self.dirty):
            if tid in self.save_timers:
                self.save_timers[tid].stop()
            fn = self.panels[tid].saver(self.attempt_id)
            if fn is not None:
                out.append((tid, fn))
        self.dirty.clear()
        return out

    def save(self, tid: str):
        if tid not in self.dirty or self.attempt_id is None:
            return
        fn = self.panels[tid].saver(self.attempt_id)
        if fn is None:
            self._note(tid, self.tr("Non envoyé : corrigez les nombres signalés en rouge."))
            return
        self.dirty.discard(tid)
        to_room = ToRoom(self.seat.link)

        def done(ans):
            at = fmt.clock_time(time.time(), seconds=True)
            self._note(tid, self.tr("Gardé sur ce poste à %1 : sera envoyé au retour de la salle.").replace("%1", at)
                       if ans is None else self.tr("Reçu par la salle à %1").replace("%1", at))
            if ans is None:
                self.kept.add(tid)
            else:
                self.kept.discard(tid)
            self.seat.refresh_pending()

        def failed(exc):
            self._note(tid, self.tr("Non envoyé : %1").replace("%1", error_text(exc)[0]))

        run_op(lambda: fn(to_room), done, failure=failed, parent=self, lane=LANE)

    def flush_saves(self):
        work = self._pending()
        if not work:
            return
        to_room = ToRoom(self.seat.link)
        run_op(lambda: [fn(to_room) for _tid, fn in work], parent=self, lane=LANE, failure=lambda e: None)

    def unfinished(self) -> list[str]:
        return [line for t in self.tasks for line in self.panels[t.id].todo()]

    def submit(self, ask: bool = True):
        if self.busy or self.seat.submitting or self.attempt_id is None:
            return
        if ask:
            text = self.tr("Remettre l'épreuve à la salle ? Vous ne pourrez plus la modifier. Un dernier relevé du "
                           "poste est envoyé avec la remise.")
            todo = self.unfinished()
            if todo:
                text += "\n\n" + self.tr("Reste à faire :") + "\n• " + "\n• ".join(todo)
            if not confirm(self, self.tr("Remettre l'épreuve"), text, self.tr("Remettre"),
                           self.tr("Continuer à travailler"), danger=bool(todo)):
                return
        self._set_busy(True)
        self.seat.say(self.tr("Remise : dernier relevé du poste…"))
        work = self._pending()
        to_room = ToRoom(self.seat.link)
        link = self.seat.link

        def op():
            for _tid, fn in work:
                try:
                    fn(to_room)
                except Exception:  # noqa: BLE001 - a refused save must not stop the submission
                    pass
            return link.submit()

        def done(ans):
            self._set_busy(False)
            if ans is not None and ans.get("over"):  # already over: nothing to hand in, said plainly
                self.seat.say(text_from(ans.get("note")).get(current_lang()))
            elif ans is not None and not ans.get("ok", True):
                show_error(self, _error(ans), self.tr("La remise a été refusée par la salle"))
            else:
                self.seat.submitting = True
                self.seat.say(self.tr("Épreuve remise à la salle.") if ans is not None else
                              self.tr("Remise gardée sur ce poste : elle sera envoyée au retour de la salle."))
            self.seat.refresh_pending()
            self.seat.poll()

        def failed(exc):
            self._set_busy(False)
            show_error(self, exc, self.tr("La remise n'a pas pu se faire"))

        run_op(op, done, failure=failed, parent=self, lane=LANE)

    def leave(self):
        s = self.seat
        a = (s.status or {}).get("attempt")
        if a is not None and a["status"] in OPEN and not s.submitting:
            return
        if s.pending and not confirm(self, self.tr("Quitter la salle"),
                                     self.tr("%n message(s) n'ont pas encore été reçus par la salle : ils seront "
                                             "perdus. Quitter quand même ?", "", s.pending),
                                     self.tr("Quitter la salle"), danger=True):
            return
        if not s.pending and not confirm(self, self.tr("Quitter la salle"),
                                         self.tr("Ce poste quitte la salle ; pour y revenir, il faudra un nouveau "
                                                 "code d'appairage. Quitter ?"), self.tr("Quitter la salle")):
            return
        s.leave()


def _error(ans: dict):
    """The room's refusal (its bilingual words) as an error the dialogs show."""
    from aimm_lab.errors import AimmError
    from aimm_lab.i18n import Text

    err = ans.get("error") or {}
    return AimmError(Text(err.get("fr") or "refusé", err.get("en")))


# --------------------------------------------------------------------------- the controller
class RoomSeat(QObject):
    """The window's link to its room: the status asked regularly, the offline state, the page."""

    changed = Signal()

    def __init__(self, window):
        super().__init__(window)
        # Weak, as TrainerMode: the window holds this object, not the other way round, so that no
        # reference cycle leaves the window's wrapper to the garbage collector (on any thread).
        self._window = weakref.ref(window)
        self.link = _link_class()(window.session)
        self.link_info: dict | None = None
        self.status: dict | None = None
        self.online = True
        self.pending = 0
        self.submitting = False  # this PC submitted (the room may not have it yet)
        self.exam_open = False  # a room test open on this PC (no local attempt meanwhile), kept across restarts
        self.saved_key = None  # what of the last status was kept (attempt, state, deadline)
        self.polled_at = 0.0  # time.monotonic() of the last answer
        self.polling = False
        self.page: RoomPage | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.poll)

    @property
    def window(self):
        return self._window()

    def ensure_page(self) -> RoomPage:
        if self.page is None:
            self.page = RoomPage(self)
            self.window.add_page("room", self.page)
        return self.page

    def say(self, text: str):
        self.window.statusBar().showMessage(text, 8000)

    # ---------------------------------------------------------------- state
    def joined(self) -> bool:
        return self.link_info is not None

    def holds_exam(self) -> bool:
        """True while this PC has the room's test open (or a submission not yet delivered)."""
        if not self.joined():
            return False
        a = (self.status or {}).get("attempt")
        if a is not None:
            return (a["status"] in OPEN and not self.submitting) or self.pending > 0
        return self.exam_open

    def title(self) -> str:
        """The room test's title in the current language ("" before the room said)."""
        st = self.status or {}
        a, test = st.get("attempt"), st.get("test")
        t = (a or {}).get("scenario", {}).get("title") or (test or {}).get("title")
        return text_from(t).get(current_lang()) if t else ""

    def remaining_now(self) -> float | None:
        a = (self.status or {}).get("attempt")
        if a is None or a.get("remaining_s") is None:
            return None
        if a["status"] == "paused":
            return a["remaining_s"]
        return max(0.0, a["remaining_s"] - (time.monotonic() - self.polled_at))

    # ---------------------------------------------------------------- start-up, joining, leaving
    def resume(self):
        """At start-up: this PC already joined a room: show it and ask where it stands."""
        link = self.link

        def op():
            return link.link(), link.store.get_setting(STATUS_KEY), link.pending()

        def known(result):
            info, kept, pending = result
            if info is None:
                return
            self.link_info, self.pending = info, pending
            if kept and kept.get("status"):
                # Where the room left this seat, its time counted on since on this PC's clock.
                st = kept["status"]
                a = st.get("attempt")
                if a is not None and a["status"] == "running" and a.get("remaining_s") is not None:
                    a["remaining_s"] = max(0.0, a["remaining_s"] - max(0.0, time.time() - kept.get("wall", 0)))
                self.status, self.polled_at = st, time.monotonic()
                self.exam_open = a is not None and a["status"] in OPEN
            self.ensure_page().show_state()
            self.window.show_page("room")
            self.poll()

        run_op(op, known, failure=lambda e: None, parent=self.window, lane=LANE)

    def join_dialog(self):
        if self.joined():
            self.ensure_page().show_state()
            self.window.show_page("room")
            return
        t = self.window.session.trainee
        dlg = JoinDialog(self, t.name if t else "", self.window)
        dlg.accepted.connect(self._joined)
        dlg.open()
        return dlg

    def _joined(self):
        link = self.link

        def op():
            return link.link(), link.pending()

        def known(result):
            self.link_info, self.pending = result
            self.status, self.submitting, self.online = None, False, True
            page = self.ensure_page()
            page.attempt_id = None
            page.show_state()
            self.window.show_page("room")
            self.say(self.tr("Poste %1 dans la salle « %2 ».").replace("%1", self.link_info.get("seat", "?"))
                     .replace("%2", (self.link_info.get("room") or {}).get("name", "?")))
            self.poll()

        run_op(op, known, parent=self.window, lane=LANE)

    def leave(self):
        link = self.link

        def op():
            link.leave()
            link.store.set_setting(STATUS_KEY, None)

        def left(_):
            self.timer.stop()
            self.link_info, self.status, self.exam_open, self.submitting = None, None, False, False
            if self.page is not None:
                self.page.attempt_id = None
                self.page.ticker.stop()
            self.window.show_library()
            self.say(self.tr("Ce poste a quitté la salle."))

        run_op(op, left, parent=self.window, lane=LANE)

    # ---------------------------------------------------------------- polling
    def poll(self):
        """Send what waits, then ask the room where this seat stands (in the background)."""
        if not self.joined() or self.polling:
            return
        self.polling = True
        self.timer.stop()
        link = self.link
        saved = self.saved_key

        def op():
            from aimm_lab.room.seat import Offline

            try:
                if link.pending():
                    link.flush()
                st = link.status()
            except Offline:
                return None, link.pending(), None
            a = st.get("attempt") or {}
            deadline = (st.get("room_ms") or 0) + (a.get("remaining_s") or 0) * 1000
            key = [a.get("id"), a.get("status"), round(deadline / 5000)]
            if key != saved:  # kept when it changes, not at every answer
                link.store.set_setting(STATUS_KEY, {"status": st, "wall": time.time(), "key": key})
            return st, link.pending(), key

        def answered(result):
            self.polling = False
            st, self.pending = result[:2]
            if st is not None:
                self.saved_key = result[2]
            self.online = st is not None
            if st is not None:
                self.status = st
                self.polled_at = time.monotonic()
                a = st.get("attempt")
                self.exam_open = a is not None and a["status"] in OPEN
                if a is not None and a["status"] not in OPEN:
                    self.submitting = False  # the room has it: its word now
                    if self.page is not None:
                        self.page.dirty.clear()
            self._next()

        def failed(exc):
            self.polling = False
            self.online = True
            self._next()
            show_error(self.window, exc, self.tr("La salle a refusé ce poste"))
            from aimm_lab.room.seat import RoomAnswer

            if isinstance(exc, RoomAnswer) and exc.status in (401, 403):
                self.timer.stop()  # credential unknown or another PC: polling again would only repeat it

        run_op(op, answered, failure=failed, parent=self.window, lane=LANE)

    def refresh_pending(self):
        link = self.link

        def got(n):
            self.pending = n
            self.online = link.online
            if self.page is not None:
                self.page.show_state()

        run_op(link.pending, got, parent=self.window, lane=LANE, failure=lambda e: None)

    def _next(self):
        if self.page is not None:
            self.page.show_state()
        self.changed.emit()
        if self.joined():
            self.timer.start(POLL_MS if self.online else RETRY_MS)

    def stop(self):
        """The program closes: what is typed is sent (or kept), and during a test the room is told the
        program closed (its console shows it as an alert)."""
        self.timer.stop()
        if self.page is not None:
            self.page.ticker.stop()
            self.page.flush_saves()
        if self.holds_exam():
            run_op(self.link.bye, lane=LANE, failure=lambda e: None)
