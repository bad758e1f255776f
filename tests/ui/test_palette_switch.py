"""A switch between light and dark while the window is open recolours what is open, at once.

The desktop switches to dark mode in the evening (Qt changes the application
palette), or the user picks another colour scheme in the settings: every status
colour, the totals panel and its legend, the due list, the hints and messages
must take the new palette's tones without a restart. A colour computed once, as
a window opened, stayed the light palette's dark red on a dark background.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QTextEdit, QWidget

from opleider_desk.ui.widgets.colour_scheme import apply_colour_scheme, dark_palette, light_palette
from opleider_desk.ui.widgets.tones import Tone, contrast, palette_text, tint, tone, tone_css
from tests.ui.test_fit_and_access_keys import demo_window, dialog_openers, opened_windows  # noqa: F401 (a fixture)

roles = QPalette.ColorRole
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
TEXT = 4.5


@pytest.fixture
def palette_restored(qapp):
    old = QPalette(qapp.palette())
    yield
    apply_colour_scheme(qapp, "system")
    qapp.setPalette(old)


def _where(widget: QWidget) -> str:
    names = []
    shown: QWidget | None = widget
    while shown is not None:
        names.append(shown.objectName() or type(shown).__name__)
        shown = shown.parentWidget()
    return "/".join(reversed(names[:4]))


def _coloured_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield "style sheet", widget.styleSheet()
    if isinstance(widget, QLabel):
        yield "text", widget.text()
    if isinstance(widget, QTextEdit):
        yield "html", widget.toHtml()


def stale_colours() -> list[str]:
    """Colours in style sheets and rich text that are not the current palette's tones."""
    current = {tone_css(kind) for kind in Tone} | {tint(kind) for kind in Tone} | {palette_text()}
    return [
        f"{_where(widget)} {what}: {colour}"
        for widget in QApplication.allWidgets()
        for what, text in _coloured_texts(widget)
        for colour in HEX.findall(text)
        if colour.lower() not in current
    ]


def _sheets(widget: QWidget) -> str:
    """The style sheets that apply to ``widget``: its own and its parents'."""
    sheets = []
    shown: QWidget | None = widget
    while shown is not None:
        sheets.append(shown.styleSheet())
        shown = shown.parentWidget()
    return " ".join(sheets)


def stale_palettes() -> list[str]:
    """Widgets drawn through a style sheet that kept the palette they were polished in."""
    palette = QGuiApplication.palette()
    problems = []
    for widget in QApplication.allWidgets():
        if widget.style().metaObject().className() != "QStyleSheetStyle" or "color" in _sheets(widget):
            continue
        # A sheet's own background (a tinted box) is its Base; it follows through stale_colours.
        shown = (
            (roles.WindowText, roles.Text)
            if "background" in _sheets(widget)
            else (roles.WindowText, roles.Text, roles.Base)
        )
        for role in shown:
            if (own := widget.palette().color(role)) != (wanted := palette.color(role)):
                problems.append(f"{_where(widget)} {role.name}: {own.name()}, not {wanted.name()}")
    return problems


def unreadable_cells() -> list[str]:
    """Table cells whose text colour does not read on the table's background."""
    palette = QGuiApplication.palette()
    problems = []
    for view in QApplication.allWidgets():
        if not isinstance(view, QAbstractItemView) or view.model() is None:
            continue
        model = view.model()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        for row in range(min(model.rowCount(), 40)):
            for column in range(columns):
                value = model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
                colour = value.color() if isinstance(value, QBrush) else value
                if not isinstance(colour, QColor):
                    continue
                for role in (roles.Base, roles.AlternateBase):
                    if (ratio := contrast(colour, palette.color(role))) < TEXT:
                        problems.append(
                            f"{_where(view)} row {row} column {column}: {colour.name()} {ratio:.2f}"
                        )
    return problems


