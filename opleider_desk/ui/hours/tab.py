"""The hours tab: the entry row, the period's list with search, and its totals."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.durations import format_minutes
from ...domain.entities import Aios, HourEntry, stored_id
from ...domain.enums import AiosStatus
from ...domain.norms import Norms
from ...domain.quarters import Period, Quarter
from ...domain.ruled import Ruled
from ...freed_memory import give_back
from ...storage.changes import READ_BY_HOURS, Area
from ...storage.services.aios import AiosService
from ...storage.services.categories import CategoryService
from ...storage.services.hours import ALL, AiosFilter, HoursService, HourTotals
from ...storage.services.norms import NormService
from ...storage.store import Change
from ...window_turns import give_way
from ...words.categories import category_names
from ...words.formatting import format_date
from ..context import AppContext
from ..safety.file_dialogs import open_file_name
from ..widgets.background import Progress, run_in_background
from ..widgets.first_paint import after_first_paint
from ..widgets.save_file import ask_save_path, document_folder, remember_folder
from ..widgets.search_field import search_field
from ..widgets.unreadable_notice import UnreadableNotice
from ..widgets.user_action import FAILED, run_action
from .entry_row import EntryRow
from .fields import OWN_TIME, category_name
from .model import EntryRow as ListRow
from .model import HoursProxy, HoursTableModel, LoadedEntries, load_rows, own_time_label
from .periods import PeriodKind, kind_label, period_of, period_title, step
from .totals import TotalsPanel
from .view import hours_view

if TYPE_CHECKING:
    from ...storage.services.hour_import import ImportCheck
    from ..navigation import NavTarget

# What only an action needs (a dialog, the week copy, the routines, the CSV import and
# export) is imported by the action: the window that opens on this tab is ready sooner.

# Larger periods load on a worker thread (a year of a large practice takes a
# moment), the first rows of it shown at once.
_Rules = Callable[[Aios | None], Ruled]
_LOAD_AT_ONCE = 5_000
_FIRST_ROWS = 200
_GIVE_WAY_EVERY = 1_000  # rows a worker loads between looks at the window (window_turns)
# Characters of description a list holds; a larger one reads them from the file
# (``stored_descriptions``). Every entry of a large practice, 200,000 with a few
# hundred distinct texts, is 5 million; with a whole-career sheet imported, 56 million.
HELD_TEXT = 16_000_000


def _giving_way(parts: Iterable[Sequence[ListRow]]) -> Iterator[ListRow]:
    """The rows of ``parts``; every ``_GIVE_WAY_EVERY`` a window fallen behind catches up
    (it repaints as the import dialog closes while every entry reloads)."""
    for part in parts:
        for start in range(0, len(part), _GIVE_WAY_EVERY):
            yield from part[start : start + _GIVE_WAY_EVERY]
            give_way()


def _stored_descriptions(context: AppContext, period: Period, aios: AiosFilter):
    """Where a list too large to hold its descriptions reads them, or None to hold them."""
    if context.service(HoursService).description_size(period, aios=aios) <= HELD_TEXT:
        return None
    from ...storage.services.hour_descriptions import HourDescriptionService
    from .stored_descriptions import StoredDescriptions

    descriptions = context.service(HourDescriptionService)
    return StoredDescriptions(descriptions.texts, lambda word: descriptions.matching(word, period, aios=aios))


# The rows whose leaving out this tab says: whose hours, which category, the trainer.
UNREADABLE_TABLES = ("aios", "hour_category", "profile")


class HoursTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = context.service(HoursService)
        self.anchor = date.today()
        self._stale = False
        self._loading = 0  # which reload the list shows, so a slower earlier one cannot win
        self._finding = False  # words being looked up in the file for the search

        self.entry_row = EntryRow(self.service)
        entry_box = QGroupBox(self.tr("Log hours"))
        QVBoxLayout(entry_box).addWidget(self.entry_row)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Period"))
        for kind in PeriodKind:
            self.kind.addItem(kind_label(kind), kind)
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(self.tr("Previous period (Alt+Left)"))
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.previous_button.setAccessibleName(self.tr("Previous period"))  # an arrow says nothing
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next period (Alt+Right)"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.setAccessibleName(self.tr("Next period"))
        self.today_button = QPushButton(self.tr("T&oday"))
        self.period_label = QLabel()
        self.period_label.setMinimumWidth(230)
        self.aios_filter = QComboBox()
        self.aios_filter.setAccessibleName(self.tr("Trainee shown"))
        # Read by its value alone ("Deze week", "Alle aios") a box says nothing of what it
        # chooses: each has a label, whose access key takes the cursor there.
        self.kind_label = QLabel(self.tr("&Period:"))
        self.kind_label.setBuddy(self.kind)
        self.aios_filter_label = QLabel(self.tr("Sho&w:"))
        self.aios_filter_label.setBuddy(self.aios_filter)
        self.search = search_field(self.tr("Search hours…"), self.tr("Search hours"))
        self.copy_button = QPushButton(self.tr("Copy &last week"))
        self.copy_button.setToolTip(self.tr("Copy the entries of the week before into this week"))
        self.routine_button = QPushButton(self.tr("Log &routine"))
        self.routine_button.setToolTip(
            self.tr("Log this week's routine entries (e.g. the weekly joint surgery)")
        )
        self.statement_button = QPushButton(self.tr("&Quarterly statement…"))
        self.statement_button.setToolTip(self.tr("Print or sign the statement of the quarter shown"))
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("&More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.routines_action = more.addAction(self.tr("&Routine entries…"), self.edit_routines)
        self.categories_action = more.addAction(self.tr("&Categories…"), self.edit_categories)
        more.addSeparator()
        self.import_action = more.addAction(self.tr("&Import hours from CSV…"), self.import_csv)
        self.export_action = more.addAction(self.tr("&Export this list to CSV…"), self.export_csv)
        self.more_button.setMenu(more)

        self.model = HoursTableModel(self)
        self.proxy = HoursProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = hours_view(self.proxy)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.totals = TotalsPanel()
        self.footer = QLabel()

        # Two rows: in one, the bar was wider than a laptop screen and the window grew to fit it.
        bar = QVBoxLayout()
        navigation = QHBoxLayout()
        navigation.addWidget(self.kind_label)
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.kind)
        navigation.addWidget(self.next_button)
        navigation.addWidget(self.today_button)
        navigation.addWidget(self.period_label)
        navigation.addStretch()
        navigation.addWidget(self.search, 1)
        # Whose hours, under the period: with its label beside the period's the first row
        # was nearly as wide as the entry row, no room left at 150 % on a laptop.
        actions = QHBoxLayout()
        actions.addWidget(self.aios_filter_label)
        actions.addWidget(self.aios_filter)
        actions.addStretch()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.routine_button)
        actions.addWidget(self.statement_button)
        actions.addWidget(self.more_button)
        bar.addLayout(navigation)
        bar.addLayout(actions)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view)
        left_layout.addWidget(self.footer)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.totals)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 300])
        # An aios (or category) this version cannot read: its hours are not counted, and that is said.
        self.unreadable_warning = UnreadableNotice()
        layout = QVBoxLayout(self)
        layout.addWidget(entry_box)
        layout.addLayout(bar)
        layout.addWidget(self.unreadable_warning)
        layout.addWidget(splitter, 1)

        delete = QAction(self.tr("Delete"), self.view)
        delete.setShortcut(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.view.addAction(delete)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.search.setFocus)
        self.addAction(find)

        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.previous_button.clicked.connect(lambda: self.move_period(-1))
        self.next_button.clicked.connect(lambda: self.move_period(1))
        self.today_button.clicked.connect(self.go_today)
        self.aios_filter.currentIndexChanged.connect(self._aios_filter_changed)
        self.search.textChanged.connect(self._search)
        self.copy_button.clicked.connect(self.copy_last_week)
        self.routine_button.clicked.connect(self.log_routine)
        self.statement_button.clicked.connect(self.open_statement)
        self.entry_row.saved.connect(self._saved)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.customContextMenuRequested.connect(self._context_menu)
        context.signals.changed.connect(self._on_change)

        self._load_choices()
        if context.host.opening_at_start:
            # The window opens on this tab: the entry row takes an hour as soon as it shows,
            # and the period's list and totals (their queries, the norms) follow its first
            # paint; the window was ready some 30 ms later for them.
            after_first_paint(self, self.reload)
        else:
            self.reload()
        # Selected, as after a save: a date typed on arrival replaces today's, where it
        # was added to it ("02-12-20261-12-2026", refused).
        self.entry_row.fields.day.setFocus()
        self.entry_row.fields.day.selectAll()

    # ------------------------------------------------------------ state
    def unsaved_input(self) -> str | None:
        """What closing the file now would lose, for the main window to ask about."""
        if self.entry_row.unsaved_input():
            return self.tr("an hour entry you typed but did not log yet")
        return None

    @property
    def period_kind(self) -> PeriodKind:
        return PeriodKind(self.kind.currentData())  # Qt hands the StrEnum back as a str

    @property
    def period(self) -> Period:
        if self.period_kind is PeriodKind.ALL:
            # The file's own span, so the norms beside the list are those of its years.
            today = date.today()
            span = self.service.span() or Period(today, today)
            return Period(span.start, max(span.end, today))
        return period_of(self.period_kind, self.anchor)

    @property
    def shown_aios(self) -> AiosFilter:
        data = self.aios_filter.currentData()
        if data == ALL:
            return ALL
        return data or None

    def _aios_filter_changed(self, _index: int) -> None:
        # Looking at one aios's hours usually means logging theirs next.
        combo = self.entry_row.fields.aios
        index = combo.findData(self.aios_filter.currentData())  # none for an archived aios
        if self.shown_aios != ALL and index >= 0:
            combo.setCurrentIndex(index)
        self.reload()

    def set_period(self, kind: PeriodKind, anchor: date) -> None:
        self.anchor = anchor
        if self.period_kind is kind:
            self.reload()
        else:
            self.kind.setCurrentIndex(self.kind.findData(kind))

    def show_target(self, target: NavTarget) -> bool:
        """Navigation: the aios's hours this quarter, the period the hour norms are judged over."""
        index = self.aios_filter.findData(target.aios_id)
        if target.aios_id is None or index < 0:
            return False
        self.anchor = date.today()
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(PeriodKind.QUARTER))
        self.kind.blockSignals(False)
        if index == self.aios_filter.currentIndex():
            self.reload()
        else:
            self.aios_filter.setCurrentIndex(index)  # reloads
        return True

    def open_statement(self) -> None:
        """The statement of the quarter shown (where a longer period starts) for the aios shown."""
        shown = self.shown_aios
        aios_id = shown if isinstance(shown, int) else None
        self.context.host.open_statement(Quarter.of(self.period.start), aios_id)

    def move_period(self, steps: int) -> None:
        self.anchor = step(self.period_kind, self.anchor, steps)
        self.reload()

    def go_today(self) -> None:
        self.anchor = date.today()
        self.reload()

    def _target_week(self) -> date:
        """The week that copy and routine act on: the one shown, else this week."""
        return self.period.start if self.period_kind is PeriodKind.WEEK else date.today()

    # ------------------------------------------------------------ loading
    def _load_choices(self) -> None:
        every = self.context.service(AiosService).list()
        current = [a for a in every if a.status in (AiosStatus.ACTIVE, AiosStatus.PAUSED)]
        categories = self.context.service(CategoryService).list(include_inactive=True)
        self.aios = every
        self.categories = categories
        self.entry_row.set_choices(current, [c for c in categories if c.active])
        shown = self.aios_filter.currentData() if self.aios_filter.count() else ALL
        self.aios_filter.blockSignals(True)
        self.aios_filter.clear()
        self.aios_filter.addItem(self.tr("All trainees"), ALL)
        for a in every:
            self.aios_filter.addItem(a.name, a.id)
        self.aios_filter.addItem(own_time_label(), OWN_TIME)
        self.aios_filter.setCurrentIndex(max(self.aios_filter.findData(shown), 0))
        self.aios_filter.blockSignals(False)

    def reload(self, *, changed: bool = False) -> None:
        """Show the period; a large one loads on a worker thread, its first rows at once.

        ``changed``: the same period again after a change; a large list stays as it
        is until the new one is ready, rather than shrinking to its first rows (and
        losing its place) for the seconds every entry takes to load."""
        period, shown = self.period, self.shown_aios
        self.period_label.setText(period_title(self.period_kind, period))
        self._stale = False
        self._loading += 1
        selected = {stored_id(e.id) for e in self.selected_entries()}
        aios_names = {stored_id(a.id): a.name for a in self.aios}
        category_names = {stored_id(c.id): category_name(c) for c in self.categories}
        norm_service = self.context.service(NormService)
        aios = self.aios
        service = self.service
        # Its descriptions are shared, not made again; taken out of the list by the load,
        # so the old list does not live on in this closure once it is replaced.
        previous = [self.model.loaded()]
        searched = self.search.text()

        def load(_progress=None) -> tuple[LoadedEntries, HourTotals, Norms, _Rules]:
            stored = _stored_descriptions(self.context, period, shown)
            loaded = load_rows(
                _giving_way(service.entry_parts(period, aios=shown, ranked=stored is not None)),
                aios_names,
                category_names,
                service.locked_quarters(),
                previous=previous.pop(),
                stored=stored,
            )
            if stored is not None:  # found here, not on the GUI thread as the list shows
                stored.find(searched.lower().split())
            # The norms of every aios are read here too: on a worker for a large period.
            ruled = norm_service.rules_for(aios)
            return loaded, service.totals(period, aios=shown), ruled(None).norms, ruled

        def show(
            result: tuple[LoadedEntries, HourTotals, Norms, _Rules],
            generation: int = self._loading,
        ) -> None:
            if generation != self._loading:
                return  # another period was asked for meanwhile
            loaded, totals, norms, ruled = result
            replaced = self.model.total_count()
            self.model.show_loaded(loaded)
            if replaced + len(loaded) > _LOAD_AT_ONCE:
                # The old list is freed only now, after the worker's memory was given back.
                give_back()
            self.totals.show_totals(
                period, totals, self.aios, self.categories, norms, shown, date.today(), ruled=ruled
            )
            if selected:
                self._select_rows(self.model.rows_of(selected))
            self._update_footer()
            self.unreadable_warning.refresh(self.context.store, UNREADABLE_TABLES)

        loading = self.tr("Loading the hours…")
        if changed and self.model.total_count() > _LOAD_AT_ONCE:
            # Large before the change, so large after it: no count on the GUI thread either.
            run_in_background(self, load, label=loading, modal=False, on_done=show)
            return
        # Every entry is the whole file: counting it needs no look at the dates.
        counted = None if self.period_kind is PeriodKind.ALL else period
        if service.count(counted, aios=shown) <= _LOAD_AT_ONCE:
            show(load())
            return
        first = service.entries(period, aios=shown, limit=_FIRST_ROWS)
        self.model.set_entries(first, aios_names, category_names)
        self.footer.setText(self.tr("Loading…"))
        run_in_background(self, load, label=loading, modal=False, on_done=show)

    def _search(self, text: str) -> None:
        words = self.model.words_to_find(text)
        if words:
            self._find_in_file(words)
            return
        self.proxy.set_search(text)
        self._update_footer()

    def _find_in_file(self, words: list[str]) -> None:
        """A list too large to hold its descriptions searches the file on a worker thread;
        then the search as it is typed by then is shown (one look-up at a time)."""
        if self._finding:
            return
        self._finding = True
        stored = self.model.loaded().stored
        assert stored is not None

        def found(_result: object = None) -> None:
            self._finding = False
            self._search(self.search.text())

        def failed(_error: BaseException) -> None:
            self._finding = False

        run_in_background(
            self,
            lambda _progress: stored.find(words),
            label=self.tr("Searching the hours…"),
            modal=False,
            on_done=found,
            on_failed=failed,
        )

    def _update_footer(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        count = (
            self.tr("%n entry(ies)", "", total)
            if shown == total
            else self.tr("%n of {total} entries", "", shown).format(total=total)
        )
        self.footer.setText(f"{count} · {format_minutes(self.model.visible_minutes())}")

    def _on_change(self, change: Change) -> None:
        if not change.touches(READ_BY_HOURS):
            return
        if change.touches({Area.AIOS, Area.CATEGORIES}):
            self._load_choices()
        # A year of a large practice takes a moment to load: not while another tab is shown.
        if self.isVisible():
            self.reload(changed=True)
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    # ------------------------------------------------------------ selection
    def selected_entries(self) -> list[HourEntry]:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return [self.model.entry(self.proxy.mapToSource(index).row()) for index in rows]

    def select(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row is not None:
            self._select_rows([row])

    def _select_rows(self, rows: list[int]) -> None:
        selection = QItemSelection()
        last = self.proxy.columnCount() - 1
        # One range per run of adjacent rows: a selected year stays a handful of ranges.
        runs: list[list[int]] = []
        for row in rows:
            if runs and row == runs[-1][1] + 1:
                runs[-1][1] = row
            else:
                runs.append([row, row])
        for first, final in runs:
            selection.select(self.proxy.index(first, 0), self.proxy.index(final, last))
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        if rows:
            self.view.scrollTo(self.proxy.index(rows[0], 0))

    # ------------------------------------------------------------ actions
    def _status(self, text: str) -> None:
        self.context.host.show_status(text, 6000)

    def _saved(self, entry_id: int) -> None:
        entry = self.service.get(entry_id)
        if not self.period.contains(entry.day):
            self.anchor = entry.day
            self.reload()
        self.select(entry_id)
        self._status(
            self.tr("Logged {duration} on {day}. Undo with Ctrl+Z.").format(
                duration=format_minutes(entry.minutes), day=format_date(entry.day)
            )
        )

    def edit_selected(self) -> None:
        entries = self.selected_entries()
        if not entries:
            return
        entry = entries[0]
        aios = [
            a
            for a in self.aios
            if a.status in (AiosStatus.ACTIVE, AiosStatus.PAUSED) or a.id == entry.aios_id
        ]
        categories = [c for c in self.categories if c.active or c.id == entry.category_id]
        from .entry_dialog import EntryDialog

        dialog = EntryDialog(self.service, entry, aios, categories, parent=self)
        lock = self.service.lock_problem(entry)
        if lock is not None:
            dialog.fields.show_problems([lock])
        if dialog.exec():
            self.select(stored_id(entry.id))

    def delete_selected(self) -> None:
        entries = self.selected_entries()
        if not entries:
            return
        count = run_action(
            self, lambda: self.service.delete(stored_id(e.id) for e in entries), title=self.tr("Hours")
        )
        if count is FAILED:
            return
        self._status(self.tr("%n entry(ies) deleted. Undo with Ctrl+Z.", "", count))

    def copy_last_week(self) -> None:
        """Shows what would be copied (never onto days still to come) and copies on confirmation."""
        from ...storage.services.hour_copy_week import WeekCopyService
        from .copy_week_dialog import CopyWeekDialog

        monday = self._target_week() - timedelta(days=self._target_week().weekday())
        today = date.today()
        copying = self.context.service(WeekCopyService)
        plan = copying.preview(monday, today=today)
        if not plan.new and not plan.future:
            self._status(self.tr("Nothing to copy: the week before is empty or already copied."))
            return
        dialog = CopyWeekDialog(
            plan,
            {a.id: a.name for a in self.aios if a.id is not None},
            {c.id: category_name(c) for c in self.categories if c.id is not None},
            parent=self,
        )
        if not dialog.exec():
            return
        count = run_action(self, lambda: copying.copy(monday, today=today), title=self.tr("Hours"))
        if count is FAILED:
            return
        self.set_period(PeriodKind.WEEK, monday)
        self._status(self.tr("Copied %n entry(ies) from the week before.", "", count))

    def log_routine(self) -> None:
        from ...storage.services.hour_routines import HourRoutineService

        routines = self.context.service(HourRoutineService)
        if not any(r.active for r in routines.routines()):
            self._status(self.tr("No routine entries yet: set them up under More ▸ Routine entries."))
            self.edit_routines()
            return
        week = self._target_week()
        count = run_action(self, lambda: routines.log_routine(week), title=self.tr("Hours"))
        if count is FAILED:
            return
        self.set_period(PeriodKind.WEEK, week)
        if count:
            self._status(self.tr("Logged %n routine entry(ies) for this week.", "", count))
        else:
            self._status(self.tr("This week's routine was already logged."))

    def edit_routines(self) -> None:
        from ...storage.services.hour_routines import HourRoutineService
        from .routine_dialog import RoutineDialog

        active = [a for a in self.aios if a.status in (AiosStatus.ACTIVE, AiosStatus.PAUSED)]
        RoutineDialog(
            self.context.service(HourRoutineService),
            active,
            [c for c in self.categories if c.active],
            parent=self,
        ).exec()

    def edit_categories(self) -> None:
        from .categories_dialog import CategoriesDialog

        CategoriesDialog(self.context.service(CategoryService), parent=self).exec()

    def import_csv(self, path: str | None = None) -> None:
        from ...storage.services.hour_import import HourImportService
        from .import_dialog import ImportDialog

        if path is None:
            path, _ = open_file_name(
                self,
                self.tr("Import hours"),
                str(document_folder()),
                self.tr("CSV files (*.csv *.txt);;All files (*)"),
            )
            if path:
                remember_folder(Path(path))
        if not path:
            return
        service = self.context.service(HourImportService)
        names, title = category_names(self.categories), self.tr("Import hours")

        def read_and_check(progress: Progress) -> ImportCheck | None:
            # Read line by line, never whole; a cancel stops the reading and nothing was written.
            try:
                return service.check_import(
                    Path(path),
                    today=date.today(),
                    category_names=names,
                    progress=lambda _lines, done, total: progress.step(done, total),
                )
            except OSError as error:
                cannot_read.append(error.strerror or str(error))
                return None

        def checked(check: ImportCheck | None) -> None:
            if check is None:
                QMessageBox.warning(
                    self,
                    title,
                    self.tr("Cannot read {file}: {reason}").format(file=path, reason=cannot_read[0]),
                )
                return
            dialog = ImportDialog(service, check, Path(path).name, self.aios, self.categories, parent=self)
            if dialog.exec():
                self._status(self.tr("Imported %n entry(ies). Undo with Ctrl+Z.", "", dialog.imported))

        cannot_read: list[str] = []
        run_in_background(
            self,
            read_and_check,
            label=self.tr("Reading and checking {file}…").format(file=Path(path).name),
            cancellable=True,
            on_done=checked,
        )

    def export_csv(self) -> None:
        from ...words.file_names import file_name

        suggested = file_name(
            self.tr("Hours"), self.period.start, self.tr("to"), self.period.end, suffix=".csv"
        )
        chosen = ask_save_path(
            self, self.tr("Export hours"), suggested, self.tr("CSV files (*.csv)"), suffix=".csv"
        )
        if chosen is None:
            return
        from . import csv_io

        path = str(chosen)
        data = csv_io.export_bytes(self.model.visible_entries(), self.aios, self.categories)
        from ...storage.file_ops import write_private

        try:
            write_private(Path(path), data)  # personal data: readable by the user only
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export hours"),
                self.tr("Cannot write {file}: {reason}").format(file=path, reason=error.strerror),
            )
            return
        self._status(
            self.tr("Exported %n entry(ies) to {file}.", "", self.model.rowCount()).format(file=path)
        )

    def _context_menu(self, pos) -> None:
        index: QModelIndex = self.view.indexAt(pos)
        if not index.isValid():
            return
        if not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.view.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self.edit_selected)
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.exec(self.view.viewport().mapToGlobal(pos))
