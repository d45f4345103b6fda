"""Exporting an attempt's results to PDF through Qt (QTextDocument printed on a QPdfWriter)."""

from __future__ import annotations

from pathlib import Path

from aimm_lab.errors import AimmError
from aimm_lab.i18n import T

from .qt import QMarginsF, QPageLayout, QPageSize, QPdfWriter, QTextDocument


def write_pdf(html: str, path: str | Path, title: str = "") -> Path:
    """Lay out the HTML on A4 pages and write the PDF. Runs on the main thread (Qt's text
    layout is not thread-safe); an attempt's report is a few pages and takes milliseconds."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("AIMM Lab")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.print_(writer)
    del writer  # the file is complete once the writer is gone
    if not path.is_file() or path.stat().st_size == 0:
        raise AimmError(T(f"le PDF n'a pas pu être écrit : {path} (dossier en lecture seule ?)",
                          f"the PDF could not be written: {path} (read-only folder?)"))
    return path