def _system_dark() -> QPalette:
    """A dark palette as a desktop hands it over (GTK's Adwaita dark), not ours."""
    palette = QPalette()
    for role, colour in (
        (roles.Window, "#353535"),
        (roles.WindowText, "#eeeeec"),
        (roles.Base, "#2d2d2d"),
        (roles.AlternateBase, "#323232"),
        (roles.Text, "#eeeeec"),
        (roles.Button, "#3a3a3a"),
        (roles.ButtonText, "#eeeeec"),
        (roles.Highlight, "#15539e"),
        (roles.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _open_everything(qtbot, window) -> list[QWidget]:
    """Every tab visited, every dialog open, and a meeting window on every page and step."""
    from opleider_desk.storage.services.meetings import MeetingService
    from opleider_desk.ui.tabs import TABS
    from tests.ui.conftest import settled_overview

    settled_overview(window)
    for spec in TABS:
        window.show_tab(spec.key)
        qtbot.wait(30)
    opened: list[QWidget] = []
    for _name, open_it in dialog_openers(window):
        opened += opened_windows(open_it)
    tab = window.show_tab("meetings")
    for number, meeting in enumerate(window.context.service(MeetingService).list()[:4]):
        meeting_window = tab.open_meeting(meeting.id)
        qtbot.waitExposed(meeting_window)
        for page in range(meeting_window.tabs.count()):
            meeting_window.tabs.setCurrentIndex(page)
        steps = meeting_window.form.steps
        for step in range(len(steps)):
            meeting_window.form.go_to(step)
        if number == 0:  # left on a step with guidance and questions (a style sheet each)
            meeting_window.tabs.setCurrentIndex(1)
            meeting_window.form.go_to(next(i for i, s in enumerate(steps) if s.step.questions))
        else:
            meeting_window.tabs.setCurrentIndex(meeting_window.tabs.count() - 2)  # the IOP's tinted cells
        opened.append(meeting_window)
    window.show_tab("hours")
    qtbot.wait(50)
    return opened


def _painted(widget: QWidget) -> QColor:
    """The colour ``widget`` paints at its top left corner (inside a tinted box)."""
    return QColor(widget.grab().toImage().pixel(2, 2))


def test_every_colour_in_the_open_window_follows_a_switch_of_the_palette(
    qapp,
    qtbot,
    demo_window,  # noqa: F811
    palette_restored,
):
    """Light, the system's dark palette, our own dark (the Dark setting where the platform has
    none), and back to light: after each, every colour shown is the new palette's own."""
    opened = _open_everything(qtbot, demo_window)
    totals = demo_window.tab_widget("hours").totals
    assert HEX.search(totals.text()), "the totals panel shows no norm colours to check"
    tinted = [w for w in QApplication.allWidgets() if "background: #" in w.styleSheet() and w.isVisible()]
    assert tinted, "no tinted box (IOP, guidance) is open to check"
    assert any(w.objectName() == "stepQuestions" for w in QApplication.allWidgets())
    try:
        for name, switch in (
            ("light", lambda: qapp.setPalette(light_palette())),
            ("the system's dark", lambda: qapp.setPalette(_system_dark())),
            ("our dark", lambda: qapp.setPalette(dark_palette())),
            ("light again", lambda: qapp.setPalette(light_palette())),
        ):
            before = totals.text()
            switch()
            qtbot.wait(20)
            problems = stale_colours() + stale_palettes() + unreadable_cells()
            assert not problems, f"after switching to {name}:\n" + "\n".join(sorted(set(problems)))
            if name != "light":
                assert totals.text() != before, f"the totals panel kept its colours after {name}"
            box = tinted[0]
            painted = _painted(box)
            assert contrast(painted, qapp.palette().color(roles.Text)) >= TEXT, (
                f"{_where(box)} paints {painted.name()} under {name}"
            )
    finally:
        for widget in opened:
            widget.close()


def test_choosing_dark_in_the_settings_recolours_the_open_window_at_once(
    qapp,
    qtbot,
    demo_window,  # noqa: F811
    palette_restored,
):
    from opleider_desk.settings import COLOUR_SCHEME
    from opleider_desk.ui.settings_dialog import SettingsDialog

    tab = demo_window.show_tab("hours")
    qtbot.wait(50)
    light_red = tone_css(Tone.BAD)
    for choice, dark in (("dark", True), ("light", False), ("system", False)):
        dialog = SettingsDialog(demo_window.settings, demo_window)
        qtbot.addWidget(dialog)
        dialog.colour_scheme.setCurrentIndex(dialog.colour_scheme.findData(choice))
        dialog.accept()
        qtbot.wait(20)
        assert demo_window.settings.get(COLOUR_SCHEME) == choice
        window_colour = demo_window.palette().color(roles.Window)
        assert (window_colour.lightnessF() < 0.5) == dark, f"{choice}: the window is {window_colour.name()}"
        assert (tone_css(Tone.BAD) != light_red) == dark
        assert not stale_colours(), choice
        assert tone_css(Tone.BAD) in tab.totals.text() or "style='color" not in tab.totals.text()


def test_the_lock_of_a_signed_quarter_is_drawn_again_in_the_new_palette(qapp, palette_restored):
    from opleider_desk.ui.hours.model import lock_icon

    def drawn() -> QColor:
        return QColor(lock_icon().pixmap(16, 16).toImage().pixel(8, 12))

    qapp.setPalette(light_palette())
    light = drawn()
    qapp.setPalette(dark_palette())
    assert drawn().name() == tone(Tone.MUTED).name() != light.name()


def test_a_checkbox_shows_its_edge_under_the_dark_setting(qapp, qtbot, palette_restored):
    """Fusion draws a checkbox's edge darker than the window unless the platform says it is
    in dark mode: under the Dark setting's own palette "Inactieve aios tonen" had a box of
    1.2 : 1 on the window, where WCAG asks 3 : 1 for the edge of a control."""
    from PySide6.QtWidgets import QCheckBox, QStyle

    from opleider_desk.ui.widgets.colour_scheme import DarkFusion

    apply_colour_scheme(qapp, "dark")
    assert isinstance(qapp.style(), DarkFusion)
    box = QCheckBox("Inactieve aios tonen")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    window = qapp.palette().color(roles.Window)
    indicator = box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box)
    strongest = max(
        contrast(QColor(image.pixel(x, y)), window) for x in range(indicator) for y in range(image.height())
    )
    assert strongest >= 3.0, f"the box's edge has {strongest:.2f} : 1"
    apply_colour_scheme(qapp, "system")
    assert not isinstance(qapp.style(), DarkFusion)  # the system's scheme: the style it had


def test_fields_follow_a_switch_between_the_high_contrast_palettes(qapp, qtbot, window, palette_restored):
    """Under a high-contrast palette the fields get their edges from a style sheet, and Qt keeps
    the palette a widget with a style sheet was polished in: switching from "High Contrast
    Black" to "High Contrast White" left the hours entry's fields black in a white window."""
    from opleider_desk.ui.widgets.high_contrast import follow_high_contrast
    from tests.ui.test_status_contrast import PALETTES

    follow_high_contrast(qapp)
    tab = window.show_tab("hours")
    field = tab.entry_row.fields.duration
    for name in ("high contrast black", "high contrast white"):
        qapp.setPalette(PALETTES[name]())
        qtbot.wait(20)
        image = field.grab().toImage()
        fill = QColor(image.pixel(image.width() - 4, image.height() // 2))
        base = qapp.palette().color(roles.Base)
        assert fill == base, f"under {name} the field is filled {fill.name()}, not {base.name()}"
        assert not stale_palettes(), f"under {name}:\n" + "\n".join(stale_palettes())


def test_the_chosen_scheme_applies_as_the_program_starts(qapp, palette_restored):
    from opleider_desk.app import apply_chosen_colour_scheme

    apply_chosen_colour_scheme(qapp, "dark")
    assert qapp.palette().color(roles.Window).lightnessF() < 0.5
    apply_colour_scheme(qapp, "system")
    apply_chosen_colour_scheme(qapp, "light")
    assert qapp.palette().color(roles.Window).lightnessF() > 0.5
