"""Window sizes and table columns come back as the user left them.

One key per window or table, kept in the user's settings (the main window
hands them over, see ``save_file.remember_in``):

- ``remember_size(dialog, key)``: a resizable dialog opens at the size it
  had when it was last closed (centred over its parent as before);
- ``remember_geometry(window, key)``: a window of its own (a meeting) also
  comes back at its place;
- ``remember_columns(view, key)``: a table keeps its column widths, order
  and sort, and which columns are shown. Until the user drags a column (or
  shows or hides one from the header's menu), columns fit their contents as
  the rows arrive; a drag (or a state read back) hands the widths to the user.

A table whose columns changed since (another version) starts fresh rather
than with widths meant for other columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget

from ...settings import Option, Settings
from .save_file import user_settings
from .viewport import viewport_of

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

_COLUMNS = "rememberedColumns"

# A table with more rows is fitted again at each change, as Qt measures it (its first 1,000 rows).
_COMPARED_ROWS = 500


def _option(key: str, what: str) -> Option[QByteArray]:
    return Option(f"remembered/{key}/{what}", QByteArray(), QByteArray)


def _settings() -> Settings:
    return user_settings()


class _OnHide(QObject):
    """Calls ``save`` when the widget is hidden or closed (a dialog's accept/reject hides it)."""

    def __init__(self, widget: QWidget, save):
        super().__init__(widget)
        self._save = save
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Hide, QEvent.Type.Close) and isinstance(watched, QWidget):
            # The widget itself, as Qt hands it over: also while it is being destroyed,
            # when its Python wrapper may already be gone.
            self._save(watched)
        return False


def _wrapped_height(widget: QWidget, width: int) -> int:
    layout = widget.layout()
    if layout is None:  # a widget without a layout, whatever the stubs say
        return 0
    return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0


def remember_size(widget: QWidget, key: str) -> None:
    """Open ``widget`` at its last size (call after its default ``resize``)."""
    stored = _settings().get(_option(key, "size"))
    if not stored.isEmpty():
        parts = bytes(stored.data()).decode("ascii", "replace").split("x")
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            size = QSize(int(parts[0]), int(parts[1])).expandedTo(widget.minimumSizeHint())
            # Kept in the other language, whose wrapped texts take more lines at this
            # width (the AVG dialog's, from English to Dutch): as high as they need.
            size.setHeight(max(size.height(), _wrapped_height(widget, size.width())))
            widget.resize(size)
    # A default or remembered height above the screen's (720×680 at 150 % on a 1280×800
    # laptop) put the dialog's buttons below its edge; a width above it (the statement's
    # 900 px on that 853 px screen) its right side. Not narrower than its fields need,
    # though: they would cut their text instead.
    screen = widget.screen()
    # A dialog given no size (neither by default nor remembered) is sized by Qt as it opens,
    # to what its wrapped texts need: resizing it here would fix it at Qt's default instead.
    if widget.testAttribute(Qt.WidgetAttribute.WA_Resized) and screen is not None:
        room = screen.availableGeometry().size()
        width = widget.width()
        if width > room.width():
            width = max(room.width(), widget.minimumSizeHint().width())
        widget.resize(width, min(widget.height(), room.height()))

    def save(shown: QWidget) -> None:
        size = shown.size()
        _settings().set(_option(key, "size"), QByteArray(f"{size.width()}x{size.height()}".encode("ascii")))

    _OnHide(widget, save)


def fit_screen(widget: QWidget) -> None:
    """No larger than the screen it opens on (not below what its contents need).

    A default of 1050×720 (a meeting) or 1100×700 (the main window) is more than a
    1920×1200 screen at 200 % holds (960×600): the window ran off the screen, its
    buttons out of reach.
    """
    screen = widget.screen()
    if screen is None:
        return
    room = screen.availableGeometry().size().expandedTo(widget.minimumSizeHint())
    if widget.width() > room.width() or widget.height() > room.height():
        widget.resize(widget.size().boundedTo(room))


