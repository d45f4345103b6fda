"""The mouse wheel scrolls forms; it never changes an answer by accident.

Qt lets a combo box or a spin box take the wheel as soon as the pointer is over it (and even
gives it the focus): scrolling a long form (the intervention report, a quote, the quiz, the
trainer's grading) over the "Cause racine" list changed the answer and saved it. The guard,
installed once on the application, applies to every combo and spin box of every screen,
present or future: they take the focus by click or Tab only, and a wheel over one that does
not have the focus goes to the form around it, which scrolls.
"""

from __future__ import annotations

from .qt import QAbstractSpinBox, QComboBox, QEvent, QObject, Qt

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(obj, GUARDED):
            if obj.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel no longer gives it the focus
        elif kind == QEvent.Type.Wheel and isinstance(obj, GUARDED) and not obj.hasFocus():
            event.ignore()  # not for this field: Qt hands the wheel to its parent (the scrolling form)
            return True
        return False


_guard: WheelGuard | None = None


def install(app) -> WheelGuard:
    """Install the guard on the application (once)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard
