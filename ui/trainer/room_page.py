"""The exam room, on the trainer's PC: open the room (this PC serves it while the program runs),
show its address and the pairing code in big letters, open or close the test the lab PCs start,
and watch every seat live (refreshed every 2 s): who, connected or not, the test's state, the time
left by the room's clock, readings received, alerts. Pause, resume, add time and end act on one
seat and ask the trainer PIN, as the other trainer actions do.

The room (aimm_lab.room.hall.Room) keeps its seats, journal and attempts in this PC's database:
the attempts of a room exam appear in Notation and in the gradebook like the others.
"""

from __future__ import annotations

import getpass
import socket

from aimm_lab import fmt, names, words
from aimm_lab.exam.clock import format_remaining
from aimm_lab.i18n import current_lang

from .. import settings as opts
from .. import theme
from ..dialogs import confirm, show_error
from ..ops import run_op
from ..qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QBrush,
    QColor,
    QComboBox,
    QEvent,
    QFont,
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
COLUMNS = (QT_TRANSLATE_NOOP("ExamRoomPage", "Poste"), QT_TRANSLATE_NOOP("ExamRoomPage", "Nom du PC"),
           QT_TRANSLATE_NOOP("ExamRoomPage", "Stagiaire"), QT_TRANSLATE_NOOP("ExamRoomPage", "Connexion"),
           QT_TRANSLATE_NOOP("ExamRoomPage", "Épreuve"), QT_TRANSLATE_NOOP("ExamRoomPage", "Temps restant"),
           QT_TRANSLATE_NOOP("ExamRoomPage", "Relevés"), QT_TRANSLATE_NOOP("ExamRoomPage", "Alertes"))
# What each room alert means, in plain words (aimm_lab.room.hall raises them).
ALERTS = {
    "identity_changed": QT_TRANSLATE_NOOP("ExamRoomPage", "autre PC avec l'identifiant de ce poste"),
    "fixture_reading": QT_TRANSLATE_NOOP("ExamRoomPage", "relevé identique à un état enregistré fourni"),
    "same_reading": QT_TRANSLATE_NOOP("ExamRoomPage", "relevé identique à celui d'un autre poste"),
    "clock_jump": QT_TRANSLATE_NOOP("ExamRoomPage", "horloge du poste déplacée (ou poste redémarré)"),
    "app_closed": QT_TRANSLATE_NOOP("ExamRoomPage", "application fermée pendant l'épreuve"),
    "replay": QT_TRANSLATE_NOOP("ExamRoomPage", "message rejoué refusé"),
    "pairing_failed": QT_TRANSLATE_NOOP("ExamRoomPage", "code d'appairage faux"),
}


NAME_EMS = 14  # a PC's or a trainee's name in the console: at most this many widths of "M"


def alert_text(alert: dict) -> str:
    text = translate("ExamRoomPage", ALERTS[alert["kind"]]) if alert["kind"] in ALERTS else alert["kind"]
    extra = alert.get("data", {}).get("fixture") or alert.get("data", {}).get("other_seat")
    return f"{text} ({extra})" if extra else text


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
        self.empty = QLabel(objectName="roomEmpty")
        self.empty.setWordWrap(True)
        self.room_alerts = QLabel(objectName="roomAlerts")
        self.room_alerts.setWordWrap(True)
        self.room_alerts.hide()
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
        for b in (self.pause_button, self.resume_button, self.add_time_button, self.end_button):
            actions.addWidget(b)

        lay = QVBoxLayout(self)
        lay.addWidget(self.room_box)
        lay.addWidget(self.test_box)
        lay.addWidget(self.room_alerts)
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
            left = format_remaining(int(r.remaining_s * 1000)) if r.remaining_s is not None else "—"
            alerts = "; ".join(f"{text} ×{n}" if n > 1 else text for text, n in _grouped(r.alerts))
            if r.alerts:
                alerts = f"⚠ {alerts}"
            values = (r.id, r.label, r.trainee or "—",
                      ("● " + self.tr("connecté")) if r.connected else ("○ " + self.tr("déconnecté")),
                      status, left, fmt.number(r.readings), alerts)
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c in (1, 2):  # a PC's name (up to 255 characters) or a trainee's: cut, whole in the tooltip
                    item.setText(self._fit(v))
                    if item.text() != names.visible(v):
                        item.setToolTip(names.visible(v))
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if c == 3:
                    item.setForeground(QBrush(QColor(theme.color("PASS" if r.connected else "FAIL"))))
                if c == 7 and r.alerts:
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


def _grouped(alerts: list[dict]) -> list[tuple[str, int]]:
    """Each alert's words once, with how many times it was raised, the latest last."""
    counts: dict[str, int] = {}
    for al in alerts:
        text = alert_text(al)
        counts[text] = counts.pop(text, 0) + 1
    return list(counts.items())


def _who() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system: the journal says "formateur"
        return "formateur"


def _epoch(iso: str) -> float:
    from aimm_lab.exam import clock as clk

    return clk.parse_iso(iso) / 1000
