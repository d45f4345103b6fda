"""The grading page at the window's default size (1180 × 760): the rubric pane has room for its
items, their points and a comment each, beside the attempt's evidence."""

from __future__ import annotations

from gradebook_kit import make_gradebook

from aimm_lab.exam.engine import Engine


class Lab:
    def __init__(self, store):
        self._engine = Engine(store)

    def engine(self):
        return self._engine


def test_the_rubric_pane_is_not_cramped_at_1180_by_760(app, qtbot, tmp_path):
    from ui.qt import QMainWindow, QScrollArea, QTabWidget
    from ui.trainer.grading_page import GradingPage

    store = make_gradebook(tmp_path / "lab")
    try:
        w = QMainWindow()
        tabs = QTabWidget()
        page = GradingPage(Lab(store))
        tabs.addTab(page, "Notation")
        w.setCentralWidget(tabs)
        qtbot.addWidget(w)
        w.resize(1180, 760)
        w.show()
        page.filter.setCurrentIndex(page.filter.findData("all"))
        qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=10000)
        page.table.selectRow(0)
        qtbot.waitUntil(lambda: page.review is not None and bool(page.form.rows), timeout=10000)
        pane = page.form.parentWidget().parentWidget()
        assert isinstance(pane, QScrollArea)
        view = pane.viewport().size()
        assert view.height() >= 260 and view.width() >= 700, view  # was 205 × 634
        for spin, comment in page.form.rows.values():
            assert spin.width() >= spin.sizeHint().width()
            assert comment.width() >= 400, comment.width()  # was 203: a comment could not be read back
    finally:
        store.close()
