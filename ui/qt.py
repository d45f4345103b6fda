"""The one funnel for Qt imports (as qutebrowser's `qutebrowser/qt/`).

Every other module of `ui/` imports Qt names from here, so "only ui/ imports Qt" and
"which Qt classes do we use" are each one grep away. Names are looked up in their Qt module
on first use (PEP 562): PySide6 builds each class's Python type when it is first touched
(about half a millisecond each), so a name no start-up screen needs costs nothing at
start-up. Qt SVG is imported on first use (`svg()`).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from shiboken6 import isValid as is_alive

# Where each name comes from: the list of what ui/ uses.
NAMES: dict[str, tuple[str, ...]] = {
    "QtCore": (
        "QT_TRANSLATE_NOOP", "QByteArray", "QCoreApplication", "QDateTime", "QEvent", "QLibraryInfo",
        "QLocale", "QMarginsF", "QObject", "QPoint", "QPointF", "QRect", "QRectF", "QRunnable", "QSettings", "QSize",
        "QSizeF", "Qt", "QThreadPool", "QTimer", "QTranslator", "QUrl", "Signal", "Slot",
    ),
    "QtGui": (
        "QAction", "QActionGroup", "QBrush", "QCloseEvent", "QColor", "QFont", "QFontMetrics",
        "QGuiApplication", "QIcon", "QKeySequence", "QMouseEvent", "QWheelEvent", "QPageLayout", "QPageSize", "QPainter", "QPainterPath",
        "QPalette", "QPdfWriter", "QPen", "QPixmap", "QTextDocument",
    ),
    "QtWidgets": (
        "QAbstractButton", "QAbstractItemView", "QAbstractSpinBox", "QApplication", "QButtonGroup", "QCheckBox", "QComboBox", "QDialog",
        "QDialogButtonBox", "QDoubleSpinBox", "QFileDialog", "QFormLayout", "QFrame", "QGridLayout",
        "QGroupBox", "QHBoxLayout", "QHeaderView", "QInputDialog", "QLabel", "QLineEdit", "QListWidget",
        "QListWidgetItem", "QMainWindow", "QMenu", "QMessageBox", "QPlainTextEdit", "QProgressBar",
        "QPushButton", "QRadioButton", "QScrollArea", "QSizePolicy", "QSpinBox", "QSplitter",
        "QStackedWidget", "QStatusBar", "QStyle", "QTableWidget", "QTableWidgetItem", "QTabWidget",
        "QTextBrowser", "QToolBar", "QToolButton", "QTreeWidget", "QTreeWidgetItem", "QVBoxLayout", "QWidget",
    ),
}

_MODULES = {"QtCore": QtCore, "QtGui": QtGui, "QtWidgets": QtWidgets}
_HOME = {name: module for module, names in NAMES.items() for name in names}


def __getattr__(name: str):
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"ui.qt has no {name!r}: add it to ui.qt.NAMES")
    value = getattr(_MODULES[module], name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_HOME))


def svg():
    """Qt SVG (QSvgWidget, QSvgRenderer), imported on first use."""
    from PySide6 import QtSvg, QtSvgWidgets

    return QtSvg, QtSvgWidgets


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate; `pyside6-lupdate` collects `translate("Context", "…")` calls."""
    return QtCore.QCoreApplication.translate(context, text, disambiguation, n)


__all__ = ["is_alive", "svg", "translate", *_HOME]