def remember_geometry(widget: QWidget, key: str) -> None:
    """Open ``widget`` (a window of its own) where and as large as it was last, within the screen."""
    stored = _settings().get(_option(key, "geometry"))
    if not stored.isEmpty():
        widget.restoreGeometry(stored)
    fit_screen(widget)
    _OnHide(widget, lambda shown: _settings().set(_option(key, "geometry"), shown.saveGeometry()))


def least_width(view: QAbstractItemView, column: int) -> int:
    """The narrowest ``column`` of ``view`` can be with its text wrapped: its header and the
    longest word of its first rows still fit, beside the icon a cell shows."""
    model = view.model()
    metrics = view.fontMetrics()
    rows = range(min(model.rowCount(), 50))
    words = [word for row in rows for word in str(model.index(row, column).data() or "").split()]
    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    icon = any(model.index(row, column).data(Qt.ItemDataRole.DecorationRole) is not None for row in rows)
    # An icon takes its width and a margin of its own (the warning beside "Aanwezig (handmatig)").
    beside = _icon_width(view) + 6 if icon else 0
    return max(metrics.horizontalAdvance(w) for w in [title, *words]) + 12 + beside


def _icon_width(view: QAbstractItemView) -> int:
    size = view.iconSize().width()
    if size <= 0:  # the style's small icon, unless the view was given a size
        # Asked only for a column with icons, and imported here: PySide makes QStyle with
        # its dozen enums when it is first named (7 ms), and this module comes before the
        # window's first paint, the first fit of a table soon after the file opens.
        from PySide6.QtWidgets import QStyle

        size = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
    return size


