"""The countdown: a label that reads the time left from the attempt's stored deadline
(never by counting ticks), turns amber at 10 minutes and red at 5, and a compact
always-on-top window that keeps it in view while the trainee works in the OS tools."""

from __future__ import annotations

from aimm_lab.exam.clock import WARNINGS_S, format_remaining, warning_stage

from . import settings as opts
from . import theme
from .qt import (
    QEvent,
    QFont,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPainter,
    QPoint,
    QRect,
    QSize,
    QSizePolicy,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

# The core's warning stages (seconds left), largest first, and the colour each one turns the countdown.
# Room left for a title bar's buttons (minimise, maximise, close: 3 × 46 pixels on Windows 10).
TITLE_BUTTONS = 150
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


def timer_spot(free: QRect, main: QRect, strip_bottom: int, menus_right: int, size: QSize,
               buttons: int = TITLE_BUTTONS, margin: int = 8) -> QPoint:
    """Where the floating timer opens the first time (global coordinates, its top-left corner).

    `free`: the screen's free area; `main`: the main window with its frame; `strip_bottom`: the y
    where its menu bar ends; `menus_right`: the x where its last menu ends; `size`: the timer's.
    The timer sits in the band made of the main window's title bar and menu bar, right of the menus
    and left of the title bar's buttons (minimise, maximise, close; `buttons` pixels): there it covers
    only the window's title text and the empty end of its menu bar, never the close button, the
    pages' buttons (*Remettre…*) or a form. When that band is too short for it, the window's own
    title bar lies under it. Where the band has no room for it (a very narrow window), the bottom-right
    corner of the free area."""
    w, h = size.width(), size.height()
    x = main.right() - buttons - w
    if (main.isValid() and x >= max(menus_right + margin, free.left()) and x + w <= free.right()
            and free.top() <= strip_bottom <= free.bottom()):
        return QPoint(x, max(main.top(), strip_bottom - h, free.top()))
    return QPoint(free.right() - w - 3 * margin, free.bottom() - h - 3 * margin)


class ElidedLabel(QLabel):
    """A one-line label that ends its text with "…" when it is narrower than the text;
    `text()` and the tooltip keep the whole text."""

    def __init__(self, parent=None, objectName: str = ""):
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str):
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self):
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height())

    def paintEvent(self, event):
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)


class TimerWindow(QWidget):
    """A small band above all other windows: the scenario's title and the time left, in one line.
    It has no frame of its own, so it fits in the main window's title and menu bar band (see
    `timer_spot`) and covers nothing the trainee works with; it is moved by dragging it. Closing it
    (its × button) only hides it (the menu action brings it back); double-clicking it brings the
    application back in front."""

    hidden_by_user = Signal()
    activated = Signal()  # double-clicked: the trainee wants the application back

    def __init__(self, parent=None):
        # Clicking or dragging it leaves the keyboard where the trainee was working.
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint
                         | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("timerWindow")
        frame = QFrame(self, objectName="timerFrame")
        frame.setFrameShape(QFrame.Shape.Box)
        frame.setAutoFillBackground(True)
        self.title = ElidedLabel(objectName="timerTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.countdown = Countdown(self, point_size=self.font().pointSizeF() + 8)
        self.countdown.setObjectName("timerCountdown")
        self.close_button = QToolButton(objectName="timerClose")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.close)
        row = QHBoxLayout(frame)
        row.setContentsMargins(8, 1, 2, 1)
        row.setSpacing(6)
        row.addWidget(self.title, 1)
        row.addWidget(self.countdown)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self._press: QPoint | None = None  # where a drag started, from the window's corner
        self.retranslate()
        self.resize(max(400, self.sizeHint().width()), self.sizeHint().height())
        self.placed = False  # at a place of its own: the one the trainee left it at last time
        geometry = opts.get("timer/place")
        if geometry is not None and not geometry.isEmpty():
            size = self.size()
            self.restoreGeometry(geometry)
            self.resize(size)  # only where it was: its size is the one its contents need
            screen = self.screen()
            self.placed = screen is None or screen.availableGeometry().intersects(self.geometry())
        if not self.placed:
            self.place(self.screen())

    def place(self, screen, main=None):
        """The first time: in the main window's title and menu bar band (`timer_spot`), or, without a
        main window, the bottom-right corner of the screen's free area."""
        if screen is None:
            return
        free = screen.availableGeometry()
        if main is None:
            self.move(timer_spot(free, QRect(), 0, 0, self.size()))
            return
        bar = main.menuBar()
        menus = [a for a in bar.actions() if a.isVisible()]
        menus_right = max((bar.actionGeometry(a).right() for a in menus), default=0)
        origin = bar.mapToGlobal(QPoint(0, 0))
        self.move(timer_spot(free, main.frameGeometry(), origin.y() + bar.height(), origin.x() + menus_right,
                             self.size()))
        self.placed = True

    def mousePressEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.globalPosition().toPoint() - self.frameGeometry().topLeft()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event):
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._press)
            self.placed = True
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event):
        self._press = None
        super().mouseReleaseEvent(event)

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
        self.setToolTip(self.tr("Double-cliquez pour revenir à AIMM Lab ; faites glisser pour le déplacer"))
        self.close_button.setToolTip(self.tr("Fermer le minuteur (menu Affichage pour le rouvrir)"))
        self.close_button.setAccessibleName(self.tr("Fermer le minuteur"))

    def set_title(self, text: str):
        self.title.setText(text)

    def closeEvent(self, event):
        opts.put("timer/place", self.saveGeometry())
        self.hidden_by_user.emit()
        super().closeEvent(event)

    def hideEvent(self, event):
        opts.put("timer/place", self.saveGeometry())
        super().hideEvent(event)
