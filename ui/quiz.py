"""Quiz items: single choice, multiple choice, ordering and matching, with SVG pictures
from assets/. Ordering and matching show their choices shuffled (the file lists them in
the right order), the same way for the same attempt."""

from __future__ import annotations

import random
import re

from aimm_lab.i18n import current_lang
from aimm_lab.paths import assets_dir

from .qt import (
    QButtonGroup,
    QByteArray,
    QCheckBox,
    QComboBox,
    QEvent,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSize,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    svg,
)


def _svg_widget(path, max_height: int = 160) -> QWidget:
    _QtSvg, QtSvgWidgets = svg()
    w = QtSvgWidgets.QSvgWidget(str(path))
    size = w.renderer().defaultSize()
    if size.height() > 0:
        h = min(max_height, size.height())
        w.setFixedSize(QSize(int(size.width() * h / size.height()), h))
    return w


# The eight conductors of a twisted-pair cable (the French names scenarios use): solid colour,
# and for the white ones the colour of their stripe.
WIRES = {
    "orange": ("#f28c28", None), "blanc-orange": ("#ffffff", "#f28c28"),
    "vert": ("#2e9e48", None), "blanc-vert": ("#ffffff", "#2e9e48"),
    "bleu": ("#2f6fd0", None), "blanc-bleu": ("#ffffff", "#2f6fd0"),
    "marron": ("#7b4a2a", None), "blanc-marron": ("#ffffff", "#7b4a2a"),
}
_SLOT = re.compile(r'<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="#f4f4f4"[^>]*/>')
_UNKNOWN = re.compile(r"(<text [^>]*>)\?(</text>)")


def wired_svg(base: str, wires: list[str]) -> str:
    """A plug diagram with empty wire slots ("?" under each) drawn with the wires in this order:
    slot i gets the colour of wires[i] (striped for the white ones) and loses its "?"."""
    slots = list(_SLOT.finditer(base))
    marks = list(_UNKNOWN.finditer(base))
    if len(slots) != len(wires) or len(marks) != len(wires):
        return base
    out, last = [], 0
    for m, wire in zip(slots, wires, strict=True):
        x, y, w, h = (float(v) for v in m.groups())
        fill, stripe = WIRES[wire]
        drawn = f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{fill}" stroke="#555" stroke-width="1"/>'
        if stripe:
            drawn += "".join(f'<rect x="{x}" y="{y + k}" width="{w}" height="8" fill="{stripe}"/>'
                             for k in range(0, int(h) - 8, 20))
        out += [base[last:m.start()], drawn]
        last = m.end()
    out.append(base[last:])
    return _UNKNOWN.sub(r"\1\2", "".join(out))


