"""The trainee's attempt history with a progress chart per block."""

from __future__ import annotations

from aimm_lab.i18n import current_lang
from aimm_lab.words import STATUS_TEXT

from . import labels, theme
from .chart import ProgressChart
from .qt import (
    QAbstractItemView,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .results_html import local_time


class HistoryPage(QWidget):
    open_attempt = Signal(str)
    library_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.attempts = []
        self.trainee = ""
        self.heading = QLabel(objectName="pageHeading")
        theme.heading(self.heading)
        self.chart = ProgressChart(self)
        self.table = QTableWidget(0, 6, objectName="historyTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda item: self._open(item.row()))
        self.table.itemSelectionChanged.connect(
            lambda: self.open_button.setEnabled(bool(self.table.selectionModel().selectedRows())))
        self.open_button = QPushButton(objectName="openAttempt")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.back = QPushButton(objectName="backToLibraryFromHistory")
        self.back.clicked.connect(self.library_requested)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.open_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.chart, 2)
        lay.addWidget(self.table, 3)
        lay.addLayout(row)
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.heading.setText(self.tr("Historique de %1").replace("%1", self.trainee) if self.trainee
                             else self.tr("Historique"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Scénario"), self.tr("Bloc"),
                                              self.tr("Mode"), self.tr("État"), self.tr("Note")])
        self.table.setAccessibleName(self.tr("Tentatives"))
        self.open_button.setText(self.tr("&Voir les résultats"))
        self.back.setText(self.tr("← &Bibliothèque"))
        self.populate()

    def set_attempts(self, trainee: str, attempts: list):
        self.trainee = trainee
        self.attempts = list(attempts)
        self.retranslate()

    def populate(self):
        lang = current_lang()
        self.table.setRowCount(len(self.attempts))
        points = []
        for r, a in enumerate(self.attempts):
            status = STATUS_TEXT.get(a.status)
            if a.is_open:
                score = self.tr("en cours")
            elif not a.feedback:
                score = self.tr("non communiquée")
            elif a.max_score:
                score = f"{labels.points(a.score)} / {labels.points(a.max_score)} ({100 * a.score / a.max_score:.0f} %)"
                points.append((a.block, a.started_at, 100 * a.score / a.max_score))
            else:
                score = "—"
            cells = [local_time(a.started_at, lang), a.title.get(lang), a.block, labels.mode(a.mode),
                     status.get(lang) if status else a.status, score]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, a.id)
                self.table.setItem(r, c, item)
        self.chart.set_points(points)

    def _open(self, row: int):
        if 0 <= row < self.table.rowCount():
            self.open_attempt.emit(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
