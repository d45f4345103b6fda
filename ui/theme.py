"""Follow the system's light or dark palette, and the few colours the window adds
(countdown warnings, outcomes), chosen to read well on either."""

from __future__ import annotations

from .qt import QApplication, QColor, QFont, QGuiApplication, QPalette, Qt

_connected = False


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def _dark_palette() -> QPalette:
    pal = QPalette()
    base, window, text = QColor(30, 30, 30), QColor(45, 45, 48), QColor(230, 230, 230)
    for role, color in [
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, QColor(40, 40, 43)),
        (QPalette.ColorRole.ToolTipBase, window), (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.BrightText, QColor(255, 100, 100)),
        (QPalette.ColorRole.Highlight, QColor(42, 130, 218)), (QPalette.ColorRole.HighlightedText, QColor(0, 0, 0)),
        (QPalette.ColorRole.Link, QColor(100, 170, 255)), (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
    ]:
        pal.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(127, 127, 127))
    return pal


def heading(label, scale: float = 1.45) -> None:
    """A page's title: larger and bold (a font, not a style sheet: style sheets slow every widget)."""
    f = QFont(label.font())
    f.setPointSizeF(f.pointSizeF() * scale)
    f.setBold(True)
    label.setFont(f)


def apply(app: QApplication) -> None:
    """Where the platform style does not follow the system's dark mode itself (Fusion on
    Linux desktops without a platform theme), give Fusion a dark palette when asked for."""
    global _connected
    hints = app.styleHints()
    scheme = hints.colorScheme()
    style = app.style().name().lower() if app.style() else ""
    if scheme == Qt.ColorScheme.Dark and not is_dark(app.palette()) and style in ("fusion", ""):
        app.setPalette(_dark_palette())
    elif scheme == Qt.ColorScheme.Light and is_dark(app.palette()) and style == "fusion":
        app.setPalette(app.style().standardPalette())
    if not _connected:
        hints.colorSchemeChanged.connect(lambda _s: apply(app))
        _connected = True


# Outcome colours: (light theme, dark theme)
COLORS = {
    "PASS": ("#1b7a2e", "#6fd884"),
    "FAIL": ("#b3261e", "#ff8a80"),
    "ERROR": ("#8a5a00", "#ffcc66"),
    "UNSUPPORTED": ("#5f6368", "#b0b4b8"),
    "warn10": ("#8a5a00", "#ffcc66"),
    "warn5": ("#b3261e", "#ff8a80"),
}


def color(key: str) -> str:
    light, dark = COLORS[key]
    return dark if is_dark() else light