class Choice(QWidget):
    """A radio button or a check box whose text wraps onto several lines (a long answer never
    makes the question wider than the page); clicking the text clicks the button."""

    def __init__(self, button, parent=None):
        super().__init__(parent)
        self.button = button
        self.label = QLabel(objectName="choiceText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.installEventFilter(self)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.label, 1)

    def setText(self, text: str):
        self.label.setText(text)
        self.button.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()

    def eventFilter(self, obj, event):
        if (obj is self.label and event.type() == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled()):
            self.button.click()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        return super().eventFilter(obj, event)


class Question(QGroupBox):
    changed = Signal()

    def __init__(self, index: int, q, seed: str, parent=None):
        super().__init__(parent)
        self.index, self.q = index, q
        self.setObjectName(f"question_{index}")
        self._loading = False
        self.prompt = QLabel(objectName="questionPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.MarkdownText)
        self.how = QLabel(objectName="questionHow")
        self.how.setWordWrap(True)
        f = self.how.font()
        f.setItalic(True)
        self.how.setFont(f)
        lay = QVBoxLayout(self)
        lay.addWidget(self.prompt)
        lay.addWidget(self.how)
        self.picture = None
        self.picture_svg = ""  # the diagram as drawn now (an order of wires shows on it)
        if q.image:
            path = assets_dir() / q.image
            if path.is_file():
                pic = _svg_widget(path)
                pic.setObjectName("questionImage")
                lay.addWidget(pic, 0, Qt.AlignmentFlag.AlignLeft)
                self.picture = pic
                self.picture_base = path.read_text(encoding="utf-8")
                self.picture_svg = self.picture_base
        rng = random.Random(f"{seed}:{index}")
        self.buttons: list = []
        if q.type in ("single", "multiple"):
            self.group = QButtonGroup(self)
            self.group.setExclusive(q.type == "single")
            self.choice_rows: list[Choice] = []
            for i, _c in enumerate(q.choices):
                b = QRadioButton() if q.type == "single" else QCheckBox()
                b.setObjectName(f"q{index}_choice{i}")
                self.group.addButton(b, i)
                self.buttons.append(b)
                row = Choice(b)
                self.choice_rows.append(row)
                lay.addWidget(row)
                b.toggled.connect(self._changed)
        elif q.type == "order":
            self.order = list(range(len(q.choices)))
            while len(self.order) > 1 and self.order == sorted(self.order):
                rng.shuffle(self.order)
            row = QHBoxLayout()
            self.list = QListWidget(objectName=f"q{index}_order")
            self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
            self.list.model().rowsMoved.connect(self._changed)
            self.list.model().rowsMoved.connect(lambda *_: self._renumber())
            side = QVBoxLayout()
            self.up = QPushButton(objectName=f"q{index}_up")
            self.down = QPushButton(objectName=f"q{index}_down")
            self.up.clicked.connect(lambda: self._move(-1))
            self.down.clicked.connect(lambda: self._move(1))
            side.addWidget(self.up)
            side.addWidget(self.down)
            side.addStretch(1)
            row.addWidget(self.list, 1)
            row.addLayout(side)
            lay.addLayout(row)
            self.touched = False
        elif q.type == "match":
            self.rights = list(range(len(q.pairs)))
            rng.shuffle(self.rights)
            form = QFormLayout()
            self.combos: list[QComboBox] = []
            self.left_labels: list[QLabel] = []
            for i, _pair in enumerate(q.pairs):
                combo = QComboBox(objectName=f"q{index}_match{i}")
                combo.currentIndexChanged.connect(self._changed)
                label = QLabel()
                label.setWordWrap(True)
                label.setBuddy(combo)
                self.combos.append(combo)
                self.left_labels.append(label)
                form.addRow(label, combo)
            lay.addLayout(form)
        self.retranslate()
        if q.type == "order":
            self.list.setFixedHeight(self.list.sizeHintForRow(0) * len(q.choices) + 2 * self.list.frameWidth() + 8)

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        lang = current_lang()
        q = self.q
        self.setTitle(self.tr("Question %1").replace("%1", str(self.index + 1)))
        hint = {"single": self.tr("Une seule réponse."), "multiple": self.tr("Plusieurs réponses possibles."),
                "order": self.tr("Remettez dans l'ordre : glisser-déposer, ou choisir une ligne puis Monter / "
                                 "Descendre."),
                "match": self.tr("Associez chaque élément de gauche à un élément de la liste.")}[q.type]
        self.prompt.setText(q.prompt.get(lang))
        self.prompt.setAccessibleName(self.tr("Question %1").replace("%1", str(self.index + 1)))
        self.how.setText(hint)
        self._loading = True
        if q.type in ("single", "multiple"):
            for row, c in zip(self.choice_rows, q.choices, strict=True):
                row.setText(c.get(lang))
        elif q.type == "order":
            current = self.current_order()
            self.list.clear()
            for i in current:
                item = QListWidgetItem(q.choices[i].get(lang))
                item.setData(Qt.ItemDataRole.UserRole, i)
                self.list.addItem(item)
            self._renumber()
            self.list.setAccessibleName(self.tr("Éléments à ordonner"))
            self.up.setText(self.tr("Monter"))
            self.down.setText(self.tr("Descendre"))
        elif q.type == "match":
            for i, (combo, label) in enumerate(zip(self.combos, self.left_labels, strict=True)):
                label.setText(q.pairs[i][0].get(lang))
                chosen = combo.currentData()
                combo.clear()
                combo.addItem(self.tr("— choisir —"), None)
                for j in self.rights:
                    combo.addItem(q.pairs[j][1].get(lang), j)
                combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
                combo.setAccessibleName(q.pairs[i][0].get(lang))
        self._loading = False

    def _renumber(self):
        """"1. …", "2. …": the position each item has now; a wiring diagram follows the order."""
        lang = current_lang()
        for r in range(self.list.count()):
            item = self.list.item(r)
            item.setText(f"{r + 1}. {self.q.choices[item.data(Qt.ItemDataRole.UserRole)].get(lang)}")
        self._draw_wires()

    def _draw_wires(self):
        if self.picture is None or self.q.type != "order":
            return
        wires = [self.q.choices[i].fr for i in self.current_order()]
        if not all(w in WIRES for w in wires):
            return
        svg_text = wired_svg(self.picture_base, wires)
        if svg_text != self.picture_svg:
            self.picture_svg = svg_text
            self.picture.load(QByteArray(svg_text.encode("utf-8")))

    def current_order(self) -> list[int]:
        if self.list.count() == 0:
            return list(self.order)
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())]

    def _move(self, delta: int):
        row = self.list.currentRow()
        to = row + delta
        if row < 0 or not 0 <= to < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(to, item)
        self.list.setCurrentRow(to)
        self._renumber()
        self._changed()

    def _changed(self, *_):
        if self._loading:
            return
        if self.q.type == "order":
            self.touched = True
        self.changed.emit()

    def answer(self):
        """The engine's shape: single -> int, multiple -> [int], order -> [int...], match -> [int...];
        None while unanswered (or, for matching, while a pair is missing)."""
        t = self.q.type
        if t == "single":
            i = self.group.checkedId()
            return None if i < 0 else i
        if t == "multiple":
            chosen = [i for i, b in enumerate(self.buttons) if b.isChecked()]
            return chosen or None
        if t == "order":
            return self.current_order() if self.touched else None
        if t == "match":
            chosen = [c.currentData() for c in self.combos]
            if any(x is None for x in chosen) or sorted(chosen) != list(range(len(chosen))):
                return None
            return chosen
        return None

    def set_answer(self, a):
        self._loading = True
        try:
            t = self.q.type
            if a is None:
                return
            if t == "single":
                ids = a if isinstance(a, list) else [a]
                if ids and 0 <= ids[0] < len(self.buttons):
                    self.buttons[ids[0]].setChecked(True)
            elif t == "multiple":
                for i, b in enumerate(self.buttons):
                    b.setChecked(i in (a if isinstance(a, list) else [a]))
            elif t == "order":
                self.order = list(a)
                self.list.clear()
                self.touched = True
            elif t == "match":
                for combo, j in zip(self.combos, a, strict=False):
                    combo.setCurrentIndex(max(0, combo.findData(j)))
        finally:
            self._loading = False
        if self.q.type == "order":
            self.retranslate()