class _Columns(QObject):
    def __init__(
        self,
        view: QTableView | QTreeView,
        key: str,
        room: tuple[int, float] | None = None,
        spare: tuple[int, ...] = (),
    ):
        super().__init__(view)
        self.setObjectName(_COLUMNS)
        self.view = view
        self.key = key
        self.room = room
        self.spare = spare
        self.fitting = False
        self.fit_pending = False
        self.fitted: list[int] = []
        self.user_sized = False
        self.watching = False  # the viewport's resizes, from the first fit on (see _fit)
        self.fitted_to: tuple | None = None  # what the columns were last fitted to (``_fitted_to``)
        self._restore()
        header = self.header
        header.sectionResized.connect(self._resized)
        header.sectionMoved.connect(lambda *_: self._save())
        header.sortIndicatorChanged.connect(lambda *_: self._save())
        model = view.model()
        if not self.user_sized:
            for signal in (model.modelReset, model.rowsInserted, model.layoutChanged, model.dataChanged):
                signal.connect(self._fit_soon)
            self._fit_soon()

    @property
    def header(self) -> QHeaderView:
        # Asked of the view each time, not kept: the wrapper kept of a meeting's Agreements
        # table went invalid (shiboken) once a guided step's table was deleted, and every
        # later fit stopped at the validity check: "Trainee" and the due date read "Tr…", "2…".
        view = self.view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()

    def _alive(self) -> bool:
        """The view and its header are still there (a guided step's page goes before this)."""
        return shiboken6.isValid(self.view) and shiboken6.isValid(self.header)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is viewport_of(self.view):
            self._fit_soon()
        return False

    def _count_option(self) -> Option[QByteArray]:
        return _option(self.key, "columns")

    def _restore(self) -> None:
        header = self.header
        fitted = [
            i
            for i in range(header.count())
            if header.sectionResizeMode(i) == QHeaderView.ResizeMode.ResizeToContents
        ]
        # The user may drag these columns; fitting them to the contents is done here instead.
        # A column that stretches keeps stretching.
        for i in fitted:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        self.fitted = fitted
        self.user_sized = not fitted
        settings = _settings()
        state = settings.get(_option(self.key, "header"))
        columns = bytes(settings.get(self._count_option()).data()).decode("ascii", "replace")
        if state.isEmpty() or columns != str(header.count()):
            return
        stretch = header.stretchLastSection()
        if header.restoreState(state):
            self.user_sized = True
            header.setStretchLastSection(stretch)
            if self.view.isSortingEnabled() and header.sortIndicatorSection() >= 0:
                self.view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _fit_soon(self, *_args) -> None:
        if not self.fit_pending and not self.user_sized:
            self.fit_pending = True
            QTimer.singleShot(0, self, self._fit)  # once per burst of changes; not after the view is gone

    def _fit(self) -> None:
        self.fit_pending = False
        # A guided form's step page is deleted when the next step is shown: its table's
        # header can go before this object, while a resize of it is still on its way.
        # (Checked inline: these run for every column on every relayout.)
        if self.user_sized or not self._alive():
            return
        if (self.room is not None or self.spare) and not self.watching:
            # The room kept depends on the width: fit again when the table is resized.
            self.watching = True
            viewport_of(self.view).installEventFilter(self)
        fitted_to = self._fitted_to()
        if fitted_to is not None and fitted_to == self.fitted_to:
            return
        self.fitting = True
        try:
            self.fitted_to = fitted_to
            # Only the columns that fitted their contents: one given a width on purpose keeps it.
            for column in self.fitted:
                self.view.resizeColumnToContents(column)
            if self.spare:
                self._leave_out()
            if self.room is not None:
                self._keep_room(*self.room)
        finally:
            self.fitting = False

    def _leave_out(self) -> None:
        """Hide the spare columns, in their order, while the others would not fit even with
        their text wrapped; show them again once they do."""
        header = self.header
        width = viewport_of(self.view).width()
        spare_hidden = any(header.isSectionHidden(c) for c in self.spare)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c) or c in self.spare]
        if not spare_hidden and sum(header.sectionSize(c) for c in shown) <= width:
            return  # fitted to one line each, they fit: no words to measure (on every resize)
        least = {c: least_width(self.view, c) for c in shown}
        need = sum(least.values())
        for column in self.spare:
            hide = need > width
            if header.isSectionHidden(column) != hide:
                header.setSectionHidden(column, hide)
            if hide:
                need -= least[column]

    def menu(self) -> QMenu:
        """Every column, ticked while shown: the trainer's choice, which is kept from then on."""
        from PySide6.QtWidgets import QMenu

        header = self.header
        model = self.view.model()
        menu = QMenu(self.view)
        actions = []
        for column in range(header.count()):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: self._choose(c, shown))
            actions.append(action)
        # The last column shown stays: a table without columns has no header left to click.
        ticked = [a for a in actions if a.isChecked()]
        if len(ticked) == 1:
            ticked[0].setEnabled(False)
        return menu

    def _choose(self, column: int, shown: bool) -> None:
        self.user_sized = True
        self.header.setSectionHidden(column, not shown)
        self._save()

    def _fitted_to(self) -> tuple | None:
        """What the fitted widths depend on: the texts (and icons) shown, the headers, the
        font and the room. The same again (the overview's model reset after each save, an
        import or its undo, with the same aios in it) needs no fit: measuring each cell and
        each word took 5-20 ms on the window's thread. None: too many rows to compare."""
        model = self.view.model()
        rows = model.rowCount()
        if rows > _COMPARED_ROWS:
            return None
        header = self.header
        columns = range(header.count())
        display, icon = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole
        font = Qt.ItemDataRole.FontRole
        index = model.index
        return (
            self.view.isVisible(),
            self.view.font().toString(),
            viewport_of(self.view).width() if self.room is not None or self.spare else 0,
            tuple(header.isSectionHidden(c) for c in columns),
            tuple(header.sectionSize(c) for c in columns if self._given_width(c)),
            tuple(model.headerData(c, Qt.Orientation.Horizontal) for c in columns),
            tuple(
                (str(cell.data(display)), cell.data(icon) is None, cell.data(font))
                for row in range(rows)
                for c in columns
                if (cell := index(row, c)).isValid()
            ),
        )

    def _given_width(self, column: int) -> bool:
        """A width the fit goes by but does not set (not fitted, kept room or stretching)."""
        header = self.header
        if column in self.fitted or (self.room is not None and column == self.room[0]):
            return False
        if header.stretchLastSection() and column == header.count() - 1:
            return False
        return header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch

    def _keep_room(self, column: int, share: float) -> None:
        """Narrow the widest fitted columns (their text wraps) until ``column`` has ``share``
        of the width, or what is left: fitted to one line each, they left a wrapped column a
        few letters."""
        header = self.header
        others = [c for c in self.fitted if c != column and not header.isSectionHidden(c)]
        width = viewport_of(self.view).width()
        want = int(width * share)
        budget = (
            width
            - want
            - sum(header.sectionSize(c) for c in range(header.count()) if c not in others and c != column)
        )
        self._narrow(others, budget)
        left = width - sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != column and not header.isSectionHidden(c)
        )
        # Short of its share, the column takes what the others leave, down to its own
        # longest word: a 960 px meeting window scrolled sideways for the last column.
        if left >= want or left >= least_width(self.view, column):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            # Too narrow for every column even with their text wrapped: the column keeps
            # the width of its longest word and the table scrolls sideways to the rest.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, min(want, least_width(self.view, column)))

    def _narrow(self, others: list[int], budget: int) -> None:
        header = self.header
        if not others or budget <= 0:
            return
        widths = {c: header.sectionSize(c) for c in others}
        if sum(widths.values()) <= budget:
            return  # they fit as they are: no words to measure (this runs on every resize)
        floors = {c: min(least_width(self.view, c), widths[c]) for c in others}
        # The largest cap for which the narrowed columns fit the budget (water filling).
        low, high = 0, max(widths.values())
        while low < high:
            cap = (low + high + 1) // 2
            if sum(min(widths[c], max(cap, floors[c])) for c in others) <= budget:
                low = cap
            else:
                high = cap - 1
        for c in others:
            header.resizeSection(c, min(widths[c], max(low, floors[c])))

    def _resized(self, section: int, *_args) -> None:
        if self.fitting or not self._alive():
            return
        # Qt also resizes stretching columns (and the stretched last one) when the
        # window changes size: that is not the user dragging a column.
        if self.header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            return
        if self.header.stretchLastSection() and section == self.header.count() - 1:
            return
        self.user_sized = True
        self._save()

    def _save(self) -> None:
        if self.fitting or not self._alive():
            return
        settings = _settings()
        settings.set(_option(self.key, "header"), self.header.saveState())
        settings.set(self._count_option(), QByteArray(str(self.header.count()).encode("ascii")))


def remember_columns(
    view: QAbstractItemView,
    key: str,
    *,
    room: tuple[int, float] | None = None,
    spare: tuple[int, ...] = (),
) -> None:
    """Keep the columns of ``view`` (after its model is set) under ``key``.

    ``room`` (column, share): while the columns fit their contents, the others give
    way so that this (stretching, wrapping) column has at least that share of the width.
    ``spare``: columns left out, in this order, while the rest do not fit the width
    even wrapped; the header's menu (``column_menu``) brings them back.
    """
    if isinstance(view, QTableView | QTreeView):
        columns = _Columns(view, key, room, spare)
        if spare:
            header = columns.header
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(
                lambda pos: column_menu(view).exec(header.mapToGlobal(pos))
            )


def column_menu(view: QAbstractItemView) -> QMenu:
    """The menu of a remembered view's header: a column to show or hide."""
    columns = view.findChild(_Columns, _COLUMNS)
    assert columns is not None, "remember_columns(view, ...) first"
    return columns.menu()
