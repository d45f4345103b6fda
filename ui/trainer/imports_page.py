"""Collecting results: result bundles from the other lab PCs, chosen as files or as a whole
folder (a USB key, a network share), each checked and merged on its own; a tampered bundle is
refused with its reason. On a lab PC, the same page writes this PC's bundle. Both ends need the
same trainer secret, set here."""

from __future__ import annotations

import os
from pathlib import Path

from aimm_lab.exam.bundles import (
    MIN_SECRET,
    BundleError,
    export_bundle,
    key_id,
    load_seat_key,
    load_secret,
    secret_path,
)
from aimm_lab.i18n import current_lang
from aimm_lab.trainer.collect import collect, summary

from .. import settings as opts
from .. import theme
from ..ops import run_op
from ..qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QEvent,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)


def secret_status():
    """(key id, None) when a secret is set, else (None, the reason)."""
    try:
        return key_id(load_secret()), None
    except BundleError as e:
        return None, e


def save_secret(value: str) -> Path:
    value = value.strip()
    if len(value) < MIN_SECRET:
        from aimm_lab.i18n import T

        raise BundleError(T(f"secret trop court : {MIN_SECRET} caractères au moins",
                            f"secret too short: at least {MIN_SECRET} characters"))
    path = secret_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(value + "\n")
    tmp.replace(path)
    return path


