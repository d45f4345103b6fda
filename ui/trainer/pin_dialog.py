"""The trainer PIN dialog: set it on first use (twice, to be sure), or type it to go on.

Wrong PINs are counted in the database (aimm_lab.trainer.pin): after a few, the dialog shows
how long to wait, counts it down and keeps the field disabled until then, even if the
dialog is closed and opened again or the program restarted. The digest is computed in the
background (it takes about half a second on purpose)."""

from __future__ import annotations

import time

from aimm_lab.i18n import current_lang
from aimm_lab.trainer.pin import PinError, PinGuard, PinLocked, PinWrong, fmt_wait

from ..ops import run_op
from ..qt import (
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QLabel,
    QLineEdit,
    Qt,
    QTimer,
    QVBoxLayout,
)


class PinDialog(QDialog):
    """`PinDialog(store_fn, reason, parent)`: `store_fn()` gives the Store (called in the
    background). After `exec()` returns Accepted, the PIN was right (or has just been set)."""

    def __init__(self, store_fn, reason: str = "", parent=None, *, change: bool = False):
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.store_fn = store_fn
        self.reason = reason
        self.change = change
        self.mode = "verify"  # "set" on first use, "change" to replace it
        self.locked_until = 0.0  # time.monotonic() at which typing is allowed again
        self.busy = False
        self.intro = QLabel(objectName="pinIntro")
        self.intro.setWordWrap(True)
        self.current = QLineEdit(objectName="pinCurrent")
        self.pin = QLineEdit(objectName="pinField")
        self.again = QLineEdit(objectName="pinAgain")
        for f in (self.current, self.pin, self.again):
            f.setEchoMode(QLineEdit.EchoMode.Password)
            f.setMaxLength(64)  # 6 to 12 digits, or a passphrase (aimm_lab.trainer.pin.check_new_pin)
            f.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
            f.textChanged.connect(self._update)
            f.returnPressed.connect(self._accept)
        self.current_label, self.pin_label, self.again_label = QLabel(), QLabel(), QLabel()
        self.current_label.setBuddy(self.current)
        self.pin_label.setBuddy(self.pin)
        self.again_label.setBuddy(self.again)
        self.message = QLabel(objectName="pinMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("pinOk")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow(self.current_label, self.current)
        self.form.addRow(self.pin_label, self.pin)
        self.form.addRow(self.again_label, self.again)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(self.form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._tick)
        self.setMinimumWidth(480)
        self._set_rows()
        self.retranslate()
        self._load()

    # ---------------------------------------------------------------- state
    def _load(self):
        self.busy = True
        self._update()

        def op():
            g = PinGuard(self.store_fn())
            return g.is_set(), g.wait_s()

        def loaded(result):
            is_set, wait = result
            self.busy = False
            self.mode = ("change" if self.change else "verify") if is_set else "set"
            self._set_rows()
            self.retranslate()
            if wait > 0:
                self._lock(wait)
            self._update()
            self.adjustSize()
            (self.current if self.mode == "change" else self.pin).setFocus()

        run_op(op, loaded, failure=self._failed, parent=self, lane="db")

    def _set_rows(self):
        self.form.setRowVisible(self.current, self.mode == "change")
        self.form.setRowVisible(self.again, self.mode in ("set", "change"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        if self.mode == "set":
            self.setWindowTitle(self.tr("Définir le code formateur"))
            text = self.tr("Première utilisation du mode formateur sur ce poste : choisissez un code de 6 à 12 "
                           "chiffres, ou une phrase de passe de 8 caractères ou plus. Il sera demandé pour les écrans "
                           "du formateur et, pendant un examen, pour mettre en pause, ajouter du temps, terminer ou "
                           "quitter. Seule son empreinte est enregistrée.")
            self.pin_label.setText(self.tr("&Nouveau code :"))
        elif self.mode == "change":
            self.setWindowTitle(self.tr("Changer le code formateur"))
            text = self.tr("Tapez le code actuel, puis le nouveau code (6 à 12 chiffres, ou une phrase de passe de "
                           "8 caractères ou plus) deux fois.")
            self.pin_label.setText(self.tr("&Nouveau code :"))
        else:
            self.setWindowTitle(self.tr("Code formateur"))
            text = self.tr("Code formateur demandé.")
            self.pin_label.setText(self.tr("&Code formateur :"))
        if self.reason:
            text = self.reason + "\n\n" + text if self.mode != "verify" else self.reason
        self.intro.setText(text)
        self.current_label.setText(self.tr("Code &actuel :"))
        self.again_label.setText(self.tr("&Confirmez le code :"))
        self.pin.setAccessibleName(self.pin_label.text().replace("&", "").rstrip(" :"))
        self.again.setAccessibleName(self.tr("Confirmation du code"))
        self.current.setAccessibleName(self.tr("Code actuel"))
        self._tick()

    # ---------------------------------------------------------------- delay
    def _lock(self, wait_s: float):
        self.locked_until = time.monotonic() + wait_s
        self.timer.start()
        self._tick()

    def locked(self) -> bool:
        return time.monotonic() < self.locked_until

    def _tick(self):
        if not self.locked():
            if self.timer.isActive():
                self.timer.stop()
                self.message.setText(self.tr("Vous pouvez réessayer."))
                self._update()
                (self.current if self.mode == "change" else self.pin).setFocus()
            return
        left = self.locked_until - time.monotonic()
        self.message.setText(self.tr("Trop de codes incorrects. Réessayez dans %1.").replace("%1", fmt_wait(left)))
        self._update()

    def _update(self):
        locked = self.locked()
        for f in (self.current, self.pin, self.again):
            f.setEnabled(not locked and not self.busy)
        ready = bool(self.pin.text()) and (self.mode == "verify" or bool(self.again.text()))
        if self.mode == "change":
            ready = ready and bool(self.current.text())
        self.ok.setEnabled(ready and not locked and not self.busy)

    # ---------------------------------------------------------------- accept
    def _accept(self):
        if not self.ok.isEnabled():
            return
        pin, again, current = self.pin.text().strip(), self.again.text().strip(), self.current.text().strip()
        if self.mode in ("set", "change") and pin != again:
            self.message.setText(self.tr("Les deux codes ne sont pas identiques."))
            self.again.clear()
            self.again.setFocus()
            return
        self.busy = True
        self._update()
        mode = self.mode

        def op():
            g = PinGuard(self.store_fn())
            if mode == "verify":
                g.verify(pin)
            else:
                g.set_pin(pin, current if mode == "change" else None)

        run_op(op, lambda _: self._done(), failure=self._failed, parent=self, lane="db")

    def _done(self):
        self.busy = False
        self.accept()

    def _failed(self, exc):
        self.busy = False
        if isinstance(exc, PinError):
            self.message.setText(exc.message(current_lang()))
            if isinstance(exc, (PinWrong, PinLocked)) and exc.wait_s > 0:
                self._lock(exc.wait_s)
            for f in (self.current, self.pin, self.again):
                f.clear()
        else:
            from ..dialogs import error_text

            self.message.setText(error_text(exc)[0])
        self._update()
        if not self.locked():
            (self.current if self.mode == "change" else self.pin).setFocus()


def ask_pin(parent, store_fn, reason: str, then, *, change: bool = False) -> PinDialog:
    """Show the PIN dialog window-modally; `then()` runs once the PIN was given right."""
    dlg = PinDialog(store_fn, reason, parent, change=change)
    dlg.accepted.connect(then)
    dlg.open()
    return dlg
