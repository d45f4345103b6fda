"""The one funnel for Qt imports (as qutebrowser's `qutebrowser/qt/`).

Every other module of `ui/` imports Qt names from here, so "only ui/ imports Qt" and
"which Qt classes do we use" are each one grep away. Qt SVG and print support are
imported on first use (`svg()`), which keeps start-up short.
"""

# ruff: noqa: F401 - this module exists to re-export Qt names
from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLibraryInfo,
    QLocale,
    QMarginsF,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    QRunnable,
    QSettings,
    QSize,
    QSizeF,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QBrush,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPalette,
    QPdfWriter,
    QPen,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid as is_alive


def svg():
    """Qt SVG (QSvgWidget, QSvgRenderer), imported on first use."""
    from PySide6 import QtSvg, QtSvgWidgets

    return QtSvg, QtSvgWidgets


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate; `pyside6-lupdate` collects `translate("Context", "…")` calls."""
    return QCoreApplication.translate(context, text, disambiguation, n)


__all__ = [name for name in dir() if name.startswith("Q") or name in (
    "Qt", "Signal", "Slot", "QT_TRANSLATE_NOOP", "is_alive", "svg", "translate")]
