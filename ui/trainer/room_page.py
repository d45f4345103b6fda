"""The exam room, on the trainer's PC: open the room (this PC serves it while the program runs),
show its address and the pairing code in big letters, open or close the test the lab PCs start,
and watch every seat live (refreshed every 2 s): who, connected or not, the test's state, the time
left by the room's clock, readings received, alerts. Pause, resume, add time and end act on one
seat and ask the trainer PIN, as the other trainer actions do. A seat that joined waits until the
trainer admits it (checks the name and the number it gave, or corrects them); a seat can be removed
(a PC that broke down hands its test to a spare one; a PC taken under somebody else's name frees
that trainee's session test).

The room (aimm_lab.room.hall.Room) keeps its seats, journal and attempts in this PC's database:
the attempts of a room exam appear in Notation and in the gradebook like the others.
"""

from __future__ import annotations

import getpass
import re
import socket

from aimm_lab import fmt, names, words
from aimm_lab.exam.clock import format_remaining
from aimm_lab.i18n import current_lang

from .. import settings as opts
from .. import theme
from ..dialogs import confirm, inform, show_error
from ..ops import run_op
from ..qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QBrush,
    QCheckBox,
    QColor,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFont,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
    translate,
)
from .pin_dialog import ask_pin

REFRESH_MS = 2000
DEFAULT_PORT = 8765
COLUMNS = (QT_TRANSLATE_NOOP("ExamRoomPage", "Poste"), QT_TRANSLATE_NOOP("ExamRoomPage", "N°"),
           QT_TRANSLATE_NOOP("ExamRoomPage", "Nom du PC"),
           QT_TRANSLATE_NOOP("ExamRoomPage", "Stagiaire"), QT_TRANSLATE_NOOP("ExamRoomPage", "Connexion"),
           QT_TRANSLATE_NOOP("ExamRoomPage", "Épreuve"), QT_TRANSLATE_NOOP("ExamRoomPage", "Temps restant"),
           QT_TRANSLATE_NOOP("ExamRoomPage", "Relevés"), QT_TRANSLATE_NOOP("ExamRoomPage", "Alertes"))


NAME_EMS = 14  # a PC's or a trainee's name in the console: at most this many widths of "M"


def alert_text(alert: dict, lang: str | None = None) -> str:
    """A room alert in plain words (aimm_lab.words.ROOM_ALERT_TEXT, as the CLI and the timeline say it)
    in `lang` (default: the current language), with the recorded state or the other seat it names."""
    known = words.ROOM_ALERT_TEXT.get(alert["kind"])
    text = known.get(lang or current_lang()) if known else \
        translate("ExamRoomPage", "alerte de la salle « %1 »").replace("%1", str(alert["kind"]))
    extra = words.alert_subject(alert.get("data") or {})
    return f"{text} ({extra})" if extra else text


def for_trainer(exc: BaseException) -> BaseException:
    """A room's refusal as this window says it: without the hints it carries for the command line
    ("(--number)", "(aimm-lab room drop)"), the buttons here doing the same."""
    from aimm_lab.errors import AimmError
    from aimm_lab.i18n import Text

    if not isinstance(exc, AimmError) or type(exc).message is not AimmError.message:
        return exc
    cut = re.compile(r"\s*\((?:--[a-z-]+|aimm-lab [^)]*)\)")
    return AimmError(Text(cut.sub("", exc.text.fr), cut.sub("", exc.text.en) if exc.text.en else None))


def addresses() -> list[str]:
    """This PC's IPv4 addresses a lab PC can reach (not the loopback), from psutil."""
    import psutil

    out = []
    for addrs in psutil.net_if_addrs().values():
        for a in addrs:
            if a.family == socket.AF_INET and not a.address.startswith("127."):
                out.append(a.address)
    return out


class ExamRoomPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("roomTrainerPage")
        self.session = session
        self.room = None
        self.server = None
        self.host = "0.0.0.0"
        self.advertise = True
        self.announced = False
        self.rows: list = []
        self.code = ""
        self.test: dict | None = None
        self.busy = False
        self.refreshing = False
        self.loaded = False

        # the room
        self.room_box = QGroupBox(objectName="roomBox")
        self.name = QLineEdit(objectName="roomName")
        self.name.setMaxLength(60)
        self.port = QSpinBox(objectName="roomPort")
        self.port.setRange(0, 65535)
        self.port.setValue(opts.get("room/port") or DEFAULT_PORT)
        self.name_label, self.port_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.name)
        self.port_label.setBuddy(self.port)
        self.open_button = QPushButton(objectName="openRoom")
        self.open_button.clicked.connect(self.open_room)
        self.close_button = QPushButton(objectName="closeRoom")
        self.close_button.clicked.connect(self.close_room)
        self.address = QLabel(objectName="roomAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.code_label = QLabel(objectName="pairingCodeLabel")
        self.code_big = QLabel(objectName="pairingCode")
        self.code_big.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f = QFont(self.code_big.font())
        f.setPointSizeF(f.pointSizeF() * 2.6)
        f.setBold(True)
        f.setStyleHint(QFont.StyleHint.Monospace)
        f.setFamily("monospace")
        f.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        self.code_big.setFont(f)
        af = QFont(self.address.font())
        af.setPointSizeF(af.pointSizeF() * 1.4)
        af.setBold(True)
        self.address.setFont(af)
        self.how = QLabel(objectName="roomHow")
        self.how.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addWidget(self.name, 2)
        top.addWidget(self.port_label)
        top.addWidget(self.port)
        top.addWidget(self.open_button)
        top.addWidget(self.close_button)
        shown = QHBoxLayout()
        where = QVBoxLayout()
        where.addWidget(self.address)
        where.addWidget(self.how)
        shown.addLayout(where, 3)
        code_col = QVBoxLayout()
        code_col.setSpacing(0)
        code_col.addWidget(self.code_label)
        code_col.addWidget(self.code_big)
        shown.addLayout(code_col, 2)
        rl = QVBoxLayout(self.room_box)
        rl.addLayout(top)
        rl.addLayout(shown)

        # the test
        self.test_box = QGroupBox(objectName="roomTestBox")
        self.scenario = QComboBox(objectName="roomScenario")
        self.scenario.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenario.setMinimumContentsLength(24)
        self.scenario.currentIndexChanged.connect(self._scenario_changed)
        self.minutes = QSpinBox(objectName="roomMinutes")
        self.minutes.setRange(1, 600)
        self.minutes.setValue(60)
        self.minutes_label = QLabel()
        self.minutes_label.setBuddy(self.minutes)
        self.open_test_button = QPushButton(objectName="openTest")
        self.open_test_button.clicked.connect(self.open_test)
        self.close_test_button = QPushButton(objectName="closeTest")
        self.close_test_button.clicked.connect(self.close_test)
        self.test_label = QLabel(objectName="roomTest")
        self.test_label.setWordWrap(True)
        tr = QHBoxLayout()
        tr.addWidget(self.scenario, 1)
        tr.addWidget(self.minutes_label)
        tr.addWidget(self.minutes)
        tr.addWidget(self.open_test_button)
        tr.addWidget(self.close_test_button)
        tl = QVBoxLayout(self.test_box)
        tl.addLayout(tr)
        tl.addWidget(self.test_label)

        # the console
        self.table = QTableWidget(0, len(COLUMNS), objectName="roomConsole")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.cellDoubleClicked.connect(lambda *_: _to_admit(self._row()) and self.admit_seat())
        self.empty = QLabel(objectName="roomEmpty")
        self.empty.setWordWrap(True)
        self.room_alerts = QLabel(objectName="roomAlerts")
        self.room_alerts.setWordWrap(True)
        self.room_alerts.hide()
        # seats that joined and wait for the trainer to check who sits there (Room.admit)
        self.waiting = QWidget(objectName="roomWaiting")
        self.waiting_text = QLabel(objectName="roomWaitingText")
        self.waiting_text.setWordWrap(True)
        self.admit_all_button = QPushButton(objectName="admitAll")
        self.admit_all_button.clicked.connect(self.admit_all)
        wl = QHBoxLayout(self.waiting)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.waiting_text, 1)
        wl.addWidget(self.admit_all_button)
        self.waiting.hide()
        self.admit_button = QPushButton(objectName="seatAdmit")
        self.admit_button.clicked.connect(self.admit_seat)
        self.drop_button = QPushButton(objectName="seatDrop")
        self.drop_button.clicked.connect(self.drop_seat)
        self.dialog: QDialog | None = None  # the admission or removal dialog open now (tests look at it)
        self.pause_button = QPushButton(objectName="seatPause")
        self.resume_button = QPushButton(objectName="seatResume")
        self.add_time_button = QPushButton(objectName="seatAddTime")
        self.end_button = QPushButton(objectName="seatEnd")
        self.pause_button.clicked.connect(lambda: self.seat_action("pause"))
        self.resume_button.clicked.connect(lambda: self.seat_action("resume"))
        self.add_time_button.clicked.connect(lambda: self.seat_action("add_time"))
        self.end_button.clicked.connect(lambda: self.seat_action("end"))
        actions = QHBoxLayout()
        actions.addWidget(self.empty, 1)
        for b in (self.admit_button, self.drop_button, self.pause_button, self.resume_button, self.add_time_button, self.end_button):
            actions.addWidget(b)

        lay = QVBoxLayout(self)
        lay.addWidget(self.room_box)
        lay.addWidget(self.test_box)
        lay.addWidget(self.room_alerts)
        lay.addWidget(self.waiting)
        lay.addWidget(self.table, 1)
        lay.addLayout(actions)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.retranslate()
        self._update_actions()

    # ---------------------------------------------------------------- language
    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.room_box.setTitle(self.tr("La salle"))
        self.name_label.setText(self.tr("&Nom :"))
        self.name.setPlaceholderText(self.tr("ex. Salle 12"))
        self.port_label.setText(self.tr("&Port :"))
        self.open_button.setText(self.tr("&Ouvrir la salle"))
        self.open_button.setToolTip(self.tr("Ce poste sert la salle tant que le programme est ouvert"))
        self.close_button.setText(self.tr("Fermer la &salle…"))
        self.code_label.setText(self.tr("Code d'appairage"))
        self.test_box.setTitle(self.tr("L'épreuve"))
        self.minutes_label.setText(self.tr("&Durée (min) :"))
        self.open_test_button.setText(self.tr("Ouvrir l'é&preuve"))
        self.open_test_button.setToolTip(self.tr("Les postes de la salle peuvent commencer cette épreuve"))
        self.close_test_button.setText(self.tr("&Fermer l'épreuve"))
        self.close_test_button.setToolTip(self.tr("Plus aucun nouveau départ ; les épreuves commencées continuent"))
        self.table.setHorizontalHeaderLabels([translate("ExamRoomPage", c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Postes de la salle"))
        self.pause_button.setText(self.tr("&Pause…"))
        self.resume_button.setText(self.tr("&Reprendre…"))
        self.add_time_button.setText(self.tr("&Ajouter du temps…"))
        self.end_button.setText(self.tr("&Terminer…"))
        self.admit_button.setText(self.tr("Ad&mettre…"))
        self.admit_button.setToolTip(self.tr("Vérifier le nom et le numéro que le poste a donnés, puis le laisser "
                                             "commencer l'épreuve"))
        self.admit_all_button.setText(self.tr("Admettre tous les postes en attente"))
        self.admit_all_button.setToolTip(self.tr("Chacun avec le nom et le numéro qu'il a donnés"))
        self.drop_button.setText(self.tr("R&etirer le poste…"))
        self.drop_button.setToolTip(self.tr("Le PC ne peut plus rien envoyer à la salle ; son épreuve en cours se "
                                            "termine ou continue sur un autre poste"))
        self._fill_scenarios()
        self._show()

    def showEvent(self, event):
        super().showEvent(event)
        if not self.loaded:
            self.loaded = True
            self._load()
        self._fill_scenarios()
        if self.room is not None:
            self.refresh()
            self.timer.start()

    def hideEvent(self, event):
        self.timer.stop()
        super().hideEvent(event)

    def _load(self):
        """The room kept in this PC's database (its name), if it was opened before."""
        session = self.session

        def op():
            from aimm_lab.room.hall import Room

            return Room(session.engine().store).info()

        def known(info):
            if info and not self.name.text():
                self.name.setText(info["name"])
            elif not self.name.text():
                self.name.setText(socket.gethostname()[:60])

        run_op(op, known, failure=lambda e: None, parent=self, lane="db")

    def _fill_scenarios(self):
        lib = self.session.library
        if lib is None:
            return
        lang = current_lang()
        current = self.scenario.currentData()
        self.scenario.blockSignals(True)
        self.scenario.clear()
        for s in sorted(lib.scenarios, key=lambda s: (s.block, s.title.get(lang).lower())):
            self.scenario.addItem(f"{s.block.upper()} — {s.title.get(lang)} ({s.duration_minutes} min)", s.id)
        if current is not None and self.scenario.findData(current) >= 0:
            self.scenario.setCurrentIndex(self.scenario.findData(current))
        self.scenario.blockSignals(False)
        if current is None:
            self._scenario_changed()

    def _scenario_changed(self, *_):
        sid = self.scenario.currentData()
        s = self.session.scenario(sid) if sid else None
        if s is not None:
            self.minutes.setValue(s.duration_minutes)

    # ---------------------------------------------------------------- the room
    def open_room(self):
        if self.server is not None or self.busy:
            return
        name = " ".join(self.name.text().split()) or socket.gethostname()
        port, host, advertise = self.port.value(), self.host, self.advertise
        session = self.session
        self.busy = True
        self._update_actions()

        def op():
            from aimm_lab.errors import AimmError
            from aimm_lab.room.hall import Room
            from aimm_lab.room.server import RoomServer

            room = Room(session.engine().store, library=session.library, now=session.now, profile=session.profile())
            room.open(name)
            announced = advertise
            try:
                server = RoomServer(room, host, port, advertise=advertise).start()
            except AimmError:
                if not advertise:
                    raise
                # No announcement on this network (multicast refused): the room still serves; the
                # lab PCs type its address.
                server = RoomServer(room, host, port, advertise=False).start()
                announced = False
            return room, server, announced

        def opened(result):
            self.busy = False
            self.room, self.server, self.announced = result
            if port:
                opts.put("room/port", port)  # the seats come back to the same address after a restart
            self.refresh()
            self.timer.start()

        def failed(exc):
            self.busy = False
            self._update_actions()
            show_error(self, exc, self.tr("La salle ne s'ouvre pas"))

        run_op(op, opened, failure=failed, parent=self)

    def close_room(self):
        if self.server is None:
            return
        if not confirm(self, self.tr("Fermer la salle"),
                       self.tr("Les postes ne pourront plus joindre la salle : leur travail attendra sur chaque poste "
                               "jusqu'à sa réouverture, le temps des épreuves continue. Fermer la salle ?"),
                       self.tr("Fermer la salle"), danger=True):
            return
        server, self.server = self.server, None
        self._show()
        run_op(server.stop, lambda _: self._show(), parent=self)  # the console goes on: seats show disconnected

    def shutdown(self):
        """The program closes: stop serving (the seats keep their work until the room is back)."""
        self.timer.stop()
        if self.server is not None:
            server, self.server = self.server, None
            server.stop()

    # ---------------------------------------------------------------- the test
    def open_test(self):
        sid = self.scenario.currentData()
        if self.room is None or not sid:
            return
        room, minutes, by = self.room, self.minutes.value(), _who()
        run_op(lambda: room.open_test(sid, minutes, by), lambda _: self.refresh(), parent=self,
               title=self.tr("L'épreuve ne s'ouvre pas"))

    def close_test(self):
        if self.room is None:
            return
        room = self.room
        run_op(room.close_test, lambda _: self.refresh(), parent=self)

    # ---------------------------------------------------------------- the console
    def refresh(self):
        if self.room is None or self.refreshing:
            return
        self.refreshing = True
        room = self.room

        def op():
            return room.console(), room.pairing_code(), room.test(), [a for a in room.alerts() if not a["seat_id"]]

        def got(result):
            self.refreshing = False
            self.rows, self.code, self.test, self.free_alerts = result
            self._show()

        def failed(exc):
            self.refreshing = False

        run_op(op, got, failure=failed, parent=self)

    def _show(self):
        from aimm_lab.room.protocol import show_code

        serving = self.server is not None
        lang = current_lang()
        self.open_button.setVisible(not serving)
        self.close_button.setVisible(serving)
        self.name.setEnabled(not serving)
        self.port.setEnabled(not serving)
        self.test_box.setEnabled(serving)
        if serving:
            port = self.server.bound_port
            where = [f"{a}:{port}" for a in addresses()] if self.host == "0.0.0.0" else [f"{self.host}:{port}"]
            self.address.setText(self.tr("Adresse de la salle : %1").replace("%1", "   ".join(where) or "?"))
            self.code_big.setText(show_code(self.code) if self.code else "…")
            how = self.tr("Sur chaque poste : Fichier > Rejoindre une salle d'examen, puis cette adresse et ce code. "
                          "Un code sert à un seul poste : le suivant s'affiche aussitôt.")
            if not self.announced:
                how += " " + self.tr("La salle n'est pas annoncée sur le réseau : tapez l'adresse sur les postes.")
            self.how.setText(how)
        else:
            self.address.setText(self.tr("La salle est fermée : ouvrez-la pour que les postes la rejoignent."))
            self.code_big.setText("—")
            self.how.setText(self.tr("Ce poste sert la salle tant que le programme est ouvert. Les épreuves de la "
                                     "salle se notent ensuite dans « Notation »."))
        t = self.test
        if t and t.get("opened_at") != getattr(self, "_test_shown", None):
            # The open test in the picker (after a restart too), not the list's first scenario.
            self._test_shown = t.get("opened_at")
            i = self.scenario.findData(t.get("scenario"))
            if i >= 0:
                self.scenario.setCurrentIndex(i)
                self.minutes.setValue(int(t.get("minutes") or self.minutes.value()))
        if t:
            self.test_label.setText(self.tr("Épreuve ouverte : « %1 », %2 min (par %3). Les postes peuvent la "
                                            "commencer.").replace("%1", (t.get("title") or {}).get(lang)
                                                                   or t.get("scenario", "?"))
                                    .replace("%2", fmt.number(t.get("minutes") or 0)).replace("%3", t.get("opened_by", "?")))
        else:
            self.test_label.setText(self.tr("Aucune épreuve ouverte : les postes attendent."))
        self.close_test_button.setEnabled(serving and bool(t))
        free = getattr(self, "free_alerts", [])
        self.room_alerts.setVisible(bool(free))
        if free:
            self.room_alerts.setText("⚠ " + self.tr("%n code(s) d'appairage faux tapé(s) sur un poste.", "", len(free)))
            self.room_alerts.setStyleSheet(f"color: {theme.color('FAIL')}; font-weight: bold;")
        waiting = sum(1 for r in self.rows if not r.admitted)
        self.waiting.setVisible(bool(waiting))
        if waiting:
            self.waiting_text.setText("⚠ " + self.tr("%n poste(s) à admettre : vérifiez le nom et le numéro donnés.", "",
                                                     waiting))
            self.waiting_text.setToolTip(self.tr("Un poste ne commence l'épreuve qu'une fois admis par le formateur."))
            self.waiting_text.setStyleSheet(f"color: {theme.color('warn10')}; font-weight: bold;")
        self._fill_table()
        self._update_actions()

    def _fill_table(self):
        lang = current_lang()
        keep = self.selected_seat()
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            a = r.attempt
            status = words.STATUS_TEXT[a.status].get(lang) if a else self.tr("pas commencée")
            if a is not None and a.status == "running" and r.remaining_s == 0:
                status = self.tr("temps écoulé, dernier relevé attendu")
            if not r.admitted:
                status = self.tr("à admettre")
            left = format_remaining(int(r.remaining_s * 1000)) if r.remaining_s is not None else "—"
            alerts = "; ".join(f"{text} ×{n}" if n > 1 else text for text, n in _grouped(r.alerts))
            if r.alerts:
                alerts = f"⚠ {alerts}"
            number = (str(r.number) if r.number else "—") + ("" if not r.admitted or r.number_confirmed else " ?")
            values = (r.id, number, r.label, r.trainee or "—",
                      ("● " + self.tr("connecté")) if r.connected else ("○ " + self.tr("déconnecté")),
                      status, left, fmt.number(r.readings), alerts)
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c in (2, 3):  # a PC's name (up to 255 characters) or a trainee's: cut, whole in the tooltip
                    item.setText(self._fit(v))
                    if item.text() != names.visible(v) or (c == 2 and r.address):
                        item.setToolTip(names.visible(v) + (f" — {r.address}" if c == 2 and r.address else ""))
                if c == 1 and r.admitted and not r.number_confirmed:
                    item.setToolTip(self.tr("Numéro donné par le poste : « Admettre… » pour le confirmer (une épreuve "
                                            "qui en dépend ne commence pas avant)"))
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if c == 4:
                    item.setForeground(QBrush(QColor(theme.color("PASS" if r.connected else "FAIL"))))
                if not r.admitted and c in (1, 3):
                    item.setToolTip(self.tr("Donné par le poste, à vérifier : « Admettre… »"))
                if not r.admitted and c == 5:
                    bold = QFont(item.font())
                    bold.setBold(True)
                    item.setFont(bold)
                    item.setForeground(QBrush(QColor(theme.color("warn10"))))
                    tint = QColor(theme.color("warn10"))
                    tint.setAlpha(40)
                    item.setBackground(QBrush(tint))
                if c == 8 and r.alerts:
                    item.setToolTip("\n".join(f"{fmt.moment(_epoch(al['at']), lang)} — {alert_text(al)}"
                                              for al in r.alerts))
                    item.setForeground(QBrush(QColor(theme.color("FAIL"))))
                self.table.setItem(i, c, item)
        self.empty.setText(self.tr("Aucun poste n'a encore rejoint la salle.") if not self.rows and self.server
                           else self.tr("%n poste(s) dans la salle.", "", len(self.rows)) if self.rows else "")
        if keep:
            for i, r in enumerate(self.rows):
                if r.id == keep:
                    self.table.selectRow(i)
            if all(r.id != keep for r in self.rows):
                self.table.clearSelection()  # a seat removed: no other seat gets its selection (and its buttons)

    def _fit(self, text: str) -> str:
        """A name as the console shows it: hidden characters as "�" (aimm_lab.names.visible), cut with
        "…" to NAME_EMS widths of "M" of the table's font, so that no name stretches its column."""
        fm = self.table.fontMetrics()
        return fm.elidedText(names.visible(text), Qt.TextElideMode.ElideRight, fm.horizontalAdvance("M") * NAME_EMS)

    def selected_seat(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _row(self):
        sid = self.selected_seat()
        return next((r for r in self.rows if r.id == sid), None)

    def _update_actions(self):
        r = self._row()
        a = r.attempt if r is not None else None
        serving = self.room is not None
        self.open_button.setEnabled(not self.busy)
        self.open_test_button.setEnabled(self.server is not None and self.scenario.count() > 0)
        self.pause_button.setEnabled(serving and a is not None and a.status == "running")
        self.resume_button.setEnabled(serving and a is not None and a.status == "paused")
        self.add_time_button.setEnabled(serving and a is not None and a.is_open)
        self.end_button.setEnabled(serving and a is not None and a.is_open)
        self.admit_button.setEnabled(serving and _to_admit(r))
        self.drop_button.setEnabled(serving and r is not None)
        self.admit_all_button.setEnabled(serving and any(not x.admitted for x in self.rows))

    # ---------------------------------------------------------------- the trainer's actions on a seat
    def seat_action(self, action: str):
        r = self._row()
        if r is None or r.attempt is None or self.room is None:
            return
        who = f"{r.id} ({self._fit(r.trainee or r.label)})"
        reasons = {
            "pause": self.tr("Mettre en pause l'épreuve de %1 demande le code du formateur."),
            "resume": self.tr("Reprendre l'épreuve de %1 demande le code du formateur."),
            "add_time": self.tr("Ajouter du temps à %1 demande le code du formateur."),
            "end": self.tr("Terminer l'épreuve de %1 demande le code du formateur."),
        }
        room, sid, by = self.room, r.id, _who()

        def go():
            minutes = None
            if action == "add_time":
                minutes, ok = QInputDialog.getInt(self, self.tr("Ajouter du temps"),
                                                  self.tr("Minutes à ajouter pour %1 :").replace("%1", who), 10, 1, 600)
                if not ok:
                    return
            if action == "end" and not confirm(
                    self, self.tr("Terminer l'épreuve"),
                    self.tr("Terminer maintenant l'épreuve de %1 ? Le dernier relevé reçu du poste compte.")
                    .replace("%1", who), self.tr("Terminer"), danger=True):
                return

            def op():
                if action == "pause":
                    return room.pause(sid, by)
                if action == "resume":
                    return room.resume(sid, by)
                if action == "add_time":
                    return room.add_time(sid, minutes, by)
                return room.end(sid, by)

            run_op(op, lambda _a: self.refresh(), parent=self, title=self.tr("Action refusée"))

        session = self.session
        ask_pin(self.window(), lambda: session.engine().store, reasons[action].replace("%1", who), go)

    # ---------------------------------------------------------------- admission and removal of a seat
    def admit_seat(self):
        """Admettre…: the name and number the seat gave, both editable, then the PIN, then Room.admit."""
        r = self._row()
        if not _to_admit(r) or self.room is None:
            return
        room, sid, by, session = self.room, r.id, _who(), self.session
        dlg = self.dialog = AdmitDialog(r, self.window())

        def accepted():
            trainee, number = dlg.values()
            ask_pin(self.window(), lambda: session.engine().store,
                    self.tr("Admettre le poste %1 demande le code du formateur.").replace("%1", sid),
                    lambda: run_op(lambda: room.admit(sid, by, trainee, number), lambda _r: self.refresh(),
                                   failure=lambda e: show_error(self, for_trainer(e), self.tr("Poste non admis")),
                                   parent=self))

        dlg.accepted.connect(accepted)
        self._open_dialog(dlg)

    def _open_dialog(self, dlg: QDialog):
        def closed(_result):
            if self.dialog is dlg:
                self.dialog = None
            dlg.deleteLater()

        dlg.finished.connect(closed)
        dlg.open()

    def admit_all(self):
        """Every seat waiting, with the name and number it gave (PIN once); then those that could not be
        admitted, each with why."""
        waiting = [r for r in self.rows if not r.admitted]
        if self.room is None or not waiting:
            return
        room, by, session = self.room, _who(), self.session
        labels = {r.id: f"{r.id} ({r.label})" for r in self.rows}

        def done(result):
            admitted, left = result
            self.refresh()
            if not left:
                return
            lang = current_lang()
            lines = [self.tr("%1 : %2").replace("%1", labels.get(sid, sid)).replace("%2", for_trainer(e).message(lang))
                     for sid, e in left]
            inform(self, self.tr("Postes non admis"),
                   (self.tr("%n poste(s) admis.", "", len(admitted)) if admitted else self.tr("Aucun poste admis."))
                   + " "
                   + self.tr("Encore en attente : %n poste(s), à admettre un par un (« Admettre… ») après avoir "
                             "vu qui est assis où.", "", len(left)) + "\n\n" + "\n\n".join(f"• {x}" for x in lines),
                   warning=True)

        ask_pin(self.window(), lambda: session.engine().store,
                self.tr("Admettre %n poste(s) en attente demande le code du formateur.", "", len(waiting)),
                lambda: run_op(lambda: room.admit_waiting(by), done, parent=self, title=self.tr("Postes non admis")))

    def drop_seat(self):
        """Retirer le poste…: what happens, the options that apply to this seat, then the PIN, then Room.drop."""
        r = self._row()
        if r is None or self.room is None:
            return
        room, aid = self.room, r.attempt.id if r.attempt is not None else None

        def linked() -> bool:  # is this seat's test one of a mock session's (it can be given back)?
            return bool(aid) and bool(room.store._rows("SELECT 1 FROM session_attempts WHERE attempt_id = ? LIMIT 1",
                                                        [aid]))

        run_op(linked, lambda is_linked: self._drop_dialog(r, is_linked), parent=self)

    def _drop_dialog(self, r, linked: bool):
        if self.room is None:
            return
        # a test goes on only at a seat not yet admitted (the spare PC) or admitted for the same trainee
        others = [o for o in self.rows if o.id != r.id and not (o.attempt is not None and o.attempt.is_open)
                  and (not o.admitted or names.key(o.trainee or "") == names.key(r.trainee or ""))]
        room, sid, by, session = self.room, r.id, _who(), self.session
        dlg = self.dialog = DropDialog(r, others, linked, self.window())

        def done(out):
            self.refresh()
            a = out["attempt"]
            if out["moved_to"]:
                inform(self, self.tr("Poste retiré"),
                       self.tr("Poste %1 retiré. L'épreuve de %2 continue sur le poste %3 : même nom, même temps "
                               "restant ; le stagiaire la reprend sur ce PC.").replace("%1", out["seat"])
                       .replace("%2", a.trainee).replace("%3", out["moved_to"]))
            elif out["freed"]:
                inform(self, self.tr("Poste retiré"),
                       self.tr("Poste %1 retiré. L'épreuve de la session est rendue à %2 : il ou elle peut la passer à "
                               "un poste admis.").replace("%1", out["seat"]).replace("%2", a.trainee))

        def accepted():
            free, to = dlg.choice()
            ask_pin(self.window(), lambda: session.engine().store,
                    self.tr("Retirer le poste %1 demande le code du formateur.").replace("%1", sid),
                    lambda: run_op(lambda: room.drop(sid, by, free=free, to=to), done, parent=self,
                                   failure=lambda e: show_error(self, for_trainer(e),
                                                                self.tr("Le poste n'est pas retiré"))))

        dlg.accepted.connect(accepted)
        self._open_dialog(dlg)


def _grouped(alerts: list[dict]) -> list[tuple[str, int]]:
    """Each alert's words once, with how many times it was raised, the latest last."""
    counts: dict[str, int] = {}
    for al in alerts:
        text = alert_text(al)
        counts[text] = counts.pop(text, 0) + 1
    return list(counts.items())


def _to_admit(r) -> bool:
    """A seat the trainer still has to admit, or whose number (a bulk admission kept the seat's own)
    they have not confirmed; not while its test runs."""
    if r is None:
        return False
    running = r.attempt is not None and r.attempt.status in ("running", "paused")
    return not r.admitted or (not r.number_confirmed and not running)


def _who() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system: the journal says "formateur"
        return "formateur"


def _epoch(iso: str) -> float:
    from aimm_lab.exam import clock as clk

    return clk.parse_iso(iso) / 1000


class AdmitDialog(QDialog):
    """The trainer checks who sits at a seat and the seat's number: both prefilled with what the seat
    gave, both editable. `values()` -> (trainee, number) once accepted."""

    def __init__(self, row, parent=None):
        from aimm_lab.room.protocol import MAX_SEAT_NUMBER

        super().__init__(parent)
        self.setObjectName("admitDialog")
        self.setWindowTitle(self.tr("Admettre le poste %1").replace("%1", row.id))
        self.intro = QLabel(objectName="admitIntro")
        self.intro.setWordWrap(True)
        intro = self.tr("Le poste %1 (PC « %2 ») a donné ce nom et ce numéro. Vérifiez que c'est bien la personne "
                        "assise à ce PC et le numéro du poste dans la salle ; corrigez-les au besoin.") \
            .replace("%1", row.id).replace("%2", row.label)
        if not row.number:
            intro += " " + self.tr("Le poste n'a pas donné de numéro : celui proposé suit l'ordre d'arrivée.")
        self.intro.setText(intro + "\n" + self.tr("Une fois admis, le poste peut commencer l'épreuve sous ce nom ; son "
                                                  "numéro donne ses valeurs du labo (son adresse IP…)."))
        self.trainee = QLineEdit(row.trainee or "", objectName="admitTrainee")
        self.trainee.setMaxLength(100)
        self.number = QSpinBox(objectName="admitNumber")
        self.number.setRange(1, MAX_SEAT_NUMBER)
        self.number.setValue(row.number or (int(row.id[1:]) if row.id[1:].isdigit() else 1))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("admitOk")
        self.ok.setText(self.tr("Admettre"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Dialogs", "Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.trainee.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.ok.setEnabled(bool(self.trainee.text().strip()))
        form = QFormLayout()
        form.addRow(self.tr("&Stagiaire :"), self.trainee)
        form.addRow(self.tr("&Numéro du poste :"), self.number)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def values(self) -> tuple[str, int]:
        return " ".join(self.trainee.text().split()), self.number.value()


class DropDialog(QDialog):
    """Remove a seat: what happens, in plain words, and the options that apply to it — give a mock
    session's test back to the trainee whose name the seat took (`linked`: its test is a session's),
    or go on with the test in progress at another seat (`others`: seats without a test in progress).
    `choice()` -> (free, to) once accepted."""

    def __init__(self, row, others: list, linked: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("dropDialog")
        self.row = row
        a = row.attempt
        self.running = a is not None and a.is_open
        self.who = (a.trainee if a is not None else row.trainee) or "?"
        self.setWindowTitle(self.tr("Retirer le poste %1").replace("%1", row.id))
        self.intro = QLabel(objectName="dropIntro")
        self.intro.setWordWrap(True)
        self.intro.setText(self.tr("Retirer le poste %1 (PC « %2 », %3) de la salle :").replace("%1", row.id)
                           .replace("%2", row.label).replace("%3", row.trainee or "?") + "\n• "
                           + self.tr("ce PC ne peut plus rien envoyer à la salle ; pour revenir, il devra la rejoindre "
                                     "avec un nouveau code d'appairage ;") + "\n• "
                           + self.tr("le poste disparaît de la liste des postes."))
        self.free = QCheckBox(objectName="dropFree")
        self.free.setText(self.tr("Rendre l'épreuve de la session à %1 (le poste a été pris sous son nom)")
                          .replace("%1", self.who))
        self.free.setToolTip(self.tr("L'épreuve passée à ce poste ne compte plus pour %1 dans la session : il ou elle "
                                     "pourra la passer à un poste admis.").replace("%1", self.who))
        self.linked = linked
        self.free.setVisible(linked)
        self.move = QCheckBox(objectName="dropMove")
        self.move.setText(self.tr("Continuer l'épreuve sur le poste :"))
        self.target = QComboBox(objectName="dropTarget")
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(28)  # long PC names do not widen the dialog past the screen
        for o in others:
            state = self.tr("n° %1").replace("%1", str(o.number)) if o.number else ""
            who = o.trainee or "—"
            if not o.admitted:
                who += ", " + self.tr("à admettre")
            self.target.addItem(f"{o.id} — {o.label} ({', '.join(x for x in (state, who) if x)})", o.id)
        self.target.setEnabled(False)
        self.move.setEnabled(bool(others))
        if not others:
            self.move.setToolTip(self.tr("Aucun autre poste libre : faites d'abord rejoindre la salle au PC de "
                                         "remplacement (avec le code affiché), puis revenez ici."))
        move_row = QHBoxLayout()
        move_row.addWidget(self.move)
        move_row.addWidget(self.target, 1)
        self.move_box = QWidget()
        self.move_box.setLayout(move_row)
        move_row.setContentsMargins(0, 0, 0, 0)
        self.move_box.setVisible(self.running)
        self.effect = QLabel(objectName="dropEffect")
        self.effect.setWordWrap(True)
        self.move.toggled.connect(self._update)
        self.free.toggled.connect(self._update)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("dropOk")
        self.ok.setText(self.tr("Retirer le poste"))
        self.ok.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("Dialogs", "Annuler"))
        cancel.setDefault(True)  # the safe answer
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        said = QVBoxLayout()  # one list: what removing the seat does, then what becomes of its test
        said.setSpacing(0)
        said.addWidget(self.intro)
        said.addWidget(self.effect)
        lay.addLayout(said)
        lay.addWidget(self.move_box)
        lay.addWidget(self.free)
        lay.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._update()

    def _update(self, *_):
        moving = self.move.isChecked()
        self.target.setEnabled(moving)
        self.free.setEnabled(not moving)
        self.move.setEnabled(not self.free.isChecked() and self.target.count() > 0)
        a = self.row.attempt
        if a is None:
            text = self.tr("aucune épreuve n'a commencé à ce poste.")
        elif moving:
            text = self.tr("l'épreuve de %1 continue sur le poste choisi ci-dessous (un PC en panne) : même nom, même "
                           "numéro, même temps restant ; le stagiaire s'y installe et la reprend.")
        elif self.running:
            text = self.tr("l'épreuve en cours de %1 se termine maintenant, remise par le formateur : ce que le poste a "
                           "déjà envoyé compte.")
        else:
            text = self.tr("l'épreuve de %1, déjà finie, reste dans « Notation ».")
        if a is not None and self.free.isChecked():
            text += " " + self.tr("Elle ne compte plus pour %1 dans la session : il ou elle pourra la passer à un poste "
                                  "admis.")
        self.effect.setText("• " + text.replace("%1", self.who))
        if self.isVisible():  # the text grew or shrank: the dialog follows (no line cut off on a small screen)
            QTimer.singleShot(0, self.adjustSize)

    def choice(self) -> tuple[bool, str | None]:
        moving = self.running and self.move.isChecked() and self.target.currentData() is not None
        return (self.linked and self.free.isChecked() and not moving,
                self.target.currentData() if moving else None)
