"""The notice an attempt page shows when the planned fault was not in place at the start
(docs/attempts.md, "The planned fault at start"): the trainee is told plainly to call the trainer,
and the trainer confirms the set-up behind the PIN ("Confirmer la panne…"). Until then, or until a
later check sees the fault in place, the checks do not count."""

from __future__ import annotations

from . import theme
from .qt import QEvent, QFrame, QHBoxLayout, QLabel, QPushButton, Signal


class FaultNotice(QFrame):
    """Hidden while the fault is verified. `confirm_requested`: the trainer's button was pressed."""

    confirm_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("faultNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(objectName="faultNoticeText")
        self.text.setWordWrap(True)
        self.confirm = QPushButton(objectName="confirmFault")
        self.confirm.clicked.connect(self.confirm_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.confirm)
        self.hide()
        self.retranslate()

    def changeEvent(self, event):
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.text.setText(self.tr("La panne prévue n'est pas en place sur ce poste : appelez le formateur. "
                                  "Vos vérifications ne comptent pas tant qu'il ne l'a pas mise en place ou "
                                  "confirmée."))
        self.confirm.setText(self.tr("Confirmer la &panne (formateur)…"))
        self.confirm.setToolTip(self.tr("Le formateur confirme que la panne est en place : les vérifications "
                                        "comptent (code formateur)"))
        self.setStyleSheet(f"QFrame#faultNotice {{ border: 2px solid {theme.color('ERROR')}; }} "
                           f"QLabel#faultNoticeText {{ font-weight: bold; color: {theme.color('ERROR')}; }}")

    def set_verified(self, verified: bool) -> bool:
        """Show the notice when the fault is not verified; returns whether it just became verified."""
        was_shown = not self.isHidden()
        self.setVisible(not verified)
        return was_shown and verified
