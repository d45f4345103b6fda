"""Who is working: choose a known trainee or add one."""

from __future__ import annotations

from aimm_lab import names
from aimm_lab.i18n import current_lang

from .qt import (
    QDialog,
    QDialogButtonBox,
    QEvent,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
)


class TraineeDialog(QDialog):
    """After `exec()`: `chosen_id` (a known trainee) or `new_name` (one to add)."""

    def __init__(self, trainees: list[dict], current_id: int | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("traineeDialog")
        self.chosen_id: int | None = None
        self.new_name: str | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget(objectName="traineeList")
        for t in trainees:
            item = QListWidgetItem(t["name"])
            item.setData(Qt.ItemDataRole.UserRole, t["id"])
            self.list.addItem(item)
            if t["id"] == current_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _i: self._choose())
        self.new_label = QLabel()
        self.name = QLineEdit(objectName="newTraineeName")
        self.new_label.setBuddy(self.name)
        self.add = QPushButton(objectName="addTrainee")
        self.add.setEnabled(False)
        self.add.clicked.connect(self._add)
        self.name.textChanged.connect(lambda s: self.add.setEnabled(bool(s.strip())))
        self.name.returnPressed.connect(self._add)
        self.message = QLabel(objectName="traineeMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.count() > 0)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.add)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.new_label)
        lay.addLayout(row)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.first = not trainees  # nobody on this PC yet: no empty list to choose from
        if self.first:
            self.list.hide()
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
            self.name.setFocus()
        self.retranslate()
        self.resize(420, 380 if trainees else self.sizeHint().height())

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.setWindowTitle(self.tr("Qui êtes-vous ?"))
        self.intro.setText(self.tr("Personne n'est encore inscrit sur ce poste : écrivez votre prénom et votre nom, "
                                   "puis « Ajouter ».") if self.first else
                           self.tr("Choisissez votre nom dans la liste, ou ajoutez-vous si c'est votre "
                                   "première fois sur ce poste."))
        self.list.setAccessibleName(self.tr("Stagiaires connus"))
        self.new_label.setText(self.tr("&Nouveau stagiaire (prénom et nom) :"))
        self.name.setPlaceholderText(self.tr("ex. Camille Martin"))
        self.name.setAccessibleName(self.tr("Nom du nouveau stagiaire"))
        self.add.setText(self.tr("&Ajouter"))

    def _add(self):
        name = names.clean(self.name.text())  # full-width letters read as plain ones
        if not name:
            return
        if len(name) > 80:
            self.message.setText(self.tr("Ce nom est trop long (80 caractères au plus)."))
            return
        why = names.problem(name)  # invisible characters, two alphabets, stacked accents
        if why is not None:
            self.message.setText(names.refused(why).get(current_lang()))
            return
        for i in range(self.list.count()):
            if names.key(self.list.item(i).text()) == names.key(name):  # the same name to the eye
                self.list.setCurrentRow(i)
                self.message.setText(self.tr("%1 est déjà dans la liste : choisi.").replace("%1", name))
                return
        self.new_name = name
        self.accept()

    def _choose(self):
        item = self.list.currentItem()
        if item is None:
            self.message.setText(self.tr("Choisissez un nom, ou ajoutez-en un."))
            return
        self.chosen_id = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
