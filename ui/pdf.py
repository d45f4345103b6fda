"""Exporting an attempt's results to PDF through Qt (QTextDocument printed on a QPdfWriter)."""

from __future__ import annotations

from pathlib import Path

from aimm_lab.errors import AimmError
from aimm_lab.i18n import T

from .qt import QFont, QMarginsF, QPageLayout, QPageSize, QPdfWriter, QSizeF, QTextDocument


def write_pdf(html: str, path: str | Path, title: str = "", point_size: float | None = None) -> Path:
    """Lay out the HTML on A4 pages inside 15 mm margins and write the PDF. The document is laid
    out on the PDF writer itself (its resolution, its printable area), so tables use the whole
    width of the page. Runs on the main thread (Qt's text layout is not thread-safe); a report
    is a few pages and takes milliseconds. `point_size` sets the base font (headings scale)."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("AIMM Lab")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDocumentMargin(0)
    if point_size:
        font = QFont(doc.defaultFont())
        font.setPointSizeF(point_size)
        doc.setDefaultFont(font)
    doc.setHtml(html)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(area.width(), area.height()))
    doc.print_(writer)
    del writer  # the file is complete once the writer is gone
    if not path.is_file() or path.stat().st_size == 0:
        raise AimmError(T(f"le PDF n'a pas pu être écrit : {path} (dossier absent ou en lecture seule ?)",
                          f"the PDF could not be written: {path} (missing or read-only folder?)"))
    return path
