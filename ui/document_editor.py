"""The quote and invoice editor, as a trainee fills in a real one: number, seller and customer,
lines (designation, quantity, unit, unit price excluding VAT, VAT rate, labour), the terms
(labour discount, deposit), the mentions French law asks for, and the totals the program computes
as the trainee types (`aimm_lab.commercial`: Decimal, half-up to the cent, VAT per rate).

Every number field takes only what its `aimm_lab.commercial.NumberField` accepts (French decimal
comma, bounds, French VAT rates); anything else is marked in red with a plain sentence beside it,
kept on screen as typed, and left out of the totals and of what is saved, so the rest of the
document is always saved and the editor never stops working. The document can be printed as a
PDF in the usual French layout (`ui/document_html.py`)."""

from __future__ import annotations

from aimm_lab import fmt
from aimm_lab.commercial import (
    NUMBER_FIELDS,
    NumberRefused,
    blank_line,
    mentions_for,
    read_line,
    read_number,
    typed_totals,
)
from aimm_lab.exam.scoring import parse_when
from aimm_lab.i18n import current_lang

from . import theme
from .qt import (
    QAbstractItemView,
    QCheckBox,
    QEvent,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
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


def _red(widget, on: bool):
    widget.setStyleSheet(f"border: 2px solid {theme.color('FAIL')}" if on else "")


class DocumentEditor(QWidget):
    changed = Signal()

    def __init__(self, task, parent=None):
        super().__init__(parent)
        self.setObjectName("documentEditor")
        self.task = task
        self.spec = task.document or {}
        self.kind = task.kind  # quote | invoice
        self.vat_exempt = bool(self.spec.get("vat_exempt", False))
        self._loading = False
        self.problems: list[str] = []  # what is refused now, as shown beside the fields (never blocks saving)

        self.given = QLabel(objectName="docParties")  # what the brief gives: a reference, not the document
        self.given.setWordWrap(True)
        self.given.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label = QLabel()
        self.number = QLineEdit(objectName="docNumber")
        self.number_label.setBuddy(self.number)
        self.number.textChanged.connect(self._changed)
        self.seller_label, self.client_label = QLabel(), QLabel()
        self.seller = QPlainTextEdit(objectName="docSeller")
        self.client = QPlainTextEdit(objectName="docClient")
        for label, edit in ((self.seller_label, self.seller), (self.client_label, self.client)):
            label.setWordWrap(True)  # the two side by side fit a 1024-pixel screen
            label.setBuddy(edit)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
            edit.textChanged.connect(self._changed)

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
        self.pdf_button = QPushButton(objectName="docPdf")
        self.pdf_button.clicked.connect(self.export_pdf)
        self.line_message = QLabel(objectName="docMessage")
        self.line_message.setWordWrap(True)

        # The terms the trainee applies (read from the brief, never filled in for them).
        self.terms_box = QGroupBox()
        tform = QFormLayout(self.terms_box)
        tform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.terms: dict[str, QLineEdit] = {}
        self.term_labels: dict[str, QLabel] = {}
        wanted = ["labour_discount_percent"]
        if self.kind == "quote" or self.spec.get("deposit_percent"):
            wanted.append("deposit_percent")
        if self.kind == "invoice" or self.spec.get("deposit_paid"):
            wanted.append("deposit_paid")
        for key in wanted:
            edit = QLineEdit(objectName=f"term_{key}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(160)
            edit.textChanged.connect(self._changed)
            label = QLabel()
            label.setBuddy(edit)
            self.terms[key], self.term_labels[key] = edit, label
            tform.addRow(label, edit)

        self.totals_box = QGroupBox()
        self.totals = QFormLayout(self.totals_box)
        self.total_labels: dict[str, tuple[QLabel, QLabel]] = {}

        self.mentions_box = QGroupBox()
        mform = QFormLayout(self.mentions_box)
        mform.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.mention_list = mentions_for(self.kind, self.spec)
        self.mentions: dict[str, QLineEdit] = {}
        self.mention_labels: dict[str, QLabel] = {}
        for m in self.mention_list:
            edit = QLineEdit(objectName=f"mention_{m.id}")
            edit.textChanged.connect(self._changed)
            label = QLabel()
            label.setBuddy(edit)
            self.mentions[m.id] = edit
            self.mention_labels[m.id] = label
            mform.addRow(label, edit)
        self.notes_label = QLabel()
        self.notes = QLineEdit(objectName="docNotes")
        self.notes_label.setBuddy(self.notes)
        self.notes.textChanged.connect(self._changed)
        mform.addRow(self.notes_label, self.notes)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number_label)
        number_row.addWidget(self.number, 1)
        parties = QHBoxLayout()
        for label, edit in ((self.seller_label, self.seller), (self.client_label, self.client)):
            col = QVBoxLayout()
            col.addWidget(label)
            col.addWidget(edit)
            parties.addLayout(col, 1)
        self.saved = QLabel(objectName="docSaved")

        host = QWidget()
        inner = QVBoxLayout(host)
        inner.addWidget(self.given)
        inner.addLayout(number_row)
        inner.addLayout(parties)
        inner.addWidget(self.table, 1)
        inner.addLayout(buttons)
        inner.addWidget(self.line_message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.terms_box, 2)
        bottom.addWidget(self.totals_box, 2)
        inner.addLayout(bottom)
        inner.addWidget(self.mentions_box)
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
        lang = current_lang()
        self.table.setHorizontalHeaderLabels([
            self.tr("Désignation"), self.tr("Qté"), self.tr("Unité"), self.tr("PU HT (€)"), self.tr("TVA (%)"),
            self.tr("Main-d'œuvre"), self.tr("Total HT")])
        self.table.setAccessibleName(self.tr("Lignes du document"))
        self.number_label.setText(self.tr("N° de facture :") if self.kind == "invoice" else self.tr("N° de devis :"))
        prev = self.spec.get("previous_number")
        self.number.setPlaceholderText(self.tr("la facture précédente porte le n° %1").replace("%1", str(prev))
                                       if prev else self.tr("ex. D-2026-0001"))
        self.number.setAccessibleName(self.number_label.text().rstrip(" :"))
        self.seller_label.setText(self.tr("Émetteur (vendeur) : nom, forme, capital, adresse, SIREN, RCS, n° TVA"))
        self.client_label.setText(self.tr("Client : nom, adresse (et pour un professionnel : SIREN, n° TVA)"))
        self.seller.setAccessibleName(self.tr("Émetteur"))
        self.client.setAccessibleName(self.tr("Client"))
        self.add_button.setText(self.tr("&Ajouter une ligne"))
        self.remove_button.setText(self.tr("&Supprimer la ligne"))
        self.pdf_button.setText(self.tr("Imprimer en P&DF…"))
        self.terms_box.setTitle(self.tr("Conditions appliquées"))
        term_text = {"labour_discount_percent": self.tr("Remise sur la main-d'œuvre (%) :"),
                     "deposit_percent": self.tr("Acompte à la commande (% du TTC) :"),
                     "deposit_paid": self.tr("Acompte déjà versé (€) :")}
        for key, label in self.term_labels.items():
            label.setText(term_text[key])
            self.terms[key].setAccessibleName(term_text[key].rstrip(" :"))
            self.terms[key].setPlaceholderText(self.tr("ex. %1").replace("%1", NUMBER_FIELDS[key].example))
        self.totals_box.setTitle(self.tr("Totaux (calculés par le logiciel)"))
        self.mentions_box.setTitle(self.tr("Mentions obligatoires"))
        for m in self.mention_list:
            text = m.label.get(lang)
            self.mention_labels[m.id].setText(text + (" :" if lang == "fr" else ":"))
            self.mentions[m.id].setAccessibleName(text)
            if m.example:
                example = m.example if isinstance(m.example, str) else m.example.get(lang)
                self.mentions[m.id].setPlaceholderText(self.tr("ex. %1").replace("%1", example))
        self.notes_label.setText(self.tr("Autres mentions ou remarques :"))
        self.notes.setAccessibleName(self.tr("Autres mentions ou remarques"))
        seller, client = party_text(self.spec.get("seller")), party_text(self.spec.get("client"))
        text = []
        if seller:
            text.append(self.tr("Émetteur : %1").replace("%1", seller))
        if client:
            text.append(self.tr("Client : %1").replace("%1", client))
        if self.vat_exempt:
            text.append(self.tr("Entreprise non assujettie à la TVA (franchise en base)."))
        if text:
            text.insert(0, self.tr("Données de l'énoncé (à reporter sur le document) :"))
        self.given.setText("\n".join(text))
        self.given.setVisible(bool(text))
        self.recompute()

    # ---------------------------------------------------------------- lines
    def add_line(self, values: dict | None = None):
        values = values if isinstance(values, dict) else {}
        typed = values.get("as_typed") if isinstance(values.get("as_typed"), dict) else {}
        self._loading = True
        try:
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
                value = typed.get(key) or values.get(key)
                item = QTableWidgetItem("" if value is None else str(value))
                if key == "total" or (key == "vat_rate" and self.vat_exempt):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if key in NUMERIC or key == "total":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        finally:
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

    def _text(self, row: int, key: str) -> str:
        item = self.table.item(row, COLS.index(key))
        return item.text() if item is not None else ""

    def _item_changed(self, item):
        if not self._loading and COLS[item.column()] != "total":
            self._changed()

    def _changed(self, *_):
        if self._loading:
            return
        self.recompute()
        self.changed.emit()

    def raw_lines(self) -> list[dict]:
        """The lines as typed (empty lines left out), each number field as text."""
        out = []
        for r in range(self.table.rowCount()):
            d = {key: self._text(r, key).strip() for key in COLS if key not in ("labour", "total")}
            d["labour"] = self._labour(r).isChecked()
            if not blank_line(d):
                out.append(d)
        return out

    def recompute(self):
        """Mark what is refused, show each line's total and the document's totals from what is
        accepted (`typed_totals` of `document()`, the core's own computation)."""
        self._loading = True
        try:
            self.problems = []
            for r in range(self.table.rowCount()):
                raw = {key: self._text(r, key) for key in NUMERIC}
                for key in NUMERIC:
                    item = self.table.item(r, COLS.index(key))
                    if item is None:
                        continue
                    try:
                        read_number(key, raw[key], self.vat_exempt)
                        item.setData(Qt.ItemDataRole.ForegroundRole, None)
                        item.setToolTip("")
                    except NumberRefused as e:
                        msg = self.tr("Ligne %1 : %2").replace("%1", str(r + 1)).replace(
                            "%2", e.text.get(current_lang()))
                        item.setForeground(theme_color("FAIL"))
                        item.setToolTip(msg)
                        self.problems.append(msg)
                line = read_line(dict(raw, designation=self._text(r, "designation"),
                                      labour=self._labour(r).isChecked()), self.vat_exempt).line
                total_item = self.table.item(r, COLS.index("total"))
                if total_item is not None:
                    total_item.setText(fmt.money(line.total) if line is not None else "—")
            for key, edit in self.terms.items():
                try:
                    read_number(key, edit.text())
                    _red(edit, False)
                    edit.setToolTip("")
                except NumberRefused as e:
                    _red(edit, True)
                    msg = e.text.get(current_lang())
                    msg = msg[:1].upper() + msg[1:]
                    edit.setToolTip(msg)
                    self.problems.append(msg)
            dates = []  # a date that does not read as one is saved as written, and said
            for m in self.mention_list:
                edit = self.mentions[m.id]
                bad = m.date and edit.text().strip() and parse_when(edit.text()) is None
                _red(edit, bool(bad))
                if bad:
                    dates.append(self.tr("%1 « %2 » : écrivez une date jj/mm/aaaa, par exemple %3.")
                                 .replace("%1", m.label.get(current_lang()))
                                 .replace("%2", edit.text().strip()[:30]).replace("%3", m.example))
            self.totals_value = typed_totals(self.document(), self.vat_exempt)
            self._show_totals()
            message = list(self.problems)
            if message:
                message.append(self.tr("Ces valeurs ne sont ni comptées ni enregistrées tant qu'elles ne sont "
                                       "pas corrigées ; le reste du document est enregistré."))
            self.line_message.setText("\n".join(message + dates))
            self.line_message.setStyleSheet(f"color: {theme.color('FAIL')}" if message or dates else "")
        finally:
            self._loading = False

    def _show_totals(self):
        t = self.totals_value
        rows = [("subtotal_ht", self.tr("Sous-total HT"), t.subtotal_ht)]
        if "labour_discount_percent" in self.terms:
            rows.append(("discount", self.tr("Remise main-d'œuvre"), -t.discount))
        rows.append(("total_ht", self.tr("Total HT"), t.total_ht))
        if not self.vat_exempt:
            for rate, (_base, vat) in sorted(t.vat_by_rate.items()):
                rows.append((f"vat.{rate}", self.tr("TVA %1 %").replace("%1", fmt.number(rate.normalize())), vat))
        rows.append(("total_ttc", self.tr("Total TTC"), t.total_ttc))
        if "deposit_percent" in self.terms:
            rows.append(("deposit", self.tr("Acompte à la commande"), t.deposit))
        if "deposit_paid" in self.terms:
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
        """What `Engine.save_document` stores (aimm_lab/commercial.py): everything accepted, as
        typed; a refused number is stored empty, with the text typed in the line's `as_typed`."""
        lines = []
        for raw in self.raw_lines():
            d, typed = dict(raw), {}
            for key in NUMERIC:
                try:
                    read_number(key, raw[key], self.vat_exempt)
                except NumberRefused:
                    typed[key], d[key] = raw[key], ""
            if typed:
                d["as_typed"] = typed
            lines.append(d)
        doc = {"number": self.number.text().strip(), "seller": self.seller.toPlainText().strip(),
               "client": self.client.toPlainText().strip(), "lines": lines,
               "mentions": {k: e.text().strip() for k, e in self.mentions.items()},
               "notes": self.notes.text().strip()}
        refused = {}
        for key, edit in self.terms.items():
            try:
                read_number(key, edit.text())
                doc[key] = edit.text().strip()
            except NumberRefused:
                doc[key], refused[key] = "", edit.text()
        if refused:
            doc["as_typed"] = refused
        return doc

    def set_document(self, doc: dict):
        doc = doc if isinstance(doc, dict) else {}
        self._loading = True
        try:
            self.table.setRowCount(0)
            self.number.setText(str(doc.get("number") or ""))
            self.seller.setPlainText(str(doc.get("seller") or ""))
            self.client.setPlainText(str(doc.get("client") or ""))
            self.notes.setText(str(doc.get("notes") or ""))
            mentions = doc.get("mentions") if isinstance(doc.get("mentions"), dict) else {}
            for k, e in self.mentions.items():
                e.setText(str(mentions.get(k) or ""))
            typed = doc.get("as_typed") if isinstance(doc.get("as_typed"), dict) else {}
            for k, e in self.terms.items():
                e.setText(str(typed.get(k) or doc.get(k) or ""))
        finally:
            self._loading = False
        lines = doc.get("lines") if isinstance(doc.get("lines"), list) else []
        for line in lines:
            self.add_line(line)
        if not lines:
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
        title = self.task.title.get(current_lang())
        if self.status() == "EMPTY":
            return [self.tr("« %1 » : pas commencée").replace("%1", title)]
        out = []
        if self.problems:
            out.append(self.tr("« %1 » : %n valeur(s) refusée(s), ni comptée(s) ni enregistrée(s)", "",
                               len(self.problems)).replace("%1", title))
        empty = self.empty_fields()
        if empty:
            out.append(self.tr("« %1 » : %n champ(s) vide(s) (%2)", "", len(empty)).replace("%1", title)
                       .replace("%2", ", ".join(empty)))
        return out

    def empty_fields(self) -> list[str]:
        """The document's own fields still empty (number, seller, customer, each mandatory mention), as their
        labels say them: what a started document still lacks before it is handed in."""
        lang = current_lang()
        out = []
        if not self.number.text().strip():
            out.append(self.number_label.text().rstrip(" :"))
        if not self.seller.toPlainText().strip():
            out.append(self.tr("Émetteur"))
        if not self.client.toPlainText().strip():
            out.append(self.tr("Client"))
        out += [m.label.get(lang) for m in self.mention_list if not self.mentions[m.id].text().strip()]
        return out

    def saver(self, attempt_id: str):
        """What is accepted now: a refused value (shown in red) is left out, never the rest."""
        doc, tid = self.document(), self.task.id
        return lambda eng: eng.save_document(attempt_id, tid, doc)

    # ---------------------------------------------------------------- printing
    def export_pdf(self):
        """The document as a PDF in the usual French layout, where the trainee chooses."""
        from pathlib import Path

        from .dialogs import show_error
        from .document_html import document_html
        from .pdf import write_pdf

        name = (self.number.text().strip() or ("facture" if self.kind == "invoice" else "devis")).replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Imprimer le document en PDF"),
                                              str(Path.home() / f"{name}.pdf"), self.tr("Documents PDF (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_pdf(document_html(self.spec, self.kind, self.document(), current_lang()), path, name)
        except Exception as e:  # noqa: BLE001 - any failure is shown as a readable dialog
            show_error(self, e, self.tr("Impression impossible"))
            return
        self.saved.setText(self.tr("PDF enregistré : %1").replace("%1", path))


def theme_color(key: str):
    from .qt import QColor

    return QColor(theme.color(key))
