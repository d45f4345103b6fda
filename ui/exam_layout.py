"""The layout an attempt's page and a room seat's page share: the title and mode on the left, the
countdown and its caption on the right; the task list beside the stack of task panels."""

from __future__ import annotations

from .qt import QHBoxLayout, QSplitter, Qt, QVBoxLayout


def exam_header(title, mode_label, countdown, caption) -> QHBoxLayout:
    """Title over mode label (stretching), countdown over its caption (at the right)."""
    head = QHBoxLayout()
    titles = QVBoxLayout()
    titles.addWidget(title)
    titles.addWidget(mode_label)
    head.addLayout(titles, 1)
    clock = QVBoxLayout()
    clock.setSpacing(0)
    clock.addWidget(countdown)
    clock.addWidget(caption)
    head.addLayout(clock)
    return head


def task_split(task_list, stack, list_width: int) -> QSplitter:
    """The task list (`list_width` px to start with) beside the task panels, which take the rest."""
    split = QSplitter(Qt.Orientation.Horizontal)
    split.addWidget(task_list)
    split.addWidget(stack)
    split.setStretchFactor(1, 1)
    split.setChildrenCollapsible(False)
    split.setSizes([list_width, 800])
    return split
