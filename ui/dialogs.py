"""Readable dialogs: errors the user can act on, confirmations. Never a traceback."""

from __future__ import annotations

import os
import traceback

from aimm_lab.errors import AimmError
from aimm_lab.i18n import current_lang

from .qt import QMessageBox, QWidget, is_alive, translate


def error_text(exc: BaseException) -> tuple[str, str]:
    """(message, details) for an error: the core's bilingual message, or a plain summary."""
    if isinstance(exc, AimmError):
        return exc.message(current_lang()), ""
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return translate("Dialogs", "Erreur du système : %1%2").replace("%1", exc.strerror).replace("%2", where), ""
    summary = f"{type(exc).__name__}: {exc}"
    message = translate("Dialogs", "Une erreur inattendue s'est produite. Votre travail enregistré n'est pas "
                                   "perdu. Si elle se répète, signalez-la au formateur avec ce détail :")
    return f"{message}\n\n{summary}", "".join(traceback.format_exception(exc))


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> QMessageBox:
    """A window-modal message box (it does not block the caller): the message, and for
    unexpected errors the technical detail folded away under "Show Details"."""
    message, details = error_text(exc)
    if details:
        import logging

        logging.getLogger(__name__).error("unexpected error\n%s", details)
    box = QMessageBox(parent if parent is not None and is_alive(parent) else None)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or translate("Dialogs", "AIMM Lab — erreur"))
    box.setText(message)
    if details and os.environ.get("AIMM_LAB_DEBUG"):
        box.setDetailedText(details)
    box.setObjectName("errorDialog")
    box.setAccessibleName(translate("Dialogs", "Message d'erreur"))
    box.open()
    return box


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None,
            danger: bool = False) -> bool:
    """Ask a yes/no question; the safe answer is the default button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if danger else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setObjectName("confirmDialog")
    yes_btn = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_btn = box.addButton(no or translate("Dialogs", "Annuler"), QMessageBox.ButtonRole.RejectRole)
    yes_btn.setObjectName("confirmYes")
    no_btn.setObjectName("confirmNo")
    box.setDefaultButton(no_btn)
    box.setEscapeButton(no_btn)
    box.exec()
    if not is_alive(box):  # the window behind it was closed meanwhile: nothing was agreed
        return False
    return box.clickedButton() is yes_btn


def inform(parent: QWidget | None, title: str, text: str, warning: bool = False) -> QMessageBox:
    """A window-modal notice that does not block the caller."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setObjectName("noticeDialog")
    box.open()
    return box
