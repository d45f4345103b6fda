"""The quote and invoice editor: lines (designation, quantity, unit, unit price excluding
VAT, VAT rate, labour), totals computed as the trainee types with the core's French rules
(`aimm_lab.commercial`: Decimal, half-up to the cent, VAT per rate), the document's
number and its required mentions. Bad numbers are flagged in place and never lost."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from aimm_lab import fmt
from aimm_lab.commercial import Line, compute, money
from aimm_lab.i18n import current_lang

from . import theme
from .qt import (
    QAbstractItemView,
    QCheckBox,
    QEvent,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)

COLS = ("designation", "quantity", "unit", "unit_price", "vat_rate", "labour", "total")
NUMERIC = ("quantity", "unit_price", "vat_rate")



def party_text(p: dict | None) -> str:
    if not isinstance(p, dict):
        return ""
    parts = [p.get("name"), p.get("legal_form"), p.get("address"), p.get("contact")]
    ids = []
    if p.get("siren"):
        ids.append(translate("DocumentEditor", "SIREN %1").replace("%1", str(p["siren"])))
    if p.get("siret"):
        ids.append(translate("DocumentEditor", "SIRET %1").replace("%1", str(p["siret"])))
    if p.get("rcs"):
        ids.append(str(p["rcs"]))
    if p.get("vat_number"):
        ids.append(translate("DocumentEditor", "TVA intracommunautaire %1").replace("%1", str(p["vat_number"])))
    if p.get("capital"):
        ids.append(translate("DocumentEditor", "capital %1").replace("%1", str(p["capital"])))
    return "\n".join([", ".join(str(x) for x in parts if x)] + ([" · ".join(ids)] if ids else []))


class DocumentEditor(QWidget):
    changed = Signal()

    def __init__(self, task, parent=None):
        super().__init__(parent)
        self.setObjectName("documentEditor")
        self.task = task
        self.spec = task.document or {}
        self.kind = task.kind  # quote | invoice
        self._loading = False
        self.problems: list[str] = []

        self.parties = QLabel(objectName="docParties")
        self.parties.setWordWrap(True)
        self.parties.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label = QLabel()
        self.number = QLineEdit(objectName="docNumber")
        self.number_label.setBuddy(self.number)
        self.number.textChanged.connect(self._changed)

        self.table = QTableWidget(0, len(COLS), objectName="docLines")
        self.table.verticalHeader().setVisible(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.add_button = QPushButton(objectName="docAddLine")
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button = QPushButton(objectName="docRemoveLine")
        self.remove_button.clicked.connect(self.remove_selected)
        self.line_message = QLabel(objectName="docMessage")
        self.line_message.setWordWrap(True)

        self.totals_box = QGroupBox()
        self.totals = QFormLayout(self.totals_box)
        self.total_labels: dict[str, tuple[QLabel, QLabel]] = {}

        self.mentions_box = QGroupBox()
        mform = QFormLayout(self.mentions_box)
        self.mentions: dict[str, QLineEdit] = {}
        self.mention_labels: dict[str, QLabel] = {}
        for m in self.spec.get("required_mentions") or []:
            mid = str(m.get("id") or m.get("fr")) if isinstance(m, dict) else str(m)
            edit = QLineEdit(objectName=f"mention_{mid}")
            edit.textChanged.connect(self._changed)
            label = QLabel()
            label.setBuddy(edit)
            self.mentions[mid] = edit
            self.mention_labels[mid] = label
            mform.addRow(label, edit)
        self.mentions_box.setVisible(bool(self.mentions))

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number_label)
        number_row.addWidget(self.number, 1)
        self.saved = QLabel(objectName="docSaved")

        host = QWidget()
        inner = QVBoxLayout(host)
        inner.addWidget(self.parties)
        inner.addLayout(number_row)
        inner.addWidget(self.table, 1)
        inner.addLayout(buttons)
        inner.addWidget(self.line_message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.mentions_box, 3)
        bottom.addWidget(self.totals_box, 2)
        inner.addLayout(bottom)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(host)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.saved)
        self.table.setMinimumHeight(180)
        self.retranslate()
        self.add_line()

    # ---------------------------------------------------------------- language
    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.table.setHorizontalHeaderLabels([
            self.tr("Désignation"), self.tr("Qté"), self.tr("Unité"), self.tr("PU HT (€)"), self.tr("TVA (%)"),
            self.tr("Main-d'œuvre"), self.tr("Total HT")])
        self.table.setAccessibleName(self.tr("Lignes du document"))
        self.number_label.setText(self.tr("N° de facture :") if self.kind == "invoice" else self.tr("N° de devis :"))
        prev = self.spec.get("previous_number")
        self.number.setPlaceholderText(self.tr("la facture précédente porte le n° %1").replace("%1", str(prev))
                                       if prev else self.tr("ex. D-2025-0042"))
        self.number.setAccessibleName(self.number_label.text().rstrip(" :"))
        self.add_button.setText(self.tr("&Ajouter une ligne"))
        self.remove_button.setText(self.tr("&Supprimer la ligne"))
        self.totals_box.setTitle(self.tr("Totaux (calculés)"))
        self.mentions_box.setTitle(self.tr("Mentions obligatoires"))
        lang = current_lang()
        for m in self.spec.get("required_mentions") or []:
            if isinstance(m, dict):
                mid = str(m.get("id") or m.get("fr"))
                text = str(m.get(lang) or m.get("fr") or mid)
            else:
                mid = text = str(m)
            self.mention_labels[mid].setText(text + " :")
            self.mentions[mid].setAccessibleName(text)
        seller, client = party_text(self.spec.get("seller")), party_text(self.spec.get("client"))
        terms = []
        if self.spec.get("labour_discount_percent"):
            terms.append(self.tr("remise de %1 % sur la main-d'œuvre").replace(
                "%1", str(self.spec["labour_discount_percent"])))
        if self.spec.get("deposit_percent"):
            terms.append(self.tr("acompte de %1 % à la commande").replace("%1", str(self.spec["deposit_percent"])))
        if self.spec.get("deposit_paid"):
            terms.append(self.tr("acompte déjà versé : %1").replace("%1", fmt.money(money(self.spec["deposit_paid"]))))
        if self.spec.get("vat_exempt"):
            terms.append(self.tr("entreprise non assujettie à la TVA"))
        text = []
        if seller:
            text.append(self.tr("Émetteur : %1").replace("%1", seller))
        if client:
            text.append(self.tr("Client : %1").replace("%1", client))
        if terms:
            text.append(self.tr("Conditions : %1").replace("%1", " ; ".join(terms)))
        self.parties.setText("\n".join(text))
        self.parties.setVisible(bool(text))
        self.recompute()

    # ---------------------------------------------------------------- lines
    def add_line(self, values: dict | None = None):
        values = values or {}
        self._loading = True
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, key in enumerate(COLS):
            if key == "labour":
                box = QCheckBox()
                box.setChecked(bool(values.get("labour")))
                box.setAccessibleName(self.tr("Main-d'œuvre, ligne %1").replace("%1", str(row + 1)))
                box.toggled.connect(self._changed)
                host = QWidget()
                h = QHBoxLayout(host)
                h.setContentsMargins(0, 0, 0, 0)
                h.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
                self.table.setCellWidget(row, col, host)
                continue
            default = "20" if key == "vat_rate" and not self.spec.get("vat_exempt") else ""
            default = "0" if key == "vat_rate" and self.spec.get("vat_exempt") else default
            item = QTableWidgetItem(str(values.get(key, default) if values.get(key) is not None else default))
            if key == "total":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if key in NUMERIC or key == "total":
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, col, item)
        self._loading = False
        self.recompute()
        if not values:
            self.table.setCurrentCell(row, 0)

    def remove_selected(self):
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for r in rows:
            self.table.removeRow(r)
        self._changed()

    def _labour(self, row: int) -> QCheckBox:
        return self.table.cellWidget(row, COLS.index("labour")).findChild(QCheckBox)

    def _item_changed(self, item):
        if not self._loading and COLS[item.column()] != "total":
            self._changed()

    def _changed(self, *_):
        if self._loading:
            return
        self.recompute()
        self.changed.emit()

    def raw_lines(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            d = {}
            for c, key in enumerate(COLS):
                if key == "labour":
                    d["labour"] = self._labour(r).isChecked()
                elif key != "total":
                    d[key] = self.table.item(r, c).text().strip() if self.table.item(r, c) else ""
            if any(d.get(k) for k in ("designation", "quantity", "unit_price")):
                out.append(d)
        return out

    def recompute(self):
        """Line totals and document totals from the lines as typed; bad numbers are marked."""
        self._loading = True
        self.problems = []
        lines: list[Line] = []
        names = {"quantity": self.tr("quantité"), "unit_price": self.tr("prix unitaire"),
                 "vat_rate": self.tr("taux de TVA")}
        for r in range(self.table.rowCount()):
            ok = True
            vals = {}
            for key in NUMERIC:
                item = self.table.item(r, COLS.index(key))
                text = item.text().strip() if item else ""
                try:
                    vals[key] = money(text) if text else None
                    item.setData(Qt.ItemDataRole.ForegroundRole, None)
                    item.setToolTip("")
                except (InvalidOperation, ValueError):
                    ok = False
                    vals[key] = None
                    item.setForeground(theme_color("FAIL"))
                    msg = self.tr("Ligne %1 : %2 « %3 » n'est pas un nombre (ex. 1,5).") \
                        .replace("%1", str(r + 1)).replace("%2", names[key]).replace("%3", text)
                    item.setToolTip(msg)
                    self.problems.append(msg)
            total_item = self.table.item(r, COLS.index("total"))
            if ok and vals["quantity"] is not None and vals["unit_price"] is not None:
                line = Line(self.table.item(r, 0).text(), vals["quantity"], vals["unit_price"],
                            vals["vat_rate"] if vals["vat_rate"] is not None else Decimal("20"),
                            labour=self._labour(r).isChecked())
                lines.append(line)
                total_item.setText(fmt.money(line.total))
            else:
                total_item.setText("—")
        self._loading = False
        self.totals_value = compute(lines, self.spec.get("labour_discount_percent", 0),
                                    self.spec.get("deposit_percent", 0), self.spec.get("deposit_paid", 0),
                                    bool(self.spec.get("vat_exempt", False)))
        self.lines_value = lines
        self._show_totals()
        self.line_message.setText("\n".join(self.problems))
        self.line_message.setStyleSheet(f"color: {theme.color('FAIL')}" if self.problems else "")

    def _show_totals(self):
        t = self.totals_value
        rows = [("subtotal_ht", self.tr("Sous-total HT"), t.subtotal_ht)]
        if self.spec.get("labour_discount_percent"):
            rows.append(("discount", self.tr("Remise main-d'œuvre"), -t.discount))
        rows.append(("total_ht", self.tr("Total HT"), t.total_ht))
        if not self.spec.get("vat_exempt"):
            for rate, (_base, vat) in sorted(t.vat_by_rate.items()):
                rows.append((f"vat.{rate}", self.tr("TVA %1 %").replace("%1", f"{rate.normalize():f}"), vat))
        rows.append(("total_ttc", self.tr("Total TTC"), t.total_ttc))
        if self.spec.get("deposit_percent"):
            rows.append(("deposit", self.tr("Acompte à la commande"), t.deposit))
        if self.kind == "invoice" or self.spec.get("deposit_paid"):
            rows.append(("net_due", self.tr("Net à payer"), t.net_due))
        while self.totals.rowCount():
            self.totals.removeRow(0)
        self.total_labels = {}
        for key, label, value in rows:
            name, amount = QLabel(label), QLabel(fmt.money(value))
            amount.setObjectName(f"total_{key}")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setAccessibleName(label)
            self.totals.addRow(name, amount)
            self.total_labels[key] = (name, amount)

    # ---------------------------------------------------------------- the document
    def document(self) -> dict:
        """What `Engine.save_document` stores: the lines as typed, with the computed totals."""
        t = self.totals_value
        lines = []
        for raw in self.raw_lines():
            d = dict(raw)
            try:
                d["total"] = str(Line.from_dict({k: v for k, v in raw.items() if v not in ("", None)}).total)
            except (InvalidOperation, ValueError):
                d["total"] = ""
            lines.append(d)
        doc = {"number": self.number.text().strip(), "lines": lines,
               "mentions": {k: e.text().strip() for k, e in self.mentions.items()}}
        doc.update({k: v for k, v in t.as_dict().items()})
        return doc

    def set_document(self, doc: dict):
        self._loading = True
        self.table.setRowCount(0)
        self.number.setText(str(doc.get("number") or ""))
        for k, e in self.mentions.items():
            e.setText(str((doc.get("mentions") or {}).get(k) or ""))
        self._loading = False
        for line in doc.get("lines") or []:
            self.add_line(line)
        if not doc.get("lines"):
            self.add_line()
        self.recompute()

    # ---------------------------------------------------------------- the attempt page's questions
    @classmethod
    def for_attempt(cls, task, attempt, facts) -> DocumentEditor:
        editor = cls(task)
        if task.id in facts.documents:
            editor.set_document(facts.documents[task.id])
        return editor

    def status(self) -> str:
        return "SAVED" if self.raw_lines() else "EMPTY"

    def todo(self) -> list[str]:
        if self.status() != "EMPTY":
            return []
        return [self.tr("« %1 » : pas commencée").replace("%1", self.task.title.get(current_lang()))]

    def saver(self, attempt_id: str):
        """None while a number is wrong (shown in red): nothing half-typed is saved."""
        if self.problems:
            return None
        doc, tid = self.document(), self.task.id
        return lambda eng: eng.save_document(attempt_id, tid, doc)


def theme_color(key: str):
    from .qt import QColor

    return QColor(theme.color(key))
