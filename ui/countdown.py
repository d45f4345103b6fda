"""The countdown: a label that reads the time left from the attempt's stored deadline
(never by counting ticks), turns amber at 10 minutes and red at 5, and a compact
always-on-top window that keeps it in view while the trainee works in the OS tools."""

from __future__ import annotations

from aimm_lab.exam.clock import WARNINGS_S, format_remaining, warning_stage

from . import settings as opts
from . import theme
from .qt import QEvent, QFont, QLabel, Qt, QVBoxLayout, QWidget, Signal

# The core's warning stages (seconds left), largest first, and the colour each one turns the countdown.
LEVELS = dict(zip(sorted(WARNINGS_S, reverse=True), ("warn10", "warn5"), strict=True))


def level(remaining_s: float | None) -> str:
    """The colour level for a time left in seconds, from the core's warning stages
    (`clock.warning_stage`): "normal", "warn10" (10 minutes or less) or "warn5" (5 or less)."""
    stage = warning_stage(None if remaining_s is None else remaining_s * 1000)
    return LEVELS.get(stage, "normal")


class Countdown(QLabel):
    """Shows "42:10" (time left) or, for an untimed attempt, the time spent."""

    def __init__(self, parent=None, point_size: float = 20):
        super().__init__(parent)
        self.setObjectName("countdown")
        f = QFont(self.font())
        f.setPointSizeF(point_size)
        f.setBold(True)
        f.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(f)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remaining_s: float | None = None
        self.elapsed_s: float = 0.0
        self.timed = True
        self.level = "normal"
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0:00:00") + 24)

    def changeEvent(self, event):
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self._render()
        super().changeEvent(event)

    def show_time(self, remaining_s: float | None, elapsed_s: float = 0.0, timed: bool = True):
        self.remaining_s, self.elapsed_s, self.timed = remaining_s, elapsed_s, timed
        self._render()

    def _render(self):
        if self.timed:
            ms = None if self.remaining_s is None else int(self.remaining_s * 1000)
            self.setText(format_remaining(ms) if ms is not None else "00:00")
            self.level = level(self.remaining_s)
            self.setAccessibleName(self.tr("Temps restant : %1").replace("%1", self.text()))
            tip = {"normal": self.tr("Temps restant"),
                   "warn10": self.tr("Moins de 10 minutes restantes"),
                   "warn5": self.tr("Moins de 5 minutes restantes")}[self.level]
        else:
            self.setText(format_remaining(int(self.elapsed_s * 1000)))
            self.level = "normal"
            self.setAccessibleName(self.tr("Temps passé (sans limite) : %1").replace("%1", self.text()))
            tip = self.tr("Sans limite de temps : temps passé depuis le début")
        self.setToolTip(tip)
        style = "" if self.level == "normal" else f"QLabel {{ color: {theme.color(self.level)}; }}"
        if style != self.styleSheet():  # a new style sheet sends a PaletteChange: set it only when it changes
            self.setStyleSheet(style)


class TimerWindow(QWidget):
    """A small window above all others: the time left and the scenario's title. Closing it
    only hides it (the menu action brings it back)."""

    hidden_by_user = Signal()
    activated = Signal()  # double-clicked: the trainee wants the application back

    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("timerWindow")
        self.title = QLabel(objectName="timerTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.countdown = Countdown(self, point_size=26)
        self.countdown.setObjectName("timerCountdown")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 8)
        lay.addWidget(self.title)
        lay.addWidget(self.countdown)
        self.retranslate()
        self.resize(220, 100)
        geometry = opts.get("timer/geometry")
        if geometry is not None and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            screen = self.screen()
            if screen is not None and not screen.availableGeometry().intersects(self.geometry()):
                self.place(screen)  # saved on a screen that is gone
        else:
            self.place(self.screen())

    def place(self, screen):
        """The first time: the bottom-right corner of the screen's free area, away from the main
        window's title bar (close button) and its top bar (*Remettre…*)."""
        if screen is None:
            return
        free = screen.availableGeometry()
        margin = 24
        self.move(free.right() - self.width() - margin, free.bottom() - self.height() - margin - 40)

    def mouseDoubleClickEvent(self, event):
        self.activated.emit()
        super().mouseDoubleClickEvent(event)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.setWindowTitle(self.tr("Minuteur — AIMM Lab"))
        self.setAccessibleName(self.tr("Minuteur"))
        self.setToolTip(self.tr("Double-cliquez pour revenir à AIMM Lab"))

    def set_title(self, text: str):
        self.title.setText(text)

    def closeEvent(self, event):
        opts.put("timer/geometry", self.saveGeometry())
        self.hidden_by_user.emit()
        super().closeEvent(event)

    def hideEvent(self, event):
        opts.put("timer/geometry", self.saveGeometry())
        super().hideEvent(event)