class QuizWidget(QWidget):
    changed = Signal()

    def __init__(self, task, seed: str, parent=None):
        super().__init__(parent)
        self.setObjectName("quizWidget")
        self.task = task
        self.questions = [Question(i, q, seed) for i, q in enumerate(task.questions)]
        host = QWidget()
        inner = QVBoxLayout(host)
        for q in self.questions:
            q.changed.connect(self.changed)
            inner.addWidget(q)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(host)
        self.saved = QLabel(objectName="quizSaved")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.saved)

    def answers(self) -> list:
        return [q.answer() for q in self.questions]

    def set_answers(self, answers: list):
        for q, a in zip(self.questions, answers or [], strict=False):
            q.set_answer(a)

    def unanswered(self) -> int:
        return sum(a is None for a in self.answers())

    # ---------------------------------------------------------------- the attempt page's questions
    @classmethod
    def for_attempt(cls, task, attempt, facts) -> QuizWidget:
        quiz = cls(task, seed=attempt.id)
        quiz.set_answers(facts.quiz.get(task.id) or [])
        return quiz

    def status(self) -> str:
        return "SAVED" if self.unanswered() < len(self.task.questions) else "EMPTY"

    def todo(self) -> list[str]:
        title = self.task.title.get(current_lang())
        if self.status() == "EMPTY":
            return [self.tr("« %1 » : pas commencée").replace("%1", title)]
        if self.unanswered():
            return [self.tr("« %1 » : %n question(s) sans réponse", "", self.unanswered()).replace("%1", title)]
        return []

    def saver(self, attempt_id: str):
        answers, tid = self.answers(), self.task.id
        return lambda eng: eng.answer_quiz(attempt_id, tid, answers)
