"""The progress chart: one line per block (B1, B2, B3), the percentage of each finished
attempt in the order they were taken. Drawn with QPainter (Qt Charts is deprecated)."""

from __future__ import annotations

from .qt import QColor, QEvent, QFont, QPainter, QPainterPath, QPen, QPointF, QRectF, QSize, Qt, QWidget

BLOCK_COLORS = {"B1": ("#1f6fb2", "#6cb4f0"), "B2": ("#c05a00", "#ffa957"), "B3": ("#2e7d32", "#7fd483")}
OTHER_COLORS = ("#7b1fa2", "#c68ae0")


class ProgressChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("progressChart")
        self.series: dict[str, list[tuple[int, float]]] = {}
        self.count = 0
        self.setMinimumSize(QSize(360, 220))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._describe()

    def sizeHint(self):
        return QSize(640, 260)

    def set_points(self, points: list[tuple[str, str, float]]):
        """`points`: (block, started_at ISO, percent) of finished attempts, in any order."""
        ordered = sorted(points, key=lambda p: p[1])
        self.series = {}
        for i, (block, _when, pct) in enumerate(ordered):
            self.series.setdefault(block, []).append((i, max(0.0, min(100.0, pct))))
        self.count = len(ordered)
        self._describe()
        self.update()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self._describe()
            self.update()
        super().changeEvent(event)

    def _describe(self):
        self.setAccessibleName(self.tr("Progression par bloc"))
        parts = []
        for block in sorted(self.series):
            pts = self.series[block]
            parts.append(self.tr("%1 : %2 tentative(s), dernière %3 %, meilleure %4 %")
                         .replace("%1", block).replace("%2", str(len(pts)))
                         .replace("%3", f"{pts[-1][1]:.0f}").replace("%4", f"{max(p for _, p in pts):.0f}"))
        desc = "; ".join(parts) or self.empty_text()
        self.setAccessibleDescription(desc)
        self.setToolTip(desc)

    def empty_text(self) -> str:
        """What an empty chart says: no score yet, which is also the case after an exam whose score the
        trainer has not released (that exam is finished: "no finished attempt" would be wrong)."""
        return self.tr("Aucune note à afficher pour l'instant : la note d'un examen s'affiche quand le formateur "
                       "la communique.")

    def _color(self, block: str) -> QColor:
        light, dark = BLOCK_COLORS.get(block, OTHER_COLORS)
        return QColor(dark if self.palette().window().color().lightness() < 128 else light)

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.windowText().color()
        grid = QColor(text)
        grid.setAlpha(50)
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("100 %") + 12
        legend_h = fm.height() + 10
        plot = QRectF(left, 10 + legend_h, max(10, self.width() - left - 16),
                      max(10, self.height() - 22 - legend_h - 2 * fm.height()))
        p.fillRect(self.rect(), pal.base())
        # grid and axis labels
        p.setFont(self.font())
        for pct in (0, 25, 50, 75, 100):
            y = plot.bottom() - plot.height() * pct / 100
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(text)
            p.drawText(QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"{pct} %")
        p.setPen(text)
        p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() * 0.8, plot.width(), fm.height() + 4),
                   int(Qt.AlignmentFlag.AlignCenter), self.tr("tentatives terminées, de la plus ancienne à la plus "
                                                              "récente"))
        if self.count == 0:
            p.drawText(plot, int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap), self.empty_text())
            p.end()
            return
        n = max(1, self.count - 1)

        def pos(i, pct):
            x = plot.left() + (plot.width() * i / n if self.count > 1 else plot.width() / 2)
            return QPointF(x, plot.bottom() - plot.height() * pct / 100)

        # legend
        x = plot.left()
        bold = QFont(self.font())
        bold.setBold(True)
        for block in sorted(self.series):
            color = self._color(block)
            p.setPen(QPen(color, 3))
            p.drawLine(QPointF(x, 10 + fm.height() / 2), QPointF(x + 22, 10 + fm.height() / 2))
            p.setPen(text)
            p.setFont(bold)
            p.drawText(QPointF(x + 28, 10 + fm.ascent()), block)
            x += 28 + fm.horizontalAdvance(block) + 24
        p.setFont(self.font())
        # lines and points
        for block, pts in sorted(self.series.items()):
            color = self._color(block)
            path = QPainterPath()
            for k, (i, pct) in enumerate(pts):
                pt = pos(i, pct)
                if k == 0:
                    path.moveTo(pt)
                else:
                    path.lineTo(pt)
            p.setPen(QPen(color, 2.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            p.setBrush(color)
            for i, pct in pts:
                p.drawEllipse(pos(i, pct), 4.5, 4.5)
        p.end()