class ImportsPage(QWidget):
    imported = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("importsPage")
        self.session = session
        self.results = []

        self.secret_box = QGroupBox(objectName="secretBox")
        self.secret_state = QLabel(objectName="secretState")
        self.secret_state.setWordWrap(True)
        self.secret_edit = QLineEdit(objectName="secretEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_button = QPushButton(objectName="saveSecret")
        self.secret_button.clicked.connect(self.set_secret)
        sl = QVBoxLayout(self.secret_box)
        sl.addWidget(self.secret_state)
        row = QHBoxLayout()
        row.addWidget(self.secret_edit, 1)
        row.addWidget(self.secret_button)
        sl.addLayout(row)

        self.import_box = QGroupBox(objectName="importBox")
        self.intro = QLabel(objectName="importIntro")
        self.intro.setWordWrap(True)
        self.files_button = QPushButton(objectName="importFiles")
        self.folder_button = QPushButton(objectName="importFolder")
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.summary = QLabel(objectName="importSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 2, objectName="importResults")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        il = QVBoxLayout(self.import_box)
        il.addWidget(self.intro)
        row2 = QHBoxLayout()
        row2.addWidget(self.files_button)
        row2.addWidget(self.folder_button)
        row2.addStretch(1)
        il.addLayout(row2)
        il.addWidget(self.summary)
        il.addWidget(self.table, 1)

        self.export_box = QGroupBox(objectName="exportBox")
        self.export_intro = QLabel(objectName="exportIntro")
        self.export_intro.setWordWrap(True)
        self.export_button = QPushButton(objectName="exportBundle")
        self.export_button.clicked.connect(self.choose_export)
        self.export_message = QLabel(objectName="exportMessage")
        self.export_message.setWordWrap(True)
        el = QVBoxLayout(self.export_box)
        el.addWidget(self.export_intro)
        row3 = QHBoxLayout()
        row3.addWidget(self.export_button)
        row3.addStretch(1)
        el.addLayout(row3)
        el.addWidget(self.export_message)

        for b in (self.files_button, self.folder_button, self.export_button):
            b.setEnabled(False)  # until the trainer secret is found
        lay = QVBoxLayout(self)
        lay.addWidget(self.secret_box)
        lay.addWidget(self.import_box, 1)
        lay.addWidget(self.export_box)
        self.retranslate()

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.secret_box.setTitle(self.tr("Secret du formateur"))
        self.secret_edit.setPlaceholderText(self.tr("le même secret sur chaque poste du labo (8 caractères au moins)"))
        self.secret_button.setText(self.tr("&Enregistrer sur ce poste"))
        self.secret_edit.setAccessibleName(self.tr("Secret du formateur"))
        self.import_box.setTitle(self.tr("Importer les résultats des autres postes"))
        self.intro.setText(self.tr("Choisissez les lots de résultats (fichiers aimm-lab-resultats-….json), ou un "
                                   "dossier entier, par exemple le partage réseau où chaque poste dépose le sien. "
                                   "Importer deux fois le même lot ne change rien ; un lot modifié est refusé."))
        self.files_button.setText(self.tr("Importer des &fichiers…"))
        self.folder_button.setText(self.tr("Importer un &dossier…"))
        self.table.setHorizontalHeaderLabels([self.tr("Fichier"), self.tr("Résultat")])
        self.table.setAccessibleName(self.tr("Résultat de l'import, fichier par fichier"))
        self.export_box.setTitle(self.tr("Envoyer les résultats de ce poste"))
        self.export_intro.setText(self.tr("Sur un poste du labo : écrit un lot signé de toutes les tentatives de ce "
                                          "poste, à déposer dans le dossier partagé ou sur une clé USB."))
        self.export_button.setText(self.tr("E&xporter les résultats de ce poste…"))
        self._show_results()

    def showEvent(self, event):
        super().showEvent(event)
        self.refresh_secret()

    # ---------------------------------------------------------------- the secret
    def refresh_secret(self):
        run_op(secret_status, self._secret_shown, parent=self)

    def _secret_shown(self, status):
        kid, err = status
        if kid:
            self.secret_state.setText(self.tr("Secret enregistré (empreinte %1). Les lots signés avec un autre secret "
                                              "sont refusés.").replace("%1", kid))
            self.secret_state.setStyleSheet("")
        else:
            self.secret_state.setText(err.message(current_lang()))
            self.secret_state.setStyleSheet(f"color: {theme.color('FAIL')}")
        for b in (self.files_button, self.folder_button, self.export_button):
            b.setEnabled(bool(kid))

    def set_secret(self):
        value = self.secret_edit.text()

        def done(_path):
            self.secret_edit.clear()
            self.refresh_secret()

        run_op(lambda: save_secret(value), done, parent=self, title=self.tr("Secret non enregistré"))

    # ---------------------------------------------------------------- import
    def choose_files(self):
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Lots de résultats à importer"),
                                                opts.get("export/folder") or str(Path.home()),
                                                self.tr("Lots de résultats (*.json)"))
        if files:
            self.import_paths(files)

    def choose_folder(self):
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier des lots de résultats"),
                                                  opts.get("export/folder") or str(Path.home()))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]):
        self.summary.setText(self.tr("Import en cours…"))
        for b in (self.files_button, self.folder_button):
            b.setEnabled(False)

        def op():
            return collect(self.session.engine(), paths, load_secret())

        def done(results):
            self.results = results
            for b in (self.files_button, self.folder_button):
                b.setEnabled(True)
            self._show_results(empty=not results)
            self.imported.emit()

        def failed(exc):
            for b in (self.files_button, self.folder_button):
                b.setEnabled(True)
            from ..dialogs import error_text

            self.summary.setText(error_text(exc)[0])

        run_op(op, done, failure=failed, parent=self, lane="db")

    def _show_results(self, empty: bool = False):
        lang = current_lang()
        if empty:
            self.summary.setText(self.tr("Aucun lot de résultats trouvé à cet endroit."))
        elif self.results:
            self.summary.setText(summary(self.results).get(lang))
        else:
            self.summary.setText("")
        self.table.setRowCount(len(self.results))
        for r, res in enumerate(self.results):
            name = QTableWidgetItem(f"{res.path.parent.name}/{res.path.name}")
            name.setToolTip(str(res.path))
            said = res.text(lang)
            if said.startswith(res.path.name):  # the file is named in its own column
                said = said[len(res.path.name):].lstrip(" :")
            text = QTableWidgetItem(("✔ " if res.ok else "✘ ") + said)
            text.setToolTip(res.text(lang))
            text.setForeground(QBrush(QColor(theme.color("PASS" if res.ok else "FAIL"))))
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, text)
        self.table.resizeRowsToContents()

    # ---------------------------------------------------------------- export
    def choose_export(self):
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier où déposer le lot"),
                                                  opts.get("export/folder") or str(Path.home()))
        if folder:
            self.export_to(folder)

    def export_to(self, folder: str):
        def op():
            return export_bundle(self.session.engine(), folder, load_seat_key() or load_secret())

        def done(result):
            path, n = result
            self.export_message.setText(self.tr("Aucune tentative à exporter.") if path is None else
                                        self.tr("%1 tentative(s) exportée(s) dans %2").replace("%1", str(n))
                                        .replace("%2", str(path)))

        run_op(op, done, parent=self, lane="db", title=self.tr("Export impossible"))
