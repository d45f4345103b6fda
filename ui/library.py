"""The scenario library: every scenario that loaded, filtered by block, competence line,
kind, difficulty and platform, with a search box and the trainee's last result.
Files that did not load are listed in a readable way, never as a traceback."""

from __future__ import annotations

from aimm_lab.i18n import current_lang
from aimm_lab.scenarios import referential as ref

from . import labels, theme
from . import settings as opts
from .qt import (
    QAbstractItemView,
    QColor,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

COLUMNS = ("title", "block", "competences", "kind", "difficulty", "duration", "platforms", "last", "ready")
READY_COLUMN = COLUMNS.index("ready")
# Columns whose text may wrap onto two lines when the table is narrow, and columns that give
# their room to the titles on a small screen (what they say is on the scenario's page, in the
# title's tooltip, and in the filters), in the order they give it up.
WRAPPING = tuple(COLUMNS.index(c) for c in ("last", "competences", "platforms"))
OPTIONAL = tuple(COLUMNS.index(c) for c in ("platforms", "competences"))
RANK = len(COLUMNS)  # a hidden column: how well a row matches the search, to list the best first


def search_rank(words: list[str], query: str, title: str, other_title: str, sid: str, hay: str) -> int | None:
    """How well a scenario matches the search (lower is better), or None when it does not:
    0 the exact title, 1 a title that starts with the query, 2 every word in the title,
    3 every word in the identifier or the title in the other language, 4 elsewhere (the
    ticket, competences, tags)."""
    if not all(w in hay for w in words):
        return None
    title, other_title = title.lower(), other_title.lower()
    if query in (title, other_title, sid):
        return 0
    if title.startswith(query) or other_title.startswith(query):
        return 1
    if all(w in title for w in words):
        return 2
    if all(w in sid or w in other_title for w in words):
        return 3
    return 4


class SortItem(QTableWidgetItem):
    """Sorts by a hidden key (difficulty by number, duration by minutes, results by date)."""

    def __init__(self, text: str, key):
        super().__init__(text)
        self.key = key

    def __lt__(self, other):
        if isinstance(other, SortItem):
            return self.key < other.key
        return super().__lt__(other)


class LibraryPage(QWidget):
    """Emits `open_scenario(id)` when the trainee opens a scenario (double click, Enter, button)."""

    open_scenario = Signal(str)
    join_room = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.scenarios = []
        self.errors = []
        self.last: dict[str, dict] = {}
        self.readiness: dict | None = None  # {scenario id: Readiness} on this seat, once known
        self.loaded = False
        self._sorted_once = False

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        theme.heading(self.heading)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.block = QComboBox(objectName="filterBlock")
        self.competence = QComboBox(objectName="filterCompetence")
        self.kind = QComboBox(objectName="filterKind")
        self.difficulty = QComboBox(objectName="filterDifficulty")
        self.platform = QComboBox(objectName="filterPlatform")
        self.filters = (self.block, self.competence, self.kind, self.difficulty, self.platform)
        for c in self.filters:
            # Narrow enough for a 1024-pixel screen; the open list shows the whole texts.
            c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            c.setMinimumContentsLength(9)
            c.view().setMinimumWidth(360)

        self.table = QTableWidget(0, len(COLUMNS) + 1)
        self.table.setColumnHidden(RANK, True)
        self.table.setObjectName("scenarioTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Rows fit their wrapped title, never less tall than a comfortable one-line row.
        self.table.verticalHeader().setMinimumSectionSize(self.table.fontMetrics().height() + 12)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setTabKeyNavigation(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # widths set by _fit_columns
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setMinimumSectionSize(24)
        # The columns follow the table's own width (known only once the page is laid out), and the rows
        # the titles' column once Qt has stretched it.
        self.table.viewport().installEventFilter(self)
        self._rows_timer = QTimer(self, singleShot=True, interval=0)
        self._rows_timer.timeout.connect(self._fit_rows)
        hh.sectionResized.connect(lambda index, _old, _new: index == 0 and self._rows_timer.start())
        self.table.itemActivated.connect(self._activated)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.empty = QLabel(objectName="libraryEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.show_all = QPushButton(objectName="libraryShowAll")
        self.show_all.clicked.connect(self.clear_filters)
        self.show_all.hide()
        self.count = QLabel(objectName="libraryCount")
        self.errors_button = QPushButton(objectName="loadErrorsButton")
        self.errors_button.clicked.connect(self.show_errors)
        self.errors_button.hide()
        self.open_button = QPushButton(objectName="openScenario")
        self.open_button.setEnabled(False)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open_selected)
        self.room_button = QPushButton(objectName="joinRoom")
        self.room_button.clicked.connect(self.join_room)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for c in self.filters:
            filters.addWidget(c)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.errors_button)
        bottom.addStretch(1)
        bottom.addWidget(self.room_button)
        bottom.addWidget(self.open_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        empty = QHBoxLayout()
        empty.addStretch(1)
        empty.addWidget(self.empty)
        empty.addWidget(self.show_all)
        empty.addStretch(1)
        lay.addLayout(empty)
        lay.addLayout(bottom)

        self.search.textChanged.connect(self.apply_filters)
        for c in self.filters:
            c.currentIndexChanged.connect(self.apply_filters)
            c.activated.connect(self._save_filters)  # the trainee's choice, remembered for next time
        self.retranslate()
        self._restore_filters()

    # ---------------------------------------------------------------- language
    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self):
        self.heading.setText(self.tr("Bibliothèque de scénarios"))
        self.search.setPlaceholderText(self.tr("Rechercher un scénario…"))
        self.search.setToolTip(self.tr("Cherche dans le titre, l'identifiant, les compétences et la demande du "
                                       "client"))
        self.search.setAccessibleName(self.tr("Rechercher un scénario"))
        self.table.setAccessibleName(self.tr("Liste des scénarios"))
        self.open_button.setText(self.tr("&Ouvrir le scénario"))
        self.room_button.setText(self.tr("Rejoindre une &salle…"))
        self.room_button.setToolTip(self.tr("Passer l'épreuve que le formateur ouvre dans la salle d'examen"))
        self.empty.setText(self.tr("Aucun scénario ne correspond à la recherche et aux filtres choisis."))
        self.show_all.setText(self.tr("&Tout afficher"))
        self.show_all.setToolTip(self.tr("Effacer la recherche et les filtres"))
        self._fill_filter(self.block, self.tr("Tous les blocs"), [(b, b) for b in ref.BLOCKS],
                          self.tr("Filtrer par bloc"))
        lang = current_lang()
        self._fill_filter(self.competence, self.tr("Toutes les compétences"),
                          [(c.id, f"{c.id} — {c.title.get(lang)}") for c in ref.COMPETENCES.values()],
                          self.tr("Filtrer par compétence"))
        self._fill_filter(self.kind, self.tr("Toutes les natures"), [(k, labels.kind(k)) for k in ref.KINDS],
                          self.tr("Filtrer par nature d'épreuve"))
        level = self.tr("niveau %1")
        self._fill_filter(self.difficulty, self.tr("Toutes difficultés"),
                          [(n, f"{labels.difficulty(n)} {level.replace('%1', str(n))}") for n in (1, 2, 3)],
                          self.tr("Filtrer par difficulté"))
        self._fill_filter(self.platform, self.tr("Toutes plateformes"),
                          [(p, labels.platform(p)) for p in ref.PLATFORMS], self.tr("Filtrer par plateforme"))
        self._fit_filters()
        self.table.setHorizontalHeaderLabels([
            self.tr("Scénario"), self.tr("Bloc"), self.tr("Compétences"), self.tr("Nature"),
            self.tr("Difficulté"), self.tr("Durée"), self.tr("Plateformes"), self.tr("Dernier résultat"),
            self.tr("Prêt ici")])
        self.populate()

    def _fit_filters(self):
        """Each filter at least as wide as its "all" text (never clipped, even at 1024 pixels); the
        search box takes what is left."""
        for c in self.filters:
            text = c.itemText(0)
            arrow = c.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 24
            c.setMinimumWidth(c.fontMetrics().horizontalAdvance(text) + arrow)

    def title_room(self) -> int:
        """The width the titles should have: their full width when it is available, else never less
        than 42 % of the table (about 50 characters a line at 1024 pixels)."""
        avail = self.table.viewport().width()
        natural = self.table.sizeHintForColumn(0) if self.table.rowCount() else 0
        return min(natural, max(320, int(avail * 0.42)))

    def _fit_columns(self):
        """Every column as wide as its contents while there is room; on a narrow table the titles keep
        their room: the result, competences and platforms wrap onto two lines, then the platforms and
        the competences columns are hidden (both stay on the scenario's page and in the tooltip)."""
        table, hh = self.table, self.table.horizontalHeader()
        avail = table.viewport().width()
        if avail <= 0:
            return
        fm = table.fontMetrics()
        pad = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12

        def header(c: int) -> int:
            return hh.sectionSizeFromContents(c).width()

        def natural(c: int) -> int:
            return max(header(c), table.sizeHintForColumn(c))

        def two_lines(c: int) -> int:  # each text on two even lines ("B1.1, B1.3," / "R.1, R.2"), not one word alone
            widths = [header(c)]
            for r in range(table.rowCount()):
                item = table.item(r, c)
                if table.isRowHidden(r) or item is None:
                    continue
                words = item.text().split()
                widths.append(min((max(fm.horizontalAdvance(" ".join(words[:k])), fm.horizontalAdvance(" ".join(words[k:])))
                                   for k in range(1, len(words))), default=fm.horizontalAdvance(item.text())) + pad)
            return max(widths)

        columns = range(1, len(COLUMNS))
        width = {c: natural(c) for c in columns}
        hidden: set[int] = set()
        room = self.title_room()

        def left() -> int:
            return avail - sum(w for c, w in width.items() if c not in hidden)

        for c in WRAPPING:
            if left() >= room:
                break
            width[c] = min(width[c], two_lines(c))
        for c in OPTIONAL:
            if left() >= room:
                break
            hidden.add(c)
        for c in columns:
            table.setColumnHidden(c, c in hidden)
            if c not in hidden:
                hh.resizeSection(c, width[c])

    def _fit_rows(self):
        """Rows as tall as their wrapped title: a long title reads on two lines instead of being cut."""
        self.table.resizeRowsToContents()

    def eventFilter(self, obj, event):
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize \
                and event.oldSize().width() != event.size().width():
            self._fit_columns()
            self._fit_rows()
        return super().eventFilter(obj, event)

    def _fill_filter(self, combo: QComboBox, everything: str, items, accessible: str):
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for data, text in items:
            combo.addItem(text, data)
        i = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, i))
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        combo.blockSignals(False)

    def _restore_filters(self):
        for combo, key in zip(self.filters, ("library/block", "library/competence", "library/kind",
                                             "library/difficulty", "library/platform"), strict=True):
            value = opts.get(key)
            if value:
                i = combo.findData(value)
                if i >= 0:
                    combo.setCurrentIndex(i)

    def _save_filters(self):
        for combo, key in zip(self.filters, ("library/block", "library/competence", "library/kind",
                                             "library/difficulty", "library/platform"), strict=True):
            value = combo.currentData()
            opts.put(key, value if value is not None else opts.OPTIONS[key].default)

    # ---------------------------------------------------------------- data
    def set_library(self, lib):
        self.scenarios = list(lib.scenarios)
        self.errors = list(lib.errors)
        self.loaded = True
        self.populate()

    def set_last_results(self, last: dict[str, dict]):
        """{scenario_id: {"score": x, "max": y, "mode": ..., "when": "2025-…"}}"""
        self.last = dict(last)
        self.populate()

    def set_readiness(self, readiness: dict | None):
        """{scenario id: Readiness} (aimm_lab.scenarios.readiness); None: not known (yet)."""
        self.readiness = dict(readiness) if readiness is not None else None
        self.populate()

    def readiness_of(self, scenario_id: str):
        """The scenario's Readiness on this seat, or None while it is not known."""
        return (self.readiness or {}).get(scenario_id)

    def _ready_item(self, scenario_id: str) -> QTableWidgetItem:
        r = self.readiness_of(scenario_id)
        lang = current_lang()
        if r is None:
            item = SortItem("…", 1)  # "Prêt ici ?": the column is narrow, the tooltip says the whole
            item.setToolTip(self.tr("Vérification du poste en cours"))
        elif r.ready:
            item = SortItem(self.tr("✓ oui"), 0)
            item.setToolTip(self.tr("Ce scénario peut commencer sur ce poste."))
        else:
            item = SortItem(self.tr("⚠ non"), 2)
            item.setForeground(QColor(theme.color("ERROR")))
            item.setToolTip(self.tr("Ne peut pas commencer sur ce poste :") + "\n"
                            + "\n".join(f"• {x.get(lang)}" for x in r.reasons))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text() + ". " + item.toolTip())
        return item

    def populate(self):
        lang = current_lang()
        selected = self.selected_id()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.scenarios))
        for row, s in enumerate(self.scenarios):
            title = SortItem(s.title.get(lang), s.title.get(lang).lower())
            title.setData(Qt.ItemDataRole.UserRole, s.id)
            title.setToolTip(f"{s.title.get(lang)}\n{s.id} v{s.version}")
            last = self.last.get(s.id)
            if last and last.get("score") is None:
                last_item = SortItem(self.tr("remis — note non communiquée") if not last.get("open")
                                     else self.tr("en cours"), last.get("when", ""))
            elif last:
                pct = 100 * last["score"] / last["max"] if last.get("max") else 0
                text = (f"{labels.points(last['score'])}/{labels.points(last['max'])} ({pct:.0f} %) — "
                        f"{labels.mode(last.get('mode', ''))}")
                last_item = SortItem(text, last.get("when", ""))
                last_item.setToolTip(last.get("when", ""))
            else:
                last_item = SortItem(self.tr("jamais tenté"), "")
            cells = [
                title,
                SortItem(s.block, (s.block, s.title.get(lang).lower())),
                SortItem(", ".join(s.competences), ",".join(s.competences)),
                SortItem(labels.kind(s.kind), labels.kind(s.kind)),
                SortItem(labels.difficulty(s.difficulty), s.difficulty),
                SortItem(self.tr("%1 min").replace("%1", str(s.duration_minutes)), s.duration_minutes),
                SortItem(", ".join(labels.platform(p) for p in s.platforms), ",".join(s.platforms)),
                last_item,
                self._ready_item(s.id),
            ]
            cells[4].setToolTip(self.tr("difficulté %1 sur 3").replace("%1", str(s.difficulty)))
            cells.append(SortItem("", (0, title.key)))
            for col, item in enumerate(cells):
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        if not self._sorted_once and self.scenarios:
            self.table.sortItems(1, Qt.SortOrder.AscendingOrder)
            self._sorted_once = True
        self.apply_filters()
        self._fit_columns()
        self._fit_rows()
        if selected:
            self.select(selected)

    def clear_filters(self):
        """Show every scenario again: no search, every filter on "all"."""
        self.search.clear()
        for c in self.filters:
            c.setCurrentIndex(0)
        self._save_filters()

    def apply_filters(self):
        query = " ".join(self.search.text().lower().split())
        words = query.split()
        block, comp, kind, diff, plat = (c.currentData() for c in self.filters)
        lang = current_lang()
        by_id = {s.id: s for s in self.scenarios}
        shown = 0
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            s = by_id.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
            if s is None:
                continue
            ok = ((block is None or s.block == block)
                  and (comp is None or comp in s.competences or any(comp in t.competences for t in s.tasks))
                  and (kind is None or s.kind == kind)
                  and (diff is None or s.difficulty == diff)
                  and (plat is None or plat in s.platforms))
            rank = 0
            if ok and words:
                other = s.title.fr if lang != "fr" else (s.title.en or s.title.fr)
                hay = " ".join([s.id, s.title.get(lang), s.title.fr, s.brief.get(lang), " ".join(s.competences),
                                " ".join(s.tags), labels.kind(s.kind)]).lower()
                rank = search_rank(words, query, s.title.get(lang), other, s.id, hay)
                ok = rank is not None
            rank_item = self.table.item(row, RANK)
            if rank_item is not None:
                rank_item.key = (rank if ok else 9, item.key)
            self.table.setRowHidden(row, not ok)
            shown += ok
        header = self.table.horizontalHeader()
        if words:
            # The best matches first; the trainee's own sort comes back when the search is cleared.
            if header.sortIndicatorSection() != RANK:
                self._user_sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
            self.table.sortItems(RANK, Qt.SortOrder.AscendingOrder)
        elif header.sortIndicatorSection() == RANK:
            column, order = getattr(self, "_user_sort", (1, Qt.SortOrder.AscendingOrder))
            self.table.sortItems(column, order)
        nothing = self.loaded and bool(self.scenarios) and shown == 0
        self.empty.setVisible(nothing)
        self.show_all.setVisible(nothing)
        if not self.loaded:
            self.count.setText(self.tr("Chargement des scénarios…"))
        elif shown == len(self.scenarios):
            self.count.setText(self.tr("%n scénario(s)", "", len(self.scenarios)))
        else:
            self.count.setText(self.tr("%1 affiché(s) sur %2").replace("%1", str(shown))
                               .replace("%2", str(len(self.scenarios))))
        if self.errors:
            self.errors_button.setText(self.tr("%n fichier(s) de scénario illisible(s) : voir le détail", "",
                                               len(self.errors)))
            self.errors_button.show()
        else:
            self.errors_button.hide()

    def visible_ids(self) -> list[str]:
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.table.rowCount())
                if not self.table.isRowHidden(r)]

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, scenario_id: str) -> bool:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == scenario_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self):
        self.open_button.setEnabled(self.selected_id() is not None)

    def _activated(self, item):
        sid = self.table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        self.open_scenario.emit(sid)

    def _open_selected(self):
        sid = self.selected_id()
        if sid:
            self.open_scenario.emit(sid)

    def show_errors(self):
        dlg = LoadErrorsDialog(self.errors, self)
        dlg.open()
        return dlg


class LoadErrorsDialog(QDialog):
    """Every problem of every scenario file that did not load: file:line: key: what to fix."""

    def __init__(self, errors, parent=None):
        super().__init__(parent)
        self.setObjectName("loadErrorsDialog")
        self.setWindowTitle(self.tr("Scénarios non chargés"))
        intro = QLabel(self.tr("Ces fichiers n'ont pas pu être chargés. Les autres scénarios restent "
                               "disponibles. Transmettez ce détail au formateur :"))
        intro.setWordWrap(True)
        text = QPlainTextEdit(objectName="loadErrorsText")
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Détail des erreurs"))
        lang = current_lang()
        text.setPlainText("\n\n".join("\n".join(e.lines(lang)) for e in errors))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(text, 1)
        lay.addWidget(buttons)
        self.resize(760, 360)
