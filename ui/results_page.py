"""An attempt's results: score per task and per competence line, the evidence of every
check, the report; exported to PDF on request."""

from __future__ import annotations

from aimm_lab.i18n import current_lang

from .qt import QCheckBox, QEvent, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget, Signal
from .results_html import ResultData, results_html


class ResultsPage(QWidget):
    export_requested = Signal()
    history_requested = Signal()
    library_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("resultsPage")
        self.data: ResultData | None = None
        self.browser = QTextBrowser(objectName="resultsText")
        self.export = QPushButton(objectName="exportPdf")
        self.export.clicked.connect(self.export_requested)
        self.history = QPushButton(objectName="showHistory")
        self.history.clicked.connect(self.history_requested)
        self.library = QPushButton(objectName="backToLibraryFromResults")
        self.library.clicked.connect(self.library_requested)
        row = QHBoxLayout()
        row.addWidget(self.library)
        row.addWidget(self.history)
        row.addStretch(1)
        self.technical = QCheckBox(objectName="technicalDetails")  # the detailed tree, on demand
        self.technical.toggled.connect(lambda _on: self.data is not None and self.show_data(self.data))
        row.addWidget(self.technical)
        row.addWidget(self.export)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser, 1)
        lay.addLayout(row)
        self.retranslate()

    def changeEvent(self, event):
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.export.setText(self.tr("E&xporter en PDF…"))
        self.history.setText(self.tr("&Historique et progression"))
        self.library.setText(self.tr("← &Bibliothèque"))
        self.technical.setText(self.tr("Détails techniques"))
        self.browser.setAccessibleName(self.tr("Résultats de la tentative"))
        if self.data is not None:
            self.show_data(self.data)

    def show_data(self, data: ResultData):
        self.data = data
        # An exam whose results the trainer has not released shows no evidence: nothing to detail.
        self.technical.setVisible(bool(getattr(data.attempt, "feedback", True)))
        # Qt lays out a 100 %-wide table one pixel wider than the page, which put a horizontal
        # scroll bar under every result: on screen the tables take 99 % (the PDF keeps 100 %).
        self.browser.setHtml(results_html(data, current_lang(), technical=self.technical.isChecked()).replace('width="100%"', 'width="99%"'))

    def html_for_pdf(self) -> str:
        return results_html(self.data, current_lang(), color=False, technical=self.technical.isChecked()) \
            if self.data else ""
